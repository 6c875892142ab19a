// Span and type rules applied after the tagger. The tagger learned CoNLL-2003 conventions; the
// product's conventions differ (titles outside spans, demonyms not actors, the Kremlin as an
// organization, armed groups and ministries as organizations), and some cues are stronger in
// rules than in 1996 newswire statistics.
import type { ActorType, Token } from '../types';
import { GAZ, gazetteerCategories, lexKey } from './features';
import { DEMONYMS, ORG_HEADS, PLACE_HEADS, TITLES } from './lexicon';

/** A proposed mention: a token range of one line and its type. */
export interface Candidate {
  line: number;
  start: number;
  end: number;
  type: ActorType | 'misc';
}

const lowerSet = (xs: string[]): Set<string> => new Set(xs.map(lexKey));
const TITLE_WORDS = lowerSet(TITLES.filter((t) => !t.includes(' ')));
const DEMONYM_WORDS = lowerSet(DEMONYMS);
const ORG_HEAD_WORDS = lowerSet(ORG_HEADS.filter((t) => !t.includes(' ')));
const PLACE_HEAD_WORDS = lowerSet(PLACE_HEADS.filter((t) => !t.includes(' ')));
// Heads that name a body only when they end a name ("... News", not "News of the day").
const WEAK_ORG_HEADS = new Set(['news', 'times', 'post', 'press', 'review', 'city', 'united', 'real', 'team', 'staff', 'head', 'unit', 'media', 'capital', 'trust', 'exchange', 'network', 'channel']);
// Words that may join the parts of a name ("Freedom of Russia Legion", "Institute for the Study of War").
const CONNECTORS = new Set(['of', 'for', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'and', '&']);
const DETERMINERS = new Set(['the', 'a', 'an']);
// Capitalised function words that start sentences and headlines, never names.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'as', 'if',
  'while', 'when', 'after', 'before', 'since', 'as', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'what', 'who', 'how', 'why', 'where', 'there', 'here', 'some', 'many', 'most', 'all', 'no',
  'not', 'yet', 'so', 'even', 'also', 'still', 'only', 'just', 'one', 'two', 'three', 'both', 'each', 'every', 'other', 'another', 'more',
  'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should',
  'photo', 'image', 'video', 'read', 'watch', 'share', 'skip', 'go', 'home', 'menu', 'search', 'advertisement', 'related', 'explained',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow', 'mr', 'mrs', 'ms']);
// Where "the Kremlin" is the building rather than the government.
const LOCATIVE = new Set(['over', 'inside', 'in', 'at', 'near', 'above', 'into', 'outside', 'toward', 'towards', 'around', 'within', 'behind', 'on']);
const PLACE_CATS = GAZ.country | GAZ.city | GAZ.region;

const isCap = (w: string): boolean => /^[\p{Lu}]/u.test(w) || /^\d+(st|nd|rd|th)$/.test(w);
const isWordy = (w: string): boolean => /\p{L}/u.test(w);

/** The gazetteer categories of a token range of a line. */
function rangeCats(words: string[], start: number, end: number): number {
  return gazetteerCategories(words.slice(start, end).map(lexKey).join(' '));
}

/** Applies boundary, type and consistency rules to the tagger's candidates. */
export function applyRules(lines: Token[][], words: string[][], tagged: Candidate[], caps: boolean[]): Candidate[] {
  let cands = tagged.map((c) => trim(words[c.line], c)).filter((c): c is Candidate => c !== null);
  cands = addNameChunks(words, cands, caps);
  cands = cands.map((c) => retype(words[c.line], c)).filter((c): c is Candidate => c !== null);
  cands = addTitledPeople(words, cands, caps);
  cands = addAcronyms(words, cands);
  cands = harmonize(words, cands);
  cands = propagate(lines, words, cands, caps);
  return cands.filter((c) => c.type !== 'misc').sort((a, b) => a.line - b.line || a.start - b.start);
}

/** Strips determiners, titles, possessives and punctuation from a candidate's edges. */
function trim(ws: string[], c: Candidate): Candidate | null {
  let { start, end } = c;
  let type = c.type;
  let titled = false;
  for (;;) {
    const k = lexKey(ws[start] ?? '');
    if (start < end - 1 && DETERMINERS.has(k)) start++;
    else if (start < end - 1 && (TITLE_WORDS.has(k) || TITLE_WORDS.has(k.replace(/\.$/, ''))) && isCap(ws[start + 1])) {
      start++;
      titled = true;
    } else break;
  }
  while (end > start && (/^'s?$/.test(ws[end - 1]) || !isWordy(ws[end - 1]))) end--;
  while (start < end && !isWordy(ws[start]) && !/^\d/.test(ws[start])) start++;
  if (end <= start) return null;
  // "anti-Putin", "Kyiv-aligned", "US-made": a name glued into a modifier is not a mention.
  if (end - start === 1 && /-/.test(ws[start]) && ws[start].split('-').some((p) => /^\p{Ll}/u.test(p))) return null;
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
      if (!isCap(ws[i])) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j < ws.length && isCap(ws[j])) j++;
        else if (j + 1 < ws.length && CONNECTORS.has(lexKey(ws[j])) && ws[j] !== 'and' && isCap(ws[j + 1])) j += 2;
        else if (j + 2 < ws.length && CONNECTORS.has(lexKey(ws[j])) && lexKey(ws[j + 1]) === 'the' && isCap(ws[j + 2])) j += 3;
        else break;
      }
      let s = i;
      while (s < j - 1 && (FUNCTION_WORDS.has(lexKey(ws[s])) || TITLE_WORDS.has(lexKey(ws[s]).replace(/\.$/, '')))) s++;
      const chunk = classifyChunk(ws, s, j);
      if (chunk) added.push({ line, start: chunk.start, end: chunk.end, type: chunk.type });
      i = j;
    }
  });
  if (!added.length) return cands;
  const out = cands.filter((c) => !added.some((a) => a.line === c.line && a.start < c.end && c.start < a.end));
  return [...out, ...added];
}

function classifyChunk(ws: string[], start: number, end: number): { start: number; end: number; type: ActorType } | null {
  if (end - start < 2) return null;
  const last = lexKey(ws[end - 1]);
  const first = lexKey(ws[start]);
  const second = lexKey(ws[start + 1] ?? '');
  // A known name ("United Nations", "Soviet Union") is left to the gazetteer-informed tagger.
  if (rangeCats(ws, start, end) & (PLACE_CATS | GAZ.org)) return null;
  if (ORG_HEAD_WORDS.has(last) && !TITLE_WORDS.has(last)) return { start, end, type: 'organization' };
  if (PLACE_HEAD_WORDS.has(last) && !ORG_HEAD_WORDS.has(last)) return { start, end, type: 'place' };
  // Head first: "Institute for the Study of War", "Ministry of Defence", "Armed Forces of Ukraine".
  for (let h = start; h < end - 2; h++) {
    const k = lexKey(ws[h]);
    if (ORG_HEAD_WORDS.has(k) && !WEAK_ORG_HEADS.has(k) && (lexKey(ws[h + 1]) === 'of' || lexKey(ws[h + 1]) === 'for')) {
      return { start, end, type: 'organization' };
    }
  }
  void first;
  void second;
  return null;
}

/** Fixes types from strong lexical evidence and drops what is not an actor. */
function retype(ws: string[], c: Candidate): Candidate | null {
  const keys = ws.slice(c.start, c.end).map(lexKey);
  // Demonyms ("Russian", "Ukrainian") are not actors unless part of a longer name.
  if (keys.every((k) => DEMONYM_WORDS.has(k) || k === 'the')) return null;
  if (keys.length === 1 && FUNCTION_WORDS.has(keys[0])) return null;
  const cats = gazetteerCategories(keys.join(' '));
  if (keys.length === 1 && keys[0] === 'kremlin') {
    const before = lexKey(ws[c.start - 1] ?? '') === 'the' ? lexKey(ws[c.start - 2] ?? '') : '';
    return { ...c, type: LOCATIVE.has(before) ? 'place' : 'organization' };
  }
  if (cats & GAZ.org) return { ...c, type: 'organization' };
  if (cats & PLACE_CATS && c.type !== 'person') return { ...c, type: 'place' };
  const last = keys[keys.length - 1];
  if (c.type === 'misc' && keys.length > 1 && ORG_HEAD_WORDS.has(last) && !WEAK_ORG_HEADS.has(last)) return { ...c, type: 'organization' };
  return c;
}

/** "Governor X", "spokesman X", "Col. Gen. X": the name after a title is a person. */
function addTitledPeople(words: string[][], cands: Candidate[], caps: boolean[]): Candidate[] {
  const out = cands.slice();
  words.forEach((ws, line) => {
    if (caps[line]) return;
    for (let i = 0; i + 1 < ws.length; i++) {
      const k = lexKey(ws[i]).replace(/\.$/, '');
      if (!TITLE_WORDS.has(k) || !isCap(ws[i + 1])) continue;
      let j = i + 1;
      while (j < ws.length && TITLE_WORDS.has(lexKey(ws[j]).replace(/\.$/, ''))) j++;
      const s = j;
      while (j < ws.length && isCap(ws[j]) && j - s < 4 && !TITLE_WORDS.has(lexKey(ws[j]).replace(/\.$/, ''))) j++;
      if (j === s) continue;
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

/** "Selwyn Port Authority (SPA)": a parenthesized acronym of a name is the same kind of actor. */
function addAcronyms(words: string[][], cands: Candidate[]): Candidate[] {
  const out = cands.slice();
  for (const c of cands) {
    const ws = words[c.line];
    if (c.type === 'misc' || ws[c.end] !== '(' || ws[c.end + 2] !== ')') continue;
    const acr = ws[c.end + 1];
    if (!/^[\p{Lu}][\p{Lu}\d.&-]{1,9}$/u.test(acr)) continue;
    if (!isAcronymOf(acr, ws.slice(c.start, c.end))) continue;
    if (out.some((o) => o.line === c.line && o.start === c.end + 1)) continue;
    out.push({ line: c.line, start: c.end + 1, end: c.end + 2, type: c.type });
  }
  return out;
}

/** Whether an acronym spells initials of the name's words (function words optional). */
export function isAcronymOf(acronym: string, nameWords: string[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const parts = nameWords.flatMap((w) => w.split('-')).filter((w) => /\p{L}/u.test(w));
  const initials = (skip: boolean): string => parts.filter((w) => !skip || !CONNECTORS.has(w.toLowerCase())).map((w) => w[0].toLowerCase()).join('');
  return letters.length >= 2 && (letters === initials(true) || letters === initials(false));
}

const spanKey = (ws: string[], c: Candidate): string => ws.slice(c.start, c.end).map(lexKey).join(' ');

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
    if (k === 'kremlin') return c;
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
function propagate(lines: Token[][], words: string[][], cands: Candidate[], caps: boolean[]): Candidate[] {
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
  const taken = new Set<string>();
  for (const c of cands) for (let i = c.start; i < c.end; i++) taken.add(`${c.line}:${i}`);
  const out = cands.slice();
  words.forEach((ws, line) => {
    if (caps[line]) return;
    for (let i = 0; i < ws.length; i++) {
      const m = firstWord.get(lexKey(ws[i]));
      if (!m || !isCap(ws[i])) continue;
      for (let len = Math.min(m, ws.length - i); len >= 1; len--) {
        const k = ws.slice(i, i + len).map(lexKey).join(' ');
        const hit = known.get(k);
        if (!hit) continue;
        let free = true;
        for (let x = i; x < i + len; x++) if (taken.has(`${line}:${x}`)) free = false;
        // Inside a longer capitalised run the words belong to some other name.
        const glued = (i > 0 && isCap(ws[i - 1]) && !isSentenceStart(ws, i - 1)) || (i + len < ws.length && isCap(ws[i + len]));
        const hyphened = ws.slice(i, i + len).some((w) => w.includes('-'));
        if (free && !glued && !hyphened && ws.slice(i, i + len).every(isCap)) {
          out.push({ line, start: i, end: i + len, type: hit.type });
          for (let x = i; x < i + len; x++) taken.add(`${line}:${x}`);
          i += len - 1;
        }
        break;
      }
    }
  });
  void lines;
  return out;
}

function isSentenceStart(ws: string[], i: number): boolean {
  return i === 0 || /^["'(\[]$/.test(ws[i - 1]);
}
