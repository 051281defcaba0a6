// Trains the hedge scorer (server/src/engine/rules/hedgeModel.json) on the DEV half only.
//
// Multiple-instance logistic regression: a sentence's score is the best score of its candidate
// cues, and only sentence labels are known, so the gradient goes to the best-scoring candidate.
// The threshold is chosen by 5-fold cross-validation inside the dev half: the highest recall at
// which the hedging profile's precision (weasel + style findings) stays at or above the target.
// Deterministic: same data, same weights.
//
//   npm run train:hedge            write the model
//   npm run train:hedge -- --dry   report cross-validated figures only

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lint } from '../server/src/engine';
import { PhraseSet } from '../server/src/engine/phrases';
import { MatchView } from '../server/src/engine/rules/rule';
import { HEDGE_CLASSES, HEDGE_CUES, hedgeFeatures, hedgeScore } from '../server/src/engine/rules/hedge';
import { readProse } from '../server/src/engine/markup';
import { splitSentences } from '../server/src/engine/text/sentences';
import { tokenize } from '../server/src/engine/text/tokens';
import { findQuotations, inSpans } from '../server/src/engine/attribution';
import { readConll } from './evalData';

const { values } = parseArgs({
  options: {
    dry: { type: 'boolean', default: false },
    // The target is 0.80 on unseen text; cross-validated precision varies by about ±0.02 between
    // halves, so the threshold is set for 0.82 to keep a margin.
    'min-precision': { type: 'string', default: '0.82' },
    folds: { type: 'string', default: '5' },
    aggregate: { type: 'string', default: 'max' },
  },
});
const MIN_PRECISION = Number(values['min-precision']);
const FOLDS = Number(values.folds);
const SUM = values.aggregate === 'sum';
const OUT = resolve(__dirname, '..', 'server', 'src', 'engine', 'rules', 'hedgeModel.json');

interface Example {
  label: number;
  /** Feature lists of the candidate cues in the sentence. */
  candidates: string[][];
  /** Flagged anyway by the other rules scored in the hedging profile (weasel, other style checks). */
  otherwise: boolean;
}

// Sure cues are flagged without the scorer: they count as "flagged anyway", and the scorer learns the rest.
const candidatesOf = new PhraseSet<(typeof HEDGE_CUES)[number]>();
for (const entry of HEDGE_CUES) if (!entry.sure) candidatesOf.add(entry.pattern, entry, HEDGE_CLASSES);
const sureCues = new PhraseSet<(typeof HEDGE_CUES)[number]>();
for (const entry of HEDGE_CUES) if (entry.sure) sureCues.add(entry.pattern, entry, HEDGE_CLASSES);

function hasSureCue(sentence: string): boolean {
  const tokens = tokenize(sentence);
  return sureCues.matchAll(tokens).some((match) => !match.entry.when || match.entry.when(new MatchView(tokens, match.first, match.last)));
}

function extract(sentence: string): string[][] {
  const view = readProse(sentence, 'plaintext');
  const out: string[][] = [];
  for (const s of splitSentences(view.text, view.blocks)) {
    const tokens = tokenize(view.text, s.start, s.end);
    const block = view.blocks[s.block];
    const quotes = findQuotations(view.text, block.start, block.end);
    for (const match of candidatesOf.matchAll(tokens)) {
      const m = new MatchView(tokens, match.first, match.last);
      if (match.entry.when && !match.entry.when(m)) continue;
      if (inSpans(quotes, tokens[match.first].start)) continue;
      out.push(hedgeFeatures(m));
    }
  }
  return out;
}

const dev = readConll('dev');
console.log(`training on the dev half: ${dev.length} sentences`);
const examples: Example[] = dev.map((row) => ({
  label: row.uncertain ? 1 : 0,
  candidates: extract(row.sentence),
  otherwise: lint(row.sentence, { config: { profile: 'hedging', rules: { 'style/hedge': 'off' } } }).some((f) => f.category === 'weasel' || f.category === 'style') || hasSureCue(row.sentence),
}));

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

interface Model {
  bias: number;
  weights: Record<string, number>;
}

function train(data: Example[], l2: number, epochs = Number(process.env.EPOCHS ?? 60), rate = Number(process.env.RATE ?? 0.2), minCount = Number(process.env.MINCOUNT ?? 2)): Model {
  const counts = new Map<string, number>();
  for (const ex of data) for (const f of new Set(ex.candidates.flat())) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = (f: string) => (counts.get(f) ?? 0) >= minCount;
  const weights: Record<string, number> = {};
  const squares: Record<string, number> = {};
  let bias = 0;
  let biasSquares = 0;
  const usable = data.filter((ex) => ex.candidates.length > 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of usable) {
      let best = -Infinity;
      let bestFeatures: string[] = [];
      if (SUM) {
        bestFeatures = [...new Set(ex.candidates.flat())];
        best = hedgeScore(bestFeatures, weights, bias);
      } else {
        for (const c of ex.candidates) {
          const s = hedgeScore(c, weights, bias);
          if (s > best) {
            best = s;
            bestFeatures = c;
          }
        }
      }
      const gradient = sigmoid(best) - ex.label;
      biasSquares += gradient * gradient;
      bias -= (rate * gradient) / Math.sqrt(biasSquares + 1e-8);
      for (const f of bestFeatures) {
        if (!kept(f)) continue;
        const g = gradient + l2 * (weights[f] ?? 0);
        squares[f] = (squares[f] ?? 0) + g * g;
        weights[f] = (weights[f] ?? 0) - (rate * g) / Math.sqrt(squares[f] + 1e-8);
      }
    }
  }
  return { bias, weights };
}

function sentenceScore(model: Model, ex: Example): number {
  if (SUM) return ex.candidates.length === 0 ? -Infinity : hedgeScore([...new Set(ex.candidates.flat())], model.weights, model.bias);
  let best = -Infinity;
  for (const c of ex.candidates) best = Math.max(best, hedgeScore(c, model.weights, model.bias));
  return best;
}

interface Point {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall of (other rules OR hedge score >= t), for every useful threshold. */
function curve(scored: Array<{ score: number; ex: Example }>): Point[] {
  const thresholds = [...new Set(scored.map((s) => s.score).filter(Number.isFinite))].sort((a, b) => a - b);
  const positives = scored.filter((s) => s.ex.label === 1).length;
  return thresholds.map((t) => {
    let tp = 0;
    let fp = 0;
    for (const { score, ex } of scored) {
      if (ex.otherwise || score >= t) {
        if (ex.label === 1) tp++;
        else fp++;
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, positives);
    return { threshold: t, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
  });
}

function choose(points: Point[]): Point | undefined {
  return points.filter((p) => p.precision >= MIN_PRECISION).sort((a, b) => b.recall - a.recall || b.precision - a.precision)[0];
}

let bestSetting: { l2: number; point: Point } | undefined;
for (const l2 of [0.1, 0.3, 1, 3]) {
  const scored: Array<{ score: number; ex: Example }> = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainSet = examples.filter((_, i) => i % FOLDS !== fold);
    const model = train(trainSet, l2);
    examples.forEach((ex, i) => {
      if (i % FOLDS === fold) scored.push({ score: sentenceScore(model, ex), ex });
    });
  }
  const points = curve(scored);
  const atRecall = points.filter((p) => p.recall >= 0.7).sort((a, b) => b.precision - a.precision)[0];
  if (atRecall) console.log(`    best precision at recall >= 0.70: P ${atRecall.precision.toFixed(3)} R ${atRecall.recall.toFixed(3)}`);
  const point = choose(points);
  console.log(`  l2 ${l2}: cross-validated ${point ? `P ${point.precision.toFixed(3)} R ${point.recall.toFixed(3)} F1 ${point.f1.toFixed(3)} at threshold ${point.threshold.toFixed(3)}` : `no threshold reaches P ${MIN_PRECISION}`}`);
  if (point && (!bestSetting || point.recall > bestSetting.point.recall)) bestSetting = { l2, point };
}
if (!bestSetting) {
  console.error(`trainHedge: no setting reaches precision ${MIN_PRECISION} in cross-validation; model left unchanged.`);
  process.exit(1);
}

// Final model on the whole dev half; its threshold is set where the cross-validated one put the
// same share of dev sentences, since scores on training data run higher than on unseen data.
const finalModel = train(examples, bestSetting.l2);
const cvScored: number[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(examples.filter((_, i) => i % FOLDS !== fold), bestSetting.l2);
  examples.forEach((ex, i) => {
    if (i % FOLDS === fold) cvScored.push(sentenceScore(model, ex));
  });
}
const share = cvScored.filter((s) => s >= bestSetting!.point.threshold).length / examples.length;
const finalScores = examples.map((ex) => sentenceScore(finalModel, ex)).filter(Number.isFinite).sort((a, b) => b - a);
const threshold = finalScores[Math.max(0, Math.min(finalScores.length - 1, Math.round(share * examples.length) - 1))];

const weights: Record<string, number> = {};
for (const f of Object.keys(finalModel.weights).sort()) {
  const w = Math.round(finalModel.weights[f] * 1e4) / 1e4;
  if (Math.abs(w) >= 1e-3) weights[f] = w;
}
console.log(`chosen l2 ${bestSetting.l2}; final threshold ${threshold.toFixed(4)}; ${Object.keys(weights).length} weights`);
if (values.dry) process.exit(0);
writeFileSync(OUT, `${JSON.stringify({ bias: Math.round(finalModel.bias * 1e4) / 1e4, threshold: Math.round(threshold * 1e4) / 1e4, weights }, null, 1)}\n`);
console.log(`wrote ${OUT}`);
