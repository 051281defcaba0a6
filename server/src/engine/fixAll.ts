// Fix All's plan: the preferred marker and "said" fixes of every finding of a document, as one
// edit. By default only findings at warning level or above: an information-level finding is one
// the writer is trusted to judge (a topic sentence whose source follows, a style note), so it is
// left alone unless asked. Only fixes that keep the writer's meaning are in it: markers in the
// document's own syntax and neutral speech verbs, never a removal or a rewrite. The editor's Fix
// All (lsp/fixAll.ts) and `whosays --fix` share it.

import type { Finding, Fix, TextEdit } from './types';

const MARKER_KINDS: ReadonlySet<Fix['kind']> = new Set(['citation-needed', 'who', 'by-whom']);
const WORD_KINDS: ReadonlySet<Fix['kind']> = new Set(['said']);

export interface FixAllPlan {
  /** The edits, sorted, never overlapping, never two at one position. */
  edits: TextEdit[];
  /** How many of them insert a marker ([citation needed], [who?], [by whom?]). */
  markers: number;
  /** How many replace a word ("claimed" → "said"). */
  words: number;
  /** Fixable findings left alone because they are below warning level. */
  informationLeft: number;
}

function isWarningOrAbove(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

interface Candidate {
  edit: TextEdit;
  kind: Fix['kind'];
}

/**
 * The fix of a finding that Fix All would apply, whatever its severity: the preferred one, when it
 * is a marker or a neutral word in one edit. Output formats offer it as the suggestion.
 */
export function safeFixOf(finding: { fixes: readonly Fix[] }): Fix | undefined {
  const preferred = finding.fixes.find((f) => f.preferred);
  if (!preferred || !(MARKER_KINDS.has(preferred.kind) || WORD_KINDS.has(preferred.kind)) || preferred.edits.length !== 1) return undefined;
  return preferred;
}

/** What Fix All does to `findings`. */
export function fixAllPlan(findings: readonly Finding[], includeInformation = false): FixAllPlan {
  const candidates: Candidate[] = [];
  let informationLeft = 0;
  for (const finding of findings) {
    const preferred = safeFixOf(finding);
    if (!preferred) continue;
    if (!includeInformation && !isWarningOrAbove(finding)) {
      informationLeft++;
      continue;
    }
    candidates.push({ edit: preferred.edits[0], kind: preferred.kind });
  }
  candidates.sort((a, b) => a.edit.offset - b.edit.offset || a.edit.length - b.edit.length);
  const plan: FixAllPlan = { edits: [], markers: 0, words: 0, informationLeft };
  let reach = -1;
  let lastStart = -1;
  for (const { edit, kind } of candidates) {
    if (edit.offset < reach || edit.offset === lastStart) continue;
    plan.edits.push(edit);
    if (MARKER_KINDS.has(kind)) plan.markers++;
    else plan.words++;
    reach = edit.offset + edit.length;
    lastStart = edit.offset;
  }
  return plan;
}

/** The edits of fixAllPlan (kept for callers that need only them). */
export function fixAllEdits(findings: readonly Finding[], includeInformation = false): TextEdit[] {
  return fixAllPlan(findings, includeInformation).edits;
}
