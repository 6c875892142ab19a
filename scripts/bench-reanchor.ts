// Re-anchoring benchmark: annotate random mentions and claims of the sample articles, edit the
// articles at random (insertions, deletions and replacements elsewhere, sometimes inside the
// quote, sometimes deleting it), re-anchor, and compare with where each quote truly went
// (known, since the benchmark made the edits). Prints one JSON line per figure.
//   node --import tsx scripts/bench-reanchor.ts [--quick] [--stress] [--seed N]
// --stress: 3 to 10 edits per article, most insertions pasted from the articles (so passages,
// quotes included, get duplicated near where they were): harsher than real editing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCorpus, corpusView, setDocument } from '../src/engine/corpus';
import { anchorSpan, reanchor } from '../src/engine/annotations/anchor';
import type { Selector } from '../src/engine/annotations/model';
// @ts-expect-error: a plain-JavaScript helper module of the benchmarks, without types
import { rng } from './bench-corpus.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const stress = args.includes('--stress');
const seedArg = args.indexOf('--seed');
const SEED = seedArg >= 0 ? Number(args[seedArg + 1]) : 20260318;
const TRIALS = quick ? 400 : 4000;
const PER_TRIAL = 6;

const rand = rng(SEED);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const dir = join(import.meta.dirname, '..', 'samples', 'harbor-blast');
const corpus = createCorpus();
const texts = new Map<string, string>();
for (const f of readdirSync(dir).sort()) {
  const t = readFileSync(join(dir, f), 'utf8');
  texts.set(f, t);
  setDocument(corpus, f, t);
}
const view = corpusView(corpus);
const files = [...texts.keys()];
const all = [...texts.values()].join('\n');
const vocabulary = [...new Set(all.match(/[\p{L}][\p{L}'’-]*/gu) ?? [])];

/** Text a journalist might type or paste: corpus words, or a short snippet copied from an article. */
function filler(maxWords: number): string {
  if (rand() < (stress ? 0.6 : 0.3)) {
    const at = int(0, all.length - 80);
    return all.slice(at, at + int(3, stress ? 80 : 30));
  }
  const n = int(1, maxWords);
  return ' ' + Array.from({ length: n }, () => pick(vocabulary)).join(' ') + (rand() < 0.3 ? '.' : '');
}

interface Case {
  sel: Selector;
  start: number;
  end: number;
  gone: boolean;
  /** Edits made inside the quote: small ones (a letter, a word) and larger rewrites. */
  small: number;
  large: number;
  /** The quote's offsets in the unedited text. */
  start0: number;
  end0: number;
}
interface Edit { a: number; b: number; ins: string }

type Relation = 'before' | 'after' | 'inside' | 'cover' | 'partial';
function relation(e: Edit, c: Case): Relation {
  if (e.b <= c.start && e.a <= c.start) return 'before';
  if (e.a >= c.end) return 'after';
  if (e.a > c.start && e.b < c.end) return 'inside';
  if (e.a <= c.start && e.b >= c.end && e.b > e.a) return 'cover';
  return 'partial';
}

function onlyQuoteAndNewText(origin: number[], got: { start: number; end: number }, c: Case): boolean {
  for (let i = got.start; i < got.end; i++) if (origin[i] !== -1 && (origin[i] < c.start0 || origin[i] >= c.end0)) return false;
  for (let i = 0; i < origin.length; i++) if (origin[i] >= c.start0 && origin[i] < c.end0 && (i < got.start || i >= got.end)) return false;
  return true;
}

function retypedInPlace(origin: number[], got: { start: number; end: number; exact: boolean }, c: Case, text: string): boolean {
  if (!got.exact || text.slice(got.start, got.end) !== c.sel.exact) return false;
  for (let i = got.start; i < got.end; i++) if (origin[i] !== -1) return false;
  // Between the last original character before the quote and the first one after it.
  let before = -1;
  let after = origin.length;
  for (let i = 0; i < origin.length; i++) {
    if (origin[i] !== -1 && origin[i] < c.start0) before = i;
    if (origin[i] >= c.end0) {
      after = i;
      break;
    }
  }
  return got.start > before && got.end <= after;
}

let survivors = 0;
let hits = 0;
let smallTotal = 0;
let smallHits = 0;
let largeTotal = 0;
let largeHits = 0;
let orphans = 0;
let deleted = 0;
let deletedOrphaned = 0;
let wrong = 0;
let verbatimInside = 0;
let edgeHits = 0;
let retyped = 0;
let total = 0;
let elapsed = 0;
const wrongExamples: string[] = [];

for (let trial = 0; trial < TRIALS; trial++) {
  const file = pick(files);
  let text = texts.get(file) as string;
  const mentions = view.mentionsByFile.get(file) ?? [];
  const claims = view.claimsByFile.get(file) ?? [];
  const cases: Case[] = [];
  // Where each character of the edited text was in the original (-1: typed in by an edit).
  const origin = Array.from({ length: text.length }, (_, i) => i);
  for (let k = 0; k < PER_TRIAL; k++) {
    const span = rand() < 0.5 && mentions.length ? pick(mentions) : pick(claims);
    cases.push({ sel: anchorSpan(text, span.start, span.end), start: span.start, end: span.end, gone: false, small: 0, large: 0, start0: span.start, end0: span.end });
  }
  const edits = stress ? int(3, 10) : int(1, 4);
  for (let n = 0; n < edits; n++) {
    for (let attempt = 0; attempt < 50; attempt++) {
      let e: Edit;
      let small = false;
      const live = cases.filter((c) => !c.gone && c.end - c.start >= 3);
      if (rand() < 0.15 && live.length) {
        // Inside a quote: a typo fixed, a letter dropped, a word added.
        const c = pick(live);
        small = true;
        const op = int(0, 3);
        const a = int(c.start + 1, c.end - 2);
        if (op === 0) e = { a, b: a + 1, ins: pick('abcdefghijklmnopqrstuvwxyz'.split('')) };
        else if (op === 1) e = { a, b: a + 1, ins: '' };
        else if (op === 2) e = { a, b: a, ins: 'xyz'.slice(0, int(1, 3)) };
        else e = { a, b: a, ins: ' ' + pick(vocabulary) };
      } else {
        const r = rand();
        const a = int(0, text.length);
        if (r < 0.4) e = { a, b: a, ins: filler(6) };
        else if (r < 0.7) e = { a, b: Math.min(text.length, a + int(1, 80)), ins: '' };
        else e = { a, b: Math.min(text.length, a + int(1, 40)), ins: filler(4) };
      }
      const rel = cases.map((c) => (c.gone ? 'after' : relation(e, c)));
      if (rel.includes('partial')) continue;
      const delta = e.ins.length - (e.b - e.a);
      text = text.slice(0, e.a) + e.ins + text.slice(e.b);
      origin.splice(e.a, e.b - e.a, ...new Array<number>(e.ins.length).fill(-1));
      cases.forEach((c, i) => {
        if (c.gone) return;
        if (rel[i] === 'before') {
          c.start += delta;
          c.end += delta;
        } else if (rel[i] === 'inside') {
          c.end += delta;
          if (small) c.small++;
          else c.large++;
        } else if (rel[i] === 'cover') {
          c.gone = true;
        }
      });
      break;
    }
  }
  for (const c of cases) {
    total++;
    const t0 = performance.now();
    const got = reanchor(text, c.sel);
    elapsed += performance.now() - t0;
    if (!got) orphans++;
    if (c.gone) {
      deleted++;
      if (!got) deletedOrphaned++;
      else if (retypedInPlace(origin, got, c, text)) {
        // The quote was deleted and the same words pasted back where it stood (a snippet
        // copied from elsewhere): the text reads as before, so finding it there is right.
        retyped++;
      } else {
        wrong++;
        if (wrongExamples.length < 5) wrongExamples.push(`deleted ${JSON.stringify(c.sel.exact)} found at ${got.start}: ${JSON.stringify(text.slice(got.start, got.end))}`);
      }
      continue;
    }
    survivors++;
    if (c.large) largeTotal++;
    else if (c.small) smallTotal++;
    if (!got) continue;
    if (got.start === c.start && got.end === c.end) {
      hits++;
      if (c.large) largeHits++;
      else if (c.small) smallHits++;
    } else if (onlyQuoteAndNewText(origin, got, c)) {
      // Text typed at the quote's edge belongs to the quote or to its context: the span holds
      // every surviving character of the quote and, besides, only text the edits added.
      edgeHits++;
    } else if (c.small + c.large && got.exact && got.start >= c.start && got.end <= c.end) {
      // The edit inside the quote left the quote's words verbatim within the edited span
      // ("Ruth Okafor" -> "Ruth Ruth Okafor"): either reading is defensible; counted apart.
      verbatimInside++;
    } else {
      wrong++;
      if (wrongExamples.length < 5) wrongExamples.push(`${JSON.stringify(c.sel.exact)} truly at ${c.start}-${c.end}, found at ${got.start}-${got.end}: ${JSON.stringify(text.slice(got.start, got.end))}`);
    }
  }
}

// Speed on large files (~1 MB), every quote displaced by a paragraph inserted at the top:
// prose of corpus words in random order, and the pathological case of one article pasted
// fifty times over (every quote and its context occur fifty times).
function timeLarge(big: string): number {
  const selectors = Array.from({ length: 200 }, () => {
    const at = int(0, big.length - 200);
    return anchorSpan(big, at, at + int(4, 120));
  });
  const shifted = 'An inserted first paragraph.\n\n' + big;
  const t0 = performance.now();
  for (const sel of selectors) reanchor(shifted, sel);
  return (performance.now() - t0) / selectors.length;
}
const words: string[] = [];
for (let n = 0; n < 1_000_000;) {
  const w = pick(vocabulary) + (rand() < 0.08 ? '.' : '');
  words.push(w);
  n += w.length + 1;
}
const proseMs = timeLarge(words.join(' '));
const repetitiveMs = timeLarge(Array.from({ length: 50 }, (_, i) => `\n\n## Part ${i}\n\n` + all).join(''));

const out = (figure: string, value: number, unit: string): void => console.log(JSON.stringify({ figure, value: Number(value.toFixed(4)), unit }));
out('reanchor_exact_ratio', survivors ? hits / survivors : 1, 'ratio');
out('reanchor_orphan_ratio', total ? orphans / total : 0, 'ratio');
out('reanchor_wrong', wrong, 'count');
out('reanchor_small_inside_edit_ratio', smallTotal ? smallHits / smallTotal : 1, 'ratio');
out('reanchor_large_inside_edit_ratio', largeTotal ? largeHits / largeTotal : 1, 'ratio');
out('reanchor_verbatim_inside_edit', verbatimInside, 'count');
out('reanchor_edge_insertion_included', edgeHits, 'count');
out('reanchor_retyped_in_place', retyped, 'count');
out('reanchor_deleted_orphaned_ratio', deleted ? deletedOrphaned / deleted : 1, 'ratio');
out('reanchor_annotations', total, 'count');
out('reanchor_ms_per_annotation', elapsed / Math.max(1, total), 'ms');
out('reanchor_ms_per_annotation_1mb', proseMs, 'ms');
out('reanchor_ms_per_annotation_1mb_repetitive', repetitiveMs, 'ms');
for (const w of wrongExamples) console.error(`wrong: ${w}`);
