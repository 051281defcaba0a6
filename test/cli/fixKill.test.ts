// `whosays --fix` killed with SIGKILL mid-run (issue 15): every file is found either as it was or
// fully fixed, never in part, and what else is left in the folders is only our temporary files
// (replaceFile.ts names them). The kill comes at varied moments: when the first temporary file
// appears, as soon as a chosen file (small or large) starts to change, and at fractions of a clean
// run's length; whatever the moment, the property must hold, so what the test asserts does not
// depend on timing. Watching a file for any change (a temporary file beside it, or its own inode,
// size or time) makes the kill land inside a write: a writer that wrote files in place was caught
// by four of these cases when tried. A hand-made torn file checks the inspection itself.
// Runs dist/cli.js: build first.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TEMPORARY_NAME } from '../../server/src/node/replaceFile';
import { generateDocument, type GeneratedLanguage } from '../support/generate';
import { CLI, removeTempDirs, tempDir } from './helpers';

before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`));
after(removeTempDirs);

const EXTENSIONS: Record<GeneratedLanguage, string> = { plaintext: 'txt', markdown: 'md', html: 'html', latex: 'tex', wikitext: 'wiki' };
const LANGUAGES = Object.keys(EXTENSIONS) as GeneratedLanguage[];
const FILES = 200;
const WEASEL = 'Many experts believe the bridge is unsafe.\n\n';

/**
 * 200 files in every markup, in two folders; every 25th is large (megabytes of Markdown, mostly a
 * code block, which is quick to lint and slow to write), so that some writes take a while.
 */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++) {
    const name = `${i % 2 ? 'b' : 'a'}/f${String(i).padStart(3, '0')}`;
    if (i % 25 === 12) {
      const code = '```\n' + 'const many = experts.believe(bridge); // a line of code, skipped\n'.repeat(25_000 + i * 200) + '```\n';
      files[`${name}.md`] = WEASEL + code + WEASEL;
    } else {
      const language = LANGUAGES[i % LANGUAGES.length];
      files[`${name}.${EXTENSIONS[language]}`] = generateDocument(language, 800 + ((i * 7919) % 9_000), i + 1);
    }
  }
  return files;
}

const ARGS = ['--jobs', '1', '--fix', '--no-config', '--no-progress', 'a', 'b'];

function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return out;
}

interface Inspection {
  /** Files neither as they were nor as fully fixed (or missing). */
  torn: string[];
  /** Files that are not ours at all: neither a document nor one of our temporary files. */
  strangers: string[];
  fixed: number;
  temporaries: number;
}

/** Compares a folder with the documents' old and new bytes. */
function inspect(dir: string, old: Map<string, Buffer>, fixed: Map<string, Buffer>): Inspection {
  const now = snapshot(dir);
  const result: Inspection = { torn: [], strangers: [], fixed: 0, temporaries: 0 };
  for (const [name, before] of old) {
    const bytes = now.get(name);
    if (bytes !== undefined && bytes.equals(fixed.get(name)!)) {
      if (!before.equals(bytes)) result.fixed++;
    } else if (bytes === undefined || !bytes.equals(before)) {
      result.torn.push(name);
    }
  }
  for (const name of now.keys()) {
    if (old.has(name)) continue;
    if (TEMPORARY_NAME.test(path.basename(name))) result.temporaries++;
    else result.strangers.push(name);
  }
  return result;
}

/** Starts --fix on `dir`, kills it with SIGKILL once `when` says so (or lets it finish), and waits for it. */
async function killWhen(dir: string, when: (elapsedMs: number) => boolean): Promise<{ killed: boolean }> {
  const child = spawn(process.execPath, [CLI, ...ARGS], { cwd: dir, stdio: 'ignore' });
  const exited = once(child, 'exit');
  let done = false;
  void exited.then(() => (done = true));
  const start = Date.now();
  while (!done) {
    if (when(Date.now() - start)) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  return { killed: signal === 'SIGKILL' && code === null };
}

function hasTemporary(folder: string): boolean {
  return readdirSync(folder).some((name) => TEMPORARY_NAME.test(name));
}

/**
 * Whether a file has started to change since the first call: a temporary file of its own beside it
 * (the atomic way), or another inode, size or time (a writer in place would show that instead).
 */
function startsChanging(file: string): () => boolean {
  const first = statSync(file, { bigint: true });
  const prefix = `.${path.basename(file)}.whosays-`;
  return () => {
    if (readdirSync(path.dirname(file)).some((name) => name.startsWith(prefix))) return true;
    const now = statSync(file, { bigint: true });
    return now.ino !== first.ino || now.size !== first.size || now.mtimeNs !== first.mtimeNs;
  };
}

/** The documents that have something to fix, in the order --jobs 1 fixes them (a/ then b/, by name). */
function toFix(old: Map<string, Buffer>, fixed: Map<string, Buffer>): string[] {
  return [...old.keys()].filter((name) => !old.get(name)!.equals(fixed.get(name)!)).sort();
}

describe('--fix killed with SIGKILL', () => {
  const files = corpus();
  let source: string;
  let old: Map<string, Buffer>;
  let fixed: Map<string, Buffer>;
  let cleanRunMs: number;

  before(() => {
    source = tempDir(files);
    old = snapshot(source);
    // The fully fixed version of every file: a clean run on a copy.
    const copy = tempDir();
    cpSync(source, copy, { recursive: true });
    const start = Date.now();
    const clean = spawnSync(process.execPath, [CLI, ...ARGS], { cwd: copy, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    cleanRunMs = Date.now() - start;
    assert.ok(clean.status === 0 || clean.status === 1, clean.stderr);
    fixed = snapshot(copy);
    assert.deepEqual([...fixed.keys()].sort(), [...old.keys()].sort(), 'a clean run leaves no other file');
    const changed = [...old].filter(([name, bytes]) => !bytes.equals(fixed.get(name)!)).length;
    assert.ok(changed > FILES / 2, `most files have something to fix (${changed})`);
  });

  /** A fresh copy of the documents, killed when `when` says; then every file is old or new. */
  async function assertOldOrNew(t: { diagnostic(message: string): void }, when: (dir: string, elapsedMs: number) => boolean): Promise<void> {
    const dir = tempDir();
    cpSync(source, dir, { recursive: true });
    const { killed } = await killWhen(dir, (elapsed) => when(dir, elapsed));
    const found = inspect(dir, old, fixed);
    assert.deepEqual(found.torn, [], 'every file either as it was or fully fixed');
    assert.deepEqual(found.strangers, [], 'nothing left but our temporary files');
    t.diagnostic(`${killed ? 'killed' : 'finished'} with ${found.fixed} files fixed and ${found.temporaries} temporary files left`);
  }

  test('when the first temporary file appears', async (t) => {
    await assertOldOrNew(t, (dir) => hasTemporary(path.join(dir, 'a')) || hasTemporary(path.join(dir, 'b')));
  });

  // --jobs 1 fixes in input order: watch one file, and kill as soon as it starts to change, which
  // for a large file is well before its write ends.
  const large = [...Object.keys(files)].filter((name) => files[name].length > 1_000_000).sort();
  for (const [label, pick] of [
    ['the first file to fix', (names: string[]) => names[0]],
    ['file number 30', (names: string[]) => names[29]],
    ['file number 150', (names: string[]) => names[149]],
    ['the second large file', () => large[1]],
    ['the last large file', () => large[large.length - 1]],
  ] as const) {
    test(`when ${label} starts to change`, async (t) => {
      let changing: (() => boolean) | undefined;
      await assertOldOrNew(t, (dir, elapsed) => {
        changing ??= startsChanging(path.join(dir, pick(toFix(old, fixed))));
        // A guard against a run that never gets there: kill it anyway after the clean run's time and more.
        return changing() || elapsed > cleanRunMs * 3;
      });
    });
  }

  for (const fraction of [0.2, 0.5, 0.8]) {
    test(`at ${Math.round(fraction * 100)}% of a clean run's time`, async (t) => {
      await assertOldOrNew(t, (_dir, elapsed) => elapsed >= cleanRunMs * fraction);
    });
  }

  test('the inspection finds a file written in place and cut short', () => {
    // What a non-atomic writer leaves when killed: the old file truncated and half of the new one written.
    const dir = tempDir();
    cpSync(source, dir, { recursive: true });
    const victim = [...old.keys()].filter((name) => name.endsWith('.md')).sort()[0];
    const fixedBytes = fixed.get(victim)!;
    writeFileSync(path.join(dir, victim), fixedBytes.subarray(0, fixedBytes.length >> 1));
    writeFileSync(path.join(dir, 'a', 'f000.txt.partial'), 'left by someone else');
    const found = inspect(dir, old, fixed);
    assert.deepEqual(found.torn, [victim]);
    assert.deepEqual(found.strangers, [path.join('a', 'f000.txt.partial')]);
  });
});
