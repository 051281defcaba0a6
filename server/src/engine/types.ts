// The engine's public shapes. Offsets and lengths are UTF-16 code units into the linted text.

export type Category = 'weasel' | 'unattributed' | 'style';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';
export type Profile = 'default' | 'hedging';
/** Where sentence-end markers go: as the document already places them, or after / before the final punctuation. */
export type MarkerPlacementSetting = 'auto' | 'afterPunctuation' | 'beforePunctuation';

/** Languages the engine understands; anything else is linted as plain text. */
export type MarkupLanguage = 'plaintext' | 'markdown' | 'html' | 'latex' | 'wikitext';

export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  title: string;
  /** What the fix does, so editors can group and prefer fixes without parsing titles. */
  kind: 'citation-needed' | 'who' | 'by-whom' | 'said' | 'ignore' | 'remove-word';
  edits: TextEdit[];
  /** The fix an editor should offer first. */
  preferred?: boolean;
}

export interface Explanation {
  /** One or two sentences: why these words hide the source. */
  why: string;
  /** The guideline the rule follows, e.g. "Wikipedia MOS:WEASEL". */
  guideline: string;
  /** A better version of the writer's own sentence, where one can be built. */
  suggestion?: string;
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  /** The flagged words as they stand in the text. */
  text: string;
  explanation: Explanation;
  fixes: Fix[];
  /** Set when a suppressor lowered the severity (for example, attribution follows in the next sentence). */
  downgradedBecause?: string;
  /**
   * Findings of other rules that this one stands for and that are not shown on their own: another
   * rule on the same words, or a claim a vague source in the sentence makes. Turning this finding's
   * rule off shows them, so the hover says they are there.
   */
  covers?: CoveredFinding[];
}

/** A finding left out in favour of another one (Finding.covers). */
export interface CoveredFinding {
  rule: string;
  /** The words it flags, as they stand in the text. */
  text: string;
  message: string;
}

/** Marker texts for one language. `{date}` is replaced by the month and year, e.g. "November 2026". */
export interface MarkerTexts {
  citationNeeded: string;
  who: string;
  byWhom: string;
}

export interface EngineConfig {
  profile: Profile;
  /** Keys are rule ids or category names; a rule id wins over its category. */
  rules: Record<string, RuleSetting>;
  /** Phrases never flagged (compared case-insensitively, whitespace collapsed). */
  allow: string[];
  markers: Partial<Record<MarkupLanguage, Partial<MarkerTexts>>>;
  /** Per language; `auto` (the default) follows the document. */
  markerPlacement: Partial<Record<MarkupLanguage, MarkerPlacementSetting>>;
}

export interface LintOptions {
  /** An editor language id ("markdown", "latex", "wikitext", ...). Unknown ids are plain text. */
  languageId?: string;
  config?: Partial<EngineConfig>;
  /** The date used for dated markers such as {{citation needed|date=November 2026}}. */
  now?: Date;
  /**
   * Where the fixes put markers, and whether LaTeX's `\todo` compiles. Read from the text itself
   * when absent; the language server reads them from the whole document and lints its paragraphs
   * with them, so that a paragraph's fixes follow the document.
   */
  conventions?: MarkerConventions;
}

/** Read from a whole document: see markerPlacement.ts. */
export interface MarkerConventions {
  placement: {
    punctuation: 'after' | 'before';
    separator: '' | ' ' | '~';
    wordSeparator: '' | ' ' | '~';
  };
  todo: boolean;
}
