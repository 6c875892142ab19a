import type { Actor, Claim, Contradiction, ContradictionSide, DocumentAnalysis, SourceMeta } from '../types';
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
  const actors = new Map(input.actors.map((a) => [a.id, a]));
  const statements = buildStatements(input.docs, input.claims, input.sources, (id) => actors.get(id)?.name);
  const found = [
    ...numericContradictions(statements),
    ...polarityContradictions(statements, actors),
    ...deniedClaimContradictions(statements),
    ...statusContradictions(statements),
    ...temporalContradictions(statements),
    ...sameQuoteContradictions(statements, actors),
    ...identityContradictions(statements),
    ...revisionContradictions(statements),
  ];
  const merged = foldRevisions(found);
  merged.sort((a, b) => b.confidence - a.confidence || a.kind.localeCompare(b.kind) || a.topic.localeCompare(b.topic));
  return merged.map((c, i) => ({ ...c, id: `x${i + 1}`, sides: uniqueSides(c.sides) }));
}

function uniqueSides(sides: ContradictionSide[]): ContradictionSide[] {
  const seen = new Set<string>();
  return sides.filter((s) => {
    const k = `${s.file}:${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A revision inside a passage that already stands in a dispute between sources is part of that
 * dispute (the speaker's first figure is one more reading of the same quantity): its sides join it.
 */
function foldRevisions(found: Contradiction[]): Contradiction[] {
  const out = found.filter((x) => !x.revision);
  for (const r of found.filter((x) => x.revision)) {
    const host = out.find((x) => !x.revision && x.sides.some((s) => r.sides.some((t) => t.file === s.file && t.start < s.end && s.start < t.end)));
    if (!host) { out.push(r); continue; }
    host.sides = [...host.sides.filter((s) => !r.sides.some((t) => t.file === s.file && t.start < s.end && s.start < t.end)), ...r.sides];
    host.summary += `; ${r.sides[0].speakerText ?? r.sides[0].outlet ?? 'a speaker'} revised their own account`;
  }
  return out;
}
