import * as vscode from 'vscode';
import {
  ANNOTATIONS_PATH, addAnnotation, emptyAnnotationsFile, parseAnnotationsFile, removeAnnotation, serializeAnnotationsFile,
  type Annotation, type AnnotationsFile,
} from '../engine/annotations/index';
import { writeAtomically } from './files';

/** The journalist's corrections, kept in `.triangulate/annotations.json` beside the articles. */
export interface AnnotationStore extends vscode.Disposable {
  readonly onDidChange: vscode.Event<void>;
  file(): AnnotationsFile;
  /** Where the file is (or would be), when a folder is open. */
  uri(): vscode.Uri | undefined;
  /** Set while the file on disk cannot be read: nothing is written over it. */
  problem(): string | undefined;
  add(annotation: Annotation): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  replace(file: AnnotationsFile): Promise<boolean>;
  reload(): Promise<void>;
}

/** Loads the annotations file, follows changes made outside (a `git pull`), and writes it atomically. */
export function createAnnotationStore(log: vscode.OutputChannel): AnnotationStore {
  const changed = new vscode.EventEmitter<void>();
  let current: AnnotationsFile = emptyAnnotationsFile();
  let problem: string | undefined;
  let lastWritten: string | undefined;
  const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = () => {
    const f = folder();
    return f ? vscode.Uri.joinPath(f, ANNOTATIONS_PATH) : undefined;
  };

  const reload = async () => {
    const u = uri();
    if (!u) return;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(u));
    } catch {
      // No file yet: no corrections.
      current = emptyAnnotationsFile();
      problem = undefined;
      changed.fire();
      return;
    }
    if (text === lastWritten) return; // our own write coming back through the watcher
    const parsed = parseAnnotationsFile(text);
    if (parsed.ok) {
      current = parsed.file;
      problem = undefined;
    } else {
      // The file is kept as it is, and the automatic reading goes on without corrections.
      current = emptyAnnotationsFile();
      problem = `${u.fsPath}${parsed.line ? `:${parsed.line}` : ''}: ${parsed.error}`;
      log.appendLine(`[annotations] ${problem}`);
      void vscode.window.showErrorMessage(`Triangulate cannot read the annotations file ${problem}. It was left untouched; corrections apply again once it is fixed.`, 'Open File')
        .then((choice) => { if (choice) void vscode.window.showTextDocument(u); });
    }
    changed.fire();
  };

  const write = async (next: AnnotationsFile): Promise<boolean> => {
    const u = uri();
    if (!u) {
      void vscode.window.showWarningMessage('Triangulate: open a folder to keep corrections beside its articles.');
      return false;
    }
    if (problem) {
      void vscode.window.showErrorMessage(`Triangulate will not overwrite ${problem.split(': ')[0]}, which it cannot read. Fix or move it first.`);
      return false;
    }
    const text = serializeAnnotationsFile(next);
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(u, '..'));
      lastWritten = text;
      await writeAtomically(u, text);
    } catch (e) {
      void vscode.window.showErrorMessage(`Triangulate could not write ${u.fsPath}: ${(e as Error).message}`);
      return false;
    }
    current = next;
    changed.fire();
    return true;
  };

  const watcher = vscode.workspace.createFileSystemWatcher(`**/${ANNOTATIONS_PATH}`);
  const subs = [
    watcher,
    watcher.onDidCreate(() => void reload()),
    watcher.onDidChange(() => void reload()),
    watcher.onDidDelete(() => void reload()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void reload()),
  ];
  void reload();

  return {
    onDidChange: changed.event,
    file: () => current,
    uri,
    problem: () => problem,
    add: (a) => write(addAnnotation(current, a)),
    remove: (id) => write(removeAnnotation(current, id)),
    replace: (f) => write(f),
    reload,
    dispose() {
      for (const s of subs) s.dispose();
      changed.dispose();
    },
  };
}
