import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../engine/types';
import { patchView, viewAssembler, type CorpusView } from '../engine/view';
import { readStoredView } from '../engine/stored-view';
import { proseOnDemand, shareStrings } from '../engine/stored-analysis';
import type { AnnotatedView, AnnotationsFile, AppliedAnnotations } from '../engine/annotations/index';
import type { AnalysisRequest, AnalysisResponse } from './analysis-worker';
import { createAnalysisCache } from './analysis-cache';
import { localFileCalls } from './files';

/** Analyses documents off the extension host's thread, reusing cached analyses of unchanged text. */
export interface AnalysisClient extends vscode.Disposable {
  analyse(file: string, text: string): Promise<DocumentAnalysis>;
  /** Makes an analysis the engine's document for its file (the engine builds views from these). */
  commit(analysis: DocumentAnalysis): void;
  remove(file: string): void;
  /**
   * Forgets every document; from now on the first `eventDepth` folders of a path name its event
   * (see eventOf). `expect`: the files a scan is about to commit, so the engine compares each
   * event's sources as soon as its last article is in, while the others are still analysed.
   */
  clear(eventDepth?: number, expect?: string[]): void;
  /** The cross-source view of the committed documents with the corrections applied, built off the extension host's thread. */
  view(annotations: AnnotationsFile): Promise<ViewResult>;
  /**
   * Makes the view stored for exactly the committed analyses (by `saveView`) the engine's view, so
   * a reopened folder is shown without building it again. With `read`, the stored view is also
   * read here, beside the engine, a part at a time, and returned once the engine has taken it: it
   * can then be shown without waiting for the engine to send it. Not restored when there is none.
   */
  restoreView(read?: boolean): Promise<{ restored: boolean; view?: CorpusView }>;
  /** Stores the engine's view of the committed analyses, for the next `restoreView`. */
  saveView(): Promise<void>;
  /** Starts a full scan: cache entries not used by the scan are removed when it ends. */
  beginScan(): void;
  endScan(): Promise<void>;
  stats(): AnalysisStats;
}

/** A view from the engine: the corrected view, what became of the corrections, and how many stories were compared during the scan. */
export type ViewResult = AppliedAnnotations & { error?: string; prepared?: number };

/** Where the engine runs (once started) and how many analyses came from it and from the cache. */
export interface AnalysisStats {
  engine: EngineKind | undefined;
  analysed: number;
  /** Of the analyses made, those made by helper engines (a scan spreads over the machine's cores). */
  byHelpers: number;
  /** How many helper engines the client may start. */
  helpers: number;
  fromCache: number;
  /** Cross-source views stored for the next opening of the folder, and views restored from the store. */
  viewsSaved: number;
  viewsRestored: number;
  /** Of the views restored, those read on this thread too (shown without waiting for the engine to send them). */
  viewsReadHere: number;
  /** Stories (events) whose sources the engine compared while a scan still read the folder (see `clear`'s `expect`). */
  comparedAhead: number;
  /** Files (articles, cached analyses and views) read or written with the build's own file access rather than through `vscode.workspace.fs` (see files.ts). */
  onDisk: number;
}

export type EngineKind = 'worker thread' | 'web worker' | 'in-process';

/** A running engine (dist/analysis-worker.js): a Node worker thread, a Web Worker, or in-process. */
export interface EnginePort {
  readonly kind: EngineKind;
  /** Sends a request; the buffers in `transfer` are handed over to the engine, not copied. */
  postMessage(req: AnalysisRequest, transfer?: ArrayBuffer[]): void;
  terminate(): void;
}

/** What an engine reports: its answers, and its end (a crash or a failed start). */
export interface EngineEvents {
  message(res: AnalysisResponse): void;
  exit(reason: string): void;
}

/**
 * The platform seam: the desktop and web builds each start the engine their own way. `helpers`
 * is how many more engines may analyse documents side by side while a folder is scanned.
 */
export type StartEngine = ((events: EngineEvents) => Promise<EnginePort>) & {
  helpers?: number;
  /** SHA-256 of strings joined by NUL, where the platform has one faster than plain JavaScript (the cache's keys). */
  sha256?: (...parts: string[]) => string;
};

/** The engine's bundle, shared by both builds: the only one that carries the tagger's weights. */
export function engineScript(context: vscode.ExtensionContext): vscode.Uri {
  return vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysis-worker.js');
}

interface Pending {
  engine: Promise<EnginePort>;
  /** The view being put together from the parts received so far. */
  assembler?: ReturnType<typeof viewAssembler>;
  /** The view the request named as held (`since`): an answer of changed events only is put into it. */
  base?: CorpusView;
  resolve(a: unknown): void;
  reject(e: Error): void;
}

/** An engine and how many analyses it is working on; the first holds the corpus, helpers only analyse. */
interface Slot {
  engine: Promise<EnginePort> | undefined;
  busy: number;
  main: boolean;
  idle?: ReturnType<typeof setTimeout>;
  /** When a helper last failed: it rests a while, and its documents go to the main engine. */
  failedAt?: number;
}

/** A helper engine left without work this long is stopped (its memory returned); the next scan starts it again. */
const HELPER_IDLE_MS = 30_000;
/** A helper that failed (it could not start, or crashed) is not used for this long. */
const HELPER_REST_MS = 60_000;
/**
 * A view that took this long (a long story of thousands of articles) will take as long again: while
 * the main engine builds one, an edited article goes to a helper engine (if the machine has one),
 * to be shown at once rather than after the view. A helper started cold is ready within a second.
 */
export const LONG_VIEW_MS = 1_000;

/**
 * Sends documents to the engine (started on first use, restarted after a crash); cached analyses
 * live in the extension's storage. While several documents wait (a scan), helper engines analyse
 * some of them; only the main engine holds the corpus and builds views.
 */
export function createAnalysisClient(context: vscode.ExtensionContext, log: vscode.OutputChannel, startEngine: StartEngine): AnalysisClient {
  const cache = createAnalysisCache(context.storageUri, log, startEngine.sha256);
  const pending = new Map<number, Pending>();
  // The last view the main engine sent without corrections, with its token (see the 'view' request's `since`).
  let engineView: { token: string; view: CorpusView } | undefined;
  // Which folders are stories (see eventOf), as the last clear said.
  let eventDepth = 0;
  let nextId = 1;
  const main: Slot = { engine: undefined, busy: 0, main: true };
  const helpers: Slot[] = Array.from({ length: Math.max(0, Math.floor(startEngine.helpers ?? 0)) }, () => ({ engine: undefined, busy: 0, main: false }));
  const stats: Omit<AnalysisStats, 'onDisk'> = { engine: undefined, analysed: 0, byHelpers: 0, helpers: helpers.length, fromCache: 0, viewsSaved: 0, viewsRestored: 0, viewsReadHere: 0, comparedAhead: 0 };
  // How long the last view took, from the request to the view put together here.
  let lastViewMs = 0;

  const start = (slot: Slot): Promise<EnginePort> => {
    const mine: Promise<EnginePort> = startEngine({
      message(res) {
        if (!('id' in res)) return; // the engine's "ready"
        const p = pending.get(res.id);
        if ('viewPart' in res) {
          // A view's parts arrive one message at a time; the request is answered with the last.
          if (!p) return;
          // A view posted by another thread shares the names and texts of the articles this thread
          // holds (see viewAssembler); an engine in this thread (the web build's fallback) shares its own.
          (p.assembler ??= viewAssembler(stats.engine === 'in-process' ? undefined : (file) => committed.get(file)?.doc)).add(res.viewPart);
          if (!res.last) return;
          pending.delete(res.id);
          const { applied, token, replaces } = res;
          void stepwise(p.assembler.finishing()).then((received) => {
            const view = replaces && p.base ? patchView(p.base, replaces, received) : received;
            // The engine's own view (no corrections) is what the next request can name as held.
            engineView = token ? { token, view } : undefined;
            p.resolve({ ...applied, view: view as AnnotatedView });
          }, p.reject);
          return;
        }
        pending.delete(res.id);
        if ('analysis' in res) p?.resolve(res.analysis);
        else if ('saved' in res) p?.resolve(res.saved);
        else if ('restored' in res) p?.resolve(res.restored);
        else p?.reject(new Error(res.error || 'analysis failed'));
      },
      exit(reason) {
        // A crashed engine fails what it held and is restarted on the next request.
        if (slot.engine === mine) {
          slot.engine = undefined;
          log.appendLine(`[engine] ${reason}`);
        }
        for (const [id, p] of pending) {
          if (p.engine !== mine) continue;
          p.reject(new Error(reason));
          pending.delete(id);
        }
      },
    });
    mine.catch(() => {
      if (slot.engine === mine) slot.engine = undefined;
    });
    return mine;
  };

  // What the engine holds: the committed analyses, sent again to an engine started after a crash.
  const committed = new Map<string, DocumentAnalysis>();
  // The cache entry of each analysis, and of each committed file: what names a stored view.
  const entryOf = new WeakMap<DocumentAnalysis, string>();
  const committedEntries = new Map<string, string>();
  // Which engine request made each analysis, so a commit names it instead of sending it back.
  const madeBy = new WeakMap<DocumentAnalysis, { engine: Promise<EnginePort>; id: number }>();
  // The bytes a cached analysis was read from, until it is committed.
  const storedAs = new WeakMap<DocumentAnalysis, Uint8Array>();
  const engineNow = (slot: Slot = main): Promise<EnginePort> => {
    if (slot.engine) return slot.engine;
    const started = (slot.engine = start(slot));
    if (slot.main) {
      void started.then((port) => {
        // An engine started after a crash learns which folders are stories, then gets the documents.
        if (eventDepth) port.postMessage({ kind: 'clear', eventDepth });
        for (const analysis of committed.values()) port.postMessage({ kind: 'put', analysis });
      }, () => undefined);
    }
    return started;
  };
  const send = (req: AnalysisRequest) => void engineNow().then((port) => port.postMessage(req), () => undefined);
  const ask = async <T>(make: (id: number) => AnalysisRequest, slot: Slot = main, transfer?: ArrayBuffer[]): Promise<{ value: T; engine: Promise<EnginePort>; id: number; kind: EngineKind }> => {
    const current = engineNow(slot);
    const port = await current;
    if (slot.main) stats.engine = port.kind;
    const id = nextId++;
    const value = await new Promise<T>((resolve, reject) => {
      if (slot.engine !== current) return reject(new Error('the analysis engine stopped'));
      pending.set(id, { engine: current, resolve: resolve as (v: unknown) => void, reject });
      port.postMessage(make(id), transfer);
    });
    return { value, engine: current, id, kind: port.kind };
  };
  const stop = (slot: Slot): void => {
    clearTimeout(slot.idle);
    const current = slot.engine;
    slot.engine = undefined;
    void current?.then((p) => p.terminate(), () => undefined);
  };
  // The least busy engine, the main one first on a tie: one document at a time never starts a helper.
  const pick = (): Slot => [main, ...helpers.filter((h) => !h.failedAt || Date.now() - h.failedAt > HELPER_REST_MS)]
    .reduce((best, s) => (s.busy < best.busy ? s : best));

  let used: Set<string> | undefined;
  let disposed = false;
  return {
    async analyse(file, text) {
      const key = cache.keyOf(file, text);
      used?.add(key);
      const cached = await cache.read(key, file, text);
      if (cached) {
        stats.fromCache++;
        entryOf.set(cached.analysis, key);
        storedAs.set(cached.analysis, cached.bytes);
        return cached.analysis;
      }
      const slot = pick();
      slot.busy++;
      clearTimeout(slot.idle);
      let made: { value: DocumentAnalysis; engine: Promise<EnginePort>; id: number; kind: EngineKind } | undefined;
      try {
        made = await ask<DocumentAnalysis>((id) => (slot.main ? { id, file, text } : { id, file, text, keep: false }), slot);
      } catch (e) {
        if (slot.main) throw e;
        // A helper that fails hands its document to the main engine, which also reports a real failure.
        slot.failedAt = Date.now();
        log.appendLine(`[engine] a helper failed on ${file}: ${(e as Error).message}; analysing it in the main engine`);
      } finally {
        slot.busy--;
        if (!slot.main && !slot.busy && !disposed) slot.idle = setTimeout(() => stop(slot), HELPER_IDLE_MS);
      }
      const byHelper = !!made && !slot.main;
      made ??= await ask<DocumentAnalysis>((id) => ({ id, file, text }));
      // An engine's analysis arrives as a copy with every string its own (unless the engine runs in
      // this thread); the index keeps it as long as the file is in the folder, so it takes this
      // thread's text, shares the rest (see shareStrings) and keeps its prose, which this thread
      // reads only to store or send it, as the runs it blanks (see proseOnDemand).
      if (made.kind !== 'in-process') {
        if (made.value.doc.text === text) made.value.doc.text = text;
        proseOnDemand(shareStrings(made.value));
      }
      if (byHelper) stats.byHelpers++;
      else madeBy.set(made.value, { engine: made.engine, id: made.id });
      stats.analysed++;
      entryOf.set(made.value, key);
      void cache.write(key, made.value);
      return made.value;
    },
    commit(analysis) {
      const file = analysis.doc.file;
      committed.set(file, analysis);
      const entry = entryOf.get(analysis);
      if (entry) committedEntries.set(file, entry);
      else committedEntries.delete(file);
      const by = madeBy.get(analysis);
      const stored = storedAs.get(analysis);
      storedAs.delete(analysis);
      if (by && by.engine === main.engine) send({ kind: 'commit', file, id: by.id });
      // The engine parses a cached analysis from its bytes: cheaper here than copying the objects.
      // (A view of part of a larger buffer is copied out, or the whole buffer would be sent.)
      else if (stored) send({ kind: 'put', json: stored.byteLength === stored.buffer.byteLength ? stored : copyOf(stored), file, text: analysis.doc.text });
      else send({ kind: 'put', analysis });
    },
    remove(file) {
      committed.delete(file);
      committedEntries.delete(file);
      send({ kind: 'remove', file });
    },
    clear(depth, expect) {
      committed.clear();
      committedEntries.clear();
      eventDepth = depth ?? 0;
      send({ kind: 'clear', eventDepth, expect });
    },
    async view(annotations) {
      const held = annotations.annotations.length ? undefined : engineView;
      // The main engine counts as busy while it builds a view as long as the last: documents asked
      // for meanwhile go to an idle helper (see pick).
      const long = lastViewMs >= LONG_VIEW_MS;
      if (long) main.busy++;
      const began = Date.now();
      try {
        const { value } = await ask<ViewResult>((id) => {
          // The request is registered before it is made (see ask): the view it names goes with it.
          if (held) pending.get(id)!.base = held.view;
          return { kind: 'view', id, annotations, since: held?.token };
        });
        stats.comparedAhead += value.prepared ?? 0;
        return value;
      } finally {
        if (long) main.busy--;
        lastViewMs = Date.now() - began;
      }
    },
    async restoreView(read) {
      // Every committed analysis must have its entry: then the key names exactly what the engine holds.
      if (!committed.size || committedEntries.size !== committed.size) return { restored: false };
      const data = await cache.readView(cache.viewKeyOf(committedEntries));
      if (!data) return { restored: false };
      // The engine gets its own copy when this thread reads the view too; else the bytes are handed
      // over rather than copied, when they are a buffer of their own (not part of a shared pool).
      const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
      const sent = read ? copyOf(data) : data;
      const engine = ask<boolean>((id) => ({ kind: 'restore', id, data: sent }), main, read || own ? [sent.buffer as ArrayBuffer] : undefined);
      const here = read ? readHere(data, new Map(committed)).catch((e: Error) => {
        log.appendLine(`[cache] the stored view could not be read: ${e.message}`);
        return undefined;
      }) : undefined;
      const restored = (await engine).value;
      if (restored) stats.viewsRestored++;
      const view = await here;
      if (restored && view) stats.viewsReadHere++;
      return restored && view ? { restored, view } : { restored };
    },
    async saveView() {
      if (!committed.size || committedEntries.size !== committed.size) return;
      const key = cache.viewKeyOf(committedEntries);
      const data = (await ask<Uint8Array>((id) => ({ kind: 'save', id }))).value;
      if (await cache.writeView(key, data)) stats.viewsSaved++;
    },
    beginScan() {
      used = new Set();
    },
    async endScan() {
      const keep = used;
      used = undefined;
      if (keep) await cache.sweep(keep);
    },
    stats: () => ({ ...stats, onDisk: localFileCalls() }),
    dispose() {
      disposed = true;
      for (const slot of [main, ...helpers]) stop(slot);
    },
  };
}

/** A stored view read on the extension host, yielding between parts so no step holds it long. */
function readHere(data: Uint8Array, analyses: ReadonlyMap<string, DocumentAnalysis>): Promise<CorpusView | undefined> {
  return stepwise(readStoredView(data, analyses));
}

/**
 * A copy of bytes in a buffer of their own. (Not `slice`: on a Node Buffer, which file reads give
 * in the desktop build, it makes a view of the same memory, which a transfer would take away.)
 */
function copyOf(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

/** Runs a stepwise computation on the extension host, letting others run between its steps. */
async function stepwise<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
  }
}
