// Shared by the package tests: build the bundles first when one is missing or older than what it
// is built from (the sources, the build scripts, the generated rule list).

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
/** What the extension ships and loads: the client (in two files, see scripts/build.mjs) and the server. */
export const BUNDLES = ['dist/extension.js', 'dist/languageClient.js', 'dist/server.js'];
const BUILD_SCRIPTS = ['scripts/build.mjs', 'scripts/esbuildOptions.mjs', 'scripts/stripExamples.mjs'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function buildIfNeeded(): void {
  const bundles = BUNDLES.map((bundle) => join(root, bundle));
  const newestInput = Math.max(
    newestMtime(join(root, 'client', 'src')),
    newestMtime(join(root, 'server', 'src')),
    ...BUILD_SCRIPTS.map((script) => statSync(join(root, script)).mtimeMs),
  );
  const stale = bundles.some((bundle) => !existsSync(bundle)) || Math.min(...bundles.map((bundle) => statSync(bundle).mtimeMs)) < newestInput;
  if (stale) execFileSync('npm', ['run', 'bundle'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
