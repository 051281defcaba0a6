// "Studies show", "research suggests", "evidence indicates": findings with no study named.

import type { Rule } from './rule';
import { isCapitalized, type Token } from '../text/tokens';
import { vagueHolderCandidates } from '../speakers';

// Words before "experts" that count or point back to them rather than describe them.
const QUALIFIED_BEFORE = new Set(['the', 'these', 'those', 'two', 'three', 'four', 'both', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'such', 'other', 'which', 'what']);

const FINDING_VERBS = ['show', 'shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'prove', 'proves', 'proved', 'proven', 'demonstrate', 'demonstrates', 'demonstrated', 'confirm', 'confirms', 'confirmed', 'find', 'finds', 'found', 'reveal', 'reveals', 'revealed', 'say', 'says', 'tell', 'tells', 'link', 'links', 'linked', 'point to', 'points to', 'pointed to', 'support', 'supports', 'agree', 'agrees'];

export const unnamedResearch: Rule = {
  id: 'weasel/unnamed-research',
  category: 'weasel',
  defaultSeverity: 'warning',
  description: 'Research with no study named: "Studies show", "research suggests"',
  span: 'the cue phrase: "Studies show", "research suggests", "evidence indicates", "science says", "experts warn"',
  message: (flagged) => `"${flagged}" cites research without naming it, so the reader cannot check it.`,
  why: 'Appeals to unnamed studies or evidence sound authoritative but cannot be checked. Name the study, its authors or publisher and year, and link it.',
  guideline: 'Wikipedia MOS:WEASEL ("research has shown") and WP:V; AP: name the study and who paid for it',
  fixes: ['citation-needed'],
  clearedBy: 'attribution',
  scan: (tokens, names) => vagueHolderCandidates(tokens, 'document', names),
  rewrite: (sentence, start, end) => `${sentence.slice(0, start)}A [year] study by [authors or publisher] [found]${sentence.slice(end)}`,
  phrases: {
    classes: {
      qualifier: ['recent', 'new', 'many', 'several', 'some', 'numerous', 'multiple', 'scientific', 'medical', 'clinical', 'current', 'previous', 'earlier', 'independent', 'growing', 'emerging', 'mounting', 'existing', 'past', 'countless', 'most', 'other', 'further', 'extensive', 'a growing body of', 'a body of', 'a wealth of', 'a large body of', 'a number of'],
      source: ['studies', 'research', 'evidence', 'science', 'data', 'surveys', 'polls', 'findings', 'experiments', 'trials', 'analyses', 'tests', 'the research', 'the evidence', 'the science', 'the data'],
      helper: ['have', 'has', 'had', 'now', 'consistently', 'repeatedly', 'clearly', 'also', 'increasingly', 'long', 'have long', 'has long', 'have consistently', 'has consistently', 'have repeatedly', 'strongly', 'would', 'appear to', 'appears to', 'seem to', 'seems to'],
      verb: FINDING_VERBS,
      expertVerb: ['warn', 'warned', 'caution', 'cautioned', 'recommend', 'recommended', 'advise', 'advised', 'urge', 'urged', 'predict', 'predicted', 'estimate', 'estimated'],
    },
    entries: [
      {
        pattern: '@qualifier? @source @helper? @verb',
        flag: ['Studies show that walking after meals lowers blood sugar.', 'Research has shown that bilingual children read earlier.', 'Evidence suggests the wreck is older than thought.', 'Science says we need eight hours of sleep.', 'Recent studies have found a link between noise and stress.'],
        pass: ['A 2021 study by the Lisbon Sleep Institute of 900 adults found that naps help memory.', 'The studies show nothing of the sort, the journal\'s editor said.', 'Harvard research shows a rise in applications.', 'Our data show a fall in visitors since 2019.', 'The other three trials find no effect at all.'],
        // "the studies" and "our data" point back to something named; "Harvard research" names it.
        when: (m) => {
          const before = m.before();
          if (!before || before.kind === 'punct') return true;
          if (before.kind === 'number') return false;
          if (isCapitalized(before)) return false;
          // "the other two studies", "both trials": a count points back to studies the text has named.
          return !['the', 'this', 'these', 'those', 'that', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'whose', 'such', 'which', 'what', 'same', 'both', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'latter', 'former', 'above', 'remaining'].includes(before.lower);
        },
      },
      {
        pattern: 'experts|scientists|doctors|researchers|economists warn|warned|caution|cautioned|recommend|recommended|advise|advised|urge|urged|predict|predicted',
        flag: ['Experts warn that the reservoir could run dry by August.', 'Doctors recommend two litres of water a day.', 'Cycling experts recommend a helmet for every ride.'],
        pass: ['The doctors who treated her, Anil Mehta and Ruth Klein, advised rest.', 'The two experts recommend a second survey.', 'In the report, Harland experts recommend a second survey.'],
        when: (m) => {
          const opens = (t: Token | undefined) => !t || t.kind === 'punct' || ['and', 'but', 'that', 'while', 'as', 'because', 'many', 'some', 'most'].includes(t.lower);
          if (opens(m.before())) return true;
          // One plain modifier: "Cycling experts recommend", "health experts warn" (a capital mid-sentence names a body).
          const modifier = m.before()!;
          return modifier.kind === 'word' && !QUALIFIED_BEFORE.has(modifier.lower) && (!isCapitalized(modifier) || m.before(2) === undefined) && opens(m.before(2));
        },
      },
    ],
  },
};
