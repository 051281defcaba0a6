// The key of a hidden finding: rule, words and the sentence around them, normalized, so that it
// survives edits elsewhere in the paragraph and re-wrapping, and not a rewrite of its own sentence.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hiddenKey, readHidden, sentenceAround, visibleMask } from '../../server/src/lsp/hidden';
import { lint } from '../../server/src/engine/index';

function keyOf(text: string, words: string) {
  const offset = text.indexOf(words);
  return hiddenKey(text, { rule: 'weasel/vague-majority', offset, length: words.length });
}

describe('hidden-finding keys', () => {
  const original = 'The ferry returned on Monday. Many believe the pause was political. Tickets are cheap.';

  test('the sentence around the words, from the last sentence end to the next', () => {
    const offset = original.indexOf('Many believe');
    assert.equal(sentenceAround(original, offset, 12), 'Many believe the pause was political.');
    assert.equal(sentenceAround('Intro line\n\nMany believe it. Next', 12, 12), 'Many believe it.');
    assert.equal(sentenceAround('Many believe it', 0, 12), 'Many believe it');
  });

  test('edits in the other sentences, re-wrapping and case keep the key', () => {
    const key = keyOf(original, 'Many believe');
    assert.deepEqual(key, { rule: 'weasel/vague-majority', words: 'many believe', sentence: 'many believe the pause was political.' });
    assert.deepEqual(keyOf('Late on Monday the ferry came back! Many believe the pause\nwas political. Fares rose.', 'Many believe'), key);
    assert.notDeepEqual(keyOf('The ferry returned. Many believe the pause was costly.', 'Many believe'), key);
  });

  test('visibleMask hides exactly the findings whose key is listed', () => {
    const text = 'Many believe the dam was sabotaged. Critics say the fees are too high.\n';
    const findings = lint(text, { languageId: 'markdown' });
    assert.equal(findings.length, 2);
    const hidden = [hiddenKey(text, findings[1])];
    assert.deepEqual(visibleMask(text, findings, hidden), [true, false]);
    assert.deepEqual(visibleMask(text, findings, []), [true, true]);
  });

  test('readHidden keeps well-formed entries of known rules only', () => {
    const good = { rule: 'weasel/vague-majority', words: 'many believe', sentence: 'many believe it.' };
    assert.deepEqual(readHidden([good, { ...good, rule: 'made/up' }, { ...good, words: 3 }, null, 'x', { ...good, sentence: 'y'.repeat(401) }]), [good]);
    assert.deepEqual(readHidden({ 0: good }), []);
  });
});
