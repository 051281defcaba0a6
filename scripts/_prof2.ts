import { generateDocument } from '../test/support/generate';
import { ParagraphCache } from '../server/src/lsp/paragraphCache';
const text = generateDocument('markdown', 1_000_000);
const cache = new ParagraphCache();
const request = { languageId: 'markdown', config: {}, key: 'bench', now: new Date() };
const run = (t: string) => { const r = cache.steps({ ...request, text: t }); let s = r.next(); while (!s.done) s = r.next(); return s.value; };
run(text);
let current = text;
for (let i = 0; i < 40; i++) {
  const at = 300000 + i * 5000;
  current = current.slice(0, at) + 'e' + current.slice(at);
  JSON.stringify(run(current).diagnostics(i + 2));
}
