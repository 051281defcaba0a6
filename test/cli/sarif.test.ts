// `whosays --format sarif`: the log is judged by Microsoft's SARIF Multitool (with GitHub code
// scanning's rules) and by the SARIF 2.1.0 schema, and checked against the files themselves: every
// region, by lines and columns and by offsets, marks the flagged words; every fix's edit is the
// JSON format's. Runs dist/cli.js: build first.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RULES } from '../../server/src/engine/rules';
import { CLI, ROOT, removeTempDirs, runCli, runJson, tempDir, type JsonReport } from './helpers';
import { multitoolProblems, schemaErrors } from './sarifValidators';

before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`));
after(removeTempDirs);

const BOM = '\uFEFF';
const GOLDEN = path.join(__dirname, 'golden', 'sarif.json');

/** One file per markup, a byte-order mark, a name with a space and accents, a clean file, a span over a line break. */
const FIXTURES: Record<string, string> = {
  'docs/article.md': [
    '# Harbour report',
    '',
    'It is widely believed that the harbour wall was built in 1932.',
    'Some critics say the new ferry is too slow, and the mayor admitted the',
    'timetable was wrong. The project was reportedly over budget.',
    '',
    'Nine in ten residents use the ferry every week.',
    '',
  ].join('\n'),
  'notes/plain.txt': 'Many experts believe the bridge is unsafe.\nSources say the tunnel\r\nleaks, and multiple reports agree.\n',
  'notes/wrapped.txt': 'The report was long, and many\nexperts believe the bridge is unsafe.\nThe mayor claimed\r\nthe cost was low.\n',
  'site/page.html': '<!DOCTYPE html>\n<html><body>\n<p>Studies show that the <em>iconic</em> lighthouse draws visitors &amp; traders.</p>\n</body></html>\n',
  'paper/thesis.tex': '\\section{Findings}\nMany historians believe the canal was dug by hand \\cite{smith}.\nIt is often said that the canal is the longest in Europe.\n',
  'wiki/entry.wiki': "'''Greyport''' is a town. Some people say it is the oldest port in the region.\n",
  'bom.md': `${BOM}Many believe the dam was sabotaged.\nSome say the tunnel leaks.\n`,
  'café/naïve résumé.md': 'Critics argue that the plan was bold.\n',
  'clean.txt': 'The ferry left the quay at nine.\n',
};

// --- the parts of SARIF these tests read -----------------------------------------------------

interface Region {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  charOffset?: number;
  charLength?: number;
  snippet?: { text: string };
}

interface ArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  index?: number;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region: Region } }[];
  partialFingerprints: Record<string, string>;
  fixes?: { description: { text: string }; artifactChanges: { artifactLocation: ArtifactLocation; replacements: { deletedRegion: Region; insertedContent?: { text: string } }[] }[] }[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: string; enabled?: boolean };
  properties: { category: string; tags: string[]; profiles?: string[] };
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; semanticVersion: string; rules: SarifRule[] } };
    originalUriBaseIds?: Record<string, { uri?: string }>;
    artifacts: { location: ArtifactLocation }[];
    results: SarifResult[];
    columnKind: string;
  }[];
}

interface SarifRun {
  log: SarifLog;
  /** Standard output as printed. */
  raw: string;
  status: number | null;
  stderr: string;
}

function runSarif(args: string[], options: { cwd: string; input?: string }): SarifRun {
  const result = runCli(['--format', 'sarif', ...args], options);
  let log: SarifLog;
  try {
    log = JSON.parse(result.stdout) as SarifLog;
  } catch {
    throw new Error(`not JSON (exit ${result.status}): ${result.stdout} ${result.stderr}`);
  }
  return { log, raw: result.stdout, status: result.status, stderr: result.stderr };
}

/** Validates the log of `run` with the multitool (from a file, as it reads them). */
function multitoolOn(raw: string, github: boolean): string[] {
  const file = path.join(tempDir({ 'whosays.sarif': raw }), 'whosays.sarif');
  return multitoolProblems(file, { github });
}

// --- regions against the text ------------------------------------------------------------------

/** Where each line starts; breaks are "\r\n", "\n" and "\r", as the log's newlineSequences say. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** Checks that a region's lines and columns (if any) and its offsets mark the same text, and its snippet is that text. */
function checkRegion(region: Region, text: string, what: string): string {
  assert.ok(region.charOffset !== undefined && region.charLength !== undefined, `${what}: offsets`);
  const start = region.charOffset;
  const end = start + region.charLength;
  assert.ok(end <= text.length, `${what}: inside the text`);
  if (region.startLine !== undefined) {
    const starts = lineStarts(text);
    const at = (line: number, column: number): number => starts[line - 1] + column - 1;
    assert.equal(at(region.startLine, region.startColumn!), start, `${what}: start by line and column`);
    assert.equal(at(region.endLine!, region.endColumn!), end, `${what}: end by line and column`);
  }
  const marked = text.slice(start, end);
  if (region.snippet) assert.equal(region.snippet.text, marked, `${what}: snippet`);
  return marked;
}

/** The file an artifact URI names, resolved against the base the log declares. */
function fileOf(log: SarifLog, location: ArtifactLocation): string {
  const artifact = log.runs[0].artifacts[location.index!].location;
  if (artifact.uri === undefined) throw new Error('an artifact without a URI');
  if (artifact.uriBaseId === undefined) return fileURLToPath(artifact.uri);
  const base = log.runs[0].originalUriBaseIds![artifact.uriBaseId].uri!;
  return fileURLToPath(new URL(artifact.uri, base));
}

/**
 * The whole comparison of a log with the files and with the JSON format's report of the same run:
 * same findings in the same order, regions on the flagged words, fixes' edits the same edits.
 */
function checkAgainstFiles(log: SarifLog, json: JsonReport, dir: string): void {
  const run = log.runs[0];
  assert.equal(run.artifacts.length, json.files.length, 'one artifact per file');
  const byFile = json.files.flatMap((file, index) => file.findings.map((finding) => ({ file, index, finding })));
  assert.equal(run.results.length, byFile.length, 'one result per finding');
  run.results.forEach((result, i) => {
    const { file, index, finding } = byFile[i];
    const what = `${file.path}: result ${i} (${result.ruleId})`;
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.equal(artifactLocation.index, index, `${what}: artifact index`);
    assert.equal(fileOf(log, artifactLocation), path.join(dir, file.path), `${what}: the URI names the file`);
    const raw = readFileSync(path.join(dir, file.path), 'utf8');
    const bom = raw.startsWith(BOM) ? 1 : 0;
    // SARIF's offsets leave the byte-order mark out (§3.30.2); the JSON format's count it.
    const text = raw.slice(bom);
    assert.equal(result.ruleId, finding.rule, what);
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, finding.rule, `${what}: ruleIndex`);
    assert.equal(result.message.text, finding.message, what);
    assert.equal(result.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[finding.severity], what);
    assert.deepEqual([region.startLine, region.startColumn, region.endLine, region.endColumn], [finding.line, finding.column, finding.endLine, finding.endColumn], what);
    assert.equal(region.charOffset, finding.offset - bom, `${what}: charOffset`);
    checkRegion(region, text, what);
    assert.equal(result.fixes?.length ?? 0, finding.fixes.length, `${what}: every fix`);
    result.fixes?.forEach((fix, j) => {
      const expected = finding.fixes[j];
      assert.equal(fix.description.text.replace(/\.$/, ''), expected.title, what);
      assert.equal(fix.artifactChanges.length, 1);
      assert.deepEqual(fix.artifactChanges[0].artifactLocation, artifactLocation, `${what}: the fix changes the same file`);
      const replacements = fix.artifactChanges[0].replacements;
      assert.equal(replacements.length, expected.edits.length);
      replacements.forEach((replacement, k) => {
        const edit = expected.edits[k];
        const fixWhat = `${what}: fix "${expected.title}" edit ${k}`;
        assert.equal(replacement.deletedRegion.charOffset, edit.offset - bom, fixWhat);
        assert.equal(checkRegion(replacement.deletedRegion, text, fixWhat), raw.slice(edit.offset, edit.offset + edit.length), fixWhat);
        assert.equal(replacement.insertedContent?.text ?? '', edit.newText, fixWhat);
      });
    });
  });
}

// -------------------------------------------------------------------------------------------------

describe('a set of files in every markup', () => {
  let dir: string;
  let sarif: SarifRun;
  let json: JsonReport;

  before(() => {
    dir = realpathSync(tempDir(FIXTURES));
    sarif = runSarif(['.'], { cwd: dir });
    json = runJson(['.'], { cwd: dir }).report;
  });

  test('the run: exit status and summary line as with any other format', () => {
    assert.equal(sarif.status, 1, 'warnings fail the run');
    assert.match(sarif.stderr, /^whosays: \d+ problems \(.*\) in 9 files\n$/);
    assert.ok(sarif.raw.endsWith('}\n'));
  });

  test('the SARIF Multitool finds no error or warning, with GitHub code scanning\'s rules too', () => {
    assert.ok(sarif.log.runs[0].results.length >= 10, 'the files have findings');
    assert.deepEqual(multitoolOn(sarif.raw, true), []);
  });

  test('the SARIF 2.1.0 schema accepts the log', () => {
    assert.deepEqual(schemaErrors(sarif.log), []);
  });

  test('the validators reject a log broken on purpose', () => {
    const broken = (): SarifLog => JSON.parse(sarif.raw) as SarifLog;
    // Against the schema: a missing tool name, an unknown level, column 0, a space in a URI.
    const schemaBroken = broken();
    const run = schemaBroken.runs[0];
    delete (run.tool.driver as { name?: string }).name;
    run.results[0].level = 'severe';
    run.results[1].locations[0].physicalLocation.region.startColumn = 0;
    run.artifacts[0].location.uri = 'a b.md';
    const multitool = multitoolOn(JSON.stringify(schemaBroken), true);
    for (const rule of ['JSON1002', 'JSON1019', 'JSON1008']) assert.ok(multitool.some((p) => p.startsWith(`error ${rule}:`)), `${rule} in ${multitool.join('\n')}`);
    const ajv = schemaErrors(schemaBroken);
    for (const at of ['/runs/0/tool/driver', '/runs/0/results/0/level', '/runs/0/results/1/locations/0/physicalLocation/region/startColumn', '/runs/0/artifacts/0/location/uri']) {
      assert.ok(ajv.some((e) => e.startsWith(`${at} `)), `${at} in ${ajv.join('\n')}`);
    }
    // Beyond the schema: an absolute URI with a base id (SARIF1004), a region without lines (GitHub's GH1003).
    const specBroken = broken();
    specBroken.runs[0].artifacts[0].location.uri = 'file:///elsewhere/a.md';
    const region = specBroken.runs[0].results[0].locations[0].physicalLocation.region;
    for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) delete region[key];
    const more = multitoolOn(JSON.stringify(specBroken), true);
    for (const rule of ['SARIF1004', 'GH1003']) assert.ok(more.some((p) => p.startsWith(`error ${rule}:`)), `${rule} in ${more.join('\n')}`);
  });

  test('results, regions and fixes match the files and the JSON report', () => {
    for (const file of Object.keys(FIXTURES).filter((f) => f !== 'clean.txt')) {
      assert.ok(json.files.find((f) => f.path === file)!.findings.length > 0, `${file} has findings`);
    }
    checkAgainstFiles(sarif.log, json, dir);
    // A fix whose edit lies inside the flagged words has lines and columns too: [who?] in a span over a line break.
    const wrapped = sarif.log.runs[0].results.find((r) => r.locations[0].physicalLocation.region.startLine !== r.locations[0].physicalLocation.region.endLine)!;
    assert.ok(wrapped, 'a finding over a line break');
    assert.ok(wrapped.fixes!.some((fix) => fix.artifactChanges[0].replacements[0].deletedRegion.startLine !== undefined));
  });

  test('a file with a byte-order mark: offsets without it, lines and columns as for any file', () => {
    const index = json.files.findIndex((f) => f.path === 'bom.md');
    const results = sarif.log.runs[0].results.filter((r) => r.locations[0].physicalLocation.artifactLocation.index === index);
    assert.equal(results.length, 2);
    const second = FIXTURES['bom.md'].indexOf('Some');
    assert.deepEqual(results.map((r) => r.locations[0].physicalLocation.region.charOffset), [0, second - 1]);
    assert.deepEqual(results.map((r) => r.locations[0].physicalLocation.region.startColumn), [1, 1]);
  });

  test('rules: every rule of the engine in its order, with descriptions, help, a page and a level', () => {
    const rules = sarif.log.runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), RULES.map((r) => r.id));
    const docs = pathToFileURL(path.join(ROOT, 'docs', 'rules') + path.sep).href;
    rules.forEach((rule, i) => {
      const engine = RULES[i];
      assert.equal(rule.fullDescription.text, engine.why);
      assert.ok(rule.shortDescription.text.startsWith(engine.description));
      assert.ok(rule.help.text.includes(engine.guideline), rule.id);
      const page = `${docs}${engine.id.split('/')[1]}.md`;
      assert.equal(rule.helpUri, page);
      assert.ok(existsSync(fileURLToPath(page)), `${page} exists`);
      assert.equal(rule.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[engine.defaultSeverity]);
      assert.equal(rule.defaultConfiguration.enabled, undefined, `${rule.id}: results of a rule a profile switched on are not hidden`);
      assert.deepEqual(rule.properties.profiles, engine.profiles, rule.id);
      assert.deepEqual(rule.properties.tags, ['editorial', engine.category]);
    });
    assert.equal(sarif.log.runs[0].columnKind, 'utf16CodeUnits');
  });

  test('artifacts: every file linted, clean ones too, as relative URIs against the working directory', () => {
    const run = sarif.log.runs[0];
    assert.equal(run.originalUriBaseIds!['%SRCROOT%'].uri, pathToFileURL(dir + path.sep).href);
    assert.deepEqual(run.artifacts.map((a) => a.location.uri), json.files.map((f) => f.path.split('/').map(encodeURIComponent).join('/')));
    assert.ok(run.artifacts.every((a) => a.location.uriBaseId === '%SRCROOT%'));
    assert.ok(run.artifacts.some((a) => a.location.uri === 'caf%C3%A9/na%C3%AFve%20r%C3%A9sum%C3%A9.md'));
  });
});

test('--help names the format; --format sarif is accepted', () => {
  const help = runCli(['--help']).stdout;
  assert.match(help, /^ {2}sarif {2,}SARIF 2\.1\.0 .*$/m);
  assert.match(runCli(['--format', 'xml', 'a.txt']).stderr, /expected .*"sarif"/);
});

test('--docs-base-url points the rule pages elsewhere, in SARIF and in rdjsonl; a bad address is a usage error', () => {
  const dir = tempDir({ 'a.md': 'Many experts believe the bridge is unsafe.\n' });
  const base = 'https://example.org/whosays/docs/rules';
  const sarif = runSarif(['--docs-base-url', base, 'a.md'], { cwd: dir });
  const rules = sarif.log.runs[0].tool.driver.rules;
  assert.deepEqual(rules.map((r) => r.helpUri), RULES.map((r) => `${base}/${r.id.split('/')[1]}.md`));
  assert.deepEqual(schemaErrors(sarif.log), []);
  const rdjsonl = runCli(['--format', 'rdjsonl', '--docs-base-url', `${base}/`, 'a.md'], { cwd: dir }).stdout.trim().split('\n').map((line) => JSON.parse(line) as { code: { url?: string } });
  assert.equal(rdjsonl[0].code.url, `${base}/vague-majority.md`);
  for (const bad of ['docs/rules/', 'javascript:alert(1)', 'https://example.org/rules/?page=1']) {
    const result = runCli(['--format', 'sarif', '--docs-base-url', bad, 'a.md'], { cwd: dir });
    assert.equal(result.status, 2, bad);
    assert.match(result.stderr, /^whosays: invalid value .* for --docs-base-url; /, bad);
    assert.equal(result.stdout, '');
  }
});

describe('inputs that are not relative file names', () => {
  test('standard input: results point at an artifact without a URI; the log is still valid', () => {
    const dir = tempDir();
    const sarif = runSarif(['--stdin-filename', 'piped.md', '-'], { cwd: dir, input: 'Many experts believe the bridge is unsafe.\n' });
    const run = sarif.log.runs[0];
    assert.equal(run.artifacts.length, 1);
    assert.equal(run.artifacts[0].location.uri, undefined);
    assert.equal(run.originalUriBaseIds, undefined, 'no relative names, no base');
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.index, 0);
    assert.deepEqual(schemaErrors(sarif.log), []);
    // GitHub's rules are left out: code scanning cannot place a result that has no file.
    assert.deepEqual(multitoolOn(sarif.raw, false), []);
  });

  test('an absolute name: a file: URI with no base id', () => {
    const dir = realpathSync(tempDir({ 'in dir/a.md': 'Many experts believe the bridge is unsafe.\n' }));
    const file = path.join(dir, 'in dir', 'a.md');
    const run = runSarif([file], { cwd: tempDir() }).log.runs[0];
    assert.deepEqual(run.artifacts[0].location, { uri: pathToFileURL(file).href });
    assert.equal(run.originalUriBaseIds, undefined);
    assert.ok(run.artifacts[0].location.uri!.endsWith('/in%20dir/a.md'));
  });

  test('"./" and doubled slashes name the file as plainly as it can be named', () => {
    const dir = tempDir({ 'docs/a.md': 'Many experts believe the bridge is unsafe.\n' });
    const run = runSarif(['./docs//a.md'], { cwd: dir }).log.runs[0];
    assert.equal(run.artifacts[0].location.uri, 'docs/a.md');
  });
});

describe('fingerprints', () => {
  test('a finding keeps its fingerprint when text is added above it; a second like it gets another', () => {
    const body = 'Many experts believe the bridge is unsafe.\nThe ferry is slow. Many experts believe the bridge is unsafe.\n';
    const dir = tempDir({ 'before.md': body, 'after.md': `# A new heading\n\nA new paragraph about the quay.\n\n${body}` });
    const run = runSarif(['before.md', 'after.md'], { cwd: dir }).log.runs[0];
    const prints = (index: number): string[] =>
      run.results.filter((r) => r.locations[0].physicalLocation.artifactLocation.index === index).map((r) => r.partialFingerprints['whosaysFinding/v1']);
    const [before, after] = [prints(0), prints(1)];
    assert.ok(before.length >= 2);
    assert.deepEqual(after, before);
    assert.equal(new Set(before).size, before.length, 'identical findings in one file are told apart');
  });
});

describe('golden output', () => {
  const files = {
    'report.md': '# Quay works\n\nIt is widely believed that the quay was rebuilt in 1951.\nSome critics say it leaks, and the engineer admitted the\nplans were late. Nine in ten boats moor there.\n',
    'notes/tunnel.txt': `${BOM}Sources say the tunnel leaks.\r\nThe tunnel is reportedly closed.\r\n`,
  };

  test(`matches ${path.relative(ROOT, GOLDEN)} (UPDATE_GOLDEN=1 rewrites it)`, () => {
    const dir = realpathSync(tempDir(files));
    const { raw } = runSarif(['report.md', 'notes/tunnel.txt'], { cwd: dir });
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    // What differs from one checkout or release to the next: the folders and the version.
    const normalized = raw
      .replaceAll(JSON.stringify(pathToFileURL(dir + path.sep).href), '"<working directory>/"')
      .replaceAll(pathToFileURL(path.join(ROOT, 'docs', 'rules') + path.sep).href, '<docs>/')
      .replaceAll(`"version":${JSON.stringify(version)}`, '"version":"<version>"')
      .replaceAll(`"semanticVersion":${JSON.stringify(version)}`, '"semanticVersion":"<version>"');
    const pretty = `${JSON.stringify(JSON.parse(normalized), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(path.dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, pretty);
    }
    assert.ok(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 once`);
    assert.equal(pretty, readFileSync(GOLDEN, 'utf8'));
    assert.ok(!pretty.includes(dir) && !pretty.includes(ROOT), 'no absolute path is left');
  });
});

describe('hostile names and text', () => {
  const names = [
    'it\'s "quoted" <a&b>.md',
    '100% #1 ?.txt',
    'new\nline.txt',
    'a:b.md',
    'back\\slash.md',
    'ünïcödé 😀/naïve.txt',
  ];
  const text = '😀😀 Many experts believe the "bridge" <b>&amp; 50% is unsafe.\nSources say\nthe tunnel & the quay leak.\n';

  test('the log is JSON, valid for the multitool and the schema, and its URIs decode to the real names', () => {
    const dir = realpathSync(tempDir(Object.fromEntries(names.map((n) => [n, text]))));
    const sarif = runSarif(['.'], { cwd: dir });
    const json = runJson(['.'], { cwd: dir }).report;
    assert.deepEqual(json.files.map((f) => f.path).sort(), [...names].sort());
    assert.deepEqual(schemaErrors(sarif.log), []);
    assert.deepEqual(multitoolOn(sarif.raw, true), []);
    const run = sarif.log.runs[0];
    run.artifacts.forEach((artifact, i) => {
      const name = json.files[i].path;
      assert.equal(decodeURIComponent(artifact.location.uri!), name);
      assert.ok(!/[\s"<>#?\\]|[^\x20-\x7e]/.test(artifact.location.uri!), `${artifact.location.uri} is percent-encoded`);
    });
    assert.ok(run.artifacts.some((a) => a.location.uri === 'a%3Ab.md'), 'a colon in the first segment is no scheme');
    checkAgainstFiles(sarif.log, json, dir);
    // Columns count UTF-16 code units: two emoji are four.
    assert.ok(run.results.some((r) => r.locations[0].physicalLocation.region.startColumn === 6));
  });
});
