// End-to-end: the web extension (package.json "browser", dist/web/extension.js) in code-server's
// browser extension host, driven through Chromium. `remote.extensionKind` makes Who Says a "ui"
// extension, so code-server runs it in the browser's web-worker extension host and not in its
// Node one; the server then runs in a web worker of that host. What the writer sees must be what
// the Node-hosted extension shows: squiggles, the hover, a quick fix, a live .whosays.json change.
// No Node language server process may appear.
//
//   node --import tsx --test test/e2e/web.test.ts
//
// On failure, test-results/e2e/<test-name>/ holds a screenshot, the code-server log, the browser
// console and the extension host's logs.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { vagueMajority } from '../../server/src/engine/rules/vagueMajority';
import { describeState, squiggleFor, squigglesOn, lineContaining, type EditorState } from './support/editorDom';
import { type EditorSession, e2eTest, languageServerPids } from './support/session';
import { openEditor } from './support/setup';
import { Workbench } from './support/workbench';

const MANY = { sentence: 'Many residents believe the service was cut to save money.', words: 'Many residents believe' };
const SOURCES = { sentence: 'Sources say the council plans a second boat next year.', words: 'Sources say' };
const DOUBLED = { sentence: 'Ticket sales have doubled since the spring.', words: 'doubled' };

let session: EditorSession;
let bench: Workbench;
const e2e = e2eTest(() => session);

const has = (s: EditorState, words: string) => s.squiggles.some((q) => q.text === words);

describe('the web extension in the browser extension host (code-server + Chromium)', () => {
  before(async () => {
    ({ session, bench } = await openEditor('web', {}, {
      beforeLoad: (started) => {
        // Run Who Says where a web-only editor would: in the browser, not in code-server's Node host.
        const settingsPath = join(started.userData, 'User', 'settings.json');
        const settings = JSON.parse(readFileSync(settingsPath, 'utf8')) as Record<string, unknown>;
        writeFileSync(settingsPath, `${JSON.stringify({ ...settings, 'remote.extensionKind': { 'whosays.whosays': ['ui'] } }, null, 2)}\n`);
      },
    }));
  }, { timeout: 12 * 60_000 });

  after(async () => {
    await session?.close();
  });

  e2e('squiggles on the weasel phrases, with no Node language server', async () => {
    await bench.openFile('article.md', 60_000);
    const state = await bench.waitForEditor(`squiggles on "${MANY.words}", "${SOURCES.words}" and "${DOUBLED.words}"`,
      (s) => s.activeTab === 'article.md' && has(s, MANY.words) && has(s, SOURCES.words) && has(s, DOUBLED.words), 180_000);
    squiggleFor(state, MANY.sentence, MANY.words);
    assert.deepEqual(languageServerPids(), [], 'no dist/server.js process: the server runs in the browser');
  }, 240_000);

  e2e('the hover explains the finding', async () => {
    const state = await bench.waitForEditor('the article', (s) => s.activeTab === 'article.md' && has(s, MANY.words));
    const hover = await bench.hover(squiggleFor(state, MANY.sentence, MANY.words), 'Guideline');
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(vagueMajority.message(MANY.words)), text);
    assert.ok(text.includes(`Guideline: ${vagueMajority.guideline}`), text);
    await bench.closeHover();
  });

  e2e('a quick fix edits the text and its squiggle goes', async () => {
    const state = await bench.waitForEditor('the article', (s) => s.activeTab === 'article.md' && has(s, DOUBLED.words));
    const squiggle = squiggleFor(state, DOUBLED.sentence, DOUBLED.words);
    const titles = await bench.quickFix(squiggle, 'Insert [citation needed]');
    assert.ok(titles.includes('Insert [citation needed]'), `menu: ${JSON.stringify(titles)}`);
    await bench.waitForEditor('the marker in the line and no squiggle on it', (s) => {
      const line = s.lines.find((l) => l.line === squiggle.line);
      return line !== undefined && line.text.includes('[citation needed]') && squigglesOn(s, squiggle.line).length === 0;
    });
  });

  e2e('.whosays.json turns a rule off live, read through the editor\'s file system', async () => {
    session.writeWorkspaceFile('.whosays.json', '{ "rules": { "weasel/anonymous-source": "off" } }\n');
    const off = await bench.waitForEditor(`no squiggle on "${SOURCES.words}"`, (s) => s.activeTab === 'article.md' && !has(s, SOURCES.words) && has(s, MANY.words), 60_000);
    const line = lineContaining(off, SOURCES.sentence);
    assert.ok(line, describeState(off));
    session.writeWorkspaceFile('.whosays.json', undefined);
    await bench.waitForEditor(`the squiggle on "${SOURCES.words}" back`, (s) => s.activeTab === 'article.md' && has(s, SOURCES.words), 60_000);
    assert.deepEqual(languageServerPids(), []);
  });

  e2e('Show Sourcing Report builds the page in the browser too', async () => {
    await bench.runCommand('Who Says: Show Sourcing Report');
    const frame = await bench.sourcingReportFrame();
    const names = await frame.locator('table.documents tbody tr td:nth-child(2)').allInnerTexts();
    assert.deepEqual(names.map((n) => n.trim()).sort(), ['article.md', 'club.wiki'], 'one row per file of the workspace, read through the editor');
    assert.match(await frame.locator('#legend').innerText(), /How to read a sourcing map/);
    assert.deepEqual(languageServerPids(), []);
  }, 180_000);
});
