// Protocol tests of the custom requests of docs/protocol.md: whosays/lintFiles and whosays/markers.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { PULL_CAPABILITIES, TestClient, fileUri, removeTempDirs, tempDir } from './lspClient';

after(removeTempDirs);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('whosays/lintFiles', () => {
  test('lints files from disk with their configuration and publishes their diagnostics', async () => {
    const dir = tempDir({
      'a.md': '# Notes\n\nMany believe the dam was sabotaged.\n',
      'b.tex': 'Sources say the deal is dead. % Many believe\n',
      'c.txt': 'The ferry left at nine.\n',
      'quiet/.whosays.json': '{ "rules": { "weasel": "off" } }',
      'quiet/d.md': 'Many believe the dam was sabotaged.\n',
    });
    const client = await TestClient.start({ folders: [dir] });
    try {
      const uris = ['a.md', 'b.tex', 'c.txt', 'quiet/d.md', 'missing.md'].map((f) => fileUri(path.join(dir, f)));
      const result = await client.connection.sendRequest('whosays/lintFiles', { uris });
      assert.deepEqual(result, { files: 4, findings: 2, skipped: 1 }, 'missing.md is skipped');
      const a = await client.diagnostics(uris[0]);
      assert.deepEqual(a.diagnostics.map((d) => d.code), ['weasel/vague-majority']);
      assert.equal(a.version, undefined, 'a file from disk has no version');
      assert.equal((a.diagnostics[0].data as { version: unknown }).version, null);
      assert.deepEqual((await client.diagnostics(uris[1])).diagnostics.map((d) => d.code), ['weasel/anonymous-source']);
      assert.deepEqual((await client.diagnostics(uris[2])).diagnostics, []);
      assert.deepEqual((await client.diagnostics(uris[3])).diagnostics, [], 'quiet/.whosays.json turns weasel off');
    } finally {
      await client.stop();
    }
  });

  test('reads only files inside the workspace folders', async () => {
    const outside = tempDir({ 'secret.md': 'Many believe the dam was sabotaged.\n' });
    const dir = tempDir({ 'ws/a.md': 'Many believe the dam was sabotaged.\n' });
    const workspace = path.join(dir, 'ws');
    const client = await TestClient.start({ folders: [workspace] });
    try {
      const inside = fileUri(path.join(workspace, 'a.md'));
      const secret = fileUri(path.join(outside, 'secret.md'));
      // The same file reached with ".." from inside the workspace, plain and percent-encoded.
      const climbing = `${fileUri(workspace)}/../../${path.basename(outside)}/secret.md`;
      const encoded = `${fileUri(workspace)}/%2e%2e/%2E%2E/${path.basename(outside)}/secret.md`;
      const result = await client.connection.sendRequest('whosays/lintFiles', { uris: [inside, secret, climbing, encoded, 'not a uri', 'file:///etc/passwd'] });
      assert.deepEqual(result, { files: 1, findings: 1, skipped: 5 });
      assert.ok(await client.quietFor(secret, 100), 'nothing is published for a file outside the workspace');
      assert.equal(client.published.filter((p) => p.uri !== inside).length, 0);
    } finally {
      await client.stop();
    }
    const noFolder = await TestClient.start({ folders: [] });
    try {
      const result = await noFolder.connection.sendRequest('whosays/lintFiles', { uris: [fileUri(path.join(workspace, 'a.md'))] });
      assert.deepEqual(result, { files: 0, findings: 0, skipped: 1 }, 'with no workspace folder nothing is read from disk');
    } finally {
      await noFolder.stop();
    }
  });

  test('lints an open document outside the workspace from its text (Lint This Document Now on an unsaved document)', async () => {
    const dir = tempDir({ 'ws/a.md': 'Plain words.\n' });
    const client = await TestClient.start({ folders: [path.join(dir, 'ws')] });
    try {
      const untitled = 'untitled:Untitled-1';
      await client.open(untitled, 'markdown', 'Many believe the dam was sabotaged. Sources say the deal is dead.\n');
      const result = await client.connection.sendRequest('whosays/lintFiles', { uris: [untitled] });
      assert.deepEqual(result, { files: 1, findings: 2, skipped: 0 });
      // The same name, once closed, is a file outside the workspace again: skipped, nothing read.
      await client.close(untitled);
      assert.deepEqual(await client.connection.sendRequest('whosays/lintFiles', { uris: [untitled] }), { files: 0, findings: 0, skipped: 1 });
    } finally {
      await client.stop();
    }
  });

  test('whosays.maxFileSize caps what is read from disk, with a message naming the setting', async () => {
    const big = 'Many believe the dam was sabotaged.\n'.repeat(60); // 2,160 bytes
    const dir = tempDir({ 'big.md': big, 'small.md': 'Sources say the deal is dead.\n' });
    const uris = [fileUri(path.join(dir, 'big.md')), fileUri(path.join(dir, 'small.md'))];
    const client = await TestClient.start({ folders: [dir], settings: { maxFileSize: '1kB' } });
    const logs: string[] = [];
    client.connection.onNotification('window/logMessage', (params: { message: string }) => {
      logs.push(params.message);
    });
    try {
      assert.deepEqual(await client.connection.sendRequest('whosays/lintFiles', { uris }), { files: 1, findings: 1, skipped: 1 });
      assert.ok(logs.some((l) => l.includes('big.md') && /too large: 2\.2 kB is over the 1 kB limit \(setting whosays\.maxFileSize\)/.test(l)), logs.join('\n'));
      for (const maxFileSize of ['3 kB', 'not a size', 0, -5]) {
        await client.changeSettings({ maxFileSize });
        assert.deepEqual(await client.connection.sendRequest('whosays/lintFiles', { uris }), { files: 2, findings: 61, skipped: 0 }, `maxFileSize ${JSON.stringify(maxFileSize)}: read (an invalid value means the 50 MB default)`);
      }
    } finally {
      await client.stop();
    }
  });

  test('malformed parameters get InvalidParams, and the server goes on', async () => {
    const dir = tempDir({ 'a.md': 'Many believe the dam was sabotaged.\n' });
    const client = await TestClient.start({ folders: [dir] });
    try {
      for (const params of [null, {}, { uris: 'file:///a.md' }, { uris: [1, 2] }, { uris: [{}] }]) {
        await assert.rejects(client.connection.sendRequest('whosays/lintFiles', params), (error: ResponseError<unknown>) => error.code === -32602);
      }
      const result = await client.connection.sendRequest('whosays/lintFiles', { uris: [fileUri(path.join(dir, 'a.md'))] });
      assert.deepEqual(result, { files: 1, findings: 1, skipped: 0 });
    } finally {
      await client.stop();
    }
  });

  test('an open document is linted from the editor, not the disk', async () => {
    const dir = tempDir({ 'open.md': 'The ferry left at nine.\n' });
    const client = await TestClient.start({ folders: [dir] });
    try {
      const uri = fileUri(path.join(dir, 'open.md'));
      await client.open(uri, 'markdown', 'Sources say the deal is dead.\n');
      await client.diagnosticsFor(uri, 1);
      assert.deepEqual(await client.connection.sendRequest('whosays/lintFiles', { uris: [uri] }), { files: 1, findings: 1, skipped: 0 });
    } finally {
      await client.stop();
    }
  });

  test('with pull diagnostics, opening a linted file clears what lintFiles pushed', async () => {
    const dir = tempDir({ 'p.md': 'Many believe the dam was sabotaged.\n' });
    const client = await TestClient.start({ folders: [dir], capabilities: PULL_CAPABILITIES });
    try {
      const uri = fileUri(path.join(dir, 'p.md'));
      await client.connection.sendRequest('whosays/lintFiles', { uris: [uri] });
      assert.equal((await client.diagnostics(uri)).diagnostics.length, 1);
      await client.open(uri, 'markdown', 'Many believe the dam was sabotaged.\n');
      assert.deepEqual((await client.diagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics, [], 'pushed ones cleared');
      const pulled = await client.pull(uri);
      assert.equal(pulled.kind === 'full' && pulled.items.length, 1, 'the open document is pulled');
    } finally {
      await client.stop();
    }
  });

  test('honours cancellation', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`f${i}.md`] = 'Many believe the dam was sabotaged.\n'.repeat(200);
    const dir = tempDir(files);
    const client = await TestClient.start({ folders: [dir] });
    try {
      const source = new CancellationTokenSource();
      const request = client.connection.sendRequest('whosays/lintFiles', { uris: Object.keys(files).map((f) => fileUri(path.join(dir, f))) }, source.token);
      setTimeout(() => source.cancel(), 30);
      await assert.rejects(request, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
      const published = new Set(client.published.map((p) => p.uri)).size;
      assert.ok(published < 200, `stopped early (${published} files published)`);
    } finally {
      await client.stop();
    }
  });
});

describe('whosays/markers', () => {
  test('marker texts for the document: language, settings, .whosays.json and today\u2019s date', async () => {
    const dir = tempDir({ 'custom/.whosays.json': '{ "markers": { "latex": { "citationNeeded": "\\\\citeneeded{}" } } }', 'custom/x.tex': '' });
    // The client's whosays.markerPlacement applies to the language it names only.
    const client = await TestClient.start({ folders: [dir], settings: { markers: { markdown: { who: '[according to whom?]' } }, markerPlacement: { markdown: 'beforePunctuation' } } });
    try {
      const now = new Date();
      const date = `${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
      const wikipedia = { punctuation: 'after', separator: '', wordSeparator: '' };
      assert.deepEqual(await client.connection.sendRequest('whosays/markers', { uri: fileUri(path.join(dir, 'a.wiki')) }), {
        citationNeeded: `{{citation needed|date=${date}}}`,
        who: `{{who|date=${date}}}`,
        byWhom: `{{by whom|date=${date}}}`,
        placement: wikipedia,
      });
      // A configured marker wins; the others are plain text, since nothing here defines \todo.
      assert.deepEqual(await client.connection.sendRequest('whosays/markers', { uri: fileUri(path.join(dir, 'custom/x.tex')) }), {
        citationNeeded: '\\citeneeded{}',
        who: '[who?]',
        byWhom: '[by whom?]',
        placement: wikipedia,
      });
      const open = 'untitled:Untitled-1';
      await client.open(open, 'markdown', 'Notes.\n');
      assert.deepEqual(await client.connection.sendRequest('whosays/markers', { uri: open }), {
        citationNeeded: '[citation needed]',
        who: '[according to whom?]',
        byWhom: '[by whom?]',
        placement: { punctuation: 'before', separator: '', wordSeparator: '' },
      });
      // An open document's own convention, and \todo where it loads todonotes.
      const chapter = 'untitled:Untitled-2';
      await client.open(chapter, 'latex', '\\documentclass{book}\n\\usepackage{todonotes}\n\\begin{document}\nThe mill closed in 1961~\\cite{mill}.\n\\end{document}\n');
      assert.deepEqual(await client.connection.sendRequest('whosays/markers', { uri: chapter }), {
        citationNeeded: '\\todo{citation needed}',
        who: '\\todo{who?}',
        byWhom: '\\todo{by whom?}',
        placement: { punctuation: 'before', separator: '~', wordSeparator: '~' },
      });
    } finally {
      await client.stop();
    }
  });
});
