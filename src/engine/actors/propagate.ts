// Names across a folder: articles about one event name the same bodies, people and places in the
// same words, and a name the tagger read in one article but let pass in another ("a Pellura Air
// jet", a name opening a sentence) is the same actor there. Only names of two words or more are
// carried over, exactly as written, and only where they stand apart from other capitalised words.
import type { ActorType, Mention, ParsedDocument } from '../types';
import { gated } from '../prefilter';

const CAPITAL = /* @__PURE__ */ gated(/\p{Lu}/u);
const WORD_CHAR = /* @__PURE__ */ gated(/[\p{L}\p{N}]/u);

interface Form {
  text: string;
  type: ActorType;
}

/** The capitalised word that touches [start, end) from before or after, if any: then the span is part of a longer name. */
function gluedToName(prose: string, start: number, end: number): boolean {
  if (start > 0 && WORD_CHAR.test(prose[start - 1])) return true;
  if (end < prose.length && WORD_CHAR.test(prose[end])) return true;
  // "Pellura Air Cargo", "North Pellura Air": a name that goes on is another name.
  const after = /^[ \t]+(\p{Lu}[\p{L}\p{M}]*)/u.exec(prose.slice(end, end + 40));
  if (after) return true;
  const before = /(\p{Lu}[\p{L}\p{M}]*)[ \t]+$/u.exec(prose.slice(Math.max(0, start - 40), start));
  // A capitalised word before is a sentence opener ("The", "A") or a title, not part of the name, only when it is a known opener.
  if (before && !/^(The|A|An|But|And|Then|Now|Both|When|While|As|If|Since|After|Before|Meanwhile|Yesterday|Today)$/.test(before[1])) return true;
  return false;
}

/** Whether a character is one a pattern's \\s matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Each document's capitalised words followed by a space, where a name of two words may start: their
// offsets and lengths, two numbers a word. Read once per document, not on every rebuild of its story.
const capitalised = new WeakMap<ParsedDocument, Int32Array>();
function capitalisedWords(doc: ParsedDocument): Int32Array {
  let words = capitalised.get(doc);
  if (!words) {
    const found: number[] = [];
    const prose = doc.prose;
    for (const w of prose.matchAll(/\p{Lu}[\p{L}\p{M}'’.-]*/gu)) if (prose[w.index + w[0].length] === ' ') found.push(w.index, w[0].length);
    capitalised.set(doc, (words = Int32Array.from(found)));
  }
  return words;
}

/**
 * Adds, to each document's mentions, the names of two words or more that other documents of the
 * folder have and this one writes without a mention. Mentions are added in offset order; each
 * takes the type the name has most often in the folder.
 */
export function propagateNames(docs: { doc: ParsedDocument; mentions: Mention[] }[]): void {
  const votes = new Map<string, Map<ActorType, number>>();
  for (const d of docs) {
    for (const m of d.mentions) {
      const text = m.text;
      if (!/^\S+(?: \S+)+$/.test(text) || !CAPITAL.test(text[0]) || text.length > 80) continue;
      // A name that keeps its sentence's "The" is not carried as written.
      if (/^The /.test(text) && m.start > 0 && !/[\p{L}\p{N},;:]\s*$/u.test(d.doc.prose.slice(Math.max(0, m.start - 3), m.start))) continue;
      const v = votes.get(text) ?? new Map<ActorType, number>();
      v.set(m.type, (v.get(m.type) ?? 0) + 1);
      votes.set(text, v);
    }
  }
  if (votes.size === 0) return;
  const types = new Map<string, ActorType>();
  for (const [text, v] of votes) types.set(text, [...v.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  // A long story rebuilt with the folder's names as they were: each unchanged article gains what it gained then.
  const token = docs.length >= KEPT_FROM ? namesToken(types) : undefined;
  // Indexed by the first word, then the second: a folder names many people who share a first name.
  const byFirst = new Map<string, Map<string, Form[]>>();
  for (const [text, type] of types) {
    const space = text.indexOf(' ');
    const first = text.slice(0, space);
    const rest = text.slice(space + 1);
    const second = rest.includes(' ') ? rest.slice(0, rest.indexOf(' ')) : rest;
    const seconds = byFirst.get(first) ?? byFirst.set(first, new Map()).get(first)!;
    (seconds.get(second) ?? seconds.set(second, []).get(second)!).push({ text, type });
  }
  /**
   * The names that may start at a word: those whose second word begins the run of characters other
   * than spaces (of at most 80) at `from`, longest first. The second words are tried one by one
   * where there are fewer of them than the run has characters, else the run's beginnings are.
   */
  const namesAt = (seconds: Map<string, Form[]>, prose: string, from: number): Form[] => {
    let end = from;
    while (end < prose.length && end - from < 80 && !isSpace(prose.charCodeAt(end))) end++;
    const out: Form[] = [];
    if (seconds.size < end - from) {
      const found: string[] = [];
      for (const second of seconds.keys()) if (second.length > 0 && second.length <= end - from && prose.startsWith(second, from)) found.push(second);
      found.sort((a, b) => b.length - a.length);
      for (const second of found) out.push(...seconds.get(second)!);
    } else {
      for (let n = end - from; n > 0; n--) {
        const list = seconds.get(prose.slice(from, from + n));
        if (list) out.push(...list);
      }
    }
    return out.length > 1 ? out.sort((a, b) => b.text.length - a.text.length) : out;
  };
  for (const d of docs) {
    const prose = d.doc.prose;
    const spans = d.mentions.reduce((h, m) => (Math.imul(h, 31) + m.start * 7 + m.end) | 0, d.mentions.length);
    const kept = token && gained.get(d.doc);
    if (kept && kept.token === token && kept.spans === spans) {
      if (kept.added.length === 0) continue;
      d.mentions.push(...kept.added.map((m) => Object.assign({}, m)));
      d.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    const added: Mention[] = [];
    // (The document's own mentions are added to only once its words are all read.)
    const own = d.mentions;
    const free = (s: number, e: number): boolean => !own.some((m) => m.start < e && s < m.end) && !added.some((m) => m.start < e && s < m.end);
    const words = capitalisedWords(d.doc);
    for (let k = 0; k < words.length; k += 2) {
      const start = words[k];
      const space = start + words[k + 1];
      const seconds = byFirst.get(prose.slice(start, space));
      if (!seconds) continue;
      for (const f of namesAt(seconds, prose, space + 1)) {
        const end = start + f.text.length;
        if (prose.slice(start, end) !== f.text || !free(start, end) || gluedToName(prose, start, end)) continue;
        added.push({ file: d.doc.file, start, end, text: f.text, type: f.type });
        break;
      }
    }
    if (token) gained.set(d.doc, { token, spans, added: added.map((m) => Object.assign({}, m)) });
    if (added.length === 0) continue;
    d.mentions.push(...added);
    d.mentions.sort((a, b) => a.start - b.start);
  }
}

// Stories of this many articles keep what each article gained, by the folder's names it was found with.
const KEPT_FROM = 25;
/** What an article gained (copies: the view's linker sets the actors of the ones it is given). */
const gained = new WeakMap<ParsedDocument, { token: object; spans: number; added: Mention[] }>();
// The folder's names (with their types, in the order read) of the last runs, each with its token.
let lastNames: Array<{ names: Map<string, ActorType>; token: object }> = [];

/** The token of these names: that of a recent run with the same names in the same order, else a new one. */
function namesToken(names: Map<string, ActorType>): object {
  const same = lastNames.find((r) => {
    if (r.names.size !== names.size) return false;
    const other = r.names.entries();
    for (const [text, type] of names) {
      const [t, ty] = other.next().value!;
      if (t !== text || ty !== type) return false;
    }
    return true;
  });
  if (same) return same.token;
  const token = {};
  lastNames = [{ names, token }, ...lastNames].slice(0, 4);
  return token;
}
