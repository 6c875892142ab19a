import * as vscode from 'vscode';
import { readBytes } from './files';
import { createCorpus, hydrateView, removeDocument, setAnalysis, MAX_WORDS_PER_DOCUMENT, type Corpus, type CorpusView } from '../engine/view';
import { prepareEdits, withDocument } from '../engine/provisional';
import type { AnalysisClient, ViewResult } from './analysis-client';
import type { DocumentAnalysis } from '../engine/types';
import type { AnnotationStore } from './annotation-store';
import type { AnnotatedView, AppliedAnnotations } from '../engine/annotations/index';
import { DEFAULT_MAX_FILE_BYTES, decodeArticle } from '../engine/limits';
import { matchesGlobs } from '../engine/glob';

/** A file the index refused, with the reason a person can act on. */
export interface SkippedFile {
  uri: vscode.Uri;
  reason: string;
}

/**
 * While indexing: articles read of all found, then (`comparing`) the cross-source view being built.
 * Ready: `updating` while a view after a change has taken longer than UPDATING_AFTER_MS (a long story's rebuild).
 */
export type IndexState = { kind: 'indexing'; done: number; total: number; comparing?: boolean } | { kind: 'ready'; updating?: boolean };

/** The workspace's articles, analysed by the engine and kept current as files change. */
export interface WorkspaceIndex extends vscode.Disposable {
  readonly corpus: Corpus;
  /** Fires with the engine file keys that changed (all of them after a full index). */
  readonly onDidChange: vscode.Event<string[]>;
  readonly onDidChangeState: vscode.Event<IndexState>;
  state(): IndexState;
  /** The cross-source view with the journalist's corrections applied. */
  view(): CorpusView;
  /** The corrections as applied: orphans, dismissed contradictions, where each annotation landed. */
  annotations(): AppliedAnnotations;
  /** The engine's key for a document's URI, when the document is an indexed article. */
  keyOf(uri: vscode.Uri): string | undefined;
  uriOf(key: string): vscode.Uri | undefined;
  skipped(): SkippedFile[];
  /** Rescans the workspace from scratch. */
  reindex(): Promise<void>;
  whenReady(): Promise<void>;
}

const EDIT_DEBOUNCE_MS = 250;
// How long the folder must stay unchanged before its view is stored again.
const SAVE_DELAY_MS = 30_000;
// Changes that arrive together (a save of several files, a git checkout) make one view.
const VIEW_DEBOUNCE_MS = 50;
/**
 * How many articles a scan has in flight. Reading a file and its cache entry is mostly waiting (in a
 * remote or web workbench each read crosses to another process), and the engines queue what they are given.
 */
const SCAN_LANES = 16;
/** A view after a change that takes longer than this is said to be under way (quicker ones would only flicker). */
const UPDATING_AFTER_MS = 500;

function config() {
  const c = vscode.workspace.getConfiguration('triangulate');
  return {
    include: c.get<string[]>('include', ['**/*.{md,txt}']),
    exclude: c.get<string[]>('exclude', ['**/node_modules/**', '**/.git/**']),
    maxFileSize: c.get<number>('maxFileSize', DEFAULT_MAX_FILE_BYTES),
    events: c.get<'topFolders' | 'workspace'>('events', 'topFolders'),
  };
}

/**
 * How many leading folder names of an article's key name its event (see eventOf): a top folder of
 * the workspace is one event, and in a workspace of several folders a key starts with its folder's name.
 */
function eventDepthOf(events: 'topFolders' | 'workspace'): number {
  if (events === 'workspace') return 0;
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? 2 : 1;
}

function globOf(patterns: string[]): string {
  return patterns.length === 1 ? patterns[0] : `{${patterns.join(',')}}`;
}

/** Creates the index and starts the first scan. */
export function createWorkspaceIndex(log: vscode.OutputChannel, client: AnalysisClient, store: AnnotationStore): WorkspaceIndex {
  const corpus = createCorpus();
  const uris = new Map<string, vscode.Uri>();
  const skipped = new Map<string, SkippedFile>();
  const changed = new vscode.EventEmitter<string[]>();
  const stateChanged = new vscode.EventEmitter<IndexState>();
  const disposables: vscode.Disposable[] = [changed, stateChanged];
  let state: IndexState = { kind: 'indexing', done: 0, total: 0 };
  let generation = 0;
  let ready!: () => void;
  let readyPromise = new Promise<void>((r) => (ready = r));
  const pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();

  const setState = (s: IndexState) => {
    // The Contradictions view's welcome text says whether the folder is still being read.
    if ((state.kind === 'indexing') !== (s.kind === 'indexing') || !contextSet) void vscode.commands.executeCommand('setContext', 'triangulate.indexing', s.kind === 'indexing');
    contextSet = true;
    state = s;
    stateChanged.fire(s);
  };
  let contextSet = false;

  const keyOf = (uri: vscode.Uri): string => vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);

  const matches = (uri: vscode.Uri): boolean => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const { include, exclude } = config();
    return matchesGlobs(vscode.workspace.asRelativePath(uri, false), include, exclude);
  };

  // The cross-source view is built by the engine, off this thread, with the journalist's
  // corrections applied there too. Changes are staged: the corpus here (each document's text,
  // sentences and figures) takes them when the view that includes them arrives, so a view and the
  // documents it points into always agree.
  let current: AppliedAnnotations = {
    view: hydrateView({ version: 0, sources: [], actors: [], claims: [], contradictions: [] }), orphans: [], applied: 0, dismissed: [], resolved: [],
  };
  const staged = new Map<string, { analysis?: DocumentAnalysis; seq: number }>();
  let seq = 0;
  let viewTimer: ReturnType<typeof setTimeout> | undefined;
  let building: Promise<void> | undefined;
  const stage = (key: string, analysis: DocumentAnalysis | undefined) => {
    if (analysis) client.commit(analysis);
    else client.remove(key);
    staged.set(key, { analysis, seq: ++seq });
  };
  /** Builds the view of everything staged so far and installs it; resolves when it is in place. */
  const refreshView = async (): Promise<string[]> => {
    const upTo = seq;
    const started = Date.now();
    let result: ViewResult;
    try {
      result = await client.view(store.file());
    } catch (e) {
      log.appendLine(`[view] the cross-source view could not be built: ${(e as Error).message}`);
      return [];
    }
    return install(result, upTo, started);
  };
  /** Makes a view of everything staged up to `upTo` the current one; returns the files it brought in. */
  const install = (result: ViewResult, upTo: number, started: number): string[] => {
    const keys: string[] = [];
    let view: CorpusView = result.view;
    for (const [key, s] of staged) {
      if (s.seq > upTo) {
        // An article edited since this view was asked for keeps the results it already shows.
        if (s.analysis && corpus.docs.get(key) === s.analysis) view = withDocument(view, s.analysis);
        continue;
      }
      if (s.analysis) setAnalysis(corpus, s.analysis);
      else removeDocument(corpus, key);
      staged.delete(key);
      keys.push(key);
    }
    if (result.error) log.appendLine(`[annotations] could not apply corrections: ${result.error}`);
    current = { view: { ...view, version: ++viewVersion } as AnnotatedView, orphans: result.orphans, applied: result.applied, dismissed: result.dismissed, resolved: result.resolved };
    readyForEdits();
    const ahead = result.prepared ? ` (${result.prepared} stor${result.prepared === 1 ? 'y' : 'ies'} compared while the folder was read)` : '';
    log.appendLine(`Cross-source view in ${Date.now() - started} ms: ${view.sources.length} article(s), ${view.actors.length} actors, ${view.contradictions.length} contradictions${ahead}.`);
    return keys;
  };
  let viewVersion = 0;
  // The view shown is readied for an article's edit in a task of its own, so the edit itself reads
  // only the article's items (see prepareEdits); a view replaced meanwhile is not readied.
  let readying: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const readyForEdits = () => {
    clearTimeout(readying);
    if (disposed) return;
    readying = setTimeout(() => {
      readying = undefined;
      try {
        prepareEdits(current.view);
      } catch (e) {
        // An edit then reads the view itself (withDocument readies it as it goes).
        log.appendLine(`[view] the view could not be readied for edits: ${(e as Error).message}`);
      }
    }, 0);
  };
  // The view is stored for the next time the folder is opened, once changes have settled.
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleSave = (ms = SAVE_DELAY_MS) => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      void (async () => {
        await building;
        await client.saveView();
      })().catch((e) => log.appendLine(`[cache] could not store the cross-source view: ${(e as Error).message}`));
    }, ms);
  };
  // The corrections changed since the last view was asked for: every article's results may change.
  let annotationsChanged = false;
  /** Asks for a new view soon; changes arriving meanwhile join it. */
  const scheduleView = () => {
    clearTimeout(viewTimer);
    viewTimer = setTimeout(() => {
      viewTimer = undefined;
      const run = async () => {
        await building;
        const corrected = annotationsChanged;
        annotationsChanged = false;
        const slow = setTimeout(() => {
          if (state.kind === 'ready') setState({ kind: 'ready', updating: true });
        }, UPDATING_AFTER_MS);
        let keys: string[];
        try {
          keys = await refreshView();
        } finally {
          clearTimeout(slow);
          if (state.kind === 'ready' && state.updating) setState({ kind: 'ready' });
        }
        if (corrected) changed.fire([...corpus.docs.keys()]);
        else if (keys.length) changed.fire(keys);
        if (keys.length) scheduleSave();
      };
      building = run();
    }, VIEW_DEBOUNCE_MS);
  };

  /**
   * An article changed once the folder is indexed: its own results (names, claims, its passages in
   * disputes) are shown at once, linked to the actors the view already has, while the cross-source
   * view that includes it is rebuilt.
   */
  const showAtOnce = (key: string, a: DocumentAnalysis) => {
    try {
      current = { ...current, view: { ...withDocument(current.view, a, corpus.docs.get(key)), version: ++viewVersion } as AnnotatedView };
      readyForEdits();
      setAnalysis(corpus, a);
      changed.fire([key]);
    } catch (e) {
      log.appendLine(`[view] ${key}: the edited article could not be shown before the full view: ${(e as Error).message}`);
    }
  };

  const inEditor = (uri: vscode.Uri) => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString());

  // The latest request per file wins: an older analysis that finishes later is dropped.
  const latest = new Map<string, number>();
  let requests = 0;
  const analyse = async (key: string, uri: vscode.Uri, text: string): Promise<boolean> => {
    const mine = ++requests;
    latest.set(key, mine);
    try {
      const a = await client.analyse(key, text);
      if (latest.get(key) !== mine) return false;
      stage(key, a);
      // While a folder is read, an article open in an editor shows its own results as soon as it is
      // analysed, not once every article is read.
      if (state.kind === 'ready' || inEditor(uri)) showAtOnce(key, a);
      if (a.doc.meta.partial) log.appendLine(`[partial] ${uri.fsPath}: analysed only its first ${MAX_WORDS_PER_DOCUMENT} words (${a.doc.meta.words} in all)`);
      uris.set(key, uri);
      skipped.delete(key);
      return true;
    } catch (e) {
      // The engine must not fail on any input; if it does, the file is named and the rest goes on.
      if (latest.get(key) !== mine) return false;
      if (corpus.docs.has(key) || staged.get(key)?.analysis) stage(key, undefined);
      skipped.set(key, { uri, reason: `could not be analysed: ${(e as Error).message}` });
      log.appendLine(`[error] ${uri.fsPath}: ${(e as Error).stack ?? e}`);
      return false;
    }
  };
  const known = (key: string) => (staged.has(key) ? !!staged.get(key)!.analysis : corpus.docs.has(key));

  const readAndAnalyse = async (uri: vscode.Uri): Promise<string | undefined> => {
    const key = keyOf(uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      await analyse(key, uri, open.getText());
      return key;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(uri);
    } catch (e) {
      skipped.set(key, { uri, reason: `could not be read: ${(e as Error).message}` });
      return undefined;
    }
    const decoded = decodeArticle(bytes, config().maxFileSize);
    if (!decoded.ok) {
      if (known(key)) {
        stage(key, undefined);
        uris.delete(key);
      }
      skipped.set(key, { uri, reason: decoded.reason });
      log.appendLine(`[skipped] ${uri.fsPath}: ${decoded.reason}`);
      return key;
    }
    await analyse(key, uri, decoded.text);
    return key;
  };

  const reindex = async () => {
    const mine = ++generation;
    const started = Date.now();
    const { include, exclude, events } = config();
    const found = await vscode.workspace.findFiles(globOf(include), globOf(exclude));
    if (mine !== generation) return;
    found.sort((a, b) => a.toString().localeCompare(b.toString()));
    // Start over: every document present now is staged for removal unless the scan finds it again.
    // The engine is told which articles to expect, to compare each story's sources once its last is in.
    client.clear(eventDepthOf(events), found.map(keyOf));
    for (const key of [...corpus.docs.keys()]) staged.set(key, { seq: ++seq });
    uris.clear();
    skipped.clear();
    setState({ kind: 'indexing', done: 0, total: found.length });
    client.beginScan();
    let done = 0;
    // Reading and hashing overlap with the worker's analysis; SCAN_LANES files are in flight at once
    // (a reopened folder reads each article and its cached analysis, waits that lanes overlap).
    const queue = [...found];
    const lane = async () => {
      for (let uri = queue.shift(); uri && mine === generation; uri = queue.shift()) {
        await readAndAnalyse(uri);
        if (mine === generation) setState({ kind: 'indexing', done: ++done, total: found.length });
      }
    };
    await Promise.all(Array.from({ length: SCAN_LANES }, lane));
    if (mine !== generation) return; // a newer scan took over
    void client.endScan();
    log.appendLine(`Analysed ${found.length - skipped.size} article(s) in ${Date.now() - started} ms; skipped ${skipped.size}.`);
    setState({ kind: 'indexing', done: found.length, total: found.length, comparing: true });
    clearTimeout(viewTimer);
    await building;
    // A folder reopened unchanged: the view stored last time is used instead of building it again.
    // Without corrections to apply, it is read here too and shown without waiting for the engine.
    const upTo = seq;
    const asked = Date.now();
    const { restored, view } = await client.restoreView(!store.file().annotations.length).catch(() => ({ restored: false, view: undefined }));
    if (restored) log.appendLine('Cross-source view restored from the cache.');
    if (view) install({ view, orphans: [], applied: 0, dismissed: [], resolved: [] }, upTo, asked);
    else {
      building = refreshView().then(() => undefined);
      await building;
    }
    // Corrections made while the stored view was read are applied by the engine, as any others.
    const correctNow = !!view && store.file().annotations.length > 0;
    if (mine !== generation) return;
    if (!restored) scheduleSave(0);
    if (skipped.size) {
      const names = [...skipped.values()].slice(0, 3).map((s) => `${vscode.workspace.asRelativePath(s.uri)} (${s.reason})`).join('; ');
      void vscode.window.showWarningMessage(`Triangulate skipped ${skipped.size} file(s): ${names}${skipped.size > 3 ? '; see the Triangulate output' : ''}`);
    }
    setState({ kind: 'ready' });
    changed.fire([...corpus.docs.keys()]);
    ready();
    if (correctNow) {
      annotationsChanged = true;
      scheduleView();
    }
  };

  const onFile = async (uri: vscode.Uri) => {
    if (!matches(uri)) return;
    const key = await readAndAnalyse(uri);
    if (key && state.kind === 'ready') scheduleView();
  };

  // A folder copied or moved into the workspace may be reported as the folder alone: the articles under it are looked for.
  const onCreate = async (uri: vscode.Uri) => {
    if (matches(uri)) return onFile(uri);
    const mine = generation;
    const { exclude } = config();
    // A folder no article can be in (node_modules, .git) is not searched.
    if (!vscode.workspace.getWorkspaceFolder(uri) || !matchesGlobs(`${vscode.workspace.asRelativePath(uri, false)}/_`, ['**'], exclude)) return;
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return; // gone again
    }
    if (!(stat.type & vscode.FileType.Directory)) return;
    for (const file of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'), globOf(exclude))) {
      if (mine !== generation) return; // a scan started since reads the folder itself
      await onFile(file);
    }
  };

  const onDelete = (uri: vscode.Uri) => {
    const key = keyOf(uri);
    const gone = new Set([key]);
    // Anything else may be a folder, which may be reported deleted alone, not file by file: the articles under it go with it.
    if (!matches(uri)) {
      const under = `${key}/`;
      for (const keys of [corpus.docs.keys(), staged.keys(), skipped.keys(), latest.keys(), pendingEdits.keys()]) {
        for (const k of keys) if (k.startsWith(under)) gone.add(k);
      }
    }
    let any = false;
    for (const k of gone) {
      // An analysis of it still under way, or an edit waiting to be analysed, is dropped when it ends.
      if (latest.has(k)) latest.set(k, ++requests);
      clearTimeout(pendingEdits.get(k));
      pendingEdits.delete(k);
      skipped.delete(k);
      if (!known(k)) continue;
      stage(k, undefined);
      uris.delete(k);
      any = true;
    }
    if (any && state.kind === 'ready') scheduleView();
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  disposables.push(
    watcher,
    watcher.onDidCreate(onCreate),
    watcher.onDidChange((uri) => {
      // Open documents are followed through their edits instead.
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) void onFile(uri);
    }),
    watcher.onDidDelete(onDelete),
    // An article opened while the folder is read shows its own results if it is analysed already.
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      if (state.kind !== 'indexing') return;
      for (const e of editors) {
        const key = keyOf(e.document.uri);
        const analysis = staged.get(key)?.analysis;
        if (analysis && corpus.docs.get(key) !== analysis) showAtOnce(key, analysis);
      }
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      const uri = e.document.uri;
      if (!e.contentChanges.length || !matches(uri)) return;
      const key = keyOf(uri);
      clearTimeout(pendingEdits.get(key));
      pendingEdits.set(key, setTimeout(async () => {
        pendingEdits.delete(key);
        if (await analyse(key, uri, e.document.getText()) && state.kind === 'ready') scheduleView();
      }, EDIT_DEBOUNCE_MS));
    }),
    vscode.workspace.onDidRenameFiles((e) => {
      for (const f of e.files) {
        onDelete(f.oldUri);
        void onFile(f.newUri);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('triangulate.include') || e.affectsConfiguration('triangulate.exclude') || e.affectsConfiguration('triangulate.maxFileSize') || e.affectsConfiguration('triangulate.events')) void reindex();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void reindex()),
  );

  // New corrections: the engine applies them to its view, and every article's results follow.
  disposables.push(store.onDidChange(() => {
    annotationsChanged = true;
    if (state.kind === 'ready') scheduleView();
  }));

  void reindex();

  return {
    corpus,
    onDidChange: changed.event,
    onDidChangeState: stateChanged.event,
    state: () => state,
    view: () => current.view,
    annotations: () => current,
    keyOf: (uri) => {
      const key = keyOf(uri);
      return corpus.docs.has(key) ? key : undefined;
    },
    uriOf: (key) => uris.get(key),
    skipped: () => [...skipped.values()],
    reindex: async () => {
      readyPromise = new Promise<void>((r) => (ready = r));
      await reindex();
    },
    whenReady: () => readyPromise,
    dispose: () => {
      generation++;
      clearTimeout(viewTimer);
      clearTimeout(saveTimer);
      disposed = true;
      clearTimeout(readying);
      for (const t of pendingEdits.values()) clearTimeout(t);
      for (const d of disposables) d.dispose();
    },
  };
}
