import type { Contradiction, Figure } from '../types';
import { UPDATE } from './lexicon';
import { type Statement, sideOf, voicesOf } from './statements';

interface Reading {
  st: Statement;
  figure: Figure;
  low: number;
  high: number;
}

// "People" in a casualty count are civilians unless said otherwise; other sets stay apart.
const UNIT_MERGE: Record<string, string> = { civilians: 'people', residents: 'people', persons: 'people' };

/** The set a figure counts: unit class and event class, or undefined when it is not a count of something that happened. */
export function quantityKey(f: Figure): string | undefined {
  if (!f.unitClass || !f.eventClass) return undefined;
  if (f.unitClass === 'money' || f.unitClass === 'percent') return undefined;
  return `${UNIT_MERGE[f.unitClass] ?? f.unitClass}|${f.eventClass}`;
}

/** Whether two ranges can both hold. */
function compatible(a: Reading, b: Reading): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Place actors named in a statement: figures for different places count different sets. */
function places(st: Statement): Set<string> {
  return new Set(st.mentions.filter((m) => m.type === 'place').map((m) => m.actor ?? m.text));
}

/** Figures for the same counted quantity whose ranges cannot both hold, across sources. */
export function numericContradictions(statements: Statement[]): Contradiction[] {
  const groups = new Map<string, Reading[]>();
  const seen = new Set<string>();
  for (const st of statements) {
    for (const figure of st.figures) {
      const key = quantityKey(figure);
      if (!key || seen.has(`${st.file}:${figure.start}`)) continue;
      seen.add(`${st.file}:${figure.start}`);
      // An explicit update ("rose to", "by Thursday") is a later figure, not a rival one.
      const around = st.lower.slice(Math.max(0, figure.start - st.start - 60), figure.end - st.start + 40);
      if (UPDATE.test(around)) continue;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push({ st, figure, low: figure.low ?? 0, high: figure.high ?? Number.POSITIVE_INFINITY });
    }
  }
  const out: Contradiction[] = [];
  for (const [key, readings] of groups) {
    if (new Set(readings.map((r) => r.st.file)).size < 2) continue;
    // Camps: readings compatible with a seed reading; the two camps furthest apart are the dispute.
    const camps: Reading[][] = [];
    for (const r of [...readings].sort((a, b) => a.low - b.low || a.high - b.high)) {
      const camp = camps.find((c) => c.every((x) => compatible(x, r)));
      if (camp) camp.push(r);
      else camps.push([r]);
    }
    if (camps.length < 2) continue;
    let pair: [Reading[], Reading[]] | undefined;
    let pairScore = 0;
    for (let i = 0; i < camps.length; i++) {
      for (let j = i + 1; j < camps.length; j++) {
        const filesA = new Set(camps[i].map((r) => r.st.file));
        const crossSource = camps[j].some((r) => !filesA.has(r.st.file));
        if (!crossSource) continue;
        // Different places named on each side: different sets (a village vs the region).
        const pa = new Set(camps[i].flatMap((r) => [...places(r.st)]));
        const pb = new Set(camps[j].flatMap((r) => [...places(r.st)]));
        if (pa.size && pb.size && ![...pa].some((p) => pb.has(p))) continue;
        const score = camps[i].length + camps[j].length + (camps[i].some((r) => r.st.claim?.speakerText) ? 1 : 0) + (camps[j].some((r) => r.st.claim?.speakerText) ? 1 : 0);
        if (score > pairScore) { pairScore = score; pair = [camps[i], camps[j]]; }
      }
    }
    if (!pair) continue;
    const [a, b] = pair;
    const [unit, event] = key.split('|');
    const topic = `${unit} ${event}`;
    // A camp is named by its most precise figure ("eight" rather than "several").
    const precise = (camp: Reading[]) => camp.reduce((b, r) => (r.high - r.low < b.high - b.low ? r : b));
    const describe = (camp: Reading[]) => `${precise(camp).figure.text} (${voicesOf(camp.map((r) => r.st))})`;
    const hedged = [...a, ...b].some((r) => r.st.hedged);
    // A camp reported entirely after the other may be an update of it: say so.
    const days = (camp: Reading[]) => camp.map((r) => r.st.published).filter((d): d is string => !!d).sort();
    const da = days(a);
    const db = days(b);
    const separated = da.length === a.length && db.length === b.length && (da[da.length - 1] < db[0] || db[db.length - 1] < da[0]);
    let confidence = 0.75 + (a.some((r) => r.st.claim?.speakerText) && b.some((r) => r.st.claim?.speakerText) ? 0.1 : 0);
    if (hedged) confidence -= 0.15;
    const timeNote = separated ? ' — one side was reported entirely later and may supersede the other' : '';
    if (timeNote) confidence -= 0.1;
    out.push({
      id: '',
      kind: 'numeric',
      topic,
      summary: `${capitalize(topic)}: ${describe(a)} vs ${describe(b)}${timeNote}`,
      confidence: round(confidence),
      sides: [...a, ...b].slice(0, 8).map((r) => sideOf(r.st, r.figure.text)),
    });
  }
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Rounds a confidence to two decimals, within [0, 1]. */
export function round(x: number): number {
  return Math.max(0, Math.min(1, Math.round(x * 100) / 100));
}
