import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The rule pages shipped beside the bundles: docs/rules/ next to the dist/ folder that holds them,
 * in this repository, the npm package and the packaged extension alike. Undefined when they are
 * missing (a bundle copied elsewhere): no link rather than a broken one.
 */
export function shippedDocsBaseUrl(bundleDir: string): string | undefined {
  const folder = path.resolve(bundleDir, '..', 'docs', 'rules');
  return existsSync(path.join(folder, 'README.md')) ? pathToFileURL(`${folder}${path.sep}`).href : undefined;
}
