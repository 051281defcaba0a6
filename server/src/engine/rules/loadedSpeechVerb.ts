// "claimed", "admitted", "insisted": speech verbs that tell the reader what to think of the speaker.

import type { Rule, MatchView } from './rule';
import { isPossessive } from '../text/tokens';

/** Loaded verb -> neutral form, by grammatical form. */
export const NEUTRAL_FORMS: Readonly<Record<string, string>> = {
  claimed: 'said', claims: 'says', claim: 'say', claiming: 'saying',
  admitted: 'said', admits: 'says', admit: 'say', admitting: 'saying',
  conceded: 'said', concedes: 'says', concede: 'say', conceding: 'saying',
  insisted: 'said', insists: 'says', insist: 'say', insisting: 'saying',
  revealed: 'said', reveals: 'says', reveal: 'say', revealing: 'saying',
  asserted: 'said', asserts: 'says', assert: 'say', asserting: 'saying',
  confessed: 'said', confesses: 'says', confess: 'say', confessing: 'saying',
  alleged: 'said', alleges: 'says', allege: 'say', alleging: 'saying',
  'pointed out': 'said', 'points out': 'says', 'point out': 'say', 'pointing out': 'saying',
};

// Objects that show the literal sense: a team claims a title, a hospital admits a patient.
const LITERAL_OBJECTS = new Set([
  'title', 'titles', 'prize', 'prizes', 'victory', 'win', 'wins', 'lives', 'life', 'seat', 'seats', 'championship', 'crown', 'throne', 'land', 'territory',
  'responsibility', 'credit', 'gold', 'silver', 'bronze', 'medal', 'medals', 'trophy', 'cup', 'league', 'record', 'place', 'spot', 'points', 'point', 'wickets',
  'wicket', 'stage', 'pole', 'lead', 'refund', 'expenses', 'benefits', 'asylum', 'damages', 'compensation', 'ownership', 'inheritance', 'him', 'her', 'them',
  'patients', 'patient', 'students', 'members', 'visitors', 'women', 'girls', 'boys', 'men', 'defeat', 'guilt', 'liability', 'pupils',
]);
const NOUN_MAKERS = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'such', 'false', 'many', 'some', 'any', 'no', 'new', 'similar', 'earlier', 'further', 'your', 'my', 'of', 'a', 'an']);
// Words that make "claim"/"claims" a noun: "a weaker claim.", "antitrust claims", "his disputed claim that".
const CLAIM_MODIFIERS = new Set(['this', 'each', 'every', 'another', 'other', 'weaker', 'stronger', 'weak', 'strong', 'bold', 'bolder', 'broad', 'broader', 'disputed', 'unproven', 'unsubstantiated', 'unsupported', 'dubious', 'controversial', 'extraordinary', 'legal', 'competing', 'rival', 'conflicting', 'antitrust', 'insurance', 'patent', 'territorial', 'injury', 'tax', 'damage', 'damages', 'main', 'central', 'key', 'original', 'initial', 'specific', 'general', 'later', 'earlier', 'first', 'second', 'last', 'final', 'latest', 'recent', 'public', 'fraudulent', 'valid', 'invalid', 'baseless', 'spurious', 'wild', 'sweeping', 'contested', 'common', 'popular', 'repeated', 'pension', 'benefit', 'expense', 'warranty', 'compensation']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'forty', 'two', 'three', 'ten']);

// "claims filed by the union", "claims made in the suit": a participle after "claims" shows the noun.
const AFTER_NOUN_CLAIMS = new Set(['filed', 'made', 'lodged', 'brought', 'submitted', 'raised', 'paid', 'settled', 'rejected', 'denied', 'dismissed', 'upheld', 'related', 'involving', 'arising', 'relating', 'totalling', 'totaling', 'worth']);

const FINITE_CLUES = new Set(['is', 'are', 'was', 'were', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'must', 'did', 'does', 'do', 'can', 'may', 'might', "wasn't", "isn't", "hadn't", "didn't"]);

/**
 * "unsourced", "unverified", "unfounded": an un-…-ed word is an adjective (no one "unsourced"
 * anything), so a "claim" after it is the noun, whatever the list of known modifiers says.
 */
function isNegatedParticiple(word: string): boolean {
  return word.length > 5 && word.startsWith('un') && word.endsWith('ed');
}

/** The verb introduces reported speech: "claimed that ...", "claimed the strike was ...", or a speech tag after a quotation. */
export function introducesSpeech(m: MatchView): boolean {
  const before = m.wordBefore();
  // "Claims that ..." opening a sentence, or "the claims", "his admission": nouns, not speech verbs.
  if (m.atSentenceStart || NOUN_MAKERS.has(before)) return false;
  // "the union's claims", "Stannard's claim": a possessive makes it a noun.
  if (isPossessive(before)) return false;
  if ((m.words[0] === 'claims' || m.words[0] === 'claim') && (AFTER_NOUN_CLAIMS.has(m.wordAfter()) || CLAIM_MODIFIERS.has(before) || isNegatedParticiple(before))) return false;
  // "was admitted to hospital" is the literal sense; "is claiming that" is still speech.
  if (['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got'].includes(before) && !m.words[0].endsWith('ing')) return false;
  const next = m.after();
  if (!next) return m.before()?.kind === 'word';
  if (next.kind === 'punct') return [',', '.', ';', ':', '"', '\u201c', '\u201d'].includes(next.text);
  if (next.lower === 'that') return true;
  // "admitted in a 2011 interview that ...": a short adverbial, then the reported clause.
  if (m.wordsAfter(7).some((t) => t.lower === 'that') && ['in', 'on', 'at', 'during', 'after', 'before', 'later', 'privately', 'publicly', 'repeatedly', 'again', 'last', 'yesterday', 'today', 'earlier'].includes(next.lower)) return true;
  if (['to', 'into', 'as', 'for', 'on', 'by', 'from', 'in', 'at', 'with', 'under', 'back'].includes(next.lower)) return false;
  const object = DETERMINERS.has(next.lower) ? m.wordAfter(2) : next.lower;
  if (LITERAL_OBJECTS.has(object)) return false;
  // "claimed the strike was defensive": a finite verb follows before the clause ends.
  return m.wordsAfter(7).findIndex((t) => FINITE_CLUES.has(t.lower)) > 0;
}

export const loadedSpeechVerb: Rule = {
  id: 'style/loaded-speech-verb',
  category: 'style',
  defaultSeverity: 'information',
  description: 'A judging synonym of "said": "claimed", "admitted", "insisted"',
  span: 'the verb: "claimed", "admitted", "conceded", "insisted", "revealed", "asserted" (and their other forms)',
  message: (flagged) => `"${flagged}" tells the reader what to think of the speaker; "said" is neutral.`,
  why: '"Claimed" casts doubt, "admitted" implies guilt, "revealed" implies a secret. Unless the source supports that, the neutral "said" is fairer to the speaker and the reader.',
  guideline: 'Wikipedia MOS:CLAIM (synonyms for "said"); AP: "said" is almost always the right verb',
  fixes: ['said'],
  clearedBy: 'quotation',
  rewrite: (sentence, start, end) => {
    const flagged = sentence.slice(start, end);
    const neutral = NEUTRAL_FORMS[flagged.toLowerCase()];
    if (!neutral) return undefined;
    return `${sentence.slice(0, start)}${matchCase(flagged, neutral)}${sentence.slice(end)}`;
  },
  phrases: {
    classes: { loaded: Object.keys(NEUTRAL_FORMS) },
    entries: [
      {
        pattern: '@loaded',
        flag: ['The ministry claimed the strike was defensive.', 'The coach admitted that the team had played badly.', '"We were never there," the company insisted.', 'She is claiming that the vote was rigged.'],
        pass: ['The team claimed the title on Sunday.', 'She claimed the prize for best debut.', 'He was admitted to hospital with a broken arm.', 'The rebels claimed responsibility for the blast.', 'The school admits forty pupils a year.', "He rejected the union's claims.", 'Patent claims filed by the firm were dismissed.', 'This is a weaker claim.', 'Small firms are exposed to antitrust claims.', 'She repeated her disputed claim that the map was forged.', 'Editors found three unverified claims, all of them minor.', 'Unsourced claim: a statement that needs a source and has none.'],
        when: introducesSpeech,
      },
    ],
  },
};

/** Carries the capitalisation of `model` over to `word`. */
export function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  if (model.charAt(0) === model.charAt(0).toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
