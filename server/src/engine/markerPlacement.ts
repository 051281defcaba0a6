// Where the quick fixes put `[citation needed]`, `[who?]` and `[by whom?]`: the way the document
// already places its references and cleanup markers (before or after a sentence's final
// punctuation, with or without a space), and with nothing to copy, Wikipedia's way (WP:REFPUNCT:
// right after the punctuation, no space). Also whether a LaTeX document can take `\todo{}`.
//
// Text in, convention out, in one pass over the citations the markup reader found. The counts
// (a MarkerTally) add up across paragraphs, so the language server can count each paragraph once
// and keep the counts of the paragraphs that did not change.

import type { EngineConfig, MarkerConventions, MarkerPlacementSetting, MarkupLanguage } from './types';
import type { Span } from './markup/proseView';
import { readProse } from './markup';
import { bracketKind } from './markup/inlineCitations';

/** What stands between a marker and the text before it: nothing, a space, or LaTeX's tie. */
export type MarkerSeparator = '' | ' ' | '~';

/**
 * `punctuation`: a sentence's marker goes after its final punctuation ("claim.[1]") or before it
 * ("claim [1]."); `separator` stands before a sentence's marker; `wordSeparator` between a word and
 * a [who?] or [by whom?] after it.
 */
export type MarkerPlacement = MarkerConventions['placement'];

/** What a document's own markers show, counted by separator. */
export interface MarkerTally {
  /** Markers right after a sentence's punctuation: "1958.[2]". */
  after: SeparatorCounts;
  /** Markers right before a sentence's punctuation: "light [citation needed].". */
  before: SeparatorCounts;
  /** Markers after a word inside a sentence: "Some critics[who?] say". */
  inside: SeparatorCounts;
}

export type SeparatorCounts = Record<MarkerSeparator, number>;

/** Wikipedia's convention, used when the document has nothing to copy. */
export const DEFAULT_PLACEMENT: MarkerPlacement = { punctuation: 'after', separator: '', wordSeparator: '' };

export function emptyTally(): MarkerTally {
  return { after: { '': 0, ' ': 0, '~': 0 }, before: { '': 0, ' ': 0, '~': 0 }, inside: { '': 0, ' ': 0, '~': 0 } };
}

export function addTallies(into: MarkerTally, more: MarkerTally): MarkerTally {
  // Spelled out: the language server adds one tally per paragraph on every keystroke.
  addCounts(into.after, more.after);
  addCounts(into.before, more.before);
  addCounts(into.inside, more.inside);
  return into;
}

function addCounts(into: SeparatorCounts, more: SeparatorCounts): void {
  into[''] += more[''];
  into[' '] += more[' '];
  into['~'] += more['~'];
}

const SENTENCE_PUNCTUATION = new Set(['.', '!', '?', '\u2026', ';', ':', ',']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', ')']);
/** How far a marker may stand from the text it belongs to (a space or two, a tie). */
const MAX_GAP = 2;

/** Whether the citation at [start, end) is a reference or cleanup marker, rather than a link or a bare URL. */
function isMarker(text: string, start: number, end: number): boolean {
  const c = text.charAt(start);
  if (c === '[') {
    // A footnote's definition ("[^1]: ...") is not a reference in the text.
    if (text.charAt(end - 1) !== ']' || text.charAt(end) === ':') return false;
    const kind = bracketKind(text.slice(start + 1, end - 1));
    return kind !== null && kind !== 'url';
  }
  if (c === '(' || text.startsWith('{{', start)) return true;
  if (c === '<') return /^<(?:ref|sup)\b/i.test(text.slice(start, start + 5));
  if (c === '\\') return !/^\\(?:url|href)\b/.test(text.slice(start, start + 6));
  return false;
}

function separatorOf(gap: string, language: MarkupLanguage): MarkerSeparator | undefined {
  if (gap === '') return '';
  if (language === 'latex' && gap === '~') return '~';
  return /^[ \t\u00a0]+$/.test(gap) ? ' ' : undefined;
}

/**
 * Counts how the document's markers and references sit: each run of adjacent ones ("[1][2]",
 * "<ref/><ref/>") once. `citations` are the reader's citation spans, sorted by start.
 */
export function tallyMarkers(text: string, language: MarkupLanguage, citations: readonly Span[]): MarkerTally {
  const tally = emptyTally();
  let i = 0;
  while (i < citations.length) {
    const { start } = citations[i];
    let { end } = citations[i];
    const first = i;
    i++;
    while (i < citations.length && citations[i].start <= end) end = Math.max(end, citations[i++].end);
    if (!isMarker(text, start, citations[first].end)) continue;
    let k = start;
    while (k > 0 && start - k < MAX_GAP && /[ \t\u00a0~]/.test(text.charAt(k - 1))) k--;
    const separator = separatorOf(text.slice(k, start), language);
    if (separator === undefined || k === 0) continue;
    const previous = text.charAt(k - 1);
    const beforeThat = text.charAt(k - 2);
    if (SENTENCE_PUNCTUATION.has(previous) || (CLOSERS.has(previous) && SENTENCE_PUNCTUATION.has(beforeThat))) {
      tally.after[separator]++;
    } else if (/[\p{L}\p{N})\]}"'\u201d\u2019]/u.test(previous)) {
      tally[SENTENCE_PUNCTUATION.has(text.charAt(end)) ? 'before' : 'inside'][separator]++;
    }
  }
  return tally;
}

/** The counts of a document (or of one paragraph) read on its own. */
export function tallyDocument(text: string, language: MarkupLanguage, config?: Pick<EngineConfig, 'markers'>): MarkerTally {
  const view = readProse(text, language);
  return tallyMarkers(text, language, withConfiguredMarkers(text, view.citations, config?.markers[language]));
}

function total(counts: SeparatorCounts): number {
  return counts[''] + counts[' '] + counts['~'];
}

/** The most used separator; a tie goes to no separator, then to a space. */
function commonest(counts: SeparatorCounts): MarkerSeparator {
  let best: MarkerSeparator = '';
  for (const separator of [' ', '~'] as const) if (counts[separator] > counts[best]) best = separator;
  return best;
}

/**
 * The placement to use. `auto` copies the side most of the document's sentence-end markers take
 * (a tie, or none, goes to after the punctuation); the other settings fix the side. Either way the
 * separators copy the document's: a sentence's marker takes the one most markers on that side
 * have, a [who?] the one markers after a word have (none, when the document shows neither).
 */
export function resolvePlacement(tally: MarkerTally, setting: MarkerPlacementSetting = 'auto'): MarkerPlacement {
  const afterCount = total(tally.after);
  const beforeCount = total(tally.before);
  const punctuation = setting === 'afterPunctuation' ? 'after' : setting === 'beforePunctuation' ? 'before' : beforeCount > afterCount ? 'before' : 'after';
  const words: SeparatorCounts = { '': 0, ' ': 0, '~': 0 };
  for (const separator of ['', ' ', '~'] as const) words[separator] = tally.before[separator] + tally.inside[separator];
  const side = punctuation === 'after' ? tally.after : total(tally.before) > 0 ? tally.before : words;
  return { punctuation, separator: commonest(side), wordSeparator: commonest(words) };
}

/** Packages that define `\todo`. */
const TODO_PACKAGES = new Set(['todonotes', 'luatodonotes', 'easy-todo', 'todo']);
const USE_PACKAGE = /\\(?:usepackage|RequirePackage)\s*(?:\[[^\]\n]{0,500}\])?\s*\{([^}\n]{1,500})\}/g;
const DEFINES_TODO = /\\(?:newcommand|renewcommand|providecommand|DeclareRobustCommand|NewDocumentCommand|DeclareDocumentCommand|ProvideDocumentCommand)\*?\s*\{?\s*\\todo(?![A-Za-z])|\\(?:def|gdef|let)\s*\\todo(?![A-Za-z])/g;

/** True when `at` is inside a LaTeX comment: an unescaped % earlier on its line (looking back a bounded way). */
function commentedOut(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k < 300; k--) {
    const c = text.charAt(k);
    if (c === '\n' || c === '\r') return false;
    if (c === '%') {
      let backslashes = 0;
      while (text.charAt(k - 1 - backslashes) === '\\') backslashes++;
      if (backslashes % 2 === 0) return true;
    }
  }
  return false;
}

/**
 * Whether `\todo` compiles in this LaTeX document: it loads todonotes (or luatodonotes, easy-todo,
 * todo) or defines `\todo` itself. A fragment without a preamble (no `\documentclass`, a chapter
 * that a main file includes) that already uses `\todo` is taken to compile too.
 */
export function definesTodo(text: string): boolean {
  for (const match of text.matchAll(USE_PACKAGE)) {
    if (commentedOut(text, match.index)) continue;
    if (match[1].split(',').some((name) => TODO_PACKAGES.has(name.trim()))) return true;
  }
  for (const match of text.matchAll(DEFINES_TODO)) if (!commentedOut(text, match.index)) return true;
  if (!/\\documentclass\b/.test(text)) {
    for (const match of text.matchAll(/\\todo(?![A-Za-z])/g)) if (!commentedOut(text, match.index)) return true;
  }
  return false;
}

/** The conventions of a whole document read alone. */
export function documentConventions(
  text: string,
  language: MarkupLanguage,
  config: Pick<EngineConfig, 'markers' | 'markerPlacement'>,
  citations?: readonly Span[],
): MarkerConventions {
  const tally = citations ? tallyMarkers(text, language, citations) : tallyDocument(text, language, config);
  return { placement: resolvePlacement(tally, config.markerPlacement[language]), todo: language === 'latex' && definesTodo(text) };
}

/**
 * Marker texts the configuration chose (a custom LaTeX macro, say) count as citations wherever they
 * already stand, so a fix never inserts a marker twice. The readers know the default ones.
 */
export function withConfiguredMarkers(text: string, citations: readonly Span[], configured: Partial<Record<string, string>> | undefined): readonly Span[] {
  if (!configured) return citations;
  const found: Span[] = [];
  for (const marker of Object.values(configured)) {
    const literal = (marker ?? '').split('{date}')[0].trim();
    if (literal.length < 3) continue;
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) found.push({ start: at, end: at + literal.length });
  }
  if (found.length === 0) return citations;
  return [...citations, ...found].sort((a, b) => a.start - b.start);
}

/** Where a sentence's punctuation ends: past the marks at `terminal` and a closing quote or parenthesis after them. */
export function punctuationEnd(text: string, terminal: number): number {
  let i = terminal;
  while (i < text.length && i - terminal < 8 && SENTENCE_PUNCTUATION.has(text.charAt(i))) i++;
  if (i === terminal) return terminal;
  while (i < text.length && i - terminal < 12 && CLOSERS.has(text.charAt(i))) i++;
  return i;
}

/** `separator` + `marker`, without a second space where the text already has one. */
export function separated(text: string, at: number, separator: MarkerSeparator, marker: string): string {
  if (separator === '' || at === 0 || /\s|~/.test(text.charAt(at - 1))) return marker;
  return separator + marker;
}
