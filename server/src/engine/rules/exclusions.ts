// Exclusions as data: what a phrase entry lists beside its pattern to say where a match does not
// count, evaluated here for every rule (lint.ts asks `admits` of each match). Everything looks a
// bounded number of tokens either side of the match, so matching stays linear in the text.
//
//   notAfter, notBefore     words that cancel the match when they stand right before / after it,
//                           or within a window: { words, within: 7 } (a punctuation mark ends the
//                           window, and is compared itself, so ":" can be listed)
//   onlyAfter, onlyBefore   the match counts only with one of these words before / after it
//   notBeforeNumber         a number right after cancels it ("one of the top 20")
//   wordFollows             the match counts only when a word (not a number or a mark) follows it
//   unless                  phrase patterns, in the syntax of phrases.ts, that cancel the match when
//                           they match in a window before or after it: { pattern: 'one of', before: 2 }
//   onlyIf                  phrase patterns, the same way, one of which must match for it to count
//   guards                  named guards (guards/) that cancel the match when they hold:
//                           ['writerBefore', 'instruction'], or a rule's own Guard object
//   requires                guards that must hold for the match to count
//
// A `when` closure is left for what these cannot say; it runs after them.

import { Pattern, type WordClasses } from '../phrases';
import { GUARDS, type Guard, type GuardName } from '../guards';
import type { MatchView, PhraseEntry } from './rule';

/** Words looked for in a window of tokens next to the match. */
export interface WordWindow {
  words: Iterable<string>;
  /** How many tokens next to the match are looked at: 1 is only the adjacent one. */
  within: number;
  /** A punctuation mark ends the window (after being compared) unless this is true. */
  throughPunctuation?: boolean;
}

/** A list of words compared with the adjacent token, or a window. */
export type WordList = readonly string[] | ReadonlySet<string> | WordWindow;

/** A phrase pattern looked for close to the match (`unless`: it cancels the match; `onlyIf`: it is needed). */
export interface Nearby {
  /** In the syntax of phrases.ts; the entry's table's word classes can be used. */
  pattern: string;
  /** It lies wholly within this many tokens before the match, with no punctuation between. */
  before?: number;
  /** It lies wholly within this many tokens after the match, with no punctuation between. */
  after?: number;
  /** It may also reach this many tokens into the match: "known as" where the match ends in "known". */
  overlap?: number;
  /** It must touch the match (start right after it, or `overlap` tokens inside it; before: end right there). */
  adjacent?: boolean;
}

/** A guard by name (guards/index.ts) or a rule's own. */
export type GuardRef = GuardName | Guard;

export interface Exclusions {
  notAfter?: WordList;
  notBefore?: WordList;
  onlyAfter?: WordList;
  onlyBefore?: WordList;
  notBeforeNumber?: boolean;
  wordFollows?: boolean;
  unless?: readonly Nearby[];
  onlyIf?: readonly Nearby[];
  guards?: readonly GuardRef[];
  requires?: readonly GuardRef[];
}

interface Window {
  words: ReadonlySet<string>;
  within: number;
  through: boolean;
}

interface CompiledNearby {
  pattern: Pattern;
  side: 'before' | 'after';
  reach: number;
  overlap: number;
  adjacent: boolean;
}

interface Compiled {
  notAfter?: Window;
  notBefore?: Window;
  onlyAfter?: Window;
  onlyBefore?: Window;
  unless: CompiledNearby[];
  onlyIf: CompiledNearby[];
  guards: Guard[];
  requires: Guard[];
}

function toWindow(list: WordList | undefined): Window | undefined {
  if (list === undefined) return undefined;
  if (Array.isArray(list) || list instanceof Set) return { words: new Set(list as Iterable<string>), within: 1, through: false };
  const w = list as WordWindow;
  if (!(w.within >= 1)) throw new Error(`A word window needs "within" of at least 1 (got ${w.within})`);
  return { words: new Set(w.words), within: w.within, through: w.throughPunctuation === true };
}

function toGuard(ref: GuardRef): Guard {
  if (typeof ref !== 'string') return ref;
  const guard: Guard | undefined = GUARDS[ref];
  if (!guard) throw new Error(`Unknown guard "${ref}"`);
  return guard;
}

function compileNearby(u: Nearby, classes: WordClasses): CompiledNearby {
  if ((u.before === undefined) === (u.after === undefined)) throw new Error(`"${u.pattern}" needs exactly one of before and after`);
  const reach = u.before ?? u.after!;
  return { pattern: new Pattern(u.pattern, classes), side: u.before !== undefined ? 'before' : 'after', reach, overlap: u.overlap ?? 0, adjacent: u.adjacent === true };
}

const compiled = new WeakMap<PhraseEntry, Compiled>();

/** The entry's exclusions, compiled once; throws on an unknown guard, class or malformed window. */
export function compileExclusions(entry: PhraseEntry, classes: WordClasses = {}): Compiled {
  let c = compiled.get(entry);
  if (c) return c;
  c = {
    notAfter: toWindow(entry.notAfter),
    notBefore: toWindow(entry.notBefore),
    onlyAfter: toWindow(entry.onlyAfter),
    onlyBefore: toWindow(entry.onlyBefore),
    unless: (entry.unless ?? []).map((u) => compileNearby(u, classes)),
    onlyIf: (entry.onlyIf ?? []).map((u) => compileNearby(u, classes)),
    guards: (entry.guards ?? []).map(toGuard),
    requires: (entry.requires ?? []).map(toGuard),
  };
  compiled.set(entry, c);
  return c;
}

/** A listed word in the window before (step -1) or after (step 1) the match. */
function inWindow(m: MatchView, w: Window, side: 'before' | 'after'): boolean {
  for (let k = 1; k <= w.within; k++) {
    const t = side === 'before' ? m.before(k) : m.after(k);
    if (!t) return false;
    if (w.words.has(t.lower)) return true;
    if (t.kind === 'punct' && !w.through) return false;
  }
  return false;
}

function nearby(m: MatchView, u: CompiledNearby): boolean {
  if (u.adjacent) {
    if (u.side === 'after') {
      const end = u.pattern.endAt(m.tokens, m.last - u.overlap);
      return end > 0 && end <= m.last + u.reach;
    }
    // Ending right at the match: tried from each start the window allows.
    for (let first = m.first + u.overlap - 1; first >= m.first - u.reach && first >= 0; first--) {
      if (m.tokens[first].kind === 'punct') return false;
      if (u.pattern.endAt(m.tokens, first) === m.first + u.overlap) return true;
    }
    return false;
  }
  return u.side === 'after'
    ? u.pattern.within(m.tokens, m.last - u.overlap, m.last + u.reach, 'start')
    : u.pattern.within(m.tokens, m.first - u.reach, m.first + u.overlap, 'end');
}

/** Whether a match of `entry` counts: its exclusions, then its `when`. */
export function admits(entry: PhraseEntry, m: MatchView, classes?: WordClasses): boolean {
  const c = compileExclusions(entry, classes);
  if (c.notAfter && inWindow(m, c.notAfter, 'before')) return false;
  if (c.notBefore && inWindow(m, c.notBefore, 'after')) return false;
  if (c.onlyAfter && !inWindow(m, c.onlyAfter, 'before')) return false;
  if (c.onlyBefore && !inWindow(m, c.onlyBefore, 'after')) return false;
  if (entry.notBeforeNumber && m.after()?.kind === 'number') return false;
  if (entry.wordFollows && m.after()?.kind !== 'word') return false;
  for (const u of c.unless) if (nearby(m, u)) return false;
  if (c.onlyIf.length > 0 && !c.onlyIf.some((u) => nearby(m, u))) return false;
  for (const g of c.requires) if (!g.holds(m)) return false;
  for (const g of c.guards) if (g.holds(m)) return false;
  return entry.when === undefined || entry.when(m);
}
