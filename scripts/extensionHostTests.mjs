// Runs the extension-host Mocha suite (test/electron/suite, the one @vscode/test-electron runs)
// inside code-server's real extension host: code-server is started with environment variables
// that the installed extension reads (client/src/hostHooks.ts); a headless Chromium loads the
// workbench so the extension host starts; the suite writes its results to a file we wait for.
//
//   node scripts/extensionHostTests.mjs      exit 0 when every test passed

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { prepareEditor } from './prepareEditor.mjs';
import { freshUserData, launchChromium, startCodeServer } from './codeServer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const TIMEOUT_MS = 5 * 60_000;

prepareEditor();
if (spawnSync(process.execPath, [join(root, 'scripts', 'buildElectronTests.mjs')], { stdio: 'inherit', cwd: root }).status !== 0) {
  process.stderr.write('extension-host tests: building the suite failed\n');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'whosays-exthost-'));
const workspace = join(scratch, 'workspace');
mkdirSync(workspace);
const userDataDir = freshUserData(join(scratch, 'user-data'));
const resultsPath = join(scratch, 'results.json');
const outDir = join(root, 'test-results', 'extension-host');
mkdirSync(outDir, { recursive: true });
const logPath = join(outDir, 'code-server.log');

const server = await startCodeServer({
  workspace,
  userDataDir,
  logPath,
  env: { WHOSAYS_EXTENSION_TESTS_MODULE: join(root, 'out', 'electron', 'suite', 'index.js'), WHOSAYS_EXTENSION_TESTS_RESULTS: resultsPath },
});
const browser = await launchChromium();
let results;
let failure;
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  const deadline = Date.now() + TIMEOUT_MS;
  while (!existsSync(resultsPath)) {
    if (Date.now() > deadline) throw new Error(`the suite wrote no results within ${TIMEOUT_MS / 1000} s`);
    await page.waitForTimeout(250);
  }
  results = JSON.parse(readFileSync(resultsPath, 'utf8'));
  if (results.failed > 0) await page.screenshot({ path: join(outDir, 'failure.png') });
} catch (error) {
  failure = error;
} finally {
  await browser.close();
  await server.stop();
  rmSync(scratch, { recursive: true, force: true });
}
if (failure) {
  process.stderr.write(`extension-host tests: ${failure.message}; code-server log: ${logPath}\n`);
  process.exit(1);
}
for (const test of results.tests) {
  process.stdout.write(`${test.state === 'passed' ? 'ok' : test.state === 'pending' ? 'skip' : 'FAIL'}  ${test.title}${test.durationMs !== undefined ? ` (${test.durationMs} ms)` : ''}\n`);
  if (test.error) process.stdout.write(`      ${test.error.split('\n').join('\n      ')}\n`);
}
process.stdout.write(`extension host (code-server ${'4.139.1'}): ${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
if (results.failed > 0) {
  process.stderr.write(`extension-host tests failed; screenshot and code-server log in ${outDir}\n`);
  process.exit(1);
}
