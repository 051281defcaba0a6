// The `whosays` command. Bundled by scripts/build.mjs to dist/cli.js.
//
// Everything is read, checked and linted before anything is written: a run either prints its
// whole report (exit 0 or 1) or one `whosays: ...` line on stderr (exit 2), never half of a report.

import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { mergeConfigs } from '../engine/config';
import { languageFromId, lint } from '../engine/index';
import { LineIndex } from '../engine/lineIndex';
import type { EngineConfig, Finding, MarkupLanguage, Profile, Severity } from '../engine/types';
import { decodeUtf8, findConfigFile, formatConfigError, loadConfigFile } from './configFile';

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
  -h, --help                 show this help and exit
  -v, --version              print the version and exit

Exit status: 0 no warnings or errors, 1 warnings or errors found,
2 usage, file or configuration error.
`;

/** A problem that ends the run with exit status 2 and one line on stderr. */
class Failure extends Error {}

const FORMATS = ['text', 'json'] as const;
const PROFILES: readonly Profile[] = ['default', 'hedging'];
const STDIN_NAME = '<stdin>';
const BINARY_PROBE_BYTES = 8192;

interface Options {
  format: 'text' | 'json';
  profile?: Profile;
  config?: string;
  noConfig: boolean;
  language?: MarkupLanguage;
  stdinFilename?: string;
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

interface FileResult {
  path: string;
  text: string;
  findings: Finding[];
}

const OPTION_SPEC = {
  format: { type: 'string' },
  profile: { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  language: { type: 'string' },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function parseOptions(args: string[]): Options {
  // Non-strict parsing with tokens, so that each mistake gets a message of our own.
  const { tokens } = parseArgs({ args, options: OPTION_SPEC, strict: false, allowPositionals: true, tokens: true });
  const options: Options = { format: 'text', noConfig: false, help: false, version: false, inputs: [] };
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
    }
  }
  return options;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const choices = allowed.map((a) => `"${a}"`).join(' or ');
  throw new Failure(`invalid value "${value}" for ${option}; expected ${choices}`);
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

/** Turns the command line's arguments into the list of inputs, in order, without duplicates. */
async function expandInputs(args: string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  let stdinSeen = false;
  const add = (display: string, file: string): void => {
    const key = path.resolve(cwd, file);
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

function statOrUndefined(file: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function readInput(input: Input, cwd: string, stdin: Uint8Array | undefined): string {
  let bytes: Uint8Array;
  if (input.file === undefined) {
    bytes = stdin ?? new Uint8Array();
  } else {
    try {
      bytes = readFileSync(path.resolve(cwd, input.file));
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
  return decoded.text;
}

function readErrorMessage(error: unknown): string {
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

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule));
}

// ---------------------------------------------------------------------------------------------
// Output

export function formatJson(results: FileResult[]): string {
  const files = results.map((result) => {
    const index = new LineIndex(result.text);
    return {
      path: result.path,
      findings: result.findings.map((f) => {
        const start = index.lineColumnAt(f.offset);
        const end = index.lineColumnAt(f.offset + f.length);
        // Built key by key: the order is part of the format.
        return {
          rule: f.rule,
          category: f.category,
          severity: f.severity,
          message: f.message,
          offset: f.offset,
          length: f.length,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          fixes: f.fixes.map((fix) => ({
            title: fix.title,
            edits: fix.edits.map((e) => ({ offset: e.offset, length: e.length, newText: e.newText })),
          })),
        };
      }),
    };
  });
  return JSON.stringify({ version: 1, files }) + '\n';
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

interface Colors {
  location(s: string): string;
  severity(severity: Severity, s: string): string;
  rule(s: string): string;
  summary(worst: Severity | undefined, s: string): string;
}

function makeColors(enabled: boolean): Colors {
  const wrap = (open: string, s: string): string => (enabled && s ? `\u001b[${open}m${s}\u001b[0m` : s);
  const bySeverity: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };
  return {
    location: (s) => wrap('1', s),
    severity: (severity, s) => wrap(bySeverity[severity], s),
    rule: (s) => wrap('2', s),
    summary: (worst, s) => wrap(worst ? `1;${bySeverity[worst]}` : '1;32', s),
  };
}

export function formatText(results: FileResult[], color: boolean): string {
  const colors = makeColors(color);
  const rows: { location: string; severity: Severity; message: string; rule: string }[] = [];
  for (const result of results) {
    const index = new LineIndex(result.text);
    for (const f of result.findings) {
      const { line, column } = index.lineColumnAt(f.offset);
      rows.push({ location: `${result.path}:${line}:${column}`, severity: f.severity, message: f.message.replace(/\s+/g, ' '), rule: f.rule });
    }
  }
  const width = (pick: (r: (typeof rows)[number]) => string): number => Math.max(0, ...rows.map((r) => pick(r).length));
  const locationWidth = width((r) => r.location);
  const severityWidth = width((r) => r.severity);
  const messageWidth = width((r) => r.message);
  const pad = (s: string, w: number): string => ' '.repeat(Math.max(0, w - s.length));

  let out = '';
  for (const r of rows) {
    out +=
      colors.location(r.location) + pad(r.location, locationWidth) + '  ' +
      colors.severity(r.severity, r.severity) + pad(r.severity, severityWidth) + '  ' +
      r.message + pad(r.message, messageWidth) + '  ' +
      colors.rule(r.rule) + '\n';
  }

  const fileCount = `${results.length} ${results.length === 1 ? 'file' : 'files'}`;
  if (rows.length === 0) {
    out += colors.summary(undefined, `No problems found in ${fileCount}.`) + '\n';
    return out;
  }
  const counts = SEVERITY_ORDER.map((s) => [s, rows.filter((r) => r.severity === s).length] as const).filter(([, n]) => n > 0);
  const parts = counts.map(([s, n]) => `${n} ${s === 'information' || n === 1 ? s : `${s}s`}`);
  const worst = counts[0][0];
  const problems = `${rows.length} ${rows.length === 1 ? 'problem' : 'problems'}`;
  out += '\n' + colors.summary(worst, `${problems} (${parts.join(', ')}) in ${fileCount}`) + '\n';
  return out;
}

/** Colour when stdout is a terminal; FORCE_COLOR forces it either way, NO_COLOR turns it off. */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
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
  const stdin = inputs.some((i) => i.file === undefined) ? await readStdin() : undefined;

  const results: FileResult[] = [];
  for (const input of inputs) {
    const text = readInput(input, cwd, stdin);
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
    results.push({ path: input.display, text, findings: sortFindings(findings) });
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
    const message = error instanceof Failure ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    process.exitCode = 2;
    process.stderr.write(`whosays: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  }
}

void main();
