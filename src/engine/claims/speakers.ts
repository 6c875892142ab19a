// Who a speaker phrase refers to: the actor mention inside it, or for pronouns and
// definite descriptions ("he", "its spokesperson", "the ministry") the nearest fitting
// mention before it.
import type { ActorType, Mention } from '../types';

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

// Words that mark an organization name when the tagger did not type a mention.
const ORG_WORDS = /\b(?:ministry|committee|corps|legion|institute|agency|council|group|army|forces|party|union|department|office|service|kremlin|government|court|news|times|journal|post|bank|university|cent(?:er|re)|commission|organi[sz]ation|association|front|brigade|battalion|guard|police|parliament|duma|senate|congress|reuters|tass|interfax|novosti|cnn|bbc|press|media|network|broadcast(?:er|ing)?|company|corporation|inc|ltd|foundation|fund|command|directorate|bureau|authority|administration|federation|movement|watch|monitor|observatory|assembly|cabinet|presidency|house|pentagon|nato|un|eu)\b/i;

/** The type of a mention, guessed from its form when the tagger left it as 'other'. */
export function mentionKind(m: Mention, all: readonly Mention[]): ActorType {
  if (m.type !== 'other') return m.type;
  const t = m.text.trim();
  if (ORG_WORDS.test(t) || /^[A-Z]{2,6}$/.test(t)) return 'organization';
  const parts = t.split(/\s+/);
  if (parts.length >= 2 && parts.length <= 4 && parts.every((p) => /^\p{Lu}[\p{L}'’.-]*$/u.test(p))) return 'person';
  // A single word that ends an earlier person name ("Gladkov" after "Vyacheslav Gladkov").
  if (parts.length === 1) {
    for (const o of all) {
      if (o === m || o.start > m.start) continue;
      const op = o.text.trim().split(/\s+/);
      if (op.length >= 2 && op[op.length - 1] === t && !ORG_WORDS.test(o.text)) return 'person';
    }
  }
  return 'other';
}

/** Mentions overlapping [start, end), in text order. */
export function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  return mentions.filter((m) => m.start < end && m.end > start);
}

/** The nearest mention ending at or before `before` and starting at or after `from` that fits. */
export function nearestMention(mentions: readonly Mention[], before: number, from: number,
  fits: (m: Mention) => boolean): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.end > before || m.start < from) continue;
    if (!fits(m)) continue;
    if (!best || m.end > best.end) best = m;
  }
  return best;
}

/** Picks the mention that names the speaker in a phrase: a person, else an organization, else the last. */
export function headMention(inPhrase: readonly Mention[], all: readonly Mention[], parenthesized: (m: Mention) => boolean): Mention | undefined {
  const usable = inPhrase.filter((m) => !parenthesized(m));
  const list = usable.length ? usable : [...inPhrase];
  const last = (k: ActorType): Mention | undefined => [...list].reverse().find((m) => mentionKind(m, all) === k);
  return last('person') ?? last('organization') ?? list[list.length - 1];
}
