import type { Contradiction, DateRef } from '../types';
import { type Statement, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { MONTHS } from '../date-text';
import { gated } from '../prefilter';

// Kinds of event a story can call "the first": one source's "the first time since … that forces
// launched a cross-border operation" is disputed by another's "a raid there in March".
const EVENT_CLASSES: [string, RegExp][] = [
  ['cross-border raid', /\b(?:raids?|incursions?|cross-border (?:ground )?(?:operations?|attacks?|assaults?)|ground (?:operations?|assaults?) (?:on|into|in(?:side)?) )/],
  ['bombing', /\b(?:bombings?|suicide attacks?|car bombs?|air ?strikes?|drone (?:attacks?|strikes?))\b/],
  ['protest', /\b(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|riots?)\b/],
  ['flood', /\b(?:floods?|flooding|dam (?:failures?|collapses?|breach(?:es)?))\b/],
  ['explosion', /\b(?:explosions?|blasts?)\b/],
  ['strike', /\b(?:walkouts?|general strikes?|(?:workers'?|labou?r|nationwide) strikes?)\b/],
  ['outbreak', /\b(?:outbreaks?|epidemics?)\b/],
];

// "the first time since …", "the first such raid", "its first-ever strike", "for the first time in decades".
const FIRST = /* @__PURE__ */ gated(/\b(?:(?:the|its|their) first (?:time|such|known|recorded|(?:[a-z-]+ ){0,3}[a-z-]+ (?:since|ever|in (?:decades|years|history|living memory)))|first[- ]ever|for the first time (?:since|in|ever))\b/);
const NEGATED = /* @__PURE__ */ gated(/\b(?:not|never|no|denied|deny|denies)\b/);
// A sentence about an event to come ("organisers plan another protest in August") dates no precedent.
const FUTURE = /* @__PURE__ */ gated(/\b(?:will|plans?|planned|planning|scheduled|next|upcoming|to be held|is to|are to|would)\b/);

interface Reading {
  st: Statement;
  cls: string;
}

/**
 * Whether a date as resolved (a year, a month or a day) lies before the article's own date: a
 * month or a year before it, or a day at least a week before (reports of an event come days later).
 */
function before(date: string, published: string): boolean {
  if (date.length === 10) return Date.parse(published) - Date.parse(date) >= 7 * 86_400_000;
  return date.length >= 4 && date < published.slice(0, date.length);
}

// Month names written out: the longest name of each month ("march", not "mar").
const FULL_MONTHS = new Set(Object.keys(MONTHS).filter((k) => !Object.keys(MONTHS).some((o) => MONTHS[o] === MONTHS[k] && o.length > k.length)));
const MONTH_NAMES = [...FULL_MONTHS].join('|');
const DAY_OF_MONTH = /* @__PURE__ */ gated(new RegExp(`^(?:(${MONTH_NAMES})\\.? \\d{1,2}|\\d{1,2} (${MONTH_NAMES}))$`, 'i'));

/** The dates inside a statement's passage. */
function datesIn(st: Statement): DateRef[] {
  return st.dates.filter((d) => d.start >= st.start && d.end <= st.end);
}

/**
 * The month the story happens in when articles carry no date: the month its articles name with a
 * day ("on May 22") most often. A bare month in a report of another event ("a raid in March") is
 * then a month before it.
 */
function storyMonth(statements: Statement[]): string | undefined {
  const counts = new Map<string, number>();
  const seen = new Set<object>();
  for (const st of statements) {
    if (seen.has(st.doc)) continue;
    seen.add(st.doc);
    for (const d of st.dates) {
      const m = DAY_OF_MONTH.exec(d.text);
      if (m) counts.set((m[1] ?? m[2]).toLowerCase(), (counts.get((m[1] ?? m[2]).toLowerCase()) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Whether a date reference of a statement lies before the story's time, as far as the text tells. */
function earlierThan(d: DateRef, published: string | undefined, month: string | undefined): boolean {
  if (published) return !!d.date && before(d.date, published);
  const bare = MONTHS[d.text.toLowerCase()];
  return !!month && FULL_MONTHS.has(d.text.toLowerCase()) && bare < MONTHS[month];
}

/** The kind of event the statement calls a first: the event word nearest after "first". */
function classOfFirst(st: Statement): string | undefined {
  const first = FIRST.exec(st.lower);
  if (!first) return undefined;
  let best: [string, number] | undefined;
  for (const [cls, re] of EVENT_CLASSES) {
    const g = new RegExp(re.source, 'g');
    for (const m of st.lower.matchAll(g)) {
      if (m.index < first.index) continue;
      if (!best || m.index < best[1]) best = [cls, m.index];
      break;
    }
  }
  return best?.[0];
}

/**
 * "The first time since the war began" in one source vs the same kind of event dated earlier in
 * another ("a raid there in March"): whether the event was a first is disputed.
 */
export function precedentContradictions(statements: Statement[]): Contradiction[] {
  const candidates = statements.filter((st) => FIRST.test(st.lower));
  if (!candidates.length) return [];
  const month = statements.some((st) => !st.published) ? storyMonth(statements) : undefined;
  const firsts: Reading[] = [];
  for (const st of candidates) {
    const cls = classOfFirst(st);
    if (!cls) continue;
    // A first told of a dated past event ("the raid in March was the first …") is history, not news.
    if (datesIn(st).some((d) => earlierThan(d, st.published, month))) continue;
    firsts.push({ st, cls });
  }
  const out: Contradiction[] = [];
  for (const [cls, re] of EVENT_CLASSES) {
    const mine = firsts.filter((f) => f.cls === cls);
    if (!mine.length) continue;
    const earlier: Statement[] = [];
    for (const st of statements) {
      if (FIRST.test(st.lower) || !re.test(st.lower) || NEGATED.test(st.lower) || FUTURE.test(st.lower)) continue;
      // Dated before the story, in a source other than the one that calls the event a first.
      const dates = datesIn(st);
      if (mine.some((f) => f.st.file !== st.file && dates.some((d) => earlierThan(d, f.st.published, month)))) earlier.push(st);
    }
    if (!earlier.length) continue;
    out.push({
      id: '', kind: 'status', topic: `first ${cls}`,
      summary: `Was it the first ${cls}: yes (${voicesOf(mine.map((f) => f.st))}) vs an earlier one (${voicesOf(earlier)})`,
      confidence: round(0.5 - (mine.every((f) => f.st.hedged) ? 0.05 : 0)),
      sides: [...mine.slice(0, 3).map((f) => sideOf(f.st)), ...earlier.slice(0, 4).map((st) => sideOf(st))],
    });
  }
  return out;
}
