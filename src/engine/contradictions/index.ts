import type { Actor, Claim, Contradiction, DocumentAnalysis, SourceMeta } from '../types';
import { buildStatements } from './statements';
import { numericContradictions } from './numeric';
import { deniedClaimContradictions, polarityContradictions } from './polarity';
import { statusContradictions } from './status';
import { temporalContradictions } from './temporal';
import { identityContradictions, sameQuoteContradictions } from './attribution';
import { revisionContradictions } from './revision';

/** What the contradiction finder compares. */
export interface ContradictionInput {
  docs: DocumentAnalysis[];
  claims: Claim[];
  actors: Actor[];
  sources: SourceMeta[];
}

/** Finds the disagreements between sources, most confident first, with ids x1, x2, … */
export function findContradictions(input: ContradictionInput): Contradiction[] {
  const statements = buildStatements(input.docs, input.claims, input.sources);
  const actors = new Map(input.actors.map((a) => [a.id, a]));
  const found = [
    ...numericContradictions(statements),
    ...polarityContradictions(statements, actors),
    ...deniedClaimContradictions(statements),
    ...statusContradictions(statements),
    ...temporalContradictions(statements),
    ...sameQuoteContradictions(statements),
    ...identityContradictions(statements),
    ...revisionContradictions(statements),
  ];
  found.sort((a, b) => b.confidence - a.confidence || a.kind.localeCompare(b.kind) || a.topic.localeCompare(b.topic));
  return found.map((c, i) => ({ ...c, id: `x${i + 1}` }));
}
