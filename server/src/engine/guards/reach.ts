// How far the writer's own scope reaches, one measure for the three guards that look for it
// (ownJudgement, writerBefore, writerAfter). Unified from windows of 7, 8, 10 (after) and 12, 15
// (before) with no change in any finding on the project's sets or the evaluation sets.

/** Words after the match, up to a punctuation mark: "No one on my street", "the best I have eaten". */
export const WRITER_AHEAD = 10;
/** Tokens back from the match to the "I" or the frame that opens its clause: "I thought it the finest". */
export const WRITER_BACK = 12;
