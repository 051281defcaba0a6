// The `whosays` command. Bundled by scripts/build.mjs to dist/cli.js, which is also what its worker
// threads run (cliWorkers.ts).
//
// Everything is read, checked and linted before anything is written: a run either prints its
// whole report (exit 0 or 1) or one `whosays: ...` line on stderr (exit 2), never half of a report.
// What is kept meanwhile is each file's part of the report, not its text or its findings.

import { realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { languageFromId } from '../engine/index';
import { DEFAULT_MAX_FILE_BYTES, MAX_FILE_BYTES_LIMIT, formatBytes, parseByteSize } from '../engine/limits';
import type { MarkupLanguage, Profile } from '../engine/types';
import { Failure, STDIN_NAME, configFor, lintInput, stdinTooLarge, type FileOutcome, type FileSettings, type Input } from './cliLint';
import { useColor } from './cliOutput';
import { escapeForTerminal, FORMATS, formatById } from '../output/formats';
import { summaryLine, tally, type FileResult } from '../output/results';
import { shippedDocsBaseUrl } from './shippedDocs';
import { progressFor } from './cliProgress';
import { lintInWorkers, serveIfWorker, threadsFor } from './cliWorkers';
import { REPORT_HELP, parseLinkBase, writeReport as writeReportFile } from './cliReport';
import { REPORT_FORMATS } from '../output/report';

import * as tinyglobby from 'tinyglobby';
const { glob, isDynamicPattern } = tinyglobby;

const FORMAT_LINES = FORMATS.map((f) => `  ${f.id.padEnd(25)}  ${f.description}`).join('\n');

export const HELP = `Usage: whosays [options] <files or globs...>
       whosays report [options] <files or globs...>   (see whosays report --help)

Flags weasel phrases and unattributed claims in plain text, Markdown, HTML,
LaTeX and wikitext. "whosays report" writes a sourcing report instead: one
HTML page (or a Markdown summary) of every document's sources and findings.

Arguments:
  <files or globs...>        files, folders (every .md, .txt, .html, .tex and
                             .wiki file beneath them) or quoted globs such as
                             "docs/**/*.md" (node_modules and .git are skipped);
                             "-" reads standard input

Options:
  --format FORMAT            output format (default: text); see Formats below
  --quiet                    report errors only (findings at error level)
  --max-warnings N           exit 1 only when there are errors or more than N
                             warnings (default: any warning fails the run)
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
  -j, --jobs N               lint on N threads (default: one per core, for files
                             of 4MB or more in all per thread); --jobs 1 lints
                             on one thread
  --no-progress              no progress line; it is shown only when standard
                             error is a terminal, for 100 files or more or a
                             run longer than a second
  -h, --help                 show this help and exit
  -v, --version              print the version and exit

Only regular files are read: a device, FIFO or socket (or a link to one) is a
file error, and so is an input over --max-file-size or a .whosays.json over 1MB.

Formats:
${FORMAT_LINES}
Every format but text prints the summary line on standard error, so that
standard output holds only the format.

Exit status: 0 no warnings or errors (or no more than --max-warnings), 1
warnings or errors found, 2 usage, file or configuration error (nothing is
linted then).
`;

const PROFILES: readonly Profile[] = ['default', 'hedging'];
/** More threads than this is a typo, not a machine. */
const MAX_JOBS = 1024;

/** The command line: the per-file settings (but where and when, fixed at the start of the run), and the run's own. */
interface Options extends Omit<FileSettings, 'cwd' | 'now' | 'report'> {
  /** `whosays report ...` or plain `whosays ...`. */
  command: Command;
  /** An id of FORMATS, or of REPORT_FORMATS for a report. */
  format: string;
  /** The report's file; "-" for standard output; undefined: the format's default. */
  output?: string;
  /** Links to lines go to this address followed by the file's path (report only). */
  linkBase?: string;
  /** Only error-level findings. */
  quiet: boolean;
  /** Warnings allowed before the run fails; undefined: none. */
  maxWarnings?: number;
  /** Threads to lint on; undefined: as many as there are cores, when there is enough to lint. */
  jobs?: number;
  progress: boolean;
  help: boolean;
  version: boolean;
  inputs: string[];
}

type Command = 'lint' | 'report';

const OPTION_SPEC = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'link-base': { type: 'string' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  profile: { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  language: { type: 'string' },
  'stdin-filename': { type: 'string' },
  'max-file-size': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Options of one command only; every other option is shared. */
const ONLY_FOR: Partial<Record<keyof typeof OPTION_SPEC, Command>> = {
  quiet: 'lint',
  'max-warnings': 'lint',
  version: 'lint',
  output: 'report',
  'link-base': 'report',
};

function parseOptions(args: string[], command: Command = 'lint'): Options {
  // Non-strict parsing with tokens, so that each mistake gets a message of our own.
  const { tokens } = parseArgs({ args, options: OPTION_SPEC, strict: false, allowPositionals: true, tokens: true });
  const options: Options = {
    command, format: command === 'report' ? 'html' : 'text', quiet: false, noConfig: false, maxFileSize: DEFAULT_MAX_FILE_BYTES, progress: true, help: false, version: false, inputs: [],
  };
  const seeHelp = command === 'report' ? 'whosays report --help' : 'whosays --help';
  for (const token of tokens) {
    if (token.kind === 'positional') {
      options.inputs.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue; // the "--" terminator
    const name = token.name;
    if (!Object.hasOwn(OPTION_SPEC, name)) {
      throw new Failure(`unknown option "${token.rawName}" (see ${seeHelp})`);
    }
    const only = ONLY_FOR[name as keyof typeof OPTION_SPEC];
    if (only !== undefined && only !== command) {
      throw new Failure(only === 'report' ? `option ${token.rawName} is for whosays report (see whosays report --help)` : `option ${token.rawName} is not an option of whosays report (see whosays report --help)`);
    }
    const spec = OPTION_SPEC[name as keyof typeof OPTION_SPEC];
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new Failure(`option ${token.rawName} takes no value`);
      if (name === 'help') options.help = true;
      else if (name === 'version') options.version = true;
      else if (name === 'no-config') options.noConfig = true;
      else if (name === 'no-progress') options.progress = false;
      else if (name === 'quiet') options.quiet = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
      throw new Failure(`option ${token.rawName} needs a value`);
    }
    switch (name) {
      case 'format':
        options.format = oneOf(value, (command === 'report' ? REPORT_FORMATS : FORMATS).map((f) => f.id), '--format');
        break;
      case 'output':
        if (value === '') throw new Failure(`option ${token.rawName} needs a file name ("-" for standard output)`);
        options.output = value;
        break;
      case 'link-base':
        options.linkBase = parseLinkBase(value);
        break;
      case 'max-warnings':
        options.maxWarnings = parseMaxWarnings(value);
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
      case 'jobs':
        options.jobs = parseJobs(value);
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

function parseMaxWarnings(value: string): number {
  const count = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(count)) throw new Failure(`invalid value "${value}" for --max-warnings; expected a number of warnings (0 or more)`);
  return count;
}

function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    throw new Failure(`invalid value "${value}" for --jobs; expected a number of threads from 1 to ${MAX_JOBS}`);
  }
  return jobs;
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
      const matches = await filesInFolder(arg, cwd);
      if (matches.length === 0) throw new Failure(`${arg}: no files to lint in this folder (looked for ${FOLDER_EXTENSIONS.map((e) => `.${e}`).join(', ')})`);
      for (const match of matches) add(match, match);
      continue;
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
      ignore: SKIPPED,
    });
    if (matches.length === 0) throw new Failure(`no files match "${arg}"`);
    for (const match of matches.sort()) add(match, match);
  }
  return inputs;
}

/** What a folder argument stands for: the files of the markups the engine reads, by extension. */
const FOLDER_EXTENSIONS = ['md', 'markdown', 'txt', 'text', 'html', 'htm', 'tex', 'ltx', 'wiki', 'mediawiki'];
const SKIPPED = ['**/node_modules/**', '**/.git/**'];

async function filesInFolder(folder: string, cwd: string): Promise<string[]> {
  const base = folder.replace(/[\\/]+$/, '') || folder;
  const matches = await glob(`**/*.{${FOLDER_EXTENSIONS.join(',')}}`, {
    cwd: path.resolve(cwd, base),
    onlyFiles: true,
    expandDirectories: false,
    caseSensitiveMatch: false,
    ignore: SKIPPED,
  });
  // Shown as the folder was given, then the path beneath it, so that `docs` gives `docs/a.md`.
  return matches.sort().map((m) => (base === '.' ? m : path.join(base, m)));
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

/** Standard input, up to the cap: `whosays - < /dev/zero` ends. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    // Leaving the loop destroys the stream, so nothing more is read.
    if (total > maxBytes) throw stdinTooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------

/** What a run prints: the report, piece by piece, and the exit status. */
interface Outcome {
  stdout: Iterable<string>;
  exitCode: number;
  /** Lines for standard error after the report: the summary of a machine format, a failed --max-warnings. */
  stderr?: string;
}

async function run(args: string[]): Promise<Outcome> {
  const command: Command = args[0] === 'report' ? 'report' : 'lint';
  const options = parseOptions(command === 'report' ? args.slice(1) : args, command);
  if (options.help) return { stdout: [command === 'report' ? REPORT_HELP : HELP], exitCode: 0 };
  if (options.version) return { stdout: [`${version}\n`], exitCode: 0 };
  if (options.config !== undefined && options.noConfig) {
    throw new Failure('--config and --no-config cannot be used together');
  }
  if (options.inputs.length === 0) {
    throw new Failure(`no input files; pass files, globs or "-" for standard input (see ${command === 'report' ? 'whosays report --help' : 'whosays --help'})`);
  }
  if (options.stdinFilename !== undefined && !options.inputs.includes('-')) {
    throw new Failure('--stdin-filename needs "-" among the inputs');
  }
  const cwd = process.cwd();
  if (command === 'lint' && options.inputs.includes('report') && statOrUndefined(path.resolve(cwd, 'report')) === undefined) {
    throw new Failure('report: file not found; to write a sourcing report, put "report" first: whosays report [options] <files...>');
  }
  if (command === 'report') {
    const results = await lintFiles(options, cwd);
    return writeReportFile(results, { format: options.format, output: options.output, linkBase: options.linkBase, cwd, version, docsBaseUrl: shippedDocsBaseUrl(__dirname) });
  }

  const results = await lintFiles(options, cwd);
  const counts = tally(results);
  const tooManyWarnings = options.maxWarnings === undefined ? counts.bySeverity.warning > 0 : counts.bySeverity.warning > options.maxWarnings;
  const exitCode = counts.bySeverity.error > 0 || tooManyWarnings ? 1 : 0;
  const format = formatById(options.format)!;
  const stdout = format.render(results, {
    version,
    color: useColor(process.env, process.stdout.isTTY === true),
    docsBaseUrl: shippedDocsBaseUrl(__dirname),
  });
  const notes: string[] = [];
  if (!format.summaryInOutput) notes.push(summaryLine(counts));
  if (options.maxWarnings !== undefined && tooManyWarnings) {
    notes.push(`too many warnings: ${counts.bySeverity.warning}, more than --max-warnings ${options.maxWarnings}`);
  }
  return { stdout, exitCode, stderr: notes.map((n) => `whosays: ${escapeForTerminal(n)}\n`).join('') };
}

/**
 * Reads and lints every input of the command line, in order, on as many threads as pay; each
 * file's report part too for `whosays report`. Throws the earliest failing input's error.
 */
async function lintFiles(options: Options, cwd: string): Promise<FileResult[]> {
  let inputs = await expandInputs(options.inputs, cwd);
  if (options.command === 'report' && options.output !== undefined && options.output !== '-') {
    // A report written among the documents is not one of them on the next run.
    const written = realPath(path.resolve(cwd, options.output));
    inputs = inputs.filter((input) => input.file === undefined || realPath(path.resolve(cwd, input.file)) !== written);
    if (inputs.length === 0) throw new Failure('no input files besides the report itself');
  }
  const settings: FileSettings = {
    profile: options.profile,
    config: options.config,
    noConfig: options.noConfig,
    language: options.language,
    stdinFilename: options.stdinFilename,
    maxFileSize: options.maxFileSize,
    cwd,
    now: Date.now(),
    ...(options.command === 'report' ? { report: true } : {}),
  };
  if (options.config !== undefined) configFor(cwd, settings); // report a broken --config file first
  const stdin = inputs.some((i) => i.file === undefined) ? await readStdin(options.maxFileSize) : undefined;

  const progress = progressFor(process.stderr, inputs.length, options.progress);
  let outcomes: (FileOutcome | undefined)[];
  try {
    outcomes = await lintAll(inputs, settings, stdin, options.jobs, (done) => progress.update(done));
  } finally {
    progress.clear();
  }
  // The earliest failing input ends the run, as it would on one thread.
  const results: FileResult[] = [];
  for (const outcome of outcomes) {
    if (outcome === undefined) break;
    if ('error' in outcome) throw outcome.internal ? new Error(outcome.error) : new Failure(outcome.error);
    const { result } = outcome;
    results.push(options.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result);
  }
  return results;
}

/**
 * Every input's outcome, by index, up to the first failure. On one thread the inputs go in order
 * and the run stops at a failure; on several (cliWorkers.ts) files go largest first.
 */
async function lintAll(
  inputs: readonly Input[],
  settings: FileSettings,
  stdin: Uint8Array | undefined,
  jobs: number | undefined,
  onDone: (done: number) => void,
): Promise<(FileOutcome | undefined)[]> {
  const sizes = inputs.map((input) => (input.file === undefined ? (stdin?.length ?? 0) : Number(statOrUndefined(path.resolve(settings.cwd, input.file))?.size ?? 0)));
  const files = inputs.filter((input) => input.file !== undefined).length;
  const threads = threadsFor(jobs, files, sizes.reduce((a, b) => a + b, 0));
  const outcomes: (FileOutcome | undefined)[] = new Array(inputs.length);
  if (threads === 1) {
    for (let index = 0; index < inputs.length; index++) {
      const outcome = lintInput(inputs[index], settings, stdin);
      outcomes[index] = outcome;
      onDone(index + 1);
      if ('error' in outcome) break;
    }
    return outcomes;
  }
  // Standard input (at most one) is linted here; files after it are not needed if it fails.
  const stdinIndex = inputs.findIndex((input) => input.file === undefined);
  let limit = inputs.length;
  let done = 0;
  if (stdinIndex !== -1) {
    const outcome = lintInput(inputs[stdinIndex], settings, stdin);
    outcomes[stdinIndex] = outcome;
    onDone(++done);
    if ('error' in outcome) limit = stdinIndex;
  }
  const order = inputs.map((_, index) => index).filter((index) => index !== stdinIndex && index < limit);
  order.sort((a, b) => sizes[b] - sizes[a] || a - b);
  const fromWorkers = await lintInWorkers(__filename, inputs, order, settings, threads, () => onDone(++done));
  for (const index of order) outcomes[index] = fromWorkers[index];
  return outcomes;
}

/** Writes the report in pieces of about 64 kB: never one string of the whole report. */
function writeReport(pieces: Iterable<string>): void {
  const CHUNK = 64 * 1024;
  let buffered = '';
  for (const piece of pieces) {
    buffered += piece;
    if (buffered.length >= CHUNK) {
      if (process.stdout.destroyed) return; // the reader went away (`| head`)
      process.stdout.write(buffered);
      buffered = '';
    }
  }
  if (buffered && !process.stdout.destroyed) process.stdout.write(buffered);
}

async function main(): Promise<void> {
  // A reader that stops early (`whosays ... | head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    const { stdout, exitCode, stderr } = await run(process.argv.slice(2));
    process.exitCode = exitCode;
    writeReport(stdout);
    if (stderr) process.stderr.write(stderr);
  } catch (error) {
    const message =
      error instanceof Failure ? error.message : `internal error: ${(error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ')}`;
    process.exitCode = 2;
    // File names and values from the command line may hold line breaks and terminal commands.
    process.stderr.write(`whosays: ${escapeForTerminal(message)}\n`);
  }
}

// The same bundle is the worker threads' script: a worker serves files, the main thread runs the command.
if (!serveIfWorker()) void main();
