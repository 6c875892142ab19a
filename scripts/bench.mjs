// Benchmarks the engine and the extension bundle on a synthetic corpus made from the samples
// (see bench-corpus.mjs). Prints one JSON line per figure on stdout:
//   {"figure": NAME, "value": NUMBER, "unit": UNIT}
// and nothing else; progress and notes go to stderr. A figure that could not be measured
// (time budget exceeded, packaging failed) is printed with value -1 and a note on stderr.
//
//   node scripts/bench.mjs            full run: 2,000- and 10,000-article corpora (budget ~10 min)
//   node scripts/bench.mjs --quick    reduced run, same figure names (50 and 150 articles, < 1 min)
//   --sizes=S,L                       override the two corpus sizes (e.g. --sizes=2000,10000)
//   --one-story                       take all the articles as one story (triangulate.events "workspace")
//   --budget=S                        seconds each corpus case may take before it is stopped
//                                     (default 240 and 330 s; 30 s each with --quick)
//
// The engine is bundled from src/engine with esbuild into a temp file and loaded with require().
// The two large cases run in child processes: each has a fresh heap (so peak RSS is that case's
// own), and a case whose synchronous cross-source rebuild exceeds the budget can be stopped
// without losing the figures measured before it.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import v8 from 'node:v8';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, rng } from './bench-corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const flagValue = (name) => flag(name)?.split('=')[1];
const log = (...xs) => process.stderr.write(`[bench] ${xs.join(' ')}\n`);
const now = () => performance.now();
const round = (x) => (!Number.isFinite(x) ? x : Math.abs(x) >= 1000 ? Math.round(x) : Number(x.toPrecision(4)));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };
const MB = 1024 * 1024;
// The synthetic corpus holds one folder per event (event-00001/...); the index cases group them as
// the extension does by default (triangulate.events "topFolders": each top folder is one event),
// or with --one-story as one story of them all (triangulate.events "workspace").
const EVENT_DEPTH = flag('one-story') ? 0 : 1;

// ---- Child process: one corpus case -----------------------------------------------------------

if (flag('child')) {
  await runCase(JSON.parse(decodeURIComponent(flagValue('child'))));
  await new Promise((resolve) => process.send({ phase: 'done' }, resolve)); // flush the figures before exiting
  process.exit(0);
}

/**
 * One corpus case, in its own process. Sends each figure to the parent as soon as it is measured.
 * kind 'index' (the 2,000-article case): cold index, view rebuild, tree, hovers, cache, edits.
 * kind 'large' (the 10,000-article case): cold index and peak RSS.
 */
async function runCase({ kind, engine, n, label, hovers, edits }) {
  const E = require(engine);
  const send = (figure, value, unit) => process.send({ figure, value: round(value), unit });
  const phase = (p) => process.send({ phase: p });
  let peakRss = 0;
  const sampleRss = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

  phase('generating');
  const docs = generateCorpus(n, kind === 'index' ? { longArticle: 7, longWords: 1500 } : {});
  const words = docs.reduce((s, d) => s + d.words, 0);
  send(`index_${label}_articles`, n, 'articles');
  send(`index_${label}_words`, words, 'words');
  log(`${label}: ${n} articles, ${words.toLocaleString('en')} words generated`);

  // Cold index: setDocument for every article (the extension yields between documents, so each
  // call is one synchronous step of the extension host), then the cross-source view.
  phase('analysing');
  const corpus = E.createCorpus({ eventDepth: EVENT_DEPTH });
  const calls = [];
  let done = { done: 0, words: 0, ms: 0 };
  for (let i = 0; i < docs.length; i++) {
    const t = now();
    E.setDocument(corpus, docs[i].file, docs[i].text);
    calls.push(now() - t);
    done = { done: i + 1, words: done.words + docs[i].words, ms: done.ms + calls[i] };
    if (i % 50 === 0) { sampleRss(); process.send({ progress: done }); }
    if ((i + 1) % Math.max(1, Math.floor(n / 10)) === 0) log(`${label}: analysed ${i + 1}/${n}`);
  }
  sampleRss();
  const analyseMs = calls.reduce((a, b) => a + b, 0);
  send(`index_${label}_analyze_s`, analyseMs / 1000, 's');
  log(`${label}: analysis ${(analyseMs / 1000).toFixed(1)} s = ${Math.round(words / (analyseMs / 1000)).toLocaleString('en')} words/s; setDocument p50 ${median(calls).toFixed(1)} ms, p99 ${quantile(calls, 0.99).toFixed(1)} ms, max ${Math.max(...calls).toFixed(1)} ms`);

  phase('view (corpusView: linking + contradictions)');
  let t = now();
  let view = E.corpusView(corpus);
  const viewMs = now() - t;
  sampleRss();
  log(`${label}: corpusView ${(viewMs / 1000).toFixed(1)} s: ${view.actors.length} actors, ${view.claims.length} claims, ${view.contradictions.length} contradictions`);
  send(`index_${label}_cold_s`, (analyseMs + viewMs) / 1000, 's');
  if (kind === 'large') {
    // VmHWM (read by the parent) also covers the moments between samples; this is the fallback.
    send(`peak_rss_${label}_mb`, Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / MB, 'MB');
    // What stays once the scan is over: the engine's heap after a full collection, the view held.
    // The peak above also counts garbage not yet collected, which depends on when V8 collects.
    if (globalThis.gc) {
      globalThis.gc();
      send(`heap_${label}_after_view_mb`, process.memoryUsage().heapUsed / MB, 'MB');
    }
    return;
  }
  send(`view_rebuild_${label}_ms`, viewMs, 'ms');

  // The extension's scan (workspace-index.ts, analysis-client.ts): the engine's worker and one
  // helper worker per spare core (up to four in all, as engine-node.ts starts them) analyse the
  // articles side by side, sixteen in flight at a time (SCAN_LANES), in the order of their paths. The engine keeps
  // its own analyses (committed by id); a helper's are posted back (a structured clone) and put into
  // the engine. Then the engine is asked for the view, and the time runs until its last part has
  // arrived.
  phase('parallel analysis (extension workers)');
  const workerCount = Math.min(4, Math.max(1, os.availableParallelism()));
  const workers = Array.from({ length: workerCount }, () => new Worker(path.join(ROOT, 'dist', 'analysis-worker.js')));
  let parallelMs = 0;
  let scanMs = 0;
  let prepared = 0;
  try {
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve)))); // each engine's "ready"
    const [engineWorker] = workers;
    const order = [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // The scan tells the engine which articles to expect: it compares each story's sources as soon
    // as the story's last article is in, while the helpers analyse the next ones.
    engineWorker.postMessage({ kind: 'clear', eventDepth: EVENT_DEPTH, expect: order.map((d) => d.file) });
    const busy = workers.map(() => 0);
    const waiting = new Map();
    let nextId = 1;
    const ask = (w, msg) => new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      workers[w].postMessage({ ...msg, id });
    });
    const parts = [];
    for (const worker of workers) {
      worker.on('message', (res) => {
        const p = waiting.get(res.id);
        if (!p) return;
        if ('viewPart' in res) {
          parts.push(res.viewPart);
          if (!res.last) return;
        }
        waiting.delete(res.id);
        if (res.error) p.reject(new Error(res.error));
        else p.resolve(res);
      });
      worker.on('error', (e) => { for (const p of waiting.values()) p.reject(e); });
    }
    t = now();
    let next = 0;
    const lane = async () => {
      while (next < order.length) {
        const d = order[next++];
        // The least busy engine, the main one first on a tie (as the client picks).
        const w = busy.indexOf(Math.min(...busy));
        busy[w]++;
        const res = await ask(w, w === 0 ? { file: d.file, text: d.text } : { file: d.file, text: d.text, keep: false });
        busy[w]--;
        if (w === 0) engineWorker.postMessage({ kind: 'commit', file: d.file, id: res.id });
        else engineWorker.postMessage({ kind: 'put', analysis: res.analysis });
      }
    };
    await Promise.all(Array.from({ length: 16 }, lane));
    parallelMs = now() - t;
    const last = await ask(0, { kind: 'view' });
    scanMs = now() - t;
    prepared = last.applied.prepared ?? 0;
    const got = parts.reduce((n, p) => n + p.contradictions.length, 0);
    if (got !== view.contradictions.length) throw new Error(`the scan's view has ${got} contradictions, the engine's ${view.contradictions.length}`);
  } finally {
    await Promise.all(workers.map((w) => w.terminate())); // also when a worker failed: nothing is left running
  }
  send('analysis_workers', workerCount, 'workers');
  send(`index_${label}_analyze_parallel_s`, parallelMs / 1000, 's');
  send(`index_${label}_cold_parallel_s`, scanMs / 1000, 's');
  log(`${label}: ${workerCount} analysis workers: analyses in ${(parallelMs / 1000).toFixed(1)} s, the view received ${((scanMs - parallelMs) / 1000).toFixed(1)} s later, ${prepared} of its stories compared while the articles were analysed (one engine in this thread: ${(analyseMs / 1000).toFixed(1)} s + ${(viewMs / 1000).toFixed(1)} s)`);
  // The extension host's side runs in a thread of its own (scripts/bench-host.mjs), whose heap
  // holds what the host holds: the texts, the analyses the engine posts, the view.
  const host = hostThread(engine, docs);
  // What the host's thread does per document: take the analysis the worker posts (a structured
  // clone), share its strings and make its cache entry, each document a task of its own.
  const fromEngine = await host.run('analyses', { buffers: [...corpus.docs.values()].map((a) => v8.serialize(a)) });
  send('main_thread_document_ms', fromEngine.docMax, 'ms');
  // The view is built in the worker and posted to the extension host in parts, one message each
  // (each deserialized as its own task), then joined, its lists sorted a batch at a time.
  const posted = E.viewParts(E.viewData(view)).map((p) => v8.serialize(p));
  const received = await host.run('parts', { buffers: posted });
  send(`view_transfer_${label}_ms`, received.ms, 'ms');
  send('view_part_max_ms', received.partMax, 'ms');
  send('view_finish_ms', received.finishMax, 'ms');
  send(`host_heap_${label}_mb`, received.heapBytes / MB, 'MB');
  log(`${label}: view received in ${posted.length} parts of up to ${(Math.max(...posted.map((b) => b.length)) / MB).toFixed(1)} MB (${(posted.reduce((n, b) => n + b.length, 0) / MB).toFixed(0)} MB in all); longest part ${received.partMax.toFixed(1)} ms, longest sorting step ${received.finishMax.toFixed(1)} ms, readied for edits ${received.prepareMs.toFixed(1)} ms, longest posted analysis ${fromEngine.docMax.toFixed(1)} ms`);
  // The longest step on the extension host's thread; the edits below add the edited article's own step.
  let mainThreadMaxMs = Math.max(fromEngine.docMax, received.partMax, received.finishMax, received.prepareMs);
  send(`actors_${label}`, view.actors.length, 'actors');
  send(`contradictions_${label}`, view.contradictions.length, 'contradictions');

  // The Contradictions tree: what createContradictionsProvider's getChildren/getTreeItem compute
  // (without the vscode objects), every node including the sides under each contradiction.
  phase('tree');
  const treeTimes = [];
  for (let k = 0; k < 5; k++) {
    t = now();
    const items = E.corpusView(corpus).contradictions.map((x) => ({
      label: x.topic ? x.topic.charAt(0).toUpperCase() + x.topic.slice(1) : x.summary,
      id: `x:${x.id}:${x.topic}`,
      description: `${x.kind}${x.revision ? ' · revision' : ''} · ${x.sides.length} sides`,
      tooltip: `${x.summary}\n\nconfidence ${Math.round(x.confidence * 100)}%`,
      children: x.sides.map((s, i) => {
        const who = s.speakerText ? `${s.outlet ?? s.file} · ${s.speakerText}` : (s.outlet ?? s.file);
        return {
          label: s.value ? `${s.value} — ${who}` : who,
          id: `x:${x.id}:${x.topic}:${i}`,
          description: E.clipText(s.text, 90),
          tooltip: `${s.outlet ?? s.file}${s.speakerText ? `, ${s.speakerText}` : ''}\n\n“${E.clipText(s.text, 400)}”`,
          command: { command: 'triangulate.revealPassage', arguments: [s.file, s.start, s.end] },
        };
      }),
    }));
    treeTimes.push(now() - t);
    if (items.length !== view.contradictions.length) throw new Error('tree items lost');
  }
  send('tree_build_ms', median(treeTimes), 'ms');

  // Hovers: actorAt + summarizeActor at random offsets inside random mentions.
  phase('hovers');
  const r = rng(4242);
  const files = [...view.mentionsByFile].filter(([, ms]) => ms.length).map(([f]) => f);
  const hoverTimes = [];
  let hits = 0;
  for (let k = 0; k < hovers; k++) {
    const ms = view.mentionsByFile.get(files[Math.floor(r() * files.length)]);
    const m = ms[Math.floor(r() * ms.length)];
    const offset = m.start + Math.floor(r() * (m.end - m.start));
    t = now();
    const at = E.actorAt(view, m.file, offset);
    const summary = at ? E.summarizeActor(view, at.actor.id) : undefined;
    hoverTimes.push(now() - t);
    if (summary) hits++;
  }
  send('hover_p50_ms', median(hoverTimes), 'ms');
  send('hover_p99_ms', quantile(hoverTimes, 0.99), 'ms');
  log(`${label}: ${hovers} hovers, ${hits} on a linked actor; max ${Math.max(...hoverTimes).toFixed(2)} ms`);

  // Re-open from the content-hash cache, as the extension does: each document's analysis stored
  // (encodeAnalysis: JSON without the text) under the SHA-256 of the file's text, and the
  // cross-source view stored under a hash of all those keys. On re-open the desktop extension host
  // hashes each text (Node's SHA-256) and reads its analysis back (decodeAnalysis); the engine gets
  // the same bytes with the text and reads them itself. With no corrections to
  // apply, the host then reads the stored view a part at a time against those analyses and shows
  // it, while the engine reads its own copy on the other core (timed apart, below).
  // index_2000_cached_rebuild_s is the same re-open without a stored view (the view built again).
  // Writing is not timed: it happens in the background.
  phase('cache');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triangulate-bench-cache-'));
  try {
    // The extension's cache key (the desktop build's: Node's SHA-256; the web build's own gives the same keys).
    const entryKey = (file, text) => createHash('sha256').update([E.ANALYSIS_VERSION, file, text].join('\0'), 'utf8').digest('hex');
    let bytes = 0;
    for (const a of corpus.docs.values()) {
      // The linker's ids belong to the view, not the document: the extension stores analyses as made.
      const json = E.encodeAnalysis({ ...a, mentions: a.mentions.map(({ actor: _actor, ...m }) => m) });
      bytes += Buffer.byteLength(json);
      writeFileSync(path.join(dir, `${entryKey(a.doc.file, a.doc.text)}.json`), json);
    }
    send(`cache_${label}_bytes`, bytes, 'bytes');
    const viewKey = createHash('sha256').update([...corpus.docs.values()].map((a) => a.doc.file).sort().join('\0')).digest('hex');
    const savedView = E.encodeView(corpus.docs, E.viewData(view));
    writeFileSync(path.join(dir, `view-${viewKey}.json`), savedView);
    send(`cache_${label}_view_bytes`, savedView.length, 'bytes');
    {
      // The host's side, in its thread: each text hashed and its analysis read back, then the stored view.
      const shown = await host.run('reopen', { dir, viewFile: path.join(dir, `view-${viewKey}.json`) });
      if (shown.actors !== view.actors.length || shown.claims !== view.claims.length || shown.contradictions !== view.contradictions.length) throw new Error('the restored view differs');
      mainThreadMaxMs = Math.max(mainThreadMaxMs, shown.docMax, shown.stepMax);
      send(`index_${label}_cached_s`, shown.ms / 1000, 's');
      // The engine's side, on the other core meanwhile: the same bytes parsed, and its own copy of the view read.
      const stored = docs.map((d) => readFileSync(path.join(dir, `${entryKey(d.file, d.text)}.json`)));
      const e0 = now();
      const engineCorpus = E.createCorpus({ eventDepth: EVENT_DEPTH });
      stored.forEach((json, i) => E.setAnalysis(engineCorpus, E.decodeAnalysis(new TextDecoder().decode(json), docs[i].file, docs[i].text)));
      const e1 = now();
      if (!E.decodeView(readFileSync(path.join(dir, `view-${viewKey}.json`)), engineCorpus.docs)) throw new Error('the engine did not restore the view');
      const e2 = now();
      log(`${label}: re-open with the stored view (${(savedView.length / MB).toFixed(1)} MB): analyses ${(shown.loadMs / 1000).toFixed(2)} s + view read ${(shown.viewMs / 1000).toFixed(2)} s (longest step ${shown.stepMax.toFixed(1)} ms, longest analysis ${shown.docMax.toFixed(1)} ms); the engine meanwhile: analyses ${((e1 - e0) / 1000).toFixed(2)} s + view ${((e2 - e1) / 1000).toFixed(2)} s`);
    }
    t = now();
    const cached = E.createCorpus({ eventDepth: EVENT_DEPTH });
    for (const d of docs) {
      const key = entryKey(d.file, d.text);
      E.setAnalysis(cached, E.decodeAnalysis(readFileSync(path.join(dir, `${key}.json`), 'utf8'), d.file, d.text));
    }
    const loadMs = now() - t;
    phase('cache view');
    const cview = E.corpusView(cached);
    const cachedMs = now() - t;
    send(`index_${label}_cached_rebuild_s`, cachedMs / 1000, 's');
    log(`${label}: cache ${(bytes / MB).toFixed(0)} MB; load ${(loadMs / 1000).toFixed(1)} s + view ${((cachedMs - loadMs) / 1000).toFixed(1)} s`);
    if (cview.actors.length !== view.actors.length || cview.claims.length !== view.claims.length || cview.contradictions.length !== view.contradictions.length) {
      log(`WARNING: the cached view differs from the cold one (${cview.actors.length}/${cview.claims.length}/${cview.contradictions.length} actors/claims/contradictions vs ${view.actors.length}/${view.claims.length}/${view.contradictions.length})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // One-word edits in the ~1,500-word article: setDocument for it (the engine's worker), the
  // article's own results put into the current view (withDocument, the extension host: what the
  // editor shows at once), then the full cross-source view and its transfer.
  phase('edits');
  const target = docs[7];
  log(`${label}: editing ${target.file} (${target.words} words)`);
  let text = target.text;
  const editTimes = [];
  const analyseTimes = [];
  const documentTimes = [];
  const provisionalTimes = [];
  const changeTimes = [];
  // The events of the view the host holds: the engine sends only what changed since (viewChanges).
  let since = corpus.events;
  const WORDS = ['large', 'small', 'several', 'local', 'early', 'late', 'senior', 'former'];
  for (let k = 0; k < edits; k++) {
    const candidates = [...text.matchAll(/\b[a-z]{4,}\b/g)].filter((m) => m.index > 400);
    const m = candidates[Math.floor(r() * candidates.length)];
    text = text.slice(0, m.index) + WORDS[k % WORDS.length] + text.slice(m.index + m[0].length);
    t = now();
    const analysis = E.setDocument(corpus, target.file, text);
    const t1 = now();
    const buffer = v8.serialize(analysis); // the worker posts the analysis to the extension host
    const t2 = now();
    const { ms: intoView } = await host.run('edit', { buffer, file: target.file });
    const t3 = t2 + intoView;
    // The full view: the engine rebuilds the edited article's event and posts that event alone;
    // the host puts it into the view it holds.
    const t4 = now();
    const changes = E.viewChanges(corpus, since);
    since = corpus.events;
    view = E.corpusView(corpus);
    const buffers = E.viewParts(changes.data).map((p) => v8.serialize(p));
    const engineMs = now() - t4;
    const expect = { actors: view.actors.length, claims: view.claims.length, contradictions: view.contradictions.length };
    const got = await host.run('changes', { buffers, replaces: changes.replaces, expect });
    editTimes.push(now() - t);
    analyseTimes.push(t1 - t);
    documentTimes.push(t3 - t);
    provisionalTimes.push(t3 - t2);
    changeTimes.push(engineMs);
    // Then the host readies the views it showed for the next edit (see prepareEdits).
    const readied = await host.run('readyShown', {});
    mainThreadMaxMs = Math.max(mainThreadMaxMs, intoView, got.partMax, got.finishMs, got.patchMs, readied.shownMs, readied.viewMs);
    log(`${label}: edit ${k + 1}/${edits}: article shown after ${(t3 - t).toFixed(0)} ms (analysis ${(t1 - t).toFixed(0)} ms, into the view ${(t3 - t2).toFixed(1)} ms); full view after ${editTimes[editTimes.length - 1].toFixed(0)} ms (the event ${changes.replaces.map((e) => e || '(all)').join(', ')} rebuilt and posted ${engineMs.toFixed(0)} ms, received ${got.ms.toFixed(1)} ms, longest part ${got.partMax.toFixed(1)} ms, longest sorting step ${got.finishMs.toFixed(1)} ms: put into the view ${got.patchMs.toFixed(1)} ms); the views shown then readied for the next edit ${readied.shownMs.toFixed(1)} and ${readied.viewMs.toFixed(1)} ms`);
  }
  send('edit_reanalysis_ms', median(editTimes), 'ms');
  send('edit_analyze_ms', median(analyseTimes), 'ms');
  send('edit_document_ms', median(documentTimes), 'ms');
  send('edit_provisional_ms', median(provisionalTimes), 'ms');
  send('edit_event_rebuild_ms', median(changeTimes), 'ms');
  send('main_thread_max_block_ms', mainThreadMaxMs, 'ms');
  await host.close();
}

/** The extension host's thread (scripts/bench-host.mjs): run(kind, payload) resolves with what it measured. */
function hostThread(engine, docs) {
  const worker = new Worker(path.join(ROOT, 'scripts', 'bench-host.mjs'), { workerData: { engine, docs: docs.map((d) => ({ file: d.file, text: d.text })) } });
  const waiting = new Map();
  let next = 0;
  const ready = new Promise((resolve) => worker.once('message', resolve));
  worker.on('message', (m) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error) w.reject(new Error(m.error));
    else w.resolve(m.result);
  });
  worker.on('error', (e) => { for (const w of waiting.values()) w.reject(e); });
  return {
    async run(kind, payload) {
      await ready;
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, kind, payload });
      });
    },
    close: () => worker.terminate(),
  };
}

// ---- Parent -----------------------------------------------------------------------------------

const QUICK = !!flag('quick');
const [SMALL, LARGE] = (flagValue('sizes') ?? (QUICK ? '50,150' : '2000,10000')).split(',').map(Number);
// Seconds each case may run: the 10,000-article analysis alone takes 100-400 s on a shared 2-core machine.
const BUDGETS_S = flagValue('budget') ? [Number(flagValue('budget')), Number(flagValue('budget'))] : QUICK ? [30, 30] : [240, 330];
// Throughput is measured on about a million words (1,130 articles): on a short run much of the time
// goes to warming up (V8 compiling both libraries' code), not to the work itself.
const THROUGHPUT_DOCS = QUICK ? 25 : 1130;
const started = now();

// Figure names stay the same in --quick (index_2000_* is then measured on SMALL articles):
// index_2000_articles / index_10000_articles say which sizes a run used.
const REQUIRED = [
  ['pipeline_words_per_s', 'words/s'], ['compromise_words_per_s', 'words/s'], ['ratio_vs_compromise', 'x'],
  ['tagger_words_per_s', 'words/s'], ['index_2000_cold_s', 's'], ['index_2000_cached_s', 's'],
  ['index_10000_cold_s', 's'], ['peak_rss_10000_mb', 'MB'], ['edit_reanalysis_ms', 'ms'], ['edit_document_ms', 'ms'], ['hover_p50_ms', 'ms'],
  ['hover_p99_ms', 'ms'], ['tree_build_ms', 'ms'], ['main_thread_max_block_ms', 'ms'], ['view_rebuild_2000_ms', 'ms'],
  ['vsix_bytes', 'bytes'], ['activation_ms', 'ms'],
];
const printed = new Set();
const emit = (figure, value, unit) => {
  if (printed.has(figure)) return;
  printed.add(figure);
  process.stdout.write(`${JSON.stringify({ figure, value: value === -1 ? -1 : round(value), unit })}\n`);
};
const missing = new Map();
const unmeasured = (figure, why) => missing.set(figure, why);

log(`mode ${QUICK ? 'quick' : 'full'}: corpora of ${SMALL} and ${LARGE} articles, budgets ${BUDGETS_S.join(' and ')} s, throughput on ${THROUGHPUT_DOCS} articles`);

// Bundle the engine (TypeScript) into one CommonJS file the script and its children can require.
const engine = path.join(os.tmpdir(), `triangulate-bench-engine-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: [
      "export * from './src/engine/corpus';",
      "export { encodeView, decodeView, readStoredView } from './src/engine/stored-view';",
      "export { ANALYSIS_VERSION } from './src/engine/version';",
      "export { encodeAnalysis, decodeAnalysis, shareStrings, proseOnDemand } from './src/engine/stored-analysis';",
      "export { prepareEdits, withDocument } from './src/engine/provisional';",
      "export { clipText } from './src/engine/escape';",
      "export { parseDocument } from './src/engine/document';",
      "export { recognizeMentions } from './src/engine/actors/index';",
    ].join('\n'),
    resolveDir: ROOT, sourcefile: 'bench-engine.ts', loader: 'ts',
  },
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: engine, logLevel: 'warning',
});
process.on('exit', () => rmSync(engine, { force: true }));
const E = require(engine);

// ---- Throughput: the full pipeline, the tagger alone, and compromise, on the same articles ----
{
  const nlp = (await import('compromise')).default;
  const docs = generateCorpus(THROUGHPUT_DOCS);
  const words = docs.reduce((s, d) => s + d.words, 0);
  log(`throughput set: ${docs.length} articles, ${words.toLocaleString('en')} words`);

  // Warm-up on other articles so both sides are measured with compiled hot loops.
  const warm = generateCorpus(15, { seed: 99 });
  const wc = E.createCorpus();
  for (const d of warm) E.setDocument(wc, d.file, d.text);
  E.corpusView(wc);
  for (const d of warm.slice(0, 4)) { const doc = nlp(d.text); doc.people().out('array'); }

  let t = now();
  const corpus = E.createCorpus();
  for (const d of docs) E.setDocument(corpus, d.file, d.text);
  const analysed = now() - t;
  const view = E.corpusView(corpus);
  const pipelineMs = now() - t;
  const engineWords = [...corpus.docs.values()].reduce((s, a) => s + a.doc.meta.words, 0);
  const pipeline = words / (pipelineMs / 1000);
  emit('pipeline_words_per_s', pipeline, 'words/s');
  emit('analyze_words_per_s', words / (analysed / 1000), 'words/s');
  log(`pipeline: ${(pipelineMs / 1000).toFixed(2)} s (analysis ${(analysed / 1000).toFixed(2)} s, view ${((pipelineMs - analysed) / 1000).toFixed(2)} s; ${view.actors.length} actors, ${view.contradictions.length} contradictions; engine counts ${engineWords.toLocaleString('en')} prose words)`);

  // The tagger alone (recognizeMentions on parsed documents); median of 3 passes, it is quick.
  const parsed = docs.map((d) => E.parseDocument(d.file, d.text));
  const taggerTimes = [];
  let mentions = 0;
  for (let k = 0; k < 3; k++) {
    t = now();
    mentions = 0;
    for (const p of parsed) mentions += E.recognizeMentions(p).length;
    taggerTimes.push(now() - t);
  }
  emit('tagger_words_per_s', words / (median(taggerTimes) / 1000), 'words/s');
  log(`tagger: ${mentions} mentions in ${(median(taggerTimes) / 1000).toFixed(2)} s (median of 3)`);

  t = now();
  let found = 0;
  for (const d of docs) {
    const doc = nlp(d.text);
    found += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  }
  const compromiseMs = now() - t;
  const compromise = words / (compromiseMs / 1000);
  emit('compromise_words_per_s', compromise, 'words/s');
  emit('ratio_vs_compromise', pipeline / compromise, 'x');
  log(`compromise: ${found} entities in ${(compromiseMs / 1000).toFixed(2)} s`);
}

// ---- The two corpus cases, each in a child process with a time budget ----
/** Runs one case in a child; resolves with what it measured before it finished or was stopped. */
function runChild(spec, figures) {
  return new Promise((resolve) => {
    const t0 = now();
    const child = fork(fileURLToPath(import.meta.url), [`--child=${encodeURIComponent(JSON.stringify(spec))}`, ...(flag('one-story') ? ['--one-story'] : [])], {
      stdio: ['ignore', 2, 2, 'ipc'],
      execArgv: ['--max-old-space-size=16384', '--expose-gc'],
    });
    let phase = 'starting';
    let progress;
    let hwm = 0;
    // The kernel's high-water mark of the child's resident set covers every moment, including
    // inside long synchronous calls where the child itself cannot sample.
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]) * 1024);
      } catch { /* not Linux, or the child is gone */ }
    }, 250);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      log(`${spec.label}: stopped after the ${spec.budget} s budget, during: ${phase}`);
      child.kill('SIGKILL');
    }, spec.budget * 1000);
    child.on('message', (m) => {
      if (m.phase) { phase = m.phase; return; }
      if (m.progress) { progress = m.progress; return; }
      figures.set(m.figure, m);
    });
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      if (!timedOut && code !== 0) log(`${spec.label}: child failed (${signal ?? code}) during: ${phase}`);
      resolve({ timedOut, failed: !timedOut && code !== 0, phase, progress, seconds: (now() - t0) / 1000, hwm });
    });
  });
}

for (const spec of [
  {
    kind: 'index', n: SMALL, label: '2000', budget: BUDGETS_S[0], hovers: QUICK ? 300 : 1000, edits: QUICK ? 3 : 5,
    figures: ['index_2000_cold_s', 'index_2000_cached_s', 'index_2000_cached_rebuild_s', 'edit_reanalysis_ms', 'edit_document_ms', 'hover_p50_ms', 'hover_p99_ms', 'tree_build_ms', 'main_thread_max_block_ms', 'view_rebuild_2000_ms'],
  },
  { kind: 'large', n: LARGE, label: '10000', budget: BUDGETS_S[1], figures: ['index_10000_cold_s', 'peak_rss_10000_mb', 'heap_10000_after_view_mb'] },
]) {
  const figures = new Map();
  const res = await runChild({ ...spec, engine }, figures);
  log(`${spec.label} case (${spec.n} articles): ${res.seconds.toFixed(0)} s${res.timedOut ? ' (budget exceeded)' : ''}`);
  if (spec.kind === 'large' && figures.has('peak_rss_10000_mb') && res.hwm) {
    figures.get('peak_rss_10000_mb').value = round(Math.max(figures.get('peak_rss_10000_mb').value, res.hwm / MB));
  }
  if (spec.kind === 'large' && !figures.has('peak_rss_10000_mb') && res.hwm) log(`10000 case: peak RSS before it was stopped: ${(res.hwm / MB).toFixed(0)} MB`);
  for (const f of figures.values()) emit(f.figure, f.value, f.unit);
  if (res.timedOut && res.progress) log(`${spec.label} case: had analysed ${res.progress.done}/${spec.n} articles (${res.progress.words.toLocaleString('en')} words) in ${(res.progress.ms / 1000).toFixed(1)} s of setDocument = ${Math.round(res.progress.words / (res.progress.ms / 1000)).toLocaleString('en')} words/s`);
  const why = res.timedOut ? `the ${spec.n}-article case exceeded the ${spec.budget} s budget during: ${res.phase}` : res.failed ? `the ${spec.n}-article case failed during: ${res.phase}` : 'not measured';
  for (const name of spec.figures) if (!printed.has(name)) unmeasured(name, why);
}

// ---- Extension bundle: load time and package size ----
// activation_ms is the time to require() dist/extension.js in a fresh Node process with a stub
// 'vscode' module (parse + top-level evaluation of the bundle); activate() is not called, since
// faking an ExtensionContext and the workspace would measure the fake more than the extension.
{
  const bundle = path.join(ROOT, 'dist', 'extension.js');
  if (!existsSync(bundle)) {
    unmeasured('activation_ms', 'dist/extension.js missing (run npm run build)');
  } else {
    const vscodeNames = [...new Set([...readFileSync(bundle, 'utf8').matchAll(/\bvscode\d*\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]))];
    const probe = `
      const Module = require('module');
      const h = { get: (t, p) => (p === 'then' ? undefined : p === Symbol.toPrimitive ? () => '' : stub), apply: () => stub, construct: () => stub };
      const stub = new Proxy(function () {}, h);
      // esbuild's interop copies the module's own keys, so the stub names every API the bundle uses.
      const api = Object.fromEntries(${JSON.stringify(vscodeNames)}.map((k) => [k, stub]));
      const load = Module._load;
      Module._load = function (request, ...rest) { return request === 'vscode' ? api : load.call(this, request, ...rest); };
      const t = performance.now();
      const ext = require(${JSON.stringify(bundle)});
      const ms = performance.now() - t;
      if (typeof ext.activate !== 'function') throw new Error('no activate export');
      process.stdout.write(String(ms));`;
    const times = [];
    for (let k = 0; k < 5; k++) {
      const out = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
      if (out.status !== 0) { log(`activation probe failed: ${out.stderr.trim().split('\n').slice(-3).join(' ')}`); break; }
      times.push(Number(out.stdout));
    }
    if (times.length) emit('activation_ms', median(times), 'ms');
    else unmeasured('activation_ms', 'loading dist/extension.js failed');
  }

  const packaged = path.join(ROOT, 'triangulate.vsix');
  const fresh = existsSync(packaged) && existsSync(bundle) && statSync(packaged).mtimeMs >= statSync(bundle).mtimeMs;
  if (fresh || (QUICK && existsSync(packaged))) {
    if (!fresh) log('quick: using triangulate.vsix although it is older than dist/extension.js');
    emit('vsix_bytes', statSync(packaged).size, 'bytes');
  } else {
    log(existsSync(packaged) ? 'triangulate.vsix is older than dist/extension.js: packaging a fresh one into a temp dir' : 'packaging a .vsix into a temp dir');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'triangulate-bench-vsix-'));
    try {
      const out = path.join(dir, 'triangulate.vsix');
      const local = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
      const vsce = (extra) => execFileSync(existsSync(local) ? local : 'npx', [...(existsSync(local) ? [] : ['--no-install', 'vsce']), 'package', '--no-dependencies', '--out', out, ...extra], { cwd: ROOT, stdio: ['ignore', 2, 2] });
      try {
        vsce([]);
      } catch {
        // vsce refuses README images with relative links when package.json names no repository;
        // with placeholder base URLs it packages the same files (the links in README change).
        log('vsce package failed as npm run package would; retrying with placeholder --baseContentUrl/--baseImagesUrl');
        vsce(['--baseContentUrl', 'https://example.invalid/', '--baseImagesUrl', 'https://example.invalid/']);
      }
      emit('vsix_bytes', statSync(out).size, 'bytes');
    } catch (e) {
      log(`packaging failed: ${e.message.split('\n')[0]}`);
      unmeasured('vsix_bytes', 'vsce package failed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

for (const [name, unit] of REQUIRED) {
  if (printed.has(name)) continue;
  log(`${name}: not measured (${missing.get(name) ?? 'not measured'}); printed as -1`);
  emit(name, -1, unit);
}
log(`done in ${((now() - started) / 1000).toFixed(0)} s`);

// The re-anchoring figures of the annotation layer come from their own script, run with the same mode.
{
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, ['--import', 'tsx', new URL('./bench-reanchor.ts', import.meta.url).pathname, ...(QUICK ? ['--quick'] : [])], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) log(`re-anchoring benchmark failed (${r.status})`);
}
