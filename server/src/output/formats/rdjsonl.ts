// reviewdog's diagnostic format as JSON Lines (rdjsonl): one Diagnostic per finding, for
// `reviewdog -f=rdjsonl`. reviewdog counts columns in UTF-8 bytes of the line as stored and slices
// the line with them to build a suggestion, so positions here use the byte columns; the preferred
// safe fix (a marker or "said") is the suggestion, an insertion as an empty range.

import { ruleDocumentation } from '../../engine/ruleIds';
import type { Severity } from '../../engine/types';
import type { FileResult, Place, ResultFinding } from '../results';
import type { OutputFormat, RunInfo } from './format';

const SEVERITY: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', information: 'INFO', hint: 'INFO' };

function position(place: Place): { line: number; column: number } {
  return { line: place.line, column: place.byteColumn };
}

/**
 * The rule page, only on the web: reviewdog shows the link in a review comment, where a `file:` URL
 * of the machine that ran the check would lead nowhere.
 */
function ruleUrl(rule: string, run: RunInfo): string | undefined {
  const base = run.docsBaseUrl;
  if (base === undefined || !/^https?:/i.test(base)) return undefined;
  return ruleDocumentation(rule, base);
}

function diagnostic(path: string, f: ResultFinding, run: RunInfo): string {
  const url = ruleUrl(f.rule, run);
  // Built key by key: the order is part of the output (and of the golden files).
  return JSON.stringify({
    message: f.message,
    location: {
      path,
      range: {
        start: { line: f.line, column: f.byteColumn },
        end: { line: f.endLine, column: f.endByteColumn },
      },
    },
    severity: SEVERITY[f.severity],
    source: { name: 'whosays' },
    code: url === undefined ? { value: f.rule } : { value: f.rule, url },
    ...(f.safeEdit
      ? { suggestions: [{ range: { start: position(f.safeEdit.start), end: position(f.safeEdit.end) }, text: f.safeEdit.newText }] }
      : {}),
  });
}

function* render(files: readonly FileResult[], run: RunInfo): Generator<string> {
  for (const file of files) for (const f of file.findings) yield diagnostic(file.path, f, run) + '\n';
}

export const rdjsonlFormat: OutputFormat = {
  id: 'rdjsonl',
  description: "reviewdog's diagnostics, one JSON object a line, the safe fixes as suggestions",
  render,
};
