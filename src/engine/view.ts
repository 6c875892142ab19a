/**
 * The corpus as the extension host holds it: its documents' analyses (made elsewhere) and the
 * cross-source view with its queries, its parts and their assembly. Nothing here analyses text,
 * so the extension host's bundle carries no parser, recognizer or contradiction finder.
 */
import type { Actor, Claim, Contradiction, DocumentAnalysis, Figure, Mention, SourceMeta } from './types';
import { quantityKey } from './contradictions/numeric';
import { dayFits, isoDay } from './date-text';

/**
 * Words analysed per document. News articles run to a few thousand words; a file far past this
 * (a pasted archive, a converted book) is analysed up to it and marked partial, so one file cannot
 * hold the index for minutes. A word cap rather than a clock keeps results deterministic.
 */
export const MAX_WORDS_PER_DOCUMENT = 60_000;

/** Many documents, updated one at a time; the cross-source view is rebuilt lazily. */
export interface Corpus {
  readonly docs: Map<string, DocumentAnalysis>;
  version: number;
  view?: CorpusView;
}

/** What the corpus knows across sources: linked actors, claims with speakers, contradictions. */
export interface CorpusView {
  version: number;
  sources: SourceMeta[];
  actors: Actor[];
  claims: Claim[];
  contradictions: Contradiction[];
  actorById: Map<string, Actor>;
  claimById: Map<string, Claim>;
  /** Mentions of each file sorted by offset, for position queries. */
  mentionsByFile: Map<string, Mention[]>;
  claimsByFile: Map<string, Claim[]>;
}

/** Creates an empty corpus. */
export function createCorpus(): Corpus {
  return { docs: new Map(), version: 0 };
}

/** Adds or replaces a document from an analysis made elsewhere (a worker, a cache). */
export function setAnalysis(corpus: Corpus, analysis: DocumentAnalysis): void {
  corpus.docs.set(analysis.doc.file, analysis);
  corpus.version++;
}

/** Removes a document; returns whether it was there. */
export function removeDocument(corpus: Corpus, file: string): boolean {
  const had = corpus.docs.delete(file);
  if (had) corpus.version++;
  return had;
}

/** A document's claim in a view: its id, and its speaker's actor when a linked mention names the speaker. */
export function linkClaim(c: Claim, id: string, fileMentions: Mention[], text: string): Claim {
  const linked: Claim = { ...c, id };
  const speaker = c.speakerSpan ? mentionAt(fileMentions, c.speakerSpan.start, c.speakerSpan.end) : undefined;
  // "Aldoria's interior minister": a possessive name modifies the speaker, it is not the speaker.
  const possessive = speaker && /^['’]s\s/.test(text.slice(speaker.end, speaker.end + 3)) && (c.speakerText ?? '').length > speaker.text.length + 3;
  if (speaker?.actor && !possessive) linked.speaker = speaker.actor;
  else delete linked.speaker;
  return linked;
}

/**
 * Sources as a view lists them: one stamped with a weekday and a day but no year ("Updated 13:30,
 * Thursday 16 July", a live blog's) is dated in the year of another source's date, or one either
 * side, in which that day falls on that weekday.
 */
export function datedSources(metas: readonly SourceMeta[]): SourceMeta[] {
  if (!metas.some((m) => m.undated)) return [...metas];
  const years = metas.filter((m) => m.published).map((m) => Number(m.published!.slice(0, 4))).sort((a, b) => a - b);
  const middle = years[Math.floor(years.length / 2)];
  return metas.map((m) => {
    if (!m.undated) return m;
    const { undated, ...rest } = m;
    if (rest.published) return rest;
    const fit = middle === undefined ? undefined : [middle, middle - 1, middle + 1].find((y) => dayFits(y, undated));
    // Left undated (and still marked so) until another source gives a year.
    return fit === undefined ? m : { ...rest, published: isoDay(fit, undated.month, undated.day) };
  });
}

/** The plain data of a view: what crosses a thread boundary; `hydrateView` rebuilds the indexes. */
export interface ViewData {
  version: number;
  sources: SourceMeta[];
  actors: Actor[];
  claims: Claim[];
  contradictions: Contradiction[];
}

/** The plain data of a view, for another thread. */
export function viewData(view: CorpusView): ViewData {
  const { version, sources, actors, claims, contradictions } = view;
  return { version, sources, actors, claims, contradictions };
}

/** How big a view's parts may be: actors (and their mentions, in all), claims and contradictions per part. */
export interface PartSizes {
  actors: number;
  mentions: number;
  claims: number;
  contradictions: number;
  /** Sides of the contradictions, in all. */
  sides: number;
}

/**
 * A list cut into runs of at most `max` items whose weights add up to at most `budget` (an item
 * heavier than the budget is a run of its own): the actors that name most are few, but one of
 * them can carry as many mentions as hundreds of others.
 */
export function runs<T>(list: readonly T[], max: number, budget = Infinity, weight: (x: T) => number = () => 0): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let load = 0;
  for (const x of list) {
    const w = weight(x);
    if (run.length && (run.length >= max || load + w > budget)) {
      out.push(run);
      run = [];
      load = 0;
    }
    run.push(x);
    load += w;
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * The sizes of a view's parts when it crosses to the extension host or is stored: each is read in
 * one step of the host's thread, a few milliseconds on a desktop and well under 50 on a slow
 * shared machine. Contradictions are weighed by their sides: one figure can be disputed by hundreds.
 */
export const VIEW_PART_SIZES: PartSizes = { actors: 100, mentions: 1200, claims: 300, contradictions: 60, sides: 800 };

/**
 * A view's plain data in parts of bounded size, in order: a thread that receives them one message
 * at a time is never held long by any one (the whole view of thousands of articles is tens of MB).
 */
export function viewParts(data: ViewData, size: PartSizes = VIEW_PART_SIZES): ViewData[] {
  const parts: ViewData[] = [];
  const empty = (): ViewData => ({ version: data.version, sources: [], actors: [], claims: [], contradictions: [] });
  parts.push({ ...empty(), sources: data.sources });
  for (const actors of runs(data.actors, size.actors, size.mentions, (a) => a.mentions.length)) parts.push({ ...empty(), actors });
  for (let i = 0; i < data.claims.length; i += size.claims) parts.push({ ...empty(), claims: data.claims.slice(i, i + size.claims) });
  for (const contradictions of runs(data.contradictions, size.contradictions, size.sides, (x) => x.sides.length)) parts.push({ ...empty(), contradictions });
  return parts;
}

/** Builds a view from its parts; see viewAssembler. */
export interface ViewAssembler {
  add(part: ViewData): void;
  /** Sorts each file's lists a batch of files at a time (about `perStep` items), yielding between batches, and returns the view. */
  finishing(perStep?: number): Generator<void, CorpusView, void>;
  /** The same in one step. */
  finish(): CorpusView;
}

/**
 * Puts a view back together from its parts as they arrive, building its lookups part by part so no
 * single step takes long; `finish` sorts each file's lists and returns the view.
 */
export function viewAssembler(): ViewAssembler {
  const data: ViewData = { version: 0, sources: [], actors: [], claims: [], contradictions: [] };
  const mentionsByFile = new Map<string, Mention[]>();
  const claimsByFile = new Map<string, Claim[]>();
  const actorById = new Map<string, Actor>();
  const claimById = new Map<string, Claim>();
  const listOf = <T>(map: Map<string, T[]>, file: string): T[] => map.get(file) ?? map.set(file, []).get(file)!;
  return {
    add(part) {
      data.version = part.version;
      for (const s of part.sources) {
        data.sources.push(s);
        listOf(mentionsByFile, s.file);
        listOf(claimsByFile, s.file);
      }
      for (const a of part.actors) {
        data.actors.push(a);
        actorById.set(a.id, a);
        for (const m of a.mentions) listOf(mentionsByFile, m.file).push(m);
      }
      for (const c of part.claims) {
        data.claims.push(c);
        claimById.set(c.id, c);
        listOf(claimsByFile, c.file).push(c);
      }
      for (const x of part.contradictions) data.contradictions.push(x);
    },
    *finishing(perStep = SORTED_PER_STEP) {
      let load = 0;
      for (const map of [mentionsByFile, claimsByFile] as Array<Map<string, Array<Mention | Claim>>>) {
        for (const list of map.values()) {
          list.sort((x, y) => x.start - y.start);
          load += list.length;
          if (load >= perStep) {
            load = 0;
            yield;
          }
        }
      }
      return { ...data, actorById, claimById, mentionsByFile, claimsByFile };
    },
    finish() {
      return drain(this.finishing());
    },
  };
}

// Items of a view's per-file lists sorted in one step of viewAssembler().finishing().
const SORTED_PER_STEP = 40_000;

/** Runs a stepwise computation to its end. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rebuilds a view's lookups from its plain data (a view built elsewhere, such as the engine's worker). */
export function hydrateView(data: ViewData): CorpusView {
  const assembler = viewAssembler();
  assembler.add(data);
  return assembler.finish();
}

/** The mention of a sorted list that overlaps [start, end) most, by binary search. */
export function mentionAt(mentions: Mention[], start: number, end = start + 1): Mention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: Mention | undefined;
  let bestOverlap = 0;
  for (let i = lo; i < mentions.length && mentions[i].start < Math.max(end, start + 1); i++) {
    const m = mentions[i];
    const overlap = Math.min(m.end, Math.max(end, start + 1)) - Math.max(m.start, start);
    if (overlap > bestOverlap) { best = m; bestOverlap = overlap; }
  }
  return best;
}

/** The actor mentioned at an offset of a file, if any. */
export function actorAt(view: CorpusView, file: string, offset: number): { actor: Actor; mention: Mention } | undefined {
  const mention = mentionAt(view.mentionsByFile.get(file) ?? [], offset);
  const actor = mention?.actor ? view.actorById.get(mention.actor) : undefined;
  return actor && mention ? { actor, mention } : undefined;
}

/** The claim whose passage contains an offset of a file, if any (the innermost one). */
export function claimAt(view: CorpusView, file: string, offset: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of view.claimsByFile.get(file) ?? []) {
    if (c.start > offset) break;
    if (c.end > offset && (!best || c.end - c.start < best.end - best.start)) best = c;
  }
  return best;
}

const sourceIndexes = new WeakMap<CorpusView, Map<string, SourceMeta>>();
/** A source of a view by file, from an index built once per view. */
export function sourceOf(view: CorpusView, file: string): SourceMeta | undefined {
  let idx = sourceIndexes.get(view);
  if (!idx) sourceIndexes.set(view, (idx = new Map(view.sources.map((s) => [s.file, s]))));
  return idx.get(file);
}

/** How an outlet is named in the product: its stated name, or the file name. */
export function outletName(source: SourceMeta | undefined, file: string): string {
  if (source?.outlet) return source.outlet;
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.(md|markdown|txt)$/i, '');
}

/** One actor seen across sources: what a hover card or report row shows. */
export interface ActorSummary {
  actor: Actor;
  /** Sources by how often they name the actor, each with its first mention there. */
  perSource: { file: string; outlet: string; count: number; first: Mention }[];
  claims: Claim[];
  contradictions: Contradiction[];
}

const perSourceIndexes = new WeakMap<CorpusView, Map<string, ActorSummary['perSource']>>();
/** Summarises an actor across the corpus: mentions per source, claims it makes, disputes it is in. */
export function summarizeActor(view: CorpusView, actorId: string): ActorSummary | undefined {
  const actor = view.actorById.get(actorId);
  if (!actor) return undefined;
  // Counted once per view and actor: a name in hundreds of articles is hovered again and again.
  let known = perSourceIndexes.get(view);
  if (!known) perSourceIndexes.set(view, (known = new Map()));
  let perSource = known.get(actorId);
  if (!perSource) {
    const counts = new Map<string, { count: number; first: Mention }>();
    for (const m of actor.mentions) {
      const c = counts.get(m.file);
      if (!c) counts.set(m.file, { count: 1, first: m });
      else {
        c.count++;
        if (m.start < c.first.start) c.first = m;
      }
    }
    perSource = [...counts].map(([file, { count, first }]) => ({ file, outlet: outletName(sourceOf(view, file), file), count, first }))
      .sort((a, b) => b.count - a.count || (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0));
    known.set(actorId, perSource);
  }
  const idx = speakerIndex(view);
  return { actor, perSource, claims: idx.claims.get(actorId) ?? [], contradictions: idx.contradictions.get(actorId) ?? [] };
}

/** Claims and contradictions by speaking actor, built once per view so hovers stay constant-time. */
const speakerIndexes = new WeakMap<CorpusView, { claims: Map<string, Claim[]>; contradictions: Map<string, Contradiction[]> }>();
function speakerIndex(view: CorpusView) {
  let idx = speakerIndexes.get(view);
  if (idx) return idx;
  idx = { claims: new Map(), contradictions: new Map() };
  for (const c of view.claims) {
    if (!c.speaker) continue;
    let l = idx.claims.get(c.speaker);
    if (!l) idx.claims.set(c.speaker, (l = []));
    l.push(c);
  }
  for (const x of view.contradictions) {
    const actors = new Set<string>();
    for (const s of x.sides) {
      if (s.speaker) actors.add(s.speaker);
      const speaker = s.claim ? view.claimById.get(s.claim)?.speaker : undefined;
      if (speaker) actors.add(speaker);
    }
    for (const a of actors) {
      let l = idx.contradictions.get(a);
      if (!l) idx.contradictions.set(a, (l = []));
      l.push(x);
    }
  }
  speakerIndexes.set(view, idx);
  return idx;
}

/** A reading of the same counted quantity in another claim, and whether it can hold together with ours. */
export interface QuantityReading {
  claim: Claim;
  figure: Figure;
  agrees: boolean;
}

const quantityIndexes = new WeakMap<CorpusView, Map<string, Array<{ claim: Claim; figure: Figure }>>>();
/** The same quantity (unit class and event class) in every other claim of the corpus, agreeing or not. */
export function sameQuantity(view: CorpusView, claim: Claim, figure: Figure): QuantityReading[] {
  const key = quantityKey(figure);
  if (!key) return [];
  let idx = quantityIndexes.get(view);
  if (!idx) {
    idx = new Map();
    for (const c of view.claims) {
      for (const f of c.figures) {
        const k = quantityKey(f);
        if (k) (idx.get(k) ?? idx.set(k, []).get(k)!).push({ claim: c, figure: f });
      }
    }
    quantityIndexes.set(view, idx);
  }
  const lo = figure.low ?? 0;
  const hi = figure.high ?? Number.POSITIVE_INFINITY;
  return (idx.get(key) ?? []).filter((r) => r.claim !== claim)
    .map((r) => ({ ...r, agrees: (r.figure.low ?? 0) <= hi && lo <= (r.figure.high ?? Number.POSITIVE_INFINITY) }));
}

const claimIndexes = new WeakMap<CorpusView, Map<string, Contradiction[]>>();
/** The contradictions a claim is a side of, from an index built once per view. */
export function contradictionsOfClaim(view: CorpusView, claimId: string): Contradiction[] {
  let idx = claimIndexes.get(view);
  if (!idx) {
    idx = new Map();
    for (const x of view.contradictions) {
      for (const id of new Set(x.sides.map((s) => s.claim).filter((c): c is string => !!c))) {
        let l = idx.get(id);
        if (!l) idx.set(id, (l = []));
        l.push(x);
      }
    }
    claimIndexes.set(view, idx);
  }
  return idx.get(claimId) ?? [];
}
