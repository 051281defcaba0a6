// `whosays --fix` and `--fix-dry-run` for one input, where it was linted (on the main thread or a
// worker, cliLint.ts): the plan of the editor's Fix All (engine/fixAll.ts: preferred markers in the
// document's own syntax and "said", never an ignore comment or a removal) is applied to the text,
// which is linted again for the report of what is left and written back in place (replaceFile.ts),
// or to standard output for "-"; a dry run returns the diff instead and writes nothing. Below, what
// the main thread needs: which fix options go together, and the note that sums up the fixes.

import * as path from 'node:path';
import { fixAllPlan } from '../engine/fixAll';
import { lineBreakOf } from '../engine/lineIndex';
import { applyEdits } from '../engine/text/edits';
import type { Finding, TextEdit } from '../engine/types';
import { fileResult, type FileResult } from '../output/results';
import { unifiedDiff } from '../output/unifiedDiff';
import { replaceFile, type ReadFile } from './replaceFile';

export type FixMode = 'write' | 'dry-run';

/** What fixing one input did, or would do. */
export interface FixSummary {
  /** The text changed (or would). */
  changed: boolean;
  markers: number;
  words: number;
  /** Fixable findings below warning level left alone (without --fix-information). */
  informationLeft: number;
  /** --fix-dry-run: the unified diff ("" for no change). */
  diff?: string;
  /** --fix on standard input: the whole fixed text, a byte-order mark included if it had one. */
  output?: string;
}

/** One decoded input and what fixing it needs. */
export interface FixInput {
  display: string;
  /** The file to write; undefined for standard input. */
  file?: string;
  /** The name the diff gives it. */
  diffName: string;
  text: string;
  bom: boolean;
  /** The file as read (for files in write mode): replaceFile checks it is unchanged. */
  read?: ReadFile;
  findings: Finding[];
}

export interface FixOptions {
  mode: FixMode;
  includeInformation: boolean;
  /** Lints a text as the input was linted (the same language, configuration and date). */
  lintText: (text: string) => Finding[];
}

const BOM = '\uFEFF';

/** Fixes (or diffs) one input; throws ReplaceFileError when a file cannot be replaced. */
export function fixInput(input: FixInput, options: FixOptions): { result: FileResult; fix: FixSummary } {
  const { text, bom } = input;
  const plan = fixAllPlan(input.findings, options.includeInformation);
  const edits = inDocumentLineBreaks(plan.edits, lineBreakOf(text));
  const summary: FixSummary = { changed: edits.length > 0, markers: plan.markers, words: plan.words, informationLeft: plan.informationLeft };
  if (options.mode === 'dry-run') {
    // The diff is of the file as it is, mark and all, so that `git apply` takes it.
    const shift = bom ? 1 : 0;
    const diff = unifiedDiff(bom ? BOM + text : text, shift ? edits.map((e) => ({ ...e, offset: e.offset + shift })) : edits, {
      oldName: `a/${input.diffName}`,
      newName: `b/${input.diffName}`,
    });
    return { result: fileResult(input.display, text, bom, input.findings), fix: { ...summary, changed: diff !== '', diff } };
  }
  if (edits.length === 0) {
    return { result: fileResult(input.display, text, bom, input.findings), fix: input.file === undefined ? { ...summary, output: withBom(text, bom) } : summary };
  }
  const fixed = applyEdits(text, edits);
  const left = options.lintText(fixed);
  if (input.file === undefined) return { result: fileResult(input.display, fixed, bom, left), fix: { ...summary, output: withBom(fixed, bom) } };
  if (input.read === undefined) throw new Error(`${input.display}: read without its stats`);
  replaceFile(input.file, Buffer.from(withBom(fixed, bom), 'utf8'), input.read);
  return { result: fileResult(input.display, fixed, bom, left), fix: summary };
}

function withBom(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}

/**
 * The edits with any line break they insert written as the document writes its own. The plan's
 * markers and words hold none today (the ignore fix, which inserts a line, is never in it); this
 * keeps a CRLF file CRLF if that changes.
 */
export function inDocumentLineBreaks(edits: readonly TextEdit[], eol: string): TextEdit[] {
  return edits.map((e) => (/[\r\n]/.test(e.newText) ? { ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) } : e));
}

/** The name a diff gives a file: as given, with "/" between folders, without a leading "./" or "/". */
export function diffNameOf(display: string): string {
  const name = path.sep === '\\' ? display.replace(/\\/g, '/') : display;
  return name.replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
}

// What the main thread does with the options and the summaries.

/** What is wrong with the fix options given together, if anything: the message of a usage error. */
export function fixOptionsProblem(options: {
  fix: boolean;
  fixDryRun: boolean;
  fixInformation: boolean;
  format: string;
  quiet: boolean;
  maxWarnings?: number;
  inputs: readonly string[];
}): string | undefined {
  if (options.fix && options.fixDryRun) return '--fix and --fix-dry-run cannot be used together';
  if (options.fixInformation && !options.fix && !options.fixDryRun) return '--fix-information needs --fix or --fix-dry-run';
  if (options.fixDryRun) {
    const report = options.format !== 'text' ? `--format ${options.format}` : options.quiet ? '--quiet' : options.maxWarnings !== undefined ? '--max-warnings' : undefined;
    if (report !== undefined) return `${report} cannot be used with --fix-dry-run, which prints a diff instead of a report`;
  }
  if (options.fix && options.inputs.includes('-')) {
    if (options.inputs.length > 1) return '--fix with "-" prints the fixed text on standard output: give "-" alone, or the files without it';
    if (options.format !== 'text') return `--format ${options.format} cannot be used with --fix on standard input, which prints the fixed text instead of a report`;
  }
  return undefined;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "5 markers inserted, 1 word replaced" (what is not zero). */
function fixCounts(fixes: readonly FixSummary[]): string {
  const markers = fixes.reduce((sum, f) => sum + (f.changed ? f.markers : 0), 0);
  const words = fixes.reduce((sum, f) => sum + (f.changed ? f.words : 0), 0);
  return [markers > 0 ? `${plural(markers, 'marker')} inserted` : '', words > 0 ? `${plural(words, 'word')} replaced` : ''].filter(Boolean).join(', ');
}

/** What --fix did, or --fix-dry-run would do: "fixed 3 files: 5 markers inserted, 1 word replaced". */
export function fixNote(fixes: readonly FixSummary[], stdinName: string | undefined, includeInformation: boolean, dryRun = false): string {
  const changed = fixes.filter((f) => f.changed).length;
  const what = stdinName ?? plural(changed, 'file');
  let note = changed === 0 ? `nothing to fix in ${stdinName ?? plural(fixes.length, 'file')}` : `${dryRun ? 'would fix' : 'fixed'} ${what}: ${fixCounts(fixes)}`;
  const left = includeInformation ? 0 : fixes.reduce((sum, f) => sum + f.informationLeft, 0);
  if (left > 0) note += `; ${plural(left, 'information-level finding')} left as ${left === 1 ? 'it is' : 'they are'} (--fix-information fixes them)`;
  return note;
}
