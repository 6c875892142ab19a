import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import { engineScript, type StartEngine } from './analysis-client';
import type { AnalysisResponse } from './analysis-worker';

/** Desktop: the engine runs in a Node worker thread of the extension host. */
export function nodeEngine(context: vscode.ExtensionContext, log: vscode.OutputChannel): StartEngine {
  return async (events) => {
    const w = new Worker(engineScript(context).fsPath, { name: 'Triangulate analysis' });
    w.on('message', (res: AnalysisResponse) => events.message(res));
    w.on('error', (e) => log.appendLine(`[worker] ${e.stack ?? e}`));
    w.on('exit', (code) => events.exit(`analysis worker exited (${code})`));
    return {
      kind: 'worker thread',
      postMessage: (req) => w.postMessage(req),
      terminate: () => void w.terminate(),
    };
  };
}
