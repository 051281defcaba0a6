// The command line lints long documents in parts (server/src/node/lintInParts.ts) to keep its memory
// small: the findings, fixes included, must be exactly lint() of the whole text.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/engine';
import { splitIntoPieces } from '../../server/src/lsp/paragraphs';
import { lintInParts } from '../../server/src/node/lintInParts';
import { generateDocument } from '../support/generate';
import { random, randomDocument } from '../server/randomDocs';

const NOW = new Date(2026, 10, 5);

function assertSame(text: string, languageId: string, partChars: number, context: string, config = {}): void {
  const whole = lint(text, { languageId, config, now: NOW });
  const parts = lintInParts(text, { languageId, config, now: NOW, partChars });
  assert.deepEqual(parts, whole, `${context}\n--- text ---\n${JSON.stringify(text.slice(0, 2000))}`);
}

for (const languageId of ['plaintext', 'markdown'] as const) {
  describe(`lintInParts (${languageId})`, () => {
    test('random documents give the findings of the whole, with parts of every size', () => {
      let cut = 0;
      for (let seed = 1; seed <= 200; seed++) {
        const text = randomDocument(random(seed), languageId);
        for (const partChars of [1, 40, 300]) assertSame(text, languageId, partChars, `seed ${seed}, parts of ${partChars}`);
        if (splitIntoPieces(text, languageId).length > 2) cut++;
      }
      assert.ok(cut > 100, `most documents are cut in several places (${cut})`);
    });

    test('a long generated document, under the hedging profile too', () => {
      const text = generateDocument(languageId, 40_000);
      assertSame(text, languageId, 5_000, 'default profile');
      assertSame(text, languageId, 5_000, 'hedging profile', { profile: 'hedging' });
    });
  });
}

test('a part whose first line break differs from the document\'s: its "ignore" fixes use the document\'s', () => {
  const paragraph = 'Many believe the dam was sabotaged.\nSources say the deal is dead.\n';
  // The document's first line break is CRLF; later paragraphs use LF.
  const text = `The quay opened in 1871.\r\n\r\n${Array.from({ length: 30 }, () => paragraph).join('\n')}`;
  const whole = lint(text, { languageId: 'markdown', now: NOW });
  assert.ok(whole.some((f) => f.fixes.some((fix) => fix.kind === 'ignore' && fix.edits[0].newText.endsWith('\r\n'))), 'ignore fixes end in CRLF');
  assertSame(text, 'markdown', 200, 'mixed line breaks');
});

test('languages that are never cut (LaTeX, HTML, wikitext) are linted whole', () => {
  for (const languageId of ['latex', 'html', 'wikitext'] as const) {
    const text = generateDocument(languageId, 10_000);
    assertSame(text, languageId, 1000, languageId);
  }
});

test('marker placement follows the whole document, not each part', () => {
  // Only the first paragraph shows the convention (a reference before the full stop, with a space).
  const claims = Array.from({ length: 40 }, (_, i) => `Claim ${i}: many believe the dam was sabotaged.`);
  const text = ['The quay opened in 1871 [1].', ...claims].join('\n\n') + '\n';
  const findings = lintInParts(text, { languageId: 'markdown', config: {}, now: NOW, partChars: 100 });
  const last = findings.filter((f) => f.rule === 'weasel/vague-majority').at(-1)!;
  const marker = last.fixes.find((fix) => fix.kind === 'citation-needed')!.edits[0];
  assert.equal(marker.newText, ' [citation needed]');
  assert.equal(text.charAt(marker.offset), '.', 'before the full stop, as the first paragraph does');
  assertSame(text, 'markdown', 100, 'convention');
});
