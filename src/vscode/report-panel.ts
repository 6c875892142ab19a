import * as vscode from 'vscode';
import { buildReport } from '../engine/report/build';
import { renderHtml } from '../engine/report/render';
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

/** Creates the report panel controller (the panel opens on show()). */
export function createReportPanel(context: vscode.ExtensionContext, index: WorkspaceIndex): ReportPanel {
  let panel: vscode.WebviewPanel | undefined;
  let html: string | undefined;
  const subs: vscode.Disposable[] = [];

  const render = () => {
    if (!panel) return;
    const script = panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'media', 'report.js'));
    html = renderHtml(buildReport(index.view()), { nonce: nonce(), cspSource: panel.webview.cspSource, scriptUri: script.toString() });
    panel.webview.html = html;
  };

  subs.push(index.onDidChange(() => render()));
  return {
    show() {
      if (panel) {
        panel.reveal();
        render();
        return;
      }
      panel = vscode.window.createWebviewPanel('triangulate.report', 'Triangulate: Cross-Source Report', vscode.ViewColumn.Beside, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
      });
      panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'triangulate.svg');
      panel.onDidDispose(() => (panel = undefined), null, subs);
      panel.webview.onDidReceiveMessage((msg: unknown) => {
        // Messages come from a page that shows untrusted text: accept one shape, checked.
        if (!msg || typeof msg !== 'object') return;
        const m = msg as { type?: unknown; file?: unknown; start?: unknown; end?: unknown };
        if (m.type === 'reveal' && typeof m.file === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end)) {
          void vscode.commands.executeCommand('triangulate.revealPassage', m.file, m.start, m.end);
        }
      }, null, subs);
      render();
    },
    lastHtml: () => html,
    dispose() {
      panel?.dispose();
      for (const s of subs) s.dispose();
    },
  };
}
