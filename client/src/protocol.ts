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

/** `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'whosays';

/** The code action kind of "fix all" (docs/protocol.md, Commands). */
export const FIX_ALL_KIND = 'source.fixAll.whosays';

/** Where a rule's documentation lives; the page name is the rule id after the slash. */
export function ruleDocumentationUrl(ruleId: string): string {
  const name = ruleId.slice(ruleId.indexOf('/') + 1);
  return `https://github.com/whosays/whosays/blob/main/docs/rules/${name}.md`;
}
