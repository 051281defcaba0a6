// Every example sentence on the rule pages (docs/rules/*.md) behaves as its page says: the
// "Flagged" bullets are flagged by that rule, the "Not flagged" bullets are not.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, RULES, RULE_IDS } from '../../server/src/engine';

const dir = join(__dirname, '..', '..', 'docs', 'rules');

interface Example {
  sentence: string;
  flagged: boolean;
}

/** Bullets under "## Flagged" and "## Not flagged", with trailing "*(why)*" notes removed. */
function examples(page: string): Example[] {
  const out: Example[] = [];
  let section: boolean | undefined;
  let current: Example | undefined;
  for (const line of page.split('\n')) {
    if (/^## /.test(line)) {
      section = /^## Flagged/i.test(line) ? true : /^## Not flagged/i.test(line) ? false : undefined;
      current = undefined;
      continue;
    }
    if (section === undefined) continue;
    const bullet = /^- (.*)$/.exec(line);
    if (bullet) {
      current = { sentence: bullet[1], flagged: section };
      out.push(current);
    } else if (current && /^\s+\S/.test(line)) {
      current.sentence += ` ${line.trim()}`;
    } else current = undefined;
  }
  return out
    .map((e) => ({ ...e, sentence: e.sentence.replace(/\s*\*\([^)]*\)\*\s*$/, '').replace(/\s*\*\([^]*$/, '').trim() }))
    .filter((e) => /[.!?"\u201d]$/.test(e.sentence) && !/^Anything\b/.test(e.sentence));
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const page = readFileSync(join(dir, file), 'utf8');
  const rule = /^# `([^`]+)`/.exec(page)?.[1] ?? '';
  describe(`docs/rules/${file}`, () => {
    it('names a known rule', () => assert.ok((RULE_IDS as readonly string[]).includes(rule), rule));
    // A rule that only some profiles switch on is shown under the first of them.
    const profile = RULES.find((r) => r.id === rule)?.profiles?.[0];
    const config = profile ? { profile } : {};
    const list = examples(page);
    it('has examples of both kinds', () => {
      assert.ok(list.filter((e) => e.flagged).length >= 3 && list.filter((e) => !e.flagged).length >= 3);
    });
    for (const e of list) {
      it(`${e.flagged ? 'flags' : 'leaves alone'}: ${e.sentence}`, () => {
        const found = lint(e.sentence, { config }).filter((f) => f.rule === rule);
        if (e.flagged) assert.ok(found.length > 0, `not flagged by ${rule}`);
        else assert.deepEqual(found.filter((f) => f.severity !== 'information' || f.category === 'style').map((f) => f.text), []);
      });
    }
  });
}
