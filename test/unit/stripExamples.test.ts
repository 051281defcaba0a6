// The build leaves the engine's example sentences out of the bundles (scripts/stripExamples.mjs):
// only lists of sentences in the two places examples live are emptied, their line breaks kept.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stripExamples } from '../../scripts/stripExamples.mjs';

describe('stripExamples', () => {
  it("empties a phrase entry's flag and pass lists and keeps its pattern and exclusions", () => {
    const source = `const entries = [{ pattern: 'critics say', flag: ['Critics say the bridge is ugly.'], pass: ['The critics say nothing.', "It's fine."], notAfter: ['the', 'no'] }];`;
    const { text, lists } = stripExamples(source);
    assert.equal(lists, 2);
    assert.equal(text, `const entries = [{ pattern: 'critics say', flag: [], pass: [], notAfter: ['the', 'no'] }];`);
  });

  it("empties the lists of an `examples` object (a rule's flag and pass, a guard's holds and not), not a guard's holds function", () => {
    const source = [
      'export const guard = {',
      '  holds: (m) => m.wordAfter() === "by",',
      "  examples: { holds: ['It was *praised* by critics.'], not: ['It was *praised*.'] },",
      '};',
      "export const rule = { examples: { flag: ['Nine in ten agree.'], pass: ['Nine people came.'] } };",
    ].join('\n');
    const { text, lists } = stripExamples(source);
    assert.equal(lists, 4);
    assert.match(text, /holds: \(m\) => m\.wordAfter\(\) === "by"/);
    assert.match(text, /examples: \{ holds: \[\], not: \[\] \}/);
    assert.match(text, /examples: \{ flag: \[\], pass: \[\] \}/);
  });

  it('leaves lists elsewhere alone: a flag list without a pattern beside it, computed lists, lists of other things', () => {
    const source = [
      "const settings = { flag: ['on'], pass: ['off'] };",
      "const entry = { pattern: 'some say', flag: sentences.slice(1), pass: [first, 'two'] };",
      "const examples = { flag: ['not a property value of examples'] };",
      "const words = { pattern: 'x', notBefore: ['flag', 'pass'] };",
    ].join('\n');
    assert.deepEqual(stripExamples(source), { text: source, lists: 0 });
  });

  it('keeps the line breaks of a list that spans lines, so the source map still points at the right lines', () => {
    const source = "const entry = {\n  pattern: 'x',\n  flag: [\n    'One.',\n    'Two.',\n  ],\n  trim: [0, 1],\n};\nthrow new Error('line 9');\n";
    const { text } = stripExamples(source);
    assert.equal(text.split('\n').length, source.split('\n').length);
    assert.equal(text.split('\n')[8], "throw new Error('line 9');");
    assert.match(text, /flag: \[\n\n\n\]/);
  });

  it('empties the example lists of a real rule table and keeps its lines', () => {
    const file = join(__dirname, '..', '..', 'server', 'src', 'engine', 'rules', 'vagueMajority.ts');
    const source = readFileSync(file, 'utf8');
    const { text, lists } = stripExamples(source, file);
    assert.ok(lists >= 10, `${lists} lists emptied in vagueMajority.ts`);
    assert.ok(!text.includes('Many fans believe the manager should go.'));
    assert.equal(text.split('\n').length, source.split('\n').length);
  });
});
