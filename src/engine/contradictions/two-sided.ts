import type { Contradiction } from '../types';
import { type Statement, sideOf } from './statements';
import { round } from './numeric';
import { gated } from '../prefilter';

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

// "Claims that its licence was suspended are untrue", "denied that the brakes were faulty": a lack
// named only to be denied. The denial governs the lack: in its own clause before it, or said of it after
// it. Not "Kovač denied knowing about the contract, which was awarded without a tender".
const DENIED_BEFORE = /* @__PURE__ */ gated(/\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing))\b[^.;,]{0,50}$/);
const DENIED_AFTER = /* @__PURE__ */ gated(/^[^.;]{0,40}?\b(?:(?:is|are|was|were)\s+(?:simply\s+|entirely\s+|completely\s+|totally\s+|plainly\s+|all\s+)?(?:untrue|false|baseless|unfounded|groundless|not\s+true|nonsense|lies|wrong)|(?:which|a\s+(?:claim|charge|suggestion|report|allegation))\s+(?:[\w'’]+\s+){0,3}?(?:denie[sd]|rejects|rejected|dismisse[sd]|refute[sd]))\b/);

/** Whether a denial governs a match in a passage's text: before it in its clause, or said of it just after. */
export function deniedNear(lower: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return DENIED_AFTER.test(lower.slice(end, end + 80)) || DENIED_BEFORE.test(lower.slice(Math.max(0, m.index - 60), m.index));
}
