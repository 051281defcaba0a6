// Helpers for the command-line tests: run the built dist/cli.js and make throwaway folders.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Written to standard input. */
  input?: string | Uint8Array;
  /** Added to the environment; a value of undefined removes the variable. */
  env?: Record<string, string | undefined>;
}

/** Runs `node dist/cli.js ...args`, without colour unless the test asks for it. */
export function runCli(args: string[], options: RunOptions = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
  for (const [key, value] of Object.entries(options.env ?? {})) env[key] = value;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];

/** A fresh folder under the system temp folder holding `files` (paths may contain folders). */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'whosays-cli-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** Deletes every folder tempDir made; call from `after`. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface JsonFinding {
  rule: string;
  category: string;
  severity: string;
  message: string;
  offset: number;
  length: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes: { title: string; edits: { offset: number; length: number; newText: string }[] }[];
}

export interface JsonReport {
  version: number;
  files: { path: string; findings: JsonFinding[] }[];
}

/** Runs with `--format json` and parses the report. */
export function runJson(args: string[], options: RunOptions = {}): CliResult & { report: JsonReport } {
  const result = runCli(['--format', 'json', ...args], options);
  let report: JsonReport;
  try {
    report = JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${result.status}): stdout=${JSON.stringify(result.stdout)} stderr=${JSON.stringify(result.stderr)}`);
  }
  return { ...result, report };
}

/** Rule ids found in one file of a JSON report. */
export function rulesIn(report: JsonReport, file = 0): string[] {
  return report.files[file].findings.map((f) => f.rule);
}
