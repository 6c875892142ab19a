import * as vscode from 'vscode';
import { clipText } from '../engine/escape';
import { eventOfFile } from '../engine/view';
import type { Contradiction, ContradictionSide } from '../engine/types';
import type { WorkspaceIndex } from './workspace-index';

/** A node of the Contradictions tree: a contradiction, or one of its sides. */
export type ContradictionNode =
  | { kind: 'contradiction'; item: Contradiction }
  | { kind: 'side'; parent: Contradiction; side: ContradictionSide; index: number };

const KIND_ICONS: Record<string, string> = {
  numeric: 'symbol-number', polarity: 'diff', status: 'pulse', attribution: 'person', temporal: 'calendar',
};

/** The Contradictions tree's provider, with the kinds it is filtered to (all when undefined). */
export interface ContradictionsProvider extends vscode.TreeDataProvider<ContradictionNode>, vscode.Disposable {
  filter(): ReadonlySet<string> | undefined;
  setFilter(kinds: ReadonlySet<string> | undefined): void;
  /** The contradictions the tree shows now. */
  shown(): Contradiction[];
}

/** Lists the contradictions between sources; each expands into its sides. */
export function createContradictionsProvider(index: WorkspaceIndex): ContradictionsProvider {
  const changed = new vscode.EventEmitter<ContradictionNode | undefined>();
  const sub = index.onDidChange(() => changed.fire(undefined));
  const nodes = new Map<string, ContradictionNode>();
  const nodeOf = (item: Contradiction): ContradictionNode => {
    // Stable node objects per contradiction id make reveal() and expansion state work.
    const key = `${item.id}:${item.summary}`;
    let n = nodes.get(key);
    if (!n) nodes.set(key, (n = { kind: 'contradiction', item }));
    return n;
  };
  let kinds: ReadonlySet<string> | undefined;
  const shown = () => index.view().contradictions.filter((x) => !kinds || kinds.has(x.kind));
  return {
    onDidChangeTreeData: changed.event,
    filter: () => kinds,
    setFilter(k) {
      kinds = k;
      changed.fire(undefined);
    },
    shown,
    getChildren(node) {
      if (!node) {
        nodes.clear();
        return shown().map(nodeOf);
      }
      if (node.kind === 'contradiction') return node.item.sides.map((side, i) => ({ kind: 'side', parent: node.item, side, index: i }));
      return [];
    },
    getParent(node) {
      return node.kind === 'side' ? nodeOf(node.parent) : undefined;
    },
    getTreeItem(node) {
      if (node.kind === 'contradiction') {
        const x = node.item;
        const t = new vscode.TreeItem(x.topic ? capitalize(x.topic) : x.summary, vscode.TreeItemCollapsibleState.Collapsed);
        t.id = `x:${x.id}:${x.topic}`;
        const annotated = x as Contradiction & { confirmed?: boolean; notes?: string[] };
        const event = eventOfFile(index.view(), x.sides[0]?.file ?? '').name;
        t.description = `${event ? `${event} · ` : ''}${annotated.confirmed ? '✓ confirmed · ' : ''}${x.kind}${x.revision ? ' · revision' : ''} · ${x.sides.length} sides`;
        t.tooltip = new vscode.MarkdownString().appendText(`${x.summary}\n\nconfidence ${Math.round(x.confidence * 100)}%${annotated.notes?.length ? `\n\nNotes:\n${annotated.notes.join('\n')}` : ''}`);
        t.iconPath = new vscode.ThemeIcon(KIND_ICONS[x.kind] ?? 'warning');
        t.contextValue = `contradiction.${x.kind}`;
        return t;
      }
      const s = node.side;
      const who = s.speakerText ? `${s.outlet ?? s.file} · ${s.speakerText}` : (s.outlet ?? s.file);
      const t = new vscode.TreeItem(s.value ? `${s.value} — ${who}` : who, vscode.TreeItemCollapsibleState.None);
      t.id = `x:${node.parent.id}:${node.parent.topic}:${node.index}`;
      t.description = clipText(s.text, 90);
      t.tooltip = new vscode.MarkdownString().appendText(`${s.outlet ?? s.file}${s.speakerText ? `, ${s.speakerText}` : ''}\n\n“${clipText(s.text, 400)}”`);
      t.iconPath = new vscode.ThemeIcon('quote');
      t.command = { command: 'triangulate.revealPassage', title: 'Open Passage', arguments: [s.file, s.start, s.end] };
      t.contextValue = 'contradictionSide';
      return t;
    },
    dispose() {
      sub.dispose();
      changed.dispose();
    },
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
