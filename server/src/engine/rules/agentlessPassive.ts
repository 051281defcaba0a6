// "It is widely believed", "is regarded as", "has been described as": a judgement with its judge removed.

import type { Rule, MatchView } from './rule';
import { BE_FORMS, DEGREE_ADVERBS } from './words';

/** The passive names its agent ("by the IUCN") or hands over to a vague one the vague-majority rule flags. */
function noAgentFollows(m: MatchView): boolean {
  return m.wordAfter() !== 'by';
}

export const agentlessPassive: Rule = {
  id: 'weasel/agentless-passive',
  category: 'weasel',
  defaultSeverity: 'warning',
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
      be: BE_FORMS,
      itBe: ['it is', 'it was', "it's", 'it is now', 'it was once', 'it is also', 'it was also'],
      degree: DEGREE_ADVERBS,
      itVerb: ['believed', 'said', 'thought', 'reported', 'rumoured', 'rumored', 'alleged', 'claimed', 'argued', 'suggested', 'understood', 'assumed', 'suspected', 'feared', 'estimated', 'held', 'felt', 'accepted', 'acknowledged', 'speculated', 'maintained', 'contended', 'recognized', 'recognised', 'agreed', 'supposed', 'presumed', 'hoped', 'hypothesized', 'hypothesised', 'theorized', 'theorised', 'shown', 'considered', 'known', 'noted', 'proposed', 'conjectured', 'doubted', 'disputed'],
      asVerb: ['regarded as', 'described as', 'seen as', 'viewed as', 'perceived as', 'characterized as', 'characterised as', 'portrayed as', 'hailed as', 'touted as', 'acclaimed as', 'praised as', 'dismissed as', 'criticized as', 'criticised as', 'thought of as', 'cited as', 'recognized as', 'recognised as', 'credited as', 'credited with', 'blamed for'],
      toVerb: ['believed to', 'said to', 'thought to', 'reported to', 'reputed to', 'rumoured to', 'rumored to', 'alleged to', 'known to', 'estimated to', 'claimed to', 'supposed to have', 'understood to', 'considered to', 'assumed to', 'suspected of', 'presumed to', 'held to', 'deemed to', 'felt to'],
      judged: ['considered', 'deemed', 'dubbed', 'labelled', 'labeled', 'branded'],
    },
    entries: [
      {
        pattern: '@itBe @degree? @itVerb',
        flag: ['It is widely believed that the letter was forged.', 'It was reported that the dam had cracked.', 'It is thought the bridge will close in June.'],
        pass: ['It is known as the Old Mill.', 'It was said by the mayor that the budget was final.'],
        when: (m) => noAgentFollows(m) && !(m.words.at(-1) === 'known' && m.wordAfter() === 'as') && !(m.words.at(-1) === 'shown' && m.wordAfter() === 'in'),
      },
      {
        // "It is well known": the adverb claims a consensus. "It was established in 1901" is a founding, so "established" needs "well" or "that".
        pattern: '@itBe well known|established|documented|understood|accepted|recognised|recognized',
        flag: ['It is well known that the harbour silted up.', 'It is well established that the mill burned twice.'],
        pass: ['It is well known to the coastguard.'],
        // "well known to the coastguard" says who knows it.
        when: (m) => noAgentFollows(m) && m.wordAfter() !== 'to',
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
        when: (m) => noAgentFollows(m) && m.wordAfter() !== 'as',
      },
      {
        pattern: '@be @degree? @degree? @asVerb',
        flag: ['The novel is widely regarded as her best work.', 'The station has been described as an eyesore.', 'He is seen as the likely winner.', 'The ferry is now widely regarded as the safest on the coast.'],
        pass: ['The lizard is listed as endangered by the IUCN.', 'The tower was described as unsafe by the city engineer in a 2019 report.'],
        when: noAgentFollows,
      },
      {
        pattern: '@be @degree? @degree? @toVerb',
        flag: ['The castle is said to be haunted.', 'The painting is believed to date from 1620.', 'The mayor is reported to have resigned.'],
        pass: ['The painting is believed by the museum to date from 1620.', 'The poet is known to us only from two letters.'],
        // "known to us", "known to the police": who knows it is said.
        when: (m) => !(m.words.includes('known') && ['us', 'them', 'me', 'him', 'her', 'the', 'police', 'scholars', 'historians'].includes(m.wordAfter())),
      },
      {
        pattern: '@be @degree? @degree? @judged',
        flag: ['The house is considered the oldest in the county.', 'The song was widely considered a masterpiece.'],
        pass: ['He was considered for the post of treasurer.', 'The proposal was considered at the March meeting.', 'The plan was considered by the council on Tuesday.'],
        // "considered for the post", "considered at the meeting": deliberation, not judgement.
        when: (m) => noAgentFollows(m) && !['for', 'at', 'in', 'during', 'on', 'and', 'but', 'carefully', 'first', 'last', 'again', 'separately', 'further', 'briefly'].includes(m.wordAfter()) && m.after()?.kind !== 'punct' && m.after() !== undefined,
      },
    ],
  },
};
