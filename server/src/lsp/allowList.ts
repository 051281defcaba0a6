// "Add the phrase to the workspace allow-list": an edit of `.whosays.json` that adds the phrase to
// "allow" while keeping the file's comments and formatting (jsonc-parser's `modify`), or the text of
// a new file when there is none yet.

import { SyntaxKind, createScanner, findNodeAtLocation, modify, parseTree, type FormattingOptions, type Node, type ParseError } from 'jsonc-parser';
import { normalizePhrase } from '../engine/allowPhrases';
import { parseConfig, tooDeepAt } from '../engine/config';
import { lineBreakOf } from '../engine/lineIndex';
import type { TextEdit } from '../engine/types';

/** The phrase as it goes into the list: the flagged words with their spacing collapsed. */
export function allowPhrase(flagged: string): string {
  return flagged.replace(/\s+/g, ' ').trim();
}

/** Whether a `.whosays.json` text already allows `phrase` (compared as the engine compares them). */
export function allowsPhrase(text: string, phrase: string): boolean {
  const { config } = parseConfig(text);
  return (config.allow ?? []).some((allowed) => normalizePhrase(allowed) === normalizePhrase(phrase));
}

/** Indentation and line breaks as the file already uses them. */
function formattingOf(text: string): FormattingOptions {
  const eol = lineBreakOf(text);
  const indented = /^([ \t]+)\S/m.exec(text);
  if (indented && indented[1].startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: indented ? indented[1].length : 2, eol };
}

/**
 * Edits that add `phrase` to "allow" in a `.whosays.json`, or undefined when it is already allowed or
 * the file cannot be edited safely (a syntax error, or an "allow" that is not a list).
 */
export function allowListEdits(text: string, phrase: string): TextEdit[] | undefined {
  // parseTree would overflow the stack on a hostile file nested thousands deep.
  if (tooDeepAt(text) !== undefined) return undefined;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length > 0 || !root || root.type !== 'object') return undefined;
  const formattingOptions = formattingOf(text);
  const allow = findNodeAtLocation(root, ['allow']);
  let edits;
  if (allow) {
    if (allow.type !== 'array') return undefined;
    if ((allow.children ?? []).some((item) => item.type === 'string' && normalizePhrase(String(item.value)) === normalizePhrase(phrase))) return undefined;
    edits = appendOnOwnLine(text, allow, phrase) ?? modify(text, ['allow', -1], phrase, { isArrayInsertion: true, formattingOptions });
  } else {
    edits = modify(text, ['allow'], [phrase], { formattingOptions });
  }
  return edits.map((e) => ({ offset: e.offset, length: e.length, newText: e.content }));
}

/**
 * In a list written one item per line, the new item goes on a line of its own after the last one,
 * below that item's comments (jsonc-parser would put it between the item and its comment).
 */
function appendOnOwnLine(text: string, array: Node, phrase: string): { offset: number; length: number; content: string }[] | undefined {
  const items = array.children ?? [];
  const last = items[items.length - 1];
  if (!last || !/[\r\n]/.test(text.slice(array.offset, items[0].offset))) return undefined;
  const lineStart = Math.max(text.lastIndexOf('\n', last.offset - 1), text.lastIndexOf('\r', last.offset - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, last.offset))![0];
  if (text.slice(lineStart, last.offset) !== indent) return undefined;
  const eol = lineBreakOf(text);
  const scanner = createScanner(text, false);
  scanner.setPosition(last.offset + last.length);
  let commaAt = last.offset + last.length;
  let hasComma = false;
  let insertAt = commaAt;
  for (;;) {
    const token = scanner.scan();
    if (token === SyntaxKind.Trivia) continue;
    if (token === SyntaxKind.BlockCommentTrivia) {
      insertAt = scanner.getTokenOffset() + scanner.getTokenLength();
      if (!hasComma) commaAt = insertAt;
      continue;
    }
    if (token === SyntaxKind.CommaToken && !hasComma) {
      hasComma = true;
      insertAt = scanner.getTokenOffset() + 1;
      continue;
    }
    if (token === SyntaxKind.LineCommentTrivia) insertAt = scanner.getTokenOffset() + scanner.getTokenLength();
    break;
  }
  const item = `${eol}${indent}${JSON.stringify(phrase)}`;
  if (hasComma) return [{ offset: insertAt, length: 0, content: item }];
  if (commaAt === insertAt) return [{ offset: insertAt, length: 0, content: `,${item}` }];
  return [
    { offset: commaAt, length: 0, content: ',' },
    { offset: insertAt, length: 0, content: item },
  ];
}

/** The text of a new `.whosays.json` that allows `phrase`. */
export function newConfigText(phrase: string): string {
  return `{\n  "allow": [\n    ${JSON.stringify(phrase)}\n  ]\n}\n`;
}
