import type { Actor, Contradiction } from '../types';
import { DENIAL, INVOLVEMENT } from './lexicon';
import { partiesIn, partyKey, subjectBefore } from './parties';
import { asks, fold, perPassage, type Statement, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { intern, remember } from '../memo';
import { gated } from '../prefilter';

interface Stance {
  st: Statement;
  party: string;
  denies: boolean;
}

/** One source or speaker denying a party's involvement while another affirms it. */
export function polarityContradictions(statements: Statement[], actors: Map<string, Actor>): Contradiction[] {
  const stances: Stance[] = [];
  for (const st of statements) {
    const deny = DENIAL.exec(st.lower);
    if (deny) {
      // The denying party: the subject just before the denial, or the claim's speaker when it is not a person.
      const at = st.start + deny.index;
      const speaker = st.claim?.speaker ? actors.get(st.claim.speaker) : undefined;
      const party = subjectBefore(st, actors, at) ?? (speaker && speaker.type !== 'person' ? partyKey(speaker.name, actors) : undefined);
      const about = /\b(?:involve|role|attack|it\b|responsib|link|behind|part in|support|backing|operation|incursion|raid)/.test(st.lower.slice(deny.index, deny.index + 120))
        || /\bwhich \w+ den(?:y|ies|ied)\b/.test(st.lower);
      if (about && party) stances.push({ st, party, denies: true });
      continue;
    }
    const inv = INVOLVEMENT.exec(st.lower);
    if (!inv || /\b(?:no|not|never|without|claimed|claims|claim)\b/.test(st.lower.slice(Math.max(0, inv.index - 25), inv.index))) continue;
    const at = st.start + inv.index;
    // Who was involved: named inside the phrase ("under Ukrainian command"), after "by", or as its subject.
    const inside = partiesIn(st, actors, at, at + inv[0].length);
    const by = /^\s*by\b/.test(st.lower.slice(inv.index + inv[0].length, inv.index + inv[0].length + 5))
      ? partiesIn(st, actors, at + inv[0].length, Math.min(st.end, at + inv[0].length + 40)) : new Set<string>();
    const subject = subjectBefore(st, actors, at);
    const parties = inside.size ? inside : by.size ? by : subject ? new Set([subject]) : new Set<string>();
    for (const p of parties) stances.push({ st, party: p, denies: false });
  }
  const out: Contradiction[] = [];
  const parties = new Set(stances.map((s) => s.party));
  for (const party of parties) {
    const deny = stances.filter((s) => s.party === party && s.denies);
    const affirm = stances.filter((s) => s.party === party && !s.denies);
    if (!deny.length || !affirm.length) continue;
    const files = new Set([...deny, ...affirm].map((s) => s.st.file));
    if (files.size < 2) continue;
    // Affirmations must be attributed or stated by the outlet as fact; hedged ones weigh less.
    const confidence = 0.65 + (affirm.some((s) => s.st.claim) ? 0.1 : 0) - (affirm.every((s) => s.st.hedged) ? 0.15 : 0);
    const name = party.replace(/\b\w/g, (c) => c.toUpperCase());
    out.push({
      id: '', kind: 'polarity', topic: `${name} involvement`,
      summary: `Was ${name} involved: denied (${voicesOf(deny.map((s) => s.st))}) vs affirmed (${voicesOf(affirm.map((s) => s.st))})`,
      confidence: round(confidence),
      sides: [...best(dedupe(deny)), ...best(dedupe(affirm))].map((s) => sideOf(s.st)),
    });
  }
  return out;
}

/** Up to four sides of a camp: attributed statements first, one per source before a second. */
function best(stances: Stance[]): Stance[] {
  const ranked = [...stances].sort((a, b) => Number(!!b.st.speakerText) - Number(!!a.st.speakerText));
  const picked: Stance[] = [];
  for (const s of ranked) if (picked.length < 4 && !picked.some((p) => p.st.file === s.st.file)) picked.push(s);
  for (const s of ranked) if (picked.length < 4 && !picked.includes(s)) picked.push(s);
  return picked;
}

function dedupe(stances: Stance[]): Stance[] {
  const seen = new Set<string>();
  return stances.filter((s) => {
    const k = `${s.st.file}:${s.st.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const STOP = new Set('a an the and or but of to in on at by for with from that this these those it its it\'s is are was were be been being has have had do does did not no nor as than then so such there their they them he she his her we our you your i me my who whom which what when where why how all any some more most other into over under about after before also only very can could would should will may might must said says told say saying according just up down out off per via'.split(' '));

/** Content words of a text, crudely stemmed, for overlap tests. */
export function contentWords(lower: string): Set<string> {
  return remember(contentWordCache, lower, () => new Set(contentSequence(lower)), 200_000);
}

// Sentences recur from one cross-source pass to the next: their words are kept, within a bound.
const contentWordCache = new Map<string, Set<string>>();
const sequenceCache = new Map<string, string[]>();

/** Content words of a text in order, crudely stemmed. */
function contentSequence(lower: string): string[] {
  return remember(sequenceCache, lower, () => sequenceOf(lower), 200_000);
}

// Words news uses for one thing, folded after stemming: "not a single soldier on our soil" denies
// "troops dug in on our territory".
const SAME = new Map<string, string>([
  ['soldier', 'troop'], ['soil', 'territory'], ['territori', 'territory'],
]);

function sequenceOf(lower: string): string[] {
  const out: string[] = [];
  for (const w of lower.match(/[a-z][a-z'-]+/g) ?? []) {
    if (STOP.has(w) || w.length < 3) continue;
    // News repeats its words: each form's stem is made once.
    out.push(stemCache.get(w) ?? remember(stemCache, w, () => {
      const stem = w.replace(/'s$/, '').replace(/(?:ing|ed|es|s)$/, '').replace(/e$/, '');
      return SAME.get(stem) ?? stem;
    }));
  }
  return out;
}
const stemCache = new Map<string, string>();

/** Whether three of the words occur close together in a text: one proposition, not words strewn over two. */
function saidTogether(words: Set<string>, lower: string): boolean {
  for (const sentence of lower.split(/[.!?;]\s/)) {
    const seq = contentSequence(sentence);
    for (let i = 0; i < seq.length; i++) {
      if (!words.has(seq[i])) continue;
      const found = new Set<string>();
      for (let j = i; j < seq.length && j < i + 10; j++) if (words.has(seq[j])) found.add(seq[j]);
      if (found.size >= 3) return true;
    }
  }
  return false;
}

const NOT_SAYING = /* @__PURE__ */ gated(/^\s*(?:(?:immediately|publicly|yet)\s+)?(?:say|said|comment|commented|confirm|confirmed|disclose|disclosed|explain|explained|reveal|revealed|elaborate|specify|discuss|answer|answered|respond|responded|reply|replied|return)\b/);
const GENERIC_NEGATED = /* @__PURE__ */ gated(/(?:^|[^\p{L}])(?:a|an|any)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:(?:does|do|will|would|can|could|should)\s+not|doesn[’']t|don[’']t|won[’']t|can[’']t|cannot)\s*$/u);
const DENIAL_CUE = /* @__PURE__ */ gated(/\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|nothing to do with)\b/);
// The negation that opens what a negated claim says is not so ("not a single live round was fired").
const NEGATION = /* @__PURE__ */ gated(/\b(?:not|no|never|none|nobody|nothing|neither|at no (?:point|time))\b|n't\b/);

interface Denial {
  st: Statement;
  /** Words of what is denied, without the names the sentence carries. */
  words: Set<string>;
  /** Denied by a cue ("denied that …") rather than by negating the content. */
  cue: boolean;
}

/** What a statement denies, if it denies something: by a denial cue, or a claim whose main clause is negated. */
function denialOf(s: Statement): Denial | undefined {
  const d = deniedBy(s, readDenial);
  return d && { st: s, ...d };
}
// The claim's cue, polarity and content, and the names in the passage, are the document's own.
const deniedBy = perPassage<Omit<Denial, 'st'> | undefined>();

function readDenial(s: Statement): Omit<Denial, 'st'> | undefined {
  if (!s.claim) return undefined;
  const names = new Set<string>();
  for (const m of s.mentions) for (const w of contentWords(fold(m.text))) names.add(w);
  // The denial must be the report's own verb ("Harlow denied that …"), not one inside it ("gathered to reject the result").
  const cue = DENIAL_CUE.test(fold(s.claim.cue)) ? DENIAL_CUE.exec(s.lower) : null;
  let from: number | undefined = cue ? cue.index + cue[0].length : undefined;
  if (from === undefined && s.claim.polarity === 'deny') {
    const c = s.claim.content;
    const inContent = s.lower.slice(Math.max(0, c.start - s.start), c.end - s.start);
    const neg = NEGATION.exec(inContent);
    if (neg) from = Math.max(0, c.start - s.start) + neg.index + neg[0].length;
  }
  if (from === undefined) return undefined;
  // "She would not say why …", "declined to comment": a refusal to answer denies nothing.
  if (NOT_SAYING.test(s.lower.slice(from))) return undefined;
  // "Nobody declares a winner with …": a rule stated in the present, not a denial that something happened.
  if (/\b(?:nobody|no)\s*$/.test(s.lower.slice(0, from)) && /^\s+(?:one\s+)?(?!(?:is|was|has|had|does)\b)[a-z]+s\b/.test(s.lower.slice(from))) return undefined;
  // "A shift manager does not switch off the sensors because he feels like it": what someone of a
  // kind does or does not do in general, not a denial that something happened.
  if (!cue && GENERIC_NEGATED.test(s.lower.slice(Math.max(0, from - 80), from))) return undefined;
  // "We will not vote to bring down a government we sit in": an intent, not a denial that something happened.
  if (!cue && (/\b(?:will|shall|would)\s+(?:not|never)\s*$|\bwon['’]t\s*$/.test(s.lower.slice(Math.max(0, from - 16), from)) || /^\s*going\s+to\b/.test(s.lower.slice(from)))) return undefined;
  // What is denied runs to the end of its clause: "Not a single live round was fired by the police."
  const rest = s.lower.slice(from);
  const stop = rest.search(DENIAL_END);
  // "Nobody told them to leave until it was almost too late": it came, but late; that denies nothing.
  if (!cue && /\buntil\b|\btill\b/.test(stop >= 0 ? rest.slice(0, stop) : rest)) return undefined;
  const words = new Set([...contentWords(stop >= 0 ? rest.slice(0, stop) : rest)].filter((w) => !names.has(w)));
  return words.size >= 4 ? { words, cue: !!cue } : undefined;
}

const MAX_POSTINGS = 300;
/**
 * What a passage affirms, its distinct words in one array; undefined for a denial. An array of
 * shared word strings rather than a Set: every passage of every article keeps one, and a Set of a
 * dozen words costs several times the memory.
 */
const affirmedIn = perPassage<readonly string[] | undefined>();
// One string per distinct word, however many passages use it.
const sharedWords = new Map<string, string>();
// "denies responsibility and blames a Lutovian missile": what follows "and" with a verb of its own is another clause.
// So does what "only" happened ("no gate was opened and water left only over the spillway").
const CLAUSE_END = /* @__PURE__ */ gated(/[.;!?,]|\s(?:but|when|where|which|who|after|because|while|as|since)\s|\sand\s+(?:blames?|blamed|says?|said|accuses|accused|insists|insisted|claims|claimed|(?:[a-z]+\s+){1,5}only)\b/);

// What is denied also ends at a colon that opens what did happen ("the inspection never happened: the operator
// asked for it to be postponed"); what a negation governs does not ("not confirmed the claim: that soldiers …").
const DENIAL_END = /* @__PURE__ */ gated(new RegExp(`:|${CLAUSE_END.source}`));

const DISAGREEMENT = /* @__PURE__ */ gated(/\b(?:different|differing|conflicting|contradictory|competing|rival)\s+(?:accounts|versions|figures|explanations|stories)\b|\b(?:disagree|disagreed|disagreement|dispute|disputed)\b/);

/**
 * The words a statement affirms: all of them but those in clauses a negation governs ("These are
 * not rubber bullets."). Kept with the passage (see affirmedIn), so not in the caches by text.
 */
function affirmedWords(lower: string): readonly string[] {
  // A question ("Has oil reached the lagoon?", an explainer's heading) states nothing; nor does a sentence that
  // reports a disagreement ("gave sharply different accounts of how the recall began").
  if (asks(lower) || DISAGREEMENT.test(lower)) return [];
  let kept = '';
  let at = 0;
  // A question or a possibility affirms nothing: "asked whether …", "notified of a possible breach".
  for (const neg of lower.matchAll(UNAFFIRMED)) {
    if (neg.index < at) continue;
    kept += lower.slice(at, neg.index);
    const rest = lower.slice(neg.index);
    const stop = rest.search(CLAUSE_END);
    at = stop >= 0 ? neg.index + stop : lower.length;
  }
  return [...new Set(sequenceOf(kept + lower.slice(at)))].map(shared);
}
// A negation, a question or a possibility: what follows it in its clause is not affirmed. (matchAll
// reads a copy of the pattern, so the one pattern serves every call.)
const UNAFFIRMED = /* @__PURE__ */ new RegExp(`${NEGATION.source}|\\b(?:whether|if|possible|possibly|potential|potentially)\\b`, 'g');
/** The one string kept for a word (see sharedWords). */
function shared(w: string): string {
  return intern(sharedWords, w);
}

/** A claim denying what another source states, matched by the words of what is denied. */
export function deniedClaimContradictions(statements: Statement[]): Contradiction[] {
  const out: Contradiction[] = [];
  const denials: Denial[] = [];
  for (const s of statements) {
    const d = denialOf(s);
    if (d) denials.push(d);
  }
  if (!denials.length) return [];
  const affirmedBy = (s: Statement) => affirmedIn(s, (x) => (DENIAL_CUE.test(x.lower) ? undefined : affirmedWords(x.lower)));
  // What statements affirm, indexed by the words denials use: a denial is compared only with those sharing its rarest words.
  const denied = new Set(denials.flatMap((d) => [...d.words]));
  const byWord = new Map<string, Statement[]>();
  for (const s of statements) {
    const affirmed = affirmedBy(s);
    if (!affirmed) continue;
    for (const w of affirmed) if (denied.has(w)) (byWord.get(w) ?? byWord.set(w, []).get(w) as Statement[]).push(s);
  }
  const used = new Set<string>();
  const found: Array<{ deniers: Statement[]; matches: Statement[]; cue: boolean; words: Set<string> }> = [];
  for (const d of denials) {
    // Candidates share one of the denial's three rarest words; a word in hundreds of statements says nothing.
    const rare = [...d.words].sort((a, b) => (byWord.get(a)?.length ?? 0) - (byWord.get(b)?.length ?? 0) || (a < b ? -1 : 1)).slice(0, 3)
      .filter((w) => (byWord.get(w)?.length ?? 0) <= MAX_POSTINGS);
    const candidates = new Set(rare.flatMap((w) => byWord.get(w) ?? []));
    const matches: Statement[] = [];
    for (const a of candidates) {
      // A speaker who denies what the question put to them said is not contradicting themselves.
      if (a.file === d.st.file || (a.claim?.speaker && a.claim.speaker === d.st.claim?.speaker)) continue;
      // A statement that denies the same thing is on the denier's side, whatever else it says.
      const also = denialOf(a);
      if (also && overlap(also.words, d.words) >= 3) continue;
      const shared = overlap(d.words, affirmedBy(a) ?? []);
      // Most of what is denied must be said there: the words a whole story shares are not enough.
      if (shared >= 3 && shared / d.words.size >= 0.6 && saidTogether(d.words, a.lower)) matches.push(a);
      if (matches.length >= 8) break;
    }
    if (!matches.length) continue;
    const key = [d.st, ...matches].map((s) => `${s.file}:${s.start}`).sort().join('|');
    if (used.has(key)) continue;
    used.add(key);
    // Other denials of the same content join the denying side.
    const deniers = [d.st, ...denials.filter((o) => o !== d && o.st.file !== d.st.file && overlap(o.words, d.words) >= 3).map((o) => o.st)];
    for (const o of deniers) used.add([o, ...matches].map((s) => `${s.file}:${s.start}`).sort().join('|'));
    // One dispute per denied proposition: a denial that shares a passage with one found before joins it.
    // So does one that shares some of its words where the statements it is set against say the same
    // ("nobody told the crew to divert" and "rejected the claim that the crew was told to divert").
    const sameStated = (f: { matches: Statement[] }) => matches.some((m) => {
      const mine = new Set(affirmedBy(m) ?? []);
      return f.matches.some((o) => overlap(mine, affirmedBy(o) ?? []) >= 3);
    });
    const host = found.find((f) => [...deniers, ...matches].some((x) => f.deniers.includes(x) || f.matches.includes(x))
      || (overlap(f.words, d.words) >= 3 && overlap(f.words, d.words) * 2 >= Math.min(f.words.size, d.words.size))
      || (overlap(f.words, d.words) >= 2 && sameStated(f)));
    if (host) {
      for (const x of deniers) if (!host.deniers.includes(x) && !host.matches.includes(x)) host.deniers.push(x);
      for (const x of matches) if (!host.matches.includes(x) && !host.deniers.includes(x)) host.matches.push(x);
      host.cue ||= d.cue;
    } else found.push({ deniers, matches, cue: d.cue, words: d.words });
  }
  for (const { deniers, matches, cue } of found) {
    out.push({
      id: '', kind: 'polarity', topic: 'denied claim',
      summary: `Denied by ${voicesOf(deniers)} but stated by ${voicesOf(matches)}`,
      confidence: round((cue ? 0.6 : 0.55) + (matches.some((m) => m.claim?.speakerText) ? 0.1 : 0)),
      sides: [...deniers.slice(0, 4), ...matches.slice(0, 4)].map((s) => sideOf(s)),
    });
  }
  return out;
}

/** How many of the distinct words `b` are in `a`. */
function overlap(a: Set<string>, b: Iterable<string>): number {
  let n = 0;
  for (const w of b) if (a.has(w)) n++;
  return n;
}
