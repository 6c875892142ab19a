import type { Contradiction } from '../types';
import { type Statement, asks, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { gated, mayMatch } from '../prefilter';

/**
 * What a story's event is said to have come from, in the kinds sources set against each other:
 * someone meant it (sabotage, arson, a bomb), nature did it (the weather, the rain, a natural
 * release), a machine failed (an engine, the brakes, a gas leak), or people caused it without
 * meaning to (a driver asleep, blasting at a quarry). Meant and not meant exclude each other; the
 * others may be links of one chain (icing stops an engine), so they stand against each other only
 * where a source denies one of them.
 */
type Cause = 'deliberate' | 'natural' | 'technical' | 'human';

// Each kind's words as a cause is named: a noun phrase that ends there ("sabotage", "the weather",
// "a gas leak"), not a word inside another phrase ("a bomb shelter", "a storm of criticism").
const CAUSES: [Cause, string][] = [
  ['deliberate', '(?:set|lit|started)\\s+(?:deliberately|on\\s+purpose)|deliberately\\s+(?:set|lit|started)|sabotage|saboteurs?|arson|arsonists?|(?:a\\s+)?deliberate\\s+(?:act|attack)|deliberate|(?:a\\s+)?(?:bomb|explosive\\s+device|incendiary\\s+device)|(?:a\\s+)?criminal\\s+act|criminal\\s+hands|foul\\s+play|(?:a\\s+)?terror(?:ist)?\\s+attack|(?:an\\s+)?act\\s+of\\s+(?:sabotage|terror(?:ism)?)|(?:a\\s+)?planned\\s+(?:operation|attack)|(?:a\\s+)?hybrid\\s+attack'],
  ['natural', '(?:the\\s+)?weather|(?:a\\s+)?(?:violent\\s+|severe\\s+|sudden\\s+)?(?:storms?|thunderstorms?|squalls?|gales?)|(?:thick\\s+|dense\\s+)?fog|(?:high|strong|heavy)\\s+winds?|(?:heavy\\s+|exceptional\\s+|torrential\\s+|record\\s+)?(?:rain|rainfall|downpours?)|(?:heavy\\s+|the\\s+)?snow(?:fall)?|icing|lightning(?:\\s+strike)?|(?:the\\s+)?heatwave|(?:the\\s+)?drought|turbulence|(?:a\\s+)?natural\\s+(?:release|causes?|event|phenomenon|avalanche|slide|disaster)'],
  ['technical', '(?:a\\s+|an\\s+)?(?:technical|mechanical|electrical|structural|engine|equipment|brake|hydraulic|signal)\\s+(?:fault|failure|problem|defect|malfunction)s?|engine\\s+trouble|(?:a\\s+)?short[- ]circuit|faulty\\s+wiring|(?:a\\s+)?gas\\s+leak|(?:a\\s+)?leak\\s+in\\s+the\\s+gas\\s+\\w+|metal\\s+fatigue|corrosion|(?:a\\s+)?design\\s+(?:flaw|fault)|(?:a\\s+|the\\s+)?(?:sagging\\s+|damaged\\s+|faulty\\s+|fallen\\s+)?power\\s+line|(?:the\\s+)?(?:left|right|port|starboard|faulty|failing)\\s+engine|(?:a\\s+)?(?:fault|failure|defect|malfunction)s?\\s+in\\s+the\\s+(?:[\\w-]+\\s+)?(?:equipment|valve|signal(?:ling)?|pipe(?:line)?|system|wiring|brakes)|(?:a\\s+|the\\s+)?(?:faulty|defective|leaking|broken)\\s+(?:valve|signal|pipe|seal|switch|points)'],
  ['human', '(?:human|pilot|driver|operator|crew)\\s+error|(?:an?\\s+|the\\s+)?(?:dragg(?:ed|ing)\\s+)?anchor(?:\\s+dragg(?:ed|ing))?|speeding|negligence|(?:the\\s+)?(?:quarry|quarrying|blasting(?:\\s+at\\s+(?:the\\s+|a\\s+)?(?:nearby\\s+)?(?:quarry|site))?)|(?:a\\s+)?(?:discarded\\s+cigarette)|(?:a\\s+|an\\s+)?(?:charge|explosives?)\\s+(?:fired|set\\s+off|detonated)\\s+by\\s+[^.;,]{3,60}?'],
];
// A cause's words end its noun phrase: a stop, a conjunction, or a phrase that says whose or where.
const NP_END = String.raw`(?=\s*(?:$|[.,;:!?"'”’)\]—–-]|\s(?:and|or|but|not|rather|in|on|at|of|over|across|near|anywhere|along|beneath|under|that|which|by|from|during|the\s+(?:night|day|morning|evening)|cannot|could|can|may|might|has|have|had|was|were|is|are|will|would|left|set|[a-z]+ed)\b))`;
const CAUSE_RES: [Cause, RegExp][] = CAUSES.map(([c, words]) => [c, gated(new RegExp(`\\b(?:${words})${NP_END}`, 'g'))]);

// The story's event, by family: the subject a cause is given for must be of the story's own family
// ("the fire was arson" in a story of a fire, not "the flooding was caused by the storm" in it).
const FAMILIES: [string, string][] = [
  ['fire', 'fires?|blazes?|wildfires?|bushfires?|forest\\s+fires?|inferno'],
  ['explosion', 'explosions?|blasts?'],
  ['crash', 'crash(?:es)?|collision|pile-up'],
  ['collapse', 'collapse'],
  ['derailment', 'derailment'],
  ['sinking', 'sinking|capsizing'],
  ['slide', 'landslides?|slides?|mudslides?|avalanches?|rockfall|rock\\s+slide'],
  ['flood', 'floods?|flooding'],
  ['leak', 'leaks?|spills?|rupture'],
  ['outbreak', 'outbreak|poisoning|illness'],
  ['blackout', 'blackout|outage'],
];
// Words any story uses for its own event.
const GENERIC = 'accident|disaster|tragedy|catastrophe|incident';
const FAMILY_RES = FAMILIES.map(([name, words]) => [name, gated(new RegExp(`\\b(?:${words})\\b`, 'g'))] as const);
const EVENT_WORDS = `${FAMILIES.map(([, w]) => w).join('|')}|${GENERIC}`;
// The event as subject, just before its verb: "the fire was", "Sunday's derailment had been", "this".
// Not an object of a preposition ("the search after the crash was"): the word before is checked apart.
// Words after which a clause's subject begins: reporting verbs and conjunctions.
const REPORTING = 'said|says|say|told|tells|believes?|believed|thinks?|thought|added|adds|insist(?:s|ed)?|claim(?:s|ed)?|conclude[ds]?|confirm(?:s|ed)?|state[ds]?|found|finds|maintain(?:s|ed)?|argue[ds]?|suspect(?:s|ed)?|knows?|knew|agree[ds]?|announced|report(?:s|ed)?|shows?|showed|suggest(?:s|ed)?|that|and|but|police|officials|investigators';
// Adjectives only after a determiner: "that followed the fire was" has the outage for subject, not the fire.
const SUBJECT = /* @__PURE__ */ gated(new RegExp(`(?:^|[^\\w\\s]\\s*|\\b(?:${REPORTING})\\s+)(?:(?:(?:the|this|its|their|that|[\\w-]+['’]s)\\s+(?:[\\w-]+\\s+){0,2}?)?(${EVENT_WORDS})(?:\\s+(?:near|in|at|on)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+)?|(it|this))\\s+(?:itself\\s+)?$`));
// Verbs that give the cause after them: "was caused by", "was due to", "began with", "was".
const AFTER = /* @__PURE__ */ gated(/\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(not\s+)?(?:probably\s+|likely\s+|almost\s+certainly\s+|most\s+likely\s+)?(?:(?:caused|started|triggered|set\s+off|sparked|ignited|brought\s+about)\s+by|(?:due|owing)\s+to|the\s+(?:result|work)\s+of|down\s+to|consistent\s+with)|(?:began|started|originated)\s+with|(?:was|were|is)\s+(not\s+)?(?:simply\s+|clearly\s+|plainly\s+)?)/g);
// Verbs that give the cause before them: "lightning started the fire", "a short circuit caused the blaze".
const BEFORE = /* @__PURE__ */ gated(new RegExp(`\\b(?:caused|started|sparked|triggered|set\\s+off|ignited|brought\\s+down|set)\\s+(?:the|this)\\s+(?:[\\w-]+\\s+){0,2}?(${EVENT_WORDS})\\b`, 'g'));
// The evidence as subject: "everything we know points to the weather", "tests pointed to a gas leak".
const POINTS = /* @__PURE__ */ gated(/\b(?:everything|all\s+the\s+evidence|the\s+evidence|evidence|findings|information|data|results|tests|signs|indications)\b[^.;]{0,40}?\b(?:(?:points?|pointed|pointing)\s+(?:to|at|towards)|(?:is|was|are|were)\s+consistent\s+with)\s+/g);
// The cause named before its verdict: "an anchor dragged in Monday night's gale is the likeliest explanation".
const LIKELIEST = /* @__PURE__ */ gated(/\b(?:is|was|remains)\s+the\s+(?:likeliest|most\s+likely|most\s+probable|probable|likely|main)\s+(?:explanation|cause)\b/g);
// "its team fired no charge", "no charge was fired": people at work denied.
const NO_CHARGE = /* @__PURE__ */ gated(/\b(?:fired|set\s+off|detonated|used)\s+no\s+(?:charges?|explosives?)\b|\bno\s+(?:charges?|explosives?)\s+(?:was|were|had\s+been)\s+(?:fired|set\s+off|detonated|used)\b/);
// A person's word for the cause: "blames the weather", "blamed sabotage for the explosions".
const BLAMES = /* @__PURE__ */ gated(/\b(?:blames?|blamed|blaming)\s+/g);
// "Asked what caused the crash, he pointed to the weather."
const ASKED = /* @__PURE__ */ gated(/\b(?:what\s+caused|the\s+cause\b)[^.;]{0,60}?\b(?:points?|pointed|pointing)\s+(?:to|at)\s+/g);

// Denials of a cause, said of the event: "there was no saboteur", "no indication of a technical fault",
// "ruled out sabotage". Only words that name nothing but a cause are read this way without the event.
const DENIED = /* @__PURE__ */ gated(/\b(?:no\s+(?:sign|signs|indication|evidence|trace|traces|suggestion|hint)\s+of|there\s+(?:was|were|is|had\s+been)\s+no|ruled\s+out|rules\s+out|rule\s+out|nothing\s+to\s+(?:suggest|indicate))\s+(?:any\s+|a\s+|an\s+)?$/);
const ONLY_CAUSE = /* @__PURE__ */ gated(/^(?:sabotage|saboteurs?|arson|arsonists?|foul\s+play|(?:a\s+|an\s+)?(?:technical|mechanical|engine|electrical)\s+(?:fault|failure|problem|defect|malfunction)s?|(?:human|pilot|driver)\s+error|thunderstorms?)$/);
// "could not rule out", "has not been ruled out", "cannot be excluded": a cause kept open, as one account.
const KEPT_OPEN = /* @__PURE__ */ gated(/\b(?:(?:could|can|did|does|do|would|has|have|had)\s*(?:not|n't)\s+(?:be\s+|been\s+)?(?:rule[ds]?\s+out|exclude[ds]?)|not\s+(?:be\s+|been\s+)?(?:ruled\s+out|excluded)|cannot\s+(?:be\s+)?(?:rule[ds]?\s+out|excluded?))\b/);
// "This was not an accident", "did not start by itself": the event was meant.
const MEANT = /* @__PURE__ */ gated(new RegExp(`\\b(?:(?:this|it|the\\s+(?:${EVENT_WORDS}))\\s+(?:was|is)\\s+(?:not|no)\\s+(?:an?\\s+)?accident(?![\\w-])(?!\\s+(?:that|blackspot|waiting|prone))|(?:did\\s+not|didn't)\\s+(?:start|begin|happen)\\s+(?:by\\s+itself|on\\s+its\\s+own))`));
// "It was a tragic accident": nobody meant it.
const ACCIDENT = /* @__PURE__ */ gated(new RegExp(`\\b(?:this|it|the\\s+(?:${EVENT_WORDS}))\\s+(?:was|is)\\s+(?:an?\\s+)(?:(?:tragic|terrible|pure|simple)\\s+)?accident(?![\\w-])(?!\\s+(?:waiting|blackspot|prone))`));
// "The brakes failed", "the driver fell asleep": a vehicle's failure or its driver's lapse, told as the cause.
const FAILED = /* @__PURE__ */ gated(/\b(?:the|its|his|her|their)\s+(?:(?:bus|coach|lorry|truck|train|plane|aircraft|helicopter|car|van|ferry|boat)['’]s\s+|(?:left|right)\s+)?(?:(brakes?|engines?|steering)\s+(?:had\s+)?(?:failed|gone|gave\s+way|cut\s+out|(?:was|were|had\s+been)\s+(?:losing\s+power|failing))|(?:bus\s+|coach\s+|lorry\s+|truck\s+|train\s+)?(?:driver|pilot|captain)\b[^.;]{0,30}?\b(?:fell\s+asleep|dozed\s+off))/);
// A train that passed a signal at red is its driver's doing; a signal that showed green or cleared by a fault is the signal's,
// and says the driver did nothing wrong.
const PASSED_RED = /* @__PURE__ */ gated(/\bpassed\s+(?:a\s+|the\s+)?(?:red\s+signal|signal\s+(?:[\w-]+\s+){0,6}?(?:at|while\s+it\s+was)\s+red)\b|\b(?:ran|jumped|went\s+through)\s+a\s+red\s+(?:signal|light)\b|\bhad\s+a\s+red\s+signal\s+and\s+(?:he|she)\s+did\s+not\s+stop\b|\b(?:at|showing|was)\s+red\s+when\s+the\s+(?:[\w-]+\s+)?train\s+(?:passed|went\s+past)\b/);
const SIGNAL_GREEN = /* @__PURE__ */ gated(/\bsignal\s+(?:was\s+|had\s+been\s+)?(?:show(?:ed|ing)|at|gave(?:\s+him|\s+her)?)\s+(?:a\s+)?green\b|\bhad\s+a\s+green\s+signal\b|\bsignal\b[^.;]{0,40}?\bcleared\s+for\s+(?:him|her)\s+because\s+of\s+a\s+fault\b/);
// "Denied that the brakes failed": a negation just before a told cause.
const NEGATED_BEFORE = /* @__PURE__ */ gated(/\b(?:not|no|never|deny|denies|denied)\b[^.;,]{0,30}$/);
// Questions, guesses and other events: no account of this event's cause.
const OPEN = /* @__PURE__ */ gated(/\b(?:whether|if|may\s+have|might\s+have|could\s+have|possible|possibly|possibility|theor(?:y|ies)|hypothes[ie]s|lines?\s+of\s+inquiry|being\s+investigated|investigating|examining|looking\s+into|would\s+have)\b/);
const OTHER_EVENT = /* @__PURE__ */ gated(/\b(?:last\s+(?:year|week|month|winter|summer|spring|autumn)|previous|earlier\s+(?:fire|crash|accident|blast|explosion|collapse|derailment|slide)s?|in\s+the\s+past|similar|another|other|separate|ago|decades?|(?:19|20)\d\ds?|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/);

interface Reading {
  /** Causes the passage gives. */
  gives: Set<Cause>;
  /** Causes it denies. */
  denies: Set<Cause>;
  /** The event families the passage names as the subject it gives a cause for. */
  families: Set<string>;
}

/** The kinds of cause a phrase names, each with where it starts. */
function causesIn(text: string): { cause: Cause; at: number; end: number; words: string }[] {
  const out: { cause: Cause; at: number; end: number; words: string }[] = [];
  for (const [cause, re] of CAUSE_RES) for (const m of text.matchAll(re)) out.push({ cause, at: m.index, end: m.index + m[0].length, words: m[0] });
  return out.sort((a, b) => a.at - b.at);
}

function familyOf(word: string): string | undefined {
  for (const [name, re] of FAMILY_RES) {
    re.lastIndex = 0;
    if (re.test(word)) return name;
  }
  return undefined;
}

/** The causes a passage gives or denies for its story's event. */
const causeOf = perPassage<Reading | undefined>();
function readCause(st: Statement): Reading | undefined {
  const lower = st.lower;
  // Every cause read below is found by one of these: a passage none of them may match gives none.
  if (!CAUSE_SIGNS.some((re) => mayMatch(re, lower))) return undefined;
  if (asks(lower) || OTHER_EVENT.test(lower)) return undefined;
  const kept = KEPT_OPEN.test(lower);
  if (OPEN.test(lower.replace(KEPT_OPEN, ''))) return undefined;
  const gives = new Set<Cause>();
  const denies = new Set<Cause>();
  const families = new Set<string>();
  const take = (slot: string, negated: boolean, anchored: boolean) => {
    // "was not due to the snow but to a design flaw": the first cause denied, the one after "but" given.
    const turn = negated ? slot.search(/\bbut\b/) : -1;
    for (const c of causesIn(slot)) {
      const lead = slot.slice(0, c.at);
      // The cause is what the verb names, not a word further on ("was the result of years of neglect near the quarry").
      if (anchored && !/^\s*["'“‘]?(?:(?:an?|the|its|their|some)\s+)?(?:[\w-]+\s+)?$/.test(turn >= 0 && c.at > turn ? slot.slice(turn + 3, c.at).replace(/^\s*(?:to|by|with)\s+/, '') : lead)) continue;
      const denied = negated && (turn < 0 || c.at < turn);
      (denied && !kept ? denies : gives).add(c.cause);
    }
  };
  for (const cue of lower.matchAll(AFTER)) {
    const subject = SUBJECT.exec(lower.slice(0, cue.index));
    if (!subject) continue;
    const family = subject[1] ? familyOf(subject[1]) : undefined;
    if (family) families.add(family);
    const from = cue.index + cue[0].length;
    let slot = lower.slice(from, from + 100);
    const negated = !!(cue[1] ?? cue[2]);
    // A clause ends the cause; after a denial "but" goes on to the cause given instead.
    const end = slot.search(negated ? /[.;:!?]/ : /[.;:!?]|\s(?:but|while|whereas|although)\s/);
    if (end >= 0) slot = slot.slice(0, end);
    take(slot, negated, true);
  }
  for (const cue of lower.matchAll(BEFORE)) {
    // "Lightning struck the barn and set the hay ablaze" is not this; "a short circuit in the kitchen started the fire".
    const clause = lower.slice(Math.max(0, cue.index - 80), cue.index).split(/[.;:!?,]/).pop() ?? '';
    if (/\b(?:not|never|no)\b/.test(clause)) continue;
    const found = causesIn(clause);
    if (!found.length || found.some((c) => c.cause !== found[0].cause)) continue;
    const family = familyOf(cue[1]);
    if (family) families.add(family);
    gives.add(found[0].cause);
    // "…started the fire, not arsonists": the cause after "not" is denied.
    const rest = lower.slice(cue.index + cue[0].length, cue.index + cue[0].length + 60);
    const not = /^\s*,?\s*not\s+(?:by\s+)?([^.;,]+)/.exec(rest);
    if (not) for (const c of causesIn(not[1])) if (c.at === 0 || /^(?:an?\s+|the\s+)$/.test(not[1].slice(0, c.at))) denies.add(c.cause);
  }
  for (const cue of lower.matchAll(LIKELIEST)) {
    const clause = lower.slice(0, cue.index).split(/[.;:!?]/).pop() ?? '';
    if (/\b(?:not|never|no)\b/.test(clause)) continue;
    const first = causesIn(clause)[0];
    if (first) gives.add(first.cause);
  }
  if (NO_CHARGE.test(lower)) denies.add('human');
  for (const re of [POINTS, ASKED, BLAMES]) {
    for (const cue of lower.matchAll(re)) {
      const from = cue.index + cue[0].length;
      let slot = lower.slice(from, from + 100);
      const end = slot.search(/[.;:!?]|\s(?:but|while|whereas|although)\s/);
      if (end >= 0) slot = slot.slice(0, end);
      // "blamed the weather for the delays", "blamed the delays on the weather": a cause of something else.
      const of = /\b(?:for|on)\s+(?:the\s+|its\s+|their\s+|this\s+|most\s+of\s+(?:the\s+|their\s+)?)?(?:[\w-]+\s+){0,2}?([\w-]+)/.exec(slot);
      if (re === BLAMES && of) {
        if (!new RegExp(`^(?:${EVENT_WORDS}|deaths?|it|this)$`).test(of[1])) continue;
        const family = familyOf(of[1]);
        if (family) families.add(family);
      }
      // The evidence or the blame names the cause first ("points to a sudden change in the weather").
      for (const c of causesIn(slot)) {
        if (!/^\s*["'“‘]?(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,4}?$/.test(slot.slice(0, c.at)) || /\b(?:of|its|their|his|her)\b/.test(slot.slice(0, c.at).replace(/^\s*(?:its|their)\s+/, ''))) continue;
        gives.add(c.cause);
        break;
      }
    }
  }
  // Denials and kept-open causes outside those verbs: "There was no saboteur", "a bomb cannot be excluded".
  const familyNamed = FAMILY_RES.some(([, re]) => { re.lastIndex = 0; return re.test(lower); });
  for (const c of causesIn(lower)) {
    const lead = lower.slice(Math.max(0, c.at - 60), c.at);
    const words = c.words.trim();
    // "no sign of foul play in his death": a death of its own.
    const said = /^\s*in\s+(?:his|her|their|the)\s+deaths?\b/.test(lower.slice(c.end, c.end + 30)) ? false : true;
    if (said && DENIED.test(lead) && ONLY_CAUSE.test(words) && !KEPT_OPEN.test(lower.slice(Math.max(0, c.at - 60), c.end + 40))) denies.add(c.cause);
    else if (kept && KEPT_OPEN.test(lower.slice(Math.max(0, c.at - 60), c.end + 40)) && (c.cause === 'deliberate' || familyNamed)) gives.add(c.cause);
  }
  const failed = FAILED.exec(lower);
  if (failed && !NEGATED_BEFORE.test(lower.slice(0, failed.index))) gives.add(failed[1] ? 'technical' : 'human');
  const red = PASSED_RED.exec(lower);
  if (red && !NEGATED_BEFORE.test(lower.slice(0, red.index))) gives.add('human');
  else if (SIGNAL_GREEN.test(lower)) { gives.add('technical'); denies.add('human'); }
  if (MEANT.test(lower)) gives.add('deliberate');
  else if (ACCIDENT.test(lower)) denies.add('deliberate');
  for (const c of [...gives]) if (denies.has(c)) { gives.delete(c); denies.delete(c); }
  // Two causes given in one passage are one account of a chain ("icing led to engine failure"), or a list.
  if (gives.size > 1) gives.clear();
  return gives.size || denies.size ? { gives, denies, families } : undefined;
}

const CAUSE_SIGNS = [...CAUSE_RES.map(([, re]) => re), NO_CHARGE, FAILED, PASSED_RED, SIGNAL_GREEN, MEANT, ACCIDENT];

/** The family of event a story is about: the one its passages name most, or undefined. */
function storyFamily(statements: Statement[]): string | undefined {
  const counts = new Map<string, number>();
  for (const st of statements) {
    for (const [name, re] of FAMILY_RES) {
      re.lastIndex = 0;
      if (re.test(st.lower)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length ? ranked[0][0] : undefined;
}

/**
 * Sources that give the event different causes: "this was sabotage" against "there was no saboteur",
 * a gas leak against a bomb that "cannot be excluded", "everything points to the weather" against
 * "no thunderstorm anywhere over the channel". One dispute a story: the cause most sources give
 * against those denying it or giving another.
 */
export function causeContradictions(statements: Statement[]): Contradiction[] {
  const family = storyFamily(statements);
  const read = statements.map((st) => ({ st, r: causeOf(st, readCause) }))
    // A cause given for another kind of event than the story's ("the flooding was caused by the storm" in a story of a fire).
    .filter((x): x is { st: Statement; r: Reading } => !!x.r && (!x.r.families.size || !family || x.r.families.has(family)));
  if (read.length < 2) return [];
  const counts = new Map<Cause, number>();
  for (const { r } of read) for (const c of r.gives) counts.set(c, (counts.get(c) ?? 0) + 1);
  const denied = (c: Cause) => read.some((x) => x.r.denies.has(c));
  // Meant and not meant exclude each other; two other causes only where a source denies one of them.
  const exclusive = (a: Cause, b: Cause) => a === 'deliberate' || b === 'deliberate' || denied(a) || denied(b);
  // One speaker's two causes are one account, not a dispute.
  const apart = (s: Statement, t: Statement) => s.file !== t.file && (!s.speakerKey || s.speakerKey !== t.speakerKey);
  for (const [cause] of [...counts].sort((a, b) => b[1] - a[1])) {
    const a = read.filter((x) => x.r.gives.has(cause)).map((x) => x.st);
    const against = read.filter((x) => x.r.denies.has(cause) || [...x.r.gives].some((c) => c !== cause && exclusive(cause, c))).map((x) => x.st);
    const yes = a.filter((s) => against.some((t) => apart(s, t)));
    const no = against.filter((t) => a.some((s) => apart(s, t)));
    if (!yes.length || !no.length) continue;
    const others = [...new Set(read.filter((x) => no.includes(x.st)).flatMap((x) => [...x.r.gives]))];
    const them = others.length === 1 ? label(others[0]) : `not ${label(cause)}`;
    const shown = (list: Statement[]) => spread(list).slice(0, 4);
    return [{
      id: '', kind: 'attribution', topic: 'what caused it',
      summary: `What caused it: ${label(cause)} (${voicesOf(yes)}) vs ${them} (${voicesOf(no)})`,
      confidence: round(0.55 - ([...yes, ...no].every((s) => s.hedged) ? 0.1 : 0)),
      sides: [...shown(yes).map((s) => sideOf(s, label(cause))), ...shown(no).map((s) => sideOf(s, them))],
    }];
  }
  return [];
}

/** Passages in the order a reader should see them: a speaker's own words first, one source at a time. */
function spread(list: Statement[]): Statement[] {
  const ranked = [...list].sort((a, b) => Number(!!b.claim?.speaker) - Number(!!a.claim?.speaker));
  const byFile = new Map<string, Statement[]>();
  for (const st of ranked) (byFile.get(st.file) ?? byFile.set(st.file, []).get(st.file)!).push(st);
  const out: Statement[] = [];
  for (let i = 0; out.length < list.length; i++) for (const group of byFile.values()) if (group[i]) out.push(group[i]);
  return out;
}

function label(c: Cause): string {
  return { deliberate: 'a deliberate act', natural: 'nature (the weather)', technical: 'a technical failure', human: 'people at work' }[c];
}
