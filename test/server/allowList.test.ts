// The allow-list edit of `.whosays.json`: the phrase is added, comments and formatting stay.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'jsonc-parser';
import { allowListEdits, newConfigText } from '../../server/src/lsp/allowList';
import type { TextEdit } from '../../server/src/engine/types';

function apply(text: string, edits: TextEdit[] | undefined): string {
  assert.ok(edits, 'an edit');
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

test('appends on a line of its own, below the last item and its comment', () => {
  assert.equal(
    apply('{\n  "allow": [\n    "a", // first\n    "b" /* second */\n  ]\n}\n', allowListEdits('{\n  "allow": [\n    "a", // first\n    "b" /* second */\n  ]\n}\n', 'Many believe')),
    '{\n  "allow": [\n    "a", // first\n    "b" /* second */,\n    "Many believe"\n  ]\n}\n',
  );
  assert.equal(apply('{\n  "allow": [\n    "a" // why\n  ]\n}', allowListEdits('{\n  "allow": [\n    "a" // why\n  ]\n}', 'x')), '{\n  "allow": [\n    "a", // why\n    "x"\n  ]\n}');
  assert.equal(apply('{\n\t"allow": [\n\t\t"a",\n\t]\n}', allowListEdits('{\n\t"allow": [\n\t\t"a",\n\t]\n}', 'x')), '{\n\t"allow": [\n\t\t"a",\n\t\t"x"\n\t]\n}');
  assert.equal(apply('{\r\n  "allow": [\r\n    "a"\r\n  ]\r\n}\r\n', allowListEdits('{\r\n  "allow": [\r\n    "a"\r\n  ]\r\n}\r\n', 'x')), '{\r\n  "allow": [\r\n    "a",\r\n    "x"\r\n  ]\r\n}\r\n');
});

test('adds "allow" where there is none, and to one-line lists', () => {
  const withoutAllow = '{\n  // house style\n  "profile": "hedging"\n}\n';
  const added = apply(withoutAllow, allowListEdits(withoutAllow, 'Sources say'));
  assert.ok(added.includes('// house style'));
  assert.deepEqual(parse(added), { profile: 'hedging', allow: ['Sources say'] });
  const oneLine = '{ "allow": ["a"] }';
  assert.deepEqual(parse(apply(oneLine, allowListEdits(oneLine, 'b'))), { allow: ['a', 'b'] });
  assert.deepEqual(parse(apply('{}', allowListEdits('{}', 'b'))), { allow: ['b'] });
});

test('nothing to do, or nothing safe to do', () => {
  assert.equal(allowListEdits('{ "allow": ["Many  Believe"] }', 'many believe'), undefined, 'already allowed');
  assert.equal(allowListEdits('{ "allow": "x" }', 'y'), undefined, 'not a list');
  assert.equal(allowListEdits('{ "allow": [ }', 'y'), undefined, 'a syntax error');
  assert.equal(allowListEdits('[]', 'y'), undefined, 'not an object');
  assert.deepEqual(JSON.parse(newConfigText('Many "believe"')), { allow: ['Many "believe"'] });
});
