// Bundles the command line, the language server and the VS Code extension with esbuild.
//   node scripts/build.mjs            all three, the web extension and the playground page, once
//   node scripts/build.mjs --watch    rebuild all three on change (not the web extension or the playground)
import { build, context } from 'esbuild';
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { NODE_BUNDLE } from './esbuildOptions.mjs';
import { stripExamplesPlugin } from './stripExamples.mjs';
import { buildPlayground } from './buildPlayground.mjs';
import { buildWeb } from './buildWeb.mjs';

const watch = process.argv.includes('--watch');
const started = Date.now();

const shared = {
  ...NODE_BUNDLE,
  // ES modules that read import.meta.url (tinyglobby) get the bundle's own URL.
  define: { 'import.meta.url': '__importMetaUrl' },
};
const importMetaUrl = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";
// The extension's first line notes when loading its code began (client/src/extension.ts logs how
// long loading and activating took, in the "Who Says" output).
const codeLoadStart = 'const __whosaysCodeLoadStart = performance.now();';

// The extension's bundles (the client, in two files, and the server) ship in the .vsix and are
// loaded on every start: they are minified (test/package/bundleSize.test.ts holds them under 1 MB
// together), with the source map beside each (not shipped, see .vscodeignore) so that a stack trace
// can be read. The command line is not shipped in the extension and stays as written, so its stack
// traces read without a map. The engine's example sentences are tests and are left out of the
// server and the command line.
const shipped = { ...shared, minify: true };

// vscode-languageclient needs semver's parse and satisfies for one check of the VS Code version:
// client/src/semverSubset.ts stands in for them. Any other semver import stops the build.
const semverSubset = {
  name: 'semver-subset',
  setup(build) {
    build.onResolve({ filter: /^semver(\/|$)/ }, (args) => {
      const name = /^semver\/functions\/(parse|satisfies)$/.exec(args.path)?.[1];
      if (!name) return { errors: [{ text: `${args.path} (imported by ${args.importer}) is not one of the semver functions client/src/semverSubset.ts provides` }] };
      return { path: name, namespace: 'semver-subset' };
    });
    build.onLoad({ filter: /.*/, namespace: 'semver-subset' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(resolve('client/src/semverSubset.ts'))}).${args.path};`,
      resolveDir: resolve('.'),
      loader: 'js',
    }));
  },
};

// vscode-languageclient (with the protocol, some 400 KB) is a bundle of its own, which the extension
// requires when it first starts a client (client/src/languageClientModule.ts): Who Says activates in
// every window (onStartupFinished), and one with no prose open never loads or compiles it. The
// extension's own bundle leaves the import to that file.
// The sourcing report's renderer (client/src/reportPage.ts) is one as well, loaded on the first
// "Show Sourcing Report".
const languageClientApart = {
  name: 'language-client-apart',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageclient\/node$/ }, () => ({ path: './languageClient.js', external: true }));
    build.onResolve({ filter: /^\.\/reportPage$/ }, () => ({ path: './reportPage.js', external: true }));
  },
};

const targets = [
  { ...shared, entryPoints: { cli: 'server/src/node/cli.ts' }, outdir: 'dist', plugins: [stripExamplesPlugin], banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } },
  { ...shipped, entryPoints: { server: 'server/src/node/serverMain.ts' }, outdir: 'dist', plugins: [stripExamplesPlugin], banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } },
  // The extension host provides `vscode`; the client is bundled without it.
  { ...shipped, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'], plugins: [languageClientApart],
    // import() becomes require(): the extension host loads the extension as CommonJS.
    supported: { 'dynamic-import': false }, banner: { js: `${codeLoadStart}\n${importMetaUrl}` } },
  { ...shipped, entryPoints: { languageClient: 'client/src/languageClientBundle.ts' }, outdir: 'dist', external: ['vscode'], plugins: [semverSubset] },
  { ...shipped, entryPoints: { reportPage: 'client/src/reportPage.ts' }, outdir: 'dist' },
];

if (watch) {
  for (const options of targets) await (await context(options)).watch();
  console.log('watching for changes');
} else {
  await Promise.all([...targets.map((options) => build(options)), buildPlayground(), buildWeb(codeLoadStart)]);
  chmodSync('dist/cli.js', 0o755);
  chmodSync('dist/server.js', 0o755);
  console.log(`built dist/cli.js, dist/server.js, dist/extension.js, dist/languageClient.js, dist/reportPage.js, dist/web/extension.js and dist/playground/ in ${Date.now() - started} ms`);
}
