// `whosays --fix` and `--fix-dry-run`: the files end up as the editor's Fix All leaves them (the
// engine's fixAllPlan applied to the same text), a second run changes nothing, the byte-order mark,
// line breaks, mode, owner and symbolic links survive, standard input goes to standard output, the
// dry run's diff is exact and writes nothing, and several threads fix the same as one.
// Runs dist/cli.js: build first.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, linkSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { applyEdits, languageFromId, lint } from '../../server/src/engine';
import { fixAllPlan } from '../../server/src/engine/fixAll';
import type { Profile } from '../../server/src/engine/types';
import { diffNameOf, inDocumentLineBreaks } from '../../server/src/node/cliFix';
import { readRegularFileWithStatsSync } from '../../server/src/node/readFile';
import { replaceFile, ReplaceFileError, TEMPORARY_NAME } from '../../server/src/node/replaceFile';
import { generateDocument, type GeneratedLanguage } from '../support/generate';
import { CLI, ROOT, removeTempDirs, runCli, runJson, tempDir, type CliResult } from './helpers';

before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`));
after(removeTempDirs);

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const EXTENSIONS: Record<GeneratedLanguage, string> = { plaintext: 'txt', markdown: 'md', html: 'html', latex: 'tex', wikitext: 'wiki' };
const LANGUAGES = Object.keys(EXTENSIONS) as GeneratedLanguage[];
const WEASEL = 'Many experts believe the bridge is unsafe.\n';
const CLEAN = 'The ferry left the quay at nine and reached the island at noon.\n';
const PLAIN = [
  'The harbour wall was finished in 1890.',
  'Some critics say the wall is too low.',
  'It is widely believed that the storm of 1953 broke it twice.',
  'The mayor claimed the repairs were paid for.',
  'Nine in ten fishermen now back the plan.',
  '',
].join('\n');

/** The text as the editor's Fix All leaves it: the engine's plan, applied by the engine. */
function fixedByEngine(text: string, file: string, options: { includeInformation?: boolean; profile?: Profile } = {}): string {
  const languageId = languageFromId(path.extname(file).slice(1));
  const findings = lint(text, { languageId, config: options.profile ? { profile: options.profile } : {}, now: new Date() });
  return applyEdits(text, fixAllPlan(findings, options.includeInformation ?? false).edits);
}

/** The plan's counts, for the note on standard error. */
function planCounts(text: string, file: string, includeInformation = false): { markers: number; words: number; informationLeft: number } {
  const languageId = languageFromId(path.extname(file).slice(1));
  return fixAllPlan(lint(text, { languageId, config: {}, now: new Date() }), includeInformation);
}

/** Every markup: the samples, generated documents and a plain text of our own. */
function markupFiles(): Record<string, string> {
  const files: Record<string, string> = { 'notes.txt': PLAIN };
  for (const name of readdirSync(path.join(ROOT, 'samples'))) if (name.startsWith('sample-article.')) files[name] = readFileSync(path.join(ROOT, 'samples', name), 'utf8');
  LANGUAGES.forEach((language, i) => (files[`generated.${EXTENSIONS[language]}`] = generateDocument(language, 6_000, i + 3)));
  return files;
}

function contents(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name));
  }
  return out;
}

function assertFails(result: CliResult, line: string): void {
  assert.equal(result.stderr, `whosays: ${line}\n`);
  assert.equal(result.stdout, '');
  assert.equal(result.status, 2);
}

describe('--fix', () => {
  test('in every markup the files become what the editor\'s Fix All makes of them, and the report is of what is left', () => {
    const files = markupFiles();
    const dir = tempDir(files);
    const names = Object.keys(files).sort();
    const result = runCli(['--fix', '--no-config', '--format', 'json', ...names], { cwd: dir });
    let markers = 0;
    let words = 0;
    let changed = 0;
    for (const name of names) {
      const expected = fixedByEngine(files[name], name);
      assert.equal(readFileSync(path.join(dir, name), 'utf8'), expected, `${name} as Fix All leaves it`);
      assert.notEqual(expected, files[name], `${name} has something to fix`);
      const counts = planCounts(files[name], name);
      markers += counts.markers;
      words += counts.words;
      changed++;
    }
    // The report: exactly that of a plain run on the fixed files.
    const plain = runJson(['--no-config', ...names], { cwd: dir });
    assert.equal(result.stdout, plain.stdout);
    assert.equal(result.status, plain.status);
    const notes = result.stderr.split('\n');
    // "claimed" is an information-level finding by default: no word is replaced without --fix-information.
    assert.equal(words, 0);
    assert.match(notes[0], new RegExp(`^whosays: fixed ${changed} files: ${markers} markers inserted; \\d+ information-level findings left as they are \\(--fix-information fixes them\\)$`));
    assert.equal(notes[1], plain.stderr.trimEnd(), 'then the summary line of the JSON format');
    assert.deepEqual(Object.keys(contents(dir)).sort(), names, 'no temporary file left');
  });

  test('a second run changes nothing and exits as a plain run of the fixed files', () => {
    for (const profile of ['default', 'hedging'] as const) {
      const files = markupFiles();
      const dir = tempDir(files);
      const names = Object.keys(files);
      runCli(['--fix', '--no-config', '--profile', profile, ...names], { cwd: dir });
      const once = contents(dir);
      const again = runCli(['--fix', '--no-config', '--profile', profile, ...names], { cwd: dir });
      assert.deepEqual(contents(dir), once, `${profile}: the second run changes no byte`);
      assert.match(again.stderr, new RegExp(`^whosays: nothing to fix in ${names.length} files`));
      const plain = runCli(['--no-config', '--profile', profile, ...names], { cwd: dir });
      assert.equal(again.stdout, plain.stdout);
      assert.equal(again.status, plain.status);
    }
  });

  test('--fix-information fixes information-level findings too, as Fix All including them does', () => {
    const files = markupFiles();
    const dir = tempDir(files);
    const result = runCli(['--fix', '--fix-information', '--no-config', ...Object.keys(files)], { cwd: dir });
    let differs = 0;
    let markers = 0;
    let words = 0;
    for (const [name, text] of Object.entries(files)) {
      const expected = fixedByEngine(text, name, { includeInformation: true });
      assert.equal(readFileSync(path.join(dir, name), 'utf8'), expected, name);
      if (expected !== fixedByEngine(text, name)) differs++;
      const counts = planCounts(text, name, true);
      markers += counts.markers;
      words += counts.words;
    }
    assert.ok(differs > 0 && words > 0, 'some file has an information-level fix, a word among them');
    assert.equal(result.stderr.split('\n')[0], `whosays: fixed ${Object.keys(files).length} files: ${markers} markers inserted, ${words} words replaced`);
  });

  test('a byte-order mark and CRLF line breaks are kept', () => {
    const text = PLAIN.replace(/\n/g, '\r\n');
    const dir = tempDir({ 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'crlf.md': text });
    runCli(['--fix', '--no-config', 'bom.txt', 'crlf.md'], { cwd: dir });
    const bom = readFileSync(path.join(dir, 'bom.txt'));
    assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bom.subarray(3).toString('utf8'), fixedByEngine(text, 'bom.txt'));
    const crlf = readFileSync(path.join(dir, 'crlf.md'), 'utf8');
    assert.equal(crlf, fixedByEngine(text, 'crlf.md'));
    assert.notEqual(crlf, text);
    assert.doesNotMatch(crlf, /[^\r]\n/, 'every line break still CRLF');
  });

  test('a line break a fix inserts is written as the document writes its own (none of the plan\'s fixes has one today)', () => {
    const edits = [{ offset: 3, length: 0, newText: '[who?]' }, { offset: 5, length: 0, newText: 'a\nb\r\nc' }];
    assert.deepEqual(inDocumentLineBreaks(edits, '\r\n'), [edits[0], { offset: 5, length: 0, newText: 'a\r\nb\r\nc' }]);
    assert.deepEqual(inDocumentLineBreaks(edits, '\n'), [edits[0], { offset: 5, length: 0, newText: 'a\nb\nc' }]);
    assert.equal(diffNameOf('./docs/a.md'), 'docs/a.md');
    assert.equal(diffNameOf('/tmp/a.md'), 'tmp/a.md');
  });

  test('the file mode is kept', () => {
    const dir = tempDir({ 'group.md': WEASEL, 'script.txt': WEASEL, 'private.md': WEASEL });
    const modes = { 'group.md': 0o640, 'script.txt': 0o755, 'private.md': 0o600 };
    for (const [name, mode] of Object.entries(modes)) chmodSync(path.join(dir, name), mode);
    runCli(['--fix', '--no-config', ...Object.keys(modes)], { cwd: dir });
    for (const [name, mode] of Object.entries(modes)) {
      assert.notEqual(readFileSync(path.join(dir, name), 'utf8'), WEASEL, `${name} fixed`);
      assert.equal(statSync(path.join(dir, name)).mode & 0o7777, mode, `${name} keeps mode ${mode.toString(8)}`);
    }
  });

  test('the owner and group are kept when root fixes someone else\'s file', { skip: asRoot ? false : 'needs root' }, () => {
    const dir = tempDir({ 'theirs.md': WEASEL });
    chownSync(path.join(dir, 'theirs.md'), 1234, 4321);
    runCli(['--fix', '--no-config', 'theirs.md'], { cwd: dir });
    const stats = statSync(path.join(dir, 'theirs.md'));
    assert.equal(readFileSync(path.join(dir, 'theirs.md'), 'utf8'), fixedByEngine(WEASEL, 'theirs.md'));
    assert.deepEqual([stats.uid, stats.gid], [1234, 4321]);
  });

  test('a symbolic link stays a link, and the file it points to is fixed', () => {
    const dir = tempDir({ 'real/doc.md': WEASEL });
    symlinkSync('real/doc.md', path.join(dir, 'link.md'));
    const result = runCli(['--fix', '--no-config', 'link.md'], { cwd: dir });
    assert.match(result.stderr, /^whosays: fixed 1 file: 1 marker inserted\n/);
    assert.ok(lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    assert.equal(readlinkSync(path.join(dir, 'link.md')), 'real/doc.md');
    assert.equal(readFileSync(path.join(dir, 'real/doc.md'), 'utf8'), fixedByEngine(WEASEL, 'doc.md'));
    assert.deepEqual(readdirSync(path.join(dir, 'real')), ['doc.md'], 'no temporary file beside the target');
  });

  test('a file with nothing to fix is not written at all', () => {
    const dir = tempDir({ 'clean.txt': CLEAN });
    const file = path.join(dir, 'clean.txt');
    utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    const before = statSync(file, { bigint: true });
    const result = runCli(['--fix', 'clean.txt'], { cwd: dir });
    const now = statSync(file, { bigint: true });
    assert.deepEqual([now.ino, now.mtimeNs], [before.ino, before.mtimeNs]);
    assert.equal(result.stderr, 'whosays: nothing to fix in 1 file\n');
    assert.equal(result.stdout, 'No problems found in 1 file.\n');
    assert.equal(result.status, 0);
  });

  test('standard input: the fixed text on standard output, the notes on standard error', () => {
    const result = runCli(['--fix', '--no-config', '-'], { input: PLAIN });
    assert.equal(result.stdout, fixedByEngine(PLAIN, 'x.txt'));
    const left = runCli(['--no-config', '-'], { input: result.stdout });
    const summary = left.stdout.trimEnd().split('\n').pop();
    const counts = planCounts(PLAIN, 'x.txt');
    assert.equal(
      result.stderr,
      `whosays: fixed <stdin>: ${counts.markers} markers inserted; ${counts.informationLeft} information-level findings left as they are (--fix-information fixes them)\nwhosays: ${summary}\n`,
    );
    assert.equal(result.status, left.status);
    // The language of --stdin-filename, a byte-order mark kept, nothing to fix passes the text on.
    const markdown = '```\nMany experts believe it.\n```\n\n' + WEASEL;
    const md = runCli(['--fix', '--no-config', '--stdin-filename', 'a.md', '-'], { input: Buffer.from('\uFEFF' + markdown) });
    assert.equal(md.stdout, '\uFEFF' + fixedByEngine(markdown, 'a.md'));
    const clean = runCli(['--fix', '-'], { input: CLEAN });
    assert.equal(clean.stdout, CLEAN);
    assert.equal(clean.stderr, 'whosays: nothing to fix in <stdin>\nwhosays: No problems found in 1 file.\n');
    assert.equal(clean.status, 0);
  });

  test('a file error ends the run; the files fixed before it are whole and said to be', () => {
    const dir = tempDir({ 'a.md': WEASEL, 'b.md': Buffer.from([0x4d, 0xc3, 0x28]), 'c.md': WEASEL });
    const result = runCli(['--jobs', '1', '--fix', 'a.md', 'b.md', 'c.md'], { cwd: dir });
    assert.equal(result.stderr, 'whosays: b.md: not valid UTF-8 (invalid byte at offset 1)\nwhosays: the run stopped after fixing 1 file, each of them whole\n');
    assert.equal(result.status, 2);
    assert.equal(readFileSync(path.join(dir, 'a.md'), 'utf8'), fixedByEngine(WEASEL, 'a.md'));
    assert.equal(readFileSync(path.join(dir, 'c.md'), 'utf8'), WEASEL);
  });

  test('--jobs 2 and 3 fix the same files, byte for byte, with the same output as --jobs 1', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) {
      const language = LANGUAGES[i % LANGUAGES.length];
      files[`${i % 2 ? 'sub/' : ''}f${i}.${EXTENSIONS[language]}`] = i % 7 === 0 ? CLEAN : generateDocument(language, 500 + ((i * 7919) % 20_000), i + 1);
    }
    const source = tempDir(files);
    const runs = ['1', '2', '3'].map((jobs) => {
      const dir = tempDir();
      cpSync(source, dir, { recursive: true });
      const result = runCli(['--jobs', jobs, '--fix', '--no-config', '.'], { cwd: dir });
      return { result, files: contents(dir) };
    });
    assert.notDeepEqual(runs[0].files, contents(source), 'something was fixed');
    for (const run of runs.slice(1)) {
      assert.deepEqual(run.files, runs[0].files);
      assert.equal(run.result.stdout, runs[0].result.stdout);
      assert.equal(run.result.stderr, runs[0].result.stderr);
      assert.equal(run.result.status, runs[0].result.status);
    }
  });
});

describe('--fix refuses to replace a file it would harm', () => {
  test('a file with two hard links', () => {
    const dir = tempDir({ 'a.md': WEASEL });
    linkSync(path.join(dir, 'a.md'), path.join(dir, 'b.md'));
    assertFails(runCli(['--fix', 'a.md'], { cwd: dir }), 'a.md: not fixed: it has 2 hard links, and only this one would get the fixes');
    assert.equal(readFileSync(path.join(dir, 'b.md'), 'utf8'), WEASEL);
  });

  describe('as another user', { skip: asRoot ? false : 'needs root to run as "nobody"' }, () => {
    /** A folder "nobody" may write in, with files that `setup` prepares. */
    function shared(setup: (dir: string) => void, folderMode = 0o777): string {
      const dir = tempDir({ 'a.md': WEASEL });
      setup(dir);
      chmodSync(dir, folderMode);
      return dir;
    }

    test('a read-only file', () => {
      const dir = shared((d) => {
        chownSync(path.join(d, 'a.md'), NOBODY, NOBODY);
        chmodSync(path.join(d, 'a.md'), 0o444);
      });
      assertFails(runCli(['--fix', 'a.md'], { cwd: dir, uid: NOBODY }), 'a.md: not fixed: the file is read-only');
      assert.equal(readFileSync(path.join(dir, 'a.md'), 'utf8'), WEASEL);
    });

    test('a file of another user, which the new file could not belong to', () => {
      const dir = shared((d) => chmodSync(path.join(d, 'a.md'), 0o666));
      assertFails(runCli(['--fix', 'a.md'], { cwd: dir, uid: NOBODY }), `a.md: not fixed: it belongs to user 0 and group 0, and the fixed file would belong to user ${NOBODY} and group ${NOBODY}`);
      assert.equal(readFileSync(path.join(dir, 'a.md'), 'utf8'), WEASEL);
      assert.deepEqual(readdirSync(dir), ['a.md'], 'the temporary file is removed');
    });

    test('a folder where no temporary file can be made', () => {
      const dir = shared((d) => chownSync(path.join(d, 'a.md'), NOBODY, NOBODY), 0o755);
      assertFails(runCli(['--fix', 'a.md'], { cwd: dir, uid: NOBODY }), 'a.md: not fixed: cannot create a temporary file beside it (permission denied)');
      assert.equal(readFileSync(path.join(dir, 'a.md'), 'utf8'), WEASEL);
    });
  });

  describe('a file that changed on disk after it was read (replaceFile)', () => {
    const fixed = Buffer.from('fixed\n');

    test('the same size and times, other bytes: left as the other writer made it', () => {
      const dir = tempDir({ 'a.md': 'one\n' });
      const file = path.join(dir, 'a.md');
      const read = readRegularFileWithStatsSync(file, 1000);
      // Another writer, within the file system's timestamp granularity: the times are put back.
      writeFileSync(file, 'two\n');
      utimesSync(file, new Date(Number(read.stats.atimeMs)), new Date(Number(read.stats.mtimeMs)));
      assert.throws(() => replaceFile(file, fixed, read), (error: unknown) => error instanceof ReplaceFileError && error.changedOnDisk);
      assert.equal(readFileSync(file, 'utf8'), 'two\n');
      assert.deepEqual(readdirSync(dir), ['a.md']);
    });

    test('another file renamed over it', () => {
      const dir = tempDir({ 'a.md': 'one\n', 'b.md': 'one\n' });
      const file = path.join(dir, 'a.md');
      const read = readRegularFileWithStatsSync(file, 1000);
      execFileSync('mv', [path.join(dir, 'b.md'), file]);
      assert.throws(() => replaceFile(file, fixed, read), /changed on disk while it was being fixed; left as it is/);
      assert.equal(readFileSync(file, 'utf8'), 'one\n');
    });

    test('unchanged: replaced, with no temporary file left', () => {
      const dir = tempDir({ 'a.md': 'one\n' });
      const file = path.join(dir, 'a.md');
      replaceFile(file, fixed, readRegularFileWithStatsSync(file, 1000));
      assert.equal(readFileSync(file, 'utf8'), 'fixed\n');
      assert.deepEqual(readdirSync(dir), ['a.md']);
      assert.ok(!TEMPORARY_NAME.test('a.md') && TEMPORARY_NAME.test('.a.md.whosays-12-0-0123456789ab.tmp'));
    });
  });
});

describe('--fix-dry-run', () => {
  const DOC = ['# Harbour', '', 'The wall was finished in 1890.', 'It was rebuilt in 1954.', 'Some critics say the wall is too low.', 'The council met on Monday.', 'The minutes are online.', 'Boats moor here in winter.', 'The mayor claimed the repairs were paid for.', 'Gulls nest on the roof.', 'Nine in ten fishermen now back the plan.'].join('\n');

  test('prints the exact diff, writes nothing, and exits 1', () => {
    const dir = tempDir({ 'docs/harbour.md': DOC });
    const file = path.join(dir, 'docs/harbour.md');
    const before = statSync(file, { bigint: true });
    const result = runCli(['--fix-dry-run', '--fix-information', '--no-config', './docs/harbour.md'], { cwd: dir });
    assert.equal(
      result.stdout,
      [
        '--- a/docs/harbour.md',
        '+++ b/docs/harbour.md',
        '@@ -2,10 +2,10 @@',
        ' ',
        ' The wall was finished in 1890.',
        ' It was rebuilt in 1954.',
        '-Some critics say the wall is too low.',
        '+Some critics[who?] say the wall is too low.',
        ' The council met on Monday.',
        ' The minutes are online.',
        ' Boats moor here in winter.',
        '-The mayor claimed the repairs were paid for.',
        '+The mayor said the repairs were paid for.',
        ' Gulls nest on the roof.',
        '-Nine in ten fishermen now back the plan.',
        '\\ No newline at end of file',
        '+Nine in ten fishermen now back the plan.[citation needed]',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
    assert.equal(result.stderr, 'whosays: would fix 1 file: 2 markers inserted, 1 word replaced\n');
    assert.equal(result.status, 1);
    const after = statSync(file, { bigint: true });
    assert.deepEqual([after.ino, after.mtimeNs, after.size], [before.ino, before.mtimeNs, before.size]);
    assert.equal(readFileSync(file, 'utf8'), DOC);
  });

  test('git apply of the diff gives the files --fix writes, BOM and CRLF included', () => {
    const files: Record<string, string | Buffer> = { ...markupFiles(), 'bom crlf.txt': Buffer.from('\uFEFF' + PLAIN.replace(/\n/g, '\r\n')), 'clean.txt': CLEAN };
    const names = Object.keys(files).sort();
    const patched = tempDir(files);
    const fixed = tempDir(files);
    const diff = runCli(['--fix-dry-run', '--no-config', ...names], { cwd: patched });
    assert.equal(diff.status, 1);
    assert.equal(diff.stdout.match(/^--- a\//gm)?.length, names.length - 1, 'one diff per file to fix, none for the clean one');
    writeFileSync(path.join(patched, '..', `${path.basename(patched)}.patch`), diff.stdout);
    execFileSync('git', ['apply', '--whitespace=nowarn', path.join(patched, '..', `${path.basename(patched)}.patch`)], { cwd: patched, stdio: 'pipe' });
    runCli(['--fix', '--no-config', ...names], { cwd: fixed });
    assert.deepEqual(contents(patched), contents(fixed));
  });

  test('nothing to change: no output, exit 0; standard input is diffed under its name', () => {
    const dir = tempDir({ 'clean.txt': CLEAN });
    const clean = runCli(['--fix-dry-run', 'clean.txt'], { cwd: dir });
    assert.deepEqual([clean.stdout, clean.stderr, clean.status], ['', 'whosays: nothing to fix in 1 file\n', 0]);
    const stdin = runCli(['--fix-dry-run', '-'], { input: WEASEL });
    assert.equal(stdin.stdout, `--- a/<stdin>\n+++ b/<stdin>\n@@ -1 +1 @@\n-${WEASEL}+${fixedByEngine(WEASEL, 'x.txt')}`);
    const named = runCli(['--fix-dry-run', '--stdin-filename', 'docs/a.md', '-'], { input: WEASEL });
    assert.match(named.stdout, /^--- a\/docs\/a\.md\n\+\+\+ b\/docs\/a\.md\n/);
  });
  test('a file name with a line break and an escape sequence is quoted in the diff, as git quotes it', () => {
    const name = 'odd\nname\x1b[31m.md';
    const dir = tempDir({ [name]: WEASEL });
    const result = runCli(['--fix-dry-run', name], { cwd: dir });
    assert.ok(result.stdout.startsWith('--- "a/odd\\nname\\033[31m.md"\n+++ "b/odd\\nname\\033[31m.md"\n@@ -1 +1 @@\n'), result.stdout);
    assert.equal(result.status, 1);
  });
});

describe('fix options that do not go together exit 2', () => {
  const cases: [string, string[], string][] = [
    ['--fix with --fix-dry-run', ['--fix', '--fix-dry-run', 'a.txt'], '--fix and --fix-dry-run cannot be used together'],
    ['--fix-information alone', ['--fix-information', 'a.txt'], '--fix-information needs --fix or --fix-dry-run'],
    ['--fix-dry-run with a format', ['--fix-dry-run', '--format', 'json', 'a.txt'], '--format json cannot be used with --fix-dry-run, which prints a diff instead of a report'],
    ['--fix-dry-run with --quiet', ['--fix-dry-run', '--quiet', 'a.txt'], '--quiet cannot be used with --fix-dry-run, which prints a diff instead of a report'],
    ['--fix-dry-run with --max-warnings', ['--fix-dry-run', '--max-warnings', '3', 'a.txt'], '--max-warnings cannot be used with --fix-dry-run, which prints a diff instead of a report'],
    ['--fix with "-" and a file', ['--fix', '-', 'a.txt'], '--fix with "-" prints the fixed text on standard output: give "-" alone, or the files without it'],
    ['--fix on "-" with a format', ['--fix', '--format', 'json', '-'], '--format json cannot be used with --fix on standard input, which prints the fixed text instead of a report'],
  ];
  for (const [name, args, message] of cases) {
    test(name, () => {
      const dir = tempDir({ 'a.txt': WEASEL });
      assertFails(runCli(args, { cwd: dir, input: WEASEL }), message);
      assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), WEASEL);
    });
  }

  test('--help describes them', () => {
    const help = runCli(['--help']).stdout;
    for (const option of ['--fix ', '--fix-dry-run', '--fix-information']) assert.ok(help.includes(option), option);
  });
});
