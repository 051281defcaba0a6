// Rewrites the parts of the repository that list the rules from RULES (server/src/engine/rules):
// see scripts/ruleDocs.ts. `npm run generate`; `npm run bundle` runs it first. Files are written only
// when their text changes; commit what it writes.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED } from './ruleDocs';

const root = join(__dirname, '..');
const written: string[] = [];
for (const { path, generate } of GENERATED) {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  const after = generate(before);
  if (after !== before) {
    writeFileSync(file, after);
    written.push(path);
  }
}
if (written.length > 0) console.log(`generated ${written.join(', ')} from the rule list: commit the changes`);
