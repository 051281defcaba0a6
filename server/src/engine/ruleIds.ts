// Stable rule ids. Other tools read them (JSON output, editor diagnostics, config files): never rename one.
export const RULE_IDS = [
  'weasel/vague-majority',
  'weasel/anonymous-source',
  'weasel/agentless-passive',
  'weasel/hearsay-adverb',
  'weasel/unnamed-research',
  'weasel/vague-plural-source',
  'unattributed/unsourced-statistic',
  'unattributed/sweeping-claim',
  'style/loaded-speech-verb',
  'style/puffery',
  'style/hedge',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const CATEGORIES = ['weasel', 'unattributed', 'style'] as const;
