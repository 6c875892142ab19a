import * as vscode from 'vscode';
import { createWorkspaceIndex } from './workspace-index';
import { registerActorDecorations } from './actor-decorations';
import { registerHoverProvider } from './hover-provider';
import { createContradictionsProvider } from './contradictions-tree';
import { createReportPanel } from './report-panel';
import { registerCommands } from './commands';
import { registerStatusBar } from './status-bar';

/** What the extension exposes to other extensions and to its tests. */
export interface TriangulateApi {
  whenReady(): Promise<void>;
  contradictionsProvider: vscode.TreeDataProvider<unknown>;
  reportHtml(): string | undefined;
}

/** Activates Triangulate: index the workspace's articles and wire the providers to it. */
export function activate(context: vscode.ExtensionContext): TriangulateApi {
  const log = vscode.window.createOutputChannel('Triangulate');
  const index = createWorkspaceIndex(log);
  const contradictions = createContradictionsProvider(index);
  const tree = vscode.window.createTreeView('triangulate.contradictions', { treeDataProvider: contradictions, showCollapseAll: true });
  const updateBadge = () => {
    const n = index.view().contradictions.length;
    tree.badge = n ? { value: n, tooltip: `${n} contradiction${n === 1 ? '' : 's'} between sources` } : undefined;
  };
  const report = createReportPanel(context, index);
  context.subscriptions.push(
    log, index, contradictions, tree, report,
    index.onDidChange(updateBadge),
    registerActorDecorations(index),
    registerHoverProvider(index),
    registerCommands(index, report),
    registerStatusBar(index),
  );
  return {
    whenReady: () => index.whenReady(),
    contradictionsProvider: contradictions as vscode.TreeDataProvider<unknown>,
    reportHtml: () => report.lastHtml(),
  };
}

/** Nothing to do: every resource is a subscription of the context. */
export function deactivate(): void {}
