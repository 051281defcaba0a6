// Helpers for the extension-host tests: only the `vscode` API, so the suite runs the same in
// VS Code (@vscode/test-electron) and in code-server's extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhoSaysApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'whosays.whosays';

export async function activateExtension(): Promise<WhoSaysApi> {
  const extension = vscode.extensions.getExtension<WhoSaysApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this extension host`);
  return extension.isActive ? extension.exports : extension.activate();
}

/**
 * Resolves with the first truthy value of `check`, re-evaluated whenever one of `events` fires
 * (and every 200 ms for state that has no event, such as the status bar); rejects after `timeoutMs`.
 */
export function waitFor<T>(what: string, check: () => T | undefined | false | null | Promise<T | undefined | false | null>,
  events: vscode.Event<unknown>[] = [], timeoutMs = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const disposables: vscode.Disposable[] = [];
    let done = false;
    const finish = (error: Error | undefined, value?: T): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(poll);
      for (const disposable of disposables) disposable.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const evaluate = async (): Promise<void> => {
      try {
        const value = await check();
        if (value) finish(undefined, value);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    const poll = setInterval(() => void evaluate(), 200);
    for (const event of events) disposables.push(event(() => void evaluate()));
    void evaluate();
  });
}

export function whosaysDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'whosays');
}

/** Waits until the document has Who Says diagnostics that satisfy `accept` (by default: any). */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs = 60_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`Who Says diagnostics on ${uri.toString()}`, () => {
    const diagnostics = whosaysDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  }, [vscode.languages.onDidChangeDiagnostics], timeoutMs);
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  const value = typeof code === 'object' ? code.value : code;
  return typeof value === 'string' ? value : undefined;
}

export function hrefOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? code.target.toString(true) : undefined;
}

/** A scratch folder inside the first workspace folder, removed by `dispose`. */
export class Scratch {
  private constructor(readonly root: vscode.Uri) {}

  static async create(): Promise<Scratch> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the extension tests need an open folder (runTests.ts opens a temporary one)');
    const root = vscode.Uri.joinPath(folder.uri, `whosays-electron-test-${Date.now().toString(36)}`);
    await vscode.workspace.fs.createDirectory(root);
    return new Scratch(root);
  }

  async write(name: string, text: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(this.root, name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }

  async open(name: string, text: string): Promise<vscode.TextEditor> {
    const uri = await this.write(name, text);
    const document = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(document);
  }

  async dispose(): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(this.root, { recursive: true, useTrash: false });
  }
}

/** Joins the plain text of hover contents. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}
