// Which people of a document "he" and "she" can refer to, from what the text itself says of
// them: courtesy titles (Mr, Ms), gendered role nouns (spokeswoman, chairman) written next to
// the name, a given name ending in -a, and a pronoun that follows a sentence naming one person alone. Evidence is kept
// by surname, so "Mr Adilov" tells about "Rustam Adilov" anywhere in the article.
import type { Mention } from '../types';
import { gated } from '../prefilter';

export type Gender = 'male' | 'female';

const MALE_BEFORE = /* @__PURE__ */ gated(/\b(?:mr|mister|sir|lord|king|prince|father|brother|monsieur|herr|senor|señor|sheikh|emir)\.?\s+$/i);
const FEMALE_BEFORE = /* @__PURE__ */ gated(/\b(?:ms|mrs|miss|madam|madame|lady|queen|princess|sister|dame|frau|senora|señora|mme)\.?\s+$/i);
const MALE_ROLE = /* @__PURE__ */ gated(/\b(?:spokesman|chairman|congressman|businessman|councilman|policeman|fireman|anchorman|statesman|husband|son|father|brother|grandfather)\b/i);
const FEMALE_ROLE = /* @__PURE__ */ gated(/\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|policewoman|actress|wife|daughter|mother|sister|grandmother|widow)\b/i);

const KIN_BEFORE = /* @__PURE__ */ gated(/\b(husband|son|father|brother|grandfather|wife|daughter|mother|sister|grandmother|widow)\s*,?\s*$/i);

// Given names ending in -a are women's names in most of the languages news names people in
// (Elena, Amina, Marta, Mirela); these are the common men's names that end so.
const MALE_IN_A = new Set(['nikita', 'ilya', 'luca', 'luka', 'andrea', 'nicola', 'nikola', 'mattia', 'elia', 'tobia', 'enea', 'gianluca', 'joshua',
  'jonah', 'noah', 'elijah', 'ezra', 'mustafa', 'musa', 'issa', 'isa', 'hamza', 'osama', 'usama', 'yahya', 'zakaria', 'zakariya', 'taha', 'reza',
  'raza', 'mirza', 'ata', 'abdulla', 'sasha', 'misha', 'dima', 'slava', 'vova', 'kolya', 'tolya', 'petya', 'vanya', 'grisha', 'pasha', 'lyosha',
  'alyosha', 'seryozha', 'zhenya', 'kuzma', 'foma', 'sava', 'danila', 'gavrila', 'mykola', 'mikola', 'yehuda', 'kuba', 'attila', 'pekka', 'jukka',
  'mika', 'mikka', 'akira', 'kazuma', 'takuma', 'ryoma', 'shota', 'yuta', 'kenta', 'sota', 'kota', 'aditya', 'krishna', 'rama', 'shiva', 'surya',
  'bala', 'oba', 'oleksa', 'mykyta', 'ilia', 'ilija', 'andrija', 'mircea', 'horia', 'toma', 'kosta', 'ivica', 'savva', 'jaba', 'mamuka']);

/** A weak cue from a full name's first word: "-a" (outside the men's names above) says female. */
function givenNameGender(m: Mention): Gender | undefined {
  const parts = m.text.trim().split(/\s+/);
  if (parts.length < 2) return undefined;
  const given = parts[0].toLowerCase();
  if (!/^\p{Lu}\p{Ll}+a$/u.test(parts[0]) || given.length < 3 || MALE_IN_A.has(given)) return undefined;
  return 'female';
}

/** What the document says of each surname's gender, and a test of whether a pronoun can refer to a mention. */
export interface GenderIndex {
  of(m: Mention): Gender | undefined;
  /**
   * Whether he/his (male) or she/her (female) can refer to the mention: true when nothing says
   * otherwise; with `weak`, a given name's ending alone does not say otherwise.
   */
  fits(m: Mention, pronoun: string, weak?: boolean): boolean;
}

function surname(m: Mention): string {
  const parts = m.text.trim().split(/\s+/);
  return parts[parts.length - 1].replace(/['’]s$/, '').toLowerCase();
}

/** Reads the gender evidence of a document's person mentions (sorted by offset) in its prose. */
export function indexGender(prose: string, people: readonly Mention[]): GenderIndex {
  const votes = new Map<string, number>();
  // A given name's ending only leans: it decides where the text says nothing else of the person.
  const leaning = new Set<string>();
  const exact = new Map<string, Gender>();
  const vote = (m: Mention, g: Gender, weight: number) => {
    const k = surname(m);
    votes.set(k, (votes.get(k) ?? 0) + (g === 'male' ? weight : -weight));
  };
  for (let i = 0; i < people.length; i++) {
    const m = people[i];
    const before = prose.slice(Math.max(0, m.start - 14), m.start);
    if (MALE_BEFORE.test(before)) vote(m, 'male', 3);
    else if (FEMALE_BEFORE.test(before)) vote(m, 'female', 3);
    // "whose husband, Petro,": the relative named right after the kinship noun, who may share the
    // surname of the person named before ("his wife, Lea Kovač"), so only this name is told of.
    const kin = KIN_BEFORE.exec(prose.slice(Math.max(0, m.start - 24), m.start));
    if (kin) {
      exact.set(m.text, MALE_ROLE.test(kin[1]) ? 'male' : 'female');
      continue;
    }
    // "spokeswoman Nadia Ferhat", "Nadia Ferhat, a spokeswoman for the company".
    // Not a relative's role: "Olena Dashko, whose husband", "her son".
    const near = prose.slice(Math.max(0, m.start - 24), m.start).split(/\b(?:whose|her|his|their)\s+(?=\S+\s*,?\s*$)/i)[0] + ' ' + prose.slice(m.end, m.end + 30).split(/[.;:]|\b(?:whose|her|his|their)\b/i)[0];
    if (MALE_ROLE.test(near) && !FEMALE_ROLE.test(near)) vote(m, 'male', 2);
    else if (FEMALE_ROLE.test(near) && !MALE_ROLE.test(near)) vote(m, 'female', 2);
    if (givenNameGender(m) === 'female') leaning.add(surname(m));
    // A pronoun right after a sentence part that names this person alone: "Dunca said she …".
    const next = people[i + 1];
    const after = prose.slice(m.end, Math.min(next ? next.start : m.end + 80, m.end + 80));
    // Not across a closing quotation mark: "“… from Aleksei Dorin,” she said" tells of the speaker.
    const pronoun = /\b(he|his|him|she|her|hers)\b/i.exec(after.split(/[.!?]\s|[”"]/)[0]);
    if (pronoun) vote(m, /^(?:he|his|him)$/i.test(pronoun[1]) ? 'male' : 'female', 1);
  }
  const told = (m: Mention, lean: boolean): Gender | undefined => {
    const known = exact.get(m.text);
    if (known) return known;
    const v = votes.get(surname(m)) ?? 0;
    return v >= 2 ? 'male' : v <= -2 ? 'female' : lean && v === 0 && leaning.has(surname(m)) ? 'female' : undefined;
  };
  const of = (m: Mention): Gender | undefined => told(m, true);
  return {
    of,
    fits(m, pronoun, weak = false) {
      const g = told(m, !weak);
      if (!g) return true;
      return /^(?:he|his|him)$/.test(pronoun) ? g === 'male' : /^(?:she|her|hers)$/.test(pronoun) ? g === 'female' : true;
    },
  };
}
