// Phrase tables and their matcher.
//
// A pattern is a sequence of slots separated by spaces:
//   word          the word itself (compared lower-case)
//   a|b|c         one of the words; an underscore joins words into one option: close_to|familiar_with
//   @class        one of the entries of a word class (an entry may be several words: "a lot of")
//   slot?         the slot may be left out
// Each slot compiles to a small trie of its options; a pattern is a chain of slots, indexed by the
// words it can start with. Matching tries, at each token, only the patterns that can start there,
// and keeps a set of at most (longest option) positions per slot: linear in the text. Nothing
// from the tables or from configuration is compiled into a backtracking regular expression, and
// slots are never multiplied out (a pattern with four classes would otherwise mean millions of
// sequences).
//
// A Pattern is one pattern on its own, tried only at the places asked for: the `unless` and
// `onlyIf` patterns of phrase entries (rules/exclusions.ts), at a bounded number of tokens around
// a match.

import type { Token } from './text/tokens';

export type WordClasses = Readonly<Record<string, readonly string[]>>;

export interface PhraseMatch<E> {
  entry: E;
  /** Index of the first and one past the last matched token. */
  first: number;
  last: number;
}

interface SlotNode {
  next: Map<string, SlotNode>;
  /** An option ends here. */
  final: boolean;
}

interface Slot {
  root: SlotNode;
  optional: boolean;
  firstWords: Set<string>;
  /** Some option is a single word. */
  oneWord: boolean;
}

interface CompiledPattern<E> {
  entry: E;
  slots: Slot[];
  /** The words a match of two words or more can have second. */
  secondWords: Set<string>;
  /** The pattern can match a single word. */
  oneWord: boolean;
}

function compileSlot(raw: string, classes: WordClasses, pattern: string): Slot {
  const optional = raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  const root: SlotNode = { next: new Map(), final: false };
  const firstWords = new Set<string>();
  let oneWord = false;
  for (const alternative of body.split('|')) {
    let options: readonly string[];
    if (alternative.startsWith('@')) {
      const members = classes[alternative.slice(1)];
      if (!members) throw new Error(`Unknown word class ${alternative} in pattern "${pattern}"`);
      options = members;
    } else {
      options = [alternative.replace(/_/g, ' ')];
    }
    for (const option of options) {
      const words = option.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      firstWords.add(words[0]);
      let node = root;
      for (const word of words) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map(), final: false };
          node.next.set(word, child);
        }
        node = child;
      }
      node.final = true;
      if (words.length === 1) oneWord = true;
    }
  }
  return { root, optional, firstWords, oneWord };
}

/**
 * The words that can follow a pattern's first matched word: an option's second word, or, after a
 * one-word option, what the slots after it can start with (past the optional ones).
 */
function secondWordsOf(slots: readonly Slot[]): Set<string> {
  const words = new Set<string>();
  for (let j = 0; j < slots.length; j++) {
    for (const child of slots[j].root.next.values()) for (const word of child.next.keys()) words.add(word);
    if (slots[j].oneWord) {
      for (let k = j + 1; k < slots.length; k++) {
        for (const word of slots[k].firstWords) words.add(word);
        if (!slots[k].optional) break;
      }
    }
    // The first word falls to a later slot only when this one can be left out.
    if (!slots[j].optional) break;
  }
  return words;
}

/**
 * Whether some choice of options matches exactly one word: every slot but one is left out and that
 * one has a one-word option.
 */
function matchesOneWord(slots: readonly Slot[]): boolean {
  const required = slots.filter((s) => !s.optional);
  if (required.length > 1) return false;
  if (required.length === 1) return required[0].oneWord;
  return slots.some((s) => s.oneWord);
}

/** The patterns that can start at one word, by the word after it. */
interface Starts<E> {
  /** In the order they were added. */
  all: CompiledPattern<E>[];
  /** Those that can match this word alone: tried whatever follows. */
  alone?: CompiledPattern<E>[];
  /** Per possible second word, those it can continue (and those that can match alone), in order. */
  bySecond?: Map<string, CompiledPattern<E>[]>;
}

/** A set of phrase patterns, matched together in one pass. */
export class PhraseSet<E> {
  private readonly byFirstWord = new Map<string, Starts<E>>();

  add(pattern: string, entry: E, classes: WordClasses): void {
    const slots = pattern.trim().split(/\s+/).map((raw) => compileSlot(raw, classes, pattern));
    if (slots.every((s) => s.optional)) throw new Error(`Pattern "${pattern}" can match nothing`);
    const compiled: CompiledPattern<E> = { entry, slots, secondWords: secondWordsOf(slots), oneWord: matchesOneWord(slots) };
    for (const slot of slots) {
      for (const word of slot.firstWords) {
        let starts = this.byFirstWord.get(word);
        if (!starts) {
          starts = { all: [] };
          this.byFirstWord.set(word, starts);
        }
        if (!starts.all.includes(compiled)) starts.all.push(compiled);
        // Indexed again on the next match.
        delete starts.alone;
        delete starts.bySecond;
      }
      if (!slot.optional) break;
    }
  }

  /**
   * Most tries would fail on the second word ("the" + any noun), so the patterns starting at a word
   * are indexed by the words that can stand second: one lookup finds the few worth trying.
   */
  private index(starts: Starts<E>): void {
    const alone = starts.all.filter((p) => p.oneWord);
    const bySecond = new Map<string, CompiledPattern<E>[]>();
    for (const p of starts.all) {
      for (const word of p.secondWords) if (!bySecond.has(word)) bySecond.set(word, starts.all.filter((q) => q.oneWord || q.secondWords.has(word)));
    }
    starts.alone = alone;
    starts.bySecond = bySecond;
  }

  /** Every entry matching at each token (its longest match); a phrase never spans punctuation. */
  matchAll(tokens: readonly Token[]): PhraseMatch<E>[] {
    const matches: PhraseMatch<E>[] = [];
    for (let first = 0; first < tokens.length; first++) {
      const token = tokens[first];
      if (token.kind === 'punct') continue;
      const starts = this.byFirstWord.get(token.lower);
      if (!starts) continue;
      if (!starts.bySecond) this.index(starts);
      const second = tokens[first + 1];
      const candidates = (second !== undefined && second.kind !== 'punct' ? starts.bySecond!.get(second.lower) : undefined) ?? starts.alone!;
      for (const pattern of candidates) {
        const last = longestMatch(pattern.slots, tokens, first);
        if (last > first) matches.push({ entry: pattern.entry, first, last });
      }
    }
    return matches;
  }
}

// Scratch sets of positions, reused across calls: matching allocates nothing per token.
let current = new Int32Array(64);
let next = new Int32Array(64);

function contains(set: Int32Array, size: number, value: number): boolean {
  for (let i = 0; i < size; i++) if (set[i] === value) return true;
  return false;
}

/** One past the last token of the longest match of `slots` starting at `first`, or -1. */
function longestMatch(slots: readonly Slot[], tokens: readonly Token[], first: number): number {
  let count = 1;
  current[0] = first;
  for (const slot of slots) {
    let reached = 0;
    if (slot.optional) {
      // Copied by hand: a subarray view here would allocate on every optional slot of every attempt.
      for (let p = 0; p < count; p++) next[p] = current[p];
      reached = count;
    }
    for (let p = 0; p < count; p++) {
      let node: SlotNode | undefined = slot.root;
      for (let at = current[p]; at < tokens.length; at++) {
        const t = tokens[at];
        if (t.kind === 'punct') break;
        node = node.next.get(t.lower);
        if (!node) break;
        if (node.final && reached < next.length && !contains(next, reached, at + 1)) next[reached++] = at + 1;
      }
    }
    if (reached === 0) return -1;
    [current, next] = [next, current];
    count = reached;
  }
  let longest = -1;
  for (let p = 0; p < count; p++) if (current[p] > longest) longest = current[p];
  return longest;
}

/**
 * One pattern on its own, for asking whether it matches at a given token: the `unless` patterns of
 * a phrase entry (rules/exclusions.ts), tried at a bounded number of places around a match.
 */
export class Pattern {
  private readonly slots: Slot[];

  constructor(readonly source: string, classes: WordClasses = {}) {
    this.slots = source.trim().split(/\s+/).map((raw) => compileSlot(raw, classes, source));
    if (this.slots.every((s) => s.optional)) throw new Error(`Pattern "${source}" can match nothing`);
  }

  /** One past the last token of the longest match starting at `first`, or -1. */
  endAt(tokens: readonly Token[], first: number): number {
    if (first < 0 || first >= tokens.length || tokens[first].kind === 'punct') return -1;
    const last = longestMatch(this.slots, tokens, first);
    return last > first ? last : -1;
  }

  /**
   * Whether some match lies wholly within tokens [from, to), where no punctuation mark stands
   * between the match and `edge` (the side of the window next to the phrase it guards).
   */
  within(tokens: readonly Token[], from: number, to: number, edge: 'start' | 'end'): boolean {
    from = Math.max(0, from);
    to = Math.min(tokens.length, to);
    if (edge === 'start') {
      for (let first = from; first < to; first++) {
        if (tokens[first].kind === 'punct') return false;
        const end = this.endAt(tokens, first);
        if (end > 0 && end <= to) return true;
      }
      return false;
    }
    for (let first = to - 1; first >= from; first--) {
      if (tokens[first].kind === 'punct') return false;
      // The longest match may run past the window where a shorter one would fit: patterns here are
      // short, so the longest is what is asked for.
      const end = this.endAt(tokens, first);
      if (end > 0 && end <= to) return true;
    }
    return false;
  }
}
