import type { Actor } from '../types';
import { CAPITALS, DEMONYMS } from './lexicon';
import type { Statement } from './statements';

/** Country names, as the demonym and capital tables name them. */
const COUNTRIES = new Set([...Object.values(DEMONYMS), ...Object.values(CAPITALS)]);

/** Normalizes a party so that "Kyiv", "Ukraine" and "Ukrainian" name the same side. */
export function partyKey(name: string): string {
  const n = name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
  return CAPITALS[n] ?? DEMONYMS[n] ?? n;
}

/** The parties a stretch of a statement names: place and organization actors, and demonyms. */
export function partiesIn(st: Statement, actors: Map<string, Actor>, from = st.start, to = st.end): Set<string> {
  const out = new Set<string>();
  for (const m of st.mentions) {
    if (m.end <= from || m.start >= to) continue;
    const a = m.actor ? actors.get(m.actor) : undefined;
    const type = a?.type ?? m.type;
    if (type === 'place' || type === 'organization') out.add(partyKey(a?.name ?? m.text));
  }
  const slice = st.lower.slice(Math.max(0, from - st.start), Math.max(0, to - st.start));
  for (const w of slice.match(/\b[a-z]+\b/g) ?? []) if (DEMONYMS[w]) out.add(DEMONYMS[w]);
  return out;
}

/** The party named nearest before an offset (the subject of a verb there), skipping places used as locations. */
export function subjectBefore(st: Statement, actors: Map<string, Actor>, at: number, window = 45): string | undefined {
  let best: { key: string; end: number } | undefined;
  for (const m of st.mentions) {
    if (m.end > at || m.end < at - window) continue;
    const a = m.actor ? actors.get(m.actor) : undefined;
    const type = a?.type ?? m.type;
    if (type !== 'place' && type !== 'organization') continue;
    // "in the Lenmark region", "inside Aldoria": a place where something happened, not who did it.
    if (/\b(?:in|inside|into|near|across|from|at|of)\s+(?:the\s+)?$/.test(st.lower.slice(Math.max(0, m.start - st.start - 12), m.start - st.start))) continue;
    if (!best || m.end > best.end) best = { key: partyKey(a?.name ?? m.text), end: m.end };
  }
  // Countries, capitals and demonyms by name too, so a party the recognizer missed still counts.
  const slice = st.lower.slice(Math.max(0, at - window - st.start), Math.max(0, at - st.start));
  const words = /\b([a-z]+(?: [a-z]+)?)(?:'s)?\s+(?:[\w"]+\s+){0,2}$/.exec(slice);
  if (words && (!best || at - words[0].length + words[1].length > best.end)) {
    const lexical = [words[1], words[1].split(' ').pop()!].map((w) => DEMONYMS[w] ?? CAPITALS[w] ?? (COUNTRIES.has(w) ? w : undefined)).find(Boolean);
    if (lexical) return lexical;
  }
  return best?.key;
}
