// Which words a stretch of text treats as names: those it capitalises in the middle of sentences
// more often than it writes them in lower case. A capital at a sentence start says nothing, so
// "McConnell aides said" opening a sentence is read by how the paragraph writes "McConnell"
// elsewhere. The engine reads names per block (lint.ts): the whole document would read more of
// them, but a paragraph must lint alone exactly as inside the whole (lsp/paragraphs.ts).

import { isCapitalized, type Token } from './tokens';

const CLAUSE_OPENING_MARKS = new Set([':', ';', '-', '\u2013', '\u2014', '"', '\u201c', '\u2018', '(']);

export class NameBook {
  private balance?: Map<string, number>;

  /** `sentences` yields each sentence's tokens; read only when a question first needs the counts. */
  constructor(private readonly sentences: () => Iterable<readonly Token[]>) {}

  /** true: a name here; false: a common word here; undefined: the document never writes it mid-sentence. */
  isName(lower: string): boolean | undefined {
    const seen = this.counts().get(lower);
    return seen === undefined || seen === 0 ? undefined : seen > 0;
  }

  private counts(): Map<string, number> {
    if (this.balance) return this.balance;
    const balance = new Map<string, number>();
    for (const tokens of this.sentences()) {
      let first = true;
      for (const t of tokens) {
        // After a colon, a dash or an opening quote a capital may just open a clause.
        if (t.kind === 'punct') {
          if (CLAUSE_OPENING_MARKS.has(t.text)) first = true;
          continue;
        }
        if (t.kind !== 'word') continue;
        if (first) {
          first = false;
          continue;
        }
        balance.set(t.lower, (balance.get(t.lower) ?? 0) + (isCapitalized(t) ? 1 : -1));
      }
    }
    this.balance = balance;
    return balance;
  }
}

/** For text with no document around it: nothing is known. */
export const NO_NAMES = new NameBook(() => []);
