// Ordinary words across a folder: a sentence capitalises its first word, so the tagger may take
// "Survivors say …" or "Power stations cut themselves off" for a name. The folder tells them
// apart: a name is capitalised where no sentence starts too ("talks with Halden", "oil major
// Shell"), or nowhere written in lower case; an ordinary word turns up in lower case ("the
// survivors", "power") and capitalised only at the head of a sentence or line.
import type { Mention, ParsedDocument } from '../types';
import { GAZ, gazetteerCategories, lexKey } from './features';

// One word, capitalised and then in lower case: what a sentence's first word looks like.
const OPENER = /^\p{Lu}\p{Ll}+$/u;
const LETTER = /[\p{L}\p{N}]/u;
// Lists of names: a word one of them holds is a name, whatever the folder does with it.
const NAME_LISTS = GAZ.country | GAZ.city | GAZ.region | GAZ.first | GAZ.surname | GAZ.org | GAZ.person | GAZ.team | GAZ.demonym;

/**
 * Whether the word at `at` opens a sentence or a line: before it, back to the previous full stop,
 * question or exclamation mark, colon or line break, there are only quotation marks, list and
 * emphasis marks, brackets, dashes and footnote markers.
 */
function opensSentence(prose: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = prose[i];
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':') return true;
    // A footnote's marker ("…from the river.[^1][4] Villagers say") is passed over whole.
    if (c === ']') {
      const open = prose.lastIndexOf('[', i);
      if (open < 0 || i - open > 8) return false;
      i = open;
      continue;
    }
    if (LETTER.test(c) || c === ',' || c === ';') return false;
  }
  return true;
}

/** Whether `word` stands in `prose` at `at` as a whole word. */
function wholeWord(prose: string, at: number, length: number): boolean {
  return (at === 0 || !LETTER.test(prose[at - 1])) && (at + length >= prose.length || !LETTER.test(prose[at + length]));
}

/**
 * Takes out of each document's mentions the one-word names that are ordinary words: every time the
 * folder capitalises the word it opens a sentence or line, and the folder writes it in lower case
 * at least once. A word a list of names holds is kept.
 */
export function dropOrdinaryWords(docs: { doc: ParsedDocument; mentions: Mention[] }[]): void {
  const asked = new Set<string>();
  // Words the folder's names hold within a sentence ("Varga" in "said Ilona Varga"): names, found
  // without reading the texts again, as most names of a story are.
  const named = new Set<string>();
  for (const d of docs) {
    for (const m of d.mentions) {
      if (m.end - m.start !== m.text.length) continue;
      const words = m.text.split(' ');
      const opens = opensSentence(d.doc.prose, m.start);
      if (words.length === 1 && OPENER.test(m.text)) {
        if (opens) asked.add(m.text);
        else named.add(m.text);
      } else {
        for (let i = opens ? 1 : 0; i < words.length; i++) named.add(words[i]);
      }
    }
  }
  for (const word of named) asked.delete(word);
  if (asked.size === 0) return;
  const ordinary = new Set<string>();
  for (const word of asked) {
    if (gazetteerCategories(lexKey(word)) & NAME_LISTS) continue;
    const lower = word.toLowerCase();
    let inLowerCase = false;
    let withinSentence = false;
    for (const d of docs) {
      const prose = d.doc.prose;
      for (let at = prose.indexOf(word); at >= 0 && !withinSentence; at = prose.indexOf(word, at + 1)) {
        if (wholeWord(prose, at, word.length) && !opensSentence(prose, at)) withinSentence = true;
      }
      if (withinSentence) break;
      if (!inLowerCase) {
        for (let at = prose.indexOf(lower); at >= 0 && !inLowerCase; at = prose.indexOf(lower, at + 1)) inLowerCase = wholeWord(prose, at, lower.length);
      }
    }
    if (inLowerCase && !withinSentence) ordinary.add(word);
  }
  if (ordinary.size === 0) return;
  for (const d of docs) if (d.mentions.some((m) => ordinary.has(m.text))) d.mentions = d.mentions.filter((m) => !ordinary.has(m.text));
}
