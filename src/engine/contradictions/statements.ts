import type { Claim, ContradictionSide, DocumentAnalysis, Figure, Mention, ParsedDocument, SourceMeta } from '../types';
import { outletName } from '../corpus';

/** A sentence of one source, with the claim it carries (if any): what contradictions compare. */
export interface Statement {
  file: string;
  /** The document the statement is part of (its prose, for finer reading of a passage). */
  doc: ParsedDocument;
  start: number;
  end: number;
  text: string;
  /** Lowercased text with curly quotes and dashes folded, for lexical tests. */
  lower: string;
  outlet: string;
  published?: string;
  claim?: Claim;
  /** Who says it: an actor id, a normalized description, or '' for the outlet's own voice. */
  speakerKey: string;
  speakerText?: string;
  /** The speaker's canonical actor name, when the speaker is a linked actor. */
  speakerName?: string;
  /** Actors mentioned in the sentence. */
  actors: Set<string>;
  mentions: Mention[];
  /** Figures of the whole passage: the claim's, and those the outlet states in its own voice. */
  figures: Figure[];
  hedged: boolean;
}

/** Folds typographic quotes, apostrophes and dashes to plain ones and lowercases. */
export function fold(s: string): string {
  return s.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019\u201b]/g, '\'').replace(/[\u2013\u2014]/g, '-').toLowerCase();
}

/** Builds the statements of every document: one per sentence, the claim's passage where one overlaps. */
export function buildStatements(docs: DocumentAnalysis[], claims: Claim[], sources: SourceMeta[], actorName: (id: string) => string | undefined = () => undefined): Statement[] {
  const out: Statement[] = [];
  const claimsByFile = new Map<string, Claim[]>();
  for (const c of claims) {
    let l = claimsByFile.get(c.file);
    if (!l) claimsByFile.set(c.file, (l = []));
    l.push(c);
  }
  for (const a of docs) {
    const file = a.doc.file;
    const source = sources.find((s) => s.file === file);
    const outlet = outletName(source, file);
    const fileClaims = claimsByFile.get(file) ?? [];
    const mentions = [...a.mentions].sort((x, y) => x.start - y.start);
    for (const s of a.doc.sentences) {
      // The claim that overlaps the sentence most carries it (a quote may span sentences).
      let claim: Claim | undefined;
      let best = 0;
      for (const c of fileClaims) {
        const ov = Math.min(c.end, s.end) - Math.max(c.start, s.start);
        if (ov > best) { best = ov; claim = c; }
      }
      const start = claim && claim.end - claim.start <= 600 ? Math.min(claim.start, s.start) : s.start;
      const end = claim && claim.end - claim.start <= 600 ? Math.max(claim.end, s.end) : s.end;
      const text = a.doc.text.slice(start, end);
      const inside = mentions.filter((m) => m.start >= start && m.end <= end);
      out.push({
        file, doc: a.doc, start, end, text, lower: fold(a.doc.prose.slice(start, end)), outlet, published: source?.published,
        claim,
        speakerKey: claim ? (claim.speaker ?? normalizeDescription(claim.speakerText ?? '')) : '',
        speakerText: claim?.speakerText,
        speakerName: claim?.speaker ? actorName(claim.speaker) : undefined,
        actors: new Set(inside.map((m) => m.actor).filter((x): x is string => !!x)),
        mentions: inside,
        figures: mergeFigures(claim?.figures ?? [], a.figures.filter((f) => f.start >= start && f.end <= end)),
        hedged: claim?.hedged ?? /\b(reportedly|allegedly|apparently|appears? to|unconfirmed|could not (be )?(independently )?verif)/.test(fold(text)),
      });
    }
  }
  return out;
}

function mergeFigures(a: Figure[], b: Figure[]): Figure[] {
  const out = [...a];
  for (const f of b) if (!out.some((g) => g.start < f.end && f.start < g.end)) out.push(f);
  return out.sort((x, y) => x.start - y.start);
}

function normalizeDescription(s: string): string {
  return fold(s).replace(/^(the|a|an)\s+/, '').trim();
}

/** A contradiction side pointing at a statement's passage. */
export function sideOf(s: Statement, value?: string): ContradictionSide {
  return {
    file: s.file, start: s.start, end: s.end, text: s.text,
    ...(s.claim ? { claim: s.claim.id } : {}),
    ...(s.claim?.speaker ? { speaker: s.claim.speaker } : {}),
    ...(s.speakerText ? { speakerText: s.speakerText } : {}),
    outlet: s.outlet,
    ...(value ? { value } : {}),
  };
}

/** Who a statement is from, for a summary line: "Tomas Brandt, Meridian Wire" or the outlet. */
export function voiceOf(s: Statement): string {
  const who = s.speakerName ?? s.speakerText;
  return who ? `${who}, ${s.outlet}` : s.outlet;
}

/**
 * Who stands on one side, as a journalist would write it: speakers with how many outlets carry
 * them ("Interior Ministry, via 2 outlets; Radio Selwyn"), the outlet itself for its own voice.
 */
export function voicesOf(statements: Statement[]): string {
  const outlets = new Map<string, Set<string>>();
  for (const s of statements) {
    const who = s.speakerName ?? s.speakerText ?? s.outlet;
    let set = outlets.get(who);
    if (!set) outlets.set(who, (set = new Set()));
    set.add(s.outlet);
  }
  const parts = [...outlets].sort((a, b) => b[1].size - a[1].size).map(([who, set]) =>
    set.has(who) && set.size === 1 ? who : set.size > 1 ? `${who}, via ${set.size} outlets` : `${who}, ${[...set][0]}`);
  return parts.length > 3 ? `${parts.slice(0, 3).join('; ')}; +${parts.length - 3}` : parts.join('; ');
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === undefined) continue;
    let g = out.get(k);
    if (!g) out.set(k, (g = []));
    g.push(it);
  }
  return out;
}
