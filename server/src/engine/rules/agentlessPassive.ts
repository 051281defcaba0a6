// "It is widely believed", "is regarded as", "has been described as": a judgement with its judge removed.

import type { Rule } from './rule';
import { DEGREE_ADVERBS } from './words';
import { BE_WORDS, PASSIVE_STARTERS } from '../lexicon/shared';
import { GUARDS } from '../guards';

// The passive names its agent ("by the IUCN") or hands over to a vague one the vague-majority rule
// flags: entries where an agent can follow list "by" in notBefore.
const AGENT = 'by';

// Adverbs that say a judgement is widely or habitually held: with one, "taken as" and "claimed" are judgements too.
const HABIT_ADVERBS = new Set(['widely', 'commonly', 'generally', 'often', 'usually', 'popularly', 'traditionally', 'frequently', 'sometimes', 'conventionally', 'long', 'repeatedly', 'variously']);
const NEEDS_HABIT = new Set(['claimed', 'believed', 'suspected', 'supposed']);

export const agentlessPassive: Rule = {
  id: 'weasel/agentless-passive',
  category: 'weasel',
  defaultSeverity: 'warning',
  description: 'A judgement with nobody judging: "It is widely believed", "is regarded as"',
  span: 'from "It" through the participle ("It is widely believed", "It was reported"), or the auxiliary through the participle and "as" ("is widely regarded as", "has been described as", "is considered")',
  message: (flagged) => `"${flagged}" hides who holds this view; say by whom.`,
  why: 'The passive removes the person making the judgement, so the reader cannot tell whether it is a consensus, one critic, or the writer.',
  guideline: 'Wikipedia MOS:WEASEL ("it is believed", "is widely regarded as"); AP: attribute judgements',
  fixes: ['by-whom', 'citation-needed'],
  clearedBy: 'attribution',
  rewrite: (sentence, start, end) => {
    const flagged = sentence.slice(start, end).toLowerCase();
    if (flagged.startsWith('it ')) {
      // "It is believed that the letter was forged." -> "According to [source], the letter was forged."
      const rest = sentence.slice(end).replace(/^\s*(that\s+)?/i, '');
      return `${sentence.slice(0, start)}According to [source], ${rest}`;
    }
    return `${sentence.slice(0, end)} [by whom: name the source]${sentence.slice(end)}`;
  },
  phrases: {
    classes: {
      be: PASSIVE_STARTERS,
      itBe: ['it is', 'it was', "it's", 'it is now', 'it was once', 'it is also', 'it was also'],
      degree: DEGREE_ADVERBS,
      itVerb: ['believed', 'said', 'thought', 'reported', 'rumoured', 'rumored', 'alleged', 'claimed', 'argued', 'suggested', 'understood', 'assumed', 'suspected', 'feared', 'estimated', 'held', 'felt', 'accepted', 'acknowledged', 'speculated', 'maintained', 'contended', 'recognized', 'recognised', 'agreed', 'supposed', 'presumed', 'hoped', 'hypothesized', 'hypothesised', 'theorized', 'theorised', 'shown', 'considered', 'known', 'noted', 'proposed', 'conjectured', 'doubted', 'disputed'],
      asVerb: ['regarded as', 'described as', 'seen as', 'viewed as', 'perceived as', 'characterized as', 'characterised as', 'portrayed as', 'hailed as', 'touted as', 'acclaimed as', 'praised as', 'dismissed as', 'criticized as', 'criticised as', 'thought of as', 'cited as', 'recognized as', 'recognised as', 'credited as', 'credited with', 'blamed for'],
      toVerb: ['believed to', 'said to', 'thought to', 'reported to', 'reputed to', 'rumoured to', 'rumored to', 'alleged to', 'known to', 'estimated to', 'claimed to', 'supposed to have', 'understood to', 'considered to', 'assumed to', 'suspected of', 'presumed to', 'held to', 'deemed to', 'felt to'],
      judged: ['considered', 'deemed', 'dubbed', 'labelled', 'labeled', 'branded'],
      habit: [...HABIT_ADVERBS],
      // Verdicts with their reason: "has been criticised for", "was widely praised for".
      verdict: ['criticized', 'criticised', 'praised', 'condemned', 'faulted', 'lauded', 'applauded', 'ridiculed', 'derided', 'mocked', 'attacked', 'celebrated', 'admired', 'panned'],
      // Views with no holder once the clause ends: "The idea has long been argued."
      view: ['argued', 'asserted', 'assumed', 'speculated', 'theorised', 'theorized', 'hypothesised', 'hypothesized', 'conjectured', 'claimed', 'believed', 'supposed', 'suspected'],
    },
    entries: [
      {
        pattern: '@itBe @degree? @itVerb',
        flag: ['It is widely believed that the letter was forged.', 'It was reported that the dam had cracked.', 'It is thought the bridge will close in June.', 'It is said that Reyes found them in a ditch on her way home.'],
        pass: ['It is known as the Old Mill.', 'It was said by the mayor that the budget was final.'],
        notBefore: [AGENT],
        // "It is known as the Old Mill" names it; "It was shown in 1990" shows it.
        unless: [
          { pattern: 'known as', after: 1, overlap: 1, adjacent: true },
          { pattern: 'shown in', after: 1, overlap: 1, adjacent: true },
        ],
      },
      {
        // "It is well known": the adverb claims a consensus. "It was established in 1901" is a founding, so "established" needs "well" or "that".
        pattern: '@itBe well known|established|documented|understood|accepted|recognised|recognized',
        flag: ['It is well known that the harbour silted up.', 'It is well established that the mill burned twice.'],
        pass: ['It is well known to the coastguard.'],
        // "well known to the coastguard" says who knows it.
        notBefore: [AGENT, 'to'],
      },
      {
        pattern: '@itBe established|documented that',
        trim: [0, 1],
        flag: ['It is documented that the mill burned twice.'],
        pass: ['It was established in 1901 as a reading room.'],
      },
      {
        pattern: 'it has|had @degree? been @degree? @itVerb',
        flag: ['It has been suggested that the poem is a forgery.', 'It has long been rumoured that the tunnel exists.'],
        notBefore: [AGENT, 'as'],
      },
      {
        pattern: '@be @degree? @degree? @asVerb',
        flag: ['The novel is widely regarded as her best work.', 'The station has been described as an eyesore.', 'He is seen as the likely winner.', 'The ferry is now widely regarded as the safest on the coast.'],
        pass: ['The lizard is listed as endangered by the IUCN.', 'The tower was described as unsafe by the city engineer in a 2019 report.'],
        notBefore: [AGENT],
      },
      {
        pattern: '@be @degree? @degree? @toVerb',
        flag: ['The castle is said to be haunted.', 'The painting is believed to date from 1620.', 'The mayor is reported to have resigned.'],
        pass: ['The painting is believed by the museum to date from 1620.', 'The poet is known to us only from two letters.'],
        // "known to us", "known to the police": who knows it is said.
        unless: [{ pattern: 'known to us|them|me|him|her|the|police|scholars|historians', after: 1, overlap: 2, adjacent: true }],
      },
      {
        pattern: '@be @degree? @degree? @judged',
        flag: ['The house is considered the oldest in the county.', 'The song was widely considered a masterpiece.'],
        pass: ['He was considered for the post of treasurer.', 'The proposal was considered at the March meeting.', 'The plan was considered by the council on Tuesday.'],
        // "considered for the post", "considered at the meeting": deliberation, not judgement.
        // An opening quotation mark is the judgement's wording ('was considered "the jewel of the coast"'),
        // which does not end the clause.
        notBefore: [AGENT, 'for', 'at', 'in', 'during', 'on', 'and', 'but', 'carefully', 'first', 'last', 'again', 'separately', 'further', 'briefly'],
        guards: ['clauseEnds'],
      },
      {
        pattern: '@be @degree? @degree? @verdict for',
        trim: [0, 1],
        flag: ['The new stand has been criticised for its poor sight lines.', 'The mayor was widely praised for her handling of the flood.'],
        pass: ['The new stand has been criticised for its sight lines by the city\'s planning inspector.', 'The ferry was attacked by gulls.'],
      },
      {
        pattern: '@be @degree? @degree? @view',
        flag: ['That the well was poisoned has long been argued.', 'The link between the two fires has often been assumed, never shown.', 'A plot against the king was widely believed in that winter.'],
        pass: ['The title was claimed in 1998.', 'The land was claimed by the crown.', 'The prize was claimed on Friday.', 'The second witness was believed.'],
        // "claimed" is also taking a title or land, "believed" trusting a witness ("The witness was
        // believed."): only with an adverb of habit ("has long been claimed") are they a view. Without
        // an adverb of habit other than "long", the clause must end or go on with "that".
        notBefore: [AGENT],
        when: (m) => (!NEEDS_HABIT.has(m.words.at(-1)!) || m.words.some((w) => HABIT_ADVERBS.has(w))) && (GUARDS.clauseEnds.holds(m) || m.wordAfter() === 'that' || m.words.some((w) => HABIT_ADVERBS.has(w) && w !== 'long')),
      },
      {
        // "is traditionally taken as the start": a habit of judgement. Without the adverb, "is taken as" is a method ("the mean is taken as the value").
        pattern: '@be @degree? @habit taken as|to_be',
        flag: ['The treaty is traditionally taken as the start of the modern state.'],
        pass: ['The mean of the three readings is taken as the result.'],
        notBefore: [AGENT],
      },
      {
        // "Although commonly thought of as a fortress, ...", "..., widely regarded as the finest": the judgement with its verb "be" dropped.
        pattern: '@habit @asVerb',
        flag: ['Although commonly thought of as a fortress, the castle was a hunting lodge.', 'The harbour, widely regarded as the safest on the coast, was closed.'],
        pass: ['Although widely regarded as the safest by the coastguard, the harbour was closed.'],
        notBefore: [AGENT],
        notAfter: { words: BE_WORDS, within: 2, throughPunctuation: true },
      },
    ],
  },
};
