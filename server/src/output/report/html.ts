// The sourcing report as one self-contained HTML page: no script, no request of any kind (its
// Content-Security-Policy forbids them), styles inline. Documents worst first in a table, then per
// document its sourcing map (one square per paragraph), its counts per rule, its most frequent vague
// phrases and its findings with their sentences and explanations. Pure: results in, text out, so
// that an editor's webview can show the same page.

import type { Category } from '../../engine/types';
import type { FileResult, ResultFinding } from '../results';
import { REPORT_STYLE } from './style';
import { escapeHtml as esc, ruleHref, safeHref, type ReportFormat, type ReportInfo } from './info';
import {
  CATEGORY_NAMES, CATEGORY_STATE, MAP_STATES, REPORT_CATEGORIES, countOf, formatNumber, paragraphViews, summarize,
  type DocumentSummary, type MapState, type ParagraphView, type ReportSummary,
} from './model';
import type { FindingContext } from './part';

/** Vague phrases listed per document and over the whole set. */
const TOP_PHRASES = 10;

/** Scripts, styles from elsewhere, fonts, images, frames, forms: none. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STATE_INFO = new Map(MAP_STATES.map((s) => [s.state, s]));

function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "1 sentence names its source", "3 sentences name their source". */
function namingSentences(n: number): string {
  return plural(n, 'sentence names its source', 'sentences name their source');
}

function link(href: string | undefined, body: string, attributes = '', alsoSchemes?: readonly string[]): string {
  const safe = safeHref(href, alsoSchemes);
  return safe === undefined ? body : `<a href="${esc(safe)}"${attributes}>${body}</a>`;
}

function* head(summary: ReportSummary): Generator<string> {
  const title = `Sourcing report: ${plural(summary.documents.length, 'document', 'documents')}`;
  yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n';
  yield `<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">\n`;
  yield '<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n';
  yield `<title>${esc(title)} \u2014 Who Says</title>\n<style>${REPORT_STYLE}</style>\n</head>\n<body>\n`;
}

function categorySentence(counts: Record<Category, number>): string {
  return REPORT_CATEGORIES.map((c) => (c === 'unattributed' ? `<strong>${esc(countOf(c, counts[c]))}</strong>` : esc(countOf(c, counts[c])))).join(', ');
}

function* header(summary: ReportSummary, info: ReportInfo): Generator<string> {
  yield '<header>\n<h1>Sourcing report</h1>\n';
  const sourced = namingSentences(summary.attributed);
  yield `<p class="lede">${plural(summary.documents.length, 'document', 'documents')}, ${plural(summary.words, 'word', 'words')}: ${categorySentence(summary.counts)}; ${esc(sourced)}.</p>\n`;
  const made = info.generatedAt ? `, ${esc(info.generatedAt)}` : '';
  if (info.notice) yield `<p class="notice" role="status">${esc(info.notice)}</p>\n`;
  yield `<p class="meta">Made by Who Says ${esc(info.version)}${made}. A finding is a question for the writer, not a verdict.</p>\n</header>\n`;
}

function* legend(): Generator<string> {
  yield '<div id="legend">\n<h3>How to read a sourcing map</h3>\n<ul class="legend">\n';
  for (const s of MAP_STATES) {
    yield `<li><span class="cell ${s.state}" aria-hidden="true">${esc(s.symbol)}</span> <span><strong>${esc(s.label)}</strong>: ${esc(s.meaning)}</span></li>\n`;
  }
  yield '<li><span class="cell vague also" aria-hidden="true">?</span> <span><strong>Green corner</strong>: the paragraph also has a sentence that names its source</span></li>\n';
  yield '</ul>\n<p class="note">Each square is one paragraph, heading, list item or table cell, in the order of the document; each heading (a square with a bar beneath) starts a row. ' +
    'A paragraph that holds several kinds shows the first kind of this list. Hover or focus a square for its line and first words; a square with findings leads to them.</p>\n</div>\n';
}

function* documentsTable(summary: ReportSummary): Generator<string> {
  yield '<section id="documents" aria-labelledby="documents-title">\n<h2 id="documents-title">Documents, most unsourced claims per 1,000 words first</h2>\n';
  yield '<table class="documents">\n<thead><tr><th scope="col">#</th><th scope="col">Document</th><th scope="col">Words</th><th scope="col">Unsourced claims</th>' +
    '<th scope="col">Unsourced per 1,000 words</th><th scope="col">Vague sources</th><th scope="col">Style notes</th><th scope="col">Sentences naming a source</th></tr></thead>\n<tbody>\n';
  let rank = 0;
  for (const d of summary.documents) {
    rank++;
    yield `<tr><td>${rank}</td><td class="path"><a href="#doc-${rank}">${esc(d.path)}</a></td><td>${formatNumber(d.words)}</td>` +
      `<td class="unattributed">${formatNumber(d.counts.unattributed)}</td><td>${formatNumber(d.unsourcedRate, 1)}</td>` +
      `<td>${formatNumber(d.counts.weasel)}</td><td>${formatNumber(d.counts.style)}</td><td>${d.attributed === undefined ? '' : formatNumber(d.attributed)}</td></tr>\n`;
  }
  yield '</tbody>\n</table>\n<div class="columns">\n<div>\n<h3>Most frequent vague phrases</h3>\n';
  yield* phraseList(summary.vaguePhrases);
  yield '</div>\n';
  yield* legend();
  yield '</div>\n</section>\n';
}

function* phraseList(phrases: ReadonlyArray<[string, number]>): Generator<string> {
  if (phrases.length === 0) {
    yield '<p class="none">No vague sources.</p>\n';
    return;
  }
  yield '<ol class="phrases">\n';
  for (const [phrase, n] of phrases.slice(0, TOP_PHRASES)) yield `<li><q>${esc(phrase)}</q> <span class="times">\u00d7${formatNumber(n)}</span></li>\n`;
  yield '</ol>\n';
}

/** What a square says on hover: where, what, and how the paragraph starts. */
function tip(view: ParagraphView): string {
  const p = view.paragraph;
  const kind = p.kind === 'paragraph' ? 'paragraph' : p.kind.replace('-', ' ');
  const held = REPORT_CATEGORIES.filter((c) => view.counts[c] > 0).map((c) => countOf(c, view.counts[c]));
  if (p.attributed > 0) held.push(namingSentences(p.attributed));
  return `Line ${p.line}, ${kind}: ${held.length > 0 ? held.join(', ') : 'nothing to note'}. \u201c${p.excerpt}\u201d`;
}

function* sourcingMap(d: DocumentSummary, rank: number): Generator<string> {
  const views = paragraphViews(d.file);
  const part = d.file.report;
  if (!part || views.length === 0) {
    yield '<p class="none">No prose to map.</p>\n';
    return;
  }
  const cells: string[] = [];
  views.forEach((view, k) => {
    const text = esc(tip(view));
    const heading = view.paragraph.kind === 'heading';
    // A zero-height full-width item: each heading starts a row of the map.
    if (heading && k > 0) cells.push('<span class="row-break" aria-hidden="true"></span>');
    // The label is also the tooltip (style.ts shows it on hover and focus): one copy of the text.
    const also = view.state !== 'attributed' && view.paragraph.attributed > 0 ? ' also' : '';
    const attributes = `class="cell ${view.state}${also}${heading ? ' heading' : ''}" role="listitem" aria-label="${text}"`;
    const symbol = esc(STATE_INFO.get(view.state)!.symbol);
    cells.push(view.firstFinding === undefined
      ? `<span ${attributes} tabindex="0">${symbol}</span>`
      : `<a ${attributes} href="#doc-${rank}-f-${view.firstFinding + 1}">${symbol}</a>`);
  });
  yield `<div class="map" role="list" aria-label="Sourcing map of ${esc(d.path)}">${cells.join('')}</div>\n`;
  if (part.omittedParagraphs > 0) {
    yield `<p class="note">The map shows the first ${formatNumber(views.length)} of ${formatNumber(views.length + part.omittedParagraphs)} blocks.</p>\n`;
  }
}

function* ruleTable(d: DocumentSummary, info: ReportInfo): Generator<string> {
  if (d.byRule.length === 0) return;
  const categoryOf = new Map(d.file.findings.map((f) => [f.rule, f.category]));
  yield '<table class="rules">\n<thead><tr><th scope="col">Rule</th><th scope="col">Kind</th><th scope="col">Findings</th></tr></thead>\n<tbody>\n';
  for (const [rule, n] of d.byRule) {
    const category = categoryOf.get(rule)!;
    const href = info.ruleHref ? info.ruleHref(rule) : ruleHref(rule, info.docsBaseUrl);
    yield `<tr><td>${link(href, `<code>${esc(rule)}</code>`, '', info.ruleHref ? info.hookSchemes : undefined)}</td><td>${badge(category)}</td><td>${formatNumber(n)}</td></tr>\n`;
  }
  yield '</tbody>\n</table>\n';
}

function badge(category: Category): string {
  const state: MapState = CATEGORY_STATE[category];
  const info = STATE_INFO.get(state)!;
  return `<span class="badge ${state}"><span aria-hidden="true">${esc(info.symbol)}</span> ${esc(CATEGORY_NAMES[category][0])}</span>`;
}

function sentence(context: FindingContext | undefined, f: ResultFinding): string {
  if (!context) return `<blockquote><mark>${esc(f.text.replace(/\s+/g, ' '))}</mark></blockquote>`;
  return `<blockquote>${esc(context.before)}<mark>${esc(context.flagged)}</mark>${esc(context.after)}</blockquote>`;
}

function* findingList(d: DocumentSummary, rank: number, info: ReportInfo): Generator<string> {
  const { findings } = d.file;
  if (findings.length === 0) {
    yield '<p class="none">No findings.</p>\n';
    return;
  }
  const contexts = d.file.report?.contexts.length === findings.length ? d.file.report.contexts : undefined;
  yield '<ol class="findings">\n';
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    // The section names the document: line and column are enough here.
    const where = `${f.line}:${f.column}`;
    const editor = safeHref(info.editorHref?.(d.path, f.line, f.column), info.hookSchemes);
    let out = `<li id="doc-${rank}-f-${k + 1}" class="${CATEGORY_STATE[f.category]}">\n<p class="where">`;
    out += link(info.lineHref?.(d.path, f.line, f.column), `<code>${where}</code>`, ' class="line" title="Line and column in the file"', info.hookSchemes);
    if (editor !== undefined) out += ` <a class="editor" href="${esc(editor)}" title="Open in VS Code">open in editor</a>`;
    out += ` ${badge(f.category)} <span class="severity">${esc(f.severity)}</span> <code class="rule">${esc(f.rule)}</code></p>\n`;
    out += `<p class="message">${esc(f.message)}</p>\n${sentence(contexts?.[k], f)}\n`;
    if (f.suggestion) out += `<p class="suggestion"><span>Could read:</span> ${esc(f.suggestion)}</p>\n`;
    out += `<details><summary>Why</summary><p>${esc(f.why)}</p><p class="guideline">${esc(f.guideline)}</p></details>\n</li>\n`;
    yield out;
  }
  yield '</ol>\n';
}

function* documentSection(d: DocumentSummary, rank: number, info: ReportInfo): Generator<string> {
  yield `<section class="document" id="doc-${rank}" aria-labelledby="doc-${rank}-title">\n`;
  yield `<h2 id="doc-${rank}-title"><span class="rank">${rank}.</span> ${esc(d.path)}</h2>\n`;
  const rate = `${formatNumber(d.unsourcedRate, 1)} per 1,000 words`;
  const attributed = d.attributed === undefined ? '' : `; ${namingSentences(d.attributed)}`;
  yield `<p class="stats">${plural(d.words, 'word', 'words')}: ${categorySentence(d.counts)} (${esc(rate)})${esc(attributed)}.</p>\n`;
  yield '<h3>Sourcing map</h3>\n';
  yield* sourcingMap(d, rank);
  yield '<div class="columns">\n<div>\n<h3>Findings by rule</h3>\n';
  if (d.byRule.length === 0) yield '<p class="none">No findings.</p>\n';
  yield* ruleTable(d, info);
  yield '</div>\n<div>\n<h3>Most frequent vague phrases</h3>\n';
  yield* phraseList(d.vaguePhrases);
  yield '</div>\n</div>\n';
  yield `<h3>Findings (${formatNumber(d.file.findings.length)})</h3>\n`;
  yield* findingList(d, rank, info);
  yield '<p class="top"><a href="#documents">Back to the documents</a></p>\n</section>\n';
}

function* render(files: readonly FileResult[], info: ReportInfo): Generator<string> {
  const summary = summarize(files);
  yield* head(summary);
  yield '<main>\n';
  yield* header(summary, info);
  yield* documentsTable(summary);
  let rank = 0;
  for (const d of summary.documents) yield* documentSection(d, ++rank, info);
  yield '</main>\n</body>\n</html>\n';
}

export const htmlReport: ReportFormat = {
  id: 'html',
  description: 'one self-contained page, a sourcing map per document (the default)',
  render,
};

