// LaTeX: one left-to-right pass with a stack of open brace groups and environments. Comments, math,
// verbatim-like environments and the preamble are blanked; commands are blanked, the text of their
// text-bearing arguments is kept; citation commands, `\footnote`, `\href`, `\url` and
// `\todo{citation needed}` are citations; quote environments, `\enquote{}` and ``…'' are quotations.

import { Finder, ViewBuilder, chars } from './builder';
import * as inlineCitations from './inlineCitations';
import { CITATION_STAND_IN, type BlockKind, type ProseView } from './proseView';

// Hot helpers as local bindings: under a CommonJS transform (tsx, which runs the tests and scripts)
// every use of an imported binding goes through a getter, which costs several times over in
// per-character loops. The bundled build is not affected either way.
const { isAsciiLetter, isSpaceOrTab, lineEnd, parseDirective } = chars;
const { takeInlineCitation } = inlineCitations;
const CR = 13;
const LF = 10;
const QUOTE = 34;
const SPACE = 32;

export function readLatex(source: string): ProseView {
  return new LatexReader(source).read();
}

const MATH_ENVIRONMENTS = new Set([
  'equation', 'align', 'gather', 'multline', 'displaymath', 'math', 'eqnarray', 'flalign', 'alignat', 'split', 'dmath', 'dgroup',
  'subequations',
]);
const RAW_ENVIRONMENTS = new Set([
  'verbatim', 'Verbatim', 'BVerbatim', 'LVerbatim', 'lstlisting', 'minted', 'comment', 'filecontents', 'tikzpicture', 'thebibliography',
  'alltt', 'spverbatim', 'pgfpicture', 'forest',
]);
const QUOTE_ENVIRONMENTS = new Set(['quote', 'quotation', 'displayquote', 'verse', 'displaycquote', 'foreigndisplayquote']);
/** Table environments and the number of arguments (column specifications, widths) after `\begin{...}`. */
const TABLE_ENVIRONMENTS = new Map([
  ['tabular', 1], ['tabular*', 2], ['tabularx', 2], ['tabulary', 2], ['longtable', 1], ['array', 1], ['tblr', 1], ['supertabular', 1], ['xtabular', 1],
]);
/** Other environments that take mandatory non-prose arguments. */
const ENVIRONMENT_ARGUMENTS = new Map([
  ['minipage', 1], ['multicols', 1], ['wrapfigure', 2], ['wraptable', 2], ['subfigure', 1], ['adjustbox', 1], ['otherlanguage', 1], ['otherlanguage*', 1],
]);

/** Commands whose first `n` mandatory arguments are not prose. */
const NON_TEXT_ARGUMENTS = new Map<string, number>([
  ['label', 1], ['ref', 1], ['eqref', 1], ['pageref', 1], ['autoref', 1], ['cref', 1], ['Cref', 1], ['crefrange', 2], ['nameref', 1], ['vref', 1],
  ['usepackage', 1], ['RequirePackage', 1], ['documentclass', 1], ['includegraphics', 1], ['input', 1], ['include', 1], ['includeonly', 1],
  ['bibliography', 1], ['bibliographystyle', 1], ['addbibresource', 1], ['nocite', 1], ['newcommand', 2], ['renewcommand', 2],
  ['providecommand', 2], ['newenvironment', 3], ['renewenvironment', 3], ['newtheorem', 2], ['DeclareMathOperator', 2], ['setlength', 2],
  ['addtolength', 2], ['setcounter', 2], ['addtocounter', 2], ['stepcounter', 1], ['refstepcounter', 1], ['vspace', 1], ['hspace', 1],
  ['texttt', 1], ['color', 1], ['textcolor', 1], ['colorbox', 1], ['pagestyle', 1], ['thispagestyle', 1], ['pagenumbering', 1],
  ['graphicspath', 1], ['hypersetup', 1], ['geometry', 1], ['index', 1], ['glossary', 1], ['numberwithin', 2], ['definecolor', 3],
  ['lstinputlisting', 1], ['inputminted', 2], ['ensuremath', 1], ['bibitem', 1], ['multicolumn', 2], ['multirow', 2], ['cline', 1],
  ['rule', 2], ['raisebox', 1], ['resizebox', 2], ['scalebox', 1], ['rotatebox', 1], ['fontsize', 2], ['setmainfont', 1], ['setsansfont', 1],
  ['setmonofont', 1], ['foreignlanguage', 1], ['selectlanguage', 1], ['nolinkurl', 1], ['path', 1], ['phantom', 1], ['hphantom', 1],
  ['vphantom', 1], ['includepdf', 1], ['captionsetup', 1], ['setlist', 1], ['usetikzlibrary', 1], ['pgfplotsset', 1], ['newacronym', 3],
  ['gls', 1], ['Gls', 1], ['glspl', 1], ['Glspl', 1], ['acrshort', 1], ['acrlong', 1], ['acrfull', 1], ['ac', 1], ['acp', 1], ['captionof', 1],
  ['hyperlink', 1], ['hypertarget', 1], ['newglossaryentry', 2], ['addcontentsline', 3], ['markboth', 2], ['markright', 1],
  ['foreignquote', 1], ['texorpdfstring', 1],
]);

const HEADINGS = new Set(['part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph', 'title', 'subtitle', 'frametitle', 'framesubtitle', 'addpart', 'addchap', 'addsec', 'minisec']);
const CAPTIONS = new Set(['caption', 'captionof', 'subcaption']);
const OWN_BLOCKS = new Set(['footnote', 'footnotetext', 'marginpar', 'marginnote', 'sidenote', 'tablefootnote', 'endnote']);
const QUOTE_COMMANDS = new Set(['enquote', 'textquote', 'foreignquote', 'hyperquote', 'textcquote', 'enquote*', 'textquote*', 'foreignquote*']);
/** Commands that may take optional `[...]` arguments before their text argument. */
const TAKES_OPTIONAL = new Set(['item', 'footnote', 'footnotetext', 'caption', 'textquote', 'textcquote', 'marginpar', 'todo', 'href', 'hyperref', 'sidenote', 'makebox', 'framebox', 'parbox']);

function isCitationCommand(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'nocite') return false;
  return lower.startsWith('cite') || lower.endsWith('cite') || lower.endsWith('cites') || lower === 'footcitetext' || lower === 'citep*' || lower === 'citet*';
}

/** Textual citations stand for the authors' names, often as the subject: "\\citet{lee} finds that ...". */
const TEXTUAL_CITATIONS = new Set(['citet', 'citet*', 'Citet', 'Citet*', 'citeauthor', 'citeauthor*', 'Citeauthor', 'Citeauthor*', 'textcite', 'Textcite', 'textcites', 'Textcites', 'citeA', 'citeNP']);

function isCitationNeededMacro(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.includes('citationneeded') || lower.includes('citeneeded') || lower.includes('needcite') || lower.includes('needscitation');
}

type FrameAction = 'group' | 'heading' | 'caption' | 'footnote' | 'block' | 'quote' | 'cite';

interface Frame {
  action: FrameAction;
  /** Where the command that opened the group starts. */
  start: number;
  resume: BlockKind;
}

interface Environment {
  name: string;
  start: number;
  quote: boolean;
  table: boolean;
}

class LatexReader {
  private readonly src: string;
  private readonly b: ViewBuilder;
  private readonly finder: Finder;
  private limit: number;
  private readonly frames: Frame[] = [];
  private readonly envs: Environment[] = [];
  private readonly envCounts = new Map<string, number>();
  private tableDepth = 0;
  private blankLineMemo = { from: -1, at: -1 };
  private readonly verbFailures = new Map<number, { from: number; to: number }>();
  /** Kinds of the block-making groups (headings, captions, footnotes) that are open. */
  private readonly blockFrames: BlockKind[] = [];

  constructor(source: string) {
    this.src = source;
    this.b = new ViewBuilder(source);
    this.finder = new Finder(source);
    this.limit = source.length;
  }

  read(): ProseView {
    const { src, b } = this;
    const n = src.length;
    let start = 0;
    const begin = src.indexOf('\\begin{document}');
    if (begin >= 0) {
      this.directivesIn(0, begin);
      start = begin + '\\begin{document}'.length;
      b.blank(0, start);
    }
    const end = src.indexOf('\\end{document}', start);
    if (end >= 0) {
      this.limit = end;
      b.blank(end, n);
    }
    this.scan(start);
    while (this.frames.length > 0) this.closeFrame(this.frames.pop()!, this.limit);
    while (this.envs.length > 0) this.closeEnvironment(this.envs.pop()!, this.limit, this.limit);
    return b.finish();
  }

  /** The kind of block that text at the current position belongs to. */
  private get kind(): BlockKind {
    const top = this.blockFrames[this.blockFrames.length - 1];
    if (top) return top;
    return this.tableDepth > 0 ? 'table-cell' : 'paragraph';
  }

  /**
   * Directives in comments of a stretch that is blanked whole: the preamble, and math, where `%`
   * still starts a comment (an ignore fix puts its comment there when a line starts inside math).
   */
  private directivesIn(start: number, end: number): void {
    const src = this.src;
    for (let k = start; k < end; k++) {
      const c = src.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 37) {
        const le = lineEnd(src, k, end);
        this.b.directive(parseDirective(src.slice(k + 1, le), k));
        k = le;
      }
    }
  }

  private scan(start: number): void {
    const { src, b } = this;
    const limit = this.limit;
    let i = start;
    while (i < limit) {
      const c = src.charCodeAt(i);
      switch (c) {
        case 37: {
          // % comment, to the end of the line.
          const le = lineEnd(src, i, limit);
          b.comment(i, i + 1, le, le);
          i = le;
          continue;
        }
        case 92:
          i = this.command(i);
          continue;
        case 36:
          i = this.dollar(i);
          continue;
        case 123:
          b.blank(i, i + 1);
          this.frames.push({ action: 'group', start: i, resume: this.kind });
          i++;
          continue;
        case 125: {
          b.blank(i, i + 1);
          const frame = this.frames.pop();
          if (frame) this.closeFrame(frame, i + 1);
          i++;
          continue;
        }
        case 126:
          b.set(i, SPACE);
          i++;
          continue;
        case 96:
          if (src.charCodeAt(i + 1) === 96) {
            this.openingQuotes(i);
            i += 2;
            continue;
          }
          break;
        case 38:
          b.blank(i, i + 1);
          if (this.tableDepth > 0) b.boundary(i, 'table-cell');
          i++;
          continue;
        case 35:
          b.blank(i, i + 1);
          i++;
          continue;
        case LF:
        case CR:
          if (c === CR && src.charCodeAt(i + 1) === LF) {
            i++;
            continue;
          }
          if (this.lineAfterIsBlank(i + 1)) b.boundary(i + 1, this.kind);
          i++;
          continue;
      }
      const taken = takeInlineCitation(b, i, limit);
      if (taken > 0) {
        i = taken;
        continue;
      }
      i++;
    }
  }

  private lineAfterIsBlank(k: number): boolean {
    const src = this.src;
    while (k < this.limit && isSpaceOrTab(src.charCodeAt(k))) k++;
    if (k >= this.limit) return true;
    const c = src.charCodeAt(k);
    return c === LF || c === CR;
  }

  /** Offset of the next blank line at or after `from` (or the limit). Remembered, so repeated asks stay linear. */
  private nextBlankLine(from: number): number {
    const memo = this.blankLineMemo;
    if (from >= memo.from && from <= memo.at) return memo.at;
    const src = this.src;
    let at = this.limit;
    let newline = false;
    for (let k = from; k < this.limit; k++) {
      const c = src.charCodeAt(k);
      if (c === LF) {
        if (newline) {
          at = k;
          break;
        }
        newline = true;
      } else if (c !== CR && !isSpaceOrTab(c)) newline = false;
    }
    this.blankLineMemo = { from, at };
    return at;
  }

  /** The next `needle` after `from` within the same paragraph, or -1. */
  private inParagraph(needle: string, from: number): number {
    const k = this.finder.indexOf(needle, from);
    if (k < 0 || k >= this.limit) return -1;
    return k < this.nextBlankLine(from) ? k : -1;
  }

  private dollar(i: number): number {
    const { src, b } = this;
    if (src.charCodeAt(i + 1) === 36) {
      const close = this.inParagraph('$$', i + 2);
      if (close < 0) {
        b.blank(i, i + 2);
        return i + 2;
      }
      b.blank(i, close + 2);
      this.directivesIn(i + 2, close);
      return close + 2;
    }
    let k = i + 1;
    for (;;) {
      const close = this.inParagraph('$', k);
      if (close < 0) return i + 1; // an unclosed `$` is just a dollar sign
      if (src.charCodeAt(close - 1) === 92 && src.charCodeAt(close - 2) !== 92) {
        k = close + 1;
        continue;
      }
      b.blank(i, close + 1);
      this.directivesIn(i + 1, close);
      return close + 1;
    }
  }

  /** ``…'': both become `"` next to the quoted words, and the stretch is a quotation. */
  private openingQuotes(i: number): void {
    const b = this.b;
    b.blank(i, i + 2);
    const close = this.inParagraph("''", i + 2);
    if (close < 0) return;
    b.set(i + 1, QUOTE);
    b.set(close, QUOTE);
    b.blank(close + 1, close + 2);
    b.quote(i, close + 2);
  }

  // ---------------------------------------------------------------- arguments

  /** Skips spaces, tabs and at most one line break. */
  private skipSpaces(k: number): number {
    const src = this.src;
    let newline = false;
    while (k < this.limit) {
      const c = src.charCodeAt(k);
      if (isSpaceOrTab(c)) k++;
      else if (c === LF || c === CR) {
        if (newline) break;
        newline = true;
        k += c === CR && src.charCodeAt(k + 1) === LF ? 2 : 1;
      } else break;
    }
    return k;
  }

  /**
   * The end of a brace group opening at `k`. Escapes and comments are skipped; a blank line or the
   * limit ends a runaway group (TeX stops there too).
   */
  private balanced(k: number, comments = true): number {
    const src = this.src;
    const limit = this.limit;
    let depth = 0;
    let newline = false;
    for (; k < limit; k++) {
      const c = src.charCodeAt(k);
      if (c === 92) {
        k++;
        newline = false;
      } else if (c === 37 && comments) {
        // A comment in an argument that is blanked whole can still hold a directive.
        const le = lineEnd(src, k, limit);
        this.b.directive(parseDirective(src.slice(k + 1, le), k));
        k = le - 1;
      } else if (c === LF) {
        if (newline) return k;
        newline = true;
      } else if (c === 123) {
        depth++;
        newline = false;
      } else if (c === 125) {
        depth--;
        if (depth <= 0) return k + 1;
        newline = false;
      } else if (c !== CR && !isSpaceOrTab(c)) newline = false;
    }
    return limit;
  }

  /** Optional arguments right at `k`: the offset after the last one. */
  private optionals(k: number, allowSpace: boolean): number {
    for (;;) {
      const at = allowSpace ? this.skipSpaces(k) : k;
      if (this.src.charCodeAt(at) !== 91) return k;
      k = this.optionalEnd(at);
    }
  }

  private optionalEnd(k: number): number {
    const src = this.src;
    let depth = 0;
    let newline = false;
    for (let j = k + 1; j < this.limit; j++) {
      const c = src.charCodeAt(j);
      if (c === 92) {
        j++;
        continue;
      }
      if (c === LF) {
        if (newline) return j;
        newline = true;
        continue;
      }
      if (c !== CR && !isSpaceOrTab(c)) newline = false;
      if (c === 123) depth++;
      else if (c === 125) depth--;
      else if (c === 93 && depth <= 0) return j + 1;
    }
    return this.limit;
  }

  /** One mandatory argument at `k` (after spaces): a braced group, a command token or one character. */
  private argument(k: number, verbatim = false): number {
    const src = this.src;
    k = this.skipSpaces(k);
    if (k >= this.limit) return k;
    const c = src.charCodeAt(k);
    if (c === 123) return this.balanced(k, !verbatim);
    if (c === 92) {
      let j = k + 1;
      if (isAsciiLetter(src.charCodeAt(j))) while (j < this.limit && isAsciiLetter(src.charCodeAt(j))) j++;
      else j++;
      return j;
    }
    if (c === 125) return k;
    return k + 1;
  }

  /** Opens a text-bearing argument at `k`: blanks `{` and pushes a frame. Returns where scanning resumes. */
  private openText(k: number, action: FrameAction, start: number): number {
    const at = this.skipSpaces(k);
    if (this.src.charCodeAt(at) !== 123) return k;
    this.b.blank(k, at + 1);
    this.frames.push({ action, start, resume: this.kind });
    if (action === 'heading') this.blockFrames.push('heading');
    else if (action === 'caption') this.blockFrames.push('caption');
    else if (action === 'footnote' || action === 'block') this.blockFrames.push('paragraph');
    return at + 1;
  }

  private closeFrame(frame: Frame, end: number): void {
    const b = this.b;
    if (frame.action === 'heading' || frame.action === 'caption' || frame.action === 'footnote' || frame.action === 'block') this.blockFrames.pop();
    switch (frame.action) {
      case 'heading':
      case 'caption':
      case 'block':
        b.boundary(end, frame.resume);
        break;
      case 'footnote':
        b.boundary(end, frame.resume);
        b.cite(frame.start, end);
        break;
      case 'quote':
        b.quote(frame.start, end);
        break;
      case 'cite':
        b.cite(frame.start, end);
        break;
      case 'group':
        break;
    }
  }

  // ---------------------------------------------------------------- commands

  private command(i: number): number {
    const { src, b } = this;
    const c1 = src.charCodeAt(i + 1);
    if (!isAsciiLetter(c1)) return this.controlSymbol(i, c1);
    let k = i + 1;
    while (k < this.limit && isAsciiLetter(src.charCodeAt(k))) k++;
    const base = src.slice(i + 1, k);
    let name = base;
    if (src.charCodeAt(k) === 42) {
      k++;
      name += '*';
    }

    if (base === 'begin') return this.begin(i, k);
    if (base === 'end') return this.end(i, k);
    if (base === 'verb' || base === 'lstinline' || base === 'mintinline') return this.verbatim(i, k, base);
    if (base === 'def' || base === 'gdef' || base === 'edef' || base === 'xdef') {
      let j = this.argument(k);
      while (j < this.limit && src.charCodeAt(j) !== 123 && src.charCodeAt(j) !== LF) j++;
      const end = src.charCodeAt(j) === 123 ? this.balanced(j) : j;
      b.blank(i, end);
      return end;
    }
    if (base === 'iffalse') {
      // \iffalse ... \fi: commented out.
      let close = this.finder.indexOf('\\fi', k);
      while (close >= 0 && close < this.limit && isAsciiLetter(src.charCodeAt(close + 3))) close = this.finder.indexOf('\\fi', close + 3);
      const end = close < 0 || close >= this.limit ? k : close + 3;
      // An ignore fix for a line that starts with the \fi puts its comment inside.
      if (end > k) this.directivesIn(k, close);
      b.blank(i, end);
      return end;
    }
    if (base === 'par') {
      b.blank(i, k);
      b.boundary(i, this.kind);
      return k;
    }
    if (base === 'item') {
      const end = this.optionals(k, true);
      b.blank(i, end);
      b.boundary(i, 'list-item');
      return end;
    }
    if (isCitationCommand(base)) {
      // \cite[see][p. 4]{key}, multi-citations \cites{a}{b}: blank them all.
      let end = this.optionals(k, true);
      for (;;) {
        const at = this.skipSpaces(end);
        const c = src.charCodeAt(at);
        if (c === 123) end = this.balanced(at);
        else if (c === 91 && base.endsWith('s')) end = this.optionalEnd(at);
        else break;
        if (!base.endsWith('s')) break;
      }
      b.blank(i, end);
      b.cite(i, end);
      if (TEXTUAL_CITATIONS.has(base) && end - i >= CITATION_STAND_IN.length) {
        for (let j = 0; j < CITATION_STAND_IN.length; j++) b.set(i + j, CITATION_STAND_IN.charCodeAt(j));
      }
      return end;
    }
    if (base === 'todo' || isCitationNeededMacro(base)) {
      const optEnd = this.optionals(k, true);
      const at = this.skipSpaces(optEnd);
      const end = src.charCodeAt(at) === 123 ? this.balanced(at) : optEnd;
      b.blank(i, end);
      if (isCitationNeededMacro(base) || /citation|source|who\?|by whom|according to whom|which\?|when\?|vague|weasel/i.test(src.slice(at, end))) b.cite(i, end);
      return end;
    }
    if (base === 'url') {
      const end = this.argument(k, true);
      b.blank(i, end);
      b.cite(i, end);
      return end;
    }
    if (base === 'href') {
      const urlEnd = this.argument(this.optionals(k, true), true);
      b.blank(i, urlEnd);
      const next = this.openText(urlEnd, 'cite', i);
      if (next === urlEnd) b.cite(i, urlEnd);
      return next;
    }
    if (base === 'footnotemark') {
      const end = this.optionals(k, false);
      b.blank(i, end);
      b.cite(i, end);
      return end;
    }

    // Everything else: blank the name and the optional arguments, and the non-prose arguments.
    let end = TAKES_OPTIONAL.has(base) || HEADINGS.has(base) || CAPTIONS.has(base) || QUOTE_COMMANDS.has(name) || OWN_BLOCKS.has(base)
      ? this.optionals(k, true)
      : this.optionals(k, false);
    const skipped = NON_TEXT_ARGUMENTS.get(base) ?? 0;
    for (let a = 0; a < skipped; a++) end = this.argument(this.optionals(end, true));
    if (base === 'textquote' || base === 'textcquote') end = this.optionals(end, true);
    b.blank(i, end);

    if (HEADINGS.has(base)) {
      b.boundary(i, 'heading');
      return this.openText(end, 'heading', i);
    }
    if (CAPTIONS.has(base)) {
      b.boundary(i, 'caption');
      return this.openText(end, 'caption', i);
    }
    if (OWN_BLOCKS.has(base)) {
      b.boundary(i, this.kind === 'table-cell' ? 'table-cell' : 'paragraph');
      return this.openText(end, base === 'footnote' || base === 'tablefootnote' ? 'footnote' : 'block', i);
    }
    if (QUOTE_COMMANDS.has(name) || QUOTE_COMMANDS.has(base)) return this.openText(end, 'quote', i);
    return end;
  }

  private controlSymbol(i: number, c1: number): number {
    const { src, b } = this;
    switch (c1) {
      case 92: {
        // \\ line break, with an optional * and [length]; a new row in a table.
        let end = i + 2;
        if (src.charCodeAt(end) === 42) end++;
        end = this.optionals(end, false);
        b.blank(i, end);
        if (this.tableDepth > 0) b.boundary(end, 'table-cell');
        return end;
      }
      case 37: case 38: case 36: case 35: case 95: case 123: case 125:
        // \% \& \$ \# \_ \{ \}: the character itself is text.
        b.blank(i, i + 1);
        return i + 2;
      case 40: {
        const close = this.inParagraph('\\)', i + 2);
        const end = close < 0 ? i + 2 : close + 2;
        b.blank(i, end);
        if (close >= 0) this.directivesIn(i + 2, close);
        return end;
      }
      case 91: {
        const close = this.inParagraph('\\]', i + 2);
        const end = close < 0 ? i + 2 : close + 2;
        b.blank(i, end);
        if (close >= 0) this.directivesIn(i + 2, close);
        return end;
      }
      case 39: case 34: case 96: case 94: case 126: case 61: case 46: {
        // Accents: \'e, \"{o}. The letter stays.
        if (src.charCodeAt(i + 2) === 123 && src.charCodeAt(i + 4) === 125) {
          b.blank(i, i + 3);
          b.blank(i + 4, i + 5);
          return i + 5;
        }
        b.blank(i, i + 2);
        return i + 2;
      }
      case LF:
      case CR:
      case SPACE:
      case 9:
        b.blank(i, i + 1);
        return i + 1;
      default:
        b.blank(i, i + 2);
        return i + 2;
    }
  }

  /** \verb|x|, \lstinline[opts]{x}, \mintinline{lang}{x}: blanked. */
  private verbatim(i: number, k: number, base: string): number {
    const { src, b } = this;
    let j = base === 'verb' ? k : this.optionals(k, false);
    if (base === 'mintinline') j = this.argument(j);
    const d = src.charCodeAt(j);
    let end = j;
    if (d === 123) end = this.balanced(j);
    else if (j < this.limit && d !== LF && d !== CR && d !== SPACE) {
      // The closing delimiter must be on the same line. Remember failures so that many unclosed
      // \verb on one line do not rescan it.
      const failed = this.verbFailures.get(d);
      if (!failed || j < failed.from || j >= failed.to) {
        let close = j + 1;
        while (close < this.limit) {
          const c = src.charCodeAt(close);
          if (c === d || c === LF || c === CR) break;
          close++;
        }
        if (close < this.limit && src.charCodeAt(close) === d) end = close + 1;
        else this.verbFailures.set(d, { from: j, to: close });
      }
    }
    b.blank(i, end);
    return end;
  }

  private environmentName(k: number): { name: string; end: number } | null {
    const src = this.src;
    const at = this.skipSpaces(k);
    if (src.charCodeAt(at) !== 123) return null;
    let close = at + 1;
    while (close < this.limit && close - at <= 60 && src.charCodeAt(close) !== 125) close++;
    if (src.charCodeAt(close) !== 125) return null;
    const name = src.slice(at + 1, close).trim();
    if (!/^[A-Za-z@*0-9]+$/.test(name)) return null;
    return { name, end: close + 1 };
  }

  private begin(i: number, k: number): number {
    const b = this.b;
    const env = this.environmentName(k);
    if (!env) {
      b.blank(i, k);
      return k;
    }
    const { name } = env;
    const bare = name.endsWith('*') ? name.slice(0, -1) : name;
    b.boundary(i, this.kind);
    if (MATH_ENVIRONMENTS.has(bare) || RAW_ENVIRONMENTS.has(bare)) {
      const closer = `\\end{${name}}`;
      const close = this.finder.indexOf(closer, env.end);
      const end = close < 0 || close >= this.limit ? this.limit : close + closer.length;
      b.blank(i, end);
      if (MATH_ENVIRONMENTS.has(bare)) this.directivesIn(env.end, close < 0 || close >= this.limit ? this.limit : close);
      // A `%` inside verbatim text is text; the reader reads no directive in the others either.
      else b.opaque(env.end - 1, close < 0 || close >= this.limit ? this.limit + 1 : close + 1);
      b.boundary(end, this.kind);
      return end;
    }
    let end = this.optionals(env.end, false);
    const table = TABLE_ENVIRONMENTS.get(name);
    const args = table ?? ENVIRONMENT_ARGUMENTS.get(name) ?? 0;
    for (let a = 0; a < args; a++) end = this.optionals(this.argument(this.optionals(end, true)), false);
    if (name === 'displayquote' || name === 'displaycquote') end = this.optionals(end, false);
    b.blank(i, end);
    const quote = QUOTE_ENVIRONMENTS.has(name);
    this.envs.push({ name, start: i, quote, table: table !== undefined });
    this.envCounts.set(name, (this.envCounts.get(name) ?? 0) + 1);
    if (table !== undefined) this.tableDepth++;
    b.boundary(end, this.kind);
    return end;
  }

  private end(i: number, k: number): number {
    const b = this.b;
    const env = this.environmentName(k);
    if (!env) {
      b.blank(i, k);
      return k;
    }
    b.blank(i, env.end);
    if (this.envCounts.get(env.name)) {
      for (;;) {
        const open = this.envs.pop()!;
        this.envCounts.set(open.name, this.envCounts.get(open.name)! - 1);
        const matched = open.name === env.name;
        this.closeEnvironment(open, i, matched ? env.end : i);
        if (matched) break;
      }
    }
    b.boundary(i, this.kind);
    b.boundary(env.end, this.kind);
    return env.end;
  }

  private closeEnvironment(env: Environment, _endStart: number, end: number): void {
    if (env.quote) this.b.quote(env.start, end);
    if (env.table) this.tableDepth--;
  }
}
