// Attribution cues: the words through which a holder speaks, thinks, feels or shows something.
// Drawn from the cues annotated in PolNeAR's train split (scripts/mineAttributions.ts lists them
// with counts) and reviewed by hand: verbs that only state a policy or an act ("support", "want",
// "vote", "sign") are left out, because they attribute no claim.

import { verbForms } from './verbForms';

/**
 * speech: the holder says or writes it; cognition: believes or expects it; attitude: feels
 * something about it; evidence: a document or figure shows it; intention: the holder wants or plans it
 * (a figure in a named holder's plan is theirs, but a crowd's plans are not a sourcing problem);
 * position: a stance ("oppose", "want"), a vague crowd's view, though a named holder's stance
 * sources none of the sentence's claims.
 */
export type CueClass = 'speech' | 'cognition' | 'attitude' | 'evidence' | 'intention' | 'position';

export interface CueSense {
  lemma: string;
  cue: CueClass;
  /** A perception verb is a view only with a clause or "as" after it: "feel the plan is wrong", not "feel the cold". */
  needsClause?: boolean;
  /** Only a verdict with "as" after it: "regard the deal as a mistake". */
  needsAs?: boolean;
}

const SPEECH = [
  'say', 'tell', 'add', 'write', 'state', 'argue', 'claim', 'insist', 'maintain', 'contend', 'assert', 'declare', 'warn', 'caution', 'note', 'observe',
  'explain', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'dispute', 'allege', 'charge', 'complain', 'lament', 'predict', 'suggest', 'indicate',
  'report', 'announce', 'reveal', 'disclose', 'recall', 'recount', 'stress', 'emphasize', 'emphasise', 'reiterate', 'repeat', 'remark', 'comment',
  'respond', 'reply', 'retort', 'testify', 'tweet', 'quip', 'joke', 'grumble', 'mutter', 'boast', 'brag',
  'urge', 'accuse', 'blame', 'criticize', 'criticise', 'praise', 'condemn', 'denounce', 'decry', 'describe',
  'characterize', 'characterise', 'portray', 'dismiss', 'hail', 'welcome', 'applaud', 'object', 'protest', 'speculate', 'theorize', 'theorise', 'posit',
  'estimate', 'forecast', 'calculate', 'conclude', 'mention', 'hint', 'imply', 'interpret', 'signal', 'assure', 'reassure', 'agree', 'disagree',
  'echo', 'contradict', 'cite', 'compare', 'liken',
];

const COGNITION = [
  'believe', 'think', 'expect', 'anticipate', 'assume', 'presume', 'suspect', 'doubt', 'fear', 'worry', 'hope', 'know', 'understand', 'reckon',
  'suppose', 'prefer', 'imagine', 'accept', 'recognize', 'recognise', 'consider', 'conclude', 'realize', 'realise',
];
// Perception and questions need a clause after them: "feel the plan is wrong", "asked whether".
const PERCEPTION = ['feel', 'see', 'find', 'sense', 'ask', 'wonder', 'question', 'hear'];
const VERDICTS = ['regard', 'view', 'rate', 'rank', 'judge', 'treat', 'deem', 'perceive'];

const EVIDENCE = [
  'show', 'find', 'suggest', 'indicate', 'reveal', 'confirm', 'demonstrate', 'prove', 'estimate', 'project', 'record', 'document', 'predict', 'forecast',
];

const INTENTIONS = ['plan', 'intend', 'propose', 'aim', 'seek', 'pledge', 'promise', 'vow', 'call'];
/** A stance on something: "many party members oppose the plan", "voters want change". */
const POSITIONS = ['oppose', 'support', 'favor', 'favour', 'endorse', 'reject', 'want', 'distrust', 'mistrust', 'resent', 'dislike'];

/**
 * The forms through which a named source clears a claim in the suppressor (attribution.ts): speech,
 * findings, estimates and records. Narrower than CUE_FORMS on purpose: widened to every speech and
 * evidence cue, it cleared real claims on the news development set (claims-dev recall 0.24 to 0.19).
 */
export const SOURCE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'wrote', 'writes', 'reported', 'reports', 'announced', 'announces', 'found', 'finds', 'concluded',
  'concludes', 'estimated', 'estimates', 'noted', 'notes', 'added', 'adds', 'explained', 'explains', 'testified', 'confirmed', 'confirms', 'showed', 'shows',
  'shown', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'admitted', 'admits', 'conceded', 'revealed', 'asserted', 'declared', 'declares',
  'published', 'recorded', 'records', 'counted', 'calculated', 'measured', 'ruled', 'warned', 'warns', 'predicted', 'predicts', 'believes', 'believed',
  'described', 'describes', 'called', 'calls', 'concluded', 'disclosed', 'acknowledged', 'observed', 'observes', 'suggested', 'suggests', 'replied', 'responded',
  'recalled', 'recalls', 'puts', 'put', 'listed', 'lists', 'identified', 'ranked', 'ranks', 'rated', 'rates', 'according',
  'show', 'find', 'suggest', 'estimate',
  'saying', 'arguing', 'writing', 'noting', 'adding', 'stating', 'explaining', 'warning', 'insisting', 'claiming', 'telling', 'declaring', 'recalling',
]);


/** "were outraged", "are worried that", "is confident": be + an adjective of attitude. */
export const ATTITUDE_ADJECTIVES = new Set([
  'afraid', 'concerned', 'worried', 'uneasy', 'anxious', 'nervous', 'frustrated', 'outraged', 'angry', 'angered', 'furious', 'upset', 'unhappy', 'dismayed',
  'alarmed', 'troubled', 'skeptical', 'sceptical', 'doubtful', 'dubious', 'wary', 'suspicious', 'confident', 'convinced', 'certain', 'sure', 'optimistic',
  'pessimistic', 'hopeful', 'adamant', 'unconvinced', 'disappointed', 'divided', 'split', 'eager', 'keen', 'opposed', 'critical', 'supportive', 'fearful',
  'unsettled', 'incensed', 'livid', 'disillusioned', 'disgusted', 'appalled', 'horrified', 'shocked', 'surprised', 'puzzled', 'baffled', 'resigned',
]);

/** "expressed concern", "voiced doubts", "raised questions": a verb of expressing with one of these nouns. */
export const EXPRESSING_VERBS = new Set(verbsOf(['express', 'voice', 'raise', 'share', 'register']));
export const ATTITUDE_NOUNS = new Set([
  'concern', 'concerns', 'doubt', 'doubts', 'fear', 'fears', 'worry', 'worries', 'alarm', 'outrage', 'anger', 'frustration', 'skepticism', 'scepticism',
  'dismay', 'disappointment', 'reservations', 'misgivings', 'objections', 'questions', 'criticism', 'confidence', 'optimism', 'pessimism', 'hope', 'hopes',
  'unease', 'opposition', 'support', 'regret', 'surprise', 'disgust', 'despair', 'anxiety', 'anxieties',
]);

function verbsOf(lemmas: readonly string[]): string[] {
  return lemmas.flatMap(verbForms);
}

function buildSenses(): Map<string, CueSense[]> {
  const senses = new Map<string, CueSense[]>();
  const add = (lemmas: readonly string[], cue: CueClass, flags: Partial<CueSense> = {}) => {
    for (const lemma of lemmas) {
      for (const form of verbForms(lemma)) {
        const list = senses.get(form) ?? [];
        if (!list.some((s) => s.cue === cue)) list.push({ lemma, cue, ...flags });
        senses.set(form, list);
      }
    }
  };
  add(SPEECH, 'speech');
  add(COGNITION, 'cognition');
  add(PERCEPTION, 'cognition', { needsClause: true });
  add(VERDICTS, 'cognition', { needsAs: true });
  add(EVIDENCE, 'evidence');
  add(INTENTIONS, 'intention');
  add(POSITIONS, 'position');
  return senses;
}

/** Form → the senses it can have ("found": cognition, evidence). */
export const CUE_FORMS: ReadonlyMap<string, readonly CueSense[]> = buildSenses();

/** "according to", "in the view of", "in the words of": a holder after the phrase. */
export const HOLDER_AFTER_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['in', 'the', 'view', 'of'],
  ['in', 'the', 'words', 'of'],
  ['in', 'the', 'opinion', 'of'],
  ['as', 'reported', 'by'],
];

/** Sentences each cue class must be found in, with a holder: run as tests (test/unit/speakers.test.ts). */
export const CUE_EXAMPLES: Readonly<Record<CueClass, readonly string[]>> = {
  speech: ['Analysts said the merger would stall.', 'The ferry will be sold, officials insisted.', 'Critics have called it a folly.'],
  cognition: ['Many growers fear the frost will return.', 'Most tenants would rather keep the old boiler.', 'Some drivers regard the junction as a death trap.'],
  attitude: ['Residents were furious that the hall stayed shut.', 'Parents have voiced deep concern about the crossing.'],
  evidence: ['Records show the mill closed in 1931.', 'Recent surveys show that bus use has halved.'],
  intention: ['The council plans to sell the depot.'],
  position: ['Many shopkeepers oppose the new parking charges.'],
};
