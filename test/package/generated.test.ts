// The files that list the rules are generated from RULES (scripts/ruleDocs.ts): the committed copies
// must be what `npm run generate` writes, and every rule must have its documentation page.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/engine/rules';
import { BEGIN_MARKER, END_MARKER, GENERATED, GENERATE_COMMAND, docPage } from '../../scripts/ruleDocs';

const root = join(__dirname, '..', '..');

describe('files generated from the rule list', () => {
  for (const { path, generate } of GENERATED) {
    it(`${path} is up to date`, () => {
      const committed = readFileSync(join(root, path), 'utf8');
      assert.ok(generate(committed) === committed, `${path} is out of date with RULES in server/src/engine/rules: run \`${GENERATE_COMMAND}\` (npm run bundle runs it too) and commit the result`);
    });
  }

  it('Markdown files hold one generated block each', () => {
    for (const { path } of GENERATED.filter((g) => g.path.endsWith('.md'))) {
      const text = readFileSync(join(root, path), 'utf8');
      assert.equal(text.split(BEGIN_MARKER).length, 2, `${path}: one begin marker`);
      assert.equal(text.split(END_MARKER).length, 2, `${path}: one end marker`);
    }
  });

  it('every rule has its page in docs/rules/, headed by its id', () => {
    for (const rule of RULES) {
      const page = join(root, 'docs', 'rules', docPage(rule));
      assert.ok(existsSync(page), `${rule.id}: write docs/rules/${docPage(rule)}`);
      assert.match(readFileSync(page, 'utf8'), new RegExp(`^# \`${rule.id}\``), `docs/rules/${docPage(rule)} starts with "# \`${rule.id}\`"`);
    }
  });
});
