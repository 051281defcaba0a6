// Quoted stretches of a block, and the span helpers the suppressors share.

import type { Span } from './markup/proseView';
import { firstAtOrAfter } from './text/search';

/** Sorted, non-overlapping spans: is `offset` inside one? Binary search. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  // The first span ending after `offset` holds it if it also starts at or before it.
  const i = firstAtOrAfter(spans, offset + 1, (span) => span.end);
  return i < spans.length && spans[i].start <= offset;
}

/** Does any span start inside [from, to)? Spans sorted by start. */
export function anySpanStartsIn(spans: readonly Span[], from: number, to: number): boolean {
  const i = firstAtOrAfter(spans, from, (span) => span.start);
  return i < spans.length && spans[i].start < to;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '\u201c': '\u201d', '\u00ab': '\u00bb', '\u201e': '\u201c' };

/**
 * Quoted stretches of one block, by double quotes (straight or curly) and curly single quotes.
 * An opening quote that is never closed in the block quotes nothing: a stray mark must not silence a paragraph.
 */
export function findQuotations(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  // Once no closer of a kind is left in the block, later openers of that kind are skipped: linear time.
  const exhausted = new Set<string>();
  let i = start;
  while (i < end) {
    // Most characters open nothing: one comparison skips them.
    const code = text.charCodeAt(i);
    if (code !== 0x27 && code !== 0x22 && code !== 0x201c && code !== 0xab && code !== 0x201e && code !== 0x2018) {
      i++;
      continue;
    }
    const ch = text.charAt(i);
    // Two apostrophes as a double quote, as some newspaper archives print them: ''We will win,'' she said.
    if (ch === "'" && text.charAt(i + 1) === "'" && !exhausted.has("''") && (i === start || /[\s([{\u2014-]/.test(text.charAt(i - 1))) && /[\p{L}\p{N}$]/u.test(text.charAt(i + 2))) {
      const j = text.indexOf("''", i + 2);
      if (j < 0 || j + 2 > end) {
        exhausted.add("''");
        i++;
        continue;
      }
      spans.push({ start: i, end: j + 2 });
      i = j + 2;
      continue;
    }
    const close = QUOTE_PAIRS[ch] ?? (ch === '\u2018' && (i === start || /[\s([{\u2014-]/.test(text.charAt(i - 1))) ? '\u2019' : undefined);
    if (close === undefined || exhausted.has(close)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < end; j++) {
      const c = text.charAt(j);
      if (c !== close) continue;
      // A curly apostrophe inside a word ("don’t") is not the closing quote.
      if (close === '\u2019' && /\p{L}/u.test(text.charAt(j + 1))) continue;
      break;
    }
    if (j >= end) {
      exhausted.add(close);
      i++;
      continue;
    }
    spans.push({ start: i, end: j + 1 });
    i = j + 1;
  }
  return spans;
}
