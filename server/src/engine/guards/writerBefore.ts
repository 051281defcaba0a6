// "I have baked it 23 times, always in the same tin", "We heard a rattle on three of our 30 drives,
// and it never lasted": the clause before the match is about the writer, who reports their own world.

import { opensContrast, type Token } from '../text/tokens';
import type { Guard } from './guard';
import { WRITER_BACK } from './reach';

/** How far back an "I" or "we" counts across a ", and" join, and how far back the join may be. */
const JOINED_REACH = 25;
const JOIN_REACH = 30;

/** An "I" or "we" in the `reach` tokens back from `from`, not across a semicolon or a contrast. */
function firstPersonWithin(tokens: readonly Token[], from: number, reach: number): boolean {
  for (let i = from; i >= 0 && i > from - reach; i--) {
    if (tokens[i].text === ';' || opensContrast(tokens, i)) return false;
    if (tokens[i].lower === 'i' || tokens[i].lower === 'we') return true;
  }
  return false;
}

/** Where ", and" joins the clause holding `at` to the one before it (within JOIN_REACH tokens), or -1. */
function andJoinBefore(tokens: readonly Token[], at: number): number {
  for (let i = at - 1; i > 0 && i >= at - JOIN_REACH; i--) {
    if (tokens[i].text === ';' || opensContrast(tokens, i)) return -1;
    if (tokens[i].lower === 'and' && tokens[i - 1].text === ',') return i;
  }
  return -1;
}

export const writerBefore: Guard = {
  description: 'An "I" or "we" opens the clause before the match (or the clause joined to it by ", and"), not across "; " or ", but"',
  holds: (m) => {
    if (firstPersonWithin(m.tokens, m.first - 1, WRITER_BACK)) return true;
    const join = andJoinBefore(m.tokens, m.first);
    return join >= 0 && firstPersonWithin(m.tokens, join - 2, JOINED_REACH);
  },
  examples: {
    holds: ['I have walked this path a hundred times, *always* in the rain.', 'I *never* saw the lighthouse lit.', 'We heard a rattle on three of our 30 test drives, and it *never* lasted long.'],
    not: ['The ferry *never* runs on time.', 'I liked the town, but the ferry *never* runs on time.', 'We left early; the ferry *never* runs on time.'],
  },
};
