import type { Figure } from '../types';
import { LENGTH_FACTORS } from './lexicon';
import { fold, perPassage, type Statement } from './statements';
import { gated } from '../prefilter';

// Figures read with their passage: what a figure counts when the figure alone does not say (a
// concentration, goods kept at a site), totals a passage implies, and figures that count nothing.

// The people a vehicle carries, by the noun that counts them.
export const ABOARD_SETS: Record<string, string> = {
  passengers: 'passengers', passenger: 'passengers', crew: 'crew', crewmen: 'crew', crewmembers: 'crew', people: 'people', persons: 'people',
};

/**
 * "174 passengers and eight crew": everyone aboard, as one figure besides its two parts, so it
 * meets "at least 240 people were on board". Only counts of who was aboard are added up (or, with
 * no event named, a vehicle's passengers and crew, which is what such a pair counts).
 */
export function totalsAboard(st: Statement): Figure[] {
  const prose = st.doc.prose;
  const out: Figure[] = [];
  const figs = [...st.figures].sort((x, y) => x.start - y.start);
  for (let i = 1; i < figs.length; i++) {
    const [a, b] = [figs[i - 1], figs[i]];
    const sets = [a, b].map((f) => ABOARD_SETS[f.unit?.toLowerCase() ?? '']);
    if (!sets.includes('passengers') || !sets.includes('crew')) continue;
    if ([a, b].some((f) => f.eventClass && f.eventClass !== 'aboard') || a.low === null || b.low === null) continue;
    if (!/^\s*(?:passengers?|crew(?:\s*members)?|crewmen)\s*(?:and|plus|,)\s*$/i.test(prose.slice(a.end, b.start))) continue;
    const end = b.end + (/^\s*(?:passengers?|crew(?:\s*members)?|crewmen)\b/i.exec(prose.slice(b.end))?.[0].length ?? 0);
    out.push({
      start: a.start, end, text: prose.slice(a.start, end), low: a.low + b.low, high: a.high === null || b.high === null ? null : a.high + b.high,
      unit: 'people', unitClass: 'people', event: 'aboard', eventClass: 'aboard', approximate: a.approximate || b.approximate,
    });
  }
  return out;
}

// "fired once", "fired twice", "fired three times", "fired a single shot": how many shots, in words.
const FIRED_TIMES = /* @__PURE__ */ gated(/\b(?:fired|shot|pulled\s+the\s+trigger)\s+(?:(once|twice)|(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times|(?:a\s+)?(single|one)\s+(?:shot|round|bullet))\b/g);
const SMALL_NUMBERS: Record<string, number> = { once: 1, twice: 2, single: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Shots counted by how often someone fired ("fired once", "fired three times"), as a count of shots. */
export function shotsFired(st: Statement): Figure[] {
  // Made on first use: this module loads while statements.ts, which it imports, is still loading.
  shotsOf ??= perPassage<Figure[]>();
  return shotsOf(st, readShots);
}
let shotsOf: ((st: Statement, make: (st: Statement) => Figure[]) => Figure[]) | undefined;
// Most passages fire nothing and repay nothing: one shared empty list, not one each.
const NO_FIGURES: Figure[] = [];
function readShots(st: Statement): Figure[] {
  const out: Figure[] = [];
  const base = st.start;
  for (const m of st.lower.matchAll(FIRED_TIMES)) {
    const word = m[1] ?? m[2] ?? m[3];
    const n = SMALL_NUMBERS[word] ?? Number(word);
    if (!Number.isFinite(n)) continue;
    const start = base + m.index;
    const end = start + m[0].length;
    if (st.figures.some((f) => f.start < end && start < f.end)) continue;
    out.push({ start, end, text: st.doc.prose.slice(start, end), low: n, high: n, unit: 'shots', unitClass: 'shot', event: 'fired', eventClass: 'fired', approximate: false });
  }
  return out.length ? out : NO_FIGURES;
}

// What the air or water holds, as news reports a leak: "recorded 140 ppm", "never exceeded 20 ppm".
const SUBSTANCE = /* @__PURE__ */ gated(/\b(ammonia|chlorine|sulphur dioxide|sulfur dioxide|nitrogen dioxide|carbon monoxide|hydrogen sulphide|hydrogen sulfide|hydrogen cyanide|benzene|methane|ozone|arsenic|mercury|cyanide|radiation|caesium|cesium|iodine)\b/);
const MEASURED = /* @__PURE__ */ gated(/\b(?:record(?:ed|s|ing)?|measur(?:ed|es|ing|ements?)|reach(?:ed|es)|readings?|levels?|detect(?:ed|s)|peak(?:ed|s)|concentrations?|exceed(?:ed|s)?|went above|rose (?:to|above))\b/);
// A limit or a threshold is no reading: "the workplace limit of 25 ppm", "above 300 ppm it becomes lethal".
const LIMIT = /* @__PURE__ */ gated(/\b(?:limits?|thresholds?|standards?|guidelines?|maximum|safe levels?|allowed|permitted|legal)\s+(?:\w+\s+)?(?:of|is|was|at|set at)?\s*$/);
const GENERIC_LEVEL = /* @__PURE__ */ gated(/^\s*(?:ppm|parts per million|mg\/m3|milligrams per cubic met(?:re|er))?(?:\s*\([^)]*\))?\s*,?\s*(?:it|this|that|the gas|the air|exposure)\s+(?:becomes|is|can|starts|causes)\b/);
// "never exceeded 20 ppm", "did not go above 20 ppm", "stayed below 20 ppm": at most that.
const AT_MOST = /* @__PURE__ */ gated(/(?:\b(?:never|not|no higher than|no more than)|n't)\s+(?:\w+\s+)?(?:exceed(?:ed)?|go above|went above|rise above|rose above|top(?:ped)?|pass(?:ed)?)?\s*["“]?\s*$|\b(?:below|under|within)\s*$/);

/** The substance named nearest a figure in its passage: "chlorine fell to 0.2 mg/l while ammonia reached 140 ppm". */
function nearestSubstance(lower: string, at: number): string | undefined {
  let best: string | undefined;
  let gap = Infinity;
  for (const m of lower.matchAll(new RegExp(SUBSTANCE.source, 'g'))) {
    const d = Math.abs(m.index - at);
    if (d < gap) [best, gap] = [m[1], d];
  }
  return best;
}

/** A figure of a substance's concentration read from the passage: its substance, unit and the range it allows. */
function concentration(st: Statement, f: Figure): Figure | undefined {
  const prose = st.doc.prose;
  const u = f.unit?.toLowerCase() ?? '';
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 60)));
  const dose = doseRate(u, after);
  if (dose) return doseReading(st, f, dose);
  const unit = u === 'ppm' || (u === 'parts' && /^\s*parts per million/.test(after)) ? 'ppm'
    : (u === 'mg' || u === 'milligrams') && /^\s*(?:mg|milligrams)?\s*(?:\/\s*m3|per cubic met)/.test(after) ? 'mg/m3' : undefined;
  if (!unit || f.low === null && f.high === null) return undefined;
  const before = fold(prose.slice(Math.max(st.start, f.start - 40), f.start));
  if (LIMIT.test(before) || GENERIC_LEVEL.test(after.replace(/^\s*(?:parts per million|ppm)/, '')) || !MEASURED.test(st.lower)) return undefined;
  const substance = nearestSubstance(st.lower, f.start - st.start) ?? SUBSTANCE.exec(fold(st.doc.text).toLowerCase())?.[1];
  if (!substance) return undefined;
  const value = Number(/[\d.,]+/.exec(f.text)?.[0].replace(/,/g, ''));
  const atMost = AT_MOST.test(before.replace(/\b(?:above|over|more than)\s*$/, '')) && Number.isFinite(value);
  return {
    ...f, unit, unitClass: substance, event: 'concentration', eventClass: 'concentration',
    ...(atMost ? { low: 0, high: value, text: `at most ${value} ${unit}` } : { text: `${f.text} ${unit}` }),
  };
}

// A radiation dose rate, in microsieverts an hour: "0.31 microsieverts per hour", "310 nSv/h".
const SIEVERT_FACTORS: Record<string, number> = { nano: 0.001, n: 0.001, micro: 1, 'µ': 1, 'μ': 1, u: 1, milli: 1000, m: 1000 };
const PER_HOUR = /* @__PURE__ */ gated(/^\s*(?:(?:nano|micro|milli)?sieverts?|[nmuµμ]?sv)?\s*(?:per\s+hour|an\s+hour|\/\s*h(?:our|r)?\b)/i);
// Where a reading was taken, when it was at the plant's edge: a reading in a town is another one.
const AT_FENCE = /* @__PURE__ */ gated(/\b(?:at|on|along|near|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:fence|perimeter|boundary|gate)\b/);

/** The factor to microsieverts an hour of a dose-rate unit ("microsieverts" before "per hour", "µSv" before "/h"). */
function doseRate(unit: string, after: string): number | undefined {
  const m = /^(nano|micro|milli|n|µ|μ|u|m)(?:sieverts?|sv)$/.exec(unit);
  return m && PER_HOUR.test(after) ? SIEVERT_FACTORS[m[1]] : undefined;
}

/** A dose rate measured: in microsieverts an hour, keyed by whether it was read at the site's fence. */
function doseReading(st: Statement, f: Figure, factor: number): Figure | undefined {
  if (f.low === null || !MEASURED.test(st.lower)) return undefined;
  const before = fold(st.doc.prose.slice(Math.max(st.start, f.start - 40), f.start));
  if (LIMIT.test(before)) return undefined;
  const where = AT_FENCE.test(st.lower) ? 'radiation at the fence' : 'radiation';
  const scale = (x: number | null) => (x === null ? null : Math.round(x * factor * 1e6) / 1e6);
  const atMost = AT_MOST.test(before.replace(/\b(?:above|over|more than)\s*$/, ''));
  return { ...f, text: `${f.text} ${f.unit} per hour`, unit: 'µSv/h', unitClass: where, event: 'concentration', eventClass: 'concentration', low: atMost ? 0 : scale(f.low), high: scale(f.high) };
}

// A sum named by what it is for: "a reward of 250,000 talars", "offered 500,000 talars" where the
// passage speaks of a reward, "bail of 20,000 euros".
const SUM_FOR = /* @__PURE__ */ gated(/\b(reward|bounty|bail)\s+(?:of|worth|totall?ing|amounting\s+to|set\s+at)\s+(?:about\s+|some\s+|up\s+to\s+|nearly\s+)?$/);
const OFFERED = /* @__PURE__ */ gated(/\b(?:offer(?:ed|ing|s)?|announc(?:ed|ing|es)|put\s+up|posted|set)\s+(?:a\s+|an\s+)?$/);

/** A reward offered or bail set, as the sum a passage gives for it. */
function sumFor(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass || (f.unitClass !== 'money' && !(f.unit && /^[\p{Ll}]+s$/u.test(f.unit)))) return undefined;
  const before = fold(st.doc.prose.slice(Math.max(st.start, f.start - 40), f.start)).toLowerCase();
  let purpose = SUM_FOR.exec(before)?.[1];
  if (!purpose && OFFERED.test(before) && /\b(?:reward|bounty)\b/.test(st.lower)) purpose = 'reward';
  if (!purpose) return undefined;
  return { ...f, unitClass: (f.unit ?? 'money').toLowerCase(), event: purpose === 'bail' ? 'bail' : 'reward', eventClass: purpose === 'bail' ? 'bail' : 'reward' };
}

// How high an ash or smoke column rose: "the ash column reached 18 km", "a plume 12 km high".
const PLUME = /* @__PURE__ */ gated(/\b(?:column|plume|cloud)\b/);
const PLUME_BEFORE = /* @__PURE__ */ gated(/\b(?:column|plume|cloud)\b[^.;]{0,40}?\b(?:reached|reaching|rose|rising|climbed|climbing|towered|soared|shot|to\s+a\s+height\s+of|height\s+of|up\s+to)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+)?$/);
const HIGH_AFTER = /* @__PURE__ */ gated(/^\s*(?:high|tall|into\s+the\s+(?:sky|air|atmosphere|stratosphere))\b/);

/** The height an eruption's or a fire's column rose to, in metres. */
function plumeHeight(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass || !LENGTH_FACTORS[f.unit?.toLowerCase() ?? ''] || !PLUME.test(st.lower) || !/\b(?:ash|smoke|eruption|volcan\w*|steam)\b/.test(st.lower)) return undefined;
  const prose = st.doc.prose;
  const before = fold(prose.slice(Math.max(st.start, f.start - 70), f.start)).toLowerCase();
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase().replace(/^\s*[a-z]+/, '');
  if (!PLUME_BEFORE.test(before) && !HIGH_AFTER.test(after)) return undefined;
  // "3 km above the crater" and "11 km above sea level" measure from two places.
  if (/^\s*(?:[a-z]+\s+)?above\s+(?:the\s+)?(?:crater|summit|vent|volcano|peak|mountain|dome)\b/.test(fold(st.doc.prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase())) return undefined;
  return { ...f, event: 'plume height', eventClass: 'plume height', unitClass: 'length' };
}

// How high the waves or a surge came: "recorded waves of up to 4 meters", "waves as high as 9 metres struck the
// seafront", "a storm surge of 3 metres", "four-meter waves". Not a depth or a height of anything else.
const WAVE_BEFORE = /* @__PURE__ */ gated(/\b(?:waves?|surge|swell|tsunami|wall\s+of\s+water)\b[^.;]{0,25}?\b(?:of|as\s+high\s+as|up\s+to|reaching|reached|topped|higher\s+than|at)\s+(?:up\s+to\s+|about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+|around\s+)?$/);
const WAVE_AFTER = /* @__PURE__ */ gated(/^\s*(?:\(\s*[\d.,]+\s*(?:feet|ft|foot)\s*\)\s*)?(?:-?\s*(?:high|tall)\s+)?(?:waves?|surge|swell|tsunami|wall\s+of\s+water)\b/);

/** The height of the waves that came ashore, in metres. */
function waveHeight(st: Statement, f: Figure): Figure | undefined {
  // "waves of up to 4 metres" are open below; "waves as high as 9 metres struck" may carry the verb as their event.
  if (f.high === null || (f.eventClass && f.eventClass !== 'hit') || !LENGTH_FACTORS[f.unit?.toLowerCase() ?? ''] || !/\b(?:waves?|surge|swell|tsunami|wall\s+of\s+water)\b/.test(st.lower)) return undefined;
  const prose = st.doc.prose;
  const before = fold(prose.slice(Math.max(st.start, f.start - 60), f.start)).toLowerCase();
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase();
  // "waves reached 300 metres inland", "the surge reached 500 metres into the town": how far, not how high.
  if (/^\s*(?:inland|from|along|into|beyond|across|of\s+(?:coast|shore|beach))\b/.test(after)) return undefined;
  if (!WAVE_BEFORE.test(before) && !WAVE_AFTER.test(after)) return undefined;
  // "Forecasters had warned of waves of up to 3 metres": what was expected, not what came.
  if (/\b(?:warn\w*|forecast\w*|expect\w*|predict\w*|could|may|might|would|will|possible)\b/.test(before)) return undefined;
  // A storm surge (the sea's rise) and the waves on it are two heights.
  const surge = /\bsurge\b/.test(before + after) && !/\bwaves?\b/.test(before + after);
  return { ...f, event: surge ? 'surge height' : 'wave height', eventClass: surge ? 'surge height' : 'wave height', unitClass: 'length' };
}

// How long repairs will take: "the line will be back in service within four weeks", "repairs could take up to
// five months", "will take two years to rebuild". Compared in days.
const REPAIR_BEFORE = /* @__PURE__ */ gated(/\b(?:repair(?:s|ed|ing)?|fix(?:ed|ing)?|restor(?:e|ed|ing)|rebuil(?:d|t|ding)|back\s+(?:in|into)\s+(?:service|operation)|back\s+online)\b[^.;]{0,50}?\b(?:take|takes|taking|took|within|in|for)\s+["'“‘]?\s*(?:up\s+to\s+|about\s+|some\s+|at\s+least\s+|as\s+(?:long\s+as|much\s+as|little\s+as)\s+|more\s+than\s+|less\s+than\s+|nearly\s+|around\s+)?$/);
const REPAIR_AFTER = /* @__PURE__ */ gated(/^\s*(?:to\s+(?:repair|fix|restore|rebuild)|(?:of|for)\s+repairs?)\b/);
const DAYS_IN: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30, year: 365, years: 365 };

/** How long a repair is to take, in days. */
function repairTime(st: Statement, f: Figure): Figure | undefined {
  const days = DAYS_IN[f.unit?.toLowerCase() ?? ''];
  if (!days || f.high === null || (f.eventClass && f.eventClass !== 'closure') || !/\b(?:repair|fix|restor|rebuil|back\s+(?:in|into)\s+(?:service|operation)|back\s+online)/.test(st.lower)) return undefined;
  const prose = st.doc.prose;
  const before = fold(prose.slice(Math.max(st.start, f.start - 80), f.start)).toLowerCase();
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 30))).toLowerCase();
  if (!REPAIR_BEFORE.test(before) && !REPAIR_AFTER.test(after)) return undefined;
  // "In 2024, when a trawler cut a cable, repairs took 11 days": an earlier repair is no estimate of this one.
  if (/\b(?:19|20)\d\d\b|\b(?:last|previous|earlier)\s+(?:time|repair|break|outage)\b|\bfor\s+comparison\b/.test(fold(prose.slice(st.start, f.start)).toLowerCase())) return undefined;
  // An estimate: "within four weeks" and "up to five months" are the times each side expects, not bounds that overlap.
  // Shown with its own unit ("four weeks", "up to five months"): the two may be given in different ones.
  return { ...f, text: `${f.text} ${f.unit}`, low: f.high * days, high: f.high * days, unit: 'days', unitClass: 'days', event: 'repair time', eventClass: 'repair time' };
}

// Goods kept at a site, as news reports what was in a warehouse or a tank: "held 1,200 tonnes", "there were about 3,000 tonnes".
const BULK = /* @__PURE__ */ gated(/^(?:tonnes?|tons?|kilograms?|kg|litres?|liters?|barrels?|gallons?)$/i);
const KEPT_BEFORE = /* @__PURE__ */ gated(/\b(?:held|holds|stored|stores|kept|keeps|stockpiled|contained|contains|(?:there|which)\s+(?:were|was|are|is))\s+(?:\w+\s+){0,2}$/);
// What may be kept, not what was: "a permit of 1,500 tonnes", "licensed to store 2,000 tonnes".
const ALLOWED_BEFORE = /* @__PURE__ */ gated(/\b(?:permits?|licen[cs]es?|limits?|capacity|allowed|permitted|maximum|up to|licensed|authori[sz]ed)\b[^.;]{0,25}$/);

/** A figure of goods kept at a site ("the warehouse held 1,200 tonnes"), as a count of what was stored. */
function stored(st: Statement, f: Figure): Figure | undefined {
  if ((f.eventClass && f.eventClass !== 'held') || !BULK.test(f.unit ?? '')) return undefined;
  const before = fold(st.doc.prose.slice(Math.max(st.start, f.start - 40), f.start));
  if (!KEPT_BEFORE.test(before) || ALLOWED_BEFORE.test(before)) return undefined;
  return { ...f, event: 'stored', eventClass: 'stored', unitClass: f.unitClass ?? f.unit };
}

// An outbreak's counts: "cases" of a disease, not court cases, and confirmed apart from suspected ones.
const DISEASE = /* @__PURE__ */ gated(/\b(?:outbreak|epidemic|infect\w*|disease|virus|bacteri\w*|cholera|e\. coli|measles|influenza|flu|covid|dysentery|typhoid|legionella|salmonella|symptoms|patients)\b/);
const SUSPECTED = /* @__PURE__ */ gated(/\b(?:suspected|probable|possible|presumed)\b/);
const CONFIRMED = /* @__PURE__ */ gated(/\bconfirmed\b/);

/** Cases of illness, as the set they count: confirmed, suspected, or people ill; undefined outside an outbreak. */
function cases(st: Statement, f: Figure): Figure | undefined {
  if (f.eventClass !== 'ill') return undefined;
  if (!DISEASE.test(st.lower) && !DISEASE.test(fold(st.doc.prose.slice(0, 3000)).toLowerCase())) return { ...f, eventClass: null };
  // The words of this figure alone: "41 confirmed cases and 120 suspected cases" are two sets.
  const before = fold(st.doc.prose.slice(Math.max(st.start, f.start - 30), f.start)).toLowerCase().split(/[,;]|\band\b|\d/).pop() ?? '';
  const after = fold(st.doc.prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase().split(/[,;]|\band\b|\bor\b|\d/)[0];
  const own = `${before} ${after}`;
  const set = SUSPECTED.test(own) ? 'suspected' : CONFIRMED.test(own) ? 'confirmed' : 'people';
  return { ...f, unitClass: set };
}

// Another quake than the main one: "a magnitude 5.2 aftershock", "the 4.1 foreshock".
const OTHER_SHOCK = /* @__PURE__ */ gated(/\b(?:after-?shocks?|fore-?shocks?|tremors?)\b/);
// Seismologists' estimates differ by a tenth or two as a matter of course; a reader flags more.
const MAGNITUDE_SLACK = 0.1;

/** An earthquake's magnitude, when the figure gives the main shock's and not an aftershock's. */
function magnitude(st: Statement, f: Figure): Figure | undefined {
  if (f.unitClass !== 'magnitude' || f.low === null || f.high === null) return undefined;
  const prose = st.doc.prose;
  const before = fold(prose.slice(Math.max(st.start, f.start - 40), f.start)).toLowerCase().split(/[,;]/).pop() ?? '';
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase().split(/[,;]/)[0];
  if (OTHER_SHOCK.test(before) || OTHER_SHOCK.test(after)) return undefined;
  return { ...f, low: f.low - MAGNITUDE_SLACK, high: f.high + MAGNITUDE_SLACK, event: 'magnitude', eventClass: 'magnitude', unitClass: 'earthquake' };
}

// What a contract is worth, as political news disputes it: "the contract was worth 48.6 million lorins",
// "the deal commits the ministry to paying 84 million". Not a part ("a first instalment of 12 million")
// and not a contract named by its price ("a 9.4 million order for beds"), which may be another one.
const VALUE_BEFORE = /* @__PURE__ */ gated(/\b(?:contract|deal|agreement|order|purchase|procurement)\b[^.;"“”]{0,40}?\b(?:(?:is|was|were|are|be|been)\s+)?(?:worth|valued\s+at|priced\s+at|(?:commits?|committ(?:ed|ing)|obliges?|obliged|obliging|binds?)\s+(?:[\w'’]+\s+){1,4}?to(?:\s+(?:pay|paying|spend|spending))?)\s+$/);
const VALUE_OF = /* @__PURE__ */ gated(/\bvalue\s+of\s+(?:the\s+)?(?:contract|deal|agreement|order)\s+(?:is|was|at|to|of)\s+(?:put\s+at\s+|set\s+at\s+)?$/);
const LARGE = /* @__PURE__ */ gated(/\b(?:million|billion|thousand|m|bn)\b/i);
// The same contract with tax added is another sum: "59.8 million including VAT".
const WITH_TAX = /* @__PURE__ */ gated(/^\s*(?:[\w'’]+\s+){0,2}?\(?(?:including|incl\.?|with|plus|inclusive\s+of)\s+(?:vat|tax|sales\s+tax)\b/);

/** A contract's value, as the sum a passage gives for it. */
function contractValue(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass) return undefined;
  if (f.unitClass !== 'money' && !(f.unit && LARGE.test(f.text))) return undefined;
  const prose = st.doc.prose;
  const before = fold(prose.slice(Math.max(st.start, f.start - 90), f.start)).toLowerCase();
  if (!VALUE_BEFORE.test(before) && !VALUE_OF.test(before)) return undefined;
  if (/\b(?:instal?ments?|tranche|advance|down\s+payment|deposit|first\s+payment)\b/.test(before.slice(-50))) return undefined;
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase();
  const unit = (f.unit ?? 'money').toLowerCase();
  return { ...f, unitClass: WITH_TAX.test(after) ? `${unit} with tax` : unit, event: 'contract value', eventClass: 'contract value' };
}

// What a sponsor or a client pays each year: "Lumivo pays this federation six million zlateks a year",
// "the sponsorship is worth 2.8 million a year", "puts its payments at six million a year".
const PAYS_BEFORE = /* @__PURE__ */ gated(/\b(?:pays?|paid|paying|payments?|sponsorship|sponsors?|support|fee|fees|deal)\b[^.;"“”]{0,50}$/);
const A_YEAR = /* @__PURE__ */ gated(/^\s*(?:[\w'’]+\s+)?(?:a|per|each|every)\s+year\b|^\s*(?:[\w'’]+\s+)?(?:annually|yearly)\b/);

/** A sum paid each year, as the passage gives it. */
function yearlyPayment(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass || (f.unitClass !== 'money' && !(f.unit && LARGE.test(f.text)))) return undefined;
  const prose = st.doc.prose;
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 30))).toLowerCase();
  if (!A_YEAR.test(after)) return undefined;
  if (!PAYS_BEFORE.test(fold(prose.slice(Math.max(st.start, f.start - 60), f.start)).toLowerCase())) return undefined;
  return { ...f, unitClass: (f.unit ?? 'money').toLowerCase(), event: 'paid a year', eventClass: 'paid a year' };
}

// What loans came to: "two loans worth 29 million lorins in total", "three loans from the state bank since
// March 2024, worth a total of 46 million". Not one instalment or one loan of several.
// A counted set of loans ("two loans", "the loans", "both loans"), not loans in general ("made loans to 400 firms").
const LOANS_BEFORE = /* @__PURE__ */ gated(/\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|both|the|these|those|its|their|her|his)\s+(?:[\w-]+\s+)?loans\b[^.;"“”]{0,90}?\b(?:worth|totall?ing|amounting\s+to|valued\s+at)\s+(?:a\s+total\s+of\s+|in\s+all\s+|some\s+)?$/);

/** The sum of the loans a story is about. */
function loansValue(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass) return undefined;
  if (f.unitClass !== 'money' && !(f.unit && LARGE.test(f.text))) return undefined;
  const before = fold(st.doc.prose.slice(Math.max(st.start, f.start - 120), f.start)).toLowerCase();
  if (!LOANS_BEFORE.test(before) || /\b(?:instal?ments?|tranche|first\s+loan|second\s+loan|third\s+loan|one\s+of\s+the\s+loans)\b/.test(before.slice(-60))) return undefined;
  return { ...f, unitClass: (f.unit ?? 'money').toLowerCase(), event: 'loans', eventClass: 'loans' };
}

// How far a price is above the market: "cost 62 percent more than the market price", "no more than
// 10 percent above the market average", "the premium was no more than 10%".
const PREMIUM_AFTER = /* @__PURE__ */ gated(/^\s*(?:(?:percent|per\s+cent|%)\s*)?(?:more|higher|above|over|dearer|extra)\b[^.;]{0,50}?\b(?:market|average\s+price|going\s+rate|list\s+price|neighbou?ring\s+countries|other\s+(?:buyers|hospitals|countries|governments)|elsewhere)\b/);
const PREMIUM_BEFORE = /* @__PURE__ */ gated(/\b(?:premium|mark-?up|overpa(?:id|yment|ying)|overcharg(?:ed|ing))\s+(?:was\s+|is\s+|of\s+|by\s+)?$/);

/** A share a price was above the market by. */
function premium(st: Statement, f: Figure): Figure | undefined {
  if (f.unitClass !== 'percent' || (f.eventClass && f.eventClass !== 'spent')) return undefined;
  const prose = st.doc.prose;
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 70))).toLowerCase();
  const before = fold(prose.slice(Math.max(st.start, f.start - 30), f.start)).toLowerCase();
  if (!PREMIUM_AFTER.test(after) && !PREMIUM_BEFORE.test(before)) return undefined;
  return { ...f, event: 'premium', eventClass: 'premium' };
}

// Records a breach took, as data-breach stories dispute them: "stole the records of 1.2 million patients",
// "the records of 310,000 patients were copied". Not a part: "about 86,000 of them from St Oda's".
const RECORD_UNITS = /* @__PURE__ */ gated(/^(?:records?|patients?|customers?|users?|clients?|people|persons|accounts?|members?|employees?|staff|students?|voters?|citizens?)$/i);
const TAKEN = /* @__PURE__ */ gated(/\b(?:stole|stolen|steal|copied|copy|took|taken|take|leaked|leak|exfiltrated|exposed|accessed|compromised|breached|downloaded|dumped|published)\b/);
const RECORDS = /* @__PURE__ */ gated(/\b(?:records?|data|details|files|information|accounts?)\b/);

// Who a body has, not what was taken: "its 40,000 staff", "which serves 2.4 million customers"; a part: "include those of 86,000".
const HELD_BEFORE = /* @__PURE__ */ gated(/\b(?:has|have|had|having|serves?|served|serving|employs?|employing|treats?|treating|covers?|its|their|includ\w*\s+(?:(?:the\s+)?(?:records|data|details|files)\s+|those\s+)?of)\s+(?:(?:about|some|around|nearly|almost|over|roughly|more\s+than)\s+)?$/);
// Nothing taken: "no data was stolen", "records were not accessed".
const NONE_TAKEN = /* @__PURE__ */ gated(/\bno\s+(?:[\w'’]+\s+){0,2}?(?:data|records|details|files|information)\b|\b(?:not|never)\s+(?:been\s+)?(?:stolen|taken|copied|accessed|exfiltrated|leaked)\b|n[’']t\s+(?:been\s+)?(?:stolen|taken|copied|accessed)\b/);

/** A count of the records a breach took. */
function recordsTaken(st: Statement, f: Figure): Figure | undefined {
  if ((f.eventClass && f.eventClass !== 'exposed') || f.low === null || !RECORD_UNITS.test(f.unit ?? '')) return undefined;
  const prose = st.doc.prose;
  // The figure's own clause: "The trust, which has 2.4 million customers, says hackers stole…" gives no count taken.
  const before = fold(prose.slice(Math.max(st.start, f.start - 60), f.start)).toLowerCase().split(/[,;:()—–]/).pop() ?? '';
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 60))).toLowerCase().split(/[,;:()—–]/)[0];
  const near = `${before} ${after}`;
  if (!TAKEN.test(near) || !RECORDS.test(near) || HELD_BEFORE.test(before) || NONE_TAKEN.test(near)) return undefined;
  if (/^\s*(?:\w+\s+)?of\s+(?:them|these|those|whom)\b/.test(after)) return undefined;
  return { ...f, unit: 'records', unitClass: 'records', event: 'stolen', eventClass: 'records taken' };
}

// An election's turnout: "Turnout was 68.4 percent", "puts turnout at 68.4 percent", "The CEC puts it at
// 68.4 percent" after a sentence about turnout; "turnout in Ostrel Province was 79.6 percent" is a province's.
const IT_AT = /* @__PURE__ */ gated(/\b(?:puts?|putting|estimates?d?|gives?|gave)\s+it\s+at\s*$|\bsays?\s+(?:real|actual|true)\s+turnout\s+was\s*$/);

// Turnout so far on the day, not the final one: "by midday", "as of 3 p.m.", "midday turnout".
const SO_FAR = /* @__PURE__ */ gated(/\b(?:by|at|as\s+of|until|before)\s+(midday|noon|lunchtime|mid-?(?:morning|afternoon)|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|h\b|o['’]clock)|\d{1,2}[:.]\d\d)|\b(midday|noon|early|morning|afternoon|provisional|partial)\s+turnout\b/);
// The same after the figure: "turnout stood at 54.7 percent at 6 p.m. on Sunday".
const SO_FAR_AFTER = /* @__PURE__ */ gated(/^\s*(?:percent|per\s+cent|%)?\s*,?\s*(?:by|at|as\s+of)\s+(midday|noon|lunchtime|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|h\b|o['’]clock)|\d{1,2}[:.]\d\d)/);
const OTHER_VOTE = /* @__PURE__ */ gated(/\b(?:last\s+year['’]?s?|previous|(?:19|20)\d\d|last\s+(?:election|referendum|vote|poll))\b/);
const AREA = /* @__PURE__ */ gated(/\b(?:in|across)\s+(?:the\s+)?((?:[\w'’-]+\s+)?(?:district|province|region|county|constituency|municipality|oblast|state))\b/);
// A group's turnout: "turnout among young voters was", "youth turnout", "turnout abroad".
const GROUP_AFTER = /* @__PURE__ */ gated(/^turnout\s+(?:among|of|for)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:was|were|is|are|stood|reached|had|has|hit|rose|fell|came|of|at)\b/);
const GROUP_BEFORE = /* @__PURE__ */ gated(/\b(youth|women's|women’s|female|male|diaspora|overseas|postal|student|first-time)\s+(?:voter\s+)?turnout\b/);

const percentText = (f: Figure): string => (/%|percent|per cent/i.test(f.text) ? f.text : `${f.text}%`);

/** A turnout figure, scoped to the place the clause names between "turnout" and the figure. */
function turnout(st: Statement, f: Figure): Figure | undefined {
  if (f.unitClass !== 'percent' || f.low === null) return undefined;
  const prose = st.doc.prose;
  const clause = fold(prose.slice(Math.max(st.start, f.start - 80), f.start)).toLowerCase().split(/[.;:]|\d\s*(?:percent|%)/).pop() ?? '';
  const at = clause.lastIndexOf('turnout');
  const previous = fold(prose.slice(Math.max(0, st.start - 200), st.start)).toLowerCase();
  if (at < 0 && !(IT_AT.test(clause) && previous.includes('turnout'))) return undefined;
  // Another election's ("last year's referendum drew a turnout of 44 percent"), or a survey's, is no reading of this one.
  if (OTHER_VOTE.test(st.lower) || OPINION_POLL.test(st.lower)) return undefined;
  const from = f.start - clause.length + Math.max(0, at);
  const named = st.mentions.find((m) => m.type === 'place' && m.start >= from && m.end <= f.start);
  // "In the Orvel district, turnout was 72 percent": an area's, named or not.
  const area = named ? undefined : AREA.exec(fold(prose.slice(st.start, f.start)).toLowerCase());
  const place = named ?? (area ? { actor: undefined, text: area[1] } : undefined);
  // A count so far ("By midday turnout had reached 24.5 percent") or a group's ("turnout among young
  // voters") is its own figure, keyed by its words.
  const sofar = (SO_FAR.exec(clause) ?? SO_FAR_AFTER.exec(fold(prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase()))?.[1]?.replace(/\s+/g, ' ');
  const group = (GROUP_AFTER.exec(clause.slice(Math.max(0, at))) ?? GROUP_BEFORE.exec(clause))?.[1]?.replace(/\s+/g, ' ');
  const scope = `${sofar ? ` by ${sofar}` : ''}${group ? ` among ${group}` : ''}`;
  // The unit class keys by actor and names by text: "a7#Ostrel Province".
  return { ...f, text: percentText(f), event: 'turnout', eventClass: 'turnout', unitClass: place ? `${place.actor ?? place.text}${scope}#turnout${scope} in ${place.text}` : `${scope}#turnout${scope}` };
}

// A candidate's share of the vote: "gives Mandros 46.3 percent", "won with 51.8 percent of the vote",
// "46.3 percent for Mandros".
const VOTE = /* @__PURE__ */ gated(/\b(?:vote|votes|ballots?|result|results|count|tally|won|wins|win|elected|re-elected|election|polls?)\b/);

// A survey's figure is no result: "a poll last week gave him 44 percent", "an exit poll", "projected".
const OPINION_POLL = /* @__PURE__ */ gated(/\b(?:(?:opinion|exit|last|latest|recent|final|pre-election)\s+polls?|polls?\s+(?:by|from|for|of|published|conducted|carried|last|taken|released|gave|gives|put|puts|showed|shows|suggested|suggests|had|has|before|ahead)|polling\s+(?:firm|company|agency|institute|data|figures)|surveys?|pollsters?|forecasts?|projections?|projected)\b/);

/** A vote share, as the share of the person the clause gives it to. */
function voteShare(st: Statement, f: Figure): Figure | undefined {
  if (f.unitClass !== 'percent' || f.low === null || !VOTE.test(st.lower) || OPINION_POLL.test(st.lower)) return undefined;
  const prose = st.doc.prose;
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase();
  if (/^\s*(?:percent|per\s+cent|%)?\s*(?:of\s+(?:respondents|those|people|voters\s+(?:said|say))|said|say)\b/.test(after)) return undefined;
  const people = st.mentions.filter((m) => m.type === 'person' && m.actor);
  // "for Mandros" right after the figure names whose share it is.
  const forWhom = /^\s*(?:percent|per\s+cent|%)?\s*(?:of\s+the\s+vote\s+)?for\s+$/.exec(fold(prose.slice(f.end, Math.min(st.end, f.end + 30))).toLowerCase().replace(/(?:\s+for\s+)\S.*$/, ' for '));
  let who = forWhom ? people.find((m) => m.start >= f.end && m.start - f.end <= 30) : undefined;
  if (!who) {
    // Else the last person named before it in the clause, with no other figure between.
    const before = people.filter((m) => m.end <= f.start && f.start - m.end <= 80 && !/[.;]|\d\s*(?:percent|%)/.test(prose.slice(m.end, f.start)));
    who = before[before.length - 1];
  }
  if (!who) return undefined;
  return { ...f, text: percentText(f), event: 'vote share', eventClass: 'vote share', unitClass: `${who.actor}#share of the vote for ${prose.slice(who.start, who.end)}` };
}

// Money taken out of a bank, a fund or a market, as a run or a crash is disputed: "savers pulled 1.8
// billion out of the bank", "withdrawals came to 1.8 billion", "1.8 billion was withdrawn".
const WITHDRAWN_BEFORE = /* @__PURE__ */ gated(/\b(?:withdrawals?|outflows?)\b[^.;"“”]{0,50}?\b(?:came\s+to|totall?(?:ed|ing)|reached|amounted\s+to|at|of|were|was|hit|topped)\s+$|\b(?:withdrew|withdrawn|withdrawing|withdraw)\s+$/);
const TAKEN_OUT_BEFORE = /* @__PURE__ */ gated(/\b(?:pulled|pulling|took|taken|taking|moved|moving|drained|withdrew|withdrawn)\s+$/);
const OUT_OF_AFTER = /* @__PURE__ */ gated(/^\s*(?:[\w'’]+\s+){0,2}?out(?:\s+of)?\b/);
const WAS_WITHDRAWN_AFTER = /* @__PURE__ */ gated(/^\s*(?:[\w'’]+\s+){0,2}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:withdrawn|pulled\s+out|taken\s+out)\b/);

/** A sum withdrawn (from a bank, a fund), keyed by its currency. */
function withdrawn(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass) return undefined;
  if (f.unitClass !== 'money' && !(f.unit && LARGE.test(f.text))) return undefined;
  const prose = st.doc.prose;
  const before = fold(prose.slice(Math.max(st.start, f.start - 90), f.start)).toLowerCase();
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase();
  if (!WITHDRAWN_BEFORE.test(before) && !(TAKEN_OUT_BEFORE.test(before) && OUT_OF_AFTER.test(after)) && !WAS_WITHDRAWN_AFTER.test(after)) return undefined;
  // A limit on what may be taken is no sum taken: "withdraw up to 1,500 a day".
  if (/\b(?:up\s+to|limit|cap|maximum|at\s+most|no\s+more\s+than)\s+$/.test(before) || /^\s*(?:[\w'’]+\s+)?(?:a|per|each)\s+(?:day|week|month|person|saver|customer)\b/.test(after)) return undefined;
  return { ...f, unitClass: (f.unit ?? 'money').toLowerCase(), event: 'withdrawn', eventClass: 'withdrawn' };
}

// The share of what was lost that will be paid back: "savers will get back only 60% of their money"
// against "repaid in full", "guaranteed in full", "will get back every krov of it".
const PAID_BACK_BEFORE = /* @__PURE__ */ gated(/\b(?:get|gets|got|getting|receive|receives|received|recover|recovers|recovered|be\s+repaid|be\s+paid|be\s+refunded|be\s+compensated\s+for|repay|repays|repaid|refund|refunds|refunded|reimburse|reimburses|reimbursed|cover|covers|covered|pay\s+out|pays\s+out)\s+(?:back\s+)?(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?$/);
const OF_WHAT_AFTER = /* @__PURE__ */ gated(/^\s*(?:percent|per\s+cent|%)?\s*of\s+(?:their|its|his|her|the|your|our|each)\s+(?:[\w'’-]+\s+)?(?:money|deposits?|savings|losses|funds|investments?|claims?|balances?|accounts?)\b/);

/** A share of the money lost that will be paid back. */
function paidBackShare(st: Statement, f: Figure): Figure | undefined {
  if (f.unitClass !== 'percent' || f.low === null || f.eventClass) return undefined;
  const prose = st.doc.prose;
  const before = fold(prose.slice(Math.max(st.start, f.start - 40), f.start)).toLowerCase();
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 50))).toLowerCase();
  if (!PAID_BACK_BEFORE.test(before) || !OF_WHAT_AFTER.test(after)) return undefined;
  return { ...f, text: percentText(f), event: 'paid back', eventClass: 'paid back' };
}

const IN_FULL_WORDS = /* @__PURE__ */ gated(/\bin\s+full\b|\bget\s+back\s+every\b/);
const IN_FULL = /* @__PURE__ */ gated(/\b(?:repa(?:y|ys|id|ying)|refund(?:s|ed)?|reimburs(?:e|es|ed)|compensat(?:e|es|ed)|guaranteed|pa(?:y|ys|id)\s+back|get\s+back|covered)\b[^.;]{0,60}?\bin\s+full\b|\bget\s+back\s+every\s+(?!one\b|day\b|week\b|month\b|year\b)[\w'’]+\s+of\s+(?:it|them|their\s+(?:money|deposits?|savings))\b/g);
/** "Repaid in full", "will get back every krov of it": the whole of it paid back, as a share of 100%. */
export function paidInFull(st: Statement): Figure[] {
  if (!IN_FULL_WORDS.test(st.lower)) return NO_FIGURES;
  const out: Figure[] = [];
  for (const m of st.lower.matchAll(IN_FULL)) {
    if (/\b(?:not|never|no)\b|n['’]t\b/.test(st.lower.slice(Math.max(0, m.index - 25), m.index + m[0].length))) continue;
    const start = st.start + m.index;
    const end = start + m[0].length;
    out.push({ start, end, text: 'in full', low: 100, high: 100, unit: 'percent', unitClass: 'percent', event: 'paid back', eventClass: 'paid back', approximate: false });
  }
  return out.length ? out : NO_FIGURES;
}

// Homes or people cut off from the power supply: "9 million households lost power", "left 200,000
// homes without electricity", "power was cut to 40,000 homes", "the outage hit 1.2 million customers".
// Homes, households and a utility's customers are one count; people another.
const SUPPLIED: Record<string, string> = {
  households: 'households', household: 'households', homes: 'households', home: 'households', customers: 'households', consumers: 'households',
  people: 'people', residents: 'people', inhabitants: 'people',
};
const CUT_OFF_AFTER = /* @__PURE__ */ gated(/^\s*(?:[\w'’-]+\s+){0,3}?(?:(?:lost|losing|lose)\s+(?:their\s+|its\s+)?(?:power|electricity|supply)|(?:were|was|had\s+been|have\s+been|are|been)\s+(?:left\s+|plunged\s+)?(?:without|in\s+the\s+dark|into\s+(?:the\s+)?dark(?:ness)?|cut\s+off|blacked\s+out|affected|hit)|(?:left|plunged)\s+(?:without|into)|without\s+(?:power|electricity))\b|^\s*(?:[\w'’-]+\s+){0,10}?still\s+(?:have|had)\s+no\s+(?:power|electricity)\b/);
const CUT_OFF_BEFORE = /* @__PURE__ */ gated(/\b(?:(?:power|electricity|supply|supplies)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:cut|lost|knocked\s+out)\s+(?:to|for|in)|(?:outage|blackout|cut)\s+(?:hit|affected|left)|(?:cut|knocked\s+out)\s+(?:the\s+)?(?:power|electricity|supply)\s+(?:to|for))\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/);
const STILL_OUT = /* @__PURE__ */ gated(/\b(?:still|remain|remains|remained|yet\s+to|now|again)\b/);

/** A count of homes or people cut off from the power supply, at the outage's height. */
function withoutPower(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass) return undefined;
  const set = SUPPLIED[f.unit?.toLowerCase() ?? ''];
  if (!set || !/\b(?:power|electricity|blackout|outage|supply)\b/.test(st.lower)) return undefined;
  const prose = st.doc.prose;
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 60)));
  const before = fold(prose.slice(Math.max(st.start, f.start - 50), f.start));
  const named = CUT_OFF_AFTER.exec(after);
  if (!named && !CUT_OFF_BEFORE.test(before)) return undefined;
  // "300,000 homes are still without power": those not yet reconnected, another count, of its day.
  if (STILL_OUT.test(named ? after.slice(0, named.index + named[0].length) : before.slice(-25))) return { ...f, unitClass: set, event: 'without power still', eventClass: 'without power still' };
  return { ...f, unitClass: set, event: 'without power', eventClass: 'without power' };
}

// The share of workers who struck: "72 percent of the country's workers had stayed off the job", "72% of
// the workforce took part in the strike", "put participation at 17 percent of the workforce".
const WORKERS_AFTER = /* @__PURE__ */ gated(/^\s*(?:percent|per\s+cent|%)?\s*of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?(workers|workforce|employees|staff|teachers|doctors|nurses|drivers|members)\b/);
const STRUCK = /* @__PURE__ */ gated(/\b(?:strike|strikes|striking|struck|walked\s+out|walkout|stayed\s+(?:off|away|home)|downed\s+tools|took\s+part|participation|joined)\b/);
const PARTICIPATION_BEFORE = /* @__PURE__ */ gated(/\bparticipation\s+(?:at|of|was|stood\s+at|reached)\s+(?:about\s+|around\s+|only\s+|just\s+)?$/);

/** A share of workers who joined a strike. */
function strikeShare(st: Statement, f: Figure): Figure | undefined {
  if (f.unitClass !== 'percent' || f.low === null || (f.eventClass && f.eventClass !== 'attended') || !STRUCK.test(st.lower)) return undefined;
  const prose = st.doc.prose;
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 60)));
  const before = fold(prose.slice(Math.max(st.start, f.start - 40), f.start));
  const group = WORKERS_AFTER.exec(after)?.[1];
  if (!group && !PARTICIPATION_BEFORE.test(before)) return undefined;
  // A share of nurses and a share of the whole workforce are two shares.
  const of = !group || group === 'workforce' || group === 'workers' || group === 'employees' ? 'workers' : group;
  return { ...f, text: percentText(f), unit: of, event: 'struck', eventClass: 'strike share' };
}

// Bodies brought to a mortuary or recovered are a count of the dead: "31 bodies had been brought to the
// hospital's mortuary", "rescuers recovered 12 bodies".
const BODIES_COUNTED = /* @__PURE__ */ gated(/\b(?:mortuary|morgue|recovered|retrieved|pulled|received|brought|found|counted|identified|come\s+into)\b/);

/** Bodies counted as the dead: at least that many died (the missing may be dead too), so only a lower toll stands against them. */
function bodies(st: Statement, f: Figure): Figure | undefined {
  if (f.unitClass !== 'body' || f.low === null || f.eventClass || !BODIES_COUNTED.test(st.lower)) return undefined;
  return { ...f, high: null, unitClass: 'people', event: 'bodies', eventClass: 'killed' };
}

// People who left a place are displaced: "12,000 citizens left Kafra", "5,000 residents have left the city".
const LEFT_PLACE = /* @__PURE__ */ gated(/^\s*(?:[\w-]+\s+)?(?:have\s+|had\s+|has\s+)?(?:left\s+(?:their\s+homes|the\s+(?:(?:evacuation|danger|exclusion|restricted)\s+)?(?:city|district|area|town|village|region|country|camp|island|zone)\b|\p{Lu})|(?:been\s+)?(?:moved|taken|bussed|ferried)\s+out\s+of\s+the\s+(?:(?:evacuation|danger|exclusion|restricted)\s+)?(?:zone|area|district|town|village|city))/u);
const PEOPLE_WHO_LEAVE = new Set(['people', 'civilians', 'residents', 'citizens', 'families', 'villagers', 'inhabitants']);

/** People said to have left a place: those displaced. */
function leftPlace(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass || !PEOPLE_WHO_LEAVE.has(f.unit?.toLowerCase() ?? '')) return undefined;
  const after = st.doc.prose.slice(f.end, Math.min(st.end, f.end + 80));
  const unitAt = after.indexOf(f.unit!);
  const left = LEFT_PLACE.exec(after.slice(unitAt + f.unit!.length));
  if (unitAt < 0 || !left) return undefined;
  // Those who left an evacuation zone were evacuated.
  return { ...f, unitClass: 'people', event: 'left', eventClass: /\bzone\b/.test(left[0]) ? 'evacuated' : 'displaced' };
}

// People in shelters are a count of their own, not all who left: "19,600 people are in evacuation shelters".
const IN_SHELTERS = /* @__PURE__ */ gated(/^\s*(?:(?:are|were|is|was|have\s+been|had\s+been|remain|remained|still)\s+){0,2}(?:staying\s+|sleeping\s+|housed\s+|living\s+)?in\s+(?:\d+\s+)?(?:[\w-]+\s+)?(?:shelters|relief\s+camps|camps|gymnasiums?|evacuation\s+cent(?:re|er)s)\b/);

/** A count of people in shelters. */
function sheltered(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || (f.eventClass && f.eventClass !== 'evacuated') || !PEOPLE_WHO_LEAVE.has(f.unit?.toLowerCase() ?? (f.eventClass ? 'people' : ''))) return undefined;
  const after = st.doc.prose.slice(f.end, Math.min(st.end, f.end + 80));
  const unitAt = f.unit ? after.indexOf(f.unit) : -1;
  if (!IN_SHELTERS.test(unitAt >= 0 ? after.slice(unitAt + f.unit!.length) : after)) return undefined;
  return { ...f, unitClass: 'people', event: 'in shelters', eventClass: 'sheltered' };
}

/** Whether a passage's article tells of something anywhere in it (a prisoner exchange, a recall), once per article. */
function storyTells(re: RegExp): (st: Statement) => boolean {
  const memo = new WeakMap<object, boolean>();
  return (st) => {
    let told = memo.get(st.doc);
    if (told === undefined) memo.set(st.doc, (told = re.test(fold(st.doc.prose))));
    return told;
  };
}

// Those freed in a prisoner exchange, counted on either side: "103 Talvessans had come home", "handed over 97
// prisoners", "118 servicemen crossed the bridge". Only in an article about an exchange: elsewhere "came home"
// or "crossed" counts evacuees or migrants.
const EXCHANGE_STORY = /* @__PURE__ */ gated(/\b(?:prisoners?|captives?|pows?|detainees|hostages)\b[^.;]{0,60}\b(?:exchanges?|swaps?)\b|\b(?:exchanges?|swaps?)\b[^.;]{0,30}\b(?:prisoners?|captives?|pows?|detainees|hostages)\b/);
const EXCHANGED = /* @__PURE__ */ gated(/\b(?:exchang\w*|swap\w*|hand(?:ed|ing|s)?\s+over|repatriat\w*|(?:came|come|coming|returned|gone|went|brought)\s+home|freed|released|crossed|walked\s+(?:across|over))\b/);
// Freed on other occasions: "more than 4,000 have been freed in exchanges since the start of the war", "earlier this year".
const OTHER_OCCASION = /* @__PURE__ */ gated(/\bsince\s+(?:the\s+(?:start|beginning)|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b|\b(?:earlier|last)\s+(?:this\s+)?(?:year|month|spring|summer|autumn|winter)\b|\bin\s+(?:19|20)\d\d\b|\bprevious\s+(?:exchanges?|swaps?)\b/);
const EXCHANGE_UNITS = /* @__PURE__ */ gated(/^(?:prisoners?|pows?|captives|detainees|servicem[ae]n|soldiers|troops|civilians|people|men|fighters|hostages|inmates|citizens|nationals)$/i);
const exchangeStory = storyTells(EXCHANGE_STORY);

/** A count of people freed in a prisoner exchange. */
function exchanged(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || (f.eventClass && f.eventClass !== 'rescued' && f.eventClass !== 'captured')) return undefined;
  if (!f.group && !EXCHANGE_UNITS.test(f.unit ?? (f.unitClass === 'people' ? 'people' : ''))) return undefined;
  if (!exchangeStory(st) || !EXCHANGED.test(st.lower) || OTHER_OCCASION.test(st.lower)) return undefined;
  // A part on the way ("so far 41", "the first 20", "groups of about 20 … in each direction", "up from 41") or the
  // deal's terms ("covered 150 people on each side", "due to exchange 150"): not how many were freed.
  const before = fold(st.doc.prose.slice(Math.max(st.start, f.start - 40), f.start));
  const after = fold(st.doc.prose.slice(f.end, Math.min(st.end, f.end + 60)));
  if (/\b(?:so\s+far|the\s+first|groups?\s+of|up\s+from|down\s+from|covered|covers|covering|cover|due\s+to\s+(?:\w+\s+)?\w+|will\s+\w+|would\s+\w+|to\s+be\s+\w+|agreed\s+to\s+\w+|expected\s+to\s+\w+|plann?\w*\s+to\s+\w+)\s+(?:about\s+|around\s+|some\s+|up\s+to\s+)?$/.test(before)
    || /^[^.;]{0,40}\b(?:so\s+far|in\s+each\s+direction|each\s+way|at\s+a\s+time|on\s+each\s+side|each)\b/.test(after)
    || /^\s*(?:\w+\s+)?(?:who|that)\s+(?:were|was|are|is|had\s+been)\s+(?:due|supposed|expected|meant|set|scheduled|listed)\s+to\b/.test(after)
    // "Among those released were 12 civilians", "including 12 civilians": a part of those freed.
    || /\b(?:among|including|included|of\s+whom|of\s+them)\b[^.;]{0,25}$/.test(before)
    || /\balso\s+(?:released|freed|handed\s+over)\s+$/.test(before)) return undefined;
  return { ...f, unitClass: 'people', event: f.event ?? 'exchanged', eventClass: 'exchanged' };
}

// What a maker called back: "recalling 112,400 of its family cars", "the recall covers 186,000 cars". Not a
// recall of another year ("the 38,000 cars it recalled in 2021"), which ofEarlierEvent leaves out.
const RECALL = /* @__PURE__ */ gated(/\brecall(?:s|ed|ing)?\b/);
const RECALL_BEFORE = /* @__PURE__ */ gated(/\brecall(?:s|ed|ing)?\s+(?:(?:of|covers?|covering|affects?|affecting|includes?|including|applies\s+to|extends\s+to)\s+)?(?:[\w,'’-]+\s+){0,6}?(?:all\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/);
const RECALL_AFTER = /* @__PURE__ */ gated(/^\s*(?:[\w'’-]+\s+){0,4}?(?:(?:are|were|is|was|have\s+been|had\s+been|will\s+be)\s+(?:being\s+)?recalled|affected\s+by\s+the\s+recall|covered\s+by\s+the\s+recall|(?:in|under)\s+the\s+recall)\b/);
const COVERS_BEFORE = /* @__PURE__ */ gated(/\b(?:order|it|recall)\s+(?:covers?|covering|affects?|includes?|applies\s+to)\s+(?:[\w,'’-]+\s+){0,4}?(?:all\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$/);
// "seven batches are affected", not "40 jars were affected by glass fragments" nor "only three batches are affected here".
const AFFECTED_AFTER = /* @__PURE__ */ gated(/^\s*(?:[\w'’-]+\s+){0,2}?(?:are|were|is|was)\s+affected\b(?!\s+(?:by|in)\b)/);
const recallStory = storyTells(RECALL);
const RECALLED_UNITS = /* @__PURE__ */ gated(/^(?:batch(?:es)?|lots|cars?|vehicles?|units|products|packs|packets|bottles|jars|cans|boxes|devices|phones|batteries|tablets|doses|vials|bags|cartons|tins|models|trucks|buses|scooters|bikes)$/i);

/** A count of goods recalled. */
function recalled(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass || !RECALLED_UNITS.test(f.unit ?? '')) return undefined;
  if (!recallStory(st)) return undefined;
  // The recall's own count: "recalling 112,400 cars", "the recall covers every car built, 186,000 cars", "a recall of
  // 50,000 bottles", "186,000 Solennas are being recalled"; in a story of a recall also "the order covers 14
  // batches", "seven batches are affected". Not cars repaired, sold or returned in the same sentence.
  const before = fold(st.doc.prose.slice(Math.max(st.start, f.start - 60), f.start));
  const after = fold(st.doc.prose.slice(f.end, Math.min(st.end, f.end + 50)));
  const said = RECALL_BEFORE.test(before) || RECALL_AFTER.test(after) || COVERS_BEFORE.test(before) || (AFFECTED_AFTER.test(after) && !/\b(?:only|just)\s+$/.test(before));
  if (!said) return undefined;
  return { ...f, unitClass: f.unitClass === 'vehicles' ? 'vehicles' : f.unit!.toLowerCase(), event: 'recalled', eventClass: 'recalled' };
}

// "23 people died in the attack, including the six terrorists": a toll with the attackers in it, another count.
const WITH_ATTACKERS = /* @__PURE__ */ gated(/^[^.;]{0,80}?\bincluding\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:attackers|terrorists|gunmen|militants|assailants|hostage-takers|bombers|insurgents|kidnappers)\b/);

/** A toll that counts the attackers among the dead. */
function withAttackers(st: Statement, f: Figure): Figure | undefined {
  if (f.eventClass !== 'killed' || f.low === null) return undefined;
  if (!WITH_ATTACKERS.test(fold(st.doc.prose.slice(f.end, Math.min(st.end, f.end + 120))))) return undefined;
  return { ...f, unitClass: 'people with the attackers' };
}

// How many attacked: "there were six gunmen", "he counted eight armed men".
const ATTACKER_UNITS = /* @__PURE__ */ gated(/^(?:gunmen|attackers|assailants|militants|hijackers|hostage-takers|terrorists|raiders|men|fighters)$/i);
const ATTACKERS_BEFORE = /* @__PURE__ */ gated(/\b(?:there\s+(?:were|was)|(?:attackers|gunmen|assailants|raiders|hijackers)\s+numbered|counted)\s+(?:at\s+least\s+|about\s+|some\s+|only\s+|just\s+)?$/);

/** A count of the attackers. */
function attackers(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || (f.eventClass && f.eventClass !== 'hit')) return undefined;
  const prose = st.doc.prose;
  const before = fold(prose.slice(Math.max(st.start, f.start - 40), f.start)).toLowerCase();
  const unit = f.unit ?? '';
  const armed = unit.toLowerCase() === 'men' || unit.toLowerCase() === 'fighters' ? /\barmed\s+$/.test(fold(prose.slice(f.end, Math.min(st.end, f.end + 10)))) || /\barmed\s+(?:men|fighters)\b/.test(fold(prose.slice(f.end, Math.min(st.end, f.end + 20))).toLowerCase()) : true;
  const named = unit ? ATTACKER_UNITS.test(unit) && armed : /\b(?:attackers|gunmen|assailants|raiders|hijackers)\s+numbered\s+(?:at\s+least\s+|about\s+)?$/.test(before);
  if (!named) return undefined;
  // Not "two gunmen entered through the kitchen": a part of them.
  if (!ATTACKERS_BEFORE.test(before)) return undefined;
  return { ...f, unit: 'attackers', unitClass: 'people', event: 'attackers', eventClass: 'attackers' };
}

// Rain that fell: "142 millimetres of rain fell on the city", "more than 230 mm of rain".
const OF_RAIN = /* @__PURE__ */ gated(/^\s*(?:mm|millimet(?:re|er)s?)?\s*\(?[^)]{0,20}?\)?\s*of\s+(?:rain|rainfall|precipitation)\b/);

/** An amount of rain, in millimetres. */
function rainfall(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass || !/^(?:mm|millimet(?:re|er)s?)$/i.test(f.unit ?? '')) return undefined;
  if (!OF_RAIN.test(fold(st.doc.prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase())) return undefined;
  // "Another 90 millimetres", "normally receives about 40 millimetres": not the storm's total.
  if (/\b(?:another|further|additional|more|normally|usually|typically|average|on\s+average|normal)\b[^.;]{0,30}$/.test(fold(st.doc.prose.slice(Math.max(st.start, f.start - 40), f.start)).toLowerCase())) return undefined;
  return { ...f, unit: 'mm', unitClass: 'mm', event: 'rainfall', eventClass: 'rainfall' };
}

// How far something fell: "the cabin fell about 40 metres", "a drop of 25 metres".
const FELL_BEFORE = /* @__PURE__ */ gated(/\b(?:fell|fallen|falls|falling|plunged|plummeted|dropped|tumbled|drop\s+of|fall\s+of)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+|around\s+)?$/);
// What fell: a cabin, a vehicle or a person, not a river's level; not "a second cabin".
const FALLER = /* @__PURE__ */ gated(/\b(?:cabin|gondola|car|bus|coach|vehicle|lorry|truck|lift|elevator|crane|plane|aircraft|helicopter|worker|climber|man|woman|boy|girl|child|it|he|she|they)\s+(?:\w+\s+){0,3}?(?:fell|fallen|falls|falling|plunged|plummeted|dropped|tumbled)\b/);

/** The height of a fall, in metres. */
function fallHeight(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass || !LENGTH_FACTORS[f.unit?.toLowerCase() ?? '']) return undefined;
  const before = fold(st.doc.prose.slice(Math.max(st.start, f.start - 30), f.start)).toLowerCase();
  // "about 40" begins the figure's own text: what comes before it is the verb.
  const clause = fold(st.doc.prose.slice(Math.max(st.start, f.start - 80), f.start)).toLowerCase();
  if (!FELL_BEFORE.test(before) || !FALLER.test(clause) || /\b(?:second|another|other|third)\s+(?:\w+\s+)?(?:cabin|gondola|car|bus|coach|vehicle|lorry|truck|lift)\b/.test(clause)) return undefined;
  return { ...f, event: 'fall height', eventClass: 'fall height', unitClass: 'length' };
}

// Weight a person lost, in kilograms: "had lost 24 kilograms", "a loss of 11 kilograms".
const LOST_BEFORE = /* @__PURE__ */ gated(/\b(?:lost|losing|loss\s+of|shed|dropped)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+|around\s+)?$/);

/** Kilograms a person lost. */
function weightLost(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass || !/^(?:kg|kilos?|kilograms?|kilogrammes?)$/i.test(f.unit ?? '')) return undefined;
  if (!LOST_BEFORE.test(fold(st.doc.prose.slice(Math.max(st.start, f.start - 20), f.start)).toLowerCase())) return undefined;
  return { ...f, unit: 'kg', unitClass: 'kg', event: 'weight lost', eventClass: 'weight lost' };
}

// How long a hunger strike had lasted: "had refused food for 63 days", "had gone 63 days without food".
const FASTING = /* @__PURE__ */ gated(/\b(?:refus\w*\s+(?:all\s+)?food|refus\w*\s+to\s+eat|hunger\s+strike|without\s+food|stopped\s+eating|not\s+eaten|fasting)\b/);
const DAYS_AFTER = /* @__PURE__ */ gated(/^\s*(?:days?)?\s*(?:without\s+food|of\s+(?:his|her|their|the)\s+hunger\s+strike)/);
const DAYS_BEFORE = /* @__PURE__ */ gated(/\b(?:(?:refus\w*\s+(?:all\s+)?food|refus\w*\s+to\s+eat|stopped\s+eating|not\s+eaten|fasting|(?:on\s+)?hunger\s+strike)\s+for|gone)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/);

/** Days a hunger striker had gone without food. */
function daysWithoutFood(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.eventClass || !/^days?$/i.test(f.unit ?? '') || !FASTING.test(st.lower)) return undefined;
  const prose = st.doc.prose;
  const before = fold(prose.slice(Math.max(st.start, f.start - 40), f.start)).toLowerCase();
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 40))).toLowerCase();
  if (!DAYS_BEFORE.test(before) && !DAYS_AFTER.test(after)) return undefined;
  return { ...f, unitClass: 'days', event: 'without food', eventClass: 'days without food' };
}

// A vote on a motion, a bill or a resolution: "68 votes in favour, 59 against and 11 abstentions",
// "68 deputies supported the motion, 59 opposed it and 11 abstained", "the motion won 72 votes".
const MOTION = /* @__PURE__ */ gated(/\b(?:motion|bill|resolution|amendment|no-confidence|confidence\s+vote|impeachment|censure|referendum\s+bill)\b/);
const MEMBERS = String.raw`(?:deputies|mps|members|lawmakers|legislators|senators|councillors|councilors|representatives|delegates)`;
const VOTE_FOR_AFTER = /* @__PURE__ */ gated(new RegExp(String.raw`^\s*(?:votes?\s+)?(?:in\s+favou?r\b|for\b(?!\s+(?:the\s+)?(?:government|opposition|coalition|party)\b)|(?:${MEMBERS}\s+)?(?:voted\s+(?:for|in\s+favou?r|yes)|supported|backed|approved)\s+(?:the\s+|it\b))`));
const VOTE_AGAINST_AFTER = /* @__PURE__ */ gated(new RegExp(String.raw`^\s*(?:votes?\s+)?(?:against\b(?!\s+(?:the\s+)?(?:government|opposition|coalition|party)\b)|(?:${MEMBERS}\s+)?(?:voted\s+(?:against|no)|opposed)\s+(?:the\s+|it\b))`));
const ABSTAIN_AFTER = /* @__PURE__ */ gated(new RegExp(String.raw`^\s*(?:${MEMBERS}\s+)?(?:abstentions?|abstained|abstaining)\b`));
// Not the house's tally: a poll's, a bloc's ("the Liberals cast 14 votes against"), a crowd's.
const NOT_THE_HOUSE = /* @__PURE__ */ gated(/\b(?:polls?|surveys?|respondents|residents|bloc|caucus|faction|cast\s+(?:\d+|its|their)|demonstrat\w*|protesters)\b/);
// What a motion needed is no count of what it got: "needed 71 votes in favour", "three short of".
const THRESHOLD_BEFORE = /* @__PURE__ */ gated(/\b(?:needed|needs|need|required|requires|require|necessary|short\s+of|majority\s+of|threshold\s+of|at\s+least)\s+(?:[\w-]+\s+){0,2}$/);
const WON_BEFORE = /* @__PURE__ */ gated(/\b(?:won|received|got|secured|gathered|drew|garnered|had|with)\s+(?:only\s+|just\s+)?$/);

// A tally's bare figures, which name no unit: "68 in favour, 59 against", "72 for, 57 against".
const TALLY = /* @__PURE__ */ gated(/\b(\d{1,3})\s+(?:votes?\s+)?(in\s+favou?r|for|against)\b(?=\s*(?:,|;|\.|and\b|with\b|while\b|$))/g);

/** A tally's bare counts of votes for and against a motion, which the figures leave out for want of a unit. */
export function tallies(st: Statement): Figure[] {
  if (!MOTION.test(st.lower) || !/\bagainst\b|\bin\s+favou?r\b/.test(st.lower) || !/\bvot(?:e|es|ed|ing)\b|\babstention|\b(?:passed|carried|adopted|defeated|rejected|approved|failed)\b/.test(st.lower) || NOT_THE_HOUSE.test(st.lower)) return NO_FIGURES;
  const out: Figure[] = [];
  for (const m of st.lower.matchAll(TALLY)) {
    const start = st.start + m.index;
    const end = start + m[1].length;
    // A figure with a unit there is read on its own ("68 votes in favour").
    if (st.figures.some((f) => f.start < end && start < f.end)) continue;
    if (THRESHOLD_BEFORE.test(st.lower.slice(Math.max(0, m.index - 30), m.index))) continue;
    const event = m[2] === 'against' ? 'votes against' : 'votes for';
    const n = Number(m[1]);
    out.push({ start, end, text: m[1], low: n, high: n, unit: 'votes', unitClass: 'votes', event, eventClass: event, approximate: false });
  }
  return out.length ? out : NO_FIGURES;
}

// Who crossed a border, not a bridge or into a stadium: "11,412 people entered the country", "crossed into Ozrenia".
const BORDER = /* @__PURE__ */ gated(/\b(?:border|frontier|refugees?|asylum|fleeing|fled|migrants?|checkpoint)\b/);
const BORDER_I = /* @__PURE__ */ gated(new RegExp(BORDER.source, 'i'));
// "crossed into Norland", "entered the country": a border without the word.
const INTO_A_COUNTRY = /* @__PURE__ */ gated(/^[^.;]{0,30}?\b(?:crossed\s+into\s+[A-Z]|(?:entered|crossed\s+into)\s+the\s+country\b)/);
const CROSSED_PLACE_AFTER = /* @__PURE__ */ gated(/^[^.;]{0,40}?\b(?:crossed|entered)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:stadium|hall|building|cathedral|church|bridge|river|square|arena|ground|station|hospital|camp|park|street|road|town|city|village|chamber|court|office|museum)\b/);

/** A count of people who crossed or entered, kept only where the passage tells of a border. */
function crossing(st: Statement, f: Figure): Figure | undefined {
  if (f.eventClass !== 'crossed') return undefined;
  // The story tells of a border somewhere, not necessarily in this sentence ("290 children have crossed with no adult").
  if ((BORDER.test(st.lower) || BORDER_I.test(st.doc.prose) || INTO_A_COUNTRY.test(st.doc.prose.slice(f.end, Math.min(st.end, f.end + 60)))) && !CROSSED_PLACE_AFTER.test(fold(st.doc.prose.slice(f.end, Math.min(st.end, f.end + 80))).toLowerCase())) return undefined;
  return { ...f, event: null, eventClass: null };
}

/** A count of votes for or against a motion, or of abstentions, as the whole house cast them. */
function motionVotes(st: Statement, f: Figure): Figure | undefined {
  if (f.low === null || f.low !== f.high || f.unitClass === 'percent' || f.unitClass === 'money' || !MOTION.test(st.lower) || NOT_THE_HOUSE.test(st.lower)) return undefined;
  const prose = st.doc.prose;
  const after = fold(prose.slice(f.end, Math.min(st.end, f.end + 60))).toLowerCase();
  const before = fold(prose.slice(Math.max(st.start, f.start - 30), f.start)).toLowerCase();
  if (THRESHOLD_BEFORE.test(before)) return undefined;
  // "two Union deputies voted for it", "two of its deputies": a part of the house, not the count.
  if (/^\s+of\s+(?:its|their|his|her|the)\b/.test(after)) return undefined;
  const unit = (f.unit ?? '').toLowerCase();
  if (unit && !new RegExp(`^(?:votes?|abstentions?|${MEMBERS})$`).test(unit)) return undefined;
  const rest = after;
  let event: string | undefined;
  if (ABSTAIN_AFTER.test(rest) || unit.startsWith('abstention')) event = 'abstentions';
  else if (VOTE_AGAINST_AFTER.test(rest)) event = 'votes against';
  else if (VOTE_FOR_AFTER.test(rest) || (/^votes?$/.test(unit) && WON_BEFORE.test(before))) event = 'votes for';
  if (!event) return undefined;
  return { ...f, unit: 'votes', unitClass: 'votes', event, eventClass: event };
}

/** A figure as the passage reads it: a toll with the attackers in it, a concentration or dose rate, goods stored, cases of an illness, a magnitude, a contract's value, a sum withdrawn, a share paid back, a price's premium, records a breach took, a turnout, a vote share, homes cut off from power, a share of workers on strike, bodies counted as the dead, people who left a place or are in shelters, the attackers, rain that fell, the height of a fall, weight lost, days without food, a reward or bail, a column's height, those freed in a prisoner exchange, goods recalled, or the figure as found. */
export function readingOf(st: Statement, f: Figure): Figure {
  return crossing(st, f) ?? withAttackers(st, f) ?? concentration(st, f) ?? stored(st, f) ?? cases(st, f) ?? magnitude(st, f) ?? contractValue(st, f) ?? loansValue(st, f) ?? withdrawn(st, f) ?? paidBackShare(st, f) ?? premium(st, f) ?? recordsTaken(st, f)
    ?? yearlyPayment(st, f) ?? turnout(st, f) ?? voteShare(st, f) ?? withoutPower(st, f) ?? strikeShare(st, f) ?? bodies(st, f) ?? leftPlace(st, f) ?? sheltered(st, f) ?? attackers(st, f) ?? rainfall(st, f) ?? fallHeight(st, f) ?? weightLost(st, f) ?? daysWithoutFood(st, f) ?? sumFor(st, f) ?? plumeHeight(st, f) ?? waveHeight(st, f) ?? repairTime(st, f) ?? exchanged(st, f) ?? recalled(st, f) ?? motionVotes(st, f) ?? f;
}

// "Ferries carry two million passengers a year": a rate, not what happened.
// Not "killed 12 people a week after the flood": a span of time after or before something.
const RATE = /* @__PURE__ */ gated(/^[^.;,:]{0,30}?\b(?:(?:a|per|each|every)\s+(?:year|month|week|day|season)|annually|yearly)\b(?!\s+(?:after|before|ago|later|earlier|into|from|on|since))/);
// "Should not carry a single passenger", "can carry 300": what may or might be, not what was.
const MODAL_BEFORE = /* @__PURE__ */ gated(/(?:\b(?:should|could|can|cannot|may|might|would|must|will|not|never)|n't)\s+(?:not\s+|never\s+)?(?:carry|take|hold|board)\s*$/);

const REJECTED = /* @__PURE__ */ gated(/^[^.;]{0,110}?\b(?:were|was|are|is)\s+["']?(?:inflated|exaggerated|false|untrue|fabricated|made\s+up|invented)\b/);

const SUBSET_TREATED = /* @__PURE__ */ gated(/^[\w,.-]+\s+(?:injured|wounded|hurt|sick|ill)\s+[\w-]+\s+(?:was|were|had\s+been|have\s+been)\s+(?:also\s+|later\s+|still\s+)?(?:treated|taken|flown|airlifted|moved|transferred|released|discharged|admitted|brought)\b/i);

/** Whether a figure is no count of the event at all: a yearly rate, or a vehicle's load that may or may not be. */
export function notACount(st: Statement, figure: Figure): boolean {
  const prose = st.doc.prose;
  const after = fold(prose.slice(figure.end, Math.min(st.end, figure.end + 60)));
  if (RATE.test(after) && figure.eventClass !== 'paid a year') return true;
  // "Of whom it has named 511": those named so far, a part of the count ("the names of 16 inmates" may be the count itself).
  if (/\b(?:has|have|had)\s+(?:so\s+far\s+)?named\s+$/i.test(prose.slice(Math.max(st.start, figure.start - 40), figure.start))) return true;
  // "One injured guard was treated there and released": those treated, a part of the injured.
  if (SUBSET_TREATED.test(prose.slice(figure.start, Math.min(st.end, figure.start + 100)))) return true;
  // "We served the same chicken at two other weddings, and nobody fell ill": none of another set.
  if (figure.high === 0 && /\b(?:other|another|elsewhere|previous|earlier)\b/i.test(prose.slice(Math.max(st.start, figure.start - 80), figure.start).split(/[.;:!?]/).pop() ?? '')) return true;
  // "cancelled another 41 flights", "a further 12 bodies were found": what was added, not the count.
  if (/\b(?:another|(?:a\s+|an\s+)?further|(?:an\s+)?additional)\s+$/i.test(prose.slice(Math.max(st.start, figure.start - 16), figure.start))) return true;
  // "he was one of six insurgents killed": one of a count, not a count.
  if (/^\s+of\s+(?:the\s+|those\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b/i.test(after)) return true;
  // "six more stayed behind", "three more bodies were found": an addition too.
  // Not "killed 12 people and injured 30 more": the verb right before the figure counts them.
  if (((/\s+more$/i.test(figure.text) && !/\bor\s+more$/i.test(figure.text)) || /^\s+more\b(?!\s+than)/i.test(after))
    && !(figure.event && prose.slice(Math.max(st.start, figure.start - figure.event.length - 2), figure.start).includes(figure.event))) return true;
  // "41 prisoners have crossed the bridge", "handed over 97 prisoners": those exchanged, not those taken.
  if (figure.eventClass === 'captured' && !/\b(?:captured|seized|abducted|kidnapped|taken\s+(?:prisoner|captive|hostage))\b/.test(st.lower)
    && /\b(?:exchang\w*|swap\w*|handed\s+over|hand\s+over|handing\s+over|crossed|walked\s+across|came\s+home|come\s+home|returned\s+home|repatriat\w*)\b/.test(st.lower)) return true;
  // "Not one hostage died by a police bullet", "not a single patient": a denial, not a count of one.
  if (/\b(?:not|never)\s+$/i.test(prose.slice(Math.max(st.start, figure.start - 8), figure.start))) return true;
  // "more than five million citizens took part" in an election is a turnout, not a crowd.
  if (figure.eventClass === 'attended' && /\b(?:election|elections|vote|voting|ballots?|referendum|polls)\b/.test(st.lower) && !/\b(?:rally|protest|march|crowd|demonstrat\w*|square)\b/.test(st.lower)) return true;
  // "Figures of more than forty dead … were 'inflated for foreign cameras'": a figure named to be rejected.
  if (/\b(?:figures?|tolls?|numbers?|counts?|claims?|reports?)\s+of\s+(?:about\s+|around\s+|more\s+than\s+|over\s+|some\s+)?$/.test(fold(prose.slice(Math.max(st.start, figure.start - 30), figure.start)))
    && REJECTED.test(fold(prose.slice(figure.end, Math.min(st.end, figure.end + 130))))) return true;
  const before = fold(prose.slice(Math.max(st.start, figure.start - 40), figure.start));
  if (figure.eventClass === 'aboard' && /\bcarr/i.test(figure.event ?? '') && (CARRIED_TO.test(after.replace(/^\s*(?:people|passengers|survivors|crew|children|of them)\b/i, '')) || OTHER_VEHICLE.test(before))) return true;
  return (figure.eventClass === 'aboard' || figure.eventClass === 'capacity') && MODAL_BEFORE.test(before.slice(-30));
}

// "Fishermen carried 30 people to the shore", "a second boat carrying 60": a rescue, or another vessel's load.
const CARRIED_TO = /* @__PURE__ */ gated(/^\s*(?:\w+\s+)?(?:to|ashore|back|out|into|onto|across)\b/i);
const OTHER_VEHICLE = /* @__PURE__ */ gated(/\b(?:another|second|third|rescue|other|fishing|navy|coast\s+guard|private)\s+(?:\w+\s+)?(?:boats?|vessels?|ships?|ferr(?:y|ies)|crafts?|buses|bus|trains?|helicopters?|trucks?|lorr(?:y|ies))\s+(?:that\s+was\s+|which\s+was\s+)?(?:carrying|carried)\s*$/i);
