// Cross-document alias linking: decides which surface forms name the same actor. Forms are
// merged by rules that hold across news writing (acronyms, surnames, spelling variants,
// reworded organization names); people who share a surname are never merged with each other.
import type { Actor, ActorType, Mention } from '../types';
import { GAZ, gazetteerCategories, lexKey, lexiconVersion } from './features';
import { COUNTRIES, DEMONYMS, MEDIA_NAME_HEADS, SEATS_OF_POWER, TITLES } from './lexicon';
import { demonymStem, placeStem } from './demonyms';
import { remember } from '../memo';

const STOP = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'at', 'to', 'a', 'an', '&', "'s", 's']);
// Words that vary between renderings of one organization's name.
const SYNONYMS: Record<string, string> = {
  freedom: 'free', liberty: 'free', free: 'free', defence: 'defense', organisation: 'organization', centre: 'center',
  programme: 'program', labour: 'labor', armed: 'armed', army: 'army', forces: 'force', force: 'force', ministry: 'ministry',
  department: 'ministry', military: 'military',
};
// Generic heads a writer may add or drop: "Reuters News" = "Reuters", "Wagner Group" = "Wagner",
// "Ministry of Foreign Affairs" = "Foreign Ministry".
const GENERIC = new Set(['news', 'agency', 'service', 'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'co', 'network',
  'english', 'international', 'media', 'newspaper', 'channel', 'tv', 'radio', 'affair']);
// Place words that do not change which place is meant: "Dornach Oblast" = "Dornach".
const PLACE_GENERIC = new Set(['oblast', 'region', 'province', 'krai', 'kray', 'district', 'raion', 'rayon', 'governorate', 'prefecture', 'city']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'red', 'black', 'white', 'yellow', 'dead']);
// Waters called by their bare name after "the": "the Velna" for "Velna River".
const WATER_HEADS = new Set(['river', 'sea']);
// Words that follow a name to make a place of it: "Lenn River", "Dorr Province".
const INSTITUTION_HEADS = new Set(['hospital', 'clinic', 'infirmary', 'university', 'college', 'institute', 'academy']);
// Heads of public bodies, which a region and a nation each have one of.
const PUBLIC_BODY_HEADS = new Set(['agency', 'ministry', 'department', 'bureau', 'administration', 'commission', 'authority', 'office', 'inspectorate', 'directorate', 'court', 'council', 'assembly', 'parliament']);
const GEO_WORDS = new Set([...PLACE_GENERIC, 'river', 'lake', 'valley', 'bay', 'sea', 'gulf', 'island', 'islands', 'mountain', 'mountains', 'hills',
  'pass', 'dam', 'canal', 'strait', 'peninsula', 'desert', 'forest', 'county']);
// Transliteration and exonym pairs journalists alternate between.
const VARIANTS = [
  ['kyiv', 'kiev'], ['kharkiv', 'kharkov'], ['odesa', 'odessa'], ['lviv', 'lvov'], ['mykolaiv', 'nikolaev', 'nikolayev'], ['dnipro', 'dnepr'],
  ['luhansk', 'lugansk'], ['zaporizhzhia', 'zaporizhia', 'zaporozhye'], ['chornobyl', 'chernobyl'], ['donbas', 'donbass'],
  ['belarus', 'byelorussia'], ['myanmar', 'burma'], ['beijing', 'peking'], ['mumbai', 'bombay'], ['kolkata', 'calcutta'],
  ['chennai', 'madras'], ['turkey', 'turkiye'], ['czech republic', 'czechia'], ['ivory coast', "cote d'ivoire"], ['holland', 'netherlands'],
  ['us', 'usa', 'united states', 'united states of america', 'america'], ['uk', 'united kingdom', 'britain', 'great britain'],
  ['moldova', 'moldavia'], ['kirgizia', 'kyrgyzstan'], ['vilnius', 'vilna'], ['gdansk', 'danzig'], ['volgograd', 'stalingrad'],
  ['saint petersburg', 'st. petersburg', 'st petersburg', 'petersburg'],
];
const VARIANT_OF = new Map<string, string>();
for (const group of VARIANTS) for (const v of group) VARIANT_OF.set(v, group[0]);

// Demonym to country, so "Ukrainian Armed Forces" reads like "Armed Forces of Ukraine".
const DEMONYM_COUNTRY = new Map<string, string>();
{
  const countries = COUNTRIES.map(lexKey);
  for (const d of DEMONYMS.map(lexKey)) {
    // Ukrainian -> ukraine, Russian -> russia, German -> germany: longest shared prefix wins.
    let best = '';
    let bestLen = 0;
    for (const c of countries) {
      let k = 0;
      while (k < c.length && k < d.length && c[k] === d[k]) k++;
      if (k > bestLen && k >= Math.min(4, c.length - 1)) [best, bestLen] = [c, k];
    }
    if (best) DEMONYM_COUNTRY.set(d, best);
  }
  for (const [d, c] of [['british', 'uk'], ['american', 'us'], ['english', 'uk'], ['dutch', 'netherlands'], ['swiss', 'switzerland']]) DEMONYM_COUNTRY.set(d, c);
}

const SEATS = new Set(SEATS_OF_POWER.map(lexKey));
const DEMONYM_COUNTRIES = new Set(DEMONYM_COUNTRY.values());
const TITLE_WORDS = new Set([...TITLES.flatMap((t) => lexKey(t).split(/\s+/)), 'superintendent', 'sgt', 'cpl', 'pvt', 'lt', 'col', 'gen', 'maj', 'capt']);

/** A person's name without the titles before it: "lt. col. narine avetisyan" → "narine avetisyan". */
function withoutTitles(key: string): string {
  const words = key.split(' ');
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i].replace(/\.$/, ''))) i++;
  return words.slice(i).join(' ');
}

/** A person's linking key: the form key without titles, kept per mention text like the form key. */
function personKey(text: string): string {
  return remember(personKeys, text, () => withoutTitles(formKey(text)));
}
const personKeys = new Map<string, string>();

function translitOf(key: string): { translit: string; translitSkeleton: string } {
  const translit = transliterated(key);
  return { translit, translitSkeleton: skeleton(translit) };
}

// Letters that are not a Latin letter with a mark, so NFD leaves them: Jørund/Jorund, Łukasz/Lukasz, Đorđe/Djordje.
const UNMARKED: Record<string, string> = { ø: 'o', ł: 'l', đ: 'dj', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** A name without its accents and with the sound written j, y, zh or dzh written j. */
function jFold(key: string): string {
  return key.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øłđðþßæœı]/g, (c) => UNMARKED[c]).replace(/dzh|dj|zh/g, 'j').replace(/\by(?=[aeiou])/g, 'j');
}

/** Spelling folded across transliterations: Kyzylsai/Qizilsoy, Zelenets/Zelenec, Touré/Toure, Lakhor/Lachor, Alexei/Aleksei. */
function transliterated(key: string): string {
  // "Dzhemirov"/"Jemirov", "Yaresko"/"Jaresko", "Zhelin"/"Jelin", "Nadezhda"/"Nadejda": one sound written j, y, zh or dzh.
  return jFold(key)
    .replace(/q/g, 'k').replace(/x/g, 'ks').replace(/y/g, 'i').replace(/w/g, 'v').replace(/ph/g, 'f')
    .replace(/(?:ts|tz|cz)/g, 'c').replace(/[kc]h/g, 'h').replace(/(?:sch|sh|sz)/g, 's')
    .replace(/oo|ou/g, 'u').replace(/ee/g, 'i').replace(/(.)\1+/g, '$1');
}

/** A distinct surface form of one type, the unit that alias rules merge. */
interface Form {
  key: string;
  type: ActorType;
  words: string[];
  /** Content words, stemmed and with synonyms folded. */
  content: string[];
  mentions: Mention[];
  isAcronym: boolean;
  /** Countries an organization's name ties it to ("Russian Defense Ministry": russia); a group's union. */
  countries: Set<string>;
  /** The key's consonant skeleton, for transliteration variants. */
  skeleton: string;
  /** The key with transliteration differences folded, and its consonant skeleton. */
  translit: string;
  translitSkeleton: string;
  /** The key written closed (see `closed`). */
  closed: string;
  /** As a place: the name without its generic place words ("belgorod" for "belgorod oblast"). */
  core: string;
  /** As an organization: its content words other than generic ones and countries, sorted and joined. */
  distinctive: string;
  parent: Form | null;
}

function stem(w: string): string {
  const s = SYNONYMS[w] ?? w;
  return s.length > 4 && s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s;
}

/** Normalizes a mention's text to a linking key: no leading "the", no possessive, straight quotes, one space. */
export function formKey(text: string): string {
  return remember(formKeys, text, () => makeFormKey(text));
}
// Names recur across articles and from one view to the next: their keys are kept, within a bound.
const formKeys = new Map<string, string>();

function makeFormKey(text: string): string {
  return lexKey(text)
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .replace(/'s?$/, '')
    .trim();
}

function wordsOf(key: string): string[] {
  return key.split(/[\s]+/).filter(Boolean);
}

function countryOf(w: string): string | undefined {
  if (DEMONYM_COUNTRY.has(w)) return DEMONYM_COUNTRY.get(w);
  const cats = gazetteerCategories(w);
  if (cats & GAZ.country) return VARIANT_OF.get(w) ?? w;
  return undefined;
}

function isCountry(w: string): boolean {
  return DEMONYM_COUNTRIES.has(w) || (gazetteerCategories(w) & GAZ.country) !== 0;
}

function contentWords(words: string[]): string[] {
  return words.filter((w) => !STOP.has(w)).map((w) => countryOf(w) ?? stem(w));
}

function isAcronym(text: string): boolean {
  const letters = text.replace(/\./g, '');
  return /^[\p{Lu}][\p{Lu}\d&]{1,7}$/u.test(letters) && letters.replace(/[^\p{Lu}]/gu, '').length >= 2;
}

function find(f: Form): Form {
  let r = f;
  while (r.parent) r = r.parent;
  let x = f;
  while (x.parent && x.parent !== r) {
    const next: Form = x.parent;
    x.parent = r;
    x = next;
  }
  return r;
}

/** Merges two forms' groups unless they name different countries' bodies. */
function union(a: Form, b: Form): void {
  const ra = find(a);
  const rb = find(b);
  if (ra === rb) return;
  if (ra.countries.size && rb.countries.size && ![...rb.countries].every((c) => ra.countries.has(c))) return;
  rb.parent = ra;
  for (const c of rb.countries) ra.countries.add(c);
}

/** Whether an acronym spells the initials of a name (with or without its function words). */
function initialsMatch(acronym: string, words: string[], prefixOnly = false): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const parts = words.flatMap((w) => w.split('-')).filter((w) => /\p{L}/u.test(w) && w !== "'s");
  const all = parts.map((w) => w[0]).join('');
  const content = parts.filter((w) => !STOP.has(w)).map((w) => w[0]).join('');
  if (prefixOnly) return content.length >= 2 && letters.startsWith(content) && letters.length > content.length;
  return letters.length >= 2 && (letters === all || letters === content);
}

/**
 * Edit distance, bounded: returns max + 1 as soon as it is exceeded. Only the cells within `max` of
 * the diagonal are computed: a path through any other costs more than `max` (the cells beyond the
 * band count as max + 1), so every distance up to `max` comes out exact.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length + 1) rows = [new Int32Array(2 * b.length + 2), new Int32Array(2 * b.length + 2)];
  let [prev, cur] = rows;
  const over = max + 1;
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    cur[0] = i <= max ? i : over;
    if (from > 1) cur[from - 1] = over;
    let low = from === 1 ? cur[0] : over;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1), over);
      cur[j] = v;
      if (v < low) low = v;
    }
    if (to < b.length) cur[to + 1] = over;
    if (low > max) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], over);
}
// The two rows of the distance table, reused from one call to the next.
let rows = [new Int32Array(64), new Int32Array(64)];

const zj = (w: string): string => w.replace(/z/g, 'j');

// Consonant skeleton: transliterations of one name differ mostly in vowels (Kyiv/Kiev).
const skeleton = (w: string): string => w[0] + w.slice(1).replace(/[aeiouy'\-\s]/g, '').replace(/(.)\1+/g, '$1');

/** Spelling variants of one place or organization name (or one person's surname). */
function spellingVariants(a: Form, b: Form): boolean {
  const x = a.key;
  const y = b.key;
  if ((VARIANT_OF.get(x) ?? x) === (VARIANT_OF.get(y) ?? y)) return true;
  // "Coast Guard"/"Coastguard", "Cinder Vault"/"CinderVault": one name written closed or open.
  if (a.type !== 'person' && a.words.length !== b.words.length && x.length >= 6 && a.closed === b.closed) return true;
  if (a.words.length !== b.words.length) return false;
  const long = Math.min(x.length, y.length);
  if (long < 4) return false;
  // One spelling once transliteration differences are folded ("Kazhdel"/"Kajdel"); for people only the sound
  // written j, y, zh or dzh ("Dzhemirov"/"Jemirov"), not "Lee"/"Li".
  if (long >= 5 && a.translit === b.translit && (a.type !== 'person' || jFold(x) === jFold(y))) return true;
  // Places and organizations: the same name transliterated another way (Kyzylsai/Qizilsoy, Zelenets/Zelenec).
  if (a.type !== 'person' && a.translit[0] === b.translit[0] && a.translitSkeleton === b.translitSkeleton
    && editDistance(a.translit, b.translit, 2) <= 2 && long >= 5) return true;
  // "Kazhdel"/"Kajdel": zh written j, as French and Turkic spellings do.
  if (a.type !== 'person' && long >= 5 && a.translit[0] === b.translit[0] && a.translit !== b.translit
    && zj(a.translitSkeleton) === zj(b.translitSkeleton) && zj(a.translit) === zj(b.translit)) return true;
  if (x[0] !== y[0]) return false;
  if (a.type !== 'person' && a.skeleton === b.skeleton && editDistance(x, y, 2) <= 2) return true;
  return long >= 7 && editDistance(x, y, long >= 10 ? 2 : 1) <= (long >= 10 ? 2 : 1);
}

/**
 * One given name transliterated with another vowel inside it ("Tahir"/"Tohir", "Pavel"/"Pavol"):
 * as long, one letter apart, both vowels, neither first nor last (an ending may make another name:
 * "Marta"/"Marto", "Ivana"/"Ivano").
 */
function vowelVariant(x: string, y: string): boolean {
  if (x.length !== y.length || x.length < 4 || x === y) return false;
  let at = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at > 0 && at < x.length - 1 && VOWEL.test(x[at]) && VOWEL.test(y[at]);
}
const VOWEL = /^[aeiouy]$/;

/** A key written closed: without its spaces and hyphens. */
const closed = (key: string): string => key.replace(/[\s-]+/g, '');

// Place names the corpus also uses for a region ("Dornach Oblast", "the Dornach region").
let regionNamed = new Set<string>();

/** A content word that names a country (content words have demonyms already turned into countries). */
function isCountryWord(w: string): boolean {
  return countryOf(w) === w || DEMONYM_COUNTRIES.has(w);
}

/**
 * The place name without its generic place words: "belgorod oblast" and "belgorod region" share it;
 * so do "borno state" and "borno" (a last word "state" only: "united states" keeps its words).
 */
function placeCore(content: string[], words: string[]): string {
  const core = content.filter((w) => !PLACE_GENERIC.has(w));
  // Not "New York State" or "Washington State" beside the city of that name.
  if (words.length >= 2 && words[words.length - 1] === 'state' && core[core.length - 1] === 'state' && !(gazetteerCategories(words.slice(0, -1).join(' ')) & GAZ.city)) core.pop();
  return core.join(' ');
}

/** An organization name's words other than generic ones and countries: what its rewordings keep. */
function distinctiveWords(content: string[]): string {
  return [...new Set(content)].filter((w) => !GENERIC.has(w) && !isCountryWord(w)).sort().join(' ');
}

/**
 * Buckets a form falls in: two forms can be spelling variants or rewordings of each other only
 * if they share one, so the pairwise tests run within buckets instead of over every pair.
 */
function blockingKeys(f: Form): string[] {
  // People by their first name as transliterated ("Nuri" and "Nouri" meet) and the length of
  // their name (see personShape); names the variant table knows meet by their variant.
  if (f.type === 'person') return f.words.length >= 2 && VARIANT_OF.has(f.key) ? [`v\u0000${VARIANT_OF.get(f.key)}`] : [];
  const keys = [`v\u0000${VARIANT_OF.get(f.key) ?? f.key}`, `c\u0000${closed(f.key)}`];
  if (f.type === 'place') keys.push(`r\u0000${f.core}`);
  // Rewordings differ only in generic words and countries: they share all their other words.
  else if (f.distinctive) keys.push(`w\u0000${f.distinctive}`);
  return keys;
}

/** Spelling variants differ by at most two edits: same first letter, same number of words, lengths within two. */
function shapeKey(f: Form, length = f.translit.length): string {
  return `${f.translit[0]}\u0000${f.words.length}\u0000${length}`;
}

/** One person's name spelled two ways: the same first name as transliterated, as many words, lengths within two. */
function personShape(f: Form, length = f.key.length): string {
  return `${transliterated(f.words[0])}\u0000${f.words.length}\u0000${length}`;
}

/** Reworded organization names: same content words up to generic heads and the country. */
function rewordings(a: Form, b: Form): boolean {
  if (a.type !== b.type || a.type === 'person') return false;
  const ca = a.content;
  const cb = b.content;
  if (a.type === 'place') {
    const pa = a.core;
    const pb = b.core;
    if (!pa.length || pa !== pb) return false;
    // The city and the region of one name are two places once the texts tell them apart.
    const city = (f: Form): boolean => f.words[f.words.length - 1] === 'city';
    return !(city(a) !== city(b) && regionNamed.has(pa));
  }
  if (a.distinctive !== b.distinctive) return false;
  const sa = new Set(ca);
  const sb = new Set(cb);
  const shared = [...sa].filter((w) => sb.has(w));
  const onlyA = [...sa].filter((w) => !sb.has(w));
  const onlyB = [...sb].filter((w) => !sa.has(w));
  const countries = (ws: string[]): string[] => ws.filter(isCountryWord);
  // Two different countries' ministries are two ministries.
  const ka = countries(onlyA);
  const kb = countries(onlyB);
  if (ka.length && kb.length) return false;
  const droppable = (w: string): boolean => GENERIC.has(w) || countries([w]).length > 0;
  if (!onlyA.every(droppable) || !onlyB.every(droppable)) return false;
  const meaningful = shared.filter((w) => !GENERIC.has(w) && !countries([w]).length);
  // One distinctive word is enough when the shorter name has nothing the longer lacks.
  return meaningful.length >= 2 || (meaningful.length === 1 && (onlyA.length === 0 || onlyB.length === 0));
}

/**
 * Pairs [i, j] (i < j, in ascending order) of forms of one type, neither an acronym, that share a
 * blocking bucket or could be spelling variants: the only pairs the linker tests.
 */
/** Pairs of forms worth comparing, each as one number (a * n + b with a < b, n the list's length), sorted and distinct. */
function candidatePairs(list: Form[]): Float64Array {
  const buckets = new Map<string, number[]>();
  const shapes = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, k: string, i: number) => (map.get(k) ?? map.set(k, []).get(k) as number[]).push(i);
  list.forEach((f, i) => {
    if (f.isAcronym) return;
    for (const k of blockingKeys(f)) add(buckets, `${f.type}\u0000${k}`, i);
    if (f.type !== 'person') add(shapes, `${f.type}\u0000${shapeKey(f)}`, i);
    else if (f.words.length >= 2) {
      add(shapes, `person\u0000${personShape(f)}`, i);
      // A first name transliterated with another vowel ("Tahir"/"Tohir") before the same surname.
      add(buckets, `person\u0000vowel\u0000${f.words.slice(1).join(' ')}\u0000${f.words[0][0]}\u0000${f.words[0].length}`, i);
    }
  });
  // Each pair as one number (a * n + b), sorted and deduplicated at the end: cheaper than a set of pairs.
  const n = list.length;
  const codes: number[] = [];
  const pair = (i: number, j: number) => codes.push(i < j ? i * n + j : j * n + i);
  for (const members of buckets.values()) {
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pair(members[x], members[y]);
  }
  list.forEach((f, i) => {
    if (f.isAcronym || (f.type === 'person' && f.words.length < 2)) return;
    for (let d = 0; d <= 2; d++) {
      const shape = f.type === 'person' ? personShape(f, f.key.length + d) : shapeKey(f, f.translit.length + d);
      for (const j of shapes.get(`${f.type}\u0000${shape}`) ?? []) if (d > 0 || j > i) pair(i, j);
    }
  });
  const sorted = Float64Array.from(codes).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k];
  return sorted.subarray(0, distinct);
}

/** Links mentions of several documents into actors (ids `${idPrefix}a1`, …); sets each mention's actor id. */
export function linkMentions(docs: Mention[][], textOf?: (file: string) => string | undefined, idPrefix = ''): Actor[] {
  const all = docs.flat();
  if (all.length < REPLAYED_FROM) return linkAnew(docs, all, textOf, idPrefix).actors;
  const input = linkInput(docs, all, textOf);
  const kept = linkRuns.find((r) => r.prefix === idPrefix && sameInput(r.input, input));
  if (kept) return replay(kept, all, idPrefix);
  const { actors, members } = linkAnew(docs, all, textOf, idPrefix);
  const actorOf = new Int32Array(all.length).fill(-1);
  members.forEach((list, k) => { for (const i of list) actorOf[i] = k; });
  const run: LinkRun = {
    prefix: idPrefix, input, actorOf,
    actors: actors.map((a, k) => ({ name: a.name, type: a.type, aliases: a.aliases.slice(), members: Int32Array.from(members[k]) })),
  };
  linkRuns = [run, ...linkRuns.filter((r) => r.prefix !== idPrefix)].slice(0, KEPT_RUNS);
  return actors;
}

// Sets of mentions this large (a long story: some 25 articles and more) have their linking kept,
// so that the story's rebuild after an edit that changed no name replays it rather than comparing
// every form again. The last KEPT_RUNS such sets are kept (one per id prefix: per story).
const REPLAYED_FROM = 1000;
const KEPT_RUNS = 2;

/** Everything linkAnew reads of its mentions: the decisions follow from these alone. */
interface LinkInput {
  lexicon: number;
  files: string[];
  /** Mentions per document. */
  counts: Int32Array;
  texts: string[];
  types: ActorType[];
  /** Each mention's rank by offset within its document (ties in list order), and whether "the" stands before it. */
  ranks: Int32Array;
  the: Uint8Array;
  /**
   * For each mention, the mentions of its file that end at most 60 characters before it, in the
   * order they end (an acronym after the name it abbreviates): how many, then their places in `all`.
   */
  near: Int32Array;
}

interface LinkRun {
  prefix: string;
  input: LinkInput;
  /** Per mention of the input, in order, its actor's index, or -1 for one left out (a demonym). */
  actorOf: Int32Array;
  actors: Array<{ name: string; type: ActorType; aliases: string[]; members: Int32Array }>;
}
let linkRuns: LinkRun[] = [];

/** Whether "the" stands right before a mention ("the Velna"): read by the river rule of linkAnew and kept in its input. */
function theBefore(text: string, start: number): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
}

/** How far before an acronym (in characters) the name it abbreviates may end: read by linkAnew and kept in its input. */
const ACRONYM_REACH = 60;

function linkInput(docs: Mention[][], all: Mention[], textOf: ((file: string) => string | undefined) | undefined): LinkInput {
  const counts = new Int32Array(docs.length);
  const files: string[] = new Array(docs.length);
  const texts: string[] = new Array(all.length);
  const types: ActorType[] = new Array(all.length);
  const ranks = new Int32Array(all.length);
  const the = new Uint8Array(all.length);
  let offset = 0;
  docs.forEach((doc, d) => {
    counts[d] = doc.length;
    files[d] = doc.length ? doc[0].file : '';
    const text = textOf && doc.length ? textOf(doc[0].file) : undefined;
    const order = doc.map((_, k) => k).sort((a, b) => doc[a].start - doc[b].start);
    order.forEach((k, rank) => { ranks[offset + k] = rank; });
    for (let k = 0; k < doc.length; k++) {
      const m = doc[k];
      // A document's mentions are all of its file; were one not, the input is told apart by file too.
      texts[offset + k] = m.file === files[d] ? m.text : `${m.file}\u0000${m.text}`;
      types[offset + k] = m.type;
      const own = m.file === files[d] ? text : textOf?.(m.file);
      if (own !== undefined && theBefore(own, m.start)) the[offset + k] = 1;
    }
    offset += doc.length;
  });
  return { lexicon: lexiconVersion(), files, counts, texts, types, ranks, the, near: nearBefore(all) };
}

/** See LinkInput.near: what the acronym rule of linkAnew reads of the mentions' places. */
function nearBefore(all: Mention[]): Int32Array {
  const byFile = new Map<string, number[]>();
  all.forEach((m, i) => (byFile.get(m.file) ?? byFile.set(m.file, []).get(m.file)!).push(i));
  const lists: number[][] = new Array(all.length);
  for (const members of byFile.values()) {
    // By end, ties in the order of `all`, as the rule sorts them.
    const byEnd = [...members].sort((x, y) => all[x].end - all[y].end);
    for (const i of members) {
      const start = all[i].start;
      let lo = 0;
      let hi = byEnd.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (start - all[byEnd[mid]].end < ACRONYM_REACH) hi = mid;
        else lo = mid + 1;
      }
      const list: number[] = [];
      for (let k = lo; k < byEnd.length && all[byEnd[k]].end <= start; k++) list.push(byEnd[k]);
      lists[i] = list;
    }
  }
  const out: number[] = [];
  for (const list of lists) out.push(list.length, ...list);
  return Int32Array.from(out);
}

function sameArray<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameInput(a: LinkInput, b: LinkInput): boolean {
  return a.lexicon === b.lexicon && sameArray(a.counts, b.counts) && sameArray(a.files, b.files) && sameArray(a.types, b.types)
    && sameArray(a.ranks, b.ranks) && sameArray(a.the, b.the) && sameArray(a.near, b.near) && sameArray(a.texts, b.texts);
}

/** The actors of a kept run, made of these mentions (which the run's input describes). */
function replay(run: LinkRun, all: Mention[], idPrefix: string): Actor[] {
  for (let i = 0; i < all.length; i++) if (run.actorOf[i] < 0) delete all[i].actor;
  return run.actors.map((a, k) => {
    const id = `${idPrefix}a${k + 1}`;
    const mentions = Array.from(a.members, (i) => all[i]);
    for (const m of mentions) {
      m.actor = id;
      m.type = a.type;
    }
    return { id, name: a.name, type: a.type, aliases: a.aliases.slice(), mentions };
  });
}

/** Links the mentions, comparing their forms; also gives each actor's mentions by their place in `all`. */
function linkAnew(docs: Mention[][], all: Mention[], textOf: ((file: string) => string | undefined) | undefined, idPrefix: string): { actors: Actor[]; members: number[][] } {
  // One type per surface form: the majority of its mentions, except that a seat of power used
  // as a place (drones over the Kremlin) stays apart from the institution (the Kremlin said).
  const typeVotes = new Map<string, Map<ActorType, number>>();
  for (const m of all) {
    const k = formKey(m.text);
    let v = typeVotes.get(k);
    if (!v) typeVotes.set(k, (v = new Map()));
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
  }
  const majority = new Map<Map<ActorType, number>, ActorType>();
  const typeOf = (m: Mention): ActorType => {
    const key = formKey(m.text);
    const v = typeVotes.get(key);
    if (!v || v.size < 2) return m.type;
    let top = majority.get(v);
    if (!top) majority.set(v, (top = [...v].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]));
    const own = v.get(m.type) ?? 0;
    const placeOrg = (m.type === 'place' || m.type === 'organization') && (top === 'place' || top === 'organization');
    if (placeOrg && own > 0 && SEATS.has(key)) return m.type;
    return top;
  };

  const forms = new Map<string, Form>();
  const formsByType = new Map<ActorType, Map<string, Form>>();
  // Each mention's form, by its place in `all` (a map keyed by the mentions, fresh copies on every
  // rebuild, would hash each of them anew).
  const formAt: Form[] = new Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    const type = typeOf(m);
    const key = type === 'person' ? personKey(m.text) : formKey(m.text);
    // Found by type, then by key (kept strings whose hash is known), not by a string made per mention.
    let ofType = formsByType.get(type);
    if (!ofType) formsByType.set(type, (ofType = new Map()));
    let f = ofType.get(key);
    if (!f) {
      const words = wordsOf(key);
      const content = contentWords(words);
      const countries = new Set(type === 'organization' ? content.filter(isCountry) : []);
      f = { key, type, words, content, mentions: [], isAcronym: isAcronym(m.text.replace(/^the\s+/i, '')), countries, skeleton: skeleton(key), ...translitOf(key),
        closed: closed(key), core: placeCore(content, words), distinctive: distinctiveWords(content), parent: null };
      forms.set(`${type}\u0000${key}`, f);
      ofType.set(key, f);
    }
    // "ZELENETS" in a dateline and "Zelenets" in the text: a name written in capitals is no acronym.
    f.isAcronym &&= isAcronym(m.text.replace(/^the\s+/i, ''));
    f.mentions.push(m);
    formAt[i] = f;
  }
  // "Tarsian" beside "Tarsia": a demonym of a place the corpus names is an adjective, not an actor,
  // whatever the tagger made of it in an article that does not name the place itself.
  // A name with a demonym is a country or a region, even where it stands for its government
  // ("Tarsia said"): news names places that way, and bodies have no demonyms.
  const stems = new Map<string, Form[]>();
  for (const f of forms.values()) {
    if (f.type !== 'person' && f.words.length === 1 && f.key.length >= 4) (stems.get(placeStem(f.key)) ?? stems.set(placeStem(f.key), []).get(placeStem(f.key))!).push(f);
  }
  const demonyms = new Set<Form>();
  for (const f of forms.values()) {
    const stem = f.words.length === 1 ? demonymStem(f.key, (x) => stems.get(x)?.map((p) => p.key)) : undefined;
    // "Roman" beside "Rome" may be a given name: a person-typed form counts only with a demonym's
    // own ending ("-ian", "-ese", "-ish").
    if (stem === undefined || (f.type === 'person' && !/(?:ian|ese|ish|ean)s?$/.test(f.key))) continue;
    demonyms.add(f);
    for (const place of stems.get(stem)!) if (!SEATS.has(place.key)) place.type = 'place';
  }
  for (const f of demonyms) forms.delete(`${f.type}\u0000${f.key}`);
  const list = [...forms.values()];
  const REGION_WORDS = ['oblast', 'region', 'province', 'krai', 'kray', 'governorate', 'prefecture'];
  regionNamed = new Set(list.filter((f) => f.type === 'place' && REGION_WORDS.includes(f.words[f.words.length - 1] ?? ''))
    .map((f) => f.core));
  const multi = list.filter((f) => f.words.length >= 2);

  // Variants and rewordings of non-person names. A name without a country that fits bodies of
  // two countries ("Defence Ministry" beside Russian and Ukrainian ones) is left alone.
  const matches = new Map<Form, Form[]>();
  for (const code of candidatePairs(list)) {
    const a = list[Math.floor(code / list.length)];
    const b = list[code % list.length];
    if (a.type !== b.type || a.isAcronym || b.isAcronym) continue;
    if (a.type === 'person') {
      // The same first name, or one first name transliterated two ways before the same surname ("Nuri"/"Nouri Akhtaran",
      // "Đorđe Pavić"/"Djordje Pavic").
      const sameFirst = a.words[0] === b.words[0] || (transliterated(a.words[0]) === transliterated(b.words[0]) && jFold(a.words.slice(1).join(' ')) === jFold(b.words.slice(1).join(' ')))
        || (a.words.slice(1).join(' ') === b.words.slice(1).join(' ') && vowelVariant(a.words[0], b.words[0]));
      if (a.words.length === b.words.length && a.words.length >= 2 && sameFirst && spellingVariants(a, b)) union(a, b);
      continue;
    }
    if (spellingVariants(a, b) || rewordings(a, b)) {
      (matches.get(a) ?? matches.set(a, []).get(a) as Form[]).push(b);
      (matches.get(b) ?? matches.set(b, []).get(b) as Form[]).push(a);
    }
  }
  const ambiguous = (f: Form): boolean => !f.countries.size
    && new Set((matches.get(f) ?? []).flatMap((g) => [...g.countries])).size > 1;
  for (const [a, bs] of matches) {
    for (const b of bs) if (!ambiguous(a) && !ambiguous(b)) union(a, b);
  }
  // Acronyms: "NLF" = "National Liberation Front", "U.S." = "United States".
  for (const a of list.filter((f) => f.isAcronym)) {
    const matches = multi.filter((f) => f.type !== 'person' && initialsMatch(a.key, f.words));
    const byRoot = new Set(matches.map((f) => find(f)));
    if (byRoot.size === 1) union(matches[0], a);
  }
  // An acronym right after a name it abbreviates, even loosely ("Institute for Science ... (ISW)").
  const byFile = new Map<string, number[]>();
  all.forEach((m, i) => (byFile.get(m.file) ?? byFile.set(m.file, []).get(m.file) as number[]).push(i));
  for (const a of list.filter((f) => f.isAcronym)) {
    for (const m of a.mentions) {
      const near = (byFile.get(m.file) ?? [])
        .filter((n) => all[n].end <= m.start && m.start - all[n].end < ACRONYM_REACH)
        .sort((x, y) => all[x].end - all[y].end)
        .map((n) => formAt[n])
        .filter((f) => f.type === 'organization' && f.words.length >= 2 && initialsMatch(a.key, f.words, true));
      if (near.length) {
        union(near[near.length - 1], a);
        break;
      }
    }
  }

  // "DRB" beside "DRB News": an acronym that begins one organization's name, the rest of it generic words.
  const byLeadingAcronym = indexBy(multi.filter((g) => g.type === 'organization' && g.words.slice(1).every((w) => GENERIC.has(w))), (g) => g.words[0]);
  for (const a of list.filter((f) => f.isAcronym && f.type === 'organization')) {
    const owners = [...new Set((byLeadingAcronym.get(a.key) ?? []).map(find))];
    if (owners.length === 1) union(owners[0], a);
  }

  // "Nalvora" beside "Red Cross Society of Nalvora": the word that ends a body's name after "of" is the
  // place it serves, so a one-word name read as a body ("Nalvora has the money") is that place.
  const ofPlaces = new Set(multi.filter((g) => g.type === 'organization' && g.words.length >= 3 && g.words[g.words.length - 2] === 'of').map((g) => g.words[g.words.length - 1]));
  // So is one read as a person ("Daloria" beside "Drivers' Association of Daloria"), unless a full name of a person holds it.
  const inPeople = new Set(multi.filter((g) => g.type === 'person').flatMap((g) => g.words));
  for (const f of list) {
    if (f.words.length !== 1 || f.isAcronym || !ofPlaces.has(f.key) || MEDIA_NAME_HEADS.has(f.key)) continue;
    if (f.type === 'organization' || (f.type === 'person' && !inPeople.has(f.key) && !(gazetteerCategories(f.key) & (GAZ.first | GAZ.surname)))) f.type = 'place';
  }

  // "the Review" after "The Continental Review": a publication shortened to its last word. So is any
  // body whose last word only one organization of the corpus ends with ("the Lantern", "the Assembly"),
  // unless the word follows "of" there.
  const byLastWord = indexBy(multi.filter((g) => g.type === 'organization' && g.words[g.words.length - 2] !== 'of'), (g) => g.words[g.words.length - 1]);
  for (const f of list.filter((x) => x.words.length === 1 && (MEDIA_NAME_HEADS.has(x.key) || (x.type === 'organization' && !x.isAcronym && x.key.length >= 5)))) {
    const owners = [...new Set((byLastWord.get(f.key) ?? []).map(find))];
    if (owners.length === 1) union(owners[0], f);
  }

  // "Brenmoor General", "Tarrow Hill" beside "Brenmoor General Hospital": an institution called without
  // its head noun, however the short form was typed.
  // Not "Sarybel District" beside "Sarybel District Hospital": a district is a place of its own.
  const WORDS_APART = '\u0000';
  const institutions = indexBy(multi.filter((g) => INSTITUTION_HEADS.has(g.words[g.words.length - 1])), (g) => g.words.slice(0, -1).join(WORDS_APART));
  for (const f of multi.filter((x) => x.type === 'place' && !GEO_WORDS.has(x.words[x.words.length - 1]) && !(gazetteerCategories(x.key) & (GAZ.country | GAZ.city | GAZ.region)))) {
    const owners = [...new Set((institutions.get(f.words.join(WORDS_APART)) ?? []).filter((g) => g.type === 'organization').map(find))];
    if (owners.length === 1) {
      union(owners[0], f);
      f.type = 'organization';
    }
  }

  // "the Red Cross" after "Red Cross Society of Tesmaria": the opening words of one organization's name,
  // "St. Cyran's" of "St. Cyran's Hospital" too (the short form's possessive is cut from its key).
  const orgs = multi.filter((g) => g.type === 'organization' && !g.isAcronym);
  const bare = (w: string): string => w.replace(/'s$/, '');
  // Each organization under every run of its opening words shorter than its name.
  const byOpening = new Map<string, Form[]>();
  for (const g of orgs) {
    for (let k = 1; k < g.words.length; k++) {
      const key = g.words.slice(0, k).map(bare).join(WORDS_APART);
      (byOpening.get(key) ?? byOpening.set(key, []).get(key)!).push(g);
    }
  }
  for (const f of orgs) {
    const owners = [...new Set((byOpening.get(f.words.map(bare).join(WORDS_APART)) ?? []).map(find))];
    if (owners.length === 1 && owners[0] !== find(f)) union(owners[0], f);
  }

  // "the Nitrogen Works" after "Dorvask Nitrogen Works": a body called without the place its name
  // opens with, when the place is one the corpus names and one body fits.
  const placeKeys = new Set(list.filter((f) => f.type === 'place' && f.words.length === 1).map((f) => f.key));
  // Not a public body: "Ohio Environmental Protection Agency" is not the national "Environmental Protection Agency".
  const byTail = indexBy(multi.filter((g) => g.type === 'organization' && g.words.length >= 3 && placeKeys.has(g.words[0]) && !PUBLIC_BODY_HEADS.has(g.words[g.words.length - 1])), (g) => g.words.slice(1).join(' '));
  for (const f of multi.filter((x) => x.type === 'organization' && !x.isAcronym)) {
    const owners = [...new Set((byTail.get(f.words.join(' ')) ?? []).map(find))];
    if (owners.length === 1) union(owners[0], f);
  }

  // "Energy Ministry" and "Ministry of Energy" after "Ministry of Energy and Water": a body of two
  // fields called by one of them, when one body of the corpus has that field and head.
  const byField = new Map<string, Form[]>();
  for (const g of multi) {
    if (g.type !== 'organization' || g.words.length < 5 || g.words[1] !== 'of') continue;
    const and = g.words.indexOf('and');
    if (and < 3 || and === g.words.length - 1) continue;
    const head = g.words[0];
    for (const field of [g.words.slice(2, and).join(' '), g.words.slice(and + 1).join(' ')]) {
      for (const k of [`${field} ${head}`, `${head} of ${field}`]) (byField.get(k) ?? byField.set(k, []).get(k)!).push(g);
    }
  }
  for (const f of list.filter((x) => x.type === 'organization' && !x.isAcronym)) {
    const owners = [...new Set((byField.get(f.words.join(' ')) ?? []).map(find))];
    if (owners.length === 1) union(owners[0], f);
  }

  // "Harlow" after "Harlow Chemicals": a company called by the first word of its name, when the word
  // is not read as a place, no person and no known place goes by it, and one organization starts with it.
  const personWords = new Set(list.filter((f) => f.type === 'person' && f.words.length >= 2).flatMap((f) => f.words));
  // "the Lenn" beside "Lenn River" and "Lenn Power Company": a name a place is called by with a
  // geographic word after it ("Lenn River", "Dorr Province") may be that place.
  const placeFirstWords = new Set(multi.filter((g) => g.type === 'place' && g.words.length === 2 && GEO_WORDS.has(g.words[1])).map((g) => g.words[0]));
  // Names of several words by their first word: the types of these forms no longer change.
  const byFirstWord = indexBy(multi, (g) => g.words[0]);
  for (const f of list.filter((x) => x.words.length === 1 && x.type !== 'place' && !x.isAcronym && x.key.length >= 4)) {
    if (personWords.has(f.key) || placeFirstWords.has(f.key) || gazetteerCategories(f.key) & (GAZ.country | GAZ.city | GAZ.region | GAZ.first)) continue;
    const owners = [...new Set((byFirstWord.get(f.key) ?? []).filter((g) => g.type === 'organization').map(find))];
    if (owners.length === 1) {
      union(owners[0], f);
      f.type = 'organization';
    }
  }

  // "the Velna" beside "Velna River": a river (or a sea) is called by its bare name with "the" before it,
  // where a town of that name would have none.
  if (textOf) {
    const waters = indexBy(multi.filter((g) => g.type === 'place' && g.words.length === 2 && WATER_HEADS.has(g.words[1])), (g) => g.words[0]);
    // Not "the Congo", "the Gambia" (countries) nor "the North" beside "North Sea".
    for (const f of list.filter((x) => x.words.length === 1 && x.type !== 'person' && !x.isAcronym && waters.has(x.key)
      && !(gazetteerCategories(x.key) & (GAZ.country | GAZ.city | GAZ.region)) && !COMPASS.has(x.key))) {
      const owners = [...new Set(waters.get(f.key)!.map(find))];
      if (owners.length !== 1) continue;
      const withThe = f.mentions.filter((m) => theBefore(textOf(m.file) ?? '', m.start)).length;
      if (withThe * 2 > f.mentions.length) {
        union(owners[0], f);
        f.type = 'place';
      }
    }
  }

  // "GSS Zangoru" beside "Government Secondary School Zangoru": a name's opening words cut to their initials.
  const byInitials = new Map<string, Form[]>();
  for (const g of multi) {
    if (g.type !== 'organization' || g.isAcronym) continue;
    for (let k = 2; k < g.words.length; k++) {
      const key = `${g.words.slice(0, k).map((w) => w[0]).join('')} ${g.words.slice(k).join(' ')}`;
      (byInitials.get(key) ?? byInitials.set(key, []).get(key)!).push(g);
    }
  }
  for (const f of multi.filter((x) => x.type !== 'person' && isAcronym(x.mentions[0].text.split(/\s+/)[0]))) {
    const owners = [...new Set((byInitials.get(f.key) ?? []).map(find))];
    if (owners.length === 1) {
      union(owners[0], f);
      f.type = 'organization';
    }
  }

  // "as Dorr recovers" beside "Dorr Province": a one-word name that no full name of a person
  // contains, and that one region of the corpus is named after, is that region, however it was typed.
  for (const f of list.filter((x) => x.words.length === 1 && x.type !== 'place' && x.type !== 'organization' && !x.isAcronym && x.key.length >= 4)) {
    if (personWords.has(f.key) || gazetteerCategories(f.key) & GAZ.first) continue;
    const regions = [...new Set((byFirstWord.get(f.key) ?? []).filter((g) => g.type === 'place' && g.words.length === 2 && (PLACE_GENERIC.has(g.words[1]) || g.words[1] === 'state')).map(find))];
    if (regions.length === 1) {
      union(regions[0], f);
      f.type = 'place';
    }
  }

  // People: full names are actors; a bare surname or given name joins the one full name it can mean.
  const people = list.filter((f) => f.type === 'person' && f.words.length >= 2);
  const peopleBySurname = indexBy(people, (p) => p.words[p.words.length - 1]);
  const peopleByGiven = indexBy(people, (p) => p.words[0]);
  const attach = new Map<Mention, Form>();
  for (const f of list.filter((x) => x.type === 'person' && x.words.length === 1)) {
    const w = f.words[0];
    const bySurname = peopleBySurname.get(w) ?? [];
    const byGiven = peopleByGiven.get(w) ?? [];
    for (const m of f.mentions) {
      const pick = (cands: Form[]): Form | undefined => {
        const roots = [...new Set(cands.map(find))];
        if (roots.length === 1) return roots[0];
        // Several people share the name: the one named in the same article, if only one is; if
        // several are, the one that article names far more often by full name (its subject, not the
        // relative quoted once), or more often there and far more often in the folder; else none.
        const here = [...new Set(cands.filter((p) => p.mentions.some((x) => x.file === m.file)).map(find))];
        if (here.length <= 1) return here[0];
        const inFile = new Map<Form, number>();
        const inFolder = new Map<Form, number>();
        for (const p of cands) {
          inFile.set(find(p), (inFile.get(find(p)) ?? 0) + p.mentions.filter((x) => x.file === m.file).length);
          inFolder.set(find(p), (inFolder.get(find(p)) ?? 0) + p.mentions.length);
        }
        const [top, next] = [...here].sort((a, b) => (inFile.get(b) ?? 0) - (inFile.get(a) ?? 0));
        const [f1, f2] = [inFile.get(top) ?? 0, inFile.get(next) ?? 0];
        const [g1, g2] = [inFolder.get(top) ?? 0, inFolder.get(next) ?? 0];
        return f1 >= 3 * f2 || (f1 >= 1.5 * f2 && g1 >= 3 * g2) ? top : undefined;
      };
      const target = bySurname.length ? pick(bySurname) : byGiven.length ? pick(byGiven) : undefined;
      if (target) attach.set(m, target);
    }
    // A bare name that always resolves the same way merges as a form.
    const targets = new Set(f.mentions.map((m) => attach.get(m)));
    if (targets.size === 1) {
      const t = [...targets][0];
      if (t) {
        union(t, f);
        for (const m of f.mentions) attach.delete(m);
      }
    }
  }

  // Actors in order of first appearance: documents in the given order, then offset.
  const groups = new Map<Form, number[]>();
  let offset = 0;
  for (const doc of docs) {
    const order = doc.map((_, k) => offset + k).sort((a, b) => all[a].start - all[b].start);
    offset += doc.length;
    for (const i of order) {
      const m = all[i];
      if (demonyms.has(formAt[i])) {
        delete m.actor;
        continue;
      }
      const root = find(attach.get(m) ?? formAt[i]);
      let g = groups.get(root);
      if (!g) groups.set(root, (g = []));
      g.push(i);
    }
  }
  const actors: Actor[] = [];
  for (const members of groups.values()) {
    const mentions = members.map((i) => all[i]);
    const id = `${idPrefix}a${actors.length + 1}`;
    for (const m of mentions) m.actor = id;
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const aliases = [...counts.keys()].sort();
    const full = aliases.filter((t) => !isAcronym(t));
    const name = (full.length ? full : aliases).slice().sort((a, b) => fullness(b) - fullness(a) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))[0];
    // Full forms outvote acronyms: "Valmont People's Party" says more than "VPP".
    const votes = new Map<ActorType, number>();
    for (const i of members) {
      const t = formAt[i]?.type ?? all[i].type;
      votes.set(t, (votes.get(t) ?? 0) + (isAcronym(all[i].text) ? 1 : 1.5));
    }
    const type = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    for (const m of mentions) m.type = type;
    actors.push({ id, name, type, aliases, mentions });
  }
  return { actors, members: [...groups.values()] };
}

/** Items by a key, each list in the items' order. */
function indexBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const l = out.get(k);
    if (l) l.push(it);
    else out.set(k, [it]);
  }
  return out;
}

// Longest full form: more words first, then more letters; "the" and possessives do not count.
function fullness(text: string): number {
  const k = formKey(text);
  return wordsOf(k).length * 1000 + k.length;
}
