// The rules, for the "Show rule documentation" quick pick. Ids and one-line descriptions come from
// the JSON schema of `.whosays.json` (bundled into the extension at build time), which `npm run
// generate` writes from the engine's RULES: the extension does not bundle the engine itself.
import schema from '../../schemas/whosays.schema.json';

export interface RuleInfo {
  id: string;
  category: string;
  description: string;
}

const ruleProperties = schema.properties.rules.properties as Record<string, { description: string }>;

export const RULES: readonly RuleInfo[] = Object.entries(ruleProperties)
  .filter(([id]) => id.includes('/'))
  .map(([id, { description }]) => ({
    id,
    category: id.slice(0, id.indexOf('/')),
    // The schema adds the allowed severities; the quick pick wants the rule's own sentence.
    description: description.replace(/\s*One of "error".*$/, ''),
  }));

export function findRule(id: string): RuleInfo | undefined {
  return RULES.find((rule) => rule.id === id);
}
