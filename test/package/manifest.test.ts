// package.json's `contributes` agrees with docs/protocol.md (settings and commands), with the
// .whosays.json schema (rule ids, severities, profiles, marker languages) and with the engine's
// rule ids, and every file it points to exists.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, RULE_IDS } from '../../server/src/engine/ruleIds';
import { MARKER_PLACEMENTS } from '../../server/src/engine/config';

const root = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

interface Setting {
  type: string;
  default: unknown;
  scope?: string;
  enum?: string[];
  enumDescriptions?: string[];
  description?: string;
  markdownDescription?: string;
  propertyNames?: { enum: string[] };
  anyOf?: { enum?: string[]; properties?: Record<string, unknown> }[];
  additionalProperties?: { enum: string[] } | false;
  properties?: Record<string, { enum?: string[]; properties?: Record<string, unknown> }>;
}
interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: { supported: string | boolean; description?: string } };
  contributes: {
    languages: { id: string; extensions?: string[]; filenames?: string[]; configuration?: string }[];
    grammars: { language?: string; scopeName: string; path: string; injectTo?: string[] }[];
    configuration: { properties: Record<string, Setting> };
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    jsonValidation: { fileMatch: string; url: string }[];
  };
}

const manifest = JSON.parse(read('package.json')) as Manifest;
const schema = JSON.parse(read('schemas/whosays.schema.json'));
const protocol = read('docs/protocol.md');
const settings = manifest.contributes.configuration.properties;
const LANGUAGES = ['plaintext', 'markdown', 'latex', 'html', 'wikitext'];

describe('package.json contributes', () => {
  it('has exactly the settings of docs/protocol.md, each with a description and the documented default', () => {
    const documented = protocol.split('\n')
      .filter((line) => line.startsWith('| `whosays.'))
      .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()))
      .map(([, key, , value]) => [key.replace(/`/g, ''), JSON.parse(value.replace(/`/g, ''))] as const);
    assert.equal(documented.length, 13, 'the settings table of docs/protocol.md');
    assert.deepEqual(Object.keys(settings).sort(), documented.map(([key]) => key).sort());
    for (const [key, value] of documented) {
      assert.deepEqual(settings[key].default, value, `${key} default`);
      assert.ok(settings[key].description || settings[key].markdownDescription, `${key} has a description`);
      if (settings[key].enum) assert.equal(settings[key].enumDescriptions?.length, settings[key].enum.length, `${key} enumDescriptions`);
    }
  });

  it('whosays.rules lists every rule id and category with the five severities', () => {
    const rules = settings['whosays.rules'];
    const keys = [...CATEGORIES, ...RULE_IDS];
    assert.deepEqual(rules.propertyNames?.enum, keys);
    assert.deepEqual(rules.propertyNames?.enum, schema.properties.rules.propertyNames.enum);
    assert.deepEqual(Object.keys(rules.properties ?? {}), keys);
    const severities = ['error', 'warning', 'information', 'hint', 'off'];
    assert.deepEqual(rules.additionalProperties && rules.additionalProperties.enum, severities);
    for (const key of keys) assert.deepEqual(rules.properties?.[key].enum, severities, key);
  });

  it('profile and markers follow the .whosays.json schema', () => {
    assert.deepEqual(settings['whosays.profile'].enum, schema.properties.profile.enum);
    assert.deepEqual(Object.keys(settings['whosays.markers'].properties ?? {}), Object.keys(schema.properties.markers.properties));
    assert.deepEqual(settings['whosays.markers'].properties, schema.properties.markers.properties);
    assert.deepEqual(settings['whosays.markerPlacement'].anyOf, schema.properties.markerPlacement.anyOf);
    assert.deepEqual(settings['whosays.markerPlacement'].anyOf?.[0].enum, MARKER_PLACEMENTS);
    assert.deepEqual(Object.keys(settings['whosays.markerPlacement'].anyOf?.[1].properties ?? {}), Object.keys(schema.properties.markers.properties));
    assert.deepEqual(settings['whosays.run'].enum, ['onType', 'onSave']);
    assert.deepEqual(settings['whosays.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('contributes the commands of docs/protocol.md under "Who Says"', () => {
    const documented = [...new Set([...protocol.matchAll(/`(whosays\.[a-zA-Z]+)`/g)].map(([, id]) => id))].filter((id) => !settings[id] && !id.startsWith('whosays.trace'));
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), documented.sort());
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'Who Says');
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(contributed.has(item.command), `${menu}: ${item.command}`);
    }
  });

  it('activates on the five languages and on .whosays.json', () => {
    for (const language of LANGUAGES) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/.whosays.json'));
    assert.ok(!manifest.activationEvents.includes('*'), 'no start-up activation');
  });

  it('contributes the wikitext language and the grammars, and every path exists', () => {
    const wikitext = manifest.contributes.languages.find((language) => language.id === 'wikitext');
    assert.deepEqual(wikitext?.extensions, ['.wiki', '.mediawiki']);
    assert.ok(wikitext?.configuration && existsSync(join(root, wikitext.configuration)));
    const scopes = manifest.contributes.grammars.map((grammar) => grammar.scopeName).sort();
    assert.deepEqual(scopes, ['source.wikitext', 'whosays.markers.injection']);
    for (const grammar of manifest.contributes.grammars) assert.ok(existsSync(join(root, grammar.path)), grammar.path);
    // The editor's copy of the schema completes and explains; the language server reports the errors (scripts/editorSchema.ts).
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.whosays.json', url: './schemas/whosays.editor.schema.json' }]);
    assert.ok(existsSync(join(root, manifest.contributes.jsonValidation[0].url)));
  });

  it('declares honestly what it supports', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.virtualWorkspaces.description);
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('ships everything it points to: .vscodeignore lets each file in', () => {
    const allowed = read('.vscodeignore').split('\n').filter((line) => line.startsWith('!')).map((line) => line.slice(1));
    const matches = (path: string): boolean => allowed.some((pattern) =>
      new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(path.replace(/^\.\//, '')));
    const paths = [
      manifest.main,
      'dist/languageClient.js',
      'dist/reportPage.js',
      'dist/server.js',
      ...manifest.contributes.grammars.map((grammar) => grammar.path),
      ...manifest.contributes.languages.flatMap((language) => (language.configuration ? [language.configuration] : [])),
      ...manifest.contributes.jsonValidation.map((validation) => validation.url),
    ];
    for (const path of paths) assert.ok(matches(path), `${path} is let in by .vscodeignore`);
  });
});
