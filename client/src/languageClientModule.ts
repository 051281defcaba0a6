// vscode-languageclient is loaded when a client is first started, not with the extension: running
// its modules (and the protocol's) was most of the time VS Code counted as the extension's
// activation, and activation needs none of it. The bundle holds it either way (esbuild turns the
// import() into a call of the bundled module); this only puts off running it. Elsewhere the client
// imports the package's types only (`import type`), which leave nothing in the bundle.

export type LanguageClientModule = typeof import('vscode-languageclient/node');

export function loadLanguageClient(): Promise<LanguageClientModule> {
  return import('vscode-languageclient/node');
}
