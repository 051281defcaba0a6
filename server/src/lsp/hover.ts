// Hover on a flagged range: what the rule found, why it matters, the guideline it follows, and the
// writer's own sentence rewritten where the rule could build one.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Finding } from '../engine/types';
import { toOffset, toRange, type LineIndex } from './convert';
import { ruleDocumentation } from './diagnostics';

/** Backslash-escapes what Markdown would read as markup in the writer's text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&').replace(/\s+/g, ' ');
}

function markdownFor(finding: Finding, withMessage: boolean): string {
  const { explanation } = finding;
  const lines = [...(withMessage ? [`**${escapeMarkdown(finding.message)}**`, ''] : []), explanation.why, '', `*Guideline:* ${explanation.guideline}`];
  if (finding.downgradedBecause) lines.push('', `Shown as ${finding.severity} because ${finding.downgradedBecause}.`);
  if (explanation.suggestion) lines.push('', '*For example:*', '', `> ${escapeMarkdown(explanation.suggestion)}`);
  lines.push('', `[${finding.rule}](${ruleDocumentation(finding.rule)})`);
  return lines.join('\n');
}

function plainTextFor(finding: Finding, withMessage: boolean): string {
  const { explanation } = finding;
  const lines = [...(withMessage ? [finding.message, ''] : []), explanation.why, '', `Guideline: ${explanation.guideline}`];
  if (finding.downgradedBecause) lines.push('', `Shown as ${finding.severity} because ${finding.downgradedBecause}.`);
  if (explanation.suggestion) lines.push('', `For example: ${explanation.suggestion.replace(/\s+/g, ' ')}`);
  lines.push('', `${finding.rule}: ${ruleDocumentation(finding.rule)}`);
  return lines.join('\n');
}

export interface HoverOptions {
  markdown: boolean;
  /** Start each finding with its message; off where the editor shows the diagnostic's message in the same hover. */
  withMessage: boolean;
}

/** The hover for the findings at `position`, or null when nothing is flagged there. */
export function hoverAt(findings: readonly Finding[], index: LineIndex, position: Position, { markdown, withMessage }: HoverOptions): Hover | null {
  const at = toOffset(index, position);
  const here = findings.filter((f) => f.offset <= at && at <= f.offset + f.length);
  if (here.length === 0) return null;
  const start = Math.min(...here.map((f) => f.offset));
  const end = Math.max(...here.map((f) => f.offset + f.length));
  const separator = markdown ? '\n\n---\n\n' : '\n\n';
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: here.map((f) => (markdown ? markdownFor : plainTextFor)(f, withMessage)).join(separator) },
    range: toRange(index, start, end - start),
  };
}
