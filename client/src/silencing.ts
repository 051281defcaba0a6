// Silencing a false positive without touching the article: "Allow …" asks where to allow the phrase
// (the folder's .whosays.json, workspace settings or user settings) and says where it wrote; "Hide
// this finding" keeps the finding's key in the workspace state; "Show Hidden Findings" lists the
// hidden ones and shows the chosen ones again. The quick fixes are server code actions naming the
// first two commands (server/src/lsp/codeActions.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { asHiddenKey, type HiddenFindings } from './hidden';
import { ALLOW_LIST_EDIT_METHOD, type AllowListEditParams, type AllowListEditResult } from './protocol';

export const SILENCING_COMMANDS = {
  allowPhrase: 'whosays.allowPhrase',
  hideFinding: 'whosays.hideFinding',
  showHiddenFindings: 'whosays.showHiddenFindings',
} as const;

export interface SilencingHost {
  ensureClient(): Promise<LanguageClient | undefined>;
  hidden: HiddenFindings;
  /** Tells the server that the hidden findings changed. */
  hiddenChanged(): Promise<void>;
}

export type AllowScope = 'folder' | 'workspace' | 'user';

const MAX_PHRASE = 1_000;

function normalized(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim().toLowerCase();
}

async function allowListEdit(client: LanguageClient, document: vscode.Uri, phrase: string): Promise<AllowListEditResult | null> {
  const params: AllowListEditParams = { uri: client.code2ProtocolConverter.asUri(document), phrase };
  return client.sendRequest<AllowListEditResult | null>(ALLOW_LIST_EDIT_METHOD, params);
}

interface ScopeItem extends vscode.QuickPickItem {
  scope: AllowScope;
}

/** Where "workspace settings" are: the folder's .vscode/settings.json, or the .code-workspace file. */
function workspaceSettingsPlace(): string {
  const file = vscode.workspace.workspaceFile;
  if (file && file.scheme !== 'untitled') return vscode.workspace.asRelativePath(file);
  return '.vscode/settings.json';
}

/** "Allow …": asks where, writes there, says where. Resolves to the scope written, or undefined. */
export async function allowPhrase(host: SilencingHost, uriArgument: unknown, phraseArgument: unknown): Promise<AllowScope | undefined> {
  if (typeof uriArgument !== 'string' || typeof phraseArgument !== 'string') return undefined;
  const phrase = phraseArgument.replace(/\s+/g, ' ').trim();
  if (phrase === '' || phrase.length > MAX_PHRASE) return undefined;
  const document = vscode.Uri.parse(uriArgument);
  const client = await host.ensureClient();
  const target = client ? await allowListEdit(client, document, phrase).catch(() => null) : null;
  const items: ScopeItem[] = [];
  if (target) {
    const place = vscode.workspace.asRelativePath(vscode.Uri.parse(target.configFile));
    const note = target.alreadyAllowed ? 'already allows it' : target.created ? 'a new file' : '';
    items.push({ scope: 'folder', label: "$(file) This folder's .whosays.json", description: note ? `${place} (${note})` : place, detail: 'Shared with everyone who works on these files.' });
  }
  if (vscode.workspace.workspaceFolders?.length) {
    items.push({ scope: 'workspace', label: '$(settings) Workspace settings', description: workspaceSettingsPlace(), detail: 'whosays.allow for this workspace.' });
  }
  items.push({ scope: 'user', label: '$(account) User settings', description: 'whosays.allow', detail: 'For every workspace you open.' });
  const picked = await vscode.window.showQuickPick(items, { title: `Who Says: allow "${phrase}"`, placeHolder: 'Where should this phrase never be flagged?' });
  if (!picked) return undefined;
  if (picked.scope === 'folder') return (await allowInConfigFile(client, document, phrase)) ? 'folder' : undefined;
  return (await allowInSettings(document, phrase, picked.scope)) ? picked.scope : undefined;
}

async function allowInConfigFile(client: LanguageClient | undefined, document: vscode.Uri, phrase: string): Promise<boolean> {
  // Asked again: the file may have changed while the writer chose.
  const target = client ? await allowListEdit(client, document, phrase) : null;
  if (!client || !target) {
    void vscode.window.showErrorMessage('Who Says: this document has no folder to hold a .whosays.json.');
    return false;
  }
  const file = vscode.Uri.parse(target.configFile);
  const place = vscode.workspace.asRelativePath(file);
  const open = 'Open .whosays.json';
  const offerOpen = (choice: string | undefined) => {
    if (choice === open) void vscode.window.showTextDocument(file);
  };
  if (!target.edit) {
    const why = target.alreadyAllowed ? 'already allows' : 'could not be changed safely (fix its errors first) to allow';
    void vscode.window.showInformationMessage(`Who Says: ${place} ${why} "${phrase}".`, open).then(offerOpen);
    return false;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(target.edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
  // Unsaved changes of the writer's own in an open .whosays.json are not saved behind their back.
  const hadUnsavedChanges = vscode.workspace.textDocuments.some((d) => d.uri.toString() === file.toString() && d.isDirty);
  if (!edit || !(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`Who Says: could not write ${place}.`);
    return false;
  }
  // Otherwise saved at once, so that the list holds for files that are not open and for the command line.
  const config = await vscode.workspace.openTextDocument(file);
  if (config.isDirty && !hadUnsavedChanges) await config.save();
  const note = target.created ? ' (new file)' : hadUnsavedChanges ? ' (not saved yet: the file has other unsaved changes)' : '';
  void vscode.window.showInformationMessage(`Who Says: "${phrase}" is allowed in ${place}${note}.`, open).then(offerOpen);
  return true;
}

async function allowInSettings(document: vscode.Uri, phrase: string, scope: 'workspace' | 'user'): Promise<boolean> {
  const settings = vscode.workspace.getConfiguration('whosays', document);
  const inspected = settings.inspect<unknown>('allow');
  const current = scope === 'user' ? inspected?.globalValue : inspected?.workspaceValue;
  const list = Array.isArray(current) ? current.filter((p): p is string => typeof p === 'string') : [];
  const where = scope === 'user' ? 'your user settings' : `the workspace settings (${workspaceSettingsPlace()})`;
  const openLabel = scope === 'user' ? 'Open User Settings' : 'Open Workspace Settings';
  const openCommand = scope === 'user' ? 'workbench.action.openSettingsJson' : 'workbench.action.openWorkspaceSettingsFile';
  const offerOpen = (choice: string | undefined) => {
    if (choice === openLabel) void vscode.commands.executeCommand(openCommand);
  };
  if (list.some((p) => normalized(p) === normalized(phrase))) {
    void vscode.window.showInformationMessage(`Who Says: "${phrase}" is already allowed in ${where}.`, openLabel).then(offerOpen);
    return false;
  }
  await settings.update('allow', [...list, phrase], scope === 'user' ? vscode.ConfigurationTarget.Global : vscode.ConfigurationTarget.Workspace);
  void vscode.window.showInformationMessage(`Who Says: "${phrase}" is allowed in ${where}.`, openLabel).then(offerOpen);
  return true;
}

/** "Hide this finding": resolves to true when it was hidden now. */
export async function hideFinding(host: SilencingHost, uriArgument: unknown, keyArgument: unknown, shownArgument: unknown): Promise<boolean> {
  const key = asHiddenKey(keyArgument);
  if (typeof uriArgument !== 'string' || key === undefined) return false;
  const shown = typeof shownArgument === 'string' ? shownArgument.slice(0, 200) : key.words;
  const uri = vscode.Uri.parse(uriArgument);
  const added = await host.hidden.hide(uri, key, shown);
  await host.hiddenChanged();
  if (added) {
    const undo = 'Undo';
    void vscode.window.showInformationMessage(`Who Says: hid "${shown}" in ${vscode.workspace.asRelativePath(uri)}. "Who Says: Show Hidden Findings" lists what you hid.`, undo).then(async (choice) => {
      if (choice !== undo) return;
      await host.hidden.unhide(uri.toString(), [key]);
      await host.hiddenChanged();
    });
  }
  return added;
}

interface HiddenItem extends vscode.QuickPickItem {
  uri: string;
  key: { rule: string; words: string; sentence: string };
}

/** Lists the hidden findings (the active document's first) and shows the chosen ones again. Resolves to how many. */
export async function showHiddenFindings(host: SilencingHost): Promise<number> {
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const documents = host.hidden.all().sort((a, b) => Number(b.uri === active) - Number(a.uri === active) || a.uri.localeCompare(b.uri));
  const items: HiddenItem[] = [];
  for (const { uri, entries } of documents) {
    for (const entry of [...entries].sort((a, b) => b.at - a.at)) {
      items.push({
        uri,
        key: { rule: entry.rule, words: entry.words, sentence: entry.sentence },
        label: `"${entry.shown}"`,
        description: `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))} · ${entry.rule}`,
        detail: entry.sentence,
      });
    }
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Who Says: no findings are hidden.');
    return 0;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Who Says: hidden findings',
    placeHolder: 'Tick the findings to show again',
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked || picked.length === 0) return 0;
  const byUri = new Map<string, HiddenItem['key'][]>();
  for (const item of picked) byUri.set(item.uri, [...(byUri.get(item.uri) ?? []), item.key]);
  for (const [uri, keys] of byUri) await host.hidden.unhide(uri, keys);
  await host.hiddenChanged();
  void vscode.window.showInformationMessage(`Who Says: ${picked.length === 1 ? '1 finding is' : `${picked.length} findings are`} shown again.`);
  return picked.length;
}
