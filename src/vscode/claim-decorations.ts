import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspace-index';
import { registerDecorationLayer, type LayerSpans } from './decoration-layer';

/** Marks claims in visible articles: figures boxed, hedged content dotted, disputed passages tinted. */
export function registerClaimDecorations(index: WorkspaceIndex): vscode.Disposable {
  const options: Record<string, vscode.DecorationRenderOptions> = {
    figure: { border: '1px solid', borderColor: new vscode.ThemeColor('triangulate.figureBorder'), borderRadius: '3px' },
    hedged: { textDecoration: 'underline dotted', color: undefined, overviewRulerColor: new vscode.ThemeColor('triangulate.hedgeForeground'), overviewRulerLane: vscode.OverviewRulerLane.Center },
    cue: { fontStyle: 'italic' },
    disputed: {
      backgroundColor: new vscode.ThemeColor('triangulate.disputedBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      isWholeLine: false,
    },
  };
  return registerDecorationLayer(index, options, 'highlight.claims', (view, file) => {
    const spans: LayerSpans = new Map([['figure', []], ['hedged', []], ['cue', []], ['disputed', []]]);
    for (const c of view.claimsByFile.get(file) ?? []) {
      for (const f of c.figures) spans.get('figure')!.push(f);
      if (c.hedged) spans.get('hedged')!.push(c.content);
      if (c.cueSpan) spans.get('cue')!.push(c.cueSpan);
    }
    for (const x of view.contradictions) {
      for (const s of x.sides) if (s.file === file) spans.get('disputed')!.push(s);
    }
    return spans;
  });
}
