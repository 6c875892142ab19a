// Claims: who said what, how sure. Each sentence (or a quotation's sentences) is read for
// reporting cues ("said", "told CNN that", "according to", "denied"), the speaker phrase
// next to the cue and the content the cue reports. Pronoun and definite speakers ("he",
// "the ministry") are resolved to the nearest fitting actor mention; unnamed descriptions
// ("a Ukrainian official") stay as written; agentless reports ("reportedly") are hedged
// claims with no speaker.
import type { Claim, Mention, ParsedDocument, Span } from '../types';
import { extractFigures } from '../figures';
import { extractDates } from '../dates';
import { scanWords, type Word } from '../lexicon/words';
import { AGENTLESS, CUE_VERBS, HEDGES, VERIFICATION_DISCLAIMERS } from '../lexicon/cues';
import { findQuotes, type Quote } from './quotes';
import { indexMentions } from './speakers';
import { indexGender } from './gender';
import { QUOTE_CHARS, findPhrases, tokenRange, trimSpan, wordsWithin } from './phrases';
import { extentOf, findCues, findSpeakerPhrase, settleFrames } from './frames';
import { resolveSpeaker } from './resolve';
import { isDirect, isHedgeWord, polarityOf } from './polarity';
import type { Ctx, Draft, Frame, Unit } from './context';
import { gated } from '../prefilter';

export type { Speaker } from './speakers';

/** Finds the attributed claims of a document: speaker, cue, content, hedges, polarity, figures and dates. */
export function extractClaims(doc: ParsedDocument, mentions: Mention[]): Claim[] {
  const prose = doc.prose;
  const index = indexMentions(mentions.filter((m) => !m.file || m.file === doc.file));
  const units = buildUnits(doc);
  const gender = indexGender(prose, index.list.filter((m) => index.kind(m) === 'person'));
  const ctx: Ctx = { doc, prose, index, gender, units, claims: [], consumed: new Set(), unitSpeakers: [] };
  for (let u = 0; u < units.length; u++) analyzeUnit(ctx, u);
  const found = ctx.claims.map(({ unit: _u, speakerInfo: _s, ...c }) => c as Claim);
  const out = [...found, ...pullQuotes(doc, found)].sort((a, b) => a.start - b.start || a.content.start - b.content.start);
  return out.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

// A pull quote's credit line: "— Commander Wenzel Sternik", "– Maria Lenk, a resident".
const CREDIT = /* @__PURE__ */ gated(/^[—–-]{1,2}\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’.-]*)(?:\s*,\s*[^\n]{1,60})?$/u);
const TITLE_WORD = /* @__PURE__ */ gated(/^(?:commander|chief|minister|mayor|governor|president|colonel|col\.|general|gen\.|captain|capt\.|dr\.?|professor|prof\.|spokesman|spokeswoman|sergeant|sgt\.?|inspector|director|judge|senator|deputy|officer|mr\.?|mrs\.?|ms\.?)$/i);

/**
 * A quotation set apart with its speaker on the line after it, as pages print pull quotes:
 * "> “We have a list and we are going through it name by name.”" then "> — Commander Wenzel Sternik".
 */
function pullQuotes(doc: ParsedDocument, found: Claim[]): Claim[] {
  const out: Claim[] = [];
  const prose = doc.prose;
  // Paragraphs as spans, in order.
  const paras: Span[] = [];
  for (const s of [...doc.sentences].sort((a, b) => a.start - b.start)) {
    const last = paras[paras.length - 1] as (Span & { p: number }) | undefined;
    if (last && last.p === s.paragraph) last.end = Math.max(last.end, s.end);
    else paras.push({ start: s.start, end: s.end, p: s.paragraph } as Span & { p: number });
  }
  for (let n = 0; n < paras.length; n++) {
    const para = paras[n];
    const text = prose.slice(para.start, para.end);
    let quote: Span | undefined;
    let credit: Span | undefined;
    // The credit on the paragraph's last line ("… riverbank.”\n> — Commander Wenzel Sternik")…
    const inside = /["”’']\s*\n[\s>]*([—–-]{1,2}[^\n]+)$/.exec(text);
    if (inside && /^\s*["“‘']/.test(text)) {
      quote = { start: para.start, end: para.start + inside.index + 1 };
      credit = { start: para.start + inside.index + inside[0].length - inside[1].length, end: para.end };
    } else if (n + 1 < paras.length && /^\s*["“‘']/.test(text) && /["”’']\s*$/.test(text)) {
      // … or the paragraph after it.
      quote = para;
      credit = paras[n + 1];
    }
    if (!quote || !credit) continue;
    const m = CREDIT.exec(prose.slice(credit.start, credit.end).trim());
    if (!m || found.some((c) => c.start < quote!.end && quote!.start < c.end)) continue;
    const names = m[1].split(/\s+/);
    let t = 0;
    while (t < names.length - 1 && TITLE_WORD.test(names[t])) t++;
    const speakerText = names.slice(t).join(' ');
    const at = prose.indexOf(speakerText, credit.start);
    const content = trimSpan(prose, quote, true);
    out.push({
      id: '', file: doc.file, start: quote.start, end: credit.end, text: doc.text.slice(quote.start, credit.end),
      speakerText, speakerSpan: at >= 0 ? { start: at, end: at + speakerText.length } : undefined,
      cue: '—', cueSpan: { start: credit.start, end: credit.start + 1 }, content, direct: true, hedged: false, polarity: 'affirm',
      figures: extractFigures(prose, content.start, content.end),
    });
  }
  return out;
}

/** Groups sentences into units: a quotation that runs across sentences keeps them together. */
function buildUnits(doc: ParsedDocument): Unit[] {
  const sentences = [...doc.sentences].sort((a, b) => a.start - b.start);
  const units: Unit[] = [];
  let paragraph: Quote[] = [];
  let current = -1;
  let qp = 0;
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n];
    if (s.paragraph !== current) {
      // Quotations never cross a paragraph: find them paragraph by paragraph.
      current = s.paragraph;
      let end = s.end;
      for (let k = n + 1; k < sentences.length && sentences[k].paragraph === current; k++) end = Math.max(end, sentences[k].end);
      paragraph = findQuotes(doc.prose, s.start, end);
      qp = 0;
    }
    const prev = units[units.length - 1];
    let joined = false;
    if (prev && prev.paragraph === s.paragraph && prev.end - prev.start < 1500) {
      // Only quotations of the previous unit can run into this sentence.
      for (let k = Math.max(0, qp - 2); k < paragraph.length && paragraph[k].start < prev.end && !joined; k++) {
        const q = paragraph[k];
        joined = q.end > s.start && q.innerEnd > q.innerStart;
      }
    }
    if (joined) prev.end = s.end;
    else units.push({ start: s.start, end: s.end, paragraph: s.paragraph, quotes: [] });
    const u = units[units.length - 1];
    // Quotations are sorted by start; walk a pointer instead of filtering the paragraph each time.
    while (qp < paragraph.length && paragraph[qp].end <= u.start) qp++;
    const mine: Quote[] = [];
    for (let k = Math.max(0, qp - 2); k < paragraph.length && paragraph[k].start < u.end; k++) {
      if (paragraph[k].end > u.start) mine.push(paragraph[k]);
    }
    u.quotes = mine;
  }
  return units;
}

/** Reads one unit: its cues, speakers and contents, or else an unattributed report. */
function analyzeUnit(ctx: Ctx, ui: number): void {
  const { prose, units } = ctx;
  const unit = units[ui];
  if (ctx.consumed.has(ui)) return;
  const ws = scanWords(prose, unit.start, unit.end);
  if (!ws.length) return;
  const unitQuotes = unit.quotes;
  // Which tokens lie inside a quotation.
  const inQ = new Array<boolean>(ws.length).fill(false);
  for (const q of unitQuotes) {
    const [lo, hi] = tokenRange(ws, q.innerStart, q.innerEnd);
    for (let i = lo; i < hi; i++) inQ[i] = true;
  }
  const openAt = new Set(unitQuotes.map((q) => q.start));
  const isOpenQuote = (i: number): boolean => ws[i]?.kind === 'punct' && openAt.has(ws[i].start);

  const frames = findCues(ws, inQ, isOpenQuote);
  for (const f of frames) findSpeakerPhrase(ctx, ws, inQ, f);
  const live = frames.filter((f) => f.phrase || f.dependent || f.kind === 'citing');
  ctx.unitSpeakers = [];
  for (const f of live) {
    if (!f.phrase) continue;
    f.speaker = resolveSpeaker(ctx, ui, ws, f.phrase, f);
    if (f.speaker) ctx.unitSpeakers.push(f.speaker);
  }
  settleFrames(ctx, ui, ws, inQ, isOpenQuote, live);
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
    emit(ctx, ui, ws, f, trimSpan(prose, passage));
  });
}

/** Creates the claim of a frame. */
function emit(ctx: Ctx, ui: number, ws: Word[], f: Frame, at: Span): void {
  const { prose, doc } = ctx;
  let passage = at;
  let content: Span = { start: f.contentStart ?? passage.start, end: f.contentEnd ?? passage.end };
  const cueText = f.extraCue ?? prose.slice(ws[f.cue].start, ws[f.cueEnd - 1].end);
  const cueSpan: Span = { start: ws[f.cue].start, end: ws[f.cueEnd - 1].end };
  let contentWords = ws;
  if (content.end <= content.start) {
    // "The spokesman said:" closing a paragraph introduces the quotation that follows.
    const next = ctx.units[ui + 1];
    if (!next || !/:\s*$/.test(prose.slice(passage.start, passage.end)) || !/^\s*[“"«„]/.test(prose.slice(next.start, next.end))) return;
    content = trimSpan(prose, next, true);
    passage = next.end - passage.start <= 600 ? { start: passage.start, end: next.end } : { start: next.start, end: next.end };
    contentWords = scanWords(prose, next.start, next.end);
    ctx.consumed.add(ui + 1);
    ui++;
  }
  const pws = wordsWithin(contentWords, passage.start, passage.end);
  const hedges = new Set(findPhrases(pws, HEDGES).map((h) => h.phrase));
  if (f.info?.hedge) hedges.add(prose.slice(ws[f.cue].start, ws[f.cue].end).toLowerCase());
  for (const h of [...hedges]) if (CUE_VERBS.has(h) && !f.info?.hedge && !isHedgeWord(pws, h)) hedges.delete(h);
  const claim: Draft = {
    id: '', file: doc.file, start: passage.start, end: passage.end, text: doc.text.slice(passage.start, passage.end),
    cue: cueText, cueSpan, content, direct: isDirect(ctx.units[ui].quotes, content), hedged: hedges.size > 0,
    polarity: polarityOf(contentWords, content, f.info?.deny ?? false), figures: extractFigures(prose, content.start, content.end),
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
  if (first && QUOTE_CHARS.has(first.text) && wordCount && quoted >= 0.8 * wordCount && near && prev.unit === ui - 1 && prev.speakerInfo
    && (units[prev.unit].paragraph === unit.paragraph || /[:“"]\s*$|[“"][^”"]*$/.test(prose.slice(units[prev.unit].start, units[prev.unit].end)))) {
    const content = trimSpan(prose, unit, true);
    const claim: Draft = {
      ...prev, id: '', start: unit.start, end: unit.end, text: doc.text.slice(unit.start, unit.end), content,
      direct: true, figures: extractFigures(prose, content.start, content.end),
      polarity: polarityOf(ws, content, false), unit: ui,
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
    content, direct: isDirect(ctx.units[ui].quotes, content), hedged: true, hedges: hedges.length ? hedges : agentless.map((a) => a.phrase),
    polarity: polarityOf(ws, content, false), figures: extractFigures(prose, content.start, content.end), unit: ui,
  };
  const dates = extractDates(prose, content.start, content.end, doc.meta.published);
  if (dates.length) claim.dates = dates;
  ctx.claims.push(claim);
}
