// The document outline for the sourcing report (server/src/engine/outline.ts): blocks, sentences and
// words as the engine reads them, which sentences name their source, and no effect on lint().

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine';
import { outlineDocument } from '../../server/src/engine/outline';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** Each sentence of `text` (plain text) with its mark: "A" names its source, "-" does not. */
function marks(text: string, language = 'plaintext'): string[] {
  const outline = outlineDocument(text, language);
  return outline.sentences.map((s) => `${s.attributed ? 'A' : '-'} ${text.slice(s.start, s.end)}`);
}

describe('outline: sentences that name their source', () => {
  it('a named holder with a cue of speech, thought or evidence, in any position', () => {
    const sentences = [
      'Harbour master Jon Reyes said the pier would reopen in May.',
      'According to the county archive, the mill burned in 1911.',
      '"We will not close the school," said Maria Lopez.',
      'The bridge was described as unsafe by the city engineer.',
      'A 2019 survey by the Kestrel Trust found that most nests failed.',
    ];
    for (const s of sentences) assert.deepEqual(marks(s), [`A ${s}`]);
  });

  it('not a vague holder, a bare claim, or a named plan or intention', () => {
    const sentences = [
      'Critics say the pier is the oldest in the county.',
      'Studies show that trams bring in shoppers.',
      'The pier is the oldest in the county.',
      'Harland plans to sell the ferry next year.',
    ];
    for (const s of sentences) assert.deepEqual(marks(s), [`- ${s}`]);
  });

  it('each sentence is judged on its own: a paragraph can hold both', () => {
    assert.deepEqual(marks('The pier is the oldest in the county. The Harbour Board said so in 2019.'), [
      '- The pier is the oldest in the county.',
      'A The Harbour Board said so in 2019.',
    ]);
  });
});

describe('outline: blocks and words', () => {
  it('counts the words of the prose only: markup, code, addresses and numbers are not words', () => {
    const text = '# Harbour news\n\nMany experts agree that the **pier** is old.\n\nSee [the guide](https://example.org/x) for more.\n\n```\ncode words here\n```\n\nThe ferry left at 9, the ministry said.\n';
    const outline = outlineDocument(text, 'markdown');
    assert.deepEqual(outline.blocks.map((b) => [b.kind, b.words, b.attributed]), [['heading', 2, 0], ['paragraph', 8, 0], ['paragraph', 5, 0], ['paragraph', 7, 1]]);
    assert.equal(outline.words, 22);
    assert.equal(outline.sentences.reduce((n, s) => n + s.words, 0), 22);
    // The prose view keeps the source's offsets, markup blanked.
    assert.equal(outline.prose.length, text.length);
    assert.equal(outline.prose.slice(outline.blocks[1].start, outline.blocks[1].end).replace(/\s+/g, ' '), 'Many experts agree that the pier is old.');
  });

  it('an empty document has no blocks and no words', () => {
    assert.deepEqual(outlineDocument('', 'markdown'), { prose: '', blocks: [], sentences: [], words: 0 });
  });

  it('reads every markup: each fixture has blocks, words, and sentences inside their blocks', () => {
    for (const file of readdirSync(FIXTURES)) {
      const text = readFileSync(path.join(FIXTURES, file), 'utf8');
      const outline = outlineDocument(text, path.extname(file).slice(1));
      assert.ok(outline.blocks.length > 3 && outline.words > 100, file);
      for (const s of outline.sentences) {
        const b = outline.blocks[s.block];
        assert.ok(s.start >= b.start && s.end <= b.end, `${file}: a sentence inside its block`);
      }
      assert.equal(outline.blocks.reduce((n, b) => n + b.words, 0), outline.words, file);
    }
  });
});

describe('outline: lint() is not affected', () => {
  it('the findings of every fixture are the same before and after an outline, and without one', () => {
    for (const file of readdirSync(FIXTURES)) {
      const text = readFileSync(path.join(FIXTURES, file), 'utf8');
      const languageId = path.extname(file).slice(1);
      const alone = JSON.stringify(lint(text, { languageId, now: new Date(0) }));
      outlineDocument(text, languageId);
      assert.equal(JSON.stringify(lint(text, { languageId, now: new Date(0) })), alone, file);
    }
  });
});
