// Open documents: which version was linted, the debounce before re-linting, cancellation of work on
// an older version, and the paragraph cache that re-lints only the pieces that changed. Results for
// a version the document has left behind are never published. A document whose edits are cheap to
// re-lint is re-linted at once after a change; only a costly one (a long piece that the paragraph
// cache cannot cut) waits for the typing to pause. A publish still being written holds back the
// next one, which then goes out for the newest version only: a large document's diagnostics,
// costly to send, never queue up stale behind the client's reading.

import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isKnownLanguageId, languageFromId } from '../engine/index';
import type { Finding } from '../engine/types';
import { LineIndex } from './convert';
import { ParagraphCache, type LintedDocument } from './paragraphCache';
import { visibleMask } from './hidden';
import { PREVIEW_ABOVE_CHARS, previewDiagnostics } from './preview';
import type { DocumentSettings, SettingsStore } from './settings';

/**
 * Plain text and every id the engine maps to one of its markup languages (markdown, latex and tex,
 * html, wikitext and mediawiki...) are linted; other languages only when `whosays.languages` lists
 * them (read as plain text).
 */
export function isLintedLanguage(languageId: string, settings: Pick<DocumentSettings, 'languages'>): boolean {
  return isKnownLanguageId(languageId) || settings.languages.includes(languageId);
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
  /** The findings (built when first needed). */
  readonly findings: Finding[];
  /** The finding of `rule` whose flagged words start at `offset`, if any (without building the others). */
  findingAt(offset: number, rule: string): Finding | undefined;
  /** Where the rule pages are (DocumentSettings.docsBaseUrl), for the hover's links. */
  docsBaseUrl?: string;
  /** Built when first needed. */
  readonly diagnostics: Diagnostic[];
  /** For pull diagnostics: equal ids, equal diagnostics. */
  resultId: string;
}

export interface DocumentLinterEnvironment {
  document(uri: string): TextDocument | undefined;
  settings: SettingsStore;
  /** Pushes diagnostics (textDocument/publishDiagnostics); resolves once written (never rejects). */
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): Promise<void>;
  /** Whether open documents' diagnostics are pushed (false when the client pulls them). */
  push: boolean;
  /** Pause after a change before linting a costly document, in milliseconds. */
  debounceMs: number;
  /**
   * A document is costly when re-linting what an edit touches is estimated to take at least this
   * long, in milliseconds; cheaper ones are linted at once after a change.
   */
  debounceAboveMs: number;
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
  /** The preview of a long document's first lint, for a pulling client (preview.ts). */
  preview?: { version: number; diagnostics: Diagnostic[] };
  /** Pulls waiting for that preview. */
  previewWaiters?: ((diagnostics: Diagnostic[] | undefined) => void)[];
  /** Linting speed measured on this document's last run that linted anything, in milliseconds per character. */
  msPerChar?: number;
  /**
   * Characters an edit is expected to make the paragraph cache lint again: what the last edit did,
   * or, after the first lint, the longest piece.
   */
  editChars?: number;
  /** A publish is being written; `again` asks for one more (for the newest version) once it is. */
  sending?: { again: boolean };
}

/** Longest stretch of linting before giving way to incoming messages (a newer version cancels the run). */
const SLICE_MS = 15;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Gives way to incoming messages: setImmediate runs right after pending I/O, where setTimeout(0)
 * waits at least a millisecond (a 10 MB document pauses a few hundred times while linting). A
 * browser worker has no setImmediate.
 */
const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
const giveWay: (resume: () => void) => void = typeof immediate === 'function' ? (resume) => void immediate(resume) : (resume) => void setTimeout(resume, 0);

function pause(): Promise<void> {
  return new Promise((resolve) => giveWay(resolve));
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
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.refresh(document.uri, 'change');
    }, this.delayFor(state));
  }

  /** Milliseconds to wait after a change: none unless re-linting what an edit touches is costly. */
  delayFor(uri: string | DocumentState): number {
    const state = typeof uri === 'string' ? this.states.get(uri) : uri;
    if (state?.last === undefined || state.editChars === undefined || state.msPerChar === undefined) return 0;
    return state.editChars * state.msPerChar >= this.env.debounceAboveMs ? this.env.debounceMs : 0;
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
   * The findings of the document at `version` as already computed (under any settings), else the
   * current result: what code actions look findings up in, without linting again.
   */
  async findingsOf(uri: string, version: number): Promise<LintResult | undefined> {
    const last = this.states.get(uri)?.last;
    if (last && last.version === version) return last;
    const current = await this.current(uri);
    return current && current.version === version ? current : undefined;
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
      return this.store(state, this.result(state, uri, version, generation, text, languageId));
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
      const edit = state.last !== undefined;
      if (reason === 'change' && edit) {
        const settings = await this.env.settings.forResource(uri);
        if (settings.run === 'onSave') return;
      }
      const result = await this.current(uri);
      if (!result || !this.isCurrent(result) || this.states.get(uri) !== state) return;
      const published = state.published;
      if (published && published.version === result.version && published.generation === result.generation) return;
      if (state.sending) {
        // Sent once the publish being written is out, for whatever version is newest then.
        state.sending.again = true;
        return;
      }
      // A settings change that leaves this document's diagnostics as they were publishes nothing:
      // each publish makes VS Code recompute the code actions at the cursor, which cancels a quick-fix
      // menu the writer has just asked for (and a .whosays.json write comes as two file events).
      const same = published !== undefined && published.version === result.version && sameDiagnostics(published.diagnostics, result.diagnostics);
      state.published = { version: result.version, generation: result.generation, diagnostics: result.diagnostics };
      if (same) return;
      if (await this.send(state, uri, result.version, result.diagnostics)) await this.refresh(uri, reason);
    } catch (error) {
      this.env.log(`Linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  /**
   * Publishes the diagnostics of a long document's opening before the whole is linted (preview.ts),
   * unless a publish is being written. A publish asked for meanwhile goes out after it.
   */
  private async publishPreview(state: DocumentState, uri: string, version: number, preview: Diagnostic[]): Promise<void> {
    if (state.sending || this.env.document(uri)?.version !== version) return;
    if (await this.send(state, uri, version, preview)) void this.refresh(uri, 'change');
  }

  /**
   * Writes one publish; while it is being written, a newer one waits (`state.sending`). True when
   * one was asked for meanwhile and the document is still open: the caller publishes again.
   */
  private async send(state: DocumentState, uri: string, version: number, diagnostics: Diagnostic[]): Promise<boolean> {
    const sending = { again: false };
    state.sending = sending;
    await this.env.publish(uri, version, diagnostics);
    state.sending = undefined;
    return sending.again && this.states.get(uri) === state;
  }

  /** Hands a pulling client's waiting requests the preview (see `previewFor`). */
  private offerPreview(state: DocumentState, version: number, diagnostics: Diagnostic[]): void {
    state.preview = { version, diagnostics };
    for (const waiter of state.previewWaiters?.splice(0) ?? []) waiter(diagnostics);
  }

  /**
   * For a pulling client: the preview of `version` of a long document, as soon as it is ready, or
   * undefined once `pending` (the result) is in first, or when there is none.
   */
  previewFor(uri: string, version: number, pending: Promise<unknown>): Promise<Diagnostic[] | undefined> {
    const state = this.states.get(uri);
    if (!state) return Promise.resolve(undefined);
    if (state.preview?.version === version) return Promise.resolve(state.preview.diagnostics);
    return new Promise((resolve) => {
      const waiter = (diagnostics: Diagnostic[] | undefined) => resolve(diagnostics);
      (state.previewWaiters ??= []).push(waiter);
      void pending.then(() => {
        const waiters = state.previewWaiters;
        const at = waiters ? waiters.indexOf(waiter) : -1;
        if (at >= 0) waiters!.splice(at, 1);
        resolve(undefined);
      });
    });
  }

  private async run(state: DocumentState, uri: string, version: number, generation: number, text: string, languageId: string, token: { cancelled: boolean }): Promise<LintResult | undefined> {
    const settings = await this.env.settings.forResource(uri);
    if (token.cancelled) return undefined;
    let linted: LintedDocument | undefined;
    let visible: boolean[] | undefined;
    if (settings.enable && isLintedLanguage(languageId, settings) && !this.env.isRulePage?.(uri)) {
      const now = this.env.now();
      const language = languageFromId(languageId);
      const first = state.last === undefined;
      if (first && text.length >= PREVIEW_ABOVE_CHARS && settings.maxProblems > 0) {
        const preview = previewDiagnostics(text, languageId, settings, now, version);
        if (preview && this.env.push) await this.publishPreview(state, uri, version, preview);
        else if (preview) this.offerPreview(state, version, preview);
        if (token.cancelled) return undefined;
      }
      const steps = state.cache.steps({
        text,
        languageId,
        config: settings.config,
        key: `${language}\u0000${MONTHS[now.getMonth()]} ${now.getFullYear()}\u0000${settings.key}`,
        now,
      });
      let sliceStart = Date.now();
      let lintMs = 0;
      for (;;) {
        const step = steps.next();
        if (step.done) {
          linted = step.value;
          lintMs += Date.now() - sliceStart;
          const { lastLintedChars, longestPiece } = state.cache;
          if (lastLintedChars > 0) state.msPerChar = lintMs / lastLintedChars;
          state.editChars = first ? longestPiece : lastLintedChars;
          break;
        }
        if (Date.now() - sliceStart > SLICE_MS) {
          lintMs += Date.now() - sliceStart;
          await pause();
          if (token.cancelled) return undefined;
          sliceStart = Date.now();
        }
      }
    }
    // Hidden findings are dropped here, so that nothing downstream (diagnostics, Fix All, counts) sees them.
    if (linted && settings.hidden.length > 0 && linted.findingCount > 0) visible = visibleMask(text, linted.findings, settings.hidden);
    return this.store(state, this.result(state, uri, version, generation, text, languageId, linted, visible, settings.docsBaseUrl, settings.maxProblems));
  }

  private result(state: DocumentState, uri: string, version: number, generation: number, text: string, languageId: string, linted?: LintedDocument, visible?: boolean[], docs?: string, maxProblems = 0): LintResult {
    let index: LineIndex | undefined;
    let findings: Finding[] | undefined;
    let diagnostics: Diagnostic[] | undefined;
    const result = {
      uri,
      version,
      languageId,
      text,
      get index() {
        index ??= new LineIndex(text);
        return index;
      },
      generation,
      get findings() {
        findings ??= !linted ? [] : visible ? linted.findings.filter((_finding, i) => visible[i]) : linted.findings;
        return findings;
      },
      findingAt(offset: number, rule: string): Finding | undefined {
        if (!linted) return undefined;
        return visible ? result.findings.find((f) => f.offset === offset && f.rule === rule) : linted.findingAt(offset, rule);
      },
      get diagnostics() {
        diagnostics ??= linted ? linted.diagnostics(version, docs, { limit: maxProblems, ...(visible ? { visible } : {}) }) : [];
        return diagnostics;
      },
      ...(docs ? { docsBaseUrl: docs } : {}),
      resultId: `${version}:${generation}`,
    };
    // A settings change that leaves the diagnostics as they were keeps the result id, so a pulling
    // client is answered "unchanged" and VS Code does not reset the code actions at the cursor
    // (which closes a quick-fix menu the writer has just asked for).
    const last = state.last;
    if (last && last.version === version && sameDiagnostics(last.diagnostics, result.diagnostics)) result.resultId = last.resultId;
    return result;
  }

  private store(state: DocumentState, result: LintResult): LintResult {
    state.preview = undefined;
    const last = state.last;
    if (!last || last.version < result.version || (last.version === result.version && last.generation <= result.generation)) state.last = result;
    return result;
  }
}

/** Whether two publishes would show the writer the same thing (only compared for one document version). */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a === b || (a.length === b.length && JSON.stringify(a) === JSON.stringify(b));
}
