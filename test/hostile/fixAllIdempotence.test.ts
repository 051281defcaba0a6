// `whosays --fix` promises that a second run changes nothing: the plan of Fix All (engine/fixAll.ts)
// applied once leaves nothing for a second plan, in every markup and profile, with and without the
// information-level findings, on the hostile tier's generated documents.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { applyEdits, lint } from '../../server/src/engine';
import { fixAllPlan } from '../../server/src/engine/fixAll';
import type { Profile } from '../../server/src/engine/types';
import { document, LANGUAGES, NOW } from './documents';
import { params } from './fastCheck';

const RUNS = 60;

function show(text: string): string {
  return JSON.stringify(text.length > 1500 ? `${text.slice(0, 1500)}…` : text);
}

for (const language of LANGUAGES) {
  describe(language, () => {
    for (const profile of ['default', 'hedging'] as Profile[]) {
      test(`${profile}: a second Fix All finds nothing to do, with or without information-level findings`, () => {
        fc.assert(
          fc.property(document(language), fc.boolean(), (text, includeInformation) => {
            const planOf = (source: string) => fixAllPlan(lint(source, { languageId: language, config: { profile }, now: NOW }), includeInformation);
            const once = applyEdits(text, planOf(text).edits);
            const again = planOf(once);
            assert.deepEqual(again.edits, [], `a second plan after the first:\n${show(text)}\n--- fixed once ---\n${show(once)}`);
          }),
          params(RUNS),
        );
      });
    }
  });
}
