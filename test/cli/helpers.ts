// Helpers for the command-line tests: run the built dist/cli.js and make throwaway folders.

import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import * as path from 'node:path';
import { FORMATS } from '../../server/src/output/formats';
import { removeTempDirs, tempDir as makeTempDir } from '../support/tempDirs';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
/** How a usage error lists the --format values: `"text", "json" or "sarif"`. */
export const FORMAT_CHOICES = FORMATS.map((f) => `"${f.id}"`).join(', ').replace(/, ([^,]*)$/, ' or $1');

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
  /** Run as this user id (and the same group id); only root may switch. */
  uid?: number;
  /** Standard input comes from this file (such as /dev/zero) instead of `input`. */
  stdinFile?: string;
  /** Milliseconds before the run is killed and the test fails (default 30 s). */
  timeoutMs?: number;
}

/** Runs `node dist/cli.js ...args`, without colour unless the test asks for it. */
export function runCli(args: string[], options: RunOptions = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
  for (const [key, value] of Object.entries(options.env ?? {})) env[key] = value;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const stdinFd = options.stdinFile === undefined ? undefined : openSync(options.stdinFile, 'r');
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    ...(stdinFd === undefined ? { input: options.input ?? '' } : { stdio: [stdinFd, 'pipe', 'pipe'] }),
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  if (stdinFd !== undefined) closeSync(stdinFd);
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder holding `files`, removed by removeTempDirs. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  return makeTempDir(files, 'whosays-cli-');
}

export { removeTempDirs };

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
