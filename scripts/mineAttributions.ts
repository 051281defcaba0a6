// npm run mine:attributions: what real reporting uses to attribute, counted over PolNeAR's train
// split (../shared/eval/polnear/train, read in place; never the held-out test split). Prints the
// cue words (the verb or phrase that attributes, by its last word) and the head nouns of sources
// that are not named (lower-case heads, by how they open: quantifier, bare plural, singular), with
// counts. The engine's lexicon (server/src/engine/lexicon) was drawn from these lists and reviewed
// by hand; words it does not know are marked with "*", to see what it may still lack.
//
// Options: --min N (default 3), the fewest occurrences a word needs to be listed.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { POLNEAR } from './evalData';
import { CUE_FORMS } from '../server/src/engine/lexicon/cues';
import { DOCUMENT_HEADS, INFORMANT_HEADS, PEOPLE_HEADS, PERSON_SINGULARS } from '../server/src/engine/lexicon/holders';

const { values } = parseArgs({ options: { min: { type: 'string', default: '3' } } });
const min = Number(values.min);

interface Span {
  kind: string;
  text: string;
}

/** One annotator's file per article (the first by name), as the set's README asks. */
function annotationFiles(split: 'train'): string[] {
  const dir = join(POLNEAR, split, 'attributions');
  const chosen = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    const article = file.replace(/_[^_]+\.ann$/, '');
    if (!chosen.has(article)) chosen.set(article, join(dir, file));
  }
  return [...chosen.values()];
}

function spans(file: string): Span[] {
  const out: Span[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [id, kindAndOffsets, text] = line.split('\t');
    if (!id?.startsWith('T') || text === undefined) continue;
    out.push({ kind: kindAndOffsets.split(' ')[0], text });
  }
  return out;
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'few', 'other', 'others', 'numerous', 'multiple', 'various', 'both', 'all', 'more']);
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

const cues = new Map<string, number>();
const quantified = new Map<string, number>();
const barePlural = new Map<string, number>();
const anonymous = new Map<string, number>();
for (const file of annotationFiles('train')) {
  for (const span of spans(file)) {
    if (span.kind === 'Cue') {
      const words = span.text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g);
      if (words) count(cues, words.join(' '));
    }
    if (span.kind !== 'Source') continue;
    // The head: the last word before "of", "at", "in", "who", "close", "familiar" or a comma.
    const words = span.text.split(/\s+/);
    const cut = words.findIndex((w, i) => i > 0 && /^(of|at|in|from|who|close|familiar|with|on|for|,)$/i.test(w));
    const np = (cut > 0 ? words.slice(0, cut) : words).map((w) => w.replace(/[^A-Za-z'-]/g, ''));
    const head = np[np.length - 1];
    if (!head || head[0] !== head[0].toLowerCase()) continue;
    const first = np[0].toLowerCase();
    if (QUANTIFIERS.has(first)) count(quantified, head);
    else if (first === 'a' || first === 'an' || first === 'one') count(anonymous, head);
    else if (!DETERMINERS.has(first) && head.endsWith('s') && np.every((w) => w === '' || w[0] === w[0].toLowerCase())) count(barePlural, head);
  }
}

function print(title: string, map: Map<string, number>, known: (word: string) => boolean): void {
  const rows = [...map].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`\n${title} (${rows.length} with at least ${min}; * not in the lexicon):`);
  console.log(rows.map(([w, n]) => `${known(w) ? '' : '*'}${w} ${n}`).join(', '));
}
const knownCue = (phrase: string) => phrase.split(' ').some((w) => CUE_FORMS.has(w)) || phrase === 'according to';
const knownHead = (head: string) => [PEOPLE_HEADS, INFORMANT_HEADS, DOCUMENT_HEADS, PERSON_SINGULARS].some((set) => set.has(head.toLowerCase()));
print('Cues', cues, knownCue);
print('Heads of quantified sources ("some senior officials")', quantified, knownHead);
print('Heads of bare plural sources ("analysts", "federal officials")', barePlural, knownHead);
print('Heads of anonymous singular sources ("a senior official")', anonymous, knownHead);
