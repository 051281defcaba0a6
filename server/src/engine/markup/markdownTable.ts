// GFM tables: whether the line after a candidate header row is a delimiter row (`| --- | :-: |`).

import { chars } from './builder';

// A local binding: see the note in markdown.ts on hot helpers under a CommonJS transform.
const { isSpaceOrTab, lineEnd, skipLineBreak } = chars;

/**
 * Whether the line after the one ending at `le` is a delimiter row inside `depth` block quotes:
 * cells of dashes with optional colons, separated by pipes.
 */
export function isDelimiterRowAfter(src: string, le: number, depth: number): boolean {
  if (le >= src.length) return false;
  let k = skipLineBreak(src, le);
  const nle = lineEnd(src, k);
  for (let d = 0; d < depth; d++) {
    while (k < nle && isSpaceOrTab(src.charCodeAt(k))) k++;
    if (src.charCodeAt(k) !== 62) return false;
    k++;
  }
  let pipes = 0;
  let cellDashes = 0;
  let cells = 0;
  let inCell = false;
  let afterDash = false;
  for (; k < nle; k++) {
    const c = src.charCodeAt(k);
    if (c === 124) {
      pipes++;
      if (inCell) {
        if (cellDashes === 0) return false;
        cells++;
      }
      inCell = false;
      cellDashes = 0;
      afterDash = false;
    } else if (c === 45) {
      if (afterDash) return false;
      inCell = true;
      cellDashes++;
    } else if (c === 58) {
      if (cellDashes > 0) afterDash = true;
      inCell = true;
    } else if (isSpaceOrTab(c)) {
      if (cellDashes > 0) afterDash = true;
    } else return false;
  }
  if (inCell) {
    if (cellDashes === 0) return false;
    cells++;
  }
  return pipes > 0 && cells > 0;
}
