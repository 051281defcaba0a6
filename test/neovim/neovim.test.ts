// The bundled server in a real Neovim (Debian's, 0.7.2; scripts/prepareNeovim.mjs installs it):
// test/neovim/driver.lua drives Neovim's own LSP client headless, and this file checks what it
// recorded. Build first (npm run bundle); `npm run test:neovim` does both.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');

interface Record {
  ok: boolean;
  error?: string;
  steps: string[];
  markdown: string[];
  hover: string;
  actions: string[];
  fixed: string;
  after_fix: number;
  typed: string[];
  text: string[];
  plaintex: string[];
  plaintex_col: number;
  allow_title: string;
  allow_answer: { configFile: string; changed: boolean };
  after_allow: number;
}

describe('Neovim, headless, with its own LSP client', () => {
  let workspace: string;
  let record: Record;

  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run "npm run bundle" first`);
    workspace = mkdtempSync(join(tmpdir(), 'whosays-neovim-'));
    writeFileSync(join(workspace, 'article.md'), '# Harbour\n\nSeveral analysts think the harbour levy will fail.\n\nMany believe the bridge was sabotaged.\n');
    writeFileSync(join(workspace, 'notes.txt'), 'Critics say the timetable was wrong.\n');
    writeFileSync(join(workspace, 'paper.tex'), '\\emph{Several analysts think the levy will fail.}\n');
    const result = join(workspace, 'result.json');
    const nvim = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '--noplugin', '-c', `luafile ${join(__dirname, 'driver.lua')}`], {
      env: { ...process.env, WHOSAYS_SERVER: SERVER, WHOSAYS_WORKSPACE: workspace, WHOSAYS_RESULT: result },
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.ok(existsSync(result), `Neovim wrote no record (status ${nvim.status}, ${nvim.error?.message ?? ''}):\n${nvim.stdout}\n${nvim.stderr}`);
    record = JSON.parse(readFileSync(result, 'utf8')) as Record;
    assert.ok(record.ok, `the driver failed after ${record.steps.join(', ')}: ${record.error}`);
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('a Markdown buffer gets its diagnostics, and a hover explains the finding', () => {
    assert.deepEqual(record.markdown, ['weasel/vague-majority', 'weasel/vague-majority']);
    assert.match(record.hover, /Who holds this view|who holds/i);
  });

  it('the [who?] quick fix applies exactly, and the finding goes', () => {
    assert.ok(record.actions.some((title) => title.startsWith('Insert [who?]')), record.actions.join('; '));
    assert.equal(record.fixed, '# Harbour');
    assert.equal(record.after_fix, 1);
  });

  it('a sentence typed into the buffer is linted (incremental changes)', () => {
    assert.deepEqual(record.typed, ['weasel/vague-majority', 'weasel/vague-majority']);
  });

  it('a .txt buffer (filetype "text") and a plain TeX one ("plaintex") are linted', () => {
    assert.deepEqual(record.text, ['weasel/vague-majority']);
    assert.deepEqual(record.plaintex, ['weasel/vague-majority']);
    assert.equal(record.plaintex_col, 6, 'read as TeX: \\emph{ is markup');
  });

  it('"Allow" writes .whosays.json through the server, and the finding goes', () => {
    assert.match(record.allow_title, /^Allow "Critics say" in \.whosays\.json$/);
    assert.equal(record.allow_answer.changed, true);
    assert.deepEqual(JSON.parse(readFileSync(join(workspace, '.whosays.json'), 'utf8')), { allow: ['Critics say'] });
    assert.equal(record.after_allow, 0);
  });
});
