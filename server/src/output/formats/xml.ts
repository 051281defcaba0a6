// Escaping for the XML formats (checkstyle, junit). XML 1.0 has no way to write most C0 control
// characters, U+FFFE, U+FFFF or an unpaired surrogate, even as a character reference: they become
// U+FFFD. Tab, line feed and carriage return are written as references in attributes (a parser
// would turn them into spaces there) and CR in text too (a parser would turn CR LF into LF).

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ATTRIBUTE: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/** For an attribute value in double or single quotes. */
export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE[c]);
}

/** For character data between tags (`>` escaped too, so that `]]>` never appears). */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(/[&<>\r]/g, (c) => TEXT[c]);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
