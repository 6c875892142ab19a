// Synthetic corpus for `npm run bench`: articles made from the project's own samples
// (samples/harbor-blast), with the names of people, places, organizations and outlets swapped
// for generated ones, the figures changed, and the paragraphs shuffled and mixed, so that a
// large corpus has many different actors and articles that differ from one another.
//
// Articles come in "events" (clusters) of EVENT_SIZE articles. Within an event every article
// uses the same people, places and organization (so the alias linker and the contradiction
// finder have real cross-source work to do); each article has its own outlet and byline, its
// own paragraph order, some paragraphs borrowed from the other samples, and figures that
// sometimes disagree with the other sources. Everything is deterministic for a given seed and
// article index, so a child process can regenerate the same corpus without receiving it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples', 'harbor-blast');
export const EVENT_SIZE = 8;

/** Small fast seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const hash = (...ns) => ns.reduce((h, n) => Math.imul(h ^ (n >>> 0), 2654435761) >>> 0, 0x9e3779b9);

// ---- Name lists -------------------------------------------------------------------------------

const FEMALE = ['Ruth', 'Elena', 'Marta', 'Lena', 'Ilse', 'Ana', 'Hanna', 'Amira', 'Beatrix', 'Carla', 'Dana', 'Edith',
  'Fatima', 'Greta', 'Helga', 'Ines', 'Jana', 'Katja', 'Lucia', 'Maya', 'Nadia', 'Olga', 'Paula', 'Rosa', 'Sara', 'Tanya',
  'Ursula', 'Vera', 'Wanda', 'Yasmin', 'Zora', 'Agnes', 'Bianca', 'Chiara', 'Dorota', 'Elif', 'Freya', 'Gisela', 'Hedda',
  'Irena', 'Johanna', 'Klara', 'Liesel', 'Mirela', 'Noor', 'Oksana', 'Petra', 'Renata', 'Sofia', 'Teresa', 'Valeria',
  'Wilma', 'Aylin', 'Bronwen', 'Cosima', 'Dagny', 'Esther', 'Flora', 'Gaia', 'Hilde', 'Ivana', 'Julia', 'Kirsten',
  'Leonie', 'Magda', 'Nina', 'Orla', 'Priya', 'Rhea', 'Selma', 'Thea', 'Una', 'Viola', 'Xenia', 'Yara', 'Zainab'];
const MALE = ['Tomas', 'Daniel', 'Piet', 'Jonas', 'Anton', 'Bruno', 'Carlos', 'Dmitri', 'Emil', 'Felix', 'Gregor', 'Hamid',
  'Ivan', 'Jakob', 'Karim', 'Lars', 'Marek', 'Nikolai', 'Oskar', 'Pavel', 'Rafael', 'Stefan', 'Tobias', 'Ugo', 'Viktor',
  'Walter', 'Yusuf', 'Zoltan', 'Aaron', 'Bastian', 'Cyril', 'Dario', 'Elias', 'Florian', 'Goran', 'Henrik', 'Idris',
  'Jorge', 'Kasper', 'Leon', 'Matteo', 'Nils', 'Omar', 'Peter', 'Quentin', 'Ruben', 'Samir', 'Theo', 'Umar', 'Vidar',
  'Wim', 'Xavier', 'Yannick', 'Adrian', 'Boris', 'Casimir', 'Dominik', 'Erik', 'Fabian', 'Gustav', 'Hugo', 'Igor',
  'Jasper', 'Konrad', 'Lukas', 'Milan', 'Noah', 'Otto', 'Pablo', 'Rasmus', 'Sven', 'Timo', 'Valentin', 'Wolfgang'];
const SURNAMES = ['Brandt', 'Varga', 'Okafor', 'Pike', 'Sorel', 'Lorne', 'Marr', 'Dreyer', 'Veldt', 'Ekberg', 'Abbott',
  'Bakker', 'Castell', 'Dahl', 'Eriksen', 'Falk', 'Gallo', 'Hartmann', 'Ivanova', 'Jansen', 'Kovac', 'Lindqvist', 'Moreau',
  'Novak', 'Osei', 'Petrov', 'Quist', 'Rossi', 'Santos', 'Takacs', 'Urquhart', 'Vidal', 'Wagner', 'Yilmaz', 'Zielinski',
  'Adeyemi', 'Berger', 'Costa', 'Dimitrov', 'Engel', 'Fischer', 'Grant', 'Horvat', 'Ito', 'Jovanovic', 'Keller', 'Laine',
  'Mendes', 'Nagy', 'Olsen', 'Pereira', 'Quinn', 'Richter', 'Schmidt', 'Tanaka', 'Ulrich', 'Vogel', 'Weiss', 'Young',
  'Zamora', 'Achebe', 'Bauer', 'Cerny', 'Duval', 'Evans', 'Ferreira', 'Galli', 'Haas', 'Iqbal', 'Jakobsen', 'Kaya',
  'Larsen', 'Mazur', 'Nielsen', 'Ortega', 'Popescu', 'Reyes', 'Sato', 'Toth', 'Unger', 'Varela', 'Wolff', 'Yoshida',
  'Amari', 'Blom', 'Conti', 'Dvorak', 'Esposito', 'Farkas', 'Greco', 'Holm', 'Ionescu', 'Juhasz', 'Koch', 'Lehmann',
  'Molnar', 'Nowak', 'Oyelaran', 'Pajari', 'Rinaldi', 'Sandberg', 'Tamm', 'Valdez', 'Winter', 'Zeller', 'Arnaud',
  'Bellamy', 'Chowdhury', 'Delacroix', 'Einarsson', 'Fontaine', 'Gunnarsson', 'Hendricks', 'Ibarra', 'Kowalski',
  'Lambert', 'Mwangi', 'Nakamura', 'Ostrowski', 'Pellegrini', 'Rahman', 'Strand', 'Tremblay', 'Vasquez', 'Whitfield'];
const TOWN_HEAD = ['Sel', 'Ves', 'Bel', 'Cor', 'Dun', 'Ester', 'Fal', 'Gren', 'Hal', 'Ister', 'Jor', 'Kel', 'Lun', 'Mar',
  'Nor', 'Ost', 'Pel', 'Quin', 'Ros', 'Sal', 'Tor', 'Ul', 'Val', 'Wen', 'Yar', 'Zel', 'Ash', 'Brin', 'Cald', 'Drum', 'Elver',
  'Frost', 'Glen', 'Hollin', 'Kin', 'Lyn', 'Mor', 'Penn', 'Red', 'Stan', 'Thorn', 'Wick'];
const TOWN_TAIL = ['wyn', 'sen', 'ford', 'mouth', 'haven', 'by', 'wick', 'stad', 'holm', 'ton', 'mere', 'vik', 'burg', 'dale',
  'ness', 'field', 'gate', 'moor', 'rin', 'ova', 'ec', 'ard'];
const LAND_HEAD = ['Ald', 'Karth', 'Bor', 'Cal', 'Dav', 'Elm', 'Fer', 'Gal', 'Hes', 'Ist', 'Jur', 'Kor', 'Lor', 'Mir', 'Nov',
  'Or', 'Pan', 'Rav', 'Sar', 'Tal', 'Ur', 'Vel', 'Zan', 'Est', 'Brav', 'Cel', 'Drav', 'Mold', 'Sten', 'Tev'];
const LAND_TAIL = ['oria', 'ia', 'avia', 'aria', 'inia', 'ethia', 'onia', 'uria', 'esia', 'ania'];
const COMPANY_KIND = ['Chemicals', 'Fertilizers', 'Agrochemicals', 'Logistics', 'Industries', 'Holdings', 'Minerals', 'Trading'];
const OUTLET_WORD = ['Meridian', 'Beacon', 'Compass', 'Atlas', 'Pioneer', 'Horizon', 'Summit', 'Clarion', 'Signal', 'Lantern',
  'Keystone', 'Vanguard', 'Anchor', 'Bulletin', 'Frontier', 'Cardinal', 'Pinnacle', 'Harbinger'];
const WIRE = ['Wire', 'News', 'Press', 'Newswire', 'Agency', 'Report'];
const PAPER = ['Sentinel', 'Herald', 'Courier', 'Observer', 'Chronicle', 'Gazette', 'Examiner', 'Dispatch', 'Standard', 'Mirror',
  'Tribune', 'Post', 'Times', 'Ledger', 'Record', 'Journal', 'Review', 'Star'];
const REGION = ['Coastal', 'Valley', 'Northern', 'Eastern', 'Western', 'Harbour', 'Provincial', 'Capital', 'Lowland', 'Highland'];

const town = (r) => pick(r, TOWN_HEAD) + pick(r, TOWN_TAIL);
const land = (r) => pick(r, LAND_HEAD) + pick(r, LAND_TAIL);
/** A plausible misspelling, like the samples' "Port Selwin" for "Port Selwyn". */
function misspell(s) {
  for (const [a, b] of [['y', 'i'], ['i', 'y'], ['e', 'a'], ['o', 'ou']]) {
    const k = s.lastIndexOf(a);
    if (k > 0) return s.slice(0, k) + b + s.slice(k + 1);
  }
  return `${s}e`;
}

/** Draws `n` distinct values from a generator. */
function distinct(r, n, gen, avoid = new Set()) {
  const out = [];
  const seen = new Set(avoid);
  for (let tries = 0; out.length < n && tries < 1000; tries++) {
    const v = gen();
    if (!seen.has(v)) { seen.add(v); out.push(v); }
  }
  return out;
}

/** The names an event (cluster of articles) uses instead of the samples'. */
function eventNames(event, seed) {
  const r = rng(hash(seed, event, 1));
  const [Ruth, Elena, Marta, Lena, Ilse, Ana] = distinct(r, 6, () => pick(r, FEMALE));
  const [Tomas, Daniel, Piet] = distinct(r, 3, () => pick(r, MALE));
  const [Brandt, Varga, Okafor, Pike, Sorel, Lorne, Marr, Dreyer, Harlow] = distinct(r, 9, () => pick(r, SURNAMES));
  const [Selwyn, Vessen] = distinct(r, 2, () => town(r));
  const [Aldoria, Karthia] = distinct(r, 2, () => land(r));
  const map = {
    Ruth, Elena, Marta, Lena, Ilse, Ana, Tomas, Daniel, Piet,
    Brandt, Varga, Okafor, Pike, Sorel, Lorne, Marr, Dreyer, Harlow,
    Chemicals: pick(r, COMPANY_KIND),
    Selwyn, Selwin: misspell(Selwyn), Vessen,
    Aldoria, Aldorian: `${Aldoria}n`, Karthia, Karthian: `${Karthia}n`,
  };
  for (const k of ['Selwyn', 'Vessen']) map[k.toUpperCase()] = map[k].toUpperCase();
  return map;
}

/** The names one article uses for its own outlet and byline. */
function articleNames(r) {
  const [Hanna, Jonas] = [pick(r, FEMALE), pick(r, MALE)];
  const [Veldt, Ekberg] = distinct(r, 2, () => pick(r, SURNAMES));
  return {
    Hanna, Jonas, Veldt, Ekberg,
    Meridian: pick(r, OUTLET_WORD), Wire: pick(r, WIRE),
    Sentinel: pick(r, PAPER), Daily: pick(r, ['Daily', 'Evening', 'Morning', 'Weekly', 'National']),
    Northgate: town(r), Post: pick(r, PAPER),
    Coastal: pick(r, REGION), Ledger: pick(r, PAPER),
    Radio: pick(r, ['Radio', 'FM', 'Channel', 'Voice of']),
  };
}


// Words of the samples' quotations and what an event says instead: different events do not
// quote the same sentences, so each event picks its own wording (the same within the event,
// where one quotation credited to two speakers is a dispute the samples are meant to show).
const QUOTE_WORDS = {
  families: ['families', 'relatives', 'households', 'parents'], deserve: ['deserve', 'need', 'want', 'expect'],
  know: ['know', 'learn', 'hear', 'understand'], exactly: ['exactly', 'precisely', 'honestly', 'fully'],
  building: ['building', 'warehouse', 'shed', 'depot'], gave: ['gave', 'passed on', 'shared', 'put out'],
  information: ['information', 'figures', 'details', 'numbers'], wrong: ['wrong', 'false', 'inaccurate', 'mistaken'],
  regret: ['regret', 'am sorry for', 'deeply regret', 'apologise for'], work: ['work', 'job', 'real work', 'hard part'],
  starts: ['starts', 'begins', 'really begins', 'comes next'], people: ['people', 'members', 'workers', 'colleagues'],
  told: ['told', 'warned', 'reminded', 'alerted'], place: ['place', 'site', 'warehouse', 'depot'],
  overloaded: ['overloaded', 'overfull', 'dangerous', 'packed'], city: ['city', 'town', 'community', 'port'],
  always: ['always', 'for centuries', 'for generations', 'forever'], lived: ['lived', 'depended', 'relied', 'thrived'],
  harbour: ['harbour', 'port', 'docks', 'waterfront'], today: ['today', 'this week', 'now', 'tonight'],
  hurt: ['hurt', 'wounded', 'betrayed', 'broken'], names: ['names', 'answers', 'justice', 'the truth'],
  promises: ['promises', 'speeches', 'excuses', 'words'], fire: ['fire', 'blaze', 'inferno', 'burning'],
  over: ['over', 'out', 'finished', 'done'], recovery: ['recovery', 'search', 'salvage', 'clean-up'],
  operation: ['operation', 'effort', 'mission', 'job'], rules: ['rules', 'regulations', 'laws', 'limits'],
  inspections: ['inspections', 'checks', 'audits', 'controls'], somebody: ['somebody', 'someone', 'a manager', 'an official'],
  decided: ['decided', 'chose', 'concluded', 'assumed'], quiet: ['quiet', 'silent', 'their heads down', 'calm'],
  working: ['working', 'going', 'loading', 'shifting'], preventable: ['preventable', 'avoidable', 'foreseeable', 'needless', 'unnecessary'],
  treating: ['treating', 'handling', 'investigating', 'regarding'], industrial: ['industrial', 'workplace', 'tragic', 'terrible'],
  accident: ['accident', 'mishap', 'disaster', 'tragedy'], evidence: ['evidence', 'proof', 'information', 'indications'],
  cooperated: ['cooperated', 'worked', 'engaged', 'complied'], fully: ['fully', 'openly', 'completely', 'closely'],
  inspection: ['inspection', 'check', 'audit', 'review'], men: ['men', 'workers', 'lads', 'people'],
  ate: ['ate', 'had', 'shared', 'took'], lunch: ['lunch', 'coffee', 'breakfast', 'meals'],
  owe: ['owe', 'must give', 'promise', 'will give'], answers: ['answers', 'explanations', 'clarity', 'the facts'],
  truth: ['truth', 'facts', 'whole story', 'full picture'], uncomfortable: ['uncomfortable', 'painful', 'difficult', 'awkward'],
  incomplete: ['incomplete', 'partial', 'patchy', 'sketchy'], confused: ['confused', 'contradictory', 'chaotic', 'muddled'],
  respond: ['respond', 'answer', 'react', 'reply'], facts: ['facts', 'evidence', 'findings', 'data'],
  speeches: ['speeches', 'rhetoric', 'headlines', 'slogans'], strictly: ['strictly', 'entirely', 'fully', 'always'],
  terms: ['terms', 'limits', 'conditions', 'letter'], licence: ['licence', 'permit', 'authorisation', 'approval'],
  roof: ['roof', 'ceiling', 'rafters', 'top'], thought: ['thought', 'believed', 'hoped', 'felt'],
  pocket: ['pocket', 'patch', 'hotspot', 'spot'], flared: ['flared', 'burst', 'blazed', 'sparked'],
  collapsed: ['collapsed', 'fallen', 'broken', 'caved-in'], felt: ['felt', 'sensed', 'noticed'],
  chest: ['chest', 'bones', 'stomach', 'feet'], heard: ['heard', 'saw', 'understood'],
  family: ['family', 'household', 'person', 'child'], left: ['left', 'abandoned', 'forgotten'],
  tonight: ['tonight', 'this week', 'again', 'today'], tell: ['tell', 'say', 'explain to', 'promise'],
  home: ['home', 'back', 'inside', 'to our homes'], knocked: ['knocked', 'called', 'came', 'stopped'],
  explain: ['explain', 'warn us about', 'tell us about', 'mention'], thoughts: ['thoughts', 'hearts', 'prayers', 'sympathies'],
  conditions: ['conditions', 'terms', 'requirements', 'limits'], support: ['support', 'assist', 'back', 'welcome'],
  inquiry: ['inquiry', 'investigation', 'review', 'probe'], living: ['living', 'residing', 'sleeping', 'working'],
  safe: ['safe', 'harmless', 'secure', 'fine'], believed: ['believed', 'trusted', 'accepted'],
  window: ['window', 'pane', 'door', 'shutter'], street: ['street', 'road', 'block', 'terrace'],
  operator: ['operator', 'company', 'firm', 'tenant'], aware: ['aware', 'informed', 'notified', 'conscious'],
  obligations: ['obligations', 'duties', 'responsibilities', 'limits'], reminded: ['reminded', 'warned', 'told'],
  clothes: ['clothes', 'shoes', 'coats', 'bags'], pouring: ['pouring', 'spraying', 'dumping', 'throwing'],
  water: ['water', 'foam', 'everything'], rush: ['rush', 'run', 'charge', 'walk'],
  declared: ['declared', 'registered', 'reported', 'listed'], inspected: ['inspected', 'checked', 'audited', 'approved'],
  permitted: ['permitted', 'allowed', 'licensed', 'authorised'], quantities: ['quantities', 'amounts', 'limits', 'volumes'],
  early: ['early', 'soon', 'premature'], role: ['role', 'hand', 'part', 'say'], asked: ['asked', 'required', 'called', 'made'],
  docks: ['docks', 'quay', 'waterfront', 'port'], knew: ['knew', 'understood', 'saw', 'realised'],
  problem: ['problem', 'danger', 'hazard', 'time bomb'], everyone: ['everyone', 'everybody', 'anyone', 'all of us'],
  nobody: ['nobody', 'no one', 'not one official', 'not a single person'],
};

// What a speaker adds that ties a quotation to its own event ("... for the Quinsen families").
const QUOTE_TAILS = [' for the {T} {n}', ', and the {T} {n} know it', ' \u2014 ask the {T} {n}', ' here in {T}, for the {n}',
  ', as the {T} {n} can tell you', ' for every one of the {T} {n}'];
const TAIL_NOUNS = ['families', 'dockers', 'council', 'neighbours', 'parish', 'district', 'crews', 'traders', 'fishermen',
  'teachers', 'nurses', 'drivers', 'pensioners', 'students', 'shopkeepers', 'volunteers', 'residents', 'workers'];

/** Rewords the quotations of a text the way one event words them. */
function rewordQuotes(text, event, seed, townName) {
  const keys = Object.keys(QUOTE_WORDS);
  const re = new RegExp(`\\b(${keys.join('|')})\\b`, 'gi');
  const choice = (w) => {
    const alts = QUOTE_WORDS[w];
    return alts[hash(seed, event, keys.indexOf(w) + 17) % alts.length];
  };
  return text.replace(/^title:.*$|"[^"\n]{3,600}"|\u201c[^\u201d\n]{3,600}\u201d/gm, (q) => {
    if (q.startsWith('title:')) return q;
    let out = q.replace(re, (m) => {
      const alt = choice(m.toLowerCase());
      return m[0] === m[0].toUpperCase() ? alt[0].toUpperCase() + alt.slice(1) : alt;
    });
    if (countWords(out) >= 3) {
      const h = hash(seed, event, out.length, out.charCodeAt(1), out.charCodeAt(out.length - 3));
      const tail = QUOTE_TAILS[h % QUOTE_TAILS.length].replace('{T}', townName).replace('{n}', TAIL_NOUNS[(h >>> 8) % TAIL_NOUNS.length]);
      out = out.replace(/([,.!?]*)(["\u201d])$/, `${tail}$1$2`);
    }
    return out;
  });
}

// ---- Templates -------------------------------------------------------------------------------

/** A sample split into its header (metadata, title, lead paragraph) and its movable body paragraphs. */
function loadTemplates() {
  return readdirSync(SAMPLES).sort().map((file) => {
    const text = readFileSync(path.join(SAMPLES, file), 'utf8').replace(/\r\n/g, '\n');
    const blocks = text.split(/\n[ \t]*\n/).map((b) => b.trim()).filter(Boolean);
    // The header runs up to and including the first prose paragraph (the lead, with its dateline).
    let lead = blocks.findIndex((b) => b.length > 200 && /^[A-Z“"]/.test(b) && !/^(Title|Outlet|Date):/m.test(b));
    if (lead < 0) lead = 0;
    const header = blocks.slice(0, lead + 1);
    const body = blocks.slice(lead + 1);
    const ext = path.extname(file);
    return { name: path.basename(file, ext), ext, header, body };
  });
}
let templates;
export function sampleTemplates() {
  templates ??= loadTemplates();
  return templates;
}

const countWords = (s) => (s.match(/\S+/g) ?? []).length;

/** Changes the figures ("12 people", "3,000 residents") of an article; dates, ages and phone numbers stay. */
function perturbNumbers(text, r, eventScale) {
  const seen = new Map();
  return text.replace(/(?<![\d.,:/-])\b(\d{1,3}(?:,\d{3})+|\d{1,3})(?=\s+[a-z])/g, (m) => {
    if (seen.has(m)) return seen.get(m);
    const n = Number(m.replace(/,/g, ''));
    // Most sources agree on the event's figures; some report a different one.
    const jitter = r() < 0.3 ? 0.6 + r() * 0.8 : 1;
    const v = Math.max(2, Math.round(n * eventScale * jitter));
    const out = v >= 1000 ? v.toLocaleString('en-US') : String(v);
    seen.set(m, out);
    return out;
  });
}

function substitute(text, map) {
  const keys = Object.keys(map).sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(${keys.join('|')})\\b`, 'g');
  return text.replace(re, (m) => map[m]);
}

/**
 * Article `index` of the corpus made with `seed`: { file, text, words }.
 * `targetWords` overrides the article's length (default: 550 to 1,050 words, mean ~800).
 */
export function generateArticle(index, { seed = 1, targetWords } = {}) {
  const tpls = sampleTemplates();
  const event = Math.floor(index / EVENT_SIZE);
  const r = rng(hash(seed, index, 2));
  const er = rng(hash(seed, event, 3));
  const eventScale = 0.4 + er() * 2.6;
  const t = index % EVENT_SIZE < tpls.length ? (index + event) % tpls.length : Math.floor(r() * tpls.length);
  const tpl = tpls[t];
  const target = targetWords ?? Math.round(550 + r() * 500);

  // Own body, shuffled, with a paragraph or two sometimes dropped.
  const body = tpl.body.filter(() => r() > 0.1);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [body[i], body[j]] = [body[j], body[i]];
  }
  // Borrow paragraphs from the other samples (same event, so same names) until long enough.
  const pool = tpls.filter((_, k) => k !== t).flatMap((x) => x.body).filter((b) => !b.startsWith('```'));
  let words = countWords(tpl.header.join('\n\n')) + countWords(body.join('\n\n'));
  while (words < target && pool.length) {
    const [p] = pool.splice(Math.floor(r() * pool.length), 1);
    body.splice(Math.floor(r() * (body.length + 1)), 0, p);
    words += countWords(p);
  }

  let text = [...tpl.header, ...body].join('\n\n') + '\n';
  const names = eventNames(event, seed);
  text = substitute(text, { ...names, ...articleNames(r) });
  text = rewordQuotes(text, event, seed, names.Selwyn);
  text = perturbNumbers(text, r, eventScale);
  const file = `event-${String(event + 1).padStart(5, '0')}/${tpl.name}-${index % EVENT_SIZE}${tpl.ext}`;
  return { file, text, words: countWords(text) };
}

/** The first `n` articles of the corpus made with `seed`. */
export function generateCorpus(n, opts = {}) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(generateArticle(i, { ...opts, targetWords: opts.longArticle === i ? opts.longWords ?? 1500 : undefined }));
  return out;
}
