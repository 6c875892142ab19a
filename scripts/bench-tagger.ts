// Measures the tagger's speed (words per second, one core) on CoNLL-2003 test text.
// Run: node --import tsx scripts/bench-tagger.ts [FILE] (default ../shared/data/conll2003/eng.testb)
import { readFileSync } from 'node:fs';
import { tagDocumentWords } from '../src/engine/actors/ner';
import { shippedModel, MODEL_VERSION } from '../src/engine/actors/model';
import { tokenize } from '../src/engine/actors/tokens';

const file = process.argv[2] ?? '../shared/data/conll2003/eng.testb';
const docs: string[][][] = [[]];
let words: string[] = [];
for (const raw of readFileSync(file, 'utf8').split('\n')) {
  const line = raw.trim();
  if (!line || line.startsWith('-DOCSTART-')) {
    if (words.length) docs[docs.length - 1].push(words);
    words = [];
    if (line.startsWith('-DOCSTART-') && docs[docs.length - 1].length) docs.push([]);
  } else words.push(line.split(/\s+/)[0]);
}
if (words.length) docs[docs.length - 1].push(words);
const total = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);

let t0 = performance.now();
shippedModel();
console.log(`model ${MODEL_VERSION} loaded in ${(performance.now() - t0).toFixed(0)} ms`);

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
const run = (): [number, number] => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const d of docs) tagDocumentWords(d);
  const used = process.cpuUsage(cpu);
  return [performance.now() - start, (used.user + used.system) / 1000];
};
run(); // warm-up: let the JIT compile the hot loops
const runs = Array.from({ length: 9 }, run);
const sorted = (xs: number[]): number[] => xs.sort((a, b) => a - b);
const wall = sorted(runs.map((r) => r[0]));
const cpu = sorted(runs.map((r) => r[1]));
const rate = (ms: number): string => Math.round(total / (ms / 1000)).toLocaleString('en');
// The best run is the one least disturbed by other processes; the median is shown beside it.
console.log(`tagger: ${total} words; best ${rate(cpu[0])} words/s per core (CPU ${cpu[0].toFixed(0)} ms), median ${rate(cpu[4])} words/s; wall best ${rate(wall[0])} words/s`);

const text = docs.map((d) => d.map((s) => s.join(' ')).join('\n')).join('\n\n');
t0 = performance.now();
const tokens = tokenize(text).length;
const tms = performance.now() - t0;
console.log(`tokenizer: ${tokens} tokens in ${tms.toFixed(0)} ms = ${Math.round(tokens / (tms / 1000)).toLocaleString('en')} tokens/s`);
