import type { Actor, Claim, Contradiction, ContradictionSide, DocumentAnalysis, SourceMeta } from '../types';
import { buildStatements } from './statements';
import { numericContradictions } from './numeric';
import { deniedClaimContradictions, polarityContradictions } from './polarity';
import { statusContradictions } from './status';
import { temporalContradictions } from './temporal';
import { blameContradictions, identityContradictions, sameQuoteContradictions } from './attribution';
import { correctionContradictions, revisionContradictions } from './revision';
import { precedentContradictions } from './precedent';
import { warningContradictions } from './warnings';
import { custodyContradictions } from './custody';
import { chargeContradictions, factContradictions, reachContradictions, servicesContradictions } from './facts';
import { officeContradictions, tenderContradictions } from './office';
import { clockContradictions, signingContradictions } from './clock';
import { orderContradictions, ordererContradictions } from './orders';
import { equipmentContradictions } from './equipment';
import { contaminationContradictions, inspectionContradictions, permitContradictions } from './permits';

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
    ...blameContradictions(statements, actors),
    ...revisionContradictions(statements),
    ...correctionContradictions(statements),
    ...precedentContradictions(statements),
    ...warningContradictions(statements),
    ...custodyContradictions(statements, input.docs, actors),
    ...clockContradictions(statements),
    ...signingContradictions(statements),
    ...orderContradictions(statements),
    ...ordererContradictions(statements),
    ...equipmentContradictions(statements),
    ...permitContradictions(statements),
    ...inspectionContradictions(statements),
    ...contaminationContradictions(statements),
    ...officeContradictions(statements, input.docs, actors),
    ...tenderContradictions(statements),
    ...factContradictions(statements),
    ...servicesContradictions(statements),
    ...reachContradictions(statements),
    ...chargeContradictions(statements),
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
  // Hosts by file, in their order, so each revision looks only at disputes of its own article.
  const byFile = new Map<string, Contradiction[]>();
  for (const x of out) {
    for (const file of new Set(x.sides.map((s) => s.file))) (byFile.get(file) ?? byFile.set(file, []).get(file) as Contradiction[]).push(x);
  }
  const order = new Map(out.map((x, i) => [x, i]));
  const overlaps = (s: ContradictionSide, t: ContradictionSide) => t.file === s.file && t.start < s.end && s.start < t.end;
  for (const r of found.filter((x) => x.revision)) {
    const candidates = [...new Set(r.sides.flatMap((t) => byFile.get(t.file) ?? []))].sort((a, b) => order.get(a)! - order.get(b)!);
    const host = candidates.find((x) => x.sides.some((s) => r.sides.some((t) => overlaps(s, t))));
    if (!host) { out.push(r); continue; }
    host.sides = [...host.sides.filter((s) => !r.sides.some((t) => overlaps(s, t))), ...r.sides];
    host.summary += `; ${r.sides[0].speakerText ?? r.sides[0].outlet ?? 'a speaker'} revised their own account`;
  }
  return out;
}
