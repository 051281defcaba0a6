// The paragraph-level cache against the engine: on random documents and random edit sequences,
// linting piece by piece (reusing unchanged pieces) gives exactly lint() of the whole text.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/engine';
import { LineIndex } from '../../server/src/lsp/convert';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { ParagraphCache } from '../../server/src/lsp/paragraphCache';
import { splitIntoPieces } from '../../server/src/lsp/paragraphs';
import { applyEdit, randomDocument, randomEdit, random } from './randomDocs';

const NOW = new Date(2026, 10, 5);

function check(cache: ParagraphCache, text: string, languageId: 'plaintext' | 'markdown', context: string): void {
  const expected = lint(text, { languageId, now: NOW });
  const actual = cache.lint({ text, languageId, config: {}, key: 'k', now: NOW });
  assert.deepEqual(actual, expected, `${context}\n--- text ---\n${JSON.stringify(text)}`);
  assert.deepEqual(cache.diagnostics(7), toDiagnostics(expected, new LineIndex(text), 7), `${context}: diagnostics`);
}

for (const languageId of ['plaintext', 'markdown'] as const) {
  describe(`paragraph cache (${languageId})`, () => {
    test('random documents lint the same piece by piece as whole', () => {
      for (let seed = 1; seed <= 300; seed++) {
        const next = random(seed);
        check(new ParagraphCache(), randomDocument(next, languageId), languageId, `seed ${seed}`);
      }
    });

    test('random edit sequences: cached pieces give the same findings as a full lint', () => {
      let cut = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const next = random(1000 + seed);
        let text = randomDocument(next, languageId);
        const cache = new ParagraphCache();
        check(cache, text, languageId, `seed ${seed}, initial`);
        for (let step = 0; step < 60; step++) {
          text = applyEdit(text, randomEdit(next, text));
          check(cache, text, languageId, `seed ${seed}, step ${step}`);
          if (splitIntoPieces(text, languageId).length > 1) cut++;
        }
      }
      assert.ok(cut > 500, `most documents are cut into pieces (${cut})`);
    });
  });
}

test('an edit inside one paragraph re-lints only that paragraph', () => {
  const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}: many believe the dam was sabotaged. The ferry left at nine.`);
  const text = paragraphs.join('\n\n') + '\n';
  const cache = new ParagraphCache();
  const request = { languageId: 'markdown', config: {}, key: 'k', now: NOW };
  cache.lint({ ...request, text });
  assert.equal(cache.lastLinted, 50);
  const edited = text.replace('Paragraph 20: many', 'Paragraph 20: Many');
  assert.deepEqual(cache.lint({ ...request, text: edited }), lint(edited, { languageId: 'markdown', now: NOW }));
  assert.equal(cache.lastLinted, 1);
});

test('markers follow the whole document: a change of convention in one paragraph moves the fixes of every other', () => {
  const claims = Array.from({ length: 5 }, (_, i) => `Claim ${i}: many believe the dam was sabotaged.`);
  const request = { languageId: 'markdown', config: {}, key: 'k', now: NOW };
  const cache = new ParagraphCache();
  const plain = ['The quay opened in 1871.', ...claims].join('\n\n') + '\n';
  const markerOf = (findings: ReturnType<typeof lint>) => findings.find((f) => f.rule === 'weasel/vague-majority')!.fixes.find((f) => f.kind === 'citation-needed')!.edits[0];
  const first = cache.lint({ ...request, text: plain });
  assert.equal(markerOf(first).newText, '[citation needed]');
  assert.equal(plain.charAt(markerOf(first).offset - 1), '.', 'after the full stop');
  // One reference before the full stop, with a space: every paragraph's fix follows it.
  const cited = plain.replace('in 1871.', 'in 1871 [1].');
  const second = cache.lint({ ...request, text: cited });
  assert.equal(cache.lastLinted, claims.length + 1, 'every piece linted again under the new convention');
  assert.deepEqual(second, lint(cited, { languageId: 'markdown', now: NOW }));
  assert.equal(markerOf(second).newText, ' [citation needed]');
  assert.equal(cited.charAt(markerOf(second).offset), '.', 'before the full stop');
  // An edit that keeps the convention re-lints only its paragraph.
  const edited = cited.replace('Claim 3: many', 'Claim 3: Many');
  assert.deepEqual(cache.lint({ ...request, text: edited }), lint(edited, { languageId: 'markdown', now: NOW }));
  assert.equal(cache.lastLinted, 1);
});

test('LaTeX, HTML and wikitext are linted whole', () => {
  for (const language of ['latex', 'html', 'wikitext'] as const) assert.equal(splitIntoPieces('a\n\nb\n\nc', language).length, 1);
});
