// Offset <-> line/column conversion for one text. Pure: shared by the CLI, the config parser and
// the language server. Offsets and columns are UTF-16 code units (JavaScript string indices).
// Line breaks are "\n", "\r\n" and a lone "\r", as in the Language Server Protocol.

/** A zero-based position, as the Language Server Protocol counts. */
export interface Position {
  line: number;
  character: number;
}

/** A one-based position, as compilers print (`file:line:column`). */
export interface LineColumn {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset where each line starts; lineStarts[0] is always 0. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    this.lineStarts = starts;
    if (text.indexOf('\r') < 0) {
      // Without CR, indexOf finds each line break far faster than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10 /* \n */) i++;
        starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Zero-based line and character of an offset; offsets outside the text are clamped to it. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** Zero-based line of an offset (clamped to the text). */
  lineAt(offset: number): number {
    // Last line whose start is <= offset.
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** One-based line and column of an offset, for `path:line:col` output. */
  lineColumnAt(offset: number): LineColumn {
    const { line, character } = this.positionAt(offset);
    return { line: line + 1, column: character + 1 };
  }

  /** Offset of a zero-based position; a character past the end of its line is clamped to the line's end. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  /** Offset where a zero-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the end of a zero-based line, before its line break. */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.lineStarts.length - 1));
    let end = l + 1 < this.lineStarts.length ? this.lineStarts[l + 1] : this.text.length;
    if (end > this.lineStarts[l] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[l] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/**
 * The text's own line break, for lines a fix or an edit inserts: its first one ("\r\n", a lone
 * "\r" or "\n"), "\n" when it has none.
 */
export function lineBreakOf(text: string): '\r\n' | '\r' | '\n' {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    if (ch === 10) return '\n';
  }
  return '\n';
}
