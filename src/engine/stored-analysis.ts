import { intern } from './memo';
import type { DocumentAnalysis } from './types';

/**
 * A document's analysis as JSON to store next to nothing it can be rebuilt from: the file's text is
 * left out (whoever reads the entry has the text: the entry is found by a hash of it), the prose is
 * stored as the runs it blanks, and a span's file and text are left out where they are the
 * document's file and the text between its offsets. An entry is about half the plain JSON.
 */
const FORMAT = 'analysis-1';

interface StoredAnalysis extends Omit<DocumentAnalysis, 'doc'> {
  format: typeof FORMAT;
  file: string;
  /** The text's length: an entry is not read against another text. */
  length: number;
  /** The prose: as offsets [start, end, ...] of runs of the text it blanks, or whole when it differs otherwise. */
  blanks?: number[];
  prose?: string;
  meta: DocumentAnalysis['doc']['meta'];
  sentences: DocumentAnalysis['doc']['sentences'];
}

/** Every span of the analysis that has a file or a text of its own. */
function* spansOf(a: Pick<DocumentAnalysis, 'mentions' | 'claims' | 'figures' | 'dates'>): Generator<{ start: number; end: number; file?: unknown; text?: unknown }> {
  yield* a.mentions;
  yield* a.figures;
  yield* a.dates;
  for (const c of a.claims) {
    yield c;
    yield* c.figures;
    if (c.dates) yield* c.dates;
  }
}

/** The runs where `prose` blanks `text` with spaces, or undefined when it differs from the text in any other way. */
function blankRuns(text: string, prose: string): number[] | undefined {
  if (prose.length !== text.length) return undefined;
  const runs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (prose.charCodeAt(i) === text.charCodeAt(i)) continue;
    if (prose.charCodeAt(i) !== 32) return undefined;
    const last = runs.length - 1;
    if (last > 0 && runs[last] === i) runs[last] = i + 1;
    else runs.push(i, i + 1);
  }
  return runs;
}

/** An object with numeric offsets (what every stored list holds). */
const isSpan = (x: unknown): x is { start: number; end: number } => !!x && typeof x === 'object' && typeof (x as { start?: unknown }).start === 'number' && typeof (x as { end?: unknown }).end === 'number';

/** Whether `runs` (start, end, start, end, …) are spans of a text of `length`, in order and apart. */
function runsFit(runs: unknown, length: number): runs is number[] {
  if (!Array.isArray(runs) || runs.length % 2) return false;
  let at = 0;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const [start, end] = [runs[i], runs[i + 1]];
    if (!(Number.isInteger(start) && Number.isInteger(end) && at <= start && start < end && end <= length)) return false;
    at = end;
  }
  return true;
}

/** The text with `runs` (which fit it, see runsFit) blanked with spaces. */
function proseOf(text: string, runs: readonly number[]): string {
  if (!runs.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    parts.push(text.slice(at, runs[i]), ' '.repeat(runs[i + 1] - runs[i]));
    at = runs[i + 1];
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The analysis as the JSON to store (see decodeAnalysis). A span's file or text that can be
 * rebuilt is stored as 0: the parsed object then has its fields in their places, to be filled in.
 */
export function encodeAnalysis(analysis: DocumentAnalysis): string {
  const { file, text, prose, meta, sentences } = analysis.doc;
  const spans = new Set<object>(spansOf(analysis));
  const blanks = blankRuns(text, prose);
  const { mentions, claims, figures, dates } = analysis;
  const stored = { format: FORMAT, file, length: text.length, ...(blanks ? { blanks } : { prose }), meta, sentences, mentions, claims, figures, dates };
  return JSON.stringify(stored, function (this: { start: number; end: number }, key: string, value: unknown) {
    if (key === 'file' && value === file && spans.has(this)) return 0;
    if (key === 'text' && spans.has(this) && value === text.slice(this.start, this.end)) return 0;
    return value;
  });
}

/**
 * A stored analysis (see encodeAnalysis) of `file` with `text`, or undefined when the JSON is not
 * one, is of another file, or does not fit the text. With `proseAsRuns` its prose stays the runs it
 * was stored as, made again when read (see proseOnDemand).
 */
export function decodeAnalysis(json: string, file: string, text: string, proseAsRuns = false): DocumentAnalysis | undefined {
  let stored: StoredAnalysis;
  try {
    stored = JSON.parse(json) as StoredAnalysis;
  } catch {
    return undefined;
  }
  if (stored?.format !== FORMAT || stored.file !== file || stored.length !== text.length) return undefined;
  const runs = stored.blanks;
  if (runs !== undefined ? !runsFit(runs, text.length) : typeof stored.prose !== 'string' || stored.prose.length !== text.length) return undefined;
  const { mentions, claims, figures, dates, meta, sentences } = stored;
  if (![mentions, claims, figures, dates, sentences].every(Array.isArray) || !meta || typeof meta !== 'object') return undefined;
  let fits = sentences.every(isSpan);
  const fill = (list: Array<{ start: number; end: number; file?: unknown; text?: unknown }> | undefined) => {
    if (!Array.isArray(list)) {
      fits = false;
      return;
    }
    for (const x of list) {
      if (!isSpan(x)) {
        fits = false;
        return;
      }
      if (x.file === 0) x.file = file;
      if (x.text === 0) {
        if (!(x.start >= 0 && x.start <= x.end && x.end <= text.length)) fits = false;
        x.text = text.slice(x.start, x.end);
      }
    }
  };
  try {
    fill(mentions);
    fill(figures);
    fill(dates);
    fill(claims);
    for (const c of claims) {
      fill(c.figures);
      if (c.dates !== undefined) fill(c.dates);
    }
  } catch {
    return undefined; // lists that are not lists of spans
  }
  if (!fits) return undefined;
  // Read back where the prose is seldom read (see proseOnDemand), it stays the runs it was stored as.
  const doc = { file, text, prose: runs === undefined ? stored.prose! : proseAsRuns ? text : proseOf(text, runs), meta, sentences };
  if (runs !== undefined && proseAsRuns) proseFromRuns(doc, runs);
  return { doc, mentions, claims, figures, dates };
}

// One string for each short value that recurs across analyses: types, cues, units, names, an
// actor's id in each of its mentions. An item's own id, or the claim a side is of, is one of a kind.
const shared = new Map<string, string>();
const SHORT = 32;
const UNIQUE = new Set(['id', 'claim']);

/**
 * Makes an analysis that came as a copy (a message from another thread, or parsed from JSON) hold
 * its strings once, as the one that was made here does: a span's file is the document's, a span's
 * text is the document's text between its offsets (a slice of it, not a copy of its own), and the
 * short values (types, cues, polarity, units, names) are one string each, however many analyses
 * hold them. A copy holds each anew: about a third of what it holds. The analysis is changed in
 * place and returned; its values are equal before and after.
 */
export function shareStrings(analysis: DocumentAnalysis): DocumentAnalysis {
  const { file, text } = analysis.doc;
  for (const x of spansOf(analysis)) shareSpan(x, file, text);
  return analysis;
}

/**
 * The same for one item that came as a copy (see shareStrings): its `file` becomes `file` and its
 * `text` the slice of `text` at its offsets, where they are equal; its other short strings are
 * shared. Changed in place; its values are equal before and after.
 */
export function shareSpan(item: object, file?: string, text?: string): void {
  const x = item as Record<string, unknown>;
  for (const key in x) {
    const v = x[key];
    if (typeof v !== 'string') continue;
    if (key === 'file' && v === file) {
      x[key] = file;
      continue;
    }
    if (key === 'text' && text !== undefined && v.length > SHORT) {
      const { start, end } = x;
      const slice = typeof start === 'number' && end === start + v.length && end <= text.length ? text.slice(start, end) : undefined;
      if (slice === v) {
        x[key] = slice;
        continue;
      }
    }
    if (v.length <= SHORT && !UNIQUE.has(key)) x[key] = intern(shared, v, 50_000);
  }
}

/**
 * Keeps an analysis' prose as the runs of its text it blanks, made again each time it is read: for
 * a thread that holds every analysis but reads their prose only to store or send one (the extension
 * host), where the prose, two bytes a character when the text has a curly quote, is a fifth of what
 * an analysis holds. A prose that is not the text with runs blanked is kept as it is. Changed in
 * place and returned; reading it, copying it or storing it gives what it gave before.
 */
export function proseOnDemand(analysis: DocumentAnalysis): DocumentAnalysis {
  const doc = analysis.doc;
  const runs = blankRuns(doc.text, doc.prose);
  if (runs) proseFromRuns(doc, runs);
  return analysis;
}

// The document's prose made from its text and the runs it blanks when read (the text itself when it blanks none).
function proseFromRuns(doc: DocumentAnalysis['doc'], runs: number[]): void {
  const text = doc.text;
  if (!runs.length) {
    doc.prose = text;
    return;
  }
  Object.defineProperty(doc, 'prose', {
    get: () => proseOf(text, runs),
    set: (value: string) => Object.defineProperty(doc, 'prose', { value, writable: true, enumerable: true, configurable: true }),
    enumerable: true,
    configurable: true,
  });
}
