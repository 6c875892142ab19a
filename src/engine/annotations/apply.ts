// Applying the journalist's corrections on top of the engine's reading. The engine's view is
// never changed: a new view is built in which rejected mentions are gone, marked ones exist,
// actors are merged, split, renamed and retyped, claims carry the speaker and verdict the
// journalist gave them and dismissed contradictions are set aside. Annotations whose quote
// cannot be found again become orphans, returned with a reason: they stay in the file until
// the journalist re-attaches or deletes them.
import type { Actor, ActorType, Claim, Contradiction, Mention, Span } from '../types';
import { eventOf, mentionAt, type CorpusView } from '../view';
import { formKey } from '../actors/alias-linker';
import { extractFigures } from '../figures';
import { anchorTarget, locate } from './anchor';
import { hash64 } from './hash';
import type {
  ActorMark, Annotation, AnnotationKind, AnnotationsFile, ClaimMark, ClaimSpeaker, ContradictionConfirm, ContradictionDismiss,
  ContradictionNote, ContradictionRef, Target, Verdict,
} from './model';

/** An actor with the ids of the annotations that changed it. */
export interface AnnotatedActor extends Actor {
  corrections?: string[];
}

/** A claim with the journalist's verdict and notes. */
export interface AnnotatedClaim extends Claim {
  verdict?: Verdict;
  notes?: string[];
  corrections?: string[];
}

/** A contradiction with the journalist's confirmation and notes. */
export interface AnnotatedContradiction extends Contradiction {
  confirmed?: boolean;
  notes?: string[];
  corrections?: string[];
}

/** A corpus view with corrections applied. */
export interface AnnotatedView extends CorpusView {
  actors: AnnotatedActor[];
  claims: AnnotatedClaim[];
  contradictions: AnnotatedContradiction[];
  actorById: Map<string, AnnotatedActor>;
  claimById: Map<string, AnnotatedClaim>;
  claimsByFile: Map<string, AnnotatedClaim[]>;
}

export type OrphanReason =
  | 'file-missing' // the article is not in the corpus any more
  | 'quote-not-found' // the annotated text was deleted or rewritten
  | 'quote-ambiguous' // the text is there more than once and nothing tells which is meant
  | 'no-actor' // the text is there but no actor is mentioned at it
  | 'no-claim' // the text is there but no claim covers it
  | 'no-contradiction'; // the engine no longer finds that contradiction

/** An annotation that could not be applied, and why. */
export interface Orphan {
  annotation: Annotation;
  reason: OrphanReason;
  message: string;
}

/** A contradiction the journalist dismissed. */
export interface Dismissal {
  contradiction: AnnotatedContradiction;
  annotation: ContradictionDismiss;
  reason?: string;
}

/** Where an applied annotation's target is now. */
export interface ResolvedAnnotation {
  annotation: Annotation;
  file: string;
  start: number;
  end: number;
  /** False when the quote itself was edited and found by a fuzzy match. */
  exact: boolean;
}

export interface AppliedAnnotations {
  view: AnnotatedView;
  orphans: Orphan[];
  /** How many annotations took effect (all but the orphans). */
  applied: number;
  dismissed: Dismissal[];
  resolved: ResolvedAnnotation[];
}

// Structure before names, names before claims, claims before contradictions: a rename
// applies to the merged actor, a claim's speaker to the actors as corrected.
const PHASE: Record<AnnotationKind, number> = {
  'actor.reject': 0, 'actor.mark': 1, 'actor.split': 2, 'actor.merge': 3, 'actor.retype': 4, 'actor.rename': 5,
  'claim.mark': 6, 'claim.speaker': 7, 'claim.verdict': 8,
  'contradiction.note': 9, 'contradiction.confirm': 9, 'contradiction.dismiss': 9, note: 10,
};

interface Resolved { file: string; start: number; end: number; exact: boolean }
type Failure = { reason: OrphanReason; message: string };

const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);
/** Two spans are "the same thing" when they share at least half of the shorter one. */
const sameSpan = (a: Span, b: Span): boolean => {
  const o = overlap(a, b);
  return o > 0 && o * 2 >= Math.min(a.end - a.start, b.end - b.start);
};
const normalizeSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();
const quote = (s: string): string => `“${s.length > 60 ? s.slice(0, 57) + '…' : s}”`;

/** The stable key of a contradiction: its kind, topic and the quotes of its sides, not its `x3` id. */
export function contradictionKey(c: Contradiction, texts: Map<string, string>): string {
  const parts = c.sides
    .map((s) => `${s.file}\u0000${normalizeSpace(texts.get(s.file)?.slice(s.start, s.end) ?? s.text)}`)
    .sort();
  const topic = c.topic.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `${c.kind}:${topic}:${hash64(parts.join('\u0001'))}`;
}

/** The fields a contradiction annotation needs: its key, its first side as target, the other sides anchored. */
export function contradictionAnchors(c: Contradiction, texts: Map<string, string>): ContradictionRef & { target: Target } {
  const targets = c.sides.map((s) => anchorTarget(s.file, texts.get(s.file) ?? '', s.start, s.end));
  return { key: contradictionKey(c, texts), target: targets[0], others: targets.slice(1) };
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\d&]{1,7}$/u;
// The engine's canonical-name rule: the fullest non-acronym form (more words, then more letters).
const fullness = (text: string): number => {
  const k = formKey(text);
  return k.split(' ').filter(Boolean).length * 1000 + k.length;
};

/** Applies an annotations file to a corpus view; returns a new view, the orphans and the dismissed contradictions. */
export function applyAnnotations(view: CorpusView, file: AnnotationsFile, texts: Map<string, string>): AppliedAnnotations {
  // No corrections: the engine's view as it is (every annotated field is optional), without a copy.
  if (!file.annotations.length) return { view: view as AnnotatedView, orphans: [], applied: 0, dismissed: [], resolved: [] };
  // One structured clone keeps the sharing between actors' mentions and mentionsByFile.
  const [actorList, mentionsByFile, claimList, contradictionList] = structuredClone(
    [view.actors, view.mentionsByFile, view.claims, view.contradictions] as const,
  ) as [AnnotatedActor[], Map<string, Mention[]>, AnnotatedClaim[], AnnotatedContradiction[]];
  const actors = new Map(actorList.map((a) => [a.id, a]));
  const fileOrder = new Map(view.sources.map((s, i) => [s.file, i]));
  const orderOf = (f: string): number => fileOrder.get(f) ?? Number.MAX_SAFE_INTEGER;
  const byPlace = (a: Mention | Claim, b: Mention | Claim): number =>
    orderOf(a.file) - orderOf(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.start - b.start || a.end - b.end;

  const orphans: Orphan[] = [];
  const resolved: ResolvedAnnotation[] = [];
  const dismissed: Dismissal[] = [];
  const touched = new Set<string>();
  const renamed = new Set<string>();
  const mergedInto = new Map<string, string>();
  const marked: Mention[] = [];
  let actorsChanged = false;

  const note = (o: { corrections?: string[] }, id: string): void => {
    if (!o.corrections) o.corrections = [];
    if (!o.corrections.includes(id)) o.corrections.push(id);
  };

  const resolve = (t: Target): Resolved | Failure => {
    const text = texts.get(t.file);
    if (text === undefined) return { reason: 'file-missing', message: `${t.file} is not in the corpus` };
    const found = locate(text, t.selector);
    if (!found.ok) {
      return found.reason === 'ambiguous'
        ? { reason: 'quote-ambiguous', message: `${quote(t.selector.exact)} occurs more than once in ${t.file} and its context does not tell which is meant` }
        : { reason: 'quote-not-found', message: `${quote(t.selector.exact)} is no longer in ${t.file}` };
    }
    return { file: t.file, start: found.start, end: found.end, exact: found.exact };
  };
  const failed = (r: Resolved | Failure): r is Failure => 'reason' in r;

  // ---- actors -------------------------------------------------------------------------
  const fileMentions = (f: string): Mention[] => {
    let list = mentionsByFile.get(f);
    if (!list) mentionsByFile.set(f, (list = []));
    return list;
  };
  const mentionOf = (r: Resolved): Mention | undefined => {
    const m = mentionAt(fileMentions(r.file), r.start, r.end);
    return m && sameSpan(m, r) ? m : undefined;
  };
  const actorOf = (r: Resolved): AnnotatedActor | undefined => {
    const m = mentionOf(r);
    return m?.actor ? actors.get(m.actor) : undefined;
  };
  const dropMention = (m: Mention): void => {
    const list = fileMentions(m.file);
    const i = list.indexOf(m);
    if (i >= 0) list.splice(i, 1);
    const a = m.actor ? actors.get(m.actor) : undefined;
    if (a) {
      a.mentions = a.mentions.filter((x) => x !== m);
      touched.add(a.id);
      if (!a.mentions.length) actors.delete(a.id);
    }
    actorsChanged = true;
  };
  const addMention = (m: Mention, a: AnnotatedActor): void => {
    m.actor = a.id;
    a.mentions.push(m);
    const list = fileMentions(m.file);
    list.push(m);
    list.sort((x, y) => x.start - y.start || x.end - y.end);
    touched.add(a.id);
    actorsChanged = true;
  };
  const newActor = (id: string, name: string, type: ActorType): AnnotatedActor => {
    const a: AnnotatedActor = { id, name, type, aliases: [name], mentions: [] };
    actors.set(id, a);
    return a;
  };
  // Names are linked within a story (see eventOf): a correction in one folder's article names an actor of that folder's story.
  const depth = view.eventDepth ?? 0;
  const ofStory = (a: AnnotatedActor, file: string): boolean => depth === 0 || !a.mentions.length || eventOf(a.mentions[0].file, depth) === eventOf(file, depth);
  const actorByName = (name: string, file: string, type?: ActorType): AnnotatedActor | undefined => {
    const key = formKey(name);
    const lower = name.toLowerCase();
    const rank = (a: AnnotatedActor): number => (a.name.toLowerCase() === lower ? 2 : a.aliases.some((x) => formKey(x) === key) ? 1 : 0);
    return [...actors.values()]
      .filter((a) => rank(a) > 0 && ofStory(a, file))
      .sort((a, b) => rank(b) - rank(a) || Number(b.type === type) - Number(a.type === type) || b.mentions.length - a.mentions.length)[0];
  };

  // ---- claims -------------------------------------------------------------------------
  const claimsByFile = new Map<string, AnnotatedClaim[]>();
  for (const c of claimList) {
    let list = claimsByFile.get(c.file);
    if (!list) claimsByFile.set(c.file, (list = []));
    list.push(c);
  }
  const original = new Map(view.claims.map((c) => [c.id, c]));
  const claimOf = (r: Resolved): AnnotatedClaim | undefined => {
    let best: AnnotatedClaim | undefined;
    let bestOverlap = 0;
    for (const c of claimsByFile.get(r.file) ?? []) {
      const o = overlap(c, r);
      if (o > bestOverlap && sameSpan(c, r)) [best, bestOverlap] = [c, o];
    }
    return best;
  };
  const setSpeaker = (claim: AnnotatedClaim, a: ClaimSpeaker | ClaimMark): Failure | undefined => {
    if (a.speaker) {
      const r = resolve(a.speaker);
      if (failed(r)) return { reason: r.reason, message: `the speaker: ${r.message}` };
      const m = mentionOf(r);
      const text = texts.get(r.file)?.slice(r.start, r.end) ?? a.speaker.selector.exact;
      if (m?.actor && actors.has(m.actor)) claim.speaker = m.actor;
      else delete claim.speaker;
      claim.speakerText = m?.text ?? text;
      if (r.file === claim.file) claim.speakerSpan = { start: r.start, end: r.end };
      else delete claim.speakerSpan;
    } else if (a.speakerName) {
      const actor = actorByName(a.speakerName, claim.file);
      if (actor) claim.speaker = actor.id;
      else delete claim.speaker;
      claim.speakerText = a.speakerName;
      delete claim.speakerSpan;
    } else if (a.kind === 'claim.speaker') {
      delete claim.speaker;
      delete claim.speakerText;
      delete claim.speakerSpan;
    }
    return undefined;
  };

  // ---- contradictions -----------------------------------------------------------------
  const keyed = new Map<string, AnnotatedContradiction[]>();
  for (const c of contradictionList) {
    const k = contradictionKey(c, texts);
    keyed.set(k, [...(keyed.get(k) ?? []), c]);
  }
  const findContradiction = (a: Annotation & ContradictionRef): AnnotatedContradiction | Failure => {
    const same = keyed.get(a.key);
    if (same?.length === 1) return same[0];
    // The passages changed (an edit, a new source): match on the sides that still anchor.
    const [kind, topic] = a.key.split(':');
    const sides = [a.target, ...a.others].map(resolve).filter((r): r is Resolved => !failed(r));
    let best: { c: AnnotatedContradiction; score: number; topic: boolean }[] = [];
    for (const c of contradictionList) {
      if (c.kind !== kind) continue;
      const matched = sides.filter((r) => c.sides.some((s) => s.file === r.file && sameSpan(s, r))).length;
      const score = matched / (sides.length + c.sides.length - matched);
      if (matched < 2 || score < 0.5) continue;
      const entry = { c, score, topic: contradictionKey(c, texts).split(':')[1] === topic };
      if (!best.length || score > best[0].score) best = [entry];
      else if (score === best[0].score) best.push(entry);
    }
    if (best.length > 1) best = best.filter((b) => b.topic);
    if (best.length === 1) return best[0].c;
    return { reason: 'no-contradiction', message: 'the engine no longer finds this contradiction between these passages' };
  };

  // ---- apply, phase by phase, oldest first within a phase -------------------------------
  const ordered = [...file.annotations].sort((a, b) =>
    PHASE[a.kind] - PHASE[b.kind] || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const status = new Map<AnnotatedContradiction, Annotation>();
  let claimsSynced = false;
  let actorsFinished = false;
  const finalId = (id: string): string | undefined => {
    let x = id;
    for (let n = 0; mergedInto.has(x) && n < 1000; n++) x = mergedInto.get(x) as string;
    return actors.has(x) ? x : undefined;
  };

  for (const a of ordered) {
    const orphan = (f: Failure): void => {
      orphans.push({ annotation: a, reason: f.reason, message: f.message });
    };
    if (!claimsSynced && PHASE[a.kind] >= PHASE['claim.mark']) {
      syncSpeakers();
      claimsSynced = true;
    }
    if (a.kind === 'contradiction.confirm' || a.kind === 'contradiction.dismiss' || a.kind === 'contradiction.note') {
      // A contradiction is found by its key or by whichever sides still anchor: its first
      // side alone having been rewritten does not lose it.
      const c = findContradiction(a);
      if ('reason' in c) {
        orphan(c);
        continue;
      }
      applyToContradiction(a, c);
      const first = resolve(a.target);
      const at = failed(first) ? { file: c.sides[0].file, start: c.sides[0].start, end: c.sides[0].end, exact: false } : first;
      resolved.push({ annotation: a, ...at });
      continue;
    }
    const r = resolve(a.target);
    if (failed(r)) {
      orphan(r);
      continue;
    }
    const fail = applyOne(a, r);
    if (fail) orphan(fail);
    else resolved.push({ annotation: a, file: r.file, start: r.start, end: r.end, exact: r.exact });
  }
  if (!claimsSynced) syncSpeakers();

  function applyOne(a: Annotation, r: Resolved): Failure | undefined {
    const noActor = (what: string): Failure => ({ reason: 'no-actor', message: `no actor is mentioned at ${what}` });
    switch (a.kind) {
      case 'actor.reject': {
        // Already gone (the engine no longer finds it) is as good as rejected.
        for (const m of [...fileMentions(r.file)]) if (sameSpan(m, r)) dropMention(m);
        return undefined;
      }
      case 'actor.mark': {
        for (const m of [...fileMentions(r.file)]) if (overlap(m, r) > 0) dropMention(m);
        const text = (texts.get(r.file) ?? '').slice(r.start, r.end);
        const actor = markTarget(a, text, r.file);
        const m: Mention = { file: r.file, start: r.start, end: r.end, text, type: actor.type };
        addMention(m, actor);
        marked.push(m);
        note(actor, a.id);
        return undefined;
      }
      case 'actor.split': {
        const m = mentionOf(r);
        const from = m?.actor ? actors.get(m.actor) : undefined;
        if (!m || !from) return noActor(quote(a.target.selector.exact));
        let to: AnnotatedActor | undefined;
        if (a.into) {
          const ri = resolve(a.into);
          if (failed(ri)) return { reason: ri.reason, message: `the actor to move to: ${ri.message}` };
          to = actorOf(ri);
          if (!to) return noActor(quote(a.into.selector.exact));
          if (to === from) return undefined;
        }
        dropMention(m);
        to ??= newActor(a.id, m.text, from.type);
        addMention(m, to);
        note(to, a.id);
        if (actors.has(from.id)) note(from, a.id);
        return undefined;
      }
      case 'actor.merge': {
        const keep = actorOf(r);
        if (!keep) return noActor(quote(a.target.selector.exact));
        const rw = resolve(a.with);
        if (failed(rw)) return { reason: rw.reason, message: `the actor to merge with: ${rw.message}` };
        const gone = actorOf(rw);
        if (!gone) return noActor(quote(a.with.selector.exact));
        if (gone === keep) return undefined;
        for (const m of gone.mentions) {
          m.actor = keep.id;
          keep.mentions.push(m);
        }
        keep.corrections = [...new Set([...(keep.corrections ?? []), ...(gone.corrections ?? [])])];
        if (renamed.has(gone.id) && !renamed.has(keep.id)) {
          keep.name = gone.name;
          renamed.add(keep.id);
        }
        actors.delete(gone.id);
        mergedInto.set(gone.id, keep.id);
        touched.add(keep.id);
        note(keep, a.id);
        actorsChanged = true;
        return undefined;
      }
      case 'actor.retype': {
        const actor = actorOf(r);
        if (!actor) return noActor(quote(a.target.selector.exact));
        actor.type = a.actorType;
        touched.add(actor.id);
        note(actor, a.id);
        return undefined;
      }
      case 'actor.rename': {
        const actor = actorOf(r);
        if (!actor) return noActor(quote(a.target.selector.exact));
        actor.name = a.name;
        renamed.add(actor.id);
        touched.add(actor.id);
        note(actor, a.id);
        return undefined;
      }
      case 'claim.mark': {
        // All or nothing: a claim whose speaker can no longer be found is not half-made.
        if (a.speaker) {
          const rs = resolve(a.speaker);
          if (failed(rs)) return { reason: rs.reason, message: `the speaker: ${rs.message}` };
        }
        let claim = claimOf(r);
        if (!claim) {
          const text = texts.get(r.file) ?? '';
          const passage = text.slice(r.start, r.end);
          claim = {
            id: a.id, file: r.file, start: r.start, end: r.end, text: passage, cue: '', content: { start: r.start, end: r.end },
            direct: /^\s*["“‘«]/.test(passage), hedged: false, polarity: a.polarity ?? 'affirm', figures: extractFigures(text, r.start, r.end),
          };
          insertClaim(claim);
        } else if (a.polarity) {
          claim.polarity = a.polarity;
        }
        note(claim, a.id);
        return setSpeaker(claim, a);
      }
      case 'claim.speaker': {
        const claim = claimOf(r);
        if (!claim) return { reason: 'no-claim', message: `no claim covers ${quote(a.target.selector.exact)}` };
        const fail = setSpeaker(claim, a);
        if (!fail) note(claim, a.id);
        return fail;
      }
      case 'claim.verdict': {
        const claim = claimOf(r);
        if (!claim) return { reason: 'no-claim', message: `no claim covers ${quote(a.target.selector.exact)}` };
        claim.verdict = a.verdict;
        if (a.note) claim.notes = [...(claim.notes ?? []), a.note];
        note(claim, a.id);
        return undefined;
      }
      case 'note':
      case 'contradiction.confirm':
      case 'contradiction.dismiss':
      case 'contradiction.note':
        return undefined;
    }
  }

  function applyToContradiction(a: ContradictionConfirm | ContradictionDismiss | ContradictionNote, c: AnnotatedContradiction): void {
    if (a.kind === 'contradiction.note') c.notes = [...(c.notes ?? []), a.text];
    else {
      if (a.kind === 'contradiction.confirm' && a.note) c.notes = [...(c.notes ?? []), a.note];
      // Confirm then dismiss (or the reverse): the later judgement stands.
      status.set(c, a);
    }
    note(c, a.id);
  }

  function markTarget(a: ActorMark, text: string, file: string): AnnotatedActor {
    if (a.name) return actorByName(a.name, file, a.actorType) ?? newActor(a.id, a.name, a.actorType);
    const key = formKey(text);
    const same = [...actors.values()]
      .filter((x) => x.type === a.actorType && x.aliases.some((y) => formKey(y) === key) && ofStory(x, file))
      .sort((x, y) => y.mentions.length - x.mentions.length);
    return same[0] ?? newActor(a.id, text, a.actorType);
  }

  function insertClaim(c: AnnotatedClaim): void {
    const i = claimList.findIndex((x) => byPlace(x, c) > 0);
    claimList.splice(i < 0 ? claimList.length : i, 0, c);
    let list = claimsByFile.get(c.file);
    if (!list) claimsByFile.set(c.file, (list = []));
    list.push(c);
    list.sort((x, y) => x.start - y.start);
  }

  /** Recomputes claim speakers the way the corpus does (the actor mentioned at the speaker span), once actors are final. */
  function syncSpeakers(): void {
    finishActors();
    if (!actorsChanged) return;
    for (const c of claimList) {
      const m = c.speakerSpan ? mentionAt(fileMentions(c.file), c.speakerSpan.start, c.speakerSpan.end) : undefined;
      const id = c.speakerSpan ? m?.actor : c.speaker;
      const now = id ? finalId(id) : undefined;
      if (now) c.speaker = now;
      else delete c.speaker;
      // A speaker the engine left as words ("hospital staff") that the journalist has since
      // marked as an actor inside this claim now names that actor.
      if (!c.speaker && !c.speakerSpan && c.speakerText) {
        const key = formKey(c.speakerText);
        const m = marked.find((x) => x.file === c.file && x.start >= c.start && x.end <= c.end && formKey(x.text) === key);
        if (m?.actor && actors.has(m.actor)) {
          c.speaker = m.actor;
          c.speakerSpan = { start: m.start, end: m.end };
        }
      }
    }
  }

  function finishActors(): void {
    if (actorsFinished) return;
    actorsFinished = true;
    for (const id of touched) {
      const a = actors.get(id);
      if (!a) continue;
      a.mentions.sort(byPlace);
      for (const m of a.mentions) {
        m.actor = a.id;
        m.type = a.type;
      }
      const forms = new Map<string, number>();
      for (const m of a.mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
      if (!renamed.has(id)) {
        const full = [...forms.keys()].filter((t) => !ACRONYM.test(t.replace(/\./g, '')));
        const pool = full.length ? full : [...forms.keys()];
        a.name = pool.sort((x, y) => fullness(y) - fullness(x) || (forms.get(y) ?? 0) - (forms.get(x) ?? 0) || (x < y ? -1 : 1))[0] ?? a.name;
      }
      a.aliases = [...new Set([...forms.keys(), a.name])].sort();
    }
  }

  // ---- contradictions: speakers follow the corrected claims and actors --------------------
  const claimById = new Map(claimList.map((c) => [c.id, c]));
  for (const c of contradictionList) {
    for (const s of c.sides) {
      const now = s.claim ? claimById.get(s.claim) : undefined;
      const before = s.claim ? original.get(s.claim) : undefined;
      if (now && before && (now.speaker !== before.speaker || now.speakerText !== before.speakerText)) {
        if (now.speaker) s.speaker = now.speaker;
        else delete s.speaker;
        if (now.speakerText) s.speakerText = now.speakerText;
        else delete s.speakerText;
      } else if (s.speaker) {
        const id = finalId(s.speaker);
        if (id) s.speaker = id;
        else delete s.speaker;
      }
    }
  }
  for (const [c, a] of status) {
    if (a.kind === 'contradiction.dismiss') dismissed.push({ contradiction: c, annotation: a, ...(a.reason ? { reason: a.reason } : {}) });
    else c.confirmed = true;
  }
  const gone = new Set(dismissed.map((d) => d.contradiction));
  const contradictions = contradictionList.filter((c) => !gone.has(c));

  const finalActors = [...actors.values()];
  const out: AnnotatedView = {
    version: view.version,
    eventDepth: view.eventDepth,
    sources: view.sources.map((s) => ({ ...s })),
    actors: finalActors,
    claims: claimList,
    contradictions,
    actorById: new Map(finalActors.map((a) => [a.id, a])),
    claimById,
    mentionsByFile,
    claimsByFile,
  };
  return { view: out, orphans, applied: file.annotations.length - orphans.length, dismissed, resolved };
}
