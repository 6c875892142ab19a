import type { Actor, Contradiction } from '../types';
import { DENIAL, INVOLVEMENT } from './lexicon';
import { partiesIn, partyKey, subjectBefore } from './parties';
import { fold, type Statement, sideOf, voicesOf } from './statements';
import { round } from './numeric';

interface Stance {
  st: Statement;
  party: string;
  denies: boolean;
}

/** One source or speaker denying a party's involvement while another affirms it. */
export function polarityContradictions(statements: Statement[], actors: Map<string, Actor>): Contradiction[] {
  const stances: Stance[] = [];
  for (const st of statements) {
    const deny = DENIAL.exec(st.lower);
    if (deny) {
      // The denying party: the subject just before the denial, or the claim's speaker when it is not a person.
      const at = st.start + deny.index;
      const speaker = st.claim?.speaker ? actors.get(st.claim.speaker) : undefined;
      const party = subjectBefore(st, actors, at) ?? (speaker && speaker.type !== 'person' ? partyKey(speaker.name) : undefined);
      const about = /\b(?:involve|role|attack|it\b|responsib|link|behind|part in|support|backing|operation|incursion|raid)/.test(st.lower.slice(deny.index, deny.index + 120))
        || /\bwhich \w+ den(?:y|ies|ied)\b/.test(st.lower);
      if (about && party) stances.push({ st, party, denies: true });
      continue;
    }
    const inv = INVOLVEMENT.exec(st.lower);
    if (!inv || /\b(?:no|not|never|without|claimed|claims|claim)\b/.test(st.lower.slice(Math.max(0, inv.index - 25), inv.index))) continue;
    const at = st.start + inv.index;
    // Who was involved: named inside the phrase ("under Ukrainian command"), after "by", or as its subject.
    const inside = partiesIn(st, actors, at, at + inv[0].length);
    const by = /^\s*by\b/.test(st.lower.slice(inv.index + inv[0].length, inv.index + inv[0].length + 5))
      ? partiesIn(st, actors, at + inv[0].length, Math.min(st.end, at + inv[0].length + 40)) : new Set<string>();
    const subject = subjectBefore(st, actors, at);
    const parties = inside.size ? inside : by.size ? by : subject ? new Set([subject]) : new Set<string>();
    for (const p of parties) stances.push({ st, party: p, denies: false });
  }
  const out: Contradiction[] = [];
  const parties = new Set(stances.map((s) => s.party));
  for (const party of parties) {
    const deny = stances.filter((s) => s.party === party && s.denies);
    const affirm = stances.filter((s) => s.party === party && !s.denies);
    if (!deny.length || !affirm.length) continue;
    const files = new Set([...deny, ...affirm].map((s) => s.st.file));
    if (files.size < 2) continue;
    // Affirmations must be attributed or stated by the outlet as fact; hedged ones weigh less.
    const confidence = 0.65 + (affirm.some((s) => s.st.claim) ? 0.1 : 0) - (affirm.every((s) => s.st.hedged) ? 0.15 : 0);
    const name = party.replace(/\b\w/g, (c) => c.toUpperCase());
    out.push({
      id: '', kind: 'polarity', topic: `${name} involvement`,
      summary: `Was ${name} involved: denied (${voicesOf(deny.map((s) => s.st))}) vs affirmed (${voicesOf(affirm.map((s) => s.st))})`,
      confidence: round(confidence),
      sides: [...best(dedupe(deny)), ...best(dedupe(affirm))].map((s) => sideOf(s.st)),
    });
  }
  return out;
}

/** Up to four sides of a camp: attributed statements first, one per source before a second. */
function best(stances: Stance[]): Stance[] {
  const ranked = [...stances].sort((a, b) => Number(!!b.st.speakerText) - Number(!!a.st.speakerText));
  const picked: Stance[] = [];
  for (const s of ranked) if (picked.length < 4 && !picked.some((p) => p.st.file === s.st.file)) picked.push(s);
  for (const s of ranked) if (picked.length < 4 && !picked.includes(s)) picked.push(s);
  return picked;
}

function dedupe(stances: Stance[]): Stance[] {
  const seen = new Set<string>();
  return stances.filter((s) => {
    const k = `${s.st.file}:${s.st.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const STOP = new Set('a an the and or but of to in on at by for with from that this these those it its it\'s is are was were be been being has have had do does did not no nor as than then so such there their they them he she his her we our you your i me my who whom which what when where why how all any some more most other into over under about after before also only very can could would should will may might must said says told say saying according just up down out off per via'.split(' '));

/** Content words of a text, crudely stemmed, for overlap tests. */
export function contentWords(lower: string): Set<string> {
  const out = new Set<string>();
  for (const w of lower.match(/[a-z][a-z'-]+/g) ?? []) {
    if (STOP.has(w) || w.length < 3) continue;
    out.add(w.replace(/'s$/, '').replace(/(?:ing|ed|es|s)$/, '').replace(/e$/, ''));
  }
  return out;
}

const DENIAL_CUE = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|nothing to do with)\b/;

/** A claim denying what another source's claim affirms about the same actor, by shared content. */
export function deniedClaimContradictions(statements: Statement[]): Contradiction[] {
  const out: Contradiction[] = [];
  const denials = statements.filter((s) => s.claim && DENIAL_CUE.test(s.lower));
  const used = new Set<string>();
  // Affirming claims indexed by the actors they name: a denial is compared only with those.
  const byActor = new Map<string, Statement[]>();
  for (const a of statements) {
    if (!a.claim || a.claim.polarity === 'deny' || DENIAL_CUE.test(a.lower)) continue;
    for (const x of a.actors) {
      let l = byActor.get(x);
      if (!l) byActor.set(x, (l = []));
      l.push(a);
    }
  }
  const words = new Map<Statement, Set<string>>();
  const wordsOf = (s: Statement) => {
    let w = words.get(s);
    if (!w) words.set(s, (w = contentWords(s.lower)));
    return w;
  };
  // Names do not make two sentences say the same thing: only the words of what is denied count.
  const namesOf = (s: Statement) => {
    const out = new Set<string>();
    for (const m of s.mentions) for (const w of contentWords(fold(m.text))) out.add(w);
    return out;
  };
  for (const d of denials) {
    const cue = DENIAL_CUE.exec(d.lower)!;
    const names = namesOf(d);
    const dWords = new Set([...contentWords(d.lower.slice(cue.index + cue[0].length))].filter((w) => !names.has(w)));
    if (dWords.size < 3) continue;
    const matches: Statement[] = [];
    const candidates = new Set([...d.actors].flatMap((x) => byActor.get(x) ?? []));
    for (const a of candidates) {
      if (a.file === d.file) continue;
      const aWords = wordsOf(a);
      let shared = 0;
      for (const w of dWords) if (aWords.has(w)) shared++;
      if (shared >= 3 && shared / dWords.size >= 0.5) matches.push(a);
    }
    if (!matches.length) continue;
    const key = [d, ...matches].map((s) => `${s.file}:${s.start}`).sort().join('|');
    if (used.has(key)) continue;
    used.add(key);
    // Other denials of the same content join the denying side.
    const deniers = [d, ...denials.filter((o) => o !== d && o.file !== d.file && [...d.actors].some((x) => o.actors.has(x)) && overlap(wordsOf(o), dWords) >= 3)];
    for (const o of deniers) used.add([o, ...matches].map((s) => `${s.file}:${s.start}`).sort().join('|'));
    out.push({
      id: '', kind: 'polarity', topic: 'denied claim',
      summary: `Denied by ${voicesOf(deniers)} but stated by ${voicesOf(matches)}`,
      confidence: round(0.6 + (matches.some((m) => m.claim?.speakerText) ? 0.1 : 0)),
      sides: [...deniers, ...matches].slice(0, 8).map((s) => sideOf(s)),
    });
  }
  // One contradiction per denied proposition: drop those whose sides are all inside another's.
  return out.filter((x, i) => !out.some((y, j) => j < i && x.sides.every((s) => y.sides.some((t) => t.file === s.file && t.start === s.start))));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
