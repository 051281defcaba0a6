// "The garden suffers if no one waters it": the match opens a condition or a time clause, which
// claims nothing about the world.

import { CONDITIONS } from '../lexicon/shared';
import type { Guard } from './guard';

export const condition: Guard = {
  description: 'The word right before the match opens a condition or a time clause: "if", "unless", "when", "whenever", "until", "once", "whether"',
  holds: (m) => CONDITIONS.has(m.wordBefore()),
  examples: {
    holds: ['The garden suffers if *no one* waters it in July.', 'The gate stays shut unless *someone* rings.'],
    not: ['*No one* waters the garden in July.', 'If the gate is shut, *no one* can enter.'],
  },
};
