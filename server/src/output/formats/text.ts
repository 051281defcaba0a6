// The report for people: `path:line:col  severity  message  rule`, columns aligned across every
// file, then the summary. Paths and messages are escaped for the terminal.

import type { Severity } from '../../engine/types';
import { summaryLine, tally, worstSeverity, type FileResult } from '../results';
import { escapeForTerminal } from './terminal';
import type { OutputFormat, RunInfo } from './format';

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

function* render(files: readonly FileResult[], run: RunInfo): Generator<string> {
  const colors = makeColors(run.color);
  const rows = files.flatMap((file) => {
    const location = escapeForTerminal(file.path);
    return file.findings.map((f) => ({
      location: `${location}:${f.line}:${f.column}`,
      severity: f.severity,
      // Messages quote the document, which may hold control characters too.
      message: escapeForTerminal(f.message.replace(/\s+/g, ' ')),
      rule: f.rule,
    }));
  });
  let locationWidth = 0;
  let severityWidth = 0;
  let messageWidth = 0;
  for (const r of rows) {
    locationWidth = Math.max(locationWidth, r.location.length);
    severityWidth = Math.max(severityWidth, r.severity.length);
    messageWidth = Math.max(messageWidth, r.message.length);
  }
  const pad = (s: string, w: number): string => ' '.repeat(Math.max(0, w - s.length));
  for (const r of rows) {
    yield colors.location(r.location) + pad(r.location, locationWidth) + '  ' +
      colors.severity(r.severity, r.severity) + pad(r.severity, severityWidth) + '  ' +
      r.message + pad(r.message, messageWidth) + '  ' +
      colors.rule(r.rule) + '\n';
  }
  const counts = tally(files);
  yield (counts.total === 0 ? '' : '\n') + colors.summary(worstSeverity(counts), summaryLine(counts)) + '\n';
}

export const textFormat: OutputFormat = {
  id: 'text',
  description: 'one line per finding, aligned, then a summary (the default)',
  summaryInOutput: true,
  render,
};
