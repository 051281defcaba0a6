// schemas/whosays.editor.schema.json: the schema VS Code uses for `.whosays.json` (package.json,
// jsonValidation), derived from schemas/whosays.schema.json by `npm run generate`. It keeps what
// completion and hover need (properties, descriptions, the allowed values as suggestions) and drops
// every keyword that validates: the language server already reports each mistake in the file, with
// a clearer message ("did you mean ...?"), and VS Code's own check of the same mistake would show it
// a second time. JSON syntax errors stay VS Code's (the client leaves out the server's copy while
// the file is open in the editor).

type Schema = Record<string, unknown>;

/** Keywords that only describe, kept as they are. */
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'markdownDescription', 'default', 'examples']);
/** Keywords whose values are schemas, kept with their schemas made non-validating too. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One schema node without validation keywords; allowed values become completion snippets. */
export function completionOnly(node: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && isSchema(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, isSchema(sub) ? completionOnly(sub) : sub]));
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map((sub) => (isSchema(sub) ? completionOnly(sub) : sub));
    else if ((key === 'items' || key === 'additionalProperties') && isSchema(value)) out[key] = completionOnly(value);
  }
  const snippets: Schema[] = [];
  if (Array.isArray(node.enum)) {
    const descriptions = Array.isArray(node.markdownEnumDescriptions) ? node.markdownEnumDescriptions : node.enumDescriptions;
    node.enum.forEach((value: unknown, index) => {
      const description = Array.isArray(descriptions) ? descriptions[index] : undefined;
      snippets.push({ label: String(value), body: value, ...(typeof description === 'string' ? { description } : {}) });
    });
  } else if (node.type === 'object') {
    snippets.push({ body: {} }); // completion of the key inserts "key": {} as the typed schema did
  } else if (node.type === 'array') {
    snippets.push({ body: [] });
  }
  if (snippets.length > 0) out.defaultSnippets = snippets;
  return out;
}

/** The editor schema's text from the main schema's text. */
export function editorSchemaJson(mainSchemaText: string): string {
  const schema = completionOnly(JSON.parse(mainSchemaText) as Schema);
  schema.$comment = 'Generated from whosays.schema.json by npm run generate for VS Code: completion and hover only; Who Says itself reports the errors.';
  return `${JSON.stringify(schema, null, 2)}\n`;
}
