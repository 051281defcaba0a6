// File names that carry terminal commands, line breaks or text-reordering marks. In the text report
// and on stderr they are escaped (`\n`, `\x1b`, `\u202e`) so that each `path:line:col` record stays
// one line and nothing reaches the terminal raw; JSON keeps the real name. Runs dist/cli.js.

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { isDynamicPattern } from 'tinyglobby';
import { escapeForTerminal } from '../../server/src/output/formats';
import { FORMAT_CHOICES, removeTempDirs, runCli, runJson, tempDir } from '../cli/helpers';

after(removeTempDirs);

const WEASEL = 'Many experts believe the bridge is unsafe.\n';
const SKIP = process.platform === 'win32' ? 'Windows file names cannot hold control characters' : false;

/** [what, raw name, as shown on a terminal]. */
const NAMES: [string, string, string][] = [
  ['a newline', 'a\nb.md', 'a\\nb.md'],
  ['a fake record after a newline', 'x.md\nfake.md:9:9  error', 'x.md\\nfake.md:9:9  error'],
  ['an ESC colour sequence', 'x\u001b[31mred.md', 'x\\x1b[31mred.md'],
  ['a screen-clearing sequence', '\u001b[2J\u001b[Hclear.md', '\\x1b[2J\\x1b[Hclear.md'],
  ['a carriage return', 'c\rd.md', 'c\\rd.md'],
  ['a tab', 't\tab.md', 't\\tab.md'],
  ['a backspace', 'b\bs.md', 'b\\x08s.md'],
  ['DEL', 'd\u007f.md', 'd\\x7f.md'],
  ['the C1 CSI', 'e\u009b31m.md', 'e\\x9b31m.md'],
  ['a line separator', 'l\u2028s.md', 'l\\u2028s.md'],
  ['a paragraph separator', 'p\u2029s.md', 'p\\u2029s.md'],
  ['a right-to-left override', 'evil\u202edm.md', 'evil\\u202edm.md'],
  ['a right-to-left isolate', 'iso\u2067late.md', 'iso\\u2067late.md'],
];

/** Anything escapeForTerminal escapes, other than the line breaks between records. */
function rawControls(output: string): string[] {
  return output.split('\n').filter((line) => escapeForTerminal(line) !== line);
}

describe('escapeForTerminal', () => {
  test('escapes each unsafe character and leaves other text alone', () => {
    for (const [what, raw, shown] of NAMES) assert.equal(escapeForTerminal(raw), shown, what);
    for (const safe of ['plain.md', 'docs\\win\\path.md', 'café/日本語.md', 'emoji 🎉.md', 'a\u00a0b.md']) assert.equal(escapeForTerminal(safe), safe);
  });
});

describe('file names with control characters', { skip: SKIP }, () => {
  test(`the text report escapes them and keeps one line per record (${NAMES.length} names)`, () => {
    const dir = tempDir(Object.fromEntries(NAMES.map(([, raw]) => [raw, WEASEL])));
    const result = runCli(NAMES.map(([, raw]) => raw), { cwd: dir });
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(rawControls(result.stdout), []);
    const rows = result.stdout.split('\n').filter((l) => / warning /.test(l));
    assert.deepEqual(rows.map((r) => r.slice(0, r.indexOf(':1:1 '))), NAMES.map(([, , shown]) => shown));
  });

  test('JSON keeps the real names', () => {
    const dir = tempDir(Object.fromEntries(NAMES.map(([, raw]) => [raw, WEASEL])));
    const { report } = runJson(NAMES.map(([, raw]) => raw), { cwd: dir });
    assert.deepEqual(report.files.map((f) => f.path), NAMES.map(([, raw]) => raw));
  });

  test('names from a glob are escaped too', () => {
    const dir = tempDir({ 'x\u001b[31mred.md': WEASEL, 'a\nb.md': WEASEL });
    const result = runCli(['*.md'], { cwd: dir });
    assert.deepEqual(rawControls(result.stdout), []);
    assert.match(result.stdout, /^a\\nb\.md:1:1 /m);
    assert.match(result.stdout, /^x\\x1b\[31mred\.md:1:1 /m);
  });

  test('stderr messages escape them: a missing file, a binary file, a broken configuration, an option value', () => {
    for (const [what, raw, shown] of NAMES) {
      const dir = tempDir({ [`bin${raw}`]: new Uint8Array([0x41, 0, 0x42]) });
      const missing = runCli([raw], { cwd: dir });
      // A name with glob characters that is not a file is taken for a glob.
      const expected = isDynamicPattern(raw) ? `no files match "${shown}"` : `${shown}: file not found`;
      assert.equal(missing.stderr, `whosays: ${expected}\n`, what);
      const binary = runCli([`bin${raw}`], { cwd: dir });
      assert.equal(binary.stderr, `whosays: bin${shown}: binary file (NUL byte at offset 1); only text can be linted\n`, what);
    }
    const dir = tempDir({ 'a.md': WEASEL });
    const folder = path.join(dir, 'e\u001b[2Jvil');
    mkdirSync(folder);
    writeFileSync(path.join(folder, '.whosays.json'), '{"rules": {"bogus": "off"}}');
    writeFileSync(path.join(folder, 'a.md'), WEASEL);
    const config = runCli(['e\u001b[2Jvil/a.md'], { cwd: dir });
    assert.match(config.stderr, /^whosays: e\\x1b\[2Jvil\/\.whosays\.json:1:12: Unknown rule id "bogus"/);
    const option = runCli(['--format', 'te\u001b]0;owned\u0007xt', 'a.md'], { cwd: dir });
    assert.equal(option.stderr, `whosays: invalid value "te\\x1b]0;owned\\x07xt" for --format; expected ${FORMAT_CHOICES}\n`);
    const key = runCli(['a.md'], { cwd: tempDir({ 'a.md': WEASEL, '.whosays.json': '{"rules": {"x\\u001b[2J\\nfake": "off"}}' }) });
    assert.match(key.stderr, /^whosays: \.whosays\.json:1:12: Unknown rule id "x\\x1b\[2J\\nfake"/);
    assert.deepEqual(rawControls(key.stderr), []);
  });
});
