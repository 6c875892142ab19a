// Tag schemes for the sequence tagger. BILOU marks the last and single tokens of a name
// explicitly, which lets a greedy left-to-right tagger learn name ends.
import { TYPES } from './features';

/** Tagging scheme: BIO, or BILOU with explicit last and single-token tags. */
export type Scheme = 'BIO' | 'BILOU';

/** A tag set with its transition constraints. */
export interface TagSet {
  scheme: Scheme;
  tags: string[];
  /** Entity type index per tag: 0 for O, 1.. for TYPES. */
  typeOf: Int8Array;
  /** allowed[prev * size + next]: 1 where the transition is well formed; prev = size means sentence start. */
  allowed: Uint8Array;
  /** Per tag, the tags allowed before it (sentence start left out): what Viterbi maximizes over. */
  prevs: Int32Array[];
  /** The distinct lists of prevs, and each tag's list among them. */
  groups: Int32Array[];
  groupOf: Int32Array;
}

/** Builds the tag set of a scheme. */
export function tagSet(scheme: Scheme): TagSet {
  const parts = scheme === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  const tags = ['O'];
  for (const t of TYPES) for (const p of parts) tags.push(`${p}-${t}`);
  const size = tags.length;
  const typeOf = new Int8Array(size);
  tags.forEach((t, i) => { typeOf[i] = t === 'O' ? 0 : TYPES.indexOf(t.slice(2) as (typeof TYPES)[number]) + 1; });
  const allowed = new Uint8Array((size + 1) * size);
  for (let p = 0; p <= size; p++) {
    const pt = p === size ? 'O' : tags[p];
    const open = pt[0] === 'B' || (scheme === 'BIO' ? pt[0] === 'I' : pt[0] === 'I');
    for (let nx = 0; nx < size; nx++) {
      const nt = tags[nx];
      const cont = nt[0] === 'I' || nt[0] === 'L';
      let ok: boolean;
      if (scheme === 'BIO') ok = !cont || (open && pt.slice(2) === nt.slice(2));
      // BILOU: an open name must continue with I/L of its type; a closed one cannot.
      else ok = open ? cont && pt.slice(2) === nt.slice(2) : !cont;
      allowed[p * size + nx] = ok ? 1 : 0;
    }
  }
  const prevs = tags.map((_, nx) => Int32Array.from(tags.keys()).filter((p) => allowed[p * size + nx] === 1));
  const groups: Int32Array[] = [];
  const groupOf = Int32Array.from(prevs, (ps) => {
    const g = groups.findIndex((x) => x.join() === ps.join());
    return g >= 0 ? g : groups.push(ps) - 1;
  });
  return { scheme, tags, typeOf, allowed, prevs, groups, groupOf };
}

/** A name found by the tagger: token range [start, end) and type. */
export interface TokenSpan {
  start: number;
  end: number;
  type: (typeof TYPES)[number];
}

/** Reads the names out of a tag sequence (accepts IOB1, IOB2 and BILOU). */
export function spansOf(tags: string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const p = t === 'O' ? 'O' : t[0];
    const type = t.slice(2) as TokenSpan['type'];
    const begins = p === 'B' || p === 'U' || ((p === 'I' || p === 'L') && (!cur || cur.type !== type));
    if (cur && (p === 'O' || begins)) {
      out.push(cur);
      cur = null;
    }
    if (p !== 'O') {
      if (!cur) cur = { start: i, end: i + 1, type };
      else cur.end = i + 1;
      if (p === 'L' || p === 'U') {
        out.push(cur);
        cur = null;
      }
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Writes spans as tags of a scheme over n tokens. */
export function tagsOf(spans: TokenSpan[], n: number, scheme: Scheme | 'IOB1'): string[] {
  const tags: string[] = new Array(n).fill('O');
  let lastEnd = -1;
  let lastType = '';
  for (const s of spans) {
    const len = s.end - s.start;
    for (let i = s.start; i < s.end; i++) {
      let p = 'I';
      if (scheme === 'BIO') p = i === s.start ? 'B' : 'I';
      else if (scheme === 'BILOU') p = len === 1 ? 'U' : i === s.start ? 'B' : i === s.end - 1 ? 'L' : 'I';
      else if (i === s.start && lastEnd === s.start && lastType === s.type) p = 'B';
      tags[i] = `${p}-${s.type}`;
    }
    lastEnd = s.end;
    lastType = s.type;
  }
  return tags;
}
