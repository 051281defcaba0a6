// Text that goes to a terminal: names and messages may hold control characters.

// C0 and C1 controls and DEL (ESC starts terminal commands, a newline would start a new record),
// line and paragraph separators, and the marks that reorder text (bidi overrides and isolates)
// so that a name cannot show as something else.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `a\nb` and `\x1b[31m` instead of a line break and a colour: safe to print on a terminal. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (Object.hasOwn(NAMED, c)) return NAMED[c];
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
