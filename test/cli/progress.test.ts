// The progress line: drawn on standard error only when it is a terminal, in place, erased before the
// report; never on standard output. The writer is tested with a fake stream and clock, the command
// under a pseudo-terminal (util-linux `script`) where there is one.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MANY_FILES, NO_PROGRESS, Progress, progressFor } from '../../server/src/node/cliProgress';
import { CLI, removeTempDirs, runCli, tempDir } from './helpers';

before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`));
after(removeTempDirs);

const ERASE = '\r\u001b[K';

function fakeTerminal(): { written: string[]; write(text: string): boolean; isTTY: boolean } {
  const written: string[] = [];
  return { written, write: (text: string) => written.push(text) > 0, isTTY: true };
}

describe('the progress writer', () => {
  test('many files: drawn from the first file, in place, at most every interval, the last count always', () => {
    const stream = fakeTerminal();
    let now = 0;
    const progress = new Progress(stream, 300, { immediate: true, intervalMs: 100, clock: () => now });
    progress.update(1);
    now = 50;
    progress.update(2); // too soon after the last drawing
    now = 150;
    progress.update(3);
    now = 160;
    progress.update(300); // the end is drawn whatever the interval
    progress.clear();
    assert.deepEqual(stream.written, [`${ERASE}whosays: 1/300 files`, `${ERASE}whosays: 3/300 files`, `${ERASE}whosays: 300/300 files`, ERASE]);
  });

  test('a short run draws nothing, and erases nothing', () => {
    const stream = fakeTerminal();
    let now = 0;
    const progress = new Progress(stream, 3, { immediate: false, delayMs: 1000, clock: () => now });
    progress.update(1);
    now = 900;
    progress.update(3);
    progress.clear();
    assert.deepEqual(stream.written, []);
  });

  test('a run that lasts: drawn once the delay has passed', () => {
    const stream = fakeTerminal();
    let now = 0;
    const progress = new Progress(stream, 1, { immediate: false, delayMs: 1000, clock: () => now });
    now = 1500;
    progress.update(1);
    progress.clear();
    assert.deepEqual(stream.written, [`${ERASE}whosays: 1/1 file`, ERASE]);
  });

  test('only on a terminal, and not when turned off', () => {
    const stream = fakeTerminal();
    assert.ok(progressFor(stream, MANY_FILES, true) instanceof Progress);
    assert.equal(progressFor(stream, MANY_FILES, false), NO_PROGRESS);
    assert.equal(progressFor({ ...stream, isTTY: false }, MANY_FILES, true), NO_PROGRESS);
    assert.equal(progressFor({ write: stream.write }, MANY_FILES, true), NO_PROGRESS);
  });
});

/** `script` from util-linux runs a command under a pseudo-terminal and copies what it shows. */
const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
const hasScript = script.status === 0 && script.stdout.includes('util-linux');

describe('the command under a terminal', { skip: hasScript ? false : 'needs util-linux script' }, () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < MANY_FILES + 20; i++) files[`f${i}.txt`] = i % 4 === 0 ? 'Many experts believe the bridge is unsafe.\n' : 'The ferry left at nine.\n';

  /** Runs the command with standard error on a terminal and standard output in a file; returns both. */
  function underTerminal(args: string[], dir: string): { terminal: string; stdout: string } {
    const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // Outside `dir`, or the glob would find it.
    const out = path.join(tempDir(), 'out.txt');
    const result = spawnSync('script', ['-qec', `${quoted} > '${out}'; echo "exit $?" >&2`, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.error, undefined);
    return { terminal: result.stdout, stdout: readFileSync(out, 'utf8') };
  }

  test('many files: the count on standard error, erased at the end; the report is the one without a terminal', () => {
    const dir = tempDir(files);
    const plain = runCli(['--jobs', '2', '*.txt'], { cwd: dir });
    assert.equal(plain.stderr, '', 'no progress when standard error is not a terminal');
    const { terminal, stdout } = underTerminal(['--jobs', '2', '*.txt'], dir);
    assert.equal(stdout, plain.stdout, 'standard output gets nothing extra');
    const total = MANY_FILES + 20;
    assert.ok(terminal.includes(`${ERASE}whosays: ${total}/${total} files`), JSON.stringify(terminal));
    // The line is erased before the command ends; then only the shell's line follows.
    assert.ok(terminal.endsWith(`${ERASE}exit 1\r\n`), JSON.stringify(terminal.slice(-80)));
  });

  test('--no-progress: nothing on the terminal', () => {
    const dir = tempDir(files);
    const { terminal, stdout } = underTerminal(['--no-progress', '*.txt'], dir);
    assert.equal(terminal, 'exit 1\r\n');
    assert.equal(stdout, runCli(['*.txt'], { cwd: dir }).stdout);
  });

  test('an error line starts on a clean line', () => {
    const dir = tempDir({ ...files, 'zz.txt': new Uint8Array([0x41, 0]) });
    const { terminal, stdout } = underTerminal(['*.txt'], dir);
    assert.equal(stdout, '');
    assert.ok(terminal.endsWith(`${ERASE}whosays: zz.txt: binary file (NUL byte at offset 1); only text can be linted\r\nexit 2\r\n`), JSON.stringify(terminal.slice(-160)));
  });
});
