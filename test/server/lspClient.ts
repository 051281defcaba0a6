// A small LSP client for the protocol tests: starts the bundled server (`dist/server.js --stdio`)
// as a child process and speaks to it with vscode-languageserver-protocol's client side.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  ErrorCodes,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ResponseError,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { removeTempDirs, tempDir as makeTempDir } from '../support/tempDirs';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');
/** Where the bundled server finds the rule pages by default: docs/rules/ beside dist/, as a file: URL. */
export const SHIPPED_DOCS = pathToFileURL(`${path.join(ROOT, 'docs', 'rules')}${path.sep}`).href;

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'], snippetEditSupport: true },
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
  },
};

export const PULL_CAPABILITIES: ClientCapabilities = {
  ...FULL_CAPABILITIES,
  workspace: { ...FULL_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** The `whosays` settings section, for every resource. */
  settings?: Record<string, unknown>;
  /** Workspace folder paths. */
  folders?: string[];
  /** Defaults to a short debounce, so that the tests run quickly. */
  initializationOptions?: Record<string, unknown>;
  /**
   * Answer the server's own requests (registerCapability, diagnostic refresh, configuration) with
   * an error, as editors without those features do.
   */
  answerWithErrors?: boolean;
  /** The server to start (default: the built dist/server.js of this checkout). */
  server?: string;
}

interface Waiter {
  uri: string;
  test: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

export class TestClient {
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  refreshes = 0;
  settings: Record<string, unknown>;
  /** Settings for one resource (by scopeUri), merged over `settings`: what a client adds per document. */
  readonly resourceSettings = new Map<string, Record<string, unknown>>();
  initializeResult!: InitializeResult;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private waiters: Waiter[] = [];
  private readonly texts = new Map<string, TextDocument>();
  stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [options.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child, options.settings ?? {});
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client.onDiagnostics(params));
    const refuse = (method: string) => new ResponseError(ErrorCodes.MethodNotFound, `${method} is not supported by this client`);
    connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      if (options.answerWithErrors) throw refuse('workspace/configuration');
      return params.items.map((item) => (item.section === 'whosays' ? { ...client.settings, ...(item.scopeUri ? client.resourceSettings.get(item.scopeUri) : undefined) } : null));
    });
    connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      client.registrations.push(...params.registrations);
      if (options.answerWithErrors) throw refuse('client/registerCapability');
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes++;
      if (options.answerWithErrors) throw refuse('workspace/diagnostic/refresh');
      return null;
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const folders = (options.folders ?? []).map((f) => ({ uri: fileUri(f), name: path.basename(f) }));
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length > 0 ? folders : null,
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: options.initializationOptions ?? { debounceMs: 10 },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private onDiagnostics(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    this.latest.set(params.uri, params);
    const ready = this.waiters.filter((w) => w.uri === params.uri && w.test(params));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(params);
  }

  /** The next diagnostics for `uri` that satisfy `test` (or the last ones, if they already do and `fresh` is false). */
  diagnostics(uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true, options: { fresh?: boolean; timeoutMs?: number } = {}): Promise<PublishDiagnosticsParams> {
    const last = this.latest.get(uri);
    if (!options.fresh && last && test(last)) return Promise.resolve(last);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} (last: ${JSON.stringify(this.latest.get(uri))?.slice(0, 500)})\n${this.stderr}`)), options.timeoutMs ?? 10_000);
      this.waiters.push({
        uri,
        test,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      });
    });
  }

  /** Diagnostics for exactly `version` of a document. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (p) => p.version === version);
  }

  /** Whether anything is published for `uri` within `ms`. */
  async quietFor(uri: string, ms: number): Promise<boolean> {
    const before = this.published.filter((p) => p.uri === uri).length;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.published.filter((p) => p.uri === uri).length === before;
  }

  /** The server's process id. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The server process's exit code, or null while it runs. */
  get exitCode(): number | null {
    return this.child.exitCode;
  }

  /** Resolves with the exit code when the server exits, or with undefined after `ms`. */
  exited(ms: number): Promise<number | null | undefined> {
    if (this.child.exitCode !== null) return Promise.resolve(this.child.exitCode);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), ms);
      this.child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  /** Writes bytes to the server's standard input as they are, bypassing the protocol writer. */
  writeRaw(bytes: string | Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => this.child.stdin!.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  /** Sends one message exactly as given (any JSON value), framed with a correct header. */
  sendRawMessage(message: unknown): Promise<void> {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    return this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  text(uri: string): string {
    return this.texts.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.texts.get(uri)!.version;
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    this.texts.set(uri, TextDocument.create(uri, languageId, version, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Sends incremental changes as one didChange and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const document = this.texts.get(uri)!;
    const version = document.version + 1;
    TextDocument.update(document, changes, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text (as one ranged change). */
  async replaceText(uri: string, text: string): Promise<number> {
    const document = this.texts.get(uri)!;
    const end = document.positionAt(document.getText().length);
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end }, text }]);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  hover(uri: string, line: number, character: number) {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
    return (result ?? []) as CodeAction[];
  }

  pull(uri: string, previousResultId?: string) {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    this.connection.dispose();
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else {
        const timer = setTimeout(() => {
          this.child.kill();
          resolve();
        }, 2000);
        this.child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      }
    });
  }
}

/** Expands an LSP snippet the way an editor would insert it: each placeholder becomes its default text. */
export function expandSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      const colon = snippet.indexOf(':', i);
      let depth = 1;
      let j = colon + 1;
      let inner = '';
      for (; j < snippet.length && depth > 0; j++) {
        if (snippet[j] === '\\') {
          inner += snippet[++j];
          continue;
        }
        if (snippet[j] === '}') depth--;
        if (depth > 0) inner += snippet[j];
      }
      out += inner;
      i = j - 1;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else out += c;
  }
  return out;
}

/**
 * Applies a workspace edit to the texts it names (`files`: uri -> text; a created file starts empty)
 * and checks each versioned edit against `versions`. Returns the new texts.
 */
export function applyWorkspaceEdit(edit: WorkspaceEdit, files: Record<string, string>, versions: Record<string, number> = {}): Record<string, string> {
  const out = { ...files };
  const apply = (uri: string, edits: { range: Range; newText?: string; snippet?: { value: string } }[]) => {
    if (!(uri in out)) throw new Error(`edit for a file that does not exist: ${uri}`);
    const document = TextDocument.create(uri, 'plaintext', 0, out[uri]);
    out[uri] = TextDocument.applyEdits(
      document,
      edits.map((e) => ({ range: e.range, newText: e.snippet ? expandSnippet(e.snippet.value) : e.newText! })),
    );
  };
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
      if (change.uri in out && !change.options?.overwrite) throw new Error(`${change.uri} exists`);
      out[change.uri] = '';
      continue;
    }
    const { uri, version } = change.textDocument;
    if (version !== null && versions[uri] !== undefined && versions[uri] !== version) throw new Error(`edit for version ${version} of ${uri}, which is at ${versions[uri]}`);
    apply(uri, change.edits as { range: Range; newText?: string; snippet?: { value: string } }[]);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
  return out;
}

/** A fresh folder holding `files`, removed by removeTempDirs. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  return makeTempDir(files, 'whosays-ls-');
}

export { removeTempDirs };
