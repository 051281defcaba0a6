// One end-to-end session per test file: a fresh copy of the workspace template, a fresh user-data
// folder, the prepared code-server (scripts/codeServer.mjs) and one headless Chromium page on it.
// Failures leave a screenshot, the code-server log, the browser console and the extension host's
// logs in test-results/e2e/<test-name>/.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const RESULTS_DIR = join(ROOT, 'test-results', 'e2e');
const TEMPLATE = join(ROOT, 'test', 'e2e', 'workspace');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** User settings added for the tests, on top of the ones prepareEditor writes. */
const TEST_SETTINGS = {
  // Nothing is ever saved behind the test's back ("squiggles without saving" depends on it).
  'files.autoSave': 'off',
  // The temporary workspace is no repository; the Git extensions only compete for the one extension host.
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  // Less chrome that could cover the editor or steal focus.
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
};

interface EditorPaths { cache: string; node: string; codeServer: string; chromium: string; vsix: string; extensions: string; userData: string }
interface CodeServer { url: string; port: number; logPath: string; process: { pid?: number }; stop(): Promise<void> }
interface CodeServerModule {
  startCodeServer(options: { workspace: string; logPath: string; env?: Record<string, string>; userDataDir?: string; timeoutMs?: number }): Promise<CodeServer>;
  freshUserData(dir: string): string;
}
interface PrepareModule { paths: EditorPaths }

// The scripts are plain ES modules without type declarations: imported by URL and typed here.
const scriptUrl = (name: string) => pathToFileURL(join(ROOT, 'scripts', name)).href;
const loadPrepare = () => import(scriptUrl('prepareEditor.mjs')) as Promise<PrepareModule>;
const loadCodeServer = () => import(scriptUrl('codeServer.mjs')) as Promise<CodeServerModule>;

function mtime(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/**
 * Prepares the editor (Node 24, code-server, the packaged extension) when it is missing or the
 * package is older than the build. Cheap when nothing is to do: a few stat calls. prepareEditor()
 * runs in a child process, so its progress streams while it works and a failure (it exits with one
 * line saying what is missing) becomes this test's error instead of ending the test runner.
 */
export async function ensureEditorPrepared(): Promise<void> {
  const { paths } = await loadPrepare();
  const installed = existsSync(paths.extensions) && readdirSync(paths.extensions).some((name) => name.startsWith('whosays.whosays-'));
  const built = Math.max(mtime(join(ROOT, 'dist', 'extension.js')), mtime(join(ROOT, 'dist', 'server.js')));
  const stale = !existsSync(paths.node) || !existsSync(paths.codeServer) || !installed || !existsSync(join(paths.userData, 'User', 'settings.json'))
    || !existsSync(paths.vsix) || mtime(paths.vsix) < built;
  if (!stale) return;
  process.stdout.write('e2e: preparing the editor (scripts/prepareEditor.mjs)\n');
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import { prepareEditor } from ${JSON.stringify(scriptUrl('prepareEditor.mjs'))}; prepareEditor();`], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`preparing the editor failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' | ') || 'see the output above'}`);
}

/** The code-server of this test file's session: only language servers under it are counted. */
let sessionRoot: number | undefined;

/** The parent of a process, from /proc/PID/stat (the field after the parenthesised name). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined; // gone meanwhile
  }
}

function descendsFrom(pid: number, root: number): boolean {
  for (let current: number | undefined = pid, steps = 0; current !== undefined && current > 1 && steps < 64; steps++) {
    if (current === root) return true;
    current = parentOf(current);
  }
  return false;
}

/**
 * Process ids of the packaged extension's language servers now running (read from /proc), only
 * those of this checkout's editor (other checkouts may run their own tests beside this one) and,
 * once a session started, only those under its code-server (test files may run side by side).
 */
export function languageServerPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string;
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    if (!/whosays\.whosays-[^/]*\/dist\/server\.js\0/.test(args) || !args.includes(`${ROOT}/`)) continue;
    if (sessionRoot === undefined || descendsFrom(Number(entry), sessionRoot)) pids.push(Number(entry));
  }
  return pids;
}

/** Polls `probe` until `done` accepts its value; throws with `what` and the last value otherwise. */
export async function waitUntil<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, options: { timeout?: number; describe?: (value: T) => string } = {}): Promise<T> {
  const timeout = options.timeout ?? 30_000;
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError !== undefined ? `error ${String(lastError)}` : options.describe && last !== undefined ? options.describe(last) : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen:\n${seen}`);
    }
    await delay(100); // the polling interval of an expect-style wait, not a sleep standing in for one
  }
}

function safeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'test';
}

export class EditorSession {
  readonly consoleLines: string[] = [];
  /** When `page.goto` was called. */
  gotoAt = 0;
  /** When the workbench's frame appeared, for the page-load-to-first-squiggle breakdown. */
  workbenchAt = 0;

  private constructor(
    readonly scratch: string,
    readonly workspace: string,
    readonly userData: string,
    readonly server: CodeServer,
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  /**
   * Copies the template (and `extraFiles`: workspace name → source path) and starts everything.
   * `name` (the test file's) names the code-server log, test-results/e2e/code-server.<name>.log.
   * `viewport` is the browser page's size (1600 × 1000 unless given).
   */
  static async start(name: string, extraFiles: Record<string, string> = {}, { viewport = { width: 1600, height: 1000 } }: { viewport?: { width: number; height: number } } = {}): Promise<EditorSession> {
    const { paths } = await loadPrepare();
    const { startCodeServer, freshUserData } = await loadCodeServer();
    const scratch = mkdtempSync(join(tmpdir(), 'whosays-e2e-'));
    const workspace = join(scratch, 'workspace');
    cpSync(TEMPLATE, workspace, { recursive: true });
    for (const [name, source] of Object.entries(extraFiles)) cpSync(source, join(workspace, name));
    const userData = freshUserData(join(scratch, 'user-data'));
    const settingsPath = join(userData, 'User', 'settings.json');
    const settings = JSON.parse(readFileSync(settingsPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(settingsPath, `${JSON.stringify({ ...settings, ...TEST_SETTINGS }, null, 2)}\n`);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const server = await startCodeServer({ workspace, userDataDir: userData, logPath: join(RESULTS_DIR, `code-server.${safeName(name)}.log`) });
    sessionRoot = server.process.pid;
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS });
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const session = new EditorSession(scratch, workspace, userData, server, browser, page);
      page.on('console', (message) => session.consoleLines.push(`[${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => session.consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));
      return session;
    } catch (error) {
      await browser?.close();
      await server.stop();
      throw error;
    }
  }

  /**
   * Loads the workbench and waits until it is there. `workspaceFile` (a name in the temporary
   * workspace, such as "two.code-workspace") opens that multi-root workspace instead of the folder.
   */
  async openWorkbench(timeout = 90_000, workspaceFile?: string): Promise<void> {
    this.gotoAt = Date.now();
    const url = workspaceFile ? `${new URL(this.server.url).origin}/?workspace=${encodeURIComponent(join(this.workspace, workspaceFile))}` : this.server.url;
    await this.page.goto(url, { timeout });
    await this.page.locator('.monaco-workbench').waitFor({ timeout });
    this.workbenchAt = Date.now();
    // The Explorer lists the workspace once the file service answers.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
  }

  /** Writes (or with `undefined`, deletes) a file in the temporary workspace from the test process. */
  writeWorkspaceFile(name: string, text: string | undefined): void {
    const path = join(this.workspace, name);
    if (text === undefined) rmSync(path, { force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }

  readWorkspaceFile(name: string): string {
    return readFileSync(join(this.workspace, name), 'utf8');
  }

  /** Where a test's failure artifacts go: test-results/e2e/<test-name>/. */
  static failureDir(testName: string): string {
    return join(RESULTS_DIR, safeName(testName));
  }

  /** Removes a previous run's failure artifacts of a test, so that what is there is current. */
  static clearFailure(testName: string): void {
    rmSync(EditorSession.failureDir(testName), { recursive: true, force: true });
  }

  /**
   * Saves what shows what went wrong under test-results/e2e/<name>/ and returns an error whose
   * message says where.
   */
  async recordFailure(name: string, error: unknown): Promise<Error> {
    const dir = EditorSession.failureDir(name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const saved: string[] = [];
    try {
      await this.page.screenshot({ path: join(dir, 'screenshot.png'), timeout: 10_000 });
      saved.push('screenshot.png');
    } catch (screenshotError) {
      writeFileSync(join(dir, 'screenshot-failed.txt'), String(screenshotError));
    }
    if (existsSync(this.server.logPath)) {
      cpSync(this.server.logPath, join(dir, 'code-server.log'));
      saved.push('code-server.log');
    }
    writeFileSync(join(dir, 'browser-console.log'), `${this.consoleLines.join('\n')}\n`);
    saved.push('browser-console.log');
    const logs = join(this.userData, 'logs');
    if (existsSync(logs)) {
      cpSync(logs, join(dir, 'vscode-logs'), { recursive: true }); // the extension host's logs, "Who Says" output included
      saved.push('vscode-logs/');
    }
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new Error(`${message}\n  → ${saved.join(', ')} saved in ${dir}`, { cause: error });
    if (error instanceof Error && error.stack) wrapped.stack = `${wrapped.message}\n${error.stack.split('\n').slice(1).join('\n')}`;
    return wrapped;
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    // WHOSAYS_E2E_KEEP=1 keeps the workspace, user data and extension-host logs for a look afterwards.
    if (process.env.WHOSAYS_E2E_KEEP) console.log(`e2e: kept ${this.scratch}`);
    else rmSync(this.scratch, { recursive: true, force: true });
  }
}

/**
 * The `test` of an end-to-end file: `current` gives the file's session (started in its before
 * hook), and a failure leaves a screenshot and the logs in test-results/e2e/<name>/.
 */
export function e2eTest(current: () => EditorSession | undefined): (name: string, body: () => Promise<void>, timeout?: number) => void {
  return (name, body, timeout = 120_000) => {
    test(name, { timeout }, async () => {
      EditorSession.clearFailure(name);
      const session = current();
      if (!session) throw new Error('no editor session (the before hook failed)');
      try {
        await body();
      } catch (error) {
        throw await session.recordFailure(name, error);
      }
    });
  };
}
