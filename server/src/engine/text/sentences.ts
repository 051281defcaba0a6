// A linear sentence splitter. Intl.Segmenter slows down far faster than linearly on long strings
// (see the performance notes) and does not know "U.S." or "et al.", so the project keeps its own.

export interface Sentence {
  /** First character of the sentence. */
  start: number;
  /** One past its last character (terminal punctuation and closing quotes included). */
  end: number;
  /** Where the terminal punctuation starts, or `end` when the sentence has none. */
  terminal: number;
  /**
   * One past the last offset that still belongs to this sentence: the whitespace (and blanked
   * citations such as a trailing `<ref>`) up to the next sentence or the end of the block.
   */
  reach: number;
  /** Index of the block (paragraph, heading, list item...) the sentence sits in. */
  block: number;
}

// Words that end in a period without ending the sentence. Lower-case, without the final period.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'hon', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'pres', 'supt', 'insp',
  'vs', 'etc', 'al', 'approx', 'ca', 'cf', 'viz', 'fig', 'figs', 'eq', 'eqs', 'no', 'nos', 'vol', 'vols', 'p', 'pp', 'ch', 'sec', 'ed', 'eds', 'trans', 'repr', 'ibid', 'op', 'cit',
  'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'est', 'govt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'u.s.a', 'a.m', 'p.m', 'ph.d', 'b.a', 'm.a', 'b.sc', 'm.sc', 'd.c', 'n.b', 'a.d', 'b.c',
]);

// Words that, after an abbreviation such as "U.S." or "etc.", show that a new sentence began.
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'but', 'and', 'however',
  'his', 'her', 'its', 'their', 'our', 'after', 'before', 'when', 'while', 'if', 'as', 'since', 'many', 'some', 'most', 'critics', 'experts', 'sources',
  // The openers of weasel sentences themselves: "... in Washington, D.C. Research suggests ...".
  'research', 'studies', 'evidence', 'officials', 'observers', 'analysts', 'historians', 'scientists', 'several', 'others', 'people', 'according',
  'such', 'yet', 'although', 'despite', 'during',
]);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb', '*', '_']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** The word (letters and inner periods) that ends right before `at`. */
function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && /[\p{L}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, at);
}

/** The word that starts at `at`, lower-cased. */
function wordAt(text: string, at: number, ceiling: number): string {
  let i = at;
  while (i < ceiling && /\p{L}/u.test(text.charAt(i))) i++;
  return text.slice(at, i).toLowerCase();
}

/**
 * Decides whether a period at `dot` (followed by whitespace, then the character at `next`) ends a sentence.
 */
function periodEndsSentence(text: string, dot: number, next: number, blockStart: number, blockEnd: number): boolean {
  const nextCh = text.charAt(next);
  if (isLower(nextCh)) return false;
  const word = wordBefore(text, dot, blockStart);
  if (word.length === 0) return true;
  const bare = word.replace(/^\.+/, '');
  const lowerWord = bare.toLowerCase();
  // Initials ("J. R. Hartley") and single capitals never end a sentence.
  if (bare.length === 1 && isUpper(bare)) return false;
  if (ABBREVIATIONS.has(lowerWord) || /^(\p{L}\.)+\p{L}$/u.test(bare)) {
    // "in the U.S. The next year" ends; "the U.S. Army" does not.
    return isUpper(nextCh) && SENTENCE_OPENERS.has(wordAt(text, next, blockEnd)) && !['dr', 'mr', 'mrs', 'ms', 'st', 'prof', 'no', 'fig', 'vs'].includes(lowerWord);
  }
  return true;
}

/** Splits the blocks of `text` into sentences in one pass. */
export function splitSentences(text: string, blocks: ReadonlyArray<{ start: number; end: number }>): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const first = sentences.length;
    let i = block.start;
    const end = block.end;
    let start = -1;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (start < 0) {
        if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0) {
          i++;
          continue;
        }
        start = i;
      }
      if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) {
        const ch = text.charAt(i);
        const terminal = i;
        let j = i;
        while (j < end && '.!?\u2026'.includes(text.charAt(j))) j++;
        while (j < end && CLOSERS.has(text.charAt(j))) j++;
        let k = j;
        while (k < end && isSpace(text.charAt(k))) k++;
        const atEnd = k >= end;
        let ends = false;
        if (atEnd) ends = true;
        else if (k > j) {
          ends = ch === '.' && j - terminal === 1 ? periodEndsSentence(text, terminal, k, block.start, end) : !isLower(text.charAt(k));
          // A decimal or a list like "1. 2." inside a sentence is not an end; neither is "..." before lower case.
          if (ends && ch === '.' && isDigit(text.charAt(terminal - 1)) && isDigit(text.charAt(k)) && terminal - 1 >= block.start && /\s/.test(text.charAt(terminal - 2))) ends = false;
        }
        if (ends) {
          sentences.push({ start, end: j, terminal, reach: k, block: blockIndex });
          start = -1;
          i = k;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    if (start >= 0) {
      let e = end;
      while (e > start && isSpace(text.charAt(e - 1))) e--;
      if (e > start) sentences.push({ start, end: e, terminal: e, reach: end, block: blockIndex });
    }
    // The last sentence of a block reaches to the next block, so a trailing citation (blanked, and
    // so outside the block) still belongs to it.
    if (sentences.length > first) sentences[sentences.length - 1].reach = blocks[blockIndex + 1]?.start ?? text.length;
  });
  return sentences;
}
