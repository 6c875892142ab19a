import * as vscode from 'vscode';
import { eventOfFile, outletName, sourceOf, type CorpusView } from '../engine/view';
import { clipText } from '../engine/escape';
import type { Actor, ActorType, Mention } from '../engine/types';
import type { WorkspaceIndex } from './workspace-index';

/** A node of the Actors tree: a type, an actor, or one mention. */
export type ActorNode =
  | { kind: 'type'; type: ActorType }
  | { kind: 'actor'; actorId: string; type: ActorType }
  | { kind: 'mention'; actorId: string; index: number };

const TYPE_LABELS: Record<ActorType, string> = { person: 'People', organization: 'Organizations', place: 'Places', other: 'Other' };
const TYPE_ICONS: Record<ActorType, string> = { person: 'person', organization: 'organization', place: 'location', other: 'symbol-misc' };
const ORDER: ActorType[] = ['person', 'organization', 'place', 'other'];

function sourcesOf(a: Actor): number {
  return new Set(a.mentions.map((m) => m.file)).size;
}

function perSource(view: CorpusView, a: Actor): string {
  const counts = new Map<string, number>();
  for (const m of a.mentions) counts.set(m.file, (counts.get(m.file) ?? 0) + 1);
  return [...counts].map(([f, n]) => `${outletName(sourceOf(view, f), f)}: ${n}`).join('\n');
}

/** Lists actors by type, each with its mentions across sources; a node per mention opens it. */
export function createActorsProvider(index: WorkspaceIndex): vscode.TreeDataProvider<ActorNode> & vscode.Disposable & { nodeFor(actorId: string): ActorNode | undefined } {
  const changed = new vscode.EventEmitter<ActorNode | undefined>();
  const sub = index.onDidChange(() => changed.fire(undefined));
  // Stable node objects keep expansion state and make reveal() work.
  const typeNodes = new Map<ActorType, ActorNode>(ORDER.map((t) => [t, { kind: 'type', type: t }]));
  const actorNodes = new Map<string, ActorNode>();
  const actorNode = (a: Actor): ActorNode => {
    let n = actorNodes.get(a.id);
    if (!n || (n.kind === 'actor' && n.type !== a.type)) actorNodes.set(a.id, (n = { kind: 'actor', actorId: a.id, type: a.type }));
    return n;
  };
  const mentionOf = (view: CorpusView, node: ActorNode): Mention | undefined =>
    node.kind === 'mention' ? view.actorById.get(node.actorId)?.mentions[node.index] : undefined;
  return {
    onDidChangeTreeData: changed.event,
    nodeFor(actorId) {
      const a = index.view().actorById.get(actorId);
      return a ? actorNode(a) : undefined;
    },
    getChildren(node) {
      const view = index.view();
      if (!node) return ORDER.filter((t) => view.actors.some((a) => a.type === t)).map((t) => typeNodes.get(t)!);
      if (node.kind === 'type') {
        return view.actors.filter((a) => a.type === node.type)
          .sort((a, b) => sourcesOf(b) - sourcesOf(a) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
          .map(actorNode);
      }
      if (node.kind === 'actor') return (view.actorById.get(node.actorId)?.mentions ?? []).map((_, i) => ({ kind: 'mention', actorId: node.actorId, index: i }));
      return [];
    },
    getParent(node) {
      if (node.kind === 'type') return undefined;
      if (node.kind === 'actor') return typeNodes.get(node.type);
      const a = index.view().actorById.get(node.actorId);
      return a ? actorNode(a) : undefined;
    },
    getTreeItem(node) {
      const view = index.view();
      if (node.kind === 'type') {
        const n = view.actors.filter((a) => a.type === node.type).length;
        const t = new vscode.TreeItem(TYPE_LABELS[node.type], vscode.TreeItemCollapsibleState.Expanded);
        t.id = `type:${node.type}`;
        t.description = String(n);
        t.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
        return t;
      }
      if (node.kind === 'actor') {
        const a = view.actorById.get(node.actorId);
        const t = new vscode.TreeItem(a?.name ?? '(gone)', vscode.TreeItemCollapsibleState.Collapsed);
        t.id = `actor:${node.actorId}:${a?.name ?? ''}`;
        if (a) {
          const aka = a.aliases.filter((x) => x !== a.name);
          // An actor is of one event (names are linked within an event): the event is named when the view has several.
          const event = eventOfFile(view, a.mentions[0]?.file ?? '');
          t.description = `${event.name ? `${event.name} · ` : ''}${a.mentions.length} in ${sourcesOf(a)} of ${event.sources} sources${aka.length ? ` · ${aka.slice(0, 3).join(', ')}` : ''}`;
          t.tooltip = new vscode.MarkdownString().appendText(`${a.name} (${a.type})\n${aka.length ? `Also: ${aka.join(', ')}\n` : ''}\n${perSource(view, a)}`);
        }
        t.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type], new vscode.ThemeColor(`triangulate.${node.type === 'other' ? 'person' : node.type}Foreground`));
        t.contextValue = 'actor';
        return t;
      }
      const m = mentionOf(view, node);
      const t = new vscode.TreeItem(m ? outletName(sourceOf(view, m.file), m.file) : '(gone)', vscode.TreeItemCollapsibleState.None);
      if (m) {
        t.id = `mention:${node.actorId}:${m.file}:${m.start}`;
        const doc = index.corpus.docs.get(m.file);
        const sentence = doc?.doc.sentences.find((s) => s.start <= m.start && m.end <= s.end);
        t.description = sentence ? clipText(doc!.doc.text.slice(sentence.start, sentence.end), 100) : m.text;
        t.command = { command: 'triangulate.revealPassage', title: 'Open Mention', arguments: [m.file, m.start, m.end] };
        t.iconPath = new vscode.ThemeIcon('mention');
      }
      return t;
    },
    dispose() {
      sub.dispose();
      changed.dispose();
    },
  };
}
