// A small word scanner shared by figures, dates and claims. It keeps offsets into the
// prose view and records whether whitespace precedes a token, because "600km", "1.2m",
// "74th" and "$125" are read differently from "600 km" or "74 th".

/** One scanned token of prose. */
export interface Word {
  text: string;
  /** Lower-cased text with curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** True when whitespace (or the range start) comes right before the token. */
  space: boolean;
}

// Abbreviations with inner periods ("U.S.", "p.m.") first, then words whose joiners are
// a hyphen or an apostrophe that is not a possessive 's. Every repetition starts with a
// joiner, so the regex cannot backtrack catastrophically.
const ABBREV = /[\p{L}](?:\.[\p{L}])+\.?/uy;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:[-‐‑]|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*/uy;
const POSSESSIVE = /['’][sS](?![\p{L}\p{N}])/uy;
const NUM = /\d+(?:[.,]\d+)*/y;
const SPACE = /\s+/uy;

/** Scans text[start, end) into words, numbers and single punctuation characters. */
export function scanWords(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  let i = Math.max(0, start);
  const stop = Math.min(end, text.length);
  let space = true;
  while (i < stop) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      space = true;
      continue;
    }
    let e = -1;
    let kind: Word['kind'] = 'word';
    for (const re of [ABBREV, POSSESSIVE, WORD]) {
      re.lastIndex = i;
      if (re.test(text)) {
        e = re.lastIndex;
        break;
      }
    }
    if (e < 0) {
      NUM.lastIndex = i;
      if (NUM.test(text)) {
        e = NUM.lastIndex;
        kind = 'num';
        // A trailing separator is punctuation ("70," or "2023.").
      }
    }
    if (e < 0) {
      const cp = text.codePointAt(i) ?? 0;
      e = i + (cp > 0xffff ? 2 : 1);
      kind = 'punct';
    }
    e = Math.min(e, stop);
    const t = text.slice(i, e);
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: i, end: e, kind, space });
    space = false;
    i = e;
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalized(w: Word): boolean {
  return w.kind === 'word' && /^\p{Lu}/u.test(w.text);
}

/** Naive English singular of a plural noun ("villages" → "village"), for grouping units. */
export function singular(noun: string): string {
  const n = noun.toLowerCase();
  if (n.length <= 3 || n.endsWith('ss') || n.endsWith('us') || n.endsWith('is')) return n;
  if (n.endsWith('ies')) return n.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zes)$/.test(n)) return n.slice(0, -2);
  if (n.endsWith('men')) return n.slice(0, -3) + 'man';
  if (n.endsWith('s')) return n.slice(0, -1);
  return n;
}
