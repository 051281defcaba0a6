// Checkstyle's XML report, which CI servers and review tools (Jenkins' Warnings plugin, reviewdog
// -f=checkstyle, Danger) read: a <file> per file linted, an <error> per finding. Columns count
// UTF-16 code units, as in the other formats; `source` is "whosays." and the rule id.

import type { Severity } from '../../engine/types';
import type { FileResult, ResultFinding } from '../results';
import type { OutputFormat } from './format';
import { XML_DECLARATION, xmlAttribute } from './xml';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'info' };

function error(f: ResultFinding): string {
  return `    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}" ` +
    `message="${xmlAttribute(f.message)}" source="whosays.${xmlAttribute(f.rule)}"/>\n`;
}

function* render(files: readonly FileResult[]): Generator<string> {
  yield `${XML_DECLARATION}<checkstyle version="4.3">\n`;
  for (const file of files) {
    const name = xmlAttribute(file.path);
    // A file with no findings is listed too: it was checked.
    if (file.findings.length === 0) {
      yield `  <file name="${name}"/>\n`;
      continue;
    }
    yield `  <file name="${name}">\n`;
    for (const f of file.findings) yield error(f);
    yield '  </file>\n';
  }
  yield '</checkstyle>\n';
}

export const checkstyleFormat: OutputFormat = {
  id: 'checkstyle',
  description: 'Checkstyle XML: a <file> per file, an <error> per finding',
  render,
};
