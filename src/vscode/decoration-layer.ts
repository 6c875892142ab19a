import * as vscode from 'vscode';
import type { CorpusView } from '../engine/view';
import type { WorkspaceIndex } from './workspace-index';
import { toRange } from './positions';

/** What a layer draws in one article: spans per decoration-type key. */
export type LayerSpans = Map<string, { start: number; end: number; hover?: vscode.MarkdownString }[]>;

/**
 * Keeps one set of decoration types applied to the visible article editors. Types are created
 * once (re-creating them flickers); editors already showing the current view are skipped; while
 * an edit awaits re-analysis the old decorations stay, moved by VS Code with the text.
 */
export function registerDecorationLayer(
  index: WorkspaceIndex,
  options: Record<string, vscode.DecorationRenderOptions>,
  setting: string,
  compute: (view: CorpusView, file: string) => LayerSpans,
): vscode.Disposable {
  const types = new Map(Object.entries(options).map(([k, o]) => [k, vscode.window.createTextEditorDecorationType(o)]));
  // The view each editor shows: views are memoized, so a new object means new results.
  const applied = new Map<vscode.TextEditor, CorpusView>();
  const enabled = () => vscode.workspace.getConfiguration('triangulate').get<boolean>(setting, true);

  const decorate = (editor: vscode.TextEditor, force = false) => {
    const view = index.view();
    if (!force && applied.get(editor) === view) return;
    const key = index.keyOf(editor.document.uri);
    const analysed = key ? index.corpus.docs.get(key) : undefined;
    if (analysed && analysed.doc.text !== editor.document.getText()) return;
    applied.set(editor, view);
    const spans: LayerSpans = enabled() && key && analysed ? compute(view, key) : new Map();
    for (const [k, type] of types) {
      editor.setDecorations(type, (spans.get(k) ?? []).map((s) => ({ range: toRange(editor.document, s.start, s.end), ...(s.hover ? { hoverMessage: s.hover } : {}) })));
    }
  };
  // Linking is cross-document (an edit elsewhere can retype an actor here), so every visible
  // article is checked; the version test skips editors already showing the current view.
  const decorateVisible = (force = false) => {
    for (const editor of vscode.window.visibleTextEditors) decorate(editor, force);
  };
  decorateVisible();
  return vscode.Disposable.from(
    ...types.values(),
    index.onDidChange(() => decorateVisible()),
    vscode.window.onDidChangeVisibleTextEditors(() => {
      decorateVisible();
      for (const e of [...applied.keys()]) if (!vscode.window.visibleTextEditors.includes(e)) applied.delete(e);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(`triangulate.${setting}`)) decorateVisible(true); }),
  );
}
