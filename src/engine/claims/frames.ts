// Attribution frames: reporting cues, the speaker phrase each cue takes, and the content it
// reports (after "said that", before "…, the ministry said", around ", he claimed,").
import type { Span } from '../types';
import type { Word } from '../lexicon/words';
import { CUE_VERBS, INVERTIBLE, NOUN_LIKE } from '../lexicon/cues';
import { mentionsIn } from './speakers';
import {
  ADV_SKIP, BE, CLAUSE_PUNCT, CONJ, DASHES, DET, PREP, PRONOUNS, QUOTE_CHARS, introductory, isCap, isLy, isTimeWord,
  phraseBack, phraseForward, segmentStart, skipBack, sourcePhrase, tokenRange, trimSpan, verbFollows, type Phrase,
} from './phrases';
import { describesPerson, namesActor, resolveSpeaker, skippableSegment } from './resolve';
import type { Ctx, Frame } from './context';

/** Finds reporting cues outside quotations. */
export function findCues(ws: Word[], inQ: boolean[], isOpenQuote: (i: number) => boolean): Frame[] {
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
    // "Varga was quoted as saying …": the cue is the whole phrase, its subject precedes "was".
    if (l === 'saying' && ws[i - 1]?.lower === 'as' && ws[i - 2]?.lower === 'quoted' && !inQ[i - 2]) {
      out.push({ cue: i - 2, cueEnd: i + 1, kind: 'verb', info: CUE_VERBS.get('said') });
      continue;
    }
    const info = CUE_VERBS.get(l);
    // "United States", "Says Who": a capitalized cue word is part of a name.
    if (!info || info.lemma === 'quote' || isCap(ws[i])) continue;
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
    // "48 people are now confirmed dead": an adverb between does not make it active.
    if (BE.has(pl) || ((isLy(prev) || ADV_SKIP.has(pl)) && BE.has(ws[i - 2]?.lower ?? ''))) continue;
    if (NOUN_LIKE.has(l) && !verbFollows(ws, i + 1, isOpenQuote)) continue;
    // "on behalf of the state.": a bare form that ends its clause is a noun ("reports." is a verb).
    if (NOUN_LIKE.has(l) && !/(?:s|ed)$/.test(l) && (!ws[i + 1] || [',', '.', ';', ')'].includes(ws[i + 1].text))) continue;
    // "its public claim that …": a possessive and an adjective make the cue a noun.
    if (NOUN_LIKE.has(l) && prev && !isCap(prev) && ['its', 'their', 'his', 'her', 'our', 'my', 'your'].includes(ws[i - 2]?.lower ?? '')) continue;
    // "conceded defeat", "conceded the election": yielding, not speaking.
    if (info.lemma === 'concede' && /^(?:defeat|the|victory|a|an|his|her|their|its|to|in|on)$/.test(ws[i + 1]?.lower ?? '')) continue;
    // "continued" reports speech only before a quotation or a colon ("he continued: …").
    if (info.lemma === 'continue' && !(ws[i + 1]?.text === ':' || isOpenQuote(i + 1) || ws[i + 1]?.text === '.' || ws[i + 1]?.text === ',')) continue;
    if (info.needsQuoteOrAs) {
      if (l === 'put' && ws[i + 1]?.lower !== 'it') continue;
      // A quotation just before also counts ("“Why now?” she asked").
      let ok = ws.slice(Math.max(0, i - 4), i).some((t) => t.text === '”' || t.text === '"' || t.text === '»');
      for (let k = i + 1; !ok && k < ws.length && k < i + 12; k++) {
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
  // "Adebayo-Mensah, speaking by phone: “…”", "Interior Minister Ivo Rask, on state television: “…”":
  // with no reporting verb in the sentence, a colon before a quotation attributes it to the name before.
  if (!out.length) {
    for (let i = 1; i < ws.length - 1; i++) {
      if (inQ[i] || ws[i].text !== ':' || !isOpenQuote(i + 1)) continue;
      out.push({ cue: i, cueEnd: i + 1, kind: 'verb', info: COLON_CUE, extraCue: ':' });
      break;
    }
  }
  return out;
}

const COLON_CUE = CUE_VERBS.get('said');

// Roles a sentence's opening description gives its speaker: "A spokeswoman for the prosecutor's office, Mirna Kos, said".
const SPOKES_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officer', 'head', 'director', 'chief', 'chairman', 'chairwoman',
  'chair', 'president', 'leader', 'minister', 'lawyer', 'prosecutor', 'commander', 'governor', 'mayor', 'secretary', 'representative', 'manager', 'doctor', 'surgeon', 'engineer', 'expert', 'analyst', 'researcher']);

/** Finds the speaker phrase of a cue: after "according to", after an inverted cue, or before the cue. */
export function findSpeakerPhrase(ctx: Ctx, ws: Word[], inQ: boolean[], f: Frame): void {
  if (f.kind === 'according' || f.kind === 'citing') {
    f.phrase = sourcePhrase(ws, inQ, f.cueEnd);
    return;
  }
  const c = f.cue;
  if (f.extraCue === ':') {
    // The speaker is the last person or organization named before the colon, past an aside
    // (", speaking by phone", ", on state television").
    const named = mentionsIn(ctx.index, ws[0].start, ws[c].start)
      .filter((m) => ['person', 'organization'].includes(ctx.index.kind(m)) && m.end <= ws[c].start);
    const m = named[named.length - 1];
    if (m) {
      const [first, end] = tokenRange(ws, m.start, m.end);
      if (end > first) f.phrase = { first, last: end - 1 };
    }
    return;
  }
  const l = ws[c].lower;
  const prev = ws[c - 1];
  // Inverted: "…,” said Ivana Stradner", "…, said the ministry."
  const afterQuote = prev && ((QUOTE_CHARS.has(prev.text) && prev.text !== '“') || (prev.text === ',' && ws[c - 2] && QUOTE_CHARS.has(ws[c - 2].text) && ws[c - 2].text !== '“'));
  // "Analyst Dana Pruul, of the Norland Institute, says the images show …": a sentence that opens
  // with a name and an aside names its speaker there; what follows the cue is the content.
  const opensWithName = (): boolean => {
    const comma = ws.findIndex((w, x) => x < c && w.text === ',');
    if (comma < 1 || comma > 5 || inQ[0]) return false;
    // Only a description may come before the name ("Independent analyst"), not a verb ("Troops detained").
    return mentionsIn(ctx.index, ws[0].start, ws[comma - 1].end).some((m) => ['person', 'organization'].includes(ctx.index.kind(m))
      && m.end === ws[comma - 1].end && ws.slice(0, comma).every((w) => w.start >= m.start || (w.kind === 'word' && !/ed$/.test(w.lower) && !PRONOUNS.has(w.lower))));
  };
  // "A spokeswoman for the prosecutor's office, Mirna Kos, said …": a person named in apposition right
  // before the cue is its subject, when the sentence opens with the description of a role ("A
  // spokeswoman …", "The head of …"); not "Among the dead was a teacher, Ana Kos, said the mayor".
  const appositiveName = (): boolean => {
    const m = mentionsIn(ctx.index, ws[0].start, ws[c - 1].start).filter((x) => ctx.index.kind(x) === 'person' && x.end === ws[c - 2]?.end).pop();
    if (!m) return false;
    const [first] = tokenRange(ws, m.start, m.end);
    const comma = ws.findIndex((w) => w.text === ',');
    return first > 0 && comma === first - 1 && !inQ[first] && DET.has(ws[0].lower) && ws.slice(1, comma).some((w) => SPOKES_ROLES.has(w.lower));
  };
  if (INVERTIBLE.has(l) && prev && (afterQuote || (prev.text === ',' && !opensWithName() && !appositiveName()))) {
    const n = ws[c + 1];
    if (n && n.kind === 'word' && n.lower !== 'that' && !PREP.has(n.lower) && !isTimeWord(n) && (isCap(n) || DET.has(n.lower) || ['he', 'she', 'they'].includes(n.lower))) {
      const p = phraseForward(ws, inQ, c + 1);
      // After a bare comma the phrase must end the clause ("…, said the ministry."), else it is the content.
      const closes = (j: number): boolean => !ws[j] || [',', '.', ';', '!', '?'].includes(ws[j].text);
      if (p && (afterQuote || closes(p.last + 1))) {
        // "…,” said the union's chairman, Dusan Petrak.": a person named in apposition to the
        // description is the speaker.
        const name = ws[p.last + 1]?.text === ',' && ws[p.last + 2] && isCap(ws[p.last + 2]) ? phraseForward(ws, inQ, p.last + 2) : undefined;
        const person = name && closes(name.last + 1)
          && mentionsIn(ctx.index, ws[name.first].start, ws[name.last].end).some((m) => ctx.index.kind(m) === 'person' && m.start === ws[name.first].start && m.end === ws[name.last].end);
        f.phrase = person ? name : p;
        f.inverted = true;
        return;
      }
    }
  }
  const i = skipBack(ws, c - 1);
  const at = ws[i];
  // Participles and coordinated verbs take the subject of the clause they hang on ("…, saying", "and insisted").
  if (!at || ['and', 'but', 'or'].includes(at.lower) || (at.text === ',' && l.endsWith('ing'))) {
    f.dependent = true;
    return;
  }
  if (at.kind === 'word' && PRONOUNS.has(at.lower)) {
    f.phrase = { first: i, last: i };
    return;
  }
  // "when announcing", "after accusing": a subordinate participle reports nothing.
  if (at.kind === 'word' && (CONJ.has(at.lower) || PREP.has(at.lower))) return;
  let k = i;
  let afterPunct = false;
  let named: Phrase | undefined;
  for (let hop = 0; hop < 12 && k >= 0; hop++) {
    const w = ws[k];
    if (w.text === ',' || DASHES.has(w.text)) {
      k--;
      afterPunct = true;
      continue;
    }
    if (QUOTE_CHARS.has(w.text) || w.kind === 'punct' && w.text !== ')') return;
    if (!afterPunct) {
      const p = phraseBack(ws, inQ, k);
      // "the group claiming responsibility is …": a participle after a noun modifies it, unless
      // it is an absolute construction ("with its spokesperson stating, …").
      if (p && l.endsWith('ing') && ws[p.first - 1]?.lower !== 'with') return;
      if (p) {
        f.phrase = relativeHead(ws, inQ, p) ?? p;
        markRelative(ws, f, p);
      }
      return;
    }
    // Walk back over the comma- or dash-delimited segment ending at k.
    const segFirst = segmentStart(ws, k);
    if (segFirst > k) return;
    const j = segFirst - 1;
    const boundary = ws[j];
    const apposition = boundary && (boundary.text === ',' || DASHES.has(boundary.text));
    // "Olena Dashko, whose husband, Petro, is still underground, said": a name inside a "whose" clause is not its head.
    const before = j > 0 ? segmentStart(ws, j - 1) : -1;
    const inWhose = apposition && before >= 0 && ws[before]?.lower === 'whose' && j - 1 - before <= 3;
    if (apposition && (inWhose || skippableSegment(ctx, ws, segFirst, k) || describesPerson(ctx, ws, segFirst, j - 1))) {
      // Unless what precedes is an introductory phrase: then this segment is the subject.
      const h = segmentStart(ws, j - 1);
      if (!introductory(ws, h, j - 1)) {
        // "Two armed groups, the NLF and the UDA, claim …": a named apposition names an unnamed head.
        if (!named && (ws[segFirst].lower === 'the' || isCap(ws[segFirst])) && namesActor(ctx, ws, segFirst, k)) named = { first: segFirst, last: k };
        k = j;
        continue;
      }
    }
    const p = phraseBack(ws, inQ, k, segFirst);
    // A head that is itself a name (tagged or capitalized) keeps the floor over a named apposition.
    const isName = (q: Phrase): boolean => namesActor(ctx, ws, q.first, q.last)
      || ws.slice(q.first, q.last + 1).every((t) => isCap(t) || t.lower === "'s");
    if (p) f.phrase = named && !isName(p) ? named : p;
    return;
  }
}

// Words by which a relative clause names its head ("a fighter who goes by the call sign Caesar").
const NAMING = new Set(['by', 'named', 'called', 'nicknamed', 'as', 'sign', 'alias', 'name']);

/** "Residents who spoke to the Ledger said": the speaker is the head before the relative clause, not a noun inside it. */
function relativeHead(ws: Word[], inQ: boolean[], p: Phrase): Phrase | undefined {
  for (let r = p.first - 1; r >= 0 && r >= p.first - 10; r--) {
    const w = ws[r];
    if (w.kind !== 'word' || inQ[r]) return undefined;
    if (w.lower !== 'who') {
      if (CONJ.has(w.lower) || CUE_VERBS.has(w.lower)) return undefined;
      continue;
    }
    const clause = ws.slice(r + 1, p.last + 1);
    // A relative clause that gives the head's name keeps the name as the speaker.
    if (isCap(ws[p.last]) && clause.some((t) => NAMING.has(t.lower))) return undefined;
    return r > 0 ? phraseBack(ws, inQ, r - 1) : undefined;
  }
  return undefined;
}

function markRelative(ws: Word[], f: Frame, p: Phrase): void {
  const before = ws[p.first - 1]?.lower;
  if (before === 'which' || before === 'what') f.relative = true;
  // "… than its public statements would suggest": a comparison, not a report.
  if (before === 'than') f.phrase = undefined;
}

/** The subject of the main clause, for participle cues ("Okafor raised the alarm, saying …"). */
export function mainSubject(ctx: Ctx, ws: Word[], inQ: boolean[], before: number): Phrase | undefined {
  let s = 0;
  if (introductory(ws, 0, before)) {
    const comma = ws.findIndex((w, i) => i < before && w.text === ',');
    if (comma < 0) return undefined;
    s = comma + 1;
  }
  while (s < before && (QUOTE_CHARS.has(ws[s].text))) s++;
  const p = phraseForward(ws, inQ, s);
  if (!p || p.last >= before) return undefined;
  // "He gave the depth … and said": a pronoun is the whole subject.
  if (PRONOUNS.has(ws[p.first].lower)) return { first: p.first, last: p.first };
  // A capitalized run or a mention heads the subject; stop at the first lowercase verb after it.
  let last = p.first;
  for (let j = p.first; j <= p.last; j++) {
    if (isCap(ws[j]) || DET.has(ws[j].lower) || ws[j].lower === "'s" || j === p.first) last = j;
    // "Hossaini went further, telling …": a lowercase word right after the name is its verb.
    else if (j > p.first && isCap(ws[j - 1]) && ws[j].kind === 'word' && !NAME_JOINERS.has(ws[j].lower) && !ws.slice(j + 1, p.last + 1).some((w) => isCap(w))) break;
    else last = j;
  }
  void ctx;
  return { first: p.first, last };
}

// Lowercase words inside a name ("Ministry of Health", "Hossaini's office").
const NAME_JOINERS = new Set(['of', 'for', 'and', 'de', 'van', 'von', 'der', 'al', 'el', 'la', 'le', 'bin', 'the', "'s", '’s']);

/** Decides each frame's content span, drops nested and relayed cues, merges dependent ones. */
export function settleFrames(ctx: Ctx, ui: number, ws: Word[], inQ: boolean[], isOpenQuote: (i: number) => boolean, frames: Frame[]): void {
  const unit = ctx.units[ui];
  const { prose } = ctx;
  const hasSpeaker = frames.some((f) => f.kind === 'verb' && f.phrase);
  // Prefix counts of words, so that "how many words before/after" costs O(1) on long sentences.
  const wordsUpTo = new Int32Array(ws.length + 1);
  for (let i = 0; i < ws.length; i++) wordsUpTo[i + 1] = wordsUpTo[i] + (ws[i].kind === 'word' ? 1 : 0);
  const laterCue = new Uint8Array(frames.length + 1);
  for (let n = frames.length - 1; n >= 0; n--) laterCue[n] = laterCue[n + 1] || (frames[n].kind !== 'citing' ? 1 : 0);
  let prevKept: Frame | undefined;
  for (let fi = 0; fi < frames.length; fi++) {
    const f = frames[fi];
    if (f.kind === 'citing') {
      // "…, Interfax reported, citing minister Oksana Kozlitina": a named source is the origin.
      const p = f.phrase;
      const g = prevKept;
      if (p && g && !g.dropped) {
        const ms = mentionsIn(ctx.index, ws[p.first].start, ws[p.last].end)
          .filter((m) => ['person', 'organization'].includes(ctx.index.kind(m)));
        if (ms.length) {
          g.speaker = resolveSpeaker(ctx, ui, ws, p);
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
        // "…, but later said …": the same speaker says something else (often a revision).
        if (ws[skipBack(ws, f.cue - 1)]?.lower === 'but' && prevKept.speaker) {
          f.speaker = prevKept.speaker;
          f.dependent = false;
        } else {
          // "…, adding that …", "… and insisted that …": the same speaker goes on.
          const start = contentAfter(ws, inQ, isOpenQuote, f);
          if (start !== undefined) prevKept.contentEnd = undefined;
          f.dropped = true;
          continue;
        }
      }
    }
    if (f.dependent) {
      const subj = mainSubject(ctx, ws, inQ, f.cue);
      if (!subj) {
        f.dropped = true;
        continue;
      }
      f.phrase = subj;
      f.speaker = resolveSpeaker(ctx, ui, ws, subj, f);
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
      for (let k = attrStart - 1; k > prevKept.after && k > attrStart - 200; k--) {
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
      const before = wordsUpTo[attrFirst] > 0;
      if (before && (ws[attrFirst - 1]?.text === ',' || attrLast + 1 >= ws.length || /[.!?]/.test(ws[attrLast + 1]?.text ?? ''))) {
        f.contentStart = unit.start;
        f.contentEnd = ws[attrFirst - 1].text === ',' ? ws[attrFirst - 1].start : ws[attrFirst].start;
      } else {
        // "According to a report published on Thursday, …": the content follows the comma.
        let k = attrLast + 1;
        for (let j = k; j < ws.length && j < k + 12; j++) {
          if (ws[j].text === ',') {
            k = j + 1;
            break;
          }
          if (CLAUSE_PUNCT.has(ws[j].text) || isOpenQuote(j)) break;
        }
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
    const wordsBefore = wordsUpTo[attrFirst];
    const startTok = prevKept ? attrBoundaryAfter(prevKept) : 0;
    const closing = (t: Word | undefined): boolean => !!t && QUOTE_CHARS.has(t.text) && t.text !== '“' && t.text !== '„';
    const splitQuote = wordsBefore >= 2 && (closing(ws[attrFirst - 1]) || (ws[attrFirst - 1]?.text === ',' && closing(ws[attrFirst - 2])));
    if (k !== undefined && k < ws.length && splitQuote && isOpenQuote(k)) {
      // “…,” she added, “…”: both parts of the quotation are the content.
      f.after = k;
      f.contentStart = ws[startTok]?.start ?? unit.start;
    } else if (k !== undefined && k < ws.length && !f.inverted) {
      f.after = k;
      f.contentStart = ws[k].start;
    } else if (wordsBefore >= 2) {
      // Content precedes the attribution; a parenthetical attribution (", he claimed,") reports both sides.
      f.contentStart = ws[startTok]?.start ?? unit.start;
      let e = attrFirst - 1;
      while (e > startTok && ws[e].kind === 'punct' && (ws[e].text === ',' || ws[e].text === ';' || ws[e].text === ':' || DASHES.has(ws[e].text) || QUOTE_CHARS.has(ws[e].text))) e--;
      f.contentEnd = ws[e].end;
      // ", he claimed, were …": the sentence goes on after the attribution, so the content spans both sides.
      const rest = wordsUpTo[ws.length] - wordsUpTo[Math.min(ws.length, attrLast + 1)];
      const next = ws[attrLast + 1];
      const after = ws[attrLast + 2];
      const continues = !!after && after.kind === 'word' && !isCap(after) && !DET.has(after.lower) && !CONJ.has(after.lower)
        && !PREP.has(after.lower) && !after.lower.endsWith('ing');
      if (rest >= 3 && next && ((next.text === ',' && continues) || isOpenQuote(attrLast + 1)) && !laterCue[fi + 1]) {
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
      // First token at or after the earlier content's end (binary search).
      let lo = 0;
      let hi = ws.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ws[mid].start < g.contentEnd) lo = mid + 1;
        else hi = mid;
      }
      k = lo;
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
    // "told officers and journalists at the base": recipients joined by "and" are one recipient.
    // Not "told reporters and added that …", "and warned of …": a verb after "and" starts a clause.
    const next = ws[k + 1]?.lower ?? '';
    const joined = r && (ws[k]?.lower === 'and' || ws[k]?.lower === 'or') && !CUE_VERBS.has(next) && !/(?:ed|ing)$/.test(next);
    const more = joined ? phraseForward(ws, inQ, k + 1) : undefined;
    // "told reporters and police were deployed": a noun that a verb follows starts a clause of its own.
    const verbNext = more && /^(?:was|were|is|are|had|has|have|will|would|could|did|do|does)$/.test(ws[more.last + 1]?.lower ?? '');
    if (more && !verbNext) k = more.last + 1;
    // "told reporters and added that the port would reopen": what was said follows the second verb's "that".
    if (r && ws[k]?.lower === 'and' && CUE_VERBS.has(next)) {
      for (let j = k + 2; j < ws.length && j <= k + 4; j++) {
        if (ws[j].lower === 'that' && !inQ[j]) return j + 1;
        if (ws[j].kind === 'punct') break;
      }
    }
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

/** The span a frame covers: speaker, cue and content. */
export function extentOf(ws: Word[], f: Frame): Span {
  const a = ws[Math.min(f.cue, f.phrase?.first ?? f.cue)].start;
  const b = ws[Math.max(f.cueEnd - 1, f.phrase?.last ?? f.cue)].end;
  return { start: Math.min(a, f.contentStart ?? a), end: Math.max(b, f.contentEnd ?? b) };
}
