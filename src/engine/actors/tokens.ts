// CoNLL-style tokenizer: the tagger was trained on CoNLL-2003 tokens, so text is split the
// same way (punctuation separate, possessive 's separate, hyphenated words whole).
import type { Token } from '../types';

// Letters (any script), digits and the joiners that stay inside a word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑.&]|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*\.?/uy;
const POSSESSIVE = /['’][sS](?![\p{L}\p{N}])/uy;
const SPACE = /\s+/uy;

// Abbreviations whose final period belongs to the word (as in CoNLL: "Mr.", "U.S.").
const KEEP_PERIOD = /^(?:[\p{L}](?:\.[\p{L}])*|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Maj|Gov|Sen|Rep|Rev|Prof|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|etc)\.$/u;

/** Splits text[start, end) into CoNLL-like tokens with offsets into text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    SPACE.lastIndex = i;
    if (SPACE.test(text) ) {
      i = Math.min(SPACE.lastIndex, end);
      continue;
    }
    POSSESSIVE.lastIndex = i;
    if (POSSESSIVE.test(text) && POSSESSIVE.lastIndex <= end) {
      out.push({ start: i, end: POSSESSIVE.lastIndex, text: text.slice(i, POSSESSIVE.lastIndex) });
      i = POSSESSIVE.lastIndex;
      continue;
    }
    WORD.lastIndex = i;
    if (WORD.test(text)) {
      let e = Math.min(WORD.lastIndex, end);
      let w = text.slice(i, e);
      // A trailing period is sentence punctuation unless the word is an abbreviation.
      if (w.length > 1 && w.endsWith('.') && !KEEP_PERIOD.test(w)) {
        e--;
        w = w.slice(0, -1);
      }
      out.push({ start: i, end: e, text: w });
      i = e;
      continue;
    }
    // Any other character is a token of its own; surrogate pairs stay together.
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    out.push({ start: i, end: i + len, text: text.slice(i, i + len) });
    i += len;
  }
  return out;
}
