// Hostile `.whosays.json` text: nesting deep enough to overflow a recursive parser, files over
// the size cap, and keys that name Object.prototype's members. parseConfig must return errors
// with a position, never throw. The command-line half runs dist/cli.js: build first.

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { MARKER_KEYS, MARKUP_LANGUAGES, CONFIG_KEYS, parseConfig } from '../../server/src/engine/config';
import { MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH } from '../../server/src/engine/limits';
import { CATEGORIES, RULE_IDS } from '../../server/src/engine/ruleIds';
import { allowListEdits } from '../../server/src/lsp/allowList';
import { removeTempDirs, runCli, tempDir } from '../cli/helpers';

after(removeTempDirs);

const DEPTHS = [MAX_CONFIG_DEPTH + 1, 1_000, 10_000, 100_000];
const TOO_DEEP = new RegExp(`^Objects and arrays are nested too deeply \\(more than ${MAX_CONFIG_DEPTH} levels\\); a configuration needs at most 3\\.$`);

/** Shapes of deep nesting: [name, opener, closer, prefix]. */
const SHAPES: [string, string, string, string][] = [
  ['arrays', '[', ']', ''],
  ['objects', '{"a":', '}', ''],
  ['arrays under "allow"', '[', ']', '{"allow":'],
  ['objects under "markers.latex"', '{"k":', '}', '{"markers":{"latex":'],
];

describe('deep nesting is an error at the first opener too many, never a stack overflow', () => {
  for (const [name, open, close, prefix] of SHAPES) {
    for (const depth of DEPTHS) {
      for (const closed of [false, true]) {
        test(`${depth} ${name}, ${closed ? 'closed' : 'never closed'}`, () => {
          const outer = prefix === '' ? 0 : prefix.split(/[[{]/).length - 1;
          const text = prefix + open.repeat(depth) + (closed ? close.repeat(depth) + (prefix === '' ? '' : '}'.repeat(outer)) : '');
          const { errors, config } = parseConfig(text);
          assert.equal(errors.length, 1, JSON.stringify(errors.slice(0, 3)));
          assert.match(errors[0].message, TOO_DEEP);
          // The opener that goes past the limit: the prefix's openers count too.
          const offset = prefix.length + (MAX_CONFIG_DEPTH - outer) * open.length;
          assert.equal(errors[0].offset, offset);
          assert.equal(errors[0].line, 1);
          assert.equal(errors[0].column, offset + 1);
          assert.deepEqual(config, {});
        });
      }
    }
  }

  test('the line and column of an opener on its own line', () => {
    const { errors } = parseConfig('{\n' + '  [\n'.repeat(10_000));
    assert.equal(errors.length, 1);
    assert.deepEqual([errors[0].line, errors[0].column], [MAX_CONFIG_DEPTH + 1, 3]);
  });

  test(`${MAX_CONFIG_DEPTH} levels are within the limit (and get the usual errors)`, () => {
    const text = '{"allow":' + '['.repeat(MAX_CONFIG_DEPTH - 1) + ']'.repeat(MAX_CONFIG_DEPTH - 1) + '}';
    const { errors } = parseConfig(text);
    assert.deepEqual(errors.map((e) => e.message), ['"allow[0]" must be a string, not an array.']);
  });

  test('brackets inside strings and comments do not count', () => {
    const deep = '['.repeat(10_000) + '{'.repeat(10_000);
    for (const text of [`{"allow": ["${deep}"]}`, `// ${deep}\n{}`, `/* ${deep} */ {}`, `{"$schema": "${deep}"}`]) {
      assert.deepEqual(parseConfig(text).errors, [], text.slice(0, 40));
    }
  });

  test('the allow-list quick fix leaves a too deep file alone instead of overflowing', () => {
    assert.equal(allowListEdits(`{"rules": ${'['.repeat(100_000)}`, 'many people'), undefined);
  });
});

describe('size', () => {
  test(`a configuration over ${MAX_CONFIG_BYTES} characters is an error at 1:1`, () => {
    const text = `{"allow": ["${'x'.repeat(MAX_CONFIG_BYTES)}"]}`;
    const { errors, config } = parseConfig(text);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].message, `The configuration is too large: ${text.length} characters, over the limit of ${MAX_CONFIG_BYTES}.`);
    assert.deepEqual([errors[0].line, errors[0].column, errors[0].offset], [1, 1, 0]);
    assert.deepEqual(config, {});
  });

  test('a configuration of exactly the limit is read', () => {
    const text = `{"profile": "hedging"}`;
    assert.deepEqual(parseConfig(text + ' '.repeat(MAX_CONFIG_BYTES - text.length)), { config: { profile: 'hedging' }, errors: [] });
  });
});

describe('keys named like Object.prototype members are unknown keys like any other', () => {
  const KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
  const LEVELS: [string, (key: string) => string, readonly string[]][] = [
    ['top level', (k) => `{"${k}": {}}`, CONFIG_KEYS],
    ['rules', (k) => `{"rules": {"${k}": "off"}}`, [...RULE_IDS, ...CATEGORIES]],
    ['markers', (k) => `{"markers": {"${k}": {}}}`, MARKUP_LANGUAGES],
    ['markers.latex', (k) => `{"markers": {"latex": {"${k}": "x"}}}`, MARKER_KEYS],
  ];
  for (const [level, make, allowed] of LEVELS) {
    for (const key of KEYS) {
      test(`"${key}" in ${level}`, () => {
        const { errors, config } = parseConfig(make(key));
        assert.equal(errors.length, 1, JSON.stringify(errors));
        const message = errors[0].message;
        assert.match(message, new RegExp(`^Unknown [a-z ]+ "${key}"`));
        assert.doesNotMatch(message, /function|native code|\[object/);
        const suggestion = /did you mean "([^"]*)"\?/.exec(message);
        if (suggestion) assert.ok(allowed.includes(suggestion[1]), message);
        // Nothing of the key reached the configuration, not even its prototype.
        assert.equal(JSON.stringify(config).includes(key), false, JSON.stringify(config));
        for (const part of [config, config.rules, config.markers, config.markers?.latex]) {
          if (part) assert.equal(Object.getPrototypeOf(part), Object.prototype);
        }
      });
    }
  }

  test('as values they are invalid values', () => {
    for (const key of KEYS) {
      const { errors } = parseConfig(`{"profile": "${key}", "rules": {"style": "${key}"}, "allow": ["${key}"]}`);
      assert.equal(errors.length, 2, JSON.stringify(errors));
      for (const e of errors) assert.doesNotMatch(e.message, /function|native code|\[object/);
    }
  });
});

describe('on the command line', () => {
  test('a .whosays.json nested 10,000 deep is a configuration error naming the file, line and column', () => {
    const dir = tempDir({ 'a.md': 'Many experts believe it.\n', '.whosays.json': '{"rules":' + '['.repeat(10_000) });
    const result = runCli(['a.md'], { cwd: dir });
    assert.equal(result.stdout, '');
    assert.match(result.stderr, new RegExp(`^whosays: \\.whosays\\.json:1:${9 + MAX_CONFIG_DEPTH}: Objects and arrays are nested too deeply`));
    assert.equal(result.status, 2);
  });

  test('"constructor" in "markers" gets no suggestion from Object', () => {
    const dir = tempDir({ 'a.md': 'Many experts believe it.\n', '.whosays.json': '{"markers": {"constructor": {}}}' });
    const result = runCli(['a.md'], { cwd: dir });
    assert.equal(
      result.stderr,
      'whosays: .whosays.json:1:14: Unknown language "constructor" in "markers"; expected "plaintext", "markdown", "html", "latex" or "wikitext".\n',
    );
    assert.equal(result.status, 2);
  });
});
