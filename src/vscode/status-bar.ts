import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspace-index';

/** Shows the index's state: "indexing N of M", then sources, actors and contradictions. */
export function registerStatusBar(index: WorkspaceIndex): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('triangulate.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Triangulate';
  item.command = 'workbench.view.extension.triangulate';
  const update = () => {
    const s = index.state();
    if (s.kind === 'indexing' && s.comparing) {
      item.text = `$(sync~spin) Triangulate: comparing ${s.total} articles`;
      item.tooltip = 'Triangulate has read the article files of this workspace and is comparing their sources';
    } else if (s.kind === 'indexing' && !s.total) {
      item.text = '$(sync~spin) Triangulate: looking for articles';
      item.tooltip = 'Triangulate is looking for the article files of this workspace';
    } else if (s.kind === 'indexing') {
      item.text = `$(sync~spin) Triangulate: indexing ${s.done} of ${s.total}`;
      item.tooltip = 'Triangulate is reading the article files of this workspace';
    } else {
      const v = index.view();
      item.text = `${s.updating ? '$(sync~spin)' : '$(law)'} ${v.sources.length} sources · ${v.contradictions.length} contradictions`;
      const skipped = index.skipped().length;
      item.tooltip = `Triangulate: ${v.sources.length} articles, ${v.actors.length} actors, ${v.claims.length} claims, ${v.contradictions.length} contradictions${skipped ? `; ${skipped} file(s) skipped (see the Triangulate output)` : ''}${s.updating ? '; comparing the sources again after a change' : ''}. Click to open the Triangulate views.`;
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(item, index.onDidChangeState(update), index.onDidChange(update));
}
