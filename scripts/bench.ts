// npm run bench: how long the engine takes on 1 MB of prose in each markup language, and a
// one-paragraph edit. Median of several runs; timings live here, not in the tests.

import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/engine';
import { generateDocument, type GeneratedLanguage } from '../test/support/generate';

const SIZE = Number(process.env.BENCH_BYTES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

console.log(`engine on ${(SIZE / 1e6).toFixed(1)} MB per language, median of ${RUNS} runs (Node ${process.versions.node})`);
lint(generateDocument('plaintext', 50_000)); // warm up the JIT and the phrase tables
const languages: GeneratedLanguage[] = ['plaintext', 'markdown', 'html', 'latex', 'wikitext'];
for (const language of languages) {
  const doc = generateDocument(language, SIZE);
  let findings = 0;
  const ms = median(Array.from({ length: RUNS }, () => time(() => (findings = lint(doc, { languageId: language }).length))));
  console.log(`  ${language.padEnd(10)} ${String(doc.length).padStart(8)} chars  ${ms.toFixed(0).padStart(5)} ms  ${findings} findings  (${((doc.length / 1e6) / (ms / 1000)).toFixed(1)} MB/s)`);
}
const hedging = generateDocument('markdown', SIZE);
const hedgingMs = median(Array.from({ length: RUNS }, () => time(() => lint(hedging, { languageId: 'markdown', config: { profile: 'hedging' } }))));
console.log(`  markdown with the hedging profile: ${hedgingMs.toFixed(0)} ms`);
const paragraph = generateDocument('plaintext', 600);
const small = median(Array.from({ length: 200 }, () => time(() => lint(paragraph))));
console.log(`  one paragraph (${paragraph.length} chars): ${small.toFixed(2)} ms`);
