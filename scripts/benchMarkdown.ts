// Measures the project's Markdown reader against micromark on a generated ~1 MB document, and checks
// that both agree on which characters are code (fenced, indented, code spans).
//
//   node --import tsx scripts/benchMarkdown.ts

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { micromark, parse, postprocess, preprocess } from 'micromark';

import { readMarkdown } from '../server/src/engine/markup/markdown';
import type { Span } from '../server/src/engine/markup/proseView';
import { median } from './benchStats';

const TARGET = 1_000_000;
const RUNS = 5;

/** A deterministic pseudo-random sequence, so every run measures the same document. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const WORDS = [
  'harbour', 'council', 'ferry', 'timetable', 'residents', 'engineers', 'bridge', 'survey', 'budget', 'quarter', 'station', 'report',
  'district', 'inspection', 'committee', 'tender', 'repairs', 'morning', 'passengers', 'figures', 'evening', 'market', 'river', 'season',
];

function sentence(next: () => number, words = 8 + Math.floor(next() * 10)): string {
  const out: string[] = [];
  for (let k = 0; k < words; k++) {
    let w = WORDS[Math.floor(next() * WORDS.length)];
    const roll = next();
    if (roll < 0.04) w = `\`${w}()\``;
    else if (roll < 0.07) w = `*${w}*`;
    else if (roll < 0.09) w = `**${w}**`;
    else if (roll < 0.11) w = `[${w}](https://example.org/${w}?q=${k})`;
    else if (roll < 0.12) w = `${w} [${1 + Math.floor(next() * 40)}]`;
    else if (roll < 0.125) w = `\`\`${w} \` tick\`\``;
    out.push(w);
  }
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function paragraph(next: () => number): string {
  const n = 2 + Math.floor(next() * 4);
  const lines: string[] = [];
  for (let k = 0; k < n; k++) lines.push(sentence(next));
  return lines.join('\n');
}

/** About `size` characters of varied Markdown. */
export function generateMarkdown(size: number, seed = 7): string {
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  let section = 0;
  while (length < size) {
    const roll = next();
    let part: string;
    if (roll < 0.08) part = `${'#'.repeat(1 + Math.floor(next() * 3))} Section ${++section}: ${sentence(next, 4).slice(0, -1)}`;
    else if (roll < 0.5) part = paragraph(next);
    else if (roll < 0.62) {
      const items: string[] = [];
      const ordered = next() < 0.4;
      for (let k = 0; k < 2 + Math.floor(next() * 4); k++) items.push(`${ordered ? `${k + 1}.` : '-'} ${sentence(next, 6)}`);
      part = items.join('\n');
    } else if (roll < 0.74) {
      const fence = next() < 0.7 ? '```' : '~~~';
      const body: string[] = [];
      for (let k = 0; k < 2 + Math.floor(next() * 6); k++) body.push(`const ${WORDS[k % WORDS.length]} = "${sentence(next, 3)}"; // [${k}](x)`);
      part = `${fence}${next() < 0.6 ? 'ts' : ''}\n${body.join('\n')}\n${fence}`;
    } else if (roll < 0.82) {
      const body: string[] = [];
      for (let k = 0; k < 2 + Math.floor(next() * 4); k++) body.push(`    indented ${WORDS[k % WORDS.length]}(${k}) *not emphasis*`);
      part = body.join('\n');
    } else if (roll < 0.9) part = `> ${sentence(next)}\n> ${sentence(next)}`;
    else if (roll < 0.95) part = `- ${sentence(next, 5)}\n\n  ${sentence(next)}\n\n      code inside the item`;
    else part = `Some \`inline code\` and a <https://example.org/${section}> autolink, and <span>raw html</span> ${sentence(next)}`;
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

function time(fn: () => void): number {
  const times: number[] = [];
  fn(); // warm-up
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function micromarkEvents(doc: string) {
  return postprocess(parse().document().write(preprocess()(doc, undefined, true)));
}

/** Offsets micromark puts inside codeFenced, codeIndented or codeText. */
function micromarkCode(doc: string): Uint8Array {
  const marks = new Uint8Array(doc.length);
  const open = new Map<string, number>();
  for (const [kind, token] of micromarkEvents(doc)) {
    if (token.type !== 'codeFenced' && token.type !== 'codeIndented' && token.type !== 'codeText') continue;
    if (kind === 'enter') open.set(token.type, token.start.offset);
    else marks.fill(1, open.get(token.type) ?? token.start.offset, token.end.offset);
  }
  return marks;
}

function ourCode(doc: string): Uint8Array {
  const spans: Span[] = [];
  readMarkdown(doc, { codeSpans: spans });
  const marks = new Uint8Array(doc.length);
  for (const s of spans) marks.fill(1, s.start, s.end);
  return marks;
}

/** Agreement over non-whitespace characters, and the overlap of the two code sets. */
function compare(doc: string) {
  const theirs = micromarkCode(doc);
  const ours = ourCode(doc);
  let counted = 0;
  let agree = 0;
  let both = 0;
  let onlyTheirs = 0;
  let onlyOurs = 0;
  for (let i = 0; i < doc.length; i++) {
    const c = doc.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    counted++;
    if (theirs[i] === ours[i]) agree++;
    if (theirs[i] && ours[i]) both++;
    else if (theirs[i]) onlyTheirs++;
    else if (ours[i]) onlyOurs++;
  }
  return { counted, agreement: agree / Math.max(1, counted), both, onlyTheirs, onlyOurs };
}

const EDGE_CASES = [
  'Text with `code` and ``double `tick` code`` and ```triple```.\n\nA `stray tick.\n',
  '```\nunclosed fence\n\nstill code\n',
  '> quoted\n> ```\n> code in quote\n> ```\n> after\n',
  '- item\n\n      code in item\n- next\n\n1. one\n\n    paragraph in item\n',
  'para\n    not code (lazy)\n\n    code\n\n\tcode with tab\n',
  '~~~~ info ~~~\n```\nstill code\n~~~~\n\n`` ` `` and ` `` `\n',
  '<div>\n`not code in html`\n</div>\n\n[link `code`](url) and ![`x`](y)\n',
  'A `code span\nover two lines` ends.\n\n1. item\n   ```\n   fenced in item\n   ```\n   text\n',
  '\\`not code` but `code` here.\n\n<!-- `in a comment` -->\n\n- a\n\n    b is a paragraph of the item\n',
  '> - a\n>\n>       code in quoted item\n\n   ```\n   indented fence\n  ```\n',
  '* list\n\n        code after list\n\ntext\n\n        code after text\n',
];

function main(): void {
  const doc = generateMarkdown(TARGET);
  console.log(`document: ${(doc.length / 1e6).toFixed(2)} MB of generated Markdown, median of ${RUNS} runs`);
  const ours = time(() => readMarkdown(doc));
  const events = time(() => micromarkEvents(doc));
  const html = time(() => micromark(doc));
  console.log(`  whosays readMarkdown:                 ${ours.toFixed(1)} ms`);
  console.log(`  micromark parse/postprocess (events): ${events.toFixed(1)} ms  (${(events / ours).toFixed(1)}× slower)`);
  console.log(`  micromark to HTML:                    ${html.toFixed(1)} ms  (${(html / ours).toFixed(1)}× slower)`);

  console.log('\ncode regions, compared on non-whitespace characters:');
  const documents: [string, string][] = [
    ['generated 1 MB', doc],
    ['generated 50 KB (other seed)', generateMarkdown(50_000, 99)],
    ['samples/sample-article.md', readFileSync(join(__dirname, '..', 'samples', 'sample-article.md'), 'utf8')],
    ...EDGE_CASES.map((text, k): [string, string] => [`edge case ${k + 1}`, text]),
  ];
  let worst = 1;
  for (const [name, text] of documents) {
    const r = compare(text);
    worst = Math.min(worst, r.agreement);
    console.log(
      `  ${name.padEnd(30)} agreement ${(r.agreement * 100).toFixed(2).padStart(6)}%  code chars: both ${r.both}, only micromark ${r.onlyTheirs}, only ours ${r.onlyOurs}`,
    );
  }
  console.log(`\nlowest agreement: ${(worst * 100).toFixed(2)}%`);
}

main();
