// Rule pages inside the editor, with no network. The pages (docs/rules/*.md) ship in the extension
// beside the server, whose diagnostics and hover link to them as `file:` URLs. VS Code opens such a
// link as an editor, and package.json's `configurationDefaults` associates the shipped pages with
// the Markdown preview editor, so that the link in the hover, in the Problems panel and in the
// problem peek (F8) shows the page rendered. (A `command:` link would not do: the hover and the
// peek open a diagnostic's link without allowing commands.)
import * as vscode from 'vscode';

/** The Markdown preview as an editor (VS Code's built-in Markdown extension). */
const MARKDOWN_PREVIEW_EDITOR = 'vscode.markdown.preview.editor';

/** The page name of a rule: the id after the slash. */
export function rulePageName(ruleId: string): string {
  return `${ruleId.slice(ruleId.indexOf('/') + 1)}.md`;
}

/**
 * The page of a rule: under `whosays.docsBaseUrl` of `resource` when that is set to an absolute
 * URL, else the page shipped in the extension.
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
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', rulePageName(ruleId));
}

/**
 * Shows a page: a Markdown file in the preview editor (the text editor when the preview is not
 * available), a web page in the browser.
 */
export async function openRulePage(page: vscode.Uri): Promise<void> {
  if (page.scheme === 'http' || page.scheme === 'https') {
    await vscode.env.openExternal(page);
    return;
  }
  try {
    await vscode.commands.executeCommand('vscode.openWith', page, MARKDOWN_PREVIEW_EDITOR);
  } catch {
    await vscode.window.showTextDocument(page, { preview: true });
  }
}
