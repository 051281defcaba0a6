// Findings as LSP diagnostics. `data` carries everything the code actions need (the fixes with
// their offsets, and the document version those offsets are for), so code actions never lint again.

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { ConfigError } from '../engine/config';
import type { Finding, Fix, Severity } from '../engine/types';
import { LineIndex, toRange } from './convert';

export const SOURCE = 'whosays';
const RULE_PAGES = 'https://github.com/whosays/whosays/blob/main/docs/rules/';

/** The documentation page of a rule: docs/rules/<name after the slash>.md. */
export function ruleDocumentation(rule: string): string {
  return `${RULE_PAGES}${rule.slice(rule.indexOf('/') + 1)}.md`;
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

export function toDiagnostic(finding: Finding, index: LineIndex, version: number | null): Diagnostic {
  return diagnosticAt(finding, toRange(index, finding.offset, finding.length), version);
}

/** The diagnostic of a finding whose range is already known. */
export function diagnosticAt(finding: Finding, range: Range, version: number | null): Diagnostic {
  const data: DiagnosticData = { version, rule: finding.rule, text: finding.text, fixes: finding.fixes, offset: finding.offset, length: finding.length };
  return {
    range,
    severity: SEVERITIES[finding.severity],
    source: SOURCE,
    code: finding.rule,
    codeDescription: { href: ruleDocumentation(finding.rule) },
    message: finding.message,
    data,
  };
}

/** The same diagnostic for another version of the document (the text around it unchanged). */
export function withVersion(diagnostic: Diagnostic, version: number | null): Diagnostic {
  return { ...diagnostic, data: { ...(diagnostic.data as DiagnosticData), version } };
}

export function toDiagnostics(findings: readonly Finding[], index: LineIndex, version: number | null): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(finding, index, version));
}

/** The data of one of our diagnostics, checked, or undefined for anyone else's. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || typeof data.rule !== 'string' || !Array.isArray(data.fixes)) return undefined;
  if (typeof data.offset !== 'number' || typeof data.length !== 'number' || typeof data.text !== 'string') return undefined;
  if (data.version !== null && typeof data.version !== 'number') return undefined;
  return data as DiagnosticData;
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
  }));
}
