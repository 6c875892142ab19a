import type { Actor, Contradiction, DocumentAnalysis, Mention } from '../types';
import { type Statement, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { gated } from '../prefilter';

// "she is being held by the Directorate", "was being held at the headquarters", "is in police custody".
// "Held" alone also says an event took place ("a vigil was held"): it counts with whoever holds.
const HELD = /* @__PURE__ */ gated(/\b(?:is|was|are|were|been|being|remains?|remained)\s+(?:still\s+)?(?:being\s+)?(?:held\s+(?:by|at|in\s+(?:a\s+|the\s+)?(?:cell|prison|jail|detention|custody)|incommunicado|without\s+charge)|detained|in\s+(?:police\s+|military\s+)?custody|taken\s+into\s+custody|under\s+arrest)\b/);
// Held now: "She is in a cell tonight", "is spending a sixth night in the custody of the Bureau", "never left custody".
const HELD_NOW = /* @__PURE__ */ gated(/\b(?:is|are|remains?)\s+(?:still\s+)?in\s+a\s+cell\b|\b(?:is|are)\s+spending\s+(?:a|an|her|his|their)\s+\w+\s+nights?\s+in\s+(?:the\s+)?custody\b|\bnever\s+left\s+custody\b/);
// "She is not in police custody", "Police deny holding her", "had fled across the border".
const NOT_HELD = [
  /\b(?:not|never|no\s+longer)\s+(?:been\s+|being\s+)?(?:in\s+(?:police\s+|military\s+)?custody|held|detained|under\s+arrest|arrested)\b/,
  /\bden(?:y|ies|ied|ying)\s+(?:holding|detaining|arresting|having\s+(?:arrested|detained))\b/,
  // "The ministry denied she had been detained", "denies that he was ever arrested".
  /\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+\s+(?:had|has|have|was|were|is|are)\s+(?:ever\s+)?(?:been\s+)?(?:detained|arrested|held|in\s+custody|under\s+arrest)\b(?!\s+(?:because|for|over|on\s+(?:charges|suspicion)))/,
  /\b(?:fled|escaped)\s+(?:across|to|into|abroad|the\s+country)\b/,
  // "had still not been found", "no arrest had been made": at large.
  /\b(?:still\s+)?not\s+(?:yet\s+)?been\s+(?:found|located|traced|caught)\b(?!\s+(?:guilty|responsible|liable|innocent|to\s+have|in\s+breach))(?![^.;]{0,20}\b(?:bod(?:y|ies)|remains)\b)/, /\bno\s+arrest\s+(?:had|has)\s+(?:yet\s+)?been\s+made\b/,
  // "She is at home and free", "nobody has come to arrest her".
  /\b(?:is|was|remains?|remained)\s+(?:at\s+home\s+and\s+)?free\b(?!\s+(?:of|from|to|speech|press|trade|zone|market|kick))/, /\b(?:no\s+one|nobody)\s+(?:has|had)\s+(?:come|tried)\s+to\s+(?:arrest|detain)\b/,
];
// A question of who is to blame is another story: "held responsible", "charged with".
const OTHER = /* @__PURE__ */ gated(/\b(?:responsible|accountable|charged\s+with)\b/);
// "was questioned as a witness and released without charge", "has been freed", "was sent home".
const RELEASE_WORDS = '(?:released|freed|let\\s+go|sent\\s+home|went\\s+home)';
const RELEASE_WORD = /* @__PURE__ */ gated(new RegExp(`\\b${RELEASE_WORDS}\\b`));
const RELEASED = /* @__PURE__ */ gated(new RegExp(`\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:[\\w,]+\\s+){0,8}?${RELEASE_WORDS}\\b`));
const STILL_HELD = /* @__PURE__ */ gated(/\b(?:remains?|remained|is\s+still|are\s+still|was\s+still)\s+(?:being\s+)?(?:held|detained|in\s+(?:police\s+|military\s+)?custody|under\s+arrest|behind\s+bars)\b/);
const PRONOUN = /* @__PURE__ */ gated(/\b(?:she|he|her|him)\b/);
// Of a person, not of charges or a laptop: "She has not been released", "Tarnavska has still not been freed".
const NOT_RELEASED = /* @__PURE__ */ gated(/(?:\b[Ss]he|\b[Hh]e|\b[Tt]hey|\b\p{Lu}\p{Ll}+)\s+(?:(?:has|have|had|was|were|is|are)\s+(?:still\s+)?not|hasn['’]t|haven['’]t|hadn['’]t|wasn['’]t|weren['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:released|freed)\b/u);
const DOUBTED = /* @__PURE__ */ gated(/\b(?:not\s+believe|doubts?|doubted)\b[^.;]{0,40}\b(?:released|freed)\b/);
const CONDITION = /* @__PURE__ */ gated(/\b(?:if|unless|whether)\s+(?:she|he|they|it|the\s+\w+)\s+(?:is|was|were|are|has|had|remains?)\s+(?:still\s+)?(?:not\s+)?(?:free|held|detained|released|in\s+custody)\b/);

/**
 * Whether a passage says someone is held, not held (or gone), or was released. A passage that
 * tells both the holding and the release tells a sequence, and says neither.
 */
const custodyOf = perPassage<'held' | 'free' | 'released' | undefined>();
function readCustody(st: Statement): 'held' | 'free' | 'released' | undefined {
  // "remains in custody and has been charged with…" still says where the person is.
  if (OTHER.test(st.lower) && !STILL_HELD.test(st.lower)) return undefined;
  // "She has not been released": still held (not "was not released until Sunday", which tells a release).
  if (NOT_RELEASED.test(st.text) && !/\b(?:until|till)\b/.test(st.lower)) return 'held';
  // "If she is free, let her walk out of that door": a condition says neither; nor does "does not believe she
  // was freed", nor "a client whom the state says is free", which tells what another says inside the quotation.
  if (CONDITION.test(st.lower) || DOUBTED.test(st.lower)) return undefined;
  if (RELEASE_WORD.test(st.lower)) return RELEASED.test(st.lower) && !HELD.test(st.lower) && !HELD_NOW.test(st.lower) && !NOT_HELD.some((re) => re.test(st.lower)) ? 'released' : undefined;
  const notHeld = NOT_HELD.map((re) => re.exec(st.lower)).find((m) => m);
  if (notHeld) return /\b(?:says?|said|claims?|claimed|insists?|insisted)\s+$/.test(st.lower.slice(Math.max(0, notHeld.index - 12), notHeld.index)) ? undefined : 'free';
  return HELD.test(st.lower) || HELD_NOW.test(st.lower) ? 'held' : undefined;
}

/** The day a passage gives for what it says (a resolved date in it, else the article's date), in ms. */
export function dayOf(st: Statement): number | undefined {
  return ownDayOf(st) ?? msOf(st.published?.slice(0, 10));
}

/** The day a passage itself gives (a resolved date in it), in ms. */
function ownDayOf(st: Statement): number | undefined {
  return msOf(st.dates.find((x) => x.start >= st.start && x.end <= st.end && x.date?.length === 10)?.date);
}

function msOf(iso: string | undefined): number | undefined {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(t) ? undefined : t;
}

/** Who a custody dispute is about, as its summary names them. */
function nameOf(who: string, actors: Map<string, Actor>): string {
  if (who === UNNAMED_SUSPECT) return 'the suspect';
  if (who.startsWith(`${UNNAMED_SUSPECT}s:`)) return `the ${who.slice(UNNAMED_SUSPECT.length + 2)} suspects`;
  return actors.get(who)?.name ?? 'the person';
}

// "The driver, named by his union as Lev Harmat,", "the ship's captain, Ana Dorn", "that engineer, Radim Stastny,":
// a role and the person in it.
const ROLES = 'driver|pilot|co-pilot|captain|skipper|conductor|suspect|gunman|shooter|attacker|bomber|engineer|technician';
const ROLE_NAMED = /* @__PURE__ */ gated(new RegExp(`\\b(?:(?:the|that|this)\\s+(?:[a-z]+['’]s\\s+|[a-z]+\\s+)?)(${ROLES})\\s*,\\s*(?:(?:named|identified)\\s+(?:[a-z]+\\s+){0,4}?as\\s+)?$`));
const ROLE_SUBJECT = /* @__PURE__ */ gated(new RegExp(`^(?:the\\s+(?:[a-z]+['’]s\\s+|[a-z]+\\s+)?)(${ROLES})\\b`));

/** The person each role names across the sources, where the sources name exactly one. */
export function rolesNamed(statements: Statement[], personActors: Set<string>): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const st of statements) {
    if (!st.lower.includes(',')) continue;
    for (const m of st.mentions) {
      if (!m.actor || !personActors.has(m.actor)) continue;
      const role = ROLE_NAMED.exec(st.lower.slice(Math.max(0, m.start - st.start - 60), m.start - st.start))?.[1];
      if (role) (found.get(role) ?? found.set(role, new Set()).get(role)!).add(m.actor);
    }
  }
  return new Map([...found].filter(([, who]) => who.size === 1).map(([role, who]) => [role, [...who][0]]));
}

/**
 * The person a statement is about: the one it names, else the one the sources name in the role it
 * opens with ("The driver of the train was …"), else for "she"/"he" the last person named before it.
 */
export function personOf(st: Statement, people: Mention[], personActors: Set<string>, roles: Map<string, string>): string | undefined {
  // "Hrabeš's campaign manager": a possessive names whose, not who.
  const named = st.mentions.filter((m) => m.actor && personActors.has(m.actor) && m.actor !== st.claim?.speaker && !/^['’]s\b/.test(st.doc.prose.slice(m.end, m.end + 3)));
  if (named.length) return new Set(named.map((m) => m.actor)).size === 1 ? named[0].actor : undefined;
  const role = ROLE_SUBJECT.exec(st.lower)?.[1];
  if (role) return roles.get(role);
  const pronoun = PRONOUN.exec(st.lower);
  if (!pronoun) return undefined;
  const at = st.start + pronoun.index;
  let last: Mention | undefined;
  for (const m of people) {
    if (m.end > at) break;
    if (at - m.end <= 600 && m.actor !== st.claim?.speaker) last = m;
  }
  return last?.actor;
}

/** The person actors, and the people each article names in text order, found only for the articles asked about. */
export function peopleOf(docs: DocumentAnalysis[], actors: Map<string, Actor>): { personActors: Set<string>; peopleIn: (file: string) => Mention[] } {
  const personActors = new Set([...actors.values()].filter((a) => a.type === 'person').map((a) => a.id));
  const docByFile = new Map(docs.map((a) => [a.doc.file, a]));
  const peopleByFile = new Map<string, Mention[]>();
  const peopleIn = (file: string): Mention[] => {
    let people = peopleByFile.get(file);
    if (!people) {
      people = (docByFile.get(file)?.mentions ?? []).filter((m) => m.actor && personActors.has(m.actor)).sort((x, y) => x.start - y.start);
      peopleByFile.set(file, people);
    }
    return people;
  };
  return { personActors, peopleIn };
}

// A person held but not named: "the suspect arrested on Thursday", "a 24-year-old man detained at a flat".
const UNNAMED = /* @__PURE__ */ gated(/\b(?:the|a)\s+(?:\d+-year-old\s+)?(?:suspect|man|woman|teenager|youth)\s+(?:who\s+was\s+|who\s+had\s+been\s+)?(?:arrested|detained)\b/);
const UNNAMED_SUSPECT = '\u0000suspect';
// People held but not named, by how many: "the two suspects", "the three men arrested near the airport".
const UNNAMED_GROUP = /* @__PURE__ */ gated(/\bthe\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:suspects\b|(?:men|women|people|teenagers|activists)\s+(?:who\s+were\s+|who\s+had\s+been\s+)?(?:arrested|detained)\b)/);

/**
 * Where a person is, as sources disagree about it: held by the authorities in one ("she is being
 * held by the Directorate"), not held or gone in another ("She is not in police custody", "had fled
 * across the border").
 */
export function custodyContradictions(statements: Statement[], docs: DocumentAnalysis[], actors: Map<string, Actor>): Contradiction[] {
  // The people of an article, found only for articles with a sentence about custody.
  const { personActors, peopleIn } = peopleOf(docs, actors);
  const held = new Map<string, Statement[]>();
  const free = new Map<string, Statement[]>();
  const released = new Map<string, Statement[]>();
  let roles: Map<string, string> | undefined;
  for (const st of statements) {
    const said = custodyOf(st, readCustody);
    if (!said) continue;
    // "The man arrested in Velmora on Thursday has been released": a suspect the police have not named.
    // "Ivan Petrov, one of the two suspects, was released": of one of them, not of the group.
    const group = /\bone\s+of\s+the\s+\w+\s+(?:suspects|men|women|people)\b/.test(st.lower) ? undefined : UNNAMED_GROUP.exec(st.lower)?.[1];
    const who = group ? `${UNNAMED_SUSPECT}s:${group}` : UNNAMED.test(st.lower) ? UNNAMED_SUSPECT : personOf(st, peopleIn(st.file), personActors, (roles ??= rolesNamed(statements, personActors)));
    if (!who) continue;
    const into = said === 'free' ? free : said === 'released' ? released : held;
    (into.get(who) ?? into.set(who, []).get(who)!).push(st);
  }
  const out: Contradiction[] = [];
  for (const [who, heldSides] of held) {
    const freeSides = (free.get(who) ?? []).filter((f) => heldSides.some((h) => h.file !== f.file));
    if (!freeSides.length) continue;
    const hs = heldSides.filter((h) => freeSides.some((f) => f.file !== h.file));
    const name = nameOf(who, actors);
    const many = who.startsWith(`${UNNAMED_SUSPECT}s:`);
    out.push({
      id: '', kind: 'polarity', topic: `whether ${name} ${many ? 'are' : 'is'} held`,
      summary: `${many ? 'Are' : 'Is'} ${name} in custody: yes (${voicesOf(hs)}) vs no (${voicesOf(freeSides)})`,
      confidence: round(0.55),
      sides: [...hs.slice(0, 4), ...freeSides.slice(0, 4)].map((s) => sideOf(s)),
    });
  }
  // Said to be held on a day after another source says the person was released: one of them is wrong.
  // Held first and released later is the story going on, not a dispute.
  for (const [who, releasedSides] of released) {
    const later = (h: Statement, r: Statement) => {
      // "remains in custody", "is still held": the state on the day the article was written. A
      // passage that tells of the arrest ("was detained in 2024") says nothing of later days unless it dates itself.
      // So does "has not been released".
      const now = (/\b(?:remains?|is|are)\s+(?:still\s+)?(?:being\s+)?(?:held|detained|in\s+(?:police\s+)?custody|under\s+arrest)\b/.test(h.lower) || HELD_NOW.test(h.lower) || NOT_RELEASED.test(h.text)) && h.published ? Date.parse(h.published) : Number.NaN;
      const own = ownDayOf(h);
      const hd = Number.isNaN(now) ? own : Math.max(now, own ?? now);
      const rd = dayOf(r);
      return h.file !== r.file && hd !== undefined && rd !== undefined && hd > rd;
    };
    const hs = (held.get(who) ?? []).filter((h) => releasedSides.some((r) => later(h, r)));
    const rs = releasedSides.filter((r) => hs.some((h) => later(h, r)));
    if (!hs.length || !rs.length) continue;
    const name = nameOf(who, actors);
    const many = who.startsWith(`${UNNAMED_SUSPECT}s:`);
    out.push({
      id: '', kind: 'status', topic: `whether ${name} ${many ? 'were' : 'was'} released`,
      summary: `${many ? 'Were' : 'Was'} ${name} released: yes (${voicesOf(rs)}) vs still held later (${voicesOf(hs)})`,
      confidence: round(0.55),
      sides: [...hs.slice(0, 4), ...rs.slice(0, 4)].map((s) => sideOf(s)),
    });
  }
  return out;
}
