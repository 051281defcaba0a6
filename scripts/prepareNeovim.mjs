// Before the Neovim tier (npm run test:neovim): Debian's Neovim, installed with apt-get when it is
// missing (as the editor tiers install Chromium), so that a clean machine runs the tier too.
import { spawnSync } from 'node:child_process';
import { installDebianPackages } from './debianPackages.mjs';

function say(message) {
  process.stdout.write(`prepare-neovim: ${message}\n`);
}

function fail(message) {
  process.stderr.write(`prepare-neovim: ${message}\n`);
  process.exit(1);
}

function version() {
  const result = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

let found = version();
if (!found) {
  installDebianPackages(['neovim'], say, fail);
  found = version();
  if (!found) fail('nvim is still missing after installing Debian\'s neovim');
}
say(`${found} present`);
