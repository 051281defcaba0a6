// The configuration's allow-list: a finding whose flagged text equals an allowed phrase, or
// contains one as whole words, is dropped. Comparison ignores case, collapses whitespace and reads
// curly apostrophes as straight ones.
//
// The list is compiled once per list (a word trie, cached by the array) and each finding walks it
// from each of its words: the cost per finding depends on the finding's words and the longest
// phrase, never on how many phrases the list holds.

interface WordNode {
  next: Map<string, WordNode>;
  /** A phrase ends here. */
  end: boolean;
}

export function normalizePhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

function words(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}

function compile(allow: readonly string[]): WordNode {
  const root: WordNode = { next: new Map(), end: false };
  for (const phrase of allow) {
    const list = words(normalizePhrase(phrase));
    if (list.length === 0) continue;
    let node = root;
    for (const word of list) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(word, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** Compiled lists by array; the length catches a list that grew in place (config arrays are otherwise built anew). */
const compiled = new WeakMap<readonly string[], { length: number; root: WordNode }>();

/** Does the flagged text equal an allowed phrase, or contain one as whole words? */
export function allowed(text: string, allow: readonly string[]): boolean {
  if (allow.length === 0) return false;
  let entry = compiled.get(allow);
  if (!entry || entry.length !== allow.length) {
    entry = { length: allow.length, root: compile(allow) };
    compiled.set(allow, entry);
  }
  const root = entry.root;
  if (root.next.size === 0) return false;
  const flagged = words(normalizePhrase(text));
  for (let i = 0; i < flagged.length; i++) {
    let node: WordNode | undefined = root;
    for (let j = i; j < flagged.length; j++) {
      node = node.next.get(flagged[j]);
      if (!node) break;
      if (node.end) return true;
    }
  }
  return false;
}
