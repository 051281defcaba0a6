// The numbers of the sourcing report, shared by its page (html.ts) and its summary (markdown.ts):
// per document its words, its findings per category and rule, its unsourced claims per 1,000 words,
// its vague phrases and the state of each paragraph on the sourcing map; the documents sorted worst
// first. Pure: results in, numbers out.

import type { Category } from '../../engine/types';
import type { FileResult, ResultFinding } from '../results';
import type { ReportParagraph } from './part';

/** What a paragraph holds, as the map shows it. */
export type MapState = 'unsourced' | 'vague' | 'style' | 'attributed' | 'none';

export interface MapStateInfo {
  state: MapState;
  /** The legend's words. */
  label: string;
  /** What the legend says it means. */
  meaning: string;
  /** Drawn in the cell, so that colour is not the only sign. */
  symbol: string;
}

/**
 * In order of precedence: a paragraph that holds several shows the first. Problems before praise,
 * and the claim with no source at all before the source that is only vague: that is the order an
 * editor fixes them in.
 */
export const MAP_STATES: readonly MapStateInfo[] = [
  { state: 'unsourced', label: 'Unsourced claim', meaning: 'a claim that needs a source and has none (unattributed findings)', symbol: '!' },
  { state: 'vague', label: 'Vague source', meaning: 'a source that hides who it is: "critics say", "studies show" (weasel findings)', symbol: '?' },
  { state: 'style', label: 'Style note', meaning: 'wording that takes sides: "claimed", "iconic" (style findings)', symbol: '~' },
  { state: 'attributed', label: 'Attributed', meaning: 'a sentence names who says it ("the ministry said", "according to Reuters") and nothing is flagged', symbol: '\u2713' },
  { state: 'none', label: 'Nothing to note', meaning: 'no finding and no named source', symbol: '' },
];

export const CATEGORY_STATE: Readonly<Record<Category, MapState>> = { unattributed: 'unsourced', weasel: 'vague', style: 'style' };
/** The report's words for each category, singular and plural. */
export const CATEGORY_NAMES: Readonly<Record<Category, [string, string]>> = {
  unattributed: ['unsourced claim', 'unsourced claims'],
  weasel: ['vague source', 'vague sources'],
  style: ['style note', 'style notes'],
};
/** Columns and lists go in the map's order. */
export const REPORT_CATEGORIES: readonly Category[] = ['unattributed', 'weasel', 'style'];

export type CategoryCounts = Record<Category, number>;

export interface ParagraphView {
  paragraph: ReportParagraph;
  counts: CategoryCounts;
  state: MapState;
  /** Index into the document's findings of the first finding in the paragraph, if any. */
  firstFinding?: number;
}

export interface DocumentSummary {
  /** Its place among the inputs. */
  index: number;
  file: FileResult;
  path: string;
  words: number;
  /** Sentences that name their source; undefined without the report part. */
  attributed?: number;
  counts: CategoryCounts;
  /** Unsourced claims per 1,000 words. */
  unsourcedRate: number;
  /** [rule, count], most first, then by rule id. */
  byRule: Array<[string, number]>;
  /** [phrase, count] of the weasel findings' words, lower case, most first, then alphabetical. */
  vaguePhrases: Array<[string, number]>;
}

export interface ReportSummary {
  /** Worst first: unsourced claims per 1,000 words, then vague sources per 1,000 words, then input order. */
  documents: DocumentSummary[];
  words: number;
  attributed: number;
  counts: CategoryCounts;
  findings: number;
  byRule: Array<[string, number]>;
  vaguePhrases: Array<[string, number]>;
}

export function emptyCounts(): CategoryCounts {
  return { weasel: 0, unattributed: 0, style: 0 };
}

/** Per 1,000 words; a document without words has no rate to speak of. */
export function perThousand(count: number, words: number): number {
  return words > 0 ? (count * 1000) / words : 0;
}

/** "critics say": a weasel finding's words as a phrase to count. */
export function normalizePhrase(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/\u2019/g, "'");
}

function sortedEntries(map: Map<string, number>): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function add(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

export function summarizeDocument(file: FileResult, index: number): DocumentSummary {
  const counts = emptyCounts();
  const rules = new Map<string, number>();
  const phrases = new Map<string, number>();
  for (const f of file.findings) {
    counts[f.category]++;
    add(rules, f.rule);
    if (f.category === 'weasel') add(phrases, normalizePhrase(f.text));
  }
  const words = file.report?.words ?? 0;
  return {
    index,
    file,
    path: file.path,
    words,
    ...(file.report ? { attributed: file.report.attributed } : {}),
    counts,
    unsourcedRate: perThousand(counts.unattributed, words),
    byRule: sortedEntries(rules),
    vaguePhrases: sortedEntries(phrases),
  };
}

export function summarize(files: readonly FileResult[]): ReportSummary {
  const documents = files.map(summarizeDocument);
  documents.sort((a, b) => b.unsourcedRate - a.unsourcedRate || perThousand(b.counts.weasel, b.words) - perThousand(a.counts.weasel, a.words) || a.index - b.index);
  const counts = emptyCounts();
  const rules = new Map<string, number>();
  const phrases = new Map<string, number>();
  let words = 0;
  let attributed = 0;
  for (const d of documents) {
    words += d.words;
    attributed += d.attributed ?? 0;
    for (const c of REPORT_CATEGORIES) counts[c] += d.counts[c];
    for (const [rule, n] of d.byRule) add(rules, rule, n);
    for (const [phrase, n] of d.vaguePhrases) add(phrases, phrase, n);
  }
  return { documents, words, attributed, counts, findings: counts.weasel + counts.unattributed + counts.style, byRule: sortedEntries(rules), vaguePhrases: sortedEntries(phrases) };
}

/** The paragraph holding each finding (by offset), or -1 when it lies outside the listed paragraphs. */
export function paragraphOfFindings(paragraphs: readonly ReportParagraph[], findings: readonly ResultFinding[]): number[] {
  // The engine's firstAtOrAfter (engine/text/search.ts) asks the same; the page's bundle in the
  // extension (dist/reportPage.js) carries no engine, so the search is spelled out here.
  return findings.map((f) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].offset <= f.offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && f.offset < paragraphs[found].offset + paragraphs[found].length ? found : -1;
  });
}

/** Each listed paragraph with its findings counted and its state on the map. */
export function paragraphViews(file: FileResult): ParagraphView[] {
  const paragraphs = file.report?.paragraphs ?? [];
  const views: ParagraphView[] = paragraphs.map((paragraph) => ({ paragraph, counts: emptyCounts(), state: 'none' }));
  paragraphOfFindings(paragraphs, file.findings).forEach((p, k) => {
    if (p < 0) return;
    views[p].counts[file.findings[k].category]++;
    views[p].firstFinding ??= k;
  });
  for (const view of views) view.state = stateOf(view.counts, view.paragraph.attributed);
  return views;
}

function stateOf(counts: CategoryCounts, attributed: number): MapState {
  if (counts.unattributed > 0) return 'unsourced';
  if (counts.weasel > 0) return 'vague';
  if (counts.style > 0) return 'style';
  return attributed > 0 ? 'attributed' : 'none';
}

/** "1 unsourced claim", "3 vague sources". */
export function countOf(category: Category, n: number): string {
  return `${n} ${CATEGORY_NAMES[category][n === 1 ? 0 : 1]}`;
}

/** 1234 as "1,234", 5.25 as "5.3": the same in every locale, so that tests and pages agree. */
export function formatNumber(n: number, decimals = 0): string {
  const fixed = n.toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
