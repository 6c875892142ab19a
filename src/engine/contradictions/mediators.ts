import type { Actor, Contradiction } from '../types';
import { partiesIn, partyKey } from './parties';
import { type Statement, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { gated } from '../prefilter';

// Who brought two sides to a deal: "under a deal mediated by Orlesia", "brokered by Orlesia", "made possible
// by the mediation of Castavia", "thanked Orlesia for its mediation", "Castavia's mediation".
const BY = /* @__PURE__ */ gated(/\b(?:mediated|brokered)\s+by\s+/g);
const OF = /* @__PURE__ */ gated(/\b(?:mediation|good\s+offices)\s+of\s+/g);
const THANKED = /* @__PURE__ */ gated(/\bthank(?:ed|s|ing)?\s+([^.;]{2,60}?)\s+for\s+(?:its|their|his|her)\s+(?:mediation|good\s+offices)\b/g);
const OWN = /* @__PURE__ */ gated(/(?:(\p{L}[\p{L}-]*)['’]s|\b(\p{L}+(?:an|ese|i)))\s+mediation\b/gu);
// A mediation denied, asked about or hoped for says nobody mediated.
const NOT_SAID = /* @__PURE__ */ gated(/\b(?:not|never|no|denied|denies|deny|rejected|whether|if|offered\s+to|would|could|may|might|hopes?\s+to|since|previous|earlier|last|(?:19|20)\d\d)\b/);

/** The parties a passage says mediated, or undefined when it names none or speaks of a mediation it doubts. */
function mediatorsOf(st: Statement, actors: Map<string, Actor>): Set<string> | undefined {
  if (!/mediat|broker|good\s+offices/.test(st.lower)) return undefined;
  const found = new Set<string>();
  const take = (from: number, to: number) => {
    for (const p of partiesIn(st, actors, st.start + from, st.start + to)) found.add(p);
  };
  for (const m of st.lower.matchAll(BY)) {
    if (NOT_SAID.test(st.lower.slice(Math.max(0, m.index - 30), m.index))) continue;
    const tail = st.lower.slice(m.index + m[0].length, m.index + m[0].length + 50);
    // "one brokered by Turkey in 2022": an earlier deal.
    if (/^[^.;]{0,40}?\b(?:in|since)\s+(?:19|20)\d\d\b/.test(tail)) continue;
    take(m.index + m[0].length, m.index + m[0].length + (tail.search(/[,;.(]|\s(?:after|in|on|at|to|whose|who|which)\s/) + 1 || tail.length));
  }
  for (const m of st.lower.matchAll(OF)) {
    if (NOT_SAID.test(st.lower.slice(Math.max(0, m.index - 30), m.index))) continue;
    take(m.index + m[0].length, m.index + m[0].length + 40);
  }
  for (const m of st.lower.matchAll(THANKED)) take(m.index, m.index + m[0].length);
  for (const m of st.lower.matchAll(OWN)) {
    if (NOT_SAID.test(st.lower.slice(Math.max(0, m.index - 30), m.index))) continue;
    take(m.index, m.index + (m[1] ?? m[2]).length);
  }
  // Only places and bodies the corpus names, or countries by their demonyms.
  return found.size ? found : undefined;
}

/** Sources that credit different parties with brokering the story's deal. */
export function mediatorContradictions(statements: Statement[], actors: Map<string, Actor>): Contradiction[] {
  const byParty = new Map<string, Statement[]>();
  const together = new Set<string>();
  for (const st of statements) {
    const who = mediatorsOf(st, actors);
    if (!who) continue;
    // "Talvessa credits Orlesia, Zemlyria Castavia" names both: a passage that reports the dispute takes no side.
    if (who.size > 1) {
      for (const a of who) for (const b of who) together.add(`${a}\u0000${b}`);
      continue;
    }
    const [p] = who;
    (byParty.get(p) ?? byParty.set(p, []).get(p)!).push(st);
  }
  const ranked = [...byParty].sort((a, b) => new Set(b[1].map((s) => s.file)).size - new Set(a[1].map((s) => s.file)).size);
  if (ranked.length < 2) return [];
  const [[pa, a], [pb, b]] = ranked;
  // Named together as co-mediators somewhere, or never by two different sources: no dispute.
  if (together.has(`${pa}\u0000${pb}`) || !a.some((x) => b.some((y) => y.file !== x.file))) return [];
  const name = (p: string) => [...actors.values()].find((x) => (x.type === 'place' || x.type === 'organization') && partyKey(x.name, actors) === p)?.name ?? p.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return [{
    id: '', kind: 'attribution', topic: 'who mediated the deal',
    summary: `Who mediated the deal: ${name(pa)} (${voicesOf(a)}) vs ${name(pb)} (${voicesOf(b)})`,
    confidence: round(0.6),
    sides: [...a.slice(0, 4), ...b.slice(0, 4)].map((s) => sideOf(s)),
  }];
}
