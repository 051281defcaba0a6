// "Hide this finding": findings the writer hid, stored by the client outside the document (the VS
// Code extension keeps them in its workspace state) and sent back per document as the `hidden`
// entry of the `whosays` settings section. A finding is identified by its rule, its flagged words
// and the sentence around them, each normalized, never by offsets: an edit elsewhere in the
// paragraph keeps it hidden, a rewrite of its own sentence brings it back.

import type { Finding } from '../engine/types';
import { isObject } from './protocolGuards';
import { RULE_IDS } from '../engine/ruleIds';

export interface HiddenFinding {
  rule: string;
  /** The flagged words, normalized. */
  words: string;
  /** The sentence around them, normalized (at most MAX_SENTENCE characters). */
  sentence: string;
}

/** Bounds on what the client sends: a forged settings section must not make us spin or allocate. */
const MAX_HIDDEN = 2_000;
const MAX_SENTENCE = 400;
const MAX_WORDS = 200;
/** How far to look for the sentence's ends on each side of the flagged words. */
const SENTENCE_REACH = 600;
const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);

/** Lower case, whitespace collapsed: a re-wrapped line or a changed capital is the same text. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

const SENTENCE_OR_PARAGRAPH_END = /[.!?]["'”’)\]]*\s|\n[ \t]*\n/g;

/**
 * The sentence around `offset..offset+length`: from after the previous sentence end or blank line
 * to the next one, within SENTENCE_REACH characters. Deliberately simple: the same text always
 * gives the same sentence, which is all a key needs.
 */
export function sentenceAround(text: string, offset: number, length: number): string {
  const from = Math.max(0, offset - SENTENCE_REACH);
  const to = Math.min(text.length, offset + length + SENTENCE_REACH);
  const before = text.slice(from, offset);
  let start = from;
  for (const match of before.matchAll(SENTENCE_OR_PARAGRAPH_END)) start = from + match.index + match[0].length;
  const after = text.slice(offset + length, to);
  const next = /[.!?]["'”’)\]]*(?=\s|$)|\n[ \t]*\n/.exec(after);
  const end = next ? offset + length + next.index + (next[0].startsWith('\n') ? 0 : next[0].length) : to;
  return text.slice(start, end);
}

/** The key that hides one finding of `text`. */
export function hiddenKey(text: string, finding: Pick<Finding, 'rule' | 'offset' | 'length'>): HiddenFinding {
  return {
    rule: finding.rule,
    words: normalizeText(text.slice(finding.offset, finding.offset + finding.length)).slice(0, MAX_WORDS),
    sentence: normalizeText(sentenceAround(text, finding.offset, finding.length)).slice(0, MAX_SENTENCE),
  };
}

function boundedString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** One entry as the client sent it, checked; undefined when it is malformed. */
export function readHiddenFinding(value: unknown): HiddenFinding | undefined {
  if (!isObject(value) || typeof value.rule !== 'string' || !KNOWN_RULES.has(value.rule)) return undefined;
  if (!boundedString(value.words, MAX_WORDS) || !boundedString(value.sentence, MAX_SENTENCE)) return undefined;
  return { rule: value.rule, words: value.words, sentence: value.sentence };
}

/** The `hidden` entry of the settings section: malformed entries are dropped, the list is bounded. */
export function readHidden(raw: unknown): HiddenFinding[] {
  if (!Array.isArray(raw)) return [];
  const out: HiddenFinding[] = [];
  for (const entry of raw.slice(0, MAX_HIDDEN)) {
    const checked = readHiddenFinding(entry);
    if (checked) out.push(checked);
  }
  return out;
}

function keyString(key: HiddenFinding): string {
  return `${key.rule}\u0000${key.words}\u0000${key.sentence}`;
}

/** Which of `findings` are not hidden (all of them when nothing is hidden). */
export function visibleMask(text: string, findings: readonly Finding[], hidden: readonly HiddenFinding[]): boolean[] {
  if (hidden.length === 0) return findings.map(() => true);
  const keys = new Set(hidden.map(keyString));
  return findings.map((finding) => !keys.has(keyString(hiddenKey(text, finding))));
}
