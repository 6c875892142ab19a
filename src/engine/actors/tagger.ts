// Greedy left-to-right decoding with an averaged-perceptron weight table. The trainer scores
// and constrains with these same functions over its live weights, so the two cannot drift apart.
import {
  MAX_FEATURES, dynamicFeatures, lexicalFeatures, recordHistory, staticFeatures,
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

/** Collects the features of token i given the previous two tags; returns how many were written. */
export function tokenFeatures(
  v: SentenceView, doc: DocContext | undefined, i: number, prev: number, prev2: number, out: Int32Array,
): number {
  const k = staticFeatures(v, doc, i, out, 0);
  return dynamicFeatures(v, doc, i, prev, prev2, out, k);
}

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

/** Best tag allowed after prev (prev = size at sentence start). */
export function bestAllowed(table: WeightTable, scores: Float64Array, prev: number): number {
  const size = scores.length;
  const allowed = table.tagSet.allowed;
  let best = -1;
  for (let t = 0; t < size; t++) {
    if (!allowed[prev * size + t]) continue;
    if (best < 0 || scores[t] > scores[best]) best = t;
  }
  return best;
}

// Per table, the summed weights of each word form's word-alone features: most words recur, and
// this halves the lookups per token.
const lexicalScores = new WeakMap<WeightTable, Map<string, Float32Array>>();
const lexicalLimit = 100_000;

function wordScores(table: WeightTable, v: SentenceView, i: number): Float32Array {
  let cache = lexicalScores.get(table);
  if (!cache) lexicalScores.set(table, (cache = new Map()));
  const word = v.words[i];
  let sc = cache.get(word);
  if (sc) return sc;
  sc = new Float32Array(table.tagSet.tags.length);
  const feats = lexicalFeatures(word, v.keys[i], v.normHash[i], v.shapeHash[i], v.flags[i]);
  addRows(table, feats, feats.length, sc, 0);
  if (cache.size > lexicalLimit) cache.clear();
  cache.set(word, sc);
  return sc;
}

/** Sums the decision-independent features' weights of every token: row i * size is token i. */
export function staticScores(table: WeightTable, v: SentenceView, doc: DocContext | undefined): Float32Array {
  const size = table.tagSet.tags.length;
  const out = new Float32Array(v.n * size);
  for (let i = 0; i < v.n; i++) {
    const count = staticFeatures(v, doc, i, featureBuffer, 0, false);
    const o = i * size;
    const lex = wordScores(table, v, i);
    for (let t = 0; t < size; t++) out[o + t] = lex[t];
    addRows(table, featureBuffer, count, out, o);
  }
  return out;
}

/** Tags one sentence left to right, recording decisions in the document history. */
export function decodeSentence(
  table: WeightTable, v: SentenceView, doc: DocContext | undefined, fixed: Float32Array = staticScores(table, v, doc),
): Int32Array {
  const size = table.tagSet.tags.length;
  const out = new Int32Array(v.n);
  const scores = new Float64Array(size);
  let prev = size;
  let prev2 = size;
  for (let i = 0; i < v.n; i++) {
    const count = dynamicFeatures(v, doc, i, prev, prev2, featureBuffer, 0);
    scoreFeatures(table, featureBuffer, count, scores);
    for (let t = 0; t < size; t++) scores[t] += fixed[i * size + t];
    const t = bestAllowed(table, scores, prev);
    out[i] = t;
    recordHistory(v, doc, i, table.tagSet.typeOf[t]);
    prev2 = prev;
    prev = t;
  }
  return out;
}

/**
 * Tags a document's sentences in two passes: the second sees what the first decided about
 * every occurrence of each word, so a name typed in one sentence informs all the others.
 */
export function decodeDocument(table: WeightTable, views: SentenceView[], doc: DocContext, passes = 2): Int32Array[] {
  const fixed = views.map((v) => staticScores(table, v, doc));
  let tags: Int32Array[] = [];
  for (let pass = 0; pass < passes; pass++) {
    if (pass > 0) doc.prior = doc.history;
    doc.history = new Map();
    tags = views.map((v, i) => decodeSentence(table, v, doc, fixed[i]));
  }
  return tags;
}
