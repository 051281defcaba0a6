// The JSON report, `{"version":1,"files":[{"path", "findings": [...]}]}`. Offsets count UTF-16
// code units of the file as read, byte-order mark included, so that a tool can apply the edits to
// the file; lines and columns are as an editor shows them, without it.

import type { FileResult } from '../results';
import type { OutputFormat } from './format';

function fileJson(file: FileResult): string {
  const shift = file.bom ? 1 : 0;
  return JSON.stringify({
    path: file.path,
    // Built key by key: the order is part of the format.
    findings: file.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      offset: f.offset + shift,
      length: f.length,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((e) => ({ offset: e.offset + shift, length: e.length, newText: e.newText })),
      })),
    })),
  });
}

/** Piece by piece: one document, the same text JSON.stringify would give. */
function* render(files: readonly FileResult[]): Generator<string> {
  yield '{"version":1,"files":[';
  for (let i = 0; i < files.length; i++) yield (i === 0 ? '' : ',') + fileJson(files[i]);
  yield ']}\n';
}

export const jsonFormat: OutputFormat = {
  id: 'json',
  description: 'one JSON document: every file, its findings with offsets, lines and fixes',
  render,
};
