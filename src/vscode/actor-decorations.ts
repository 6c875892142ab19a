import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspace-index';
import { registerDecorationLayer, type LayerSpans } from './decoration-layer';

const TYPES = ['person', 'organization', 'place'] as const;

/** Underlines actor mentions by type (theme colours triangulate.*Foreground) in visible articles. */
export function registerActorDecorations(index: WorkspaceIndex): vscode.Disposable {
  const options = Object.fromEntries(TYPES.map((t) => [t, {
    borderColor: new vscode.ThemeColor(`triangulate.${t}Foreground`),
    borderStyle: 'none none solid none',
    borderWidth: '0 0 2px 0',
    overviewRulerColor: new vscode.ThemeColor(`triangulate.${t}Foreground`),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  } satisfies vscode.DecorationRenderOptions]));
  return registerDecorationLayer(index, options, 'highlight.actors', (view, file) => {
    const spans: LayerSpans = new Map(TYPES.map((t) => [t, []]));
    for (const m of view.mentionsByFile.get(file) ?? []) {
      const type = (m.actor ? view.actorById.get(m.actor)?.type : undefined) ?? m.type;
      spans.get(type)?.push(m);
    }
    return spans;
  });
}
