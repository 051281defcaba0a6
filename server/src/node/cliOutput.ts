// What the command's output needs from the process: whether to colour it, and writing in pieces.
// The formats themselves are pure (server/src/output/formats).

/** Output is written in pieces of about this many characters: never one string of a whole report. */
const CHUNK = 64 * 1024;

/** `pieces` joined into chunks of about CHUNK characters, the last one shorter. */
export function* chunked(pieces: Iterable<string>): Generator<string> {
  let buffered = '';
  for (const piece of pieces) {
    buffered += piece;
    if (buffered.length >= CHUNK) {
      yield buffered;
      buffered = '';
    }
  }
  if (buffered) yield buffered;
}

/** Colour when stdout is a terminal; FORCE_COLOR forces it either way, NO_COLOR turns it off. */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
