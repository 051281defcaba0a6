// client/src/semverSubset.ts stands in for semver's parse and satisfies in the extension bundle
// (scripts/build.mjs): it must answer as semver does, on the range the installed language client
// checks VS Code's version against.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse, satisfies } from '../../client/src/semverSubset';

interface SemVer { major: number; minor: number; patch: number; prerelease: (string | number)[] }
const load = createRequire(__filename);
const semverParse = load('semver/functions/parse') as (version: string) => SemVer | null;
const semverSatisfies = load('semver/functions/satisfies') as (version: SemVer | string, range: string) => boolean;

const root = join(__dirname, '..', '..');
/** The range in vscode-languageclient's node/main.js, as the installed version has it. */
function clientRange(): string {
  const main = readFileSync(join(root, 'node_modules', 'vscode-languageclient', 'lib', 'node', 'main.js'), 'utf8');
  const match = /REQUIRED_VSCODE_VERSION\s*=\s*'([^']+)'/.exec(main);
  assert.ok(match, 'vscode-languageclient/lib/node/main.js names REQUIRED_VSCODE_VERSION');
  return match[1];
}

const VERSIONS = [
  '1.91.0', '1.91.1', '1.90.9', '1.100.0', '1.105.0-insider', '2.0.0', '0.91.0', '1.91', 'v1.96.2', ' 1.96.2 ',
  '1.96.2+build.7', '1.96.0-rc.1', '01.96.0', '1.96.00', 'latest', '', '1.2.3.4', '1.96.0-', '1.96.0-alpha..1', '1.96.0-0a.1',
];

describe('semverSubset', () => {
  it('parses as semver does', () => {
    for (const version of VERSIONS) {
      const expected = semverParse(version);
      const got = parse(version);
      if (expected === null) assert.equal(got, null, version);
      else assert.deepEqual(got, { major: expected.major, minor: expected.minor, patch: expected.patch, prerelease: expected.prerelease }, version);
    }
  });

  it("handles the installed language client's range and answers as semver for it, the way the client asks (pre-release cleared)", () => {
    const range = clientRange();
    for (const version of VERSIONS) {
      const expected = semverParse(version);
      const got = parse(version);
      if (!expected || !got) continue;
      expected.prerelease = [];
      got.prerelease = [];
      assert.equal(satisfies(got, range), semverSatisfies(expected, range), `${version} in ${range}`);
    }
  });

  it('answers as semver for other caret ranges, pre-releases included', () => {
    for (const range of ['^1.91.0', '^1.0.0', '^2.3.4', '^1.96.2']) {
      for (const version of VERSIONS) {
        const got = parse(version);
        if (got) assert.equal(satisfies(got, range), semverSatisfies(version.trim(), range), `${version} in ${range}`);
      }
    }
  });

  it('throws on a range it does not handle rather than answering wrongly', () => {
    for (const range of ['>=1.91.0', '~1.91.0', '^0.9.0', '1.91.x', '^1.91.0 || ^2.0.0']) {
      assert.throws(() => satisfies('1.91.0', range), /caret ranges/, range);
    }
  });
});
