// The sourcing report (`whosays report`): its formats, in the order `whosays report --help` lists
// them, and what a caller needs to build and render one. Pure, like the output formats: the
// command renders it, and so can the language server or an editor's webview.

import { htmlReport } from './html';
import { markdownReport } from './markdown';
import type { ReportFormat } from './info';

export type { ReportFormat, ReportInfo } from './info';
export { encodePath } from './info';
export { reportPart, type ReportPart } from './part';

export const REPORT_FORMATS: readonly ReportFormat[] = [htmlReport, markdownReport];

export function reportFormatById(id: string): ReportFormat | undefined {
  return REPORT_FORMATS.find((f) => f.id === id);
}
