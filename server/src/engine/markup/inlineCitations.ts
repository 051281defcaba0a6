// Citations that look the same in every markup language: `[1]`, `[1–3]`, `[@key]`, `[^note]`,
// `(Smith et al., 2020, p. 4)`, cleanup markers such as `[citation needed]`, and bare URLs.
//
// Every matcher starts at one character and gives up at the next opener of its own kind, at a blank
// line or after a fixed number of characters, so a reader that tries them at every position stays
// linear.

import { ViewBuilder, chars } from './builder';

// Hot helpers as local bindings: under a CommonJS transform (tsx, which runs the tests and scripts)
// every use of an imported binding goes through a getter, which costs several times over in
// per-character loops. The bundled build is not affected either way.
const { isAsciiAlnum, isSpaceOrTab, isWhitespace, isWordChar } = chars;
const CR = 13;
const LF = 10;

export type InlineCitationKind = 'numeric' | 'pandoc' | 'footnote' | 'marker' | 'author-year' | 'url';

export interface InlineCitation {
  kind: InlineCitationKind;
  /** Offset just past the citation. */
  end: number;
}

const MAX_BRACKET = 400;
const MAX_PAREN = 250;

/** Cleanup markers writers already use, lower-case, without brackets. */
export const CLEANUP_MARKERS = new Set([
  'citation needed', 'who?', 'by whom?', 'according to whom?', 'weasel words', 'which?', 'when?', 'vague', 'source?',
  'clarification needed', 'dubious', 'dubious – discuss', 'unreliable source?', 'better source needed', 'verification needed',
  'failed verification', 'original research?', 'citation needed span',
]);

/** True for the characters at which a citation can start. */
export function mayStartCitation(c: number): boolean {
  return c === 91 /* [ */ || c === 40 /* ( */ || c === 104 || c === 72 /* h H */ || c === 119 || c === 87 /* w W */ || c === 102 || c === 70 /* f F */;
}

/**
 * The citation starting at `i`, ending before `limit`, or null. `floor` is where the current text
 * run starts: a URL must not continue a word that starts before it.
 */
export function matchInlineCitation(src: string, i: number, limit: number, floor = 0): InlineCitation | null {
  const c = src.charCodeAt(i);
  if (c === 91) return matchBracketCitation(src, i, limit);
  if (c === 40) {
    const end = matchAuthorYear(src, i, limit);
    return end < 0 ? null : { kind: 'author-year', end };
  }
  const end = matchUrl(src, i, limit, floor);
  return end < 0 ? null : { kind: 'url', end };
}

/** Offset of the bracket that closes the one at `i`, giving up at another opener, a blank line or a length cap. */
function closing(src: string, i: number, limit: number, open: number, close: number, cap: number): number {
  const max = Math.min(limit, i + cap);
  let newline = false;
  for (let k = i + 1; k < max; k++) {
    const c = src.charCodeAt(k);
    if (c === close) return k;
    if (c === open) return -1;
    if (c === LF) {
      if (newline) return -1;
      newline = true;
    } else if (c !== CR && !isSpaceOrTab(c)) newline = false;
  }
  return -1;
}

function matchBracketCitation(src: string, i: number, limit: number): InlineCitation | null {
  const close = closing(src, i, limit, 91, 93, MAX_BRACKET);
  if (close < 0) return null;
  const body = src.slice(i + 1, close);
  const kind = bracketKind(body);
  return kind ? { kind, end: close + 1 } : null;
}

/** What a bracketed text is as a citation: `[1, 3]`, `[@key]`, `[^note]`, `[citation needed]`, or nothing. */
export function bracketKind(body: string): InlineCitationKind | null {
  if (body.length === 0) return null;
  if (/^\d{1,4}(?:\s*[-–—,]\s*\d{1,4})*$/.test(body)) return 'numeric';
  if (/^\^[^\s\]]+$/.test(body)) return 'footnote';
  if (/(?:^|[\s;[-])@[\p{L}\p{N}_]/u.test(body)) return 'pandoc';
  if (CLEANUP_MARKERS.has(body.trim().replace(/\s+/g, ' ').toLowerCase())) return 'marker';
  return null;
}

/** Offset just past a URL at `i` (`http://`, `https://`, `ftp://`, `www.`), or -1. */
export function matchUrl(src: string, i: number, limit: number, floor = 0): number {
  if (i > floor && isWordChar(src.charCodeAt(i - 1))) return -1;
  let k: number;
  const c = lower(src, i);
  if (c === 104 && lower(src, i + 1) === 116 && lower(src, i + 2) === 116 && lower(src, i + 3) === 112) {
    k = i + 4;
    if (lower(src, k) === 115) k++;
    if (src.charCodeAt(k) !== 58 || src.charCodeAt(k + 1) !== 47 || src.charCodeAt(k + 2) !== 47) return -1;
    k += 3;
  } else if (c === 102 && lower(src, i + 1) === 116 && lower(src, i + 2) === 112 && src.startsWith('://', i + 3)) {
    k = i + 6;
  } else if (c === 119 && lower(src, i + 1) === 119 && lower(src, i + 2) === 119 && src.charCodeAt(i + 3) === 46) {
    k = i + 4;
  } else return -1;
  const bodyStart = k;
  let opens = 0;
  let closes = 0;
  while (k < limit) {
    const ch = src.charCodeAt(k);
    if (isWhitespace(ch) || URL_STOPS.has(ch)) break;
    if (ch === 40) opens++;
    else if (ch === 41) closes++;
    k++;
  }
  // Trailing punctuation belongs to the sentence, an unbalanced `)` to the surrounding parenthesis.
  while (k > bodyStart) {
    const ch = src.charCodeAt(k - 1);
    if (ch === 41 && closes > opens) {
      closes--;
      k--;
    } else if (URL_TRAILERS.has(ch)) k--;
    else break;
  }
  return k > bodyStart && isAsciiAlnumOrSlash(src.charCodeAt(bodyStart)) ? k : -1;
}

/** The character at `at`, lower-cased if it is an ASCII letter (other characters come out changed but never match a letter). */
function lower(src: string, at: number): number {
  return src.charCodeAt(at) | 0x20;
}

function isAsciiAlnumOrSlash(c: number): boolean {
  return isAsciiAlnum(c) || c === 47 || c > 127;
}

// < > " ` { } | \ [ ]
const URL_STOPS = new Set([60, 62, 34, 96, 123, 125, 124, 92, 91, 93]);
// . , : ; ! ? ' * _ ~
const URL_TRAILERS = new Set([46, 44, 58, 59, 33, 63, 39, 42, 95, 126, 0x2019, 0x201d]);

const MONTHS_AND_SEASONS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter',
]);

// Words that open a parenthesis about a date rather than a source: "(In 2020)", "(Since 1998)".
const NOT_AN_AUTHOR = new Set([
  'in', 'on', 'at', 'by', 'since', 'until', 'till', 'from', 'to', 'before', 'after', 'during', 'circa', 'ca.', 'c.', 'around', 'about',
  'early', 'late', 'mid', 'through', 'between', 'as', 'also', 'est.', 'founded', 'born', 'died', 'fiscal', 'fy', 'year', 'q1', 'q2', 'q3', 'q4',
  'ad', 'a.d.', 'bc', 'b.c.', 'bce', 'ce', 'up', 'till', 'only', 'both', 'each', 'every', 'not', 'no',
]);

const PREFIX_WORDS = new Set(['see', 'also', 'e.g.', 'e.g', 'eg', 'cf.', 'cf', 'i.e.', 'compare', 'quoted', 'cited', 'as', 'in', 'for', 'example', 'instance']);

const CONNECTORS = new Set([
  'and', '&', 'et', 'al', 'al.', 'of', 'the', 'for', 'on', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'y', 'und', 'zu', 'ten', 'ter', 'bin', 'ibn', 'dos', 'das',
]);

const LOCATOR_WORDS = new Set([
  'p', 'p.', 'pp', 'pp.', 'page', 'pages', 'chap', 'chap.', 'ch', 'ch.', 'chapter', 'para', 'para.', 'paras.', 'sec', 'sec.', 'section', '§', '§§',
  'fig', 'fig.', 'n', 'n.', 'nn.', 'note', 'vol', 'vol.', 'no', 'no.', 'col', 'col.', 'ff', 'ff.', 'f.', 'at', 'and', '&', 'table', 'tab.', 'app.', 'appendix', 'emphasis', 'added', 'original',
]);

const YEAR = /^(?:1[5-9]\d\d|20\d\d)[a-z]?$/;
const NUMERIC_LOCATOR = /^[\divxlcIVXLC]{1,8}[a-z]?(?:[-–—][\divxlcIVXLC]{1,8}[a-z]?)?(?:ff?\.?)?$/;
const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}[\p{L}'’-]*$/u; // al-Khwarizmi

/** Offset just past an author–year parenthetical such as `(Smith and Jones 2019, p. 4)` at `i`, or -1. */
export function matchAuthorYear(src: string, i: number, limit: number): number {
  const close = closing(src, i, limit, 40, 41, MAX_PAREN);
  if (close < 0) return -1;
  const items = src.slice(i + 1, close).split(';');
  let any = false;
  for (const item of items) {
    if (item.trim().length === 0) continue;
    if (!isAuthorYearItem(item)) return -1;
    any = true;
  }
  return any ? close + 1 : -1;
}

function isAuthorYearItem(item: string): boolean {
  const tokens = item.split(/[\s,:]+/).filter((t) => t.length > 0);
  let k = 0;
  while (k < tokens.length && PREFIX_WORDS.has(tokens[k].toLowerCase())) k++;
  // The year, "n.d.", "in press" or "forthcoming".
  let year = -1;
  let yearLength = 1;
  for (let t = k; t < tokens.length; t++) {
    const lower = tokens[t].toLowerCase();
    if (YEAR.test(tokens[t]) || lower === 'n.d.' || lower === 'forthcoming') {
      year = t;
      break;
    }
    if (lower === 'in' && tokens[t + 1]?.toLowerCase() === 'press') {
      year = t;
      yearLength = 2;
      break;
    }
  }
  if (year <= k || year - k > 12) return false;
  let named = false;
  for (let t = k; t < year; t++) {
    const token = tokens[t];
    const lower = token.toLowerCase();
    if (t === k && NOT_AN_AUTHOR.has(lower)) return false;
    if (CONNECTORS.has(lower)) continue;
    if (CAPITALISED.test(token) || PARTICLE_NAME.test(token)) {
      if (!MONTHS_AND_SEASONS.has(lower) && !NOT_AN_AUTHOR.has(lower)) named = true;
      continue;
    }
    return false;
  }
  if (!named) return false;
  for (let t = year + yearLength; t < tokens.length; t++) {
    const token = tokens[t];
    if (YEAR.test(token) || NUMERIC_LOCATOR.test(token) || LOCATOR_WORDS.has(token.toLowerCase())) continue;
    return false;
  }
  return true;
}

/**
 * Blanks and records every inline citation in `[start, end)`, for text that has no markup of its own
 * (plain text, or a stretch of prose a reader hands over).
 */
export function blankInlineCitations(b: ViewBuilder, start: number, end: number): void {
  let i = start;
  while (i < end) {
    const taken = takeInlineCitation(b, i, end, start);
    i = taken > 0 ? taken : i + 1;
  }
}

/**
 * If an inline citation starts at `i`, blanks and records it and returns where it ends; otherwise
 * returns -1. The one step every reader takes at each character of prose.
 */
export function takeInlineCitation(b: ViewBuilder, i: number, limit: number, floor = 0): number {
  if (!mayStartCitation(b.src.charCodeAt(i))) return -1;
  const m = matchInlineCitation(b.src, i, limit, floor);
  if (!m) return -1;
  b.blank(i, m.end);
  b.cite(i, m.end);
  return m.end;
}
