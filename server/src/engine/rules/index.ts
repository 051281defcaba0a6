// Every check: the one list of rules. Rule ids (ruleIds.ts), the engine's phrase index, the
// .whosays.json schema, the editor settings and the docs' rule tables are all read off it
// (`npm run generate` writes the generated files). The order is the rules' priority: when two
// weasel or unattributed findings start at the same place, the one of the rule listed first is kept.
// It is also the order of the tables and the settings. A rule that outgrows one module is a folder
// (rules/<name>/index.ts exporting the rule), imported here as './<name>'.

import type { Rule } from './rule';
import { vagueMajority } from './vagueMajority';
import { anonymousSource } from './anonymousSource';
import { agentlessPassive } from './agentlessPassive';
import { hearsayAdverb } from './hearsayAdverb';
import { unnamedResearch } from './unnamedResearch';
import { vaguePluralSource } from './vaguePluralSource';
import { unsourcedStatistic } from './unsourcedStatistic';
import { sweepingClaim } from './sweepingClaim';
import { loadedSpeechVerb } from './loadedSpeechVerb';
import { puffery } from './puffery';
import { hedge } from './hedge';

export const RULES: readonly Rule[] = [
  vagueMajority,
  anonymousSource,
  agentlessPassive,
  hearsayAdverb,
  unnamedResearch,
  vaguePluralSource,
  unsourcedStatistic,
  sweepingClaim,
  loadedSpeechVerb,
  puffery,
  hedge,
];
