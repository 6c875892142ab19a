import * as vscode from 'vscode';
import type { ContradictionsProvider } from './contradictions-tree';
import type { WorkspaceIndex } from './workspace-index';

const KINDS: Array<{ type: string; label: string; detail: string }> = [
  { type: 'numeric', label: 'Numeric', detail: 'figures for the same quantity that cannot both hold' },
  { type: 'polarity', label: 'Polarity', detail: 'one source denies what another states' },
  { type: 'status', label: 'Status', detail: '"it is over" against "it goes on"' },
  { type: 'attribution', label: 'Attribution', detail: 'the same words or act credited to different people' },
  { type: 'temporal', label: 'Temporal', detail: 'different times for the same event' },
];

/** The filter of the Contradictions view: by kind, from its title bar; the view says what it hides. */
export function registerContradictionsFilter(index: WorkspaceIndex, provider: ContradictionsProvider, view: vscode.TreeView<unknown>): vscode.Disposable {
  const show = () => {
    const kinds = provider.filter();
    const n = provider.shown().length;
    void vscode.commands.executeCommand('setContext', 'triangulate.contradictionsFiltered', !!kinds);
    view.description = kinds ? `${[...kinds].join(', ')} only` : undefined;
    const total = index.view().contradictions.length;
    view.badge = n ? { value: n, tooltip: `${n} contradiction${n === 1 ? '' : 's'} between sources${kinds ? ` shown of ${total}` : ''}` } : undefined;
  };
  show();
  return vscode.Disposable.from(
    index.onDidChange(show),
    vscode.commands.registerCommand('triangulate.filterContradictions', async (picked?: string[]) => {
      let kinds = picked;
      if (!kinds) {
        const counts = new Map<string, number>();
        for (const x of index.view().contradictions) counts.set(x.kind, (counts.get(x.kind) ?? 0) + 1);
        const current = provider.filter();
        const items = KINDS.map((k) => ({ ...k, description: `${counts.get(k.type) ?? 0}`, picked: !current || current.has(k.type) }));
        const chosen = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Show contradictions of these kinds' });
        if (!chosen) return;
        kinds = chosen.map((c) => c.type);
      }
      provider.setFilter(kinds.length && kinds.length < KINDS.length ? new Set(kinds) : undefined);
      show();
    }),
    vscode.commands.registerCommand('triangulate.clearContradictionsFilter', () => {
      provider.setFilter(undefined);
      show();
    }),
  );
}
