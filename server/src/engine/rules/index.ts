// Every check, in the order findings are reported when two overlap.

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
