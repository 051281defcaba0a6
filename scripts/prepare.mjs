// The prepare script: builds the bundles when npm installs this package from a clone or a git URL
// (`npm install -g git+https://…`), so that `whosays` and `whosays-ls` work once installed.
// npm prepares a git dependency by installing it with its dev dependencies first; with -g, though,
// the global flag reaches that install and the dev dependencies are left out (npm 7 to 11), so
// the build would find no esbuild. They are installed here in that case, in the package itself and
// without scripts (so that this script does not run again), and the build follows.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'node_modules', 'esbuild', 'package.json'))) {
  const npm = process.env.npm_execpath;
  if (!npm) throw new Error('prepare: esbuild is not installed; run "npm install" first.');
  console.log('prepare: installing the build tools (npm left out the dev dependencies)');
  // The outer install's settings (global, allow-scripts, ...) reach this one through npm_config_*
  // variables; it is a plain project install, so they are left out.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
  execFileSync(process.execPath, [npm, 'install', '--include=dev', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env });
}
await import('./build.mjs');
