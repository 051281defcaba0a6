// How each evaluation set is scored, as its README in ../shared/eval says. Each scorer lints the
// way a user would meet the text (a whole article, or one sentence where the set is sentences),
// and returns counts at sentence level, the rules behind the flags, and, when asked, the errors.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { lint, languageFromId, type Category, type EngineConfig, type Finding, type Profile } from '../server/src/engine';
import { readProse } from '../server/src/engine/markup';
import { splitSentences } from '../server/src/engine/text/sentences';
import { parseFixture } from '../test/support/fixtureFormat';
import { RULES } from '../server/src/engine/rules';
import { readConll, readSourceLabels, readClaimLabels, readArticle, readPufferyDev, type ArticleSentence } from './evalData';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SetScore {
  set: string;
  scored: string;
  counts: Counts;
  /** Rule id → [flags on positive rows, flags on negative rows]. */
  rules: Map<string, [number, number]>;
  errors: string[];
}

export function ratios(c: Counts) {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const falseAlarmRate = c.fp + c.tn === 0 ? 0 : c.fp / (c.fp + c.tn);
  return { precision, recall, f1, falseAlarmRate };
}

/** Adds one row's outcome to a score; `findings` are those of the scored categories on the row. */
class Tally {
  readonly counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  readonly rules = new Map<string, [number, number]>();
  readonly errors: string[] = [];
  constructor(private readonly keepErrors: boolean) {}

  add(positive: boolean, findings: readonly Finding[], describe: () => string): void {
    const flagged = findings.length > 0;
    if (flagged && positive) this.counts.tp++;
    else if (flagged) this.counts.fp++;
    else if (positive) this.counts.fn++;
    else this.counts.tn++;
    for (const rule of new Set(findings.map((f) => f.rule))) {
      const pair = this.rules.get(rule) ?? [0, 0];
      pair[positive ? 0 : 1]++;
      this.rules.set(rule, pair);
    }
    if (this.keepErrors && flagged !== positive) {
      const said = findings.map((f) => `${f.rule} "${f.text}"${f.severity === 'information' ? ' (information)' : ''}`).join('; ');
      this.errors.push(`${flagged ? 'FALSE ALARM' : 'MISS       '} ${describe()}${said ? `\n      ${said}` : ''}`);
    }
  }

  score(set: string, scored: string): SetScore {
    return { set, scored, counts: this.counts, rules: this.rules, errors: this.errors };
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface ConllSetting {
  scored: string;
  profile: Profile;
  categories: Category[];
}

export const CONLL_SETTINGS: ConllSetting[] = [
  { scored: 'weasel (default profile)', profile: 'default', categories: ['weasel'] },
  { scored: 'weasel+unattributed (default)', profile: 'default', categories: ['weasel', 'unattributed'] },
  { scored: 'weasel+style (hedging profile)', profile: 'hedging', categories: ['weasel', 'style'] },
];

/** CoNLL-2010: a sentence is flagged when any finding of the scored categories lands on it. */
export function scoreConll(half: 'dev' | 'test', setting: ConllSetting, keepErrors: boolean): SetScore {
  const tally = new Tally(keepErrors && half === 'dev');
  for (const row of readConll(half)) {
    const findings = lint(row.sentence, { config: { profile: setting.profile } }).filter((f) => setting.categories.includes(f.category));
    tally.add(row.uncertain, findings, () => `#${row.index}: ${row.sentence}`);
  }
  return tally.score(`CoNLL-2010 ${half} half`, setting.scored);
}

/** Lints each article once, as plain text, the way a reporter's draft would be linted. */
function findingsByArticle(split: 'train' | 'dev', articles: Iterable<string>): Map<string, Finding[]> {
  const byArticle = new Map<string, Finding[]>();
  for (const article of new Set(articles)) byArticle.set(article, lint(readArticle(split, article), { languageId: 'plaintext' }));
  return byArticle;
}

function overlapping(findings: readonly Finding[], row: ArticleSentence, categories: readonly Category[]): Finding[] {
  return findings.filter((f) => categories.includes(f.category) && f.offset < row.end && f.offset + f.length > row.start);
}

/** PolNeAR: `flag` rows (some source vague) against `clean` rows (every source named). */
export function scorePolnearSources(split: 'train' | 'dev', keepErrors: boolean): SetScore {
  const rows = readSourceLabels(split);
  const byArticle = findingsByArticle(split, rows.map((r) => r.article));
  const tally = new Tally(keepErrors);
  for (const row of rows) {
    const findings = overlapping(byArticle.get(row.article)!, row, ['weasel', 'unattributed']);
    tally.add(row.label === 'flag', findings, () => `${row.label} ${row.article.slice(0, 40)}: ${oneLine(row.sentence)}`);
  }
  return tally.score(`PolNeAR ${split}, vague sources`, 'weasel+unattributed, flag vs clean');
}

/**
 * claims-dev.tsv: `unattributed` against `needs-source` (vague-source rows left out), and
 * weasel+unattributed against needs-source and vague-source together.
 */
export function scoreClaims(keepErrors: boolean): SetScore[] {
  const rows = readClaimLabels();
  const byArticle = findingsByArticle('dev', rows.map((r) => r.article));
  const unattributed = new Tally(keepErrors);
  const either = new Tally(false);
  for (const row of rows) {
    const findings = byArticle.get(row.article)!;
    const describe = () => `${row.label} ${row.article.slice(0, 40)}: ${oneLine(row.sentence)}${row.reason ? `  [${row.reason}]` : ''}`;
    if (row.label !== 'vague-source') unattributed.add(row.label === 'needs-source', overlapping(findings, row, ['unattributed']), describe);
    either.add(row.label !== 'ok', overlapping(findings, row, ['weasel', 'unattributed']), describe);
  }
  return [
    unattributed.score('PolNeAR dev, claims (28 articles)', 'unattributed vs needs-source'),
    either.score('PolNeAR dev, claims (28 articles)', 'weasel+unattributed vs needs/vague'),
  ];
}

/** Wikipedia puffery, dev half: `style` findings against sentences editors tagged as peacock. */
export function scorePuffery(keepErrors: boolean): SetScore {
  const tally = new Tally(keepErrors);
  for (const row of readPufferyDev()) {
    const findings = lint(row.sentence).filter((f) => f.category === 'style');
    tally.add(row.peacock, findings, () => `${row.peacock ? 'peacock' : 'clean'} #${row.index}: ${row.sentence}`);
  }
  return tally.score('Wikipedia puffery dev half', 'style (default profile)');
}

const root = resolve(__dirname, '..');
const FIXTURE_CATEGORIES: Category[] = ['weasel', 'unattributed', 'style'];

/** The project's own labelled documents: expected findings marked inline, scored per sentence and category. */
export function scoreFixtures(folder: string, title: string, keepErrors: boolean): SetScore[] {
  const dir = join(root, 'test', folder);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => !f.startsWith('.') && !f.startsWith('README')).sort();
  const categoryOf = new Map(RULES.map((r) => [r.id as string, r.category]));
  const tallies = new Map(FIXTURE_CATEGORIES.map((c) => [c, new Tally(keepErrors)]));
  for (const file of files) {
    const languageId = languageFromId(extname(file).slice(1));
    const { text, expected } = parseFixture(readFileSync(join(dir, file), 'utf8'));
    const config: Partial<EngineConfig> = file.startsWith('hedges') ? { profile: 'hedging' } : {};
    const findings = lint(text, { languageId, config });
    const view = readProse(text, languageId);
    for (const sentence of splitSentences(view.text, view.blocks)) {
      const inside = (offset: number) => offset >= sentence.start && offset < sentence.reach;
      for (const category of FIXTURE_CATEGORIES) {
        const truth = expected.some((e) => inside(e.offset) && categoryOf.get(e.rule) === category);
        const flagged = findings.filter((f) => inside(f.offset) && f.category === category);
        tallies.get(category)!.add(truth, flagged, () => `${category} ${file}: ${oneLine(view.text.slice(sentence.start, sentence.end))}`);
      }
    }
  }
  return FIXTURE_CATEGORIES.map((c) => tallies.get(c)!.score(title, c));
}
