import { generateDocument } from '../test/support/generate';
import { lint } from '../server/src/engine';
const f = lint(generateDocument('markdown', 1_000_000, 100), { languageId: 'markdown' });
const stats = new Map<string, { total: number; uniq: Set<string> }>();
const add = (k: string, s: string | undefined) => { if (s === undefined) return; const e = stats.get(k) ?? { total: 0, uniq: new Set() }; e.total += s.length; e.uniq.add(s); stats.set(k, e); };
for (const x of f) {
  add('message', x.message); add('text', x.text); add('why', x.explanation.why); add('guideline', x.explanation.guideline); add('suggestion', x.explanation.suggestion); add('downgraded', x.downgradedBecause);
  for (const fx of x.fixes) { add('fix.title', fx.title); for (const e of fx.edits) add('edit.newText', e.newText); }
  for (const c of x.covers ?? []) { add('cover.message', c.message); add('cover.text', c.text); }
}
console.log(f.length, 'findings', JSON.stringify(f).length / f.length, 'json bytes each');
for (const [k, e] of stats) console.log(k.padEnd(14), 'total', e.total, 'unique', [...e.uniq].reduce((a, s) => a + s.length, 0), 'count uniq', e.uniq.size);
console.log(Object.keys(f[0]));
