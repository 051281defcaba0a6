// Bundles the command line (and later the language server and client) with esbuild.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const started = Date.now();
await build({
  entryPoints: { cli: 'server/src/node/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Prefer packages' ES module builds (jsonc-parser's UMD build hides its modules from the bundler),
  // and give ES modules that read import.meta.url (tinyglobby) the bundle's own URL.
  mainFields: ['module', 'main'],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
console.log(`built dist/cli.js in ${Date.now() - started} ms`);
