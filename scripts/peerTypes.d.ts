// Types for the bench's peers that ship none (scripts/benchPeers.ts).

declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  /** Options: a check's name set to false switches it off (true switches on the opt-in `eprime`). */
  function writeGood(text: string, options?: Record<string, boolean>): Suggestion[];
  export = writeGood;
}
