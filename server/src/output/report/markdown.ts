// The sourcing report as a short Markdown summary for a bot to post on a pull request: the documents
// worst first (a table), the most frequent vague phrases, the first findings with links to their
// lines, and how many more there are. Safe to post on GitHub: text from the documents cannot open
// a table cell, a code span, an HTML tag or a link, mention someone (@name) or point to an issue (#12).

import type { FileResult } from '../results';
import { safeHref, type ReportFormat, type ReportInfo } from './info';
import { CATEGORY_NAMES, REPORT_CATEGORIES, formatNumber, summarize, type DocumentSummary } from './model';

/** Findings listed; the rest are counted. */
export const MARKDOWN_FINDINGS = 20;
/** Documents in the table (a comment on GitHub holds at most 65,536 characters); the rest are counted. */
export const MARKDOWN_DOCUMENTS = 30;
const TOP_PHRASES = 5;
/** A finding's words as shown, at most. */
const WORDS_CHARS = 80;

const WORD_JOINER = '\u2060';

/**
 * Plain text for Markdown (GitHub's flavour), for the middle of a line: the marks that start inline
 * markup (emphasis, code, links, strike-through, a table cell) are escaped with a backslash, `<`,
 * `>` and `&` become entities, and a word joiner breaks what GitHub links after rendering
 * (mentions, issue references, bare web addresses), which escapes do not stop.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[@#]/g, (c) => `${c}${WORD_JOINER}`)
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/w(?=ww\.)/gi, (w) => `${w}${WORD_JOINER}`)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A code span holding `text`: fenced with more backticks than any run inside, line breaks as
 * spaces; in a table, `|` escaped (a table cell ends at a bare `|`, even inside a code span).
 * Mentions and links are not made inside code.
 */
export function codeSpan(text: string, inTable = false): string {
  const flat = inTable ? text.replace(/\s+/g, ' ').replace(/\|/g, '\\|') : text.replace(/\s+/g, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A link destination: the characters that could end it, or start a title, percent-encoded. */
function destination(href: string): string {
  return href.replace(/[\s()<>"'\\`|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}\u2026`;
}

function where(d: DocumentSummary, line: number, column: number, info: ReportInfo): string {
  const label = codeSpan(`${d.path}:${line}:${column}`);
  const href = safeHref(info.lineHref?.(d.path, line));
  return href === undefined ? label : `[${label}](${destination(href)})`;
}

function* render(files: readonly FileResult[], info: ReportInfo): Generator<string> {
  const summary = summarize(files);
  const docs = summary.documents;
  yield '## Who Says: sourcing report\n\n';
  const counts = REPORT_CATEGORIES.map((c) => `${formatNumber(summary.counts[c])} ${CATEGORY_NAMES[c][summary.counts[c] === 1 ? 0 : 1]}`);
  yield `${formatNumber(docs.length)} ${docs.length === 1 ? 'document' : 'documents'}, ${formatNumber(summary.words)} words: **${counts[0]}**, ${counts[1]}, ${counts[2]}.\n\n`;
  if (docs.length > 0) {
    yield '| Document | Words | Unsourced claims | Per 1,000 words | Vague sources | Style notes |\n| --- | ---: | ---: | ---: | ---: | ---: |\n';
    for (const d of docs.slice(0, MARKDOWN_DOCUMENTS)) {
      yield `| ${codeSpan(d.path, true)} | ${formatNumber(d.words)} | ${formatNumber(d.counts.unattributed)} | ${formatNumber(d.unsourcedRate, 1)} | ${formatNumber(d.counts.weasel)} | ${formatNumber(d.counts.style)} |\n`;
    }
    const moreDocs = docs.length - MARKDOWN_DOCUMENTS;
    yield moreDocs > 0 ? `\n${formatNumber(moreDocs)} more ${moreDocs === 1 ? 'document' : 'documents'} with fewer unsourced claims per 1,000 words.\n\n` : '\n';
  }
  if (summary.vaguePhrases.length > 0) {
    const phrases = summary.vaguePhrases.slice(0, TOP_PHRASES).map(([phrase, n]) => `${codeSpan(cut(phrase, WORDS_CHARS))} \u00d7${formatNumber(n)}`);
    yield `**Most frequent vague phrases:** ${phrases.join(', ')}\n\n`;
  }
  if (summary.findings === 0) {
    yield 'No findings.\n';
    return;
  }
  yield '### Findings\n\n';
  let listed = 0;
  outer: for (const d of docs) {
    for (const f of d.file.findings) {
      if (listed === MARKDOWN_FINDINGS) break outer;
      listed++;
      yield `- ${where(d, f.line, f.column, info)} ${CATEGORY_NAMES[f.category][0]}: ${escapeMarkdown(f.message)} (${codeSpan(f.rule)})\n`;
    }
  }
  const more = summary.findings - listed;
  if (more > 0) yield `\n\u2026 and ${formatNumber(more)} more ${more === 1 ? 'finding' : 'findings'}: \`whosays report\` writes them all to one page.\n`;
}

export const markdownReport: ReportFormat = {
  id: 'markdown',
  description: 'a short summary for a pull request',
  render,
};
