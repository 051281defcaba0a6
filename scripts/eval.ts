// npm run eval: every development set scored side by side, in one table, at sentence level.
//
// Sets (read in place from ../shared/eval, never copied; each scored as its README says):
//   CoNLL-2010 Wikipedia sample, dev half (even rows): weasel words and hedges
//   PolNeAR dev: vague sources against named ones in news, and claims-dev.tsv (which sentences need a source)
//   Wikipedia puffery, dev half: peacock wording editors tagged
//   the project's own sets: test/fixtures, test/reviewed (tuned on), test/heldout (never tuned on)
//
// Options:
//   --errors SET   print the misses and false alarms of one development set:
//                  conll, polnear, claims, puffery, fixtures, reviewed (never of a test half or held-out set)
//   --rules        under each row, which rules raised the flags and how many landed on positive rows
//   --split test   also report the CoNLL test half (aggregates only, for the no-regression check)
//   --train        also score PolNeAR's train split (for mining; slower)
//   --json         the table as JSON on standard output instead

import { parseArgs } from 'node:util';
import { missingSets } from './evalData';
import { CONLL_SETTINGS, ratios, scoreClaims, scoreConll, scoreFixtures, scorePolnearSources, scorePuffery, type SetScore } from './evalSets';

const ERROR_SETS = ['conll', 'polnear', 'claims', 'puffery', 'fixtures', 'reviewed'] as const;
type ErrorSet = (typeof ERROR_SETS)[number];

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    errors: { type: 'string' },
    rules: { type: 'boolean', default: false },
    split: { type: 'string', default: 'dev' },
    train: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
if (values.split !== 'dev' && values.split !== 'test') fail(`--split must be dev or test (got "${values.split}")`);
if (values.errors !== undefined && !(ERROR_SETS as readonly string[]).includes(values.errors)) {
  fail(`--errors takes one of ${ERROR_SETS.join(', ')} (got "${values.errors}"); held-out and test parts are for reporting, not for reading their errors`);
}
const errorsOf = values.errors as ErrorSet | undefined;
const missing = missingSets();
if (missing.length > 0) fail(`not found: ${missing.join(', ')}. The sets live in ../shared/eval beside the checkout (or set WHOSAYS_EVAL_DIR).`);

const started = Date.now();
const rows: SetScore[] = [];
const timed = <T>(label: string, run: () => T): T => {
  const t = Date.now();
  const result = run();
  if (!values.json) process.stderr.write(`  scored ${label} in ${Date.now() - t} ms\n`);
  return result;
};

timed('CoNLL dev half', () => CONLL_SETTINGS.forEach((s, i) => rows.push(scoreConll('dev', s, errorsOf === 'conll' && i === 0))));
if (values.split === 'test') timed('CoNLL test half', () => CONLL_SETTINGS.forEach((s) => rows.push(scoreConll('test', s, false))));
timed('PolNeAR dev sources', () => rows.push(scorePolnearSources('dev', errorsOf === 'polnear')));
timed('PolNeAR dev claims', () => rows.push(...scoreClaims(errorsOf === 'claims')));
if (values.train) timed('PolNeAR train sources', () => rows.push(scorePolnearSources('train', false)));
timed('puffery dev half', () => rows.push(scorePuffery(errorsOf === 'puffery')));
timed('project sets', () => {
  rows.push(...scoreFixtures('fixtures', 'project fixtures', errorsOf === 'fixtures'));
  rows.push(...scoreFixtures('reviewed', 'project reviewed set', errorsOf === 'reviewed'));
  rows.push(...scoreFixtures('heldout', 'project held-out set', false));
});

if (values.json) {
  console.log(JSON.stringify(rows.map((r) => ({ set: r.set, scored: r.scored, ...r.counts, ...ratios(r.counts) })), null, 2));
} else {
  const header = ['set', 'scored', 'P', 'R', 'F1', 'false alarms', 'tp', 'fp', 'fn', 'tn'];
  const table = rows.map((r) => {
    const { precision, recall, f1, falseAlarmRate } = ratios(r.counts);
    const { tp, fp, fn, tn } = r.counts;
    return [r.set, r.scored, precision.toFixed(3), recall.toFixed(3), f1.toFixed(3), `${(100 * falseAlarmRate).toFixed(1)}% (${fp}/${fp + tn})`, tp, fp, fn, tn].map(String);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const [i, row] of rows.entries()) {
    console.log(line(table[i]));
    if (values.rules) {
      for (const [rule, [onPositive, onNegative]] of [...row.rules].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1])) {
        console.log(`      ${rule.padEnd(36)} flags ${String(onPositive + onNegative).padStart(4)}, on positive rows ${(onPositive / (onPositive + onNegative)).toFixed(2)}`);
      }
    }
  }
  console.log('\nP, R, F1: of the positive class (uncertain, flag, needs-source, peacock, expected finding); false alarms: negative rows flagged.');
  for (const row of rows) {
    if (row.errors.length === 0) continue;
    console.log(`\n${row.set}, ${row.scored}: ${row.errors.length} errors`);
    console.log(row.errors.map((e) => `  ${e}`).join('\n'));
  }
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
