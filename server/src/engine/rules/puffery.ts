// "legendary", "world-class", "clearly", "of course": praise and nudges that take sides.

import type { Rule, MatchView } from './rule';
import { removeSpan } from './rewrite';

// After these, "clearly" describes how something is done, not the writer's view.
const MANNER_BEFORE = new Set(['spoke', 'speak', 'speaks', 'written', 'write', 'writes', 'wrote', 'see', 'saw', 'seen', 'hear', 'heard', 'think', 'marked', 'labelled', 'labeled', 'visible', 'explain', 'explained', 'explains', 'state', 'stated', 'show', 'shown', 'showed', 'more', 'very', 'less', 'so', 'as', 'read', 'defined', 'mark', 'signposted', 'displayed']);
const MANNER_AFTER = new Set(['visible', 'marked', 'labelled', 'labeled', 'defined', 'audible', 'legible', 'written', 'stated', 'separated', 'signposted', 'displayed', 'identified', 'distinguished', 'seen', 'heard', 'shown', 'understood', 'explained', 'readable']);

// "Mass was celebrated by the bishop", "they celebrated the win": the verb, not praise. Praise keeps a
// determiner or degree word before it ("the celebrated painter", "widely celebrated in France").
const AFTER_CELEBRATING = new Set(['by', 'on', 'in', 'at', 'with', 'every', 'each', 'annually', 'yearly', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'mass']);
const BEFORE_PRAISE = new Set(['the', 'a', 'an', 'most', 'more', 'highly', 'widely', 'much', 'justly', 'rightly', 'internationally', 'so', 'his', 'her', 'their', 'its', 'our', 'and', 'as', 'much-']);

function celebratingVerb(m: MatchView): boolean {
  return m.words[0] === 'celebrated' && AFTER_CELEBRATING.has(m.wordAfter()) && !BEFORE_PRAISE.has(m.wordBefore());
}

/** Capitalised mid-sentence: part of a name ("Iconic Records"), not praise. */
function notAName(m: MatchView): boolean {
  return !m.looksLikeName;
}

export const puffery: Rule = {
  id: 'style/puffery',
  category: 'style',
  defaultSeverity: 'information',
  description: 'Praise or comment in the writer\'s voice: "iconic", "renowned", "clearly"',
  span: 'the word or phrase: "legendary", "world-class", "iconic", "renowned", "clearly", "obviously", "of course", "interestingly", "notably", "it should be noted", "a clear reference to"',
  message: (flagged) => `"${flagged}" praises or editorializes instead of stating a checkable fact.`,
  why: 'Praise words and nudges ("legendary", "clearly", "of course") tell readers what to conclude. State the fact that earned the praise, or attribute the judgement to someone.',
  guideline: 'Wikipedia MOS:PUFFERY and MOS:EDITORIALIZING',
  fixes: ['remove-word'],
  clearedBy: 'quotation',
  rewrite: removeSpan,
  phrases: {
    classes: {},
    entries: [
      {
        pattern: 'legendary|world-class|iconic|renowned|world-renowned|world-famous|famed|prestigious|visionary|groundbreaking|ground-breaking|cutting-edge|state-of-the-art|breathtaking|must-see|celebrated|acclaimed|storied|fabled|beloved|illustrious|unrivalled|unrivaled|unparalleled|peerless|best-in-class|game-changing',
        flag: ['The renowned chef opened a second restaurant.', 'The stadium hosts world-class athletics.', 'Her iconic portrait hangs in the town hall.', 'The bakery is celebrated for its rye bread.', 'The painter was widely celebrated in Lyon.'],
        pass: ['He signed with Iconic Records in 2015.', 'The critic called it "a legendary night" in her review.', 'The harvest mass was celebrated by the parish priest.', 'The village celebrated the anniversary with a fair.'],
        when: (m) => notAName(m) && !celebratingVerb(m),
      },
      {
        pattern: 'clearly|obviously|undoubtedly|unquestionably|undeniably|indisputably|needless_to_say|interestingly|importantly|remarkably|surprisingly|tellingly|ironically|sadly|fortunately|unfortunately|of_course',
        flag: ['The mural is clearly a response to the mayor.', 'Of course, the plan failed.', 'Interestingly, the mill never flooded.', 'Sadly, the theatre closed in June.'],
        pass: ['The exits are clearly marked.', 'She spoke clearly and slowly.'],
        when: (m) => !MANNER_BEFORE.has(m.wordBefore()) && !MANNER_AFTER.has(m.wordAfter()),
      },
      {
        pattern: 'notably',
        flag: ['Notably, the bridge survived the earthquake.'],
        pass: ['She won several awards, most notably a Bafta.'],
        when: (m) => m.wordBefore() !== 'most' && m.wordBefore() !== 'more',
      },
      {
        pattern: 'it_should_be_noted|it_must_be_noted|it_is_worth_noting|it_is_important_to_note|it_is_interesting_to_note|it_bears_mentioning',
        flag: ['It should be noted that the ferry was late.'],
      },
      {
        pattern: 'a|an clear|obvious|unmistakable|thinly_veiled|thinly-veiled reference|nod|allusion|swipe|jab|dig to|at?',
        flag: ['The song ends with a line about thieves, a clear reference to the rival party.'],
      },
    ],
  },
};
