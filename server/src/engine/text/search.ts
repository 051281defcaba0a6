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
