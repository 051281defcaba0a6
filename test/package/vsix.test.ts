// The packaged extension holds exactly the allow-list of .vscodeignore: the three bundles and the
// web extension's, the grammars and language configuration, the schema, the rule pages (docs/rules/*.md, which the
// server links to), the README's images, README, LICENSE, CHANGELOG and package.json; nothing from
// sources, tests, node_modules, other docs or samples, and no source maps.
//
// Builds first when a bundle is missing or older than the sources, then asks @vscode/vsce what it
// would package (`vsce ls`) and packages to a temporary folder to read the .vsix's own entries.

import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildIfNeeded, root } from './build';

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');

/** The rule pages and the README's images, as they are in the repository. */
const SHIPPED_DOCS = [
  ...readdirSync(join(root, 'docs', 'rules')).filter((name) => name.endsWith('.md')).map((name) => `docs/rules/${name}`),
  ...(existsSync(join(root, 'docs', 'images')) ? readdirSync(join(root, 'docs', 'images')).filter((name) => name.endsWith('.png')).map((name) => `docs/images/${name}`) : []),
].sort();

/** What `vsce ls` must list, as paths in the repository. */
const ALLOW_LIST = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/extension.js',
  'dist/languageClient.js',
  'dist/reportPage.js',
  'dist/server.js',
  // The web extension (package.json "browser"), with its server inside.
  'dist/web/extension.js',
  ...SHIPPED_DOCS,
  'package.json',
  'schemas/whosays.editor.schema.json',
  'schemas/whosays.schema.json',
  'syntaxes/markers.injection.tmLanguage.json',
  'syntaxes/wikitext.language-configuration.json',
  'syntaxes/wikitext.tmLanguage.json',
];

/** The .vsix's entries: vsce adds its manifest files and renames README, LICENSE and CHANGELOG. */
const VSIX_ENTRIES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/changelog.md',
  'extension/dist/extension.js',
  'extension/dist/languageClient.js',
  'extension/dist/reportPage.js',
  'extension/dist/server.js',
  'extension/dist/web/extension.js',
  ...SHIPPED_DOCS.map((path) => `extension/${path}`),
  'extension/package.json',
  'extension/readme.md',
  'extension/schemas/whosays.editor.schema.json',
  'extension/schemas/whosays.schema.json',
  'extension/syntaxes/markers.injection.tmLanguage.json',
  'extension/syntaxes/wikitext.language-configuration.json',
  'extension/syntaxes/wikitext.tmLanguage.json',
];

function runVsce(args: string[]): string {
  try {
    return execFileSync(process.execPath, [vsce, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`vsce ${args.join(' ')} failed:\n${stderr ?? ''}${stdout ?? ''}`, { cause: error });
  }
}

/** The names in a zip file's central directory (what `unzip -l` lists), read with Node alone. */
export function zipEntries(zip: Buffer): string[] {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file: no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory entry at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('the .vsix package', () => {
  let listed: string[];
  let entries: string[];
  let manifest: { main: string; contributes: Record<string, unknown> };
  let readme: string;

  before(() => {
    buildIfNeeded();
    listed = runVsce(['ls', '--no-dependencies']).split('\n').map((line) => line.trim()).filter(Boolean);
    const dir = mkdtempSync(join(tmpdir(), 'whosays-vsix-'));
    try {
      const vsix = join(dir, 'whosays.vsix');
      runVsce(['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '-o', vsix]);
      const zip = readFileSync(vsix);
      entries = zipEntries(zip);
      manifest = JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' }));
      readme = execFileSync('unzip', ['-p', vsix, 'extension/readme.md'], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('vsce lists exactly the allow-list', () => {
    assert.deepEqual([...listed].sort(), ALLOW_LIST);
  });

  it('the .vsix holds exactly the allow-list', () => {
    assert.deepEqual([...entries].sort(), VSIX_ENTRIES);
  });

  it('nothing from sources, tests, dependencies, other docs or samples, and no source maps', () => {
    for (const entry of entries) {
      assert.doesNotMatch(entry, /(^|\/)(src|test|node_modules|samples|scripts|client|server|out)\//, entry);
      assert.match(entry, /^(?!extension\/docs\/)|^extension\/docs\/(rules\/([a-z-]+|README)\.md|images\/[a-z-]+\.png)$/, entry);
      assert.doesNotMatch(entry, /\.(map|ts)$/, entry);
    }
    assert.ok(!entries.includes('extension/dist/cli.js'), 'the command line is not part of the extension');
  });

  it('every file the manifest points to is in the package', () => {
    const inPackage = (path: string): boolean => entries.includes(`extension/${relative('.', path).replace(/\\/g, '/')}`);
    assert.ok(inPackage(manifest.main), manifest.main);
    const contributes = manifest.contributes as {
      grammars: { path: string }[];
      languages: { configuration?: string }[];
      jsonValidation: { url: string }[];
    };
    for (const grammar of contributes.grammars) assert.ok(inPackage(grammar.path), grammar.path);
    for (const language of contributes.languages) if (language.configuration) assert.ok(inPackage(language.configuration), language.configuration);
    for (const validation of contributes.jsonValidation) assert.ok(inPackage(validation.url), validation.url);
    // The language server the client starts (client/src/extension.ts: dist/server.js), and the
    // language client it loads first (client/src/languageClientModule.ts: dist/languageClient.js).
    assert.ok(inPackage('dist/server.js'));
    assert.ok(inPackage('dist/languageClient.js'));
  });

  it('the packaged README points at no repository and its relative links are left as they are', () => {
    assert.equal((manifest as { repository?: unknown }).repository, undefined);
    assert.doesNotMatch(readme, /github\.com\/whosays/);
    for (const image of readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)) assert.ok(entries.includes(`extension/${image[1]}`), `the README shows ${image[1]}, which is in the package`);
  });
});
