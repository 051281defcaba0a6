// The sourcing report's pure parts (server/src/output/report): the numbers (model.ts), the page
// (html.ts) and the Markdown summary (markdown.ts) from results made here, with hostile text in
// every field a document or a caller can fill.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Category } from '../../server/src/engine/types';
import type { FileResult, ResultFinding } from '../../server/src/output/results';
import { REPORT_FORMATS, reportPart } from '../../server/src/output/report';
import { safeHref } from '../../server/src/output/report/info';
import { MAX_PARAGRAPHS } from '../../server/src/output/report/part';
import { codeSpan, escapeMarkdown } from '../../server/src/output/report/markdown';
import { normalizePhrase, paragraphViews, summarize } from '../../server/src/output/report/model';
import { fileResult } from '../../server/src/output/results';
import { lint } from '../../server/src/engine';

const render = (id: string, files: FileResult[], info = {}) => [...REPORT_FORMATS.find((f) => f.id === id)!.render(files, { version: '9.9.9', ...info })].join('');

/** A result of `text` (plain text) as the command builds it, report part included. */
function resultOf(path: string, text: string): FileResult {
  const findings = lint(text, { languageId: 'plaintext', now: new Date(0) });
  const result = fileResult(path, text, false, findings);
  result.report = reportPart(text, 'plaintext', result.findings);
  return result;
}

function finding(category: Category, offset: number, text: string, extra: Partial<ResultFinding> = {}): ResultFinding {
  return {
    rule: `${category}/x`, category, severity: 'warning', message: `"${text}" m`, offset, length: text.length, line: 1, column: offset + 1, endLine: 1, endColumn: offset + 1 + text.length, byteColumn: offset + 1, endByteColumn: offset + 1 + text.length,
    text, why: 'w', guideline: 'g', fixes: [], ...extra,
  };
}

describe('report model', () => {
  it('a paragraph shows the first of: unsourced, vague, style, attributed, nothing', () => {
    const text = 'Critics say the pier is the oldest in the county.\n\nThe iconic pier opened in 1890, the Harbour Board said.\n\nThe Harbour Board said the pier opened in 1890.\n\nThe ferry left at nine.\n';
    const views = paragraphViews(resultOf('a.txt', text));
    // "the oldest" is covered by "Critics say" in its sentence: the vague source shows.
    assert.deepEqual(views.map((v) => v.state), ['vague', 'style', 'attributed', 'none']);
    assert.equal(views[0].firstFinding, 0);
    assert.equal(views[3].firstFinding, undefined);
    const mixed = paragraphViews({
      path: 'm.txt', bom: false,
      findings: [finding('weasel', 0, 'Critics say'), finding('unattributed', 20, 'the oldest'), finding('style', 40, 'iconic')],
      report: { words: 10, attributed: 1, omittedParagraphs: 0, contexts: [], paragraphs: [{ offset: 0, length: 60, line: 1, kind: 'paragraph', words: 10, attributed: 1, excerpt: 'x' }] },
    });
    assert.equal(mixed[0].state, 'unsourced');
    assert.deepEqual(mixed[0].counts, { weasel: 1, unattributed: 1, style: 1 });
  });

  it('documents sort by unsourced claims per 1,000 words, then vague sources, then input order', () => {
    const doc = (path: string, words: number, categories: Category[]): FileResult => ({
      path, bom: false, findings: categories.map((c, k) => finding(c, k, 'x')),
      report: { words, attributed: 0, omittedParagraphs: 0, contexts: [], paragraphs: [] },
    });
    const summary = summarize([
      doc('few.md', 1000, ['unattributed']),
      doc('dense.md', 100, ['unattributed']),
      doc('vague.md', 100, ['weasel', 'weasel']),
      doc('tie.md', 1000, ['unattributed', 'style']),
      doc('empty.md', 0, []),
    ]);
    assert.deepEqual(summary.documents.map((d) => d.path), ['dense.md', 'few.md', 'tie.md', 'vague.md', 'empty.md']);
    assert.deepEqual(summary.documents.map((d) => d.unsourcedRate), [10, 1, 1, 0, 0]);
    assert.deepEqual(summary.counts, { unattributed: 3, weasel: 2, style: 1 });
    assert.equal(summary.words, 2200);
  });

  it('vague phrases are counted in lower case, whitespace and apostrophes made one', () => {
    assert.equal(normalizePhrase('Critics\n  Say'), 'critics say');
    assert.equal(normalizePhrase('It\u2019s said'), "it's said");
    const summary = summarize([resultOf('a.txt', 'Critics say the pier leans. Later, critics  say it sank. Studies show it floats.\n')]);
    assert.deepEqual(summary.vaguePhrases, [['critics say', 2], ['studies show', 1]]);
  });
});

describe('report part', () => {
  it("each finding's sentence, cut around it, markup blanked", () => {
    const text = `Intro words here. ${'Long words '.repeat(40)}and critics say the pier sank ${'after that '.repeat(40)}end.\n`;
    const result = resultOf('a.txt', text);
    const [context] = result.report!.contexts;
    assert.equal(context.flagged, 'critics say');
    assert.ok(context.before.startsWith('\u2026') && context.before.endsWith('and '), context.before);
    assert.ok(context.after.startsWith(' the pier sank') && context.after.endsWith('\u2026'), context.after);
    assert.ok(context.before.length <= 111 && context.after.length <= 111);
  });

  it('a map of a long document stops at MAX_PARAGRAPHS and says how many blocks it left out', () => {
    const text = Array.from({ length: MAX_PARAGRAPHS + 5 }, (_, i) => `Paragraph ${i} is short.`).join('\n\n');
    const part = reportPart(text, 'plaintext', []);
    assert.equal(part.paragraphs.length, MAX_PARAGRAPHS);
    assert.equal(part.omittedParagraphs, 5);
    assert.equal(part.words, (MAX_PARAGRAPHS + 5) * 3);
    assert.equal(part.paragraphs[MAX_PARAGRAPHS - 1].line, 2 * MAX_PARAGRAPHS - 1);
    const html = render('html', [{ path: 'long.txt', bom: false, findings: [], report: part }]);
    assert.match(html, /The map shows the first 2,000 of 2,005 blocks\./);
  });

  it('a surrogate pair is never cut in half', () => {
    const text = `${'\u{1F600}'.repeat(200)} critics say the pier sank.\n`;
    const [context] = resultOf('a.txt', text).report!.contexts;
    assert.doesNotMatch(context.before, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe('report escaping', () => {
  it('links of unsafe schemes are dropped', () => {
    assert.equal(safeHref('javascript:alert(1)'), undefined);
    assert.equal(safeHref(' JAVASCRIPT:alert(1)'.trim()), undefined);
    assert.equal(safeHref('data:text/html,x'), undefined);
    assert.equal(safeHref('./a%3Ab.md#L2'), './a%3Ab.md#L2');
    assert.equal(safeHref('https://github.com/o/r/blob/c/a.md#L2'), 'https://github.com/o/r/blob/c/a.md#L2');
  });

  it('Markdown text cannot open markup, mention anyone or link an issue', () => {
    const escaped = escapeMarkdown('**bold** [x](javascript:1) <img src=x> @team #12 `c` a|b ~~s~~ http://evil.example www.evil.example & \\');
    assert.doesNotMatch(escaped, /(?<!\\)[*[\]`|~]/);
    assert.doesNotMatch(escaped, /[<>]|@[a-z]|#\d|:\/\/|www\./i);
    assert.match(escaped, /&amp; \\\\$/);
  });

  it('a code span holds any backticks, and in a table any bar', () => {
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x`'), '`` `x` ``');
    assert.equal(codeSpan('a|b', true), '`a\\|b`');
    assert.equal(codeSpan('a\nb'), '`a b`');
  });

  it('the page escapes every field and keeps unsafe links out', () => {
    const hostile = '<script>x("1")</script>&\'';
    const file: FileResult = {
      path: hostile, bom: false,
      findings: [finding('weasel', 0, hostile, { rule: hostile, message: hostile, why: hostile, guideline: hostile, suggestion: hostile })],
      report: {
        words: 3, attributed: 0, omittedParagraphs: 0,
        paragraphs: [{ offset: 0, length: 40, line: 1, kind: 'paragraph', words: 3, attributed: 0, excerpt: hostile }],
        contexts: [{ before: hostile, flagged: hostile, after: hostile }],
      },
    };
    const html = render('html', [file], { version: hostile, generatedAt: hostile, docsBaseUrl: 'javascript:alert(1)//', lineHref: () => 'javascript:alert(1)' });
    assert.doesNotMatch(html, /<script|javascript:/i);
    assert.ok(html.split('&lt;script&gt;x(&quot;1&quot;)&lt;/script&gt;&amp;&#39;').length > 8);
    const md = render('markdown', [file], { lineHref: () => 'javascript:alert(1)' });
    assert.doesNotMatch(md, /javascript:/);
  });
});
