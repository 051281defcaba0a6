// The language client for VS Code's Node extension host (the web build swaps in
// client/src/web/languageClientModule.ts, which runs the server in a web worker).
//
// vscode-languageclient is loaded when a client is first started, not with the extension: loading
// it (and the protocol) was most of the time VS Code counted as the extension's activation, and
// activation needs none of it. Who Says activates in every window (onStartupFinished), so a window
// with no prose open never loads it at all. The build puts it in a file of its own,
// dist/languageClient.js (scripts/build.mjs), which this import() reads; elsewhere the client
// imports the package's types only (`import type`), which leave nothing in the bundle.

import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

export type LanguageClientModule = typeof import('vscode-languageclient/node');

let loading: Promise<LanguageClientModule> | undefined;
/** How long the first load took, for the "Who Says" output. */
export let languageClientLoadMs: number | undefined;

export function loadLanguageClient(): Promise<LanguageClientModule> {
  loading ??= (async () => {
    const started = performance.now();
    const module = await import('vscode-languageclient/node');
    languageClientLoadMs = performance.now() - started;
    return module;
  })();
  return loading;
}

/** Where the client runs its server, for the log. */
export const SERVER_HOST = 'a Node process (dist/server.js)';

/** A client of a new server: dist/server.js in a Node process of its own, over IPC. */
export function newLanguageClient(library: LanguageClientModule, id: string, name: string, clientOptions: LanguageClientOptions, extensionUri: vscode.Uri): LanguageClient {
  const { LanguageClient, TransportKind } = library;
  const module = vscode.Uri.joinPath(extensionUri, 'dist', 'server.js').fsPath;
  // dist/server.js is minified: where its source map lies beside it (a build from the repository,
  // not the .vsix), the stack traces the server logs name the TypeScript sources.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--enable-source-maps'] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--enable-source-maps', '--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient(id, name, serverOptions, clientOptions);
}
