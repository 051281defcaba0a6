// Why a hand-written scanner and not micromark: the linter re-reads the whole document on every
// keystroke and only needs to know what is prose, not a syntax tree. On a generated 1 MB Markdown
// document (scripts/benchMarkdown.ts, median of 5, shared 2-core machine) this reader took 67–123 ms;
// micromark took 3.3–4.7 s to produce its events and 4.0–5.8 s to produce HTML (30–70× slower). On
// code regions (fences, indented code, code spans) the two agree on 100% of non-blank characters of
// that document, the sample article and 11 edge cases.
//
// Markdown (CommonMark with the GFM extensions writers use: tables, footnotes, strikethrough, bare
// URLs). Two phases, both linear: a line scanner finds the blocks (containers, fences, headings,
// lists, tables, HTML blocks, definitions) and collects the stretches that hold inline content; an
// inline scanner then handles each stretch with a fixed number of passes (backtick runs, bracket
// pairs, then one left-to-right pass).

import { Finder, ViewBuilder, chars } from './builder';
import { HtmlTracker, handleAngle, parseTagAt } from './html';
import * as inlineCitations from './inlineCitations';
import { isDelimiterRowAfter } from './markdownTable';
import type { BlockKind, ProseView, Span } from './proseView';

// Hot helpers as local bindings: under a CommonJS transform (tsx, which runs the tests and scripts)
// every use of an imported binding goes through a getter, which costs several times over in
// per-character loops. The bundled build is not affected either way.
const { blankEntity, isAsciiDigit, isAsciiLetter, isAsciiPunctuation, isSpaceOrTab, isWhitespace, lineEnd, matchEntity, restOfLineBlank, skipLineBreak, startsWithIgnoreCase } = chars;
const { matchInlineCitation, mayStartCitation, takeInlineCitation } = inlineCitations;
const CR = 13;
const LF = 10;

export interface MarkdownOptions {
  /** When given, receives every region the reader blanked as code (fences, indented code, code spans). */
  codeSpans?: Span[];
}

export function readMarkdown(source: string, options: MarkdownOptions = {}): ProseView {
  return new MarkdownReader(source, options.codeSpans).read();
}

interface Fence {
  char: number;
  length: number;
  /** Blockquote depth of the container the fence sits in. */
  depth: number;
  /** Content column of the list item the fence sits in (0 outside lists). */
  listColumn: number;
  start: number;
}

interface ListLevel {
  /** Column where the item's content starts; less-indented lines leave the item. */
  column: number;
  depth: number;
}

interface ListMarker {
  markerEnd: number;
  contentStart: number;
  contentColumn: number;
  ordered: boolean;
  number: number;
  empty: boolean;
}

// HTML block start conditions 1 and 6 of CommonMark.
const HTML_BLOCK_RAW = ['script', 'pre', 'style', 'textarea'];
const HTML_BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p',
  'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);

// Raw HTML inside Markdown prose: these elements hold code, not prose.
const INLINE_RAW = new Set(['script', 'style', 'code', 'kbd', 'samp', 'var', 'pre', 'textarea', 'svg', 'math', 'template', 'noscript']);

const LINK_DEFINITION = /^\[((?:[^\]\\\n]|\\.){1,999})\]:[ \t]*(?:<[^>\n]*>|[^\s<]\S*)([ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/;
const LINK_TITLE_LINE = /^[ \t]*(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\))[ \t]*$/;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,200}\]:/;

function column(col: number, c: number): number {
  return c === 9 ? col + 4 - (col % 4) : col + 1;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Whether the backslash at `k` is itself escaped (preceded by an odd number of backslashes). */
function escapedItself(src: string, k: number, floor: number): boolean {
  let n = 0;
  while (k - 1 - n >= floor && src.charCodeAt(k - 1 - n) === 92) n++;
  return n % 2 === 1;
}

function isUnicodePunctuation(c: number): boolean {
  if (c < 128) return isAsciiPunctuation(c);
  return /[\p{P}\p{S}]/u.test(String.fromCharCode(c));
}

class MarkdownReader {
  private readonly src: string;
  private readonly n: number;
  private readonly b: ViewBuilder;
  private readonly finder: Finder;
  private readonly tracker: HtmlTracker;
  private readonly refDefs = new Set<string>();
  /** Stretches with inline content: start, end, raw (1 inside an HTML block), ... */
  private readonly ranges: number[] = [];

  // Block state.
  private inPara = false;
  private paraBoundary = -1;
  private rangeStart = -1;
  private rangeEnd = -1;
  private htmlFlow = false;
  private table = false;
  private delimiterLine = -1;
  private fence: Fence | null = null;
  private readonly lists: ListLevel[] = [];
  private prevDepth = 0;
  private quoteStart = -1;
  private resume = 0;
  private pendingKind: BlockKind = 'paragraph';
  /** Columns of the `>` markers on the current line. */
  private readonly markerColumns: number[] = [];
  /** isThematicBreak's memo: the line (by its end) and, per `-`, `*`, `_`, its last other character (-2: not yet found). */
  private breakLine = -1;
  private readonly breakBlockers = [-2, -2, -2];

  constructor(
    source: string,
    private readonly code: Span[] | undefined,
  ) {
    this.src = source;
    this.n = source.length;
    this.b = new ViewBuilder(source);
    this.finder = new Finder(source);
    this.tracker = new HtmlTracker(this.b, this.finder, INLINE_RAW, false);
  }

  read(): ProseView {
    const { src, n } = this;
    let pos = this.frontMatter();
    while (pos < n) {
      const le = lineEnd(src, pos);
      this.resume = 0;
      this.line(pos, le);
      pos = Math.max(le >= n ? n : skipLineBreak(src, le), this.resume);
    }
    this.endBlocks();
    if (this.fence) this.endFence(n);
    this.noteQuote(n, 0);
    for (let k = 0; k < this.ranges.length; k += 3) this.inline(this.ranges[k], this.ranges[k + 1], this.ranges[k + 2] === 1);
    this.tracker.closeAll(n);
    return this.b.finish();
  }

  // ---------------------------------------------------------------- blocks

  /** Blanks YAML (`---`) or TOML (`+++`) front matter; returns where the document proper starts. */
  private frontMatter(): number {
    const src = this.src;
    const marker = src.startsWith('---') ? '---' : src.startsWith('+++') ? '+++' : '';
    if (!marker || !restOfLineBlank(src, 3)) return 0;
    let pos = skipLineBreak(src, lineEnd(src, 0));
    while (pos < this.n) {
      const le = lineEnd(src, pos);
      if ((src.startsWith(marker, pos) || (marker === '---' && src.startsWith('...', pos))) && restOfLineBlank(src, pos + 3)) {
        this.b.blank(0, le);
        this.b.boundary(le);
        return le;
      }
      pos = skipLineBreak(src, le);
      if (pos === le) break;
    }
    return 0;
  }

  private line(ls: number, le: number): void {
    const { src, b } = this;
    this.pendingKind = 'paragraph';

    // Blockquote markers. Inside a fence, only as many as the fence's container has.
    let p = ls;
    let col = 0;
    let depth = 0;
    const markerColumns = this.markerColumns;
    markerColumns.length = 0;
    for (;;) {
      if (this.fence && depth >= this.fence.depth) break;
      let q = p;
      let c2 = col;
      while (q < le && isSpaceOrTab(src.charCodeAt(q)) && c2 - col < 4) c2 = column(c2, src.charCodeAt(q++));
      if (q < le && src.charCodeAt(q) === 62 && c2 - col < 4) {
        markerColumns.push(c2);
        b.blank(q, q + 1);
        depth++;
        q++;
        c2++;
        if (q < le && isSpaceOrTab(src.charCodeAt(q))) c2 = column(c2, src.charCodeAt(q++));
        p = q;
        col = c2;
        continue;
      }
      break;
    }
    let q = p;
    let ind = col;
    while (q < le && isSpaceOrTab(src.charCodeAt(q))) ind = column(ind, src.charCodeAt(q++));
    const blank = q >= le;

    if (this.fence) {
      const f = this.fence;
      const left = !blank && (depth < f.depth || ind < f.listColumn);
      if (!left) {
        this.noteQuote(ls, depth);
        b.blank(ls, le);
        const base = Math.max(f.listColumn, col);
        if (!blank && ind - base < 4 && this.closesFence(q, le, f)) this.endFence(le);
        return;
      }
      this.endFence(ls);
    }

    if (ls === this.delimiterLine) {
      b.blank(q, le);
      this.noteQuote(ls, depth);
      this.prevDepth = depth;
      return;
    }

    if (blank) {
      this.endBlocks();
      b.boundary(ls);
      if (depth === 0) this.noteQuote(ls, 0);
      while (this.lists.length > 0 && this.lists[this.lists.length - 1].depth > depth) this.lists.pop();
      this.prevDepth = depth;
      return;
    }

    if (this.htmlFlow && depth >= this.prevDepth) {
      this.extendRange(le);
      this.noteQuote(ls, depth);
      return;
    }

    // Lazy continuation: a paragraph goes on even where the containers' markers are missing.
    const top = this.lists[this.lists.length - 1];
    const leavesContainer = depth < this.prevDepth || (top !== undefined && this.leavesList(top, depth, ind));
    if (this.inPara && !this.table && leavesContainer && !this.startsBlock(q, le, ind - col)) {
      this.extendRange(le);
      this.noteQuote(ls, this.prevDepth);
      return;
    }

    if (depth !== this.prevDepth) this.endBlocks();
    const hadList = this.lists.length > 0;
    while (this.lists.length > 0 && this.leavesList(this.lists[this.lists.length - 1], depth, ind)) this.lists.pop();
    this.noteQuote(ls, depth);
    this.prevDepth = depth;
    const last = this.lists[this.lists.length - 1];
    const base = last !== undefined && last.depth === depth ? last.column : col;
    this.content(ls, q, le, ind, base, depth, hadList);
  }

  /** The content of a line from `q` (first non-blank character) on, inside containers whose content starts at column `base`. */
  private content(ls: number, q: number, le: number, ind: number, base: number, depth: number, hadList: boolean): void {
    const { src, b } = this;
    for (;;) {
      const rel = ind - base;
      if (rel >= 4) {
        if (this.inPara) {
          this.extendRange(le);
          return;
        }
        this.endBlocks();
        b.blank(ls, le);
        this.code?.push({ start: q, end: le });
        return;
      }
      const c = src.charCodeAt(q);

      // Fenced code.
      if (c === 96 || c === 126) {
        let k = q;
        while (k < le && src.charCodeAt(k) === c) k++;
        if (k - q >= 3 && (c === 126 || !this.hasChar(k, le, 96))) {
          this.endBlocks();
          b.boundary(q);
          b.blank(q, le);
          const last = this.lists[this.lists.length - 1];
          this.fence = { char: c, length: k - q, depth, listColumn: last && last.depth === depth ? last.column : 0, start: q };
          return;
        }
      }

      // ATX heading.
      if (c === 35) {
        let k = q;
        while (k < le && src.charCodeAt(k) === 35) k++;
        if (k - q <= 6 && (k >= le || isSpaceOrTab(src.charCodeAt(k)))) {
          this.endBlocks();
          b.boundary(q, 'heading');
          b.blank(q, k);
          let e = le;
          while (e > k && isSpaceOrTab(src.charCodeAt(e - 1))) e--;
          let h = e;
          while (h > k && src.charCodeAt(h - 1) === 35) h--;
          if (h < e && (h === k || isSpaceOrTab(src.charCodeAt(h - 1)))) {
            b.blank(h, e);
            e = h;
          }
          this.addRange(k, e);
          b.boundary(le);
          return;
        }
      }

      // Setext underline, thematic break.
      if (c === 61 || c === 45) {
        if (this.inPara && !this.table && this.isSetextUnderline(q, le, c)) {
          b.setBoundaryKind(this.paraBoundary, 'heading');
          b.blank(q, le);
          this.endBlocks();
          b.boundary(le);
          return;
        }
      }
      if ((c === 45 || c === 42 || c === 95) && this.isThematicBreak(q, le, c)) {
        this.endBlocks();
        b.blank(q, le);
        b.boundary(q);
        b.boundary(le);
        return;
      }

      // HTML blocks.
      if (c === 60) {
        const kind = this.htmlBlockKind(q, le);
        if (kind > 0 && (kind !== 7 || !this.inPara)) {
          this.htmlBlock(kind, q, le);
          return;
        }
      }

      // List items.
      const lm = this.listMarker(q, le, ind);
      if (lm && (!this.inPara || (!lm.empty && (!lm.ordered || lm.number === 1 || hadList)))) {
        this.endBlocks();
        b.blank(q, lm.markerEnd);
        b.boundary(q, 'list-item');
        this.lists.push({ column: lm.contentColumn, depth });
        if (lm.empty) return;
        this.pendingKind = 'list-item';
        // Task list box.
        const t = lm.contentStart;
        if (src.charCodeAt(t) === 91 && src.charCodeAt(t + 2) === 93 && ' xX'.includes(src.charAt(t + 1)) && (t + 3 >= le || isSpaceOrTab(src.charCodeAt(t + 3)))) {
          b.blank(t, t + 3);
        }
        let k = lm.markerEnd;
        let kcol = ind + (lm.markerEnd - q);
        while (k < le && isSpaceOrTab(src.charCodeAt(k))) kcol = column(kcol, src.charCodeAt(k++));
        q = k;
        ind = kcol;
        base = lm.contentColumn;
        hadList = true;
        continue;
      }

      // A blockquote opened after a list marker (`- > text`).
      if (c === 62) {
        this.endBlocks();
        b.blank(q, q + 1);
        if (this.quoteStart < 0) this.quoteStart = q;
        q++;
        if (q < le && isSpaceOrTab(src.charCodeAt(q))) q++;
        base = ind + 2;
        ind = base;
        while (q < le && isSpaceOrTab(src.charCodeAt(q))) ind = column(ind, src.charCodeAt(q++));
        if (q >= le) return;
        continue;
      }

      if (c === 91 && !this.inPara) {
        // Footnote definition: its own block; indented lines continue it.
        const line = src.slice(q, Math.min(le, q + 1200));
        const fd = FOOTNOTE_DEFINITION.exec(line);
        if (fd) {
          this.endBlocks();
          b.blank(q, q + fd[0].length);
          b.boundary(q);
          this.lists.push({ column: ind + 4, depth });
          let k = q + fd[0].length;
          while (k < le && isSpaceOrTab(src.charCodeAt(k))) k++;
          if (k < le) this.openParagraph(k, le);
          return;
        }
        const ld = le - q <= 4000 ? LINK_DEFINITION.exec(src.slice(q, le)) : null;
        if (ld) {
          this.endBlocks();
          this.refDefs.add(normalizeLabel(ld[1]));
          b.blank(q, le);
          b.boundary(le);
          if (ld[2] === undefined && le < this.n) {
            // The title may sit on the next line.
            const next = skipLineBreak(src, le);
            const nextEnd = lineEnd(src, next);
            if (nextEnd - next <= 4000 && LINK_TITLE_LINE.test(src.slice(next, nextEnd))) {
              b.blank(next, nextEnd);
              this.resume = nextEnd >= this.n ? this.n : skipLineBreak(src, nextEnd);
            }
          }
          return;
        }
      }

      // Tables: a header row followed by a delimiter row, then rows until a blank line or another block.
      if (this.table) {
        this.row(q, le);
        return;
      }
      if (this.hasChar(q, le, 124) && isDelimiterRowAfter(src, le, depth)) {
        this.endBlocks();
        this.table = true;
        this.delimiterLine = skipLineBreak(src, le);
        this.row(q, le);
        return;
      }

      if (this.inPara) this.extendRange(le);
      else this.openParagraph(q, le);
      return;
    }
  }

  /**
   * Whether a line with `depth` blockquote markers and its text at column `ind` is outside a list
   * item: less indented than the item's content, or behind a `>` that stands left of it.
   */
  private leavesList(t: ListLevel, depth: number, ind: number): boolean {
    if (t.depth > depth) return true;
    if (t.depth === depth) return ind < t.column;
    return this.markerColumns[t.depth] < t.column;
  }

  private openParagraph(q: number, le: number): void {
    this.inPara = true;
    this.paraBoundary = this.b.boundary(q, this.pendingKind);
    this.rangeStart = q;
    this.rangeEnd = le;
  }

  private extendRange(le: number): void {
    if (this.rangeStart < 0) return;
    this.rangeEnd = le;
  }

  private addRange(start: number, end: number, raw = false): void {
    if (end > start) this.ranges.push(start, end, raw ? 1 : 0);
  }

  /** Ends the open paragraph, table or HTML block. */
  private endBlocks(): void {
    if (this.rangeStart >= 0) this.addRange(this.rangeStart, this.rangeEnd, this.htmlFlow);
    if (this.rangeEnd >= 0) this.b.boundary(this.rangeEnd);
    this.rangeStart = -1;
    this.rangeEnd = -1;
    this.inPara = false;
    this.table = false;
    this.htmlFlow = false;
  }

  private endFence(end: number): void {
    const f = this.fence!;
    this.code?.push({ start: f.start, end });
    this.fence = null;
    this.b.boundary(end);
  }

  private noteQuote(at: number, depth: number): void {
    if (depth > 0 && this.quoteStart < 0) this.quoteStart = at;
    else if (depth === 0 && this.quoteStart >= 0) {
      this.b.quote(this.quoteStart, at);
      this.quoteStart = -1;
    }
  }

  private closesFence(q: number, le: number, f: Fence): boolean {
    let k = q;
    while (k < le && this.src.charCodeAt(k) === f.char) k++;
    return k - q >= f.length && restOfLineBlank(this.src, k, le);
  }

  /** Whether a line would start a block other than a paragraph (lazy continuation lines must not). */
  private startsBlock(q: number, le: number, rel: number): boolean {
    if (rel >= 4) return false;
    const src = this.src;
    const c = src.charCodeAt(q);
    if (c === 62) return true;
    if (c === 96 || c === 126) {
      let k = q;
      while (k < le && src.charCodeAt(k) === c) k++;
      if (k - q >= 3) return true;
    }
    if (c === 35) {
      let k = q;
      while (k < le && src.charCodeAt(k) === 35) k++;
      if (k - q <= 6 && (k >= le || isSpaceOrTab(src.charCodeAt(k)))) return true;
    }
    if ((c === 45 || c === 42 || c === 95) && this.isThematicBreak(q, le, c)) return true;
    if (c === 60) {
      const kind = this.htmlBlockKind(q, le);
      if (kind > 0 && kind < 7) return true;
    }
    const lm = this.listMarker(q, le, 0);
    return lm !== null && !lm.empty && (!lm.ordered || lm.number === 1 || this.lists.length > 0);
  }

  private isSetextUnderline(q: number, le: number, c: number): boolean {
    let k = q;
    while (k < le && this.src.charCodeAt(k) === c) k++;
    return restOfLineBlank(this.src, k, le);
  }

  /**
   * Whether `[q, le)` is only `c`, spaces and tabs, with at least three `c`. Asked at every list
   * marker of a line (`- - - … x`), so the line's last other character is found once per line and
   * character, and the count stops at three: linear in the line, not in markers × line.
   */
  private isThematicBreak(q: number, le: number, c: number): boolean {
    const src = this.src;
    if (this.breakLine !== le) {
      this.breakLine = le;
      this.breakBlockers.fill(-2);
    }
    const slot = c === 45 ? 0 : c === 42 ? 1 : 2;
    let blocker = this.breakBlockers[slot];
    if (blocker === -2) {
      blocker = le - 1;
      while (blocker >= 0 && (src.charCodeAt(blocker) === c || isSpaceOrTab(src.charCodeAt(blocker)))) blocker--;
      this.breakBlockers[slot] = blocker;
    }
    if (blocker >= q) return false;
    let count = 0;
    for (let k = q; k < le && count < 3; k++) if (src.charCodeAt(k) === c) count++;
    return count >= 3;
  }

  private listMarker(q: number, le: number, ind: number): ListMarker | null {
    const src = this.src;
    const c = src.charCodeAt(q);
    let k = q;
    let ordered = false;
    let number = 0;
    if (c === 45 || c === 42 || c === 43) k++;
    else if (isAsciiDigit(c)) {
      while (k < le && k - q < 9 && isAsciiDigit(src.charCodeAt(k))) k++;
      const d = src.charCodeAt(k);
      if (d !== 46 && d !== 41) return null;
      ordered = true;
      number = Number(src.slice(q, k));
      k++;
    } else return null;
    if (k < le && !isSpaceOrTab(src.charCodeAt(k))) return null;
    const markerEnd = k;
    const afterMarker = ind + (k - q);
    let c2 = afterMarker;
    let j = k;
    while (j < le && isSpaceOrTab(src.charCodeAt(j))) c2 = column(c2, src.charCodeAt(j++));
    const empty = j >= le;
    if (empty || c2 - afterMarker >= 5) return { markerEnd, contentStart: empty ? le : k + 1, contentColumn: afterMarker + 1, ordered, number, empty };
    return { markerEnd, contentStart: j, contentColumn: c2, ordered, number, empty };
  }

  /** CommonMark HTML block start condition at `q` (1–7), or 0. */
  private htmlBlockKind(q: number, le: number): number {
    const src = this.src;
    if (src.startsWith('<!--', q)) return 2;
    if (src.startsWith('<?', q)) return 3;
    if (src.startsWith('<![CDATA[', q)) return 5;
    if (src.charCodeAt(q + 1) === 33 && isAsciiLetter(src.charCodeAt(q + 2))) return 4;
    const closing = src.charCodeAt(q + 1) === 47;
    const nameStart = q + (closing ? 2 : 1);
    let k = nameStart;
    while (k < le && (isAsciiLetter(src.charCodeAt(k)) || isAsciiDigit(src.charCodeAt(k)) || src.charCodeAt(k) === 45)) k++;
    if (k === nameStart || !isAsciiLetter(src.charCodeAt(nameStart))) return 0;
    const name = src.slice(nameStart, k).toLowerCase();
    const after = src.charCodeAt(k);
    const ends = k >= le || isSpaceOrTab(after) || after === 62;
    if (!closing && HTML_BLOCK_RAW.includes(name) && ends) return 1;
    if (HTML_BLOCK_NAMES.has(name) && (ends || (after === 47 && src.charCodeAt(k + 1) === 62))) return 6;
    if (HTML_BLOCK_RAW.includes(name)) return 0;
    const tag = parseTagAt(src, q, le, this.finder);
    return tag && restOfLineBlank(src, tag.end, le) ? 7 : 0;
  }

  private htmlBlock(kind: number, q: number, le: number): void {
    const { src, b } = this;
    this.endBlocks();
    b.boundary(q);
    if (kind >= 6) {
      // Raw HTML that holds prose: handled by the inline scanner, which blanks the tags.
      this.htmlFlow = true;
      this.rangeStart = q;
      this.rangeEnd = le;
      return;
    }
    let end: number;
    if (kind === 1) {
      const name = HTML_BLOCK_RAW.find((r) => startsWithIgnoreCase(src, q + 1, r))!;
      const close = this.finder.closeTag(name, q + 1 + name.length);
      end = close ? close.end : this.n;
    } else if (kind === 2) {
      const close = this.finder.indexOf('-->', q + 4);
      end = close < 0 ? this.n : close + 3;
      b.comment(q, q + 4, close < 0 ? this.n : close, end);
    } else {
      const needle = kind === 3 ? '?>' : kind === 4 ? '>' : ']]>';
      const close = this.finder.indexOf(needle, q + 2);
      end = close < 0 ? this.n : close + needle.length;
    }
    b.blank(q, end);
    const rest = lineEnd(src, end);
    if (kind === 2 && !restOfLineBlank(src, end, rest)) {
      b.boundary(end);
      this.addRange(end, rest, true);
    } else b.blank(end, rest);
    b.boundary(rest);
    this.resume = rest >= this.n ? this.n : skipLineBreak(src, rest);
  }

  private hasChar(q: number, le: number, c: number): boolean {
    for (let k = q; k < le; k++) if (this.src.charCodeAt(k) === c) return true;
    return false;
  }

  /** A table row: every cell its own block, pipes blanked. */
  private row(q: number, le: number): void {
    const { src, b } = this;
    let e = le;
    while (e > q && isSpaceOrTab(src.charCodeAt(e - 1))) e--;
    let k = q;
    let cellStart = q;
    if (src.charCodeAt(k) === 124) {
      b.blank(k, k + 1);
      k++;
      cellStart = k;
    }
    while (k < e) {
      const c = src.charCodeAt(k);
      if (c === 92) k += 2;
      else if (c === 124) {
        this.cell(cellStart, k);
        b.blank(k, k + 1);
        k++;
        cellStart = k;
      } else k++;
    }
    this.cell(cellStart, e);
    b.boundary(le);
  }

  private cell(start: number, end: number): void {
    if (end <= start) return;
    this.b.boundary(start, 'table-cell');
    this.addRange(start, end);
  }

  // ---------------------------------------------------------------- inline

  /** Inline content of `[s, e)`. In raw HTML (`raw`), Markdown syntax is text: only tags, entities and citations count. */
  private inline(s: number, e: number, raw: boolean): void {
    const { src, b } = this;

    // Pass 1: code spans. A backtick run is closed by the next run of the same length. A backslash
    // before a run escapes its first backtick when the run opens (never when it closes).
    const runStart: number[] = [];
    const runLength: number[] = [];
    const runEscaped: boolean[] = [];
    for (let k = s; k < e && !raw; k++) {
      if (src.charCodeAt(k) !== 96) continue;
      let j = k;
      while (j < e && src.charCodeAt(j) === 96) j++;
      runStart.push(k);
      runLength.push(j - k);
      runEscaped.push(k > s && src.charCodeAt(k - 1) === 92 && !b.wasBlanked(k - 1) && !escapedItself(src, k - 1, s));
      k = j - 1;
    }
    const codeStart: number[] = [];
    const codeEnd: number[] = [];
    if (runStart.length > 1) {
      const byLength = new Map<number, number[]>();
      for (let r = 0; r < runStart.length; r++) {
        const list = byLength.get(runLength[r]);
        if (list) list.push(r);
        else byLength.set(runLength[r], [r]);
      }
      const pointer = new Map<number, number>();
      let r = 0;
      while (r < runStart.length) {
        const len = runEscaped[r] ? runLength[r] - 1 : runLength[r];
        const list = len > 0 ? byLength.get(len) : undefined;
        if (!list) {
          r++;
          continue;
        }
        let p = pointer.get(len) ?? 0;
        while (p < list.length && list[p] <= r) p++;
        pointer.set(len, p);
        if (p < list.length) {
          const closer = list[p];
          codeStart.push(runStart[r] + runLength[r] - len);
          codeEnd.push(runStart[closer] + len);
          r = closer + 1;
        } else r++;
      }
    }

    // Pass 2: bracket pairs, outside code spans.
    const match = new Map<number, number>();
    const stack: number[] = [];
    let ci = 0;
    for (let k = s; k < e && !raw; k++) {
      if (ci < codeStart.length && k === codeStart[ci]) {
        k = codeEnd[ci] - 1;
        ci++;
        continue;
      }
      const c = src.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 91 && !b.wasBlanked(k)) stack.push(k);
      else if (c === 93 && stack.length > 0 && !b.wasBlanked(k)) match.set(stack.pop()!, k);
    }

    // Pass 3: everything else, left to right.
    const tails: { at: number; end: number }[] = [];
    ci = 0;
    let i = s;
    while (i < e) {
      if (tails.length > 0 && i >= tails[tails.length - 1].at) {
        const t = tails.pop()!;
        b.blank(t.at, t.end);
        i = Math.max(i, t.end);
        continue;
      }
      if (ci < codeStart.length && i >= codeStart[ci]) {
        // A code span (or one inside an image that was blanked whole).
        this.code?.push({ start: codeStart[ci], end: codeEnd[ci] });
        if (i === codeStart[ci]) {
          b.blank(i, codeEnd[ci]);
          b.opaque(i, codeEnd[ci]);
          i = codeEnd[ci];
        }
        ci++;
        continue;
      }
      const c = src.charCodeAt(i);
      if (b.wasBlanked(i) || (raw && c !== 60 && c !== 38 && !mayStartCitation(c))) {
        i++;
        continue;
      }
      switch (c) {
        case 92: {
          // Backslash: an escape keeps the escaped character; at the end of a line, a hard break.
          const d = src.charCodeAt(i + 1);
          if (i + 1 < e && isAsciiPunctuation(d)) {
            b.blank(i, i + 1);
            i += 2;
            continue;
          }
          if (i + 1 >= e || d === LF || d === CR) b.blank(i, i + 1);
          break;
        }
        case 96: {
          let j = i;
          while (j < e && src.charCodeAt(j) === 96) j++;
          i = j;
          continue;
        }
        case 60: {
          const next = this.angle(i, e);
          if (next > i) {
            i = next;
            continue;
          }
          break;
        }
        case 38: {
          const end = matchEntity(src, i, e);
          if (end > 0) {
            blankEntity(b, i, end);
            i = end;
            continue;
          }
          break;
        }
        case 33:
          if (!raw && src.charCodeAt(i + 1) === 91) {
            const end = this.image(i, e, match);
            if (end > 0) {
              b.blank(i, end);
              i = end;
              continue;
            }
          }
          break;
        case 91: {
          if (raw) break;
          const next = this.bracket(i, e, match, tails);
          if (next > 0) {
            i = next;
            continue;
          }
          break;
        }
        case 42:
        case 95:
        case 126:
          i = this.delimiters(i, s, e);
          continue;
      }
      const taken = c !== 91 || raw ? takeInlineCitation(b, i, e, s) : -1;
      if (taken > 0) {
        i = taken;
        continue;
      }
      i++;
    }
    while (tails.length > 0) {
      const t = tails.pop()!;
      b.blank(t.at, t.end);
    }
    for (; ci < codeStart.length; ci++) this.code?.push({ start: codeStart[ci], end: codeEnd[ci] });
  }

  /** `<` in prose: an autolink (a citation), a comment, or raw HTML. */
  private angle(i: number, e: number): number {
    const { src, b } = this;
    // Autolink: <scheme:...> or <user@host>.
    let k = i + 1;
    if (isAsciiLetter(src.charCodeAt(k))) {
      let j = k;
      while (j < e && j - k < 33) {
        const c = src.charCodeAt(j);
        if (isAsciiLetter(c) || isAsciiDigit(c) || c === 43 || c === 46 || c === 45) j++;
        else break;
      }
      let email = false;
      let scheme = src.charCodeAt(j) === 58 && j - k >= 2;
      if (!scheme) {
        // Could still be an email address.
        j = k;
        while (j < e && !isWhitespace(src.charCodeAt(j)) && src.charCodeAt(j) !== 60 && src.charCodeAt(j) !== 62) {
          if (src.charCodeAt(j) === 64) email = true;
          j++;
        }
        scheme = false;
      }
      if (scheme || email) {
        k = j;
        while (k < e) {
          const c = src.charCodeAt(k);
          if (c === 62 || c === 60 || isWhitespace(c)) break;
          k++;
        }
        if (src.charCodeAt(k) === 62 && k < e && (scheme || /^[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,250})$/.test(src.slice(i + 1, k)))) {
          b.blank(i, k + 1);
          b.cite(i, k + 1);
          return k + 1;
        }
      }
    }
    return handleAngle(b, this.tracker, this.finder, i, e);
  }

  /** `![alt](src)`, `![alt][ref]`, `![alt]`: returns the end of the image, or -1. */
  private image(i: number, e: number, match: Map<number, number>): number {
    const m = match.get(i + 1);
    if (m === undefined) return -1;
    const after = this.src.charCodeAt(m + 1);
    if (after === 40) {
      const t = this.linkTail(m + 1, e);
      if (t > 0) return t;
    }
    if (after === 91) {
      const m2 = match.get(m + 1);
      if (m2 !== undefined) return m2 + 1;
    }
    if (m - i <= 1000 && this.refDefs.has(normalizeLabel(this.src.slice(i + 2, m)))) return m + 1;
    return -1;
  }

  /** `[` in prose: a link (text kept, the rest blanked, the whole span a citation) or a bracketed citation. */
  private bracket(i: number, e: number, match: Map<number, number>, tails: { at: number; end: number }[]): number {
    const { src, b } = this;
    const m = match.get(i);
    if (m === undefined) return -1;
    const after = src.charCodeAt(m + 1);
    const isFootnote = src.charCodeAt(i + 1) === 94;
    let tail = -1;
    if (!isFootnote && after === 40) tail = this.linkTail(m + 1, e);
    if (tail < 0 && !isFootnote && after === 91) {
      const m2 = match.get(m + 1);
      if (m2 !== undefined && m2 - m <= 1000) tail = m2 + 1;
    }
    if (tail < 0) {
      const cm = matchInlineCitation(src, i, e, i);
      if (cm) {
        b.blank(i, cm.end);
        b.cite(i, cm.end);
        return cm.end;
      }
      if (m - i <= 1000 && this.refDefs.has(normalizeLabel(src.slice(i + 1, m)))) tail = m + 1;
    }
    if (tail < 0) return -1;
    b.blank(i, i + 1);
    b.cite(i, tail);
    tails.push({ at: m, end: tail });
    return i + 1;
  }

  /** The end of `(destination "title")` starting at `p` (the `(`), or -1. */
  private linkTail(p: number, e: number): number {
    const src = this.src;
    let k = this.skipSpace(p + 1, e);
    if (src.charCodeAt(k) === 60) {
      k++;
      for (;;) {
        if (k >= e) return -1;
        const c = src.charCodeAt(k);
        if (c === 62) {
          k++;
          break;
        }
        if (c === 60 || c === LF || c === CR) return -1;
        k += c === 92 ? 2 : 1;
      }
    } else {
      let depth = 0;
      while (k < e) {
        const c = src.charCodeAt(k);
        if (c <= 32) break;
        if (c === 40) depth++;
        else if (c === 41) {
          if (depth === 0) break;
          depth--;
        } else if (c === 92) {
          k += 2;
          continue;
        } else if (c === 91 || c === 93) return -1;
        k++;
      }
      if (depth !== 0) return -1;
    }
    const destEnd = k;
    k = this.skipSpace(k, e);
    const t = src.charCodeAt(k);
    if (k > destEnd && (t === 34 || t === 39 || t === 40)) {
      const close = this.finder.indexOf(t === 34 ? '"' : t === 39 ? "'" : ')', k + 1);
      if (close < 0 || close >= e) return -1;
      k = this.skipSpace(close + 1, e);
    }
    return src.charCodeAt(k) === 41 && k < e ? k + 1 : -1;
  }

  private skipSpace(k: number, e: number): number {
    while (k < e && (isWhitespace(this.src.charCodeAt(k)) || this.b.wasBlanked(k))) k++;
    return k;
  }

  /** A run of `*`, `_` or `~`: blanked when it can open or close emphasis (or strikethrough). */
  private delimiters(i: number, s: number, e: number): number {
    const { src, b } = this;
    const c = src.charCodeAt(i);
    let j = i;
    while (j < e && src.charCodeAt(j) === c) j++;
    const before = i > s ? src.charCodeAt(i - 1) : 32;
    const after = j < e ? src.charCodeAt(j) : 32;
    const wsBefore = isWhitespace(before);
    const wsAfter = isWhitespace(after);
    const punctBefore = isUnicodePunctuation(before);
    const punctAfter = isUnicodePunctuation(after);
    const left = !wsAfter && (!punctAfter || wsBefore || punctBefore);
    const right = !wsBefore && (!punctBefore || wsAfter || punctAfter);
    let blank: boolean;
    if (c === 42) blank = left || right;
    else if (c === 95) blank = (left && (!right || punctBefore)) || (right && (!left || punctAfter));
    else blank = j - i <= 2 && (left || right);
    if (blank) b.blank(i, j);
    return j;
  }
}
