// The command line's reports: text for people, JSON for tools. Paths and messages in text are
// escaped for the terminal; JSON keeps them as they are (JSON escapes them itself).

import { LineIndex } from '../engine/lineIndex';
import type { Finding, Severity } from '../engine/types';

export interface FileResult {
  path: string;
  /** The text as linted: without the byte-order mark, if the file starts with one. */
  text: string;
  /** The file starts with a byte-order mark, which JSON offsets count (it is in the file). */
  bom: boolean;
  findings: Finding[];
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
 * Offsets count UTF-16 code units of the file as read, byte-order mark included, so that a tool
 * can apply the edits to the file; lines and columns are as an editor shows them, without it.
 */
export function formatJson(results: FileResult[]): string {
  const files = results.map((result) => {
    const index = new LineIndex(result.text);
    const shift = result.bom ? 1 : 0;
    return {
      path: result.path,
      findings: result.findings.map((f) => {
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
    };
  });
  return JSON.stringify({ version: 1, files }) + '\n';
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

export function formatText(results: FileResult[], color: boolean): string {
  const colors = makeColors(color);
  const rows: { location: string; severity: Severity; message: string; rule: string }[] = [];
  for (const result of results) {
    const index = new LineIndex(result.text);
    for (const f of result.findings) {
      const { line, column } = index.lineColumnAt(f.offset);
      rows.push({
        location: `${escapeForTerminal(result.path)}:${line}:${column}`,
        severity: f.severity,
        // Messages quote the document, which may hold control characters too.
        message: escapeForTerminal(f.message.replace(/\s+/g, ' ')),
        rule: f.rule,
      });
    }
  }
  const width = (pick: (r: (typeof rows)[number]) => string): number => Math.max(0, ...rows.map((r) => pick(r).length));
  const locationWidth = width((r) => r.location);
  const severityWidth = width((r) => r.severity);
  const messageWidth = width((r) => r.message);
  const pad = (s: string, w: number): string => ' '.repeat(Math.max(0, w - s.length));

  let out = '';
  for (const r of rows) {
    out +=
      colors.location(r.location) + pad(r.location, locationWidth) + '  ' +
      colors.severity(r.severity, r.severity) + pad(r.severity, severityWidth) + '  ' +
      r.message + pad(r.message, messageWidth) + '  ' +
      colors.rule(r.rule) + '\n';
  }

  const fileCount = `${results.length} ${results.length === 1 ? 'file' : 'files'}`;
  if (rows.length === 0) {
    out += colors.summary(undefined, `No problems found in ${fileCount}.`) + '\n';
    return out;
  }
  const counts = SEVERITY_ORDER.map((s) => [s, rows.filter((r) => r.severity === s).length] as const).filter(([, n]) => n > 0);
  const parts = counts.map(([s, n]) => `${n} ${s === 'information' || n === 1 ? s : `${s}s`}`);
  const worst = counts[0][0];
  const problems = `${rows.length} ${rows.length === 1 ? 'problem' : 'problems'}`;
  out += '\n' + colors.summary(worst, `${problems} (${parts.join(', ')}) in ${fileCount}`) + '\n';
  return out;
}

/** Colour when stdout is a terminal; FORCE_COLOR forces it either way, NO_COLOR turns it off. */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
