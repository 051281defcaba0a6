// One table-driven test per rule: every table entry's examples flag or stay silent, and the
// preferred fix, applied, clears the finding.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, RULES, type Finding, type TextEdit } from '../../server/src/engine';

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

const NOW = new Date(2026, 10, 25);

for (const rule of RULES) {
  const config = { profile: rule.profiles?.[0] ?? ('default' as const) };
  const ofRule = (text: string): Finding[] => lint(text, { config, now: NOW }).filter((f) => f.rule === rule.id);
  const examples = [
    ...(rule.phrases?.entries ?? []).map((entry) => ({ label: entry.pattern, flag: entry.flag, pass: entry.pass ?? [] })),
    ...(rule.examples ? [{ label: 'detector', ...rule.examples }] : []),
  ];

  describe(rule.id, () => {
    for (const { label, flag, pass } of examples) {
      for (const sentence of flag) {
        it(`flags: ${sentence}  [${label}]`, () => {
          const found = ofRule(sentence);
          assert.ok(found.length > 0, `expected ${rule.id} in: ${sentence}`);
          for (const f of found) {
            assert.equal(f.category, rule.category);
            assert.equal(f.text, sentence.slice(f.offset, f.offset + f.length));
            assert.ok(f.message.length > 10 && f.explanation.why.length > 10 && f.explanation.guideline.length > 3);
          }
        });
        const preferred = () => ofRule(sentence)[0]?.fixes.find((x) => x.preferred && x.kind !== 'ignore');
        if (rule.fixes.length > 0) {
          it(`fixed text clears it: ${sentence}`, () => {
            const fix = preferred();
            assert.ok(fix, `no preferred fix for ${sentence}`);
            const fixed = applyEdits(sentence, fix.edits);
            assert.notEqual(fixed, sentence);
            const first = ofRule(sentence)[0];
            const still = ofRule(fixed).filter((f) => f.offset === first.offset || f.text === first.text);
            // A "said" replacement is a different word, a removal takes the word away; markers clear the sentence.
            assert.deepEqual(still.map((f) => f.text), [], `after "${fix.title}": ${fixed}`);
          });
        }
      }
      for (const sentence of pass) {
        it(`stays silent: ${sentence}  [${label}]`, () => {
          assert.deepEqual(ofRule(sentence).map((f) => f.text), [], `unexpected ${rule.id} in: ${sentence}`);
        });
      }
    }
  });
}

// Exact fixed text for each kind of fix, in each syntax.
const FIXED: Array<{ text: string; languageId: string; rule: string; kind: string; fixed: string }> = [
  { text: 'Many believe the dam was sabotaged.', languageId: 'markdown', rule: 'weasel/vague-majority', kind: 'who', fixed: 'Many[who?] believe the dam was sabotaged.' },
  { text: 'Many believe the dam was sabotaged.', languageId: 'markdown', rule: 'weasel/vague-majority', kind: 'citation-needed', fixed: 'Many believe the dam was sabotaged.[citation needed]' },
  { text: 'The quay opened in 1871 [4]. Many believe the dam was sabotaged.', languageId: 'markdown', rule: 'weasel/vague-majority', kind: 'citation-needed', fixed: 'The quay opened in 1871 [4]. Many believe the dam was sabotaged [citation needed].' },
  { text: 'The quay opened in 1871 [4]. Many believe the dam was sabotaged.', languageId: 'markdown', rule: 'weasel/vague-majority', kind: 'who', fixed: 'The quay opened in 1871 [4]. Many [who?] believe the dam was sabotaged.' },
  { text: 'Many believe the dam was sabotaged.', languageId: 'wikitext', rule: 'weasel/vague-majority', kind: 'citation-needed', fixed: 'Many believe the dam was sabotaged.{{citation needed|date=November 2026}}' },
  { text: 'Many believe the dam was sabotaged.', languageId: 'wikitext', rule: 'weasel/vague-majority', kind: 'who', fixed: 'Many{{who|date=November 2026}} believe the dam was sabotaged.' },
  { text: 'Many believe the dam was sabotaged.', languageId: 'latex', rule: 'weasel/vague-majority', kind: 'citation-needed', fixed: 'Many believe the dam was sabotaged.[citation needed]' },
  {
    text: '\\documentclass{article}\n\\usepackage[colorinlistoftodos]{todonotes}\n\\begin{document}\nThe quay opened in 1871~\\cite{harbour}. Many believe the dam was sabotaged.\n\\end{document}\n',
    languageId: 'latex',
    rule: 'weasel/vague-majority',
    kind: 'citation-needed',
    fixed: '\\documentclass{article}\n\\usepackage[colorinlistoftodos]{todonotes}\n\\begin{document}\nThe quay opened in 1871~\\cite{harbour}. Many believe the dam was sabotaged~\\todo{citation needed}.\n\\end{document}\n',
  },
  { text: 'Some historians have argued that the chapel is older.', languageId: 'markdown', rule: 'weasel/vague-majority', kind: 'who', fixed: 'Some historians[who?] have argued that the chapel is older.' },
  { text: 'Sources say the deal is dead.', languageId: 'markdown', rule: 'weasel/anonymous-source', kind: 'who', fixed: 'Sources[who?] say the deal is dead.' },
  { text: 'People familiar with the talks said a deal was near.', languageId: 'markdown', rule: 'weasel/anonymous-source', kind: 'who', fixed: 'People familiar with the talks[who?] said a deal was near.' },
  { text: 'It is widely believed that the letter was forged.', languageId: 'plaintext', rule: 'weasel/agentless-passive', kind: 'by-whom', fixed: 'It is widely believed[by whom?] that the letter was forged.' },
  { text: 'The ministry claimed the strike was defensive.', languageId: 'plaintext', rule: 'style/loaded-speech-verb', kind: 'said', fixed: 'The ministry said the strike was defensive.' },
  { text: 'She is claiming that the vote was rigged.', languageId: 'plaintext', rule: 'style/loaded-speech-verb', kind: 'said', fixed: 'She is saying that the vote was rigged.' },
  { text: 'Claims that the vote was rigged aside, the mayor admits the count was slow.', languageId: 'plaintext', rule: 'style/loaded-speech-verb', kind: 'said', fixed: 'Claims that the vote was rigged aside, the mayor says the count was slow.' },
  { text: 'Of course, the plan failed.', languageId: 'plaintext', rule: 'style/puffery', kind: 'remove-word', fixed: 'The plan failed.' },
  { text: 'The renowned chef opened a second restaurant.', languageId: 'plaintext', rule: 'style/puffery', kind: 'remove-word', fixed: 'The chef opened a second restaurant.' },
  { text: 'Intro.\n\nMany believe the dam was sabotaged.', languageId: 'markdown', rule: 'weasel/vague-majority', kind: 'ignore', fixed: 'Intro.\n\n<!-- whosays-ignore-next-line weasel/vague-majority -->\nMany believe the dam was sabotaged.' },
  { text: 'Many believe the dam was sabotaged.', languageId: 'latex', rule: 'weasel/vague-majority', kind: 'ignore', fixed: '% whosays-ignore-next-line weasel/vague-majority\nMany believe the dam was sabotaged.' },
];

describe('fixes produce the exact text', () => {
  for (const c of FIXED) {
    it(`${c.kind} in ${c.languageId}: ${c.text}`, () => {
      const finding = lint(c.text, { languageId: c.languageId, now: NOW }).find((f) => f.rule === c.rule);
      assert.ok(finding, `no ${c.rule}`);
      const fix = finding.fixes.find((f) => f.kind === c.kind);
      assert.ok(fix, `no ${c.kind} fix among ${finding.fixes.map((f) => f.kind).join(', ')}`);
      const fixed = applyEdits(c.text, fix.edits);
      assert.equal(fixed, c.fixed);
      if (c.kind !== 'remove-word') assert.equal(lint(fixed, { languageId: c.languageId, now: NOW }).filter((f) => f.rule === c.rule).length, 0, `still flagged: ${fixed}`);
    });
  }
  it('plain text offers no ignore comment: it has no comment syntax', () => {
    const finding = lint('Many believe the dam was sabotaged.', { languageId: 'plaintext' })[0];
    assert.ok(finding);
    assert.equal(finding.fixes.some((f) => f.kind === 'ignore'), false);
  });
  it('never inserts a marker that is already there', () => {
    const findings = lint('Many believe[who?] the dam was sabotaged.', { languageId: 'markdown' });
    assert.deepEqual(findings.filter((f) => f.category === 'weasel'), []);
  });
});
