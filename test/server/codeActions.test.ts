// Protocol tests of the code actions: every action applied to the document, and the result linted
// again by the server; versioned edits, and the refusal of edits for a stale version.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FileChangeType, TextDocumentEdit, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { FULL_CAPABILITIES, TestClient, applyWorkspaceEdit, fileUri, removeTempDirs, tempDir } from './lspClient';

after(removeTempDirs);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Opened {
  uri: string;
  diagnostics: Diagnostic[];
}

let counter = 0;

async function openDoc(client: TestClient, text: string, languageId = 'markdown', dir = '/project'): Promise<Opened> {
  const ext = { markdown: 'md', latex: 'tex', plaintext: 'txt', html: 'html', wikitext: 'wiki' }[languageId] ?? 'txt';
  const uri = dir.startsWith('file:') ? `${dir}/doc${++counter}.${ext}` : `file://${dir}/doc${++counter}.${ext}`;
  await client.open(uri, languageId, text);
  return { uri, diagnostics: (await client.diagnosticsFor(uri, 1)).diagnostics };
}

function only(diagnostics: Diagnostic[], rule: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === rule);
  assert.equal(found.length, 1, `one ${rule} in ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  return found[0];
}

async function actionsFor(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.codeActions(uri, diagnostic.range, [diagnostic]);
}

function action(actions: CodeAction[], title: string | RegExp): CodeAction {
  const found = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(found, `no action ${String(title)} among ${JSON.stringify(actions.map((a) => a.title))}`);
  return found;
}

/** Applies an action's edit to the open document (checking the version it names) and sends the change. */
async function apply(client: TestClient, uri: string, chosen: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  assert.ok(chosen.edit, 'the action carries its edit');
  for (const change of chosen.edit.documentChanges ?? []) {
    if (TextDocumentEdit.is(change) && change.textDocument.uri === uri) assert.equal(change.textDocument.version, client.version(uri), 'the edit names the current version');
  }
  const text = applyWorkspaceEdit(chosen.edit, { [uri]: client.text(uri) }, { [uri]: client.version(uri) })[uri];
  const version = await client.replaceText(uri, text);
  return { text, diagnostics: (await client.diagnosticsFor(uri, version)).diagnostics };
}

describe('quick fixes', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(() => client.stop());

  test('[who?] after the vague holder, preferred', async () => {
    const { uri, diagnostics } = await openDoc(client, 'Many believe the dam was sabotaged.\n');
    const actions = await actionsFor(client, uri, only(diagnostics, 'weasel/vague-majority'));
    const who = action(actions, 'Insert [who?] after "Many"');
    assert.equal(who.isPreferred, true);
    assert.equal(who.kind, 'quickfix');
    assert.equal(actions.filter((a) => a.isPreferred).length, 1, 'one preferred fix');
    const { text, diagnostics: after } = await apply(client, uri, who);
    assert.equal(text, 'Many[who?] believe the dam was sabotaged.\n');
    assert.deepEqual(after, [], 'the marker clears the finding');
  });

  test('[citation needed] at the end of the sentence', async () => {
    const { uri, diagnostics } = await openDoc(client, 'Nine in ten voters oppose the plan. The ferry left at nine.\n');
    const actions = await actionsFor(client, uri, only(diagnostics, 'unattributed/unsourced-statistic'));
    const { text, diagnostics: after } = await apply(client, uri, action(actions, 'Insert [citation needed]'));
    assert.equal(text, 'Nine in ten voters oppose the plan.[citation needed] The ferry left at nine.\n');
    assert.deepEqual(after, []);
  });

  test('[by whom?] after an agentless passive', async () => {
    const { uri, diagnostics } = await openDoc(client, 'It is widely believed that the letter was forged.\n');
    const actions = await actionsFor(client, uri, only(diagnostics, 'weasel/agentless-passive'));
    const { text } = await apply(client, uri, action(actions, 'Insert [by whom?] after "It is widely believed"'));
    assert.equal(text, 'It is widely believed[by whom?] that the letter was forged.\n');
  });

  test('"claimed" becomes "said"', async () => {
    const { uri, diagnostics } = await openDoc(client, 'The ministry claimed the strike was defensive.\n');
    const actions = await actionsFor(client, uri, only(diagnostics, 'style/loaded-speech-verb'));
    const said = action(actions, 'Replace "claimed" with "said"');
    assert.equal(said.isPreferred, true);
    const { text, diagnostics: after } = await apply(client, uri, said);
    assert.equal(text, 'The ministry said the strike was defensive.\n');
    assert.deepEqual(after, []);
  });

  test('wikitext markers carry the date', async () => {
    const { uri, diagnostics } = await openDoc(client, 'Sources say the deal is dead.\n', 'wikitext');
    const actions = await actionsFor(client, uri, only(diagnostics, 'weasel/anonymous-source'));
    const now = new Date();
    const { text } = await apply(client, uri, action(actions, /^Insert \{\{who/));
    assert.equal(text, `Sources{{who|date=${MONTHS[now.getMonth()]} ${now.getFullYear()}}} say the deal is dead.\n`);
  });

  test('attribute with a placeholder: a snippet edit of the sentence', async () => {
    const { uri, diagnostics } = await openDoc(client, 'The ferry left at nine. It is widely believed that the letter was forged. The end.\n');
    const actions = await actionsFor(client, uri, only(diagnostics, 'weasel/agentless-passive'));
    const rewrite = action(actions, 'Rewrite with a placeholder: "According to [source], the letter was forged."');
    const change = rewrite.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.edits, [
      { range: { start: { line: 0, character: 24 }, end: { line: 0, character: 50 } }, snippet: { kind: 'snippet', value: 'According to ${1:source},' } },
    ]);
    const { text, diagnostics: after } = await apply(client, uri, rewrite);
    assert.equal(text, 'The ferry left at nine. According to source, the letter was forged. The end.\n');
    assert.deepEqual(after, [], 'an attribution clears the finding');
  });

  test('attribute with a placeholder for other rules: a vague majority, an unsourced statistic', async () => {
    const { uri, diagnostics } = await openDoc(client, 'Nine in ten voters oppose the plan.\n');
    const actions = await actionsFor(client, uri, only(diagnostics, 'unattributed/unsourced-statistic'));
    const rewrite = action(actions, /^Rewrite with a placeholder/);
    const change = rewrite.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.edits.map((e) => ('snippet' in e ? e.snippet.value : e.newText)), [', according to ${1:source, year}']);
    const { text } = await apply(client, uri, rewrite);
    assert.equal(text, 'Nine in ten voters oppose the plan, according to source, year.\n');
  });

  test('ignore this occurrence: a comment on the line before', async () => {
    const { uri, diagnostics } = await openDoc(client, '# Notes\n\nThe ferry left at nine.\n  Sources say the deal is dead.\n');
    const actions = await actionsFor(client, uri, only(diagnostics, 'weasel/anonymous-source'));
    const { text, diagnostics: after } = await apply(client, uri, action(actions, 'Ignore weasel/anonymous-source on this line'));
    assert.equal(text, '# Notes\n\nThe ferry left at nine.\n  <!-- whosays-ignore-next-line weasel/anonymous-source -->\n  Sources say the deal is dead.\n');
    assert.deepEqual(after, []);
  });

  test('disable the rule for the file: Markdown (after front matter), LaTeX, no action in plain text', async () => {
    const md = await openDoc(client, '---\ntitle: Dams\n---\nMany believe the dam was sabotaged.\n\nMany believe the letter was forged.\n');
    const mdActions = await actionsFor(client, md.uri, md.diagnostics[0]);
    const mdResult = await apply(client, md.uri, action(mdActions, 'Disable weasel/vague-majority for this file'));
    assert.equal(mdResult.text, '---\ntitle: Dams\n---\n<!-- whosays-disable weasel/vague-majority -->\nMany believe the dam was sabotaged.\n\nMany believe the letter was forged.\n');
    assert.deepEqual(mdResult.diagnostics, []);

    const tex = await openDoc(client, 'Sources say the deal is dead.\n', 'latex');
    const texResult = await apply(client, tex.uri, action(await actionsFor(client, tex.uri, tex.diagnostics[0]), 'Disable weasel/anonymous-source for this file'));
    assert.equal(texResult.text, '% whosays-disable weasel/anonymous-source\nSources say the deal is dead.\n');
    assert.deepEqual(texResult.diagnostics, []);

    const txt = await openDoc(client, 'Sources say the deal is dead.\n', 'plaintext');
    const txtActions = await actionsFor(client, txt.uri, txt.diagnostics[0]);
    assert.ok(!txtActions.some((a) => a.title.startsWith('Disable')), 'plain text has no comment syntax');
    assert.ok(!txtActions.some((a) => a.title.startsWith('Ignore')));
  });

  test('a diagnostic from an older version gets no edit', async () => {
    const { uri, diagnostics } = await openDoc(client, 'Many believe the dam was sabotaged.\n');
    const stale = diagnostics[0];
    const version = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Yesterday, ' }]);
    assert.deepEqual(await actionsFor(client, uri, stale), [], 'edits computed for version 1 would land in the wrong text');
    const current = (await client.diagnosticsFor(uri, version)).diagnostics[0];
    const actions = await actionsFor(client, uri, current);
    assert.ok(actions.length > 0);
    for (const a of actions) {
      for (const change of a.edit?.documentChanges ?? []) if (TextDocumentEdit.is(change) && change.textDocument.uri === uri) assert.equal(change.textDocument.version, version);
    }
    const { text } = await apply(client, uri, action(actions, 'Insert [who?] after "Many"'));
    assert.equal(text, 'Yesterday, Many[who?] believe the dam was sabotaged.\n');
  });

  test('a diagnostic from an older version whose words stayed in place gets the fixes of this version', async () => {
    // VS Code asks for quick fixes with the diagnostics it holds, which right after an edit can be the
    // version before: an edit that leaves the flagged words where they were must not empty the menu.
    const { uri, diagnostics } = await openDoc(client, 'The quay opened in 1871.\n\nCritics say the path spoils the headland.\n');
    const stale = only(diagnostics, 'weasel/vague-majority');
    const version = await client.change(uri, [{ range: { start: { line: 0, character: 24 }, end: { line: 0, character: 24 } }, text: ' It cost little' }]);
    const actions = await actionsFor(client, uri, stale);
    const who = action(actions, 'Insert [who?] after "Critics"');
    for (const change of who.edit?.documentChanges ?? []) if (TextDocumentEdit.is(change)) assert.equal(change.textDocument.version, version, 'computed on the current version');
    const { text } = await apply(client, uri, who);
    assert.equal(text, 'The quay opened in 1871. It cost little\n\nCritics[who?] say the path spoils the headland.\n');
  });

  test('the diagnostic names its finding by version and offset only, and a paragraph moved by an edit above it still gets its fixes', async () => {
    const paragraphs = ['The ferry left at nine.', 'The mayor spoke at noon.', 'Many believe the dam was sabotaged.', 'The bridge reopened in May.'];
    const { uri } = await openDoc(client, `${paragraphs.join('\n\n')}\n`);
    // An edit in the first paragraph: the third is re-used from the cache, one line and several characters further on.
    const version = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Late at night,\nas planned, ' }]);
    const moved = only((await client.diagnosticsFor(uri, version)).diagnostics, 'weasel/vague-majority');
    assert.deepEqual(moved.data, { version, offset: client.text(uri).indexOf('Many believe') });
    const { text } = await apply(client, uri, action(await actionsFor(client, uri, moved), 'Insert [who?] after "Many"'));
    assert.ok(text.includes('\n\nMany[who?] believe the dam was sabotaged.\n\n'), text);
  });

  test('source.fixAll.whosays: every preferred marker of a warning, never two at one place; information-level findings left alone', async () => {
    const source = [
      'Many believe the dam was sabotaged. Sources say the deal is dead.',
      '',
      'The ministry claimed the strike was defensive. Nine in ten voters oppose the plan.',
      '',
      'The renowned baker retired in May.',
      '',
    ].join('\n');
    const { uri, diagnostics } = await openDoc(client, source);
    assert.ok(diagnostics.length >= 5);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0].range, diagnostics, ['quickfix']).then((a) => a.filter((x) => x.kind === 'source.fixAll.whosays')), []);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.whosays');
    const { text, diagnostics: after } = await apply(client, uri, actions[0]);
    assert.equal(
      text,
      [
        'Many[who?] believe the dam was sabotaged. Sources[who?] say the deal is dead.',
        '',
        'The ministry claimed the strike was defensive. Nine in ten voters oppose the plan.[citation needed]',
        '',
        'The renowned baker retired in May.',
        '',
      ].join('\n'),
    );
    // "claimed" is a style note (information): Fix All leaves it unless asked (whosays.fixAll.includeInformation).
    assert.deepEqual(after.map((d) => d.code), ['style/loaded-speech-verb', 'style/puffery'], 'removing a word is not a marker fix');
    const none = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.whosays']);
    assert.deepEqual(none, [], 'nothing left to fix');
  });

  test('fix all places markers as the document does, a paragraph away from its reference', async () => {
    const source = 'The quay opened in 1871 [1].\n\nMany believe the dam was sabotaged. Nine in ten voters oppose the plan.\n';
    const { uri } = await openDoc(client, source);
    const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.whosays']);
    assert.ok(fixAll, 'a fix-all action');
    const { text } = await apply(client, uri, fixAll);
    assert.equal(text, 'The quay opened in 1871 [1].\n\nMany [who?] believe the dam was sabotaged. Nine in ten voters oppose the plan [citation needed].\n');
  });

  test('fix all: two findings that want a marker at the same place get one', async () => {
    const { uri, diagnostics } = await openDoc(client, 'Critics say that experts agree the plan will fail.\n');
    assert.ok(diagnostics.length >= 1);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.whosays']);
    const edits = (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits;
    const starts = edits.map((e) => `${e.range.start.line}:${e.range.start.character}`);
    assert.equal(new Set(starts).size, starts.length, 'one edit per position');
  });

  test('without snippet support the placeholder is plain text; without documentChanges, plain changes', async () => {
    const plain = await TestClient.start({
      capabilities: { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true } } },
    });
    try {
      const { uri, diagnostics } = await openDoc(plain, 'It is widely believed that the letter was forged.\n');
      const rewrite = action(await actionsFor(plain, uri, diagnostics[0]), /^Rewrite with a placeholder/);
      const { text } = await apply(plain, uri, rewrite);
      assert.equal(text, 'According to [source], the letter was forged.\n');
    } finally {
      await plain.stop();
    }
    const basic = await TestClient.start({ capabilities: { workspace: { configuration: true } } });
    try {
      const { uri, diagnostics } = await openDoc(basic, 'Many believe the dam was sabotaged.\n');
      const who = action(await actionsFor(basic, uri, diagnostics[0]), 'Insert [who?] after "Many"');
      assert.equal(who.edit?.documentChanges, undefined);
      assert.deepEqual(who.edit?.changes?.[uri], [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, newText: '[who?]' }]);
    } finally {
      await basic.stop();
    }
  });
});

describe('allow-list', () => {
  test('creates .whosays.json in the workspace folder, and the phrase is no longer flagged', async () => {
    const dir = tempDir({ 'docs/article.md': '' });
    const client = await TestClient.start({ folders: [dir] });
    try {
      const { uri, diagnostics } = await openDoc(client, 'Many believe the dam was sabotaged.\n', 'markdown', fileUri(path.join(dir, 'docs')));
      const allow = action(await actionsFor(client, uri, diagnostics[0]), 'Allow "Many believe" in a new .whosays.json');
      const configUri = fileUri(path.join(dir, '.whosays.json'));
      assert.deepEqual(allow.edit!.documentChanges![0], { kind: 'create', uri: configUri, options: { overwrite: false, ignoreIfExists: false } });
      const files = applyWorkspaceEdit(allow.edit!, {});
      assert.deepEqual(JSON.parse(files[configUri]), { allow: ['Many believe'] });
      writeFileSync(path.join(dir, '.whosays.json'), files[configUri]);
      await client.filesChanged([{ uri: configUri, type: FileChangeType.Created }]);
      const after = await client.diagnostics(uri, (p) => p.diagnostics.length === 0, { fresh: true });
      assert.equal(after.version, 1);
    } finally {
      await client.stop();
    }
  });

  test('edits an existing .whosays.json, keeping its comments and formatting', async () => {
    const config = '{\n    // Our house style.\n    "profile": "default", // see the wiki\n    "allow": [\n        "so-called" /* a quoted term */\n    ]\n}\n';
    const dir = tempDir({ '.whosays.json': config });
    const client = await TestClient.start({ folders: [dir] });
    try {
      const { uri, diagnostics } = await openDoc(client, 'Sources say the deal is dead.\n', 'markdown', fileUri(dir));
      const allow = action(await actionsFor(client, uri, diagnostics[0]), 'Allow "Sources say" in .whosays.json');
      const configUri = fileUri(path.join(dir, '.whosays.json'));
      const change = allow.edit!.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri: configUri, version: null }, 'a file that is not open has no version');
      const updated = applyWorkspaceEdit(allow.edit!, { [configUri]: readFileSync(path.join(dir, '.whosays.json'), 'utf8') })[configUri];
      assert.equal(updated, '{\n    // Our house style.\n    "profile": "default", // see the wiki\n    "allow": [\n        "so-called" /* a quoted term */,\n        "Sources say"\n    ]\n}\n');
      writeFileSync(path.join(dir, '.whosays.json'), updated);
      await client.filesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
      await client.diagnostics(uri, (p) => p.diagnostics.length === 0, { fresh: true });
      const again = await client.codeActions(uri, diagnostics[0].range, []);
      assert.deepEqual(again, []);
    } finally {
      await client.stop();
    }
  });
});
