// End-to-end: the packaged extension in a real VS Code (code-server 4.139.1), driven through the
// page a user sees in Chromium. One code-server and one browser for the whole file; the tests run
// in order on one workbench and each builds on the document state the previous ones left (the
// quick fix and the typed sentence stay in the unsaved article), which the expectations spell out.
//
//   node --import tsx --test test/e2e/*.test.ts      (npm run test:e2e)
//
// Prints the time from page.goto to the first squiggle, the path of a screenshot of the sample
// article with a hover open, the activation time VS Code reports (also written to
// out/activation.json), and the tier's wall time. On failure, test-results/e2e/<test-name>/
// holds a screenshot, the code-server log, the browser console and the extension host's logs.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { agentlessPassive } from '../../server/src/engine/rules/agentlessPassive';
import { vagueMajority } from '../../server/src/engine/rules/vagueMajority';
import { describeState, lineContaining, squigglesOn, type EditorState, squiggleFor } from './support/editorDom';
import { EditorSession, RESULTS_DIR, ROOT, e2eTest, languageServerPids, waitUntil } from './support/session';
import { openEditor } from './support/setup';
import { Workbench } from './support/workbench';

const tierStarted = Date.now();
const SAMPLE = 'sample-article.md';
const SCREENSHOT = join(RESULTS_DIR, 'sample-article-hover.png');
/** Where the activation time VS Code reports is recorded, for `npm run bench` (scripts/bench.ts). */
const ACTIVATION_RECORD = join(ROOT, 'out', 'activation.json');

/** test/e2e/workspace/article.md: what is underlined, and on which sentence. */
const FLAGGED = [
  { sentence: 'Many residents believe the service was cut to save money.', words: 'Many residents believe', rule: 'weasel/vague-majority' },
  { sentence: 'It is widely believed that the new timetable favours tourists over commuters.', words: 'It is widely believed', rule: 'weasel/agentless-passive' },
  { sentence: 'Ticket sales have doubled since the spring.', words: 'doubled', rule: 'unattributed/unsourced-statistic' },
  { sentence: 'Sources say the council plans a second boat next year.', words: 'Sources say', rule: 'weasel/anonymous-source' },
];
/** Attributed sentences (named source, "according to", quotation with speaker, citation [1]): never underlined. */
const ATTRIBUTED = [
  'The ferry company said the pause was needed to repair the landing stage.',
  'Passenger numbers rose by 12 percent in the first week, according to the Northgate Port Authority.',
  '"We were told it would never come back," said Mara Olsen, who runs the kiosk by the pier.',
  'A survey of ferry users found strong support for a later evening sailing [1].',
  'The Northgate harbour ferry made its first crossing in two years on Monday morning.',
];
const TYPED = 'Critics say the fares are too high.';

/** samples/README.md, "Flagged" (default profile): line → underlined words. */
const SAMPLE_FLAGGED: Record<number, string> = {
  14: 'the only', 21: 'It is widely believed', 26: 'Some critics say', 28: 'admitted', 30: 'reportedly', 42: 'Nine in ten',
  43: 'multiple reports', 44: 'Sources say', 47: 'iconic', 55: 'Studies show', 57: 'Many analysts',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let session: EditorSession;
let bench: Workbench;

/** The files of a folder and its subfolders. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]);
}

/** The extension's own activation timing, from its "Who Says" output log (client/src/extension.ts). */
function ownActivationNote(userData: string): { total: number; loading: number; activate: number } | undefined {
  const logs = join(userData, 'logs');
  if (!existsSync(logs)) return undefined;
  for (const file of filesUnder(logs).filter((path) => path.endsWith(join('whosays.whosays', 'Who Says.log')))) {
    const match = /activated in ([\d.]+) ms: loading the code ([\d.]+) ms, the activate call ([\d.]+) ms/.exec(readFileSync(file, 'utf8'));
    if (match) return { total: Number(match[1]), loading: Number(match[2]), activate: Number(match[3]) };
  }
  return undefined;
}

/** A test whose failure leaves a screenshot and the logs in test-results/e2e/<name>/. */
const e2e = e2eTest(() => session);

const squiggleList = (state: EditorState) => state.squiggles.map((s) => `${s.severity}:${s.text}`);

describe('Who Says in a real VS Code (code-server + Chromium)', () => {
  before(async () => {
    ({ session, bench } = await openEditor('editor', { [SAMPLE]: join(ROOT, 'samples', SAMPLE) }));
  }, { timeout: 12 * 60_000 });

  after(async () => {
    await session?.close();
    console.log(`e2e: tier wall time ${((Date.now() - tierStarted) / 1000).toFixed(1)} s`);
  });

  e2e('the Markdown article shows squiggles exactly on the weasel phrases and unattributed claims', async () => {
    await bench.openFile('article.md', 60_000);
    const openedAt = Date.now();
    await bench.waitForEditor('the first squiggle in article.md', (state) => state.squiggles.length > 0, 90_000);
    const since = (t: number) => `${((t - session.gotoAt) / 1000).toFixed(1)} s`;
    console.log(`e2e: first squiggle ${since(Date.now())} after page load began (workbench shown at ${since(session.workbenchAt)}, article.md open at ${since(openedAt)})`);

    const expected = FLAGGED.map((f) => `warning:${f.words}`);
    const state = await bench.waitForEditor(`squiggles on exactly ${JSON.stringify(expected)}`,
      (s) => JSON.stringify(squiggleList(s)) === JSON.stringify(expected), 30_000);
    for (const flagged of FLAGGED) squiggleFor(state, flagged.sentence, flagged.words);
    for (const sentence of ATTRIBUTED) {
      const line = lineContaining(state, sentence);
      assert.ok(line, `no line "${sentence}":\n${describeState(state)}`);
      assert.deepEqual(squigglesOn(state, line.line), [], `the attributed sentence on line ${line.line} is underlined`);
    }
  }, 240_000); // the first file opened waits for the extension host, the extension and its server to start

  e2e('hovering a squiggle shows the rule\'s explanation and guideline', async () => {
    const state = await bench.waitForEditor('the article', (s) => s.activeTab === 'article.md' && s.squiggles.length > 0);
    const squiggle = squiggleFor(state, FLAGGED[0].sentence, FLAGGED[0].words);
    const hover = await bench.hover(squiggle, 'Guideline');
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    const message = vagueMajority.message('Many residents believe');
    assert.ok(text.includes(message), `the hover lacks the finding's message: ${text}`);
    assert.equal(text.split(message).length - 1, 1, `the hover shows the message more than once: ${text}`);
    assert.ok(text.includes(vagueMajority.why), `the hover lacks the explanation "${vagueMajority.why}": ${text}`);
    assert.ok(text.includes(`Guideline: ${vagueMajority.guideline}`), `the hover lacks the guideline: ${text}`);
    assert.ok(text.includes('weasel/vague-majority'), `the hover does not name the rule: ${text}`);
    await bench.closeHover();
  });

  e2e('the quick fix "Insert [citation needed]" edits the text and the squiggle goes away', async () => {
    const target = FLAGGED[2]; // "Ticket sales have doubled since the spring."
    const state = await bench.waitForEditor('the article', (s) => s.activeTab === 'article.md' && s.squiggles.length > 0);
    const squiggle = squiggleFor(state, target.sentence, target.words);
    const titles = await bench.quickFix(squiggle, 'Insert [citation needed]');
    assert.ok(titles.includes('Insert [citation needed]'), `menu: ${JSON.stringify(titles)}`);

    // The article cites "sailing [1]." (a space, then the reference before the full stop): the marker follows suit.
    const fixed = 'Ticket sales have doubled since the spring [citation needed].';
    const fixedState = await bench.waitForEditor(`the line to read "${fixed}" with no squiggle`, (s) => {
      const line = s.lines.find((l) => l.line === squiggle.line);
      return line?.text === fixed && squigglesOn(s, squiggle.line).length === 0;
    });
    assert.deepEqual(squiggleList(fixedState), FLAGGED.filter((f) => f !== target).map((f) => `warning:${f.words}`), 'only that squiggle went away');
  });

  e2e('typing a new weasel sentence underlines it without saving', async () => {
    const state = await bench.waitForEditor('the article', (s) => s.activeTab === 'article.md' && s.lines.length > 0);
    const anchor = lineContaining(state, FLAGGED[3].sentence);
    assert.ok(anchor, describeState(state));
    await session.page.mouse.click(anchor.endX + 30, anchor.y); // past the end of the "Sources say" line
    await session.page.keyboard.press('End');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type(TYPED);

    const typed = await bench.waitForEditor(`a squiggle on "Critics say" in the new sentence "${TYPED}"`, (s) => {
      const line = lineContaining(s, TYPED);
      return line !== undefined && squigglesOn(s, line.line).some((q) => q.text === 'Critics say' && q.severity === 'warning');
    });
    assert.equal(lineContaining(typed, TYPED)?.line, anchor.line + 2, 'the sentence is a new paragraph after the "Sources say" line');
    assert.ok(typed.dirty, 'the editor shows unsaved changes');
    assert.ok(!session.readWorkspaceFile('article.md').includes(TYPED), 'the file on disk was not saved');
  });

  e2e('.whosays.json turns a rule off live; a broken one shows an error on the config file', async () => {
    const sources = FLAGGED[3];
    const has = (s: EditorState, words: string) => s.squiggles.some((q) => q.text === words);

    session.writeWorkspaceFile('.whosays.json', '{ "rules": { "weasel/anonymous-source": "off" } }\n');
    await bench.waitForEditor('the "Sources say" squiggle to go (rule off), the others to stay',
      (s) => !has(s, sources.words) && has(s, 'It is widely believed') && has(s, 'Critics say'));

    session.writeWorkspaceFile('.whosays.json', '{ "rules": { "weasel/anonymous-source": "off" }\n');
    await bench.statusItem().click({ timeout: 10_000 }); // opens the Problems panel
    const configRow = bench.problemsFileRow('.whosays.json');
    await configRow.first().waitFor({ state: 'visible', timeout: 30_000 });
    const labels = await waitUntil('an error from whosays under .whosays.json in Problems',
      async () => (await bench.problemRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''))),
      (all) => all.some((label) => label.startsWith('Error:') && label.endsWith('generated by whosays')), { timeout: 30_000 });
    assert.ok(labels.length > 0, 'Problems lists the error');
    const configLabel = await configRow.first().getAttribute('aria-label');
    assert.match(configLabel ?? '', /\d+ problems? in file \.whosays\.json/, `the error is listed under .whosays.json: ${configLabel}`);

    // Repaired (not deleted: see the todo test at the end), the error goes and the rule is back on.
    session.writeWorkspaceFile('.whosays.json', '{}\n');
    await configRow.first().waitFor({ state: 'hidden', timeout: 30_000 });
    await bench.waitForEditor('the "Sources say" squiggle to come back with an empty .whosays.json', (s) => has(s, sources.words));
  });

  e2e('the status bar count matches the Problems panel', async () => {
    const state = await bench.waitForEditor('the article', (s) => s.activeTab === 'article.md' && s.squiggles.length > 0);
    const listed = state.squiggles.filter((s) => s.severity !== 'hint').length; // hints are not listed in Problems
    const status = await waitUntil('the status bar count to match the squiggles', () => bench.statusCount(), (s) => s.count === listed, { timeout: 20_000 });
    if (!(await bench.problemsPanelVisible())) await bench.statusItem().click({ timeout: 10_000 }); // its command opens Problems
    const inProblems = await waitUntil('the article\'s count in Problems', () => bench.problemsCountFor('article.md'), (n) => n === status.count, { timeout: 20_000 });
    assert.equal(inProblems, status.count, `status bar "${status.label}" vs Problems ${inProblems}`);
    assert.equal(status.count, 4, `Many residents, It is widely believed, Sources say, Critics say: ${describeState(state)}`);
    assert.match(status.label, /^Who Says: 4 open findings in this document \(4 warnings\)$/);
    assert.equal(await bench.problemsTabTotal(), status.count, 'the Problems tab total (only the article has findings now)');
    await bench.hidePanel();
  });

  e2e('a wikitext file gets {{citation needed|date=…}} from the same quick fix', async () => {
    const sentence = 'It is the oldest rowing club in the county.';
    await bench.openFile('club.wiki');
    const state = await bench.waitForEditor('one squiggle on "the oldest" in club.wiki',
      (s) => s.activeTab === 'club.wiki' && JSON.stringify(squiggleList(s)) === JSON.stringify(['warning:the oldest']), 60_000);
    const squiggle = squiggleFor(state, sentence, 'the oldest');
    const titles = await bench.quickFix(squiggle, 'Insert {{citation needed');
    const now = new Date();
    const marker = `{{citation needed|date=${MONTHS[now.getMonth()]} ${now.getFullYear()}}}`;
    assert.ok(titles.includes(`Insert ${marker}`), `menu: ${JSON.stringify(titles)}`);
    // club.wiki puts its <ref> right after the full stop, as Wikipedia does: the marker follows suit.
    const fixed = `It is the oldest rowing club in the county.${marker}`;
    await bench.waitForEditor(`the line to read "${fixed}" with no squiggle`, (s) => {
      const line = s.lines.find((l) => l.line === squiggle.line);
      return line?.text === fixed && s.squiggles.length === 0;
    });
  });

  e2e('a language server that dies is restarted with a message, and the open document is linted again without reopening it', async () => {
    await bench.openFile('article.md');
    await bench.waitForEditor('the article with its squiggles', (s) => s.activeTab === 'article.md' && s.squiggles.length > 0);
    const before = languageServerPids();
    assert.equal(before.length, 1, `one language server should run: ${JSON.stringify(before)}`);
    process.kill(before[0], 'SIGKILL');

    const toast = session.page.locator('.notifications-toasts .notification-toast', { hasText: 'the language server stopped unexpectedly and was restarted' });
    await toast.first().waitFor({ state: 'visible', timeout: 30_000 });
    const after = await waitUntil('a new language server process', async () => languageServerPids(), (pids) => pids.length === 1 && pids[0] !== before[0]);
    assert.notEqual(after[0], before[0]);
    await bench.dismissNotifications();

    // The article stays open: a sentence typed now is underlined by the new server.
    const typed = 'Experts agree that the pier is unsafe.';
    await session.page.keyboard.press('Control+End');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type(typed);
    await bench.waitForEditor(`a squiggle on "Experts agree" typed after the restart`, (s) => {
      const line = lineContaining(s, typed);
      return line !== undefined && squigglesOn(s, line.line).some((q) => q.text.startsWith('Experts agree'));
    }, 60_000);
  }, 180_000);

  e2e('screenshot: the sample article with a hover open', async () => {
    await bench.openFile(SAMPLE);
    const state = await bench.waitForEditor('the sample article\'s squiggles, as samples/README.md lists them for the lines on screen', (s) => {
      if (s.activeTab !== SAMPLE || s.lines.length === 0) return false;
      const last = s.lines[s.lines.length - 1].line;
      const expected = Object.entries(SAMPLE_FLAGGED).filter(([line]) => Number(line) <= last).map(([line, words]) => `${line}:${words}`);
      return JSON.stringify(s.squiggles.map((q) => `${q.line}:${q.text}`)) === JSON.stringify(expected);
    }, 60_000);
    const squiggle = state.squiggles.find((s) => s.line === 21);
    assert.ok(squiggle, describeState(state));
    await bench.hover(squiggle, agentlessPassive.guideline);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await session.page.screenshot({ path: SCREENSHOT });
    console.log(`e2e: screenshot ${relative(process.cwd(), SCREENSHOT)}`);
    await bench.closeHover();
  });

  // Activation time, as VS Code itself reports it: recorded in out/activation.json and printed (and
  // shown by `npm run bench`), never asserted: timings live in benchmarks. What is checked is that
  // VS Code lists Who Says as activated with a figure. After the tests that work in the open
  // documents, so that the Running Extensions editor it opens is in nobody's way.
  e2e('Running Extensions lists Who Says as activated, with its activation time (recorded in out/activation.json)', async () => {
    const activation = await bench.runningExtensionActivation('Who Says');
    const own = await waitUntil('the "activated in …" line in the Who Says output', async () => ownActivationNote(session.userData), (note) => note !== undefined, { timeout: 20_000 });
    const bundles = Object.fromEntries(['extension.js', 'languageClient.js', 'server.js'].map((name) => [`dist/${name}`, statSync(join(ROOT, 'dist', name)).size]));
    const record = {
      activationMs: activation.ms,
      shown: activation.text,
      measuredBy: 'VS Code "Developer: Show Running Extensions": loading the extension\'s code plus the activate call, as the extension host times them',
      // The extension's own timing of the same two steps (its output channel), without what the
      // extension host does meanwhile (VS Code's code-loading time spans an await).
      extensionOwnMs: own,
      otherExtensions: activation.others,
      editor: 'code-server 4.139.1 (VS Code 1.139.1), first activation in a fresh session of test/e2e/editor.test.ts',
      bundleBytes: bundles,
      at: new Date().toISOString(),
    };
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    writeFileSync(ACTIVATION_RECORD, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`e2e: activation ${activation.ms} ms as VS Code reports it ("${activation.text}"); the extension's own timing ${own?.total} ms (loading ${own?.loading} ms, activate ${own?.activate} ms); recorded in ${relative(process.cwd(), ACTIVATION_RECORD)}`);
  });

  // A known server bug, kept here so that it shows: when .whosays.json changes and is deleted before
  // the server has read it again (under ~150 ms here), the read fails after the deletion cleared the
  // file's errors and reports "The file does not exist." on the deleted file, which stays in
  // Problems until the file is created again (server/src/lsp/settings.ts, read(): it reports after
  // `await readTextFile` without checking that the file was deleted meanwhile; server.ts starts that
  // read on every Changed event). Remove `todo` once it is fixed.
  test('deleting .whosays.json right after a change clears its error', { timeout: 60_000 }, async () => {
    const name = 'deleting .whosays.json right after a change clears its error';
    EditorSession.clearFailure(name);
    try {
      await bench.openFile('article.md');
      if (!(await bench.problemsPanelVisible())) await bench.statusItem().click({ timeout: 10_000 });
      const configRow = bench.problemsFileRow('.whosays.json');
      session.writeWorkspaceFile('.whosays.json', '{ "rules": {\n');
      await configRow.first().waitFor({ state: 'visible', timeout: 30_000 });
      session.writeWorkspaceFile('.whosays.json', '{ "rules": { "style": \n');
      session.writeWorkspaceFile('.whosays.json', undefined);
      await configRow.first().waitFor({ state: 'hidden', timeout: 15_000 }).catch(async (error: unknown) => {
        const labels = await bench.problemRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
        throw new Error(`.whosays.json was deleted, but Problems still lists: ${JSON.stringify(labels.filter((l) => l.startsWith('Error')))}`, { cause: error });
      });
    } catch (error) {
      throw await session.recordFailure(name, error);
    }
  });
});
