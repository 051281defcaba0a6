// The npm package: what `npm pack` puts in it (.npmignore), and `npm install -g` from a git URL of
// this repository's last commit, into a temporary prefix, giving working `whosays` and
// `whosays-ls` (issue 14). Nothing is fetched from the registry: the package has no dependencies.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { root } from './build';

const PACKED = ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'dist/server.js', 'package.json', 'schemas/whosays.editor.schema.json', 'schemas/whosays.schema.json'];

describe('the npm package', () => {
  const temporary: string[] = [];
  after(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the two bundles, the rule pages, the schemas and the notices, nothing else', () => {
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [{ files: { path: string }[] }];
    const files = report.files.map((f) => f.path).sort();
    assert.deepEqual(files.filter((f) => !f.startsWith('docs/rules/')), PACKED);
    assert.ok(files.includes('docs/rules/README.md') && files.includes('docs/rules/vague-majority.md'), 'the rule pages the server links to');
    assert.ok(files.filter((f) => f.startsWith('docs/')).every((f) => /^docs\/rules\/[\w-]+\.md$/.test(f)), 'no other docs');
  });

  it('has no runtime dependencies and no install, prepare or build script (npm would prepare a git install, and break it)', () => {
    const manifest = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: root, encoding: 'utf8' })) as { dependencies?: object; scripts: Record<string, string> };
    assert.equal(manifest.dependencies, undefined);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build']) assert.equal(manifest.scripts[script], undefined, script);
  });

  it('npm install -g from a git URL of the last commit gives working whosays and whosays-ls', (t) => {
    if (!existsSync(join(root, '.git'))) {
      t.skip('not a git checkout');
      return;
    }
    const prefix = mkdtempSync(join(tmpdir(), 'whosays-global-'));
    temporary.push(prefix);
    const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', `git+${pathToFileURL(root).href}`], { encoding: 'utf8', timeout: 180_000 });
    assert.equal(install.status, 0, install.stderr);
    const bin = join(prefix, 'bin');
    const article = join(prefix, 'article.txt');
    writeFileSync(article, 'Many believe the bridge was sabotaged.\n');
    const lint = spawnSync(join(bin, 'whosays'), [article], { encoding: 'utf8' });
    assert.equal(lint.status, 1, lint.stderr);
    assert.match(lint.stdout, /weasel\/vague-majority/);
    const server = spawnSync(join(bin, 'whosays-ls'), ['--version'], { encoding: 'utf8' });
    assert.equal(server.status, 0, server.stderr);
    assert.match(server.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
