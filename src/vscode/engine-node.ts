import * as vscode from 'vscode';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { engineScript, type StartEngine } from './analysis-client';
import type { AnalysisResponse } from './analysis-worker';
import { useLocalFiles } from './files';

/**
 * Desktop: the engine runs in a Node worker thread of the extension host; while a folder is
 * scanned, up to three more worker threads (one per spare core) analyse documents beside it.
 */
export function nodeEngine(context: vscode.ExtensionContext, log: vscode.OutputChannel): StartEngine {
  const start: StartEngine = async (events) => {
    const w = new Worker(engineScript(context).fsPath, { name: 'Triangulate analysis' });
    w.on('message', (res: AnalysisResponse) => events.message(res));
    w.on('error', (e) => log.appendLine(`[worker] ${e.stack ?? e}`));
    w.on('exit', (code) => events.exit(`analysis worker exited (${code})`));
    return {
      kind: 'worker thread',
      postMessage: (req, transfer) => w.postMessage(req, transfer),
      terminate: () => void w.terminate(),
    };
  };
  start.helpers = Math.min(3, Math.max(0, availableParallelism() - 1));
  // Node's own SHA-256, several times faster than the plain-JavaScript one on a folder's texts; the same keys.
  // Loaded at the first key, not when the extension loads.
  let createHash: typeof import('node:crypto').createHash | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  start.sha256 = (...parts) => (createHash ??= (require('node:crypto') as typeof import('node:crypto')).createHash)('sha256').update(parts.join('\0'), 'utf8').digest('hex');
  // Articles and cached analyses on this machine are read, and the cache written, with Node's fs: a
  // large folder's scan reads and writes thousands of files, each a round trip to the workbench
  // through vscode.workspace.fs. Loaded at the first file, not when the extension loads.
  let fs: typeof import('node:fs/promises') | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodeFs = () => (fs ??= require('node:fs/promises') as typeof import('node:fs/promises'));
  useLocalFiles({
    read: (p) => nodeFs().readFile(p),
    write: (p, data) => nodeFs().writeFile(p, data),
    rename: (from, to) => nodeFs().rename(from, to),
    remove: (p) => nodeFs().rm(p, { force: true }),
  });
  return start;
}
