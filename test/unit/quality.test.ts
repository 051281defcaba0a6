// Quality floors on the DEV half of the evaluation set (the half the rules are tuned on), so a
// change that costs precision fails here before anyone reads `npm run eval`. The test half is
// only reported, by `npm run eval`, never asserted on or looked into.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { lint, type Category, type Profile } from '../../server/src/engine';
import { CONLL, missingSets, readConll } from '../../scripts/evalData';
import { ratios, scoreClaims, scorePolnearSources, scorePuffery } from '../../scripts/evalSets';

function precisionRecall(profile: Profile, categories: Category[]) {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  for (const row of readConll('dev')) {
    if (row.uncertain) positives++;
    const flagged = lint(row.sentence, { config: { profile } }).some((f) => categories.includes(f.category));
    if (flagged && row.uncertain) tp++;
    else if (flagged) fp++;
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, positives) };
}

describe('detection quality on the dev half', { skip: existsSync(CONLL) ? false : `${CONLL} not found` }, () => {
  it('default profile, weasel: precision at least 0.85', () => {
    const { precision } = precisionRecall('default', ['weasel']);
    assert.ok(precision >= 0.85, `precision ${precision.toFixed(3)}`);
  });
  it('hedging profile, weasel + style: precision at least 0.80 and recall at least 0.55', () => {
    const { precision, recall } = precisionRecall('hedging', ['weasel', 'style']);
    assert.ok(precision >= 0.8, `precision ${precision.toFixed(3)}`);
    assert.ok(recall >= 0.55, `recall ${recall.toFixed(3)}`);
  });
});

// Floors on the other development sets (PolNeAR dev, the puffery dev half), a little under today's
// figures: a change that gives back what issue 11 gained fails here, not only in `npm run eval`.
describe('detection quality on real writing, development sets', { skip: missingSets().length === 0 ? false : `not found: ${missingSets().join(', ')}` }, () => {
  it('PolNeAR dev, vague sources: recall at least 0.48 with at most 2.2% of clean sentences flagged', () => {
    const { recall, falseAlarmRate } = ratios(scorePolnearSources('dev', false).counts);
    assert.ok(recall >= 0.48, `recall ${recall.toFixed(3)}`);
    assert.ok(falseAlarmRate <= 0.022, `false alarms ${(100 * falseAlarmRate).toFixed(1)}%`);
  });
  it('PolNeAR dev, claims: unattributed precision at least 0.60', () => {
    const { precision } = ratios(scoreClaims(false)[0].counts);
    assert.ok(precision >= 0.6, `precision ${precision.toFixed(3)}`);
  });
  it('Wikipedia puffery dev half: style precision at least 0.78 and recall at least 0.50', () => {
    const { precision, recall } = ratios(scorePuffery(false).counts);
    assert.ok(precision >= 0.78, `precision ${precision.toFixed(3)}`);
    assert.ok(recall >= 0.5, `recall ${recall.toFixed(3)}`);
  });
});
