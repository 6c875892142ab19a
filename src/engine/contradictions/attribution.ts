import type { Actor, Contradiction } from '../types';
import { IDENTITY, DEMONYMS } from './lexicon';
import { contentWords } from './polarity';
import { type Statement, sideOf, voicesOf } from './statements';
import { round } from './numeric';

interface Quote {
  st: Statement;
  /** The quote's words in order, for word-for-word matching of short quotes. */
  words: string[];
  /** Its content words, for matching longer quotes. */
  content: Set<string>;
}

/** The same quotation credited to different speakers by different sources. */
export function sameQuoteContradictions(statements: Statement[], actors: Map<string, Actor>): Contradiction[] {
  // Only named people: a spokesperson's words are also their ministry's, which is no dispute.
  const person = (s: Statement) => !!s.claim?.speaker && actors.get(s.claim.speaker)?.type === 'person';
  const quotes: Quote[] = statements.filter((s) => s.claim?.direct && person(s)).map((st) => {
    const c = st.claim!.content;
    const lower = st.lower.slice(Math.max(0, c.start - st.start), c.end - st.start);
    return { st, words: quoteWords(lower), content: contentWords(lower) };
  });
  // Candidate pairs only: identical short quotes, or quotes sharing one of their two rarest
  // content words (a pair that shares 80% of its words nearly always does). Linear, not quadratic.
  const df = new Map<string, number>();
  for (const q of quotes) for (const w of q.content) df.set(w, (df.get(w) ?? 0) + 1);
  const buckets = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = []));
    b.push(i);
  };
  quotes.forEach((q, i) => {
    if (q.words.length >= 3) put(`=${q.words.join(' ')}`, i);
    for (const w of [...q.content].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1)).slice(0, 2)) put(w, i);
  });
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > 200) continue; // a word in hundreds of quotes says nothing
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = quotes[members[x]];
        const b = quotes[members[y]];
        if (a.st.file === b.st.file || a.st.speakerKey === b.st.speakerKey) continue;
        const key = [a.st.claim!.id, b.st.claim!.id].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        // Short quotes ("This was preventable") must match word for word; longer ones by content words.
        const identical = a.words.length >= 3 && a.words.join(' ') === b.words.join(' ');
        if (!identical) {
          if (a.content.size < 3 || b.content.size < 3) continue;
          let shared = 0;
          for (const w of a.content) if (b.content.has(w)) shared++;
          if (shared / Math.min(a.content.size, b.content.size) < 0.8) continue;
        }
        const an = a.st.speakerName ?? a.st.speakerText;
        const bn = b.st.speakerName ?? b.st.speakerText;
        out.push({
          id: '', kind: 'attribution', topic: 'who said it',
          summary: `The same words are credited to ${an} (${a.st.outlet}) and to ${bn} (${b.st.outlet})`,
          confidence: round(0.7),
          sides: [sideOf(a.st, an), sideOf(b.st, bn)],
        });
      }
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
