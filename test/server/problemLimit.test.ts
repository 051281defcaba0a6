// whosays.maxProblems over the protocol (the bundled server): a document with more findings than
// the limit publishes the ones nearest the last edit and one note with the total; 0 publishes all.
// Build first (`npm run bundle`).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { lint } from '../../server/src/engine';
import { problemWindow } from '../../server/src/lsp/problemLimit';
import { generateDocument } from '../support/generate';
import { PULL_CAPABILITIES, TestClient } from './lspClient';

const SENTENCE = 'Several analysts think the harbour levy will fail.';
/** Forty paragraphs, each with one finding. */
const TEXT = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}. ${SENTENCE}`).join('\n\n');

const offsets = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code !== 'limit').map((d) => (d.data as { offset: number }).offset);
const note = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === 'limit');

describe('problemWindow', () => {
  test('all when they fit or without a limit; else limit - 1 centred on the focus, inside the list', () => {
    assert.deepEqual(problemWindow(10, 5, 0), [0, 10]);
    assert.deepEqual(problemWindow(10, 5, 10), [0, 10]);
    assert.deepEqual(problemWindow(10, 5, 5), [3, 7]);
    assert.deepEqual(problemWindow(10, 0, 5), [0, 4]);
    assert.deepEqual(problemWindow(10, 10, 5), [6, 10]);
    assert.deepEqual(problemWindow(10, 9, 1), [9, 10]);
  });
});

describe('whosays.maxProblems', () => {
  const all = lint(TEXT, { languageId: 'markdown', now: new Date() }).map((f) => f.offset);

  test('a document over the limit publishes the first findings and a note with the total; an edit moves them to it', async () => {
    assert.equal(all.length, 40, 'one finding per paragraph');
    const client = await TestClient.start({ settings: { maxProblems: 6 } });
    try {
      const uri = 'file:///limit/article.md';
      await client.open(uri, 'markdown', TEXT);
      const opened = await client.diagnosticsFor(uri, 1);
      assert.equal(opened.diagnostics.length, 6);
      assert.deepEqual(offsets(opened.diagnostics), all.slice(0, 5));
      const first = note(opened.diagnostics);
      assert.ok(first, 'a note says how many were left out');
      assert.equal(first.severity, 3, 'information');
      assert.equal(first.source, 'whosays');
      assert.deepEqual(first.data, { shown: 5, total: 40 });
      assert.match(String(first.message), /shows 5 of the 40 findings in this document, the first ones/);
      assert.deepEqual(first.range.start, opened.diagnostics[0].range.start, 'the note stands at the first finding shown');

      // An edit in paragraph 30: the findings around it.
      const line = 2 * 29;
      const version = await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'A ' }]);
      const edited = await client.diagnosticsFor(uri, version);
      const now = lint(client.text(uri), { languageId: 'markdown', now: new Date() }).map((f) => f.offset);
      assert.deepEqual(offsets(edited.diagnostics), now.slice(27, 32));
      assert.match(String(note(edited.diagnostics)!.message), /those nearest your last edit/);

      // A settings change keeps them where the writer was.
      await client.changeSettings({ maxProblems: 4 });
      const narrower = await client.diagnostics(uri, (p) => p.diagnostics.length === 4);
      assert.deepEqual(offsets(narrower.diagnostics), now.slice(28, 31));

      await client.changeSettings({ maxProblems: 0 });
      const unlimited = await client.diagnostics(uri, (p) => p.diagnostics.length === 40);
      assert.equal(note(unlimited.diagnostics), undefined, 'no note without a limit');
      assert.deepEqual(offsets(unlimited.diagnostics), now);

      for (const maxProblems of [-1, 2.5, 'ten']) {
        await client.changeSettings({ maxProblems: 3 });
        await client.diagnostics(uri, (p) => p.diagnostics.length === 3);
        await client.changeSettings({ maxProblems });
        const fallback = await client.diagnostics(uri, (p) => p.diagnostics.length !== 3);
        assert.equal(fallback.diagnostics.length, 40, `${JSON.stringify(maxProblems)}: the default (1,000) applies`);
      }
    } finally {
      await client.stop();
    }
  });

  test('a pulling client gets the same window', async () => {
    const client = await TestClient.start({ capabilities: PULL_CAPABILITIES, settings: { maxProblems: 3 } });
    try {
      const uri = 'file:///limit/pulled.md';
      await client.open(uri, 'markdown', TEXT);
      const report = await client.pull(uri);
      assert.equal(report.kind, 'full');
      const items = report.kind === 'full' ? report.items : [];
      assert.deepEqual(offsets(items), all.slice(0, 2));
      assert.deepEqual(note(items)?.data, { shown: 2, total: 40 });
    } finally {
      await client.stop();
    }
  });
});

describe('a long document: its opening first, then the whole', () => {
  test('2 MB of Markdown: a publish of the opening paragraphs with a note, then the whole under the limit', async () => {
    const text = generateDocument('markdown', 2_100_000, 11);
    const whole = lint(text, { languageId: 'markdown', now: new Date() }).map((f) => `${f.rule}@${f.offset}`);
    const client = await TestClient.start({ settings: { maxProblems: 50 } });
    try {
      const uri = 'file:///limit/long.md';
      await client.open(uri, 'markdown', text);
      const complete = await client.diagnostics(uri, (p) => p.version === 1 && note(p.diagnostics) !== undefined, { timeoutMs: 60_000 });
      const publishes = client.published.filter((p) => p.uri === uri);
      assert.equal(publishes.length, 2, 'the preview, then the whole');
      const [preview] = publishes;
      const partial = preview.diagnostics.find((d) => d.code === 'partial');
      assert.ok(partial, 'the preview says the rest is being checked');
      assert.match(String(partial.message), /still checking this long document: the findings shown so far are those of its first \d+%/);
      const keys = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code !== 'partial' && d.code !== 'limit').map((d) => `${String(d.code)}@${(d.data as { offset: number }).offset}`);
      assert.deepEqual(keys(preview.diagnostics), whole.slice(0, 49), 'the opening findings are the final ones');
      assert.deepEqual(keys(complete.diagnostics), whole.slice(0, 49));
      assert.deepEqual(note(complete.diagnostics)?.data, { shown: 49, total: whole.length });
      assert.equal(complete.diagnostics.find((d) => d.code === 'partial'), undefined);
    } finally {
      await client.stop();
    }
  });

  test('LaTeX cannot be cut: no preview', async () => {
    const text = generateDocument('latex', 2_100_000, 11);
    const client = await TestClient.start({ settings: { maxProblems: 50 } });
    try {
      const uri = 'file:///limit/long.tex';
      await client.open(uri, 'latex', text);
      await client.diagnostics(uri, (p) => p.version === 1, { timeoutMs: 60_000 });
      const publishes = client.published.filter((p) => p.uri === uri);
      assert.equal(publishes.length, 1);
      assert.equal(publishes[0].diagnostics.find((d) => d.code === 'partial'), undefined);
    } finally {
      await client.stop();
    }
  });
});

test('a pulling client gets the opening at once, then a refresh, then the whole', async () => {
  const text = generateDocument('markdown', 2_100_000, 12);
  const client = await TestClient.start({ capabilities: PULL_CAPABILITIES, settings: { maxProblems: 20 } });
  try {
    const uri = 'file:///limit/pulled-long.md';
    await client.open(uri, 'markdown', text);
    const first = await client.pull(uri);
    assert.equal(first.kind, 'full');
    assert.equal(first.resultId, 'preview:1');
    const items = first.kind === 'full' ? first.items : [];
    assert.ok(items.some((d) => d.code === 'partial'), 'the note on the preview');
    const deadline = Date.now() + 60_000;
    while (client.refreshes === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(client.refreshes > 0, 'the server asks the client to pull again once the whole is linted');
    const whole = await client.pull(uri, first.resultId);
    assert.equal(whole.kind, 'full');
    const wholeItems = whole.kind === 'full' ? whole.items : [];
    assert.equal(wholeItems.length, 20);
    assert.equal(wholeItems.find((d) => d.code === 'partial'), undefined);
    assert.deepEqual((note(wholeItems)?.data as { shown: number }).shown, 19);
  } finally {
    await client.stop();
  }
});
