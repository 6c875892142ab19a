import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import type { DocumentAnalysis } from '../engine/types';
import { ANALYSIS_VERSION } from '../engine/version';
import type { AnalysisRequest } from './analysis-worker';

/** Analyses documents off the extension host's thread, reusing cached analyses of unchanged text. */
export interface AnalysisClient extends vscode.Disposable {
  analyse(file: string, text: string): Promise<DocumentAnalysis>;
  /** Starts a full scan: cache entries not used by the scan are removed when it ends. */
  beginScan(): void;
  endScan(): Promise<void>;
}

interface Pending {
  resolve(a: DocumentAnalysis): void;
  reject(e: Error): void;
}

/** Starts the analysis worker; cached analyses live in the extension's storage, keyed by content hash. */
export function createAnalysisClient(context: vscode.ExtensionContext, log: vscode.OutputChannel): AnalysisClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | undefined;
  const cacheDir = context.storageUri ? vscode.Uri.joinPath(context.storageUri, 'analysis-cache') : undefined;
  let cacheReady: Thenable<void> | undefined;

  const start = () => {
    const w = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysis-worker.js').fsPath);
    w.on('message', (msg: { id: number; analysis?: DocumentAnalysis; error?: string }) => {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.analysis) p?.resolve(msg.analysis);
      else p?.reject(new Error(msg.error ?? 'analysis failed'));
    });
    w.on('error', (e) => log.appendLine(`[worker] ${e.stack ?? e}`));
    w.on('exit', (code) => {
      // A crashed worker fails what it held and is restarted on the next request.
      if (worker === w) worker = undefined;
      for (const [id, p] of pending) { p.reject(new Error(`analysis worker exited (${code})`)); pending.delete(id); }
    });
    return w;
  };

  const keyOf = (file: string, text: string) => createHash('sha256').update(ANALYSIS_VERSION).update('\0').update(file).update('\0').update(text).digest('hex');

  const readCache = async (key: string): Promise<DocumentAnalysis | undefined> => {
    if (!cacheDir) return undefined;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(cacheDir, `${key}.json`));
      return JSON.parse(new TextDecoder().decode(bytes)) as DocumentAnalysis;
    } catch {
      return undefined; // a miss, or an unreadable entry: analyse again
    }
  };

  const writeCache = async (key: string, analysis: DocumentAnalysis) => {
    if (!cacheDir) return;
    // Serialized now: the corpus later links mentions in place, which is not part of the analysis.
    const json = JSON.stringify(analysis);
    try {
      cacheReady ??= vscode.workspace.fs.createDirectory(cacheDir);
      await cacheReady;
      const target = vscode.Uri.joinPath(cacheDir, `${key}.json`);
      const tmp = vscode.Uri.joinPath(cacheDir, `${key}.${process.pid}.tmp`);
      await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(json));
      await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
    } catch (e) {
      log.appendLine(`[cache] could not store an analysis: ${(e as Error).message}`);
    }
  };

  let used: Set<string> | undefined;
  return {
    async analyse(file, text) {
      const key = keyOf(file, text);
      used?.add(`${key}.json`);
      const cached = await readCache(key);
      if (cached && cached.doc?.text === text && cached.doc.file === file) return cached;
      worker ??= start();
      const id = nextId++;
      const analysis = await new Promise<DocumentAnalysis>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ id, file, text } satisfies AnalysisRequest);
      });
      void writeCache(key, analysis);
      return analysis;
    },
    beginScan() {
      used = new Set();
    },
    async endScan() {
      const keep = used;
      used = undefined;
      if (!cacheDir || !keep) return;
      try {
        for (const [name] of await vscode.workspace.fs.readDirectory(cacheDir)) {
          if (!keep.has(name)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(cacheDir, name));
        }
      } catch {
        // no cache folder yet
      }
    },
    dispose() {
      void worker?.terminate();
      worker = undefined;
    },
  };
}
