// The engine over the dev set's articles (eval/dev/corpora, one story per folder), as the extension
// takes them: every article analysed, then the cross-source view built once. Prints the time of
// each step. Run bundled, as the extension runs it:
//   npx esbuild scripts/bench-dev.ts --bundle --platform=node --outfile=/tmp/dev.cjs && node /tmp/dev.cjs
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusView, createCorpus, setDocument } from '../src/engine/corpus';

const root = 'eval/dev/corpora';
const corpus = createCorpus({ eventDepth: 1 });
let words = 0;
let articles = 0;
const t0 = performance.now();
for (const story of readdirSync(root).sort()) {
  for (const file of readdirSync(join(root, story)).sort()) {
    const text = readFileSync(join(root, story, file), 'utf8');
    words += text.split(/\s+/).filter(Boolean).length;
    articles++;
    setDocument(corpus, `${story}/${file}`, text);
  }
}
const t1 = performance.now();
const view = corpusView(corpus);
const t2 = performance.now();
console.log(`${articles} articles, ${words} words: analysis ${((t1 - t0) / 1000).toFixed(2)} s, view ${((t2 - t1) / 1000).toFixed(2)} s `
  + `(${view.contradictions.length} contradictions); ${Math.round(words / ((t2 - t0) / 1000))} words/s`);
