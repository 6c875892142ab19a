// Runs in a worker thread: analyses one document at a time, so indexing a large folder never
// blocks the extension host, which every extension shares.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../engine/corpus';

/** A request to analyse a document. */
export interface AnalysisRequest {
  id: number;
  file: string;
  text: string;
}

parentPort?.on('message', (req: AnalysisRequest) => {
  try {
    parentPort!.postMessage({ id: req.id, analysis: analyzeDocument(req.file, req.text) });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message ?? String(e) });
  }
});
