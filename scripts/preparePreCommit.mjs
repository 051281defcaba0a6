// Before the CI-tools tier (npm run test:ci-tools): Debian's pre-commit, installed with apt-get
// when it is missing (as the Neovim tier installs Neovim), for the hook tests' `pre-commit try-repo`.
import { ensureDebianTool } from './debianPackages.mjs';

ensureDebianTool({ name: 'prepare-pre-commit', command: 'pre-commit', debianPackage: 'pre-commit' });
