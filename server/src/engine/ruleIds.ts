// Rule ids and categories. The ids are read off RULES (rules/index.ts), the one list of rules.
// They are stable: other tools read them (JSON output, editor diagnostics, config files), so never
// rename one.

import type { Category } from './types';
import { RULES } from './rules';

/** `category/name`, e.g. "weasel/vague-majority". */
export type RuleId = `${Category}/${string}`;

/** Every rule id, in the order of RULES (the priority order for overlapping findings). */
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

export const CATEGORIES = ['weasel', 'unattributed', 'style'] as const satisfies readonly Category[];

/**
 * The documentation page of a rule under `docsBaseUrl` (a folder URL ending in "/"): the rule id
 * after the slash, with ".md" (docs/rules/vague-majority.md). Undefined without a base: no link
 * rather than a wrong one. The editor's hover, its diagnostics, SARIF, rdjsonl and the sourcing
 * report all link rules this way.
 */
export function ruleDocumentation(rule: string, docsBaseUrl: string | undefined): string | undefined {
  return docsBaseUrl === undefined ? undefined : `${docsBaseUrl}${encodeURIComponent(rule.slice(rule.indexOf('/') + 1))}.md`;
}
