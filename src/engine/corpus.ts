import type { Claim, DocumentAnalysis, Mention } from './types';
import { countWords, parseDocument } from './document';
import { recognizeMentions, linkActors } from './actors/index';
import { propagateNames } from './actors/propagate';
import { dropOrdinaryWords } from './actors/ordinary-words';
import { extractClaims } from './claims/index';
import { findContradictions } from './contradictions/index';
import { extractFigures } from './figures';
import { extractDates } from './dates';
import { MAX_WORDS_PER_DOCUMENT, assembleView, datedSources, emptyPart, eventOf, linkClaim, setAnalysis, type Corpus, type CorpusView, type EventView, type ViewData } from './view';

// The view's side (the corpus's data and the queries on its view) is in ./view; everything is reachable from here.
export * from './view';

/** Analyses one document on its own: everything that does not need the other sources. */
export function analyzeDocument(file: string, text: string): DocumentAnalysis {
  const doc = parseDocument(file, text);
  if (doc.meta.words > MAX_WORDS_PER_DOCUMENT) {
    let words = 0;
    const kept = doc.sentences.findIndex((s) => (words += countWords(doc.prose.slice(s.start, s.end))) > MAX_WORDS_PER_DOCUMENT);
    if (kept >= 0) doc.sentences = doc.sentences.slice(0, kept);
    doc.meta.partial = true;
  }
  const mentions = recognizeMentions(doc);
  const claims = extractClaims(doc, mentions);
  // Every figure of the document, the outlet's own statements included, found once here rather
  // than on each cross-source rebuild.
  const figures = claims.flatMap((c) => c.figures);
  for (const s of doc.sentences) {
    for (const f of extractFigures(doc.prose, s.start, s.end)) if (!figures.some((g) => g.start < f.end && f.start < g.end)) figures.push(f);
  }
  figures.sort((a, b) => a.start - b.start);
  // The document's dates, read once here (in the worker, and cached) rather than on each rebuild.
  const dates = extractDates(doc.prose, 0, doc.prose.length, doc.meta.published);
  return { doc, mentions, claims, figures, dates };
}

/** Adds or replaces a document, analysing its text. */
export function setDocument(corpus: Corpus, file: string, text: string): DocumentAnalysis {
  const analysis = analyzeDocument(file, text);
  setAnalysis(corpus, analysis);
  return analysis;
}

/** Renames a document without re-analysing it. */
export function renameDocument(corpus: Corpus, from: string, to: string): boolean {
  const a = corpus.docs.get(from);
  if (!a) return false;
  corpus.docs.delete(from);
  const text = a.doc.text;
  setDocument(corpus, to, text);
  return true;
}

/**
 * The cross-source view of the corpus, recomputed only when a document changed, and then only for
 * the events (see eventOf) whose documents changed: the others keep their part of the last view.
 */
export function corpusView(corpus: Corpus): CorpusView {
  if (corpus.view && corpus.view.version === corpus.version) return corpus.view;
  const byEvent = new Map<string, DocumentAnalysis[]>();
  for (const [event, files] of filesByEvent(corpus)) byEvent.set(event, files.map((file) => corpus.docs.get(file)!));
  const events = new Map<string, EventView>();
  for (const event of [...byEvent.keys()].sort()) {
    const analyses = byEvent.get(event)!;
    const madeOf = (part: EventView | undefined): part is EventView => !!part && part.analyses.length === analyses.length && part.analyses.every((a, i) => a === analyses[i]);
    const was = corpus.events?.get(event);
    const ahead = corpus.prepared?.get(event);
    events.set(event, madeOf(was) ? was : madeOf(ahead) ? ahead : eventView(analyses, event ? `${event}/` : ''));
  }
  corpus.events = events;
  corpus.prepared = undefined;
  corpus.view = mergeEvents(corpus, events);
  return corpus.view;
}

/**
 * Builds now one event's part of the next view, from the corpus's documents `files`, which must be
 * all of that event's: the next corpusView takes the part as it is if they are then still the
 * event's documents, and builds it again if not. A scan calls this as each event's last article
 * comes in, so the sources of one story are compared while the articles of the next are analysed
 * (on other threads). Returns false, building nothing, when a file is not in the corpus or the
 * files are not of one event.
 */
export function prepareEvent(corpus: Corpus, files: readonly string[]): boolean {
  const sorted = [...files].sort(byName);
  const event = sorted.length ? eventOf(sorted[0], corpus.eventDepth) : '';
  const analyses: DocumentAnalysis[] = [];
  for (const file of sorted) {
    const a = corpus.docs.get(file);
    if (!a || eventOf(file, corpus.eventDepth) !== event) return false;
    analyses.push(a);
  }
  if (!analyses.length) return false;
  (corpus.prepared ??= new Map()).set(event, eventView(analyses, event ? `${event}/` : ''));
  return true;
}

/** File names in the order an event's documents are taken in (code unit order, as filesByEvent sorts them). */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// The corpus's files by event, each event's in name order, as the last view found them: an edit
// replaces a document's analysis but keeps its file, and the files need not be sorted again.
const layouts = new WeakMap<Corpus, { count: number; byEvent: Map<string, string[]> }>();
function filesByEvent(corpus: Corpus): Map<string, string[]> {
  const kept = layouts.get(corpus);
  // The same number of files, each of them still there: the same files.
  if (kept && kept.count === corpus.docs.size && [...kept.byEvent.values()].every((files) => files.every((file) => corpus.docs.has(file)))) return kept.byEvent;
  const byEvent = new Map<string, string[]>();
  for (const file of [...corpus.docs.keys()].sort(byName)) {
    const event = eventOf(file, corpus.eventDepth);
    (byEvent.get(event) ?? byEvent.set(event, []).get(event)!).push(file);
  }
  layouts.set(corpus, { count: corpus.docs.size, byEvent });
  return byEvent;
}

/**
 * Makes a view built earlier of exactly the corpus's documents (a stored one) its current view,
 * cut into its events' parts, so the next change rebuilds only the events it touches.
 */
export function adoptView(corpus: Corpus, view: CorpusView): void {
  const parts = new Map<string, EventView>();
  const part = (file: string): EventView => {
    const event = eventOf(file, corpus.eventDepth);
    let p = parts.get(event);
    if (!p) parts.set(event, (p = { ...emptyPart(), analyses: [], mentionsByFile: new Map(), claimsByFile: new Map() }));
    return p;
  };
  for (const a of [...corpus.docs.values()].sort((a, b) => (a.doc.file < b.doc.file ? -1 : a.doc.file > b.doc.file ? 1 : 0))) part(a.doc.file).analyses.push(a);
  for (const s of view.sources) part(s.file).sources.push(s);
  for (const a of view.actors) {
    const p = part(a.mentions[0]?.file ?? '');
    p.actors.push(a);
    p.actorById.set(a.id, a);
  }
  for (const c of view.claims) {
    const p = part(c.file);
    p.claims.push(c);
    p.claimById.set(c.id, c);
  }
  for (const x of view.contradictions) part(x.sides[0]?.file ?? '').contradictions.push(x);
  for (const [file, list] of view.mentionsByFile) part(file).mentionsByFile.set(file, list);
  for (const [file, list] of view.claimsByFile) part(file).claimsByFile.set(file, list);
  corpus.events = parts;
  corpus.prepared = undefined;
  corpus.view = { ...view, version: corpus.version, eventDepth: corpus.eventDepth, parts };
}

/**
 * What a thread holding the view of an earlier state of the corpus needs to bring it up to date
 * (see patchView): the data of the events whose part is not the one in `since` (the events of that
 * view, as corpus.events had them), and the names of those events and of the events gone since.
 */
export function viewChanges(corpus: Corpus, since: ReadonlyMap<string, EventView>): { data: ViewData; replaces: string[] } {
  const view = corpusView(corpus);
  const now = corpus.events ?? new Map<string, EventView>();
  const changed = [...now].filter(([event, part]) => since.get(event) !== part).map(([, part]) => part);
  const replaces = [...now.keys()].filter((event) => since.get(event) !== now.get(event));
  for (const event of since.keys()) if (!now.has(event)) replaces.push(event);
  return {
    data: {
      version: view.version,
      eventDepth: corpus.eventDepth,
      sources: changed.flatMap((e) => e.sources),
      actors: changed.flatMap((e) => e.actors),
      claims: changed.flatMap((e) => e.claims),
      contradictions: changed.flatMap((e) => e.contradictions),
    },
    replaces,
  };
}

/** One event's part of the view, from its documents alone; its ids start with `idPrefix`. */
function eventView(originals: DocumentAnalysis[], idPrefix: string): EventView {
  // The linker sets each mention's actor and voted type: it works on copies, so the documents'
  // own analyses stay as the recognizer left them and every view is computed from the same input.
  // (Copied with Object.assign: in V8 a field added later to a spread copy costs several times more.)
  const analyses = originals.map((a) => ({ ...a, mentions: a.mentions.map((m) => Object.assign({}, m)) }));
  const sources = datedSources(analyses.map((a) => a.doc.meta));
  dropOrdinaryWords(analyses);
  propagateNames(analyses);
  const texts = new Map(analyses.map((a) => [a.doc.file, a.doc.text]));
  const actors = linkActors(analyses.map((a) => a.mentions), (file) => texts.get(file), idPrefix);
  const mentionsByFile = new Map<string, Mention[]>();
  // Mentions the linker left without an actor (a demonym of a place the corpus names) are not shown.
  for (const a of analyses) mentionsByFile.set(a.doc.file, a.mentions.filter((m) => m.actor).sort((x, y) => x.start - y.start));

  const claims: Claim[] = [];
  const claimsByFile = new Map<string, Claim[]>();
  for (const a of analyses) {
    const mine: Claim[] = [];
    for (const c of a.claims) {
      const linked = linkClaim(c, `${idPrefix}c${claims.length + 1}`, mentionsByFile.get(a.doc.file) ?? [], a.doc.text);
      claims.push(linked);
      mine.push(linked);
    }
    claimsByFile.set(a.doc.file, mine.sort((x, y) => x.start - y.start));
  }
  const contradictions = findContradictions({ docs: analyses, claims, actors, sources, idPrefix });
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  return { analyses: originals, sources, actors, claims, contradictions, actorById, claimById, mentionsByFile, claimsByFile };
}

/** The events' parts as one view. */
function mergeEvents(corpus: Corpus, events: ReadonlyMap<string, EventView>): CorpusView {
  const mentionsByFile = new Map<string, Mention[]>();
  const claimsByFile = new Map<string, Claim[]>();
  for (const e of events.values()) {
    for (const [file, list] of e.mentionsByFile) mentionsByFile.set(file, list);
    for (const [file, list] of e.claimsByFile) claimsByFile.set(file, list);
  }
  return assembleView(corpus.version, corpus.eventDepth, events, mentionsByFile, claimsByFile);
}
