// "Always rinse the jars", "Never leave a dog in a parked car", "One rule: never lift the lid": an
// instruction to the reader, not a claim about the world.

import { isCapitalized } from '../text/tokens';
import type { Guard } from './guard';

// Words after a clause-opening "Always"/"Never" that cannot be a bare verb: auxiliaries ("Never
// has the river ..."), function words, and adjectives of the fronted-description kind ("Always busy, ...").
const NOT_BARE_VERBS = new Set([
  'a', 'an', 'the', 'one', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'should',
  'may', 'might', 'must', 'shall', 'before', 'again', 'since', 'in', 'on', 'at', 'for', 'with', 'to', 'by', 'from', 'up', 'down', 'out', 'off', 'so', 'more',
  'less', 'very', 'quite', 'too', 'once', 'ever', 'yet', 'there', 'here', 'then', 'still', 'just', 'only', 'even', 'much', 'all', 'not', 'no', 'this', 'that',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'as', 'than', 'such', 'first', 'last', 'popular', 'busy',
  'open', 'late', 'early', 'ready', 'happy', 'free', 'enough', 'far', 'quick', 'short', 'long', 'true', 'sure', 'easy', 'good', 'bad', 'safe', 'calm', 'alone',
  'welcome', 'keen', 'shy', 'slow', 'fast', 'cheap', 'full', 'empty', 'wrong', 'right', 'likely',
]);
// Bare verbs that end like adjectives: "Never give", "Never drive", "Never panic".
const VERBS_WITH_ADJECTIVE_ENDINGS = new Set([
  'give', 'drive', 'live', 'arrive', 'forgive', 'survive', 'dive', 'strive', 'revive', 'deprive', 'receive', 'believe', 'achieve', 'relieve', 'retrieve',
  'deceive', 'perceive', 'panic', 'mimic', 'dial', 'signal', 'total', 'rival', 'pedal',
]);

export const instruction: Guard = {
  description: 'The match opens the sentence (or a clause after a colon, a semicolon or "please") and a bare verb follows: "Never leave ...", "Always label ..."',
  holds: (m) => {
    const before = m.before();
    const opens = m.atSentenceStart || (before !== undefined && [':', ';'].includes(before.text)) || (m.wordBefore() === 'please' && (m.before(2) === undefined || m.before(2)?.kind === 'punct'));
    const next = m.after();
    if (!opens || !next || next.kind !== 'word' || isCapitalized(next)) return false;
    const w = next.lower;
    // Participles, adverbs, a third-person "-s" and adjective endings are no bare verb ("Never seen", "Always nearby").
    return !NOT_BARE_VERBS.has(w) && (VERBS_WITH_ADJECTIVE_ENDINGS.has(w) || !/(ly|ed|ing|ous|ful|ive|able|ible|ic|[^e]al|[^s]s)$/.test(w));
  },
  examples: {
    holds: ['*Never* leave a dog in a parked car.', '*Always* label the jars with the date.', 'One rule for the kiln: *never* lift the lid while it is hot.', 'Please *never* leave bags by the door.', '*Never* drive after taking the tablets.'],
    not: ['*Never* has the harbour been so full.', '*Always* popular with walkers, the ridge path is now closed.', 'The ferry *never* runs on time.', '*Never* used before, the kiln cracked.'],
  },
};
