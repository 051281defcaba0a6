// "Reports suggest ...", "..., and reports say ...": the match opens its clause, as a subject does.

import type { Guard } from './guard';

const CLAUSE_JOINERS = new Set(['and', 'but', 'as', 'while', 'though', 'although']);

export const clauseStart: Guard = {
  description: 'Nothing, a punctuation mark or a joining word ("and", "but", "as", "while", "though", "although") stands right before the match',
  holds: (m) => {
    const before = m.before();
    return !before || before.kind === 'punct' || CLAUSE_JOINERS.has(before.lower);
  },
  examples: {
    holds: ['*Reports suggest* the coach has been sacked.', 'The club was silent, and *reports suggest* the coach has gone.', 'Prices rose, as *reports said* they would.'],
    not: ['The early *reports suggest* a leak.', 'Nobody read the *reports said* to be missing.'],
  },
};
