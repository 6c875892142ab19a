// The journalist's corrections, stored beside the articles as `.triangulate/annotations.json`.
// An automatic reading is a draft; these annotations are the record, so the file is plain,
// stable, 2-space JSON that diffs well in git, and every annotation is anchored to the text it
// is about (a quote with its context and its old position), never to an engine id such as
// `a12` or `x3` that changes when the articles are analysed again.
import type { ActorType, Polarity } from '../types';
import { lineColumn, parseJson, type JsonPositions } from './json';
import { hash64 } from './hash';

export const ANNOTATIONS_VERSION = 1;
/** Where the extension stores the file, relative to the analysed folder. */
export const ANNOTATIONS_PATH = '.triangulate/annotations.json';

/** A W3C TextQuoteSelector and TextPositionSelector in one: the quote, ~32 characters each side, and where it was. */
export interface Selector {
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offsets into the file's text when the annotation was made (or last re-anchored). */
  start: number;
  end: number;
}

/** A span of an article file, anchored by its quote. */
export interface Target {
  /** Path relative to the analysed folder, with `/` (as in SourceMeta.file). */
  file: string;
  selector: Selector;
}

export type Verdict = 'verified' | 'disputed';

export type AnnotationKind =
  | 'actor.mark' | 'actor.reject' | 'actor.retype' | 'actor.merge' | 'actor.split' | 'actor.rename'
  | 'claim.speaker' | 'claim.mark' | 'claim.verdict'
  | 'contradiction.confirm' | 'contradiction.dismiss' | 'contradiction.note'
  | 'note';

interface Base<K extends AnnotationKind> {
  id: string;
  kind: K;
  /** ISO 8601 time the annotation was made. */
  created: string;
  author?: string;
  /** The span the annotation is about: a mention for actor kinds, a claim's passage, a contradiction's first side. */
  target: Target;
}

/** The target span names an actor of this type (joining the actor called `name`, or one whose alias it is). */
export interface ActorMark extends Base<'actor.mark'> { actorType: ActorType; name?: string }
/** The target span is not an actor. */
export type ActorReject = Base<'actor.reject'>;
/** The actor mentioned at the target has this type. */
export interface ActorRetype extends Base<'actor.retype'> { actorType: ActorType }
/** The actor mentioned at the target and the one mentioned at `with` are one actor. */
export interface ActorMerge extends Base<'actor.merge'> { with: Target }
/** The mention at the target does not belong to its actor: it is its own actor, or the actor mentioned at `into`. */
export interface ActorSplit extends Base<'actor.split'> { into?: Target }
/** The actor mentioned at the target is called `name`. */
export interface ActorRename extends Base<'actor.rename'> { name: string }
/** The claim at the target is spoken by the actor mentioned at `speaker`, or by `speakerName`; by nobody when both are absent. */
export interface ClaimSpeaker extends Base<'claim.speaker'> { speaker?: Target; speakerName?: string }
/** The target passage is a claim (with an optional speaker and polarity). */
export interface ClaimMark extends Base<'claim.mark'> { speaker?: Target; speakerName?: string; polarity?: Polarity }
/** The journalist checked the claim at the target. */
export interface ClaimVerdict extends Base<'claim.verdict'> { verdict: Verdict; note?: string }
/** Fields naming a contradiction: its stable key and the anchors of its sides (`target` is the first). */
export interface ContradictionRef { key: string; others: Target[] }
export interface ContradictionConfirm extends Base<'contradiction.confirm'>, ContradictionRef { note?: string }
export interface ContradictionDismiss extends Base<'contradiction.dismiss'>, ContradictionRef { reason?: string }
export interface ContradictionNote extends Base<'contradiction.note'>, ContradictionRef { text: string }
/** A free note on any span. */
export interface Note extends Base<'note'> { text: string }

export type Annotation =
  | ActorMark | ActorReject | ActorRetype | ActorMerge | ActorSplit | ActorRename
  | ClaimSpeaker | ClaimMark | ClaimVerdict
  | ContradictionConfirm | ContradictionDismiss | ContradictionNote
  | Note;

/** The annotations file, version 1. */
export interface AnnotationsFile {
  version: 1;
  annotations: Annotation[];
}

type FieldType = 'string' | 'text' | 'actorType' | 'polarity' | 'verdict' | 'target' | 'targets';
interface FieldSpec { name: string; type: FieldType; required: boolean }

const f = (name: string, type: FieldType, required = false): FieldSpec => ({ name, type, required });
const REF = [f('key', 'string', true), f('others', 'targets', true)];

/** The body fields of each kind, in the order they are written. */
export const KIND_FIELDS: Record<AnnotationKind, readonly FieldSpec[]> = {
  'actor.mark': [f('actorType', 'actorType', true), f('name', 'text')],
  'actor.reject': [],
  'actor.retype': [f('actorType', 'actorType', true)],
  'actor.merge': [f('with', 'target', true)],
  'actor.split': [f('into', 'target')],
  'actor.rename': [f('name', 'text', true)],
  'claim.speaker': [f('speaker', 'target'), f('speakerName', 'text')],
  'claim.mark': [f('speaker', 'target'), f('speakerName', 'text'), f('polarity', 'polarity')],
  'claim.verdict': [f('verdict', 'verdict', true), f('note', 'string')],
  'contradiction.confirm': [...REF, f('note', 'string')],
  'contradiction.dismiss': [...REF, f('reason', 'string')],
  'contradiction.note': [...REF, f('text', 'string', true)],
  note: [f('text', 'string', true)],
};

export const ANNOTATION_KINDS = Object.keys(KIND_FIELDS) as AnnotationKind[];
const BASE_KEYS = ['id', 'kind', 'created', 'author', 'target'];
const ACTOR_TYPES: readonly string[] = ['person', 'organization', 'place', 'other'];
const ENUMS: Partial<Record<FieldType, readonly string[]>> = {
  actorType: ACTOR_TYPES,
  polarity: ['affirm', 'deny'],
  verdict: ['verified', 'disputed'],
};

/** Whether a string names an annotation kind. */
export function isAnnotationKind(kind: unknown): kind is AnnotationKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(KIND_FIELDS, kind);
}

/** An empty annotations file. */
export function emptyAnnotationsFile(): AnnotationsFile {
  return { version: 1, annotations: [] };
}

// ---------------------------------------------------------------------------------------
// Reading

export type ParseResult = { ok: true; file: AnnotationsFile } | { ok: false; error: string; line?: number };

interface Problem { message: string; at?: number }

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a decoded annotations document; positions (when known) locate each problem. */
function validate(doc: unknown, pos?: JsonPositions): { file?: AnnotationsFile; problem?: Problem } {
  const at = (o: object, key?: string | number): number | undefined => (key === undefined ? pos?.of(o) : pos?.child(o, key) ?? pos?.of(o));
  const problem = (message: string, o?: object, key?: string | number): { problem: Problem } => ({ problem: { message, at: o ? at(o, key) : undefined } });

  if (!isObject(doc)) return problem('The annotations file must be a JSON object with "version" and "annotations"', Array.isArray(doc) ? doc : undefined);
  for (const k of Object.keys(doc)) if (k !== 'version' && k !== 'annotations') return problem(`Unknown property "${k}" at the top level`, doc, k);
  if (doc.version !== 1) {
    return problem(doc.version === undefined ? 'Missing "version": 1'
      : `Unsupported version ${JSON.stringify(doc.version)}: this Triangulate reads version 1`, doc, 'version');
  }
  if (!Array.isArray(doc.annotations)) return problem('"annotations" must be an array', doc, doc.annotations === undefined ? undefined : 'annotations');

  const out: Annotation[] = [];
  const ids = new Set<string>();
  for (let n = 0; n < doc.annotations.length; n++) {
    const a: unknown = doc.annotations[n];
    const where = `annotation ${n + 1}`;
    if (!isObject(a)) return problem(`${where} must be an object`, doc.annotations, n);
    const label = typeof a.id === 'string' ? `annotation "${a.id}"` : where;
    if (typeof a.id !== 'string' || !a.id.trim()) return problem(`${where}: "id" must be a non-empty string`, a, 'id');
    if (ids.has(a.id)) return problem(`Duplicate annotation id "${a.id}"`, a, 'id');
    ids.add(a.id);
    if (!isAnnotationKind(a.kind)) {
      return problem(`${label}: unknown kind ${JSON.stringify(a.kind)}; expected one of ${ANNOTATION_KINDS.join(', ')}`, a, 'kind');
    }
    const kind = a.kind;
    if (typeof a.created !== 'string' || Number.isNaN(Date.parse(a.created))) return problem(`${label}: "created" must be an ISO date-time string`, a, 'created');
    if (a.author !== undefined && typeof a.author !== 'string') return problem(`${label}: "author" must be a string`, a, 'author');
    const fields = KIND_FIELDS[kind];
    for (const k of Object.keys(a)) {
      if (!BASE_KEYS.includes(k) && !fields.some((x) => x.name === k)) return problem(`${label}: property "${k}" is not allowed on a ${kind} annotation`, a, k);
    }
    const target = readTarget(a.target, `${label}: "target"`);
    if (typeof target === 'string') return problem(target, a, 'target');
    const ann: Json = { id: a.id, kind, created: a.created };
    if (a.author !== undefined) ann.author = a.author;
    ann.target = target;
    for (const spec of fields) {
      const v = a[spec.name];
      if (v === undefined) {
        if (spec.required) return problem(`${label}: a ${kind} annotation needs "${spec.name}"`, a);
        continue;
      }
      const what = `${label}: "${spec.name}"`;
      if (spec.type === 'target') {
        const t = readTarget(v, what);
        if (typeof t === 'string') return problem(t, a, spec.name);
        ann[spec.name] = t;
      } else if (spec.type === 'targets') {
        if (!Array.isArray(v)) return problem(`${what} must be an array of targets`, a, spec.name);
        const ts: Target[] = [];
        for (let k = 0; k < v.length; k++) {
          const t = readTarget(v[k], `${what}[${k}]`);
          if (typeof t === 'string') return problem(t, v, k);
          ts.push(t);
        }
        ann[spec.name] = ts;
      } else {
        if (typeof v !== 'string') return problem(`${what} must be a string`, a, spec.name);
        const allowed = ENUMS[spec.type];
        if (allowed && !allowed.includes(v)) return problem(`${what} must be one of ${allowed.join(', ')}; found "${v}"`, a, spec.name);
        if (spec.type === 'text' && !v.trim()) return problem(`${what} must not be empty`, a, spec.name);
        ann[spec.name] = v;
      }
    }
    out.push(ann as unknown as Annotation);
  }
  return { file: { version: 1, annotations: out } };

  function readTarget(t: unknown, what: string): Target | string {
    if (!isObject(t)) return `${what} must be an object with "file" and "selector"`;
    if (typeof t.file !== 'string' || !t.file) return `${what}: "file" must be a non-empty string`;
    const s = t.selector;
    if (!isObject(s)) return `${what}: "selector" must be an object with exact, prefix, suffix, start and end`;
    for (const k of Object.keys(t)) if (k !== 'file' && k !== 'selector') return `${what}: unknown property "${k}"`;
    for (const k of Object.keys(s)) if (!['exact', 'prefix', 'suffix', 'start', 'end'].includes(k)) return `${what}: unknown selector property "${k}"`;
    if (typeof s.exact !== 'string' || !s.exact) return `${what}: "selector.exact" must be the non-empty quoted text`;
    for (const k of ['prefix', 'suffix']) if (typeof s[k] !== 'string') return `${what}: "selector.${k}" must be a string`;
    for (const k of ['start', 'end']) {
      const v = s[k];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return `${what}: "selector.${k}" must be a whole number ≥ 0`;
    }
    if ((s.end as number) < (s.start as number)) return `${what}: "selector.end" is before "selector.start"`;
    return {
      file: t.file,
      selector: { exact: s.exact, prefix: s.prefix as string, suffix: s.suffix as string, start: s.start as number, end: s.end as number },
    };
  }
}

/** Parses the text of an annotations file; errors name the problem and its line. */
export function parseAnnotationsFile(text: string): ParseResult {
  // Editors may save a byte-order mark; it is not JSON.
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  // A file the extension has just created, or emptied by hand, holds no annotations.
  if (!body.trim()) return { ok: true, file: emptyAnnotationsFile() };
  const parsed = parseJson(body);
  if (!parsed.ok) {
    const { line, column } = lineColumn(body, parsed.offset);
    return { ok: false, error: `${ANNOTATIONS_PATH} is not valid JSON: ${parsed.error} (line ${line}, column ${column})`, line };
  }
  const { file, problem } = validate(parsed.value, parsed.positions);
  if (problem) {
    if (problem.at === undefined) return { ok: false, error: problem.message };
    const { line } = lineColumn(body, problem.at);
    return { ok: false, error: `${problem.message} (line ${line})`, line };
  }
  return { ok: true, file: file as AnnotationsFile };
}

/** Checks an annotations document already decoded from JSON (an import, a message from a webview). */
export function validateAnnotationsFile(doc: unknown): ParseResult {
  const { file, problem } = validate(doc);
  return problem ? { ok: false, error: problem.message } : { ok: true, file: file as AnnotationsFile };
}

// ---------------------------------------------------------------------------------------
// Writing

/** A target with its keys in the written order. */
function orderedTarget(t: Target): Target {
  const s = t.selector;
  return { file: t.file, selector: { exact: s.exact, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end } };
}

/** The body fields of an annotation (everything but id, kind, created, author, target), in the written order. */
export function annotationData(a: Annotation): Record<string, unknown> {
  const src = a as unknown as Json;
  const out: Json = {};
  for (const spec of KIND_FIELDS[a.kind]) {
    const v = src[spec.name];
    if (v === undefined) continue;
    out[spec.name] = spec.type === 'target' ? orderedTarget(v as Target) : spec.type === 'targets' ? (v as Target[]).map(orderedTarget) : v;
  }
  return out;
}

/** An annotation with its keys in the written order and nothing else. */
export function normalizeAnnotation(a: Annotation): Annotation {
  const out: Json = { id: a.id, kind: a.kind, created: a.created };
  if (a.author !== undefined) out.author = a.author;
  out.target = orderedTarget(a.target);
  Object.assign(out, annotationData(a));
  return out as unknown as Annotation;
}

const byId = (a: Annotation, b: Annotation): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The text of an annotations file: 2-space JSON, annotations by id (so by time), keys in a fixed order, a final newline. */
export function serializeAnnotationsFile(file: AnnotationsFile): string {
  // Ids start with the creation time in base 36, so sorting by id appends new annotations at
  // the end: two people annotating on two branches touch different lines of the file.
  const annotations = [...file.annotations].sort(byId).map(normalizeAnnotation);
  return JSON.stringify({ version: 1, annotations }, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------
// Mutations (the extension's commands): pure, each returns a new file.

/** Adds an annotation, or replaces the one with the same id; returns a new file. */
export function addAnnotation(file: AnnotationsFile, annotation: Annotation): AnnotationsFile {
  const annotations = file.annotations.filter((a) => a.id !== annotation.id);
  annotations.push(normalizeAnnotation(annotation));
  return { version: 1, annotations: annotations.sort(byId) };
}

/** Removes the annotation with an id; returns a new file (equal to the old one when the id is absent). */
export function removeAnnotation(file: AnnotationsFile, id: string): AnnotationsFile {
  return { version: 1, annotations: file.annotations.filter((a) => a.id !== id) };
}

/** A deterministic annotation id, `an-<base-36 time>-<hash of seed>`, different from the ids already in `file`. */
export function newAnnotationId(now: Date, seed: string, file?: AnnotationsFile): string {
  // Base-36 milliseconds are 8 digits from 1973 to 2059: ids sort in time order.
  const time = Math.max(0, now.getTime()).toString(36).padStart(8, '0');
  const taken = new Set(file?.annotations.map((a) => a.id));
  for (let n = 0; ; n++) {
    const id = `an-${time}-${hash64(n ? `${seed}\u0000${n}` : seed).slice(0, 8)}`;
    if (!taken.has(id)) return id;
  }
}
