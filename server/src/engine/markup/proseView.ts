// What a markup reader hands the engine: the prose of a document with everything else blanked out.

export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'caption';

export interface Block extends Span {
  kind: BlockKind;
}

/** A `whosays-…` directive written in a comment of the document. */
export interface Directive {
  /** `ignore-next-line`: findings on the line after the comment; `disable`: the whole file. */
  kind: 'ignore-next-line' | 'disable';
  /** Rule ids or category names the directive names; empty means every rule. */
  rules: string[];
  /** Offset of the comment in the source. */
  offset: number;
}

/** What a textual citation reads as in the prose view: a capitalised name. */
export const CITATION_STAND_IN = 'Author';

export interface ProseView {
  /**
   * The source with every non-prose character (markup, code, math, comments, URLs, citations)
   * replaced by a space; line breaks are kept. Same length as the source, so an offset into it
   * is an offset into the source. One exception to "a space": a LaTeX textual citation
   * (`\\citet{key}`, `\\textcite{key}`) stands for its authors' names, so it reads as
   * {@link CITATION_STAND_IN} followed by spaces, which keeps "\\citet{lee} finds that ..." a sentence
   * with a subject.
   */
  text: string;
  /** Prose blocks in document order, not overlapping. Sentences never cross a block. */
  blocks: Block[];
  /** Citations and cleanup markers already present (`[1]`, `<ref>`, `\cite{}`, links, `[citation needed]`), sorted. */
  citations: Span[];
  /** Regions that are someone else's words: Markdown `>` blockquotes, `<blockquote>`, `<q>`, LaTeX quote environments. Sorted. */
  quotations: Span[];
  directives: Directive[];
  /**
   * Stretches where a comment is no comment (the raw text of HTML `<script>` or `<style>`): an
   * ignore fix cannot put its directive at a line start inside one. Sorted, not overlapping; each
   * holds the offsets strictly inside its construct ([construct start + 1, construct end)). Absent
   * when none.
   */
  uncommentable?: Span[];
}
