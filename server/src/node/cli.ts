// The `whosays` command. Bundled by scripts/build.mjs to dist/cli.js.
//
// Everything is read, checked and linted before anything is written: a run either prints its
// whole report (exit 0 or 1) or one `whosays: ...` line on stderr (exit 2), never half of a report.

import { realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { mergeConfigs } from '../engine/config';
import { languageFromId, lint } from '../engine/index';
import { DEFAULT_MAX_FILE_BYTES, MAX_FILE_BYTES_LIMIT, formatBytes, parseByteSize } from '../engine/limits';
import type { EngineConfig, Finding, MarkupLanguage, Profile } from '../engine/types';
import { escapeForTerminal, formatJson, formatText, useColor, type FileResult } from './cliOutput';
import { decodeUtf8, findConfigFile, formatConfigError, loadConfigFile } from './configFile';
import { FileTooLargeError, NotRegularFileError, readRegularFileSync } from './readFile';

import * as tinyglobby from 'tinyglobby';
const { glob, isDynamicPattern } = tinyglobby;

export const HELP = `Usage: whosays [options] <files or globs...>

Flags weasel phrases and unattributed claims in plain text, Markdown, HTML,
LaTeX and wikitext.

Arguments:
  <files or globs...>        files to lint, or quoted globs such as "docs/**/*.md"
                             (node_modules and .git are skipped); "-" reads
                             standard input

Options:
  --format text|json         output format (default: text)
  --profile default|hedging  which checks run; "hedging" also flags hedges such
                             as "may have" (default: the configuration's profile)
  --config FILE              use this configuration file instead of looking for
                             .whosays.json next to each file and in its parents
  --no-config                ignore .whosays.json files
  --language ID              lint every input as this language: plaintext,
                             markdown, html, latex or wikitext (default: from the
                             file extension)
  --stdin-filename NAME      file name for "-", to pick its language and
                             configuration (default language: plaintext)
  --max-file-size SIZE       refuse inputs larger than SIZE: bytes, or a number
                             with kB, MB or GB (1000s) or KiB, MiB or GiB (1024s),
                             such as 20MB (default: 50MB; at most 500MB)
  -h, --help                 show this help and exit
  -v, --version              print the version and exit

Only regular files are read: a device, FIFO or socket (or a link to one) is a
file error, and so is an input over --max-file-size or a .whosays.json over 1MB.

Exit status: 0 no warnings or errors, 1 warnings or errors found,
2 usage, file or configuration error (nothing is linted then).
`;

/** A problem that ends the run with exit status 2 and one line on stderr. */
class Failure extends Error {}

const FORMATS = ['text', 'json'] as const;
const PROFILES: readonly Profile[] = ['default', 'hedging'];
const STDIN_NAME = '<stdin>';
const BINARY_PROBE_BYTES = 8192;
const RAISE_LIMIT = '(raise the limit with --max-file-size)';

interface Options {
  format: 'text' | 'json';
  profile?: Profile;
  config?: string;
  noConfig: boolean;
  language?: MarkupLanguage;
  stdinFilename?: string;
  maxFileSize: number;
  help: boolean;
  version: boolean;
  inputs: string[];
}

interface Input {
  /** As given on the command line (or as a glob produced it), or `<stdin>`. */
  display: string;
  /** Absent for standard input. */
  file?: string;
}

const OPTION_SPEC = {
  format: { type: 'string' },
  profile: { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  language: { type: 'string' },
  'stdin-filename': { type: 'string' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function parseOptions(args: string[]): Options {
  // Non-strict parsing with tokens, so that each mistake gets a message of our own.
  const { tokens } = parseArgs({ args, options: OPTION_SPEC, strict: false, allowPositionals: true, tokens: true });
  const options: Options = { format: 'text', noConfig: false, maxFileSize: DEFAULT_MAX_FILE_BYTES, help: false, version: false, inputs: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') {
      options.inputs.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue; // the "--" terminator
    const name = token.name;
    if (!Object.hasOwn(OPTION_SPEC, name)) {
      throw new Failure(`unknown option "${token.rawName}" (see whosays --help)`);
    }
    const spec = OPTION_SPEC[name as keyof typeof OPTION_SPEC];
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new Failure(`option ${token.rawName} takes no value`);
      if (name === 'help') options.help = true;
      else if (name === 'version') options.version = true;
      else if (name === 'no-config') options.noConfig = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
      throw new Failure(`option ${token.rawName} needs a value`);
    }
    switch (name) {
      case 'format':
        options.format = oneOf(value, FORMATS, '--format');
        break;
      case 'profile':
        options.profile = oneOf(value, PROFILES, '--profile');
        break;
      case 'config':
        if (value === '') throw new Failure('option --config needs a file name');
        options.config = value;
        break;
      case 'language':
        options.language = parseLanguage(value);
        break;
      case 'stdin-filename':
        if (value === '') throw new Failure('option --stdin-filename needs a file name');
        options.stdinFilename = value;
        break;
      case 'max-file-size':
        options.maxFileSize = parseMaxFileSize(value);
        break;
    }
  }
  return options;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const choices = allowed.map((a) => `"${a}"`).join(' or ');
  throw new Failure(`invalid value "${value}" for ${option}; expected ${choices}`);
}

function parseMaxFileSize(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined) {
    throw new Failure(`invalid value "${value}" for --max-file-size; expected a size such as 20MB, 512KiB or 1000000 (bytes)`);
  }
  if (bytes < 1) throw new Failure(`invalid value "${value}" for --max-file-size; it must be at least 1 byte`);
  if (bytes > MAX_FILE_BYTES_LIMIT) {
    throw new Failure(`invalid value "${value}" for --max-file-size; the largest is ${formatBytes(MAX_FILE_BYTES_LIMIT)}`);
  }
  return bytes;
}

function parseLanguage(value: string): MarkupLanguage {
  const id = value.toLowerCase().replace(/^\./, '');
  const language = languageFromId(id);
  // languageFromId reads anything it does not know as plain text; on the command line that is a typo.
  if (language === 'plaintext' && id !== 'plaintext' && id !== 'txt' && id !== 'text') {
    throw new Failure(`invalid value "${value}" for --language; expected plaintext, markdown, html, latex or wikitext`);
  }
  return language;
}

function languageOfPath(file: string): MarkupLanguage {
  const extension = path.extname(file).slice(1).toLowerCase();
  return extension ? languageFromId(extension) : 'plaintext';
}

/**
 * Turns the command line's arguments into the list of inputs, in order, without duplicates: a file
 * reached by two names (a symlinked folder, `./a.md` and `a.md`) is linted once, under the first.
 */
async function expandInputs(args: string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  let stdinSeen = false;
  const add = (display: string, file: string): void => {
    const key = realPath(path.resolve(cwd, file));
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ display, file });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (stdinSeen) throw new Failure('"-" (standard input) may be given only once');
      stdinSeen = true;
      inputs.push({ display: STDIN_NAME });
      continue;
    }
    if (arg === '') throw new Failure('an empty file name was given');
    const stats = statOrUndefined(path.resolve(cwd, arg));
    if (stats?.isDirectory()) {
      const pattern = `${arg.replace(/[\\/]+$/, '')}/**/*.md`;
      throw new Failure(`${arg}: is a directory; pass files, or a quoted glob such as "${pattern}"`);
    }
    // A path that exists is a file even if it has glob characters in its name.
    if (stats || !isDynamicPattern(arg)) {
      add(arg, arg);
      continue;
    }
    const matches = await glob(arg, {
      cwd,
      absolute: path.isAbsolute(arg),
      onlyFiles: true,
      expandDirectories: false,
      ignore: ['**/node_modules/**', '**/.git/**'],
    });
    if (matches.length === 0) throw new Failure(`no files match "${arg}"`);
    for (const match of matches.sort()) add(match, match);
  }
  return inputs;
}

function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    // A missing file is reported when it is read.
    return file;
  }
}

function statOrUndefined(file: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function readInput(input: Input, cwd: string, stdin: Uint8Array | undefined, maxBytes: number): { text: string; bom: boolean } {
  let bytes: Uint8Array;
  if (input.file === undefined) {
    bytes = stdin ?? new Uint8Array();
  } else {
    try {
      bytes = readRegularFileSync(path.resolve(cwd, input.file), maxBytes);
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
function configFor(dir: string, options: Options, cwd: string): Partial<EngineConfig> {
  if (options.noConfig) return {};
  const file = options.config ?? findConfigFile(dir);
  if (file === undefined) return {};
  const shown = options.config ?? displayPath(file, cwd);
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

/** Standard input, up to the cap: `whosays - < /dev/zero` ends. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    // Leaving the loop destroys the stream, so nothing more is read.
    if (total > maxBytes) throw new Failure(`${STDIN_NAME}: too large to lint: more than ${formatBytes(maxBytes)} ${RAISE_LIMIT}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule));
}

// ---------------------------------------------------------------------------------------------

async function run(args: string[]): Promise<{ stdout: string; exitCode: number }> {
  const options = parseOptions(args);
  if (options.help) return { stdout: HELP, exitCode: 0 };
  if (options.version) return { stdout: `${version}\n`, exitCode: 0 };
  if (options.config !== undefined && options.noConfig) {
    throw new Failure('--config and --no-config cannot be used together');
  }
  if (options.inputs.length === 0) {
    throw new Failure('no input files; pass files, globs or "-" for standard input (see whosays --help)');
  }
  if (options.stdinFilename !== undefined && !options.inputs.includes('-')) {
    throw new Failure('--stdin-filename needs "-" among the inputs');
  }

  const cwd = process.cwd();
  const inputs = await expandInputs(options.inputs, cwd);
  if (options.config !== undefined) configFor(cwd, options, cwd); // report a broken --config file first
  const stdin = inputs.some((i) => i.file === undefined) ? await readStdin(options.maxFileSize) : undefined;

  const results: FileResult[] = [];
  for (const input of inputs) {
    const { text, bom } = readInput(input, cwd, stdin, options.maxFileSize);
    const nameForLanguage = input.file ?? options.stdinFilename;
    const language = options.language ?? (nameForLanguage === undefined ? 'plaintext' : languageOfPath(nameForLanguage));
    const dir = nameForLanguage === undefined ? cwd : path.dirname(path.resolve(cwd, nameForLanguage));
    const config = mergeConfigs(configFor(dir, options, cwd), options.profile ? { profile: options.profile } : {});
    let findings: Finding[];
    try {
      findings = lint(text, { languageId: language, config });
    } catch (error) {
      throw new Failure(`${input.display}: internal error while linting: ${error instanceof Error ? error.message : String(error)}`);
    }
    results.push({ path: input.display, text, bom, findings: sortFindings(findings) });
  }

  const failing = results.some((r) => r.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
  const stdout =
    options.format === 'json' ? formatJson(results) : formatText(results, useColor(process.env, process.stdout.isTTY === true));
  return { stdout, exitCode: failing ? 1 : 0 };
}

async function main(): Promise<void> {
  // A reader that stops early (`whosays ... | head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    const { stdout, exitCode } = await run(process.argv.slice(2));
    process.exitCode = exitCode;
    process.stdout.write(stdout);
  } catch (error) {
    const message =
      error instanceof Failure ? error.message : `internal error: ${(error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ')}`;
    process.exitCode = 2;
    // File names and values from the command line may hold line breaks and terminal commands.
    process.stderr.write(`whosays: ${escapeForTerminal(message)}\n`);
  }
}

void main();
