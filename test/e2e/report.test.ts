// End-to-end: the sourcing report of samples/ (written by dist/cli.js, `whosays report`) opened from
// a file in Chromium, with every request but the page's own file blocked: what an editor sees. The
// documents in order, the legend, a square of a sourcing map and its hover text, the findings with
// their sentences and explanations.
//
//   node --import tsx --test test/e2e/report.test.ts
//
// Needs only Chromium (Debian's; installed with apt-get when missing, as the editor tiers do).
// A failing test leaves a screenshot in test-results/e2e/report/. Each run writes
// test-results/report.png, the README's picture; with UPDATE_SCREENSHOTS=1 also docs/images/report.png.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it as nodeIt } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from './support/session';

// The little of the DOM that the page functions below use (they run in the page; this project's
// Node types have no DOM).
declare const getComputedStyle: (element: unknown, pseudo: string) => { content: string; width: string };
declare const window: { scrollY: number };

const CLI = join(ROOT, 'dist', 'cli.js');
const RESULTS = join(ROOT, 'test-results');
const CHROMIUM = '/usr/bin/chromium';

interface CodeServerModule {
  launchChromium(): Promise<Browser>;
}
interface DebianPackagesModule {
  installDebianPackages(missing: string[], say: (message: string) => void, fail: (message: string) => never): void;
}

let browser: Browser;
let page: Page;
let work: string;
/** What `whosays --format json` says of the same files: the page must show the same. */
let json: { files: { path: string; findings: { rule: string; category: string; line: number; column: number; message: string }[] }[] };

/** A test whose failure leaves a screenshot of the page. */
function it(name: string, body: () => Promise<void>): void {
  nodeIt(name, async () => {
    try {
      await body();
    } catch (error) {
      const dir = join(RESULTS, 'e2e', 'report');
      mkdirSync(dir, { recursive: true });
      await page?.screenshot({ path: join(dir, `${name.replace(/[^\w]+/g, '-').slice(0, 60)}.png`), fullPage: true }).catch(() => undefined);
      throw error;
    }
  });
}

async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  const { installDebianPackages } = (await import(pathToFileURL(join(ROOT, 'scripts', 'debianPackages.mjs')).href)) as DebianPackagesModule;
  installDebianPackages(['chromium'], (message) => process.stdout.write(`e2e: ${message}\n`), (message) => {
    throw new Error(message);
  });
}

function whosays(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1781258400' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Text of every match of `selector`, white space collapsed. */
async function texts(selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('the sourcing report in a browser', () => {
  before(async () => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`);
    await ensureChromium();
    work = mkdtempSync(join(tmpdir(), 'whosays-report-e2e-'));
    const report = join(work, 'report.html');
    const written = whosays(['report', '-o', report, 'samples']);
    assert.equal(written.status, 0, written.stderr);
    json = JSON.parse(whosays(['--format', 'json', 'samples']).stdout);
    const { launchChromium } = (await import(pathToFileURL(join(ROOT, 'scripts', 'codeServer.mjs')).href)) as CodeServerModule;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await context.route(/^(?!file:)/, (route) => {
      errors.push(`a request to ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(pathToFileURL(report).href);
    await page.waitForSelector('table.documents');
    assert.deepEqual(errors, [], 'no error and no request leaving the file');
  });

  after(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('one row per document, the most unsourced claims per 1,000 words first', async () => {
    const rows = await page.locator('table.documents tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
    assert.deepEqual(rows.map((r) => r[1]).sort(), json.files.map((f) => f.path).sort());
    const rates = rows.map((r) => Number(r[4]));
    assert.deepEqual(rates, [...rates].sort((a, b) => b - a), `rates in order: ${rates.join(', ')}`);
    for (const r of rows) {
      const findings = json.files.find((f) => f.path === r[1])!.findings;
      assert.equal(Number(r[3]), findings.filter((f) => f.category === 'unattributed').length, `${r[1]}: unsourced claims`);
      assert.equal(Number(r[5]), findings.filter((f) => f.category === 'weasel').length, `${r[1]}: vague sources`);
    }
    // The sections follow in the same order, and a row leads to its section.
    assert.deepEqual((await texts('section.document > h2')).map((t) => t.replace(/^\d+\. /, '')), rows.map((r) => r[1]));
    await page.click(`table.documents a:text-is("samples/sample-article.md")`);
    await page.waitForFunction(`location.hash.startsWith('#doc-')`);
    const hash = (await page.evaluate('location.hash')) as string;
    assert.equal((await page.locator(`${hash} > h2`).innerText()).replace(/^\d+\. /, ''), 'samples/sample-article.md');
  });

  it('the legend says in words what each colour means', async () => {
    const items = await texts('#legend .legend li');
    assert.deepEqual(items.map((t) => t.split(':')[0]), ['! Unsourced claim', '? Vague source', '~ Style note', '\u2713 Attributed', 'Nothing to note', '? Green corner']);
    assert.deepEqual(await texts('#legend .legend li strong'), ['Unsourced claim', 'Vague source', 'Style note', 'Attributed', 'Nothing to note', 'Green corner']);
    assert.match(items[0], /has none/);
    // Colour is not the only sign: the squares carry a symbol too.
    assert.deepEqual(await texts('#legend .legend .cell'), ['!', '?', '~', '\u2713', '', '?']);
  });

  it("hovering a square of a map shows the paragraph's line, what it holds and how it starts", async () => {
    const section = page.locator('section.document', { has: page.locator('h2', { hasText: 'samples/sample-article.md' }) });
    const cell = section.locator('.map .cell.unsourced').first();
    await cell.scrollIntoViewIfNeeded();
    await cell.hover();
    const tip = await cell.evaluate((el) => getComputedStyle(el, '::after').content);
    assert.match(tip, /^"Line 11, paragraph: 1 unsourced claim\. \u201cAt ten past seven on a wet Saturday/);
    // The tooltip is drawn: it takes room on the page.
    const width = await cell.evaluate((el) => getComputedStyle(el, '::after').width);
    assert.ok(Number.parseFloat(width) > 100, `tooltip width ${width}`);
    const attributed = await section.locator('.map .cell.attributed').count();
    assert.ok(attributed >= 1, 'a paragraph that names its source and has no finding is marked');
    // A square with findings leads to the first of them.
    await cell.click();
    await page.waitForFunction(`location.hash.includes('-f-')`);
    const target = page.locator(':target');
    assert.match(await target.locator('.message').innerText(), /"the only" makes a sweeping claim/);
  });

  it("the README's picture: the top of the page down to the first map, a square hovered", async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    const first = page.locator('section.document').first();
    const cell = first.locator('.map .cell.unsourced').first();
    await cell.hover();
    // Where the map ends on the page (hovering may have scrolled the window).
    const bottom = await first.locator('.map').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'report.png'), fullPage: true, clip: { x: 0, y: 0, width: 1100, height: Math.ceil(bottom + 90) } });
    if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(join(RESULTS, 'report.png'), join(ROOT, 'docs', 'images', 'report.png'));
    await page.mouse.move(0, 0);
  });

  it('each finding: where, what, the sentence with the words marked, why and the guideline', async () => {
    const section = page.locator('section.document', { has: page.locator('h2', { hasText: 'samples/sample-article.md' }) });
    const expected = json.files.find((f) => f.path === 'samples/sample-article.md')!.findings;
    const items = section.locator('ol.findings > li');
    assert.equal(await items.count(), expected.length);
    assert.deepEqual(await section.locator('ol.findings > li .where a.line code').allInnerTexts(), expected.map((f) => `${f.line}:${f.column}`));
    const first = items.nth(0);
    assert.equal(await first.locator('.message').innerText(), expected[0].message);
    assert.equal(await first.locator('blockquote mark').innerText(), 'the only');
    assert.match(await first.locator('blockquote').innerText(), /^It is now the only town in the county with a tram of its own\.$/);
    // The explanation is folded until asked for.
    assert.equal(await first.locator('details p').first().isVisible(), false);
    await first.locator('details summary').click();
    assert.ok(await first.locator('details p.guideline').isVisible());
    assert.ok((await first.locator('details p.guideline').innerText()).length > 10);
    // The line link goes to the file on disk, beside the page's folder.
    const href = (await first.locator('a.line').getAttribute('href'))!;
    const file = new URL(href, page.url());
    assert.equal(file.protocol, 'file:');
    assert.equal(file.hash, `#L${expected[0].line}`);
    assert.equal(readFileSync(file.pathname, 'utf8').split('\n')[expected[0].line - 1].includes('the only'), true);
  });
});
