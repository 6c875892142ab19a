// Figures: counts, sums and shares as news states them, read as ranges of values so that a
// contradiction finder can test whether two figures can both hold.
//
// How a phrase becomes a range (low and high inclusive; null = open):
// - "70" → 70..70. A bare round number is kept exact; `approximate` stays false.
// - "about/around/some/roughly/an estimated N" → N ± 15% (at least ±1 for counts).
// - "nearly/almost/close to N" → N − 15% .. N (the writer rounds up to N).
// - "more than/over/above N" → N+1 .. N+g for counts (N .. N+g for sums and shares), where g
//   is the rounding step the writer used: the largest 1, 5, 10, 50, 100 … that divides N
//   (for "a dozen" the step is 12), at least a tenth of N and at least 2. A writer who
//   knew of 80 dead would say "more than 80", so "more than 70" means 71..80, while
//   "more than 100" means 101..200. So "more than 70" conflicts with "over 100", and
//   "about 40" (34..46) stays compatible with "more than 40" (41..50).
// - "at least N" → N .. open: news uses it for a floor that may rise (tolls).
// - "up to/no more than N" → open .. N; "fewer/less than/under N" → open .. N−1 (counts).
// - "as many as N" → N − 15% .. N.
// - "between A and B", "A to B", "A-B", "A or B" → A..B.
// - "dozens" 24..99, "hundreds" 200..999, "thousands" 2,000..9,999, "several" 3..9,
//   "a few" 2..5, "several hundred" 300..999 (see lexicon/numbers.ts).
// - "no", "none", "no one", "nobody" → 0..0, and "a/an" before a person noun → 1..1, but only
//   where an event (killed, injured, …) says that something is counted.
// Not figures: ordinals (74th), years (2023 unless a counted noun follows), days of the
// month (May 22, 22 May), clock times (03:14, 3 pm), footnote markers ([5]), modifiers
// glued by a hyphen (12-year-old, two-day).
import type { Figure } from './types';
import { scanWords, singular, type Word } from './lexicon/words';
import {
  GLUED_ONLY_MULTIPLIERS, MULTIPLIERS, NOT_ZERO_AFTER_NO, QUALIFIERS, SMALL_NUMBERS, VAGUE_QUANTITIES,
  type Qualifier,
} from './lexicon/numbers';
import {
  CLASS_MODIFIERS, CURRENCY_SYMBOLS, CURRENCY_WORDS, HUMAN_CLASSES, UNIT_CLASS,
} from './lexicon/units';
import { EVENT_BRIDGES, EVENT_CLASS, EVENT_NOUNS_OF_PEOPLE, EVENT_PHRASES, EVENTS_OF_PEOPLE } from './lexicon/events';
import { CLOCK_SUFFIXES, MONTHS, WEEKDAYS } from './lexicon/time';
import { gated } from './prefilter';

/** A number as parsed, before qualifiers and units. */
interface Core {
  /** Token index after the number phrase. */
  end: number;
  value: number;
  /** Rounding step of the number as written (see the header). */
  step: number;
  /** A vague quantity's range ("dozens"), when it has one. */
  range?: [number, number];
  integer: boolean;
  words: boolean;
  percent?: boolean;
  currency?: string;
  /** A unit glued to the digits ("600km"). */
  glued?: Word;
  /** The scale applied ("10 billion" → 1e9, "1.2m" → 1e6); 1 when none. */
  mult: number;
}

/** Marks tokens that are numbers but not figures (dates, ordinals, times). */
interface Skip {
  skip: number;
}

interface EventHit {
  start: number;
  end: number;
  cls: string;
}

const PHRASE = (p: string): string[] => scanWords(p).map((w) => w.lower);
// Qualifier phrases by their first word, in the lexicon's order (longest phrases first there).
const QUALIFIERS_BY_FIRST = new Map<string, (readonly [string[], Qualifier])[]>();
for (const [p, q] of QUALIFIERS) {
  const tokens = PHRASE(p);
  (QUALIFIERS_BY_FIRST.get(tokens[0]) ?? QUALIFIERS_BY_FIRST.set(tokens[0], []).get(tokens[0])!).push([tokens, q]);
}
const VAGUE_TOKENS = [...VAGUE_QUANTITIES].map(([p, r]) => [PHRASE(p), r] as const);
const EVENT_PHRASES_BY_FIRST = new Map<string, (readonly [string[], string])[]>();
for (const [p, c] of EVENT_PHRASES) {
  const tokens = PHRASE(p);
  (EVENT_PHRASES_BY_FIRST.get(tokens[0]) ?? EVENT_PHRASES_BY_FIRST.set(tokens[0], []).get(tokens[0])!).push([tokens, c]);
}

// Verbs whose "over" is a particle: "handed over 97 prisoners", "turned over 40 files" (not "took over
// 40 statements", which is more than 40 as often as not).
const PARTICLE_VERB = /* @__PURE__ */ gated(/^(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)$/);

const STOP = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my',
  'your', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'for', 'into', 'onto', 'over',
  'under', 'near', 'after', 'before', 'during', 'since', 'until', 'and', 'or', 'but', 'nor', 'as',
  'than', 'while', 'who', 'whom', 'whose', 'which', 'where', 'when', 'what', 'if', 'because',
  'although', 'though', 'per', 'via', 'about', 'around', 'across', 'against', 'among', 'between',
  'through', 'within', 'without', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has',
  'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall',
  'should', 'it', 'they', 'them', 'he', 'she', 'we', 'you', 'i', 'there', 'here', 'not', 'no',
  'also', 'still', 'just', 'only', 'all', 'both', 'each', 'some', 'more', 'most', 'many', 'much',
  'such', 'so', 'too', 'very', 'up', 'down', 'out', 'off', 'said', 'says', 'say', 'told',
  'according', 'last', 'next', 'ago', 'earlier', 'later', 'alone', 'else', 'yet', 'then', 'now',
  'reportedly', 'allegedly', 'including', 'among', 'like', 'whether', 'either', 'neither', 'again',
  'away', 'ahead', 'back', 'left', 'remaining', 'others', 'other', 'another', 'of', 'being',
]);

// Adjectives ending in -ly that may sit inside a counted noun phrase ("one elderly lady").
const LY_ADJECTIVES = new Set([
  'elderly', 'family', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'deadly', 'friendly', 'holy',
  'lonely', 'only', 'likely', 'orderly', 'italy', 'military',
]);

const PREPOSITIONS = new Set([
  'from', 'of', 'in', 'at', 'near', 'on', 'inside', 'across', 'outside', 'around', 'along', 'during',
  'among', 'aboard', 'onboard',
]);

const REPORTERS = new Set(['it', 'they', 'he', 'she', 'we', 'officials', 'police']);
const SAYING = new Set(['says', 'said', 'say', 'claims', 'claimed', 'claim', 'believes', 'believe', 'estimates', 'estimated']);
const CLAUSE_STOPS = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'where', 'when', 'while', 'as', 'because', 'although',
  'though', 'if', 'since', 'so', 'than', 'whether', 'said', 'says', 'say', 'told',
]);

// Words allowed between an event and the figure it precedes ("the toll rose to 12").
const BACK_BRIDGES = new Set([
  'to', 'at', 'of', 'rose', 'risen', 'rises', 'climbed', 'reached', 'reaches', 'stands', 'stood',
  'is', 'was', 'has', 'had', 'have', 'been', 'be', 'now', 'by', 'totaled', 'totalled', 'jumped',
  'increased', 'grew', 'including', 'an', 'the', 'some', 'reportedly', 'allegedly', 'having',
  'officially', 'already', 'also', 'about', 'nearly', 'almost', 'least', 'than', 'more', 'up',
  'over', 'around', 'just', 'least', 'another', 'further', 'additional', 'still',
]);

const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', "'", '«', '»', '„']);
const DASHES = new Set(['-', '–', '—', '‐', '‑']);

/** Largest of 1, 5, 10, 50, 100, … that divides the integer n. */
function roundStep(n: number): number {
  if (!Number.isInteger(n) || n <= 0) return 1;
  let step = 1;
  for (let s = 1; s <= n; s *= 10) {
    if (n % s === 0) step = s;
    if (n % (s * 5) === 0 && s * 5 <= n) step = s * 5;
  }
  return step;
}

function wordNumber(lower: string): number | undefined {
  return SMALL_NUMBERS.get(lower);
}

function matchTokens(ws: Word[], i: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) {
    if (ws[i + k]?.lower !== phrase[k]) return -1;
  }
  return i + phrase.length;
}

/** Parses digits at ws[j] with glued or spaced scales, percent signs and clock suffixes. */
function parseDigits(ws: Word[], j: number, second = false): Core | Skip {
  const raw = ws[j].text;
  let value: number;
  let decimals = 0;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) value = Number(raw.replace(/,/g, ''));
  else if (/^\d+(?:\.\d+)?$/.test(raw)) value = Number(raw);
  else return { skip: j + 1 };
  const dot = raw.indexOf('.');
  if (dot >= 0) decimals = raw.length - dot - 1;
  const prev = ws[j - 1];
  const next = ws[j + 1];
  // Footnote markers "[5]", numbered things ("#5") and the second half of "50-50" or "2022-23".
  if (prev && !ws[j].space && (prev.text === '[' || prev.text === '#')) return { skip: j + 1 };
  if (!second && prev && !ws[j].space && DASHES.has(prev.text) && ws[j - 2]?.kind === 'num' && !prev.space) return { skip: j + 1 };
  let k = j + 1;
  let mult = 1;
  let percent = false;
  let glued: Word | undefined;
  if (next && !next.space) {
    const l = next.lower;
    if (next.kind === 'word') {
      if (/^(?:st|nd|rd|th|s)$/.test(l) || CLOCK_SUFFIXES.has(l)) return { skip: j + 2 };
      if (MULTIPLIERS.has(l)) {
        mult = MULTIPLIERS.get(l) ?? 1;
        k++;
      } else if (UNIT_CLASS.has(l) || CURRENCY_WORDS.has(l)) {
        glued = next;
        k++;
      } else return { skip: j + 2 };
    } else if (next.text === '%') {
      percent = true;
      k++;
    } else if ((next.text === ':' || next.text === '.') && ws[j + 2]?.kind === 'num' && !ws[j + 2].space) {
      return { skip: j + 3 };
    } else if (DASHES.has(next.text) && ws[j + 2] && !ws[j + 2].space && ws[j + 2].kind === 'word'
      && wordNumber(ws[j + 2].lower) === undefined && ws[j + 2].lower !== 'magnitude' && ws[j + 2].lower !== 'odd') {
      // "12-year-old", "600-km": a modifier, not a count.
      return { skip: j + 3 };
    }
  }
  while (ws[k]?.kind === 'word' && MULTIPLIERS.has(ws[k].lower) && !GLUED_ONLY_MULTIPLIERS.has(ws[k].lower)) {
    mult *= MULTIPLIERS.get(ws[k].lower) ?? 1;
    k++;
  }
  if (ws[k]?.kind === 'word' && CLOCK_SUFFIXES.has(ws[k].lower) && mult === 1) return { skip: k + 1 };
  const step = (decimals > 0 ? 10 ** -decimals : roundStep(value)) * mult;
  return {
    end: k, value: value * mult, step, integer: decimals === 0 || mult > 1, words: false, percent,
    glued, mult,
  };
}

const HYPHENS = /[-‐‑]/;

/** Parses number words ("seventy", "two hundred and five", "a dozen", "dozens", "several hundred"). */
function parseWords(ws: Word[], j: number): Core | Skip | null {
  const w = ws[j];
  for (const [phrase, range] of VAGUE_TOKENS) {
    const e = matchTokens(ws, j, phrase);
    if (e < 0) continue;
    // "several hundred", "a few thousand": the vague count scales.
    const scale = ws[e]?.kind === 'word' ? MULTIPLIERS.get(ws[e].lower) : undefined;
    if (scale && !GLUED_ONLY_MULTIPLIERS.has(ws[e].lower) && range[1] < 100) {
      return { end: e + 1, value: range[0] * scale, step: scale, range: [range[0] * scale, (range[1] + 1) * scale - 1], integer: true, words: true, mult: scale };
    }
    // "tens of thousands", "hundreds of thousands".
    const scaleWord = ws[e + 1]?.lower.replace(/s$/, '') ?? '';
    if (ws[e]?.lower === 'of' && MULTIPLIERS.has(scaleWord) && !GLUED_ONLY_MULTIPLIERS.has(scaleWord) && (MULTIPLIERS.get(scaleWord) ?? 0) >= 1000) {
      const s = MULTIPLIERS.get(scaleWord) ?? 1;
      return { end: e + 2, value: range[0] * s, step: s, range: [range[0] * s, (range[1] + 1) * s - 1], integer: true, words: true, mult: s };
    }
    if (phrase[0] === 'scores' && ws[e]?.lower !== 'of') return null;
    return { end: e, value: range[0], step: 1, range: [range[0], range[1]], integer: true, words: true, mult: 1 };
  }
  if (w.lower === 'tens' && ws[j + 1]?.lower === 'of' && ws[j + 2]?.lower === 'thousands') {
    return { end: j + 3, value: 20000, step: 10000, range: [20000, 99999], integer: true, words: true, mult: 1000 };
  }
  if (w.lower === 'half' && ws[j + 1]?.lower === 'a' && ws[j + 2]?.lower === 'dozen') {
    return { end: j + 3, value: 6, step: 6, integer: true, words: true, mult: 1 };
  }
  // "a dozen", "a hundred", "a million".
  if ((w.lower === 'a' || w.lower === 'an') && ws[j + 1]) {
    const l = ws[j + 1].lower;
    if (l === 'dozen') return { end: j + 2, value: 12, step: 12, integer: true, words: true, mult: 1 };
    const s = MULTIPLIERS.get(l);
    if (s && !GLUED_ONLY_MULTIPLIERS.has(l) && l !== 'millions') {
      return { end: j + 2, value: s, step: s, integer: true, words: true, mult: s };
    }
    return null;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  let k = j;
  let lastStep = 1;
  while (k < ws.length && ws[k].kind === 'word') {
    const l = ws[k].lower;
    // Split only where there is a hyphen to split on: most words are read as they are.
    if (HYPHENS.test(l)) {
      const vals = l.split(HYPHENS).map(wordNumber);
      if (vals.every((v) => v !== undefined)) {
        current += vals.reduce<number>((a, v) => a + (v ?? 0), 0);
        lastStep = 1;
        seen = true;
        k++;
        continue;
      }
      // "two-day", "five-storey": a modifier.
      if (vals[0] !== undefined && !seen) return { skip: k + 1 };
      break;
    }
    const small = wordNumber(l);
    if (small !== undefined) {
      if (seen && current % 100 !== 0 && current >= 0 && small < 10 && current % 10 !== 0) break;
      current += small;
      lastStep = small >= 20 && small % 10 === 0 ? 10 : 1;
      seen = true;
      k++;
      continue;
    }
    if (!seen) return null;
    if (l === 'hundred') {
      current = (current || 1) * 100;
      lastStep = 100;
      k++;
      continue;
    }
    if (l === 'dozen') {
      current = (current || 1) * 12;
      lastStep = 12;
      k++;
      continue;
    }
    const s = MULTIPLIERS.get(l);
    if (s && s >= 1000 && !GLUED_ONLY_MULTIPLIERS.has(l) && l !== 'millions') {
      total += (current || 1) * s;
      current = 0;
      lastStep = s;
      k++;
      continue;
    }
    if (l === 'and' && ws[k + 1] && wordNumber(ws[k + 1].lower.split(/[-‐‑]/)[0]) !== undefined && (total > 0 || current >= 100)) {
      k++;
      continue;
    }
    break;
  }
  if (!seen) return null;
  const value = total + current;
  return { end: k, value, step: Math.max(lastStep, roundStep(value)), integer: true, words: true, mult: total > 0 ? lastStep : 1 };
}

function parseCore(ws: Word[], j: number, second = false): Core | Skip | null {
  const w = ws[j];
  if (!w) return null;
  if (w.kind === 'num') return parseDigits(ws, j, second);
  if (w.kind === 'word') return parseWords(ws, j);
  return null;
}

function isSkip(c: Core | Skip | null): c is Skip {
  return c !== null && 'skip' in c;
}

/** Applies a qualifier to a stated value, as documented in the header. */
function qualify(q: Qualifier | undefined, c: Core, count: boolean): { low: number | null; high: number | null; approximate: boolean } {
  const v = c.value;
  if (c.range && (!q || q === 'exact')) return { low: c.range[0], high: c.range[1], approximate: true };
  const tol = Math.max(v * 0.15, count ? 1 : 0);
  const down = (x: number): number => (count || c.integer ? Math.floor(x) : x);
  const up = (x: number): number => (count || c.integer ? Math.ceil(x) : x);
  switch (q) {
    case 'more': {
      const g = Math.max(c.step, count ? Math.ceil(v / 10) : v / 10, count ? 2 : 0);
      return { low: count ? v + 1 : v, high: v + g, approximate: true };
    }
    case 'atLeast':
      return { low: v, high: null, approximate: true };
    case 'less':
      return { low: null, high: count ? Math.max(0, v - 1) : v, approximate: true };
    case 'atMost':
      return { low: null, high: v, approximate: true };
    case 'about':
      return { low: down(v - tol), high: up(v + tol), approximate: true };
    case 'nearly':
    case 'asManyAs':
      return { low: down(v - tol), high: v, approximate: true };
    default:
      return { low: v, high: v, approximate: c.words && c.step === 12 };
  }
}

/** Finds event phrases and words, indexed by their first and last token. */
function indexEvents(ws: Word[]): { byStart: Map<number, EventHit>; byEnd: Map<number, EventHit> } {
  const byStart = new Map<number, EventHit>();
  const byEnd = new Map<number, EventHit>();
  for (let i = 0; i < ws.length; i++) {
    let hit: EventHit | undefined;
    for (const [phrase, cls] of EVENT_PHRASES_BY_FIRST.get(ws[i].lower) ?? []) {
      const e = matchTokens(ws, i, phrase);
      if (e > 0) {
        hit = { start: i, end: e - 1, cls };
        break;
      }
    }
    if (!hit && ws[i].kind === 'word') {
      const cls = EVENT_CLASS.get(ws[i].lower);
      if (cls) hit = { start: i, end: i, cls };
    }
    if (hit) {
      // A phrase found earlier ("death toll") wins over its last word ("toll").
      if (!byStart.has(hit.start)) byStart.set(hit.start, hit);
      if (!byEnd.has(hit.end)) byEnd.set(hit.end, hit);
    }
  }
  return { byStart, byEnd };
}

function isAdverb(l: string): boolean {
  return l.length > 4 && l.endsWith('ly') && !LY_ADJECTIVES.has(l);
}

function looksPlural(l: string): boolean {
  return l.length > 3 && l.endsWith('s') && !l.endsWith('ss') && !l.endsWith('us') && !l.endsWith('is');
}

interface UnitHit {
  /** Token index of the head noun. */
  head: number;
  /** Token index after the noun phrase. */
  end: number;
  unitClass: string | null;
  currency?: string;
  percent?: boolean;
  eventNoun?: string;
  /** Token index of an event participle before the noun ("three captured servicemen"). */
  eventAt?: number;
  known: boolean;
  /** A nationality the counted noun names ("103 Talvessans", "97 Zemlyrian prisoners"): its demonym, lower case. */
  group?: string;
}

// A nationality counted: "103 Talvessans", "three Britons", "12 Iraqis" (a capitalised plural with a demonym's
// ending), or a demonym before a noun of people ("97 Zemlyrian prisoners").
const DEMONYM_PLURAL = /* @__PURE__ */ gated(/^\p{Lu}\p{Ll}{2,}(?:ians|eans|ans|ons|is|ese)$/u);
const DEMONYM_ADJECTIVE = /* @__PURE__ */ gated(/^\p{Lu}\p{Ll}{2,}(?:ian|ean|an|i|ese|ish)$/u);

/** Reads the counted noun phrase after a number ("Ukrainian fighters", "of the attackers"). */
function readUnit(ws: Word[], k: number, partitive: boolean): UnitHit | null {
  let i = k;
  if (ws[i]?.lower === 'per' && ws[i + 1]?.lower === 'cent') {
    return { head: i + 1, end: i + 2, unitClass: 'percent', percent: true, known: true };
  }
  if (ws[i]?.lower === 'percent' || ws[i]?.lower === 'pc') {
    return { head: i, end: i + 1, unitClass: 'percent', percent: true, known: true };
  }
  if (ws[i]?.lower === 'percentage' && ws[i + 1]?.lower === 'points') {
    return { head: i + 1, end: i + 2, unitClass: 'percent', percent: true, known: true };
  }
  if (partitive && ws[i]?.lower === 'of') {
    i++;
    if (['the', 'its', 'their', 'his', 'her', 'these', 'those', 'our'].includes(ws[i]?.lower ?? '')) i++;
  }
  const collected: number[] = [];
  // "three captured Tarsian servicemen", "two wounded soldiers": an event participle before a known noun.
  let eventAt: number | undefined;
  const first = ws[i];
  if (first?.kind === 'word' && EVENT_CLASS.has(first.lower) && /ed$|en$/.test(first.lower)) {
    const next = [ws[i + 1], ws[i + 2]].findIndex((w) => w && UNIT_CLASS.has(w.lower));
    if (next >= 0 && (next === 0 || /^\p{Lu}/u.test(ws[i + 1].text))) {
      eventAt = i;
      i++;
    }
  }
  while (i < ws.length && collected.length < 4) {
    const w = ws[i];
    if (w.kind === 'punct') {
      if (QUOTE_MARKS.has(w.text)) {
        i++;
        continue;
      }
      break;
    }
    if (w.kind === 'num') break;
    const l = w.lower;
    if (STOP.has(l) || CLAUSE_STOPS.has(l) || isAdverb(l) || MONTHS.has(l) && /^\p{Lu}/u.test(w.text)) break;
    if (EVENT_CLASS.has(l) && !EVENT_NOUNS_OF_PEOPLE.has(l)) break;
    if (l === "'s" || l === '’s') break;
    collected.push(i);
    i++;
    const known = UNIT_CLASS.has(l) || CURRENCY_WORDS.has(l) || EVENT_NOUNS_OF_PEOPLE.has(l);
    // A plural noun ends the phrase ("two drones fly"), unless a known noun follows ("police officers").
    if (looksPlural(l) || (known && !UNIT_CLASS.has(ws[i]?.lower ?? '') && !CURRENCY_WORDS.has(ws[i]?.lower ?? ''))) {
      if (!(ws[i] && (UNIT_CLASS.has(ws[i].lower) || CURRENCY_WORDS.has(ws[i].lower)))) break;
    }
  }
  if (!collected.length) return null;
  let head = -1;
  for (const c of collected) {
    const l = ws[c].lower;
    if (UNIT_CLASS.has(l) || CURRENCY_WORDS.has(l) || EVENT_NOUNS_OF_PEOPLE.has(l)) head = c;
  }
  const known = head >= 0;
  if (head < 0) {
    const plural = collected.find((c) => looksPlural(ws[c].lower));
    head = plural ?? collected[collected.length - 1];
    const l = ws[head].lower;
    // "103 Talvessans": people of a nation, unless a name goes on ("3 Rivers Road").
    const first = collected[0];
    if (DEMONYM_PLURAL.test(ws[first].text) && !/^\p{Lu}/u.test(ws[first + 1]?.text ?? '')) {
      const nation = ws[first].lower;
      return { head: first, end: first + 1, unitClass: 'people', known: true, group: nation.endsWith('s') ? nation.slice(0, -1) : nation };
    }
    // Proper nouns and verb forms are not counted nouns.
    if (/^\p{Lu}/u.test(ws[head].text) || (!plural && (/(?:ed|ing)$/.test(l) || l.length < 3))) return null;
  }
  const end = collected[collected.length - 1] + 1;
  const l = ws[head].lower;
  const currency = CURRENCY_WORDS.get(l);
  if (currency) return { head, end, unitClass: 'money', currency, known };
  if (EVENT_NOUNS_OF_PEOPLE.has(l)) return { head, end, unitClass: 'people', eventNoun: l, known };
  let unitClass = UNIT_CLASS.get(l) ?? singular(l);
  for (const c of collected) {
    if (c >= head) break;
    const m = CLASS_MODIFIERS.get(ws[c].lower);
    if (m && HUMAN_CLASSES.has(unitClass)) unitClass = m;
  }
  // "97 Zemlyrian prisoners", "118 Talvessan servicemen": the nation of a count of people.
  const nation = known && HUMAN_CLASSES.has(unitClass) ? collected.find((c) => c < head && DEMONYM_ADJECTIVE.test(ws[c].text)) : undefined;
  return { head, end, unitClass, known, ...(eventAt !== undefined ? { eventAt } : {}), ...(nation !== undefined ? { group: ws[nation].lower } : {}) };
}

/** Looks forward from token k for the event of a figure ("were reportedly killed"). */
function eventAfter(ws: Word[], k: number, events: Map<number, EventHit>): EventHit | undefined {
  let inPhrase = 0;
  let named = false;
  // Being aboard is where people were, and gives way to what befell them: "three crew aboard were killed".
  let aboard: EventHit | undefined;
  for (let i = k, steps = 0; i < ws.length && steps < 10; i++, steps++) {
    const w = ws[i];
    if (w.kind === 'punct') {
      if (QUOTE_MARKS.has(w.text)) continue;
      return aboard;
    }
    const hit = events.get(i);
    if (hit?.cls === 'aboard' && !aboard) {
      aboard = hit;
      i = hit.end;
      inPhrase = 1;
      continue;
    }
    // "a seized carrier": a participle after an article describes a noun, it is no event.
    if (hit && !['a', 'an', 'the'].includes(ws[i - 1]?.lower ?? '')) return hit;
    if (w.kind === 'num') return aboard;
    const l = w.lower;
    // "17 sick babies and three deaths": another count takes the event that follows it.
    if (l !== 'one' && wordNumber(l) !== undefined) return aboard;
    if (EVENT_BRIDGES.has(l) || isAdverb(l)) {
      inPhrase = 0;
      continue;
    }
    // "16 inmates it says died": a reporting aside between the count and its event.
    if (REPORTERS.has(l) && SAYING.has(ws[i + 1]?.lower ?? '')) {
      i++;
      continue;
    }
    // "16 men from Block D who are dead": a relative clause whose verb is the event.
    if (l === 'who') continue;
    if (CLAUSE_STOPS.has(l)) return aboard;
    if (PREPOSITIONS.has(l)) {
      inPhrase = 1;
      continue;
    }
    // Inside a prepositional phrase ("from the village of Lenmark") until a verb-like word;
    // a lowercase word right after a name is the verb ("… of the Harbour Guard stands").
    if (inPhrase && inPhrase < 6 && !/(?:ed|ing)$/.test(l) && l !== "'s" && !(named && !/^\p{Lu}/u.test(w.text) && !STOP.has(l))) {
      named = /^\p{Lu}/u.test(w.text);
      inPhrase++;
      continue;
    }
    if (l === "'s" && inPhrase) continue;
    return aboard;
  }
  return aboard;
}

/** Looks back from token f for an event that governs the figure ("killed over 100", "death toll rose to 12"). */
function eventBefore(ws: Word[], f: number, events: Map<number, EventHit>, maxSteps = 5): EventHit | undefined {
  for (let i = f - 1, steps = 0; i >= 0 && steps < maxSteps; i--, steps++) {
    const w = ws[i];
    if (w.kind === 'punct') {
      if (QUOTE_MARKS.has(w.text)) continue;
      return undefined;
    }
    const hit = events.get(i);
    if (hit && hit.cls !== 'hit') return hit;
    if (!BACK_BRIDGES.has(w.lower)) return undefined;
  }
  return undefined;
}

function strip(text: string): string {
  return text.replace(/^[“”"‘’'«»„]+|[“”"‘’'«»„]+$/g, '');
}

interface Draft extends Figure {
  first: number;
  last: number;
  unitEnd: number;
}

// A place that holds its inmates: "a prison holding about 1,400 prisoners", "cells for 40 detainees".
const HOLDING_PLACE = /* @__PURE__ */ gated(/\b(?:prisons?|jails?|penitentiar(?:y|ies)|complex|facilit(?:y|ies)|wings?|blocks?|cells?|colon(?:y|ies)|centres?|centers?)\b[^.;]{0,30}$/i);

/**
 * Whether prisoners a figure counts are a place's population ("a prison holding 1,400 prisoners") or a
 * part of a group ("one of the hostages"), not people taken captive.
 */
function heldByPlace(prose: string, ws: Word[], start: number, numberEnd: number): boolean {
  return ws[numberEnd]?.lower === 'of' || HOLDING_PLACE.test(prose.slice(Math.max(0, start - 50), start));
}

const PEOPLE_STATES = new Set(['dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'hospitalised', 'hospitalized', 'arrested', 'detained', 'evacuated', 'displaced', 'rescued']);
const SPEED_UNITS = new Set(['mph', 'kph', 'kmh', 'knots', 'knot']);
const PER_HOUR = /* @__PURE__ */ gated(/^(?:\s*\/\s*h(?:r|our)?\b|\s+(?:per|an|a) hour\b)/);
// The vehicle whose speed a figure gives: the last one named before it in the sentence.
const VEHICLE = /* @__PURE__ */ gated(/\b(train|tram|car|bus|lorry|truck|van|vehicle|ship|ferry|boat|vessel|plane|aircraft|jet|helicopter|locomotive|motorcycle)(?:'s)?\b/gi);
// "The 60 km/h limit", "a speed limit of 60 km/h", "up to 80 km/h": a limit, not how fast anything went.
const LIMIT_AFTER = /* @__PURE__ */ gated(/^\s*(?:speed\s+)?(?:limit|restriction|maximum)\b/i);
const LIMIT_BEFORE = /* @__PURE__ */ gated(/\b(?:limit(?:ed)?(?:\s+(?:of|to|was|is))?|maximum(?:\s+of)?|up\s+to|no\s+more\s+than|not\s+exceed|allowed|permitted)\s*$/i);

// How deep a mine working, a well or an earthquake's focus is.
const DEPTH_BEFORE = /* @__PURE__ */ gated(/(?<!-)\bdepths?\b[^.;!?\d]{0,40}$|\b(?:driven|sunk|dug|drilled)\s+(?:down\s+)?to\s+$/i);
// "870 metres down", not "14 km down the valley" (a way along it).
const DEPTH_AFTER = /* @__PURE__ */ gated(/^\s*(?:[\p{L}.]+\s+)?(?:deep|down(?!\s+(?:the|a|this|that|from|towards?|river|stream|valley|road|coast|hill)\b)|below\s+(?:the\s+)?(?:surface|ground))\b/iu);
const COAST_AFTER = /* @__PURE__ */ gated(/^\s*(?:[\p{L}.]+\s*)?of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:coast(?:line)?s?|shore(?:line)?s?|beach(?:es)?|seafront|waterfront)\b/iu);
const DEPTH_NOT = /* @__PURE__ */ gated(/^\s*(?:[\p{L}.]+\s+)?(?:limit|restriction|maximum|away|from|long|wide|high|tall)\b/iu);

// A prison term: "sentenced [him] to nine years", "jailed for six years", "the sentence was 11 years",
// "nine years' imprisonment", "11 years in a strict-regime penal colony".
// The figure must be the term itself: right after "sentenced … to", "jailed for", "the sentence was".
const TERM_BEFORE = /* @__PURE__ */ gated(/\b(?:sentenced|sentencing)\b[^.;!?]{0,50}?\bto\s+$|\b(?:jailed|imprisoned)\s+for\s+$|\bsentence\s+(?:is|was|of)\s+$|\b(?:prison|jail)\s+(?:term|sentence)\s+of\s+$/i);
const TERM_AFTER = /* @__PURE__ */ gated(/^(?:['’]\s*(?:imprisonment|jail|prison)|\s+(?:in\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:prison|jail|penal\s+colony|colony)|of\s+imprisonment))\b/i);
// Not the term given: one asked for, one the law allows, one a defendant faces, an earlier one, one cut on appeal.
const TERM_NOT = /* @__PURE__ */ gated(/\b(?:ask\w*|request\w*|sought|seek\w*|demand\w*|fac(?:e|es|ed|ing)|could|may|might|maximum|minimum|up\s+to|carr(?:y|ies)|punishable|previous\w*|earlier|already|served|serving|reduced|cut|commuted|parole|banned|ban|probation)\b[^.;!?]{0,60}$/i);
// "two years suspended", "three years' probation": no time in prison.
const TERM_NOT_AFTER = /* @__PURE__ */ gated(/^\s*(?:['’]\s*)?(?:suspended|on\s+probation|probation|of\s+probation)\b/i);

// What was closed, and for how long: "the runway was shut for 26 hours", "shut Eskaria's main airport for
// 19 hours", "the border crossing stayed closed for three days". An airport and its runway are one closure.
const CLOSED_THING = '(airport|runway|road|motorway|highway|bridge|tunnel|border|crossing|port|harbou?r|station|line|railway|market|mine|plant|factory|park|beach|airspace)';
const CLOSED_BEFORE = /* @__PURE__ */ gated(new RegExp(`\\b${CLOSED_THING}s?\\b[^.;!?]{0,40}?\\b(?:was|were|had\\s+been|has\\s+been|stayed|remained|is|are)\\s+(?:\\w+\\s+)?(?:closed|shut(?:\\s+down)?|blocked)\\s+for\\s+(?:about\\s+|almost\\s+|nearly\\s+|roughly\\s+|some\\s+|more\\s+than\\s+|over\\s+|at\\s+least\\s+|just\\s+)?$`, 'i'));
const CLOSED_AFTER = /* @__PURE__ */ gated(new RegExp(`\\b(?:closed|shut(?:\\s+down)?|closing|shutting(?:\\s+down)?|shuts?|closes)\\s+(?:the\\s+|its\\s+|[\\p{L}'’-]+['’]s\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${CLOSED_THING}\\s+for\\s+(?:about\\s+|almost\\s+|nearly\\s+|roughly\\s+|some\\s+|more\\s+than\\s+|over\\s+|at\\s+least\\s+|just\\s+)?$`, 'iu'));

/** What a duration says was closed for that long (the thing's name), or undefined. */
function closureOf(before: string): string | undefined {
  // "One of the two runways was closed for two hours": a part of the airport, not the airport.
  if (/\b(?:one|two|three|both|each)\s+of\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:runways|roads|lines|crossings|bridges|tunnels)\b/i.test(before)) return undefined;
  const thing = (CLOSED_BEFORE.exec(before) ?? CLOSED_AFTER.exec(before))?.[1].toLowerCase();
  return thing === 'runway' ? 'airport' : thing === 'harbor' ? 'harbour' : thing;
}

function isPrisonTerm(prose: string, start: number, end: number): boolean {
  const before = prose.slice(Math.max(0, start - 80), start);
  const after = prose.slice(end, end + 40);
  return !TERM_NOT.test(before) && !TERM_NOT_AFTER.test(after.replace(/^\s*(?:years?|months?)\b/i, ''))
    && (TERM_BEFORE.test(before) || TERM_AFTER.test(after));
}

/** Whether a distance is a depth: a depth word just before it, or "deep" after it; not a limit. */
function isDepth(prose: string, start: number, end: number): boolean {
  const after = prose.slice(end, end + 30);
  if (DEPTH_NOT.test(after)) return false;
  return DEPTH_AFTER.test(after) || DEPTH_BEFORE.test(prose.slice(Math.max(0, start - 50), start));
}

// A storm's winds: "sustained winds of 160 km/h", "put the winds at 205 km/h"; gusts are another figure.
const WIND_BEFORE = /* @__PURE__ */ gated(/\b(?:(gusts?|gusting|gusted)|winds?|wind\s+speeds?)\s+(?:(?:of|at|to|reaching|near|around|about|roughly|some|estimated\s+at|up\s+to)\s+){0,3}$/i);
// Winds that changed or may come are no reading of the storm at its height.
const WIND_CHANGE = /* @__PURE__ */ gated(/\b(?:weaken\w*|dropp\w*|eas\w*|fell|fall\w*|slow\w*|forecast\w*|expected|could|may|might|will|would|predict\w*|later|since)\b/i);

/** The vehicle a speed is of, or undefined for a limit or a speed of nothing the sentence names. */
function speedOf(prose: string, sentenceStart: number, figureStart: number, tail: number, unitEnd: number): string | undefined {
  if (LIMIT_AFTER.test(prose.slice(unitEnd + tail, unitEnd + tail + 20)) || LIMIT_BEFORE.test(prose.slice(Math.max(sentenceStart, figureStart - 30), figureStart))) return undefined;
  const wind = WIND_BEFORE.exec(prose.slice(Math.max(sentenceStart, figureStart - 40), figureStart));
  // "winds of up to 120 km/h" is a ceiling, neither the sustained wind nor a gust.
  if (wind) return WIND_CHANGE.test(prose.slice(sentenceStart, figureStart)) || /^(?:up\s+to|as\s+much\s+as)\b/i.test(prose.slice(figureStart, figureStart + 12)) ? undefined : wind[1] ? 'gust' : 'sustained wind';
  let vehicle: string | undefined;
  for (const m of prose.slice(sentenceStart, figureStart).matchAll(VEHICLE)) vehicle = m[1].toLowerCase();
  return vehicle;
}

/** Finds the figures in prose[start, end): counts, sums and shares with their unit and event. */
export function extractFigures(prose: string, start: number, end: number): Figure[] {
  const ws = scanWords(prose, start, end);
  const { byStart, byEnd } = indexEvents(ws);
  const out: Draft[] = [];
  const make = (first: number, last: number, low: number | null, high: number | null, approximate: boolean,
    unit: UnitHit | null, extra: { currency?: string; percent?: boolean; glued?: Word; textEnd?: number }): Draft => {
    const s = ws[first].start;
    const e = ws[(extra.textEnd ?? last) - 1].end;
    let unitText: string | null = null;
    let unitClass: string | null = null;
    if (extra.currency) {
      unitText = extra.currency;
      unitClass = 'money';
    } else if (extra.percent) {
      unitText = 'percent';
      unitClass = 'percent';
    } else if (extra.glued) {
      const cur = CURRENCY_WORDS.get(extra.glued.lower);
      unitText = cur ?? extra.glued.text;
      unitClass = cur ? 'money' : UNIT_CLASS.get(extra.glued.lower) ?? null;
    } else if (unit) {
      if (unit.currency) unitText = unit.currency;
      else if (unit.percent) unitText = 'percent';
      else if (!unit.eventNoun) unitText = strip(ws[unit.head].text);
      unitClass = unit.unitClass;
    }
    // "58 km/h", "94km/h", "36 mph", "18 knots": the speed of the vehicle the sentence names before it.
    const unitEnd = extra.glued ? extra.glued.end : unit && !unit.currency && !unit.percent ? ws[unit.end - 1].end : -1;
    const perHour = unitEnd >= 0 ? PER_HOUR.exec(prose.slice(unitEnd, unitEnd + 14)) : null;
    if (unitEnd >= 0 && (SPEED_UNITS.has((unitText ?? '').toLowerCase()) || (unitClass === 'distance' && perHour))) {
      const tail = perHour?.[0] ?? '';
      const speed = speedOf(prose, start, s, tail.length, unitEnd);
      const end = Math.max(e, unitEnd + tail.length);
      return {
        start: s, end, text: prose.slice(s, end), low, high, unit: `${unitText ?? ''}${tail.replace(/\s+/g, ' ').replace(/^ \//, '/')}`, unitClass: 'speed',
        event: speed ?? null, eventClass: speed ? 'speed' : null, approximate, first, last, unitEnd: unit ? unit.end : last,
      };
    }
    let event: EventHit | undefined;
    if (unit?.eventNoun) event = byStart.get(unit.head);
    else if (unit?.eventAt !== undefined) event = byStart.get(unit.eventAt);
    const after = unit ? unit.end : last;
    const eventFollows = event ?? eventAfter(ws, after, byStart);
    event = eventFollows ?? eventBefore(ws, first, byEnd);
    // "Nine officers were held" counts hostages; "a wing that held 212 men" says what a place contains.
    if (event?.cls === 'held' && !eventFollows) event = undefined;
    const eventText = event ? prose.slice(ws[event.start].start, ws[event.end].end) : null;
    // "the death toll rose to 12", "12 deaths": the count is of people.
    // "killing at least 19", "the toll rose to 31": a count of what befell people, when no noun says
    // otherwise. A bare count before its event ("70 had been killed") refers back to a noun before it.
    if (!unitText && !unitClass && event && (EVENT_NOUNS_OF_PEOPLE.has(ws[event.end].lower) || (!eventFollows && EVENTS_OF_PEOPLE.has(event.cls)))) unitClass = 'people';
    // "counted 47 dead", "12 killed and 40 injured": a count right before what befell them counts people.
    if (!unitText && !unitClass && event && eventFollows && event.start === last && PEOPLE_STATES.has(ws[event.start].lower)) unitClass = 'people';
    return {
      start: s, end: e, text: prose.slice(s, e), low, high, unit: unitText, unitClass,
      // "holds three prisoners": being held is what befell them.
      event: eventText, eventClass: event?.cls ?? (unitClass === 'prisoners' && !heldByPlace(prose, ws, s, last) ? 'captured' : null), approximate,
      first, last, unitEnd: unit ? unit.end : last, ...(unit?.group ? { group: unit.group } : {}),
    };
  };

  for (let i = 0; i < ws.length;) {
    const w = ws[i];
    // Zero readings: "no civilians were killed", "no one died", "none of the attackers".
    if (w.kind === 'word' && (w.lower === 'no' || w.lower === 'none' || w.lower === 'nobody' || w.lower === 'zero')) {
      const d = readZero(ws, i);
      if (d) {
        const f = make(i, d.last, 0, 0, false, d.unit, { textEnd: d.textEnd });
        if (f.eventClass || d.unit?.eventNoun) {
          if (d.people) {
            f.unit = 'people';
            f.unitClass = 'people';
          }
          out.push(f);
          i = d.last;
          continue;
        }
      }
    }
    // Qualifiers and "between A and B".
    let q: Qualifier | undefined;
    let k = i;
    const between = w.lower === 'between';
    if (between) k = i + 1;
    else {
      // "handed over 97 prisoners": the verb's particle, not "more than".
      const particle = w.lower === 'over' && i > 0 && PARTICLE_VERB.test(ws[i - 1].lower);
      for (const [phrase, qual] of particle ? [] : QUALIFIERS_BY_FIRST.get(w.lower) ?? []) {
        const e = matchTokens(ws, i, phrase);
        if (e > 0) {
          q = qual;
          k = e;
          break;
        }
      }
    }
    // Currency symbol before the number ("$125 million", "US$5", "€3bn").
    let currency: string | undefined;
    const sym = ws[k];
    if (sym) {
      const two = ws[k + 1] && !ws[k + 1].space ? (sym.lower + ws[k + 1].text).toLowerCase() : '';
      if (CURRENCY_SYMBOLS.has(two) && ws[k + 2]?.kind === 'num') {
        currency = CURRENCY_SYMBOLS.get(two);
        k += 2;
      } else if (CURRENCY_SYMBOLS.has(sym.text) && ws[k + 1]?.kind === 'num') {
        currency = CURRENCY_SYMBOLS.get(sym.text);
        k += 1;
      }
    }
    const core = parseCore(ws, k);
    if (core === null) {
      // "a civilian died": one, where a person noun and an event say so.
      if ((w.lower === 'a' || w.lower === 'an') && !q && !currency) {
        const d = readArticle(ws, i, byStart, byEnd);
        if (d) {
          const f = make(i, i + 1, 1, 1, false, d, { textEnd: d.end });
          if (f.eventClass) {
            out.push(f);
            i = d.end;
            continue;
          }
        }
      }
      i++;
      continue;
    }
    if (isSkip(core)) {
      i = Math.max(core.skip, i + 1);
      continue;
    }
    let c = core;
    let last = c.end;
    // Ranges: "between 10 and 12", "10 to 12", "10-12", "two or three".
    let rangeHigh: Core | undefined;
    const joiner = ws[last];
    const fromBefore = ws[i - 1]?.lower === 'from';
    if (joiner && (between ? joiner.lower === 'and'
      : (joiner.lower === 'to' && !fromBefore) || joiner.lower === 'or' || (DASHES.has(joiner.text) && joiner.text !== '—'))) {
      let k2 = last + 1;
      if (currency && CURRENCY_SYMBOLS.has(ws[k2]?.text ?? '')) k2++;
      const c2 = parseCore(ws, k2, true);
      if (c2 && !isSkip(c2)) {
        // "10 to 12 million": the scale of the second number applies to the first.
        const scaled = c2.mult > 1 && c.mult === 1 && !c.words ? { ...c, value: c.value * c2.mult, step: c.step * c2.mult, mult: c2.mult } : c;
        if (c2.value > scaled.value && (joiner.lower !== 'or' || c2.value <= 10 * scaled.value)) {
          c = scaled;
          rangeHigh = c2;
          last = c2.end;
        }
      }
    } else if (between) {
      i++;
      continue;
    }
    // A qualifier after the number: "15 or more", "40 or so", "40-odd".
    if (!rangeHigh && !c.range) {
      const a = ws[last];
      const b = ws[last + 1];
      if (a?.lower === 'or' && (b?.lower === 'more' || b?.lower === 'so') && (!q || b.lower === 'so')) {
        q = b.lower === 'more' ? 'atLeast' : q ?? 'about';
        last += 2;
      } else if (!q && a && DASHES.has(a.text) && !a.space && b?.lower === 'odd' && !b.space) {
        q = 'more';
        last += 2;
      }
    }
    const isYearLike = !currency && !q && !rangeHigh && !c.words && c.integer && c.mult === 1 && !c.percent
      && /^\d{4}$/.test(ws[k].text) && c.value >= 1000 && c.value <= 2100;
    // Days of the month next to a month name, and numbers next to a weekday.
    const before = ws[k - 1];
    const afterW = ws[last];
    const monthBefore = before && MONTHS.has(before.lower) && /^\p{Lu}/u.test(before.text) && c.value <= 31;
    const monthAfter = afterW && MONTHS.has(afterW.lower) && /^\p{Lu}/u.test(afterW.text) && c.value <= 31 && !c.words;
    if (!c.words && (monthBefore || monthAfter || (before && WEEKDAYS.has(before.lower) && c.value <= 31))) {
      i = last;
      continue;
    }
    const partitive = c.words || !!c.range || ws[last]?.lower === 'of';
    const unit = c.glued || c.percent || currency ? null : readUnit(ws, last, partitive);
    if (isYearLike && !(unit && unit.known)) {
      i = last;
      continue;
    }
    const count = !currency && !c.percent && !(unit && (unit.currency || unit.percent)) && c.integer;
    let low: number | null;
    let high: number | null;
    let approximate: boolean;
    if (rangeHigh) {
      const a = qualify(q, c, count);
      const b = qualify(q, rangeHigh, count);
      low = a.low ?? c.value;
      high = b.high ?? rangeHigh.value;
      approximate = true;
    } else ({ low, high, approximate } = qualify(q === 'more' && unit?.unitClass === 'duration' && ws[i].lower === 'over' ? undefined : q, c, count));
    const f = make(i, last, low, high, approximate, unit, { currency, percent: c.percent, glued: c.glued });
    // "magnitude 6.4", "a 6.9-magnitude quake", "7.1 on the Richter scale": an earthquake's size.
    if (((f.unit === null && f.event === null) || QUAKE_NOUNS.test(f.unit ?? '')) && !q && !currency && !c.percent && c.value > 0 && c.value < 10 && isMagnitude(ws, k, last)) {
      f.unit = 'magnitude';
      f.unitClass = 'magnitude';
      f.event = null;
      f.eventClass = null;
    }
    // "gave the depth of the section as 870 metres", "driven to 1,040 metres", "10 km deep": how deep.
    if (f.unitClass === 'distance' && !f.eventClass && !q && isDepth(prose, f.start, f.end)) {
      f.event = 'depth';
      f.eventClass = 'depth';
    }
    // "40 kilometres of coastline", "12 km of shoreline": how much of a coast something reached.
    if (f.unitClass === 'distance' && !f.eventClass && COAST_AFTER.test(prose.slice(f.end, f.end + 50))) {
      f.event = 'coast';
      f.eventClass = 'coast';
    }
    // "sentenced him to nine years in a penal colony", "jailed for 11 years": a prison term.
    if (f.unitClass === 'duration' && !f.eventClass && !q && /^(?:years?|months?)$/i.test(f.unit ?? '') && isPrisonTerm(prose, f.start, f.end)) {
      f.event = 'sentenced';
      f.eventClass = 'prison term';
    }
    // "the runway was shut for 26 hours", "shut the airport for 19 hours": how long something stayed closed.
    if (f.unitClass === 'duration' && !f.eventClass && /^(?:hours?|days?|weeks?)$/i.test(f.unit ?? '')) {
      const closed = closureOf(prose.slice(Math.max(0, f.start - 90), f.start));
      if (closed) {
        f.event = closed;
        f.eventClass = 'closure';
      }
    }
    // A figure needs a counted noun or an event; "one" needs an event ("one of the largest" is no count).
    const oneWord = c.words && c.value === 1 && !c.range;
    if (oneWord ? f.eventClass !== null : f.unit !== null || f.event !== null) out.push(f);
    i = Math.max(last, i + 1);
  }
  return link(out, ws, prose);
}

// What a magnitude measures: "a magnitude 6.4 earthquake", "a magnitude 5.2 aftershock".
const QUAKE_NOUNS = /* @__PURE__ */ gated(/^(?:earthquakes?|quakes?|tremors?|temblors?|shocks?|aftershocks?|foreshocks?)$/i);

/** Whether the number from token k to last is a magnitude: "magnitude 6.4", "magnitude of 6.4", "6.9-magnitude", "6.9 magnitude", "7.1 on the Richter scale". */
function isMagnitude(ws: Word[], k: number, last: number): boolean {
  const before = ws[k - 1]?.lower;
  if (before === 'magnitude' || (before === 'of' && ws[k - 2]?.lower === 'magnitude')) return true;
  const next = ws[last];
  if (next?.lower === 'magnitude' || (next && DASHES.has(next.text) && ws[last + 1]?.lower === 'magnitude')) return true;
  return next?.lower === 'on' && ws[last + 1]?.lower === 'the' && ws[last + 2]?.lower === 'richter';
}

/** Reads "no civilians", "no one", "none of the attackers", "nobody", "no deaths". */
function readZero(ws: Word[], i: number): { last: number; textEnd: number; unit: UnitHit | null; people: boolean } | null {
  const l = ws[i].lower;
  const next = ws[i + 1];
  if (l === 'nobody') return { last: i + 1, textEnd: i + 1, unit: null, people: true };
  if (l === 'no' && next?.lower === 'one') return { last: i + 2, textEnd: i + 2, unit: null, people: true };
  if (l === 'none' || l === 'zero') {
    const unit = readUnit(ws, i + 1, true);
    return { last: unit ? unit.end : i + 1, textEnd: unit ? unit.end : i + 1, unit, people: !unit };
  }
  if (!next || next.kind !== 'word' || NOT_ZERO_AFTER_NO.has(next.lower)) return null;
  // "no more than" is a qualifier, handled elsewhere.
  const unit = readUnit(ws, i + 1, false);
  if (!unit) return null;
  return { last: unit.end, textEnd: unit.end, unit, people: false };
}

/** Reads "a civilian", "an elderly woman": one person, when an event counts them. */
function readArticle(ws: Word[], i: number, byStart: Map<number, EventHit>, byEnd: Map<number, EventHit>): UnitHit | null {
  const next = ws[i + 1];
  if (!next || next.kind !== 'word') return null;
  if (['number', 'lot', 'group', 'series', 'total', 'couple', 'few', 'handful', 'third', 'quarter', 'half'].includes(next.lower)) return null;
  const unit = readUnit(ws, i + 1, false);
  if (!unit || !unit.known || !HUMAN_CLASSES.has(unit.unitClass ?? '') || looksPlural(ws[unit.head].lower)) return null;
  // The event must follow, or sit right before ("killed a civilian").
  const after = eventAfter(ws, unit.end, byStart);
  const before = eventBefore(ws, i, byEnd, 1);
  if (!after && !before) return null;
  return unit;
}

/** Shares units and events across coordinated figures ("one person dead and eight injured"). */
function link(figs: Draft[], ws: Word[], prose: string): Figure[] {
  const coordinated = (a: Draft, b: Draft): boolean => {
    const gap = ws.slice(a.unitEnd, b.first);
    if (gap.length > 4) return false;
    return gap.some((w) => w.lower === 'and' || w.text === ',' || w.lower === 'or')
      && gap.every((w) => w.lower === 'and' || w.text === ',' || w.lower === 'or' || EVENT_CLASS.has(w.lower) || w.lower === 'another');
  };
  for (let n = 1; n < figs.length; n++) {
    const a = figs[n - 1];
    const b = figs[n];
    if (!coordinated(a, b)) continue;
    // "17 sick babies and three deaths": a count that is its own event ("deaths") lends nothing to the one before.
    if (b.event && b.unit === null && EVENT_NOUNS_OF_PEOPLE.has(ws[b.last]?.lower ?? '') && ws[b.last].lower === b.event.toLowerCase()) continue;
    if (b.unit === null && a.unit !== null && !b.text.startsWith('$')) {
      b.unit = a.unit;
      b.unitClass = a.unitClass;
    }
    if (a.event === null && b.event !== null) {
      a.event = b.event;
      a.eventClass = b.eventClass;
    }
  }
  // A breakdown after a colon or dash inherits the total's event: "nine people were killed in the
  // operation: seven inmates and two guards".
  for (let n = 1; n < figs.length; n++) {
    const b = figs[n];
    const mark = ws[b.first - 1]?.text;
    if (b.event !== null || !(mark === ':' || mark === '—' || mark === '–')) continue;
    const a = figs[n - 1];
    const between = ws.slice(a.unitEnd, b.first - 1);
    if (a.event === null || !HUMAN_CLASSES.has(a.unitClass ?? '') || between.length > 8 || between.some((w) => w.kind === 'punct')) continue;
    for (let k = n; k < figs.length && figs[k].event === null && (k === n || coordinated(figs[k - 1], figs[k])); k++) {
      figs[k].event = a.event;
      figs[k].eventClass = a.eventClass;
    }
  }
  void prose;
  return figs.map(({ first: _f, last: _l, unitEnd: _u, ...fig }) => fig);
}
