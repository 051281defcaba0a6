// The web extension (package.json "browser"): dist/web/extension.js, for VS Code for the Web and
// any editor's browser extension host. It is the extension's own code (client/src/extension.ts)
// with two modules swapped for their browser versions: the language client, which starts the
// server in a web worker (client/src/web/languageClientModule.ts), and the test hooks, which need
// a Node process (client/src/web/hostHooks.ts). The server is the browser build of the same
// server (server/src/browser/serverWorker.ts), built first and embedded as source (the worker is
// made from a Blob; see that module for why). Both are built for the browser platform, so a Node
// import anywhere beneath them fails the build.
import { build } from 'esbuild';
import { resolve, sep } from 'node:path';
import { BROWSER_BUNDLE as WEB } from './esbuildOptions.mjs';
import { stripExamplesPlugin } from './stripExamples.mjs';

const CLIENT_SOURCES = `${sep}client${sep}src${sep}`;
const WEB_SOURCES = `${sep}client${sep}src${sep}web${sep}`;

const browserModules = {
  name: 'browser-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\/(languageClientModule|hostHooks)$/ }, (args) => {
      if (!args.importer.includes(CLIENT_SOURCES) || args.importer.includes(WEB_SOURCES)) return undefined;
      return { path: resolve('client', 'src', 'web', `${args.path.slice(2)}.ts`) };
    });
  },
};

export async function buildWeb(banner) {
  const server = await build({ ...WEB, format: 'iife', entryPoints: ['server/src/browser/serverWorker.ts'], write: false, plugins: [stripExamplesPlugin] });
  await build({
    ...WEB,
    format: 'cjs',
    sourcemap: true,
    entryPoints: { extension: 'client/src/extension.ts' },
    outdir: 'dist/web',
    external: ['vscode'],
    plugins: [browserModules],
    define: { WHOSAYS_SERVER_SOURCE: JSON.stringify(server.outputFiles[0].text) },
    banner: { js: banner },
  });
}
