// Trains the hedge scorer (server/src/engine/rules/hedgeModel.json) on the DEV half only.
//
// Sentence-level L2-regularised logistic regression: a sentence's score is the bias plus the
// weights of the context features of all its candidate cues (hedge.ts, sentenceFeatures), fitted
// by full-batch Adam on the mean log loss. Full batch with a fixed number of steps is deterministic
// (same data, same weights) and, unlike one pass per sentence, gives the regulariser its intended
// strength whatever the order of the rows.
//
// The regularisation strength and the threshold are chosen by repeated k-fold cross-validation
// inside the dev half: the highest recall at which the hedging profile's precision (weasel + style
// findings, the other rules' and the sure cues' included) stays at or above the target.
//
//   npm run train:hedge              write the model
//   npm run train:hedge -- --dry     report cross-validated figures only
//   npm run train:hedge -- --nested  check the procedure itself: run all of it (cross-validation,
//                                    threshold, final model) on four-fifths of the dev half and
//                                    score the rest, fold by fold; writes nothing

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lint } from '../server/src/engine';
import { PhraseSet } from '../server/src/engine/phrases';
import { MatchView } from '../server/src/engine/rules/rule';
import { HEDGE_CLASSES, HEDGE_CUES, candidateCues, hedgeScore, sentenceFeatures } from '../server/src/engine/rules/hedge';
import { readProse } from '../server/src/engine/markup';
import { splitSentences } from '../server/src/engine/text/sentences';
import { tokenize } from '../server/src/engine/text/tokens';
import { readConll } from './evalData';

const { values } = parseArgs({
  options: {
    dry: { type: 'boolean', default: false },
    nested: { type: 'boolean', default: false },
    // The target is 0.80 on unseen text. At 0.82 the scorer kept a wide margin but gave up a tenth
    // of the recall; the precision-recall curve is flat between 0.80 and 0.81, so 0.805 keeps a
    // small margin at nearly the recall 0.80 would give.
    'min-precision': { type: 'string', default: '0.805' },
    folds: { type: 'string', default: '5' },
    // Each repeat deals the rows into folds afresh: one split's figures move by about ±0.01.
    repeats: { type: 'string', default: '4' },
    l2: { type: 'string', default: '1,3,10' },
  },
});
const MIN_PRECISION = Number(values['min-precision']);
const FOLDS = Number(values.folds);
const REPEATS = Number(values.repeats);
const L2_GRID = values.l2.split(',').map(Number);
// A feature seen in fewer dev sentences than this gets no weight: it could only memorise them.
const MIN_COUNT = 2;
const STEPS = 300;
const LEARNING_RATE = 0.05;
const OUT = resolve(__dirname, '..', 'server', 'src', 'engine', 'rules', 'hedgeModel.json');

interface Example {
  label: number;
  /** Scorer features of each engine sentence in the row (nearly always one) that has a candidate cue. */
  sentences: string[][];
  /** Flagged anyway by the other rules scored in the hedging profile (weasel, other style checks) or a sure cue. */
  otherwise: boolean;
}

const sureCues = new PhraseSet<(typeof HEDGE_CUES)[number]>();
for (const entry of HEDGE_CUES) if (entry.sure) sureCues.add(entry.pattern, entry, HEDGE_CLASSES);

function hasSureCue(sentence: string): boolean {
  const tokens = tokenize(sentence);
  return sureCues.matchAll(tokens).some((match) => !match.entry.when || match.entry.when(new MatchView(tokens, match.first, match.last)));
}

/** The features the rule scores, read the way lint() reads plain text. */
function extract(row: string): string[][] {
  const view = readProse(row, 'plaintext');
  const out: string[][] = [];
  for (const s of splitSentences(view.text, view.blocks)) {
    const candidates = candidateCues(tokenize(view.text, s.start, s.end));
    if (candidates.length > 0) out.push(sentenceFeatures(candidates));
  }
  return out;
}

const dev = readConll('dev');
console.log(`training on the dev half: ${dev.length} sentences`);
const examples: Example[] = dev.map((row) => ({
  label: row.uncertain ? 1 : 0,
  sentences: extract(row.sentence),
  otherwise: lint(row.sentence, { config: { profile: 'hedging', rules: { 'style/hedge': 'off' } } }).some((f) => f.category === 'weasel' || f.category === 'style') || hasSureCue(row.sentence),
}));
const positives = examples.filter((ex) => ex.label === 1).length;
const uncovered = examples.filter((ex) => ex.label === 1 && !ex.otherwise && ex.sentences.length === 0).length;
console.log(`  ${uncovered} of ${positives} uncertain sentences have neither a finding from the other rules nor a candidate cue`);

interface Model {
  bias: number;
  weights: Record<string, number>;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Minimises mean log loss + l2/2 * |w|^2 / n. Rows without a candidate are never flagged, but they
 * train the bias: it then stands for "no cue at all", and each cue's weight for what it adds.
 */
function train(data: readonly Example[], l2: number): Model {
  const counts = new Map<string, number>();
  for (const ex of data) for (const f of new Set(ex.sentences.flat())) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, count] of counts) if (count >= MIN_COUNT) index.set(f, index.size);
  const rows = data.map((ex) => ({
    label: ex.label,
    sentences: ex.sentences.length === 0 ? [[]] : ex.sentences.map((s) => s.filter((f) => index.has(f)).map((f) => index.get(f)!)),
  }));
  const n = index.size;
  const bias = n; // the last slot
  const w = new Float64Array(n + 1);
  const gradient = new Float64Array(n + 1);
  const moment = new Float64Array(n + 1);
  const square = new Float64Array(n + 1);
  for (let step = 1; step <= STEPS; step++) {
    gradient.fill(0);
    for (const row of rows) {
      // A row split into several sentences scores as its best sentence, as the eval counts it.
      let best = -Infinity;
      let bestSentence: number[] = [];
      for (const s of row.sentences) {
        let score = w[bias];
        for (const k of s) score += w[k];
        if (score > best) {
          best = score;
          bestSentence = s;
        }
      }
      const g = (sigmoid(best) - row.label) / rows.length;
      gradient[bias] += g;
      for (const k of bestSentence) gradient[k] += g;
    }
    for (let k = 0; k < n; k++) gradient[k] += (l2 * w[k]) / rows.length;
    for (let k = 0; k <= n; k++) {
      moment[k] = 0.9 * moment[k] + 0.1 * gradient[k];
      square[k] = 0.999 * square[k] + 0.001 * gradient[k] * gradient[k];
      w[k] -= (LEARNING_RATE * (moment[k] / (1 - 0.9 ** step))) / (Math.sqrt(square[k] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, k] of index) weights[f] = w[k];
  return { bias: w[bias], weights };
}

function rowScore(model: Model, ex: Example): number {
  let best = -Infinity;
  for (const s of ex.sentences) best = Math.max(best, hedgeScore(s, model.weights, model.bias));
  return best;
}

interface Point {
  threshold: number;
  precision: number;
  recall: number;
}

/** Precision and recall of (other rules OR hedge score >= t) on `rows`, for every useful threshold, highest first. */
function curve(rows: readonly Example[], scores: readonly number[]): Point[] {
  const order = rows.map((_, i) => i).filter((i) => Number.isFinite(scores[i]) && !rows[i].otherwise);
  order.sort((a, b) => scores[b] - scores[a]);
  const total = rows.filter((ex) => ex.label === 1).length;
  let tp = rows.filter((ex) => ex.otherwise && ex.label === 1).length;
  let fp = rows.filter((ex) => ex.otherwise && ex.label === 0).length;
  const points: Point[] = [];
  for (let i = 0; i < order.length; i++) {
    if (rows[order[i]].label === 1) tp++;
    else fp++;
    // Tied scores stand or fall together.
    if (i + 1 < order.length && scores[order[i + 1]] === scores[order[i]]) continue;
    points.push({ threshold: scores[order[i]], precision: tp / (tp + fp), recall: tp / total });
  }
  return points;
}

/** Deals `n` row indices into folds; seed 20100 keeps file order (row i in fold i mod k), others shuffle. */
function foldsOf(n: number, seed0: number): number[] {
  const ids = Array.from({ length: n }, (_, i) => i);
  let seed = seed0;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  if (seed0 !== 20100) {
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
  }
  const fold = new Array<number>(ids.length);
  ids.forEach((id, k) => (fold[id] = k % FOLDS));
  return fold;
}

/** Cross-validated scores of every row of `rows`, one array per repeat. */
function crossValidate(rows: readonly Example[], l2: number, repeats = REPEATS): number[][] {
  const out: number[][] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    const fold = foldsOf(rows.length, 20100 + repeat);
    const scores = new Array<number>(rows.length);
    for (let k = 0; k < FOLDS; k++) {
      const model = train(rows.filter((_, i) => fold[i] !== k), l2);
      rows.forEach((ex, i) => {
        if (fold[i] === k) scores[i] = rowScore(model, ex);
      });
    }
    out.push(scores);
  }
  return out;
}

/** The highest-recall point at or above the target precision, or undefined. */
function operatingPoint(points: readonly Point[]): Point | undefined {
  return points.filter((p) => p.precision >= MIN_PRECISION).sort((a, b) => b.recall - a.recall)[0];
}

// Recall levels at which the best cross-validated precision is reported.
const RECALLS = [0.6, 0.65, 0.7, 0.75];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

interface Setting {
  l2: number;
  recall: number;
  precision: number;
  /** The cross-validated threshold, averaged over the repeats. */
  threshold: number;
}

/** Chooses the regularisation strength and threshold for `rows` by repeated cross-validation. */
function choose(rows: readonly Example[], repeats: number, log: (line: string) => void): Setting | undefined {
  let chosen: Setting | undefined;
  for (const l2 of L2_GRID) {
    const picks = crossValidate(rows, l2, repeats).map((scores) => {
      const points = curve(rows, scores);
      const atRecall = (r: number) => Math.max(0, ...points.filter((p) => p.recall >= r).map((p) => p.precision));
      return { best: operatingPoint(points), atRecall };
    });
    const reached = picks.filter((p) => p.best);
    log(`  l2 ${l2}: best precision at ${RECALLS.map((r) => `R ${r.toFixed(2)}: P ${mean(picks.map((p) => p.atRecall(r))).toFixed(3)}`).join(', ')}`);
    if (reached.length < picks.length) {
      log(`  l2 ${l2}: no threshold reaches P ${MIN_PRECISION} in some repeats`);
      continue;
    }
    const setting: Setting = { l2, recall: mean(reached.map((p) => p.best!.recall)), precision: mean(reached.map((p) => p.best!.precision)), threshold: mean(reached.map((p) => p.best!.threshold)) };
    log(`  l2 ${l2}: cross-validated P ${setting.precision.toFixed(3)} R ${setting.recall.toFixed(3)} at P >= ${MIN_PRECISION} (mean of ${repeats} x ${FOLDS}-fold)`);
    if (!chosen || setting.recall > chosen.recall) chosen = setting;
  }
  return chosen;
}

/**
 * The whole procedure, judged on rows it never saw: for each fifth of the dev half, choose and
 * train on the other four-fifths, then flag the fifth with the chosen threshold. Also scores the
 * rule dropped before (match the share of rows flagged, on the final model's training scores).
 */
function nestedCheck(): void {
  const tally = { shipped: { tp: 0, fp: 0 }, shareMatched: { tp: 0, fp: 0 } };
  let promised = 0;
  let runs = 0;
  const outerRepeats = REPEATS;
  for (let repeat = 0; repeat < outerRepeats; repeat++) {
    const fold = foldsOf(examples.length, 777 + repeat);
    for (let k = 0; k < FOLDS; k++) {
      const inner = examples.filter((_, i) => fold[i] !== k);
      const outer = examples.filter((_, i) => fold[i] === k);
      const setting = choose(inner, 2, () => {});
      if (!setting) continue;
      const model = train(inner, setting.l2);
      // The share the cross-validated threshold flags, re-found on the model's own training scores.
      const cv = crossValidate(inner, setting.l2, 1)[0];
      const share = cv.filter((sc, i) => !inner[i].otherwise && sc >= setting.threshold).length;
      const own = inner.filter((ex) => !ex.otherwise).map((ex) => rowScore(model, ex)).filter(Number.isFinite).sort((a, b) => b - a);
      const shareThreshold = own[Math.max(0, Math.min(own.length - 1, share - 1))];
      for (const ex of outer) {
        const score = rowScore(model, ex);
        for (const [name, t] of [['shipped', setting.threshold], ['shareMatched', shareThreshold]] as const) {
          if (ex.otherwise || score >= t) tally[name][ex.label === 1 ? 'tp' : 'fp']++;
        }
      }
      promised += setting.recall;
      runs++;
      process.stdout.write(`  outer ${repeat}.${k}: l2 ${setting.l2}, threshold ${setting.threshold.toFixed(3)}\n`);
    }
  }
  const positivesSeen = positives * outerRepeats;
  for (const [name, t] of Object.entries(tally)) {
    console.log(`  ${name === 'shipped' ? 'cross-validated threshold (shipped)' : 'share matched on training scores  '}: P ${(t.tp / (t.tp + t.fp)).toFixed(3)} R ${(t.tp / positivesSeen).toFixed(3)} on rows never seen`);
  }
  console.log(`  inner cross-validation promised R ${(promised / runs).toFixed(3)} at P >= ${MIN_PRECISION}`);
}

if (values.nested) {
  nestedCheck();
  process.exit(0);
}

const chosen = choose(examples, REPEATS, (line) => console.log(line));
if (!chosen) {
  console.error(`trainHedge: no setting reaches precision ${MIN_PRECISION} in cross-validation; model left unchanged.`);
  process.exit(1);
}

// Final model on the whole dev half, its weights rounded as stored, with the cross-validated
// threshold. (Matching instead the share of dev rows the cross-validated models flagged, on the
// final model's own training scores, was used before and dropped: `--nested`, the whole procedure
// repeated on four-fifths of the dev half and scored on the rest, 4 x 5 times, puts that rule at
// P 0.808 R 0.722 against the 0.805 aimed at, and the averaged threshold at P 0.803 R 0.733.)
const trained = train(examples, chosen.l2);
const finalModel: Model = { bias: Math.round(trained.bias * 1e3) / 1e3, weights: {} };
for (const f of Object.keys(trained.weights).sort()) {
  const w = Math.round(trained.weights[f] * 1e3) / 1e3;
  if (w !== 0) finalModel.weights[f] = w;
}
const threshold = Math.round(chosen.threshold * 1e3) / 1e3;
console.log(`chosen l2 ${chosen.l2}; final threshold ${threshold.toFixed(3)}; ${Object.keys(finalModel.weights).length} weights`);
if (values.dry) process.exit(0);
writeFileSync(OUT, `${JSON.stringify({ bias: finalModel.bias, threshold, weights: finalModel.weights }, null, 1)}\n`);
console.log(`wrote ${OUT}`);
