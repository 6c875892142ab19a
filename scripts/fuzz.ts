// Runs N fuzzed articles (the samples, mutated at random with hostile fragments) through the
// engine and prints one JSON line per figure: exceptions, slowest document, time per document.
// Every fifth article, the cross-source view of the latest mutated version of each sample is built
// too (linking and every contradiction detector), and its passages checked against the texts.
//   node --import tsx scripts/fuzz.ts [N] [--seed S]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, corpusView, createCorpus, setAnalysis } from '../src/engine/corpus';
// @ts-expect-error: a plain-JavaScript helper module of the benchmarks, without types
import { rng } from './bench-corpus.mjs';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const seedArg = args.indexOf('--seed');
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 20261121;
const BUDGET_MS = 2_000; // a document slower than this would hold the index: counted as over budget

const random: () => number = rng(seed);
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];

const dir = join(__dirname, '..', 'samples', 'harbor-blast');
const samples = readdirSync(dir).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const FRAGMENTS = ['“', '”', '"', '’', '\n', '\n\n', '\r\n', '# ', '> ', '- ', '```\n', '`', '[', '](command:workbench.action.terminal.new)', '<script>alert(1)</script>',
  '&amp;', '\u0000', '\ufeff', '😀', '𝐀', '\ud800', 'مرحبا', 'שלום', ' said ', ' denied ', ' according to ', 'reportedly ', 'more than 70 ', 'a dozen ', 'no one ',
  'Mr. ', 'U.S. ', '...', '—', '   ', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '---\n', '| a | b |\n', '1. ', '\t', '\u202e', '\u200b'];

function mutate(text: string): string {
  let t = text;
  const edits = 1 + Math.floor(random() * 20);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (t.length + 1));
    const r = random();
    if (r < 0.5) t = t.slice(0, at) + pick(FRAGMENTS).repeat(random() < 0.1 ? 1 + Math.floor(random() * 500) : 1) + t.slice(at);
    else if (r < 0.75) t = t.slice(0, at) + t.slice(at + Math.floor(random() * 200));
    else t = t.slice(0, at) + t.slice(at, at + Math.floor(random() * 400)).repeat(1 + Math.floor(random() * 5)) + t.slice(at);
  }
  return t;
}

let exceptions = 0;
let overBudget = 0;
let maxMs = 0;
let total = 0;
let chars = 0;
const times: number[] = [];
const corpus = createCorpus();
let views = 0;
let viewExceptions = 0;
let viewMaxMs = 0;
for (let i = 0; i < n; i++) {
  const s = pick(samples);
  const text = mutate(s.text);
  chars += text.length;
  const t0 = performance.now();
  try {
    const a = analyzeDocument(s.file, text);
    for (const m of a.mentions) if (text.slice(m.start, m.end) !== m.text) throw new Error(`mention offsets off at ${m.start}`);
    setAnalysis(corpus, a);
  } catch (e) {
    exceptions++;
    if (exceptions <= 5) process.stderr.write(`exception on document ${i}: ${(e as Error).message}\n`);
  }
  const ms = performance.now() - t0;
  times.push(ms);
  total += ms;
  maxMs = Math.max(maxMs, ms);
  if (ms > BUDGET_MS) overBudget++;
  if ((i + 1) % 1000 === 0) process.stderr.write(`${i + 1} documents\n`);
  if ((i + 1) % 5 === 0) {
    const v0 = performance.now();
    try {
      const view = corpusView(corpus);
      for (const x of view.contradictions) {
        for (const side of x.sides) {
          if (corpus.docs.get(side.file)?.doc.text.slice(side.start, side.end) !== side.text) throw new Error(`contradiction side off at ${side.file}@${side.start} (${x.kind} ${x.topic}): ${JSON.stringify(side.text.slice(0, 80))} vs ${JSON.stringify(corpus.docs.get(side.file)?.doc.text.slice(side.start, side.start + 80))}`);
        }
      }
    } catch (e) {
      viewExceptions++;
      if (viewExceptions <= 5) process.stderr.write(`exception in the view after document ${i}: ${(e as Error).message}\n`);
    }
    views++;
    viewMaxMs = Math.max(viewMaxMs, performance.now() - v0);
  }
}
times.sort((a, b) => a - b);
const line = (figure: string, value: number, unit: string) => console.log(JSON.stringify({ figure, value, unit }));
line('fuzz_documents', n, 'documents');
line('fuzz_exceptions', exceptions, 'documents');
line('fuzz_over_budget', overBudget, 'documents');
line('fuzz_budget_ms', BUDGET_MS, 'ms');
line('fuzz_max_ms', Math.round(maxMs), 'ms');
line('fuzz_p50_ms', Math.round(times[Math.floor(n * 0.5)] * 10) / 10, 'ms');
line('fuzz_p99_ms', Math.round(times[Math.floor(n * 0.99)] * 10) / 10, 'ms');
line('fuzz_mean_chars', Math.round(chars / n), 'chars');
line('fuzz_views', views, 'views');
line('fuzz_view_exceptions', viewExceptions, 'views');
line('fuzz_view_max_ms', Math.round(viewMaxMs), 'ms');
line('fuzz_total_s', Math.round(total / 100) / 10, 's');
