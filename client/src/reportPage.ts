// The entry of dist/reportPage.js: the sourcing report's page renderer (server/src/output/report,
// pure), bundled apart from the extension and loaded on the first "Show Sourcing Report"
// (sourcingReport.ts), as dist/languageClient.js is on the first client start: the extension loads
// only its own code when it activates. The web extension bundles it in (scripts/buildWeb.mjs).
import { htmlReport } from '../../server/src/output/report/html';
import type { ReportInfo } from '../../server/src/output/report/info';
import type { FileResult } from '../../server/src/output/results';

export function reportPageHtml(files: readonly FileResult[], info: ReportInfo): string {
  return [...htmlReport.render(files, info)].join('');
}
