// Binary search over sorted arrays: spans, tokens and line starts are all looked up by offset.

/** Index of the first item whose key is at least `value` (items sorted by key), or items.length. */
export function firstAtOrAfter<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Stretches [offset, offset + length) that may overlap, sorted once, so that "does any of them
 * overlap this range" is a binary search over their starts and a running maximum of their ends.
 */
export class StretchIndex {
  private readonly starts: number[] = [];
  /** reach[i]: the furthest end among the first i + 1 stretches by start. */
  private readonly reach: number[] = [];

  constructor(stretches: Iterable<{ offset: number; length: number }>) {
    const sorted = [...stretches].sort((a, b) => a.offset - b.offset);
    let reach = -Infinity;
    for (const s of sorted) {
      reach = Math.max(reach, s.offset + s.length);
      this.starts.push(s.offset);
      this.reach.push(reach);
    }
  }

  /** Does a stretch overlap [from, to), that is start before `to` and end after `from`? */
  overlaps(from: number, to: number): boolean {
    const last = firstAtOrAfter(this.starts, to, (start) => start) - 1;
    return last >= 0 && this.reach[last] > from;
  }

  /** Does a stretch hold `offset`? */
  holds(offset: number): boolean {
    return this.overlaps(offset, offset + 1);
  }
}
