// The status bar item: how many Who Says findings the active document still has (clicking it opens
// the Problems panel), or that Who Says is off for it and why (clicking it offers to turn it on).
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, LIMIT_NOTE_CODE, PARTIAL_NOTE_CODE } from './protocol';
import { isLinted } from './languages';
import type { OffReason } from './enablement';

export interface FindingCounts {
  /** The findings shown. */
  total: number;
  /** All the document's findings, when the server showed fewer (whosays.maxProblems): its note says how many. */
  inAll?: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

export function countFindings(diagnostics: readonly vscode.Diagnostic[]): FindingCounts {
  const counts: FindingCounts = { total: 0, errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    if (code === LIMIT_NOTE_CODE) {
      // The language client keeps the protocol's `data` on the diagnostic.
      const data: unknown = (diagnostic as { data?: unknown }).data;
      const inAll = typeof data === 'object' && data !== null ? (data as { total?: unknown }).total : undefined;
      if (typeof inAll === 'number' && Number.isSafeInteger(inAll)) counts.inAll = inAll;
      continue;
    }
    if (code === PARTIAL_NOTE_CODE) continue;
    counts.total++;
    switch (diagnostic.severity) {
      case vscode.DiagnosticSeverity.Error: counts.errors++; break;
      case vscode.DiagnosticSeverity.Warning: counts.warnings++; break;
      case vscode.DiagnosticSeverity.Information: counts.information++; break;
      default: counts.hints++; break;
    }
  }
  return counts;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function describeCounts(counts: FindingCounts): string {
  if (counts.total === 0) return 'Who Says: no open findings in this document';
  const parts = [
    counts.errors ? plural(counts.errors, 'error', 'errors') : '',
    counts.warnings ? plural(counts.warnings, 'warning', 'warnings') : '',
    counts.information ? plural(counts.information, 'information', 'information') : '',
    counts.hints ? plural(counts.hints, 'hint', 'hints') : '',
  ].filter(Boolean);
  const shown = `${plural(counts.total, 'open finding', 'open findings')} in this document (${parts.join(', ')})`;
  if (counts.inAll !== undefined && counts.inAll > counts.total) return `Who Says: ${counts.inAll.toLocaleString('en-US')} open findings in this document; ${shown.replace(' in this document', '')} shown (setting whosays.maxProblems)`;
  return `Who Says: ${shown}`;
}

const MAX_LISTED = 5;
const OPEN_PROBLEMS: vscode.Command = { title: 'Open Problems', command: 'workbench.actions.view.problems' };
/** What clicking the item does when Who Says is off: undo the switch, or show the setting. */
const TURN_ON: Record<OffReason, vscode.Command> = {
  document: { title: 'Turn On for This Document', command: 'whosays.enableForDocument' },
  workspace: { title: 'Turn On for This Workspace', command: 'whosays.enableForWorkspace' },
  language: { title: 'Open Settings', command: 'workbench.action.openSettings', arguments: ['whosays.enable'] },
  folder: { title: 'Open Settings', command: 'workbench.action.openSettings', arguments: ['whosays.enable'] },
  user: { title: 'Open Settings', command: 'workbench.action.openSettings', arguments: ['whosays.enable'] },
};

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private shown = false;

  constructor(
    private readonly languages: () => readonly string[],
    private readonly off: {
      /** Why the document is not linted, or undefined when it is. */
      reason(document: vscode.TextDocument): OffReason | undefined;
      describe(document: vscode.TextDocument, reason: OffReason): string;
      /** The documents turned off one by one, listed in the tooltip. */
      documents(): readonly vscode.Uri[];
    },
    private readonly hiddenCount: (document: vscode.TextDocument) => number = () => 0,
  ) {
    this.item = vscode.window.createStatusBarItem('whosays.findings', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Who Says findings';
    this.item.command = OPEN_PROBLEMS;
    this.disposables.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()), // a language mode change reopens the document
    );
    this.update();
  }

  /** What the item shows now, or undefined when it is hidden (for tests). */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  get tooltip(): string | undefined {
    return this.shown && typeof this.item.tooltip === 'string' ? this.item.tooltip : undefined;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (document === undefined || !isLinted(document, this.languages())) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const reason = this.off.reason(document);
    const turnedOff = this.turnedOffList(document);
    if (reason !== undefined) {
      const why = this.off.describe(document, reason);
      this.item.text = '$(quote) off';
      this.item.tooltip = `${why} Click to turn it on.${turnedOff}`;
      this.item.accessibilityInformation = { label: why, role: 'button' };
      this.item.command = TURN_ON[reason];
    } else {
      const counts = countFindings(vscode.languages.getDiagnostics(document.uri));
      this.item.text = `$(quote) ${counts.inAll ?? counts.total}`;
      const hidden = this.hiddenCount(document);
      const hiddenNote = hidden > 0 ? ` ${plural(hidden, 'finding', 'findings')} hidden (Who Says: Show Hidden Findings).` : '';
      this.item.tooltip = `${describeCounts(counts)}.${hiddenNote} Click to open the Problems panel.${turnedOff}`;
      this.item.accessibilityInformation = { label: `${describeCounts(counts)}${hidden > 0 ? `; ${plural(hidden, 'finding', 'findings')} hidden` : ''}`, role: 'button' };
      this.item.command = OPEN_PROBLEMS;
    }
    this.item.show();
    this.shown = true;
  }

  /** " Off for 2 other documents: a.md, b.md." (the active one is said already). */
  private turnedOffList(active: vscode.TextDocument): string {
    const others = this.off.documents().filter((uri) => uri.toString() !== active.uri.toString());
    if (others.length === 0) return '';
    const names = others.slice(0, MAX_LISTED).map((uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1));
    const more = others.length > MAX_LISTED ? ` and ${others.length - MAX_LISTED} more` : '';
    return `\n\nAlso off for ${others.length === 1 ? 'one other document' : `${others.length} other documents`}: ${names.join(', ')}${more} (Who Says: Turn On for This Document).`;
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
