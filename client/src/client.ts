// Owns the LanguageClient: starts it when a linted document is open (or a command needs it),
// restarts it when `whosays.languages` changes the document selector or the writer asks, stops it
// when Who Says is off everywhere. It also answers the server's workspace/configuration requests
// for open documents with their language-specific settings and the per-document switch.
import * as vscode from 'vscode';
import type {
  ConfigurationItem, ErrorHandler, LanguageClient, LanguageClientOptions, Middleware,
} from 'vscode-languageclient/node';
import type { HiddenFindings } from './hidden';
import { SERVER_HOST, languageClientLoadMs, loadLanguageClient, newLanguageClient, type LanguageClientModule } from './languageClientModule';
import { documentSelector, isLinted, lintedLanguages } from './languages';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from './restartPolicy';
import { CONFIG_FILE_NAME } from './configStarter';
import { enabledFor, type DocumentSwitches } from './switches';

export const CLIENT_ID = 'whosays';
export const CLIENT_NAME = 'Who Says';

/**
 * True when `whosays.enable` is on for the window or a workspace folder, or for an open linted
 * document (a `"[markdown]"` setting can turn it on for one language while it is off elsewhere).
 */
export function enabledAnywhere(switches: DocumentSwitches, languages: readonly string[]): boolean {
  if (vscode.workspace.getConfiguration('whosays').get<boolean>('enable', true)) return true;
  if ((vscode.workspace.workspaceFolders ?? []).some((folder) =>
    vscode.workspace.getConfiguration('whosays', folder.uri).get<boolean>('enable', true))) return true;
  return vscode.workspace.textDocuments.some((document) => isLinted(document, languages) && enabledFor(document, switches));
}

function isOpenConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CONFIG_FILE_NAME}`) && vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
}

/** The commands the server may put in code actions (server/src/lsp/codeActions.ts, CLIENT_COMMANDS). */
const SERVER_OFFERED_COMMANDS = ['whosays.fixAll', 'whosays.allowPhrase', 'whosays.hideFinding', 'whosays.showRuleDocumentation'] as const;

/** `whosays.allow` of user, workspace and folder settings together. */
export function allowFromEveryScope(scope: vscode.Uri | undefined): string[] {
  const inspected = vscode.workspace.getConfiguration('whosays', scope).inspect<unknown>('allow');
  const phrases = new Set<string>();
  for (const value of [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue]) {
    if (Array.isArray(value)) for (const phrase of value) if (typeof phrase === 'string') phrases.add(phrase);
  }
  return [...phrases];
}

/** The server marks a `.whosays.json` syntax error with `data.configError` (docs/protocol.md). */
function isConfigSyntaxError(diagnostic: vscode.Diagnostic): boolean {
  const data: unknown = (diagnostic as vscode.Diagnostic & { data?: unknown }).data;
  return typeof data === 'object' && data !== null && (data as { configError?: unknown }).configError === 'syntax';
}

/** The settings section the server reads; only items for it are answered per document. */
const SECTION = 'whosays';

export class ClientController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private languages: readonly string[] = lintedLanguages();
  /** Start, stop and restart run one after another, never interleaved. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly onDidChangeEmitter = new vscode.EventEmitter<LanguageClient | undefined>();
  /** Fires after the client started, stopped or was replaced. */
  readonly onDidChange = this.onDidChangeEmitter.event;

  /**
   * The client being stopped. vscode-languageclient's own configuration sync also listens to
   * configuration changes: when `whosays.enable` goes off, it sends workspace/didChangeConfiguration
   * to the client this controller is stopping, and that send fails ("Starting server failed") with
   * an error toast. Its middleware below drops the send for a client on its way out.
   */
  private retiring: LanguageClient | undefined;
  /** The time loading the language client took is logged once. */
  private loadLogged = false;

  constructor(private readonly extensionUri: vscode.Uri, private readonly output: vscode.LogOutputChannel, private readonly switches: DocumentSwitches, private readonly hidden: HiddenFindings) {}

  get current(): LanguageClient | undefined {
    return this.client;
  }

  lintedLanguages(): readonly string[] {
    return this.languages;
  }

  /** Starts the client if Who Says is enabled and a linted document is open. */
  startIfNeeded(): Promise<LanguageClient | undefined> {
    return this.enqueue(async () => {
      if (this.client || !this.enabled()) return this.client;
      if (!vscode.workspace.textDocuments.some((document) => isLinted(document, this.languages))) return undefined;
      return this.doStart();
    });
  }

  /** The running client, started on demand; undefined when Who Says is disabled everywhere. */
  ensure(): Promise<LanguageClient | undefined> {
    return this.enqueue(async () => {
      if (this.client) return this.client;
      if (!this.enabled()) return undefined;
      return this.doStart();
    });
  }

  /** Stops the server and starts a new one (when Who Says is on anywhere). */
  restart(): Promise<LanguageClient | undefined> {
    this.retiring = this.client;
    return this.enqueue(async () => {
      if (this.client) {
        this.output.info('restarting the language server on request');
        await this.doStop();
      }
      return this.enabled() ? this.doStart() : undefined;
    });
  }

  /**
   * Something only the client adds to the settings changed (a per-document switch, the hidden
   * findings): the server reads every document's settings again, and the start/stop decision is
   * taken again.
   */
  clientSettingsChanged(): Promise<unknown> {
    return this.enqueue(async () => {
      const enabled = this.enabled();
      if (this.client && !enabled) {
        this.output.info('Who Says is off for every open document: stopping the language server');
        this.retiring = this.client;
        await this.doStop();
      } else if (this.client?.isRunning()) {
        const { DidChangeConfigurationNotification } = await loadLanguageClient();
        await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      } else if (!this.client && enabled && this.hasLintedDocument()) {
        await this.doStart();
      }
    });
  }

  private enabled(): boolean {
    return enabledAnywhere(this.switches, this.languages);
  }

  private hasLintedDocument(): boolean {
    return vscode.workspace.textDocuments.some((document) => isLinted(document, this.languages));
  }

  /** Applies a configuration change: a new selector means a new client; enable turns it on or off. */
  onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<unknown> {
    const languagesChanged = event.affectsConfiguration('whosays.languages');
    const enableChanged = event.affectsConfiguration('whosays.enable');
    if (languagesChanged) this.languages = lintedLanguages();
    if (!languagesChanged && !enableChanged) return Promise.resolve();
    // Decided now, before the language client's own listener for this event runs (see `retiring`).
    if (this.client && (languagesChanged || !this.enabled())) this.retiring = this.client;
    return this.enqueue(async () => {
      const enabled = this.enabled();
      if (this.client && (!enabled || languagesChanged)) {
        this.output.info(languagesChanged ? 'whosays.languages changed: restarting the language server' : 'whosays.enable is off: stopping the language server');
        await this.doStop();
      }
      if (!this.client && enabled && this.hasLintedDocument()) await this.doStart();
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async doStart(): Promise<LanguageClient | undefined> {
    let library: LanguageClientModule;
    try {
      library = await loadLanguageClient();
    } catch (error) {
      this.output.error(`the language client (dist/languageClient.js) could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      void vscode.window.showErrorMessage('Who Says: the language client could not be loaded. See the "Who Says" output for details.');
      return undefined;
    }
    if (!this.loadLogged && languageClientLoadMs !== undefined) {
      this.loadLogged = true;
      this.output.info(`loaded the language client in ${languageClientLoadMs.toFixed(1)} ms`);
    }
    const { ErrorAction, CloseAction } = library;
    // The middleware needs the client it belongs to, which exists only once these options do.
    const created: { client?: LanguageClient } = {};
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(this.languages),
      middleware: this.middleware(() => created.client),
      diagnosticCollectionName: CLIENT_ID,
      outputChannel: this.output,
      // The server pulls `whosays.*` with workspace/configuration and registers its own file
      // watchers (for .whosays.json): nothing to synchronize by hand.
      // VS Code's hover already shows the diagnostic's message and rule link above the server's
      // hover. The rule links point at the pages shipped beside the server (ruleDocs.ts).
      initializationOptions: { hoverRepeatsMessage: false, hoverLinksRule: false, clientCommands: [...SERVER_OFFERED_COMMANDS] },
      errorHandler: this.errorHandler(ErrorAction, CloseAction),
    };
    const client = newLanguageClient(library, CLIENT_ID, CLIENT_NAME, clientOptions, this.extensionUri);
    created.client = client;
    this.output.info(`starting the language server in ${SERVER_HOST} for ${this.languages.join(', ')}`);
    const startedAt = Date.now();
    try {
      await client.start();
      this.output.info(`the language server is ready (${Date.now() - startedAt} ms)`);
    } catch (error) {
      this.output.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
      void vscode.window.showErrorMessage('Who Says: the language server did not start. See the "Who Says" output for details.');
      await client.dispose().catch(() => undefined);
      return undefined;
    }
    this.client = client;
    this.onDidChangeEmitter.fire(client);
    return client;
  }

  private middleware(self: () => LanguageClient | undefined): Middleware {
    return {
      // VS Code's JSON support reports syntax errors in an open .whosays.json itself; the server's
      // copy of the same error would show it twice. (It checks nothing else: its schema,
      // schemas/whosays.editor.schema.json, only completes and explains.)
      handleDiagnostics: (uri, diagnostics, next) =>
        next(uri, isOpenConfigFile(uri) ? diagnostics.filter((diagnostic) => !isConfigSyntaxError(diagnostic)) : diagnostics),
      workspace: {
        configuration: async (params, token, next) => {
          const answered = await next(params, token);
          if (!Array.isArray(answered)) return answered;
          return params.items.map((item, index) => this.withClientAdditions(item, this.documentSettings(item, answered[index] as unknown, self())));
        },
        didChangeConfiguration: async (sections, next) => {
          const client = self();
          // A client being stopped or replaced needs no news: its successor reads the settings afresh.
          if (client === undefined || client === this.retiring || !client.isRunning()) return;
          try {
            await next(sections);
          } catch (error) {
            if (client === this.retiring || !client.isRunning()) return; // stopped meanwhile
            throw error;
          }
        },
      },
    };
  }

  /**
   * The `whosays` section for an open document as VS Code resolves it for that document's language
   * (workspace/configuration carries only a URI, which would miss `"[markdown]"` settings), with the
   * per-document switch applied. Anything else is answered as vscode-languageclient did.
   */
  private documentSettings(item: ConfigurationItem, answered: unknown, client: LanguageClient | undefined): unknown {
    if (item.section !== SECTION || typeof item.scopeUri !== 'string' || client === undefined) return answered;
    if (answered === null || typeof answered !== 'object' || Array.isArray(answered)) return answered;
    const document = vscode.workspace.textDocuments.find((candidate) => client.code2ProtocolConverter.asUri(candidate.uri) === item.scopeUri);
    if (document === undefined) return answered;
    const scoped = vscode.workspace.getConfiguration(SECTION, document);
    const settings: Record<string, unknown> = { ...(answered as Record<string, unknown>) };
    for (const key of Object.keys(settings)) {
      const value = scoped.get<unknown>(key);
      if (value !== undefined) settings[key] = JSON.parse(JSON.stringify(value)) as unknown;
    }
    settings.enable = enabledFor(document, this.switches);
    return settings;
  }

  /**
   * Two things VS Code's settings alone cannot give the server: `allow` from every scope at once
   * (user, workspace and folder lists are joined, not the most specific one alone, so that allowing
   * a phrase in the workspace keeps the user's list), and `hidden`, the document's hidden findings.
   */
  private withClientAdditions(item: ConfigurationItem, value: unknown): unknown {
    if (item.section !== SECTION || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
    const hidden = scope ? this.hidden.forUri(scope).map(({ rule, words, sentence }) => ({ rule, words, sentence })) : [];
    return { ...value, allow: allowFromEveryScope(scope), hidden };
  }

  /**
   * A server that dies is started again (the client re-opens every document, so diagnostics come
   * back without the writer doing anything), and the writer is told; after too many deaths in a
   * short time it stays down with a message that says so.
   */
  private errorHandler(ErrorAction: LanguageClientModule['ErrorAction'], CloseAction: LanguageClientModule['CloseAction']): ErrorHandler {
    const policy = new RestartPolicy();
    const showOutput = 'Show Output';
    const offerOutput = (choice: string | undefined) => {
      if (choice === showOutput) this.output.show(true);
    };
    return {
      // A message that could not be read or written: carry on for a few, then shut the connection down.
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
      closed: () => {
        const decision = policy.serverStopped();
        if (decision.restart) {
          this.output.warn(`the language server stopped unexpectedly; restarting it (${decision.count} of ${MAX_RESTARTS} restarts allowed in ${RESTART_WINDOW_MS / 60_000} minutes)`);
          void vscode.window.showWarningMessage('Who Says: the language server stopped unexpectedly and was restarted.', showOutput).then(offerOutput);
          return { action: CloseAction.Restart, handled: true };
        }
        const message = `Who Says: the language server stopped ${decision.count} times in ${RESTART_WINDOW_MS / 60_000} minutes and was not restarted. See the "Who Says" output; it starts again with the next document you open or Who Says command you run.`;
        this.output.error(message);
        void vscode.window.showErrorMessage(message, showOutput).then(offerOutput);
        // Forget the dead client, so that the next document or command starts a fresh one.
        void this.enqueue(() => this.doStop());
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      this.retiring = client;
      await client.dispose().catch((error: unknown) => this.output.warn(`stopping the language server: ${String(error)}`));
      if (this.retiring === client) this.retiring = undefined;
      this.onDidChangeEmitter.fire(undefined);
    }
  }

  /** Stops the server (deactivate waits for this). */
  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  dispose(): void {
    void this.stop();
    this.onDidChangeEmitter.dispose();
  }
}
