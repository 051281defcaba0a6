// The command line, timed as a user runs it: the built dist/cli.js as a child process (build first).
//   - 10 MB of real news in one file, --format json: wall time and the process's peak memory;
//   - a folder of 1,000 files with --jobs 1, with one thread per core (--jobs N) and with the
//     default: each time and CPU time (median of BENCH_CLI_RUNS interleaved runs), the ratios, and
//     whether the reports are identical;
//   - `whosays report` against `whosays --format json` on 1,000 generated files, both with the
//     default threads: each time (median), their ratio (the report should stay under twice the
//     lint), and the page's size.
// npm run bench prints this as its last section; `node --import tsx scripts/benchCli.ts` alone.
// Inputs are written to a temporary folder, never into the repository.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDocument } from '../test/support/generate';
import { POLNEAR } from './evalData';
import { median } from './benchStats';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const MB = 1_000_000;
const FOLDER_FILES = 1000;
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);

/**
 * Written by the child at exit (a preloaded script): its peak resident set and its CPU time, worker
 * threads and V8's own threads included. CPU time over wall time shows how many cores a run used.
 */
const USAGE_PRELOAD = `process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.WHOSAYS_BENCH_USAGE, JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
});
`;

export interface CliRun {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  exitCode: number | null;
  stdout: Buffer;
}

export interface CliBench {
  machine: string;
  news?: { chars: number; wallMs: number; cpuMs: number; peakRssMb: number; exitCode: number | null; findings: number };
  folder: {
    source: 'news' | 'generated';
    files: number;
    bytes: number;
    threads: number;
    oneThreadMs: number;
    allThreadsMs: number;
    defaultMs: number;
    /** CPU time of the same runs (medians): more than wall time when V8's or our threads ran alongside. */
    oneThreadCpuMs: number;
    allThreadsCpuMs: number;
    defaultCpuMs: number;
    /** One thread's time over the others': how much faster the threads are. */
    allThreadsSpeedup: number;
    speedup: number;
    defaultPeakRssMb: number;
    identical: boolean;
    runs: number;
  };
  report: {
    files: number;
    bytes: number;
    jsonMs: number;
    reportMs: number;
    jsonCpuMs: number;
    reportCpuMs: number;
    /** The report's time over the lint's: under 2 is the goal. */
    ratio: number;
    /** The same in CPU time, which a busy machine disturbs less. */
    cpuRatio: number;
    pageBytes: number;
    runs: number;
  };
}


/** Runs `node dist/cli.js ...args` in `cwd`, timing it and reading its peak memory. */
function runCli(args: string[], cwd: string, work: string): Promise<CliRun> {
  const usageFile = join(work, 'usage.json');
  const preload = join(work, 'usage.cjs');
  if (!existsSync(preload)) writeFileSync(preload, USAGE_PRELOAD);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // `report` is a command: it comes first, its options after it.
    const command = args[0] === 'report' ? ['report', '--no-progress', ...args.slice(1)] : ['--no-progress', ...args];
    const child = spawn(process.execPath, ['--require', preload, CLI, ...command], {
      cwd,
      env: { ...process.env, WHOSAYS_BENCH_USAGE: usageFile, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      if (exitCode !== 0 && exitCode !== 1) return reject(new Error(`whosays ${args.join(' ')} exited ${exitCode}: ${err.trim()}`));
      const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuUs: number };
      resolve({ wallMs, cpuMs: usage.cpuUs / 1000, exitCode, peakRssMb: usage.maxRssKb / 1024, stdout: Buffer.concat(out) });
    });
  });
}

/** The PolNeAR train articles, joined by blank lines; undefined when the set is absent. */
function readNews(): string | undefined {
  const dir = join(POLNEAR, 'train', 'text');
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir).sort().map((file) => readFileSync(join(dir, file), 'utf8').trim()).join('\n\n');
}

/** `news` cut at blank lines into `count` files of about the same size; generated documents without it. */
function writeFolder(dir: string, news: string | undefined): { source: 'news' | 'generated'; bytes: number } {
  mkdirSync(dir);
  let bytes = 0;
  const write = (index: number, text: string) => {
    writeFileSync(join(dir, `article-${String(index).padStart(4, '0')}.${news ? 'txt' : 'md'}`), text);
    bytes += Buffer.byteLength(text);
  };
  if (!news) {
    for (let i = 0; i < FOLDER_FILES; i++) write(i, generateDocument(i % 2 ? 'markdown' : 'plaintext', 5000, i + 1));
    return { source: 'generated', bytes };
  }
  const paragraphs = news.split(/\n\s*\n/);
  const cut = (i: number) => Math.floor((i * paragraphs.length) / FOLDER_FILES);
  for (let i = 0; i < FOLDER_FILES; i++) write(i, `${paragraphs.slice(cut(i), cut(i + 1)).join('\n\n')}\n`);
  return { source: 'news', bytes };
}

/** Runs the command-line benchmark; `news` is the joined news articles when the caller has them. */
export async function benchCli(news: string | undefined = readNews()): Promise<CliBench> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run bundle" first`);
  const work = mkdtempSync(join(tmpdir(), 'whosays-bench-cli-'));
  try {
    const result: Partial<CliBench> = { machine: `${availableParallelism()} cores, Node ${process.versions.node}` };
    if (news) {
      const parts: string[] = [];
      for (let length = 0; length < 10 * MB; length += news.length + 2) parts.push(news);
      const text = parts.join('\n\n').slice(0, 10 * MB);
      writeFileSync(join(work, 'news-10mb.txt'), text);
      const run = await runCli(['--format', 'json', 'news-10mb.txt'], work, work);
      const findings = (JSON.parse(run.stdout.toString()) as { files: { findings: unknown[] }[] }).files[0].findings.length;
      result.news = { chars: text.length, wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssMb: run.peakRssMb, exitCode: run.exitCode, findings };
    }

    const folder = join(work, 'folder');
    const { source, bytes } = writeFolder(folder, news);
    const args = ['--format', 'json', '*.*'];
    const threads = availableParallelism();
    const one: CliRun[] = [];
    const all: CliRun[] = [];
    const many: CliRun[] = [];
    let identical = true;
    // Interleaved, so that a busy machine slows them alike.
    for (let run = 0; run < RUNS; run++) {
      one.push(await runCli(['--jobs', '1', ...args], folder, work));
      all.push(await runCli(['--jobs', String(threads), ...args], folder, work));
      many.push(await runCli(args, folder, work));
      for (const other of [all[run], many[run]]) identical &&= one[run].stdout.equals(other.stdout) && one[run].exitCode === other.exitCode;
    }
    const oneThreadMs = median(one.map((r) => r.wallMs));
    const allThreadsMs = median(all.map((r) => r.wallMs));
    const defaultMs = median(many.map((r) => r.wallMs));
    result.folder = {
      source,
      files: FOLDER_FILES,
      bytes,
      threads,
      oneThreadMs,
      allThreadsMs,
      defaultMs,
      oneThreadCpuMs: median(one.map((r) => r.cpuMs)),
      allThreadsCpuMs: median(all.map((r) => r.cpuMs)),
      defaultCpuMs: median(many.map((r) => r.cpuMs)),
      allThreadsSpeedup: oneThreadMs / allThreadsMs,
      speedup: oneThreadMs / defaultMs,
      defaultPeakRssMb: Math.max(...many.map((r) => r.peakRssMb), ...all.map((r) => r.peakRssMb)),
      identical,
      runs: RUNS,
    };
    result.report = await benchReport(work);
    return result as CliBench;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `whosays report` against `whosays --format json` on the same 1,000 generated documents, interleaved. */
async function benchReport(work: string): Promise<CliBench['report']> {
  const folder = join(work, 'generated');
  mkdirSync(folder);
  let bytes = 0;
  for (let i = 0; i < FOLDER_FILES; i++) {
    const text = generateDocument(i % 2 ? 'markdown' : 'plaintext', 5000, i + 1);
    writeFileSync(join(folder, `document-${String(i).padStart(4, '0')}.${i % 2 ? 'md' : 'txt'}`), text);
    bytes += Buffer.byteLength(text);
  }
  const page = join(work, 'report.html');
  const json: CliRun[] = [];
  const report: CliRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    json.push(await runCli(['--format', 'json', '.'], folder, work));
    report.push(await runCli(['report', '-o', page, '.'], folder, work));
  }
  const jsonMs = median(json.map((r) => r.wallMs));
  const reportMs = median(report.map((r) => r.wallMs));
  const jsonCpuMs = median(json.map((r) => r.cpuMs));
  const reportCpuMs = median(report.map((r) => r.cpuMs));
  return { files: FOLDER_FILES, bytes, jsonMs, reportMs, jsonCpuMs, reportCpuMs, ratio: reportMs / jsonMs, cpuRatio: reportCpuMs / jsonCpuMs, pageBytes: statSync(page).size, runs: RUNS };
}

export function printCliBench(bench: CliBench): void {
  console.log(`\ncommand line (dist/cli.js as a child process; ${bench.machine})`);
  if (bench.news) {
    const n = bench.news;
    console.log(`  ${(n.chars / MB).toFixed(1)} MB of news, one file, --format json: ${(n.wallMs / 1000).toFixed(1)} s (CPU ${(n.cpuMs / 1000).toFixed(1)} s), peak memory ${n.peakRssMb.toFixed(0)} MB, ${n.findings} findings`);
  } else {
    console.log(`  10 MB of news skipped: ${join(POLNEAR, 'train', 'text')} is not here (set WHOSAYS_EVAL_DIR)`);
  }
  const f = bench.folder;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`  ${f.files} files (${f.source}, ${(f.bytes / MB).toFixed(1)} MB), median of ${f.runs} runs, wall time (CPU time):`);
  console.log(`    --jobs 1 ${seconds(f.oneThreadMs)} (${seconds(f.oneThreadCpuMs)}); --jobs ${f.threads} ${seconds(f.allThreadsMs)} (${seconds(f.allThreadsCpuMs)}), ×${f.allThreadsSpeedup.toFixed(2)} faster; ` +
    `default ${seconds(f.defaultMs)} (${seconds(f.defaultCpuMs)}), ×${f.speedup.toFixed(2)}`);
  console.log(`    peak memory with threads ${f.defaultPeakRssMb.toFixed(0)} MB; reports ${f.identical ? 'identical' : 'DIFFERENT'}`);
  const r = bench.report;
  console.log(`  sourcing report of ${r.files} generated files (${(r.bytes / MB).toFixed(1)} MB), median of ${r.runs} runs, wall time (CPU time):`);
  console.log(`    --format json ${seconds(r.jsonMs)} (${seconds(r.jsonCpuMs)}); report ${seconds(r.reportMs)} (${seconds(r.reportCpuMs)}); ` +
    `×${r.ratio.toFixed(2)} (CPU ×${r.cpuRatio.toFixed(2)}; goal: under ×2); page ${(r.pageBytes / MB).toFixed(1)} MB`);
}

/** Runs, prints, and writes `cli-bench.json` into `outDir`; a failure is printed, not thrown. */
export async function runCliBench(news?: string, outDir = __dirname): Promise<void> {
  try {
    const bench = await benchCli(news);
    printCliBench(bench);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'cli-bench.json'), `${JSON.stringify({ at: new Date().toISOString(), ...bench }, null, 2)}\n`);
  } catch (error) {
    console.log(`\ncommand line: not measured (${error instanceof Error ? error.message : String(error)})`);
    process.exitCode = 1;
  }
}

if (process.argv[1]?.endsWith('benchCli.ts')) void runCliBench(undefined, join(ROOT, 'out'));
