// The unified diff of --fix-dry-run (server/src/output/unifiedDiff.ts): golden hunks, the same bytes
// as GNU diff (`diff -u`, in every Debian) where the alignment is not in doubt, and for any edits a
// diff that a strict reader (here) and `git apply` turn back into the edited text.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { applyEdits } from '../../server/src/engine/text/edits';
import type { TextEdit } from '../../server/src/engine/types';
import { diffFileName, unifiedDiff } from '../../server/src/output/unifiedDiff';

const NAMES = { oldName: 'a/doc.md', newName: 'b/doc.md' };
const insert = (offset: number, newText: string): TextEdit => ({ offset, length: 0, newText });

/** "line 1\n" ... "line n\n". */
function numbered(count: number, last = '\n'): string {
  return Array.from({ length: count }, (_, i) => `line ${i + 1}${i === count - 1 ? last : '\n'}`).join('');
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'whosays-diff-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** What GNU diff prints for the same change, with the same labels. */
function gnuDiff(before: string, afterText: string): string {
  writeFileSync(path.join(scratch, 'old'), before);
  writeFileSync(path.join(scratch, 'new'), afterText);
  const result = spawnSync('diff', ['-u', '--label', NAMES.oldName, '--label', NAMES.newName, 'old', 'new'], { cwd: scratch, encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, `diff failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * Applies a unified diff to `text` strictly: every hunk's counts match its lines, its context and
 * removed lines are exactly the old lines at its position, and hunks come in order.
 */
function applyDiff(text: string, diff: string): string {
  if (diff === '') return text;
  const oldLines = text.split(/(?<=\n)/).filter((l) => l !== '');
  const rows = diff.split('\n');
  assert.equal(rows.pop(), '', 'the diff ends with a line break');
  assert.match(rows[0], /^--- /);
  assert.match(rows[1], /^\+\+\+ /);
  const out: string[] = [];
  let at = 0;
  let r = 2;
  while (r < rows.length) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(rows[r++]);
    assert.ok(header, `a hunk header: ${rows[r - 1]}`);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const newCount = header[4] === undefined ? 1 : Number(header[4]);
    const oldStart = oldCount === 0 ? Number(header[1]) : Number(header[1]) - 1;
    assert.ok(oldStart >= at, 'hunks in order, not overlapping');
    out.push(...oldLines.slice(at, oldStart));
    assert.equal(Number(header[3]) - (newCount === 0 ? 0 : 1), out.length, 'the new start line');
    at = oldStart;
    let olds = 0;
    let news = 0;
    while (r < rows.length && !rows[r].startsWith('@@')) {
      const row = rows[r++];
      const noNewline = rows[r] === '\\ No newline at end of file';
      if (noNewline) r++;
      const line = row.slice(1) + (noNewline ? '' : '\n');
      if (row[0] === ' ' || row[0] === '-') {
        assert.equal(line, oldLines[at], `old line ${at + 1} as the diff says`);
        at++;
        olds++;
      }
      if (row[0] === ' ' || row[0] === '+') {
        out.push(line);
        news++;
      }
      assert.ok(' -+'.includes(row[0]), `a diff line: ${JSON.stringify(row)}`);
    }
    assert.equal(olds, oldCount, 'old line count');
    assert.equal(news, newCount, 'new line count');
  }
  out.push(...oldLines.slice(at));
  const early = out.slice(0, -1).findIndex((line) => !line.endsWith('\n'));
  assert.equal(early, -1, '"No newline at end of file" only at the end of the new text');
  return out.join('');
}

describe('unifiedDiff', () => {
  test('one changed line with three lines of context each side', () => {
    const text = numbered(10);
    const diff = unifiedDiff(text, [insert(text.indexOf('line 5') + 6, ' [who?]')], NAMES);
    assert.equal(diff, ['--- a/doc.md', '+++ b/doc.md', '@@ -2,7 +2,7 @@', ' line 2', ' line 3', ' line 4', '-line 5', '+line 5 [who?]', ' line 6', ' line 7', ' line 8', ''].join('\n'));
  });

  test('changes up to six lines apart share a hunk; seven apart make two', () => {
    const text = numbered(30);
    const at = (n: number): number => text.indexOf(`line ${n}\n`) + `line ${n}`.length;
    const together = unifiedDiff(text, [insert(at(5), '!'), insert(at(12), '!')], NAMES);
    assert.equal(together.match(/^@@/gm)?.length, 1);
    assert.match(together, /^@@ -2,14 \+2,14 @@$/m);
    const apart = unifiedDiff(text, [insert(at(5), '!'), insert(at(13), '!')], NAMES);
    assert.deepEqual(apart.match(/^@@.*$/gm), ['@@ -2,7 +2,7 @@', '@@ -10,7 +10,7 @@']);
  });

  test('near the start and the end, the context is what there is; one-line ranges drop ",1"', () => {
    assert.equal(unifiedDiff('only\n', [insert(4, '!')], NAMES), '--- a/doc.md\n+++ b/doc.md\n@@ -1 +1 @@\n-only\n+only!\n');
    const text = numbered(3);
    assert.equal(unifiedDiff(text, [insert(0, '> ')], NAMES), '--- a/doc.md\n+++ b/doc.md\n@@ -1,3 +1,3 @@\n-line 1\n+> line 1\n line 2\n line 3\n');
  });

  test('a last line without a line break is marked on both sides, also as context', () => {
    const text = numbered(2, '');
    assert.equal(
      unifiedDiff(text, [insert(text.length, ' [citation needed]')], NAMES),
      '--- a/doc.md\n+++ b/doc.md\n@@ -1,2 +1,2 @@\n line 1\n-line 2\n\\ No newline at end of file\n+line 2 [citation needed]\n\\ No newline at end of file\n',
    );
    assert.equal(unifiedDiff(text, [insert(0, '# ')], NAMES), '--- a/doc.md\n+++ b/doc.md\n@@ -1,2 +1,2 @@\n-line 1\n+# line 1\n line 2\n\\ No newline at end of file\n');
  });

  test('text added after the final line break is a new line without one', () => {
    assert.equal(unifiedDiff('a\n', [insert(2, 'b')], NAMES), '--- a/doc.md\n+++ b/doc.md\n@@ -1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n');
    assert.equal(unifiedDiff('', [insert(0, 'b\n')], NAMES), '--- a/doc.md\n+++ b/doc.md\n@@ -0,0 +1 @@\n+b\n');
  });

  test('CRLF lines keep their CR; a byte-order mark stays in the first line', () => {
    assert.equal(unifiedDiff('one\r\ntwo\r\n', [insert(3, '!')], NAMES), '--- a/doc.md\n+++ b/doc.md\n@@ -1,2 +1,2 @@\n-one\r\n+one!\r\n two\r\n');
    assert.equal(unifiedDiff('\uFEFFone\n', [insert(4, '!')], NAMES), '--- a/doc.md\n+++ b/doc.md\n@@ -1 +1 @@\n-\uFEFFone\n+\uFEFFone!\n');
  });

  test('edits that change nothing give no diff', () => {
    assert.equal(unifiedDiff('a\nb\n', [], NAMES), '');
    assert.equal(unifiedDiff('a\nb\n', [{ offset: 2, length: 1, newText: 'b' }], NAMES), '');
  });

  test('an edit that removes a line break joins the next line into the change', () => {
    const text = 'a\nb\nc\n';
    const diff = unifiedDiff(text, [{ offset: 1, length: 1, newText: ' ' }], NAMES);
    assert.equal(diff, '--- a/doc.md\n+++ b/doc.md\n@@ -1,3 +1,2 @@\n-a\n-b\n+a b\n c\n');
    assert.equal(applyDiff(text, diff), 'a b\nc\n');
  });

  test('file names: a space gets a tab after it, control characters and quotes are quoted as git does', () => {
    assert.equal(diffFileName('a/plain/name.md'), 'a/plain/name.md');
    assert.equal(diffFileName('a/my notes.md'), 'a/my notes.md\t');
    assert.equal(diffFileName('a/line\nbreak"q\\.md'), '"a/line\\nbreak\\"q\\\\.md"');
    assert.equal(diffFileName('a/\x1b[31m.md'), '"a/\\033[31m.md"');
    assert.equal(diffFileName('a/café.md'), 'a/café.md');
  });

  test('the same bytes as GNU diff -u for markers inserted into distinct lines', () => {
    // Distinct lines, and markers that make each changed line unlike any other: one alignment only.
    const lines = fc.array(fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', 'é', '\r'), maxLength: 12 }), fc.boolean()), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(lines, fc.boolean(), fc.constantFrom(0, 1, 3), (rows, finalBreak, context) => {
        const text = rows.map(([body], i) => `${i}:${body}`).join('\n') + (finalBreak ? '\n' : '');
        const edits: TextEdit[] = [];
        let start = 0;
        rows.forEach(([body, marked], i) => {
          const end = start + `${i}:${body}`.length;
          if (marked) edits.push(insert(end, ` [who?]`));
          start = end + 1;
        });
        const afterText = applyEdits(text, edits);
        const ours = unifiedDiff(text, edits, { ...NAMES, context });
        writeFileSync(path.join(scratch, 'old'), text);
        writeFileSync(path.join(scratch, 'new'), afterText);
        const gnu = spawnSync('diff', [`-U${context}`, '--label', NAMES.oldName, '--label', NAMES.newName, 'old', 'new'], { cwd: scratch, encoding: 'utf8' }).stdout;
        assert.equal(ours, gnu);
      }),
      { numRuns: 150 },
    );
    assert.equal(unifiedDiff(numbered(9), [insert(6, '!')], NAMES), gnuDiff(numbered(9), applyEdits(numbered(9), [insert(6, '!')])));
  });

  test('any edits: a strict reader of the diff gets the edited text back', () => {
    const text = fc.string({ unit: fc.constantFrom('x', 'y', '\n', '\r', ' '), maxLength: 80 });
    const edits = (length: number) =>
      fc
        .array(fc.tuple(fc.nat({ max: length }), fc.nat({ max: 4 }), fc.string({ unit: fc.constantFrom('z', '\n', '\r', ' '), maxLength: 4 })), { maxLength: 6 })
        .map((raw) => {
          // Sorted, inside the text, not overlapping.
          const sorted = raw.map(([offset, len, newText]) => ({ offset, length: Math.min(len, length - offset), newText })).sort((a, b) => a.offset - b.offset);
          const kept: TextEdit[] = [];
          for (const e of sorted) if (kept.length === 0 || e.offset >= kept[kept.length - 1].offset + kept[kept.length - 1].length + (kept[kept.length - 1].offset === e.offset ? 1 : 0)) kept.push(e);
          return kept;
        });
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), edits(t.length), fc.constantFrom(0, 1, 3))),
        ([source, changes, context]) => {
          const diff = unifiedDiff(source, changes, { ...NAMES, context });
          assert.equal(applyDiff(source, diff), applyEdits(source, changes));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('git apply takes it: names with spaces, CRLF, no final line break', () => {
    const files: Record<string, string> = { 'my notes.md': 'Intro.\nMany say so.\nEnd.', 'crlf.txt': 'one\r\ntwo\r\nthree\r\n', 'plain.md': numbered(12) };
    const edits: Record<string, TextEdit[]> = {
      'my notes.md': [insert('Intro.\nMany say'.length, ' [who?]'), insert(files['my notes.md'].length, ' [citation needed]')],
      'crlf.txt': [insert(3, ' [who?]')],
      'plain.md': [insert(6, '!'), insert(files['plain.md'].length - 1, '!')],
    };
    const dir = mkdtempSync(path.join(scratch, 'git-'));
    let patch = '';
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), content);
      patch += unifiedDiff(content, edits[name], { oldName: `a/${name}`, newName: `b/${name}` });
    }
    writeFileSync(path.join(scratch, 'fix.patch'), patch);
    execFileSync('git', ['apply', '--whitespace=nowarn', path.join(scratch, 'fix.patch')], { cwd: dir, stdio: 'pipe' });
    for (const [name, content] of Object.entries(files)) assert.equal(readFileSync(path.join(dir, name), 'utf8'), applyEdits(content, edits[name]), name);
  });
});
