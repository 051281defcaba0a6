// Who is speaking: one detector for every attribution in a sentence. An attribution is a holder
// plus a cue. The cue is a verb or phrase of speech, thought, attitude or evidence ("said",
// "fear", "were outraged", "according to", "show"); the holder stands before it ("analysts
// said", "some party leaders have indicated"), after it ("..., said the mayor", "according to
// recent surveys") or around the claim ("..., officials said"). Each holder is named ("the IMF",
// "Senator Ruiz"), vague ("many in the village", "aides", "a senior official", "recent polls")
// or a back-reference ("he", "the officials"), which is neither. Words come from the lexicon;
// every window is bounded, so a sentence costs time linear in its length.

import { isAbbreviationStop, isCapitalized, isPossessive, type Token } from './text/tokens';
import type { Candidate } from './rules/rule';
import { NO_NAMES, type NameBook } from './text/names';
import { ATTITUDE_ADJECTIVES, ATTITUDE_NOUNS, CUE_FORMS, EXPRESSING_VERBS, HOLDER_AFTER_PHRASES, type CueClass, type CueSense } from './lexicon/cues';
import { DOCUMENT_HEADS, QUANTIFIERS } from './lexicon/holders';
import { BE, CLAUSE_STARTERS, DEFINITE, PREPOSITIONS, PRONOUNS, VERB_HELPERS } from './lexicon/function';
import { classify, isPeople, quantifierAt, type HolderKind, type Speaker } from './holding';
import { QUOTE_MARKS } from './lexicon/shared';

export { membersNamedAfter, type Holding, type HolderKind, type Speaker, type Vagueness } from './holding';

const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'of', 'for', 'with', 'without', 'into', 'from', 'about', 'no', 'any', 'such', 'whose', 'to', 'by', 'in', 'on', 'at']);
const CLAUSE_CLUES = new Set(['that', 'as', 'whether', 'if', 'why', 'how', 'what', 'who', 'when', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'could', 'can', 'must', 'has', 'have', 'had', 'might', 'may', 'it', 'they', 'he', 'she', 'strongly', 'sure', 'certain', 'betrayed', 'ignored', 'abandoned', 'cheated', 'insulted', 'misled', 'excluded', 'let']);
const VERDICT_CLUES = new Set(['than', 'too', 'hard', 'easy', 'difficult', 'useful', 'helpful', 'confusing', 'boring', 'tiring', 'painful', 'unpleasant', 'worse', 'better', 'best', 'worst', 'disappointing', 'impressive', 'overrated', 'underrated']);
const NOUN_AFTER = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'could', 'can', 'of', 'for', 'about', 'from', 'among', 'that']);
const MAX_HOLDER_WORDS = 10;
const CLAUSE_BREAKS = new Set([':', '\u2014', '\u2013', ';', '-']);

const AFTER_HOLDER = new Set(['for', 'over', 'during', 'after', 'before', 'because', 'despite', 'amid', 'on', 'last', 'this', 'earlier']);
const STATES_OF_MIND = new Set(['despair', 'shock', 'disbelief', 'denial', 'uproar', 'turmoil', 'agreement', 'favour', 'favor']);
const PHRASE_STARTS = new Set(HOLDER_AFTER_PHRASES.map((p) => p[0]));
/** Every word a cue can start with, for a fast first test. */
const CUE_STARTS = new Set<string>([...CUE_FORMS.keys(), ...ATTITUDE_ADJECTIVES, ...EXPRESSING_VERBS, 'rather', 'point', 'points', 'pointed', 'pointing', 'in']);
const ANY_START = new Set<string>([...CUE_STARTS, ...PHRASE_STARTS]);

// The last few sentences' speakers: the rules and the attribution check ask for the sentence at
// hand, its neighbours at most. A WeakMap cost more than the lookups it saved (ephemerons weigh on
// every garbage collection).
const RECENT = 4;
const recentTokens: Array<readonly Token[] | undefined> = new Array(RECENT).fill(undefined);
const recentNames: Array<NameBook | undefined> = new Array(RECENT).fill(undefined);
const recentSpeakers: Speaker[][] = new Array(RECENT).fill([]);
let recentNext = 0;

/** Lets go of the last sentences' tokens once a lint is done (lint.ts), so nothing outlives it. */
export function forgetRecentSpeakers(): void {
  recentTokens.fill(undefined);
  recentNames.fill(undefined);
  recentSpeakers.fill([]);
}

/** findSpeakers, computed once per sentence's tokens however many rules ask. */
export function speakersOf(tokens: readonly Token[], names: NameBook = NO_NAMES): Speaker[] {
  for (let k = 0; k < RECENT; k++) if (recentTokens[k] === tokens && recentNames[k] === names) return recentSpeakers[k];
  const found = findSpeakers(tokens, names);
  recentTokens[recentNext] = tokens;
  recentNames[recentNext] = names;
  recentSpeakers[recentNext] = found;
  recentNext = (recentNext + 1) % RECENT;
  return found;
}

/**
 * The vague holders of one kind as finding candidates: the holder's words are underlined. Holders
 * narrowed to a body ("Treasury officials") are left alone; unsure ones are shown as information.
 */
export function vagueHolderCandidates(tokens: readonly Token[], kind: HolderKind, names: NameBook = NO_NAMES): Candidate[] {
  const out: Candidate[] = [];
  for (const s of speakersOf(tokens, names)) {
    if (s.holding !== 'vague' || s.kind !== kind || s.narrowed) continue;
    const first = tokens[s.holderStart];
    // A crowd or a document with its verb right after it is underlined with the verb, as those rules'
    // own phrases are ("Critics say", "Many fans believe", "Studies show"); an informant alone
    // ("Insiders", "People familiar with"), as anonymous-source's are. The marker follows the holder.
    const withCue = kind !== 'informant' && s.cue >= s.holderEnd && s.cue - s.holderEnd <= 3;
    const last = tokens[withCue ? s.cueEnd - 1 : kind === 'informant' ? (s.headEnd ?? s.holderEnd) - 1 : s.holderEnd - 1];
    out.push({ offset: first.start, length: last.end - first.start, generic: true, ...(s.unsure ? { unsure: 'the holder may be a name, or is a single unnamed document' } : {}) });
  }
  return out;
}

/** Every attribution of the sentence, in order of its cue. */
export function findSpeakers(tokens: readonly Token[], names: NameBook = NO_NAMES): Speaker[] {
  const found: Speaker[] = [];
  let firstWord = tokens.findIndex((t) => t.kind !== 'punct');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // After a colon or a dash a clause starts afresh, capital and all: "Frustration with police: Civil rights activists say".
    if (i > 0 && tokens[i - 1].kind === 'punct' && CLAUSE_BREAKS.has(tokens[i - 1].text)) firstWord = i;
    // "By some measures, ...", "By most accounts, ...": the measures are the unnamed holder.
    const measures = i === firstWord && t.lower === 'by' ? quantifierAt(tokens, i + 1) : 0;
    if (measures > 0 && DOCUMENT_HEADS.has(tokens[i + 1 + measures]?.lower ?? '')) {
      const end = i + 2 + measures;
      found.push({ cue: i, cueEnd: i + 1, cueClass: 'evidence', holderStart: i + 1, holderEnd: end, holding: 'vague', vagueness: 'quantified', kind: 'document' });
      continue;
    }
    // Most words start neither a phrase nor a cue: one set lookup skips them.
    if (!ANY_START.has(t.lower)) continue;
    const phrase = PHRASE_STARTS.has(t.lower) ? HOLDER_AFTER_PHRASES.find((p) => p.every((w, k) => tokens[i + k]?.lower === w)) : undefined;
    if (phrase) {
      const start = i + phrase.length;
      const end = holderAfter(tokens, start);
      if (end > start) found.push(classify(tokens, names, { cue: i, cueEnd: start, cueClass: 'speech', holderStart: start, holderEnd: end }, firstWord));
      i = start - 1;
      continue;
    }
    if (!CUE_STARTS.has(t.lower)) continue;
    const cue = cueAt(tokens, i);
    if (!cue) continue;
    const [cueStart, cueEnd, cueClass] = cue;
    // The holder before the cue: "Some Chelsea fans have said", "analysts said". Not across a
    // passive ("is described in", "are added") or before a bare participle ("involves proving").
    const subjectEnd = skipHelpersBack(tokens, cueStart - 1);
    // At most four helpers lie between (skipHelpersBack): a bounded slice, even when no subject was found.
    const skipped = tokens.slice(Math.max(subjectEnd + 1, cueStart - 4), cueStart);
    const passive = cueClass !== 'attitude' && skipped.some((h) => BE.has(h.lower)) && !tokens[cueStart].lower.endsWith('ing');
    // "What patients should know", "readers may think": a duty or a possibility, not a view anyone holds.
    const modal = skipped.some((h) => UNREAL_MODALS.has(h.lower));
    const bareParticiple = tokens[cueStart].lower.endsWith('ing') && !skipped.some((h) => BE.has(h.lower));
    const subjectStart = subjectEnd >= 0 && !passive && !bareParticiple && !modal ? holderBefore(tokens, subjectEnd) : -1;
    if (subjectStart >= 0 && subjectStart <= subjectEnd && (quantifierAt(tokens, subjectStart) > 0 || !objectRelative(tokens, subjectStart, cueEnd))) {
      found.push(classify(tokens, names, { cue: cueStart, cueEnd, cueClass, holderStart: subjectStart, holderEnd: subjectEnd + 1 }, firstWord));
      const crowd = crowdGivingReason(tokens, subjectStart, firstWord);
      if (crowd) found.push({ cue: cueStart, cueEnd, cueClass, holderStart: crowd[0], holderEnd: crowd[1], holding: 'vague', vagueness: 'quantified', kind: 'people' });
    } else if (passive && (cueClass === 'speech' || cueClass === 'cognition')) {
      // A passive's agent holds the view: "was interpreted by some as a threat", "has been called a fraud by fellow doctors".
      const by = agentAfter(tokens, cueEnd);
      if (by > 0) {
        const end = holderAfter(tokens, by + 1);
        if (end > by + 1) found.push(classify(tokens, names, { cue: cueStart, cueEnd, cueClass, holderStart: by + 1, holderEnd: end }, firstWord));
      }
    } else if (cueStart > 0 && tokens[cueStart - 1].kind === 'punct' && cueClass === 'speech' && TAG_VERBS.has(tokens[cueStart].lower)) {
      // A speaker tag turned round: "..., said the minister." or "...," say analysts.
      const end = holderAfter(tokens, cueEnd);
      const closes = end >= tokens.length || tokens[end].kind === 'punct';
      if (end > cueEnd && closes) found.push(classify(tokens, names, { cue: cueStart, cueEnd, cueClass, holderStart: cueEnd, holderEnd: end }, firstWord));
    }
    i = cueEnd - 1;
  }
  return found;
}

const AUXILIARY_NEXT = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'has', 'have', 'had', 'be']);

/**
 * "the delay that passengers report through the app": in a relative clause the verb's object is
 * the noun before, not a claim. Only a verb right after the cue ("which scientists say is the
 * minimum") shows a reported clause.
 */
function objectRelative(tokens: readonly Token[], holderStart: number, cueEnd: number): boolean {
  const relative = tokens[holderStart - 1];
  const antecedent = tokens[holderStart - 2];
  // "What readers say", "what critics described as": with "what", the thing said is the relative itself.
  if (relative?.lower === 'what') return cueEnd >= tokens.length || tokens[cueEnd].kind === 'punct';
  if (!relative || (relative.lower !== 'that' && relative.lower !== 'which') || antecedent?.kind !== 'word' || CUE_FORMS.has(antecedent.lower)) return false;
  return !AUXILIARY_NEXT.has(tokens[cueEnd]?.lower ?? '');
}

// Verbs a speaker tag turns round ("..., said the minister"); "told reporters", "accusing rivals of"
// take an object there, not a speaker.
const TAG_VERBS = new Set(['said', 'says', 'say', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'explained', 'continued', 'insisted', 'replied', 'recalled', 'warned', 'argued', 'asked', 'stated', 'declared', 'tweeted', 'acknowledged', 'conceded', 'cautioned', 'countered', 'observed', 'remarked', 'suggested', 'predicted', 'complained', 'agreed']);
const REASONS = new Set(['because', 'as', 'since']);

/**
 * "Many cooks skip the step because they think it makes no difference": the reason given is the
 * counted crowd's own view. [start, end) of that crowd at the clause start, or undefined.
 */
function crowdGivingReason(tokens: readonly Token[], holderStart: number, firstWord: number): [number, number] | undefined {
  if (tokens[holderStart].lower !== 'they' || !REASONS.has(tokens[holderStart - 1]?.lower ?? '') || firstWord < 0) return undefined;
  const quantifier = quantifierAt(tokens, firstWord);
  if (quantifier === 0) return undefined;
  for (let k = firstWord + quantifier; k < tokens.length && k <= firstWord + quantifier + 2; k++) {
    if (tokens[k].kind !== 'word') return undefined;
    if (isPeople(tokens[k])) return [firstWord, k + 1];
  }
  return undefined;
}

/** The cue that starts at token `i`, as [start, end, class], or undefined. */
function cueAt(tokens: readonly Token[], i: number): [number, number, CueClass] | undefined {
  const t = tokens[i];
  // "were outraged", "are worried that", "remain skeptical": be + an adjective of attitude.
  if (ATTITUDE_ADJECTIVES.has(t.lower)) {
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && (tokens[k].lower.endsWith('ly') || tokens[k].lower === 'very' || tokens[k].lower === 'so' || tokens[k].lower === 'also' || tokens[k].lower === 'still')) k--;
    if (k >= 0 && BE.has(tokens[k].lower)) return [k, i + 1, 'attitude'];
    // Without "be" it may still be a verb: "groups worried that ...".
    if (!CUE_FORMS.has(t.lower)) return undefined;
  }
  // "point out" is speech; "point to" is not a cue of its own.
  if ((t.lower === 'point' || t.lower === 'points' || t.lower === 'pointed' || t.lower === 'pointing') && tokens[i + 1]?.lower === 'out' && !nounUse(tokens, i)) return [i, i + 2, 'speech'];
  // "are in despair", "were in shock": be + "in" + a state of mind.
  if (t.lower === 'in' && STATES_OF_MIND.has(tokens[i + 1]?.lower ?? '')) {
    let k = i - 1;
    while (k >= 0 && k >= i - 2 && tokens[k].lower.endsWith('ly')) k--;
    if (k >= 0 && BE.has(tokens[k].lower)) return [k, i + 2, 'attitude'];
  }
  // "would rather": a preference, as "prefer" is.
  if (t.lower === 'rather' && (tokens[i - 1]?.lower === 'would' || tokens[i - 1]?.lower.endsWith("'d"))) return [i - 1, i + 1, 'cognition'];
  // "expressed deep concern", "voiced doubts".
  if (EXPRESSING_VERBS.has(t.lower)) {
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (ATTITUDE_NOUNS.has(tokens[k].lower)) return [i, k + 1, 'attitude'];
    return undefined;
  }
  const senses = CUE_FORMS.get(t.lower);
  if (!senses || nounUse(tokens, i)) return undefined;
  // "voters want change" is a stance; "firms want to hire 5,000" a plan, as "intend to" is.
  if (senses[0].lemma === 'want' && tokens[i + 1]?.lower === 'to') return [i, i + 1, 'intention'];
  // "called it the finest kitchen", "called him a liar": a verdict, where "called for" is a demand.
  // "has been called a charlatan": the passive verdict, as "called him a charlatan" is.
  const verdictAfterBe = BE.has(tokens[i - 1]?.lower ?? '') && ['a', 'an', 'the'].includes(tokens[i + 1]?.lower ?? '');
  if (senses[0].lemma === 'call') return CALL_OBJECTS.has(tokens[i + 1]?.lower ?? '') || verdictAfterBe ? [i, i + 1, 'speech'] : [i, i + 1, 'intention'];
  // "the United States", "Harbour Notes": capitalised mid-sentence, the word is part of a name.
  if (isCapitalized(t) && i > 0 && tokens[i - 1].kind === 'word') return undefined;
  // "added a wing", "wrote her third novel", "claimed the title": speech only when what was said follows.
  if (OBJECT_TAKING.has(senses[0].lemma) && !opensReport(tokens[i + 1])) return undefined;
  const sense = senses.find((s) => fits(tokens, i, s));
  if (!sense) return undefined;
  // "pointed out", "spoke about": a particle belongs to the cue.
  const end = tokens[i + 1]?.lower === 'out' ? i + 2 : i + 1;
  return [i, end, sense.cue];
}

const OBJECT_TAKING = new Set(['add', 'write', 'claim', 'state', 'admit', 'record', 'document', 'project', 'count', 'tally', 'list']);
const UNREAL_MODALS = new Set(['should', 'must', 'can', 'could', 'may', 'might', 'ought']);
const CALL_OBJECTS = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'these', 'those']);
const REPORT_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'there', 'this']);

function opensReport(next: Token | undefined): boolean {
  if (!next) return true;
  if (next.kind === 'punct') return next.text !== '$' && next.text !== '£' && next.text !== '€';
  return REPORT_OPENERS.has(next.lower);
}

/** "the reports", "many projects", "his fears were": the form is a noun here, not a verb. */
function nounUse(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && (NOUN_BEFORE.has(before.lower) || before.kind === 'number')) return true;
  // "many projects", "some reports": a plural after a quantifier is its noun; "many believe",
  // "others call it" are the crowd's verb.
  if (before && QUANTIFIERS.has(before.lower) && before.lower !== 'others' && tokens[i].lower.endsWith('s')) return true;
  if (before && isPossessive(before.lower)) return true;
  return tokens[i].lower.endsWith('s') && NOUN_AFTER.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'that';
}

function fits(tokens: readonly Token[], i: number, sense: CueSense): boolean {
  if (sense.needsAs) return tokens.slice(i + 1, i + 7).some((t) => t.lower === 'as');
  // "others are thinking about her", "think of a number": a thought about something, not a view.
  if (sense.lemma === 'think' && (tokens[i + 1]?.lower === 'about' || tokens[i + 1]?.lower === 'of')) return false;
  // "voters heard that ...", not "what voters heard was ...".
  if (sense.lemma === 'hear') return tokens.slice(i + 1, i + 5).some((t) => t.lower === 'that');
  // "groups worried that ...", not "the closure has worried its regulars" (the regulars worry).
  if (sense.lemma === 'worry') return ['that', 'whether', 'if', ','].includes(tokens[i + 1]?.lower ?? ',');
  // "Many diners find the sauce sweeter than ...": a verdict after "find", not a thing found.
  if (sense.lemma === 'find' && sense.cue === 'cognition') return tokens.slice(i + 1, i + 7).some((t) => t.lower === 'that' || VERDICT_CLUES.has(t.lower) || t.lower.endsWith('er'));
  if (sense.needsClause) return tokens.slice(i + 1, i + 8).some((t) => CLAUSE_CLUES.has(t.lower) || ATTITUDE_ADJECTIVES.has(t.lower));
  return true;
}

/** Back over "have long", "were privately", "also": the last word of the holder, or -1. */
function skipHelpersBack(tokens: readonly Token[], from: number): number {
  let k = from;
  for (let n = 0; k >= 0 && n < 4; n++, k--) {
    const t = tokens[k];
    // "went on to say": "on" is a helper only there ("shopkeepers on Mill Street say" is a place).
    const wentOn = t.lower === 'on' && tokens[k - 1]?.lower === 'went';
    if (t.kind !== 'word' || !(VERB_HELPERS.has(t.lower) || wentOn || (t.lower.endsWith('ly') && t.lower.length > 4 && !isCapitalized(t)))) break;
  }
  const t = tokens[k];
  if (!t || t.kind === 'punct' && !isAbbreviationStop(tokens, k)) return -1;
  return k;
}

/** Where the holder ending at `end` starts: back to a clause start, at most eight words. */
function holderBefore(tokens: readonly Token[], end: number): number {
  const last = tokens[end];
  if (last.kind !== 'word' && !isAbbreviationStop(tokens, end)) return -1;
  if (PRONOUNS.has(last.lower)) return end;
  let start = end;
  let words = 1;
  for (let k = end - 1; k >= 0; k--) {
    // Past the longest holder without reaching its start: the subject is not known.
    if (words >= MAX_HOLDER_WORDS) return -1;
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (isAbbreviationStop(tokens, k) || ((t.text === "'" || t.text === '\u2019') && t.start === tokens[k - 1]?.end)) continue;
      break;
    }
    // "these results", "our data": the determiner belongs to the holder and opens it, unless it
    // opens a phrase inside the holder ("many people involved in the talks").
    if (DEFINITE.has(t.lower) && t.lower !== 'that') {
      start = k;
      if (!PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) break;
      words++;
      continue;
    }
    // "Business leaders and others", "regulators and environmental groups", "experts on Korea and
    // arms control": a crowd joined to more of it, or inside its own phrase, is one holder.
    if (t.lower === 'and' && (tokens[k + 1]?.lower === 'others' || tokens[k + 1]?.lower === 'other' || (tokens[k - 1] !== undefined && isPeople(tokens[k - 1])) || prepositionBefore(tokens, k))) {
      start = k;
      continue;
    }
    // "the jurist many Republicans fear": a counted crowd after a noun opens a clause of its own.
    if (QUANTIFIERS.has(t.lower) && k > 0 && tokens[k - 1].kind === 'word' && !PREPOSITIONS.has(tokens[k - 1].lower) && !DEFINITE.has(tokens[k - 1].lower) && !CLAUSE_STARTERS.has(tokens[k - 1].lower)) {
      start = k;
      break;
    }
    // "some who advocate free speech argue", "people who know the site say": a crowd and its relative clause.
    if (t.lower === 'who' && k > 0 && (QUANTIFIERS.has(tokens[k - 1].lower) || isPeople(tokens[k - 1]))) {
      start = k;
      continue;
    }
    if (CLAUSE_STARTERS.has(t.lower) || BE.has(t.lower) || VERB_HELPERS.has(t.lower)) break;
    // "everyone in Wrenfield knows": the pronoun heads the holder (a back-reference or everybody, never a name).
    if (PRONOUNS.has(t.lower)) {
      start = k;
      break;
    }
    // A verb of its own ends the subject: "Trump accused Holt" is not the holder of what follows.
    if (CUE_FORMS.has(t.lower) && !NOUN_BEFORE.has(tokens[k - 1]?.lower ?? '')) break;
    start = k;
    words++;
  }
  return start;
}

/** "by" within four words after a passive cue ("described as unsafe by", "called a fraud by"), or -1. */
function agentAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k <= from + 4; k++) {
    const t = tokens[k];
    if (t.lower === 'by') return k;
    if (t.kind === 'punct' && !QUOTE_MARKS.has(t.text)) return -1;
  }
  return -1;
}

/** A preposition within the three words before `k`, with no clause word between: "experts on Korea and ...". */
function prepositionBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j];
    if (t.kind !== 'word' || CLAUSE_STARTERS.has(t.lower)) return false;
    if (PREPOSITIONS.has(t.lower)) return true;
  }
  return false;
}

/** The holder starting at `start` after a cue: up to the next punctuation, clause word or eight words. */
function holderAfter(tokens: readonly Token[], start: number): number {
  let end = start;
  for (let k = start; k < tokens.length && k - start < MAX_HOLDER_WORDS; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (isAbbreviationStop(tokens, k)) {
        end = k + 1;
        continue;
      }
      break;
    }
    // "by fellow physicians for promoting cures": a reason or a time after the holder is not part of it.
    if (CLAUSE_STARTERS.has(t.lower) || BE.has(t.lower) || AFTER_HOLDER.has(t.lower)) break;
    end = k + 1;
  }
  return end;
}
