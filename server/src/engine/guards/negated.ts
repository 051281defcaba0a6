// "is not world-class", "was never a great success": praise or a claim denied.

import { NEGATIONS } from '../lexicon/shared';
import type { Guard } from './guard';

// Words a negation reaches through to the match: "not a", "never so", "not particularly".
const NEGATED_THROUGH = new Set(['a', 'an', 'the', 'very', 'so', 'particularly', 'especially', 'exactly', 'always', 'that', 'too']);

const isNegation = (w: string) => NEGATIONS.has(w) || w.endsWith("n't");

export const negated: Guard = {
  description: 'A negation ("not", "never", "-n\'t") right before the match, or before one of "a", "the", "very", "so", ... before it',
  holds: (m) => isNegation(m.wordBefore()) || (NEGATED_THROUGH.has(m.wordBefore()) && isNegation(m.wordBefore(2))),
  examples: {
    holds: ['The new stand is not *world-class*, but it is dry.', 'It was never a *great* success.', "The view isn't *stunning*."],
    not: ['The new stand is *world-class*.', 'Not everyone found the view *stunning*.'],
  },
};
