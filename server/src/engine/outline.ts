// The shape of a document's prose, for the sourcing report: its blocks (paragraphs, headings, list
// items...), their sentences and words, and which sentences name their source. It reads the document
// as lint() does (the markup reader, the sentence splitter, the tokenizer, names per block) and asks
// the attribution check the question lint() asks of a claim's neighbours: does this sentence name a
// source? It finds nothing and changes no finding. Pure, like the rest of the engine.

import { readProse, languageFromId } from './markup';
import type { BlockKind } from './markup/proseView';
import { SentenceSources } from './attribution';
import { forgetRecentSpeakers } from './speakers';
import { splitSentences } from './text/sentences';
import { NameBook } from './text/names';
import { tokenize, type Token } from './text/tokens';

export interface OutlineSentence {
  /** Offsets into the document (the prose view has the source's offsets). */
  start: number;
  end: number;
  /** Index into `blocks`. */
  block: number;
  /** Words (word tokens: not numbers or punctuation). */
  words: number;
  /**
   * A named source speaks in it: a named holder with a speech, thought or evidence cue ("the
   * ministry said", "according to Reuters", "..., said Maria Lopez", "was described as unsafe by
   * the city engineer"). Not a named plan or someone's intention, which source only figures.
   */
  attributed: boolean;
}

export interface OutlineBlock {
  start: number;
  end: number;
  kind: BlockKind;
  /** Words of its sentences. */
  words: number;
  /** Its sentences that name their source. */
  attributed: number;
}

export interface DocumentOutline {
  /** The prose view: the document with markup, code and citations blanked to spaces; line breaks kept. */
  prose: string;
  blocks: OutlineBlock[];
  /** In document order. */
  sentences: OutlineSentence[];
  /** Words of every sentence. */
  words: number;
}

/** The outline of `text` read as `languageId` (an editor language id or a file extension). */
export function outlineDocument(text: string, languageId?: string): DocumentOutline {
  const view = readProse(text, languageFromId(languageId));
  const sentences = splitSentences(view.text, view.blocks);
  const blocks: OutlineBlock[] = view.blocks.map((b) => ({ start: b.start, end: b.end, kind: b.kind, words: 0, attributed: 0 }));
  const outline: OutlineSentence[] = [];
  let words = 0;
  // A block's sentences are contiguous: each block is read as lint() reads it, with names from its
  // own sentences, and its tokens are dropped before the next, so memory stays that of one block.
  for (let first = 0; first < sentences.length; ) {
    const block = sentences[first].block;
    let last = first;
    while (last < sentences.length && sentences[last].block === block) last++;
    const tokens: Token[][] = [];
    for (let i = first; i < last; i++) tokens.push(tokenize(view.text, sentences[i].start, sentences[i].end));
    const names = new NameBook(() => tokens);
    for (let i = first; i < last; i++) {
      const s = sentences[i];
      const sentenceTokens = tokens[i - first];
      let count = 0;
      for (const t of sentenceTokens) if (t.kind === 'word') count++;
      const attributed = sentenceTokens.length > 0 && new SentenceSources(sentenceTokens, names).hits.some((hit) => !hit.claimsOnly);
      outline.push({ start: s.start, end: s.end, block, words: count, attributed });
      words += count;
      blocks[block].words += count;
      if (attributed) blocks[block].attributed++;
    }
    first = last;
  }
  forgetRecentSpeakers();
  return { prose: view.text, blocks, sentences: outline, words };
}
