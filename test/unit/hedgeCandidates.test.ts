// What the hedge scorer is shown: the candidate cues of a sentence and their names. The weights
// decide whether a sentence is flagged; these tests pin down what is weighed at all.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { candidateCues, hedge } from '../../server/src/engine/rules/hedge';
import { tokenize } from '../../server/src/engine/text/tokens';
import { lint } from '../../server/src/engine';

/** The name each candidate is weighed under ("w=<name>") and the text it covers. */
function cues(sentence: string): string[] {
  const tokens = tokenize(sentence);
  return candidateCues(tokens).map((c) => `${c.features[0].slice(2)}: ${sentence.slice(tokens[c.first].start, tokens[c.last - 1].end)}`);
}

describe('hedge candidates', () => {
  it('weighs every superlative as one cue, whatever the adjective', () => {
    assert.deepEqual(cues('The most beautiful view is from the tower.'), ['<superlative>: most beautiful']);
    assert.deepEqual(cues('It was the best-known choir in the valley.'), ['<superlative>: best-known']);
    assert.deepEqual(cues("The valley's oldest mill still turns."), ['<superlative>: oldest']);
  });

  it('leaves words that merely end in -est alone', () => {
    assert.deepEqual(cues('The west wing and the rest of the house burned.'), []);
    assert.deepEqual(cues('The harvest festival drew a crowd.'), []);
    assert.deepEqual(cues('Most of the staff left.').filter((c) => c.startsWith('<')), []);
  });

  it('weighs vague quantities that follow an article', () => {
    assert.deepEqual(cues('There are a few cafes near the harbour.'), ['a few: a few']);
    assert.deepEqual(cues('A variety of shops line the quay.'), ['a variety: A variety']);
    assert.deepEqual(cues('In general, the ferries leave on time.'), ['in general: In general']);
  });

  it('does not weigh a quantity with nothing after it', () => {
    assert.deepEqual(cues('They sold a few.'), []);
  });
});

describe('hedge messages', () => {
  it('calls a superlative a judgement, not a hedge', () => {
    const found = lint('Its most famous export is cheese.', { config: { profile: 'hedging' } });
    assert.deepEqual(found.map((f) => f.text), ['most famous']);
    assert.match(found[0].message, /judgement stated as fact/);
  });
  it('calls other cues hedges', () => {
    // A cue the scorer does not weigh (whether a weighed one such as "one of the" fires is the weights' choice).
    const found = lint('The bridge may have been built in 1820.', { config: { profile: 'hedging' } }).filter((f) => f.rule === 'style/hedge');
    assert.deepEqual(found.map((f) => f.text), ['may']);
    assert.match(found[0].message, /hedges the claim/);
    for (const cue of ['may', 'some', 'forest', 'most']) assert.match(hedge.message(cue), /hedges the claim/);
  });
  it('marks the superlative candidates, including "the best" of the possible class, and only those', () => {
    const marked = (sentence: string) => {
      const tokens = tokenize(sentence);
      return candidateCues(tokens).filter((c) => c.superlative).map((c) => sentence.slice(tokens[c.first].start, tokens[c.last - 1].end));
    };
    assert.deepEqual(marked('It is the best of the three and the most careful.'), ['best', 'best', 'most careful']);
    assert.deepEqual(marked('Best practice is to label the jars.'), []);
  });
});

describe('a weighed hedge covered by another finding', () => {
  it('moves to the next cue instead of disappearing', () => {
    // The scorer's favourite cue here is the superlative, which the sweeping-claim rule already
    // flags; the hedge finding moves to "one of the" rather than being dropped as a repeat.
    // Which cue it moves to is the weights' choice; that it moves, and out of the covered span, is the rule's.
    const sentence = 'She was a tireless and inventive architect, one of the best and most careful of her generation.';
    const found = lint(sentence, { config: { profile: 'hedging' } });
    const claim = found.find((f) => f.rule === 'unattributed/sweeping-claim');
    const hedges = found.filter((f) => f.rule === 'style/hedge');
    assert.equal(claim?.text, 'the best');
    assert.equal(hedges.length, 1);
    assert.ok(hedges[0].offset >= claim!.offset + claim!.length || hedges[0].offset + hedges[0].length <= claim!.offset, `hedge "${hedges[0].text}" inside "${claim!.text}"`);
    assert.notEqual(hedges[0].text, 'best');
  });
});
