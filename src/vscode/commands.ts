import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspace-index';
import type { ReportPanel } from './report-panel';
import type { ActorNode } from './actors-tree';
import { revealSpan } from './positions';
import { exportReport } from './export-report';

/** The views commands may reveal nodes in. */
export interface Views {
  actors: vscode.TreeView<ActorNode>;
  actorNode(actorId: string): ActorNode | undefined;
}

/** Registers the palette and internal commands. */
export function registerCommands(index: WorkspaceIndex, report: ReportPanel, views: Views): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('triangulate.showReport', async () => {
      await index.whenReady();
      report.show();
    }),
    vscode.commands.registerCommand('triangulate.exportReport', (format?: unknown, target?: unknown) =>
      exportReport(index, { format: typeof format === 'string' ? format : undefined, uri: target instanceof vscode.Uri ? target : undefined })),
    vscode.commands.registerCommand('triangulate.reanalyze', () =>
      vscode.window.withProgress({ location: { viewId: 'triangulate.contradictions' }, title: 'Re-analyzing articles' }, () => index.reindex())),
    vscode.commands.registerCommand('triangulate.revealPassage', async (file: unknown, start: unknown, end: unknown) => {
      // Arguments may come from a hover link or the webview: only spans of indexed files are opened.
      if (typeof file !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return;
      const uri = index.uriOf(file);
      if (!uri) {
        void vscode.window.showWarningMessage(`Triangulate: ${file} is no longer in the index.`);
        return;
      }
      await revealSpan(uri, start as number, end as number);
    }),
    vscode.commands.registerCommand('triangulate.revealActor', async (actorId?: unknown) => {
      await index.whenReady();
      const view = index.view();
      let id = typeof actorId === 'string' ? actorId : undefined;
      if (!id) {
        const picked = await vscode.window.showQuickPick(
          [...view.actors].sort((a, b) => b.mentions.length - a.mentions.length).map((a) => ({
            label: a.name, description: `${a.type} · ${a.mentions.length} mentions`, detail: a.aliases.filter((x) => x !== a.name).join(', ') || undefined, id: a.id,
          })),
          { title: 'Triangulate: Reveal Actor', placeHolder: 'Actor name or alias', matchOnDetail: true });
        id = picked?.id;
      }
      const node = id ? views.actorNode(id) : undefined;
      if (!node) return;
      await views.actors.reveal(node, { select: true, focus: true, expand: true });
      const first = view.actorById.get(id!)?.mentions[0];
      const uri = first ? index.uriOf(first.file) : undefined;
      if (first && uri) await revealSpan(uri, first.start, first.end);
    }),
    vscode.commands.registerCommand('triangulate.nextContradiction', () => step(index, 1)),
    vscode.commands.registerCommand('triangulate.previousContradiction', () => step(index, -1)),
  );
}

/** Moves the cursor to the next (or previous) contradiction side in the active article, wrapping around. */
async function step(index: WorkspaceIndex, dir: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const key = editor ? index.keyOf(editor.document.uri) : undefined;
  if (!editor || !key) {
    void vscode.window.showInformationMessage('Triangulate: open an article file to step through its contradictions.');
    return;
  }
  const sides = index.view().contradictions.flatMap((x) => x.sides.filter((s) => s.file === key))
    .sort((a, b) => a.start - b.start)
    .filter((s, i, all) => i === 0 || s.start !== all[i - 1].start);
  if (!sides.length) {
    void vscode.window.showInformationMessage('Triangulate: no contradictions in this article.');
    return;
  }
  const at = editor.document.offsetAt(editor.selection.start);
  const target = dir === 1 ? sides.find((s) => s.start > at) ?? sides[0] : [...sides].reverse().find((s) => s.start < at) ?? sides[sides.length - 1];
  const range = new vscode.Range(editor.document.positionAt(target.start), editor.document.positionAt(target.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
