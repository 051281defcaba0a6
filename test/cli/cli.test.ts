// End-to-end tests of the `whosays` command: they run the bundled dist/cli.js, so build first
// (`npm run bundle && node --import tsx --test test/cli/cli.test.ts`).

import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FORMATS } from '../../server/src/output/formats';
import { CLI, ROOT, removeTempDirs, rulesIn, runCli, runJson, tempDir } from './helpers';

const WEASEL = 'Many experts believe the bridge is unsafe.\n';
const SECOND_WEASEL = 'Some critics say the tunnel leaks.\n';
const CLEAN = 'The ferry left the quay at nine and reached the island at noon.\n';
const HEDGE = 'The outbreak may have started in the harbour.\n';
/** The conventional uid of the unprivileged user "nobody" on Debian. */
const NOBODY = 65534;
/** Prose in Markdown, code in plain text: whether it is flagged shows which language was used. */
const FENCED = '```\nMany experts believe the bridge is unsafe.\n```\n';

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`);
});
after(removeTempDirs);

/** The stderr of a failed run: exactly one line, exit 2, nothing on stdout. */
function assertFails(result: { status: number | null; stdout: string; stderr: string }, line: string): void {
  assert.equal(result.stderr, `whosays: ${line}\n`);
  assert.equal(result.stdout, '', 'a failed run prints no report');
  assert.equal(result.status, 2);
}

describe('help and version', () => {
  test('--help prints usage and exits 0', () => {
    const result = runCli(['--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: whosays \[options\] <files or globs\.\.\.>\n/);
    for (const option of ['--format', '--profile', '--config', '--no-config', '--language', '--stdin-filename', '--jobs', '--no-progress', '--version']) {
      assert.ok(result.stdout.includes(option), `help mentions ${option}`);
    }
    assert.equal(result.stderr, '');
    assert.equal(runCli(['-h']).stdout, result.stdout);
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = runCli(['--version']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${version}\n`);
  });
});

describe('exit codes and the text report', () => {
  test('a clean file exits 0', () => {
    const dir = tempDir({ 'clean.txt': CLEAN });
    const result = runCli(['clean.txt'], { cwd: dir });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, 'No problems found in 1 file.\n');
    assert.equal(result.stderr, '');
  });

  test('a warning exits 1 and is printed as path:line:col  severity  message  rule', () => {
    const dir = tempDir({ 'claim.txt': `${CLEAN}${WEASEL}` });
    const result = runCli(['claim.txt'], { cwd: dir });
    assert.equal(result.status, 1);
    const lines = result.stdout.trimEnd().split('\n');
    const finding = lines.find((l) => l.endsWith('weasel/vague-majority'));
    assert.ok(finding, result.stdout);
    assert.match(finding, /^claim\.txt:2:1 +warning +\S.* +weasel\/vague-majority$/);
    assert.match(lines[lines.length - 1], /^\d+ problems? \(.*\d+ warnings?.*\) in 1 file$/);
    assert.equal(lines[lines.length - 2], '', 'a blank line before the summary');
  });

  test('columns are aligned across files and the summary counts them', () => {
    const dir = tempDir({ 'a.txt': WEASEL, 'longer-name.txt': `${CLEAN}${CLEAN}${SECOND_WEASEL}` });
    const result = runCli(['a.txt', 'longer-name.txt'], { cwd: dir });
    assert.equal(result.status, 1);
    const rows = result.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l));
    assert.ok(rows.length >= 2, result.stdout);
    const severityColumn = (row: string): number => row.search(/ (error|warning|information|hint) /) + 1;
    const ruleColumn = (row: string): number => row.search(/ \S+$/) + 1;
    assert.equal(new Set(rows.map(severityColumn)).size, 1, `severities aligned:\n${result.stdout}`);
    assert.equal(new Set(rows.map(ruleColumn)).size, 1, `rules aligned:\n${result.stdout}`);
    assert.ok(rows.some((r) => r.startsWith('a.txt:1:1 ')));
    assert.ok(rows.some((r) => r.startsWith('longer-name.txt:3:1 ')));
    assert.match(result.stdout, new RegExp(`\\n${rows.length} problems \\(.*\\) in 2 files\\n$`));
  });

  test('findings below warning exit 0', () => {
    const dir = tempDir({ '.whosays.json': '{"rules": {"weasel/vague-majority": "information"}}', 'a.txt': WEASEL });
    const result = runJson(['a.txt'], { cwd: dir });
    assert.equal(result.status, 0);
    const finding = result.report.files[0].findings.find((f) => f.rule === 'weasel/vague-majority');
    assert.equal(finding?.severity, 'information');
    const text = runCli(['a.txt'], { cwd: dir });
    assert.equal(text.status, 0);
    assert.match(text.stdout, /1 problem \(1 information\) in 1 file\n$/);
  });

  test('an error-level finding exits 1', () => {
    const dir = tempDir({ '.whosays.json': '{"rules": {"weasel": "error"}}', 'a.txt': WEASEL });
    const result = runJson(['a.txt'], { cwd: dir });
    assert.equal(result.status, 1);
    assert.equal(result.report.files[0].findings.find((f) => f.rule === 'weasel/vague-majority')?.severity, 'error');
  });

  test('colour only when asked for or on a terminal', () => {
    const dir = tempDir({ 'a.txt': WEASEL });
    const escape = '\u001b[';
    assert.ok(runCli(['a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout.includes(escape));
    assert.ok(!runCli(['a.txt'], { cwd: dir }).stdout.includes(escape), 'a pipe gets no colour');
    assert.ok(!runCli(['a.txt'], { cwd: dir, env: { FORCE_COLOR: '0' } }).stdout.includes(escape));
    assert.ok(!runCli(['a.txt'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout.includes(escape));
    const plain = runCli(['a.txt'], { cwd: dir }).stdout;
    // eslint-disable-next-line no-control-regex
    assert.equal(runCli(['a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout.replace(/\u001b\[[0-9;]*m/g, ''), plain);
  });
});

describe('--format json', () => {
  test('prints one document with the keys in order', () => {
    const text = `Intro line.\r\n😀 ${WEASEL}`;
    const dir = tempDir({ 'a.txt': text, 'clean.txt': CLEAN });
    const result = runJson(['a.txt', 'clean.txt'], { cwd: dir });
    assert.equal(result.status, 1);
    // The summary goes to standard error, so that standard output is only the document.
    assert.equal(result.stderr, 'whosays: 1 problem (1 warning) in 2 files\n');
    assert.ok(result.stdout.endsWith('}\n'));
    const { report } = result;
    assert.deepEqual(Object.keys(report), ['version', 'files']);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((f) => f.path), ['a.txt', 'clean.txt']);
    assert.deepEqual(report.files[1].findings, []);
    for (const file of report.files) assert.deepEqual(Object.keys(file), ['path', 'findings']);

    const findingKeys = ['rule', 'category', 'severity', 'message', 'offset', 'length', 'line', 'column', 'endLine', 'endColumn', 'fixes'];
    for (const finding of report.files[0].findings) {
      assert.deepEqual(Object.keys(finding), findingKeys);
      for (const fix of finding.fixes) {
        assert.deepEqual(Object.keys(fix), ['title', 'edits']);
        for (const edit of fix.edits) assert.deepEqual(Object.keys(edit), ['offset', 'length', 'newText']);
      }
    }

    const finding = report.files[0].findings.find((f) => f.rule === 'weasel/vague-majority');
    assert.ok(finding, result.stdout);
    assert.equal(finding.category, 'weasel');
    assert.equal(finding.severity, 'warning');
    assert.equal(typeof finding.message, 'string');
    // Offsets and columns are UTF-16 code units: the emoji counts twice, CRLF ends line 1.
    const start = text.indexOf('Many');
    assert.ok(finding.offset >= start && finding.offset < text.indexOf('bridge'), `offset ${finding.offset}`);
    assert.equal(finding.line, 2);
    assert.equal(finding.column, finding.offset - text.indexOf('😀') + 1);
    assert.ok(finding.column >= 4);
    assert.equal(finding.endLine, 2);
    assert.equal(finding.endColumn, finding.column + finding.length, 'endColumn is the exclusive end');
    assert.ok(finding.fixes.length > 0, 'a weasel finding offers fixes');
  });

  test('a file with no findings still appears', () => {
    const dir = tempDir({ 'clean.md': CLEAN });
    const result = runJson(['clean.md'], { cwd: dir });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '{"version":1,"files":[{"path":"clean.md","findings":[]}]}\n');
  });
});

describe('languages', () => {
  test('the extension picks the language', () => {
    const dir = tempDir({ 'fenced.md': FENCED, 'fenced.txt': FENCED });
    assert.deepEqual(rulesIn(runJson(['fenced.md'], { cwd: dir }).report), [], 'code in Markdown is not prose');
    assert.ok(rulesIn(runJson(['fenced.txt'], { cwd: dir }).report).includes('weasel/vague-majority'));
  });

  test('--language overrides the extension', () => {
    const dir = tempDir({ 'fenced.txt': FENCED, 'fenced.md': FENCED });
    assert.deepEqual(rulesIn(runJson(['--language', 'markdown', 'fenced.txt'], { cwd: dir }).report), []);
    assert.ok(rulesIn(runJson(['--language', 'plaintext', 'fenced.md'], { cwd: dir }).report).includes('weasel/vague-majority'));
  });
});

describe('standard input', () => {
  test('"-" reads standard input as plain text, reported as <stdin>', () => {
    const result = runJson(['-'], { input: FENCED });
    assert.equal(result.status, 1);
    assert.equal(result.report.files[0].path, '<stdin>');
    assert.ok(rulesIn(result.report).includes('weasel/vague-majority'));
    const text = runCli(['-'], { input: WEASEL });
    assert.match(text.stdout, /^<stdin>:1:1 +warning /m);
  });

  test('--stdin-filename picks the language', () => {
    const result = runJson(['--stdin-filename', 'notes.md', '-'], { input: FENCED });
    assert.equal(result.status, 0);
    assert.deepEqual(result.report.files, [{ path: '<stdin>', findings: [] }]);
  });

  test('--stdin-filename finds the configuration next to that name', () => {
    const dir = tempDir({ 'docs/.whosays.json': '{"rules": {"weasel": "off"}}' });
    assert.equal(runCli(['--stdin-filename', 'docs/draft.txt', '-'], { cwd: dir, input: WEASEL }).status, 0);
    assert.equal(runCli(['-'], { cwd: dir, input: WEASEL }).status, 1);
  });

  test('files and standard input together', () => {
    const dir = tempDir({ 'a.txt': CLEAN });
    const result = runJson(['a.txt', '-'], { cwd: dir, input: WEASEL });
    assert.deepEqual(result.report.files.map((f) => f.path), ['a.txt', '<stdin>']);
  });

  test('binary standard input is an error', () => {
    assertFails(runCli(['-'], { input: new Uint8Array([0x41, 0, 0x42]) }), '<stdin>: binary file (NUL byte at offset 1); only text can be linted');
  });
});

describe('globs', () => {
  const files = {
    'docs/a.md': WEASEL,
    'docs/sub/b.md': CLEAN,
    'docs/c.txt': WEASEL,
    'node_modules/pkg/readme.md': WEASEL,
    'docs/node_modules/x.md': WEASEL,
  };

  test('expand in sorted order and skip node_modules', () => {
    const dir = tempDir(files);
    const result = runJson(['**/*.md'], { cwd: dir });
    assert.deepEqual(result.report.files.map((f) => f.path), ['docs/a.md', 'docs/sub/b.md']);
    assert.equal(result.status, 1);
  });

  test('several globs and files, each file once', () => {
    const dir = tempDir(files);
    const result = runJson(['docs/*.txt', 'docs/**/*.md', 'docs/a.md'], { cwd: dir });
    assert.deepEqual(result.report.files.map((f) => f.path), ['docs/c.txt', 'docs/a.md', 'docs/sub/b.md']);
  });

  test('a glob that matches nothing is an error', () => {
    const dir = tempDir(files);
    assertFails(runCli(['docs/**/*.rst'], { cwd: dir }), 'no files match "docs/**/*.rst"');
  });
});

describe('file errors exit 2 with one line and no report', () => {
  test('a missing file', () => {
    const dir = tempDir({ 'a.txt': WEASEL });
    assertFails(runCli(['a.txt', 'missing.txt'], { cwd: dir }), 'missing.txt: file not found');
  });

  test('a folder with nothing to lint', () => {
    const dir = tempDir({ 'docs/a.png': 'not text', 'docs/node_modules/b.md': WEASEL });
    const expected = 'no files to lint in this folder (looked for .md, .markdown, .txt, .text, .html, .htm, .tex, .ltx, .wiki, .mediawiki)';
    assertFails(runCli(['docs'], { cwd: dir }), `docs: ${expected}`);
    assertFails(runCli(['docs/'], { cwd: dir }), `docs/: ${expected}`);
  });

  test('a binary file', () => {
    const dir = tempDir({ 'image.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    assertFails(runCli(['image.md'], { cwd: dir }), 'image.md: binary file (NUL byte at offset 8); only text can be linted');
  });

  test('invalid UTF-8, with the byte offset', () => {
    const bytes = Buffer.concat([Buffer.from('Café opens at noon.\n', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' and closes late.\n')]);
    const dir = tempDir({ 'latin.txt': bytes });
    assertFails(runCli(['latin.txt'], { cwd: dir }), 'latin.txt: not valid UTF-8 (invalid byte at offset 21)');
  });

  test('an unreadable file', () => {
    const dir = tempDir({ 'secret.txt': WEASEL });
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    // Root reads any file, so as root (CI) the command runs as the unprivileged user "nobody".
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755);
    assertFails(runCli(['secret.txt'], { cwd: dir, uid: asRoot ? NOBODY : undefined }), 'secret.txt: cannot read file: permission denied');
  });

  test('a file that fails while being read', { skip: existsSync('/proc/self/mem') ? false : 'needs Linux /proc' }, () => {
    assertFails(runCli(['/proc/self/mem']), '/proc/self/mem: cannot read file (EIO)');
  });
});

describe('usage errors exit 2', () => {
  const cases: [string, string[], string][] = [
    ['no inputs', [], 'no input files; pass files, globs or "-" for standard input (see whosays --help)'],
    ['unknown option', ['--colour', 'a.txt'], 'unknown option "--colour" (see whosays --help)'],
    ['unknown short option', ['-x', 'a.txt'], 'unknown option "-x" (see whosays --help)'],
    ['bad --format', ['--format', 'xml', 'a.txt'], `invalid value "xml" for --format; expected ${FORMATS.map((f) => `"${f.id}"`).join(' or ')}`],
    ['bad --profile', ['--profile=strict', 'a.txt'], 'invalid value "strict" for --profile; expected "default" or "hedging"'],
    ['bad --language', ['--language', 'klingon', 'a.txt'], 'invalid value "klingon" for --language; expected plaintext, markdown, html, latex or wikitext'],
    ['missing value', ['a.txt', '--format'], 'option --format needs a value'],
    ['option as value', ['--format', '--profile', 'a.txt'], 'option --format needs a value'],
    ['value for a flag', ['--no-config=yes', 'a.txt'], 'option --no-config takes no value'],
    ['--config with --no-config', ['--config', 'x.json', '--no-config', 'a.txt'], '--config and --no-config cannot be used together'],
    ['--stdin-filename without -', ['--stdin-filename', 'x.md', 'a.txt'], '--stdin-filename needs "-" among the inputs'],
    ['stdin twice', ['-', '-'], '"-" (standard input) may be given only once'],
  ];
  for (const [name, args, message] of cases) {
    test(name, () => {
      const dir = tempDir({ 'a.txt': WEASEL });
      assertFails(runCli(args, { cwd: dir }), message);
    });
  }
});

describe('configuration', () => {
  test('the nearest .whosays.json above the file applies', () => {
    const dir = tempDir({ '.whosays.json': '{"rules": {"weasel/vague-majority": "off"}}', 'book/ch1/draft.txt': WEASEL });
    const result = runCli(['book/ch1/draft.txt'], { cwd: dir });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, 'No problems found in 1 file.\n');
  });

  test('a nearer file wins over a farther one', () => {
    const dir = tempDir({
      '.whosays.json': '{"rules": {"weasel": "off"}}',
      'book/.whosays.json': '{"rules": {"weasel": "error"}}',
      'book/draft.txt': WEASEL,
      'notes.txt': WEASEL,
    });
    const result = runJson(['book/draft.txt', 'notes.txt'], { cwd: dir });
    assert.equal(result.report.files[0].findings.find((f) => f.rule === 'weasel/vague-majority')?.severity, 'error');
    assert.deepEqual(rulesIn(result.report, 1), []);
  });

  test('--no-config ignores .whosays.json', () => {
    const dir = tempDir({ '.whosays.json': '{"rules": {"weasel/vague-majority": "off"}}', 'a.txt': WEASEL });
    const result = runJson(['--no-config', 'a.txt'], { cwd: dir });
    assert.equal(result.status, 1);
    assert.ok(rulesIn(result.report).includes('weasel/vague-majority'));
  });

  test('--no-config also skips a broken .whosays.json', () => {
    const dir = tempDir({ '.whosays.json': '{ nope', 'a.txt': CLEAN });
    assert.equal(runCli(['--no-config', 'a.txt'], { cwd: dir }).status, 0);
  });

  test('--config uses that file instead of searching', () => {
    const dir = tempDir({
      '.whosays.json': '{"rules": {"weasel/vague-majority": "off"}}',
      'strict.json': '// stricter\n{"rules": {"weasel/vague-majority": "error",},}',
      'a.txt': WEASEL,
    });
    const result = runJson(['--config', 'strict.json', 'a.txt'], { cwd: dir });
    assert.equal(result.status, 1);
    assert.equal(result.report.files[0].findings.find((f) => f.rule === 'weasel/vague-majority')?.severity, 'error');
  });

  test('the allow-list silences a phrase', () => {
    const dir = tempDir({ '.whosays.json': '{"allow": ["many  EXPERTS"]}', 'a.txt': WEASEL });
    const result = runJson(['a.txt'], { cwd: dir });
    assert.ok(!rulesIn(result.report).includes('weasel/vague-majority'), result.stdout);
  });

  test('a broken .whosays.json is exit 2 with file:line:col', () => {
    const dir = tempDir({
      '.whosays.json': '{\n  "rules": {\n    "weasel/vague-majorty": "off"\n  }\n}\n',
      'docs/a.txt': WEASEL,
    });
    assertFails(runCli(['docs/a.txt'], { cwd: dir }), '.whosays.json:3:5: Unknown rule id "weasel/vague-majorty"; did you mean "weasel/vague-majority"?');
  });

  test('a syntax error names its position, and further errors are counted', () => {
    const dir = tempDir({ 'conf/bad.json': '{\n  "profile": "hedging"\n  "allow": []\n}', 'multi.json': '{"profle": 1, "alow": []}', 'a.txt': WEASEL });
    assertFails(runCli(['--config', 'conf/bad.json', 'a.txt'], { cwd: dir }), 'conf/bad.json:3:3: Syntax error: expected a comma (CommaExpected).');
    assertFails(
      runCli(['--config', 'multi.json', 'a.txt'], { cwd: dir }),
      'multi.json:1:2: Unknown key "profle"; did you mean "profile"? (and 1 more error in this file)',
    );
  });

  test('a missing --config file is an error', () => {
    const dir = tempDir({ 'a.txt': WEASEL });
    assertFails(runCli(['--config', 'nowhere.json', 'a.txt'], { cwd: dir }), 'nowhere.json:1:1: The configuration file does not exist.');
  });

  test('a config file that is not UTF-8 is an error', () => {
    const dir = tempDir({ '.whosays.json': new Uint8Array([0x7b, 0xff, 0x7d]), 'a.txt': WEASEL });
    assertFails(runCli(['a.txt'], { cwd: dir }), '.whosays.json:1:1: The configuration file is not valid UTF-8 (invalid byte at offset 1).');
  });
});

describe('profiles', () => {
  test('--profile hedging flags a hedge the default profile does not', () => {
    const dir = tempDir({ 'a.txt': HEDGE });
    const plain = runJson(['a.txt'], { cwd: dir });
    assert.ok(!rulesIn(plain.report).includes('style/hedge'), plain.stdout);
    assert.equal(plain.status, 0);
    const hedging = runJson(['--profile', 'hedging', 'a.txt'], { cwd: dir });
    const hedge = hedging.report.files[0].findings.find((f) => f.rule === 'style/hedge');
    assert.ok(hedge, hedging.stdout);
    assert.equal(hedge.category, 'style');
    assert.equal(HEDGE.slice(hedge.offset, hedge.offset + 3), 'may');
  });

  test('the profile can come from the configuration, and --profile overrides it', () => {
    const dir = tempDir({ '.whosays.json': '{"profile": "hedging"}', 'a.txt': HEDGE });
    assert.ok(rulesIn(runJson(['a.txt'], { cwd: dir }).report).includes('style/hedge'));
    assert.ok(!rulesIn(runJson(['--profile', 'default', 'a.txt'], { cwd: dir }).report).includes('style/hedge'));
  });
});
