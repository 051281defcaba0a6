// Findings as LSP diagnostics. `data` names the finding and nothing more: the document version
// and the offset of the flagged words (the rule is the diagnostic's `code`). Code actions look the
// finding up in the server's stored result for that version, as vscode-eslint does with its fixes,
// so they never lint again, a client's `data` never becomes an edit, and each diagnostic stays small
// (a 1 MB document publishes thousands of them on every keystroke).

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { ConfigError } from '../engine/config';
import { RULE_IDS, ruleDocumentation } from '../engine/ruleIds';

export { ruleDocumentation };
import type { Finding, Severity } from '../engine/types';
import { isCount, isObject, isSpanIn } from './protocolGuards';
import { LineIndex, toRange } from './convert';

export const SOURCE = 'whosays';

/**
 * A documentation base URL as given in a setting or an initialization option: an absolute URL,
 * made to end in "/" so that page names resolve inside it. Undefined for anything else (blank, a
 * relative path, not a string).
 */
export function docsBaseUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.search || url.hash) return undefined;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** What a diagnostic carries in `data`. */
export interface DiagnosticData {
  /** The document version the offset is for; null for a file read from disk (lintFiles). */
  version: number | null;
  /** Where the flagged words start at `version`. */
  offset: number;
}

/** A diagnostic's data once checked, with the rule read from its `code`. */
export interface DiagnosticKey extends DiagnosticData {
  rule: string;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, index: LineIndex, version: number | null, docs?: string): Diagnostic {
  return diagnosticAt(finding, toRange(index, finding.offset, finding.length), version, docs);
}

/** One `codeDescription` object per rule page, shared by every diagnostic of that rule. */
const descriptions = new Map<string, { href: string }>();

function codeDescription(rule: string, docs: string | undefined): { href: string } | undefined {
  const href = ruleDocumentation(rule, docs);
  if (href === undefined) return undefined;
  let description = descriptions.get(href);
  if (!description) {
    if (descriptions.size > 10_000) descriptions.clear();
    description = { href };
    descriptions.set(href, description);
  }
  return description;
}

/** The diagnostic of a finding whose range is already known; `docs` is the documentation base URL. */
export function diagnosticAt(finding: Finding, range: Range, version: number | null, docs?: string, offset = finding.offset): Diagnostic {
  const description = codeDescription(finding.rule, docs);
  const data: DiagnosticData = { version, offset };
  return {
    range,
    severity: SEVERITIES[finding.severity],
    source: SOURCE,
    code: finding.rule,
    ...(description ? { codeDescription: description } : {}),
    message: finding.message,
    data,
  };
}

export function toDiagnostics(findings: readonly Finding[], index: LineIndex, version: number | null, docs?: string): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(finding, index, version, docs));
}

const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);

/**
 * The key of one of our diagnostics, checked against the document it claims to describe (a text
 * of `textLength` code units), or undefined for anyone else's or a malformed one. Clients send
 * `data` back verbatim, so it is untrusted: the offset and version must be safe non-negative
 * integers (the offset inside the document), the rule (`code`) a known one. It only ever selects
 * one of the server's own findings; nothing in it becomes an edit.
 */
export function diagnosticData(diagnostic: unknown, textLength: number): DiagnosticKey | undefined {
  if (!isObject(diagnostic) || diagnostic.source !== SOURCE || !isObject(diagnostic.data)) return undefined;
  const { code } = diagnostic;
  const { version, offset } = diagnostic.data;
  if (typeof code !== 'string' || !KNOWN_RULES.has(code)) return undefined;
  if (!isSpanIn(offset, 0, textLength) || (version !== null && !isCount(version))) return undefined;
  return { version: version as number | null, offset: offset as number, rule: code };
}

/** Errors in a `.whosays.json`, at the offending text when we have it, else at the reported line. */
export function configDiagnostics(errors: readonly ConfigError[], text: string | undefined): Diagnostic[] {
  const index = text === undefined ? undefined : new LineIndex(text);
  return errors.map((error) => ({
    range: index
      ? toRange(index, error.offset, error.length)
      : { start: { line: error.line - 1, character: error.column - 1 }, end: { line: error.line - 1, character: error.column - 1 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: error.message,
    // Lets an editor that shows its own JSON syntax errors leave this one out (docs/protocol.md).
    ...(error.kind ? { data: { configError: error.kind } } : {}),
  }));
}
