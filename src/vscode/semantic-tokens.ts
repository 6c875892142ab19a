import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspace-index';

const TOKEN_TYPES = ['person', 'organization', 'place', 'reportingCue', 'figure'];
/** The semantic-token legend; the types are contributed in package.json with TextMate scope fallbacks. */
export const LEGEND = new vscode.SemanticTokensLegend(TOKEN_TYPES, ['hedged', 'disputed']);

/** Semantic tokens for actors, reporting cues and figures, for themes that colour them. */
export function registerSemanticTokens(index: WorkspaceIndex): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    provideDocumentSemanticTokens(document) {
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      const key = index.keyOf(document.uri);
      const analysed = key ? index.corpus.docs.get(key) : undefined;
      if (!key || !analysed || analysed.doc.text !== document.getText()) return builder.build();
      if (!vscode.workspace.getConfiguration('triangulate').get<boolean>('highlight.semanticTokens', true)) return builder.build();
      const view = index.view();
      const disputed = new Set(view.contradictions.flatMap((x) => x.sides.filter((s) => s.file === key).map((s) => s.claim)));
      const tokens: { start: number; end: number; type: number; mods: number }[] = [];
      for (const m of view.mentionsByFile.get(key) ?? []) {
        const t = TOKEN_TYPES.indexOf((m.actor ? view.actorById.get(m.actor)?.type : undefined) ?? m.type);
        if (t >= 0) tokens.push({ start: m.start, end: m.end, type: t, mods: 0 });
      }
      for (const c of view.claimsByFile.get(key) ?? []) {
        const mods = (c.hedged ? 1 : 0) | (disputed.has(c.id) ? 2 : 0);
        if (c.cueSpan) tokens.push({ start: c.cueSpan.start, end: c.cueSpan.end, type: 3, mods });
        for (const f of c.figures) tokens.push({ start: f.start, end: f.end, type: 4, mods });
      }
      tokens.sort((a, b) => a.start - b.start);
      let last = -1;
      for (const t of tokens) {
        if (t.start < last) continue; // semantic tokens may not overlap
        // A token may not span lines: one token per line it covers.
        const sp = document.positionAt(t.start);
        const ep = document.positionAt(t.end);
        for (let line = sp.line; line <= ep.line; line++) {
          const from = line === sp.line ? sp.character : 0;
          const to = line === ep.line ? ep.character : document.lineAt(line).range.end.character;
          if (to > from) builder.push(line, from, to - from, t.type, t.mods);
        }
        last = t.end;
      }
      return builder.build();
    },
  };
  return vscode.Disposable.from(
    changed,
    index.onDidChange(() => changed.fire()),
    vscode.languages.registerDocumentSemanticTokensProvider([{ language: 'markdown' }, { language: 'plaintext' }, { language: 'news-article' }], provider, LEGEND),
  );
}
