// The language server over the protocol, on a 1 MB Markdown document: the time from didOpen to the
// first publishDiagnostics (the first full lint), and from didChange to publishDiagnostics for a
// one-character edit (median of several), with the default debounce and with none. Then, in this
// process, the server's own share of an edit: re-linting the changed paragraph and building the
// diagnostics (the rest is JSON-RPC moving the diagnostics). Runs the bundled server (build first):
//   node --import tsx scripts/benchServer.ts
// BENCH_BYTES (default 1000000) and BENCH_EDITS (default 21) change the size and the number of edits.

import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateDocument } from '../test/support/generate';
import { SERVER, TestClient } from '../test/server/lspClient';
import { DEFAULT_DEBOUNCE_MS } from '../server/src/lsp/server';
import { ParagraphCache } from '../server/src/lsp/paragraphCache';

const SIZE = Number(process.env.BENCH_BYTES ?? 1_000_000);
const EDITS = Number(process.env.BENCH_EDITS ?? 21);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function run(debounceMs: number | undefined): Promise<void> {
  const client = await TestClient.start({ initializationOptions: debounceMs === undefined ? {} : { debounceMs } });
  try {
    const text = generateDocument('markdown', SIZE);
    const uri = 'file:///bench/article.md';
    const opened = performance.now();
    await client.open(uri, 'markdown', text);
    const first = await client.diagnostics(uri, (p) => p.version === 1, { timeoutMs: 120_000 });
    const firstMs = performance.now() - opened;
    const payload = JSON.stringify(first).length;

    // One character typed into a word in the middle of a line of prose, at a different place each time.
    const next = random(42);
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const current = client.text(uri);
      let at = Math.floor(next() * current.length);
      while (!/[a-z]/.test(current.charAt(at))) at++;
      const lineStart = current.lastIndexOf('\n', at) + 1;
      const line = current.slice(0, lineStart).split('\n').length - 1;
      const position = { line, character: at - lineStart };
      const started = performance.now();
      const version = await client.change(uri, [{ range: { start: position, end: position }, text: 'e' }]);
      await client.diagnosticsFor(uri, version);
      times.push(performance.now() - started);
    }
    const label = debounceMs === undefined ? `default debounce (${DEFAULT_DEBOUNCE_MS} ms)` : `debounce ${debounceMs} ms`;
    console.log(`  ${label}:`);
    console.log(`    didOpen -> first publishDiagnostics (full lint):   ${firstMs.toFixed(0)} ms  (${first.diagnostics.length} diagnostics, ${(payload / 1e6).toFixed(1)} MB of JSON)`);
    console.log(
      `    didChange -> publishDiagnostics, one character:    median ${median(times).toFixed(0)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${times.length} edits)`,
    );
  } finally {
    await client.stop();
  }
}

/** The server's work for one edit, without the protocol: the paragraph cache and the diagnostics. */
function inProcess(): void {
  const text = generateDocument('markdown', SIZE);
  const cache = new ParagraphCache();
  const request = { languageId: 'markdown', config: {}, key: 'bench', now: new Date() };
  let started = performance.now();
  cache.lint({ ...request, text });
  cache.diagnostics(1);
  const full = performance.now() - started;
  const next = random(7);
  const times: number[] = [];
  let current = text;
  for (let i = 0; i < EDITS; i++) {
    let at = Math.floor(next() * current.length);
    while (!/[a-z]/.test(current.charAt(at))) at++;
    current = current.slice(0, at) + 'e' + current.slice(at);
    started = performance.now();
    cache.lint({ ...request, text: current });
    cache.diagnostics(i + 2);
    times.push(performance.now() - started);
  }
  console.log('  in this process (tsx), the server\'s share:');
  console.log(`    first full lint and diagnostics:                    ${full.toFixed(0)} ms`);
  console.log(`    one-character edit: re-lint + diagnostics:         median ${median(times).toFixed(1)} ms  (${cache.lastLinted} paragraph re-linted)`);
}

async function main(): Promise<void> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first`);
  console.log(`language server on a ${(SIZE / 1e6).toFixed(1)} MB Markdown document, over stdio (Node ${process.versions.node})`);
  await run(undefined);
  await run(0);
  inProcess();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
