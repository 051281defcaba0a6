// Why Who Says is off for a document, worked out from what `inspect('enable')` reports. No `vscode`
// import, so that the unit tests can check the precedence rules directly.

/** The levels VS Code reads `whosays.enable` from (WorkspaceConfiguration.inspect's fields). */
export interface EnableInspection {
  defaultValue?: boolean;
  globalValue?: boolean;
  workspaceValue?: boolean;
  workspaceFolderValue?: boolean;
  defaultLanguageValue?: boolean;
  globalLanguageValue?: boolean;
  workspaceLanguageValue?: boolean;
  workspaceFolderLanguageValue?: boolean;
}

/** Where linting was turned off, most specific first. */
export type OffReason = 'document' | 'language' | 'folder' | 'workspace' | 'user';

// VS Code's order: a language-specific value wins over any plain one, and within each kind the
// narrower scope wins (folder over workspace over user over default).
const PRECEDENCE: readonly [keyof EnableInspection, OffReason | undefined][] = [
  ['workspaceFolderLanguageValue', 'language'],
  ['workspaceLanguageValue', 'language'],
  ['globalLanguageValue', 'language'],
  ['defaultLanguageValue', 'language'],
  ['workspaceFolderValue', 'folder'],
  ['workspaceValue', 'workspace'],
  ['globalValue', 'user'],
  ['defaultValue', undefined],
];

/**
 * Why linting is off, or undefined when it is on. `documentOff` is the per-document switch, which
 * no setting overrides.
 */
export function offReason(inspection: EnableInspection | undefined, documentOff: boolean): OffReason | undefined {
  if (documentOff) return 'document';
  for (const [level, reason] of PRECEDENCE) {
    const value = inspection?.[level];
    if (typeof value === 'boolean') return value ? undefined : (reason ?? 'user');
  }
  return undefined;
}

/** A sentence for the status bar tooltip: "Who Says is off for Markdown documents." */
export function describeOff(reason: OffReason, language: { id: string; name: string }): string {
  switch (reason) {
    case 'document': return 'Who Says is off for this document.';
    case 'language': return `Who Says is off for ${language.name} documents ("whosays.enable" under "[${language.id}]" in settings).`;
    case 'folder': return 'Who Says is off for this folder (folder setting "whosays.enable").';
    case 'workspace': return 'Who Says is off for this workspace (workspace setting "whosays.enable").';
    case 'user': return 'Who Says is off in your user settings ("whosays.enable").';
  }
}
