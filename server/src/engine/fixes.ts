// Fixes as plain data: titles and text edits, in the document's own syntax.

import type { EngineConfig, Fix, MarkerTexts, MarkupLanguage, TextEdit } from './types';
import type { FixKind } from './rules/rule';
import { NEUTRAL_FORMS, matchCase } from './rules/loadedSpeechVerb';
import { DEFAULT_PLACEMENT, punctuationEnd, separated, type MarkerPlacement } from './markerPlacement';

const BRACKETED: MarkerTexts = { citationNeeded: '[citation needed]', who: '[who?]', byWhom: '[by whom?]' };

export const DEFAULT_MARKERS: Readonly<Record<MarkupLanguage, MarkerTexts>> = {
  plaintext: BRACKETED,
  markdown: BRACKETED,
  html: BRACKETED,
  // Plain bracketed text compiles in any LaTeX document; `\todo` (below) only where a package defines it.
  latex: BRACKETED,
  wikitext: { citationNeeded: '{{citation needed|date={date}}}', who: '{{who|date={date}}}', byWhom: '{{by whom|date={date}}}' },
};

/** LaTeX markers for documents that load todonotes (or another package that defines `\todo`). */
export const LATEX_TODO_MARKERS: Readonly<MarkerTexts> = { citationNeeded: '\\todo{citation needed}', who: '\\todo{who?}', byWhom: '\\todo{by whom?}' };

/** The comment that silences one rule on the next line, or undefined where the syntax has no comments. */
export function ignoreComment(language: MarkupLanguage, rule: string): string | undefined {
  switch (language) {
    case 'latex':
      return `% whosays-ignore-next-line ${rule}`;
    case 'markdown':
    case 'html':
    case 'wikitext':
      return `<!-- whosays-ignore-next-line ${rule} -->`;
    default:
      return undefined;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The marker texts for a document: the configured ones, else the language's; `todo` when a LaTeX document can take `\todo`. */
export function markerTexts(language: MarkupLanguage, config: Pick<EngineConfig, 'markers'>, now: Date, todo = false): MarkerTexts {
  const date = `${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
  const defaults = language === 'latex' && todo ? LATEX_TODO_MARKERS : DEFAULT_MARKERS[language];
  const merged = { ...defaults, ...(config.markers[language] ?? {}) };
  return {
    citationNeeded: merged.citationNeeded.replace('{date}', date),
    who: merged.who.replace('{date}', date),
    byWhom: merged.byWhom.replace('{date}', date),
  };
}

export interface FixSite {
  source: string;
  language: MarkupLanguage;
  rule: string;
  offset: number;
  length: number;
  /** Where the sentence's terminal punctuation starts (or its end when it has none). */
  terminal: number;
  /**
   * Where the sentence ends. A marker after the punctuation never goes past it: what follows in the
   * source may be markup the reader hid (an image's `!`), and a marker inside it is no marker.
   */
  sentenceEnd: number;
  /** Where the line holding the finding starts. */
  lineStart: number;
  /** Whether a comment put at `lineStart` is read as one (not inside a `<script>`, say): no ignore fix otherwise. */
  commentable?: boolean;
  /** The document's line break, which the ignore comment's own line ends with. */
  eol: string;
  /** Where a [who?] or [by whom?] marker goes; the end of the span when absent. */
  markerAt?: number;
  markers: MarkerTexts;
  /** How the document places its markers; Wikipedia's way when absent. */
  placement?: MarkerPlacement;
}

/**
 * True when `marker` already stands at `at`, just after it or just before it (ignoring spaces and
 * tabs between): never tag twice. Before matters where the reader does not take the marker for a
 * citation (inside a link target, say) and the sentence's end lies after it.
 */
function markerAlreadyAt(source: string, at: number, marker: string): boolean {
  let i = at;
  while (source.charAt(i) === ' ' || source.charAt(i) === '\t') i++;
  if (source.startsWith(marker, i)) return true;
  let j = at;
  while (source.charAt(j - 1) === ' ' || source.charAt(j - 1) === '\t') j--;
  return j >= marker.length && source.endsWith(marker, j);
}

/**
 * A marker never goes right after a backslash: Markdown would read `\[` as an escaped bracket (no
 * marker) and LaTeX `\\[` as a line break's optional argument, so it goes before the backslashes.
 */
function beforeBackslashes(source: string, at: number): number {
  while (at > 0 && source.charAt(at - 1) === '\\') at--;
  return at;
}

/**
 * In Markdown a bracketed marker right before `(` or `[` would join it: `[who?](text)` is a link
 * and `[who?][text]` a reference, which turns the writer's text into a link target and hides the
 * marker. A space after the marker keeps both apart.
 */
function spaceBeforeBracket(language: MarkupLanguage, marker: string, source: string, at: number): string {
  if (language !== 'markdown' || !marker.endsWith(']')) return '';
  const next = source.charAt(at);
  return next === '(' || next === '[' ? ' ' : '';
}

function insert(offset: number, newText: string): TextEdit {
  return { offset, length: 0, newText };
}

/**
 * The ignore comment copies the flagged line's indentation so that it stays in the same Markdown
 * list item or block quote (elsewhere indentation is cosmetic). Eight levels of nesting at four
 * columns each is deeper than prose goes; copying more would make every finding on a hugely
 * indented line carry the whole indentation (findings × indentation bytes).
 */
const MAX_COPIED_INDENT = 32;

export function buildFixes(kinds: readonly FixKind[], site: FixSite): Fix[] {
  const fixes: Fix[] = [];
  const { source, offset, length, markers } = site;
  const placement = site.placement ?? DEFAULT_PLACEMENT;
  const flagged = source.slice(offset, offset + length);
  for (const kind of kinds) {
    if (kind === 'citation-needed') {
      const marker = markers.citationNeeded;
      const after = Math.min(punctuationEnd(source, site.terminal), Math.max(site.sentenceEnd, site.terminal));
      if (!markerAlreadyAt(source, site.terminal, marker) && !markerAlreadyAt(source, after, marker)) {
        const at = beforeBackslashes(source, placement.punctuation === 'after' ? after : site.terminal);
        fixes.push({ title: `Insert ${marker}`, kind, edits: [insert(at, separated(source, at, placement.separator, marker) + spaceBeforeBracket(site.language, marker, source, at))] });
      }
    } else if (kind === 'who' || kind === 'by-whom') {
      const marker = kind === 'who' ? markers.who : markers.byWhom;
      const at = beforeBackslashes(source, site.markerAt ?? offset + length);
      if (!markerAlreadyAt(source, at, marker)) {
        fixes.push({ title: `Insert ${marker} after "${source.slice(offset, at).replace(/\s+/g, ' ')}"`, kind, edits: [insert(at, separated(source, at, placement.wordSeparator, marker) + spaceBeforeBracket(site.language, marker, source, at))] });
      }
    } else if (kind === 'said') {
      const neutral = NEUTRAL_FORMS[flagged.toLowerCase().replace(/\s+/g, ' ')];
      if (neutral) fixes.push({ title: `Replace "${flagged}" with "${matchCase(flagged, neutral)}"`, kind, edits: [{ offset, length, newText: matchCase(flagged, neutral) }] });
    } else if (kind === 'remove-word') {
      const removal = removeWord(source, offset, length);
      if (removal) fixes.push({ title: `Remove "${flagged}"`, kind, edits: removal });
    }
  }
  if (fixes.length > 0) fixes[0].preferred = true;
  const comment = site.commentable === false ? undefined : ignoreComment(site.language, site.rule);
  if (comment) {
    const { lineStart } = site;
    let indentEnd = lineStart;
    while (indentEnd - lineStart < MAX_COPIED_INDENT && (source.charAt(indentEnd) === ' ' || source.charAt(indentEnd) === '\t')) indentEnd++;
    fixes.push({ title: `Ignore ${site.rule} on this line`, kind: 'ignore', edits: [insert(lineStart, `${source.slice(lineStart, indentEnd)}${comment}${site.eol}`)] });
  }
  return fixes;
}

/** Removes a word and the space (or the ", ") that goes with it, keeping the sentence well formed. */
function removeWord(source: string, offset: number, length: number): TextEdit[] | undefined {
  let start = offset;
  let end = offset + length;
  const before = source.charAt(start - 1);
  // A lone CR ends a line as LF does (a CR-only file).
  const sentenceStart = start === 0 || /[.!?\n\r]\s*$/.test(source.slice(Math.max(0, start - 3), start));
  if (source.charAt(end) === ',') {
    // "Of course, the plan failed." -> "The plan failed."; "It was, clearly, late." -> "It was late."
    end++;
    while (source.charAt(end) === ' ') end++;
    if (before === ' ' && source.charAt(start - 2) === ',') start -= 2;
  } else if (source.charAt(end) === ' ') {
    end++;
  } else if (before === ' ') {
    start--;
  } else {
    return undefined;
  }
  const edits: TextEdit[] = [{ offset: start, length: end - start, newText: '' }];
  if (sentenceStart && start === offset) {
    const next = source.charAt(end);
    if (next !== next.toUpperCase()) edits[0] = { offset: start, length: end - start + 1, newText: next.toUpperCase() };
  }
  return edits;
}
