// Installs missing Debian packages with apt-get (as root; otherwise says which command to run), for
// the tiers that need a program from Debian: Chromium (scripts/prepareEditor.mjs), Neovim
// (scripts/prepareNeovim.mjs) and pre-commit (scripts/preparePreCommit.mjs).
import { spawnSync } from 'node:child_process';

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Installs `missing` (package names); `say` reports a step, `fail` reports an error and exits.
 * Nothing is done when the list is empty.
 */
export function installDebianPackages(missing, say, fail) {
  if (missing.length === 0) return;
  if (!isRoot()) fail(`missing Debian packages; run: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  say(`installing Debian packages: ${missing.join(', ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.error) fail(`could not run apt-get: ${result.error.message}`);
    return result.status === 0;
  };
  if (!apt(['update'])) fail('apt-get update failed; check the network to the Debian mirrors');
  if (!apt(['install', '-y', '--no-install-recommends', ...missing])) fail(`apt-get install ${missing.join(' ')} failed`);
}

/**
 * A command line tool from Debian, installed with apt-get when `command --version` fails: the
 * tiers that need one (Neovim, pre-commit) call this before their tests. `name` prefixes messages.
 */
export function ensureDebianTool({ name, command, debianPackage }) {
  const say = (message) => process.stdout.write(`${name}: ${message}\n`);
  const fail = (message) => {
    process.stderr.write(`${name}: ${message}\n`);
    process.exit(1);
  };
  const version = () => {
    const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.split('\n')[0].trim() : undefined;
  };
  let found = version();
  if (!found) {
    installDebianPackages([debianPackage], say, fail);
    found = version();
    if (!found) fail(`${command} is still missing after installing Debian's ${debianPackage}`);
  }
  say(`${found} present`);
}
