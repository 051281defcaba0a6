// The extension's bundles, which ship in the .vsix, stay under 1 MB together: the client (its own
// code in dist/extension.js, the language client it loads on the first start in
// dist/languageClient.js) and the server (dist/server.js). They hold what they run and not more:
// nothing from node_modules in dist/extension.js, no engine, schema or semver in the client, no
// example sentences (tests) or command line in the server, one copy of the protocol libraries on
// each side. They are minified (scripts/build.mjs); the source map beside each must still lead a
// position in the bundle back to the TypeScript line it came from, for stack traces.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/rules';
import { BUNDLES, buildIfNeeded, root } from './build';

/** 1 MB, in bytes, as the sizes in issue 13 count it. */
const LIMIT = 1_000_000;

interface Map { sources: string[] }

function readMap(bundle: string): Map & { raw: object } {
  const raw = JSON.parse(readFileSync(join(root, `${bundle}.map`), 'utf8'));
  return { raw, sources: (raw.sources as string[]).map((source) => source.replace(/\\/g, '/')) };
}

/** The packages a bundle holds, by their folder under node_modules (nested copies counted apart). */
function packageCopies(sources: string[], name: string): string[] {
  const copies = new Set<string>();
  for (const source of sources) {
    const at = source.lastIndexOf(`node_modules/${name}/`);
    if (at >= 0) copies.add(source.slice(0, at + `node_modules/${name}`.length));
  }
  return [...copies];
}

/** Where in the TypeScript sources the first place `needle` appears in the bundle comes from. */
function origin(bundle: string, needle: string): { file: string; line: number } {
  const text = readFileSync(join(root, bundle), 'utf8');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${bundle} holds ${needle}`);
  const lines = text.slice(0, at).split('\n');
  const entry = new SourceMap(readMap(bundle).raw as ConstructorParameters<typeof SourceMap>[0]).findEntry(lines.length - 1, lines[lines.length - 1].length);
  assert.ok('originalSource' in entry, `the map has an entry for ${needle}`);
  return { file: entry.originalSource.replace(/\\/g, '/'), line: entry.originalLine + 1 };
}

describe('the extension bundles', () => {
  before(buildIfNeeded);

  it('are under 1 MB together', () => {
    assert.deepEqual(BUNDLES, ['dist/extension.js', 'dist/languageClient.js', 'dist/server.js']);
    const sizes = BUNDLES.map((bundle) => statSync(join(root, bundle)).size);
    const total = sizes.reduce((a, b) => a + b, 0);
    const detail = BUNDLES.map((bundle, i) => `${bundle} ${sizes[i]} bytes`).join(', ');
    assert.ok(total < LIMIT, `${detail}: ${total} bytes together, over ${LIMIT}; see what grew with esbuild's metafile (scripts/build.mjs)`);
  });

  it('are minified, each with its source map beside it', () => {
    for (const bundle of BUNDLES) {
      const text = readFileSync(join(root, bundle), 'utf8');
      // Written code averages some 40 characters a line; minified, lines break only inside template strings.
      const perLine = Math.round(text.length / text.split('\n').length);
      assert.ok(perLine > 1000, `${bundle} is minified (${perLine} characters a line)`);
      assert.match(text, new RegExp(`\\n//# sourceMappingURL=${bundle.slice('dist/'.length)}\\.map\\n?$`), `${bundle} names its map`);
      assert.ok(existsSync(join(root, `${bundle}.map`)), `${bundle}.map`);
    }
  });

  it('map a position in the minified code back to its TypeScript line', () => {
    const serverLine = readFileSync(join(root, 'server/src/node/serverMain.ts'), 'utf8').split('\n').findIndex((line) => line.includes('internal error (')) + 1;
    const server = origin('dist/server.js', 'internal error (');
    assert.match(server.file, /(^|\/)server\/src\/node\/serverMain\.ts$/);
    assert.equal(server.line, serverLine);
    const clientLine = readFileSync(join(root, 'client/src/extension.ts'), 'utf8').split('\n').findIndex((line) => line.includes("'whosays.activeDocumentOff'")) + 1;
    const client = origin('dist/extension.js', '"whosays.activeDocumentOff"');
    assert.match(client.file, /(^|\/)client\/src\/extension\.ts$/);
    assert.equal(client.line, clientLine);
  });

  it('the extension loads its own code only: the language client and the protocol wait in dist/languageClient.js', () => {
    const { sources } = readMap('dist/extension.js');
    assert.ok(sources.some((source) => source.endsWith('client/src/extension.ts')), 'the map lists the client sources');
    assert.deepEqual(sources.filter((source) => source.includes('node_modules/')), []);
    assert.ok(readMap('dist/languageClient.js').sources.some((source) => source.includes('node_modules/vscode-languageclient/lib/node/main.js')));
    assert.match(readFileSync(join(root, 'dist/extension.js'), 'utf8'), /require\("\.\/languageClient\.js"\)/, 'dist/extension.js requires dist/languageClient.js');
  });

  it('the client holds no engine, no .whosays.json schema and no semver', () => {
    const sources = [...readMap('dist/extension.js').sources, ...readMap('dist/languageClient.js').sources];
    for (const source of sources) {
      assert.doesNotMatch(source, /(^|\/)server\/src\//, `the client bundles ${source}`);
      assert.doesNotMatch(source, /(^|\/)schemas\//, `the client bundles ${source}`);
      assert.doesNotMatch(source, /node_modules\/semver\//, `the client bundles ${source}`);
    }
  });

  it('the sourcing report\u2019s renderer waits in dist/reportPage.js, which holds the report\u2019s output modules and no engine', () => {
    assert.match(readFileSync(join(root, 'dist/extension.js'), 'utf8'), /require\("\.\/reportPage\.js"\)/, 'dist/extension.js requires dist/reportPage.js');
    const { sources } = readMap('dist/reportPage.js');
    assert.ok(sources.some((source) => source.endsWith('server/src/output/report/html.ts')), 'the map lists the renderer');
    for (const source of sources) {
      assert.match(source, /(^|\/)(server\/src\/output\/report|client\/src)\//, `dist/reportPage.js bundles ${source}`);
    }
  });

  it('the server holds neither the client nor the command line', () => {
    const { sources } = readMap('dist/server.js');
    assert.ok(sources.some((source) => source.endsWith('server/src/node/serverMain.ts')), 'the map lists the server sources');
    for (const source of sources) assert.doesNotMatch(source, /(^|\/)(client\/src\/|server\/src\/node\/cli(Output)?\.ts$)/, `the server bundles ${source}`);
  });

  it('client and server each hold one copy of vscode-jsonrpc, the protocol and its types', () => {
    for (const bundle of ['dist/languageClient.js', 'dist/server.js']) {
      const { sources } = readMap(bundle);
      for (const name of ['vscode-jsonrpc', 'vscode-languageserver-protocol', 'vscode-languageserver-types']) {
        assert.equal(packageCopies(sources, name).length, 1, `${bundle}: ${name} from ${packageCopies(sources, name).join(', ')}`);
      }
    }
  });

  it("the server holds none of the rules' example sentences, which are tests", () => {
    const server = readFileSync(join(root, 'dist/server.js'), 'utf8');
    const sentences = RULES.flatMap((rule) => [
      ...(rule.phrases?.entries ?? []).flatMap((entry) => [...entry.flag, ...(entry.pass ?? [])]),
      ...(rule.examples ? [...rule.examples.flag, ...rule.examples.pass] : []),
    ]).filter((sentence) => sentence.length >= 25);
    assert.ok(sentences.length > 300, `${sentences.length} example sentences to look for`);
    const found = sentences.filter((sentence) => server.includes(JSON.stringify(sentence).slice(1, -1)));
    assert.deepEqual(found, []);
  });
});
