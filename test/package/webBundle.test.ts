// The web extension's bundle (dist/web/extension.js, package.json "browser") runs in a browser
// extension host: it may require nothing but `vscode`, and it carries the browser server whole.
// The browser builds (scripts/buildWeb.mjs) already fail on a Node built-in; this also catches a
// package that would be left to a `require` at run time.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildIfNeeded, root } from './build';

describe('the web extension bundle', () => {
  let bundle: string;
  before(() => {
    buildIfNeeded();
    bundle = readFileSync(join(root, 'dist', 'web', 'extension.js'), 'utf8');
  });

  it('requires nothing but vscode', () => {
    const required = [...new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))];
    assert.deepEqual(required, ['vscode']);
  });

  it('embeds the browser server, which speaks over worker messages', () => {
    assert.ok(bundle.includes('whosays/findConfigFile'), 'the file requests the browser server sends');
    assert.ok(/postMessage/.test(bundle), 'the worker transport');
  });

  it('is declared as the browser entry', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { browser?: string };
    assert.equal(manifest.browser, './dist/web/extension.js');
  });
});
