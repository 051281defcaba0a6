// End-to-end: the playground page (dist/playground/, built by npm run bundle) opened from a file in
// Chromium, with no server and no network: what a writer sees when typing, hovering a highlight,
// applying a fix and copying the result. The engine runs in the page's web worker.
//
//   node --import tsx --test test/e2e/playground.test.ts
//
// A failing test leaves a screenshot in test-results/e2e/playground/. Each run also writes
// test-results/playground.png, the README's picture of the page (docs/images/playground.png).

import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it as nodeIt } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, ensureEditorPrepared } from './support/session';

const PAGE = join(ROOT, 'dist', 'playground', 'index.html');
const RESULTS = join(ROOT, 'test-results');

interface CodeServerModule {
  launchChromium(): Promise<Browser>;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;

/** A test whose failure leaves a screenshot of the page. */
function it(name: string, body: () => Promise<void>): void {
  nodeIt(name, async () => {
    try {
      await body();
    } catch (error) {
      const dir = join(RESULTS, 'e2e', 'playground');
      mkdirSync(dir, { recursive: true });
      await page?.screenshot({ path: join(dir, `${name.replace(/[^\w]+/g, '-').slice(0, 60)}.png`) }).catch(() => undefined);
      throw error;
    }
  });
}

/** The highlighted words, in order. */
const marks = () => page.locator('#view mark.finding').allTextContents();

async function typeText(text: string): Promise<void> {
  await page.fill('#input', text);
  // Page functions are given as source: they run in the page, where this file's types do not.
  await page.waitForFunction(`document.getElementById('view').textContent.replace(/\\u200b$/, '') === ${JSON.stringify(text)}`, undefined, { timeout: 15_000 });
}

describe('the playground page', () => {
  before(async () => {
    assert.ok(existsSync(PAGE), `${PAGE} is missing: run "npm run bundle" first`);
    // Chromium comes with the editor tiers' preparation (scripts/prepareEditor.mjs).
    await ensureEditorPrepared();
    const { launchChromium } = (await import(pathToFileURL(join(ROOT, 'scripts', 'codeServer.mjs')).href)) as CodeServerModule;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Offline: any request leaving the page's own file fails the test.
    await context.route(/^(?!file:)/, (route) => {
      errors.push(`a request to ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(pathToFileURL(PAGE).href);
    await page.waitForSelector('#view mark.finding', { timeout: 20_000 });
    assert.deepEqual(errors, []);
  });

  after(async () => {
    await browser?.close();
  });

  it('opens with a sample whose findings are highlighted in place', async () => {
    const words = await marks();
    assert.ok(words.includes('Several analysts think'), words.join(' | '));
    assert.ok(words.includes('Sources say'), words.join(' | '));
    assert.match((await page.textContent('#status')) ?? '', /\d+ findings? \(.*\), checked in \d+ ms/);
    // The README's picture: the sample, with the card of its first finding.
    await page.hover('#view mark.finding >> nth=0');
    await page.waitForSelector('#details:not([hidden])');
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'playground.png') });
    await page.mouse.move(0, 0);
    await page.waitForSelector('#details', { state: 'hidden' });
  });

  it('typed text is checked as it is typed, and a clean sentence shows no finding', async () => {
    await typeText('The ferry left at nine.');
    assert.deepEqual(await marks(), []);
    assert.match((await page.textContent('#status')) ?? '', /^No findings/);
    await typeText('The ferry left at nine. Critics say it was late.');
    assert.deepEqual(await marks(), ['Critics say']);
  });

  it('hovering a highlight explains it; a fix applies, and the finding goes', async () => {
    await page.hover('#view mark.finding');
    await page.waitForSelector('#details:not([hidden])');
    const card = (await page.textContent('#details')) ?? '';
    assert.match(card, /weasel\/vague-majority/);
    assert.match(card, /Guideline: Wikipedia MOS:WEASEL/);
    await page.click('#details button:has-text("[who?]")');
    await page.waitForFunction(`document.getElementById('input').value.includes('[who?]')`);
    assert.equal(await page.inputValue('#input'), 'The ferry left at nine. Critics[who?] say it was late.');
    await page.waitForFunction(`document.querySelectorAll('#view mark.finding').length === 0`, undefined, { timeout: 15_000 });
  });

  it('the markup matters: a Markdown link is a citation, LaTeX commands are markup', async () => {
    await page.selectOption('#language', 'markdown');
    await typeText('Critics say it was late ([report](https://example.org/report)).');
    assert.deepEqual(await marks(), []);
    await page.selectOption('#language', 'latex');
    await typeText('\\emph{Several analysts think the levy will fail.}');
    assert.deepEqual(await marks(), ['Several analysts think']);
  });

  it('reaching a highlight with Tab shows the explanation too', async () => {
    await page.focus('#input');
    await page.keyboard.press('Tab');
    await page.waitForSelector('#details:not([hidden])');
    assert.match((await page.textContent('#details')) ?? '', /Several analysts think|vague/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#details', { state: 'hidden' });
  });

  it('"Copy text" copies the text', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
    await page.click('#copy');
    await page.waitForFunction(`document.getElementById('status').textContent === 'Copied the text.'`);
    const copied = (await page.evaluate(`navigator.clipboard.readText().catch(() => undefined)`)) as string | undefined;
    if (copied !== undefined) assert.equal(copied, '\\emph{Several analysts think the levy will fail.}');
  });

  it('keeps the text across a reload', async () => {
    await page.reload();
    await page.waitForSelector('#view mark.finding', { timeout: 20_000 });
    assert.equal(await page.inputValue('#input'), '\\emph{Several analysts think the levy will fail.}');
    assert.equal(await page.inputValue('#language'), 'latex');
  });
});
