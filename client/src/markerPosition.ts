// Where "Insert [citation needed] at cursor" puts the marker. Pure text logic, no editor API.

/** Terminal punctuation the marker goes before, as the server's quick fix does. */
const TERMINAL = /[.!?\u2026]+$/u;

/**
 * The column at which to insert a marker for a cursor at `column` on `lineText`: the cursor itself,
 * or, when the cursor sits right after a sentence's final punctuation ("…claim.|"), the column
 * before that punctuation ("…claim|.").
 */
export function markerColumn(lineText: string, column: number): number {
  const before = lineText.slice(0, column);
  const terminal = TERMINAL.exec(before);
  if (terminal === null) return column;
  const at = column - terminal[0].length;
  // Punctuation alone (a line of "...", or after a space) is not the end of a sentence.
  if (at === 0 || /\s/u.test(before.charAt(at - 1))) return column;
  return at;
}

/** True when `marker` already stands at `column` (ignoring spaces): never tag twice. */
export function markerAlreadyAt(lineText: string, column: number, marker: string): boolean {
  let i = column;
  while (lineText.charAt(i) === ' ') i++;
  if (lineText.startsWith(marker, i)) return true;
  // Also right before the cursor, for a second press of the same command.
  return lineText.slice(0, column).trimEnd().endsWith(marker);
}
