// The speaker detector (server/src/engine/speakers.ts), its lexicon, and the guards around it that
// decide when a claim is sourced: example tables in the project's own words.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { findSpeakers, type Speaker } from '../../server/src/engine/speakers';
import { tokenize } from '../../server/src/engine/text/tokens';
import { NameBook } from '../../server/src/engine/text/names';
import { verbForms } from '../../server/src/engine/lexicon/verbForms';
import { CUE_EXAMPLES, type CueClass } from '../../server/src/engine/lexicon/cues';
import { findQuotations } from '../../server/src/engine/quotations';

/** Each attribution as "holder → holding[/vagueness/kind]". */
function speakers(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const words = (s: Speaker) => sentence.slice(tokens[s.holderStart].start, tokens[s.holderEnd - 1].end);
  return findSpeakers(tokens).map((s) => `${words(s)} → ${[s.holding, s.vagueness, s.kind].filter(Boolean).join('/')}${s.narrowed ? ' (narrowed)' : ''}${s.unsure ? ' (unsure)' : ''}`);
}

describe('speaker detector: holder and cue in any position', () => {
  const cases: Array<[string, string]> = [
    // Vague holders: quantified, bare plurals, anonymous singulars, documents.
    ['Analysts said the merger would stall.', 'Analysts → vague/plural/people'],
    ['Some council members have indicated that they will abstain.', 'Some council members → vague/quantified/people'],
    ['A number of ward nurses were uneasy about the rota.', 'A number of ward nurses → vague/quantified/people'],
    ['According to economists, the levy will raise little.', 'economists → vague/plural/people'],
    ['According to recent surveys, bus use has halved.', 'recent surveys → vague/plural/document'],
    ['Aides maintained that the letter was never sent.', 'Aides → vague/plural/informant'],
    ['The ferry will be sold, officials said.', 'officials → vague/plural/informant'],
    ['A senior official said the talks had stalled.', 'A senior official → vague/anonymous/informant'],
    ['Many in the valley fear the quarry will reopen.', 'Many in the valley → vague/quantified/people'],
    ['Some Rovers fans have said the manager should go.', 'Some Rovers fans → vague/quantified/people'],
    ['Nearly eight in ten tenants say the rent is too high.', 'eight in ten tenants → vague/quantified/people'],
    ['Protesters were furious that the hall stayed shut.', 'Protesters → vague/plural/people'],
    ['Residents have voiced deep concern about the tip.', 'Residents → vague/plural/people'],
    // Named holders and back-references.
    ['The Harbour Board expects traffic to double.', 'The Harbour Board → named'],
    ['Ms. Okafor said the figures were wrong.', 'Ms. Okafor → named'],
    ['The bridge will close, said Tomas Brenn.', 'Tomas Brenn → named'],
    ['Historians at Westmarch University say the chapel is older.', 'Historians at Westmarch University → named'],
    ['A 2021 review by the Kessing Trust found no effect.', 'A 2021 review by the Kessing Trust → named'],
    ['He said the plan was sound.', 'He → reference'],
    ['The officials said they had no comment.', 'The officials → reference'],
    ['Two residents said they heard the blast.', 'Two residents → reference'],
    // Narrowed informants are left to the writer: a reader can find the body.
    ['Treasury officials said the border would reopen.', 'Treasury officials → vague/plural/informant (narrowed)'],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.ok(speakers(sentence).includes(expected), `${speakers(sentence).join('; ') || 'no speaker'}`));
  }

  const notSpeakers: Array<[string, string]> = [
    ['a passive has no speaking subject', 'The route is described in several guidebooks.'],
    ['a participle with no "be" takes no subject', 'The process involves proving intent.'],
    ['a noun that looks like a verb', 'Many projects were opened last year.'],
    ['a capitalised word inside a name', 'They moved to the United States in May.'],
    ['an object, not a report', 'The team claimed the county title.'],
    ['a relative clause whose object is the noun before', 'The delays that passengers report through the app are logged.'],
    ['a duty, not a view', 'What patients should know before surgery.'],
    ['a transitive worry', 'The closure has worried its regulars.'],
    ['perception without a clause', 'Walkers feel the cold on the ridge.'],
  ];
  for (const [why, sentence] of notSpeakers) {
    it(`no vague holder: ${why}`, () => assert.ok(!speakers(sentence).some((s) => s.includes('vague')), speakers(sentence).join('; ')));
  }
});

describe('a capital opening a sentence is read by how the paragraph writes the word', () => {
  const book = (text: string) => new NameBook(() => text.split('. ').map((s) => tokenize(s)));
  it('a word the document capitalises mid-sentence is a name', () => assert.equal(book('Fans of Rovers cheered. The Rovers coach left').isName('rovers'), true));
  it('a word it writes in lower case is not', () => assert.equal(book('The water board met. Clean water matters').isName('water'), false));
  it('an unseen word is unknown', () => assert.equal(book('Nothing here').isName('rovers'), undefined));
  it('"Rovers supporters say" is named where the paragraph names Rovers, vague where it does not', () => {
    const named = 'The club is Kettleby Rovers. Rovers supporters say the ground is too small.';
    const elsewhere = 'The club is Kettleby Rovers.\n\nRovers supporters say the ground is too small.';
    assert.equal(lint(elsewhere).filter((f) => f.category === 'weasel').length, 1, 'another paragraph is not read');
    const unnamed = 'Rovers supporters say the ground is too small.';
    assert.equal(lint(named).filter((f) => f.category === 'weasel').length, 0);
    assert.equal(lint(unnamed).filter((f) => f.category === 'weasel').length, 1);
  });
});

describe('guards that decide when a claim is sourced', () => {
  const unattributed = (text: string) => lint(text).filter((f) => f.category === 'unattributed').map((f) => f.text);
  const weasel = (text: string) => lint(text).filter((f) => f.category === 'weasel').map((f) => f.text);
  it('a claim that plainly continues the sentence before keeps its source', () => {
    assert.deepEqual(unattributed('Fares rose sharply last year, the transport board said. But it expects them to fall by 12 percent in spring.'), []);
    assert.deepEqual(unattributed('Fares rose sharply last year, the transport board said. She added that 40 percent of riders now pay less.'), []);
  });
  it('a new claim about the topic does not', () => {
    assert.deepEqual(unattributed('The museum opened in 1990, its director said. It is the largest museum in the county.'), ['the largest']);
  });
  it('a question and a title-case headline claim nothing', () => {
    assert.deepEqual(unattributed('Is it the largest museum in the county?'), []);
    assert.deepEqual(unattributed('Kettleby Museum Doubles Its Visitors After Record Summer'), []);
  });
  it('a figure in a named plan or poll is that plan\'s', () => {
    assert.deepEqual(unattributed("The mayor's plan would cap fares at 2 pounds."), []);
    assert.deepEqual(unattributed('In the latest Harbour Gazette poll, the mayor led by 6 points.'), []);
  });
  it('a name inside what a vague holder believes does not source it', () => {
    assert.deepEqual(weasel('Some believe the Harbour Board is hiding the costs.'), ['Some believe']);
  });
  it('a name in another clause does not answer a vague speaker of its own', () => {
    assert.deepEqual(weasel('The mayor said the works were finished, and residents complained that the road was still shut.'), ['residents complained']);
  });
  it('a closing tag or "according to" does', () => {
    assert.deepEqual(weasel('Residents complained that the road was shut, the Courier reported.'), []);
    assert.deepEqual(weasel('According to the Courier, residents complained that the road was shut.'), []);
  });
  it('members named after the crowd name it', () => {
    assert.deepEqual(weasel('Several councillors, including Ana Ruiz, said the vote was rushed.'), []);
  });
  it('"never" in a told story or a hypothetical is no rule about the world', () => {
    assert.deepEqual(unattributed('The question of fares never came up.'), []);
    assert.deepEqual(unattributed('The ferry has never run on time.'), ['never']);
  });
});

describe('quotations in two apostrophes, as newspaper archives print them', () => {
  it('are quotations', () => {
    const text = "''It will never close,'' the owner said.";
    assert.deepEqual(findQuotations(text, 0, text.length), [{ start: 0, end: 24 }]);
  });
  it('an unpaired pair quotes nothing', () => {
    const text = "The ''draft had no end.";
    assert.deepEqual(findQuotations(text, 0, text.length), []);
  });
});

describe('the lexicon\'s cue classes, by their own examples', () => {
  for (const [cueClass, sentences] of Object.entries(CUE_EXAMPLES) as [CueClass, readonly string[]][]) {
    for (const sentence of sentences) {
      it(`${cueClass}: ${sentence}`, () => assert.ok(findSpeakers(tokenize(sentence)).some((s) => s.cueClass === cueClass), JSON.stringify(findSpeakers(tokenize(sentence)))));
    }
  }
});

describe('verb forms from a lemma', () => {
  const cases: Array<[string, string[]]> = [
    ['warn', ['warn', 'warns', 'warned', 'warning']],
    ['argue', ['argue', 'argues', 'argued', 'arguing']],
    ['worry', ['worry', 'worries', 'worried', 'worrying']],
    ['admit', ['admit', 'admits', 'admitted', 'admitting']],
    ['say', ['say', 'says', 'said', 'saying']],
    ['see', ['see', 'sees', 'saw', 'seen', 'seeing']],
  ];
  for (const [lemma, forms] of cases) it(lemma, () => assert.deepEqual(verbForms(lemma), forms));
});
