// One input of the `whosays` command: read it, find its configuration, lint it, and turn the
// findings into its result (output/results.ts). The same function runs on the main thread and in the
// worker threads (cliWorkers.ts), so a file gives the same report, or the same error, either way.

import * as path from 'node:path';
import { mergeConfigs } from '../engine/config';
import { languageFromId } from '../engine/index';
import { formatBytes } from '../engine/limits';
import type { EngineConfig, Finding, MarkupLanguage, Profile } from '../engine/types';
import { fileResult, type FileResult } from '../output/results';
import { reportPart } from '../output/report/part';
import { decodeUtf8, findConfigFile, formatConfigError, loadConfigFile } from './configFile';
import { lintInParts } from './lintInParts';
import { FileTooLargeError, NotRegularFileError, readRegularFileSync } from './readFile';

/** A problem that ends the run with exit status 2 and one line on stderr. */
export class Failure extends Error {}

export const STDIN_NAME = '<stdin>';
const BINARY_PROBE_BYTES = 8192;
export const RAISE_LIMIT = '(raise the limit with --max-file-size)';

/** What the per-file work needs from the command line: plain data, so that it can go to a worker. */
export interface FileSettings {
  profile?: Profile;
  config?: string;
  noConfig: boolean;
  language?: MarkupLanguage;
  stdinFilename?: string;
  maxFileSize: number;
  cwd: string;
  /** Milliseconds since the epoch: one date for dated markers across files and threads. */
  now: number;
  /** Add each file's part of the sourcing report (`whosays report`). */
  report?: boolean;
}

export interface Input {
  /** As given on the command line (or as a glob produced it), or `<stdin>`. */
  display: string;
  /** Absent for standard input. */
  file?: string;
}

/** A file's report, or the one line that ends the run; `internal` marks an error of ours. */
export type FileOutcome = { result: FileResult } | { error: string; internal?: boolean };

/** Reads, lints and reports one input; never throws. `stdin` holds standard input's bytes for "-". */
export function lintInput(input: Input, settings: FileSettings, stdin?: Uint8Array): FileOutcome {
  try {
    return { result: resultOf(input, settings, stdin) };
  } catch (error) {
    if (error instanceof Failure) return { error: error.message };
    return { error: error instanceof Error ? error.message : String(error), internal: true };
  }
}

function resultOf(input: Input, settings: FileSettings, stdin: Uint8Array | undefined): FileResult {
  const { cwd } = settings;
  const { text, bom } = readInput(input, settings, stdin);
  const nameForLanguage = input.file ?? settings.stdinFilename;
  const language = settings.language ?? (nameForLanguage === undefined ? 'plaintext' : languageOfPath(nameForLanguage));
  const dir = nameForLanguage === undefined ? cwd : path.dirname(path.resolve(cwd, nameForLanguage));
  const config = mergeConfigs(configFor(dir, settings), settings.profile ? { profile: settings.profile } : {});
  let findings: Finding[];
  try {
    findings = sortFindings(lintInParts(text, { languageId: language, config, now: new Date(settings.now) }));
  } catch (error) {
    throw new Failure(`${input.display}: internal error while linting: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = fileResult(input.display, text, bom, findings);
  if (settings.report) {
    try {
      result.report = reportPart(text, language, findings);
    } catch (error) {
      throw new Failure(`${input.display}: internal error while outlining: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}

function languageOfPath(file: string): MarkupLanguage {
  const extension = path.extname(file).slice(1).toLowerCase();
  return extension ? languageFromId(extension) : 'plaintext';
}

function readInput(input: Input, settings: FileSettings, stdin: Uint8Array | undefined): { text: string; bom: boolean } {
  let bytes: Uint8Array;
  if (input.file === undefined) {
    bytes = stdin ?? new Uint8Array();
  } else {
    try {
      bytes = readRegularFileSync(path.resolve(settings.cwd, input.file), settings.maxFileSize);
    } catch (error) {
      throw new Failure(`${input.display}: ${readErrorMessage(error)}`);
    }
  }
  const nul = bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
  if (nul !== -1) {
    throw new Failure(`${input.display}: binary file (NUL byte at offset ${nul}); only text can be linted`);
  }
  const decoded = decodeUtf8(bytes);
  if ('invalidByteOffset' in decoded) {
    throw new Failure(`${input.display}: not valid UTF-8 (invalid byte at offset ${decoded.invalidByteOffset})`);
  }
  // decodeUtf8 drops a byte-order mark; the JSON report's offsets still count it.
  return { text: decoded.text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}

function readErrorMessage(error: unknown): string {
  if (error instanceof NotRegularFileError) return `${error.message}; only regular files are linted`;
  if (error instanceof FileTooLargeError) return `too large to lint: ${error.message} ${RAISE_LIMIT}`;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read file: permission denied';
    case 'ENOTDIR':
      return 'file not found (a part of the path is not a directory)';
    default:
      return `cannot read file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** The configuration of one file's folder: the nearest .whosays.json, unless told otherwise. */
export function configFor(dir: string, settings: Pick<FileSettings, 'noConfig' | 'config' | 'cwd'>): Partial<EngineConfig> {
  if (settings.noConfig) return {};
  const file = settings.config ?? findConfigFile(dir);
  if (file === undefined) return {};
  const shown = settings.config ?? displayPath(file, settings.cwd);
  const { config, errors } = loadConfigFile(shown);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more ${errors.length === 2 ? 'error' : 'errors'} in this file)` : '';
    throw new Failure(formatConfigError(errors[0]) + more);
  }
  return config;
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule));
}

/** Standard input is capped like a file: `whosays - < /dev/zero` ends. */
export function stdinTooLarge(maxBytes: number): Failure {
  return new Failure(`${STDIN_NAME}: too large to lint: more than ${formatBytes(maxBytes)} ${RAISE_LIMIT}`);
}
