// Commands that turn Who Says off and on (for the active document, for the workspace), open or
// create `.whosays.json`, restart the language server and lint the active document now.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CONFIG_FILE_NAME, CONFIG_STARTER } from './configStarter';
import { isLinted } from './languages';
import { loadLanguageClient } from './languageClientModule';
import { LINT_FILES_METHOD, type LintFilesParams, type LintFilesResult } from './protocol';
import { describeWhyOff, whyOff, type DocumentSwitches } from './switches';

export const SWITCH_COMMANDS = {
  disableForDocument: 'whosays.disableForDocument',
  enableForDocument: 'whosays.enableForDocument',
  disableForWorkspace: 'whosays.disableForWorkspace',
  enableForWorkspace: 'whosays.enableForWorkspace',
  openConfigFile: 'whosays.openConfigFile',
  restartServer: 'whosays.restartServer',
  lintDocument: 'whosays.lintDocument',
} as const;

/** How long a confirmation stays in the status bar. */
const CONFIRMATION_MS = 5_000;

export interface SwitchHost {
  switches: DocumentSwitches;
  languages(): readonly string[];
  ensureClient(): Promise<LanguageClient | undefined>;
  restartClient(): Promise<LanguageClient | undefined>;
  /** A per-document switch changed: the server must read the settings again. */
  switchesChanged(): Promise<unknown>;
}

export function registerSwitchCommands(host: SwitchHost): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(SWITCH_COMMANDS.disableForDocument, () => setDocumentOff(host, true)),
    vscode.commands.registerCommand(SWITCH_COMMANDS.enableForDocument, () => setDocumentOff(host, false)),
    vscode.commands.registerCommand(SWITCH_COMMANDS.disableForWorkspace, () => setWorkspaceEnable(false)),
    vscode.commands.registerCommand(SWITCH_COMMANDS.enableForWorkspace, () => setWorkspaceEnable(true)),
    vscode.commands.registerCommand(SWITCH_COMMANDS.openConfigFile, () => openConfigFile()),
    vscode.commands.registerCommand(SWITCH_COMMANDS.restartServer, () => restartServer(host)),
    vscode.commands.registerCommand(SWITCH_COMMANDS.lintDocument, () => lintDocument(host)),
  ];
}

/** The active editor's document when Who Says can lint it, with a message otherwise. */
function activeLintedDocument(host: SwitchHost): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document === undefined || !isLinted(document, host.languages())) {
    void vscode.window.showInformationMessage('Who Says: open a document Who Says lints (plain text, Markdown, LaTeX, HTML or wikitext) first.');
    return undefined;
  }
  return document;
}

/** Turns linting off or on for the active document; remembered for this workspace, not written into the file. */
async function setDocumentOff(host: SwitchHost, off: boolean): Promise<boolean> {
  const document = activeLintedDocument(host);
  if (document === undefined) return false;
  await host.switches.setOff(document.uri, off);
  await host.switchesChanged();
  if (!off) {
    const reason = whyOff(document, host.switches);
    // The switch is gone, but a setting still keeps the document off: say which.
    if (reason !== undefined) void vscode.window.showInformationMessage(describeWhyOff(document, reason));
  }
  return true;
}

/** Writes `whosays.enable` into the workspace settings. */
async function setWorkspaceEnable(enable: boolean): Promise<boolean> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Who Says: open a folder first; without one there are no workspace settings.');
    return false;
  }
  const config = vscode.workspace.getConfiguration('whosays');
  // Turning on removes the workspace's "off" rather than writing "on", unless the user settings say off.
  const value = enable ? (config.inspect<boolean>('enable')?.globalValue === false ? true : undefined) : false;
  await config.update('enable', value, vscode.ConfigurationTarget.Workspace);
  return true;
}

/** Which folder's `.whosays.json`: the only one, or the one the writer picks. */
async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Who Says: open a folder first; .whosays.json lives in a folder.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder\'s .whosays.json? It applies to the files under that folder.' });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Opens the folder's `.whosays.json`, creating it with a commented starter when there is none. */
export async function openConfigFile(): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder();
  if (folder === undefined) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  if (!(await exists(uri))) {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CONFIG_STARTER));
    vscode.window.setStatusBarMessage(`Who Says: created ${CONFIG_FILE_NAME} in ${folder.name}`, CONFIRMATION_MS);
  }
  await vscode.window.showTextDocument(uri);
  return uri;
}

async function restartServer(host: SwitchHost): Promise<boolean> {
  const client = await host.restartClient();
  if (client === undefined) {
    void vscode.window.showInformationMessage('Who Says is off everywhere (setting "whosays.enable"), so no language server runs.');
    return false;
  }
  vscode.window.setStatusBarMessage('Who Says: language server restarted', CONFIRMATION_MS);
  return true;
}

/** Lints the active document now (even when linting waits for a save) and shows its findings. */
export async function lintDocument(host: SwitchHost): Promise<number | undefined> {
  const document = activeLintedDocument(host);
  if (document === undefined) return undefined;
  const reason = whyOff(document, host.switches);
  if (reason !== undefined) {
    void vscode.window.showInformationMessage(describeWhyOff(document, reason));
    return undefined;
  }
  const client = await host.ensureClient();
  if (client === undefined) return undefined;
  const uri = client.code2ProtocolConverter.asUri(document.uri);
  let counts: LintFilesResult | undefined;
  try {
    counts = await client.sendRequest<LintFilesResult>(LINT_FILES_METHOD, { uris: [uri] } satisfies LintFilesParams);
  } catch (error) {
    void vscode.window.showErrorMessage(`Who Says: linting this document failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  // The server now holds a result for the current text; pulling again shows it.
  const { DocumentDiagnosticRequest } = await loadLanguageClient();
  client.getFeature(DocumentDiagnosticRequest.method)?.getProvider(document)?.onDidChangeDiagnosticsEmitter.fire();
  const findings = counts?.findings ?? 0;
  vscode.window.setStatusBarMessage(`Who Says: ${findings === 1 ? '1 finding' : `${findings} findings`} in ${document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1)}`, CONFIRMATION_MS);
  return findings;
}
