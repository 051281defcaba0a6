// How a holder is read, once the speaker detector has found it: named ("the IMF", "historians at
// Westmarch University"), vague ("some senior backbenchers", "aides", "a senior official", "recent
// polls") or a back-reference ("he", "the officials", "two residents"), which is neither.

import { isCapitalized, isPossessive, type Token } from './text/tokens';
import type { NameBook } from './text/names';
import type { CueClass } from './lexicon/cues';
import { BODY_MODIFIERS, DEFINITE_BODIES, DOCUMENT_HEADS, INFORMANT_HEADS, NOT_PEOPLE, NUMBER_WORDS, PEOPLE_HEADS, PERSON_SINGULARS, QUANTIFIERS, QUANTIFIER_PHRASES } from './lexicon/holders';
import { DEFINITE, PREPOSITIONS, PRONOUNS } from './lexicon/function';

export type Holding = 'named' | 'vague' | 'reference';
/** quantified: "some senior backbenchers"; plural: "analysts"; anonymous: "a senior official". */
export type Vagueness = 'quantified' | 'plural' | 'anonymous';
/** people: a crowd; informant: an anonymous insider; document: polls, records, studies. */
export type HolderKind = 'people' | 'informant' | 'document';

/** Where an attribution stands: token indices of the cue's words [cue, cueEnd) and the holder's [holderStart, holderEnd). */
export interface SpeakerPlace {
  cue: number;
  cueEnd: number;
  cueClass: CueClass;
  holderStart: number;
  holderEnd: number;
}

export interface Speaker extends SpeakerPlace {
  holding: Holding;
  vagueness?: Vagueness;
  kind?: HolderKind;
  /** A modifier or a place narrows the holder to a body a reader can find ("Treasury officials", "historians at Oxford"): not flagged. */
  narrowed?: boolean;
  /** The holder may be a name after all ("Chelsea fans" opening a sentence), or is a lone unnamed document: shown as information. */
  unsure?: boolean;
  /** One past the head of a vague holder ("People" in "People familiar with the talks"). */
  headEnd?: number;
}

const INSTITUTIONAL = new Set(['at', 'from', 'with']);
const ARTICLES = new Set(['a', 'an', 'one', 'another']);
const SINGULAR_DOCUMENTS = new Set(['poll', 'survey', 'study', 'report', 'analysis', 'review', 'estimate', 'audit', 'count', 'tally', 'investigation']);

export function classify(tokens: readonly Token[], names: NameBook, s: SpeakerPlace, firstWord: number): Speaker {
  const words = tokens.slice(s.holderStart, s.holderEnd).filter((t) => t.kind === 'word' || t.kind === 'number');
  const first = words[0];
  // "not supported by any evidence", "no analysts said": a denial names no holder.
  if (!first || PRONOUNS.has(first.lower) || first.lower === 'any' || first.lower === 'no') return { ...s, holding: 'reference' };
  const quantifierLength = quantifierAt(tokens, s.holderStart);
  // "Two residents said": a count of particular people. ("Eight of 10 voters" is a share: a quantifier.)
  if (quantifierLength === 0 && (first.kind === 'number' || NUMBER_WORDS.has(first.lower))) return { ...s, holding: 'reference' };
  // The head: the last word before a preposition ("critics of the plan"), once a quantifier is passed.
  const rest = words.filter((w) => w.start >= (quantifierLength > 0 ? tokens[s.holderStart + quantifierLength - 1].end : 0));
  const prepositionAt = rest.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w.lower));
  const headPhrase = prepositionAt > 0 ? rest.slice(0, prepositionAt) : PREPOSITIONS.has(rest[0]?.lower ?? '') ? [] : rest;
  // "Business leaders and others": the crowd named before "and others" is the head.
  const joinedOthers = headPhrase.length >= 3 && headPhrase[headPhrase.length - 1].lower === 'others' && headPhrase[headPhrase.length - 2].lower === 'and';
  const head = headPhrase[headPhrase.length - (joinedOthers ? 3 : 1)];
  const documentHead = head !== undefined && (DOCUMENT_HEADS.has(head.lower) || SINGULAR_DOCUMENTS.has(head.lower));
  const namedIn = (list: readonly Token[]) => list.some((w, k) => namesSomeone(w, w === tokens[firstWord], list[k + 1], names));
  // Names in a phrase after a person ("sources at City Hall", "people familiar with Varrick's plans")
  // say where the holder sits, not who it is; a document is named by whoever made it, though ("a
  // 2020 review by the Marlow Unit", "data from the Census").
  const named = namedIn(prepositionAt > 0 && !documentHead ? words.slice(0, words.indexOf(rest[prepositionAt])) : words);
  const placed = !named && namedIn(words);
  // "historians at Oxford", "economists from the Bank": people of a named body are that body's. An
  // informant stays anonymous wherever it sits ("sources at City Hall"), and a place is not a body
  // ("shopkeepers on Mill Street").
  const ofBody = prepositionAt > 0 && INSTITUTIONAL.has(rest[prepositionAt].lower);
  if (placed && ofBody && head !== undefined && !documentHead && !INFORMANT_HEADS.has(head.lower) && quantifierLength === 0) return { ...s, holding: 'named' };
  // "Joseph and other members", "critics, including Senator Ruiz,": the crowd comes with names.
  const joined = tokens[s.holderStart - 1];
  if ((first.lower === 'other' || first.lower === 'others') && (joined?.lower === 'and' || joined?.lower === 'or') && isCapitalized(tokens[s.holderStart - 2] ?? joined)) return { ...s, holding: 'reference' };
  if (membersNamedAfter(tokens, s.holderEnd)) return { ...s, holding: 'named' };
  // What a crowd wants or plans is not a sourcing problem; what a named holder plans sources its figures.
  if (s.cueClass === 'intention' && !named) return { ...s, holding: 'reference' };
  if (quantifierLength > 0) {
    // "some of them", "many of whom": a count of a group already introduced.
    const after = tokens[s.holderStart + quantifierLength]?.lower;
    if (after === 'whom' || after === 'them' || after === 'these' || after === 'those') return { ...s, holding: 'reference' };
    if (documentHead) return { ...s, holding: 'vague', vagueness: 'quantified', kind: 'document' };
    // "the majority of species show", "many containers say": evidence needs documents, views need people.
    if (s.cueClass === 'evidence' || (head !== undefined && !isPeople(head))) return { ...s, holding: 'reference' };
    return { ...s, holding: 'vague', vagueness: 'quantified', kind: 'people' };
  }
  if (named) return { ...s, holding: 'named' };
  if (!head || DEFINITE.has(first.lower) || isPossessive(first.lower)) return { ...s, holding: 'reference' };
  // An informant of a body named or in front of the reader ("Treasury officials", "city officials",
  // "sources at City Hall") is narrowed away; one of a kind of office ("federal officials", "police
  // officials", "campaign aides") stays vague, if less so: information. Crowds are not narrowed by a
  // modifier ("campaign groups", "local builders").
  const informant = INFORMANT_HEADS.has(head.lower);
  const modifiers = headPhrase.slice(0, -1);
  const namedBody = placed || modifiers.some((w) => DEFINITE_BODIES.has(w.lower) || (isCapitalized(w) && w !== tokens[firstWord] && !BODY_MODIFIERS.has(w.lower)));
  const genericBody = !namedBody && modifiers.some((w) => BODY_MODIFIERS.has(w.lower));
  const narrowed = informant && namedBody;
  // "Water campaigners", "Chelsea fans" opening a sentence: a common noun or a name, the capital cannot tell.
  const unsure = first === tokens[firstWord] && words.length > 1 && isCapitalized(first) && !commonWord(first) && !ARTICLES.has(first.lower) && !DEFINITE.has(first.lower) && names.isName(first.lower) === undefined;
  // An unknown capital before a document or an informant is most likely its maker or body: "Harvard
  // research shows" is named, "Treasury officials said" narrowed. Only a crowd stays unsure.
  if (unsure && documentHead && quantifierLength === 0) return { ...s, holding: 'named' };
  if (unsure && informant) return { ...s, holding: 'vague', vagueness: 'plural', kind: 'informant', narrowed: true };
  // Where the head ends: "People familiar with the talks" is underlined to "People" by the generic
  // detector, and the rule's own phrase widens it as that rule's spans do.
  let headEnd = s.holderEnd;
  for (let k = s.holderStart; k < s.holderEnd; k++) if (tokens[k] === head) headEnd = k + 1;
  const vague = (vagueness: Vagueness, kind: HolderKind, alsoUnsure = false): Speaker => ({ ...s, holding: 'vague', vagueness, kind, narrowed, unsure: unsure || alsoUnsure || (informant && genericBody), headEnd });
  if (ARTICLES.has(first.lower)) {
    if (PERSON_SINGULARS.has(head.lower)) return vague('anonymous', 'informant');
    // "a new poll shows": unnamed, though one poll is easier to trace than "polls".
    if (SINGULAR_DOCUMENTS.has(head.lower) && s.cueClass !== 'attitude') return vague('anonymous', 'document', true);
    return { ...s, holding: 'reference' };
  }
  // A bare plural: "analysts said", "records show", "aides maintained".
  if (DOCUMENT_HEADS.has(head.lower)) return vague('plural', 'document');
  if (s.cueClass === 'evidence') return { ...s, holding: 'reference' };
  // A bare singular ("according to source") is a placeholder or a headline's shorthand, not a crowd.
  if (INFORMANT_HEADS.has(head.lower) && !PERSON_SINGULARS.has(head.lower)) return vague('plural', 'informant');
  // A capitalised "-ers" word may be a name ("Sanders told"): there only "-ists" and "-ians" count.
  if (isPeople(head) && (!isCapitalized(head) || PEOPLE_HEADS.has(head.lower) || /(ists|ians)$/.test(head.lower))) return vague('plural', 'people');
  return { ...s, holding: 'reference' };
}

const MEMBER_INTRODUCERS = new Set(['including', 'like', 'notably', 'among']);

/**
 * ", including Senator Ruiz", "such as Time and Slate", "has said the same, including Mitt Romney":
 * within a few words after a holder, its members are named.
 */
export function membersNamedAfter(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k <= end + 12; k++) {
    const t = tokens[k];
    if (t.text === ';' || t.text === ':' || t.text === '.') return false;
    let from = -1;
    if (t.lower === 'such' && tokens[k + 1]?.lower === 'as') from = k + 2;
    else if (MEMBER_INTRODUCERS.has(t.lower) && (k === end || tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === '(' || t.lower === 'including')) from = k + 1;
    if (from < 0) continue;
    for (let j = from; j < tokens.length && j <= from + 5; j++) if (isCapitalized(tokens[j])) return true;
    return false;
  }
  return false;
}

/** How many tokens of quantifier open the holder at `start` ("a number of" is three), or 0. */
export function quantifierAt(tokens: readonly Token[], start: number): number {
  const t = tokens[start];
  if (!t) return 0;
  if (QUANTIFIERS.has(t.lower)) return 1;
  const phrase = QUANTIFIER_PHRASES.find((p) => p.every((w, k) => tokens[start + k]?.lower === w));
  if (phrase) return phrase.length;
  // "Nearly eight of 10 voters", "two-thirds of Republicans": a share with no poll named.
  if (t.lower === 'nearly' || t.lower === 'almost' || t.lower === 'about') {
    const share = quantifierAt(tokens, start + 1);
    return share > 0 ? 1 + share : 0;
  }
  if ((t.kind === 'number' || NUMBER_WORDS.has(t.lower) || /^(half|two-thirds|three-quarters|three-fourths)$/.test(t.lower)) && (tokens[start + 1]?.lower === 'of' || tokens[start + 1]?.lower === 'in')) {
    const whole = tokens[start + 2];
    return whole && (whole.kind === 'number' || NUMBER_WORDS.has(whole.lower)) ? 3 : 2;
  }
  return 0;
}

// Sentence-initial words that are plainly not names: "Instant polls", "Senior aides", "Voting rights advocates".
const ADJECTIVE_ENDINGS = ['al', 'ic', 'ive', 'ing', 'ed', 'ous', 'ant', 'ent', 'ful', 'less', 'ary', 'ory', 'ish'];
const COMMON_OPENERS = new Set(['instant', 'recent', 'new', 'senior', 'top', 'former', 'early', 'latest', 'exit', 'public', 'private', 'independent', 'key', 'young', 'old', 'rival', 'union', 'party', 'business', 'industry', 'market', 'civil', 'human', 'rights', 'health', 'tax', 'budget', 'energy', 'climate', 'trade', 'farm', 'oil', 'gun', 'anti', 'pro', 'fellow', 'veteran', 'longtime', 'outside', 'foreign', 'domestic', 'western', 'eastern', 'northern', 'southern', 'world']);

/**
 * A capitalised word that is not just opening the sentence: "Chelsea" in "some Chelsea fans", "the
 * IMF", "E.U.". Opening the sentence, only a run of capitals ("Mitt Romney said") is surely a name:
 * "Water campaigners" and "Chelsea fans" cannot be told apart there.
 */
function namesSomeone(w: Token, opensSentence: boolean, next: Token | undefined, names: NameBook): boolean {
  if (!isCapitalized(w)) return false;
  if (!opensSentence) return true;
  const known = names.isName(w.lower);
  if (known !== undefined) return known;
  return next === undefined ? !commonWord(w) : isCapitalized(next);
}

function commonWord(w: Token): boolean {
  return BODY_MODIFIERS.has(w.lower) || PEOPLE_HEADS.has(w.lower) || DOCUMENT_HEADS.has(w.lower) || QUANTIFIERS.has(w.lower) || COMMON_OPENERS.has(w.lower) || agentShaped(w) || ADJECTIVE_ENDINGS.some((e) => w.lower.endsWith(e));
}

/** "protesters", "demonstrators", "nutritionists": plurals shaped like people, less the known exceptions ("containers"). */
function agentShaped(t: Token): boolean {
  const w = t.lower;
  return w.length > 5 && (w.endsWith('ers') || w.endsWith('ors') || w.endsWith('ists') || w.endsWith('ians')) && !NOT_PEOPLE.has(w);
}

/** A head that can hold a view: a known person or group noun, a people-shaped plural, or a group by name ("Democrats"). */
export function isPeople(head: Token): boolean {
  const w = head.lower;
  return PEOPLE_HEADS.has(w) || (INFORMANT_HEADS.has(w) && !PERSON_SINGULARS.has(w)) || agentShaped(head) || /(men|women|folk|ologists)$/.test(w) || (isCapitalized(head) && w.endsWith('s') && !NOT_PEOPLE.has(w));
}
