// What a report renderer is told besides the results, and what the two renderers share: escaping
// and links. Pure: the command, the language server or a webview give the links they can open.

import type { FileResult } from '../results';

export interface ReportInfo {
  /** The tool's version, named in the report. */
  version: string;
  /** Where the rule pages are (a URL ending in "/"), for links from rule ids. */
  docsBaseUrl?: string;
  /** A link to `line` (and `column`, for callers that can use it) of the file at `path` (as the results name it); undefined: no link. */
  lineHref?(path: string, line: number, column?: number): string | undefined;
  /** A link that opens the file at the line and column in an editor (`vscode://file/...`); page only. */
  editorHref?(path: string, line: number, column: number): string | undefined;
  /** A link to a rule's page, instead of the one under `docsBaseUrl`; page only. */
  ruleHref?(rule: string): string | undefined;
  /**
   * Schemes the links of the hooks above may use besides the safe ones (`command` in an editor's
   * webview, which allows only its own commands). Links built from the data never may.
   */
  hookSchemes?: readonly string[];
  /** A sentence shown under the title (an editor says so when the report is partial); page only. */
  notice?: string;
  /** When the report was made, as shown (an ISO date); absent: not shown. */
  generatedAt?: string;
}

export interface ReportFormat {
  /** The value of `whosays report --format`. */
  id: string;
  /** One line for `whosays report --help`. */
  description: string;
  render(files: readonly FileResult[], info: ReportInfo): Iterable<string>;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Schemes a report may link to; anything else (`javascript:`, `data:`) is no link. */
const SAFE_SCHEMES = new Set(['http', 'https', 'file', 'vscode', 'vscode-insiders']);

/** `href` if it is relative or of a safe scheme (or one of `alsoSchemes`), else undefined. */
export function safeHref(href: string | undefined, alsoSchemes: readonly string[] = []): string | undefined {
  if (href === undefined || href === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1].toLowerCase();
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme) && !alsoSchemes.includes(scheme)) return undefined;
  // A relative link must not be read as a scheme either ("c:" in a path): callers encode colons.
  return href;
}

/**
 * The rule's page under `docsBaseUrl`: `weasel/vague-majority` is `vague-majority.md`, as the
 * engine's ruleDocumentation (engine/ruleIds.ts) names it; spelled out here because the page's
 * bundle in the extension (dist/reportPage.js) carries no engine.
 */
export function ruleHref(rule: string, docsBaseUrl: string | undefined): string | undefined {
  return docsBaseUrl === undefined ? undefined : safeHref(`${docsBaseUrl}${encodeURIComponent(rule.slice(rule.indexOf('/') + 1))}.md`);
}

/** A path with `/` between its parts as a URL path: each part encoded, so that `:`, `#`, `?` and spaces stay part of the name. */
export function encodePath(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}
