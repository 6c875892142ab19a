import * as vscode from 'vscode';
import { clipText } from '../engine/escape';
import type { Annotation } from '../engine/annotations/index';
import type { WorkspaceIndex } from './workspace-index';
import type { AnnotationStore } from './annotation-store';

/** A row of the Corrections view: one annotation, placed or orphaned. */
export interface AnnotationNode {
  annotation: Annotation;
  orphan?: string;
}

const LABELS: Record<Annotation['kind'], string> = {
  'actor.mark': 'Marked as actor', 'actor.reject': 'Not an actor', 'actor.retype': 'Type changed', 'actor.merge': 'Merged actors',
  'actor.split': 'Split from actor', 'actor.rename': 'Renamed', 'claim.speaker': 'Speaker set', 'claim.mark': 'Marked as claim',
  'claim.verdict': 'Verdict', 'contradiction.confirm': 'Contradiction confirmed', 'contradiction.dismiss': 'Contradiction dismissed',
  'contradiction.note': 'Note on contradiction', note: 'Note',
};

/** Lists the journalist's corrections; those that no longer anchor to their text come first, as orphans. */
export function createAnnotationsProvider(index: WorkspaceIndex, store: AnnotationStore): vscode.TreeDataProvider<AnnotationNode> & vscode.Disposable {
  const changed = new vscode.EventEmitter<undefined>();
  const subs = [index.onDidChange(() => changed.fire(undefined)), store.onDidChange(() => changed.fire(undefined))];
  return {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      if (node) return [];
      const applied = index.annotations();
      const orphans = new Map(applied.orphans.map((o) => [o.annotation.id, o.message]));
      return [...store.file().annotations]
        .map((annotation) => ({ annotation, orphan: orphans.get(annotation.id) }))
        .sort((a, b) => Number(!!b.orphan) - Number(!!a.orphan));
    },
    getTreeItem(node) {
      const a = node.annotation;
      const body = a as unknown as { reason?: string; text?: string; name?: string; actorType?: string; verdict?: string; speakerName?: string };
      const detail = body.reason ?? body.text ?? body.name ?? body.actorType ?? body.verdict ?? body.speakerName ?? '';
      const t = new vscode.TreeItem(`${LABELS[a.kind]}${detail ? `: ${clipText(detail, 60)}` : ''}`, vscode.TreeItemCollapsibleState.None);
      t.id = `annotation:${a.id}`;
      t.description = node.orphan ? `orphaned · ${a.target.file}` : `${a.target.file} · “${clipText(a.target.selector.exact, 50)}”`;
      t.tooltip = new vscode.MarkdownString().appendText(`${LABELS[a.kind]} (${a.created})\n\n“${clipText(a.target.selector.exact, 300)}” in ${a.target.file}${node.orphan ? `\n\nOrphaned: ${node.orphan}` : ''}`);
      t.iconPath = new vscode.ThemeIcon(node.orphan ? 'warning' : a.kind.startsWith('contradiction') ? 'law' : a.kind.startsWith('claim') ? 'quote' : a.kind === 'note' ? 'note' : 'person');
      t.contextValue = node.orphan ? 'annotation.orphan' : 'annotation';
      const placed = index.annotations().resolved.find((r) => r.annotation.id === a.id);
      if (placed) t.command = { command: 'triangulate.revealPassage', title: 'Open', arguments: [placed.file, placed.start, placed.end] };
      return t;
    },
    dispose() {
      for (const s of subs) s.dispose();
      changed.dispose();
    },
  };
}
