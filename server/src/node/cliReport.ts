// `whosays report`: the sourcing report of the linted files (output/report), written to a file
// (atomically: a temporary file beside it, then renamed) or to standard output, with links from each
// finding to its line that work where the report is opened.

import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { escapeForTerminal } from '../output/formats';
import { REPORT_FORMATS, encodePath, reportFormatById, type ReportInfo } from '../output/report';
import { summaryLine, tally, type FileResult } from '../output/results';
import { Failure, STDIN_NAME } from './cliLint';
import { chunked } from './cliOutput';

const FORMAT_LINES = REPORT_FORMATS.map((f) => `  ${f.id.padEnd(25)}  ${f.description}`).join('\n');

/** Where the page goes when -o is not given; the Markdown summary goes to standard output. */
export const DEFAULT_HTML_OUTPUT = 'whosays-report.html';

export const REPORT_HELP = `Usage: whosays report [options] <files or globs...>

Writes a sourcing report of the documents: one self-contained HTML page (no
network, no scripts) that an editor can read in a minute, or a short Markdown
summary for a pull request. The page has one row per document, sorted by
unsourced claims per 1,000 words, and per document a sourcing map (a square per
paragraph: unsourced claims, vague sources, style notes, sentences that name
their source), the counts per rule, the most frequent vague phrases, and every
finding with its sentence, its explanation and a link to its line.

Arguments:
  <files or globs...>        files, folders (every .md, .txt, .html, .tex and
                             .wiki file beneath them) or quoted globs; "-" reads
                             standard input

Options:
  -o, --output FILE          write the report to FILE, "-" for standard output
                             (default: ${DEFAULT_HTML_OUTPUT} for html, standard
                             output for markdown)
  --format FORMAT            html (default) or markdown; see Formats below
  --link-base URL            link each finding to URL followed by the file's path
                             and #L<line>, such as
                             https://github.com/OWNER/REPO/blob/COMMIT/ (default:
                             the page links to the files relative to itself; the
                             Markdown summary names lines without links)
  --docs-base-url URL        link rule names to URL + the rule's page, such as
                             https://example.org/whosays/docs/rules/ (default:
                             the pages shipped with Who Says, as file: links)
  --profile default|hedging  which checks run (default: the configuration's)
  --config FILE              use this configuration file
  --no-config                ignore .whosays.json files
  --language ID              read every input as plaintext, markdown, html,
                             latex or wikitext (default: from the extension)
  --stdin-filename NAME      file name for "-", for its language and configuration
  --max-file-size SIZE       refuse inputs larger than SIZE (default: 50MB)
  -j, --jobs N               lint on N threads (default: as whosays does)
  --no-progress              no progress line on standard error
  -h, --help                 show this help and exit

Formats:
${FORMAT_LINES}

"report" comes first; the options follow it. The summary line goes to standard
error. Exit status: 0 the report was written (whatever it found), 2 usage, file
or configuration error (nothing is written).
`;

export interface ReportRun {
  /** An id of REPORT_FORMATS. */
  format: string;
  /** -o: a file, "-" for standard output, undefined for the format's default. */
  output?: string;
  linkBase?: string;
  cwd: string;
  version: string;
  docsBaseUrl?: string;
}

/** As the command's run returns it: what goes to standard output, the exit status, the summary. */
export interface ReportOutcome {
  stdout: Iterable<string>;
  exitCode: 0;
  stderr: string;
}

/** Renders the report of `results` and writes it where `run` says. */
export function writeReport(results: readonly FileResult[], run: ReportRun): ReportOutcome {
  const format = reportFormatById(run.format)!;
  const output = run.output ?? (format.id === 'html' ? DEFAULT_HTML_OUTPUT : '-');
  const toFile = output !== '-';
  const target = toFile ? path.resolve(run.cwd, output) : undefined;
  const info = linksFor(results, run, target === undefined ? run.cwd : path.dirname(target), format.id === 'html');
  const pieces = format.render(results, info);
  const summary = summaryLine(tally(results));
  if (target === undefined) return { stdout: pieces, exitCode: 0, stderr: `whosays: ${escapeForTerminal(summary)}\n` };
  writeAtomically(target, output, pieces);
  return { stdout: [], exitCode: 0, stderr: `whosays: ${escapeForTerminal(`${summary}; report written to ${output}`)}\n` };
}

/**
 * The links of the report: with --link-base, to the address and the path; otherwise, on the page,
 * to the file relative to the page's folder (so that the page and the files can move together, and
 * the page names no absolute path when it is passed on); in Markdown, none (a pull request comment
 * cannot open a file on disk). No `vscode://` links: an editor showing the page gives its own.
 */
function linksFor(results: readonly FileResult[], run: ReportRun, reportDir: string, page: boolean): ReportInfo {
  const files = new Map<string, string>();
  for (const r of results) if (r.path !== STDIN_NAME) files.set(r.path, path.resolve(run.cwd, r.path));
  const urlPath = (file: string) => encodePath(file.split(path.sep).join('/'));
  const info: ReportInfo = {
    version: run.version,
    ...(page && run.docsBaseUrl !== undefined ? { docsBaseUrl: run.docsBaseUrl } : {}),
    generatedAt: `${madeAt().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  };
  if (run.linkBase !== undefined) {
    const base = run.linkBase;
    info.lineHref = (file, line) => {
      const absolute = files.get(file);
      if (absolute === undefined) return undefined;
      const relative = path.relative(run.cwd, absolute);
      // A file outside the folder the command ran in has no place under the address.
      if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
      return `${base}${urlPath(relative)}#L${line}`;
    };
  } else if (page) {
    info.lineHref = (file, line) => {
      const absolute = files.get(file);
      if (absolute === undefined) return undefined;
      const relative = urlPath(path.relative(reportDir, absolute));
      return `${relative.startsWith('.') ? '' : './'}${relative}#L${line}`;
    };
  }
  return info;
}

/** Now, or SOURCE_DATE_EPOCH (seconds) when set, as reproducible builds use it: the same inputs give the same page. */
function madeAt(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** Writes `pieces` to a temporary file beside `target`, then renames it: the report is whole or absent. */
function writeAtomically(target: string, shown: string, pieces: Iterable<string>): void {
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new Failure(`${shown}: is a directory; give the report a file name (-o FILE)`);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  let fd: number;
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    fd = openSync(temporary, 'w');
  } catch (error) {
    throw new Failure(`${shown}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    for (const chunk of chunked(pieces)) writeSync(fd, chunk);
    closeSync(fd);
    renameSync(temporary, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
    rmSync(temporary, { force: true });
    throw new Failure(`${shown}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
