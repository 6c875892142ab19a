// Trains the named-entity tagger (structured averaged perceptron, Viterbi) on CoNLL-2003
// eng.train, picks the epoch on eng.testa, and writes the quantized weights as a TypeScript
// module the engine imports. Run: node --import tsx scripts/train-tagger.ts [options]
//
//   --data DIR       CoNLL-2003 folder (default ../shared/data/conll2003)
//   --epochs N       passes over the training data (default 8)
//   --scheme S       BILOU or BIO (default BILOU)
//   --passes 1|2     tagging passes; the second uses the first's decisions (default 2)
//   --folds N        jackknife folds for second-pass training (default 5)
//   --fold-epochs N  epochs of each fold's first-pass model (default 6)
//   --ensemble N     average the weights of N runs over different data orders (default 1)
//   --own-history    train history features on the model's own decisions, not held-out ones
//   --min-count N    keep features seen at least N times on the gold path (default 1)
//   --prune X        drop feature rows whose largest |averaged weight| is below X (default 0.05)
//   --quant Q        row quantization: sqrt (companded int8, float scale; default) or pow2
//   --prune-sweep L  also report testa F1 and size for each threshold of a comma-separated list
//   --test           also report eng.testb (do this once, for the final figure)
//   --no-write       do not write the model module
//   --log FILE       progress log (default out/train-tagger.log)
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  FEATURE_VERSION, docContext, historyFeatures, lexiconHash, recordHistory, staticFeatures, transitionFeatures, useLexicon, viewSentence, type DocContext, type SentenceView,
} from '../src/engine/actors/features';
import { featureIndex, packModel, toBase64, unpackModel, type ModelMeta } from '../src/engine/actors/model-codec';
import { decodeDocument, matrixLength, scoreFeatures, transitionScores, viterbi, type WeightTable } from '../src/engine/actors/tagger';
import { spansOf, tagSet, tagsOf, type Scheme } from '../src/engine/actors/tags';

interface Options {
  data: string;
  epochs: number;
  scheme: Scheme;
  minCount: number;
  passes: number;
  folds: number;
  foldEpochs: number;
  heldOutHistory: boolean;
  ensemble: number;
  pruneSweep: number[];
  quant: 'pow2' | 'sqrt';
  prune: number;
  test: boolean;
  write: boolean;
  log: string;
  out: string;
}

function options(argv: string[]): Options {
  const o: Options = {
    data: '../shared/data/conll2003', epochs: 8, scheme: 'BILOU', minCount: 1, passes: 2, folds: 5, foldEpochs: 6, heldOutHistory: true, ensemble: 1, pruneSweep: [], quant: 'sqrt', prune: 0.05,
    test: false, write: true, log: 'out/train-tagger.log', out: 'src/engine/actors/model/weights.ts',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => argv[++i];
    if (a === '--data') o.data = next();
    else if (a === '--epochs') o.epochs = Number(next());
    else if (a === '--scheme') o.scheme = next() as Scheme;
    else if (a === '--min-count') o.minCount = Number(next());
    else if (a === '--passes') o.passes = Number(next());
    else if (a === '--folds') o.folds = Number(next());
    else if (a === '--fold-epochs') o.foldEpochs = Number(next());
    else if (a === '--ensemble') o.ensemble = Number(next());
    else if (a === '--own-history') o.heldOutHistory = false;
    else if (a === '--quant') o.quant = next() as Options['quant'];
    else if (a === '--prune-sweep') o.pruneSweep = next().split(',').map(Number);
    else if (a === '--prune') o.prune = Number(next());
    else if (a === '--test') o.test = true;
    else if (a === '--no-write') o.write = false;
    else if (a === '--log') o.log = next();
    else if (a === '--out') o.out = next();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const opt = options(process.argv.slice(2));

// The model ships no third-party word lists: its lexicon features come from the project's own
// gazetteers (features.ts) and from the training data.
const lexiconLists: Record<string, string> = {};
useLexicon(lexiconLists);
mkdirSync(dirname(opt.log), { recursive: true });
const started = Date.now();
function log(msg: string): void {
  const line = `[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`;
  console.log(line);
  appendFileSync(opt.log, `${line}\n`);
}

interface Sent {
  words: string[];
  /** Gold IOB1 tags as read. */
  gold: string[];
  /** Gold tag indices in the training scheme. */
  y: Int32Array;
  view: SentenceView;
}
interface Doc {
  sents: Sent[];
  ctx: DocContext;
}

const set = tagSet(opt.scheme);
const size = set.tags.length;

function readConll(file: string): Doc[] {
  const docs: Sent[][] = [[]];
  let words: string[] = [];
  let gold: string[] = [];
  const flush = (): void => {
    if (words.length) {
      const named = tagsOf(spansOf(gold), words.length, opt.scheme);
      const y = Int32Array.from(named, (t) => set.tags.indexOf(t));
      docs[docs.length - 1].push({ words, gold, y, view: viewSentence(words) });
    }
    words = [];
    gold = [];
  };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (docs[docs.length - 1].length) docs.push([]);
    } else if (!line) flush();
    else {
      const cols = line.split(/\s+/);
      words.push(cols[0]);
      gold.push(cols[cols.length - 1]);
    }
  }
  flush();
  return docs.filter((d) => d.length).map((sents) => {
    const ctx = docContext(sents.map((s) => s.words));
    // Views depend on the document (headlines read in the document's casing).
    for (const s of sents) s.view = viewSentence(s.words, ctx);
    return { sents, ctx };
  });
}

function resetHistory(d: Doc): void {
  d.ctx.history = new Map();
}

function decodeDoc(table: WeightTable, d: Doc): string[][] {
  d.ctx.prior = undefined;
  const tags = decodeDocument(table, d.sents.map((s) => s.view), d.ctx, table.passes);
  return tags.map((t) => Array.from(t, (x) => table.tagSet.tags[x]));
}

// The scorer's rules (shared/eval/conll.mjs): exact PER/ORG/LOC spans, a prediction exactly on
// a gold MISC span is ignored.
// Words of the training text: names made only of them are "seen", the rest "unseen". The test
// set has many more unseen names than the development set, so both figures are logged.
let trainWords = new Set<string>();

function evaluate(docs: Doc[], table: WeightTable): { f1: number; p: number; r: number; byType: Record<string, number>; seen: number; unseen: number } {
  const types = ['PER', 'ORG', 'LOC'];
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...types, 'seen', 'unseen']) c[t] = { tp: 0, fp: 0, fn: 0 };
  const novelty = (s: Sent, x: { start: number; end: number }): string => (s.words.slice(x.start, x.end).every((w) => trainWords.has(w)) ? 'seen' : 'unseen');
  for (const d of docs) {
    const tags = decodeDoc(table, d);
    for (const [si, s] of d.sents.entries()) {
      const pred = tags[si];
      const gs = spansOf(s.gold);
      const ps = spansOf(pred);
      const gold = new Map(gs.map((x) => [`${x.start}:${x.end}`, x.type as string]));
      const predicted = new Map(ps.map((x) => [`${x.start}:${x.end}`, x.type as string]));
      for (const x of ps) {
        if (!types.includes(x.type)) continue;
        const g = gold.get(`${x.start}:${x.end}`);
        if (g === 'MISC') continue;
        const outcome = g === x.type ? 'tp' : 'fp';
        c[x.type][outcome]++;
        c[novelty(s, x)][outcome]++;
      }
      for (const x of gs) {
        if (types.includes(x.type) && predicted.get(`${x.start}:${x.end}`) !== x.type) {
          c[x.type].fn++;
          c[novelty(s, x)].fn++;
        }
      }
    }
  }
  const f = (k: { tp: number; fp: number; fn: number }): [number, number, number] => {
    const p = k.tp / Math.max(1, k.tp + k.fp);
    const r = k.tp / Math.max(1, k.tp + k.fn);
    return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
  };
  const all = types.reduce((a, t) => ({ tp: a.tp + c[t].tp, fp: a.fp + c[t].fp, fn: a.fn + c[t].fn }), { tp: 0, fp: 0, fn: 0 });
  const [p, r, f1] = f(all);
  const byType: Record<string, number> = {};
  for (const t of types) byType[t] = +(100 * f(c[t])[2]).toFixed(2);
  return { f1: 100 * f1, p: 100 * p, r: 100 * r, byType, seen: +(100 * f(c.seen)[2]).toFixed(2), unseen: +(100 * f(c.unseen)[2]).toFixed(2) };
}

log(`options ${JSON.stringify(opt)}`);
const train = readConll(join(opt.data, 'eng.train'));
const dev = readConll(join(opt.data, 'eng.testa'));
trainWords = new Set(train.flatMap((d) => d.sents.flatMap((s) => s.words)));
log(`read ${train.length} training documents, ${dev.length} development documents`);

// Feature vocabulary: the features seen along the gold path, kept when frequent enough.
// Prior features are counted from the gold types too, so the vocabulary has them.
const buffer = new Int32Array(256);
const counts = new Map<number, number>();
function countFeatures(d: Doc): void {
  resetHistory(d);
  const count = (k: number): void => {
    for (let j = 0; j < k; j++) counts.set(buffer[j], (counts.get(buffer[j]) ?? 0) + 1);
  };
  for (const s of d.sents) {
    for (let i = 0; i < s.view.n; i++) {
      count(historyFeatures(s.view, d.ctx, i, buffer, staticFeatures(s.view, d.ctx, i, buffer, 0)));
      count(transitionFeatures(s.view, i, i ? s.y[i - 1] : size, buffer, 0));
    }
    for (let i = 0; i < s.view.n; i++) recordHistory(s.view, d.ctx, i, set.typeOf[s.y[i]]);
  }
}
for (const d of train) {
  countFeatures(d);
  if (opt.passes > 1) {
    d.ctx.prior = d.ctx.history;
    countFeatures(d);
    d.ctx.prior = undefined;
  }
}
const vocab = Int32Array.from([...counts].filter(([, n]) => n >= opt.minCount).map(([f]) => f));
counts.clear();
const row = featureIndex(vocab);
log(`${vocab.length} features kept (min count ${opt.minCount})`);

/** An averaged perceptron over the vocabulary (w - u / clock is the average). */
interface Learner {
  w: Float64Array;
  u: Float64Array;
  clock: number;
  table: WeightTable;
}

function learner(): Learner {
  const w = new Float64Array(vocab.length * size);
  return { w, u: new Float64Array(w.length), clock: 1, table: { tagSet: set, passes: 1, row, weights: w } };
}

function averaged(l: Learner, passes: number): WeightTable {
  const a = new Float64Array(l.w.length);
  for (let i = 0; i < a.length; i++) a[i] = l.w[i] - l.u[i] / l.clock;
  return { tagSet: set, passes, row, weights: a };
}

// Deterministic shuffling: the same options give the same model.
let seed = 12345;
const random = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
function shuffled<T>(xs: T[]): T[] {
  const order = xs.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const scores = new Float64Array(size);
/** Adds delta to the weights of features[0, count) for tag t. */
function update(l: Learner, features: Int32Array, count: number, t: number, delta: number): void {
  for (let j = 0; j < count; j++) {
    const r = row(features[j]);
    if (r < 0) continue;
    l.w[r * size + t] += delta;
    l.u[r * size + t] += delta * l.clock;
  }
}

const trans = new Int32Array(16);
const tr = new Float64Array(matrixLength(set));
/** One structured-perceptron pass over a document with Viterbi decoding; returns the number of wrong tags. */
function trainDoc(l: Learner, d: Doc, heard?: Int32Array[]): number {
  let errors = 0;
  resetHistory(d);
  for (const [si, s] of d.sents.entries()) {
    const { view } = s;
    const n = view.n;
    const feats: Int32Array[] = [];
    const local = new Float64Array(n * size);
    for (let i = 0; i < n; i++) {
      let k = staticFeatures(view, d.ctx, i, buffer, 0);
      k = historyFeatures(view, d.ctx, i, buffer, k);
      feats.push(buffer.slice(0, k));
      scoreFeatures(l.table, buffer, k, scores);
      local.set(scores, i * size);
    }
    const pred = viterbi(set, n, local, (i) => transitionScores(l.table, view, i, tr));
    for (let i = 0; i < n; i++) {
      const g = s.y[i];
      const p = pred[i];
      const gp = i ? s.y[i - 1] : size;
      const pp = i ? pred[i - 1] : size;
      if (g !== p) {
        errors++;
        update(l, feats[i], feats[i].length, g, 1);
        update(l, feats[i], feats[i].length, p, -1);
      }
      if (g !== p || gp !== pp) {
        update(l, trans, transitionFeatures(view, i, gp, trans, 0), g, 1);
        update(l, trans, transitionFeatures(view, i, pp, trans, 0), p, -1);
      }
    }
    l.clock++;
    for (let i = 0; i < n; i++) recordHistory(view, d.ctx, i, set.typeOf[heard ? heard[si][i] : pred[i]]);
  }
  return errors;
}

const trainTokens = train.reduce((n, d) => n + d.sents.reduce((m, s) => m + s.view.n, 0), 0);

// The second pass learns from first-pass decisions on documents the first-pass model never saw
// (k-fold jackknife), so it learns how far to trust them on new text.
const priors = new Map<Doc, Map<string, Int32Array>>();
const heldOutTags = new Map<Doc, Int32Array[]>();
if (opt.passes > 1) {
  const folds = opt.folds;
  for (let f = 0; f < folds; f++) {
    const held = train.filter((_, i) => i % folds === f);
    const rest = train.filter((_, i) => i % folds !== f);
    const l = learner();
    for (let e = 0; e < opt.foldEpochs; e++) for (const d of shuffled(rest)) trainDoc(l, d);
    const table = averaged(l, 1);
    for (const d of held) {
      d.ctx.prior = undefined;
      heldOutTags.set(d, decodeDocument(table, d.sents.map((s) => s.view), d.ctx, 1));
      priors.set(d, d.ctx.history);
    }
    log(`fold ${f + 1}/${folds}: first-pass decisions for ${held.length} documents`);
  }
}

/** Trains one model on all the training data; returns its best epoch's averaged weights. */
function trainModel(run: number): { f1: number; epoch: number; table: WeightTable } {
  const main = learner();
  let best: { f1: number; epoch: number; table: WeightTable } = { f1: -1, epoch: 0, table: main.table };
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    let errors = 0;
    for (const d of shuffled(train)) {
      d.ctx.prior = undefined;
      const heard = opt.heldOutHistory ? heldOutTags.get(d) : undefined;
      errors += trainDoc(main, d, heard);
      if (opt.passes > 1) {
        d.ctx.prior = priors.get(d);
        errors += trainDoc(main, d, heard);
      }
    }
    const table = averaged(main, opt.passes);
    const res = evaluate(dev, table);
    log(`run ${run} epoch ${epoch}: train error ${(100 * errors / trainTokens / opt.passes).toFixed(2)}%, testa F1 ${res.f1.toFixed(2)} (P ${res.p.toFixed(2)} R ${res.r.toFixed(2)}) ${JSON.stringify(res.byType)} seen ${res.seen} unseen ${res.unseen}`);
    if (res.f1 > best.f1) best = { f1: res.f1, epoch, table };
  }
  log(`run ${run}: best epoch ${best.epoch}, testa F1 ${best.f1.toFixed(2)}`);
  return best;
}

// Several runs over different orders of the data, averaged, vote away each run's accidents.
const runs = Array.from({ length: opt.ensemble }, (_, r) => trainModel(r + 1));
let best = runs[0];
if (runs.length > 1) {
  const sum = new Float64Array(vocab.length * size);
  for (const r of runs) {
    const w = r.table.weights as Float64Array;
    for (let i = 0; i < sum.length; i++) sum[i] += w[i] / runs.length;
  }
  const table: WeightTable = { tagSet: set, passes: opt.passes, row, weights: sum };
  const res = evaluate(dev, table);
  log(`ensemble of ${runs.length}: testa F1 ${res.f1.toFixed(2)} ${JSON.stringify(res.byType)}`);
  best = { f1: res.f1, epoch: 0, table };
}

// Rows whose weights are all small barely move a decision: dropping them shrinks the model.
const bw = best.table.weights as Float64Array;
function pruned(threshold: number): { keys: Int32Array; bytes: Uint8Array } {
  const keep: number[] = [];
  for (let r = 0; r < vocab.length; r++) {
    let m = 0;
    for (let t = 0; t < size; t++) m = Math.max(m, Math.abs(bw[r * size + t]));
    if (m >= threshold) keep.push(r);
  }
  const keys = Int32Array.from(keep, (r) => vocab[r]);
  const rows = new Float64Array(keep.length * size);
  keep.forEach((r, i) => rows.set(bw.subarray(r * size, (r + 1) * size), i * size));
  return { keys, bytes: packModel(keys, rows, size, opt.quant) };
}
for (const threshold of opt.pruneSweep) {
  const p = pruned(threshold);
  const meta: ModelMeta = { version: 'sweep', featureVersion: FEATURE_VERSION, scheme: opt.scheme, passes: opt.passes, features: p.keys.length, quant: opt.quant };
  const res = evaluate(dev, unpackModel(meta, toBase64(p.bytes)));
  log(`prune ${threshold}: ${p.keys.length} features, ${(p.bytes.length / 1e6).toFixed(2)} MB; testa F1 ${res.f1.toFixed(2)} seen ${res.seen} unseen ${res.unseen}`);
}
const { keys, bytes } = pruned(opt.prune);
const version = `conll2003-${opt.scheme.toLowerCase()}-f${FEATURE_VERSION}-${new Date().toISOString().slice(0, 10)}`;
const meta: ModelMeta = { version, featureVersion: FEATURE_VERSION, scheme: opt.scheme, passes: opt.passes, features: keys.length, lexicon: lexiconHash(lexiconLists), quant: opt.quant };
const data = toBase64(bytes);
const shipped = unpackModel(meta, data);
const qres = evaluate(dev, shipped);
log(`quantized: ${keys.length} features, ${(bytes.length / 1e6).toFixed(2)} MB binary, ${(data.length / 1e6).toFixed(2)} MB base64; testa F1 ${qres.f1.toFixed(2)} ${JSON.stringify(qres.byType)} seen ${qres.seen} unseen ${qres.unseen}`);
if (opt.test) {
  const test = readConll(join(opt.data, 'eng.testb'));
  const tres = evaluate(test, shipped);
  log(`testb F1 ${tres.f1.toFixed(2)} (P ${tres.p.toFixed(2)} R ${tres.r.toFixed(2)}) ${JSON.stringify(tres.byType)}`);
}
if (opt.write) {
  const source = `// Generated by scripts/train-tagger.ts from CoNLL-2003 eng.train: do not edit.
// ${keys.length} features x ${size} tags, int8 rows; testa PER/ORG/LOC F1 ${qres.f1.toFixed(2)}.
import type { ModelMeta } from '../model-codec';

export const MODEL_VERSION = ${JSON.stringify(version)};
export const MODEL_META: ModelMeta = ${JSON.stringify(meta)};
export const MODEL_DATA =
  ${JSON.stringify(data)};
`;
  writeFileSync(opt.out, source);
  log(`wrote ${opt.out} (${(source.length / 1e6).toFixed(2)} MB)`);
  const lexFile = join(dirname(opt.out), 'lexicon-data.ts');
  const lexSource = `// Generated by scripts/train-tagger.ts: do not edit. Extra word lists the model was trained
// with, as category -> "word|word|…"; the project ships none beyond its own gazetteers.
export const LEXICON_DATA: Record<string, string> = ${JSON.stringify(lexiconLists, null, 1)};
`;
  writeFileSync(lexFile, lexSource);
  log(`wrote ${lexFile} (${(lexSource.length / 1e6).toFixed(2)} MB)`);
}
