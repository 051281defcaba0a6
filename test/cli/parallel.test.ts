// Linting on worker threads (--jobs): the report, the exit status and the error line are those of
// one thread, whatever order the threads finish in. Runs dist/cli.js: build first.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { availableParallelism } from 'node:os';
import { PER_THREAD_BYTES, threadsFor } from '../../server/src/node/cliWorkers';
import { generateDocument, type GeneratedLanguage } from '../support/generate';
import { CLI, removeTempDirs, runCli, tempDir, type CliResult } from './helpers';

before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`));
after(removeTempDirs);

const EXTENSIONS: Record<GeneratedLanguage, string> = { plaintext: 'txt', markdown: 'md', html: 'html', latex: 'tex', wikitext: 'wiki' };
const LANGUAGES = Object.keys(EXTENSIONS) as GeneratedLanguage[];
const CLEAN = 'The ferry left the quay at nine and reached the island at noon.\n';

/** `count` files in every language and in sub-folders, some clean, one folder with its own configuration. */
function folder(count: number, extra: Record<string, string | Uint8Array> = {}): string {
  const files: Record<string, string | Uint8Array> = { 'strict/.whosays.json': '{"rules": {"weasel": "error"}, "profile": "hedging"}', ...extra };
  for (let i = 0; i < count; i++) {
    const language = LANGUAGES[i % LANGUAGES.length];
    const dir = i % 7 === 0 ? 'strict' : i % 3 === 0 ? 'sub/deeper' : 'docs';
    // Sizes vary a lot, so that the threads finish out of order.
    files[`${dir}/f${String((i * 37) % count).padStart(3, '0')}.${EXTENSIONS[language]}`] = i % 11 === 0 ? CLEAN : generateDocument(language, 300 + ((i * 7919) % 6_000), i + 1);
  }
  return tempDir(files);
}

/** The same run on one thread and on several: identical in every byte and in the exit status. */
function assertSameOnThreads(args: string[], cwd: string): CliResult {
  const one = runCli(['--jobs', '1', ...args], { cwd });
  for (const jobs of ['2', '3']) {
    const many = runCli(['--jobs', jobs, ...args], { cwd });
    assert.equal(many.stdout, one.stdout, `--jobs ${jobs}: the same report`);
    assert.equal(many.stderr, one.stderr, `--jobs ${jobs}: the same standard error`);
    assert.equal(many.status, one.status, `--jobs ${jobs}: the same exit status`);
  }
  return one;
}

describe('--jobs', () => {
  test('a folder gives the same JSON and text reports on one thread and on several, in path order', () => {
    const dir = folder(60);
    const json = assertSameOnThreads(['--format', 'json', '**/*.*'], dir);
    assert.equal(json.status, 1);
    const report = JSON.parse(json.stdout) as { files: { path: string; findings: unknown[] }[] };
    const paths = report.files.map((f) => f.path);
    assert.equal(paths.length, 60);
    assert.deepEqual(paths, [...paths].sort(), 'sorted by path');
    assert.ok(report.files.some((f) => f.findings.length === 0) && report.files.some((f) => f.findings.length > 5));
    const text = assertSameOnThreads(['**/*.*'], dir);
    assert.match(text.stdout, /errors?.* in 60 files\n$/, 'the strict folder\'s configuration applies on every thread');
    // The default (one thread for this little) gives the same too.
    assert.equal(runCli(['--format', 'json', '**/*.*'], { cwd: dir }).stdout, json.stdout);
  });

  test('a clean folder exits 0 on every thread count', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`c${i}.txt`] = CLEAN;
    const result = assertSameOnThreads(['*.txt'], tempDir(files));
    assert.equal(result.status, 0);
    assert.equal(result.stdout, 'No problems found in 12 files.\n');
  });

  test('standard input among the files', () => {
    const dir = folder(10);
    const one = runCli(['--jobs', '1', '--format', 'json', 'docs/*.*', '-', 'sub/**/*.*'], { cwd: dir, input: 'Many experts believe the bridge is unsafe.\n' });
    const two = runCli(['--jobs', '2', '--format', 'json', 'docs/*.*', '-', 'sub/**/*.*'], { cwd: dir, input: 'Many experts believe the bridge is unsafe.\n' });
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.status, 1);
    assert.ok(one.stdout.includes('"path":"<stdin>"'));
  });

  test('the earliest failing file is reported, as on one thread, even when a later one fails first', () => {
    // The later file is the largest, so it is sent to a thread first.
    const invalid = Buffer.concat([Buffer.from(generateDocument('plaintext', 60_000)), Buffer.from([0xc3, 0x28])]);
    const dir = folder(30, { 'docs/b-binary.txt': new Uint8Array([0x41, 0, 0x42]), 'docs/z-invalid.txt': invalid });
    const result = assertSameOnThreads(['--format', 'json', '**/*.*'], dir);
    assert.equal(result.stderr, 'whosays: docs/b-binary.txt: binary file (NUL byte at offset 1); only text can be linted\n');
    assert.equal(result.stdout, '');
    assert.equal(result.status, 2);
  });

  test('file errors read the same on every thread count', () => {
    const clean: Record<string, string> = {};
    for (let i = 0; i < 10; i++) clean[`clean/c${i}.txt`] = CLEAN;
    const dir = folder(20, { ...clean, 'big.txt': CLEAN.repeat(80), 'bad/.whosays.json': '{"profle": 1}', 'bad/a.txt': CLEAN, 'secret.txt': CLEAN });
    const cases: [string[], string][] = [
      [['--max-file-size', '4kB', 'clean/*.*', 'big.txt'], 'big.txt: too large to lint: 5.1 kB is over the 4 kB limit (raise the limit with --max-file-size)'],
      [['docs/*.*', 'bad/a.txt'], 'bad/.whosays.json:1:2: Unknown key "profle"; did you mean "profile"?'],
      [['docs/*.*', 'missing.txt', 'strict/*.*'], 'missing.txt: file not found'],
    ];
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
      cases.push([['docs/*.*', 'pipe.txt'], 'pipe.txt: not a regular file but a named pipe (FIFO); only regular files are linted']);
    }
    if (process.getuid?.() !== 0) {
      chmodSync(path.join(dir, 'secret.txt'), 0o000);
      cases.push([['docs/*.*', 'secret.txt'], 'secret.txt: cannot read file: permission denied']);
    }
    for (const [args, line] of cases) {
      const result = assertSameOnThreads(args, dir);
      assert.equal(result.stderr, `whosays: ${line}\n`, args.join(' '));
      assert.equal(result.status, 2);
    }
  });

  test('a wrong --jobs is a usage error', () => {
    for (const value of ['0', 'two', '-1', '1.5', '', '5000']) {
      const result = runCli([`--jobs=${value}`, 'a.txt'], { cwd: tempDir({ 'a.txt': CLEAN }) });
      assert.equal(result.stderr, `whosays: invalid value "${value}" for --jobs; expected a number of threads from 1 to 1024\n`);
      assert.equal(result.status, 2);
    }
    assert.equal(runCli(['-j', '2', 'a.txt'], { cwd: tempDir({ 'a.txt': CLEAN }) }).status, 0, '-j is short for --jobs');
  });
});

test('the default number of threads: one per PER_THREAD_BYTES of input, up to the cores and the files', () => {
  const cores = availableParallelism();
  assert.equal(threadsFor(undefined, 1000, PER_THREAD_BYTES - 1), 1, 'a small run stays on one thread');
  assert.equal(threadsFor(undefined, 1000, 2 * PER_THREAD_BYTES), Math.min(2, cores));
  assert.equal(threadsFor(undefined, 1000, 1000 * PER_THREAD_BYTES), cores);
  assert.equal(threadsFor(undefined, 1, 1000 * PER_THREAD_BYTES), 1, 'one file, one thread');
  assert.equal(threadsFor(3, 10, 0), 3, '--jobs wins');
  assert.equal(threadsFor(8, 2, 0), 2, 'never more threads than files');
});
