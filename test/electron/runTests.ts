// Runs the extension-host suite in a real VS Code with @vscode/test-electron.
//
//   npm run test:electron                                    downloads VS Code (stable) first
//   WHOSAYS_VSCODE_EXECUTABLE=/path/to/code npm run test:electron   uses a local VS Code instead
//   WHOSAYS_VSCODE_VERSION=1.91.0 npm run test:electron      a given version (default: stable)
//   WHOSAYS_TEST_GREP="status bar" npm run test:electron     only some tests
//
// Machines without access to VS Code's download servers cannot download it: set
// WHOSAYS_VSCODE_EXECUTABLE, or run the same suite in code-server (see client/README.md).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  // This file is bundled to out/electron/runTests.js.
  const root = resolve(__dirname, '..', '..');
  const extensionTestsPath = resolve(__dirname, 'suite', 'index.js');

  let vscodeExecutablePath = process.env.WHOSAYS_VSCODE_EXECUTABLE || undefined;
  if (vscodeExecutablePath !== undefined && !existsSync(vscodeExecutablePath)) {
    console.error(`test:electron: WHOSAYS_VSCODE_EXECUTABLE is ${vscodeExecutablePath}, which does not exist.`);
    return 2;
  }
  if (vscodeExecutablePath === undefined) {
    const version = process.env.WHOSAYS_VSCODE_VERSION || 'stable';
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: join(root, '.cache', 'vscode-test') });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.error(`test:electron: could not download VS Code ${version} (${reason}); set WHOSAYS_VSCODE_EXECUTABLE to a local VS Code executable, or run the suite in code-server.`);
      return 2;
    }
  }

  // A fresh folder to open, profile and extensions folder: no other extension, no leftover state.
  const scratch = mkdtempSync(join(tmpdir(), 'whosays-electron-'));
  const workspace = join(scratch, 'workspace');
  mkdirSync(workspace);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath,
      extensionTestsEnv: { WHOSAYS_TEST_GREP: process.env.WHOSAYS_TEST_GREP },
      launchArgs: [workspace, `--user-data-dir=${join(scratch, 'user-data')}`, `--extensions-dir=${join(scratch, 'extensions')}`, '--disable-gpu'],
    });
    return 0;
  } catch (error) {
    console.error(`test:electron: the extension tests failed (${error instanceof Error ? error.message : String(error)}).`);
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(`test:electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
