// Applying the engine's text edits (a fix's, or an allow-list change's) to a text. Its own module,
// with no other import, so that a page that only applies fixes (the playground) does not load the engine.

import type { TextEdit } from '../types';

/** `text` with `edits` applied (offsets into `text`, not overlapping), the last first so that earlier offsets hold. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}
