// The client's on/off logic that needs no editor: why a document is off (VS Code's precedence of
// language-specific and scoped values), and the `.whosays.json` starter the "Open .whosays.json"
// command writes.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, type ParseError } from 'jsonc-parser';
import { CONFIG_STARTER } from '../../client/src/configStarter';
import { describeOff, offReason } from '../../client/src/enablement';
import { parseConfig } from '../../server/src/engine/config';

test('nothing set, or everything on: not off', () => {
  assert.equal(offReason(undefined, false), undefined);
  assert.equal(offReason({ defaultValue: true }, false), undefined);
  assert.equal(offReason({ defaultValue: true, globalValue: true, workspaceLanguageValue: true }, false), undefined);
});

test('the per-document switch wins over every setting', () => {
  assert.equal(offReason({ defaultValue: true, workspaceFolderLanguageValue: true }, true), 'document');
});

test('each scope that turns it off is named', () => {
  assert.equal(offReason({ defaultValue: true, globalValue: false }, false), 'user');
  assert.equal(offReason({ defaultValue: true, globalValue: true, workspaceValue: false }, false), 'workspace');
  assert.equal(offReason({ defaultValue: true, workspaceValue: true, workspaceFolderValue: false }, false), 'folder');
  assert.equal(offReason({ defaultValue: true, globalLanguageValue: false }, false), 'language');
});

test('a narrower scope overrides a wider one', () => {
  assert.equal(offReason({ defaultValue: true, globalValue: false, workspaceValue: true }, false), undefined);
  assert.equal(offReason({ defaultValue: true, workspaceValue: false, workspaceFolderValue: true }, false), undefined);
});

test('a language-specific value overrides any plain one, even a narrower scope', () => {
  // VS Code: language-specific settings win over non-language settings at every scope.
  assert.equal(offReason({ defaultValue: true, workspaceFolderValue: false, globalLanguageValue: true }, false), undefined);
  assert.equal(offReason({ defaultValue: true, workspaceFolderValue: true, globalLanguageValue: false }, false), 'language');
  assert.equal(offReason({ defaultValue: true, globalLanguageValue: false, workspaceLanguageValue: true }, false), undefined);
});

test('the status bar sentences name the place and, for a language, the settings block', () => {
  const markdown = { id: 'markdown', name: 'Markdown' };
  assert.equal(describeOff('document', markdown), 'Who Says is off for this document.');
  assert.match(describeOff('language', markdown), /^Who Says is off for Markdown documents .*"\[markdown\]"/);
  assert.match(describeOff('workspace', markdown), /off for this workspace/);
  assert.match(describeOff('folder', markdown), /off for this folder/);
  assert.match(describeOff('user', markdown), /off in your user settings/);
});

test('the .whosays.json starter is read without an error and changes no default', () => {
  const { config, errors } = parseConfig(CONFIG_STARTER);
  assert.deepEqual(errors, []);
  assert.equal(config.profile, 'default');
  assert.deepEqual(config.rules ?? {}, {});
  assert.deepEqual(config.allow ?? [], []);
});

test('the .whosays.json starter uses only keys the schema knows', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'whosays.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
  const errors: ParseError[] = [];
  const starter = parse(CONFIG_STARTER, errors, { allowTrailingComma: false }) as Record<string, unknown>;
  assert.deepEqual(errors, []);
  for (const key of Object.keys(starter)) assert.ok(key in schema.properties, `"${key}" is in the schema`);
});
