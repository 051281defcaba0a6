// The CI output formats of the `whosays` command (github, rdjsonl, checkstyle, junit): golden
// files for a small set of files (three markups, one clean, one with a byte-order mark and CRLF
// line ends, findings with fixes, one over two lines), where their positions point, and the exit
// status and summary line every format shares. Runs dist/cli.js: `npm run bundle` first.
// UPDATE_GOLDEN=1 rewrites the golden files from the current output (then read the diff).

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { lint } from '../../server/src/engine/lint';
import { formatById } from '../../server/src/output/formats';
import { fileResult, summaryLine, tally, type FileResult } from '../../server/src/output/results';
import { CLI, removeTempDirs, runCli, runJson, tempDir, type JsonReport } from './helpers';
import { childElements, parseXml } from './xmlCheck';

const GOLDEN_DIR = path.join(__dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The golden set, written to a fresh folder and linted by relative paths (stable output). */
const FIXTURES: Record<string, string | Uint8Array> = {
  // Makes one rule an error, so that every severity mapping shows.
  '.whosays.json': '{ "rules": { "weasel/anonymous-source": "error" } }\n',
  'articles/report.md':
    '# Harbour ☕ news\n\nCafé 🚢 owners say trade is up. Many\nexperts believe the bridge is unsafe.\n\n' +
    'Sources say the mayor claimed the road was safe.\n',
  'notes/clean.txt': 'The ferry left the quay at nine and reached the island at noon.\n',
  'pages/notice.html': new Uint8Array([
    0xef, 0xbb, 0xbf,
    ...new TextEncoder().encode('<p>Reportedly, the tunnel leaks.</p>\r\n<p>Studies show the façade needs work.</p>\r\n'),
  ]),
};
const INPUTS = ['articles/report.md', 'notes/clean.txt', 'pages/notice.html'];

const GOLDEN: Record<string, string> = { github: 'github.txt', rdjsonl: 'rdjsonl.jsonl', checkstyle: 'checkstyle.xml', junit: 'junit.xml' };
const CI_FORMATS = Object.keys(GOLDEN);

let fixtureDir: string;

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`);
  fixtureDir = tempDir(FIXTURES);
});
after(removeTempDirs);

describe('golden output', () => {
  for (const format of CI_FORMATS) {
    test(`--format ${format} matches golden/${GOLDEN[format]}`, () => {
      const result = runCli(['--format', format, ...INPUTS], { cwd: fixtureDir });
      assert.equal(result.status, 1, result.stderr);
      const file = path.join(GOLDEN_DIR, GOLDEN[format]);
      if (UPDATE) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, result.stdout);
      }
      assert.equal(result.stdout, readFileSync(file, 'utf8'), `${format} differs from ${file}; UPDATE_GOLDEN=1 rewrites it`);
    });
  }
});

describe('the golden set covers what it should', () => {
  test('every severity, a clean file, a finding over two lines, a byte-order mark', () => {
    const { report } = runJson(INPUTS, { cwd: fixtureDir });
    const severities = new Set(report.files.flatMap((f) => f.findings.map((x) => x.severity)));
    assert.deepEqual([...severities].sort(), ['error', 'information', 'warning']);
    assert.equal(report.files[1].findings.length, 0);
    assert.ok(report.files[0].findings.some((f) => f.endLine > f.line));
    assert.ok(report.files[2].findings.some((f) => f.line === 1));
  });
});

/** The JSON report and each format's output of the golden set. */
function outputs(): { report: JsonReport; text: (file: number) => string } {
  const { report } = runJson(INPUTS, { cwd: fixtureDir });
  // Decoded with the byte-order mark kept: JSON offsets count it.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return { report, text: (file) => decoder.decode(readFileSync(path.join(fixtureDir, INPUTS[file]))) };
}

interface RdPosition {
  line: number;
  column: number;
}
interface RdDiagnostic {
  message: string;
  location: { path: string; range: { start: RdPosition; end: RdPosition } };
  severity: string;
  source: { name: string };
  code: { value: string; url?: string };
  suggestions?: { range: { start: RdPosition; end: RdPosition }; text: string }[];
}

describe('positions', () => {
  test('rdjsonl columns are UTF-8 bytes of the file as stored: they cut out the flagged words and place the fixes', () => {
    const { report, text } = outputs();
    const diagnostics = runCli(['--format', 'rdjsonl', ...INPUTS], { cwd: fixtureDir }).stdout
      .trimEnd().split('\n').map((l) => JSON.parse(l) as RdDiagnostic);
    const expected = report.files.flatMap((file, index) => file.findings.map((finding) => ({ file, index, finding })));
    assert.equal(diagnostics.length, expected.length);
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i];
      const { file, index, finding } = expected[i];
      const bytes = readFileSync(path.join(fixtureDir, file.path));
      // Where each line starts in the bytes, as a tool that reads the file's lines counts.
      const lineStarts = [0];
      bytes.forEach((b, at) => { if (b === 0x0a) lineStarts.push(at + 1); });
      const byteAt = (p: RdPosition): number => lineStarts[p.line - 1] + p.column - 1;
      /** The decoded-text offset of a byte position (the mark counts as one code unit, as in JSON). */
      const offsetAt = (p: RdPosition): number => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, byteAt(p))).length;
      assert.equal(d.location.path, file.path);
      assert.equal(d.message, finding.message);
      assert.equal(d.code.value, finding.rule);
      const start = offsetAt(d.location.range.start);
      const end = offsetAt(d.location.range.end);
      assert.equal(start, finding.offset, `${finding.rule} starts where JSON says`);
      assert.equal(end - start, finding.length);
      assert.ok(d.suggestions?.length === 1, `${finding.rule} has its safe fix as a suggestion`);
      const suggestion = d.suggestions[0];
      const edit = { offset: offsetAt(suggestion.range.start), length: offsetAt(suggestion.range.end) - offsetAt(suggestion.range.start), newText: suggestion.text };
      assert.ok(finding.fixes.some((fix) => fix.edits.some((e) => e.offset === edit.offset && e.length === edit.length && e.newText === edit.newText)),
        `the suggestion ${JSON.stringify(edit)} is one of the fixes of ${finding.rule} in ${text(index).slice(finding.offset, finding.offset + 20)}`);
    }
  });

  test('github, checkstyle and junit give the lines and UTF-16 columns of the JSON report', () => {
    const { report } = outputs();
    const findings = report.files.flatMap((file) => file.findings.map((f) => ({ path: file.path, ...f })));
    const github = runCli(['--format', 'github', ...INPUTS], { cwd: fixtureDir }).stdout.trimEnd().split('\n');
    assert.equal(github.length, findings.length);
    github.forEach((line, i) => {
      const f = findings[i];
      const columns = f.endLine === f.line ? `,col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn}` : `,endLine=${f.endLine}`;
      assert.ok(line.includes(` file=${f.path},line=${f.line}${columns},`), `${line} places ${f.rule}`);
    });
    const checkstyle = parseXml(runCli(['--format', 'checkstyle', ...INPUTS], { cwd: fixtureDir }).stdout);
    const errors = childElements(checkstyle, 'file').flatMap((file) => childElements(file, 'error').map((e) => [file.attributes.name, e.attributes.line, e.attributes.column, e.attributes.source]));
    assert.deepEqual(errors, findings.map((f) => [f.path, String(f.line), String(f.column), `whosays.${f.rule}`]));
    const junit = parseXml(runCli(['--format', 'junit', ...INPUTS], { cwd: fixtureDir }).stdout);
    const cases = childElements(junit, 'testsuite').flatMap((suite) => childElements(suite, 'testcase')).filter((c) => c.attributes.name !== 'no findings');
    assert.deepEqual(cases.map((c) => [c.attributes.file, c.attributes.name]), findings.map((f) => [f.path, `${f.rule} at ${f.line}:${f.column}`]));
  });
});

describe('exit status and summary line', () => {
  /** What the summary line says of a JSON report, as the command prints it on standard error. */
  function summaryOf(report: JsonReport): string {
    return `whosays: ${summaryLine(tally(report.files as unknown as FileResult[]))}\n`;
  }

  test('every CI format exits as the others do and prints the summary line on standard error only', () => {
    const json = runJson(INPUTS, { cwd: fixtureDir });
    assert.equal(json.status, 1);
    for (const format of CI_FORMATS) {
      const result = runCli(['--format', format, ...INPUTS], { cwd: fixtureDir });
      assert.equal(result.status, json.status, format);
      assert.equal(result.stderr, summaryOf(json.report), format);
      assert.ok(!result.stdout.includes('problems ('), `${format}: no summary on standard output`);
    }
  });

  test('a clean file exits 0; --max-warnings and --quiet apply to every format', () => {
    const warningsOnly = ['pages/notice.html'];
    const quietJson = runJson(['--quiet', ...INPUTS], { cwd: fixtureDir });
    const errorCount = quietJson.report.files.reduce((n, f) => n + f.findings.length, 0);
    assert.ok(errorCount > 0);
    for (const format of CI_FORMATS) {
      const clean = runCli(['--format', format, 'notes/clean.txt'], { cwd: fixtureDir });
      assert.equal(clean.status, 0, format);
      assert.equal(clean.stderr, 'whosays: No problems found in 1 file.\n', format);
      assert.equal(runCli(['--format', format, ...warningsOnly], { cwd: fixtureDir }).status, 1, format);
      const allowed = runCli(['--format', format, '--max-warnings', '5', ...warningsOnly], { cwd: fixtureDir });
      assert.equal(allowed.status, 0, `${format} --max-warnings 5`);
      const quiet = runCli(['--format', format, '--quiet', ...INPUTS], { cwd: fixtureDir });
      assert.equal(quiet.status, 1, `${format} --quiet`);
      assert.equal(quiet.stderr, summaryOf(quietJson.report), `${format} --quiet`);
    }
  });
});

describe('format details', () => {
  test('checkstyle lists every file, clean ones too; junit gives a clean file one passing test case', () => {
    const checkstyle = parseXml(runCli(['--format', 'checkstyle', ...INPUTS], { cwd: fixtureDir }).stdout);
    assert.equal(checkstyle.name, 'checkstyle');
    assert.deepEqual(childElements(checkstyle, 'file').map((f) => f.attributes.name), INPUTS);
    const junit = parseXml(runCli(['--format', 'junit', ...INPUTS], { cwd: fixtureDir }).stdout);
    const suites = childElements(junit, 'testsuite');
    assert.deepEqual(suites.map((s) => s.attributes.name), INPUTS);
    const clean = suites[1];
    assert.deepEqual(clean.attributes, { name: 'notes/clean.txt', tests: '1', failures: '0', errors: '0' });
    assert.deepEqual(childElements(clean, 'testcase').map((c) => c.children.length), [0]);
  });

  test('junit: errors and warnings fail, information passes with its note; the counts add up', () => {
    const { report } = runJson(INPUTS, { cwd: fixtureDir });
    const junit = parseXml(runCli(['--format', 'junit', ...INPUTS], { cwd: fixtureDir }).stdout);
    const all = report.files.flatMap((f) => f.findings);
    const failing = all.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.ok(failing.length < all.length, 'the set has a finding that does not fail');
    assert.equal(junit.attributes.tests, String(all.length + report.files.filter((f) => f.findings.length === 0).length));
    assert.equal(junit.attributes.failures, String(failing.length));
    const cases = childElements(junit, 'testsuite').flatMap((s) => childElements(s, 'testcase'));
    const failures = cases.flatMap((c) => childElements(c, 'failure'));
    assert.deepEqual(failures.map((f) => [f.attributes.type, f.attributes.message]), failing.map((f) => [f.severity, f.message]));
    assert.equal(cases.flatMap((c) => childElements(c, 'system-out')).length, all.length - failing.length);
  });

  test('github: errors, warnings and notices by severity, one command a line', () => {
    const { report } = runJson(INPUTS, { cwd: fixtureDir });
    const lines = runCli(['--format', 'github', ...INPUTS], { cwd: fixtureDir }).stdout.trimEnd().split('\n');
    const command = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as Record<string, string>;
    assert.deepEqual(lines.map((l) => /^::(\w+) /.exec(l)?.[1]), report.files.flatMap((f) => f.findings.map((x) => command[x.severity])));
  });

  test('rdjsonl links the rule page only when the pages are on the web, not in a file: URL a review comment cannot open', () => {
    const text = 'Many experts believe the bridge is unsafe.\n';
    const files = [fileResult('a.md', text, false, lint(text))];
    const codes = (docsBaseUrl: string | undefined): RdDiagnostic['code'][] =>
      [...formatById('rdjsonl')!.render(files, { version: '0', color: false, docsBaseUrl })].join('').trimEnd().split('\n')
        .map((l) => (JSON.parse(l) as RdDiagnostic).code);
    assert.deepEqual(codes('https://example.org/whosays/rules/'), [{ value: 'weasel/vague-majority', url: 'https://example.org/whosays/rules/vague-majority.md' }]);
    assert.deepEqual(codes('file:///opt/whosays/docs/rules/'), [{ value: 'weasel/vague-majority' }]);
    assert.deepEqual(codes(undefined), [{ value: 'weasel/vague-majority' }]);
  });
});
