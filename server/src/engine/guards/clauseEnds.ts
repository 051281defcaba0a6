// "The second witness was believed.", "The plan was considered, then dropped": nothing of the
// clause follows the match. An opening quotation mark does not end it: the quoted words go on.

import { QUOTE_OPENERS } from '../lexicon/shared';
import type { Guard } from './guard';

export const clauseEnds: Guard = {
  description: 'The sentence ends right after the match, or a punctuation mark other than an opening quotation mark follows it',
  holds: (m) => {
    const next = m.after();
    return !next || (next.kind === 'punct' && !QUOTE_OPENERS.has(next.text));
  },
  examples: {
    holds: ['The second witness was *believed*.', 'The plan was *considered*, then dropped.', 'The plan was *considered*'],
    not: ['The house is *considered* the oldest in the county.', 'The hall was *considered* "the jewel of the coast".'],
  },
};
