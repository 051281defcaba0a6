// Hover on a flagged range: what the rule found, why it matters, the guideline it follows, the
// writer's own sentence rewritten where the rule could build one, what else the finding stands for
// (so that turning its rule off surprises nobody), and a link to the rule's page.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { CoveredFinding, Finding } from '../engine/types';
import { toOffset, toRange, type LineIndex } from './convert';
import { ruleDocumentation } from './diagnostics';

/** Backslash-escapes what Markdown would read as markup in the writer's text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&').replace(/\s+/g, ' ');
}

/** Covered findings shown in a hover at most; the rest are counted. */
const MAX_COVERED = 3;

/** "Also here: ..." lines for the findings this one stands for, each rule and its words once. */
function coveredNotes(finding: Finding, markdown: boolean): string[] {
  const seen = new Set<string>();
  const unique: CoveredFinding[] = [];
  for (const covered of finding.covers ?? []) {
    const key = `${covered.rule}\u0000${covered.text}`;
    if (seen.has(key) || covered.rule === finding.rule) continue;
    seen.add(key);
    unique.push(covered);
  }
  if (unique.length === 0) return [];
  const words = (text: string) => (markdown ? `"${escapeMarkdown(text)}"` : `"${text.replace(/\s+/g, ' ')}"`);
  const code = (rule: string) => (markdown ? `\`${rule}\`` : rule);
  const notes = unique.slice(0, MAX_COVERED).map((c) => `Also here: ${code(c.rule)} on ${words(c.text)}: ${markdown ? escapeMarkdown(c.message) : c.message}`);
  if (unique.length > MAX_COVERED) notes.push(`… and ${unique.length - MAX_COVERED} more.`);
  const one = unique.length === 1;
  notes.push(`${one ? 'It is' : 'They are'} shown as this one finding; with ${code(finding.rule)} turned off, ${one ? 'it shows' : 'they show'} on ${one ? 'its' : 'their'} own.`);
  return notes;
}

function markdownFor(finding: Finding, options: HoverOptions): string {
  const { explanation } = finding;
  const lines = [...(options.withMessage ? [`**${escapeMarkdown(finding.message)}**`, ''] : []), explanation.why, '', `*Guideline:* ${explanation.guideline}`];
  if (finding.downgradedBecause) lines.push('', `Shown as ${finding.severity} because ${finding.downgradedBecause}.`);
  if (explanation.suggestion) lines.push('', '*For example:*', '', `> ${escapeMarkdown(explanation.suggestion)}`);
  for (const note of coveredNotes(finding, true)) lines.push('', note);
  const page = options.linkRule ? ruleDocumentation(finding.rule, options.docsBaseUrl) : undefined;
  if (page) lines.push('', `[${finding.rule}](${page})`);
  return lines.join('\n');
}

function plainTextFor(finding: Finding, options: HoverOptions): string {
  const { explanation } = finding;
  const lines = [...(options.withMessage ? [finding.message, ''] : []), explanation.why, '', `Guideline: ${explanation.guideline}`];
  if (finding.downgradedBecause) lines.push('', `Shown as ${finding.severity} because ${finding.downgradedBecause}.`);
  if (explanation.suggestion) lines.push('', `For example: ${explanation.suggestion.replace(/\s+/g, ' ')}`);
  for (const note of coveredNotes(finding, false)) lines.push('', note);
  const page = options.linkRule ? ruleDocumentation(finding.rule, options.docsBaseUrl) : undefined;
  if (page) lines.push('', `${finding.rule}: ${page}`);
  return lines.join('\n');
}

export interface HoverOptions {
  markdown: boolean;
  /** Start each finding with its message; off where the editor shows the diagnostic's message in the same hover. */
  withMessage: boolean;
  /** End each finding with a link to its rule's page; off where the editor shows the diagnostic's code link in the same hover. */
  linkRule: boolean;
  /** Where the rule pages are; no link without it. */
  docsBaseUrl?: string;
}

/** The hover for the findings at `position`, or null when nothing is flagged there. */
export function hoverAt(findings: readonly Finding[], index: LineIndex, position: Position, options: HoverOptions): Hover | null {
  const at = toOffset(index, position);
  const here = findings.filter((f) => f.offset <= at && at <= f.offset + f.length);
  if (here.length === 0) return null;
  const start = Math.min(...here.map((f) => f.offset));
  const end = Math.max(...here.map((f) => f.offset + f.length));
  const separator = options.markdown ? '\n\n---\n\n' : '\n\n';
  return {
    contents: { kind: options.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: here.map((f) => (options.markdown ? markdownFor : plainTextFor)(f, options)).join(separator) },
    range: toRange(index, start, end - start),
  };
}
