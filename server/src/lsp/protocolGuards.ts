// Checks on what a client sends before it reaches the handlers. A client may be buggy or hostile:
// a notification with a field of the wrong type is logged once and dropped, so that no handler
// (ours or TextDocuments') ever sees a document whose text is not a string.

import type {
  Connection,
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
  DidSaveTextDocumentParams,
  Position,
  Range,
  TextDocuments,
  WillSaveTextDocumentParams,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const MAX_URI = 8192;
const MAX_LANGUAGE_ID = 256;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isUri(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_URI;
}

/** A safe non-negative integer: a line, a character, an offset, a length, a version. */
export function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** [offset, offset + length) is a span of counts inside a text of `textLength` code units. */
export function isSpanIn(offset: unknown, length: unknown, textLength: number): boolean {
  return isCount(offset) && isCount(length) && offset + length <= textLength;
}

export function isPosition(value: unknown): value is Position {
  return isObject(value) && isCount(value.line) && isCount(value.character);
}

export function isRange(value: unknown): value is Range {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

/** `{ textDocument: { uri } }`, the shape of every request and notification about one document. */
export function documentUri(params: unknown): string | undefined {
  if (!isObject(params) || !isObject(params.textDocument)) return undefined;
  const uri = params.textDocument.uri;
  return isUri(uri) ? uri : undefined;
}

function isOpen(params: unknown): params is DidOpenTextDocumentParams {
  if (!isObject(params) || !isObject(params.textDocument)) return false;
  const { uri, languageId, version, text } = params.textDocument;
  return isUri(uri) && typeof languageId === 'string' && languageId.length <= MAX_LANGUAGE_ID && Number.isSafeInteger(version) && typeof text === 'string';
}

function isChange(params: unknown): params is DidChangeTextDocumentParams {
  if (!isObject(params) || !isObject(params.textDocument) || !Array.isArray(params.contentChanges)) return false;
  const { uri, version } = params.textDocument;
  if (!isUri(uri) || !Number.isSafeInteger(version)) return false;
  return params.contentChanges.every((change) => isObject(change) && typeof change.text === 'string' && (change.range === undefined || isRange(change.range)));
}

function describe(method: string, params: unknown): string {
  const uri = documentUri(params);
  return `whosays: ignored a malformed ${method}${uri ? ` for ${uri}` : ''}`;
}

/**
 * Lets `documents` listen on `connection` through checks: malformed open, change, close and save
 * notifications are logged and dropped instead of reaching TextDocuments.
 */
export function listenChecked(documents: TextDocuments<TextDocument>, connection: Connection, log: (message: string) => void): void {
  type Handler<P> = (params: P) => void;
  const guard = <P>(method: string, valid: (params: unknown) => boolean, handler: Handler<P>): Handler<P> => (params) => {
    if (valid(params)) handler(params);
    else log(describe(method, params));
  };
  const hasUri = (params: unknown) => documentUri(params) !== undefined;
  const checked = {
    onDidOpenTextDocument: (h: Handler<DidOpenTextDocumentParams>) => connection.onDidOpenTextDocument(guard('textDocument/didOpen', isOpen, h)),
    onDidChangeTextDocument: (h: Handler<DidChangeTextDocumentParams>) => connection.onDidChangeTextDocument(guard('textDocument/didChange', isChange, h)),
    onDidCloseTextDocument: (h: Handler<DidCloseTextDocumentParams>) => connection.onDidCloseTextDocument(guard('textDocument/didClose', hasUri, h)),
    onWillSaveTextDocument: (h: Handler<WillSaveTextDocumentParams>) => connection.onWillSaveTextDocument(guard('textDocument/willSave', hasUri, h)),
    onWillSaveTextDocumentWaitUntil: connection.onWillSaveTextDocumentWaitUntil.bind(connection),
    onDidSaveTextDocument: (h: Handler<DidSaveTextDocumentParams>) => connection.onDidSaveTextDocument(guard('textDocument/didSave', hasUri, h)),
  };
  // TextDocuments.listen only registers these handlers (and records the sync kind on the object).
  documents.listen(checked as unknown as Connection);
}
