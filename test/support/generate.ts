// Generated documents of a chosen size, for benchmarks and the slow-input tests.
// The sentences are the project's own; a fixed seed makes every run lint the same text.

const SENTENCES = [
  'The ferry from the north quay left twenty minutes late on Tuesday.',
  'Many residents believe the new car park will empty the high street.',
  'The harbour master said the channel would be dredged in the spring.',
  'It is widely thought that the mill was rebuilt after the fire of 1874.',
  'Sources close to the council say the budget will be cut again.',
  'The library reopened with a reading room on the second floor [4].',
  'Studies show that children who walk to school sleep better.',
  'Turnout rose to 58% in the ward, according to the returning officer.',
  'The renowned baker insisted that the recipe had never changed.',
  'There have been multiple reports of foxes in the cemetery.',
  'The bridge is probably the oldest in the county.',
  'Nine in ten traders back the plan.',
  '"Everyone knows the clock is slow," the verger said.',
  'The choir, founded by Dr. Ellen Marsh in the U.S. in 1952, toured in May.',
  'Prices have doubled since the market moved indoors.',
  'He was considered for the post of treasurer but declined.',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export type GeneratedLanguage = 'plaintext' | 'markdown' | 'html' | 'latex' | 'wikitext';

/** About `bytes` characters of prose in `language`, paragraphs of three to six sentences. */
export function generateDocument(language: GeneratedLanguage, bytes: number, seed = 7): string {
  const next = random(seed);
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  if (language === 'latex') parts.push('\\documentclass{article}\n\\begin{document}\n');
  if (language === 'html') parts.push('<!doctype html>\n<html><body>\n');
  while (size < bytes) {
    if (next() < 0.1) {
      section++;
      const title = `Part ${section}`;
      parts.push(
        language === 'markdown' ? `## ${title}\n\n` : language === 'html' ? `<h2>${title}</h2>\n` : language === 'latex' ? `\\section{${title}}\n\n` : language === 'wikitext' ? `== ${title} ==\n` : `${title}\n\n`,
      );
    }
    const count = 3 + Math.floor(next() * 4);
    const paragraph: string[] = [];
    for (let i = 0; i < count; i++) paragraph.push(SENTENCES[Math.floor(next() * SENTENCES.length)]);
    let text = paragraph.join(' ');
    if (language === 'markdown' && next() < 0.2) text += ` See [the minutes](https://example.org/minutes/${section}) and \`npm run bundle\`.`;
    if (language === 'latex' && next() < 0.2) text += ` The ratio was $a^2 + b^2$ as shown \\cite{marsh1952}.`;
    if (language === 'wikitext' && next() < 0.2) text += `<ref>{{cite news|title=Minutes|date=2024}}</ref>`;
    const block =
      language === 'html' ? `<p>${text.replace(/&/g, '&amp;')}</p>\n` : language === 'markdown' && next() < 0.05 ? `\`\`\`\nmany believe = true\n\`\`\`\n\n${text}\n\n` : `${text}\n\n`;
    parts.push(block);
    size += block.length;
  }
  if (language === 'latex') parts.push('\\end{document}\n');
  if (language === 'html') parts.push('</body></html>\n');
  return parts.join('');
}
