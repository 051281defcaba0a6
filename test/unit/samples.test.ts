// The sample articles and samples/README.md must agree: every line the README says is flagged is
// flagged with that rule, every "not flagged" line is silent, and nothing else is flagged.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { lint, languageFromId, type Finding } from '../../server/src/engine';

const dir = join(__dirname, '..', '..', 'samples');
const readme = readFileSync(join(dir, 'README.md'), 'utf8');

interface Claim {
  lines: number[];
  rules: string[];
  flagged: boolean;
  hedging: boolean;
  row: string;
}

/** The README's table rows, per sample file. */
function claims(): Map<string, Claim[]> {
  const bySample = new Map<string, Claim[]>();
  let current: Claim[] | undefined;
  let inNotFlagged = false;
  for (const line of readme.split('\n')) {
    const heading = /^## `([^`]+)`/.exec(line);
    if (heading) {
      current = [];
      bySample.set(heading[1], current);
      inNotFlagged = false;
      continue;
    }
    if (/^### Not flagged/.test(line)) inNotFlagged = true;
    else if (/^### /.test(line)) inNotFlagged = false;
    const row = /^\| (\d+)(?:[–-](\d+))?(?:, (\d+))? \|(.*)\|\s*$/.exec(line);
    if (!row || !current) continue;
    const from = Number(row[1]);
    const to = row[2] ? Number(row[2]) : from;
    const lines = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    if (row[3]) lines.push(Number(row[3]));
    const rest = row[4];
    // A rule is claimed as "words": `rule` or in the rule column | `rule` |; anything else is a "not flagged" note.
    const rules = [...rest.matchAll(/(?:: |\| )`((?:weasel|unattributed|style)\/[a-z-]+)`/g)].map((m) => m[1]);
    current.push({ lines, rules, flagged: !inNotFlagged && rules.length > 0, hedging: /hedging/.test(rest), row: line });
  }
  return bySample;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

for (const [sample, list] of claims()) {
  describe(`samples/${sample} matches samples/README.md`, () => {
    const text = readFileSync(join(dir, sample), 'utf8');
    const languageId = languageFromId(extname(sample).slice(1));
    const at = (findings: Finding[]) => findings.map((f) => ({ ...f, line: lineOf(text, f.offset) }));
    const normal = at(lint(text, { languageId }));
    const hedging = at(lint(text, { languageId, config: { profile: 'hedging' } }));
    it('has claims to check', () => assert.ok(list.length > 3));
    for (const claim of list) {
      it(claim.row, () => {
        const findings = claim.hedging ? hedging : normal;
        const onLines = findings.filter((f) => claim.lines.includes(f.line));
        if (claim.flagged) {
          for (const rule of claim.rules) {
            assert.ok(onLines.some((f) => f.rule === rule), `expected ${rule} on line ${claim.lines.join(',')}; found ${onLines.map((f) => `${f.rule} "${f.text}"`).join('; ') || 'nothing'}`);
          }
        } else {
          assert.deepEqual(onLines.map((f) => `${f.line}: ${f.rule} "${f.text}"`), []);
        }
      });
    }
    it('flags nothing the README does not list', () => {
      const listed = new Set(list.filter((c) => c.flagged && !c.hedging).flatMap((c) => c.lines));
      const extra = normal.filter((f) => !listed.has(f.line));
      assert.deepEqual(extra.map((f) => `${f.line}: ${f.rule} "${f.text}"`), []);
    });
  });
}
