// How sure and which way: hedges and negation of a claim's content.
import type { Polarity, Span } from '../types';
import type { Word } from '../lexicon/words';
import { NEGATION_EXCEPTIONS, NEGATION_PHRASES } from '../lexicon/cues';
import type { Quote } from './quotes';
import { findPhrases, words, wordsWithin } from './phrases';

// Words that open a subordinate clause: a negation inside one does not negate the report.
const SUBORDINATORS = new Set([
  'because', 'although', 'though', 'while', 'whereas', 'which', 'who', 'whom', 'when', 'if', 'unless',
  'until', 'where', 'despite', 'since', 'that', 'whether', 'than', 'before', 'after',
]);

/** Deny when the cue denies or a main clause of the content is negated ("no civilians were killed", "had nothing to do with"). */
export function polarityOf(ws: Word[], content: Span, denyCue: boolean): Polarity {
  if (denyCue) return 'deny';
  const cws = wordsWithin(ws, content.start, content.end);
  const skip = new Set<number>();
  for (const e of findPhrases(cws, NEGATION_EXCEPTIONS)) for (let k = 0; k < words(e.phrase).length; k++) skip.add(e.at + k);
  const negations = new Map<number, string>();
  for (const n of findPhrases(cws, NEGATION_PHRASES)) if (!negations.has(n.at)) negations.set(n.at, n.phrase);
  // Main clauses: the content's first clause, clauses after ";" or a sentence end, and coordinated "but that …".
  let main = true;
  for (let i = 0; i < cws.length; i++) {
    const w = cws[i];
    if (w.text === ';' || w.text === '.' || w.text === '!' || w.text === '?') main = true;
    else if (SUBORDINATORS.has(w.lower)) main = w.lower === 'that' && ['and', 'but'].includes(cws[i - 1]?.lower ?? '');
    if (!main || skip.has(i)) continue;
    const n = negations.get(i);
    if (n === 'no') {
      const next = cws[i + 1];
      if (!next || next.kind !== 'word' || ['longer', 'doubt', 'matter', 'sooner'].includes(next.lower)) continue;
    }
    const negated = n || w.lower.endsWith("n't") || w.lower === 'cannot';
    if (!negated) continue;
    // "names, not promises": a contrast, not a negation of the report.
    if (w.lower === 'not' && cws[i - 1]?.text === ',') continue;
    // "no family will be left without a roof": two negations in one clause affirm.
    if (doublyNegated(cws, i)) continue;
    return 'deny';
  }
  return 'affirm';
}

/** Whether a later "without" in the same clause cancels the negation at i. */
function doublyNegated(cws: Word[], i: number): boolean {
  for (let k = i + 1; k < cws.length && k < i + 12; k++) {
    const t = cws[k];
    if (t.text === ',' || t.text === ';' || t.text === '.' || SUBORDINATORS.has(t.lower)) return false;
    if (t.lower === 'without') return true;
  }
  return false;
}

/** True when most of the content lies inside quotation marks. */
export function isDirect(quotes: readonly Quote[], content: Span): boolean {
  let quoted = 0;
  for (const q of quotes) {
    const a = Math.max(q.innerStart, content.start);
    const b = Math.min(q.innerEnd, content.end);
    if (b > a) quoted += b - a;
  }
  return quoted >= 0.6 * (content.end - content.start);
}

/** "claims", "claimed", "alleged" count as hedges only where they are not the cue of another speaker's report. */
export function isHedgeWord(pws: Word[], h: string): boolean {
  return pws.some((w) => w.lower === h && ['reportedly', 'allegedly'].includes(h));
}
