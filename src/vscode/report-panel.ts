import * as vscode from 'vscode';
import { GENERATOR } from '../engine/report/build';
import type { Report } from '../engine/types';
import { PANEL_LIMITS, renderHtml } from '../engine/report/render';
import type { WorkspaceIndex } from './workspace-index';

/** The cross-source report webview; links in it open passages in the editor. */
export interface ReportPanel extends vscode.Disposable {
  show(): void;
  /** The HTML last rendered into the webview (for tests and exports). */
  lastHtml(): string | undefined;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The report panel's type: VS Code restores a panel of this type after a reload (see the serializer). */
export const REPORT_VIEW_TYPE = 'triangulate.report';

/** How long the report waits for the view to settle before it renders the page again. */
const RENDER_DELAY_MS = 400;

/** Creates the report panel controller (the panel opens on show()). */
export function createReportPanel(context: vscode.ExtensionContext, index: WorkspaceIndex): ReportPanel {
  let panel: vscode.WebviewPanel | undefined;
  let html: string | undefined;
  // The view the page shows, and a render waiting for changes to settle.
  let shown: unknown;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const subs: vscode.Disposable[] = [];

  // Each render replaces the whole page: only a page someone can see is rendered, once per view.
  const render = (asked = false) => {
    clearTimeout(timer);
    timer = undefined;
    if (!panel || (!panel.visible && !asked)) return;
    const view = index.view();
    if (view === shown && html !== undefined) return;
    shown = view;
    const script = panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'media', 'report.js'));
    // The page reads the view's own lists (a copy of every claim, as the exported report makes, is not needed to show them).
    const report: Report = { schemaVersion: 1, generator: GENERATOR, sources: view.sources, actors: view.actors, claims: view.claims, contradictions: view.contradictions };
    html = renderHtml(report, { nonce: nonce(), cspSource: panel.webview.cspSource, scriptUri: script.toString(), limits: PANEL_LIMITS });
    panel.webview.html = html;
  };

  // An edit changes the view twice (the article at once, then the rebuilt view): the page follows the last.
  subs.push(index.onDidChange(() => {
    if (!panel) return;
    clearTimeout(timer);
    timer = setTimeout(() => render(), RENDER_DELAY_MS);
  }));
  const options = (): vscode.WebviewOptions => ({
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
  });
  // Takes charge of a panel: one made by show(), or one VS Code restores after a reload.
  const adopt = (p: vscode.WebviewPanel) => {
    panel = p;
    p.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'triangulate.svg');
    p.onDidDispose(() => {
      if (panel !== p) return;
      panel = undefined;
      shown = undefined;
      clearTimeout(timer);
    }, null, subs);
    // A page hidden behind another tab is rendered when it is shown again.
    p.onDidChangeViewState(() => render(), null, subs);
    p.webview.onDidReceiveMessage((msg: unknown) => {
      // Messages come from a page that shows untrusted text: accept one shape, checked.
      if (!msg || typeof msg !== 'object') return;
      const m = msg as { type?: unknown; file?: unknown; start?: unknown; end?: unknown };
      if (m.type === 'reveal' && typeof m.file === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end)) {
        void vscode.commands.executeCommand('triangulate.revealPassage', m.file, m.start, m.end);
      }
    }, null, subs);
    render(true);
  };
  // A report left open when the window closed comes back with it, showing the view as it is now
  // (while the folder is read again, what is read so far; the page follows the view).
  subs.push(vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, {
    async deserializeWebviewPanel(restored) {
      if (panel) {
        restored.dispose();
        return;
      }
      restored.webview.options = options();
      html = undefined;
      adopt(restored);
    },
  }));
  return {
    show() {
      if (panel) {
        panel.reveal();
        render(true);
        return;
      }
      adopt(vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, 'Triangulate: Cross-Source Report', vscode.ViewColumn.Beside, options()));
    },
    lastHtml: () => html,
    dispose() {
      clearTimeout(timer);
      panel?.dispose();
      for (const s of subs) s.dispose();
    },
  };
}
