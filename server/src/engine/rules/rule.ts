// The shape every check has: identity, data, and the context that decides a match.

import type { Category, Profile, Severity } from '../types';
import type { RuleId } from '../ruleIds';
import type { WordClasses } from '../phrases';
import { isCapitalized, type Token } from '../text/tokens';
import type { NameBook } from '../text/names';
import type { Exclusions } from './exclusions';

/** Where a phrase matched, with the words around it. */
export class MatchView {
  constructor(
    readonly tokens: readonly Token[],
    readonly first: number,
    readonly last: number,
  ) {}

  /** The token `k` places before the match (1 = the one right before), if any. */
  before(k = 1): Token | undefined {
    return this.tokens[this.first - k];
  }

  /** The token `k` places after the match (1 = the one right after), if any. */
  after(k = 1): Token | undefined {
    return this.tokens[this.last - 1 + k];
  }

  /** Lower-case text of the token `k` before, or '' at the sentence start. */
  wordBefore(k = 1): string {
    return this.before(k)?.lower ?? '';
  }

  wordAfter(k = 1): string {
    return this.after(k)?.lower ?? '';
  }

  token(i: number): Token {
    return this.tokens[this.first + i];
  }

  private cachedWords?: string[];

  get words(): string[] {
    this.cachedWords ??= this.tokens.slice(this.first, this.last).map((t) => t.lower);
    return this.cachedWords;
  }

  /** True when nothing but opening punctuation stands before the match in the sentence. */
  get atSentenceStart(): boolean {
    for (let i = this.first - 1; i >= 0; i--) if (this.tokens[i].kind !== 'punct') return false;
    return true;
  }

  /** The match's first word is capitalised where a sentence start does not explain it. */
  get looksLikeName(): boolean {
    const t = this.token(0);
    if (!isCapitalized(t)) return false;
    // "Iconic Monday headline tonight": a capitalised pair is a name even at the sentence start.
    const next = this.after();
    if (next && isCapitalized(next)) return true;
    return !this.atSentenceStart && !['"', '\u201c', "'", '\u2018', '(', ':'].includes(this.wordBefore());
  }

  /** The next `n` tokens after the match, stopping at punctuation. */
  wordsAfter(n: number): Token[] {
    const out: Token[] = [];
    for (let i = this.last; i < this.tokens.length && out.length < n; i++) {
      if (this.tokens[i].kind === 'punct') break;
      out.push(this.tokens[i]);
    }
    return out;
  }
}

/** A phrase pattern with its examples and the exclusions beside it (rules/exclusions.ts). */
export interface PhraseEntry extends Exclusions {
  /** The pattern, in the syntax of phrases.ts. */
  pattern: string;
  /** Sentences this entry must flag: run as tests. */
  flag: string[];
  /** Sentences in which it must stay silent: run as tests. */
  pass?: string[];
  /** Context the exclusions cannot say, checked after them (rules/exclusions.ts): keep it for real logic. */
  when?: (m: MatchView) => boolean;
  /** Trims the underlined span: tokens to drop from the start and the end of the match. */
  trim?: [number, number];
  /** Underline only the first or the last word of the match (the cue inside its context). */
  cueAt?: 'first' | 'last';
  /** Widens the underlined span by this many tokens after the match. */
  extend?: (m: MatchView) => number;
}

export interface PhraseTable {
  classes: WordClasses;
  entries: PhraseEntry[];
}

/** A stretch a detector found, before suppressors and configuration have their say. */
export interface Candidate {
  offset: number;
  length: number;
  /** A finer note that changes the message, e.g. which statistic form was seen. */
  detail?: string;
  /**
   * Other places the same finding could go, best first, for when this one lies inside another
   * rule's finding and would be dropped as a repeat (the hedge's next-weightiest cue).
   */
  alternatives?: Candidate[];
  /**
   * The claim goes on from the sentence before it whatever its opening, so a source named there (in
   * the same paragraph) answers it: "A complaint filed by the SEC ... . Mr. Vell was accused of
   * taking $5 million" (the figure is the complaint's).
   */
  followsSource?: boolean;
  /** Why the detector is unsure of this one: the finding is shown as information, not a warning. */
  unsure?: string;
  /**
   * Found by the general speaker detector rather than the rule's own patterns: where another rule's
   * finding covers the same words, that rule's more specific reading wins ("Experts warn" is
   * unnamed research, not a vague majority).
   */
  generic?: boolean;
}

/**
 * A fix a rule offers, in the order given: a marker (`[citation needed]`, `[who?]`, `[by whom?]`),
 * "said" for a loaded speech verb, or removing the flagged word. Every finding also gets "ignore".
 */
export type FixKind = 'citation-needed' | 'who' | 'by-whom' | 'said' | 'remove-word';

/**
 * Everything about one check. The engine, the `.whosays.json` schema, the editor settings and the
 * rule tables of the docs all read it from here (`npm run generate` writes the generated parts), so
 * a new rule is its module, a line in RULES (rules/index.ts) and its page in docs/rules/. A rule's
 * place in RULES is its priority: when two weasel or unattributed findings overlap, the one of the
 * rule listed first is kept (at the same offset; otherwise the earlier one).
 */
export interface Rule {
  /** `category/name`: a stable public identifier (output, configuration, comments). Never rename one. */
  id: RuleId;
  category: Category;
  defaultSeverity: Severity;
  /** Profiles that switch the rule on; absent means every profile. */
  profiles?: readonly Profile[];
  /** What it flags, in one line with examples: the "Flags" column of docs/rules/README.md, the schema's and the settings' description. */
  description: string;
  /** What a finding underlines: the "span" column of docs/spans.md. */
  span: string;
  /** One sentence a writer understands, given the flagged words and the candidate's `detail`. */
  message: (flagged: string, detail?: string) => string;
  why: string;
  guideline: string;
  phrases?: PhraseTable;
  /** Detectors that are not phrase lists (numbers, for instance). */
  scan?: (tokens: readonly Token[], names: NameBook) => Candidate[];
  /** Examples for detectors that are not phrase-table entries: run as tests. */
  examples?: { flag: string[]; pass: string[] };
  /** Fixes, the preferred first. */
  fixes: readonly FixKind[];
  /**
   * A style finding of this rule that starts inside a weasel or unattributed finding says the same
   * thing again ("it is widely believed" holds a hedge) and is dropped. Without it, style findings
   * stand beside the others. (Weasel and unattributed findings never overlap one another: see RULES.)
   */
  droppedInsideClaims?: boolean;
  /**
   * `attribution`: citations, named sources and quotations all clear the finding.
   * `quotation`: only quotations do (style: a named source does not make "claimed" neutral).
   */
  clearedBy: 'attribution' | 'quotation';
  /**
   * The flagged words head the subject ("a source close to the minister said"): the rest of that
   * subject, up to its verb, is part of the vagueness and cannot name the source.
   */
  flagsSubject?: boolean;
  /**
   * Where `[who?]` goes: after how many of the flagged tokens. Editors tag the vague holder itself
   * ("Many historians[who?] believe"), not the verb after it. Absent: after the whole span.
   */
  holderEnd?: (span: readonly Token[]) => number;
  /** A better version of the sentence, given its text and the flagged span within it. */
  rewrite?: (sentence: string, spanStart: number, spanEnd: number) => string | undefined;
}
