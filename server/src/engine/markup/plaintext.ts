// Plain text: paragraphs are separated by blank lines; the only markup is inline citations, and the
// only structure besides paragraphs is a table laid out in columns with spaces.

import { ViewBuilder } from './builder';
import { blankInlineCitations } from './inlineCitations';
import type { ProseView } from './proseView';

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

export function readPlaintext(source: string): ProseView {
  const b = new ViewBuilder(source);
  markLines(b, 0, source.length);
  blankInlineCitations(b, 0, source.length);
  return b.finish();
}

/**
 * A line that holds nothing but spaces and tabs ends a paragraph, and a line laid out in columns of
 * figures ("Volunteer hours      31,500      27,800") is a table row: each cell its own block, as a
 * Markdown table's, so the row is not read as a sentence making claims. One pass, boundaries in order.
 */
function markLines(b: ViewBuilder, start: number, end: number): void {
  const src = b.src;
  let lineStart = start;
  let blank = true;
  // A gap is two or more spaces, or a tab, after the line's first non-space character.
  let gapped = false;
  let spaces = 0;
  const endLine = (lineEnd: number) => {
    if (blank) b.boundary(lineStart);
    else if (gapped) markRow(b, lineStart, lineEnd);
  };
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === LF || c === CR) {
      endLine(i);
      if (c === CR && src.charCodeAt(i + 1) === LF) i++;
      lineStart = i + 1;
      blank = true;
      gapped = false;
      spaces = 0;
    } else if (c === SPACE || c === TAB) {
      spaces += c === TAB ? 2 : 1;
    } else {
      if (!blank && spaces >= 2) gapped = true;
      blank = false;
      spaces = 0;
    }
  }
  endLine(end);
}

/** A cell holds a figure: digits with the signs figures carry ("£1,200", "31%", "2024-25", "(3.2)"), or a dash for none. */
function isFigureCell(src: string, start: number, end: number): boolean {
  let digits = false;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c >= 48 && c <= 57) digits = true;
    else if ('.,%£$€¥+-\u2013\u2212()/ '.indexOf(src.charAt(i)) < 0) return false;
  }
  return digits || /^[-\u2013\u2014]+$/.test(src.slice(start, end));
}

/**
 * Splits the line into cells at gaps; a row has at least two figure cells and at most one other
 * cell, its label, first. Anything else (prose with two spaces after a full stop) is left alone.
 */
function markRow(b: ViewBuilder, lineStart: number, lineEnd: number): void {
  const src = b.src;
  const cells: [number, number][] = [];
  let i = lineStart;
  while (i < lineEnd) {
    while (i < lineEnd && (src.charCodeAt(i) === SPACE || src.charCodeAt(i) === TAB)) i++;
    if (i >= lineEnd) break;
    const cellStart = i;
    let cellEnd = i;
    while (i < lineEnd) {
      const c = src.charCodeAt(i);
      if (c === TAB || (c === SPACE && (src.charCodeAt(i + 1) === SPACE || src.charCodeAt(i + 1) === TAB))) break;
      if (c !== SPACE) cellEnd = i + 1;
      i++;
    }
    cells.push([cellStart, cellEnd]);
  }
  let figures = 0;
  for (let k = 0; k < cells.length; k++) {
    if (isFigureCell(src, cells[k][0], cells[k][1])) figures++;
    else if (k > 0) return;
  }
  if (figures < 2) return;
  for (const [cellStart] of cells) b.boundary(cellStart, 'table-cell');
  // The line after the row goes back to prose (a blank line there sets the same boundary).
  let next = lineEnd;
  if (src.charCodeAt(next) === CR) next++;
  if (src.charCodeAt(next) === LF) next++;
  b.boundary(next);
}
