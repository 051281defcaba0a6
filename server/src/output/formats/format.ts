// The shape of an output format of the `whosays` command. Formats are pure: results in, text out,
// so that the language server or a browser can render them too.

import type { FileResult } from '../results';

export interface RunInfo {
  /** The tool's version, for formats that name the tool. */
  version: string;
  /** ANSI colours (text only). */
  color: boolean;
  /** Where the rule pages are (an absolute URL ending in "/"), for formats that link them. */
  docsBaseUrl?: string;
  /**
   * The folder relative file names are relative to (the working directory), as a file URL ending
   * in "/", for formats that resolve names (SARIF). Its form also tells Windows paths apart.
   */
  workingDirectoryUrl?: string;
}

export interface OutputFormat {
  /** The value of `--format`. */
  id: string;
  /** One line for `--help`. */
  description: string;
  /**
   * The format prints the run's summary itself; otherwise the command prints the summary line on
   * standard error, so that standard output holds only the format.
   */
  summaryInOutput?: boolean;
  /** The whole output, piece by piece (the command writes it in chunks). */
  render(files: readonly FileResult[], run: RunInfo): Iterable<string>;
}
