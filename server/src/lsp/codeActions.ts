// Code actions, built without linting again from the findings the diagnostics' `data` names (looked
// up in the server's result for that document version): the engine's fixes
// ([citation needed], [who?], [by whom?], "said", ignore this line), the rule's rewrite with a
// placeholder (a snippet where the client takes one), disabling the rule for the file, adding the
// phrase to the allow-list in `.whosays.json`, and `source.fixAll.whosays`. Every edit names the
// document version it was computed for; a diagnostic from another version gets no edit. A client
// that handles some of CLIENT_COMMANDS (the VS Code extension) gets those entries as commands
// instead: Fix All (which reports what it did), "Allow …" (which asks where), "Hide this finding"
// (stored outside the document, so only a client can offer it).

import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CreateFile,
  type Diagnostic,
  type SnippetTextEdit,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { applyEdits, languageFromId } from '../engine/index';
import type { Finding, MarkupLanguage, TextEdit } from '../engine/types';
import { allowListEdits, allowPhrase, newConfigText } from './allowList';
import { LineIndex, toRange, toTextEdits } from './convert';
import { diagnosticData } from './diagnostics';
import { isCount, isObject } from './protocolGuards';
import { frontMatterEnd } from './paragraphs';
import { lineBreakOf } from '../engine/lineIndex';
import { placeholderRewrite } from './placeholderRewrite';
import { fixAllPlan } from './fixAll';
import { hiddenKey } from './hidden';

export { fixAllEdits } from './fixAll';

export const FIX_ALL_KIND = 'source.fixAll.whosays';

/** Commands a client may declare it handles (initializationOptions.clientCommands). */
export const CLIENT_COMMANDS = {
  /** Arguments: the document URI. Runs Fix All and says what it did. */
  fixAll: 'whosays.fixAll',
  /** Arguments: the document URI, the phrase. Asks where to allow it. */
  allowPhrase: 'whosays.allowPhrase',
  /** Arguments: the document URI, the hidden-finding key (rule, words, sentence), the words as written. */
  hideFinding: 'whosays.hideFinding',
  /** Arguments: the rule id. Shows the rule's page; the quick fixes then end with "Show documentation for <rule>". */
  showRuleDocumentation: 'whosays.showRuleDocumentation',
} as const;

/**
 * Commands the server carries out (workspace/executeCommand), offered to clients that neither
 * handle CLIENT_COMMANDS.allowPhrase nor watch files: such an editor (Neovim, Helix) applies a
 * workspace edit of `.whosays.json` to a buffer it does not save, and would never tell the server.
 */
export const SERVER_COMMANDS = {
  /** Arguments: the document URI, the phrase. Adds it to the nearest `.whosays.json` (or a new one) and lints again. */
  allowPhrase: 'whosays-ls.allowPhrase',
} as const;

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
  /** The findings of this version of the document, when the server has them (quick fixes, Fix All). */
  findings?: readonly Finding[];
  /** The finding of `rule` whose flagged words start at `offset`, among `findings`. */
  findingAt?: (offset: number, rule: string) => Finding | undefined;
  /** The commands of CLIENT_COMMANDS the client handles. */
  clientCommands?: ReadonlySet<string>;
  /** Whether Fix All includes information-level findings for this document. */
  fixAllIncludesInformation?: boolean;
  /** Whether the allow-list quick fix is SERVER_COMMANDS.allowPhrase. */
  serverAllows?: boolean;
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

/**
 * The finding a diagnostic names, when it names one of this version of the document: a diagnostic
 * from another version (its offset would land in the wrong text) or a forged one names none.
 */
function namedFinding(diagnostic: Diagnostic, ctx: ActionContext): Finding | undefined {
  const key = diagnosticData(diagnostic, ctx.document.text.length);
  if (!key) return undefined;
  if (key.version === ctx.document.version) {
    const finding = ctx.findingAt?.(key.offset, key.rule);
    return finding && ctx.document.text.startsWith(finding.text, finding.offset) ? finding : undefined;
  }
  // Right after an edit VS Code may ask with the diagnostics of the version before, not yet pulled
  // again: one whose range still covers, word for word, a finding of its rule in this version names
  // that finding (an edit elsewhere in the document). Otherwise it names none.
  const range = rangeOf(diagnostic);
  // A file read from disk (version null) was never this open document.
  if (key.version === null || !range) return undefined;
  const { index } = ctx.document;
  const start = index.offsetAt(range.start);
  const finding = ctx.findingAt?.(start, key.rule);
  if (!finding || !ctx.document.text.startsWith(finding.text, finding.offset)) return undefined;
  const now = toRange(index, finding.offset, finding.length);
  const same = (a: Range['start'], b: Range['start']) => a.line === b.line && a.character === b.character;
  return same(now.start, range.start) && same(now.end, range.end) ? finding : undefined;
}

/** A diagnostic's range, when it is made of whole non-negative numbers (a forged one may not be). */
function rangeOf(diagnostic: Diagnostic): Range | undefined {
  const range: unknown = diagnostic.range;
  if (!isObject(range) || !isObject(range.start) || !isObject(range.end)) return undefined;
  const { start, end } = range;
  if (!isCount(start.line) || !isCount(start.character) || !isCount(end.line) || !isCount(end.character)) return undefined;
  return { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } };
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
    const finding = namedFinding(diagnostic, ctx);
    if (!finding) continue;
    // The same finding sent many times is answered once.
    const key = `${finding.rule}\u0000${finding.offset}\u0000${finding.length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fix = (title: string, edit: WorkspaceEdit, preferred = false): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      ...(preferred ? { isPreferred: true } : {}),
      edit,
    });
    for (const engineFix of finding.fixes) {
      if (engineFix.kind === 'ignore') continue;
      add(fix(engineFix.title, documentEdit(ctx, textEdits(ctx, engineFix.edits)), engineFix.preferred === true));
    }
    const rewrite = placeholderRewrite(ctx.document.text, finding.rule, finding.offset, finding.length, finding.explanation.suggestion);
    if (rewrite) {
      const range = toRange(ctx.document.index, rewrite.edit.offset, rewrite.edit.length);
      const edit: LspTextEdit | SnippetTextEdit =
        ctx.support.snippets && ctx.support.documentChanges ? { range, snippet: { kind: 'snippet', value: rewrite.snippet } } : { range, newText: rewrite.edit.newText };
      add(fix(`Rewrite with a placeholder: "${truncate(rewrite.sentence)}"`, documentEdit(ctx, [edit])));
    }
    if (ctx.clientCommands?.has(CLIENT_COMMANDS.hideFinding)) {
      const key = hiddenKey(ctx.document.text, finding);
      later.push({
        title: `Hide this finding: "${truncate(finding.text, 40)}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Hide this finding', command: CLIENT_COMMANDS.hideFinding, arguments: [ctx.document.uri, key, finding.text] },
      });
    }
    for (const engineFix of finding.fixes) {
      if (engineFix.kind === 'ignore') later.push(fix(engineFix.title, documentEdit(ctx, textEdits(ctx, engineFix.edits))));
    }
    const disable = disableRuleEdit(ctx.document.text, ctx.document.languageId, finding.rule);
    if (disable) later.push(fix(`Disable ${finding.rule} for this file`, documentEdit(ctx, textEdits(ctx, [disable]))));
    const phrase = allowPhrase(finding.text);
    const allow = ctx.clientCommands?.has(CLIENT_COMMANDS.allowPhrase)
      ? { title: `Allow "${truncate(phrase, 40)}"…`, kind: CodeActionKind.QuickFix, command: { title: 'Allow', command: CLIENT_COMMANDS.allowPhrase, arguments: [ctx.document.uri, phrase] } }
      : ctx.serverAllows
        ? { title: `Allow "${truncate(phrase, 40)}" in .whosays.json`, kind: CodeActionKind.QuickFix, command: { title: 'Allow', command: SERVER_COMMANDS.allowPhrase, arguments: [ctx.document.uri, phrase] } }
        : ctx.allowList && allowListAction(ctx, ctx.allowList, phrase);
    if (allow) later.push({ ...allow, diagnostics: [diagnostic] });
    if (ctx.clientCommands?.has(CLIENT_COMMANDS.showRuleDocumentation)) documentation.push(documentationAction(finding.rule));
  }
  if (seen.size > 0) {
    const all = fixAllQuickFix(ctx);
    if (all) add(all);
  }
  for (const action of later) add(action);
  for (const action of documentation) add(action);
  return actions;
}

/**
 * "Show documentation for <rule>": runs the client's command, which opens the rule's page; edits
 * nothing. It names no diagnostic: it fixes none, and VS Code lists actions without diagnostics
 * last, where this one belongs (after Fix All in File, too).
 */
export function documentationAction(rule: string): CodeAction {
  const title = `Show documentation for ${rule}`;
  return { title, kind: CodeActionKind.QuickFix, command: { title, command: CLIENT_COMMANDS.showRuleDocumentation, arguments: [rule] } };
}

/**
 * "Fix All in File" among the quick fixes, as ESLint offers it: only when the file has more than one
 * fixable finding (with one, the finding's own fix is the same thing).
 */
function fixAllQuickFix(ctx: ActionContext): CodeAction | undefined {
  if (!ctx.findings) return undefined;
  const plan = fixAllPlan(ctx.findings, ctx.fixAllIncludesInformation === true);
  if (plan.edits.length < 2) return undefined;
  const title = `Fix All in File (${plan.edits.length} Who Says fixes)`;
  if (ctx.clientCommands?.has(CLIENT_COMMANDS.fixAll)) {
    return { title, kind: CodeActionKind.QuickFix, command: { title, command: CLIENT_COMMANDS.fixAll, arguments: [ctx.document.uri] } };
  }
  return { title, kind: CodeActionKind.QuickFix, edit: documentEdit(ctx, textEdits(ctx, plan.edits)) };
}

function allowListAction(ctx: ActionContext, target: AllowListTarget, phrase: string): CodeAction | undefined {
  const edit = allowListWorkspaceEdit(target, phrase, ctx.support);
  if (!edit) return undefined;
  return { title: `Allow "${truncate(phrase, 40)}" in ${target.text === undefined ? 'a new ' : ''}.whosays.json`, kind: CodeActionKind.QuickFix, edit };
}

/**
 * The target's text with `phrase` added to its "allow" list (a new file when there is none), or
 * undefined when it is there already or the file cannot be edited safely.
 */
export function allowListText(text: string | undefined, phrase: string): string | undefined {
  if (text === undefined || text.trim() === '') return newConfigText(phrase);
  const edits = allowListEdits(text, phrase);
  if (!edits || edits.length === 0) return undefined;
  return applyEdits(text, edits);
}

/**
 * The edit that adds `phrase` to the target's "allow" list (creating the file when it does not
 * exist), or undefined when it is already there, the file cannot be edited safely, or the client
 * cannot create files.
 */
export function allowListWorkspaceEdit(target: AllowListTarget, phrase: string, support: EditSupport): WorkspaceEdit | undefined {
  if (target.text === undefined) {
    if (!support.documentChanges || !support.createFiles) return undefined;
    const create: CreateFile = { kind: 'create', uri: target.uri, options: { overwrite: false, ignoreIfExists: false } };
    return { documentChanges: [create, TextDocumentEdit.create({ uri: target.uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newConfigText(phrase) }])] };
  }
  const index = new LineIndex(target.text);
  const edits = target.text.trim() === '' ? [{ offset: 0, length: target.text.length, newText: newConfigText(phrase) }] : allowListEdits(target.text, phrase);
  if (!edits || edits.length === 0) return undefined;
  const lspEdits = toTextEdits(index, edits);
  return support.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: target.version }, lspEdits)] }
    : { changes: { [target.uri]: lspEdits } };
}

/** `source.fixAll.whosays` (what editor.codeActionsOnSave runs): the edit only, no message. */
export function fixAllAction(findings: readonly Finding[], ctx: ActionContext): CodeAction | undefined {
  const { edits } = fixAllPlan(findings, ctx.fixAllIncludesInformation === true);
  if (edits.length === 0) return undefined;
  return {
    title: `Apply ${edits.length === 1 ? 'the preferred Who Says fix' : `all ${edits.length} preferred Who Says fixes`}`,
    kind: FIX_ALL_KIND,
    edit: documentEdit(ctx, textEdits(ctx, edits)),
  };
}
