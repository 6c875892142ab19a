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
// Tried in this order at each position: "U.S." before "U", "'s" before a word.
const WORD_FORMS = [ABBREV, POSSESSIVE, WORD];
const NUM = /\d+(?:[.,]\d+)*/y;
const SPACE = /\s+/uy;

// The whole text's scan, kept for the last text scanned: figures, dates and claims scan many
// ranges of one document's prose, and a range whose ends fall between tokens scans to the same
// tokens as the whole text has there (only the first one's `space` is set by the range start).
let cached: { text: string; words: Word[]; starts: Int32Array } | undefined;
let lastAsked: string | undefined;

function tokenAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scans text[start, end) into words, numbers and single punctuation characters. Returned words are shared: do not modify them. */
export function scanWords(text: string, start = 0, end = text.length): Word[] {
  if (start === 0 && end >= text.length) return cached?.text === text ? cached.words.slice() : scanRange(text, 0, text.length);
  if (text.length < 2_000) return scanRange(text, start, end);
  if (cached?.text !== text) {
    // Scan the whole text only once it is asked for a second time in a row: callers that visit
    // many documents in turn (a cross-source pass) scan just the ranges they need.
    if (lastAsked !== text) {
      lastAsked = text;
      return scanRange(text, start, end);
    }
    const words = scanRange(text, 0, text.length);
    cached = { text, words, starts: Int32Array.from(words, (w) => w.start) };
  }
  const { words, starts } = cached;
  const s = Math.max(0, start);
  const e = Math.min(end, text.length);
  const first = tokenAt(starts, s);
  const last = tokenAt(starts, e);
  // Both ends must fall between tokens (on a token's edge or in whitespace).
  const okStart = first === 0 || words[first - 1].end <= s;
  const okEnd = last === 0 || words[last - 1].end <= e;
  if (!okStart || !okEnd || s >= e) return scanRange(text, start, end);
  const out = words.slice(first, last);
  if (out.length && !out[0].space) out[0] = { ...out[0], space: true };
  return out;
}

function scanRange(text: string, start: number, end: number): Word[] {
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
    for (const re of WORD_FORMS) {
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
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: i, end: e, kind, space });
    space = false;
    i = e;
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalized(w: Word): boolean {
  return w.kind === 'word' && startsUpper(w.text);
}

/** Whether a text starts with a capital letter (of any script); plain ASCII is decided without a pattern. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_START.test(s);
}
const UPPER_START = /^\p{Lu}/u;

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
