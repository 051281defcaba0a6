// Hostile text in the CI output formats: file names and messages with quotes, line breaks, `<`,
// `&`, `%`, `,`, `:`, `]]>`, control characters and non-ASCII text are read back exactly (or, where
// XML 1.0 cannot hold a character at all, as U+FFFD), by parsing each format as its reader would.
// The command runs on real files with such names; the formats are also rendered directly with
// messages no rule writes. Runs dist/cli.js: `npm run bundle` first.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { lint } from '../../server/src/engine/lint';
import { formatById } from '../../server/src/output/formats';
import { fileResult, type FileResult } from '../../server/src/output/results';
import { CLI, removeTempDirs, runCli, runJson, tempDir } from './helpers';
import { childElements, parseXml, textOf, type XmlElement } from './xmlCheck';

const NAMES = [
  'say "what" & <who>.md',
  "it's 100% a,b:c ]]> done.txt",
  'café/naïve résumé 🚢.md',
  'line\nbreak\rand\ttab.txt',
  '%0A%25 escaped-looking.txt',
];
/** A vague majority and a figure, whose message quotes "40%". */
const TEXT = 'Many experts believe the bridge is unsafe.\n\nRents rose 40% in a year.\n';
/** Everything a message could hold; U+0001 is the one character XML cannot carry. */
const HOSTILE_MESSAGE = 'He said "no" & <b>\'yes\'</b>\r\nthen 100%, a:b ]]> %0A%25 ::warning::x\ttab café 🚢 \u2028 \u0001 end';

const GITHUB_ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' };

/** The runner's reading of a workflow command line: command, properties and message, unescaped. */
function parseGithubCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/s.exec(line);
  assert.ok(m, `not a workflow command: ${JSON.stringify(line)}`);
  assert.ok(!/[\r\n]/.test(line));
  const unescape = (s: string): string => s.replace(/%(25|0D|0A|3A|2C)/g, (e) => GITHUB_ESCAPES[e]);
  const properties: Record<string, string> = {};
  for (const pair of m[2].split(',')) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: m[1], properties, message: unescape(m[3]) };
}

function render(formatId: string, files: FileResult[]): string {
  return [...formatById(formatId)!.render(files, { version: '0.0.0', color: false })].join('');
}

/** Results of real findings in a file with a hostile name, their messages made hostile. */
function hostileResults(): FileResult[] {
  return NAMES.map((name, i) => {
    const result = fileResult(name, TEXT, i === 0, lint(TEXT));
    assert.ok(result.findings.length > 0);
    return { ...result, findings: result.findings.map((f) => ({ ...f, message: HOSTILE_MESSAGE })) };
  });
}

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run bundle" first`);
});
after(removeTempDirs);

describe('the XML check rejects what XML rejects', () => {
  for (const [what, xml] of [
    ['a bare &', '<a>x & y</a>'],
    ['< in an attribute', '<a b="<"/>'],
    [']]> in text', '<a>x ]]> y</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a reference to one', '<a>&#1;</a>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
  ]) {
    test(what, () => assert.throws(() => parseXml(xml)));
  }

  test('values come back as a parser reports them', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a b="x\ny&#10;z&#13;&quot;" c=\'&apos;\'>1 &lt; 2\r\n&#13;</a>\n');
    assert.deepEqual(root.attributes, { b: 'x y\nz\r"', c: "'" });
    assert.equal(textOf(root), '1 < 2\n\r');
  });
});

describe('hostile file names through the command', () => {
  function lintAll(format: string, dir: string): { stdout: string; status: number | null } {
    const result = runCli(['--format', format, '--no-config', ...NAMES], { cwd: dir });
    assert.match(result.stderr, /^whosays: \d+ problems \(.*\) in 5 files\n$/);
    return result;
  }

  test('every format names each file exactly as given, and quotes "40%" exactly', () => {
    const dir = tempDir(Object.fromEntries(NAMES.map((n) => [n, TEXT])));
    const { report } = runJson(['--no-config', ...NAMES], { cwd: dir });
    assert.deepEqual(report.files.map((f) => f.path), NAMES);
    const expected = report.files.flatMap((f) => f.findings.map((x) => ({ path: f.path, message: x.message })));
    assert.ok(expected.some((e) => e.message.includes('"40%"')), 'a message quotes the figure');

    const github = lintAll('github', dir).stdout.trimEnd().split('\n').map(parseGithubCommand);
    assert.deepEqual(github.map((c) => ({ path: c.properties.file, message: c.message })), expected);

    const rdjsonl = lintAll('rdjsonl', dir).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { message: string; location: { path: string } });
    assert.deepEqual(rdjsonl.map((d) => ({ path: d.location.path, message: d.message })), expected);

    const checkstyle = parseXml(lintAll('checkstyle', dir).stdout);
    assert.deepEqual(
      childElements(checkstyle, 'file').flatMap((file) => childElements(file, 'error').map((e) => ({ path: file.attributes.name, message: e.attributes.message }))),
      expected,
    );

    const junit = parseXml(lintAll('junit', dir).stdout);
    assert.deepEqual(childElements(junit, 'testsuite').map((s) => s.attributes.name), NAMES);
    const cases = childElements(junit, 'testsuite').flatMap((s) => childElements(s, 'testcase'));
    assert.deepEqual(cases.map((c) => ({ path: c.attributes.file, message: messageOfCase(c) })), expected);
  });
});

/** The message of a junit test case: its failure's, or the first line of its note. */
function messageOfCase(testCase: XmlElement): string {
  const failure = childElements(testCase, 'failure')[0];
  if (failure) return failure.attributes.message;
  const note = textOf(childElements(testCase, 'system-out')[0]);
  return /: (?:information|hint): (.*) \([^()]*\)\n/.exec(note)![1];
}

describe('hostile messages rendered by each format', () => {
  const files = hostileResults();
  const expected = files.flatMap((f) => f.findings.map(() => ({ path: f.path, message: HOSTILE_MESSAGE })));
  /** What XML can carry of a text: U+0001 becomes U+FFFD. */
  const inXml = (s: string): string => s.replace('\u0001', '\ufffd');

  test('github: one command a line; the runner gets the path, title and message back', () => {
    const out = render('github', files);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, expected.length, 'a line break in a message does not start a new command');
    const commands = lines.map(parseGithubCommand);
    assert.deepEqual(commands.map((c) => ({ path: c.properties.file, message: c.message })), expected);
    assert.ok(commands.every((c) => c.properties.title.startsWith('Who Says: ')));
  });

  test('rdjsonl: one JSON object a line, path and message exact', () => {
    const lines = render('rdjsonl', files).trimEnd().split('\n');
    assert.equal(lines.length, expected.length);
    const parsed = lines.map((l) => JSON.parse(l) as { message: string; location: { path: string } });
    assert.deepEqual(parsed.map((d) => ({ path: d.location.path, message: d.message })), expected);
  });

  test('checkstyle: well-formed; path and message exact but for the character XML cannot hold', () => {
    const root = parseXml(render('checkstyle', files));
    const got = childElements(root, 'file').flatMap((file) => childElements(file, 'error').map((e) => ({ path: file.attributes.name, message: e.attributes.message })));
    assert.deepEqual(got, expected.map((e) => ({ path: inXml(e.path), message: inXml(e.message) })));
  });

  test('junit: well-formed; path, message and the failure text exact but for the character XML cannot hold', () => {
    const root = parseXml(render('junit', files));
    const cases = childElements(root, 'testsuite').flatMap((s) => childElements(s, 'testcase'));
    const failures = cases.map((c) => childElements(c, 'failure')[0]);
    assert.ok(failures.every((f) => f !== undefined), 'the lint findings here are warnings');
    assert.deepEqual(cases.map((c, i) => ({ path: c.attributes.classname, message: failures[i].attributes.message })),
      expected.map((e) => ({ path: inXml(e.path), message: inXml(e.message) })));
    for (const [i, failure] of failures.entries()) {
      const { path, message } = expected[i];
      assert.ok(textOf(failure).startsWith(inXml(`${path}:`)), textOf(failure));
      assert.ok(textOf(failure).includes(inXml(message)), 'the message, CR LF and all, is in the failure text');
    }
  });

  test('the formats of a file named with every XML-forbidden character still parse', () => {
    const name = 'bad\u0000\u0008\u000b\u001f\ufffe\ud800name.txt';
    const result: FileResult[] = [{ ...hostileResults()[1], path: name }];
    for (const format of ['checkstyle', 'junit']) {
      const root = parseXml(render(format, result));
      const first = childElements(root, format === 'checkstyle' ? 'file' : 'testsuite')[0];
      assert.equal(first.attributes.name, 'bad\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdname.txt', format);
    }
  });
});
