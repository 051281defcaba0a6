// A small, strict XML 1.0 reader for the tests of the XML formats (checkstyle, junit): it accepts a
// declaration, elements, attributes, character data and the five entities and character
// references, and rejects anything that is not well-formed (an unescaped `<` or `&`, `]]>` in text,
// a character XML forbids, a mismatched or duplicate name). Values come back as a conforming parser
// reports them: line ends normalized to LF, literal white space in attributes turned into spaces.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const SPACE = /[ \t\n]*/y;

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function checkCharacters(text: string): void {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (!isXmlChar(code)) throw new Error(`character U+${code.toString(16).padStart(4, '0')} is not allowed in XML`);
  }
}

class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  fail(what: string): never {
    throw new Error(`${what} at offset ${this.at}: ${JSON.stringify(this.text.slice(this.at, this.at + 30))}`);
  }

  match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.text);
    if (!m) return undefined;
    this.at += m[0].length;
    return m[0];
  }

  expect(literal: string): void {
    if (!this.text.startsWith(literal, this.at)) this.fail(`expected ${JSON.stringify(literal)}`);
    this.at += literal.length;
  }

  skipSpace(): void {
    this.match(SPACE);
  }

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  declaration(): void {
    if (!this.text.startsWith('<?xml', 0)) return;
    const end = this.text.indexOf('?>');
    if (end < 0) this.fail('unterminated declaration');
    if (!/^<\?xml version="1\.0"( encoding="(UTF|utf)-8")?\?>$/.test(this.text.slice(0, end + 2))) this.fail('unexpected declaration');
    this.at = end + 2;
  }

  /** `&...;` at the reader, as the character it stands for. */
  reference(): string {
    const m = this.match(/&(?:([A-Za-z]+)|#([0-9]+)|#x([0-9A-Fa-f]+));/y);
    if (m === undefined) this.fail('"&" that starts no reference');
    const [, name, decimal, hex] = /&(?:([A-Za-z]+)|#([0-9]+)|#x([0-9A-Fa-f]+));/.exec(m)!;
    if (name !== undefined) {
      if (!Object.hasOwn(ENTITIES, name)) this.fail(`unknown entity &${name};`);
      return ENTITIES[name];
    }
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16);
    if (!isXmlChar(code)) this.fail(`reference to a character XML forbids (${code})`);
    return String.fromCodePoint(code);
  }

  attributeValue(): string {
    const quote = this.text[this.at];
    if (quote !== '"' && quote !== "'") this.fail('unquoted attribute value');
    this.at++;
    let value = '';
    for (;;) {
      const ch = this.text[this.at];
      if (ch === undefined) this.fail('unterminated attribute value');
      if (ch === quote) break;
      if (ch === '<') this.fail('"<" in an attribute value');
      if (ch === '&') {
        value += this.reference();
        continue;
      }
      // Attribute-value normalization: each literal white-space character becomes a space.
      value += ch === '\t' || ch === '\n' ? ' ' : ch;
      this.at++;
    }
    this.at++;
    return value;
  }

  element(): XmlElement {
    this.expect('<');
    const name = this.match(NAME) ?? this.fail('expected an element name');
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = this.match(SPACE);
      if (this.text.startsWith('/>', this.at)) {
        this.at += 2;
        return { name, attributes, children: [] };
      }
      if (this.text[this.at] === '>') {
        this.at++;
        break;
      }
      if (!space) this.fail('expected white space before an attribute');
      const key = this.match(NAME) ?? this.fail('expected an attribute name');
      if (Object.hasOwn(attributes, key)) this.fail(`duplicate attribute ${key}`);
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      attributes[key] = this.attributeValue();
    }
    const children: (XmlElement | string)[] = [];
    let text = '';
    for (;;) {
      const ch = this.text[this.at];
      if (ch === undefined) this.fail(`unclosed <${name}>`);
      if (ch === '<') {
        if (text !== '') children.push(text);
        text = '';
        if (this.text.startsWith('</', this.at)) {
          this.at += 2;
          const closing = this.match(NAME);
          if (closing !== name) this.fail(`</${closing}> closes <${name}>`);
          this.skipSpace();
          this.expect('>');
          return { name, attributes, children };
        }
        if (/^<[!?]/.test(this.text.slice(this.at, this.at + 2))) this.fail('comments, CDATA and processing instructions are not expected');
        children.push(this.element());
        continue;
      }
      if (ch === '&') {
        text += this.reference();
        continue;
      }
      if (this.text.startsWith(']]>', this.at)) this.fail('"]]>" in character data');
      text += ch;
      this.at++;
    }
  }
}

/** The root element of `xml`; throws on anything that is not well-formed. */
export function parseXml(xml: string): XmlElement {
  checkCharacters(xml);
  // End-of-line handling happens before parsing: CR LF and a lone CR become LF (&#13; stays CR).
  const reader = new Reader(xml.replace(/\r\n?/g, '\n'));
  reader.declaration();
  reader.skipSpace();
  const root = reader.element();
  reader.skipSpace();
  if (!reader.atEnd()) reader.fail('content after the root element');
  return root;
}

/** The child elements of `element` named `name`. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The character data of `element` (its text children joined). */
export function textOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}
