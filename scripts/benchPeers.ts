// The peers of `npm run bench`: other prose linters timed on the same texts as the engine, in the
// same process run, interleaved run by run, so that "×ours" (peer time over engine time) holds on a
// busy machine where the milliseconds do not. They are devDependencies used by nothing else.
//
// One adapter per peer: its name and version, how many checks it runs as configured here (counted
// from the installed package where it can be), and a function that lints a string and resolves to
// its number of findings. A peer that is not installed is skipped with a note, not an error.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, spread, type Spread } from './benchStats';

export type PeerLanguage = 'plaintext' | 'markdown';

export interface Peer {
  name: string;
  version: string;
  checks: number;
  /** What `checks` counts and how the peer is set up for the bench. */
  note: string;
  /** Time to load and set up, once, not part of any timing. */
  setupMs: number;
  /** Set for a peer run as a child process: each timing includes the process start. */
  childProcess?: boolean;
  /** Untimed, before each timed run: drops what the peer kept from the last run. */
  beforeRun?(text: string): Promise<void>;
  lint(text: string, languageId: PeerLanguage): Promise<number>;
  dispose?(): void;
}

export interface PeerRow {
  text: string;
  peer: string;
  version: string;
  checks: number;
  /** Characters linted: the whole text, or a slice when the peer is too slow for it. */
  chars: number;
  sliced: boolean;
  peerMs: Spread;
  /** The engine on the same characters, each time right before the peer. */
  oursMs: Spread;
  findings: number;
  oursFindings: number;
  /** Peer time over engine time, run by run, median. */
  toOurs: number;
}

/** write-good's checks that are on unless switched off (`eprime` is off unless switched on). */
const WRITE_GOOD_CHECKS = ['weasel', 'illusion', 'so', 'thereIs', 'passive', 'adverb', 'tooWordy', 'cliches'] as const;


/**
 * The folder of an installed package, looked up from the folder `from` the way `require` looks
 * (an ESM-only package cannot be require.resolve'd, and a peer's own dependency may sit in its folder).
 */
function packageDir(name: string, from: string = __dirname): string {
  for (const dir of createRequire(join(from, 'index.js')).resolve.paths(name) ?? []) {
    if (existsSync(join(dir, name, 'package.json'))) return join(dir, name);
  }
  throw new Error(`${name} is not installed (run npm install) — looked from ${from}`);
}

function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `import()` of an ES module by path: esbuild leaves it to Node, so the package loads from node_modules. */
async function importFile<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(path).href)) as T;
}

async function writeGoodPeers(): Promise<Peer[]> {
  const started = performance.now();
  const writeGood = (await import('write-good')).default;
  const version = packageVersion(packageDir('write-good'));
  const setupMs = performance.now() - started;
  const weaselOnly = Object.fromEntries(WRITE_GOOD_CHECKS.filter((check) => check !== 'weasel').map((check) => [check, false]));
  return [
    {
      name: 'write-good (default checks)', version, checks: WRITE_GOOD_CHECKS.length, setupMs,
      note: `its default checks: ${WRITE_GOOD_CHECKS.join(', ')} (eprime is opt-in); reads the raw text, markup included`,
      lint: async (text) => writeGood(text).length,
    },
    {
      name: 'write-good (weasel only)', version, checks: 1, setupMs,
      note: 'only the weasel check: the one that overlaps ours',
      lint: async (text) => writeGood(text, weaselOnly).length,
    },
  ];
}

async function harperPeer(): Promise<Peer> {
  const started = performance.now();
  // harper.js/binary reads the .wasm file beside it (the 16 MB inlined build is the same code as a data URL).
  const { LocalLinter } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  let linter = new LocalLinter({ binary });
  await linter.setup();
  const defaults = Object.values(await linter.getDefaultLintConfig());
  const checks = defaults.filter((on) => on === true).length;
  const setupMs = performance.now() - started;
  return {
    name: 'harper.js', version: packageVersion(packageDir('harper.js')), checks, setupMs,
    note: `LocalLinter (WebAssembly in this thread), default config: ${checks} of ${defaults.length} rules on; American English; `
      + 'plaintext or markdown as the text is; a new linter before each run (untimed), since harper caches its rules\' results per chunk of text',
    // Harper caches rule results per chunk of text: a second run on the same text would partly read them back.
    beforeRun: async () => {
      await linter.dispose();
      linter = new LocalLinter({ binary });
      await linter.setup();
    },
    lint: async (text, languageId) => {
      const lints = await linter.lint(text, { language: languageId });
      const count = lints.length;
      for (const found of lints) found.free(); // wasm memory, or each run leaks the last one's findings
      return count;
    },
    dispose: () => void linter.dispose(),
  };
}

async function alexPeer(): Promise<Peer> {
  const started = performance.now();
  const alex = await import('alex');
  const dir = packageDir('alex');
  // Its two plugins' rules: each equality pattern and each listed profanity is its own rule id in alex's messages.
  const equalityDir = packageDir('retext-equality', dir);
  const { patterns } = await importFile<{ patterns: unknown[] }>(join(equalityDir, 'lib', 'en.js'));
  const { cuss } = await importFile<{ cuss: Record<string, number> }>(join(packageDir('cuss', packageDir('retext-profanities', dir)), 'index.js'));
  const profanities = Object.keys(cuss).length;
  const setupMs = performance.now() - started;
  return {
    name: 'alex', version: packageVersion(dir), checks: patterns.length + profanities, setupMs,
    note: `${patterns.length} equality patterns + ${profanities} profanity entries (each its own rule id), default options; text() for plain text, markdown() for Markdown`,
    lint: async (text, languageId) => (languageId === 'markdown' ? alex.markdown(text) : alex.text(text)).messages.length,
  };
}

async function textlintPeer(): Promise<Peer> {
  const started = performance.now();
  const { createLinter, loadTextlintrc } = await import('textlint');
  const ruleDir = packageDir('textlint-rule-write-good');
  // Configured as a user would: a .textlintrc naming the rule, resolved from node_modules.
  const configDir = mkdtempSync(join(tmpdir(), 'whosays-bench-textlint-'));
  const configFilePath = join(configDir, '.textlintrc.json');
  writeFileSync(configFilePath, JSON.stringify({ rules: { 'write-good': true } }));
  const descriptor = await loadTextlintrc({ configFilePath, node_modulesDir: join(ruleDir, '..') });
  rmSync(configDir, { recursive: true, force: true });
  const linter = createLinter({ descriptor });
  const setupMs = performance.now() - started;
  return {
    name: 'textlint + write-good rule', version: `${packageVersion(packageDir('textlint'))} + ${packageVersion(ruleDir)}`,
    checks: WRITE_GOOD_CHECKS.length, setupMs,
    note: 'textlint-rule-write-good with default options (write-good\'s default checks on each text node); built-in text and markdown plugins',
    lint: async (text, languageId) => (await linter.lintText(text, languageId === 'markdown' ? 'bench.md' : 'bench.txt')).messages.length,
  };
}

/**
 * Debian's proselint (python3-proselint), run as `proselint --json FILE`. Each run gets fresh
 * cache and config folders: proselint memoizes every check's result on disk per text, so a second
 * run on the same text would only read its cache; and it stops checking after max_errors (1000),
 * which 1 MB of prose passes, so the config raises it.
 */
async function proselintPeer(): Promise<Peer | string> {
  const probe = spawnSync('proselint', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    const apt = spawnSync('apt-cache', ['policy', 'python3-proselint'], { encoding: 'utf8' });
    const candidate = /Candidate: (\S+)/.exec(apt.stdout ?? '')?.[1];
    return `proselint skipped: not installed${candidate && candidate !== '(none)' ? ` (apt-get install python3-proselint, ${candidate})` : ''}`;
  }
  const version = /([\d.]+)/.exec(probe.stdout)?.[1] ?? probe.stdout.trim();
  const fileDir = mkdtempSync(join(tmpdir(), 'whosays-bench-proselint-'));
  let home = '';
  const newHome = () => {
    if (home) rmSync(home, { recursive: true, force: true });
    home = mkdtempSync(join(tmpdir(), 'whosays-bench-proselint-home-'));
    mkdirSync(join(home, 'config', 'proselint'), { recursive: true });
    writeFileSync(join(home, 'config', 'proselint', 'config'), JSON.stringify({ max_errors: 1e9 }));
  };
  const env = () => ({ ...process.env, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'config') });
  newHome();
  // Its own Python (the script's #! line), which may not be the first python3 on the PATH.
  const script = spawnSync('sh', ['-c', 'command -v proselint'], { encoding: 'utf8' }).stdout.trim();
  const python = /^#!\s*(\S+)/.exec(readFileSync(script, 'utf8').split('\n', 1)[0])?.[1] ?? 'python3';
  const count = spawnSync(python, ['-c', 'from proselint.tools import get_checks, load_options; print(len(get_checks(load_options())))'], { encoding: 'utf8', env: env() });
  const checks = count.status === 0 ? Number(count.stdout.trim()) : NaN;
  if (!Number.isInteger(checks)) {
    rmSync(fileDir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
    return `proselint skipped: could not count its checks with ${python} (${count.stderr.trim().split('\n').pop()})`;
  }
  let file = '';
  let written = '';
  const beforeRun = async (text: string) => {
    newHome();
    if (text !== written) {
      file = join(fileDir, `text-${text.length}.txt`);
      writeFileSync(file, text);
      written = text;
    }
  };
  const lint = async () => {
    const run = spawnSync('proselint', ['--json', file], { encoding: 'utf8', env: env(), maxBuffer: 1 << 30 });
    if (run.error) throw run.error;
    if (!run.stdout.startsWith('{')) throw new Error(`proselint failed (exit ${run.status}): ${run.stderr.trim().split('\n').pop()}`);
    return (JSON.parse(run.stdout) as { data: { errors: unknown[] } }).data.errors.length;
  };
  // What a run costs before any text: Python's start and the import of every check module.
  await beforeRun('One line.');
  const started = performance.now();
  await lint();
  const startMs = performance.now() - started;
  return {
    name: 'proselint', version, checks, setupMs: 0, childProcess: true,
    note: `Debian python3-proselint, default config (${checks} check functions in its enabled modules; max_errors raised so every check runs); `
      + `one child process per run on a temp file, process start included (a one-line file took ${startMs.toFixed(0)} ms); a fresh cache folder each run (it memoizes results per text)`,
    beforeRun,
    lint,
    dispose: () => {
      rmSync(fileDir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Every peer that loads; a note for each that does not. */
export async function loadPeers(): Promise<{ peers: Peer[]; skipped: string[] }> {
  const peers: Peer[] = [];
  const skipped: string[] = [];
  const loaders: Array<[string, () => Promise<Peer | Peer[]>]> = [
    ['write-good', writeGoodPeers],
    ['harper.js', harperPeer],
    ['alex', alexPeer],
    ['textlint', textlintPeer],
  ];
  for (const [name, load] of loaders) {
    try {
      peers.push(...[await load()].flat());
    } catch (error) {
      skipped.push(`${name} skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  const proselint = await proselintPeer();
  if (typeof proselint === 'string') skipped.push(proselint);
  else peers.push(proselint);
  return { peers, skipped };
}

/** The start of `text`, at most `size` characters, cut at a paragraph break (or failing that a space). */
export function sliceText(text: string, size: number): string {
  if (text.length <= size) return text;
  let end = text.lastIndexOf('\n\n', size);
  if (end < size / 2) end = text.lastIndexOf(' ', size);
  return text.slice(0, end > 0 ? end : size);
}

export interface PeerBenchOptions {
  runs: number;
  /** Longest a peer may take for one run; a slower peer is timed on a slice. */
  budgetMs: number;
  /** Slice sizes tried, largest first, when the whole text would pass the budget. */
  slices: readonly number[];
}

async function time(fn: () => Promise<number> | number): Promise<[number, number]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

/** Runs the peer once on `text`, after its untimed `beforeRun`. */
async function timePeer(peer: Peer, text: string, languageId: PeerLanguage): Promise<[number, number]> {
  await peer.beforeRun?.(text);
  return time(() => peer.lint(text, languageId));
}

/**
 * The largest slice of `text` (of the sizes in `options.slices`, or the whole text) that the peer
 * lints within the budget: it is warmed up on the smallest, then timed on each size in turn, and
 * moves up while its time scaled to the next size fits.
 */
async function sliceForPeer(peer: Peer, text: string, languageId: PeerLanguage, options: PeerBenchOptions): Promise<string> {
  const ladder = [...options.slices.filter((size) => size < text.length).sort((a, b) => a - b), text.length].map((size) => sliceText(text, size));
  await timePeer(peer, ladder[0], languageId);
  let step = 0;
  while (step + 1 < ladder.length) {
    const [ms] = await timePeer(peer, ladder[step], languageId);
    if ((ms * ladder[step + 1].length) / ladder[step].length > options.budgetMs) break;
    step++;
  }
  return ladder[step];
}

/**
 * Times the engine (`ours`) and every peer on `text`, each peer on the largest slice it lints
 * within the budget (sliceForPeer). Then, run by run, each peer is timed right after the engine on
 * the same slice, and "×ours" is the median of those pairs' ratios: on a shared machine the load
 * changes within seconds, so the engine's time is taken next to each peer's, not once per run.
 */
export async function benchPeers(textName: string, text: string, languageId: PeerLanguage, peers: readonly Peer[], ours: (text: string) => number, options: PeerBenchOptions): Promise<PeerRow[]> {
  const sizes = new Map<Peer, string>();
  for (const peer of peers) sizes.set(peer, await sliceForPeer(peer, text, languageId, options));
  // The engine takes a few milliseconds on a 10 KB slice: repeat it to some 50 ms a run, so that
  // timer resolution and one stray pause do not make the ratio.
  const repeats = new Map<string, number>();
  const oursFindings = new Map<string, number>();
  for (const slice of new Set(sizes.values())) {
    const [ms, found] = await time(() => ours(slice));
    repeats.set(slice, Math.min(100, Math.max(1, Math.ceil(50 / Math.max(ms, 0.01)))));
    oursFindings.set(slice, found);
  }
  const timeOurs = async (slice: string) => {
    const times = repeats.get(slice)!;
    const [ms] = await time(() => {
      for (let i = 0; i < times; i++) ours(slice);
      return 0;
    });
    return ms / times;
  };
  const samples = new Map(peers.map((peer) => [peer, { ms: [] as number[], oursMs: [] as number[], ratios: [] as number[], findings: 0 }]));
  for (let run = 0; run < options.runs; run++) {
    // Rotate the order so no peer always runs after the same neighbour.
    for (const peer of peers.map((_, i) => peers[(i + run) % peers.length])) {
      const slice = sizes.get(peer)!;
      const oursMs = await timeOurs(slice);
      const [ms, found] = await timePeer(peer, slice, languageId);
      const sample = samples.get(peer)!;
      sample.ms.push(ms);
      sample.oursMs.push(oursMs);
      sample.ratios.push(ms / oursMs);
      sample.findings = found;
    }
  }
  return peers.map((peer) => {
    const slice = sizes.get(peer)!;
    const sample = samples.get(peer)!;
    return {
      text: textName, peer: peer.name, version: peer.version, checks: peer.checks, chars: slice.length, sliced: slice.length < text.length,
      peerMs: spread(sample.ms), oursMs: spread(sample.oursMs), findings: sample.findings, oursFindings: oursFindings.get(slice)!, toOurs: median(sample.ratios),
    };
  });
}

function printPeers(rows: readonly PeerRow[]): void {
  const ms = (value: number) => (value < 100 ? value.toFixed(1) : value.toFixed(0));
  console.log(`${'peer'.padEnd(28)} ${'checks'.padStart(6)} ${'text'.padEnd(9)} ${'KB'.padStart(6)} ${'peer ms'.padStart(8)} ${'spread'.padStart(12)} ${'ours ms'.padStart(8)} ${'spread'.padStart(12)} ${'×ours'.padStart(7)} findings (ours)`);
  for (const row of rows) {
    console.log([
      row.peer.padEnd(28), String(row.checks).padStart(6), row.text.padEnd(9), `${(row.chars / 1000).toFixed(0)}${row.sliced ? '*' : ''}`.padStart(6),
      ms(row.peerMs.median).padStart(8), `${ms(row.peerMs.min)}–${ms(row.peerMs.max)}`.padStart(12),
      ms(row.oursMs.median).padStart(8), `${ms(row.oursMs.min)}–${ms(row.oursMs.max)}`.padStart(12),
      (row.toOurs < 1 ? row.toOurs.toPrecision(2) : row.toOurs.toFixed(1)).padStart(7), `${row.findings} (${row.oursFindings})`,
    ].join(' '));
  }
}

export interface PeerText {
  /** Short: a column of the table. */
  name: string;
  text: string;
  languageId: PeerLanguage;
}

export interface PeerReport {
  budgetMs: number;
  ours: { checks: number; note: string };
  peers: Array<Pick<Peer, 'name' | 'version' | 'checks' | 'note' | 'setupMs'>>;
  skipped: string[];
  rows: PeerRow[];
}

/**
 * The peers part of `npm run bench`: loads the peers, times them against the engine on each text,
 * prints the table and returns what goes into out/bench.json. BENCH_PEER_BUDGET_MS (default 20 s)
 * is about the longest one run of one peer may take before it is timed on a slice (judged from
 * one timed run on the next smaller slice, so a noisy machine can move a peer a slice up or down).
 */
export async function runPeerBench(texts: readonly PeerText[], ours: { checks: number; note: string; lint: (text: string, languageId: PeerLanguage) => number }, runs: number): Promise<PeerReport> {
  const budgetMs = Number(process.env.BENCH_PEER_BUDGET_MS ?? 20_000);
  if (!(budgetMs > 0)) throw new Error(`BENCH_PEER_BUDGET_MS must be a number of milliseconds above 0, not ${JSON.stringify(process.env.BENCH_PEER_BUDGET_MS)}`);
  const { peers, skipped } = await loadPeers();
  const rows: PeerRow[] = [];
  try {
    for (const { name, text, languageId } of texts) {
      rows.push(...await benchPeers(name, text, languageId, peers, (slice) => ours.lint(slice, languageId), { runs, budgetMs, slices: [10_000, 100_000] }));
    }
  } finally {
    for (const peer of peers) peer.dispose?.();
  }
  console.log(`\nPeers: median of ${runs} runs; each peer is timed right after the engine on the same characters (KB marked * is a slice of the text, cut at a paragraph: the peer would take over ${budgetMs / 1000} s a run on all of it); ×ours is peer time over engine time, pair by pair, median.`);
  printPeers(rows);
  console.log(`checks: Who Says ${ours.checks} (${ours.note})`);
  for (const peer of peers) console.log(`        ${peer.name} ${peer.version}: ${peer.checks} (${peer.note})${peer.childProcess ? '' : `; set-up ${peer.setupMs.toFixed(0)} ms, untimed`}`);
  for (const note of skipped) console.log(note);
  return {
    budgetMs, ours: { checks: ours.checks, note: ours.note },
    peers: peers.map(({ name, version, checks, note, setupMs }) => ({ name, version, checks, note, setupMs })), skipped, rows,
  };
}
