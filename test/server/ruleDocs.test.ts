// Protocol tests of the rule documentation links: where the diagnostics and the hover point
// (the pages shipped beside the server by default, initializationOptions.docsBaseUrl, the
// whosays.docsBaseUrl setting), the link shown once, the "Show documentation" quick fix, and the
// hover's note on findings left out in favour of the one shown.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { MarkupContent, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { RULE_IDS } from '../../server/src/engine/ruleIds';
import { docsBaseUrl } from '../../server/src/lsp/diagnostics';
import { SHIPPED_DOCS, TestClient } from './lspClient';

const WEASEL = 'Critics say the pier is the oldest in the county.\n';

async function diagnosticsOf(client: TestClient, uri: string, text: string): Promise<Diagnostic[]> {
  await client.open(uri, 'markdown', text);
  return (await client.diagnosticsFor(uri, 1)).diagnostics;
}

async function hoverValue(client: TestClient, uri: string, line: number, character: number): Promise<string> {
  const hover = await client.hover(uri, line, character);
  assert.ok(hover && MarkupContent.is(hover.contents), `a hover at ${line}:${character}`);
  return hover.contents.value;
}

const links = (value: string) => [...value.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]);

describe('documentation base URLs', () => {
  test('docsBaseUrl(): absolute URLs only, always ending in "/"', () => {
    assert.equal(docsBaseUrl('https://wiki.example.org/rules'), 'https://wiki.example.org/rules/');
    assert.equal(docsBaseUrl(' file:///home/me/rules/ '), 'file:///home/me/rules/');
    for (const bad of ['', '   ', 'docs/rules', '/home/me/rules', 'https://example.org/rules?x=1', 42, null, undefined]) assert.equal(docsBaseUrl(bad), undefined, String(bad));
  });

  test('every rule has its page among the pages shipped beside the server', () => {
    for (const rule of RULE_IDS) {
      const page = fileURLToPath(`${SHIPPED_DOCS}${rule.split('/')[1]}.md`);
      assert.ok(existsSync(page), `${rule}: ${page}`);
    }
  });
});

describe('rule links from the server', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(() => client.stop());

  test('by default, diagnostics and the hover link to the shipped page, the hover once', async () => {
    const uri = 'file:///project/default-links.md';
    const [diagnostic] = await diagnosticsOf(client, uri, WEASEL);
    assert.equal(diagnostic.codeDescription?.href, `${SHIPPED_DOCS}vague-majority.md`);
    assert.deepEqual(links(await hoverValue(client, uri, 0, 3)), [`${SHIPPED_DOCS}vague-majority.md`]);
    await client.close(uri);
  });

  test('the hover says which finding this one stands for, and that turning its rule off shows it', async () => {
    const uri = 'file:///project/covered.md';
    const diagnostics = await diagnosticsOf(client, uri, WEASEL);
    assert.deepEqual(diagnostics.map((d) => d.code), ['weasel/vague-majority'], 'one finding is shown');
    const value = await hoverValue(client, uri, 0, 3);
    assert.match(value, /Also here: `unattributed\/sweeping-claim` on "the oldest": /);
    assert.match(value, /It is shown as this one finding; with `weasel\/vague-majority` turned off, it shows on its own\./);
    await client.close(uri);

    // And so it does.
    client.settings = { rules: { 'weasel/vague-majority': 'off' } };
    try {
      await client.changeSettings(client.settings);
      const alone = await diagnosticsOf(client, 'file:///project/covered-off.md', WEASEL);
      assert.deepEqual(alone.map((d) => d.code), ['unattributed/sweeping-claim']);
      assert.doesNotMatch(await hoverValue(client, 'file:///project/covered-off.md', 0, 26), /Also here/);
      await client.close('file:///project/covered-off.md');
    } finally {
      client.settings = {};
      await client.changeSettings({});
    }
  });

  test('the whosays.docsBaseUrl setting wins, per document, and changing it relinks', async () => {
    const uri = 'file:///project/setting-links.md';
    client.settings = { docsBaseUrl: 'https://wiki.example.org/who-says/rules' };
    try {
      await client.changeSettings(client.settings);
      const [diagnostic] = await diagnosticsOf(client, uri, WEASEL);
      assert.equal(diagnostic.codeDescription?.href, 'https://wiki.example.org/who-says/rules/vague-majority.md');
      assert.deepEqual(links(await hoverValue(client, uri, 0, 3)), ['https://wiki.example.org/who-says/rules/vague-majority.md']);
      client.settings = { docsBaseUrl: 'not a url' };
      await client.changeSettings(client.settings);
      const relinked = await client.diagnostics(uri, (p) => p.diagnostics[0]?.codeDescription?.href === `${SHIPPED_DOCS}vague-majority.md`, { fresh: true });
      assert.equal(relinked.diagnostics.length, 1, 'an invalid setting falls back to the shipped pages');
    } finally {
      client.settings = {};
      await client.changeSettings({});
      await client.close(uri);
    }
  });

  test('a rule page opened from a link is not linted: its "Flagged" examples are there to be read', async () => {
    const page = `${SHIPPED_DOCS}vague-majority.md`;
    await client.open(page, 'markdown', readFileSync(fileURLToPath(page), 'utf8'));
    assert.deepEqual((await client.diagnosticsFor(page, 1)).diagnostics, []);
    await client.close(page);
    // The same text anywhere else is.
    const copy = 'file:///project/copy-of-vague-majority.md';
    await client.open(copy, 'markdown', readFileSync(fileURLToPath(page), 'utf8'));
    assert.ok((await client.diagnosticsFor(copy, 1)).diagnostics.length > 0);
    await client.close(copy);
  });

  test('no "Show documentation" quick fix for a client that does not handle its command', async () => {
    const uri = 'file:///project/no-command.md';
    const [diagnostic] = await diagnosticsOf(client, uri, WEASEL);
    const actions = await client.codeActions(uri, diagnostic.range, [diagnostic]);
    assert.ok(actions.length > 0);
    assert.ok(!actions.some((a) => a.title.startsWith('Show documentation')), actions.map((a) => a.title).join(' | '));
    await client.close(uri);
  });
});

describe('rule links for an editor that shows the diagnostic in its hover (VS Code)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({
      initializationOptions: {
        debounceMs: 10,
        hoverRepeatsMessage: false,
        hoverLinksRule: false,
        docsBaseUrl: 'https://docs.example.org/whosays',
        clientCommands: ['whosays.showRuleDocumentation'],
      },
    });
  });
  after(() => client.stop());

  test('initializationOptions.docsBaseUrl sets the links; the hover leaves the link to the editor', async () => {
    const uri = 'file:///project/init-links.md';
    const [diagnostic] = await diagnosticsOf(client, uri, WEASEL);
    assert.equal(diagnostic.codeDescription?.href, 'https://docs.example.org/whosays/vague-majority.md');
    const value = await hoverValue(client, uri, 0, 3);
    assert.deepEqual(links(value), [], value);
    assert.ok(!value.includes('weasel/vague-majority)'), value);
    await client.close(uri);
  });

  test('the quick fixes end with "Show documentation for <rule>", once per rule, running the client\'s command', async () => {
    const uri = 'file:///project/show-docs.md';
    const text = `${WEASEL}\nMany believe the dam was sabotaged, and many believe the mayor knew.\n`;
    const diagnostics = await diagnosticsOf(client, uri, text);
    const majority = diagnostics.filter((d) => d.code === 'weasel/vague-majority');
    assert.ok(majority.length >= 2, JSON.stringify(diagnostics.map((d) => d.code)));
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 2, character: 60 } }, majority);
    const docs = actions.filter((a) => a.title.startsWith('Show documentation'));
    assert.equal(docs.length, 1, actions.map((a) => a.title).join(' | '));
    assert.equal(actions[actions.length - 1], docs[0], 'it comes last');
    assert.equal(docs[0].title, 'Show documentation for weasel/vague-majority');
    assert.equal(docs[0].kind, 'quickfix');
    assert.deepEqual(docs[0].command, { title: 'Show documentation for weasel/vague-majority', command: 'whosays.showRuleDocumentation', arguments: ['weasel/vague-majority'] });
    assert.equal(docs[0].edit, undefined);
    assert.equal(docs[0].diagnostics, undefined, 'it fixes no diagnostic (VS Code lists such actions last)');
    await client.close(uri);
  });
});
