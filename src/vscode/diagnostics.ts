import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspace-index';
import { toRange } from './positions';

/** Optionally lists contradictions as Information diagnostics in the Problems panel. */
export function registerDiagnostics(index: WorkspaceIndex): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('triangulate');
  const enabled = () => vscode.workspace.getConfiguration('triangulate').get<boolean>('diagnostics.enabled', false);
  const update = async () => {
    collection.clear();
    if (!enabled()) return;
    const view = index.view();
    const docs = new Map<string, vscode.TextDocument>();
    // Diagnostics need positions: documents are opened (not shown) to convert offsets.
    const docOf = async (file: string) => {
      const uri = index.uriOf(file);
      if (!uri) return undefined;
      let doc = docs.get(file);
      if (!doc) docs.set(file, (doc = await vscode.workspace.openTextDocument(uri)));
      return doc;
    };
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const x of view.contradictions) {
      for (const s of x.sides) {
        const doc = await docOf(s.file);
        if (!doc) continue;
        const d = new vscode.Diagnostic(toRange(doc, s.start, s.end), `${x.kind}: ${x.summary}`, vscode.DiagnosticSeverity.Information);
        d.source = 'Triangulate';
        d.code = x.id;
        const related: vscode.DiagnosticRelatedInformation[] = [];
        for (const o of x.sides.filter((o) => o !== s).slice(0, 5)) {
          const od = await docOf(o.file);
          if (od) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(od.uri, toRange(od, o.start, o.end)), `${o.outlet ?? o.file}: ${o.text.slice(0, 120)}`));
        }
        d.relatedInformation = related;
        let list = byFile.get(doc.uri.toString());
        if (!list) byFile.set(doc.uri.toString(), (list = []));
        list.push(d);
      }
    }
    for (const [u, ds] of byFile) collection.set(vscode.Uri.parse(u), ds);
  };
  return vscode.Disposable.from(
    collection,
    index.onDidChange(() => void update()),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('triangulate.diagnostics')) void update(); }),
  );
}
