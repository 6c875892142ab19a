import type { Sentence, Span } from './types';

// Abbreviations after which a full stop does not end a sentence (titles, months, common
// shortenings in news copy). Lowercased, without the dot.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'st', 'mt', 'ft',
  'jr', 'sr', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'fig', 'vol', 'pp', 'al', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

const CLOSERS = new Set(['"', '\'', '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = /["'\u201c\u2018(\u00ab[]/;

/** Splits the prose of each block into sentences; offsets index the original text. A newline inside a block is a soft break. */
export function splitSentences(prose: string, blocks: Span[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, paragraph) => {
    let start = skipSpace(prose, block.start, block.end);
    let i = start;
    while (i < block.end) {
      const c = prose[i];
      if (c === '.' || c === '!' || c === '?' || c === '\u2026') {
        let j = i + 1;
        while (j < block.end && (prose[j] === '.' || prose[j] === '!' || prose[j] === '?')) j++;
        while (j < block.end && CLOSERS.has(prose[j])) j++;
        // Footnote markers like [0] or [1][3] right after the stop belong to this sentence.
        for (let foot = /^\[\d{1,3}\]/.exec(prose.slice(j, j + 6)); foot; foot = /^\[\d{1,3}\]/.exec(prose.slice(j, j + 6))) j += foot[0].length;
        if (j >= block.end || (isSpace(prose[j]) && startsSentence(prose, j, block.end) && (!isAbbreviation(prose, start, i) || endsAfterAll(prose, start, i, j, block.end)))) {
          push(out, prose, start, j, paragraph);
          start = skipSpace(prose, j, block.end);
          i = start;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    push(out, prose, start, block.end, paragraph);
  });
  out.forEach((s, index) => (s.index = index));
  return out;
}

function push(out: Sentence[], prose: string, start: number, end: number, paragraph: number): void {
  while (end > start && isSpace(prose[end - 1])) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(prose.slice(start, Math.min(end, start + 400)))) {
    out.push({ start, end, index: 0, paragraph });
  }
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

function skipSpace(prose: string, i: number, end: number): number {
  while (i < end && isSpace(prose[i])) i++;
  return i;
}

function startsSentence(prose: string, j: number, end: number): boolean {
  const k = skipSpace(prose, j, end);
  if (k >= end) return true;
  const c = prose[k];
  return /[\p{Lu}\p{N}]/u.test(c) || OPENERS.test(c) || c === '\u2014' || c === '-' || c === '*';
}

// Shortenings that often end a sentence ("… broke out at 4:05 a.m. The fire service says …").
const SENTENCE_FINAL = new Set(['a.m', 'p.m', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr']);
// Words that open sentences and hardly ever follow those shortenings inside one ("4 p.m. Friday" does).
const OPENING_WORDS = new Set([
  'the', 'a', 'an', 'but', 'and', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'by', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'its', 'their', 'our', 'after', 'before', 'when', 'while', 'as', 'according', 'then', 'for',
  'with', 'from', 'some', 'many', 'most', 'no', 'one', 'two', 'three', 'several', 'asked', 'if', 'however', 'yet', 'so',
]);

/** Whether a stop after such a shortening ends the sentence anyway: the next word opens one, or a quotation does. */
function endsAfterAll(prose: string, sentenceStart: number, dot: number, j: number, end: number): boolean {
  let k = dot - 1;
  while (k >= sentenceStart && /[\p{L}.]/u.test(prose[k])) k--;
  if (!SENTENCE_FINAL.has(prose.slice(k + 1, dot).toLowerCase())) return false;
  const next = skipSpace(prose, j, end);
  if (OPENERS.test(prose[next] ?? '')) return true;
  const word = /^\p{Lu}\p{Ll}*/u.exec(prose.slice(next, next + 20))?.[0];
  return !!word && OPENING_WORDS.has(word.toLowerCase());
}

function isAbbreviation(prose: string, sentenceStart: number, dot: number): boolean {
  if (prose[dot] !== '.') return false;
  let k = dot - 1;
  while (k >= sentenceStart && /[\p{L}.]/u.test(prose[k])) k--;
  const word = prose.slice(k + 1, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smith") is not a sentence end.
  return /^\p{Lu}$/u.test(prose.slice(k + 1, dot));
}
