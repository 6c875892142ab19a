// Import and export in the W3C Web Annotation Data Model (JSON-LD), so a journalist's
// corrections can travel to and from other annotation tools (Hypothesis, Recogito, a
// newsroom's archive). Triangulate's own fields ride along in namespaced properties, so an
// export read back is the same file; annotations made elsewhere come in as notes.
import {
  ANNOTATIONS_PATH, annotationData, isAnnotationKind, newAnnotationId, normalizeAnnotation, validateAnnotationsFile,
  type Annotation, type AnnotationsFile, type Target,
} from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The IRI the `triangulate:` prefix stands for in exported JSON-LD. */
export const TRIANGULATE_NS = 'urn:triangulate:';
const ID_PREFIX = 'urn:triangulate:annotation:';
const KIND = 'triangulate:kind';
const DATA = 'triangulate:data';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const types = (o: Json): string[] => asArray(o.type ?? o['@type']).filter((t): t is string => typeof t === 'string');

type Purpose = 'commenting' | 'tagging' | 'classifying' | 'identifying' | 'assessing' | 'editing';
interface Body { purpose: Purpose; value: string }

/** What a W3C-only reader should see: the correction in words, with the purpose it serves. */
function bodiesOf(a: Annotation): Body[] {
  const b = (purpose: Purpose, value: string): Body => ({ purpose, value });
  const extra = (text: string | undefined): Body[] => (text ? [b('commenting', text)] : []);
  switch (a.kind) {
    case 'actor.mark': return [b('identifying', a.name ?? a.target.selector.exact), b('classifying', a.actorType)];
    case 'actor.reject': return [b('editing', 'Not an actor')];
    case 'actor.retype': return [b('classifying', a.actorType)];
    case 'actor.merge': return [b('identifying', `Same actor as “${a.with.selector.exact}”`)];
    case 'actor.split': return [b('editing', a.into ? `Mentions the actor of “${a.into.selector.exact}”, not the actor it was linked to` : 'Not the actor it was linked to')];
    case 'actor.rename': return [b('editing', a.name)];
    case 'claim.speaker': return [b('identifying', `Speaker: ${a.speakerName ?? a.speaker?.selector.exact ?? 'none'}`)];
    case 'claim.mark': return [b('tagging', 'claim'), ...(a.speakerName || a.speaker ? [b('identifying', `Speaker: ${a.speakerName ?? a.speaker?.selector.exact}`)] : [])];
    case 'claim.verdict': return [b('assessing', a.verdict), ...extra(a.note)];
    case 'contradiction.confirm': return [b('assessing', 'Confirmed contradiction'), ...extra(a.note)];
    case 'contradiction.dismiss': return [b('assessing', 'Dismissed: not a contradiction'), ...extra(a.reason)];
    case 'contradiction.note': return [b('commenting', a.text)];
    case 'note': return [b('commenting', a.text)];
  }
}

function joinUri(base: string, path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return base.endsWith('/') ? base + encoded : `${base}/${encoded}`;
}

function w3cTarget(t: Target, baseUri?: string): Json {
  const s = t.selector;
  const quote: Json = { type: 'TextQuoteSelector', exact: s.exact };
  if (s.prefix) quote.prefix = s.prefix;
  if (s.suffix) quote.suffix = s.suffix;
  return {
    source: baseUri ? joinUri(baseUri, t.file) : t.file,
    selector: [quote, { type: 'TextPositionSelector', start: s.start, end: s.end }],
  };
}

/** Exports an annotations file as a W3C AnnotationCollection (JSON-LD); sources are resolved against baseUri when given. */
export function toW3C(file: AnnotationsFile, baseUri?: string): object {
  const items = [...file.annotations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((a) => {
    const bodies = bodiesOf(a);
    // Every passage the annotation is about is a target, so other tools can show them all.
    const targets = [a.target, ...(a.kind === 'actor.merge' ? [a.with] : []), ...('others' in a ? a.others : [])].map((t) => w3cTarget(t, baseUri));
    const item: Json = {
      id: baseUri ? `${joinUri(baseUri, ANNOTATIONS_PATH)}#${encodeURIComponent(a.id)}` : ID_PREFIX + encodeURIComponent(a.id),
      type: 'Annotation',
      motivation: bodies[0].purpose,
      created: a.created,
    };
    if (a.author !== undefined) item.creator = { type: 'Person', name: a.author };
    item.body = bodies.map((x) => ({ type: 'TextualBody', value: x.value, format: 'text/plain', purpose: x.purpose }));
    item.target = targets.length === 1 ? targets[0] : targets;
    item[KIND] = a.kind;
    item[DATA] = annotationData(a);
    return item;
  });
  const collection: Json = {
    // JSON-LD 1.1: the data is a JSON literal, not a graph of nodes.
    '@context': [ANNO_CONTEXT, { triangulate: TRIANGULATE_NS, [DATA]: { '@id': DATA, '@type': '@json' } }],
    type: 'AnnotationCollection',
    label: 'Triangulate annotations',
  };
  if (baseUri) collection.id = joinUri(baseUri, ANNOTATIONS_PATH);
  collection.total = items.length;
  collection.first = { type: 'AnnotationPage', startIndex: 0, items };
  return collection;
}

export type W3CImport = { ok: true; file: AnnotationsFile; skipped: string[] } | { ok: false; error: string };

/** Reads W3C annotations (a collection, a page, a list or one annotation); Triangulate's own come back as they were, others as notes. */
export function fromW3C(json: unknown, baseUri?: string): W3CImport {
  let items: unknown[];
  if (Array.isArray(json)) items = json;
  else if (!isObject(json)) return { ok: false, error: 'Not a W3C annotation document: expected a JSON object or array' };
  else if (types(json).includes('Annotation')) items = [json];
  else if (types(json).includes('AnnotationCollection')) {
    const first = json.first;
    if (typeof first === 'string') return { ok: false, error: 'The collection\'s pages are not embedded (its "first" is a link); export it with its items' };
    items = isObject(first) ? asArray(first.items) : asArray(json.items);
  } else if (types(json).includes('AnnotationPage')) items = asArray(json.items);
  else return { ok: false, error: 'Not a W3C annotation document: expected type Annotation, AnnotationPage or AnnotationCollection' };

  const annotations: Annotation[] = [];
  const skipped: string[] = [];
  for (let n = 0; n < items.length; n++) {
    const item = items[n];
    if (!isObject(item) || !types(item).includes('Annotation')) {
      skipped.push(`item ${n + 1}: not an Annotation`);
      continue;
    }
    const targets = asArray(item.target).map((t) => readTarget(t, baseUri));
    const first = targets[0];
    if (!first || typeof first === 'string') {
      skipped.push(`item ${n + 1}: ${first ?? 'no target'}`);
      continue;
    }
    const created = typeof item.created === 'string' && !Number.isNaN(Date.parse(item.created)) ? item.created
      : typeof item.modified === 'string' && !Number.isNaN(Date.parse(item.modified)) ? item.modified : new Date(0).toISOString();
    const author = creatorName(item.creator);
    const kind = item[KIND];
    if (kind !== undefined) {
      if (!isAnnotationKind(kind)) return { ok: false, error: `item ${n + 1}: unknown ${KIND} ${JSON.stringify(kind)}` };
      const data = item[DATA] ?? {};
      if (!isObject(data)) return { ok: false, error: `item ${n + 1}: ${DATA} must be an object` };
      const id = ownId(item.id);
      if (!id) return { ok: false, error: `item ${n + 1}: a Triangulate annotation needs its id` };
      // The envelope wins over anything in the data; stray data fields fail validation below.
      annotations.push({ ...data, id, kind, created, ...(author !== undefined ? { author } : {}), target: first } as unknown as Annotation);
      continue;
    }
    // Another tool's annotation: its words become a note on its quote.
    const text = asArray(item.body).concat(item.bodyValue === undefined ? [] : [{ type: 'TextualBody', value: item.bodyValue }])
      .map((b) => (typeof b === 'string' ? undefined : isObject(b) && (types(b).includes('TextualBody') || 'value' in b) && typeof b.value === 'string' ? b.value : undefined))
      .filter((v): v is string => v !== undefined)
      .join('\n');
    const seed = typeof item.id === 'string' ? item.id : JSON.stringify(first);
    const id = newAnnotationId(new Date(created), seed, { version: 1, annotations });
    annotations.push({ id, kind: 'note', created, ...(author !== undefined ? { author } : {}), target: first, text });
  }
  const checked = validateAnnotationsFile({ version: 1, annotations });
  if (!checked.ok) return { ok: false, error: checked.error };
  const file: AnnotationsFile = {
    version: 1,
    annotations: checked.file.annotations.map(normalizeAnnotation).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  return { ok: true, file, skipped };
}

function ownId(iri: unknown): string | undefined {
  if (typeof iri !== 'string') return undefined;
  const raw = iri.startsWith(ID_PREFIX) ? iri.slice(ID_PREFIX.length) : iri.includes('#') ? iri.slice(iri.lastIndexOf('#') + 1) : iri;
  try {
    return decodeURIComponent(raw) || undefined;
  } catch {
    return raw || undefined;
  }
}

function creatorName(c: unknown): string | undefined {
  const first = asArray(c)[0];
  if (typeof first === 'string') return first;
  if (isObject(first)) for (const k of ['name', 'nickname', 'id']) if (typeof first[k] === 'string') return first[k] as string;
  return undefined;
}

function fileOf(source: string, baseUri?: string): string {
  if (baseUri) {
    const base = baseUri.endsWith('/') ? baseUri : baseUri + '/';
    if (source.startsWith(base)) {
      const rel = source.slice(base.length);
      try {
        return rel.split('/').map(decodeURIComponent).join('/');
      } catch {
        return rel;
      }
    }
  }
  return source;
}

/** A Triangulate target from a W3C target, or why there is none. */
function readTarget(t: unknown, baseUri?: string): Target | string {
  if (!isObject(t)) return 'the target names a whole resource, not a passage';
  const source = typeof t.source === 'string' ? t.source : isObject(t.source) && typeof t.source.id === 'string' ? t.source.id : undefined;
  if (!source) return 'the target has no source';
  const selectors = asArray(t.selector).filter(isObject);
  const q = selectors.find((s) => types(s).includes('TextQuoteSelector'));
  const p = selectors.find((s) => types(s).includes('TextPositionSelector'));
  if (!q || typeof q.exact !== 'string' || !q.exact) return 'the target has no TextQuoteSelector';
  const exact = q.exact;
  const okPos = p && Number.isInteger(p.start) && Number.isInteger(p.end) && (p.start as number) >= 0 && (p.end as number) >= (p.start as number);
  // Without a position the quote is found by its text and context alone (see reanchor).
  const start = okPos ? (p.start as number) : 0;
  const end = okPos ? (p.end as number) : exact.length;
  return {
    file: fileOf(source, baseUri),
    selector: { exact, prefix: typeof q.prefix === 'string' ? q.prefix : '', suffix: typeof q.suffix === 'string' ? q.suffix : '', start, end },
  };
}
