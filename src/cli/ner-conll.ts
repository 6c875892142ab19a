// The ner-conll command's core: tags CoNLL-2003 text so the shared scorer can compare tags.
import { tagDocumentWords } from '../engine/actors/ner';

interface ConllSentence {
  words: string[];
  gold: string[];
}

function parseConll(text: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [[]];
  let cur: ConllSentence = { words: [], gold: [] };
  const flush = (): void => {
    if (cur.words.length) docs[docs.length - 1].push(cur);
    cur = { words: [], gold: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      flush();
      // Documents bound the tagger's memory of earlier decisions.
      if (docs[docs.length - 1].length) docs.push([]);
      continue;
    }
    if (!line) {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    cur.words.push(cols[0]);
    cur.gold.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  flush();
  return docs.filter((d) => d.length);
}

/** Tags CoNLL "token tag" text; returns "token gold predicted" lines with a blank line after each sentence. */
export function nerConll(conllText: string): string {
  const out: string[] = [];
  for (const doc of parseConll(conllText)) {
    const predicted = tagDocumentWords(doc.map((s) => s.words));
    doc.forEach((s, i) => {
      s.words.forEach((w, j) => out.push(`${w} ${s.gold[j]} ${predicted[i][j]}`));
      out.push('');
    });
  }
  return out.join('\n');
}
