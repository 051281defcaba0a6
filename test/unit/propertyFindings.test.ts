// Regressions for what the property tier (test/hostile/*Properties.test.ts) found, each reduced to
// a small document: the shrunk counterexample, rewritten as a plain case.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type Finding } from '../../server/src/engine';
import { readProse } from '../../server/src/engine/markup/index';

const NOW = new Date(2026, 10, 5);
const markerFixes = (findings: Finding[]) => findings.flatMap((f) => f.fixes.filter((fix) => fix.kind === 'citation-needed' || fix.kind === 'who' || fix.kind === 'by-whom'));

describe('a marker inside a citation span still cites its sentence', () => {
  // The reader kept only outermost citation spans, so a marker nested in link text or <cite> was
  // dropped, and a sentence starting inside the outer span never saw it: the fix was offered again.
  const cases: Array<[string, string]> = [
    ['markdown', '[Several analysts think the levy will fail [citation needed].](https://example.org)'],
    ['markdown', '[> Several analysts[who?] think the levy will fail.](https://example.org)'],
    ['html', '<cite>Several analysts think the levy will fail[citation needed].</cite>'],
    ['html', '<p><a href="https://example.org">Several analysts think the levy will fail [who?].</a></p>'],
  ];
  for (const [languageId, text] of cases) {
    it(`${languageId}: ${text}`, () => {
      assert.deepEqual(lint(text, { languageId, now: NOW }).filter((f) => f.rule === 'weasel/vague-majority'), []);
    });
  }

  it('the same sentence without the marker is still flagged', () => {
    assert.equal(lint('[Several analysts think the levy will fail.](https://example.org)', { languageId: 'markdown', now: NOW }).filter((f) => f.rule === 'weasel/vague-majority').length, 1);
  });
});

describe('a marker fix is not offered right after the same marker', () => {
  // The guard looked only after the insertion point, and a marker inside a wikilink's brackets drew
  // a second one after the full stop. (The reader took the template's pipe for the link's; a brace
  // cannot stand in a page title, so such brackets are now no link and the marker is seen.)
  it('wikitext: the marker before the full stop inside link brackets', () => {
    const text = 'Several analysts think the levy will fail. [[The museum is the oldest in the province{{citation needed|date=November 2026}}.]]';
    const findings = lint(text, { languageId: 'wikitext', now: NOW });
    assert.deepEqual(findings.map((f) => f.rule), ['weasel/vague-majority'], 'the first sentence is flagged, the marked one is not');
    const inserts = markerFixes(findings).flatMap((fix) => fix.edits.filter((e) => e.newText === '{{citation needed|date=November 2026}}'));
    for (const e of inserts) assert.ok(!text.slice(0, e.offset).trimEnd().endsWith('{{citation needed|date=November 2026}}'), `a second marker at ${e.offset}`);
  });
});

describe('wikitext: a template inside link brackets is no link', () => {
  // Found by the fix-all property: Fix All put the marker after a full stop inside unbalanced link
  // brackets, and the reader then took the template's pipe for the link's, hid the sentence and the
  // marker, and offered the fix again.
  it('a marker after the full stop inside link brackets tags its sentence', () => {
    const text = 'Four in five ferries run late.[[[[[[The harbour reportedly has the deepest berth on the coast.{{citation needed|date=November 2026}}]]]]';
    const findings = lint(text, { languageId: 'wikitext', now: NOW });
    assert.deepEqual(markerFixes(findings).map((fix) => fix.title), [], JSON.stringify(findings.map((f) => [f.rule, f.text])));
  });

  it('the words in the brackets stay prose and the template is read as a citation', () => {
    const source = 'Many say the pier [[is the oldest{{citation needed|date=November 2026}}]] in the county.';
    const view = readProse(source, 'wikitext');
    assert.ok(view.text.includes('is the oldest'), JSON.stringify(view.text));
    const marker = source.indexOf('{{');
    assert.ok(view.citations.some((c) => c.start === marker && c.end === source.indexOf('}}') + 2), JSON.stringify(view.citations));
  });
});

describe('LaTeX: directives in comments inside math are read', () => {
  // An ignore fix puts its comment at the start of the finding's line, which may lie inside inline
  // math that runs over a line break; the reader blanked math whole and never saw the comment.
  const cases: Array<[string, string]> = [
    ['inline $', 'The value $x\n% whosays-ignore-next-line weasel\n+ y$ and insiders say the council hid it.'],
    ['\\( \\)', 'The value \\(x\n% whosays-ignore-next-line\n+ y\\) and insiders say the council hid it.'],
    ['$$ $$', '$$x\n% whosays-disable\n$$ Insiders say the council hid it.'],
    ['equation', '\\begin{equation}\nx\n% whosays-disable\n\\end{equation} Insiders say the council hid it.'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      assert.deepEqual(lint(text, { languageId: 'latex', now: NOW }), []);
      assert.notDeepEqual(lint(text.replace(/% whosays-[^\n]*/, '%'), { languageId: 'latex', now: NOW }), [], 'flagged without the directive');
    });
  }
});

describe('wikitext: directives in comments inside templates and refs are read', () => {
  // MediaWiki strips comments before it reads templates; the reader blanked a template whole and
  // never saw a comment in it, so an ignore fix whose line starts inside a template did nothing.
  const cases: Array<[string, string]> = [
    ['template', '{{Infobox\n|a=b\n<!-- whosays-ignore-next-line -->\n|}}Insiders say the council hid it.'],
    ['ref', '<ref>x\n<!-- whosays-disable -->\n</ref> Insiders say the council hid it.'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      assert.deepEqual(lint(text, { languageId: 'wikitext', now: NOW }), []);
      assert.notDeepEqual(lint(text.replace(/whosays-[a-z-]*/, 'note'), { languageId: 'wikitext', now: NOW }), [], 'flagged without the directive');
    });
  }

  it('a comment inside <nowiki> is text, not a directive', () => {
    assert.notDeepEqual(lint('<nowiki><!-- whosays-disable --></nowiki> Insiders say the council hid it.', { languageId: 'wikitext', now: NOW }), []);
  });
});

describe('HTML: directives in comments inside code-like elements are read', () => {
  // The reader blanks <code> and <pre> whole, but an HTML parser reads comments in them (unlike in
  // <script>): an ignore fix whose line starts inside <code> did nothing.
  const text = '<code><div>\n<!-- whosays-ignore-next-line weasel/vague-majority -->\nSeveral analysts think.</div></code>Several analysts think the harbour levy will fail.';
  it('inside <code>', () => {
    assert.deepEqual(lint(text, { languageId: 'html', now: NOW }), []);
    assert.notDeepEqual(lint(text.replace('whosays-ignore-next-line', 'note'), { languageId: 'html', now: NOW }), [], 'flagged without the directive');
  });

  it('a comment inside <script> is not a directive', () => {
    assert.notDeepEqual(lint('<script>\n<!-- whosays-disable -->\n</script><p>Several analysts think the harbour levy will fail.</p>', { languageId: 'html', now: NOW }), []);
  });
});

describe('LaTeX: directives in comments inside a skipped argument are read', () => {
  // An argument blanked whole (\todo{...}) skipped its comments; an ignore fix whose line starts
  // inside one did nothing.
  const text = '\\todo{citation needed\n% whosays-ignore-next-line weasel/vague-majority\n}Several analysts think the harbour levy will fail.';
  it('inside \\todo{}', () => {
    assert.deepEqual(lint(text, { languageId: 'latex', now: NOW }), []);
    assert.notDeepEqual(lint(text.replace('whosays-ignore-next-line', 'note'), { languageId: 'latex', now: NOW }), [], 'flagged without the directive');
  });
});

describe('removing a word at a line start capitalises the next one in a CR-only file too', () => {
  // The look-back for a sentence start knew only LF, so a CR-only file linted whole differed from
  // the same paragraph linted alone by the paragraph cache.
  for (const eol of ['\n', '\r\n', '\r']) {
    it(JSON.stringify(eol), () => {
      const text = `A heading${eol}${eol}  ${eol}Clearly, the timetable was wrong.`;
      const removal = lint(text, { now: NOW }).flatMap((f) => f.fixes).find((fix) => fix.kind === 'remove-word');
      assert.equal(removal?.edits[0].newText, 'T');
    });
  }
});

describe('Markdown: a marker stays a marker next to hidden markup and brackets', () => {
  // A sentence without final punctuation ran into an image the reader hid; the marker went past the
  // sentence's end, after the image's "!", and "![citation needed][...]" became the image's alt
  // text, so the fix was offered again (hostile property, seed 49887896).
  const apply = (text: string, edit: { offset: number; length: number; newText: string }) => text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);
  const cases = [
    'Several analysts think the harbour levy will fail.![![Several analysts think the harbour levy will fail.](x.png)',
    'Several analysts think the harbour levy will fail. [Several analysts think the harbour levy will fail.][x]',
    'Several analysts(x) think the harbour levy will fail.',
  ];
  for (const text of cases) {
    it(text, () => {
      const fixes = markerFixes(lint(text, { languageId: 'markdown', now: NOW }));
      assert.ok(fixes.length > 0, 'a marker is offered');
      for (const fix of fixes) {
        const fixed = apply(text, fix.edits[0]);
        assert.deepEqual(markerFixes(lint(fixed, { languageId: 'markdown', now: NOW })).filter((f) => f.kind === fix.kind), [], `not offered again after: ${fixed}`);
      }
    });
  }

  it('a marker right before "(" or "[" is followed by a space, so it does not become a link', () => {
    const who = (text: string) => markerFixes(lint(text, { languageId: 'markdown', now: NOW })).find((f) => f.kind === 'who')?.edits[0].newText;
    assert.equal(who('Several analysts(x) think the levy will fail.'), '[who?] ');
    assert.equal(who('Several analysts think the levy will fail.'), '[who?]');
  });
});

describe('LaTeX: directives in comments inside \\iffalse are read', () => {
  // A line starting with the \fi that closes \iffalse got its ignore comment inside the skipped
  // stretch, where it did nothing (hostile property, seed 879974927).
  const text = '\\iffalse\n  \n% whosays-ignore-next-line weasel/vague-majority\n\\fi{Several analysts think the harbour levy will fail.';
  it('the ignore comment before the \\fi line silences it', () => {
    assert.deepEqual(lint(text, { languageId: 'latex', now: NOW }), []);
    assert.notDeepEqual(lint(text.replace('whosays-ignore-next-line', 'note'), { languageId: 'latex', now: NOW }), [], 'flagged without the directive');
  });
});

describe('HTML: no ignore fix where its comment would be script text', () => {
  // A line starting with "</script>" got its ignore comment before the closing tag, inside the
  // script, where a comment is no comment; the fix did nothing (hostile property, FC_RUNS=10). The
  // fix is not offered there; the marker fixes still are.
  it('a line that starts inside <script>', () => {
    const text = '<script>\n\n</script><div><div>Several analysts think the harbour levy will fail.';
    const [finding] = lint(text, { languageId: 'html', now: NOW });
    assert.equal(finding?.rule, 'weasel/vague-majority');
    assert.deepEqual(finding.fixes.map((fix) => fix.kind), ['who', 'citation-needed']);
  });

  it('a line that starts after it keeps the fix', () => {
    const text = '<script>\n\n</script>\n<div>Several analysts think the harbour levy will fail.';
    const [finding] = lint(text, { languageId: 'html', now: NOW });
    assert.deepEqual(finding.fixes.map((fix) => fix.kind), ['who', 'citation-needed', 'ignore']);
  });
});

describe('wikitext: a comment inside link brackets is no link target', () => {
  // The reader took "<!--[[File:…" for the link's target and the comment's pipe for the link's, so
  // the commented-out sentences read as the link's label; a marker put there was inside the comment
  // (hostile property, seed -1308692684).
  it('a sentence commented out inside [[ ]] is not flagged', () => {
    const text = '[[<!--[[File:A.jpg|thumb|Several analysts think the harbour levy will fail.]]-->]]';
    assert.deepEqual(lint(text, { languageId: 'wikitext', now: NOW }), []);
  });

  it('the same sentence outside the comment is', () => {
    const text = '[[<!--[[File:A.jpg|thumb|]]-->]] Several analysts think the harbour levy will fail.';
    assert.deepEqual(lint(text, { languageId: 'wikitext', now: NOW }).map((f) => f.rule), ['weasel/vague-majority']);
  });
});

describe('no ignore fix on a line that starts inside a construct its comment would break', () => {
  // Each of these puts the ignore comment where it is no comment (CDATA, a tag, another comment,
  // verbatim text, a code span): the fix did nothing, or closed the comment early (hostile
  // property, seed 166715677 and its relatives). The marker fixes are still offered.
  const cases: Array<[string, string]> = [
    ['html', '<![CDATA[x\n]]>Several analysts think the harbour levy will fail.'],
    ['html', '<!-- a\n-->Several analysts think the harbour levy will fail.'],
    ['html', '<div\nclass="x">Several analysts think the harbour levy will fail.</div>'],
    ['markdown', '<!-- a\n-->Several analysts think the harbour levy will fail.'],
    ['markdown', 'A `code\nspan` and then several analysts think the harbour levy will fail.'],
    ['latex', '\\begin{verbatim}\nx\\end{verbatim} Several analysts think the harbour levy will fail.'],
  ];
  for (const [languageId, text] of cases) {
    it(`${languageId}: ${JSON.stringify(text)}`, () => {
      const findings = lint(text, { languageId, now: NOW });
      assert.equal(findings.length, 1);
      assert.deepEqual(findings[0].fixes.map((fix) => fix.kind), ['who', 'citation-needed']);
    });
  }

  it('a line that starts after the construct keeps it', () => {
    const findings = lint('<!-- a\n-->\nSeveral analysts think the harbour levy will fail.', { languageId: 'html', now: NOW });
    assert.deepEqual(findings[0].fixes.map((fix) => fix.kind), ['who', 'citation-needed', 'ignore']);
  });
});
