// lint(): text in, findings out. Pure: no editor, no protocol, no Node.

import type { EngineConfig, Finding, LintOptions, MarkupLanguage, RuleSetting, Severity } from './types';
import type { Candidate, PhraseEntry, Rule } from './rules/rule';
import { MatchView } from './rules/rule';
import { admits } from './rules/exclusions';
import { RULES } from './rules';
import { PhraseSet } from './phrases';
import { readProse, languageFromId } from './markup';
import type { ProseView, Span } from './markup/proseView';
import { splitSentences, type Sentence } from './text/sentences';
import { isCapitalized, tokenize, type Token } from './text/tokens';
import { firstAtOrAfter, StretchIndex } from './text/search';
import { NameBook } from './text/names';
import { SentenceSources } from './attribution';
import { forgetRecentSpeakers } from './speakers';
import { anySpanStartsIn, findQuotations, inSpans } from './quotations';
import { buildFixes, markerTexts } from './fixes';
import { documentConventions, withConfiguredMarkers } from './markerPlacement';
import { allowed } from './allowPhrases';
import { LineIndex, lineBreakOf } from './lineIndex';

interface CompiledEntry {
  rule: Rule;
  entry: PhraseEntry;
}

// One trie for every table: a single pass per sentence finds all phrases of all rules.
const PHRASES = new PhraseSet<CompiledEntry>();
for (const rule of RULES) {
  for (const entry of rule.phrases?.entries ?? []) PHRASES.add(entry.pattern, { rule, entry }, rule.phrases!.classes);
}

const MAX_REWRITE = 1000;
const TRAILING_PREPOSITIONS = new Set(['with', 'to', 'on', 'of', 'within', 'inside', 'at', 'in']);

export const DEFAULT_CONFIG: EngineConfig = { profile: 'default', rules: {}, allow: [], markers: {}, markerPlacement: {} };

export function resolveConfig(config: Partial<EngineConfig> | undefined): EngineConfig {
  return {
    profile: config?.profile ?? 'default',
    rules: config?.rules ?? {},
    allow: config?.allow ?? [],
    markers: config?.markers ?? {},
    markerPlacement: config?.markerPlacement ?? {},
  };
}

/** The severity a rule runs at under `config`, or 'off'. A rule id setting wins over its category's. */
export function ruleSetting(rule: Rule, config: EngineConfig): RuleSetting {
  const explicit = config.rules[rule.id] ?? config.rules[rule.category];
  if (explicit) return explicit;
  if (rule.profiles && !rule.profiles.includes(config.profile)) return 'off';
  return rule.defaultSeverity;
}

/** Candidates of one sentence, per rule, overlapping matches of a rule merged into one span. */
function candidatesIn(tokens: readonly Token[], enabled: ReadonlySet<Rule>, names: NameBook): Map<Rule, Candidate[]> {
  const byRule = new Map<Rule, Candidate[]>();
  const add = (rule: Rule, c: Candidate) => {
    const list = byRule.get(rule);
    if (list) list.push(c);
    else byRule.set(rule, [c]);
  };
  for (const match of PHRASES.matchAll(tokens)) {
    const { rule, entry } = match.entry;
    if (!enabled.has(rule)) continue;
    const view = new MatchView(tokens, match.first, match.last);
    if (!admits(entry, view, rule.phrases!.classes)) continue;
    const width = match.last - match.first;
    const [dropStart, dropEnd] = entry.cueAt === 'first' ? [0, width - 1] : entry.cueAt === 'last' ? [width - 1, 0] : (entry.trim ?? [0, 0]);
    const first = tokens[match.first + dropStart];
    const last = tokens[Math.min(tokens.length - 1, match.last - 1 - dropEnd + (entry.extend?.(view) ?? 0))];
    add(rule, { offset: first.start, length: last.end - first.start });
  }
  for (const rule of enabled) {
    if (rule.scan) for (const c of rule.scan(tokens, names)) add(rule, c);
  }
  yieldGeneric(byRule);
  for (const [rule, list] of byRule) byRule.set(rule, mergeOverlaps(list));
  return byRule;
}

function mergeOverlaps(list: Candidate[]): Candidate[] {
  list.sort((a, b) => a.offset - b.offset || b.length - a.length);
  const merged: Candidate[] = [];
  for (const c of list) {
    const last = merged[merged.length - 1];
    if (last && c.offset < last.offset + last.length) {
      const end = Math.max(last.offset + last.length, c.offset + c.length);
      last.length = end - last.offset;
      // One sure match makes the merged finding sure, one specific match makes it specific.
      if (!c.unsure) delete last.unsure;
      if (!c.generic) delete last.generic;
    } else {
      merged.push({ ...c });
    }
  }
  return merged;
}

/** The tokens lying wholly within [from, to), found by binary search: sentences can be long. */
function tokensIn(tokens: readonly Token[], from: number, to: number): Token[] {
  const lo = firstAtOrAfter(tokens, from, (t) => t.start);
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i].end <= to && out.length < 64; i++) out.push(tokens[i]);
  return out;
}

/** The document's lines, counted the one way the whole project counts them (CR, LF and CRLF alike); built when first needed. */
class Lines {
  private index?: LineIndex;
  private eol?: string;
  constructor(private readonly source: string) {}

  get lineIndex(): LineIndex {
    this.index ??= new LineIndex(this.source);
    return this.index;
  }

  /** The line break an inserted line takes: the document's own. */
  get lineBreak(): string {
    this.eol ??= lineBreakOf(this.source);
    return this.eol;
  }
}

/** Rules silenced by `whosays-disable` and, per line, by `whosays-ignore-next-line`. */
function readDirectives(view: ProseView, lines: Lines) {
  const disabled: string[][] = [];
  const ignoredLines = new Map<number, string[][]>();
  for (const d of view.directives) {
    if (d.kind === 'disable') disabled.push(d.rules);
    else {
      const line = lines.lineIndex.lineAt(d.offset) + 1;
      const list = ignoredLines.get(line) ?? [];
      list.push(d.rules);
      ignoredLines.set(line, list);
    }
  }
  const names = (rule: Rule, rules: string[]) => rules.length === 0 || rules.includes(rule.id) || rules.includes(rule.category);
  return {
    fileDisables: (rule: Rule) => disabled.some((rules) => names(rule, rules)),
    lineIgnores: (rule: Rule, offset: number) => {
      if (ignoredLines.size === 0) return false;
      const entries = ignoredLines.get(lines.lineIndex.lineAt(offset));
      return entries !== undefined && entries.some((rules) => names(rule, rules));
    },
  };
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  const language: MarkupLanguage = languageFromId(options.languageId);
  const config = resolveConfig(options.config);
  const view = readProse(text, language);
  const lines = new Lines(text);
  const directives = readDirectives(view, lines);

  const enabled = new Set<Rule>();
  const severities = new Map<Rule, Severity>();
  for (const rule of RULES) {
    const setting = ruleSetting(rule, config);
    if (setting === 'off' || directives.fileDisables(rule)) continue;
    enabled.add(rule);
    severities.set(rule, setting);
  }
  if (enabled.size === 0) return [];

  const citations = withConfiguredMarkers(text, view.citations, config.markers[language]);
  const conventions = options.conventions ?? documentConventions(text, language, config, citations);
  const markers = markerTexts(language, config, options.now ?? new Date(), conventions.todo);
  const sentences = splitSentences(view.text, view.blocks);
  const tokenCache = new Map<Sentence, Token[]>();
  const tokensOf = (s: Sentence) => {
    let tokens = tokenCache.get(s);
    if (!tokens) {
      tokens = tokenize(view.text, s.start, s.end);
      tokenCache.set(s, tokens);
    }
    return tokens;
  };
  // Names are read per block, not per document: a block never crosses a blank line, so the server's
  // paragraph cache (lsp/paragraphs.ts) still lints each paragraph alone exactly as inside the whole.
  const namesByBlock = new Map<number, NameBook>();
  /** The NameBook of a sentence's block; a block's sentences are contiguous, found by walking out from it. */
  const namesOf = (sentence: Sentence) => {
    const block = sentence.block;
    let book = namesByBlock.get(block);
    if (!book) {
      book = new NameBook(() => {
        const index = firstAtOrAfter(sentences, sentence.start, (s) => s.start);
        let first = index;
        while (first > 0 && sentences[first - 1].block === block) first--;
        let last = index;
        while (last + 1 < sentences.length && sentences[last + 1].block === block) last++;
        return sentences.slice(first, last + 1).map(tokensOf);
      });
      namesByBlock.set(block, book);
    }
    return book;
  };
  const quotationsByBlock = new Map<number, Span[]>();
  const quotationsOf = (block: number) => {
    let spans = quotationsByBlock.get(block);
    if (!spans) {
      const b = view.blocks[block];
      spans = findQuotations(view.text, b.start, b.end);
      quotationsByBlock.set(block, spans);
    }
    return spans;
  };
  const sourcesCache = new Map<Sentence, SentenceSources>();
  const sourcesOf = (s: Sentence) => {
    let sources = sourcesCache.get(s);
    if (!sources) {
      sources = new SentenceSources(tokensOf(s), namesOf(s));
      sourcesCache.set(s, sources);
    }
    return sources;
  };
  const cited = (s: Sentence) => anySpanStartsIn(citations, s.start, s.reach);
  /**
   * News attributes once per paragraph: a claim that plainly goes on from the sentence before it,
   * in its paragraph, keeps that sentence's source ("The ministry's figures showed ... . But exports
   * fell 3 percent."). Plainly: the sentence opens by pointing back (a pronoun, "But", "Similarly").
   * Measured on the news development set, reaching further back than one sentence cleared real claims.
   * A candidate marked `followsSource` goes on from the sentence before whatever its opening (Candidate).
   */
  const paragraphSourced = (index: number, followsSource = false): boolean => {
    const previous = sentences[index - 1];
    if (previous === undefined || previous.block !== sentences[index].block || !(followsSource || continues(tokensOf(sentences[index])))) return false;
    return cited(previous) || sourcesOf(previous).hits.length > 0;
  };

  const findings: Finding[] = [];
  let currentBlock = -1;
  sentences.forEach((sentence, index) => {
    // Nothing looks beyond its own block: what the last block cached is dropped, so a long document
    // keeps one block's tokens alive at a time (less memory, and less for the garbage collector to move).
    if (sentence.block !== currentBlock) {
      currentBlock = sentence.block;
      tokenCache.clear();
      sourcesCache.clear();
      namesByBlock.clear();
      quotationsByBlock.clear();
    }
    const tokens = tokensOf(sentence);
    if (tokens.length === 0) return;
    const sentenceFirst = findings.length;
    const blockKind = view.blocks[sentence.block].kind;
    const candidates = candidatesIn(tokens, enabled, namesOf(sentence));
    /** The finding a candidate makes in this sentence, or undefined when something clears it. */
    const findingFor = (rule: Rule, c: Candidate): Finding | undefined => {
      const flagged = text.slice(c.offset, c.offset + c.length);
      if (inSpans(view.quotations, c.offset) || inSpans(quotationsOf(sentence.block), c.offset)) return undefined;
      if (allowed(flagged, config.allow) || directives.lineIgnores(rule, c.offset)) return undefined;
      let severity = severities.get(rule)!;
      let downgradedBecause: string | undefined;
      if (c.unsure) {
        downgradedBecause = c.unsure;
        if (severity === 'error' || severity === 'warning') severity = 'information';
      }
      if (rule.clearedBy === 'attribution') {
        const sources = sourcesOf(sentence);
        const ignoredEnd = rule.flagsSubject ? Math.max(c.offset + c.length, sources.nextSourceVerb(c.offset + c.length)) : c.offset + c.length;
        if (cited(sentence) || sources.namedOutside(c.offset, ignoredEnd, rule.category === 'unattributed')) return undefined;
        if (rule.category === 'weasel' && sources.holderNamed(c.offset, c.offset + c.length)) return undefined;
        if (rule.category === 'unattributed' && paragraphSourced(index, c.followsSource)) return undefined;
        const next = sentences[index + 1];
        if (next && next.block === sentence.block && (cited(next) || sourcesOf(next).hits.length > 0)) {
          // A topic sentence may summarise when the attribution follows right after.
          downgradedBecause = 'the next sentence names the source';
          if (severity === 'error' || severity === 'warning') severity = 'information';
        }
      }
      // A list item ending in ";" or "," takes the marker before that mark, as before a full stop.
      let terminal = sentence.terminal;
      while (terminal === sentence.end && terminal > c.offset + c.length && /[;,:]/.test(text.charAt(terminal - 1))) terminal--;
      // A rewrite is offered for sentences a reader can take in; a run-on page gets none.
      const sentenceText = sentence.end - sentence.start <= MAX_REWRITE ? text.slice(sentence.start, sentence.end) : undefined;
      const suggestion = sentenceText === undefined ? undefined : rule.rewrite?.(sentenceText, c.offset - sentence.start, c.offset + c.length - sentence.start);
      let markerAt: number | undefined;
      if (rule.holderEnd) {
        const span = tokensIn(tokens, c.offset, c.offset + c.length);
        if (span.length > 0) markerAt = span[rule.holderEnd(span) - 1].end;
        // "People familiar with the talks said": the holder runs on to its verb.
        if (rule.flagsSubject && span.length > 0 && TRAILING_PREPOSITIONS.has(span[span.length - 1].lower)) {
          const verbAt = sourcesOf(sentence).nextSourceVerb(c.offset + c.length);
          const beforeVerb = tokensIn(tokens, c.offset + c.length, verbAt).filter((t) => t.kind !== 'punct');
          if (beforeVerb.length > 0 && beforeVerb.length <= 8) markerAt = beforeVerb[beforeVerb.length - 1].end;
        }
      }
      const lineStart = lines.lineIndex.lineStart(lines.lineIndex.lineAt(c.offset));
      const commentable = view.uncommentable === undefined || !inSpans(view.uncommentable, lineStart);
      return {
        rule: rule.id,
        category: rule.category,
        severity,
        message: rule.message(flagged.replace(/\s+/g, ' '), c.detail),
        offset: c.offset,
        length: c.length,
        text: flagged,
        explanation: { why: rule.why, guideline: rule.guideline, ...(suggestion && suggestion !== sentenceText ? { suggestion } : {}) },
        fixes: buildFixes(rule.fixes, { source: text, language, rule: rule.id, offset: c.offset, length: c.length, terminal, sentenceEnd: sentence.end, lineStart, commentable, eol: lines.lineBreak, markerAt, markers, placement: conventions.placement }),
        ...(downgradedBecause ? { downgradedBecause } : {}),
      };
    };
    const movable: Array<[Finding, Rule, Candidate[]]> = [];
    for (const [rule, list] of candidates) {
      // Headings, table cells and spec lines are labels, not claims.
      // So are headlines in plain text ("Mayor Wins Third Term") and questions, which assert nothing.
      if (rule.category === 'unattributed' && (blockKind === 'heading' || blockKind === 'table-cell' || (blockKind === 'list-item' && specLine(sentence, tokens)) || asksOrHeadlines(text, sentence, tokens))) continue;
      for (const c of list) {
        const finding = findingFor(rule, c);
        if (!finding) continue;
        if (c.alternatives?.length) movable.push([finding, rule, c.alternatives]);
        findings.push(finding);
      }
    }
    dropClaimsOfVagueSources(findings, sentenceFirst);
    if (movable.length > 0) moveCoveredStyle(findings, sentenceFirst, movable, findingFor);
  });
  forgetRecentSpeakers();
  return dropOverlaps(findings);
}

/**
 * A generic detector's candidate gives way to another rule's own candidate on the same words,
 * before anything clears or silences either: ignoring the specific finding must not uncover the generic one.
 */
function yieldGeneric(byRule: Map<Rule, Candidate[]>): void {
  for (const [rule, list] of byRule) {
    if (!list.some((c) => c.generic)) continue;
    // Another rule's own reading wins; the same rule's merges with it (mergeOverlaps).
    const others = new StretchIndex([...byRule].filter(([other]) => other !== rule && other.category !== 'style').flatMap(([, candidates]) => candidates.filter((c) => !c.generic)));
    byRule.set(rule, list.filter((c) => !c.generic || !others.overlaps(c.offset, c.offset + c.length)));
  }
}

/**
 * A style finding inside another rule's finding repeats it and is dropped (dropOverlaps); one with
 * somewhere else to go moves there instead, to its first alternative that no other rule's finding
 * covers and no finding of its own rule overlaps. Only the sentence's findings (from `first` on)
 * count. The hedge offers one movable finding per sentence, with every other cue of the sentence as
 * an alternative: the checks are binary searches, or a long sentence would cost cues x findings.
 */
function moveCoveredStyle(
  findings: Finding[],
  first: number,
  movable: ReadonlyArray<[Finding, Rule, Candidate[]]>,
  findingFor: (rule: Rule, c: Candidate) => Finding | undefined,
): void {
  const ofSentence = (test: (g: Finding) => boolean) => findings.slice(first).filter(test);
  let claims = new StretchIndex(ofSentence((g) => g.category !== 'style'));
  for (const [finding, rule, alternatives] of movable) {
    const at = findings.indexOf(finding, first);
    if (at < 0 || !claims.holds(finding.offset)) continue;
    const ownRule = new StretchIndex(ofSentence((g) => g !== finding && g.rule === rule.id));
    for (const alternative of alternatives) {
      if (claims.overlaps(alternative.offset, alternative.offset + alternative.length) || ownRule.overlaps(alternative.offset, alternative.offset + alternative.length)) continue;
      const moved = findingFor(rule, alternative);
      if (moved) {
        findings[at] = moved;
        if (moved.category !== 'style') claims = new StretchIndex(ofSentence((g) => g.category !== 'style'));
        break;
      }
    }
  }
}

// Openings that go on with the speaker of the sentence before: "Clarke said ... . But right now he
// is offsetting only 10 percent." Not "It" or "This": those point back to the topic ("It is the
// oldest clock in the country"), whose claims still need their own source.
const CONTINUERS = new Set(['he', 'she', 'they', 'but', 'and', 'also', 'similarly', 'likewise', 'still', 'yet', 'meanwhile', 'moreover', 'furthermore', 'in']);

/** The sentence opens by pointing back to the one before (its first word, or its first after a conjunction). */
function continues(tokens: readonly Token[]): boolean {
  const words: Token[] = [];
  for (let i = 0; i < tokens.length && words.length < 2; i++) if (tokens[i].kind === 'word') words.push(tokens[i]);
  if (words.length === 0) return false;
  if (words[0].lower === 'in') return words[1]?.lower === 'addition';
  return CONTINUERS.has(words[0].lower);
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'but', 'at', 'by', 'with', 'as', 'from', 'over', 'up', 'vs', 'is']);

/** A question, or a title-case line: "Visa Program Up for Renewal Amid Fraud Claims". */
function asksOrHeadlines(text: string, sentence: Sentence, tokens: readonly Token[]): boolean {
  if (text.charAt(sentence.terminal) === '?') return true;
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || MINOR_WORDS.has(t.lower)) continue;
    words++;
    if (isCapitalized(t)) capitals++;
  }
  return words >= 4 && capitals >= words * 0.8;
}

/**
 * "Battery: up to six weeks", a list item that is a short label, a colon and a fragment with no
 * full stop: a line of a spec list, read as the table row it stands for.
 */
function specLine(sentence: Sentence, tokens: readonly Token[]): boolean {
  if (sentence.terminal !== sentence.end) return false;
  for (let i = 1; i < tokens.length && i <= 3; i++) {
    if (tokens[i].text === ':') return tokens.slice(0, i).every((t) => t.kind === 'word') && isCapitalized(tokens[0]);
  }
  return false;
}

/**
 * "Many critics have called her the most important new voice": the superlative is what the vague
 * source says, and naming the source fixes both, so one finding (the weasel) is enough. Unattributed
 * findings of the sentence (from `first` on) that come after a weasel finding are removed in place.
 */
function dropClaimsOfVagueSources(findings: Finding[], first: number): void {
  let weasel: Finding | undefined;
  for (let i = first; i < findings.length; i++) if (findings[i].category === 'weasel' && (!weasel || findings[i].offset < weasel.offset)) weasel = findings[i];
  if (!weasel) return;
  let kept = first;
  for (let i = first; i < findings.length; i++) {
    const f = findings[i];
    if (f.category === 'unattributed' && f.offset > weasel.offset) {
      cover(weasel, f);
      continue;
    }
    findings[kept++] = f;
  }
  findings.length = kept;
}

/** Records on `shown` that it stands for `left` (and for whatever `left` stood for). */
function cover(shown: Finding, left: Finding): void {
  const covers = (shown.covers ??= []);
  covers.push({ rule: left.rule, text: left.text, message: left.message });
  if (left.covers) covers.push(...left.covers);
}

/** Two source-hiding rules on the same words say one thing: keep the rule listed first in RULES, or the longer span. */
function dropOverlaps(findings: Finding[]): Finding[] {
  const order = new Map(RULES.map((r, i) => [r.id as string, i]));
  const droppedInside = new Set<string>(RULES.filter((r) => r.droppedInsideClaims).map((r) => r.id));
  findings.sort((a, b) => a.offset - b.offset || order.get(a.rule)! - order.get(b.rule)!);
  const kept: Finding[] = [];
  // Sorted by offset, so a clash can only be with the furthest-reaching source-hiding finding so far.
  let reach = -1;
  let reaching: Finding | undefined;
  for (const f of findings) {
    if (f.category === 'style') {
      // A hedge inside a weasel phrase ("it is widely believed") says the same thing again (Rule.droppedInsideClaims).
      if (droppedInside.has(f.rule) && f.offset < reach) {
        cover(reaching!, f);
        continue;
      }
      // Two style rules on exactly the same words ("most famous" as praise and as a judgement stated
      // as fact, in the hedging profile): one finding, the later-listed rule's, which says more.
      const last = kept[kept.length - 1];
      if (last?.category === 'style' && last.offset === f.offset && last.length === f.length) cover(f, kept.pop()!);
      kept.push(f);
      continue;
    }
    if (f.offset < reach) {
      cover(reaching!, f);
      continue;
    }
    kept.push(f);
    reach = f.offset + f.length;
    reaching = f;
  }
  return kept;
}
