// The entry of dist/languageClient.js: vscode-languageclient as the extension uses it, bundled apart
// from the extension and required on the first client start (languageClientModule.ts).
export * from 'vscode-languageclient/node';
