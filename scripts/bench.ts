// npm run bench: the engine's speed, one table and a JSON file (out/bench.json). Timings live here,
// never in the tests. Each text is timed against one regular-expression scan over its words (the
// floor for any engine that reads every word), interleaved run by run in the same process, so the
// ratio holds on a busy machine where the milliseconds do not.
//
// Texts: each markup's generated 1 MB document; real news (the PolNeAR train articles, read in place
// from ../shared/eval and repeated to 1 MB and 10 MB; skipped with a note when the set is absent);
// adversarial inputs, whose time per MB is compared with prose's. BENCH_RUNS sets the repeats.
// Then the peers (other prose linters, scripts/benchPeers.ts) on the 1 MB news and generated Markdown,
// each timed right after the engine on the same characters; BENCH_PEERS=0 leaves them out.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint, RULES } from '../server/src/engine';
import { runPeerBench, type PeerText } from './benchPeers';
import { generateDocument, type GeneratedLanguage } from '../test/support/generate';
import { POLNEAR } from './evalData';
import { runCliBench } from './benchCli';
import { benchServer, printServerBench } from './benchServer';
import { median, spread, type Spread } from './benchStats';

const MB = 1_000_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = join(__dirname, 'bench.json');

interface Row {
  name: string;
  group: 'markup' | 'news' | 'adversarial' | 'edit';
  chars: number;
  findings: number;
  engineMs: Spread;
  wordScanMs: number;
  /** Engine time over word-scan time, run by run, median. */
  toWordScan: number;
}


function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** One pass of one regular expression over every word: what reading the text at all costs. */
function wordScan(text: string): number {
  const word = /\p{L}[\p{L}'’-]*/gu;
  let words = 0;
  while (word.exec(text) !== null) words++;
  return words;
}

function measure(name: string, group: Row['group'], text: string, languageId: string, runs = RUNS): Row {
  const engine: number[] = [];
  const scan: number[] = [];
  const ratios: number[] = [];
  let findings = 0;
  for (let run = 0; run < runs; run++) {
    const s = time(() => wordScan(text));
    const e = time(() => (findings = lint(text, { languageId }).length));
    scan.push(s);
    engine.push(e);
    ratios.push(e / s);
  }
  return { name, group, chars: text.length, findings, engineMs: spread(engine), wordScanMs: median(scan), toWordScan: median(ratios) };
}

/** `text` repeated (whole articles, separated by a blank line) to at least `size` characters. */
function repeatTo(text: string, size: number): string {
  const parts: string[] = [];
  for (let length = 0; length < size; length += text.length + 2) parts.push(text);
  return parts.join('\n\n');
}

function realNews(): string | undefined {
  const dir = join(POLNEAR, 'train', 'text');
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir).sort().map((file) => readFileSync(join(dir, file), 'utf8').trim()).join('\n\n');
}

/** Inputs that trip naive matchers, each about 1 MB. */
function adversarial(prose: string): Array<[string, string, string]> {
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  return [
    ['one 1 MB line', prose.replace(/[\r\n]+/g, ' '), 'plaintext'],
    ['one word repeated', fill('reportedly '), 'plaintext'],
    ['100,000 unbalanced quotation marks', 'He said "no. '.repeat(100_000), 'plaintext'],
    ['a 1 MB table', `| town | share | note |\n| --- | --- | --- |\n${fill('| Dunmore | 61% | many believe it doubled |\n')}`, 'markdown'],
    ['1 MB of citations', fill('Fares rose [1][2] (Hale 1990)[^3] [citation needed]. '), 'markdown'],
  ];
}

function print(rows: Row[], proseMsPerMb: number): void {
  console.log(`${'text'.padEnd(36)} ${'MB'.padStart(5)} ${'engine ms'.padStart(10)} ${'spread'.padStart(13)} ${'MB/s'.padStart(6)} ${'scan ms'.padStart(8)} ${'×scan'.padStart(6)} ${'×prose/MB'.padStart(9)} findings`);
  for (const row of rows) {
    const mb = row.chars / MB;
    const perMb = row.engineMs.median / mb / proseMsPerMb;
    console.log([
      row.name.padEnd(36), mb.toFixed(2).padStart(5), row.engineMs.median.toFixed(0).padStart(10),
      `${row.engineMs.min.toFixed(0)}–${row.engineMs.max.toFixed(0)}`.padStart(13), (mb / (row.engineMs.median / 1000)).toFixed(1).padStart(6),
      row.wordScanMs.toFixed(0).padStart(8), row.toWordScan.toFixed(1).padStart(6), (row.group === 'adversarial' ? perMb.toFixed(2) : '').padStart(9), String(row.findings),
    ].join(' '));
  }
}

const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.versions.node}`;
console.log(`Who Says engine, median of ${RUNS} runs, each interleaved with a word scan of the same text; ${machine}`);
lint(generateDocument('plaintext', 50_000)); // warm up the JIT and the phrase tables

const rows: Row[] = [];
const languages: GeneratedLanguage[] = ['plaintext', 'markdown', 'html', 'latex', 'wikitext'];
for (const language of languages) rows.push(measure(`generated ${language}`, 'markup', generateDocument(language, MB), language));
const hedging = generateDocument('markdown', MB);
const hedgingMs = median(Array.from({ length: RUNS }, () => time(() => lint(hedging, { languageId: 'markdown', config: { profile: 'hedging' } }))));

const news = realNews();
const news1Mb = news ? repeatTo(news, MB).slice(0, MB) : undefined;
if (news && news1Mb) {
  rows.push(measure('real news (PolNeAR train), 1 MB', 'news', news1Mb, 'plaintext'));
  rows.push(measure('real news (PolNeAR train), 10 MB', 'news', repeatTo(news, 10 * MB).slice(0, 10 * MB), 'plaintext', Math.max(1, Math.ceil(RUNS / 2))));
}
const prose = rows[0];
const proseMsPerMb = prose.engineMs.median / (prose.chars / MB);
for (const [name, text, languageId] of adversarial(generateDocument('plaintext', MB))) rows.push(measure(name, 'adversarial', text, languageId));

const paragraph = generateDocument('plaintext', 600);
const paragraphMs = median(Array.from({ length: 200 }, () => time(() => lint(paragraph))));

print(rows, proseMsPerMb);
console.log(`markdown with the hedging profile: ${hedgingMs.toFixed(0)} ms; one paragraph (${paragraph.length} chars): ${paragraphMs.toFixed(2)} ms`);
if (news) {
  const [one, ten] = rows.filter((row) => row.group === 'news');
  console.log(`10 MB of news takes ${(ten.engineMs.median / one.engineMs.median).toFixed(1)} times 1 MB (${(ten.chars / one.chars).toFixed(1)} times the text)`);
} else {
  console.log(`real news skipped: ${join(POLNEAR, 'train', 'text')} is not here (set WHOSAYS_EVAL_DIR)`);
}
console.log('×scan: engine time over one word-scan regular expression on the same text, run by run; ×prose/MB: time per MB over generated plain prose.');

// The extension's activation time is measured in a real VS Code by the end-to-end run, which
// records what VS Code reports (test/e2e/editor.test.ts): shown here when that record exists.
const ACTIVATION = join(__dirname, 'activation.json');
if (existsSync(ACTIVATION)) {
  const record = JSON.parse(readFileSync(ACTIVATION, 'utf8')) as {
    activationMs: number; measuredBy: string; editor: string; at: string;
    extensionOwnMs?: { total: number; loading: number; activate: number };
  };
  const own = record.extensionOwnMs ? `; the extension's own timing of the same steps ${record.extensionOwnMs.total} ms (loading ${record.extensionOwnMs.loading} ms, activate ${record.extensionOwnMs.activate} ms)` : '';
  console.log(`extension activation: ${record.activationMs} ms as VS Code reports it${own} (from ${ACTIVATION}, written by the e2e run of ${record.at}; ${record.measuredBy}; ${record.editor})`);
} else {
  console.log(`extension activation: not measured here (npm run test:e2e records it in ${ACTIVATION})`);
}

const peerTexts: PeerText[] = [
  ...(news1Mb ? [{ name: 'news', text: news1Mb, languageId: 'plaintext' as const }] : []),
  { name: 'markdown', text: hedging, languageId: 'markdown' },
];
const defaultRules = RULES.filter((rule) => !rule.profiles || rule.profiles.includes('default'));
// A finer count, like alex's word entries or proselint's check functions: each rule's phrase patterns, and its scanner if it has one.
const patterns = defaultRules.reduce((sum, rule) => sum + (rule.phrases?.entries.length ?? 0) + (rule.scan ? 1 : 0), 0);
const ours = {
  checks: defaultRules.length,
  note: `rules on in the default profile, as timed, holding ${patterns} phrase patterns and scanners; ${RULES.length} rules with the hedging profile`,
  lint: (text: string, languageId: string) => lint(text, { languageId }).length,
};

void (async () => {
  const peers = process.env.BENCH_PEERS === '0' ? undefined : await runPeerBench(peerTexts, ours, RUNS);
  // The language server, as a child process: the bundled dist/server.js beside this bundle's out/ folder.
  console.log('');
  const server = await benchServer({ server: join(__dirname, '..', 'dist', 'server.js') });
  printServerBench(server);
  mkdirSync(__dirname, { recursive: true });
  writeFileSync(OUT, `${JSON.stringify({ machine, runs: RUNS, at: new Date().toISOString(), rows, hedgingMs, paragraphMs, peers, server }, null, 2)}\n`);
  console.log(`results: ${OUT}`);
  // The command line writes its own results (out/cli-bench.json).
  await runCliBench(news);
})().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
