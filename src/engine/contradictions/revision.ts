import type { Contradiction, Figure } from '../types';
import { REVISION } from './lexicon';
import { type Statement, perPassage, sideOf, voiceOf } from './statements';
import { WORD_NUMBERS, round } from './numeric';
import { gated } from '../prefilter';

const revises = perPassage<boolean>();

/** A source reporting that a speaker changed their own account ("initially said …, but later …"). */
export function revisionContradictions(statements: Statement[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const st of statements) {
    if (!revises(st, (s) => REVISION.test(s.lower))) continue;
    const m = REVISION.exec(st.lower)!;
    // The two sides are the clause before the turn and the clause after it.
    const turn = /\b(?:but|however|before|then)\b|,\s+(?=(?:now|later|have since|has since)\s)/.exec(st.lower.slice(m.index + 10));
    const cut = turn ? st.start + m.index + 10 + turn.index : st.start + m.index + Math.floor(m[0].length / 2);
    // Each side without the spaces at its edges, its offsets moved with its text.
    const side = (start: number, end: number) => {
      const raw = st.text.slice(start - st.start, end - st.start);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      return { start: start + lead, end: start + lead + text.length, text };
    };
    const first = side(st.start, cut);
    const second = side(cut, st.end);
    const base = { file: st.file, outlet: st.outlet, ...(st.claim?.speaker ? { speaker: st.claim.speaker } : {}), ...(st.speakerText ? { speakerText: st.speakerText } : {}) };
    out.push({
      id: '', kind: st.claim?.figures.length ? 'numeric' : 'status', topic: 'revised statement', revision: true,
      summary: `${voiceOf(st)} reports a revised account: ${first.text.slice(0, 80)} … ${second.text.slice(0, 80)}`,
      confidence: round(0.8),
      sides: [{ ...base, ...first, value: 'initially' }, { ...base, ...second, value: 'later' }],
    });
  }
  return out;
}

// An outlet's notice that it got a figure wrong: "CORRECTION: In our 10:20 entry we wrote that …",
// "An earlier version of this story said …".
const NOTICE = /* @__PURE__ */ gated(/\b(?:correction|clarification)\s*:|\ban earlier version of this\b|\bin (?:our|an earlier) [\w:.]+ (?:entry|post|update|report|story|version)\b/);
const WRONG = /* @__PURE__ */ gated(/\b(?:we|our|this (?:story|report|article))\s+(?:[\w:.]+\s+){0,2}?(?:wrote|reported|said|stated|gave|misreported|misstated)\b|\bearlier (?:version|entry|post|update|report|story)\b[^.]{0,40}\b(?:said|stated|reported|gave)\b/);
const YEAR = /* @__PURE__ */ gated(/\b(?:19|20)\d{2}\b/g);
const CORRECT_FIGURE = /* @__PURE__ */ gated(/\b(?:correct|right|actual|true|accurate)\s+(?:figure|number|count|toll|total)\s+(?:is|was|is\s+in\s+fact|was\s+in\s+fact)\s+(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i);

/**
 * A figure an outlet corrects: the wrong figure as it stands earlier in the article, against the
 * right one the correction gives ("we wrote that the contract covered 1,400 ventilators. Mallen said 400.").
 */
export function correctionContradictions(statements: Statement[]): Contradiction[] {
  return correctionsOf(statements).map((c) => c.contradiction);
}

interface Correction {
  file: string;
  /** The figure the outlet says it got wrong, as its notice gives it. */
  wrong: Figure;
  contradiction: Contradiction;
}

const correctionsMemo = new WeakMap<Statement[], Correction[]>();

/** Each correction of a figure an outlet makes and the article holds both figures of (memoized by the statement list). */
function correctionsOf(statements: Statement[]): Correction[] {
  let found = correctionsMemo.get(statements);
  if (!found) correctionsMemo.set(statements, (found = findCorrections(statements)));
  return found;
}

function findCorrections(statements: Statement[]): Correction[] {
  const out: Correction[] = [];
  const byFile = new Map<string, Statement[]>();
  for (const st of statements) (byFile.get(st.file) ?? byFile.set(st.file, []).get(st.file)!).push(st);
  for (const list of byFile.values()) {
    for (let i = 0; i < list.length; i++) {
      const notice = list[i];
      if (!NOTICE.test(notice.lower) || !WRONG.test(notice.lower)) continue;
      const wrong = [...notice.figures].sort((a, b) => a.start - b.start).find((f) => f.low !== null) ?? bareWrong(notice);
      if (!wrong) {
        const year = yearCorrection(notice, list, i);
        if (year) out.push({ file: notice.file, wrong: { start: notice.start, end: notice.start, text: '', low: null, high: null, unit: null, event: null }, contradiction: year });
        continue;
      }
      // The right figure: later in the notice, or in the sentences of its paragraph that follow; first of all
      // the one the notice names as such ("the correct figure is 27: four patients were counted twice").
      const block = noticeBlock(list, i);
      let right: { st: Statement; f: Figure } | undefined;
      for (const st of block) {
        const named = CORRECT_FIGURE.exec(st.text);
        if (!named || st.start + named.index < wrong.end) continue;
        const value = WORD_NUMBERS[named[1].toLowerCase()] ?? Number(named[1].replace(/,/g, ''));
        if (!Number.isFinite(value) || value === wrong.low) continue;
        const at = st.start + named.index + named[0].length - named[1].length;
        right = { st, f: { ...wrong, start: at, end: at + named[1].length, text: named[1], low: value, high: value, approximate: false } };
        break;
      }
      for (const st of right ? [] : block) {
        const f = [...st.figures].sort((a, b) => a.start - b.start).find((x) => x.start > wrong.end && x.low !== null && x.low !== wrong.low
          && (!x.unitClass || !wrong.unitClass || x.unitClass === wrong.unitClass));
        if (f) { right = { st, f }; break; }
        // A bare number where the correction puts it ("Mallen said 400."): the figure without its noun.
        const from = Math.max(0, wrong.end - st.start);
        const bare = /(?<![\d:.,])\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b(?![:.]?\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|%))/g;
        bare.lastIndex = from;
        for (let m = bare.exec(st.text); m; m = bare.exec(st.text)) {
          const value = Number(m[1].replace(/,/g, ''));
          if (value === wrong.low || (value >= 1900 && value <= 2100 && !m[1].includes(','))) continue;
          const at = st.start + m.index;
          right = { st, f: { ...wrong, start: at, end: at + m[1].length, text: m[1], low: value, high: value, approximate: false } };
          break;
        }
        if (right) break;
      }
      if (!right) continue;
      // The wrong figure where the article first gave it, outside the correction: of the passages that give it,
      // the one that shares most words with the notice ("six people in the chalet", not "six people are dead").
      const words = new Set(notice.lower.match(/[a-z]{4,}/g) ?? []);
      const shared = (st: Statement) => new Set((st.lower.match(/[a-z]{4,}/g) ?? []).filter((w) => words.has(w))).size;
      const original = list.filter((st) => !block.includes(st) && st.figures.some((f) => f.low === wrong.low && f.high === wrong.high
        && (!f.unitClass || !wrong.unitClass || f.unitClass === wrong.unitClass)))
        .reduce<Statement | undefined>((best, st) => (!best || shared(st) > shared(best) || (shared(st) === shared(best) && !!st.claim && !best.claim) ? st : best), undefined);
      if (!original) continue;
      const at = (st: Statement, value: string) => ({ ...sideOf(st), value });
      out.push({ file: notice.file, wrong, contradiction: {
        id: '', kind: 'numeric', topic: 'corrected figure', revision: true,
        summary: `${notice.outlet} corrected its own figure: ${wrong.text} → ${right.f.text}`,
        confidence: round(0.85),
        sides: [at(original, wrong.text), at(right.st, right.f.text)],
      } });
    }
  }
  return out;
}

/** Whether a passage is an outlet's notice that it got something wrong ("Correction: in our 11:20 post we reported …"). */
export function isCorrectionNotice(st: Statement): boolean {
  return NOTICE.test(st.lower) && WRONG.test(st.lower);
}

/**
 * The figures each file has corrected, where the correction is reported as its own revision: what the figure
 * counted (its unit class, when the notice names one) and its value.
 */
export function correctedFigures(statements: Statement[]): Map<string, Array<{ value: number; unitClass?: string | null }>> {
  const out = new Map<string, Array<{ value: number; unitClass?: string | null }>>();
  for (const c of correctionsOf(statements)) {
    if (c.wrong.low === null) continue;
    (out.get(c.file) ?? out.set(c.file, []).get(c.file)!).push({ value: c.wrong.low, unitClass: c.wrong.unitClass });
  }
  return out;
}

/** "our 07:40 update gave the number of survivors as 140": the wrong figure a notice gives without its noun. */
function bareWrong(notice: Statement): Figure | undefined {
  const said = WRONG.exec(notice.lower);
  if (!said) return undefined;
  const m = /\b(?:as|at|to\s+be|was|were)\s+(\d{1,3}(?:,\d{3})+|\d+)\b(?![:.]?\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|%))/.exec(notice.lower.slice(said.index));
  if (!m) return undefined;
  const value = Number(m[1].replace(/,/g, ''));
  if (value >= 1900 && value <= 2100 && !m[1].includes(',')) return undefined;
  const start = notice.start + said.index + m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length, text: m[1], low: value, high: value, unit: null, unitClass: null, event: null, eventClass: null, approximate: false };
}

/** A correction notice and the sentences of its paragraph that follow it (three at most). */
function noticeBlock(list: Statement[], i: number): Statement[] {
  const block = [list[i]];
  for (let k = i + 1; k < list.length && k <= i + 3; k++) {
    if (/\n\s*\n/.test(list[i].doc.prose.slice(block[block.length - 1].end, list[k].start))) break;
    block.push(list[k]);
  }
  return block;
}

/**
 * A year an outlet corrects: "in our 20:40 entry we wrote that the aircraft was delivered in 2004.
 * That was wrong. The airline says the jet was delivered new in 2014."
 */
function yearCorrection(notice: Statement, list: Statement[], i: number): Contradiction | undefined {
  const said = WRONG.exec(notice.lower);
  if (!said) return undefined;
  const yearsIn = (st: Statement, from = 0) => [...st.text.slice(from).matchAll(YEAR)].map((m) => ({ text: m[0], at: st.start + from + (m.index ?? 0) }));
  const wrong = yearsIn(notice, said.index)[0];
  if (!wrong) return undefined;
  const block = noticeBlock(list, i);
  let right: { st: Statement; text: string } | undefined;
  for (const st of block) {
    const y = yearsIn(st).find((x) => x.at > wrong.at && x.text !== wrong.text);
    if (y) { right = { st, text: y.text }; break; }
  }
  if (!right) return undefined;
  const original = list.find((st) => !block.includes(st) && new RegExp(`\\b${wrong.text}\\b`).test(st.text));
  if (!original) return undefined;
  return {
    id: '', kind: 'numeric', topic: 'corrected figure', revision: true,
    summary: `${notice.outlet} corrected its own figure: ${wrong.text} → ${right.text}`,
    confidence: round(0.85),
    sides: [{ ...sideOf(original), value: wrong.text }, { ...sideOf(right.st), value: right.text }],
  };
}
