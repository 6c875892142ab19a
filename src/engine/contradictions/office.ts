import type { Actor, Contradiction, DocumentAnalysis } from '../types';
import { type Statement, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { dayOf, peopleOf, personOf, rolesNamed } from './custody';
import { deniedNear, disagreements, yesNoContradiction, type YesNo } from './two-sided';
import { gated } from '../prefilter';

// Political news disputes who holds an office and how a contract was awarded.

// "Kovač has resigned", "resigned on 13 November", "accepted his resignation", "stepped down as minister".
const RESIGNED = /* @__PURE__ */ gated(/\b(?:has|had|have)\s+(?:now\s+)?resigned\b|\bresigned\s+(?:on|as|from|late|early|hours|after|yesterday|today|last|this|with)\b|\b(?:accepted|announced|handed\s+in|submitted|tendered)\s+(?:his|her|the\s+minister's|the)\s+resignation\b(?!\s+of\b)|\bstepped\s+down\b/);
// "He has not resigned", "refused to resign", "remains in office", "will not step down".
const IN_OFFICE = /* @__PURE__ */ gated(/\b(?:has|had|have|did)\s*(?:not|n['’]t|never)\s+(?:resign(?:ed)?|stepped\s+down|step\s+down)\b|\bnot\s+resigned\b|\brefus(?:ed|es|ing)\s+to\s+(?:resign|step\s+down|quit)\b|\b(?:remains|remained|is\s+still|stays|stayed)\s+(?:in\s+office|in\s+post|in\s+(?:the\s+)?government|a\s+member\s+of\s+the\s+government)\b|\b(?:will|would)\s+not\s+(?:resign|step\s+down|quit)\b/);
// Talk of a resignation that may come: "called for his resignation", "if he resigns".
const MAYBE = /* @__PURE__ */ gated(/\b(?:call(?:s|ed|ing)?\s+(?:for|on)|demand(?:s|ed|ing)?|urg(?:es|ed|ing)|if|whether|should|must|could|would|may|might)\b[^.;]{0,30}\bresign/);

// "Hrabeš conceded defeat in a telephone call" vs "I have not conceded, and I will not concede".
// Not "conceded that mistakes had been made": an admission, not a defeat.
const CONCEDED = /* @__PURE__ */ gated(/\bconceded\b(?!\s+(?:that|the\s+point|a\s+point|some|several|mistakes|errors|failings|it\s+was|there\s+(?:was|were|had)|in\s+an\s+interview\s+that))|\b(?:accepted|acknowledged)\s+(?:(?:his|her|their|the)\s+)?defeat\b/);
const NOT_CONCEDED = /* @__PURE__ */ gated(/\b(?:has|have|had|did)\s*(?:not|n['’]t|never)\s+conceded?\b|\bnot\s+conceded\b|\brefus(?:ed|es|ing)\s+to\s+(?:concede|accept\s+(?:the\s+)?(?:result|defeat))\b|\b(?:will|would)\s+not\s+concede\b|\bstill\s+contests?\b/);
const MAYBE_CONCEDE = /* @__PURE__ */ gated(/\b(?:call(?:s|ed|ing)?\s+(?:for|on)|urg(?:es|ed|ing)|if|whether|should|must|could|would|may|might)\b[^.;]{0,30}\bconcede/);

const EARLIER = /* @__PURE__ */ gated(/,\s*(?:who|which)\s+(?:[\w'’]+\s+){0,3}$|\b(?:previously|once|formerly|already)\s+$/);
const PAST_AFTER = /* @__PURE__ */ gated(/^[^.;]{0,50}?\b(?:last\s+year|years?\s+(?:ago|earlier|before)|in\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d|decades?\s+ago|in\s+a\s+previous)\b/);
// Someone else named before the verb: "His deputy resigned on Monday", "the minister's chief of staff has resigned".
const OTHER_SUBJECT = /* @__PURE__ */ gated(/\b(?:his|her|their|its|the|a)\s+(?:[\w'’-]+\s+){0,3}?(?:deputy|deputies|aides?|advis[eo]rs?|spokes(?:man|woman|person)|chief\s+of\s+staff|secretary|secretaries|directors?|heads?|chair(?:man|woman)?|officials?|members?|colleagues?|wife|husband|brother|sister|son|daughter|assistants?|managers?|ministers?|governors?|mayors?|officers?|board|staff)\s*(?:,[^,]{1,40},\s*)?(?:(?:has|have|had|also|then|later|now)\s+)*$/);

// Each state a person's standing may be disputed in: [topic word, done, not done, talk of it to come].
const STANDINGS: Array<{ key: string; cue: RegExp; done: RegExp; notDone: RegExp; maybe: RegExp; question: (name: string) => string; no: string }> = [
  { key: 'resigned', cue: /resign|step|office|post|government/, done: RESIGNED, notDone: IN_OFFICE, maybe: MAYBE, question: (n) => `Did ${n} resign`, no: 'still in office' },
  { key: 'conceded', cue: /conced|defeat|contest/, done: CONCEDED, notDone: NOT_CONCEDED, maybe: MAYBE_CONCEDE, question: (n) => `Did ${n} concede`, no: 'has not conceded' },
];

/** What a passage says of each standing: done ('out'), not done ('in'), or nothing. */
const officeOf = perPassage<Array<'out' | 'in' | undefined>>();
function readOffice(st: Statement): Array<'out' | 'in' | undefined> {
  return STANDINGS.map(({ cue, done, notDone, maybe }) => {
    if (!cue.test(st.lower)) return undefined;
    const stays = notDone.test(st.lower);
    const rest = st.lower.replace(new RegExp(notDone.source, 'g'), ' ');
    const d = done.exec(rest);
    // An earlier step down, told in passing: "Kovač, who resigned as mayor in 2019, …", "stepped down from the board last year".
    const out = !!d && !(EARLIER.test(rest.slice(Math.max(0, d.index - 40), d.index)) || PAST_AFTER.test(rest.slice(d.index + d[0].length, d.index + d[0].length + 60)));
    if (stays === out) return undefined; // both: a sequence; neither: nothing said
    if (out && maybe.test(st.lower)) return undefined;
    return out ? 'out' : 'in';
  });
}

/** The day a "not done" statement stands for: the article's day for "has not", else the day it names. */
function stateDay(st: Statement): number | undefined {
  if (/\b(?:has|have)\s*(?:not|n['’]t|never)\b|\bremains?\b|\bstill\b|\bwill\s+not\b/.test(st.lower) && st.published) {
    const t = Date.parse(st.published);
    if (!Number.isNaN(t)) return Math.max(t, dayOf(st) ?? t);
  }
  return dayOf(st);
}

/**
 * Whether a person still holds office: one source says they resigned, another, on the same day or
 * later, that they have not. Refusing to resign before resigning is the story going on.
 */
export function officeContradictions(statements: Statement[], docs: DocumentAnalysis[], actors: Map<string, Actor>): Contradiction[] {
  const { personActors, peopleIn } = peopleOf(docs, actors);
  const found: Contradiction[] = [];
  let roles: Map<string, string> | undefined;
  STANDINGS.forEach((standing, k) => {
    const out = new Map<string, Statement[]>();
    const stays = new Map<string, Statement[]>();
    for (const st of statements) {
      const said = officeOf(st, readOffice)[k];
      if (!said) continue;
      // "I have not conceded," Hrabeš said: the speaker speaks of themselves.
      const self = /\bi\s+(?:have|had|did|will|won['’]t|am|was|never)\b/.test(st.lower) && st.claim?.speaker && personActors.has(st.claim.speaker) ? st.claim.speaker : undefined;
      // "Yelena Hrabeš conceded defeat in a call to President Mandros": the person named just before the verb.
      const verb = (said === 'out' ? standing.done : standing.notDone).exec(st.lower);
      // The speaker too, where the verb is the claim's own cue ("Hrabeš conceded defeat, …").
      const cueIsVerb = !!verb && !!st.claim && st.claim.cue.toLowerCase().split(/\s+/).some((w) => verb[0].includes(w));
      // Not the one who says so ("Hrabeš said on Tuesday that the minister had resigned"): a name before
      // the reporting verb that stands before this one. "Kovač has not resigned, his spokesman said" is Kovač's.
      const cue = st.claim?.cueSpan;
      const says = (m: { end: number }) => !!verb && !!cue && m.end <= cue.start && cue.end <= st.start + verb.index;
      const subject = verb ? st.mentions.filter((m) => m.actor && personActors.has(m.actor) && (cueIsVerb || !says(m))
        && m.end - st.start <= verb.index && verb.index - (m.end - st.start) <= 40).pop()?.actor : undefined;
      if (!self && !subject && verb && OTHER_SUBJECT.test(st.lower.slice(Math.max(0, verb.index - 60), verb.index).split(/[.;]/).pop() ?? '')) continue;
      const who = self ?? subject ?? personOf(st, peopleIn(st.file), personActors, (roles ??= rolesNamed(statements, personActors)));
      if (!who) continue;
      const into = said === 'out' ? out : stays;
      (into.get(who) ?? into.set(who, []).get(who)!).push(st);
    }
    for (const [who, gone] of out) {
      // Not done on the day it was done or after it, in another source.
      const clash = (g: Statement, s: Statement) => {
        const gd = dayOf(g);
        const sd = stateDay(s);
        return g.file !== s.file && gd !== undefined && sd !== undefined && sd >= gd;
      };
      const ss = (stays.get(who) ?? []).filter((s) => gone.some((g) => clash(g, s)));
      const gs = gone.filter((g) => ss.some((s) => clash(g, s)));
      if (!ss.length || !gs.length) continue;
      const name = actors.get(who)?.name ?? 'the person';
      found.push({
        id: '', kind: 'status', topic: `whether ${name} ${standing.key}`,
        summary: `${standing.question(name)}: yes (${voicesOf(gs)}) vs ${standing.no} (${voicesOf(ss)})`,
        confidence: round(0.55),
        sides: [...gs.slice(0, 4), ...ss.slice(0, 4)].map((s) => sideOf(s)),
      });
    }
  });
  return found;
}

// "awarded after an open public tender", "through a competitive tender" vs "without a public tender",
// "no public tender was held", "the only company invited to bid".
const TENDERED = [
  /\b(?:through|after|via|in|under|by|following)\s+(?:an?\s+)?(?:open|public|competitive)\s+(?:public\s+|international\s+)?(?:tender|bidding\s+process|auction)\b/,
  /\b(?:held|ran|organi[sz]ed|launched|announced)\s+(?:an?\s+)?(?:open|public|competitive)\s+(?:public\s+|international\s+)?tender\b/,
];
const UNTENDERED = [
  /\b(?:without|no|not\s+(?:a|any))\s+(?:(?:a|an|any)\s+)?(?:trace\s+of\s+(?:a|any)\s+)?(?:open\s+|public\s+|competitive\s+)?(?:public\s+)?(?:tender|bidding)\b/,
  /\bnot\s+(?:put|sent|offered)\s+(?:out\s+)?to\s+tender\b/,
  /\b(?:no-bid|single-source|without\s+competition|direct\s+award|directly\s+awarded)\b/,
  /\bonly\s+(?:company|firm|bidder|supplier)\s+(?:\w+\s+){0,2}?(?:asked|invited)\s+to\s+(?:bid|tender)\b/,
];
// Tenders to come or in general: "must go to tender", "future contracts will be tendered".
const GENERIC = /* @__PURE__ */ gated(/\b(?:will|would|should|must|could|plans?\s+to|to\s+be)\s+(?:\w+\s+){0,2}?(?:tender|bid)/);

const tenderOf = perPassage<boolean | undefined>();
function readTender(st: Statement): boolean | undefined {
  if (!/tender|bid/.test(st.lower) || GENERIC.test(st.lower)) return undefined;
  const no = UNTENDERED.map((re) => re.exec(st.lower)).find((m): m is RegExpExecArray => !!m);
  const yes = TENDERED.some((re) => re.test(st.lower));
  if (no && yes) return undefined;
  if (no) {
    return deniedNear(st.lower, no);
  }
  return yes ? true : undefined;
}

/** One source says a contract went to a public tender, another that there was none. */
export function tenderContradictions(statements: Statement[]): Contradiction[] {
  const read = (st: Statement): YesNo | undefined => {
    const r = tenderOf(st, readTender);
    return r === undefined ? undefined : { thing: 'tender', yes: r };
  };
  return disagreements(statements, read).map(({ yes, no }) => yesNoContradiction(
    'whether there was a public tender', `Was there a public tender: yes (${voicesOf(yes)}) vs no (${voicesOf(no)})`, yes, no));
}
