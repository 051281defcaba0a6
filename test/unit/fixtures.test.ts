// Labelled fixture documents: every expected finding is marked inline as ⟦flagged words|rule-id⟧
// (see test/support/fixtureFormat.ts). The engine must report exactly those findings, its quick
// fixes must clear what they fix with the right marker for the language, and its ignore fix must
// silence exactly one finding.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULE_IDS, languageFromId, lint } from '../../server/src/engine/index';
import type { Finding, Fix, LintOptions, MarkupLanguage, TextEdit } from '../../server/src/engine/types';
import { parseFixture, type Fixture } from '../support/fixtureFormat';

const FIXTURE_DIR = path.resolve(__dirname, '../fixtures');
const NOW = new Date(2026, 10, 25);

/** What each fixture extension must be read as. */
const EXPECTED_LANGUAGE: Record<string, MarkupLanguage> = {
  md: 'markdown',
  txt: 'plaintext',
  html: 'html',
  tex: 'latex',
  wiki: 'wikitext',
};

/** Markers the fixes must insert, per language (checks.md, "Quick fixes the editor offers"). */
const MARKERS: Record<MarkupLanguage, { citationNeeded: string; who: string; byWhom: string }> = {
  plaintext: { citationNeeded: '[citation needed]', who: '[who?]', byWhom: '[by whom?]' },
  markdown: { citationNeeded: '[citation needed]', who: '[who?]', byWhom: '[by whom?]' },
  html: { citationNeeded: '[citation needed]', who: '[who?]', byWhom: '[by whom?]' },
  latex: { citationNeeded: '\\todo{citation needed}', who: '\\todo{who?}', byWhom: '\\todo{by whom?}' },
  wikitext: {
    citationNeeded: '{{citation needed|date=November 2026}}',
    who: '{{who|date=November 2026}}',
    byWhom: '{{by whom|date=November 2026}}',
  },
};

/** Neutral replacements a "said" fix may offer for a loaded speech verb. */
const NEUTRAL = new Set(['said', 'says', 'say', 'saying']);

type SourceFix = Fix & { kind: 'citation-needed' | 'who' | 'by-whom' | 'said' };
const SOURCE_FIX_KINDS = new Set<Fix['kind']>(['citation-needed', 'who', 'by-whom', 'said']);

interface Case {
  file: string;
  marked: string;
  fixture: Fixture;
  language: MarkupLanguage;
  options: LintOptions;
}

function loadCases(): Case[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => !file.startsWith('.'))
    .sort()
    .map((file) => {
      const marked = readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
      const extension = path.extname(file).slice(1).toLowerCase();
      const language = languageFromId(extension);
      const options: LintOptions = { languageId: language, now: NOW };
      if (file === 'hedges.md') options.config = { profile: 'hedging' };
      return { file, marked, fixture: parseFixture(marked), language, options };
    });
}

const CASES = loadCases();

// ---------------------------------------------------------------------------------------------
// Helpers

interface Located {
  rule: string;
  offset: number;
  length: number;
}

function key(f: Located): string {
  return `${f.rule}@${f.offset}+${f.length}`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** "line 17: weasel/vague-majority «Many residents» in: …the words around it…" */
function describeAt(text: string, f: Located): string {
  const words = text.slice(f.offset, f.offset + f.length).replace(/\s+/g, ' ');
  const from = Math.max(0, f.offset - 40);
  const to = Math.min(text.length, f.offset + f.length + 40);
  const context = `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
  return `line ${lineOf(text, f.offset)}: ${f.rule} «${words}» in: ${context}`;
}

/** A readable diff of two finding sets over `text`, or '' when they are equal. */
function diffFindings(text: string, expected: readonly Located[], actual: readonly Located[]): string {
  const expectedKeys = new Set(expected.map(key));
  const actualKeys = new Set(actual.map(key));
  const byPosition = (a: Located, b: Located) => a.offset - b.offset || a.rule.localeCompare(b.rule);
  const missing = expected.filter((f) => !actualKeys.has(key(f))).sort(byPosition);
  const unexpected = actual.filter((f) => !expectedKeys.has(key(f))).sort(byPosition);
  if (missing.length === 0 && unexpected.length === 0) return '';
  const lines = [`${missing.length} missing, ${unexpected.length} unexpected`];
  for (const f of missing) lines.push(`  missing     ${describeAt(text, f)}`);
  for (const f of unexpected) lines.push(`  unexpected  ${describeAt(text, f)}`);
  return lines.join('\n');
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].offset + sorted[i].length <= sorted[i - 1].offset, `overlapping edits: ${JSON.stringify(edits)}`);
  }
  let out = text;
  for (const e of sorted) {
    assert.ok(e.offset >= 0 && e.offset + e.length <= out.length, `edit out of range: ${JSON.stringify(e)}`);
    out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  }
  return out;
}

/** Where the range [start, end) of the old text lies after the edits (text inserted at `start` goes before it). */
function mapRange(start: number, end: number, edits: readonly TextEdit[]): { start: number; end: number } {
  let s = start;
  let e = end;
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  for (const edit of sorted) {
    const delta = edit.newText.length - edit.length;
    if (edit.offset + edit.length <= s && (edit.length > 0 || edit.offset <= s)) {
      s += delta;
      e += delta;
    } else if (edit.offset >= e) {
      // after the range: nothing moves
    } else {
      // the edit touches the range: the range now covers the replacement too
      const newEnd = Math.max(e + delta, edit.offset + edit.newText.length);
      s = Math.min(s, edit.offset);
      e = newEnd;
    }
  }
  return { start: s, end: e };
}

function overlaps(f: Located, start: number, end: number): boolean {
  return f.offset < end && f.offset + f.length > start;
}

function matchCaseOf(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model.charAt(0) !== model.charAt(0).toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** Problems with the shape of one source fix (marker text and position), or [] when it looks right. */
function checkFixShape(c: Case, f: Finding, fix: SourceFix): string[] {
  const problems: string[] = [];
  const text = c.fixture.text;
  const end = f.offset + f.length;
  const markers = MARKERS[c.language];
  if (fix.kind === 'said') {
    const e = fix.edits[0];
    if (fix.edits.length !== 1 || e.offset !== f.offset || e.length !== f.length) {
      problems.push(`"said" fix should replace exactly the flagged verb, got ${JSON.stringify(fix.edits)}`);
    } else if (!NEUTRAL.has(e.newText.toLowerCase()) || e.newText !== matchCaseOf(f.text, e.newText.toLowerCase())) {
      problems.push(`"said" fix replaces «${f.text}» with «${e.newText}», expected a case-matched form of said/says/say/saying`);
    }
    return problems;
  }
  const expectedMarker = fix.kind === 'citation-needed' ? markers.citationNeeded : fix.kind === 'who' ? markers.who : markers.byWhom;
  if (fix.edits.length !== 1 || fix.edits[0].length !== 0) {
    problems.push(`${fix.kind} fix should be one insertion, got ${JSON.stringify(fix.edits)}`);
    return problems;
  }
  const e = fix.edits[0];
  if (e.newText.trim() !== expectedMarker) problems.push(`${fix.kind} fix inserts «${e.newText}», expected «${expectedMarker}» for ${c.language}`);
  if (fix.kind === 'citation-needed') {
    if (e.offset < end) problems.push(`[citation needed] inserted at ${e.offset}, inside or before the flagged words (which end at ${end})`);
    // At the end of the sentence: right before or right after its final punctuation (as the
    // document places markers), not in the middle of a word run.
    const afterPunctuation = /[.!?\u2026;:,]["'\u201d\u2019\u00bb)]*$/u.test(text.slice(Math.max(0, e.offset - 4), e.offset));
    const beforePunctuation = /^[.!?\u2026;:,]/u.test(text.slice(e.offset));
    if (!afterPunctuation && !beforePunctuation && /^[ \t]*[\p{L}\p{N}]/u.test(text.slice(e.offset))) {
      problems.push(`[citation needed] inserted mid-sentence: …${text.slice(Math.max(0, e.offset - 30), e.offset)}⸢here⸣${text.slice(e.offset, e.offset + 30)}…`);
    }
  } else {
    // Editors tag the vague holder itself: "Many historians[who?] believe", "Sources[who?] say",
    // "People familiar with the talks[who?] said". So: at the end of a word, from inside the flagged
    // words to the end of the holder's noun phrase, never inside a word and never before the span.
    const atWordEnd = /[\p{L}\p{N}]/u.test(text.charAt(e.offset - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(e.offset));
    const sentenceEnd = text.slice(end).search(/[.!?\n]/);
    if (!atWordEnd || e.offset <= f.offset || (sentenceEnd >= 0 && e.offset > end + sentenceEnd)) {
      problems.push(`${fix.kind} marker should follow a word of the flagged holder (span ${f.offset}-${end}), got offset ${e.offset}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The fixture set itself

describe('fixture set', () => {
  test('one or more fixtures per markup language, each read as its language', () => {
    const seen = new Set(CASES.map((c) => path.extname(c.file).slice(1)));
    for (const extension of Object.keys(EXPECTED_LANGUAGE)) assert.ok(seen.has(extension), `no .${extension} fixture`);
    for (const c of CASES) {
      const extension = path.extname(c.file).slice(1);
      assert.equal(c.language, EXPECTED_LANGUAGE[extension], `languageFromId("${extension}") for ${c.file}`);
    }
  });

  test('every rule is expected at least once; hedges only in hedges.md', () => {
    const counts = new Map<string, number>();
    for (const c of CASES) {
      for (const f of c.fixture.expected) {
        assert.ok((RULE_IDS as readonly string[]).includes(f.rule), `${c.file}: unknown rule id "${f.rule}" on ${describeAt(c.fixture.text, f)}`);
        if (f.rule === 'style/hedge') assert.equal(c.file, 'hedges.md', `hedge label outside hedges.md: ${describeAt(c.fixture.text, f)}`);
        counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      }
    }
    for (const rule of RULE_IDS) assert.ok((counts.get(rule) ?? 0) > 0, `no fixture expects ${rule}`);
  });

  test('labels are unique and cover non-empty words', () => {
    for (const c of CASES) {
      const keys = c.fixture.expected.map(key);
      assert.equal(new Set(keys).size, keys.length, `${c.file}: duplicate labels`);
      for (const f of c.fixture.expected) {
        assert.ok(f.length > 0 && f.text.trim() === f.text, `${c.file}: empty or space-padded label ${describeAt(c.fixture.text, f)}`);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Per fixture

for (const c of CASES) {
  describe(`fixture ${c.file} (${c.language}${c.options.config ? ', hedging profile' : ''})`, () => {
    const text = c.fixture.text;

    test('findings are exactly the labelled ones (rule, offset, length)', () => {
      const findings = lint(text, c.options);
      const diff = diffFindings(text, c.fixture.expected, findings);
      if (diff) assert.fail(`${c.file}: ${diff}`);
      for (const f of findings) assert.equal(f.text, text.slice(f.offset, f.offset + f.length), `finding.text of ${describeAt(text, f)}`);
    });

    test('source fixes insert the right marker and clear the finding they fix', () => {
      const findings = lint(text, c.options);
      const problems: string[] = [];
      let checked = 0;
      for (const f of findings) {
        for (const fix of f.fixes) {
          if (!SOURCE_FIX_KINDS.has(fix.kind)) continue;
          const sourceFix = fix as SourceFix;
          checked++;
          const where = describeAt(text, f);
          for (const p of checkFixShape(c, f, sourceFix)) problems.push(`${where}\n      ${p}`);
          let fixed: string;
          try {
            fixed = applyEdits(text, fix.edits);
          } catch (error) {
            problems.push(`${where}\n      ${fix.kind} fix cannot be applied: ${(error as Error).message}`);
            continue;
          }
          const { start, end } = mapRange(f.offset, f.offset + f.length, fix.edits);
          const still = lint(fixed, c.options).filter((g) => g.rule === f.rule && overlaps(g, start, end));
          for (const g of still) {
            problems.push(`${where}\n      after the ${fix.kind} fix (${JSON.stringify(fix.edits.map((e) => e.newText))}) still flagged: ${describeAt(fixed, g)}`);
          }
        }
      }
      if (problems.length > 0) assert.fail(`${c.file}: ${problems.length} problem(s) over ${checked} fix(es)\n  ${problems.join('\n  ')}`);
    });

    test('the ignore fix silences exactly that finding', () => {
      const findings = lint(text, c.options);
      const problems: string[] = [];
      let checked = 0;
      for (const f of findings) {
        const ignore = f.fixes.find((fix) => fix.kind === 'ignore');
        if (!ignore) {
          // Plain text has no comment syntax, so no ignore comment can be offered there.
          if (c.language !== 'plaintext') problems.push(`${describeAt(text, f)}\n      no ignore fix offered`);
          continue;
        }
        // The directive works per line and rule: test it where the finding is the only one of its rule on its line.
        const line = lineOf(text, f.offset);
        if (findings.some((g) => g !== f && g.rule === f.rule && lineOf(text, g.offset) === line)) continue;
        checked++;
        let fixed: string;
        try {
          fixed = applyEdits(text, ignore.edits);
        } catch (error) {
          problems.push(`${describeAt(text, f)}\n      ignore fix cannot be applied: ${(error as Error).message}`);
          continue;
        }
        const expected = findings
          .filter((g) => g !== f)
          .map((g) => {
            const { start, end } = mapRange(g.offset, g.offset + g.length, ignore.edits);
            return { rule: g.rule, offset: start, length: end - start };
          });
        const diff = diffFindings(fixed, expected, lint(fixed, c.options));
        if (diff) problems.push(`${describeAt(text, f)}\n      after inserting ${JSON.stringify(ignore.edits.map((e) => e.newText))}: ${diff.replace(/\n/g, '\n    ')}`);
      }
      if (c.language !== 'plaintext' && findings.length > 0) assert.ok(checked > 0, `${c.file}: no finding could be used to test the ignore fix`);
      if (problems.length > 0) assert.fail(`${c.file}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    });
  });
}
