// Inputs built to trip a careless scanner (unclosed quotes, endless sentences, repeated cue
// words, deep markup) must lint in about the time normal prose of the same size takes, measured
// in the same run. Ratios, not milliseconds: the machine's speed does not matter.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { generateDocument } from '../support/generate';
import { fastest } from '../support/timing';

// How cost grows with size, shape by shape, is test/hostile/linearTime.test.ts.
const SIZE = 200_000;

function repeat(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const CASES: Array<{ name: string; languageId: string; text: string }> = [
  { name: 'one sentence with no full stop', languageId: 'plaintext', text: repeat('the harbour wall and the mill race ') },
  { name: 'opening quotes that never close', languageId: 'plaintext', text: repeat('\u201cMany believe it ') },
  { name: 'straight quotes that never pair up in one paragraph', languageId: 'plaintext', text: repeat('"some say ') },
  { name: 'a cue word over and over', languageId: 'plaintext', text: repeat('many many many many believe believe ') },
  { name: 'abbreviations and initials without end', languageId: 'plaintext', text: repeat('Dr. J. R. U.S. et al. e.g. ') },
  { name: 'numbers everywhere', languageId: 'plaintext', text: repeat('1,000 in 10 up to 5,000 61% ') },
  { name: 'findings and contrasting clauses in one endless sentence', languageId: 'plaintext', text: repeat('critics say it leaks, but the council said a third, ') },
  { name: 'group nouns with phrases and helpers over and over', languageId: 'plaintext', text: repeat('shopkeepers on the road have long planners of the town ') },
  { name: 'unclosed code fences and spans', languageId: 'markdown', text: repeat('```\n`a ` `` [x]( <!-- ') },
  { name: 'nested emphasis and brackets', languageId: 'markdown', text: repeat('*[_**[**_](*') },
  { name: 'unclosed templates and refs', languageId: 'wikitext', text: repeat('{{cite {{ <ref> [[a| ') },
  { name: 'unclosed math and braces', languageId: 'latex', text: repeat('$ \\emph{ \\cite{ % \n') },
  { name: 'unclosed tags and comments', languageId: 'html', text: repeat('<p <a href="x <!-- &amp ') },
];

describe('slow inputs lint about as fast as normal prose of the same size', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const normal = generateDocument(c.languageId as 'plaintext', SIZE);
      lint(normal, { languageId: c.languageId });
      const normalMs = fastest(() => lint(normal, { languageId: c.languageId }));
      const slowMs = fastest(() => lint(c.text, { languageId: c.languageId }));
      assert.ok(slowMs < Math.max(normalMs, 5) * 10, `${c.name}: ${slowMs.toFixed(1)} ms against ${normalMs.toFixed(1)} ms for normal prose`);
    });
  }
});
