// The browser build's stand-in for client/src/hostHooks.ts: those hooks read environment variables
// and write files, which a browser extension host has neither of. They serve the Node-hosted
// test tiers only; in the browser there is nothing to start.
import type * as vscode from 'vscode';

export function startHostHooks(_output: vscode.LogOutputChannel): void {
  // Nothing: see above.
}
