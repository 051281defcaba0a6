// startServer: capabilities and wiring, shared by the Node entry (stdio, IPC, the `whosays-ls`
// executable) and a browser worker. Everything that touches files comes in through `host`.

import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigError } from '../engine/config';
import { CLIENT_COMMANDS, FIX_ALL_KIND, SERVER_COMMANDS, allowListText, allowListWorkspaceEdit, fixAllAction, kindRequested, quickFixes, type ActionContext, type AllowListTarget, type EditSupport } from './codeActions';
import { FixAllRequest, fixAllPlan } from './fixAll';
import { LineIndex } from './convert';
import { configDiagnostics, diagnosticData, docsBaseUrl } from './diagnostics';
import { limitedDiagnostics } from './problemLimit';
import { DocumentLinter } from './documents';
import type { ServerHost } from './host';
import { hoverAt } from './hover';
import { documentUri, isObject, isPosition, isUri, listenChecked } from './protocolGuards';
import { AllowListEditRequest, LintFilesRequest, MarkersRequest, languageIdForUri, markersFor } from './requests';
import { ReportFilesRequest, reportFiles } from './reportFiles';
import { lintEachFile, requestedUris, type WorkspaceFilesEnv, type WorkspaceFolderInfo } from './workspaceFiles';
import { allowPhrase, allowsPhrase } from './allowList';
import { toTextEdits } from './convert';
import { SettingsStore, type DocumentSettings } from './settings';
import { CONFIG_FILE_NAME, basename, isConfigFileUri, isInside, joinUri, parentFolder, uriKey } from './uris';

/** Options a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /**
   * Pause after a change before linting again, in milliseconds (default 100), for documents whose
   * edits are costly to re-lint (see `debounceAboveMs`); others are linted at once.
   */
  debounceMs?: number;
  /**
   * A document is costly when re-linting what an edit touches (the paragraph, or the whole text
   * where it cannot be cut) is estimated, from the document's last lint, to take at least this
   * many milliseconds (default 50; 0: every document).
   */
  debounceAboveMs?: number;
  /**
   * Whether the hover starts with the finding's message (default true). Editors that show the
   * diagnostic's message in the same hover (VS Code) turn it off so it is not shown twice.
   */
  hoverRepeatsMessage?: boolean;
  /**
   * Whether the hover ends with a link to the rule's page (default true). Editors that show the
   * diagnostic's code with its link in the same hover (VS Code) turn it off so it is not shown twice.
   */
  hoverLinksRule?: boolean;
  /**
   * Where the rule pages are, a folder URL (default: the pages shipped beside the server, as
   * `file:` URLs). The `whosays.docsBaseUrl` setting wins over it.
   */
  docsBaseUrl?: string;
  /**
   * Commands of CLIENT_COMMANDS the client handles (VS Code's sends all four): the quick-fix menu
   * then offers Fix All, "Allow …" and "Hide this finding" as those commands, and ends with "Show
   * documentation for <rule>".
   */
  clientCommands?: string[];
}

export const DEFAULT_DEBOUNCE_MS = 100;
/**
 * Typing runs at a key every 50 ms or more, so a document whose edits re-lint in less keeps up
 * without waiting; a costlier one waits for a pause, so that a burst of keys is linted once.
 * What publishing costs needs no debounce: a publish still being written holds back the next.
 */
export const DEFAULT_DEBOUNCE_ABOVE_MS = 50;

/** Quick-fix requests look at this many of our diagnostics at most (editors send those under the cursor). */
const MAX_ACTION_DIAGNOSTICS = 100;

function invalidParams(method: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `${method}: malformed parameters`);
}

/** The `uri` of the custom requests' parameters (`{ uri, ... }`), or undefined when it is not one. */
function uriParam(params: unknown): string | undefined {
  const uri = isObject(params) ? params.uri : undefined;
  return isUri(uri) ? uri : undefined;
}

/** A workspace folder as the client gave it, named by the last segment of its path when it has no name. */
function folderInfo(folder: { uri: string; name: string }): WorkspaceFolderInfo {
  return { uri: folder.uri, name: typeof folder.name === 'string' && folder.name !== '' ? folder.name : basename(folder.uri) };
}

export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let capabilities: ClientCapabilities = {};
  let workspaceFolders: WorkspaceFolderInfo[] = [];
  /** Settings the client pushed with didChangeConfiguration (clients without workspace/configuration). */
  let pushedSettings: unknown;
  let hoverRepeatsMessage = true;
  let hoverLinksRule = true;
  let initDocsBaseUrl: string | undefined;
  let clientCommands: ReadonlySet<string> = new Set();
  /** Files whose diagnostics whosays/lintFiles pushed while they were closed. */
  const pushedFromDisk = new Set<string>();
  /** Configuration files with errors on show, so that a fixed file gets its diagnostics cleared once. */
  const configFilesWithErrors = new Set<string>();

  const openDocument = (uri: string): TextDocument | undefined => {
    const direct = documents.get(uri);
    if (direct) return direct;
    const key = uriKey(uri);
    return documents.all().find((d) => uriKey(d.uri) === key);
  };

  const log = (message: string): void => connection.console.error(message);
  /** A message to the client whose failure (a closed stream, a client that answers with an error) is logged, never thrown. */
  const toClient = (what: string, sent: Promise<unknown>): Promise<void> =>
    sent.then(
      () => undefined,
      (error: unknown) => log(`whosays: ${what} failed: ${error instanceof Error ? error.message : String(error)}`),
    );

  /** Resolves once the diagnostics are written (never rejects). */
  const publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]): Promise<void> =>
    toClient(`publishing diagnostics for ${uri}`, connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics }));
  const refreshPulled = (): void => {
    if (pull && capabilities.workspace?.diagnostics?.refreshSupport) toClient('workspace/diagnostic/refresh', connection.languages.diagnostics.refresh());
  };

  const reportConfigErrors = (uri: string, errors: ConfigError[], text: string | undefined): void => {
    const target = openDocument(uri)?.uri ?? uri;
    const key = uriKey(uri);
    if (errors.length === 0 && !configFilesWithErrors.has(key)) return;
    if (errors.length > 0) configFilesWithErrors.add(key);
    else configFilesWithErrors.delete(key);
    publish(target, undefined, configDiagnostics(errors, text));
  };

  const settings = new SettingsStore({
    clientSettings: async (uri) =>
      capabilities.workspace?.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'whosays' }) : pushedSettings,
    fs: host.fs,
    openText: (uri) => openDocument(uri)?.getText(),
    reportConfigErrors,
    defaultDocsBaseUrl: () => initDocsBaseUrl ?? host.docsBaseUrl,
  });

  let pull = false;
  /** Whether the client tells the server about changed files (else `.whosays.json` is read again on its saves and settings changes). */
  let watchesFiles = false;
  /** Whether the allow-list quick fix is a command the server carries out (see SERVER_COMMANDS). */
  let serverAllows = false;
  const makeLinter = (push: boolean, debounceMs: number, debounceAboveMs: number): DocumentLinter =>
    new DocumentLinter({
      document: (uri) => documents.get(uri),
      settings,
      publish,
      push,
      debounceMs,
      debounceAboveMs,
      now: () => new Date(),
      log,
      isRulePage: (uri) => [host.docsBaseUrl, initDocsBaseUrl].some((base) => base !== undefined && isInside(uri, base)),
    });
  let linter = makeLinter(true, DEFAULT_DEBOUNCE_MS, DEFAULT_DEBOUNCE_ABOVE_MS);

  const editSupport = (): EditSupport => {
    const edit = capabilities.workspace?.workspaceEdit;
    return {
      documentChanges: edit?.documentChanges === true,
      snippets: edit?.snippetEditSupport === true,
      createFiles: edit?.resourceOperations?.includes('create') === true,
    };
  };

  /** Settings or a configuration file changed: lint every open document again. */
  const relintAll = (): void => {
    linter.relintAll();
    refreshPulled();
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const milliseconds = (value: unknown, fallback: number): number => (typeof value === 'number' && value >= 0 && value <= 3_600_000 ? value : fallback);
    const debounceMs = milliseconds(options.debounceMs, DEFAULT_DEBOUNCE_MS);
    const debounceAboveMs = milliseconds(options.debounceAboveMs, DEFAULT_DEBOUNCE_ABOVE_MS);
    hoverRepeatsMessage = options.hoverRepeatsMessage !== false;
    hoverLinksRule = options.hoverLinksRule !== false;
    initDocsBaseUrl = docsBaseUrl(options.docsBaseUrl);
    const known: readonly string[] = Object.values(CLIENT_COMMANDS);
    clientCommands = new Set(Array.isArray(options.clientCommands) ? options.clientCommands.filter((c) => known.includes(c)) : []);
    // A client that pulls diagnostics gets them only by pull for open documents: pushing as well
    // would show every finding twice.
    pull = capabilities.textDocument?.diagnostic !== undefined;
    linter = makeLinter(!pull, debounceMs, debounceAboveMs);
    workspaceFolders = params.workspaceFolders?.map(folderInfo) ?? (params.rootUri ? [folderInfo({ uri: params.rootUri, name: '' })] : []);
    watchesFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    serverAllows = !watchesFiles && !clientCommands.has(CLIENT_COMMANDS.allowPhrase) && host.fs.writeConfigFile !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        ...(pull ? { diagnosticProvider: { identifier: 'whosays', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(serverAllows ? { executeCommandProvider: { commands: [SERVER_COMMANDS.allowPhrase] } } : {}),
      },
      serverInfo: { name: 'whosays', version: host.version },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      toClient('registering for configuration changes', connection.client.register(DidChangeConfigurationNotification.type, { section: 'whosays' }));
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      toClient('registering a watcher for .whosays.json', connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }));
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f.uri)), ...event.added.map(folderInfo)];
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const raw = params.settings as { whosays?: unknown } | null | undefined;
    if (raw && typeof raw === 'object' && 'whosays' in raw) pushedSettings = raw.whosays;
    settings.clientSettingsChanged();
    // Without file events, a settings change is also the way to say that a .whosays.json changed.
    if (!watchesFiles) settings.allConfigFilesChanged();
    relintAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    let changed = false;
    for (const change of params.changes) {
      if (!isConfigFileUri(change.uri)) continue;
      // An open .whosays.json is read from the editor; its saves change nothing more.
      if (openDocument(change.uri) && change.type === FileChangeType.Changed) continue;
      const deleted = change.type === FileChangeType.Deleted;
      settings.configFileChanged(change.uri, deleted);
      if (!deleted) settings.checkConfigFile(change.uri).catch((error: unknown) => log(`whosays: reading ${change.uri} failed: ${String(error)}`));
      changed = true;
    }
    if (changed) relintAll();
  });

  documents.onDidChangeContent(({ document }) => {
    if (isConfigFileUri(document.uri)) {
      settings.configFileChanged(document.uri);
      settings.checkConfigFile(document.uri).then(relintAll, (error: unknown) => log(`whosays: reading ${document.uri} failed: ${String(error)}`));
      return;
    }
    if (pull && pushedFromDisk.delete(uriKey(document.uri))) publish(document.uri, undefined, []);
    linter.changed(document);
  });

  documents.onDidSave(({ document }) => {
    if (isConfigFileUri(document.uri)) return;
    if (!watchesFiles) {
      // A client without file events (Neovim, Helix): a .whosays.json edited meanwhile counts from
      // the next save of any document. Documents whose findings stay the same publish nothing.
      settings.allConfigFilesChanged();
      linter.relintAll();
    }
    linter.saved(document).then(refreshPulled, (error: unknown) => log(`whosays: linting ${document.uri} on save failed: ${String(error)}`));
  });

  documents.onDidClose(({ document }) => {
    if (isConfigFileUri(document.uri)) {
      // Back to the file on disk.
      settings.configFileChanged(document.uri);
      settings.checkConfigFile(document.uri).then(relintAll, (error: unknown) => log(`whosays: reading ${document.uri} failed: ${String(error)}`));
      return;
    }
    linter.closed(document.uri);
    // Its settings depend on its language, which may differ when it is opened again.
    settings.documentClosed(document.uri);
  });

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = documentUri(params);
    if (uri === undefined) throw invalidParams('textDocument/diagnostic');
    if (!documents.get(uri) || isConfigFileUri(uri)) return { kind: 'full', items: [] };
    const documentSettings = await settings.forResource(uri);
    const latest = linter.latest(uri);
    // Linting on save: between saves, the last result stands (unless the settings changed since).
    const stands = documentSettings.run === 'onSave' && latest && latest.generation === settings.generation;
    const pending = stands ? Promise.resolve(latest) : linter.current(uri);
    const version = documents.get(uri)?.version;
    if (!stands && version !== undefined && capabilities.workspace?.diagnostics?.refreshSupport) {
      // A long document's first lint: its opening's diagnostics at once, the whole after a refresh.
      const preview = await Promise.race([pending.then(() => undefined), linter.previewFor(uri, version, pending)]);
      if (preview && !token.isCancellationRequested) {
        void pending.then(refreshPulled);
        return { kind: 'full', resultId: `preview:${version}`, items: preview };
      }
    }
    const result = await pending;
    if (!result || token.isCancellationRequested) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed.', { retriggerRequest: true });
    }
    if (params.previousResultId === result.resultId) return { kind: 'unchanged', resultId: result.resultId };
    return { kind: 'full', resultId: result.resultId, items: result.diagnostics };
  });

  connection.onHover(async (params) => {
    const uri = documentUri(params);
    if (uri === undefined || !isPosition(params.position)) throw invalidParams('textDocument/hover');
    const result = await linter.current(uri);
    if (!result) return null;
    const formats = capabilities.textDocument?.hover?.contentFormat;
    const markdown = !formats || formats.includes(MarkupKind.Markdown);
    return hoverAt(result.findings, result.index, params.position, { markdown, withMessage: hoverRepeatsMessage, linkRule: hoverLinksRule, ...(result.docsBaseUrl ? { docsBaseUrl: result.docsBaseUrl } : {}) });
  });

  const allowListTarget = async (uri: string, documentSettings: DocumentSettings): Promise<AllowListTarget | undefined> => {
    let target = documentSettings.configFile;
    if (!target) {
      // The innermost workspace folder holding the document (folders of a multi-root workspace may nest).
      const holding = workspaceFolders.map((f) => f.uri).filter((f) => isInside(uri, f)).sort((a, b) => b.length - a.length);
      const folder = holding[0] ?? (uri.startsWith('file:') ? parentFolder(uri) : undefined);
      if (!folder) return undefined;
      target = joinUri(folder, CONFIG_FILE_NAME);
    }
    const open = openDocument(target);
    if (open) return { uri: open.uri, text: open.getText(), version: open.version };
    try {
      return { uri: target, text: await host.fs.readTextFile(target), version: null };
    } catch {
      // A file that the lookup found but that cannot be read is not overwritten.
      return documentSettings.configFile ? undefined : { uri: target, text: undefined, version: null };
    }
  };

  connection.onCodeAction(async (params) => {
    const uri = documentUri(params);
    const context: unknown = params.context;
    if (uri === undefined || !isObject(context) || !Array.isArray(context.diagnostics)) throw invalidParams('textDocument/codeAction');
    const only = Array.isArray(context.only) ? context.only.filter((kind): kind is string => typeof kind === 'string') : undefined;
    const document = documents.get(uri);
    if (!document) return [];
    const text = document.getText();
    const version = document.version;
    const ours = kindRequested(only, CodeActionKind.QuickFix)
      ? (context.diagnostics as unknown[]).filter((d): d is Diagnostic => diagnosticData(d, text.length) !== undefined).slice(0, MAX_ACTION_DIAGNOSTICS)
      : [];
    const wantsFixAll = only !== undefined && kindRequested(only, FIX_ALL_KIND);
    if (ours.length === 0 && !wantsFixAll) return [];
    const documentSettings = await settings.forResource(uri);
    // The findings of this version, which the diagnostics name (ready: the diagnostics came from them).
    const current = await linter.findingsOf(uri, version);
    const ctx: ActionContext = {
      document: { uri, version, languageId: document.languageId, text, index: current ? current.index : new LineIndex(text) },
      support: editSupport(),
      clientCommands,
      fixAllIncludesInformation: documentSettings.fixAllIncludesInformation,
      ...(current ? { findings: current.findings, findingAt: (offset: number, rule: string) => current.findingAt(offset, rule) } : {}),
    };
    const actions: CodeAction[] = [];
    if (ours.length > 0) {
      const target = clientCommands.has(CLIENT_COMMANDS.allowPhrase) || serverAllows ? undefined : await allowListTarget(uri, documentSettings);
      if (document.version !== version) return [];
      actions.push(...quickFixes(ours, { ...ctx, ...(target ? { allowList: target } : {}), ...(serverAllows ? { serverAllows: true } : {}) }));
    }
    if (wantsFixAll && current) {
      const action = fixAllAction(current.findings, ctx);
      if (action) actions.push(action);
    }
    return actions;
  });

  connection.onRequest(FixAllRequest, async (params) => {
    const uri = uriParam(params);
    if (uri === undefined) throw invalidParams('whosays/fixAll');
    const document = documents.get(uri);
    if (!document || isConfigFileUri(uri)) return null;
    const includeInformation = isObject(params) && params.includeInformation === true ? true : (await settings.forResource(uri)).fixAllIncludesInformation;
    const result = await linter.current(uri);
    if (!result || result.version !== document.version) return null;
    const plan = fixAllPlan(result.findings, includeInformation);
    return { uri, version: result.version, edits: toTextEdits(result.index, plan.edits), markers: plan.markers, words: plan.words, informationLeft: plan.informationLeft };
  });

  connection.onRequest(AllowListEditRequest, async (params) => {
    const uri = uriParam(params);
    const phrase: unknown = isObject(params) ? params.phrase : undefined;
    if (uri === undefined || typeof phrase !== 'string' || phrase.trim() === '' || phrase.length > 1_000) throw invalidParams('whosays/allowListEdit');
    const target = await allowListTarget(uri, await settings.forResource(uri));
    if (!target) return null;
    const allowed = allowPhrase(phrase);
    const edit = allowListWorkspaceEdit(target, allowed, editSupport());
    if (edit) return { configFile: target.uri, created: target.text === undefined, edit };
    // No edit: the phrase is there already, or the file cannot be changed safely (a syntax error).
    return { configFile: target.uri, created: false, alreadyAllowed: target.text !== undefined && allowsPhrase(target.text, allowed) };
  });

  const filesEnv: WorkspaceFilesEnv = {
    openDocument,
    linter: () => linter,
    settings,
    fs: host.fs,
    workspaceFolders: () => workspaceFolders,
    warn: (message) => connection.console.warn(message),
  };

  connection.onRequest(LintFilesRequest, async (params, token) => {
    const uris = requestedUris(params);
    if (uris === undefined) throw invalidParams('whosays/lintFiles');
    let files = 0;
    let findings = 0;
    let skipped = 0;
    await lintEachFile(uris, token, filesEnv, 'whosays/lintFiles', (file) => {
      if (file.kind === 'skipped') skipped++;
      if (file.kind === 'open') {
        const { result } = file;
        files++;
        findings += result.findings.length;
        if (!pull && linter.isCurrent(result)) publish(file.uri, result.version, result.diagnostics);
      } else if (file.kind === 'read') {
        publish(file.uri, undefined, limitedDiagnostics(file.findings, new LineIndex(file.text), file.settings.docsBaseUrl, file.settings.maxProblems));
        pushedFromDisk.add(uriKey(file.uri));
        files++;
        findings += file.findings.length;
      }
    });
    return { files, findings, skipped };
  });

  connection.onRequest(ReportFilesRequest, async (params, token) => {
    const uris = requestedUris(params);
    if (uris === undefined) throw invalidParams('whosays/reportFiles');
    return reportFiles(uris, token, filesEnv);
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== SERVER_COMMANDS.allowPhrase || !serverAllows) throw invalidParams('workspace/executeCommand');
    const [uri, phrase] = Array.isArray(params.arguments) ? params.arguments : [];
    if (!isUri(uri) || typeof phrase !== 'string' || phrase.trim() === '' || phrase.length > 1_000) throw invalidParams('workspace/executeCommand');
    const target = await allowListTarget(uri, await settings.forResource(uri));
    if (!target) throw new ResponseError(ErrorCodes.InvalidRequest, `No .whosays.json can be written for ${uri}.`);
    const allowed = allowPhrase(phrase);
    const text = allowListText(target.text, allowed);
    if (text === undefined) {
      const message = target.text !== undefined && allowsPhrase(target.text, allowed) ? `"${allowed}" is allowed already in ${target.uri}.` : `${target.uri} has an error; fix it first.`;
      void connection.window.showInformationMessage(`Who Says: ${message}`);
      return { configFile: target.uri, changed: false };
    }
    await host.fs.writeConfigFile!(target.uri, text);
    settings.configFileChanged(target.uri);
    relintAll();
    return { configFile: target.uri, changed: true };
  });

  connection.onRequest(MarkersRequest, async (params) => {
    const uri: unknown = isObject(params) ? params.uri : undefined;
    if (typeof uri !== 'string' || uri === '') throw invalidParams('whosays/markers');
    const open = openDocument(uri);
    const languageId = open ? open.languageId : languageIdForUri(uri);
    return markersFor(languageId, await settings.forResource(uri), new Date(), open?.getText() ?? '');
  });

  listenChecked(documents, connection, log);
  connection.listen();
}
