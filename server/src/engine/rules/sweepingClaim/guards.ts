// The sweeping-claim rule's own guards: when a superlative, a first or a universal is a claim about
// the world. Each is a Guard (guards/guard.ts) with sentences where it holds and where it does not,
// named by the rule's phrase entries beside the shared guards (guards/index.ts).

import type { MatchView } from '../rule';
import type { Guard } from '../../guards';
import { isCapitalized, type Token } from '../../text/tokens';
import { superlativeShaped } from '../words';
import { FINITE_AUXILIARIES } from '../../lexicon/shared';
import { COGNITION, SUPERLATIVES } from './lexicon';

const SCOPE_WORDS = new Set(['ever', 'since', 'history', 'world', 'country', 'nation', 'anywhere', 'record', 'memory', 'planet', 'universe', 'continent', 'europe', 'africa', 'asia', 'america', 'state', 'region', 'kingdom', 'empire', 'century', 'decade', 'generation', 'county', 'province', 'league', 'sport', 'recorded', 'available', 'market',
  'city', 'town', 'village', 'district', 'borough', 'parish', 'island', 'valley', 'sector', 'industry', 'profession', 'north', 'south', 'east', 'west', 'any',
  // "the largest known crystal": the largest anyone knows of.
  'known']);

/** The superlative is given a scope that makes it a checkable claim: "in history", "ever", "since 1989". */
function scoped(m: MatchView): boolean {
  if (m.wordBefore() === 'of' && m.wordBefore(2) === 'one') return true;
  if (populationFrame(m)) return true;
  // Ten words: "the most important source of books for working families before 1914".
  const ahead = m.wordsAfter(10);
  if (smallNamedSet(ahead)) return false;
  for (let i = 0; i < ahead.length; i++) {
    const w = ahead[i].lower;
    // "in the valley's woods": a possessive scope word is still the scope.
    const bare = w.endsWith("'s") ? w.slice(0, -2) : w;
    // "in non-league football", "the most-visited cross-border route": the last part of a compound.
    if (SCOPE_WORDS.has(bare) || (w.includes('-') && SCOPE_WORDS.has(w.slice(w.lastIndexOf('-') + 1)))) return true;
    if (w === 'time' && ahead[i - 1]?.lower === 'all') return true;
    if (w === 'date' && ahead[i - 1]?.lower === 'to') return true;
    const ranged = ahead.slice(0, i).some((t) => t.lower === 'in' || t.lower === 'of' || t.lower === 'on');
    // "in the north of England", "in Wales": a named place or body sets the scope ("I" names nothing).
    if (isCapitalized(ahead[i]) && w !== 'i' && ranged) return true;
    // "of the 1940s", "in 2019": a period ranks over everything in it.
    if (ahead[i].kind === 'number' && /^(1[0-9]|20)\d0s$|^(1[5-9]|20)\d\d$/.test(w) && ['in', 'of', 'during', 'the', 'before', 'until', 'after'].includes(ahead[i - 1]?.lower ?? '')) return true;
    // "in adults under 50", "among older women": a whole population is the field.
    if (POPULATIONS.has(w) && [ahead[i - 1]?.lower, ahead[i - 2]?.lower].some((p) => p === 'in' || p === 'among')) return true;
  }
  return false;
}

// Words that make a plural subject particular or personal: "These are the best seats", "Ours are the largest".
const NOT_GENERIC = new Set(['these', 'those', 'they', 'we', 'you', 'ours', 'yours', 'theirs', 'both', 'all', 'some', 'many', 'most', 'its', 'his', 'her', 'their',
  'our', 'my', 'your', 'the', 'this', 'that', 'there', 'here']);
const IRREGULAR_PLURALS = new Set(['people', 'children', 'women', 'men', 'police']);
const GENERIC_ADVERBS = new Set(['also', 'still', 'often', 'usually', 'generally', 'now', 'typically']);

/**
 * "Cyclists are the most vulnerable road users", "Postal surveys are the cheapest way to ...": a
 * bare plural subject makes the sentence about a whole kind, which is scope enough.
 */
function genericSubject(m: MatchView): boolean {
  let verb = m.first - 1;
  if (GENERIC_ADVERBS.has(m.tokens[verb]?.lower ?? '')) verb--;
  if (m.tokens[verb]?.lower !== 'are') return false;
  // The subject opens the sentence and is at most three words: checked before slicing, so a long
  // sentence with many "are the" stays linear.
  let start = 0;
  while (start < verb && m.tokens[start].kind === 'punct') start++;
  if (verb - start < 1 || verb - start > 3) return false;
  const subject = m.tokens.slice(start, verb);
  if (subject.some((t) => t.kind !== 'word' || NOT_GENERIC.has(t.lower))) return false;
  const head = subject[subject.length - 1].lower;
  return IRREGULAR_PLURALS.has(head) || (/[^su]s$/.test(head) && !/'s$|\u2019s$/.test(head));
}

const SMALL_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'both']);

/** "The cheapest of the three hotels": a ranking over a few the text itself names is no claim about the world. */
function smallNamedSet(ahead: readonly Token[]): boolean {
  if (ahead[0]?.lower !== 'of' || !['the', 'these', 'those', 'my', 'our', 'his', 'her', 'their'].includes(ahead[1]?.lower ?? '')) return false;
  const n = ahead[2];
  return n !== undefined && (SMALL_COUNTS.has(n.lower) || (n.kind === 'number' && /^\d$|^1[0-2]$/.test(n.text)));
}

// Groups a fronted frame ranks over: "For children, ...", "Among older adults, ...".
const POPULATIONS = new Set(['people', 'children', 'adults', 'women', 'men', 'girls', 'boys', 'teenagers', 'adolescents', 'infants', 'babies', 'toddlers', 'pensioners', 'households', 'families']);

/** "For children, cereal is the biggest source": the opening frame makes a whole population the scope. */
function populationFrame(m: MatchView): boolean {
  let start = 0;
  while (start < m.first && m.tokens[start].kind === 'punct') start++;
  if (!['for', 'among'].includes(m.tokens[start]?.lower ?? '')) return false;
  // The frame is short and closed by a comma: "For children under five,".
  let group = false;
  for (let i = start + 1; i < m.first && i <= start + 5; i++) {
    const t = m.tokens[i];
    if (t.text === ',') return group;
    if (t.kind === 'punct') return false;
    if (POPULATIONS.has(t.lower)) group = true;
  }
  return false;
}

// Superlatives by shape that rank nothing: "the latest figures", "the nearest station"; and
// more words that merely end in -est (the shared list is frozen with the hedge scorer's model).
const NOT_CLAIM_SUPERLATIVES = new Set(['latest', 'nearest', 'tempest', 'budapest', 'bucharest', 'ingest', 'congest', 'retest', 'pretest', 'incest', 'divest', 'molest', 'reinvest', 'deforest', 'reforest', 'dishonest', 'immodest', 'armrest', 'headrest', 'footrest', 'backrest', 'alkahest']);

// Heads of compounds that rank: "best-value", "longest-serving", "most-read".
const RANKING_HEADS = new Set(['best', 'worst', 'most', 'least']);
// Compounds led by a superlative that rank nothing: "the best-case figure", "the best-before date".
const NOT_RANKING_TAILS = new Set(['case', 'before', 'of', 'laid']);

/** Any superlative by its shape ("sharpest", "rarest"), so that the list below need not name them all. */
export function superlativeWord(word: string): boolean {
  const dash = word.indexOf('-');
  if (dash < 0) return superlativeShaped(word) && !NOT_CLAIM_SUPERLATIVES.has(word);
  // A compound ranks when a superlative leads it ("best-value", "longest-serving"); "the
  // second-largest" ranks second, not first, and "north-west" is no superlative at all. The
  // listed ones ("largest-ever") are in the class below.
  const head = word.slice(0, dash);
  const tail = word.slice(dash + 1);
  if (tail.includes('-') || NOT_RANKING_TAILS.has(tail)) return false;
  return RANKING_HEADS.has(head) || (superlativeShaped(head) && !NOT_CLAIM_SUPERLATIVES.has(head));
}

// What changed between versions of the thing described: "The biggest change in Quill 2 is the pen".
const CHANGES = new Set(['change', 'changes', 'difference', 'differences', 'improvement', 'improvements', 'upgrade', 'upgrades', 'addition', 'additions', 'update', 'updates']);
const TIME_SCOPES = new Set(['ever', 'since', 'history', 'record', 'recorded', 'memory', 'decade', 'decades', 'century', 'centuries', 'generation', 'generations', 'years']);

/**
 * The writer ranking the changes in what they describe, not the world's: "the biggest change in
 * the new model". Only a time scope ("since 1967", "in a generation") makes it a claim about history.
 */
function describesChange(m: MatchView): boolean {
  const ahead = m.wordsAfter(8);
  const noun = ahead[0]?.lower === 'single' ? ahead[1]?.lower : ahead[0]?.lower;
  if (!CHANGES.has(noun ?? '')) return false;
  return !ahead.some((t) => TIME_SCOPES.has(t.lower));
}

const ACHIEVEMENT_VERBS = new Set([
  'be', 'win', 'reach', 'climb', 'cross', 'use', 'receive', 'become', 'hold', 'make', 'have', 'achieve', 'introduce', 'publish', 'offer', 'build', 'fly', 'walk',
  'run', 'sail', 'discover', 'describe', 'record', 'perform', 'score', 'sign', 'travel', 'visit', 'complete', 'design', 'develop', 'create', 'establish', 'host',
  'launch', 'land', 'lead', 'earn', 'serve', 'appear', 'feature', 'sell', 'produce', 'adopt', 'ban', 'allow', 'legalize', 'legalise', 'elect', 'award', 'recognize',
  'recognise', 'play', 'release', 'open', 'enter', 'graduate', 'set', 'break', 'teach', 'write', 'translate', 'compose', 'invent', 'survive', 'swim', 'perform',
  'identify', 'observe', 'prove', 'map', 'photograph', 'broadcast', 'stage', 'top', 'do', 'go', 'see', 'use', 'defeat', 'beat', 'finish', 'qualify', 'study',
  // Claims of novelty in research: "the first to estimate", "the only study to measure".
  'estimate', 'examine', 'show', 'document', 'measure', 'test', 'analyse', 'analyze', 'investigate', 'demonstrate', 'quantify', 'explore', 'link', 'sequence',
  // Firsts of practice: "the first school to lock phones away", "the first service to carry bikes free".
  'lock', 'carry', 'change', 'replace', 'combine', 'require', 'apply', 'charge', 'bring', 'provide', 'treat', 'cure', 'detect', 'predict', 'connect', 'switch',
  'convert', 'abolish', 'pilot', 'trial', 'fit', 'install', 'print', 'grow', 'breed', 'export', 'import', 'admit', 'accept', 'employ', 'hire', 'pay', 'stock', 'brew',
]);

// Comparisons that make "no one else ..." a claim to be the only one.
const COMPARISON = new Set(['like', 'as', 'than', 'this', 'so', 'such', 'better', 'more', 'quite', 'way']);
// Fields "no one else in the ..." ranges over: a market or a world, not a room or a street.
const ELSE_SCOPES = new Set(['world', 'country', 'nation', 'industry', 'market', 'sector', 'business', 'trade', 'field', 'profession', 'league', 'sport', 'region', 'county', 'state', 'kingdom', 'continent']);
// Words ending in -s after "no one else" that are no present-tense claim ("No one else was there").
const NOT_PRESENT_CLAIMS = new Set(['was', 'is', 'has', 'as', 'this', 'its', 'his', 'always', 'thus', 'besides']);

/**
 * "No one else in the industry offers ...", "Nobody else makes ...": a field-wide scope or a
 * present-tense habit makes it a claim to be the only one; "Nobody else came" is one event.
 */
function onlyOneClaim(m: MatchView): boolean {
  if (m.wordsAfter(8).some((t) => COMPARISON.has(t.lower))) return true;
  const next = m.wordAfter();
  if (next === 'in') {
    const after = m.after(2);
    // "in Britain", "in the industry".
    if (after && isCapitalized(after)) return true;
    if (m.wordAfter(2) === 'the' && ELSE_SCOPES.has(m.wordAfter(3))) return true;
    return false;
  }
  return next === 'can' || next === 'does' || (/[^s]s$/.test(next) && !NOT_PRESENT_CLAIMS.has(next));
}

/** "has ever", "has yet", "had ever" within the few words after "no one" ("No one at the firm has ever ..."). */
function everOrYet(m: MatchView): boolean {
  const ahead = m.wordsAfter(7);
  for (let i = 0; i + 1 < ahead.length; i++) {
    if (['has', 'had', 'have'].includes(ahead[i].lower) && ['ever', 'yet'].includes(ahead[i + 1].lower)) return true;
  }
  return false;
}

// States that "no one ... was" denies of everyone ("untouched", "immune"): the claim is that all were affected.
const UNAFFECTED = new Set(['immune', 'spared', 'exempt', 'indifferent']);
const NOT_NEGATED_UN = new Set(['under', 'united', 'universal', 'unique', 'uniform', 'unit', 'union']);

// Third-person "-s" words after "no one" that are no habit ("No one else", "No one is").
const NOT_HABITS = new Set(['is', 'was', 'has', 'does', 'else', 'always', 'this', 'its', 'his', 'as', 'thus', 'yes']);

const HYPOTHETICAL = new Set(['would', "'d", 'could', 'should', 'might', 'may', 'can', 'must', 'had']);
const IRREGULAR_PAST = new Set(['came', 'went', 'saw', 'got', 'made', 'took', 'gave', 'had', 'did', 'said', 'told', 'found', 'knew', 'thought', 'became', 'ran', 'won', 'lost', 'left', 'met', 'paid', 'sent', 'felt', 'kept', 'held', 'brought', 'began', 'spoke', 'wrote', 'heard', 'stood', 'sat', 'fell', 'rose', 'ate', 'drove', 'flew', 'grew', 'threw', 'wore', 'sold', 'bought', 'caught', 'taught', 'fought', 'meant', 'read', 'led', 'let', 'put', 'set', 'cut', 'hit', 'quit']);

/**
 * "had never been in a mine", "never came up", "would never vote": "never" and "always" in a
 * told story (past perfect, past simple) or a hypothetical state a fact of the narrative, not a
 * rule about the world. The present ("never runs") and the perfect ("has never flooded") do.
 */
function narrativeOrHypothetical(m: MatchView): boolean {
  // "would never", "we'd never" (one token with its contraction).
  if (HYPOTHETICAL.has(m.wordBefore()) || m.wordBefore().endsWith("'d")) return true;
  // "has never flooded", "are never redesigned": the perfect and the present passive state a rule.
  if (m.words[0] !== 'never' || ['has', 'have', "'ve", "'s", 'is', 'are', "'re", 'am'].includes(m.wordBefore())) return false;
  const next = m.wordAfter();
  return IRREGULAR_PAST.has(next) || (next.endsWith('ed') && next.length > 4);
}

/** "No one in Kettleby uses", "Nobody walks": a present-tense verb, perhaps after a short "in/on/at" phrase. */
function presentHabit(m: MatchView): boolean {
  const ahead = m.wordsAfter(6);
  let i = 0;
  if (['in', 'on', 'at', 'from'].includes(ahead[0]?.lower ?? '')) {
    i = 1;
    while (i < ahead.length && i <= 4 && (isCapitalized(ahead[i]) || ['the', 'this', 'our', 'my', 'village', 'town', 'city', 'street', 'estate', 'valley', 'county', 'parish'].includes(ahead[i].lower))) i++;
  }
  const verb = ahead[i];
  return verb !== undefined && verb.kind === 'word' && !isCapitalized(verb) && /[^s]s$/.test(verb.lower) && !NOT_HABITS.has(verb.lower) && !NOT_PRESENT_CLAIMS.has(verb.lower) && !COGNITION.has(verb.lower);
}

/** "No one in the town was untouched", "Nobody ... remained unaware": a copula, then an "un-" state or "immune". */
function everyoneAffected(m: MatchView): boolean {
  const ahead = m.wordsAfter(8);
  for (let i = 0; i + 1 < ahead.length; i++) {
    if (!['was', 'is', 'were', 'are', 'remained', 'remains', 'stayed', 'felt', 'went'].includes(ahead[i].lower)) continue;
    const state = ahead[i + 1].lower;
    return UNAFFECTED.has(state) || (state.startsWith('un') && state.length > 5 && !NOT_NEGATED_UN.has(state) && /(ed|aware|able|ible|ful)$/.test(state));
  }
  return false;
}

// Third-person forms that are no present-tense claim after "no other <noun>" ("No other details is" is not English).
const NOT_PRESENT_AFTER_OTHER = new Set([...NOT_PRESENT_CLAIMS, 'this', 'less', 'bus', 'gas', 'plus', 'yes', 'us']);

/**
 * "No other ferry on the coast carries bicycles": a singular noun and a present-tense verb make it
 * a claim to be the only one. A plural head ("No other injuries were reported") tells of one event.
 */
function noOtherClaim(m: MatchView): boolean {
  const ahead = m.wordsAfter(7);
  const head = ahead[0];
  if (!head || head.kind !== 'word' || /s$/.test(head.lower)) return false;
  for (let i = 1; i < ahead.length; i++) {
    const w = ahead[i].lower;
    if (w === 'can' || w === 'does') return true;
    // "No other feature film has been shot on the island": a record for all time, in the perfect.
    if ((w === 'has' || w === 'have') && (ahead[i + 1]?.lower === 'been' || ahead[i + 1]?.lower === 'ever')) return true;
    // "No other town has so many lakes": after an auxiliary only a comparison makes the claim;
    // "No other person was hurt in the crashes" is one event.
    if (FINITE_AUXILIARIES.has(w)) return ahead.slice(i + 1).some((t) => ['so', 'such', 'as', 'more', 'than', 'like'].includes(t.lower));
    if (/[^s]s$/.test(w) && !NOT_PRESENT_AFTER_OTHER.has(w)) return true;
  }
  return false;
}


// The text's own apparatus: a model it sets out, its data, its tables and estimates.
const TEXT_APPARATUS = new Set(['model', 'models', 'table', 'tables', 'sample', 'samples', 'data', 'dataset', 'figure', 'chart', 'diagram', 'example', 'examples', 'list', 'simulation', 'simulations', 'specification', 'specifications', 'regression', 'regressions', 'estimate', 'estimates', 'column', 'columns', 'row', 'rows', 'equation', 'equations', 'scenario', 'scenarios', 'appendix', 'chapter', 'section', 'exercise']);

/** "in the basic model", "in our sample": a scope inside the text itself, which the reader can check there. */
function ownFrameAt(ahead: readonly { lower: string }[], i: number): boolean {
  if (ahead[i]?.lower !== 'in' || !['the', 'this', 'these', 'our', 'my'].includes(ahead[i + 1]?.lower ?? '')) return false;
  // The noun may follow an adjective or two: "in the basic two-sector model".
  for (let j = i + 2; j < ahead.length && j <= i + 4; j++) {
    if (TEXT_APPARATUS.has(ahead[j].lower)) return true;
    if (['of', 'in', 'that', 'which', 'who', 'to'].includes(ahead[j].lower)) return false;
  }
  return false;
}

/** "The largest estimate is the only one that ...": "one" stands for the text's own estimates, named in the subject. */
function ownFrameSubject(m: MatchView): boolean {
  for (let i = m.first - 1; i >= 0 && i >= m.first - 10; i--) {
    const t = m.tokens[i];
    if (t.kind === 'punct') return false;
    if (TEXT_APPARATUS.has(t.lower)) return true;
  }
  return false;
}

const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
// Capitalised words after "in" that are no place: "coming to the first model in November".
const NOT_PLACES = new Set(['i', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'spring', 'summer', 'autumn', 'winter']);
// Words that tie a kind to one place after "the only <noun>": "the only mammal endemic to the island".
const BELONGS_ONLY = new Set(['endemic', 'native', 'indigenous', 'unique', 'exclusive', 'peculiar']);

/** "the first woman to climb", "the only town in the county": an ordinal used as a claim, not a count. */
function firstAsClaim(m: MatchView): boolean {
  // "the First World War", "the First Minister": part of a name.
  if (isCapitalized(m.token(1))) return false;
  if (['time', 'day', 'week', 'year', 'month', 'half', 'round', 'stop', 'chapter', 'page', 'step', 'part', 'floor', 'act', 'scene', 'phase', 'stage', 'season', 'edition', 'issue', 'episode', 'volume', 'leg', 'match', 'game', 'quarter', 'period', 'term', 'draft', 'batch', 'wave', 'line', 'paragraph', 'section', 'count', 'ballot', 'vote', 'reading', 'attempt', 'try', 'test', 'sample', 'visit', 'course', 'layer', 'coat', 'room', 'house', 'door', 'bend', 'lap', 'mile', 'minute', 'hour', 'night', 'morning'].includes(m.wordAfter())) return false;
  const only = m.words[1] === 'only';
  if (only && ['one', 'ones'].includes(m.wordAfter()) && ownFrameSubject(m)) return false;
  const ahead = m.wordsAfter(7);
  // "the only drink allowed before the test": a rule the text sets, not a claim about the world.
  if (only && ahead.slice(1, 3).some((t) => ['allowed', 'permitted'].includes(t.lower))) return false;
  for (let i = 0; i < ahead.length; i++) {
    const w = ahead[i].lower;
    if (w === 'ever' || w === 'known') return true;
    // "the only mammal endemic to Scotland", "the only species native to the islands".
    if (only && i > 0 && i <= 3 && BELONGS_ONLY.has(w) && (w === 'endemic' || ahead[i + 1]?.lower === 'to')) return true;
    if (ownFrameAt(ahead, i)) return false;
    if (w === 'to' && ACHIEVEMENT_VERBS.has(ahead[i + 1]?.lower ?? '')) return true;
    // "the only town in the county", "the first of its kind": exclusivity within a stated scope.
    // ("in this exhibition", "in this room": the writer's own surroundings, not a claim.)
    if (w === 'in' && ['this', 'these'].includes(ahead[i + 1]?.lower ?? '')) return false;
    // "the only wine in my line-up": the writer's own set.
    if (w === 'in' && ['my', 'our'].includes(ahead[i + 1]?.lower ?? '')) return false;
    // "the first school in England to ...": a named place is the field.
    if (w === 'in' && ahead[i + 1] !== undefined && isCapitalized(ahead[i + 1]) && !NOT_PLACES.has(ahead[i + 1].lower) && i > 0 && !isCapitalized(ahead[0])) return true;
    // "in the county", "in the two valleys" (a count before the scope word).
    const scopeAt = COUNT_WORDS.has(ahead[i + 2]?.lower ?? '') ? i + 3 : i + 2;
    const scope = ahead[scopeAt]?.lower ?? '';
    if (w === 'in' && ['the', 'its', 'their', 'his', 'her'].includes(ahead[i + 1]?.lower ?? '') && (only || SCOPE_WORDS.has(scope) || SCOPE_WORDS.has(scope.replace(/s$/, '')))) return true;
    if (w === 'of' && ahead[i + 1]?.lower === 'its' && ahead[i + 2]?.lower === 'kind') return true;
    // "the only vaccine that protects against both strains": exclusivity stated as fact.
    if (only && i > 0 && ['that', 'which', 'who'].includes(w)) return true;
    if (SCOPE_WORDS.has(w) && w !== 'since') return true;
  }
  return false;
}

/** The superlative ranks within a scope that makes it a checkable claim, or over a whole kind. */
export const rankedInScope: Guard = {
  description: 'A scope follows ("in history", "ever", "since 1989", "in Wales"), a population frame opens the sentence, or a bare plural subject makes it a claim about a kind',
  holds: (m) => scoped(m) || genericSubject(m),
  examples: {
    holds: ["It was *the largest* protest in the country's history.", 'It is one of *the oldest* bridges in Europe.', 'For babies, *the greatest* danger at home is a loose blind cord.', 'Otters are *the most* playful animals on the river.'],
    not: ['*The tallest* of the three sisters plays the cello.', 'These are *the best* seats in the house.', 'It was *the best* soup.'],
  },
};

/** "The biggest change in the new model": the writer ranks the changes in what they describe. */
export const changeRanking: Guard = {
  description: 'The superlative ranks the changes in what is described ("the biggest change in the Mark II"), with no time scope',
  holds: describesChange,
  examples: {
    holds: ['*The largest* difference in the Mark II is the heavier boiler.', '*The biggest* single change is the pen.'],
    not: ["It was *the biggest* change in Harland's tax law since 1971.", 'It was *the largest* protest in the county.'],
  },
};

/** "the world's largest", "the club's longest-serving": a superlative after the possessive. */
export const superlativeFollows: Guard = {
  description: 'A listed superlative or a word shaped like one ("-est", "best-value") follows the match',
  holds: (m) => SUPERLATIVES.has(m.wordAfter()) || superlativeWord(m.wordAfter()),
  examples: {
    holds: ["It is *the world's* largest salt mine.", "He was *the club's* longest-serving captain.", "It is *the valley's* best-known walk."],
    not: ["*The school's* second-largest hall was shut.", "*The club's* latest signing is a goalkeeper.", "*The town's* harvest fair is in May."],
  },
};

/** "the first woman to climb", "the only town in the county": an ordinal as a claim, not a count. */
export const ordinalClaim: Guard = {
  description: '"the first" or "the only" as a claim: an achievement ("to climb"), a scope ("in the county", "ever") or exclusivity stated as fact',
  holds: firstAsClaim,
  examples: {
    holds: ['She was *the first* woman to climb the north face.', 'It is now *the only* village in the valley with a cinema.', 'The newt is *the only* amphibian native to the island.'],
    not: ['*The first* chapter describes the harbour.', 'This is *the first* time the choir has toured.', 'The smallest estimate is *the only* one that uses tax records.', 'Tea is *the only* drink allowed in the hour before the scan.'],
  },
};

/** "had never been", "never came up", "would never": a told story or a hypothetical. */
export const toldOrHypothetical: Guard = {
  description: '"never"/"always" after a modal or "had", or "never" before a past form: a fact of the narrative or a hypothetical, not a rule about the world',
  holds: narrativeOrHypothetical,
  examples: {
    holds: ['The mayor had *never* been inside the plant before the visit.', 'The question of fares *never* came up.', 'Most commuters would *never* pay that much.', "We'd *never* seen it so full."],
    not: ['The river has *never* flooded the old town.', 'The ferry *never* runs on time.', 'The festival has *always* been free.'],
  },
};

/** "No one else in the industry offers ...": a claim to be the only one. */
export const onlyOne: Guard = {
  description: 'After "no one else": a comparison, a field-wide scope ("in the industry", "in Britain") or a present-tense habit',
  holds: onlyOneClaim,
  examples: {
    holds: ['*No one else* in the league trains this hard.', '*Nobody else* makes violins like these.', '*No one else* in the trade sells spare parts.'],
    not: ['*No one else* was on the platform.', '*Nobody else* came to the door.', '*No one else* in the room spoke.'],
  },
};

/** "No one has ever crossed the bay": a record claimed for all time. */
export const everOrYetFollows: Guard = {
  description: '"has ever", "has yet", "had ever" in the seven words after the match',
  holds: everOrYet,
  examples: {
    holds: ['*No one* has ever crossed the bay in winter.', '*No one* at the depot has ever been fined for it.', '*Nobody* has yet found the source.'],
    not: ['*No one* at the depot has been fined.', '*No one* ever came.'],
  },
};

/** "No one in Dunmore uses the ferry": a habit denied of everyone, in the present. */
export const habitDenied: Guard = {
  description: 'A present-tense verb ("uses", "walks") right after the match or after a short "in/on/at" phrase',
  holds: presentHabit,
  examples: {
    holds: ['*No one* in Dunmore uses the old ferry.', '*Nobody* on the estate walks to work.'],
    not: ['*No one* was hurt.', '*No one* is sure when the mill closed.', '*No one* in the town knows it.'],
  },
};

/** "No one in the valley was untouched": a double negative that says everyone was. */
export const allAffected: Guard = {
  description: 'A copula after the match, then an "un-" state ("untouched", "unaware") or "immune", "spared", "exempt"',
  holds: everyoneAffected,
  examples: {
    holds: ['*No one* in the valley was untouched by the closures.', '*No one* in the county is immune to the rise.'],
    not: ['*No one* was hurt in the fire.', '*No one* in the crew was under 30.'],
  },
};

/** "No other ferry on the coast carries bicycles": a claim to be the only one. */
export const noOther: Guard = {
  description: 'After "no other": a singular noun, then a present-tense verb, "can", "does", "has been", or an auxiliary with a comparison',
  holds: noOtherClaim,
  examples: {
    holds: ['*No other* ferry on the coast carries bicycles free.', '*No other* town has so many lakes.', '*No other* feature film has been shot on the island.'],
    not: ['*No other* injuries were reported.', '*No other* person was hurt in the crash.'],
  },
};
