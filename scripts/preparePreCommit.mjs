// Before the CI-tools tier (npm run test:ci-tools): Debian's pre-commit, installed with apt-get
// when it is missing (as the Neovim tier installs Neovim), for the hook tests' `pre-commit try-repo`.
import { spawnSync } from 'node:child_process';
import { installDebianPackages } from './debianPackages.mjs';

function say(message) {
  process.stdout.write(`prepare-pre-commit: ${message}\n`);
}

function fail(message) {
  process.stderr.write(`prepare-pre-commit: ${message}\n`);
  process.exit(1);
}

function version() {
  const result = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

let found = version();
if (!found) {
  installDebianPackages(['pre-commit'], say, fail);
  found = version();
  if (!found) fail('pre-commit is still missing after installing Debian\'s pre-commit');
}
say(`${found} present`);
