// fast-check settings shared by the hostile tier: FC_SEED replays a failure (its seed is printed
// with the counterexample), FC_RUNS scales the number of runs for a longer hunt.

import fc from 'fast-check';

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const scale = process.env.FC_RUNS === undefined ? 1 : Math.max(0.01, Number(process.env.FC_RUNS));

/**
 * Parameters for fc.assert: `runs` at the default scale, the seed from FC_SEED when set. The
 * assertion's own message goes into the report: it says what was wrong, not only that it was.
 */
export function params<T>(runs: number): fc.Parameters<T> {
  return { numRuns: Math.max(1, Math.round(runs * scale)), includeErrorInReport: true, ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}) };
}
