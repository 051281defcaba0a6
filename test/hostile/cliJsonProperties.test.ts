// Property-based check of the command line's JSON output (issue 10): for generated files in every
// markup, each finding's offset and length point into the file as read (a byte order mark counts
// as one code unit, as the README promises), its line and column into the text an editor shows
// (without the mark), on code-point boundaries, and match lint() of that text. One
// CLI process per run, so few runs. Needs `npm run bundle` (dist/cli.js), as the CLI tests do.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { lint } from '../../server/src/engine';
import { LineIndex } from '../../server/src/engine/lineIndex';
import type { Profile } from '../../server/src/engine/types';
import { runCli, tempDir, removeTempDirs, type JsonFinding } from '../cli/helpers';
import { onCodePointBoundary } from './checks';
import { document, LANGUAGES } from './documents';
import { params } from './fastCheck';

const EXTENSIONS = { plaintext: 'txt', markdown: 'md', html: 'html', latex: 'tex', wikitext: 'wiki' } as const;

after(() => removeTempDirs());

test('whosays --format json: offsets, lines and columns point into the decoded file and match lint()', () => {
  const files = fc.tuple(...LANGUAGES.map((language) => fc.array(document(language, { maxFragments: 16, maxDepth: 40 }), { minLength: 1, maxLength: 3 })));
  fc.assert(
    fc.property(files, fc.constantFrom<Profile>('default', 'hedging'), (perLanguage, profile) => {
      const contents: Record<string, string> = {};
      // A NUL byte makes the CLI refuse the file as binary (by design, exit 2): it is written as U+FFFD.
      LANGUAGES.forEach((language, l) => perLanguage[l].forEach((text, k) => (contents[`${language}-${k}.${EXTENSIONS[language]}`] = text.replace(/\0/g, '\uFFFD'))));
      const dir = tempDir(contents);
      const result = runCli(['--format', 'json', '--no-config', '--profile', profile, ...Object.keys(contents)], { cwd: dir });
      assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
      const report = JSON.parse(result.stdout) as { files: { path: string; findings: JsonFinding[] }[] };
      assert.equal(report.files.length, Object.keys(contents).length);
      for (const file of report.files) {
        // What the CLI linted: the bytes on disk decoded (lone surrogates were written as U+FFFD), no BOM.
        const raw = readFileSync(path.join(dir, file.path), 'utf8');
        const bom = raw.startsWith('\uFEFF') ? 1 : 0;
        const text = raw.slice(bom);
        const index = new LineIndex(text);
        const expected = lint(text, { languageId: path.extname(file.path), config: { profile } }).map((f) => ({ ...f, offset: f.offset + bom }));
        const where = `${file.path}: ${JSON.stringify(text)}`;
        // The CLI orders findings at one offset its own way: compare as sets.
        const key = (f: { rule: string; offset: number; length: number }) => `${String(f.offset).padStart(9)} ${f.length} ${f.rule}`;
        assert.deepEqual(file.findings.map(key).sort(), expected.map(key).sort(), where);
        for (const f of file.findings) {
          assert.ok(f.offset >= bom && f.length > 0 && f.offset + f.length <= raw.length, `${f.rule} at ${f.offset}+${f.length} outside ${where}`);
          assert.ok(onCodePointBoundary(raw, f.offset) && onCodePointBoundary(raw, f.offset + f.length), `${f.rule} at ${f.offset} splits a pair in ${where}`);
          assert.deepEqual([f.line, f.column], Object.values(index.lineColumnAt(f.offset - bom)), `${f.rule} at ${f.offset}: start in ${where}`);
          assert.deepEqual([f.endLine, f.endColumn], Object.values(index.lineColumnAt(f.offset - bom + f.length)), `${f.rule} at ${f.offset}: end in ${where}`);
        }
      }
    }),
    params(4),
  );
});
