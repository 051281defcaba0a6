// Helpers that build "a better version of the writer's sentence" for the hover text.

/** Replaces [start, end) of `sentence`, keeping a capital at the start of the sentence. */
export function replaceSpan(sentence: string, start: number, end: number, replacement: string): string {
  const before = sentence.slice(0, start);
  const text = before.trim() === '' ? replacement.replace(/\p{L}/u, (c) => c.toUpperCase()) : replacement;
  return `${before}${text}${sentence.slice(end)}`;
}

/**
 * Words a sentence may end on that must stay last: "Sales fell, though." Appending after them
 * ("…, though, according to [source].") reads badly, so the attribution opens the sentence instead.
 */
const TRAILING_WORDS = new Set([
  'though', 'too', 'however', 'anyway', 'also', 'again', 'then', 'now', 'yet', 'still', 'instead', 'either', 'regardless',
  'nonetheless', 'nevertheless', 'meanwhile', 'apparently', 'today', 'overall', 'since', 'ago', 'later', 'earlier',
]);
const TRAILING_PHRASES = ['as well', 'after all', 'at least', 'of course', 'in fact', 'at the time', 'so far', 'for now', 'for example', 'for instance', 'in turn', 'in total', 'in all'];

/** Closing quotation marks and brackets. */
const CLOSERS = /["'\u201d\u2019\u00bb)\]]/;

function endsOnTrailingWords(body: string): boolean {
  const lower = body.toLowerCase();
  const last = /(\p{L}+)$/u.exec(lower);
  if (!last) return false;
  // "… since 2019." and "… two years ago." are the claim itself, not a trailing adverb: only a word
  // after a comma counts ("…, though"), or "though" and "too" and "either", which end a clause as they are.
  const afterComma = /,\s*(\p{L}+(?:\s+\p{L}+){0,2})$/u.exec(lower)?.[1];
  if (afterComma !== undefined && (TRAILING_WORDS.has(afterComma) || TRAILING_PHRASES.includes(afterComma.replace(/\s+/g, ' ')))) return true;
  return last[1] === 'though' || last[1] === 'too' || last[1] === 'either' || /\bas well$/.test(lower);
}

/**
 * "The figure rose." -> "The figure rose, according to [source]." Where the sentence ends on a
 * quotation, a parenthesis or a trailing adverb ("…, though."), an attribution at the end would land
 * inside the quotation or after the adverb; the sentence then opens with it:
 * "According to [source], the figure rose, though."
 */
export function appendAttribution(sentence: string, attribution = 'according to [source]'): string {
  const trimmed = sentence.trimEnd();
  const ending = /[.!?\u2026]*["'\u201d\u2019\u00bb)\]]*$/.exec(trimmed)!;
  const at = ending.index;
  const body = trimmed.slice(0, at);
  const endsClosed = CLOSERS.test(ending[0]) || CLOSERS.test(body.charAt(body.length - 1));
  if (endsClosed || endsOnTrailingWords(body)) {
    return prependAttribution(sentence, `${attribution.charAt(0).toUpperCase()}${attribution.slice(1)},`);
  }
  const terminal = /[.!?\u2026]/.exec(ending[0]);
  const insertAt = terminal ? at + terminal.index : trimmed.length;
  return `${trimmed.slice(0, insertAt)}, ${attribution}${trimmed.slice(insertAt)}`;
}

/** "The bones are probably a deer's." -> "According to [source], the bones are probably a deer's." */
export function prependAttribution(sentence: string, attribution = 'According to [source],'): string {
  const lead = /^\W*/.exec(sentence)?.[0] ?? '';
  const rest = sentence.slice(lead.length);
  const keepCapital = /^(I\b|[A-Z][a-z]*[A-Z]|[A-Z]{2,})/.test(rest) || /^[A-Z][a-z]+\s+[A-Z]/.test(rest);
  return `${lead}${attribution} ${keepCapital ? rest : rest.charAt(0).toLowerCase() + rest.slice(1)}`;
}

/** Removes [start, end) and the space or ", " that goes with it. */
export function removeSpan(sentence: string, start: number, end: number): string {
  let from = start;
  let to = end;
  if (sentence.charAt(to) === ',') {
    to++;
    while (sentence.charAt(to) === ' ') to++;
  } else if (sentence.charAt(to) === ' ') to++;
  else if (sentence.charAt(from - 1) === ' ') from--;
  const before = sentence.slice(0, from);
  let after = sentence.slice(to);
  if (before.trim() === '') after = after.charAt(0).toUpperCase() + after.slice(1);
  return before + after;
}
