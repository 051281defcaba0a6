// MediaWiki wikitext. A first pass pairs `{{ }}` and `[[ ]]` (skipping comments and raw tags) so that
// templates and links nest without rescans; a second pass walks the text once, handling line-start
// syntax (headings, lists, tables) and inline syntax (templates, links, refs, tags, apostrophes).

import { Finder, ViewBuilder, chars, parseDirective } from './builder';
import { HtmlTracker, parseTagAt } from './html';
import * as inlineCitations from './inlineCitations';
import type { ProseView } from './proseView';

// Hot helpers as local bindings: under a CommonJS transform (tsx, which runs the tests and scripts)
// every use of an imported binding goes through a getter, which costs several times over in
// per-character loops. The bundled build is not affected either way.
const { blankEntity, isAsciiAlnum, isAsciiLetter, isSpaceOrTab, isWhitespace, lineEnd, matchEntity } = chars;
const { takeInlineCitation } = inlineCitations;
const CR = 13;
const LF = 10;

export function readWikitext(source: string): ProseView {
  return new WikitextReader(source).read();
}

/** Tags whose content is not prose. */
const WIKI_RAW = new Set([
  'nowiki', 'pre', 'syntaxhighlight', 'source', 'code', 'math', 'chem', 'ce', 'score', 'graph', 'templatedata', 'timeline', 'hiero',
  'mapframe', 'maplink', 'inputbox', 'categorytree', 'gallery', 'imagemap', 'kbd', 'samp', 'var', 'script', 'style', 'templatestyles',
]);

const QUOTE_TEMPLATES = new Set(['quote', 'blockquote', 'cquote', 'quotation', 'quote box', 'pull quote', 'centered pull quote', 'quote frame', 'talk quote', 'tq']);

const CLEANUP_TEMPLATES = new Set([
  'citation needed', 'cn', 'fact', 'who', 'by whom', 'according to whom', 'weasel inline', 'which', 'when', 'vague', 'clarify', 'dubious',
  'original research inline', 'who?', 'weasel word', 'weasel-inline', 'clarification needed', 'better source needed', 'failed verification',
  'verification needed', 'unreliable source?', 'or', 'citation needed span', 'cn span', 'request quotation', 'according to whom?',
]);

/** Whether a template (by its normalised name) is a citation or an inline cleanup tag. */
export function isCitationTemplate(name: string): boolean {
  return (
    name.startsWith('cite') || name.startsWith('citation') || name.startsWith('sfn') || name.startsWith('harv') || name.startsWith('efn') ||
    name === 'rp' || name === 'r' || CLEANUP_TEMPLATES.has(name)
  );
}

function normalizeTemplateName(raw: string): string {
  let name = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (name.startsWith('template:')) name = name.slice(9).trim();
  return name;
}

class WikitextReader {
  private readonly src: string;
  /** Where reading stops: the end of the source, or an unclosed comment that hides the rest. */
  private n: number;
  private readonly b: ViewBuilder;
  private readonly finder: Finder;
  private readonly tracker: HtmlTracker;
  private readonly templates = new Map<number, number>();
  /** Where an unclosed `<!--` starts, or -1. */
  private commentToEnd = -1;
  private readonly links = new Map<number, number>();

  private tableDepth = 0;
  /** On a table row line: `|` for data cells, `!` for header cells, 0 elsewhere. */
  private cellLine = 0;
  private cellStart = -1;
  private cellAttributesSeen = false;
  private prevParagraph = false;
  /** `]]` of links whose label is being read. */
  private readonly linkCloses: number[] = [];
  /** Inside a quotation template: when the quoted text ends, jump past the template. */
  private readonly jumps: { at: number; to: number }[] = [];

  constructor(source: string) {
    this.src = source;
    this.n = source.length;
    this.b = new ViewBuilder(source);
    this.finder = new Finder(source);
    this.tracker = new HtmlTracker(this.b, this.finder, WIKI_RAW, false);
  }

  read(): ProseView {
    this.pair();
    // MediaWiki strips comments before anything else: an unclosed `<!--` hides the rest of the page,
    // including any `</ref>` or `}}` after it that would otherwise seem to close what came before.
    if (this.commentToEnd >= 0) {
      this.b.blank(this.commentToEnd, this.n);
      this.n = this.commentToEnd;
    }
    const { src, b, n } = this;
    let i = 0;
    let lineHandled = -1;
    while (i < n) {
      const jump = this.jumps[this.jumps.length - 1];
      if (jump && i >= jump.at) {
        this.jumps.pop();
        i = Math.max(i, jump.to);
        continue;
      }
      const linkClose = this.linkCloses[this.linkCloses.length - 1];
      if (linkClose !== undefined && i >= linkClose) {
        this.linkCloses.pop();
        b.blank(linkClose, linkClose + 2);
        i = Math.max(i, linkClose + 2);
        continue;
      }
      if (i !== lineHandled && (i === 0 || src.charCodeAt(i - 1) === LF || (src.charCodeAt(i - 1) === CR && src.charCodeAt(i) !== LF))) {
        lineHandled = i;
        const j = this.lineStart(i);
        if (j !== i) {
          i = j;
          continue;
        }
      }
      const c = src.charCodeAt(i);
      let next = -1;
      switch (c) {
        case 60:
          next = this.angle(i);
          break;
        case 123:
          if (src.charCodeAt(i + 1) === 123) next = this.template(i);
          break;
        case 91:
          next = src.charCodeAt(i + 1) === 91 ? this.wikilink(i) : this.externalLink(i);
          break;
        case 39:
          next = this.apostrophes(i);
          break;
        case 95:
          next = this.magicWord(i);
          break;
        case 38: {
          const end = matchEntity(src, i, n);
          if (end > 0) {
            blankEntity(b, i, end);
            next = end;
          }
          break;
        }
        case 126: {
          let j = i;
          while (j < n && src.charCodeAt(j) === 126) j++;
          // A signature is three to five tildes; a longer run keeps its head and signs with its last
          // five, as a scan from each tilde in turn would find, without rescanning the run.
          if (j - i >= 3) {
            b.blank(Math.max(i, j - 5), j);
            next = j;
          }
          break;
        }
        case 124:
        case 33:
          next = this.cellSeparator(i, c);
          break;
        case LF:
        case CR:
          this.cellLine = 0;
          break;
      }
      if (next > i) {
        i = next;
        continue;
      }
      const taken = takeInlineCitation(b, i, n);
      if (taken > 0) {
        i = taken;
        continue;
      }
      i++;
    }
    for (const close of this.linkCloses) b.blank(close, close + 2);
    this.tracker.closeAll(n);
    return b.finish();
  }

  /** Pairs `{{`/`}}` and `[[`/`]]`, skipping raw tags, and reads the directives of comments. */
  private pair(): void {
    const { src, n } = this;
    const templateStack: number[] = [];
    const linkStack: number[] = [];
    let i = 0;
    while (i < n) {
      const c = src.charCodeAt(i);
      const d = src.charCodeAt(i + 1);
      if (c === 60) {
        if (d === 33 && src.startsWith('<!--', i)) {
          const close = this.finder.indexOf('-->', i + 4);
          // Directives are read here, where every comment is seen: MediaWiki strips comments
          // before it reads templates, so one inside a template or a <ref> still counts.
          this.b.directive(parseDirective(src.slice(i + 4, close < 0 ? n : close), i));
          if (close < 0) this.commentToEnd = i;
          i = close < 0 ? n : close + 3;
          continue;
        }
        if (isAsciiLetter(d)) {
          const tag = parseTagAt(src, i, n, this.finder);
          if (tag && !tag.selfClosing && WIKI_RAW.has(tag.name)) {
            const close = this.finder.closeTag(tag.name, tag.end);
            if (close) {
              i = close.end;
              continue;
            }
          }
        }
      } else if (c === 123 && d === 123) {
        templateStack.push(i);
        i += 2;
        continue;
      } else if (c === 125 && d === 125 && templateStack.length > 0) {
        this.templates.set(templateStack.pop()!, i);
        i += 2;
        continue;
      } else if (c === 91 && d === 91) {
        linkStack.push(i);
        i += 2;
        continue;
      } else if (c === 93 && d === 93 && linkStack.length > 0) {
        this.links.set(linkStack.pop()!, i);
        i += 2;
        continue;
      }
      i++;
    }
  }

  // ---------------------------------------------------------------- lines

  private lineStart(i: number): number {
    const { src, b } = this;
    const le = lineEnd(src, i);
    this.cellLine = 0;
    let k = i;
    while (k < le && isSpaceOrTab(src.charCodeAt(k))) k++;
    if (k >= le) {
      b.boundary(i);
      this.prevParagraph = false;
      return i;
    }
    const c = src.charCodeAt(k);
    const d = src.charCodeAt(k + 1);
    if (c === 123 && d === 124) {
      // {| table start, with its attributes.
      this.tableDepth++;
      b.blank(i, le);
      b.boundary(i);
      this.prevParagraph = false;
      return le;
    }
    if (this.tableDepth > 0 && (c === 124 || c === 33)) {
      if (c === 124 && d === 125) {
        this.tableDepth--;
        b.blank(i, k + 2);
        b.boundary(i);
        b.boundary(k + 2);
        this.prevParagraph = false;
        return k + 2;
      }
      if (c === 124 && d === 45) {
        b.blank(i, le);
        b.boundary(i, 'table-cell');
        this.prevParagraph = false;
        return le;
      }
      if (c === 124 && d === 43) {
        b.blank(i, k + 2);
        b.boundary(k + 2, 'caption');
        this.cellLine = 124;
        this.cellStart = k + 2;
        this.cellAttributesSeen = false;
        this.prevParagraph = true;
        return k + 2;
      }
      b.blank(i, k + 1);
      this.cellLine = c;
      this.startCell(k + 1);
      this.prevParagraph = true;
      return k + 1;
    }
    if (c === 61 && k === i) {
      const h = this.heading(i, le);
      if (h > 0) return h;
    }
    if ((c === 42 || c === 35 || c === 58 || c === 59) && k === i) {
      let j = i;
      while (j < le && '*#:;'.includes(src.charAt(j))) j++;
      b.blank(i, j);
      b.boundary(i, 'list-item');
      this.prevParagraph = false;
      return j;
    }
    if (c === 45 && src.startsWith('----', i)) {
      let j = i;
      while (j < le && src.charCodeAt(j) === 45) j++;
      b.blank(i, j);
      b.boundary(i);
      b.boundary(j);
      this.prevParagraph = false;
      return j;
    }
    if (!this.prevParagraph && this.tableDepth === 0) b.boundary(i);
    this.prevParagraph = true;
    return i;
  }

  /** `== Heading ==`: the equals signs blanked, the line a heading block. */
  private heading(i: number, le: number): number {
    const { src, b } = this;
    let e = le;
    while (e > i && isSpaceOrTab(src.charCodeAt(e - 1))) e--;
    let a = i;
    while (a < e && src.charCodeAt(a) === 61) a++;
    let z = e;
    while (z > a && src.charCodeAt(z - 1) === 61) z--;
    const level = Math.min(a - i, e - z, 6);
    if (level < 1 || z <= a) return -1;
    b.blank(i, i + level);
    b.blank(e - level, e);
    b.boundary(i, 'heading');
    b.boundary(le);
    this.prevParagraph = false;
    return i + level;
  }

  private startCell(at: number): void {
    this.b.boundary(at, 'table-cell');
    this.cellStart = at;
    this.cellAttributesSeen = false;
  }

  /** `||`, `!!` start a new cell on a row line; the first single `|` ends the cell's attributes. */
  private cellSeparator(i: number, c: number): number {
    if (this.cellLine === 0 || this.linkCloses.length > 0) return -1;
    const src = this.src;
    if (src.charCodeAt(i + 1) === c && (c === 124 || this.cellLine === 33)) {
      this.b.blank(i, i + 2);
      this.startCell(i + 2);
      return i + 2;
    }
    if (c === 124 && !this.cellAttributesSeen) {
      this.cellAttributesSeen = true;
      this.b.blank(this.cellStart, i + 1);
      this.startCell(i + 1);
      return i + 1;
    }
    return -1;
  }

  // ---------------------------------------------------------------- inline

  private angle(i: number): number {
    const { src, b, n } = this;
    if (src.startsWith('<!--', i)) {
      const close = this.finder.indexOf('-->', i + 4);
      const end = close < 0 ? n : close + 3;
      b.blank(i, end); // its directive was read by pair()
      return end;
    }
    const tag = parseTagAt(src, i, n, this.finder);
    if (!tag) return -1;
    if (tag.name === 'ref') {
      let end = tag.end;
      if (!tag.closing && !tag.selfClosing) {
        const close = this.finder.closeTag('ref', tag.end);
        if (close) end = close.end;
      }
      b.blank(i, end);
      if (!tag.closing) b.cite(i, end);
      return end;
    }
    if (tag.name === 'references') {
      let end = tag.end;
      if (!tag.closing && !tag.selfClosing) {
        const close = this.finder.closeTag('references', tag.end);
        if (close) end = close.end;
      }
      b.blank(i, end);
      return end;
    }
    return this.tracker.onTag(tag, n);
  }

  private template(i: number): number {
    const { src, b } = this;
    const close = this.templates.get(i);
    if (close === undefined) return -1;
    const end = close + 2;
    let k = i + 2;
    while (k < close && k - i < 200) {
      const c = src.charCodeAt(k);
      if (c === 124 || c === 123 || c === 125) break;
      k++;
    }
    const name = normalizeTemplateName(src.slice(i + 2, k));
    if (QUOTE_TEMPLATES.has(name) && src.charCodeAt(k) === 124) {
      const text = this.quotedParameter(k, close);
      if (text) {
        b.blank(i, text.start);
        b.blank(text.end, end);
        b.quote(i, end);
        this.jumps.push({ at: text.end, to: end });
        return text.start;
      }
    }
    b.blank(i, end);
    if (isCitationTemplate(name)) b.cite(i, end);
    return end;
  }

  /** The quoted text of a quotation template: `text=`, `quote=`, `1=`, or the first unnamed parameter. */
  private quotedParameter(k: number, close: number): { start: number; end: number } | null {
    const src = this.src;
    let firstUnnamed: { start: number; end: number } | null = null;
    let named: { start: number; end: number } | null = null;
    while (k < close && src.charCodeAt(k) === 124) {
      const start = k + 1;
      let j = start;
      let equals = -1;
      while (j < close) {
        const c = src.charCodeAt(j);
        if (c === 124) break;
        if (c === 123 && src.charCodeAt(j + 1) === 123 && this.templates.has(j)) {
          j = this.templates.get(j)! + 2;
          continue;
        }
        if (c === 91 && src.charCodeAt(j + 1) === 91 && this.links.has(j)) {
          j = this.links.get(j)! + 2;
          continue;
        }
        if (c === 61 && equals < 0) equals = j;
        j++;
      }
      if (equals >= 0 && /^\s*[\w -]+\s*$/.test(src.slice(start, equals))) {
        const key = src.slice(start, equals).trim().toLowerCase();
        if (!named && (key === 'text' || key === 'quote' || key === '1')) named = this.trimmed(equals + 1, j);
      } else if (!firstUnnamed) firstUnnamed = this.trimmed(start, j);
      k = j;
    }
    const chosen = named ?? firstUnnamed;
    return chosen && chosen.end > chosen.start ? chosen : null;
  }

  private trimmed(start: number, end: number): { start: number; end: number } {
    const src = this.src;
    while (start < end && isWhitespace(src.charCodeAt(start))) start++;
    while (end > start && isWhitespace(src.charCodeAt(end - 1))) end--;
    return { start, end };
  }

  /** `[[Target|label]]`: only the label (or the target) stays; files and categories go entirely. */
  private wikilink(i: number): number {
    const { src, b } = this;
    const close = this.links.get(i);
    if (close === undefined) return -1;
    // The first pipe before the close, nested links included; the finder remembers it, so a run of
    // nested `[[` does not rescan to its close once per opener.
    const nextPipe = this.finder.indexOf('|', i + 2);
    const pipe = nextPipe < 0 || nextPipe > close ? close : nextPipe;
    // A brace cannot stand in a page title: `[[…{{citation needed|…}}]]` is no link in MediaWiki,
    // and reading the template's pipe as the link's would hide the sentence and the marker.
    const brace = this.finder.indexOf('{', i + 2);
    if (brace >= 0 && brace < pipe) return -1;
    // Nor can a comment be read as part of one: MediaWiki strips it first (`[[<!-- … -->]]` is no
    // link, and a pipe inside the comment is not the link's). Such brackets are left as text and the
    // comment is blanked where it stands.
    const comment = this.finder.indexOf('<!--', i + 2);
    if (comment >= 0 && comment < pipe) return -1;
    const target = src.slice(i + 2, Math.min(pipe, i + 202)).trim().toLowerCase();
    if (/^(?:file|image|category|media)\s*:/.test(target)) {
      b.blank(i, close + 2);
      return close + 2;
    }
    let labelled = false;
    for (let k = pipe + 1; k < close; k++) {
      if (!isWhitespace(src.charCodeAt(k))) {
        labelled = true;
        break;
      }
    }
    this.linkCloses.push(close);
    if (labelled) {
      b.blank(i, pipe + 1);
      return pipe + 1;
    }
    b.blank(i, i + 2);
    if (src.charCodeAt(i + 2) === 58) b.blank(i + 2, i + 3); // [[:Category:X]]
    b.blank(pipe, close);
    return i + 2;
  }

  /** `[http://example.org label]`: a citation; the URL and brackets are blanked, the label kept. */
  private externalLink(i: number): number {
    const { src, b } = this;
    const k = i + 1;
    const lower = src.slice(k, k + 10).toLowerCase();
    if (!/^(?:https?:\/\/|ftps?:\/\/|\/\/|mailto:|news:|irc:\/\/)/.test(lower)) return -1;
    const le = this.finder.lineEnd(k);
    const close = this.finder.indexOf(']', k);
    if (close < 0 || close > le) return -1;
    let urlEnd = k;
    while (urlEnd < close && !isWhitespace(src.charCodeAt(urlEnd))) urlEnd++;
    b.blank(i, urlEnd);
    b.blank(close, close + 1);
    b.cite(i, close + 1);
    return urlEnd;
  }

  /** `''` italic, `'''` bold, `'''''` both: blanked; a lone apostrophe stays. */
  private apostrophes(i: number): number {
    const { src, b } = this;
    let j = i;
    while (j < this.n && src.charCodeAt(j) === 39) j++;
    const run = j - i;
    if (run === 1) return -1;
    if (run === 2 || run === 3 || run === 5) b.blank(i, j);
    else if (run === 4) b.blank(i + 1, j);
    else b.blank(j - 5, j);
    return j;
  }

  /** `__TOC__`, `__NOTOC__` and other behaviour switches. */
  private magicWord(i: number): number {
    const src = this.src;
    if (src.charCodeAt(i + 1) !== 95) return -1;
    let j = i + 2;
    while (j < this.n && j - i < 40 && isAsciiAlnum(src.charCodeAt(j)) && !/[a-z]/.test(src.charAt(j))) j++;
    if (j > i + 2 && src.charCodeAt(j) === 95 && src.charCodeAt(j + 1) === 95) {
      this.b.blank(i, j + 2);
      return j + 2;
    }
    return -1;
  }
}
