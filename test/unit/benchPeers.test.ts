// The bench's peer harness (scripts/benchPeers.ts) with stand-in peers: where it cuts slices, which
// slice a peer gets, and that a peer's untimed reset runs before every timed run. No timings are
// asserted; the budgets used are either unreachable or impossible to meet.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { benchPeers, sliceText, type Peer } from '../../scripts/benchPeers';

const paragraph = (n: number) => `Paragraph ${n} says the harbour fees rose in the spring of that year.`;
const text = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('\n\n');

/** A peer that counts the letter "e" and records what it was asked to do. */
function standIn(): Peer & { calls: string[] } {
  const calls: string[] = [];
  return {
    name: 'stand-in', version: '0', checks: 1, note: 'counts the letter e', setupMs: 0, calls,
    beforeRun: async (slice) => void calls.push(`reset ${slice.length}`),
    lint: async (slice) => {
      calls.push(`lint ${slice.length}`);
      return slice.split('e').length - 1;
    },
  };
}

const countWords = (slice: string) => slice.split(/\s+/).length;

describe('bench peers: slices', () => {
  it('keeps a text shorter than the slice whole', () => {
    assert.equal(sliceText('Short text.', 100), 'Short text.');
  });

  it('cuts at the last paragraph break before the size', () => {
    const slice = sliceText(text, 1000);
    assert.ok(slice.length <= 1000);
    assert.ok(text.startsWith(slice));
    assert.match(slice, /year\.$/);
    assert.equal(text.slice(slice.length, slice.length + 2), '\n\n');
  });

  it('falls back to a space when no paragraph break is in the second half', () => {
    const oneParagraph = 'word '.repeat(500);
    const slice = sliceText(oneParagraph, 1002);
    assert.equal(slice.length, 999);
    assert.match(slice, /word$/);
    assert.equal(oneParagraph[slice.length], ' ');
  });
});

describe('bench peers: runs', () => {
  it('gives a peer the whole text when the budget cannot be reached, and resets it before each run', async () => {
    const peer = standIn();
    const [row] = await benchPeers('sample', text, 'plaintext', [peer], countWords, { runs: 3, budgetMs: Number.POSITIVE_INFINITY, slices: [1000, 5000] });
    assert.equal(row.chars, text.length);
    assert.equal(row.sliced, false);
    assert.equal(row.findings, text.split('e').length - 1);
    assert.equal(row.oursFindings, countWords(text));
    assert.ok(row.toOurs > 0);
    assert.ok(row.peerMs.min <= row.peerMs.median && row.peerMs.median <= row.peerMs.max);
    // Every lint, the sizing runs included, comes right after its reset on the same text.
    for (let i = 0; i < peer.calls.length; i += 2) {
      assert.equal(peer.calls[i].replace('reset', 'lint'), peer.calls[i + 1]);
    }
    assert.ok(peer.calls.filter((call) => call === `lint ${text.length}`).length >= 3);
  });

  it('gives a peer the smallest slice when no size fits the budget', async () => {
    const peer = standIn();
    const [row] = await benchPeers('sample', text, 'plaintext', [peer], countWords, { runs: 2, budgetMs: Number.MIN_VALUE, slices: [5000, 1000] });
    assert.equal(row.sliced, true);
    assert.equal(row.chars, sliceText(text, 1000).length);
    assert.equal(row.findings, sliceText(text, 1000).split('e').length - 1);
    assert.equal(row.oursFindings, countWords(sliceText(text, 1000)));
  });
});
