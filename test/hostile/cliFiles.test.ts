// Hostile files given to the command line: devices, FIFOs and sockets (directly, through a
// symlink, through a glob, as .whosays.json or --config), files over the size cap, endless
// standard input. Each must end the run at once with one line on stderr and exit 2, never read
// without end or wait for a writer. Runs dist/cli.js: build first.

import assert from 'node:assert/strict';
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLI, removeTempDirs, runCli, tempDir, type CliResult } from '../cli/helpers';
import { SKIP_SPECIAL, makeFifo, makeLink, makeSocket, specialFiles } from './specialFiles';

const WEASEL = 'Many experts believe the bridge is unsafe.\n';
const CLEAN = 'The ferry left the quay at nine.\n';
/** Far below the 30 s default: a FIFO that blocks should fail the test quickly. */
const QUICK = { timeoutMs: 10_000 };

before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`));
after(removeTempDirs);

function assertFails(result: CliResult, pattern: RegExp): void {
  assert.equal(result.stdout, '', 'a failed run prints no report');
  assert.match(result.stderr, pattern);
  assert.equal(result.stderr.split('\n').length, 2, `one line on stderr: ${JSON.stringify(result.stderr)}`);
  assert.equal(result.status, 2);
}

function kindPattern(label: string): string {
  return label.includes('FIFO') ? 'a named pipe \\(FIFO\\)' : 'a character device';
}

describe('special files are refused, never read', { skip: SKIP_SPECIAL }, () => {
  test('as a command-line argument (4 kinds)', () => {
    const dir = tempDir();
    for (const [label, file] of specialFiles(dir, '.md')) {
      const shown = file.startsWith(dir) ? path.basename(file) : file;
      const result = runCli([shown], { cwd: dir, ...QUICK });
      const escaped = shown.replace(/[/.]/g, '\\$&');
      assertFails(result, new RegExp(`^whosays: ${escaped}: not a regular file but ${kindPattern(label)}; only regular files are linted\\n$`));
    }
  });

  test('a Unix socket as an argument', async () => {
    const dir = tempDir();
    const server = await makeSocket(path.join(dir, 'socket.md'));
    try {
      assertFails(runCli(['socket.md'], { cwd: dir, ...QUICK }), /^whosays: socket\.md: not a regular file but a socket; /);
    } finally {
      server.close();
    }
  });

  test('matched by a glob: refused by name, or not matched at all (3 kinds)', () => {
    for (const [label, name] of [['symlink to /dev/zero', 'zero.md'], ['FIFO', 'fifo.md'], ['symlink to a FIFO', 'fifo-link.md']]) {
      const dir = tempDir({ 'ok.md': WEASEL });
      if (label === 'FIFO') makeFifo(path.join(dir, name));
      else if (label === 'symlink to /dev/zero') makeLink('/dev/zero', path.join(dir, name));
      else makeLink(makeFifo(path.join(dir, 'pipe')), path.join(dir, name));
      const result = runCli(['--format', 'json', '*.md'], { cwd: dir, ...QUICK });
      if (result.status === 2) {
        assertFails(result, new RegExp(`^whosays: ${name.replace('.', '\\.')}: not a regular file but `));
      } else {
        // tinyglobby lists only what it takes for files; a FIFO is left out like a folder.
        assert.equal(result.status, 1, result.stderr);
        assert.deepEqual((JSON.parse(result.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['ok.md'], label);
      }
    }
  });

  test('as .whosays.json next to the document (3 kinds)', () => {
    for (const [label, make] of [
      ['symlink to /dev/zero', (file: string) => makeLink('/dev/zero', file)],
      ['FIFO', (file: string) => makeFifo(file)],
      ['symlink to a FIFO', (file: string) => makeLink(makeFifo(`${file}.pipe`), file)],
    ] as const) {
      const dir = tempDir({ 'a.md': WEASEL });
      make(path.join(dir, '.whosays.json'));
      const result = runCli(['a.md'], { cwd: dir, ...QUICK });
      assertFails(result, new RegExp(`^whosays: \\.whosays\\.json:1:1: The configuration file is not a regular file but ${kindPattern(label)}\\.\\n$`));
    }
  });

  test('as --config (4 kinds)', () => {
    const dir = tempDir({ 'a.md': WEASEL });
    for (const [label, file] of specialFiles(dir, '.json')) {
      const result = runCli(['--config', file, 'a.md'], { cwd: dir, ...QUICK });
      assertFails(result, new RegExp(`:1:1: The configuration file is not a regular file but ${kindPattern(label)}\\.\\n$`));
    }
  });

  test('/dev/zero as standard input stops at the cap', () => {
    const result = runCli(['-'], { stdinFile: '/dev/zero', ...QUICK });
    assertFails(result, /^whosays: <stdin>: too large to lint: more than 50 MB \(raise the limit with --max-file-size\)\n$/);
    const small = runCli(['--max-file-size', '1kB', '-'], { stdinFile: '/dev/zero', ...QUICK });
    assertFails(small, /^whosays: <stdin>: too large to lint: more than 1 kB \(raise the limit with --max-file-size\)\n$/);
  });
});

describe('the size cap', () => {
  test('a file over the default 50 MB is refused without being read; --max-file-size raises the cap', () => {
    const dir = tempDir();
    // Sparse: 60 MB of nothing on disk. Read, it would be a binary file (NUL bytes).
    const big = path.join(dir, 'big.md');
    writeFileSync(big, '');
    truncateSync(big, 60_000_000);
    assertFails(runCli(['big.md'], { cwd: dir }), /^whosays: big\.md: too large to lint: 60 MB is over the 50 MB limit \(raise the limit with --max-file-size\)\n$/);
    assertFails(runCli(['--max-file-size', '100MB', 'big.md'], { cwd: dir }), /^whosays: big\.md: binary file \(NUL byte at offset 0\)/);
  });

  test('--max-file-size is the exact cap, for files and standard input', () => {
    const text = (bytes: number) => WEASEL + CLEAN.repeat(Math.ceil(bytes / CLEAN.length)).slice(0, bytes - WEASEL.length);
    const dir = tempDir({ 'exact.md': text(1000), 'over.md': text(1001) });
    assert.equal(runCli(['--max-file-size', '1kB', 'exact.md'], { cwd: dir }).status, 1);
    assertFails(runCli(['--max-file-size', '1kB', 'over.md'], { cwd: dir }), /^whosays: over\.md: too large to lint: 1001 bytes is over the 1000 bytes limit /);
    assert.equal(runCli(['--max-file-size', '1000', '-'], { input: text(1000) }).status, 1);
    assertFails(runCli(['--max-file-size', '1000', '-'], { input: text(1001) }), /^whosays: <stdin>: too large to lint: more than 1 kB /);
  });

  test('a .whosays.json over 1 MB is a configuration error, whatever --max-file-size says', () => {
    const dir = tempDir({ 'a.md': WEASEL, '.whosays.json': `{${' '.repeat(1_000_000)}}` });
    const result = runCli(['--max-file-size', '100MB', 'a.md'], { cwd: dir });
    assertFails(result, /^whosays: \.whosays\.json:1:1: The configuration file is too large: 1000002 bytes is over the 1000000 bytes limit\.\n$/);
  });

  test('a regular file that reports size 0 but has content (/proc) is read to its end', { skip: existsSync('/proc/self/status') ? false : 'needs Linux /proc' }, () => {
    const result = runCli(['--format', 'json', '/proc/self/status']);
    // Only the summary line: no file error.
    assert.match(result.stderr, /^whosays: [^\n]* in 1 file\.?\n$/);
    assert.equal((JSON.parse(result.stdout) as { files: unknown[] }).files.length, 1);
  });
});
