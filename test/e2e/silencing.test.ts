// End-to-end: Fix All from the Ctrl+. menu, and silencing a finding without touching the article
// (the allow-list in each scope, "Hide this finding" and "Show Hidden Findings"), in a real VS Code
// (code-server + Chromium). One session for the file; the tests run in order, each on its own
// document, and check what the writer sees: the menu, the notification, the text, the squiggles,
// the files the settings went to.
//
//   node --import tsx --test test/e2e/silencing.test.ts

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { describeState, lineContaining, squigglesOn, type EditorState, type Squiggle } from './support/editorDom';
import { type EditorSession, ROOT, e2eTest, waitUntil } from './support/session';
import { openEditor } from './support/setup';
import { Workbench } from './support/workbench';

const FILES = join(ROOT, 'test', 'e2e', 'files');

let session: EditorSession;
let bench: Workbench;

/** A test whose failure leaves a screenshot and the logs in test-results/e2e/<name>/. */
const e2e = e2eTest(() => session);

function squiggleOn(state: EditorState, words: string): Squiggle {
  const found = state.squiggles.filter((s) => s.text === words);
  assert.equal(found.length, 1, `expected one squiggle on "${words}":\n${describeState(state)}`);
  return found[0];
}

const has = (state: EditorState, words: string) => state.squiggles.some((s) => s.text === words);

/** A JSON settings file (comments allowed at the top, as VS Code writes none): its whosays.allow list. */
function allowListIn(path: string): unknown {
  const settings = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return settings['whosays.allow'];
}

describe('Fix All and silencing findings in a real VS Code (code-server + Chromium)', () => {
  before(async () => {
    ({ session, bench } = await openEditor('silencing', {
      'fixall.md': join(FILES, 'fixall.md'),
      'allow.md': join(FILES, 'allow.md'),
      'hide.txt': join(FILES, 'hide.txt'),
      'save.md': join(FILES, 'fixall.md'),
    }, {
      // Fix on save, set before the workbench loads so that it holds from the first save.
      beforeLoad: (started) => {
        mkdirSync(join(started.workspace, '.vscode'), { recursive: true });
        started.writeWorkspaceFile('.vscode/settings.json', `${JSON.stringify({ 'editor.codeActionsOnSave': { 'source.fixAll.whosays': 'explicit' } }, null, 2)}\n`);
      },
    }));
  }, { timeout: 12 * 60_000 });

  after(async () => {
    await session?.close();
  });

  e2e('Fix All from the Ctrl+. menu says what it did and leaves the information-level topic sentence alone', async () => {
    const topic = 'Visits to the reservoir doubled last year. The park warden, Ines Varga, said so at the council meeting.';
    await bench.openFile('fixall.md', 60_000);
    const state = await bench.waitForEditor('squiggles on "doubled" (information), "Many believe" and "Nine in ten" (warnings)',
      (s) => s.activeTab === 'fixall.md' && has(s, 'doubled') && has(s, 'Many believe') && has(s, 'Nine in ten'), 180_000);
    assert.equal(squiggleOn(state, 'doubled').severity, 'info', describeState(state));

    const titles = await bench.quickFix(squiggleOn(state, 'Many believe'), 'Fix All in File');
    assert.ok(titles.includes('Fix All in File (2 Who Says fixes)'), `menu: ${JSON.stringify(titles)}`);
    assert.ok(titles.findIndex((t) => t.startsWith('Insert')) < titles.indexOf('Fix All in File (2 Who Says fixes)'), `the finding's own fixes come first: ${JSON.stringify(titles)}`);

    const done = await bench.notificationText('Who Says: inserted');
    assert.equal(done.message, 'Who Says: inserted 2 markers. 1 information-level finding left as it is.');
    assert.deepEqual(done.buttons, ['Fix Those Too']);
    const fixed = await bench.waitForEditor('two markers in the warnings\' paragraph and no warning squiggle left', (s) => {
      const line = lineContaining(s, 'the dam was sabotaged');
      return line !== undefined && (line.text.match(/\[who\?\]|\[citation needed\]/g) ?? []).length === 2 && !s.squiggles.some((q) => q.severity === 'warning');
    });
    assert.equal(lineContaining(fixed, 'Visits to the reservoir')?.text, topic, 'the topic sentence whose source follows is unchanged');
    assert.deepEqual(fixed.squiggles.map((q) => `${q.severity}:${q.text}`), ['info:doubled']);
    await bench.dismissNotifications();

    // Run again from the command palette: nothing left at warning level, and it says so.
    await bench.runCommand('Who Says: Fix All in File');
    const again = await bench.notificationText('Who Says: nothing to fix in this file');
    assert.equal(again.message, 'Who Says: nothing to fix in this file. 1 information-level finding left as it is.');
    await bench.dismissNotifications();
  }, 300_000); // the first file opened waits for the extension host and the server to start

  e2e('source.fixAll on save (editor.codeActionsOnSave) fixes the warnings silently and leaves the information-level sentence', async () => {
    await bench.openFile('save.md');
    const state = await bench.waitForEditor('the warnings of save.md', (s) => s.activeTab === 'save.md' && has(s, 'Many believe') && has(s, 'Nine in ten') && has(s, 'doubled'));
    await bench.dismissNotifications();
    // A change to save (the heading), typed into the editor so that Ctrl+S saves it.
    const heading = lineContaining(state, 'Reservoir report')!;
    await session.page.mouse.click(heading.endX + 30, heading.y);
    await session.page.keyboard.press('End');
    await session.page.keyboard.type(' (draft)');
    await bench.waitForEditor('the edited heading, unsaved', (s) => s.dirty && lineContaining(s, 'Reservoir report (draft)') !== undefined);
    await session.page.keyboard.press('Control+S');
    const saved = await waitUntil('save.md saved with two markers', async () => session.readWorkspaceFile('save.md'),
      (text) => text.includes('(draft)') && (text.match(/\[who\?\]|\[citation needed\]/g) ?? []).length === 2);
    assert.ok(saved.includes('Visits to the reservoir doubled last year. The park warden'), `the topic sentence changed on save:\n${saved}`);
    await bench.waitForEditor('no warning squiggle and a clean tab', (s) => !s.dirty && !s.squiggles.some((q) => q.severity === 'warning'));
    assert.equal(await bench.notification('Who Says').count(), 0, 'saving shows no Who Says message');
  });

  e2e('"Allow …" asks where; each scope is written where it says, and the squiggle goes', async () => {
    await bench.openFile('allow.md');
    await bench.waitForEditor('three squiggles in allow.md', (s) => s.activeTab === 'allow.md' && has(s, 'Critics say') && has(s, 'Sources say') && has(s, 'It is widely believed'));

    const allowIn = async (words: string, scope: string): Promise<{ choices: string[]; message: string; buttons: string[] }> => {
      const state = await bench.waitForEditor(`a squiggle on "${words}"`, (s) => has(s, words));
      await bench.quickFix(squiggleOn(state, words), `Allow "${words}"`);
      const choices = await bench.quickPickTexts(scope);
      await bench.pickQuickItem(scope);
      const { message, buttons } = await bench.notificationText(`"${words}" is allowed in`);
      await bench.waitForEditor(`the squiggle on "${words}" to go`, (s) => !has(s, words));
      await bench.dismissNotifications();
      return { choices, message, buttons };
    };

    // The folder's .whosays.json: a new file, named in the pick and in the message.
    const folder = await allowIn('Critics say', "This folder's .whosays.json");
    assert.ok(folder.choices.some((c) => c.startsWith("This folder's .whosays.json") && c.includes('.whosays.json (a new file)')), JSON.stringify(folder.choices));
    assert.ok(folder.choices.some((c) => c.startsWith('Workspace settings')) && folder.choices.some((c) => c.startsWith('User settings')), JSON.stringify(folder.choices));
    assert.equal(folder.message, 'Who Says: "Critics say" is allowed in .whosays.json (new file).');
    assert.deepEqual(folder.buttons, ['Open .whosays.json']);
    assert.deepEqual(JSON.parse(session.readWorkspaceFile('.whosays.json')), { allow: ['Critics say'] }, 'saved to disk');

    // User settings.
    const user = await allowIn('Sources say', 'User settings');
    assert.equal(user.message, 'Who Says: "Sources say" is allowed in your user settings.');
    assert.deepEqual(user.buttons, ['Open User Settings']);
    const userSettings = join(session.userData, 'User', 'settings.json');
    await waitUntil('whosays.allow in the user settings file', async () => allowListIn(userSettings), (list) => JSON.stringify(list) === JSON.stringify(['Sources say']));

    // Workspace settings: written to .vscode/settings.json, and the user's list still holds.
    const workspace = await allowIn('It is widely believed', 'Workspace settings');
    assert.equal(workspace.message, 'Who Says: "It is widely believed" is allowed in the workspace settings (.vscode/settings.json).');
    assert.deepEqual(workspace.buttons, ['Open Workspace Settings']);
    await waitUntil('whosays.allow in .vscode/settings.json', async () => allowListIn(join(session.workspace, '.vscode', 'settings.json')), (list) => JSON.stringify(list) === JSON.stringify(['It is widely believed']));
    const state = await bench.waitForEditor('allow.md with no squiggles', (s) => s.activeTab === 'allow.md' && s.squiggles.length === 0);
    assert.deepEqual(state.squiggles, [], 'the user-settings phrase stays allowed beside the workspace one');
    assert.ok(!state.dirty, 'the article itself was not changed');
  });

  e2e('"Hide this finding" hides it outside the text; it stays hidden through an edit elsewhere in the paragraph; Show Hidden Findings brings it back', async () => {
    await bench.openFile('hide.txt');
    const state = await bench.waitForEditor('a squiggle on "Many believe" in hide.txt', (s) => s.activeTab === 'hide.txt' && has(s, 'Many believe'));
    const titles = await bench.quickFix(squiggleOn(state, 'Many believe'), 'Hide this finding');
    assert.ok(titles.indexOf('Hide this finding: "Many believe"') >= 0, `menu: ${JSON.stringify(titles)}`);
    await bench.waitForEditor('the squiggle on "Many believe" to go', (s) => !has(s, 'Many believe'));
    const told = await bench.notificationText('Who Says: hid');
    assert.equal(told.message, 'Who Says: hid "Many believe" in hide.txt. "Who Says: Show Hidden Findings" lists what you hid.');
    assert.deepEqual(told.buttons, ['Undo']);
    const hidden = await bench.waitForEditor('hide.txt', (s) => s.activeTab === 'hide.txt');
    assert.ok(!hidden.dirty, 'nothing was written into the document');
    assert.equal(lineContaining(hidden, 'Many believe')?.text, 'The ferry returned on Monday. Many believe the pause was political. Tickets are cheap.');
    await waitUntil('the status bar to count the hidden finding', () => bench.statusCount(), (s) => s.count === 0 && /1 finding hidden/.test(s.label));
    await bench.statusItem().hover();
    await session.page.locator('.workbench-hover, .monaco-hover').filter({ hasText: '1 finding hidden' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await session.page.mouse.move(5, 5);
    await bench.dismissNotifications();

    // An edit elsewhere in the paragraph: a new flagged sentence at its end, which proves the re-lint ran.
    const line = lineContaining(hidden, 'Many believe')!;
    await session.page.mouse.click(line.endX + 30, line.y);
    await session.page.keyboard.press('End');
    await session.page.keyboard.type(' Experts agree the boat is slow.');
    const edited = await bench.waitForEditor('a squiggle on the typed "Experts agree" and still none on "Many believe"',
      (s) => s.squiggles.some((q) => q.text.startsWith('Experts agree')));
    assert.ok(!has(edited, 'Many believe'), `the hidden finding came back after an edit elsewhere:\n${describeState(edited)}`);
    assert.ok(edited.dirty);

    await bench.runCommand('Who Says: Show Hidden Findings');
    const rows = await bench.quickPickTexts('"Many believe"');
    assert.ok(rows.some((r) => r.includes('hide.txt') && r.includes('weasel/vague-majority')), JSON.stringify(rows));
    await bench.pickQuickItem('"Many believe"', { many: true });
    await bench.notificationText('1 finding is shown again');
    const back = await bench.waitForEditor('the squiggle on "Many believe" to come back', (s) => has(s, 'Many believe'));
    assert.equal(squigglesOn(back, line.line).length, 2, describeState(back));
  });
});
