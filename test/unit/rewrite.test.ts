// The hover's rewrite that adds an attribution to the writer's own sentence (rules/rewrite.ts): it
// must read naturally whatever the sentence ends with.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import { appendAttribution } from '../../server/src/engine/rules/rewrite';
import { placeholderRewrite } from '../../server/src/lsp/placeholderRewrite';

const STAT = 'according to [source, year]';

describe('appendAttribution', () => {
  const cases: [string, string][] = [
    // A plain ending: the attribution goes before the full stop.
    ['The harbour fee rose by a fifth.', 'The harbour fee rose by a fifth, according to [source, year].'],
    ['Footfall in the arcade fell 30 percent since 2019.', 'Footfall in the arcade fell 30 percent since 2019, according to [source, year].'],
    ['Two in three stalls closed within a year', 'Two in three stalls closed within a year, according to [source, year]'],
    ['Most of the 4,000 tickets went to locals, mostly pensioners.', 'Most of the 4,000 tickets went to locals, mostly pensioners, according to [source, year].'],
    // A trailing adverb or phrase stays last: the attribution opens the sentence.
    ['The harbour fee rose by a fifth, though.', 'According to [source, year], the harbour fee rose by a fifth, though.'],
    ['Rents on the quay went up 12 percent too.', 'According to [source, year], rents on the quay went up 12 percent too.'],
    ['Half the stallholders left, however.', 'According to [source, year], half the stallholders left, however.'],
    ['The queue reached 300 people as well.', 'According to [source, year], the queue reached 300 people as well.'],
    ['Prices doubled, in fact.', 'According to [source, year], prices doubled, in fact.'],
    // A quotation or a parenthesis at the end: an attribution there would land inside it.
    ['The mayor called it "the busiest summer in 40 years."', 'According to [source, year], the mayor called it "the busiest summer in 40 years."'],
    ['The mayor called it \u201cthe busiest summer\u201d.', 'According to [source, year], the mayor called it \u201cthe busiest summer\u201d.'],
    ['Wages rose 8 percent (after inflation).', 'According to [source, year], wages rose 8 percent (after inflation).'],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.equal(appendAttribution(sentence, STAT), expected));
  }
});

describe('the unsourced-statistic hover rewrite', () => {
  it('reads naturally after a trailing "though"', () => {
    const [finding] = lint('Ferry traffic has tripled since the bridge closed, though.', { languageId: 'plaintext' }).filter((f) => f.rule === 'unattributed/unsourced-statistic');
    assert.ok(finding, 'the statistic is flagged');
    assert.equal(finding.explanation.suggestion, 'According to [source, year], ferry traffic has tripled since the bridge closed, though.');
  });
});

describe('the rewrite as an edit ("Rewrite with a placeholder")', () => {
  it('finds the sentence whose start the rewrite changed', () => {
    const text = 'The ferry left at nine. Ferry traffic has tripled since the bridge closed, though. The end.\n';
    const finding = lint(text, { languageId: 'plaintext' }).find((f) => f.rule === 'unattributed/unsourced-statistic');
    assert.ok(finding);
    const rewrite = placeholderRewrite(text, finding.rule, finding.offset, finding.length, finding.explanation.suggestion);
    assert.ok(rewrite, 'a rewrite edit');
    const edited = text.slice(0, rewrite.edit.offset) + rewrite.edit.newText + text.slice(rewrite.edit.offset + rewrite.edit.length);
    assert.equal(edited, 'The ferry left at nine. According to [source, year], ferry traffic has tripled since the bridge closed, though. The end.\n');
    assert.match(rewrite.snippet, /^According to \$\{1:source, year\}, /);
  });
});
