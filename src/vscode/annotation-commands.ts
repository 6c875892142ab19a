import * as vscode from 'vscode';
import {
  anchorTarget, contradictionAnchors, fromW3C, newAnnotationId, toW3C,
  type Annotation, type AnnotationsFile, type Target,
} from '../engine/annotations/index';
import { actorAt, claimAt } from '../engine/view';
import type { ActorType, Contradiction } from '../engine/types';
import type { WorkspaceIndex } from './workspace-index';
import type { AnnotationStore } from './annotation-store';
import type { ContradictionNode } from './contradictions-tree';
import { writeAtomically } from './files';

const TYPES: { label: string; type: ActorType }[] = [
  { label: 'Person', type: 'person' }, { label: 'Organization', type: 'organization' }, { label: 'Place', type: 'place' }, { label: 'Other', type: 'other' },
];

/** Commands that record the journalist's corrections (never touching the articles). */
export function registerAnnotationCommands(index: WorkspaceIndex, store: AnnotationStore): vscode.Disposable {
  const texts = () => new Map([...index.corpus.docs].map(([k, a]) => [k, a.doc.text]));

  /** The article under the cursor: its engine key, its text as analysed, and the cursor offset. */
  const here = () => {
    const editor = vscode.window.activeTextEditor;
    const key = editor ? index.keyOf(editor.document.uri) : undefined;
    if (!editor || !key) {
      void vscode.window.showInformationMessage('Triangulate: put the cursor in an article file first.');
      return undefined;
    }
    const text = index.corpus.docs.get(key)?.doc.text;
    if (text !== editor.document.getText()) {
      void vscode.window.showInformationMessage('Triangulate: the article is being re-analysed; try again in a moment.');
      return undefined;
    }
    const sel = editor.selection;
    return { editor, key, text, start: editor.document.offsetAt(sel.start), end: editor.document.offsetAt(sel.end) };
  };

  const record = async (fields: Record<string, unknown> & { kind: Annotation['kind']; target: Target }) => {
    const now = new Date();
    const id = newAnnotationId(now, `${fields.kind}:${JSON.stringify(fields.target)}`, store.file());
    const annotation = { id, created: now.toISOString(), ...fields } as unknown as Annotation;
    return store.add(annotation);
  };

  /** The actor mention at the cursor (or given by a tree/quick-fix argument), anchored. */
  const mentionHere = (arg?: unknown) => {
    const at = here();
    if (!at) return undefined;
    const view = index.view();
    const offset = typeof arg === 'number' ? arg : at.start;
    const hit = actorAt(view, at.key, offset);
    if (!hit) {
      void vscode.window.showInformationMessage('Triangulate: there is no actor at the cursor.');
      return undefined;
    }
    return { ...at, hit, target: anchorTarget(at.key, at.text, hit.mention.start, hit.mention.end) };
  };

  /** The claim whose passage holds the cursor. */
  const claimHere = () => {
    const at = here();
    if (!at) return undefined;
    const claim = claimAt(index.view(), at.key, at.start);
    if (!claim) {
      void vscode.window.showInformationMessage('Triangulate: there is no claim at the cursor.');
      return undefined;
    }
    return { at, claim };
  };

  const contradictionOf = (arg: unknown): Contradiction | undefined => {
    const node = arg as ContradictionNode | undefined;
    if (node && node.kind === 'contradiction') return node.item;
    if (node && node.kind === 'side') return node.parent;
    return undefined;
  };

  const pickContradiction = async (arg: unknown) => contradictionOf(arg) ?? (await vscode.window.showQuickPick(
    index.view().contradictions.map((c) => ({ label: c.topic, description: c.kind, detail: c.summary, c })),
    { title: 'Which contradiction?', matchOnDetail: true }))?.c;

  return vscode.Disposable.from(
    // Optional trailing arguments answer the prompts, for scripted use and the tests.
    vscode.commands.registerCommand('triangulate.dismissContradiction', async (arg?: unknown, given?: unknown) => {
      const c = await pickContradiction(arg);
      if (!c) return;
      const reason = typeof given === 'string' ? given : await vscode.window.showInputBox({ title: `Dismiss: ${c.topic}`, prompt: 'Why is this not a contradiction? (optional; saved with the dismissal)' });
      if (reason === undefined) return;
      const ref = contradictionAnchors(c, texts());
      await record({ kind: 'contradiction.dismiss', ...ref, ...(reason.trim() ? { reason: reason.trim() } : {}) });
    }),
    vscode.commands.registerCommand('triangulate.confirmContradiction', async (arg?: unknown) => {
      const c = await pickContradiction(arg);
      if (c) await record({ kind: 'contradiction.confirm', ...contradictionAnchors(c, texts()) });
    }),
    vscode.commands.registerCommand('triangulate.noteContradiction', async (arg?: unknown) => {
      const c = await pickContradiction(arg);
      if (!c) return;
      const text = await vscode.window.showInputBox({ title: `Note on: ${c.topic}`, prompt: 'Your note' });
      if (text?.trim()) await record({ kind: 'contradiction.note', ...contradictionAnchors(c, texts()), text: text.trim() });
    }),
    vscode.commands.registerCommand('triangulate.notAnActor', async (offset?: unknown) => {
      const m = mentionHere(offset);
      if (m) await record({ kind: 'actor.reject', target: m.target });
    }),
    vscode.commands.registerCommand('triangulate.changeActorType', async (offset?: unknown, given?: unknown) => {
      const m = mentionHere(offset);
      if (!m) return;
      const t = TYPES.find((x) => x.type === given) ?? await vscode.window.showQuickPick(TYPES.filter((x) => x.type !== m.hit.actor.type), { title: `${m.hit.actor.name} is a…` });
      if (t) await record({ kind: 'actor.retype', target: m.target, actorType: t.type });
    }),
    vscode.commands.registerCommand('triangulate.renameActor', async (offset?: unknown) => {
      const m = mentionHere(offset);
      if (!m) return;
      const name = await vscode.window.showInputBox({ title: 'Canonical name', value: m.hit.actor.name });
      if (name?.trim() && name.trim() !== m.hit.actor.name) await record({ kind: 'actor.rename', target: m.target, name: name.trim() });
    }),
    vscode.commands.registerCommand('triangulate.mergeActor', async (offset?: unknown, given?: unknown) => {
      const m = mentionHere(offset);
      if (!m) return;
      const others = index.view().actors.filter((a) => a.id !== m.hit.actor.id && a.mentions.length);
      const named = others.find((a) => a.name === given);
      const pick = named ? { a: named } : await vscode.window.showQuickPick(
        others.map((a) => ({ label: a.name, description: `${a.type} · ${a.mentions.length} mentions`, detail: a.aliases.join(', '), a })),
        { title: `${m.hit.actor.name} is the same as…`, matchOnDetail: true });
      if (!pick) return;
      const first = pick.a.mentions[0];
      const text = texts().get(first.file);
      if (text) await record({ kind: 'actor.merge', target: m.target, with: anchorTarget(first.file, text, first.start, first.end) });
    }),
    vscode.commands.registerCommand('triangulate.splitActor', async (offset?: unknown) => {
      const m = mentionHere(offset);
      if (m) await record({ kind: 'actor.split', target: m.target });
    }),
    vscode.commands.registerCommand('triangulate.markActor', async () => {
      const at = here();
      if (!at) return;
      if (at.end <= at.start) {
        void vscode.window.showInformationMessage('Triangulate: select the name first.');
        return;
      }
      const t = await vscode.window.showQuickPick(TYPES, { title: `“${at.text.slice(at.start, at.end)}” is a…` });
      if (t) await record({ kind: 'actor.mark', target: anchorTarget(at.key, at.text, at.start, at.end), actorType: t.type });
    }),
    vscode.commands.registerCommand('triangulate.setClaimVerdict', async () => {
      const { at, claim } = claimHere() ?? {};
      if (!at || !claim) return;
      const v = await vscode.window.showQuickPick([{ label: 'Verified', verdict: 'verified' }, { label: 'Disputed', verdict: 'disputed' }], { title: 'This claim is…' });
      if (v) await record({ kind: 'claim.verdict', target: anchorTarget(at.key, at.text, claim.start, claim.end), verdict: v.verdict });
    }),
    vscode.commands.registerCommand('triangulate.setClaimSpeaker', async () => {
      const { at, claim } = claimHere() ?? {};
      if (!at || !claim) return;
      const pick = await vscode.window.showQuickPick(
        index.view().actors.map((a) => ({ label: a.name, description: a.type, a })),
        { title: 'Who says this?' });
      if (pick) await record({ kind: 'claim.speaker', target: anchorTarget(at.key, at.text, claim.start, claim.end), speakerName: pick.a.name });
    }),
    vscode.commands.registerCommand('triangulate.markClaim', async () => {
      const at = here();
      if (!at) return;
      const sentence = index.corpus.docs.get(at.key)?.doc.sentences.find((s) => s.start <= at.start && at.start <= s.end);
      if (!sentence) return;
      await record({ kind: 'claim.mark', target: anchorTarget(at.key, at.text, sentence.start, sentence.end) });
    }),
    vscode.commands.registerCommand('triangulate.addNote', async () => {
      const at = here();
      if (!at) return;
      const start = at.end > at.start ? at.start : index.corpus.docs.get(at.key)?.doc.sentences.find((s) => s.start <= at.start && at.start <= s.end)?.start;
      const end = at.end > at.start ? at.end : index.corpus.docs.get(at.key)?.doc.sentences.find((s) => s.start <= at.start && at.start <= s.end)?.end;
      if (start === undefined || end === undefined) return;
      const text = await vscode.window.showInputBox({ title: 'Note', prompt: `On “${at.text.slice(start, Math.min(end, start + 60))}…”` });
      if (text?.trim()) await record({ kind: 'note', target: anchorTarget(at.key, at.text, start, end), text: text.trim() });
    }),
    vscode.commands.registerCommand('triangulate.removeAnnotation', async (arg?: unknown) => {
      const id = typeof arg === 'string' ? arg : (arg as { annotation?: { id?: string } } | undefined)?.annotation?.id;
      if (id) await store.remove(id);
    }),
    vscode.commands.registerCommand('triangulate.exportAnnotations', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const uri = await vscode.window.showSaveDialog({ title: 'Export annotations (W3C Web Annotation, JSON-LD)', defaultUri: folder ? vscode.Uri.joinPath(folder, 'annotations.jsonld') : undefined, filters: { 'JSON-LD': ['jsonld', 'json'] } });
      if (!uri) return;
      await writeAtomically(uri, JSON.stringify(toW3C(store.file(), folder?.toString()), null, 2) + '\n');
      void vscode.window.showInformationMessage(`Triangulate: ${store.file().annotations.length} annotation(s) exported to ${vscode.workspace.asRelativePath(uri)}.`);
    }),
    vscode.commands.registerCommand('triangulate.importAnnotations', async () => {
      const [uri] = (await vscode.window.showOpenDialog({ title: 'Import annotations (W3C Web Annotation, JSON-LD)', filters: { 'JSON-LD': ['jsonld', 'json'] }, canSelectMany: false })) ?? [];
      if (!uri) return;
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      } catch (e) {
        void vscode.window.showErrorMessage(`Triangulate cannot read ${uri.fsPath}: ${(e as Error).message}`);
        return;
      }
      const imported = fromW3C(json);
      if (!imported.ok) {
        void vscode.window.showErrorMessage(`Triangulate cannot import ${uri.fsPath}: ${imported.error}`);
        return;
      }
      const ids = new Set(store.file().annotations.map((a) => a.id));
      const merged: AnnotationsFile = { version: 1, annotations: [...store.file().annotations, ...imported.file.annotations.filter((a) => !ids.has(a.id))] };
      if (await store.replace(merged)) void vscode.window.showInformationMessage(`Triangulate: imported ${merged.annotations.length - ids.size} annotation(s).`);
    }),
  );
}
