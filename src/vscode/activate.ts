import * as vscode from 'vscode';
import { createWorkspaceIndex } from './workspace-index';
import { createAnalysisClient, type AnalysisStats, type StartEngine } from './analysis-client';
import { createAnnotationStore } from './annotation-store';
import { registerActorDecorations } from './actor-decorations';
import { registerClaimDecorations } from './claim-decorations';
import { registerHoverProvider } from './hover-provider';
import { createContradictionsProvider } from './contradictions-tree';
import { registerContradictionsFilter } from './contradictions-filter';
import { createActorsProvider } from './actors-tree';
import { createSourcesProvider } from './sources-tree';
import { createReportPanel } from './report-panel';
import { registerCommands } from './commands';
import { registerStatusBar } from './status-bar';
import { registerDiagnostics } from './diagnostics';
import { registerSemanticTokens } from './semantic-tokens';
import { registerAnnotationCommands } from './annotation-commands';
import { createAnnotationsProvider } from './annotations-tree';
import { registerCodeActions } from './code-actions';

/** What the extension exposes to other extensions and to its tests. */
export interface TriangulateApi {
  whenReady(): Promise<void>;
  contradictionsProvider: vscode.TreeDataProvider<unknown>;
  actorsProvider: vscode.TreeDataProvider<unknown>;
  sourcesProvider: vscode.TreeDataProvider<unknown>;
  annotationsProvider: vscode.TreeDataProvider<unknown>;
  reportHtml(): string | undefined;
  /** Where the analysis engine runs (a worker thread on the desktop, a Web Worker on the web), and how many analyses it and the cache gave. */
  analysisStats(): AnalysisStats;
}

/** How a build starts the analysis engine (a worker thread on the desktop, a Web Worker in the browser). */
export type EngineFactory = (context: vscode.ExtensionContext, log: vscode.OutputChannel) => StartEngine;

/** Activates Triangulate: index the workspace's articles and wire the providers to it. Shared by both builds. */
export function activateTriangulate(context: vscode.ExtensionContext, engine: EngineFactory): TriangulateApi {
  const log = vscode.window.createOutputChannel('Triangulate');
  const client = createAnalysisClient(context, log, engine(context, log));
  const store = createAnnotationStore(log);
  const index = createWorkspaceIndex(log, client, store);
  const contradictions = createContradictionsProvider(index);
  const actors = createActorsProvider(index);
  const sources = createSourcesProvider(index);
  const contradictionsView = vscode.window.createTreeView('triangulate.contradictions', { treeDataProvider: contradictions, showCollapseAll: true });
  const actorsView = vscode.window.createTreeView('triangulate.actors', { treeDataProvider: actors, showCollapseAll: true });
  const sourcesView = vscode.window.createTreeView('triangulate.sources', { treeDataProvider: sources });
  const corrections = createAnnotationsProvider(index, store);
  const correctionsView = vscode.window.createTreeView('triangulate.annotations', { treeDataProvider: corrections });
  const report = createReportPanel(context, index);
  context.subscriptions.push(
    log, client, store, index, contradictions, actors, sources, contradictionsView, actorsView, sourcesView, report,
    registerContradictionsFilter(index, contradictions, contradictionsView as vscode.TreeView<unknown>),
    registerActorDecorations(index),
    registerClaimDecorations(index),
    registerHoverProvider(index),
    registerCommands(index, report, { actors: actorsView, actorNode: (id) => actors.nodeFor(id) }),
    registerStatusBar(index),
    registerDiagnostics(index),
    registerSemanticTokens(index),
    corrections, correctionsView,
    registerAnnotationCommands(index, store),
    registerCodeActions(index),
  );
  return {
    whenReady: () => index.whenReady(),
    contradictionsProvider: contradictions as vscode.TreeDataProvider<unknown>,
    actorsProvider: actors as vscode.TreeDataProvider<unknown>,
    sourcesProvider: sources as vscode.TreeDataProvider<unknown>,
    annotationsProvider: corrections as vscode.TreeDataProvider<unknown>,
    reportHtml: () => report.lastHtml(),
    analysisStats: () => client.stats(),
  };
}
