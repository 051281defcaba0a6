// fast-check generators of hostile documents for the property tier: prose the rules flag, the
// markup of each language (balanced, unbalanced, nested deep) and characters that break naive
// offset arithmetic. A document is an array of fragments joined, so a failing case shrinks to the
// few fragments that matter.

import fc from 'fast-check';
import type { MarkupLanguage } from '../../server/src/engine/types';

export const LANGUAGES: readonly MarkupLanguage[] = ['plaintext', 'markdown', 'html', 'latex', 'wikitext'];

/** The marker date every property lints with, so that generated markers can match inserted ones. */
export const NOW = new Date(2026, 10, 5);
const DATE = 'November 2026';

/** Sentences written for this tier; most trip a rule (noted after each), a few are neutral. */
export const SENTENCES = [
  'Several analysts think the harbour levy will fail.', // vague majority
  'Insiders say the merger collapsed overnight.', // anonymous source
  'It is generally believed that the mill burned twice.', // agentless passive
  'The lighthouse was widely regarded as the finest on the coast.', // agentless passive, superlative
  'About 80% of commuters ride the tram.', // unsourced statistic
  'Two in three anglers release their catch.', // unsourced statistic
  'The spokesman admitted the pump had failed.', // loaded speech verb
  'The orchard reportedly grows the sweetest pears in the valley.', // hearsay adverb
  'Research suggests that short naps improve recall.', // unnamed research
  'Experts warn that the glacier is retreating.', // unnamed research
  'The museum is the oldest in the province.', // sweeping claim
  'The choir never missed a rehearsal.', // sweeping claim
  'The festival was a breathtaking triumph.', // puffery
  'Clearly, the timetable was wrong.', // puffery with a removable word
  'Of course, the ferry was late.', // puffery, removal with a comma
  'Multiple reports indicated the vote was delayed.', // vague plural source
  'People familiar with the talks said the pier will close.', // anonymous source with a holder
  'Officials may have underestimated the flood.', // hedge (hedging profile)
  'Perhaps the kiln was too hot.', // hedge
  'The tannery seems to have closed in spring.', // hedge
  'Many residents believe the canal is haunted.', // vague majority
  'The so-called reform changed nothing.', // hearsay adverb
  'The librarian opened the shutters at eight.', // neutral
  'According to the county archive, the bridge dates from 1790.', // attributed
  'The potter insisted, "the glaze is original."', // loaded verb before a quotation
  'Some critics argue the statue is a fake', // no full stop
  'Notably the tram runs all night;', // list-like ending
  'The 🚀 launch was reportedly postponed.', // astral character in prose
  'Die Brücke ist angeblich sehr alt.', // not English
  'Café owners reportedly close at noon.', // precomposed accent
];

const sentence = fc.constantFrom(...SENTENCES);

/** One character or short sequence each naive offset calculation gets wrong somewhere. */
export const HOSTILE = [
  '\u{1F600}', // astral: a surrogate pair
  '\u{1F44D}\u{1F3FD}', // emoji with a skin-tone modifier
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', // zero-width-joiner sequence
  '\uD83D', // lone high surrogate
  '\uDE00', // lone low surrogate
  '\uDE00\uD83D', // pair halves in the wrong order
  'e\u0301', // combining acute
  '\u0301\u0308', // combining marks with no base
  '\u05E9\u05DC\u05D5\u05DD', // Hebrew
  '\u0627\u0644\u0633\u0644\u0627\u0645', // Arabic
  '\u202E', // right-to-left override
  '\u202B',
  '\u200F',
  '\u2066',
  '\u2069',
  '\u0000',
  '\r',
  '\r\n',
  '\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000B',
  '\u000C',
  '\t',
  '\u00A0',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u2018',
  '\u2019',
  '\u201C',
  '\u201D',
  '\u00AB',
  '\u00BB',
  '\u{10FFFF}',
  '\uFFFD',
  '\u{1D400}', // mathematical bold A: a letter outside the BMP
  '\u{10428}', // Deseret small letter, whose capital is also astral
];

const hostile = fc.oneof({ arbitrary: fc.constantFrom(...HOSTILE), weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 });

/** A sentence with hostile characters dropped in at arbitrary code-unit positions. */
const spoiledSentence = fc.tuple(sentence, fc.array(fc.tuple(fc.nat(), hostile), { minLength: 1, maxLength: 3 })).map(([s, inserts]) => {
  let out = s;
  for (const [at, text] of inserts) {
    const k = at % (out.length + 1);
    out = out.slice(0, k) + text + out.slice(k);
  }
  return out;
});

/** Markers a writer (or an earlier fix) already left; the exact default ones for NOW included. */
const MARKERS: Record<MarkupLanguage, string[]> = {
  plaintext: ['[citation needed]', '[who?]', '[by whom?]', '[Citation needed]', '[citation needed][citation needed]'],
  markdown: ['[citation needed]', '[who?]', '[by whom?]', '[citation needed]  [citation needed]', '\\[citation needed\\]', '`[who?]`'],
  html: ['[citation needed]', '[who?]', '[by whom?]', '<sup>[citation needed]</sup>', '&#91;who?&#93;'],
  latex: ['\\todo{citation needed}', '\\todo{who?}', '\\todo{by whom?}', '[citation needed]', '\\todo{citation needed', '\\todo{'],
  wikitext: [
    `{{citation needed|date=${DATE}}}`,
    `{{who|date=${DATE}}}`,
    `{{by whom|date=${DATE}}}`,
    '{{citation needed|date=March 2020}}',
    '{{cn}}',
    '{{who}}',
    '{{citation needed|date=',
    '[citation needed]',
  ],
};

/** `whosays-…` directives in each language's comments (plain text has none; its text is just prose there). */
function directives(language: MarkupLanguage): string[] {
  const bodies = ['whosays-disable', 'whosays-disable weasel', 'whosays-disable style/puffery unattributed', 'whosays-ignore-next-line', 'whosays-ignore-next-line weasel/vague-majority', 'whosays-ignore-next-line style'];
  switch (language) {
    case 'latex':
      return bodies.map((b) => `% ${b}\n`);
    case 'plaintext':
      return bodies.map((b) => `${b}\n`);
    default:
      return [...bodies.map((b) => `<!-- ${b} -->\n`), '<!-- whosays-ignore-next-line -->', '<!--whosays-disable-->'];
  }
}

/** Markup pieces, any of which may stand alone (and so be unbalanced). */
const TOKENS: Record<MarkupLanguage, string[]> = {
  plaintext: ['[1]', '[12]', '(Smith 2020)', '(Lee et al., 2019, p. 4)', 'https://example.org/a', 'www.example.org', '[', ']', '(', ')', '  ', '\t', 'Volunteer hours      31,500      27,800\n', '[@key]', '[^n]', '"', '- ', '1. '],
  markdown: [
    '# ', '## ', '###### ', '- ', '* ', '+ ', '1. ', '12) ', '> ', '    ', '\t', '```', '```js\n', '\n```\n', '~~~\n', '---\n', '***\n', '===\n',
    '| a | b |\n|---|---|\n', '|', '[', ']', '(', ')', '](https://example.org/x)', '[^1]', '[^1]: ', '[ref]: https://example.org\n', '[ref]',
    '<', '>', '<div>\n', '</div>\n', '<!--', '-->', '<q>', '</q>', '<span>', '<br>', '*', '**', '_', '__', '`', '``', '\\', '&amp;', '&#128512;',
    '$', '$$', '<https://example.org>', 'www.example.org', 'https://example.org/a_(b)', '![alt](img.png)', '- [ ] ', '+++\n', '---\ntitle: x\n---\n',
  ],
  html: [
    '<p>', '</p>', '<div>', '</div>', '<blockquote>', '</blockquote>', '<q>', '</q>', '<script>', '</script>', '<style>', '</style>', '<pre>', '</pre>',
    '<code>', '</code>', '<!--', '-->', '<!DOCTYPE html>', '<a href="https://example.org">', '</a>', '<a href="', '"', "'", '<', '>', '&', '&amp;',
    '&nbsp;', '&#x1F600;', '&#0;', '&#xD800;', '&#99999999;', '<h1>', '</h1>', '<li>', '<ul>', '</ul>', '<table><tr><td>', '</td><td>', '</table>',
    '<sup>[1]</sup>', '<br/>', '<textarea>', '<title>', '<![CDATA[', ']]>', '<img alt="Many believe">', '<cite>', '</cite>', '<figcaption>', '<noscript>',
  ],
  latex: [
    '\\section{', '\\subsection*{', '}', '{', '\\begin{quote}', '\\end{quote}', '\\begin{itemize}', '\\item ', '\\end{itemize}', '\\begin{verbatim}',
    '\\end{verbatim}', '\\verb|', '|', '$', '$$', '\\(', '\\)', '\\[', '\\]', '%', '% remark\n', '\\cite{key}', '\\citet{lee}', '\\footnote{', '\\emph{',
    '\\textbf{', '\\\\', '\\', '\\begin{document}', '\\end{document}', '\\iffalse', '\\fi', '\\begin{figure}\\caption{', '\\label{x}',
    '\\url{https://example.org}', '\\href{https://example.org}{', '&', '~', '``', "''", '\\begin{comment}', '\\end{comment}', '\\input{', '\\newcommand{\\x}{',
    '\\begin{equation}', '\\end{equation}', '\\begin{', '\\end{',
  ],
  wikitext: [
    '{{', '}}', '[[', ']]', '[[File:Pier.jpg|thumb|', '|', '<ref>', '</ref>', '<ref name="a" />', '<ref name="b">', "''", "'''", '== ', ' ==', '=', '* ',
    '# ', ': ', '; ', '{|', '|-', '|}', '! ', '<!--', '-->', '<nowiki>', '</nowiki>', '<math>', '</math>', '<pre>', '</pre>', '__TOC__',
    '{{cite web|url=https://example.org|title=A}}', '[https://example.org the site]', '[https://', '{{{1}}}', '<blockquote>', '</blockquote>',
    '<syntaxhighlight>', '</syntaxhighlight>', '~~~~', '----', '{{quote|', '<gallery>', '</gallery>', '&nbsp;', '<references />',
  ],
};

/** Openers and their closers, for nesting. */
const WRAPPERS: Record<MarkupLanguage, [string, string][]> = {
  plaintext: [['(', ')'], ['[', ']'], ['"', '"'], ['\u201C', '\u201D'], ['  ', '']],
  markdown: [['> ', ''], ['- ', ''], ['1. ', ''], ['  - ', ''], ['**', '**'], ['*', '*'], ['_', '_'], ['[', '](https://example.org)'], ['`', '`'], ['<span>', '</span>'], ['<!--', '-->'], ['~~', '~~'], ['![', '](x.png)']],
  html: [['<div>', '</div>'], ['<blockquote>', '</blockquote>'], ['<q>', '</q>'], ['<p>', '</p>'], ['<span>', '</span>'], ['<b>', '</b>'], ['<ul><li>', '</li></ul>'], ['<a href="x">', '</a>'], ['<!--', '-->'], ['<code>', '</code>']],
  latex: [['{', '}'], ['\\emph{', '}'], ['\\footnote{', '}'], ['\\begin{quote}', '\\end{quote}'], ['\\begin{itemize}\\item ', '\\end{itemize}'], ['$', '$'], ['\\section{', '}'], ['\\textbf{', '}'], ['\\begin{enumerate}\\item ', '\\end{enumerate}']],
  wikitext: [['{{', '}}'], ['[[', ']]'], ["''", "''"], ["'''", "'''"], ['<ref>', '</ref>'], ['[[File:A.jpg|thumb|', ']]'], ['{{quote|', '}}'], ['* ', ''], [': ', ''], ['<blockquote>', '</blockquote>'], ['{|\n|', '\n|}'], ['<!--', '-->']],
};

const SEPARATORS = [' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n  \n', '\u2028', '\n\n\n'];

/** Prose: a few sentences, plain or spoiled, run together as a paragraph. */
const prose = fc.array(fc.oneof({ arbitrary: sentence, weight: 3 }, { arbitrary: spoiledSentence, weight: 1 }), { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

/** Wrappers around prose, closed (balanced) or closed only part of the way. */
function nested(language: MarkupLanguage, maxDepth: number) {
  return fc
    .tuple(fc.array(fc.constantFrom(...WRAPPERS[language]), { minLength: 1, maxLength: maxDepth }), prose, fc.oneof(fc.constant(-1), fc.nat()))
    .map(([wrappers, inner, keep]) => {
      const closers = wrappers.map(([, close]) => close).reverse();
      // keep = -1 closes everything; otherwise only `keep` closers (mod depth + 1) are written.
      const kept = keep < 0 ? closers : closers.slice(0, keep % (closers.length + 1));
      return wrappers.map(([open]) => open).join('') + inner + kept.join('');
    });
}

/** One wrapper repeated deep, closed to a random depth: recursion and quadratic rescans show here. */
function deep(language: MarkupLanguage, maxDepth: number) {
  return fc.tuple(fc.constantFrom(...WRAPPERS[language]), fc.integer({ min: 8, max: maxDepth }), sentence, fc.nat()).map(([[open, close], depth, inner, keep]) => open.repeat(depth) + inner + close.repeat(keep % (depth + 1)));
}

export interface DocumentOptions {
  /** Most fragments in a document. */
  maxFragments?: number;
  /** Deepest nesting of one wrapper. */
  maxDepth?: number;
}

/** One fragment of a document in `language`. */
export function fragment(language: MarkupLanguage, options: DocumentOptions = {}) {
  const maxDepth = options.maxDepth ?? 300;
  return fc.oneof(
    { arbitrary: prose, weight: 8 },
    { arbitrary: fc.constantFrom(...SEPARATORS), weight: 6 },
    { arbitrary: fc.constantFrom(...TOKENS[language]), weight: 6 },
    { arbitrary: nested(language, 6), weight: 3 },
    { arbitrary: hostile, weight: 3 },
    { arbitrary: fc.constantFrom(...MARKERS[language]), weight: 3 },
    { arbitrary: fc.constantFrom(...directives(language)), weight: 1 },
    { arbitrary: deep(language, maxDepth), weight: 1 },
  );
}

/**
 * A whole document: fragments joined, then perhaps every line break turned into CRLF or a lone CR
 * (a consistent CR-only file), perhaps behind a byte order mark.
 */
export function document(language: MarkupLanguage, options: DocumentOptions = {}) {
  return fc
    .tuple(fc.array(fragment(language, options), { maxLength: options.maxFragments ?? 24 }), fc.constantFrom('as is', 'as is', 'as is', 'crlf', 'cr'), fc.boolean())
    .map(([fragments, breaks, bom]) => {
      let text = fragments.join('');
      if (breaks === 'crlf') text = text.replace(/\r?\n/g, '\r\n');
      else if (breaks === 'cr') text = text.replace(/\r?\n/g, '\r');
      return (bom ? '\uFEFF' : '') + text;
    });
}

/** What random edits insert: prose, line breaks that split or join paragraphs, and markup that reaches across them. */
export function editTexts(language: MarkupLanguage): string[] {
  return [
    '', 'x', ' ', '.', '"', '\n', '\n\n', '\r', '\r\n', '\r\n\r\n', '\n\n\n', '\u2028', '\u{1F600}', '\uD83D', '\u0301',
    'Many believe ', 'Sources say it. ', ' claimed ', '[1]', '(Smith 2020)', '[citation needed]',
    '```', '\n```\n', '~~~', '> ', '- ', '# ', '    ', '---\n', '<!--', '-->', '<!-- whosays-disable -->', '<!-- whosays-ignore-next-line -->\n',
    '<div>', '</div>', '{{', '}}', '[[', ']]', '<ref>', '</ref>', '{', '}', '\\begin{quote}', '\\end{quote}', '%', '$',
    ...SENTENCES.slice(0, 8).map((s) => `${s} `),
    ...TOKENS[language].slice(0, 12),
    ...MARKERS[language].slice(0, 3),
  ];
}

/**
 * Paragraphs at column 0 between blank lines, each opening with a sentence: the documents the
 * paragraph cache cuts into pieces, so that its reuse of unchanged pieces is what gets tested.
 */
export function paragraphDocument(language: MarkupLanguage, options: DocumentOptions = {}) {
  const paragraph = fc.tuple(sentence, fc.array(fragment(language, { maxDepth: 40, ...options }), { maxLength: 4 })).map(([first, rest]) => first + rest.join(''));
  const blank = fc.constantFrom('\n\n', '\n\n', '\r\n\r\n', '\n  \n', '\n\n\n');
  return fc.array(fc.tuple(paragraph, blank), { minLength: 1, maxLength: options.maxFragments ?? 10 }).map((parts) => parts.map(([p, b]) => p + b).join(''));
}
