// The GitHub Action (action.yml): its steps run as the runner would run them (actionRunner.ts) on a
// fixture workspace, through this checkout's dist/cli.js. What is checked is what a workflow sees:
// the annotations, whether the action fails for each fail-level, the SARIF file and the upload
// step that would send it to code scanning.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { removeTempDirs, tempDir } from '../support/tempDirs';
import { parse } from 'yaml';
import { ROOT, readAction, runAction, type ActionRun } from './actionRunner';

const UPLOAD = 'github/codeql-action/upload-sarif@v3';
/** What the README's workflows call the action: the repository Who Says is installed from. */
const README_ACTION = 'your-org/whosays@v1';

function workspace(): string {
  return tempDir({
    'docs/bad.md': '# Bridge\n\nMany believe the bridge was sabotaged.\n',
    'docs/clean.md': '# Council\n\nThe council voted on Tuesday, the clerk said.\n',
    'docs/hedge.txt': 'The new bridge will probably reduce traffic.\n',
    'notes/story.wiki': 'Sources say the mayor will resign.\n',
    // Not a document: a folder argument leaves it out.
    'src/app.js': '// Many believe this works.\n',
    'ci/strict.json': '{ "rules": { "weasel/anonymous-source": "error" } }\n',
  }, 'whosays-workspace-');
}

function lintStep(run: ActionRun) {
  const step = run.ran.find((s) => s.id === 'lint');
  assert.ok(step, 'the lint step ran');
  return step;
}

/** The lint step's standard output, which must hold workflow commands only. */
function annotations(run: ActionRun): string[] {
  const lines = lintStep(run).stdout.split('\n').filter(Boolean);
  for (const line of lines) assert.match(line, /^::(error|warning|notice) /, 'standard output holds annotations only');
  return lines;
}

function uploads(run: ActionRun) {
  return run.ran.filter((s) => s.uses === UPLOAD);
}

describe('the GitHub Action', () => {
  after(removeTempDirs);

  it('is a composite action whose inputs all have defaults', () => {
    const action = readAction();
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['config', 'docs-base-url', 'fail-level', 'files', 'format', 'profile', 'sarif-file']);
    for (const [name, spec] of Object.entries(action.inputs)) assert.equal(typeof spec.default, 'string', name);
  });

  it('by default lints every document of the workspace, prints an annotation per finding and fails on a warning', () => {
    const run = runAction(workspace());
    const lines = annotations(run);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[0], /^::warning file=docs\/bad\.md,line=3,col=1,.*weasel\/vague-majority/);
    assert.match(lines[1], /^::warning file=notes\/story\.wiki,line=1,col=1,.*weasel\/anonymous-source/);
    assert.match(lintStep(run).stderr, /2 problems \(2 warnings\)/, 'the summary line is in the log');
    assert.equal(lintStep(run).status, 1);
    assert.equal(run.failed, true);
    assert.deepEqual(uploads(run), [], 'no upload without sarif');
  });

  it('with fail-level error, warnings are annotated but pass', () => {
    const run = runAction(workspace(), { 'fail-level': 'error' });
    assert.equal(annotations(run).length, 2);
    assert.equal(run.failed, false, lintStep(run).stderr);
  });

  it('with fail-level error, an error-level finding (from the config input) fails', () => {
    const run = runAction(workspace(), { 'fail-level': 'error', config: 'ci/strict.json' });
    const lines = annotations(run);
    assert.ok(lines.some((l) => /^::error file=notes\/story\.wiki,line=1,.*weasel\/anonymous-source/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^::warning file=docs\/bad\.md,/.test(l)), lines.join('\n'));
    assert.equal(run.failed, true);
  });

  it('with fail-level none, even errors pass, and are still annotated', () => {
    const run = runAction(workspace(), { 'fail-level': 'none', config: 'ci/strict.json' });
    assert.ok(annotations(run).some((l) => l.startsWith('::error file=notes/story.wiki,')));
    assert.equal(run.failed, false, lintStep(run).stderr);
  });

  it('lints only the files input: names and globs, on several lines', () => {
    const run = runAction(workspace(), { files: 'notes/*.wiki\n  docs/clean.md docs/hedge.txt\n' });
    const lines = annotations(run);
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0], /file=notes\/story\.wiki,/);
    assert.match(lintStep(run).stderr, /in 3 files/);
  });

  it('passes the profile input on: hedging adds hedges, as notices that do not fail', () => {
    const plain = runAction(workspace(), { files: 'docs/hedge.txt' });
    assert.deepEqual(annotations(plain), []);
    const hedging = runAction(workspace(), { files: 'docs/hedge.txt', profile: 'hedging' });
    const lines = annotations(hedging);
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0], /^::notice file=docs\/hedge\.txt,line=1,.*style\/hedge/);
    assert.equal(hedging.failed, false);
  });

  it('with format sarif, writes the SARIF file, names it as the output and uploads it even though findings fail the step', () => {
    const dir = workspace();
    const run = runAction(dir, { format: 'sarif', 'sarif-file': 'reports/prose.sarif' });
    const file = path.join(realpathSync(dir), 'reports', 'prose.sarif');
    assert.equal(lintStep(run).stdout, '', 'the SARIF goes to the file');
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results.map((r) => r.ruleId).sort(), ['weasel/anonymous-source', 'weasel/vague-majority']);
    assert.match(JSON.stringify(sarif.runs[0].results), /docs\/bad\.md/);
    assert.equal(run.outputs['sarif-file'], file);
    assert.equal(run.failed, true, 'a warning fails the action');
    const [upload, ...more] = uploads(run);
    assert.deepEqual(more, []);
    assert.equal(upload?.with?.sarif_file, file);
  });

  it('docs-base-url points the rule pages of the SARIF file at the given address', () => {
    const dir = workspace();
    const run = runAction(dir, { format: 'sarif', 'docs-base-url': 'https://example.org/whosays/docs/rules/' });
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8')) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] };
    const rule = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'weasel/vague-majority');
    assert.equal(rule?.helpUri, 'https://example.org/whosays/docs/rules/vague-majority.md');
  });

  it('with format sarif and a missing file, fails with no SARIF file and no upload, whatever the fail-level', () => {
    const dir = workspace();
    const run = runAction(dir, { format: 'sarif', files: 'docs/missing.md', 'fail-level': 'none' });
    assert.equal(lintStep(run).status, 2);
    assert.match(lintStep(run).stderr, /missing\.md/);
    assert.equal(existsSync(path.join(dir, 'whosays.sarif')), false);
    assert.equal(run.outputs['sarif-file'], '');
    assert.deepEqual(uploads(run), []);
    assert.equal(run.failed, true);
  });

  it('refuses an unknown format or fail-level with an error annotation', () => {
    for (const inputs of [{ format: 'xml' }, { 'fail-level': 'notice' }] as Record<string, string>[]) {
      const run = runAction(workspace(), inputs);
      assert.match(lintStep(run).stdout, /^::error title=Who Says::input (format|fail-level) is "(xml|notice)"; expected /);
      assert.equal(lintStep(run).status, 2);
      assert.equal(run.failed, true);
    }
  });

  it("runs with the inputs of the README's workflows", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]) as { jobs?: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> });
    const steps = blocks.flatMap((b) => Object.values(b.jobs ?? {}).flatMap((job) => job.steps)).filter((s) => s.uses === README_ACTION);
    assert.equal(steps.length, 2, 'the annotations workflow and the SARIF one');
    for (const step of steps) {
      const run = runAction(workspace(), step.with ?? {});
      // Findings (1), not a usage error (2): every input was understood.
      assert.equal(lintStep(run).status, 1, lintStep(run).stdout + lintStep(run).stderr);
      assert.match(lintStep(run).stderr, /\bwarnings?\b/);
    }
  });
});
