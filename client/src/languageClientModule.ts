// vscode-languageclient is loaded when a client is first started, not with the extension: loading
// it (and the protocol) was most of the time VS Code counted as the extension's activation, and
// activation needs none of it. Who Says activates in every window (onStartupFinished), so a window
// with no prose open never loads it at all. The build puts it in a file of its own,
// dist/languageClient.js (scripts/build.mjs), which this import() reads; elsewhere the client
// imports the package's types only (`import type`), which leave nothing in the bundle.

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
