// Entry point of the Who Says VS Code extension (bundled to dist/extension.js). It starts the
// language server (dist/server.js) and adds the commands, the status bar item and a context key
// for menus. All linting happens in the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientController, enabledFor } from './client';
import { registerCommands } from './commands';
import { isLinted } from './languages';
import { FindingsStatusBar } from './statusBar';
import { HiddenFindings } from './hidden';
import { SILENCING_COMMANDS, allowPhrase, hideFinding, showHiddenFindings, type SilencingHost } from './silencing';
import { startHostHooks } from './hostHooks';

/** What `activate` returns: used by the extension tests, stable enough for other extensions. */
export interface WhoSaysApi {
  /** The running language client, starting it if needed (undefined when disabled everywhere). */
  client(): Promise<LanguageClient | undefined>;
  /** The linted language ids: the five built-ins and `whosays.languages`. */
  lintedLanguages(): readonly string[];
  /** The status bar item's text and tooltip, or undefined when it is hidden. */
  statusBar(): { text: string | undefined; tooltip: string | undefined };
}

let controller: ClientController | undefined;

export function activate(context: vscode.ExtensionContext): WhoSaysApi {
  const output = vscode.window.createOutputChannel('Who Says', { log: true });
  const hidden = new HiddenFindings(context.workspaceState);
  const clients = new ClientController(context.asAbsolutePath('dist/server.js'), output, hidden);
  controller = clients;
  const statusBar = new FindingsStatusBar(() => clients.lintedLanguages(), enabledFor, (document) => hidden.forUri(document.uri).length);
  const silencing: SilencingHost = { ensureClient: () => clients.ensure(), hidden, hiddenChanged: () => clients.settingsChanged() };

  const updateContext = (): void => {
    void vscode.commands.executeCommand('setContext', 'whosays.lintedLanguages', clients.lintedLanguages());
  };
  updateContext();

  context.subscriptions.push(
    output,
    clients,
    statusBar,
    hidden,
    hidden.onDidChange(() => statusBar.update()),
    ...registerCommands({ ensureClient: () => clients.ensure(), languages: () => clients.lintedLanguages(), extensionUri: context.extensionUri }),
    vscode.commands.registerCommand(SILENCING_COMMANDS.allowPhrase, (uri?: unknown, phrase?: unknown) => allowPhrase(silencing, uri, phrase)),
    vscode.commands.registerCommand(SILENCING_COMMANDS.hideFinding, (uri?: unknown, key?: unknown, shown?: unknown) => hideFinding(silencing, uri, key, shown)),
    vscode.commands.registerCommand(SILENCING_COMMANDS.showHiddenFindings, () => showHiddenFindings(silencing)),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isLinted(document, clients.lintedLanguages())) void clients.startIfNeeded();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('whosays')) return;
      void clients.onConfigurationChanged(event).then(() => {
        updateContext();
        statusBar.update();
      });
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void clients.startIfNeeded()),
  );
  void clients.startIfNeeded();
  startHostHooks(output);

  return {
    client: () => clients.ensure(),
    lintedLanguages: () => clients.lintedLanguages(),
    statusBar: () => ({ text: statusBar.text, tooltip: statusBar.tooltip }),
  };
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
