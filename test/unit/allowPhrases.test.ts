// The allow-list matcher: the same answers as the plain definition (the flagged text, normalised,
// contains the phrase, normalised, as whole words), whatever the list's length.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allowed, normalizePhrase } from '../../server/src/engine/allowPhrases';
import { lint } from '../../server/src/engine';

/** The definition, phrase by phrase. */
function reference(text: string, allow: readonly string[]): boolean {
  const flagged = ` ${normalizePhrase(text)} `;
  return allow.some((phrase) => {
    const p = normalizePhrase(phrase);
    return p.length > 0 && flagged.includes(` ${p} `);
  });
}

describe('allow-list matching', () => {
  const cases: Array<[string, string[], boolean]> = [
    ['many believe', ['many believe'], true],
    ['Many   Believe', ['many\tbelieve'], true],
    ['many experts believe', ['experts'], true],
    ['many experts believe', ['experts believe'], true],
    ['many experts believe', ['many believe'], false],
    ['many experts believe', ['expert'], false],
    ['many experts believe', ['many experts believe it'], false],
    ['it\u2019s said', ["it's said"], true],
    ["it's said", ['it\u2018s said'], true],
    ['many believe', ['', '   '], false],
    ['sources say', ['say', 'nothing'], true],
    ['sources, say', ['sources'], false],
  ];
  for (const [text, allow, expected] of cases) {
    it(`${JSON.stringify(text)} against ${JSON.stringify(allow)}`, () => {
      assert.equal(reference(text, allow), expected, 'the definition');
      assert.equal(allowed(text, allow), expected);
    });
  }

  it('agrees with the definition on random texts and lists', () => {
    const vocabulary = ['many', 'Many', 'believe', 'experts', 'say', "it's", 'it\u2019s', 'the', 'a', 'sources', ',', 'x'];
    let state = 11;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state % n;
    };
    const phrase = (max: number) => Array.from({ length: 1 + next(max) }, () => vocabulary[next(vocabulary.length)]).join([' ', '  ', '\n'][next(3)]);
    for (let round = 0; round < 2000; round++) {
      const allow = Array.from({ length: next(6) }, () => phrase(3));
      const text = phrase(6);
      assert.equal(allowed(text, allow), reference(text, allow), `${JSON.stringify(text)} against ${JSON.stringify(allow)}`);
    }
  });

  it('a list that grows in place is read again', () => {
    const allow = ['nothing'];
    assert.equal(allowed('many believe', allow), false);
    allow.push('many believe');
    assert.equal(allowed('many believe', allow), true);
  });

  it('lint drops allowed findings and keeps the others, with a long list', () => {
    const allow = Array.from({ length: 4000 }, (_, i) => `phrase number ${i}`);
    const text = 'Many believe the dam was sabotaged. Critics say the mill was sabotaged.';
    assert.deepEqual(lint(text, { config: { allow } }).map((f) => f.text), ['Many believe', 'Critics say']);
    assert.deepEqual(lint(text, { config: { allow: [...allow, 'CRITICS  say'] } }).map((f) => f.text), ['Many believe']);
  });
});
