// The extension host's side of `npm run bench`, in a thread of its own: its own heap holds only
// what the extension host holds (the articles' texts, their analyses and the view), so the time a
// step holds it (garbage collection included) is the host's, not that of a process that also
// holds the engine's corpus. Steps are timed one by one, as the host runs each as its own task.
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

const require = createRequire(import.meta.url);
const E = require(workerData.engine);
const now = () => performance.now();
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** The articles the host has open: file → text. */
const texts = new Map(workerData.docs.map((d) => [d.file, d.text]));
let analyses = new Map();
let view;
// The view with an edited article in it, as shown before the full view arrives.
let lastShown;

/**
 * A view posted in parts, as the extension's client receives it: each part's structured clone and
 * lookups as a task of its own, then the sorting a batch at a time; the longest step of each kind.
 */
async function receive(buffers) {
  const assembler = E.viewAssembler((file) => analyses.get(file)?.doc);
  let partMax = 0;
  for (const b of buffers) {
    await tick();
    const t = now();
    assembler.add(v8.deserialize(b));
    partMax = Math.max(partMax, now() - t);
  }
  const steps = assembler.finishing();
  let finishMax = 0;
  for (;;) {
    await tick();
    const t = now();
    const step = steps.next();
    finishMax = Math.max(finishMax, now() - t);
    if (step.done) return { view: step.value, partMax, finishMax };
  }
}

/** The view held readied for an edit, in a task of its own as the extension does (prepareEdits): how long that held the thread. */
async function readyView() {
  await tick();
  const t = now();
  E.prepareEdits(view);
  return now() - t;
}

const handlers = {
  /** The analyses the engine's workers post, one message each (a structured clone), each with its cache entry made. */
  async analyses({ buffers }) {
    let docMax = 0;
    for (const b of buffers) {
      await tick();
      const t = now();
      const a = E.proseOnDemand(E.shareStrings(v8.deserialize(b)));
      E.encodeAnalysis(a);
      analyses.set(a.doc.file, a);
      docMax = Math.max(docMax, now() - t);
    }
    return { docMax };
  },
  /** A view in parts, one message each: each part's structured clone and lookups, then the sorting a batch at a time. */
  async parts({ buffers }) {
    const t0 = now();
    const got = await receive(buffers);
    view = got.view;
    const ms = now() - t0;
    const prepareMs = await readyView();
    // What this thread holds then (texts, analyses, view), after a full collection where the process allows one.
    globalThis.gc?.();
    return { partMax: got.partMax, finishMax: got.finishMax, prepareMs, ms, heapBytes: v8.getHeapStatistics().used_heap_size };
  },
  /** A folder reopened: each text hashed (Node's SHA-256, as the desktop build) and its analysis read back, then the stored view read a part at a time. */
  async reopen({ dir, viewFile }) {
    const t0 = now();
    let docMax = 0;
    analyses = new Map();
    for (const [file, text] of texts) {
      await tick();
      const t = now();
      const key = createHash('sha256').update([E.ANALYSIS_VERSION, file, text].join('\0'), 'utf8').digest('hex');
      const a = E.decodeAnalysis(new TextDecoder().decode(readFileSync(path.join(dir, `${key}.json`))), file, text, true);
      if (!a) throw new Error('a cache entry that is not of its text');
      analyses.set(file, a);
      docMax = Math.max(docMax, now() - t);
    }
    const loaded = now();
    const steps = E.readStoredView(readFileSync(viewFile), analyses);
    let stepMax = 0;
    let shown;
    for (;;) {
      await tick();
      const t = now();
      const step = steps.next();
      stepMax = Math.max(stepMax, now() - t);
      if (step.done) {
        shown = step.value;
        break;
      }
    }
    if (!shown) throw new Error('the stored view was not restored');
    return { docMax, stepMax, loadMs: loaded - t0, viewMs: now() - loaded, ms: now() - t0, actors: shown.actors.length, claims: shown.claims.length, contradictions: shown.contradictions.length };
  },
  /**
   * The events an edit changed, as the engine posts them (viewChanges, in parts), put into the view
   * the host holds (patchView, one step); `expect` is what the engine's own view counts.
   */
  async changes({ buffers, replaces, expect }) {
    const t0 = now();
    const { view: changed, partMax, finishMax } = await receive(buffers);
    await tick();
    const t = now();
    view = E.patchView(view, replaces, changed);
    const patchMs = now() - t;
    const got = { actors: view.actors.length, claims: view.claims.length, contradictions: view.contradictions.length };
    if (JSON.stringify(got) !== JSON.stringify(expect)) throw new Error(`the patched view (${JSON.stringify(got)}) is not the engine's (${JSON.stringify(expect)})`);
    return { partMax, finishMs: finishMax, patchMs, ms: now() - t0 };
  },
  /** An edited article's analysis as the engine posts it, put into the current view. */
  async edit({ buffer, file }) {
    await tick();
    const t = now();
    const analysis = E.proseOnDemand(E.shareStrings(v8.deserialize(buffer)));
    const shown = E.withDocument(view, analysis, analyses.get(file));
    const ms = now() - t;
    if (!shown.mentionsByFile.get(file)?.length) throw new Error('the edited article shows no names');
    analyses.set(file, analysis);
    lastShown = shown;
    return { ms };
  },
  /**
   * The views shown since the last edit readied for the next one, each in a task of its own, as the
   * extension does once it shows a view (timed apart from the edit: the extension does it after).
   */
  async readyShown() {
    await tick();
    const t = now();
    if (lastShown) E.prepareEdits(lastShown);
    lastShown = undefined;
    const shownMs = now() - t;
    return { shownMs, viewMs: await readyView() };
  },
};

parentPort.on('message', async ({ id, kind, payload }) => {
  try {
    parentPort.postMessage({ id, result: await handlers[kind](payload) });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e?.stack ?? e) });
  }
});
parentPort.postMessage({ ready: true });
