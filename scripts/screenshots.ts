// The README's screenshots, made again from the real editor: `npm run screenshots` builds and
// packages the extension (through the end-to-end tests' support code), opens
// samples/sample-article.md in code-server with Chromium, and writes
//
//   docs/images/hover.png            the hover on "It is widely believed" (line 21)
//   docs/images/quick-fix-menu.png   the Ctrl+. menu on "Some critics say" (line 26)
//
// each cropped to the editor (and the widget, where it reaches past it). Every step waits on what
// is on screen; a step that fails says which, and leaves the page as it was in
// test-results/e2e/screenshots/. Run it again whenever the hover or the menu changes.

import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describeState, type EditorState, type Squiggle } from '../test/e2e/support/editorDom';
import { EditorSession, ROOT, ensureEditorPrepared } from '../test/e2e/support/session';
import { Workbench } from '../test/e2e/support/workbench';

const SAMPLE = 'sample-article.md';
const OUT = join(ROOT, 'docs', 'images');
/** Small enough for a README, wide enough for the hover's longest line. */
const VIEWPORT = { width: 1100, height: 760 };
const SHOTS = {
  hover: { line: 21, words: 'It is widely believed', file: 'hover.png' },
  menu: { line: 26, words: 'Some critics say', file: 'quick-fix-menu.png' },
};

interface Box { x: number; y: number; width: number; height: number }

/** The smallest box holding both, inside the page. */
function union(a: Box, b: Box, page: { width: number; height: number }): Box {
  const x = Math.max(0, Math.min(a.x, b.x));
  const y = Math.max(0, Math.min(a.y, b.y));
  const right = Math.min(page.width, Math.max(a.x + a.width, b.x + b.width));
  const bottom = Math.min(page.height, Math.max(a.y + a.height, b.y + b.height));
  return { x: Math.floor(x), y: Math.floor(y), width: Math.ceil(right - x), height: Math.ceil(bottom - y) };
}

/** A screenshot of the editor area and `widget`, to docs/images/<file>. */
async function shoot(page: Page, widget: Locator, file: string): Promise<string> {
  const editor = await page.locator('.part.editor').first().boundingBox();
  const shown = await widget.boundingBox();
  if (!editor || !shown) throw new Error(`nothing to crop to for ${file}: the editor or the widget is not on screen`);
  // From the top of the editor down to a little below the widget: the lines the widget is about, and the widget.
  const below = { ...shown, height: shown.height + 24 };
  const clip = union({ ...editor, height: Math.min(editor.height, below.y + below.height - editor.y) }, below, VIEWPORT);
  const path = join(OUT, file);
  await page.screenshot({ path, clip });
  return path;
}

function squiggleOn(state: EditorState, line: number, words: string): Squiggle {
  const found = state.squiggles.find((s) => s.line === line && s.text === words);
  if (!found) throw new Error(`no squiggle on "${words}" at line ${line}:\n${describeState(state)}`);
  return found;
}

async function main(): Promise<void> {
  await ensureEditorPrepared();
  mkdirSync(OUT, { recursive: true });
  const session = await EditorSession.start('screenshots', { [SAMPLE]: join(ROOT, 'samples', SAMPLE) }, { viewport: VIEWPORT });
  const bench = new Workbench(session.page);
  let step = 'loading the workbench';
  try {
    await session.openWorkbench();
    step = `opening ${SAMPLE}`;
    await bench.openFile(SAMPLE, 60_000);
    // The editor alone, without the Explorer beside it.
    step = 'hiding the side bar';
    await bench.runCommand('View: Toggle Primary Side Bar Visibility');
    await session.page.locator('.part.sidebar').first().waitFor({ state: 'hidden', timeout: 10_000 });
    step = 'waiting for the squiggles';
    const state = await bench.waitForEditor(`squiggles on "${SHOTS.hover.words}" and "${SHOTS.menu.words}"`,
      (s) => s.activeTab === SAMPLE && s.squiggles.some((q) => q.line === SHOTS.hover.line && q.text === SHOTS.hover.words)
        && s.squiggles.some((q) => q.line === SHOTS.menu.line && q.text === SHOTS.menu.words), 120_000);

    step = 'the hover';
    const hover = await bench.hover(squiggleOn(state, SHOTS.hover.line, SHOTS.hover.words), 'Guideline');
    const hoverPath = await shoot(session.page, hover, SHOTS.hover.file);
    await bench.closeHover();

    step = 'the quick-fix menu';
    const titles = await bench.openQuickFixMenu(squiggleOn(state, SHOTS.menu.line, SHOTS.menu.words));
    const menuPath = await shoot(session.page, session.page.locator('.action-widget').first(), SHOTS.menu.file);
    await session.page.keyboard.press('Escape');

    console.log(`screenshots: wrote ${relative(process.cwd(), hoverPath)} and ${relative(process.cwd(), menuPath)} (menu: ${titles.join(' | ')})`);
  } catch (error) {
    throw await session.recordFailure('screenshots', new Error(`screenshots: ${step} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
