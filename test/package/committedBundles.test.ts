// The command line and the language server bundles are committed (npm installs them from a git URL
// without building, see .gitignore): they must be exactly what the build makes of the committed
// sources. The build is deterministic, so the fresh build of this checkout must equal the committed
// files. Where the sources have changes not yet committed (while working), there is nothing to
// compare with and the test is skipped; a clean clone (CI) always checks.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildIfNeeded, root } from './build';

const COMMITTED = ['dist/cli.js', 'dist/server.js'];
/** What the bundles are built from. */
const SOURCES = ['server', 'client', 'scripts', 'package.json', 'package-lock.json'];

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('committed bundles', () => {
  let why: string | undefined;
  before(() => {
    if (!existsSync(join(root, '.git'))) why = 'not a git checkout';
    else if (git(['status', '--porcelain', '--', ...SOURCES]).trim() !== '') why = 'the sources have changes not yet committed';
    else buildIfNeeded();
  });

  for (const bundle of COMMITTED) {
    it(`${bundle} is the build of the committed sources`, (t) => {
      if (why) {
        t.skip(why);
        return;
      }
      const built = readFileSync(join(root, bundle), 'utf8');
      let committed: string;
      try {
        committed = git(['show', `HEAD:${bundle}`]);
      } catch {
        assert.fail(`${bundle} is not committed: run "npm run bundle" and commit it`);
      }
      assert.ok(built === committed, `${bundle} differs from the build of the committed sources: run "npm run bundle" and commit ${bundle}`);
    });
  }

  it('they are tracked, and nothing else in dist/ is', () => {
    if (!existsSync(join(root, '.git'))) return;
    assert.deepEqual(git(['ls-files', 'dist']).trim().split('\n').sort(), [...COMMITTED].sort());
  });
});
