// The main job (npm start): set up a real VS Code (code-server) with the freshly packaged extension
// and open the sample articles in it.
//
//   npm start                  prepare, start code-server on the samples, print the local URL
//   npm start -- --headless    (also when CI is set) print the diagnostics the editor shows for
//                              the sample article, then exit
//
// The command line stays available: `npx whosays samples/sample-article.md`.

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareEditor, paths } from './prepareEditor.mjs';
import { freshUserData, launchChromium, startCodeServer } from './codeServer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const headless = process.argv.includes('--headless') || Boolean(process.env.CI);
const SAMPLE = 'sample-article.md';

function say(message) {
  process.stdout.write(`${message}\n`);
}

prepareEditor();

// A fresh copy each time, so that trying the quick fixes never edits the repository's samples.
const workspace = join(paths.cache, 'sample-workspace');
rmSync(workspace, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });
cpSync(join(root, 'samples'), workspace, { recursive: true });
// Its own user-data folder, seeded with the prepared settings, so tests can run beside it.
const userDataDir = freshUserData(join(paths.cache, 'user-data-main'));

if (!headless) {
  const server = await startCodeServer({ workspace, userDataDir, logPath: join(paths.cache, 'code-server.log') });
  say('');
  say(`Who Says is running in VS Code (code-server) on the sample articles:`);
  say(`  ${server.url}`);
  say(`Open ${SAMPLE} there to see the findings. The log is ${server.logPath}. Press Ctrl+C to stop.`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  const reportPath = join(paths.cache, 'sample-diagnostics.json');
  rmSync(reportPath, { force: true });
  const server = await startCodeServer({
    workspace,
    userDataDir,
    logPath: join(paths.cache, 'code-server.log'),
    env: { WHOSAYS_DIAGNOSTICS_FOR: SAMPLE, WHOSAYS_DIAGNOSTICS_FILE: reportPath },
  });
  const browser = await launchChromium();
  let failure;
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The extension writes the diagnostics once they have settled; wait for the file.
    const deadline = Date.now() + 120_000;
    while (!existsSync(reportPath)) {
      if (Date.now() > deadline) throw new Error(`the editor reported no diagnostics within 120 s; see ${server.logPath}`);
      await page.waitForTimeout(250);
    }
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    say(`Diagnostics VS Code ${'(code-server)'} shows for samples/${SAMPLE}:`);
    for (const d of report.diagnostics) say(`samples/${SAMPLE}:${d.line}:${d.column}  ${d.severity.padEnd(11)}  ${d.message}  ${d.rule}`);
    say(`\n${report.diagnostics.length} diagnostics.`);
  } catch (error) {
    failure = error;
  } finally {
    await browser.close();
    await server.stop();
  }
  if (failure) {
    process.stderr.write(`main: ${failure.message}\n`);
    process.exit(1);
  }
}
