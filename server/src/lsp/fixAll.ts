// Fix All in the editor: the plan (engine/fixAll.ts), with information-level findings included when
// the writer asks (whosays.fixAll.includeInformation, or the "Including Information-Level Findings"
// command). The same plan serves `source.fixAll.whosays` (on save: silent), the quick-fix
// menu's entry and the `whosays/fixAll` request, whose counts the client reports.

import { RequestType, type TextEdit as LspTextEdit } from 'vscode-languageserver';

export { fixAllPlan, fixAllEdits, type FixAllPlan } from '../engine/fixAll';

export interface FixAllParams {
  uri: string;
  /** Also fix information- and hint-level findings (otherwise the document's setting decides). */
  includeInformation?: boolean;
}

export interface FixAllResult {
  uri: string;
  /** The document version the edits are for: a client must not apply them to another. */
  version: number;
  edits: LspTextEdit[];
  markers: number;
  words: number;
  informationLeft: number;
}

/** Null when the document is not open (or changed while the request was answered). */
export const FixAllRequest = new RequestType<FixAllParams, FixAllResult | null, void>('whosays/fixAll');
