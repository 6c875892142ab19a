import * as vscode from 'vscode';

/** Converts an engine span (UTF-16 offsets) into a range of a document. */
export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** Opens a file of the index and selects a span in it. */
export async function revealSpan(uri: vscode.Uri, start: number, end: number, preview = true): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = toRange(doc, start, end);
  await vscode.window.showTextDocument(doc, { selection: range, preview, preserveFocus: false });
}
