// Incremental equals full, over the protocol: seeded random edits (incremental didChange
// notifications) on multi-paragraph documents; after each batch, the server's diagnostics for the
// last version equal lint() of the full text.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/engine';
import { LineIndex } from '../../server/src/lsp/convert';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { generateDocument } from '../support/generate';
import { SHIPPED_DOCS, TestClient } from './lspClient';
import { randomDocument, randomEdit, random } from './randomDocs';

function expected(text: string, languageId: string, version: number): Diagnostic[] {
  return toDiagnostics(lint(text, { languageId, now: new Date() }), new LineIndex(text), version, SHIPPED_DOCS);
}

describe('incremental equals full (protocol)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ initializationOptions: { debounceMs: 5 } });
  });
  after(() => client.stop());

  const documents: [string, string, () => string][] = [
    ['markdown', 'generated article', () => generateDocument('markdown', 30_000, 11)],
    ['markdown', 'random Markdown', () => randomDocument(random(77), 'markdown', 40)],
    ['plaintext', 'random plain text', () => randomDocument(random(78), 'plaintext', 40)],
  ];
  for (const [languageId, name, make] of documents) {
    test(`${name}: 300 random edits in batches of 10`, async () => {
      const uri = `file:///project/incremental-${name.replace(/\s+/g, '-')}.${languageId === 'markdown' ? 'md' : 'txt'}`;
      const next = random(name.length * 7919);
      await client.open(uri, languageId, make());
      assert.deepEqual((await client.diagnosticsFor(uri, 1)).diagnostics, expected(client.text(uri), languageId, 1));
      for (let batch = 0; batch < 30; batch++) {
        let version = 0;
        for (let i = 0; i < 10; i++) {
          const text = client.text(uri);
          const edit = randomEdit(next, text);
          const at = TextDocument.create(uri, languageId, 0, text);
          const range = { start: at.positionAt(edit.offset), end: at.positionAt(edit.offset + edit.length) };
          version = await client.change(uri, [{ range, text: edit.newText }]);
        }
        const published = await client.diagnosticsFor(uri, version);
        assert.deepEqual(published.diagnostics, expected(client.text(uri), languageId, version), `batch ${batch}, version ${version}`);
      }
      await client.close(uri);
    });
  }
});
