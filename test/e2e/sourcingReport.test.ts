// End-to-end: "Who Says: Show Sourcing Report" in a real VS Code (code-server + Chromium). Run from
// the Command Palette on the e2e workspace, it shows the page of `whosays report` in a webview: the
// documents table with the numbers `whosays --format json` gives for the same files, the legend, a
// square of a sourcing map with its hover text, the findings; a finding's line link opens the file
// at that line beside the report.
//
//   node --import tsx --test test/e2e/sourcingReport.test.ts
//
// On failure, test-results/e2e/<test-name>/ holds a screenshot, the code-server log, the browser
// console and the extension host's logs.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { type EditorSession, ROOT, e2eTest, waitUntil } from './support/session';
import { openEditor } from './support/setup';
import { Workbench } from './support/workbench';

declare const getComputedStyle: (element: unknown, pseudo: string) => { content: string };

const FILES = ['article.md', 'club.wiki', 'pier.md'];

interface JsonFinding { rule: string; category: string; line: number; column: number; message: string }

let session: EditorSession;
let bench: Workbench;
/** What `whosays --format json` says of the workspace's files: the page must show the same. */
let expected: Map<string, JsonFinding[]>;

const e2e = e2eTest(() => session);

/** The cursor's place as the status bar shows it ("Ln 14, Col 1"). */
async function cursorPlace(): Promise<string> {
  return ((await bench.page.locator('.statusbar-item[id="status.editor.selection"]').first().innerText({ timeout: 2_000 }).catch(() => '')) ?? '').trim();
}

describe('Show Sourcing Report in a real VS Code (code-server + Chromium)', () => {
  before(async () => {
    ({ session, bench } = await openEditor('sourcingReport', { 'pier.md': join(ROOT, 'test', 'e2e', 'files', 'pier.md') }, { afterLoad: async (b) => void (await b.openFile('article.md', 60_000)) }));
    // Exit status 1: it found problems.
    const out = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'json', ...FILES], { cwd: session.workspace, encoding: 'utf8' }).stdout;
    const json = JSON.parse(out) as { files: { path: string; findings: JsonFinding[] }[] };
    expected = new Map(json.files.map((f) => [f.path, f.findings]));
  }, { timeout: 12 * 60_000 });

  after(async () => {
    await session?.close();
  });

  e2e('the command shows the workspace\'s page: the documents, the legend, a sourcing map and the findings', async () => {
    // The server starts with the first document: the command waits for it.
    await bench.waitForEditor('squiggles in article.md', (s) => s.activeTab === 'article.md' && s.squiggles.length > 0, 120_000);
    await bench.runCommand('Who Says: Show Sourcing Report');
    const frame = await bench.sourcingReportFrame();
    const tab = bench.page.locator('.tabs-container .tab.active');
    assert.match(await tab.innerText(), /Sourcing Report/, 'the webview\'s tab');

    const rows = await frame.locator('table.documents tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from((tr as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells, (td) => (td.textContent ?? '').trim())));
    assert.deepEqual(rows.map((r) => r[1]).sort(), FILES, 'one row per file of the workspace');
    for (const row of rows) {
      const findings = expected.get(row[1])!;
      assert.equal(Number(row[3]), findings.filter((f) => f.category === 'unattributed').length, `${row[1]}: unsourced claims`);
      assert.equal(Number(row[5]), findings.filter((f) => f.category === 'weasel').length, `${row[1]}: vague sources`);
    }

    const legend = await frame.locator('#legend').innerText();
    assert.match(legend, /How to read a sourcing map/);
    assert.match(legend, /Green corner/);

    // article.md's section: a square of its map carries its line and first words, shown on hover.
    const section = frame.locator('section.document').filter({ has: frame.locator('h2', { hasText: 'article.md' }) });
    const square = section.locator('.map .cell[aria-label^="Line 3, paragraph"]');
    assert.equal(await square.count(), 1, 'the square of the paragraph on lines 3 to 5');
    const label = (await square.getAttribute('aria-label'))!;
    assert.match(label, /^Line 3, paragraph: 1 vague source, 1 sentence names its source\. \u201cThe Northgate harbour ferry made its first crossing/, label);
    await square.hover();
    const tip = await square.evaluate((el) => getComputedStyle(el, '::after').content);
    assert.ok(tip.includes('Line 3, paragraph'), `the hover shows the label: ${tip}`);

    const first = expected.get('article.md')![0];
    const item = section.locator('ol.findings > li').first();
    assert.equal((await item.locator('.message').innerText()).trim(), first.message);
    assert.equal((await item.locator('a.line').innerText()).trim(), `${first.line}:${first.column}`);
    assert.equal(await section.locator('ol.findings > li').count(), expected.get('article.md')!.length);
  }, 300_000);

  e2e('a finding\'s line link opens the file at that line', async () => {
    const frame = await bench.sourcingReportFrame(20_000);
    const findings = expected.get('pier.md')!;
    const last = findings[findings.length - 1];
    const section = frame.locator('section.document').filter({ has: frame.locator('h2', { hasText: 'pier.md' }) });
    await section.locator('ol.findings > li').last().locator('a.line').click();
    const state = await bench.waitForEditor('pier.md in the editor', (s) => s.activeTab === 'pier.md' && s.lines.length > 0, 20_000);
    assert.ok(state.lines.some((l) => l.text.startsWith('Sources say')));
    const place = await waitUntil('the cursor at the finding', cursorPlace, (text) => text === `Ln ${last.line}, Col ${last.column}`, { timeout: 10_000 });
    assert.equal(place, `Ln ${last.line}, Col ${last.column}`);
    // The report stays open beside the file.
    assert.equal(await bench.page.locator('.tabs-container .tab', { hasText: 'Sourcing Report' }).count(), 1);
  });
});
