import { performance } from 'node:perf_hooks';
import { generateDocument } from '../test/support/generate';
import { ParagraphCache as New } from '../server/src/lsp/paragraphCache';
import { ParagraphCache as Old } from '../../../tmp/lsp-before/server/src/lsp/paragraphCache';
const text = generateDocument('markdown', 1_000_000);
const request = { languageId: 'markdown', config: {}, key: 'bench', now: new Date() };
const caches: [string, any][] = [['new', new New()], ['old', new Old()]];
for (const [, c] of caches) { c.lint({ ...request, text }); c.diagnostics(1); }
let current = text;
for (let i = 0; i < 8; i++) {
  const at = 400000 + i * 1000;
  current = current.slice(0, at) + 'e' + current.slice(at);
  const line: string[] = [];
  for (const [name, c] of caches) {
    let a = performance.now(); c.lint({ ...request, text: current }); let b = performance.now(); c.diagnostics(i + 2); let d = performance.now();
    line.push(`${name} steps ${(b-a).toFixed(0)} diag ${(d-b).toFixed(0)}`);
  }
  console.log(line.join(' | '));
}
