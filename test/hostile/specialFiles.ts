// Special files for the hostile tests: FIFOs, sockets, links to /dev/zero. POSIX only; the tests
// that need them skip elsewhere.

import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const POSIX = process.platform !== 'win32' && existsSync('/dev/zero');
/** The reason to skip a test that needs special files, or false. */
export const SKIP_SPECIAL = POSIX ? false : 'needs POSIX special files (/dev/zero, mkfifo)';

/** A named pipe nobody writes to: a reader that opens it without O_NONBLOCK waits forever. */
export function makeFifo(file: string): string {
  execFileSync('mkfifo', [file]);
  return file;
}

export function makeLink(target: string, file: string): string {
  symlinkSync(target, file);
  return file;
}

/** A listening Unix socket at `file`; close it when done. */
export async function makeSocket(file: string): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, resolve);
  });
  return server;
}

/**
 * Every special file the tests try, made in `dir` under names ending in `suffix`: /dev/zero itself
 * is given by its path, the others are made there. Each entry is [label, path].
 */
export function specialFiles(dir: string, suffix: string): [string, string][] {
  return [
    ['/dev/zero', '/dev/zero'],
    ['a symlink to /dev/zero', makeLink('/dev/zero', path.join(dir, `zero${suffix}`))],
    ['a FIFO', makeFifo(path.join(dir, `fifo${suffix}`))],
    ['a symlink to a FIFO', makeLink(path.join(dir, `fifo${suffix}`), path.join(dir, `fifo-link${suffix}`))],
  ];
}
