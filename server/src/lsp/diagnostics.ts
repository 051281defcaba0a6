// Findings as LSP diagnostics. `data` carries everything the code actions need (the fixes with
// their offsets, and the document version those offsets are for), so code actions never lint again.

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { ConfigError } from '../engine/config';
import { RULE_IDS } from '../engine/ruleIds';
import type { Finding, Fix, Severity, TextEdit } from '../engine/types';
import { isCount, isObject, isSpanIn } from './protocolGuards';
import { LineIndex, toRange } from './convert';

export const SOURCE = 'whosays';

/**
 * The documentation page of a rule under `docsBaseUrl` (a folder URL ending in "/"): the rule id
 * after the slash, with ".md". Undefined without a base: no link rather than a wrong one.
 */
export function ruleDocumentation(rule: string, docsBaseUrl: string | undefined): string | undefined {
  return docsBaseUrl === undefined ? undefined : `${docsBaseUrl}${rule.slice(rule.indexOf('/') + 1)}.md`;
}

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

export interface DiagnosticData {
  /** The document version the offsets are for; null for a file read from disk (lintFiles). */
  version: number | null;
  rule: string;
  /** The flagged words as they stand in the text. */
  text: string;
  fixes: Fix[];
  /** Where the flagged words are at `version`. */
  offset: number;
  length: number;
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

/** The diagnostic of a finding whose range is already known; `docs` is the documentation base URL. */
export function diagnosticAt(finding: Finding, range: Range, version: number | null, docs?: string): Diagnostic {
  const data: DiagnosticData = { version, rule: finding.rule, text: finding.text, fixes: finding.fixes, offset: finding.offset, length: finding.length };
  const href = ruleDocumentation(finding.rule, docs);
  return {
    range,
    severity: SEVERITIES[finding.severity],
    source: SOURCE,
    code: finding.rule,
    ...(href ? { codeDescription: { href } } : {}),
    message: finding.message,
    data,
  };
}

/** The same diagnostic for another version of the document (the text around it unchanged). */
export function withVersion(diagnostic: Diagnostic, version: number | null): Diagnostic {
  return { ...diagnostic, data: { ...(diagnostic.data as DiagnosticData), version } };
}

export function toDiagnostics(findings: readonly Finding[], index: LineIndex, version: number | null, docs?: string): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(finding, index, version, docs));
}

/** Bounds on what a client may send back in `data`: a forged diagnostic must not make us spin or allocate. */
const MAX_FIXES = 16;
const MAX_EDITS = 16;
const MAX_STRING = 100_000;
const FIX_KINDS: ReadonlySet<string> = new Set<Fix['kind']>(['citation-needed', 'who', 'by-whom', 'said', 'ignore', 'remove-word']);
const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);

function isBoundedString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_STRING;
}

function checkedEdit(value: unknown, textLength: number): TextEdit | undefined {
  if (!isObject(value) || !isSpanIn(value.offset, value.length, textLength) || !isBoundedString(value.newText)) return undefined;
  return { offset: value.offset as number, length: value.length as number, newText: value.newText };
}

function checkedFix(value: unknown, textLength: number): Fix | undefined {
  if (!isObject(value) || !isBoundedString(value.title) || typeof value.kind !== 'string' || !FIX_KINDS.has(value.kind)) return undefined;
  if (!Array.isArray(value.edits) || value.edits.length === 0 || value.edits.length > MAX_EDITS) return undefined;
  const edits: TextEdit[] = [];
  for (const raw of value.edits) {
    const edit = checkedEdit(raw, textLength);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return { title: value.title, kind: value.kind as Fix['kind'], edits, ...(value.preferred === true ? { preferred: true } : {}) };
}

/**
 * The data of one of our diagnostics, checked against the document it claims to describe (a text
 * of `textLength` code units), or undefined for anyone else's or a malformed one. Clients send
 * `data` back verbatim, so everything in it is untrusted: numbers must be safe non-negative
 * integers inside the document, the rule and fix kinds known, strings and lists bounded. The
 * result is a fresh object holding only the checked fields.
 */
export function diagnosticData(diagnostic: unknown, textLength: number): DiagnosticData | undefined {
  if (!isObject(diagnostic) || diagnostic.source !== SOURCE || !isObject(diagnostic.data)) return undefined;
  const data = diagnostic.data;
  if (typeof data.rule !== 'string' || !KNOWN_RULES.has(data.rule)) return undefined;
  if (!isSpanIn(data.offset, data.length, textLength) || typeof data.text !== 'string' || data.text.length !== data.length) return undefined;
  if (data.version !== null && !isCount(data.version)) return undefined;
  if (!Array.isArray(data.fixes) || data.fixes.length > MAX_FIXES) return undefined;
  const fixes: Fix[] = [];
  for (const raw of data.fixes) {
    const fix = checkedFix(raw, textLength);
    if (!fix) return undefined;
    fixes.push(fix);
  }
  return { version: data.version as number | null, rule: data.rule, text: data.text, fixes, offset: data.offset as number, length: data.length as number };
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
