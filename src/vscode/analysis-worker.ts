// The engine off the extension host's thread, one document at a time, so indexing a large folder
// never blocks the extension host that every extension shares. One bundle serves both builds: in
// the desktop build it runs in a Node worker thread, in the web build in a Web Worker (or, where a
// worker cannot be started, evaluated in the extension host itself; see engine-port-web.ts).
import { analyzeDocument } from '../engine/corpus';
import type { DocumentAnalysis } from '../engine/types';

/** A request to analyse a document. */
export interface AnalysisRequest {
  id: number;
  file: string;
  text: string;
}

/** The worker's answer to a request; `{ ready: true }` is sent once, when the engine has loaded. */
export type AnalysisResponse = { id: number; analysis: DocumentAnalysis } | { id: number; error: string } | { ready: true };

function answer(req: AnalysisRequest): AnalysisResponse {
  try {
    return { id: req.id, analysis: analyzeDocument(req.file, req.text) };
  } catch (e) {
    return { id: req.id, error: (e as Error).message ?? String(e) };
  }
}

interface NodePort {
  on(event: 'message', listener: (req: AnalysisRequest) => void): void;
  postMessage(res: AnalysisResponse): void;
}
interface WebScope {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(res: AnalysisResponse): void;
}
declare const self: WebScope | undefined;

// A Web Worker (or the web build's in-process fallback, which passes an object of its own as `self`) has a
// global `self`; a Node worker thread has none, and `require` instead (Node wraps the file as CommonJS).
if (typeof self === 'object' && self && typeof self.postMessage === 'function') {
  const scope = self;
  scope.onmessage = (event) => scope.postMessage(answer(event.data));
  scope.postMessage({ ready: true });
} else {
  // Required only here: an import would be evaluated in the browser too, where it cannot load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const port = (require('node:worker_threads') as { parentPort: NodePort | null }).parentPort;
  port?.on('message', (req) => port.postMessage(answer(req)));
  port?.postMessage({ ready: true });
}
