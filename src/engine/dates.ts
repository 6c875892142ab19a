// Date and time references in news prose ("late on Tuesday", "May 22", "last August",
// "yesterday"), resolved against the article's own date when it states one.
//
// Resolution rules (news is mostly written about the recent past):
// - A weekday is the latest such day on or before the article's date ("on Sunday" in a
//   Tuesday article is two days before), the next one after it when the clause speaks of
//   the future ("will meet on Friday", "next Friday"), and strictly before with "last".
// - A month and day without a year take the article's year, or the year before when
//   that would put them more than a month after the article (a January article about
//   "December 28").
// - "last August" is the latest August before the article's month; a month without a day
//   resolves to YYYY-MM, a bare year ("in 2022") to YYYY (ISO 8601 reduced precision).
// - "yesterday" and "last night" are the day before; "today", "tonight", "this morning"
//   the article's day.
import type { DateRef } from './types';
import { scanWords, startsUpper, type Word } from './lexicon/words';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS } from './lexicon/time';

const DAY_MS = 86400000;
const FUTURE_MARKERS = new Set(['will', "'ll", 'scheduled', 'expected', 'due', 'plans', 'planned', 'set', 'until', 'by']);
const PAST_AUXILIARIES = new Set(['had', 'was', 'were', 'did', 'has', 'have']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'until', 'by', 'of', 'during', 'early', 'late', 'mid', 'from', 'through', 'before', 'after']);
const MONTH_PREPOSITIONS = new Set([...YEAR_PREPOSITIONS, 'last', 'this', 'next', 'mid-', 'earlier', 'later', 'previous']);

interface Day {
  y: number;
  m: number;
  d: number;
}

function parseIso(s: string | undefined): Day | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return undefined;
  return { y: +m[1], m: +m[2], d: +m[3] };
}

function toTime(d: Day): number {
  return Date.UTC(d.y, d.m - 1, d.d);
}

function fromTime(t: number): Day {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function iso(d: Day): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

function isoMonth(y: number, m: number): string {
  return `${y}-${String(m).padStart(2, '0')}`;
}

function validDay(y: number, m: number, d: number): Day | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const back = fromTime(Date.UTC(y, m - 1, d));
  return back.m === m ? back : undefined;
}

function isCap(w: Word | undefined): boolean {
  return !!w && startsUpper(w.text);
}

function monthOf(w: Word | undefined): number | undefined {
  if (!w || w.kind !== 'word' || !isCap(w)) return undefined;
  return MONTHS.get(w.lower);
}

function dayNumber(w: Word | undefined): number | undefined {
  if (!w || w.kind !== 'num' || !/^\d{1,2}$/.test(w.text)) return undefined;
  const n = +w.text;
  return n >= 1 && n <= 31 ? n : undefined;
}

function yearNumber(w: Word | undefined): number | undefined {
  if (!w || w.kind !== 'num' || !/^\d{4}$/.test(w.text)) return undefined;
  const n = +w.text;
  return n >= 1800 && n <= 2200 ? n : undefined;
}

/** Skips an ordinal suffix glued to a day number ("22nd") and returns the next index. */
function afterDay(ws: Word[], k: number): number {
  const s = ws[k];
  return s && !s.space && s.kind === 'word' && /^(?:st|nd|rd|th)$/.test(s.lower) ? k + 1 : k;
}

/** Finds date references in prose[start, end), resolving them against `published` (YYYY-MM-DD). */
export function extractDates(prose: string, start: number, end: number, published?: string): DateRef[] {
  const ws = scanWords(prose, start, end);
  const pub = parseIso(published);
  const out: DateRef[] = [];
  const push = (first: number, last: number, date?: string, partOfDay?: string): void => {
    const s = ws[first].start;
    const e = ws[last - 1].end;
    const ref: DateRef = { start: s, end: e, text: prose.slice(s, e) };
    if (date) ref.date = date;
    if (partOfDay) ref.partOfDay = partOfDay;
    out.push(ref);
  };
  const future = (i: number): boolean => {
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      if (ws[k].kind === 'punct' && ws[k].text !== '’' && ws[k].text !== "'") return false;
      // "By" and "until" give a deadline only right before the day, and not in a past clause:
      // "published by the group on Saturday", "had been arrested by Sunday evening".
      if (ws[k].lower === 'by' || ws[k].lower === 'until') {
        if (k !== i - 1) continue;
        for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
          if (ws[j].kind === 'punct' && ws[j].text !== '’' && ws[j].text !== "'") break;
          if (PAST_AUXILIARIES.has(ws[j].lower)) return false;
        }
        return true;
      }
      if (FUTURE_MARKERS.has(ws[k].lower) || ws[k].lower === 'next') return true;
    }
    return false;
  };

  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    // ISO dates: 2026-03-18.
    if (w.kind === 'num' && /^\d{4}$/.test(w.text) && ws[i + 1]?.text === '-' && !ws[i + 1].space
      && ws[i + 2]?.kind === 'num' && ws[i + 3]?.text === '-' && ws[i + 4]?.kind === 'num' && !ws[i + 4].space) {
      const d = validDay(+w.text, +ws[i + 2].text, +ws[i + 4].text);
      if (d) {
        push(i, i + 5, iso(d));
        i += 4;
        continue;
      }
    }
    // Modifiers that belong to the reference: "early", "late", "last", "next", "this".
    let k = i;
    let mod: string | undefined;
    if (['early', 'late', 'last', 'next', 'this', 'earlier', 'later'].includes(w.lower)) {
      mod = w.lower;
      k = i + 1;
      if ((mod === 'early' || mod === 'late') && ws[k]?.lower === 'on') k++;
    }
    // "in the early hours of Tuesday"
    if (w.lower === 'the' && ws[i + 1]?.lower === 'early' && ws[i + 2]?.lower === 'hours' && ws[i + 3]?.lower === 'of' && WEEKDAYS.has(ws[i + 4]?.lower ?? '') && isCap(ws[i + 4])) {
      const r = resolveWeekday(WEEKDAYS.get(ws[i + 4].lower) ?? 0, pub, undefined, false);
      push(i + 1, i + 5, r, 'night');
      i += 4;
      continue;
    }
    const t = ws[k];
    if (!t) continue;
    // Weekdays, with a part of the day before or after.
    if (t.kind === 'word' && isCap(t) && WEEKDAYS.has(t.lower) && t.lower.length > 3) {
      let last = k + 1;
      let part: string | undefined;
      const after = ws[last]?.lower ?? '';
      if (PARTS_OF_DAY.has(after)) {
        part = PARTS_OF_DAY.get(after);
        last++;
      }
      if (!part && (mod === 'early' || mod === 'late')) part = mod;
      // "Friday 10 April", "Friday, April 10": the date that follows says which Friday.
      const n = ws[last]?.text === ',' ? last + 1 : last;
      if (!part && !mod && ((dayNumber(ws[n]) !== undefined && monthOf(ws[n + 1]) !== undefined) || (monthOf(ws[n]) !== undefined && dayNumber(ws[n + 1]) !== undefined))) {
        i = n - 1;
        continue;
      }
      const r = resolveWeekday(WEEKDAYS.get(t.lower) ?? 0, pub, mod, future(i));
      push(mod && ['early', 'late', 'last', 'next', 'this'].includes(mod) ? i : k, last, r, part);
      i = last - 1;
      continue;
    }
    // Month day [year]: "March 18", "May 22nd, 2023".
    const month = monthOf(t);
    if (month !== undefined) {
      const day = dayNumber(ws[k + 1]);
      if (day !== undefined) {
        let last = afterDay(ws, k + 2);
        let year: number | undefined;
        const comma = ws[last]?.text === ',' ? 1 : 0;
        const y = yearNumber(ws[last + comma]);
        if (y !== undefined) {
          year = y;
          last = last + comma + 1;
        }
        push(k, last, resolveMonthDay(month, day, year, pub, future(k)));
        i = last - 1;
        continue;
      }
      const y = yearNumber(ws[k + 1]);
      // Month alone needs a preposition ("in May"), since "May" and "March" are also words.
      const prep = ws[k - 1]?.lower ?? '';
      if (y !== undefined || mod || MONTH_PREPOSITIONS.has(prep)) {
        let date: string | undefined;
        if (y !== undefined) date = isoMonth(y, month);
        else if (pub) date = resolveMonth(month, pub, mod);
        push(mod ? i : k, y !== undefined ? k + 2 : k + 1, date);
        i = (y !== undefined ? k + 2 : k + 1) - 1;
        continue;
      }
    }
    // Day month [year]: "18 March 2026", "25 May. 2023".
    const day = dayNumber(t);
    if (day !== undefined && !mod) {
      const mIdx = afterDay(ws, k + 1);
      const m2 = monthOf(ws[mIdx]);
      if (m2 !== undefined) {
        let last = mIdx + 1;
        const dot = ws[last]?.text === '.' || ws[last]?.text === ',' ? 1 : 0;
        const y = yearNumber(ws[last + dot]);
        if (y !== undefined) last = last + dot + 1;
        push(k, last, resolveMonthDay(m2, day, y, pub, future(k)));
        i = last - 1;
        continue;
      }
    }
    // Relative days.
    const lower = t.lower;
    if (!mod && (lower === 'yesterday' || lower === 'today' || lower === 'tonight')) {
      let last = k + 1;
      let part = lower === 'tonight' ? 'night' : undefined;
      if (lower !== 'tonight' && PARTS_OF_DAY.has(ws[last]?.lower ?? '')) {
        part = PARTS_OF_DAY.get(ws[last].lower);
        last++;
      }
      const date = pub ? iso(fromTime(toTime(pub) - (lower === 'yesterday' ? DAY_MS : 0))) : undefined;
      push(k, last, date, part);
      i = last - 1;
      continue;
    }
    if ((mod === 'last' || mod === 'this') && PARTS_OF_DAY.has(lower) && lower !== 'overnight') {
      const back = mod === 'last' ? DAY_MS : 0;
      push(i, k + 1, pub ? iso(fromTime(toTime(pub) - back)) : undefined, PARTS_OF_DAY.get(lower));
      i = k;
      continue;
    }
    if (mod && (lower === 'week' || lower === 'month' || lower === 'year')) {
      let date: string | undefined;
      if (pub && lower !== 'week') {
        const back = mod === 'last' ? -1 : mod === 'next' ? 1 : 0;
        if (lower === 'year') date = String(pub.y + back);
        else {
          const mm = pub.m + back;
          date = isoMonth(pub.y + Math.floor((mm - 1) / 12), ((mm - 1 + 12) % 12) + 1);
        }
      }
      push(i, k + 1, date);
      i = k;
      continue;
    }
    // Years after a preposition: "in 2022", "since 2014".
    const year = yearNumber(t);
    if (year !== undefined && !mod && YEAR_PREPOSITIONS.has(ws[k - 1]?.lower ?? '')) {
      push(k, k + 1, String(year));
    }
  }
  return out;
}

function resolveWeekday(wd: number, pub: Day | undefined, mod: string | undefined, future: boolean): string | undefined {
  if (!pub) return undefined;
  const t = toTime(pub);
  const dow = new Date(t).getUTCDay();
  if (mod === 'next' || future) {
    const ahead = (wd - dow + 7) % 7 || (mod === 'next' ? 7 : 0);
    return iso(fromTime(t + ahead * DAY_MS));
  }
  let back = (dow - wd + 7) % 7;
  if (mod === 'last' && back === 0) back = 7;
  return iso(fromTime(t - back * DAY_MS));
}

function resolveMonthDay(m: number, d: number, y: number | undefined, pub: Day | undefined, future: boolean): string | undefined {
  if (y !== undefined) {
    const v = validDay(y, m, d);
    return v ? iso(v) : undefined;
  }
  if (!pub) return undefined;
  let v = validDay(pub.y, m, d);
  if (v && !future && toTime(v) > toTime(pub) + 31 * DAY_MS) v = validDay(pub.y - 1, m, d);
  return v ? iso(v) : undefined;
}

function resolveMonth(m: number, pub: Day, mod: string | undefined): string {
  if (mod === 'last') return isoMonth(m < pub.m ? pub.y : pub.y - 1, m);
  if (mod === 'next') return isoMonth(m > pub.m ? pub.y : pub.y + 1, m);
  if (mod === 'this') return isoMonth(pub.y, m);
  return isoMonth(m <= pub.m + 1 ? pub.y : pub.y - 1, m);
}
