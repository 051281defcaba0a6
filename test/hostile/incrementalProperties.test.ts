// Property-based attack on the language server's paragraph cache (issue 10): after every edit of
// a random edit sequence, linting through the cache (which re-lints only changed pieces) gives
// exactly a fresh lint() of the whole text, findings and diagnostics alike. Edits split CRLF pairs,
// join and split paragraphs, open and close fences, comments and templates; some runs are given up
// half way, as the server does when a newer version arrives.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { lint } from '../../server/src/engine';
import type { MarkupLanguage, Profile } from '../../server/src/engine/types';
import { LineIndex } from '../../server/src/lsp/convert';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { ParagraphCache, type PieceLintRequest } from '../../server/src/lsp/paragraphCache';
import { document, editTexts, LANGUAGES, NOW, paragraphDocument } from './documents';
import { params } from './fastCheck';

/** Runs per language at the default scale; plain text and Markdown are the ones the cache cuts. */
const RUNS: Record<MarkupLanguage, number> = { plaintext: 120, markdown: 120, html: 30, latex: 30, wikitext: 30 };

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  /** Inserts between the CR and LF of the `at`-th CRLF pair. */
  | { kind: 'split-crlf'; at: number; text: string }
  /** Removes the `at`-th line break, joining two lines (or two paragraphs). */
  | { kind: 'join-lines'; at: number }
  | { kind: 'switch-profile' };

function edits(language: MarkupLanguage) {
  const text = fc.constantFrom(...editTexts(language));
  const length = fc.integer({ min: 1, max: 40 });
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text }), weight: 5 },
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length, text }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('split-crlf' as const), at: fc.nat(), text }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('join-lines' as const), at: fc.nat() }), weight: 1 },
    { arbitrary: fc.constant({ kind: 'switch-profile' as const }), weight: 1 },
  );
}

function nthIndex(text: string, pattern: RegExp, n: number): number | undefined {
  const all = [...text.matchAll(pattern)];
  return all.length === 0 ? undefined : all[n % all.length].index;
}

function apply(text: string, edit: Edit): string {
  const splice = (at: number, length: number, insert: string) => text.slice(0, at) + insert + text.slice(at + length);
  switch (edit.kind) {
    case 'insert':
      return splice(edit.at % (text.length + 1), 0, edit.text);
    case 'delete':
    case 'replace': {
      const at = edit.at % (text.length + 1);
      return splice(at, Math.min(edit.length, text.length - at), edit.kind === 'replace' ? edit.text : '');
    }
    case 'split-crlf': {
      const at = nthIndex(text, /\r\n/g, edit.at);
      return at === undefined ? text : splice(at + 1, 0, edit.text);
    }
    case 'join-lines': {
      const at = nthIndex(text, /\r\n|\r|\n/g, edit.at);
      return at === undefined ? text : splice(at, text.startsWith('\r\n', at) ? 2 : 1, '');
    }
    case 'switch-profile':
      return text;
  }
}

function request(text: string, language: MarkupLanguage, profile: Profile): PieceLintRequest {
  return { text, languageId: language, config: { profile }, key: profile, now: NOW };
}

/** The cache's findings and diagnostics against a fresh lint of the whole text. */
function check(cache: ParagraphCache, text: string, language: MarkupLanguage, profile: Profile, version: number, context: () => string): void {
  const expected = lint(text, { languageId: language, config: { profile }, now: NOW });
  const actual = cache.lint(request(text, language, profile));
  assert.deepEqual(actual, expected, `findings differ ${context()}`);
  assert.deepEqual(cache.diagnostics(version), toDiagnostics(expected, new LineIndex(text), version), `diagnostics differ ${context()}`);
}

for (const language of LANGUAGES) {
  describe(`incremental properties: ${language}`, () => {
    test('after every edit of a random sequence, the paragraph cache gives what a full lint gives', () => {
      const start = fc.oneof(paragraphDocument(language), document(language, { maxFragments: 16, maxDepth: 40 }));
      const step = fc.tuple(edits(language), fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }));
      fc.assert(
        fc.property(start, fc.constantFrom<Profile>('default', 'hedging'), fc.array(step, { minLength: 1, maxLength: 12 }), (initial, firstProfile, steps) => {
          const cache = new ParagraphCache();
          let text = initial;
          let profile = firstProfile;
          const history: string[] = [];
          const context = () => `after ${JSON.stringify(history)}\n--- initial ---\n${JSON.stringify(initial)}\n--- text ---\n${JSON.stringify(text)}`;
          check(cache, text, language, profile, 1, context);
          steps.forEach(([edit, abandonAfter], i) => {
            if (edit.kind === 'switch-profile') profile = profile === 'default' ? 'hedging' : 'default';
            text = apply(text, edit);
            history.push(`${edit.kind}${abandonAfter === undefined ? '' : ` (a run given up after ${abandonAfter} pieces)`}`);
            if (abandonAfter !== undefined) {
              // A run cancelled by a newer version must leave the cache as it was.
              const run = cache.steps(request(text, language, profile));
              for (let k = 0; k <= abandonAfter; k++) if (run.next().done) break;
            }
            check(cache, text, language, profile, i + 2, context);
          });
        }),
        params(RUNS[language]),
      );
    });
  });
}
