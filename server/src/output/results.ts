// What a lint run found in one file, as plain data: built where the file is linted (maybe in a
// worker thread, whose results cross by structured clone), rendered by any output format on the
// main thread. The text itself is not kept: a run of many files holds only their findings.

import { LineIndex } from '../engine/lineIndex';
import type { Category, Finding, Fix, Severity } from '../engine/types';
import type { ReportPart } from './report/part';

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
  /** The flagged words as they stand in the text. */
  text: string;
  why: string;
  guideline: string;
  suggestion?: string;
  fixes: Fix[];
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

/** `findings` (sorted) of `text` as a result. */
export function fileResult(path: string, text: string, bom: boolean, findings: readonly Finding[]): FileResult {
  const index = new LineIndex(text);
  return {
    path,
    bom,
    findings: findings.map((f) => {
      const start = index.lineColumnAt(f.offset);
      const end = index.lineColumnAt(f.offset + f.length);
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
        text: f.text,
        why: f.explanation.why,
        guideline: f.explanation.guideline,
        ...(f.explanation.suggestion ? { suggestion: f.explanation.suggestion } : {}),
        fixes: f.fixes,
      };
    }),
  };
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
