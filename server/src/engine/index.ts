// The engine's facade: everything the CLI, the language server and a browser worker need.

export { lint, resolveConfig, ruleSetting, DEFAULT_CONFIG } from './lint';
export { isKnownLanguageId, languageFromId } from './markup';
export { RULES } from './rules';
export { RULE_IDS, CATEGORIES, type RuleId } from './ruleIds';
export { DEFAULT_MARKERS } from './fixes';
export { applyEdits } from './text/edits';
export type * from './types';
