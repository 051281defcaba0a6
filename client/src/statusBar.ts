// The status bar item: how many Who Says findings the active document still has. Clicking it opens
// the Problems panel.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './protocol';
import { isLinted } from './languages';

export interface FindingCounts {
  total: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

export function countFindings(diagnostics: readonly vscode.Diagnostic[]): FindingCounts {
  const counts: FindingCounts = { total: 0, errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
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
  return `Who Says: ${plural(counts.total, 'open finding', 'open findings')} in this document (${parts.join(', ')})`;
}

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private shown = false;

  constructor(
    private readonly languages: () => readonly string[],
    private readonly enabled: (document: vscode.TextDocument) => boolean,
    private readonly hiddenCount: (document: vscode.TextDocument) => number = () => 0,
  ) {
    this.item = vscode.window.createStatusBarItem('whosays.findings', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Who Says findings';
    this.item.command = { title: 'Open Problems', command: 'workbench.actions.view.problems' };
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
    if (document === undefined || !isLinted(document, this.languages()) || !this.enabled(document)) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const counts = countFindings(vscode.languages.getDiagnostics(document.uri));
    this.item.text = `$(quote) ${counts.total}`;
    const hidden = this.hiddenCount(document);
    const hiddenNote = hidden > 0 ? ` ${plural(hidden, 'finding', 'findings')} hidden (Who Says: Show Hidden Findings).` : '';
    this.item.tooltip = `${describeCounts(counts)}.${hiddenNote} Click to open the Problems panel.`;
    this.item.accessibilityInformation = { label: `${describeCounts(counts)}${hidden > 0 ? `; ${plural(hidden, 'finding', 'findings')} hidden` : ''}`, role: 'button' };
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
