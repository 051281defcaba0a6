// Code actions, built from the diagnostics' `data` without linting again: the engine's fixes
// ([citation needed], [who?], [by whom?], "said", ignore this line), the rule's rewrite with a
// placeholder (a snippet where the client takes one), disabling the rule for the file, adding the
// phrase to the allow-list in `.whosays.json`, and `source.fixAll.whosays`. Every edit names the
// document version it was computed for; a diagnostic from another version gets no edit.

import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CreateFile,
  type Diagnostic,
  type SnippetTextEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { languageFromId } from '../engine/index';
import type { Finding, MarkupLanguage, TextEdit } from '../engine/types';
import { allowListEdits, allowPhrase, newConfigText } from './allowList';
import { LineIndex, toRange, toTextEdits } from './convert';
import { diagnosticData, type DiagnosticData } from './diagnostics';
import { frontMatterEnd } from './paragraphs';
import { lineBreakOf } from '../engine/lineIndex';
import { placeholderRewrite } from './placeholderRewrite';

export const FIX_ALL_KIND = 'source.fixAll.whosays';

/** What the client can apply. */
export interface EditSupport {
  /** `workspace.workspaceEdit.documentChanges`: versioned edits and resource operations. */
  documentChanges: boolean;
  /** `workspace.workspaceEdit.snippetEditSupport` (LSP 3.18). */
  snippets: boolean;
  /** `workspace.workspaceEdit.resourceOperations` includes "create". */
  createFiles: boolean;
}

export interface ActionDocument {
  uri: string;
  version: number;
  languageId: string;
  text: string;
  index: LineIndex;
}

/** The `.whosays.json` the allow-list action edits. */
export interface AllowListTarget {
  uri: string;
  /** Its text; undefined when the file does not exist yet. */
  text: string | undefined;
  /** Its version when open in the editor, else null. */
  version: number | null;
}

export interface ActionContext {
  document: ActionDocument;
  support: EditSupport;
  allowList?: AllowListTarget;
  /** The findings of this version of the document, when the server has them (for the rules' rewrites). */
  findings?: readonly Finding[];
  /** The client's command that shows a rule's page (initializationOptions.ruleDocumentationCommand). */
  ruleDocumentationCommand?: string;
}

/** Whether a code action request's `only` asks for actions of `kind`. */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Edits of one document at one version: a versioned TextDocumentEdit where the client takes them. */
function documentEdit(ctx: ActionContext, edits: (LspTextEdit | SnippetTextEdit)[]): WorkspaceEdit {
  const { uri, version } = ctx.document;
  if (ctx.support.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
  return { changes: { [uri]: edits as LspTextEdit[] } };
}

function textEdits(ctx: ActionContext, edits: readonly TextEdit[]): LspTextEdit[] {
  return toTextEdits(ctx.document.index, edits);
}

/** The comment that turns a rule off for the whole file, or undefined where the syntax has no comments. */
export function disableComment(language: MarkupLanguage, rule: string): string | undefined {
  switch (language) {
    case 'latex':
      return `% whosays-disable ${rule}`;
    case 'markdown':
    case 'html':
    case 'wikitext':
      return `<!-- whosays-disable ${rule} -->`;
    default:
      return undefined;
  }
}

/** Inserts the disable comment at the top of the document (after Markdown front matter). */
export function disableRuleEdit(text: string, languageId: string, rule: string): TextEdit | undefined {
  const language = languageFromId(languageId);
  const comment = disableComment(language, rule);
  if (!comment) return undefined;
  const eol = lineBreakOf(text);
  const at = language === 'markdown' ? frontMatterEnd(text) : 0;
  const needsBreakBefore = at > 0 && at === text.length && !/[\r\n]$/.test(text);
  return { offset: at, length: 0, newText: `${needsBreakBefore ? eol : ''}${comment}${eol}` };
}

function truncate(text: string, max = 72): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Whether a diagnostic's data still describes the document: same version, same words at the same place. */
function isCurrent(data: DiagnosticData, doc: ActionDocument): boolean {
  return data.version === doc.version && doc.text.slice(data.offset, data.offset + data.length) === data.text;
}

/** The quick fixes for the diagnostics of a code action request. */
export function quickFixes(diagnostics: readonly Diagnostic[], ctx: ActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const titles = new Set<string>();
  const add = (action: CodeAction) => {
    if (titles.has(action.title)) return;
    titles.add(action.title);
    actions.push(action);
  };
  const later: CodeAction[] = [];
  /** "Show documentation" entries come last, after every edit. */
  const documentation: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    const data = diagnosticData(diagnostic, ctx.document.text.length);
    // A diagnostic from another version of the document: its offsets would land in the wrong text.
    if (!data || !isCurrent(data, ctx.document)) continue;
    // The same finding sent many times is answered once.
    const key = `${data.rule}\u0000${data.offset}\u0000${data.length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fix = (title: string, edit: WorkspaceEdit, preferred = false): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      ...(preferred ? { isPreferred: true } : {}),
      edit,
    });
    for (const engineFix of data.fixes) {
      if (engineFix.kind === 'ignore') continue;
      add(fix(engineFix.title, documentEdit(ctx, textEdits(ctx, engineFix.edits)), engineFix.preferred === true));
    }
    const finding = ctx.findings?.find((f) => f.offset === data.offset && f.rule === data.rule);
    const rewrite = placeholderRewrite(ctx.document.text, data.rule, data.offset, data.length, finding?.explanation.suggestion);
    if (rewrite) {
      const range = toRange(ctx.document.index, rewrite.edit.offset, rewrite.edit.length);
      const edit: LspTextEdit | SnippetTextEdit =
        ctx.support.snippets && ctx.support.documentChanges ? { range, snippet: { kind: 'snippet', value: rewrite.snippet } } : { range, newText: rewrite.edit.newText };
      add(fix(`Rewrite with a placeholder: "${truncate(rewrite.sentence)}"`, documentEdit(ctx, [edit])));
    }
    for (const engineFix of data.fixes) {
      if (engineFix.kind === 'ignore') later.push(fix(engineFix.title, documentEdit(ctx, textEdits(ctx, engineFix.edits))));
    }
    const disable = disableRuleEdit(ctx.document.text, ctx.document.languageId, data.rule);
    if (disable) later.push(fix(`Disable ${data.rule} for this file`, documentEdit(ctx, textEdits(ctx, [disable]))));
    const allow = ctx.allowList && allowListAction(ctx, ctx.allowList, allowPhrase(data.text));
    if (allow) later.push({ ...allow, diagnostics: [diagnostic] });
    if (ctx.ruleDocumentationCommand) documentation.push(documentationAction(ctx.ruleDocumentationCommand, data.rule, diagnostic));
  }
  for (const action of later) add(action);
  for (const action of documentation) add(action);
  return actions;
}

/** "Show documentation for <rule>": runs the client's command, which opens the rule's page; edits nothing. */
export function documentationAction(command: string, rule: string, diagnostic: Diagnostic): CodeAction {
  const title = `Show documentation for ${rule}`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command, arguments: [rule] } };
}

function allowListAction(ctx: ActionContext, target: AllowListTarget, phrase: string): CodeAction | undefined {
  const title = `Allow "${truncate(phrase, 40)}" in ${target.text === undefined ? 'a new ' : ''}.whosays.json`;
  let edit: WorkspaceEdit;
  if (target.text === undefined) {
    if (!ctx.support.documentChanges || !ctx.support.createFiles) return undefined;
    const create: CreateFile = { kind: 'create', uri: target.uri, options: { overwrite: false, ignoreIfExists: false } };
    edit = { documentChanges: [create, TextDocumentEdit.create({ uri: target.uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newConfigText(phrase) }])] };
  } else {
    const index = new LineIndex(target.text);
    const edits = target.text.trim() === '' ? [{ offset: 0, length: target.text.length, newText: newConfigText(phrase) }] : allowListEdits(target.text, phrase);
    if (!edits || edits.length === 0) return undefined;
    const lspEdits = toTextEdits(index, edits);
    edit = ctx.support.documentChanges
      ? { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: target.version }, lspEdits)] }
      : { changes: { [target.uri]: lspEdits } };
  }
  return { title, kind: CodeActionKind.QuickFix, edit };
}

const FIX_ALL_KINDS = new Set(['citation-needed', 'who', 'by-whom', 'said']);

/**
 * The preferred marker and "said" fixes of every finding, as one edit: never two edits that
 * overlap, and never two markers at one position.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const candidates: TextEdit[] = [];
  for (const finding of findings) {
    const preferred = finding.fixes.find((f) => f.preferred);
    if (preferred && FIX_ALL_KINDS.has(preferred.kind) && preferred.edits.length === 1) candidates.push(preferred.edits[0]);
  }
  candidates.sort((a, b) => a.offset - b.offset || a.length - b.length);
  const kept: TextEdit[] = [];
  let reach = -1;
  let lastStart = -1;
  for (const edit of candidates) {
    if (edit.offset < reach || edit.offset === lastStart) continue;
    kept.push(edit);
    reach = edit.offset + edit.length;
    lastStart = edit.offset;
  }
  return kept;
}

export function fixAllAction(findings: readonly Finding[], ctx: ActionContext): CodeAction | undefined {
  const edits = fixAllEdits(findings);
  if (edits.length === 0) return undefined;
  return {
    title: `Apply ${edits.length === 1 ? 'the preferred Who Says fix' : `all ${edits.length} preferred Who Says fixes`}`,
    kind: FIX_ALL_KIND,
    edit: documentEdit(ctx, textEdits(ctx, edits)),
  };
}
