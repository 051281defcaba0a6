// Protocol tests of the bundled server (dist/server.js --stdio): diagnostics in every markup
// language, hover, pull diagnostics, debounce and stale versions. Build first
// (`npm run bundle && node --import tsx --test test/server/*.test.ts`).

import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  DiagnosticSeverity,
  IPCMessageReader,
  IPCMessageWriter,
  InitializeRequest,
  MarkupContent,
  ShutdownRequest,
  createProtocolConnection,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { lint } from '../../server/src/engine';
import { LineIndex } from '../../server/src/lsp/convert';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { generateDocument } from '../support/generate';
import { PULL_CAPABILITIES, SERVER, SHIPPED_DOCS, TestClient } from './lspClient';

before(() => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run "npm run bundle" first`);
});

/** What the server must publish for `text`: lint() of the whole text, converted. */
function expected(text: string, languageId: string, version: number): Diagnostic[] {
  return toDiagnostics(lint(text, { languageId, now: new Date() }), new LineIndex(text), version, SHIPPED_DOCS);
}

const rules = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

/** Settings under which every finding is published (whosays.maxProblems has its own tests, in problemLimit.test.ts). */
const EVERY_FINDING = { maxProblems: 0 };

describe('the executable', () => {
  test('--version and --help', () => {
    const version = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: whosays-ls/);
    assert.ok(help.stdout.includes('--stdio'));
  });

  test('--node-ipc, as VS Code starts it', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo?.name, 'whosays');
      await connection.sendRequest(ShutdownRequest.type);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

describe('diagnostics (push)', () => {
  let client: TestClient;
  before(async () => {
    // Large documents compare whole with lint().
    client = await TestClient.start({ settings: EVERY_FINDING });
  });
  after(() => client.stop());

  test('the server says who it is and what it offers', () => {
    const { capabilities, serverInfo } = client.initializeResult;
    assert.equal(serverInfo?.name, 'whosays');
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.diagnosticProvider, undefined, 'a client without pull support gets pushed diagnostics only');
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.whosays']);
  });

  const cases: [string, string, string, string[]][] = [
    ['plaintext', 'a.txt', 'Many believe the dam was sabotaged.\n\nThe ferry left at nine.\n', ['weasel/vague-majority']],
    [
      'markdown',
      'b.md',
      '# Notes\n\nSources say the deal is dead.\n\n```\nMany believe the dam was sabotaged.\n```\n\nThe ministry claimed the strike was defensive [1].\n',
      ['weasel/anonymous-source', 'style/loaded-speech-verb'],
    ],
    ['latex', 'c.tex', '\\section{Intro}\nIt is widely believed that the letter was forged.\n% Many believe the dam was sabotaged.\n$x$ is small.\n', ['weasel/agentless-passive']],
    ['tex', 'd.tex', 'Nine in ten voters oppose the plan.\n', ['unattributed/unsourced-statistic']],
    ['html', 'e.html', '<p>Nine in ten voters oppose the plan.</p>\n<!-- Many believe the dam was sabotaged. -->\n<code>Sources say</code>\n', ['unattributed/unsourced-statistic']],
    ['wikitext', 'f.wiki', "== History ==\nMany believe the dam was sabotaged.\nSources say the deal is dead.<ref>''The Courier'', 2024</ref>\n", ['weasel/vague-majority']],
    ['mediawiki', 'g.wiki', '{{Infobox dam|name=Many believe}}\nThe mayor reportedly owns three boats.\n', ['weasel/hearsay-adverb']],
  ];
  for (const [languageId, name, text, expectedRules] of cases) {
    test(`${languageId}: lint() of the text, with source, code, documentation link and data`, async () => {
      const uri = `file:///project/${name}`;
      await client.open(uri, languageId, text);
      const { diagnostics, version } = await client.diagnosticsFor(uri, 1);
      assert.equal(version, 1);
      assert.deepEqual(rules(diagnostics), expectedRules);
      assert.deepEqual(diagnostics, expected(text, languageId, 1));
      for (const d of diagnostics) {
        assert.equal(d.source, 'whosays');
        assert.equal(d.codeDescription?.href, `${SHIPPED_DOCS}${String(d.code).split('/')[1]}.md`);
        // Only what names the finding: the version and where its words start (code actions look the rest up).
        assert.deepEqual(d.data, { version: 1, offset: new LineIndex(text).offsetAt(d.range.start) });
      }
      await client.close(uri);
    });
  }

  test('ranges count UTF-16 code units across lines and CRLF', async () => {
    const uri = 'file:///project/unicode.md';
    const text = 'Caf\u00e9 \ud83d\ude00 notes.\r\n\r\n\ud83d\ude00 Sources say the deal is dead.\r\n';
    await client.open(uri, 'markdown', text);
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(diagnostics[0].range, { start: { line: 2, character: 3 }, end: { line: 2, character: 14 } });
    await client.close(uri);
  });

  test('other languages are not linted unless listed in whosays.languages', async () => {
    const uri = 'file:///project/notes.rst';
    await client.open(uri, 'restructuredtext', 'Many believe the dam was sabotaged.\n');
    assert.deepEqual((await client.diagnosticsFor(uri, 1)).diagnostics, []);
    await client.changeSettings({ ...EVERY_FINDING, languages: ['restructuredtext'] });
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(rules(diagnostics), ['weasel/vague-majority']);
    await client.close(uri);
    await client.changeSettings(EVERY_FINDING);
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = 'file:///project/closing.md';
    await client.open(uri, 'markdown', 'Many believe the dam was sabotaged.\n');
    await client.diagnosticsFor(uri, 1);
    await client.close(uri);
    const cleared = await client.diagnostics(uri, (p) => p.version === undefined);
    assert.deepEqual(cleared.diagnostics, []);
  });

  test('a burst of changes to a cheap document: publishes in version order, never an older one after a newer, the last for the final text', async () => {
    const uri = 'file:///project/burst.md';
    await client.open(uri, 'markdown', 'The ferry left at nine.\n');
    await client.diagnosticsFor(uri, 1);
    const start = client.published.length;
    const texts = new Map<number, string>();
    let version = 1;
    for (const word of ['Many', ' believe', ' the', ' dam', ' was', ' sabotaged.', ' Sources', ' say', ' so.']) {
      version = await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: word }]);
      texts.set(version, client.text(uri));
    }
    const last = await client.diagnosticsFor(uri, version);
    assert.ok(await client.quietFor(uri, 50), 'nothing after the last version');
    const burst = client.published.slice(start).filter((p) => p.uri === uri);
    const versions = burst.map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'in version order');
    assert.equal(new Set(versions).size, versions.length, 'each version at most once');
    assert.equal(versions.at(-1), version);
    for (const p of burst) assert.deepEqual(p.diagnostics, expected(texts.get(p.version!)!, 'markdown', p.version!), `version ${p.version}`);
    assert.deepEqual(last.diagnostics, expected(client.text(uri), 'markdown', version));
    await client.close(uri);
  });

  test('keys typed into a large document faster than its diagnostics are sent: publishes in version order, the last for the final text', async () => {
    const uri = 'file:///project/large.md';
    const text = generateDocument('markdown', 300_000, 5);
    await client.open(uri, 'markdown', text);
    await client.diagnosticsFor(uri, 1);
    const start = client.published.length;
    const texts = new Map<number, string>();
    const line = text.split('\n').findIndex((l) => l.length > 40);
    let version = 1;
    for (let i = 0; i < 40; i++) {
      // Not awaited one by one in the server: the changes arrive while publishes are being written.
      version = await client.change(uri, [{ range: { start: { line, character: 10 + i }, end: { line, character: 10 + i } }, text: 'abcdefghij'[i % 10] }]);
      texts.set(version, client.text(uri));
    }
    const last = await client.diagnosticsFor(uri, version);
    assert.ok(await client.quietFor(uri, 100), 'nothing after the last version');
    const versions = client.published.slice(start).filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'never an older version after a newer one');
    assert.equal(versions.at(-1), version);
    assert.deepEqual(last.diagnostics, expected(texts.get(version)!, 'markdown', version));
    await client.close(uri);
  });

  test('a burst of changes to a costly document is linted once, for the last version only', async () => {
    // debounceAboveMs 0: every document counts as costly, so it waits debounceMs after a change.
    const costly = await TestClient.start({ initializationOptions: { debounceMs: 200, debounceAboveMs: 0 } });
    try {
      const uri = 'file:///project/burst.md';
      await costly.open(uri, 'markdown', 'The ferry left at nine.\n');
      await costly.diagnosticsFor(uri, 1);
      const start = costly.published.length;
      let version = 1;
      for (const word of ['Many', ' believe', ' the', ' dam', ' was', ' sabotaged.', ' Sources', ' say', ' so.']) {
        version = await costly.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: word }]);
      }
      const last = await costly.diagnosticsFor(uri, version);
      const burst = costly.published.slice(start).filter((p) => p.uri === uri);
      assert.deepEqual(
        burst.map((p) => p.version),
        [version],
        'no diagnostics for the versions in between',
      );
      assert.deepEqual(last.diagnostics, expected(costly.text(uri), 'markdown', version));
    } finally {
      await costly.stop();
    }
  });

  test('a cheap document is not held back by the debounce: a one-hour debounceMs does not delay its diagnostics', async () => {
    const patient = await TestClient.start({ initializationOptions: { debounceMs: 3_600_000 } });
    try {
      const uri = 'file:///project/cheap.md';
      await patient.open(uri, 'markdown', 'The ferry left at nine.\n');
      await patient.diagnosticsFor(uri, 1);
      const version = await patient.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Many believe it. ' }]);
      const published = await patient.diagnosticsFor(uri, version);
      assert.deepEqual(published.diagnostics, expected(patient.text(uri), 'markdown', version));
    } finally {
      await patient.stop();
    }
  });

  test('a newer version cancels the lint of an older one, whose results are never published', async () => {
    for (const [languageId, ext] of [
      ['markdown', 'md'],
      ['latex', 'tex'],
    ]) {
      const uri = `file:///project/long.${ext}`;
      const text = generateDocument(languageId as 'markdown' | 'latex', 400_000, 3);
      const start = client.published.length;
      await client.open(uri, languageId, text);
      const version = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Many believe it.\n\n' }]);
      const published = await client.diagnosticsFor(uri, version);
      assert.deepEqual(
        client.published.slice(start).filter((p) => p.uri === uri).map((p) => p.version),
        [version],
        `${languageId}: nothing published for version 1`,
      );
      assert.deepEqual(published.diagnostics, expected(client.text(uri), languageId, version));
      await client.close(uri);
    }
  });

  test('hover: the explanation, the guideline and the writer\u2019s sentence rewritten', async () => {
    const uri = 'file:///project/hover.md';
    await client.open(uri, 'markdown', 'The ferry left at nine.\n\nIt is widely believed that the letter was forged.\n');
    await client.diagnosticsFor(uri, 1);
    const hover = await client.hover(uri, 2, 8);
    assert.ok(hover && MarkupContent.is(hover.contents));
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.ok(value.includes('hides who holds this view'), value);
    assert.ok(value.includes('The passive removes the person making the judgement'), value);
    assert.ok(value.includes('*Guideline:* Wikipedia MOS:WEASEL'), value);
    assert.ok(value.includes('> According to \\[source\\], the letter was forged\\.'), value);
    assert.equal(value.split(`](${SHIPPED_DOCS}agentless-passive.md)`).length, 2, `one link to the rule's page: ${value}`);
    assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 21 } });
    assert.equal(await client.hover(uri, 0, 3), null, 'nothing flagged there');
    await client.close(uri);
  });

  test('hover: without the message for an editor that already shows it (hoverRepeatsMessage: false)', async () => {
    const quiet = await TestClient.start({ initializationOptions: { debounceMs: 10, hoverRepeatsMessage: false } });
    try {
      const uri = 'file:///project/hover-quiet.md';
      await quiet.open(uri, 'markdown', 'It is widely believed that the letter was forged.\n');
      await quiet.diagnosticsFor(uri, 1);
      const hover = await quiet.hover(uri, 0, 8);
      const value = (hover?.contents as MarkupContent).value;
      assert.ok(!value.includes('hides who holds this view'), value);
      assert.ok(value.startsWith('The passive removes the person making the judgement'), value);
      assert.ok(value.includes('*Guideline:* Wikipedia MOS:WEASEL'), value);
    } finally {
      await quiet.stop();
    }
  });
});

describe('pull diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES });
  });
  after(() => client.stop());

  test('a client that pulls gets a diagnostic provider, and nothing pushed for open documents', async () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'whosays', interFileDependencies: false, workspaceDiagnostics: false });
    const uri = 'file:///project/pulled.md';
    const text = 'Many believe the dam was sabotaged.\n\nSources say the deal is dead.\n';
    await client.open(uri, 'markdown', text);
    const report = await client.pull(uri);
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.kind === 'full' && report.items, expected(text, 'markdown', 1));
    const again = await client.pull(uri, report.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: report.resultId });

    const version = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } }, text: 'The engineers say' }]);
    const changed = await client.pull(uri, report.resultId);
    assert.equal(changed.kind, 'full');
    assert.deepEqual(changed.kind === 'full' && changed.items, expected(client.text(uri), 'markdown', version));
    assert.ok(await client.quietFor(uri, 100), 'nothing pushed for an open document');
    await client.close(uri);
  });

  test('after a settings change that leaves a document as it was, a pull is answered "unchanged"; after one that changes it, in full', async () => {
    const uri = 'file:///project/settled.md';
    const text = 'Many believe the dam was sabotaged.\n';
    await client.open(uri, 'markdown', text);
    const report = await client.pull(uri);
    assert.equal(report.kind, 'full');
    await client.changeSettings({ rules: { style: 'off' } }); // no style finding here
    assert.deepEqual(await client.pull(uri, report.resultId), { kind: 'unchanged', resultId: report.resultId });
    await client.changeSettings({ rules: { weasel: 'off' } });
    const changed = await client.pull(uri, report.resultId);
    assert.deepEqual(changed.kind === 'full' && changed.items, []);
    await client.changeSettings({});
    await client.close(uri);
  });

  test('a settings change asks the client to pull again', async () => {
    const before = client.refreshes;
    await client.changeSettings({ rules: { style: 'off' } });
    for (let i = 0; i < 50 && client.refreshes === before; i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(client.refreshes > before);
    await client.changeSettings({});
  });
});

describe('severity', () => {
  test('engine severities map to LSP severities', async () => {
    const client = await TestClient.start({ settings: { rules: { 'weasel/vague-majority': 'error', 'weasel/anonymous-source': 'hint' } } });
    try {
      const uri = 'file:///project/severity.md';
      await client.open(uri, 'markdown', 'Many believe the dam was sabotaged.\n\nSources say the deal is dead.\n\nThe ministry claimed the strike was defensive.\n\nNine in ten voters oppose the plan.\n');
      const { diagnostics } = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity]),
        [
          ['weasel/vague-majority', DiagnosticSeverity.Error],
          ['weasel/anonymous-source', DiagnosticSeverity.Hint],
          ['style/loaded-speech-verb', DiagnosticSeverity.Information],
          ['unattributed/unsourced-statistic', DiagnosticSeverity.Warning],
        ],
      );
    } finally {
      await client.stop();
    }
  });
});
