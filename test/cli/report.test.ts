// `whosays report`: the sourcing report's numbers are those of `whosays --format json` on the same
// files (findings per document, category and rule, the order of the documents), its word counts are
// those of the prose, the page loads nothing from anywhere, and names and texts from the documents
// cannot inject markup into the page or the Markdown summary. Runs dist/cli.js: build first.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLI, ROOT, removeTempDirs, runCli, runJson, tempDir, type JsonReport } from './helpers';

before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`));
after(removeTempDirs);

/** A fixed date: the same inputs give the same page. */
const ENV = { SOURCE_DATE_EPOCH: '1700000000' };

type Category = 'unattributed' | 'weasel' | 'style';

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

interface PageRow {
  rank: number;
  path: string;
  words: number;
  unsourced: number;
  rate: string;
  vague: number;
  style: number;
  attributed: number;
}

interface PageDocument {
  path: string;
  byRule: Map<string, number>;
  /** `line:column` of each listed finding, in order, with its map state. */
  findings: Array<{ where: string; state: string }>;
  cells: Array<{ state: string; label: string }>;
}

const number = (text: string) => Number(text.replace(/,/g, ''));

/** The documents table and the per-document sections of a report page, read back from its markup. */
function readPage(html: string): { rows: PageRow[]; documents: PageDocument[] } {
  const rows: PageRow[] = [];
  const row = /<tr><td>(\d+)<\/td><td class="path"><a href="#doc-\d+">(.*?)<\/a><\/td><td>([\d,]+)<\/td><td class="unattributed">([\d,]+)<\/td><td>([\d.,]+)<\/td><td>([\d,]+)<\/td><td>([\d,]+)<\/td><td>([\d,]*)<\/td><\/tr>/g;
  for (const m of html.matchAll(row)) {
    rows.push({ rank: Number(m[1]), path: unescapeHtml(m[2]), words: number(m[3]), unsourced: number(m[4]), rate: m[5], vague: number(m[6]), style: number(m[7]), attributed: number(m[8]) });
  }
  const documents: PageDocument[] = [];
  const sections = html.split(/<section class="document" id="doc-\d+"/).slice(1);
  for (const section of sections) {
    const title = /<h2 id="doc-\d+-title"><span class="rank">\d+\.<\/span> (.*?)<\/h2>/.exec(section);
    assert.ok(title, 'each document section has a title');
    const byRule = new Map<string, number>();
    const rules = section.split('<table class="rules">')[1]?.split('</table>')[0] ?? '';
    for (const m of rules.matchAll(/<tr><td>(?:<a [^>]*>)?<code>(.*?)<\/code>(?:<\/a>)?<\/td><td>.*?<\/td><td>([\d,]+)<\/td><\/tr>/g)) byRule.set(m[1], number(m[2]));
    const findings = [...section.matchAll(/<li id="doc-\d+-f-\d+" class="(\w+)">\n<p class="where">(?:<a [^>]*>)?<code>(\d+:\d+)<\/code>/g)].map((m) => ({ where: m[2], state: m[1] }));
    const cells = [...section.matchAll(/class="cell (\w+)(?: also)?(?: heading)?" role="listitem" aria-label="([^"]*)"/g)].map((m) => ({ state: m[1], label: unescapeHtml(m[2]) }));
    documents.push({ path: unescapeHtml(title[1]), byRule, findings, cells });
  }
  return { rows, documents };
}

function countsOf(report: JsonReport, file: string): Record<Category, number> {
  const counts: Record<Category, number> = { unattributed: 0, weasel: 0, style: 0 };
  for (const f of report.files.find((x) => x.path === file)!.findings) counts[f.category as Category]++;
  return counts;
}

function rulesOf(report: JsonReport, file: string): Map<string, number> {
  const rules = new Map<string, number>();
  for (const f of report.files.find((x) => x.path === file)!.findings) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
  return rules;
}

/** The order the report promises: unsourced claims per 1,000 words, then vague sources per 1,000 words, then input order. */
function expectedOrder(report: JsonReport, words: Map<string, number>): string[] {
  const rate = (n: number, w: number) => (w > 0 ? (n * 1000) / w : 0);
  return report.files
    .map((file, index) => ({ file: file.path, index, counts: countsOf(report, file.path), words: words.get(file.path)! }))
    .sort((a, b) => rate(b.counts.unattributed, b.words) - rate(a.counts.unattributed, a.words) || rate(b.counts.weasel, b.words) - rate(a.counts.weasel, a.words) || a.index - b.index)
    .map((d) => d.file);
}

describe('whosays report: the numbers are those of --format json', () => {
  const samples = readdirSync(path.join(ROOT, 'samples')).filter((f) => f.startsWith('sample-')).map((f) => `samples/${f}`);

  test('per document: findings per category and per rule, the findings in order, and the order of the rows', () => {
    const json = runJson(samples).report;
    const out = tempDir();
    const page = path.join(out, 'report.html');
    const run = runCli(['report', '-o', page, ...samples], { env: ENV });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /report written to .*report\.html/);
    const { rows, documents } = readPage(readFileSync(page, 'utf8'));

    assert.deepEqual(rows.map((r) => r.path).sort(), json.files.map((f) => f.path).sort(), 'one row per document');
    assert.deepEqual(rows.map((r) => r.rank), rows.map((_, i) => i + 1));
    const words = new Map(rows.map((r) => [r.path, r.words]));
    assert.deepEqual(rows.map((r) => r.path), expectedOrder(json, words), 'worst first');
    assert.deepEqual(documents.map((d) => d.path), rows.map((r) => r.path), 'the sections in the order of the rows');

    for (const r of rows) {
      const counts = countsOf(json, r.path);
      assert.deepEqual({ unattributed: r.unsourced, weasel: r.vague, style: r.style }, counts, r.path);
      assert.equal(r.rate, (r.words > 0 ? (counts.unattributed * 1000) / r.words : 0).toFixed(1), `${r.path}: per 1,000 words`);
      assert.ok(r.words > 50, `${r.path}: words counted`);
    }
    for (const d of documents) {
      assert.deepEqual(new Map([...d.byRule].sort()), new Map([...rulesOf(json, d.path)].sort()), `${d.path}: per rule`);
      const jsonFindings = json.files.find((f) => f.path === d.path)!.findings;
      assert.deepEqual(d.findings.map((f) => f.where), jsonFindings.map((f) => `${f.line}:${f.column}`), `${d.path}: every finding, in order`);
      const state: Record<string, string> = { unattributed: 'unsourced', weasel: 'vague', style: 'style' };
      assert.deepEqual(d.findings.map((f) => f.state), jsonFindings.map((f) => state[f.category]));
      // Every finding lies in a paragraph of the map, which shows the worst it holds.
      const cellStates = new Set(d.cells.map((c) => c.state));
      if (jsonFindings.some((f) => f.category === 'unattributed')) assert.ok(cellStates.has('unsourced'), d.path);
      assert.ok(d.cells.length > 3, `${d.path}: a map`);
    }
  });

  test('the Markdown summary has the same rows, the first 20 findings and the count of the rest', () => {
    const json = runJson(samples).report;
    const run = runCli(['report', '--format', 'markdown', ...samples], { env: ENV });
    assert.equal(run.status, 0, run.stderr);
    const out = tempDir();
    runCli(['report', '-o', path.join(out, 'r.html'), ...samples], { env: ENV });
    const { rows } = readPage(readFileSync(path.join(out, 'r.html'), 'utf8'));
    const tableRows = [...run.stdout.matchAll(/^\| `([^`]+)` \| ([\d,]+) \| ([\d,]+) \| ([\d.]+) \| ([\d,]+) \| ([\d,]+) \|$/gm)];
    assert.deepEqual(
      tableRows.map((m) => [m[1], number(m[2]), number(m[3]), m[4], number(m[5]), number(m[6])]),
      rows.map((r) => [r.path, r.words, r.unsourced, r.rate, r.vague, r.style]),
    );
    const total = json.files.reduce((n, f) => n + f.findings.length, 0);
    assert.ok(total > 20, 'the samples have more findings than the summary lists');
    const listed = [...run.stdout.matchAll(/^- `([^`]+):(\d+):(\d+)` /gm)];
    assert.equal(listed.length, 20);
    // The worst document's findings first, in the order of its lines.
    const first = rows[0].path;
    const firstFindings = json.files.find((f) => f.path === first)!.findings;
    assert.deepEqual(listed.slice(0, firstFindings.length).map((m) => `${m[1]}:${m[2]}:${m[3]}`), firstFindings.slice(0, 20).map((f) => `${first}:${f.line}:${f.column}`));
    assert.match(run.stdout, new RegExp(`and ${total - 20} more findings`));
    assert.match(run.stderr, /^whosays: \d+ problems/);
  });

  test('words are the words of the prose: markup, code, addresses and numbers are not words', () => {
    const dir = tempDir({
      'plain.txt': 'Critics say the bridge is the oldest in the county. The ferry left at nine.\n',
      'marked.md': '# Harbour news\n\nMany experts agree that the **pier** is old.\n\nSee [the guide](https://example.org/x) for more.\n\n```\ncode words here\n```\n\nThe ferry left at 9, the ministry said.\n',
      'empty.txt': '',
    });
    const run = runCli(['report', '-o', '-', 'plain.txt', 'marked.md', 'empty.txt'], { cwd: dir, env: ENV });
    assert.equal(run.status, 0, run.stderr);
    const { rows, documents } = readPage(run.stdout);
    const byPath = new Map(rows.map((r) => [r.path, r]));
    assert.equal(byPath.get('plain.txt')!.words, 15);
    assert.equal(byPath.get('marked.md')!.words, 22);
    assert.equal(byPath.get('empty.txt')!.words, 0);
    assert.equal(byPath.get('empty.txt')!.rate, '0.0');
    // "the ministry said" names its source: one attributed sentence, and its paragraph is green.
    assert.equal(byPath.get('marked.md')!.attributed, 1);
    const marked = documents.find((d) => d.path === 'marked.md')!;
    assert.deepEqual(marked.cells.map((c) => c.state), ['none', 'vague', 'none', 'attributed']);
    assert.equal(marked.cells[0].label, 'Line 1, heading: nothing to note. \u201cHarbour news\u201d');
    assert.equal(marked.cells[1].label, 'Line 3, paragraph: 1 vague source. \u201cMany experts agree that the pier is old.\u201d');
    assert.equal(marked.cells[3].label, 'Line 11, paragraph: 1 sentence names its source. \u201cThe ferry left at 9, the ministry said.\u201d');
  });
});

describe('whosays report: a self-contained page', () => {
  test('no script, no stylesheet, font or image from anywhere, and a policy that forbids them', () => {
    const run = runCli(['report', '-o', '-', 'samples'], { env: ENV });
    assert.equal(run.status, 0, run.stderr);
    const html = run.stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link\b/i);
    assert.doesNotMatch(html, /<(?:img|iframe|object|embed|video|audio|source)\b/i);
    assert.doesNotMatch(html, /\bsrc\s*=/i);
    assert.doesNotMatch(html, /@import|url\(/i);
    assert.doesNotMatch(html, /href="(?:https?:)?\/\//i, 'no link to another host');
    for (const m of html.matchAll(/href="([^"]*)"/g)) assert.match(m[1], /^(?:#|\.\/|\.\.\/|file:)/, `a link within the page or to a file: ${m[1]}`);
  });

  test('links go to the files beside the page, or under --link-base', () => {
    const dir = tempDir({ 'docs/a b.md': 'Critics say the pier is the oldest in the county.\n' });
    let run = runCli(['report', '-o', 'out/report.html', 'docs'], { cwd: dir, env: ENV });
    assert.equal(run.status, 0, run.stderr);
    const page = readFileSync(path.join(dir, 'out', 'report.html'), 'utf8');
    assert.match(page, /href="\.\.\/docs\/a%20b\.md#L1"/);
    run = runCli(['report', '--format', 'markdown', '--link-base', 'https://github.com/o/r/blob/abc123', 'docs'], { cwd: dir, env: ENV });
    assert.match(run.stdout, /\[`docs\/a b\.md:1:1`\]\(https:\/\/github\.com\/o\/r\/blob\/abc123\/docs\/a%20b\.md#L1\)/);
    run = runCli(['report', '--format', 'markdown', 'docs'], { cwd: dir, env: ENV });
    assert.doesNotMatch(run.stdout, /\]\(/, 'no links without --link-base');
  });
});

describe('whosays report: hostile names and texts', () => {
  const name = '<script>x(1)<b>&"q\'|@team.txt';
  const text = 'Critics say <script>alert("pwned")</script> & the <img src=x onerror=alert(1)> pier is the best @everyone #12 `code` |.\n';

  test('the page escapes them', () => {
    const dir = tempDir({ [name]: text });
    const run = runCli(['report', '-o', '-', '.'], { cwd: dir, env: ENV });
    assert.equal(run.status, 0, run.stderr);
    const html = run.stdout;
    assert.doesNotMatch(html, /<script|<img|<b>/i);
    assert.ok(html.includes('&lt;script&gt;x(1)&lt;b&gt;&amp;&quot;q&#39;|@team.txt'), 'the name, escaped');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;'), 'the text, escaped');
    // The file's link keeps the name one path: every character that means something in a URL is encoded.
    assert.ok(html.includes('href="./%3Cscript%3Ex(1)%3Cb%3E%26%22q&#39;%7C%40team.txt#L1"'), 'the link, encoded');
    const { rows, documents } = readPage(html);
    assert.equal(rows[0].path, name);
    assert.equal(documents[0].path, name);
  });

  test('the Markdown summary keeps them inert: no tag, no broken table, no mention or issue link', () => {
    const dir = tempDir({ [name]: text });
    const run = runCli(['report', '--format', 'markdown', '.'], { cwd: dir, env: ENV });
    assert.equal(run.status, 0, run.stderr);
    const md = run.stdout;
    // Inside a code span `<` is text; outside, no tag may start.
    assert.doesNotMatch(md.replace(/(`+)[^`]*?\1/g, ''), /<[a-z/!?]/i, 'no HTML tag');
    assert.match(md, /1 vague source/);
    const row = md.split('\n').find((line) => line.startsWith('| `<script>'))!;
    assert.ok(row, md);
    // Six cells: the name's "|" is escaped.
    assert.equal(row.split(/(?<!\\)\|/).length - 2, 6, row);
    for (const line of md.split('\n').filter((l) => l.startsWith('- '))) {
      // Outside code spans: no bare mention, issue number or address.
      const prose = line.replace(/(`+)[^`]*?\1/g, '');
      assert.doesNotMatch(prose, /@[a-z]|#\d|<|www\./i, line);
    }
  });
});

describe('whosays report: the command', () => {
  test('--help of its own; the main help names it', () => {
    const help = runCli(['report', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: whosays report \[options\]/);
    assert.match(help.stdout, /-o, --output FILE/);
    assert.match(help.stdout, /html .*\n\s+markdown /);
    assert.match(runCli(['--help']).stdout, /whosays report \[options\]/);
  });

  test('options of the other command are refused; a bad format is named', () => {
    let run = runCli(['report', '--quiet', 'samples']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /option --quiet is not an option of whosays report/);
    run = runCli(['-o', 'x.html', 'samples']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /option -o is for whosays report/);
    run = runCli(['--profile', 'hedging', 'report', 'samples']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /put "report" first: whosays report \[options\]/);
    run = runCli(['report', '--format', 'json', 'samples']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /invalid value "json" for --format; expected "html" or "markdown"/);
  });

  test('writes whosays-report.html by default, exits 0 with findings, and leaves its own page out of the next run', () => {
    const dir = tempDir({ 'a.md': 'Critics say the pier is the oldest in the county.\n' });
    let run = runCli(['report', '.'], { cwd: dir, env: ENV });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(path.join(dir, 'whosays-report.html')));
    assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'whosays-report.html'], 'no temporary file left');
    run = runCli(['report', '-o', 'whosays-report.html', '.'], { cwd: dir, env: ENV });
    assert.match(run.stderr, / in 1 file;/, 'the page itself is not linted');
  });

  test('a file error writes nothing', () => {
    const dir = tempDir({ 'a.md': 'Critics say so.\n' });
    const run = runCli(['report', '-o', 'r.html', 'a.md', 'missing.md'], { cwd: dir, env: ENV });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.md: file not found/);
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });

  test('the same page on one thread and on several', () => {
    const files: Record<string, string> = {};
    const base = readFileSync(path.join(ROOT, 'samples', 'sample-article.md'), 'utf8');
    for (let i = 0; i < 12; i++) files[`doc${String(i).padStart(2, '0')}.md`] = base.split('\n\n').slice(0, 2 + (i % 9)).join('\n\n');
    const dir = tempDir(files);
    const one = runCli(['report', '--jobs', '1', '-o', '-', '.'], { cwd: dir, env: ENV });
    const two = runCli(['report', '--jobs', '2', '-o', '-', '.'], { cwd: dir, env: ENV });
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(readPage(one.stdout).rows.length, 12);
  });
});
