// Claims: who said what, how sure. Each sentence (or a quotation's sentences) is read for
// reporting cues ("said", "told CNN that", "according to", "denied"), the speaker phrase
// next to the cue and the content the cue reports. Pronoun and definite speakers ("he",
// "the ministry") are resolved to the nearest fitting actor mention; unnamed descriptions
// ("a Ukrainian official") stay as written; agentless reports ("reportedly") are hedged
// claims with no speaker.
import type { Claim, Mention, ParsedDocument, Polarity, Span } from '../types';
import { extractFigures } from '../figures';
import { extractDates } from '../dates';
import { scanWords, type Word } from '../lexicon/words';
import {
  AGENTLESS, CUE_VERBS, HEDGES, INVERTIBLE, NEGATION_EXCEPTIONS, NEGATION_PHRASES, NOUN_LIKE, SPOKES_NOUNS,
  VERIFICATION_DISCLAIMERS, type CueInfo,
} from '../lexicon/cues';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS } from '../lexicon/time';
import { findQuotes, type Quote } from './quotes';
import { headMention, mentionKind, mentionsIn, nearestMention, type Speaker } from './speakers';

export type { Speaker } from './speakers';

const DET = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'our', 'my', 'your', 'another', 'any', 'each', 'every', 'some', 'such', 'no']);
const PREP = new Set([
  'of', 'for', 'in', 'from', 'at', 'with', 'on', 'by', 'to', 'into', 'over', 'under', 'about', 'after',
  'before', 'during', 'near', 'across', 'against', 'among', 'amid', 'via', 'per', 'since', 'than', 'like',
  'through', 'behind', 'inside', 'outside', 'within', 'without', 'toward', 'towards', 'upon', 'despite',
]);
const NP_PREP = new Set(['of', 'for', 'in', 'from', 'at', 'with', 'by']);
const CONJ = new Set([
  'and', 'but', 'or', 'nor', 'while', 'whereas', 'although', 'though', 'because', 'as', 'if', 'when',
  'where', 'that', 'which', 'who', 'whom', 'whose', 'since', 'so', 'yet', 'once', 'unless', 'until',
  'whether', 'than', 'after', 'before', 'how', 'what', 'why',
]);
const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const ADV_SKIP = new Set([
  'also', 'later', 'initially', 'previously', 'earlier', 'again', 'repeatedly', 'publicly', 'then', 'now',
  'once', 'first', 'further', 'still', 'already', 'just', 'recently', 'subsequently', 'separately',
  'privately', 'officially', 'reportedly', 'allegedly', 'himself', 'herself', 'itself', 'themselves',
  'too', 'meanwhile', 'however', 'finally', 'yesterday', 'today', 'tonight', 'late', 'early', 'even',
  'never', 'always', 'often', 'similarly', 'quickly', 'immediately', 'angrily', 'flatly', 'openly',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const INTRO_WORDS = new Set([
  'after', 'before', 'while', 'as', 'although', 'though', 'despite', 'when', 'since', 'later', 'earlier',
  'meanwhile', 'however', 'but', 'and', 'yet', 'so', 'still', 'speaking', 'asked', 'according', 'by',
  'with', 'without', 'throughout', 'following', 'amid', 'during', 'in', 'on', 'at', 'for', 'if', 'once',
  'unlike', 'like', 'given', 'until', 'last', 'this', 'early', 'late', 'overnight', 'separately',
]);
const APPOSITION_STARTERS = new Set([
  'as', 'who', 'which', 'whose', 'where', 'citing', 'according', 'speaking', 'quoted', 'also', 'however',
  'meanwhile', 'though', 'including', 'writing', 'like', 'unlike', 'when', 'while', 'known', 'himself',
  'herself', 'then', 'now', 'formerly', 'previously', 'reportedly', 'one', 'in', 'on', 'at', 'for',
  'from', 'with', 'by', 'after', 'before', 'during', 'despite',
]);
// Heads of a phrase that still speaks for the organization it names ("Interfax news agency").
const GENERIC_HEADS = new Set([
  'news', 'agency', 'newspaper', 'channel', 'media', 'outlet', 'website', 'service', 'broadcaster',
  'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'press', 'office', 'statement', 'account',
  'ministry', 'government', 'authorities', 'command', 'headquarters', 'website',
]);
// Definite heads that refer back to an organization ("the group said").
const ORG_HEADS = new Set([
  'group', 'organization', 'organisation', 'militia', 'movement', 'company', 'firm', 'party', 'government',
  'unit', 'legion', 'corps', 'agency', 'ministry', 'committee', 'army', 'military', 'force', 'forces',
  'service', 'office', 'department', 'council', 'kremlin', 'administration', 'authority', 'network',
  'broadcaster', 'newspaper', 'channel', 'outlet', 'institute', 'think-tank', 'monitor', 'court',
  'commission', 'alliance', 'coalition', 'regime', 'bureau', 'directorate', 'brigade', 'battalion',
]);
const PLURAL_HEADS = new Set(['media', 'police', 'people', 'authorities', 'officials', 'sources', 'witnesses', 'residents', 'analysts', 'experts']);
const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', '«', '»', '„']);
const DASHES = new Set(['–', '—', '-', '‒', '―']);
const CLAUSE_PUNCT = new Set(['.', ';', ':', '!', '?', '(', ')', '[', ']', '…']);

/** A sentence, or sentences joined because a quotation runs across them. */
interface Unit extends Span {
  paragraph: number;
}

/** A token range [first, last] of a speaker phrase. */
interface Phrase {
  first: number;
  last: number;
}

interface Frame {
  cue: number;
  cueEnd: number;
  kind: 'verb' | 'according' | 'citing';
  info?: CueInfo;
  phrase?: Phrase;
  /** The speaker follows the cue ("…,” said Ruth Okafor). */
  inverted?: boolean;
  /** No subject of its own: a participle or a coordinated verb ("…, saying", "and insisted"). */
  dependent?: boolean;
  /** A relative clause cue ("…, which Ukraine denies"): it reports the clause before it. */
  relative?: boolean;
  speaker?: Speaker;
  /** Token where the content starts when it follows the cue, else undefined (content precedes). */
  after?: number;
  contentStart?: number;
  contentEnd?: number;
  extraCue?: string;
  dropped?: boolean;
}

interface Draft extends Claim {
  unit: number;
  speakerInfo?: Speaker;
}

interface Ctx {
  doc: ParsedDocument;
  prose: string;
  mentions: Mention[];
  units: Unit[];
  quotes: Quote[];
  claims: Draft[];
}

/** Finds the attributed claims of a document: speaker, cue, content, hedges, polarity, figures and dates. */
export function extractClaims(doc: ParsedDocument, mentions: Mention[]): Claim[] {
  const prose = doc.prose;
  const sorted = [...mentions].filter((m) => m.file === undefined || m.file === doc.file || !m.file).sort((a, b) => a.start - b.start);
  const { units, quotes } = buildUnits(doc);
  const ctx: Ctx = { doc, prose, mentions: sorted, units, quotes, claims: [] };
  for (let u = 0; u < units.length; u++) analyzeUnit(ctx, u);
  const out = ctx.claims.sort((a, b) => a.start - b.start || a.content.start - b.content.start);
  return out.map(({ unit: _u, speakerInfo: _s, ...c }, i) => ({ ...c, id: `c${i + 1}` }));
}

/** Groups sentences into units: a quotation that runs across sentences keeps them together. */
function buildUnits(doc: ParsedDocument): { units: Unit[]; quotes: Quote[] } {
  const sentences = [...doc.sentences].sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  const paragraphs = new Map<number, Span>();
  for (const s of sentences) {
    const p = paragraphs.get(s.paragraph);
    if (p) p.end = Math.max(p.end, s.end);
    else paragraphs.set(s.paragraph, { start: s.start, end: s.end });
  }
  for (const p of paragraphs.values()) quotes.push(...findQuotes(doc.prose, p.start, p.end));
  quotes.sort((a, b) => a.start - b.start);
  const units: Unit[] = [];
  for (const s of sentences) {
    const prev = units[units.length - 1];
    const joined = prev && prev.paragraph === s.paragraph && prev.end - prev.start < 1500
      && quotes.some((q) => q.start < prev.end && q.end > s.start && q.innerEnd - q.innerStart > 0);
    if (joined) prev.end = s.end;
    else units.push({ start: s.start, end: s.end, paragraph: s.paragraph });
  }
  return { units, quotes };
}

function isCap(w: Word | undefined): boolean {
  return !!w && w.kind === 'word' && /^\p{Lu}/u.test(w.text);
}

function isTimeWord(w: Word | undefined): boolean {
  if (!w) return false;
  if (w.kind === 'word' && isCap(w) && (WEEKDAYS.has(w.lower) || MONTHS.has(w.lower)) && w.lower.length > 2) return true;
  return PARTS_OF_DAY.has(w.lower) || w.lower === 'yesterday' || w.lower === 'today' || w.lower === 'tonight';
}

function isLy(w: Word | undefined): boolean {
  return !!w && w.kind === 'word' && !isCap(w) && w.lower.length > 4 && w.lower.endsWith('ly') && !['elderly', 'family', 'italy'].includes(w.lower);
}

function matchAt(ws: Word[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (ws[i + k]?.lower !== phrase[k]) return false;
  return true;
}

const tokenized = new Map<string, string[]>();
function words(p: string): string[] {
  let t = tokenized.get(p);
  if (!t) {
    t = scanWords(p).map((w) => w.lower);
    tokenized.set(p, t);
  }
  return t;
}

/** Phrases of a list found among tokens (outside quotations when asked). */
function findPhrases(ws: Word[], list: readonly string[], skip?: (i: number) => boolean): { phrase: string; at: number }[] {
  const out: { phrase: string; at: number }[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (skip?.(i)) continue;
    for (const p of list) {
      const t = words(p);
      if (matchAt(ws, i, t)) out.push({ phrase: p, at: i });
    }
  }
  return out;
}

function analyzeUnit(ctx: Ctx, ui: number): void {
  const { prose, units } = ctx;
  const unit = units[ui];
  const ws = scanWords(prose, unit.start, unit.end);
  if (!ws.length) return;
  const unitQuotes = ctx.quotes.filter((q) => q.start < unit.end && q.end > unit.start);
  const inQ = ws.map((w) => unitQuotes.some((q) => w.start >= q.innerStart && w.end <= q.innerEnd));
  const openAt = new Set(unitQuotes.map((q) => q.start));
  const isOpenQuote = (i: number): boolean => ws[i]?.kind === 'punct' && openAt.has(ws[i].start);

  const frames = findCues(ws, inQ, isOpenQuote);
  for (const f of frames) findSpeakerPhrase(ctx, ws, inQ, f, frames);
  const live = frames.filter((f) => f.phrase || f.dependent || f.kind === 'citing');
  for (const f of live) if (f.phrase) f.speaker = resolveSpeaker(ctx, ui, ws, f.phrase, f);
  settleFrames(ctx, ws, inQ, isOpenQuote, live, unit);
  const kept = live.filter((f) => !f.dropped && f.kind !== 'citing' && (f.speaker || f.dependent));

  if (!kept.length) {
    unattributed(ctx, ui, ws, inQ);
    return;
  }
  // One claim per independent frame; passages are the unit unless frames split it cleanly.
  const ranges = kept.map((f) => extentOf(ws, f));
  const disjoint = ranges.every((r, i) => i === 0 || r.start >= ranges[i - 1].end);
  kept.forEach((f, i) => {
    const passage: Span = kept.length > 1 && disjoint ? {
      start: i === 0 ? unit.start : ranges[i].start,
      end: i === kept.length - 1 ? unit.end : ranges[i + 1].start,
    } : { start: unit.start, end: unit.end };
    emit(ctx, ui, ws, inQ, f, trimSpan(prose, passage));
  });
}

/** Finds reporting cues outside quotations. */
function findCues(ws: Word[], inQ: boolean[], isOpenQuote: (i: number) => boolean): Frame[] {
  const out: Frame[] = [];
  const negated = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    if (inQ[i] || ws[i].kind !== 'word') continue;
    const l = ws[i].lower;
    if (l === 'according' && ws[i + 1]?.lower === 'to') {
      out.push({ cue: i, cueEnd: i + 2, kind: 'according' });
      i++;
      continue;
    }
    if (l === 'citing') {
      out.push({ cue: i, cueEnd: i + 1, kind: 'citing' });
      continue;
    }
    const info = CUE_VERBS.get(l);
    if (!info || info.lemma === 'quote') continue;
    const prev = ws[i - 1];
    const pl = prev?.lower ?? '';
    // Negated cues assert nothing ("did not confirm or deny").
    if (pl === 'not' || pl.endsWith("n't") || pl === 'never' || pl === 'cannot'
      || ((pl === 'or' || pl === 'nor') && negated.has(i - 2))) {
      negated.add(i);
      continue;
    }
    // Nouns and adjectives: "the claims", "Russia's claims of", "a reported series", "to say".
    if (prev && (DET.has(pl) || pl === "'s" || (PREP.has(pl) && pl !== 'by') || pl === 'to')) continue;
    if (prev && prev.kind === 'word' && !isCap(prev) && pl.endsWith('ing') && NOUN_LIKE.has(l)) continue;
    // Passive: "is said to", "were reported" are hedges, not cues with a speaker.
    if (BE.has(pl) || (isLy(prev) && BE.has(ws[i - 2]?.lower ?? ''))) continue;
    if (NOUN_LIKE.has(l) && (ws[i + 1]?.lower === 'of' || CUE_VERBS.has(ws[i + 1]?.lower ?? '') && !['to', 'that'].includes(ws[i + 1]?.lower ?? ''))) continue;
    if (info.needsQuoteOrAs) {
      if (l === 'put' && ws[i + 1]?.lower !== 'it') continue;
      let ok = false;
      for (let k = i + 1; k < ws.length && k < i + 12; k++) {
        if (isOpenQuote(k) || ws[k].lower === 'as' || ws[k].text === ':') {
          ok = true;
          break;
        }
        if (CLAUSE_PUNCT.has(ws[k].text)) break;
      }
      if (!ok) continue;
    }
    out.push({ cue: i, cueEnd: i + 1, kind: 'verb', info });
  }
  return out;
}

/** Skips auxiliaries, adverbs and short time phrases back from token i ("has also", "on Tuesday"). */
function skipBack(ws: Word[], i: number): number {
  for (let guard = 0; i >= 0 && guard < 8; guard++) {
    const w = ws[i];
    if (AUX.has(w.lower) || ADV_SKIP.has(w.lower) || isLy(w)) {
      i--;
      continue;
    }
    if (isTimeWord(w) || (w.kind === 'num' && isTimeWord(ws[i - 1]))) {
      i--;
      if (isTimeWord(ws[i]) || ws[i]?.kind === 'num') i--;
      if (ws[i] && ['on', 'late', 'early', 'this', 'last', 'in', 'at', 'by', 'since'].includes(ws[i].lower)) i--;
      if (ws[i] && ['late', 'early'].includes(ws[i].lower)) i--;
      continue;
    }
    break;
  }
  return i;
}

/** Collects a noun phrase backwards ending at token i, not before token min. */
function phraseBack(ws: Word[], inQ: boolean[], i: number, min = 0): Phrase | undefined {
  let first = i + 1;
  let j = i;
  let count = 0;
  while (j >= min && count < 14) {
    const w = ws[j];
    const l = w.lower;
    if (w.text === ')') {
      let k = j - 1;
      while (k >= min && k > j - 10 && ws[k].text !== '(') k--;
      if (k < min || ws[k].text !== '(') break;
      first = k;
      j = k - 1;
      continue;
    }
    if (inQ[j] && j !== i) break;
    if (w.kind !== 'word') break;
    if (CONJ.has(l) && !(l === 'and' && isCap(ws[j - 1]) && isCap(ws[j + 1]))) break;
    if (AUX.has(l) || (CUE_VERBS.has(l) && !isCap(w))) break;
    if (PRONOUNS.has(l) && j !== i) break;
    if (PREP.has(l)) {
      const right = ws.slice(j + 1, i + 1);
      if (NP_PREP.has(l) && first <= i && (l === 'of' || l === 'for' || right.some(isCap))) {
        first = j;
        j--;
        count++;
        continue;
      }
      break;
    }
    first = j;
    count++;
    if (DET.has(l)) {
      if (ws[j - 1] && NP_PREP.has(ws[j - 1].lower) && j - 1 >= min) {
        j--;
        continue;
      }
      break;
    }
    j--;
  }
  while (first <= i && (PREP.has(ws[first].lower) || (CONJ.has(ws[first].lower)))) first++;
  return first <= i ? { first, last: i } : undefined;
}

/** Collects a noun phrase forwards from token k ("CNN", "the regional minister Oksana Kozlitina"). */
function phraseForward(ws: Word[], inQ: boolean[], k: number): Phrase | undefined {
  let last = k - 1;
  for (let j = k, count = 0; j < ws.length && count < 14; j++, count++) {
    const w = ws[j];
    const l = w.lower;
    if (inQ[j]) break;
    if (w.text === '(') {
      let e = j + 1;
      while (e < ws.length && e < j + 10 && ws[e].text !== ')') e++;
      if (ws[e]?.text !== ')') break;
      last = e;
      j = e;
      continue;
    }
    if (w.kind !== 'word') break;
    if (CONJ.has(l) && !(l === 'and' && isCap(ws[j - 1]) && isCap(ws[j + 1]))) break;
    if (AUX.has(l) || (CUE_VERBS.has(l) && j > k) || (PRONOUNS.has(l) && j > k)) break;
    if (isTimeWord(w) && j > k) break;
    if (PREP.has(l)) {
      const n = ws[j + 1];
      if (j > k && NP_PREP.has(l) && n && (DET.has(n.lower) || isCap(n)) && !isTimeWord(n)) {
        last = j;
        continue;
      }
      break;
    }
    if (DET.has(l) && j > k && !NP_PREP.has(ws[j - 1]?.lower ?? '')) break;
    last = j;
  }
  return last >= k ? { first: k, last } : undefined;
}

/** True when tokens [a, b] start like an apposition ("a former minister", "as quoted by …") rather than a name. */
function skippableSegment(ctx: Ctx, ws: Word[], a: number, b: number): boolean {
  const first = ws[a];
  if (!first) return true;
  if (DET.has(first.lower) || APPOSITION_STARTERS.has(first.lower) || (first.kind === 'word' && !isCap(first) && first.lower.endsWith('ing'))) return true;
  const start = ws[a].start;
  const end = ws[b].end;
  const ms = mentionsIn(ctx.mentions, start, end).filter((m) => mentionKind(m, ctx.mentions) !== 'place');
  if (ms.length) return false;
  const wordsIn = ws.slice(a, b + 1).filter((w) => w.kind === 'word' && w.lower !== "'s");
  return !(wordsIn.length && wordsIn.every(isCap));
}

/** True when tokens [a, b] are an introductory phrase ("On Monday", "Speaking from Kyiv"). */
function introductory(ws: Word[], a: number, b: number): boolean {
  const f = ws[a];
  if (!f) return false;
  if (INTRO_WORDS.has(f.lower) || isTimeWord(f) || isLy(f)) return true;
  if (f.kind === 'word' && /(?:ing|ed)$/.test(f.lower) && !isCap(ws[a + 1])) return true;
  return b - a < 0;
}

/** Finds the speaker phrase of a cue: after "according to", after an inverted cue, or before the cue. */
function findSpeakerPhrase(ctx: Ctx, ws: Word[], inQ: boolean[], f: Frame, frames: Frame[]): void {
  if (f.kind === 'according' || f.kind === 'citing') {
    let k = f.cueEnd;
    if (ws[k] && ['state', 'local', 'official'].includes(ws[k].lower) && false) k++;
    f.phrase = phraseForward(ws, inQ, k);
    return;
  }
  const c = f.cue;
  const l = ws[c].lower;
  const prev = ws[c - 1];
  // Inverted: "…,” said Ivana Stradner", "…, said the ministry."
  if (INVERTIBLE.has(l) && prev && (prev.text === ',' || (QUOTE_CHARS.has(prev.text) && ws[c - 2] && /[,.!?…]/.test(ws[c - 2].text)) || (QUOTE_CHARS.has(prev.text) && prev.text !== '“'))) {
    const n = ws[c + 1];
    if (n && n.kind === 'word' && n.lower !== 'that' && !PREP.has(n.lower) && !isTimeWord(n) && (isCap(n) || DET.has(n.lower) || ['he', 'she', 'they'].includes(n.lower))) {
      const p = phraseForward(ws, inQ, c + 1);
      if (p) {
        f.phrase = p;
        f.inverted = true;
        return;
      }
    }
  }
  const i = skipBack(ws, c - 1);
  const at = ws[i];
  // Participles and coordinated verbs take the subject of the clause they hang on.
  const ing = l.endsWith('ing');
  if (!at || at.text === ',' && ing || ['and', 'but', 'or'].includes(at.lower) || (ing && at.text === ',')) {
    if (at && (['and', 'but', 'or'].includes(at.lower) || at.text === ',') || !at) {
      f.dependent = true;
      return;
    }
  }
  if (!at) return;
  if (at.kind === 'word' && PRONOUNS.has(at.lower)) {
    f.phrase = { first: i, last: i };
    return;
  }
  if (at.kind === 'word' && (CONJ.has(at.lower) || PREP.has(at.lower))) {
    if (ing) f.dependent = at.lower !== 'when' && at.lower !== 'while' && at.lower !== 'after' && at.lower !== 'before' && false;
    // "which Ukraine denies": the relative pronoun is no speaker.
    return;
  }
  let k = i;
  let afterPunct = false;
  for (let hop = 0; hop < 5 && k >= 0; hop++) {
    const w = ws[k];
    if (w.text === ',' || DASHES.has(w.text)) {
      if (!afterPunct && hop === 0 && w.text === ',') {
        // "…, the ministry said": a comma right before the cue is not an apposition.
        return;
      }
      k--;
      afterPunct = true;
      continue;
    }
    if (QUOTE_CHARS.has(w.text) || w.kind === 'punct' && w.text !== ')') return;
    if (!afterPunct) {
      const p = phraseBack(ws, inQ, k);
      if (p) {
        f.phrase = p;
        markRelative(ws, f, p);
      }
      return;
    }
    // Walk back over the comma- or dash-delimited segment ending at k.
    let j = k;
    let depth = 0;
    while (j >= 0) {
      const t = ws[j].text;
      if (t === ')') depth++;
      else if (t === '(') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (t === ',' || DASHES.has(t) || CLAUSE_PUNCT.has(t) || QUOTE_CHARS.has(t))) break;
      j--;
    }
    const segFirst = j + 1;
    if (segFirst > k) return;
    const boundary = ws[j];
    const apposition = boundary && (boundary.text === ',' || DASHES.has(boundary.text));
    if (apposition && skippableSegment(ctx, ws, segFirst, k)) {
      // Unless what precedes is an introductory phrase: then this segment is the subject.
      let h = j - 1;
      while (h >= 0 && !(ws[h].text === ',' || DASHES.has(ws[h].text) || CLAUSE_PUNCT.has(ws[h].text) || QUOTE_CHARS.has(ws[h].text))) h--;
      if (!introductory(ws, h + 1, j - 1)) {
        k = j;
        continue;
      }
    }
    const p = phraseBack(ws, inQ, k, segFirst);
    if (p) f.phrase = p;
    return;
  }
  void frames;
}

function markRelative(ws: Word[], f: Frame, p: Phrase): void {
  if (ws[p.first - 1]?.lower === 'which' || ws[p.first - 1]?.lower === 'what') f.relative = true;
}

/** The subject of the main clause, for participle cues ("Gladkov raised the alarm, saying …"). */
function mainSubject(ctx: Ctx, ws: Word[], inQ: boolean[], before: number): Phrase | undefined {
  let s = 0;
  if (introductory(ws, 0, before)) {
    const comma = ws.findIndex((w, i) => i < before && w.text === ',');
    if (comma < 0) return undefined;
    s = comma + 1;
  }
  while (s < before && (QUOTE_CHARS.has(ws[s].text))) s++;
  const p = phraseForward(ws, inQ, s);
  if (!p || p.last >= before) return undefined;
  // A capitalized run or a mention heads the subject; stop at the first lowercase verb after it.
  let last = p.first;
  for (let j = p.first; j <= p.last; j++) {
    if (isCap(ws[j]) || DET.has(ws[j].lower) || ws[j].lower === "'s" || j === p.first) last = j;
    else if (/(?:ed|s)$/.test(ws[j].lower) && j > p.first && isCap(ws[j - 1])) break;
    else last = j;
  }
  void ctx;
  return { first: p.first, last };
}

/** Resolves a speaker phrase to a mention, an antecedent or a description. */
function resolveSpeaker(ctx: Ctx, ui: number, ws: Word[], p: Phrase, f?: Frame): Speaker | undefined {
  const { prose } = ctx;
  const start = ws[p.first].start;
  const end = ws[p.last].end;
  const text = ctx.doc.text.slice(start, end);
  const toks = ws.slice(p.first, p.last + 1);
  const lows = toks.map((t) => t.lower);
  if (toks.length === 1 && PRONOUNS.has(lows[0])) return resolvePronoun(ctx, ui, lows[0], start, f?.info?.continues ?? false);
  // "its spokesperson", "their leader": the possessor speaks.
  if (toks.length <= 3 && ['its', 'their', 'his', 'her'].includes(lows[0]) && SPOKES_NOUNS.has(lows[lows.length - 1])) {
    const r = resolvePronoun(ctx, ui, lows[0] === 'its' ? 'it' : lows[0] === 'their' ? 'they' : 'he', start, false);
    if (r?.mention) return r;
  }
  const parenthesized = (m: Mention): boolean => {
    const before = prose.slice(start, m.start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  };
  const ms = mentionsIn(ctx.mentions, start, end);
  if (ms.length) {
    const head = headMention(ms, ctx.mentions, parenthesized) ?? ms[ms.length - 1];
    const kind = mentionKind(head, ctx.mentions);
    const tail = scanWords(prose, head.end, end).filter((w) => w.text !== ')' && w.text !== '(');
    const tailWords = tail.filter((w) => !(w.kind === 'word' && isCap(w)) || w.lower === "'s");
    const beforeHead = scanWords(prose, start, head.start);
    const hasPrep = beforeHead.some((w) => PREP.has(w.lower));
    const named = { text: hasPrep ? text : ctx.doc.text.slice(head.start, head.end), mention: head, kind };
    if (!tail.length || tail.every((w) => w.kind === 'punct' || isCap(w) || parenthesized(head))) return named;
    if (tail[0]?.lower === "'s" && tail.slice(1).every((w) => SPOKES_NOUNS.has(w.lower) || GENERIC_HEADS.has(w.lower) || isCap(w))) return { ...named, text: ctx.doc.text.slice(head.start, head.end) };
    if (tailWords.every((w) => GENERIC_HEADS.has(w.lower) || w.lower === "'s")) return { text, mention: head, kind };
    return { text, kind: 'other', plural: isPluralHead(lows[lows.length - 1]) };
  }
  // "the ministry", "the group's spokesperson": refer back to a named actor.
  const poss = lows.indexOf("'s");
  const core = poss > 0 ? toks.slice(0, poss) : toks;
  const coreLows = core.map((t) => t.lower);
  if (coreLows[0] === 'the' && core.length <= 3 && core.slice(1).every((t) => !isCap(t))) {
    const r = resolveNominal(ctx, ui, coreLows[coreLows.length - 1], start);
    if (r) return r;
  }
  // A capitalized name at the end of the phrase ("… who goes by the call sign Caesar").
  let n = toks.length;
  while (n > 0 && isCap(toks[n - 1])) n--;
  if (n < toks.length && n > 0 && !PRONOUNS.has(lows[n])) {
    const s2 = toks[n].start;
    return { text: ctx.doc.text.slice(s2, end), kind: 'other' };
  }
  return { text, kind: 'other', plural: isPluralHead(lows[lows.length - 1]) };
}

function isPluralHead(l: string): boolean {
  return PLURAL_HEADS.has(l) || (l.length > 3 && l.endsWith('s') && !l.endsWith('ss'));
}

/** The most recent claim's speaker within `back` units. */
function recentSpeaker(ctx: Ctx, ui: number, back: number): Speaker | undefined {
  for (let k = ctx.claims.length - 1; k >= 0; k--) {
    const c = ctx.claims[k];
    if (c.unit < ui - back) break;
    if (c.unit <= ui && c.speakerInfo) return c.speakerInfo;
  }
  return undefined;
}

function asSpeaker(ctx: Ctx, m: Mention): Speaker {
  return { text: ctx.doc.text.slice(m.start, m.end), mention: m, kind: mentionKind(m, ctx.mentions) };
}

/** Resolves he/she/it/they to the nearest fitting actor: this sentence, the last speaker, then earlier sentences. */
function resolvePronoun(ctx: Ctx, ui: number, pronoun: string, at: number, continues: boolean): Speaker | undefined {
  const unitStart = ctx.units[ui].start;
  const windowStart = ctx.units[Math.max(0, ui - 6)].start;
  const recent = recentSpeaker(ctx, ui, 3);
  if (continues && recent) return recent;
  const is = (k: string) => (m: Mention): boolean => mentionKind(m, ctx.mentions) === k;
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'his' || pronoun === 'her') {
    const here = nearestMention(ctx.mentions, at, unitStart, is('person'));
    if (here) return asSpeaker(ctx, here);
    if (recent?.kind === 'person') return recent;
    const back = nearestMention(ctx.mentions, at, windowStart, is('person'));
    return back ? asSpeaker(ctx, back) : { text: pronoun, kind: 'person' };
  }
  if (pronoun === 'it' || pronoun === 'its') {
    const here = nearestMention(ctx.mentions, at, unitStart, is('organization'));
    if (here) return asSpeaker(ctx, here);
    if (recent && (recent.kind === 'organization' || recent.kind === 'place')) return recent;
    const back = nearestMention(ctx.mentions, at, windowStart, is('organization'))
      ?? nearestMention(ctx.mentions, at, ctx.units[Math.max(0, ui - 1)].start, is('place'));
    return back ? asSpeaker(ctx, back) : undefined;
  }
  if (pronoun === 'they' || pronoun === 'their') {
    if (recent && recent.kind !== 'person') return recent;
    const back = nearestMention(ctx.mentions, at, windowStart, is('organization'));
    return back ? asSpeaker(ctx, back) : { text: pronoun, kind: 'other', plural: true };
  }
  return undefined;
}

/** Resolves "the ministry", "the governor", "the group" to the nearest earlier mention it describes. */
function resolveNominal(ctx: Ctx, ui: number, head: string, at: number): Speaker | undefined {
  const windowStart = ctx.units[Math.max(0, ui - 12)].start;
  const h = head.toLowerCase();
  const text = ctx.doc.text;
  const named = nearestMention(ctx.mentions, at, windowStart, (m) => {
    if (m.text.toLowerCase().split(/\s+/).includes(h)) return true;
    // A title written before the name ("regional governor Vyacheslav Gladkov").
    const lead = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
    return new RegExp(`\\b${h.replace(/[^a-z-]/g, '')}\\s*(?:[\\p{L}.’'-]+\\s+){0,2}$`, 'u').test(lead);
  });
  if (named) return asSpeaker(ctx, named);
  if (ORG_HEADS.has(h)) {
    const recent = recentSpeaker(ctx, ui, 3);
    if (recent?.kind === 'organization') return recent;
    const org = nearestMention(ctx.mentions, at, windowStart, (m) => mentionKind(m, ctx.mentions) === 'organization');
    if (org) return asSpeaker(ctx, org);
  }
  return undefined;
}

/** Decides each frame's content span, drops nested and relayed cues, merges dependent ones. */
function settleFrames(ctx: Ctx, ws: Word[], inQ: boolean[], isOpenQuote: (i: number) => boolean, frames: Frame[], unit: Unit): void {
  const { prose } = ctx;
  const hasSpeaker = frames.some((f) => f.kind === 'verb' && f.phrase);
  let prevKept: Frame | undefined;
  for (const f of frames) {
    if (f.kind === 'citing') {
      // "…, Interfax reported, citing minister Oksana Kozlitina": a named source is the origin.
      const p = f.phrase;
      const g = prevKept;
      if (p && g && !g.dropped) {
        const ms = mentionsIn(ctx.mentions, ws[p.first].start, ws[p.last].end)
          .filter((m) => ['person', 'organization'].includes(mentionKind(m, ctx.mentions)));
        if (ms.length) {
          g.speaker = resolveSpeaker(ctx, ctx.units.indexOf(unit), ws, p);
          g.extraCue = 'citing';
        }
      }
      f.dropped = true;
      continue;
    }
    if (f.kind === 'according' && hasSpeaker) {
      f.dropped = true;
      continue;
    }
    if (f.dependent) {
      if (prevKept) {
        // "…, adding that …", "… and insisted that …": the same speaker goes on.
        const start = contentAfter(ws, inQ, isOpenQuote, f);
        if (start !== undefined) prevKept.contentEnd = undefined;
        f.dropped = true;
        continue;
      }
      const subj = mainSubject(ctx, ws, inQ, f.cue);
      if (!subj) {
        f.dropped = true;
        continue;
      }
      f.phrase = subj;
      f.speaker = resolveSpeaker(ctx, ctx.units.indexOf(unit), ws, subj, f);
      f.dependent = false;
    }
    if (!f.speaker) {
      f.dropped = true;
      continue;
    }
    // A cue inside the content of an earlier cue is reported speech, unless a clause boundary separates them.
    if (prevKept && prevKept.after !== undefined && f.cue > prevKept.after && !f.relative) {
      const attrStart = Math.min(f.cue, f.phrase?.first ?? f.cue);
      let boundary = -1;
      for (let k = attrStart - 1; k > prevKept.after; k--) {
        if (inQ[k]) continue;
        const t = ws[k];
        if (t.text === ';' || t.text === ',' || ['but', 'while', 'whereas', 'yet'].includes(t.lower)) {
          boundary = k;
          break;
        }
      }
      const thatBefore = ws[attrStart - 1]?.lower === 'that';
      if (boundary < 0 || thatBefore) {
        f.dropped = true;
        continue;
      }
      // The earlier content ends at the boundary (", but later he said …").
      let b = boundary;
      while (b > prevKept.after && (ws[b - 1].text === ',' || ['but', 'and', 'while', 'whereas', 'yet'].includes(ws[b - 1].lower))) b--;
      prevKept.contentEnd = ws[b - 1]?.end ?? ws[b].start;
    }
    const attrFirst = Math.min(f.cue, f.phrase?.first ?? f.cue);
    const attrLast = Math.max(f.cueEnd - 1, f.phrase?.last ?? f.cue);
    if (f.kind === 'according') {
      // Content is the rest of the sentence on the other side of the comma.
      const before = attrFirst > 0 && ws.slice(0, attrFirst).some((w) => w.kind !== 'punct');
      if (before && (ws[attrFirst - 1]?.text === ',' || attrLast + 1 >= ws.length || /[.!?]/.test(ws[attrLast + 1]?.text ?? ''))) {
        f.contentStart = unit.start;
        f.contentEnd = ws[attrFirst - 1].text === ',' ? ws[attrFirst - 1].start : ws[attrFirst].start;
      } else {
        let k = attrLast + 1;
        while (k < ws.length && ws[k].kind === 'punct' && !isOpenQuote(k)) k++;
        f.after = k;
        f.contentStart = ws[k]?.start ?? unit.end;
      }
      prevKept = f;
      continue;
    }
    if (f.relative && prevKept) {
      f.contentStart = prevKept.contentStart;
      f.contentEnd = prevKept.contentEnd ?? ws[attrFirst - 1]?.start;
      prevKept = f;
      continue;
    }
    const k = f.inverted ? undefined : contentAfter(ws, inQ, isOpenQuote, f);
    const wordsBefore = ws.slice(0, attrFirst).filter((w) => w.kind === 'word').length;
    const startTok = prevKept ? attrBoundaryAfter(prevKept) : 0;
    if (k !== undefined && (k < ws.length) && !(f.inverted)) {
      f.after = k;
      f.contentStart = ws[k].start;
    } else if (wordsBefore >= 2) {
      // Content precedes the attribution; a parenthetical attribution (", he claimed,") reports both sides.
      f.contentStart = ws[startTok]?.start ?? unit.start;
      let e = attrFirst - 1;
      while (e > startTok && (ws[e].kind === 'punct' && ws[e].text !== '…' && ws[e].text !== '?' && ws[e].text !== '!')) e--;
      f.contentEnd = ws[e].end;
      const rest = ws.slice(attrLast + 1).filter((w) => w.kind === 'word');
      const next = ws[attrLast + 1];
      if (rest.length >= 3 && next && (next.text === ',' || isOpenQuote(attrLast + 1) || next.text === ':') && !frames.some((g) => g !== f && g.cue > attrLast && !g.dropped && g.kind !== 'citing')) {
        f.contentEnd = undefined;
      }
    } else if (k !== undefined) {
      f.after = k;
      f.contentStart = ws[Math.min(k, ws.length - 1)].start;
    } else {
      f.after = attrLast + 1;
      f.contentStart = ws[Math.min(attrLast + 1, ws.length - 1)].start;
    }
    prevKept = f;
  }
  for (const f of frames) {
    if (f.dropped) continue;
    if (f.contentStart === undefined) f.contentStart = unit.start;
    if (f.contentEnd === undefined) f.contentEnd = unit.end;
    const t = trimSpan(prose, { start: f.contentStart, end: f.contentEnd }, true);
    f.contentStart = t.start;
    f.contentEnd = t.end;
  }

  function attrBoundaryAfter(g: Frame): number {
    const last = Math.max(g.cueEnd - 1, g.phrase?.last ?? g.cue);
    let k = last + 1;
    if (g.after !== undefined && g.contentEnd !== undefined) {
      k = ws.findIndex((w) => w.start >= (g.contentEnd ?? 0));
      if (k < 0) k = ws.length;
    }
    while (k < ws.length && (ws[k].kind === 'punct' && !isOpenQuote(k) || ['but', 'and', 'while', 'whereas', 'yet'].includes(ws[k].lower))) k++;
    return k;
  }
}

/** Where the content starts after a cue: after "that", ":" or a recipient; undefined when it precedes the cue. */
function contentAfter(ws: Word[], inQ: boolean[], isOpenQuote: (i: number) => boolean, f: Frame): number | undefined {
  let k = f.cueEnd;
  if (f.info?.recipient) {
    const r = phraseForward(ws, inQ, k);
    if (r) k = r.last + 1;
  }
  const w0 = ws[k];
  if (!w0) return undefined;
  if (w0.text === ':') return k + 1;
  if (isOpenQuote(k)) return k;
  if (w0.lower === 'that') return k + 1;
  if (w0.text === ',' && ws[k + 1] && (isOpenQuote(k + 1))) return k + 1;
  if (w0.kind === 'punct') return undefined;
  if (w0.lower === 'to') return k;
  if (!(PREP.has(w0.lower) || isTimeWord(w0) || ADV_SKIP.has(w0.lower) || isLy(w0))) return k;
  for (let j = k; j < ws.length && j < k + 16; j++) {
    const w = ws[j];
    if (w.lower === 'that' && !inQ[j]) return j + 1;
    if (w.text === ':') return j + 1;
    if (isOpenQuote(j)) return j;
    if (w.text === ',' || CLAUSE_PUNCT.has(w.text)) return undefined;
  }
  return undefined;
}

function extentOf(ws: Word[], f: Frame): Span {
  const a = ws[Math.min(f.cue, f.phrase?.first ?? f.cue)].start;
  const b = ws[Math.max(f.cueEnd - 1, f.phrase?.last ?? f.cue)].end;
  return { start: Math.min(a, f.contentStart ?? a), end: Math.max(b, f.contentEnd ?? b) };
}

/** Trims spaces (and for content, quote marks and trailing punctuation) from a span. */
function trimSpan(prose: string, s: Span, content = false): Span {
  let { start, end } = s;
  const strip = content ? /[\s“”"‘’«»„,;:]/u : /\s/u;
  while (start < end && strip.test(prose[start])) start++;
  while (end > start && (strip.test(prose[end - 1]) || (content && prose[end - 1] === '.'))) end--;
  return { start, end };
}

/** Creates the claim of a frame. */
function emit(ctx: Ctx, ui: number, ws: Word[], inQ: boolean[], f: Frame, passage: Span): void {
  const { prose, doc } = ctx;
  const content: Span = { start: f.contentStart ?? passage.start, end: f.contentEnd ?? passage.end };
  if (content.end <= content.start) return;
  const cueText = f.extraCue ?? prose.slice(ws[f.cue].start, ws[f.cueEnd - 1].end);
  const cueSpan: Span = { start: ws[f.cue].start, end: ws[f.cueEnd - 1].end };
  const pws = ws.filter((w) => w.start >= passage.start && w.end <= passage.end);
  const hedges = new Set(findPhrases(pws, HEDGES).map((h) => h.phrase));
  if (f.info?.hedge) hedges.add(prose.slice(ws[f.cue].start, ws[f.cue].end).toLowerCase());
  for (const h of [...hedges]) if (CUE_VERBS.has(h) && !f.info?.hedge && !isHedgeWord(pws, h)) hedges.delete(h);
  const claim: Draft = {
    id: '', file: doc.file, start: passage.start, end: passage.end, text: doc.text.slice(passage.start, passage.end),
    cue: cueText, cueSpan, content, direct: isDirect(ctx, content), hedged: hedges.size > 0,
    polarity: polarityOf(ws, inQ, content, f.info?.deny ?? false), figures: extractFigures(prose, content.start, content.end),
    unit: ui,
  };
  if (hedges.size) claim.hedges = [...hedges];
  const dates = extractDates(prose, content.start, content.end, doc.meta.published);
  if (dates.length) claim.dates = dates;
  const sp = f.speaker;
  if (sp) {
    claim.speakerText = sp.text;
    claim.speakerInfo = sp;
    if (sp.mention) claim.speakerSpan = { start: sp.mention.start, end: sp.mention.end };
  }
  ctx.claims.push(claim);
}

/** "claims", "claimed", "alleged" count as hedges only where they are not the cue of another speaker's report. */
function isHedgeWord(pws: Word[], h: string): boolean {
  return pws.some((w) => w.lower === h && ['reportedly', 'allegedly'].includes(h));
}

function isDirect(ctx: Ctx, content: Span): boolean {
  let quoted = 0;
  for (const q of ctx.quotes) {
    const a = Math.max(q.innerStart, content.start);
    const b = Math.min(q.innerEnd, content.end);
    if (b > a) quoted += b - a;
  }
  return quoted >= 0.6 * (content.end - content.start);
}

/** Deny when the cue denies or the content is negated ("no civilians were killed", "had nothing to do with"). */
function polarityOf(ws: Word[], inQ: boolean[], content: Span, denyCue: boolean): Polarity {
  if (denyCue) return 'deny';
  void inQ;
  const cws = ws.filter((w) => w.start >= content.start && w.end <= content.end);
  const exceptions = new Set<number>();
  for (const e of findPhrases(cws, NEGATION_EXCEPTIONS)) for (let k = 0; k < words(e.phrase).length; k++) exceptions.add(e.at + k);
  for (const n of findPhrases(cws, NEGATION_PHRASES)) {
    if (exceptions.has(n.at)) continue;
    const w = cws[n.at];
    if (n.phrase === 'no') {
      const next = cws[n.at + 1];
      if (!next || next.kind !== 'word' || ['longer', 'doubt', 'matter', 'sooner'].includes(next.lower)) continue;
    }
    if (n.phrase === "n't" && !w.lower.endsWith("n't")) continue;
    return 'deny';
  }
  for (const w of cws) if (w.lower.endsWith("n't") || w.lower === 'cannot') return 'deny';
  return 'affirm';
}

/** A unit without a cue: a hedged agentless report, a verification disclaimer, or a quotation that continues. */
function unattributed(ctx: Ctx, ui: number, ws: Word[], inQ: boolean[]): void {
  const { prose, units, doc } = ctx;
  const unit = units[ui];
  const outside = (i: number): boolean => inQ[i];
  const prev = ctx.claims[ctx.claims.length - 1];
  const near = prev && prev.unit >= ui - 2 && units[prev.unit].paragraph >= unit.paragraph - 1;
  // "CNN could not independently verify the claim": hedges the previous report.
  const disclaimers = findPhrases(ws, VERIFICATION_DISCLAIMERS, outside);
  if (disclaimers.length) {
    if (near) {
      prev.hedged = true;
      prev.hedges = [...new Set([...(prev.hedges ?? []), ...disclaimers.map((d) => d.phrase)])];
    }
    return;
  }
  const first = ws.find((w) => w.kind !== 'punct' || QUOTE_CHARS.has(w.text));
  const quoted = ws.filter((w, i) => w.kind === 'word' && inQ[i]).length;
  const wordCount = ws.filter((w) => w.kind === 'word').length;
  // A quotation on its own right after a speaker's claim continues it.
  if (first && QUOTE_CHARS.has(first.text) && wordCount && quoted >= 0.8 * wordCount && near && prev.speakerInfo
    && (units[prev.unit].paragraph === unit.paragraph || /[:“"]\s*$|[“"][^”"]*$/.test(prose.slice(units[prev.unit].start, units[prev.unit].end)))) {
    const content = trimSpan(prose, unit, true);
    const claim: Draft = {
      ...prev, id: '', start: unit.start, end: unit.end, text: doc.text.slice(unit.start, unit.end), content,
      direct: true, figures: extractFigures(prose, content.start, content.end),
      polarity: polarityOf(ws, inQ, content, false), unit: ui,
    };
    delete claim.cueSpan;
    const hedges = findPhrases(ws, HEDGES).map((h) => h.phrase).filter((h) => !CUE_VERBS.has(h));
    claim.hedged = hedges.length > 0;
    if (hedges.length) claim.hedges = hedges;
    else delete claim.hedges;
    const dates = extractDates(prose, content.start, content.end, doc.meta.published);
    if (dates.length) claim.dates = dates;
    else delete claim.dates;
    ctx.claims.push(claim);
    return;
  }
  const agentless = findPhrases(ws, AGENTLESS, outside);
  if (!agentless.length) return;
  const content = trimSpan(prose, unit, true);
  const hedges = [...new Set(findPhrases(ws, HEDGES, outside).map((h) => h.phrase))];
  const claim: Draft = {
    id: '', file: doc.file, start: unit.start, end: unit.end, text: doc.text.slice(unit.start, unit.end), cue: '',
    content, direct: isDirect(ctx, content), hedged: true, hedges: hedges.length ? hedges : agentless.map((a) => a.phrase),
    polarity: polarityOf(ws, inQ, content, false), figures: extractFigures(prose, content.start, content.end), unit: ui,
  };
  const dates = extractDates(prose, content.start, content.end, doc.meta.published);
  if (dates.length) claim.dates = dates;
  ctx.claims.push(claim);
}
