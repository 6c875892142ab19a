import type { Actor, Contradiction } from '../types';
import { IDENTITY, DEMONYMS } from './lexicon';
import { contentWords } from './polarity';
import { type Statement, sideOf, voicesOf } from './statements';
import { round } from './numeric';

/** The same quotation credited to different speakers by different sources. */
export function sameQuoteContradictions(statements: Statement[], actors: Map<string, Actor>): Contradiction[] {
  // Only named people: a spokesperson's words are also their ministry's, which is no dispute.
  const person = (s: Statement) => !!s.claim?.speaker && actors.get(s.claim.speaker)?.type === 'person';
  const quotes = statements.filter((s) => s.claim?.direct && person(s));
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i];
      const b = quotes[j];
      if (a.file === b.file || a.speakerKey === b.speakerKey) continue;
      const ca = a.claim!.content;
      const cb = b.claim!.content;
      const wa = contentWords(a.lower.slice(Math.max(0, ca.start - a.start), ca.end - a.start));
      const wb = contentWords(b.lower.slice(Math.max(0, cb.start - b.start), cb.end - b.start));
      // Short quotes ("This was preventable") must match word for word; longer ones by content words.
      const qa = quoteWords(a.lower.slice(Math.max(0, ca.start - a.start), ca.end - a.start));
      const qb = quoteWords(b.lower.slice(Math.max(0, cb.start - b.start), cb.end - b.start));
      const identical = qa.length >= 3 && qa.join(' ') === qb.join(' ');
      if (!identical) {
        if (wa.size < 3 || wb.size < 3) continue;
        let shared = 0;
        for (const w of wa) if (wb.has(w)) shared++;
        if (shared / Math.min(wa.size, wb.size) < 0.8) continue;
      }
      const key = [a.claim!.id, b.claim!.id].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: '', kind: 'attribution', topic: 'who said it',
        summary: `The same words are credited to ${a.speakerName ?? a.speakerText} (${a.outlet}) and to ${b.speakerName ?? b.speakerText} (${b.outlet})`,
        confidence: round(0.7),
        sides: [sideOf(a, a.speakerName ?? a.speakerText), sideOf(b, b.speakerName ?? b.speakerText)],
      });
    }
  }
  return out;
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

function quoteWords(lower: string): string[] {
  return lower.match(/[a-z0-9']+/g) ?? [];
}
