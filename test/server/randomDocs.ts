// Seeded random documents and edits for the incremental-equals-full tests: prose the rules flag,
// and the Markdown constructs that can reach across blank lines.

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

export const SENTENCES = [
  'Many believe the dam was sabotaged.',
  'Sources say the deal is dead.',
  'The ministry claimed the strike was defensive.',
  'It is widely believed that the letter was forged.',
  'Nine in ten voters oppose the plan.',
  'The ferry left the quay at nine.',
  'Critics argue that the bridge is unsafe.',
  'The mayor reportedly owns three boats.',
  'Studies show that walking helps.',
  'The renowned baker retired in May.',
  'The council said the budget was final.',
  'According to the harbour master, the channel is deep.',
  'Everyone knows the clock is slow.',
  'The tower is said to be haunted.',
];

const TAILS = ['', '', '', ' [1]', ' (Smith 2020)', ' [citation needed]', ' See https://example.org/a.', ' See [the minutes](https://example.org/m).', '[^1]', ' <https://example.org>'];

function prose(next: () => number, sentences = 1 + Math.floor(next() * 3)): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(pick(next, SENTENCES));
  return out.join(next() < 0.2 ? '\n' : ' ') + pick(next, TAILS);
}

const PLAIN_BLOCKS: ((next: () => number) => string)[] = [
  (n) => prose(n),
  (n) => prose(n),
  (n) => `[2] ${prose(n)}`,
  (n) => `(Smith 2020) ${prose(n)}`,
  (n) => `https://example.org ${prose(n)}`,
  () => '[3]',
  (n) => `\u00a0${prose(n)}`,
  (n) => `"${prose(n)}"`,
  (n) => `  ${prose(n)}`,
];

/** Markdown the paragraph cache can cut around. */
const MARKDOWN_BLOCKS: ((next: () => number) => string)[] = [
  ...PLAIN_BLOCKS,
  (n) => `## ${pick(n, SENTENCES)}`,
  (n) => `# ${prose(n, 1)}`,
  (n) => `- ${prose(n)}\n- ${prose(n)}`,
  (n) => `1. ${prose(n)}\n2. ${prose(n)}`,
  (n) => `- ${prose(n)}\n\n  ${prose(n)}`,
  (n) => `  - ${prose(n)}`,
  (n) => `> ${prose(n)}\n> ${prose(n)}`,
  (n) => `> ${prose(n)}`,
  (n) => `\`\`\`\n${prose(n)}\n\n${prose(n)}\n\`\`\``,
  (n) => `~~~~\n${prose(n)}\n~~~\n~~~~~`,
  (n) => `    ${prose(n)}`,
  (n) => `<!-- whosays-ignore-next-line weasel/vague-majority -->\n${prose(n)}`,
  (n) => `<https://example.org> ${prose(n)}`,
  (n) => `[${pick(n, SENTENCES)}][ref] and more.`,
  (n) => `[^1]: ${prose(n)}`,
  (n) => `| ${pick(n, SENTENCES)} | b |\n|---|---|\n| ${pick(n, SENTENCES)} | d |`,
  () => '---',
  () => '***',
  (n) => `${prose(n, 1)}\n=====`,
  (n) => `*${pick(n, SENTENCES)}* ${prose(n)}`,
  (n) => `**Note:** ${prose(n)}`,
  (n) => `\`code\` ${prose(n)}`,
  (n) => `- [ ] ${prose(n)}`,
  (n) => `www.example.org ${prose(n)}`,
  (n) => `${prose(n)}\n\`\`\`\n${prose(n)}\n\`\`\``,
];

/** Markdown that reaches across blank lines: the document is linted whole. */
const HOSTILE_BLOCKS: ((next: () => number) => string)[] = [
  (n) => `~~~~\n${prose(n)}\n~~~`,
  (n) => `\`\`\`js\n${prose(n)}`,
  () => '```',
  (n) => `  \`\`\`\n${prose(n)}\n  \`\`\``,
  (n) => `- \`\`\`\n  ${prose(n)}\n\n  ${prose(n)}`,
  (n) => `<div>\n${prose(n)}\n\n${prose(n)}\n</div>`,
  (n) => `<!-- a comment\n\n${prose(n)} -->`,
  (n) => `<q>${prose(n)}`,
  (n) => `${prose(n)} <span>${prose(n)}</span>`,
  () => '[ref]: https://example.org "Title"',
  () => '<!-- whosays-disable style -->',
];

const SEPARATORS = ['\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n  \n', '\n\t\n'];

export function randomDocument(next: () => number, language: 'plaintext' | 'markdown', blocks = 8 + Math.floor(next() * 12)): string {
  const hostile = language === 'markdown' && next() < 0.3;
  const table = language === 'markdown' ? (hostile ? [...MARKDOWN_BLOCKS, ...HOSTILE_BLOCKS] : MARKDOWN_BLOCKS) : PLAIN_BLOCKS;
  const parts: string[] = [];
  if (language === 'markdown' && next() < 0.15) parts.push(`---\ntitle: ${pick(next, SENTENCES)}\n\n---\n\n`);
  for (let i = 0; i < blocks; i++) {
    parts.push(pick(next, table)(next));
    parts.push(pick(next, SEPARATORS));
  }
  let text = parts.join('');
  // Every line-break convention: the engine and the cache count CR, LF and CRLF alike.
  const convention = next();
  if (convention < 0.1) text = text.replace(/\n/g, '\r\n');
  else if (convention < 0.2) text = text.replace(/\n/g, '\r');
  return text;
}

const INSERTS = ['\n\n', '\n', 'x', ' ', 'e', 'Many believe ', '[1]', ' claimed ', '.', '"', '\n\nSources say it. ', '(Smith 2020)', '\n```\n', '```', '> ', '- ', '# ', '    ', '[', ']', '(', '---\n', '~~~', '\r', '<', '<div>', '<!-- whosays-disable -->'];

export interface Edit {
  offset: number;
  length: number;
  newText: string;
}

/** A random edit of `text`: an insertion, a deletion or a replacement, mostly small. */
export function randomEdit(next: () => number, text: string): Edit {
  const offset = Math.floor(next() * (text.length + 1));
  const r = next();
  // Markup that turns a whole document into one piece is inserted less often than prose.
  const insert = () => (next() < 0.25 ? pick(next, SENTENCES) + ' ' : INSERTS[Math.floor(next() ** 2 * INSERTS.length)]);
  if (r < 0.45) return { offset, length: 0, newText: insert() };
  if (r < 0.8) return { offset, length: Math.min(text.length - offset, 1 + Math.floor(next() * (next() < 0.8 ? 4 : 60))), newText: '' };
  return { offset, length: Math.min(text.length - offset, 1 + Math.floor(next() * 10)), newText: insert() };
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);
}
