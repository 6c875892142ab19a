// The engine off the extension host's thread, so indexing a large folder never blocks the
// extension host that every extension shares: it analyses one document at a time, holds the
// analyses the index has committed, and builds the cross-source view from them on request. One
// bundle serves both builds: in the desktop build it runs in a Node worker thread, in the web build
// in a Web Worker (or, where a worker cannot be started, evaluated in the extension host itself;
// see engine-web.ts).
import { analyzeDocument, corpusView, createCorpus, removeDocument, setAnalysis, viewData, viewParts, type ViewData } from '../engine/corpus';
import { decodeView, encodeView } from '../engine/stored-view';
import type { DocumentAnalysis } from '../engine/types';
import { applyAnnotations, type AnnotationsFile, type AppliedAnnotations } from '../engine/annotations/index';

/** What the extension asks of the engine. */
export type AnalysisRequest =
  /** Analyse a document; the analysis is kept until committed or replaced (a helper engine's, `keep: false`, is not kept). */
  | { id: number; file: string; text: string; keep?: false }
  /** The analysis of request `id` is now the corpus' document `file`. */
  | { kind: 'commit'; file: string; id: number }
  /** An analysis made earlier (the cache) is now the corpus' document: the analysis, or its bytes as cached (JSON). */
  | { kind: 'put'; analysis: DocumentAnalysis }
  | { kind: 'put'; json: Uint8Array }
  | { kind: 'remove'; file: string }
  | { kind: 'clear' }
  /** Build the cross-source view of the committed documents, with the journalist's corrections applied. */
  | { kind: 'view'; id: number; annotations?: AnnotationsFile }
  /** The cross-source view of the committed documents as bytes to store (see encodeView). */
  | { kind: 'save'; id: number }
  /** A stored view of the committed documents: it is the view until a document changes. */
  | { kind: 'restore'; id: number; data: Uint8Array };


/** What applying the corrections found, besides the corrected view: sent with a view's last part. */
export type AppliedSummary = Omit<AppliedAnnotations, 'view'> & {
  /** Why the corrections could not be applied (the view is then the engine's own). */
  error?: string;
};

/** The engine's answers; `{ ready: true }` is sent once, when the engine has loaded. */
export type AnalysisResponse =
  | { id: number; analysis: DocumentAnalysis }
  /** A view comes in parts, one message each, so receiving it never holds the extension host long; the last says so. */
  | { id: number; viewPart: ViewData; last: false }
  | { id: number; viewPart: ViewData; last: true; applied: AppliedSummary }
  | { id: number; error: string }
  | { id: number; saved: Uint8Array }
  | { id: number; restored: boolean }
  | { ready: true };

let corpus = createCorpus();
// Analyses made but not yet committed, the latest per file (an older one is dropped with its file's next request).
const made = new Map<string, { id: number; analysis: DocumentAnalysis }>();

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
        }
        return undefined;
      }
      case 'put':
        setAnalysis(corpus, 'json' in req ? (JSON.parse(new TextDecoder().decode(req.json)) as DocumentAnalysis) : req.analysis);
        return undefined;
      case 'remove':
        removeDocument(corpus, req.file);
        made.delete(req.file);
        return undefined;
      case 'clear':
        corpus = createCorpus();
        made.clear();
        return undefined;
      case 'save':
        return { id: req.id, saved: encodeView(corpus.docs, viewData(corpusView(corpus))) };
      case 'restore': {
        // The host names the stored view by the analyses it covers; the list of files is checked again here.
        const saved = decodeView(req.data, corpus.docs);
        if (!saved) return { id: req.id, restored: false };
        corpus.view = { ...saved, version: corpus.version };
        return { id: req.id, restored: true };
      }
      case 'view': {
        // Corrections are applied here too: on thousands of articles that takes longer than the
        // extension host may be held.
        const view = corpusView(corpus);
        let result: AppliedAnnotations & { error?: string } = { view, orphans: [], applied: 0, dismissed: [], resolved: [] };
        if (req.annotations?.annotations.length) {
          try {
            result = applyAnnotations(view, req.annotations, new Map([...corpus.docs].map(([file, a]) => [file, a.doc.text])));
          } catch (e) {
            result.error = (e as Error).stack ?? String(e);
          }
        }
        const { view: corrected, ...applied } = result;
        const parts = viewParts(viewData(corrected));
        return parts.map((viewPart, i): AnalysisResponse => (i === parts.length - 1 ? { id: req.id, viewPart, last: true, applied } : { id: req.id, viewPart, last: false }));
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
