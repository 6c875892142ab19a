import type { Actor, Contradiction, DocumentAnalysis, Mention } from '../types';
import { type Statement, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';

// "she is being held by the Directorate", "was being held at the headquarters", "is in police custody".
// "Held" alone also says an event took place ("a vigil was held"): it counts with whoever holds.
const HELD = /\b(?:is|was|are|were|been|being|remains?|remained)\s+(?:still\s+)?(?:being\s+)?(?:held\s+(?:by|at|in\s+(?:a\s+|the\s+)?(?:cell|prison|jail|detention|custody)|incommunicado|without\s+charge)|detained|in\s+(?:police\s+|military\s+)?custody|under\s+arrest)\b/;
// "She is not in police custody", "Police deny holding her", "had fled across the border".
const NOT_HELD = [
  /\b(?:not|never|no\s+longer)\s+(?:been\s+|being\s+)?(?:in\s+(?:police\s+|military\s+)?custody|held|detained|under\s+arrest|arrested)\b/,
  /\bden(?:y|ies|ied|ying)\s+(?:holding|detaining|arresting|having\s+(?:arrested|detained))\b/,
  /\b(?:fled|escaped)\s+(?:across|to|into|abroad|the\s+country)\b/,
];
// A release, or a question of who is to blame, is another story: "held responsible", "was released on Monday".
const OTHER = /\b(?:released|freed|let\s+go|responsible|accountable|charged\s+with)\b/;
const PRONOUN = /\b(?:she|he|her|him)\b/;

/** Whether a passage says someone is held, or not held (or gone). */
const custodyOf = perPassage<'held' | 'free' | undefined>();
function readCustody(st: Statement): 'held' | 'free' | undefined {
  if (OTHER.test(st.lower)) return undefined;
  if (NOT_HELD.some((re) => re.test(st.lower))) return 'free';
  return HELD.test(st.lower) ? 'held' : undefined;
}

/** The person a statement is about: the one it names, else for "she"/"he" the last person named before it. */
function personOf(st: Statement, people: Mention[], personActors: Set<string>): string | undefined {
  const named = st.mentions.filter((m) => m.actor && personActors.has(m.actor) && m.actor !== st.claim?.speaker);
  if (named.length) return new Set(named.map((m) => m.actor)).size === 1 ? named[0].actor : undefined;
  const pronoun = PRONOUN.exec(st.lower);
  if (!pronoun) return undefined;
  const at = st.start + pronoun.index;
  let last: Mention | undefined;
  for (const m of people) {
    if (m.end > at) break;
    if (at - m.end <= 600 && m.actor !== st.claim?.speaker) last = m;
  }
  return last?.actor;
}

/**
 * Where a person is, as sources disagree about it: held by the authorities in one ("she is being
 * held by the Directorate"), not held or gone in another ("She is not in police custody", "had fled
 * across the border").
 */
export function custodyContradictions(statements: Statement[], docs: DocumentAnalysis[], actors: Map<string, Actor>): Contradiction[] {
  const personActors = new Set([...actors.values()].filter((a) => a.type === 'person').map((a) => a.id));
  // The people of an article, found only for articles with a sentence about custody.
  const docByFile = new Map(docs.map((a) => [a.doc.file, a]));
  const peopleByFile = new Map<string, Mention[]>();
  const peopleIn = (file: string): Mention[] => {
    let people = peopleByFile.get(file);
    if (!people) {
      people = (docByFile.get(file)?.mentions ?? []).filter((m) => m.actor && personActors.has(m.actor)).sort((x, y) => x.start - y.start);
      peopleByFile.set(file, people);
    }
    return people;
  };
  const held = new Map<string, Statement[]>();
  const free = new Map<string, Statement[]>();
  for (const st of statements) {
    const said = custodyOf(st, readCustody);
    if (!said) continue;
    const who = personOf(st, peopleIn(st.file), personActors);
    if (!who) continue;
    const into = said === 'free' ? free : held;
    (into.get(who) ?? into.set(who, []).get(who)!).push(st);
  }
  const out: Contradiction[] = [];
  for (const [who, heldSides] of held) {
    const freeSides = (free.get(who) ?? []).filter((f) => heldSides.some((h) => h.file !== f.file));
    if (!freeSides.length) continue;
    const hs = heldSides.filter((h) => freeSides.some((f) => f.file !== h.file));
    const name = actors.get(who)?.name ?? 'the person';
    out.push({
      id: '', kind: 'polarity', topic: `whether ${name} is held`,
      summary: `Is ${name} in custody: yes (${voicesOf(hs)}) vs no (${voicesOf(freeSides)})`,
      confidence: round(0.55),
      sides: [...hs.slice(0, 4), ...freeSides.slice(0, 4)].map((s) => sideOf(s)),
    });
  }
  return out;
}
