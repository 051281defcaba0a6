// "legendary", "world-class", "one of the finest", "clearly", "of course": praise and nudges that
// take sides. The words and their sense checks live in lexicon.ts; senses.ts reads the checks.

import type { PhraseEntry, Rule } from '../rule';
import { removeSpan } from '../rewrite';
import { CLASSES, ENTRIES, type LexiconEntry } from './lexicon';
import { senseCheck } from './senses';

function toPhraseEntry({ sense, when, ...entry }: LexiconEntry): PhraseEntry {
  const check = senseCheck(sense ?? {});
  return { ...entry, when: when ? (m) => check(m) && when(m) : check };
}

export const puffery: Rule = {
  id: 'style/puffery',
  category: 'style',
  defaultSeverity: 'information',
  description: 'Praise or comment in the writer\'s voice: "iconic", "renowned", "acclaimed", "clearly"',
  span: 'the word or phrase: "legendary", "world-class", "acclaimed", "pioneering", "one of the finest", "clearly", "of course", "it should be noted", "a clear reference to"',
  message: (flagged) => `"${flagged}" praises or editorializes instead of stating a checkable fact.`,
  why: 'Praise words and nudges ("legendary", "clearly", "of course") tell readers what to conclude. State the fact that earned the praise, or attribute the judgement to someone.',
  guideline: 'Wikipedia MOS:PEACOCK, MOS:PUFFERY and MOS:EDITORIALIZING',
  fixes: ['remove-word'],
  clearedBy: 'quotation',
  rewrite: removeSpan,
  phrases: {
    classes: CLASSES,
    entries: ENTRIES.map(toPhraseEntry),
  },
};
