// Frames that make a figure something other than the writer's own unsourced claim about the world:
// the terms of a rule ("must hold at least 40%"), the content of an allegation ("accused of taking
// $3 million"), what a named person plans ("Ruiz wants to build 2,000 homes"), a total worked out
// from figures just given ("That brings the fund to $9 million"), or a routine size ("a town of
// 4,000", "a crowd of about 300"). Used by unattributed/unsourced-statistic.
//
// One pass over the sentence: clause boundaries first, then a running state per clause, so the
// cost is linear in the sentence's length whatever its shape.

import { isCapitalized, isPossessive, type Token } from '../text/tokens';
import type { NameBook } from '../text/names';
import { BE_WORDS } from '../lexicon/shared';

// Words that make a clause a rule or a definition: its figures are terms the rule sets, not findings.
// "Members must pay at least 5% of ...", "a small firm is defined as one with ... 50 staff",
// "40% of the board is required to attend", "candidates have to win 60 percent". Not "eligible": in
// news it mostly describes voters ("12% of eligible voters turned out"), and that turnout is a claim.
// Not "had to" either: "He had to sell 3,000 acres" tells what happened.
const RULE_WORDS = new Set([
  'must', 'required', 'require', 'requires', 'requirement', 'requirements', 'defined', 'defines', 'define', 'definition', 'qualify', 'qualifies', 'entitled', 'mandates', 'mandated', 'mandatory', 'bylaws', 'statute', 'statutory',
]);
// What a named person said, as a noun with its content: "Ruiz's claim that 90 percent of ...",
// "the mayor's estimate that 4,000 ...". The figures of the content are hers, to the end of its clause:
// in "the President's insistence that ..., 59 percent said" the 59 percent is a poll's.
const SPEECH_NOUNS = new Set(['claim', 'claims', 'assertion', 'argument', 'insistence', 'emphasis', 'contention', 'estimate', 'statement', 'boast', 'warning', 'prediction', 'suggestion', 'belief', 'assurance', 'admission', 'testimony', 'calculation']);
// A threshold to reach: "It takes 1,237 delegates to win", "She needs 60% of the board to pass it".
// A clause with one of NEEDS and "to" before one of GOALS is a rule's terms ("The city needs 4,000
// homes to meet demand" has no such goal and stays a claim). The participle "needed" makes only the
// figure it follows a threshold: "the 1,237 delegates needed to win", but in "she had 90% of the
// delegates needed to win" the 90% is her tally, a claim.
const NEEDS = new Set(['takes', 'take', 'needs', 'need']);
const GOALS = new Set(['win', 'clinch', 'secure', 'qualify', 'pass', 'override', 'nominate', 'block', 'force', 'trigger']);
// A target or a limit named right beside the figure: "the recommended 2%", "a target of 3 percent",
// "a cap of 28 percent", "the allowable 12%". Only these words next to the figure, as "Prices hit 5%,
// above the 2% target" still states the 5% as a fact. A target or goal before the figure only when the
// figure is a share ("a target of 3 percent"): "the target of $480,000 of attack ads" is who was attacked.
const TARGET_WORDS = new Set(['target', 'targets', 'goal', 'goals']);
const LIMIT_WORDS = new Set([
  'recommended', 'threshold', 'thresholds', 'cap', 'capped', 'ceiling', 'quota', 'limit', 'limits',
  'allowable', 'permissible',
]);
// The figure is what someone is accused of: "was accused of diverting $4 million", "a suit alleging
// that she overbilled 300 patients", "charged with stealing 2,000 tonnes". Its source is the accuser:
// named in the sentence ("The SEC accused Vell of ...", "was charged by the state with ..."), the
// figure is sourced; if not, it goes on from the sentence before (a complaint, a charge sheet named
// there answers it) and is flagged when nothing there names a source either.
const ALLEGATION_WORDS = new Set([
  'accused', 'accuses', 'accusing', 'accusation', 'accusations', 'alleged', 'allegedly', 'alleging', 'alleges', 'allegation', 'allegations', 'indicted',
  'indictment', 'suspected', 'pleaded', 'convicted',
]);
// "charged with", "charging him with": a charge; "charging students $30,000" is a price.
const CHARGES = new Set(['charged', 'charging', 'charges']);
// Roles a reader can identify in context: "the mayor's claim that ...".
const SPEAKER_ROLES = new Set(['mayor', 'minister', 'president', 'governor', 'senator', 'chairman', 'chairwoman', 'chief', 'ceo', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'government', 'ministry', 'company', 'council', 'department', 'agency', 'police', 'prosecutor', 'candidate', 'campaign']);
// Accusers a reader can look up even unnamed, right before an active allegation: "The state charged
// him with ...", "prosecutors allege", "a lawsuit alleging", "the indictment accuses".
const ACCUSERS = new Set(['prosecutors', 'prosecutor', 'police', 'state', 'government', 'regulator', 'regulators', 'commission', 'department', 'agency', 'court', 'jury', 'attorney', 'lawsuit', 'suit', 'complaint', 'indictment', 'filing', 'petition']);
// What someone plans, wants or promises to do: "Ruiz wants to sign up 2 million savers", "with plans to
// spend $4 million", "pledged to plant 10,000 trees". Counted only when "to" follows the word and its
// holder is named (intentionHolder below): "In Ohio, many firms plan to cut 40% of jobs" stays a claim.
// Between a holder and its intention: "Ruiz has repeatedly promised", "Ruiz also wants".
const HOLDER_TO_INTENTION = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'also', 'repeatedly', 'already', 'now', 'still', 'reportedly', 'publicly', 'once', 'long', 'often', 'recently', 'just', 'previously', 'even', 'been', 'who', 'which', 'and']);
// Nouns that take their holder as a possessive: "her proposals to invest", "Ruiz's plan to build".
const INTENTION_NOUNS = new Set(['plan', 'plans', 'proposal', 'proposals', 'promise', 'pledge', 'aim', 'bid', 'offer']);
// Verbs that bring in such a noun with the holder as their subject: "Ruiz unveiled plans to".
const NOUN_INTRODUCERS = new Set(['announced', 'unveiled', 'outlined', 'touted', 'released', 'introduced', 'detailed', 'floated', 'announces', 'unveils']);
const INTENTION_WORDS = new Set([
  'plan', 'plans', 'planned', 'planning', 'aim', 'aims', 'aimed', 'aiming', 'want', 'wants', 'wanted', 'intend', 'intends', 'intended', 'hope', 'hopes',
  'hoped', 'promise', 'promised', 'promises', 'promising', 'pledge', 'pledged', 'pledges', 'pledging', 'vow', 'vowed', 'vows', 'proposal', 'proposals',
  'proposes', 'proposed', 'proposing', 'seeks', 'sought', 'seeking', 'offered', 'offers', 'offering',
]);
// "That brings the total to $9 million", "..., bringing her haul to 40": a total worked out from the
// figures just given. The verb, its subject ("that", "this", "which") or its participle form, and
// "to" right before the figure.
const TOTAL_VERBS = new Set(['brings', 'brought', 'bringing', 'takes', 'took', 'taking', 'pushes', 'pushed', 'pushing', 'lifts', 'lifted', 'lifting']);
const TOTAL_SUBJECTS = new Set(['that', 'this', 'which', 'it']);
// "a town of 4,000", "the bloc of 500 million people", "a crowd of about 300": the size of a place,
// a people or a gathering the reporter saw is routine detail, not a statistic to source.
const SIZE_HOLDERS = new Set([
  'nation', 'country', 'city', 'town', 'village', 'bloc', 'state', 'region', 'county', 'island', 'community', 'district', 'province', 'continent',
  'population', 'crowd', 'crowds', 'audience', 'audiences', 'gathering', 'throng',
]);
// Hedges allowed between "of" and the figure: "a town of fewer than 900", "a crowd of about 300".
const SIZE_HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'under', 'less', 'fewer', 'more', 'than', 'just', 'perhaps', 'at', 'least', 'approximately', 'close', 'to']);
// Words that continue the clause after a dash rather than open an aside of its own:
// "40% must attend - with another 10% voting by proxy -" keeps the rule of its clause.
const CONTINUING_AFTER_DASH = new Set(['with', 'and', 'or', 'plus', 'including']);
const DASHES = new Set(['\u2014', '\u2013', '\u2015', '--']);
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '[', ']']);
const CURRENCY = new Set(['$', '£', '€', '¥', '₹']);

/** Token `k` ends one clause and starts the next: a comma, a colon, a bracket, or a dash opening an aside. */
function clauseBreak(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'punct') return false;
  if (CLAUSE_MARKS.has(t.text)) return true;
  // A spaced hyphen is a dash ("coal - which is used"); "18-year-old" is a word.
  const dash = DASHES.has(t.text) || (t.text === '-' && (tokens[k - 1]?.end ?? -1) < t.start && (tokens[k + 1]?.start ?? Infinity) > t.end);
  return dash && !CONTINUING_AFTER_DASH.has(tokens[k + 1]?.lower ?? '');
}

/** A capitalised word that names someone: mid-sentence, or opening the sentence when the document writes it as a name. */
function namesSomeone(tokens: readonly Token[], k: number, first: number, names: NameBook): boolean {
  const t = tokens[k];
  if (!isCapitalized(t)) return false;
  if (k !== first) return true;
  const bare = isPossessive(t.lower) ? t.lower.replace(/['\u2019]s?$/, '') : t.lower;
  // "Councillor Ruiz wants": two capitals in a row name someone even at the sentence start.
  const next = tokens[k + 1];
  return names.isName(bare) === true || (next !== undefined && isCapitalized(next));
}

/**
 * For each token, whether a figure there stands in a frame that is not the writer's own claim
 * (see the word lists above). Asked of a finding's first and last tokens.
 */
/** What a frame makes of a figure: `none`, `framed` (no claim of the writer's), or `allegation` with no accuser in the sentence. */
export type FrameKind = 'none' | 'framed' | 'allegation';

export function figureFrames(tokens: readonly Token[], names: NameBook): (index: number) => FrameKind {
  const n = tokens.length;
  const framed = new Array<FrameKind>(n).fill('none');
  // Clause ids, and which clauses hold a rule word anywhere (before or after the figure).
  const clause = new Array<number>(n);
  const ruleClause: boolean[] = [];
  const needClause: boolean[] = [];
  let id = 0;
  for (let k = 0; k < n; k++) {
    if (clauseBreak(tokens, k)) id++;
    clause[k] = id;
    const w = tokens[k].lower;
    ruleClause[id] ||= RULE_WORDS.has(w) || isHaveTo(tokens, k) || (needClause[id] === true && w === 'to' && GOALS.has(tokens[k + 1]?.lower ?? ''));
    needClause[id] ||= NEEDS.has(w);
  }
  const first = tokens.findIndex((t) => t.kind === 'word');
  let named = false;
  let alleged = -1;
  let accuser = false;
  let intended = -1;
  let totalled = -1;
  // From a named speaker's "claim that" to the end of the clause, the figures are the speaker's.
  let said = false;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const c = clause[k];
    if (namesSomeone(tokens, k, first, names)) named = true;
    if (SPEECH_NOUNS.has(t.lower) && tokens[k + 1]?.lower === 'that' && speakerOwns(tokens, k, first, names)) said = true;
    else if (clauseBreak(tokens, k)) said = false;
    if (said) {
      framed[k] = 'framed';
      continue;
    }
    if (ALLEGATION_WORDS.has(t.lower) || (CHARGES.has(t.lower) && tokens.slice(k + 1, k + 4).some((x) => x.lower === 'with'))) {
      alleged = c;
      accuser = accuserNamed(tokens, k, named);
    }
    if (INTENTION_WORDS.has(t.lower) && tokens[k + 1]?.lower === 'to' && intentionHolder(tokens, k, first, names, named)) intended = c;
    if (TOTAL_VERBS.has(t.lower) && (TOTAL_SUBJECTS.has(tokens[k - 1]?.lower ?? '') || (t.lower.endsWith('ing') && tokens[k - 1]?.text === ','))) totalled = c;
    if (ruleClause[c] || intended === c || (alleged === c && accuser)) framed[k] = 'framed';
    else if (alleged === c) framed[k] = 'allegation';
    else if (t.kind !== 'number') continue;
    else if (thresholdNeeded(tokens, k) || (totalled === c && tokens[before(tokens, k, false)]?.lower === 'to') || limitBeside(tokens, k) || sizeOf(tokens, k)) framed[k] = 'framed';
  }
  return (index) => framed[index] ?? 'none';
}

/**
 * The allegation word at `k` has its accuser in the sentence: after "by" when passive ("was accused
 * by the SEC of"), a name before it when active ("Prosecutor Ruiz alleges", "The SEC accused").
 * "allegedly" never has one.
 */
function accuserNamed(tokens: readonly Token[], k: number, namedBefore: boolean): boolean {
  const word = tokens[k].lower;
  if (word === 'allegedly') return false;
  const passive = BE_WORDS.has(tokens[k - 1]?.lower ?? '') || BE_WORDS.has(tokens[k - 2]?.lower ?? '') || word === 'alleged';
  if (!passive) return namedBefore || ACCUSERS.has(tokens[k - 1]?.lower ?? '') || ACCUSERS.has(tokens[k - 2]?.lower ?? '');
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    if (tokens[j].lower === 'by') return isCapitalized(tokens[j + 1] ?? tokens[j]) || isCapitalized(tokens[j + 2] ?? tokens[j]);
  }
  return false;
}

/** "the 1,237 delegates needed to win", "the 60 votes needed to pass": the figure names a threshold. */
function thresholdNeeded(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    if (tokens[j].kind === 'punct') return false;
    if (tokens[j].lower === 'needed' || tokens[j].lower === 'required') return tokens[j + 1]?.lower === 'to' && GOALS.has(tokens[j + 2]?.lower ?? '');
  }
  return false;
}

/**
 * The intention word at `k` has a named holder: a name right before it, past auxiliaries and adverbs
 * and past an aside between commas ("Ruiz, the party's leader, has promised"); or, for a noun, a
 * possessive ("her proposals to", "Ruiz's plan to") or "with" after a clause about the holder ("...,
 * with plans to spend").
 */
function intentionHolder(tokens: readonly Token[], k: number, first: number, names: NameBook, namedBefore: boolean): boolean {
  let j = k - 1;
  if (INTENTION_NOUNS.has(tokens[k].lower)) {
    // "her proposals to", "his unlikely proposal to", "Ruiz's plan to": one adjective may come between.
    for (let p = k - 1; p >= 0 && k - p <= 2; p--) {
      const w = tokens[p].lower;
      if (isPossessive(w) && tokens[p].kind === 'word') return true;
      if (w === 'her' || w === 'his' || w === 'their' || w === 'with') return namedBefore;
    }
    // "Ruiz unveiled plans to", "Zuckerberg, who announced plans to": the holder is the verb's subject.
    if (NOUN_INTRODUCERS.has(tokens[j]?.lower ?? '')) j--;
  }
  while (j >= 0 && k - j <= 6 && HOLDER_TO_INTENTION.has(tokens[j].lower)) j--;
  if (nameNear(tokens, j, first, names)) return true;
  // "the Koch operation - which aims to", "Zuckerberg, who announced": the holder before the mark;
  // "Ruiz, the party's leader, has promised": back over the aside to the word before it.
  if (tokens[j]?.kind === 'punct' && (tokens[j].text === ',' || DASHES.has(tokens[j].text) || tokens[j].text === '-')) {
    if (nameNear(tokens, j - 1, first, names)) return true;
    for (let a = j - 1; a >= 0 && j - a <= 12; a--) if (tokens[a].text === ',') return nameNear(tokens, a - 1, first, names);
  }
  return false;
}

/** "Ruiz's claim", "the mayor's estimate", "Ruiz's repeated claim": a possessive naming someone, at most one word before the noun. */
function speakerOwns(tokens: readonly Token[], k: number, first: number, names: NameBook): boolean {
  for (let p = k - 1; p >= 0 && k - p <= 2; p--) {
    const t = tokens[p];
    if (t.kind === 'punct') return false;
    if (isPossessive(t.lower)) return namesSomeone(tokens, p, first, names) || SPEAKER_ROLES.has(t.lower.replace(/['\u2019]s?$/, ''));
  }
  return false;
}

/** A name at `j` or a word or two before it, with no punctuation between: "the Ruiz campaign", "Ruiz's team". */
function nameNear(tokens: readonly Token[], j: number, first: number, names: NameBook): boolean {
  for (let h = j; h >= 0 && j - h <= 2; h--) {
    if (tokens[h].kind === 'punct') return false;
    if (namesSomeone(tokens, h, first, names)) return true;
  }
  return false;
}

/** "have to", "has to": an obligation. */
function isHaveTo(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].lower;
  return (w === 'have' || w === 'has') && tokens[k + 1]?.lower === 'to';
}

/** The token before the figure at `k`, past a currency sign and hedges ("of about $9 million"; "close to" only when `closeTo`). */
function before(tokens: readonly Token[], k: number, closeTo = true): number {
  let j = k - 1;
  if (CURRENCY.has(tokens[j]?.text ?? '')) j--;
  while (j >= 0 && j >= k - 4 && SIZE_HEDGES.has(tokens[j].lower) && (closeTo || tokens[j].lower !== 'to')) j--;
  return j;
}

/** A target or limit word in the three words before the figure, or right after it and its unit. */
function limitBeside(tokens: readonly Token[], k: number): boolean {
  const share = tokens[k + 1]?.text === '%' || tokens[k + 1]?.lower === 'percent' || tokens[k + 1]?.lower === 'per';
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (tokens[j].kind === 'punct' && !CURRENCY.has(tokens[j].text)) break;
    if (LIMIT_WORDS.has(tokens[j].lower) || (share && TARGET_WORDS.has(tokens[j].lower))) return true;
  }
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    if (LIMIT_WORDS.has(tokens[j].lower) || TARGET_WORDS.has(tokens[j].lower)) return true;
    if (tokens[j].kind === 'punct' && tokens[j].text !== '%') break;
  }
  return false;
}

/** "a town of 4,000", "a crowd of about 300": the figure gives the size of a place, a people or a gathering. */
function sizeOf(tokens: readonly Token[], k: number): boolean {
  const j = before(tokens, k);
  return tokens[j]?.lower === 'of' && SIZE_HOLDERS.has(tokens[j - 1]?.lower ?? '');
}
