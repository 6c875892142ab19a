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
  // Indexed by the first word, then the second: a folder names many people who share a first name.
  const byFirst = new Map<string, Map<string, Form[]>>();
  for (const [text, v] of votes) {
    const type = [...v.entries()].sort((a, b) => b[1] - a[1])[0][0];
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
    if (added.length === 0) continue;
    d.mentions.push(...added);
    d.mentions.sort((a, b) => a.start - b.start);
  }
}
