// How the command line takes its inputs: a byte-order mark and the offsets it shifts, a file
// reached by several names, --max-file-size. Runs dist/cli.js: build first.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formatBytes, overLimit, parseByteSize } from '../../server/src/engine/limits';
import { CLI, removeTempDirs, runCli, runJson, tempDir, type JsonReport } from './helpers';

const TEXT = 'Many believe the dam was sabotaged.\nThe bones are probably those of a deer, and some say the tunnel leaks.\n';
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`));
after(removeTempDirs);

function withBom(text: string): Uint8Array {
  return new Uint8Array([...BOM, ...new TextEncoder().encode(text)]);
}

/** Applies one fix's edits (offsets into `text`) from the end backwards. */
function applyEdits(text: string, edits: { offset: number; length: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

describe('a file that starts with a byte-order mark', () => {
  /** The BOM file's report against the plain file's, finding by finding and fix by fix. */
  function compare(bomReport: JsonReport, plainReport: JsonReport, raw: string, plain: string): void {
    const [withMark, without] = [bomReport.files[0].findings, plainReport.files[0].findings];
    assert.ok(without.length >= 2 && without.some((f) => f.line === 2), `findings on both lines: ${JSON.stringify(without)}`);
    assert.equal(withMark.length, without.length);
    withMark.forEach((f, i) => {
      const g = without[i];
      assert.equal(f.offset, g.offset + 1, 'offsets count the mark');
      assert.equal(raw.slice(f.offset, f.offset + f.length), plain.slice(g.offset, g.offset + g.length));
      // Lines and columns are as an editor shows them, which hides the mark.
      assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [g.line, g.column, g.endLine, g.endColumn]);
      f.fixes.forEach((fix, j) => assert.equal(applyEdits(raw, fix.edits), '\uFEFF' + applyEdits(plain, g.fixes[j].edits), fix.title));
    });
  }

  test('JSON offsets and fix edits count the mark: applied to the file as read, they land where they should', () => {
    const dir = tempDir({ 'bom.md': withBom(TEXT), 'plain.md': TEXT });
    // Decoded with the mark kept: the file as a tool reads it.
    const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path.join(dir, 'bom.md')));
    assert.equal(raw[0], '\uFEFF');
    const withMark = runJson(['--profile', 'hedging', 'bom.md'], { cwd: dir });
    const without = runJson(['--profile', 'hedging', 'plain.md'], { cwd: dir });
    compare(withMark.report, without.report, raw, TEXT);
    const who = withMark.report.files[0].findings[0].fixes.find((f) => f.title.includes('[who?]'));
    assert.ok(who);
    assert.equal(applyEdits(raw, who.edits).slice(0, 22), '\uFEFFMany[who?] believe th');
  });

  test('the same from standard input', () => {
    const withMark = runJson(['--profile', 'hedging', '-'], { input: withBom(TEXT) });
    const without = runJson(['--profile', 'hedging', '-'], { input: TEXT });
    compare(withMark.report, without.report, '\uFEFF' + TEXT, TEXT);
  });

  test('the text report shows the columns an editor shows', () => {
    const dir = tempDir({ 'bom.md': withBom(TEXT) });
    assert.match(runCli(['bom.md'], { cwd: dir }).stdout, /^bom\.md:1:1 +warning/);
  });
});

describe('a file reached by several names is linted once, under the first', () => {
  const SKIP = process.platform === 'win32' ? 'symlinks need privileges on Windows' : false;

  function folders(): string {
    const dir = tempDir({ 'real/a.md': TEXT, 'real/sub/b.md': TEXT });
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'one'));
    symlinkSync('real', path.join(dir, 'two'));
    symlinkSync(path.join('real', 'a.md'), path.join(dir, 'link.md'));
    return dir;
  }

  test('as arguments: two symlinked folders, a symlinked file, the real path and ./', { skip: SKIP }, () => {
    const dir = folders();
    const { report } = runJson(['one/a.md', 'two/a.md', 'link.md', 'real/a.md', './real/a.md', 'two/sub/b.md', 'one/sub/b.md'], { cwd: dir });
    assert.deepEqual(report.files.map((f) => f.path), ['one/a.md', 'two/sub/b.md']);
  });

  test('through globs', { skip: SKIP }, () => {
    const dir = folders();
    const { report } = runJson(['{one,two}/**/*.md', 'real/*.md'], { cwd: dir });
    assert.deepEqual(report.files.map((f) => f.path), ['one/a.md', 'one/sub/b.md']);
    const text = runCli(['two/*.md', 'one/*.md', '*.md'], { cwd: dir });
    assert.match(text.stdout, /in 1 file\n$/);
  });

  test('a folder linked into itself does not repeat its files', { skip: SKIP }, () => {
    const dir = tempDir({ 'loop/a.md': TEXT });
    mkdirSync(path.join(dir, 'loop', 'deeper'));
    symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop', 'deeper', 'back'));
    const { report } = runJson(['loop/**/*.md'], { cwd: dir });
    assert.deepEqual(report.files.map((f) => f.path), ['loop/a.md']);
  });
});

describe('a folder stands for the files of every markup beneath it', () => {
  test('sorted by path, other files, node_modules and .git skipped, extensions in any case', () => {
    const dir = tempDir({
      'docs/b.md': TEXT,
      'docs/a/z.TXT': TEXT,
      'docs/a/page.html': TEXT,
      'docs/paper.tex': TEXT,
      'docs/old.wiki': TEXT,
      'docs/image.png': 'not text',
      'docs/script.js': TEXT,
      'docs/node_modules/c.md': TEXT,
      'docs/.git/d.md': TEXT,
      'top.md': TEXT,
    });
    const { report } = runJson(['docs', 'top.md'], { cwd: dir });
    assert.deepEqual(report.files.map((f) => f.path), ['docs/a/page.html', 'docs/a/z.TXT', 'docs/b.md', 'docs/old.wiki', 'docs/paper.tex', 'top.md']);
    // "." and a trailing slash name the same files, shown as the argument was given.
    assert.deepEqual(runJson(['.'], { cwd: path.join(dir, 'docs') }).report.files.map((f) => f.path), ['a/page.html', 'a/z.TXT', 'b.md', 'old.wiki', 'paper.tex']);
    assert.deepEqual(runJson(['docs/a/'], { cwd: dir }).report.files.map((f) => f.path), ['docs/a/page.html', 'docs/a/z.TXT']);
  });

  test('a file named twice, by the folder and by itself, is linted once', () => {
    const dir = tempDir({ 'docs/a.md': TEXT });
    assert.deepEqual(runJson(['docs/a.md', 'docs'], { cwd: dir }).report.files.map((f) => f.path), ['docs/a.md']);
  });
});

describe('--max-file-size', () => {
  test('reads bytes and units', () => {
    const cases: [string, number | undefined][] = [
      ['1000', 1000], ['1kB', 1000], ['1KB', 1000], ['1k', 1000], ['1KiB', 1024], ['20MB', 20_000_000], ['20M', 20_000_000],
      ['1.5MB', 1_500_000], ['2MiB', 2_097_152], ['1GB', 1e9], [' 7 b ', 7], ['.5kB', 500],
      ['', undefined], ['MB', undefined], ['-1', undefined], ['1e6', undefined], ['10XB', undefined], ['1,000', undefined], ['0x10', undefined],
    ];
    for (const [text, bytes] of cases) assert.equal(parseByteSize(text), bytes, JSON.stringify(text));
  });

  test('sizes are shown in decimal units, exactly when rounding would hide the difference', () => {
    assert.equal(formatBytes(73_400_000), '73.4 MB');
    assert.equal(formatBytes(50_000_000), '50 MB');
    assert.equal(formatBytes(1), '1 byte');
    assert.equal(formatBytes(999), '999 bytes');
    assert.equal(overLimit(73_400_000, 50_000_000), '73.4 MB is over the 50 MB limit');
    assert.equal(overLimit(50_000_001, 50_000_000), '50000001 bytes is over the 50000000 bytes limit');
  });

  test('bad values are usage errors', () => {
    const cases: [string[], string][] = [
      [['--max-file-size', 'lots'], 'invalid value "lots" for --max-file-size; expected a size such as 20MB, 512KiB or 1000000 (bytes)'],
      [['--max-file-size', '0'], 'invalid value "0" for --max-file-size; it must be at least 1 byte'],
      [['--max-file-size', '2GB'], 'invalid value "2GB" for --max-file-size; the largest is 500 MB'],
      [['--max-file-size=-5'], 'invalid value "-5" for --max-file-size; expected a size such as 20MB, 512KiB or 1000000 (bytes)'],
      [['--max-file-size'], 'option --max-file-size needs a value'],
    ];
    for (const [args, message] of cases) {
      const result = runCli(['x.md', ...args]);
      assert.equal(result.stderr, `whosays: ${message}\n`);
      assert.equal(result.status, 2);
    }
  });

  test('is in --help', () => {
    assert.match(runCli(['--help']).stdout, /--max-file-size SIZE/);
  });
});
