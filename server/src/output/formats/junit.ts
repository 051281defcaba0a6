// JUnit XML, as GitLab, Jenkins and other CI servers read test reports: a <testsuite> per file, a
// <testcase> per finding. Errors and warnings are failures; information and hints (which do not
// fail the command either) are passing test cases that carry the note in <system-out>, so that a
// style note does not turn a build unstable. A file with no findings is one passing test case, so
// that it shows as checked.

import type { FileResult, ResultFinding } from '../results';
import type { OutputFormat } from './format';
import { XML_DECLARATION, xmlAttribute, xmlText } from './xml';

function fails(f: ResultFinding): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}

/** What a person reads under the test case: where, what, why and what to do. */
function details(path: string, f: ResultFinding): string {
  const lines = [`${path}:${f.line}:${f.column}: ${f.severity}: ${f.message} (${f.rule})`, '', `Why: ${f.why}`, `Guideline: ${f.guideline}`];
  if (f.suggestion) lines.push(`For example: ${f.suggestion}`);
  return xmlText(lines.join('\n'));
}

function testCase(path: string, f: ResultFinding): string {
  const name = xmlAttribute(`${f.rule} at ${f.line}:${f.column}`);
  const file = xmlAttribute(path);
  const open = `    <testcase name="${name}" classname="${file}" file="${file}">\n`;
  const body = fails(f)
    ? `      <failure message="${xmlAttribute(f.message)}" type="${f.severity}">${details(path, f)}</failure>\n`
    : `      <system-out>${details(path, f)}</system-out>\n`;
  return `${open}${body}    </testcase>\n`;
}

function* render(files: readonly FileResult[]): Generator<string> {
  let tests = 0;
  let failures = 0;
  for (const file of files) {
    tests += Math.max(1, file.findings.length);
    failures += file.findings.filter(fails).length;
  }
  yield `${XML_DECLARATION}<testsuites name="whosays" tests="${tests}" failures="${failures}" errors="0">\n`;
  for (const file of files) {
    const name = xmlAttribute(file.path);
    const fileFailures = file.findings.filter(fails).length;
    yield `  <testsuite name="${name}" tests="${Math.max(1, file.findings.length)}" failures="${fileFailures}" errors="0">\n`;
    if (file.findings.length === 0) yield `    <testcase name="no findings" classname="${name}" file="${name}"/>\n`;
    for (const f of file.findings) yield testCase(file.path, f);
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

export const junitFormat: OutputFormat = {
  id: 'junit',
  description: 'JUnit XML: a test suite per file, a failing test case per error or warning',
  render,
};
