import * as vscode from 'vscode';
import { actorAt } from '../engine/view';
import type { WorkspaceIndex } from './workspace-index';

/** Quick fixes on an underlined actor: not an actor, change its type, merge, rename. */
export function registerCodeActions(index: WorkspaceIndex): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range) {
      const key = index.keyOf(document.uri);
      if (!key || index.corpus.docs.get(key)?.doc.text !== document.getText()) return [];
      const offset = document.offsetAt(range.start);
      const hit = actorAt(index.view(), key, offset);
      if (!hit) return [];
      const action = (title: string, command: string) => {
        const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        a.command = { command, title, arguments: [offset] };
        return a;
      };
      return [
        action(`Triangulate: “${hit.mention.text}” is not an actor`, 'triangulate.notAnActor'),
        action(`Triangulate: change the type of ${hit.actor.name} (${hit.actor.type})…`, 'triangulate.changeActorType'),
        action(`Triangulate: ${hit.actor.name} is the same as…`, 'triangulate.mergeActor'),
        action(`Triangulate: this mention is not ${hit.actor.name}`, 'triangulate.splitActor'),
        action(`Triangulate: rename ${hit.actor.name}…`, 'triangulate.renameActor'),
      ];
    },
  };
  return vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'vscode-remote' }], provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
