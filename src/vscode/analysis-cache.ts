import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../engine/types';
import { ANALYSIS_VERSION } from '../engine/version';
import { decodeAnalysis, encodeAnalysis } from '../engine/stored-analysis';
import { sha256OfParts } from './sha256';
import { readBytes, writeStored } from './files';

/** Analyses kept in the extension's workspace storage, one JSON file per analysed text. */
export interface AnalysisCache {
  /** The entry's name: a hash of the analysis version, the file's key and its text. */
  keyOf(file: string, text: string): string;
  /** The analysis stored under the key, and its bytes as stored (see encodeAnalysis). */
  read(key: string, file: string, text: string): Promise<{ analysis: DocumentAnalysis; bytes: Uint8Array } | undefined>;
  write(key: string, analysis: DocumentAnalysis): Promise<void>;
  /** Deletes every entry whose key is not in `keep`, and temporary files left by interrupted writes. */
  sweep(keep: ReadonlySet<string>): Promise<void>;
  /** The name of the cross-source view of a set of analyses: a hash of the view format and every file's entry key. */
  viewKeyOf(entries: ReadonlyMap<string, string>): string;
  /** A stored cross-source view, if there is one under the key. */
  readView(key: string): Promise<Uint8Array | undefined>;
  /** Stores a cross-source view under its key, replacing any other stored view; says whether it was stored. */
  writeView(key: string, data: Uint8Array): Promise<boolean>;
}

/** Changes with what a stored view holds; stored views of another format are not read. */
const VIEW_FORMAT = 'view-2';
// The engine's rules, as built (esbuild.mjs): a view stored by another build of the engine is not read.
declare const __ENGINE_BUILD__: string | undefined;
const ENGINE_BUILD = typeof __ENGINE_BUILD__ === 'string' ? __ENGINE_BUILD__ : 'unbundled';

/**
 * Reads and writes through `vscode.workspace.fs` only, so it works wherever storage lives (disk, the
 * browser). `sha256` is the platform's own SHA-256 of strings joined by NUL where it has a faster one
 * than the plain-JavaScript one (the keys are the same).
 */
export function createAnalysisCache(storage: vscode.Uri | undefined, log: vscode.OutputChannel, sha256 = sha256OfParts): AnalysisCache {
  const dir = storage ? vscode.Uri.joinPath(storage, 'analysis-cache') : undefined;
  const views = storage ? vscode.Uri.joinPath(storage, 'views') : undefined;
  let dirReady: Thenable<void> | undefined;
  // Temporary files being written now: a sweep must not delete them under the write.
  const writing = new Set<string>();
  const entry = (key: string) => vscode.Uri.joinPath(dir!, `${key}.json`);

  return {
    keyOf: (file, text) => sha256(ANALYSIS_VERSION, file, text),
    async read(key, file, text) {
      if (!dir) return undefined;
      try {
        const bytes = await readBytes(entry(key));
        // The entry is named by a hash of the text, and holds all but the text.
        // Held by the extension host, which reads its prose only to send it on: kept as runs (see proseOnDemand).
        const analysis = decodeAnalysis(new TextDecoder().decode(bytes), file, text, true);
        return analysis ? { analysis, bytes } : undefined;
      } catch {
        return undefined; // a miss, or an unreadable entry: analyse again
      }
    },
    async write(key, analysis) {
      if (!dir) return;
      // Serialized now: the corpus later links mentions in place, which is not part of the analysis.
      const json = encodeAnalysis(analysis);
      try {
        dirReady ??= vscode.workspace.fs.createDirectory(dir);
        await dirReady;
        await writeStored(entry(key), json, writing);
      } catch (e) {
        log.appendLine(`[cache] could not store an analysis: ${(e as Error).message}`);
      }
    },
    viewKeyOf: (entries) => sha256(VIEW_FORMAT, ENGINE_BUILD, ...[...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).flat()),
    async readView(key) {
      if (!views) return undefined;
      try {
        return await readBytes(vscode.Uri.joinPath(views, `${key}.json`));
      } catch {
        return undefined;
      }
    },
    async writeView(key, data) {
      if (!views) return false;
      try {
        await vscode.workspace.fs.createDirectory(views);
        const name = `${key}.json`;
        await writeStored(vscode.Uri.joinPath(views, name), data);
        // One stored view: the one of the folder as it is now.
        for (const [other] of await vscode.workspace.fs.readDirectory(views)) {
          if (other !== name) await vscode.workspace.fs.delete(vscode.Uri.joinPath(views, other)).then(undefined, () => undefined);
        }
        return true;
      } catch (e) {
        log.appendLine(`[cache] could not store the cross-source view: ${(e as Error).message}`);
        return false;
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
