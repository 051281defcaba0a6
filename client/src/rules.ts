// The rules, for the "Show rule documentation" quick pick. Ids and one-line descriptions come from
// client/src/ruleList.ts, which `npm run generate` writes from the engine's RULES: the extension
// bundles neither the engine nor the .whosays.json schema (which holds the same sentences among
// much else) to know them.
import { RULE_LIST } from './ruleList';

export interface RuleInfo {
  id: string;
  category: string;
  description: string;
}

export const RULES: readonly RuleInfo[] = RULE_LIST.map(({ id, description }) => ({
  id,
  category: id.slice(0, id.indexOf('/')),
  description,
}));

export function findRule(id: string): RuleInfo | undefined {
  return RULES.find((rule) => rule.id === id);
}
