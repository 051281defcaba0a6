// End-to-end: the rule pages, in a real VS Code (code-server 4.139.1) driven through Chromium. The
// pages ship in the extension and open in the Markdown preview from the rule link in the hover,
// from the quick-fix menu and from the Problems panel, with no network and no "open external
// website?" prompt. The hover shows the rule link once, and says which finding the one shown stands
// for when two overlap.
//
//   node --import tsx --test test/e2e/docs.test.ts
//
// On failure, test-results/e2e/<test-name>/ holds a screenshot, the code-server log, the browser
// console and the extension host's logs.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { vagueMajority } from '../../server/src/engine/rules/vagueMajority';
import { type EditorState, squiggleFor } from './support/editorDom';
import { type EditorSession, ROOT, e2eTest } from './support/session';
import { openEditor } from './support/setup';
import { Workbench } from './support/workbench';

const ARTICLE = 'pier.md';
const CRITICS = { sentence: 'Critics say the pier is the oldest in the county.', words: 'Critics say' };
const SOURCES = { sentence: 'Sources say the repairs will take a year.', words: 'Sources say' };

let session: EditorSession;
let bench: Workbench;

/** A test whose failure leaves a screenshot and the logs in test-results/e2e/<name>/. */
const e2e = e2eTest(() => session);

/** The rule pages the tests open. */
const PAGES = ['vague-majority.md', 'anonymous-source.md'];

/** Closes the rule pages a test opened (so that the next finds only its own), and shows the article with its squiggles. */
async function article(): Promise<EditorState> {
  for (const page of PAGES) await bench.closeTabs(page);
  await bench.openFile(ARTICLE);
  return bench.waitForEditor(`squiggles on "${CRITICS.words}" and "${SOURCES.words}"`,
    (s) => s.activeTab === ARTICLE && s.squiggles.some((q) => q.text === CRITICS.words) && s.squiggles.some((q) => q.text === SOURCES.words), 90_000);
}

/** Waits for the rule's page, rendered (a heading in a webview), and checks that no dialog asked to open a website. */
async function expectRulePage(rule: string): Promise<void> {
  const heading = await bench.previewHeading(rule);
  assert.ok(heading.startsWith(rule), `the preview's heading names the rule: ${heading}`);
  assert.deepEqual(await bench.dialogTexts(), [], 'no dialog (such as "Do you want Code to open the external website?")');
}

describe('Rule pages in a real VS Code (code-server + Chromium)', () => {
  before(async () => {
    ({ session, bench } = await openEditor('docs', { [ARTICLE]: join(ROOT, 'test', 'e2e', 'files', ARTICLE) }, { afterLoad: async (b) => void (await b.openFile(ARTICLE, 60_000)) }));
  }, { timeout: 12 * 60_000 });

  after(async () => {
    await session?.close();
  });

  e2e('the hover shows the rule link once, and says which finding the one shown stands for', async () => {
    const state = await article();
    const hover = await bench.hover(squiggleFor(state, CRITICS.sentence, CRITICS.words), vagueMajority.guideline);
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    assert.equal(await hover.locator('a', { hasText: 'weasel/vague-majority' }).count(), 1, `one link to the rule: ${text}`);
    assert.ok(text.includes('Also here: unattributed/sweeping-claim on "the oldest"'), `the hover names the finding it stands for: ${text}`);
    assert.ok(text.includes('with weasel/vague-majority turned off, it shows on its own'), text);
    await bench.closeHover();
  }, 240_000); // the first test waits for the extension host, the extension and its server to start

  e2e('the rule link in the hover opens the rule\'s page in the Markdown preview, offline', async () => {
    const state = await article();
    const hover = await bench.hover(squiggleFor(state, CRITICS.sentence, CRITICS.words), vagueMajority.guideline);
    await hover.locator('a', { hasText: 'weasel/vague-majority' }).click({ timeout: 10_000 });
    await expectRulePage('weasel/vague-majority');
  });

  e2e('"Show documentation for <rule>" in the quick-fix menu opens the rule\'s page', async () => {
    const state = await article();
    const titles = await bench.quickFix(squiggleFor(state, SOURCES.sentence, SOURCES.words), 'Show documentation for weasel/anonymous-source');
    assert.equal(titles[titles.length - 1], 'Show documentation for weasel/anonymous-source', `it is the last entry: ${JSON.stringify(titles)}`);
    await expectRulePage('weasel/anonymous-source');
    // The page's own "Flagged" examples are not linted: nothing new in Problems.
    await bench.showProblems();
    assert.equal(await bench.problemsFileRow('anonymous-source.md').count(), 0, 'the rule page has no findings in Problems');
    await bench.hidePanel();
  });

  e2e('the rule link in the Problems panel opens the rule\'s page', async () => {
    await article();
    await bench.showProblems();
    const row = bench.problemRows().filter({ hasText: vagueMajority.message(CRITICS.words) });
    await row.first().waitFor({ state: 'visible', timeout: 20_000 });
    await row.first().locator('a.monaco-link', { hasText: 'weasel/vague-majority' }).click({ timeout: 10_000 });
    await expectRulePage('weasel/vague-majority');
    await bench.hidePanel();
  });
});
