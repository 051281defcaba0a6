// What a guard is: a named test of the words around a phrase match that cancels (or, asked for
// with `requires`, allows) it, with sentences that show where it holds and where it does not.

import type { MatchView } from '../rules/rule';

export interface Guard {
  /** What it recognises, in one line. */
  description: string;
  /** Whether it holds for this match. Bounded: it looks a fixed number of tokens either side. */
  holds: (m: MatchView) => boolean;
  /**
   * Sentences with the match between asterisks ("I *never* saw the lighthouse lit."): the guard
   * holds for every sentence of `holds` and for none of `not`. Run as tests (test/unit/guards.test.ts).
   */
  examples: { holds: string[]; not: string[] };
}
