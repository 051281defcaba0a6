// Word classes the rules and the guards share, one name for one thing. (function.ts, beside this
// file, holds the function words of the speaker detector: BE there counts copulas such as "seem"
// and "become", which BE_WORDS here does not.)

/** The verb "be" as one written word: "is widely regarded" is its full passive, "regarded" the reduced one. */
export const BE_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** What starts a passive, one word or several ("is", "has been", "will be"): a word class for patterns. */
export const PASSIVE_STARTERS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'has been', 'have been', 'had been', 'will be', 'would be', 'could be', 'may be', 'might be', 'is being', 'was being', 'are being'];

/** Finite auxiliaries and modals that carry a clause's tense: "No other town has ...", "... was hurt". */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'did', 'do', 'shall']);

/**
 * Marks that open a quotation inside a sentence, as tokens: the quoted words after one still belong
 * to the phrase before ('was considered "the jewel of the coast"'). (attribution.ts keeps its own
 * map from opening to closing marks, for finding whole quotations.)
 */
export const QUOTE_OPENERS: ReadonlySet<string> = new Set(['"', '\u201c', "'", '\u2018']);

/** Every quotation mark as a token, opening or closing, straight or curly. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);

/** The writer in the first person: "I", "we" and their other forms. */
export const WRITER_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

/** Words that deny what follows: "is not world-class", "was never a success". */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'hardly', 'scarcely', 'no', 'nor']);

/** Words that open a condition or a time clause: "if no one waters it", "until nobody came". */
export const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'whenever', 'until', 'once', 'whether']);

/** Numbers written as words, as counts: "one of the top ten". */
export const SPELLED_NUMBERS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'fifty', 'hundred']);

/** Dashes as tokens: one can open a list entry's description ("Smith - Eminent surgeon"). */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);
