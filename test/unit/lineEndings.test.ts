// Line breaks: "\n", "\r\n" and a lone "\r" are all line breaks, everywhere lines are counted (the
// ignore directive, the ignore fix, the disable comment, the paragraph cache), and the lines a fix
// inserts end with the document's own line break.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type Finding, type TextEdit } from '../../server/src/engine';
import { LineIndex, lineBreakOf } from '../../server/src/engine/lineIndex';
import { disableRuleEdit } from '../../server/src/lsp/codeActions';
import { ParagraphCache } from '../../server/src/lsp/paragraphCache';
import { splitIntoPieces } from '../../server/src/lsp/paragraphs';

const BREAKS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;
const COMMENTED = ['markdown', 'html', 'latex', 'wikitext'] as const;
const RULE = 'weasel/vague-majority';
const LINES = ['Many believe the dam was sabotaged.', 'Many believe the mill was sabotaged.', 'Many believe the weir was sabotaged.'];

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

/** The lines (0-based) holding a finding of RULE. */
function flaggedLines(text: string, languageId: string): number[] {
  const index = new LineIndex(text);
  return lint(text, { languageId })
    .filter((f) => f.rule === RULE)
    .map((f) => index.positionAt(f.offset).line);
}

describe('LineIndex and lineBreakOf count every convention alike', () => {
  for (const [name, eol] of Object.entries(BREAKS)) {
    it(name, () => {
      const text = LINES.join(eol);
      const index = new LineIndex(text);
      assert.equal(index.lineCount, 3);
      assert.equal(index.lineStart(1), LINES[0].length + eol.length);
      assert.equal(index.lineEnd(1), LINES[0].length + eol.length + LINES[1].length);
      assert.equal(index.lineAt(index.lineStart(2)), 2);
      assert.equal(lineBreakOf(text), eol);
    });
  }
  it('the first line break decides; none means "\\n"', () => {
    assert.equal(lineBreakOf('a\rb\r\nc\n'), '\r');
    assert.equal(lineBreakOf('a\nb\r\n'), '\n');
    assert.equal(lineBreakOf('no break'), '\n');
    assert.equal(lineBreakOf('ends in CR\r'), '\r');
  });
});

for (const [name, eol] of Object.entries(BREAKS)) {
  describe(`${name} line breaks`, () => {
    for (const languageId of COMMENTED) {
      it(`${languageId}: the ignore fix for line 2 silences line 2 only, on a line of its own ending in ${name}`, () => {
        const text = LINES.join(eol) + eol;
        assert.deepEqual(flaggedLines(text, languageId), [0, 1, 2]);
        const index = new LineIndex(text);
        const second = lint(text, { languageId }).find((f: Finding) => f.rule === RULE && index.positionAt(f.offset).line === 1)!;
        const ignore = second.fixes.find((f) => f.kind === 'ignore')!;
        assert.equal(ignore.edits.length, 1);
        assert.equal(ignore.edits[0].offset, index.lineStart(1), 'inserted at the start of line 2');
        assert.ok(ignore.edits[0].newText.endsWith(eol) && !ignore.edits[0].newText.slice(0, -eol.length).match(/[\r\n]/), JSON.stringify(ignore.edits[0].newText));
        const fixed = apply(text, ignore.edits);
        // Line 1 and what was line 3 (now line 4, after the comment's line) keep their findings.
        assert.deepEqual(flaggedLines(fixed, languageId), [0, 3]);
        assert.equal(lineBreakOf(fixed), eol);
      });

      it(`${languageId}: a written ignore-next-line directive silences the next line only`, () => {
        const comment = languageId === 'latex' ? `% whosays-ignore-next-line ${RULE}` : `<!-- whosays-ignore-next-line ${RULE} -->`;
        const text = [LINES[0], comment, LINES[1], LINES[2]].join(eol);
        assert.deepEqual(flaggedLines(text, languageId), [0, 3]);
      });
    }

    it('the disable comment ends with the document\'s line break', () => {
      const text = LINES.join(eol);
      const edit = disableRuleEdit(text, 'markdown', RULE)!;
      assert.equal(edit.newText, `<!-- whosays-disable ${RULE} -->${eol}`);
      assert.deepEqual(flaggedLines(apply(text, [edit]), 'markdown'), []);
    });

    it('the paragraph cache cuts at blank lines and gives exactly lint() of the whole text', () => {
      const text = ['Intro line.', '', `${LINES[0]}${eol}${LINES[1]}`, '', LINES[2], ''].join(eol);
      for (const languageId of ['plaintext', 'markdown']) {
        assert.equal(splitIntoPieces(text, languageId === 'markdown' ? 'markdown' : 'plaintext').length, 3);
        const request = { text, languageId, config: {}, key: 'k', now: new Date(2026, 0, 1) };
        assert.deepEqual(new ParagraphCache().lint(request), lint(text, { languageId, now: request.now }));
      }
    });
  });
}

it('mixed line breaks: the cache\'s pieces, linted alone, still insert the document\'s first line break', () => {
  const text = `${LINES[0]}\r\rIntro.\n\n${LINES[1]}`;
  const request = { text, languageId: 'markdown', config: {}, key: 'k', now: new Date(2026, 0, 1) };
  assert.deepEqual(new ParagraphCache().lint(request), lint(text, { languageId: 'markdown', now: request.now }));
});
