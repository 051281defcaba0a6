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
import { splitIntoPieces } from './paragraphs';

export interface PieceLintRequest {
  text: string;
  languageId: string;
  config: Partial<EngineConfig>;
  /** Identifies the configuration, language and marker date: findings are reused only under the same key. */
  key: string;
  now: Date;
}

interface PieceEntry {
  /** Findings with offsets into the piece. */
  findings: Finding[];
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
  /** The piece's own line break. */
  pieceEol: string;
}

/**
 * The outcome of one run over a whole document: where each piece stood and what it holds. The
 * findings with document offsets and the diagnostics are built from it only when asked for, so
 * that an edit that moves every later paragraph by one character copies nothing.
 */
export class LintedDocument {
  private all?: Finding[];

  constructor(private readonly placements: readonly Placement[]) {}

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
    const placements = this.placements;
    // The last piece starting at or before the offset.
    let low = 0;
    let high = placements.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (placements[mid].start <= offset) low = mid;
      else high = mid - 1;
    }
    const placed = placements[low];
    if (!placed || placed.start > offset) return undefined;
    const found = placed.entry.findings.find((f) => f.offset === offset - placed.start && f.rule === rule);
    return found && placedFinding(found, placed);
  }

  /** The diagnostics for `version` of the document, linking to rule pages under `docs`. */
  diagnostics(version: number | null, docs?: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const placed of this.placements) {
      const { entry, line, start } = placed;
      if (entry.findings.length === 0) continue;
      const ranges = placedRanges(entry, line);
      for (let i = 0; i < entry.findings.length; i++) {
        const finding = entry.findings[i];
        out.push(diagnosticAt(finding, ranges[i], version, docs, start + finding.offset));
      }
    }
    return out;
  }
}

export class ParagraphCache {
  private key = '';
  /** The request key the marker counts were made under, and the counts per piece text. */
  private tallyKey = '';
  private tallies = new Map<string, MarkerTally>();
  private entries = new Map<string, PieceEntry>();
  private last = new LintedDocument([]);
  /** Pieces linted (not reused) by the last completed run, for tests and the benchmark. */
  lastLinted = 0;

  /**
   * Yields after every piece that had to be linted, so that a caller can pause, give way to newer
   * work or give up; returns the document's findings and diagnostics. The cache changes only when
   * the run completes.
   */
  *steps(request: PieceLintRequest): Generator<void, LintedDocument, void> {
    const { text } = request;
    const language = languageFromId(request.languageId);
    const pieces = splitIntoPieces(text, language);
    const slices = pieces.map((piece) => text.slice(piece.start, piece.end));
    // Markers follow the whole document's convention, so the pieces are linted under it: counted per
    // piece (and kept for pieces that did not change), and part of the key, so that a change of
    // convention lints every piece again.
    const { tallies, conventions } = this.conventionsOf(request, slices);
    const key = `${request.key}\u0000${JSON.stringify(conventions)}`;
    const reuse = key === this.key ? this.entries : new Map<string, PieceEntry>();
    const next = new Map<string, PieceEntry>();
    const placements: Placement[] = [];
    const eol = lineBreakOf(text);
    let linted = 0;
    let line = 0;
    for (let p = 0; p < pieces.length; p++) {
      const slice = slices[p];
      let entry = next.get(slice) ?? reuse.get(slice);
      if (!entry) {
        const found = lint(slice, { languageId: request.languageId, config: request.config, now: request.now, conventions });
        const index = new LineIndex(slice);
        entry = { findings: found, lineBreaks: index.lineCount - 1, ranges: found.map((f) => toRange(index, f.offset, f.length)) };
        linted++;
        yield;
      }
      next.set(slice, entry);
      placements.push({ entry, start: pieces[p].start, line, eol, pieceEol: entry.findings.length > 0 ? lineBreakOf(slice) : eol });
      line += entry.lineBreaks;
    }
    this.key = key;
    this.tallyKey = request.key;
    this.tallies = tallies;
    this.entries = next;
    this.last = new LintedDocument(placements);
    this.lastLinted = linted;
    return this.last;
  }

  private conventionsOf(request: PieceLintRequest, slices: readonly string[]): { tallies: Map<string, MarkerTally>; conventions: MarkerConventions } {
    const language = languageFromId(request.languageId);
    const config = resolveConfig(request.config);
    const known = request.key === this.tallyKey ? this.tallies : new Map<string, MarkerTally>();
    const tallies = new Map<string, MarkerTally>();
    const tally = emptyTally();
    for (const slice of slices) {
      const counted = tallies.get(slice) ?? known.get(slice) ?? tallyDocument(slice, language, config);
      tallies.set(slice, counted);
      addTallies(tally, counted);
    }
    const todo = language === 'latex' && definesTodo(request.text);
    return { tallies, conventions: { placement: resolvePlacement(tally, config.markerPlacement[language]), todo } };
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
  diagnostics(version: number, docs?: string): Diagnostic[] {
    return this.last.diagnostics(version, docs);
  }
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
  if (placed.start === 0 && placed.pieceEol === placed.eol) return f;
  return shifted(f, placed.start, placed.pieceEol === placed.eol ? undefined : placed.eol);
}

function shifted(f: Finding, by: number, eol: string | undefined): Finding {
  return {
    ...f,
    offset: f.offset + by,
    fixes: f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({
        offset: e.offset + by,
        length: e.length,
        newText: eol !== undefined && fix.kind === 'ignore' ? e.newText.replace(/(?:\r\n|\r|\n)$/, eol) : e.newText,
      })),
    })),
  };
}
