import type { Contradiction } from '../types';
import { ONSET, STATUS_TOPICS, WEEKDAYS, describesNoun } from './lexicon';
import { MONTHS } from '../date-text';
import { type Statement, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { gated } from '../prefilter';

const WEEKDAY = /* @__PURE__ */ gated(/\b(?:(early|late) (?:on )?)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s)?(?: (morning|afternoon|evening|night))?\b/);
const REPORTED_ON = /* @__PURE__ */ gated(/\b(?:said|says|told(?: \w+)?|announced|added|stated|confirmed|reported|wrote|posted)\s+(?:on\s+)?$/);
const DATE = /* @__PURE__ */ gated(/\b(?:(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?|(\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|december)(?: (\d{4}))?)\b/);

/** The weekday match nearest an offset of the statement's text; a possessive ("Tuesday night's blast") binds first. */
function nearestWeekday(lower: string, near?: number, skipUntil = false): RegExpExecArray | undefined {
  // "said on Thursday", "told parliament on Thursday": the day of the report, not of the event.
  // With skipUntil, "was not told about Saturday's leak until Sunday morning, … after it began": a
  // day after "until", before the word it should date, dates the telling, not the start ("did not
  // begin until Sunday" still dates the start).
  const all = ([...lower.matchAll(new RegExp(WEEKDAY.source, 'g'))] as RegExpExecArray[])
    .filter((m) => !REPORTED_ON.test(lower.slice(Math.max(0, m.index - 30), m.index)) && !(skipUntil && near !== undefined && m.index < near && /\b(?:until|till)\s+$/.test(lower.slice(Math.max(0, m.index - 8), m.index))))
    .filter((m) => near === undefined || Math.abs(m.index - near) <= 100);
  if (!all.length || near === undefined) return all[0];
  const possessive = all.find((m) => lower.slice(m.index + m[0].length, m.index + m[0].length + 2) === "'s" && near - (m.index + m[0].length) >= 0 && near - (m.index + m[0].length) < 40);
  if (possessive) return possessive;
  return all.reduce((b, m) => (Math.abs(m.index - near) < Math.abs(b.index - near) ? m : b));
}

/** The weekday (0 = Sunday) a statement places itself on, from a weekday or a full date; near an offset when given. */
export function statementDay(st: Statement, near?: number, skipUntil = false): number | undefined {
  return near === undefined ? dayOf(st, readDay) : readDay(st, near, skipUntil);
}
const dayOf = perPassage<number | undefined>();

function readDay(st: Statement, near?: number, skipUntil = false): number | undefined {
  const w = nearestWeekday(st.lower, near, skipUntil);
  if (w) return WEEKDAYS.indexOf(w[2]);
  const d = DATE.exec(st.lower);
  if (!d) return undefined;
  const month = MONTHS[d[1] ?? d[5]];
  const day = Number(d[2] ?? d[4]);
  const year = Number(d[3] ?? d[6] ?? st.published?.slice(0, 4));
  if (!year || !month) return undefined;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Part of the day a statement names ("late", "night", "evening"), to tell near-midnight readings. */
function lateness(st: Statement, near?: number): 'early' | 'late' | undefined {
  const w = nearestWeekday(st.lower, near);
  if (!w) return undefined;
  if (w[1] === 'late' || w[3] === 'night' || w[3] === 'evening') return 'late';
  if (w[1] === 'early' || w[3] === 'morning') return 'early';
  return undefined;
}

interface Onset {
  st: Statement;
  topic: string;
  day: number;
  at: number;
}

const CLOCK_BOUND = /* @__PURE__ */ gated(/\b(?:before|after) (?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)|midnight|dawn|noon)/g);

/** The start of an event a passage dates to a day, read once per passage. */
const onsetOf = perPassage<Omit<Onset, 'st'> | undefined>();
function readOnset(st: Statement): Omit<Onset, 'st'> | undefined {
  if (!ONSET.test(st.lower)) return undefined;
  // "Before"/"after" a time of day ("shortly before 1am") still dates the event itself.
  const head = st.lower.slice(0, 200).replace(CLOCK_BOUND, '');
  if (/\b(?:last|next|previous|earlier this|since|until|after|before|every|each|later|days? (?:before|after))\b/.test(head) && !/\bbeg(?:an|un)\b/.test(st.lower)) return undefined;
  let found: { day: number; at: number } | undefined;
  for (const onset of st.lower.matchAll(new RegExp(ONSET.source, 'g'))) {
    const at = onset.index;
    // "Rescuers on the collapsed roof on Friday": a participle before a noun describes it, it dates nothing.
    if (describesNoun(st.lower, at, onset[0])) continue;
    // An event noun that is the object of something else dates the event only with its own day
    // ("claimed the attack on Saturday"); not "detained in connection with the attack by Sunday evening".
    const object = EVENT_NOUN.test(onset[0]) && OBJECT_BEFORE.test(st.lower.slice(Math.max(0, at - 50), at));
    const day = object ? boundDay(st.lower, at, at + onset[0].length) : statementDay(st, at, true);
    if (day !== undefined) {
      found = { day, at };
      break;
    }
  }
  if (!found) return undefined;
  const topic = STATUS_TOPICS.find(([, re]) => re.test(st.lower))?.[0] ?? onsetTopic(st.lower);
  return topic ? { topic, ...found } : undefined;
}

const EVENT_NOUN = /* @__PURE__ */ gated(/^(?:explosion|blast|attack|incursion|raid)$/);
const OBJECT_BEFORE = /* @__PURE__ */ gated(/\b(?:with|in|of|for|after|since|over|about|into|behind|against|from|by|to|claimed|claims|claiming|condemned|condemns|condemning|carried\s+out|investigat\w+|denied|denies|blamed|blames)\s+(?:(?:the|a|an|this|that|its|their|his|her|last|[a-z]+['’]s)\s+)?(?:[a-z-]+\s+){0,2}$/);
const DAY_NAME = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const DAY_AFTER = /* @__PURE__ */ gated(new RegExp(`^\\s+(?:(?:on|of)\\s+|(?:late|early)\\s+(?:on\\s+)?|in\\s+the\\s+(?:early|small)\\s+hours\\s+of\\s+|(?:that|which)\\s+(?:\\w+\\s+){0,5}?on\\s+)(${DAY_NAME})\\b`));
const DAY_BEFORE = /* @__PURE__ */ gated(new RegExp(`\\b(${DAY_NAME})(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night)(?:['’]s)?)?\\s+$`));

/** The weekday bound to an event noun: just before it ("Saturday's blast") or just after it ("the blast on Saturday"). */
function boundDay(lower: string, start: number, end: number): number | undefined {
  const d = DAY_BEFORE.exec(lower.slice(Math.max(0, start - 30), start))?.[1] ?? DAY_AFTER.exec(lower.slice(end, end + 60))?.[1];
  return d ? WEEKDAYS.indexOf(d) : undefined;
}

/** Different days given for the start of the same event. */
export function temporalContradictions(statements: Statement[]): Contradiction[] {
  const onsets: Onset[] = [];
  for (const st of statements) {
    const onset = onsetOf(st, readOnset);
    if (onset) onsets.push({ st, ...onset });
  }
  const out: Contradiction[] = [];
  for (const topic of new Set(onsets.map((o) => o.topic))) {
    const mine = onsets.filter((o) => o.topic === topic);
    const days = new Map<number, Onset[]>();
    for (const o of mine) {
      let g = days.get(o.day);
      if (!g) days.set(o.day, (g = []));
      g.push(o);
    }
    if (days.size !== 2) continue; // three or more days is a story told over several days, not a dispute
    const [[dayA, a], [dayB, b]] = [...days].sort((x, y) => y[1].length - x[1].length);
    if (!a.some((x) => b.some((y) => y.st.file !== x.st.file))) continue;
    // Only the first statement per source and day counts as that source's date of the start.
    const firstPerFile = (os: Onset[]) => os.filter((o, i) => os.findIndex((p) => p.st.file === o.st.file) === i);
    const adjacent = Math.abs(dayA - dayB) === 1 || Math.abs(dayA - dayB) === 6;
    const nearMidnight = adjacent && [...a, ...b].some((o) => lateness(o.st, o.at));
    out.push({
      id: '', kind: 'temporal', topic: `when the ${topic} happened`,
      summary: `When did the ${topic} happen: ${cap(WEEKDAYS[dayA])} (${voicesOf(a.map((o) => o.st))}) vs ${cap(WEEKDAYS[dayB])} (${voicesOf(b.map((o) => o.st))})`,
      confidence: round(0.55 + (nearMidnight ? 0 : 0.1)),
      sides: [...firstPerFile(a).slice(0, 4), ...firstPerFile(b).slice(0, 4)].map((o) => sideOf(o.st, cap(WEEKDAYS[o.day]))),
    });
  }
  return out;
}

function onsetTopic(lower: string): string | undefined {
  if (/\b(?:explosion|blast|exploded)\b/.test(lower)) return 'explosion';
  if (/\b(?:attack|incursion|raid)\b/.test(lower)) return 'fighting';
  // A story about one event: any other onset verb names the event itself.
  if (/\b(?:sank|capsized|overturned|collapsed|crashed|derailed|(?:came|went) off the rails|caught fire|happened|occurred|took place)\b/.test(lower)) return 'incident';
  // "The run began on Friday", "the run on the bank started on Saturday morning": the noun that began.
  const began = BEGAN.exec(lower);
  return began && !NOT_EVENTS.has(began[1]) ? began[1] : undefined;
}

// The noun before "began" or "started", with an "on", "at" or "in" phrase between ("the run on Corvan began").
const BEGAN = /* @__PURE__ */ gated(/\bthe\s+([a-z]{3,})(?:\s+(?:on|at|in|of|against)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:had\s+|has\s+)?(?:began|begun|started)\s+(?:on|late\s+on|early\s+on|in\s+the|at|before|after|shortly|just|(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday))\b/);
// Nouns that begin without being the story's event: a day, a process of the aftermath, a person.
const NOT_EVENTS = new Set(['day', 'week', 'month', 'year', 'season', 'morning', 'evening', 'night', 'afternoon', 'game', 'match', 'show', 'meeting', 'session', 'hearing', 'trial', 'inquiry', 'investigation', 'search', 'rescue', 'operation', 'evacuation', 'work', 'works', 'repairs', 'cleanup', 'payouts', 'voting', 'count', 'campaign', 'talks', 'process', 'company', 'bank', 'man', 'woman', 'president', 'minister']);

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// A warning given on a day: "issued a red warning for the highlands on Sunday morning", "the red warning
// was issued only on Monday evening", "a red warning dated Sunday 19 July".
// Also "the red alert had gone out at noon on Monday", "in force since noon on Monday", "had not been raised to
// red until Wednesday morning", "on red only from 10 a.m. on Wednesday".
const ISSUED = /* @__PURE__ */ gated(/\b(?:warning|alert)s?\b[^.;]{0,40}?\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:issued|sent\s+out|raised|put\s+out)\b|\b(?:issued|rais(?:e|ed)|put\s+out)\s+(?:a|an|its|the|their|[\w-]+'s)\s+(?:[\w-]+\s+){0,2}?(?:warning|alert)\b|\brais(?:e|ed)\s+(?:[\w'-]+\s+){1,2}?to\s+(?:alert\s+|warning\s+)?level\s+\d|\b(?:warning|alert)\s+dated\b|\b(?:warning|alert)\b[^.;]{0,60}?\b(?:went\s+out|had\s+gone\s+out|came\s+into\s+force|(?:had\s+been|has\s+been|was)\s+in\s+force[^.;]{0,40}?\bsince)\b|\b(?:warning|alert)\b[^.;]{0,30}?\bnot\s+(?:been\s+)?(?:raised|issued|put\s+out)\s+(?:to\s+\w+\s+)?until\b|\b(?:received|got)\s+no\s+(?:[\w-]+\s+){0,2}?(?:warning|alert)s?\b[^.;]{0,40}?\buntil\b|\b(?:did\s+not|didn't|never)\s+(?:receive|get)\s+(?:a|an|any|the)\s+(?:[\w-]+\s+){0,2}?(?:warning|alert)\b[^.;]{0,60}?\buntil\b|\bon\s+(?:red|orange|amber|purple)\s+only\s+from\b/g);
// The level of a warning, which keys it (or else its hazard): a yellow warning on Friday and a red one on Sunday are two warnings.
// "raised its alert level to 3", "the alert to Level 3": one level, written either way.
const LEVEL = /* @__PURE__ */ gated(/\b(red|orange|amber|yellow|green|purple|black|highest|top|maximum|level\s+(?:to\s+)?(?:level\s+)?\d|category\s+\d)\b/g);
const levelKey = (l: string): string => l.replace(/^level\s+(?:to\s+)?(?:level\s+)?/, 'level ');
const HAZARD = /* @__PURE__ */ gated(/\b(heat|storm|flood|rain|rainfall|weather|wind|fire|tsunami|cyclone|hurricane|typhoon|snow|avalanche|landslide|evacuation)\s+(?:warning|alert)s?\b/);
// Warnings changed or to come: "upgraded to red on Sunday", "will issue".
const CHANGED = /* @__PURE__ */ gated(/\b(?:upgrad\w*|downgrad\w*|lower\w*\s+to|extend\w*|lift\w*|will|would|expects?\s+to|plans?\s+to)\b/);

// The region a warning is for: "a red warning for Orlava Region", "the red alert for Lusca Province".
const FOR_REGION = /* @__PURE__ */ gated(/\b(?:warning|alert)s?\b[^.;]{0,30}?\bfor\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/u);
function regionOf(st: Statement): string | undefined {
  return FOR_REGION.exec(st.doc.prose.slice(st.start, st.end))?.[1].replace(/\s+(?:Region|Province|District|County|State)$/, '').toLowerCase();
}

// A product recalled on a day, or its recall notice received: "recalled batch MR-2417 on Monday evening" against
// "clinics received the recall notice only on Wednesday morning", "were not told of the recall until Wednesday".
const RECALLED = /* @__PURE__ */ gated(/\brecalled\s+(?:the\s+|its\s+|a\s+)?(?:batch|lot|vaccine|product|medicine|drug|vehicles?|cars?|[a-z]{1,4}-?\d[\w-]*)\b/);
// When a recall notice reached those who use the product: another moment than the recall, compared only with itself.
const RECALL_NOTICE = /* @__PURE__ */ gated(/\brecall\s+notice\b[^.;]{0,60}?\b(?:reached|received|arrived)\b|\b(?:received|got)\s+the\s+recall\s+notice\b|\bnot\s+(?:told|informed|notified)\s+of\s+the\s+recall\s+until\b/);

/** Different days given for when the same warning was issued. */
export function issuedDayContradictions(statements: Statement[]): Contradiction[] {
  const found: Array<{ key: string; region?: string; day: number; st: Statement }> = [];
  for (const st of statements) {
    const notice = RECALL_NOTICE.exec(st.lower);
    const recall = notice ? undefined : RECALLED.exec(st.lower);
    if (notice || recall) {
      const day = statementDay(st, (notice ?? recall)!.index, true);
      if (day !== undefined) found.push({ key: notice ? 'recall notice' : 'recall', day, st });
      continue;
    }
    if (!/\b(?:warning|alert)/.test(st.lower) || CHANGED.test(st.lower)) continue;
    const m = [...st.lower.matchAll(ISSUED)][0];
    if (!m) continue;
    const levels = new Set([...st.lower.matchAll(LEVEL)].map((l) => levelKey(l[1])));
    if (levels.size > 1) continue;
    const day = statementDay(st, m.index);
    if (day === undefined) continue;
    // A warning known by its level ("the red warning") or else by its hazard ("the flood warning"); one
    // named by neither ("police issued a warning") is no warning of the event's to date.
    const key = [...levels][0] ?? HAZARD.exec(st.lower)?.[1];
    if (!key) continue;
    found.push({ key, region: regionOf(st), day, st });
  }
  // Warnings of one level for two named regions are two warnings; one that names no region is the
  // warning of the only region the others name, and of none when they name several.
  const byKey = new Map<string, Map<number, Statement[]>>();
  for (const key of new Set(found.map((f) => f.key))) {
    const mine = found.filter((f) => f.key === key);
    const regions = new Set(mine.map((f) => f.region).filter(Boolean));
    for (const f of mine) {
      if (regions.size > 1 && !f.region) continue;
      const k = regions.size > 1 ? `${key} for ${f.region}` : key;
      const days = byKey.get(k) ?? byKey.set(k, new Map()).get(k)!;
      (days.get(f.day) ?? days.set(f.day, []).get(f.day)!).push(f.st);
    }
  }
  const out: Contradiction[] = [];
  for (const [level, days] of byKey) {
    if (days.size !== 2) continue; // a warning told day by day is no dispute
    const [[dayA, a], [dayB, b]] = [...days].sort((x, y) => y[1].length - x[1].length);
    if (!a.some((x) => b.some((y) => y.file !== x.file))) continue;
    const what = level === 'recall' || level === 'recall notice' ? level : `${level} warning`;
    out.push({
      id: '', kind: 'temporal', topic: `day the ${what} was issued`,
      summary: `When was the ${what} issued: ${cap(WEEKDAYS[dayA])} (${voicesOf(a)}) vs ${cap(WEEKDAYS[dayB])} (${voicesOf(b)})`,
      confidence: round(0.55),
      sides: [...a.slice(0, 4), ...b.slice(0, 4)].map((st, i) => sideOf(st, cap(WEEKDAYS[i < Math.min(a.length, 4) ? dayA : dayB]))),
    });
  }
  return out;
}
