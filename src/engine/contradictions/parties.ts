import type { Actor } from '../types';
import { CAPITALS, DEMONYMS } from './lexicon';
import type { Statement } from './statements';

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
