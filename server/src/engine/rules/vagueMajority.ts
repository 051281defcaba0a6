// "Many believe", "some critics", "experts agree": a view presented as widely held, holders unnamed.

import type { Candidate, Rule, MatchView } from './rule';
import { isPossessive, type Token } from '../text/tokens';
import { replaceSpan } from './rewrite';
import { vagueHolderCandidates } from '../speakers';
import { OPINION_HOLDERS, PEOPLE, SPECIFIERS, holderEnd } from './words';

const PARTICIPLE_BEFORE_BY = new Set(['assumed', 'argued', 'suggested', 'claimed', 'noted', 'proposed', 'detected', 'observed', 'noticed', 'seen', 'known', 'thought', 'held', 'considered', 'regarded', 'viewed', 'described', 'believed', 'praised', 'criticized', 'criticised', 'called', 'hailed', 'dismissed', 'accepted', 'rejected', 'disputed', 'questioned', 'doubted', 'labelled', 'labeled', 'deemed', 'perceived', 'described', 'acclaimed', 'celebrated', 'credited', 'blamed']);

const HOLDER_WORDS = new Set([...OPINION_HOLDERS, ...PEOPLE]);
// Insiders are anonymous sources (anonymousSource.ts), not a vague majority.
const VAGUE_HOLDERS = OPINION_HOLDERS.filter((w) => w !== 'insiders');
const QUANTIFIER_WORDS = new Set(['many', 'most', 'some', 'several', 'few', 'a', 'numerous', 'countless', 'various', 'certain', 'number', 'of', 'growing', 'increasing', 'majority', 'the', 'lots', 'lot', 'plenty', 'others', 'by', 'there', 'are', 'were', 'those', 'who', 'an', 'more', 'and']);
const PLURAL_COUNTS = new Set(['multiple', 'various', 'numerous', 'several']);

/** "considered by many", "was described by other critics": a judgement participle right before "by" (or one word before). */
function judgedBy(m: MatchView): boolean {
  return PARTICIPLE_BEFORE_BY.has(m.wordBefore()) || PARTICIPLE_BEFORE_BY.has(m.wordBefore(2));
}

/** The quantifier is not itself governed by a specifier ("the many", "these few"). */
function unspecified(m: MatchView): boolean {
  const before = m.wordBefore();
  return !SPECIFIERS.has(before) && before !== 'at' && before !== 'the';
}

/** "various observers" counts sources rather than claiming a majority: that is the vague-plural-source rule's. */
function quantified(m: MatchView): boolean {
  return unspecified(m) && !(PLURAL_COUNTS.has(m.words[0]) && m.words.includes('observers'));
}

// "feel the cold", "see the castle": perception verbs are opinions only with a clause or "as" after
// them ("feel the plan is wrong", "see it as a betrayal", "felt that").
const PERCEPTION_VERBS = new Set(['feel', 'feels', 'felt', 'see', 'sees', 'saw']);
const CLAUSE_CLUES = new Set(['that', 'as', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'could', 'can', 'must', 'has', 'have', 'had', 'might', 'may', 'it', 'strongly', 'sure', 'certain']);

/** The verb at `at` is an opinion verb in its opinion sense (perception verbs need a clause or "as"). */
function opinionSense(tokens: readonly Token[], at: number): boolean {
  if (!PERCEPTION_VERBS.has(tokens[at]?.lower ?? '')) return true;
  return tokens.slice(at + 1, at + 8).some((t) => CLAUSE_CLUES.has(t.lower));
}

const QUANTIFIERS = new Set(['many', 'most', 'some', 'several', 'few', 'numerous', 'countless']);
// Specialists whose view is borrowed by counting them, verb or not ("Many labour economists").
const SPECIALISTS = new Set(VAGUE_HOLDERS.filter((w) => !w.includes(' ') && !['fans', 'supporters', 'opponents', 'writers', 'authors', 'journalists', 'activists', 'advocates'].includes(w)));
// With no quantifier before it, a holder is a crowd only with a plain opinion verb ("Crofters say").
const BARE_AGENT_VERBS = new Set(['say', 'says', 'said', 'believe', 'believed', 'think', 'argue', 'argued', 'claim', 'claimed', 'insist', 'insisted', 'fear', 'feared', 'complain', 'complained', 'warn', 'warned', 'agree', 'agreed', 'contend', 'suspect', 'doubt', 'reckon', 'worry']);
// Verbs of judging that need "as" to be an opinion: "regard the vole as a relic", "treat it as a subspecies".
const AS_VERBS = new Set(['regard', 'regarded', 'treat', 'treated', 'view', 'viewed', 'see', 'saw', 'rate', 'rated', 'rank', 'ranked']);
// Between an owner's partisans and their verb: "his detractors have long said".
const VERB_HELPERS = new Set(['have', 'had', 'has', 'long', 'also', 'still', 'will', 'would', 'often', 'now', 'privately', 'openly', 'generally', 'widely', 'always', 'even', 'repeatedly']);

/**
 * "Many volcanologists", "Many labour economists": a counted specialist is a vague authority even
 * with no verb of saying (the speaker detector finds the crowds that speak).
 */
function scanCountedSpecialists(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!QUANTIFIERS.has(tokens[i].lower) || SPECIFIERS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.lower === 'the') continue;
    for (let k = i + 1; k <= i + 2 && k < tokens.length && tokens[k].kind === 'word'; k++) {
      if (tokens[k].lower.endsWith('ologists') || SPECIALISTS.has(tokens[k].lower)) {
        found.push({ offset: tokens[i].start, length: tokens[k].end - tokens[i].start });
        break;
      }
    }
  }
  return found;
}

// Partisans a possessive does not name: "the mayor's critics", "his detractors" are still nobody in particular.
const PARTISANS = new Set(['critics', 'detractors', 'opponents', 'supporters', 'admirers', 'defenders', 'fans', 'followers', 'sceptics', 'skeptics', 'champions']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
// Verdicts partisans give, beyond the plain opinion verbs; portrayals count only with "as" ("describe him as a populist").
const PARTISAN_VERDICTS = new Set(['call', 'called', 'accuse', 'accused', 'dismiss', 'dismissed', 'see', 'saw', 'regard', 'regarded']);
const PORTRAYALS = new Set(['describe', 'described', 'portray', 'portrayed', 'paint', 'painted']);

/** "The mayor's critics often describe him as ...", "His detractors say": an owner's unnamed partisans with an opinion verb. */
function scanPartisans(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!PARTISANS.has(tokens[i].lower)) continue;
    const owner = tokens[i - 1];
    if (owner.kind !== 'word' || !(POSSESSIVE_PRONOUNS.has(owner.lower) || isPossessive(owner.lower))) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && VERB_HELPERS.has(tokens[j].lower)) j++;
    const verb = tokens[j];
    if (!verb) continue;
    const opinion = BARE_AGENT_VERBS.has(verb.lower) || PARTISAN_VERDICTS.has(verb.lower) || PORTRAYALS.has(verb.lower);
    const asNeeded = AS_VERBS.has(verb.lower) || PORTRAYALS.has(verb.lower);
    if (!opinion || !opinionSense(tokens, j) || (asNeeded && !tokens.slice(j + 1, j + 6).some((t) => t.lower === 'as'))) continue;
    found.push({ offset: owner.start, length: tokens[i].end - owner.start });
  }
  return found;
}

export const vagueMajority: Rule = {
  id: 'weasel/vague-majority',
  category: 'weasel',
  defaultSeverity: 'warning',
  description: 'An unnamed crowd holds the view: "Many experts", "Some argue", "Critics say"',
  span: 'the cue phrase: quantifier + holder noun ("Many historians", "Some critics", "Most experts"), quantifier + belief/speech verb when there is no noun ("Many believe", "Some argue"), or a bare plural holder + speech verb ("Critics say", "Experts agree", "Observers note")',
  message: (flagged) => `"${flagged}" presents a view as widely held without saying who holds it.`,
  why: 'A vague majority ("many believe", "some critics") borrows the weight of unnamed people. Readers cannot check who they are or how many.',
  guideline: 'Wikipedia MOS:WEASEL (unsupported attributions); AP: attribute disputable facts to a named source',
  fixes: ['who', 'citation-needed'],
  clearedBy: 'attribution',
  holderEnd,
  scan: (tokens, names) => [...scanCountedSpecialists(tokens), ...scanPartisans(tokens), ...vagueHolderCandidates(tokens, 'people', names)],
  examples: {
    flag: ['Many fans believe the manager should go.', 'Many people believe the well water is unsafe.', 'Some residents feel the new road was a mistake.', 'Many believe the fire was set deliberately.', 'Some argue that the museum should close.', 'Others have suggested a later date for the manuscript.', 'Critics say the stadium will never pay for itself.', 'Historians believe the chapel is older than the nave.', 'The plan is sound, but economists argue it comes too late.', 'The target, which scientists say is the minimum, was missed.', 'Observers at the time described the bridge as a folly.', 'Critics in the trade press say the engine is underpowered.', 'Commuters say the new timetable is worse.', 'The park is popular, but residents complain that it is noisy at night.', 'Some suppliers fear that the merger will squeeze them.', 'Shopkeepers on Mill Street say trade has picked up.', 'Industry observers have long argued that the two firms must merge.', 'Critics of the first survey have argued that it was too small.', 'Many volcanologists still keep the old map.', 'Colleagues recall that he never missed a shift.', 'Transport planners will tell you that trams beat buses.', 'Some fishermen warn that the cod are moving north.', 'Many drivers complain that the junction is dangerous.', 'Some donors feel that the appeal was rushed.', 'Most people still prefer printed maps.', 'Many ornithologists regard the heron as a newcomer.', 'Some botanists treat the orchid as a hybrid.', 'Local boatbuilders say the yard will close.', 'Many labour economists now teach the model first.', 'Professional gardeners say peat should never be used.', 'Contemporary reviewers dismissed the opera as a pastiche.', 'Most food writers rate the tart as the best in the city.', 'Many diners find the sauce sweeter than the menu suggests.', 'Campaign groups have long argued that the bypass is too costly.', 'Nutritionists say the new labels are confusing.', 'Most tenants would rather have a new boiler than a bigger garden.', 'Music historians have compared the hymn with the folk songs of the coast.', 'Many listeners objected to the new schedule.', "The mayor's critics often describe him as a populist.", 'His detractors say the bridge was never needed.', 'Many cooks skip the resting step because they think it makes no difference.', 'Some growers pick the pears early, as they believe the late ones split.'],
    pass: ['Many people attended the opening of the library.', 'Some residents moved away after the flood.', 'Some visitors see the castle from the train.', 'The many believed to have drowned were later found alive, the coastguard said.', 'She has said some things in public that she later regretted.', 'In the new guide, Oxford historians say the chapel is older than the nave.', 'Three critics said the ending was rushed, according to a review roundup in the Courier.', 'Historians at Oxford say the chapel is older than the nave.', 'Critics in the audience laughed.', 'Walkers feel the cold on the ridge.', 'Bus drivers, the union said, say the timetable is worse.', 'The parents of the pupils say the school is cold.', 'Two residents say they heard the blast.', 'Historians at Oxford say the chapel is older than the nave.', "The council's planners say the road will open in May.", 'Two suppliers said they had not been paid.', 'In the new guide, Oxford historians say the chapel is older than the nave.', 'The suppliers on the list were paid on Friday.', 'Some papers say nothing about the fire.', 'Many containers say "fragile" on the side.', 'Many Italians regard the dish as a treat.', 'Many walkers turn back at the bridge because they are tired.', 'Some growers pick early because they have a contract to fill.', "The mayor's critics gathered outside the hall.", 'Her fans queued all night for tickets.', 'Many diners find the car park full on Fridays.', 'Some groups met in the church hall.', 'Rangers say the striker will stay.'],
  },
  rewrite: (sentence, start, end) => {
    // "Many historians believe" -> "[Named historians] believe"; "Many believe" -> "[Named people] believe".
    const words = sentence.slice(start, end).split(/\s+/);
    let holderAt = words.length - 1;
    while (holderAt >= 0 && !HOLDER_WORDS.has(words[holderAt].toLowerCase())) holderAt--;
    const holder = holderAt >= 0 ? words[holderAt].toLowerCase() : 'people';
    const rest = words.slice(holderAt >= 0 ? holderAt + 1 : words.findIndex((w, i) => i > 0 && !QUANTIFIER_WORDS.has(w.toLowerCase()))).join(' ');
    return replaceSpan(sentence, start, end, `[named ${holder}]${rest ? ` ${rest}` : ''}`);
  },
  phrases: {
    classes: {
      quantifier: ['many', 'most', 'some', 'several', 'few', 'a few', 'numerous', 'countless', 'various', 'certain', 'a number of', 'a growing number of', 'an increasing number of', 'the majority of', 'a majority of', 'lots of', 'a lot of', 'plenty of', 'many of the', 'some of the', 'most of the', 'more and more'],
      bareQuantifier: ['many', 'most', 'some', 'others', 'few', 'several', 'many others', 'some others'],
      modifier: ['modern', 'western', 'leading', 'prominent', 'top', 'independent', 'foreign', 'other', 'contemporary', 'later', 'early', 'mainstream', 'respected', 'notable', 'influential', 'senior', 'political', 'scientific', 'military', 'medical', 'legal', 'music', 'film', 'literary', 'conservative', 'liberal', 'religious', 'serious', 'knowledgeable', 'well-known'],
      holder: VAGUE_HOLDERS,
      people: PEOPLE,
      helper: ['still', 'also', 'now', 'even', 'often', 'have', 'had', 'would', 'do', 'did', 'may', 'might', 'will', 'generally', 'widely', 'privately', 'openly', 'long', 'have long', 'continue to', 'tend to', 'came to', 'have come to'],
      bareBelief: ['believe', 'believed', 'believes', 'say', 'said', 'argue', 'argued', 'think', 'claim', 'claimed', 'feel', 'felt', 'agree', 'agreed', 'contend', 'contended', 'suggest', 'suggested', 'maintain', 'maintained', 'consider', 'considered', 'regard', 'regarded', 'view', 'doubt', 'doubted', 'assert', 'asserted', 'suspect', 'suspected', 'speculate', 'speculated', 'insist', 'insisted', 'fear', 'feared', 'dispute', 'disputed', 'point out', 'pointed out', 'disagree', 'disagreed', 'theorize', 'theorized', 'theorise', 'theorised'],
    },
    entries: [
      {
        pattern: '@quantifier @modifier? @holder',
        flag: ['Many historians think the treaty was signed under duress.', 'Some critics found the ending rushed.', 'A growing number of economists doubt the forecast.'],
        pass: ['Several historians, including Dana Ruiz and Tom Acre, have written on the siege [3].', '"Many experts were wrong," the minister said in an interview with the Herald.'],
        when: quantified,
      },
      {
        pattern: 'by @bareQuantifier @modifier? @holder?',
        flag: ['The mural is considered by many to be the finest in the city.', 'The law was seen by some as an overreach.'],
        pass: ['The ball was caught by some of the players.', 'The bill was passed by many votes.'],
        when: judgedBy,
      },
      {
        pattern: 'by other @modifier? @holder',
        flag: ['The ending was described by other critics as rushed.', 'Echoes of the hymn have been detected by other scholars as well.'],
        pass: ['The goal was scored by other players in the second half.'],
        when: judgedBy,
      },
      {
        pattern: 'by other @people',
        flag: ['The chapel was praised by other visitors as the best in the county.'],
        pass: ['The boat was built by other workers at the yard.'],
        when: judgedBy,
      },
      {
        // "The common belief that the well was poisoned": a view said to be widely held, by no one named.
        pattern: 'the|a common|popular|widespread|prevailing|widely-held|widely_held belief|view|perception|assumption|notion that',
        trim: [1, 1],
        flag: ['The common belief that the well was poisoned is wrong.', 'There is a widespread perception that the ferry is unsafe.'],
        pass: ['Her view that the well was poisoned is set out in chapter 3 [2].'],
      },
      {
        pattern: '@bareQuantifier @helper? hold|held that',
        flag: ['Others hold that the chapel was rebuilt twice.'],
        pass: ['Others held seminars in the old library.'],
      },
      {
        pattern: 'there are|were @modifier? @holder who @bareBelief',
        flag: ['There are historians who believe the tower is older than the nave.'],
      },
      {
        pattern: 'there are|were those who @bareBelief',
        flag: ['There are those who say the election was stolen.'],
      },
    ],
  },
};
