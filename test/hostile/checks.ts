// What the properties assert about findings and fixes, as functions that return the first problem
// found (or undefined), so a failing property prints what went wrong, not just "false".

import { DEFAULT_MARKERS, markerTexts } from '../../server/src/engine/fixes';
import { LineIndex } from '../../server/src/engine/lineIndex';
import type { Finding, Fix, MarkupLanguage, TextEdit } from '../../server/src/engine/types';
import { NOW } from './documents';

export type MarkerKind = 'citation-needed' | 'who' | 'by-whom';
export const MARKER_KINDS: readonly MarkerKind[] = ['citation-needed', 'who', 'by-whom'];

export function isMarkerKind(kind: Fix['kind']): kind is MarkerKind {
  return kind === 'citation-needed' || kind === 'who' || kind === 'by-whom';
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** False only between the two halves of a surrogate pair. */
export function onCodePointBoundary(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)));
}

/** Surrogates with no partner: an edit that splits a pair makes two more. */
export function loneSurrogates(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && isLow(text.charCodeAt(i + 1))) i++;
    else if (isHigh(c) || isLow(c)) count++;
  }
  return count;
}

/** Applies edits that do not overlap (checked by the caller), last first so offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

/** Maps an offset of the edited text back to the original: inside an edit's new text, to the edit's start. */
export function mapBack(edits: readonly TextEdit[], at: number): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.offset - b.offset)) {
    const start = e.offset + delta;
    if (at < start) break;
    if (at < start + e.newText.length) return e.offset;
    delta += e.newText.length - e.length;
  }
  return at - delta;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for a marker as it stands in text: the literal marker, except that a dated wikitext
 * template counts with any date or none ({{citation needed|date=May 2020}}, {{citation needed}}).
 */
function markerSource(language: MarkupLanguage, kind: MarkerKind): string {
  const key = kind === 'citation-needed' ? 'citationNeeded' : kind === 'who' ? 'who' : 'byWhom';
  const template = DEFAULT_MARKERS[language][key];
  const dated = /^\{\{([^|{}]+)\|date=\{date\}\}\}$/.exec(template);
  if (dated) return `\\{\\{${escapeRegExp(dated[1])}(?:\\|[^{}]*)?\\}\\}`;
  return escapeRegExp(markerTexts(language, { markers: {} }, NOW)[key]);
}

/** Spaces and at most one line break: markers this close stand "in a row". */
const GAP = '[ \\t\\u00a0]*(?:\\r\\n|\\r|\\n)?[ \\t\\u00a0]*';

const patterns = new Map<string, { after: RegExp; before: RegExp; pair: RegExp }>();
function markerPatterns(language: MarkupLanguage, kind: MarkerKind) {
  const key = `${language} ${kind}`;
  let p = patterns.get(key);
  if (!p) {
    const m = markerSource(language, kind);
    p = { after: new RegExp(`^${GAP}${m}`), before: new RegExp(`${m}${GAP}$`), pair: new RegExp(`(?=(${m}${GAP}${m}))`, 'g') };
    patterns.set(key, p);
  }
  return p;
}

/** Whether inserting the `kind` marker at `at` would put it right next to the same marker. */
export function wouldDuplicate(text: string, at: number, language: MarkupLanguage, kind: MarkerKind): boolean {
  const { after, before } = markerPatterns(language, kind);
  return after.test(text.slice(at, at + 200)) || before.test(text.slice(Math.max(0, at - 200), at));
}

/** How many times one marker stands right after the same marker. */
export function adjacentMarkerPairs(text: string, language: MarkupLanguage): number {
  let count = 0;
  for (const kind of MARKER_KINDS) count += [...text.matchAll(markerPatterns(language, kind).pair)].length;
  return count;
}

/** Problems with where findings and their fixes point, or undefined. */
export function rangeProblem(text: string, findings: readonly Finding[]): string | undefined {
  for (const f of findings) {
    const where = `${f.rule} at ${f.offset}+${f.length}`;
    if (!Number.isInteger(f.offset) || !Number.isInteger(f.length)) return `${where}: not integers`;
    if (f.offset < 0 || f.length <= 0 || f.offset + f.length > text.length) return `${where}: outside the text (length ${text.length}) or empty`;
    if (!onCodePointBoundary(text, f.offset) || !onCodePointBoundary(text, f.offset + f.length)) return `${where}: splits a surrogate pair`;
    if (f.text !== text.slice(f.offset, f.offset + f.length)) return `${where}: text ${JSON.stringify(f.text)} is not the text at its range`;
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        const edit = `${where}, fix "${fix.title}" edit ${e.offset}+${e.length}`;
        if (!Number.isInteger(e.offset) || !Number.isInteger(e.length) || e.offset < 0 || e.length < 0 || e.offset + e.length > text.length) return `${edit}: outside the text`;
        if (!onCodePointBoundary(text, e.offset) || !onCodePointBoundary(text, e.offset + e.length)) return `${edit}: splits a surrogate pair`;
      }
    }
  }
  return undefined;
}

/** Problems with one fix's edits and what applying them does, or undefined. */
export function fixProblem(text: string, fix: Fix, finding: Finding): string | undefined {
  if (fix.edits.length === 0) return `fix "${fix.title}" has no edits`;
  const sorted = [...fix.edits].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev.offset + prev.length > cur.offset || (prev.offset === cur.offset && prev.length === 0 && cur.length === 0)) return `fix "${fix.title}": edits overlap`;
  }
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const fixed = applyEdits(text, sorted);
  const suffix = text.length - (last.offset + last.length);
  if (fixed.slice(0, first.offset) !== text.slice(0, first.offset)) return `fix "${fix.title}": changed the text before its first edit`;
  if (fixed.slice(fixed.length - suffix) !== text.slice(text.length - suffix)) return `fix "${fix.title}": changed the text after its last edit`;
  if (loneSurrogates(fixed) > loneSurrogates(text)) return `fix "${fix.title}": left a broken surrogate pair`;
  if (fix.kind === 'ignore') {
    // The comment goes on a line of its own just above the finding's line (LSP line breaks: LF, CRLF, CR).
    const index = new LineIndex(text);
    const lineStart = index.lineStart(index.positionAt(finding.offset).line);
    if (first.offset !== lineStart) return `fix "${fix.title}": inserts its comment line at ${first.offset}, not at the start of the finding's line (${lineStart})`;
    if (!/(\r\n|\n|\r)$/.test(first.newText)) return `fix "${fix.title}": its comment line has no line break`;
  }
  return undefined;
}

/** Whether `at` lies inside a comment of the language's own syntax (`<!-- -->`; LaTeX's run to the line end). */
export function insideComment(text: string, at: number, language: MarkupLanguage): boolean {
  if (language === 'plaintext' || language === 'latex') return false;
  const open = text.lastIndexOf('<!--', at - 1);
  if (open < 0) return false;
  const close = text.indexOf('-->', open + 4);
  return close < 0 || close + 3 > at;
}
