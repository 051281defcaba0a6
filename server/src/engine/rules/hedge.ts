// "may", "probably", "seems", "some": hedges and vague quantities. Off unless the hedging profile is on.

import type { Rule, MatchView } from './rule';
import { isCapitalized } from '../text/tokens';

const MONTH_CONTEXT = new Set(['in', 'on', 'of', 'since', 'until', 'by', 'from', 'during', 'early', 'late', 'mid', 'last', 'next', 'through', 'till', 'before', 'after', 'between', 'and', 'to']);
// Subjects that make "may" a permission in instructions: "you may park here".
const PERMISSION_SUBJECTS = new Set(['you', 'visitors', 'users', 'applicants', 'members', 'students', 'guests', 'participants', 'players', 'customers', 'readers', 'passengers', 'entrants']);

/** "may" as a modal, not the month and not a permission in instructions. */
function epistemicMay(m: MatchView): boolean {
  const t = m.token(0);
  if (t.lower !== 'may') return true;
  if (isCapitalized(t) && !m.atSentenceStart) return false;
  if (MONTH_CONTEXT.has(m.wordBefore()) || m.after()?.kind === 'number') return false;
  if (PERMISSION_SUBJECTS.has(m.wordBefore())) return false;
  return true;
}

/** A vague quantity governs a noun phrase: "some scholars", "many of the", not "some 40 people". */
function vagueQuantity(m: MatchView): boolean {
  const next = m.after();
  if (!next || next.kind !== 'word') return false;
  if (['the', 'a'].includes(m.wordBefore()) && m.words[0] !== 'several') return false;
  return true;
}

export const hedge: Rule = {
  id: 'style/hedge',
  category: 'style',
  defaultSeverity: 'information',
  profiles: ['hedging'],
  message: (flagged) => `"${flagged}" hedges the claim; state the evidence, or say who is uncertain and why.`,
  why: 'Hedges and vague quantities leave the reader unsure how strong the evidence is. Give the evidence, or attribute the uncertainty to a named source.',
  guideline: 'Wikipedia MOS:WEASEL (expressions of doubt and vague quantities); CoNLL-2010 hedge cues',
  fixes: [],
  clearedBy: 'quotation',
  phrases: {
    classes: {
      modalAdverb: ['possibly', 'probably', 'likely', 'unlikely', 'apparently', 'perhaps', 'presumably', 'potentially', 'arguably', 'conceivably', 'plausibly', 'seemingly', 'supposedly', 'maybe', 'purportedly', 'reportedly', 'allegedly', 'putatively', 'somewhat', 'largely', 'mostly', 'generally', 'typically', 'sometimes', 'occasionally', 'frequently', 'widely', 'roughly', 'approximately', 'nearly', 'almost', 'partly', 'partially', 'relatively', 'fairly', 'rather'],
      seem: ['seem', 'seems', 'seemed', 'appear to', 'appears to', 'appeared to', 'tend to', 'tends to', 'tended to', 'is thought', 'are thought', 'was thought', 'were thought', 'is believed', 'was believed', 'are believed', 'were believed'],
      suggest: ['suggest', 'suggests', 'suggested', 'suggesting', 'indicate', 'indicates', 'indicated', 'imply', 'implies', 'implied', 'speculate', 'speculated', 'suspect', 'suspected', 'believe', 'believed', 'believes', 'assume', 'assumed', 'presume', 'presumed', 'hypothesize', 'hypothesized', 'estimate', 'estimated', 'claim', 'claimed', 'claims', 'consider', 'considered', 'regard', 'regarded'],
      possible: ['possible', 'probable', 'likely', 'plausible', 'conceivable', 'uncertain', 'unclear', 'doubtful', 'questionable', 'disputed', 'controversial', 'debated', 'unknown', 'unconfirmed', 'alleged', 'suspected', 'supposed', 'presumed', 'putative', 'apparent', 'potential'],
      quantity: ['some', 'many', 'several', 'various', 'numerous', 'most', 'few', 'countless', 'certain', 'often', 'usually', 'commonly', 'popular', 'famous', 'notable', 'important', 'significant', 'major', 'best', 'well-known', 'one of the'],
    },
    entries: [
      {
        pattern: 'may|might|could|can',
        flag: ['The outbreak may have started in the port.', 'The ruins might be older than the church.'],
        pass: ['The fair opens in May 2019.', 'You may park behind the library.', 'On 3 May the ferry sank.'],
        when: epistemicMay,
      },
      { pattern: '@modalAdverb', flag: ['The bones are probably those of a deer.', 'The fire apparently began in the kitchen.'] },
      { pattern: '@seem', flag: ['The bridge seems sturdy enough.'] },
      { pattern: '@suggest', flag: ['The marks suggest an early repair.'] },
      { pattern: '@possible', flag: ['A link between the two fires is possible.'] },
      { pattern: '@quantity', flag: ['Some scholars date the poem earlier.'], when: vagueQuantity },
      { pattern: 'it is|was possible|likely|unlikely|unclear|believed|thought|said|assumed', flag: ['It is unclear who built the wall.'] },
    ],
  },
};
