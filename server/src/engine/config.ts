// Reading `.whosays.json`: parse JSON with comments, then check every key so that each error
// points at the node that is wrong. Pure (no Node built-ins): the language server in a browser
// worker uses it too.

import { SyntaxKind, createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH } from './limits';
import { LineIndex } from './lineIndex';
import { CATEGORIES, RULE_IDS } from './ruleIds';
import type { EngineConfig, MarkerPlacementSetting, MarkerTexts, MarkupLanguage, Profile, RuleSetting } from './types';

export interface ConfigError {
  message: string;
  /** UTF-16 offset of the offending text in the configuration. */
  offset: number;
  length: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** Set on a JSON syntax error (which any JSON editor also reports), absent for Who Says' own checks. */
  kind?: 'syntax';
}

export interface ParsedConfig {
  /** Everything that was valid; check `errors` before using it. */
  config: Partial<EngineConfig>;
  errors: ConfigError[];
}

export const CONFIG_KEYS = ['$schema', 'profile', 'rules', 'allow', 'markers', 'markerPlacement'] as const;
export const PROFILES: readonly Profile[] = ['default', 'hedging'];
export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];
export const MARKUP_LANGUAGES: readonly MarkupLanguage[] = ['plaintext', 'markdown', 'html', 'latex', 'wikitext'];
export const MARKER_KEYS: readonly (keyof MarkerTexts)[] = ['citationNeeded', 'who', 'byWhom'];
export const MARKER_PLACEMENTS: readonly MarkerPlacementSetting[] = ['auto', 'afterPunctuation', 'beforePunctuation'];

// Maps, not object literals: a key from the file such as "constructor" must not find
// Object.prototype's members.

/** Short names people write for a language; `markers` wants the full one. */
const LANGUAGE_ALIASES = new Map<string, MarkupLanguage>([
  ['md', 'markdown'],
  ['htm', 'html'],
  ['tex', 'latex'],
  ['wiki', 'wikitext'],
  ['mediawiki', 'wikitext'],
  ['txt', 'plaintext'],
  ['text', 'plaintext'],
]);

const SYNTAX_MESSAGES = new Map<string, string>(Object.entries({
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace "}"',
  CloseBracketExpected: 'expected a closing bracket "]"',
  EndOfFileExpected: 'expected the end of the file after the top-level value',
  InvalidCommentToken: 'malformed comment',
  UnexpectedEndOfComment: 'comment is not closed',
  UnexpectedEndOfString: 'string is not closed',
  UnexpectedEndOfNumber: 'number is cut off',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'invalid character in a string',
}));

/** Parses and validates the text of a `.whosays.json` file. Never throws. */
export function parseConfig(text: string): ParsedConfig {
  const index = new LineIndex(text);
  const errors: ConfigError[] = [];
  const report = (offset: number, length: number, message: string, kind?: 'syntax'): void => {
    const { line, column } = index.lineColumnAt(offset);
    errors.push({ message, offset, length, line, column, ...(kind ? { kind } : {}) });
  };

  if (text.length > MAX_CONFIG_BYTES) {
    report(0, 0, `The configuration is too large: ${text.length} characters, over the limit of ${MAX_CONFIG_BYTES}.`);
    return { config: {}, errors };
  }
  const parseErrors: ParseError[] = [];
  // A byte-order mark is not JSON, but editors write one; blank it so offsets stay the file's.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  // parseTree recurses once per level: thousands of levels overflow the stack.
  const deep = tooDeepAt(source);
  if (deep !== undefined) {
    report(deep, 1, `Objects and arrays are nested too deeply (more than ${MAX_CONFIG_DEPTH} levels); a configuration needs at most 3.`);
    return { config: {}, errors };
  }
  const root = parseTree(source, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });

  if (parseErrors.length > 0) {
    // Only the first: the parser's recovery turns one slip (a missing bracket) into a cascade.
    const first = parseErrors[0];
    const code = printParseErrorCode(first.error);
    report(first.offset, first.length, `Syntax error: ${SYNTAX_MESSAGES.get(code) ?? 'invalid JSON'} (${code}).`, 'syntax');
    return { config: {}, errors };
  }
  if (!root) {
    report(0, 0, 'The configuration is empty; it must be a JSON object such as {}.');
    return { config: {}, errors };
  }
  if (root.type !== 'object') {
    report(root.offset, root.length, `The configuration must be a JSON object, not ${describe(root)}.`);
    return { config: {}, errors };
  }

  const config: Partial<EngineConfig> = {};
  for (const [key, keyNode, value] of properties(root, report, '')) {
    switch (key) {
      case '$schema':
        if (value.type !== 'string') report(value.offset, value.length, `"$schema" must be a string, not ${describe(value)}.`);
        break;
      case 'profile': {
        const profile = checkEnum(value, PROFILES, '"profile"', report);
        if (profile) config.profile = profile;
        break;
      }
      case 'rules': {
        const rules = checkRules(value, report);
        if (rules) config.rules = rules;
        break;
      }
      case 'allow': {
        const allow = checkAllow(value, report);
        if (allow) config.allow = allow;
        break;
      }
      case 'markers': {
        const markers = checkMarkers(value, report);
        if (markers) config.markers = markers;
        break;
      }
      case 'markerPlacement': {
        const placement = checkMarkerPlacement(value, report);
        if (placement) config.markerPlacement = placement;
        break;
      }
      default:
        report(keyNode.offset, keyNode.length, unknownKeyMessage('key', key, CONFIG_KEYS, ''));
    }
  }
  return { config, errors };
}

/**
 * The offset of the first `{` or `[` that opens a level past MAX_CONFIG_DEPTH, or undefined. JSON
 * with comments is scanned token by token, without recursion, so brackets in strings and comments
 * do not count. Exported for other readers of `.whosays.json` that use jsonc-parser's parseTree.
 */
export function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/**
 * Combines configuration layers (defaults, then a file, then command-line options): later layers
 * win; `rules` and `markers` merge key by key; `allow` lists are concatenated.
 */
export function mergeConfigs(...layers: Partial<EngineConfig>[]): Partial<EngineConfig> {
  const merged: Partial<EngineConfig> = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.profile !== undefined) merged.profile = layer.profile;
    if (layer.rules !== undefined) merged.rules = { ...merged.rules, ...layer.rules };
    if (layer.allow !== undefined) merged.allow = [...(merged.allow ?? []), ...layer.allow];
    if (layer.markers !== undefined) {
      const markers: EngineConfig['markers'] = { ...merged.markers };
      for (const language of Object.keys(layer.markers) as MarkupLanguage[]) {
        const texts = layer.markers[language];
        if (texts === undefined) continue;
        markers[language] = { ...markers[language], ...texts };
      }
      merged.markers = markers;
    }
    if (layer.markerPlacement !== undefined) merged.markerPlacement = { ...merged.markerPlacement, ...layer.markerPlacement };
  }
  return merged;
}

type Report = (offset: number, length: number, message: string) => void;

/** The properties of an object node, reporting duplicate keys (the later one is ignored). */
function properties(object: Node, report: Report, where: string): [string, Node, Node][] {
  const seen = new Set<string>();
  const result: [string, Node, Node][] = [];
  for (const property of object.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    if (seen.has(key)) {
      report(keyNode.offset, keyNode.length, `Duplicate key "${key}"${where ? ` in ${where}` : ''}; each key may appear only once.`);
      continue;
    }
    seen.add(key);
    result.push([key, keyNode, value]);
  }
  return result;
}

function checkEnum<T extends string>(node: Node, allowed: readonly T[], what: string, report: Report): T | undefined {
  if (node.type === 'string' && (allowed as readonly string[]).includes(node.value)) return node.value as T;
  const hint = node.type === 'string' ? didYouMean(node.value, allowed) : '';
  report(node.offset, node.length, sentence(`${what} must be ${orList(allowed)}, not ${describe(node)}${hint}`));
  return undefined;
}

function checkRules(node: Node, report: Report): Record<string, RuleSetting> | undefined {
  if (node.type !== 'object') {
    report(node.offset, node.length, `"rules" must be an object mapping rule ids or categories to a severity, not ${describe(node)}.`);
    return undefined;
  }
  const names: readonly string[] = [...RULE_IDS, ...CATEGORIES];
  const rules: Record<string, RuleSetting> = {};
  for (const [key, keyNode, value] of properties(node, report, '"rules"')) {
    if (!names.includes(key)) {
      report(keyNode.offset, keyNode.length, unknownRuleMessage(key));
      continue;
    }
    const setting = checkEnum(value, RULE_SETTINGS, `The setting for "${key}"`, report);
    if (setting) rules[key] = setting;
  }
  return rules;
}

function checkAllow(node: Node, report: Report): string[] | undefined {
  if (node.type !== 'array') {
    report(node.offset, node.length, `"allow" must be an array of phrases, not ${describe(node)}.`);
    return undefined;
  }
  const allow: string[] = [];
  (node.children ?? []).forEach((item, i) => {
    if (item.type !== 'string') {
      report(item.offset, item.length, `"allow[${i}]" must be a string, not ${describe(item)}.`);
    } else if (item.value.trim() === '') {
      report(item.offset, item.length, `"allow[${i}]" is empty; list the phrase that should never be flagged.`);
    } else {
      allow.push(item.value);
    }
  });
  return allow;
}

/** A key of a per-language object ("markers", "markerPlacement") names a markup language; reported otherwise. */
function isMarkupLanguageKey(language: string, keyNode: Node, where: string, report: Report): boolean {
  if ((MARKUP_LANGUAGES as readonly string[]).includes(language)) return true;
  const alias = LANGUAGE_ALIASES.get(language.toLowerCase());
  report(
    keyNode.offset,
    keyNode.length,
    alias ? `Unknown language "${language}" in ${where}; did you mean "${alias}"?` : unknownKeyMessage('language', language, MARKUP_LANGUAGES, ` in ${where}`),
  );
  return false;
}

function checkMarkers(node: Node, report: Report): EngineConfig['markers'] | undefined {
  if (node.type !== 'object') {
    report(node.offset, node.length, `"markers" must be an object keyed by language, not ${describe(node)}.`);
    return undefined;
  }
  const markers: EngineConfig['markers'] = {};
  for (const [language, languageNode, value] of properties(node, report, '"markers"')) {
    if (!isMarkupLanguageKey(language, languageNode, '"markers"', report)) continue;
    const where = `"markers.${language}"`;
    if (value.type !== 'object') {
      report(value.offset, value.length, `${where} must be an object with "citationNeeded", "who" or "byWhom", not ${describe(value)}.`);
      continue;
    }
    const texts: Partial<MarkerTexts> = {};
    for (const [key, keyNode, text] of properties(value, report, where)) {
      if (!(MARKER_KEYS as readonly string[]).includes(key)) {
        report(keyNode.offset, keyNode.length, unknownKeyMessage('marker', key, MARKER_KEYS, ` in ${where}`));
      } else if (text.type !== 'string') {
        report(text.offset, text.length, `"markers.${language}.${key}" must be a string, not ${describe(text)}.`);
      } else if (text.value.trim() === '') {
        report(text.offset, text.length, `"markers.${language}.${key}" is empty; write the marker text to insert.`);
      } else {
        texts[key as keyof MarkerTexts] = text.value;
      }
    }
    markers[language as MarkupLanguage] = texts;
  }
  return markers;
}

/** `"markerPlacement"`: one setting for every language, or an object keyed by language. */
export function placementForLanguages(setting: MarkerPlacementSetting): EngineConfig['markerPlacement'] {
  return Object.fromEntries(MARKUP_LANGUAGES.map((language) => [language, setting]));
}

function checkMarkerPlacement(node: Node, report: Report): EngineConfig['markerPlacement'] | undefined {
  if (node.type === 'string') {
    const setting = checkEnum(node, MARKER_PLACEMENTS, '"markerPlacement"', report);
    return setting && placementForLanguages(setting);
  }
  if (node.type !== 'object') {
    report(node.offset, node.length, `"markerPlacement" must be ${orList(MARKER_PLACEMENTS)}, or an object keyed by language, not ${describe(node)}.`);
    return undefined;
  }
  const placement: EngineConfig['markerPlacement'] = {};
  for (const [language, languageNode, value] of properties(node, report, '"markerPlacement"')) {
    if (!isMarkupLanguageKey(language, languageNode, '"markerPlacement"', report)) continue;
    const setting = checkEnum(value, MARKER_PLACEMENTS, `"markerPlacement.${language}"`, report);
    if (setting) placement[language as MarkupLanguage] = setting;
  }
  return placement;
}

function unknownKeyMessage(kind: string, key: string, allowed: readonly string[], where: string): string {
  const hint = didYouMean(key, allowed);
  return sentence(`Unknown ${kind} "${key}"${where}${hint || `; expected ${orList(allowed)}`}`);
}

function unknownRuleMessage(key: string): string {
  const names: readonly string[] = [...RULE_IDS, ...CATEGORIES];
  // "vague-majority" for "weasel/vague-majority": the category was left off.
  const bySuffix = RULE_IDS.filter((id) => id.slice(id.indexOf('/') + 1) === key.toLowerCase());
  const hint = bySuffix.length === 1 ? `; did you mean "${bySuffix[0]}"?` : didYouMean(key, names);
  return sentence(`Unknown rule id "${key}"${hint || `; use a rule id such as "${RULE_IDS[0]}" or a category (${orList(CATEGORIES)})`}`);
}

/** `; did you mean "x"?` for a near miss, or an empty string. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const best = closest(input, candidates);
  return best === undefined ? '' : `; did you mean "${best}"?`;
}

/** The candidate within a small edit distance of the input (case-insensitive), if any. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    let d = editDistance(needle, hay);
    // A prefix such as "warn" for "warning" or "info" for "information" is a near miss too.
    if (needle.length >= 3 && hay.startsWith(needle)) d = Math.min(d, 1);
    // So is another ending on the same stem: "hedge" for "hedging".
    else if (needle.length >= 4 && hay.startsWith(needle.slice(0, -1))) d = Math.min(d, 2);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(Math.min(needle.length, best.length) * 0.3));
  return bestDistance <= limit && bestDistance < Math.max(needle.length, best.length) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  // Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
      }
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

function describe(node: Node): string {
  switch (node.type) {
    case 'string':
      return JSON.stringify(node.value);
    case 'number':
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      return 'a property';
  }
}

/** Ends a message with a full stop unless it already ends with a question mark. */
function sentence(text: string): string {
  return /[.?]$/.test(text) ? text : `${text}.`;
}

function orList(items: readonly string[]): string {
  const quoted = items.map((s) => `"${s}"`);
  if (quoted.length <= 1) return quoted.join('');
  if (quoted.length === 2) return `${quoted[0]} or ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
