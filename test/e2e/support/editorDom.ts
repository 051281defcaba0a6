// What the user sees in the active text editor of the code-server workbench, read from the DOM.
//
// How squiggles are mapped to text (the robust method the tests rely on): Monaco draws each
// diagnostic as a decoration `<div class="cdr squiggly-warning">` (or -error, -info, -hint) inside
// `.view-overlays`, one row per visible view line, positioned in pixels. The text is drawn in
// `.view-lines .view-line` rows at the same vertical position. For every squiggle we take its
// bounding box, find the view line whose box contains the squiggle's vertical centre, and then
// measure each character of that view line with a DOM Range: a character belongs to the squiggle
// when its horizontal centre lies inside the squiggle's box. That yields exactly the underlined
// words ("Many residents believe"), independent of font, zoom, tokenization or scrolling. The
// line number comes from the gutter (`.line-numbers`, the nearest number row at or above the view
// line, so wrapped continuation rows belong to their line). Only rendered (visible) lines are seen.
//
// This file runs inside the browser through `page.evaluate`. The project compiles without the DOM
// library, so the few DOM types used here are declared locally.

import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Squiggle {
  severity: Severity;
  /** 1-based line number, from the gutter. */
  line: number;
  /** The underlined characters. */
  text: string;
  /** Page coordinates of the squiggle's centre (to hover or click it). */
  x: number;
  y: number;
}

export interface EditorLine {
  line: number;
  text: string;
  /** Page coordinates just past the line's last character, at the line's vertical centre. */
  endX: number;
  y: number;
  /** How many view rows the line takes: more than one when it is wrapped. */
  rows: number;
}

export interface EditorState {
  /** The label of the active editor tab ("article.md"), or undefined when there is none. */
  activeTab: string | undefined;
  /** True when the active tab shows unsaved changes. */
  dirty: boolean;
  lines: EditorLine[];
  squiggles: Squiggle[];
}

interface Box { left: number; right: number; top: number; bottom: number }
interface DomNode { textContent: string | null }
interface DomElement extends DomNode {
  className: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomRange { setStart(node: DomNode, offset: number): void; setEnd(node: DomNode, offset: number): void; getBoundingClientRect(): Box }
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  createRange(): DomRange;
  createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomNode | null };
}

/** Runs in the page: reads the active editor. Self-contained (it is serialized). */
function readActiveEditor(): EditorState {
  const doc = (globalThis as unknown as { document: DomDocument }).document;
  const SHOW_TEXT = 4;
  const group = doc.querySelector('.part.editor .editor-group-container.active');
  const tab = group?.querySelector('.tabs-container .tab.active') ?? null;
  const activeTab = tab?.getAttribute('data-resource-name') ?? undefined; // the label splits name and extension
  const dirty = tab !== null && /\bdirty\b/.test(tab.className);
  const editor = group?.querySelector('.editor-container .monaco-editor') ?? null;
  if (!editor) return { activeTab, dirty, lines: [], squiggles: [] };

  const clean = (text: string) => text.replace(/\u00a0/g, ' ');
  const middle = (box: Box) => (box.top + box.bottom) / 2;
  const numbers = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers'))
    .map((element) => ({ line: Number(element.textContent), top: element.getBoundingClientRect().top }))
    .filter((entry) => Number.isFinite(entry.line))
    .sort((a, b) => a.top - b.top);
  const lineAt = (top: number): number => {
    let found = NaN;
    for (const entry of numbers) if (entry.top <= top + 1) found = entry.line;
    return found;
  };
  /** Each character of a view line with its horizontal centre and its right edge. */
  const characters = (row: DomElement) => {
    const result: { char: string; centre: number; right: number }[] = [];
    const walker = doc.createTreeWalker(row, SHOW_TEXT);
    const range = doc.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        result.push({ char: clean(text[i]), centre: (box.left + box.right) / 2, right: box.right });
      }
    }
    return result;
  };

  const rows = Array.from(editor.querySelectorAll('.view-lines .view-line')).map((element) => {
    const box = element.getBoundingClientRect();
    return { element, box, line: lineAt(box.top), chars: characters(element) };
  }).sort((a, b) => a.box.top - b.box.top);

  const byLine = new Map<number, EditorLine>();
  for (const row of rows) {
    if (!Number.isFinite(row.line)) continue;
    const text = row.chars.map((c) => c.char).join('');
    const endX = row.chars.length ? row.chars[row.chars.length - 1].right : row.box.left;
    const previous = byLine.get(row.line);
    if (previous) byLine.set(row.line, { ...previous, text: previous.text + text, endX, y: middle(row.box), rows: previous.rows + 1 });
    else byLine.set(row.line, { line: row.line, text, endX, y: middle(row.box), rows: 1 });
  }

  const squiggles: Squiggle[] = [];
  for (const decoration of Array.from(editor.querySelectorAll('.view-overlays .cdr'))) {
    const match = /(?:^|\s)squiggly-(error|warning|info|hint)(?:\s|$)/.exec(decoration.className);
    if (!match) continue;
    const box = decoration.getBoundingClientRect();
    const y = middle(box);
    const row = rows.find((candidate) => candidate.box.top <= y && y < candidate.box.bottom);
    const text = row ? row.chars.filter((c) => c.centre > box.left && c.centre < box.right).map((c) => c.char).join('') : '';
    squiggles.push({ severity: match[1] as Severity, line: row ? row.line : NaN, text, x: (box.left + box.right) / 2, y });
  }
  squiggles.sort((a, b) => a.line - b.line || a.x - b.x);
  return { activeTab, dirty, lines: [...byLine.values()].sort((a, b) => a.line - b.line), squiggles };
}

/**
 * The function's source, runnable in the page. tsx compiles with esbuild's `keepNames`, which wraps
 * named inner functions in calls to a `__name` helper that exists only in Node; the page gets a
 * stand-in.
 */
const READ_ACTIVE_EDITOR = `(() => { const __name = (target) => target; return (${readActiveEditor.toString()})(); })()`;

export function readEditor(page: Page): Promise<EditorState> {
  return page.evaluate(READ_ACTIVE_EDITOR) as Promise<EditorState>;
}

/** A short, readable account of what the editor shows (for assertion messages). */
export function describeState(state: EditorState): string {
  const squiggles = state.squiggles.map((s) => `  line ${s.line} ${s.severity}: "${s.text}"`).join('\n') || '  (no squiggles)';
  return `active tab: ${state.activeTab ?? '(none)'}${state.dirty ? ' (unsaved)' : ''}; ${state.lines.length} lines rendered; squiggles:\n${squiggles}`;
}

/** The rendered line whose text contains `fragment`. */
export function lineContaining(state: EditorState, fragment: string): EditorLine | undefined {
  return state.lines.find((line) => line.text.includes(fragment));
}

export function squigglesOn(state: EditorState, line: number): Squiggle[] {
  return state.squiggles.filter((squiggle) => squiggle.line === line);
}

/** The one squiggle under `words` on the line holding `sentence` (an assertion failure otherwise). */
export function squiggleFor(state: EditorState, sentence: string, words: string): Squiggle {
  const line = lineContaining(state, sentence);
  assert.ok(line, `no line "${sentence}" in the editor:\n${describeState(state)}`);
  const found = squigglesOn(state, line.line).filter((s) => s.text === words);
  assert.equal(found.length, 1, `expected one squiggle on "${words}" (line ${line.line}):\n${describeState(state)}`);
  return found[0];
}

