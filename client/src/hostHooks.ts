// Hooks for proving the extension in a real editor, off unless code-server (or VS Code) is
// started with these environment variables; the extension host inherits them.
//
//   WHOSAYS_EXTENSION_TESTS_MODULE   path to the bundled extension-host suite (out/electron/suite/index.js)
//   WHOSAYS_EXTENSION_TESTS_RESULTS  file that receives the suite's results as JSON
//     -> runs the same Mocha suite that @vscode/test-electron runs, inside this extension host.
//
//   WHOSAYS_DIAGNOSTICS_FOR          workspace-relative path of a document to open
//   WHOSAYS_DIAGNOSTICS_FILE         file that receives that document's diagnostics as JSON
//     -> what the editor shows for one document, for the main job's --headless mode.

import * as vscode from 'vscode';
import { rename, writeFile } from 'node:fs/promises';

/** Writes the whole file under a temporary name first, so a reader never sees half of it. */
async function writeWhole(path: string, text: string): Promise<void> {
  await writeFile(`${path}.partial`, text);
  await rename(`${path}.partial`, path);
}

interface SuiteModule {
  runSuite(options?: { reporter?: string }): Promise<unknown>;
}

export function startHostHooks(output: vscode.LogOutputChannel): void {
  const env = process.env;
  if (env.WHOSAYS_EXTENSION_TESTS_MODULE && env.WHOSAYS_EXTENSION_TESTS_RESULTS) {
    void runExtensionTests(env.WHOSAYS_EXTENSION_TESTS_MODULE, env.WHOSAYS_EXTENSION_TESTS_RESULTS, output);
  }
  if (env.WHOSAYS_DIAGNOSTICS_FOR && env.WHOSAYS_DIAGNOSTICS_FILE) {
    void reportDiagnostics(env.WHOSAYS_DIAGNOSTICS_FOR, env.WHOSAYS_DIAGNOSTICS_FILE, output);
  }
}

async function runExtensionTests(modulePath: string, resultsPath: string, output: vscode.LogOutputChannel): Promise<void> {
  output.info(`running the extension-host suite from ${modulePath}`);
  try {
    // A path chosen at run time: the suite is a separate bundle, not part of the extension.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const suite = require(modulePath) as SuiteModule;
    const results = await suite.runSuite({ reporter: 'spec' });
    await writeWhole(resultsPath, JSON.stringify(results, null, 2));
  } catch (error) {
    await writeWhole(resultsPath, JSON.stringify({ passed: 0, failed: 1, pending: 0, tests: [{ title: 'load the suite', state: 'failed', error: String(error) }] }, null, 2));
  }
}

/** Opens the document, waits until its diagnostics settle, and writes them out. */
async function reportDiagnostics(relativePath: string, outPath: string, output: vscode.LogOutputChannel): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const uri = vscode.Uri.joinPath(folder.uri, relativePath);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'whosays');
  const settled = await new Promise<vscode.Diagnostic[]>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => finish(), ours().length > 0 ? 1500 : 60_000);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) arm();
    });
    const finish = () => {
      subscription.dispose();
      resolve(ours());
    };
    arm();
  });
  const rows = settled
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => ({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      severity: ['error', 'warning', 'information', 'hint'][d.severity],
      message: d.message,
      rule: typeof d.code === 'object' ? String(d.code.value) : String(d.code),
    }));
  output.info(`wrote ${rows.length} diagnostics for ${relativePath} to ${outPath}`);
  await writeWhole(outPath, JSON.stringify({ path: relativePath, diagnostics: rows }, null, 2));
}
