// The client's own logic, run in the extension host (its modules import `vscode`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { markerAlreadyAt, markerInsertion } from '../../../client/src/markerPosition';
import { cleanLanguageList, documentSelector, extensionsGlob, lintedExtensions } from '../../../client/src/languages';
import { countFindings, describeCounts } from '../../../client/src/statusBar';
import { rulePage, rulePageName } from '../../../client/src/ruleDocs';
import { RULES } from '../../../client/src/rules';
import { RULE_IDS } from '../../../server/src/engine/ruleIds';
import type { Tdd } from './tdd';

export function defineClientTests({ suite, test }: Tdd): void {
  suite('client logic', () => {
    test('at a sentence end the marker goes where the document puts markers', () => {
      const marker = '[citation needed]';
      const after = { punctuation: 'after', separator: '', wordSeparator: '' } as const;
      const spacedBefore = { punctuation: 'before', separator: ' ', wordSeparator: ' ' } as const;
      assert.deepEqual(markerInsertion('Crime rose 61% last year.', 25, marker, after), { column: 25, text: marker });
      assert.deepEqual(markerInsertion('Crime rose 61% last year.', 25, marker, spacedBefore), { column: 24, text: ` ${marker}` });
      assert.deepEqual(markerInsertion('Really?!', 8, marker, spacedBefore), { column: 6, text: ` ${marker}` });
      assert.deepEqual(markerInsertion('He said "no."', 13, marker, spacedBefore), { column: 11, text: ` ${marker}` });
      // Not at a sentence end: at the cursor, with the separator a word takes.
      assert.deepEqual(markerInsertion('Crime rose 61% last year. More', 30, marker, spacedBefore), { column: 30, text: ` ${marker}` });
      assert.deepEqual(markerInsertion('Crime rose', 5, marker, after), { column: 5, text: marker });
      assert.deepEqual(markerInsertion('...', 3, marker, spacedBefore), { column: 3, text: ` ${marker}` });
      assert.deepEqual(markerInsertion('Wait .', 6, marker, spacedBefore), { column: 6, text: ` ${marker}` });
      assert.deepEqual(markerInsertion('Wait ', 5, marker, spacedBefore), { column: 5, text: marker });
      // A server that sends no placement: before the punctuation, as before 0.2.
      assert.deepEqual(markerInsertion('Crime rose.', 11, marker), { column: 10, text: marker });
    });

    test('a marker already in place is not inserted twice', () => {
      assert.ok(markerAlreadyAt('Crime rose[citation needed].', 10, '[citation needed]'));
      assert.ok(markerAlreadyAt('Crime rose[citation needed].', 27, '[citation needed]'));
      assert.ok(!markerAlreadyAt('Crime rose.', 10, '[citation needed]'));
    });

    test('extra languages are cleaned and the selector covers file, untitled, remote and virtual documents', () => {
      assert.deepEqual(cleanLanguageList(['asciidoc', ' markdown ', '', 3, 'asciidoc', 'restructuredtext']), ['asciidoc', 'restructuredtext']);
      assert.deepEqual(cleanLanguageList('asciidoc'), []);
      assert.deepEqual(documentSelector(['markdown']), [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
        { scheme: 'vscode-remote', language: 'markdown' },
        { scheme: 'vscode-vfs', language: 'markdown' },
        // The project configuration travels too, so unsaved edits to it take effect.
        { scheme: 'file', pattern: '**/.whosays.json' },
        { scheme: 'vscode-remote', pattern: '**/.whosays.json' },
        { scheme: 'vscode-vfs', pattern: '**/.whosays.json' },
      ]);
    });

    test('lint workspace looks for the extensions the server reads', () => {
      const extensions = lintedExtensions(['plaintext', 'markdown', 'latex', 'html', 'wikitext']);
      for (const extension of ['.txt', '.md', '.markdown', '.tex', '.html', '.htm', '.wiki', '.mediawiki']) assert.ok(extensions.includes(extension), extension);
      assert.equal(extensionsGlob(['.md']), '**/*.md');
      assert.equal(extensionsGlob(['.md', '.wiki']), '**/*.{md,wiki}');
    });

    test('findings are counted by severity, other sources ignored', () => {
      const range = new vscode.Range(0, 0, 0, 1);
      const make = (severity: vscode.DiagnosticSeverity, source = 'whosays'): vscode.Diagnostic =>
        Object.assign(new vscode.Diagnostic(range, 'm', severity), { source });
      const counts = countFindings([make(vscode.DiagnosticSeverity.Warning), make(vscode.DiagnosticSeverity.Warning),
        make(vscode.DiagnosticSeverity.Information), make(vscode.DiagnosticSeverity.Error, 'eslint')]);
      assert.deepEqual(counts, { total: 3, errors: 0, warnings: 2, information: 1, hints: 0 });
      assert.equal(describeCounts(counts), 'Who Says: 3 open findings in this document (2 warnings, 1 information)');
    });

    test('the note of whosays.maxProblems gives the total and is not counted as a finding', () => {
      const range = new vscode.Range(0, 0, 0, 1);
      const finding = Object.assign(new vscode.Diagnostic(range, 'm', vscode.DiagnosticSeverity.Warning), { source: 'whosays', code: 'weasel/vague-majority' });
      const note = Object.assign(new vscode.Diagnostic(range, 'Who Says shows 2 of the 9,563 findings', vscode.DiagnosticSeverity.Information), { source: 'whosays', code: 'limit', data: { shown: 2, total: 9563 } });
      const counts = countFindings([finding, finding, note]);
      assert.deepEqual(counts, { total: 2, inAll: 9563, errors: 0, warnings: 2, information: 0, hints: 0 });
      assert.equal(describeCounts(counts), 'Who Says: 9,563 open findings in this document; 2 open findings (2 warnings) shown (setting whosays.maxProblems)');
    });

    test('every rule has a documentation page shipped in the extension', async () => {
      // The client reads the rules from the bundled schema, which npm run generate writes from the engine's list.
      assert.deepEqual(RULES.map((rule) => rule.id), [...RULE_IDS]);
      assert.equal(rulePageName('weasel/vague-majority'), 'vague-majority.md');
      const extension = vscode.extensions.getExtension('whosays.whosays');
      assert.ok(extension, 'the extension is installed');
      for (const rule of RULES) {
        const page = rulePage(extension.extensionUri, rule.id);
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
        assert.ok(text.startsWith(`# \`${rule.id}\``), `${page.toString()} is the page of ${rule.id}`);
      }
    });

  });
}
