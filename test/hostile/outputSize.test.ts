// What the findings carry must grow with the number of findings, not with the size of the line they
// sit on: one hugely indented line with thousands of findings once gave 200 MB of fixes, because
// every "Ignore … on this line" fix copied the line's whole indentation (issue 10, item 4).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type Finding } from '../../server/src/engine';

const INDENT = 100_000;
const SENTENCE = 'Many believe it. ';

/** Characters of text the fixes of all findings insert. */
function insertedSize(findings: readonly Finding[]): number {
  let size = 0;
  for (const f of findings) for (const fix of f.fixes) for (const e of fix.edits) size += e.newText.length;
  return size;
}

const SHAPES = [
  { languageId: 'latex', make: (indent: number, k: number) => ' '.repeat(indent) + SENTENCE.repeat(k) },
  // A lazy continuation line of a Markdown paragraph may be indented by any amount.
  { languageId: 'markdown', make: (indent: number, k: number) => 'Intro.\n' + ' '.repeat(indent) + SENTENCE.repeat(k) },
  { languageId: 'html', make: (indent: number, k: number) => '\t'.repeat(indent) + SENTENCE.repeat(k) },
];

describe('fixes on a hugely indented line stay small', () => {
  for (const { languageId, make } of SHAPES) {
    it(`${languageId}: the inserted text grows with the findings, not with findings x indentation`, () => {
      const small = lint(make(INDENT, 500), { languageId });
      const large = lint(make(INDENT, 2000), { languageId });
      assert.ok(small.length >= 500 && large.length >= 2000, `${small.length} and ${large.length} findings`);
      const perFinding = insertedSize(large) / large.length;
      assert.ok(perFinding < 300, `${perFinding.toFixed(0)} characters inserted per finding`);
      const ratio = insertedSize(large) / insertedSize(small);
      assert.ok(ratio > 3.5 && ratio < 4.5, `4x the findings insert ${ratio.toFixed(2)}x the text`);
    });
  }

  it('a modest indentation is still copied, so the comment stays in its list item', () => {
    const text = '- Item one.\n\n  Many believe the dam was sabotaged.\n';
    const finding = lint(text, { languageId: 'markdown' }).find((f) => f.rule === 'weasel/vague-majority')!;
    const ignore = finding.fixes.find((f) => f.kind === 'ignore')!;
    assert.deepEqual(ignore.edits, [{ offset: text.indexOf('  Many'), length: 0, newText: '  <!-- whosays-ignore-next-line weasel/vague-majority -->\n' }]);
  });
});
