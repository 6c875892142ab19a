import * as vscode from 'vscode';
import { engineScript, type EngineEvents, type EnginePort, type StartEngine } from './analysis-client';
import type { AnalysisRequest, AnalysisResponse } from './analysis-worker';

/** The part of the browser's Worker this file uses (the project's types are Node's, not the DOM's). */
interface WebWorker {
  onmessage: ((event: { data: AnalysisResponse }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
  postMessage(req: AnalysisRequest, transfer?: ArrayBuffer[]): void;
  terminate(): void;
}
type WebWorkerConstructor = new (url: string, options?: { name?: string }) => WebWorker;

/** How long a Web Worker may take to load the engine before the extension host analyses in-process instead. */
const WORKER_START_MS = 60_000;

/**
 * Web: the engine runs in a Web Worker started by the extension (the web worker extension host
 * allows nested workers). The worker's script is read (fetched from https on vscode.dev, through
 * `workspace.fs` from a server's vscode-remote:) and started from a blob: URL, which works whatever
 * scheme the extension is served from. Where no worker can be started, the same bundle is
 * evaluated in the extension host and analyses one document per task, so the host still answers
 * between documents.
 */
export function webEngine(context: vscode.ExtensionContext, log: vscode.OutputChannel): StartEngine {
  let inProcess = false;
  return async (events) => {
    const code = await readScript(engineScript(context));
    if (!inProcess) {
      try {
        return await startWorker(code, events);
      } catch (e) {
        inProcess = true;
        log.appendLine(`[engine] no Web Worker (${(e as Error).message}): analysing in the extension host, one document per task`);
      }
    }
    return startInProcess(code, events);
  };
}

async function readScript(uri: vscode.Uri): Promise<string> {
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    const res = await fetch(uri.toString(true));
    if (!res.ok) throw new Error(`${uri.toString(true)}: HTTP ${res.status}`);
    return res.text();
  }
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

function startWorker(code: string, events: EngineEvents): Promise<EnginePort> {
  const Worker = (globalThis as { Worker?: WebWorkerConstructor }).Worker;
  if (typeof Worker !== 'function') return Promise.reject(new Error('Worker is not available'));
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  return new Promise<EnginePort>((resolve, reject) => {
    let ready = false;
    let worker: WebWorker | undefined;
    const fail = (reason: string) => {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
      worker?.terminate();
      if (ready) events.exit(reason);
      else reject(new Error(reason));
    };
    const timer = setTimeout(() => fail(`the analysis worker did not start within ${WORKER_START_MS / 1000}s`), WORKER_START_MS);
    try {
      worker = new Worker(url, { name: 'Triangulate analysis' });
    } catch (e) {
      fail((e as Error).message);
      return;
    }
    const w = worker;
    w.onerror = (e) => {
      e.preventDefault?.();
      fail(`analysis worker failed: ${e.message ?? 'error'}`);
    };
    w.onmessage = (e) => {
      if (!ready && 'ready' in e.data) {
        ready = true;
        clearTimeout(timer);
        URL.revokeObjectURL(url);
        resolve({ kind: 'web worker', postMessage: (req, transfer) => w.postMessage(req, transfer), terminate: () => w.terminate() });
        return;
      }
      events.message(e.data);
    };
  });
}

/** The engine's bundle evaluated here, behind the same messages; each request waits for its own task. */
function startInProcess(code: string, events: EngineEvents): EnginePort {
  let stopped = false;
  const scope: { onmessage: ((event: { data: AnalysisRequest }) => void) | null; postMessage(res: AnalysisResponse): void } = {
    onmessage: null,
    postMessage: (res) => {
      if (!stopped) events.message(res);
    },
  };
  // Given a `self`, the bundle answers through it as in a Web Worker (see analysis-worker.ts).
  new Function('self', code)(scope);
  return {
    kind: 'in-process',
    postMessage: (req) => setTimeout(() => {
      if (!stopped) scope.onmessage?.({ data: req });
    }, 0),
    terminate: () => {
      stopped = true;
    },
  };
}
