// "Multiple reports", "several accounts", "numerous sources": a count of sources with none named.

import type { Rule } from './rule';
import type { Guard } from '../guards';
import { replaceSpan } from './rewrite';

const SPEECH_AFTER_LETTERS = new Set(['say', 'said', 'says', 'claim', 'claimed', 'claims', 'accuse', 'accused', 'accuses', 'allege', 'alleged', 'alleges', 'complain', 'complained', 'complains', 'describe', 'described', 'describes', 'call', 'called', 'calls', 'argue', 'argued', 'argues', 'suggest', 'suggested', 'suggests', 'blame', 'blamed', 'blames', 'warn', 'warned', 'warns', 'insist', 'insisted', 'criticise', 'criticised', 'criticize', 'criticized', 'condemn', 'condemned']);
const BETWEEN = new Set(['have', 'has', 'had', 'also', 'now', 'since', 'recently', 'repeatedly']);

/** An opinion or accusation follows within a short phrase: "Several letters in the parish magazine have accused". */
const speechFollows: Guard = {
  description: 'A verb of speech or accusation in the eight words after the match, before any punctuation (after the sixth word, only through "have", "also", ...)',
  holds: (m) => {
    for (let k = m.last, words = 0; k < m.tokens.length && words < 8; k++, words++) {
      const t = m.tokens[k];
      if (t.kind === 'punct') return false;
      if (SPEECH_AFTER_LETTERS.has(t.lower)) return true;
      if (!BETWEEN.has(t.lower) && words > 5) return false;
    }
    return false;
  },
  examples: {
    holds: ['*Several letters* in the local paper have accused the school.', '*Numerous complaints* claim the bins were never emptied.'],
    not: ['*Several letters* arrived on Monday.', '*Several letters*, which the school ignored, accused it.'],
  },
};

export const vaguePluralSource: Rule = {
  id: 'weasel/vague-plural-source',
  category: 'weasel',
  defaultSeverity: 'warning',
  description: 'An uncounted pile of sources: "multiple reports", "several accounts"',
  span: 'the cue phrase: "multiple reports", "several accounts", "numerous sources", "various observers"',
  message: (flagged) => `"${flagged}" counts sources without naming any; name and count them.`,
  why: 'A vague plural suggests corroboration without showing it. Readers cannot tell whether "multiple reports" means two tweets or five newspapers.',
  guideline: 'Wikipedia MOS:WEASEL; Reuters and BBC sourcing practice: name and count the sources',
  fixes: ['citation-needed'],
  clearedBy: 'attribution',
  rewrite: (sentence, start, end) => {
    const noun = sentence.slice(start, end).split(/\s+/).at(-1) ?? 'reports';
    return replaceSpan(sentence, start, end, `[number] ${noun}, from [named sources],`);
  },
  phrases: {
    classes: {
      // What kind of report, between the count and the noun: "Several inspection reports", "numerous eyewitness accounts".
      kind: ['inspection', 'council', 'police', 'eyewitness', 'witness', 'newspaper', 'media', 'press', 'news', 'internal', 'official', 'government', 'hospital', 'school', 'staff', 'patient', 'customer', 'user', 'industry', 'trade'],
      vague: ['multiple', 'several', 'numerous', 'various', 'many', 'countless', 'unconfirmed', 'unverified', 'conflicting', 'widespread', 'anecdotal', 'media', 'press', 'news', 'some', 'other', 'early', 'initial', 'local', 'online', 'unnamed'],
      source: ['reports', 'accounts', 'sources', 'witnesses', 'eyewitnesses', 'outlets', 'media reports', 'news reports', 'press reports', 'stories', 'allegations', 'rumours', 'rumors', 'testimonies', 'claims', 'publications', 'sightings', 'surveys', 'polls', 'studies'],
    },
    entries: [
      {
        pattern: '@vague @kind? @source',
        flag: ['There are multiple reports of looting in the harbour district.', 'Several witnesses described a second car.', 'Unconfirmed reports put the death toll higher.', 'Several council reports describe streets where bins went uncollected for weeks.'],
        pass: ['Three witnesses, including the driver, said the car was red.', 'The paper has run several stories on the council, all signed by its editor Mia Kane.'],
        notAfter: ['the', 'these', 'those', 'his', 'her', 'their', 'our', 'its'],
      },
      {
        // "observers" counts as a source only after "multiple", "various", "numerous" or "several".
        pattern: 'multiple|various|numerous|several @kind? observers',
        flag: ['Various observers have questioned the count.'],
        notAfter: ['the', 'these', 'those', 'his', 'her', 'their', 'our', 'its'],
      },
      {
        // "Several letters in the parish magazine have accused the council": correspondents nobody names, once they speak.
        pattern: 'several|many|numerous|multiple|various letters|complaints|emails|messages|posts|comments|submissions|callers|petitions',
        flag: ['Several letters in the local paper have accused the school of hiding the figures.', 'Numerous complaints claim the bins were never emptied.'],
        pass: ['Several letters arrived on Monday.', 'Many emails went unanswered over the summer.'],
        requires: [speechFollows],
      },
      {
        pattern: 'there are|were|have been reports|rumours|rumors|claims|allegations',
        flag: ['There have been reports of a leak at the plant.'],
      },
      {
        pattern: 'reports say|suggest|suggested|indicate|indicated|claim|claimed|emerged|circulated|said',
        flag: ['Reports suggest the coach has been sacked.'],
        requires: ['clauseStart'],
      },
    ],
  },
};
