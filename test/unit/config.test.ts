import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { MARKER_KEYS, MARKER_PLACEMENTS, MARKUP_LANGUAGES, PROFILES, RULE_SETTINGS, mergeConfigs, parseConfig, type ConfigError } from '../../server/src/engine/config';
import { LineIndex } from '../../server/src/engine/lineIndex';
import { CATEGORIES, RULE_IDS } from '../../server/src/engine/ruleIds';
import type { EngineConfig } from '../../server/src/engine/types';

type Expected = Pick<ConfigError, 'message' | 'line' | 'column' | 'length'> & { offset?: number };

describe('parseConfig accepts valid configurations', () => {
  const cases: { name: string; text: string; config: Partial<EngineConfig> }[] = [
    { name: 'empty object', text: '{}', config: {} },
    { name: 'comments and trailing commas', text: '// team settings\n{\n  /* strict */ "profile": "hedging",\n  "allow": ["widely regarded",],\n}\n', config: { profile: 'hedging', allow: ['widely regarded'] } },
    { name: '$schema is allowed and not kept', text: '{"$schema": "./schemas/whosays.schema.json"}', config: {} },
    {
      name: 'rules by id and by category',
      text: '{"rules": {"weasel/vague-majority": "error", "style": "off", "style/hedge": "hint"}}',
      config: { rules: { 'weasel/vague-majority': 'error', style: 'off', 'style/hedge': 'hint' } },
    },
    {
      name: 'markers',
      text: '{"markers": {"latex": {"citationNeeded": "\\\\citeneeded{}", "who": "\\\\who{}"}, "wikitext": {"byWhom": "{{by whom|date={date}}}"}}}',
      config: { markers: { latex: { citationNeeded: '\\citeneeded{}', who: '\\who{}' }, wikitext: { byWhom: '{{by whom|date={date}}}' } } },
    },
    { name: 'byte-order mark', text: '\uFEFF{"profile": "default"}', config: { profile: 'default' } },
    {
      name: 'markerPlacement for every language',
      text: '{"markerPlacement": "beforePunctuation"}',
      config: { markerPlacement: { plaintext: 'beforePunctuation', markdown: 'beforePunctuation', html: 'beforePunctuation', latex: 'beforePunctuation', wikitext: 'beforePunctuation' } },
    },
    { name: 'markerPlacement per language', text: '{"markerPlacement": {"wikitext": "afterPunctuation", "latex": "auto"}}', config: { markerPlacement: { wikitext: 'afterPunctuation', latex: 'auto' } } },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const result = parseConfig(c.text);
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.config, c.config);
    });
  }
});

describe('parseConfig reports each problem at the offending node', () => {
  const cases: { name: string; text: string; errors: Expected[] }[] = [
    {
      name: 'markerPlacement: an unknown value, with a near miss',
      text: '{"markerPlacement": "afterPunctation"}',
      errors: [{ message: '"markerPlacement" must be "auto", "afterPunctuation" or "beforePunctuation", not "afterPunctation"; did you mean "afterPunctuation"?', line: 1, column: 21, length: 17 }],
    },
    {
      name: 'markerPlacement: a short language name',
      text: '{"markerPlacement": {"wiki": "auto"}}',
      errors: [{ message: 'Unknown language "wiki" in "markerPlacement"; did you mean "wikitext"?', line: 1, column: 22, length: 6 }],
    },
    {
      name: 'markerPlacement: a number',
      text: '{"markerPlacement": 2}',
      errors: [{ message: '"markerPlacement" must be "auto", "afterPunctuation" or "beforePunctuation", or an object keyed by language, not 2.', line: 1, column: 21, length: 1 }],
    },
    { name: 'empty file', text: '', errors: [{ message: 'The configuration is empty; it must be a JSON object such as {}.', line: 1, column: 1, length: 0 }] },
    { name: 'only a comment', text: '// nothing yet\n', errors: [{ message: 'The configuration is empty; it must be a JSON object such as {}.', line: 1, column: 1, length: 0 }] },
    { name: 'top level is an array', text: '\n  ["profile"]', errors: [{ message: 'The configuration must be a JSON object, not an array.', line: 2, column: 3, offset: 3, length: 11 }] },
    { name: 'top level is a string', text: '"hedging"', errors: [{ message: 'The configuration must be a JSON object, not "hedging".', line: 1, column: 1, length: 9 }] },
    { name: 'missing comma', text: '{\n  "profile": "default"\n  "allow": []\n}', errors: [{ message: 'Syntax error: expected a comma (CommaExpected).', line: 3, column: 3, offset: 27, length: 7 }] },
    { name: 'unclosed string', text: '{"profile": "hedging}', errors: [{ message: 'Syntax error: string is not closed (UnexpectedEndOfString).', line: 1, column: 13, offset: 12, length: 9 }] },
    { name: 'single quotes (only the first syntax error)', text: "{'profile': 'default'}", errors: [{ message: 'Syntax error: unexpected character (InvalidSymbol).', line: 1, column: 2, offset: 1, length: 9 }] },
    { name: 'missing bracket', text: '{"allow": ["x"}', errors: [{ message: 'Syntax error: expected a comma (CommaExpected).', line: 1, column: 15, offset: 14, length: 1 }] },
    { name: 'missing colon', text: '{"profile" "default"}', errors: [{ message: 'Syntax error: expected a colon after the property name (ColonExpected).', line: 1, column: 12, length: 9 }] },
    { name: 'bad escape', text: '{"allow": ["a\\qb"]}', errors: [{ message: 'Syntax error: invalid escape sequence (InvalidEscapeCharacter).', line: 1, column: 12, length: 6 }] },
    { name: 'text after the object', text: '{}\n}', errors: [{ message: 'Syntax error: expected the end of the file after the top-level value (EndOfFileExpected).', line: 2, column: 1, length: 1 }] },
    { name: 'unknown key, near miss', text: '{\n  "profle": "hedging"\n}', errors: [{ message: 'Unknown key "profle"; did you mean "profile"?', line: 2, column: 3, offset: 4, length: 8 }] },
    {
      name: 'unknown key, no near miss',
      text: '{"colour": true}',
      errors: [{ message: 'Unknown key "colour"; expected "$schema", "profile", "rules", "allow", "markers" or "markerPlacement".', line: 1, column: 2, length: 8 }],
    },
    { name: 'duplicate key', text: '{"profile": "default", "profile": "hedging"}', errors: [{ message: 'Duplicate key "profile"; each key may appear only once.', line: 1, column: 24, length: 9 }] },
    { name: '$schema not a string', text: '{"$schema": 7}', errors: [{ message: '"$schema" must be a string, not 7.', line: 1, column: 13, length: 1 }] },
    { name: 'bad profile', text: '{"profile": "strict"}', errors: [{ message: '"profile" must be "default" or "hedging", not "strict".', line: 1, column: 13, length: 8 }] },
    { name: 'profile near miss', text: '{"profile": "hedge"}', errors: [{ message: '"profile" must be "default" or "hedging", not "hedge"; did you mean "hedging"?', line: 1, column: 13, length: 7 }] },
    { name: 'profile of wrong type', text: '{"profile": null}', errors: [{ message: '"profile" must be "default" or "hedging", not null.', line: 1, column: 13, length: 4 }] },
    { name: 'rules not an object', text: '{"rules": ["style/hedge"]}', errors: [{ message: '"rules" must be an object mapping rule ids or categories to a severity, not an array.', line: 1, column: 11, length: 15 }] },
    {
      name: 'misspelt rule id',
      text: '{"rules": {\n    "weasel/vauge-majority": "off"\n}}',
      errors: [{ message: 'Unknown rule id "weasel/vauge-majority"; did you mean "weasel/vague-majority"?', line: 2, column: 5, offset: 16, length: 23 }],
    },
    { name: 'rule id without its category', text: '{"rules": {"hedge": "off"}}', errors: [{ message: 'Unknown rule id "hedge"; did you mean "style/hedge"?', line: 1, column: 12, length: 7 }] },
    {
      name: 'rule id far from any',
      text: '{"rules": {"grammar/commas": "off"}}',
      errors: [{ message: 'Unknown rule id "grammar/commas"; use a rule id such as "weasel/vague-majority" or a category ("weasel", "unattributed" or "style").', line: 1, column: 12, length: 16 }],
    },
    {
      name: 'severity near miss',
      text: '{"rules": {"style": "warn"}}',
      errors: [{ message: 'The setting for "style" must be "error", "warning", "information", "hint" or "off", not "warn"; did you mean "warning"?', line: 1, column: 21, length: 6 }],
    },
    {
      name: 'severity of wrong type',
      text: '{"rules": {"style/puffery": false}}',
      errors: [{ message: 'The setting for "style/puffery" must be "error", "warning", "information", "hint" or "off", not false.', line: 1, column: 29, length: 5 }],
    },
    { name: 'allow not an array', text: '{"allow": "many experts"}', errors: [{ message: '"allow" must be an array of phrases, not "many experts".', line: 1, column: 11, length: 14 }] },
    {
      name: 'allow items',
      text: '{"allow": ["ok", 3, "  "]}',
      errors: [
        { message: '"allow[1]" must be a string, not 3.', line: 1, column: 18, length: 1 },
        { message: '"allow[2]" is empty; list the phrase that should never be flagged.', line: 1, column: 21, length: 4 },
      ],
    },
    { name: 'markers not an object', text: '{"markers": []}', errors: [{ message: '"markers" must be an object keyed by language, not an array.', line: 1, column: 13, length: 2 }] },
    { name: 'marker language alias', text: '{"markers": {"tex": {}}}', errors: [{ message: 'Unknown language "tex" in "markers"; did you mean "latex"?', line: 1, column: 14, length: 5 }] },
    {
      name: 'unknown marker language',
      text: '{"markers": {"rst": {}}}',
      errors: [{ message: 'Unknown language "rst" in "markers"; expected "plaintext", "markdown", "html", "latex" or "wikitext".', line: 1, column: 14, length: 5 }],
    },
    {
      name: 'marker texts',
      text: '{"markers": {"html": "[who?]", "markdown": {"whom": "[by whom?]", "who": 1, "citationNeeded": ""}}}',
      errors: [
        { message: '"markers.html" must be an object with "citationNeeded", "who" or "byWhom", not "[who?]".', line: 1, column: 22, length: 8 },
        { message: 'Unknown marker "whom" in "markers.markdown"; did you mean "who"?', line: 1, column: 45, length: 6 },
        { message: '"markers.markdown.who" must be a string, not 1.', line: 1, column: 74, length: 1 },
        { message: '"markers.markdown.citationNeeded" is empty; write the marker text to insert.', line: 1, column: 95, length: 2 },
      ],
    },
    {
      name: 'columns count UTF-16 code units',
      text: '{"allow": ["😀"], "profil": "x"}',
      errors: [{ message: 'Unknown key "profil"; did you mean "profile"?', line: 1, column: 19, offset: 18, length: 8 }],
    },
    {
      name: 'CRLF line breaks',
      text: '{\r\n"allow": [],\r\n"rules": 1\r\n}',
      errors: [{ message: '"rules" must be an object mapping rule ids or categories to a severity, not 1.', line: 3, column: 10, offset: 26, length: 1 }],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { errors } = parseConfig(c.text);
      const actual = errors.map((e, i) => {
        const picked: Expected = { message: e.message, line: e.line, column: e.column, length: e.length };
        if (c.errors[i]?.offset !== undefined) picked.offset = e.offset;
        return picked;
      });
      assert.deepEqual(actual, c.errors);
      // Offsets and line/column always agree.
      const index = new LineIndex(c.text);
      for (const e of errors) assert.deepEqual(index.lineColumnAt(e.offset), { line: e.line, column: e.column });
    });
  }

  test('keeps the valid parts next to the errors', () => {
    const { config, errors } = parseConfig('{"profile": "hedging", "rules": {"style": "off", "nope": "off"}, "allow": ["a", 1]}');
    assert.equal(errors.length, 2);
    assert.deepEqual(config, { profile: 'hedging', rules: { style: 'off' }, allow: ['a'] });
  });
});

describe('mergeConfigs', () => {
  const cases: { name: string; layers: Partial<EngineConfig>[]; merged: Partial<EngineConfig> }[] = [
    { name: 'nothing', layers: [], merged: {} },
    { name: 'one layer is copied', layers: [{ profile: 'hedging' }], merged: { profile: 'hedging' } },
    { name: 'later profile wins', layers: [{ profile: 'hedging' }, { profile: 'default' }], merged: { profile: 'default' } },
    { name: 'absent profile does not reset', layers: [{ profile: 'hedging' }, { allow: ['x'] }], merged: { profile: 'hedging', allow: ['x'] } },
    {
      name: 'rules merge key by key',
      layers: [{ rules: { weasel: 'error', 'style/hedge': 'hint' } }, { rules: { weasel: 'off', style: 'information' } }],
      merged: { rules: { weasel: 'off', 'style/hedge': 'hint', style: 'information' } },
    },
    { name: 'allow lists are concatenated', layers: [{ allow: ['a', 'b'] }, {}, { allow: ['c'] }], merged: { allow: ['a', 'b', 'c'] } },
    {
      name: 'markers merge by language and by marker',
      layers: [
        { markers: { latex: { who: '\\who{}', byWhom: '\\bywhom{}' }, html: { who: '[who?]' } } },
        { markers: { latex: { who: '\\whom{}' }, wikitext: { citationNeeded: '{{cn}}' } } },
      ],
      merged: { markers: { latex: { who: '\\whom{}', byWhom: '\\bywhom{}' }, html: { who: '[who?]' }, wikitext: { citationNeeded: '{{cn}}' } } },
    },
  ];
  for (const c of cases) {
    test(c.name, () => assert.deepEqual(mergeConfigs(...c.layers), c.merged));
  }

  test('does not modify its inputs', () => {
    const first: Partial<EngineConfig> = { rules: { weasel: 'error' }, allow: ['a'], markers: { html: { who: 'w' } } };
    const snapshot = structuredClone(first);
    mergeConfigs(first, { rules: { style: 'off' }, allow: ['b'], markers: { html: { byWhom: 'b' } } });
    assert.deepEqual(first, snapshot);
  });
});

describe('schemas/whosays.schema.json', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/whosays.schema.json'), 'utf8')) as any;

  test('enumerates exactly the rule ids of RULE_IDS, in order', () => {
    const keys = Object.keys(schema.properties.rules.properties).filter((k) => !(CATEGORIES as readonly string[]).includes(k));
    assert.deepEqual(keys, [...RULE_IDS]);
    assert.deepEqual(schema.properties.rules.propertyNames.enum, [...CATEGORIES, ...RULE_IDS]);
  });

  test('lists the same categories, settings, profiles, languages and markers as the parser', () => {
    const rules = schema.properties.rules.properties;
    for (const category of CATEGORIES) assert.ok(rules[category], `category ${category} missing`);
    for (const key of Object.keys(rules)) {
      assert.deepEqual(rules[key].enum, [...RULE_SETTINGS], key);
      assert.ok(rules[key].description, `${key} has no description`);
    }
    assert.deepEqual(schema.properties.profile.enum, [...PROFILES]);
    assert.deepEqual(Object.keys(schema.properties.markers.properties), [...MARKUP_LANGUAGES]);
    for (const language of MARKUP_LANGUAGES) {
      assert.deepEqual(Object.keys(schema.properties.markers.properties[language].properties), [...MARKER_KEYS]);
    }
  });

  test('allows no other keys anywhere', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(Object.keys(schema.properties), ['$schema', 'profile', 'rules', 'allow', 'markers', 'markerPlacement']);
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.properties.rules.additionalProperties, false);
    assert.equal(schema.properties.markers.additionalProperties, false);
    for (const language of MARKUP_LANGUAGES) assert.equal(schema.properties.markers.properties[language].additionalProperties, false);
    const [everyLanguage, perLanguage] = schema.properties.markerPlacement.anyOf;
    assert.deepEqual(everyLanguage.enum, MARKER_PLACEMENTS);
    assert.equal(perLanguage.additionalProperties, false);
    assert.deepEqual(Object.keys(perLanguage.properties), MARKUP_LANGUAGES);
    for (const language of MARKUP_LANGUAGES) assert.deepEqual(perLanguage.properties[language].enum, MARKER_PLACEMENTS);
  });
});

describe('LineIndex', () => {
  const index = new LineIndex('ab\ncd\r\nef\rg😀h');
  const cases: [number, number, number][] = [
    // offset, line, column (1-based)
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [7, 3, 1],
    [10, 4, 1],
    [13, 4, 4],
    [14, 4, 5],
    [99, 4, 5],
  ];
  for (const [offset, line, column] of cases) {
    test(`offset ${offset} is ${line}:${column}`, () => {
      assert.deepEqual(index.lineColumnAt(offset), { line, column });
      if (offset <= 14) assert.equal(index.offsetAt({ line: line - 1, character: column - 1 }), offset);
    });
  }
  test('line ends exclude the line break', () => {
    assert.deepEqual([0, 1, 2, 3].map((l) => index.lineEnd(l)), [2, 5, 9, 14]);
    assert.equal(index.lineCount, 4);
    assert.equal(index.offsetAt({ line: 1, character: 40 }), 5);
  });
});
