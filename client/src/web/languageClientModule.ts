// The language client of the web extension (VS Code for the Web, and code-server's browser
// extension host): the build puts this file where client/src/languageClientModule.ts stands for
// the Node extension host (scripts/build.mjs). The server is the browser build of the same server
// (server/src/browser/serverWorker.ts), embedded in this bundle as source and started in a worker
// made from a Blob: a web extension may not start a worker from its own URI where the workbench
// serves extensions from another origin (code-server's vscode-remote resources; microsoft/vscode#168942,
// coder/code-server#5869), while a Blob worker starts everywhere, vscode.dev included, and needs
// no second download. The server reads files through this client (FindConfigFile, ReadTextFile).

import * as vscode from 'vscode';
import * as library from 'vscode-languageclient/browser';
import type { LanguageClient, LanguageClientOptions } from 'vscode-languageclient/browser';
import { CONFIG_FILE_NAME } from '../configStarter';
import { FIND_CONFIG_FILE_METHOD, READ_TEXT_FILE_METHOD } from '../protocol';

export type LanguageClientModule = typeof library;

/** The browser server's bundled source, put in by the build. */
declare const WHOSAYS_SERVER_SOURCE: string;

/** Loading costs nothing more here: the library is part of this bundle. */
export const languageClientLoadMs: number | undefined = undefined;

export function loadLanguageClient(): Promise<LanguageClientModule> {
  return Promise.resolve(library);
}

/** Where the client runs its server, for the log. */
export const SERVER_HOST = 'a web worker';

export function newLanguageClient(lib: LanguageClientModule, id: string, name: string, clientOptions: LanguageClientOptions, extensionUri: vscode.Uri): LanguageClient {
  const worker = new Worker(URL.createObjectURL(new Blob([WHOSAYS_SERVER_SOURCE], { type: 'text/javascript' })));
  // The rule pages ship in the extension: the server links to them there (it has no folder of its own).
  const docsBaseUrl = `${vscode.Uri.joinPath(extensionUri, 'docs', 'rules').toString()}/`;
  const options: LanguageClientOptions = { ...clientOptions, initializationOptions: { ...(clientOptions.initializationOptions as object), docsBaseUrl } };
  const client = new lib.LanguageClient(id, name, worker, options);
  client.onRequest(FIND_CONFIG_FILE_METHOD, (params: { uri?: unknown }) => findConfigFile(params.uri));
  client.onRequest(READ_TEXT_FILE_METHOD, (params: { uri?: unknown; maxBytes?: unknown }) => readTextFile(params.uri, params.maxBytes));
  return client;
}

/** The nearest .whosays.json of a document: in its folder, then each parent; null when there is none. */
async function findConfigFile(uri: unknown): Promise<string | null> {
  if (typeof uri !== 'string') return null;
  let folder = vscode.Uri.joinPath(vscode.Uri.parse(uri), '..');
  for (let depth = 0; depth < 64; depth++) {
    const candidate = vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
    try {
      const stat = await vscode.workspace.fs.stat(candidate);
      if (stat.type & vscode.FileType.File) return candidate.toString();
    } catch {
      // not there: one folder up
    }
    const parent = vscode.Uri.joinPath(folder, '..');
    if (parent.path === folder.path) break;
    folder = parent;
  }
  return null;
}

async function readTextFile(uri: unknown, maxBytes: unknown): Promise<string> {
  if (typeof uri !== 'string') throw new Error('No file named.');
  const target = vscode.Uri.parse(uri);
  const stat = await vscode.workspace.fs.stat(target);
  if (!(stat.type & vscode.FileType.File)) throw new Error('Not a regular file; skipped.');
  if (typeof maxBytes === 'number' && stat.size > maxBytes) throw new Error(`Too large: ${stat.size} bytes is over the ${maxBytes}-byte limit (setting whosays.maxFileSize).`);
  const bytes = await vscode.workspace.fs.readFile(target);
  try {
    // A leading byte-order mark is dropped, as the Node server's reader drops it.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('The file is not valid UTF-8.');
  }
}
