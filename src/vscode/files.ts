import * as vscode from 'vscode';

/**
 * How the extension reads and writes files. Everything goes through `vscode.workspace.fs` (so it
 * works on any file system, in the browser too) except, where the build has file access of its own
 * (the desktop build: Node's fs, see engine-node.ts), the reading of files on this machine and the
 * writing of the extension's own storage there. A folder's scan reads every article and every cached
 * analysis, and writes an entry for each article analysed; through `workspace.fs` each is a round
 * trip to the workbench's file service, and those dominate the reopening of a large folder.
 */
export interface LocalFiles {
  read(fsPath: string): Promise<Uint8Array>;
  write(fsPath: string, data: Uint8Array): Promise<void>;
  /** Renames over an existing file. */
  rename(from: string, to: string): Promise<void>;
  remove(fsPath: string): Promise<void>;
}

let local: LocalFiles | undefined;
let localCalls = 0;

/** Sets (or, with undefined, drops) the access to files on this machine. */
export function useLocalFiles(files: LocalFiles | undefined): void {
  local = files;
}

/** How many reads and writes went to the access to files on this machine. */
export function localFileCalls(): number {
  return localCalls;
}

const onThisMachine = (uri: vscode.Uri): LocalFiles | undefined => {
  if (!local || uri.scheme !== 'file') return undefined;
  localCalls++;
  return local;
};

/** The bytes of the file at `uri`; rejects as `workspace.fs.readFile` does when it cannot be read. */
export function readBytes(uri: vscode.Uri): Thenable<Uint8Array> {
  return onThisMachine(uri)?.read(uri.fsPath) ?? vscode.workspace.fs.readFile(uri);
}

interface Writer {
  write(uri: vscode.Uri, data: Uint8Array): Thenable<void>;
  rename(from: vscode.Uri, to: vscode.Uri): Thenable<void>;
  remove(uri: vscode.Uri): Thenable<void>;
}
const workbench: Writer = {
  write: (uri, data) => vscode.workspace.fs.writeFile(uri, data),
  rename: (from, to) => vscode.workspace.fs.rename(from, to, { overwrite: true }),
  remove: (uri) => vscode.workspace.fs.delete(uri),
};
const direct = (files: LocalFiles): Writer => ({
  write: (uri, data) => files.write(uri.fsPath, data),
  rename: (from, to) => files.rename(from.fsPath, to.fsPath),
  remove: (uri) => files.remove(uri.fsPath),
});

/**
 * Writes a file whole or not at all: a temporary file beside it, renamed over it once written.
 * `writing` holds the temporary names being written, for a sweep of the folder to leave alone.
 * Files a person sees (exports, corrections) are written by the workbench.
 */
export async function writeAtomically(uri: vscode.Uri, content: string | Uint8Array, writing?: Set<string>, by: Writer = workbench): Promise<void> {
  const tmp = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
  const name = tmp.path.slice(tmp.path.lastIndexOf('/') + 1);
  writing?.add(name);
  try {
    await by.write(tmp, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    await by.rename(tmp, uri);
  } catch (e) {
    await Promise.resolve(by.remove(tmp)).catch(() => undefined);
    throw e;
  } finally {
    writing?.delete(name);
  }
}

/** Writes a file of the extension's own storage whole or not at all (see writeAtomically), on this machine directly where the build can. */
export function writeStored(uri: vscode.Uri, content: string | Uint8Array, writing?: Set<string>): Promise<void> {
  const files = onThisMachine(uri);
  return writeAtomically(uri, content, writing, files ? direct(files) : workbench);
}
