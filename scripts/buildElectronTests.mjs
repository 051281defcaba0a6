// Bundles the extension-host test suite and its launcher with esbuild:
//   test/electron/suite/index.ts -> out/electron/suite/index.js  (vscode external, Mocha bundled)
//   test/electron/runTests.ts    -> out/electron/runTests.js     (@vscode/test-electron bundled)
// The suite bundle needs nothing from node_modules at run time, so the same file can be loaded by
// VS Code's test runner or by a runner inside code-server's extension host.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuildOptions.mjs';

const started = Date.now();
const shared = {
  ...NODE_BUNDLE,
  // Mocha's parallel mode (never used here) resolves its worker files by path; the bundle keeps the
  // calls, which only run if parallel mode is switched on.
  logOverride: { 'require-resolve-not-external': 'silent' },
};

await Promise.all([
  build({ ...shared, entryPoints: { index: 'test/electron/suite/index.ts' }, outdir: 'out/electron/suite', external: ['vscode'] }),
  build({ ...shared, entryPoints: { runTests: 'test/electron/runTests.ts' }, outdir: 'out/electron' }),
]);
console.log(`built out/electron/suite/index.js and out/electron/runTests.js in ${Date.now() - started} ms`);
