// Property-based attack on lint() and its fixes (issue 10): generated documents in every markup,
// both profiles. FC_SEED replays a failure, FC_RUNS scales the runs (test/hostile/fastCheck.ts).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { lint } from '../../server/src/engine';
import type { Finding, MarkupLanguage, Profile, TextEdit } from '../../server/src/engine/types';
import { fixAllEdits } from '../../server/src/lsp/codeActions';
import { adjacentMarkerPairs, applyEdits, fixProblem, insideComment, isMarkerKind, mapBack, rangeProblem, wouldDuplicate, type MarkerKind } from './checks';
import { document, LANGUAGES, NOW } from './documents';
import { params } from './fastCheck';

const PROFILES: readonly Profile[] = ['default', 'hedging'];

/** Runs per language and profile at the default scale: ten such pairs, so the file stays quick. */
const RUNS = { cheap: 150, fixes: 100, fixAll: 80 };

function lintAs(text: string, language: MarkupLanguage, profile: Profile): Finding[] {
  return lint(text, { languageId: language, config: { profile }, now: NOW });
}

/** The first marker fix of `findings` that would put a marker right next to the same marker. */
function duplicatingFix(text: string, findings: readonly Finding[], language: MarkupLanguage): string | undefined {
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (!isMarkerKind(fix.kind)) continue;
      for (const e of fix.edits) {
        if (wouldDuplicate(text, e.offset, language, fix.kind)) return `${f.rule} at ${f.offset} offers "${fix.title}" at ${e.offset}, next to the same marker: ${JSON.stringify(text.slice(Math.max(0, e.offset - 40), e.offset + 40))}`;
      }
    }
  }
  return undefined;
}

/** A finding of `after` that is `before` again (same rule, same place once the edits are undone) and offers `kind` again. */
function offeredAgain(after: readonly Finding[], edits: readonly TextEdit[], applied: ReadonlyArray<{ rule: string; offset: number; kind: MarkerKind }>): string | undefined {
  for (const f of after) {
    const origin = mapBack(edits, f.offset);
    for (const a of applied) {
      if (a.rule === f.rule && a.offset === origin && f.fixes.some((fix) => fix.kind === a.kind)) return `${f.rule} at ${a.offset} offers a ${a.kind} marker again after it was inserted (now at ${f.offset})`;
    }
  }
  return undefined;
}

function show(text: string): string {
  return JSON.stringify(text);
}

for (const language of LANGUAGES) {
  const documents = document(language);
  for (const profile of PROFILES) {
    describe(`lint properties: ${language}, ${profile} profile`, () => {
      test('lint never throws', () => {
        fc.assert(
          fc.property(documents, (text) => {
            lintAs(text, language, profile);
          }),
          params(RUNS.cheap),
        );
      });

      test('ranges lie inside the text on code-point boundaries, and a finding\'s text is the text at its range', () => {
        fc.assert(
          fc.property(documents, (text) => {
            const problem = rangeProblem(text, lintAs(text, language, profile));
            assert.equal(problem, undefined, `${problem}\n${show(text)}`);
          }),
          params(RUNS.cheap),
        );
      });

      test('every fix edits only inside its ranges, which do not overlap; an ignore fix inserts a whole line', () => {
        fc.assert(
          fc.property(documents, (text) => {
            for (const f of lintAs(text, language, profile)) {
              for (const fix of f.fixes) {
                const problem = fixProblem(text, fix, f);
                assert.equal(problem, undefined, `${f.rule} at ${f.offset}: ${problem}\n${show(text)}`);
              }
            }
          }),
          params(RUNS.cheap),
        );
      });

      test('an ignore fix silences its finding', () => {
        fc.assert(
          fc.property(documents, fc.nat(), (text, pick) => {
            const candidates = lintAs(text, language, profile).flatMap((f) => f.fixes.filter((fix) => fix.kind === 'ignore').map((fix) => ({ f, fix })));
            if (candidates.length === 0) return;
            const { f, fix } = candidates[pick % candidates.length];
            // A comment cannot go inside a comment: a line that starts in one is beyond any ignore fix.
            if (insideComment(text, fix.edits[0].offset, language)) return;
            const fixed = applyEdits(text, fix.edits);
            const still = lintAs(fixed, language, profile).find((g) => g.rule === f.rule && mapBack(fix.edits, g.offset) === f.offset);
            assert.equal(still, undefined, `"${fix.title}" for ${f.rule} at ${f.offset} left it flagged\n${show(text)}\n--- fixed ---\n${show(fixed)}`);
          }),
          params(RUNS.fixes),
        );
      });

      test('a marker fix never puts a marker next to the same marker, and is not offered again once applied', () => {
        fc.assert(
          fc.property(documents, fc.nat(), (text, pick) => {
            const findings = lintAs(text, language, profile);
            const duplicate = duplicatingFix(text, findings, language);
            assert.equal(duplicate, undefined, `${duplicate}\n${show(text)}`);
            // Apply one marker fix (picked at random) and lint again.
            const candidates = findings.flatMap((f) => f.fixes.filter((fix) => isMarkerKind(fix.kind)).map((fix) => ({ f, fix })));
            if (candidates.length === 0) return;
            const { f, fix } = candidates[pick % candidates.length];
            const fixed = applyEdits(text, fix.edits);
            const after = lintAs(fixed, language, profile);
            const again = duplicatingFix(fixed, after, language) ?? offeredAgain(after, fix.edits, [{ rule: f.rule, offset: f.offset, kind: fix.kind as MarkerKind }]);
            assert.equal(again, undefined, `after "${fix.title}" for ${f.rule} at ${f.offset}: ${again}\n${show(text)}\n--- fixed ---\n${show(fixed)}`);
            assert.ok(adjacentMarkerPairs(fixed, language) <= adjacentMarkerPairs(text, language), `"${fix.title}" put a marker twice in a row\n${show(fixed)}`);
          }),
          params(RUNS.fixes),
        );
      });

      test('fix all: the preferred fixes together are not offered again, and a second fix all adds no second marker', () => {
        fc.assert(
          fc.property(documents, (text) => {
            const findings = lintAs(text, language, profile);
            const edits = fixAllEdits(findings);
            const fixed = applyEdits(text, edits);
            // Every finding whose preferred marker fix is among the applied edits counts as fixed.
            const applied = findings.flatMap((f) => {
              const preferred = f.fixes.find((fix) => fix.preferred);
              if (!preferred || !isMarkerKind(preferred.kind) || preferred.edits.length !== 1) return [];
              const [e] = preferred.edits;
              return edits.some((k) => k.offset === e.offset && k.length === e.length && k.newText === e.newText) ? [{ rule: f.rule, offset: f.offset, kind: preferred.kind }] : [];
            });
            const after = lintAs(fixed, language, profile);
            const again = duplicatingFix(fixed, after, language) ?? offeredAgain(after, edits, applied);
            assert.equal(again, undefined, `after fix all: ${again}\n${show(text)}\n--- fixed ---\n${show(fixed)}`);
            const twice = applyEdits(fixed, fixAllEdits(after));
            const pairs = adjacentMarkerPairs(text, language);
            assert.ok(adjacentMarkerPairs(fixed, language) <= pairs && adjacentMarkerPairs(twice, language) <= pairs, `fix all put a marker twice in a row\n${show(text)}\n--- once ---\n${show(fixed)}\n--- twice ---\n${show(twice)}`);
          }),
          params(RUNS.fixAll),
        );
      });
    });
  }
}
