// The engine off the extension host's thread, so indexing a large folder never blocks the
// extension host that every extension shares: it analyses one document at a time, holds the
// analyses the index has committed, and builds the cross-source view from them on request. One
// bundle serves both builds: in the desktop build it runs in a Node worker thread, in the web build
// in a Web Worker (or, where a worker cannot be started, evaluated in the extension host itself;
// see engine-web.ts).
import { adoptView, analyzeDocument, corpusView, createCorpus, eventOf, prepareEvent, removeDocument, setAnalysis, viewChanges, viewData, viewParts, type EventView, type ViewData } from '../engine/corpus';
import { decodeView, encodeView } from '../engine/stored-view';
import { decodeAnalysis, shareStrings } from '../engine/stored-analysis';
import type { DocumentAnalysis } from '../engine/types';
import { applyAnnotations, type AnnotationsFile, type AppliedAnnotations } from '../engine/annotations/index';

/** What the extension asks of the engine. */
export type AnalysisRequest =
  /** Analyse a document; the analysis is kept until committed or replaced (a helper engine's, `keep: false`, is not kept). */
  | { id: number; file: string; text: string; keep?: false }
  /** The analysis of request `id` is now the corpus' document `file`. */
  | { kind: 'commit'; file: string; id: number }
  /**
   * An analysis made earlier (the cache) is now the corpus' document: the analysis, or its bytes as
   * cached (see encodeAnalysis) with the file and text they are the analysis of.
   */
  | { kind: 'put'; analysis: DocumentAnalysis }
  | { kind: 'put'; json: Uint8Array; file: string; text: string }
  | { kind: 'remove'; file: string }
  /**
   * Forget every document; `eventDepth` says which folders are events from now on (see eventOf).
   * `expect`: the files a scan is about to commit. As the last of an event's files is committed,
   * its part of the view is built at once (see prepareEvent), unless every one of them came
   * from the cache (a reopened folder, whose stored view may yet be restored).
   */
  | { kind: 'clear'; eventDepth?: number; expect?: string[] }
  /**
   * Build the cross-source view of the committed documents, with the journalist's corrections
   * applied. `since`: the token of the last view this engine sent, which the asker still holds; the
   * answer is then only the events changed since (see patchView).
   */
  | { kind: 'view'; id: number; annotations?: AnnotationsFile; since?: string }
  /** The cross-source view of the committed documents as bytes to store (see encodeView). */
  | { kind: 'save'; id: number }
  /** A stored view of the committed documents: it is the view until a document changes. */
  | { kind: 'restore'; id: number; data: Uint8Array };


/** What applying the corrections found, besides the corrected view: sent with a view's last part. */
export type AppliedSummary = Omit<AppliedAnnotations, 'view'> & {
  /** Why the corrections could not be applied (the view is then the engine's own). */
  error?: string;
  /** How many events' parts of this view were built while their folder was read (see the 'clear' request's `expect`). */
  prepared?: number;
};

/** The engine's answers; `{ ready: true }` is sent once, when the engine has loaded. */
export type AnalysisResponse =
  | { id: number; analysis: DocumentAnalysis }
  /** A view comes in parts, one message each, so receiving it never holds the extension host long; the last says so. */
  | { id: number; viewPart: ViewData; last: false }
  /**
   * `token` names a view without corrections, for a later request's `since`; `replaces`, when the
   * parts are only the events changed since the view the request named, lists the events to replace.
   */
  | { id: number; viewPart: ViewData; last: true; applied: AppliedSummary; token?: string; replaces?: string[] }
  | { id: number; error: string }
  | { id: number; saved: Uint8Array }
  | { id: number; restored: boolean }
  | { ready: true };

let corpus = createCorpus();
// The last view sent without corrections: its token and its events' parts (see viewChanges).
let sent: { token: string; events: ReadonlyMap<string, EventView> } | undefined;
const instance = Math.random().toString(36).slice(2);
let views = 0;
// Analyses made but not yet committed, the latest per file (an older one is dropped with its file's next request).
const made = new Map<string, { id: number; analysis: DocumentAnalysis }>();
// While a scan is read: each event's files not yet committed, all of them, and whether one was analysed afresh.
let awaited: Map<string, { left: Set<string>; files: string[]; fresh: boolean }> | undefined;

/** A file the scan expected is in (or gone): the last of its event's has its event's part built now. */
function arrived(file: string, fresh: boolean): void {
  const event = awaited?.get(eventOf(file, corpus.eventDepth));
  if (!event?.left.delete(file)) return;
  event.fresh ||= fresh;
  if (event.left.size || !event.fresh) return;
  prepareEvent(corpus, event.files.filter((f) => corpus.docs.has(f)));
}

function answer(req: AnalysisRequest): AnalysisResponse | AnalysisResponse[] | undefined {
  try {
    if (!('kind' in req)) {
      const analysis = analyzeDocument(req.file, req.text);
      if (req.keep !== false) made.set(req.file, { id: req.id, analysis });
      return { id: req.id, analysis };
    }
    switch (req.kind) {
      case 'commit': {
        const m = made.get(req.file);
        if (m?.id === req.id) {
          setAnalysis(corpus, m.analysis);
          made.delete(req.file);
          arrived(req.file, true);
        }
        return undefined;
      }
      case 'put':
        // Bytes the host read as an analysis are one here too; were they not, the text is analysed again.
        // A helper's analysis is a copy with every string its own: they are shared (see shareStrings).
        // (A helper's analysis, made during a scan, is as fresh as one made here; a cached one is not.)
        setAnalysis(corpus, 'json' in req ? decodeAnalysis(new TextDecoder().decode(req.json), req.file, req.text) ?? analyzeDocument(req.file, req.text) : shareStrings(req.analysis));
        arrived('json' in req ? req.file : req.analysis.doc.file, !('json' in req));
        return undefined;
      case 'remove':
        removeDocument(corpus, req.file);
        made.delete(req.file);
        arrived(req.file, false);
        return undefined;
      case 'clear':
        corpus = createCorpus({ eventDepth: req.eventDepth });
        made.clear();
        sent = undefined;
        awaited = undefined;
        for (const file of req.expect ?? []) {
          const event = eventOf(file, corpus.eventDepth);
          const e = (awaited ??= new Map()).get(event) ?? awaited.set(event, { left: new Set(), files: [], fresh: false }).get(event)!;
          if (!e.left.has(file)) e.files.push(file);
          e.left.add(file);
        }
        return undefined;
      case 'save':
        return { id: req.id, saved: encodeView(corpus.docs, viewData(corpusView(corpus))) };
      case 'restore': {
        // The host names the stored view by the analyses it covers; the list of files is checked again here.
        const saved = decodeView(req.data, corpus.docs);
        // A view whose events were other folders (the setting changed since) is not this corpus's.
        if (!saved || (saved.eventDepth ?? 0) !== corpus.eventDepth) return { id: req.id, restored: false };
        adoptView(corpus, saved);
        sent = undefined;
        return { id: req.id, restored: true };
      }
      case 'view': {
        // Corrections are applied here too: on thousands of articles that takes longer than the
        // extension host may be held.
        // The scan is over once its view is asked for: later commits are edits, each rebuilding only its event.
        awaited = undefined;
        const ahead = corpus.prepared;
        const view = corpusView(corpus);
        const prepared = ahead ? [...ahead].filter(([event, part]) => corpus.events?.get(event) === part).length : 0;
        const none = { orphans: [], applied: 0, dismissed: [], resolved: [], prepared };
        let data: ViewData;
        let last: { applied: AppliedSummary; token?: string; replaces?: string[] };
        if (req.annotations?.annotations.length) {
          let result: AppliedAnnotations & { error?: string } = { view, ...none };
          try {
            result = applyAnnotations(view, req.annotations, new Map([...corpus.docs].map(([file, a]) => [file, a.doc.text])));
          } catch (e) {
            result.error = (e as Error).stack ?? String(e);
          }
          const { view: corrected, ...applied } = result;
          data = viewData(corrected);
          last = { applied: { ...applied, prepared } };
          sent = undefined;
        } else {
          // Without corrections the asker can be sent only what changed since the view it holds.
          const changes = req.since !== undefined && sent?.token === req.since ? viewChanges(corpus, sent.events) : undefined;
          data = changes?.data ?? viewData(view);
          sent = { token: `${instance}:${++views}`, events: corpus.events ?? new Map() };
          last = { applied: none, token: sent.token, ...(changes ? { replaces: changes.replaces } : {}) };
        }
        const parts = viewParts(data);
        return parts.map((viewPart, i): AnalysisResponse => (i === parts.length - 1 ? { id: req.id, viewPart, last: true, ...last } : { id: req.id, viewPart, last: false }));
      }
    }
  } catch (e) {
    return 'id' in req ? { id: req.id, error: (e as Error).message ?? String(e) } : undefined;
  }
}

interface NodePort {
  on(event: 'message', listener: (req: AnalysisRequest) => void): void;
  postMessage(res: AnalysisResponse, transfer?: ArrayBuffer[]): void;
}
interface WebScope {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(res: AnalysisResponse, transfer?: ArrayBuffer[]): void;
}
/** A stored view's bytes are handed over, not copied. */
const transferOf = (res: AnalysisResponse): ArrayBuffer[] => ('saved' in res ? [res.saved.buffer as ArrayBuffer] : []);
declare const self: WebScope | undefined;

// A Web Worker (or the web build's in-process fallback, which passes an object of its own as `self`) has a
// global `self`; a Node worker thread has none, and `require` instead (Node wraps the file as CommonJS).
if (typeof self === 'object' && self && typeof self.postMessage === 'function') {
  const scope = self;
  scope.onmessage = (event) => {
    const res = answer(event.data);
    for (const r of Array.isArray(res) ? res : res ? [res] : []) scope.postMessage(r, transferOf(r));
  };
  scope.postMessage({ ready: true });
} else {
  // Required only here: an import would be evaluated in the browser too, where it cannot load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const port = (require('node:worker_threads') as { parentPort: NodePort | null }).parentPort;
  port?.on('message', (req) => {
    const res = answer(req);
    for (const r of Array.isArray(res) ? res : res ? [res] : []) port.postMessage(r, transferOf(r));
  });
  port?.postMessage({ ready: true });
}
