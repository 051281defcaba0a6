// End-to-end: "Allow …" in a multi-root workspace writes the .whosays.json of the document's own
// folder (the second root here), names it in the pick and in the message, and never silently the
// first root's. A session of its own, since the workbench opens a .code-workspace file.
//
//   node --import tsx --test test/e2e/multiRoot.test.ts

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { describeState } from './support/editorDom';
import { EditorSession, ROOT } from './support/session';
import { openEditor } from './support/setup';
import { Workbench } from './support/workbench';

const FILES = join(ROOT, 'test', 'e2e', 'files', 'multi-root');

let session: EditorSession;
let bench: Workbench;

describe('Allow in a multi-root workspace (code-server + Chromium)', () => {
  before(async () => {
    ({ session, bench } = await openEditor('multi-root', {
      'first/first.md': join(FILES, 'first.md'),
      'second/second.md': join(FILES, 'second.md'),
      'two.code-workspace': join(FILES, 'two.code-workspace'),
    }, { workspaceFile: 'two.code-workspace' }));
  }, { timeout: 12 * 60_000 });

  after(async () => {
    await session?.close();
  });

  test('the folder choice is the document\'s own root, named in the pick and the message', { timeout: 300_000 }, async () => {
    const name = 'multi-root allow';
    EditorSession.clearFailure(name);
    try {
      await bench.quickOpen('second.md', 60_000);
      const state = await bench.waitForEditor('a squiggle on "Many believe" in second.md',
        (s) => s.activeTab === 'second.md' && s.squiggles.some((q) => q.text === 'Many believe'), 180_000);
      const squiggle = state.squiggles.find((q) => q.text === 'Many believe')!;
      await bench.quickFix(squiggle, 'Allow "Many believe"');
      const choices = await bench.quickPickTexts("This folder's .whosays.json");
      assert.ok(choices.some((c) => c.includes('second/.whosays.json (a new file)')), JSON.stringify(choices));
      await bench.pickQuickItem("This folder's .whosays.json");
      const told = await bench.notificationText('"Many believe" is allowed in');
      assert.equal(told.message, 'Who Says: "Many believe" is allowed in second/.whosays.json (new file).');
      await bench.waitForEditor('the squiggle to go', (s) => !s.squiggles.some((q) => q.text === 'Many believe'));
      assert.deepEqual(JSON.parse(session.readWorkspaceFile('second/.whosays.json')), { allow: ['Many believe'] });
      assert.ok(!existsSync(join(session.workspace, 'first', '.whosays.json')), 'nothing written to the first root');
      assert.ok(!existsSync(join(session.workspace, '.whosays.json')), 'nothing written above the roots');
      const after = await bench.waitForEditor('second.md', (s) => s.activeTab === 'second.md');
      assert.ok(!after.dirty, describeState(after));
    } catch (error) {
      throw await session.recordFailure(name, error);
    }
  });
});
