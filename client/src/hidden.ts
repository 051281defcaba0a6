// Findings the writer hid ("Hide this finding"), kept in the extension's workspace state, never in
// the document or a workspace file. Each is the server's key (rule, flagged words, the sentence
// around them, normalized) under the document's URI; the server receives a document's list with
// its settings and leaves those findings out.
import * as vscode from 'vscode';

/** The server's key of one finding (server/src/lsp/hidden.ts). */
export interface HiddenKey {
  rule: string;
  words: string;
  sentence: string;
}

export interface HiddenEntry extends HiddenKey {
  /** The flagged words as they stood in the text, to show in the list. */
  shown: string;
  /** When it was hidden (ms since the epoch), to list the newest first. */
  at: number;
}

const STATE_KEY = 'whosays.hiddenFindings';
/** The server ignores more than this per document; so does the store. */
const MAX_PER_DOCUMENT = 2_000;

type Stored = Record<string, HiddenEntry[]>;

function sameKey(a: HiddenKey, b: HiddenKey): boolean {
  return a.rule === b.rule && a.words === b.words && a.sentence === b.sentence;
}

/** A key as a code action sent it back: everything in it is checked, since any extension could run the command. */
export function asHiddenKey(value: unknown): HiddenKey | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { rule, words, sentence } = value as Record<string, unknown>;
  if (typeof rule !== 'string' || typeof words !== 'string' || typeof sentence !== 'string') return undefined;
  if (rule.length > 200 || words.length > 200 || sentence.length > 400) return undefined;
  return { rule, words, sentence };
}

export class HiddenFindings implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string[]>();
  /** Fires with the URIs (as strings) whose hidden findings changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  private read(): Stored {
    const stored = this.state.get<Stored>(STATE_KEY);
    return stored && typeof stored === 'object' ? stored : {};
  }

  /** The hidden findings of one document. */
  forUri(uri: vscode.Uri | string): HiddenEntry[] {
    const entries = this.read()[uri.toString()];
    return Array.isArray(entries) ? entries : [];
  }

  /** Every document with hidden findings. */
  all(): { uri: string; entries: HiddenEntry[] }[] {
    return Object.entries(this.read())
      .filter(([, entries]) => Array.isArray(entries) && entries.length > 0)
      .map(([uri, entries]) => ({ uri, entries }));
  }

  /** Hides a finding; false when it was already hidden. */
  async hide(uri: vscode.Uri, key: HiddenKey, shown: string): Promise<boolean> {
    const stored = this.read();
    const entries = stored[uri.toString()] ?? [];
    if (entries.some((entry) => sameKey(entry, key))) return false;
    if (entries.length >= MAX_PER_DOCUMENT) entries.shift();
    stored[uri.toString()] = [...entries, { ...key, shown, at: Date.now() }];
    await this.state.update(STATE_KEY, stored);
    this.changed.fire([uri.toString()]);
    return true;
  }

  /** Shows hidden findings again. */
  async unhide(uri: string, keys: readonly HiddenKey[]): Promise<void> {
    const stored = this.read();
    const left = (stored[uri] ?? []).filter((entry) => !keys.some((key) => sameKey(entry, key)));
    if (left.length > 0) stored[uri] = left;
    else delete stored[uri];
    await this.state.update(STATE_KEY, stored);
    this.changed.fire([uri]);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
