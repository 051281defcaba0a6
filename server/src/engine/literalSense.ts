// Speech verbs in their literal senses: "claimed the title", "added a wing", "found them on a
// spoil heap", "a village called Hope". A verb used so names no source.

import { isCapitalized, type Token } from './text/tokens';
import { MatchView } from './rules/rule';
import { NEUTRAL_FORMS, introducesSpeech } from './rules/loadedSpeechVerb';
import { DETERMINER_OR_NUMBER, SPECIFIC_SOURCES } from './lexicon/sourceWords';

// "Delay adds £20 million to the cost", "she wrote her third novel": adding and writing are speech
// only when what follows is what was said ("..., he added.", "wrote that ...", "wrote: ...").
const SPEECH_ONLY_WITH_CLAUSE = new Set(['added', 'adds', 'add', 'adding', 'wrote', 'writes', 'write', 'writing', 'written']);
const AMOUNT_HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'approximately', 'up']);
const TAG_PUNCTUATION = new Set([',', '.', ';', ':', '"', '\u201c', '\u201d', '\u2014', '-', ')', '!', '?']);
const OBJECT_STARTERS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'several', 'two', 'three', 'four', 'five', 'another', 'more', 'new']);

// After a noun that looks like a verb ("rates", "reports", "records"), an auxiliary shows it was the
// subject: "Response rates have halved", "Mortgage rates will drop".
const VERBS_AFTER_A_SUBJECT = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'could', 'can', 'should', 'might', 'must', 'remain', 'remained', 'rose', 'fell']);

// "found them on a spoil heap": a find, not a finding.
const FIND_FORMS = new Set(['found', 'find', 'finds']);
const OBJECT_PRONOUNS = new Set(['them', 'it', 'him', 'her', 'these', 'those', 'one']);
const LOCATIVES = new Set(['on', 'in', 'at', 'under', 'near', 'beside', 'inside', 'behind', 'among', 'beneath', 'below', 'above', 'by', 'outside']);

/** "claimed the title", "revealed a plaque": a speech verb used in its literal sense names no source. */
export function literalSense(tokens: readonly Token[], verb: number): boolean {
  const word = tokens[verb].lower;
  const before = tokens[verb - 1];
  const next = tokens[verb + 1];
  // "in the United States.", "the United States, where": capitalised after a capitalised word and
  // followed by no clause or object, it ends a name ("the Harbour Board Notes that ..." is still speech).
  if (isCapitalized(tokens[verb]) && before !== undefined && isCapitalized(before) && endsNameHere(next)) return true;
  // "United States citizenship", "the United States economy": the country's name, whatever follows.
  if (word === 'states' && before?.lower === 'united') return true;
  // "rates have halved", "claims were dismissed": a plural noun before an auxiliary; "Response rates
  // to postal surveys": before its preposition. "which the firm says will cover" is still the verb:
  // these forms are never plural nouns.
  if (word.endsWith('s') && !NEVER_NOUNS.has(word) && (VERBS_AFTER_A_SUBJECT.has(next?.lower ?? '') || NOUN_PREPOSITIONS.has(next?.lower ?? ''))) return true;
  // "paper for notes", "his notes", "the reports": after a preposition or determiner it is a noun.
  if (NOUN_BEFORE.has(before?.lower ?? '')) return true;
  // "300 listed buildings", "12 recorded cases": a participle between a count and its noun is an adjective.
  if (word.endsWith('ed') && before?.kind === 'number' && next?.kind === 'word' && !NOT_NOUNS_AFTER_PARTICIPLE.has(next.lower)) return true;
  if (SPEECH_ONLY_WITH_CLAUSE.has(word)) {
    if (!next || next.lower === 'that') return false;
    // "..., he added." or "wrote: ..." is speech; "adds £20 million" (a currency sign) is not.
    if (next.kind === 'punct') return !TAG_PUNCTUATION.has(next.text);
    if (next.kind === 'number') return true;
    // "adds about £20 million", "added nearly 400 jobs": an amount, hedged.
    if (AMOUNT_HEDGES.has(next.lower) && (tokens[verb + 2]?.kind === 'number' || tokens[verb + 3]?.kind === 'number')) return true;
    // "wrote her third novel", "added a wing": an object, unless a reported clause follows soon
    // ("wrote a letter saying that ..."). "wrote in the Courier" is the speech sense.
    if (OBJECT_STARTERS.has(next.lower)) {
      for (let i = verb + 2; i < tokens.length && i <= verb + 7; i++) {
        if (tokens[i].kind === 'punct') break;
        if (tokens[i].lower === 'that') return false;
      }
      return true;
    }
    return false;
  }
  // "Police put the cost at £3m" gives a figure, "which the firm put down to" an explanation;
  // "Families always put the rent first" neither.
  if ((word === 'put' || word === 'puts') && !(next?.lower === 'down' && tokens[verb + 2]?.lower === 'to') && !tokens.slice(verb + 1, verb + 8).some((t, k, ahead) => t.lower === 'at' && (ahead[k + 1]?.kind === 'number' || ahead[k + 2]?.kind === 'number'))) return true;
  // "Voss found them on a spoil heap": finding a thing somewhere, not a finding.
  if (FIND_FORMS.has(word) && OBJECT_PRONOUNS.has(next?.lower ?? '') && LOCATIVES.has(tokens[verb + 2]?.lower ?? '')) return true;
  // "a protein called CGRP", "a village called Hope": naming a thing, not someone speaking.
  if (word === 'called' && DETERMINER_OR_NUMBER.test(tokens[verb - 2]?.lower ?? '') && before?.kind === 'word' && !isCapitalized(before) && !SPECIFIC_SOURCES.has(before.lower)) return true;
  if (!(word in NEUTRAL_FORMS)) return false;
  return !introducesSpeech(new MatchView(tokens, verb, verb + 1));
}

const AFTER_NAMES = new Set(['in', 'of', 'and', 'or', 'for', 'to', 'from', 'on', 'at', 'with', 'where', 'which', 'who', 'is', 'was', 'has', 'had', 'are', 'were']);

function endsNameHere(next: Token | undefined): boolean {
  if (!next) return true;
  if (next.kind === 'punct') return next.text !== ':';
  return AFTER_NAMES.has(next.lower);
}

// After "in 2019 recorded", these start the participle's object or clause, not a noun it describes.
const NOT_NOUNS_AFTER_PARTICIPLE = new Set(['that', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'some', 'more', 'fewer', 'about', 'around', 'nearly', 'almost', 'over', 'in', 'on', 'at', 'by', 'as', 'to', 'for', 'with', 'from', 'no', 'only', 'just', 'how', 'what', 'why', 'whether', 'it', 'he', 'she', 'they', 'we']);
const NEVER_NOUNS = new Set(['says', 'argues', 'believes', 'thinks', 'insists', 'warns', 'predicts', 'expects', 'suggests', 'reckons', 'maintains', 'contends', 'admits', 'confirms', 'explains', 'adds', 'writes', 'tells', 'told', 'said']);
const NOUN_PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'per', 'among', 'across', 'from']);
const NOUN_BEFORE = new Set(['for', 'of', 'with', 'without', 'his', 'her', 'my', 'your', 'our', 'their', 'its', 'the', 'a', 'an', 'these', 'those', 'some', 'any', 'no', 'into', 'from', 'about']);

