// Viterbi decoding with an averaged-perceptron weight table (first-order tag transitions). The
// trainer scores and decodes with these same functions over its live weights, so the two cannot
// drift apart.
import {
  MAX_FEATURES, PLAIN, historyFeatures, lexicalFeatures, recordHistory, staticFeatures, transitionFeatures,
  type DocContext, type SentenceView,
} from './features';
import type { TagSet } from './tags';

/** A weight table: a feature id's row, and the row-major weights (one column per tag). */
export interface WeightTable {
  tagSet: TagSet;
  /** Tagging passes over a document the model was trained for (2: the second sees the first's decisions). */
  passes: number;
  /** Row of a feature id, or -1 when the model has no weights for it. */
  row(feature: number): number;
  weights: ArrayLike<number>;
  /** Per-row multipliers when weights are stored quantized (the shipped model); none in training. */
  rowScale?: Float32Array;
}

const featureBuffer = new Int32Array(MAX_FEATURES + 32);

/** Adds the weights of features[0, count) into scores (one per tag). */
export function scoreFeatures(table: WeightTable, features: Int32Array, count: number, scores: Float64Array): void {
  scores.fill(0);
  addRows(table, features, count, scores, 0);
}

// Adds the weight rows of features[0, count) into out[o, o + size).
function addRows(table: WeightTable, features: Int32Array, count: number, out: Float64Array | Float32Array, o: number): void {
  const size = table.tagSet.tags.length;
  const w = table.weights;
  const scale = table.rowScale;
  for (let f = 0; f < count; f++) {
    const r = table.row(features[f]);
    if (r < 0) continue;
    const base = r * size;
    if (scale) {
      const m = scale[r];
      for (let t = 0; t < size; t++) out[o + t] += w[base + t] * m;
    } else {
      for (let t = 0; t < size; t++) out[o + t] += w[base + t];
    }
  }
}

/**
 * Fills out[p * size + t] with the transition features' score of tag t at token i after tag p
 * (p = size: sentence start), and the spreads of finishMatrix after them.
 */
export function transitionScores(table: WeightTable, v: SentenceView, i: number, out: Float64Array): Float64Array {
  const size = table.tagSet.tags.length;
  out.fill(0);
  for (let p = 0; p <= size; p++) {
    const count = transitionFeatures(v, i, p, featureBuffer, 0);
    addRows(table, featureBuffer, count, out, p * size);
  }
  finishMatrix(table.tagSet, out);
  return out;
}

/** Length of a transition matrix: (size + 1) * size scores, then one spread per group of previous tags. */
export function matrixLength(tagSet: TagSet): number {
  return (tagSet.tags.length + 1) * tagSet.tags.length + tagSet.groups.length;
}

/**
 * Writes, after the scores of a transition matrix, the spread (largest minus smallest score)
 * between each group of previous tags and the tags that follow them: a previous tag that trails
 * its group's best by more than the spread cannot be on the best path.
 */
export function finishMatrix(tagSet: TagSet, m: Float32Array | Float64Array): void {
  const size = tagSet.tags.length;
  const end = (size + 1) * size;
  for (let g = 0; g < tagSet.groups.length; g++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let t = 0; t < size; t++) {
      if (tagSet.groupOf[t] !== g) continue;
      for (const p of tagSet.groups[g]) {
        const x = m[p * size + t];
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
    }
    m[end + g] = hi - lo;
  }
}

let delta = new Float64Array(1024);
let back = new Int32Array(1024);
let live = new Int32Array(0);
let liveCount = new Int32Array(0);

/**
 * Best well-formed tag sequence given each token's local scores (local[i * size + t]) and
 * transition matrices (trans(i)[p * size + t], p = size at the start; see finishMatrix).
 */
export function viterbi(tagSet: TagSet, n: number, local: ArrayLike<number>, trans: (i: number) => ArrayLike<number>): Int32Array {
  const size = tagSet.tags.length;
  const { allowed, groups, groupOf } = tagSet;
  const end = (size + 1) * size;
  if (delta.length < n * size) {
    delta = new Float64Array(n * size * 2);
    back = new Int32Array(n * size * 2);
  }
  if (live.length < groups.length * size) {
    live = new Int32Array(groups.length * size);
    liveCount = new Int32Array(groups.length);
  }
  for (let i = 0; i < n; i++) {
    const tr = trans(i);
    const o = i * size;
    if (i === 0) {
      for (let t = 0; t < size; t++) {
        delta[t] = allowed[size * size + t] ? tr[size * size + t] + local[t] : -Infinity;
        back[t] = size;
      }
      continue;
    }
    const po = o - size;
    // Per group, the previous tags that can still be on the best path.
    for (let g = 0; g < groups.length; g++) {
      const ps = groups[g];
      let top = -Infinity;
      for (let j = 0; j < ps.length; j++) if (delta[po + ps[j]] > top) top = delta[po + ps[j]];
      const floor = top - tr[end + g];
      let c = 0;
      for (let j = 0; j < ps.length; j++) if (delta[po + ps[j]] >= floor) live[g * size + c++] = ps[j];
      liveCount[g] = c;
    }
    for (let t = 0; t < size; t++) {
      // A tag the token cannot take (a plain word between plain words is outside any name) is on no
      // path: its best predecessor is never looked at.
      if (local[o + t] === -Infinity) {
        delta[o + t] = -Infinity;
        back[o + t] = -1;
        continue;
      }
      const g = groupOf[t];
      let best = -Infinity;
      let arg = -1;
      for (let j = 0, base = g * size, c = liveCount[g]; j < c; j++) {
        const p = live[base + j];
        const sc = delta[po + p] + tr[p * size + t];
        if (sc > best) {
          best = sc;
          arg = p;
        }
      }
      delta[o + t] = best + local[o + t];
      back[o + t] = arg;
    }
  }
  const out = new Int32Array(n);
  if (!n) return out;
  // A sequence must end on a tag that closes its name (O may follow it).
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * size;
  for (let t = 0; t < size; t++) {
    if (allowed[t * size] && delta[last + t] > best) {
      best = delta[last + t];
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * size + arg];
  }
  return out;
}

// What the tagger keeps per table and word form: the summed weights of the word-alone
// features, and the transition matrix of the token (plain tag transitions, the previous tag with
// the word's shape, with its normalized form). Most words recur, so each is computed once.
interface WordEntry {
  lexical: Float32Array;
  transitions: Float32Array;
}
interface TableCache {
  words: Map<string, WordEntry>;
  /** Transition matrices by shape hash, for the words without previous-tag rows of their own. */
  shapes: Map<number, Float32Array>;
}
const caches = new WeakMap<WeightTable, TableCache>();
const cacheLimit = 100_000;

function shapeMatrix(table: WeightTable, cache: TableCache, v: SentenceView, i: number): Float32Array {
  const s0 = v.shapeHash[i];
  let m = cache.shapes.get(s0);
  if (m) return m;
  const size = table.tagSet.tags.length;
  m = new Float32Array(matrixLength(table.tagSet));
  for (let p = 0; p <= size; p++) {
    // The template order of transitionFeatures: prev, prevNorm, prevShape.
    const count = transitionFeatures(v, i, p, featureBuffer, 0);
    featureBuffer[1] = featureBuffer[count - 1];
    addRows(table, featureBuffer, 2, m, p * size);
  }
  finishMatrix(table.tagSet, m);
  if (cache.shapes.size > cacheLimit) cache.shapes.clear();
  cache.shapes.set(s0, m);
  return m;
}

function wordEntry(table: WeightTable, v: SentenceView, i: number): WordEntry {
  let cache = caches.get(table);
  if (!cache) caches.set(table, (cache = { words: new Map(), shapes: new Map() }));
  const word = v.words[i];
  let e = cache.words.get(word);
  if (e) return e;
  const size = table.tagSet.tags.length;
  const lexical = new Float32Array(size);
  const feats = lexicalFeatures(word, v.keys[i], v.normHash[i], v.shapeHash[i], v.flags[i]);
  addRows(table, feats, feats.length, lexical, 0);
  let transitions = shapeMatrix(table, cache, v, i);
  let own = false;
  for (let p = 0; p <= size; p++) {
    transitionFeatures(v, i, p, featureBuffer, 0);
    if (table.row(featureBuffer[1]) < 0) continue;
    if (!own) transitions = Float32Array.from(transitions);
    own = true;
    addRows(table, featureBuffer.subarray(1), 1, transitions, p * size);
  }
  if (own) finishMatrix(table.tagSet, transitions);
  e = { lexical, transitions };
  if (cache.words.size > cacheLimit) cache.words.clear();
  cache.words.set(word, e);
  return e;
}

/** A document's decision-independent scores: per token, static scores and transition matrix. */
interface Prepared {
  /** Static scores, row (offset of the sentence + i) * size for token i of a sentence. */
  fixed: Float32Array;
  transitions: Float32Array[];
  offsets: Int32Array;
  /** 1 for each token no name can reach (see outsideNames): O on every path, scored by nothing else. */
  skipped: Uint8Array;
}

function prepare(table: WeightTable, views: SentenceView[], doc: DocContext | undefined, skipPlain: boolean): Prepared {
  const size = table.tagSet.tags.length;
  const offsets = new Int32Array(views.length + 1);
  views.forEach((v, s) => { offsets[s + 1] = offsets[s] + v.n; });
  const fixed = new Float32Array(offsets[views.length] * size);
  const skipped = new Uint8Array(offsets[views.length]);
  const transitions: Float32Array[] = new Array(offsets[views.length]);
  // The summed weights of each word's document context, once per word.
  const contextScores = new Map<string, Float32Array>();
  views.forEach((v, s) => {
    for (let i = 0; i < v.n; i++) {
      const e = wordEntry(table, v, i);
      const k = offsets[s] + i;
      const o = k * size;
      transitions[k] = e.transitions;
      if (skipPlain && outsideNames(v, i)) {
        // Every path has O here: its score is the same on all of them, the other tags are shut.
        for (let t = 1; t < size; t++) fixed[o + t] = -Infinity;
        skipped[k] = 1;
        continue;
      }
      fixed.set(e.lexical, o);
      const count = staticFeatures(v, doc, i, featureBuffer, 0, true);
      addRows(table, featureBuffer, count, fixed, o);
      const ctx = doc?.contexts.get(v.keys[i]);
      if (!ctx || !(v.flags[i] & 1)) continue;
      let sc = contextScores.get(v.keys[i]);
      if (!sc) {
        sc = new Float32Array(size);
        addRows(table, ctx, ctx.length, sc, 0);
        contextScores.set(v.keys[i], sc);
      }
      for (let t = 0; t < size; t++) fixed[o + t] += sc[t];
    }
  });
  return { fixed, transitions, offsets, skipped };
}

/**
 * A token no name can reach: it and both its neighbours have no capital and no digit ("and said
 * that"). Names of news text may hold a lowercase word ("Bank of the West", "Bosnia and
 * Herzegovina"), never three in a row; a line in capitals throughout has no such token.
 */
function outsideNames(v: SentenceView, i: number): boolean {
  const f = v.flags;
  return !v.allCaps && (f[i] & PLAIN) !== 0 && (i === 0 || (f[i - 1] & PLAIN) !== 0) && (i + 1 === v.n || (f[i + 1] & PLAIN) !== 0);
}

let local = new Float64Array(1024);
const historyScores = new Float64Array(64);

// Tags sentence s of a prepared document; the history is read before and recorded after it.
function tagSentence(table: WeightTable, v: SentenceView, doc: DocContext | undefined, prep: Prepared, s: number): Int32Array {
  const size = table.tagSet.tags.length;
  const first = prep.offsets[s];
  const fixed = prep.fixed;
  if (local.length < v.n * size) local = new Float64Array(v.n * size * 2);
  for (let i = 0; i < v.n; i++) {
    const o = i * size;
    const f = (first + i) * size;
    for (let t = 0; t < size; t++) local[o + t] = fixed[f + t];
    if (prep.skipped[first + i]) continue;
    const count = historyFeatures(v, doc, i, featureBuffer, 0);
    if (count) {
      historyScores.fill(0, 0, size);
      addRows(table, featureBuffer, count, historyScores, 0);
      for (let t = 0; t < size; t++) local[o + t] += historyScores[t];
    }
  }
  const trans = prep.transitions;
  const out = viterbi(table.tagSet, v.n, local, (i) => trans[first + i]);
  for (let i = 0; i < v.n; i++) recordHistory(v, doc, i, table.tagSet.typeOf[out[i]]);
  return out;
}

/**
 * Tags a document's sentences in two passes: the second sees what the first decided about
 * every occurrence of each word, so a name typed in one sentence informs all the others.
 */
export function decodeDocument(table: WeightTable, views: SentenceView[], doc: DocContext, passes = 2, skipPlain = true): Int32Array[] {
  const prep = prepare(table, views, doc, skipPlain);
  let tags: Int32Array[] = [];
  for (let pass = 0; pass < passes; pass++) {
    if (pass > 0) doc.prior = doc.history;
    doc.history = new Map();
    tags = views.map((v, s) => tagSentence(table, v, doc, prep, s));
  }
  return tags;
}
