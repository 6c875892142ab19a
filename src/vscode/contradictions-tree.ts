import * as vscode from 'vscode';
import { clipText } from '../engine/escape';
import { eventOfFile } from '../engine/view';
import type { Contradiction, ContradictionSide } from '../engine/types';
import type { WorkspaceIndex } from './workspace-index';

/** A node of the Contradictions tree: a story (when the folder holds several), a contradiction, or one of its sides. */
export type ContradictionNode =
  | { kind: 'story'; name: string; items: Contradiction[]; of: number }
  | { kind: 'contradiction'; item: Contradiction }
  | { kind: 'side'; parent: Contradiction; side: ContradictionSide; index: number };

/** Stories up to this many are shown expanded; a folder of more shows them closed, one line each. */
const OPEN_STORIES = 5;

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
  const storyOf = (x: Contradiction) => eventOfFile(index.view(), x.sides[0]?.file ?? '').name ?? '';
  // The stories of the contradictions shown, when there are several (each contradiction is within one story).
  const stories = new Map<string, ContradictionNode & { kind: 'story' }>();
  const storyNodes = (): Array<ContradictionNode & { kind: 'story' }> | undefined => {
    stories.clear();
    const byStory = new Map<string, Contradiction[]>();
    for (const x of shown()) {
      const name = storyOf(x);
      (byStory.get(name) ?? byStory.set(name, []).get(name)!).push(x);
    }
    if (byStory.size < 2) return undefined;
    const names = [...byStory.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) stories.set(name, { kind: 'story', name, items: byStory.get(name)!, of: byStory.size });
    return [...stories.values()];
  };
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
        return storyNodes() ?? shown().map(nodeOf);
      }
      if (node.kind === 'story') return node.items.map(nodeOf);
      if (node.kind === 'contradiction') return node.item.sides.map((side, i) => ({ kind: 'side', parent: node.item, side, index: i }));
      return [];
    },
    getParent(node) {
      if (node.kind === 'side') return nodeOf(node.parent);
      return node.kind === 'contradiction' ? stories.get(storyOf(node.item)) : undefined;
    },
    getTreeItem(node) {
      if (node.kind === 'story') {
        const t = new vscode.TreeItem(node.name || '(top folder)', node.of <= OPEN_STORIES ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        t.id = `s:${node.name}`;
        t.description = `${node.items.length} contradiction${node.items.length === 1 ? '' : 's'}`;
        t.tooltip = `The story in ${node.name ? `the folder ${node.name}` : 'the top folder'}: its articles are compared with each other only`;
        t.iconPath = new vscode.ThemeIcon('folder');
        t.contextValue = 'story';
        return t;
      }
      if (node.kind === 'contradiction') {
        const x = node.item;
        const t = new vscode.TreeItem(x.topic ? capitalize(x.topic) : x.summary, vscode.TreeItemCollapsibleState.Collapsed);
        t.id = `x:${x.id}:${x.topic}`;
        const annotated = x as Contradiction & { confirmed?: boolean; notes?: string[] };
        // The story is named here when no story node above names it.
        const event = stories.size ? '' : storyOf(x);
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
