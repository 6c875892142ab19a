import type { Actor, Claim, Contradiction, SourceMeta } from '../types';
import { numericContradictions } from './numeric';

/** What the contradiction finder compares. */
export interface ContradictionInput {
  claims: Claim[];
  actors: Actor[];
  sources: SourceMeta[];
}

/** Finds the disagreements between sources, most confident first, with ids x1, x2, … */
export function findContradictions(input: ContradictionInput): Contradiction[] {
  const found = [...numericContradictions(input)];
  found.sort((a, b) => b.confidence - a.confidence || a.topic.localeCompare(b.topic));
  return found.map((c, i) => ({ ...c, id: `x${i + 1}` }));
}
