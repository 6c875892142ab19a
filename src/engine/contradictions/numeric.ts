import type { Claim, Contradiction, ContradictionSide, Figure } from '../types';
import type { ContradictionInput } from './index';
import { outletName } from '../corpus';

interface Reading {
  claim: Claim;
  figure: Figure;
}

/** Figures for the same counted quantity (unit class + event class) whose ranges cannot both hold. */
export function numericContradictions(input: ContradictionInput): Contradiction[] {
  const groups = new Map<string, Reading[]>();
  for (const claim of input.claims) {
    for (const figure of claim.figures) {
      if (!figure.unitClass || !figure.eventClass) continue;
      const key = `${figure.unitClass}|${figure.eventClass}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push({ claim, figure });
    }
  }
  const out: Contradiction[] = [];
  for (const [key, readings] of groups) {
    const files = new Set(readings.map((r) => r.claim.file));
    if (files.size < 2) continue;
    // Two camps: the pair of readings from different files whose ranges are furthest apart.
    let best: [Reading, Reading] | undefined;
    let bestGap = 0;
    for (let i = 0; i < readings.length; i++) {
      for (let j = i + 1; j < readings.length; j++) {
        const a = readings[i];
        const b = readings[j];
        if (a.claim.file === b.claim.file) continue;
        const gap = rangeGap(a.figure, b.figure);
        if (gap > bestGap) { bestGap = gap; best = [a, b]; }
      }
    }
    if (!best) continue;
    const [a, b] = best.sort((x, y) => (x.figure.low ?? 0) - (y.figure.low ?? 0));
    const camp = (r: Reading) => readings.filter((x) => rangeGap(x.figure, r.figure) === 0);
    const sides = [...camp(a), ...camp(b)].map((r) => side(input, r));
    const [unit, event] = key.split('|');
    const topic = `${unit} ${event}`;
    out.push({
      id: '',
      kind: 'numeric',
      topic,
      summary: `${capitalize(topic)}: ${a.figure.text} (${who(input, a)}) vs ${b.figure.text} (${who(input, b)})`,
      confidence: 0.6,
      sides: dedupe(sides),
    });
  }
  return out;
}

/** How far apart two ranges are; 0 when they can both hold. */
function rangeGap(a: Figure, b: Figure): number {
  const aLow = a.low ?? -Infinity;
  const aHigh = a.high ?? Infinity;
  const bLow = b.low ?? -Infinity;
  const bHigh = b.high ?? Infinity;
  if (aHigh < bLow) return bLow - aHigh;
  if (bHigh < aLow) return aLow - bHigh;
  return 0;
}

function who(input: ContradictionInput, r: Reading): string {
  const source = outletName(input.sources.find((s) => s.file === r.claim.file), r.claim.file);
  return r.claim.speakerText ? `${r.claim.speakerText}, ${source}` : source;
}

function side(input: ContradictionInput, r: Reading): ContradictionSide {
  const c = r.claim;
  return {
    file: c.file, start: c.start, end: c.end, text: c.text, claim: c.id,
    speaker: c.speaker, speakerText: c.speakerText,
    outlet: outletName(input.sources.find((s) => s.file === c.file), c.file),
    value: r.figure.text,
  };
}

function dedupe(sides: ContradictionSide[]): ContradictionSide[] {
  const seen = new Set<string>();
  return sides.filter((s) => {
    const k = `${s.file}:${s.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
