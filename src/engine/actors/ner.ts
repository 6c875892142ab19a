// Token-level named-entity tagging of whole documents with the shipped model.
import { docContext, viewSentence } from './features';
import { shippedModel } from './model';
import { decodeDocument, type WeightTable } from './tagger';
import { spansOf, tagsOf } from './tags';

/** Tags a document given as sentences of words; returns IOB2 tags (PER, ORG, LOC, MISC) per word. */
export function tagDocumentWords(sentences: string[][], table: WeightTable | null = shippedModel()): string[][] {
  if (!table) return sentences.map((s) => s.map(() => 'O'));
  const doc = docContext(sentences);
  const tags = decodeDocument(table, sentences.map((s) => viewSentence(s, doc)), doc, table.passes);
  return tags.map((s) => tagsOf(spansOf(Array.from(s, (t) => table.tagSet.tags[t])), s.length, 'BIO'));
}
