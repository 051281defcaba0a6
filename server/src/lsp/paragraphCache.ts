// The paragraph-level cache: a document is linted piece by piece (paragraphs.ts decides where it
// can be cut), and a piece whose text, configuration and language are unchanged is not linted
// again. A piece that only moved keeps its findings (shifted only when someone asks for them) and,
// when its first line did not change, its ranges. Linting a whole document piece by piece gives exactly lint() of the whole
// text (test/server/paragraphs.test.ts). Where fixes put markers depends on the whole document
// (markerPlacement.ts): its convention is read first, from counts kept per piece, and is part of
// the key under which pieces are reused.

import type { Diagnostic, Range } from 'vscode-languageserver';
import { languageFromId, lint } from '../engine/index';
import type { EngineConfig, Finding, MarkerConventions } from '../engine/types';
import { resolveConfig } from '../engine/lint';
import { addTallies, definesTodo, emptyTally, resolvePlacement, tallyDocument, type MarkerTally } from '../engine/markerPlacement';
import { LineIndex, toRange } from './convert';
import { lineBreakOf } from '../engine/lineIndex';
import { diagnosticAt } from './diagnostics';
import { limitNote, problemWindow } from './problemLimit';
import { shiftedFinding, splitIntoPieces } from './paragraphs';

export interface PieceLintRequest {
  text: string;
  languageId: string;
  config: Partial<EngineConfig>;
  /** Identifies the configuration, language and marker date: findings are reused only under the same key. */
  key: string;
  now: Date;
}

interface PieceEntry {
  /** Findings with offsets into the piece (their strings shared: see `stored`). */
  findings: Finding[];
  /** The piece's own line break. */
  eol: string;
  lineBreaks: number;
  /** Ranges of the findings, lines counted from the piece's first line. */
  ranges: Range[];
  /** The ranges moved down to the piece's line the last time it stood there (most edits move no line). */
  placedRanges?: { line: number; ranges: Range[] };
}

interface Placement {
  entry: PieceEntry;
  start: number;
  line: number;
  /** The document's line break, which the ignore fixes insert. */
  eol: string;
}

/**
 * The outcome of one run over a whole document: where each piece stood and what it holds. The
 * findings with document offsets and the diagnostics are built from it only when asked for, so
 * that an edit that moves every later paragraph by one character copies nothing.
 */
export class LintedDocument {
  private all?: Finding[];

  /**
   * `focus`: where the writer last edited (the first character that differs from the version
   * before), around which a limited publish is centred; undefined before any edit.
   */
  constructor(
    private readonly placements: readonly Placement[],
    readonly focus?: number,
  ) {}

  /** The number of findings, without building them. */
  get findingCount(): number {
    let count = 0;
    for (const placed of this.placements) count += placed.entry.findings.length;
    return count;
  }

  /** Every finding, with document offsets (built once). */
  get findings(): Finding[] {
    if (!this.all) {
      const all: Finding[] = [];
      for (const placed of this.placements) for (const f of placed.entry.findings) all.push(placedFinding(f, placed));
      this.all = all;
    }
    return this.all;
  }

  /** The finding of `rule` whose words start at `offset`, found without building the others. */
  findingAt(offset: number, rule: string): Finding | undefined {
    const placed = this.placements[pieceAt(this.placements, 0, this.placements.length - 1, offset)];
    if (!placed || placed.start > offset) return undefined;
    const found = placed.entry.findings.find((f) => f.offset === offset - placed.start && f.rule === rule);
    return found && placedFinding(found, placed);
  }

  /**
   * The diagnostics for `version` of the document, linking to rule pages under `docs`: of the
   * findings `visible` keeps (all when absent), at most `limit` (none when 0), those nearest the
   * focus, and a note saying how many were left out (see problemLimit.ts).
   */
  diagnostics(version: number | null, docs?: string, options: { limit?: number; visible?: readonly boolean[] } = {}): Diagnostic[] {
    const { visible } = options;
    let total = 0;
    let beforeFocus = 0;
    let i = 0;
    for (const placed of this.placements) {
      for (const finding of placed.entry.findings) {
        if (!visible || visible[i]) {
          total++;
          if (placed.start + finding.offset < (this.focus ?? 0)) beforeFocus++;
        }
        i++;
      }
    }
    const [from, to] = problemWindow(total, beforeFocus, options.limit ?? 0);
    const out: Diagnostic[] = [];
    let rank = 0;
    i = 0;
    for (const placed of this.placements) {
      const { entry, line, start } = placed;
      const count = entry.findings.length;
      if (count === 0) continue;
      // Whole pieces before or after the window are skipped without building their ranges.
      if (!visible && (rank + count <= from || rank >= to)) {
        rank += count;
        i += count;
        continue;
      }
      const ranges = placedRanges(entry, line);
      for (let k = 0; k < count; k++, i++) {
        if (visible && !visible[i]) continue;
        if (rank >= from && rank < to) out.push(diagnosticAt(entry.findings[k], ranges[k], version, docs, start + entry.findings[k].offset));
        rank++;
      }
    }
    if (to - from < total) out.push(limitNote(out[0]?.range.start ?? { line: 0, character: 0 }, to - from, total, this.focus !== undefined));
    return out;
  }
}

/** A piece of the last completed run, with what was found in it. */
interface PieceRecord {
  start: number;
  end: number;
  entry: PieceEntry;
  tally: MarkerTally;
}

export class ParagraphCache {
  private key = '';
  /** The request key the marker counts were made under, and the counts per piece text. */
  private tallyKey = '';
  private tallies = new Map<string, MarkerTally>();
  /** Entries by piece text, for pieces that were not found unchanged in place (see `unchangedPieces`). */
  private entries = new Map<string, PieceEntry>();
  /** The last completed run's text and pieces. */
  private previous?: { text: string; records: PieceRecord[] };
  private last = new LintedDocument([]);
  /** Pieces linted (not reused) by the last completed run, for tests and the benchmark. */
  lastLinted = 0;
  /** Characters in those pieces. */
  lastLintedChars = 0;
  /** The longest piece of the last completed run: what an edit inside it has to lint again. */
  longestPiece = 0;

  /**
   * Yields after every piece that had to be linted, so that a caller can pause, give way to newer
   * work or give up; returns the document's findings and diagnostics. The cache changes only when
   * the run completes.
   */
  *steps(request: PieceLintRequest): Generator<void, LintedDocument, void> {
    const { text } = request;
    const language = languageFromId(request.languageId);
    const config = resolveConfig(request.config);
    const pieces = splitIntoPieces(text, language);
    // Pieces that stand, unchanged, before or after the edited stretch are known without reading
    // them again; the others are looked up by their text.
    const sameTallies = request.key === this.tallyKey;
    const previous = this.previous;
    const ends = previous ? commonEnds(previous.text, text) : undefined;
    const unchanged = sameTallies && previous && ends ? unchangedPieces(previous, text, pieces, ends) : [];
    // An unchanged text (new settings) keeps the focus where the last edit left it.
    const focus = !ends ? undefined : ends[0] === text.length && text.length === previous!.text.length ? this.last.focus : ends[0];
    const slices: (string | undefined)[] = [];
    const sliceOf = (p: number): string => (slices[p] ??= text.slice(pieces[p].start, pieces[p].end));

    // Markers follow the whole document's convention, so the pieces are linted under it: counted per
    // piece (and kept for pieces that did not change), and part of the key, so that a change of
    // convention lints every piece again.
    const known = sameTallies ? this.tallies : new Map<string, MarkerTally>();
    const tallies = new Map<string, MarkerTally>();
    const pieceTallies: MarkerTally[] = [];
    const tally = emptyTally();
    for (let p = 0; p < pieces.length; p++) {
      let counted = unchanged[p]?.tally;
      if (!counted) {
        const slice = sliceOf(p);
        counted = tallies.get(slice) ?? known.get(slice) ?? tallyDocument(slice, language, config);
        tallies.set(slice, counted);
      }
      pieceTallies.push(counted);
      addTallies(tally, counted);
    }
    const todo = language === 'latex' && definesTodo(text);
    const conventions: MarkerConventions = { placement: resolvePlacement(tally, config.markerPlacement[language]), todo };

    const key = `${request.key}\u0000${JSON.stringify(conventions)}`;
    const sameKey = key === this.key;
    const reuse = sameKey ? this.entries : new Map<string, PieceEntry>();
    const next = new Map<string, PieceEntry>();
    const records: PieceRecord[] = [];
    const placements: Placement[] = [];
    const eol = lineBreakOf(text);
    let linted = 0;
    let lintedChars = 0;
    let longest = 0;
    let line = 0;
    for (let p = 0; p < pieces.length; p++) {
      let entry = sameKey ? unchanged[p]?.entry : undefined;
      if (!entry) {
        const slice = sliceOf(p);
        entry = next.get(slice) ?? reuse.get(slice);
        if (!entry) {
          // The pieces that follow and are not known either are linted with this one, in one call
          // (each call costs a set-up; a first lint has thousands of pieces). Every cut between
          // them is exact, so the group lints as its pieces would alone; its findings are shared out.
          let last = p;
          let groupChars = slice.length;
          while (last + 1 < pieces.length && groupChars < GROUP_CHARS && !(sameKey && unchanged[last + 1]) && !next.has(sliceOf(last + 1)) && !reuse.has(sliceOf(last + 1))) {
            last++;
            groupChars += sliceOf(last).length;
          }
          const groupStart = pieces[p].start;
          const groupText = last === p ? slice : text.slice(groupStart, pieces[last].end);
          const found = lint(groupText, { languageId: request.languageId, config: request.config, now: request.now, conventions });
          const groupEol = lineBreakOf(groupText);
          const shares: Finding[][] = Array.from({ length: last - p + 1 }, () => []);
          for (const f of found) shares[pieceAt(pieces, p, last, groupStart + f.offset) - p].push(f);
          for (let q = p; q <= last; q++) {
            const pieceText = sliceOf(q);
            const by = pieces[q].start - groupStart;
            const own = shares[q - p].map((f) => stored(f, by));
            const index = new LineIndex(pieceText);
            const made: PieceEntry = { findings: own, eol: groupEol, lineBreaks: index.lineCount - 1, ranges: own.map((f) => toRange(index, f.offset, f.length)) };
            if (!next.has(pieceText)) next.set(pieceText, made);
            linted++;
            lintedChars += pieceText.length;
          }
          entry = next.get(slice)!;
          yield;
        }
        next.set(slice, entry);
      }
      const { start, end } = pieces[p];
      longest = Math.max(longest, end - start);
      records.push({ start, end, entry, tally: pieceTallies[p] });
      placements.push({ entry, start, line, eol });
      line += entry.lineBreaks;
    }
    this.key = key;
    this.tallyKey = request.key;
    // Pieces found in place are kept through `previous` only: the maps hold what was read this time.
    this.tallies = tallies;
    this.entries = next;
    this.previous = { text, records };
    this.last = new LintedDocument(placements, focus);
    this.lastLinted = linted;
    this.lastLintedChars = lintedChars;
    this.longestPiece = longest;
    return this.last;
  }

  /** The same as running `steps` to the end: the findings of the whole document. */
  lint(request: PieceLintRequest): Finding[] {
    const run = this.steps(request);
    for (;;) {
      const step = run.next();
      if (step.done) return step.value.findings;
    }
  }

  /** The diagnostics of the last completed run, for `version` of the document, linking to rule pages under `docs`. */
  diagnostics(version: number, docs?: string, limit = 0): Diagnostic[] {
    return this.last.diagnostics(version, docs, { limit });
  }
}

/** Pieces not yet linted are linted together up to about this many characters. */
const GROUP_CHARS = 16_000;

/** The last of pieces[first..last] starting at or before `offset` (`first` when none does): the one that holds it. */
function pieceAt(pieces: readonly { start: number }[], first: number, last: number, offset: number): number {
  let low = first;
  let high = last;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pieces[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** How many characters two texts share at their start and at their end (not overlapping). */
function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  // Slices compared whole: V8 compares flat strings a block of memory at a time, several times
  // faster than startsWith over the same characters (a 1 MB document: ~0.3 ms against 2-15 ms).
  const CHUNK = 4096;
  let prefix = 0;
  while (prefix + CHUNK <= max && a.slice(prefix, prefix + CHUNK) === b.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix + CHUNK <= max - prefix && a.slice(a.length - suffix - CHUNK, a.length - suffix) === b.slice(b.length - suffix - CHUNK, b.length - suffix)) suffix += CHUNK;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return [prefix, suffix];
}

/**
 * For each piece of `text`, the previous run's record of the same piece when the piece lies wholly
 * in the text the two versions share at the start or at the end, and the previous run cut a piece
 * at the same place: its text is then the same, so its entry and marker counts are too.
 */
function unchangedPieces(previous: { text: string; records: readonly PieceRecord[] }, text: string, pieces: readonly { start: number; end: number }[], [prefix, suffix]: [number, number]): (PieceRecord | undefined)[] {
  const delta = text.length - previous.text.length;
  const suffixStart = text.length - suffix;
  const old = previous.records;
  const out: (PieceRecord | undefined)[] = [];
  let j = 0;
  for (let p = 0; p < pieces.length; p++) {
    const { start, end } = pieces[p];
    let target: number;
    if (end <= prefix) target = start;
    else if (start >= suffixStart) target = start - delta;
    else continue;
    while (j < old.length && old[j].start < target) j++;
    const record = old[j];
    if (record && record.start === target && record.end - record.start === end - start) out[p] = record;
  }
  return out;
}

function placedRanges(entry: PieceEntry, line: number): Range[] {
  if (line === 0) return entry.ranges;
  const memo = entry.placedRanges;
  if (memo && memo.line === line) return memo.ranges;
  const ranges = entry.ranges.map((range) => ({ start: { line: range.start.line + line, character: range.start.character }, end: { line: range.end.line + line, character: range.end.character } }));
  entry.placedRanges = { line, ranges };
  return ranges;
}

/** A piece's finding with document offsets (and the document's line break in its ignore fix). */
function placedFinding(f: Finding, placed: Placement): Finding {
  const sameEol = placed.entry.eol === placed.eol;
  if (placed.start === 0 && sameEol) return f;
  return shiftedFinding(f, placed.start, sameEol ? undefined : placed.eol);
}

/**
 * Strings kept by the cache, one copy of each: messages, fix titles and marker texts repeat across
 * findings and documents. Bounded: cleared when full, which only costs sharing.
 */
const strings = new Map<string, string>();
const MAX_STRINGS = 100_000;

function shared(value: string): string {
  let kept = strings.get(value);
  if (kept === undefined) {
    if (strings.size >= MAX_STRINGS) strings.clear();
    // A fresh flat copy: a substring of the document would keep that whole version of the text alive.
    kept = value.length > 12 ? (` ${value}`).slice(1) : value;
    strings.set(kept, kept);
  }
  return kept;
}

/** A finding as the cache keeps it, `by` characters earlier (relative to its piece), with its strings shared. */
function stored(f: Finding, by: number): Finding {
  const { explanation } = f;
  return {
    ...f,
    offset: f.offset - by,
    message: shared(f.message),
    text: shared(f.text),
    explanation: explanation.suggestion === undefined ? explanation : { ...explanation, suggestion: shared(explanation.suggestion) },
    ...(f.downgradedBecause !== undefined ? { downgradedBecause: shared(f.downgradedBecause) } : {}),
    fixes: f.fixes.map((fix) => ({ ...fix, title: shared(fix.title), edits: fix.edits.map((e) => ({ offset: e.offset - by, length: e.length, newText: shared(e.newText) })) })),
    ...(f.covers ? { covers: f.covers.map((c) => ({ ...c, text: shared(c.text), message: shared(c.message) })) } : {}),
  };
}

