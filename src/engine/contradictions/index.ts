import type { Actor, Claim, Contradiction, ContradictionSide, DocumentAnalysis, SourceMeta } from '../types';
import { byConfidence } from '../view';
import { buildStatements, type Statement } from './statements';
import { contentWords } from './polarity';
import { numericContradictions } from './numeric';
import { deniedClaimContradictions, polarityContradictions } from './polarity';
import { statusContradictions } from './status';
import { issuedDayContradictions, temporalContradictions } from './temporal';
import { blameContradictions, blamedContradictions, identityContradictions, sameQuoteContradictions, weaponOwnerContradictions } from './attribution';
import { correctionContradictions, revisionContradictions } from './revision';
import { precedentContradictions } from './precedent';
import { warningContradictions } from './warnings';
import { custodyContradictions } from './custody';
import { mediatorContradictions } from './mediators';
import { chargeContradictions, factContradictions, killedOfKindContradictions, reachContradictions, servicesContradictions } from './facts';
import { officeContradictions, tenderContradictions } from './office';
import { clockContradictions, signingContradictions } from './clock';
import { orderContradictions, ordererContradictions } from './orders';
import { equipmentContradictions } from './equipment';
import { watersContradictions } from './waters';
import { whereaboutsContradictions } from './whereabouts';
import { causeContradictions } from './causes';
import { contaminationContradictions, inspectionContradictions, permitContradictions } from './permits';
import { gated } from '../prefilter';

/** What the contradiction finder compares. */
export interface ContradictionInput {
  docs: DocumentAnalysis[];
  claims: Claim[];
  actors: Actor[];
  sources: SourceMeta[];
  /** Put before each id (an event's ids are apart from another event's). */
  idPrefix?: string;
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
    ...issuedDayContradictions(statements),
    ...sameQuoteContradictions(statements, actors),
    ...identityContradictions(statements),
    ...blameContradictions(statements, actors),
    ...weaponOwnerContradictions(statements),
    ...blamedContradictions(statements, actors),
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
    ...killedOfKindContradictions(statements),
    ...watersContradictions(statements),
    ...whereaboutsContradictions(statements),
    ...mediatorContradictions(statements, actors),
    ...causeContradictions(statements),
  ];
  const merged = foldRevisions(oneDisputeEach(withoutRetracted(found, statements)));
  merged.sort(byConfidence);
  return merged.map((c, i) => ({ ...c, id: `${input.idPrefix ?? ''}x${i + 1}`, sides: uniqueSides(c.sides) }));
}

// An outlet taking back what it reported: "Correction. At 08:15 we reported that the ministry had lifted the curfew. That was wrong".
const TAKEN_BACK = /* @__PURE__ */ gated(/\bcorrection\b\s*[.:—-]|\b(?:that|this|it)\s+was\s+wrong\b|\bwe\s+got\s+(?:that|it|this)\s+wrong\b|\bwe\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:reported|said|wrote|stated)\b/);
const WHAT_WAS_REPORTED = /* @__PURE__ */ gated(/\b(?:we|our\s+[\w:.]+(?:\s+[\w:.]+)?)\s+(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:reported|wrote|said|stated)\s+that\s+([^.;]+)/);

/**
 * Passages an outlet itself takes back: the earlier entry whose words a correction notice quotes as
 * what it had reported. They stand in no dispute (a figure an outlet corrects is a revision of its own).
 */
function retracted(statements: Statement[]): Set<string> {
  const out = new Set<string>();
  let files: Map<string, Statement[]> | undefined;
  const byFile = () => {
    if (!files) {
      files = new Map();
      for (const st of statements) (files.get(st.file) ?? files.set(st.file, []).get(st.file)!).push(st);
    }
    return files;
  };
  for (const notice of statements) {
    const said = WHAT_WAS_REPORTED.exec(notice.lower);
    if (!said) continue;
    // The notice may open or close in the sentences around it ("Correction. At 08:15 we reported … That was wrong").
    const around = notice.doc.prose.slice(Math.max(0, notice.start - 40), notice.end + 80).toLowerCase();
    if (!TAKEN_BACK.test(around)) continue;
    const words = contentWords(said[1]);
    if (words.size < 3) continue;
    for (const st of byFile().get(notice.file) ?? []) {
      // Not the notice's own paragraph, which states the right account.
      if (st.file !== notice.file || st === notice) continue;
      const [x, y] = st.start < notice.start ? [st.end, notice.start] : [notice.end, st.start];
      if (x <= y && !notice.doc.prose.slice(x, y).includes('\n')) continue;
      let shared = 0;
      for (const w of contentWords(st.lower)) if (words.has(w)) shared++;
      if (shared >= 3 && shared / words.size >= 0.6) out.add(`${st.file}:${st.start}`);
    }
  }
  return out;
}

/** Disputes without the passages their own outlets took back; a dispute left with one source is none. */
function withoutRetracted(found: Contradiction[], statements: Statement[]): Contradiction[] {
  const gone = retracted(statements);
  if (!gone.size) return found;
  return found.flatMap((x) => {
    if (x.revision) return [x];
    const sides = x.sides.filter((s) => !gone.has(`${s.file}:${s.start}`));
    if (sides.length === x.sides.length) return [x];
    return new Set(sides.map((s) => s.file)).size >= 2 ? [{ ...x, sides }] : [];
  });
}

/**
 * Two detectors that read one dispute ("denied that Varkhonian forces hit the hospital" against "a
 * Varkhonian missile hit the hospital", and whose weapon struck) give it once: a dispute whose
 * passages are mostly another's joins that one, which keeps the name it had.
 */
// The topic of deniedClaimContradictions' disputes.
const DENIED_CLAIM = 'denied claim';

function oneDisputeEach(found: Contradiction[]): Contradiction[] {
  const key = (s: ContradictionSide) => `${s.file}:${s.start}`;
  const keys = found.map((x) => new Set(x.sides.map(key)));
  // Disputes by passage: only those sharing one are compared (a large folder has thousands).
  const byPassage = new Map<string, number[]>();
  keys.forEach((ks, i) => { for (const k of ks) (byPassage.get(k) ?? byPassage.set(k, []).get(k)!).push(i); });
  const gone = new Set<number>();
  for (let i = 0; i < found.length; i++) {
    if (found[i].revision || gone.has(i)) continue;
    const others = [...new Set([...keys[i]].flatMap((k) => byPassage.get(k) ?? []))].sort((a, b) => a - b);
    for (const j of others) {
      // Disputes of one kind stay apart, but for a denial read against statements ("denied claim"), which any detector may name.
      if (i === j || found[j].revision || gone.has(j) || (found[j].kind === found[i].kind && found[i].topic !== DENIED_CLAIM)) continue;
      // The smaller one joins the larger; a "denied but stated" reading joins any named dispute.
      if (keys[i].size > keys[j].size || (keys[i].size === keys[j].size && found[i].topic !== DENIED_CLAIM)) continue;
      let shared = 0;
      for (const k of keys[i]) if (keys[j].has(k)) shared++;
      // A denial read against statements is one side of a dispute another detector names: half its passages will do.
      if (shared < 2 || shared < (found[i].topic === DENIED_CLAIM ? 0.5 : 0.75) * keys[i].size) continue;
      for (const s of found[i].sides) if (!keys[j].has(key(s)) && found[j].sides.length < 9) {
        found[j] = { ...found[j], sides: [...found[j].sides, s] };
        keys[j].add(key(s));
        (byPassage.get(key(s)) ?? byPassage.set(key(s), []).get(key(s))!).push(j);
      }
      gone.add(i);
      break;
    }
  }
  return found.filter((_, i) => !gone.has(i));
}

function uniqueSides(sides: ContradictionSide[]): ContradictionSide[] {
  const seen = new Set<string>();
  return sides.filter((s) => {
    // A headline a page repeats is one side.
    const keys = [`${s.file}:${s.start}:${s.end}`, `${s.file}\u0000${s.text}\u0000${s.value ?? ''}`];
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
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
