// The paragraph-level cache: a document is linted piece by piece (paragraphs.ts decides where it
// can be cut), and a piece whose text, configuration and language are unchanged is not linted
// again. A piece that only moved keeps its findings, shifted; a piece that did not move keeps its
// diagnostics too. Linting a whole document piece by piece gives exactly lint() of the whole
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
import { diagnosticAt, withVersion } from './diagnostics';
import { splitIntoPieces, type Piece } from './paragraphs';

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
  /** Where the piece stood the last time it was used. */
  placed?: Placement;
}

interface Placement {
  entry: PieceEntry;
  start: number;
  line: number;
  /** The document's line break, which the ignore fixes insert. */
  eol: string;
  /** Findings with document offsets. */
  findings: Finding[];
  /** Their diagnostics (any version), built when first asked for, and the documentation base they link to. */
  diagnostics?: Diagnostic[];
  docs?: string;
}

export class ParagraphCache {
  private key = '';
  /** The request key the marker counts were made under, and the counts per piece text. */
  private tallyKey = '';
  private tallies = new Map<string, MarkerTally>();
  private entries = new Map<string, PieceEntry>();
  private placements: Placement[] = [];
  /** Pieces linted (not reused) by the last completed run, for tests and the benchmark. */
  lastLinted = 0;

  /**
   * Yields after every piece that had to be linted, so that a caller can pause, give way to newer
   * work or give up; returns the findings of the whole document with document offsets. The cache
   * changes only when the run completes.
   */
  *steps(request: PieceLintRequest): Generator<void, Finding[], void> {
    const { text } = request;
    const language = languageFromId(request.languageId);
    const pieces = splitIntoPieces(text, language);
    // Markers follow the whole document's convention, so the pieces are linted under it: counted per
    // piece (and kept for pieces that did not change), and part of the key, so that a change of
    // convention lints every piece again.
    const { tallies, conventions } = this.conventionsOf(request, pieces);
    const key = `${request.key}\u0000${JSON.stringify(conventions)}`;
    const reuse = key === this.key ? this.entries : new Map<string, PieceEntry>();
    const next = new Map<string, PieceEntry>();
    const placements: Placement[] = [];
    const eol = lineBreakOf(text);
    const findings: Finding[] = [];
    let linted = 0;
    let line = 0;
    for (const piece of pieces) {
      const slice = text.slice(piece.start, piece.end);
      let entry = next.get(slice) ?? reuse.get(slice);
      if (!entry) {
        const found = lint(slice, { languageId: request.languageId, config: request.config, now: request.now, conventions });
        const index = new LineIndex(slice);
        entry = { findings: found, lineBreaks: index.lineCount - 1, ranges: found.map((f) => toRange(index, f.offset, f.length)) };
        linted++;
        yield;
      }
      next.set(slice, entry);
      let placed = entry.placed;
      if (!placed || placed.start !== piece.start || placed.line !== line || placed.eol !== eol) {
        const pieceEol = lineBreakOf(slice);
        const moved = piece.start === 0 && pieceEol === eol ? entry.findings : entry.findings.map((f) => shifted(f, piece.start, pieceEol === eol ? undefined : eol));
        placed = { entry, start: piece.start, line, eol, findings: moved };
      }
      placements.push(placed);
      for (const f of placed.findings) findings.push(f);
      line += entry.lineBreaks;
    }
    for (const placed of placements) placed.entry.placed = placed;
    this.key = key;
    this.tallyKey = request.key;
    this.tallies = tallies;
    this.entries = next;
    this.placements = placements;
    this.lastLinted = linted;
    return findings;
  }

  private conventionsOf(request: PieceLintRequest, pieces: readonly Piece[]): { tallies: Map<string, MarkerTally>; conventions: MarkerConventions } {
    const language = languageFromId(request.languageId);
    const config = resolveConfig(request.config);
    const known = request.key === this.tallyKey ? this.tallies : new Map<string, MarkerTally>();
    const tallies = new Map<string, MarkerTally>();
    const tally = emptyTally();
    for (const piece of pieces) {
      const slice = request.text.slice(piece.start, piece.end);
      const counted = tallies.get(slice) ?? known.get(slice) ?? tallyDocument(slice, language, config);
      tallies.set(slice, counted);
      addTallies(tally, counted);
    }
    const todo = language === 'latex' && definesTodo(request.text);
    return { tallies, conventions: { placement: resolvePlacement(tally, config.markerPlacement[language]), todo } };
  }

  /** The same as running `steps` to the end. */
  lint(request: PieceLintRequest): Finding[] {
    const run = this.steps(request);
    for (;;) {
      const step = run.next();
      if (step.done) return step.value;
    }
  }

  /** The diagnostics of the last completed run, for `version` of the document, linking to rule pages under `docs`. */
  diagnostics(version: number, docs?: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const placed of this.placements) {
      if (!placed.diagnostics || placed.docs !== docs) {
        placed.diagnostics = placedDiagnostics(placed, docs);
        placed.docs = docs;
      }
      for (const d of placed.diagnostics) out.push(withVersion(d, version));
    }
    return out;
  }
}

function placedDiagnostics(placed: Placement, docs: string | undefined): Diagnostic[] {
  const { entry, line } = placed;
  return placed.findings.map((finding, i) => {
    const range = entry.ranges[i];
    return diagnosticAt(finding, line === 0 ? range : { start: { line: range.start.line + line, character: range.start.character }, end: { line: range.end.line + line, character: range.end.character } }, null, docs);
  });
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

