// The extension as a user meets it: activation, diagnostics, hover, quick fix, commands, status
// bar, the wikitext language. Waits on what the user would see, never on fixed sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhoSaysApi } from '../../../client/src/extension';
import type { LintWorkspaceResult } from '../../../client/src/commands';
import { Scratch, activateExtension, hoverText, hrefOf, ruleOf, waitFor, waitForDiagnostics, whosaysDiagnostics } from './helpers';
import type { Tdd } from './tdd';

const WEASEL = 'Many experts believe the bridge is unsafe.\n';
const STATISTIC = 'Crime rose 61% last year.\n';
const COMMANDS = ['whosays.lintWorkspace', 'whosays.fixAll', 'whosays.insertCitationNeeded', 'whosays.showRuleDocumentation'];

export function defineExtensionTests({ suite, test, suiteSetup, suiteTeardown }: Tdd): void {
  suite('Who Says extension', () => {
    let api: WhoSaysApi;
    let scratch: Scratch;

    suiteSetup(async () => {
      scratch = await Scratch.create();
      api = await activateExtension();
    });

    suiteTeardown(async () => {
      await scratch?.dispose();
    });

    test('activates, lints the five languages and registers its commands', async () => {
      assert.deepEqual([...api.lintedLanguages()].slice(0, 5), ['plaintext', 'markdown', 'latex', 'html', 'wikitext']);
      const commands = await vscode.commands.getCommands(true);
      for (const command of COMMANDS) assert.ok(commands.includes(command), `${command} is registered`);
    });

    test('.wiki and .mediawiki files are wikitext', async () => {
      const wiki = await vscode.workspace.openTextDocument(await scratch.write('page.wiki', "'''Bold''' and [[a link]].\n"));
      assert.equal(wiki.languageId, 'wikitext');
      const mediawiki = await vscode.workspace.openTextDocument(await scratch.write('page.mediawiki', '== Heading ==\n'));
      assert.equal(mediawiki.languageId, 'wikitext');
    });

    test('a weasel sentence in Markdown gets a diagnostic with the rule id and its page', async () => {
      const editor = await scratch.open('weasel.md', WEASEL);
      assert.equal(editor.document.languageId, 'markdown');
      const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'weasel/vague-majority'));
      const finding = diagnostics.find((x) => ruleOf(x) === 'weasel/vague-majority')!;
      assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(editor.document.getText(finding.range), 'Many experts believe');
      // The page shipped beside the server, which the extension's configurationDefaults open in the Markdown preview.
      const page = vscode.Uri.joinPath(vscode.extensions.getExtension('whosays.whosays')!.extensionUri, 'docs', 'rules', 'vague-majority.md');
      assert.equal(hrefOf(finding), page.toString(true));
    });

    test('hovering the finding explains it', async () => {
      const editor = await scratch.open('hover.md', WEASEL);
      const [finding] = await waitForDiagnostics(editor.document.uri);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, finding.range.start.translate(0, 2));
      const text = hoverText(hovers ?? []);
      assert.match(text, /borrows the weight of unnamed people/, `hover text: ${text}`);
      // The editor shows the diagnostic's message and rule link above the server's hover: neither twice.
      assert.doesNotMatch(text, /docs\/rules\/vague-majority\.md/, `hover text: ${text}`);
    });

    test('the quick fix inserts [citation needed] after the full stop, as Wikipedia does', async () => {
      const editor = await scratch.open('fix.md', STATISTIC);
      const uri = editor.document.uri;
      const [finding] = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'unattributed/unsourced-statistic'));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value, 10);
      const insert = (actions ?? []).find((action) => action.title === 'Insert [citation needed]');
      assert.ok(insert, `quick fixes offered: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
      if (insert.edit) assert.ok(await vscode.workspace.applyEdit(insert.edit));
      if (insert.command) await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
      assert.equal(editor.document.getText(), 'Crime rose 61% last year.[citation needed]\n');
      // The finding is cleared once the marker is there.
      await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'unattributed/unsourced-statistic'));
    });

    test('"Insert [citation needed] at Cursor" puts the marker where the quick fix would', async () => {
      const editor = await scratch.open('insert.md', STATISTIC);
      const end = new vscode.Position(0, 'Crime rose 61% last year.'.length);
      editor.selection = new vscode.Selection(end, end);
      const inserted = await vscode.commands.executeCommand<boolean>('whosays.insertCitationNeeded');
      assert.equal(inserted, true);
      assert.equal(editor.document.getText(), 'Crime rose 61% last year.[citation needed]\n');
      // A second press does not tag twice.
      assert.equal(await vscode.commands.executeCommand<boolean>('whosays.insertCitationNeeded'), false);
    });

    test('"Fix All in File" applies the fixes of every finding', async () => {
      const editor = await scratch.open('fixall.md', `${WEASEL}\n${STATISTIC}`);
      await waitForDiagnostics(editor.document.uri, (d) => d.length >= 2);
      const before = editor.document.getText();
      assert.equal(await vscode.commands.executeCommand<boolean>('whosays.fixAll'), true);
      assert.notEqual(editor.document.getText(), before);
      assert.match(editor.document.getText(), /\[who\?\]|\[citation needed\]/);
    });

    test('the status bar counts the findings of the active document and hides for other languages', async () => {
      const editor = await scratch.open('status.md', `${WEASEL}\n${STATISTIC}`);
      const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length >= 2);
      const expected = `$(quote) ${whosaysDiagnostics(editor.document.uri).length}`;
      const text = await waitFor('the status bar count', () => api.statusBar().text === expected && api.statusBar().text);
      assert.equal(text, expected);
      assert.match(api.statusBar().tooltip ?? '', new RegExp(`${diagnostics.length} open findings`));
      await scratch.open('data.json', '{ "many experts believe": true }\n');
      await waitFor('the status bar to hide', () => api.statusBar().text === undefined);
    });

    test('"Lint Workspace" publishes diagnostics for files that are not open', async () => {
      const uri = await scratch.write('closed.md', WEASEL);
      const result = await vscode.commands.executeCommand<LintWorkspaceResult>('whosays.lintWorkspace');
      assert.ok(result, 'the command returned its counts');
      assert.equal(result.cancelled, false);
      assert.ok(result.files >= 1 && result.findings >= 1, JSON.stringify(result));
      await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'weasel/vague-majority'));
    });

    test('"Show Rule Documentation" refuses an unknown rule id', async () => {
      assert.equal(await vscode.commands.executeCommand('whosays.showRuleDocumentation', 'weasel/no-such-rule'), undefined);
    });

    test('"Show Rule Documentation" opens the shipped page in the Markdown preview', async () => {
      const page = vscode.Uri.joinPath(vscode.extensions.getExtension('whosays.whosays')!.extensionUri, 'docs', 'rules', 'hedge.md');
      assert.equal(await vscode.commands.executeCommand('whosays.showRuleDocumentation', 'style/hedge'), page.toString());
      const tab = await waitFor('the preview tab', () => {
        const active = vscode.window.tabGroups.activeTabGroup.activeTab;
        return active?.input instanceof vscode.TabInputCustom && active.input.uri.toString() === page.toString() ? active.input : undefined;
      });
      assert.equal(tab.viewType, 'vscode.markdown.preview.editor');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    test('the quick fixes end with "Show documentation for <rule>", which runs the documentation command', async () => {
      const editor = await scratch.open('docs.md', WEASEL);
      const [finding] = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'weasel/vague-majority'));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, finding.range, vscode.CodeActionKind.QuickFix.value, 20);
      const titles = (actions ?? []).map((a) => a.title);
      const at = titles.indexOf('Show documentation for weasel/vague-majority');
      assert.ok(at > 0, titles.join(' | '));
      // After it, at most VS Code's own actions (such as "Explain"), none of Who Says.
      assert.ok(titles.slice(at + 1).every((t) => !/^(Insert|Rewrite|Ignore|Disable|Allow|Hide|Fix All|Show documentation)\b/.test(t)), titles.join(' | '));
      const show = actions![at];
      assert.equal(show.command?.command, 'whosays.showRuleDocumentation');
      assert.deepEqual(show.command?.arguments, ['weasel/vague-majority']);
      assert.equal(show.edit, undefined, 'it edits nothing');
    });
  });
}
