// npm run eval: sentence-level precision, recall and F1 of the engine.
//
// 1. ../shared/eval/conll2010-wikipedia-sample.csv (read in place, never copied): even rows are the
//    dev half (tune on it), odd rows the test half (report it). Default: test half.
// 2. The project's own labelled fixtures (test/fixtures), the reviewed set (test/reviewed: labelled
//    blind, once held out, now tuned on) and the held-out set (test/heldout), labelled blind by
//    editorial judgement and never tuned on.
//
// Options: --split dev|test|all, --errors (print misses and false alarms of the CoNLL dev half,
// the fixtures and the reviewed set; never of the test half or the held-out set), --json.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { lint, languageFromId, type Category, type EngineConfig, type Finding } from '../server/src/engine';
import { readProse } from '../server/src/engine/markup';
import { splitSentences } from '../server/src/engine/text/sentences';
import { parseFixture } from '../test/support/fixtureFormat';
import { RULES } from '../server/src/engine/rules';
import { CONLL, readConll } from './evalData';

const root = resolve(__dirname, '..');

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'test' },
    errors: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const split = values.split as 'dev' | 'test' | 'all';
if (!['dev', 'test', 'all'].includes(split)) {
  console.error(`eval: --split must be dev, test or all (got "${split}")`);
  process.exit(2);
}
if (values.errors && split !== 'dev') {
  console.error('eval: --errors is only for the dev half; the test half is for reporting, not for reading its errors.');
  process.exit(2);
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function ratios(s: Score) {
  const precision = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function fmt(s: Score): string {
  const { precision, recall, f1 } = ratios(s);
  return `P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})`;
}

interface Setting {
  name: string;
  config: Partial<EngineConfig>;
  categories: Category[];
}

const SETTINGS: Setting[] = [
  { name: 'default profile, category weasel', config: { profile: 'default' }, categories: ['weasel'] },
  { name: 'default profile, categories weasel+unattributed', config: { profile: 'default' }, categories: ['weasel', 'unattributed'] },
  { name: 'hedging profile, categories weasel+style', config: { profile: 'hedging' }, categories: ['weasel', 'style'] },
];

const report: Record<string, unknown> = {};

function evalConll(): void {
  if (!existsSync(CONLL)) {
    console.error(`eval: ${CONLL} not found. It lives in ../shared/eval beside the checkout (or set WHOSAYS_EVAL_DIR).`);
    process.exit(2);
  }
  const chosen = readConll(split);
  console.log(`CoNLL-2010 Wikipedia sample, ${split} half: ${chosen.length} sentences (${chosen.filter((r) => r.uncertain).length} uncertain)`);
  const started = Date.now();
  for (const setting of SETTINGS) {
    const score: Score = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const perRule = new Map<string, Score>();
    const errors: string[] = [];
    for (const row of chosen) {
      const findings = lint(row.sentence, { languageId: 'plaintext', config: setting.config }).filter((f) => setting.categories.includes(f.category));
      const flagged = findings.length > 0;
      if (flagged && row.uncertain) score.tp++;
      else if (flagged) score.fp++;
      else if (row.uncertain) score.fn++;
      else score.tn++;
      for (const rule of new Set(findings.map((f) => f.rule))) {
        const s = perRule.get(rule) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
        if (row.uncertain) s.tp++;
        else s.fp++;
        perRule.set(rule, s);
      }
      if (values.errors && flagged !== row.uncertain) {
        errors.push(`${flagged ? 'FALSE ALARM' : 'MISS       '} #${row.index}: ${row.sentence}${flagged ? `\n    ${findings.map((f) => `${f.rule} "${f.text}"`).join('; ')}` : ''}`);
      }
    }
    console.log(`  ${setting.name.padEnd(50)} ${fmt(score)}`);
    for (const [rule, s] of [...perRule].sort()) console.log(`      ${rule.padEnd(34)} flags ${String(s.tp + s.fp).padStart(4)}  precision ${(s.tp / Math.max(1, s.tp + s.fp)).toFixed(3)}`);
    report[`conll ${split}: ${setting.name}`] = { ...ratios(score), ...score };
    if (values.errors) console.log(errors.map((e) => `    ${e}`).join('\n'));
  }
  console.log(`  (linted ${chosen.length * SETTINGS.length} sentences in ${Date.now() - started} ms)`);
}

function evalFixtures(folder: string, title: string, showErrors: boolean): void {
  const dir = join(root, 'test', folder);
  if (!existsSync(dir)) return;
  const files = readdirSync(dir).filter((f) => !f.startsWith('.') && !f.startsWith('README')).sort();
  const categories: Category[] = ['weasel', 'unattributed', 'style'];
  const scores = new Map<Category, Score>(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const categoryOf = new Map(RULES.map((r) => [r.id as string, r.category]));
  let sentenceCount = 0;
  const errors: string[] = [];
  for (const file of files) {
    const languageId = languageFromId(extname(file).slice(1));
    const { text, expected } = parseFixture(readFileSync(join(dir, file), 'utf8'));
    const config: Partial<EngineConfig> = file.startsWith('hedges') ? { profile: 'hedging' } : {};
    const findings: Finding[] = lint(text, { languageId, config });
    const view = readProse(text, languageId);
    for (const sentence of splitSentences(view.text, view.blocks)) {
      sentenceCount++;
      const inside = (offset: number) => offset >= sentence.start && offset < sentence.reach;
      for (const category of categories) {
        const truth = expected.some((e) => inside(e.offset) && categoryOf.get(e.rule) === category);
        const flagged = findings.some((f) => inside(f.offset) && f.category === category);
        const s = scores.get(category)!;
        if (truth && flagged) s.tp++;
        else if (flagged) s.fp++;
        else if (truth) s.fn++;
        else s.tn++;
        if (showErrors && truth !== flagged) {
          const said = findings.filter((f) => inside(f.offset) && f.category === category).map((f) => `${f.rule} "${f.text}"`).join('; ');
          const wanted = expected.filter((e) => inside(e.offset) && categoryOf.get(e.rule) === category).map((e) => `${e.rule} "${text.slice(e.offset, e.offset + e.length)}"`).join('; ');
          errors.push(`${flagged ? 'FALSE ALARM' : 'MISS       '} ${category} ${file}: ${view.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim()}\n      ${flagged ? said : wanted}`);
        }
      }
    }
  }
  console.log(`\n${title} (test/${folder}, ${files.length} files, ${sentenceCount} sentences), sentence level:`);
  for (const [category, s] of scores) {
    console.log(`  category ${category.padEnd(13)} ${fmt(s)}`);
    report[`${folder}: ${category}`] = { ...ratios(s), ...s };
  }
  if (errors.length > 0) console.log(errors.map((e) => `    ${e}`).join('\n'));
}

evalConll();
// The fixtures the rules were developed against, then a held-out set labelled blind and never tuned on.
evalFixtures('fixtures', 'Project fixtures, used while developing the rules', values.errors);
evalFixtures('reviewed', 'Reviewed set, labelled blind, tuned on since 2026-11-25', values.errors);
evalFixtures('heldout', 'Held-out fixtures, labelled blind, never tuned on', false);
if (values.json) console.log(JSON.stringify(report, null, 2));
