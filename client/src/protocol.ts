// The custom requests of docs/protocol.md, as the client sends them. The server declares its own
// copy: the two bundles do not share protocol types. Plain method names (no RequestType objects),
// so that this module imports nothing and the tests can load it without the language client.

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

export interface MarkersParams {
  uri: string;
}
export interface MarkersResult {
  citationNeeded: string;
  who: string;
  byWhom: string;
}
/** The marker texts for a document (language, settings, `.whosays.json`, today's date). */
export const MARKERS_METHOD = 'whosays/markers';

/** `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'whosays';

/** The code action kind of "fix all" (docs/protocol.md, Commands). */
export const FIX_ALL_KIND = 'source.fixAll.whosays';
