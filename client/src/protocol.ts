// The custom requests of docs/protocol.md, as the client sends them. The server declares its own
// copy: the two bundles do not share protocol types. Plain method names (no RequestType objects),
// so that this module imports nothing and the tests can load it without the language client.
// (The report's result type comes from the renderer that reads it, a type only.)

import type { FileResult } from '../../server/src/output/results';

export interface LintFilesParams {
  uris: string[];
}
export interface LintFilesResult {
  files: number;
  findings: number;
  /** Files not linted (absent from servers before 0.2). */
  skipped?: number;
}
/** Lints files from disk and publishes their diagnostics; honours cancellation. */
export const LINT_FILES_METHOD = 'whosays/lintFiles';

/** A file's result, as the command line's JSON format gives it, with its part of the sourcing report and its URI. */
export interface ReportFile extends FileResult {
  uri: string;
}
export interface ReportFilesResult {
  results: ReportFile[];
  skipped: number;
}
/** The files' results for the sourcing report (params: LintFilesParams); publishes nothing; honours cancellation. */
export const REPORT_FILES_METHOD = 'whosays/reportFiles';

export interface MarkersParams {
  uri: string;
}
export interface MarkerPlacement {
  /** A sentence's marker goes after its final punctuation ("claim.[1]") or before it ("claim [1]."). */
  punctuation: 'after' | 'before';
  /** What goes before a sentence's marker: nothing, a space, or LaTeX's tie "~". */
  separator: string;
  wordSeparator: string;
}
export interface MarkersResult {
  citationNeeded: string;
  who: string;
  byWhom: string;
  /** Absent from servers before 0.2, which put markers before the punctuation, with no space. */
  placement?: MarkerPlacement;
}
/** The marker texts for a document (language, settings, `.whosays.json`, today's date) and where they go. */
export const MARKERS_METHOD = 'whosays/markers';

/**
 * Requests the browser build of the server sends (docs/protocol.md, "Requests the server sends";
 * server/src/lsp/clientFileSystem.ts): the nearest `.whosays.json` of a document, `{ uri }` ->
 * a URI or null; a file's text, `{ uri, maxBytes }` -> the text, or an error saying why not.
 */
export const FIND_CONFIG_FILE_METHOD = 'whosays/findConfigFile';
export const READ_TEXT_FILE_METHOD = 'whosays/readTextFile';

/** `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'whosays';

/** `code` of the note that says how many findings whosays.maxProblems left out (`data: {shown, total}`). */
export const LIMIT_NOTE_CODE = 'limit';

/** `code` of the note on the first diagnostics of a long document, published before the whole is checked. */
export const PARTIAL_NOTE_CODE = 'partial';

/** The code action kind of "fix all" (docs/protocol.md, Commands). */
export const FIX_ALL_KIND = 'source.fixAll.whosays';

export interface FixAllParams {
  uri: string;
  includeInformation?: boolean;
}
export interface ProtocolTextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}
export interface FixAllResult {
  uri: string;
  /** The document version the edits are for. */
  version: number;
  edits: ProtocolTextEdit[];
  markers: number;
  words: number;
  /** Fixable findings below warning level that were left alone. */
  informationLeft: number;
}
/** The edits of Fix All for an open document, with what they do; null when the document is not linted. */
export const FIX_ALL_METHOD = 'whosays/fixAll';

export interface AllowListEditParams {
  uri: string;
  phrase: string;
}
export interface AllowListEditResult {
  configFile: string;
  created: boolean;
  /** A protocol WorkspaceEdit (converted with the client's protocol2CodeConverter). */
  edit?: unknown;
  alreadyAllowed?: boolean;
}
/** The edit that allows a phrase in the document's `.whosays.json`; null when the document has no folder. */
export const ALLOW_LIST_EDIT_METHOD = 'whosays/allowListEdit';
