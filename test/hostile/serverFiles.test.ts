// Hostile files given to the language server (dist/server.js): special and oversized files through
// whosays/lintFiles, and as .whosays.json; a .whosays.json nested 10,000 deep. The server must
// refuse each with a readable message, stay alive, and keep reading configuration afterwards.

import assert from 'node:assert/strict';
import { truncateSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { MAX_CONFIG_DEPTH } from '../../server/src/engine/limits';
import { TestClient, fileUri, removeTempDirs, tempDir } from '../server/lspClient';
import { SKIP_SPECIAL, makeFifo, makeLink, makeSocket } from './specialFiles';

after(removeTempDirs);

const TEXT = 'Many believe the dam was sabotaged.\n\nThe ministry claimed the strike was defensive.\n';
const DEFAULT_RULES = ['weasel/vague-majority', 'style/loaded-speech-verb'];
const rules = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));
const sameRules = (expected: string[]) => (p: { diagnostics: Diagnostic[] }) => rules(p.diagnostics).join() === expected.join();

/** Collects what the server logs (lintFiles warns there about each file it skips). */
function collectLogs(client: TestClient): string[] {
  const logs: string[] = [];
  client.connection.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  return logs;
}

describe('whosays/lintFiles reads only regular files, up to the cap', { skip: SKIP_SPECIAL }, () => {
  test('devices, FIFOs, a socket and a 60 MB file are skipped with a message; configuration is still read afterwards', async () => {
    const dir = tempDir({ 'a.md': TEXT, 'quiet/.whosays.json': '{ "rules": { "weasel": "off" } }', 'quiet/b.md': TEXT });
    const skipped: [string, RegExp][] = [
      [makeLink('/dev/zero', path.join(dir, 'zero.md')), /not a regular file but a character device/],
      [makeLink(makeFifo(path.join(dir, 'pipe')), path.join(dir, 'pipe-link.md')), /not a regular file but a named pipe \(FIFO\)/],
      // More FIFOs than libuv has threads (4): a blocking open of each would hold one for good.
      ...[1, 2, 3, 4, 5, 6].map((n): [string, RegExp] => [makeFifo(path.join(dir, `fifo${n}.md`)), /not a regular file but a named pipe \(FIFO\)/]),
    ];
    const big = path.join(dir, 'big.md');
    writeFileSync(big, '');
    truncateSync(big, 60_000_000);
    skipped.push([big, /too large: 60 MB is over the 50 MB limit/]);
    const socket = await makeSocket(path.join(dir, 'socket.md'));
    skipped.push([path.join(dir, 'socket.md'), /not a regular file but a socket/]);

    const client = await TestClient.start({ folders: [dir] });
    const logs = collectLogs(client);
    try {
      const uris = [...skipped.map(([file]) => fileUri(file)), fileUri(path.join(dir, 'a.md'))];
      assert.deepEqual(await client.connection.sendRequest('whosays/lintFiles', { uris }), { files: 1, findings: 2, skipped: skipped.length });
      for (const [file, reason] of skipped) {
        const line = logs.find((l) => l.includes(fileUri(file)));
        assert.ok(line, `a message about ${file}: ${logs.join('\n')}`);
        assert.match(line, reason);
      }
      // The thread pool is free: a .whosays.json is read, for a file from disk and an open document.
      const b = fileUri(path.join(dir, 'quiet/b.md'));
      assert.deepEqual(await client.connection.sendRequest('whosays/lintFiles', { uris: [b] }), { files: 1, findings: 1, skipped: 0 });
      const open = fileUri(path.join(dir, 'quiet/open.md'));
      await client.open(open, 'markdown', TEXT);
      assert.deepEqual(rules((await client.diagnosticsFor(open, 1)).diagnostics), ['style/loaded-speech-verb']);
    } finally {
      socket.close();
      await client.stop();
    }
  });
});

describe('a hostile .whosays.json is reported on the file, and documents are still linted', () => {
  const cases: [string, (file: string) => void, RegExp, { line: number; character: number }][] = [
    ['nested 10,000 deep', (file) => writeFileSync(file, '{\n  "rules": ' + '['.repeat(10_000)), /^Objects and arrays are nested too deeply/, { line: 1, character: 11 + MAX_CONFIG_DEPTH - 1 }],
    ['over 1 MB', (file) => writeFileSync(file, `{${' '.repeat(1_500_000)}}`), /^The file is too large: 1.5 MB is over the 1 MB limit\.$/, { line: 0, character: 0 }],
  ];
  if (!SKIP_SPECIAL) {
    cases.push(
      ['a symlink to /dev/zero', (file) => makeLink('/dev/zero', file), /not a regular file but a character device/, { line: 0, character: 0 }],
      ['a FIFO', (file) => makeFifo(file), /not a regular file but a named pipe \(FIFO\)/, { line: 0, character: 0 }],
    );
  }

  for (const [name, make, message, start] of cases) {
    test(`${name}: the document gets the default rules`, async () => {
      const dir = tempDir();
      const configPath = path.join(dir, '.whosays.json');
      make(configPath);
      const client = await TestClient.start({ folders: [dir] });
      try {
        const uri = fileUri(path.join(dir, 'a.md'));
        await client.open(uri, 'markdown', TEXT);
        assert.deepEqual(rules((await client.diagnosticsFor(uri, 1)).diagnostics), DEFAULT_RULES);
        const report = await client.diagnostics(fileUri(configPath), (p) => p.diagnostics.length > 0);
        assert.equal(report.diagnostics.length, 1);
        assert.match(String(report.diagnostics[0].message), message);
        assert.deepEqual(report.diagnostics[0].range.start, start);
      } finally {
        await client.stop();
      }
    });
  }

  test('nested 10,000 deep after a good file: documents keep the last good configuration', async () => {
    const dir = tempDir({ '.whosays.json': '{ "rules": { "style": "off" } }' });
    const configPath = path.join(dir, '.whosays.json');
    const client = await TestClient.start({ folders: [dir] });
    try {
      const uri = fileUri(path.join(dir, 'a.md'));
      await client.open(uri, 'markdown', TEXT);
      assert.deepEqual(rules((await client.diagnosticsFor(uri, 1)).diagnostics), ['weasel/vague-majority']);
      writeFileSync(configPath, '{"rules": ' + '{"a": '.repeat(10_000));
      await client.filesChanged([{ uri: fileUri(configPath), type: FileChangeType.Changed }]);
      const report = await client.diagnostics(fileUri(configPath), (p) => p.diagnostics.length > 0);
      assert.match(String(report.diagnostics[0].message), /^Objects and arrays are nested too deeply/);
      // Still alive and still on the last good configuration: an edit is linted with style off.
      await client.replaceText(uri, `${TEXT}\nMany believe the bridge is unsafe.\n`);
      await client.diagnostics(uri, sameRules(['weasel/vague-majority', 'weasel/vague-majority']), { fresh: true });
    } finally {
      await client.stop();
    }
  });
});
