// The GitHub Action's lint step (action.yml): runs this checkout's dist/cli.js (committed, with no
// dependencies, so nothing is installed) on the workflow's files. The action's inputs arrive in
// WHOSAYS_* environment variables set by the step, never pasted into a shell command.
//
//   WHOSAYS_FILES       files, folders or globs, separated by spaces or new lines (default ".")
//   WHOSAYS_FORMAT      github (annotations on standard output) or sarif (a file, for code scanning)
//   WHOSAYS_PROFILE     passed as --profile when set
//   WHOSAYS_CONFIG      passed as --config when set
//   WHOSAYS_FAIL_LEVEL  error, warning or none: the lowest severity that fails the step
//   WHOSAYS_SARIF_FILE  where the SARIF goes (format sarif), relative to the working folder
//   WHOSAYS_DOCS_BASE_URL  passed as --docs-base-url when set
//
// Exit status: whosays's own, except that findings below the fail level do not fail the step; a
// usage, file or configuration error (2) always does. With sarif, the file's absolute path is
// written as the step output `sarif-file` (to $GITHUB_OUTPUT) once the file holds a report.
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const FORMATS = ['github', 'sarif'];
const FAIL_LEVELS = ['error', 'warning', 'none'];

function fail(message) {
  process.stdout.write(`::error title=Who Says::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  process.exit(2);
}

function input(name, fallback = '') {
  return (process.env[`WHOSAYS_${name}`] ?? '').trim() || fallback;
}

function oneOf(value, allowed, name) {
  const lower = value.toLowerCase();
  if (!allowed.includes(lower)) fail(`input ${name} is "${value}"; expected ${allowed.join(', ')}`);
  return lower;
}

const format = oneOf(input('FORMAT', 'github'), FORMATS, 'format');
const failLevel = oneOf(input('FAIL_LEVEL', 'warning'), FAIL_LEVELS, 'fail-level');
const args = ['--format', format, '--no-progress'];
if (input('PROFILE')) args.push('--profile', input('PROFILE'));
if (input('CONFIG')) args.push('--config', input('CONFIG'));
if (input('DOCS_BASE_URL')) args.push('--docs-base-url', input('DOCS_BASE_URL'));
// Warnings exit 1 like errors; a limit no run reaches leaves only errors failing it.
if (failLevel === 'error') args.push('--max-warnings', String(Number.MAX_SAFE_INTEGER));
args.push('--', ...input('FILES', '.').split(/\s+/));

let sarifFile;
let stdout = 'inherit';
if (format === 'sarif') {
  const name = input('SARIF_FILE', 'whosays.sarif');
  if (/[\r\n]/.test(name)) fail('input sarif-file must be one line');
  sarifFile = resolve(name);
  mkdirSync(dirname(sarifFile), { recursive: true });
  stdout = openSync(sarifFile, 'w');
}

const run = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', stdout, 'inherit'] });
if (typeof stdout === 'number') closeSync(stdout);
if (run.error) fail(`could not run ${CLI}: ${run.error.message}`);
const status = run.status ?? 2;

if (sarifFile !== undefined) {
  // Exit 2 prints no report: leave no empty file for the upload step to trip over.
  if (status === 2) rmSync(sarifFile, { force: true });
  else if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `sarif-file=${sarifFile}\n`);
}
process.exit(status === 1 && failLevel === 'none' ? 0 : status);
