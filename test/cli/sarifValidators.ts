// The two judges of the command's SARIF: Microsoft's SARIF Multitool (`validate`: the schema, the
// spec's rules SARIF1xxx/2xxx and, on request, GitHub code scanning's GHxxxx) and the SARIF 2.1.0
// JSON schema that ships in the multitool's package, checked with Ajv. Both come from npm
// (devDependencies @microsoft/sarif-multitool, ajv, ajv-formats); nothing is copied here.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { tempDir } from './helpers';

const requireHere = createRequire(__filename);

/** The multitool's executable: @microsoft/sarif-multitool resolves to its platform package's binary. */
export const MULTITOOL = requireHere('@microsoft/sarif-multitool') as string;

/** The schema, from the same platform package (it sits beside the binary). */
export const SCHEMA_FILE = requireHere.resolve(`@microsoft/sarif-multitool-${process.platform}/sarif-2.1.0.json`);

let validateSchema: ValidateFunction | undefined;

/** Ajv's complaints about `log` against the SARIF 2.1.0 schema (draft 2020-12), [] when valid. */
export function schemaErrors(log: unknown): string[] {
  if (!validateSchema) {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    validateSchema = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  }
  if (validateSchema(log)) return [];
  return (validateSchema.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

// SARIF2006 fetches every http(s) URI in the log to see that it answers: these tests send nothing
// to the network. GitHub's rules are off by default; these are the ones that say whether code
// scanning can show a result (a location, a file path, a region with lines), made errors.
const CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options"><Property Key="RuleEnabled" Value="Disabled" /></Properties>
  <Properties Key="GH1001.ProvideRequiredLocationProperties.Options"><Property Key="RuleEnabled" Value="Error" /></Properties>
  <Properties Key="GH1003.ProvideRequiredRegionProperties.Options"><Property Key="RuleEnabled" Value="Error" /></Properties>
  <Properties Key="GH1004.ReviewArraysThatExceedConfigurableDefaults.Options"><Property Key="RuleEnabled" Value="Error" /></Properties>
  <Properties Key="GH1005.LocationsMustBeRelativeUrisOrFilePaths.Options"><Property Key="RuleEnabled" Value="Error" /></Properties>
</Properties>
`;

interface MultitoolLog {
  runs: {
    tool: { driver: { rules?: { id: string; defaultConfiguration?: { level?: string }; messageStrings?: Record<string, { text: string }> }[] } };
    invocations?: { executionSuccessful?: boolean; toolExecutionNotifications?: { level?: string; message: { text?: string } }[] }[];
    results?: { ruleId: string; ruleIndex?: number; level?: string; message: { id?: string; text?: string; arguments?: string[] } }[];
  }[];
}

/**
 * What `Sarif.Multitool validate` finds at error or warning level in `file`, one line each ([] when
 * it finds nothing). `github`: also GitHub code scanning's rules. A run that breaks down (a crash,
 * a non-zero exit) throws.
 */
export function multitoolProblems(file: string, options: { github: boolean }): string[] {
  const dir = tempDir({ 'validate.config.xml': CONFIG });
  const output = path.join(dir, 'validation.sarif');
  const args = ['validate', file, '--output', output, '--log', 'ForceOverwrite', '--config', path.join(dir, 'validate.config.xml'), '--rule-kind', options.github ? 'Sarif;Gh' : 'Sarif'];
  const run = spawnSync(MULTITOOL, args, {
    // The multitool is a .NET program: without ICU it needs the invariant culture.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`the multitool failed (exit ${run.status}): ${run.stdout}${run.stderr}`);
  const log = JSON.parse(readFileSync(output, 'utf8')) as MultitoolLog;
  const sarifRun = log.runs[0];
  for (const invocation of sarifRun.invocations ?? []) {
    const broken = (invocation.toolExecutionNotifications ?? []).filter((n) => n.level === 'error');
    if (invocation.executionSuccessful === false || broken.length > 0) {
      throw new Error(`the multitool broke down: ${broken.map((n) => n.message.text ?? '').join('\n')}`);
    }
  }
  const rules = sarifRun.tool.driver.rules ?? [];
  const problems: string[] = [];
  for (const result of sarifRun.results ?? []) {
    const rule = result.ruleIndex === undefined ? rules.find((r) => r.id === result.ruleId) : rules[result.ruleIndex];
    const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
    if (level !== 'error' && level !== 'warning') continue;
    const template = result.message.text ?? (result.message.id ? rule?.messageStrings?.[result.message.id]?.text : undefined) ?? '';
    const text = template.replace(/\{(\d+)\}/g, (_, i: string) => result.message.arguments?.[Number(i)] ?? '');
    problems.push(`${level} ${result.ruleId}: ${text}`);
  }
  return problems;
}
