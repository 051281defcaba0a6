// A file's part of the sourcing report: what the page needs of the text besides the findings, built
// where the file is linted (a worker thread, maybe) only when a report is asked for, so that a lint
// run pays nothing for it. Plain data, small: the text itself stays where it was read.

import { outlineDocument } from '../../engine/outline';
import type { BlockKind } from '../../engine/markup';
import { LineIndex } from '../../engine/lineIndex';
import { firstAtOrAfter } from '../../engine/text/search';

export interface ReportParagraph {
  /** UTF-16 offset into the text as decoded, and length. */
  offset: number;
  length: number;
  /** One-based line of its start. */
  line: number;
  kind: BlockKind;
  words: number;
  /** Its sentences that name their source (engine/outline.ts). */
  attributed: number;
  /** Its start, whitespace collapsed, cut at EXCERPT_CHARS. */
  excerpt: string;
}

/** A finding's sentence around it, whitespace collapsed, markup blanked: `before` + `flagged` + `after`. */
export interface FindingContext {
  before: string;
  flagged: string;
  after: string;
}

export interface ReportPart {
  /** Words of the prose (markup, code and citations not counted). */
  words: number;
  /** Sentences that name their source. */
  attributed: number;
  /** The prose blocks in order, up to MAX_PARAGRAPHS. */
  paragraphs: ReportParagraph[];
  /** Blocks past MAX_PARAGRAPHS, not listed. */
  omittedParagraphs: number;
  /** One per finding of the file, in the findings' order. */
  contexts: FindingContext[];
}

/** The sourcing map of one document shows at most this many paragraphs: a map of a book is no map. */
export const MAX_PARAGRAPHS = 2000;
export const EXCERPT_CHARS = 120;
/** Characters kept on each side of the flagged words, and of the flagged words themselves. */
const SIDE_CHARS = 110;
const FLAGGED_CHARS = 160;

/** The report part of `text` (read as `languageId`), whose findings, sorted, span `findings`. */
export function reportPart(text: string, languageId: string, findings: ReadonlyArray<{ offset: number; length: number }>): ReportPart {
  const outline = outlineDocument(text, languageId);
  const lines = new LineIndex(text);
  const shown = outline.blocks.slice(0, MAX_PARAGRAPHS);
  const paragraphs = shown.map((b) => ({
    offset: b.start,
    length: b.end - b.start,
    line: lines.lineAt(b.start) + 1,
    kind: b.kind,
    words: b.words,
    attributed: b.attributed,
    excerpt: cutEnd(collapse(outline.prose.slice(b.start, Math.min(b.end, b.start + EXCERPT_CHARS * 4))), EXCERPT_CHARS),
  }));
  const { sentences, prose } = outline;
  const contexts = findings.map((f) => {
    // The last sentence starting at or before the finding; a finding lies inside its sentence.
    const found = firstAtOrAfter(sentences, f.offset + 1, (s) => s.start) - 1;
    const sentence = found >= 0 && f.offset < sentences[found].end ? sentences[found] : undefined;
    const from = sentence?.start ?? Math.max(0, f.offset - SIDE_CHARS);
    const to = Math.max(f.offset + f.length, sentence?.end ?? Math.min(prose.length, f.offset + f.length + SIDE_CHARS));
    return {
      before: cutStart(collapseStart(prose.slice(Math.max(from, f.offset - SIDE_CHARS * 4), f.offset)), SIDE_CHARS),
      flagged: cutMiddle(collapse(prose.slice(f.offset, f.offset + f.length)).trim(), FLAGGED_CHARS),
      after: cutEnd(collapseEnd(prose.slice(f.offset + f.length, Math.min(to, f.offset + f.length + SIDE_CHARS * 4))), SIDE_CHARS),
    };
  });
  return {
    words: outline.words,
    attributed: outline.sentences.reduce((n, s) => n + (s.attributed ? 1 : 0), 0),
    paragraphs,
    omittedParagraphs: outline.blocks.length - shown.length,
    contexts,
  };
}

/**
 * Runs of white space as one space, and none before a stop or a comma: the prose view blanks
 * markup and citations where they stood ("in 1911[3]." reads "in 1911 .").
 */
function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/ (?=[.,;:!?])/g, '');
}

function collapse(text: string): string {
  return flatten(text).trim();
}

/** Flattened, the leading space dropped; a space before the flagged words stays. */
function collapseStart(text: string): string {
  return flatten(text).replace(/^ /, '');
}

function collapseEnd(text: string): string {
  return flatten(text).replace(/ $/, '');
}

/** `at`, moved back off the second half of a surrogate pair: a cut never splits a character. */
function boundary(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** The last `max` characters, from a word start, after an ellipsis. */
function cutStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const tail = text.slice(boundary(text, text.length - max));
  const space = tail.indexOf(' ');
  return `…${space > 0 && space < max / 2 ? tail.slice(space) : tail}`;
}

/** The first `max` characters, up to a word end, and an ellipsis. */
function cutEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, boundary(text, max));
  const space = head.lastIndexOf(' ');
  return `${space > max / 2 ? head.slice(0, space) : head}…`;
}

function cutMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, boundary(text, half))}…${text.slice(boundary(text, text.length - half))}`;
}
