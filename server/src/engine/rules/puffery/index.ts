// "legendary", "world-class", "one of the finest", "clearly", "of course": praise and nudges that
// take sides. The words, with the neighbours that show another sense, live in lexicon.ts; the
// exclusions are read centrally (rules/exclusions.ts), with the rule's guards added here.

import type { GuardRef } from '../exclusions';
import type { PhraseEntry, Rule } from '../rule';
import { removeSpan } from '../rewrite';
import { CLASSES, ENTRIES, type LexiconEntry } from './lexicon';

/**
 * The rule's guards on every entry: a capitalised name ("Iconic Records") is not praise; praise
 * denied ("is not world-class") or framed as the writer's own ("for my money") is not flagged,
 * except for nudges; a superlative handed to an unnamed holder is the weasel rules' finding.
 */
function toPhraseEntry({ flagsNames, nudge, superlative, ...entry }: LexiconEntry): PhraseEntry {
  const guards: GuardRef[] = [...(entry.guards ?? [])];
  if (!flagsNames) guards.push('properName');
  if (!nudge) guards.push('negated', 'ownJudgement');
  if (superlative) guards.push('heldByUnnamed');
  return { ...entry, guards };
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
