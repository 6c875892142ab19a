// Span and type rules applied after the tagger. The tagger learned CoNLL-2003 conventions; the
// product's conventions differ (titles outside spans, demonyms not actors, the Kremlin as an
// organization, armed groups and ministries as organizations), and some cues are stronger in
// rules than in 1996 newswire statistics.
import type { ActorType, Token } from '../types';
import { GAZ, gazetteerCategories, lexKey } from './features';
import { DEMONYMS, GENERA, ORG_HEADS, PLACE_HEADS, SEATS_OF_POWER, TERM_ACRONYMS, TITLES } from './lexicon';
import { demonymStem, placeStem } from './demonyms';
import { gated } from '../prefilter';
import { startsUpper } from '../lexicon/words';

/** A proposed mention: a token range of one line and its type. */
export interface Candidate {
  line: number;
  start: number;
  end: number;
  type: ActorType | 'misc';
}

const lowerSet = (xs: string[]): Set<string> => new Set(xs.map(lexKey));
// Abbreviated titles with and without their period ("Maj." and "Maj").
// "Chief Executive Stefan Marr", "Executive Director Ana Pike": the second word of a two-word title is one too.
const TITLE_WORDS = lowerSet([...TITLES.filter((t) => !t.includes(' ')).flatMap((t) => [t, t.replace(/\.$/, '')]), 'Executive']);
// Title words that are a title only before a name of two words or more: "Executive Outcomes" is a company.
const NAME_TITLE_WORDS = lowerSet(['Executive']);
const DEMONYM_WORDS = lowerSet(DEMONYMS);
const ORG_HEAD_WORDS = lowerSet(ORG_HEADS.filter((t) => !t.includes(' ')));
const PLACE_HEAD_WORDS = lowerSet(PLACE_HEADS.filter((t) => !t.includes(' ')));
// Heads that name a body only when they end a name ("... News", not "News of the day").
const STRUCTURES = new Set(['dam', 'bridge', 'reservoir', 'canal', 'levee', 'dyke', 'embankment', 'tunnel', 'pipeline']);
// Venues a crowd goes to, named places whatever the tagger says ("Zarand Covered Market", "Kerem Hill Cemetery").
const VENUES = new Set(['market', 'bazaar', 'cemetery', 'stadium', 'arena', 'mosque', 'cathedral', 'monastery', 'racecourse', 'fairground', 'showground']);
const BORDER_POINTS = new Set(['post', 'crossing', 'checkpoint', 'gate']);
const NUMBERED_SITES = new Set(['warehouse', 'hangar', 'terminal', 'pier', 'berth', 'platform', 'reactor', 'pavilion', 'dock', 'shaft', 'silo', 'tank', 'unit', 'block',
  'section', 'sector', 'zone', 'gate', 'ward', 'runway', 'taxiway', 'hall', 'wing', 'cellblock']);
// The number or letter of a site: "Warehouse 4", "Gate 12B", "Block D".
const SITE_NUMBER = /* @__PURE__ */ gated(/^(?:\d{1,3}[A-Z]?|[A-Z])$/);
// "Section 7 of the Act", "under Section 7": a numbered part of a text, not of a site.
const TEXT_PARTS = new Set(['section']);
const CITING = new Set(['under', 'per', 'violating', 'breaching', 'invoking', 'invoked', 'violated', 'breached', 'cited', 'citing']);
// Geographic heads that are hardly ever surnames ("Park", "Street" and "Hill" are).
const GEO_HEADS = new Set(['point', 'peninsula', 'strait', 'gulf', 'cape', 'delta', 'canyon', 'plateau', 'basin', 'island', 'islands', 'mountains', 'oblast', 'province', 'district', 'county', 'region', 'headland', 'reef', 'lagoon', 'estuary', 'fjord']);
// Heads of organization names beyond the tagger's lists: a party's youth wing ("Renewal Youth").
const MORE_ORG_HEADS = new Set(['youth']);
// Words that open place names ("Cape", Arabic "Ras" and "Wadi", "Mount", "Lake").
const GEO_PREFIXES = new Set(['cape', 'mount', 'mt', 'mt.', 'lake', 'port', 'fort', 'ras', 'jebel', 'jabal', 'wadi', 'isla', 'isle', 'gulf', 'bay', 'lago', 'monte', 'sierra', 'cabo', 'punta']);
// The bodies a title heads: "the Prosecutor General's Office", "the Governor's Office".
const OFFICES = new Set(['office', 'department', 'bureau', 'chambers', 'secretariat']);
const WEAK_ORG_HEADS = new Set(['news', 'times', 'post', 'press', 'review', 'city', 'united', 'real', 'team', 'staff', 'head', 'unit', 'media', 'capital', 'trust', 'exchange', 'network', 'channel']);
// Words that may join the parts of a name ("Freedom of Russia Legion", "Institute for the Study of War").
// "and" is left out: "Russia and Ukraine" is two names far more often than one.
const CONNECTORS = new Set(['of', 'for', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', '&']);
// Plural nouns a possessive may follow inside a name ("People's Republic", "Workers' Party").
const POSSESSIVE_NAME_NOUNS = new Set(['people', 'peoples', 'workers', 'women', 'children', 'veterans', 'citizens', 'farmers', 'men', 'soldiers', 'mothers', 'saints', 'journalists', 'nations']);
// Prefixes written apart from a demonym or ideology ("Neo Nazi", "Pro Russian").
const PREFIXES = new Set(['neo', 'pro', 'anti', 'ex', 'post', 'pre', 'non']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DETERMINERS = new Set(['the', 'a', 'an']);
// Weekdays and months as datelines and live-blog timestamps abbreviate them ("Fri 09:20", "Sept. 4").
const CALENDAR_SHORT = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
// Words that open a post or a paragraph as a label or a greeting ("**Analysis.**", "Good morning."), never a name there.
const OPENERS = new Set(['good', 'hello', 'welcome', 'breaking', 'update', 'updated', 'analysis', 'opinion', 'comment', 'editorial', 'correction', 'explainer', 'factbox', 'timeline', 'watch', 'live', 'latest', 'exclusive', 'summary', 'recap', 'background', 'context', 'warning']);
// "thank God", "an act of God": an exclamation, not an actor in the news.
const NON_ACTORS = new Set(['god']);
const KIN = new Set(['husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'uncle', 'aunt', 'nephew', 'niece', 'cousin',
  'grandson', 'granddaughter', 'grandfather', 'grandmother', 'fiancé', 'fiance', 'fiancée', 'fiancee', 'widow', 'widower', 'stepson', 'stepdaughter']);
// Trades that end company names ("Tamrel Coal", "Kopar Tunnelling") and are no name alone.
const TRADE_WORDS = new Set(['coal', 'steel', 'oil', 'gas', 'petroleum', 'mining', 'energy', 'engineering', 'construction', 'tunnelling',
  'tunneling', 'drilling', 'chemicals', 'pharmaceuticals', 'shipping', 'logistics', 'insurance', 'electronics', 'software', 'telecom']);
// Trades a company is named for ("Rendora Power"), beyond the heads of the organization lexicon.
const COMPANY_TRADES = new Set([...TRADE_WORDS, 'power', 'water', 'utilities', 'stewarding', 'security', 'catering', 'consulting', 'haulage',
  'aviation', 'airways', 'airlines', 'motors', 'foods', 'pharma', 'telecoms', 'media', 'holdings', 'textiles', 'timber', 'forestry', 'cement',
  'fisheries', 'dairies', 'farms', 'mills', 'shipyards', 'freight', 'transport', 'railways', 'ferries', 'couriers', 'estates', 'properties',
  'maritime', 'salvage', 'towage', 'marine', 'offshore', 'tankers', 'dredging', 'petrochemicals', 'refining', 'minerals', 'metals', 'plastics',
  'packaging', 'trucking', 'shipbuilding', 'aerospace', 'defence', 'armaments', 'agrochemicals', 'fertilisers', 'fertilizers', 'biotech']);
// Words that name a step on a scale or in a sequence by the number after them.
const SCALE_WORDS = new Set(['category', 'level', 'phase', 'stage', 'grade', 'class', 'tier', 'step', 'round', 'type', 'alert', 'code']);
// A species' name after its genus, in the endings biology's Latin has and English words lack:
// "sakazakii", "cholerae", "monocytogenes", "pneumoniae".
const EPITHET = /^\p{Ll}{3,}(?:ii|ae|genes|ensis|iensis)$/u;
// Titles a portfolio comes before: "Energy Minister Arvo Tamm", "Health Secretary Jo Bell".
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner']);
// Broadcasters named by their medium first: "Radio Lenn", "Television Orla".
const MEDIA_FIRST = new Set(['radio', 'television', 'tv']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'dozens', 'hundreds', 'thousands', 'several', 'many']);
// Capitalised function words that start sentences and headlines, never names.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'as', 'if',
  'while', 'when', 'after', 'before', 'since', 'as', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'what', 'who', 'how', 'why', 'where', 'there', 'here', 'some', 'many', 'most', 'all', 'no',
  'not', 'yet', 'so', 'even', 'also', 'still', 'only', 'just', 'one', 'two', 'three', 'both', 'each', 'every', 'other', 'another', 'more',
  'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should',
  'photo', 'image', 'video', 'read', 'watch', 'share', 'skip', 'go', 'home', 'menu', 'search', 'advertisement', 'related', 'explained',
  'published', 'updated', 'posted', 'modified', 'edited',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow', 'mr', 'mrs', 'ms', 'despite',
  'during', 'amid', 'among', 'against', 'under', 'over', 'through', 'without', 'within', 'across', 'toward', 'towards', 'via', 'until',
  'unlike', 'like', 'about', 'above', 'below', 'between', 'beyond', 'inside', 'outside', 'near', 'into', 'onto', 'upon', 'per', 'then',
  'now', 'however', 'meanwhile', 'although', 'though', 'because', 'instead', 'according', 'earlier', 'later', 'late', 'early', 'last',
  'next', 'several', 'few', 'such', 'which', 'whose', 'whom', 'any', 'none', 'nor', 'either', 'neither', 'again', 'once', 'click', 'here',
  'leave', 'comment', 'comments', 'subscribe', 'sign', 'log', 'login', 'continue', 'reading', 'advertising', 'sponsored']);
// Where "the Kremlin" is the building rather than the government.
const LOCATIVE = new Set(['over', 'inside', 'in', 'at', 'near', 'above', 'into', 'outside', 'toward', 'towards', 'around', 'within', 'behind', 'on']);
const PLACE_CATS = GAZ.country | GAZ.city | GAZ.region;
const SEATS = lowerSet(SEATS_OF_POWER);

// Patterns tried on every word are made once: a pattern written in a loop is a new object each time round.
const LOWER_START = /^\p{Ll}/u;
const TRAILING_DOT = /\.$/;
const isCap = (w: string): boolean => startsUpper(w) || (w.charCodeAt(0) <= 57 && /^\d+(st|nd|rd|th)$/.test(w));
// "Kyiv-based", "US-made": a capitalised word glued to a lowercase one is a modifier, not a name part.
/** A title word, with or without its period ("Gen.", "Chief"). */
const isTitleWord = (w: string | undefined): boolean => TITLE_WORDS.has(lexKey(w ?? '').replace(TRAILING_DOT, ''));
const isNamePart = (w: string): boolean => isCap(w) && !(w.includes('-') && w.split('-').some((p) => LOWER_START.test(p)));
// Plural acronyms ("POWs", "UAVs") are common nouns.
const isPluralAcronym = (w: string): boolean => /^\p{Lu}{2,}s$/u.test(w);
const isDemonym = (k: string): boolean => DEMONYM_WORDS.has(k) || (k.endsWith('s') && DEMONYM_WORDS.has(k.slice(0, -1)));
const isWordy = (w: string): boolean => /\p{L}/u.test(w);

/** The gazetteer categories of a token range of a line. */
function rangeCats(words: string[], start: number, end: number): number {
  return gazetteerCategories(words.slice(start, end).map(lexKey).join(' '));
}

/** Applies boundary, type and consistency rules to the tagger's candidates. */
export function applyRules(_lines: Token[][], words: string[][], tagged: Candidate[], caps: boolean[]): Candidate[] {
  let cands = tagged.flatMap((c) => split(words[c.line], c)).map((c) => trim(words[c.line], c)).filter((c): c is Candidate => c !== null);
  cands = addNameChunks(words, cands, caps);
  cands = addNumberedSites(words, cands);
  cands = joinFields(words, cands);
  cands = cands.map((c) => retype(words[c.line], c)).filter((c): c is Candidate => c !== null);
  cands = addTitledPeople(words, cands, caps);
  cands = addAcronyms(words, cands);
  cands = addCitations(words, cands);
  cands = confirmHeadlines(words, cands, caps);
  cands = harmonize(words, cands);
  cands = personCues(words, cands);
  cands = agedPeople(words, cands);
  cands = namedAs(words, cands);
  cands = bodyCues(words, cands);
  cands = placeCues(words, cands);
  cands = placeLists(words, cands, caps);
  cands = lonePlaces(words, cands);
  cands = statePlaces(words, cands);
  cands = tradeNames(words, cands);
  cands = propagate(words, cands, caps);
  cands = cityOf(words, cands);
  cands = dropDerivedDemonyms(words, cands);
  cands = dropCommonOpeners(words, cands);
  cands = dropTermAcronyms(words, cands);
  return cands.filter((c) => c.type !== 'misc').sort((a, b) => a.line - b.line || a.start - b.start);
}

/**
 * "Tarsian" where the document names Tarsia, "Kanduman" beside Kanduma: a demonym of a place the
 * text itself names is an adjective, not an actor, whether or not a list knows the country.
 */
function dropDerivedDemonyms(words: string[][], cands: Candidate[]): Candidate[] {
  // The stems of the places named, each with the places it is the stem of.
  const places = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.type !== 'place' || c.end - c.start !== 1) continue;
    const k = lexKey(words[c.line][c.start]);
    if (k.length >= 4) (places.get(placeStem(k)) ?? places.set(placeStem(k), new Set()).get(placeStem(k))!).add(k);
  }
  const derived = (k: string): boolean => demonymStem(k, (x) => places.get(x)) !== undefined;
  return cands.filter((c) => {
    const ws = words[c.line];
    const keys = ws.slice(c.start, c.end).map(lexKey);
    if (keys.every((k) => k === 'the' || NUMBER_WORDS.has(k) || derived(k))) return false;
    // "the Morvalian city of Vireska", "Estovian officials": a word shaped like a demonym before a
    // noun that demonyms qualify is one, also of a country no list knows.
    return !(c.end - c.start === 1 && c.type !== 'person' && demonymShaped(ws[c.start])
      && QUALIFIED_BY_DEMONYMS.has(lexKey(ws[c.end] ?? '')) && LOWER_START.test(ws[c.end] ?? ''));
  });
}

/** "Morvalian", "Estovean", "Tarnese": the shape of a demonym, of a country a list may not know. */
function demonymShaped(w: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}(?:ian|ean|ese)$/u.test(w);
}

// Nouns a demonym often stands before: "the Morvalian city", "Estovian troops".
const QUALIFIED_BY_DEMONYMS = new Set(['city', 'town', 'village', 'capital', 'port', 'region', 'province', 'border', 'coast', 'territory',
  'government', 'authorities', 'officials', 'army', 'military', 'forces', 'troops', 'soldiers', 'police', 'navy', 'president', 'minister',
  'ministry', 'parliament', 'state', 'people', 'citizens', 'nationals', 'media', 'press', 'side', 'company', 'firm', 'embassy', 'diplomats']);

/**
 * "Hope remained for ...": a one-word name that only opens sentences, in a document that writes the
 * same word in lower case elsewhere, is an ordinary word capitalised by its place.
 */
function dropCommonOpeners(words: string[][], cands: Candidate[]): Candidate[] {
  const lower = new Set<string>();
  const capsInside = new Set<string>();
  // Capitalised inside a sentence with no capitalised neighbour: a name of one word ("in Velk"), not part of one ("Mirovan Air").
  const capsAlone = new Set<string>();
  for (const ws of words) {
    ws.forEach((w, i) => {
      if (LOWER_START.test(w)) lower.add(w);
      else if (isCap(w) && !isSentenceStart(ws, i)) {
        capsInside.add(lexKey(w));
        if (!isCap(ws[i - 1] ?? '') && !isCap(ws[i + 1] ?? '')) capsAlone.add(lexKey(w));
      }
    });
  }
  // The first words of longer names: "Ostra engineers" after "Ostra Power".
  const opensName = new Set(cands.filter((c) => c.end - c.start >= 2).map((c) => lexKey(words[c.line][c.start])));
  return cands.filter((c) => {
    if (c.end - c.start !== 1 || !isSentenceStart(words[c.line], c.start)) return true;
    const k = lexKey(words[c.line][c.start]);
    if ((gazetteerCategories(k) & (PLACE_CATS | GAZ.org | GAZ.first | GAZ.surname | GAZ.demonym)) !== 0) return true;
    // "Traffic police say", "Riot police moved in", "Air traffic controllers": an ordinary word
    // that opens a sentence before the noun it qualifies, and is no name of one word elsewhere.
    // Not an acronym: "SPA officials" are the officials of a body.
    if (QUALIFIED_CREWS.has(words[c.line][c.end] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(words[c.line][c.start]) && !capsAlone.has(k) && !opensName.has(k)) return false;
    return capsInside.has(k) || !lower.has(k);
  });
}

// Lowercase nouns an ordinary word qualifies at the start of a sentence: "Traffic police", "Air traffic".
const QUALIFIED_CREWS = new Set(['police', 'officers', 'controllers', 'traffic', 'workers', 'crews', 'services', 'officials', 'guards',
  'inspectors', 'investigators', 'engineers', 'staff']);

/** Splits a span at commas and at "and" joining two names ("European Union and United Kingdom"). */
function split(ws: string[], c: Candidate): Candidate[] {
  if (gazetteerCategories(ws.slice(c.start, c.end).map(lexKey).join(' '))) return [c];
  // "Superintendent Olek Baranne of the Digital Crime Unit": a titled person and the body they serve.
  const of = ws.slice(c.start, c.end).findIndex((w, i) => i >= 3 && w === 'of') + c.start;
  if (of > c.start && isTitleWord(ws[c.start]) && ws.slice(c.start + 1, of).every(isCap) && of - c.start >= 3 && of - c.start <= 5) {
    const body = ws[of + 1] === 'the' ? of + 2 : of + 1;
    return [{ ...c, end: of, type: 'person' }, ...(body < c.end ? [{ ...c, start: body, type: 'organization' as const }] : [])];
  }
  const out: Candidate[] = [];
  let s = c.start;
  for (let i = c.start; i < c.end; i++) {
    // "the Chronicle in Zelenets": a name and the place where it is, not one name.
    // "Chernak declares Mandros": a verb between two names is no part of one name.
    const verbLike = i > c.start && i < c.end - 1 && /^\p{Ll}{3,}(?:s|ed)$/u.test(ws[i]) && !CONNECTORS.has(ws[i]) && !['affairs', 'rights', 'relations', 'services', 'forces', 'sciences', 'studies', 'works', 'news'].includes(ws[i]);
    // "Ministry of Environment and Oceans", "Department of Health and Social Care": one body's fields.
    const fields = ws[i] === 'and' && fieldsAfterAnd(ws, s, i, c.end);
    if (!fields && (/^[,;:()]$/.test(ws[i]) || ws[i] === 'and' || ws[i] === 'or' || ws[i] === 'in' || verbLike)) {
      if (i > s) out.push({ ...c, start: s, end: i });
      s = i + 1;
    }
  }
  if (c.end > s) out.push({ ...c, start: s, end: c.end });
  return out;
}

/** Strips determiners, titles, possessives and punctuation from a candidate's edges. */
function trim(ws: string[], c: Candidate): Candidate | null {
  let { start, end } = c;
  let type = c.type;
  let titled = false;
  // "Prosecutor General's Office": a title's office keeps its title.
  const office = ws.slice(start, end).some((w, x) => lexKey(w) === "'s" && OFFICES.has(lexKey(ws[start + x + 1] ?? '')) && isTitleWord(ws[start + x - 1]));
  for (;;) {
    const k = lexKey(ws[start] ?? '');
    // "By Tribune staff": a byline's "By" is no part of the name after it.
    // "No Marovian miner": "No" opening a sentence determines the words after it.
    if (start < end - 1 && (DETERMINERS.has(k) || k === 'by' || (ws[start] === 'No' && isSentenceStart(ws, start)))) start++;
    else if (start < end - 1 && !office && !fieldOfBody(ws, start) && (TITLE_WORDS.has(k) || TITLE_WORDS.has(k.replace(/\.$/, ''))) && (!NAME_TITLE_WORDS.has(k) || end - start >= 3) && isCap(ws[start + 1])) {
      start++;
      titled = true;
    } else break;
  }
  // "rated Seyla a Category 4": a lowercase article inside a run ends the name before it.
  for (let x = start + 1; x < end - 1; x++) if (ws[x] === 'a' || ws[x] === 'an') end = x;
  while (end > start && (/^'s?$/.test(ws[end - 1]) || !isWordy(ws[end - 1]))) end--;
  // "E. coli": a capital initial before a lowercase word abbreviates a genus, and is no name.
  while (end > start && /^\p{Lu}\.$/u.test(ws[end - 1]) && LOWER_START.test(ws[end] ?? '')) end--;
  while (start < end && !isWordy(ws[start]) && !/^\d+(st|nd|rd|th)$/.test(ws[start])) start++;
  if (end <= start) return null;
  // "anti-Putin", "Kyiv-aligned", "US-made": a name glued into a modifier is not a mention.
  if (end - start === 1 && /-/.test(ws[start]) && ws[start].split('-').some((p) => LOWER_START.test(p))) return null;
  if (titled && type !== 'organization') type = 'person';
  return { ...c, start, end, type };
}

/**
 * Finds capitalised name chunks ("Freedom of Russia Legion", "Ministry of Defence", "Belgorod
 * Oblast") whose head word says organization or place, replacing the tagger's pieces of them.
 */
function addNameChunks(words: string[][], cands: Candidate[], caps: boolean[]): Candidate[] {
  const added: Candidate[] = [];
  words.forEach((ws, line) => {
    if (caps[line]) return;
    let i = 0;
    while (i < ws.length) {
      if (!isNamePart(ws[i])) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        const k = lexKey(ws[j] ?? '');
        if (j < ws.length && isNamePart(ws[j])) j++;
        else if (j + 1 < ws.length && CONNECTORS.has(k) && LOWER_START.test(ws[j]) && isNamePart(ws[j + 1]) && !(k === 'on' && streetFrom(ws, j + 1))) j += 2;
        else if (j + 2 < ws.length && CONNECTORS.has(k) && lexKey(ws[j + 1]) === 'the' && isNamePart(ws[j + 2])) j += 3;
        else if (j + 1 < ws.length && /^'s?$/.test(k) && possessiveInName(ws, j, headOf(ws, i, j))) j += 2;
        else break;
      }
      let s = i;
      // "Prosecutor General's Office": the titles belong to the office's name.
      const office = ws.slice(i, j).some((w, x) => lexKey(w) === "'s" && OFFICES.has(lexKey(ws[i + x + 1] ?? '')) && isTitleWord(ws[i + x - 1]));
      // "the Justice Ministry": a title word before a body's head names the body's field.
      while (s < j - 1 && (FUNCTION_WORDS.has(lexKey(ws[s])) || (isTitleWord(ws[s]) && !office && !fieldOfBody(ws, s)))) s++;
      // "Fighters of the Northern Valley Brigade": a sentence's first word before "of" is an
      // ordinary noun unless the tagger saw a name there.
      const tagged = (x: number): boolean => cands.some((c) => c.line === line && c.start <= x && x < c.end && c.type !== 'misc');
      if (isSentenceStart(ws, s) && j - s > 2 && CONNECTORS.has(lexKey(ws[s + 1])) && !tagged(s)) {
        s++;
        while (s < j - 1 && CONNECTORS.has(lexKey(ws[s]))) s++;
      }
      // "Nora Keel of the Green Union Party": a person the tagger found, then the body she belongs to.
      const of = ws.findIndex((w, x) => x > s && x < j - 1 && lexKey(w) === 'of');
      if (of > 0 && cands.some((c) => c.line === line && c.type === 'person' && c.start === s && c.end === of)) {
        s = of + 1;
        while (s < j - 1 && FUNCTION_WORDS.has(lexKey(ws[s]))) s++;
      }
      const chunk = classifyChunk(ws, s, j);
      if (chunk) added.push({ line, start: chunk.start, end: chunk.end, type: chunk.type });
      // "told The Courier": a capital "The" inside a sentence opens a title.
      else if (ws[i] === 'The' && !isSentenceStart(ws, i) && j - i >= 2 && !(rangeCats(ws, i + 1, j) & PLACE_CATS)
        && !cands.some((c) => c.line === line && c.start < j && i < c.end && c.type !== 'organization' && c.type !== 'misc')) {
        added.push({ line, start: i, end: j, type: 'organization' });
      }
      i = j;
    }
  });
  if (!added.length) return cands;
  const out = cands.filter((c) => !added.some((a) => a.line === c.line && a.start < c.end && c.start < a.end));
  return [...out, ...added];
}

// Heads of street names: "the hospital on Lipova Street" is a body and the street it stands on.
const STREET_HEADS = new Set(['street', 'road', 'avenue', 'boulevard', 'lane', 'square', 'drive', 'highway']);

/** Whether the capitalised words from `i` are a street's name ("Harbour Street"). */
function streetFrom(ws: string[], i: number): boolean {
  let j = i;
  while (j < ws.length && isNamePart(ws[j])) j++;
  return j > i + 1 && STREET_HEADS.has(lexKey(ws[j - 1]));
}

/**
 * A possessive inside a name: "People's Republic", "Workers' Party", and any capitalised plural
 * before an organization's head ("Dockworkers' Union", "Airline Pilots' Association").
 */
function possessiveInName(ws: string[], apostrophe: number, inBodyName = false): boolean {
  const before = ws[apostrophe - 1];
  const after = ws[apostrophe + 1];
  if (!isNamePart(after)) return false;
  if (POSSESSIVE_NAME_NOUNS.has(lexKey(before))) return true;
  const mark = lexKey(ws[apostrophe]);
  // "Association of Prisoners' Families": a plural possessive after a body's "X of".
  if (mark === "'" && inBodyName && /^\p{Lu}\p{Ll}{2,}s$/u.test(before)) return true;
  // "Prosecutor General's Office", "Governor's Office": a title's office is a body.
  if (mark === "'s" && isTitleWord(before) && OFFICES.has(lexKey(after))) return true;
  return mark === "'" && /^\p{Lu}\p{Ll}{2,}s$/u.test(before) && ORG_HEAD_WORDS.has(lexKey(after)) && !WEAK_ORG_HEADS.has(lexKey(after));
}

/**
 * "Ministry of Environment and Oceans", "Lorvenne Fire and Rescue Service": a body named "head of X"
 * whose name goes on with "and" and one to three capitalised words that no list knows as a place, a
 * person or a body, that the article never uses alone and that no body's head ends; or a field, "and",
 * and a body's name.
 */
function joinFields(words: string[][], cands: Candidate[]): Candidate[] {
  let out = cands;
  // "Lorvenne Fire and Rescue Service": a name whose first field is no body's head, "and", then a body.
  for (const c of cands) {
    const ws = words[c.line];
    if ((c.type !== 'organization' && c.type !== 'misc') || !out.includes(c) || ws[c.end] !== 'and' || ORG_HEAD_WORDS.has(lexKey(ws[c.end - 1]))) continue;
    const next = out.find((x) => x.line === c.line && x.start === c.end + 1);
    if (!next || next.type !== 'organization' || next.end - next.start > 3 || !ORG_HEAD_WORDS.has(lexKey(ws[next.end - 1])) || WEAK_ORG_HEADS.has(lexKey(ws[next.end - 1]))) continue;
    if (rangeCats(ws, c.start, c.end) & (PLACE_CATS | GAZ.org) && c.end - c.start === 1) continue;
    out = out.filter((x) => x !== next).map((x) => (x === c ? { ...c, end: next.end, type: 'organization' } : x));
  }
  // Names the document uses alone ("Daloria", "Sobczak") are names, not fields of a body.
  const alone = new Set(cands.filter((c) => c.end - c.start === 1).map((c) => lexKey(words[c.line][c.start])));
  for (const c of out.slice()) {
    const ws = words[c.line];
    if (c.type === 'person' || ws[c.end] !== 'and') continue;
    let j = c.end + 1;
    while (j < ws.length && j - c.end <= 3 && isNamePart(ws[j])) j++;
    if (isNamePart(ws[j] ?? '') || !fieldsAfterAnd(ws, c.start, c.end, j, alone)) continue;
    out = out.filter((x) => x === c || x.line !== c.line || x.end <= c.end || x.start >= j);
    out = out.map((x) => (x === c ? { ...c, end: j, type: 'organization' } : x));
  }
  return out;
}

/**
 * Whether words [and + 1, end) after "and" go on the name of a body "head of X" that [start, and) names:
 * one to three words that no list knows as a place, a person or a body, that end no body's name, and
 * that, like the X before "and", the article does not use alone ("Daloria", "Sobczak").
 */
function fieldsAfterAnd(ws: string[], start: number, and: number, end: number, alone: ReadonlySet<string> = new Set()): boolean {
  if (!headOf(ws, start, and) || end - and - 1 < 1 || end - and - 1 > 3) return false;
  const of = ws.slice(start, and).findIndex((w) => lexKey(w) === 'of') + start;
  const after = ws.slice(and + 1, end);
  return !(rangeCats(ws, and + 1, end) & (PLACE_CATS | GAZ.first | GAZ.surname | GAZ.org)) && !after.some((w) => ORG_HEAD_WORDS.has(lexKey(w)))
    && ![...ws.slice(of + 1, and), ...after].some((w) => alone.has(lexKey(w)));
}

/** "Justice Ministry", "Justice Department": a title word that names the field of the body whose head follows it. */
function fieldOfBody(ws: string[], i: number): boolean {
  const next = lexKey(ws[i + 1] ?? '');
  return FIELD_HEADS.has(next);
}
const FIELD_HEADS = new Set(['ministry', 'department', 'directorate', 'inspectorate', 'commission', 'committee', 'agency', 'service', 'bureau', 'authority']);

/** Whether a run of words opens with a body's head and "of" ("Association of …", "Ministry of …"). */
function headOf(ws: string[], start: number, end: number): boolean {
  for (let h = start; h < end - 1; h++) if (ORG_HEAD_WORDS.has(lexKey(ws[h])) && !WEAK_ORG_HEADS.has(lexKey(ws[h])) && lexKey(ws[h + 1]) === 'of') return true;
  return false;
}

function classifyChunk(ws: string[], start: number, end: number): { start: number; end: number; type: ActorType } | null {
  if (end - start < 2) return null;
  const last = lexKey(ws[end - 1]);
  // A known name ("United Nations", "Soviet Union") is left to the gazetteer-informed tagger.
  if (rangeCats(ws, start, end) & (PLACE_CATS | GAZ.org)) return null;
  if ((ORG_HEAD_WORDS.has(last) || MORE_ORG_HEADS.has(last)) && !TITLE_WORDS.has(last)) return { start, end, type: 'organization' };
  if ((PLACE_HEAD_WORDS.has(last) || PLACE_HEAD_WORDS.has(last.replace(/s$/, ''))) && !ORG_HEAD_WORDS.has(last)) {
    // "Tony Park", "Bruce Arena": a first name and a surname that is also a place's head are left to the tagger.
    if (end - start === 2 && rangeCats(ws, start, start + 1) & GAZ.first) return null;
    // "Russian Belgorod Oblast": the adjective describes the place, it is not part of its name.
    let s = start;
    while (s < end - 2 && isDemonym(lexKey(ws[s]))) s++;
    return { start: s, end, type: 'place' };
  }
  // Head first: "Institute for the Study of War", "Ministry of Defence", "Armed Forces of Ukraine".
  for (let h = start; h < end - 2; h++) {
    const k = lexKey(ws[h]);
    if (ORG_HEAD_WORDS.has(k) && !WEAK_ORG_HEADS.has(k) && (lexKey(ws[h + 1]) === 'of' || lexKey(ws[h + 1]) === 'for')) {
      return { start, end, type: 'organization' };
    }
  }
  return null;
}

/** "her husband, Petro,", "his daughter Mira": a relative named after the kinship noun is a person. */
function kinNamed(ws: string[], c: Candidate): boolean {
  const comma = ws[c.start - 1] === ',' ? 1 : 0;
  return KIN.has(lexKey(ws[c.start - 1 - comma] ?? '')) && /^(?:her|his|their|my|our|your|whose|'s)$/i.test(ws[c.start - 2 - comma] ?? '');
}

/** Fixes types from strong lexical evidence and drops what is not an actor. */
function retype(ws: string[], c: Candidate): Candidate | null {
  const keys = ws.slice(c.start, c.end).map(lexKey);
  // Demonyms ("Russian", "Ukrainian", "Nine Ostravan" opening a sentence) are not actors unless part of a longer name.
  if (keys.every((k) => isDemonym(k) || k === 'the' || PREFIXES.has(k) || NUMBER_WORDS.has(k))) return null;
  // "Fri 09:20", "Sept. 4", "on 3 Jan": an abbreviated day or month beside a number or with its period ("Sun" alone may be a name).
  if (keys.length === 1 && CALENDAR_SHORT.has(keys[0].replace(/\.$/, ''))
    && (keys[0].endsWith('.') || /^\d/.test(ws[c.end] ?? '') || /^\d/.test(ws[c.start - 1] ?? ''))) return null;
  if (keys.length === 1 && NON_ACTORS.has(keys[0])) return null;
  // "Coal production resumed": a trade that ends company names ("Tamrel Coal") is no name alone.
  if (keys.length === 1 && TRADE_WORDS.has(keys[0])) return null;
  // "a Category 4", "Level 3", "Phase 2": a rank on a scale, named by its number.
  if (keys.length === 1 && SCALE_WORDS.has(keys[0]) && /^(?:\d|[IVX]+$)/.test(ws[c.end] ?? '')) return null;
  if (keys.length === 1 && OPENERS.has(keys[0]) && isSentenceStart(ws, c.start)) return null;
  if (keys.length >= 2 && MEDIA_FIRST.has(keys[0]) && !FUNCTION_WORDS.has(keys[1])) return { ...c, type: 'organization' };
  if (keys.every((k) => FUNCTION_WORDS.has(k))) return null;
  if (keys.length === 1 && (TITLE_WORDS.has(keys[0]) || isPluralAcronym(ws[c.start]))) return null;
  // "23 May": a date split off a longer span.
  if (keys.length === 1 && MONTHS.has(keys[0]) && /^\d/.test(ws[c.start - 1] ?? '')) return null;
  if (keys.some((k) => WEEKDAYS.has(k))) return null;
  // A capital "The" inside a sentence belongs to a title: "told The Dispatch", "The Hague".
  const theName = c.start > 1 && ws[c.start - 1] === 'The' && !isSentenceStart(ws, c.start - 1);
  if (theName && c.type !== 'place') return { ...c, start: c.start - 1, type: 'organization' };
  if (c.type !== 'person' && keys.length <= 3 && kinNamed(ws, c)) return { ...c, type: 'person' };
  // "treated at St Ilia's, and the rest": a saint's name in the possessive with nothing after it is a
  // hospital, church or school named for the saint, the noun left out.
  if (ws[c.end] === "'s" && ellipsisAfter(ws[c.end + 1])) {
    if (keys.length >= 2 && /^(st\.?|saint)$/.test(keys[0])) return { ...c, end: c.end + 1, type: 'organization' };
    if (/^(St\.?|Saint)$/.test(ws[c.start - 1] ?? '')) return { ...c, start: c.start - 1, end: c.end + 1, type: 'organization' };
  }
  // "Tarrow Hill Hospital", "St Oda's Hospital": an institution named after a place is an organization.
  if (c.type === 'place' && keys.length >= 2 && INSTITUTION_HEADS.has(keys[keys.length - 1])) return { ...c, type: 'organization' };
  // "the gang Cinder Vault", "the militia Free Hand": a body's noun before the name makes it a body's.
  // So does "a gang calling itself X", "a group known as X".
  let nb = c.start - 1;
  while (nb > c.start - 4 && nb > 0 && /^(?:calling|itself|themselves|known|as|called|named)$/.test(lexKey(ws[nb]))) nb--;
  if (c.type === 'person' && BODY_BEFORE.has(lexKey(ws[nb] ?? '')) && (nb < c.start - 1 || /^(?:the|a|criminal|rebel|armed|militant|hacker|hacking|ransomware)$/i.test(ws[nb - 1] ?? ''))
    && !(gazetteerCategories(keys[0]) & GAZ.first)) return { ...c, type: 'organization' };
  // "the Aldermark Register": a person's name takes no article; a name after one is a body's.
  // "the Joe Biden administration", "the Ana Petrov era": a person's name modifying a noun stays a person's.
  if (c.type === 'person' && keys.length >= 2 && /^the$/i.test(ws[c.start - 1] ?? '') && !TITLE_WORDS.has(keys[0])
    && !PERSONAL_MODIFIED.has(lexKey(ws[c.end] ?? ''))) return { ...c, type: 'organization' };
  const cats = gazetteerCategories(keys.join(' '));
  // "NTSB, the federal safety board, said": an acronym described in apposition opens a sentence, no
  // dateline; a dateline's comma is followed by its country.
  if (c.type === 'place' && keys.length === 1 && c.start === 0 && /^\p{Lu}{2,6}$/u.test(ws[0]) && ws[1] === ',' && /^(the|a|an)$/.test(ws[2] ?? '') && !(cats & PLACE_CATS)) {
    return { ...c, type: 'organization' };
  }
  // "Listeria was found at the plant", "Cronobacter sakazakii": a genus is no actor.
  if (keys.length === 1 && (GENERA.has(keys[0]) || EPITHET.test(ws[c.end] ?? ''))) return null;
  // "Energy Minister Arvo Tamm", "Internal Affairs Minister Pavol Drach", "the Minister of External
  // Relations": the portfolio of a minister named with it is no actor.
  if (keys.length <= 3 && c.type !== 'place' && !(cats & (PLACE_CATS | GAZ.org | GAZ.first | GAZ.surname))) {
    if (c.type !== 'person' && PORTFOLIO_TITLES.has(lexKey(ws[c.end] ?? '')) && isCap(ws[c.end + 1] ?? '')) return null;
    if (keys.length <= 2 && /^(of|for)$/.test(ws[c.start - 1] ?? '') && PORTFOLIO_TITLES.has(lexKey(ws[c.start - 2] ?? '')) && !isCap(ws[c.end] ?? '')) return null;
  }
  if (SEATS.has(keys.join(' '))) {
    const before = lexKey(ws[c.start - 1] ?? '') === 'the' ? lexKey(ws[c.start - 2] ?? '') : lexKey(ws[c.start - 1] ?? '');
    return { ...c, type: LOCATIVE.has(before) ? 'place' : 'organization' };
  }
  if (cats & GAZ.org) return { ...c, type: 'organization' };
  // A known place of several words ("St. Petersburg") is a place; a one-word one may be a
  // person's name too (Washington, Jordan).
  if (cats & PLACE_CATS && (c.type !== 'person' || keys.length > 1)) return { ...c, type: 'place' };
  // "Charlotte Lawson": a given name and a surname-like word make a person, whatever the
  // given name also names (a city, a team).
  if (c.type !== 'person' && c.type !== 'misc' && keys.length === 2 && gazetteerCategories(keys[0]) & GAZ.first
    && /^\p{Lu}\p{Ll}+$/u.test(ws[c.start + 1]) && !gazetteerCategories(keys[1]) && !ORG_HEAD_WORDS.has(keys[1]) && !PLACE_HEAD_WORDS.has(keys[1])) {
    return { ...c, type: 'person' };
  }
  // Plural group nouns ("Anarcho Communists", "Separatists") are not one actor.
  if (c.type === 'person' && /(ists|ites|ians)$/.test(keys[keys.length - 1])) return null;
  // "Council of Highland States", "Bank of Orla": the head before "of" names the body, whatever follows.
  const of = keys.indexOf('of');
  if (of > 0 && ORG_HEAD_WORDS.has(keys[of - 1]) && !WEAK_ORG_HEADS.has(keys[of - 1]) && c.type !== 'person') return { ...c, type: 'organization' };
  const last = keys[keys.length - 1];
  // "Warehouse 4", "Hangar 2": a numbered building of a site is a place on its map.
  if (keys.length === 1 && NUMBERED_SITES.has(keys[0]) && SITE_NUMBER.test(ws[c.end] ?? '')) {
    const textPart = TEXT_PARTS.has(keys[0]) && (lexKey(ws[c.end + 1] ?? '') === 'of' || /^\(/.test(ws[c.end + 1] ?? '') || CITING.has(lexKey(ws[c.start - 1] ?? '')));
    return textPart ? null : { ...c, type: 'place', end: c.end + 1 };
  }
  // "Orla Dam", "Border Post 14": structures and border posts are places on the map.
  if (keys.length > 1 && c.type !== 'person' && (STRUCTURES.has(last) || (keys.includes('border') && BORDER_POINTS.has(last)))) {
    return { ...c, type: 'place', end: /^\d+$/.test(ws[c.end] ?? '') ? c.end + 1 : c.end };
  }
  if (keys.length > 1 && VENUES.has(last)) return { ...c, type: 'place' };
  // "Osper Point", "Kell Peninsula": heads that end place names and hardly ever a person's.
  if (keys.length > 1 && c.type === 'person' && GEO_HEADS.has(last)) return { ...c, type: 'place' };
  // "Cape Lessandro", "Ras Ekhdar", "Lake Veyda", "Port Selwyn": words that open place names.
  if (keys.length > 1 && c.type !== 'place' && GEO_PREFIXES.has(keys[0]) && !ORG_HEAD_WORDS.has(last) && !INSTITUTION_HEADS.has(last)) return { ...c, type: 'place' };
  // "Valmont People's Republic", "Dornach Oblast": a place head ends a place's name.
  const placeHead = PLACE_HEAD_WORDS.has(last) || PLACE_HEAD_WORDS.has(last.replace(/s$/, ''));
  if (keys.length > 1 && placeHead && !ORG_HEAD_WORDS.has(last) && c.type !== 'person') return { ...c, type: 'place' };
  if (c.type === 'misc' && keys.length > 1 && ORG_HEAD_WORDS.has(last) && !WEAK_ORG_HEADS.has(last)) return { ...c, type: 'organization' };
  return c;
}

/** "in Section 7", "at Gate 3": a capitalised site noun and its number, which the tagger may leave out; `retype` decides. */
function addNumberedSites(words: string[][], cands: Candidate[]): Candidate[] {
  const out = cands.slice();
  words.forEach((ws, line) => {
    for (let i = 0; i + 1 < ws.length; i++) {
      // "D Block", "C Wing": a letter before the site noun (not the article "A" opening a sentence).
      if (/^[B-HJ-Z]$/.test(ws[i]) && isCap(ws[i + 1]) && NUMBERED_SITES.has(lexKey(ws[i + 1]))) {
        const overlapping = out.filter((c) => c.line === line && c.start <= i + 1 && i < c.end);
        if (overlapping.every((c) => c.end - c.start <= 2 && c.start >= i)) {
          for (const c of overlapping) out.splice(out.indexOf(c), 1);
          out.push({ line, start: i, end: i + 2, type: 'place' });
        }
        continue;
      }
      if (!isCap(ws[i]) || !NUMBERED_SITES.has(lexKey(ws[i])) || !SITE_NUMBER.test(ws[i + 1])) continue;
      if (out.some((c) => c.line === line && c.start <= i + 1 && i < c.end)) continue;
      out.push({ line, start: i, end: i + 1, type: 'misc' });
    }
  });
  return out;
}

/** "Governor X", "spokesman X", "Col. Gen. X": the name after a title is a person. */
function addTitledPeople(words: string[][], cands: Candidate[], caps: boolean[]): Candidate[] {
  const out = cands.slice();
  words.forEach((ws, line) => {
    if (caps[line]) return;
    for (let i = 0; i + 1 < ws.length; i++) {
      const k = lexKey(ws[i]).replace(TRAILING_DOT, '');
      if (!TITLE_WORDS.has(k) || !isCap(ws[i + 1])) continue;
      let j = i + 1;
      while (j < ws.length && isTitleWord(ws[j])) j++;
      const s = j;
      while (j < ws.length && isCap(ws[j]) && j - s < 4 && !isTitleWord(ws[j])) j++;
      if (j === s) continue;
      // "Chief Fire Officer Luka Tomas", "Deputy Health Minister Ana Pell": the words end in another
      // title before the name, so they belong to the title; the name after it is read from there.
      if (j + 1 < ws.length && isCap(ws[j]) && isTitleWord(ws[j]) && isCap(ws[j + 1])) {
        i = j - 1;
        continue;
      }
      const cats = rangeCats(ws, s, j);
      if (cats & (PLACE_CATS | GAZ.org | GAZ.demonym)) continue;
      const keys = ws.slice(s, j).map(lexKey);
      if (keys.some((x) => ORG_HEAD_WORDS.has(x) || PLACE_HEAD_WORDS.has(x) || FUNCTION_WORDS.has(x))) continue;
      const over = out.filter((c) => c.line === line && c.start < j && s < c.end);
      if (over.some((c) => c.type === 'organization' || c.type === 'place') && over.every((c) => c.start <= s && c.end >= j)) continue;
      for (const c of over) out.splice(out.indexOf(c), 1);
      out.push({ line, start: s, end: j, type: 'person' });
      i = j - 1;
    }
  });
  return out;
}

/**
 * A source list cites a publication after the quoted headline and before the date:
 * '"Headline" The Economist, 25 May 2023'. The name there is an organization.
 */
function addCitations(words: string[][], cands: Candidate[]): Candidate[] {
  const out = cands.slice();
  words.forEach((ws, line) => {
    for (let i = 1; i < ws.length; i++) {
      if (ws[i - 1] !== '"' || !isNamePart(ws[i])) continue;
      let j = i;
      while (j < ws.length && (isNamePart(ws[j]) || (lexKey(ws[j]) === 'of' && isNamePart(ws[j + 1] ?? '')))) j++;
      const date = ws[j] === ',' && (/^\d{1,2}$/.test(ws[j + 1] ?? '') || MONTHS.has(lexKey(ws[j + 1] ?? '')));
      if (!date || j - i > 5) continue;
      for (const c of out.filter((o) => o.line === line && o.start < j && i < o.end)) out.splice(out.indexOf(c), 1);
      out.push({ line, start: i, end: j, type: 'organization' });
    }
  });
  return out;
}

/** "Selwyn Port Authority (SPA)": a parenthesized acronym of a name is the same kind of actor. */
function addAcronyms(words: string[][], cands: Candidate[]): Candidate[] {
  let out = cands.slice();
  for (const c0 of cands) {
    let c = c0;
    const ws = words[c.line];
    if (c.type === 'misc' || ws[c.end] !== '(' || ws[c.end + 2] !== ')') continue;
    const acr = ws[c.end + 1];
    if (!/^[\p{Lu}][\p{Lu}\d.&-]{1,9}$/u.test(acr)) continue;
    if (!isAcronymOf(acr, ws.slice(c.start, c.end))) {
      // "the Vireska Water and Sewerage Company (VWSC)": two pieces joined by "and" are one name when the acronym spells both.
      // Also after a plural possessive: "the Firefighters' and Rangers' Union (FRU)".
      const p = out.find((o) => o.line === c.line && ((o.end + 1 === c.start && ['and', '&'].includes(ws[o.end]))
        || (o.end + 2 === c.start && ws[o.end] === "'" && ['and', '&'].includes(ws[o.end + 1]))));
      // The first piece may be untagged, an ordinary word opening the sentence ("Firefighters").
      let from = p?.start ?? -1;
      if (!p) {
        let k = c.start - 1;
        if (!['and', '&'].includes(ws[k] ?? '')) continue;
        k--;
        if (ws[k] === "'") k--;
        while (k >= 0 && isNamePart(ws[k]) && c.start - k <= 6) from = k--;
        while (from >= 0 && from < c.start - 1 && FUNCTION_WORDS.has(lexKey(ws[from]))) from++;
      }
      if (from < 0 || c.type !== 'organization' || !isAcronymOf(acr, ws.slice(from, c.end).filter((w) => w !== 'and' && w !== "'"))) continue;
      const joined: Candidate = { ...c, start: from, type: 'organization' };
      out = out.filter((o) => o !== p && o !== c0);
      out.push(joined);
      c = joined;
    }
    if (out.some((o) => o.line === c.line && o.start === c.end + 1)) continue;
    out.push({ line: c.line, start: c.end + 1, end: c.end + 2, type: c.type });
  }
  return out;
}

/**
 * "haemolytic uraemic syndrome (HUS)", "Shiga toxin-producing E. coli (STEC)": an acronym the
 * document defines by words mostly in lower case names a thing, not an actor, wherever it is used.
 */
function dropTermAcronyms(words: string[][], cands: Candidate[]): Candidate[] {
  const terms = new Set<string>(TERM_ACRONYMS);
  // An acronym the document spells out from a capitalised name is that name's ("the Valley Party (VPP)").
  for (const c of cands) {
    const ws = words[c.line];
    if (c.type !== 'misc' && ws[c.end] === '(' && ws[c.end + 2] === ')' && isAcronymOf(ws[c.end + 1], ws.slice(c.start, c.end))) terms.delete(ws[c.end + 1]);
  }
  for (const ws of words) {
    for (let i = 1; i + 1 < ws.length; i++) {
      if (ws[i - 1] !== '(' || ws[i + 1] !== ')' || !/^[\p{Lu}][\p{Lu}\d&-]{1,9}$/u.test(ws[i])) continue;
      for (let n = 1; n <= 7 && i - 1 - n >= 0; n++) {
        const before = ws.slice(i - 1 - n, i - 1).filter((w) => w !== '.');
        if (!isAcronymOf(ws[i], before)) continue;
        const lower = before.flatMap((w) => w.split('-')).filter((w) => LOWER_START.test(w)).length;
        if (lower * 2 > before.flatMap((w) => w.split('-')).length) terms.add(ws[i]);
        break;
      }
    }
  }
  return cands.filter((c) => !(c.end - c.start === 1 && terms.has(words[c.line][c.start])));
}

/** Whether an acronym spells initials of the name's words (function words optional). */
export function isAcronymOf(acronym: string, nameWords: string[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2) return false;
  // A hyphenated word gives an initial for each part ("Trans-Asia") or for the whole ("toxin-producing").
  return [true, false].some((split) => {
    const parts = (split ? nameWords.flatMap((w) => w.split('-')) : nameWords).filter((w) => /\p{L}/u.test(w));
    const initials = (skip: boolean): string => parts.filter((w) => !skip || !CONNECTORS.has(w.toLowerCase())).map((w) => w[0].toLowerCase()).join('');
    return letters === initials(true) || letters === initials(false);
  });
}

const spanKey = (ws: string[], c: Candidate): string => ws.slice(c.start, c.end).map(lexKey).join(' ');

/**
 * Headlines capitalise every word, so the tagger guesses there: a headline name counts only if
 * the body names it too (or it is a known place or organization); body names are then found
 * in headlines by propagation.
 */
function confirmHeadlines(words: string[][], cands: Candidate[], caps: boolean[]): Candidate[] {
  const body = new Map<string, Candidate['type']>();
  for (const c of cands) if (!caps[c.line] && c.type !== 'misc') body.set(spanKey(words[c.line], c), c.type);
  return cands.flatMap((c) => {
    if (!caps[c.line]) return [c];
    const k = spanKey(words[c.line], c);
    // The body's reading of a name is better informed than the headline's.
    const type = body.get(k);
    if (type) return [{ ...c, type }];
    return gazetteerCategories(k) & (PLACE_CATS | GAZ.org) ? [c] : [];
  });
}

// Words before a name that place it on a map: "into Belgorod", "near Kharkiv".
const SPATIAL_BEFORE = new Set(['into', 'near', 'across', 'toward', 'towards', 'outside', 'around', 'through', 'via', 'inside']);
// Lowercase nouns after or before "of" that make the name a place: "the Belgorod region", "the city of Sumy".
const PLACE_NOUNS = new Set(['region', 'regions', 'oblast', 'province', 'city', 'town', 'village', 'district', 'county', 'state', 'border', 'area', 'capital', 'countryside', 'outskirts', 'suburbs']);
// People and parts of a place before "of": "residents of X", "the streets of X".
const PEOPLE_OF_PLACE = new Set(['residents', 'inhabitants', 'villagers', 'townspeople', 'districts', 'streets', 'neighbourhoods', 'neighborhoods']);

const SITE_NOUNS = new Set(['centre', 'center', 'hall', 'hospital', 'school', 'camp', 'shelter', 'station', 'clinic', 'stadium', 'church', 'mosque',
  'market', 'base', 'airport', 'hotel', 'gym', 'gymnasium', 'warehouse', 'plant', 'factory', 'depot', 'port', 'harbour', 'harbor', 'prison', 'jail', 'morgue', 'mortuary']);
const INSTITUTION_HEADS = new Set(['hospital', 'clinic', 'infirmary', 'university', 'college', 'institute', 'academy']);
// Nouns that name a body just before its name: "the gang Cinder Vault".
const BODY_BEFORE = new Set(['gang', 'group', 'militia', 'firm', 'company', 'band', 'party', 'movement', 'network', 'cartel', 'collective', 'outfit', 'syndicate']);
// Nouns a person's name modifies: "the Joe Biden administration".
const PERSONAL_MODIFIED = new Set(['administration', 'government', 'regime', 'era', 'family', 'campaign', 'presidency', 'years', 'cabinet', 'camp', 'estate', 'trial', 'case', 'affair', 'doctrine']);
// Words that may follow a place named in apposition or a list ("the capital, Kestra, where ...").
const APPOSITION_CLOSERS = new Set(['and', 'or', 'where', 'which', 'on', 'in', 'at', 'for', 'to', 'from', 'with', 'after', 'before', 'by', 'as', 'is', 'was', 'has', 'had', 'lies', 'sits']);
// A name followed by these is a speaker or a source, not the next member of a list of places.
const REPORTED_AFTER = new Set(['said', 'says', 'told', 'reported', 'reports', 'added', 'adds', 'wrote', 'writes', 'announced', 'claimed', 'claims', 'stated', 'confirmed', 'denied', 'insisted', 'noted', 'warned']);
const APPOSED_PLACE_NOUNS = new Set(['capital', 'city', 'town', 'village', 'port', 'region', 'province']);
const DATELINE_END = new Set(['—', '–', '--', '-', '(', ',']);
const allCaps = (w: string): boolean => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(w) && /\p{Lu}{2}/u.test(w);

/**
 * A dateline opens a story with where it was filed: "KESTRA —", "ORVEL, Dunmark (Agency) —". The
 * city in capitals at the start of a line, and the country named after its comma, are places.
 */
function inDateline(ws: string[], c: Candidate): boolean {
  const next = ws[c.end] ?? '';
  // "NTSB, the federal safety board, said": a comma after a dateline's city is followed by its country.
  if (c.start === 0) return ws.slice(c.start, c.end).every(allCaps) && DATELINE_END.has(next) && ws.length > c.end + 2
    && (next !== ',' || (isCap(ws[c.end + 1] ?? '') && lexKey(ws[c.end + 1]) !== 'the'));
  // The country after the city: "ORVEL, Dunmark (Agency) —", "ORVEL, Dunmark —".
  let city = c.start - 1;
  if (ws[city] !== ',') return false;
  while (city > 0 && allCaps(ws[city - 1])) city--;
  return city === 0 && c.start >= 2 && allCaps(ws[0]) && ['(', '—', '–', '--'].includes(next);
}

/**
 * A name the document puts on a map ("into X", "the X region", "the city of X") is a place,
 * whatever a sports-heavy training set made of the word alone.
 */
function placeCues(words: string[][], cands: Candidate[]): Candidate[] {
  const cues = new Map<string, number>();
  const byStart = new Map(cands.map((c) => [`${c.line}:${c.start}`, c]));
  // A dateline or "the capital, X" is no place for a person: those cues retype a person-typed name too.
  const strong = new Set<string>();
  for (const c of cands) {
    // A place already is one; its cue still reaches the names listed after it.
    const already = c.type === 'place';
    const ws = words[c.line];
    const keys = ws.slice(c.start, c.end).map(lexKey);
    if (keys.some((k) => ORG_HEAD_WORDS.has(k)) || gazetteerCategories(keys.join(' ')) & (GAZ.org | GAZ.first)) continue;
    // The next name of a list: after ", ", "and", "or" or ", and"; not the speaker of "into X, Y said",
    // and not a body's or a person's name.
    const listed = (end: number): Candidate | undefined => {
      let i = end;
      if (ws[i] === ',') i++;
      if (ws[i] === 'and' || ws[i] === 'or') i++;
      const next = i > end ? byStart.get(`${c.line}:${i}`) : undefined;
      if (!next || REPORTED_AFTER.has(lexKey(ws[next.end] ?? ''))) return undefined;
      const nk = ws.slice(next.start, next.end).map(lexKey);
      if (nk.some((k) => ORG_HEAD_WORDS.has(k)) || gazetteerCategories(nk.join(' ')) & (GAZ.org | GAZ.first)) return undefined;
      return next;
    };
    // A list joined by commas alone is no list ("near Vesk, Reuters ..."): it ends with "and" or "or"
    // ("residents of Velbrun, Kessary and the city centre").
    const chain = (end: number): Candidate[] => {
      const out: Candidate[] = [];
      for (let e = end, next = listed(e); next; e = next.end, next = listed(e)) out.push(next);
      while (out.length) {
        const last = out[out.length - 1];
        const joiner = lexKey(ws[last.start - 1] ?? '');
        const goesOn = lexKey(ws[last.end] ?? '') === 'and' || lexKey(ws[last.end] ?? '') === 'or' || (ws[last.end] === ',' && ['and', 'or'].includes(lexKey(ws[last.end + 1] ?? '')));
        if (joiner === 'and' || joiner === 'or' || goesOn) break;
        out.pop();
      }
      return out;
    };
    const before = lexKey(ws[c.start - 1] ?? '');
    const after = ws[c.end] ?? '';
    const ofPlace = before === 'of' && (PLACE_NOUNS.has(lexKey(ws[c.start - 2] ?? '')) || PEOPLE_OF_PLACE.has(lexKey(ws[c.start - 2] ?? '')));
    // "to the capital, Kestra": a place noun with the name in apposition.
    // Not "shelled the city, Zelensky said": the apposition closes where the name does.
    const closes = !/^\p{L}/u.test(after) || APPOSITION_CLOSERS.has(lexKey(after));
    const apposed = (before === ',' && APPOSED_PLACE_NOUNS.has(lexKey(ws[c.start - 2] ?? '')) && lexKey(ws[c.start - 3] ?? '') === 'the' && closes)
      // "the evacuation centre in Vesk", "the sports hall in Vesk": a building in a place.
      || (before === 'in' && SITE_NOUNS.has(lexKey(ws[c.start - 2] ?? '')) && keys.length === 1);
    // "as far (downstream) as Ulsk": how far something reaches on the map.
    const reach = before === 'as' && (lexKey(ws[c.start - 2] ?? '') === 'far' || (lexKey(ws[c.start - 3] ?? '') === 'far' && /stream$|^north|^south|^east|^west|^inland/.test(lexKey(ws[c.start - 2] ?? ''))));
    const cue = SPATIAL_BEFORE.has(before) || ofPlace || apposed || reach || (PLACE_NOUNS.has(after) && LOWER_START.test(after) && after !== 'state') || inDateline(ws, c);
    if (cue) {
      const k = keys.join(' ');
      if (!already) cues.set(k, (cues.get(k) ?? 0) + 1);
      if (!already && (apposed || inDateline(ws, c)) && keys.length === 1) strong.add(k);
      // "residents of Velbrun and Kessary", "near Orla, Brill or Dunn": the names listed with it are places too.
      if (ofPlace || SPATIAL_BEFORE.has(before)) {
        for (const next of chain(c.end)) {
          const nk = spanKey(ws, next);
          cues.set(nk, (cues.get(nk) ?? 0) + 1);
          if (next.end - next.start === 1) strong.add(nk);
        }
      }
    }
  }
  if (!cues.size) return cands;
  return cands.map((c) => {
    if (c.type === 'place') return c;
    const k = spanKey(words[c.line], c);
    if (c.type === 'person' && !strong.has(k)) return c;
    return cues.get(k) ? { ...c, type: 'place' } : c;
  });
}

/**
 * "Belgorod city": the writer says the city, not the region of the same name, so the word stays
 * in the span and alias linking can keep the two apart.
 */
function cityOf(words: string[][], cands: Candidate[]): Candidate[] {
  // Not "the Morvalian city of Vireska": there "city" heads a phrase of its own.
  // Nor "in Morvalian city": a demonym's shape says the word qualifies the noun.
  return cands.map((c) => (c.type === 'place' && words[c.line][c.end] === 'city' && words[c.line][c.end + 1] !== 'of'
    && !(c.end - c.start === 1 && demonymShaped(words[c.line][c.start])) ? { ...c, end: c.end + 1 } : c));
}

const PLACE_PLURALS = new Set(['regions', 'provinces', 'oblasts', 'cities', 'towns', 'villages', 'districts', 'countries', 'states', 'counties', 'republics']);

/** "Luhansk, Sumy and Kharkiv regions": every name of a list before a plural place noun is a place. */
function placeLists(words: string[][], cands: Candidate[], caps: boolean[]): Candidate[] {
  const out = cands.slice();
  words.forEach((ws, line) => {
    if (caps[line]) return;
    for (let e = 1; e < ws.length; e++) {
      if (!PLACE_PLURALS.has(ws[e])) continue;
      // Walk back over "Name , Name and Name".
      const members: [number, number][] = [];
      let j = e;
      for (;;) {
        const end = j;
        let b = j;
        while (b > 0 && isNamePart(ws[b - 1])) b--;
        if (b === end || end - b > 3) break;
        members.push([b, end]);
        const sep = ws[b - 1];
        if (sep === ',' || sep === 'and' || sep === 'or') j = b - 1;
        else break;
      }
      if (members.length < 2) continue;
      for (const [b, end] of members) {
        const over = out.filter((c) => c.line === line && c.start < end && b < c.end);
        if (over.some((c) => c.type === 'person' || c.type === 'organization')) continue;
        for (const c of over) out.splice(out.indexOf(c), 1);
        out.push({ line, start: b, end, type: 'place' });
      }
    }
  });
  return out;
}

/**
 * "Caesar said he...", "Caesar, who...", "Caesar, a farmer, ...": a name that a personal pronoun,
 * "who" or a person's description follows is a person, whatever the tagger made of an unfamiliar
 * single word, or of a given name before a word that also heads places ("Bruce Arena, who ...").
 */
function personCues(words: string[][], cands: Candidate[]): Candidate[] {
  const cued = new Set<string>();
  for (const c of cands) {
    if (c.type === 'person' || c.end - c.start > 3) continue;
    const ws = words[c.line];
    const k = spanKey(ws, c);
    if (c.end - c.start > 1 && !(gazetteerCategories(lexKey(ws[c.start])) & GAZ.first)) continue;
    if (gazetteerCategories(k) & (PLACE_CATS | GAZ.org | GAZ.team) || ORG_HEAD_WORDS.has(k)) continue;
    const next = ws.slice(c.end, c.end + 4).map(lexKey);
    const saidHe = /^(said|says|told|added|explained)$/.test(next[0] ?? '') && /^(he|she)$/.test(next[1] ?? '');
    const who = next[0] === ',' && next[1] === 'who';
    const described = next[0] === ',' && /^(a|an)$/.test(next[1] ?? '') && PEOPLE_NOUNS.has(next[2] ?? '') && /^(,|\.|who|from|in|at|of|and|said|says)$/.test(next[3] ?? '');
    if (saidHe || who || described) cued.add(k);
  }
  if (!cued.size) return cands;
  return cands.map((c) => (c.type !== 'person' && cued.has(spanKey(words[c.line], c)) ? { ...c, type: 'person' } : c));
}

/** The candidates with new people added and some retyped as people. */
function withPeople(cands: Candidate[], added: Candidate[], retyped: ReadonlySet<Candidate>): Candidate[] {
  if (!added.length && !retyped.size) return cands;
  return [...cands.map((c) => (retyped.has(c) ? { ...c, type: 'person' as ActorType } : c)), ...added];
}

const AGE = /* @__PURE__ */ gated(/^\d{1,3}-years?-old$/);
// Who an age in apposition describes: "a 16-year-old porter", "a 34-year-old mother of two".
const PEOPLE_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'son', 'daughter', 'mother', 'father', 'grandmother', 'grandfather', 'widow', 'widower',
  'porter', 'nurse', 'student', 'schoolboy', 'schoolgirl', 'pupil', 'teacher', 'driver', 'farmer', 'worker', 'miner', 'pensioner', 'doctor', 'resident',
  'fan', 'supporter', 'passenger', 'shepherd', 'fisherman', 'soldier', 'officer', 'policeman', 'policewoman', 'journalist', 'engineer', 'mechanic',
  'shopkeeper', 'vendor', 'trader', 'refugee', 'volunteer', 'survivor', 'victim', 'pilot', 'electrician', 'cook', 'waiter', 'cleaner', 'guard',
  'steward', 'labourer', 'laborer', 'retiree', 'veteran', 'activist', 'protester', 'local', 'housewife', 'carpenter', 'builder', 'welder', 'lawyer',
  'accountant', 'clerk', 'firefighter', 'paramedic', 'medic', 'teenager', 'toddler', 'baby', 'child']);

/**
 * "Ilyas, a 16-year-old porter,", "Maria Ortega, 34, a nurse": a name with an age in apposition is
 * a person's, also a lone given name the tagger passed over at the start of a sentence.
 */
function agedPeople(words: string[][], cands: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const retyped = new Set<Candidate>();
  words.forEach((ws, line) => {
    for (let j = 1; j + 2 < ws.length; j++) {
      if (ws[j] !== ',') continue;
      const years = /^\d{1,3}$/.test(ws[j + 1]) ? Number(ws[j + 1]) : NaN;
      // "a 16-year-old porter", not "a 300-year-old hill town"; "Tomas, 9, and", not a tally ("Tarvo, 12, Velk, 8")
      // nor a figure with a thousands comma ("Across Sarybel District, 3,120 people").
      const aged = (/^an?$/i.test(ws[j + 1]) && AGE.test(ws[j + 2]) && PEOPLE_NOUNS.has(lexKey(ws[j + 3] ?? '')))
        || (years > 0 && years < 120 && ws[j + 2] === ',' && LOWER_START.test(ws[j + 3] ?? ''));
      if (!aged || !isNamePart(ws[j - 1])) continue;
      const last = lexKey(ws[j - 1]);
      if (ORG_HEAD_WORDS.has(last) || PLACE_HEAD_WORDS.has(last)) continue;
      let s = j - 1;
      while (s > 0 && s > j - 4 && isNamePart(ws[s - 1])) s--;
      const k = (x: number) => lexKey(ws[x]).replace(TRAILING_DOT, '');
      while (s < j && (FUNCTION_WORDS.has(k(s)) || TITLE_WORDS.has(k(s)) || MONTHS.has(k(s)) || WEEKDAYS.has(k(s)))) s++;
      if (s === j || rangeCats(ws, s, j) & (PLACE_CATS | GAZ.org)) continue;
      const over = cands.filter((c) => c.line === line && c.start < j && s < c.end);
      if (!over.length) added.push({ line, start: s, end: j, type: 'person' });
      else if (over.length === 1 && over[0].end === j && over[0].type === 'misc') retyped.add(over[0]);
    }
  });
  return withPeople(cands, added, retyped);
}

/**
 * "Rendora Power", "Oakhurst Stewarding": a name the tagger took for a person's that ends in a trade
 * is a company's, unless a known given name opens it or the article calls someone by its last word
 * alone, as it would a surname ("Samantha Power … Power said").
 */
function tradeNames(words: string[][], cands: Candidate[]): Candidate[] {
  const alone = new Set(cands.filter((c) => c.end - c.start === 1).map((c) => lexKey(words[c.line][c.start])));
  const key = (c: Candidate) => spanKey(words[c.line], c);
  // A title before the name anywhere ("Councillor Niamh Power") makes it a person's.
  const titled = new Set(cands.filter((c) => isTitleWord(words[c.line][c.start - 1])).map(key));
  // Trades that are common surnames too ("Power", "Mills") need the name used for a thing: "a Rendora Power line".
  // Also after "a line run by", "the plant operated by": a thing run by the name.
  const thing = new Set(cands.filter((c) => THINGS_OF_COMPANIES.has(lexKey(words[c.line][c.end] ?? ''))
    || (lexKey(words[c.line][c.start - 1] ?? '') === 'by' && RUN_BY.has(lexKey(words[c.line][c.start - 2] ?? '')))).map(key));
  return cands.map((c) => {
    if (c.type !== 'person' || c.end - c.start < 2) return c;
    const ws = words[c.line];
    const last = lexKey(ws[c.end - 1]);
    if (!COMPANY_TRADES.has(last) || alone.has(last) || titled.has(key(c)) || gazetteerCategories(lexKey(ws[c.start])) & GAZ.first) return c;
    if (SURNAME_TRADES.has(last) && !thing.has(key(c))) return c;
    return { ...c, type: 'organization' };
  });
}
const SURNAME_TRADES = new Set(['power', 'mills', 'water', 'security', 'media']);
const RUN_BY = new Set(['run', 'operated', 'owned', 'managed', 'supplied', 'maintained']);
// Nouns a company's name qualifies: "a Rendora Power line", "Ostra Power engineers".
const THINGS_OF_COMPANIES = new Set(['line', 'lines', 'pylon', 'pylons', 'grid', 'network', 'plant', 'plants', 'station', 'substation', 'company',
  'engineers', 'staff', 'employees', 'workers', 'shares', 'spokesman', 'spokeswoman', 'spokesperson', 'executives', 'executive', 'subsidiary', 'depot', 'site']);

// Prepositions that put a name on the map; "to" and "from" are left out ("spoke to Vell", "a letter from Vell").
const IN_PLACE = new Set(['in', 'near', 'below', 'above', 'outside', 'across', 'into', 'around', 'inside', 'through', 'via', 'beyond']);

/**
 * "Calvina": a one-word name the tagger took for a person, which the article never writes as part
 * of a person's full name, never after a title and never with a given name, but does write after
 * "in" or "near", is a place ("Calvina" looks like a woman's name; "in Calvina" says otherwise).
 */
function lonePlaces(words: string[][], cands: Candidate[]): Candidate[] {
  const inFullNames = new Set<string>();
  const titled = new Set<string>();
  const located = new Set<string>();
  for (const c of cands) {
    const ws = words[c.line];
    if (c.type === 'person' && c.end - c.start >= 2) for (let i = c.start; i < c.end; i++) inFullNames.add(lexKey(ws[i]));
    if (c.end - c.start !== 1) continue;
    const k = lexKey(ws[c.start]);
    if (isTitleWord(ws[c.start - 1])) titled.add(k);
    if (!IN_PLACE.has(lexKey(ws[c.start - 1] ?? '')) || ws[c.start + 1] === "'s" || ws[c.start + 1] === "'") continue;
    located.add(k);
    // "in Brezzano, Calvina and Torrelba": the one-word names of a list that ends in "and" or "or";
    // not "It was quiet in Velk, Kasia said".
    const listed: string[] = [];
    let closed = false;
    for (let i = c.start + 1; i + 1 < ws.length && (ws[i] === ',' || ws[i] === 'and' || ws[i] === 'or');) {
      const joined = ws[i] !== ',' || ws[i + 1] === 'and' || ws[i + 1] === 'or';
      const j = ws[i] === ',' && (ws[i + 1] === 'and' || ws[i + 1] === 'or') ? i + 2 : i + 1;
      if (!isNamePart(ws[j] ?? '') || isNamePart(ws[j + 1] ?? '') || REPORTED_AFTER.has(lexKey(ws[j + 1] ?? ''))) break;
      listed.push(lexKey(ws[j]));
      if (joined) {
        closed = true;
        break;
      }
      i = j + 1;
    }
    if (closed) for (const x of listed) located.add(x);
  }
  const place = (k: string): boolean => located.has(k) && !inFullNames.has(k) && !titled.has(k) && !(gazetteerCategories(k) & (GAZ.first | GAZ.surname | GAZ.org));
  return cands.map((c) => (c.type === 'person' && c.end - c.start === 1 && place(lexKey(words[c.line][c.start])) ? { ...c, type: 'place' } : c));
}

// Bodies of a state, named after it: "the Tarvona Coast Guard", "the Lissarra Navy".
const STATE_BODIES = new Set(['coast guard', 'coastguard', 'navy', 'army', 'air force', 'armed forces', 'border guard', 'border police', 'national police',
  'police', 'government', 'parliament', 'senate', 'national guard', 'special forces', 'defence ministry', 'defense ministry', 'foreign ministry',
  'interior ministry', 'health ministry', 'justice ministry', 'central bank', 'supreme court', 'constitutional court', 'red cross', 'red crescent']);
const COMPASS = new Set(['southern', 'northern', 'eastern', 'western', 'south', 'north', 'east', 'west']);
// What a country has, in the possessive: "Tarvona's coast", "off Lissarra's southern shores".
const STATE_HAS = new Set(['coast', 'coastline', 'coasts', 'waters', 'territory', 'territorial', 'border', 'borders', 'capital', 'shores', 'islands', 'provinces',
  'regions', 'ministry', 'navy', 'army', 'parliament', 'constitution', 'economy']);

/**
 * "Tarvona", "Marvassa": a one-word name the tagger took for a person or a body, which the article
 * writes as a state's: the first word of "Tarvona Coast Guard", the owner of "Tarvona's coast", or the
 * place a demonym it uses comes from ("the Marvassan Navy"). Never a name written in a person's full
 * name or after a title.
 */
function statePlaces(words: string[][], cands: Candidate[]): Candidate[] {
  const states = new Set<string>();
  const inFullNames = new Set<string>();
  const titled = new Set<string>();
  const single = new Map<string, string>();
  for (const c of cands) {
    const ws = words[c.line];
    const keys = ws.slice(c.start, c.end).map(lexKey);
    if (c.type === 'person' && keys.length >= 2) for (const k of keys) inFullNames.add(k);
    if (keys.length >= 2 && STATE_BODIES.has(keys.slice(1).join(' '))) states.add(keys[0]);
    if (keys.length !== 1) continue;
    if (isTitleWord(ws[c.start - 1])) titled.add(keys[0]);
    if (c.type !== 'place') single.set(placeStem(keys[0]), keys[0]);
    const next = lexKey(ws[c.end] ?? '');
    // "Tarvona's coast", "Lissarra's southern shores": what a state has, past a compass word.
    const owned = COMPASS.has(lexKey(ws[c.end + 1] ?? '')) ? ws[c.end + 2] : ws[c.end + 1];
    if ((next === "'s" || next === "'") && STATE_HAS.has(lexKey(owned ?? ''))) states.add(keys[0]);
  }
  if (single.size) {
    for (const ws of words) {
      for (let i = 0; i + 1 < ws.length; i++) {
        if (!demonymShapedAny(ws[i])) continue;
        const after = lexKey(ws[i + 1]);
        // "the Marvassan Navy", "Marvassan officials", "the Ilvenian Physicians' Guild": a demonym before a body's name.
        let k = i + 1;
        while (k < ws.length && k - i <= 4 && (isNamePart(ws[k]) || /^'s?$/.test(lexKey(ws[k]))) && !ORG_HEAD_WORDS.has(lexKey(ws[k]))) k++;
        const bodyName = k > i + 1 && k < ws.length && ORG_HEAD_WORDS.has(lexKey(ws[k])) && !WEAK_ORG_HEADS.has(lexKey(ws[k]));
        if (!QUALIFIED_BY_DEMONYMS.has(after) && !ORG_HEAD_WORDS.has(after) && !bodyName) continue;
        const stem = demonymStem(lexKey(ws[i]), (x) => (single.has(x) ? [single.get(x)!] : undefined));
        if (stem) states.add(single.get(stem)!);
      }
    }
  }
  const place = (k: string): boolean => states.has(k) && !inFullNames.has(k) && !titled.has(k) && !(gazetteerCategories(k) & (GAZ.first | GAZ.surname));
  return cands.map((c) => (c.type !== 'place' && c.end - c.start === 1 && place(lexKey(words[c.line][c.start])) ? { ...c, type: 'place' } : c));
}

/** A capitalised word with a demonym's ending: "Marvassan", "Tarsian", "Vardanese". */
function demonymShapedAny(w: string): boolean {
  return DEMONYM_SHAPED.test(w);
}
const DEMONYM_SHAPED = /^\p{Lu}\p{Ll}{3,}(?:an|ian|ean|ese|ish|i)s?$/u;

// Words after a person's name that end the name rather than being qualified by it.
const NAME_FOLLOWERS = new Set(['is', 'was', 'were', 'has', 'had', 'and', 'who', 'said', 'says', 'told', 'by', 'on', 'in', 'at', 'from', 'after', 'before', 'when', 'but', 'stood', 'stands']);

/** "a woman who gave her name only as Kasia", "a man identified only as Rami Tal": a person's name. */
function namedAs(words: string[][], cands: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const retyped = new Set<Candidate>();
  words.forEach((ws, line) => {
    for (let i = 2; i < ws.length; i++) {
      if (lexKey(ws[i - 1]) !== 'as' || !isNamePart(ws[i])) continue;
      let k = i - 2;
      if (lexKey(ws[k]) === 'only') k--;
      const cue = lexKey(ws[k] ?? '');
      const byName = cue === 'name' && /^(?:her|his|their)$/.test(lexKey(ws[k - 1] ?? ''));
      if (!byName && cue !== 'identified') continue;
      let j = i + 1;
      while (j < ws.length && j - i < 3 && isNamePart(ws[j])) j++;
      // Not a name that qualifies what follows ("identified as Velk residents", "as Flight 302").
      if (/^[\p{Ll}\d]/u.test(ws[j] ?? '') && !NAME_FOLLOWERS.has(lexKey(ws[j]))) continue;
      if (rangeCats(ws, i, j) & (PLACE_CATS | GAZ.org)) continue;
      const over = cands.filter((c) => c.line === line && c.start < j && i < c.end);
      if (!over.length) added.push({ line, start: i, end: j, type: 'person' });
      // A name given by the person is theirs whatever the tagger thought; "identified as" retypes only an untyped one.
      else if (over.length === 1 && over[0].type !== 'person' && (byName || over[0].type === 'misc')) retyped.add(over[0]);
    }
  });
  return withPeople(cands, added, retyped);
}

// Nouns that say a name in apposition is a body: "Pellasca Aqua, the private company that runs the plant".
const BODY_NOUNS = new Set(['company', 'firm', 'group', 'subsidiary', 'operator', 'utility', 'contractor', 'charity', 'consortium', 'manufacturer',
  'insurer', 'broadcaster', 'newspaper', 'airline', 'carrier', 'retailer', 'supplier', 'developer', 'conglomerate', 'corporation', 'bank', 'nonprofit', 'ngo']);

// What may follow the noun that ends such an apposition: "the company that runs the plant", "a firm based in Orl".
const BODY_NOUN_FOLLOWERS = new Set(['that', 'which', 'whose', 'behind', 'with', 'in', 'of', 'from', 'owned', 'based', 'run', 'founded', 'for', 'at', 'on', 'and', 'which', 'hired', 'contracted', 'responsible', 'accused', 'blamed']);

/** A name followed by ", the/a … company" is a body's, in every use in the document. */
function bodyCues(words: string[][], cands: Candidate[]): Candidate[] {
  const cued = new Set<string>();
  for (const c of cands) {
    if (c.type === 'organization') continue;
    const ws = words[c.line];
    if (ws[c.end] !== ',' || !['the', 'a', 'an'].includes(lexKey(ws[c.end + 1] ?? ''))) continue;
    const after = ws.slice(c.end + 2, c.end + 7).map(lexKey);
    const noun = after.findIndex((w) => BODY_NOUNS.has(w));
    // The noun heads the apposition: nothing but modifiers before it ("the Ledermont-owned company"),
    // and it ends it: not "the company's chief executive", not "a bank manager".
    const tail = after[noun + 1] ?? ws[c.end + 2 + noun + 1] ?? '';
    const ends = (!/^\p{L}/u.test(tail) && !/^['’]/u.test(tail)) || BODY_NOUN_FOLLOWERS.has(tail);
    // A person's full name ("Mara Kell, the company's ...") stays a person's.
    const named = c.type === 'person' && ((c.end - c.start >= 2 && (gazetteerCategories(lexKey(ws[c.start])) & GAZ.first) !== 0) || kinNamed(ws, c));
    if (noun >= 0 && ends && !named && after.slice(0, noun).every((w) => /^[\p{Ll}\d'-]+$/u.test(w) && !['of', 'at', 'for', 'in', 'who', 'and'].includes(w))) cued.add(spanKey(ws, c));
  }
  if (!cued.size) return cands;
  return cands.map((c) => (c.type !== 'organization' && cued.has(spanKey(words[c.line], c)) ? { ...c, type: 'organization' } : c));
}

/** One name, one type within a document: the majority of its tagged occurrences wins. */
function harmonize(words: string[][], cands: Candidate[]): Candidate[] {
  const votes = new Map<string, Map<string, number>>();
  for (const c of cands) {
    const k = spanKey(words[c.line], c);
    let v = votes.get(k);
    if (!v) votes.set(k, (v = new Map()));
    v.set(c.type, (v.get(c.type) ?? 0) + 1);
  }
  return cands.map((c) => {
    const k = spanKey(words[c.line], c);
    if (SEATS.has(k)) return c;
    const v = votes.get(k);
    if (!v || v.size < 2) return c;
    let best = c.type;
    let most = -1;
    for (const [t, n] of v) if (n > most || (n === most && t !== 'misc' && best === 'misc')) [best, most] = [t as Candidate['type'], n];
    return { ...c, type: best };
  });
}

/**
 * Tags the occurrences the tagger missed of names it found elsewhere in the document, and a
 * person's surname standing alone once the full name was seen.
 */
function propagate(words: string[][], cands: Candidate[], caps: boolean[]): Candidate[] {
  const known = new Map<string, { len: number; type: Candidate['type'] }>();
  const firstWord = new Map<string, number>();
  for (const c of cands) {
    if (c.type === 'misc') continue;
    const ws = words[c.line];
    const k = spanKey(ws, c);
    if (!known.has(k)) known.set(k, { len: c.end - c.start, type: c.type });
    // A surname: the last word of a two- or three-word person name.
    if (c.type === 'person' && c.end - c.start >= 2) {
      const last = lexKey(ws[c.end - 1]);
      if (!known.has(last) && last.length > 2) known.set(last, { len: 1, type: 'person' });
    }
  }
  for (const k of known.keys()) {
    const w = k.split(' ')[0];
    firstWord.set(w, Math.max(firstWord.get(w) ?? 0, k.split(' ').length));
  }
  const out = cands.slice();
  words.forEach((ws, line) => {
    for (let i = 0; i < ws.length; i++) {
      const m = firstWord.get(lexKey(ws[i]));
      if (!m || !isCap(ws[i])) continue;
      for (let len = Math.min(m, ws.length - i); len >= 1; len--) {
        const k = ws.slice(i, i + len).map(lexKey).join(' ');
        const hit = known.get(k);
        if (!hit) continue;
        // A known longer name replaces the pieces of it the tagger found ("Russia" inside
        // "Freedom of Russia Legion"); any other overlap keeps the tagger's reading.
        const over = out.filter((c) => c.line === line && c.start < i + len && i < c.end);
        const free = over.every((c) => c.start >= i && c.end <= i + len && c.end - c.start < len);
        // Inside a longer capitalised run the words belong to some other name (not in headlines,
        // where every word is capitalised).
        const glued = !caps[line] && ((i > 0 && isCap(ws[i - 1]) && !isSentenceStart(ws, i - 1)) || (i + len < ws.length && isCap(ws[i + len])));
        const hyphened = ws.slice(i, i + len).some((w) => w.includes('-'));
        const named = ws.slice(i, i + len).every((w, x) => isCap(w) || (x > 0 && x < len - 1 && CONNECTORS.has(lexKey(w))));
        if (free && !glued && !hyphened && named) {
          for (const c of over) out.splice(out.indexOf(c), 1);
          out.push({ line, start: i, end: i + len, type: hit.type });
          i += len - 1;
        }
        break;
      }
    }
  });
  return out;
}

/** The word after a possessive that owns nothing: punctuation, a function word or a verb of saying. */
function ellipsisAfter(w: string | undefined): boolean {
  if (w === undefined || !/[\p{L}\p{N}]/u.test(w)) return true;
  const k = lexKey(w);
  return FUNCTION_WORDS.has(k) || /^(is|was|were|are|has|had|have|says|said|say|will|would|could|can|took|takes|treated|received|reported)$/.test(k);
}

function isSentenceStart(ws: string[], i: number): boolean {
  if (i === 0 || /^["'“‘(\[:\-–—]+$/.test(ws[i - 1])) return true;
  // A live blog's time label, "14:05" or "Fri 08:30", opens its entry.
  if (i < 3 || !/^\d{2}$/.test(ws[i - 1]) || !/^[:.]$/.test(ws[i - 2]) || !/^\d{1,2}$/.test(ws[i - 3])) return false;
  return i === 3 || (i === 4 && /^\p{Lu}\p{Ll}{2}\.?$/u.test(ws[0]));
}
