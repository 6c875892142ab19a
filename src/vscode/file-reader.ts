import * as vscode from 'vscode';

/**
 * Reads a file's bytes. Everything goes through `vscode.workspace.fs` (so it works on any file
 * system, in the browser too) except files on this machine when the build has a reader of its own
 * for them (the desktop build: Node's, see engine-node.ts). A folder's scan reads every article and
 * every cached analysis; through `workspace.fs` each read is a round trip to the workbench's file
 * service, and those dominate the reopening of a large folder.
 */
export type LocalReader = (fsPath: string) => Promise<Uint8Array>;

let local: LocalReader | undefined;
let readLocally = 0;

/** Sets (or, with undefined, drops) the reader of files on this machine. */
export function readLocalFilesWith(reader: LocalReader | undefined): void {
  local = reader;
}

/** The bytes of the file at `uri`; rejects as `workspace.fs.readFile` does when it cannot be read. */
export function readBytes(uri: vscode.Uri): Thenable<Uint8Array> {
  if (!local || uri.scheme !== 'file') return vscode.workspace.fs.readFile(uri);
  readLocally++;
  return local(uri.fsPath);
}

/** How many reads the reader of files on this machine made. */
export function localReads(): number {
  return readLocally;
}
