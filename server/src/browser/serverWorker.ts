// The language server in a web worker, for VS Code for the Web (the extension's browser entry
// starts it, client/src/web/languageClientModule.ts): the same server as dist/server.js, speaking
// over the worker's messages, reading files through the client (lsp/clientFileSystem.ts). No Node
// API here or in anything it imports (the browser build would fail on one).

import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { version } from '../../../package.json';
import { clientFileSystem } from '../lsp/clientFileSystem';
import { startServer } from '../lsp/server';

// A dedicated worker's global scope, which the reader and writer listen on and post to.
const scope = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, { fs: clientFileSystem(connection), version });
