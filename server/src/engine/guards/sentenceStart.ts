// "Generally, the tide turns before noon": the match opens the sentence.

import type { Guard } from './guard';

export const sentenceStart: Guard = {
  description: 'Nothing but opening punctuation (a quotation mark, a bracket) stands before the match in its sentence',
  holds: (m) => m.atSentenceStart,
  examples: {
    holds: ['*Generally*, the tide turns before noon.', '"*Generally*, it turns early," she said.'],
    not: ['The tide *generally* turns before noon.'],
  },
};
