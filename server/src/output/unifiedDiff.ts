// A unified diff (`diff -u`, as `git apply` and `patch -p1` read it) of a text and the same text
// with known edits applied: what `whosays --fix-dry-run` prints. The edits say which lines change,
// so the hunks come straight from their line ranges; no general diff is needed.
//
// Lines end at "\n" only, as in diff: a "\r" before it stays in the line (a CRLF file's diff
// carries its CRs), and a last line without "\n" is followed by "\ No newline at end of file".

import { applyEdits } from '../engine/text/edits';
import { firstAtOrAfter } from '../engine/text/search';
import type { TextEdit } from '../engine/types';

export const NO_NEWLINE = '\\ No newline at end of file';

/** Unchanged lines of context around each change, as `diff -u`. */
export const DEFAULT_CONTEXT = 3;

/** A run of whole old lines [first, end) that changes, with the lines that replace it. */
interface Block {
  first: number;
  end: number;
  edits: TextEdit[];
  newLines: string[];
}

/** The text's lines, each with its "\n" (the last one may have none). */
class Lines {
  /** Where each line starts; one more entry, the text's length, closes the last. */
  private readonly starts: number[] = [0];
  readonly count: number;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    // Text after the last "\n" is a line of its own; nothing after it is no line.
    if (this.starts[this.starts.length - 1] < text.length) this.starts.push(text.length);
    this.count = this.starts.length - 1;
  }

  /** The line holding `offset`; `count` for the end of a text that ends with "\n" (or is empty). */
  lineOf(offset: number): number {
    // The end of a last line without "\n" is in that line.
    const last = this.text === '' || this.text.endsWith('\n') ? this.count : this.count - 1;
    return Math.min(firstAtOrAfter(this.starts, offset + 1, (start) => start) - 1, last);
  }

  start(line: number): number {
    return this.starts[Math.min(line, this.count)];
  }

  line(index: number): string {
    return this.text.slice(this.starts[index], this.starts[index + 1]);
  }

  /** The text of lines [first, end). */
  slice(first: number, end: number): string {
    return this.text.slice(this.start(first), this.start(end));
  }
}

function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** The changed blocks, merged where they overlap or touch, without those whose edits change nothing. */
function blocksOf(lines: Lines, edits: readonly TextEdit[]): Block[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const blocks: Block[] = [];
  for (const edit of sorted) {
    const first = lines.lineOf(edit.offset);
    const end = first === lines.count ? first : lines.lineOf(edit.offset + Math.max(edit.length, 1) - 1) + 1;
    const last = blocks[blocks.length - 1];
    if (last !== undefined && first <= last.end) {
      last.end = Math.max(last.end, end);
      last.edits.push(edit);
    } else {
      blocks.push({ first, end, edits: [edit], newLines: [] });
    }
  }
  const kept: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    let replaced = replacement(lines, block);
    // An edit that takes away a line's "\n" joins it to the next line, which then changes too.
    while (replaced !== '' && !replaced.endsWith('\n') && block.end < lines.count) {
      block.end++;
      const next = blocks[i + 1];
      if (next !== undefined && next.first <= block.end) {
        block.end = Math.max(block.end, next.end);
        block.edits.push(...next.edits);
        blocks.splice(i + 1, 1);
      }
      replaced = replacement(lines, block);
    }
    if (replaced === lines.slice(block.first, block.end)) continue;
    block.newLines = splitLines(replaced);
    kept.push(block);
  }
  return kept;
}

/** The new text of a block's lines. */
function replacement(lines: Lines, block: Block): string {
  const base = lines.start(block.first);
  return applyEdits(
    lines.slice(block.first, block.end),
    block.edits.map((e) => ({ offset: e.offset - base, length: e.length, newText: e.newText })),
  );
}

/** `-l,s` or `+l,s` as diff writes it: `,1` left out, an empty range numbered by the line before it. */
function range(first: number, count: number): string {
  if (count === 0) return `${first},0`;
  return count === 1 ? `${first + 1}` : `${first + 1},${count}`;
}

function emit(out: string[], prefix: string, line: string): void {
  if (line.endsWith('\n')) out.push(prefix, line);
  else out.push(prefix, line, '\n', NO_NEWLINE, '\n');
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const QUOTED = /[\x00-\x1f\x7f"\\]/g;
const C_ESCAPES: Record<string, string> = { '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '"': '"', '\\': '\\' };

/**
 * A file name as a diff header carries it: as git does, quoted with C escapes when it holds a
 * control character, a double quote or a backslash, and followed by a tab when it holds a space
 * (so that `patch` reads the whole name).
 */
export function diffFileName(name: string): string {
  if (name.search(QUOTED) !== -1) {
    return `"${name.replace(QUOTED, (c) => `\\${C_ESCAPES[c] ?? c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
  }
  return name.includes(' ') ? `${name}\t` : name;
}

export interface DiffOptions {
  /** The names on the `---` and `+++` lines, as given (diffFileName quotes them). */
  oldName: string;
  newName: string;
  /** Lines of context (default 3). */
  context?: number;
}

/**
 * The unified diff from `text` to `text` with `edits` applied (offsets into `text`, sorted or not,
 * never overlapping), or "" when they change nothing.
 */
export function unifiedDiff(text: string, edits: readonly TextEdit[], options: DiffOptions): string {
  const context = options.context ?? DEFAULT_CONTEXT;
  const lines = new Lines(text);
  const blocks = blocksOf(lines, edits);
  if (blocks.length === 0) return '';
  const out: string[] = [`--- ${diffFileName(options.oldName)}\n+++ ${diffFileName(options.newName)}\n`];
  /** New lines minus old lines of the blocks before the hunk at hand. */
  let shift = 0;
  for (let i = 0; i < blocks.length; ) {
    // A hunk takes the next blocks while the unchanged lines between them fit in twice the context.
    let j = i + 1;
    while (j < blocks.length && blocks[j].first - blocks[j - 1].end <= 2 * context) j++;
    const hunk = blocks.slice(i, j);
    const oldFirst = Math.max(0, hunk[0].first - context);
    const oldEnd = Math.min(lines.count, hunk[hunk.length - 1].end + context);
    const growth = hunk.reduce((sum, b) => sum + b.newLines.length - (b.end - b.first), 0);
    out.push(`@@ -${range(oldFirst, oldEnd - oldFirst)} +${range(oldFirst + shift, oldEnd - oldFirst + growth)} @@\n`);
    let line = oldFirst;
    for (const block of hunk) {
      for (; line < block.first; line++) emit(out, ' ', lines.line(line));
      for (; line < block.end; line++) emit(out, '-', lines.line(line));
      for (const added of block.newLines) emit(out, '+', added);
    }
    for (; line < oldEnd; line++) emit(out, ' ', lines.line(line));
    shift += growth;
    i = j;
  }
  return out.join('');
}
