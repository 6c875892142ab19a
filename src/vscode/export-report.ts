import * as vscode from 'vscode';
import { buildReport } from '../engine/report/build';
import { renderHtml, renderMarkdown } from '../engine/report/render';
import { claimsCsv, contradictionsCsv } from '../engine/report/csv';
import type { Report } from '../engine/types';
import type { WorkspaceIndex } from './workspace-index';
import { writeAtomically } from './files';

interface Format {
  label: string;
  detail: string;
  ext: string;
  render(r: Report): string;
}

const FORMATS: Format[] = [
  { label: 'JSON report (schema v1)', detail: 'Sources, actors with every mention, claims, contradictions, with UTF-16 offsets', ext: 'json', render: (r) => JSON.stringify(r, null, 1) + '\n' },
  { label: 'CSV: contradictions', detail: 'One row per side of each contradiction', ext: 'csv', render: contradictionsCsv },
  { label: 'CSV: claims', detail: 'One row per claim: speaker, cue, hedges, figures', ext: 'csv', render: claimsCsv },
  { label: 'Markdown report', detail: 'Contradictions with quotes, actors by source, claims by speaker', ext: 'md', render: renderMarkdown },
  { label: 'HTML report', detail: 'The same report as a standalone page', ext: 'html', render: (r) => renderHtml(r) },
];

/** Asks for a format and a place, then exports the cross-source report there. */
export async function exportReport(index: WorkspaceIndex, preset?: { format?: string; uri?: vscode.Uri }): Promise<vscode.Uri | undefined> {
  await index.whenReady();
  const format = preset?.format ? FORMATS.find((f) => f.ext === preset.format || f.label === preset.format)
    : await vscode.window.showQuickPick(FORMATS, { title: 'Triangulate: Export Report', placeHolder: 'Format' });
  if (!format) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = preset?.uri ?? await vscode.window.showSaveDialog({
    title: 'Export the cross-source report',
    defaultUri: folder ? vscode.Uri.joinPath(folder, `triangulate-report.${format.ext}`) : undefined,
    filters: { [format.label]: [format.ext] },
  });
  if (!uri) return undefined;
  try {
    await writeAtomically(uri, format.render(buildReport(index.view())));
  } catch (e) {
    void vscode.window.showErrorMessage(`Triangulate could not write ${uri.fsPath}: ${(e as Error).message}`);
    return undefined;
  }
  if (!preset?.uri) void vscode.window.showInformationMessage(`Triangulate: report exported to ${vscode.workspace.asRelativePath(uri)}.`);
  return uri;
}
