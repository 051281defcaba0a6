// End-to-end: where the quick fixes and "Insert [citation needed] at Cursor" put markers, in a real
// VS Code (code-server + Chromium). In each markup a writer picks the fix from the Ctrl+. menu and
// the line then reads as the document's own convention says (its references and markers, before or
// after the final punctuation, with or without a space), or, with nothing to copy, as Wikipedia
// places them (right after the punctuation, no space). LaTeX gets `\todo` only where the preamble
// loads todonotes. "Insert [citation needed] at Cursor" and "Fix All in File" place markers the
// same way. A `.whosays.json` "markerPlacement" overrides the document.
//
//   node --import tsx --test test/e2e/markers.test.ts
//
// The documents are test/e2e/markers/*, copied into the session's workspace.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { lineContaining, squigglesOn, type EditorState, squiggleFor } from './support/editorDom';
import { type EditorSession, ROOT, e2eTest } from './support/session';
import { openEditor } from './support/setup';
import { Workbench } from './support/workbench';

const DOCUMENTS = join(ROOT, 'test', 'e2e', 'markers');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let session: EditorSession;
let bench: Workbench;

/** A test whose failure leaves a screenshot and the logs in test-results/e2e/<name>/. */
const e2e = e2eTest(() => session);

/**
 * Opens `file`, waits for the squiggle on `words` in `sentence`, picks the quick fix whose title
 * starts with `title`, and waits until that line reads `fixed` with no squiggle left on it.
 * Returns the titles the menu offered.
 */
async function applyFix(file: string, sentence: string, words: string, title: string, fixed: string): Promise<string[]> {
  const state = await bench.waitForEditor(`a squiggle on "${words}" in ${file}`, (s) => {
    const line = s.activeTab === file ? lineContaining(s, sentence) : undefined;
    return line !== undefined && squigglesOn(s, line.line).some((q) => q.text === words);
  }, 60_000);
  const squiggle = squiggleFor(state, sentence, words);
  const titles = await bench.quickFix(squiggle, title);
  await bench.waitForEditor(`line ${squiggle.line} to read "${fixed}" with no squiggle`, (s) => {
    const line = s.lines.find((l) => l.line === squiggle.line);
    return line?.text === fixed && squigglesOn(s, squiggle.line).length === 0;
  });
  return titles;
}

describe('marker placement in a real VS Code (code-server + Chromium)', () => {
  before(async () => {
    ({ session, bench } = await openEditor('markers', Object.fromEntries(readdirSync(DOCUMENTS).map((name) => [name, join(DOCUMENTS, name)]))));
  }, { timeout: 12 * 60_000 });

  after(async () => {
    await session?.close();
  });

  e2e('Markdown that writes "light [citation needed]." gets its markers the same way, [who?] too', async () => {
    await bench.openFile('harbour.md', 60_000);
    await applyFix('harbour.md', 'Visitor numbers have doubled', 'doubled', 'Insert [citation needed]',
      'Visitor numbers have doubled since the new path opened [citation needed].');
    await applyFix('harbour.md', 'Critics say the path', 'Critics say', 'Insert [who?]',
      'Critics [who?] say the path spoils the headland.');
  }, 240_000); // the first file opened waits for the extension host, the extension and its server

  e2e('"Insert [citation needed] at Cursor" places the marker as the quick fix does', async () => {
    const sentence = 'The keepers left the rock in 1931.';
    const state = await bench.waitForEditor('harbour.md', (s) => s.activeTab === 'harbour.md' && lineContaining(s, sentence) !== undefined);
    const line = lineContaining(state, sentence)!;
    await session.page.mouse.click(line.endX + 30, line.y); // past the end of the line: the cursor goes to its end
    await session.page.keyboard.press('End');
    await bench.runCommand('Who Says: Insert [citation needed] at Cursor');
    const fixed = 'The keepers left the rock in 1931 [citation needed].';
    await bench.waitForEditor(`line ${line.line} to read "${fixed}"`, (s) => s.lines.find((l) => l.line === line.line)?.text === fixed);
  });

  e2e('"Fix All in File" places every marker as the document does: "(Hale 1990)." before the full stop', async () => {
    await bench.openFile('tides.md');
    await bench.waitForEditor('tides.md with its two squiggles', (s) => s.activeTab === 'tides.md'
      && s.squiggles.some((q) => q.text === 'doubled') && s.squiggles.some((q) => q.text === 'Some sailors say'));
    await bench.runCommand('Who Says: Fix All in File');
    const expected = ['Sales of the printed tables have doubled since 2010 [citation needed].', 'Some sailors [who?] say the phone app is less reliable.'];
    await bench.waitForEditor(`the lines to read ${JSON.stringify(expected)} with no squiggle`,
      (s) => expected.every((text) => s.lines.some((l) => l.text === text)) && s.squiggles.length === 0);
  });

  e2e('wikitext that tags after the full stop gets {{citation needed}} after the full stop', async () => {
    await bench.openFile('pier.wiki');
    const now = new Date();
    const marker = `{{citation needed|date=${MONTHS[now.getMonth()]} ${now.getFullYear()}}}`;
    const titles = await applyFix('pier.wiki', 'Visitor numbers have doubled', 'doubled', 'Insert {{citation needed',
      `Visitor numbers have doubled since the new kiosk opened.${marker}`);
    assert.ok(titles.includes(`Insert ${marker}`), `menu: ${JSON.stringify(titles)}`);
  });

  e2e('LaTeX without todonotes gets a marker that compiles, after the full stop (nothing to copy)', async () => {
    await bench.openFile('canal.tex');
    const titles = await applyFix('canal.tex', 'Freight on the canal', 'doubled', 'Insert [citation needed]',
      'Freight on the canal has doubled since the new lock opened.[citation needed]');
    assert.ok(!titles.some((title) => title.includes('\\todo')), `no \\todo without todonotes: ${JSON.stringify(titles)}`);
  });

  e2e('LaTeX that loads todonotes and writes "1820~\\cite{county}." gets "~\\todo{citation needed}." the same way', async () => {
    await bench.openFile('mill.tex');
    await applyFix('mill.tex', 'Output at the mill', 'doubled', 'Insert \\todo{citation needed}',
      'Output at the mill has doubled since the new wheel was fitted~\\todo{citation needed}.');
  });

  e2e('plain text with no references gets Wikipedia\u2019s placement: right after the full stop', async () => {
    await bench.openFile('ferry.txt');
    await applyFix('ferry.txt', 'Ticket sales have doubled', 'doubled', 'Insert [citation needed]',
      'Ticket sales have doubled since the spring.[citation needed]');
  });

  e2e('"markerPlacement" in .whosays.json overrides the document', async () => {
    const has = (s: EditorState, words: string) => s.squiggles.some((q) => q.text === words);
    await bench.waitForEditor('ferry.txt with "Many believe" underlined', (s) => s.activeTab === 'ferry.txt' && has(s, 'Many believe'));
    // The same file turns a rule off: its squiggle going is the sign that the server read the file.
    session.writeWorkspaceFile('.whosays.json', '{ "markerPlacement": { "plaintext": "beforePunctuation" }, "rules": { "weasel/vague-majority": "off" } }\n');
    await bench.waitForEditor('the "Many believe" squiggle to go (the new .whosays.json is read)', (s) => !has(s, 'Many believe') && has(s, 'tripled'));
    // Through Fix All rather than the Ctrl+. menu: right after a settings change the menu has now and
    // then not opened (cause not found; the other tests cover the menu), and what this test checks
    // is where the override puts the marker.
    await bench.runCommand('Who Says: Fix All in File');
    const fixed = 'Fares on the late boat have tripled since May[citation needed].';
    await bench.waitForEditor(`the line to read "${fixed}" with no squiggle on "tripled"`,
      (s) => s.lines.some((l) => l.text === fixed) && !has(s, 'tripled'));
  });
});
