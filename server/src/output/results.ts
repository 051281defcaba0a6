// What a lint run found in one file, as plain data: built where the file is linted (maybe in a
// worker thread, whose results cross by structured clone), rendered by any output format on the
// main thread. The text itself is not kept: a run of many files holds only their findings.

import { safeFixOf } from '../engine/fixAll';
import { LineIndex } from '../engine/lineIndex';
import type { Category, Finding, Fix, Severity } from '../engine/types';
import type { ReportPart } from './report/part';

/** A one-based place in the file, its column counted two ways. */
export interface Place {
  line: number;
  /** UTF-16 code units, as `ResultFinding.column`. */
  column: number;
  /** UTF-8 bytes of the line as stored, a byte-order mark included on line 1 (what reviewdog counts). */
  byteColumn: number;
}

/** An edit placed by line and column, for formats that give fixes so (reviewdog's suggestions). */
export interface PlacedEdit {
  start: Place;
  /** Exclusive; equal to `start` for an insertion. */
  end: Place;
  newText: string;
}

export interface ResultFinding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  /** UTF-16 code units into the text as decoded (a byte-order mark is not counted). */
  offset: number;
  length: number;
  /** One-based, as an editor shows them; columns count UTF-16 code units. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `column` and `endColumn` in UTF-8 bytes, as `Place.byteColumn`. */
  byteColumn: number;
  endByteColumn: number;
  /** The flagged words as they stand in the text. */
  text: string;
  why: string;
  guideline: string;
  suggestion?: string;
  fixes: Fix[];
  /** The edit of the fix Fix All would apply (a marker or "said"), if the finding has one. */
  safeEdit?: PlacedEdit;
}

export interface FileResult {
  /** As given on the command line (or as a glob or folder produced it), or `<stdin>`. */
  path: string;
  /** The file starts with a byte-order mark; offsets in the JSON-like formats count it. */
  bom: boolean;
  findings: ResultFinding[];
  /** What the sourcing report needs of the text (output/report/part.ts); only when a report is asked for. */
  report?: ReportPart;
}

/** Findings in the order every report lists them: by offset, the shorter first, then by rule. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule));
}

/** `findings` (sorted) of `text` as a result. */
export function fileResult(path: string, text: string, bom: boolean, findings: readonly Finding[]): FileResult {
  const placeAt = placer(text, bom, findings);
  return {
    path,
    bom,
    findings: findings.map((f) => {
      const start = placeAt(f.offset);
      const end = placeAt(f.offset + f.length);
      const safeEdit = safeFixOf(f)?.edits[0];
      return {
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        message: f.message,
        offset: f.offset,
        length: f.length,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        byteColumn: start.byteColumn,
        endByteColumn: end.byteColumn,
        text: f.text,
        why: f.explanation.why,
        guideline: f.explanation.guideline,
        ...(f.explanation.suggestion ? { suggestion: f.explanation.suggestion } : {}),
        fixes: f.fixes,
        ...(safeEdit
          ? { safeEdit: { start: placeAt(safeEdit.offset), end: placeAt(safeEdit.offset + safeEdit.length), newText: safeEdit.newText } }
          : {}),
      };
    }),
  };
}

/**
 * The places of every offset the findings of a text name (their starts and ends, their safe
 * edits'), counted in one sweep over the text: a byte column counts from the start of its line, and
 * counting afresh for each finding would cost the line's length each time (quadratic on a long line).
 */
function placer(text: string, bom: boolean, findings: readonly Finding[]): (offset: number) => Place {
  const index = new LineIndex(text);
  const offsets: number[] = [];
  for (const f of findings) {
    offsets.push(f.offset, f.offset + f.length);
    const edit = safeFixOf(f)?.edits[0];
    if (edit) offsets.push(edit.offset, edit.offset + edit.length);
  }
  offsets.sort((a, b) => a - b);
  const places = new Map<number, Place>();
  let line = -1;
  let counted = 0;
  let bytes = 0;
  for (const offset of offsets) {
    if (places.has(offset)) continue;
    const position = index.lineColumnAt(offset);
    if (position.line !== line) {
      line = position.line;
      counted = index.lineStart(line - 1);
      bytes = bom && line === 1 ? 3 : 0;
    }
    // The offset clamped to the text, as the column is.
    const at = index.lineStart(line - 1) + position.column - 1;
    bytes += utf8Length(text, counted, at);
    counted = at;
    places.set(offset, { line, column: position.column, byteColumn: bytes + 1 });
  }
  return (offset) => places.get(offset)!;
}

/** Bytes of `text.slice(from, to)` in UTF-8 (the text came from valid UTF-8: no lone surrogates). */
function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one four-byte character: two bytes for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface Tally {
  files: number;
  total: number;
  bySeverity: Record<Severity, number>;
}

export function tally(files: readonly FileResult[]): Tally {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let total = 0;
  for (const file of files) {
    for (const f of file.findings) {
      bySeverity[f.severity]++;
      total++;
    }
  }
  return { files: files.length, total, bySeverity };
}

/** The worst severity present, if any. */
export function worstSeverity(t: Tally): Severity | undefined {
  return SEVERITY_ORDER.find((s) => t.bySeverity[s] > 0);
}

/** "3 problems (1 warning, 2 information) in 2 files", or "No problems found in 2 files." */
export function summaryLine(t: Tally): string {
  const fileCount = `${t.files} ${t.files === 1 ? 'file' : 'files'}`;
  if (t.total === 0) return `No problems found in ${fileCount}.`;
  const parts = SEVERITY_ORDER.filter((s) => t.bySeverity[s] > 0).map((s) => {
    const n = t.bySeverity[s];
    return `${n} ${s === 'information' || n === 1 ? s : `${s}s`}`;
  });
  return `${t.total} ${t.total === 1 ? 'problem' : 'problems'} (${parts.join(', ')}) in ${fileCount}`;
}
