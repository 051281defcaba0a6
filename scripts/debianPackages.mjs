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
