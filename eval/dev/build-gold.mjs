#!/usr/bin/env node
// Builds eval/dev/gold/<event>.json from the hand-written source eval/dev/src/<event>.mjs
// and the articles in eval/dev/corpora/<event>/.
//
//   node eval/dev/build-gold.mjs                 build every event
//   node eval/dev/build-gold.mjs belcova-dam     build one event
//   node eval/dev/build-gold.mjs EVENT --print   also print every mention and ignored span in context
//
// Mentions are computed from each actor's surface forms: case-sensitive, whole words
// (no letter or digit on either side), longest form first, never overlapping a longer
// match, an explicit assignment, a blocked span or an ignored span. A form glued to a
// word by a hyphen or dash ("Mabeko-based") is not a mention: it goes to `ignore`.
// Offsets are JavaScript string (UTF-16) indices into the file as read with 'utf8'.
// Every claim and contradiction quote must be an exact substring of its file.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const GUIDELINES = [
  'Types: person, organization, place.',
  'place includes countries, cities, regions and other geopolitical entities, also when used for their government ("points the finger at Astrel", "Ask Ulmara").',
  'A government seat used as the government is an organization.',
  'Titles are outside spans ("Energy Minister Rustam Adilov" -> "Rustam Adilov"; "Gen.", "Dr.", "Mr", "Col." are outside).',
  "A possessive 's (or ’s) is outside the span; an 's that belongs to the name stays inside (\"St. Anne's Mission Hospital\", \"Prosecutor General's Office\").",
  'A leading "The" is inside the span only for media whose name includes it ("The Astrel Chronicle"); short forms ("the Chronicle") are spanned without the article.',
  'Demonyms and adjectives ("Karsenian", "Vardanian", "Kandumans") are not mentions.',
  'Names glued into hyphenated modifiers go to ignore ("Mabeko-based", "NPA-branded"; here also the dashed "Tarsia–Vardania").',
  'Lowercase references to named bodies are nominal and in ignore ("the ministry", "the company", "the police"); so are titles used without a name ("the Prime Minister", "the colonel").',
  'Nested names are not counted: a place inside an organization\'s name is not a place mention ("Zelenets District Hospital", "University of Astrel Hospital", "Red Crescent Society of Tarsia").',
  'Outlets named inside the text ("told KBC", "the Courier", a dateline agency) are organization mentions.',
  'Clarification for this set: named facilities and features (a dam, a border post, a ridge, a mountain pass, a river, a square, a street) are typed place.',
  'Clarification for this set: metadata (YAML front matter, outlet/date/byline header lines) is in ignore; headlines written as text (# Headline, the first line of a .txt) are counted.',
];

function args(argv) {
  const out = { events: [], print: false };
  for (const a of argv.slice(2)) {
    if (a === '--print') out.print = true;
    else out.events.push(a);
  }
  return out;
}

const isWordChar = (c) => !!c && /[\p{L}\p{N}]/u.test(c);
const isDash = (c) => c === '-' || c === '–' || c === '‑';
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function allIndexes(t, s) {
  const out = [];
  if (!s) return out;
  let i = t.indexOf(s);
  while (i >= 0) { out.push(i); i = t.indexOf(s, i + 1); }
  return out;
}

// Resolve {file, text, context?, nth?} to spans. With context: the context must occur
// once in the file and contain text once (or nth occurrence). Without context: every
// whole-word occurrence of text.
function locate(texts, ref, errors, what) {
  const t = texts[ref.file];
  if (t === undefined) { errors.push(`${what}: unknown file ${ref.file}`); return []; }
  if (ref.context) {
    const cs = allIndexes(t, ref.context);
    if (cs.length !== 1) { errors.push(`${what}: context occurs ${cs.length} times in ${ref.file}: ${JSON.stringify(ref.context)}`); return []; }
    const inner = allIndexes(ref.context, ref.text);
    const k = ref.nth ?? 0;
    if (inner.length === 0 || (inner.length > 1 && ref.nth === undefined)) { errors.push(`${what}: text occurs ${inner.length} times in context: ${JSON.stringify(ref.text)} / ${JSON.stringify(ref.context)}`); return []; }
    const s = cs[0] + inner[k];
    return [{ start: s, end: s + ref.text.length }];
  }
  const out = [];
  for (const i of allIndexes(t, ref.text)) {
    const j = i + ref.text.length;
    if (isWordChar(t[i - 1]) || isWordChar(t[j])) continue;
    out.push({ start: i, end: j });
  }
  if (!out.length) errors.push(`${what}: ${JSON.stringify(ref.text)} not found in ${ref.file}`);
  return out;
}

function metadataSpans(file, t, metaLines) {
  const out = [];
  if (t.startsWith('---\n')) {
    const close = t.indexOf('\n---\n', 4);
    if (close > 0) out.push({ start: 0, end: close + 4, why: 'metadata: YAML front matter' });
  }
  const lines = t.split('\n');
  const starts = [];
  let p = 0;
  for (const l of lines) { starts.push(p); p += l.length + 1; }
  for (const n of metaLines || []) {
    const i = n - 1;
    if (i < 0 || i >= lines.length) continue;
    out.push({ start: starts[i], end: starts[i] + lines[i].length, why: 'metadata: header line (outlet, date or byline)' });
  }
  return out;
}

export async function build(event, { print = false } = {}) {
  const srcPath = join(here, 'src', `${event}.mjs`);
  const src = (await import(pathToFileURL(srcPath).href)).default;
  const corpusDir = join(here, 'corpora', event);
  const files = readdirSync(corpusDir).filter((f) => !f.startsWith('.')).sort();
  if (JSON.stringify(files) !== JSON.stringify([...src.files].sort())) {
    throw new Error(`${event}: files in ${corpusDir} (${files}) differ from src.files (${src.files})`);
  }
  const texts = {};
  for (const f of files) texts[f] = readFileSync(join(corpusDir, f), 'utf8');
  const errors = [];
  const warnings = [];
  const actorsById = new Map(src.actors.map((a) => [a.id, a]));
  if (actorsById.size !== src.actors.length) errors.push('duplicate actor ids');

  // 1. ignore: metadata, explicit ignores, nominal patterns.
  const ignore = [];
  for (const f of files) for (const m of metadataSpans(f, texts[f], (src.meta || {})[f])) ignore.push({ file: f, ...m });
  for (const ig of src.ignore || []) {
    for (const s of locate(texts, ig, errors, `ignore ${ig.text}`)) ignore.push({ file: ig.file, ...s, why: ig.why });
  }
  for (const nom of src.nominals || []) {
    const re = new RegExp(nom.pattern, 'g');
    for (const f of files) {
      for (const m of texts[f].matchAll(re)) {
        const s = { file: f, start: m.index, end: m.index + m[0].length, why: nom.why || 'nominal reference to a named body' };
        if (!ignore.some((x) => x.file === f && overlaps(x, s))) ignore.push(s);
      }
    }
  }
  // 2. blocked spans: not mentions, not ignored (a tool reporting them is wrong).
  const blocked = [];
  for (const b of src.block || []) for (const s of locate(texts, b, errors, `block ${b.text}`)) blocked.push({ file: b.file, ...s, why: b.why });

  // 3. explicit assignments.
  const mentions = [];
  for (const as of src.assign || []) {
    if (!actorsById.has(as.actor)) { errors.push(`assign: unknown actor ${as.actor}`); continue; }
    for (const s of locate(texts, as, errors, `assign ${as.text}`)) {
      if (mentions.some((m) => m.file === as.file && overlaps(m, s))) { errors.push(`assign overlaps: ${as.file} ${as.text}`); continue; }
      mentions.push({ file: as.file, ...s, actor: as.actor, how: 'assigned' });
    }
  }

  // 4. forms, longest first.
  const formOwners = new Map();
  for (const a of src.actors) for (const form of a.forms) {
    if (!formOwners.has(form)) formOwners.set(form, []);
    formOwners.get(form).push(a.id);
  }
  const forms = [...formOwners.keys()].sort((x, y) => y.length - x.length);
  const autoIgnored = [];
  for (const f of files) {
    const t = texts[f];
    for (const form of forms) {
      for (const i of allIndexes(t, form)) {
        const s = { start: i, end: i + form.length };
        if (isWordChar(t[i - 1]) || isWordChar(t[s.end])) continue;
        if (mentions.some((m) => m.file === f && overlaps(m, s))) continue;
        if (blocked.some((b) => b.file === f && overlaps(b, s))) continue;
        if (ignore.some((x) => x.file === f && overlaps(x, s))) continue;
        // (to count a glued name anyway, give it an assign entry: assignments come first)
        const glued = (isDash(t[i - 1]) && isWordChar(t[i - 2])) || (isDash(t[s.end]) && isWordChar(t[s.end + 1]));
        if (glued) {
          const x = { file: f, ...s, why: 'name glued into a hyphenated or dashed modifier' };
          ignore.push(x); autoIgnored.push(x);
          continue;
        }
        const owners = formOwners.get(form);
        if (owners.length > 1) { errors.push(`ambiguous form ${JSON.stringify(form)} (${owners}) at ${f}@${i} needs an assign entry: …${t.slice(Math.max(0, i - 50), s.end + 30).replace(/\n/g, ' ')}…`); continue; }
        mentions.push({ file: f, ...s, actor: owners[0], how: 'form' });
      }
    }
  }

  // 5. actors with mentions and the forms actually used.
  const actors = src.actors.map((a) => {
    const ms = mentions.filter((m) => m.actor === a.id).sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.start - y.start));
    const used = [];
    for (const m of ms) { const s = texts[m.file].slice(m.start, m.end); if (!used.includes(s)) used.push(s); }
    for (const form of a.forms) if (!used.includes(form) && form !== a.name) warnings.push(`form never used: ${a.id} ${JSON.stringify(form)}`);
    if (!ms.length) errors.push(`actor without mentions: ${a.id}`);
    return {
      id: a.id, name: a.name, type: a.type, forms: used,
      ...(a.note ? { note: a.note } : {}),
      mentions: ms.map((m) => ({ file: m.file, start: m.start, end: m.end, text: texts[m.file].slice(m.start, m.end) })),
    };
  });

  // 6. quotes.
  const checkQuote = (file, quote, what, maxLen) => {
    const t = texts[file];
    if (t === undefined) { errors.push(`${what}: unknown file ${file}`); return; }
    const n = allIndexes(t, quote).length;
    if (!n) errors.push(`${what}: quote not in ${file}: ${JSON.stringify(quote)}`);
    else if (n > 1) warnings.push(`${what}: quote occurs ${n} times in ${file}: ${JSON.stringify(quote.slice(0, 60))}`);
    if (maxLen && quote.length >= maxLen) errors.push(`${what}: quote longer than ${maxLen}: ${JSON.stringify(quote.slice(0, 60))}`);
  };
  const nameOk = (speaker) => src.actors.some((a) => a.name === speaker);
  for (const c of src.claims) {
    checkQuote(c.file, c.quote, `claim ${c.quote.slice(0, 30)}`);
    if (!c.speaker || !c.cue) errors.push(`claim without speaker or cue: ${c.quote.slice(0, 40)}`);
    if (c.speakerIsActor !== false && !nameOk(c.speaker)) warnings.push(`claim speaker is not an actor name (description?): ${c.speaker}`);
    if (!texts[c.file]?.includes(c.cue)) errors.push(`claim cue not in ${c.file}: ${c.cue}`);
  }
  const ids = new Set();
  for (const x of src.contradictions) {
    if (ids.has(x.id)) errors.push(`duplicate contradiction id ${x.id}`);
    ids.add(x.id);
    if (!['core', 'secondary'].includes(x.level)) errors.push(`${x.id}: level`);
    if (!['numeric', 'polarity', 'status', 'attribution', 'temporal'].includes(x.kind)) errors.push(`${x.id}: kind`);
    for (const s of x.sides) checkQuote(s.file, s.quote, `contradiction ${x.id}`, 200);
    const a = x.sides.filter((s) => s.camp === 'A'); const b = x.sides.filter((s) => s.camp === 'B');
    if (!a.length || !b.length) errors.push(`${x.id}: needs both camps`);
    const filesUsed = new Set(x.sides.map((s) => s.file));
    if (filesUsed.size < 2 && !x.revision) errors.push(`${x.id}: sides from one file only (mark revision: true if intended)`);
  }
  for (const x of src.non_contradictions) {
    if (ids.has(x.id)) errors.push(`duplicate id ${x.id}`);
    ids.add(x.id);
    if (x.sides.length < 2) errors.push(`${x.id}: a look-alike needs two sides`);
    for (const s of x.sides) checkQuote(s.file, s.quote, `non-contradiction ${x.id}`, 200);
  }

  const gold = {
    corpus: src.corpus,
    note: src.note,
    guidelines: GUIDELINES,
    files,
    actors,
    ignore: ignore.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.start - y.start))
      .map((x) => ({ file: x.file, start: x.start, end: x.end, text: texts[x.file].slice(x.start, x.end), why: x.why })),
    claims: src.claims.map(({ speakerIsActor, ...c }) => c),
    contradictions: src.contradictions.map(({ revision, ...x }) => ({ ...x, ...(revision ? { revision: true } : {}) })),
    non_contradictions: src.non_contradictions,
  };

  if (print) {
    for (const f of files) {
      const t = texts[f];
      console.log(`\n===== ${f}`);
      const rows = [
        ...mentions.filter((m) => m.file === f).map((m) => ({ ...m, tag: `${m.actor}${m.how === 'assigned' ? '*' : ''}` })),
        ...ignore.filter((x) => x.file === f && x.end - x.start < 80).map((x) => ({ ...x, tag: `IGNORE(${x.why.split(':')[0].slice(0, 20)})` })),
        ...blocked.filter((x) => x.file === f).map((x) => ({ ...x, tag: 'BLOCK' })),
      ].sort((x, y) => x.start - y.start);
      for (const r of rows) {
        const ctx = `${t.slice(Math.max(0, r.start - 35), r.start)}[${t.slice(r.start, r.end)}]${t.slice(r.end, r.end + 25)}`.replace(/\n/g, '⏎');
        console.log(`${String(r.start).padStart(5)} ${r.tag.padEnd(22)} ${ctx}`);
      }
    }
  }
  return { gold, errors, warnings, counts: {
    articles: files.length,
    words: files.reduce((n, f) => n + texts[f].split(/\s+/).filter(Boolean).length, 0),
    actors: actors.length,
    mentions: mentions.length,
    ignore: ignore.length,
    claims: src.claims.length,
    contradictions: src.contradictions.length,
    byKind: src.contradictions.reduce((o, x) => ({ ...o, [x.kind]: (o[x.kind] || 0) + 1 }), {}),
    core: src.contradictions.filter((x) => x.level === 'core').length,
    lookalikes: src.non_contradictions.length,
  } };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const opt = args(process.argv);
  const events = opt.events.length ? opt.events : readdirSync(join(here, 'src')).filter((f) => f.endsWith('.mjs')).map((f) => f.replace(/\.mjs$/, '')).sort();
  let failed = false;
  for (const ev of events) {
    const { gold, errors, warnings, counts } = await build(ev, opt);
    for (const w of warnings) console.log(`${ev}: warning: ${w}`);
    for (const e of errors) console.log(`${ev}: ERROR: ${e}`);
    if (errors.length) { failed = true; continue; }
    const out = join(here, 'gold', `${ev}.json`);
    writeFileSync(out, JSON.stringify(gold, null, 1) + '\n');
    console.log(`${ev}: wrote ${out.replace(here + '/', 'eval/dev/')} ${JSON.stringify(counts)}`);
  }
  if (failed) process.exit(1);
}
