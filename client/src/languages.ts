// Which documents the extension lints: the five markup languages the engine reads, plus the
// language ids listed in `whosays.languages` (read as plain text by the server).
import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';

/** The languages the engine understands, in the order the README lists them. */
export const BUILTIN_LANGUAGES = ['plaintext', 'markdown', 'latex', 'html', 'wikitext'] as const;

/** File extensions of the built-in languages, as the command line detects them (plus `.txt`). */
export const BUILTIN_EXTENSIONS: Readonly<Record<(typeof BUILTIN_LANGUAGES)[number], readonly string[]>> = {
  plaintext: ['.txt'],
  markdown: ['.md', '.markdown'],
  latex: ['.tex'],
  html: ['.html', '.htm'],
  wikitext: ['.wiki', '.mediawiki'],
};

/**
 * The schemes the client hands to the server: files on disk and unsaved documents, and the files of
 * a workspace the editor reaches through its own file system: a remote one as a browser-hosted
 * extension sees it (`vscode-remote`, as in code-server), and a virtual one (`vscode-vfs`, as in
 * vscode.dev and github.dev). Diff views, output and the like stay out.
 */
export const SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'] as const;

/** The schemes a `.whosays.json` can be read from: those of saved files. */
const FILE_SCHEMES = SCHEMES.filter((scheme) => scheme !== 'untitled');

/** Valid language ids from the `whosays.languages` setting, without duplicates of the built-ins. */
export function extraLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration('whosays').get<unknown>('languages', []);
  return cleanLanguageList(configured);
}

export function cleanLanguageList(configured: unknown): string[] {
  if (!Array.isArray(configured)) return [];
  const seen = new Set<string>(BUILTIN_LANGUAGES);
  const extra: string[] = [];
  for (const id of configured) {
    if (typeof id !== 'string') continue;
    const trimmed = id.trim();
    if (trimmed === '' || seen.has(trimmed)) continue;
    seen.add(trimmed);
    extra.push(trimmed);
  }
  return extra;
}

/** Every linted language id: the built-ins, then the configured extras. */
export function lintedLanguages(): string[] {
  return [...BUILTIN_LANGUAGES, ...extraLanguages()];
}

export function isLinted(document: vscode.TextDocument, languages: readonly string[] = lintedLanguages()): boolean {
  return (SCHEMES as readonly string[]).includes(document.uri.scheme) && languages.includes(document.languageId);
}

export function documentSelector(languages: readonly string[] = lintedLanguages()): DocumentSelector {
  // .whosays.json travels too, so unsaved edits to it re-lint open documents and a broken file
  // gets its diagnostic while it is being typed.
  return [...languages.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))), ...FILE_SCHEMES.map((scheme) => ({ scheme, pattern: '**/.whosays.json' }))];
}

/**
 * The file extensions to look for when linting the workspace: those the server reads for the
 * built-in languages, and for the extra languages the extensions that installed extensions
 * contribute for them. (Built-in languages keep the short list: VS Code also maps `.sty`, `.jsp`
 * and the like to them, which are not prose.)
 */
export function lintedExtensions(languages: readonly string[] = lintedLanguages()): string[] {
  const extensions = new Set<string>();
  for (const language of BUILTIN_LANGUAGES) {
    if (languages.includes(language)) for (const extension of BUILTIN_EXTENSIONS[language]) extensions.add(extension);
  }
  for (const extension of vscode.extensions.all) {
    const contributed: unknown = extension.packageJSON?.contributes?.languages;
    if (!Array.isArray(contributed)) continue;
    for (const entry of contributed as { id?: unknown; extensions?: unknown }[]) {
      if (typeof entry?.id !== 'string' || !languages.includes(entry.id) || !Array.isArray(entry.extensions)) continue;
      if ((BUILTIN_LANGUAGES as readonly string[]).includes(entry.id)) continue;
      for (const ext of entry.extensions) {
        // Only plain ".ext" suffixes: they become a glob, so nothing with glob syntax in it.
        if (typeof ext === 'string' && /^\.[A-Za-z0-9_.+-]+$/.test(ext)) extensions.add(ext.toLowerCase());
      }
    }
  }
  return [...extensions].sort();
}

/** A glob for `workspace.findFiles` matching every given extension. */
export function extensionsGlob(extensions: readonly string[]): string {
  const names = extensions.map((extension) => extension.replace(/^\./, ''));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
}
