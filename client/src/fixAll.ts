// "Fix All in File": asks the server for the plan of the document's current version, applies it only
// to that version, and says what it did ("Who Says: inserted 5 markers"). Run from the command
// palette or from the quick-fix menu's "Fix All in File" entry (a server code action that names this
// command). The silent variant for editor.codeActionsOnSave is the server's source.fixAll.whosays.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FIX_ALL_METHOD, type FixAllParams, type FixAllResult } from './protocol';
import { plural } from './workspaceBatches';

export interface FixAllHost {
  ensureClient(): Promise<LanguageClient | undefined>;
}

export const FIX_ALL_COMMANDS = {
  fixAll: 'whosays.fixAll',
  includingInformation: 'whosays.fixAllIncludingInformation',
} as const;

/** What Fix All reports: "inserted 5 markers and replaced 1 word", or undefined for nothing. */
export function describeFixes(markers: number, words: number): string | undefined {
  const parts = [
    markers > 0 ? `inserted ${plural(markers, 'marker')}` : '',
    words > 0 ? `replaced ${plural(words, 'word')} with "said"` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

function informationNote(left: number): string {
  return left > 0 ? ` ${plural(left, 'information-level finding')} left as ${left === 1 ? 'it is' : 'they are'}.` : '';
}

/** The document a command argument names (a URI string from a code action), else the active editor's. */
function targetDocument(argument: unknown): vscode.TextDocument | undefined {
  if (typeof argument === 'string') {
    const wanted = vscode.Uri.parse(argument).toString();
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === wanted);
  }
  return vscode.window.activeTextEditor?.document;
}

/** Runs Fix All on a document; resolves to true when the document was changed. */
export async function fixAll(host: FixAllHost, argument: unknown, includeInformation: boolean): Promise<boolean> {
  const document = targetDocument(argument);
  if (document === undefined) {
    void vscode.window.showInformationMessage('Who Says: open a document to fix.');
    return false;
  }
  const client = await host.ensureClient();
  if (client === undefined) {
    void vscode.window.showWarningMessage('Who Says is disabled (setting "whosays.enable").');
    return false;
  }
  let result: FixAllResult | null;
  try {
    const params: FixAllParams = { uri: client.code2ProtocolConverter.asUri(document.uri), ...(includeInformation ? { includeInformation } : {}) };
    result = await client.sendRequest<FixAllResult | null>(FIX_ALL_METHOD, params);
  } catch (error) {
    void vscode.window.showErrorMessage(`Who Says: Fix All failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  if (result === null) {
    void vscode.window.showInformationMessage('Who Says: this document is not linted, so there is nothing to fix.');
    return false;
  }
  // The edits are for one version: after a keystroke they could land in the wrong words.
  if (result.version !== document.version) {
    void vscode.window.showWarningMessage('Who Says: the document changed while the fixes were prepared; nothing was changed. Run Fix All again.');
    return false;
  }
  const done = describeFixes(result.markers, result.words);
  if (result.edits.length === 0 || done === undefined) {
    void offerInformation(host, document, `Who Says: nothing to fix in this file.${informationNote(result.informationLeft)}`, result.informationLeft);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) edit.replace(document.uri, client.protocol2CodeConverter.asRange(e.range), e.newText);
  // applyEdit checks the version the extension host knows, which is the one just compared.
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) {
    void vscode.window.showWarningMessage('Who Says: the fixes could not be applied (the document changed). Run Fix All again.');
    return false;
  }
  void offerInformation(host, document, `Who Says: ${done}.${informationNote(result.informationLeft)}`, result.informationLeft);
  return true;
}

/** Shows the message; when information-level findings were left, offers to fix those too. */
async function offerInformation(host: FixAllHost, document: vscode.TextDocument, message: string, left: number): Promise<void> {
  const fixThem = 'Fix Those Too';
  const choice = left > 0 ? await vscode.window.showInformationMessage(message, fixThem) : await vscode.window.showInformationMessage(message);
  if (choice === fixThem) await fixAll(host, document.uri.toString(), true);
}
