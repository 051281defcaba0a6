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
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
console.log(`built dist/cli.js in ${Date.now() - started} ms`);
