import { generateDocument } from '../test/support/generate';
import { ParagraphCache } from '../server/src/lsp/paragraphCache';
const g = (globalThis as any).gc as () => void;
g(); const base = process.memoryUsage().heapUsed;
const caches: ParagraphCache[] = [];
const keep: unknown[] = [];
for (let i = 0; i < 3; i++) {
  const text = generateDocument('markdown', 1_000_000, 100 + i);
  const cache = new ParagraphCache();
  const run = cache.steps({ languageId: 'markdown', config: {}, key: 'k', now: new Date(), text });
  let s = run.next(); while (!s.done) s = run.next();
  caches.push(cache); keep.push(text);
  g(); console.log('after doc', i, ((process.memoryUsage().heapUsed - base) / 1e6).toFixed(1), 'MB heap; rss', (process.memoryUsage().rss/1e6).toFixed(0));
  keep.push(s.value.diagnostics(1));
  g(); console.log('  + diagnostics', ((process.memoryUsage().heapUsed - base) / 1e6).toFixed(1));
}
