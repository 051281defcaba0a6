// Word classes several tables share. Each is a plain list: data, not code. (Function words that
// the guards share too, such as the forms of "be" and the quotation marks, are in lexicon/shared.ts.)

/** People whose opinion a writer leans on: naming them vaguely is the weasel. */
export const OPINION_HOLDERS = [
  'experts', 'critics', 'observers', 'analysts', 'historians', 'scholars', 'scientists', 'researchers', 'commentators',
  'economists', 'academics', 'theologians', 'theorists', 'pundits', 'specialists', 'authorities', 'reviewers',
  'archaeologists', 'linguists', 'philosophers', 'biologists', 'psychologists', 'sociologists', 'physicists', 'doctors',
  'physicians', 'musicologists', 'art historians', 'political scientists', 'legal scholars', 'legal experts', 'medical experts',
  'industry experts', 'military historians', 'fans', 'supporters', 'opponents', 'skeptics', 'sceptics', 'detractors', 'proponents',
  'advocates', 'environmentalists', 'activists', 'theorists', 'writers', 'authors', 'journalists', 'insiders', 'mathematicians',
  // Specialists whose judgement a writer borrows: "most neurologists recommend".
  'neurologists', 'cardiologists', 'oncologists', 'epidemiologists', 'virologists', 'psychiatrists', 'clinicians', 'nutritionists',
  'dietitians', 'pharmacologists', 'geologists', 'climatologists', 'meteorologists', 'ecologists', 'anthropologists', 'ethicists',
  'astronomers', 'statisticians', 'demographers', 'criminologists', 'pollsters', 'strategists', 'forecasters',
];

/** Plural nouns that are not opinion holders by themselves: they need a belief or speech verb. */
export const PEOPLE = [
  'people', 'others', 'persons', 'individuals', 'residents', 'locals', 'readers', 'viewers', 'users', 'members', 'voters', 'parents', 'teachers', 'americans',
  'europeans', 'westerners', 'customers', 'consumers', 'buyers', 'owners', 'patients', 'listeners', 'audiences', 'theatregoers', 'theatergoers', 'visitors',
  'tourists', 'shoppers', 'drivers', 'commuters', 'passengers', 'workers', 'employees', 'managers', 'engineers', 'investors', 'traders', 'farmers', 'nurses',
  'officers', 'staff', 'players', 'coaches', 'scouts', 'diplomats', 'politicians', 'lawmakers', 'campaigners', 'developers', 'designers', 'landlords', 'tenants',
];

/** Verbs of belief and of saying, every form a vague holder is used with. */
export const BELIEF_VERBS = [
  'believe', 'believed', 'believes', 'say', 'said', 'says', 'argue', 'argued', 'argues', 'think', 'thought', 'thinks', 'claim', 'claimed', 'claims',
  'feel', 'felt', 'agree', 'agreed', 'contend', 'contended', 'suggest', 'suggested', 'maintain', 'maintained', 'consider', 'considered',
  'regard', 'regarded', 'view', 'viewed', 'describe', 'described', 'call', 'called', 'note', 'noted', 'doubt', 'doubted', 'question', 'questioned',
  'hold', 'held', 'assert', 'asserted', 'suspect', 'suspected', 'speculate', 'speculated', 'insist', 'insisted', 'fear', 'feared',
  'dispute', 'disputed', 'attribute', 'attributed', 'credit', 'credited', 'criticize', 'criticized', 'criticise', 'criticised', 'praise', 'praised',
  'consider', 'see', 'saw', 'accuse', 'accused', 'allege', 'alleged', 'theorize', 'theorized', 'theorise', 'theorised', 'speculate', 'posit', 'posited',
  'contend', 'point out', 'pointed out', 'have argued', 'have suggested', 'have claimed', 'have said', 'have speculated', 'have described', 'have called',
  'would argue', 'would say', 'would agree', 'still believe', 'also believe', 'now believe', 'do not believe', "don't believe", 'disagree', 'disagreed',
  'reject', 'rejected', 'accept', 'accepted', 'recognize', 'recognise', 'recognized', 'recognised', 'acknowledge', 'acknowledged', 'hypothesize', 'hypothesized',
  'know', 'knew', 'have known', 'have long known', 'had long known', 'report', 'reported', 'complain', 'complained',
];

/** Determiners and words that make a following plural specific, so it is not a vague holder. */
export const SPECIFIERS = new Set([
  'the', 'these', 'those', 'this', 'that', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'whose', 'such', 'both', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'dozen', 'which', 'what', 'other', 'same', 'all', 'each', 'every', 'no',
]);

/** Adverbs that sit between an auxiliary and a participle without changing who is speaking. */
export const DEGREE_ADVERBS = [
  'widely', 'commonly', 'generally', 'often', 'sometimes', 'frequently', 'usually', 'largely', 'popularly', 'traditionally', 'now', 'also', 'still',
  'long', 'increasingly', 'universally', 'broadly', 'internationally', 'variously', 'originally', 'mostly', 'occasionally', 'rightly', 'wrongly',
  'once', 'formerly', 'today', 'later', 'even', 'already', 'always', 'locally', 'officially', 'privately', 'publicly', 'reliably', 'erroneously',
];

/** Conjunctions and subordinators after which a clause (and so a bare plural subject) starts. */
export const CLAUSE_OPENERS = new Set(['which', 'and', 'but', 'that', 'while', 'although', 'though', 'because', 'as', 'so', 'yet', 'since', 'whereas', 'where', 'when', 'if', 'however', 'now', 'today']);

/** Verbs and auxiliaries that can close a vague-holder phrase ("Many believe", "Sources have said"). */
export const VERBISH = new Set<string>([
  ...BELIEF_VERBS.flatMap((v) => v.split(' ')),
  'say', 'said', 'says', 'told', 'tell', 'report', 'reported', 'reports', 'indicate', 'indicated', 'confirm', 'confirmed', 'revealed', 'added', 'disclosed',
  'warned', 'explained', 'described', 'have', 'has', 'had', 'would', 'do', 'did', 'may', 'might', 'will', 'still', 'also', 'now', 'even', 'often', 'long',
  'generally', 'widely', 'privately', 'openly', 'continue', 'to', 'tend', 'came', 'come', 'that', 'hold', 'held',
]);

/** The holder ends at the last flagged word that is not a verb or an auxiliary. */
export function holderEnd(span: readonly { lower: string }[]): number {
  let end = span.length;
  while (end > 1 && VERBISH.has(span[end - 1].lower)) end--;
  return end;
}

/**
 * Words of six letters or more that end in -est without being superlatives. The hedge scorer's
 * candidates (and so its trained model) depend on this list: change it only with a retrain.
 */
export const NOT_SUPERLATIVES: ReadonlySet<string> = new Set([
  'west', 'rest', 'test', 'interest', 'forest', 'protest', 'request', 'quest', 'contest', 'harvest', 'chest', 'nest', 'crest', 'guest', 'conquest',
  'inquest', 'manifest', 'arrest', 'suggest', 'digest', 'behest', 'priest', 'honest', 'modest', 'earnest', 'midwest', 'southwest', 'northwest', 'everest',
  'pest', 'vest', 'zest', 'bequest', 'unrest', 'invest', 'attest', 'detest', 'infest', 'jest', 'lest',
]);

/** "sharpest", "rarest": an -est word of six letters or more that is not a known false friend ("harvest"). */
export function superlativeShaped(word: string): boolean {
  return word.length > 5 && word.endsWith('est') && !NOT_SUPERLATIVES.has(word);
}
