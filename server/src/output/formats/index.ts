// Every output format of the `whosays` command, in the order `--help` lists them.

import { checkstyleFormat } from './checkstyle';
import type { OutputFormat } from './format';
import { githubFormat } from './github';
import { jsonFormat } from './json';
import { junitFormat } from './junit';
import { rdjsonlFormat } from './rdjsonl';
import { sarifFormat } from './sarif';
import { textFormat } from './text';

export type { OutputFormat, RunInfo } from './format';
export { escapeForTerminal } from './terminal';

export const FORMATS: readonly OutputFormat[] = [
  textFormat,
  jsonFormat,
  sarifFormat,
  githubFormat,
  rdjsonlFormat,
  checkstyleFormat,
  junitFormat,
];

export function formatById(id: string): OutputFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}
