// What a user does in the code-server workbench: open a file from the Explorer, hover a squiggle,
// pick a quick fix, read the status bar and the Problems panel. Every wait is on something visible
// and has a timeout.

import type { Frame, Locator, Page } from 'playwright-core';
import { describeState, readEditor, type EditorState, type Squiggle } from './editorDom';
import { waitUntil } from './session';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs in the page (a string, so that it is not compiled with Node-only helpers): a MutationObserver
 * that keeps the message text of each toast as it is added.
 */
const RECORD_TOASTS = `(() => {
  const seen = globalThis.__whosaysToasts = [];
  const read = (node) => {
    if (!(node instanceof Element)) return;
    const toasts = node.matches('.notification-toast') ? [node] : [...node.querySelectorAll('.notification-toast')];
    for (const toast of toasts) {
      const message = toast.querySelector('.notification-list-item-message');
      seen.push((message ? message.textContent : toast.textContent).trim());
    }
  };
  globalThis.__whosaysToastObserver?.disconnect();
  globalThis.__whosaysToastObserver = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(read)));
  globalThis.__whosaysToastObserver.observe(document.body, { childList: true, subtree: true });
})()`;

/** In the page: the Command Palette is closed, or a command's own quick pick (no ">" prefix) took its place. */
const PALETTE_GONE = `(() => {
  const input = document.querySelector('.quick-input-widget .quick-input-box input');
  return !input || input.offsetParent === null || !input.value.startsWith('>');
})()`;

export class Workbench {
  constructor(readonly page: Page) {}

  /** Waits until the active editor shows what `done` accepts; the message lists what it showed. */
  waitForEditor(what: string, done: (state: EditorState) => boolean, timeout = 30_000): Promise<EditorState> {
    return waitUntil(what, () => readEditor(this.page), done, { timeout, describe: describeState });
  }

  /** Closes notification toasts that could cover the editor (best effort: there are usually none). */
  async dismissNotifications(): Promise<void> {
    const toasts = this.page.locator('.notifications-toasts .notification-toast');
    for (let i = await toasts.count(); i > 0; i--) {
      const toast = toasts.first();
      await toast.hover({ timeout: 2_000 }).catch(() => undefined);
      const clear = toast.locator('.codicon-notifications-clear');
      if (await clear.count()) await clear.first().click({ timeout: 2_000 }).catch(() => undefined);
    }
  }

  /** Opens a workspace file by clicking it in the Explorer, and waits until its text is shown. */
  async openFile(name: string, timeout = 30_000): Promise<EditorState> {
    await this.dismissNotifications();
    const row = this.page.locator('.explorer-folders-view .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
    await row.first().click({ timeout });
    return this.waitForEditor(`the editor to show ${name}`, (state) => state.activeTab === name && state.lines.length > 0, timeout);
  }

  /** Opens a file with Quick Open (Ctrl+P) by a path fragment ("second/notes.md"), and waits until its tab shows. */
  async quickOpen(path: string, timeout = 30_000): Promise<EditorState> {
    await this.dismissNotifications();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(path);
    const name = path.slice(path.lastIndexOf('/') + 1);
    await this.quickPickRows().filter({ hasText: name }).first().waitFor({ state: 'visible', timeout });
    await this.page.keyboard.press('Enter');
    return this.waitForEditor(`the editor to show ${path}`, (state) => state.activeTab === name && state.lines.length > 0, timeout);
  }

  /** Moves the mouse over a squiggle and waits for the hover widget that contains `expected`. */
  async hover(squiggle: Squiggle, expected: string, timeout = 20_000): Promise<Locator> {
    await this.page.mouse.move(5, 5); // away first, so that a new hover starts
    await this.page.mouse.move(squiggle.x, squiggle.y, { steps: 4 });
    const widget = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expected });
    await widget.first().waitFor({ state: 'visible', timeout });
    return widget.first();
  }

  async closeHover(): Promise<void> {
    await this.page.mouse.move(5, 5);
    await this.page.keyboard.press('Escape');
    await this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }

  /** The rows of the open quick-fix menu. */
  quickFixMenu(): Locator {
    return this.page.locator('.action-widget .monaco-list-row.action');
  }

  /**
   * Waits until the Markdown language server (VS Code's built-in Markdown extension, started by the
   * first Markdown document) has registered its providers: the visible sign is the document's
   * heading in the breadcrumbs, which its symbol provider supplies. Until then, a Ctrl+. can open
   * no menu at all: when any extension registers a code-action provider, VS Code resets the
   * code-action state of every editor and cancels a Ctrl+. request still in flight (see
   * openQuickFixMenu). Does nothing for other documents, or for one without a heading.
   */
  async waitForMarkdownLanguageServer(timeout = 30_000): Promise<void> {
    const state = await readEditor(this.page);
    if (!/\.(md|markdown)$/i.test(state.activeTab ?? '') || !state.lines.some((line) => /^#{1,6}\s/.test(line.text))) return;
    await this.page.locator('.part.editor .editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item').nth(1).waitFor({ state: 'visible', timeout });
  }

  /**
   * Puts the cursor in the squiggle and opens the quick-fix menu with Ctrl+.; returns every title
   * the menu offers, and leaves it open.
   *
   * The first Ctrl+. on a Markdown document used to open no menu now and then (and a second press
   * always did). The cause, measured: VS Code 1.139 resets an editor's code-action state whenever a
   * code-action provider is registered anywhere (CodeActionModel._update on the registry's
   * onDidChange), which cancels a Ctrl+. request still in flight, and the controller then shows
   * nothing. The Markdown language server registers its providers about 0.5 to 1.5 s after our
   * first squiggles (later under load); in a probe that pressed Ctrl+. in a loop from the first
   * squiggle on, every press during which the Markdown symbols appeared opened no menu (4 of 4) and
   * every other press did (16 of 16). So the helper waits for that server first, then presses once.
   */
  async openQuickFixMenu(squiggle: Squiggle, timeout = 20_000): Promise<string[]> {
    const menu = this.quickFixMenu();
    const editor = this.page.locator('.part.editor .editor-group-container.active .monaco-editor');
    // The light bulb (in the gutter, or in the text when the gutter is busy) shows once the editor
    // has the code actions for the cursor: the visible sign that Ctrl+. has something to open.
    const lightBulb = editor.locator('[class*="codicon-gutter-lightbulb"]:visible').or(editor.locator('.lightBulbWidget:visible'));
    await this.waitForMarkdownLanguageServer();
    await this.page.mouse.click(squiggle.x, squiggle.y);
    await this.closeHover();
    await lightBulb.first().waitFor({ state: 'visible', timeout });
    // Any other provider registered while the request is in flight cancels it the same way (seen
    // once on a second quick fix in one document, long after the Markdown server had started): a
    // press that opens nothing in 5 s is pressed again, as a writer would, up to three times.
    const deadline = Date.now() + timeout;
    for (let press = 1; ; press++) {
      await this.page.keyboard.press('Control+Period');
      try {
        await menu.first().waitFor({ state: 'visible', timeout: Math.max(1, Math.min(5_000, deadline - Date.now())) });
        break;
      } catch (error) {
        if (press >= 3 || Date.now() >= deadline) throw error;
      }
    }
    return (await menu.locator('.title').allTextContents()).map((title) => title.trim());
  }

  /**
   * Opens the quick-fix menu on the squiggle (openQuickFixMenu) and picks the first action whose
   * title starts with `titlePrefix`. Returns every title the menu offered.
   */
  async quickFix(squiggle: Squiggle, titlePrefix: string, timeout = 20_000): Promise<string[]> {
    const titles = await this.openQuickFixMenu(squiggle, timeout);
    const menu = this.quickFixMenu();
    const choice = menu.filter({ has: this.page.locator('.title', { hasText: new RegExp(`^${escapeRegExp(titlePrefix)}`) }) });
    if ((await choice.count()) === 0) {
      await this.page.keyboard.press('Escape');
      throw new Error(`the quick-fix menu offered no action starting with "${titlePrefix}"; it offered: ${JSON.stringify(titles)}`);
    }
    await choice.first().click({ timeout });
    await menu.first().waitFor({ state: 'hidden', timeout });
    return titles;
  }

  /** A notification toast whose text contains `text` (a message an extension showed). */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.notifications-toasts .notification-toast').filter({ hasText: text });
  }

  /** Waits for a notification containing `text`; returns its message and the labels of its buttons. */
  async notificationText(text: string | RegExp, timeout = 20_000): Promise<{ message: string; buttons: string[] }> {
    const toast = this.notification(text).first();
    await toast.waitFor({ state: 'visible', timeout });
    const message = (await toast.locator('.notification-list-item-message').first().innerText()).replace(/\s+/g, ' ').trim();
    const buttons = (await toast.locator('.notification-list-item-buttons-container .monaco-button').allInnerTexts()).map((b) => b.trim());
    return { message, buttons };
  }

  /** The rows of the open quick pick (or command palette). */
  quickPickRows(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  }

  /**
   * Waits for the quick pick to list a row containing `text`, and returns the text of every row
   * (labels, descriptions and details, whitespace collapsed).
   */
  async quickPickTexts(text: string, timeout = 20_000): Promise<string[]> {
    await this.quickPickRows().filter({ hasText: text }).first().waitFor({ state: 'visible', timeout });
    return (await this.quickPickRows().allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
  }

  /** Picks the quick pick's row that contains `text` (for a multi-select pick: ticks it and presses OK). */
  async pickQuickItem(text: string, options: { many?: boolean; timeout?: number } = {}): Promise<void> {
    const timeout = options.timeout ?? 20_000;
    const row = this.quickPickRows().filter({ hasText: text }).first();
    await row.waitFor({ state: 'visible', timeout });
    if (options.many) {
      await row.locator('.quick-input-list-checkbox, input[type="checkbox"], .monaco-checkbox').first().click({ timeout });
      await this.page.locator('.quick-input-widget .quick-input-action a, .quick-input-widget .monaco-button', { hasText: 'OK' }).first().click({ timeout });
    } else {
      await row.click({ timeout });
    }
    await this.page.locator('.quick-input-widget').first().waitFor({ state: 'hidden', timeout });
  }

  /**
   * The text of the first heading that starts with `text` in a webview (the Markdown preview is one:
   * an iframe in an iframe, served by code-server itself).
   */
  async previewHeading(text: string, timeout = 30_000): Promise<string> {
    return waitUntil(`a webview heading starting with "${text}"`, async () => {
      for (const frame of this.page.frames()) {
        const headings = await frame.locator('h1').allInnerTexts().catch(() => [] as string[]);
        const found = headings.find((heading) => heading.trim().startsWith(text));
        if (found !== undefined) return found.trim();
      }
      return undefined;
    }, (found) => found !== undefined, { timeout }) as Promise<string>;
  }

  /**
   * The sourcing report's webview (Who Says: Show Sourcing Report): the frame whose page is the
   * report, once its documents table has rows.
   */
  async sourcingReportFrame(timeout = 90_000): Promise<Frame> {
    return waitUntil('the sourcing report in a webview', async () => {
      for (const frame of this.page.frames()) {
        const heading = await frame.locator('h1').first().innerText({ timeout: 500 }).catch(() => '');
        if (heading.trim() === 'Sourcing report' && (await frame.locator('table.documents tbody tr').count().catch(() => 0)) > 0) return frame;
      }
      return undefined;
    }, (frame) => frame !== undefined, { timeout }) as Promise<Frame>;
  }

  /** Closes every editor tab of the file `name` (with its close button), and waits until they are gone. */
  async closeTabs(name: string, timeout = 10_000): Promise<void> {
    const tabs = this.page.locator(`.tabs-container .tab[data-resource-name="${name.replace(/["\\]/g, '\\$&')}"]`);
    for (let left = await tabs.count(); left > 0; left--) {
      await tabs.first().hover({ timeout });
      await tabs.first().locator('.tab-actions .action-label').first().click({ timeout });
    }
    await tabs.first().waitFor({ state: 'detached', timeout });
  }

  /** The texts of the modal dialogs on screen (none, usually). */
  async dialogTexts(): Promise<string[]> {
    return this.page.locator('.monaco-dialog-box:visible').allInnerTexts();
  }

  /** Opens the Problems panel (Ctrl+Shift+M) unless it is showing. */
  async showProblems(timeout = 20_000): Promise<void> {
    if (await this.problemsPanelVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout });
  }

  /**
   * Runs a command from the Command Palette as a writer does: F1, its title, Enter. Waits until the
   * palette lists the command, so a command hidden by its `when` clause fails here, by name.
   */
  async runCommand(title: string, timeout = 20_000): Promise<void> {
    await this.dismissNotifications();
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await this.page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) });
    await row.first().waitFor({ state: 'visible', timeout }).catch(async (error: unknown) => {
      const offered = await this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row .label-name').allTextContents();
      await this.page.keyboard.press('Escape');
      throw new Error(`the Command Palette does not offer "${title}"; it offers: ${JSON.stringify(offered)}`, { cause: error });
    });
    await row.first().click({ timeout });
    // The palette closes, or the command replaces it with a quick pick of its own.
    await this.page.waitForFunction(PALETTE_GONE, undefined, { timeout });
  }

  /**
   * What "Developer: Show Running Extensions" says of the extension named `displayName`: its row's
   * activation text ("Activation: 41ms", or "Startup Activation: …"), which VS Code computes as the
   * time to load the extension's code plus the time of the activate call. Waits until it is there.
   */
  async runningExtensionActivation(displayName: string, timeout = 30_000): Promise<{ text: string; ms: number; startup: boolean; others: Record<string, string> }> {
    await this.runCommand('Developer: Show Running Extensions', timeout);
    const row = this.page.locator('.runtime-extensions-editor .monaco-list-row')
      .filter({ has: this.page.locator('.name', { hasText: new RegExp(`^${escapeRegExp(displayName)}$`) }) });
    const text = await waitUntil(`${displayName}'s activation time in Running Extensions`,
      async () => ((await row.first().locator('.activation-time').textContent({ timeout: 1_000 })) ?? '').trim(),
      (seen) => /^(Startup )?Activation: \d+ms$/.test(seen), { timeout });
    const match = /^(Startup )?Activation: (\d+)ms$/.exec(text);
    if (!match) throw new Error(`unexpected activation text ${JSON.stringify(text)}`);
    // The other extensions' figures, for comparison: they activate in the same extension host, and
    // VS Code's code-loading time of one spans an await during which the others' code may run.
    const others: Record<string, string> = {};
    for (const other of await this.page.locator('.runtime-extensions-editor .monaco-list-row').all()) {
      const name = ((await other.locator('.name').textContent()) ?? '').trim();
      const time = ((await other.locator('.activation-time').textContent()) ?? '').trim();
      if (name && name !== displayName) others[name] = time;
    }
    // VS Code 1.139 shows it in a modal editor, which takes every click until closed: Escape, or a
    // click on the shade around it (the part's own way to close).
    await this.page.keyboard.press('Escape');
    const shade = this.page.locator('.monaco-modal-editor-block');
    if (await shade.count() > 0) await shade.first().click({ position: { x: 3, y: 3 }, timeout }).catch(() => undefined);
    await this.page.locator('.runtime-extensions-editor').first().waitFor({ state: 'hidden', timeout });
    await shade.first().waitFor({ state: 'detached', timeout });
    return { text, ms: Number(match[2]), startup: match[1] !== undefined, others };
  }

  /** The titles the Command Palette offers for `filter` (to check `when` clauses). */
  async paletteTitles(filter: string, timeout = 20_000): Promise<string[]> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await this.page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(`>${filter}`);
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row .label-name');
    await rows.first().waitFor({ state: 'visible', timeout });
    const titles = (await rows.allTextContents()).map((title) => title.trim());
    await this.page.keyboard.press('Escape');
    await input.waitFor({ state: 'hidden', timeout });
    return titles;
  }

  /**
   * Starts keeping the message of every notification toast that appears from now on, even one
   * closed or cleared since (by Escape, or by dismissNotifications before a click): see toastsSeen.
   */
  async recordToasts(): Promise<void> {
    await this.page.evaluate(RECORD_TOASTS);
  }

  /** The messages of the toasts that appeared since recordToasts. */
  async toastsSeen(): Promise<string[]> {
    return this.page.evaluate('globalThis.__whosaysToasts ? [...globalThis.__whosaysToasts] : []') as Promise<string[]>;
  }

  /** A message in the status bar (window.setStatusBarMessage), by its text. */
  statusMessage(text: string): Locator {
    return this.page.locator('.statusbar-item', { hasText: text });
  }

  /** What the Who Says status bar item shows: its text and its accessible label. */
  async statusRead(timeout = 20_000): Promise<{ text: string; label: string }> {
    const item = this.statusItem();
    await item.waitFor({ state: 'visible', timeout });
    return item.evaluate((element) => ({ text: (element.textContent ?? '').trim(), label: element.getAttribute('aria-label') ?? '' }));
  }

  /** The Who Says status bar item ("$(quote) 3": the quote icon and the count). */
  statusItem(): Locator {
    return this.page.locator('.statusbar-item[id$="whosays.findings"]');
  }

  /** The number the status bar item shows, after checking it carries the quote icon. */
  async statusCount(timeout = 20_000): Promise<{ count: number; label: string }> {
    const item = this.statusItem();
    await item.waitFor({ state: 'visible', timeout });
    const read = await item.evaluate((element) => ({
      text: element.textContent ?? '',
      icon: element.querySelector('.codicon-quote') !== null,
      label: element.getAttribute('aria-label') ?? '',
    }));
    if (!read.icon || !/^\s*\d+\s*$/.test(read.text)) throw new Error(`the status bar item does not read "$(quote) N": text ${JSON.stringify(read.text)}, quote icon ${read.icon}`);
    return { count: Number(read.text.trim()), label: read.label };
  }

  /** The Problems panel's file row for `fileName` ("4 problems in file article.md of folder ."). */
  problemsFileRow(fileName: string): Locator {
    return this.page.locator('.markers-panel .monaco-list-row[aria-level="1"]')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(fileName)}$`) }) });
  }

  /** The marker rows of the Problems panel (aria-label "Warning: <message> at line 5 and character 1. generated by whosays"). */
  problemRows(): Locator {
    return this.page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
  }

  /** The count on a file's row in the Problems panel. */
  async problemsCountFor(fileName: string, timeout = 20_000): Promise<number> {
    const badge = this.problemsFileRow(fileName).locator('.monaco-count-badge');
    await badge.first().waitFor({ state: 'visible', timeout });
    return Number((await badge.first().textContent())?.trim());
  }

  /** The total on the Problems tab's badge ("Problems (Ctrl+Shift+M) - Total 4 Problems"). */
  async problemsTabTotal(): Promise<number> {
    const badge = this.page.locator('.part.panel .action-item .badge[aria-label^="Problems"] .badge-content');
    const text = (await badge.first().textContent({ timeout: 5_000 }))?.trim() ?? '';
    return text === '' ? 0 : Number(text);
  }

  async problemsPanelVisible(): Promise<boolean> {
    return this.page.locator('.markers-panel').first().isVisible();
  }

  /** Hides the bottom panel if it is open. */
  async hidePanel(): Promise<void> {
    const close = this.page.locator('.part.panel .codicon-panel-close');
    if (await close.first().isVisible()) {
      await close.first().click({ timeout: 5_000 });
      await this.page.locator('.part.panel').first().waitFor({ state: 'hidden', timeout: 10_000 });
    }
  }
}
