import type { Actor, Contradiction } from '../types';
import { BLAME, IDENTITY, DEMONYMS } from './lexicon';
import { subjectBefore } from './parties';
import { contentWords } from './polarity';
import { type Statement, asks, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { gated } from '../prefilter';

interface Quote {
  st: Statement;
  /** How many words the quote has: short quotes match word for word. */
  count: number;
  /** Its content words, for matching longer quotes. */
  content: Set<string>;
  /** Its words joined, for word-for-word comparison. */
  joined: string;
  /** The passage a quotation broken by its cue goes on in, when the quote is the two parts joined. */
  then?: Statement;
}

/** The words of a passage's direct quotation (its claim's content is the document's own). */
const quoteOf = perPassage<Omit<Quote, 'st'>>();
function readQuote(st: Statement): Omit<Quote, 'st'> {
  const c = st.claim!.content;
  const lower = openingQuote(st) ?? st.lower.slice(Math.max(0, c.start - st.start), c.end - st.start);
  const words = quoteWords(lower);
  return { count: words.length, content: contentWords(lower), joined: words.join(' ') };
}

/** "“…,” Elmis said, adding that …": the quotation a claim's content opens with, when reported speech follows it. */
function openingQuote(st: Statement): string | undefined {
  const c = st.claim!.content;
  const from = c.start - st.start;
  // "“Nobody … will be turned away,” the minister said as the first families came across": the
  // passage opens with the quotation, and the words after the cue are no part of it.
  if (st.lower.startsWith('"')) {
    const close = st.lower.indexOf('"', 1);
    if (close > 1 && close < from && /^[\s,]*[^"]{0,60}?\b(?:said|says|told|added|insisted|declared|promised|warned)\b/.test(st.lower.slice(close + 1))) return st.lower.slice(1, close);
  }
  if (from < 1 || st.lower[from - 1] !== '"') return undefined;
  const close = st.lower.indexOf('"', from);
  return close > from && close < c.end - st.start - 1 ? st.lower.slice(from, close) : undefined;
}

// Words a speaker gives as another's: "repeating the words of the minister", "As the mayor put it, …".
const REPEATS = /* @__PURE__ */ gated(/\b(?:repeating|quoting|echoing|citing|mocking|paraphrasing|parroting)\b|\bas\s+(?:the\s+|his\s+|her\s+)?(?:[\w'’.-]+\s+){0,3}?(?:put\s+it|said|says|had\s+said)\s*,|\bin\s+the\s+words\s+of\b|\b(?:words|phrase|slogan|line)\s+of\s+(?:the|his|her)\b/);

/** The same quotation credited to different speakers by different sources. */
export function sameQuoteContradictions(statements: Statement[], actors: Map<string, Actor>): Contradiction[] {
  // Only named people: a spokesperson's words are also their ministry's, which is no dispute.
  const person = (s: Statement) => !!s.claim?.speaker && actors.get(s.claim.speaker)?.type === 'person';
  const quotes: Quote[] = statements.filter((s) => (s.claim?.direct || (s.claim && openingQuote(s))) && person(s) && !REPEATS.test(s.lower)).map((st) => ({ st, ...quoteOf(st, readQuote) }));
  // "“We had the warning,” he said. “We did not have the time.”": one quotation broken by its cue
  // is also compared whole, as another outlet may give it in one piece.
  const parts = quotes.length;
  for (let i = 0; i + 1 < parts; i++) {
    const a = quotes[i];
    const b = quotes[i + 1];
    if (a.st.file !== b.st.file || a.st.speakerKey !== b.st.speakerKey || b.st.start < a.st.end || b.st.start - a.st.end > 80) continue;
    if (/\n\s*\n/.test(a.st.doc.prose.slice(a.st.end, b.st.start))) continue;
    quotes.push({ st: a.st, then: b.st, count: a.count + b.count, content: new Set([...a.content, ...b.content]), joined: `${a.joined} ${b.joined}` });
  }
  // Candidate pairs only: identical short quotes, or a quote and those holding one of its rarest content
  // words (see `rarest`); the longer one's rarest words may be its own. Linear in the quotations a word is in.
  const df = new Map<string, number>();
  for (const q of quotes) for (const w of q.content) df.set(w, (df.get(w) ?? 0) + 1);
  const buckets = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = []));
    b.push(i);
  };
  // A quotation whose words are 80% in another misses at most a fifth of them: one of its rarest fifth and one is shared.
  const rarest = quotes.map((q) => [...q.content].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1)).slice(0, Math.ceil(0.2 * q.content.size) + 1));
  quotes.forEach((q, i) => {
    if (q.count >= 3) put(`=${q.joined}`, i);
    for (const w of q.content) put(w, i);
  });
  // Quotes that match are joined into one quotation (union-find); a quotation credited to more
  // than one speaker across sources is one dispute, whatever the number of outlets carrying it.
  const parent = quotes.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Identical quotes are one quotation, however many outlets carry them; joined first, so the
  // pairs below that are already one quotation are not compared (the clusters are the same).
  for (const [key, members] of buckets) {
    if (key.startsWith('=')) for (const j of members) if (root(j) !== root(members[0])) parent[root(j)] = root(members[0]);
  }
  // A pair found through two of the quote's words is tested once: the test depends on the two quotes
  // alone, and a pair found true is one quotation from then on.
  // Quotes of the same three words or more, and the same content words, are one quotation already
  // (joined above), and a test gives each of them the answer it gives the others: the first of them
  // stands for all, on either side of a test.
  const groupOf = new Int32Array(quotes.length);
  const firstOf = new Map<string, number>();
  quotes.forEach((q, i) => {
    groupOf[i] = i;
    if (q.count < 3) return;
    const key = `${q.joined}\u0000${[...q.content].join(' ')}`;
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else groupOf[i] = first;
  });
  // (The groups each quote tried are marked with its number plus one.)
  const tried = new Int32Array(quotes.length);
  quotes.forEach((_, i) => {
    if (groupOf[i] !== i) return;
    for (const w of rarest[i]) {
      const members = buckets.get(w)!;
      if (members.length > 200) continue; // a word in hundreds of quotes says nothing
      for (const j of members) {
        const g = groupOf[j];
        if (g === i || tried[g] === i + 1 || root(i) === root(j)) continue;
        tried[g] = i + 1;
        if (sameWords(quotes[i], quotes[j])) parent[root(j)] = root(i);
      }
    }
  });
  const clusters = new Map<number, Quote[]>();
  quotes.forEach((q, i) => {
    const r = root(i);
    (clusters.get(r) ?? clusters.set(r, []).get(r) as Quote[]).push(q);
  });
  const out: Contradiction[] = [];
  for (const cluster of clusters.values()) {
    const bySpeaker = new Map<string, Quote[]>();
    for (const q of cluster) (bySpeaker.get(q.st.speakerKey) ?? bySpeaker.set(q.st.speakerKey, []).get(q.st.speakerKey) as Quote[]).push(q);
    if (bySpeaker.size < 2 || new Set(cluster.map((q) => q.st.file)).size < 2) continue;
    // The speakers most often credited first; a camp is one speaker and the outlets that credit them.
    // A quotation broken by its cue stands for its two parts: they are in the cluster through it.
    const whole = (c: Quote[]) => {
      const at = (st: Statement) => `${st.file}:${st.start}`;
      const parts = new Set(c.flatMap((q) => (q.then ? [at(q.st), at(q.then)] : [])));
      return c.filter((q) => q.then || !parts.has(at(q.st)));
    };
    const camps = [...bySpeaker.values()].map(whole).sort((a, b) => b.length - a.length || (a[0].st.file < b[0].st.file ? -1 : 1));
    const name = (q: Quote) => q.st.speakerName ?? q.st.speakerText ?? q.st.outlet;
    const credited = camps.map((c) => `${name(c[0])} (${[...new Set(c.map((q) => q.st.outlet))].join(', ')})`);
    out.push({
      id: '', kind: 'attribution', topic: 'who said it',
      summary: `The same words are credited to ${credited.slice(0, -1).join(', ')} and to ${credited[credited.length - 1]}`,
      confidence: round(0.7),
      // A quotation broken by its cue is shown whole: the words another outlet gives may be in its second part.
      sides: camps.flatMap((c) => c.slice(0, 2)).slice(0, 8).map((q) => (q.then
        ? { ...sideOf(q.st, name(q)), end: q.then.end, text: q.st.doc.text.slice(q.st.start, q.then.end) }
        : sideOf(q.st, name(q)))),
    });
  }
  return out;
}

/** Short quotes ("This was preventable") match word for word; longer ones by their content words. */
function sameWords(a: Quote, b: Quote): boolean {
  if (a.count >= 3 && a.joined === b.joined) return true;
  const na = a.content.size;
  const nb = b.content.size;
  if (na < 3 || nb < 3) return false;
  // A short quotation inside a much longer one is the same words only word for word, and long enough
  // to be one speaker's ("Our line did not start this fire" shares its words with "This fire was started by a power line").
  const short = na <= nb ? a : b;
  const long = short === a ? b : a;
  const least = short.content.size;
  if (least < 0.75 * long.content.size) return least >= 4 && holdsWords(long.joined, short.joined);
  // Four words in five of the shorter one shared; given up once too many are missing.
  let shared = 0;
  let left = least;
  for (const w of short.content) {
    left--;
    if (long.content.has(w)) shared++;
    else if ((shared + left) / least < 0.8) return false;
  }
  return shared / least >= 0.8;
}

/** Whether words joined by spaces hold other words so joined, whole words at both ends (` ${long} ` holding ` ${short} `). */
function holdsWords(long: string, short: string): boolean {
  for (let at = long.indexOf(short); at >= 0; at = long.indexOf(short, at + 1)) {
    if ((at === 0 || long[at - 1] === ' ') && (at + short.length === long.length || long[at + short.length] === ' ')) return true;
  }
  return false;
}

/**
 * Where a passage names an act of each BLAME class with a doer ("Ukrainian forces shelled …"), as
 * offsets in the passage, or null when it names none. "Accused each other of starting", "denied
 * firing first", "who fired first": no party is named as the doer.
 */
const blameOf = perPassage<Array<number | undefined> | null>();
function readBlame(st: Statement): Array<number | undefined> | null {
  let any = false;
  const acts = BLAME.map(([, re]) => {
    const m = re.exec(st.lower);
    if (!m) return undefined;
    const before = st.lower.slice(Math.max(0, m.index - 60), m.index);
    if (/\b(?:each other|one another|both sides|not|never|no|den(?:y|ies|ied)|whether|who|which\s+side|if|unable|cannot|could\s+not)\b[^.;]*$/.test(before)) return undefined;
    any = true;
    return m.index;
  });
  return any ? acts : null;
}

/** Sources that identify the perpetrators of the same act with different nationalities. */
export function identityContradictions(statements: Statement[]): Contradiction[] {
  const byNation = new Map<string, Statement[]>();
  for (const st of statements) {
    const m = IDENTITY.exec(st.lower);
    const nation = m ? DEMONYMS[m[1]] : undefined;
    if (!nation) continue;
    let g = byNation.get(nation);
    if (!g) byNation.set(nation, (g = []));
    g.push(st);
  }
  if (byNation.size !== 2) return [];
  const [[na, a], [nb, b]] = [...byNation];
  if (!a.some((x) => b.some((y) => y.file !== x.file || y.speakerKey !== x.speakerKey))) return [];
  const cap = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());
  return [{
    id: '', kind: 'attribution', topic: 'who the perpetrators were',
    summary: `Who carried it out: people from ${cap(na)} (${voicesOf(a)}) vs from ${cap(nb)} (${voicesOf(b)})`,
    confidence: round(0.6 + (a.some((s) => s.claim) && b.some((s) => s.claim) ? 0.1 : 0)),
    sides: [...a.slice(0, 4), ...b.slice(0, 4)].map((s) => sideOf(s)),
  }];
}

/** Sources that credit the same act (firing first, starting the fighting) to different parties. */
export function blameContradictions(statements: Statement[], actors: Map<string, Actor>): Contradiction[] {
  const out: Contradiction[] = [];
  const blamed = statements.map((st) => ({ st, acts: blameOf(st, readBlame) })).filter((x) => x.acts);
  for (const [k, [act]] of BLAME.entries()) {
    const byParty = new Map<string, Statement[]>();
    for (const { st, acts } of blamed) {
      const at = acts![k];
      if (at === undefined) continue;
      const party = subjectBefore(st, actors, st.start + at, 60);
      if (!party) continue;
      (byParty.get(party) ?? byParty.set(party, []).get(party) as Statement[]).push(st);
    }
    if (byParty.size < 2) continue;
    const camps = [...byParty].sort((a, b) => b[1].length - a[1].length).slice(0, 2);
    const [[pa, a], [pb, b]] = camps;
    if (!a.some((x) => b.some((y) => y.file !== x.file))) continue;
    const cap = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());
    out.push({
      id: '', kind: 'attribution', topic: `who ${act.replace(/^(?:was|were) /, 'is ')}`,
      summary: `Who ${act}: ${cap(pa)} (${voicesOf(a)}) vs ${cap(pb)} (${voicesOf(b)})`,
      confidence: round(0.6 + (a.some((s) => s.claim) && b.some((s) => s.claim) ? 0.1 : 0)),
      sides: [...a.slice(0, 4), ...b.slice(0, 4)].map((s) => sideOf(s, cap(s === a[0] ? pa : pb))),
    });
  }
  return out;
}

function quoteWords(lower: string): string[] {
  return lower.match(/[a-z0-9']+/g) ?? [];
}

// "hit by a Varkhonian cruise missile", "a Lutovian air-defence interceptor fell on the building".
const WEAPON = /* @__PURE__ */ gated(/\b([a-z]{4,}(?:ian|ean|ese|ish|an|i))\s+(?:[a-z0-9-]+\s+){0,3}?(missiles?|interceptors?|rockets?|drones?|shells?|bombs?|air[- ]defen[cs]e|jets?|aircraft|bombers?|artillery|strikes?|forces)\b/g);
// The act the weapon is named for: it hit, fell on or damaged the target.
const STRUCK = /* @__PURE__ */ gated(/\b(?:hit|struck|strikes?|fell|landed|damaged|destroyed|caused|brought\s+down)\b/);
const NOT_DEMONYMS = new Set(['human', 'urban', 'median', 'guardian', 'christian', 'civilian', 'veteran', 'russian-made', 'italian-made']);

/** The nationality a passage gives the weapon that struck: "varkhonian", or undefined. */
const weaponOwnerOf = perPassage<string | undefined>();
function readWeaponOwner(st: Statement): string | undefined {
  if (!STRUCK.test(st.lower) || asks(st.lower)) return undefined;
  const owners = new Set<string>();
  for (const m of st.lower.matchAll(WEAPON)) {
    const word = m[1];
    if (NOT_DEMONYMS.has(word)) continue;
    const at = st.start + m.index;
    // A demonym is written with a capital; "denied that Varkhonian forces hit" does not give the owner.
    const before = st.lower.slice(0, m.index);
    if (!/^\p{Lu}/u.test(st.doc.prose.slice(at, at + 1)) || DENIED_BEFORE.test(before.slice(-60)) || DENIED_REPORTED.test(before)) continue;
    // "The Jarvan clinic strike": a place the strike hit, not who struck.
    if (st.mentions.some((x) => x.type === 'place' && x.start === at && x.text.toLowerCase() === word)) continue;
    owners.add(word);
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}
const DENIED_BEFORE = /* @__PURE__ */ gated(/\b(?:den(?:y|ies|ied|ying)|rejects?|rejected|not|never|no)\b[^.;,]{0,50}$/);
// "rejected as a provocation the accusations … that Varkhonian forces had struck": a report named to be denied.
const DENIED_REPORTED = /* @__PURE__ */ gated(/\b(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted)\b[^.;]*\b(?:accusations?|claims?|allegations?|reports?|suggestions?)\b[^.;]{0,80}\bthat\s+$/);

/**
 * Sources that give the weapon that struck to different sides: "a Varkhonian cruise missile hit the
 * hospital" against "a Lutovian interceptor fell on the building".
 */
export function weaponOwnerContradictions(statements: Statement[]): Contradiction[] {
  const by = new Map<string, Statement[]>();
  for (const st of statements) {
    const owner = weaponOwnerOf(st, readWeaponOwner);
    if (owner) (by.get(owner) ?? by.set(owner, []).get(owner)!).push(st);
  }
  if (by.size < 2) return [];
  const [[oa, a], [ob, b]] = [...by].sort((x, y) => y[1].length - x[1].length);
  if (!a.some((x) => b.some((y) => y.file !== x.file))) return [];
  const name = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return [{
    id: '', kind: 'attribution', topic: 'whose weapon struck',
    summary: `Whose weapon struck: ${name(oa)} (${voicesOf(a)}) vs ${name(ob)} (${voicesOf(b)})`,
    confidence: round(0.55),
    sides: [...a.slice(0, 4), ...b.slice(0, 4)].map((x) => sideOf(x)),
  }];
}

// "Tresk blames Helmbrand Construction", "the blame lay with the operator", "pointed instead to … by Helmbrand".
const BLAMES = /* @__PURE__ */ gated(/\b(?:blame|responsibility|fault)\s+(?:lies|lay|rests|rested|lie)\s+(?:squarely\s+|solely\s+)?with\b|\b(?:blames?|blamed|blaming|pointed\s+(?:the\s+finger\s+)?(?:instead\s+)?(?:at|to))\b/);
const BLAMED_NOMINAL = /* @__PURE__ */ gated(/^\s*(?:the\s+|its\s+)?(operator|contractor|builder|company|owner|government|ministry|police|army|captain|pilot|driver|regulator|council|authorities|airline|manufacturer|union|inspectorate)\b/);

/**
 * The party a passage blames: an actor named just after the blaming words, or the body a noun names.
 * Read for each view, not kept with the passage: actor ids belong to one view.
 */
function blamedOf(st: Statement): string | undefined {
  const m = BLAMES.exec(st.lower);
  if (!m || asks(st.lower) || DENIED_BEFORE.test(st.lower.slice(Math.max(0, m.index - 40), m.index))) return undefined;
  const at = st.start + m.index + m[0].length;
  const named = st.mentions.find((x) => x.start >= at && x.start - at <= 60 && x.actor && (x.type === 'organization' || x.type === 'person'));
  if (named) return named.actor;
  const nominal = BLAMED_NOMINAL.exec(st.lower.slice(m.index + m[0].length));
  return nominal ? `the ${nominal[1]}` : undefined;
}

/**
 * Sources that blame different parties: "the minister blames the contractor that renovated the bridge"
 * against "the drivers' association blames the operator".
 */
export function blamedContradictions(statements: Statement[], actors: Map<string, Actor>): Contradiction[] {
  // Named parties are compared with named ones and nouns with nouns: "the captain" may be the captain the others name.
  const named = new Map<string, Statement[]>();
  const nouns = new Map<string, Statement[]>();
  for (const st of statements) {
    const who = blamedOf(st);
    if (!who) continue;
    const by = who.startsWith('the ') ? nouns : named;
    (by.get(who) ?? by.set(who, []).get(who)!).push(st);
  }
  const pair = (by: Map<string, Statement[]>) => {
    if (by.size < 2) return undefined;
    const [[pa, a], [pb, b]] = [...by].sort((x, y) => y[1].length - x[1].length);
    return a.some((x) => b.some((y) => y.file !== x.file)) ? { pa, a, pb, b } : undefined;
  };
  const found = pair(named) ?? pair(nouns);
  if (!found) return [];
  const { pa, a, pb, b } = found;
  const name = (k: string) => actors.get(k)?.name ?? k;
  return [{
    id: '', kind: 'attribution', topic: 'who is blamed',
    summary: `Who is to blame: ${name(pa)} (${voicesOf(a)}) vs ${name(pb)} (${voicesOf(b)})`,
    confidence: round(0.55),
    sides: [...a.slice(0, 4), ...b.slice(0, 4)].map((x) => sideOf(x)),
  }];
}
