// How many diagnostics one document publishes (whosays.maxProblems). VS Code keeps at most 1,000
// per file and drops the rest after they have been serialised, sent, parsed and converted; a 1 MB
// document can hold ten times that. So the server sends at most the limit itself, choosing the
// findings nearest the writer's last edit (VS Code would keep the first ones, far from where the
// writer is working), and says in one more diagnostic how many it left out and how to see them.

import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import type { Finding } from '../engine/types';
import { SOURCE, toDiagnostics } from './diagnostics';
import type { LineIndex } from './convert';

/** VS Code's own limit per file; the note counts towards it. */
export const DEFAULT_MAX_PROBLEMS = 1000;

/** The `code` of the note, which is no rule id (those hold a "/"). */
export const LIMIT_NOTE_CODE = 'limit';

/** The `code` of the note on a preview of a long document (preview.ts), replaced when the whole is linted. */
export const PARTIAL_NOTE_CODE = 'partial';

/** What the note carries in `data`, for the client's status bar. */
export interface LimitNoteData {
  shown: number;
  total: number;
}

/**
 * Which of `total` findings (in document order) are published under `limit` (0: no limit), as
 * [from, to): all when they fit, else `limit - 1` (one place is the note's) centred on the first
 * finding at or after the focus, `beforeFocus` being how many stand before it.
 */
export function problemWindow(total: number, beforeFocus: number, limit: number): [number, number] {
  if (limit <= 0 || total <= limit) return [0, total];
  const size = Math.max(1, limit - 1);
  const from = Math.min(Math.max(0, beforeFocus - Math.floor(size / 2)), total - size);
  return [from, from + size];
}

/** The note, at `at` (the first diagnostic shown); `nearEdit` when the shown ones surround the last edit rather than open the document. */
export function limitNote(at: Position, shown: number, total: number, nearEdit: boolean): Diagnostic {
  const data: LimitNoteData = { shown, total };
  return {
    range: { start: at, end: at },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: LIMIT_NOTE_CODE,
    message: `Who Says shows ${shown.toLocaleString('en-US')} of the ${total.toLocaleString('en-US')} findings in this document, ${nearEdit ? 'those nearest your last edit' : 'the first ones'}. The whosays.maxProblems setting raises the limit (0 for none); the whosays command lists them all.`,
    data,
  };
}

/** The note on a preview that covers `share` (0..1) of the document. */
export function partialNote(at: Position, share: number): Diagnostic {
  const percent = Math.max(1, Math.floor(share * 100));
  return {
    range: { start: at, end: at },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: PARTIAL_NOTE_CODE,
    message: `Who Says is still checking this long document: the findings shown so far are those of its first ${percent}%.`,
  };
}

/** The diagnostics of findings of a file read from disk (no edit to centre on): the first ones under `limit`. */
export function limitedDiagnostics(findings: readonly Finding[], index: LineIndex, docs: string | undefined, limit: number): Diagnostic[] {
  const [from, to] = problemWindow(findings.length, 0, limit);
  const shown = toDiagnostics(from === 0 && to === findings.length ? findings : findings.slice(from, to), index, null, docs);
  if (to - from < findings.length) shown.push(limitNote(shown[0]?.range.start ?? { line: 0, character: 0 }, to - from, findings.length, false));
  return shown;
}
