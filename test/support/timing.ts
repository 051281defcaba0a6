// Timing helpers for tests that assert how cost grows, never how long something takes: every
// comparison is between two inputs measured in the same run, so the machine's speed cancels out.

import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | undefined;

/**
 * A full garbage collection, so that the garbage of the call before is not collected during the
 * call measured (4x input leaves four times as much): what is timed is the call's own work.
 */
function collect(): void {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
}

/** The fastest of `runs` calls, in milliseconds: the least disturbed by GC and other processes. */
export function fastest(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    collect();
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export interface Growth {
  /** Size of the 1x input (what `make` was given). */
  size: number;
  oneMs: number;
  fourMs: number;
  ratio: number;
}

export interface GrowthOptions {
  /** The 1x input grows (doubling) from this size until one call takes `targetMs`. */
  startSize?: number;
  maxSize?: number;
  /** Long enough that timer resolution and a stray pause do not decide the ratio. */
  targetMs?: number;
  runs?: number;
}

/**
 * time(4x) / time(1x) for inputs `make(size)` and `make(4 * size)`. Linear work gives about 4,
 * quadratic about 16. The 1x size is chosen so that one call takes tens of milliseconds (small
 * inputs measure the JIT more than the code); then the two are measured alternately, best of
 * `runs` each, the first 4x call doubling as its warm-up.
 */
export function growth<T>(make: (size: number) => T, run: (input: T) => void, options: GrowthOptions = {}): Growth {
  const { startSize = 16_000, maxSize = 1_000_000, targetMs = 20, runs = 3 } = options;
  let size = startSize;
  let one = make(size);
  run(one);
  while (size < maxSize && fastest(() => run(one), 2) < targetMs) {
    size *= 2;
    one = make(size);
  }
  const four = make(size * 4);
  let oneMs = Infinity;
  let fourMs = Infinity;
  for (let i = 0; i < runs; i++) {
    oneMs = Math.min(oneMs, fastest(() => run(one), 1));
    fourMs = Math.min(fourMs, fastest(() => run(four), 1));
  }
  return { size, oneMs, fourMs, ratio: fourMs / Math.max(oneMs, 0.5) };
}

/** Linear enough: quadratic work gives ~16, linear ~4. */
export const MAX_LINEAR_RATIO = 8;

/**
 * The growth, measured again (up to twice) while it looks superlinear but not clearly quadratic: on
 * a busy shared machine one measurement can be disturbed, while quadratic work fails every time.
 */
export function linearGrowth<T>(make: (size: number) => T, run: (input: T) => void, options: GrowthOptions = {}): Growth {
  let best = growth(make, run, options);
  for (let retry = 0; retry < 2 && best.ratio >= MAX_LINEAR_RATIO && best.ratio < 2 * MAX_LINEAR_RATIO; retry++) {
    const again = growth(make, run, { ...options, startSize: best.size, maxSize: best.size });
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}

export function describeGrowth(g: Growth): string {
  return `1x (${g.size} units) ${g.oneMs.toFixed(1)} ms, 4x ${g.fourMs.toFixed(1)} ms: ratio ${g.ratio.toFixed(2)}`;
}
