import * as vscode from 'vscode';
import { actorAt, claimAt, contradictionsOfClaim, eventOfFile, outletName, sameQuantity, sourceOf, summarizeActor, type CorpusView } from '../engine/view';
import { clipText, escapeMarkdown } from '../engine/escape';
import { polarityLabel } from '../engine/report/render';
import type { Claim, Contradiction, Figure } from '../engine/types';
import type { IndexState, WorkspaceIndex } from './workspace-index';
import { toRange } from './positions';

/** The only command a hover may link to; article text never reaches a link unescaped. */
export const HOVER_COMMANDS = ['triangulate.revealPassage'];

function revealLink(label: string, file: string, start: number, end: number): string {
  const args = encodeURIComponent(JSON.stringify([file, start, end]));
  return `[${label}](command:triangulate.revealPassage?${args} "Open this passage")`;
}

function trusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  return md;
}

const md = escapeMarkdown;
/** How many outlets an actor's card lists by name. */
const MAX_SOURCES = 12;

function outletOf(view: CorpusView, file: string): string {
  return outletName(sourceOf(view, file), file);
}

function contradictionLine(x: Contradiction): string {
  return `- **${x.kind}${x.revision ? ' (revision)' : ''}**: ${md(clipText(x.summary, 160))}`;
}

/** Builds the card for an actor: names, mentions per source, claims, disputes. */
export function actorHover(view: CorpusView, actorId: string, maxClaims: number): vscode.MarkdownString | undefined {
  const s = summarizeActor(view, actorId);
  if (!s) return undefined;
  const out = trusted();
  const { actor } = s;
  const aka = actor.aliases.filter((a) => a !== actor.name);
  out.appendMarkdown(`**${md(actor.name)}** · ${actor.type}\n\n`);
  if (aka.length) out.appendMarkdown(`Also: ${aka.slice(0, 8).map(md).join(', ')}\n\n`);
  // Of the sources of its story: names are linked within a story (see eventOf).
  const event = eventOfFile(view, actor.mentions[0]?.file ?? '');
  out.appendMarkdown(`Mentioned ${actor.mentions.length === 1 ? 'once' : `${actor.mentions.length} times`} in ${s.perSource.length} of ${event.sources} source${event.sources === 1 ? '' : 's'}${event.name ? ` in ${md(event.name)}` : ''}: `);
  // The outlets that name it most; a name in hundreds of articles would fill the screen.
  const shown = s.perSource.slice(0, MAX_SOURCES).map((p) => `${revealLink(md(p.outlet), p.file, p.first.start, p.first.end)} (${p.count})`);
  const more = s.perSource.length - MAX_SOURCES;
  out.appendMarkdown(shown.join(', ') + (more > 0 ? `, and ${more} more` : '') + '\n\n');
  if (s.claims.length && maxClaims > 0) {
    out.appendMarkdown(`**Says** (${s.claims.length}):\n\n`);
    for (const c of s.claims.slice(0, maxClaims)) out.appendMarkdown(`- ${claimLine(view, c)}\n`);
    out.appendMarkdown('\n');
  }
  if (s.contradictions.length) {
    out.appendMarkdown(`**Disputes**:\n\n${s.contradictions.slice(0, 5).map(contradictionLine).join('\n')}\n`);
  }
  return out;
}

function claimLine(view: CorpusView, c: Claim): string {
  const tags = [c.hedged ? 'hedged' : '', c.polarity === 'deny' ? polarityLabel(c) : ''].filter(Boolean).map((t) => `*${t}*`).join(' ');
  // The passage is shown as written (it carries its own quotation marks), then its outlet.
  return `${tags ? tags + ' ' : ''}${md(clipText(c.text, 160))} — ${revealLink(md(outletOf(view, c.file)), c.file, c.start, c.end)}`;
}

/** Builds the card for a claim: its speaker and what the other sources say about the same question. */
export function claimHover(view: CorpusView, claim: Claim, figure?: Figure): vscode.MarkdownString {
  const out = trusted();
  const speaker = claim.speaker ? view.actorById.get(claim.speaker)?.name : claim.speakerText;
  out.appendMarkdown(`**Claim** by ${md(speaker ?? 'an unnamed source')}${claim.cue ? ` (${md(claim.cue)})` : ''}`);
  if (claim.hedged) out.appendMarkdown(` · *hedged${claim.hedges?.length ? ': ' + md(claim.hedges.join(', ')) : ''}*`);
  if (claim.polarity === 'deny') out.appendMarkdown(` · *${polarityLabel(claim)}*`);
  out.appendMarkdown('\n\n');
  for (const f of claim.figures) out.appendMarkdown(`- figure: ${md(f.text)}${f.unit ? ` ${md(f.unit)}` : ''}${f.event ? ` ${md(f.event)}` : ''}\n`);
  if (figure) {
    const others = sameQuantity(view, claim, figure).filter((r) => r.claim.file !== claim.file);
    if (others.length) {
      out.appendMarkdown(`\n**${md(figure.text)} ${md(figure.unit ?? '')} ${md(figure.event ?? '')} in the other sources**:\n\n`);
      for (const r of others.slice(0, 8)) {
        const who = r.claim.speaker ? view.actorById.get(r.claim.speaker)?.name : r.claim.speakerText;
        out.appendMarkdown(`- ${r.agrees ? '✓ agrees' : '✗ **conflicts**'}: ${md(r.figure.text)} — ${who ? `${md(who)}, ` : ''}${revealLink(md(outletOf(view, r.claim.file)), r.claim.file, r.claim.start, r.claim.end)}\n`);
      }
    }
  }
  const disputes = contradictionsOfClaim(view, claim.id);
  for (const x of disputes) {
    out.appendMarkdown(`\n**${x.kind === 'numeric' ? 'Other sources disagree' : 'Disputed'}**: ${md(clipText(x.summary, 160))}\n\n`);
    for (const s of x.sides) {
      if (s.claim === claim.id) continue;
      out.appendMarkdown(`- ${s.value ? `**${md(s.value)}** — ` : ''}${md(s.speakerText ?? '')}${s.speakerText ? ', ' : ''}${revealLink(md(s.outlet ?? outletOf(view, s.file)), s.file, s.start, s.end)}: ${md(clipText(s.text, 140))}\n`);
    }
  }
  return out;
}

/**
 * Until the sources are compared, a card counts only the articles open in an editor (see the
 * workspace index): it says so, and how far the reading is, so "1 of 1 source" is not taken for the story's coverage.
 */
export function readingNote(state: IndexState): string | undefined {
  if (state.kind !== 'indexing') return undefined;
  const doing = state.comparing ? 'Comparing the sources' : `Still reading the folder${state.total ? ` (${state.done.toLocaleString('en-US')} of ${state.total.toLocaleString('en-US')} articles)` : ''}`;
  return `*${doing}: until then this card counts only the articles open in an editor.*`;
}

function withNote(card: vscode.MarkdownString, note: string | undefined): vscode.MarkdownString {
  if (note) card.appendMarkdown(`\n\n---\n\n${note}\n`);
  return card;
}

/** Hovers on actor mentions and claims in indexed article files. */
export function registerHoverProvider(index: WorkspaceIndex): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      const key = index.keyOf(document.uri);
      if (!key) return undefined;
      const analysed = index.corpus.docs.get(key);
      if (!analysed || analysed.doc.text !== document.getText()) return undefined; // stale offsets
      const view = index.view();
      const offset = document.offsetAt(position);
      const maxClaims = vscode.workspace.getConfiguration('triangulate').get<number>('hover.maxClaims', 5);
      const hit = actorAt(view, key, offset);
      if (hit) {
        const card = actorHover(view, hit.actor.id, maxClaims);
        if (card) return new vscode.Hover(withNote(card, readingNote(index.state())), toRange(document, hit.mention.start, hit.mention.end));
      }
      const claim = claimAt(view, key, offset);
      if (claim) {
        const f = claim.figures.find((x) => x.start <= offset && offset < x.end);
        const disputed = contradictionsOfClaim(view, claim.id).length > 0;
        // A claim's card shows where the reader points at a figure, or anywhere in a disputed claim.
        if (f || disputed) return new vscode.Hover(withNote(claimHover(view, claim, f), readingNote(index.state())), toRange(document, f ? f.start : claim.start, f ? f.end : claim.end));
      }
      return undefined;
    },
  };
  return vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'untitled' }], provider);
}
