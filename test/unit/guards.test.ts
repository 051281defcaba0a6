// The named guards (server/src/engine/guards) and the exclusions phrase entries list
// (server/src/engine/rules/exclusions.ts): every guard's examples, shared or a rule's own, hold
// where they should; every entry's exclusions compile; the window and pattern semantics are exact.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GUARDS, type Guard } from '../../server/src/engine/guards';
import { RULES } from '../../server/src/engine/rules';
import { MatchView, type PhraseEntry } from '../../server/src/engine/rules/rule';
import { admits, compileExclusions } from '../../server/src/engine/rules/exclusions';
import { tokenize } from '../../server/src/engine/text/tokens';

/** "I *never* saw it": the sentence's tokens and a view of the match between the asterisks. */
function view(marked: string): MatchView {
  const parts = marked.split('*');
  assert.equal(parts.length, 3, `one match between two asterisks: ${marked}`);
  const text = parts.join('');
  const from = parts[0].length;
  const to = from + parts[1].length;
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.start >= from);
  let last = first;
  while (last < tokens.length && tokens[last].end <= to) last++;
  assert.ok(first >= 0 && last > first, `the marked words are tokens: ${marked}`);
  return new MatchView(tokens, first, last);
}

function runExamples(name: string, guard: Guard) {
  describe(`guard ${name}`, () => {
    assert.ok(guard.examples.holds.length > 0 && guard.examples.not.length > 0, `${name} shows where it holds and where it does not`);
    for (const sentence of guard.examples.holds) it(`holds: ${sentence}`, () => assert.equal(guard.holds(view(sentence)), true));
    for (const sentence of guard.examples.not) it(`does not hold: ${sentence}`, () => assert.equal(guard.holds(view(sentence)), false));
  });
}

for (const [name, guard] of Object.entries(GUARDS)) runExamples(name, guard);

// A rule's own guards, found through its entries.
const local = new Map<Guard, string>();
for (const rule of RULES) {
  for (const entry of rule.phrases?.entries ?? []) {
    for (const ref of [...(entry.guards ?? []), ...(entry.requires ?? [])]) {
      if (typeof ref !== 'string' && !local.has(ref)) local.set(ref, `${rule.id}: ${ref.description.slice(0, 60)}`);
    }
  }
}
for (const [guard, name] of local) runExamples(name, guard);

describe('shared guards', () => {
  it('each is named by some rule\'s entry: a guard no rule uses belongs with the rule that will', () => {
    const used = new Set<string>();
    for (const rule of RULES) for (const entry of rule.phrases?.entries ?? []) for (const ref of [...(entry.guards ?? []), ...(entry.requires ?? [])]) if (typeof ref === 'string') used.add(ref);
    assert.deepEqual(Object.keys(GUARDS).filter((name) => !used.has(name)), []);
  });
});

describe('exclusions', () => {
  it('every entry of every rule compiles its exclusions', () => {
    for (const rule of RULES) for (const entry of rule.phrases?.entries ?? []) compileExclusions(entry, rule.phrases!.classes);
  });

  it('rejects an unknown guard and an unless with no window', () => {
    assert.throws(() => compileExclusions({ pattern: 'x', flag: [], guards: ['noSuchGuard' as never] }));
    assert.throws(() => compileExclusions({ pattern: 'x', flag: [], unless: [{ pattern: 'y' }] }));
    assert.throws(() => compileExclusions({ pattern: 'x', flag: [], notBefore: { words: ['y'], within: 0 } }));
  });

  const admitted = (entry: PhraseEntry, marked: string) => admits(entry, view(marked), { be: ['is', 'was'] });

  it('notBefore and notAfter compare the adjacent token, punctuation included', () => {
    const entry: PhraseEntry = { pattern: 'great', flag: [], notBefore: ['deal', ':'], notAfter: ['the'] };
    assert.equal(admitted(entry, 'A *great* teacher.'), true);
    assert.equal(admitted(entry, 'A *great* deal.'), false);
    assert.equal(admitted(entry, 'It was *great*: the best.'), false);
    assert.equal(admitted(entry, 'Alexander the *great* came.'), false);
  });

  it('a word window stops at punctuation unless told to look through it', () => {
    const stops: PhraseEntry = { pattern: 'never', flag: [], notBefore: { words: ['our'], within: 4 } };
    assert.equal(admitted(stops, 'It *never* ran on our line.'), false);
    assert.equal(admitted(stops, 'It *never* ran on the old line, our line.'), true);
    assert.equal(admitted(stops, 'It *never* ran, on our line.'), true);
    const through: PhraseEntry = { pattern: 'regarded', flag: [], notAfter: { words: ['was'], within: 2, throughPunctuation: true } };
    assert.equal(admitted(through, 'It was, *regarded* as'), false);
    assert.equal(admitted(through, 'It seemed, *regarded* as'), true);
  });

  it('onlyBefore needs a listed word in its window', () => {
    const entry: PhraseEntry = { pattern: 'everyone', flag: [], onlyBefore: { words: ['knows'], within: 3 } };
    assert.equal(admitted(entry, '*Everyone* in town knows it.'), true);
    assert.equal(admitted(entry, '*Everyone* in the town knows it.'), false);
  });

  it('unless patterns match wholly inside their window, with word classes, and may reach into the match', () => {
    const before: PhraseEntry = { pattern: 'the largest', flag: [], unless: [{ pattern: 'one of', before: 2 }] };
    assert.equal(admitted(before, 'It is one of *the largest* mills.'), false);
    assert.equal(admitted(before, 'One of them is *the largest* mill.'), true);
    const after: PhraseEntry = { pattern: 'rumoured', flag: [], unless: [{ pattern: '@be rumoured to', after: 1, overlap: 2 }] };
    assert.equal(admitted(after, 'He was *rumoured* to leave.'), false);
    assert.equal(admitted(after, 'The *rumoured* deal fell through.'), true);
    const apart: PhraseEntry = { pattern: 'never', flag: [], unless: [{ pattern: 'in my life', after: 5 }] };
    assert.equal(admitted(apart, 'I *never* saw it in my life.'), false);
    assert.equal(admitted(apart, 'I *never* saw it, in my life.'), true);
  });

  it('onlyIf needs one of its patterns, and adjacent ones must touch the match', () => {
    const entry: PhraseEntry = { pattern: 'no_one', flag: [], onlyIf: [{ pattern: 'who|that has|have? @be', after: 3, adjacent: true }] };
    assert.equal(admitted(entry, '*No one* who has was there.'), true);
    assert.equal(admitted(entry, '*No one* who was there.'), true);
    assert.equal(admitted(entry, '*No one* here who was there.'), false);
    const before: PhraseEntry = { pattern: 'largest', flag: [], unless: [{ pattern: 'one of the', before: 3, adjacent: true }] };
    assert.equal(admitted(before, 'It is one of the *largest*.'), false);
    assert.equal(admitted(before, 'One of the two *largest*.'), true);
    const known: PhraseEntry = { pattern: 'it is known', flag: [], unless: [{ pattern: 'known as', after: 1, overlap: 1, adjacent: true }] };
    assert.equal(admitted(known, '*It is known* as the Old Mill.'), false);
    assert.equal(admitted(known, '*It is known* that the mill burned.'), true);
  });

  it('guards cancel, requires allow, and a when runs last', () => {
    const entry: PhraseEntry = { pattern: 'never', flag: [], guards: ['instruction'], requires: ['sentenceStart'], when: (m) => m.wordAfter() !== 'mind' };
    assert.equal(admitted(entry, '*Never* has the river been so high.'), true);
    assert.equal(admitted(entry, '*Never* leave a dog in a car.'), false);
    assert.equal(admitted(entry, 'It *never* rains.'), false);
    assert.equal(admitted(entry, '*Never* mind.'), false);
  });
});
