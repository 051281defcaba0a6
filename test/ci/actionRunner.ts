// Runs action.yml as GitHub's runner runs a composite action, on this machine: each step's `if`
// and every `${{ }}` expression are evaluated (the forms action.yml uses; anything else throws,
// so a new form has to be taught here first), `run` steps are run with bash in the given folder
// with GITHUB_ACTION_PATH pointing at this checkout, and `uses` steps, which cannot run here
// (upload-sarif talks to GitHub), are recorded with their evaluated inputs.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { tempDir } from '../support/tempDirs';

export const ROOT = path.resolve(__dirname, '../..');

interface ActionStep {
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

export interface ActionFile {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function readAction(): ActionFile {
  return parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionFile;
}

/** A step that ran: a `run` step with its exit status and output, or a `uses` step with its inputs. */
export interface StepRun {
  id?: string;
  uses?: string;
  with?: Record<string, string>;
  status?: number | null;
  stdout: string;
  stderr: string;
}

export interface ActionRun {
  /** Whether a step failed, which fails the action. */
  failed: boolean;
  /** The steps whose `if` held, in order. */
  ran: StepRun[];
  /** The action's outputs, evaluated after the last step. */
  outputs: Record<string, string>;
}

interface Context {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
  failed: boolean;
}

function operand(text: string, context: Context): string {
  const literal = /^'((?:[^']|'')*)'$/.exec(text);
  if (literal) return literal[1].replace(/''/g, "'");
  const input = /^inputs\.([\w-]+)$/.exec(text);
  if (input) return context.inputs[input[1]] ?? '';
  const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(text);
  if (output) return context.steps[output[1]]?.outputs[output[2]] ?? '';
  throw new Error(`actionRunner: cannot evaluate "${text}"`);
}

function holds(term: string, context: Context): boolean {
  if (term === '!cancelled()' || term === 'always()') return true;
  if (term === 'success()') return !context.failed;
  if (term === 'failure()') return context.failed;
  const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(term);
  if (!comparison) throw new Error(`actionRunner: cannot evaluate "${term}"`);
  // GitHub compares strings ignoring case.
  const equal = operand(comparison[1], context).toLowerCase() === operand(comparison[3], context).toLowerCase();
  return comparison[2] === '==' ? equal : !equal;
}

/** A step's `if`, with or without `${{ }}`; a step without one runs while no step has failed. */
function condition(expression: string | undefined, context: Context): boolean {
  if (expression === undefined) return !context.failed;
  const inner = /^\$\{\{(.*)\}\}$/s.exec(expression.trim())?.[1] ?? expression;
  return inner.split('&&').every((term) => holds(term.trim(), context));
}

function substitute(text: string, context: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, inner: string) => operand(inner.trim(), context));
}

function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const pair = /^([\w-]+)=(.*)$/.exec(line);
    if (!pair) throw new Error(`actionRunner: cannot read the output line "${line}"`);
    outputs[pair[1]] = pair[2];
  }
  return outputs;
}

/** Runs the action in `cwd` (the workspace) with `given` inputs; the others take their defaults. */
export function runAction(cwd: string, given: Record<string, string> = {}): ActionRun {
  const action = readAction();
  if (action.runs.using !== 'composite') throw new Error('actionRunner: only composite actions');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = given[name] ?? spec.default ?? '';
  for (const name of Object.keys(given)) if (!(name in action.inputs)) throw new Error(`actionRunner: action.yml has no input "${name}"`);
  const context: Context = { inputs, steps: {}, failed: false };
  const ran: StepRun[] = [];
  for (const step of action.runs.steps) {
    if (!condition(step.if, context)) continue;
    if (step.uses !== undefined) {
      const inputsOfStep = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, substitute(String(value), context)]));
      ran.push({ id: step.id, uses: step.uses, with: inputsOfStep, stdout: '', stderr: '' });
      continue;
    }
    if (step.shell !== 'bash' || step.run === undefined) throw new Error('actionRunner: only bash run steps and uses steps');
    const outputFile = path.join(tempDir({ output: '' }, 'whosays-action-'), 'output');
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: cwd, GITHUB_OUTPUT: outputFile };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(String(value), context);
    // How the runner starts a `shell: bash` step.
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', substitute(step.run, context)], { cwd, env, encoding: 'utf8', timeout: 60_000 });
    if (result.error) throw result.error;
    if (step.id !== undefined) context.steps[step.id] = { outputs: readOutputs(outputFile) };
    if (result.status !== 0) context.failed = true;
    ran.push({ id: step.id, status: result.status, stdout: result.stdout, stderr: result.stderr });
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([name, spec]) => [name, substitute(spec.value, context)]));
  return { failed: context.failed, ran, outputs };
}

