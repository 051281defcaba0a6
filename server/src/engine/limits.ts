// Size and depth limits shared by the command line and the language server, in one place so
// that both refuse the same files. Pure: the browser worker reads them too.

/** The default cap on a document to lint (the CLI's --max-file-size); real documents of 10 MB fit. */
export const DEFAULT_MAX_FILE_BYTES = 50_000_000;

/**
 * The largest --max-file-size accepted: a file must become one string, and V8 strings stop at
 * about 536 million UTF-16 code units.
 */
export const MAX_FILE_BYTES_LIMIT = 500_000_000;

/** The cap on a `.whosays.json`, in bytes read from disk or UTF-16 code units of an open editor's text. */
export const MAX_CONFIG_BYTES = 1_000_000;

/** The deepest nesting of objects and arrays a configuration may have (a valid one needs 3). */
export const MAX_CONFIG_DEPTH = 64;

const UNITS: readonly [string, number][] = [
  ['gb', 1e9],
  ['mb', 1e6],
  ['kb', 1e3],
  ['gib', 2 ** 30],
  ['mib', 2 ** 20],
  ['kib', 2 ** 10],
  ['g', 1e9],
  ['m', 1e6],
  ['k', 1e3],
  ['b', 1],
];

/**
 * A size as people write it: `1048576` (bytes), `20MB`, `1.5 GB`, `512KiB`. KB, MB and GB (or K,
 * M, G) count in thousands; KiB, MiB and GiB in 1024s. Undefined when it is not a size.
 */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = match[2].toLowerCase();
  const factor = unit === '' ? 1 : UNITS.find(([name]) => name === unit)?.[1];
  if (factor === undefined) return undefined;
  return Math.floor(Number(match[1]) * factor);
}

/** `73.4 MB`, `1 MB`, `512 bytes`: decimal units with at most one decimal, as parseByteSize reads them. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GB', 1e9], ['MB', 1e6], ['kB', 1e3]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/**
 * `73.4 MB is over the 50 MB limit`; in exact bytes when rounding would show the two sizes as
 * equal (50,000,001 bytes against 50 MB).
 */
export function overLimit(size: number, limit: number): string {
  const [a, b] = formatBytes(size) === formatBytes(limit) ? [`${size} bytes`, `${limit} bytes`] : [formatBytes(size), formatBytes(limit)];
  return `${a} is over the ${b} limit`;
}
