// The schema VS Code uses for .whosays.json (schemas/whosays.editor.schema.json) completes and
// explains everything the main schema knows, and validates nothing: the language server reports each
// mistake once, in its own words.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completionOnly } from '../../scripts/editorSchema';

type Schema = Record<string, unknown>;
const root = join(__dirname, '..', '..');
const main = JSON.parse(readFileSync(join(root, 'schemas', 'whosays.schema.json'), 'utf8')) as Schema;
const editor = JSON.parse(readFileSync(join(root, 'schemas', 'whosays.editor.schema.json'), 'utf8')) as Schema;

/** Every schema node with its path, through properties, items and schema-valued additionalProperties. */
function nodes(schema: Schema, path = ''): [string, Schema][] {
  const out: [string, Schema][] = [[path || '/', schema]];
  const properties = schema.properties as Record<string, Schema> | undefined;
  for (const [name, sub] of Object.entries(properties ?? {})) out.push(...nodes(sub, `${path}/${name}`));
  if (typeof schema.items === 'object' && schema.items) out.push(...nodes(schema.items as Schema, `${path}[]`));
  if (typeof schema.additionalProperties === 'object' && schema.additionalProperties) out.push(...nodes(schema.additionalProperties as Schema, `${path}/*`));
  return out;
}

const VALIDATING = ['type', 'enum', 'const', 'required', 'additionalProperties', 'propertyNames', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minimum', 'maximum', 'not', 'deprecationMessage'];

describe('the editor schema of .whosays.json', () => {
  it('has every property of the main schema, with its description', () => {
    const editorNodes = new Map(nodes(editor));
    for (const [path, node] of nodes(main)) {
      if (path.endsWith('/*')) continue; // a schema-valued additionalProperties validates; its values are suggested below
      const copy = editorNodes.get(path);
      assert.ok(copy, `${path} is in the editor schema`);
      assert.equal(copy.description, node.description, `${path} description`);
    }
  });

  it('suggests every allowed value, with its description', () => {
    const editorNodes = new Map(nodes(editor));
    for (const [path, node] of nodes(main)) {
      if (!Array.isArray(node.enum)) continue;
      const snippets = (editorNodes.get(path)?.defaultSnippets ?? []) as { body: unknown; description?: string }[];
      assert.deepEqual(snippets.map((s) => s.body), node.enum, `${path} suggestions`);
      if (Array.isArray(node.enumDescriptions)) assert.deepEqual(snippets.map((s) => s.description), node.enumDescriptions, `${path} descriptions`);
    }
  });

  it('validates nothing (no keyword that could raise a second error)', () => {
    for (const [path, node] of nodes(editor)) {
      for (const keyword of VALIDATING) {
        if (keyword === 'additionalProperties' && typeof node[keyword] === 'object') continue;
        assert.ok(!(keyword in node), `${path} has "${keyword}"`);
      }
    }
  });

  it('turns a typed object or array into a snippet that inserts one', () => {
    assert.deepEqual(completionOnly({ type: 'object', properties: { a: { type: 'array' } } }), {
      properties: { a: { defaultSnippets: [{ body: [] }] } },
      defaultSnippets: [{ body: {} }],
    });
  });
});
