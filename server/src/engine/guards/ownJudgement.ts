// "For my money, the best pie", "the best bread I have eaten", "I thought it the finest": the
// writer frames the judgement as their own, a critic's opinion rather than a claim about the world.

import type { Guard } from './guard';
import { WRITER_AHEAD, WRITER_BACK } from './reach';

// What the writer did with the things ranked, right after "I" (or "I have", "I have ever"): past
// forms only, so "the best bread I know" is still a claim about the world.
const EXPERIENCED = new Set([
  'read', 'seen', 'saw', 'heard', 'met', 'tried', 'visited', 'tested', 'eaten', 'ate', 'used', 'watched', 'known', 'handled', 'owned', 'driven', 'drove',
  'ridden', 'rode', 'stayed', 'tasted', 'drunk', 'drank', 'reviewed', 'played', 'looked', 'cooked', 'baked', 'bought', 'walked', 'climbed',
  'encountered', 'interviewed', 'photographed',
]);
// "in my view", "for my money", "to my taste".
const OPINION_FRAMES = new Set(['view', 'opinion', 'eyes', 'book', 'mind', 'estimation', 'money', 'taste', 'experience']);
const OWN_VERBS = new Set(['think', 'thought', 'find', 'found', 'believe', 'consider', 'reckon', 'would', "'d"]);

export const ownJudgement: Guard = {
  description: 'The writer frames the judgement as their own: "for my money", "in my view", "I thought", "the best I have eaten"',
  holds: (m) => {
    // "the only response I have read that ...", "the best thing I ate", "the sharpest I have ever
    // handled": bounded by the writer's own experience.
    const ahead = m.wordsAfter(WRITER_AHEAD);
    for (let i = 0; i + 1 < ahead.length; i++) {
      if (ahead[i].lower !== 'i' && ahead[i].lower !== 'we') continue;
      let k = i + 1;
      const perfect = ['have', "'ve", 'had'].includes(ahead[k].lower);
      if (perfect) k++;
      const ever = ahead[k]?.lower === 'ever';
      if (ever) k++;
      // "the most we have ever raised": any participle after "have ever" is the writer's own record.
      if (EXPERIENCED.has(ahead[k]?.lower ?? '') || (perfect && ever && /ed$/.test(ahead[k]?.lower ?? ''))) return true;
    }
    // The frame opens the clause; looking back a bounded distance keeps long sentences linear.
    for (let i = m.first - 1; i >= 0 && i >= m.first - WRITER_BACK; i--) {
      const w = m.tokens[i].lower;
      const next = m.tokens[i + 1]?.lower ?? '';
      if (w === 'me' && ['for', 'to'].includes(m.tokens[i - 1]?.lower ?? '')) return true;
      if (w === 'my' && OPINION_FRAMES.has(next)) return true;
      if (w === 'i' && OWN_VERBS.has(next)) return true;
    }
    return false;
  },
  examples: {
    holds: ['For my money, it is *the best* pie in the county.', 'It was *the best* soup I ate in the whole of Spain.', 'For me it is *the finest* bakery in town.', 'I thought it *the finest* view on the coast.', 'It is *the most* we have ever raised.'],
    not: ['It is *the best* bread I know.', 'It is *the best* pie in the county.', 'My sister thinks it is *the finest* view.'],
  },
};
