import type { Contradiction } from '../types';
import { type Statement, sideOf } from './statements';
import { round } from './numeric';

/** What a passage says of a thing: yes ("the signal worked", "held a valid certificate") or no. */
export interface YesNo {
  thing: string;
  yes: boolean;
}

/**
 * Passages grouped by the thing they say yes or no about, where sources disagree: each side keeps
 * only its passages that another source contradicts.
 */
export function disagreements(statements: Statement[], read: (st: Statement) => YesNo | undefined): Array<{ thing: string; yes: Statement[]; no: Statement[] }> {
  const byThing = new Map<string, { yes: Statement[]; no: Statement[] }>();
  for (const st of statements) {
    const r = read(st);
    if (!r) continue;
    let g = byThing.get(r.thing);
    if (!g) byThing.set(r.thing, (g = { yes: [], no: [] }));
    (r.yes ? g.yes : g.no).push(st);
  }
  const out: Array<{ thing: string; yes: Statement[]; no: Statement[] }> = [];
  for (const [thing, { yes, no }] of byThing) {
    const y = yes.filter((a) => no.some((b) => b.file !== a.file));
    const n = no.filter((b) => yes.some((a) => a.file !== b.file));
    if (y.length && n.length) out.push({ thing, yes: y, no: n });
  }
  return out;
}

/** A yes-or-no dispute: up to four passages a side, less sure when every one of them hedges. */
export function yesNoContradiction(topic: string, summary: string, yes: Statement[], no: Statement[]): Contradiction {
  return {
    id: '', kind: 'polarity', topic, summary,
    confidence: round(0.55 - ([...yes, ...no].every((s) => s.hedged) ? 0.1 : 0)),
    sides: [...yes.slice(0, 4), ...no.slice(0, 4)].map((s) => sideOf(s)),
  };
}

// "Claims that its licence was suspended are untrue": a lack named only to be denied.
const DENIED = /\b(?:untrue|false|baseless|unfounded|groundless|not true|nonsense|lies|den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\b/;

/** Whether a denial stands within 60 characters either side of a match in a passage's text. */
export function deniedNear(lower: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return DENIED.test(lower.slice(end, end + 60)) || DENIED.test(lower.slice(Math.max(0, m.index - 60), m.index));
}
