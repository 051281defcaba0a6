// The custom requests of docs/protocol.md: `whosays/lintFiles` and `whosays/markers`.

import { RequestType } from 'vscode-languageserver';
import { resolveConfig } from '../engine/lint';
import { languageFromId, lint } from '../engine/index';
import { markerTexts } from '../engine/fixes';
import { documentConventions } from '../engine/markerPlacement';
import type { Finding, MarkerConventions, MarkerTexts } from '../engine/types';
import type { DocumentSettings } from './settings';
import { extension } from './uris';

export interface LintFilesParams {
  uris: string[];
}

export interface LintFilesResult {
  files: number;
  findings: number;
  /** Files not linted: outside the workspace folders, unreadable, not a regular file or too large (each logged). */
  skipped: number;
}

export interface MarkersParams {
  uri: string;
}

export const LintFilesRequest = new RequestType<LintFilesParams, LintFilesResult, void>('whosays/lintFiles');
/** The marker texts, and where they go: the placement the document's quick fixes use. */
export interface MarkersResult extends MarkerTexts {
  placement: MarkerConventions['placement'];
}

export const MarkersRequest = new RequestType<MarkersParams, MarkersResult, void>('whosays/markers');

/** The language of a file that is not open, from its extension (as the command line decides). */
export function languageIdForUri(uri: string): string {
  return languageFromId(extension(uri));
}

/** Lints the text of a file read from disk with its settings. */
export function lintFileText(text: string, languageId: string, settings: DocumentSettings, now: Date): Finding[] {
  if (!settings.enable) return [];
  return lint(text, { languageId, config: settings.config, now });
}

/**
 * The marker texts for a document and where they go: its language, settings and `.whosays.json`,
 * today's date, and the convention of its text (empty for a document that is not open).
 */
export function markersFor(languageId: string, settings: DocumentSettings, now: Date, text = ''): MarkersResult {
  const language = languageFromId(languageId);
  const config = resolveConfig(settings.config);
  const conventions = documentConventions(text, language, config);
  return { ...markerTexts(language, config, now, conventions.todo), placement: conventions.placement };
}
