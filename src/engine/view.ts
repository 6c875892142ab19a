/**
 * The corpus as the extension host holds it: its documents' analyses (made elsewhere) and the
 * cross-source view with its queries, its parts and their assembly. Nothing here analyses text,
 * so the extension host's bundle carries no parser, recognizer or contradiction finder.
 */
import type { Actor, Claim, Contradiction, DocumentAnalysis, Figure, Mention, SourceMeta } from './types';
import { quantityKey } from './contradictions/numeric';
import { dayFits, isoDay } from './date-text';
import { shareSpan } from './stored-analysis';

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
  /** How many leading folder names of a file's path name its event (see eventOf); 0: all files are one event. */
  readonly eventDepth: number;
  /** Each event's part of the last view, kept so a change rebuilds only the events it touches. */
  events?: Map<string, EventView>;
  /** Events' parts built ahead of the next view (see prepareEvent); it takes those still made from the event's documents. */
  prepared?: Map<string, EventView>;
}

/** One event's items in a view (see eventOf): its sources, actors, claims and contradictions, and lookups by id. */
export interface EventPart {
  sources: SourceMeta[];
  actors: Actor[];
  claims: Claim[];
  contradictions: Contradiction[];
  actorById: Map<string, Actor>;
  claimById: Map<string, Claim>;
}

/** One event's part of the corpus's view, made from its documents alone, and the analyses it was made from. */
export interface EventView extends EventPart {
  /** The analyses it was made from, in file order: the same objects again mean the same part. */
  analyses: DocumentAnalysis[];
  mentionsByFile: Map<string, Mention[]>;
  claimsByFile: Map<string, Claim[]>;
}

/**
 * The event a file belongs to: the first `depth` folder names of its path ("flood/outlet-a/x.md"
 * at depth 1 is "flood"). Articles are compared and their names linked only within an event, so a
 * workspace holding one folder per story does not set one story's figures against another's. A
 * file with fewer folders than that is in the event its folders name ("" at the top).
 */
export function eventOf(file: string, depth: number): string {
  if (depth <= 0) return '';
  let at = -1;
  for (let k = 0; k < depth; k++) {
    const next = file.indexOf('/', at + 1);
    if (next < 0) break;
    at = next;
  }
  return at < 0 ? '' : file.slice(0, at);
}

/** What the corpus knows across sources: linked actors, claims with speakers, contradictions (of all its events). */
export interface CorpusView extends EventPart {
  version: number;
  /** The corpus's eventDepth: sources in different events are not compared. */
  eventDepth?: number;
  /** Mentions of each file sorted by offset, for position queries. */
  mentionsByFile: Map<string, Mention[]>;
  claimsByFile: Map<string, Claim[]>;
  /** Each event's items, when the view was put together by events: a change in a few events is put in without touching the others (see patchView). */
  parts?: ReadonlyMap<string, EventPart>;
}

/** Most confident first; then by kind and topic, so the order is the same on every run. */
export function byConfidence(a: Contradiction, b: Contradiction): number {
  return b.confidence - a.confidence || a.kind.localeCompare(b.kind) || a.topic.localeCompare(b.topic);
}

/** Creates an empty corpus; `eventDepth` says which files are one event (see eventOf). */
export function createCorpus(options: { eventDepth?: number } = {}): Corpus {
  return { docs: new Map(), version: 0, eventDepth: Math.max(0, Math.floor(options.eventDepth ?? 0)) };
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
  // Object.assign, and a field deleted only where there is one: a spread copy given a new field, or an
  // object with a field deleted, is slower to make and to read in V8, and views hold tens of thousands.
  const linked: Claim = Object.assign({}, c, { id });
  const speaker = c.speakerSpan ? mentionAt(fileMentions, c.speakerSpan.start, c.speakerSpan.end) : undefined;
  // "Aldoria's interior minister": a possessive name modifies the speaker, it is not the speaker.
  const possessive = speaker && /^['’]s\s/.test(text.slice(speaker.end, speaker.end + 3)) && (c.speakerText ?? '').length > speaker.text.length + 3;
  if (speaker?.actor && !possessive) linked.speaker = speaker.actor;
  else if (linked.speaker !== undefined) delete linked.speaker;
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

/** Sources as a view of events lists them: each event's dated by its own (see datedSources), in the order given. */
export function eventSources(metas: readonly SourceMeta[], depth: number): SourceMeta[] {
  if (depth <= 0) return datedSources(metas);
  const byEvent = new Map<string, SourceMeta[]>();
  for (const m of metas) {
    const event = eventOf(m.file, depth);
    (byEvent.get(event) ?? byEvent.set(event, []).get(event)!).push(m);
  }
  const dated = new Map<string, SourceMeta>();
  for (const list of byEvent.values()) for (const m of datedSources(list)) dated.set(m.file, m);
  return metas.map((m) => dated.get(m.file)!);
}

/** The plain data of a view: what crosses a thread boundary; `hydrateView` rebuilds the indexes. */
export interface ViewData {
  version: number;
  eventDepth?: number;
  sources: SourceMeta[];
  actors: Actor[];
  claims: Claim[];
  contradictions: Contradiction[];
}

/** The plain data of a view, for another thread. */
export function viewData(view: CorpusView): ViewData {
  const { version, eventDepth, sources, actors, claims, contradictions } = view;
  return { version, eventDepth, sources, actors, claims, contradictions };
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
  const empty = (): ViewData => ({ version: data.version, eventDepth: data.eventDepth, sources: [], actors: [], claims: [], contradictions: [] });
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

/** An empty event part. */
export function emptyPart(): EventPart {
  return { sources: [], actors: [], claims: [], contradictions: [], actorById: new Map(), claimById: new Map() };
}

/**
 * The event whose part holds an id: an event's ids start with its folder path and a slash (see
 * corpusView), those of the top folder's articles and of a corpus of one event with none.
 */
function eventOfId(id: string): string {
  const at = id.lastIndexOf('/');
  return at < 0 ? '' : id.slice(0, at);
}

/**
 * A read-only map whose entries another structure holds: a subclass says how to get one and how to
 * list them (a view's lookups, made without copying the entries of every article).
 */
export abstract class ReadOnlyMap<K, V> extends Map<K, V> {
  constructor() {
    super();
  }
  abstract override get(key: K): V | undefined;
  abstract override entries(): MapIterator<[K, V]>;
  override has(key: K): boolean {
    return this.get(key) !== undefined;
  }
  override get size(): number {
    let n = 0;
    for (const it = this.entries(); !it.next().done;) n++;
    return n;
  }
  override *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
  override forEach(f: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) f.call(thisArg, v, k, this);
  }
  override set(): this {
    throw new Error('a view\'s lookups are read-only');
  }
  override delete(): boolean {
    throw new Error('a view\'s lookups are read-only');
  }
  override clear(): void {
    throw new Error('a view\'s lookups are read-only');
  }
}

/**
 * A view's actors or claims by id, read through its events' own lookups: putting a changed event
 * into a view of thousands of articles then copies no lookup of the others.
 */
class ByEvent<V> extends ReadOnlyMap<string, V> {
  constructor(private readonly parts: ReadonlyMap<string, EventPart>, private readonly pick: (p: EventPart) => ReadonlyMap<string, V>) {
    super();
  }
  override get(key: string): V | undefined {
    const part = this.parts.get(eventOfId(key));
    const found = part ? this.pick(part).get(key) : undefined;
    if (found !== undefined) return found;
    // An id made elsewhere (a correction's actor) is looked for in every event.
    for (const p of this.parts.values()) {
      const v = this.pick(p).get(key);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  override get size(): number {
    let n = 0;
    for (const p of this.parts.values()) n += this.pick(p).size;
    return n;
  }
  override *entries(): MapIterator<[string, V]> {
    for (const p of this.parts.values()) yield* this.pick(p).entries();
  }
}

/** Lookups by id over a view's events: an event's own when there is one. */
function lookups(parts: ReadonlyMap<string, EventPart>): Pick<CorpusView, 'actorById' | 'claimById'> {
  if (parts.size === 1) {
    const [only] = parts.values();
    return { actorById: only.actorById, claimById: only.claimById };
  }
  return { actorById: new ByEvent(parts, (p) => p.actorById), claimById: new ByEvent(parts, (p) => p.claimById) };
}

const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * A view made of its events' parts: sources in file order, actors and claims event by event (in
 * the order of the events' names), contradictions most confident first.
 */
export function assembleView(version: number, eventDepth: number, parts: ReadonlyMap<string, EventPart>, mentionsByFile: Map<string, Mention[]>, claimsByFile: Map<string, Claim[]>): CorpusView {
  const ordered = [...parts.keys()].sort().map((event) => parts.get(event)!);
  const one = ordered.length === 1 ? ordered[0] : undefined;
  // concat rather than flatMap: on tens of thousands of claims it is many times quicker. (In runs
  // of lists, as a call takes a bounded number of arguments.)
  const all = <T>(list: (p: EventPart) => T[]): T[] => {
    let out: T[] = [];
    for (let i = 0; i < ordered.length; i += 4096) out = out.concat(...ordered.slice(i, i + 4096).map(list));
    return out;
  };
  return {
    version,
    eventDepth,
    sources: one ? one.sources : all((p) => p.sources).sort(byFile),
    actors: one ? one.actors : all((p) => p.actors),
    claims: one ? one.claims : all((p) => p.claims),
    contradictions: one ? one.contradictions : all((p) => p.contradictions).sort(byConfidence),
    ...(parts.size ? lookups(parts) : { actorById: new Map(), claimById: new Map() }),
    mentionsByFile,
    claimsByFile,
    parts,
  };
}

/**
 * Puts a view back together from its parts as they arrive, building its lookups part by part so no
 * single step takes long; `finish` sorts each file's lists and returns the view. Its lists keep the
 * order they arrive in; its lookups are kept by event.
 */
export function viewAssembler(docOf?: (file: string) => { file: string; text: string } | undefined): ViewAssembler {
  const data: ViewData = { version: 0, sources: [], actors: [], claims: [], contradictions: [] };
  // Parts that came as copies (a message from another thread, whose articles `docOf` gives as this
  // thread holds them) hold every string anew; what the view keeps shares them: a file's name and
  // text are the article's, where they are equal, short values one each (see shareSpan). Parts made
  // here (a stored view read against the analyses) share theirs already.
  const files = new Map<string, { file: string; text?: string }>();
  const share = (x: object, file: string) => {
    if (!docOf) return;
    let own = files.get(file);
    if (own === undefined) {
      const doc = docOf(file);
      files.set(file, (own = doc && doc.file === file ? doc : { file }));
    }
    shareSpan(x, own.file, own.text);
  };
  const mentionsByFile = new Map<string, Mention[]>();
  const claimsByFile = new Map<string, Claim[]>();
  const parts = new Map<string, EventPart>();
  const partOf = (file: string): EventPart => {
    const event = eventOf(file, data.eventDepth ?? 0);
    return parts.get(event) ?? parts.set(event, emptyPart()).get(event)!;
  };
  const listOf = <T>(map: Map<string, T[]>, file: string): T[] => map.get(file) ?? map.set(file, []).get(file)!;
  return {
    add(part) {
      data.version = part.version;
      data.eventDepth = part.eventDepth;
      for (const s of part.sources) {
        data.sources.push(s);
        partOf(s.file).sources.push(s);
        listOf(mentionsByFile, s.file);
        listOf(claimsByFile, s.file);
      }
      for (const a of part.actors) {
        data.actors.push(a);
        if (docOf) shareSpan(a);
        const p = partOf(a.mentions[0]?.file ?? '');
        p.actors.push(a);
        p.actorById.set(a.id, a);
        for (const m of a.mentions) {
          share(m, m.file);
          listOf(mentionsByFile, m.file).push(m);
        }
      }
      for (const c of part.claims) {
        share(c, c.file);
        for (const f of c.figures) share(f, c.file);
        data.claims.push(c);
        const p = partOf(c.file);
        p.claims.push(c);
        p.claimById.set(c.id, c);
        listOf(claimsByFile, c.file).push(c);
      }
      for (const x of part.contradictions) {
        for (const side of x.sides) share(side, side.file);
        data.contradictions.push(x);
        partOf(x.sides[0]?.file ?? '').contradictions.push(x);
      }
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
      const byId = parts.size ? lookups(parts) : { actorById: new Map(), claimById: new Map() };
      return { ...data, ...byId, mentionsByFile, claimsByFile, parts };
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

/**
 * A view with the events `replaces` names taken from `changed` (a view of those events alone, see
 * viewChanges) and the others kept from `base`: what a thread holding `base` needs after a change
 * in a few events, without receiving the whole view again. Both must be put together by events
 * (see viewAssembler); the result lists its items as corpusView does. No lookup of a kept event is copied.
 */
export function patchView(base: CorpusView, replaces: readonly string[], changed: CorpusView): CorpusView {
  if (!base.parts || !changed.parts) throw new Error('a view not put together by events cannot take changed events');
  const gone = new Set(replaces);
  const parts = new Map<string, EventPart>();
  for (const [event, part] of base.parts) if (!gone.has(event)) parts.set(event, part);
  for (const [event, part] of changed.parts) parts.set(event, part);
  const mentionsByFile = new Map<string, Mention[]>();
  const claimsByFile = new Map<string, Claim[]>();
  const depth = base.eventDepth ?? 0;
  for (const [file, list] of base.mentionsByFile) if (!gone.has(eventOf(file, depth))) mentionsByFile.set(file, list);
  for (const [file, list] of base.claimsByFile) if (!gone.has(eventOf(file, depth))) claimsByFile.set(file, list);
  for (const [file, list] of changed.mentionsByFile) mentionsByFile.set(file, list);
  for (const [file, list] of changed.claimsByFile) claimsByFile.set(file, list);
  return assembleView(changed.version, depth, parts, mentionsByFile, claimsByFile);
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

const eventIndexes = new WeakMap<CorpusView, Map<string, number>>();
/**
 * The event of a view's file (see eventOf) and how many sources it has; `name` is empty when the
 * view is of one event, so a list names events only when there are several to tell apart.
 */
export function eventOfFile(view: CorpusView, file: string): { name: string; sources: number } {
  const depth = view.eventDepth ?? 0;
  let idx = eventIndexes.get(view);
  if (!idx) {
    idx = new Map();
    for (const s of view.sources) idx.set(eventOf(s.file, depth), (idx.get(eventOf(s.file, depth)) ?? 0) + 1);
    eventIndexes.set(view, idx);
  }
  const event = eventOf(file, depth);
  return { name: idx.size > 1 ? event || '(top folder)' : '', sources: idx.get(event) ?? view.sources.length };
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
/** The same quantity (unit class and event class) in every other claim of the claim's event, agreeing or not. */
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
  const depth = view.eventDepth ?? 0;
  const event = eventOf(claim.file, depth);
  return (idx.get(key) ?? []).filter((r) => r.claim !== claim && (depth === 0 || eventOf(r.claim.file, depth) === event))
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
