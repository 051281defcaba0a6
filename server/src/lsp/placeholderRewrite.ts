// "Attribute with a placeholder": the rule's rewrite of the writer's sentence ("It is believed that
// X." -> "According to [source], X."), as an edit of the document. The finding carries the rewrite
// (its hover example) but not where its sentence starts and ends; the sentence is found by asking
// the rule to rewrite candidate stretches around the finding until one gives exactly the same text,
// so the edit can never replace anything but the sentence the rewrite was built from.

import { RULES } from '../engine/index';
import type { TextEdit } from '../engine/types';
import { isSpanIn } from './protocolGuards';

const MAX_SENTENCE = 1000;
/** Rewrite attempts before giving up (a pathological stretch of punctuation, say). */
const MAX_ATTEMPTS = 4000;
const PLACEHOLDER = /\[[^[\]\n]{1,80}\]/g;

export interface PlaceholderRewrite {
  /** The plain edit: placeholders left as the rule wrote them ("[source]"). */
  edit: TextEdit;
  /** The replacement as an LSP snippet: each placeholder a tab stop ("${1:source}"). */
  snippet: string;
  /** The whole rewritten sentence, for the action's title. */
  sentence: string;
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** The rule's rewrite of the finding's sentence as an edit, or undefined when it has no placeholder or the sentence cannot be found. */
export function placeholderRewrite(text: string, rule: string, offset: number, length: number, suggestion: string | undefined): PlaceholderRewrite | undefined {
  if (!suggestion || !/\[[^[\]\n]{1,80}\]/.test(suggestion)) return undefined;
  // Offsets come from a diagnostic's data, which the client sends back: bound the loops below.
  if (!isSpanIn(offset, length, text.length)) return undefined;
  const rewrite = RULES.find((r) => r.id === rule)?.rewrite;
  if (!rewrite) return undefined;
  const end = offset + length;
  const last = suggestion.charAt(suggestion.length - 1);
  const starts: number[] = [];
  for (let a = offset; a >= Math.max(0, end - MAX_SENTENCE); a--) {
    const ch = text.charAt(a);
    if (/\s/.test(ch)) continue;
    if (a === 0 || !isWordChar(text.charAt(a - 1))) starts.push(a);
  }
  const ends: number[] = [];
  for (let b = end; b <= Math.min(text.length, offset + MAX_SENTENCE); b++) {
    if (b > offset && text.charAt(b - 1) === last) ends.push(b);
  }
  let attempts = 0;
  for (const a of starts) {
    for (const b of ends) {
      if (b - a > MAX_SENTENCE) break;
      if (++attempts > MAX_ATTEMPTS) return undefined;
      const sentence = text.slice(a, b);
      if (rewrite(sentence, offset - a, end - a) === suggestion) return build(sentence, a, suggestion);
    }
  }
  return undefined;
}

/** The smallest edit that turns `sentence` (at `at`) into `rewritten`, with whole placeholders inside it. */
function build(sentence: string, at: number, rewritten: string): PlaceholderRewrite | undefined {
  let prefix = 0;
  while (prefix < sentence.length && prefix < rewritten.length && sentence[prefix] === rewritten[prefix]) prefix++;
  let suffix = 0;
  while (suffix < sentence.length - prefix && suffix < rewritten.length - prefix && sentence[sentence.length - 1 - suffix] === rewritten[rewritten.length - 1 - suffix]) suffix++;
  const placeholders = [...rewritten.matchAll(PLACEHOLDER)].filter((m) => !sentence.includes(m[0]));
  if (placeholders.length === 0) return undefined;
  for (const m of placeholders) {
    const start = m.index;
    const stop = start + m[0].length;
    prefix = Math.min(prefix, start);
    suffix = Math.min(suffix, rewritten.length - stop);
  }
  const from = prefix;
  const to = rewritten.length - suffix;
  const newText = rewritten.slice(from, to);
  let snippet = '';
  let cursor = from;
  let stop = 0;
  for (const m of placeholders) {
    snippet += escapeSnippet(rewritten.slice(cursor, m.index));
    snippet += `\${${++stop}:${escapeSnippet(m[0].slice(1, -1))}}`;
    cursor = m.index + m[0].length;
  }
  snippet += escapeSnippet(rewritten.slice(cursor, to));
  return { edit: { offset: at + prefix, length: sentence.length - prefix - suffix, newText }, snippet, sentence: rewritten };
}

/** Text inside an LSP snippet: `$`, `}` and `\` are escaped. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
