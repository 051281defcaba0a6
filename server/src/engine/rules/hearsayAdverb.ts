// "Reportedly", "allegedly", "so-called": hearsay that never says whose.

import type { Rule } from './rule';

export const hearsayAdverb: Rule = {
  id: 'weasel/hearsay-adverb',
  category: 'weasel',
  defaultSeverity: 'warning',
  description: 'One word passes on a claim: "reportedly", "allegedly", "so-called"',
  span: 'the word: "reportedly", "allegedly", "supposedly", "purportedly", "so-called", "rumoured"/"rumored"',
  message: (flagged) => `"${flagged}" passes on hearsay without saying who reported or alleged it.`,
  why: 'Words like "reportedly" and "allegedly" signal that someone else said it, and hide who. Name the reporter or the accuser, or cite the claim.',
  guideline: 'Wikipedia MOS:DOUBT and MOS:WEASEL; AP: say who made the allegation',
  fixes: ['citation-needed'],
  clearedBy: 'attribution',
  rewrite: (sentence, start, end) => {
    // Drop the adverb and attribute the claim instead.
    let before = sentence.slice(0, start);
    let after = sentence.slice(end);
    if (/\s$/.test(before) && /^\s/.test(after)) after = after.replace(/^\s+/, '');
    if (before === '' || /^[,]/.test(after)) after = after.replace(/^,\s*/, '');
    if (before === '') after = after.charAt(0).toUpperCase() + after.slice(1);
    before = before.replace(/,\s*$/, before.trim().endsWith(',') ? ' ' : '');
    const core = (before + after).replace(/\s+([.!?])$/, '$1');
    return /[.!?]$/.test(core) ? `${core.slice(0, -1)}, according to [source]${core.slice(-1)}` : `${core}, according to [source]`;
  },
  phrases: {
    classes: {},
    entries: [
      {
        pattern: 'reportedly|allegedly|supposedly|purportedly|reputedly|ostensibly',
        flag: ['The mayor reportedly owns three boats.', 'The goalkeeper allegedly pushed a steward.', 'Supposedly, the recipe is two hundred years old.', 'The kettle is reportedly sold only in the United States.'],
        pass: ['The mayor reportedly owns three boats, tax filings show, the Gazette reported.', 'The goalkeeper allegedly pushed a steward, prosecutors said.'],
      },
      {
        pattern: 'so-called',
        flag: ['The so-called reforms changed nothing.'],
        pass: ['The "so-called reforms" were the opposition leader\'s words, not ours.'],
      },
      {
        pattern: 'so called',
        flag: ['The so called reforms changed nothing.'],
      },
      {
        pattern: 'rumoured|rumored',
        flag: ['The rumoured merger would create the largest bank in the region.', 'A second album is rumoured for the spring.'],
        pass: ['The singer is rumoured to be leaving the band.'],
        // "is rumoured to" and "it is rumoured that" are agentless passives, reported by that rule;
        // "a transfer is rumoured for the autumn" is hearsay all the same.
        when: (m) => !(['is', 'are', 'was', 'were', 'been', 'be', 'being', "'s", 'widely', 'long'].includes(m.wordBefore()) && (m.wordAfter() === 'to' || m.wordBefore(2) === 'it' || m.wordBefore(3) === 'it' || m.wordBefore(4) === 'it')),
      },
    ],
  },
};
