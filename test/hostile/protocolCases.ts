// The hostile messages of test/hostile/protocol.test.ts, grouped by case. Each variant sends one
// or a few messages; the test checks after each that the server is alive and still right.

import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import type { TestClient } from '../server/lspClient';
import { RULE_IDS } from '../../server/src/engine/ruleIds';

export interface Variant {
  label: string;
  send(client: TestClient, where: { probe: string; dir: string }): Promise<void>;
}

/** Values of the wrong type for any field. */
const JUNK: readonly unknown[] = [null, 0, -1, 1e308, -1e308, 'text', '', true, [], [1, 'a'], {}, { length: -1 }, { __proto__: { polluted: true } }, 'x'.repeat(100_000)];

const notify = (label: string, method: string, params: unknown): Variant => ({
  label,
  send: async (client) => client.sendRawMessage({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) }),
});

/** A request whose answer (a result or an error) is awaited; only the server's survival matters. */
const request = (label: string, method: string, params: (where: { probe: string; dir: string }) => unknown): Variant => ({
  label,
  send: async (client, where) => {
    await client.connection.sendRequest(method, params(where)).catch(() => undefined);
  },
});

/** A valid change may alter the probe; the next check expects its first text back. */
const restoreProbe = (client: TestClient, probe: string, version: number) =>
  client.sendRawMessage({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: probe, version }, contentChanges: [{ text: 'Many believe the dam was sabotaged.\n' }] } });

const openWith = (label: string, textDocument: unknown): Variant => notify(`didOpen ${label}`, 'textDocument/didOpen', { textDocument });

export const HOSTILE_NOTIFICATIONS: Record<string, readonly Variant[]> = {
  'didOpen with fields of the wrong type': [
    ...JUNK.map((text, i) => openWith(`text=${JSON.stringify(text)?.slice(0, 20)}`, { uri: `file:///junk/open-${i}.md`, languageId: 'markdown', version: 1, text })),
    ...JUNK.map((uri, i) => openWith(`uri=${JSON.stringify(uri)?.slice(0, 20)}`, { uri, languageId: 'markdown', version: 1, text: `Text ${i}.` })),
    ...JUNK.map((version, i) => openWith(`version=${JSON.stringify(version)?.slice(0, 20)}`, { uri: `file:///junk/v-${i}.md`, languageId: 'markdown', version, text: 'Many believe it.' })),
    ...JUNK.map((languageId, i) => openWith(`languageId=${JSON.stringify(languageId)?.slice(0, 20)}`, { uri: `file:///junk/l-${i}.md`, languageId, version: 1, text: 'Many believe it.' })),
    ...JUNK.map((params) => notify(`didOpen params=${JSON.stringify(params)?.slice(0, 20)}`, 'textDocument/didOpen', params)),
    notify('didOpen without params', 'textDocument/didOpen', undefined),
  ],
  'didChange with fields of the wrong type, out-of-range ranges and stale versions': [
    ...JUNK.map((contentChanges) => notify(`contentChanges=${JSON.stringify(contentChanges)?.slice(0, 20)}`, 'textDocument/didChange', { textDocument: { uri: 'file:///none.md', version: 2 }, contentChanges })),
    ...JUNK.map((text): Variant => ({
      label: `change text=${JSON.stringify(text)?.slice(0, 20)}`,
      send: async (client, { probe }) => {
        await client.sendRawMessage({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: probe, version: 1000 }, contentChanges: [{ text }] } });
        await restoreProbe(client, probe, 1001);
      },
    })),
    ...[
      { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } },
      { start: { line: 0, character: -1e308 }, end: { line: 0, character: 1e308 } },
      { start: { line: 1e9, character: 0 }, end: { line: 1e9, character: 5 } },
      { start: { line: 0, character: 5 }, end: { line: 0, character: 1 } },
      { start: { line: '0', character: 0 }, end: { line: 0, character: 0 } },
      { start: null, end: null },
      'everything',
    ].map((range): Variant => ({
      label: `change range=${JSON.stringify(range).slice(0, 40)}`,
      send: async (client, { probe }) => {
        await client.sendRawMessage({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: probe, version: 2000 }, contentChanges: [{ range, text: 'x' }] } });
        await restoreProbe(client, probe, 2001);
      },
    })),
    // An out-of-range range that is well formed is clamped by the document: the probe stays as it was after.
    {
      label: 'change past the end, then the probe restored',
      send: async (client, { probe }) => {
        await client.sendRawMessage({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: probe, version: 3000 }, contentChanges: [{ range: { start: { line: 99, character: 0 }, end: { line: 99, character: 9 } }, text: ' Extra.' }] } });
        await restoreProbe(client, probe, 3001);
      },
    },
    {
      label: 'a stale version (older than the current one)',
      send: (client, { probe }) => client.sendRawMessage({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: probe, version: 1 }, contentChanges: [{ text: 'Many believe the dam was sabotaged.\n' }] } }),
    },
    {
      label: 'a change for a document that was never opened',
      send: (client) => client.sendRawMessage({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///never/opened.md', version: 5 }, contentChanges: [{ text: 'Sources say.' }] } }),
    },
  ],
  'close, save and will-save of unopened documents or with junk': [
    ...JUNK.map((uri) => notify(`didClose uri=${JSON.stringify(uri)?.slice(0, 20)}`, 'textDocument/didClose', { textDocument: { uri } })),
    ...JUNK.map((uri) => notify(`didSave uri=${JSON.stringify(uri)?.slice(0, 20)}`, 'textDocument/didSave', { textDocument: { uri } })),
    notify('didClose of an unopened document', 'textDocument/didClose', { textDocument: { uri: 'file:///never/opened.md' } }),
    notify('willSave with junk', 'textDocument/willSave', { textDocument: null, reason: 'soon' }),
  ],
  'workspace notifications with junk': [
    ...JUNK.map((settings) => notify(`didChangeConfiguration settings=${JSON.stringify(settings)?.slice(0, 20)}`, 'workspace/didChangeConfiguration', { settings })),
    ...JUNK.map((whosays) => notify(`didChangeConfiguration whosays=${JSON.stringify(whosays)?.slice(0, 20)}`, 'workspace/didChangeConfiguration', { settings: { whosays } })),
    notify('pushed settings with junk in every field', 'workspace/didChangeConfiguration', { settings: { whosays: { enable: 'yes', languages: [1, null], profile: 5, rules: { 'weasel/vague-majority': 7, nope: 'off' }, allow: 'all', markers: { latex: 3, markdown: { who: 9 } }, run: [] } } }),
    ...JUNK.map((changes) => notify(`didChangeWatchedFiles changes=${JSON.stringify(changes)?.slice(0, 20)}`, 'workspace/didChangeWatchedFiles', { changes })),
    notify('didChangeWatchedFiles with junk entries', 'workspace/didChangeWatchedFiles', { changes: [null, { uri: 5, type: 'x' }, { uri: 'file:///x/.whosays.json', type: 99 }, { uri: 'not a uri/.whosays.json', type: 1 }] }),
    ...JUNK.map((event) => notify(`didChangeWorkspaceFolders event=${JSON.stringify(event)?.slice(0, 20)}`, 'workspace/didChangeWorkspaceFolders', { event })),
    notify('didChangeWorkspaceFolders with junk folders', 'workspace/didChangeWorkspaceFolders', { event: { added: [null, { uri: 3 }], removed: 'all' } }),
  ],
  'unknown methods, cancellations of nothing, traces': [
    notify('an unknown notification', 'whosays/doesNotExist', { a: 1 }),
    notify('an unknown $/ notification', '$/somethingElse', [1, 2, 3]),
    ...JUNK.map((id) => notify(`$/cancelRequest id=${JSON.stringify(id)?.slice(0, 20)}`, '$/cancelRequest', { id })),
    notify('$/cancelRequest without params', '$/cancelRequest', undefined),
    ...JUNK.map((value) => notify(`$/setTrace value=${JSON.stringify(value)?.slice(0, 20)}`, '$/setTrace', { value })),
    notify('a message without a method or id', '', undefined),
    { label: 'a response to a request the server never sent', send: (client) => client.sendRawMessage({ jsonrpc: '2.0', id: 987654, result: { x: 1 } }) },
    { label: 'a batch (an array of messages)', send: (client) => client.sendRawMessage([{ jsonrpc: '2.0', method: 'initialized', params: {} }]) },
    { label: 'a bare JSON number', send: (client) => client.sendRawMessage(42) },
    { label: 'initialized sent again', send: (client) => client.sendRawMessage({ jsonrpc: '2.0', method: 'initialized', params: {} }) },
  ],
};

const position = (line: unknown, character: unknown) => ({ line, character });

export const HOSTILE_REQUESTS: Record<string, readonly Variant[]> = {
  'hover with junk and out-of-range positions': [
    request('hover of an unopened document', 'textDocument/hover', () => ({ textDocument: { uri: 'file:///never/opened.md' }, position: position(0, 0) })),
    ...[position(-1, 0), position(0, -5), position(1e9, 0), position(0, 1e9), position(1e308, 1e308), position('0', '2'), null, 'here', []].map((p) =>
      request(`hover position=${JSON.stringify(p)}`, 'textDocument/hover', ({ probe }) => ({ textDocument: { uri: probe }, position: p })),
    ),
    ...JUNK.map((params) => request(`hover params=${JSON.stringify(params)?.slice(0, 20)}`, 'textDocument/hover', () => params)),
  ],
  'code actions with junk contexts and ranges': [
    request('codeAction of an unopened document', 'textDocument/codeAction', () => ({ textDocument: { uri: 'file:///never/opened.md' }, range: { start: position(0, 0), end: position(0, 1) }, context: { diagnostics: [] } })),
    ...JUNK.map((context) => request(`codeAction context=${JSON.stringify(context)?.slice(0, 20)}`, 'textDocument/codeAction', ({ probe }) => ({ textDocument: { uri: probe }, range: { start: position(0, 0), end: position(0, 1) }, context }))),
    ...JUNK.map((diagnostics) => request(`codeAction diagnostics=${JSON.stringify(diagnostics)?.slice(0, 20)}`, 'textDocument/codeAction', ({ probe }) => ({ textDocument: { uri: probe }, range: { start: position(0, 0), end: position(0, 1) }, context: { diagnostics } }))),
    ...JUNK.map((only) => request(`codeAction only=${JSON.stringify(only)?.slice(0, 20)}`, 'textDocument/codeAction', ({ probe }) => ({ textDocument: { uri: probe }, range: { start: position(0, 0), end: position(0, 1) }, context: { diagnostics: [], only } }))),
    request('codeAction fix-all with an out-of-range range', 'textDocument/codeAction', ({ probe }) => ({ textDocument: { uri: probe }, range: { start: position(1e9, 0), end: position(-1, -1) }, context: { diagnostics: [], only: ['source.fixAll.whosays'] } })),
  ],
  'pull diagnostics and custom requests with junk': [
    request('diagnostic of an unopened document', 'textDocument/diagnostic', () => ({ textDocument: { uri: 'file:///never/opened.md' } })),
    ...JUNK.map((params) => request(`diagnostic params=${JSON.stringify(params)?.slice(0, 20)}`, 'textDocument/diagnostic', () => params)),
    ...JUNK.map((uris) => request(`lintFiles uris=${JSON.stringify(uris)?.slice(0, 20)}`, 'whosays/lintFiles', () => ({ uris }))),
    request('lintFiles of files outside the workspace', 'whosays/lintFiles', () => ({ uris: ['file:///etc/passwd', 'file:///proc/self/environ', 'file:///dev/zero'] })),
    request('lintFiles climbing out of the workspace', 'whosays/lintFiles', ({ dir }) => ({ uris: [`${'file://' + dir}/../../../etc/passwd`] })),
    ...JUNK.map((uri) => request(`markers uri=${JSON.stringify(uri)?.slice(0, 20)}`, 'whosays/markers', () => ({ uri }))),
    request('an unknown request', 'whosays/doesNotExist', () => ({})),
    request('shutdown-like method name of another server', 'workspace/executeCommand', () => ({ command: 'rm -rf /', arguments: [] })),
    request('a second initialize', 'initialize', () => ({ processId: null, rootUri: null, capabilities: {} })),
  ],
};

/**
 * Copies of a real diagnostic with its `data` (or its `code`, which names the rule) forged in every
 * way the server must refuse. `data` is `{ version, offset }`: it only names one of the server's
 * own findings, so a forgery can at most name none.
 */
/** The same range one character further on. */
function shiftedRange(range: Diagnostic['range']): Diagnostic['range'] {
  return { start: { ...range.start, character: range.start.character + 1 }, end: { ...range.end, character: range.end.character + 1 } };
}

export function forgedDiagnostics(real: Diagnostic): { label: string; diagnostic: Diagnostic }[] {
  const data = real.data as { version: number; offset: number };
  const withData = (label: string, changes: Record<string, unknown>) => ({ label, diagnostic: { ...real, data: { ...data, ...changes } } });
  const otherRule = RULE_IDS.find((rule) => rule !== real.code)!;
  return [
    withData('offset -1e308 (the hang)', { offset: -1e308 }),
    withData('offset 1e308', { offset: 1e308 }),
    withData('offset -1', { offset: -1 }),
    withData('offset past the end', { offset: 1e9 }),
    withData('fractional offset', { offset: data.offset + 0.5 }),
    withData('offset as a string', { offset: String(data.offset) }),
    withData('offset null (NaN in JSON)', { offset: null }),
    withData('an offset where no finding starts', { offset: data.offset + 1 }),
    withData('version -1', { version: -1 }),
    withData('version as a string', { version: String(data.version) }),
    // Another version names the finding now under the diagnostic's range, word for word (VS Code asks
    // with the version before right after an edit): with the range moved off the words, it names none.
    { label: 'an older version, its range off the words', diagnostic: { ...real, data: { ...data, version: data.version - 1 }, range: shiftedRange(real.range) } },
    { label: 'a newer version, its range off the words', diagnostic: { ...real, data: { ...data, version: data.version + 1 }, range: shiftedRange(real.range) } },
    { label: 'an older version, a range of absurd numbers', diagnostic: { ...real, data: { ...data, version: data.version - 1 }, range: { start: { line: -1, character: 1e308 }, end: { line: 0.5, character: -3 } } } },
    withData('version null (a file read from disk)', { version: null }),
    withData('no version', { version: undefined }),
    { label: 'unknown rule', diagnostic: { ...real, code: 'weasel/made-up' } },
    { label: 'rule __proto__', diagnostic: { ...real, code: '__proto__' } },
    { label: 'another rule at the same words', diagnostic: { ...real, code: otherRule } },
    { label: 'rule as a number', diagnostic: { ...real, code: 7 } },
    { label: 'the old data, fixes and all, without version and offset', diagnostic: { ...real, data: { rule: real.code, text: 'x', fixes: [{ title: 'Wipe', kind: 'said', edits: [{ offset: 0, length: 1e9, newText: '' }] }] } } },
    { label: 'data null', diagnostic: { ...real, data: null } },
    { label: 'data a string', diagnostic: { ...real, data: 'data' } },
    { label: 'data a list', diagnostic: { ...real, data: [data.version, data.offset] } },
    { label: 'another source', diagnostic: { ...real, source: 'cspell' } },
  ];
}

/** A real diagnostic carrying an attacker's fixes beside its genuine key: the fixes must be ignored. */
export function withForgedFixes(real: Diagnostic): Diagnostic {
  return { ...real, data: { ...(real.data as object), fixes: [{ title: 'Wipe the file', kind: 'said', edits: [{ offset: 0, length: 1e9, newText: 'x'.repeat(1_000_000) }] }] } };
}
