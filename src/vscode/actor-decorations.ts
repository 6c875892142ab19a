import * as vscode from 'vscode';
import type { ActorType } from '../engine/types';
import type { WorkspaceIndex } from './workspace-index';
import { toRange } from './positions';

const TYPES: ActorType[] = ['person', 'organization', 'place'];

/** Underlines actor mentions by type in visible article editors. */
export function registerActorDecorations(index: WorkspaceIndex): vscode.Disposable {
  // Decoration types are created once: re-creating them on each update makes highlights flicker.
  const types = new Map<ActorType, vscode.TextEditorDecorationType>(TYPES.map((t) => [t, vscode.window.createTextEditorDecorationType({
    borderColor: new vscode.ThemeColor(`triangulate.${t}Foreground`),
    borderStyle: 'none none solid none',
    borderWidth: '0 0 2px 0',
    overviewRulerColor: new vscode.ThemeColor(`triangulate.${t}Foreground`),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  })]));
  const applied = new Map<vscode.TextEditor, number>();

  const enabled = () => vscode.workspace.getConfiguration('triangulate').get<boolean>('highlight.actors', true);

  const decorate = (editor: vscode.TextEditor, force = false) => {
    const key = index.keyOf(editor.document.uri);
    const view = index.view();
    if (!force && applied.get(editor) === view.version) return;
    const analysed = key ? index.corpus.docs.get(key) : undefined;
    // Offsets are only valid for the text the engine analysed. While an edit awaits re-analysis,
    // the old decorations stay (VS Code moves them with the edit), so nothing flickers.
    if (analysed && analysed.doc.text !== editor.document.getText()) return;
    applied.set(editor, view.version);
    const byType = new Map<ActorType, vscode.Range[]>(TYPES.map((t) => [t, []]));
    if (enabled() && key && analysed) {
      for (const m of view.mentionsByFile.get(key) ?? []) {
        const actor = m.actor ? view.actorById.get(m.actor) : undefined;
        const t = actor?.type ?? m.type;
        byType.get(t)?.push(toRange(editor.document, m.start, m.end));
      }
    }
    for (const [t, ranges] of byType) editor.setDecorations(types.get(t)!, ranges);
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
      for (const e of vscode.window.visibleTextEditors) if (!applied.has(e)) decorate(e);
      for (const e of [...applied.keys()]) if (!vscode.window.visibleTextEditors.includes(e)) applied.delete(e);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('triangulate.highlight')) decorateVisible(true); }),
  );
}
