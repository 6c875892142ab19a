import type { Contradiction, Figure, Mention } from '../types';
import { LENGTH_FACTORS, UPDATE, WEEKDAYS } from './lexicon';
import { fold, placeNamed, type Statement, sideOf, voicesOf } from './statements';
import { ABOARD_SETS, notACount, paidInFull, readingOf, shotsFired, tallies, totalsAboard } from './quantities';
import { correctedFigures, isCorrectionNotice } from './revision';
import { gated } from '../prefilter';

interface Reading {
  st: Statement;
  figure: Figure;
  low: number;
  high: number;
  /** The day the figure stands for (ms since the epoch, UTC midnight), when the text or the article dates it. */
  day?: number;
  /** The figure is stated as a change from an earlier one ("rose to", "up from"). */
  update: boolean;
  /** A place or area the count is restricted to ("in Zelenets alone", "across the province"). */
  scope?: string;
  /** What sets a reading apart from others of its quantity: a crowd's gathering ("vigil", "march"), who offered a reward, the day rain fell. */
  kind?: string;
}

// "Residents" and "people" in one count are the same set; civilians and soldiers are each a set of their own.
const UNIT_MERGE: Record<string, string> = { residents: 'people', persons: 'people' };
// Kilometres per hour in one of each speed unit other than km/h.
const SPEED_FACTORS: Record<string, number> = { mph: 1.609, miles: 1.609, knots: 1.852, knot: 1.852 };
// Events whose counts news disputes; "people spent the night" or "hit 30 targets" are no toll.
const COUNTED_EVENTS = new Set(['crossed', 'tested positive', 'recalled', 'exchanged', 'killed', 'injured', 'burned', 'hospitalised', 'ill', 'exposed', 'dosed', 'casualties', 'evacuated', 'sheltered', 'arrested', 'captured', 'displaced', 'missing', 'rescued', 'destroyed', 'damaged', 'attended', 'involved', 'aboard', 'capacity', 'concentration', 'stored', 'magnitude', 'trapped', 'buried', 'spilled', 'coast', 'on the bridge', 'in the tunnel', 'in the building', 'without power', 'without power still', 'attackers', 'rainfall']);
// Whoever is taken captive counts as one set: "three captured servicemen" = "three prisoners".
const CUMULATIVE = new Set(['crossed', 'tested positive', 'exchanged', 'killed', 'injured', 'burned', 'hospitalised', 'ill', 'exposed', 'dosed', 'without food', 'weight lost', 'casualties', 'evacuated', 'arrested', 'captured', 'displaced', 'missing', 'buried', 'rescued', 'destroyed', 'damaged', 'spilled', 'coast', 'escaped', 'cancelled', 'diverted', 'cancelled or diverted']);
const HUMAN_UNITS = new Set(['people', 'civilians', 'children', 'attackers', 'combatants', 'soldiers', 'police', 'prisoners', 'inmates']);
// Whoever can be taken or held captive counts as one set: officers, staff and civilians alike.
const CAPTIVES = new Set([...HUMAN_UNITS, 'staff', 'workers', 'employees', 'crew', 'passengers', 'journalists', 'patients', 'residents', 'students', 'tourists']);

// What is cancelled or diverted, counted: flights, trains, sailings.
const SERVICES = new Set(['flight', 'train', 'sailing', 'service']);

/** The set a figure counts: unit class and event class, or undefined when it is not a count of something that happened. */
export function quantityKey(f: Figure): string | undefined {
  // How fast a vehicle went: "train|speed".
  if (f.eventClass === 'speed') return f.unitClass === 'speed' && f.event ? `${f.event}|speed` : undefined;
  if (f.eventClass === 'contract value') return `${f.unitClass}|contract value`;
  if (f.eventClass === 'loans') return `${f.unitClass}|loans`;
  if (f.eventClass === 'paid a year') return `${f.unitClass}|paid a year`;
  if (f.eventClass === 'premium') return 'percent|premium';
  if (f.eventClass === 'withdrawn') return `${f.unitClass}|withdrawn`;
  if (f.eventClass === 'paid back') return 'percent|paid back';
  if (f.eventClass === 'strike share') return `percent of ${f.unit === 'percent' || !f.unit ? 'workers' : f.unit}|strike share`;
  if (f.eventClass === 'highest temperature') return `${f.unitClass}|highest temperature`;
  if (f.eventClass === 'records taken') return 'records|records taken';
  if (f.eventClass === 'attackers') return 'people|attackers';
  if (f.eventClass === 'fall height') return LENGTH_FACTORS[f.unit?.toLowerCase() ?? ''] ? 'metres|fall height' : undefined;
  if (f.eventClass === 'weight lost') return 'kg|weight lost';
  if (f.eventClass === 'exchanged') return 'people|exchanged';
  if (f.eventClass === 'votes for' || f.eventClass === 'votes against' || f.eventClass === 'abstentions') return `votes|${f.eventClass}`;
  // Services called off: "214 flights were cancelled or diverted", "163 trains were cancelled".
  if (f.eventClass === 'cancelled' || f.eventClass === 'diverted' || f.eventClass === 'cancelled or diverted') return f.unitClass && SERVICES.has(f.unitClass) ? `${f.unitClass}|${f.eventClass}` : undefined;
  // How long something was closed: hours with hours, per thing closed ("airport|hours closed").
  if (f.eventClass === 'closure') return f.event ? `${f.event}|${/^day/i.test(f.unit ?? '') ? 'days' : /^week/i.test(f.unit ?? '') ? 'weeks' : 'hours'} closed` : undefined;
  // Years and months are kept apart: "18 months" and "two years" are not set against each other.
  if (f.eventClass === 'prison term') return `${/^month/i.test(f.unit ?? '') ? 'months' : 'years'}|prison term`;
  if (f.eventClass === 'days without food') return 'days|without food';
  if (f.eventClass === 'rainfall') return 'mm|rainfall';
  if (f.eventClass === 'reward' || f.eventClass === 'bail') return `${f.unitClass}|${f.eventClass}`;
  if (f.eventClass === 'plume height') return LENGTH_FACTORS[f.unit?.toLowerCase() ?? ''] ? 'metres|plume height' : undefined;
  if (f.eventClass === 'repair time') return 'days|repair time';
  if (f.eventClass === 'wave height' || f.eventClass === 'surge height') return LENGTH_FACTORS[f.unit?.toLowerCase() ?? ''] ? `metres|${f.eventClass}` : undefined;
  if (f.eventClass === 'depth') return LENGTH_FACTORS[f.unit?.toLowerCase() ?? ''] ? 'metres|depth' : undefined;
  if (f.eventClass === 'turnout' || f.eventClass === 'vote share') return `${f.unitClass?.split('#')[0]}|${f.eventClass}`;
  // Shots, however counted: "three shots can be heard", "fired once".
  if (f.unitClass === 'shot' && (!f.eventClass || f.eventClass === 'fired' || f.eventClass === 'hit')) return 'shots|fired';
  // "Nine officers were held": hostages; "six suspects were held": arrests; "the party held 54 seats": neither.
  if (f.eventClass === 'held') return f.unitClass === 'suspect' ? 'people|arrested' : f.unitClass && CAPTIVES.has(f.unitClass) ? 'people|captured' : undefined;
  if (!f.unitClass || !f.eventClass || !COUNTED_EVENTS.has(f.eventClass)) return undefined;
  if (f.unitClass === 'money' || f.unitClass === 'percent') return undefined;
  if (f.eventClass === 'captured' && CAPTIVES.has(f.unitClass)) return 'people|captured';
  // "six people were detained", "11 suspects were arrested": the same count of those held.
  if (f.eventClass === 'arrested' && f.unitClass === 'suspect') return 'people|arrested';
  // Who was aboard: passengers, crew and everyone are three counts; what a vessel may carry is one.
  if (f.eventClass === 'aboard') {
    const set = ABOARD_SETS[f.unit?.toLowerCase() ?? ''];
    return set ? `${set}|aboard` : undefined;
  }
  // People who crossed a border; "two gunmen entered the hotel" is no crossing.
  if (f.eventClass === 'crossed') return ['people', 'civilians', 'children', 'refugees', 'migrants', 'families'].includes(f.unitClass) ? `${f.unitClass}|crossed` : undefined;
  if (f.eventClass === 'capacity') return ABOARD_SETS[f.unit?.toLowerCase() ?? ''] ? 'people|capacity' : undefined;
  // "Admitted 118 people" is a count of patients; "admitted three breaches" is none.
  if (f.eventClass === 'hospitalised' && !HUMAN_UNITS.has(f.unitClass) && !['workers', 'patients', 'residents', 'journalists'].includes(f.unitClass)) return undefined;
  if (f.eventClass === 'concentration') return `${f.unitClass} (${f.unit})|concentration`;
  if (f.eventClass === 'stored') return `${f.unitClass}|stored`;
  if (f.eventClass === 'magnitude') return 'earthquake|magnitude';
  // "1,200 tonnes of crude leaked" is a spill; "12 inmates escaped" is an escape.
  if (f.eventClass === 'spilled') return HUMAN_UNITS.has(f.unitClass) ? 'people|escaped' : `${f.unitClass}|spilled`;
  if (f.eventClass === 'coast') return LENGTH_FACTORS[f.unit?.toLowerCase() ?? ''] ? 'metres|coast' : undefined;
  return `${UNIT_MERGE[f.unitClass] ?? f.unitClass}|${f.eventClass}`;
}

// Kinds of gathering a crowd is counted at: a passage that names one kind only counts that crowd.
const GATHERINGS: Array<[string, RegExp]> = [
  ['vigil', /\b(?:vigils?|candles?|memorial|wake|mourn\w*)\b/],
  ['funeral', /\b(?:funerals?|burials?|buried)\b/],
  ['march', /\b(?:march(?:ed|es|ing|ers)?|rall(?:y|ies|ied)|protest(?:s|ed|ers)?|demonstrat\w*|procession)\b/],
];

// Who offers a reward or faces bail: the word before the verb ("Police offered", "the family has offered").
const OFFERER = /* @__PURE__ */ gated(/\b([a-z]+)\s+(?:has\s+|have\s+|had\s+)?(?:offered|announced|put\s+up|posted|is\s+offering|was\s+offering)\b/);
const NOT_OFFERERS = new Set(['and', 'but', 'he', 'she', 'it', 'they', 'we', 'also', 'then', 'which', 'who', 'that', 'had', 'has', 'have', 'was', 'is', 'later', 'since', 'already', 'now', 'today', 'yesterday']);
const AUTHORITIES = new Set(['minister', 'ministry', 'government', 'police', 'authorities', 'state', 'president', 'governor', 'prosecutors', 'prosecutor', 'officials', 'cabinet', 'mayor', 'presidency']);
const WEEKDAY_NAMED = /* @__PURE__ */ gated(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/);
const WEEKDAYS_NAMED = /* @__PURE__ */ gated(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g);

/** The weekday named nearest a figure (within a few words), or the article's for "today". */
function dayNamedNear(st: Statement, figure: Figure): string | undefined {
  const at = figure.start - st.start;
  // Measured from the figure's end after it ("about 19,000 homes … on Saturday"), from its start before it.
  const end = figure.end - st.start;
  // Not a day another figure stands between ("6,000 homes still had no power, against 15,000 on Sunday").
  const between = (m: RegExpMatchArray) => (m.index! >= end ? st.lower.slice(end, m.index) : st.lower.slice(m.index! + m[0].length, at));
  const near = [...st.lower.matchAll(WEEKDAYS_NAMED)].filter((m) => !/\d/.test(between(m))).map((m) => ({ day: m[0], gap: m.index >= end ? m.index - end : Math.abs(at - m.index) }))
    .filter((d) => d.gap <= 45).sort((a, b) => a.gap - b.gap)[0];
  if (near) return near.day;
  return /\btoday\b/.test(st.lower) ? publishedWeekday(st) : undefined;
}

/** The weekday the article was written on. */
function publishedWeekday(st: Statement): string | undefined {
  return st.published ? WEEKDAYS[new Date(st.published.slice(0, 10)).getUTCDay()] : undefined;
}

// "At the Veska checkpoint alone", "on Monday alone": a part of the whole. Not "crossed alone", children without an adult.
const PART_ALONE = /* @__PURE__ */ gated(/\b(?:checkpoint|crossing|post|point|ford|bridge|week|day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][\w'’-]+)\s+alone\b/);
const NATIONWIDE = /* @__PURE__ */ gated(/\b(?:across|throughout|around)\s+the\s+country\b|\b(?:nationwide|countrywide|nationally)\b/);
const WHICH_VOTE = /* @__PURE__ */ gated(/\b((?:first|second|third|final|another|initial|earlier|provisional)\s+(?:reading|amendment|motion|vote|ballot|count|round)|committee|senate|upper\s+house|lower\s+house|amendment|budget|recount|initial\s+count|last\s+year|previous|similar)\b/g);

/** What sets a reading apart (see Reading.kind), for the quantities that have such a thing. */
function kindOf(st: Statement, key: string, figure: Figure): { kind?: string } {
  let kind: string | undefined;
  if (key.endsWith('|attended')) kind = gatheringOf(st);
  else if (key.endsWith('|reward')) {
    const who = OFFERER.exec(st.lower.slice(0, Math.max(0, figure.start - st.start)))?.[1];
    // The state's voices offer one reward: "the minister announced" and "the government has offered".
    kind = who && !NOT_OFFERERS.has(who) ? (AUTHORITIES.has(who) ? 'authorities' : who) : undefined;
  }
  // Arrests "across the country" on a night of protests hold those in the city the others count, and more.
  else if (key.endsWith('|arrested')) kind = NATIONWIDE.test(st.lower) ? 'nationwide' : 'here';
  else if (key.endsWith('|bail')) kind = st.mentions.find((m) => m.actor && m.type === 'person')?.actor;
  // A prison term is someone's: the person named last before it, not the one who says it.
  else if (key.endsWith('|prison term')) kind = st.mentions.filter((m) => m.actor && m.type === 'person' && m.end <= figure.start && m.actor !== st.claim?.speaker).pop()?.actor;
  else if (key === 'mm|rainfall') kind = WEEKDAY_NAMED.exec(st.lower)?.[1];
  // "163 flights were cancelled on Saturday and 41 on Sunday": a day's count is that day's, the day named
  // nearest it (within a few words).
  else if (SERVICES.has(key.split('|')[0]) && !key.endsWith('|speed')) kind = dayNamedNear(st, figure);
  // "61 people were in hospital on Wednesday", "88 on Thursday": how many are there now changes by the day.
  // A live blog's "seven are still in hospital" with no day named is of the day it was written.
  // So do the homes still without power.
  else if (key.endsWith('|hospitalised still')) kind = dayNamedNear(st, figure) ?? publishedWeekday(st);
  // Homes still cut off are counted by the day and by the place: a town's count is not the county's.
  else if (key.endsWith('|without power still')) kind = `${dayNamedNear(st, figure) ?? publishedWeekday(st)}|${placeNamed(st) ?? ''}`;
  // Those who crossed at one checkpoint ("at Veska", "at the Veska checkpoint alone") or in one week are a part of all who crossed.
  else if (key.endsWith('|crossed')) {
    const at = st.mentions.find((m) => m.type === 'place' && /\bat\s+(?:the\s+)?$/i.test(st.doc.prose.slice(Math.max(st.start, m.start - 8), m.start)));
    kind = `${at?.actor ?? (PART_ALONE.test(st.doc.prose.slice(st.start, st.end)) ? 'part' : '')}|${/\bthis\s+week\b/.test(st.lower) ? 'week' : /\b(?:today|yesterday)\b/.test(st.lower) ? 'day' : dayNamedNear(st, figure) ?? ''}`;
  }
  // Which vote a tally is of: a reading's, a committee's, a chamber's, an amendment's, a first count's.
  else if (key.startsWith('votes|')) kind = [...fold(st.doc.prose.slice(Math.max(st.start, figure.start - 120), figure.start)).toLowerCase().matchAll(WHICH_VOTE)].pop()?.[1] ?? 'the vote';
  return kind ? { kind } : {};
}

/** The kind of gathering a passage counts a crowd at ("vigil", "march", …), or undefined when it names none or several. */
function gatheringOf(st: Statement): string | undefined {
  const kinds = GATHERINGS.filter(([, re]) => re.test(st.lower));
  return kinds.length === 1 ? kinds[0][0] : undefined;
}

/** Whether two ranges can both hold. */
function compatible(a: Reading, b: Reading): boolean {
  return a.low <= b.high && b.low <= a.high;
}

const DAY_MS = 86_400_000;

const BY_WEEKDAY = /* @__PURE__ */ gated(/\bby\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g);
const SAID_ON = /* @__PURE__ */ gated(/\b(?:said|announced|reported|confirmed|added|told(?:\s+\w+){1,2}?)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$/);

/** The day a figure is given for: a date next to it ("on Wednesday", "by Friday"), else the article's date. */
function readingDay(st: Statement, figure: Figure, update: boolean): number | undefined {
  const published = st.published ? Date.parse(st.published) : Number.NaN;
  const fallback = Number.isNaN(published) ? undefined : published;
  // An updated figure is the state of things when the article was written.
  if (update || !st.published) return fallback;
  let best: number | undefined;
  let bestDistance = 61;
  for (const d of st.dates) {
    if (d.end <= st.start || d.start >= st.end || !d.date || d.date.length !== 10) continue;
    // "killing 27 people, the ministry said on Friday": a count stands for the day it was given.
    if (SAID_ON.test(fold(st.doc.prose.slice(Math.max(st.start, d.start - 30), d.start)))) return Date.parse(d.date);
    const distance = d.start >= figure.end ? d.start - figure.end : figure.start >= d.end ? figure.start - d.end : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = Date.parse(d.date);
    }
  }
  return best ?? fallback;
}

// A count restricted to a place: "destroyed in Zelenets alone", "across the whole of Sarybel District",
// "three civilians from Kyzylsai". A clause boundary or a subordinate clause in between ("killed when
// the dam gave way in Zelenets") says where the event happened, not which part of it is counted.
const LOCATIVE_TAIL = /* @__PURE__ */ gated(/\b(?:in|across|from|throughout|inside|within)\s+(?:the\s+)?(?:(?:whole|rest|entire)\s+of\s+(?:the\s+)?)?$|\b(?:residents?|inhabitants?|villagers|people|citizens|population)\s+of\s+$/);
const CLAUSE = /* @__PURE__ */ gated(/[,;:.()"]|\b(?:when|after|as|while|because|which|that|who|where|said|says|according)\b/);
const AREA = /* @__PURE__ */ gated(/^\s*(?:[a-z'-]+\s+){0,3}?(?:in|across|from|throughout|inside|within)\s+(?:the|this|that|our|their|its)?\s*(?:[a-z'-]+\s+){0,2}(district|area|neighbou?rhood|quarter|village|town|city|province|region|county|zone|camp|suburbs?|capital)\b/);

// A count of those outside another count: "61 people missing whose names are not on the manifest";
// a running total over a period (PERIOD_TOTAL) counts more than the event.
const OUTSIDE = /* @__PURE__ */ gated(/^[^.;:]{0,40}?\b(?:(?:whose\s+names?\s+)?(?:are|were|is|was)\s+not|not)\s+(?:on|in|among|included|counted|listed|registered|recorded)\b/);

// A running total over a period: "more than 600 had died on this crossing since January", "so far this year".
const PERIOD_TOTAL = /* @__PURE__ */ gated(/^[^.;:]{0,60}?\b(?:since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|(?:so\s+far\s+)?this\s+year|in\s+the\s+past\s+(?:year|decade)|every\s+year)\b/);

function scopeOf(st: Statement, figure: Figure): string | undefined {
  const prose = st.doc.prose;
  const after = fold(prose.slice(figure.end, Math.min(st.end, figure.end + 90)));
  if (OUTSIDE.test(after) || PERIOD_TOTAL.test(after)) return OUTSIDE_SCOPE;
  for (const m of st.mentions) {
    if (m.type !== 'place') continue;
    if (m.start >= figure.end && m.start - figure.end <= 60) {
      const between = fold(prose.slice(figure.end, m.start));
      if (!CLAUSE.test(between) && LOCATIVE_TAIL.test(between)) return m.actor ?? m.text.toLowerCase();
    }
    // "In Zelenets alone, 14 people died", "Across Sarybel District, 3,120 people have left".
    if (m.end <= figure.start && figure.start - m.end <= 30 && m.start - st.start <= 30) {
      const before = fold(prose.slice(st.start, m.start));
      if (/^\W*(?:in|across|throughout)\s+(?:the\s+)?(?:(?:whole|rest|entire)\s+of\s+(?:the\s+)?)?$/.test(before) && !/[.;]/.test(prose.slice(m.end, figure.start))) return m.actor ?? m.text.toLowerCase();
    }
  }
  // "including four who died in hospital", "four people who died in Tarnovel University Hospital": those
  // who died after they were brought in, a part of the toll.
  if (DIED_IN_HOSPITAL.test(after)) return 'in hospital';
  // "Dr Varkonyi, head of surgery at Holy Trinity Hospital, says her teams have received 38 wounded":
  // the patients of one named hospital are its share of the count.
  if (/\b(?:treated|received|admitted|took\s+in|taken\s+in|has\s+had|brought\s+to)\b/.test(st.lower)) {
    const hospital = st.mentions.find((m) => m.type === 'organization' && /\b(?:hospital|clinic|infirmary|medical\s+cent(?:re|er))$/i.test(m.text));
    if (hospital) return hospital.actor ?? hospital.text.toLowerCase();
  }
  // A part of a group the sentence names: "two of its members", "three of their children"; a share
  // ("60% of their money") names its whole, not a part.
  // "recalling 112,400 of its cars" is all that was recalled.
  const partitive = figure.unitClass !== 'percent' && figure.eventClass !== 'recalled' && PARTITIVE.exec(fold(prose.slice(figure.end, Math.min(st.end, figure.end + 40))));
  if (partitive) return `${partitive[1]} ${partitive[2]}`;
  // An unnamed area: "in the warehouse district", "across the capital".
  const near = fold(prose.slice(figure.end, Math.min(st.end, figure.end + 80)));
  const cut = near.search(CLAUSE);
  const area = AREA.exec(cut >= 0 ? near.slice(0, cut) : near);
  if (area) return `the ${area[0].trim().replace(/^\w+\s+(?:(?:the|this|that|our|their|its)\s+)?/, '')}`;
  return undefined;
}

const OUTSIDE_SCOPE = '(outside the count)';
const DIED_IN_HOSPITAL = /* @__PURE__ */ gated(/^\s*(?:[a-z]+\s+){0,2}?(?:who\s+|that\s+)?(?:had\s+|have\s+|later\s+)?(?:died|dead)\s+(?:later\s+)?in\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:hospitals?|clinics?|infirmar(?:y|ies))\b/u);
const PARTITIVE = /* @__PURE__ */ gated(/^\s+of\s+(its|their|our|his|her|your|the|those|these)\s+(?:own\s+)?([a-z]+)/);

const STILL_AFTER = /* @__PURE__ */ gated(/^[^,;.:]{0,40}?\b(?:still|remain|remains|remained|yet\s+to\s+be)\b/);
const STILL_BEFORE = /* @__PURE__ */ gated(/\b(?:remaining|last|other)\s+$/);

/** A count of those still in place ("eight are still trapped", "the remaining eight"), not of all at first. */
function stillInPlace(st: Statement, figure: Figure): boolean {
  const prose = st.doc.prose;
  return STILL_AFTER.test(fold(prose.slice(figure.end, Math.min(st.end, figure.end + 60))))
    || STILL_BEFORE.test(fold(prose.slice(Math.max(st.start, figure.start - 20), figure.start)));
}

/** Two readings of one quantity that cannot both hold, as news reports a count over time and place. */
function conflict(a: Reading, b: Reading, cumulative: boolean, byFile?: Map<string, Reading[]>): boolean {
  if (a.st.file === b.st.file) return false;
  // A vigil's crowd and a march's are two crowds; so are two rewards two bodies offered, and the rain of two days.
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  // A toll, a count of the injured or the displaced only grows as news comes in: higher on a later day is no clash,
  // unless the later article itself still gives the earlier figure ("the official toll is seven" beside "16 dead").
  if (cumulative && a.day !== undefined && b.day !== undefined && a.day !== b.day) {
    const [early, late] = a.day < b.day ? [a, b] : [b, a];
    const grew = late.low > early.high || (early.high === Number.POSITIVE_INFINITY && late.low >= early.low);
    if (grew && !byFile?.get(late.st.file)?.some((r) => r !== late && compatible(r, early) && !r.update)) return false;
  }
  if (a.scope !== b.scope) {
    // Those outside a count are no part of it.
    if (a.scope === OUTSIDE_SCOPE || b.scope === OUTSIDE_SCOPE) return false;
    // Different places are different sets; a part can only clash with the whole by exceeding it.
    if (a.scope && b.scope) return false;
    const [part, whole] = a.scope ? [a, b] : [b, a];
    if (part.low <= whole.high) return false;
  } else if (compatible(a, b)) {
    return false;
  }
  // A later figure stated as an update of the count ("rose to 31") supersedes earlier ones.
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) {
    const later = a.day > b.day ? a : b;
    if (later.update) return false;
  }
  return true;
}

const FELL = /* @__PURE__ */ gated(/\b(?:fell|fallen|falls|dropped|drops|decreased|down from|lowered|revised down)\b/);

/**
 * A count that only grows, without the figures its own article has since raised: a live blog's
 * "nine people died, up from the four deaths confirmed this morning" supersedes its earlier four.
 */
function withoutSuperseded(readings: Reading[]): Reading[] {
  const raised = new Map<string, number>();
  for (const r of readings) {
    if (!r.update || FELL.test(r.st.lower) || r.low === 0) continue;
    raised.set(r.st.file, Math.max(raised.get(r.st.file) ?? 0, r.low));
  }
  return readings.filter((r) => !(r.high < (raised.get(r.st.file) ?? 0)));
}

const PAST_DAYS = 90;

/**
 * Whether a figure counts an earlier event the passage recalls: it follows a date months before
 * the article ("the deadliest since 2009, when a bus crash killed seven"), with no later date between.
 */
function ofEarlierEvent(st: Statement, figure: Figure): boolean {
  const published = st.published ? Date.parse(st.published) : Number.NaN;
  if (Number.isNaN(published)) return false;
  // "since the 2019 bombing of the bus station, which killed nine": a year alone, before the publication's.
  const year = [...st.doc.prose.slice(st.start, figure.start).matchAll(/\b((?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:bombing|attack|attacks|earthquake|quake|fire|floods?|eruption|crash|disaster|explosion|blast|riots?|war|tsunami|storm|cyclone|hurricane|typhoon|collapse|outbreak|epidemic|massacre|shooting|sinking|derailment|uprising|coup|siege|accident)\b/gi)].pop();
  if (year && Number(year[1]) < new Date(published).getUTCFullYear() && !/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?:\d{1,2},?\s+)?$/i.test(st.doc.prose.slice(Math.max(st.start, st.start + (year.index ?? 0) - 16), st.start + (year.index ?? 0)))) return true;
  const before = st.dates.filter((d) => d.date && d.end <= figure.start && d.start >= st.start).sort((a, b) => b.start - a.start)[0];
  if (!before?.date) return false;
  // "three loans since March 2024, worth a total of 46 million": what was lent from then to now.
  if (figure.eventClass === 'loans' && /\bsince\s+$/i.test(st.doc.prose.slice(Math.max(st.start, before.start - 8), before.start))) return false;
  // The last day the date can mean: a year ends in December, a month on its last day.
  const [y, m, day] = before.date.split('-').map(Number);
  const last = day ? Date.UTC(y, m - 1, day) : m ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
  return published - last > PAST_DAYS * DAY_MS;
}

const NO_FIGURES: Figure[] = [];

// The highest temperature a place reached, or a record: "its station at Harvassa had reached 47.3C, a new
// national record" against "the highest validated temperature at Harvassa was 46.1C". Not a body's temperature.
const TEMPERATURE = /* @__PURE__ */ gated(/(?<![\d.])(-?\d{1,2}(?:\.(\d))?)\s?(?:°|º|degrees?\s)?\s?(C|F|celsius|fahrenheit)\b/gi);
const HIGHEST = /* @__PURE__ */ gated(/\b(?:record|highest|hottest|peak(?:ed)?|maximum|top\s+temperature)\b/);

/** Temperatures a passage gives as the highest reached, keyed by the place it names (the nearest before them). */
function highestTemperatures(st: Statement): Figure[] {
  if (!HIGHEST.test(st.lower) || !/\d\s?(?:°|º|degrees?\s)?\s?(?:c|f|celsius|fahrenheit)\b/i.test(st.text)) return NO_FIGURES;
  // "The previous record, 45.4°C, was measured in 2019": another summer's.
  if (/\b(?:previous|former|old|earlier|last|all-time)\s+(?:national\s+)?record\b/.test(st.lower)) return NO_FIGURES;
  const prose = st.doc.prose.slice(st.start, st.end);
  // The place a reading is of: one named after "at", "in" or "over", or in the possessive ("Belmira's own station"),
  // nearest the figure; not "60 km north-west of Belmira".
  const places = st.mentions.filter((x) => x.type === 'place' && (/\b(?:at|in|over)\s+(?:the\s+)?$/i.test(st.doc.prose.slice(Math.max(0, x.start - 10), x.start)) || /^['’]s\b/.test(st.doc.prose.slice(x.end, x.end + 3))));
  const out: Figure[] = [];
  for (const m of prose.matchAll(TEMPERATURE)) {
    const start = st.start + m.index!;
    const end = start + m[0].length;
    if (/\bbody\s+temperature\b|\bfever\b/i.test(prose.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    // "6C above the seasonal average": a difference, not a reading.
    if (/^\s*(?:above|below|higher|lower|warmer|cooler|hotter|colder|more|less)\b/i.test(prose.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
    const value = Number(m[1]);
    // "47.3C" allows what rounding to a tenth allows; "47C" what rounding to a degree allows.
    const slack = m[2] ? 0.05 : 0.5;
    const place = places.reduce<Mention | undefined>((best, x) => (!best || Math.abs(x.start - start) < Math.abs(best.start - start) ? x : best), undefined);
    const scale = /^f/i.test(m[3]) ? 'fahrenheit' : 'celsius';
    out.push({ start, end, text: m[0].trim(), low: value - slack, high: value + slack, unit: scale, unitClass: `${scale} at ${place?.actor ?? place?.text.toLowerCase() ?? 'an unnamed place'}`, event: 'highest temperature', eventClass: 'highest temperature' });
  }
  return out;
}
// "stood by its own figure of 86", "has put the number at 14 million", "its estimate of about 400", "its
// own count, from village heads and shelters, is about 27,000": a bare
// number that names the count the passage before gave, in that count's unit.
const ANAPHORIC = /* @__PURE__ */ gated(/\b(?:the|its|their|his|her|our|own|[a-z]+['’]s)\s+(?:own\s+)?(?:figure|number|count|tally|total|estimate)(?:\s+(?:who|that|of\s+(?:people|those)\s+who)\s+[^.;,\d]{1,40}?|,\s+[^.;,\d]{1,50},)?\s+(?:of|at|as|is|was)\s+(about\s+|around\s+|roughly\s+|some\s+)?(\d{1,3}(?:,\d{3}){1,4}|\d{1,9}(?:\.\d{1,3})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\s+(?:million|billion|thousand))?(\s*(?:%|per\s*cent|percent))?(?![\d,-])(?!\.\d)(?!\s*[a-z%])/gi);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
export const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * Bare numbers a passage gives as the figure, number or count of what it counted just before ("4,200 homes
 * were damaged; the agency puts the figure at about 1,800"), or else of what the passage before it counted.
 */
function anaphoricFigures(st: Statement, before: Figure | undefined): Figure[] {
  if (!/\b(?:figure|number|count|tally|total|estimate)\b/i.test(st.text)) return NO_FIGURES;
  const prose = st.doc.prose.slice(st.start, st.end);
  const out: Figure[] = [];
  for (const m of prose.matchAll(ANAPHORIC)) {
    const own = st.figures.filter((f) => f.end <= st.start + m.index!).pop();
    const ref = own ? (own.unitClass && own.eventClass ? own : undefined) : before;
    if (!ref) continue;
    // "puts the figure at 17%" names a share only after a share, a count only after a count.
    if (!!m[4] !== (ref.unitClass === 'percent')) continue;
    const value = (WORD_NUMBERS[m[2].toLowerCase()] ?? Number(m[2].replace(/,/g, ''))) * (SCALE[m[3]?.trim().toLowerCase() ?? ''] ?? 1);
    if (!Number.isFinite(value)) continue;
    const start = st.start + m.index! + m[0].length - (m[2].length + (m[3]?.length ?? 0) + (m[4]?.length ?? 0) + (m[1]?.length ?? 0));
    const end = st.start + m.index! + m[0].length;
    // "About 14 million" allows what rounding to it allows.
    const [low, high] = m[1] ? [value * 0.85, value * 1.15] : [value, value];
    out.push({ ...ref, start, end, text: prose.slice(start - st.start, end - st.start), low, high, approximate: !!m[1] });
  }
  return out;
}

/** Figures for the same counted quantity that cannot both hold, across sources. */
export function numericContradictions(statements: Statement[]): Contradiction[] {
  const groups = new Map<string, Reading[]>();
  const seen = new Set<string>();
  // The counted figures of each file's last passage that counted any: what a bare "its own figure of 86" in
  // the passage right after refers to, when that passage counted one thing only.
  const last = new Map<string, { st: Statement; figures: Figure[] }>();
  // A figure an outlet has corrected, where the correction is reported as its revision (revision.ts), is not a
  // reading set against others: neither the notice nor the wrong figure where the article first gave it.
  const corrected = correctedFigures(statements);
  for (const st of statements) {
    if (corrected.has(st.file) && isCorrectionNotice(st)) continue;
    const prior = last.get(st.file);
    const referred = anaphoricFigures(st, prior && prior.figures.length === 1 && (prior.st.end >= st.start - 2 || !/\S/.test(st.doc.prose.slice(prior.st.end, st.start)))
      ? prior.figures[0] : undefined);
    for (const found of [...st.figures, ...totalsAboard(st), ...shotsFired(st), ...paidInFull(st), ...tallies(st), ...referred, ...highestTemperatures(st)]) {
      const figure = readingOf(st, found);
      let key = quantityKey(figure);
      if (key && figure.unitClass) {
        const mine = last.get(st.file);
        if (mine?.st === st) mine.figures.push(figure);
        else last.set(st.file, { st, figures: [figure] });
      }
      // "Eight are still trapped": those not yet out are another count than those trapped at first.
      // "38 remain in hospital": those not yet discharged, another count than all who were admitted.
      // "12 are in hospital", "on the wards": those there now, whether or not the passage says "still".
      if (key?.endsWith('|hospitalised') && /^(?:in hospital|on the wards)$/i.test(figure.event ?? '')) key += ' still';
      else if ((key?.endsWith('|trapped') || key?.endsWith('|in the building') || key?.endsWith('|sheltered') || key?.endsWith('|hospitalised')) && stillInPlace(st, figure)) key += ' still';
      if (!key || seen.has(`${st.file}:${figure.start}:${figure.end}`) || ofEarlierEvent(st, figure) || notACount(st, figure)) continue;
      if (figure.low !== null && figure.low === figure.high && corrected.get(st.file)?.some((c) => c.value === figure.low && (!c.unitClass || !figure.unitClass || c.unitClass === found.unitClass || c.unitClass === figure.unitClass))) continue;
      // Whose term it is must be said: co-defendants get terms of their own.
      if (key.endsWith('|prison term') && !kindOf(st, key, figure).kind) continue;
      seen.add(`${st.file}:${figure.start}:${figure.end}`);
      const around = st.lower.slice(Math.max(0, figure.start - st.start - 60), figure.end - st.start + 40);
      // "142 mm of rain fell": the rain fell, the figure did not.
      // "The cabin fell about 40 metres": the cabin fell, the figure did not.
      const update = UPDATE.test(key === 'mm|rainfall' ? around.replace(/\b(?:rain|rainfall|snow)\s+fell\b/g, '') : key === 'metres|fall height' ? around.replace(/\b(?:fell|fallen|falls|dropped|drops)\b/g, '') : around);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      // Speeds compare in km/h; one given in another unit may be rounded by half a unit.
      const factor = SPEED_FACTORS[figure.unit?.toLowerCase().split(/[\s/]/)[0] ?? ''];
      // Depths and stretches of coast compare in metres, with 2% for rounding between units.
      const metres = key === 'metres|depth' || key === 'metres|coast' || key === 'metres|plume height' || key === 'metres|wave height' || key === 'metres|surge height' || key === 'metres|fall height' ? LENGTH_FACTORS[figure.unit!.toLowerCase()] : undefined;
      const [low, high] = key.endsWith('|speed') && factor
        ? [((figure.low ?? 0) - 0.5) * factor, ((figure.high ?? Number.POSITIVE_INFINITY) + 0.5) * factor]
        : metres ? [(figure.low ?? 0) * metres * 0.98, (figure.high ?? Number.POSITIVE_INFINITY) * metres * 1.02]
          : [figure.low ?? 0, figure.high ?? Number.POSITIVE_INFINITY];
      // "Several hostages were killed when the commandos opened fire": some of them, not how many in all;
      const vague = (/^(?:several|a\s+few|some)\b(?!\s*\d)/i.test(figure.text) && !/\b(?:hundred|thousand|million)/i.test(figure.text))
        // "said a wedding guest who was freed in the assault": one person described, not the count of the freed.
        || (/^an?\s/i.test(figure.text) && /^\s*,?\s*(?:who|that)\s/.test(st.doc.prose.slice(figure.end, figure.end + 8)));
      // "Eleven had been arrested by Sunday evening": a running total as of the day it names.
      const asOfDay = update && !UPDATE.test(around.replace(BY_WEEKDAY, ''));
      g.push({ st, figure, low, high: vague ? Number.POSITIVE_INFINITY : high, update, day: readingDay(st, figure, update && !asOfDay), scope: scopeOf(st, figure), ...kindOf(st, key, figure) });
    }
  }
  splitByNation(groups);
  const out: Contradiction[] = [];
  for (const [key, all] of groups) {
    const cumulative = CUMULATIVE.has(key.split('@')[0].split('|')[1]);
    const readings = cumulative ? withoutSuperseded(all) : all;
    if (new Set(readings.map((r) => r.st.file)).size < 2) continue;
    const byFile = new Map<string, Reading[]>();
    for (const r of readings) (byFile.get(r.st.file) ?? byFile.set(r.st.file, []).get(r.st.file)!).push(r);
    // Camps: readings that are compatible with each other; disputes are between camps, among the
    // readings that clash across them (same place, same time or not an update).
    // A reading joins the first camp it is compatible with throughout: whose highest low is not above
    // its high and whose lowest high is not below its low (kept per camp; Math.max and Math.min keep a NaN).
    const camps: Reading[][] = [];
    const lows: number[] = [];
    const highs: number[] = [];
    for (const r of [...readings].sort((a, b) => a.low - b.low || a.high - b.high)) {
      let k = 0;
      while (k < camps.length && !(lows[k] <= r.high && r.low <= highs[k])) k++;
      if (k < camps.length) {
        camps[k].push(r);
        lows[k] = Math.max(lows[k], r.low);
        highs[k] = Math.min(highs[k], r.high);
      } else {
        camps.push([r]);
        lows.push(r.low);
        highs.push(r.high);
      }
    }
    if (camps.length < 2) continue;
    // The dispute: the pair of camps with the most readings on each side that clash with the other.
    let best: { a: Reading[]; b: Reading[]; score: number; i: number; j: number } | undefined;
    for (let i = 0; i < camps.length; i++) {
      for (let j = i + 1; j < camps.length; j++) {
        // A pair of camps scores at most their readings and two: one that cannot beat the best is not read.
        if (best && camps[i].length + camps[j].length + 2 <= best.score) continue;
        const a = camps[i].filter((x) => camps[j].some((y) => conflict(x, y, cumulative, byFile)));
        if (!a.length) continue;
        const clashes = camps[j].map((y) => a.some((x) => conflict(x, y, cumulative, byFile)));
        if (!clashes.includes(true)) continue;
        // Once sources disagree, a source that gave both figures (a revision) is on both sides.
        const b = camps[j].filter((y, k) => clashes[k] || a.some((x) => x.st.file === y.st.file));
        const score = a.length + b.length + (a.some((r) => r.st.claim?.speakerText) ? 1 : 0) + (b.some((r) => r.st.claim?.speakerText) ? 1 : 0);
        if (!best || score > best.score) best = { a, b, score, i, j };
      }
    }
    if (!best) continue;
    const { a, b } = best;
    // A third reading or more ("14 vs 17 vs 21"): every other camp that clashes with the two is named too.
    const both = [...a, ...b];
    const others = camps.filter((_, k) => k !== best!.i && k !== best!.j)
      .map((c) => c.filter((x) => both.some((y) => conflict(x, y, cumulative, byFile))))
      .filter((c) => c.length);
    const [unit, event] = key.split('@')[0].split('|');
    const nation = key.includes('@') ? readings[0].figure.group : undefined;
    const named = readings[0].figure.unitClass?.split('#')[1];
    const topic = (event === 'turnout' || event === 'vote share') && named ? named : event === 'votes for' ? 'votes for the motion' : event === 'paid a year' ? 'sum paid a year' : event === 'votes against' ? 'votes against the motion' : event === 'abstentions' ? 'abstentions' : event === 'capacity' ? 'capacity' : event === 'magnitude' ? 'magnitude of the earthquake' : event === 'depth' ? 'depth' : event === 'attackers' ? 'number of attackers' : event === 'fall height' ? 'height of the fall' : event === 'weight lost' ? 'weight lost' : event === 'without food' ? 'days without food' : event === 'rainfall' ? 'rainfall' : event === 'in the building' ? `${unit} in the building` : event === 'plume height' ? 'height of the column' : event === 'wave height' ? 'height of the waves' : event === 'surge height' ? 'height of the surge' : event === 'repair time' ? 'time the repairs will take' : event === 'reward' ? 'reward offered' : event === 'bail' ? 'bail' : event === 'prison term' ? `prison term (in ${unit})` : event.endsWith(' closed') ? `${event.split(' ')[0]} the ${unit} was closed`
      : event === 'loans' ? 'sum of the loans' : event === 'contract value' ? `value of the contract${unit.endsWith(' with tax') ? ' with tax' : ''}` : event === 'premium' ? 'price above the market' : event === 'withdrawn' ? `${unit} withdrawn` : event === 'paid back' ? 'share paid back' : event === 'strike share' ? `share of ${unit.replace(/^percent of /, '')} on strike` : event === 'highest temperature' ? 'highest temperature' : event === 'records taken' ? 'records taken' : event === 'concentration' ? (unit.startsWith('radiation') ? `${unit.replace(/^radiation/, 'dose rate')}` : `concentration of ${unit}`)
      : event === 'stored' ? `${unit.endsWith('s') ? unit : `${unit}s`} stored`
        : event === 'ill' ? (unit === 'people' ? 'people ill' : `${unit} cases`) : event === 'spilled' ? `${unit.endsWith('s') ? unit : `${unit}s`} spilled`
          : event === 'coast' ? 'length of coast reached' : event === 'sheltered' ? `${unit} in shelters` : SERVICES.has(unit) && event !== 'speed' ? `${unit}s ${event}`
            : event === 'hospitalised still' ? `${unit} still in hospital` : event.endsWith(' still') ? `${unit} still ${event.slice(0, -' still'.length)}`
              : event === 'exchanged' ? `${nation ? nationPlural(nation) : 'prisoners'} freed in the exchange` : nation ? `${nationPlural(nation)} ${event}` : `${unit} ${event}`;
    // A camp is named by its most precise figure ("eight" rather than "several").
    const precise = (camp: Reading[]) => camp.reduce((p, r) => (r.high - r.low < p.high - p.low ? r : p));
    // "About 60" at a sentence's start reads "about 60" inside the summary.
    const figureText = (t: string) => t.replace(/^\p{Lu}(?=\p{Ll}+\b)/u, (c) => c.toLowerCase());
    const describe = (camp: Reading[]) => `${figureText(precise(camp).figure.text)} (${voicesOf(camp.map((r) => r.st))})`;
    const hedged = [...a, ...b].some((r) => r.st.hedged);
    // Figures of different days that nobody calls an update may be a count that moved on: say so.
    const days = (camp: Reading[]) => camp.map((r) => r.day).filter((d): d is number => d !== undefined);
    const da = days(a);
    const db = days(b);
    // Counts that only grow or shrink as news comes in (a toll, arrests) may be superseded; a crowd's size is not.
    const separated = CUMULATIVE.has(event) && da.length === a.length && db.length === b.length && (Math.max(...da) < Math.min(...db) || Math.max(...db) < Math.min(...da));
    let confidence = 0.75 + (a.some((r) => r.st.claim?.speakerText) && b.some((r) => r.st.claim?.speakerText) ? 0.1 : 0);
    if (hedged) confidence -= 0.15;
    const gap = separated ? Math.round(Math.abs(Math.min(...db) - Math.max(...da)) / DAY_MS) : 0;
    const timeNote = separated ? ` — the figures are ${gap === 1 ? 'a day' : `${gap} days`} apart and the later may supersede the earlier` : '';
    if (timeNote) confidence -= 0.1;
    out.push({
      id: '',
      kind: 'numeric',
      topic,
      summary: `${capitalize(topic)}: ${[a, b, ...others].map(describe).join(' vs ')}${timeNote}`,
      confidence: round(confidence),
      sides: [...pick(a), ...pick(b), ...others.flatMap((c) => pick(c).slice(0, 3))].map((r) => sideOf(r.st, r.figure.text)),
    });
  }
  return mergeShares(out);
}

/**
 * Counts of people of one nation ("103 Talvessans", "97 Zemlyrian prisoners") are quantities of their own where
 * the coverage counts more than one nation under one key (two sides of an exchange, of a border clash): each
 * nation's readings move to a key of their own. Where only one nation is named, its counts stay with the others
 * as a part of them.
 */
function splitByNation(groups: Map<string, Reading[]>): void {
  for (const [key, readings] of [...groups]) {
    const nations = new Set(readings.map((r) => r.figure.group).filter((g) => g));
    // One nation named: its count is a part of the whole ("three Britons" among twelve dead).
    if (nations.size === 1) for (const r of readings) if (r.figure.group && !r.scope) r.scope = `people of ${r.figure.group}`;
    if (nations.size < 2) continue;
    groups.set(key, readings.filter((r) => !r.figure.group));
    for (const r of readings) {
      if (!r.figure.group) continue;
      const k = `${key}@${r.figure.group}`;
      (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
    }
  }
}

/** "talvessan" → "Talvessans", "chinese" → "Chinese". */
function nationPlural(nation: string): string {
  const name = nation.charAt(0).toUpperCase() + nation.slice(1);
  return /(?:ese|ish|ss)$/.test(nation) ? name : `${name}s`;
}

/**
 * The candidates' shares of one vote, disputed between the same counts, are one dispute: the result.
 * So are a motion's votes for and against and its abstentions ("68 for, 59 against" against "72 for, 57 against").
 */
function mergeShares(found: Contradiction[]): Contradiction[] {
  const TALLY = new Set(['votes for the motion', 'votes against the motion', 'abstentions']);
  let out = found;
  for (const of of [(c: Contradiction) => c.topic.startsWith('share of the vote for '), (c: Contradiction) => TALLY.has(c.topic)]) {
    const order = ['votes for the motion', 'votes against the motion', 'abstentions'];
    const parts = out.filter(of).sort((a, b) => order.indexOf(a.topic) - order.indexOf(b.topic));
    if (parts.length < 2) continue;
    // A passage that gives the whole tally is one side, with the figures it gives ("68; 59 against").
    const sides = new Map<string, Contradiction['sides'][number]>();
    parts.forEach((c, k) => {
      for (const x of c.sides) {
        const key = `${x.file}:${x.start}`;
        const had = sides.get(key);
        const value = x.value && k > 0 && TALLY.has(c.topic) ? `${x.value} ${c.topic === 'abstentions' ? 'abstaining' : 'against'}` : x.value;
        if (!had) sides.set(key, { ...x, ...(value ? { value } : {}) });
        else if (value && had.value !== value) had.value = had.value ? `${had.value}, ${value}` : value;
      }
    });
    const merged: Contradiction = {
      ...parts[0],
      topic: 'result of the vote',
      summary: `Result of the vote: ${parts.map((c) => c.summary).join('; ')}`,
      confidence: Math.max(...parts.map((c) => c.confidence)),
      sides: [...sides.values()],
    };
    out = [...out.filter((c) => !parts.includes(c)), merged];
  }
  return out;
}

/** Up to five readings of a camp: one per source first, then more from the same sources; attributed ones first, updates last. */
function pick(readings: Reading[]): Reading[] {
  const rank = (r: Reading) => Number(r.update) * 2 + Number(!r.st.claim?.speakerText);
  const camp = [...readings].sort((a, b) => rank(a) - rank(b));
  const out: Reading[] = [];
  for (const r of camp) if (out.length < 5 && !out.some((o) => o.st.file === r.st.file)) out.push(r);
  // A headline a page repeats is one reading, not two.
  for (const r of camp) if (out.length < 5 && !out.includes(r) && !out.some((o) => o.st.file === r.st.file && o.st.text === r.st.text)) out.push(r);
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Rounds a confidence to two decimals, within [0, 1]. */
export function round(x: number): number {
  return Math.max(0, Math.min(1, Math.round(x * 100) / 100));
}
