import { performance } from 'node:perf_hooks';
import { generateDocument } from '../test/support/generate';
import { ParagraphCache } from '../server/src/lsp/paragraphCache';
import { splitIntoPieces } from '../server/src/lsp/paragraphs';
import { lint } from '../server/src/engine';
const text = generateDocument('markdown', 1_000_000);
const cache = new ParagraphCache();
const request = { languageId: 'markdown', config: {}, key: 'bench', now: new Date() };
cache.lint({ ...request, text }); const d0 = cache.diagnostics(1);
let current = text;
const pieces = splitIntoPieces(text, 'markdown');
const sample = text.slice(pieces[500].start, pieces[500].end);
for (let i = 0; i < 10; i++) {
  const at = 400000 + i * 1000;
  current = current.slice(0, at) + 'e' + current.slice(at);
  let a = performance.now();
  splitIntoPieces(current, 'markdown');
  let b = performance.now();
  cache.lint({ ...request, text: current });
  let c = performance.now();
  const d = cache.diagnostics(i + 2);
  let e = performance.now();
  JSON.stringify(d);
  let f = performance.now();
  lint(sample, {languageId: 'markdown'});
  let g = performance.now();
  console.log(`split ${(b-a).toFixed(1)} steps ${(c-b).toFixed(1)} diag ${(e-c).toFixed(1)} json ${(f-e).toFixed(1)} onePieceLint ${(g-f).toFixed(1)} (${sample.length} chars) pieces ${pieces.length} linted ${cache.lastLinted}`);
}
