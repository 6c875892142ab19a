// Anchoring: finding an annotated quote again after the article was edited. The rule that
// shapes everything here: a re-anchored annotation must never land silently on the wrong
// text. A rejected mention re-attached to another "Brandt", or a dismissal moved onto another
// sentence, would corrupt the record; an orphan only asks the journalist to look again. So
// each step accepts a place only on positive evidence (the surrounding text), and ties are
// orphans, not guesses.
import type { Selector, Target } from './model';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** How far context grows to make a quote unique, and by how much at a time. */
const MAX_CONTEXT_LENGTH = 160;
const CONTEXT_STEP = 16;
/** Context similarity (0..1) both sides must reach for an occurrence of the quote to be accepted, unless one side is unchanged. */
const ACCEPT = 0.6;
/** Context of this similarity counts as unchanged. */
const PERFECT = 0.99;
/** How much better the best occurrence's context must be than the runner-up's. */
const MARGIN = 0.15;
/** Quotes shorter than this are only ever found verbatim: one changed letter in "SPA" is another word. */
const FUZZY_MIN_LENGTH = 5;
/** Characters of context nearest the quote that must survive verbatim for a fuzzy match. */
const FUZZY_CONTEXT = 16;

export interface Anchored {
  start: number;
  end: number;
  /** True when the text at [start, end) still equals the quote; false for a fuzzy match. */
  exact: boolean;
}

export type Location =
  | ({ ok: true } & Anchored)
  | { ok: false; reason: 'not-found' | 'ambiguous' };

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** A selector for text[start, end): the quote, ~32 characters of context each side (more where needed), and the offsets. */
export function anchorSpan(text: string, start: number, end: number): Selector {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  // A context shared with another passage (a headline repeated in the front matter, a stock
  // phrase) is no evidence of place: grow it until the quote with its context is unique, so
  // that a copy elsewhere can never match one side of it perfectly.
  let ps = Math.max(0, s - CONTEXT_LENGTH);
  while (ps > 0 && s - ps < MAX_CONTEXT_LENGTH && repeated(text, text.slice(ps, e))) ps = Math.max(0, ps - CONTEXT_STEP);
  let se = Math.min(text.length, e + CONTEXT_LENGTH);
  while (se < text.length && se - e < MAX_CONTEXT_LENGTH && repeated(text, text.slice(s, se))) se = Math.min(text.length, se + CONTEXT_STEP);
  // Context never starts or ends inside a surrogate pair, so it stays valid text in JSON.
  if (ps > 0 && isLow(text.charCodeAt(ps))) ps++;
  if (se < text.length && isHigh(text.charCodeAt(se - 1))) se--;
  return { exact: text.slice(s, e), prefix: text.slice(ps, s), suffix: text.slice(e, se), start: s, end: e };
}

const repeated = (text: string, needle: string): boolean => text.indexOf(needle) !== text.lastIndexOf(needle);

/** A target for text[start, end) of a file. */
export function anchorTarget(file: string, text: string, start: number, end: number): Target {
  return { file, selector: anchorSpan(text, start, end) };
}

/** Finds the selector's quote in (a possibly edited) text; undefined when it cannot be found without guessing. */
export function reanchor(text: string, selector: Selector): Anchored | undefined {
  const found = locate(text, selector);
  return found.ok ? { start: found.start, end: found.end, exact: found.exact } : undefined;
}

/** Like reanchor, but says why a quote could not be placed: gone, or present in more than one equally good place. */
export function locate(text: string, selector: Selector): Location {
  const { exact } = selector;
  if (!exact) return { ok: false, reason: 'not-found' };
  const len = exact.length;

  // 1. Where it was: the common case (nothing changed, or edits elsewhere in the file).
  const old = Math.max(0, selector.start);
  if (text.startsWith(exact, old)) {
    const c = context(text, old, old + len, selector);
    if (c.pre !== undefined || c.suf !== undefined) {
      if ((c.pre ?? 1) >= ACCEPT && (c.suf ?? 1) >= ACCEPT) return { ok: true, start: old, end: old + len, exact: true };
    } else if (text.length === len) {
      return { ok: true, start: 0, end: len, exact: true };
    }
  }

  const ambiguous: Location = { ok: false, reason: 'ambiguous' };
  const touches = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;

  // 2. Every occurrence of the quote, judged by its context; and every place where the
  // quote's own context still stands with something else between ("slots": the original,
  // edited). A verbatim copy elsewhere (a headline repeated in the front matter, a passage
  // pasted twice) must not win over the edited or deleted original, nor the reverse.
  const verbatim = exactOccurrence(text, selector);
  const { edited, slots } = slotsOf(text, selector);
  const place = (s: Scored): Location =>
    // The stored context is unique to the quote's place (see anchorSpan): found verbatim
    // anywhere but beside the chosen place, it marks where the quote stood before it was
    // edited or deleted there, and the chosen place may be a copy.
    contextElsewhere(text, selector, s) ? ambiguous : { ok: true, start: s.start, end: s.end, exact: text.slice(s.start, s.end) === exact };
  if (verbatim.ok) {
    // An edited reading touching the verbatim one is text typed at the quote's edge: the
    // quote is whole, the verbatim reading stands. One apart from it is a rival.
    const elsewhere = slots.filter((x) => !touches(x, verbatim));
    if (verbatim.score >= PERFECT) return elsewhere.length ? ambiguous : place(verbatim);
    if (edited.ok && !touches(edited, verbatim)) {
      // Only a clearly better context decides between the two.
      const rivals = elsewhere.filter((x) => x.slot !== edited.slot);
      return edited.score >= PERFECT && edited.score - verbatim.score >= MARGIN && !rivals.length ? place(edited) : ambiguous;
    }
    return elsewhere.length ? ambiguous : place(verbatim);
  }
  // 3. The quote itself was edited: accept what lies between its context if it is within a
  // small edit distance of the quote, and no other place has as good a claim to be it.
  if (edited.ok) {
    if (slots.some((x) => x.slot !== edited.slot && (!touches(x, edited) || x.score >= edited.score - 0.01))) return ambiguous;
    if (verbatim.reason === 'ambiguous' && (edited.score < PERFECT || edited.score - verbatim.best < MARGIN)) return ambiguous;
    return place(edited);
  }
  return { ok: false, reason: verbatim.reason === 'ambiguous' || edited.reason === 'ambiguous' ? 'ambiguous' : 'not-found' };
}

interface Span { start: number; end: number }

/** Whether a side of the stored context (long enough to mean something) occurs verbatim away from a place. */
function contextElsewhere(text: string, selector: Selector, at: Span): boolean {
  const { prefix, suffix } = selector;
  if (prefix.length >= FUZZY_CONTEXT) {
    for (let k = text.indexOf(prefix); k >= 0; k = text.indexOf(prefix, k + 1)) if (k + prefix.length !== at.start) return true;
  }
  if (suffix.length >= FUZZY_CONTEXT) {
    for (let k = text.indexOf(suffix); k >= 0; k = text.indexOf(suffix, k + 1)) if (k !== at.end) return true;
  }
  return false;
}
interface Slot extends Span { slot: number; score: number }
interface Scored { ok: true; start: number; end: number; score: number; slot?: number }
type Search = Scored | { ok: false; reason: 'not-found' | 'ambiguous'; best: number };
const NOT_FOUND: Search = { ok: false, reason: 'not-found', best: 0 };

/** The occurrence of the verbatim quote whose context is clearly the most like the stored one. */
function exactOccurrence(text: string, selector: Selector): Search {
  const { exact, prefix, suffix } = selector;
  const len = exact.length;
  interface Candidate { start: number; score: number; accepted: boolean }
  const candidates: Candidate[] = [];
  const bare = !prefix && !suffix;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const { score, accepted } = judge(context(text, at, at + len, selector));
    candidates.push({ start: at, score, accepted: bare || accepted });
  }
  const found = (c: Candidate): Scored => ({ ok: true, start: c.start, end: c.start + len, score: c.score });
  if (bare) {
    // A quote imported without context (from another tool) is trusted only when it is unique.
    if (candidates.length === 1) return found(candidates[0]);
    return candidates.length ? { ok: false, reason: 'ambiguous', best: 0 } : NOT_FOUND;
  }
  const accepted = candidates.filter((c) => c.accepted).sort((a, b) => b.score - a.score || a.start - b.start);
  if (!accepted.length) return NOT_FOUND;
  if (accepted.length === 1 || accepted[0].score - accepted[1].score >= MARGIN) return found(accepted[0]);
  // Equally good contexts (a passage pasted twice): the one still at the old offset, or
  // clearly nearer to it than every rival, else nobody.
  const close = accepted.filter((c) => accepted[0].score - c.score < MARGIN)
    .map((c) => ({ c, d: Math.abs(c.start - selector.start) }))
    .sort((a, b) => a.d - b.d);
  if (close[0].d === 0 || close[0].d * 4 < close[1].d) return found(close[0].c);
  return { ok: false, reason: 'ambiguous', best: accepted[0].score };
}

/** Whether a place's context is evidence enough, and its mean similarity. */
function judge(c: { pre?: number; suf?: number }): { score: number; accepted: boolean } {
  const sides = [c.pre, c.suf].filter((x): x is number => x !== undefined);
  const score = sides.length ? sides.reduce((x, y) => x + y, 0) / sides.length : 1;
  // Both sides alike, or one side unchanged (an edit touched the other); one side merely
  // alike is what a copy of the passage elsewhere looks like.
  const accepted = (sides.length === 2 && sides.every((x) => x >= ACCEPT)) || sides.some((x) => x >= PERFECT);
  return { score, accepted };
}

/**
 * Whether the selector's short contexts mean the file's edges. Triangulate stores 32
 * characters or more unless the quote was that close to the start or end of the file; a
 * selector from another tool may carry less by choice.
 */
function edgeAware(selector: Selector): boolean {
  return selector.prefix.length >= CONTEXT_LENGTH || selector.start === selector.prefix.length;
}

/** Similarity (0..1) of the stored context to the text beside [start, end); undefined for a side stored empty. */
function context(text: string, start: number, end: number, selector: Selector): { pre?: number; suf?: number } {
  const { prefix, suffix } = selector;
  const out: { pre?: number; suf?: number } = {};
  // A context shorter than usual ran into the file's edge: the text beside a candidate is
  // compared over the usual length, so "\n" before the end of the file does not match every
  // line break.
  const edges = edgeAware(selector);
  const width = (stored: string): number => (edges ? Math.max(stored.length, CONTEXT_LENGTH) : stored.length);
  if (prefix) out.pre = similarity(prefix, text.slice(Math.max(0, start - width(prefix)), start));
  if (suffix) out.suf = similarity(suffix, text.slice(end, end + width(suffix)));
  return out;
}

/** 1 - edit distance / length, computed only as far as the acceptance threshold needs. */
function similarity(stored: string, now: string): number {
  if (stored === now) return 1;
  const n = Math.max(stored.length, now.length);
  // Past this distance the value only needs to be "below ACCEPT", so the band stops there.
  const cap = Math.ceil(n * (1 - ACCEPT + MARGIN)) + 1;
  return Math.max(0, 1 - editDistance(stored, now, cap) / n);
}

/** Levenshtein distance within a band: returns max + 1 as soon as the distance exceeds max. */
function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (!a.length || !b.length) return Math.max(a.length, b.length);
  const big = max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur.fill(big);
    cur[0] = i <= max ? i : big;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v > big ? big : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], big);
}

/** Characters at each end of a quote that show it still begins and ends with its own words. */
const EDGE = 8;

/** Edits allowed inside a quote of a given length for a fuzzy match. */
function fuzzBound(len: number): number {
  return Math.min(64, Math.max(1, Math.floor(len / 8)));
}

/**
 * Where the quote's own context still stands: the verbatim context nearest the quote on both
 * sides with at most a paragraph between them ("slots"), and among them the readings within a
 * small edit distance of the quote ("hits").
 */
function slotsOf(text: string, selector: Selector): { edited: Search; slots: Slot[] } {
  const { exact, prefix, suffix } = selector;
  const len = exact.length;
  const bound = len >= FUZZY_MIN_LENGTH ? fuzzBound(len) : -1;
  // The context nearest the quote, verbatim; an empty side means the quote touched the file's edge.
  const pre = prefix.slice(-FUZZY_CONTEXT);
  const suf = suffix.slice(0, FUZZY_CONTEXT);
  if (!prefix && !suffix) return { edited: NOT_FOUND, slots: [] };
  const wide = Math.max(64, len);

  // A context shorter than the verbatim tail ran into the file's edge, and only matches there.
  const edges = edgeAware(selector);
  const starts: number[] = [];
  if (pre.length >= FUZZY_CONTEXT || (pre && !edges)) for (let at = text.indexOf(pre); at >= 0; at = text.indexOf(pre, at + 1)) starts.push(at + pre.length);
  else if (text.startsWith(pre)) starts.push(pre.length);

  interface Hit { start: number; end: number; distance: number; score: number; slot: number }
  const hits: Hit[] = [];
  const slots: Slot[] = [];
  for (const s of starts) {
    const ends: number[] = [];
    if (suf.length >= FUZZY_CONTEXT || (suf && !edges)) {
      const window = text.slice(s, s + len + wide + suf.length);
      for (let k = window.indexOf(suf); k >= 0; k = window.indexOf(suf, k + 1)) ends.push(s + k);
    } else if (text.endsWith(suf) && text.length - suf.length - s <= len + wide && text.length - suf.length >= s) {
      ends.push(text.length - suf.length);
    }
    for (const e of ends) {
      // The verbatim quote between its context is a candidate of exactOccurrence, judged there.
      if (e - s === len && text.startsWith(exact, s)) continue;
      const c = context(text, s, e, selector);
      const { score, accepted } = judge(c);
      const slot = slots.length;
      slots.push({ start: s, end: e, slot, score });
      if (bound < 0 || !accepted) continue;
      // With the whole context unchanged on both sides (and unique, see anchorSpan) the place
      // is certain; only how much of the quote survived is in question, so more may change,
      // as long as the quote still begins and ends with its own words: otherwise text typed
      // at its edge could not be told from text typed inside it.
      const pinned = c.pre !== undefined && c.suf !== undefined && c.pre >= PERFECT && c.suf >= PERFECT;
      const relaxed = pinned ? Math.max(bound, Math.floor(len / 3)) : bound;
      if (Math.abs(e - s - len) > relaxed) continue;
      const edge = Math.min(EDGE, Math.max(1, Math.floor(len / 4)));
      const whole = e - s >= 2 * edge && text.startsWith(exact.slice(0, edge), s) && text.startsWith(exact.slice(-edge), e - edge);
      const allowed = whole ? relaxed : bound;
      const d = editDistance(exact, text.slice(s, e), allowed);
      if (d <= allowed) hits.push({ start: s, end: e, distance: d, score, slot });
    }
  }
  if (!hits.length) return { edited: NOT_FOUND, slots };
  // Candidates must all be readings of one place (the same start), and one must be closest.
  const best = hits.slice().sort((a, b) => a.distance - b.distance);
  const oneStart = hits.every((h) => h.start === hits[0].start);
  if (!oneStart || (best.length > 1 && best[0].distance === best[1].distance)) return { edited: { ok: false, reason: 'ambiguous', best: 0 }, slots };
  return { edited: { ok: true, start: best[0].start, end: best[0].end, score: best[0].score, slot: best[0].slot }, slots };
}
