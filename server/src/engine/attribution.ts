// The suppressors: what makes a claim attributed. Quotations, citations, and a named source in the sentence.

import { isAbbreviationStop, isCapitalized, isPossessive, opensContrast, type Token } from './text/tokens';
import { firstAtOrAfter, StretchIndex } from './text/search';
import { membersNamedAfter, speakersOf, type Holding } from './speakers';
import { SOURCE_VERBS } from './lexicon/cues';
import { NO_NAMES, type NameBook } from './text/names';
import { ACTION_PARTICIPLES, DETERMINER_OR_NUMBER, IRREGULAR_PARTICIPLES, SPECIFIC_SOURCES, TIMES_AND_PLACES_AFTER_BY, VAGUE_HOLDERS } from './lexicon/sourceWords';
import { literalSense } from './literalSense';
import { QUOTE_MARKS } from './lexicon/shared';


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
      if (after && after.kind === 'word' && !VAGUE_HOLDERS.has(after.lower) && !TIMES_AND_PLACES_AFTER_BY.has(after.lower)) {
        if (isCapitalized(after) || SPECIFIC_SOURCES.has(after.lower) || determined) hits.push({ cue: i, evidence: [agent] });
      }
    }
  }
  // "Mrs. Clinton's plan would cap ... at 28 percent", "the Washington Post/ABC News poll": a named
  // document vouches for the figures of its sentence.
  for (let i = 0; i < tokens.length; i++) {
    // "the CNN/ORC International Poll" is the poll's own name; "the Polar Survey Office" names an office.
    if (!NAMED_DOCUMENTS.has(tokens[i].lower) || (isCapitalized(tokens[i]) && tokens[i + 1] !== undefined && isCapitalized(tokens[i + 1]))) continue;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const t = tokens[k];
      if (t.kind === 'punct' && t.text !== '/' && t.text !== '.' && t.text !== '-' && t.text !== "'" && t.text !== '\u2019') break;
      // Opening the sentence, a capital names only as a possessive ("Gallup's tracking poll"), not a time ("Today's poll").
      // ("Castlebeck's wage bill" is the club's bill, no document: only reports and plans count here.)
      const opensAsName = k === sentenceStart && isPossessive(t.lower) && REPORTS.has(tokens[i].lower) && !TIME_POSSESSIVES.has(t.lower.replace(/['\u2019]s$/, ''));
      if (isCapitalized(t) && (k !== sentenceStart || opensAsName)) {
        hits.push({ cue: i, evidence: [k], claimsOnly: true });
        break;
      }
    }
  }
  // Holders the general detector names that the special cases above miss: "the IMF expects", "E.U. leaders warn".
  for (const speaker of speakersOf(tokens, names)) {
    // literalSense knows the speech verbs' other senses ("claimed the title"); the detector has judged the rest.
    if (speaker.holding !== 'named' || speaker.cueClass === 'position' || (SOURCE_VERBS.has(tokens[speaker.cue].lower) && literalSense(tokens, speaker.cue))) continue;
    const evidence: number[] = [];
    for (let k = speaker.holderStart; k < speaker.holderEnd; k++) evidence.push(k);
    hits.push({ cue: speaker.cue, evidence, ...(speaker.cueClass === 'intention' ? { claimsOnly: true } : {}) });
  }
  return hits;
}

const NAMED_DOCUMENTS = new Set(['plan', 'plans', 'proposal', 'proposals', 'bill', 'budget', 'report', 'estimate', 'estimates', 'forecast', 'forecasts', 'poll', 'polls', 'survey', 'study', 'analysis', 'census', 'data', 'figures', 'projections', 'audit', 'review', 'index', 'tally', 'count', 'statement', 'filing', 'filings', 'website']);
const REPORTS = new Set(['poll', 'polls', 'survey', 'study', 'report', 'analysis', 'census', 'audit', 'estimate', 'estimates', 'forecast', 'forecasts', 'projections', 'plan', 'plans', 'proposal', 'proposals']);
const TIME_POSSESSIVES = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'this', 'last', 'next']);
// "according to the IMF" and a passive's agent ("was described as unsafe by the city engineer")
// answer a vague holder wherever they stand in its sentence.
const ANSWERS_ANYWHERE = new Set(['according', 'by']);
const SHARED_SUBJECT = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'may', 'must', 'also', 'still', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do', 'not']);

/** The attribution facts of one sentence, computed once and asked about per finding. */
export class SentenceSources {
  private computedHits?: SourceHit[];
  private namedHolders?: StretchIndex;
  private vagueHolders?: StretchIndex;
  private verbStarts?: number[];
  private contrasts?: number[];
  /** The hits by where their cue starts. */
  private hitStarts?: { hit: SourceHit; at: number }[];
  /** Of those, the "according to" and "by" hits, and the speaker tags (see `answersVagueHolder`). */
  private anywhereStarts?: { hit: SourceHit; at: number }[];
  private tagStarts?: { hit: SourceHit; at: number }[];

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
    if (!forClaim && this.vagueSpeakerAt(from, to)) return this.answersVagueHolder(from, to, segmentStart, segmentEnd);
    for (let k = firstAtOrAfter(starts, segmentStart, (h) => h.at); k < starts.length && starts[k].at < segmentEnd; k++) {
      const { hit } = starts[k];
      if (inside(hit.cue) || (hit.claimsOnly && !forClaim)) continue;
      // "Some believe the data shows the campaign is worried": a name inside what the vague holder
      // believes is part of its view, not its source. After a vague holder only a closing tag
      // ("..., the ministry said") or "according to" answers it.
      if (!forClaim && this.tokens[hit.cue].start >= to && !this.isTag(hit)) continue;
      // A vague holder with a cue of its own is a second speaker: before it, only a source that
      // frames it answers it ("according to the Herald, critics say", "the ministry reported that
      // residents fear"), not a name in an earlier clause ("Obama emphasized that ..., and rights
      // groups warned").
      if (!forClaim && this.tokens[hit.cue].start < from && !this.frames(hit, from) && this.vagueSpeakerAt(from, to)) continue;
      if (hit.evidence.some((e) => !inside(e))) return true;
    }
    return false;
  }

  /**
   * `namedOutside` for a vague holder with a cue of its own (`forClaim` false), with the same
   * answer as its loop, visiting only the hits that can give one: before the holder, "according
   * to" and "by" anywhere in the clause and any cue within four words of it (`frames`); after it,
   * speaker tags (`isTag`); and a cue that starts inside but runs past it. The loop would visit
   * every hit of the clause and skip nearly all, which in a long run-on sentence of vague sources
   * costs findings x hits.
   */
  private answersVagueHolder(from: number, to: number, segmentStart: number, segmentEnd: number): boolean {
    const tokens = this.tokens;
    const inside = (index: number) => tokens[index].start >= from && tokens[index].end <= to;
    const answers = (hit: SourceHit) => !inside(hit.cue) && !hit.claimsOnly && hit.evidence.some((e) => !inside(e));
    const starts = this.hitStarts!;
    const at = (h: { at: number }) => h.at;
    this.anywhereStarts ??= starts.filter((h) => ANSWERS_ANYWHERE.has(tokens[h.hit.cue].lower));
    const anywhere = this.anywhereStarts;
    for (let k = firstAtOrAfter(anywhere, segmentStart, at); k < anywhere.length && anywhere[k].at < from; k++) if (answers(anywhere[k].hit)) return true;
    // A cue at most four words before `from`: its token is one of the five before the first at `from`.
    const first = firstAtOrAfter(tokens, from, (t) => t.start);
    const windowStart = Math.max(segmentStart, tokens[Math.max(0, first - 5)]?.start ?? 0);
    for (let k = firstAtOrAfter(starts, windowStart, at); k < starts.length && starts[k].at < from; k++) {
      if (this.frames(starts[k].hit, from) && answers(starts[k].hit)) return true;
    }
    for (let k = firstAtOrAfter(starts, from, at); k < starts.length && starts[k].at < to; k++) if (answers(starts[k].hit)) return true;
    this.tagStarts ??= starts.filter((h) => this.isTag(h.hit));
    const tags = this.tagStarts;
    for (let k = firstAtOrAfter(tags, Math.max(to, segmentStart), at); k < tags.length && tags[k].at < segmentEnd; k++) if (answers(tags[k].hit)) return true;
    return false;
  }

  /** Does a vague holder the speaker detector found (holder and cue of its own) overlap [from, to)? */
  private vagueSpeakerAt(from: number, to: number): boolean {
    this.vagueHolders ??= this.holderIndex('vague');
    return this.vagueHolders.overlaps(from, to);
  }

  /** The speaker detector's holders of one kind, as a stretch index: a long sentence may hold many holders and many findings. */
  private holderIndex(holding: Holding): StretchIndex {
    const holders = speakersOf(this.tokens, this.names).filter((s) => s.holding === holding);
    return new StretchIndex(holders.map((s) => ({ offset: this.tokens[s.holderStart].start, length: this.tokens[s.holderEnd - 1].end - this.tokens[s.holderStart].start })));
  }

  /**
   * The hit frames `from`: its cue stands within four words before it ("the ministry reported that
   * residents fear"), or it is "according to" or a passive's "by". Measured on PolNeAR's train
   * split, reaching further (to the next clause break) cleared more vague holders than it should.
   */
  private frames(hit: SourceHit, from: number): boolean {
    if (ANSWERS_ANYWHERE.has(this.tokens[hit.cue].lower)) return true;
    let between = 0;
    for (let k = hit.cue + 1; k < this.tokens.length && this.tokens[k].start < from; k++) if (++between > 4) return false;
    return true;
  }

  /** The hit closes the sentence as a speaker tag ("..., the ministry said.", "..., said Ms Ruiz") or is "according to". */
  private isTag(hit: SourceHit): boolean {
    if (ANSWERS_ANYWHERE.has(this.tokens[hit.cue].lower)) return true;
    const at = Math.min(hit.cue, ...hit.evidence) - 1;
    const before = this.tokens[at];
    // ("Mr." before a name is an abbreviation, not the comma of a tag.)
    if (before && before.kind === 'punct' && before.text !== '(' && !isAbbreviationStop(this.tokens, at)) return true;
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
    this.namedHolders ??= this.holderIndex('named');
    if (this.namedHolders.holds(from)) return true;
    const end = firstAtOrAfter(this.tokens, to, (t) => t.start);
    // "Sanders and his supporters argue", "Edwards and others said": one holder with a name in it.
    const start = firstAtOrAfter(this.tokens, from, (t) => t.start);
    const joined = this.tokens[start - 1];
    const partner = this.tokens[start - 2];
    if (joined?.lower === 'and' && partner !== undefined && isCapitalized(partner) && start - 2 > 0) return true;
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
