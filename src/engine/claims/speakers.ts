// Who a speaker phrase refers to: the actor mention inside it, or for pronouns and
// definite descriptions ("he", "its spokesperson", "the ministry") the nearest fitting
// mention before it. Mentions are kept sorted so that lookups stay logarithmic on long
// articles.
import type { ActorType, Mention } from '../types';
import { gated } from '../prefilter';

/** The speaker of a claim as the claims extractor settles it. */
export interface Speaker {
  /** The name or description as written (for pronouns, the antecedent's). */
  text: string;
  /** The actor mention the speaker refers to, when there is one. */
  mention?: Mention;
  /** What kind of speaker this is, for later pronoun resolution. */
  kind: ActorType;
  /** A plural description ("officials", "witnesses"), for "they". */
  plural?: boolean;
}

/** A document's mentions sorted by offset, with their (guessed) types. */
export interface MentionIndex {
  list: readonly Mention[];
  kind: (m: Mention) => ActorType;
}

// Words that mark an organization name when the tagger did not type a mention.
const ORG_WORDS = /* @__PURE__ */ gated(/\b(?:ministry|committee|corps|legion|institute|agency|council|group|army|forces|party|union|department|office|service|kremlin|government|court|news|times|journal|post|bank|university|cent(?:er|re)|commission|organi[sz]ation|association|front|brigade|battalion|guard|police|parliament|duma|senate|congress|reuters|tass|interfax|novosti|cnn|bbc|press|media|network|broadcast(?:er|ing)?|company|corporation|inc|ltd|foundation|fund|command|directorate|bureau|authority|administration|federation|movement|watch|monitor|observatory|assembly|cabinet|presidency|pentagon|nato)\b/i);
const NAME_PART = /* @__PURE__ */ gated(/^\p{Lu}[\p{L}'’.-]*$/u);

/** Sorts mentions and guesses the type of those the tagger left as 'other' (once, in one pass). */
export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  const list = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kinds = new Map<Mention, ActorType>();
  // Surnames of earlier person-like names ("Varga" after "Elena Varga").
  const surnames = new Set<string>();
  // First words of earlier organizations' names ("Pellasca" after "Pellasca Aqua").
  const bodies = new Set<string>();
  for (const m of list) {
    let k: ActorType = m.type;
    const t = m.text.trim();
    const parts = t.split(/\s+/);
    if (k === 'other') {
      if (ORG_WORDS.test(t) || /^[A-Z]{2,6}$/.test(t)) k = 'organization';
      else if (parts.length >= 2 && parts.length <= 4 && parts.every((p) => NAME_PART.test(p))) k = 'person';
      else if (parts.length === 1 && surnames.has(t)) k = 'person';
    }
    // A body's short name the tagger took for a person: "Pellasca Aqua … has asked Pellasca for the logs".
    if (k === 'person' && parts.length === 1 && bodies.has(t) && !surnames.has(t)) k = 'organization';
    if (k === 'person' && parts.length >= 2) surnames.add(parts[parts.length - 1]);
    if (k === 'organization' && parts.length >= 2 && NAME_PART.test(parts[0]) && parts[0].toLowerCase() !== 'the') bodies.add(parts[0]);
    kinds.set(m, k);
  }
  return { list, kind: (m) => kinds.get(m) ?? m.type };
}

/** Index of the first mention whose end is after `offset`. */
function firstEndingAfter(list: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset && list[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions overlapping [start, end), in text order. */
export function mentionsIn(index: MentionIndex, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  // Mentions do not nest much; step back a little for one that starts earlier and ends inside.
  for (let i = Math.max(0, firstEndingAfter(index.list, start) - 4); i < index.list.length; i++) {
    const m = index.list[i];
    if (m.start >= end) break;
    if (m.end > start) out.push(m);
  }
  return out;
}

/** The nearest mention ending at or before `before` and starting at or after `from` that fits. */
export function nearestMention(index: MentionIndex, before: number, from: number,
  fits: (m: Mention) => boolean): Mention | undefined {
  let i = firstEndingAfter(index.list, before);
  // Mentions that start before `before` but end after it do not count.
  for (i = Math.min(i + 4, index.list.length - 1); i >= 0; i--) {
    const m = index.list[i];
    if (m.end < from) break;
    if (m.end > before || m.start < from) continue;
    if (fits(m)) return m;
  }
  return undefined;
}

/** Picks the mention that names the speaker in a phrase: a person, else an organization, else the last. */
export function headMention(inPhrase: readonly Mention[], index: MentionIndex, parenthesized: (m: Mention) => boolean): Mention | undefined {
  const usable = inPhrase.filter((m) => !parenthesized(m));
  const list = usable.length ? usable : [...inPhrase];
  const last = (k: ActorType): Mention | undefined => [...list].reverse().find((m) => index.kind(m) === k);
  return last('person') ?? last('organization') ?? list[list.length - 1];
}
