// Reading a file that someone else chose: a document on the command line, a `.whosays.json`, a
// file the editor asks the language server to lint. Only regular files are read, and only up to a
// cap: /dev/zero (or a symlink to it) never ends, a FIFO blocks its reader until a writer comes.

import { closeSync, constants, fstatSync, openSync, readSync, statSync, type BigIntStats, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { formatBytes, overLimit } from '../engine/limits';

// O_NONBLOCK: opening a FIFO that swapped in after the stat returns at once instead of waiting
// for a writer (and holding a libuv thread meanwhile). O_NOCTTY: a terminal never becomes ours.
// Windows has neither.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const FIRST_CHUNK = 64 * 1024;

/** The file is a device, a FIFO or a socket. */
export class NotRegularFileError extends Error {
  constructor(readonly kind: string) {
    super(`not a regular file but ${kind}`);
    this.name = 'NotRegularFileError';
  }
}

/** The file is larger than the cap; `size` is undefined when it grew while being read. */
export class FileTooLargeError extends Error {
  constructor(
    readonly size: number | undefined,
    readonly limit: number,
  ) {
    super(size === undefined ? `it grew over the ${formatBytes(limit)} limit while being read` : overLimit(size, limit));
    this.name = 'FileTooLargeError';
  }
}

function check(stats: Stats | BigIntStats, maxBytes: number): void {
  if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!stats.isFile()) throw new NotRegularFileError(kindOf(stats));
  if (stats.size > maxBytes) throw new FileTooLargeError(Number(stats.size), maxBytes);
}

function kindOf(stats: Stats | BigIntStats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

/** Where the next read goes: the buffer grows by doubling, never past one byte over the cap. */
function room(buffer: Buffer, used: number, maxBytes: number): Buffer {
  if (used < buffer.length) return buffer;
  const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
  buffer.copy(grown, 0, 0, used);
  return grown;
}

function firstBuffer(size: number, maxBytes: number): Buffer {
  // Files in /proc report size 0 and have content: start with a chunk, and read until the end.
  return Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(size + 1, FIRST_CHUNK)));
}

/**
 * The bytes of a regular file of at most `maxBytes`. Throws NotRegularFileError, FileTooLargeError,
 * or Node's error (with its `code`) when the file cannot be opened or read.
 */
export function readRegularFileSync(file: string, maxBytes: number): Buffer {
  return readRegularFileWithStatsSync(file, maxBytes).bytes;
}

/**
 * readRegularFileSync, with the stats of the file as it was read (nanosecond times): what
 * `whosays --fix` compares just before it replaces the file, to find out whether it changed since.
 */
export function readRegularFileWithStatsSync(file: string, maxBytes: number): { bytes: Buffer; stats: BigIntStats } {
  // The stat of the path keeps devices from being opened at all; the fstat of the descriptor is
  // what counts, in case the file was swapped in between.
  check(statSync(file), maxBytes);
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd, { bigint: true });
    check(stats, maxBytes);
    let buffer = firstBuffer(Number(stats.size), maxBytes);
    let used = 0;
    for (;;) {
      buffer = room(buffer, used, maxBytes);
      const n = readSync(fd, buffer, used, buffer.length - used, null);
      if (n === 0) break;
      used += n;
      if (used > maxBytes) throw new FileTooLargeError(undefined, maxBytes);
    }
    return { bytes: buffer.subarray(0, used), stats };
  } finally {
    closeSync(fd);
  }
}

/** readRegularFileSync without blocking the event loop. */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  check(await stat(file), maxBytes);
  const handle = await open(file, OPEN_FLAGS);
  try {
    const stats = await handle.stat();
    check(stats, maxBytes);
    let buffer = firstBuffer(stats.size, maxBytes);
    let used = 0;
    for (;;) {
      buffer = room(buffer, used, maxBytes);
      const { bytesRead } = await handle.read(buffer, used, buffer.length - used, null);
      if (bytesRead === 0) break;
      used += bytesRead;
      if (used > maxBytes) throw new FileTooLargeError(undefined, maxBytes);
    }
    return buffer.subarray(0, used);
  } finally {
    await handle.close();
  }
}
