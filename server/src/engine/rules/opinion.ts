// A judgement the writer frames as their own ("for my money", "I thought", "the best bread I have
// eaten"): a critic's opinion, not a claim about the world. Shared by the sweeping-claim rule and
// the puffery lexicon.

import type { MatchView } from './rule';

// What the writer did with the things ranked, right after "I" (or "I have", "I have ever"): past
// forms only, so "the best bread I know" is still a claim about the world.
const EXPERIENCED = new Set([
  'read', 'seen', 'saw', 'heard', 'met', 'tried', 'visited', 'tested', 'eaten', 'ate', 'used', 'watched', 'known', 'handled', 'owned', 'driven', 'drove',
  'ridden', 'rode', 'stayed', 'tasted', 'drunk', 'drank', 'reviewed', 'played', 'looked', 'cooked', 'baked', 'bought', 'walked', 'climbed',
  'encountered', 'interviewed', 'photographed',
]);

/**
 * "For me it is the best scene", "in my view the finest": the writer's own judgement, framed as one,
 * is a critic's opinion and not a claim about the world.
 */
export function framedAsOwnOpinion(m: MatchView): boolean {
  // "the only response I have read that ...", "the best thing I ate", "the sharpest I have ever
  // handled": bounded by the writer's own experience.
  const ahead = m.wordsAfter(8);
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
  for (let i = m.first - 1; i >= 0 && i >= m.first - 15; i--) {
    const w = m.tokens[i].lower;
    const next = m.tokens[i + 1]?.lower ?? '';
    if (w === 'me' && ['for', 'to'].includes(m.tokens[i - 1]?.lower ?? '')) return true;
    // "in my view", "for my money", "to my taste".
    if (w === 'my' && ['view', 'opinion', 'eyes', 'book', 'mind', 'estimation', 'money', 'taste', 'experience'].includes(next)) return true;
    if (w === 'i' && ['think', 'thought', 'find', 'found', 'believe', 'consider', 'reckon', 'would', "'d"].includes(next)) return true;
  }
  return false;
}
