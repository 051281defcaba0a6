// The suppressors: what makes a claim attributed. Quotations, citations, and a named source in the sentence.

import type { Span } from './markup/proseView';
import { isCapitalized, isPossessive, opensContrast, type Token } from './text/tokens';
import { firstAtOrAfter } from './text/search';
import { MatchView } from './rules/rule';
import { NEUTRAL_FORMS, introducesSpeech } from './rules/loadedSpeechVerb';
import { membersNamedAfter, speakersOf } from './speakers';
import { NO_NAMES, type NameBook } from './text/names';

/** Verbs through which a source speaks, writes, finds or estimates. */
const SOURCE_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'wrote', 'writes', 'reported', 'reports', 'announced', 'announces', 'found', 'finds', 'concluded',
  'concludes', 'estimated', 'estimates', 'noted', 'notes', 'added', 'adds', 'explained', 'explains', 'testified', 'confirmed', 'confirms', 'showed', 'shows',
  'shown', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'admitted', 'admits', 'conceded', 'revealed', 'asserted', 'declared', 'declares',
  'published', 'recorded', 'records', 'counted', 'calculated', 'measured', 'ruled', 'warned', 'warns', 'predicted', 'predicts', 'believes', 'believed',
  'described', 'describes', 'called', 'calls', 'concluded', 'disclosed', 'acknowledged', 'observed', 'observes', 'suggested', 'suggests', 'replied', 'responded',
  'recalled', 'recalls', 'puts', 'put', 'listed', 'lists', 'identified', 'ranked', 'ranks', 'rated', 'rates', 'according',
  'show', 'find', 'suggest', 'estimate',
  'saying', 'arguing', 'writing', 'noting', 'adding', 'stating', 'explaining', 'warning', 'insisting', 'claiming', 'telling', 'declaring', 'recalling',
]);

/** Plural or generic words that never name a source by themselves. */
const VAGUE_HOLDERS = new Set([
  'many', 'most', 'some', 'several', 'few', 'others', 'people', 'experts', 'critics', 'observers', 'analysts', 'historians', 'scholars', 'scientists',
  'researchers', 'commentators', 'sources', 'source', 'insiders', 'officials', 'reports', 'studies', 'research', 'evidence', 'science', 'data', 'they',
  'it', 'everyone', 'everybody', 'nobody', 'one', 'someone', 'somebody', 'economists', 'academics', 'doctors', 'witnesses', 'accounts', 'rumours', 'rumors',
  'multiple', 'numerous', 'various', 'there', 'fans', 'supporters', 'opponents', 'residents', 'we', 'you', 'i', 'estimates', 'surveys', 'polls', 'a', 'an',
]);

/** Roles and bodies specific enough to count as a named source ("prosecutors said", "the statement added"). */
const SPECIFIC_SOURCES = new Set([
  'police', 'prosecutors', 'prosecutor', 'investigators', 'court', 'judge', 'coroner', 'ministry', 'spokesperson', 'spokesman', 'spokeswoman', 'statement',
  'report', 'survey', 'study', 'census', 'poll', 'company', 'council', 'government', 'department', 'agency', 'authority', 'commission', 'committee', 'board',
  'firm', 'club', 'school', 'university', 'hospital', 'museum', 'he', 'she', 'mayor', 'minister', 'president', 'governor', 'chairman', 'chairwoman',
  'chair', 'director', 'author', 'authors', 'team', 'office', 'embassy', 'inquiry', 'audit', 'filing', 'filings', 'records', 'figures', 'archive', 'data',
  'regulator', 'auditor', 'tribunal', 'jury', 'paper', 'newspaper', 'magazine', 'broadcaster', 'website', 'analysis', 'review', 'editor', 'publisher',
  'organisers', 'organizers', 'landlord', 'owner', 'owners', 'family', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'secretary', 'manager', 'coach',
  'captain', 'chief', 'sheriff', 'estimates', 'lawsuit', 'indictment', 'complaint', 'documents', 'letter', 'memo', 'transcript', 'recording', 'footage',
  // Officers and records a reader can look up: "the returning officer announced", "as the panel at the entrance records".
  'officer', 'clerk', 'registrar', 'coroner', 'panel', 'plaque', 'label', 'register', 'catalogue', 'catalog', 'minutes', 'ledger', 'declaration', 'sheet',
]);

/** Nouns after "by the" that give a time, place or manner, not an agent. */
const NOT_AGENTS = new Set(['way', 'end', 'time', 'year', 'side', 'river', 'sea', 'door', 'window', 'number', 'hand', 'hour', 'day', 'week', 'month', 'age', 'middle', 'start', 'beginning', 'bridge', 'road', 'lake', 'coast', 'dozen', 'hundred', 'thousand', 'million', 'summer', 'winter', 'spring', 'autumn', 'fall', 'evening', 'morning', 'night', 'light', 'book', 'look', 'mid', 'late', 'early',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'then', 'now', 'far', 'chance', 'mistake', 'accident']);

const IRREGULAR_PARTICIPLES = new Set(['shown', 'known', 'held', 'built', 'bought', 'brought', 'thought', 'taught', 'caught', 'found', 'made', 'done', 'seen', 'written', 'given', 'taken', 'led', 'kept', 'sent', 'spent', 'told', 'sold', 'won', 'paid', 'said', 'heard', 'drawn', 'grown', 'thrown', 'chosen', 'spoken', 'broken', 'driven', 'ridden', 'beaten', 'eaten', 'fought', 'sought', 'felt', 'meant', 'left', 'lost', 'struck', 'hung', 'won', 'begun', 'sung', 'sunk', 'worn', 'torn', 'sworn', 'born', 'borne']);

// Participles whose agent is the source of a judgement or a figure ("listed as endangered by the
// IUCN", "estimated at 2,000 by the police"). The agent of an action ("was taken in London by its
// parent firm", "was built by Telford") did the deed; it does not vouch for the sentence's claim.
const ACTION_PARTICIPLES = new Set(['taken', 'built', 'bought', 'brought', 'made', 'done', 'sent', 'sold', 'paid', 'won', 'led', 'kept', 'given', 'driven', 'ridden', 'beaten', 'eaten', 'fought', 'thrown', 'broken', 'struck', 'hung', 'owned', 'run', 'opened', 'closed', 'founded', 'designed', 'painted', 'funded', 'financed', 'bankrolled', 'replaced', 'cut', 'started', 'launched', 'killed', 'injured', 'attacked', 'hit', 'damaged', 'destroyed', 'sacked', 'fired', 'hired', 'appointed', 'elected', 'defeated', 'acquired', 'purchased', 'operated', 'managed', 'raised', 'caused', 'delivered', 'crossed', 'visited', 'played', 'sung', 'performed', 'directed', 'composed', 'passed', 'rejected', 'vetoed', 'blocked', 'moved', 'carried', 'collected', 'inherited', 'touched', 'affected', 'harmed', 'spoiled', 'spoilt', 'changed', 'scathed']);

/** A judgement or record participle stands within the few words before `by`: "was described as unsafe by". */
function followsParticiple(tokens: readonly Token[], by: number): boolean {
  for (let i = by - 1; i >= 0 && by - i <= 8; i--) {
    const t = tokens[i];
    // 'described as "a road to nowhere" by ...': the quoted words sit between participle and agent.
    if (t.kind === 'punct') {
      if (QUOTE_MARKS.has(t.text)) continue;
      return false;
    }
    if (t.kind === 'word' && i > 0 && (/[^e]ed$|[^e]en$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower))) {
      // "untouched by the trade", "unaffected by the strike": the negated action, no source either.
      const stem = t.lower.startsWith('un') ? t.lower.slice(2) : t.lower;
      return !ACTION_PARTICIPLES.has(t.lower) && !ACTION_PARTICIPLES.has(stem);
    }
  }
  return false;
}

const DETERMINER_OR_NUMBER = /^(the|a|an|this|that|his|her|their|its|our|\d.*)$/;

/** A plural source ("Police figures", "court records", "the data") stands in the few words before `verb`. */
function hasPluralSource(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && verb - i <= 8; i--) {
    const t = tokens[i];
    if (t.kind === 'punct') return false;
    if (t.lower === 'data' || (/s$/.test(t.lower) && SPECIFIC_SOURCES.has(t.lower))) return true;
  }
  return false;
}

const BARE_PLURAL_VERBS = new Set(['show', 'find', 'suggest', 'estimate']);

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);

const PARTICIPLE_SPEECH = new Set(['saying', 'arguing', 'writing', 'noting', 'adding', 'stating', 'explaining', 'warning', 'insisting', 'claiming', 'telling', 'declaring', 'recalling']);

const BE_BEFORE_PARTICIPLE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

/** A place where the sentence names its source: the verb (or "according"/"by") and the tokens that name someone. */
export interface SourceHit {
  cue: number;
  evidence: number[];
  /**
   * The hit sources the sentence's figures and claims but cannot answer a vague attribution: a
   * named plan or poll, or what someone intends ("It is understood that Harland plans ..." is still
   * unattributed understanding).
   */
  claimsOnly?: boolean;
}

/**
 * The named-source tokens a speech/finding verb has: its subject (before it) or an inverted
 * speaker tag after it ("..., said Maria Lopez.").
 */
function subjectEvidence(tokens: readonly Token[], verb: number, sentenceStart: number): number[] {
  const evidence: number[] = [];
  const isNamed = (t: Token, index: number) => {
    if (VAGUE_HOLDERS.has(t.lower)) return false;
    if (SPECIFIC_SOURCES.has(t.lower)) return true;
    if (t.kind === 'number' && /^(1[5-9]|20)\d\d$/.test(t.text)) return true; // "a 2019 survey found"
    return isCapitalized(t) && (index !== sentenceStart || !DETERMINER_OR_NUMBER.test(t.lower));
  };
  // Subject before the verb: up to six words back, stopping at punctuation. A passive ("is
  // described in ...") has no speaking subject: its source can only come with "by".
  const passive = BE_BEFORE_PARTICIPLE.has(tokens[verb - 1]?.lower ?? '') || (BE_BEFORE_PARTICIPLE.has(tokens[verb - 2]?.lower ?? '') && /ly$/.test(tokens[verb - 1]?.lower ?? ''));
  // "Her spokesman, Arun Dhillon, told": an appositive between commas right before the verb belongs
  // to the subject; any other punctuation ends it ("In London, critics say" is not named by London).
  let commas = tokens[verb - 1]?.text === ',' ? 2 : 0;
  for (let i = verb - 1, seen = 0; !passive && i >= 0 && seen < 8; i--, seen++) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if (t.text === ',' && commas > 0) {
        commas--;
        continue;
      }
      break;
    }
    if (isNamed(t, i)) evidence.push(i);
    // "his daughter told", "the firm's lawyer said": a possessive makes the speaker a particular person.
    else if (POSSESSIVES.has(t.lower) && i + 1 < verb && !VAGUE_HOLDERS.has(tokens[i + 1].lower)) evidence.push(i);
  }
  // "He criticised the plan, saying ...": a participle clause speaks for the sentence's subject.
  if (PARTICIPLE_SPEECH.has(tokens[verb].lower) && tokens[verb - 1]?.kind === 'punct') {
    for (let i = sentenceStart; i >= 0 && i < sentenceStart + 3 && i < verb; i++) if (isNamed(tokens[i], i) || tokens[i].lower === 'he' || tokens[i].lower === 'she') evidence.push(i);
  }
  // Inverted speaker tag closing the clause: "..., said Maria Lopez." or "..., said the spokesman."
  // ("said the board had met" is a clause, not a tag: the run must end at punctuation.)
  if (tokens[verb - 1]?.kind !== 'punct') return evidence;
  const tag: number[] = [];
  for (let i = verb + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') return evidence.concat(tag);
    if (i - verb > 5) return evidence;
    if (isNamed(t, i)) tag.push(i);
  }
  return evidence.concat(tag);
}

/** "we estimate", "we found": in a paper or an investigation the authors are the source of their own results. */
const OWN_RESULT_VERBS = new Set(['drew', 'sampled', 'selected', 'interviewed', 'contacted', 'collected', 'weighted', 'received', 'estimate', 'estimated', 'find', 'found', 'show', 'showed', 'calculate', 'calculated', 'measure', 'measured', 'observe', 'observed', 'report', 'reported', 'document', 'documented', 'obtain', 'obtained', 'count', 'counted', 'compute', 'computed', 'record', 'recorded', 'analysed', 'analyzed', 'surveyed', 'tested']);
const BETWEEN_WE_AND_VERB = new Set(['also', 'then', 'now', 'further', 'first', 'again', 'therefore', 'thus', 'instead', 'separately']);
/** A pointer to the document's own evidence: "(Table 2)", "see Figure 3", LaTeX's "Table~\\ref{tab:fares}". */
const EVIDENCE_POINTERS = new Set(['table', 'tables', 'figure', 'figures', 'fig', 'exhibit', 'appendix', 'chart']);
/** "Our estimate of about 150%", "our survey found": the authors' own work, named by "our". */
// Only nouns that carry numbers: "our survey is the first to ..." is still a claim about others' work.
const OWN_WORK_NOUNS = new Set(['calculation', 'estimate', 'estimates', 'results', 'data', 'measurements', 'counts', 'count', 'figures', 'calculations', 'findings', 'tally', 'totals']);

/** "see the table above", "the chart below": the document's own table, pointed to by place rather than number. */
const PLACE_POINTERS = new Set(['above', 'below', 'opposite', 'overleaf']);
/** "In our 2024 survey of owners", "measured in our lab", "according to our records": the writer's own study or test frames the figures. */
const OWN_STUDY_NOUNS = new Set(['survey', 'surveys', 'poll', 'study', 'test', 'tests', 'testing', 'trial', 'trials', 'lab', 'labs', 'laboratory', 'records', 'census', 'audit', 'questionnaire',
  // The writer's own instruments: "On my sound meter, it peaked at 78 dB", "by our kitchen scales".
  'meter', 'meters', 'scales', 'thermometer', 'stopwatch', 'gauge', 'timer']);
const OWN_STUDY_PREPOSITIONS = new Set(['in', 'from', 'on', 'by', 'to', 'under']);

/** "in our 2024 survey", "on our own tests", "according to our activation records": up to two words between "our" and the noun. */
function ownStudyAt(tokens: readonly Token[], i: number): boolean {
  if (!OWN_STUDY_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') return false;
    if (OWN_STUDY_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Documents a reader can look up, which "show", "record" or "list" what they hold: "the printed
 * timetable shows", "the minutes record", "the parish register lists". Kept to these verbs: a
 * timetable does not "say" or "believe".
 */
const DOCUMENTS = new Set([
  'timetable', 'timetables', 'schedule', 'schedules', 'map', 'maps', 'minutes', 'register', 'registers', 'ledger', 'ledgers', 'logbook', 'logbooks', 'log',
  'catalogue', 'catalogues', 'catalog', 'catalogs', 'inventory', 'directory', 'deeds', 'accounts', 'records', 'census', 'roll', 'rolls', 'manifest', 'atlas',
  'gazetteer', 'yearbook', 'almanac', 'handbook', 'guidebook', 'brochure', 'leaflet',
]);
const DOCUMENT_VERBS = new Set(['show', 'shows', 'showed', 'record', 'records', 'list', 'lists']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** The document noun right before a document verb, when a determiner or possessive makes it a particular one ("a map shows" does not). */
function documentBefore(tokens: readonly Token[], verb: number, sentenceStart: number): number {
  const noun = verb - 1;
  if (!DOCUMENTS.has(tokens[noun]?.lower ?? '')) return -1;
  for (let i = noun - 1; i >= 0 && noun - i <= 3; i--) {
    const t = tokens[i];
    if (t.kind === 'punct' || t.lower === 'a' || t.lower === 'an') return -1;
    // "the Kessingham timetable": a name, unless the capital only opens the sentence.
    if (DEFINITE.has(t.lower) || isPossessive(t.lower) || (isCapitalized(t) && i !== sentenceStart)) return noun;
  }
  return -1;
}

function weBefore(tokens: readonly Token[], verb: number): number {
  let i = verb - 1;
  while (i >= 0 && BETWEEN_WE_AND_VERB.has(tokens[i].lower)) i--;
  return i >= 0 && tokens[i].lower === 'we' ? i : -1;
}

/** "Table 2", "Figure 3a", or "Table" before a blanked cross-reference (then punctuation or the end follows). */
function pointsToOwnEvidence(tokens: readonly Token[], i: number): boolean {
  if (!EVIDENCE_POINTERS.has(tokens[i].lower)) return false;
  if (PLACE_POINTERS.has(tokens[i + 1]?.lower ?? '') && (tokens[i - 1]?.lower === 'the' || tokens[i - 1]?.lower === 'this')) return true;
  if (!isCapitalized(tokens[i])) return false;
  let next = tokens[i + 1];
  if (next?.text === '.' && tokens[i].lower === 'fig') next = tokens[i + 2];
  if (!next) return true;
  if (next.kind === 'number') return true;
  if (next.kind === 'punct') return next.text !== "'" && next.text !== '\u2019';
  return next.text.length <= 3 && /^[A-Z]\d*$/.test(next.text);
}

function firstWordIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.kind !== 'punct');
}

/**
 * Every place the sentence names its source: "the State Department said", "according to AP",
 * "a 2019 Pew survey found", a speaker tag after a quotation, or a passive's "by the IUCN".
 * One pass over the sentence; each hit looks at a bounded window around its cue.
 */
export function namedSources(tokens: readonly Token[], names: NameBook = NO_NAMES): SourceHit[] {
  const hits: SourceHit[] = [];
  const sentenceStart = firstWordIndex(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const after: number[] = [];
      for (let j = i + 2; j < tokens.length && j < i + 6; j++) if (tokens[j].kind !== 'punct') after.push(j);
      // "according to sources" and "according to some" are themselves vague; "according to a study
      // by researchers at the University of Westmarch" names its source further on.
      const phrase: number[] = [];
      for (let j = i + 2; j < tokens.length && j < i + 12 && tokens[j].kind !== 'punct'; j++) phrase.push(j);
      const namedFurtherOn = phrase.some((j) => isCapitalized(tokens[j]) || /^(1[5-9]|20)\d\d$/.test(tokens[j].text));
      if (after.length > 0 && (namedFurtherOn || !after.slice(0, 2).some((j) => VAGUE_HOLDERS.has(tokens[j].lower) && !SPECIFIC_SOURCES.has(tokens[j].lower)))) hits.push({ cue: i, evidence: after });
      continue;
    }
    if (OWN_RESULT_VERBS.has(t.lower)) {
      const we = weBefore(tokens, i);
      if (we >= 0) {
        hits.push({ cue: i, evidence: [we] });
        continue;
      }
    }
    if ((t.lower === 'our' || t.lower === 'my') && (OWN_WORK_NOUNS.has(tokens[i + 1]?.lower ?? '') || (tokens[i + 1]?.lower === 'own' && OWN_WORK_NOUNS.has(tokens[i + 2]?.lower ?? '')) || ownStudyAt(tokens, i))) {
      hits.push({ cue: i + 1, evidence: [i] });
      continue;
    }
    if (pointsToOwnEvidence(tokens, i)) {
      hits.push({ cue: i, evidence: [i] });
      continue;
    }
    if (DOCUMENT_VERBS.has(t.lower)) {
      const doc = documentBefore(tokens, i, sentenceStart);
      if (doc >= 0) {
        hits.push({ cue: i, evidence: [doc] });
        continue;
      }
    }
    // "figures show", "records suggest": a bare plural verb needs its plural subject ("the BBC show" is a noun).
    const bareVerb = BARE_PLURAL_VERBS.has(t.lower) && !hasPluralSource(tokens, i);
    if (SOURCE_VERBS.has(t.lower) && !bareVerb && !literalSense(tokens, i)) {
      const evidence = subjectEvidence(tokens, i, sentenceStart);
      if (evidence.length > 0) hits.push({ cue: i, evidence });
      continue;
    }
    // Passive with a named agent: "is listed as endangered by the IUCN", "was described as unsafe by the city engineer".
    if (t.lower === 'by' && followsParticiple(tokens, i)) {
      const next = tokens[i + 1];
      // "by the city engineer" names an agent; "by a blocked culvert" does not.
      if (next === undefined || next.lower === 'a' || next.lower === 'an') continue;
      const determined = DETERMINER_OR_NUMBER.test(next.lower);
      const agent = determined ? i + 2 : i + 1;
      const after = tokens[agent];
      if (after && after.kind === 'word' && !VAGUE_HOLDERS.has(after.lower) && !NOT_AGENTS.has(after.lower)) {
        if (isCapitalized(after) || SPECIFIC_SOURCES.has(after.lower) || determined) hits.push({ cue: i, evidence: [agent] });
      }
    }
  }
  // "Mrs. Clinton's plan would cap ... at 28 percent", "the Washington Post/ABC News poll": a named
  // document vouches for the figures of its sentence.
  for (let i = 0; i < tokens.length; i++) {
    if (!NAMED_DOCUMENTS.has(tokens[i].lower) || isCapitalized(tokens[i])) continue;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const t = tokens[k];
      if (t.kind === 'punct' && t.text !== '/' && t.text !== '.' && t.text !== '-' && t.text !== "'" && t.text !== '\u2019') break;
      if (isCapitalized(t) && k !== sentenceStart) {
        hits.push({ cue: i, evidence: [k], claimsOnly: true });
        break;
      }
    }
  }
  // Holders the general detector names that the special cases above miss: "the IMF expects", "E.U. leaders warn".
  for (const speaker of speakersOf(tokens, names)) {
    if (speaker.holding !== 'named' || literalSense(tokens, speaker.cue)) continue;
    const evidence: number[] = [];
    for (let k = speaker.holderStart; k < speaker.holderEnd; k++) evidence.push(k);
    hits.push({ cue: speaker.cue, evidence, ...(speaker.cueClass === 'intention' ? { claimsOnly: true } : {}) });
  }
  return hits;
}

const NAMED_DOCUMENTS = new Set(['plan', 'plans', 'proposal', 'proposals', 'bill', 'budget', 'report', 'estimate', 'estimates', 'forecast', 'forecasts', 'poll', 'polls', 'survey', 'study', 'analysis', 'census', 'data', 'figures', 'projections', 'audit', 'review', 'index', 'tally', 'count', 'statement', 'filing', 'filings', 'website']);
const SHARED_SUBJECT = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'may', 'must', 'also', 'still', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do', 'not']);

/** The attribution facts of one sentence, computed once and asked about per finding. */
export class SentenceSources {
  private computedHits?: SourceHit[];
  private namedHolders?: { start: number; end: number }[];
  private verbStarts?: number[];
  private contrasts?: number[];
  /** The hits by where their cue starts. */
  private hitStarts?: { hit: SourceHit; at: number }[];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly names: NameBook = NO_NAMES,
  ) {}

  get hits(): SourceHit[] {
    this.computedHits ??= namedSources(this.tokens, this.names);
    return this.computedHits;
  }

  /**
   * Does the sentence name a source with words outside [from, to)? The flagged words cannot
   * attribute themselves ("Critics say" is not a named source). Hits inside the range are few, so
   * the loop stops early.
   */
  namedOutside(from: number, to: number, forClaim = true): boolean {
    const inside = (index: number) => this.tokens[index].start >= from && this.tokens[index].end <= to;
    // "It is often said that ..., but the team found no evidence": a source in a contrasting clause
    // answers the claim, it does not make it. Only the hits of the finding's own clause are visited
    // (binary search), or a long sentence of clauses would cost findings x hits.
    const [segmentStart, segmentEnd] = this.contrastSegment(from, to);
    this.hitStarts ??= this.hits.map((hit) => ({ hit, at: this.tokens[hit.cue].start })).sort((a, b) => a.at - b.at);
    const starts = this.hitStarts;
    for (let k = firstAtOrAfter(starts, segmentStart, (h) => h.at); k < starts.length && starts[k].at < segmentEnd; k++) {
      const { hit } = starts[k];
      if (inside(hit.cue) || (hit.claimsOnly && !forClaim)) continue;
      // "Some believe the data shows the campaign is worried": a name inside what the vague holder
      // believes is part of its view, not its source. After a vague holder only a closing tag
      // ("..., the ministry said") or "according to" answers it.
      if (!forClaim && this.tokens[hit.cue].start >= to && !this.isTag(hit)) continue;
      if (hit.evidence.some((e) => !inside(e))) return true;
    }
    return false;
  }

  /** The hit closes the sentence as a speaker tag ("..., the ministry said.", "..., said Ms Ruiz") or is "according to". */
  private isTag(hit: SourceHit): boolean {
    const cue = this.tokens[hit.cue];
    // "according to the IMF", and a passive's agent: "was described as unsafe by the city engineer".
    if (cue.lower === 'according' || cue.lower === 'by') return true;
    const before = this.tokens[Math.min(hit.cue, ...hit.evidence) - 1];
    if (before && before.kind === 'punct' && before.text !== '(') return true;
    let words = 0;
    for (let k = hit.cue + 1; k < this.tokens.length; k++) if (this.tokens[k].kind !== 'punct' && ++words > 4) return false;
    return true;
  }

  /**
   * The stretch of the sentence around [from, to) that no contrasting clause boundary (", but",
   * "; yet", ", whereas", ", although") cuts: offsets [start, end).
   */
  private contrastSegment(from: number, to: number): [number, number] {
    // ", but would eventually add": with no subject of its own the clause goes on with the first one's speaker.
    this.contrasts ??= this.tokens.filter((t, i) => opensContrast(this.tokens, i) && !SHARED_SUBJECT.has(this.tokens[i + 1]?.lower ?? '')).map((t) => t.start);
    // Binary search: a long sentence may hold many findings and many contrasts.
    const contrasts = this.contrasts;
    const before = firstAtOrAfter(contrasts, from, (c) => c) - 1;
    const after = firstAtOrAfter(contrasts, to, (c) => c);
    return [before >= 0 ? contrasts[before] : -Infinity, after < contrasts.length ? contrasts[after] : Infinity];
  }

  /**
   * Is the vague-looking holder at [from, to) named after all: inside a holder the speaker detector
   * names ("E.U. leaders warn"), or followed by its members' names ("critics, including Senator Ruiz")?
   */
  holderNamed(from: number, to: number): boolean {
    // Named holders by start; binary search, as a long sentence may hold many holders and many findings.
    this.namedHolders ??= speakersOf(this.tokens, this.names)
      .filter((s) => s.holding === 'named')
      .map((s) => ({ start: this.tokens[s.holderStart].start, end: this.tokens[s.holderEnd - 1].end }))
      .sort((a, b) => a.start - b.start);
    const last = firstAtOrAfter(this.namedHolders, from + 1, (h) => h.start) - 1;
    // Holders of one sentence seldom nest: the nearest few before `from` are enough to look at.
    for (let k = last; k >= 0 && k > last - 4; k--) if (from < this.namedHolders[k].end) return true;
    const end = firstAtOrAfter(this.tokens, to, (t) => t.start);
    return membersNamedAfter(this.tokens, end);
  }

  /** Offset where the first source verb at or after `offset` starts, or the end of the sentence. */
  nextSourceVerb(offset: number): number {
    if (!this.verbStarts) {
      this.verbStarts = [];
      for (const t of this.tokens) if (SOURCE_VERBS.has(t.lower)) this.verbStarts.push(t.start);
    }
    const starts = this.verbStarts;
    const lo = firstAtOrAfter(starts, offset, (start) => start);
    if (lo < starts.length) return starts[lo];
    return this.tokens.length > 0 ? this.tokens[this.tokens.length - 1].end : offset;
  }
}

// "Delay adds £20 million to the cost", "she wrote her third novel": adding and writing are speech
// only when what follows is what was said ("..., he added.", "wrote that ...", "wrote: ...").
const SPEECH_ONLY_WITH_CLAUSE = new Set(['added', 'adds', 'add', 'adding', 'wrote', 'writes', 'write', 'writing', 'written']);
const AMOUNT_HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'approximately', 'up']);
const TAG_PUNCTUATION = new Set([',', '.', ';', ':', '"', '\u201c', '\u201d', '\u2014', '-', ')', '!', '?']);
const OBJECT_STARTERS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'several', 'two', 'three', 'four', 'five', 'another', 'more', 'new']);

// After a noun that looks like a verb ("rates", "reports", "records"), an auxiliary shows it was the
// subject: "Response rates have halved", "Mortgage rates will drop".
const AUXILIARIES = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'could', 'can', 'should', 'might', 'must', 'remain', 'remained', 'rose', 'fell']);

// "found them on a spoil heap": a find, not a finding.
const FIND_FORMS = new Set(['found', 'find', 'finds']);
const OBJECT_PRONOUNS = new Set(['them', 'it', 'him', 'her', 'these', 'those', 'one']);
const LOCATIVES = new Set(['on', 'in', 'at', 'under', 'near', 'beside', 'inside', 'behind', 'among', 'beneath', 'below', 'above', 'by', 'outside']);

/** "claimed the title", "revealed a plaque": a speech verb used in its literal sense names no source. */
function literalSense(tokens: readonly Token[], verb: number): boolean {
  const word = tokens[verb].lower;
  const before = tokens[verb - 1];
  const next = tokens[verb + 1];
  // "in the United States.", "the United States, where": capitalised after a capitalised word and
  // followed by no clause or object, it ends a name ("the Harbour Board Notes that ..." is still speech).
  if (isCapitalized(tokens[verb]) && before !== undefined && isCapitalized(before) && endsNameHere(next)) return true;
  // "United States citizenship", "the United States economy": the country's name, whatever follows.
  if (word === 'states' && before?.lower === 'united') return true;
  // "rates have halved", "claims were dismissed": a plural noun before an auxiliary; "Response rates
  // to postal surveys": before its preposition. "which the firm says will cover" is still the verb:
  // these forms are never plural nouns.
  if (word.endsWith('s') && !NEVER_NOUNS.has(word) && (AUXILIARIES.has(next?.lower ?? '') || NOUN_PREPOSITIONS.has(next?.lower ?? ''))) return true;
  // "paper for notes", "his notes", "the reports": after a preposition or determiner it is a noun.
  if (NOUN_BEFORE.has(before?.lower ?? '')) return true;
  // "300 listed buildings", "12 recorded cases": a participle between a count and its noun is an adjective.
  if (word.endsWith('ed') && before?.kind === 'number' && next?.kind === 'word' && !NOT_NOUNS_AFTER_PARTICIPLE.has(next.lower)) return true;
  if (SPEECH_ONLY_WITH_CLAUSE.has(word)) {
    if (!next || next.lower === 'that') return false;
    // "..., he added." or "wrote: ..." is speech; "adds £20 million" (a currency sign) is not.
    if (next.kind === 'punct') return !TAG_PUNCTUATION.has(next.text);
    if (next.kind === 'number') return true;
    // "adds about £20 million", "added nearly 400 jobs": an amount, hedged.
    if (AMOUNT_HEDGES.has(next.lower) && (tokens[verb + 2]?.kind === 'number' || tokens[verb + 3]?.kind === 'number')) return true;
    // "wrote her third novel", "added a wing": an object, unless a reported clause follows soon
    // ("wrote a letter saying that ..."). "wrote in the Courier" is the speech sense.
    if (OBJECT_STARTERS.has(next.lower)) {
      for (let i = verb + 2; i < tokens.length && i <= verb + 7; i++) {
        if (tokens[i].kind === 'punct') break;
        if (tokens[i].lower === 'that') return false;
      }
      return true;
    }
    return false;
  }
  // "Police put the cost at £3m" gives a figure, "which the firm put down to" an explanation;
  // "Families always put the rent first" neither.
  if ((word === 'put' || word === 'puts') && !(next?.lower === 'down' && tokens[verb + 2]?.lower === 'to') && !tokens.slice(verb + 1, verb + 8).some((t, k, ahead) => t.lower === 'at' && (ahead[k + 1]?.kind === 'number' || ahead[k + 2]?.kind === 'number'))) return true;
  // "Voss found them on a spoil heap": finding a thing somewhere, not a finding.
  if (FIND_FORMS.has(word) && OBJECT_PRONOUNS.has(next?.lower ?? '') && LOCATIVES.has(tokens[verb + 2]?.lower ?? '')) return true;
  // "a protein called CGRP", "a village called Hope": naming a thing, not someone speaking.
  if (word === 'called' && DETERMINER_OR_NUMBER.test(tokens[verb - 2]?.lower ?? '') && before?.kind === 'word' && !isCapitalized(before) && !SPECIFIC_SOURCES.has(before.lower)) return true;
  if (!(word in NEUTRAL_FORMS)) return false;
  return !introducesSpeech(new MatchView(tokens, verb, verb + 1));
}

const AFTER_NAMES = new Set(['in', 'of', 'and', 'or', 'for', 'to', 'from', 'on', 'at', 'with', 'where', 'which', 'who', 'is', 'was', 'has', 'had', 'are', 'were']);

function endsNameHere(next: Token | undefined): boolean {
  if (!next) return true;
  if (next.kind === 'punct') return next.text !== ':';
  return AFTER_NAMES.has(next.lower);
}

// After "in 2019 recorded", these start the participle's object or clause, not a noun it describes.
const NOT_NOUNS_AFTER_PARTICIPLE = new Set(['that', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'some', 'more', 'fewer', 'about', 'around', 'nearly', 'almost', 'over', 'in', 'on', 'at', 'by', 'as', 'to', 'for', 'with', 'from', 'no', 'only', 'just', 'how', 'what', 'why', 'whether', 'it', 'he', 'she', 'they', 'we']);
const NEVER_NOUNS = new Set(['says', 'argues', 'believes', 'thinks', 'insists', 'warns', 'predicts', 'expects', 'suggests', 'reckons', 'maintains', 'contends', 'admits', 'confirms', 'explains', 'adds', 'writes', 'tells', 'told', 'said']);
const NOUN_PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'per', 'among', 'across', 'from']);
const NOUN_BEFORE = new Set(['for', 'of', 'with', 'without', 'his', 'her', 'my', 'your', 'our', 'their', 'its', 'the', 'a', 'an', 'these', 'those', 'some', 'any', 'no', 'into', 'from', 'about']);

/** Sorted, non-overlapping spans: is `offset` inside one? Binary search. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  // The first span ending after `offset` holds it if it also starts at or before it.
  const i = firstAtOrAfter(spans, offset + 1, (span) => span.end);
  return i < spans.length && spans[i].start <= offset;
}

/** Does any span start inside [from, to)? Spans sorted by start. */
export function anySpanStartsIn(spans: readonly Span[], from: number, to: number): boolean {
  const i = firstAtOrAfter(spans, from, (span) => span.start);
  return i < spans.length && spans[i].start < to;
}

const OPENING_QUOTES: Record<string, string> = { '"': '"', '\u201c': '\u201d', '\u00ab': '\u00bb', '\u201e': '\u201c' };

/**
 * Quoted stretches of one block, by double quotes (straight or curly) and curly single quotes.
 * An opening quote that is never closed in the block quotes nothing: a stray mark must not silence a paragraph.
 */
export function findQuotations(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  // Once no closer of a kind is left in the block, later openers of that kind are skipped: linear time.
  const exhausted = new Set<string>();
  let i = start;
  while (i < end) {
    const ch = text.charAt(i);
    // Two apostrophes as a double quote, as some newspaper archives print them: ''We will win,'' she said.
    if (ch === "'" && text.charAt(i + 1) === "'" && !exhausted.has("''") && (i === start || /[\s([{\u2014-]/.test(text.charAt(i - 1))) && /[\p{L}\p{N}$]/u.test(text.charAt(i + 2))) {
      const j = text.indexOf("''", i + 2);
      if (j < 0 || j + 2 > end) {
        exhausted.add("''");
        i++;
        continue;
      }
      spans.push({ start: i, end: j + 2 });
      i = j + 2;
      continue;
    }
    const close = OPENING_QUOTES[ch] ?? (ch === '\u2018' && (i === start || /[\s([{\u2014-]/.test(text.charAt(i - 1))) ? '\u2019' : undefined);
    if (close === undefined || exhausted.has(close)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < end; j++) {
      const c = text.charAt(j);
      if (c !== close) continue;
      // A curly apostrophe inside a word ("don’t") is not the closing quote.
      if (close === '\u2019' && /\p{L}/u.test(text.charAt(j + 1))) continue;
      break;
    }
    if (j >= end) {
      exhausted.add(close);
      i++;
      continue;
    }
    spans.push({ start: i, end: j + 1 });
    i = j + 1;
  }
  return spans;
}
