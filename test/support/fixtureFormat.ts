// Labelled fixtures: expected findings are marked inline as ⟦flagged words|rule-id⟧.
// The markers are stripped before linting; what remains is the document the engine sees.

export interface ExpectedFinding {
  rule: string;
  offset: number;
  length: number;
  text: string;
}

export interface Fixture {
  /** The document with the markers removed. */
  text: string;
  expected: ExpectedFinding[];
}

const OPEN = '\u27e6';
const CLOSE = '\u27e7';

export function parseFixture(marked: string): Fixture {
  let text = '';
  const expected: ExpectedFinding[] = [];
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf(OPEN, i);
    if (open < 0) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, open);
    const close = marked.indexOf(CLOSE, open);
    if (close < 0) throw new Error(`Unclosed ${OPEN} at offset ${open}`);
    const inner = marked.slice(open + 1, close);
    const bar = inner.lastIndexOf('|');
    if (bar < 0) throw new Error(`Marker without a rule id at offset ${open}: ${inner}`);
    const words = inner.slice(0, bar);
    expected.push({ rule: inner.slice(bar + 1).trim(), offset: text.length, length: words.length, text: words });
    text += words;
    i = close + 1;
  }
  return { text, expected };
}
