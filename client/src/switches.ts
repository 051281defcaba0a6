// Whether Who Says lints a document: the per-document switch (kept in the workspace's memory, never
// in the document), then `whosays.enable` as VS Code resolves it for the document's folder and
// language (`"[markdown]": { "whosays.enable": false }` works).
import * as vscode from 'vscode';
import { describeOff, offReason, type EnableInspection, type OffReason } from './enablement';
import { BUILTIN_EXTENSIONS } from './languages';

const STATE_KEY = 'whosays.documentsOff';

/** The documents a writer turned Who Says off for, by URI, remembered per workspace. */
export class DocumentSwitches implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state: vscode.Memento) {}

  private uris(): string[] {
    const stored = this.state.get<unknown>(STATE_KEY, []);
    return Array.isArray(stored) ? stored.filter((uri): uri is string => typeof uri === 'string') : [];
  }

  isOff(uri: vscode.Uri): boolean {
    return this.uris().includes(uri.toString());
  }

  async setOff(uri: vscode.Uri, off: boolean): Promise<void> {
    const others = this.uris().filter((stored) => stored !== uri.toString());
    await this.state.update(STATE_KEY, off ? [...others, uri.toString()] : others);
    this.emitter.fire();
  }

  /** The documents turned off, for the status bar tooltip. */
  list(): vscode.Uri[] {
    return this.uris().map((uri) => vscode.Uri.parse(uri));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** A language's display name ("Markdown"), from the extension that contributes it. */
export function languageName(languageId: string): string {
  for (const extension of vscode.extensions.all) {
    const contributed: unknown = extension.packageJSON?.contributes?.languages;
    if (!Array.isArray(contributed)) continue;
    for (const entry of contributed as { id?: unknown; aliases?: unknown }[]) {
      if (entry?.id === languageId && Array.isArray(entry.aliases) && typeof entry.aliases[0] === 'string') return entry.aliases[0];
    }
  }
  return languageId;
}

/** Why Who Says does not lint this document, or undefined when it does. */
export function whyOff(document: vscode.TextDocument, switches: DocumentSwitches): OffReason | undefined {
  if (switches.isOff(document.uri)) return 'document';
  const config = vscode.workspace.getConfiguration('whosays', document);
  // VS Code resolves the value; inspect() only explains where a false came from.
  if (config.get<boolean>('enable', true)) return undefined;
  const reason = offReason(config.inspect<boolean>('enable') as EnableInspection | undefined, false) ?? 'user';
  // With one folder open (no .code-workspace file), the folder's settings are the workspace's.
  return reason === 'folder' && vscode.workspace.workspaceFile === undefined ? 'workspace' : reason;
}

export function enabledFor(document: vscode.TextDocument, switches: DocumentSwitches): boolean {
  return whyOff(document, switches) === undefined;
}

export function describeWhyOff(document: vscode.TextDocument, reason: OffReason): string {
  return describeOff(reason, { id: document.languageId, name: languageName(document.languageId) });
}

/** The language of a file on disk: its open document's, else the built-in language of its extension. */
function languageOfFile(uri: vscode.Uri): string | undefined {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.languageId;
  const name = uri.path.toLowerCase();
  for (const [language, extensions] of Object.entries(BUILTIN_EXTENSIONS)) {
    if (extensions.some((extension) => name.endsWith(extension))) return language;
  }
  return undefined;
}

/** Whether "Lint Workspace" lints a file: not turned off by hand, and on for its folder and language. */
export function enabledForFile(uri: vscode.Uri, switches: DocumentSwitches): boolean {
  if (switches.isOff(uri)) return false;
  const languageId = languageOfFile(uri);
  return vscode.workspace.getConfiguration('whosays', languageId ? { uri, languageId } : uri).get<boolean>('enable', true);
}
