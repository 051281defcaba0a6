// File names as SARIF artifact URIs (server/src/output/formats/sarifUri.ts), on both kinds of
// platform: the command line's tests can only run the one they are on.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { artifactUri, isWindowsUrl } from '../../server/src/output/formats/sarifUri';

describe('artifactUri', () => {
  test('relative names: relative references against %SRCROOT%, each segment percent-encoded', () => {
    assert.deepEqual(artifactUri('docs/a b.md', false), { uri: 'docs/a%20b.md', uriBaseId: '%SRCROOT%' });
    assert.equal(artifactUri('caf\u00e9/#1 ?%.md', false).uri, 'caf%C3%A9/%231%20%3F%25.md');
    assert.equal(artifactUri('a:b.md', false).uri, 'a%3Ab.md');
    assert.equal(artifactUri('./docs//./a.md', false).uri, 'docs/a.md');
    assert.equal(artifactUri('../up/a.md', false).uri, '../up/a.md');
    assert.equal(artifactUri('\u{1F600}.md', false).uri, '%F0%9F%98%80.md');
  });

  test('a backslash is a separator on Windows only', () => {
    assert.equal(artifactUri('docs\\a.md', false).uri, 'docs%5Ca.md');
    assert.deepEqual(artifactUri('docs\\a b.md', true), { uri: 'docs/a%20b.md', uriBaseId: '%SRCROOT%' });
  });

  test('absolute names: file: URIs, no base', () => {
    assert.deepEqual(artifactUri('/home/me/a b.md', false), { uri: 'file:///home/me/a%20b.md' });
    assert.deepEqual(artifactUri('C:\\Users\\me\\r\u00e9sum\u00e9.md', true), { uri: 'file:///C:/Users/me/r%C3%A9sum%C3%A9.md' });
    assert.deepEqual(artifactUri('\\\\server\\share\\a.md', true), { uri: 'file://server/share/a.md' });
    // On POSIX "C:\x" is a relative name with a colon and a backslash in it.
    assert.equal(artifactUri('C:\\x.md', false).uri, 'C%3A%5Cx.md');
  });

  test('a lone surrogate (possible in a Windows name) becomes U+FFFD instead of throwing', () => {
    assert.equal(artifactUri('a\uD800b.md', true).uri, 'a%EF%BF%BDb.md');
  });
});

describe('isWindowsUrl', () => {
  test('drive letters and UNC hosts are Windows; file:///home is not', () => {
    assert.equal(isWindowsUrl('file:///C:/work/'), true);
    assert.equal(isWindowsUrl('file://server/share/'), true);
    assert.equal(isWindowsUrl('file:///home/me/'), false);
    assert.equal(isWindowsUrl(undefined), false);
  });
});
