// The rule contract (server/src/engine/rules/rule.ts): a rule says everything about itself, so the
// engine's shared code never names a rule, and the rule list is well formed.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/engine/rules';
import { CATEGORIES, RULE_IDS } from '../../server/src/engine/ruleIds';

const engine = join(__dirname, '..', '..', 'server', 'src', 'engine');
const QUOTED_ID = new RegExp(`['"\`](${CATEGORIES.join('|')})/[a-z-]+`);

describe('rule contract', () => {
  for (const file of ['lint.ts', 'fixes.ts']) {
    it(`${file} names no rule: what differs between rules is a field of the rule`, () => {
      const source = readFileSync(join(engine, file), 'utf8');
      for (const id of RULE_IDS) assert.ok(!source.includes(id), `${file} mentions ${id}`);
      assert.doesNotMatch(source, QUOTED_ID);
    });
  }

  it('RULE_IDS are the ids of RULES, in order', () => {
    assert.deepEqual([...RULE_IDS], RULES.map((rule) => rule.id));
  });

  it('each id is unique and reads category/name, in its own category', () => {
    assert.equal(new Set(RULE_IDS).size, RULE_IDS.length);
    for (const rule of RULES) {
      assert.match(rule.id, /^[a-z]+\/[a-z]+(-[a-z]+)*$/, rule.id);
      assert.equal(rule.id.slice(0, rule.id.indexOf('/')), rule.category, rule.id);
    }
  });

  it('each rule describes itself for the docs in one line', () => {
    for (const rule of RULES) {
      for (const [field, text] of [['description', rule.description], ['span', rule.span]] as const) {
        assert.ok(text.trim().length > 0, `${rule.id}: ${field}`);
        assert.doesNotMatch(text, /[\n|]/, `${rule.id}: ${field} is one table cell`);
      }
    }
  });

  it('only style rules may be dropped inside another finding', () => {
    for (const rule of RULES) if (rule.droppedInsideClaims) assert.equal(rule.category, 'style', rule.id);
  });
});
