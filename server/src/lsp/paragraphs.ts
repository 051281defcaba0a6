// Where a document can be cut so that each piece lints alone exactly as it lints inside the whole:
// the paragraph cache (paragraphCache.ts) re-lints only the pieces whose text changed.
//
// The engine works sentence by sentence inside blocks, and blocks never cross a blank line, so a
// cut at a blank line is exact when (1) the markup reader is in the same state after the blank line
// as at the start of a fresh document, (2) the next paragraph begins with prose in its very first
// character (the last sentence of a block "reaches" to the next block, so that a citation standing
// between them counts for it; a fix looks up to three characters back to capitalise), and (3)
// nothing in the document acts on the whole file (`whosays-disable`, link reference definitions,
// raw HTML whose elements may stay open). The checks are deliberately conservative: where they
// cannot tell, the document is one piece and is linted whole. LaTeX, HTML and wikitext, whose
// environments, elements and templates span blank lines, are always one piece.
// test/server/paragraphs.test.ts checks on random documents and edits that the pieces' findings
// equal lint() of the whole text.

import { LineIndex } from '../engine/lineIndex';
import type { Finding, MarkupLanguage } from '../engine/types';

export interface Piece {
  start: number;
  end: number;
}

const TAB = 9;
const SPACE = 32;

const URL_START = /^(?:https?:\/\/|ftp:\/\/|www\.)/i;
const PROSE_START = /[\p{L}\p{N}"'\u201c\u2018\u00ab]/u;
const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,32}:[^\s<>]*>|^<[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9][A-Za-z0-9.-]{0,250}>/;

/** The pieces of `text`, in order, covering it without gaps. */
export function splitIntoPieces(text: string, language: MarkupLanguage): Piece[] {
  const index = language === 'plaintext' || language === 'markdown' ? new LineIndex(text) : undefined;
  const starts = !index ? undefined : language === 'plaintext' ? plaintextCuts(text, index) : markdownCuts(text, index);
  if (!starts || starts.length === 0) return [{ start: 0, end: text.length }];
  const pieces: Piece[] = [];
  let start = 0;
  for (const cut of starts) {
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}

function isBlankLine(text: string, ls: number, le: number): boolean {
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** Each line that starts at or after `from`, as [start, end without its line break], counted as the engine counts them. */
function* lines(text: string, index: LineIndex, from = 0): Generator<[number, number]> {
  for (let line = index.lineAt(from); line < index.lineCount; line++) {
    const start = index.lineStart(line);
    if (start >= text.length) return;
    if (start >= from) yield [start, index.lineEnd(line)];
  }
}

/** Plain text: a cut before every paragraph that starts with prose rather than a citation. */
function plaintextCuts(text: string, index: LineIndex): number[] {
  const cuts: number[] = [];
  let sawBlank = false;
  let first = true;
  for (const [ls, le] of lines(text, index)) {
    if (isBlankLine(text, ls, le)) sawBlank = true;
    else {
      // The paragraph must open with prose in its first character: the engine looks up to three
      // characters back from a flagged word (to capitalise after a removal), across the cut.
      if (sawBlank && !first && startsProse(text, ls, le)) cuts.push(ls);
      sawBlank = false;
      first = false;
    }
  }
  return cuts;
}

/** Prose, not a citation, opens at `k`: a letter, digit or opening quote that does not begin a URL. */
function startsProse(text: string, k: number, le: number): boolean {
  if (!PROSE_START.test(String.fromCodePoint(text.codePointAt(k)!))) return false;
  return !URL_START.test(text.slice(k, Math.min(le, k + 8)));
}

interface Fence {
  char: number;
  length: number;
}

/**
 * Markdown: cuts before paragraphs that start at column 0 with prose, outside fenced code and front
 * matter. A document with anything that acts across blank lines (raw HTML, link reference
 * definitions, `whosays-disable`, a fence that is indented or inside a container) is not cut.
 */
function markdownCuts(text: string, index: LineIndex): number[] | undefined {
  if (text.includes('whosays-disable')) return undefined;
  const cuts: number[] = [];
  let fence: Fence | null = null;
  let sawBlank = false;
  let first = true;
  /** The next `<` at or after the current line (4294967295 when there is none): most lines have none. */
  let nextAngle = -1;
  for (const [ls, le] of lines(text, index, frontMatterEnd(text, index))) {
    if (fence) {
      if (closesFence(text, ls, le, fence)) fence = null;
      first = false;
      sawBlank = false;
    } else if (isBlankLine(text, ls, le)) {
      sawBlank = true;
    } else {
      const content = afterContainers(text, ls, le);
      const c = text.charCodeAt(content);
      if (c === 96 || c === 126) {
        let k = content;
        while (k < le && text.charCodeAt(k) === c) k++;
        if (k - content >= 3) {
          // Only a fence at column 0 outside every container is followed exactly; others are not cut around.
          if (content !== ls) return undefined;
          if (c === 96 && text.slice(k, le).includes('`')) return undefined;
          fence = { char: c, length: k - content };
        }
      }
      if (!fence) {
        if (nextAngle < ls) nextAngle = text.indexOf('<', ls) >>> 0;
        if (nextAngle < le && !htmlIsLocal(text, ls, le)) return undefined;
        if (c === 91 && text.charCodeAt(content + 1) !== 94 && text.slice(content, le).includes(']:')) return undefined;
        if (sawBlank && !first && content === ls) {
          // Column 0: every list item and blockquote of the previous paragraph has ended.
          const k = afterLeaders(text, ls, le);
          if (k < le && startsProse(text, k, le)) cuts.push(ls);
        }
      }
      sawBlank = false;
      first = false;
    }
  }
  return cuts;
}

/**
 * Where a Markdown document proper starts: after YAML (`---`) or TOML (`+++`) front matter, as the
 * Markdown reader sees it (the start of the line after the closing marker); 0 without.
 */
export function frontMatterEnd(text: string, index = new LineIndex(text)): number {
  const marker = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : '';
  if (!marker || !isBlankLine(text, 3, index.lineEnd(0))) return 0;
  for (let line = 1; line < index.lineCount; line++) {
    const pos = index.lineStart(line);
    if ((text.startsWith(marker, pos) || (marker === '---' && text.startsWith('...', pos))) && isBlankLine(text, pos + 3, index.lineEnd(line))) {
      return line + 1 < index.lineCount ? index.lineStart(line + 1) : text.length;
    }
  }
  return 0;
}

/** A top-level fence closes at the same character, at least as many, indented less than 4 columns. */
function closesFence(text: string, ls: number, le: number, fence: Fence): boolean {
  let k = ls;
  let column = 0;
  while (k < le) {
    const c = text.charCodeAt(k);
    if (c === SPACE) column++;
    else if (c === TAB) column += 4 - (column % 4);
    else break;
    k++;
  }
  if (column >= 4) return false;
  const runStart = k;
  while (k < le && text.charCodeAt(k) === fence.char) k++;
  return k - runStart >= fence.length && isBlankLine(text, k, le);
}

/** Skips indentation, `>` markers and list markers: where a line's content starts. */
function afterContainers(text: string, ls: number, le: number): number {
  let k = ls;
  for (;;) {
    const start = k;
    while (k < le && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
    if (text.charCodeAt(k) === 62) {
      k++;
      continue;
    }
    const marker = listMarkerEnd(text, k, le);
    if (marker > k) {
      k = marker;
      continue;
    }
    if (k === start) return k;
  }
}

/** Skips the markers a paragraph can open with at column 0: `>`, list markers and `#` headings. */
function afterLeaders(text: string, ls: number, le: number): number {
  let k = ls;
  for (;;) {
    k = afterContainers(text, k, le);
    let h = k;
    while (h < le && text.charCodeAt(h) === 35) h++;
    if (h > k && h - k <= 6 && (text.charCodeAt(h) === SPACE || text.charCodeAt(h) === TAB)) {
      k = h;
      continue;
    }
    return k;
  }
}

/** End of a list marker (`-`, `*`, `+`, `1.`, `1)`) and the space after it at `k`, or `k`. */
function listMarkerEnd(text: string, k: number, le: number): number {
  const c = text.charCodeAt(k);
  let m = k;
  if (c === 45 || c === 42 || c === 43) m = k + 1;
  else {
    while (m < le && m - k < 9 && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++;
    if (m === k || (text.charCodeAt(m) !== 46 && text.charCodeAt(m) !== 41)) return k;
    m++;
  }
  const after = text.charCodeAt(m);
  return after === SPACE || after === TAB ? m + 1 : k;
}

/**
 * Whether every `<` on the line is harmless across paragraphs: a comment closed on the same line, an
 * autolink, or a `<` that cannot open a tag. Anything else may be raw HTML.
 */
function htmlIsLocal(text: string, ls: number, le: number): boolean {
  for (let i = text.indexOf('<', ls); i >= 0 && i < le; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0 || close + 3 > le) return false;
      i = close + 2;
      continue;
    }
    if (next === 33 || next === 47 || next === 63) return false;
    const letter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (!letter) continue;
    // An autolink never parses as a tag (a scheme's ":" or an address's "@" cannot follow a tag name).
    const m = AUTOLINK.exec(text.slice(i, Math.min(le, i + 2100)));
    if (!m) return false;
    i += m[0].length - 1;
  }
  return true;
}

/**
 * A finding of a piece linted alone, in the whole document's offsets. An "ignore" fix inserts a line
 * ending in the piece's first line break; given `eol`, the document's own is used instead.
 */
export function shiftedFinding(f: Finding, by: number, eol: string | undefined): Finding {
  return {
    ...f,
    offset: f.offset + by,
    fixes: f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({
        offset: e.offset + by,
        length: e.length,
        newText: eol !== undefined && fix.kind === 'ignore' ? e.newText.replace(/(?:\r\n|\r|\n)$/, eol) : e.newText,
      })),
    })),
  };
}
