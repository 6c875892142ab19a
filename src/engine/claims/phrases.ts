// Token-level helpers for reading attributions: word classes and the noun-phrase walks
// that find a speaker phrase before or after a cue.
import { scanWords, startsUpper, type Word } from '../lexicon/words';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS } from '../lexicon/time';
import type { Span } from '../types';
import { CUE_VERBS, NOUN_LIKE } from '../lexicon/cues';

export const DET = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'our', 'my', 'your', 'another', 'any', 'each', 'every', 'some', 'such', 'no']);

export const PREP = new Set([
  'of', 'for', 'in', 'from', 'at', 'with', 'on', 'by', 'to', 'into', 'over', 'under', 'about', 'after',
  'before', 'during', 'near', 'across', 'against', 'among', 'amid', 'via', 'per', 'since', 'than', 'like',
  'through', 'behind', 'inside', 'outside', 'within', 'without', 'toward', 'towards', 'upon', 'despite',
]);

export const NP_PREP = new Set(['of', 'for', 'in', 'from', 'at', 'with', 'by']);

export const CONJ = new Set([
  'and', 'but', 'or', 'nor', 'while', 'whereas', 'although', 'though', 'because', 'as', 'if', 'when',
  'where', 'that', 'which', 'who', 'whom', 'whose', 'since', 'so', 'yet', 'once', 'unless', 'until',
  'whether', 'than', 'after', 'before', 'how', 'what', 'why',
]);

export const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did']);

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

export const ADV_SKIP = new Set([
  'also', 'later', 'initially', 'previously', 'earlier', 'again', 'repeatedly', 'publicly', 'then', 'now',
  'once', 'first', 'further', 'still', 'already', 'just', 'recently', 'subsequently', 'separately',
  'privately', 'officially', 'reportedly', 'allegedly', 'himself', 'herself', 'itself', 'themselves',
  'too', 'meanwhile', 'however', 'finally', 'yesterday', 'today', 'tonight', 'late', 'early', 'even',
  'never', 'always', 'often', 'similarly', 'quickly', 'immediately', 'angrily', 'flatly', 'openly',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

export const INTRO_WORDS = new Set([
  'after', 'before', 'while', 'as', 'although', 'though', 'despite', 'when', 'since', 'later', 'earlier',
  'meanwhile', 'however', 'but', 'and', 'yet', 'so', 'still', 'speaking', 'asked', 'according', 'by',
  'with', 'without', 'throughout', 'following', 'amid', 'during', 'in', 'on', 'at', 'for', 'if', 'once',
  'unlike', 'like', 'given', 'until', 'last', 'this', 'early', 'late', 'overnight', 'separately',
]);

export const APPOSITION_STARTERS = new Set([
  'as', 'who', 'which', 'whose', 'where', 'citing', 'according', 'speaking', 'quoted', 'also', 'however',
  'meanwhile', 'though', 'including', 'writing', 'like', 'unlike', 'when', 'while', 'known', 'himself',
  'herself', 'then', 'now', 'formerly', 'previously', 'reportedly', 'one', 'in', 'on', 'at', 'for',
  'from', 'with', 'by', 'after', 'before', 'during', 'despite', 'of',
]);

export const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', '«', '»', '„']);

export const DASHES = new Set(['–', '—', '-', '‒', '―']);

export const CLAUSE_PUNCT = new Set(['.', ';', ':', '!', '?', '(', ')', '[', ']', '…']);

/** A token range [first, last] of a speaker phrase. */
export interface Phrase {
  first: number;
  last: number;
}

/** True when the token is a word starting with a capital letter. */
export function isCap(w: Word | undefined): boolean {
  return !!w && w.kind === 'word' && startsUpper(w.text);
}

/** True for weekday, month, part-of-day and today/yesterday words. */
export function isTimeWord(w: Word | undefined): boolean {
  if (!w) return false;
  if (w.kind === 'word' && isCap(w) && (WEEKDAYS.has(w.lower) || MONTHS.has(w.lower)) && w.lower.length > 2) return true;
  return PARTS_OF_DAY.has(w.lower) || w.lower === 'yesterday' || w.lower === 'today' || w.lower === 'tonight';
}

/** True for a lower-case -ly adverb (not "elderly", "family"). */
export function isLy(w: Word | undefined): boolean {
  return !!w && w.kind === 'word' && !isCap(w) && w.lower.length > 4 && w.lower.endsWith('ly') && !['elderly', 'family', 'italy'].includes(w.lower);
}

/** True when the tokens from i on are the given lower-case words. */
export function matchAt(ws: Word[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (ws[i + k]?.lower !== phrase[k]) return false;
  return true;
}

const tokenized = new Map<string, string[]>();

/** The lower-case words of a phrase (cached). */
export function words(p: string): string[] {
  let t = tokenized.get(p);
  if (!t) {
    t = scanWords(p).map((w) => w.lower);
    tokenized.set(p, t);
  }
  return t;
}

// Phrase lists indexed by their first word, so that matching costs one lookup per token.
const byFirstWord = new Map<readonly string[], Map<string, string[]>>();

function phraseIndex(list: readonly string[]): Map<string, string[]> {
  let idx = byFirstWord.get(list);
  if (!idx) {
    idx = new Map();
    for (const p of list) {
      const first = words(p)[0];
      const bucket = idx.get(first);
      if (bucket) bucket.push(p);
      else idx.set(first, [p]);
    }
    byFirstWord.set(list, idx);
  }
  return idx;
}

/** Phrases of a list found among tokens (outside quotations when asked). */
export function findPhrases(ws: Word[], list: readonly string[], skip?: (i: number) => boolean): { phrase: string; at: number }[] {
  const out: { phrase: string; at: number }[] = [];
  const idx = phraseIndex(list);
  for (let i = 0; i < ws.length; i++) {
    const bucket = idx.get(ws[i].lower);
    if (!bucket || skip?.(i)) continue;
    for (const p of bucket) if (matchAt(ws, i, words(p))) out.push({ phrase: p, at: i });
  }
  return out;
}

// Tokens that can follow a reporting verb, as opposed to the word being a noun ("state media", "claims and").
const AFTER_VERB = new Set([
  'that', 'to', 'it', 'he', 'she', 'they', 'we', 'responsibility', 'credit', 'on', 'in', 'at', 'last', 'this',
  'earlier', 'later', 'yesterday', 'today', 'without', 'repeatedly', 'publicly', 'previously', 'falsely',
]);

/** True when the token at k can follow a reporting verb (so the cue word is no noun). */
export function verbFollows(ws: Word[], k: number, isOpenQuote: (i: number) => boolean): boolean {
  const n = ws[k];
  if (!n) return true;
  if (n.kind === 'punct') return [',', ':', '.', ';', '!', '?'].includes(n.text) || isOpenQuote(k);
  if (n.kind === 'num' || isCap(n) || DET.has(n.lower) || AFTER_VERB.has(n.lower) || isTimeWord(n) || isLy(n)) return true;
  return false;
}

const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc']);

/** Skips auxiliaries, adverbs and short time phrases back from token i ("has also", "on Tuesday", "at 7:10 a.m."). */
export function skipBack(ws: Word[], i: number): number {
  for (let guard = 0; i >= 0 && guard < 8; guard++) {
    const w = ws[i];
    if (AUX.has(w.lower) || ADV_SKIP.has(w.lower) || isLy(w)) {
      i--;
      continue;
    }
    if (isTimeWord(w) || (w.kind === 'num' && isTimeWord(ws[i - 1]))) {
      i--;
      if (isTimeWord(ws[i]) || ws[i]?.kind === 'num') i--;
      if (ws[i] && ['on', 'late', 'early', 'this', 'last', 'in', 'at', 'by', 'since'].includes(ws[i].lower)) i--;
      if (ws[i] && ['late', 'early'].includes(ws[i].lower)) i--;
      continue;
    }
    // "at 7:10 a.m.", "at 19:40": a clock time.
    if ((CLOCK_WORDS.has(w.lower) && ws[i - 1]?.kind === 'num') || (w.kind === 'num' && ws[i - 1]?.text === ':' && ws[i - 2]?.kind === 'num')) {
      i -= CLOCK_WORDS.has(w.lower) ? 1 : 0;
      if (ws[i - 1]?.text === ':' && ws[i - 2]?.kind === 'num') i -= 2;
      i--;
      while (ws[i] && ['at', 'by', 'around', 'about', 'after', 'before', 'until', 'shortly', 'just'].includes(ws[i].lower)) i--;
      continue;
    }
    break;
  }
  return i;
}

/** Collects a noun phrase backwards ending at token i, not before token min. */
export function phraseBack(ws: Word[], inQ: boolean[], i: number, min = 0): Phrase | undefined {
  let first = i + 1;
  let j = i;
  let count = 0;
  while (j >= min && count < 14) {
    const w = ws[j];
    const l = w.lower;
    if (w.text === ')') {
      let k = j - 1;
      while (k >= min && k > j - 10 && ws[k].text !== '(') k--;
      if (k < min || ws[k].text !== '(') break;
      first = k;
      j = k - 1;
      continue;
    }
    if (inQ[j] && j !== i) break;
    // "the residents’ spokesman": the apostrophe of a plural belongs to the phrase.
    if (pluralPossessive(ws, j) && j !== i) {
      j--;
      continue;
    }
    if (w.kind !== 'word') break;
    // "On Saturday morning Demaris told …": the time before the subject is no part of it.
    if (j !== i && isTimeWord(w) && isCap(ws[j + 1])) break;
    if (CONJ.has(l) && !(l === 'and' && isCap(ws[j - 1]) && isCap(ws[j + 1]))) break;
    if (AUX.has(l) || (CUE_VERBS.has(l) && !isCap(w))) break;
    if (PRONOUNS.has(l) && j !== i) break;
    if (PREP.has(l)) {
      const right = ws.slice(j + 1, i + 1);
      // "sources close to the investigation", "a person familiar with the talks", "people with knowledge of the plan"
      const closeTo = (['to', 'with', 'in', 'on'].includes(l) && ['close', 'closer', 'loyal', 'near', 'adviser', 'advisor', 'familiar', 'involved', 'briefed'].includes(ws[j - 1]?.lower ?? ''))
        || (l === 'with' && ws[j + 1]?.lower === 'knowledge');
      // A preposition right after a noun belongs to the subject ("one deputy from the coastal districts").
      const before = ws[j - 1];
      const afterNoun = !!before && before.kind === 'word' && !/(?:ed|ing)$/.test(before.lower) && !AUX.has(before.lower)
        && !CONJ.has(before.lower) && !DET.has(before.lower) && !PREP.has(before.lower) && !CUE_VERBS.has(before.lower) && !PRONOUNS.has(before.lower);
      if ((NP_PREP.has(l) || closeTo) && first <= i && (l === 'of' || l === 'for' || closeTo || right.some(isCap) || afterNoun)) {
        first = j;
        j--;
        count++;
        continue;
      }
      break;
    }
    first = j;
    count++;
    if (DET.has(l)) {
      if (ws[j - 1] && NP_PREP.has(ws[j - 1].lower) && j - 1 >= min) {
        j--;
        continue;
      }
      // "the Harbour Guard and the Coastal Volunteer Brigade"
      if (ws[j - 1]?.lower === 'and' && isCap(ws[j - 2]) && isCap(ws[j + 1]) && j - 2 >= min) {
        first = j - 1;
        j -= 2;
        continue;
      }
      break;
    }
    j--;
  }
  while (first <= i && (PREP.has(ws[first].lower) || (CONJ.has(ws[first].lower)))) first++;
  return first <= i ? { first, last: i } : undefined;
}

/** Collects a noun phrase forwards from token k ("CNN", "the regional minister Oksana Kozlitina"). */
const TITLE_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'cpl', 'gov', 'sen', 'rep', 'adm', 'cmdr', 'supt', 'insp', 'det', 'st', 'rev', 'fr', 'brig']);

export function phraseForward(ws: Word[], inQ: boolean[], k: number): Phrase | undefined {
  let last = k - 1;
  for (let j = k, count = 0; j < ws.length && count < 14; j++, count++) {
    const w = ws[j];
    const l = w.lower;
    if (inQ[j]) break;
    if (w.text === '(') {
      let e = j + 1;
      while (e < ws.length && e < j + 10 && ws[e].text !== ')') e++;
      if (ws[e]?.text !== ')') break;
      last = e;
      j = e;
      continue;
    }
    // "Dr. Lucy Wanjiru", "Lt. Col. Ana Dane": the period of an abbreviated title is part of the name.
    if (w.text === '.' && !w.space && TITLE_ABBREVIATIONS.has(ws[j - 1]?.lower ?? '') && ws[j + 1] && isCap(ws[j + 1])) {
      last = j;
      continue;
    }
    if (w.kind !== 'word') break;
    if (CONJ.has(l) && !(l === 'and' && isCap(ws[j - 1]) && isCap(ws[j + 1]))) break;
    if (AUX.has(l) || (CUE_VERBS.has(l) && j > k) || (PRONOUNS.has(l) && j > k)) break;
    if (isTimeWord(w) && j > k) break;
    if (PREP.has(l)) {
      const n = ws[j + 1];
      if (j > k && NP_PREP.has(l) && n && (DET.has(n.lower) || isCap(n)) && !isTimeWord(n)) {
        last = j;
        continue;
      }
      break;
    }
    if (DET.has(l) && j > k && !NP_PREP.has(ws[j - 1]?.lower ?? '')) break;
    last = j;
  }
  return last >= k ? { first: k, last } : undefined;
}

/** Indexes [lo, hi) of the tokens lying within [start, end), by binary search (tokens are in text order). */
export function tokenRange(ws: Word[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < ws.length && ws[e].end <= end) e++;
  return [lo, e];
}

/** The tokens lying within [start, end). */
export function wordsWithin(ws: Word[], start: number, end: number): Word[] {
  const [lo, hi] = tokenRange(ws, start, end);
  return ws.slice(lo, hi);
}

const REPORT_ADJECTIVES = new Set(['first', 'second', 'third', 'latest', 'last', 'final', 'initial', 'preliminary', 'interim', 'official', 'new', 'own', 'earlier', 'annual', 'internal', 'written', 'confidential', 'leaked']);

/** The source named after "according to" or "citing": up to the end of its clause ("figures released by city hall"). */
export function sourcePhrase(ws: Word[], inQ: boolean[], k: number): Phrase | undefined {
  let last = k - 1;
  let named = false;
  for (let j = k; j < ws.length && j < k + 14; j++) {
    const w = ws[j];
    if (inQ[j] || (w.kind === 'punct' && w.text !== '(' && w.text !== ')') || ['who', 'which', 'that', 'whose', 'but', 'while', 'as'].includes(w.lower)) break;
    // "the first report", "a new estimate": a cue word after a determiner or an adjective is a noun.
    const noun = NOUN_LIKE.has(w.lower) && (DET.has(ws[j - 1]?.lower ?? '') || REPORT_ADJECTIVES.has(ws[j - 1]?.lower ?? ''));
    if (AUX.has(w.lower) || (CUE_VERBS.has(w.lower) && j > k && !w.lower.endsWith('ed') && !noun)) break;
    // "a letter from the governor to the minister": whom it went to is no part of the source.
    if (named && w.lower === 'to') break;
    if (w.lower === 'of' || w.lower === 'from' || w.lower === 'by') named = true;
    last = j;
  }
  // Keep parentheses balanced ("(ISW)").
  while (last >= k && ws[last].text === '(') last--;
  return last >= k ? { first: k, last } : undefined;
}

/** Where the comma- or dash-delimited segment ending at token k starts (parentheses kept whole). */
/** "the Residents’ Committee": an apostrophe after a plural inside a name, not a closing quotation mark. */
function pluralPossessive(ws: Word[], j: number): boolean {
  return (ws[j].text === '’' || ws[j].text === "'") && /s$/i.test(ws[j - 1]?.text ?? '') && ws[j - 1].end === ws[j].start && ws[j + 1]?.kind === 'word';
}

export function segmentStart(ws: Word[], k: number): number {
  let j = k;
  let depth = 0;
  while (j >= 0) {
    const t = ws[j].text;
    if (t === ')') depth++;
    else if (t === '(') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (t === ',' || DASHES.has(t) || CLAUSE_PUNCT.has(t) || (QUOTE_CHARS.has(t) && !pluralPossessive(ws, j)))) break;
    j--;
  }
  return j + 1;
}

/** True when tokens [a, b] are an introductory phrase ("On Monday", "Speaking from Kyiv"). */
export function introductory(ws: Word[], a: number, b: number): boolean {
  const f = ws[a];
  if (!f || b < a) return false;
  if (INTRO_WORDS.has(f.lower) || isTimeWord(f) || isLy(f)) return true;
  // "A day later, …", "Two hours earlier, …", "The next morning, …": a time before the clause.
  const comma = ws.findIndex((w, i) => i > a && i <= b && w.text === ',');
  const span = comma < 0 ? [] : ws.slice(a, comma).filter((w) => w.kind === 'word').map((w) => w.lower);
  if (span.length >= 2 && span.length <= 4 && /^(?:later|earlier|after|before|ago|on)$/.test(span[span.length - 1])
    && span.some((w) => /^(?:days?|weeks?|months?|years?|hours?|minutes?|moments?|morning|evening|night|afternoon)$/.test(w))) return true;
  if (span.length >= 2 && span.length <= 3 && /^(?:the|that|this|next)$/.test(span[0]) && /^(?:morning|evening|night|afternoon|day|week)$/.test(span[span.length - 1])) return true;
  if (f.kind === 'word' && /(?:ing|ed)$/.test(f.lower) && !isCap(ws[a + 1])) return true;
  return false;
}

/** Trims spaces (and for content, quote marks and trailing punctuation) from a span. */
export function trimSpan(prose: string, s: Span, content = false): Span {
  let { start, end } = s;
  const strip = content ? /[\s“”"‘’«»„,;:]/u : /\s/u;
  while (start < end && strip.test(prose[start])) start++;
  // "sent us this: 'The tanks came past …'": what was said is the quotation after the colon.
  const lead = content ? /^(?:this|the following)\s*:\s*["“‘']?/i.exec(prose.slice(start, Math.min(end, start + 24))) : null;
  if (lead && start + lead[0].length < end) start += lead[0].length;
  while (end > start && (strip.test(prose[end - 1]) || (content && prose[end - 1] === '.'))) end--;
  return { start, end };
}
