import type { Actor, ActorType, Claim, Contradiction, DocumentAnalysis, Mention } from './types';
import { VIEW_PART_SIZES, drain, eventSources, runs, viewAssembler, type CorpusView, type PartSizes, type ViewData } from './view';

/**
 * The engine's cross-source view as bytes to store, written against the analyses it was built
 * from: a mention is where it is in its document's analysis, a claim which of the analysis'
 * claims it is, with the ids and speakers the view gave them. The analyses are stored anyway, so
 * the view takes a tenth of the room and is read back several times faster.
 *
 * Layout: a line naming the files (sorted) and how many parts follow, then one JSON line per part,
 * so neither storing nor reading makes one string of the whole view.
 */
const FORMAT = 'refs-1';

interface StoredActor extends Omit<Actor, 'mentions'> {
  /** Each mention as two numbers: its file's index in the head's list, its index in that analysis' mentions. */
  at: number[];
  /** Mentions whose type the linker changed, by their place in `at` (counted in mentions). */
  retyped?: Record<number, ActorType>;
  /**
   * Mentions the view found that the analysis has not (a name another article tags), by their place
   * in `at`, where the index is -1: their start and end in the file. Their type is in `retyped`.
   */
  found?: Record<number, [number, number]>;
}

interface StoredClaim {
  /** The file's index in the head's list, and the claim's index in that analysis' claims. */
  f: number;
  k: number;
  id: string;
  speaker?: string;
}

interface StoredPart {
  actors?: StoredActor[];
  claims?: StoredClaim[];
  contradictions?: Contradiction[];
}

const spanKey = (x: { start: number; end: number }) => `${x.start}:${x.end}`;

/** Where each item of a file's list is, by span; a span seen twice takes its places in order. */
function places<T extends { start: number; end: number }>(items: readonly T[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((x, i) => (out.get(spanKey(x)) ?? out.set(spanKey(x), []).get(spanKey(x))!).push(i));
  return out;
}

// A stored claim is a few numbers, read back in a fraction of the time of a whole one: parts hold more.
const STORED_PART_SIZES: PartSizes = { ...VIEW_PART_SIZES, claims: 800 };

/** Stores the engine's view of `analyses` (the analyses it was built from, by file). */
export function encodeView(analyses: ReadonlyMap<string, DocumentAnalysis>, data: ViewData, size: PartSizes = STORED_PART_SIZES): Uint8Array {
  const files = [...analyses.keys()].sort();
  const index = new Map(files.map((f, i) => [f, i]));
  const mentionPlaces = new Map<string, Map<string, number[]>>();
  const claimPlaces = new Map<string, Map<string, number[]>>();
  const placeOf = (cache: Map<string, Map<string, number[]>>, file: string, list: (a: DocumentAnalysis) => Array<{ start: number; end: number }>, x: { start: number; end: number }, what: string): [number, number] => {
    const f = index.get(file);
    const a = analyses.get(file);
    if (f === undefined || !a) throw new Error(`the view names ${file}, which is not one of its analyses`);
    let byKey = cache.get(file);
    if (!byKey) cache.set(file, (byKey = places(list(a))));
    const at = byKey.get(spanKey(x))?.shift();
    if (at === undefined) throw new Error(`${file}: a ${what} of the view is not in the analysis`);
    return [f, at];
  };
  const actors = data.actors.map((actor): StoredActor => {
    const { mentions, ...rest } = actor;
    const stored: StoredActor = { ...rest, at: [] };
    mentions.forEach((m, i) => {
      const a = analyses.get(m.file);
      let byKey = mentionPlaces.get(m.file);
      if (a && !byKey) mentionPlaces.set(m.file, (byKey = places(a.mentions)));
      if (byKey && !byKey.has(spanKey(m))) {
        stored.at.push(index.get(m.file)!, -1);
        (stored.found ??= {})[i] = [m.start, m.end];
        (stored.retyped ??= {})[i] = m.type;
        return;
      }
      const [f, k] = placeOf(mentionPlaces, m.file, (a) => a.mentions, m, 'mention');
      stored.at.push(f, k);
      if (m.type !== analyses.get(m.file)!.mentions[k].type) (stored.retyped ??= {})[i] = m.type;
    });
    return stored;
  });
  const claims = data.claims.map((c): StoredClaim => {
    const [f, k] = placeOf(claimPlaces, c.file, (a) => a.claims, c, 'claim');
    return c.speaker ? { f, k, id: c.id, speaker: c.speaker } : { f, k, id: c.id };
  });
  const parts: StoredPart[] = [];
  for (const run of runs(actors, size.actors, size.mentions, (a) => a.at.length / 2)) parts.push({ actors: run });
  for (let i = 0; i < claims.length; i += size.claims) parts.push({ claims: claims.slice(i, i + size.claims) });
  for (const contradictions of runs(data.contradictions, size.contradictions, size.sides, (x) => x.sides.length)) parts.push({ contradictions });
  const encoder = new TextEncoder();
  // How many mentions and claims each analysis has: a view is not read against analyses of another shape.
  const shape = files.flatMap((f) => [analyses.get(f)!.mentions.length, analyses.get(f)!.claims.length]);
  const lines = [{ format: FORMAT, files, shape, events: data.eventDepth ?? 0, parts: parts.length }, ...parts].map((x) => encoder.encode(`${JSON.stringify(x)}\n`));
  const out = new Uint8Array(lines.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lines) {
    out.set(l, at);
    at += l.length;
  }
  return out;
}

/**
 * A stored view (see encodeView), put back together with the analyses it was built from; undefined
 * when it is the view of other files, or of other analyses of them, than those given. Throws when the bytes are not a
 * whole stored view, or do not fit the analyses.
 */
export function decodeView(bytes: Uint8Array, analyses: ReadonlyMap<string, DocumentAnalysis>): CorpusView | undefined {
  return drain(readStoredView(bytes, analyses));
}

/**
 * decodeView a part at a time: each step reads one part, so a thread that must stay responsive
 * (the extension host) can let others run between them.
 */
export function* readStoredView(bytes: Uint8Array, analyses: ReadonlyMap<string, DocumentAnalysis>): Generator<void, CorpusView | undefined, void> {
  const decoder = new TextDecoder();
  // JSON escapes line breaks inside strings: every newline byte ends a line.
  const lines: Uint8Array[] = [];
  for (let from = 0, i = bytes.indexOf(10); i >= 0; from = i + 1, i = bytes.indexOf(10, from)) lines.push(bytes.subarray(from, i));
  const head = lines.length ? (JSON.parse(decoder.decode(lines[0])) as { format?: unknown; files?: unknown; shape?: unknown; events?: unknown; parts?: unknown }) : {};
  if (head.format !== FORMAT || !Array.isArray(head.files) || !Array.isArray(head.shape) || head.parts !== lines.length - 1) throw new Error('not a whole stored view');
  const files = head.files as string[];
  const shape = head.shape as number[];
  // The depth at which folders name events (see eventOf); the view of a corpus that had none says none.
  const eventDepth = typeof head.events === 'number' ? head.events : 0;
  const now = [...analyses.keys()].sort();
  if (files.length !== now.length || files.some((f, i) => f !== now[i])) return undefined;
  const docs = files.map((f) => analyses.get(f)!);
  if (docs.some((a, i) => a.mentions.length !== shape[2 * i] || a.claims.length !== shape[2 * i + 1])) return undefined;
  const item = <T>(list: readonly T[] | undefined, k: number): T => {
    const x = list?.[k];
    if (x === undefined) throw new Error('a stored view that does not fit its analyses');
    return x;
  };
  const assembler = viewAssembler();
  // Sources in file order, as the view lists them.
  assembler.add({ version: 0, eventDepth, sources: eventSources(docs.map((a) => a.doc.meta), eventDepth), actors: [], claims: [], contradictions: [] });
  for (const line of lines.slice(1)) {
    yield;
    const part = JSON.parse(decoder.decode(line)) as StoredPart;
    const actors = (part.actors ?? []).map(({ at, retyped, found, ...rest }): Actor => {
      const mentions: Mention[] = [];
      for (let i = 0; i < at.length; i += 2) {
        const span = at[i + 1] === -1 ? found?.[i / 2] : undefined;
        const doc = item(docs, at[i]).doc;
        if (at[i + 1] === -1 && (!span || !(span[0] >= 0 && span[0] < span[1] && span[1] <= doc.text.length) || !retyped?.[i / 2])) throw new Error('a stored view that does not fit its analyses');
        const m: Mention = span
          ? { file: doc.file, start: span[0], end: span[1], text: doc.text.slice(span[0], span[1]), type: retyped![i / 2], actor: rest.id }
          : Object.assign({}, item(item(docs, at[i]).mentions, at[i + 1]), { actor: rest.id }); // (not a spread: see linkClaim)
        const type = retyped?.[i / 2];
        if (type) m.type = type;
        mentions.push(m);
      }
      return { ...rest, mentions };
    });
    const claims = (part.claims ?? []).map(({ f, k, id, speaker }): Claim => {
      const linked: Claim = Object.assign({}, item(item(docs, f).claims, k), { id });
      if (speaker) linked.speaker = speaker;
      else if (linked.speaker !== undefined) delete linked.speaker; // (only where there is one: see linkClaim)
      return linked;
    });
    assembler.add({ version: 0, eventDepth, sources: [], actors, claims, contradictions: part.contradictions ?? [] });
  }
  yield;
  return yield* assembler.finishing();
}
