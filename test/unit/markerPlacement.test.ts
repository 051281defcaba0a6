// Reading a document's own marker convention (server/src/engine/markerPlacement.ts), and the fixes
// that follow it, on example documents in each markup.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import { definesTodo, documentConventions, resolvePlacement, tallyDocument } from '../../server/src/engine/markerPlacement';
import { resolveConfig } from '../../server/src/engine/lint';
import type { EngineConfig, MarkupLanguage, TextEdit } from '../../server/src/engine/types';

const NOW = new Date(2026, 10, 14);

function placementOf(text: string, language: MarkupLanguage, config: Partial<EngineConfig> = {}) {
  return documentConventions(text, language, resolveConfig(config)).placement;
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

/** The document after the fix of `kind` for the first finding of `rule`. */
function fixed(text: string, languageId: string, rule: string, kind: string, config: Partial<EngineConfig> = {}): string {
  const finding = lint(text, { languageId, config, now: NOW }).find((f) => f.rule === rule);
  assert.ok(finding, `no ${rule} in ${JSON.stringify(text)}`);
  const fix = finding.fixes.find((f) => f.kind === kind);
  assert.ok(fix, `no ${kind} fix`);
  return applyEdits(text, fix.edits);
}

const WIKIPEDIA = { punctuation: 'after', separator: '', wordSeparator: '' };

describe('reading the document\u2019s convention', () => {
  it('with nothing to copy, Wikipedia\u2019s: after the punctuation, no space', () => {
    for (const language of ['plaintext', 'markdown', 'html', 'latex', 'wikitext'] as const) {
      assert.deepEqual(placementOf('The ferry leaves at nine. Tickets cost four euros.\n', language), WIKIPEDIA, language);
    }
  });

  it('Markdown: a spaced marker before the full stop', () => {
    const doc = 'The lamp burned whale oil and gave a poor light [citation needed].\n\nThe keeper lived on the rock until 1931.\n';
    assert.deepEqual(placementOf(doc, 'markdown'), { punctuation: 'before', separator: ' ', wordSeparator: ' ' });
  });

  it('Markdown: footnotes after the punctuation; a footnote\u2019s definition is not a reference', () => {
    const doc = 'The keeper kept a log.[^log] His wife kept the accounts.[^acc]\n\n[^log]: Parish archive, box 4.\n[^acc]: Ibid.\n';
    assert.deepEqual(placementOf(doc, 'markdown'), WIKIPEDIA);
    assert.deepEqual(tallyDocument(doc, 'markdown').after[''], 2);
  });

  it('Markdown: links and bare URLs are not references', () => {
    const doc = 'See [the harbour board](https://example.org/board) for times. Or https://example.org/times.\n';
    const tally = tallyDocument(doc, 'markdown');
    assert.equal(tally.after[''] + tally.before[' '] + tally.inside[''] + tally.inside[' '], 0);
  });

  it('plain text: numbered references with a space before the punctuation', () => {
    const doc = 'The mill burned in 1899 [2]. It was rebuilt in stone [3].\n';
    assert.deepEqual(placementOf(doc, 'plaintext'), { punctuation: 'before', separator: ' ', wordSeparator: ' ' });
  });

  it('a run of adjacent references counts once', () => {
    const tally = tallyDocument('The mill burned in 1899.[2][3][4]\n', 'plaintext');
    assert.equal(tally.after[''], 1);
  });

  it('wikitext: <ref> and cleanup templates right after the full stop', () => {
    const doc = 'The pier was rebuilt in 1958.<ref>{{cite news |title=Pier reopens |date=1958}}</ref> It cost a fortune.{{citation needed|date=March 2025}}\n';
    assert.deepEqual(placementOf(doc, 'wikitext'), WIKIPEDIA);
  });

  it('wikitext: a [who?] template after a word, with no space, gives the word separator', () => {
    const doc = 'Some fishermen{{who|date=March 2025}} say the pier is unsafe.\n';
    assert.deepEqual(tallyDocument(doc, 'wikitext').inside[''], 1);
  });

  it('LaTeX: a tie before \\cite and the full stop after it', () => {
    const doc = '\\documentclass{article}\n\\begin{document}\nThe canal opened in 1794~\\cite{canal}. Barges used it until 1950~\\citep{barges}.\n\\end{document}\n';
    assert.deepEqual(placementOf(doc, 'latex'), { punctuation: 'before', separator: '~', wordSeparator: '~' });
  });

  it('LaTeX: footnotes after the punctuation; \\url is no reference', () => {
    const doc = 'The canal opened in 1794.\\footnote{County records.} See \\url{https://example.org}.\n';
    assert.deepEqual(placementOf(doc, 'latex'), WIKIPEDIA);
  });

  it('HTML: reference superscripts after the punctuation', () => {
    const doc = '<p>The tram closed in 1949.<sup class="reference">[1]</sup> Its depot is a museum.<sup class="reference">[2]</sup></p>\n';
    assert.deepEqual(placementOf(doc, 'html'), WIKIPEDIA);
  });

  it('mixed conventions: the majority wins, a tie goes to Wikipedia\u2019s', () => {
    const majorityBefore = 'One fact [1]. Another fact [2].\n\nA third fact.[3]\n';
    assert.equal(placementOf(majorityBefore, 'plaintext').punctuation, 'before');
    const tie = 'One fact [1].\n\nA third fact.[3]\n';
    assert.equal(placementOf(tie, 'plaintext').punctuation, 'after');
  });

  it('the setting fixes the side; the separator still follows the document', () => {
    const doc = 'The mill burned in 1899 [2].\n';
    assert.deepEqual(placementOf(doc, 'plaintext', { markerPlacement: { plaintext: 'afterPunctuation' } }), { punctuation: 'after', separator: '', wordSeparator: ' ' });
    const wiki = 'The pier was rebuilt in 1958.<ref>Harbour minutes.</ref>\n';
    assert.deepEqual(placementOf(wiki, 'wikitext', { markerPlacement: { wikitext: 'beforePunctuation' } }), { punctuation: 'before', separator: '', wordSeparator: '' });
    // Only the language named is affected.
    assert.equal(placementOf(doc, 'plaintext', { markerPlacement: { markdown: 'afterPunctuation' } }).punctuation, 'before');
  });

  it('counts add up across paragraphs', () => {
    const one = tallyDocument('One fact [1].\n\n', 'plaintext');
    const two = tallyDocument('Another.[2]\n', 'plaintext');
    const both = tallyDocument('One fact [1].\n\nAnother.[2]\n', 'plaintext');
    assert.equal(both.before[' '], one.before[' '] + two.before[' ']);
    assert.equal(both.after[''], one.after[''] + two.after['']);
    assert.deepEqual(resolvePlacement(both), placementOf('One fact [1].\n\nAnother.[2]\n', 'plaintext'));
  });

  it('reads a long line of markers in linear time', () => {
    const small = 'A fact [1]. '.repeat(2_000);
    const large = 'A fact [1]. '.repeat(20_000);
    // The fastest of five runs: one run on a busy machine can be stretched by a pause or another process.
    // The small text is read ten times per run, so both sides cover the same number of characters
    // and neither is a time too short to measure.
    const time = (text: string, times: number) => {
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        for (let k = 0; k < times; k++) tallyDocument(text, 'plaintext');
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(small, 10);
    const ratio = time(large, 1) / time(small, 10);
    assert.ok(ratio < 4, `ten times the text in one piece took ${ratio.toFixed(1)} times as long as in ten pieces`);
  });
});

describe('whether \\todo compiles', () => {
  it('loaded by a package that defines it', () => {
    assert.equal(definesTodo('\\documentclass{article}\n\\usepackage[disable]{todonotes}\n'), true);
    assert.equal(definesTodo('\\documentclass{article}\n\\usepackage{amsmath, todonotes}\n'), true);
    assert.equal(definesTodo('\\documentclass{article}\n\\usepackage{luatodonotes}\n'), true);
  });

  it('defined by the document', () => {
    assert.equal(definesTodo('\\documentclass{article}\n\\newcommand{\\todo}[1]{\\textbf{#1}}\n'), true);
    assert.equal(definesTodo('\\documentclass{article}\n\\providecommand\\todo[1]{}\n'), true);
  });

  it('not when the package is commented out, absent, or only a longer name', () => {
    assert.equal(definesTodo('\\documentclass{article}\n% \\usepackage{todonotes}\n'), false);
    assert.equal(definesTodo('\\documentclass{article}\n\\usepackage{amsmath}\n\\newcommand{\\todolist}{}\n'), false);
    // A 50% sign escaped is no comment.
    assert.equal(definesTodo('\\documentclass{article}\n50\\% \\usepackage{todonotes}\n'), true);
  });

  it('a fragment without a preamble that already uses \\todo', () => {
    assert.equal(definesTodo('\\section{Harbour}\nThe quay is older\\todo{check date}.\n'), true);
    assert.equal(definesTodo('\\documentclass{article}\n\\begin{document}\nOlder\\todo{check}.\n\\end{document}\n'), false);
  });
});

describe('fixes follow the convention', () => {
  it('Markdown with "light [citation needed]." places [citation needed] and [who?] the same way', () => {
    const doc = 'The lamp gave a poor light [citation needed].\n\nCritics say the rock was a hard posting.\n';
    assert.equal(fixed(doc, 'markdown', 'weasel/vague-majority', 'citation-needed'), doc.replace('posting.', 'posting [citation needed].'));
    assert.equal(fixed(doc, 'markdown', 'weasel/vague-majority', 'who'), doc.replace('Critics say', 'Critics [who?] say'));
  });

  it('wikitext with "1958.{{citation needed}}": after the full stop', () => {
    const doc = 'The pier was rebuilt in 1958.{{citation needed|date=March 2025}}\n\nMany believe the new roof leaks.\n';
    assert.equal(
      fixed(doc, 'wikitext', 'weasel/vague-majority', 'citation-needed'),
      'The pier was rebuilt in 1958.{{citation needed|date=March 2025}}\n\nMany believe the new roof leaks.{{citation needed|date=November 2026}}\n',
    );
  });

  it('after a closing quotation mark, as Wikipedia puts references', () => {
    const doc = 'Many believe the keeper said "the light never failed."\n';
    assert.equal(fixed(doc, 'plaintext', 'weasel/vague-majority', 'citation-needed'), 'Many believe the keeper said "the light never failed."[citation needed]\n');
  });


  it('never right after a backslash, where Markdown would escape the bracket and LaTeX read an argument', () => {
    const markdown = 'Tram drivers reportedly finish at noon.\\ \n';
    assert.equal(fixed(markdown, 'markdown', 'weasel/hearsay-adverb', 'citation-needed'), 'Tram drivers reportedly finish at noon.[citation needed]\\ \n');
    const latex = 'Many believe the canal was a folly\\\\\nand a waste.\n';
    assert.equal(fixed(latex, 'latex', 'weasel/vague-majority', 'citation-needed'), 'Many believe the canal was a folly\\\\\nand a waste.[citation needed]\n');
    const lineEnd = 'Many believe the canal was a folly\\\\\n';
    assert.equal(fixed(lineEnd, 'latex', 'weasel/vague-majority', 'citation-needed'), 'Many believe the canal was a folly[citation needed]\\\\\n');
  });
  it('LaTeX without todonotes gets text that compiles; with it, \\todo', () => {
    const bare = '\\documentclass{article}\n\\begin{document}\nMany believe the canal was a folly.\n\\end{document}\n';
    assert.equal(fixed(bare, 'latex', 'weasel/vague-majority', 'citation-needed'), bare.replace('folly.', 'folly.[citation needed]'));
    assert.equal(fixed(bare, 'latex', 'weasel/vague-majority', 'who'), bare.replace('Many believe', 'Many[who?] believe'));
    const todo = bare.replace('\\begin{document}', '\\usepackage{todonotes}\n\\begin{document}');
    assert.equal(fixed(todo, 'latex', 'weasel/vague-majority', 'citation-needed'), todo.replace('folly.', 'folly.\\todo{citation needed}'));
  });

  it('a configured marker wins over \\todo and plain text', () => {
    const doc = 'Many believe the canal was a folly.\n';
    const config = { markers: { latex: { citationNeeded: '\\needsref{}' } } };
    assert.equal(fixed(doc, 'latex', 'weasel/vague-majority', 'citation-needed', config), 'Many believe the canal was a folly.\\needsref{}\n');
  });

  it('the setting overrides the document', () => {
    const doc = 'The pier was rebuilt in 1958.<ref>Harbour minutes.</ref>\n\nMany believe the new roof leaks.\n';
    assert.equal(
      fixed(doc, 'wikitext', 'weasel/vague-majority', 'citation-needed', { markerPlacement: { wikitext: 'beforePunctuation' } }),
      doc.replace('leaks.', 'leaks{{citation needed|date=November 2026}}.'),
    );
  });

  it('the marker clears the finding wherever it goes', () => {
    for (const [doc, language] of [
      ['One fact [1].\n\nMany believe the dam was sabotaged.\n', 'markdown'],
      ['Many believe the dam was sabotaged.\n', 'markdown'],
      ['A fact.<ref>x</ref>\n\nMany believe the dam was sabotaged.\n', 'wikitext'],
      ['\\usepackage{todonotes}\nA fact~\\cite{x}. Many believe the dam was sabotaged.\n', 'latex'],
    ] as const) {
      const after = fixed(doc, language, 'weasel/vague-majority', 'citation-needed');
      assert.deepEqual(lint(after, { languageId: language, now: NOW }).filter((f) => f.rule === 'weasel/vague-majority'), [], after);
    }
  });
});
