// The pre-commit hooks (.pre-commit-hooks.yaml), run by Debian's pre-commit (installed by
// scripts/preparePreCommit.mjs) with `pre-commit try-repo` on this checkout, as a user would try
// them from their own repository. try-repo clones the checkout at HEAD plus its uncommitted
// changes to tracked files, and installs the hook the way it would from a remote: the node hook
// runs `npm install` and `npm pack` there (the npm registry is the only network it needs; Node is
// the one on PATH), the script hook installs nothing.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { removeTempDirs, tempDir } from '../support/tempDirs';
import { ROOT } from './actionRunner';

const FILES = {
  'docs/bad.md': '# Bridge\n\nMany believe the bridge was sabotaged.\n',
  'docs/clean.md': '# Council\n\nThe council voted on Tuesday, the clerk said.\n',
  'notes/story.wiki': 'Sources say the mayor will resign.\n',
  'LEGACY.TXT': 'Many believe the old bridge was safer.\n',
  // Not a document: the hooks' file pattern leaves it out, so it is never linted as plain text.
  'src/app.js': '// Many believe this works.\n',
};

/** A git repository holding FILES, staged, as a user's repository would before a commit. */
function userRepository(): string {
  const dir = tempDir(FILES, 'whosays-precommit-');
  for (const args of [['init', '--quiet'], ['add', '--all']]) {
    const git = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    assert.equal(git.status, 0, git.stderr);
  }
  return dir;
}

/** The environment without the npm_* variables of an enclosing `npm test`, which the hook's own npm would read as its configuration. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  env.PRE_COMMIT_HOME = tempDir({}, 'whosays-precommit-home-');
  return env;
}

function tryRepo(hook: string, cwd: string, files: string[]) {
  const result = spawnSync('pre-commit', ['try-repo', ROOT, hook, '--color', 'never', '--verbose', '--files', ...files], { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 600_000 });
  if (result.error) throw result.error;
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('the pre-commit hooks', () => {
  after(removeTempDirs);

  it("pre-commit accepts the hooks file and the README's configuration", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const config = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((block) => /^repos:/m.test(block));
    assert.equal(config.length, 1, 'one .pre-commit-config.yaml in the README');
    const dir = tempDir({ '.pre-commit-config.yaml': config[0] }, 'whosays-precommit-config-');
    const checks = [
      ['validate-manifest', path.join(ROOT, '.pre-commit-hooks.yaml')],
      ['validate-config', path.join(dir, '.pre-commit-config.yaml')],
    ];
    for (const args of checks) {
      const result = spawnSync('pre-commit', args, { env: cleanEnv(), encoding: 'utf8' });
      assert.equal(result.status, 0, result.stdout + result.stderr);
    }
    const hookIds = [...readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8').matchAll(/^- id: (\S+)$/gm)].map((m) => m[1]);
    assert.deepEqual(hookIds, ['whosays', 'whosays-node-on-path']);
    assert.match(config[0], /^ {6}- id: whosays$/m, 'the README uses a hook of the file');
  });

  for (const hook of ['whosays', 'whosays-node-on-path']) {
    describe(hook, () => {
      it('fails a commit with a weasel phrase in a document, naming the finding; code files are left out', { timeout: 600_000 }, (t) => {
        if (!existsSync(path.join(ROOT, '.git'))) return t.skip('not a git checkout');
        const { status, output } = tryRepo(hook, userRepository(), Object.keys(FILES));
        assert.equal(status, 1, output);
        assert.match(output, /^Who Says\.+Failed$/m);
        assert.match(output, /^docs\/bad\.md:3:1 .*weasel\/vague-majority$/m);
        assert.match(output, /^notes\/story\.wiki:1:1 .*weasel\/anonymous-source$/m, 'wikitext, which identify has no type for');
        assert.match(output, /^LEGACY\.TXT:1:1 .*weasel\/vague-majority$/m, 'an extension in capitals');
        assert.doesNotMatch(output, /src\/app\.js/);
      });

      it('passes a commit of clean documents', { timeout: 600_000 }, (t) => {
        if (!existsSync(path.join(ROOT, '.git'))) return t.skip('not a git checkout');
        const { status, output } = tryRepo(hook, userRepository(), ['docs/clean.md', 'src/app.js']);
        assert.equal(status, 0, output);
        assert.match(output, /^Who Says\.+Passed$/m);
        assert.match(output, /^No problems found in 1 file\.$/m, 'the document was linted, the code file left out');
      });
    });
  }
});
