// Protocol tests of whosays/reportFiles (docs/protocol.md): the results of a batch of files with
// their part of the sourcing report, as VS Code's "Show Sourcing Report" asks for them.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { lint } from '../../server/src/engine/lint';
import { reportPart } from '../../server/src/output/report/part';
import type { ReportFilesResult } from '../../server/src/lsp/reportFiles';
import { TestClient, fileUri, removeTempDirs, tempDir } from './lspClient';

after(removeTempDirs);

const CLAIMS = '# Notes\n\nMany believe the dam was sabotaged. Sources say the deal is dead.\n\nThe mayor said the budget grew, according to the city\u2019s annual report.\n';

/** What the findings of `text` are, linted directly by the engine with the default configuration, as the results give them. */
function direct(text: string, languageId: string) {
  const findings = lint(text, { languageId, now: new Date() }).sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule));
  return {
    findings: findings.map((f) => ({ rule: f.rule, offset: f.offset, length: f.length, message: f.message })),
    report: reportPart(text, languageId, findings),
  };
}

function shown(result: ReportFilesResult['results'][number]) {
  return {
    findings: result.findings.map((f) => ({ rule: f.rule, offset: f.offset, length: f.length, message: f.message })),
    report: result.report,
  };
}

describe('whosays/reportFiles', () => {
  test('gives each file of the workspace its findings and report part, as a direct lint does, and publishes nothing', async () => {
    const dir = tempDir({
      'ws/a.md': CLAIMS,
      'ws/notes/b.tex': '\\section{Dam}\nSources say the deal is dead. Experts agree it failed.\n',
      'ws/c.txt': 'The ferry left at nine.\n',
      'ws/quiet/.whosays.json': '{ "rules": { "weasel": "off" } }',
      'ws/quiet/d.md': 'Many believe the dam was sabotaged. Sources say the deal is dead.\n',
      'outside.md': CLAIMS,
    });
    const workspace = path.join(dir, 'ws');
    const client = await TestClient.start({ folders: [workspace] });
    try {
      const names = ['a.md', 'notes/b.tex', 'c.txt', 'quiet/d.md', 'missing.md'];
      const uris = [...names.map((f) => fileUri(path.join(workspace, f))), fileUri(path.join(dir, 'outside.md')), `${fileUri(workspace)}/../outside.md`];
      const result = await client.connection.sendRequest<ReportFilesResult>('whosays/reportFiles', { uris });
      assert.equal(result.skipped, 3, 'missing.md and outside.md (twice) are skipped');
      assert.deepEqual(result.results.map((r) => r.path), ['a.md', 'notes/b.tex', 'c.txt', 'quiet/d.md'], 'paths inside the folder');
      assert.deepEqual(result.results.map((r) => r.uri), uris.slice(0, 4));
      for (const [k, languageId] of ['markdown', 'latex', 'plaintext'].entries()) {
        const text = readFileSync(path.join(workspace, names[k]), 'utf8');
        assert.deepEqual(shown(result.results[k]), direct(text, languageId), names[k]);
      }
      assert.ok(result.results[0].findings.length >= 2 && result.results[0].report!.attributed >= 1, 'a.md has findings and a sourced sentence');
      const quiet = result.results[3];
      assert.ok(result.results[0].findings.some((f) => f.category === 'weasel'));
      assert.deepEqual(quiet.findings, [], 'the folder\u2019s .whosays.json turns weasel off');
      assert.ok(quiet.report!.words > 0, 'the file is still reported');
      for (const r of result.results) for (const f of r.findings) assert.deepEqual(f.fixes, [], 'fixes are left out');
      assert.equal(result.results[0].findings[0].line, 3);
      assert.ok(await client.quietFor(uris[0], 100), 'no diagnostics are published');
      assert.equal(client.published.length, 0);
    } finally {
      await client.stop();
    }
  });

  test('an open document is reported from the editor\u2019s text, also outside the workspace', async () => {
    const dir = tempDir({ 'ws/open.md': 'The ferry left at nine.\n' });
    const workspace = path.join(dir, 'ws');
    const client = await TestClient.start({ folders: [workspace] });
    try {
      const uri = fileUri(path.join(workspace, 'open.md'));
      await client.open(uri, 'markdown', CLAIMS);
      const untitled = 'untitled:Untitled-1';
      await client.open(untitled, 'plaintext', 'Sources say the deal is dead.\n');
      const result = await client.connection.sendRequest<ReportFilesResult>('whosays/reportFiles', { uris: [uri, untitled] });
      assert.equal(result.skipped, 0);
      assert.deepEqual(result.results.map((r) => [r.path, r.uri]), [['open.md', uri], [untitled, untitled]]);
      assert.deepEqual(shown(result.results[0]), direct(CLAIMS, 'markdown'), 'the editor\u2019s text, not the disk\u2019s');
      assert.deepEqual(shown(result.results[1]), direct('Sources say the deal is dead.\n', 'plaintext'));
      await client.close(untitled);
      const closed = await client.connection.sendRequest<ReportFilesResult>('whosays/reportFiles', { uris: [untitled] });
      assert.deepEqual(closed, { results: [], skipped: 1 }, 'once closed, it is outside the workspace: nothing is read');
    } finally {
      await client.stop();
    }
  });

  test('in a multi-root workspace, paths start with the folder\u2019s name; a file Who Says is off for is left out', async () => {
    const dir = tempDir({ 'one/a.md': CLAIMS, 'two/a.md': 'Many believe the dam was sabotaged.\n', 'two/off.md': CLAIMS });
    const client = await TestClient.start({ folders: [path.join(dir, 'one'), path.join(dir, 'two')] });
    const off = fileUri(path.join(dir, 'two', 'off.md'));
    client.resourceSettings.set(off, { enable: false });
    try {
      const uris = [fileUri(path.join(dir, 'one', 'a.md')), fileUri(path.join(dir, 'two', 'a.md')), off];
      const result = await client.connection.sendRequest<ReportFilesResult>('whosays/reportFiles', { uris });
      assert.deepEqual(result.results.map((r) => r.path), ['one/a.md', 'two/a.md']);
      assert.equal(result.skipped, 1, 'off.md is not shown as a clean file');
    } finally {
      await client.stop();
    }
  });

  test('malformed parameters get InvalidParams; cancellation stops the batch', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`f${i}.md`] = 'Many believe the dam was sabotaged.\n'.repeat(200);
    const dir = tempDir(files);
    const client = await TestClient.start({ folders: [dir] });
    try {
      for (const params of [null, {}, { uris: 'file:///a.md' }, { uris: [1] }]) {
        await assert.rejects(client.connection.sendRequest('whosays/reportFiles', params), (error: ResponseError<unknown>) => error.code === -32602);
      }
      const source = new CancellationTokenSource();
      const request = client.connection.sendRequest('whosays/reportFiles', { uris: Object.keys(files).map((f) => fileUri(path.join(dir, f))) }, source.token);
      setTimeout(() => source.cancel(), 30);
      await assert.rejects(request, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
      const after = await client.connection.sendRequest<ReportFilesResult>('whosays/reportFiles', { uris: [fileUri(path.join(dir, 'f0.md'))] });
      assert.equal(after.results[0].findings.length, 200, 'the server goes on');
    } finally {
      await client.stop();
    }
  });
});
