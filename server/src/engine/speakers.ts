// Who is speaking: one detector for every attribution in a sentence. An attribution is a holder
// plus a cue. The cue is a verb or phrase of speech, thought, attitude or evidence ("said",
// "fear", "were outraged", "according to", "show"); the holder stands before it ("analysts
// said", "some party leaders have indicated"), after it ("..., said the mayor", "according to
// recent surveys") or around the claim ("..., officials said"). Each holder is named ("the IMF",
// "Senator Ruiz"), vague ("many in the village", "aides", "a senior official", "recent polls")
// or a back-reference ("he", "the officials"), which is neither. Words come from the lexicon;
// every window is bounded, so a sentence costs time linear in its length.

import { isCapitalized, isPossessive, type Token } from './text/tokens';
import type { Candidate } from './rules/rule';
import { ATTITUDE_ADJECTIVES, ATTITUDE_NOUNS, CUE_FORMS, EXPRESSING_VERBS, HOLDER_AFTER_PHRASES, type CueClass, type CueSense } from './lexicon/cues';
import { BODY_MODIFIERS, DOCUMENT_HEADS, INFORMANT_HEADS, PEOPLE_HEADS, PERSON_SINGULARS, QUANTIFIERS, QUANTIFIER_PHRASES } from './lexicon/holders';
import { BE, CLAUSE_STARTERS, DEFINITE, PREPOSITIONS, PRONOUNS, VERB_HELPERS } from './lexicon/function';

export type Holding = 'named' | 'vague' | 'reference';
/** quantified: "some senior backbenchers"; plural: "analysts"; anonymous: "a senior official". */
export type Vagueness = 'quantified' | 'plural' | 'anonymous';
/** people: a crowd; informant: an anonymous insider; document: polls, records, studies. */
export type HolderKind = 'people' | 'informant' | 'document';

export interface Speaker {
  /** Token indices: the cue's words [cue, cueEnd), the holder's words [holderStart, holderEnd). */
  cue: number;
  cueEnd: number;
  cueClass: CueClass;
  holderStart: number;
  holderEnd: number;
  holding: Holding;
  vagueness?: Vagueness;
  kind?: HolderKind;
  /** A modifier narrows the holder to a body a reader can often guess ("police officials"): unsure, not a warning. */
  narrowed?: boolean;
}

const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'of', 'for', 'with', 'without', 'into', 'from', 'about', 'no', 'any', 'some', 'such', 'whose', 'to', 'by', 'in', 'on', 'at']);
const CLAUSE_CLUES = new Set(['that', 'as', 'whether', 'if', 'why', 'how', 'what', 'who', 'when', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'could', 'can', 'must', 'has', 'have', 'had', 'might', 'may', 'it', 'they', 'he', 'she', 'strongly', 'sure', 'certain', 'betrayed', 'ignored', 'abandoned', 'cheated', 'insulted', 'misled', 'excluded', 'let']);
const NOUN_AFTER = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'could', 'can', 'of', 'to', 'for', 'about', 'from', 'among', 'that']);
const MAX_HOLDER_WORDS = 8;

const CACHE = new WeakMap<readonly Token[], Speaker[]>();

/** findSpeakers, computed once per sentence's tokens however many rules ask. */
export function speakersOf(tokens: readonly Token[]): Speaker[] {
  let found = CACHE.get(tokens);
  if (!found) {
    found = findSpeakers(tokens);
    CACHE.set(tokens, found);
  }
  return found;
}

/**
 * The vague holders of one kind as finding candidates: the holder's words are underlined. A
 * holder narrowed to a body ("police officials") or a lone unnamed document ("a new poll") is
 * shown as information.
 */
export function vagueHolderCandidates(tokens: readonly Token[], kind: HolderKind): Candidate[] {
  const out: Candidate[] = [];
  for (const s of speakersOf(tokens)) {
    if (s.holding !== 'vague' || s.kind !== kind) continue;
    const first = tokens[s.holderStart];
    const last = tokens[s.holderEnd - 1];
    out.push({ offset: first.start, length: last.end - first.start, ...(s.narrowed ? { unsure: 'the holder is narrowed to a body a reader may recognise' } : {}) });
  }
  return out;
}

/** Every attribution of the sentence, in order of its cue. */
export function findSpeakers(tokens: readonly Token[]): Speaker[] {
  const found: Speaker[] = [];
  const firstWord = tokens.findIndex((t) => t.kind !== 'punct');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const phrase = HOLDER_AFTER_PHRASES.find((p) => p.every((w, k) => tokens[i + k]?.lower === w));
    if (phrase) {
      const start = i + phrase.length;
      const end = holderAfter(tokens, start);
      if (end > start) found.push(classify(tokens, { cue: i, cueEnd: start, cueClass: 'speech', holderStart: start, holderEnd: end }, firstWord));
      i = start - 1;
      continue;
    }
    const cue = cueAt(tokens, i);
    if (!cue) continue;
    const [cueStart, cueEnd, cueClass] = cue;
    // The holder before the cue: "Some Chelsea fans have said", "analysts said".
    const subjectEnd = skipHelpersBack(tokens, cueStart - 1);
    const subjectStart = subjectEnd >= 0 ? holderBefore(tokens, subjectEnd) : -1;
    if (subjectStart >= 0 && subjectStart <= subjectEnd) {
      found.push(classify(tokens, { cue: cueStart, cueEnd, cueClass, holderStart: subjectStart, holderEnd: subjectEnd + 1 }, firstWord));
    } else if (cueStart > 0 && tokens[cueStart - 1].kind === 'punct' && cueClass === 'speech') {
      // A speaker tag turned round: "..., said the minister." or "...," say analysts.
      const end = holderAfter(tokens, cueEnd);
      const closes = end >= tokens.length || tokens[end].kind === 'punct';
      if (end > cueEnd && closes) found.push(classify(tokens, { cue: cueStart, cueEnd, cueClass, holderStart: cueEnd, holderEnd: end }, firstWord));
    }
    i = cueEnd - 1;
  }
  return found;
}

/** The cue that starts at token `i`, as [start, end, class], or undefined. */
function cueAt(tokens: readonly Token[], i: number): [number, number, CueClass] | undefined {
  const t = tokens[i];
  // "were outraged", "are worried that", "remain skeptical": be + an adjective of attitude.
  if (ATTITUDE_ADJECTIVES.has(t.lower)) {
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && (tokens[k].lower.endsWith('ly') || tokens[k].lower === 'very' || tokens[k].lower === 'so' || tokens[k].lower === 'also' || tokens[k].lower === 'still')) k--;
    if (k >= 0 && BE.has(tokens[k].lower)) return [k, i + 1, 'attitude'];
    return undefined;
  }
  // "expressed deep concern", "voiced doubts".
  if (EXPRESSING_VERBS.has(t.lower)) {
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (ATTITUDE_NOUNS.has(tokens[k].lower)) return [i, k + 1, 'attitude'];
    return undefined;
  }
  const senses = CUE_FORMS.get(t.lower);
  if (!senses || nounUse(tokens, i)) return undefined;
  const sense = senses.find((s) => fits(tokens, i, s));
  if (!sense) return undefined;
  // "pointed out", "spoke about": a particle belongs to the cue.
  const end = tokens[i + 1]?.lower === 'out' ? i + 2 : i + 1;
  return [i, end, sense.cue];
}

/** "the reports", "his fears were": the form is a noun here, not a verb. */
function nounUse(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && NOUN_BEFORE.has(before.lower)) return true;
  if (before && isPossessive(before.lower)) return true;
  return tokens[i].lower.endsWith('s') && NOUN_AFTER.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'that';
}

function fits(tokens: readonly Token[], i: number, sense: CueSense): boolean {
  if (sense.needsAs) return tokens.slice(i + 1, i + 7).some((t) => t.lower === 'as');
  if (sense.needsClause) return tokens.slice(i + 1, i + 8).some((t) => CLAUSE_CLUES.has(t.lower) || ATTITUDE_ADJECTIVES.has(t.lower));
  return true;
}

/** Back over "have long", "were privately", "also": the last word of the holder, or -1. */
function skipHelpersBack(tokens: readonly Token[], from: number): number {
  let k = from;
  for (let n = 0; k >= 0 && n < 4; n++, k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || !(VERB_HELPERS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && !isCapitalized(t)))) break;
  }
  const t = tokens[k];
  if (!t || t.kind === 'punct' && !isAbbreviationStop(tokens, k)) return -1;
  return k;
}

/** "Mr." or "E.U.": a full stop inside an abbreviation belongs to the name. */
function isAbbreviationStop(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k].text === '.' && before !== undefined && before.kind === 'word' && before.text.length <= 3 && isCapitalized(before);
}

/** Where the holder ending at `end` starts: back to a clause start, at most eight words. */
function holderBefore(tokens: readonly Token[], end: number): number {
  const last = tokens[end];
  if (last.kind !== 'word' && !isAbbreviationStop(tokens, end)) return -1;
  if (PRONOUNS.has(last.lower)) return end;
  let start = end;
  for (let k = end - 1, words = 1; k >= 0 && words < MAX_HOLDER_WORDS; k--) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (isAbbreviationStop(tokens, k) || t.text === '-' || ((t.text === "'" || t.text === '\u2019') && t.start === tokens[k - 1]?.end)) continue;
      break;
    }
    if (CLAUSE_STARTERS.has(t.lower) || PRONOUNS.has(t.lower) || BE.has(t.lower) || VERB_HELPERS.has(t.lower)) break;
    // A verb of its own ends the subject: "Trump accused Holt" is not the holder of what follows.
    if (CUE_FORMS.has(t.lower) && !NOUN_BEFORE.has(tokens[k - 1]?.lower ?? '')) break;
    start = k;
    words++;
  }
  return start;
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
    if (CLAUSE_STARTERS.has(t.lower) || BE.has(t.lower)) break;
    end = k + 1;
  }
  return end;
}

const SINGULAR_DOCUMENTS = new Set(['poll', 'survey', 'study', 'report', 'analysis', 'review', 'estimate', 'audit', 'count', 'tally', 'investigation']);

function classify(tokens: readonly Token[], s: Omit<Speaker, 'holding'>, firstWord: number): Speaker {
  const words = tokens.slice(s.holderStart, s.holderEnd).filter((t) => t.kind === 'word' || t.kind === 'number');
  const first = words[0];
  if (!first) return { ...s, holding: 'reference' };
  if (PRONOUNS.has(first.lower)) return { ...s, holding: 'reference' };
  const quantifierLength = quantifierAt(tokens, s.holderStart);
  // The head: the last word before a preposition ("critics of the plan") once a quantifier is passed.
  const afterQuantifier = words.slice(quantifierLength > 0 ? words.findIndex((w) => w.start >= tokens[s.holderStart + quantifierLength - 1].end) : 0);
  const prepositionAt = afterQuantifier.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w.lower));
  const headPhrase = prepositionAt > 0 ? afterQuantifier.slice(0, prepositionAt) : afterQuantifier;
  const head = headPhrase[headPhrase.length - 1];
  const named = words.some((w, k) => namesSomeone(tokens, w, k === 0 && tokenIndex(tokens, w) === firstWord, words[k + 1]));
  if (quantifierLength > 0) {
    // "some of them", "many of whom": counts a group already named.
    if (tokens[s.holderStart + quantifierLength]?.lower === 'whom' || tokens[s.holderStart + quantifierLength]?.lower === 'them') return { ...s, holding: 'reference' };
    return { ...s, holding: 'vague', vagueness: 'quantified', kind: head && DOCUMENT_HEADS.has(head.lower) ? 'document' : 'people' };
  }
  if (named) return { ...s, holding: 'named' };
  if (DEFINITE.has(first.lower) || isPossessive(first.lower)) return { ...s, holding: 'reference' };
  if (!head) return { ...s, holding: 'reference' };
  const narrowed = headPhrase.slice(0, -1).some((w) => BODY_MODIFIERS.has(w.lower));
  if (first.lower === 'a' || first.lower === 'an' || first.lower === 'one' || first.lower === 'another') {
    if (PERSON_SINGULARS.has(head.lower)) return { ...s, holding: 'vague', vagueness: 'anonymous', kind: 'informant', narrowed };
    if (SINGULAR_DOCUMENTS.has(head.lower) && s.cueClass !== 'attitude') return { ...s, holding: 'vague', vagueness: 'anonymous', kind: 'document', narrowed: true };
    return { ...s, holding: 'reference' };
  }
  // A bare plural: "analysts said", "records show", "federal officials said".
  if (DOCUMENT_HEADS.has(head.lower)) return { ...s, holding: 'vague', vagueness: 'plural', kind: 'document', narrowed };
  if (s.cueClass === 'evidence') return { ...s, holding: 'reference' };
  if (INFORMANT_HEADS.has(head.lower)) return { ...s, holding: 'vague', vagueness: 'plural', kind: 'informant', narrowed };
  if (PEOPLE_HEADS.has(head.lower) || agentShaped(head)) return { ...s, holding: 'vague', vagueness: 'plural', kind: 'people', narrowed };
  return { ...s, holding: 'reference' };
}

function tokenIndex(tokens: readonly Token[], t: Token): number {
  return tokens.indexOf(t);
}

/** How many tokens of quantifier open the holder at `start` ("a number of" is three), or 0. */
function quantifierAt(tokens: readonly Token[], start: number): number {
  const t = tokens[start];
  if (!t) return 0;
  if (QUANTIFIERS.has(t.lower)) return 1;
  const phrase = QUANTIFIER_PHRASES.find((p) => p.every((w, k) => tokens[start + k]?.lower === w));
  if (phrase) return phrase.length;
  // "Nearly eight of 10 voters", "two-thirds of Republicans": a share with no poll named.
  if (t.lower === 'nearly' || t.lower === 'almost' || t.lower === 'about') return quantifierAt(tokens, start + 1) > 0 ? 1 + quantifierAt(tokens, start + 1) : 0;
  return 0;
}

// Sentence-initial words that are plainly not names: "Instant polls", "Senior aides", "Voting rights advocates".
const ADJECTIVE_ENDINGS = ['al', 'ic', 'ive', 'ing', 'ed', 'ous', 'ant', 'ent', 'ful', 'less', 'ary', 'ory', 'ish'];
const COMMON_OPENERS = new Set(['instant', 'recent', 'new', 'senior', 'top', 'former', 'early', 'latest', 'exit', 'public', 'private', 'independent', 'key', 'young', 'old', 'rival', 'union', 'party', 'business', 'industry', 'market', 'civil', 'human', 'rights', 'health', 'tax', 'budget', 'energy', 'climate', 'trade', 'farm', 'oil', 'gun', 'anti', 'pro', 'fellow', 'veteran', 'longtime', 'outside', 'foreign', 'domestic', 'western', 'eastern', 'northern', 'southern', 'world']);

/** A capitalised word that is not just opening the sentence: "Chelsea", "the IMF", "E.U.". */
function namesSomeone(tokens: readonly Token[], w: Token, opensSentence: boolean, next: Token | undefined): boolean {
  if (!isCapitalized(w)) return false;
  if (!opensSentence) return true;
  // At the sentence start only a known common word is not a name: "Administration officials", "Analysts".
  const common = BODY_MODIFIERS.has(w.lower) || PEOPLE_HEADS.has(w.lower) || DOCUMENT_HEADS.has(w.lower) || QUANTIFIERS.has(w.lower) || COMMON_OPENERS.has(w.lower) || agentShaped(w) || ADJECTIVE_ENDINGS.some((e) => w.lower.endsWith(e));
  return !common || (next !== undefined && isCapitalized(next));
}

/** "protesters", "demonstrators", "nutritionists", "Republicans"-shaped lower-case plurals of people. */
function agentShaped(t: Token): boolean {
  const w = t.lower;
  return w.length > 5 && (w.endsWith('ers') || w.endsWith('ors') || w.endsWith('ists') || w.endsWith('ians') || w.endsWith('ants') || w.endsWith('ents'));
}
