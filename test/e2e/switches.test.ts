// End-to-end: turning Who Says off and on, as a writer does it in a real VS Code (code-server +
// Chromium): the "Whosays: Enable" checkbox in the Settings editor, a per-language setting in
// settings.json, the Command Palette's switches for this document and this workspace, "Open
// .whosays.json", "Restart the Language Server", "Lint This Document Now", and the wikitext editing
// defaults. Each test checks what the page then shows: squiggles, the status bar, toasts.
//
//   node --import tsx --test test/e2e/switches.test.ts
//
// The tests run in order on one workbench; each leaves the settings as it found them.

import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { CONFIG_STARTER } from '../../client/src/configStarter';
import { describeState, lineContaining, type EditorState } from './support/editorDom';
import { type EditorSession, ROOT, e2eTest, languageServerPids, waitUntil } from './support/session';
import { openEditor } from './support/setup';
import { Workbench } from './support/workbench';

const FILES = join(ROOT, 'test', 'e2e', 'switches');
const NOTES = { file: 'notes.md', words: 'Many fishermen believe' };
const DIARY = { file: 'diary.txt', words: 'Sources say' };

let session: EditorSession;
let bench: Workbench;

/** A test whose failure leaves a screenshot and the logs in test-results/e2e/<name>/. */
const e2e = e2eTest(() => session);

const hasSquiggle = (state: EditorState, words: string) => state.squiggles.some((s) => s.text === words);

/** Opens `file` and waits until it shows its squiggle on `words`. */
async function openWithSquiggle(target: { file: string; words: string }, timeout = 60_000): Promise<EditorState> {
  await bench.openFile(target.file, timeout);
  return bench.waitForEditor(`a squiggle on "${target.words}" in ${target.file}`,
    (s) => s.activeTab === target.file && hasSquiggle(s, target.words), timeout);
}

/** Waits until the active editor shows `file` without any squiggle. */
function waitForNoSquiggles(file: string, why: string): Promise<EditorState> {
  return bench.waitForEditor(`${file} without squiggles (${why})`, (s) => s.activeTab === file && s.lines.length > 0 && s.squiggles.length === 0);
}

/** No toast appeared since the session started recording them (before the first test). */
async function assertNoToasts(when: string): Promise<void> {
  assert.deepEqual(await bench.toastsSeen(), [], `notifications appeared ${when}`);
}

/** The workspace's .vscode/settings.json, written (or deleted with undefined) as a writer saves it. */
function writeWorkspaceSettings(settings: Record<string, unknown> | undefined): void {
  if (settings === undefined) session.writeWorkspaceFile('.vscode/settings.json', undefined);
  else session.writeWorkspaceFile('.vscode/settings.json', `${JSON.stringify(settings, null, 2)}\n`);
}

/** Opens the Settings editor on `query` and returns the boolean setting row whose text has `described`. */
async function settingsRow(query: string, described: RegExp) {
  await bench.runCommand('Preferences: Open Settings (UI)');
  const search = session.page.locator('.settings-editor .settings-header .suggest-input-container').first();
  await search.waitFor({ state: 'visible', timeout: 20_000 });
  await search.click({ force: true }); // the search box is a small editor whose text layer takes the click
  await session.page.keyboard.press('Control+A');
  await session.page.keyboard.type(query);
  // The list filters a moment after typing: wait for the setting itself, not the first row.
  const row = session.page.locator('.settings-editor .settings-tree-container .setting-item-bool').filter({ hasText: described }).first();
  await row.waitFor({ state: 'visible', timeout: 20_000 });
  return row;
}

/** Clicks the "Enable" checkbox of Who Says in the Settings editor and waits until it shows `checked`. */
async function tickEnable(checked: boolean): Promise<void> {
  const row = await settingsRow('whosays.enable', /Lint documents with Who Says/);
  const box = row.locator('.setting-value-checkbox');
  const state = async () => (await box.getAttribute('aria-checked')) === 'true';
  if ((await state()) === checked) throw new Error(`the Who Says checkbox is already ${checked ? 'ticked' : 'unticked'}`);
  await box.click({ timeout: 10_000 });
  await waitUntil(`the checkbox to read ${checked ? 'ticked' : 'unticked'}`, state, (value) => value === checked, { timeout: 10_000 });
  // The Settings editor writes the change a moment later; it marks the row as set (unticked, not the
  // default) or not (ticked, the default) once it has.
  const configured = () => row.evaluate((element) => /\bis-configured\b/.test(element.className) || element.querySelector('.is-configured') !== null);
  await waitUntil(`the setting to be ${checked ? 'back at its default' : 'saved as off'}`, configured, (value) => value === !checked, { timeout: 10_000 });
  // Close the Settings editor (shown over the document) as a writer does: Escape, or its close button.
  const settings = session.page.locator('.settings-editor').first();
  await session.page.keyboard.press('Escape');
  if (!(await settings.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false))) {
    // Escape only clears the search box when it has focus: close the editor as a command instead.
    await bench.runCommand('View: Close Editor');
    await settings.waitFor({ state: 'hidden', timeout: 10_000 });
  }
}

describe('Who Says switches in a real VS Code (code-server + Chromium)', () => {
  before(async () => {
    ({ session, bench } = await openEditor('switches', Object.fromEntries(readdirSync(FILES).map((name) => [name, join(FILES, name)])), { afterLoad: (b) => b.recordToasts() }));
  }, { timeout: 12 * 60_000 });

  after(async () => {
    await session?.close();
  });

  e2e('unticking "Enable" in the Settings editor removes the squiggles silently, and ticking it brings them back', async () => {
    await openWithSquiggle(NOTES, 180_000);
    await waitUntil('one language server', async () => languageServerPids(), (pids) => pids.length === 1);

    await tickEnable(false);
    await bench.openFile(NOTES.file); // back to the document from the Settings editor
    await waitForNoSquiggles(NOTES.file, 'Who Says unticked');
    // The language server stops; the error toast of the bug came from this stop.
    await waitUntil('the language server to stop', async () => languageServerPids(), (pids) => pids.length === 0);
    const off = await bench.statusRead();
    assert.equal(off.text, 'off', `the status bar says Who Says is off: ${JSON.stringify(off)}`);
    assert.match(off.label, /off in your user settings/);
    await assertNoToasts('after unticking "Enable"');

    await tickEnable(true);
    await openWithSquiggle(NOTES);
    await waitUntil('one language server again', async () => languageServerPids(), (pids) => pids.length === 1);
    await assertNoToasts('after ticking "Enable" again');
  }, 300_000);

  e2e('"[markdown]": { "whosays.enable": false } silences Markdown only', async () => {
    await openWithSquiggle(NOTES);
    writeWorkspaceSettings({ '[markdown]': { 'whosays.enable': false } });
    await waitForNoSquiggles(NOTES.file, 'off for Markdown');
    const status = await waitUntil('the status bar to say Who Says is off for Markdown', () => bench.statusRead(), (s) => s.text === 'off' && /off for Markdown documents/.test(s.label));
    assert.match(status.label, /\[markdown\]/, 'it names the setting block');
    await openWithSquiggle(DIARY); // plain text is still linted
    assert.match((await bench.statusRead()).text, /^\d+$/, 'the plain-text document shows its count');

    writeWorkspaceSettings(undefined);
    await openWithSquiggle(NOTES);
    await assertNoToasts('after the language setting');
  });

  e2e('"Turn Off for This Document" silences only that document, says so, and "Turn On" undoes it', async () => {
    await openWithSquiggle(NOTES);
    await bench.runCommand('Who Says: Turn Off for This Document');
    await waitForNoSquiggles(NOTES.file, 'turned off for this document');
    const status = await waitUntil('the status bar to say off for this document', () => bench.statusRead(), (s) => s.text === 'off');
    assert.equal(status.label, 'Who Says is off for this document.');
    const titles = await bench.paletteTitles('Who Says: Turn');
    assert.ok(titles.includes('Who Says: Turn On for This Document') && !titles.includes('Who Says: Turn Off for This Document'), `palette: ${JSON.stringify(titles)}`);

    // Another document is still linted, and its status bar tooltip lists the one turned off.
    await openWithSquiggle(DIARY);
    await bench.statusItem().hover();
    await session.page.getByText('Also off for one other document: notes.md').first().waitFor({ state: 'visible', timeout: 10_000 });
    await session.page.mouse.move(5, 5);

    await bench.openFile(NOTES.file);
    await bench.runCommand('Who Says: Turn On for This Document');
    await openWithSquiggle(NOTES);
    await assertNoToasts('after the document switch');
  });

  e2e('"Turn Off for This Workspace" writes the workspace setting; "Turn On" removes it', async () => {
    await openWithSquiggle(NOTES);
    await bench.runCommand('Who Says: Turn Off for This Workspace');
    await waitForNoSquiggles(NOTES.file, 'turned off for this workspace');
    assert.deepEqual(JSON.parse(session.readWorkspaceFile('.vscode/settings.json')), { 'whosays.enable': false });
    const status = await waitUntil('the status bar to say off for this workspace', () => bench.statusRead(), (s) => s.text === 'off');
    assert.match(status.label, /off for this workspace/);
    await waitUntil('the language server to stop', async () => languageServerPids(), (pids) => pids.length === 0);

    await bench.runCommand('Who Says: Turn On for This Workspace');
    await openWithSquiggle(NOTES);
    assert.deepEqual(JSON.parse(session.readWorkspaceFile('.vscode/settings.json')), {}, 'the workspace value is removed, not set to true');
    await assertNoToasts('after the workspace switch');
    writeWorkspaceSettings(undefined);
  });

  e2e('"Open .whosays.json" creates a commented starter and opens it', async () => {
    assert.ok(!existsSync(join(session.workspace, '.whosays.json')), 'no .whosays.json yet');
    await bench.runCommand('Who Says: Open .whosays.json');
    const state = await bench.waitForEditor('the editor to show .whosays.json', (s) => s.activeTab === '.whosays.json' && lineContaining(s, '"profile": "default"') !== undefined);
    assert.ok(lineContaining(state, '// Who Says settings for this folder'), describeState(state));
    assert.equal(session.readWorkspaceFile('.whosays.json'), CONFIG_STARTER);
    // A second run opens the same file without writing over it.
    session.writeWorkspaceFile('.whosays.json', CONFIG_STARTER.replace('"profile": "default"', '"profile": "hedging"'));
    await bench.openFile(NOTES.file);
    await bench.runCommand('Who Says: Open .whosays.json');
    await bench.waitForEditor('.whosays.json as it is on disk', (s) => s.activeTab === '.whosays.json' && lineContaining(s, '"profile": "hedging"') !== undefined);
    session.writeWorkspaceFile('.whosays.json', undefined);
  });

  e2e('a mistake in an open .whosays.json is listed once, in Who Says\' words; completion still offers the rule ids', async () => {
    const rowLabels = () => bench.problemRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
    const count = (labels: string[], text: string) => labels.filter((label) => label.includes(text)).length;
    // A misspelt rule id, and a trailing comma: VS Code's JSON support warns about the comma (and
    // Who Says accepts it), which shows that VS Code has checked the file too.
    session.writeWorkspaceFile('.whosays.json', '{\n  "rules": { "weasel/vague-majorty": "error", },\n}\n');
    await bench.runCommand('Who Says: Open .whosays.json');
    await bench.waitForEditor('.whosays.json open', (s) => s.activeTab === '.whosays.json' && lineContaining(s, 'vague-majorty') !== undefined);
    await session.page.keyboard.press('Control+Shift+M');
    const typo = await waitUntil('the misspelt rule id and the trailing comma in Problems', rowLabels,
      (labels) => count(labels, 'did you mean "weasel/vague-majority"') > 0 && count(labels, 'railing comma') > 0);
    assert.equal(count(typo, 'vague-majorty'), 1, `the misspelt rule id is listed once: ${JSON.stringify(typo)}`);
    assert.ok(typo.some((label) => label.startsWith('Error: Unknown rule id "weasel/vague-majorty"') && label.endsWith('generated by whosays')), JSON.stringify(typo));

    // A syntax slip: VS Code's JSON support lists it; the server's copy is left out while the file is open.
    session.writeWorkspaceFile('.whosays.json', '{\n  "rules": { "style": "off" }\n  "allow": []\n}\n');
    const slip = await waitUntil('the missing comma in Problems, and the old rule id error gone', rowLabels,
      (labels) => count(labels, 'vague-majorty') === 0 && labels.some((label) => /comma/i.test(label)));
    assert.equal(slip.filter((label) => /comma/i.test(label)).length, 1, `the missing comma is listed once: ${JSON.stringify(slip)}`);
    assert.equal(count(slip, 'Syntax error'), 0, JSON.stringify(slip));

    // Completion inside "rules" offers the rule ids.
    session.writeWorkspaceFile('.whosays.json', '{\n  "rules": {\n    \n  }\n}\n');
    const empty = await bench.waitForEditor('the empty rules object', (s) => s.activeTab === '.whosays.json' && s.lines.length >= 5 && lineContaining(s, 'allow') === undefined);
    const inside = empty.lines.find((line) => line.line === 3);
    assert.ok(inside, describeState(empty));
    await session.page.mouse.click(inside.endX + 40, inside.y);
    await session.page.keyboard.press('End');
    await session.page.keyboard.press('Control+Space');
    const suggestions = session.page.locator('.suggest-widget .monaco-list-row');
    await suggestions.first().waitFor({ state: 'visible', timeout: 20_000 });
    await session.page.keyboard.type('vague-maj'); // the list is long: narrow it as a writer would
    await suggestions.filter({ hasText: 'weasel/vague-majority' }).first().waitFor({ state: 'visible', timeout: 20_000 });
    await session.page.keyboard.press('Escape');
    await bench.runCommand('File: Revert File'); // drop the typed filter text
    session.writeWorkspaceFile('.whosays.json', '{}\n');
    await bench.hidePanel();
  });

  e2e('"Restart the Language Server" starts a new server and the squiggles come back', async () => {
    await openWithSquiggle(NOTES);
    const [old] = await waitUntil('one language server', async () => languageServerPids(), (pids) => pids.length === 1);
    await bench.runCommand('Who Says: Restart the Language Server');
    await bench.statusMessage('Who Says: language server restarted').first().waitFor({ state: 'visible', timeout: 30_000 });
    await waitUntil('a new language server', async () => languageServerPids(), (pids) => pids.length === 1 && pids[0] !== old);
    await openWithSquiggle(NOTES);
    await assertNoToasts('after the restart');
  });

  e2e('"Lint This Document Now" lints unsaved text when linting waits for a save', async () => {
    writeWorkspaceSettings({ 'whosays.run': 'onSave' });
    const state = await openWithSquiggle(NOTES);
    const last = state.lines[state.lines.length - 1];
    await session.page.mouse.click(last.endX + 30, last.y);
    await session.page.keyboard.press('Control+End');
    await session.page.keyboard.press('Enter');
    const typed = 'Critics say the breakwater was a waste of money.';
    await session.page.keyboard.type(typed);
    await bench.waitForEditor('the typed sentence, unsaved', (s) => s.dirty && lineContaining(s, typed) !== undefined);

    await bench.runCommand('Who Says: Lint This Document Now');
    await bench.statusMessage('Who Says: 2 findings in notes.md').first().waitFor({ state: 'visible', timeout: 30_000 });
    const linted = await bench.waitForEditor('a squiggle on "Critics say" before any save', (s) => hasSquiggle(s, 'Critics say'));
    assert.ok(linted.dirty, 'the document is still unsaved');
    writeWorkspaceSettings(undefined);
  });

  e2e('a wikitext file wraps long lines and leaves en dashes unboxed', async () => {
    // The same line in a language without these defaults: not wrapped, the en dash boxed.
    await bench.openFile('score.ini');
    const boxes = session.page.locator('.part.editor .editor-group-container.active .monaco-editor .unicode-highlight');
    await boxes.first().waitFor({ state: 'visible', timeout: 30_000 });
    const ini = await bench.waitForEditor('score.ini', (s) => s.activeTab === 'score.ini' && lineContaining(s, 'report = ') !== undefined);
    assert.equal(lineContaining(ini, 'report = ')?.rows, 1, 'the long line of score.ini is not wrapped');

    const sentence = 'It is widely believed that the club was founded by ferrymen.';
    const wiki = await openWithSquiggle({ file: 'results.wiki', words: 'It is widely believed' });
    const long = lineContaining(wiki, 'The Harbour Rowers beat');
    assert.ok(long && long.rows > 1, `the long line wraps: ${JSON.stringify(long)}`);
    assert.ok(lineContaining(wiki, sentence), describeState(wiki));
    assert.equal(await boxes.count(), 0, 'no character of results.wiki is boxed');
  });
});
