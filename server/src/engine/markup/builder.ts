// Shared machinery for the markup readers: a copy of the source that markup gets blanked out of,
// plus the blocks, citations, quotations and directives found on the way.

import type { Block, BlockKind, Directive, ProseView, Span } from './proseView';

export const SPACE = 32;
export const LF = 10;
export const CR = 13;
export const QUOTE = 34;

export function isSpaceOrTab(c: number): boolean {
  return c === SPACE || c === 9;
}

/** Whitespace as the readers see it: space, tab, line breaks, form feed, vertical tab. */
export function isWhitespace(c: number): boolean {
  return c === SPACE || (c >= 9 && c <= 13);
}

function isBlankInText(c: number): boolean {
  return c <= SPACE || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}

/** A letter or digit, Unicode included (used for word boundaries). */
export function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiAlnum(c);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

export function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** End of the line that contains `i` (the offset of its `\n` or `\r`, or `limit`). */
export function lineEnd(src: string, i: number, limit = src.length): number {
  while (i < limit) {
    const c = src.charCodeAt(i);
    if (c === LF || c === CR) return i;
    i++;
  }
  return limit;
}

/** Offset just past the line break at `i` (`\r\n`, `\n` or `\r`), or `i` when there is none. */
export function skipLineBreak(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c === CR) return src.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  if (c === LF) return i + 1;
  return i;
}

/** True when the characters from `from` to the end of the line are all spaces or tabs. */
export function restOfLineBlank(src: string, from: number, limit = src.length): boolean {
  for (let i = from; i < limit; i++) {
    const c = src.charCodeAt(i);
    if (c === LF || c === CR) return true;
    if (!isSpaceOrTab(c)) return false;
  }
  return true;
}

/** Compares `src` at `i` with a lower-case ASCII word, ignoring case. */
export function startsWithIgnoreCase(src: string, i: number, lowerWord: string): boolean {
  if (i + lowerWord.length > src.length) return false;
  for (let k = 0; k < lowerWord.length; k++) {
    let c = src.charCodeAt(i + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lowerWord.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * `indexOf` with a memory: asking again from a later offset that the previous answer already covers
 * costs nothing, so many openers looking for the same closer stay linear.
 */
export class Finder {
  private readonly memo = new Map<string, { from: number; at: number }>();
  constructor(private readonly src: string) {}

  indexOf(needle: string, from: number): number {
    const m = this.memo.get(needle);
    if (m && from >= m.from && (m.at < 0 || from <= m.at)) return m.at;
    const at = this.src.indexOf(needle, from);
    this.memo.set(needle, { from, at });
    return at;
  }

  /** End of the line holding `from`: its `\n` or `\r`, or the end of the text. */
  lineEnd(from: number): number {
    const lf = this.indexOf('\n', from);
    const cr = this.indexOf('\r', from);
    if (lf < 0) return cr < 0 ? this.src.length : cr;
    return cr < 0 ? lf : Math.min(lf, cr);
  }

  /**
   * The next `</name` (any case) at or after `from`, followed by `>`, whitespace or `/`.
   * Returns the offset of `<` and the offset just past the closing `>` (or -1 when there is none).
   */
  closeTag(name: string, from: number): { start: number; end: number } | null {
    const key = '\u0000' + name;
    const m = this.memo.get(key);
    if (m && from >= m.from && m.at < 0) return null;
    let k = from;
    for (;;) {
      k = this.indexOf('</', k);
      if (k < 0) {
        this.memo.set(key, { from, at: -1 });
        return null;
      }
      const after = k + 2 + name.length;
      if (startsWithIgnoreCase(this.src, k + 2, name)) {
        const c = this.src.charCodeAt(after);
        if (after >= this.src.length || c === 62 || c === 47 || isWhitespace(c)) {
          const gt = this.indexOf('>', after);
          return { start: k, end: gt < 0 ? this.src.length : gt + 1 };
        }
      }
      k += 2;
    }
  }
}

/** Reads the body of a comment as a `whosays-…` directive. */
export function parseDirective(body: string, offset: number): Directive | null {
  const m = /^\s*whosays-(ignore-next-line|disable)(?=\s|$)/.exec(body.length > 400 ? body.slice(0, 400) : body);
  if (!m) return null;
  let rest = body.slice(m[0].length);
  const dashes = rest.indexOf('--');
  if (dashes >= 0) rest = rest.slice(0, dashes); // `-- why` explains, it names no rule
  const rules = rest.split(/[\s,]+/).filter((r) => r.length > 0);
  return { kind: m[1] === 'disable' ? 'disable' : 'ignore-next-line', rules, offset };
}

export class ViewBuilder {
  readonly src: string;
  readonly length: number;
  /** The future `text`, one UTF-16 code unit per source code unit. */
  readonly out: Uint16Array;
  readonly citations: Span[] = [];
  readonly quotations: Span[] = [];
  readonly directives: Directive[] = [];
  readonly uncommentable: Span[] = [];
  /** Whether the source holds surrogates: a lone one would not survive a TextDecoder. */
  private readonly surrogates: boolean;
  private readonly bOffsets: number[] = [];
  private readonly bKinds: BlockKind[] = [];

  constructor(src: string) {
    this.src = src;
    this.length = src.length;
    const out = new Uint16Array(src.length);
    let surrogates = false;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      out[i] = c;
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    }
    this.out = out;
    this.surrogates = surrogates;
  }

  /** Replaces `[start, end)` by spaces, keeping line breaks. */
  blank(start: number, end: number): void {
    const out = this.out;
    if (start < 0) start = 0;
    if (end > this.length) end = this.length;
    for (let i = start; i < end; i++) {
      const c = out[i];
      if (c !== LF && c !== CR) out[i] = SPACE;
    }
  }

  set(i: number, code: number): void {
    if (i >= 0 && i < this.length) this.out[i] = code;
  }

  /** True when the reader already turned a non-space source character into a space. */
  wasBlanked(i: number): boolean {
    return this.out[i] === SPACE && this.src.charCodeAt(i) !== SPACE;
  }

  /**
   * A block boundary: whatever comes from `offset` on starts a new block of `kind`. Blocks are the
   * stretches between boundaries, trimmed; empty ones are dropped. At one offset the last call wins.
   */
  boundary(offset: number, kind: BlockKind = 'paragraph'): number {
    this.bOffsets.push(offset);
    this.bKinds.push(kind);
    return this.bOffsets.length - 1;
  }

  /** Changes the kind of a boundary already set (a Markdown setext underline turns a paragraph into a heading). */
  setBoundaryKind(index: number, kind: BlockKind): void {
    if (index >= 0 && index < this.bKinds.length) this.bKinds[index] = kind;
  }

  cite(start: number, end: number): void {
    if (end > start) this.citations.push({ start, end: Math.min(end, this.length) });
  }

  quote(start: number, end: number): void {
    if (end > start) this.quotations.push({ start, end: Math.min(end, this.length) });
  }

  directive(d: Directive | null): void {
    if (d) this.directives.push(d);
  }

  /** Blanks a comment and records the directive it may hold. */
  comment(start: number, bodyStart: number, bodyEnd: number, end: number): void {
    this.directive(parseDirective(this.src.slice(bodyStart, bodyEnd), start));
    this.blank(start, end);
    this.opaque(start, end);
  }

  /**
   * [start, end) is a construct that a comment put inside would not be a comment in, or would break
   * (another comment, a tag, script text, CDATA, verbatim text): a line that starts inside it gets no
   * ignore fix (ProseView.uncommentable). Only constructs that span lines are recorded.
   */
  opaque(start: number, end: number): void {
    const src = this.src;
    for (let k = start + 1; k < end - 1; k++) {
      const c = src.charCodeAt(k);
      if (c === 10 || c === 13) {
        this.uncommentable.push({ start: start + 1, end });
        return;
      }
    }
  }

  finish(): ProseView {
    return {
      text: this.text(),
      blocks: this.blocks(),
      citations: byStart(this.citations),
      quotations: merged(this.quotations),
      directives: this.directives.sort((a, b) => a.offset - b.offset),
      ...(this.uncommentable.length > 0 ? { uncommentable: merged(this.uncommentable) } : {}),
    };
  }

  private text(): string {
    if (!this.surrogates && typeof TextDecoder !== 'undefined') return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(this.out);
    const parts: string[] = [];
    const CHUNK = 8192;
    for (let i = 0; i < this.length; i += CHUNK) {
      parts.push(String.fromCharCode.apply(null, this.out.subarray(i, Math.min(i + CHUNK, this.length)) as unknown as number[]));
    }
    return parts.join('');
  }

  private blocks(): Block[] {
    let offsets = this.bOffsets;
    let kinds = this.bKinds;
    let sorted = true;
    for (let k = 1; k < offsets.length; k++) {
      if (offsets[k] < offsets[k - 1]) {
        sorted = false;
        break;
      }
    }
    if (!sorted) {
      const order = offsets.map((_, k) => k).sort((a, b) => offsets[a] - offsets[b] || a - b);
      offsets = order.map((k) => this.bOffsets[k]);
      kinds = order.map((k) => this.bKinds[k]);
    }
    const blocks: Block[] = [];
    const out = this.out;
    const push = (start: number, end: number, kind: BlockKind) => {
      start = Math.max(0, start);
      end = Math.min(this.length, end);
      while (start < end && isBlankInText(out[start])) start++;
      while (end > start && isBlankInText(out[end - 1])) end--;
      if (end > start) blocks.push({ start, end, kind });
    };
    let start = 0;
    let kind: BlockKind = 'paragraph';
    for (let k = 0; k < offsets.length; k++) {
      const at = offsets[k];
      if (at > start) push(start, at, kind);
      if (at >= start) {
        start = at;
        kind = kinds[k];
      }
    }
    push(start, this.length, kind);
    return blocks;
  }
}

/**
 * Sorted by start, nested spans kept: a marker inside link text or a `<cite>` cites the sentence it
 * stands in even when that sentence starts after the outer span does (lint asks which spans start
 * in a sentence).
 */
function byStart(spans: Span[]): Span[] {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Sorted, overlapping or nested spans merged. */
function merged(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else kept.push({ start: s.start, end: s.end });
  }
  return kept;
}

/** Offset just past an HTML character reference at `i` (`&amp;`, `&#8220;`, `&#x201C;`), or -1. */
export function matchEntity(src: string, i: number, limit: number): number {
  let k = i + 1;
  const max = Math.min(limit, i + 34);
  if (src.charCodeAt(k) === 35) {
    k++;
    let hex = false;
    if (src.charCodeAt(k) === 120 || src.charCodeAt(k) === 88) {
      hex = true;
      k++;
    }
    const digitsStart = k;
    while (k < max) {
      const c = src.charCodeAt(k);
      if (isAsciiDigit(c) || (hex && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)))) k++;
      else break;
    }
    if (k === digitsStart || k - digitsStart > 7) return -1;
  } else {
    if (!isAsciiLetter(src.charCodeAt(k))) return -1;
    while (k < max && isAsciiAlnum(src.charCodeAt(k))) k++;
  }
  return src.charCodeAt(k) === 59 ? k + 1 : -1;
}

const QUOTE_ENTITIES = new Set(['&quot;', '&ldquo;', '&rdquo;', '&bdquo;', '&#34;', '&#x22;', '&#8220;', '&#8221;', '&#x201c;', '&#x201d;']);

/** Blanks an entity, except that a double-quote entity keeps a `"` in its first character. */
export function blankEntity(b: ViewBuilder, start: number, end: number): void {
  b.blank(start, end);
  if (end - start <= 8 && QUOTE_ENTITIES.has(b.src.slice(start, end).toLowerCase())) b.set(start, QUOTE);
}

/** The character helpers in one object, for modules that copy them into local bindings (see the readers). */
export const chars = {
  isSpaceOrTab, isWhitespace, isAsciiLetter, isAsciiDigit, isAsciiAlnum, isAsciiPunctuation, isWordChar, lineEnd, skipLineBreak,
  restOfLineBlank, startsWithIgnoreCase, matchEntity, blankEntity, parseDirective,
};
