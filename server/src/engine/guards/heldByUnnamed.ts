// "is widely regarded as the finest", "critics say it is one of the best", "topped the polls as the
// best": a judgement the sentence hands to a holder it does not name. The weasel rules flag the
// holder; a rule that would flag the judgement itself leaves it to them.

import { BE_WORDS } from '../lexicon/shared';
import type { MatchView } from '../rules/rule';
import type { Guard } from './guard';

// Three frames: a passive with no agent, a bare plural that says or calls, and a list or poll that ranks.
const PASSIVE_FRAME = new Set(['regarded', 'considered', 'described', 'called', 'hailed', 'dubbed', 'deemed', 'termed', 'touted', 'billed', 'labelled', 'labeled', 'reckoned', 'rated', 'ranked', 'voted', 'listed', 'seen', 'known']);
const ACTIVE_FRAME = new Set(['say', 'says', 'said', 'agree', 'agrees', 'agreed', 'claim', 'claims', 'claimed', 'believe', 'believes', 'believed', 'argue', 'argues', 'argued', 'reckon', 'insist', 'insisted',
  'call', 'called', 'consider', 'considered', 'describe', 'described', 'regard', 'rate', 'rated']);
const CROWD_WORDS = new Set(['many', 'some', 'most', 'others', 'people', 'everyone', 'locals', 'fans']);
const RANKINGS = new Set(['list', 'lists', 'poll', 'polls', 'ranking', 'rankings']);
// How far back a frame reaches ("Orme is widely regarded as one of the finest": the frame is near),
// and how far before the frame's verb its holder may stand.
const FRAME_REACH = 8;
const HOLDER_REACH = 4;

/** The token `k` before the match opens its sentence: only a few marks (a quote, a bracket) before it. */
function opensSentence(m: MatchView, k: number): boolean {
  for (let j = k + 1; j <= k + 3; j++) {
    const t = m.before(j);
    if (!t) return true;
    if (t.kind !== 'punct') return false;
  }
  return false;
}

/** "critics", "estate agents", "many": a holder with no name (a lower-case plural, or capitalised first). */
function bareHolder(m: MatchView, k: number): boolean {
  const t = m.before(k);
  if (!t || t.kind !== 'word') return false;
  return CROWD_WORDS.has(t.lower) || ((t.text === t.lower || opensSentence(m, k)) && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss'));
}

export const heldByUnnamed: Guard = {
  description: `A frame in the ${FRAME_REACH} tokens before the match hands it to an unnamed holder: "is widely regarded as", "critics say", "topped the polls as"`,
  holds: (m) => {
    for (let k = 1; k <= FRAME_REACH; k++) {
      const t = m.before(k);
      if (!t || (t.kind === 'punct' && t.text !== '"' && t.text !== ',')) return false;
      // "described by the county guide as the finest": the agent is named.
      if (t.lower === 'by') return false;
      if (RANKINGS.has(t.lower)) return true;
      if (PASSIVE_FRAME.has(t.lower)) {
        const before = m.before(k + 1);
        if (before && (BE_WORDS.has(before.lower) || (before.lower.endsWith('ly') && BE_WORDS.has(m.wordBefore(k + 2))))) return true;
      }
      if (ACTIVE_FRAME.has(t.lower)) {
        // The holder heads the subject a few words before: "Observers at the time described him as".
        for (let h = k + 1; h <= k + HOLDER_REACH && m.before(h)?.kind === 'word'; h++) {
          if (bareHolder(m, h)) return true;
        }
      }
    }
    return false;
  },
  examples: {
    holds: ['The bridge is widely regarded as *the most beautiful* in the county.', 'Critics say it is *one of the best* in the north.', 'It topped the polls as *the best* pier.'],
    not: ['It is *one of the best* in the north.', 'It was described by the county guide as *the finest* pier.', 'The harbour master said it is *the best* pier.'],
  },
};
