// One input of the `whosays` command: read it, find its configuration, lint it, and turn the
// findings into its result (output/results.ts); with --fix or --fix-dry-run, fix it too (cliFix.ts).
// The same function runs on the main thread and in the worker threads (cliWorkers.ts), so a file
// gives the same report, or the same error, either way.

import * as path from 'node:path';
import { mergeConfigs } from '../engine/config';
import { languageFromId } from '../engine/index';
import { formatBytes } from '../engine/limits';
import type { EngineConfig, Finding, MarkupLanguage, Profile } from '../engine/types';
import { fileResult, sortFindings, type FileResult } from '../output/results';
import { diffNameOf, fixInput, type FixMode, type FixSummary } from './cliFix';
import { reportPart } from '../output/report/part';
import { decodeUtf8, findConfigFile, formatConfigError, loadConfigFile } from './configFile';
import { lintInParts } from './lintInParts';
import { FileTooLargeError, NotRegularFileError, readRegularFileWithStatsSync } from './readFile';
import { ReplaceFileError, type ReadFile } from './replaceFile';

/** A problem that ends the run with exit status 2 and one line on stderr (and `notes`, one line each, after it). */
export class Failure extends Error {
  constructor(
    message: string,
    readonly notes: readonly string[] = [],
  ) {
    super(message);
  }
}

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
  /** --fix (write) or --fix-dry-run. */
  fix?: FixMode;
  /** --fix-information: information-level findings are fixed too. */
  fixInformation?: boolean;
  /** Add each file's part of the sourcing report (`whosays report`). */
  report?: boolean;
}

export interface Input {
  /** As given on the command line (or as a glob produced it), or `<stdin>`. */
  display: string;
  /** Absent for standard input. */
  file?: string;
}

/**
 * A file's report (after --fix, of what is left; `fix` says what was fixed), or the one line that
 * ends the run; `internal` marks an error of ours.
 */
export type FileOutcome = { result: FileResult; fix?: FixSummary } | { error: string; internal?: boolean };

/** Reads, lints (and fixes) and reports one input; never throws. `stdin` holds standard input's bytes for "-". */
export function lintInput(input: Input, settings: FileSettings, stdin?: Uint8Array): FileOutcome {
  try {
    return outcomeOf(input, settings, stdin);
  } catch (error) {
    if (error instanceof Failure) return { error: error.message };
    if (error instanceof ReplaceFileError) return { error: `${input.display}: ${error.message}` };
    return { error: error instanceof Error ? error.message : String(error), internal: true };
  }
}

function outcomeOf(input: Input, settings: FileSettings, stdin: Uint8Array | undefined): { result: FileResult; fix?: FixSummary } {
  const { cwd } = settings;
  const { text, bom, read } = readInput(input, settings, stdin);
  const nameForLanguage = input.file ?? settings.stdinFilename;
  const language = settings.language ?? (nameForLanguage === undefined ? 'plaintext' : languageOfPath(nameForLanguage));
  const dir = nameForLanguage === undefined ? cwd : path.dirname(path.resolve(cwd, nameForLanguage));
  const config = mergeConfigs(configFor(dir, settings), settings.profile ? { profile: settings.profile } : {});
  const lintText = (source: string): Finding[] => {
    try {
      return sortFindings(lintInParts(source, { languageId: language, config, now: new Date(settings.now) }));
    } catch (error) {
      throw new Failure(`${input.display}: internal error while linting: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const findings = lintText(text);
  if (settings.fix === undefined) {
    const result = fileResult(input.display, text, bom, findings);
    if (settings.report) {
      try {
        result.report = reportPart(text, language, findings);
      } catch (error) {
        throw new Failure(`${input.display}: internal error while outlining: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { result };
  }
  return fixInput(
    { display: input.display, file: input.file && path.resolve(cwd, input.file), diffName: diffNameOf(input.file ?? settings.stdinFilename ?? STDIN_NAME), text, bom, read, findings },
    { mode: settings.fix, includeInformation: settings.fixInformation === true, lintText },
  );
}

function languageOfPath(file: string): MarkupLanguage {
  const extension = path.extname(file).slice(1).toLowerCase();
  return extension ? languageFromId(extension) : 'plaintext';
}

/** The input's text, and for a file its bytes and stats as read (what --fix checks before it writes). */
function readInput(input: Input, settings: FileSettings, stdin: Uint8Array | undefined): { text: string; bom: boolean; read?: ReadFile } {
  let bytes: Uint8Array;
  let read: ReadFile | undefined;
  if (input.file === undefined) {
    bytes = stdin ?? new Uint8Array();
  } else {
    try {
      read = readRegularFileWithStatsSync(path.resolve(settings.cwd, input.file), settings.maxFileSize);
      bytes = read.bytes;
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
  return { text: decoded.text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, read };
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

/** Standard input is capped like a file: `whosays - < /dev/zero` ends. */
export function stdinTooLarge(maxBytes: number): Failure {
  return new Failure(`${STDIN_NAME}: too large to lint: more than ${formatBytes(maxBytes)} ${RAISE_LIMIT}`);
}
