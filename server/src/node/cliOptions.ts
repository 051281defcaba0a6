// The command line's options and help: what `whosays` and `whosays report` accept, each mistake
// with a message of its own.

import { parseArgs } from 'node:util';
import { languageFromId } from '../engine/index';
import { DEFAULT_MAX_FILE_BYTES, MAX_FILE_BYTES_LIMIT, formatBytes, parseByteSize } from '../engine/limits';
import type { MarkupLanguage, Profile } from '../engine/types';
import { FORMATS } from '../output/formats';
import { REPORT_FORMATS } from '../output/report';
import { Failure, type FileSettings } from './cliLint';

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
  --fix                      apply the fixes that keep your meaning to the files,
                             in place: markers such as [citation needed], [who?]
                             and [by whom?] in each file's own syntax, and
                             "said" for "claimed"; then report what is left.
                             With "-", print the fixed text instead of a report
  --fix-dry-run              print what --fix would change as a unified diff,
                             and write nothing; exit 1 when there is a change
  --fix-information          with --fix or --fix-dry-run: fix information-level
                             findings too (default: warnings and errors only)
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
  --docs-base-url URL        where the rule pages are, for the formats that link
                             them (sarif, rdjsonl): URL + the rule's page, such as
                             https://example.org/whosays/docs/rules/ (default:
                             the pages shipped with Who Says, as file: links)
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

--fix never removes or rewrites your words and adds no ignore comments. It
replaces each file whole (a temporary file beside it, renamed over it): a file
is either as it was or fully fixed, even if the run is killed. It keeps the
byte-order mark, line breaks, mode, owner and group, and writes through a
symbolic link to its file. A file changed on disk since it was read, a file
with several hard links, a read-only file and a folder where no temporary file
can be made are file errors, and such a file is left as it is. --fix-dry-run
takes no --format, --quiet or --max-warnings; --fix with "-" takes no other
input, and no --format but text (the fixed text goes to standard output, the
summary to standard error).

Formats:
${FORMAT_LINES}
Every format but text prints the summary line on standard error, so that
standard output holds only the format.

Exit status: 0 no warnings or errors (or no more than --max-warnings), 1
warnings or errors found (after --fix: left), 2 usage, file or configuration
error (no report then; files that --fix had already fixed stay fixed). With
--fix-dry-run: 0 nothing to change, 1 changes shown, 2 an error.
`;

const PROFILES: readonly Profile[] = ['default', 'hedging'];
/** More threads than this is a typo, not a machine. */
const MAX_JOBS = 1024;

export type Command = 'lint' | 'report';

/** The command line: the per-file settings (but where and when, fixed at the start of the run), and the run's own. */
export interface Options extends Omit<FileSettings, 'cwd' | 'now' | 'fix' | 'report'> {
  /** `whosays report ...` or plain `whosays ...`. */
  command: Command;
  /** An id of FORMATS, or of REPORT_FORMATS for a report. */
  format: string;
  /** The report's file; "-" for standard output; undefined: the format's default. */
  output?: string;
  /** Links to lines go to this address followed by the file's path (report only). */
  linkBase?: string;
  /** Where the rule pages are (a folder URL); undefined: the pages shipped beside the command. */
  docsBaseUrl?: string;
  /** Only error-level findings. */
  quiet: boolean;
  /** Warnings allowed before the run fails; undefined: none. */
  maxWarnings?: number;
  /** Threads to lint on; undefined: as many as there are cores, when there is enough to lint. */
  jobs?: number;
  /** --fix, --fix-dry-run, --fix-information. */
  fix: boolean;
  fixDryRun: boolean;
  fixInformation: boolean;
  progress: boolean;
  help: boolean;
  version: boolean;
  inputs: string[];
}

const OPTION_SPEC = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'link-base': { type: 'string' },
  'docs-base-url': { type: 'string' },
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
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-information': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Options of one command only; every other option is shared. */
const ONLY_FOR: Partial<Record<keyof typeof OPTION_SPEC, Command>> = {
  quiet: 'lint',
  'max-warnings': 'lint',
  fix: 'lint',
  'fix-dry-run': 'lint',
  'fix-information': 'lint',
  version: 'lint',
  output: 'report',
  'link-base': 'report',
};

/** The options of `args`, which come after the command's name ("report"), if any. */
export function parseOptions(args: string[], command: Command = 'lint'): Options {
  // Non-strict parsing with tokens, so that each mistake gets a message of our own.
  const { tokens } = parseArgs({ args, options: OPTION_SPEC, strict: false, allowPositionals: true, tokens: true });
  const options: Options = {
    command,
    format: command === 'report' ? 'html' : 'text',
    quiet: false,
    noConfig: false,
    maxFileSize: DEFAULT_MAX_FILE_BYTES,
    progress: true,
    fix: false,
    fixDryRun: false,
    fixInformation: false,
    help: false,
    version: false,
    inputs: [],
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
      else if (name === 'fix') options.fix = true;
      else if (name === 'fix-dry-run') options.fixDryRun = true;
      else if (name === 'fix-information') options.fixInformation = true;
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
        options.linkBase = parseFolderUrl(value, '--link-base', 'https://github.com/OWNER/REPO/blob/COMMIT/');
        break;
      case 'docs-base-url':
        options.docsBaseUrl = parseFolderUrl(value, '--docs-base-url', 'https://example.org/whosays/docs/rules/');
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
  const quoted = allowed.map((a) => `"${a}"`);
  const choices = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted.join('');
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

/** An http(s) or file address, as a folder (ending in "/"), with no query or fragment to cut pages from. */
function parseFolderUrl(value: string, option: string, example: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Failure(`invalid value "${value}" for ${option}; expected an address such as ${example}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'file:') {
    throw new Failure(`invalid value "${value}" for ${option}; expected an https:, http: or file: address`);
  }
  if (url.search || url.hash) throw new Failure(`invalid value "${value}" for ${option}; the address must have no query (?) or fragment (#)`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
