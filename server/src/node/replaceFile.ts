// Replacing a file's content so that a reader, or a crash at any moment, finds either the old file
// or the new one, never a part of it: the new content goes to a temporary file in the same folder,
// is flushed to disk, takes the old file's mode (and owner and group), and is renamed over the old
// one, which on one file system replaces it in one step. What `whosays --fix` writes with.
//
// A killed run can leave its temporary file behind: `.NAME.whosays-PID-THREAD-RANDOM.tmp` beside
// the file, a hidden name no folder argument or glob of the command picks up. Deleting it is safe.

import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import { readRegularFileSync } from './readFile';

/** The name of a temporary file of ours, and only of ours. */
export const TEMPORARY_NAME = /^\..+\.whosays-\d+-\d+-[0-9a-f]{12}\.tmp$/;

/** Why a file was not replaced, in words to follow its name ("a.md: ..."). */
export class ReplaceFileError extends Error {
  constructor(
    message: string,
    /** The file changed on disk after it was read: another run may fix it. */
    readonly changedOnDisk = false,
  ) {
    super(message);
    this.name = 'ReplaceFileError';
  }
}

/** The file as it was read: its bytes and the stats of the descriptor they were read from. */
export interface ReadFile {
  bytes: Uint8Array;
  stats: BigIntStats;
}

/** Bytes of the file's name kept in its temporary file's name, which must stay under the usual 255. */
const NAME_BYTES_KEPT = 120;

export function temporaryNameFor(file: string): string {
  let kept = '';
  let bytes = 0;
  for (const ch of path.basename(file)) {
    bytes += Buffer.byteLength(ch);
    if (bytes > NAME_BYTES_KEPT) break;
    kept += ch;
  }
  return path.join(path.dirname(file), `.${kept}.whosays-${process.pid}-${threadId}-${randomBytes(6).toString('hex')}.tmp`);
}

// O_EXCL: never someone else's file; O_NOFOLLOW: never through a link planted under our name.
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Replaces `file` (through any symbolic links: the file they point to is replaced, the links stay)
 * with `data`, if it is still the file `read` describes. Throws ReplaceFileError, with nothing
 * changed and no temporary file left.
 */
export function replaceFile(file: string, data: Uint8Array, read: ReadFile): void {
  const target = realpathSync.native(file);
  const { stats } = read;
  // A rename gives the name a new file; the other names of a hard-linked file would keep the old one.
  if (stats.nlink > 1n) throw new ReplaceFileError(`not fixed: it has ${stats.nlink} hard links, and only this one would get the fixes`);
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    throw new ReplaceFileError(`not fixed: ${describe(error, 'the file is read-only')}`);
  }
  const temporary = temporaryNameFor(target);
  let fd: number;
  try {
    fd = openSync(temporary, CREATE_FLAGS, 0o600);
  } catch (error) {
    throw new ReplaceFileError(`not fixed: cannot create a temporary file beside it (${describe(error, 'permission denied')})`);
  }
  let open = true;
  try {
    for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written);
    keepOwner(fd, stats);
    // After the owner: changing it clears the set-user-ID and set-group-ID bits.
    fchmodSync(fd, Number(stats.mode) & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    if (!unchangedSince(target, read)) throw new ReplaceFileError('changed on disk while it was being fixed; left as it is (run the command again)', true);
    renameSync(temporary, target);
  } catch (error) {
    if (open) closeSync(fd);
    removeQuietly(temporary);
    if (error instanceof ReplaceFileError) throw error;
    throw new ReplaceFileError(`not fixed: cannot write the fixed file (${describe(error, 'permission denied')})`);
  }
  syncFolder(path.dirname(target));
}

/** The new file gets the old one's owner and group, or is not written (as root, or with a group of ours, it can). */
function keepOwner(fd: number, stats: BigIntStats): void {
  const mine = fstatSync(fd, { bigint: true });
  if (mine.uid === stats.uid && mine.gid === stats.gid) return;
  try {
    fchownSync(fd, Number(stats.uid), Number(stats.gid));
  } catch {
    throw new ReplaceFileError(`not fixed: it belongs to user ${stats.uid} and group ${stats.gid}, and the fixed file would belong to user ${mine.uid} and group ${mine.gid}`);
  }
}

/** The same file (device and inode), with the same size, times and bytes as when it was read. */
function unchangedSince(target: string, read: ReadFile): boolean {
  const was = read.stats;
  let now: BigIntStats;
  try {
    now = statSync(target, { bigint: true });
  } catch {
    return false;
  }
  if (now.dev !== was.dev || now.ino !== was.ino || now.size !== was.size || now.mtimeNs !== was.mtimeNs || now.ctimeNs !== was.ctimeNs) return false;
  // A write within the file system's timestamp granularity keeps the times: compare the bytes too.
  try {
    return Buffer.compare(readRegularFileSync(target, read.bytes.length), read.bytes) === 0;
  } catch {
    return false;
  }
}

function syncFolder(folder: string): void {
  // The rename lasts across a power cut once the folder is flushed; some systems cannot flush a folder.
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // The file is replaced either way.
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or never made.
  }
}

function describe(error: unknown, permission: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return code === 'EROFS' ? 'read-only file system' : permission;
  if (code === 'ENOSPC') return 'no space left on the device';
  return code ?? (error instanceof Error ? error.message : String(error));
}
