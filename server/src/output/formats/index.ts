// Every output format of the `whosays` command, in the order `--help` lists them.

import type { OutputFormat } from './format';
import { jsonFormat } from './json';
import { sarifFormat } from './sarif';
import { textFormat } from './text';

export type { OutputFormat, RunInfo } from './format';
export { escapeForTerminal } from './terminal';

export const FORMATS: readonly OutputFormat[] = [textFormat, jsonFormat, sarifFormat];

export function formatById(id: string): OutputFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}
