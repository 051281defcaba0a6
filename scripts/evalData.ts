// The CoNLL-2010 Wikipedia sample, read in place from ../shared/eval (never copied into the project).
// Rows are numbered from 0 in file order: even rows are the dev half, odd rows the test half.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const evalDir = process.env.WHOSAYS_EVAL_DIR ?? resolve(__dirname, '..', '..', 'shared', 'eval');
export const CONLL = join(evalDir, 'conll2010-wikipedia-sample.csv');

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
