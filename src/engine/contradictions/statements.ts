import type { Claim, ContradictionSide, DateRef, DocumentAnalysis, Figure, Mention, ParsedDocument, SourceMeta } from '../types';
import { outletName } from '../view';
import { gated, tryInOrder } from '../prefilter';

/** A sentence of one source, with the claim it carries (if any): what contradictions compare. */
export interface Statement {
  file: string;
  /** The document the statement is part of (its prose, for finer reading of a passage). */
  doc: ParsedDocument;
  /** The passage apart from the cross-source links, shared by every view while the document is unchanged. */
  passage: Passage;
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
  /** Every date of the document (see DocumentAnalysis.dates). */
  dates: DateRef[];
  /** Figures of the whole passage: the claim's, and those the outlet states in its own voice. */
  figures: Figure[];
  hedged: boolean;
}

/** Whether a passage asks rather than states: "Has oil reached the lagoon?", an explainer's heading. */
export function asks(lower: string): boolean {
  return /\?\s*["'”’]?\s*$/.test(lower);
}

/** Folds typographic quotes, apostrophes and dashes to plain ones and lowercases. */
export function fold(s: string): string {
  return s.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019\u201b]/g, '\'').replace(/[\u2013\u2014]/g, '-').toLowerCase();
}

/**
 * What a statement is apart from the cross-source links (claim ids, speakers' actors): its passage
 * and what the document itself says there. Kept per document while the document is unchanged, so
 * a rebuild after an edit reads again only the edited article; detectors key their own readings of
 * a passage on it (`perPassage`).
 */
export interface Passage {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** The claim carrying the passage: its index in the document's claims, or -1. */
  claim: number;
  /** The document's mentions inside the passage: indexes into its mention list, in text order. */
  mentions: number[];
  /** The passage's own figures, before the claim's are merged in. */
  figures: Figure[];
  /** Whether the passage hedges, when no claim says. */
  hedged: boolean;
  /** The detectors' readings of the passage, one slot each (see `perPassage`). */
  readings: unknown[];
}

interface DocumentPassages {
  /** The spans of the claims the passages were cut with: start, end, start, end, … */
  claims: number[];
  figures: readonly Figure[];
  /** A hash of the mentions' spans the passages were cut with. */
  mentions: number;
  passages: Passage[];
  /** When they were last read (a count of reads), for dropping the least recently read. */
  read: number;
}
const passagesByDocument = new WeakMap<ParsedDocument, DocumentPassages>();

// The passages (with their readings) are kept for the documents read most recently: for at least
// KEPT_DOCUMENTS of them, and for as many as the largest story read at once has, so a rebuild of
// one story after an edit reads again only the edited article. A folder of thousands of stories
// does not keep every article's passages: they are a third of what its view holds, and a story is
// rebuilt only when one of its articles changes.
const KEPT_DOCUMENTS = 1000;
let largestStory = 0;
// The documents with kept passages (weakly: a document dropped from the corpus is not held);
// pruned when a quarter longer than the number kept.
let keptDocuments: Array<WeakRef<ParsedDocument>> = [];
let reads = 0;

/** Whether a document's passages are kept (see KEPT_DOCUMENTS). */
export function passagesKept(doc: ParsedDocument): boolean {
  return passagesByDocument.has(doc);
}

/** Drops the passages of all but the `keep` documents read most recently. */
function prunePassages(keep: number): void {
  if (keptDocuments.length <= keep + (keep >> 2)) return;
  const live = new Map<ParsedDocument, { ref: WeakRef<ParsedDocument>; read: number }>();
  for (const ref of keptDocuments) {
    const doc = ref.deref();
    const kept = doc && passagesByDocument.get(doc);
    if (doc && kept) live.set(doc, { ref, read: kept.read });
  }
  const order = [...live].sort((a, b) => b[1].read - a[1].read);
  for (const [doc] of order.slice(keep)) passagesByDocument.delete(doc);
  keptDocuments = order.slice(0, keep).map(([, k]) => k.ref);
}

// Most passages state no figure of their own; they share one empty list.
const NO_FIGURES: Figure[] = [];
const HEDGE = /* @__PURE__ */ gated(/\b(reportedly|allegedly|apparently|appears? to|unconfirmed|could not (be )?(independently )?verif)/);

/** The passages of one document: one per sentence, the claim's passage where one overlaps. */
const REFERENCE = /* @__PURE__ */ gated(/^\s*(?:(?:\[\d{1,3}\]|\d{1,3}[.)])\s+.{0,100}?["“‘][^"”’]{5,}["”’].{0,80}?|["“‘][^"”’]{5,}["”’],?\s+[^.;]{0,60}?)\b(?:19|20)\d{2}\b[.,]?\s*$/);

function passagesOf(a: DocumentAnalysis, claims: readonly Claim[]): Passage[] {
  const known = passagesByDocument.get(a.doc);
  // The view passes the analysis' own claims re-numbered (same order and spans), and copies of its mentions.
  // Names found from other articles change a document's mentions without changing its text: the key is their spans.
  const mentionKey = a.mentions.reduce((h, m) => (Math.imul(h, 31) + m.start * 7 + m.end) | 0, a.mentions.length);
  if (known && known.figures === a.figures && known.mentions === mentionKey && known.claims.length === 2 * claims.length
    && claims.every((c, i) => c.start === known.claims[2 * i] && c.end === known.claims[2 * i + 1])) {
    known.read = ++reads;
    return known.passages;
  }
  const order = a.mentions.map((m, i) => ({ m, i })).sort((x, y) => x.m.start - y.m.start);
  const passages: Passage[] = [];
  for (const s of a.doc.sentences) {
    // A numbered source an article cites ("[2] WBR News, “Lissarra shipwreck: …,” June 12, 2026") quotes
    // another story's headline: no statement of this one.
    if (REFERENCE.test(a.doc.text.slice(s.start, s.end))) continue;
    // The claim that overlaps the sentence most carries it (a quote may span sentences).
    let claim = -1;
    let best = 0;
    claims.forEach((c, i) => {
      const ov = Math.min(c.end, s.end) - Math.max(c.start, s.start);
      if (ov > best) { best = ov; claim = i; }
    });
    const c = claims[claim];
    const start = c && c.end - c.start <= 600 ? Math.min(c.start, s.start) : s.start;
    const end = c && c.end - c.start <= 600 ? Math.max(c.end, s.end) : s.end;
    const text = a.doc.text.slice(start, end);
    const ownFigures = a.figures.filter((f) => f.start >= start && f.end <= end);
    passages.push({
      start, end, text, lower: fold(a.doc.prose.slice(start, end)), claim,
      mentions: order.filter((x) => x.m.start >= start && x.m.end <= end).map((x) => x.i),
      figures: ownFigures.length ? ownFigures : NO_FIGURES,
      hedged: HEDGE.test(fold(text)),
      readings: new Array(slots),
    });
  }
  passagesByDocument.set(a.doc, { claims: claims.flatMap((c) => [c.start, c.end]), figures: a.figures, mentions: mentionKey, passages, read: ++reads });
  keptDocuments.push(new WeakRef(a.doc));
  return passages;
}

// A live blog's entry label with its weekday: "**Fri 08:30**", "Thu 23:10 —".
const ENTRY_LABEL = /* @__PURE__ */ gated(/^[*_#> \t]*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d{1,2}[:.]\d{2}\b/gim);
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const entryDaysByDocument = new WeakMap<ParsedDocument, { published: string | undefined; days: Array<{ start: number; date: string }> }>();

/**
 * The days a live blog's entries were written, from labels that name the weekday: the first such
 * day on or after the blog's date. An entry posted on Friday in a blog opened on Thursday speaks for Friday.
 */
function entryDays(doc: ParsedDocument, published: string | undefined): Array<{ start: number; date: string }> {
  const known = entryDaysByDocument.get(doc);
  if (known && known.published === published) return known.days;
  const out: Array<{ start: number; date: string }> = [];
  const opened = published ? Date.parse(published.slice(0, 10)) : Number.NaN;
  if (!Number.isNaN(opened)) {
    for (const m of doc.prose.matchAll(ENTRY_LABEL)) {
      const want = WEEKDAY_INDEX[m[1].toLowerCase()];
      const ahead = (want - new Date(opened).getUTCDay() + 7) % 7;
      out.push({ start: m.index ?? 0, date: new Date(opened + ahead * 86_400_000).toISOString().slice(0, 10) });
    }
  }
  entryDaysByDocument.set(doc, { published, days: out });
  return out;
}

/** The day a passage was written: its live-blog entry's, else the article's. */
function writtenOn(doc: ParsedDocument, start: number, published: string | undefined): string | undefined {
  let day = published;
  for (const e of entryDays(doc, published)) {
    if (e.start > start) break;
    day = e.date;
  }
  return day;
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
  const sourceByFile = new Map<string, SourceMeta>();
  for (const s of sources) if (!sourceByFile.has(s.file)) sourceByFile.set(s.file, s);
  largestStory = Math.max(largestStory, docs.length);
  prunePassages(Math.max(KEPT_DOCUMENTS, largestStory));
  for (const a of docs) {
    const file = a.doc.file;
    const source = sourceByFile.get(file);
    const outlet = outletName(source, file);
    const fileClaims = claimsByFile.get(file) ?? [];
    for (const p of passagesOf(a, fileClaims)) {
      const claim = p.claim >= 0 ? fileClaims[p.claim] : undefined;
      const mentions = p.mentions.map((i) => a.mentions[i]);
      out.push({
        file, doc: a.doc, dates: a.dates, passage: p, start: p.start, end: p.end, text: p.text, lower: p.lower, outlet, published: writtenOn(a.doc, p.start, source?.published),
        claim,
        speakerKey: claim ? (claim.speaker ?? normalizeDescription(claim.speakerText ?? '')) : '',
        speakerText: claim?.speakerText,
        speakerName: claim?.speaker ? actorName(claim.speaker) : undefined,
        actors: new Set(mentions.map((m) => m.actor).filter((x): x is string => !!x)),
        mentions,
        figures: mergeFigures(claim?.figures ?? [], p.figures),
        hedged: claim?.hedged ?? p.hedged,
      });
    }
  }
  // The detectors go over these passages in this order, each with its patterns.
  tryInOrder(out.map((st) => st.lower));
  return out;
}

/**
 * A reading of a statement's passage made once and kept while its document is unchanged. Only for
 * what the passage's own text, document and date decide, never for speakers or actor ids, which
 * belong to one view.
 */
export function perPassage<T>(): (st: Statement, make: (st: Statement) => T) => T {
  const slot = slots++;
  return (st, make) => {
    const kept = st.passage.readings[slot];
    if (kept !== undefined) return (kept === NOTHING ? undefined : kept) as T;
    const v = make(st);
    st.passage.readings[slot] = v === undefined ? NOTHING : v;
    return v;
  };
}
let slots = 0;
const NOTHING = Symbol('nothing');

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

// Verbs of saying: a person named before one speaks, and what follows is said of someone else.
export const SAYING = /* @__PURE__ */ gated(/\b(?:said|says|say|told|tells|added|announced|confirmed|stated|insisted|claimed|reported|repeated|wrote|according|denied|denies)\b/);

/**
 * The person (with an actor) named last before an offset of a passage, at most `reach` characters
 * before it; none when a verb of saying stands between ("Tomas Hale said two stewards had been
 * suspended": Hale speaks, he is not the one suspended).
 */
export function personNamedBefore(st: Statement, at: number, reach = Number.POSITIVE_INFINITY): Mention | undefined {
  let who: Mention | undefined;
  for (const m of st.mentions) if (m.type === 'person' && m.actor && m.end <= at && at - m.end <= reach) who = m;
  return who && !SAYING.test(st.lower.slice(who.end - st.start, at - st.start)) ? who : undefined;
}

/** The first place a passage names ("at Selmo", "in Delmont"), by its actor or else its words. */
export function placeNamed(st: Statement): string | undefined {
  const m = st.mentions.find((x) => x.type === 'place');
  return m ? m.actor ?? m.text.toLowerCase() : undefined;
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
