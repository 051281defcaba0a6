// Plain text: paragraphs are separated by blank lines; the only markup is inline citations.

import { ViewBuilder } from './builder';
import { blankInlineCitations } from './inlineCitations';
import type { ProseView } from './proseView';

const LF = 10;
const CR = 13;

export function readPlaintext(source: string): ProseView {
  const b = new ViewBuilder(source);
  markBlankLines(b, 0, source.length);
  blankInlineCitations(b, 0, source.length);
  return b.finish();
}

/** A paragraph boundary at every line of `[start, end)` that holds nothing but spaces and tabs. */
export function markBlankLines(b: ViewBuilder, start: number, end: number): void {
  const src = b.src;
  let lineStart = start;
  let blank = true;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === LF || c === CR) {
      if (blank) b.boundary(lineStart);
      if (c === CR && src.charCodeAt(i + 1) === LF) i++;
      lineStart = i + 1;
      blank = true;
    } else if (c !== 32 && c !== 9) blank = false;
  }
  if (blank) b.boundary(lineStart);
}
