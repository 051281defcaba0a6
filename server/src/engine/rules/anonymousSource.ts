// "Sources say", "a source close to", "people familiar with": a source the reader cannot weigh.

import type { MatchView, Rule } from './rule';
import { holderEnd } from './words';
import { replaceSpan } from './rewrite';
import { isCapitalized } from '../text/tokens';
import { vagueHolderCandidates } from '../speakers';

const SPEECH = ['say', 'said', 'says', 'told', 'tell', 'claim', 'claimed', 'claims', 'report', 'reported', 'indicate', 'indicated', 'suggest', 'suggested', 'confirm', 'confirmed', 'believe', 'believed', 'revealed', 'insist', 'insisted', 'added', 'disclosed', 'warned', 'explained', 'described'];

const SPEECH_WORDS = new Set(SPEECH);

/**
 * "Sources at City Hall say", "sources in the shipping trade told": the place narrows nothing down.
 * How many words after the preposition lead up to the speech verb (at most five, no punctuation), or -1.
 */
function placeBeforeSpeech(m: MatchView): number {
  // Up to six words, across a possessive apostrophe ("the growers' board say") but no other punctuation.
  let words = 0;
  for (let k = m.last; k < m.tokens.length && words < 6; k++) {
    const t = m.tokens[k];
    if (t.kind === 'punct') {
      if ((t.text === "'" || t.text === '\u2019') && t.start === m.tokens[k - 1]?.end) continue;
      return -1;
    }
    if (words > 0 && SPEECH_WORDS.has(t.lower)) return k - m.last;
    words++;
  }
  return -1;
}

export const anonymousSource: Rule = {
  id: 'weasel/anonymous-source',
  category: 'weasel',
  defaultSeverity: 'warning',
  description: 'A source with no name or description: "Sources say", "insiders", "people familiar with"',
  span: 'the cue phrase: "Sources say", "a source close to", "insiders", "people familiar with", "officials said" (when no body is named)',
  message: (flagged) => `"${flagged}" leans on a source the reader cannot identify or weigh.`,
  why: 'An anonymous source asks readers to trust the writer blindly. News agencies name sources, or describe them as precisely as possible and say why they could not be named.',
  guideline: 'AP and Reuters sourcing rules: name the source, or describe it precisely and explain the anonymity',
  fixes: ['who', 'citation-needed'],
  clearedBy: 'attribution',
  holderEnd,
  flagsSubject: true,
  scan: (tokens, names) => vagueHolderCandidates(tokens, 'informant', names),
  rewrite: (sentence, start, end) => {
    // Keep the verb: "Sources say" -> "[Named source ...] say".
    const words = sentence.slice(start, end).split(/\s+/);
    const kept = holderEnd(words.map((w) => ({ lower: w.toLowerCase() })));
    const verb = words.slice(kept).join(' ');
    return replaceSpan(sentence, start, end, `[named source, or who they are and why they cannot be named]${verb ? ` ${verb}` : ''}`);
  },
  phrases: {
    classes: {
      qualifier: ['unnamed', 'anonymous', 'unidentified', 'informed', 'reliable', 'credible', 'senior', 'well-placed', 'diplomatic', 'intelligence', 'government', 'official', 'military', 'security', 'industry', 'independent', 'local', 'western', 'multiple', 'several', 'some', 'other', 'trusted', 'knowledgeable'],
      speech: SPEECH,
      helper: ['have', 'has', 'had', 'also', 'now', 'privately'],
      closeness: ['close to', 'familiar with', 'within', 'inside', 'with knowledge of', 'briefed on', 'at', 'in'],
      personal: ['people', 'persons', 'those', 'someone', 'one person', 'two people', 'a person', 'individuals', 'an official', 'officials', 'an insider', 'a source', 'sources'],
    },
    entries: [
      {
        pattern: '@qualifier? sources @helper? @speech',
        flag: ['Sources say the merger has collapsed.', 'Informed sources told reporters that the minister would resign.'],
        pass: ['"Sources say a lot of things," the mayor replied.'],
      },
      {
        pattern: 'according to @qualifier? sources|insiders',
        flag: ['According to sources, the striker will leave in the summer.'],
      },
      {
        pattern: 'a|one|two|another|the source|sources @closeness',
        flag: ['A source close to the singer says the tour is off.', 'One source within the club said the coach had resigned.'],
        pass: ['Tourism is a source of income for the valley, the council said in its budget.'],
      },
      {
        pattern: '@qualifier? sources at|in|within|inside|on|among',
        flag: ['Sources at the ministry say the budget will be cut.', 'Sources in the shipping trade said two ports would close.', "Sources at the county farmers' union say the levy will go."],
        pass: ['Sources in the archive date the chapel to 1340.', 'The river has its sources in the hills above the town.'],
        when: (m) => placeBeforeSpeech(m) > 0,
        extend: placeBeforeSpeech,
      },
      {
        pattern: '@personal close_to|familiar_with',
        flag: ['People familiar with the talks said a deal was near.', 'Someone close to the family described the funeral as private.'],
      },
      {
        pattern: '@personal briefed_on|with_knowledge_of',
        flag: ['Two people briefed on the plan said it would be delayed.', 'A person with knowledge of the matter said the board had met twice.'],
      },
      {
        pattern: 'industry|party|club|company|palace|studio|government? insiders',
        flag: ['Insiders expect the studio to be sold by spring.', 'Party insiders are furious about the reshuffle.'],
        pass: ['The trading rules for insiders, published by the Financial Conduct Authority, run to 40 pages.'],
      },
      {
        // "A senior official has told reporters": one unnamed person, no body named.
        pattern: 'a|an|one @qualifier? official|aide|adviser|advisor|executive|manager|insider @helper? @speech',
        flag: ['A senior official has told reporters that the plan will be dropped.', 'An aide said the minister would not stand again.'],
        pass: ['A council official, Dara Quinn, said the road would reopen.', 'A Treasury official said the figures were final.'],
      },
      {
        pattern: '@qualifier? officials @helper? @speech',
        flag: ['Officials said the border would reopen on Monday.', 'Senior officials told reporters the talks had stalled.'],
        pass: ['Treasury officials said the border would reopen on Monday.', 'City officials said the pool would reopen in June.'],
        // "Treasury officials" and "the ministry's officials" name the body.
        when: (m) => {
          const before = m.before();
          if (!before) return true;
          if (before.kind === 'punct') return before.text !== "'" && before.text !== '\u2019';
          return !isCapitalized(before) && !['city', 'state', 'county', 'federal', 'school', 'health', 'police', 'club', 'company', 'university', 'airport', 'hospital', 'park', 'museum', 'election'].includes(before.lower);
        },
      },
    ],
  },
};
