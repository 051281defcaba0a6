// Helpers that build "a better version of the writer's sentence" for the hover text.

/** Replaces [start, end) of `sentence`, keeping a capital at the start of the sentence. */
export function replaceSpan(sentence: string, start: number, end: number, replacement: string): string {
  const before = sentence.slice(0, start);
  const text = before.trim() === '' ? replacement.replace(/\p{L}/u, (c) => c.toUpperCase()) : replacement;
  return `${before}${text}${sentence.slice(end)}`;
}

/** "The figure rose." -> "The figure rose, according to [source]." */
export function appendAttribution(sentence: string, attribution = 'according to [source]'): string {
  const trimmed = sentence.trimEnd();
  const match = /[.!?]["'\u201d\u2019)]*$/.exec(trimmed);
  const at = match ? match.index : trimmed.length;
  return `${trimmed.slice(0, at)}, ${attribution}${trimmed.slice(at)}`;
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
