// The language server over the protocol (the bundled dist/server.js as a child process, over stdio),
// measured at the client. `benchServer()` returns the figures and `npm run bench` prints them at its
// end; on its own (build first):
//   node --import tsx scripts/benchServer.ts        (or: npm run bench:server)
// Figures, on generated Markdown:
// - a one-character edit in a 1 MB document: didChange -> publishDiagnostics, default options (the
//   debounce included), and didChange -> the answer to a pull (textDocument/diagnostic);
// - 500 keystrokes typed 20 ms apart: when the last publish arrives after the last key, whether it
//   is for the final text, and whether any publish came for a version older than one already sent;
// - didOpen -> first publishDiagnostics for 10 MB, with the server's work beside lint() measured in
//   this process (the paragraph cache, the diagnostics, their JSON);
// - the server's resident memory with ten 1 MB documents open and linted;
// - the size of the 1 MB document's publish, in bytes of JSON, total and per diagnostic.
// BENCH_BYTES (default 1000000), BENCH_EDITS (default 21) and BENCH_SERVER (another build of the
// server, to compare) change what is run.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { lint } from '../server/src/engine';
import { ParagraphCache } from '../server/src/lsp/paragraphCache';
import { DEFAULT_MAX_PROBLEMS } from '../server/src/lsp/problemLimit';
import { generateDocument } from '../test/support/generate';
import { PULL_CAPABILITIES, SERVER, TestClient } from '../test/server/lspClient';
import { spread as spreadOf } from './benchStats';

export interface Spread {
  medianMs: number;
  minMs: number;
  maxMs: number;
  count: number;
}

export interface ServerBenchFigures {
  server: string;
  documentBytes: number;
  /** didChange -> publishDiagnostics for a one-character edit, default options (debounce included). */
  editPush: Spread;
  /** The same with whosays.maxProblems 0: every finding published. */
  editPushAll: Spread;
  /** didChange -> the full answer to textDocument/diagnostic, for a client that pulls. */
  editPull: Spread;
  keystrokes: {
    keys: number;
    intervalMs: number;
    /** From sending the last key to receiving the publish for the final text. */
    lastPublishAfterLastKeyMs: number;
    publishes: number;
    /** Publishes for a version older than one published before them (must be 0). */
    stalePublishes: number;
    /** Whether the last publish is for the final version and equals lint() of the final text. */
    finalMatches: boolean;
  };
  open10Mb: {
    bytes: number;
    firstDiagnosticsMs: number;
    /** didOpen -> the publish of the whole document (the first may preview its opening). */
    completeDiagnosticsMs: number;
    diagnostics: number;
    publishBytes: number;
    /** In this process: lint() of the whole text, and the server's own path (paragraph cache, diagnostics, their JSON). */
    lintMs: number;
    cacheMs: number;
    diagnosticsMs: number;
    jsonMs: number;
  };
  tenDocuments: { documents: number; bytesEach: number; rssMb: number };
  /** The document's publish under the default whosays.maxProblems, and with every finding. */
  publish: { diagnostics: number; bytes: number; bytesPerDiagnostic: number };
  publishAll: { diagnostics: number; bytes: number; bytesPerDiagnostic: number };
}

export interface ServerBenchOptions {
  /** The server script (default: dist/server.js of this checkout). */
  server?: string;
  bytes?: number;
  edits?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function spread(values: number[]): Spread {
  const { median, min, max } = spreadOf(values);
  return { medianMs: median, minMs: min, maxMs: max, count: values.length };
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A position inside a word of prose, somewhere in the text. */
function positionInWord(text: string, next: () => number): { line: number; character: number } {
  let at = Math.floor(next() * text.length);
  while (!/[a-z]/.test(text.charAt(at))) at = (at + 1) % text.length;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: at - lineStart };
}

const bytesOf = (params: unknown) => Buffer.byteLength(JSON.stringify(params), 'utf8');

/** Rule and offset of each finding lint() gives for `text`: what the server's diagnostics must name. */
function expectedKeys(text: string): string[] {
  return lint(text, { languageId: 'markdown', now: new Date() }).map((f) => `${f.rule}@${f.offset}`);
}

/**
 * Whether a publish shows `expected` (lint() of the text): all of it, or under whosays.maxProblems
 * an unbroken run of it and a note giving its total.
 */
function publishMatches(params: PublishDiagnosticsParams, expected: string[]): boolean {
  const note = params.diagnostics.find((d) => d.code === 'limit');
  const keys = params.diagnostics.filter((d) => d !== note).map((d) => `${String(d.code)}@${(d.data as { offset: number }).offset}`);
  if (!note) return JSON.stringify(keys) === JSON.stringify(expected);
  const from = expected.indexOf(keys[0]);
  return (note.data as { total: number }).total === expected.length && from >= 0 && JSON.stringify(keys) === JSON.stringify(expected.slice(from, from + keys.length));
}

async function editPush(server: string, text: string, edits: number, settings: Record<string, unknown> = {}): Promise<{ times: number[]; publishBytes: number; diagnostics: number }> {
  const client = await TestClient.start({ server, initializationOptions: {}, settings });
  try {
    const uri = 'file:///bench/article.md';
    await client.open(uri, 'markdown', text);
    const first = await client.diagnostics(uri, (p) => p.version === 1, { timeoutMs: 300_000 });
    const next = random(42);
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      const position = positionInWord(client.text(uri), next);
      const started = performance.now();
      const version = await client.change(uri, [{ range: { start: position, end: position }, text: 'e' }]);
      await client.diagnosticsFor(uri, version);
      times.push(performance.now() - started);
    }
    return { times, publishBytes: bytesOf(first), diagnostics: first.diagnostics.length };
  } finally {
    await client.stop();
  }
}

async function editPull(server: string, text: string, edits: number): Promise<number[]> {
  const client = await TestClient.start({ server, capabilities: PULL_CAPABILITIES, initializationOptions: {} });
  try {
    const uri = 'file:///bench/pulled.md';
    await client.open(uri, 'markdown', text);
    let report = await client.pull(uri);
    const next = random(43);
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      const position = positionInWord(client.text(uri), next);
      const started = performance.now();
      await client.change(uri, [{ range: { start: position, end: position }, text: 'e' }]);
      report = await client.pull(uri, report.resultId);
      if (report.kind !== 'full') throw new Error('a pull after an edit was answered "unchanged"');
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await client.stop();
  }
}

async function keystrokes(server: string, text: string, keys: number, intervalMs: number): Promise<ServerBenchFigures['keystrokes']> {
  const client = await TestClient.start({ server, initializationOptions: {} });
  try {
    const uri = 'file:///bench/typed.md';
    await client.open(uri, 'markdown', text);
    await client.diagnostics(uri, (p) => p.version === 1, { timeoutMs: 300_000 });
    const start = client.published.length;
    // Typed at one place, as a writer types a sentence.
    let position = positionInWord(text, random(44));
    const typed = 'and the council said so in May ';
    const began = performance.now();
    let lastSent = began;
    let version = 1;
    for (let i = 0; i < keys; i++) {
      const due = began + i * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      version = await client.change(uri, [{ range: { start: position, end: position }, text: typed[i % typed.length] }]);
      lastSent = performance.now();
      position = { line: position.line, character: position.character + 1 };
    }
    const final = await client.diagnosticsFor(uri, version);
    const lastPublishAfterLastKeyMs = performance.now() - lastSent;
    await sleep(200);
    const publishes = client.published.slice(start).filter((p) => p.uri === uri);
    let newest = 0;
    let stalePublishes = 0;
    for (const p of publishes) {
      if (p.version! < newest) stalePublishes++;
      newest = Math.max(newest, p.version!);
    }
    const finalMatches = publishes.at(-1)?.version === version && publishMatches(final, expectedKeys(client.text(uri)));
    return { keys, intervalMs, lastPublishAfterLastKeyMs, publishes: publishes.length, stalePublishes, finalMatches };
  } finally {
    await client.stop();
  }
}

async function open10Mb(server: string): Promise<ServerBenchFigures['open10Mb']> {
  const bytes = 10_000_000;
  const text = generateDocument('markdown', bytes);
  const client = await TestClient.start({ server, initializationOptions: {} });
  let firstDiagnosticsMs: number;
  let completeDiagnosticsMs: number;
  let published: PublishDiagnosticsParams;
  try {
    const uri = 'file:///bench/ten.md';
    const opened = performance.now();
    await client.open(uri, 'markdown', text);
    published = await client.diagnostics(uri, (p) => p.version === 1, { timeoutMs: 600_000 });
    firstDiagnosticsMs = performance.now() - opened;
    // The first publish may be a preview of the opening (code "partial"); the whole follows.
    published = await client.diagnostics(uri, (p) => p.version === 1 && !p.diagnostics.some((d) => d.code === 'partial'), { timeoutMs: 600_000 });
    completeDiagnosticsMs = performance.now() - opened;
  } finally {
    await client.stop();
  }
  // Where the time goes besides lint(), in this process.
  let started = performance.now();
  lint(text, { languageId: 'markdown', now: new Date() });
  const lintMs = performance.now() - started;
  started = performance.now();
  const cache = new ParagraphCache();
  const run = cache.steps({ text, languageId: 'markdown', config: {}, key: 'bench', now: new Date() });
  let step = run.next();
  while (!step.done) step = run.next();
  const cacheMs = performance.now() - started;
  started = performance.now();
  const diagnostics = cache.diagnostics(1, undefined, DEFAULT_MAX_PROBLEMS);
  const diagnosticsMs = performance.now() - started;
  started = performance.now();
  JSON.stringify({ uri: 'file:///bench/ten.md', version: 1, diagnostics });
  const jsonMs = performance.now() - started;
  return { bytes, firstDiagnosticsMs, completeDiagnosticsMs, diagnostics: published.diagnostics.length, publishBytes: bytesOf(published), lintMs, cacheMs, diagnosticsMs, jsonMs };
}

/** Resident memory of a process in MB (Linux: /proc; elsewhere: ps). */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
    if (kb) return Number(kb[1]) / 1024;
  } catch {
    // not Linux
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

async function tenDocuments(server: string, bytesEach: number): Promise<ServerBenchFigures['tenDocuments']> {
  const documents = 10;
  const client = await TestClient.start({ server, initializationOptions: {} });
  try {
    for (let i = 0; i < documents; i++) {
      const uri = `file:///bench/doc${i}.md`;
      await client.open(uri, 'markdown', generateDocument('markdown', bytesEach, 100 + i));
      await client.diagnostics(uri, (p) => p.version === 1, { timeoutMs: 300_000 });
    }
    await sleep(1000);
    return { documents, bytesEach, rssMb: rssMb(client.pid!) };
  } finally {
    await client.stop();
  }
}

export async function benchServer(options: ServerBenchOptions = {}): Promise<ServerBenchFigures> {
  const server = options.server ?? process.env.BENCH_SERVER ?? SERVER;
  if (!existsSync(server)) throw new Error(`${server} is missing: run "npm run bundle" first`);
  const bytes = options.bytes ?? Number(process.env.BENCH_BYTES ?? 1_000_000);
  const edits = options.edits ?? Number(process.env.BENCH_EDITS ?? 21);
  const log = options.log ?? (() => undefined);
  const text = generateDocument('markdown', bytes);
  log('  one-character edits, pushed...');
  const push = await editPush(server, text, edits);
  log('  one-character edits, pushed, whosays.maxProblems 0 (every finding)...');
  const pushAll = await editPush(server, text, edits, { maxProblems: 0 });
  log('  one-character edits, pulled...');
  const pull = await editPull(server, text, edits);
  log('  500 keystrokes...');
  const keys = await keystrokes(server, text, 500, 20);
  log('  10 MB document...');
  const ten = await open10Mb(server);
  log('  ten documents open...');
  const memory = await tenDocuments(server, bytes);
  return {
    server,
    documentBytes: bytes,
    editPush: spread(push.times),
    editPushAll: spread(pushAll.times),
    editPull: spread(pull),
    keystrokes: keys,
    open10Mb: ten,
    tenDocuments: memory,
    publish: { diagnostics: push.diagnostics, bytes: push.publishBytes, bytesPerDiagnostic: push.publishBytes / Math.max(1, push.diagnostics) },
    publishAll: { diagnostics: pushAll.diagnostics, bytes: pushAll.publishBytes, bytesPerDiagnostic: pushAll.publishBytes / Math.max(1, pushAll.diagnostics) },
  };
}

export function printServerBench(f: ServerBenchFigures): void {
  const ms = (s: Spread) => `median ${s.medianMs.toFixed(0)} ms (min ${s.minMs.toFixed(0)}, max ${s.maxMs.toFixed(0)}, ${s.count} edits)`;
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(`language server (${f.server}, over stdio, Node ${process.versions.node}), generated Markdown, measured at the client`);
  console.log(`  ${mb(f.documentBytes)}, one character typed, didChange -> publishDiagnostics (debounce included): ${ms(f.editPush)}`);
  console.log(`  ${mb(f.documentBytes)}, the same, whosays.maxProblems 0 (every finding published):                  ${ms(f.editPushAll)}`);
  console.log(`  ${mb(f.documentBytes)}, one character typed, didChange -> pulled diagnostics:                     ${ms(f.editPull)}`);
  const k = f.keystrokes;
  console.log(
    `  ${k.keys} keystrokes ${k.intervalMs} ms apart: last publish ${k.lastPublishAfterLastKeyMs.toFixed(0)} ms after the last key, ${k.publishes} publishes, ${k.stalePublishes} stale, final ${k.finalMatches ? 'matches' : 'DOES NOT match'} the text`,
  );
  const t = f.open10Mb;
  console.log(`  ${mb(t.bytes)}, didOpen -> first publishDiagnostics: ${t.firstDiagnosticsMs.toFixed(0)} ms; the whole document's: ${t.completeDiagnosticsMs.toFixed(0)} ms (${t.diagnostics} diagnostics, ${mb(t.publishBytes)} of JSON)`);
  console.log(`    in this process: lint() ${t.lintMs.toFixed(0)} ms; paragraph cache ${t.cacheMs.toFixed(0)} ms, diagnostics ${t.diagnosticsMs.toFixed(0)} ms, their JSON ${t.jsonMs.toFixed(0)} ms`);
  console.log(`  ${f.tenDocuments.documents} documents of ${mb(f.tenDocuments.bytesEach)} open and linted: server RSS ${f.tenDocuments.rssMb.toFixed(0)} MB`);
  console.log(`  publish of the ${mb(f.documentBytes)} document: ${f.publish.diagnostics} diagnostics, ${mb(f.publish.bytes)} of JSON, ${f.publish.bytesPerDiagnostic.toFixed(0)} bytes per diagnostic`);
  console.log(`    with whosays.maxProblems 0: ${f.publishAll.diagnostics} diagnostics, ${mb(f.publishAll.bytes)} of JSON, ${f.publishAll.bytesPerDiagnostic.toFixed(0)} bytes per diagnostic`);
}

if (/benchServer\.[tj]s$/.test(process.argv[1] ?? '')) {
  benchServer({ log: (line) => console.log(line) })
    .then(printServerBench)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
