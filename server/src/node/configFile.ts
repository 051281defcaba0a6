// Finding and reading `.whosays.json` on disk. Node only; shared by the CLI and the language server.

import { lstatSync } from 'node:fs';
import * as path from 'node:path';
import { parseConfig, type ConfigError } from '../engine/config';
import { MAX_CONFIG_BYTES } from '../engine/limits';
import type { EngineConfig } from '../engine/types';
import { FileTooLargeError, NotRegularFileError, readRegularFileSync } from './readFile';

export const CONFIG_FILE_NAME = '.whosays.json';

export interface ConfigFileError extends ConfigError {
  /** The configuration file the error is in, as it was passed to loadConfigFile. */
  file: string;
}

export interface LoadedConfig {
  config: Partial<EngineConfig>;
  /** Empty when the file was read and is valid. A broken file must not be used. */
  errors: ConfigFileError[];
}

// Caches live for one CLI run; the language server clears them when a configuration file changes.
const foundByDirectory = new Map<string, string | undefined>();
const loadedByPath = new Map<string, LoadedConfig>();

/** Forgets every cached lookup and file (call when a `.whosays.json` is created, changed or deleted). */
export function clearConfigCache(): void {
  foundByDirectory.clear();
  loadedByPath.clear();
}

/**
 * The nearest `.whosays.json`, looking in `startDir` (the linted file's folder), then each parent
 * folder up to the filesystem root. Anything at that name counts, so that a configuration which
 * cannot be read is reported rather than skipped.
 */
export function findConfigFile(startDir: string): string | undefined {
  const visited: string[] = [];
  let dir = path.resolve(startDir);
  let found: string | undefined;
  for (;;) {
    if (foundByDirectory.has(dir)) {
      found = foundByDirectory.get(dir);
      break;
    }
    visited.push(dir);
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) {
      found = candidate;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of visited) foundByDirectory.set(d, found);
  return found;
}

/** Reads and validates a configuration file. A file that cannot be read gives an error too. */
export function loadConfigFile(file: string): LoadedConfig {
  const key = path.resolve(file);
  const cached = loadedByPath.get(key);
  if (cached) return withFile(cached, file);

  const result = load(file);
  loadedByPath.set(key, result);
  return result;
}

function load(file: string): LoadedConfig {
  const fail = (message: string): LoadedConfig => ({ config: {}, errors: [{ file, message, offset: 0, length: 0, line: 1, column: 1 }] });
  let bytes: Uint8Array;
  try {
    bytes = readRegularFileSync(file, MAX_CONFIG_BYTES);
  } catch (error) {
    return fail(readErrorMessage(error));
  }
  const decoded = decodeUtf8(bytes);
  if ('invalidByteOffset' in decoded) {
    return fail(`The configuration file is not valid UTF-8 (invalid byte at offset ${decoded.invalidByteOffset}).`);
  }
  const parsed = parseConfig(decoded.text);
  return { config: parsed.config, errors: parsed.errors.map((e) => ({ file, ...e })) };
}

/** `path:line:col: message`, the form editors and terminals turn into a link. */
export function formatConfigError(error: ConfigFileError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}

function withFile(loaded: LoadedConfig, file: string): LoadedConfig {
  return { config: loaded.config, errors: loaded.errors.map((e) => ({ ...e, file })) };
}

function exists(file: string): boolean {
  try {
    // lstat, so that a dangling link named .whosays.json is reported rather than skipped.
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    // A folder we may not look into holds no configuration we could use.
    return false;
  }
}

/**
 * Decodes UTF-8 strictly (a leading byte-order mark is dropped). On failure gives the byte offset
 * where the first invalid sequence starts.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { invalidByteOffset: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { invalidByteOffset: firstInvalidUtf8Byte(bytes) };
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0; // no overlong forms
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function readErrorMessage(error: unknown): string {
  if (error instanceof NotRegularFileError) return `The configuration file is ${error.message}.`;
  if (error instanceof FileTooLargeError) return `The configuration file is too large: ${error.message}.`;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'The configuration file does not exist.';
    case 'EISDIR':
      return 'The configuration file is a directory, not a file.';
    case 'EACCES':
    case 'EPERM':
      return 'The configuration file cannot be read: permission denied.';
    default:
      return `The configuration file cannot be read (${code ?? String(error)}).`;
  }
}
