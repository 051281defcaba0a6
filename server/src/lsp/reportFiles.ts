// `whosays/reportFiles` (docs/protocol.md): the results of a batch of files with their part of the
// sourcing report (output/report), for an editor that renders the page itself (VS Code's "Show
// Sourcing Report"). Files are linted as `whosays/lintFiles` lints them (workspaceFiles.ts), but
// no diagnostics are published: the report is a view, not a lint run.

import { RequestType, type CancellationToken } from 'vscode-languageserver';
import type { Finding } from '../engine/types';
import { reportPart } from '../output/report/part';
import { fileResult, sortFindings, type FileResult } from '../output/results';
import { lintEachFile, type LintedFile, type WorkspaceFilesEnv, type WorkspaceFolderInfo } from './workspaceFiles';
import { isInside, uriKey } from './uris';

export interface ReportFilesParams {
  uris: string[];
}

/** A file's result, named for people by `path` and for the editor by `uri`. */
export interface ReportFile extends FileResult {
  /** The URI the file was linted under (an open document's, as the editor spelled it). */
  uri: string;
}

export interface ReportFilesResult {
  results: ReportFile[];
  /** Files not in `results`: outside the workspace folders, unreadable, too large, or off (each logged). */
  skipped: number;
}

export const ReportFilesRequest = new RequestType<ReportFilesParams, ReportFilesResult, void>('whosays/reportFiles');

const METHOD = 'whosays/reportFiles';

/**
 * How the page names a file: its path inside its workspace folder (the innermost one), after the
 * folder's name when there are several; a file outside them by its path, anything else by its URI.
 */
export function reportPath(uri: string, folders: readonly WorkspaceFolderInfo[]): string {
  const key = uriKey(uri);
  const holding = folders.filter((f) => isInside(uri, f.uri)).sort((a, b) => b.uri.length - a.uri.length)[0];
  if (holding) {
    const relative = key.slice(uriKey(holding.uri).replace(/\/+$/, '').length + 1);
    return folders.length > 1 ? `${holding.name}/${relative}` : relative;
  }
  return key.startsWith('file://') ? key.slice('file://'.length) : uri;
}

/** The report's result of one linted file, or undefined when it has none. */
function reportFile(file: LintedFile, folders: readonly WorkspaceFolderInfo[], warn: (message: string) => void): ReportFile | undefined {
  let uri: string;
  let text: string;
  let languageId: string;
  let findings: Finding[];
  if (file.kind === 'open') {
    ({ uri, text, languageId } = file.result);
    findings = sortFindings(file.result.findings);
  } else if (file.kind === 'read') {
    // A file Who Says is off for is left out, not shown as clean.
    if (!file.settings.enable) {
      warn(`${METHOD}: ${file.uri}: skipped, Who Says is off for it`);
      return undefined;
    }
    ({ uri, text, languageId } = file);
    findings = sortFindings(file.findings);
  } else {
    return undefined;
  }
  try {
    // The editor has dropped any byte-order mark, and the disk reader drops it too.
    const result = fileResult(reportPath(uri, folders), text, false, findings);
    // The page shows no fixes: they need not cross the connection.
    for (const finding of result.findings) {
      finding.fixes = [];
      delete finding.safeEdit;
    }
    return { ...result, uri, report: reportPart(text, languageId, findings) };
  } catch (error) {
    warn(`${METHOD}: ${uri}: skipped, internal error while outlining: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export async function reportFiles(uris: readonly string[], token: CancellationToken, env: WorkspaceFilesEnv): Promise<ReportFilesResult> {
  const results: ReportFile[] = [];
  let skipped = 0;
  await lintEachFile(uris, token, env, METHOD, (file) => {
    const result = reportFile(file, env.workspaceFolders(), env.warn);
    if (result) results.push(result);
    else if (file.kind !== 'off') skipped++;
  });
  return { results, skipped };
}
