// Owns the LanguageClient: starts it when a linted document is open (or a command needs it),
// restarts it when `whosays.languages` changes the document selector, stops it when
// `whosays.enable` is off everywhere.
import * as vscode from 'vscode';
import { CloseAction, DidChangeConfigurationNotification, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import type { HiddenFindings } from './hidden';
import { documentSelector, isLinted, lintedLanguages } from './languages';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from './restartPolicy';

export const CLIENT_ID = 'whosays';
export const CLIENT_NAME = 'Who Says';

/** True when `whosays.enable` is on for the window or for any workspace folder. */
export function enabledAnywhere(): boolean {
  if (vscode.workspace.getConfiguration('whosays').get<boolean>('enable', true)) return true;
  return (vscode.workspace.workspaceFolders ?? []).some((folder) =>
    vscode.workspace.getConfiguration('whosays', folder.uri).get<boolean>('enable', true));
}

export function enabledFor(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('whosays', document.uri).get<boolean>('enable', true);
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

export class ClientController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private languages: readonly string[] = lintedLanguages();
  /** Start, stop and restart run one after another, never interleaved. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly onDidChangeEmitter = new vscode.EventEmitter<LanguageClient | undefined>();
  /** Fires after the client started, stopped or was replaced. */
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(private readonly serverModule: string, private readonly output: vscode.LogOutputChannel, private readonly hidden: HiddenFindings) {}

  /**
   * Tells the server that what the client adds to the settings (the hidden findings) changed: it
   * reads every document's settings again and re-lints.
   */
  async settingsChanged(): Promise<void> {
    await this.client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  get current(): LanguageClient | undefined {
    return this.client;
  }

  lintedLanguages(): readonly string[] {
    return this.languages;
  }

  /** Starts the client if Who Says is enabled and a linted document is open. */
  startIfNeeded(): Promise<LanguageClient | undefined> {
    return this.enqueue(async () => {
      if (this.client || !enabledAnywhere()) return this.client;
      if (!vscode.workspace.textDocuments.some((document) => isLinted(document, this.languages))) return undefined;
      return this.doStart();
    });
  }

  /** The running client, started on demand; undefined when Who Says is disabled everywhere. */
  ensure(): Promise<LanguageClient | undefined> {
    return this.enqueue(async () => {
      if (this.client) return this.client;
      if (!enabledAnywhere()) return undefined;
      return this.doStart();
    });
  }

  /** Applies a configuration change: a new selector means a new client; enable turns it on or off. */
  onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<unknown> {
    const languagesChanged = event.affectsConfiguration('whosays.languages');
    const enableChanged = event.affectsConfiguration('whosays.enable');
    if (languagesChanged) this.languages = lintedLanguages();
    if (!languagesChanged && !enableChanged) return Promise.resolve();
    return this.enqueue(async () => {
      const enabled = enabledAnywhere();
      if (this.client && (!enabled || languagesChanged)) {
        this.output.info(languagesChanged ? 'whosays.languages changed: restarting the language server' : 'whosays.enable is off: stopping the language server');
        await this.doStop();
      }
      if (!this.client && enabled && vscode.workspace.textDocuments.some((document) => isLinted(document, this.languages))) await this.doStart();
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async doStart(): Promise<LanguageClient | undefined> {
    const module = this.serverModule;
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(this.languages),
      diagnosticCollectionName: CLIENT_ID,
      outputChannel: this.output,
      // The server pulls `whosays.*` with workspace/configuration and registers its own file
      // watchers (for .whosays.json): nothing to synchronize by hand.
      // VS Code's hover already shows the diagnostic's message and rule link above the server's
      // hover. The rule links point at the pages shipped beside the server (ruleDocs.ts).
      initializationOptions: { hoverRepeatsMessage: false, hoverLinksRule: false, clientCommands: [...SERVER_OFFERED_COMMANDS] },
      middleware: this.middleware(),
      errorHandler: this.errorHandler(),
    };
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    this.output.info(`starting the language server for ${this.languages.join(', ')}`);
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

  /**
   * The `whosays` section the server reads per document gets two things VS Code's settings alone
   * cannot give: `allow` from every scope at once (user, workspace and folder lists are joined, not
   * the most specific one alone, so that allowing a phrase in the workspace keeps the user's list),
   * and `hidden`, the document's hidden findings.
   */
  private middleware(): Middleware {
    return {
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value: unknown, i) => {
            const item = params.items[i];
            if (item?.section !== 'whosays' || typeof value !== 'object' || value === null) return value;
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            const hidden = scope ? this.hidden.forUri(scope).map(({ rule, words, sentence }) => ({ rule, words, sentence })) : [];
            return { ...value, allow: allowFromEveryScope(scope), hidden };
          });
        },
      },
    };
  }

  /**
   * A server that dies is started again (the client re-opens every document, so diagnostics come
   * back without the writer doing anything), and the writer is told; after too many deaths in a
   * short time it stays down with a message that says so.
   */
  private errorHandler(): ErrorHandler {
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
      await client.dispose().catch((error: unknown) => this.output.warn(`stopping the language server: ${String(error)}`));
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
