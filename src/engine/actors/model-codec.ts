// Compact binary form of the tagger's weights, stored as base64 text in a generated module
// because the engine cannot read files. Keys are sorted feature ids as delta varints; each
// weight row is int8 with its own power-of-two scale, because one global scale either clips
// the few large weights (bias, transitions) or rounds the many small ones to zero.
import { tagSet, type Scheme, type TagSet } from './tags';
import type { WeightTable } from './tagger';

/** What the generated model module says about its weights. */
export interface ModelMeta {
  version: string;
  featureVersion: number;
  scheme: Scheme;
  passes: number;
  features: number;
  /** lexiconHash() of the word lists the model was trained with. */
  lexicon?: number;
  /** Row quantization: int8 with a power-of-two scale byte, or companded int8 with a float32 scale. */
  quant?: 'pow2' | 'sqrt';
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Encodes bytes as base64. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    chunk += B64[a >> 2] + B64[((a & 3) << 4) | (b >> 4)]
      + (i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)] : '=')
      + (i + 2 < bytes.length ? B64[c & 63] : '=');
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Decodes base64 (without relying on atob or Buffer, which not every host has). */
export function fromBase64(s: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let len = (s.length / 4) * 3;
  if (s.endsWith('==')) len -= 2;
  else if (s.endsWith('=')) len -= 1;
  const out = new Uint8Array(len);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const a = lookup[s.charCodeAt(i)];
    const b = lookup[s.charCodeAt(i + 1)];
    const c = lookup[s.charCodeAt(i + 2)];
    const d = lookup[s.charCodeAt(i + 3)];
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < len) out[o++] = (n >> 16) & 255;
    if (o < len) out[o++] = (n >> 8) & 255;
    if (o < len) out[o++] = n & 255;
  }
  return out;
}

/** Quantizes one row of weights to int8 with a power-of-two scale; returns the exponent. */
export function quantizeRow(row: ArrayLike<number>, out: Int8Array): number {
  let m = 0;
  for (let t = 0; t < row.length; t++) m = Math.max(m, Math.abs(row[t]));
  const e = m > 0 ? Math.max(-127, Math.min(127, Math.ceil(Math.log2(m / 127)))) : 0;
  const scale = 2 ** e;
  for (let t = 0; t < row.length; t++) out[t] = Math.max(-127, Math.min(127, Math.round(row[t] / scale)));
  return e;
}

/**
 * Companded quantization: code q stands for sign(q) * (|q| / 127)^2 * scale, which keeps the
 * small weights of rare-word features (affixes, shapes) that linear int8 rounds away.
 */
export function quantizeRowSqrt(row: ArrayLike<number>, out: Int8Array): number {
  let m = 0;
  for (let t = 0; t < row.length; t++) m = Math.max(m, Math.abs(row[t]));
  for (let t = 0; t < row.length; t++) out[t] = m > 0 ? Math.sign(row[t]) * Math.round(127 * Math.sqrt(Math.abs(row[t]) / m)) : 0;
  return m;
}

/** Packs feature ids (any order) and their float weight rows (`size` each) into bytes. */
export function packModel(keys: Int32Array, rows: Float64Array, size: number, quant: 'pow2' | 'sqrt' = 'pow2'): Uint8Array {
  const order = Array.from(keys.keys()).sort((a, b) => (keys[a] >>> 0) - (keys[b] >>> 0));
  const bytes: number[] = [];
  let last = 0;
  for (const i of order) {
    let d = (keys[i] >>> 0) - last;
    last = keys[i] >>> 0;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    bytes.push(d);
  }
  const head = quant === 'pow2' ? 1 : 4;
  const out = new Uint8Array(bytes.length + order.length * (size + head));
  out.set(bytes, 0);
  const view = new DataView(out.buffer);
  let o = bytes.length;
  const q = new Int8Array(size);
  for (const i of order) {
    const row = rows.subarray(i * size, (i + 1) * size);
    if (quant === 'pow2') out[o] = quantizeRow(row, q) & 255;
    else view.setFloat32(o, quantizeRowSqrt(row, q), true);
    o += head;
    for (let t = 0; t < size; t++) out[o++] = q[t] & 255;
  }
  return out;
}

/** Builds an open-addressing index from feature ids (nonzero, distinct) to their position. */
export function featureIndex(keys: ArrayLike<number>): (feature: number) => number {
  const n = keys.length;
  let cap = 1;
  while (cap < n * 1.5) cap <<= 1;
  const mask = cap - 1;
  // Key and row side by side: one probe touches one cache line.
  const slots = new Int32Array(cap * 2);
  for (let i = 0; i < n; i++) {
    const key = keys[i] | 0;
    let s = key & mask;
    while (slots[s * 2] !== 0) s = (s + 1) & mask;
    slots[s * 2] = key;
    slots[s * 2 + 1] = i;
  }
  return (feature: number): number => {
    let s = (feature & mask) * 2;
    for (;;) {
      const k = slots[s];
      if (k === feature) return slots[s + 1];
      if (k === 0) return -1;
      s = (s + 2) & (mask * 2 + 1);
    }
  };
}

/** Unpacks a model into a weight table. */
export function unpackModel(meta: ModelMeta, data: string): WeightTable {
  const set: TagSet = tagSet(meta.scheme);
  const size = set.tags.length;
  const bytes = fromBase64(data);
  const n = meta.features;
  const keys = new Int32Array(n);
  let p = 0;
  let key = 0;
  for (let i = 0; i < n; i++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[p++];
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    key = (key + d) >>> 0;
    keys[i] = key | 0;
  }
  // Kept as int8 with a scale per row: a quarter of the memory of floats, so more of the
  // table stays in cache while scoring.
  if ((meta.quant ?? 'pow2') === 'pow2') {
    const weights = new Int8Array(n * size);
    const rowScale = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      rowScale[i] = 2 ** ((bytes[p++] << 24) >> 24);
      for (let t = 0; t < size; t++) weights[i * size + t] = (bytes[p++] << 24) >> 24;
    }
    return { tagSet: set, passes: meta.passes, weights, rowScale, row: featureIndex(keys) };
  }
  // Companded codes q stand for sign(q) * q^2 * scale / 127^2: kept as the integer q * |q|
  // (int16, half the memory of floats) with the scale per row.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Int16Array(n * size);
  const rowScale = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    rowScale[i] = view.getFloat32(p, true) / (127 * 127);
    p += 4;
    for (let t = 0; t < size; t++) {
      const q = (bytes[p++] << 24) >> 24;
      weights[i * size + t] = q * Math.abs(q);
    }
  }
  return { tagSet: set, passes: meta.passes, weights, rowScale, row: featureIndex(keys) };
}
