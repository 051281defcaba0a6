// Bundles the command line, the language server and the VS Code extension with esbuild.
//   node scripts/build.mjs            all three, once
//   node scripts/build.mjs --watch    rebuild on change
import { build, context } from 'esbuild';
import { chmodSync } from 'node:fs';
import { NODE_BUNDLE } from './esbuildOptions.mjs';

const watch = process.argv.includes('--watch');
const started = Date.now();

const shared = {
  ...NODE_BUNDLE,
  // ES modules that read import.meta.url (tinyglobby) get the bundle's own URL.
  define: { 'import.meta.url': '__importMetaUrl' },
};
const importMetaUrl = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

const targets = [
  { ...shared, entryPoints: { cli: 'server/src/node/cli.ts' }, outdir: 'dist', banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } },
  { ...shared, entryPoints: { server: 'server/src/node/serverMain.ts' }, outdir: 'dist', banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } },
  // The extension host provides `vscode`; the client is bundled without it.
  { ...shared, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'], banner: { js: importMetaUrl } },
];

if (watch) {
  for (const options of targets) await (await context(options)).watch();
  console.log('watching for changes');
} else {
  await Promise.all(targets.map((options) => build(options)));
  chmodSync('dist/cli.js', 0o755);
  chmodSync('dist/server.js', 0o755);
  console.log(`built dist/cli.js, dist/server.js and dist/extension.js in ${Date.now() - started} ms`);
}
