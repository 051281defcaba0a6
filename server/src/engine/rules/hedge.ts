// "may", "probably", "seems", "some scholars": hedges and vague quantities. Off unless the hedging profile is on.
//
// Single cue words are poor evidence on their own ("may" the month, "can" of ability, "some" of a
// plain count). Unambiguous hedges ("probably", "may have") are a plain phrase table. The other
// candidate cues are weighed together, sentence by sentence: a logistic scorer (hedgeModel.json,
// trained by scripts/trainHedge.ts on the dev half of the evaluation set only) adds up the weights
// of every candidate's context features, and a sentence over the threshold is flagged once, on the
// candidate that weighs most. The weights are data in the repository: nothing is downloaded, and
// scoring is a handful of map look-ups per candidate.

import { MatchView, type Candidate, type PhraseEntry, type Rule } from './rule';
import { isCapitalized, isPossessive, type Token } from '../text/tokens';
import { PhraseSet } from '../phrases';
import { admits } from './exclusions';
import { OPINION_HOLDERS, PEOPLE, superlativeShaped } from './words';
import { QUOTE_OPENERS } from '../lexicon/shared';
import type { Guard } from '../guards';
import model from './hedgeModel.json';
import { prependAttribution } from './rewrite';

const MONTH_CONTEXT = new Set(['in', 'on', 'of', 'since', 'until', 'by', 'from', 'during', 'early', 'late', 'mid', 'last', 'next', 'through', 'till', 'before', 'after', 'between', 'and', 'to']);
// Subjects that make "may" a permission in instructions: "you may park here".
const PERMISSION_SUBJECTS = new Set(['you', 'visitors', 'users', 'applicants', 'members', 'students', 'guests', 'participants', 'players', 'customers', 'readers', 'passengers', 'entrants']);

/** "may" as the month or a permission in instructions: not a modal of doubt. */
const mayNotDoubt: Guard = {
  description: '"May" the month (capitalised mid-sentence, after "in", "on", "since", ..., or before a number), or "may" after a subject that makes it a permission ("you may")',
  holds: (m) => {
    const t = m.token(0);
    if (t.lower !== 'may') return false;
    if (isCapitalized(t) && !m.atSentenceStart) return true;
    if (MONTH_CONTEXT.has(m.wordBefore()) || m.after()?.kind === 'number') return true;
    return PERMISSION_SUBJECTS.has(m.wordBefore());
  },
  examples: {
    holds: ['The fair opens in *May* 2019.', 'On 3 *May* the ferry sank.', 'You *may* park behind the library.', 'The Queen visited in late *May*.'],
    not: ['The ruins *may* be older.', '*May* the ferry be late?', 'The ward *might* reopen.'],
  },
};

// Verbs a sentence adverb can stand before: "likely took", "likely had", "likely belonged".
const FINITE_AFTER_ADVERB = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'came', 'took', 'began', 'went', 'made', 'gave', 'saw', 'knew', 'did', 'will', 'would', 'came', 'wrote', 'met', 'left', 'ran', 'fell', 'grew', 'lost', 'won', 'built', 'brought', 'bought', 'sold', 'held', 'led', 'meant', 'became', 'refers', 'comes', 'dates', 'derives']);

/** The next token is a finite verb, the way "probably" would stand before it ("likely had", "likely belonged"). */
const finiteVerbFollows: Guard = {
  description: 'A finite verb follows the match ("had", "took", a form in "-ed"), the way one follows "probably"',
  holds: (m) => {
    const next = m.after();
    if (!next || next.kind !== 'word') return false;
    return FINITE_AFTER_ADVERB.has(next.lower) || (next.lower.endsWith('ed') && next.lower.length > 4);
  },
  examples: {
    holds: ['The bones *likely* belonged to a deer.', 'Patsy most *likely* took over.'],
    not: ['The *likely* winner is the Dunmore crew.', 'Rain is *likely*.', 'It is *likely* to rain.'],
  },
};

/** A quantity word governs what follows ("some scholars", "many of the"), not "some 40". */
const governsPhrase: Guard = {
  description: 'A word follows the match, perhaps after an opening quotation mark (several "miracle cures")',
  holds: (m) => {
    let next = m.after();
    // 'several "sweetheart loans"', "many 'Phalaenopsis' species": a quoted phrase is still governed.
    if (next && QUOTE_OPENERS.has(next.text)) next = m.after(2);
    return next !== undefined && next.kind === 'word';
  },
  examples: {
    holds: ['*Some* parts of the manuscript are older.', '*Several* "miracle cures" were sold.'],
    not: ['The town had *some* 40 mills.', 'They wanted *more*.'],
  },
};

export interface HedgeCue extends PhraseEntry {
  /** Unambiguous hedges flagged without consulting the scorer ("may have been", "probably"). */
  sure?: boolean;
}

/** Candidate cues. Each entry's examples are run as tests against the full rule (filters and scorer). */
export const HEDGE_CUES: HedgeCue[] = [
  {
    pattern: 'may|might|could have|have_been|be_the',
    flag: ['The outbreak may have started in the port.', 'The ruins might have been a chapel.'],
    pass: ['You may have a second ticket at the desk.'],
    notAfter: [...PERMISSION_SUBJECTS],
    guards: [mayNotDoubt],
    cueAt: 'first',
    sure: true,
  },
  {
    pattern: 'might',
    flag: ['The ward might reopen by the weekend.'],
    pass: ['The army showed its might at the parade.', 'She pushed with all her might.'],
    // "its might", "all her might": the noun.
    wordFollows: true,
    notAfter: ['its', 'his', 'her', 'their', 'all', 'the', 'military', 'naval', 'economic', 'our', 'of'],
    sure: true,
  },
  {
    pattern: 'probably|possibly|perhaps|presumably|apparently|seemingly|arguably|conceivably|maybe|likely_to|unlikely_to',
    flag: ['The bones are probably those of a deer.', 'The fire apparently began in the kitchen.'],
    sure: true,
  },
  {
    // "Patsy most likely took over", "the bones likely belonged to a deer": the adverb, meaning "probably".
    pattern: 'most? likely',
    flag: ['The fire most likely started in the kitchen.', 'The bones likely belonged to a deer.'],
    pass: ['The likely winner is the Dunmore crew, the bookmakers said.'],
    notAfter: ['is', 'are', 'was', 'were', 'be', 'been', 'more', 'less', 'seems', 'seem', 'look', 'looks'],
    requires: [finiteVerbFollows],
    cueAt: 'last',
    sure: true,
  },
  {
    // "It is almost certain that", "nearly certainly": certainty claimed and withheld in one breath.
    pattern: 'almost|nearly|virtually certain|certainly',
    flag: ['The mill almost certainly burned twice.', 'It is almost certain that the map is a copy.'],
    sure: true,
  },
  {
    pattern: 'seem|seems|seemed|appear|appears|appeared to',
    flag: ['The bridge seems to lean to the east.'],
    sure: true,
  },
  {
    // "Many believe", "some argue": a vague crowd holds the view. The weasel rules flag it too, and
    // that finding wins where both are on; with them switched off the hedge must still see it
    // (tested in lint.test.ts, since the examples here run with the weasel rules on).
    pattern: 'many|some|most|several|others|few @beliefVerb',
    flag: [],
    cueAt: 'first',
    sure: true,
  },
  {
    // "It seems the plan worked": the whole claim rests on an impression.
    pattern: 'it seems|seemed|appears|appeared',
    flag: ['It seems the ferry left early.', 'It appeared the vote had been postponed.'],
    pass: ['The comet appeared in March.'],
    cueAt: 'last',
    sure: true,
  },
  {
    // Evidence that "suggests that" something is so: the finding is offered as likely, not shown.
    pattern: 'suggest|suggests|suggesting that',
    flag: ['Early maps suggest that the village was larger.', 'The tool marks suggest that the beams were reused.'],
    pass: ['The committee suggested a new route.'],
    sure: true,
  },
  {
    // "Generally, ..." opening a sentence qualifies all of it.
    pattern: 'generally',
    flag: ['Generally, the tide turns before noon.'],
    requires: ['sentenceStart'],
    onlyBefore: [','],
    sure: true,
  },
  {
    pattern: 'it is|was|remains not? possible|likely|unlikely|unclear|uncertain|doubtful|believed|thought|assumed|suspected',
    flag: ['It is unclear who built the wall.', 'It is possible that the mill burned twice.'],
    sure: true,
  },
  {
    pattern: 'is|are|was|were|remains @degreeWord? possible|likely|unlikely|unclear|uncertain|doubtful',
    flag: ['A link between the two fires is possible.'],
    cueAt: 'last',
    sure: true,
  },
  {
    pattern: 'may|might|could|can|would|should',
    flag: [],
    pass: ['The fair opens in May 2019.', 'You may park behind the library.', 'On 3 May the ferry sank.'],
    guards: [mayNotDoubt],
  },
  {
    pattern: '@modalAdverb',
    flag: [],
  },
  { pattern: '@seem', flag: [] },
  { pattern: '@suggest', flag: [] },
  { pattern: '@possible', flag: [] },
  {
    pattern: '@quantity',
    flag: ['Some parts of the manuscript are older.', 'Several "miracle cures" were sold at the fair.'],
    pass: ['The few who stayed rebuilt the mill, the parish register records.'],
    notAfter: ['the', 'a', 'an'],
    requires: [governsPhrase],
  },
  { pattern: 'whether|if|or|either|not_clear|not_known|unknown', flag: [] },
  {
    // "a few palaces", "a variety of groups", "a certain measure": vague quantities after an article,
    // which the quantity entry above leaves out ("a few" is not "few").
    pattern: 'a few|certain|variety|handful|good_deal|great_deal|great_many',
    flag: [],
    wordFollows: true,
  },
  { pattern: 'in general|part|principle|theory|practice|some_cases|many_cases|most_cases|some_respects|some_ways', flag: [] },
];

// Superlatives the writer asserts ("the most enchanting view", "the best-known group", "its earliest
// form") are peacock wording annotators count as weasel words; the scorer weighs them as one cue,
// whatever the adjective, so that rare ones are weighed too.
const SUPERLATIVE = 'superlative';
const SUPERLATIVE_OPENERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'whose', 'among']);

/** "the most <word>", "the <word>est", "the best-<word>": the superlative's span, or 0. */
function superlativeAt(tokens: readonly Token[], i: number): number {
  // A count is no opener: "the three largest towns" ranks a list more often than it praises.
  const opener = tokens[i - 1];
  const t = tokens[i];
  if (!opener || t.kind !== 'word' || !(SUPERLATIVE_OPENERS.has(opener.lower) || isPossessive(opener.lower))) return 0;
  if (t.lower === 'most' && tokens[i + 1]?.kind === 'word' && tokens[i + 1].lower !== 'of') return 2;
  if (t.lower.startsWith('best-') || t.lower.startsWith('most-') || t.lower === 'best' || t.lower === 'greatest' || t.lower === 'finest') return 1;
  if (superlativeShaped(t.lower) && tokens[i + 1]?.kind === 'word') return 1;
  return 0;
}

const CLASSES = {
  degreeWord: ['quite', 'very', 'entirely', 'still', 'also', 'highly', 'not', 'more', 'less'],
  modalAdverb: ['possibly', 'probably', 'likely', 'unlikely', 'apparently', 'perhaps', 'presumably', 'potentially', 'arguably', 'conceivably', 'plausibly', 'seemingly', 'supposedly', 'maybe', 'purportedly', 'reportedly', 'allegedly', 'putatively', 'somewhat', 'largely', 'mostly', 'generally', 'typically', 'sometimes', 'occasionally', 'frequently', 'widely', 'roughly', 'approximately', 'nearly', 'almost', 'partly', 'partially', 'relatively', 'fairly', 'rather', 'often', 'usually', 'commonly', 'traditionally', 'reputedly', 'ostensibly', 'about', 'around', 'circa', 'virtually', 'essentially', 'mainly', 'primarily', 'especially', 'particularly', 'notably', 'famously', 'perhaps'],
  seem: ['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'tend to', 'tends to', 'tended to', 'referred to as', 'thought', 'believed', 'considered', 'regarded', 'known', 'said', 'reported', 'described', 'claimed', 'alleged', 'rumoured', 'rumored', 'supposed', 'presumed', 'expected', 'estimated', 'argued', 'noted'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting', 'suggestion', 'indicate', 'indicates', 'indicated', 'imply', 'implies', 'implied', 'speculate', 'speculated', 'speculation', 'suspect', 'suspected', 'believe', 'believes', 'assume', 'assumed', 'presume', 'hypothesize', 'hypothesized', 'hypothesis', 'theory', 'estimate', 'claim', 'claims', 'consider', 'regard', 'argue', 'argues', 'feel', 'felt', 'think', 'thinks', 'doubt', 'doubts', 'hope', 'hoped', 'propose', 'proposed'],
  possible: ['well known', 'possible', 'probable', 'likely', 'plausible', 'conceivable', 'uncertain', 'unclear', 'doubtful', 'questionable', 'disputed', 'controversial', 'debated', 'unconfirmed', 'alleged', 'suspected', 'supposed', 'presumed', 'putative', 'apparent', 'potential', 'presumably', 'possibility', 'likelihood', 'perceived', 'so-called', 'popular', 'famous', 'notable', 'important', 'significant', 'major', 'best', 'well-known', 'renowned', 'prominent', 'leading', 'influential', 'controversial', 'widespread', 'various'],
  // Verbs of opinion only: "several held posts", "many saw action" are no hedge.
  beliefVerb: ['believe', 'believed', 'believes', 'think', 'thought', 'say', 'said', 'argue', 'argued', 'claim', 'claimed', 'feel', 'felt', 'suggest', 'suggested', 'contend', 'contended', 'maintain', 'maintained', 'suspect', 'suspected', 'speculate', 'speculated', 'doubt', 'doubted', 'allege', 'alleged', 'assert', 'asserted', 'fear', 'feared'],
  quantity: ['some', 'many', 'several', 'numerous', 'most', 'few', 'countless', 'certain', 'others', 'one of the', 'a number of', 'much', 'majority', 'plenty', 'lots'],
};

const HOLDERS = new Set([...OPINION_HOLDERS, ...PEOPLE]);

/** What the scorer sees of a candidate: the cue and the words right around it. */
export function hedgeFeatures(m: MatchView, name?: string): string[] {
  const cue = name ?? m.words.join(' ');
  const shape = (k: number) => {
    const t = m.after(k);
    if (!t) return '<end>';
    if (t.kind === 'number') return '<num>';
    if (t.kind === 'punct') return t.text;
    return t.lower;
  };
  const before = m.before();
  const prev = !before ? '<start>' : before.kind === 'number' ? '<num>' : before.lower;
  const next = shape(1);
  const features = [`w=${cue}`, `w=${cue}|n=${next}`, `p=${prev}|w=${cue}`, `w=${cue}|n=${next}|nn=${shape(2)}`];
  const after = m.after();
  if (after?.kind === 'word' && isCapitalized(after)) features.push(`w=${cue}|ncap`);
  // What a quantifier governs: "some historians" weighs differently from "some of the".
  if (after?.kind === 'word' && (HOLDERS.has(after.lower) || HOLDERS.has(m.wordAfter(2)))) features.push(`w=${cue}|nholder`);
  if (m.atSentenceStart) features.push(`w=${cue}|start`);
  return features;
}

interface HedgeModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const MODEL = model as HedgeModel;

export function hedgeScore(features: readonly string[], weights: Readonly<Record<string, number>> = MODEL.weights, bias = MODEL.bias): number {
  let score = bias;
  for (const f of features) score += weights[f] ?? 0;
  return score;
}

export const HEDGE_CLASSES = CLASSES;

/** A candidate cue in a sentence (token indices) and what the scorer sees of it. */
export interface CueCandidate {
  first: number;
  last: number;
  features: string[];
  /** A superlative stated as fact ("the most enchanting", "the best"), which the message calls a judgement, not a hedge. */
  superlative: boolean;
}

const CANDIDATE_CUES = new PhraseSet<HedgeCue>();
for (const entry of HEDGE_CUES) if (!entry.sure) CANDIDATE_CUES.add(entry.pattern, entry, CLASSES);

/** The candidate cues of one sentence that pass their entry's filter. */
export function candidateCues(tokens: readonly Token[]): CueCandidate[] {
  const out: CueCandidate[] = [];
  for (const match of CANDIDATE_CUES.matchAll(tokens)) {
    const view = new MatchView(tokens, match.first, match.last);
    if (!admits(match.entry, view, CLASSES)) continue;
    // "the best" also matches the @possible class: it reads as the superlative it is.
    const superlative = match.first > 0 && superlativeAt(tokens, match.first) === match.last - match.first;
    out.push({ first: match.first, last: match.last, features: hedgeFeatures(view), superlative });
  }
  for (let i = 1; i < tokens.length; i++) {
    const span = superlativeAt(tokens, i);
    if (span > 0) out.push({ first: i, last: i + span, features: hedgeFeatures(new MatchView(tokens, i, i + span), '<superlative>'), superlative: true });
  }
  return out;
}

/**
 * What the scorer sees of a sentence: the features of all its candidates, each counted once.
 * Evidence adds up ("some ... may"), and a cue repeated in a list does not count twice.
 */
export function sentenceFeatures(candidates: readonly CueCandidate[]): string[] {
  const all = new Set<string>();
  for (const c of candidates) for (const f of c.features) all.add(f);
  return [...all];
}

/**
 * Flags the sentence when its candidates together score over the threshold, on the one that weighs
 * most; the others, by weight, are where the finding goes if that one is already covered by another
 * rule's finding ("the most famous" as a sweeping claim).
 */
function weighSentence(tokens: readonly Token[]): Candidate[] {
  const candidates = candidateCues(tokens);
  if (candidates.length === 0 || hedgeScore(sentenceFeatures(candidates)) < MODEL.threshold) return [];
  const ranked = candidates
    .map((c, order) => ({ c, order, weight: hedgeScore(c.features, MODEL.weights, 0) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ c }): Candidate => ({ offset: tokens[c.first].start, length: tokens[c.last - 1].end - tokens[c.first].start, ...(c.superlative ? { detail: SUPERLATIVE } : {}) }));
  return [{ ...ranked[0], alternatives: ranked.slice(1) }];
}

const sureCues = HEDGE_CUES.filter((entry) => entry.sure === true);
const weighedCues = HEDGE_CUES.filter((entry) => entry.sure !== true);

export const hedge: Rule = {
  id: 'style/hedge',
  category: 'style',
  defaultSeverity: 'information',
  profiles: ['hedging'],
  description: 'Unowned uncertainty: "may", "probably", "seems"',
  span: 'the word: "may", "might", "possibly", "probably", "likely", "apparently", "seems", "generally"',
  message: (flagged, detail) =>
    detail === SUPERLATIVE
      ? `"${flagged}" is a judgement stated as fact; say whose it is, or give what it rests on.`
      : `"${flagged}" hedges the claim; state the evidence, or say who is uncertain and why.`,
  why: 'Hedges, vague quantities and superlatives stated as fact leave the reader unsure how strong the evidence is. Give the evidence, or attribute the uncertainty or the judgement to a named source.',
  guideline: 'Wikipedia MOS:WEASEL (expressions of doubt, vague quantities); hedge cues as annotated for the CoNLL-2010 shared task',
  fixes: [],
  droppedInsideClaims: true,
  clearedBy: 'quotation',
  rewrite: (sentence) => prependAttribution(sentence),
  phrases: { classes: CLASSES, entries: sureCues },
  scan: weighSentence,
  // The weighed cues' examples, run as tests against the whole rule like the table's.
  examples: { flag: weighedCues.flatMap((entry) => entry.flag), pass: weighedCues.flatMap((entry) => entry.pass ?? []) },
};
