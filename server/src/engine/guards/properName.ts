// "Iconic Records", "the Great Lakes", "Amazing Grace": a capitalised match is part of a name,
// unless a sentence start, a quotation mark or a list entry's dash explains the capital.

import { DASHES } from '../lexicon/shared';
import type { MatchView } from '../rules/rule';
import type { Guard } from './guard';

/** "Smith - Eminent surgeon": a dash opens a list entry's description, as a sentence start would. */
function listItemStart(m: MatchView): boolean {
  const next = m.after();
  return DASHES.has(m.wordBefore()) && !(next && next.kind === 'word' && next.text.charAt(0) !== next.text.charAt(0).toLowerCase());
}

export const properName: Guard = {
  description: 'The match\'s first word is capitalised where neither a sentence start, an opening quotation mark nor a list entry\'s dash explains it (or it is followed by another capitalised word)',
  holds: (m) => m.looksLikeName && !listItemStart(m),
  examples: {
    holds: ['He signed with *Iconic* Records in 2015.', '*Iconic* Monday headline tonight.', 'The *Great* Lakes froze early.'],
    not: ['*Iconic* views line the harbour.', 'Her *iconic* portrait hangs in the hall.', 'Smith - *Eminent* surgeon of the county.'],
  },
};
