// Linting a very long document part by part. The engine's working memory grows with the text it is
// given (the text, its prose view, its sentences and findings; tokens only of the block at hand), so
// past WHOLE_UP_TO one lint() call would take the process past 300 MB. Cut where the language server's paragraph
// cache cuts (lsp/paragraphs.ts: a piece lints alone exactly as inside the whole), grouped into parts
// of about PART_CHARS, the findings are the same and the heap stays that of one part.
//
// LaTeX, HTML and wikitext are never cut (their environments span blank lines): they are linted whole.

import { languageFromId, lint, resolveConfig } from '../engine/index';
import { lineBreakOf } from '../engine/lineIndex';
import { addTallies, definesTodo, emptyTally, resolvePlacement, tallyDocument } from '../engine/markerPlacement';
import type { EngineConfig, Finding, MarkerConventions } from '../engine/types';
import { shiftedFinding, splitIntoPieces, type Piece } from '../lsp/paragraphs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Up to this length a document is linted whole. The engine keeps only one block's tokens alive, so
 * 10 MB of news peaks near 225 MB for the whole process; parts (with a full collection after each)
 * would bring that to about 170 MB but take some 40% longer. Beyond it, memory would pass 300 MB.
 */
export const WHOLE_UP_TO = 16_000_000;

/** Characters per part beyond WHOLE_UP_TO: the heap of one lint() call stays in the tens of megabytes. */
export const PART_CHARS = 4_000_000;

/** A part this long leaves enough garbage to be worth a full collection (tens of milliseconds). */
const COLLECT_AFTER_CHARS = 256 * 1024;

export interface PartsOptions {
  languageId: string;
  config: Partial<EngineConfig>;
  /** The date of dated markers, the same for every part. */
  now: Date;
  /** For tests: smaller parts. */
  partChars?: number;
  /** For tests: the longest text linted whole (the part size when parts are given). */
  wholeUpTo?: number;
}

/** lint(text) with the same result, in parts of about `partChars` characters where the text can be cut. */
export function lintInParts(text: string, options: PartsOptions): Finding[] {
  const partChars = options.partChars ?? PART_CHARS;
  const whole = (): Finding[] => lint(text, { languageId: options.languageId, config: options.config, now: options.now });
  if (text.length <= (options.wholeUpTo ?? (options.partChars ?? WHOLE_UP_TO))) return whole();
  const language = languageFromId(options.languageId);
  const pieces = splitIntoPieces(text, language);
  if (pieces.length === 1) return whole();

  // Markers follow the whole document's convention: counted piece by piece, as the paragraph cache
  // counts them (the counts add up), then every part is linted under it.
  const config = resolveConfig(options.config);
  const tally = emptyTally();
  for (const piece of pieces) addTallies(tally, tallyDocument(text.slice(piece.start, piece.end), language, config));
  const conventions: MarkerConventions = {
    placement: resolvePlacement(tally, config.markerPlacement[language]),
    todo: language === 'latex' && definesTodo(text),
  };

  const eol = lineBreakOf(text);
  const findings: Finding[] = [];
  for (const part of groupPieces(pieces, partChars)) {
    const slice = text.slice(part.start, part.end);
    const found = lint(slice, { languageId: options.languageId, config: options.config, now: options.now, conventions });
    const partEol = lineBreakOf(slice);
    if (part.start === 0 && partEol === eol) {
      for (const f of found) findings.push(f);
    } else {
      for (const f of found) findings.push(shiftedFinding(f, part.start, partEol === eol ? undefined : eol));
    }
    // Each part's tokens and sentences are garbage once it is linted, but V8 lets the heap grow to
    // several times what is live before a full collection: collected here, the heap stays small.
    if (slice.length >= COLLECT_AFTER_CHARS) collectGarbage();
  }
  return findings;
}

let gc: (() => void) | undefined;

/** A full garbage collection (V8's `gc`, exposed the first time it is needed). */
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** Consecutive pieces joined into parts of at least `partChars` characters (the last may be shorter). */
function groupPieces(pieces: readonly Piece[], partChars: number): Piece[] {
  const parts: Piece[] = [];
  let start = pieces[0].start;
  for (const piece of pieces) {
    if (piece.start - start >= partChars) {
      parts.push({ start, end: piece.start });
      start = piece.start;
    }
  }
  parts.push({ start, end: pieces[pieces.length - 1].end });
  return parts;
}

