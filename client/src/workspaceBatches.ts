// What "Lint Workspace" and "Show Sourcing Report" share: the workspace's files of linted languages
// (those Who Says is on for), sent to the server in batches under a cancellable progress notification.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { extensionsGlob, lintedExtensions } from './languages';

/** Files sent to the server per request. */
export const LINT_BATCH_SIZE = 50;
const EXCLUDE = '**/{node_modules,.git}/**';

export interface BatchHost {
  languages(): readonly string[];
  /** Whether a file is linted: `whosays.enable` for its folder and language, and the document switch. */
  enabledForFile(uri: vscode.Uri): boolean;
}

export interface BatchRun {
  /** Files found (and sent, unless cancelled). */
  found: number;
  cancelled: boolean;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function notRunning(): void {
  void vscode.window.showWarningMessage('Who Says is disabled (setting "whosays.enable").');
}

/**
 * Finds the files and hands them to `send` in batches of protocol URIs, in order, under a progress
 * notification titled `title`. A request that fails because the user cancelled ends the run; any
 * other failure rejects.
 */
export function inWorkspaceBatches(
  client: LanguageClient,
  host: BatchHost,
  title: string,
  send: (uris: string[], token: vscode.CancellationToken) => Promise<void>,
): Thenable<BatchRun> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token): Promise<BatchRun> => {
    progress.report({ message: 'finding files…' });
    const found = await vscode.workspace.findFiles(extensionsGlob(lintedExtensions(host.languages())), EXCLUDE, undefined, token);
    const uris = found
      .filter((uri) => host.enabledForFile(uri))
      .map((uri) => client.code2ProtocolConverter.asUri(uri))
      .sort();
    for (let start = 0; start < uris.length; start += LINT_BATCH_SIZE) {
      if (token.isCancellationRequested) break;
      const batch = uris.slice(start, start + LINT_BATCH_SIZE);
      try {
        await send(batch, token);
      } catch (error) {
        if (token.isCancellationRequested) break;
        throw error;
      }
      progress.report({
        increment: (batch.length / uris.length) * 100,
        message: `${start + batch.length} of ${plural(uris.length, 'file')}`,
      });
    }
    return { found: uris.length, cancelled: token.isCancellationRequested };
  });
}
