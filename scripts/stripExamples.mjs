// An esbuild plugin that leaves the engine's example sentences out of the shipped bundles. The rule
// tables keep, beside each pattern, the sentences it must flag and those it must pass, and every
// guard the sentences where it holds and where it does not (server/src/engine/rules/rule.ts,
// guards/guard.ts). Those are tests (test/unit/rules.test.ts, guards.test.ts): nothing at run time
// reads them, yet they were some 40 KB of the server bundle. Here each such list of sentences
// becomes `[]` (its line breaks kept):
//   - `flag` and `pass` of an object that also has a `pattern` (a phrase entry), and
//   - `flag`, `pass`, `holds` and `not` of an object that is the value of `examples`,
// and only when the list is an array literal of plain strings. Anything else is left alone, so a
// guard's `holds` function or a computed list stays as it is.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const ENTRY_LISTS = new Set(['flag', 'pass']);
const EXAMPLE_LISTS = new Set(['flag', 'pass', 'holds', 'not']);

function propertyName(node) {
  const name = node.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

function isSentenceList(node) {
  return ts.isArrayLiteralExpression(node) && node.elements.length > 0
    && node.elements.every((element) => ts.isStringLiteral(element) || ts.isNoSubstitutionTemplateLiteral(element));
}

/** The source with every example list emptied, and how many were. Pure, for the tests. */
export function stripExamples(source, fileName = 'file.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const names = new Set(node.properties.map(propertyName));
      const inExamples = ts.isPropertyAssignment(node.parent) && propertyName(node.parent) === 'examples';
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) || !isSentenceList(property.initializer)) continue;
        const name = propertyName(property);
        if ((names.has('pattern') && ENTRY_LISTS.has(name)) || (inExamples && EXAMPLE_LISTS.has(name))) {
          cuts.push([property.initializer.getStart(file), property.initializer.end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let text = source;
  // The list's line breaks stay, so the source map's lines still match the file.
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    text = `${text.slice(0, start)}[${text.slice(start, end).replace(/[^\n]/g, '')}]${text.slice(end)}`;
  }
  return { text, lists: cuts.length };
}

/** The plugin: applies to the engine's TypeScript files only. */
export const stripExamplesPlugin = {
  name: 'strip-examples',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]engine[\\/].*\.ts$/ }, async (args) => {
      const { text } = stripExamples(await readFile(args.path, 'utf8'), args.path);
      return { contents: text, loader: 'ts' };
    });
  },
};
