// A first look at a long document: the diagnostics of its opening paragraphs, published before the
// whole is linted (a 10 MB document takes seconds). The paragraph cache cuts a document only where
// each piece lints exactly as inside the whole (paragraphs.ts), so the findings of the opening
// pieces are the final ones; only their fixes depend on the whole (marker placement), and code
// actions wait for the complete result anyway. LaTeX, HTML and wikitext are one piece: no preview.

import type { Diagnostic } from 'vscode-languageserver';
import { languageFromId, lint } from '../engine/index';
import { LineIndex } from './convert';
import { toDiagnostics } from './diagnostics';
import { visibleMask } from './hidden';
import { splitIntoPieces } from './paragraphs';
import { partialNote } from './problemLimit';
import type { DocumentSettings } from './settings';

/** Documents at least this long (UTF-16 code units) get a preview. */
export const PREVIEW_ABOVE_CHARS = 2_000_000;
/** About how much of the document the preview lints: a few dozen milliseconds. */
const PREVIEW_CHARS = 150_000;

/**
 * The diagnostics of the opening pieces of `text` (up to the first cut past PREVIEW_CHARS) and a
 * note that the rest is being checked; undefined when the document cannot be cut there.
 */
export function previewDiagnostics(text: string, languageId: string, settings: DocumentSettings, now: Date, version: number): Diagnostic[] | undefined {
  const pieces = splitIntoPieces(text, languageFromId(languageId));
  const opening = pieces.find((piece) => piece.end >= PREVIEW_CHARS);
  if (!opening || opening.end >= text.length) return undefined;
  const prefix = text.slice(0, opening.end);
  let findings = lint(prefix, { languageId, config: settings.config, now });
  if (settings.hidden.length > 0) {
    const visible = visibleMask(text, findings, settings.hidden);
    findings = findings.filter((_finding, i) => visible[i]);
  }
  if (settings.maxProblems > 0) findings = findings.slice(0, settings.maxProblems - 1);
  const diagnostics = toDiagnostics(findings, new LineIndex(prefix), version, settings.docsBaseUrl);
  diagnostics.push(partialNote(diagnostics[0]?.range.start ?? { line: 0, character: 0 }, opening.end / text.length));
  return diagnostics;
}
