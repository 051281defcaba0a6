// What the command's output needs from the process: whether to colour it. The formats themselves
// are pure (server/src/output/formats).

/** Colour when stdout is a terminal; FORCE_COLOR forces it either way, NO_COLOR turns it off. */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
