// The bundled server as editors other than VS Code drive it (issue 14): the language ids they send,
// and configuration changes that reach the server without file-watch events. Build first.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { ClientCapabilities } from 'vscode-languageserver-protocol/node';
import { FULL_CAPABILITIES, TestClient, fileUri } from './lspClient';

/** What Neovim 0.7 to 0.11 declares, as far as this server cares: no file watching, no dynamic registration. */
const NEOVIM_LIKE: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] } },
  textDocument: FULL_CAPABILITIES.textDocument,
};

const SENTENCE = 'Several analysts think the harbour levy will fail.';
const folders: string[] = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'whosays-editors-'));
  folders.push(dir);
  return dir;
}

describe('language ids other editors send', () => {
  for (const [languageId, text, expected] of [
    ['text', SENTENCE, 1],
    ['plaintex', `\\emph{${SENTENCE}}`, 1],
    ['tex', `\\emph{${SENTENCE}}`, 1],
    ['mediawiki', `'''${SENTENCE}'''`, 1],
    ['python', SENTENCE, 0],
  ] as const) {
    test(`${languageId}: ${expected ? 'linted' : 'not linted'}`, async () => {
      const client = await TestClient.start({ capabilities: NEOVIM_LIKE });
      try {
        const uri = `file:///editors/doc.${languageId}`;
        await client.open(uri, languageId, text);
        const published = await client.diagnosticsFor(uri, 1);
        assert.deepEqual(published.diagnostics.map((d) => d.code), expected ? ['weasel/vague-majority'] : []);
        if (languageId === 'plaintex') assert.equal(published.diagnostics[0].range.start.character, 6, 'read as TeX: the command is markup');
      } finally {
        await client.stop();
      }
    });
  }
});

describe('configuration without file watching', () => {
  test('the allow-list quick fix is a command the server carries out: it writes .whosays.json and lints again', async () => {
    const dir = folder();
    const client = await TestClient.start({ capabilities: NEOVIM_LIKE, folders: [dir] });
    try {
      assert.deepEqual(client.initializeResult.capabilities.executeCommandProvider?.commands, ['whosays-ls.allowPhrase']);
      const uri = fileUri(join(dir, 'article.md'));
      await client.open(uri, 'markdown', `${SENTENCE}\n`);
      const published = await client.diagnosticsFor(uri, 1);
      const actions = await client.codeActions(uri, published.diagnostics[0].range, published.diagnostics);
      const allow = actions.find((a) => a.title.startsWith('Allow'));
      assert.ok(allow?.command, 'a command, not a workspace edit');
      assert.equal(allow.edit, undefined);
      assert.deepEqual(allow.command.arguments, [uri, 'Several analysts think']);
      const result = await client.connection.sendRequest('workspace/executeCommand', { command: allow.command.command, arguments: allow.command.arguments });
      assert.deepEqual(result, { configFile: fileUri(join(dir, '.whosays.json')), changed: true });
      assert.deepEqual(JSON.parse(readFileSync(join(dir, '.whosays.json'), 'utf8')), { allow: ['Several analysts think'] });
      const after = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
      assert.equal(after.version, 1);
    } finally {
      await client.stop();
    }
  });

  test('a .whosays.json changed on disk counts from the next save of a document, or a settings change', async () => {
    const dir = folder();
    const client = await TestClient.start({ capabilities: NEOVIM_LIKE, folders: [dir] });
    try {
      const uri = fileUri(join(dir, 'article.md'));
      await client.open(uri, 'markdown', `${SENTENCE}\n`);
      assert.equal((await client.diagnosticsFor(uri, 1)).diagnostics.length, 1);
      writeFileSync(join(dir, '.whosays.json'), JSON.stringify({ rules: { weasel: 'off' } }));
      await client.save(uri);
      await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
      writeFileSync(join(dir, '.whosays.json'), JSON.stringify({ rules: {} }));
      await client.changeSettings({});
      await client.diagnostics(uri, (p) => p.diagnostics.length === 1);
    } finally {
      await client.stop();
    }
  });

  test('a client that watches files keeps the workspace edit and offers no server command', async () => {
    const dir = folder();
    const client = await TestClient.start({ folders: [dir] });
    try {
      assert.equal(client.initializeResult.capabilities.executeCommandProvider, undefined);
      const uri = fileUri(join(dir, 'article.md'));
      await client.open(uri, 'markdown', `${SENTENCE}\n`);
      const published = await client.diagnosticsFor(uri, 1);
      const allow = (await client.codeActions(uri, published.diagnostics[0].range, published.diagnostics)).find((a) => a.title.startsWith('Allow'));
      assert.ok(allow?.edit, 'a workspace edit');
    } finally {
      await client.stop();
    }
  });
});
