import type { Contradiction } from '../types';
import { describesNoun } from './lexicon';
import { type Statement, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { statementDay } from './temporal';
import { gated } from '../prefilter';

// Moments an event starts or happens, as news dates them by the clock.
const EVENTS: [string, RegExp][] = [
  ['dispersal', /\b(?:dispers(?:al|ed)|moved (?:in|against)|broke up the|cleared the (?:square|crowd|streets?)|tear gas (?:was |being )?fired|fir(?:ed|ing) tear gas)\b/g],
  // Also a river over its banks ("broke its banks at 5:20 a.m.", "came over the embankment at about 3:45") and a
  // building that came down.
  ['failure', /\b(?:gave way|collapsed|burst its|breached|failure of|failed|(?:span|bridge|section|roof|deck|wall|building|tower|block)\s+(?:[\w'’-]+\s+){0,2}?(?:fell|came\s+down)|(?:broke|burst|overflowed|overtopped)\s+(?:its|the)\s+banks|(?:broke|came|poured|spilled)\s+over\s+the\s+(?:embankment|levee|dyke|dike|banks?))\b(?! to\b)/g],
  // When the first patient came: "the first patient arrived at 23:10" against "the first case was registered at 14:20".
  ['first case', /\bfirst\s+(?:patient|case|victim|casualty)\b[^.;]{0,60}?\b(?:arrived|reached|came\s+in|was\s+(?:brought\s+in|admitted|registered|reported|recorded))\b/g],
  ['explosion', /\b(?:explosion|blast|exploded|detonated)\b|\b(?:(?:air\s*)?strikes?|missiles?|bombs?|drones?|rockets?)\s+(?:came|hit|landed|struck|was\s+carried\s+out|were\s+carried\s+out|happened|occurred)\b|\bput\s+the\s+strike\s+at\b/g],
  // "The fire broke out at 4:05 a.m."; "the first call reporting flames came at 3:21 a.m." dates it too.
  ['fire', /\bfire (?:had )?(?:broke(?:n)? out|started|began|erupted)\b|\b(?:first|earliest) (?:emergency )?(?:calls?|reports?|alarms?) (?:reporting|of|about) (?:the )?(?:flames|fire|smoke)\b/g],
  // "the first rescue teams had reached Kazhdel by 7:30 a.m.": when help came, which survivors and officials dispute.
  // Also the first fire engine: "its first engine reached the hospital at 2:21 a.m." against "did not arrive until 02:48".
  ["rescuers' arrival", /\b(?:rescuers|rescue (?:teams?|workers|crews?|services)|(?:first|emergency) (?:teams?|responders|crews?)|firefighters|ambulances?|emergency services|(?:first\s+)?(?:fire\s+)?engines?|fire\s+crews?)\s+(?:had\s+|have\s+|has\s+)?(?:only\s+|first\s+|finally\s+)?(?:reached|arrived|got to|came through|were in|was in|were on (?:the )?(?:scene|site)|(?:did\s+not|didn['’]t)\s+(?:arrive|come)\s+until)\b/g],
  // When shelling began: "shells began falling at about 5:20 a.m." against "the first shells fell at 6.45am".
  ['shelling', /\b(?:shells|shelling|bombardment|artillery\s+fire)\s+(?:began|started)(?:\s+falling)?\b|\bfirst\s+shells?\s+(?:fell|landed|hit|struck)\b/g],
  // When a named person was detained: "stopped at passport control at about 9:40 p.m. on Thursday" against "taken
  // into custody at 09:15 on Friday". Only of one person (see readTimes), not arrests through a day of protest.
  ['detention', /\b(?:was|were|been|had\s+been)\s+(?:detained|arrested|taken\s+into\s+custody|stopped\s+at\s+(?:passport\s+control|the\s+border|a\s+checkpoint))\b|\b(?:officers|police|agents)\s+(?:detained|arrested)\s+(?:her|him|mr|ms|mrs)\b|\btime\s+of\s+(?:her|his|the)\s+(?:detention|arrest)\b/g],
  // When a missing aircraft or ship went silent: "contact with the crew was lost at 2:52 p.m." against "dropped
  // off radar at 14:31".
  ['contact lost', /\b(?:lost\s+(?:radio\s+)?contact|contact\s+(?:with\s+(?:the\s+)?[\w\s]{0,25}?)?(?:was|had\s+been)\s+lost|loss\s+of\s+contact|(?:disappeared|vanished|dropped|dropping|disappearing)\s+(?:off|from)\s+(?:the\s+)?radar)\b/g],
  // When the wreck was found: "the wreckage was located at 7:40 a.m. on Wednesday" against "reached the wreck at
  // about 8:30 p.m. on Tuesday".
  ['wreck found', /\b(?:wreck(?:age)?|debris)\s+(?:of\s+[\w\s]{0,30}?)?(?:was|were|had\s+been|has\s+been)\s+(?:first\s+)?(?:found|located|spotted|discovered|reached)\b|(?<!\b(?:teams?|crews?|rescuers|soldiers|troops|firefighters|investigators|divers)\s+(?:\w+\s+)?)\b(?:found|located|discovered|reached)\s+the\s+(?:wreck(?:age)?|debris)\b/g],
  // A police raid: "the search began at 6 a.m." against "officers cut through the gate at 1:40 a.m.".
  ['search', /\b(?:the|its|their)\s+(?:search|(?<!(?:rescue|recovery|military|search)\s)operation)\s+(?:began|started|had\s+begun)\b|\b(?:officers|agents|investigators)\s+(?:had\s+)?(?:arrived|entered)\b(?=[^;!?]{0,100}?\b(?:seal\w*|search\w*|raid\w*|warrant)\b)|\b(?:officers|police|agents)\s+(?:\w+\s+){0,2}?(?:cut\s+(?:through\s+)?the\s+(?:gate|door|lock)|burst\s+in(?:to)?|broke\s+(?:in(?:to)?|down\s+the\s+door))\b|\bcut\s+the\s+(?:gate|door)\b/g],
  ['attack', /\b(?:attack|assault|shelling|raid|fighting|stabbing|shooting) (?:began|started|was launched|took place|happened|occurred)\b|\b(?:launched|began) (?:the |an |its )?(?:attack|assault|offensive|raid)\b/g],
  // When a storm came ashore, which forecasters and emergency agencies may put hours and a midnight apart.
  ['landfall', /\b(?:made landfall|landfall|c[ao]me ashore|coming ashore|hit the coast|struck the coast|crossed the coast)\b/g],
  // When an emergency alert reached people: "the text alert went out at 16:05" against "the first message reached our phones at 21:40".
  // Not troops "on high alert", nor a text from someone's son.
  ['alert', /\b(?:(?:emergency|evacuation|text|sms|phone|mobile)\s+(?:alerts?|messages?|warnings?)|first (?:alert|message))\b[^.;]{0,50}?\b(?:sent|went out|was issued|were issued|reached|arrived|received|came through)\b|\b(?:received|got)\s+(?:the\s+|an?\s+|that\s+)?(?:emergency|evacuation)\s+(?:alert|text|message)\b/g],
  // A crash, a derailment, a capsizing: one moment, which operators and officials may time apart.
  // Not "the crash site", "accident investigators": the place and the people come later.
  ['accident', /\b(?:crash(?:ed)?|accident|overran|overshot|derail(?:ed|ment)|collision|collided|capsized|capsizing|touched down|crash-landed|overturned|rolled\s+over)\b(?!\s+(?:site|scene|investigators?|investigation|board))/g],
  // When the rescuers were first told: "received its first request for help at 22:40" against
  // "relayed a distress call to the coast guard at 15:20".
  ['call for help', /\b(?:first\s+(?:request|call|calls)\s+for\s+(?:help|assistance)|(?:request|call)\s+for\s+(?:help|assistance)\s+(?:came|reached|was\s+received)|distress\s+(?:call|signal|message)|mayday|first\s+(?:received|got)\s+a\s+call|(?:alerted|notified)\s+the\s+(?:coast\s*guard|coastguard|rescue\s+(?:centre|center|service))|passed\s+(?:the\s+call|it)\s+(?:on\s+)?to\s+the\s+(?:[\w'’]+\s+)?(?:coast\s*guard|coastguard))/g],
  // When shooting began: "the first shots were fired at 02:15" against "the gunfire began at about 11:40 p.m.".
  ['first shots', /\b(?:first\s+shots?|gunfire|shooting|firing|shots)\s+(?:\w+\s+){0,2}?(?:began|started|erupted|rang\s+out|broke\s+out|were\s+fired|was\s+fired|were\s+heard|was\s+heard)\b/g],
  // When a hillside came down: "the slide struck at about 3:40 a.m." against "recorded the slope moving at 04:12".
  ['landslide', /\b(?:(?:land|mud|rock)?slides?\s+(?:struck|hit|came\s+down|swept|happened|occurred)|(?:slope|hillside|mountainside|ground)\s+(?:moving|moved|gave\s+way|collapsed|came\s+down)|movement\s+of\s+the\s+(?:slope|hillside|ground)|(?:hour|time)\s+of\s+the\s+(?:collapse|slide|landslide))\b/g],
  // When a march turned violent: "clashes broke out at 13:20" against "clashes began at about 15:05".
  ['clashes', /\b(?:clashes|trouble|violence|rioting|scuffles|unrest)\s+(?:first\s+)?(?:broke\s+out|began|started|erupted|flared)\b/g],
  // When the power went: "a line near Hessel tripped at 19:42", "the blackout began shortly after 8 p.m.".
  // Not "reconnected at 15:10 after the blackout": the outage named is no time of its start.
  ['outage', /\b(?:(?:blackout|outage|power\s+cut|power\s+failure|interruption)\s+(?:began|started|struck|hit)|(?:power|electricity|lights)\s+went\s+(?:out|off)|lost\s+power|tripped|(?:grid|network)\s+(?:collapsed|went\s+down|failed|shut\s+(?:itself\s+)?down))\b/g],
  // When a reactor was shut down: "Unit 2 shut itself down automatically at 03:05" against "the reactor was only
  // shut down by hand at 09:40". A reactor only: a pipeline or a plant shut down is another thing at another time.
  ['shutdown', /\b(?:reactors?|unit\s+\d+)\s+(?:[\w-]+\s+){0,2}?shut\s+(?:itself\s+)?down\b|\bshut\s+(?:it|the\s+reactor|unit\s+\d+)\s+down\b/g],
  // A ship aground: "struck Gorran Reef at 02:40", "stopped dead on the reef at 01:20".
  // When a road, a pass or a border was closed: "closed both carriageways at 16:05" against "the barriers did not
  // come down until about 7:30 p.m.".
  ['closure', /\b(?:closed|shut)\s+(?:both\s+|all\s+|the\s+)?(?:[\w-]+\s+)?(?:carriageways?|motorway|road|highway|pass|bridge|tunnel|airport|border|crossing)\b|\b(?:motorway|road|highway|pass|bridge|tunnel|airport|border|crossing|carriageways?)\s+(?:was|were|had\s+been)\s+closed\b|\bbarriers?\s+(?:at\s+[^.;,]{0,40}?\s+)?(?:were\s+|was\s+)?(?:lowered|came\s+down|did\s+not\s+come\s+down\s+until|didn['’]t\s+come\s+down\s+until)\b/g],
  // When a debate was ended: "closed the debate at 22:10" against "cut off the debate at 20:35".
  ['debate closed', /\b(?:closed|cut\s+off|ended|brought\s+(?:the\s+debate\s+)?to\s+a\s+close|curtailed|halted)\s+(?:the\s+)?debate\b/g],
  // When trading on an exchange stopped: "halted at 11:26 when a circuit breaker was triggered" against "suspended
  // trading at 10:00, at the opening".
  ['trading halted', /\btrading\b[^.;]{0,60}?\b(?:stopped|halted|suspended|froze|frozen)\b|\b(?:halted|suspended|stopped|froze)\s+trading\b|\bcircuit\s+breaker\s+(?:was\s+triggered|kicked\s+in|tripped)\b/g],
  ['grounding', /\b(?:ran aground|run aground|went aground|grounded|grounding|(?:struck|hit) (?:[\w'’-]+ ){0,2}?(?:reef|rocks|shoal|sandbank)|(?:stopped|stuck|stranded)(?: dead)? on (?:the |a )?(?:reef|rocks|shoal|sandbank))\b/g],
];
/** The weekday "this morning", "today", "last night" or "yesterday" names, from the article's date. */
function relativeDay(st: Statement): number | undefined {
  const m = /\b(this\s+(?:morning|afternoon|evening)|today|tonight|last\s+night|yesterday)\b/.exec(st.lower);
  const t = m && st.published ? Date.parse(st.published.slice(0, 10)) : Number.NaN;
  if (!m || Number.isNaN(t)) return undefined;
  return (new Date(t).getUTCDay() + (/^(?:last|yesterday)/.test(m[1]) ? 6 : 0)) % 7;
}

// How a summary names the moments that are no event of their own.
const MOMENTS: Record<string, string> = { 'contact lost': 'contact was lost', 'wreck found': 'the wreck was found', search: 'the search began', closure: 'it was closed', 'debate closed': 'the debate was closed', 'trading halted': 'trading was halted' };
/** The readings of the person most of them name as the one detained ("Ms. Okafor, the opposition leader, was detained"); "she was detained" is taken as of that person. */
function samePerson(readings: Reading[]): Reading[] {
  const detainee = (r: Reading): string | undefined => {
    const verb = DETAINED_VERB.exec(r.st.lower);
    if (!verb) return undefined;
    const at = r.st.start + verb.index;
    const m = r.st.mentions.filter((x) => x.type === 'person' && x.actor && x.end <= at && at - x.end <= 40).pop();
    // "Holmbeck says she was detained": the pronoun, not the speaker, is the one detained.
    return m && !/\b(?:she|he|they|says?|said)\b/.test(r.st.doc.prose.slice(m.end, at).toLowerCase()) ? m.actor : undefined;
  };
  const count = new Map<string, number>();
  for (const r of readings) {
    const p = detainee(r);
    if (p) count.set(p, (count.get(p) ?? 0) + 1);
  }
  const top = [...count].sort((a, b) => b[1] - a[1]);
  if (!top.length) return readings;
  if (top.length > 1 && top[1][1] === top[0][1]) return [];
  return readings.filter((r) => { const p = detainee(r); return !p || p === top[0][0]; });
}
const DETAINED_VERB = /* @__PURE__ */ gated(/\b(?:was|were|been)\s+(?:detained|arrested|taken\s+into\s+custody|stopped)\b/);

/**
 * A detention of one person timed where the verb is: "was detained at about 9:40 p.m.", "taken into custody at
 * 09:15"; not a crowd's arrests ("dozens were arrested"), an arrest of another year, or a time in local and other zones.
 */
function oneDetention(st: Statement): boolean {
  return ONE_PERSON.test(st.text) && DETAINED_AT.test(st.lower) && !/\b(?:dozens|hundreds|scores|crowds?|protesters|demonstrators)\b|\b(?:19|20)\d\d\b|\blocal\s+time\b|\bgmt\b|\butc\b/.test(st.lower);
}
const DETAINED_AT = /* @__PURE__ */ gated(/\b(?:detained|arrested|taken\s+into\s+custody|stopped\s+at\s+(?:passport\s+control|the\s+border|a\s+checkpoint)|detention\s+as)\s+(?:[^.;,]{0,30}?\s)?(?:at\s+)?(?:about\s+|around\s+|shortly\s+(?:after|before)\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|\b)/);
// A detention of one person: a pronoun or a title and name, and no count of people.
const ONE_PERSON = /* @__PURE__ */ gated(/^(?![^]*\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several)\s+(?:people|protesters|demonstrators|men|women|activists|suspects|journalists|students)\b)[^]*(?:\b(?:[Ss]he|[Hh]er|[Hh]e|[Hh]im)\b|\b(?:Mr|Ms|Mrs|Dr)\.?\s+\p{Lu})/u);
const STRUCTURE = /* @__PURE__ */ gated(/\b(?:dam|wall|bridge|levee|embankment|banks|dyke|dike|building|roof|tower|mine|pipeline|structure|spillway|crane|tunnel|span|deck)\b/);
const CLOCK = /* @__PURE__ */ gated(/\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)/g);
// The 24-hour clock: "at 19:47", "19:47 local time"; not a ratio or a score ("won 2:1").
const CLOCK_24 = /* @__PURE__ */ gated(/(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|\s*(?:a\.m\.|p\.m\.|am\b|pm\b))/g);
const GAP_MIN = 90;
const HAS_CLOCK = /* @__PURE__ */ gated(/\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d:[0-5]\d/);
// A live blog's time label opens its entry ("14:05 —", "Fri 08:30"): when it was written, not when anything happened.
const LABEL_BEFORE = /* @__PURE__ */ gated(/^[^\p{L}\p{N}]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*)?$/u);

const twentyFour = new WeakMap<object, boolean>();
function usesTwentyFourHours(doc: { prose: string }): boolean {
  let v = twentyFour.get(doc);
  if (v === undefined) twentyFour.set(doc, (v = /(?<![\d:.])(?:1[3-9]|2[0-3]|0\d):[0-5]\d(?![\d:])/.test(doc.prose)));
  return v;
}

/** A time of day a passage gives an event: minutes after midnight, whether rounded or hedged, and as written. */
interface TimeRead {
  minutes: number;
  rounded: boolean;
  text: string;
  /** "Shortly after 8 p.m.": the moment was at the time or later; "just before": at it or earlier. */
  bound?: 'after' | 'before';
}

/** The time a passage gives each class of event (in the order of EVENTS), or null when it gives no time at all. */
const timesOf = perPassage<Array<TimeRead | undefined> | null>();
function readTimes(st: Statement): Array<TimeRead | undefined> | null {
  if (!HAS_CLOCK.test(st.lower)) return null;
  // "Talks failed at 2 p.m." is no structure failing.
  return EVENTS.map(([cls, re]) => ((cls === 'failure' && !STRUCTURE.test(st.lower)) || (cls === 'detention' && !oneDetention(st)) ? undefined : readingOf(st, re)));
}

interface Reading {
  st: Statement;
  minutes: number;
  /** Given to the minute ("4:05 a.m."), not rounded or hedged ("about 4 a.m.", "shortly after 2"). */
  exact: boolean;
  day?: number;
  /** The time as the passage writes it. */
  text: string;
  bound?: TimeRead['bound'];
}

// Two times to the minute this far apart (or more) are rival accounts of when something started; rounded ones may be further apart.
const GAP_EXACT_MIN = 35;
// Events that start once (a fire breaking out, a wall failing, the first shells falling); explosions and attacks come in series.
const ONSETS = new Set(['fire', 'failure', 'shelling', 'search']);
// A crash is a moment: two times to the minute a quarter of an hour apart are two accounts of it.
const GAP_INSTANT_MIN = 10;
// A moment given to the minute but hedged ("about 3:40") stands against another this far apart.
const GAP_HEDGED_INSTANT_MIN = 25;
// One bomb going off is a moment too: "the explosion happened at 11:40" against "struck at 12:10 p.m.";
// not where the passage counts several ("a second blast", "explosions").
const ONE_BLAST = /* @__PURE__ */ gated(/\b(?:the|a)\s+(?:explosion|blast|bomb|strike|missile)\b|\bbomb\s+(?:exploded|went\s+off|detonated)\b/);
const SEVERAL_BLASTS = /* @__PURE__ */ gated(/\b(?:explosions|blasts|bombs|second|another|third|series|several|first\s+(?:explosion|blast|bomb))\b/);
const oneBlast = (st: Statement) => ONE_BLAST.test(st.lower) && !SEVERAL_BLASTS.test(st.lower);
// One attack on one place is a moment: "the attack took place at 17:31" against "began at 17:48"; not a war's attacks.
const ONE_ATTACK = /* @__PURE__ */ gated(/\b(?:the|a)\s+(?:attack|stabbing|shooting|assault)\b/);
const SEVERAL_ATTACKS = /* @__PURE__ */ gated(/\b(?:attacks|assaults|raids|shelling|fighting|offensive|strikes|second|another|series|waves?)\b/);
const oneAttack = (st: Statement) => ONE_ATTACK.test(st.lower) && !SEVERAL_ATTACKS.test(st.lower);
// Any source telling of a second blast makes every time a blast's own.
const SERIES = /* @__PURE__ */ gated(/\b(?:second|another|third|further)\s+(?:explosion|blast|bomb)\b|\b(?:explosions|blasts)\b|\b(?:second|another|third|further|first)\s+wave\b|\bwaves\s+of\b/);
// A bridge, a roof or a building falls in a moment; a dam or a levee may fail over hours.
const SUDDEN = /* @__PURE__ */ gated(/\b(?:bridge|span|deck|roof|building|tower|crane|balcony|stand)\b/);
const instant = (cls: string, a: Reading, b: Reading, series: boolean) => cls === 'accident' || cls === 'grounding' || cls === 'closure' || cls === 'debate closed' || cls === 'trading halted' || cls === 'landslide' || cls === 'contact lost' || cls === 'wreck found'
  // The first crew to arrive is one moment.
  || (cls === "rescuers' arrival" && /\bfirst\b/.test(a.st.lower) && /\bfirst\b/.test(b.st.lower))
  || (cls === 'failure' && SUDDEN.test(a.st.lower) && SUDDEN.test(b.st.lower)) || (cls === 'explosion' && !series && oneBlast(a.st) && oneBlast(b.st))
  || (cls === 'attack' && oneAttack(a.st) && oneAttack(b.st));
// "About 3:40 a.m.": hedged, but given to the minute, unlike "about 4 a.m.".
const toTheMinute = (r: Reading) => /[:.](?!00)\d\d/.test(r.text);
const gapOf = (cls: string, a: Reading, b: Reading, series = false) => (!a.exact || !b.exact
  ? (instant(cls, a, b, series) && toTheMinute(a) && toTheMinute(b) ? GAP_HEDGED_INSTANT_MIN : ONSETS.has(cls) && toTheMinute(a) && toTheMinute(b) ? GAP_EXACT_MIN : GAP_MIN)
  : instant(cls, a, b, series) ? GAP_INSTANT_MIN : ONSETS.has(cls) ? GAP_EXACT_MIN : GAP_MIN);

// Minutes a time to the minute must fall on the wrong side of "shortly after"/"just before" a time to stand against it.
const BOUND_MARGIN_MIN = 10;

/**
 * One cluster of close times cut in two where a time to the minute from one source falls well on
 * the wrong side of another's "shortly after" or "just before": the earlier and the later account.
 */
function boundSplit(cluster: Reading[]): [Reading[], Reading[]] | undefined {
  // A cluster joined across midnight ("11:50 p.m." and "12:05 a.m.") has no order to split by.
  if (Math.max(...cluster.map((x) => x.minutes)) - Math.min(...cluster.map((x) => x.minutes)) > 720) return undefined;
  for (const r of cluster) {
    if (!r.bound) continue;
    const wrong = (x: Reading) => x.exact && x.st.file !== r.st.file && (r.bound === 'after' ? x.minutes <= r.minutes - BOUND_MARGIN_MIN : x.minutes >= r.minutes + BOUND_MARGIN_MIN);
    if (!cluster.some(wrong)) continue;
    // The bound's own reading stands on its side of the time: "after" with the later, "before" with the earlier.
    const early = cluster.filter((x) => (r.bound === 'after' ? x !== r && x.minutes < r.minutes : x === r || x.minutes <= r.minutes));
    return [early, cluster.filter((x) => !early.includes(x))];
  }
  return undefined;
}

/** Minutes between two times of day, the short way round midnight. */
function apart(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 1440 - d);
}

/** The time of day the statement gives an event of the class, when it gives one time near it. */
function readingOf(st: Statement, re: RegExp): TimeRead | undefined {
  // "Fresh fighting erupted", "the ground moved again": a later moment, not the first.
  // "The overturned tanker": a participle before its noun describes it, it happens at no time.
  const events = [...st.lower.matchAll(re)].filter((e) => !/\b(?:fresh|renewed|new|second|another|further)\s+(?:\w+\s+)?(?:of\s+)?$/.test(st.lower.slice(Math.max(0, e.index - 25), e.index)) && !/^\s*again\b/.test(st.lower.slice(e.index + e[0].length, e.index + e[0].length + 8))
    && !describesNoun(st.lower, e.index, e[0]));
  if (!events.length) return undefined;
  const hedged = (at: number) => APPROXIMATE.test(st.lower.slice(Math.max(0, at - 25), at));
  const boundAt = (at: number) => BOUND.exec(st.lower.slice(Math.max(0, at - 25), at))?.[1] as TimeRead['bound'];
  const times = [...st.lower.matchAll(CLOCK)].map((m) => {
    const h = Number(m[1]) % 12 + (m[3].startsWith('p') ? 12 : 0);
    const rounded = !m[2] || m[2] === '00' || hedged(m.index);
    return { at: m.index, minutes: h * 60 + Number(m[2] ?? 0), rounded, text: st.text.slice(m.index, m.index + m[0].length), bound: boundAt(m.index) };
  }).filter((t) => Number(/^\d+/.exec(st.lower.slice(t.at))![0]) <= 12);
  for (const m of st.lower.matchAll(CLOCK_24)) {
    if (LABEL_BEFORE.test(st.lower.slice(0, m.index))) continue;
    // "shortly after 8:30 on Saturday night": an hour of 1 to 12 without a leading zero is on the
    // 24-hour clock only in an article that writes afternoon hours that way too.
    if (/^[1-9]:|^1[0-2]:/.test(m[0]) && !usesTwentyFourHours(st.doc)) continue;
    times.push({ at: m.index, minutes: Number(m[1]) * 60 + Number(m[2]), rounded: m[2] === '00' || hedged(m.index), text: m[0], bound: boundAt(m.index) });
  }
  // "in our 08:30 post we said …": a live blog's entry named by its time.
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i];
    if (/\bour\s+$/.test(st.lower.slice(Math.max(0, t.at - 6), t.at)) || ENTRY_AFTER.test(st.lower.slice(t.at + t.text.length, t.at + t.text.length + 12))) times.splice(i, 1);
  }
  times.sort((a, b) => a.at - b.at);
  // "reconnected at 15:10, 19 hours after the blackout began": a time said to be after or since the event is another moment's.
  const near = times.filter((t) => events.some((e) => Math.abs(e.index - t.at) <= 80 && !(e.index > t.at && RELATIVE.test(st.lower.slice(t.at, e.index)))));
  if (!near.length) return undefined;
  // Two times far apart in one sentence tell a sequence ("tear gas at 2 p.m., the square cleared by 6 p.m.").
  if (near.some((t) => apart(t.minutes, near[0].minutes) >= GAP_MIN)) return undefined;
  return { minutes: near[0].minutes, rounded: near[0].rounded, text: near[0].text, bound: near[0].bound };
}

const ENTRY_AFTER = /* @__PURE__ */ gated(/^\s*(?:entry|post|update|bulletin|broadcast)\b/);
const RELATIVE = /* @__PURE__ */ gated(/\b(?:after|since|before|until)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?$/);
// "shortly after 8 p.m.", "just before 2": which side of the time the moment fell.
const BOUND = /* @__PURE__ */ gated(/\b(?:shortly|just|soon|minutes|moments)\s+(after|before)\s*$/);
const APPROXIMATE = /* @__PURE__ */ gated(/\b(?:about|around|approximately|roughly|some|shortly|just|soon|sometime|nearly|almost|before|after|by|until|till)\s*$/);

/**
 * Different clock times for the same event in different sources: "the dispersal began only after
 * the permit expired at 6 p.m." vs "security forces moved against the crowd shortly after 2 p.m.".
 */
export function clockContradictions(statements: Statement[]): Contradiction[] {
  const out: Contradiction[] = [];
  const timed = statements.map((st) => ({ st, times: timesOf(st, readTimes) })).filter((x) => x.times);
  const series = statements.some((st) => SERIES.test(st.lower));
  for (const [k, [cls]] of EVENTS.entries()) {
    let readings: Reading[] = [];
    for (const { st, times } of timed) {
      const read = times![k];
      if (read !== undefined) readings.push({ st, minutes: read.minutes, exact: !read.rounded, day: statementDay(st) ?? relativeDay(st), text: read.text, bound: read.bound });
    }
    // Detentions are one person's: the person most of them name (a passage naming no one is taken as of that person).
    if (cls === 'detention') readings = samePerson(readings);
    if (readings.length < 2) continue;
    // "11:40 p.m. on Wednesday" and "2:15 a.m. on Thursday": times on consecutive named days are
    // compared across midnight; times further apart in days are the day detector's dispute.
    const dayCount = new Map<number, number>();
    for (const r of readings) if (r.day !== undefined) dayCount.set(r.day, (dayCount.get(r.day) ?? 0) + 1);
    const ref = [...dayCount].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0];
    const offset = (r: Reading) => (ref === undefined || r.day === undefined || r.day === ref ? 0 : r.day === (ref + 1) % 7 ? 1440 : r.day === (ref + 6) % 7 ? -1440 : Number.NaN);
    // Where the sources name two days, a time that names none cannot be placed.
    const near = readings.filter((r) => !Number.isNaN(offset(r)) && (r.day !== undefined || dayCount.size < 2));
    if (near.length < 2) continue;
    for (const r of near) r.minutes += offset(r);
    // Clusters of close times; two clusters from different sources are two accounts of one moment.
    const sorted = [...near].sort((a, b) => a.minutes - b.minutes);
    const clusters: Reading[][] = [[sorted[0]]];
    for (const r of sorted.slice(1)) {
      const last = clusters[clusters.length - 1];
      const prev = last[last.length - 1];
      if (r.minutes - prev.minutes >= gapOf(cls, prev, r, series)) clusters.push([r]);
      else last.push(r);
    }
    // Around midnight: 11:50 p.m. and 12:05 a.m. are one moment.
    const first = clusters[0][0];
    const last = clusters[clusters.length - 1].slice(-1)[0];
    if (clusters.length > 1 && dayCount.size < 2 && first.minutes + 1440 - last.minutes < gapOf(cls, last, first, series)) {
      clusters[0].unshift(...clusters.pop()!);
    }
    // "Shortly after 8 p.m." against "at 19:42": close in minutes, but on either side of the bound.
    if (clusters.length === 1) {
      const split = boundSplit(clusters[0]);
      if (split) clusters.splice(0, 1, ...split);
    }
    if (clusters.length !== 2) continue; // three or more times: a story told hour by hour
    const [a, b] = clusters;
    if (!a.some((x) => b.some((y) => y.st.file !== x.st.file))) continue;
    // Times a day apart that are not hours apart across midnight are the day detector's dispute.
    // Not so for the first case of an outbreak or a poisoning, which sources may put a day apart.
    if (dayCount.size > 1 && Math.abs(b[0].minutes - a[a.length - 1].minutes) >= 720 && cls !== 'first case') continue;
    const fmt = (at: number) => {
      const m = ((at % 1440) + 1440) % 1440;
      return `${((Math.floor(m / 60) + 11) % 12) + 1}${m % 60 ? `:${String(m % 60).padStart(2, '0')}` : ''} ${m < 720 ? 'a.m.' : 'p.m.'}`;
    };
    // A time on the 24-hour clock is shown as written.
    // "Shortly after 8 p.m." is shown as "after 8 p.m.", which is what stands against an earlier time.
    const shown = (r: Reading) => `${r.bound ? `${r.bound} ` : ''}${/[ap]\.?m\b/i.test(r.text) ? fmt(r.minutes) : r.text}`;
    const moment = MOMENTS[cls];
    out.push({
      id: '', kind: 'temporal', topic: moment ? `time ${moment}` : `time of the ${cls}`,
      summary: `When ${moment ?? `the ${cls} ${cls.endsWith('arrival') ? 'was' : 'happened'}`}: ${shown(a.find((r) => r.exact) ?? a[0])} (${voicesOf(a.map((r) => r.st))}) vs ${shown(b.find((r) => r.exact) ?? b[0])} (${voicesOf(b.map((r) => r.st))})`,
      confidence: round(0.5),
      sides: [...a.slice(0, 4).map((r) => sideOf(r.st, r.text)), ...b.slice(0, 4).map((r) => sideOf(r.st, r.text))],
    });
  }
  return out;
}

// Days a story's agreement or proceedings are dated by, each with the words that date it and the thing
// they are of: the day a contract or a deal was signed or agreed, which a leaked copy or the other party
// may put on another day ("the contract was signed on 14 April" vs "the copy we published is dated 2
// April", "agreed on Monday, April 13" vs "agreed last Friday, 10 April"), and the day a trial opened.
const DATED: Array<{ topic: string; question: string; about: RegExp; words: RegExp; month?: boolean }> = [
  // "Agreed" only of the deal itself ("the deal was agreed on Monday", "its terms were agreed"), not "the two
  // sides agreed on 3 October to hold talks".
  { topic: 'day the agreement was signed', question: 'When the agreement was signed', about: /\b(?:contract|deal|agreement|treaty|accord|memorandum|order|terms)\b/,
    words: /\b(?:signed|dated|signing|concluded)\b|\b(?:deal|agreement|accord|terms)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?agreed\b/g },
  // The trial itself as what opened ("the trial began", "his trial opened", "the first hearing"), not an
  // appeal's, and not protests or an investigation that began.
  { topic: 'day the trial began', question: 'When the trial began', about: /\b(?:trial|first\s+hearing)\b/, words: /(?<!\bappeal\s|\bretrial\s)\btrial\b[^.;]{0,20}?\b(?:began|begun|opened|started)\b|\bfirst\s+hearing\b/g },
  // When a company or an official first knew of a fault, to the month: "first identified a possible problem in
  // September 2026" against "warned the company in a memo dated March 12, 2024", "They knew in March 2024".
  { topic: 'when they first knew', question: 'When they first knew', month: true,
    // Of a company that made the thing: not owners who noticed, nor a memo announcing something else.
    about: /\b(?:company|firm|maker|manufacturer|carmaker|management|managers|executives|board|plant|factory|they)\b[^.;]{0,80}\b(?:knew|known|aware|identified|learned|learnt|warned|alerted|memo|detected)\b|\b(?:warned|alerted)\b[^.;]{0,60}\b(?:company|firm|maker|managers|management|executives|board)\b|\b(?:it|we)\s+(?:had\s+|has\s+|have\s+)?first\s+(?:knew|identified|learned|learnt|became\s+aware|detected)\b/,
    words: /\bfirst\s+(?:knew|learned|learnt|became\s+aware|identified|detected|heard)\b|\b(?:knew|known)\s+(?:about\s+(?:it|this|the\s+\w+)\s+)?(?:in|since|as\s+early\s+as|by)\b|\b(?:warned|alerted)\s+(?:\w+\s+){0,3}?in\s+a\s+(?:memo|letter|e-?mail|report)(?:\s+dated)?\b|\bmemo(?:randum)?\s+dated\b(?=[^.;]{0,60}\b(?:warned|flagged|cracked|failed|fault|defect|problem|risk)\b)/g },
  // The day a body was first told of findings: "informed the federation of the findings in a letter delivered on
  // June 1" against "learned of the results only on June 10", "was not informed of the results until 10 June".
  { topic: 'day they were first told', question: 'When they were first told',
    about: /\b(?:informed|notified|told|learned|learnt|heard|letter)\b[^.;]{0,80}\b(?:results?|findings?|tests?|positive|samples?)\b|\b(?:results?|findings?)\b[^.;]{0,60}\b(?:informed|notified|delivered|signed\s+for)\b/,
    words: /\bfirst\s+(?:told|informed|notified|heard|learned|learnt)\b|\bnot\s+(?:informed|notified|told)\s+(?:of\s+[^.;]{0,40}?\s+)?until\b|\b(?:learned|learnt|heard)\s+(?:of\s+[^.;]{0,40}?\s+)?only\b|\bletter\s+(?:[^.;]{0,40}?\s)?(?:delivered|signed\s+for)\b|\b(?:informed|notified)\s+(?:\w+\s+){0,3}?in\s+writing\b/g },
];

for (const d of DATED) Object.assign(d, { about: gated(d.about), words: gated(d.words) });

/** Different days given for the signing of the agreement a story is about, or for the opening of its trial. */
export function signingContradictions(statements: Statement[]): Contradiction[] {
  return DATED.flatMap((what) => datedContradictions(statements, what));
}

function datedContradictions(statements: Statement[], what: (typeof DATED)[number]): Contradiction[] {
  const byDay = new Map<string, Statement[]>();
  for (const st of statements) {
    if (!what.about.test(st.lower)) continue;
    const words = [...st.lower.matchAll(what.words)];
    if (!words.length) continue;
    // The full date nearest the word, within a few words of it.
    let best: { date: string; gap: number } | undefined;
    for (const d of st.dates) {
      if (!d.date || d.date.length !== (what.month ? Math.max(7, d.date.length) : 10) || d.start < st.start || d.end > st.end) continue;
      for (const w of words) {
        const at = st.start + w.index;
        const gap = d.start >= at ? d.start - (at + w[0].length) : at - d.end;
        if (gap >= 0 && gap <= (what.month ? 40 : 25) && (!best || gap < best.gap)) best = { date: what.month ? d.date.slice(0, 7) : d.date, gap };
      }
    }
    if (best) (byDay.get(best.date) ?? byDay.set(best.date, []).get(best.date)!).push(st);
  }
  if (byDay.size < 2) return [];
  const days = [...byDay].sort((a, b) => new Set(b[1].map((s) => s.file)).size - new Set(a[1].map((s) => s.file)).size);
  const [[dayA, a], [dayB, b]] = days;
  if (!a.some((x) => b.some((y) => y.file !== x.file))) return [];
  const fmt = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`).toLocaleDateString('en-GB', { ...(iso.length === 7 ? {} : { day: 'numeric' as const }), month: 'long', year: 'numeric', timeZone: 'UTC' });
  return [{
    id: '', kind: 'temporal', topic: what.topic,
    summary: `${what.question}: ${fmt(dayA)} (${voicesOf(a)}) vs ${fmt(dayB)} (${voicesOf(b)})`,
    confidence: round(0.55),
    sides: [...a.slice(0, 4).map((r) => sideOf(r, dayA)), ...b.slice(0, 4).map((r) => sideOf(r, dayB))],
  }];
}
