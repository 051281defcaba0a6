// The playground's engine, in a web worker so that typing never waits for a lint: a request is
// { id, text, languageId, profile }, the answer { id, findings } (or { id, error }).

import { lint } from '../server/src/engine';
import type { Finding, Profile } from '../server/src/engine';

export interface LintRequest {
  id: number;
  text: string;
  languageId: string;
  profile: Profile;
}

export type LintAnswer = { id: number; findings: Finding[]; ms: number } | { id: number; error: string };

interface WorkerScope {
  onmessage: ((event: { data: LintRequest }) => void) | null;
  postMessage(message: LintAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  const started = performance.now();
  try {
    const findings = lint(data.text, { languageId: data.languageId, config: { profile: data.profile }, now: new Date() });
    scope.postMessage({ id: data.id, findings, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
