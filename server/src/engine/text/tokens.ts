// A linear word scanner. Phrase tables match on word tokens; punctuation tokens stop a phrase.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened: what tables compare against. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCharCode(code));
}
const LETTER = /[\p{L}\p{M}]/u;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

const APOSTROPHES = new Set([0x27, 0x2019]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

/** Tokens of `text` between `from` and `to`, offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(code)) {
      // Track whether the word needs lower-casing or straightening, to skip that work for most words.
      let plain = code < 0x41 || code > 0x5a ? code < 0x80 : false;
      // A curly apostrophe or an odd hyphen inside the word, to straighten in its lower-case form.
      let straighten = false;
      i++;
      for (;;) {
        for (; i < to; i++) {
          const c = text.charCodeAt(i);
          if (c >= 0x61 && c <= 0x7a) continue;
          if (isLetter(c) || isDigit(c)) {
            if (c < 0x80 ? c >= 0x41 && c <= 0x5a : true) plain = false;
            continue;
          }
          break;
        }
        // Keep "world-class", "don't", "O'Brien" whole: a joiner counts only between letters.
        const joiner = text.charCodeAt(i);
        if (i + 1 < to && (APOSTROPHES.has(joiner) || HYPHENS.has(joiner)) && isLetter(text.charCodeAt(i + 1))) {
          if (joiner > 0x7f) {
            plain = false;
            straighten = true;
          }
          i += 2;
          const after = text.charCodeAt(i - 1);
          if (after > 0x7f || (after >= 0x41 && after <= 0x5a)) plain = false;
          continue;
        }
        break;
      }
      push(tokens, text, start, i, 'word', plain, straighten);
    } else if (isDigit(code)) {
      i++;
      for (;;) {
        while (i < to && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if (i + 1 < to && (sep === 0x2c || sep === 0x2e) && isDigit(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
      // "1980s", "3rd", "10th": a number with a letter suffix is still one token.
      while (i < to && isLetter(text.charCodeAt(i))) i++;
      push(tokens, text, start, i, 'number', false, false);
    } else {
      // Surrogate pairs stay together so offsets never split a character.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      push(tokens, text, start, i, 'punct', false, code === 0x2019 || code === 0x2010 || code === 0x2011);
    }
  }
  return tokens;
}

function push(tokens: Token[], text: string, start: number, end: number, kind: TokenKind, plain: boolean, straighten: boolean): void {
  const raw = text.slice(start, end);
  if (plain) {
    tokens.push({ text: raw, lower: raw, start, end, kind });
    return;
  }
  let lower = raw.toLowerCase();
  // Most words need no further work; only straighten curly apostrophes and odd hyphens where present.
  if (straighten) lower = lower.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-');
  tokens.push({ text: raw, lower, start, end, kind });
}

/** "the county's", "the Smiths'": a possessive word (lower-cased text; curly apostrophes included). */
export function isPossessive(lower: string): boolean {
  return /(['\u2019]s|s['\u2019])$/.test(lower);
}

// Words that open a contrasting clause after a comma or semicolon: ", but the team found".
const CONTRASTS = new Set(['but', 'yet', 'whereas', 'although', 'though', 'however']);

/** Token `i` opens a contrasting clause (", but", "; yet", ", although"). */
export function opensContrast(tokens: readonly Token[], i: number): boolean {
  return i > 0 && CONTRASTS.has(tokens[i].lower) && (tokens[i - 1].text === ',' || tokens[i - 1].text === ';');
}

/** "Mr." or "E.U.": the full stop at `k` closes a short capitalised abbreviation, inside a name. */
export function isAbbreviationStop(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]?.text === '.' && before !== undefined && before.text.length <= 3 && isCapitalized(before);
}

export function isCapitalized(token: Token): boolean {
  if (token.kind !== 'word') return false;
  // ASCII by its code: changing the case of a character allocates a string, on every word asked about.
  const code = token.text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = token.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
