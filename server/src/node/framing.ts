// A check of the LSP base protocol's framing on the way in (`Content-Length: N` headers, then N
// bytes). vscode-jsonrpc's reader reports a malformed header and then waits forever on a stream it
// can no longer split into messages, leaving a server that is alive but deaf. This stream passes the
// bytes through unchanged and calls `onError` at the first header it cannot read, so the server can
// exit and the client can start a fresh one.

import { Transform, type TransformCallback } from 'node:stream';

/** A header block longer than this is not a header block. */
const MAX_HEADER_BYTES = 8192;
/** No message we accept is larger (a 10 MB document is about 10 MB of JSON; V8 strings stop near 512 MB). */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

const CR = 13;
const LF = 10;

export class FramingCheck extends Transform {
  private header: number[] = [];
  private bodyLeft = 0;
  private failed = false;

  constructor(private readonly onError: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.failed) return done();
    let i = 0;
    while (i < chunk.length) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= take;
        i += take;
        continue;
      }
      this.header.push(chunk[i++]);
      const n = this.header.length;
      if (n >= 4 && this.header[n - 4] === CR && this.header[n - 3] === LF && this.header[n - 2] === CR && this.header[n - 1] === LF) {
        const problem = this.readHeader(Buffer.from(this.header.slice(0, n - 4)).toString('ascii'));
        this.header = [];
        if (problem) return this.fail(problem, done);
      } else if (n > MAX_HEADER_BYTES) {
        return this.fail(`a message header longer than ${MAX_HEADER_BYTES} bytes`, done);
      }
    }
    done(null, chunk);
  }

  /** Sets the body length from a header block, or says what is wrong with it. */
  private readHeader(block: string): string | undefined {
    let length: number | undefined;
    for (const line of block.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `a malformed header line ${JSON.stringify(line.slice(0, 80))}`;
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,10}$/.test(value)) return `Content-Length ${JSON.stringify(value.slice(0, 80))} is not a number of bytes`;
      length = Number(value);
    }
    if (length === undefined) return 'a message header without Content-Length';
    if (length > MAX_MESSAGE_BYTES) return `a message of ${length} bytes, over the ${MAX_MESSAGE_BYTES}-byte limit`;
    this.bodyLeft = length;
    return undefined;
  }

  private fail(problem: string, done: TransformCallback): void {
    this.failed = true;
    done();
    this.onError(problem);
  }
}
