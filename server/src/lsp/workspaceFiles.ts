// What the requests that take a list of files share (`whosays/lintFiles`, and `whosays/reportFiles`
// in reportFiles.ts): each file is linted from the editor's text when it is open, else read from
// disk, but only inside a workspace folder, with its own settings; a run gives way between files
// and stops when cancelled.

import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import type { DocumentLinter, LintResult } from './documents';
import type { ServerFileSystem } from './host';
import { isObject } from './protocolGuards';
import { languageIdForUri, lintFileText } from './requests';
import type { DocumentSettings, SettingsStore } from './settings';
import { isConfigFileUri, isInside } from './uris';

export interface WorkspaceFolderInfo {
  uri: string;
  /** As the client named it (the last segment of its path when it gave no name). */
  name: string;
}

export interface WorkspaceFilesEnv {
  /** The open document of a URI, however the client spelled it. */
  openDocument(uri: string): TextDocument | undefined;
  /** The linter of open documents (replaced on `initialize`, hence a function). */
  linter(): DocumentLinter;
  settings: SettingsStore;
  fs: ServerFileSystem;
  workspaceFolders(): readonly WorkspaceFolderInfo[];
  /** One line in the server's log. */
  warn(message: string): void;
}

/** A requested file, linted: an open document (its latest result), or a file read from disk. */
export type LintedFile =
  | { kind: 'open'; uri: string; result: LintResult }
  | { kind: 'read'; uri: string; text: string; languageId: string; findings: Finding[]; settings: DocumentSettings }
  /** An open document that is not linted (Who Says is off for it, a language it does not lint). */
  | { kind: 'off' }
  /** Not linted for a reason the log gives: outside the workspace, unreadable, too large. */
  | { kind: 'skipped' };

/** The URI with "." and ".." segments resolved (so that a prefix test means "inside"), or undefined if it is not one. */
export function normalizedUri(uri: string): string | undefined {
  try {
    return new URL(uri).href;
  } catch {
    return undefined;
  }
}

/** Lints one requested file; `method` names the request in the log. Never throws. */
export async function lintRequestedFile(requested: string, env: WorkspaceFilesEnv, method: string): Promise<LintedFile> {
  const uri = normalizedUri(requested);
  // An open document is linted from the editor's text, so it may be outside the workspace
  // (an unsaved document, a file opened on its own): nothing is read from disk.
  const open = env.openDocument(requested) ?? (uri !== undefined ? env.openDocument(uri) : undefined);
  if (open && !isConfigFileUri(open.uri)) {
    const result = await env.linter().current(open.uri);
    return result ? { kind: 'open', uri: open.uri, result } : { kind: 'off' };
  }
  // Only files of the workspace are read: a client (or a link in a cloned repository) must
  // not make the server read /etc/passwd.
  if (uri === undefined || !env.workspaceFolders().some((folder) => isInside(uri, folder.uri))) {
    env.warn(`${method}: ${requested}: skipped, not a file in a workspace folder`);
    return { kind: 'skipped' };
  }
  try {
    const settings = await env.settings.forResource(uri);
    const text = await env.fs.readTextFile(uri, settings.maxFileBytes);
    const languageId = languageIdForUri(uri);
    return { kind: 'read', uri, text, languageId, findings: lintFileText(text, languageId, settings, new Date()), settings };
  } catch (error) {
    env.warn(`${method}: ${uri}: skipped: ${error instanceof Error ? error.message : String(error)}`);
    return { kind: 'skipped' };
  }
}

/** The `uris` of a request's parameters, or undefined when they are malformed. */
export function requestedUris(params: unknown): string[] | undefined {
  const uris: unknown = isObject(params) ? params.uris : undefined;
  return Array.isArray(uris) && uris.every((u) => typeof u === 'string') ? (uris as string[]) : undefined;
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Lints each requested file in turn and hands it to `use`; throws RequestCancelled when the
 * request is cancelled, and lets a cancellation (and the editor's other messages) through between files.
 */
export async function lintEachFile(uris: readonly string[], token: CancellationToken, env: WorkspaceFilesEnv, method: string, use: (file: LintedFile) => void | Promise<void>): Promise<void> {
  for (const requested of uris) {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${method}: cancelled.`);
    const file = await lintRequestedFile(requested, env, method);
    await use(file);
    if (file.kind === 'read') await pause();
  }
}
