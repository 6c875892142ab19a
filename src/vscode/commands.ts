import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspace-index';
import type { ReportPanel } from './report-panel';
import { revealSpan } from './positions';

/** Registers the palette and internal commands. */
export function registerCommands(index: WorkspaceIndex, report: ReportPanel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('triangulate.showReport', async () => {
      await index.whenReady();
      report.show();
    }),
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
  );
}
