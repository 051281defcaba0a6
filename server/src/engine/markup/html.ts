// HTML: tags, comments and code-like elements are blanked; entities are blanked (double-quote
// entities keep a `"`); block-level elements end blocks; `<blockquote>` and `<q>` are quotations;
// `<a href>`, `<cite>` and reference superscripts are citations. The tag machinery is shared with
// the Markdown and wikitext readers, which allow raw HTML.

import { Finder, ViewBuilder, chars, parseDirective } from './builder';
import * as inlineCitations from './inlineCitations';
import type { BlockKind, ProseView } from './proseView';

// Hot helpers as local bindings: under a CommonJS transform (tsx, which runs the tests and scripts)
// every use of an imported binding goes through a getter, which costs several times over in
// per-character loops. The bundled build is not affected either way.
const { blankEntity, isAsciiAlnum, isAsciiLetter, isWhitespace, matchEntity } = chars;
const { takeInlineCitation } = inlineCitations;

export interface HtmlTag {
  start: number;
  /** Offset just past `>`. */
  end: number;
  /** Lower-case. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Where the attributes start (just after the name). */
  attrStart: number;
}

/** Elements whose content is not prose. */
export const HTML_RAW_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'pre', 'code', 'kbd', 'samp', 'var', 'noscript', 'template', 'svg', 'math', 'textarea', 'iframe', 'object',
]);

/**
 * Elements blanked whole whose content an HTML parser still reads as markup, so a comment in them is
 * a comment (unlike in script, style or textarea): its directive counts.
 */
const PARSED_RAW_ELEMENTS: ReadonlySet<string> = new Set(['pre', 'code', 'kbd', 'samp', 'var', 'template', 'svg', 'math', 'object']);

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'embed', 'source', 'track', 'param']);

/** Elements that end a block, and the kind of block they open. */
export const HTML_BLOCK_KINDS: ReadonlyMap<string, BlockKind> = new Map<string, BlockKind>([
  ...['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'details', 'summary', 'form', 'fieldset',
    'ul', 'ol', 'dl', 'menu', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure', 'center', 'blockquote', 'body', 'html', 'head', 'hgroup', 'poem'].map(
    (n) => [n, 'paragraph'] as [string, BlockKind],
  ),
  ...['li', 'dd', 'dt'].map((n) => [n, 'list-item'] as [string, BlockKind]),
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title'].map((n) => [n, 'heading'] as [string, BlockKind]),
  ...['td', 'th'].map((n) => [n, 'table-cell'] as [string, BlockKind]),
  ...['figcaption', 'caption', 'legend'].map((n) => [n, 'caption'] as [string, BlockKind]),
]);

/**
 * The tag starting at `i` (`<name ...>` or `</name>`), or null when `<` does not start one. Quoted
 * attribute values may hold `>`; a tag never spans another `<` outside quotes.
 */
export function parseTagAt(src: string, i: number, limit: number, finder: Finder): HtmlTag | null {
  let k = i + 1;
  let closing = false;
  if (src.charCodeAt(k) === 47) {
    closing = true;
    k++;
  }
  if (k >= limit || !isAsciiLetter(src.charCodeAt(k))) return null;
  const nameStart = k;
  while (k < limit) {
    const c = src.charCodeAt(k);
    if (isAsciiAlnum(c) || c === 45 || c === 58 || c === 95) k++;
    else break;
  }
  const name = src.slice(nameStart, k).toLowerCase();
  const attrStart = k;
  if (k < limit) {
    const c = src.charCodeAt(k);
    if (!(isWhitespace(c) || c === 47 || c === 62)) return null;
  }
  while (k < limit) {
    const c = src.charCodeAt(k);
    if (c === 62) return { start: i, end: k + 1, name, closing, selfClosing: src.charCodeAt(k - 1) === 47, attrStart };
    if (c === 34 || c === 39) {
      const q = finder.indexOf(c === 34 ? '"' : "'", k + 1);
      if (q < 0 || q >= limit) return null;
      k = q + 1;
      continue;
    }
    if (c === 60) return null;
    k++;
  }
  return null;
}

function attributes(src: string, tag: HtmlTag): string {
  return src.slice(tag.attrStart, tag.end - 1);
}

interface OpenElement {
  name: string;
  start: number;
  /** The kind of block this element opens, if it is a block element. */
  kind: BlockKind | undefined;
  /** The kind of block text directly inside it belongs to. */
  inner: BlockKind;
  quote: boolean;
  cite: boolean;
  /** Citations recorded when a `<sup>` opened: one more by its end makes the `<sup>` a citation. */
  citesAtOpen: number;
}

/** Follows open elements so that closing tags can end quotations, citations and blocks. */
export class HtmlTracker {
  private readonly stack: OpenElement[] = [];
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly b: ViewBuilder,
    private readonly finder: Finder,
    private readonly raw: ReadonlySet<string> = HTML_RAW_ELEMENTS,
    /** Whether an unclosed code-like element runs to the limit (as in a browser) or only its tag is blanked. */
    private readonly rawRunsToLimit = true,
    /** Raw elements whose comments are read for directives. */
    private readonly commentsIn: ReadonlySet<string> = new Set(),
  ) {}

  /** The kind of block that text at the current position belongs to. */
  get kind(): BlockKind {
    const top = this.stack[this.stack.length - 1];
    return top ? top.inner : 'paragraph';
  }

  /** Blanks a tag and acts on it. Returns the offset where scanning resumes. */
  onTag(tag: HtmlTag, limit: number): number {
    const b = this.b;
    const src = b.src;
    b.blank(tag.start, tag.end);
    b.opaque(tag.start, tag.end);
    const name = tag.name;
    if (!tag.closing) {
      if (this.raw.has(name) && !tag.selfClosing) {
        const close = this.finder.closeTag(name, tag.end);
        const end = close && close.start < limit ? Math.min(close.end, limit) : this.rawRunsToLimit ? limit : tag.end;
        b.blank(tag.start, end);
        if (this.commentsIn.has(name)) this.directivesIn(tag.end, close && close.start < end ? close.start : end);
        else b.opaque(tag.start, end);
        return end;
      }
      if (VOID_ELEMENTS.has(name) || tag.selfClosing) {
        if (name === 'br' || name === 'hr') b.boundary(tag.start, this.kind);
        return tag.end;
      }
      if (name === 'sup' && /\bclass\s*=\s*["']?[^"'>]*\breference\b/i.test(attributes(src, tag))) {
        const close = this.finder.closeTag('sup', tag.end);
        const end = close && close.start < limit ? Math.min(close.end, limit) : tag.end;
        b.blank(tag.start, end);
        b.cite(tag.start, end);
        return end;
      }
      const kind = HTML_BLOCK_KINDS.get(name);
      const quote = name === 'blockquote' || name === 'q';
      const cite = name === 'cite' || (name === 'a' && /(?:^|\s)href\s*=/i.test(attributes(src, tag)));
      if (kind === undefined && !quote && !cite && name !== 'sup') return tag.end;
      if (kind !== undefined) b.boundary(tag.start, kind);
      this.stack.push({ name, start: tag.start, kind, inner: kind ?? this.kind, quote, cite, citesAtOpen: b.citations.length });
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      return tag.end;
    }
    if (!this.counts.get(name)) {
      // A closing tag nothing opened: still a block end for block elements.
      if (HTML_BLOCK_KINDS.has(name)) b.boundary(tag.start, this.kind);
      return tag.end;
    }
    let wasBlock = false;
    for (;;) {
      const open = this.stack.pop()!;
      this.counts.set(open.name, this.counts.get(open.name)! - 1);
      const matched = open.name === name;
      this.finalize(open, matched ? tag.end : tag.start);
      if (open.kind !== undefined) wasBlock = true;
      if (matched) break;
    }
    if (wasBlock) b.boundary(tag.start, this.kind);
    return tag.end;
  }

  /** Records the directives of the comments in [start, end). */
  private directivesIn(start: number, end: number): void {
    const src = this.b.src;
    for (let k = this.finder.indexOf('<!--', start); k >= 0 && k < end; ) {
      const close = this.finder.indexOf('-->', k + 4);
      this.b.directive(parseDirective(src.slice(k + 4, close < 0 || close > end ? end : close), k));
      if (close < 0 || close >= end) break;
      k = this.finder.indexOf('<!--', close + 3);
    }
  }

  /** Ends whatever is still open at `end` (the end of the document). */
  closeAll(end: number): void {
    while (this.stack.length > 0) this.finalize(this.stack.pop()!, end);
    this.counts.clear();
  }

  private finalize(open: OpenElement, end: number): void {
    if (open.quote) this.b.quote(open.start, end);
    if (open.cite) this.b.cite(open.start, end);
    if (open.name === 'sup' && this.b.citations.length > open.citesAtOpen) this.b.cite(open.start, end);
  }
}

/**
 * Handles `<` at `i`: a comment, a declaration, a processing instruction, CDATA or a tag. Returns the
 * offset where scanning resumes, or -1 when `<` is just a character.
 */
export function handleAngle(b: ViewBuilder, tracker: HtmlTracker, finder: Finder, i: number, limit: number): number {
  const src = b.src;
  const next = src.charCodeAt(i + 1);
  if (next === 33 /* ! */) {
    if (src.startsWith('<!--', i)) {
      const close = finder.indexOf('-->', i + 4);
      const end = close < 0 || close >= limit ? limit : close + 3;
      b.comment(i, i + 4, close < 0 || close >= limit ? limit : close, end);
      return end;
    }
    if (src.startsWith('<![CDATA[', i)) {
      const close = finder.indexOf(']]>', i + 9);
      const end = close < 0 || close >= limit ? limit : close + 3;
      b.blank(i, end);
      b.opaque(i, end);
      return end;
    }
    if (isAsciiLetter(src.charCodeAt(i + 2))) {
      const close = finder.indexOf('>', i + 2);
      if (close < 0 || close >= limit) return -1;
      b.blank(i, close + 1);
      b.opaque(i, close + 1);
      return close + 1;
    }
    return -1;
  }
  if (next === 63 /* ? */) {
    const close = finder.indexOf('>', i + 2);
    if (close < 0 || close >= limit) return -1;
    b.blank(i, close + 1);
    b.opaque(i, close + 1);
    return close + 1;
  }
  const tag = parseTagAt(src, i, limit, finder);
  return tag ? tracker.onTag(tag, limit) : -1;
}

export function readHtml(source: string): ProseView {
  const b = new ViewBuilder(source);
  const finder = new Finder(source);
  const tracker = new HtmlTracker(b, finder, HTML_RAW_ELEMENTS, true, PARSED_RAW_ELEMENTS);
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 60 /* < */) {
      const next = handleAngle(b, tracker, finder, i, n);
      if (next > i) {
        i = next;
        continue;
      }
    } else if (c === 38 /* & */) {
      const end = matchEntity(source, i, n);
      if (end > 0) {
        blankEntity(b, i, end);
        i = end;
        continue;
      }
    } else {
      const taken = takeInlineCitation(b, i, n);
      if (taken > 0) {
        i = taken;
        continue;
      }
    }
    i++;
  }
  tracker.closeAll(n);
  return b.finish();
}
