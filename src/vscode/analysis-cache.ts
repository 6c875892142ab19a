import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../engine/types';
import { ANALYSIS_VERSION } from '../engine/version';
import { sha256OfParts } from './sha256';

/** Analyses kept in the extension's workspace storage, one JSON file per analysed text. */
export interface AnalysisCache {
  /** The entry's name: a hash of the analysis version, the file's key and its text. */
  keyOf(file: string, text: string): string;
  read(key: string, file: string, text: string): Promise<DocumentAnalysis | undefined>;
  write(key: string, analysis: DocumentAnalysis): Promise<void>;
  /** Deletes every entry whose key is not in `keep`, and temporary files left by interrupted writes. */
  sweep(keep: ReadonlySet<string>): Promise<void>;
}

/** Reads and writes through `vscode.workspace.fs` only, so it works wherever storage lives (disk, the browser). */
export function createAnalysisCache(storage: vscode.Uri | undefined, log: vscode.OutputChannel): AnalysisCache {
  const dir = storage ? vscode.Uri.joinPath(storage, 'analysis-cache') : undefined;
  let dirReady: Thenable<void> | undefined;
  // Temporary files being written now: a sweep must not delete them under the write.
  const writing = new Set<string>();
  const entry = (key: string) => vscode.Uri.joinPath(dir!, `${key}.json`);

  return {
    keyOf: (file, text) => sha256OfParts(ANALYSIS_VERSION, file, text),
    async read(key, file, text) {
      if (!dir) return undefined;
      try {
        const a = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(entry(key)))) as DocumentAnalysis;
        return a.doc?.text === text && a.doc.file === file ? a : undefined;
      } catch {
        return undefined; // a miss, or an unreadable entry: analyse again
      }
    },
    async write(key, analysis) {
      if (!dir) return;
      // Serialized now: the corpus later links mentions in place, which is not part of the analysis.
      const json = JSON.stringify(analysis);
      try {
        dirReady ??= vscode.workspace.fs.createDirectory(dir);
        await dirReady;
        const name = `${key}.${Math.random().toString(36).slice(2)}.tmp`;
        writing.add(name);
        try {
          const tmp = vscode.Uri.joinPath(dir, name);
          await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(json));
          await vscode.workspace.fs.rename(tmp, entry(key), { overwrite: true });
        } finally {
          writing.delete(name);
        }
      } catch (e) {
        log.appendLine(`[cache] could not store an analysis: ${(e as Error).message}`);
      }
    },
    async sweep(keep) {
      if (!dir) return;
      try {
        for (const [name] of await vscode.workspace.fs.readDirectory(dir)) {
          const kept = name.endsWith('.json') ? keep.has(name.slice(0, -'.json'.length)) : writing.has(name);
          if (!kept) await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, name));
        }
      } catch {
        // no cache folder yet
      }
    },
  };
}
