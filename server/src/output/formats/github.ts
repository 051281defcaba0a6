// GitHub Actions workflow commands, one line per finding:
// `::warning file=a.md,line=2,col=1,endLine=2,endColumn=13,title=…::message`. The runner turns each
// into an annotation on the file and line. Escaped as GitHub's own toolkit escapes (@actions/core):
// in the message `%`, CR and LF; in properties also `:` and `,`, which separate them.

import type { Severity } from '../../engine/types';
import type { FileResult, ResultFinding } from '../results';
import type { OutputFormat } from './format';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(path: string, f: ResultFinding): string {
  const properties: [string, string][] = [['file', path], ['line', String(f.line)]];
  // The runner rejects columns on an annotation that spans lines.
  if (f.endLine === f.line) properties.push(['col', String(f.column)]);
  properties.push(['endLine', String(f.endLine)]);
  if (f.endLine === f.line) properties.push(['endColumn', String(f.endColumn)]);
  properties.push(['title', `Who Says: ${f.rule}`]);
  const list = properties.map(([key, value]) => `${key}=${escapeGithubProperty(value)}`).join(',');
  return `::${COMMAND[f.severity]} ${list}::${escapeGithubData(f.message)}\n`;
}

function* render(files: readonly FileResult[]): Generator<string> {
  for (const file of files) for (const f of file.findings) yield command(file.path, f);
}

export const githubFormat: OutputFormat = {
  id: 'github',
  description: 'GitHub Actions workflow commands: an annotation per finding',
  render,
};
