// Sense checks as data: the words around a match that show it is not praise. A lexicon entry
// lists them beside its words; `senseCheck` turns the lists into the entry's `when`.

import type { MatchView } from '../rule';
import { framedAsOwnOpinion } from '../opinion';

export interface Sense {
  /** Not praise after one of these words ("first and foremost", "can be distinguished"). */
  notAfterWord?: readonly string[];
  /** Not praise before one of these words ("leading to", "unique identifier", "great deal"). */
  notBeforeWord?: readonly string[];
  /** Praise only after one of these words ("a successful", "most popular"). */
  onlyAfterWord?: readonly string[];
  /** Praise only before one of these words ("premier destination", "vital role"). */
  onlyBeforeWord?: readonly string[];
  /** Not praise before a number ("one of the top 20": a ranking, checkable). */
  notBeforeNumber?: boolean;
  /** A capitalised match can be a name ("Iconic Records", "Great Lakes"); true keeps it anyway. */
  flagsNames?: boolean;
  /**
   * A superlative ("the finest", "one of the most beautiful") that the sentence hands to an unnamed
   * holder ("is widely regarded as", "critics say") is that holder's claim: the weasel rules flag
   * the holder, and one finding is enough. Plain praise words ("iconic") stay the writer's.
   */
  superlative?: boolean;
  /**
   * A nudge ("clearly", "of course") tells the reader what to conclude even inside "I think";
   * praise framed as the writer's own opinion ("for my money", "I found it stunning") is a critic's
   * judgement, clean in a review. True for nudges.
   */
  nudge?: boolean;
}

// A judgement handed to a holder the sentence does not name is the weasel rules' finding ("is widely
// regarded as the finest", "critics say it is the best"), and one finding is enough. Three frames:
// a passive with no agent, a bare plural that says or calls, and a list or poll that ranks.
const PASSIVE_FRAME = new Set(['regarded', 'considered', 'described', 'called', 'hailed', 'dubbed', 'deemed', 'termed', 'touted', 'billed', 'labelled', 'labeled', 'reckoned', 'rated', 'ranked', 'voted', 'listed', 'seen', 'known']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const ACTIVE_FRAME = new Set(['say', 'says', 'said', 'agree', 'agrees', 'agreed', 'claim', 'claims', 'claimed', 'believe', 'believes', 'believed', 'argue', 'argues', 'argued', 'reckon', 'insist', 'insisted',
  'call', 'called', 'consider', 'considered', 'describe', 'described', 'regard', 'rate', 'rated']);
const VAGUE_HOLDERS = new Set(['many', 'some', 'most', 'others', 'people', 'everyone', 'locals', 'fans']);
const RANKINGS = new Set(['list', 'lists', 'poll', 'polls', 'ranking', 'rankings']);
// How far back a frame reaches: "Orme is widely regarded as one of the finest": the frame is near.
const FRAME_REACH = 8;
const HOLDER_REACH = 4;

/** "critics", "estate agents", "many": a holder with no name (a lower-case plural, or capitalised first). */
function bareHolder(m: MatchView, k: number): boolean {
  const t = m.before(k);
  if (!t || t.kind !== 'word') return false;
  return VAGUE_HOLDERS.has(t.lower) || ((t.text === t.lower || opensSentence(m, k)) && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss'));
}

/** The token `k` before the match opens its sentence: only a few marks (a quote, a bracket) before it. */
function opensSentence(m: MatchView, k: number): boolean {
  for (let j = k + 1; j <= k + 3; j++) {
    const t = m.before(j);
    if (!t) return true;
    if (t.kind !== 'punct') return false;
  }
  return false;
}

/** A frame that hands the judgement to an unnamed holder stands shortly before the match. */
function attributed(m: MatchView): boolean {
  for (let k = 1; k <= FRAME_REACH; k++) {
    const t = m.before(k);
    if (!t || (t.kind === 'punct' && t.text !== '"' && t.text !== ',')) return false;
    // "described by the county guide as the finest": the agent is named.
    if (t.lower === 'by') return false;
    if (RANKINGS.has(t.lower)) return true;
    if (PASSIVE_FRAME.has(t.lower)) {
      const before = m.before(k + 1);
      if (before && (BE.has(before.lower) || (before.lower.endsWith('ly') && BE.has(m.wordBefore(k + 2))))) return true;
    }
    if (ACTIVE_FRAME.has(t.lower)) {
      // The holder heads the subject a few words before: "Observers at the time described him as".
      for (let h = k + 1; h <= k + HOLDER_REACH && m.before(h)?.kind === 'word'; h++) {
        if (bareHolder(m, h)) return true;
      }
    }
  }
  return false;
}

function set(words: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return words && words.length > 0 ? new Set(words) : undefined;
}

const SPELLED_NUMBERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'fifty', 'hundred']);

const DASHES = new Set(['-', '\u2013', '\u2014']);

/** "Smith - Eminent surgeon": a dash opens a list entry's description, as a sentence start would. */
function listItemStart(m: MatchView): boolean {
  const next = m.after();
  return DASHES.has(m.wordBefore()) && !(next && next.kind === 'word' && next.text.charAt(0) !== next.text.charAt(0).toLowerCase());
}

const NEGATIONS = new Set(['not', 'never', 'hardly', 'scarcely', 'no', 'nor']);
const NEGATED_THROUGH = new Set(['a', 'an', 'the', 'very', 'so', 'particularly', 'especially', 'exactly', 'always', 'that', 'too']);

/** "is not exciting", "was never a great success": praise denied is not praise. */
function negated(m: MatchView): boolean {
  const isNegation = (w: string) => NEGATIONS.has(w) || w.endsWith("n't");
  if (isNegation(m.wordBefore())) return true;
  return NEGATED_THROUGH.has(m.wordBefore()) && isNegation(m.wordBefore(2));
}

/** The `when` of a lexicon entry: the match is praise unless its neighbours say otherwise. */
export function senseCheck(sense: Sense): (m: MatchView) => boolean {
  const notAfter = set(sense.notAfterWord);
  const notBefore = set(sense.notBeforeWord);
  const onlyAfter = set(sense.onlyAfterWord);
  const onlyBefore = set(sense.onlyBeforeWord);
  return (m) => {
    if (!sense.flagsNames && m.looksLikeName && !listItemStart(m)) return false;
    const before = m.wordBefore();
    const after = m.wordAfter();
    if (notAfter?.has(before) || notBefore?.has(after)) return false;
    if (onlyAfter && !onlyAfter.has(before)) return false;
    if (onlyBefore && !onlyBefore.has(after)) return false;
    if (sense.notBeforeNumber && (m.after()?.kind === 'number' || SPELLED_NUMBERS.has(after))) return false;
    if (!sense.nudge && (negated(m) || framedAsOwnOpinion(m))) return false;
    return !sense.superlative || !attributed(m);
  };
}
