// Where "Insert [citation needed] at cursor" puts the marker. Pure text logic, no editor API.

import type { MarkerPlacement } from './protocol';

/** What servers before 0.2 did: before the punctuation, no space. */
const LEGACY_PLACEMENT: MarkerPlacement = { punctuation: 'before', separator: '', wordSeparator: '' };

/** A sentence's final punctuation, and a closing quote or parenthesis after it, as the server's quick fix reads it. */
const TERMINAL = /[.!?\u2026]+["'\u201d\u2019\u00bb)]*$/u;

export interface MarkerInsertion {
  column: number;
  /** The marker with what goes before it. */
  text: string;
}

/**
 * Where and what to insert for a cursor at `column` on `lineText`, placed as the document's quick
 * fixes place markers: at a sentence's end ("…claim.|") before or after its punctuation, elsewhere
 * at the cursor; with the document's separator ("claim [citation needed].") unless a space is
 * already there.
 */
export function markerInsertion(lineText: string, column: number, marker: string, placement: MarkerPlacement = LEGACY_PLACEMENT): MarkerInsertion {
  const before = lineText.slice(0, column);
  const terminal = TERMINAL.exec(before);
  let at = column;
  let separator = placement.wordSeparator;
  // Punctuation alone (a line of "...", or after a space) is not the end of a sentence.
  if (terminal !== null && terminal.index > 0 && !/\s/u.test(before.charAt(terminal.index - 1))) {
    separator = placement.separator;
    if (placement.punctuation === 'before') at = terminal.index;
  }
  const previous = lineText.charAt(at - 1);
  const text = separator === '' || at === 0 || /\s|~/u.test(previous) ? marker : separator + marker;
  return { column: at, text };
}

/** True when `marker` already stands at `column` (ignoring spaces): never tag twice. */
export function markerAlreadyAt(lineText: string, column: number, marker: string): boolean {
  let i = column;
  while (lineText.charAt(i) === ' ' || lineText.charAt(i) === '~') i++;
  if (lineText.startsWith(marker, i)) return true;
  // Also right before the cursor, for a second press of the same command.
  return lineText.slice(0, column).trimEnd().endsWith(marker);
}
