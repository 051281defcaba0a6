// DocumentLinter in-process: a failure while linting is one log line and a result without
// findings, never a rejected promise (a rejection nobody handles ends the server process).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentLinter } from '../../server/src/lsp/documents';
import { SettingsStore } from '../../server/src/lsp/settings';

/** Settings with no configuration file, the client's settings as `clientSettings` gives them. */
function settingsStore(clientSettings: () => Promise<Record<string, unknown>> = async () => ({})): SettingsStore {
  return new SettingsStore({
    clientSettings,
    fs: { findConfigFile: async () => undefined, readTextFile: async () => '', clearCache: () => undefined },
    openText: () => undefined,
    reportConfigErrors: () => undefined,
  });
}

function linterFor(document: Partial<TextDocument>, logged: string[], published: unknown[][], settings = settingsStore()): DocumentLinter {
  return new DocumentLinter({
    document: (uri) => (uri === document.uri ? (document as TextDocument) : undefined),
    settings,
    publish: async (uri, version, diagnostics) => {
      published.push([uri, version, diagnostics]);
    },
    push: true,
    debounceMs: 0,
    debounceAboveMs: 50,
    now: () => new Date(2026, 0, 1),
    log: (message) => logged.push(message),
  });
}

test('a document whose text cannot be linted gets no findings and one log line, and nothing rejects', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    const logged: string[] = [];
    const published: unknown[][] = [];
    // What a client that sends `text: 5` in didOpen used to leave in the document store.
    const broken = { uri: 'file:///broken.md', version: 1, languageId: 'markdown', getText: () => 5 as unknown as string };
    const linter = linterFor(broken, logged, published);
    linter.changed(broken as unknown as TextDocument);
    const result = await linter.current(broken.uri);
    assert.ok(result, 'a result for the version');
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.diagnostics, []);
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0], /^Linting file:\/\/\/broken\.md \(version 1\) failed; it is shown without findings/);
    // The same version is not linted (or logged) again.
    assert.equal(await linter.current(broken.uri), result);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(published, [[broken.uri, 1, []]], 'the timer published the empty result once');
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

test('a settings change that leaves a document\'s diagnostics as they were publishes nothing; one that changes them publishes once', async () => {
  let rules: Record<string, string> = {};
  const settings = settingsStore(async () => ({ rules }));
  const text = 'Many believe the pier is unsafe. Ticket sales have doubled since May.';
  const document = { uri: 'file:///pier.md', version: 3, languageId: 'markdown', getText: () => text } as unknown as TextDocument;
  const published: unknown[][] = [];
  const linter = linterFor(document, [], published, settings);
  const settled = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await linter.current(document.uri);
    await new Promise((resolve) => setImmediate(resolve));
  };
  linter.changed(document);
  await settled();
  assert.equal(published.length, 1, 'the first lint is published');
  const first = published[0][2] as { code?: unknown }[];
  assert.equal(first.length, 2, JSON.stringify(first));

  // A .whosays.json written as two file events, and a settings change that alters nothing here.
  settings.configFileChanged('file:///.whosays.json');
  linter.relintAll();
  settings.clientSettingsChanged();
  linter.relintAll();
  await settled();
  assert.equal(published.length, 1, 'the same diagnostics are not sent again');

  rules = { 'weasel/vague-majority': 'off' };
  settings.clientSettingsChanged();
  linter.relintAll();
  await settled();
  assert.equal(published.length, 2, 'a change in what is shown is published');
  assert.equal((published[1][2] as unknown[]).length, 1);
});

/** A linter over one document whose publishes stay "being written" until the test lets them go. */
function heldLinter(document: { uri: string; version: number; languageId: string; getText(): string }, debounceAboveMs: number) {
  const settings = new SettingsStore({
    clientSettings: async () => ({}),
    fs: { findConfigFile: async () => undefined, readTextFile: async () => '', clearCache: () => undefined },
    openText: () => undefined,
    reportConfigErrors: () => undefined,
  });
  const published: { version: number | undefined; codes: unknown[] }[] = [];
  const releases: (() => void)[] = [];
  let onPublish: (() => void) | undefined;
  const linter = new DocumentLinter({
    document: (uri) => (uri === document.uri ? (document as unknown as TextDocument) : undefined),
    settings,
    publish: (_uri, version, diagnostics) => {
      published.push({ version, codes: diagnostics.map((d) => d.code) });
      onPublish?.();
      return new Promise<void>((resolve) => releases.push(resolve));
    },
    push: true,
    debounceMs: 3_600_000,
    debounceAboveMs,
    now: () => new Date(2026, 0, 1),
    log: () => undefined,
  });
  const nextPublish = () => new Promise<void>((resolve) => (onPublish = resolve));
  /** Lets the publish being written finish, and what it set off run. */
  const release = async () => {
    releases.shift()!();
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  return { linter, published, nextPublish, release };
}

test('while a publish is being written, newer versions wait; then only the newest goes out, never an older one after it', async () => {
  let text = 'The pier opened in May.';
  const document = { uri: 'file:///held.md', version: 1, languageId: 'markdown', getText: () => text };
  const { linter, published, nextPublish, release } = heldLinter(document, Number.MAX_SAFE_INTEGER);
  let next = nextPublish();
  linter.changed(document as unknown as TextDocument);
  await next;
  assert.deepEqual(published.map((p) => p.version), [1]);
  const versions = ['Many believe the pier opened in May.', 'Many believe the pier opened in May. Sources say so.', 'Sources say the pier opened in May.'];
  for (const [i, words] of versions.entries()) {
    text = words;
    document.version = i + 2;
    linter.changed(document as unknown as TextDocument);
    assert.equal(linter.delayFor(document.uri), 0, 'a cheap document is linted at once');
    await linter.current(document.uri);
    for (let k = 0; k < 5; k++) await new Promise((resolve) => setImmediate(resolve));
  }
  assert.deepEqual(published.map((p) => p.version), [1], 'held back while version 1 is being written');
  next = nextPublish();
  await release();
  await next;
  assert.deepEqual(published.map((p) => p.version), [1, 4], 'then the newest version only');
  assert.deepEqual(published[1].codes, ['weasel/anonymous-source']);
  await release();
  assert.deepEqual(published.map((p) => p.version), [1, 4], 'nothing after it');
});

test('a document counts as costly, and waits debounceMs after a change, only when re-linting what an edit touches is estimated to take debounceAboveMs or more', async () => {
  const text = 'Many believe the pier is unsafe.';
  for (const [debounceAboveMs, delay] of [
    [0, 3_600_000],
    [Number.MAX_SAFE_INTEGER, 0],
  ]) {
    const document = { uri: 'file:///costly.md', version: 1, languageId: 'markdown', getText: () => text };
    const { linter, nextPublish, release } = heldLinter(document, debounceAboveMs);
    assert.equal(linter.delayFor(document.uri), 0, 'a document never linted is linted at once');
    const next = nextPublish();
    linter.changed(document as unknown as TextDocument);
    await next;
    await release();
    assert.equal(linter.delayFor(document.uri), delay, `debounceAboveMs ${debounceAboveMs}`);
    linter.closed(document.uri);
  }
});
