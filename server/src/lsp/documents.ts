// Open documents: which version was linted, the debounce before re-linting, cancellation of work on
// an older version, and the paragraph cache that re-lints only the pieces that changed. Results for
// a version the document has left behind are never published.

import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageFromId } from '../engine/index';
import type { Finding } from '../engine/types';
import { LineIndex } from './convert';
import { ParagraphCache } from './paragraphCache';
import { visibleMask } from './hidden';
import type { DocumentSettings, SettingsStore } from './settings';

/**
 * Plain text and every id the engine maps to one of its markup languages (markdown, latex and tex,
 * html, wikitext and mediawiki...) are linted; other languages only when `whosays.languages` lists
 * them (read as plain text).
 */
export function isLintedLanguage(languageId: string, settings: Pick<DocumentSettings, 'languages'>): boolean {
  return languageId === 'plaintext' || languageFromId(languageId) !== 'plaintext' || settings.languages.includes(languageId);
}

/** A document's findings for one version, with everything the handlers need to answer from them. */
export interface LintResult {
  uri: string;
  version: number;
  languageId: string;
  text: string;
  /** Offsets to positions in `text` (built when first needed). */
  readonly index: LineIndex;
  /** The settings generation the result was computed under. */
  generation: number;
  findings: Finding[];
  /** Where the rule pages are (DocumentSettings.docsBaseUrl), for the hover's links. */
  docsBaseUrl?: string;
  diagnostics: Diagnostic[];
  /** For pull diagnostics: equal ids, equal diagnostics. */
  resultId: string;
}

export interface DocumentLinterEnvironment {
  document(uri: string): TextDocument | undefined;
  settings: SettingsStore;
  /** Pushes diagnostics (textDocument/publishDiagnostics). */
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  /** Whether open documents' diagnostics are pushed (false when the client pulls them). */
  push: boolean;
  /** Pause after a change before linting, in milliseconds. */
  debounceMs: number;
  /** The date for dated markers; a function so that tests and long sessions see the current month. */
  now(): Date;
  log(message: string): void;
  /**
   * Whether a document is one of the rule pages (opened from a rule link): not linted, since its
   * "Flagged" examples are there to be read, not fixed.
   */
  isRulePage?(uri: string): boolean;
}

interface Running {
  version: number;
  generation: number;
  promise: Promise<LintResult | undefined>;
  cancel(): void;
}

interface DocumentState {
  cache: ParagraphCache;
  timer?: ReturnType<typeof setTimeout>;
  running?: Running;
  last?: LintResult;
  published?: { version: number; generation: number; diagnostics: readonly Diagnostic[] };
}

/** Longest stretch of linting before giving way to incoming messages (a newer version cancels the run). */
const SLICE_MS = 15;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class DocumentLinter {
  private readonly states = new Map<string, DocumentState>();

  constructor(private readonly env: DocumentLinterEnvironment) {}

  /** A document was opened or changed: any run on an older version is cancelled, a new one scheduled. */
  changed(document: TextDocument): void {
    const state = this.stateOf(document.uri);
    state.running?.cancel();
    if (!this.env.push) return;
    if (state.timer !== undefined) clearTimeout(state.timer);
    const delay = state.last === undefined ? 0 : this.env.debounceMs;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.refresh(document.uri, 'change');
    }, delay);
  }

  /** A document was saved (what `whosays.run: onSave` waits for). Resolves when its result is ready. */
  async saved(document: TextDocument): Promise<void> {
    if (this.env.push) await this.refresh(document.uri, 'save');
    else await this.current(document.uri);
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (state) {
      state.running?.cancel();
      if (state.timer !== undefined) clearTimeout(state.timer);
      this.states.delete(uri);
    }
    if (this.env.push) this.env.publish(uri, undefined, []);
  }

  /** Settings or a configuration file changed: every open document is linted again. */
  relintAll(): void {
    for (const [uri, state] of this.states) {
      state.running?.cancel();
      if (state.timer !== undefined) clearTimeout(state.timer);
      state.timer = undefined;
      if (this.env.push) void this.refresh(uri, 'settings');
    }
  }

  isOpen(uri: string): boolean {
    return this.states.has(uri);
  }

  /** The last completed result, whatever its version. */
  latest(uri: string): LintResult | undefined {
    return this.states.get(uri)?.last;
  }

  /**
   * The result for the document's current version and settings, computed now if need be (only the
   * changed paragraphs are linted). Undefined when the document is not open or changed meanwhile.
   */
  current(uri: string): Promise<LintResult | undefined> {
    const document = this.env.document(uri);
    if (!document) return Promise.resolve(undefined);
    const state = this.stateOf(uri);
    const version = document.version;
    const generation = this.env.settings.generation;
    const last = state.last;
    if (last && last.version === version && last.generation === generation) return Promise.resolve(last);
    const running = state.running;
    if (running && running.version === version && running.generation === generation) return running.promise;
    running?.cancel();
    const token = { cancelled: false };
    const text = document.getText();
    const languageId = document.languageId;
    // Never rejects: a failure is one log line and a result without findings, so that no caller
    // (a timer, a request, a save) can leave a rejection unhandled and take the server down.
    const promise = this.run(state, uri, version, generation, text, languageId, token).catch((error: unknown) => {
      this.env.log(`Linting ${uri} (version ${version}) failed; it is shown without findings: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return this.store(state, this.result(state, uri, version, generation, text, languageId, []));
    });
    state.running = { version, generation, promise, cancel: () => (token.cancelled = true) };
    void promise.then(() => {
      if (state.running?.promise === promise) state.running = undefined;
    });
    return promise;
  }

  /** Whether a result is for the document's current version and settings. */
  isCurrent(result: LintResult): boolean {
    return this.env.document(result.uri)?.version === result.version && result.generation === this.env.settings.generation;
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = { cache: new ParagraphCache() };
      this.states.set(uri, state);
    }
    return state;
  }

  private async refresh(uri: string, reason: 'change' | 'save' | 'settings'): Promise<void> {
    try {
      const state = this.states.get(uri);
      if (!state) return;
      if (reason === 'change' && state.last !== undefined) {
        const settings = await this.env.settings.forResource(uri);
        if (settings.run === 'onSave') return;
      }
      const result = await this.current(uri);
      if (!result || !this.isCurrent(result) || this.states.get(uri) !== state) return;
      const published = state.published;
      if (published && published.version === result.version && published.generation === result.generation) return;
      // A settings change that leaves this document's diagnostics as they were publishes nothing:
      // each publish makes VS Code recompute the code actions at the cursor, which cancels a quick-fix
      // menu the writer has just asked for (and a .whosays.json write comes as two file events).
      const same = published !== undefined && published.version === result.version && sameDiagnostics(published.diagnostics, result.diagnostics);
      state.published = { version: result.version, generation: result.generation, diagnostics: result.diagnostics };
      if (!same) this.env.publish(uri, result.version, result.diagnostics);
    } catch (error) {
      this.env.log(`Linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private async run(state: DocumentState, uri: string, version: number, generation: number, text: string, languageId: string, token: { cancelled: boolean }): Promise<LintResult | undefined> {
    const settings = await this.env.settings.forResource(uri);
    if (token.cancelled) return undefined;
    let findings: Finding[] = [];
    let visible: boolean[] | undefined;
    if (settings.enable && isLintedLanguage(languageId, settings) && !this.env.isRulePage?.(uri)) {
      const now = this.env.now();
      const language = languageFromId(languageId);
      const steps = state.cache.steps({
        text,
        languageId,
        config: settings.config,
        key: `${language}\u0000${MONTHS[now.getMonth()]} ${now.getFullYear()}\u0000${settings.key}`,
        now,
      });
      let sliceStart = Date.now();
      for (;;) {
        const step = steps.next();
        if (step.done) {
          findings = step.value;
          break;
        }
        if (Date.now() - sliceStart > SLICE_MS) {
          await pause();
          if (token.cancelled) return undefined;
          sliceStart = Date.now();
        }
      }
    }
    // Hidden findings are dropped here, so that nothing downstream (diagnostics, Fix All, counts) sees them.
    if (findings.length > 0 && settings.hidden.length > 0) {
      visible = visibleMask(text, findings, settings.hidden);
      findings = findings.filter((_finding, i) => visible![i]);
    }
    return this.store(state, this.result(state, uri, version, generation, text, languageId, findings, visible, settings.docsBaseUrl));
  }

  private result(state: DocumentState, uri: string, version: number, generation: number, text: string, languageId: string, findings: Finding[], visible?: boolean[], docs?: string): LintResult {
    let index: LineIndex | undefined;
    const all = findings.length > 0 ? state.cache.diagnostics(version, docs) : [];
    const diagnostics = visible ? all.filter((_diagnostic, i) => visible[i]) : all;
    // A settings change that leaves the diagnostics as they were keeps the result id, so a pulling
    // client is answered "unchanged" and VS Code does not reset the code actions at the cursor
    // (which closes a quick-fix menu the writer has just asked for).
    const last = state.last;
    const resultId = last && last.version === version && sameDiagnostics(last.diagnostics, diagnostics) ? last.resultId : `${version}:${generation}`;
    return {
      uri,
      version,
      languageId,
      text,
      get index() {
        index ??= new LineIndex(text);
        return index;
      },
      generation,
      findings,
      ...(docs ? { docsBaseUrl: docs } : {}),
      diagnostics,
      resultId,
    };
  }

  private store(state: DocumentState, result: LintResult): LintResult {
    const last = state.last;
    if (!last || last.version < result.version || (last.version === result.version && last.generation <= result.generation)) state.last = result;
    return result;
  }
}

/** Whether two publishes would show the writer the same thing (only compared for one document version). */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a === b || (a.length === b.length && JSON.stringify(a) === JSON.stringify(b));
}
