// Readers for the evaluation sets in ../shared/eval, read in place and never copied into the project.
// Only development parts are read here: CoNLL rows by half, PolNeAR's train and dev splits,
// the puffery set's dev half. Held-out parts are not on this machine and never fetched.

import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EVAL_DIR = process.env.WHOSAYS_EVAL_DIR ?? resolve(__dirname, '..', '..', 'shared', 'eval');
export const CONLL = join(EVAL_DIR, 'conll2010-wikipedia-sample.csv');
export const POLNEAR = join(EVAL_DIR, 'polnear');
export const PUFFERY_DEV = join(EVAL_DIR, 'puffery', 'dev.tsv');

export interface LabelledSentence {
  index: number;
  uncertain: boolean;
  sentence: string;
}

/** RFC 4180 rows: quoted fields, "" for a quote inside. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' ' };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function readConll(split: 'dev' | 'test' | 'all'): LabelledSentence[] {
  return parseCsv(readFileSync(CONLL, 'utf8'))
    .map(([label, sentence], index) => ({ index, uncertain: label.trim() === '-1', sentence: decodeEntities(sentence ?? '') }))
    .filter((r) => split === 'all' || (split === 'dev' ? r.index % 2 === 0 : r.index % 2 === 1));
}

/** Tab-separated rows with a header line; each row as a record keyed by the header's names. */
function readTsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const names = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** A sentence of a PolNeAR article with its label; offsets are into the article's text. */
export interface ArticleSentence {
  article: string;
  start: number;
  end: number;
  label: string;
  sentence: string;
}

export type PolnearSplit = 'train' | 'dev';

function articleFile(name: string): string {
  return name.endsWith('.txt') ? name : `${name}.txt`;
}

/** Vague-against-named labels: `flag` when some source is vague, `clean` when every source is named. */
export function readSourceLabels(split: PolnearSplit): ArticleSentence[] {
  return readTsv(join(POLNEAR, `labels-${split}.tsv`)).map((r) => ({
    article: articleFile(r.article),
    start: Number(r.start),
    end: Number(r.end),
    label: r.label,
    sentence: r.sentence,
  }));
}

/** Every sentence of 28 dev articles: `needs-source`, `vague-source` or `ok`. */
export function readClaimLabels(): (ArticleSentence & { reason: string })[] {
  return readTsv(join(POLNEAR, 'claims-dev.tsv')).map((r) => ({
    article: articleFile(r.article),
    start: Number(r.start),
    end: Number(r.end),
    label: r.label,
    reason: r.reason,
    sentence: r.sentence_text,
  }));
}

export function readArticle(split: PolnearSplit, article: string): string {
  return readFileSync(join(POLNEAR, split, 'text', article), 'utf8');
}

export interface PufferySentence {
  index: number;
  peacock: boolean;
  sentence: string;
}

export function readPufferyDev(): PufferySentence[] {
  return readTsv(PUFFERY_DEV).map((r, index) => ({ index, peacock: r.label === 'peacock', sentence: r.sentence }));
}

export function missingSets(): string[] {
  return [CONLL, join(POLNEAR, 'labels-dev.tsv'), join(POLNEAR, 'claims-dev.tsv'), PUFFERY_DEV].filter((p) => !existsSync(p));
}
