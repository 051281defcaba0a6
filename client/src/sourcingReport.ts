// "Who Says: Show Sourcing Report": the page of `whosays report` for the workspace, in a webview.
// The server lints the files in batches (`whosays/reportFiles`); the page is rendered here by the
// same pure renderer the command line uses. The page runs no script: its links to a finding's line
// and to a rule's page are `command:` links to two commands of ours, the only ones the webview
// allows, and their arguments are numbers or a known rule id, never a path from the data.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ReportInfo } from '../../server/src/output/report/info';
import { REPORT_FILES_METHOD, type LintFilesParams, type ReportFile, type ReportFilesResult } from './protocol';
import { findRule } from './rules';
import { inWorkspaceBatches, notRunning, plural, type BatchHost, type BatchRun } from './workspaceBatches';

export const SOURCING_REPORT_COMMANDS = {
  show: 'whosays.showSourcingReport',
  /** Arguments: the file's index in the report shown, the line and the column (one-based). */
  openLocation: 'whosays.openReportLocation',
} as const;
const SHOW_RULE_DOCUMENTATION = 'whosays.showRuleDocumentation';
/** The webview's type: package.json's menus name it for the Refresh button. */
export const REPORT_VIEW_TYPE = 'whosays.sourcingReport';

export interface SourcingReportHost extends BatchHost {
  /** Starts the language server if needed; undefined when Who Says is disabled everywhere. */
  ensureClient(): Promise<LanguageClient | undefined>;
}

/** What the command returns (for tests): what the page shows. */
export interface SourcingReportResult {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

function commandHref(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The one report panel, reused by each run; it keeps the files of the page it shows, which its links name by index. */
class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private files: readonly ReportFile[] = [];

  show(html: string, files: readonly ReportFile[]): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, 'Sourcing Report', vscode.ViewColumn.Active, {
        enableScripts: false,
        enableCommandUris: [SOURCING_REPORT_COMMANDS.openLocation, SHOW_RULE_DOCUMENTATION],
        enableFindWidget: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.files = [];
      });
    } else {
      this.panel.reveal(undefined, false);
    }
    this.files = files;
    this.panel.webview.html = html;
  }

  /** Opens a file of the page shown at a line and column, beside the report. */
  async openLocation(index: unknown, line: unknown, column: unknown): Promise<boolean> {
    const valid = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    const file = valid(index) ? this.files[index] : undefined;
    if (!file || !valid(line) || !valid(column)) return false;
    const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
    const beside = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    await vscode.window.showTextDocument(vscode.Uri.parse(file.uri, true), { selection: new vscode.Range(position, position), viewColumn: beside });
    return true;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

export function registerSourcingReport(host: SourcingReportHost): vscode.Disposable[] {
  const panel = new ReportPanel();
  return [
    panel,
    vscode.commands.registerCommand(SOURCING_REPORT_COMMANDS.show, () => showSourcingReport(host, panel)),
    vscode.commands.registerCommand(SOURCING_REPORT_COMMANDS.openLocation, (index?: unknown, line?: unknown, column?: unknown) => panel.openLocation(index, line, column)),
  ];
}

async function showSourcingReport(host: SourcingReportHost, panel: ReportPanel): Promise<SourcingReportResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Who Says: open a folder to see its sourcing report.');
    return undefined;
  }
  const client = await host.ensureClient();
  if (client === undefined) {
    notRunning();
    return undefined;
  }
  const files: ReportFile[] = [];
  let skipped = 0;
  let run: BatchRun;
  try {
    run = await inWorkspaceBatches(client, host, 'Who Says: making the sourcing report', async (uris, token) => {
      const answer = await client.sendRequest<ReportFilesResult>(REPORT_FILES_METHOD, { uris } satisfies LintFilesParams, token);
      files.push(...answer.results);
      skipped += answer.skipped;
    });
  } catch (error) {
    void vscode.window.showErrorMessage(`Who Says: making the sourcing report failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const result: SourcingReportResult = { files: files.length, findings: files.reduce((n, f) => n + f.findings.length, 0), skipped, cancelled: run.cancelled };
  if (files.length === 0) {
    const why = run.cancelled ? 'cancelled before any file was read' : run.found === 0 ? 'no files of the linted languages in the workspace' : `${plural(skipped, 'file')} skipped (see the "Who Says" output)`;
    void vscode.window.showInformationMessage(`Who Says: no sourcing report: ${why}.`);
    return result;
  }
  let notice: string | undefined;
  if (run.cancelled) notice = `Partial report: cancelled after ${plural(files.length + skipped, 'file')} of ${run.found}.`;
  else if (skipped > 0) notice = `${plural(skipped, 'file')} could not be read and ${skipped === 1 ? 'is' : 'are'} not shown (see the "Who Says" output).`;
  const shown = uniquePaths(files);
  panel.show(await render(shown, client, notice), shown);
  return result;
}

/** The files, a path named twice (two workspace folders of one name) told apart by the URI. */
function uniquePaths(files: readonly ReportFile[]): ReportFile[] {
  const seen = new Set<string>();
  return files.map((f) => {
    const path = seen.has(f.path) ? f.uri : f.path;
    seen.add(path);
    return path === f.path ? f : { ...f, path };
  });
}

async function render(files: readonly ReportFile[], client: LanguageClient, notice: string | undefined): Promise<string> {
  // The renderer is a bundle of its own (reportPage.ts), loaded on first use.
  const { reportPageHtml } = await import('./reportPage');
  const indexOf = new Map(files.map((f, k) => [f.path, k]));
  const info: ReportInfo = {
    version: client.initializeResult?.serverInfo?.version ?? '',
    generatedAt: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    lineHref: (path, line, column) => {
      const index = indexOf.get(path);
      return index === undefined ? undefined : commandHref(SOURCING_REPORT_COMMANDS.openLocation, [index, line, column ?? 1]);
    },
    ruleHref: (rule) => (findRule(rule) ? commandHref(SHOW_RULE_DOCUMENTATION, [rule]) : undefined),
    hookSchemes: ['command'],
    ...(notice ? { notice } : {}),
  };
  return reportPageHtml(files, info);
}
