// Protocol tests of Fix All (what it fixes, its counts, its quick-fix entry, its version) and of
// silencing without touching the document: hidden findings sent per document with the settings,
// and the allow-list edit for the document's own folder.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocumentEdit, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, applyWorkspaceEdit, fileUri, removeTempDirs, tempDir } from './lspClient';

after(removeTempDirs);

const CLIENT_COMMANDS = ['whosays.fixAll', 'whosays.allowPhrase', 'whosays.hideFinding'];

/** A topic sentence whose source follows (information), then two warnings in another paragraph. */
const TOPIC_FIRST = [
  'Sales of the paper doubled last year. The publisher, Hal Moreno, said so at the annual meeting.',
  '',
  'Many believe the dam was sabotaged. Nine in ten voters oppose the plan.',
  '',
].join('\n');

interface FixAllResult {
  uri: string;
  version: number;
  edits: TextEdit[];
  markers: number;
  words: number;
  informationLeft: number;
}

let counter = 0;

async function open(client: TestClient, text: string, dir = '/fixall'): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = dir.startsWith('file:') ? `${dir}/doc${++counter}.md` : `file://${dir}/doc${++counter}.md`;
  await client.open(uri, 'markdown', text);
  return { uri, diagnostics: (await client.diagnosticsFor(uri, 1)).diagnostics };
}

function fixAllRequest(client: TestClient, uri: string, includeInformation?: boolean): Promise<FixAllResult | null> {
  return client.connection.sendRequest('whosays/fixAll', { uri, ...(includeInformation === undefined ? {} : { includeInformation }) });
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

function titled(actions: CodeAction[], prefix: string): CodeAction | undefined {
  return actions.find((a) => a.title.startsWith(prefix));
}

describe('Fix All', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ initializationOptions: { debounceMs: 10, clientCommands: CLIENT_COMMANDS } });
  });
  after(() => client.stop());

  test('whosays/fixAll fixes the warnings, counts what it did and leaves the information-level topic sentence alone', async () => {
    const { uri, diagnostics } = await open(client, TOPIC_FIRST);
    assert.deepEqual(diagnostics.map((d) => d.severity), [3, 2, 2], 'one information, two warnings');
    const result = await fixAllRequest(client, uri);
    assert.ok(result);
    assert.equal(result.version, 1, 'the edits name the version they are for');
    assert.deepEqual({ markers: result.markers, words: result.words, informationLeft: result.informationLeft }, { markers: 2, words: 0, informationLeft: 1 });
    const fixed = applyEdits(TOPIC_FIRST, result.edits);
    assert.ok(fixed.startsWith('Sales of the paper doubled last year. The publisher'), `the topic sentence changed: ${fixed}`);
    assert.equal((fixed.match(/\[who\?\]|\[citation needed\]/g) ?? []).length, 2);

    // Idempotent: once applied, there is nothing left to fix at warning level.
    const version = await client.replaceText(uri, fixed);
    await client.diagnosticsFor(uri, version);
    const again = await fixAllRequest(client, uri);
    assert.ok(again);
    assert.equal(again.version, version);
    assert.deepEqual(again.edits, []);
    assert.equal(again.informationLeft, 1);
  });

  test('asked to, it fixes information-level findings too (the request flag, or whosays.fixAll.includeInformation)', async () => {
    const { uri } = await open(client, TOPIC_FIRST);
    const result = await fixAllRequest(client, uri, true);
    assert.ok(result);
    assert.deepEqual({ markers: result.markers, informationLeft: result.informationLeft }, { markers: 3, informationLeft: 0 });

    client.resourceSettings.set(uri, { fixAll: { includeInformation: true } });
    await client.changeSettings(client.settings);
    try {
      const bySetting = await fixAllRequest(client, uri);
      assert.equal(bySetting?.markers, 3);
      const onSave = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
      const edits = (onSave[0].edit!.documentChanges![0] as TextDocumentEdit).edits;
      assert.equal(edits.length, 3, 'source.fixAll follows the same setting');
    } finally {
      client.resourceSettings.delete(uri);
      await client.changeSettings(client.settings);
    }
    const onSave = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.equal((onSave[0].edit!.documentChanges![0] as TextDocumentEdit).edits.length, 2, 'by default source.fixAll leaves the information-level finding');
  });

  test('the quick-fix menu lists "Fix All in File" as a command when the file has more than one fixable finding', async () => {
    const { uri, diagnostics } = await open(client, TOPIC_FIRST);
    const warning = diagnostics.find((d) => d.severity === 2)!;
    const actions = await client.codeActions(uri, warning.range, [warning], ['quickfix']);
    const all = titled(actions, 'Fix All in File');
    assert.ok(all, `no Fix All among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(all.title, 'Fix All in File (2 Who Says fixes)');
    assert.equal(all.kind, 'quickfix');
    assert.deepEqual(all.command, { title: all.title, command: 'whosays.fixAll', arguments: [uri] });
    assert.equal(all.edit, undefined, 'the client runs it, so that it can say what it did');
    const titles = actions.map((a) => a.title);
    assert.ok(titles.indexOf(all.title) > titles.findIndex((t) => t.startsWith('Insert')), 'after the finding\'s own fixes');

    const single = await open(client, 'Many believe the dam was sabotaged.\n');
    const one = await client.codeActions(single.uri, single.diagnostics[0].range, single.diagnostics, ['quickfix']);
    assert.equal(titled(one, 'Fix All in File'), undefined, 'one fixable finding: its own fix is the same thing');
  });

  test('a client without the command gets the quick-fix entry as a versioned edit', async () => {
    const plain = await TestClient.start();
    try {
      const { uri, diagnostics } = await open(plain, TOPIC_FIRST);
      const warning = diagnostics.find((d) => d.severity === 2)!;
      const all = titled(await plain.codeActions(uri, warning.range, [warning]), 'Fix All in File');
      assert.ok(all?.edit);
      const change = all.edit.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      assert.equal(change.edits.length, 2);
      assert.equal(titled(await plain.codeActions(uri, warning.range, [warning]), 'Hide this finding'), undefined, 'hiding needs a client that stores it');
    } finally {
      await plain.stop();
    }
  });
});

describe('hidden findings', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ initializationOptions: { debounceMs: 10, clientCommands: CLIENT_COMMANDS } });
  });
  after(() => client.stop());

  const PARAGRAPH = 'The ferry returned on Monday. Many believe the pause was political. Tickets are cheap.\n';

  test('"Hide this finding" comes before "Ignore … on this line" and carries a key without offsets', async () => {
    const { uri, diagnostics } = await open(client, PARAGRAPH);
    const actions = await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]]);
    const titles = actions.map((a) => a.title);
    const hide = titled(actions, 'Hide this finding');
    assert.ok(hide, JSON.stringify(titles));
    assert.ok(titles.indexOf(hide.title) < titles.findIndex((t) => t.startsWith('Ignore')), JSON.stringify(titles));
    assert.equal(hide.command?.command, 'whosays.hideFinding');
    assert.deepEqual(hide.command?.arguments, [uri, { rule: 'weasel/vague-majority', words: 'many believe', sentence: 'many believe the pause was political.' }, 'Many believe']);
    const allow = titled(actions, 'Allow "Many believe"');
    assert.deepEqual(allow?.command, { title: 'Allow', command: 'whosays.allowPhrase', arguments: [uri, 'Many believe'] });
  });

  test('a hidden finding stays hidden through edits elsewhere in the paragraph, in that document only, and comes back when un-hidden', async () => {
    const { uri, diagnostics } = await open(client, PARAGRAPH);
    const other = await open(client, PARAGRAPH);
    assert.equal(other.diagnostics.length, 1);
    const hide = titled(await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]]), 'Hide this finding')!;
    client.resourceSettings.set(uri, { hidden: [hide.command!.arguments![1]] });
    await client.changeSettings(client.settings);
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0, { fresh: true });

    let version = await client.replaceText(uri, `Yesterday the ferry returned, late. Many believe the pause was political. Tickets are  cheap and\nplentiful.\n`);
    assert.deepEqual((await client.diagnosticsFor(uri, version)).diagnostics, [], 'an edit in the other sentences keeps it hidden');
    const otherVersion = await client.replaceText(other.uri, `${PARAGRAPH}\n`);
    assert.equal((await client.diagnosticsFor(other.uri, otherVersion)).diagnostics.length, 1, 'the same sentence in another document is not hidden');
    const result = await fixAllRequest(client, uri);
    assert.deepEqual(result?.edits, [], 'Fix All does not fix a hidden finding');

    version = await client.replaceText(uri, 'Yesterday the ferry returned, late. Many believe the pause was political and costly. Tickets are cheap.\n');
    assert.equal((await client.diagnosticsFor(uri, version)).diagnostics.length, 1, 'a rewritten sentence is a new finding');

    version = await client.replaceText(uri, PARAGRAPH);
    await client.diagnosticsFor(uri, version);
    client.resourceSettings.set(uri, { hidden: [] });
    await client.changeSettings(client.settings);
    await client.diagnostics(uri, (p) => p.diagnostics.length === 1, { fresh: true });
  });

  test('malformed hidden entries are ignored', async () => {
    const { uri } = await open(client, PARAGRAPH);
    client.resourceSettings.set(uri, { hidden: [null, 'x', { rule: 'no/such-rule', words: 'many believe', sentence: 'many believe the pause was political.' }, { rule: 'weasel/vague-majority', words: 7 }, { rule: 'weasel/vague-majority', words: 'many believe', sentence: 'x'.repeat(10_000) }] });
    await client.changeSettings(client.settings);
    // Nothing changes, so nothing is published again: the next version shows what the entries hide.
    const version = await client.replaceText(uri, PARAGRAPH);
    const published = await client.diagnosticsFor(uri, version);
    assert.equal(published.diagnostics.length, 1);
  });
});

describe('allow-list edit for the document\'s folder', () => {
  test('in a multi-root workspace, the .whosays.json of the document\'s own (innermost) folder', async () => {
    const root = tempDir({ 'a/notes.md': '', 'b/inner/notes.md': '' });
    const client = await TestClient.start({ folders: [path.join(root, 'a'), path.join(root, 'b'), path.join(root, 'b', 'inner')], initializationOptions: { debounceMs: 10, clientCommands: CLIENT_COMMANDS } });
    try {
      for (const [folder, expected] of [['b', 'b'], ['b/inner', 'b/inner']] as const) {
        const { uri } = await open(client, 'Many believe the dam was sabotaged.\n', fileUri(path.join(root, folder)));
        const result = await client.connection.sendRequest<{ configFile: string; created: boolean; edit?: unknown } | null>('whosays/allowListEdit', { uri, phrase: 'Many  believe' });
        assert.ok(result);
        assert.equal(result.configFile, fileUri(path.join(root, expected, '.whosays.json')));
        assert.equal(result.created, true);
        const files = applyWorkspaceEdit(result.edit as Parameters<typeof applyWorkspaceEdit>[0], {});
        assert.deepEqual(JSON.parse(files[result.configFile]), { allow: ['Many believe'] });
      }
      await assert.rejects(client.connection.sendRequest('whosays/allowListEdit', { uri: 'file:///x.md', phrase: 7 }), /malformed/);
    } finally {
      await client.stop();
    }
  });

  test('no edit for a phrase already allowed, nor for a broken file, and the answer tells which', async () => {
    const root = tempDir({ 'ok/.whosays.json': '{ "allow": ["many believe"] }\n', 'broken/.whosays.json': '{ "allow": [\n' });
    const client = await TestClient.start({ folders: [path.join(root, 'ok'), path.join(root, 'broken')], initializationOptions: { debounceMs: 10, clientCommands: CLIENT_COMMANDS } });
    try {
      for (const [folder, alreadyAllowed] of [['ok', true], ['broken', false]] as const) {
        const uri = fileUri(path.join(root, folder, 'notes.md'));
        await client.open(uri, 'markdown', 'Many believe the dam was sabotaged.\n');
        const result = await client.connection.sendRequest<{ configFile: string; edit?: unknown; alreadyAllowed?: boolean } | null>('whosays/allowListEdit', { uri, phrase: 'Many believe' });
        assert.deepEqual(result, { configFile: fileUri(path.join(root, folder, '.whosays.json')), created: false, alreadyAllowed }, folder);
      }
    } finally {
      await client.stop();
    }
  });
});
