// Turns a speaker phrase into a speaker: the actor mention it names, the antecedent of a
// pronoun or definite description, or the description as written.
import type { Mention } from '../types';
import { scanWords, type Word } from '../lexicon/words';
import { SPOKES_NOUNS } from '../lexicon/cues';
import { headMention, mentionsIn, nearestMention, type Speaker } from './speakers';
import { isAcronymOf } from '../actors/rules';
import { DET, PREP, PRONOUNS, APPOSITION_STARTERS, isCap, type Phrase } from './phrases';
import type { Ctx, Frame } from './context';
import { gated } from '../prefilter';
import { remember } from '../memo';

// Patterns made from a word of the text (a title, a head noun): compiled once per word, not per use.
const patterns = new Map<string, RegExp>();
const pattern = (key: string, make: () => RegExp): RegExp => remember(patterns, key, make, 10_000);

// Heads of a phrase that still speaks for the organization it names ("Interfax news agency").
const GENERIC_HEADS = new Set([
  'news', 'agency', 'newspaper', 'channel', 'media', 'outlet', 'website', 'service', 'broadcaster',
  'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'press', 'office', 'statement', 'account',
  'ministry', 'government', 'authorities', 'command', 'headquarters', 'website',
]);

// Definite heads that refer back to an organization ("the group said").
const ORG_HEADS = new Set([
  'group', 'organization', 'organisation', 'militia', 'movement', 'company', 'firm', 'party', 'government',
  'unit', 'legion', 'corps', 'agency', 'ministry', 'committee', 'army', 'military', 'force', 'forces',
  'service', 'office', 'department', 'council', 'kremlin', 'administration', 'authority', 'network',
  'broadcaster', 'newspaper', 'channel', 'outlet', 'institute', 'think-tank', 'monitor', 'court',
  'commission', 'alliance', 'coalition', 'regime', 'bureau', 'directorate', 'brigade', 'battalion',
]);

// Heads that refer back to the organization last named even when its name lacks them ("the group said").
const ANAPHORIC_ORG_HEADS = new Set([
  'group', 'organization', 'organisation', 'company', 'firm', 'movement', 'militia', 'outlet', 'broadcaster',
  'newspaper', 'think-tank', 'alliance', 'coalition', 'campaign', 'charity', 'watchdog',
]);

// Offices whose holder speaks for themselves, not for the place or body they hold office in.
// Words before an office in its title: "Prime Minister", "Vice President", "Chief Justice".
const OFFICE_QUALIFIERS = new Set(['prime', 'vice', 'deputy', 'chief', 'foreign', 'interior', 'defence', 'defense', 'finance', 'health', 'justice', 'attorney']);
const OFFICE_HOLDERS = new Set([
  'governor', 'mayor', 'president', 'minister', 'premier', 'head', 'chief', 'director', 'leader', 'commander', 'chairman',
  'chairwoman', 'chair', 'ambassador', 'secretary', 'king', 'queen', 'prince', 'emir', 'sheikh', 'sultan', 'chancellor',
  'prosecutor', 'judge', 'ceo', 'founder', 'owner', 'principal', 'dean', 'rector', 'superintendent', 'sheriff', 'general',
]);

// Heads that name a document rather than who issued it.
const DOCUMENT_NOUNS = new Set([
  'statement', 'message', 'post', 'release', 'letter', 'communique', 'communiqué', 'video', 'tweet', 'notice',
  'bulletin', 'briefing', 'update', 'announcement', 'filing',
]);
const PLURAL_HEADS = new Set(['media', 'police', 'people', 'authorities', 'officials', 'sources', 'witnesses', 'residents', 'analysts', 'experts']);

/** Resolves a speaker phrase to a mention, an antecedent or a description. */
export function resolveSpeaker(ctx: Ctx, ui: number, ws: Word[], p: Phrase, f?: Frame): Speaker | undefined {
  const { prose } = ctx;
  const start = ws[p.first].start;
  const end = ws[p.last].end;
  const text = ctx.doc.text.slice(start, end);
  const toks = ws.slice(p.first, p.last + 1);
  const lows = toks.map((t) => t.lower);
  if (toks.length === 1 && PRONOUNS.has(lows[0])) return resolvePronoun(ctx, ui, lows[0], start, f?.info?.continues ?? false);
  // "its spokesperson", "their leader": the possessor speaks.
  if (toks.length <= 3 && ['its', 'their', 'his', 'her'].includes(lows[0]) && SPOKES_NOUNS.has(lows[lows.length - 1])) {
    const r = resolvePronoun(ctx, ui, lows[0] === 'its' ? 'it' : lows[0] === 'their' ? 'they' : 'he', start, false);
    if (r?.mention) return r;
  }
  const parenthesized = (m: Mention): boolean => {
    const before = prose.slice(start, m.start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  };
  const ms = mentionsIn(ctx.index, start, end);
  // "the NLF and the UDA", "Ukraine and the United States": several actors speak together; the first stands for them.
  const outside = toks.filter((t) => !ms.some((m) => t.start >= m.start && t.end <= m.end)).map((t) => t.lower);
  if (ms.length >= 2 && outside.includes('and') && !outside.includes("'s") && !outside.some((l) => PREP.has(l))) {
    return { text, mention: ms[0], kind: ctx.index.kind(ms[0]), plural: true };
  }
  if (ms.length) {
    const head = headMention(ms, ctx.index, parenthesized) ?? ms[ms.length - 1];
    const kind = ctx.index.kind(head);
    const tail = scanWords(prose, head.end, end).filter((w) => w.text !== ')' && w.text !== '(');
    const tailWords = tail.filter((w) => !(w.kind === 'word' && isCap(w)) || w.lower === "'s");
    const beforeHead = scanWords(prose, start, head.start).filter((w) => !ms.some((m) => w.start >= m.start && w.end <= m.end));
    const hasPrep = beforeHead.some((w) => PREP.has(w.lower));
    // "The governor of Tamsin Province", "the mayor of Orla": a person holding an office of the
    // place or body named, not the place; the office-holder named earlier, else the description.
    const role = beforeHead.filter((w) => w.kind === 'word' && !DET.has(w.lower));
    if (kind !== 'person' && role.length === 2 && OFFICE_HOLDERS.has(role[0].lower) && ['of', 'for'].includes(role[1].lower)) {
      return resolveNominal(ctx, ui, role[0].lower, start) ?? { text, kind: 'person' };
    }
    const named = { text: hasPrep ? text : ctx.doc.text.slice(head.start, head.end), mention: head, kind };
    if (!tail.length || tail.every((w) => w.kind === 'punct' || isCap(w) || parenthesized(head))) return named;
    // "Nora Keel of the Green Union Party", "Ana Ruiz from Reuters": a person and their affiliation.
    if (kind === 'person' && ['of', 'from', 'at', 'with'].includes(tail[0]?.lower ?? '') && !hasPrep) return { ...named, text: ctx.doc.text.slice(head.start, head.end) };
    if (tail[0]?.lower === "'s" && tail.slice(1).every((w) => SPOKES_NOUNS.has(w.lower) || GENERIC_HEADS.has(w.lower) || isCap(w))) return { ...named, text: ctx.doc.text.slice(head.start, head.end) };
    if (tailWords.every((w) => GENERIC_HEADS.has(w.lower) || w.lower === "'s")) return { text, mention: head, kind };
    // "Aldoria's interior minister": the one person the article names with that title, before or after.
    if (tail[0]?.lower === "'s" && kind !== 'person') {
      const office = tail.slice(1).filter((w) => w.kind === 'word').map((w) => w.lower);
      if (office.length && OFFICE_HOLDERS.has(office[office.length - 1])) {
        const holder = titledPerson(ctx, office.join(' '));
        if (holder) return { ...asSpeaker(ctx, holder), text };
      }
    }
    // "Ukraine's military", "the company's lawyers": an organ of a country or organization speaks for it.
    if (tail[0]?.lower === "'s" && kind !== 'person' && tail.length <= 4) return { text, mention: head, kind };
    return { text, kind: 'other', plural: isPluralHead(lows[lows.length - 1]) };
  }
  // "The statement said", "an earlier message": a document speaks for whoever issued it last.
  if (DOCUMENT_NOUNS.has(lows[lows.length - 1])) {
    const issuer = issuerOf(ctx, ui, lows[lows.length - 1], start);
    if (issuer) return issuer;
    const recent = recentSpeaker(ctx, ui, 2);
    if (recent) return recent;
  }
  // "the ministry", "the group's spokesperson": refer back to a named actor.
  const poss = lows.indexOf("'s");
  const core = poss > 0 ? toks.slice(0, poss) : toks;
  const coreLows = core.map((t) => t.lower);
  if (coreLows[0] === 'the' && core.length <= 3 && core.slice(1).every((t) => !isCap(t))) {
    const r = resolveNominal(ctx, ui, coreLows[coreLows.length - 1], start);
    if (r) return r;
  }
  // "the President said", "the Prime Minister told workers": an office written with capitals is the
  // one person the article names with it ("President Ruslan Vadko"), else the nearest so titled.
  if (coreLows[0] === 'the' && poss < 0 && core.length <= 3 && core.length >= 2 && OFFICE_HOLDERS.has(coreLows[coreLows.length - 1])
    && core.slice(1).every((t) => isCap(t) && (OFFICE_HOLDERS.has(t.lower) || OFFICE_QUALIFIERS.has(t.lower)))) {
    const holder = titledPerson(ctx, coreLows.slice(1).join(' '));
    if (holder) return { ...asSpeaker(ctx, holder), text };
    const r = core.length === 2 ? resolveNominal(ctx, ui, coreLows[1], start) : undefined;
    if (r && r.kind === 'person') return r;
  }
  // A capitalized name at the end of the phrase ("… who goes by the call sign Caesar").
  let n = toks.length;
  while (n > 0 && isCap(toks[n - 1])) n--;
  if (n < toks.length && n > 0 && !PRONOUNS.has(lows[n]) && !lows[lows.length - 1].endsWith('s')) {
    const s2 = toks[n].start;
    return { text: ctx.doc.text.slice(s2, end), kind: 'other' };
  }
  return { text, kind: 'other', plural: isPluralHead(lows[lows.length - 1]) };
}

/** The one person of the document written with a title right before the name ("Interior Minister Ruth Okafor"), if only one is. */
function titledPerson(ctx: Ctx, office: string): Mention | undefined {
  const safe = office.replace(/[^a-z\s-]/g, '').trim().replace(/\s+/g, '\\s+');
  if (!safe) return undefined;
  // Not "Vice President X" or "former President X" for "the President".
  const title = pattern(`office ${safe}`, () => new RegExp(`(?<!\\b(?:vice|deputy|former|ex|acting)[\\s-]+)\\b${safe}\\s+$`, 'i'));
  const found = ctx.index.list.filter((m) => ctx.index.kind(m) === 'person' && title.test(ctx.doc.text.slice(Math.max(0, m.start - 60), m.start)));
  const people = new Set(found.map((m) => m.text.trim().split(/\s+/).pop()!.toLowerCase()));
  return people.size === 1 ? found[0] : undefined;
}

function isPluralHead(l: string): boolean {
  return PLURAL_HEADS.has(l) || (l.length > 3 && l.endsWith('s') && !l.endsWith('ss'));
}

/** The most recent claim's speaker within `back` units. */
function recentSpeaker(ctx: Ctx, ui: number, back: number): Speaker | undefined {
  for (let k = ctx.claims.length - 1; k >= 0; k--) {
    const c = ctx.claims[k];
    if (c.unit < ui - back) break;
    if (c.unit <= ui && c.speakerInfo) return c.speakerInfo;
  }
  return undefined;
}

/** Whether `pos` is inside a quotation opened after `from`: more opening than closing curly quotes, or an odd number of straight ones. */
function quoted(prose: string, from: number, pos: number): boolean {
  let open = 0;
  let straight = 0;
  for (let i = from; i < pos; i++) {
    const c = prose.charCodeAt(i);
    if (c === 0x201c) open++;
    else if (c === 0x201d) open = Math.max(0, open - 1);
    else if (c === 0x22) straight++;
  }
  return open > 0 || straight % 2 === 1;
}

function asSpeaker(ctx: Ctx, m: Mention): Speaker {
  return { text: ctx.doc.text.slice(m.start, m.end), mention: m, kind: ctx.index.kind(m) };
}

/** Resolves he/she/it/they to the nearest fitting actor: this sentence, the last speaker, then earlier sentences. */
function resolvePronoun(ctx: Ctx, ui: number, pronoun: string, at: number, continues: boolean): Speaker | undefined {
  const unitStart = ctx.units[ui].start;
  const windowStart = ctx.units[Math.max(0, ui - 6)].start;
  const recent = recentSpeaker(ctx, ui, 3);
  if (continues && recent) return recent;
  const is = (k: string) => (m: Mention): boolean => ctx.index.kind(m) === k;
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'his' || pronoun === 'her') {
    // Only people the text does not say are of the other gender ("she" is not "Mr Adilov").
    const person = (m: Mention) => ctx.index.kind(m) === 'person' && ctx.gender.fits(m, pronoun);
    const fitting = (sp: Speaker | undefined) => !!sp && (!sp.mention || ctx.gender.fits(sp.mention, pronoun));
    // Not a name inside the quotation: "“The request came from Aleksei Dorin,” she said."
    const speaking = (m: Mention): boolean => person(m) && !(m.start >= unitStart && quoted(ctx.prose, unitStart, m.start));
    const here = nearestMention(ctx.index, at, unitStart, speaking);
    if (here) return asSpeaker(ctx, here);
    const sameUnit = [...ctx.unitSpeakers].reverse().find((sp) => (sp.kind === 'person' || sp.kind === 'other') && !sp.plural && fitting(sp));
    if (sameUnit) return sameUnit;
    const back = nearestMention(ctx.index, at, windowStart, speaking);
    // A person named since the last speaker, whom the text shows to be of the pronoun's gender,
    // is likelier than a last speaker of whom it says nothing ("Orsk arrived … she tells the crowd").
    const shown = (m: Mention | undefined) => !!m && ctx.gender.of(m) !== undefined;
    // "Keszler would not say why. “We are checking,” he said.": a person the paragraph names is likelier
    // than a speaker of an earlier paragraph.
    const paragraphOf = (pos: number) => ctx.units.find((u) => u.start <= pos && pos < u.end)?.paragraph;
    if (back && recent?.mention && back.start > recent.mention.end && paragraphOf(back.start) === ctx.units[ui].paragraph
      && paragraphOf(recent.mention.start) !== ctx.units[ui].paragraph) return asSpeaker(ctx, back);
    // "Tamara Velk is testifying now. ¶ “I told him,” she said.": so is a person the paragraph just
    // before names, when the last speaker was named in a paragraph before that.
    const para = ctx.units[ui].paragraph;
    const backPara = back ? paragraphOf(back.start) : undefined;
    const recentPara = recent?.mention ? paragraphOf(recent.mention.start) : undefined;
    if (back && recent?.mention && back.start > recent.mention.end && para !== undefined && backPara !== undefined && recentPara !== undefined
      && backPara === para - 1 && recentPara < backPara) return asSpeaker(ctx, back);
    if (recent?.kind === 'person' && fitting(recent)) {
      return back && back.start > (recent.mention?.end ?? Infinity) && shown(back) && !shown(recent.mention) ? asSpeaker(ctx, back) : recent;
    }
    // A person named since, whose given name alone leans to the other gender, is likelier than a
    // last speaker who is a body ("the Corporation says … Minister Oleksa Morvay … he told reporters").
    const named = back ?? nearestMention(ctx.index, at, windowStart, (m) => ctx.index.kind(m) === 'person' && ctx.gender.fits(m, pronoun, true)
      && !(m.start >= unitStart && quoted(ctx.prose, unitStart, m.start)));
    // The last speaker is the likelier antecedent when no person was named after them (a mistyped name).
    if (recent && recent.kind !== 'place' && !recent.plural && fitting(recent) && (!named || (recent.mention?.end ?? 0) > named.end)) return recent;
    return named ? asSpeaker(ctx, named) : { text: pronoun, kind: 'person' };
  }
  if (pronoun === 'it' || pronoun === 'its') {
    const here = nearestMention(ctx.index, at, unitStart, is('organization'));
    if (here) return asSpeaker(ctx, here);
    if (recent && (recent.kind === 'organization' || recent.kind === 'place')) return recent;
    const back = nearestMention(ctx.index, at, windowStart, is('organization'))
      ?? nearestMention(ctx.index, at, ctx.units[Math.max(0, ui - 1)].start, is('place'));
    return back ? asSpeaker(ctx, back) : undefined;
  }
  if (pronoun === 'they' || pronoun === 'their') {
    if (recent && recent.kind !== 'person') return recent;
    const back = nearestMention(ctx.index, at, windowStart, is('organization'));
    return back ? asSpeaker(ctx, back) : { text: pronoun, kind: 'other', plural: true };
  }
  return undefined;
}

// Abbreviated titles as a later "the colonel" names them.
const TITLE_ABBREVIATIONS: Record<string, string> = {
  'col.': 'colonel', col: 'colonel', 'gen.': 'general', gen: 'general', 'lt.': 'lieutenant', lt: 'lieutenant', 'maj.': 'major',
  'capt.': 'captain', 'sgt.': 'sergeant', 'supt.': 'superintendent', 'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative',
  'dr.': 'doctor', dr: 'doctor', 'prof.': 'professor', 'adm.': 'admiral', 'cmdr.': 'commander', 'insp.': 'inspector', 'det.': 'detective',
};
// The abbreviations of each title: "col", "col." for "colonel".
const ABBREVIATIONS_OF = new Map<string, string[]>();
for (const [short, full] of Object.entries(TITLE_ABBREVIATIONS)) ABBREVIATIONS_OF.set(full, [...(ABBREVIATIONS_OF.get(full) ?? []), short.replace(/\.$/, '')]);
const expandTitles = (s: string): string => s.replace(/\b[A-Za-z]{2,5}\.?(?=\s)/g, (w) => TITLE_ABBREVIATIONS[w.toLowerCase()] ?? w);

/** Resolves "the ministry", "the governor", "the group" to the nearest earlier mention it describes. */
function resolveNominal(ctx: Ctx, ui: number, head: string, at: number): Speaker | undefined {
  const windowStart = ctx.units[Math.max(0, ui - 12)].start;
  const nearStart = ctx.units[Math.max(0, ui - 5)].start;
  const h = head.toLowerCase();
  const text = ctx.doc.text;
  const orgHead = ORG_HEADS.has(h);
  const safe = h.replace(/[^a-z-]/g, '');
  // "Governor Ilse Moran", "the Governor of Veshka Region, Marta Zelinska,", "Pellan's governor, Dilan Hosseini,".
  const title = pattern(`title ${safe}`, () => new RegExp(`\\b${safe}(?:,\\s+|\\s+)(?:of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,3}?\\p{Lu}[\\p{L}’'-]*,\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}$`, 'u'));
  const headAnyCase = pattern(`head ${safe}`, () => new RegExp(`\\b${safe}\\b`, 'gi'));
  const named = nearestMention(ctx.index, at, windowStart, (m) => {
    const kind = ctx.index.kind(m);
    if (orgHead && kind !== 'organization' && kind !== 'other') return false;
    if (expandTitles(m.text + ' ').toLowerCase().split(/\s+/).includes(h)) return true;
    // A title written right before the name ("regional governor Ilse Moran", "Col. Ivo Dane").
    if (orgHead || !safe.length) return false;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const lower = before.toLowerCase();
    // Most names have no such title before them: only the head or its abbreviation can make one.
    if (!lower.includes(safe) && !ABBREVIATIONS_OF.get(safe)?.some((a) => lower.includes(a))) return false;
    return title.test(expandTitles(before).replace(headAnyCase, safe));
  });
  if (named) return asSpeaker(ctx, named);
  if (ANAPHORIC_ORG_HEADS.has(h)) {
    // "the company", "the firm": a business, never a ministry or an agency of the state.
    const fits = (m: Mention | undefined): boolean => !m || !BUSINESS_HEADS.has(h) || !publicBody(ctx, m);
    const recent = recentSpeaker(ctx, ui, 3);
    if (recent?.kind === 'organization' && fits(recent.mention)) return recent;
    const org = nearestMention(ctx.index, at, nearStart, (m) => ctx.index.kind(m) === 'organization' && fits(m));
    if (org) return asSpeaker(ctx, org);
  }
  // No tagged name: a capitalized name with the head in it written earlier ("Defence Ministry").
  if (safe.length > 2 && orgHead) {
    const window = ctx.doc.text.slice(nearStart, at);
    const cap = safe[0].toUpperCase() + safe.slice(1);
    let found: string | undefined;
    const name = pattern(`name ${cap}`, () => new RegExp(`(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,4}${cap}(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}’'-]*){1,4})?`, 'gu'));
    for (const m of window.matchAll(name)) if (m[0].length > cap.length) found = m[0];
    // "Russia’s Defence Ministry": the possessor is not part of the name.
    if (found) return { text: found.trim().replace(/^.*['’]s\s+/u, '').replace(/^The\s+/u, ''), kind: 'organization' };
  }
  return undefined;
}

const BUSINESS_HEADS = new Set(['company', 'firm']);
// Heads that make a name one of a public body: "Ministry of Health", "Port Safety Inspectorate".
// Not "State" or "National": "Dravonian State Railways" is a company the state owns.
const PUBLIC_WORDS = /* @__PURE__ */ gated(/\b(?:ministry|ministries|(?<!\b(?:travel|advertising|employment|news|press|recruitment|insurance|shipping|estate|talent|modelling|model)\s)agency|authority|inspectorate|department|council|commission|police|government|directorate|parliament|court|army|navy|forces|committee|administration|bureau|municipality)\b/i);

/** Whether an organization mention names a public body, read through an acronym to its full name in the document. */
function publicBody(ctx: Ctx, m: Mention): boolean {
  if (PUBLIC_WORDS.test(m.text)) return true;
  const acronym = m.text.replace(/^the\s+/i, '').trim();
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  return ctx.index.list.some((x) => x !== m && PUBLIC_WORDS.test(x.text) && isAcronymOf(acronym, x.text.replace(/^the\s+/i, '').split(/\s+/)));
}

const ISSUED = /* @__PURE__ */ gated(/\b(?:issued|released|published|posted|sent|put out|shared|tweeted|circulated)\s+(?:(?:a|an|its|their|his|her|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)/giu);

/** "Marlow Energy issued a statement. The statement said …": the actor who issued the document. */
function issuerOf(ctx: Ctx, ui: number, noun: string, at: number): Speaker | undefined {
  const from = ctx.units[Math.max(0, ui - 1)].start;
  const text = ctx.prose.slice(from, at);
  let hit = -1;
  for (const m of text.matchAll(ISSUED)) if (m[1].toLowerCase() === noun && m.index !== undefined) hit = from + m.index;
  if (hit < 0) return undefined;
  const m = nearestMention(ctx.index, hit, from, (x) => ['person', 'organization', 'other'].includes(ctx.index.kind(x)));
  return m ? asSpeaker(ctx, m) : undefined;
}

/** True when tokens [a, b] start like an apposition ("a former minister", "as quoted by …") rather than a name. */
export function skippableSegment(ctx: Ctx, ws: Word[], a: number, b: number): boolean {
  const first = ws[a];
  if (!first) return true;
  if (DET.has(first.lower) || APPOSITION_STARTERS.has(first.lower) || (first.kind === 'word' && !isCap(first) && first.lower.endsWith('ing'))) return true;
  const start = ws[a].start;
  const end = ws[b].end;
  const ms = mentionsIn(ctx.index, start, end).filter((m) => ctx.index.kind(m) !== 'place');
  if (ms.length) return false;
  const wordsIn = ws.slice(a, b + 1).filter((w) => w.kind === 'word' && w.lower !== "'s");
  return !(wordsIn.length && wordsIn.every(isCap));
}

/**
 * "Mara Kell, director of the Orvel Institute, said": a segment opening with a lowercase word
 * after a person's name describes that person, whatever it names.
 */
export function describesPerson(ctx: Ctx, ws: Word[], a: number, before: number): boolean {
  const first = ws[a];
  if (!first || first.kind !== 'word' || isCap(first) || PRONOUNS.has(first.lower) || before < 0) return false;
  return mentionsIn(ctx.index, ws[before].start, ws[before].end).some((m) => m.end === ws[before].end && ctx.index.kind(m) === 'person');
}

/** True when tokens [a, b] hold a person or organization mention. */
export function namesActor(ctx: Ctx, ws: Word[], a: number, b: number): boolean {
  return mentionsIn(ctx.index, ws[a].start, ws[b].end).some((m) => ['person', 'organization'].includes(ctx.index.kind(m)));
}
