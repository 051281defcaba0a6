// The command line's reports: text for people, JSON for tools. Each file's part is built when the
// file is linted (in a worker thread, maybe) and the report is written piece by piece at the end.
// Paths and messages in text are escaped for the terminal; JSON keeps them as they are (JSON
// escapes them itself).

import { LineIndex } from '../engine/lineIndex';
import type { Finding, Severity } from '../engine/types';

/** One file's part of the report, built as soon as the file is linted so that its text can go. */
export interface FileReport {
  path: string;
  /** A finding at warning level or above: the run exits 1. */
  failing: boolean;
  /** `--format json`: the file's entry in `files`. */
  json?: string;
  /** `--format text`: its lines, before the columns are aligned across files. */
  rows?: TextRow[];
}

export interface TextRow {
  location: string;
  severity: Severity;
  message: string;
  rule: string;
}

// C0 and C1 controls and DEL (ESC starts terminal commands, a newline would start a new record),
// line and paragraph separators, and the marks that reorder text (bidi overrides and isolates)
// so that a name cannot show as something else.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `a\nb` and `\x1b[31m` instead of a line break and a colour: safe to print on a terminal. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (Object.hasOwn(NAMED, c)) return NAMED[c];
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * The JSON of one file. Offsets count UTF-16 code units of the file as read, byte-order mark
 * included, so that a tool can apply the edits to the file; lines and columns are as an editor shows
 * them, without it.
 */
export function fileJson(path: string, text: string, bom: boolean, findings: readonly Finding[]): string {
  const index = new LineIndex(text);
  const shift = bom ? 1 : 0;
  return JSON.stringify({
    path,
    findings: findings.map((f) => {
      const start = index.lineColumnAt(f.offset);
      const end = index.lineColumnAt(f.offset + f.length);
      // Built key by key: the order is part of the format.
      return {
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        message: f.message,
        offset: f.offset + shift,
        length: f.length,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        fixes: f.fixes.map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((e) => ({ offset: e.offset + shift, length: e.length, newText: e.newText })),
        })),
      };
    }),
  });
}

/** The whole JSON report, piece by piece: one document, the same text JSON.stringify would give. */
export function* jsonReport(reports: readonly FileReport[]): Generator<string> {
  yield '{"version":1,"files":[';
  for (let i = 0; i < reports.length; i++) yield i === 0 ? reports[i].json! : `,${reports[i].json!}`;
  yield ']}\n';
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

interface Colors {
  location(s: string): string;
  severity(severity: Severity, s: string): string;
  rule(s: string): string;
  summary(worst: Severity | undefined, s: string): string;
}

function makeColors(enabled: boolean): Colors {
  const wrap = (open: string, s: string): string => (enabled && s ? `\u001b[${open}m${s}\u001b[0m` : s);
  const bySeverity: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };
  return {
    location: (s) => wrap('1', s),
    severity: (severity, s) => wrap(bySeverity[severity], s),
    rule: (s) => wrap('2', s),
    summary: (worst, s) => wrap(worst ? `1;${bySeverity[worst]}` : '1;32', s),
  };
}

/** The text lines of one file: paths and messages escaped for the terminal. */
export function fileRows(path: string, text: string, findings: readonly Finding[]): TextRow[] {
  const index = new LineIndex(text);
  const location = escapeForTerminal(path);
  return findings.map((f) => {
    const { line, column } = index.lineColumnAt(f.offset);
    return {
      location: `${location}:${line}:${column}`,
      severity: f.severity,
      // Messages quote the document, which may hold control characters too.
      message: escapeForTerminal(f.message.replace(/\s+/g, ' ')),
      rule: f.rule,
    };
  });
}

/** The text report, line by line, columns aligned across every file, then the summary. */
export function* textReport(reports: readonly FileReport[], color: boolean): Generator<string> {
  const colors = makeColors(color);
  let locationWidth = 0;
  let severityWidth = 0;
  let messageWidth = 0;
  const counts = new Map<Severity, number>();
  let total = 0;
  for (const report of reports) {
    for (const r of report.rows!) {
      locationWidth = Math.max(locationWidth, r.location.length);
      severityWidth = Math.max(severityWidth, r.severity.length);
      messageWidth = Math.max(messageWidth, r.message.length);
      counts.set(r.severity, (counts.get(r.severity) ?? 0) + 1);
      total++;
    }
  }
  const pad = (s: string, w: number): string => ' '.repeat(Math.max(0, w - s.length));
  for (const report of reports) {
    for (const r of report.rows!) {
      yield colors.location(r.location) + pad(r.location, locationWidth) + '  ' +
        colors.severity(r.severity, r.severity) + pad(r.severity, severityWidth) + '  ' +
        r.message + pad(r.message, messageWidth) + '  ' +
        colors.rule(r.rule) + '\n';
    }
  }

  const fileCount = `${reports.length} ${reports.length === 1 ? 'file' : 'files'}`;
  if (total === 0) {
    yield colors.summary(undefined, `No problems found in ${fileCount}.`) + '\n';
    return;
  }
  const present = SEVERITY_ORDER.map((s) => [s, counts.get(s) ?? 0] as const).filter(([, n]) => n > 0);
  const parts = present.map(([s, n]) => `${n} ${s === 'information' || n === 1 ? s : `${s}s`}`);
  const worst = present[0][0];
  const problems = `${total} ${total === 1 ? 'problem' : 'problems'}`;
  yield '\n' + colors.summary(worst, `${problems} (${parts.join(', ')}) in ${fileCount}`) + '\n';
}

/** Colour when stdout is a terminal; FORCE_COLOR forces it either way, NO_COLOR turns it off. */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
