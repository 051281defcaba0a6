// The engine's behaviour across rules: suppressors, configuration, directives, offsets.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type Finding, type LintOptions } from '../../server/src/engine';

const rules = (text: string, options: LintOptions = {}) => lint(text, options).map((f) => f.rule);
const weasels = (text: string, options: LintOptions = {}) => lint(text, options).filter((f) => f.category !== 'style');

describe('suppressors clear weasel and unattributed findings', () => {
  const flagged = 'Many believe the dam was sabotaged';
  const cases: Array<[string, string, string]> = [
    ['numeric citation', 'plaintext', `${flagged} [3].`],
    ['footnote', 'markdown', `${flagged}[^dam].\n\n[^dam]: Harbour board minutes, 1998.`],
    ['Pandoc citation', 'markdown', `${flagged} [@okafor2020].`],
    ['author-year', 'plaintext', `${flagged} (Okafor 2020).`],
    ['author-year with et al. and page', 'plaintext', `${flagged} (Okafor et al., 2020, p. 4).`],
    ['LaTeX \\cite', 'latex', `${flagged}~\\cite{okafor2020}.`],
    ['wikitext <ref>', 'wikitext', `${flagged}.<ref>Harbour board minutes, 1998.</ref>`],
    ['wikitext {{cite}}', 'wikitext', `${flagged}.<ref>{{cite news|title=Dam|date=1998}}</ref>`],
    ['Markdown link', 'markdown', `${flagged}, as [the inquiry](https://example.org/inquiry) heard.`],
    ['HTML link', 'html', `<p>${flagged}, as <a href="https://example.org">the inquiry</a> heard.</p>`],
    ['existing marker', 'markdown', `${flagged} [citation needed].`],
    ['named body with a speech verb', 'plaintext', `${flagged}, the State Department said.`],
    ['according to a named source', 'plaintext', `${flagged}, according to AP.`],
    ['a dated survey', 'plaintext', `A 2019 Pew survey found that many people believe the dam was sabotaged.`],
    ['a possessive speaker', 'plaintext', `${flagged}, his sister told the Courier.`],
    ['the authors\' own estimate', 'plaintext', 'Using the parish registers, we estimate that 40 percent of the town left.'],
    ['a pointer to the document\'s own table', 'markdown', 'Rents rose by 14 percent in the first year (Table 2).'],
    ['a LaTeX cross-reference to a table', 'latex', 'Rents rose by 14 percent in the first year (Table~\\ref{tab:rents}).'],
    ['a pointer to the table above', 'plaintext', 'Among our own tenants, 18% said they had moved twice (see the table above).'],
    ['the writer\'s own survey', 'markdown', 'In our 2023 survey of members, 1,260 of the 3,900 who replied said they walk to the market.'],
    ['the writer\'s own lab test', 'html', '<p>The lamp draws 4 watts, down from 9, measured in our lab over 1,000 hours.</p>'],
    ['a document that shows the fact', 'plaintext', 'The 42 is the only bus that runs after midnight, the winter timetable shows.'],
    ['a document that records the fact', 'plaintext', 'The parish minutes record that many believed the dam was sabotaged.'],
    ['a document that lists the fact', 'plaintext', 'The county register lists it as the oldest mill in the valley.'],
    ['the writer\'s own instrument', 'plaintext', 'On my kitchen scales the loaf weighed 1,150 grams, against 15% less for the shop loaf.'],
  ];
  for (const [name, languageId, text] of cases) {
    it(name, () => assert.deepEqual(weasels(text, { languageId }).map((f) => `${f.rule} "${f.text}"`), []));
  }

  it('a document counts only when it is a particular one and shows, records or lists', () => {
    assert.deepEqual(weasels('A map shows the largest lake in the county.').map((f) => f.text), ['the largest']);
    assert.deepEqual(weasels('The 42 is the only bus that runs after midnight.').map((f) => f.text), ['the only']);
  });

  it('without the pointer or the "we", the same figures are flagged', () => {
    assert.deepEqual(weasels('Rents rose by 14 percent in the first year.').map((f) => f.text), ['14 percent']);
    assert.deepEqual(weasels('They estimate that 40 percent of the town left.').map((f) => f.text), ['40 percent']);
    assert.deepEqual(weasels('The Round Table raised 40,000 pounds.').map((f) => f.text), ['40,000']);
    assert.deepEqual(weasels('Among tenants, 18% said they had moved twice (see the report).').map((f) => f.text), ['18%']);
    assert.deepEqual(weasels('In a survey of members, 1,260 said they walk to the market.').map((f) => f.text), ['1,260']);
  });

  it('a plain-text table laid out in columns is not read as claims; the same figures in prose are', () => {
    const table = 'Year in brief\n\n                     2025      2024\n  Meals served      41,200    38,900\n  Share in work        27%       22%\n';
    assert.deepEqual(weasels(table), []);
    assert.deepEqual(weasels('Meals served rose to 41,200.').map((f) => f.text), ['41,200']);
  });

  it('a participle between a count and its noun is an adjective, not a source verb', () => {
    assert.deepEqual(weasels('Dunmore has 4,000 listed buildings.').map((f) => f.text), ['4,000']);
    assert.deepEqual(weasels('Police in 2019 recorded 4,000 burglaries.').map((f) => f.text), []);
  });
  it('a spec-list line ("Label: value", no full stop) is not read as a claim; a sentence in a list item is', () => {
    const specs = '<ul>\n<li>Motor: the quietest in any blender, 2,000 watts</li>\n<li>The motor is the quietest in any blender.</li>\n</ul>';
    assert.deepEqual(weasels(specs, { languageId: 'html' }).map((f) => f.text), ['the quietest']);
  });
  it('a claim credited to a vague source is one finding, the vague source', () => {
    assert.deepEqual(weasels('Many critics have called the bridge the finest in the country.').map((f) => f.rule), ['weasel/vague-majority']);
    assert.deepEqual(weasels('The bridge is the finest in the country.').map((f) => f.rule), ['unattributed/sweeping-claim']);
  });

  it('a superlative framed as the writer\'s own opinion is not a claim', () => {
    assert.deepEqual(weasels('For me it is the finest bridge in the country.'), []);
    assert.deepEqual(weasels('In my view it is the finest bridge in the country.'), []);
    assert.deepEqual(weasels('It is the finest bridge in the country.').map((f) => f.rule), ['unattributed/sweeping-claim']);
  });

  it('a textual citation clears its own sentence only, not the next one', () => {
    const text = 'Many believe the dam was sabotaged. \\citet{okafor2020} finds that it held.';
    assert.deepEqual(weasels(text, { languageId: 'latex' }).map((f) => f.text), ['Many believe']);
  });

  it('inside double quotes (straight and curly) nothing is flagged, in any category', () => {
    assert.deepEqual(rules('"Many believe the renowned dam was sabotaged," the engineer said.'), []);
    assert.deepEqual(rules('\u201cMany believe the renowned dam was sabotaged,\u201d she wrote.'), []);
  });
  it('a Markdown blockquote is a quotation', () => {
    assert.deepEqual(rules('The letter said:\n\n> Many believe the dam was sabotaged.\n', { languageId: 'markdown' }), []);
  });
  it('an HTML blockquote is a quotation', () => {
    assert.deepEqual(rules('<blockquote><p>Many believe the dam was sabotaged.</p></blockquote>', { languageId: 'html' }), []);
  });
  it('a stray opening quote does not silence the paragraph', () => {
    assert.deepEqual(rules('He wrote \u201cfine. Many believe the dam was sabotaged.'), ['weasel/vague-majority']);
  });
  it('citations and named sources do not clear style findings', () => {
    assert.deepEqual(rules('The renowned engineer said the dam was safe [2].'), ['style/puffery']);
  });
  it('a topic sentence whose source follows is downgraded, not dropped', () => {
    const [f] = lint('Many believe the dam was sabotaged. The inquiry, led by Judge Amal Reyes, said so in 2021.');
    assert.equal(f.rule, 'weasel/vague-majority');
    assert.equal(f.severity, 'information');
    assert.match(f.downgradedBecause ?? '', /next sentence/);
  });
  it('the attribution must follow in the same paragraph', () => {
    const [f] = lint('Many believe the dam was sabotaged.\n\nThe inquiry, led by Judge Amal Reyes, said so in 2021.');
    assert.equal(f.severity, 'warning');
  });
});

describe('sentence boundaries', () => {
  it('survive abbreviations, initials and "et al."', () => {
    const text = 'Dr. Hale and J. R. Okafor of the U.S. Geological Survey measured the dam. Smith et al. found cracks [4]. Many believe the dam was sabotaged.';
    const found = lint(text);
    assert.deepEqual(found.map((f) => f.rule), ['weasel/vague-majority']);
    // The citation belongs to the second sentence only, so the third is still flagged.
  });
  it('an abbreviation ends the sentence when a sentence opener follows it', () => {
    // Without the split, the first sentence's citation would clear the second.
    assert.deepEqual(weasels('The survey ran in Washington, D.C. [2] Research suggests the dam was sabotaged.').map((f) => f.rule), ['weasel/unnamed-research']);
    assert.deepEqual(weasels('The dam was built by the U.S. Army Corps of Engineers [2].'), []);
  });
  it('a citation after the full stop belongs to the sentence before it', () => {
    assert.deepEqual(weasels('Many believe the dam was sabotaged.[5] The valley flooded.'), []);
    assert.deepEqual(weasels('The valley flooded.[5] Many believe the dam was sabotaged.').map((f) => f.rule), ['weasel/vague-majority']);
  });
});

describe('configuration', () => {
  const text = 'Many believe the renowned dam was sabotaged.';
  it('turns a rule off', () => assert.deepEqual(rules(text, { config: { rules: { 'weasel/vague-majority': 'off' } } }), ['style/puffery']));
  it('turns a category off', () => assert.deepEqual(rules(text, { config: { rules: { style: 'off' } } }), ['weasel/vague-majority']));
  it('a rule id wins over its category', () => {
    assert.deepEqual(rules(text, { config: { rules: { weasel: 'off', 'weasel/vague-majority': 'error' } } }).sort(), ['style/puffery', 'weasel/vague-majority']);
  });
  it('sets a severity', () => assert.equal(lint(text, { config: { rules: { 'weasel/vague-majority': 'error' } } })[0].severity, 'error'));
  it('hedges are off by default and on in the hedging profile', () => {
    const hedged = 'The outbreak may have started in the port.';
    assert.deepEqual(rules(hedged), []);
    assert.deepEqual(rules(hedged, { config: { profile: 'hedging' } }), ['style/hedge']);
    assert.deepEqual(rules(hedged, { config: { rules: { 'style/hedge': 'hint' } } }), ['style/hedge']);
  });
  it('with the weasel rules off, the hedging profile still flags a vague crowd of believers', () => {
    const crowd = 'Some argue that the tower leaned from the start.';
    assert.deepEqual(rules(crowd, { config: { profile: 'hedging' } }), ['weasel/vague-majority']);
    assert.deepEqual(rules(crowd, { config: { profile: 'hedging', rules: { weasel: 'off' } } }), ['style/hedge']);
  });
  it('the allow-list silences a phrase, case and spacing aside', () => {
    assert.deepEqual(rules(text, { config: { allow: ['many   BELIEVE'] } }), ['style/puffery']);
    assert.deepEqual(rules(text, { config: { allow: ['many believers'] } }).sort(), ['style/puffery', 'weasel/vague-majority']);
  });
  it('a configured marker already in the text counts as a citation, so no fix inserts it twice', () => {
    const markers = { latex: { citationNeeded: '\\needsref{}' } };
    const [f] = lint('Many believe the dam was sabotaged.', { languageId: 'latex', config: { markers } });
    const fix = f.fixes.find((x) => x.kind === 'citation-needed')!;
    assert.equal(fix.edits[0].newText, '\\needsref{}');
    assert.deepEqual(lint('Many believe the dam was sabotaged\\needsref{}.', { languageId: 'latex', config: { markers } }), []);
  });
});

describe('directives in comments', () => {
  it('ignore-next-line silences the named rule on the next line only', () => {
    const text = '<!-- whosays-ignore-next-line weasel/vague-majority -->\nMany believe the dam was sabotaged.\nMany believe the mill was sabotaged.\n';
    const found = lint(text, { languageId: 'markdown' });
    assert.deepEqual(found.map((f) => f.text), ['Many believe']);
    assert.ok(found[0].offset > text.indexOf('mill') - 30);
  });
  it('disable silences a rule or category for the whole file', () => {
    const text = 'Many believe the renowned dam was sabotaged.\n\n% whosays-disable style\n';
    assert.deepEqual(rules(text, { languageId: 'latex' }), ['weasel/vague-majority']);
    assert.deepEqual(rules(`<!-- whosays-disable -->\n${text}`, { languageId: 'markdown' }), []);
  });
});

describe('offsets', () => {
  it('count UTF-16 code units and point into the original text', () => {
    const text = '\ud83c\udf0a Caf\u00e9 owners on the **quay**: many believe the dam was sabotaged.';
    const [f] = lint(text, { languageId: 'markdown' }) as Finding[];
    assert.equal(text.slice(f.offset, f.offset + f.length), 'many believe');
    assert.equal(f.text, 'many believe');
  });
  it('every finding in a mixed document slices to its own text', () => {
    const text = '---\ntitle: Many believe\n---\n\n# Dam\n\nSources say the **renowned** dam was *widely* believed safe. `many believe` Nine in ten residents agree.\n';
    for (const f of lint(text, { languageId: 'markdown' })) assert.equal(text.slice(f.offset, f.offset + f.length), f.text);
  });
});

describe('tokens', () => {
  it('lower-case and straighten only where needed, without changing offsets', async () => {
    const { tokenize } = await import('../../server/src/engine/text/tokens');
    const text = 'The O\u2019Brien WORLD-class caf\u00e9 isn\u2019t \u00c9lan so\u2010called 3,000 x\u00c9y';
    const tokens = tokenize(text);
    assert.deepEqual(tokens.map((t) => t.lower), ['the', "o'brien", 'world-class', 'caf\u00e9', "isn't", '\u00e9lan', 'so-called', '3,000', 'x\u00e9y']);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });
});
