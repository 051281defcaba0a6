// The custom requests of docs/protocol.md: `whosays/lintFiles`, `whosays/markers` and
// `whosays/allowListEdit` (`whosays/fixAll` is in fixAll.ts).

import { RequestType, type WorkspaceEdit } from 'vscode-languageserver';
import { resolveConfig } from '../engine/lint';
import { languageFromId, lint } from '../engine/index';
import { markerTexts } from '../engine/fixes';
import { documentConventions } from '../engine/markerPlacement';
import type { Finding, MarkerConventions, MarkerTexts } from '../engine/types';
import type { DocumentSettings } from './settings';
import { visibleMask } from './hidden';
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
  const findings = lint(text, { languageId, config: settings.config, now });
  if (settings.hidden.length === 0) return findings;
  const visible = visibleMask(text, findings, settings.hidden);
  return findings.filter((_finding, i) => visible[i]);
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

export interface AllowListEditParams {
  /** The document whose folder's `.whosays.json` should allow the phrase. */
  uri: string;
  phrase: string;
}

export interface AllowListEditResult {
  /** The `.whosays.json` that applies to the document, or that would be created in its workspace folder. */
  configFile: string;
  /** Whether the edit creates the file. */
  created: boolean;
  /** The edit to apply; absent when the phrase is already allowed there or the file cannot be edited safely. */
  edit?: WorkspaceEdit;
  alreadyAllowed?: boolean;
}

/** Null when the document has no folder to hold a `.whosays.json`. */
export const AllowListEditRequest = new RequestType<AllowListEditParams, AllowListEditResult | null, void>('whosays/allowListEdit');
