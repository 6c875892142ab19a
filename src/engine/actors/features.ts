// Feature extraction shared by the trainer and the tagger: the two must agree bit for bit, so
// there is one implementation. Features are 32-bit hashes of (template, value) pairs built from
// per-token string hashes, which keeps extraction allocation-free in the hot loop.
import {
  CALENDAR, CITIES, COMPANY_SUFFIXES, COUNTRIES, DEMONYMS, FIRST_NAMES, MORE_CITIES, MORE_FIRST_NAMES, MORE_ORGANIZATIONS, ORGANIZATIONS,
  ORG_HEADS, PLACE_HEADS, REGIONS, SURNAMES, TITLES,
} from './lexicon';
import { LEXICON_DATA } from './model/lexicon-data';
import { remember } from '../memo';


/** Incremented whenever a feature changes meaning: a model is only valid for its version. */
export const FEATURE_VERSION = 10;

/** A fingerprint of the generated word lists, so a model is never used with other lists. */
export function lexiconHash(lists: Record<string, string> = extraLexicon): number {
  return hashString(Object.keys(lists).sort().map((k) => `${k}=${lists[k]}`).join('\n'));
}

/** Hashes a string (FNV-1a, 32 bits). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

// Murmur3 finalizer: combining by xor alone would let (a, b) and (b, a) collide.
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Combines a template id with one value hash into a feature id (never 0: 0 marks empty slots). */
export function feat1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a) || 1;
}

/** Combines a template id with two value hashes into a feature id. */
export function feat2(t: number, a: number, b: number): number {
  return fmix(Math.imul(fmix(Math.imul(t + 1, 0x9e3779b1) ^ a), 0x27d4eb2f) ^ b) || 1;
}

/** Combines a template id with three value hashes into a feature id. */
export function feat3(t: number, a: number, b: number, c: number): number {
  return fmix(Math.imul(feat2(t, a, b), 0x165667b1) ^ c) || 1;
}

/** Gazetteer categories (bit flags): a phrase can be in several lists. */
export const GAZ = {
  country: 1, city: 2, region: 4, demonym: 8, first: 16, title: 32, orgHead: 64, placeHead: 128, org: 256, company: 512, surname: 1024,
  person: 2048, role: 4096, adjective: 8192, verb: 16384, noun: 32768, team: 65536, calendar: 131072,
} as const;
const LAST_CATEGORY = GAZ.calendar;
// Gazetteer codes (category index * 4 + position) of the common-word lists.
const COMMON_CODES = new Uint8Array(4 * (Math.log2(LAST_CATEGORY) + 1));
for (const bit of [GAZ.adjective, GAZ.verb, GAZ.noun]) for (let p = 0; p < 4; p++) COMMON_CODES[Math.log2(bit) * 4 + p] = 1;
const GAZ_SLOTS = 6;

/** A category name of the generated lexicon (see scripts/train-tagger.ts). */
export type LexiconCategory = keyof typeof GAZ;
const GAZ_NAMES: [keyof typeof GAZ, string[]][] = [
  ['country', COUNTRIES], ['city', CITIES], ['region', REGIONS], ['demonym', DEMONYMS], ['first', FIRST_NAMES],
  ['title', TITLES], ['orgHead', ORG_HEADS], ['placeHead', PLACE_HEADS], ['org', ORGANIZATIONS], ['company', COMPANY_SUFFIXES],
  ['first', MORE_FIRST_NAMES], ['city', MORE_CITIES], ['org', MORE_ORGANIZATIONS], ['surname', SURNAMES], ['calendar', CALENDAR],
];
// Names must be capitalised to count; role words (titles, heads) are matched in any case.
const NAME_CATS = GAZ.country | GAZ.city | GAZ.region | GAZ.demonym | GAZ.first | GAZ.org | GAZ.surname | GAZ.person | GAZ.team | GAZ.calendar;

interface Gazetteer {
  phrases: Map<string, number>;
  /** Longest phrase starting with a given first word. */
  maxLen: Map<string, number>;
}

let gazetteer: Gazetteer | undefined;
// Word lists that come with the model (generated at training time), by category.
let extraLexicon: Record<string, string> = LEXICON_DATA;
let lexiconGeneration = 0;

/** A number that changes whenever the word lists do: what was decided with the old lists is stale. */
export function lexiconVersion(): number {
  return lexiconGeneration;
}

/** Replaces the model's generated word lists (the trainer does, before extracting any feature). */
export function useLexicon(lists: Record<string, string>): void {
  extraLexicon = lists;
  lexiconGeneration++;
  gazetteer = undefined;
  lexicalCache.clear();
  infoCache.clear();
}

/** Normalizes a token for lexicon lookups: lower case, straight apostrophes. */
export function lexKey(w: string): string {
  // The rules ask for the key of each word many times over: it is kept per word form (looked up
  // first, so the maker is made only for a word not seen yet).
  return keyCache.get(w) ?? remember(keyCache, w, () => keyOf(w), 100_000);
}
const keyCache = new Map<string, string>();
function keyOf(w: string): string {
  const l = w.toLowerCase();
  // Most words hold no quote mark: the replacement is skipped for them.
  return l.includes('’') || l.includes('‘') || l.includes('`') ? l.replace(/[’‘`]/g, "'") : l;
}

function buildGazetteer(): Gazetteer {
  const phrases = new Map<string, number>();
  const maxLen = new Map<string, number>();
  const extra = Object.entries(extraLexicon)
    .filter(([cat]) => cat in GAZ)
    .map(([cat, list]) => [cat as LexiconCategory, list.split('|')] as [LexiconCategory, string[]]);
  for (const [cat, list] of [...GAZ_NAMES, ...extra]) {
    for (const entry of list) {
      // Split like the tokenizer would: words, and a trailing period kept on abbreviations.
      if (!entry) continue;
      const words = entry.split(/\s+/).map(lexKey);
      const key = words.join(' ');
      phrases.set(key, (phrases.get(key) ?? 0) | GAZ[cat]);
      maxLen.set(words[0], Math.max(maxLen.get(words[0]) ?? 0, words.length));
    }
  }
  return { phrases, maxLen };
}

/** Looks up a lowercased phrase (words joined by one space) in the gazetteers: category bits or 0. */
export function gazetteerCategories(key: string): number {
  gazetteer ??= buildGazetteer();
  return gazetteer.phrases.get(key) ?? 0;
}

/** Per-sentence precomputed values the templates combine. */
export interface SentenceView {
  n: number;
  words: string[];
  /** lexKey of each word. */
  keys: string[];
  /** Hash of the lowercased word with digits folded to 0. */
  normHash: Int32Array;
  /** Hash of the word's short shape (Xx, X, x, d, X.X., ...). */
  shapeHash: Int32Array;
  /** Bit flags: 1 capitalised, 2 all caps, 4 has letters, 8 has digit, 16 PLAIN (no capital, no digit). */
  flags: Uint8Array;
  /** Gazetteer match codes per token (category index * 4 + position B/I/L/U), up to GAZ_SLOTS each. */
  gaz: Int32Array;
  gazCount: Uint8Array;
  /** The sentence is written in capitals (a headline). */
  allCaps: boolean;
  /** The line has figures and no lowercase word: a row of a table (results, prices). */
  table: boolean;
}

const CAP = 1;
const ALLCAPS = 2;
const LETTERS = 4;
const DIGIT = 8;
/** No capital letter and no digit: "said", "of", ",". */
export const PLAIN = 16;


function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function wordFlags(w: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digit++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = w[i];
      if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
  }
  let f = 0;
  const first = w[0];
  if (first && first.toLowerCase() !== first) f |= CAP;
  if (upper > 0 && lower === 0) f |= ALLCAPS;
  if (upper + lower > 0) f |= LETTERS;
  if (digit > 0) f |= DIGIT;
  if (!upper && !digit) f |= PLAIN;
  return f;
}

const cacheLimit = 200_000;

interface WordInfo {
  key: string;
  norm: number;
  shape: number;
  flags: number;
  /** Gazetteer categories of the word alone. */
  cats: number;
  /** Longest gazetteer phrase starting with the word (0: none). */
  maxLen: number;
}
const infoCache = new Map<string, WordInfo>();

// What a word form contributes to a view, computed once per form.
function wordInfo(w: string): WordInfo {
  let info = infoCache.get(w);
  if (info) return info;
  const key = lexKey(w);
  gazetteer ??= buildGazetteer();
  info = {
    key, norm: hashString(key.replace(/[0-9]/g, '0')), shape: hashString(shapeOf(w)), flags: wordFlags(w),
    cats: gazetteer.phrases.get(key) ?? 0, maxLen: gazetteer.maxLen.get(key) ?? 0,
  };
  if (infoCache.size > cacheLimit) infoCache.clear();
  infoCache.set(w, info);
  return info;
}

// Made once: a pattern written in a per-word loop is a new object each time round.
const LETTERS_ONLY = /^[\p{L}]+$/u;

/**
 * True for a headline or byline: most words in capitals, or every longer word capitalised
 * (title case). Capitals there say nothing about names.
 */
export function capsSentence(words: string[]): boolean {
  let caps = 0;
  let letters = 0;
  let long = 0;
  let longCap = 0;
  for (const w of words) {
    const f = wordInfo(w).flags;
    if (!(f & LETTERS)) continue;
    letters++;
    if (f & ALLCAPS && w.length > 1) caps++;
    if (w.length >= 4 && LETTERS_ONLY.test(w)) {
      long++;
      if (f & CAP) longCap++;
    }
  }
  return (letters >= 2 && caps * 2 > letters) || (long >= 4 && longCap * 10 >= long * 9);
}

/**
 * Builds the per-token values the feature templates use for one sentence. In a headline, each
 * word is read as the document writes it elsewhere ("ROTOR" as "Rotor", "Fans" as "fans").
 */
export function viewSentence(original: string[], doc?: DocContext): SentenceView {
  gazetteer ??= buildGazetteer();
  const allCaps = capsSentence(original);
  const forms = allCaps ? doc?.casedForms : undefined;
  const words = forms ? original.map((w) => forms.get(lexKey(w)) ?? w) : original;
  const n = words.length;
  const keys: string[] = new Array(n);
  const normHash = new Int32Array(n);
  const shapeHash = new Int32Array(n);
  const flags = new Uint8Array(n);
  const infos: WordInfo[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const info = (infos[i] = wordInfo(words[i]));
    keys[i] = info.key;
    normHash[i] = info.norm;
    shapeHash[i] = info.shape;
    flags[i] = info.flags;
  }
  const gaz = new Int32Array(n * GAZ_SLOTS);
  const gazCount = new Uint8Array(n);
  const add = (i: number, code: number): void => {
    if (gazCount[i] < GAZ_SLOTS) gaz[i * GAZ_SLOTS + gazCount[i]++] = code;
  };
  const { phrases } = gazetteer;
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    if (!info.maxLen) continue;
    let key = keys[i];
    for (let len = 1; len <= info.maxLen && i + len <= n; len++) {
      if (len > 1) key = `${key} ${keys[i + len - 1]}`;
      let cats = len === 1 ? info.cats : phrases.get(key);
      if (!cats) continue;
      // A lowercase "china" or "bill" is not the name; headlines are all caps anyway.
      if (!(flags[i] & CAP)) cats &= ~NAME_CATS;
      for (let c = 0, bit = 1; bit <= LAST_CATEGORY; c++, bit <<= 1) {
        if (!(cats & bit)) continue;
        if (len === 1) add(i, c * 4 + 3);
        else {
          add(i, c * 4);
          for (let k = i + 1; k < i + len - 1; k++) add(k, c * 4 + 1);
          add(i + len - 1, c * 4 + 2);
        }
      }
    }
  }
  let digits = false;
  let lower = false;
  for (let i = 0; i < n; i++) {
    if (flags[i] & DIGIT) digits = true;
    else if (flags[i] & LETTERS && !(flags[i] & CAP)) lower = true;
  }
  return { n, words, keys, normHash, shapeHash, flags, gaz, gazCount, allCaps, table: digits && !lower };
}

/** What the document has shown so far: lowercase uses and earlier tagging decisions. */
export interface DocContext {
  /** lexKeys seen written in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /** For capitalised words: counts of entity types assigned so far (0 = outside, then TYPES). */
  history: Map<string, Int32Array>;
  /** The same counts over the whole document from a first tagging pass, when there was one. */
  prior?: Map<string, Int32Array>;
  /** How the document usually writes a word (by lexKey) in its normally cased sentences. */
  casedForms: Map<string, string>;
  /**
   * For capitalised words the document uses more than once: features of the words around all
   * their uses ("Kowal said" in one sentence informs "Kowal" in every other).
   */
  contexts: Map<string, Int32Array>;
}

/** Entity types in tag order; history counts use index 0 for O. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

const BOUNDARY = 0x2f5b1f; // hash placeholder for the sentence boundary
// Distinct neighbours kept per side for a word's document context.
const CONTEXT_LIMIT = 12;

/** Collects the document-wide context from all the document's sentences (words only). */
export function docContext(sentences: string[][]): DocContext {
  const lowerSeen = new Set<string>();
  const formCounts = new Map<string, Map<string, number>>();
  const around = new Map<string, { uses: number; left: Set<number>; right: Set<number> }>();
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const info = wordInfo(s[i]);
      if (!(info.flags & CAP)) continue;
      const key = info.key;
      let a = around.get(key);
      if (!a) around.set(key, (a = { uses: 0, left: new Set(), right: new Set() }));
      a.uses++;
      if (a.left.size < CONTEXT_LIMIT) a.left.add(i > 0 ? wordInfo(s[i - 1]).norm : BOUNDARY);
      if (a.right.size < CONTEXT_LIMIT) a.right.add(i + 1 < s.length ? wordInfo(s[i + 1]).norm : BOUNDARY);
    }
  }
  const contexts = new Map<string, Int32Array>();
  for (const [key, a] of around) {
    if (a.uses < 2) continue;
    contexts.set(key, Int32Array.from([...[...a.left].map((h) => feat1(T.aroundM1, h)), ...[...a.right].map((h) => feat1(T.aroundP1, h))]));
  }
  for (const s of sentences) {
    if (capsSentence(s)) continue;
    // Sentence-initial capitals say nothing about how a word is written.
    for (let i = 1; i < s.length; i++) {
      const w = s[i];
      const c = w.charCodeAt(0);
      const info = wordInfo(w);
      const key = info.key;
      if (c >= 97 && c <= 122) lowerSeen.add(key);
      if (!(info.flags & LETTERS)) continue;
      let forms = formCounts.get(key);
      if (!forms) formCounts.set(key, (forms = new Map()));
      forms.set(w, (forms.get(w) ?? 0) + 1);
    }
  }
  const casedForms = new Map<string, string>();
  for (const [key, forms] of formCounts) {
    let best = '';
    let most = 0;
    for (const [w, c] of forms) if (c > most) [best, most] = [w, c];
    casedForms.set(key, best);
  }
  return { lowerSeen, history: new Map(), casedForms, contexts };
}

// Template ids. Changing any of these changes FEATURE_VERSION.
const T = {
  bias: 0, word: 1, norm: 2, normM2: 3, normM1: 4, normP1: 5, normP2: 6, bigramM: 7, bigramP: 8,
  shape: 9, shapeM1: 10, shapeP1: 11, shapeM2: 12, shapeP2: 13, shapeTriM: 14, shapeTri: 15, shapeTriP: 16,
  prefix: 17, suffix: 18, gaz: 19, gazM1: 20, gazP1: 21, capsNorm: 22, capsShape: 23, firstShape: 24, firstNorm: 25,
  docLower: 26, length: 27, shapeNormP1: 28, normM1Shape: 29, gazShape: 30, flagsWin: 31,
  around: 32, bigramMM: 33, bigramPP: 34, tableShape: 35, tableWin: 36, aroundM1: 37, aroundP1: 38,
  prev: 40, prevNorm: 42, prevShape: 43, hist: 44, histShape: 45, histAll: 46,
  prior: 48, priorAll: 49, priorShape: 50, priorM1: 51, priorP1: 52, priorFirst: 53,
} as const;

const lexicalCache = new Map<string, Int32Array>();

// Features of the word alone: the same for every occurrence, so computed once per word form.
/** Features of the word alone (identity, shape, affixes); the same for every occurrence. */
export function lexicalFeatures(word: string, key: string, n0: number, s0: number, flags: number): Int32Array {
  let f = lexicalCache.get(word);
  if (f) return f;
  const out: number[] = [feat1(T.bias, 0), feat1(T.word, hashString(word)), feat1(T.norm, n0), feat1(T.shape, s0)];
  const len = key.length;
  for (let p = 1; p <= 4 && p < len; p++) {
    out.push(feat2(T.prefix, p, hashString(key.slice(0, p))));
    out.push(feat2(T.suffix, p, hashString(key.slice(len - p))));
  }
  // The four flags the model was trained with (PLAIN is for the decoder only).
  out.push(feat2(T.length, len > 8 ? 9 : len, flags & (CAP | ALLCAPS | LETTERS | DIGIT)));
  f = Int32Array.from(out);
  if (lexicalCache.size > cacheLimit) lexicalCache.clear();
  lexicalCache.set(word, f);
  return f;
}

/** Number of static features written per token at most. */
export const MAX_FEATURES = 160;

/**
 * Writes the features of token i that do not depend on tagging decisions; returns the new count.
 * With cached = true the word-alone features and the document context of the word are left
 * out (the tagger caches their scores).
 */
export function staticFeatures(v: SentenceView, doc: DocContext | undefined, i: number, out: Int32Array, k: number, cached = false): number {
  const { n, normHash: nh, shapeHash: sh, flags } = v;
  const B = 0x2f5b1f; // boundary placeholder hash
  const nM2 = i > 1 ? nh[i - 2] : B;
  const nM1 = i > 0 ? nh[i - 1] : B;
  const nP1 = i + 1 < n ? nh[i + 1] : B;
  const nP2 = i + 2 < n ? nh[i + 2] : B;
  const sM2 = i > 1 ? sh[i - 2] : B;
  const sM1 = i > 0 ? sh[i - 1] : B;
  const sP1 = i + 1 < n ? sh[i + 1] : B;
  const sP2 = i + 2 < n ? sh[i + 2] : B;
  const n0 = nh[i];
  const s0 = sh[i];
  if (!cached) {
    const lex = lexicalFeatures(v.words[i], v.keys[i], n0, s0, flags[i]);
    for (let j = 0; j < lex.length; j++) out[k++] = lex[j];
  }
  out[k++] = feat1(T.normM2, nM2);
  out[k++] = feat1(T.normM1, nM1);
  out[k++] = feat1(T.normP1, nP1);
  out[k++] = feat1(T.normP2, nP2);
  out[k++] = feat2(T.bigramM, nM1, n0);
  out[k++] = feat2(T.bigramP, n0, nP1);
  out[k++] = feat1(T.shapeM1, sM1);
  out[k++] = feat1(T.shapeP1, sP1);
  out[k++] = feat1(T.shapeM2, sM2);
  out[k++] = feat1(T.shapeP2, sP2);
  out[k++] = feat3(T.shapeTriM, sM2, sM1, s0);
  out[k++] = feat3(T.shapeTri, sM1, s0, sP1);
  out[k++] = feat3(T.shapeTriP, s0, sP1, sP2);
  out[k++] = feat2(T.shapeNormP1, s0, nP1);
  out[k++] = feat2(T.normM1Shape, nM1, s0);
  const key = v.keys[i];
  // Capitalisation pattern of the window: "Xx Xx xx" says more than any one word.
  out[k++] = feat3(T.flagsWin, capsAt(flags, n, i - 1) * 16 + capsAt(flags, n, i), capsAt(flags, n, i + 1),
    capsAt(flags, n, i + 2) * 16 + capsAt(flags, n, i - 2));
  // Common-word lists matter for capitalised words only ("Rebels" is a noun, not a name), and
  // only for the word itself; names and roles also inform the neighbours.
  const gz = v.gaz;
  for (let g = 0; g < v.gazCount[i]; g++) {
    const code = gz[i * GAZ_SLOTS + g];
    if (COMMON_CODES[code] && !(flags[i] & CAP)) continue;
    out[k++] = feat1(T.gaz, code);
    if (!COMMON_CODES[code]) out[k++] = feat2(T.gazShape, code, s0);
  }
  if (i > 0) {
    for (let g = 0; g < v.gazCount[i - 1]; g++) {
      const code = gz[(i - 1) * GAZ_SLOTS + g];
      if (!COMMON_CODES[code]) out[k++] = feat1(T.gazM1, code);
    }
  }
  if (i + 1 < n) {
    for (let g = 0; g < v.gazCount[i + 1]; g++) {
      const code = gz[(i + 1) * GAZ_SLOTS + g];
      if (!COMMON_CODES[code]) out[k++] = feat1(T.gazP1, code);
    }
  }
  if (v.allCaps) {
    out[k++] = feat1(T.capsNorm, n0);
    out[k++] = feat1(T.capsShape, s0);
  }
  if (i === 0) {
    out[k++] = feat1(T.firstShape, s0);
    out[k++] = feat1(T.firstNorm, n0);
  }
  if (doc && flags[i] & CAP && doc.lowerSeen.has(key)) out[k++] = feat2(T.docLower, i === 0 ? 1 : 0, v.allCaps ? 1 : 0);
  const ctx = !cached && doc && flags[i] & CAP ? doc.contexts.get(key) : undefined;
  if (ctx) for (let j = 0; j < ctx.length; j++) out[k++] = ctx[j];
  return k;
}

function capsAt(flags: Uint8Array, n: number, j: number): number {
  return j < 0 || j >= n ? 15 : flags[j] & 3;
}

/** Writes the features of the previous tag (prev = tag count at the sentence start). */
export function transitionFeatures(v: SentenceView, i: number, prev: number, out: Int32Array, k: number): number {
  out[k++] = feat1(T.prev, prev);
  out[k++] = feat2(T.prevNorm, prev, v.normHash[i]);
  out[k++] = feat2(T.prevShape, prev, v.shapeHash[i]);
  return k;
}

/** Writes the features of what the document has decided so far about the token's word. */
export function historyFeatures(v: SentenceView, doc: DocContext | undefined, i: number, out: Int32Array, k: number): number {
  if (!doc || !(v.flags[i] & CAP)) return k;
  const h = doc.history.get(v.keys[i]);
  if (h) {
    const best = majority(h);
    out[k++] = feat1(T.hist, best);
    out[k++] = feat2(T.histShape, best, v.allCaps ? 1 : 0);
    if (unanimous(h, best)) out[k++] = feat1(T.histAll, best);
  }
  const prior = doc.prior;
  if (prior) {
    const p = prior.get(v.keys[i]);
    if (p) {
      const best = majority(p);
      out[k++] = feat1(T.prior, best);
      out[k++] = feat2(T.priorShape, best, v.allCaps ? 1 : 0);
      if (i === 0) out[k++] = feat1(T.priorFirst, best);
      if (unanimous(p, best)) out[k++] = feat1(T.priorAll, best);
    }
    const m1 = i > 0 && v.flags[i - 1] & CAP ? prior.get(v.keys[i - 1]) : undefined;
    if (m1) out[k++] = feat1(T.priorM1, majority(m1));
    const p1 = i + 1 < v.n && v.flags[i + 1] & CAP ? prior.get(v.keys[i + 1]) : undefined;
    if (p1) out[k++] = feat1(T.priorP1, majority(p1));
  }
  return k;
}

function majority(h: Int32Array): number {
  let best = 0;
  for (let t = 1; t < h.length; t++) if (h[t] > h[best]) best = t;
  return best;
}

function unanimous(h: Int32Array, best: number): boolean {
  for (let t = 0; t < h.length; t++) if (t !== best && h[t] > 0) return false;
  return true;
}

/** Records a decision in the document history (entity type index 1..4, or 0 for outside). */
export function recordHistory(v: SentenceView, doc: DocContext | undefined, i: number, type: number): void {
  if (!doc || !(v.flags[i] & CAP) || !(v.flags[i] & LETTERS)) return;
  let h = doc.history.get(v.keys[i]);
  if (!h) {
    h = new Int32Array(TYPES.length + 1);
    doc.history.set(v.keys[i], h);
  }
  h[type]++;
}
