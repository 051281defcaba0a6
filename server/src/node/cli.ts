// The `whosays` command. Bundled by scripts/build.mjs to dist/cli.js, which is also what its worker
// threads run (cliWorkers.ts).
//
// Everything is read, checked and linted before anything is written: a run either prints its
// whole report (exit 0 or 1) or one `whosays: ...` line on stderr (exit 2), never half of a report.
// What is kept meanwhile is each file's part of the report, not its text or its findings.
// --fix writes each file as soon as it is fixed (cliFix.ts, in whole files: replaceFile.ts), so
// that no more than one text per thread is held; a run that stops at a file error says how many
// files it had fixed by then.

import { realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../../package.json';
import { Failure, STDIN_NAME, configFor, lintInput, stdinTooLarge, type FileOutcome, type FileSettings, type Input } from './cliLint';
import { fixNote, fixOptionsProblem, plural, type FixSummary } from './cliFix';
import { chunked, useColor } from './cliOutput';
import { escapeForTerminal, formatById } from '../output/formats';
import { summaryLine, tally, type FileResult } from '../output/results';
import { shippedDocsBaseUrl } from './shippedDocs';
import { progressFor } from './cliProgress';
import { lintInWorkers, serveIfWorker, threadsFor } from './cliWorkers';
import { HELP, parseOptions, type Command, type Options } from './cliOptions';
import { REPORT_HELP, writeReport as writeReportFile } from './cliReport';

import * as tinyglobby from 'tinyglobby';
const { glob, isDynamicPattern } = tinyglobby;

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
  const fixProblem = fixOptionsProblem(options);
  if (fixProblem !== undefined) throw new Failure(fixProblem);
  const cwd = process.cwd();
  if (command === 'lint' && options.inputs.includes('report') && statOrUndefined(path.resolve(cwd, 'report')) === undefined) {
    throw new Failure('report: file not found; to write a sourcing report, put "report" first: whosays report [options] <files...>');
  }

  const { inputs, results, fixes } = await lintFiles(options, cwd);
  if (command === 'report') {
    return writeReportFile(results, { format: options.format, output: options.output, linkBase: options.linkBase, cwd, version, docsBaseUrl: options.docsBaseUrl ?? shippedDocsBaseUrl(__dirname) });
  }
  if (options.fixDryRun) return dryRunOutcome(fixes, options.fixInformation);

  const counts = tally(results);
  const tooManyWarnings = options.maxWarnings === undefined ? counts.bySeverity.warning > 0 : counts.bySeverity.warning > options.maxWarnings;
  const exitCode = counts.bySeverity.error > 0 || tooManyWarnings ? 1 : 0;
  const format = formatById(options.format)!;
  // --fix on standard input prints the fixed text, not a report.
  const fixedText = options.fix && inputs.length === 1 && inputs[0].file === undefined ? fixes[0]?.output : undefined;
  const stdout =
    fixedText !== undefined
      ? [fixedText]
      : format.render(results, {
          version,
          color: useColor(process.env, process.stdout.isTTY === true),
          docsBaseUrl: options.docsBaseUrl ?? shippedDocsBaseUrl(__dirname),
          workingDirectoryUrl: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href,
        });
  const notes: string[] = [];
  if (options.fix) notes.push(fixNote(fixes, fixedText !== undefined ? STDIN_NAME : undefined, options.fixInformation));
  if (!format.summaryInOutput || fixedText !== undefined) notes.push(summaryLine(counts));
  if (options.maxWarnings !== undefined && tooManyWarnings) {
    notes.push(`too many warnings: ${counts.bySeverity.warning}, more than --max-warnings ${options.maxWarnings}`);
  }
  return { stdout, exitCode, stderr: notes.map((n) => `whosays: ${escapeForTerminal(n)}\n`).join('') };
}

interface LintedFiles {
  inputs: Input[];
  results: FileResult[];
  /** --fix and --fix-dry-run: what was done to each file. */
  fixes: FixSummary[];
}

/**
 * Reads and lints (and fixes) every input of the command line, in order, on as many threads as
 * pay; each file's report part too for `whosays report`. Throws the earliest failing input's error.
 */
async function lintFiles(options: Options, cwd: string): Promise<LintedFiles> {
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
    ...(options.fix || options.fixDryRun ? { fix: options.fix ? 'write' : 'dry-run', fixInformation: options.fixInformation } : {}),
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
  const fixes: FixSummary[] = [];
  for (const outcome of outcomes) {
    if (outcome === undefined) break;
    if ('error' in outcome) {
      // Files fixed before the error (on several threads, also some after it) stay fixed: say so.
      const fixed = options.fix ? outcomes.filter((o) => o !== undefined && 'fix' in o && o.fix?.changed).length : 0;
      const notes = fixed > 0 ? [`the run stopped after fixing ${plural(fixed, 'file')}, each of them whole`] : [];
      if (outcome.internal) throw notes.length > 0 ? new Failure(`internal error: ${outcome.error}`, notes) : new Error(outcome.error);
      throw new Failure(outcome.error, notes);
    }
    const { result, fix } = outcome;
    results.push(options.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result);
    if (fix) fixes.push(fix);
  }
  return { inputs, results, fixes };
}

/** --fix-dry-run: the diffs in input order on standard output, exit 1 when there is one. */
function dryRunOutcome(fixes: readonly FixSummary[], includeInformation: boolean): Outcome {
  const changed = fixes.some((f) => f.changed);
  return {
    stdout: fixes.map((f) => f.diff ?? ''),
    exitCode: changed ? 1 : 0,
    stderr: `whosays: ${escapeForTerminal(fixNote(fixes, undefined, includeInformation, true))}\n`,
  };
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
  for (const chunk of chunked(pieces)) {
    if (process.stdout.destroyed) return; // the reader went away (`| head`)
    process.stdout.write(chunk);
  }
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
    const notes = error instanceof Failure ? error.notes : [];
    process.stderr.write([message, ...notes].map((line) => `whosays: ${escapeForTerminal(line)}\n`).join(''));
  }
}

// The same bundle is the worker threads' script: a worker serves files, the main thread runs the command.
if (!serveIfWorker()) void main();
