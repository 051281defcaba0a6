// Entry point of the Who Says VS Code extension (bundled to dist/extension.js). It starts the
// language server (dist/server.js) and adds the commands, the status bar item and a context key
// for menus. All linting happens in the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientController } from './client';
import { registerCommands } from './commands';
import { isLinted } from './languages';
import { FindingsStatusBar } from './statusBar';
import { HiddenFindings } from './hidden';
import { SILENCING_COMMANDS, allowPhrase, hideFinding, showHiddenFindings, type SilencingHost } from './silencing';
import { startHostHooks } from './hostHooks';
import { registerSwitchCommands } from './switchCommands';
import { DocumentSwitches, describeWhyOff, enabledForFile, whyOff } from './switches';

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

/** When loading the bundle began: its first line sets it (scripts/build.mjs); absent in other builds. */
declare const __whosaysCodeLoadStart: number | undefined;
/** When this module's body ran: the last of the bundle's code that runs on load. */
const codeLoaded = performance.now();

/** The extension's own account of its activation, as VS Code's two figures split it. */
function activationNote(activateStarted: number): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const call = performance.now() - activateStarted;
  if (typeof __whosaysCodeLoadStart !== 'number') return `activated: the activate call took ${ms(call)}`;
  const load = codeLoaded - __whosaysCodeLoadStart;
  return `activated in ${ms(load + call)}: loading the code ${ms(load)}, the activate call ${ms(call)}`;
}

export function activate(context: vscode.ExtensionContext): WhoSaysApi {
  const activateStarted = performance.now();
  const output = vscode.window.createOutputChannel('Who Says', { log: true });
  const hidden = new HiddenFindings(context.workspaceState);
  const switches = new DocumentSwitches(context.workspaceState);
  const clients = new ClientController(context.extensionUri, output, switches, hidden);
  controller = clients;
  const statusBar = new FindingsStatusBar(() => clients.lintedLanguages(), {
    reason: (document) => whyOff(document, switches),
    describe: describeWhyOff,
    documents: () => switches.list(),
  }, (document) => hidden.forUri(document.uri).length);
  const silencing: SilencingHost = { ensureClient: () => clients.ensure(), hidden, hiddenChanged: () => clients.clientSettingsChanged().then(() => undefined) };

  // Context keys for the commands' `when` clauses (package.json, menus).
  const updateContext = (): void => {
    const setContext = (key: string, value: unknown) => void vscode.commands.executeCommand('setContext', key, value);
    setContext('whosays.lintedLanguages', clients.lintedLanguages());
    const active = vscode.window.activeTextEditor?.document;
    setContext('whosays.activeDocumentOff', active !== undefined && switches.isOff(active.uri));
    setContext('whosays.workspaceOff', vscode.workspace.getConfiguration('whosays').inspect<boolean>('enable')?.workspaceValue === false);
  };
  updateContext();

  context.subscriptions.push(
    output,
    clients,
    statusBar,
    hidden,
    hidden.onDidChange(() => statusBar.update()),
    vscode.commands.registerCommand(SILENCING_COMMANDS.allowPhrase, (uri?: unknown, phrase?: unknown) => allowPhrase(silencing, uri, phrase)),
    vscode.commands.registerCommand(SILENCING_COMMANDS.hideFinding, (uri?: unknown, key?: unknown, shown?: unknown) => hideFinding(silencing, uri, key, shown)),
    vscode.commands.registerCommand(SILENCING_COMMANDS.showHiddenFindings, () => showHiddenFindings(silencing)),
    switches,
    ...registerCommands({ ensureClient: () => clients.ensure(), languages: () => clients.lintedLanguages(), enabledForFile: (uri) => enabledForFile(uri, switches), extensionUri: context.extensionUri }),
    ...registerSwitchCommands({
      switches,
      languages: () => clients.lintedLanguages(),
      ensureClient: () => clients.ensure(),
      restartClient: () => clients.restart(),
      switchesChanged: () => clients.clientSettingsChanged(),
    }),
    switches.onDidChange(() => {
      updateContext();
      statusBar.update();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => updateContext()),
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
  output.info(activationNote(activateStarted));

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
