// Hostile protocol messages to the language server (issue 10): malformed parameters, forged
// diagnostics, unknown methods, stale versions, storms, cancellations, a client that answers the
// server's requests with errors, and broken framing. After every variant the server must be alive,
// must answer a valid request correctly, and must not have logged an internal error (the safety net
// in serverMain logs those; a hostile message has to be handled at its cause, not caught there).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { FULL_CAPABILITIES, PULL_CAPABILITIES, TestClient, fileUri, removeTempDirs, tempDir } from '../server/lspClient';
import { HOSTILE_NOTIFICATIONS, HOSTILE_REQUESTS, forgedDiagnostics, withForgedFixes, type Variant } from './protocolCases';

after(removeTempDirs);

const PROBE_TEXT = 'Many believe the dam was sabotaged.\n';
const outcomes: string[] = [];

/** The server is alive and answers correctly: a hover on the probe, and a new document's diagnostics. */
async function assertHealthy(client: TestClient, probe: string, label: string): Promise<void> {
  assert.equal(client.exitCode, null, `${label}: the server exited\n${client.stderr}`);
  const hover = await client.hover(probe, 0, 2);
  assert.ok(hover && JSON.stringify(hover.contents).includes('weasel/vague-majority'), `${label}: the probe's hover is wrong: ${JSON.stringify(hover)}`);
  const fresh = `${probe}.check-${Math.random().toString(36).slice(2)}.md`;
  await client.open(fresh, 'markdown', 'Sources say the deal is dead.\n');
  const published = await client.diagnostics(fresh, (p) => p.diagnostics.length > 0, { timeoutMs: 5000 });
  assert.deepEqual(published.diagnostics.map((d) => d.code), ['weasel/anonymous-source'], label);
  await client.close(fresh);
  assert.doesNotMatch(client.stderr, /internal error/, `${label}: an error reached the safety net`);
}

async function runVariants(name: string, variants: readonly Variant[], capabilities = FULL_CAPABILITIES): Promise<void> {
  const dir = tempDir({ 'probe.md': PROBE_TEXT });
  const client = await TestClient.start({ folders: [dir], capabilities });
  const probe = fileUri(path.join(dir, 'probe.md'));
  try {
    await client.open(probe, 'markdown', PROBE_TEXT);
    await client.diagnosticsFor(probe, 1);
    for (const [i, variant] of variants.entries()) {
      await variant.send(client, { probe, dir });
      await assertHealthy(client, probe, `${name} #${i + 1} (${variant.label})`);
    }
    outcomes.push(`${name}: ${variants.length} variants, survived, answered correctly after each`);
  } finally {
    await client.stop();
  }
}

describe('the language server survives hostile messages', () => {
  after(() => {
    for (const line of outcomes) console.log(`# ${line}`);
  });

  for (const [name, variants] of Object.entries(HOSTILE_NOTIFICATIONS)) {
    test(`notifications: ${name}`, { timeout: 120_000 }, () => runVariants(name, variants));
  }
  for (const [name, variants] of Object.entries(HOSTILE_REQUESTS)) {
    test(`requests: ${name}`, { timeout: 120_000 }, () => runVariants(name, variants));
  }

  test('forged diagnostics in codeAction requests give no fix and no hang', { timeout: 120_000 }, async () => {
    const dir = tempDir({});
    const client = await TestClient.start({ folders: [dir] });
    const uri = fileUri(path.join(dir, 'doc.md'));
    try {
      await client.open(uri, 'markdown', PROBE_TEXT);
      const real = (await client.diagnosticsFor(uri, 1)).diagnostics[0];
      const range = real.range;
      const forged = forgedDiagnostics(real);
      for (const { label, diagnostic } of forged) {
        const actions = await client.codeActions(uri, range, [diagnostic]);
        assert.deepEqual(actions, [], `${label}: a forged diagnostic got actions: ${JSON.stringify(actions).slice(0, 300)}`);
      }
      // The genuine one still gets its fixes, also when sent 10,000 times in one request.
      const genuine = await client.codeActions(uri, range, [real]);
      assert.ok(genuine.some((a) => a.title.startsWith('Insert')), JSON.stringify(genuine));
      const flood = await client.codeActions(uri, range, Array.from({ length: 10_000 }, () => real));
      assert.deepEqual(flood.map((a) => a.title), genuine.map((a) => a.title));
      // Fixes sent in `data` are never used: the actions are the server's own.
      const edits = (actions: { title: string; edit?: unknown }[]) => actions.map((a) => [a.title, a.edit]);
      assert.deepEqual(edits(await client.codeActions(uri, range, [withForgedFixes(real)])), edits(genuine));
      outcomes.push(`forged codeAction diagnostics: ${forged.length} variants + a flood of 10,000 copies, no action, no hang`);
      await assertHealthy(client, uri, 'after the forged diagnostics');
    } finally {
      await client.stop();
    }
  });

  test('a client that answers every server request with an error', { timeout: 60_000 }, async () => {
    for (const capabilities of [FULL_CAPABILITIES, PULL_CAPABILITIES]) {
      const dir = tempDir({ 'probe.md': PROBE_TEXT, '.whosays.json': '{ "rules": { "weasel/anonymous-source": "error" } }' });
      const client = await TestClient.start({ folders: [dir], capabilities, answerWithErrors: true });
      const probe = fileUri(path.join(dir, 'probe.md'));
      try {
        await client.open(probe, 'markdown', PROBE_TEXT);
        if (capabilities === PULL_CAPABILITIES) {
          const report = await client.pull(probe);
          assert.equal(report.kind, 'full');
          assert.deepEqual((report as { items: Diagnostic[] }).items.map((d) => d.code), ['weasel/vague-majority'], 'workspace/configuration failed: the defaults apply');
          // A change of .whosays.json makes the server ask for a refresh, which the client refuses.
          await client.filesChanged([{ uri: fileUri(path.join(dir, '.whosays.json')), type: 2 }]);
          await client.pull(probe);
        } else {
          await client.diagnosticsFor(probe, 1);
          await client.changeSettings({ profile: 'hedging' });
          await assertHealthy(client, probe, 'after refused requests');
        }
        assert.ok(client.registrations.length > 0, 'the server asked to register');
        assert.equal(client.exitCode, null, client.stderr);
        assert.doesNotMatch(client.stderr, /internal error/);
      } finally {
        await client.stop();
      }
    }
    outcomes.push('server requests answered with errors (registerCapability, configuration, diagnostic refresh), push and pull: survived');
  });

  test('open/close storms and a cancellation of every request', { timeout: 120_000 }, async () => {
    const dir = tempDir({ 'probe.md': PROBE_TEXT });
    const client = await TestClient.start({ folders: [dir] });
    const probe = fileUri(path.join(dir, 'probe.md'));
    try {
      await client.open(probe, 'markdown', PROBE_TEXT);
      await client.diagnosticsFor(probe, 1);
      const storm: Promise<void>[] = [];
      for (let i = 0; i < 1000; i++) {
        const uri = fileUri(path.join(dir, `storm-${i % 50}.md`));
        storm.push(client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: i, text: PROBE_TEXT.repeat(1 + (i % 7)) } }));
        storm.push(client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } }));
      }
      await Promise.all(storm);
      await assertHealthy(client, probe, 'after 1,000 open/close pairs');
      // Every request cancelled at once: each gets an answer (a result or RequestCancelled).
      const requests: Promise<unknown>[] = [];
      for (let i = 0; i < 250; i++) {
        const source = new (await import('vscode-languageserver-protocol/node')).CancellationTokenSource();
        const method = ['textDocument/hover', 'textDocument/codeAction', 'textDocument/diagnostic', 'whosays/lintFiles'][i % 4];
        const params =
          method === 'textDocument/hover' ? { textDocument: { uri: probe }, position: { line: 0, character: 2 } }
          : method === 'textDocument/codeAction' ? { textDocument: { uri: probe }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, context: { diagnostics: [] } }
          : method === 'textDocument/diagnostic' ? { textDocument: { uri: probe } }
          : { uris: [probe] };
        requests.push(client.connection.sendRequest(method, params, source.token).catch((error: unknown) => error));
        source.cancel();
      }
      await Promise.all(requests);
      await assertHealthy(client, probe, 'after 250 cancelled requests');
      outcomes.push('storms: 1,000 open/close pairs on 50 documents, 250 requests each cancelled at once: survived');
    } finally {
      await client.stop();
    }
  });

  test('a malformed header makes the server exit, so that the client can restart it', { timeout: 60_000 }, async () => {
    const headers = [
      'Content-Length: abc\r\n\r\n{}',
      'Content-Length: -5\r\n\r\n{}',
      'Content-Type: application/vscode-jsonrpc\r\n\r\n{}',
      'no colon here\r\n\r\n{}',
      `Content-Length: ${2 ** 40}\r\n\r\n{}`,
      `X-Padding: ${'x'.repeat(10_000)}`,
    ];
    for (const header of headers) {
      const client = await TestClient.start();
      await client.writeRaw(header);
      const code = await client.exited(5000);
      assert.equal(code, 1, `after ${JSON.stringify(header.slice(0, 40))} the server should exit with 1, got ${code}\n${client.stderr}`);
      assert.match(client.stderr, /whosays-ls: the client sent .*server exits/);
      await client.stop();
    }
    // A well-framed body that is not JSON leaves the stream readable: the server goes on.
    const client = await TestClient.start();
    try {
      await client.writeRaw('Content-Length: 9\r\n\r\n{not json');
      const uri = 'untitled:after-bad-body';
      await client.open(uri, 'markdown', PROBE_TEXT);
      await client.diagnosticsFor(uri, 1);
      assert.equal(client.exitCode, null);
    } finally {
      await client.stop();
    }
    outcomes.push(`framing: ${headers.length} malformed headers, each made the server exit with 1; a body that is not JSON was skipped and the server went on`);
  });
});
