// Before the Neovim tier (npm run test:neovim): Debian's Neovim, installed with apt-get when it is
// missing (as the editor tiers install Chromium), so that a clean machine runs the tier too.
import { ensureDebianTool } from './debianPackages.mjs';

ensureDebianTool({ name: 'prepare-neovim', command: 'nvim', debianPackage: 'neovim' });
