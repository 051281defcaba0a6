// The markup readers: each turns a document into a ProseView (its prose, with everything else blanked).

import type { MarkupLanguage } from '../types';
import { readHtml } from './html';
import { readLatex } from './latex';
import { readMarkdown } from './markdown';
import { readPlaintext } from './plaintext';
import type { ProseView } from './proseView';
import { readWikitext } from './wikitext';

export type { Block, BlockKind, Directive, ProseView, Span } from './proseView';
export { matchInlineCitation } from './inlineCitations';

export function readProse(source: string, language: MarkupLanguage): ProseView {
  switch (language) {
    case 'markdown':
      return readMarkdown(source);
    case 'html':
      return readHtml(source);
    case 'latex':
      return readLatex(source);
    case 'wikitext':
      return readWikitext(source);
    default:
      return readPlaintext(source);
  }
}

const LANGUAGES = new Map<string, MarkupLanguage>([
  ['markdown', 'markdown'], ['md', 'markdown'], ['mkd', 'markdown'], ['mdown', 'markdown'], ['markdn', 'markdown'], ['mdwn', 'markdown'],
  ['rmd', 'markdown'], ['qmd', 'markdown'], ['quarto', 'markdown'], ['rmarkdown', 'markdown'],
  ['html', 'html'], ['htm', 'html'], ['xhtml', 'html'],
  // Neovim names plain TeX files `plaintex` (and LaTeX ones `tex`): read as LaTeX, whose reader
  // blanks what plain TeX shares with it.
  ['latex', 'latex'], ['tex', 'latex'], ['ltx', 'latex'], ['plaintex', 'latex'],
  ['wikitext', 'wikitext'], ['mediawiki', 'wikitext'], ['wiki', 'wikitext'],
  ['plaintext', 'plaintext'], ['txt', 'plaintext'], ['text', 'plaintext'],
]);

/**
 * Whether an editor's language id (or a file extension) names one of the markups: `plaintext`,
 * and `text` as Neovim and Helix send it, included; anything else is linted only when configured.
 */
export function isKnownLanguageId(languageId: string): boolean {
  return LANGUAGES.has(languageId.trim().toLowerCase().replace(/^\./, ''));
}

/** Maps an editor language id or a file extension (with or without the dot) to a markup language; anything unknown is plain text. */
export function languageFromId(languageId: string | undefined): MarkupLanguage {
  if (!languageId) return 'plaintext';
  const key = languageId.trim().toLowerCase().replace(/^\./, '');
  return LANGUAGES.get(key) ?? 'plaintext';
}
