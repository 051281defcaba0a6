// Linear time, as a tier: every markup scanner on adversarial shapes and on normal prose, every
// rule's phrase table on text dense with its matches, and the allow-list, each measured on 4x
// input against 1x input of the same shape in the same run (issue 10). Linear work gives a ratio
// near 4, quadratic near 16; the bound is MAX_LINEAR_RATIO. Sizes adapt so that the 1x input takes
// tens of milliseconds on whatever machine runs the tier. test/unit/slowInput.test.ts compares
// hostile shapes with prose of the same size; this file compares each shape with itself.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type LintOptions } from '../../server/src/engine';
import { RULES } from '../../server/src/engine/rules';
import { generateDocument, type GeneratedLanguage } from '../support/generate';
import { MAX_LINEAR_RATIO, describeGrowth, linearGrowth, type GrowthOptions } from '../support/timing';

type Shape = (size: number) => string;

/** `unit` repeated to `size` characters, then a word, so that no line ends as a clean construct. */
const repeat =
  (unit: string): Shape =>
  (size) =>
    unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + ' end';

/** `open` nested `size` characters deep: opens, a word, then as many closes. */
const nested =
  (open: string, close: string): Shape =>
  (size) => {
    const k = Math.max(1, Math.floor(size / (open.length + close.length)));
    return open.repeat(k) + 'word' + close.repeat(k);
  };

/** Lines from `line(i)` until `size` characters. */
const lines =
  (line: (i: number) => string): Shape =>
  (size) => {
    const out: string[] = [];
    let length = 0;
    for (let i = 0; length < size; i++) {
      const l = line(i);
      out.push(l);
      length += l.length + 1;
    }
    return out.join('\n') + '\n';
  };

/** Long runs of each punctuation mark the readers treat specially. */
const punctuationRuns: Shape = (size) => {
  const marks = ['~', '*', '_', '`', '-', '=', "'", '.', '|', '#', '!', '?', '\\', '%', '&', '$'];
  return marks.map((m) => m.repeat(Math.ceil(size / marks.length))).join(' x ');
};

// Shapes every reader meets: each must stay linear in every markup language.
const COMMON: Record<string, Shape> = {
  'one line of prose': repeat('Many experts believe the harbour wall was the best in 1901, critics say. '),
  'one repeated word': repeat('many '),
  'unbalanced curly quotes': repeat('\u201cMany believe it \u2018so '),
  'unbalanced straight quotes': repeat('"some say \''),
  'unbalanced brackets, parentheses and braces': repeat('[a (b {c '),
  'unclosed angle brackets': repeat('<a b <p x=" '),
  'unclosed {{ and [[': repeat('{{cite [[a| '),
  'unclosed $ and \\begin{': repeat('$ x \\begin{quote} y '),
  '<!-- without -->': repeat('<!-- a '),
  'runs of punctuation': punctuationRuns,
  'citations only': repeat('Many say so [1][2] (Smith 2020) http://example.org/a '),
  'lone carriage returns': repeat('Many believe it.\r'),
};

const PER_LANGUAGE: Record<GeneratedLanguage, Record<string, Shape>> = {
  plaintext: {
    'a column table': lines((i) => `  Meals served ${i}      41,200    38,900`),
  },
  markdown: {
    'list markers on one line': repeat('- '),
    'ordered markers on one line': repeat('1. '),
    'quote markers on one line': repeat('> '),
    'list and quote markers mixed on one line': repeat('- > * + '),
    'deeply nested list lines': lines((i) => `${' '.repeat(2 * (i % 300))}- item ${i}`),
    'deeply nested quote lines': lines((i) => `${'> '.repeat(i % 300)}text ${i}`),
    'a table': (size) => '| a | b |\n|---|---|\n' + lines(() => '| many experts believe | 61% of people |')(size),
    'a table of one row': (size) => '| a | b |\n|---|---|\n' + repeat('| x ')(size),
    'nested brackets': nested('[', ']'),
    'nested links': nested('[a](', ')'),
    'backtick runs of growing length': (size) => {
      let s = '';
      for (let k = 1; s.length < size; k = (k % 200) + 1) s += '`'.repeat(k) + ' a ';
      return s;
    },
    'unclosed fences': repeat('```\n'),
    'link definitions': lines((i) => `[a${i}]: http://example.org/${i} "title"`),
    'setext underlines': lines((i) => (i % 2 ? '===' : 'Title')),
  },
  html: {
    'nested elements': nested('<span>', '</span>'),
    'nested block quotes': nested('<blockquote>', '</blockquote>'),
    'nested inline quotes': nested('<q>', '</q>'),
    'unclosed attributes': repeat('<a href="x '),
    'a table': (size) => '<table>' + repeat('<tr><td>many experts believe</td><td>61%</td></tr>')(size) + '</table>',
    'entities': repeat('&amp;&#8220;&bogus; '),
    'unclosed raw elements': repeat('<script> <style> '),
  },
  latex: {
    'nested commands': nested('\\emph{', '}'),
    'nested environments': nested('\\begin{itemize}\\item ', '\\end{itemize}'),
    'a tabular': (size) => '\\begin{tabular}{ll}\n' + lines(() => 'many experts believe & 61\\% \\\\')(size) + '\\end{tabular}\n',
    'display math openers': repeat('$$ '),
    'verb without end': repeat('\\verb|'),
    'comment lines': lines(() => '% many experts believe'),
    'citations': repeat('Many say so \\cite{x}. '),
  },
  wikitext: {
    'nested links': nested('[[', ']]'),
    'nested links with text': nested('[[a ', ']]'),
    'nested templates': nested('{{', '}}'),
    'nested quotation templates': nested('{{quote|', '}}'),
    'nested tables': repeat('{|\n'),
    'a table': (size) => '{|\n' + lines(() => '|-\n| many experts believe || 61% of people')(size) + '|}\n',
    'runs of tildes': repeat('~'),
    'deep list lines': lines((i) => `${'*'.repeat(i % 500)} item`),
    'apostrophes': repeat("''"),
    'unclosed external links': repeat('[http://example.org '),
    'unclosed refs': repeat('<ref> '),
  },
};

const HEDGING: LintOptions['config'] = { profile: 'hedging' };

function assertLinear(make: Shape, options: LintOptions, sizes: GrowthOptions = {}): void {
  const g = linearGrowth(make, (text) => lint(text, options), sizes);
  assert.ok(g.ratio < MAX_LINEAR_RATIO, describeGrowth(g));
}

describe('markup scanners take linear time', () => {
  for (const languageId of Object.keys(PER_LANGUAGE) as GeneratedLanguage[]) {
    describe(languageId, () => {
      // The hedging profile runs every rule, the hedge's cue ranking included.
      const options = { languageId, config: HEDGING };
      it('normal prose', () => assertLinear((size) => generateDocument(languageId, size), options));
      for (const [name, make] of Object.entries({ ...COMMON, ...PER_LANGUAGE[languageId] })) {
        it(name, () => assertLinear(make, options));
      }
    });
  }
});

describe('phrase tables take linear time on text dense with their matches', () => {
  for (const rule of RULES) {
    const examples = [...(rule.phrases?.entries ?? []).flatMap((e) => e.flag), ...(rule.examples?.flag ?? [])];
    if (examples.length === 0) continue;
    const options = { languageId: 'plaintext', config: HEDGING };
    const text = examples.join(' ');
    it(`${rule.id}: its examples, sentence after sentence`, () => {
      assert.ok(lint(text, options).some((f) => f.rule === rule.id), 'the text is dense with the rule\'s matches');
      assertLinear(repeat(`${text} `), options);
    });
    it(`${rule.id}: its examples run together into one sentence`, () => {
      assertLinear(repeat(`${examples.map((e) => e.replace(/[.!?]+["\u201d]?$/, '')).join(', ')}, `), options);
    });
  }
});

describe('findings of several rules in one endless sentence take linear time', () => {
  const options = { languageId: 'plaintext', config: HEDGING };
  // A hedge inside a weasel finding moves to its next cue: once a check per cue against every
  // finding of the sentence.
  it('a hedge inside every weasel finding', () => assertLinear(repeat('many experts may believe, '), options));
  it('every rule\'s examples run together', () => {
    const all = RULES.flatMap((rule) => [...(rule.phrases?.entries ?? []).flatMap((e) => e.flag), ...(rule.examples?.flag ?? [])]);
    assertLinear(repeat(`${all.map((e) => e.replace(/[.!?]+["\u201d]?$/, '')).join(', ')}, `), options);
  });
  // Each candidate looks for a named source in its own clause: cheap per hit, so only a large
  // sentence shows candidates x hits.
  it('candidates between contrasting clauses with named sources', () =>
    assertLinear(repeat('many believe, but Ann said, '), options, { startSize: 256_000, maxSize: 256_000 }));
});

describe('the allow-list costs the same whatever its length', () => {
  it('4x the text and 4x the phrases take about 4x the time, not 16x', () => {
    // 1x: 4,000 phrases against the findings of 100 KB of text; 4x: 16,000 against 400 KB.
    const sentence = 'Many believe the dam was sabotaged, critics say, and sources close to the council agree. ';
    const make = (size: number) => ({
      text: repeat(sentence)(size),
      allow: Array.from({ length: Math.ceil(size / 25) }, (_, i) => `phrase number ${i} of the list`),
    });
    const g = linearGrowth(make, ({ text, allow }) => lint(text, { config: { allow } }), { startSize: 100_000, maxSize: 100_000 });
    assert.ok(g.ratio < MAX_LINEAR_RATIO, describeGrowth(g));
  });
});
