// Protocol tests of configuration: client settings, `.whosays.json` (on disk, watched, open in the
// editor, broken), and when linting happens (onType, onSave, disabled).

import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient, fileUri, removeTempDirs, tempDir } from './lspClient';

after(removeTempDirs);

const TEXT = 'Many believe the dam was sabotaged.\n\nThe ministry claimed the strike was defensive.\n\nThe bones are probably those of a deer.\n';
const rules = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));
const sameRules = (expected: string[]) => (p: { diagnostics: Diagnostic[] }) => JSON.stringify(rules(p.diagnostics)) === JSON.stringify(expected);

describe('client settings', () => {
  test('a settings change re-lints open documents with the new rules, severities and profile', async () => {
    const client = await TestClient.start();
    try {
      const uri = 'file:///project/settings.md';
      await client.open(uri, 'markdown', TEXT);
      assert.deepEqual(rules((await client.diagnosticsFor(uri, 1)).diagnostics), ['weasel/vague-majority', 'style/loaded-speech-verb']);
      assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'), 'the server registers for settings changes');

      await client.changeSettings({ rules: { style: 'off', 'weasel/vague-majority': 'error' } });
      const changed = await client.diagnostics(uri, sameRules(['weasel/vague-majority']));
      assert.equal(changed.diagnostics[0].severity, DiagnosticSeverity.Error);
      assert.equal(changed.version, 1, 'published for the current version');

      await client.changeSettings({ profile: 'hedging' });
      await client.diagnostics(uri, sameRules(['weasel/vague-majority', 'style/loaded-speech-verb', 'style/hedge']));

      await client.changeSettings({ allow: ['many believe'] });
      await client.diagnostics(uri, sameRules(['style/loaded-speech-verb']));

      await client.changeSettings({ enable: false });
      await client.diagnostics(uri, sameRules([]));
    } finally {
      await client.stop();
    }
  });

  test('whosays.run = onSave: typing changes nothing until the document is saved', async () => {
    const client = await TestClient.start({ settings: { run: 'onSave' } });
    try {
      const uri = 'file:///project/onsave.md';
      await client.open(uri, 'markdown', 'The ferry left at nine.\n');
      assert.deepEqual((await client.diagnosticsFor(uri, 1)).diagnostics, [], 'linted when opened');
      const version = await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Many believe the dam was sabotaged.\n' }]);
      assert.ok(await client.quietFor(uri, 150), 'not linted while typing');
      await client.save(uri);
      const saved = await client.diagnosticsFor(uri, version);
      assert.deepEqual(rules(saved.diagnostics), ['weasel/vague-majority']);
    } finally {
      await client.stop();
    }
  });

  test('markers from settings are used by the fixes', async () => {
    const client = await TestClient.start({ settings: { markers: { latex: { citationNeeded: '\\citeneeded{}' } } } });
    try {
      const uri = 'file:///project/markers.tex';
      await client.open(uri, 'latex', 'Nine in ten voters oppose the plan.\n');
      const [diagnostic] = (await client.diagnosticsFor(uri, 1)).diagnostics;
      const titles = (await client.codeActions(uri, diagnostic.range, [diagnostic])).map((a) => a.title);
      assert.ok(titles.includes('Insert \\citeneeded{}'), JSON.stringify(titles));
    } finally {
      await client.stop();
    }
  });
});

describe('.whosays.json', () => {
  test('the project file wins for what it sets, and a change on disk re-lints', async () => {
    const dir = tempDir({ '.whosays.json': '{\n  // the project turns the style rules off\n  "rules": { "style": "off" }\n}\n', 'docs/a.md': TEXT });
    const client = await TestClient.start({ folders: [dir], settings: { rules: { style: 'warning', weasel: 'hint' }, profile: 'hedging' } });
    try {
      const uri = fileUri(path.join(dir, 'docs/a.md'));
      await client.open(uri, 'markdown', TEXT);
      const first = await client.diagnosticsFor(uri, 1);
      assert.ok(
        client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('**/.whosays.json')),
        'the server watches **/.whosays.json',
      );
      assert.deepEqual(rules(first.diagnostics), ['weasel/vague-majority'], 'style is off by the file, hedging (from settings) is a style rule');
      assert.equal(first.diagnostics[0].severity, DiagnosticSeverity.Hint, 'what the file does not set comes from the settings');

      writeFileSync(path.join(dir, '.whosays.json'), '{ "rules": { "weasel": "off" } }\n');
      await client.filesChanged([{ uri: fileUri(path.join(dir, '.whosays.json')), type: FileChangeType.Changed }]);
      await client.diagnostics(uri, sameRules(['style/hedge', 'style/loaded-speech-verb', 'style/hedge']), { fresh: true });

      // A nearer file in the document's own folder takes over (the outer one no longer applies).
      writeFileSync(path.join(dir, 'docs/.whosays.json'), '{ "rules": { "style/hedge": "off" } }\n');
      await client.filesChanged([{ uri: fileUri(path.join(dir, 'docs/.whosays.json')), type: FileChangeType.Created }]);
      await client.diagnostics(uri, sameRules(['weasel/vague-majority', 'style/loaded-speech-verb']), { fresh: true });

      rmSync(path.join(dir, 'docs/.whosays.json'));
      await client.filesChanged([{ uri: fileUri(path.join(dir, 'docs/.whosays.json')), type: FileChangeType.Deleted }]);
      await client.diagnostics(uri, sameRules(['style/hedge', 'style/loaded-speech-verb', 'style/hedge']), { fresh: true });
    } finally {
      await client.stop();
    }
  });

  test('a broken file gets a diagnostic at the broken line; documents keep the last good configuration', async () => {
    const dir = tempDir({ '.whosays.json': '{ "rules": { "style": "off" } }\n' });
    const configPath = path.join(dir, '.whosays.json');
    const configUri = fileUri(configPath);
    const client = await TestClient.start({ folders: [dir] });
    try {
      const uri = fileUri(path.join(dir, 'a.md'));
      await client.open(uri, 'markdown', TEXT);
      assert.deepEqual(rules((await client.diagnosticsFor(uri, 1)).diagnostics), ['weasel/vague-majority']);

      writeFileSync(configPath, '{\n  "rules": {\n    "style": "off",\n    "weasel": "of"\n  }\n}\n');
      await client.filesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
      const broken = await client.diagnostics(configUri, (p) => p.diagnostics.length > 0);
      assert.equal(broken.diagnostics.length, 1);
      assert.equal(broken.diagnostics[0].severity, DiagnosticSeverity.Error);
      assert.equal(broken.diagnostics[0].source, 'whosays');
      assert.deepEqual(broken.diagnostics[0].range, { start: { line: 3, character: 14 }, end: { line: 3, character: 18 } });
      assert.match(String(broken.diagnostics[0].message), /did you mean "off"\?/);
      assert.ok(await client.quietFor(uri, 150) || rules((await client.diagnostics(uri)).diagnostics).join() === 'weasel/vague-majority', 'the document keeps style off');
      assert.deepEqual(rules((await client.diagnostics(uri)).diagnostics), ['weasel/vague-majority']);

      writeFileSync(configPath, '{\n  "rules": {\n    "style": "off",\n    "weasel": "off"\n  }\n}\n');
      await client.filesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
      await client.diagnostics(configUri, (p) => p.diagnostics.length === 0, { fresh: true });
      await client.diagnostics(uri, sameRules([]));

      writeFileSync(configPath, '{ "rules": ');
      await client.filesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
      const syntax = await client.diagnostics(configUri, (p) => p.diagnostics.length > 0, { fresh: true });
      assert.match(String(syntax.diagnostics[0].message), /^Syntax error/);
    } finally {
      await client.stop();
    }
  });

  test('a .whosays.json open in the editor applies as it is typed, and is checked', async () => {
    const dir = tempDir({ '.whosays.json': '{}\n' });
    const configUri = fileUri(path.join(dir, '.whosays.json'));
    const client = await TestClient.start({ folders: [dir] });
    try {
      const uri = fileUri(path.join(dir, 'b.md'));
      await client.open(uri, 'markdown', TEXT);
      assert.deepEqual(rules((await client.diagnosticsFor(uri, 1)).diagnostics), ['weasel/vague-majority', 'style/loaded-speech-verb']);
      await client.open(configUri, 'jsonc', '{}\n');
      await client.replaceText(configUri, '{ "rules": { "weasel/vague-majority": "off" } }\n');
      await client.diagnostics(uri, sameRules(['style/loaded-speech-verb']), { fresh: true });
      await client.replaceText(configUri, '{ "rules": { "weasel/vague-majority": "off", "stlye": "off" } }\n');
      const broken = await client.diagnostics(configUri, (p) => p.diagnostics.length > 0);
      assert.match(String(broken.diagnostics[0].message), /Unknown rule id "stlye"; did you mean "style"\?/);
      assert.deepEqual(broken.diagnostics[0].range, { start: { line: 0, character: 45 }, end: { line: 0, character: 52 } });
      // Closing without saving: back to the file on disk.
      await client.close(configUri);
      await client.diagnostics(uri, sameRules(['weasel/vague-majority', 'style/loaded-speech-verb']), { fresh: true });
    } finally {
      await client.stop();
    }
  });

  test('an unreadable .whosays.json is reported too', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.whosays.json'));
    const client = await TestClient.start({ folders: [dir] });
    try {
      const uri = fileUri(path.join(dir, 'c.md'));
      await client.open(uri, 'markdown', TEXT);
      await client.diagnosticsFor(uri, 1);
      const report = await client.diagnostics(fileUri(path.join(dir, '.whosays.json')), (p) => p.diagnostics.length > 0);
      assert.match(String(report.diagnostics[0].message), /directory/);
    } finally {
      await client.stop();
    }
  });
});
