// The one adapter between engine offsets (UTF-16 code units into a text) and LSP positions and
// ranges (zero-based line and UTF-16 character). Everything in server/src/lsp converts here.

import type { Position, Range, TextEdit } from 'vscode-languageserver';
import { LineIndex } from '../engine/lineIndex';
import type { TextEdit as EngineEdit } from '../engine/types';

export { LineIndex };

export function toPosition(index: LineIndex, offset: number): Position {
  return index.positionAt(offset);
}

export function toRange(index: LineIndex, offset: number, length: number): Range {
  return { start: index.positionAt(offset), end: index.positionAt(offset + length) };
}

export function toOffset(index: LineIndex, position: Position): number {
  return index.offsetAt(position);
}

export function toTextEdit(index: LineIndex, edit: EngineEdit): TextEdit {
  return { range: toRange(index, edit.offset, edit.length), newText: edit.newText };
}

export function toTextEdits(index: LineIndex, edits: readonly EngineEdit[]): TextEdit[] {
  return edits.map((edit) => toTextEdit(index, edit));
}
