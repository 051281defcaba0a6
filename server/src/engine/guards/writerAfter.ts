// "No one on my street uses the ferry", "more visits than any other page on our website": the
// writer in the words right after the match narrows it to their own world.

import { WRITER_WORDS } from '../lexicon/shared';
import type { Guard } from './guard';
import { WRITER_AHEAD } from './reach';


export const writerAfter: Guard = {
  description: `"I", "me", "my", "we", "us" or "our" in the ${WRITER_AHEAD} words after the match, before any punctuation`,
  holds: (m) => m.wordsAfter(WRITER_AHEAD).some((t) => WRITER_WORDS.has(t.lower)),
  examples: {
    holds: ['*No one* on my street uses the old ferry.', 'The page had more visits *than any other* page on our website.', '*No one* had ever told me about the tunnel.'],
    not: ['*No one* in Dunmore uses the old ferry.', '*No one* in Dunmore uses it, I think.'],
  },
};
