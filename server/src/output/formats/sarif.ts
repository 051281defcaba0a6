// SARIF 2.1.0 (the OASIS Static Analysis Results Interchange Format): one log, one run, for code
// scanning services (GitHub's among them) and SARIF viewers.
//
// - The driver lists every rule of the engine, in RULES order, so that `ruleIndex` is stable.
// - Paths as the command shows them: relative names are relative URI references against
//   `%SRCROOT%`, the working directory (sarifUri.ts); absolute names are file: URIs; standard
//   input has no URI, only its entry in `artifacts`.
// - Regions: lines and columns as the other formats give them, columns in UTF-16 code units
//   (`columnKind` says so, though it is SARIF's default). `charOffset`/`charLength` count UTF-16
//   code units too, and, unlike the JSON format's offsets, never a byte-order mark: SARIF says a
//   region's text properties do not depend on whether the artifact has one (§3.30.2). Line breaks
//   are "\r\n", "\n" and a lone "\r" (`newlineSequences`), as the engine counts them.
// - Fixes: every fix of a finding, each one a SARIF fix. A fix's edits are regions by
//   `charOffset`/`charLength`; line and columns are added where they can be known without the
//   text, that is for an edit inside the flagged words (a results file does not keep the text).

import { ruleDocumentation } from '../../engine/ruleIds';
import { RULES } from '../../engine/rules';
import type { Rule } from '../../engine/rules/rule';
import type { Fix, Severity, TextEdit } from '../../engine/types';
import type { FileResult, ResultFinding } from '../results';
import type { OutputFormat, RunInfo } from './format';
import { artifactUri, isWindowsUrl, SRCROOT, type ArtifactUri } from './sarifUri';

/** The schema of SARIF 2.1.0 with its errata, by the identifier OASIS gives it. */
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** How the command names standard input (STDIN_NAME of node/cliLint.ts, which a pure module cannot import). */
const STDIN_NAME = '<stdin>';
/** The key of the results' own fingerprint (GitHub's upload adds `primaryLocationLineHash` beside it). */
const FINGERPRINT = 'whosaysFinding/v1';

type Level = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** "weasel/vague-majority" → "vague-majority". */
function shortName(ruleId: string): string {
  return ruleId.slice(ruleId.indexOf('/') + 1);
}

/** "vague-majority" → "VagueMajority": SARIF's rule names are identifiers. */
function pascalName(ruleId: string): string {
  return shortName(ruleId).replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Descriptions are phrases; SARIF's plain-text messages are sentences. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function ruleDescriptor(rule: Rule, docsBaseUrl: string | undefined): object {
  const helpUri = ruleDocumentation(rule.id, docsBaseUrl);
  return {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: sentence(rule.description) },
    fullDescription: { text: rule.why },
    ...(helpUri ? { helpUri } : {}),
    help: { text: `${sentence(rule.description)} ${rule.why} Guideline: ${sentence(rule.guideline)}` },
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: {
      category: rule.category,
      tags: ['editorial', rule.category],
      // A rule only some profiles switch on (the hedge) says which. Not `enabled: false`: a viewer
      // could hide the results of a run whose profile switched the rule on.
      ...(rule.profiles ? { profiles: [...rule.profiles] } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------

interface Artifact {
  location: ArtifactUri | undefined;
}

/** The artifactLocation of a file: its URI and its index in `artifacts`; standard input by index alone. */
function artifactLocation(artifact: Artifact, index: number): object {
  return artifact.location ? { ...artifact.location, index } : { index };
}

/**
 * A region given by the finding's own line and columns where the edit lies inside the flagged
 * words (whose text is kept), by offsets alone elsewhere.
 */
function editRegion(edit: TextEdit, finding: ResultFinding): object {
  const byOffset = { charOffset: edit.offset, charLength: edit.length };
  const from = edit.offset - finding.offset;
  const to = from + edit.length;
  if (from < 0 || to > finding.text.length) return byOffset;
  const start = advance(finding, from);
  const end = advance(finding, to);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, ...byOffset };
}

/** Line and column `count` code units into the flagged words. */
function advance(finding: ResultFinding, count: number): { line: number; column: number } {
  let line = finding.line;
  let column = finding.column;
  const text = finding.text;
  for (let i = 0; i < count; i++) {
    const c = text.charCodeAt(i);
    // "\r\n" is one line break: the "\r" ends the line unless a "\n" follows.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      column = 1;
    } else if (c !== 13) {
      column++;
    }
  }
  return { line, column };
}

function sarifFix(fix: Fix, finding: ResultFinding, location: object): object {
  return {
    description: { text: sentence(fix.title) },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((edit) => ({
          deletedRegion: editRegion(edit, finding),
          ...(edit.newText === '' ? {} : { insertedContent: { text: edit.newText } }),
        })),
      },
    ],
    properties: { kind: fix.kind, ...(fix.preferred ? { preferred: true } : {}) },
  };
}

/** What tells findings apart for the fingerprint: the rule and the flagged words, spacing folded (rewrapping a paragraph keeps it). */
function findingKey(finding: ResultFinding): string {
  return `${finding.rule}\u0000${finding.text.replace(/\s+/g, ' ')}`;
}

/**
 * A fingerprint that survives edits elsewhere in the file: the finding's key and which occurrence
 * of that key in the file this is. 64 bits from two 32-bit hashes of the FNV-1a kind (the second
 * with its own seed and multiplier); no Node crypto, so that the format stays pure.
 */
function fingerprint(key: string, occurrence: number): string {
  const text = `${key}\u0000${occurrence}`;
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

const RULE_INDEX = new Map<string, number>(RULES.map((rule, index) => [rule.id, index]));

function sarifResult(finding: ResultFinding, location: object, fingerprintValue: string): object {
  const ruleIndex = RULE_INDEX.get(finding.rule);
  return {
    ruleId: finding.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
            charOffset: finding.offset,
            charLength: finding.length,
            snippet: { text: finding.text },
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT]: fingerprintValue },
    ...(finding.fixes.length > 0 ? { fixes: finding.fixes.map((fix) => sarifFix(fix, finding, location)) } : {}),
    properties: {
      category: finding.category,
      ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
    },
  };
}

/** The log piece by piece: the run's head, one result at a time, then the artifacts. */
function* render(files: readonly FileResult[], run: RunInfo): Generator<string> {
  const windows = isWindowsUrl(run.workingDirectoryUrl);
  const artifacts: Artifact[] = files.map((file) => ({ location: file.path === STDIN_NAME ? undefined : artifactUri(file.path, windows) }));
  const driver = {
    name: 'whosays',
    fullName: 'Who Says',
    version: run.version,
    semanticVersion: run.version,
    ...(run.docsBaseUrl ? { informationUri: `${run.docsBaseUrl}README.md` } : {}),
    rules: RULES.map((rule) => ruleDescriptor(rule, run.docsBaseUrl)),
  };
  const srcroot = {
    ...(run.workingDirectoryUrl ? { uri: run.workingDirectoryUrl } : {}),
    description: { text: 'The folder the command ran in: relative file names are relative to it.' },
  };
  const head = {
    tool: { driver },
    ...(artifacts.some((a) => a.location?.uriBaseId) ? { originalUriBaseIds: { [SRCROOT]: srcroot } } : {}),
    columnKind: 'utf16CodeUnits',
    newlineSequences: ['\r\n', '\n', '\r'],
    defaultEncoding: 'utf-8',
  };
  // The run object's fields, then "results" held open: JSON.stringify of the head without its "}".
  yield `{"$schema":${JSON.stringify(SCHEMA)},"version":"2.1.0","runs":[${JSON.stringify(head).slice(0, -1)},"results":[`;
  let first = true;
  for (let index = 0; index < files.length; index++) {
    const location = artifactLocation(artifacts[index], index);
    const seen = new Map<string, number>();
    for (const finding of files[index].findings) {
      const key = findingKey(finding);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      yield (first ? '' : ',') + JSON.stringify(sarifResult(finding, location, fingerprint(key, occurrence)));
      first = false;
    }
  }
  const artifactList = artifacts.map((artifact, index) =>
    artifact.location
      ? { location: artifact.location, roles: ['analysisTarget'] }
      : { location: { index, description: { text: 'Standard input.' } }, roles: ['analysisTarget'] },
  );
  yield `],"artifacts":${JSON.stringify(artifactList)}}]}\n`;
}

export const sarifFormat: OutputFormat = {
  id: 'sarif',
  description: 'SARIF 2.1.0 log for code scanning (GitHub) and SARIF viewers, with fixes',
  render,
};
