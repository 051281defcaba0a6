// Named guards: tests of the words around a phrase match that several rules share, so that "the
// writer is speaking for themselves" or "this is an instruction" means one thing everywhere. A
// phrase entry names the ones that cancel it in `guards` (or that it needs, in `requires`); see
// rules/exclusions.ts. Each guard has its own example sentences, run by test/unit/guards.test.ts.
// A check only one rule needs is a Guard object in that rule's own module, used the same way.

import type { Guard } from './guard';
import { clauseEnds } from './clauseEnds';
import { clauseStart } from './clauseStart';
import { condition } from './condition';
import { heldByUnnamed } from './heldByUnnamed';
import { instruction } from './instruction';
import { negated } from './negated';
import { ownJudgement } from './ownJudgement';
import { properName } from './properName';
import { sentenceStart } from './sentenceStart';
import { writerAfter } from './writerAfter';
import { writerBefore } from './writerBefore';

export type { Guard } from './guard';

export const GUARDS = {
  /** The writer's own scope: a judgement framed as the writer's ("for my money", "the best I have eaten"). */
  ownJudgement,
  /** The writer's own scope: an "I"/"we" clause before the match ("I have baked it 23 times, always ..."). */
  writerBefore,
  /** The writer's own scope: "I", "my", "our" ... in the words after the match ("No one on my street"). */
  writerAfter,
  instruction,
  condition,
  negated,
  heldByUnnamed,
  properName,
  clauseStart,
  sentenceStart,
  clauseEnds,
} as const satisfies Record<string, Guard>;

export type GuardName = keyof typeof GUARDS;
