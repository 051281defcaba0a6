// The commands of docs/protocol.md: lint the workspace (and show its sourcing report, sourcingReport.ts), fix all in the file (fixAll.ts), insert
// [citation needed] at the cursor, show a rule's documentation (inside the editor). The silencing commands are in
// silencing.ts.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { markerAlreadyAt, markerInsertion } from './markerPosition';
import { FIX_ALL_COMMANDS, fixAll } from './fixAll';
import { DIAGNOSTIC_SOURCE, LINT_FILES_METHOD, MARKERS_METHOD, type LintFilesParams, type LintFilesResult, type MarkersParams, type MarkersResult } from './protocol';
import { openRulePage, rulePage } from './ruleDocs';
import { RULES, findRule } from './rules';
import { SOURCING_REPORT_COMMANDS, registerSourcingReport } from './sourcingReport';
import { inWorkspaceBatches, notRunning, plural } from './workspaceBatches';

export const COMMANDS = {
  lintWorkspace: 'whosays.lintWorkspace',
  fixAll: FIX_ALL_COMMANDS.fixAll,
  fixAllIncludingInformation: FIX_ALL_COMMANDS.includingInformation,
  insertCitationNeeded: 'whosays.insertCitationNeeded',
  showRuleDocumentation: 'whosays.showRuleDocumentation',
  showSourcingReport: SOURCING_REPORT_COMMANDS.show,
} as const;

/** What the commands need from the extension: a running client, and the linted languages. */
export interface ClientHost {
  /** Starts the language server if needed; undefined when Who Says is disabled everywhere. */
  ensureClient(): Promise<LanguageClient | undefined>;
  languages(): readonly string[];
  /** The extension's folder, which holds the rule pages (docs/rules). */
  extensionUri: vscode.Uri;
  /** Whether a file is linted: `whosays.enable` for its folder and language, and the document switch. */
  enabledForFile(uri: vscode.Uri): boolean;
}

export interface LintWorkspaceResult {
  files: number;
  findings: number;
  /** Files the server did not lint (unreadable, a special file, too large, outside the workspace). */
  skipped: number;
  cancelled: boolean;
}

export function registerCommands(host: ClientHost): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, () => lintWorkspace(host)),
    vscode.commands.registerCommand(COMMANDS.fixAll, (uri?: unknown) => fixAll(host, uri, false)),
    vscode.commands.registerCommand(COMMANDS.fixAllIncludingInformation, (uri?: unknown) => fixAll(host, uri, true)),
    // Not registerTextEditorCommand: that one resolves before an asynchronous edit is made.
    vscode.commands.registerCommand(COMMANDS.insertCitationNeeded, () => insertCitationNeeded(host)),
    vscode.commands.registerCommand(COMMANDS.showRuleDocumentation, (rule?: unknown) => showRuleDocumentation(host, rule)),
    ...registerSourcingReport(host),
  ];
}

/** Lints every file of a linted language in the workspace into the Problems panel. */
export async function lintWorkspace(host: ClientHost): Promise<LintWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Who Says: open a folder to lint a workspace.');
    return undefined;
  }
  const client = await host.ensureClient();
  if (client === undefined) {
    notRunning();
    return undefined;
  }
  let result: LintWorkspaceResult;
  try {
    result = await lintWithProgress(client, host);
  } catch (error) {
    void vscode.window.showErrorMessage(`Who Says: linting the workspace failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const summary = `Who Says: ${plural(result.findings, 'finding')} in ${plural(result.files, 'file')}`;
  const skipped = result.skipped > 0 ? `; ${plural(result.skipped, 'file')} skipped (see the "Who Says" output)` : '';
  const message = result.cancelled ? `${summary}${skipped} (cancelled before the end).` : `${summary}${skipped}.`;
  // Not awaited: the command's result should not wait for the user to close the message.
  void vscode.window.showInformationMessage(message, 'Open Problems').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return result;
}

/** Sends the workspace's files to the server in batches and adds up its counts. */
async function lintWithProgress(client: LanguageClient, host: ClientHost): Promise<LintWorkspaceResult> {
  const outcome: LintWorkspaceResult = { files: 0, findings: 0, skipped: 0, cancelled: false };
  const run = await inWorkspaceBatches(client, host, 'Who Says: linting the workspace', async (uris, token) => {
    const counts = await client.sendRequest<LintFilesResult>(LINT_FILES_METHOD, { uris } satisfies LintFilesParams, token);
    if (counts) {
      outcome.files += counts.files;
      outcome.findings += counts.findings;
      outcome.skipped += counts.skipped ?? 0;
    }
  });
  outcome.cancelled = run.cancelled;
  return outcome;
}

/** Inserts the document's `[citation needed]` marker at each cursor. */
export async function insertCitationNeeded(host: ClientHost): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) {
    void vscode.window.showInformationMessage('Who Says: open a document to insert [citation needed] into.');
    return false;
  }
  const client = await host.ensureClient();
  if (client === undefined) {
    notRunning();
    return false;
  }
  const document = editor.document;
  const version = document.version;
  let markers: MarkersResult | null;
  try {
    markers = await client.sendRequest<MarkersResult>(MARKERS_METHOD, { uri: client.code2ProtocolConverter.asUri(document.uri) } satisfies MarkersParams);
  } catch (error) {
    void vscode.window.showErrorMessage(`Who Says: no marker text for this document (${error instanceof Error ? error.message : String(error)}).`);
    return false;
  }
  if (!markers?.citationNeeded) {
    void vscode.window.showErrorMessage('Who Says: the language server gave no marker text for this document.');
    return false;
  }
  if (document.version !== version) return false; // the user typed meanwhile; do not insert at a stale place
  const marker = markers.citationNeeded;
  const insertions = new Map<string, { position: vscode.Position; text: string }>();
  for (const selection of editor.selections) {
    const line = document.lineAt(selection.end.line).text;
    const { column, text } = markerInsertion(line, selection.end.character, marker, markers.placement);
    if (markerAlreadyAt(line, column, marker) || markerAlreadyAt(line, selection.end.character, marker)) continue;
    const position = new vscode.Position(selection.end.line, column);
    insertions.set(`${position.line}:${position.character}`, { position, text });
  }
  if (insertions.size === 0) return false;
  return editor.edit((builder) => {
    for (const { position, text } of insertions.values()) builder.insert(position, text);
  });
}

/**
 * Opens a rule's page inside the editor (see ruleDocs.ts): the shipped page, or the one under
 * whosays.docsBaseUrl; without a rule id, asks which (the rules under the cursor first). Resolves
 * to the page's URI.
 */
export async function showRuleDocumentation(host: Pick<ClientHost, 'extensionUri'>, rule?: unknown): Promise<string | undefined> {
  let id = typeof rule === 'string' ? rule : undefined;
  if (id === undefined) id = await pickRule();
  if (id === undefined) return undefined;
  if (findRule(id) === undefined) {
    void vscode.window.showErrorMessage(`Who Says: no rule is called "${id}".`);
    return undefined;
  }
  const page = rulePage(host.extensionUri, id, vscode.window.activeTextEditor?.document.uri);
  await openRulePage(page);
  return page.toString();
}

async function pickRule(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const atCursor = new Map<string, string>();
  if (editor) {
    for (const diagnostic of vscode.languages.getDiagnostics(editor.document.uri)) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      if (!editor.selections.some((selection) => diagnostic.range.contains(selection.active) || diagnostic.range.intersection(selection) !== undefined)) continue;
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      if (typeof code === 'string' && findRule(code) && !atCursor.has(code)) atCursor.set(code, diagnostic.message);
    }
  }
  if (atCursor.size === 1) return [...atCursor.keys()][0];
  const items: vscode.QuickPickItem[] = atCursor.size > 0
    ? [...atCursor].map(([id, message]) => ({ label: id, detail: message }))
    : RULES.map((info) => ({ label: info.id, detail: info.description }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Who Says: rule documentation',
    placeHolder: atCursor.size > 0 ? 'Rules of the findings at the cursor' : 'Pick a rule',
    matchOnDetail: true,
  });
  return picked?.label;
}
