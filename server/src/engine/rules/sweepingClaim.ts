// "The largest protest in history", "the first woman to", "always", "was behind": big claims, no source.

import { MatchView, type Rule } from './rule';
import { isCapitalized, opensContrast, type Token } from '../text/tokens';
import { appendAttribution } from './rewrite';
import { superlativeShaped } from './words';
import { framedAsOwnOpinion } from './opinion';

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
function superlativeWord(word: string): boolean {
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

const WRITER_WORDS = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

/** The writer is in the ten words after the match ("No one on my street"): their own world, not everyone's. */
function writerAhead(m: MatchView): boolean {
  return m.wordsAfter(10).some((t) => WRITER_WORDS.has(t.lower));
}

/** The clause before the match is about the writer: "I have baked it 23 times, always ...". */
function firstPersonClause(m: MatchView): boolean {
  if (firstPersonWithin(m.tokens, m.first - 1, 12)) return true;
  // "We felt a judder on two of our 20 hill starts, and it never lasted ...": a clause joined by
  // ", and" still reports what the writer saw.
  const join = andJoinBefore(m.tokens, m.first);
  return join >= 0 && firstPersonWithin(m.tokens, join - 2, 25);
}

/** An "I" or "we" in the `reach` tokens back from `from`, not across a semicolon or a contrast. */
function firstPersonWithin(tokens: readonly Token[], from: number, reach: number): boolean {
  for (let i = from; i >= 0 && i > from - reach; i--) {
    if (tokens[i].text === ';' || opensContrast(tokens, i)) return false;
    if (tokens[i].lower === 'i' || tokens[i].lower === 'we') return true;
  }
  return false;
}

/** Where ", and" joins the clause holding `at` to the one before it (within 30 tokens), or -1. */
function andJoinBefore(tokens: readonly Token[], at: number): number {
  for (let i = at - 1; i > 0 && i >= at - 30; i--) {
    if (tokens[i].text === ';' || opensContrast(tokens, i)) return -1;
    if (tokens[i].lower === 'and' && tokens[i - 1].text === ',') return i;
  }
  return -1;
}

// Words after a clause-opening "Always"/"Never" that cannot be a bare verb: auxiliaries ("Never
// has the river ..."), function words, and adjectives of the fronted-description kind ("Always busy, ...").
const NOT_BARE_VERBS = new Set([
  'a', 'an', 'the', 'one', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'should',
  'may', 'might', 'must', 'shall', 'before', 'again', 'since', 'in', 'on', 'at', 'for', 'with', 'to', 'by', 'from', 'up', 'down', 'out', 'off', 'so', 'more',
  'less', 'very', 'quite', 'too', 'once', 'ever', 'yet', 'there', 'here', 'then', 'still', 'just', 'only', 'even', 'much', 'all', 'not', 'no', 'this', 'that',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'as', 'than', 'such', 'first', 'last', 'popular', 'busy',
  'open', 'late', 'early', 'ready', 'happy', 'free', 'enough', 'far', 'quick', 'short', 'long', 'true', 'sure', 'easy', 'good', 'bad', 'safe', 'calm', 'alone',
  'welcome', 'keen', 'shy', 'slow', 'fast', 'cheap', 'full', 'empty', 'wrong', 'right', 'likely',
]);
// Bare verbs that end like adjectives: "Never give", "Never drive", "Never panic".
const VERBS_WITH_ADJECTIVE_ENDINGS = new Set([
  'give', 'drive', 'live', 'arrive', 'forgive', 'survive', 'dive', 'strive', 'revive', 'deprive', 'receive', 'believe', 'achieve', 'relieve', 'retrieve',
  'deceive', 'perceive', 'panic', 'mimic', 'dial', 'signal', 'total', 'rival', 'pedal',
]);

/**
 * "Always rinse the jars", "Never leave the stove on": an instruction to the reader, not a claim
 * about the world. The cue opens the sentence (or a clause after a colon) and a bare verb follows.
 */
function opensInstruction(m: MatchView): boolean {
  const before = m.before();
  const opens = m.atSentenceStart || (before !== undefined && [':', ';'].includes(before.text)) || (m.wordBefore() === 'please' && (m.before(2) === undefined || m.before(2)?.kind === 'punct'));
  const next = m.after();
  if (!opens || !next || next.kind !== 'word' || isCapitalized(next)) return false;
  const w = next.lower;
  // Participles, adverbs, a third-person "-s" and adjective endings are no bare verb ("Never seen", "Always nearby").
  return !NOT_BARE_VERBS.has(w) && (VERBS_WITH_ADJECTIVE_ENDINGS.has(w) || !/(ly|ed|ing|ous|ful|ive|able|ible|ic|[^e]al|[^s]s)$/.test(w));
}

// What "everyone" and "no one" are said to know or think: the universal is the claim.
const COGNITION = new Set(['knows', 'knew', 'agrees', 'agreed', 'believes', 'believed', 'thinks', 'thought', 'doubts', 'doubted', 'disputes', 'disputed', 'denies', 'denied', 'understands', 'understood', 'expects', 'expected', 'remembers', 'remembered', 'questions', 'questioned', 'loves', 'loved', 'wants', 'wanted', 'likes', 'liked', 'accepts', 'accepted', 'recognizes', 'recognises', 'recognized', 'recognised', 'trusts', 'trusted', 'suspects', 'suspected',
  // Feelings claimed for everyone: "no one feels any pain", "everyone enjoys the climb".
  'feels', 'notices', 'minds', 'regrets', 'enjoys']);

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

/** "No one in Kettleby uses", "Nobody walks": a present-tense verb, perhaps after a short "in/on/at" phrase. */
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

const AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'did', 'do', 'shall']);
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
    if (AUXILIARIES.has(w)) return ahead.slice(i + 1).some((t) => ['so', 'such', 'as', 'more', 'than', 'like'].includes(t.lower));
    if (/[^s]s$/.test(w) && !NOT_PRESENT_AFTER_OTHER.has(w)) return true;
  }
  return false;
}


/** What a claim of blame is about: a share of something, or a change ("responsible for most of the rise"). */
const SHARE_WORDS = new Set(['most', 'much', 'half', 'nearly', 'almost', 'roughly', 'about', 'around', 'over', 'more', 'two-thirds', 'three-quarters']);
const EFFECT_NOUNS = new Set(['rise', 'fall', 'increase', 'decrease', 'decline', 'drop', 'growth', 'recovery', 'surge', 'spread', 'outbreak', 'deaths', 'collapse', 'loss', 'losses', 'damage', 'failure', 'shortage', 'crisis', 'slump', 'boom', 'delays', 'fire', 'attack', 'attacks', 'leak', 'crash']);

// The text's own apparatus: a model it sets out, its data, its tables and estimates.
const OWN_FRAMES = new Set(['model', 'models', 'table', 'tables', 'sample', 'samples', 'data', 'dataset', 'figure', 'chart', 'diagram', 'example', 'examples', 'list', 'simulation', 'simulations', 'specification', 'specifications', 'regression', 'regressions', 'estimate', 'estimates', 'column', 'columns', 'row', 'rows', 'equation', 'equations', 'scenario', 'scenarios', 'appendix', 'chapter', 'section', 'exercise']);

/** "in the basic model", "in our sample": a scope inside the text itself, which the reader can check there. */
function ownFrameAt(ahead: readonly { lower: string }[], i: number): boolean {
  if (ahead[i]?.lower !== 'in' || !['the', 'this', 'these', 'our', 'my'].includes(ahead[i + 1]?.lower ?? '')) return false;
  // The noun may follow an adjective or two: "in the basic two-sector model".
  for (let j = i + 2; j < ahead.length && j <= i + 4; j++) {
    if (OWN_FRAMES.has(ahead[j].lower)) return true;
    if (['of', 'in', 'that', 'which', 'who', 'to'].includes(ahead[j].lower)) return false;
  }
  return false;
}

/** "The largest estimate is the only one that ...": "one" stands for the text's own estimates, named in the subject. */
function ownFrameSubject(m: MatchView): boolean {
  for (let i = m.first - 1; i >= 0 && i >= m.first - 10; i--) {
    const t = m.tokens[i];
    if (t.kind === 'punct') return false;
    if (OWN_FRAMES.has(t.lower)) return true;
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

// The listed superlatives, also asked for by entries that test the word after a possessive.
const SUPERLATIVE_LIST = ['largest', 'biggest', 'oldest', 'tallest', 'longest', 'highest', 'fastest', 'richest', 'deadliest', 'greatest', 'best', 'worst', 'smallest', 'lowest', 'youngest', 'strongest', 'busiest', 'wealthiest', 'finest', 'heaviest', 'hottest', 'coldest', 'wettest', 'driest', 'costliest', 'poorest', 'safest', 'cheapest', 'most', 'least', 'best-selling', 'most-watched', 'most-visited', 'largest-ever', 'worst-ever'];
const SUPERLATIVES = new Set(SUPERLATIVE_LIST);
// What everyone who has had the experience is said to find: "Everyone who tries it", "No one who walks it".
const EXPERIENCE_LIST = ['tries', 'tried', 'tastes', 'tasted', 'visits', 'visited', 'meets', 'met', 'reads', 'read', 'hears', 'heard', 'sees', 'seen', 'uses', 'used', 'knows', 'known', 'eats', 'eaten', 'drinks', 'drunk', 'stays', 'stayed', 'plays', 'played', 'buys', 'bought', 'owns', 'owned', 'watches', 'watched',
  'walks', 'walked', 'climbs', 'climbed', 'hikes', 'hiked', 'rides', 'ridden', 'swims', 'swum', 'attends', 'attended'];
const EXPERIENCE = new Set(EXPERIENCE_LIST);

export const sweepingClaim: Rule = {
  id: 'unattributed/sweeping-claim',
  category: 'unattributed',
  defaultSeverity: 'warning',
  description: 'Superlatives, firsts, universals, blame, unsourced: "the largest", "never", "was behind"',
  span: 'the cue: "the largest" (or any "-est" superlative: "the sharpest", or a compound led by one: "the best-value"), a possessive with its superlative ("the world\'s largest", "the school\'s longest-serving"), "the first" (as a claim), "the only", "the most" + adjective ("the most popular"), "the best", "a record", "always", "never", "everyone", "no one", "no other", "all experts", "is responsible for", "was behind"',
  message: (flagged) => `"${flagged}" makes a sweeping claim with no source in the sentence.`,
  why: 'Superlatives, firsts, universals and claims of blame are the statements readers most often doubt; they need a source right where they are made.',
  guideline: 'Wikipedia WP:V and MOS:PUFFERY; AP: attribute disputable facts in the same sentence',
  fixes: ['citation-needed'],
  clearedBy: 'attribution',
  rewrite: (sentence) => appendAttribution(sentence),
  phrases: {
    classes: {
      // Places and institutions whose superlative is a record claim. Works ("the book's best chapter")
      // are left out: ranking the parts of what one reviews is the critic's judgement.
      possessors: ["world's", "nation's", "country's", "continent's", "planet's", "region's", "industry's", "city's", "county's", "state's", "town's", "village's",
        "parish's", "island's", "valley's", "province's", "district's", "borough's", "school's", "college's", "university's", "club's", "league's", "division's",
        "company's", "firm's", "party's", "army's", "navy's", "church's", "cathedral's", "hospital's", "museum's", "orchestra's", "choir's", "team's", "sport's"],
      superlative: SUPERLATIVE_LIST,
      holders: ['experts', 'scientists', 'historians', 'scholars', 'economists', 'doctors', 'critics', 'analysts'],
      blameBe: ['was', 'were', 'is', 'are', 'has been', 'have been'],
      experience: EXPERIENCE_LIST,
      blameDegree: ['largely', 'solely', 'directly', 'partly', 'chiefly', 'mainly', 'ultimately', 'personally', 'allegedly'],
    },
    entries: [
      {
        pattern: 'the @superlative',
        // "the most popular": the adjective is part of the claim.
        extend: (m) => (['most', 'least'].includes(m.words[1]) && m.after()?.kind === 'word' ? 1 : 0),
        flag: ['It was the largest protest in the country\'s history.', 'The biggest known nugget was dug up at Dunmore in 1921.', 'The bakery sells the best bread in the world.', 'It is one of the oldest bridges in Europe.', 'The storm was the deadliest since records began.', 'For babies, the greatest danger at home is a loose blind cord.', 'It was the biggest change in Harland\'s tax law since 1971.',
          'It was the most recorded folk song of the 1960s.', 'Chapels were the most important meeting places for farming families before 1900.', 'Asthma is the most common long-term illness in children.', 'He is the most capped goalkeeper in non-league football.', 'Otters are the most playful animals on the river.'],
        pass: ['It was the largest protest since 1989, according to police estimates.', 'The tallest of the three sisters plays the cello.', 'Most of the shops close at six.', 'The largest difference in the Mark II is the heavier boiler.',
          'For my money, it is the best pie in the county.', 'It was the best soup I ate in the whole of Spain.', 'The cheapest of the four flats I saw was in the old town.', 'These are the best seats in the house.'],
        when: (m) => (scoped(m) || genericSubject(m)) && !framedAsOwnOpinion(m) && !describesChange(m),
      },
      {
        // "the sharpest", "the rarest": any superlative by its shape, under the same conditions.
        pattern: 'the',
        extend: () => 1,
        flag: ['The screen is the crispest display on the market.', 'It is the rarest orchid in the county.', 'It is the best-known cave in the county.', 'Cotton towels are the softest choice.'],
        pass: ['The rangers walked through the forest in the north of the county.', 'The latest timetable is on the station wall in the town.', 'The sharpest of the three knives is on the left.',
          'The grip is the firmest I have tested on any kettle.', 'The plan assumes the worst-case flood in the valley.'],
        when: (m) => {
          if (!superlativeWord(m.wordAfter()) || m.after()?.kind !== 'word') return false;
          const view = new MatchView(m.tokens, m.first, m.first + 2);
          return (scoped(view) || genericSubject(view)) && !framedAsOwnOpinion(view) && !describesChange(view);
        },
      },
      {
        // "the world's most advanced", "the school's longest-serving": the possessive is the scope.
        pattern: 'the @possessors',
        extend: (m) => (m.after()?.kind !== 'word' ? 0 : ['most', 'least'].includes(m.wordAfter()) && m.after(2)?.kind === 'word' ? 2 : 1),
        flag: ["It is the world's largest salt mine.", "The firm makes the country's most popular bicycle.", "He was the club's longest-serving captain.", "The chapel is the parish's oldest building.", "It is the valley's best-known walk."],
        pass: ["It is the world's largest salt mine, according to the mining board.", "For me it is the city's finest bakery.", "The school's second-largest hall was shut.", "The club's latest signing is a goalkeeper."],
        when: (m) => (SUPERLATIVES.has(m.wordAfter()) || superlativeWord(m.wordAfter())) && !framedAsOwnOpinion(m),
      },
      {
        pattern: 'the first|only',
        flag: ['She was the first woman to climb the north face.', 'It is the only covered bridge in the world still carrying trains.', 'It is now the only village in the valley with a cinema.', 'This survey is the first to measure noise on the estate.', 'The newt is the only amphibian native to the island.', 'It is the only fern endemic to the gorge.', 'She is the only one to have rowed it twice.', 'This engine is the only one that still runs on coal.', 'Kelso Academy was the first school in Wales to lock phones away for the whole day.', 'The ferry would be the first service to carry bikes free.'],
        pass: ['The first chapter describes the harbour.', 'Our first stop is the museum.', 'This is the first time the choir has toured.', 'He was the only child of a weaver.', 'She has run the bakery opposite the first stop since 1998.', 'This is the only price in the two-sector model that falls.', 'The smallest estimate is the only one that uses tax records.', 'Tea is the only drink allowed in the hour before the scan.', 'The update also comes to the first Brio as a free download in May.'],
        when: (m) => firstAsClaim(m) && !framedAsOwnOpinion(m),
      },
      {
        // "more passengers than any other line": a comparison with everything is a superlative.
        pattern: 'than any other|anyone|anything|ever',
        flag: ['The ferry carries more cars than any other route on the coast.'],
        pass: ['"It is busier than ever," the harbour master said.', 'The page had more visits than any other page on our website.'],
        // "than any other page on our website": a ranking over the writer's own things.
        when: (m) => !m.wordsAfter(7).some((t) => t.lower === 'our' || t.lower === 'my'),
      },
      {
        pattern: 'first-ever|record-breaking|unprecedented|all-time_high|all-time_low|never_before',
        flag: ['The festival drew record-breaking crowds.', 'Prices hit an all-time high in March.', 'The flood caused unprecedented damage.'],
      },
      {
        pattern: 'a record',
        flag: ['A record 40,000 runners took part.', 'The airport handled a record number of passengers.', 'That was a record for a Scottish cheese at auction.'],
        pass: ['She kept a record of every visitor.', 'The clerk keeps a record for each meeting.'],
        // "That was a record for a British pinot": the record itself, after "be".
        when: (m) => m.after()?.kind === 'number' || ['number', 'high', 'low', 'crowd', 'turnout', 'amount', 'year', 'season', 'attendance', 'sum', 'total'].includes(m.wordAfter()) || (['was', 'is', 'were', 'are', "'s"].includes(m.wordBefore()) && ['for', 'in', 'at'].includes(m.wordAfter())),
      },
      {
        pattern: 'always|never',
        flag: ['The river has never flooded the old town.', 'The festival has always been free.', 'The chairman has never answered the letters.', 'Never has the harbour been so full.', 'Always popular with walkers, the ridge path is now closed.', 'The ferry never runs on time.'],
        pass: ['The chairman never answered the letters that week.', 'The mayor had never been inside the plant before the visit.', 'The question of fares never came up.', 'Most commuters would never pay that much.', 'The council will never agree to it, she said.', 'I have walked this path a hundred times, always in the rain.', 'As always, the choir sang last.', 'You never know what the tide will bring.', 'I never saw the lighthouse lit.', 'Always label the jars with the date you filled them.', 'We heard a rattle on three of our 30 test drives, and it never lasted long.', 'Never leave a dog in a parked car, even for a few minutes.', 'Never give the dog chocolate.', 'Never drive after taking the tablets.', 'One rule for the kiln: never lift the lid while it is hot.'],
        // The writer's own habits ("I never saw", "I have baked it ..., always in the same tin"),
        // idioms ("as always", "never mind"), questions and instructions are not claims.
        // A told story ("had never been", "never came up") and a hypothetical ("would never") claim no rule.
        when: (m) => !['as', 'i', 'we', 'you', 'almost', 'nearly'].includes(m.wordBefore()) && !['mind', 'ever'].includes(m.wordAfter()) && !firstPersonClause(m) && !opensInstruction(m) && !narrativeOrHypothetical(m),
      },
      {
        pattern: 'everyone|everybody|no_one|nobody',
        flag: ['Everyone knows the pier is unsafe.', 'No one disputes that the harbour needs dredging.', 'Everyone in the village knew about the tunnel.', 'After the injection, no one feels any pain.'],
        pass: ['No one was hurt in the fire, the fire service said.', 'Everyone in the village came to the fair.'],
        when: (m) => m.wordsAfter(5).some((t) => COGNITION.has(t.lower)),
      },
      {
        // "No one else makes violins like these": a claim to be the only one, as "the only" is.
        pattern: 'no_one|nobody else',
        flag: ['No one else in the league trains this hard.', 'Nobody else makes violins like these.', 'No one else in the trade sells spare parts for ten years.', 'Nobody else stocks the old brass fittings.', 'In the 1950s she studied lichens, which no one else in Norway was doing.'],
        pass: ['No one else was on the platform when I arrived.', 'Nobody else came to the door.', 'No one else in the room spoke.', 'Nobody else has a key to the shed.'],
        when: (m) => onlyOneClaim(m) && !firstPersonClause(m) && !m.wordsAfter(8).some((t) => ['i', 'me', 'we', 'us'].includes(t.lower)),
      },
      {
        // "No one has ever crossed the bay in winter", "No one at the mill has yet explained": a record
        // claimed for all time, also after a phrase that narrows "no one".
        pattern: 'no_one|nobody',
        flag: ['No one has ever crossed the bay in winter.', 'No one at the depot has ever been fined for it.', 'Nobody has yet found the source of the spring.'],
        pass: ['No one had ever told me about the tunnel.', 'No one at the depot has been fined, the company said.', 'No one in the office had yet heard from us.'],
        when: (m) => everOrYet(m) && !m.wordsAfter(10).some((t) => ['me', 'us', 'i', 'we'].includes(t.lower)),
      },
      {
        // "No other bakery on the coast sells rye": a claim to be the only one, as "the only" is.
        pattern: 'no other',
        flag: ['No other ferry on the coast carries bicycles free.', 'No other kettle at this price boils so quietly.', 'No other feature film has been shot on the island.'],
        pass: ['No other injuries were reported.', 'No other passengers were on board.', 'No other bakery I know sells rye.', 'No other details were given.', 'No other guests had arrived by then.'],
        when: (m) => noOtherClaim(m) && !firstPersonClause(m) && !m.wordsAfter(8).some((t) => ['i', 'me', 'we', 'us'].includes(t.lower)),
      },
      {
        // "No one in Kettleby uses the Sunday bus": a habit denied of everyone, in the present.
        pattern: 'no_one|nobody',
        flag: ['No one in Dunmore uses the old ferry.', 'Nobody on the estate walks to work.'],
        pass: ['No one is sure when the mill closed, the parish records say.', 'No one was hurt.', 'No one on my street uses the old ferry.', 'The garden suffers if no one waters it in July.'],
        // "if no one takes the time": a condition, not a claim.
        when: (m) => presentHabit(m) && !['if', 'unless', 'when', 'whenever', 'until', 'once', 'whether'].includes(m.wordBefore()) && !firstPersonClause(m) && !writerAhead(m),
      },
      {
        // "No one in the town was untouched by the trade": a double negative that says everyone was.
        pattern: 'no_one|nobody',
        flag: ['No one in the valley was untouched by the closures.', 'Nobody on the estate remained unaware of the plan.', 'No one in the county is immune to the rise in fares.'],
        pass: ['No one was hurt in the fire.', 'No one in the crew was under 30, the captain said.', 'No one on my street was unaware of the meeting.'],
        when: (m) => everyoneAffected(m) && !firstPersonClause(m) && !writerAhead(m),
      },
      {
        // "No one who climbs the tower regrets it": the same claim about everyone's experience, negated.
        pattern: 'no_one|nobody',
        flag: ['No one who climbs the tower regrets the steps.', 'Nobody who has tasted the cheese forgets it.'],
        pass: ['No one who came to the fair went home empty-handed, the organisers said.', 'No one who walked the route with me was hurt.'],
        when: (m) => {
          let k = 1;
          if (!['who', 'that'].includes(m.wordAfter(k++))) return false;
          if (['has', 'have'].includes(m.wordAfter(k))) k++;
          return EXPERIENCE.has(m.wordAfter(k)) && !firstPersonClause(m) && !m.wordsAfter(10).some((t) => ['i', 'me', 'we', 'us'].includes(t.lower));
        },
      },
      {
        // "Everyone who tries the bread comes back": what everyone's experience is, as a fact.
        pattern: 'everyone|everybody|anyone|anybody who|that has|have? @experience',
        flag: ['Everyone who tries the bread comes back for more.', 'Anyone who has visited the gorge will tell you it is worth the climb.'],
        pass: ['Everyone who came to the fair got a ribbon.'],
        cueAt: 'first',
        when: (m) => !firstPersonClause(m),
      },
      {
        pattern: 'all|every @holders agree|agreed|accept|accepted|believe',
        flag: ['All experts agree the vaccine is safe.'],
      },
      {
        pattern: '@blameBe @blameDegree? responsible for',
        flag: ['The militia was responsible for the attack on the convoy.', 'Cheaper fares are responsible for most of the rise in ridership.'],
        pass: ['The council is responsible for repairing the roads.', 'The harbour board is responsible for the lighthouse.'],
        // Blame, not duty: "is responsible for repairing" or "for the lighthouse" describes a job. In
        // the present tense only a share or a change ("most of", "the rise") makes it blame.
        when: (m) => {
          if (/ing$/.test(m.wordAfter())) return false;
          if (!['is', 'are'].includes(m.words[0])) return true;
          const object = m.wordAfter();
          return SHARE_WORDS.has(object) || m.after()?.kind === 'number' || (['the', 'a'].includes(object) && EFFECT_NOUNS.has(m.wordAfter(2)));
        },
      },
      {
        pattern: 'was|were @blameDegree? behind the',
        trim: [0, 1],
        flag: ['The rival gang was behind the fire at the depot.'],
        pass: ['The bus was behind the tram at the crossing.'],
        when: (m) => !['tram', 'bus', 'car', 'house', 'wall', 'door', 'curtain', 'wheel', 'bar', 'counter', 'times', 'scenes', 'building', 'church', 'school', 'station'].includes(m.wordAfter()),
      },
      {
        pattern: 'is|was|were|are to blame',
        flag: ['The new bridge is to blame for the traffic.'],
      },
    ],
  },
};
