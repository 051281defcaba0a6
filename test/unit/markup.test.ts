import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { languageFromId, readProse } from '../../server/src/engine/markup/index';
import { matchInlineCitation } from '../../server/src/engine/markup/inlineCitations';
import { CITATION_STAND_IN, type BlockKind, type ProseView } from '../../server/src/engine/markup/proseView';
import type { MarkupLanguage } from '../../server/src/engine/types';
import { fastest } from '../support/timing';

/** The prose with runs of whitespace collapsed, so expectations stay readable. */
function prose(view: ProseView): string {
  return view.text.replace(/\s+/g, ' ').trim();
}

function slices(source: string, spans: { start: number; end: number }[]): string[] {
  return spans.map((s) => source.slice(s.start, s.end));
}

function blocks(view: ProseView): [BlockKind, string][] {
  return view.blocks.map((b) => [b.kind, view.text.slice(b.start, b.end).replace(/\s+/g, ' ')]);
}

interface Case {
  name: string;
  source: string;
  prose: string;
  citations?: string[];
  quotations?: string[];
  blocks?: [BlockKind, string][];
  directives?: { kind: 'ignore-next-line' | 'disable'; rules: string[]; at: string }[];
}

/** Structural checks every view must pass, whatever the input. */
function checkInvariants(source: string, view: ProseView): void {
  assert.equal(view.text.length, source.length, 'text has the length of the source');
  for (let i = 0; i < source.length; i++) {
    const s = source.charCodeAt(i);
    const t = view.text.charCodeAt(i);
    if (s === 10 || s === 13) assert.equal(t, s, `line break kept at ${i}`);
    else if (t !== s) {
      const standIn = view.citations.some((c) => c.start <= i && i < c.start + CITATION_STAND_IN.length && view.text.startsWith(CITATION_STAND_IN, c.start));
      assert.ok(t === 32 || t === 34 || standIn, `only spaces (or a quote from an entity/TeX quote, or a textual citation's stand-in) replace source characters, at ${i}`);
    }
  }
  let last = -1;
  for (const b of view.blocks) {
    assert.ok(b.start >= last && b.end > b.start, 'blocks are sorted and do not overlap');
    last = b.end;
  }
  for (const list of [view.citations, view.quotations]) {
    for (let k = 1; k < list.length; k++) assert.ok(list[k].start >= list[k - 1].start, 'spans are sorted');
  }
}

function run(language: MarkupLanguage, cases: Case[]): void {
  describe(language, () => {
    for (const c of cases) {
      it(c.name, () => {
        const view = readProse(c.source, language);
        checkInvariants(c.source, view);
        assert.equal(prose(view), c.prose);
        if (c.citations) assert.deepEqual(slices(c.source, view.citations), c.citations);
        if (c.quotations) assert.deepEqual(slices(c.source, view.quotations), c.quotations);
        if (c.blocks) assert.deepEqual(blocks(view), c.blocks);
        if (c.directives) {
          assert.deepEqual(
            view.directives.map((d) => ({ kind: d.kind, rules: d.rules, offset: d.offset })),
            c.directives.map((d) => ({ kind: d.kind, rules: d.rules, offset: c.source.indexOf(d.at) })),
          );
        }
      });
    }
  });
}

// ------------------------------------------------------------------ inline citations

describe('inline citations', () => {
  const table: [string, string | null][] = [
    ['[1]', '[1]'],
    ['[12] and more', '[12]'],
    ['[1, 3]', '[1, 3]'],
    ['[1–3]', '[1–3]'],
    ['[2-4, 9]', '[2-4, 9]'],
    ['[@okafor2019]', '[@okafor2019]'],
    ['[@okafor2019, p. 4; @lindqvist2021]', '[@okafor2019, p. 4; @lindqvist2021]'],
    ['[see @okafor2019]', '[see @okafor2019]'],
    ['[^note]', '[^note]'],
    ['[^1] trailing', '[^1]'],
    ['(Okafor 2020)', '(Okafor 2020)'],
    ['(Okafor et al., 2020, p. 4)', '(Okafor et al., 2020, p. 4)'],
    ['(Okafor and Lindqvist 2019)', '(Okafor and Lindqvist 2019)'],
    ['(Okafor & Lindqvist, 2019; Brandt 2021a)', '(Okafor & Lindqvist, 2019; Brandt 2021a)'],
    ['(World Health Organization, 2021)', '(World Health Organization, 2021)'],
    ['(see van der Berg 2018, pp. 12–14)', '(see van der Berg 2018, pp. 12–14)'],
    ['(Okafor n.d.)', '(Okafor n.d.)'],
    ['[citation needed]', '[citation needed]'],
    ['[Citation Needed]', '[Citation Needed]'],
    ['[who?]', '[who?]'],
    ['[by whom?]', '[by whom?]'],
    ['[according to whom?]', '[according to whom?]'],
    ['[weasel words]', '[weasel words]'],
    ['[which?]', '[which?]'],
    ['[when?]', '[when?]'],
    ['[vague]', '[vague]'],
    ['[source?]', '[source?]'],
    ['https://example.org/report.', 'https://example.org/report'],
    ['http://example.org/a_(b)), then', 'http://example.org/a_(b)'],
    ['www.example.org/x?y=1;', 'www.example.org/x?y=1'],
    // Not citations.
    ['(May 2019)', null],
    ['(in 2020)', null],
    ['(Since 1998)', null],
    ['(2020)', null],
    ['(the 2020 election)', null],
    ['(Okafor said so in 2020)', null],
    ['[sic]', null],
    ['[ ]', null],
    ['[x]', null],
    ['[a note]', null],
    ['user@example.org', null],
    ['http://', null],
  ];
  for (const [input, expected] of table) {
    it(`${input} -> ${expected ?? 'none'}`, () => {
      const m = matchInlineCitation(input, 0, input.length);
      assert.equal(m ? input.slice(0, m.end) : null, expected);
    });
  }
  it('a URL must not continue a word', () => {
    assert.equal(matchInlineCitation('xhttp://a.org', 1, 13), null);
  });
});

// ------------------------------------------------------------------ plain text

run('plaintext', [
  {
    name: 'paragraphs and citations',
    source: 'Many residents say the ferry is late [3].\nThe council disputes it (Marlow 2021).\n\nA second paragraph [citation needed] ends here, see https://example.org/ferry.\n',
    prose: 'Many residents say the ferry is late . The council disputes it . A second paragraph ends here, see .',
    citations: ['[3]', '(Marlow 2021)', '[citation needed]', 'https://example.org/ferry'],
    blocks: [
      ['paragraph', 'Many residents say the ferry is late . The council disputes it .'],
      ['paragraph', 'A second paragraph ends here, see .'],
    ],
    directives: [],
  },
  {
    name: 'no directives in plain text',
    source: '<!-- whosays-disable -->\nSome people say so.',
    prose: '<!-- whosays-disable --> Some people say so.',
    directives: [],
  },
  {
    name: 'CRLF line breaks and blank lines with spaces',
    source: 'One line.\r\n   \r\nTwo line.',
    prose: 'One line. Two line.',
    blocks: [['paragraph', 'One line.'], ['paragraph', 'Two line.']],
  },
  {
    name: 'a table laid out in columns: each cell a block, prose around it stays paragraphs',
    source: 'The figures for the year:\n                      2025      2024\n  Boats launched       1,204     1,090\n  Crew hours\t3,310\t2,975\nThe crews did well.  Two boats sank.\n',
    prose: 'The figures for the year: 2025 2024 Boats launched 1,204 1,090 Crew hours 3,310 2,975 The crews did well. Two boats sank.',
    blocks: [
      ['paragraph', 'The figures for the year:'],
      ['table-cell', '2025'], ['table-cell', '2024'],
      ['table-cell', 'Boats launched'], ['table-cell', '1,204'], ['table-cell', '1,090'],
      ['table-cell', 'Crew hours'], ['table-cell', '3,310'], ['table-cell', '2,975'],
      ['paragraph', 'The crews did well. Two boats sank.'],
    ],
  },
  {
    name: 'two spaces between sentences, or one figure after a gap, are not a table',
    source: 'The fund paid out 2,000.  Then 3,000 more.\nIt closed in  2019.\n',
    prose: 'The fund paid out 2,000. Then 3,000 more. It closed in 2019.',
    blocks: [['paragraph', 'The fund paid out 2,000. Then 3,000 more. It closed in 2019.']],
  },
  { name: 'empty document', source: '', prose: '', blocks: [] },
  {
    name: 'a byte order mark, astral characters and a lone surrogate keep their places',
    source: '\ufeffThe caf\u00e9 \ud83d\ude8b route \ud800 opened [2].',
    prose: 'The caf\u00e9 \ud83d\ude8b route \ud800 opened .',
    citations: ['[2]'],
  },
]);

// ------------------------------------------------------------------ Markdown

run('markdown', [
  {
    name: 'front matter, headings, emphasis',
    source: '---\ntitle: "Experts agree"\n---\n\n# The *harbour* wall\n\nIt is **widely** believed the wall was _rebuilt_ in ~~1910~~ 1911.\n\nA setext title\n==============\n',
    prose: 'The harbour wall It is widely believed the wall was rebuilt in 1910 1911. A setext title',
    blocks: [
      ['heading', 'The harbour wall'],
      ['paragraph', 'It is widely believed the wall was rebuilt in 1910 1911.'],
      ['heading', 'A setext title'],
    ],
  },
  {
    name: 'TOML front matter',
    source: '+++\ntitle = "x"\n+++\nBody text.\n',
    prose: 'Body text.',
  },
  {
    name: 'an unclosed front matter is a thematic break',
    source: '---\nSome people say so.\n',
    prose: 'Some people say so.',
  },
  {
    name: 'code: fences with info strings, tildes, indented code, code spans of any length',
    source: 'Before `many experts` and ``a `tick` inside`` after.\n\n```js title="x"\nconst critics = "say";\n```\n\n~~~\nstudies show\n~~~\n\n    indented code says experts\n\nEnd.\n',
    prose: 'Before and after. End.',
  },
  {
    name: 'an unclosed fence runs to the end of the document',
    source: 'Text.\n\n```\nnever closed\nmany believe\n',
    prose: 'Text.',
  },
  {
    name: 'a shorter run does not close a fence',
    source: '````\n```\nstill code\n````\nProse.\n',
    prose: 'Prose.',
  },
  {
    name: 'an unmatched backtick run is kept as text',
    source: 'A `stray tick and more.',
    prose: 'A `stray tick and more.',
  },
  {
    name: 'links keep their text and are citations; images go',
    source: 'The [ministry report](https://example.org/r "Title") says so, as does [the survey][srv] and [the census].\n\n![chart of many experts](img.png) Done.\n\n[srv]: https://example.org/s\n[the census]: <https://example.org/c> "Census"\n',
    prose: 'The ministry report says so, as does the survey and the census . Done.',
    citations: ['[ministry report](https://example.org/r "Title")', '[the survey][srv]', '[the census]'],
  },
  {
    name: 'a destination with parentheses',
    source: 'See [the page](https://example.org/a_(b)) now.',
    prose: 'See the page now.',
    citations: ['[the page](https://example.org/a_(b))'],
  },
  {
    name: 'bracketed citations, footnotes and Pandoc keys',
    source: 'Turnout rose [4], as reported[^n1] and argued [@mbeki2020, p. 3].\n\n[^n1]: The electoral office said so.\n',
    prose: 'Turnout rose , as reported and argued . The electoral office said so.',
    citations: ['[4]', '[^n1]', '[@mbeki2020, p. 3]'],
    blocks: [
      ['paragraph', 'Turnout rose , as reported and argued .'],
      ['paragraph', 'The electoral office said so.'],
    ],
  },
  {
    name: 'a [1] that is also a defined reference stays a citation',
    source: 'Claimed [1].\n\n[1]: https://example.org\n',
    prose: 'Claimed .',
    citations: ['[1]'],
  },
  {
    name: 'autolinks, bare URLs, inline HTML and comments',
    source: 'Read <https://example.org/a> or www.example.org/b, <span class="x">kept</span> <!-- hidden\ncomment --> end.',
    prose: 'Read or , kept end.',
    citations: ['<https://example.org/a>', 'www.example.org/b'],
  },
  {
    name: 'raw code-like HTML in prose is blanked',
    source: 'Send <code>many say</code> and <kbd>Ctrl</kbd> now.',
    prose: 'Send and now.',
  },
  {
    name: 'HTML blocks: comments and script are blanked, div text is kept',
    source: '<!--\nmany experts\n-->\n<script>\nvar x = "critics say";\n</script>\n<div class="note">\nA note <b>in bold</b>.\n</div>\n',
    prose: 'A note in bold .',
  },
  {
    name: 'lists: each item a block, task boxes blanked, ordered lists',
    source: '- first item\n- [x] second item\n  continued\n\n1. one\n2. two\n10) ten\n',
    prose: 'first item second item continued one two ten',
    blocks: [
      ['list-item', 'first item'],
      ['list-item', 'second item continued'],
      ['list-item', 'one'],
      ['list-item', 'two'],
      ['list-item', 'ten'],
    ],
  },
  {
    name: 'a number that does not start a list cannot interrupt a paragraph',
    source: 'The figure rose in\n2020. Then it fell.\n',
    prose: 'The figure rose in 2020. Then it fell.',
    blocks: [['paragraph', 'The figure rose in 2020. Then it fell.']],
  },
  {
    name: 'indented content of a list item is not code',
    source: '1. Item\n\n    Second paragraph of the item.\n',
    prose: 'Item Second paragraph of the item.',
  },
  {
    name: 'code inside a list item',
    source: '- Item\n\n      code in item\n- Next\n',
    prose: 'Item Next',
  },
  {
    name: 'tables: each cell a block, delimiter row blanked',
    source: '| Who | What |\n| --- | :-: |\n| Critics | say `x` |\n| Many | believe \\| this |\n\nAfter.\n',
    prose: 'Who What Critics say Many believe | this After.',
    blocks: [
      ['table-cell', 'Who'],
      ['table-cell', 'What'],
      ['table-cell', 'Critics'],
      ['table-cell', 'say'],
      ['table-cell', 'Many'],
      ['table-cell', 'believe | this'],
      ['paragraph', 'After.'],
    ],
  },
  {
    name: 'blockquotes are quotations with blocks inside; lazy continuation',
    source: 'She wrote:\n\n> Many people say the bridge is unsafe.\nIt was built in 1890.\n>\n> - a listed item\n\nBack to prose.\n',
    prose: 'She wrote: Many people say the bridge is unsafe. It was built in 1890. a listed item Back to prose.',
    quotations: ['> Many people say the bridge is unsafe.\nIt was built in 1890.\n>\n> - a listed item\n'],
    blocks: [
      ['paragraph', 'She wrote:'],
      ['paragraph', 'Many people say the bridge is unsafe. It was built in 1890.'],
      ['list-item', 'a listed item'],
      ['paragraph', 'Back to prose.'],
    ],
  },
  {
    name: 'fenced code inside a blockquote',
    source: '> Quote.\n> ```\n> code says experts\n> ```\n> More.\n',
    prose: 'Quote. More.',
  },
  {
    name: 'escapes keep the character, hard breaks go',
    source: 'Not \\*emphasis\\* and a break\\\nhere.',
    prose: 'Not *emphasis * and a break here.',
  },
  {
    name: 'intraword underscores and lone asterisks stay',
    source: 'The snake_case_name and 2 * 3 stay.',
    prose: 'The snake_case_name and 2 * 3 stay.',
  },
  {
    name: 'entities: quotes keep a quote mark',
    source: 'He said &ldquo;soon&rdquo; &amp; left.',
    prose: 'He said " soon" left.',
  },
  {
    name: 'directives in HTML comments',
    source: '<!-- whosays-disable style/puffery style -->\nText.\n<!-- whosays-ignore-next-line -->\nMany believe it.\nInline <!-- whosays-ignore-next-line weasel -- because --> here.\n',
    prose: 'Text. Many believe it. Inline here.',
    directives: [
      { kind: 'disable', rules: ['style/puffery', 'style'], at: '<!-- whosays-disable' },
      { kind: 'ignore-next-line', rules: [], at: '<!-- whosays-ignore-next-line -->' },
      { kind: 'ignore-next-line', rules: ['weasel'], at: '<!-- whosays-ignore-next-line weasel' },
    ],
  },
  {
    name: 'a comment that never closes blanks the rest',
    source: 'Before.\n\n<!-- open\nmany say\n',
    prose: 'Before.',
  },
  {
    name: 'a link definition whose title sits on the next line',
    source: 'See [the map].\n\n[the map]: https://example.org/map\n  "The map"\n\nAfter.\n',
    prose: 'See the map . After.',
    citations: ['[the map]'],
  },
  {
    name: 'a directive inside a code block is not a directive',
    source: '```html\n<!-- whosays-disable -->\n```\n',
    prose: '',
    directives: [],
  },
  {
    name: 'a list item after a blockquote closes the list',
    source: '- item\n\n> quoted\n\n    code, not a list paragraph\n',
    prose: 'item quoted',
  },
  {
    name: 'Markdown syntax inside an HTML block is text',
    source: '<div>\n*not emphasis* and `not code` [1]\n</div>\n',
    prose: '*not emphasis* and `not code`',
    citations: ['[1]'],
  },
  {
    name: 'thematic breaks and headings with closing hashes',
    source: '## Title ##\n\n***\n\nText.\n',
    prose: 'Title Text.',
    blocks: [['heading', 'Title'], ['paragraph', 'Text.']],
  },
]);

// ------------------------------------------------------------------ HTML

run('html', [
  {
    name: 'tags blanked, blocks by element',
    source: '<h2>Harbour news</h2><p>The pier is <em>widely</em> regarded as unsafe.</p><ul><li>First</li><li>Second</li></ul><table><tr><td>Cell A</td><th>Cell B</th></tr></table>',
    prose: 'Harbour news The pier is widely regarded as unsafe. First Second Cell A Cell B',
    blocks: [
      ['heading', 'Harbour news'],
      ['paragraph', 'The pier is widely regarded as unsafe.'],
      ['list-item', 'First'],
      ['list-item', 'Second'],
      ['table-cell', 'Cell A'],
      ['table-cell', 'Cell B'],
    ],
  },
  {
    name: 'code-like elements and comments blanked',
    source: '<p>Run <code>critics --say</code> and <kbd>q</kbd>.</p><script>var many = "believe";</script><style>p { color: red }</style><pre>\nstudies show\n</pre><!-- many say --><svg><text>experts</text></svg><p>End.</p>',
    prose: 'Run and . End.',
  },
  {
    name: 'entities: quote entities keep a quote mark, others go',
    source: '<p>She called it &quot;fine&quot; &amp; &#34;safe&#34; &mdash; &ldquo;done&rdquo;.</p>',
    prose: 'She called it " fine" " safe" " done" .',
  },
  {
    name: 'citations: links, cite, reference superscripts',
    source: '<p>According to <a href="https://example.org">the audit</a>, costs rose<sup class="reference"><a href="#n1">[1]</a></sup> and fell<sup>[2]</sup>, as <cite>The Ledger</cite> noted.</p><p><a name="x">Anchor</a> only.</p>',
    prose: 'According to the audit , costs rose and fell , as The Ledger noted. Anchor only.',
    citations: [
      '<a href="https://example.org">the audit</a>',
      '<sup class="reference"><a href="#n1">[1]</a></sup>',
      '<sup>[2]</sup>',
      '[2]', // nested citations are kept: a sentence that starts inside the outer one still sees them
      '<cite>The Ledger</cite>',
    ],
  },
  {
    name: 'quotations: blockquote and q',
    source: '<p>He said <q>many agree</q>.</p><blockquote><p>Some say it is over.</p></blockquote>',
    prose: 'He said many agree . Some say it is over.',
    quotations: ['<q>many agree</q>', '<blockquote><p>Some say it is over.</p></blockquote>'],
  },
  {
    name: 'br ends a block, attributes with > in quotes',
    source: '<p title="a > b">Line one<br>Line two</p>',
    prose: 'Line one Line two',
    blocks: [['paragraph', 'Line one'], ['paragraph', 'Line two']],
  },
  {
    name: 'a lone < is text; inline citations in text',
    source: '<p>If a < b then (Osei 2017) holds [3].</p>',
    prose: 'If a < b then holds .',
    citations: ['(Osei 2017)', '[3]'],
  },
  {
    name: 'directives',
    source: '<!-- whosays-ignore-next-line weasel/vague-majority -->\n<p>Many believe it.</p>',
    prose: 'Many believe it.',
    directives: [{ kind: 'ignore-next-line', rules: ['weasel/vague-majority'], at: '<!--' }],
  },
  {
    name: 'unclosed comment and unclosed pre',
    source: '<p>Kept.</p><pre>code <!-- x',
    prose: 'Kept.',
  },
  {
    name: 'a paragraph inside a table cell: the cell goes on after it',
    source: '<table><tr><td><p>Inner</p>tail</td></tr></table>',
    prose: 'Inner tail',
    blocks: [['paragraph', 'Inner'], ['table-cell', 'tail']],
  },
  {
    name: 'figcaption and unclosed elements',
    source: '<figure><img src="a.png" alt="many say"><figcaption>A chart</figcaption></figure><p>Open paragraph',
    prose: 'A chart Open paragraph',
    blocks: [['caption', 'A chart'], ['paragraph', 'Open paragraph']],
  },
]);

// ------------------------------------------------------------------ LaTeX

run('latex', [
  {
    name: 'preamble blanked, sections, emphasis kept',
    source: '\\documentclass{article}\n\\usepackage{x}\n% whosays-disable style\n\\begin{document}\n\\section{Early \\emph{results}}\\label{sec:a}\nIt is \\textbf{widely} believed.\n\\end{document}\ntrailing',
    prose: 'Early results It is widely believed.',
    blocks: [['heading', 'Early results'], ['paragraph', 'It is widely believed.']],
    directives: [{ kind: 'disable', rules: ['style'], at: '% whosays-disable' }],
  },
  {
    name: 'a fragment without \\begin{document}',
    source: 'Many experts agree~\\cite{okafor2020}.\n\nSecond paragraph\\footnote{A note, p.~4.} ends.',
    prose: 'Many experts agree . Second paragraph A note, p. 4. ends.',
    citations: ['\\cite{okafor2020}', '\\footnote{A note, p.~4.}'],
    blocks: [
      ['paragraph', 'Many experts agree .'],
      ['paragraph', 'Second paragraph'],
      ['paragraph', 'A note, p. 4.'],
      ['paragraph', 'ends.'],
    ],
  },
  {
    name: 'citation commands with optional arguments',
    source: 'A \\citep[see][p.~4]{a,b} B \\parencite{c} C \\textcite{d} D \\autocite[12]{e} E \\footcite{f} F \\citet*{g}.',
    prose: 'A B C Author D E F Author .',
    citations: ['\\citep[see][p.~4]{a,b}', '\\parencite{c}', '\\textcite{d}', '\\autocite[12]{e}', '\\footcite{f}', '\\citet*{g}'],
  },
  {
    name: 'a textual citation starts its sentence, as the authors\' names would',
    source: 'The record is thin. \\citet{okafor2020} finds more. Others disagree.',
    prose: 'The record is thin. Author finds more. Others disagree.',
    citations: ['\\citet{okafor2020}'],
  },
  {
    name: 'todo: a citation only when it asks for one',
    source: 'Critics say so\\todo{citation needed}. Others\\todo[inline]{fix wording} too.',
    prose: 'Critics say so . Others too.',
    citations: ['\\todo{citation needed}'],
  },
  {
    name: 'math in all its forms',
    source: 'Let $x = 1$ and $$y$$ and \\(z\\) and \\[w\\] hold.\n\\begin{equation*}\na = b\n\\end{equation*}\n\\begin{align}\nc &= d\n\\end{align}\nDone.',
    prose: 'Let and and and hold. Done.',
  },
  {
    name: 'an unclosed $ is just a dollar sign',
    source: 'It cost $5 in total.\n\nNext $paragraph$ here.',
    prose: 'It cost $5 in total. Next here.',
  },
  {
    name: 'comments, escapes, ties and dashes',
    source: 'Rates rose 5\\% -- a lot. % many say\nSee Fig.~2 \\& more \\{x\\}.',
    prose: 'Rates rose 5 % -- a lot. See Fig. 2 & more {x }.',
  },
  {
    name: 'verbatim-like environments and \\verb',
    source: 'Use \\verb|many say| here.\n\\begin{verbatim}\nexperts agree\n\\end{verbatim}\n\\begin{lstlisting}[language=C]\nx\n\\end{lstlisting}\n\\begin{minted}{python}\ny\n\\end{minted}\nEnd.',
    prose: 'Use here. End.',
  },
  {
    name: 'non-text arguments blanked, href keeps its text',
    source: 'See \\ref{fig:a}, \\eqref{e}, \\includegraphics[width=3cm]{plot.pdf} and \\href{https://example.org}{the data} or \\url{https://example.org/x}.',
    prose: 'See , , and the data or .',
    citations: ['\\href{https://example.org}{the data}', '\\url{https://example.org/x}'],
  },
  {
    name: 'lists and items',
    source: '\\begin{itemize}\n\\item First point.\n\\item[b)] Second point.\n\\end{itemize}',
    prose: 'First point. Second point.',
    blocks: [['list-item', 'First point.'], ['list-item', 'Second point.']],
  },
  {
    name: 'quotations: environments, \\enquote and ``…\'\'',
    source: "He said ``many agree'' and \\enquote{some do}.\n\\begin{quote}\nSources say no.\n\\end{quote}",
    prose: 'He said "many agree" and some do . Sources say no.',
    quotations: ["``many agree''", '\\enquote{some do}', '\\begin{quote}\nSources say no.\n\\end{quote}'],
  },
  {
    name: 'an unclosed `` is not a quotation',
    source: 'He said ``many agree.\n\nNext.',
    prose: 'He said many agree. Next.',
    quotations: [],
  },
  {
    name: 'tables: cells are blocks',
    source: '\\begin{tabular}{|l|c|}\n\\hline\nAlpha & Beta \\\\\nGamma & Delta\n\\end{tabular}',
    prose: 'Alpha Beta Gamma Delta',
    blocks: [['table-cell', 'Alpha'], ['table-cell', 'Beta'], ['table-cell', 'Gamma'], ['table-cell', 'Delta']],
  },
  {
    name: 'captions and accents',
    source: '\\begin{figure}[h]\n\\caption[Short]{A caf\\\'e chart}\n\\end{figure}',
    prose: 'A caf e chart',
    blocks: [['caption', 'A caf e chart']],
  },
  {
    name: 'a footnote inside a caption: the caption resumes after it',
    source: '\\caption{Counts\\footnote{By hand.} per site}',
    prose: 'Counts By hand. per site',
    blocks: [['caption', 'Counts'], ['paragraph', 'By hand.'], ['caption', 'per site']],
    citations: ['\\footnote{By hand.}'],
  },
  {
    name: 'a percent sign inside \\url is not a comment',
    source: 'See \\url{https://example.org/a%20b} now.',
    prose: 'See now.',
  },
  {
    name: 'ignore directive in a comment',
    source: '% whosays-ignore-next-line weasel/vague-majority\nMany believe it.',
    prose: 'Many believe it.',
    directives: [{ kind: 'ignore-next-line', rules: ['weasel/vague-majority'], at: '%' }],
  },
  {
    name: 'unbalanced braces do not throw',
    source: '\\emph{open and } close } and \\label{never',
    prose: 'open and close and',
  },
]);

// ------------------------------------------------------------------ wikitext

run('wikitext', [
  {
    name: 'an unclosed comment hides the rest of the page, a </ref> and }} after it included',
    source: 'The quay opened in 1871.<ref>Minutes<!-- unfinished</ref> Many say the quay {{who}} is cursed.',
    prose: 'The quay opened in 1871.',
  },
  {
    name: 'refs, citation templates and cleanup tags',
    source: 'The mill closed in 1931.<ref>{{cite news|title=Mill shuts|date=1931}}</ref> Many say it was sold.{{who|date=May 2026}} It burned{{Citation needed|date=May 2026}}.<ref name="a" /> Fine.{{sfn|Okafor|2020|p=4}}{{efn|A note.}}{{rp|12}}{{r|b}}',
    prose: 'The mill closed in 1931. Many say it was sold. It burned . Fine.',
    citations: [
      '<ref>{{cite news|title=Mill shuts|date=1931}}</ref>',
      '{{who|date=May 2026}}',
      '{{Citation needed|date=May 2026}}',
      '<ref name="a" />',
      '{{sfn|Okafor|2020|p=4}}',
      '{{efn|A note.}}',
      '{{rp|12}}',
      '{{r|b}}',
    ],
  },
  {
    name: 'other templates are blanked but are not citations, even nested and multi-line',
    source: '{{Infobox town\n| name = {{lang|cy|Aber}}\n| pop = 4000\n}}\nThe town{{efn-ua|x}} lies on the coast.{{reflist}}',
    prose: 'The town lies on the coast.',
    citations: ['{{efn-ua|x}}'],
  },
  {
    name: 'quotation templates keep the quoted text',
    source: 'Intro.\n{{Quote|text=Many people say the [[harbour]] is {{lang|cy|hardd}} lovely.|author=A. Pryce}}\n{{cquote|Some argue otherwise.}}\nAfter.',
    prose: 'Intro. Many people say the harbour is lovely. Some argue otherwise. After.',
    quotations: ['{{Quote|text=Many people say the [[harbour]] is {{lang|cy|hardd}} lovely.|author=A. Pryce}}', '{{cquote|Some argue otherwise.}}'],
  },
  {
    name: 'links: labels, targets, files and categories',
    source: 'Near [[Harwick]] and [[Harwick Quay|the quay]] lies [[:Category:Ports]].[[File:Quay.jpg|thumb|A [[quay]] photo]][[Category:Towns]]',
    prose: 'Near Harwick and the quay lies Category:Ports .',
  },
  {
    name: 'external links keep the label and are citations',
    source: 'Figures from [https://example.org/stats the board] and [http://example.org] too.',
    prose: 'Figures from the board and too.',
    citations: ['[https://example.org/stats the board]', '[http://example.org]'],
  },
  {
    name: 'an external link ends at its line, whatever the line break',
    source: 'See [http://example.org the\rboard] and [http://example.org the\nboard] and [http://example.org the board].',
    prose: 'See [ the board] and [ the board] and the board .',
    citations: ['http://example.org', 'http://example.org', '[http://example.org the board]'],
  },
  {
    name: 'a run of tildes signs with its last five',
    source: 'Agreed. ~~~~~~~ Yes ~~ no ~~~~',
    prose: 'Agreed. ~~ Yes ~~ no',
  },
  {
    name: 'headings, bold and italic, magic words, lists',
    source: '__TOC__\n== History ==\n\'\'\'Bold\'\'\' and \'\'italic\'\' and it\'s fine.\n* First\n# Second\n: Indented\n; Term\n----\nAfter.',
    prose: "History Bold and italic and it's fine. First Second Indented Term After.",
    blocks: [
      ['heading', 'History'],
      ['paragraph', "Bold and italic and it's fine."],
      ['list-item', 'First'],
      ['list-item', 'Second'],
      ['list-item', 'Indented'],
      ['list-item', 'Term'],
      ['paragraph', 'After.'],
    ],
  },
  {
    name: 'tables: syntax blanked, cells are blocks',
    source: '{| class="wikitable"\n|+ Results\n|-\n! Year !! Club\n|-\n| 1921 || style="color:red" | Harwick\n|-\n| colspan=2 | Shared\n|}\nAfter.',
    prose: 'Results Year Club 1921 Harwick Shared After.',
    blocks: [
      ['caption', 'Results'],
      ['table-cell', 'Year'],
      ['table-cell', 'Club'],
      ['table-cell', '1921'],
      ['table-cell', 'Harwick'],
      ['table-cell', 'Shared'],
      ['paragraph', 'After.'],
    ],
  },
  {
    name: 'raw tags, comments and blockquote',
    source: 'A <nowiki>{{cite}}</nowiki> b <code>x</code> c <math>y</math> d <syntaxhighlight lang="c">z</syntaxhighlight> e <!-- many say --> f\n<blockquote>Critics say it failed.</blockquote>',
    prose: 'A b c d e f Critics say it failed.',
    quotations: ['<blockquote>Critics say it failed.</blockquote>'],
    citations: [],
  },
  {
    name: 'directives',
    source: '<!-- whosays-ignore-next-line weasel/anonymous-source -->\nSources say so.',
    prose: 'Sources say so.',
    directives: [{ kind: 'ignore-next-line', rules: ['weasel/anonymous-source'], at: '<!--' }],
  },
  {
    name: 'unclosed constructs are text',
    source: 'Open {{cite web|title=x and [[link without end and <ref>dangling',
    prose: 'Open {{cite web|title=x and [[link without end and dangling',
  },
]);

// ------------------------------------------------------------------ language ids

describe('languageFromId', () => {
  const table: [string | undefined, MarkupLanguage][] = [
    ['markdown', 'markdown'], ['md', 'markdown'], ['.md', 'markdown'], ['html', 'html'], ['htm', 'html'], ['latex', 'latex'], ['tex', 'latex'],
    ['wikitext', 'wikitext'], ['mediawiki', 'wikitext'], ['wiki', 'wikitext'], ['plaintext', 'plaintext'], ['txt', 'plaintext'],
    ['Markdown', 'markdown'], ['python', 'plaintext'], ['', 'plaintext'], [undefined, 'plaintext'],
  ];
  for (const [id, expected] of table) it(`${id} -> ${expected}`, () => assert.equal(languageFromId(id), expected));
});

// ------------------------------------------------------------------ time

const SIZE = 1_000_000;

function repeatTo(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}


const plainDocument = repeatTo('Many residents of the harbour district say the ferry has been late every morning since the spring timetable began. The operator disputes the figures.\n\n');

const documents: Record<Exclude<MarkupLanguage, 'plaintext'>, string> = {
  markdown: repeatTo(
    '## A heading with *emphasis*\n\nSome people say the [new bridge](https://example.org/b) is unsafe [1], which `the engineer` denies (Okafor 2020).\n\n- a list item with **bold** text\n- another item\n\n```js\nconst experts = "say";\n```\n\n> A quoted line.\n\n| a | b |\n| --- | --- |\n| c | d |\n\n',
  ),
  html: repeatTo(
    '<h2>A heading</h2>\n<p>Some people say the <a href="https://example.org/b">new bridge</a> is unsafe<sup class="reference">[1]</sup>, which <code>the engineer</code> denies &mdash; (Okafor 2020).</p>\n<ul><li>an item</li></ul><!-- note -->\n<blockquote><p>A quoted line.</p></blockquote>\n',
  ),
  latex: repeatTo(
    '\\section{A heading}\nSome people say the \\emph{new bridge} is unsafe~\\cite{okafor2020}, which $x^2$ denies\\footnote{See \\url{https://example.org}.}.\n% a comment\n\\begin{quote}\nA quoted line.\n\\end{quote}\n\\begin{itemize}\n\\item an item\n\\end{itemize}\n\n',
  ),
  wikitext: repeatTo(
    "== A heading ==\nSome people say the [[New Bridge|new bridge]] is '''unsafe'''.<ref>{{cite web|url=https://example.org|title=x}}</ref> Denied{{citation needed|date=May 2026}}.\n* an item\n{{Quote|text=A quoted line.}}\n<!-- note -->\n\n",
  ),
};

// Inputs built to make a careless scanner rescan: openers that never close, runs of markup.
const pathological: Record<MarkupLanguage, string[]> = {
  plaintext: [repeatTo('[@a ', SIZE / 4), repeatTo('(Smith ', SIZE / 4), repeatTo('[1 ', SIZE / 4), repeatTo('http://a', SIZE / 4)],
  markdown: [
    repeatTo('[', SIZE / 4), repeatTo('[a](b "', SIZE / 4), repeatTo('`a``b```c', SIZE / 4), repeatTo('<!-- ', SIZE / 4), repeatTo('<a "', SIZE / 4),
    repeatTo('![x](', SIZE / 4), repeatTo('*_~', SIZE / 4), repeatTo('> - ', SIZE / 4), repeatTo('- ', SIZE / 4), repeatTo('| a ', SIZE / 4) + '\n|---|\n',
    repeatTo('```\n', SIZE / 4), repeatTo('[a]: ', SIZE / 4), repeatTo('\\', SIZE / 4),
  ],
  html: [repeatTo('<a ', SIZE / 4), repeatTo('<a title="', SIZE / 4), repeatTo('<!--', SIZE / 4), repeatTo('<div>', SIZE / 4), repeatTo('</p>', SIZE / 4), repeatTo('&amp', SIZE / 4), repeatTo('<pre>', SIZE / 4)],
  latex: [
    repeatTo('$', SIZE / 4), repeatTo('{', SIZE / 4), repeatTo('}', SIZE / 4), repeatTo('\\emph{', SIZE / 4), repeatTo('\\section[', SIZE / 4), repeatTo('``', SIZE / 4),
    repeatTo('\\begin{equation}', SIZE / 4), repeatTo('\\(', SIZE / 4), repeatTo('\\verb|', SIZE / 4), repeatTo('%', SIZE / 4), repeatTo('\\begin{', SIZE / 4),
  ],
  wikitext: [
    repeatTo('{{', SIZE / 4), repeatTo('}}', SIZE / 4), repeatTo('[[', SIZE / 4), repeatTo('[http://a ', SIZE / 4), repeatTo("'''", SIZE / 4), repeatTo('<ref>', SIZE / 4),
    repeatTo('<nowiki>', SIZE / 4), repeatTo('{{quote|', SIZE / 4) + repeatTo('}}', SIZE / 4), repeatTo('{|\n| a || b\n', SIZE / 4), repeatTo('<!--', SIZE / 4),
  ],
};

describe('reading time is linear', () => {
  // Warm up the JIT on every reader before measuring anything.
  for (const [language, doc] of Object.entries(documents)) readProse(doc.slice(0, 50_000), language as MarkupLanguage);
  readProse(plainDocument.slice(0, 50_000), 'plaintext');
  const baseline = fastest(() => readProse(plainDocument, 'plaintext'));

  for (const [language, doc] of Object.entries(documents)) {
    it(`1 MB of ${language} reads within 20× the time of 1 MB of plain text`, () => {
      assert.equal(doc.length, SIZE);
      const ms = fastest(() => readProse(doc, language as MarkupLanguage));
      assert.ok(ms < 20 * Math.max(baseline, 5), `${language}: ${ms.toFixed(1)} ms against ${baseline.toFixed(1)} ms for plain text`);
    });
  }

  for (const [language, docs] of Object.entries(pathological)) {
    it(`pathological ${language} inputs stay linear`, () => {
      for (const doc of docs) {
        let view: ProseView | undefined;
        const ms = fastest(() => {
          view = readProse(doc, language as MarkupLanguage);
        }, 1);
        assert.equal(view!.text.length, doc.length);
        assert.ok(ms < 20 * Math.max(baseline, 5), `${language} ${JSON.stringify(doc.slice(0, 12))}…: ${ms.toFixed(1)} ms against ${baseline.toFixed(1)} ms for 1 MB of plain text`);
      }
    });
  }
});
