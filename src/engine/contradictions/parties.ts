import type { Actor } from '../types';
import { CAPITALS, DEMONYMS } from './lexicon';
import { demonymStem, placeStem } from '../actors/demonyms';
import type { Statement } from './statements';

/** Country names, as the demonym and capital tables name them. */
const COUNTRIES = new Set([...Object.values(DEMONYMS), ...Object.values(CAPITALS)]);

const placeStems = new WeakMap<Map<string, Actor>, Map<string, string>>();

/** The corpus' own place a demonym derives from ("Tarsian" → tarsia), for countries no table lists. */
export function demonymPlace(word: string, actors?: Map<string, Actor>): string | undefined {
  if (!actors) return undefined;
  let stems = placeStems.get(actors);
  if (!stems) {
    stems = new Map();
    for (const a of actors.values()) {
      const n = a.name.toLowerCase();
      if (a.type === 'place' && /^\p{L}{4,}$/u.test(n)) stems.set(placeStem(n), n);
    }
    placeStems.set(actors, stems);
  }
  const stem = demonymStem(word, (x) => (stems.has(x) ? [stems.get(x)!] : undefined));
  return stem === undefined ? undefined : stems.get(stem);
}

/** Normalizes a party so that "Kyiv", "Ukraine" and "Ukrainian" name the same side. */
export function partyKey(name: string, actors?: Map<string, Actor>): string {
  const n = name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
  return CAPITALS[n] ?? DEMONYMS[n] ?? demonymPlace(n, actors) ?? n;
}

/** The parties a stretch of a statement names: place and organization actors, and demonyms. */
export function partiesIn(st: Statement, actors: Map<string, Actor>, from = st.start, to = st.end): Set<string> {
  const out = new Set<string>();
  for (const m of st.mentions) {
    if (m.end <= from || m.start >= to) continue;
    const a = m.actor ? actors.get(m.actor) : undefined;
    const type = a?.type ?? m.type;
    if (type === 'place' || type === 'organization') out.add(partyKey(a?.name ?? m.text, actors));
  }
  const slice = st.lower.slice(Math.max(0, from - st.start), Math.max(0, to - st.start));
  for (const w of slice.match(/\b[a-z]+\b/g) ?? []) {
    const place = DEMONYMS[w] ?? demonymPlace(w, actors);
    if (place) out.add(place);
  }
  return out;
}

/** The party named nearest before an offset (the subject of a verb there), in the same sentence, skipping places used as locations. */
export function subjectBefore(st: Statement, actors: Map<string, Actor>, at: number, window = 45): string | undefined {
  const rel = at - st.start;
  // Not across a sentence: "… on Tarsian soil. Vardanian forces fired first".
  const head = st.lower.slice(Math.max(0, rel - window), Math.max(0, rel));
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.lastIndexOf('; '));
  const from = at - head.length + (cut >= 0 ? cut + 2 : 0);
  let best: { key: string; end: number } | undefined;
  for (const m of st.mentions) {
    if (m.end > at || m.start < from) continue;
    const a = m.actor ? actors.get(m.actor) : undefined;
    const type = a?.type ?? m.type;
    if (type !== 'place' && type !== 'organization') continue;
    // "in the Lenmark region", "inside Aldoria": a place where something happened, not who did it.
    if (/\b(?:in|inside|into|near|across|from|at|of|on)\s+(?:the\s+)?$/.test(st.lower.slice(Math.max(0, m.start - st.start - 12), m.start - st.start))) continue;
    if (!best || m.end > best.end) best = { key: partyKey(a?.name ?? m.text, actors), end: m.end };
  }
  // Countries, capitals and demonyms by name too, so a party the recognizer missed still counts.
  const slice = st.lower.slice(Math.max(0, from - st.start), Math.max(0, rel));
  const words = [...slice.matchAll(/\b[a-z]+\b/g)];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const end = from + w.index + w[0].length;
    if (best && best.end >= end) break;
    if (/\b(?:in|inside|into|near|across|from|at|of|on)\s+(?:the\s+)?$/.test(slice.slice(0, w.index))) continue;
    // "new delhi", "the hague": two-word names first.
    const pair = i > 0 ? `${words[i - 1][0]} ${w[0]}` : '';
    const lexical = [pair, w[0]].map((x) => DEMONYMS[x] ?? CAPITALS[x] ?? demonymPlace(x, actors) ?? (COUNTRIES.has(x) ? x : undefined)).find(Boolean);
    if (lexical) return lexical;
  }
  return best?.key;
}
