// Rule pages inside the editor, with no network: the pages (docs/rules/*.md) ship in the extension
// beside the server, whose diagnostics link to them as `file:` URLs. VS Code would open such a link
// as raw Markdown source (and an http link only after asking "open external website?"), so the
// client turns each `file:` link into a command link that shows the page in the Markdown preview.
import * as vscode from 'vscode';

export const SHOW_RULE_DOCUMENTATION = 'whosays.showRuleDocumentation';

/** The page name of a rule: the id after the slash. */
export function rulePageName(ruleId: string): string {
  return `${ruleId.slice(ruleId.indexOf('/') + 1)}.md`;
}

/** The rule pages shipped in the extension. */
export function shippedDocsFolder(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
}

/**
 * The page of a rule: under `whosays.docsBaseUrl` of `resource` when that is set to an absolute
 * URL, else the shipped page.
 */
export function rulePage(extensionUri: vscode.Uri, ruleId: string, resource?: vscode.Uri): vscode.Uri {
  const base = vscode.workspace.getConfiguration('whosays', resource).get<string>('docsBaseUrl', '').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(base)) {
    try {
      return vscode.Uri.parse(`${base.endsWith('/') ? base : `${base}/`}${rulePageName(ruleId)}`, true);
    } catch {
      // not a URI after all: the shipped page
    }
  }
  return vscode.Uri.joinPath(shippedDocsFolder(extensionUri), rulePageName(ruleId));
}

/** A `command:` URI that runs the documentation command with these arguments. */
export function commandLink(ruleId: string, page: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCUMENTATION}?${encodeURIComponent(JSON.stringify([ruleId, page.toString()]))}`);
}

/**
 * The diagnostic with its rule link opening inside the editor: a `file:` page becomes a command
 * link; a web page (a docsBaseUrl on the web) stays as it is. Other sources' diagnostics are
 * untouched.
 */
export function withInEditorLink(diagnostic: vscode.Diagnostic, source: string): vscode.Diagnostic {
  const code = diagnostic.code;
  if (diagnostic.source !== source || typeof code !== 'object' || code.target.scheme !== 'file') return diagnostic;
  diagnostic.code = { value: code.value, target: commandLink(String(code.value), code.target) };
  return diagnostic;
}

/**
 * Shows a page: a Markdown file in the preview beside the current editor (the text editor when
 * the preview is not available), a web page in the browser.
 */
export async function openRulePage(page: vscode.Uri): Promise<void> {
  if (page.scheme === 'http' || page.scheme === 'https') {
    await vscode.env.openExternal(page);
    return;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
  } catch {
    await vscode.window.showTextDocument(page, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}
