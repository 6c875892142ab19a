import * as vscode from 'vscode';
import type { SourceMeta } from '../engine/types';
import type { WorkspaceIndex } from './workspace-index';

/** Lists the articles: outlet, date, counts of actors, claims and contradictions; skipped files too. */
export function createSourcesProvider(index: WorkspaceIndex): vscode.TreeDataProvider<SourceMeta | vscode.Uri> & vscode.Disposable {
  const changed = new vscode.EventEmitter<undefined>();
  const sub = index.onDidChange(() => changed.fire(undefined));
  return {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      if (node) return [];
      const skipped = index.skipped().map((s) => s.uri);
      return [...index.view().sources, ...skipped];
    },
    getTreeItem(node) {
      if (node instanceof vscode.Uri) {
        const s = index.skipped().find((x) => x.uri.toString() === node.toString());
        const t = new vscode.TreeItem(vscode.workspace.asRelativePath(node), vscode.TreeItemCollapsibleState.None);
        t.description = `skipped: ${s?.reason ?? ''}`;
        t.iconPath = new vscode.ThemeIcon('warning');
        t.tooltip = new vscode.MarkdownString().appendText(`${node.fsPath}\n\nSkipped: ${s?.reason ?? ''}`);
        t.resourceUri = node;
        return t;
      }
      const view = index.view();
      const actors = new Set((view.mentionsByFile.get(node.file) ?? []).map((m) => m.actor)).size;
      const claims = view.claimsByFile.get(node.file)?.length ?? 0;
      const disputes = view.contradictions.filter((x) => x.sides.some((s) => s.file === node.file)).length;
      const t = new vscode.TreeItem(node.outlet ?? node.file, vscode.TreeItemCollapsibleState.None);
      t.id = `source:${node.file}`;
      t.description = [node.partial ? 'partially analysed' : '', node.published, `${actors} actors`, `${claims} claims`, `${disputes} in disputes`].filter(Boolean).join(' · ');
      t.tooltip = new vscode.MarkdownString().appendText(`${node.title ?? node.file}\n\n${node.outlet ?? 'outlet unknown'}${node.published ? `, ${node.published}` : ''}${node.byline ? `\nBy ${node.byline}` : ''}\n${node.file} · ${node.words} words`);
      t.iconPath = new vscode.ThemeIcon('file-text');
      const uri = index.uriOf(node.file);
      if (uri) {
        t.resourceUri = uri;
        t.command = { command: 'vscode.open', title: 'Open Article', arguments: [uri] };
      }
      return t;
    },
    dispose() {
      sub.dispose();
      changed.dispose();
    },
  };
}
