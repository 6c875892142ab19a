// Mention recognition over a parsed document: the learned tagger proposes names, then general
// news-writing rules fix what a 1996 newswire model gets wrong about the product's spans and types.
import type { ActorType, Mention, ParsedDocument, Token } from '../types';
import { GAZ, capsSentence, docContext, gazetteerCategories, lexKey, viewSentence } from './features';
import { shippedModel } from './model';
import { decodeDocument } from './tagger';
import { spansOf, type TokenSpan } from './tags';
import { tokenize } from './tokens';
import { applyRules, type Candidate } from './rules';
import { MEDIA_NAME_HEADS } from './lexicon';

/** Normalizes typography to what the tagger was trained on (ASCII quotes and apostrophes). */
export function modelWord(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/[–—]/g, '--');
}

/** Splits a document's sentences into token lines: a line break inside a sentence also ends one. */
export function sentenceTokens(doc: ParsedDocument, tokens?: Token[]): Token[][] {
  const out: Token[][] = [];
  let k = 0;
  const sorted = tokens ? [...tokens].sort((a, b) => a.start - b.start) : undefined;
  for (const s of doc.sentences) {
    let ts: Token[];
    if (sorted) {
      while (k < sorted.length && sorted[k].start < s.start) k++;
      ts = [];
      while (k < sorted.length && sorted[k].end <= s.end) ts.push(sorted[k++]);
    } else ts = tokenize(doc.prose, s.start, s.end);
    let line: Token[] = [];
    for (const t of ts) {
      if (line.length && doc.prose.slice(line[line.length - 1].end, t.start).includes('\n')) {
        out.push(line);
        line = [];
      }
      line.push(t);
    }
    if (line.length) out.push(line);
  }
  return out;
}

const TYPE_OF: Record<TokenSpan['type'], ActorType | 'misc'> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

const COMMON = GAZ.adjective | GAZ.verb | GAZ.noun;

/**
 * A headline for the rules: capitals throughout, or title case with ordinary words capitalised
 * ("Rebels Attack Border Town"), or a section's one-word label in capitals. A list of names ("A.
 * Dale, H. Morris") or a photo credit ("Photo by NAME/AGENCY via Getty Images") capitalises names
 * only and is read as prose.
 */
function isHeadline(words: string[]): boolean {
  const letters = words.filter((w) => /\p{L}/u.test(w));
  // A section's label: one word in capitals on its own ("PERMITS", "BACKGROUND").
  if (letters.length === 1 && letters[0].length >= 3 && letters[0] === letters[0].toUpperCase() && words.length === 1) return true;
  if (!capsSentence(words) || words.some((x) => /^(photo|photograph|image|picture|credit)s?$/i.test(x))) return false;
  if (letters.filter((w) => w.length > 1 && w === w.toUpperCase()).length * 2 > letters.length) return true;
  const ordinary = words.filter((w) => w.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(w) && gazetteerCategories(lexKey(w)) & COMMON
    && !(gazetteerCategories(lexKey(w)) & (GAZ.first | GAZ.surname | GAZ.country | GAZ.city | GAZ.region)));
  return ordinary.length >= 2;
}

const nameKey = (s: string): string => lexKey(s).replace(/^the\s+/, '').replace(/['’]s$/, '').trim();

/** The names an outlet goes by in its own pages: its full name, and the last word of a newspaper's ("the Gazette"). */
function outletForms(outlet: string | undefined): Set<string> {
  const forms = new Set<string>();
  if (!outlet) return forms;
  const full = nameKey(outlet);
  forms.add(full);
  const words = full.split(/\s+/);
  if (words.length > 1 && MEDIA_NAME_HEADS.has(words[words.length - 1])) forms.add(words[words.length - 1]);
  return forms;
}

// Made once: a pattern written in a per-token loop is a new object each time round.
const HAS_LETTER = /[\p{L}]/u;

/** Recognizes the named-actor mentions of a document, sentence by sentence in its prose view. */
export function recognizeDocument(doc: ParsedDocument, tokens?: Token[]): Mention[] {
  const lines = sentenceTokens(doc, tokens).filter((l) => l.some((t) => HAS_LETTER.test(t.text)));
  const words = lines.map((l) => l.map((t) => modelWord(t.text)));
  const table = shippedModel();
  const candidates: Candidate[] = [];
  const ctx = docContext(words);
  const views = words.map((w) => viewSentence(w, ctx));
  if (table) {
    const tags = decodeDocument(table, views, ctx, table.passes);
    tags.forEach((line, li) => {
      for (const sp of spansOf(Array.from(line, (t) => table.tagSet.tags[t]))) {
        candidates.push({ line: li, start: sp.start, end: sp.end, type: TYPE_OF[sp.type] });
      }
    });
  }
  // Rules read headlines as the document writes their words elsewhere, like the tagger does.
  const title = doc.meta.title?.trim();
  const tagged: Candidate[][] = lines.map(() => []);
  for (const c of candidates) tagged[c.line].push(c);
  const headline = words.map((ws, li) => isHeadline(ws) || titleCase(ws, title, doc.text, lines[li], tagged[li]));
  const kept = applyRules(lines, views.map((v) => v.words), candidates, headline);
  const outlet = outletForms(doc.meta.outlet);
  const out: Mention[] = [];
  for (const c of kept) {
    const start = lines[c.line][c.start].start;
    let end = lines[c.line][c.end - 1].end;
    let text = doc.text.slice(start, end);
    // "By Staff", "By Web Desk", "By Reuters Staff": a byline's desk credit names no one.
    let type = c.type as ActorType;
    if (inByline(doc.text, start)) {
      const desk = DESK_CREDIT.exec(text);
      if (desk && desk.index === 0) continue;
      if (desk) {
        text = text.slice(0, desk.index).trimEnd();
        end = start + text.length;
        type = 'organization';
      }
    }
    // "told the Gazette" in The Valley Gazette: the outlet speaking of itself is an organization.
    if (outlet.has(nameKey(text))) type = 'organization';
    out.push({ file: doc.file, start, end, text, type });
  }
  return out;
}

/**
 * Whether a sentence is a headline in title case, whose capitals say nothing of which words are
 * names: the article's title ("Port Strike Enters Third Week As Talks Stall"), or a subheading
 * ("Rescue Teams Reach Cut-Off Villages"): a line of its own (a Markdown heading's marks aside) that
 * does not end as a sentence does, and that capitalises at least two ordinary words, words the
 * tagger took for no name (`tagged`: its names on the line). A byline ("By Anna Berg and Tom
 * Hale", "Anna Berg, Staff Writer"), a dateline's names, a credit in brackets or a source list
 * are no headings.
 */
function titleCase(words: string[], title: string | undefined, text: string, tokens: Token[], tagged: Candidate[]): boolean {
  if (!capsSentence(words) || words.filter((w) => TITLE_WORD.test(w)).length < 4) return false;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const line = text.slice(start, end);
  if (title && title.length >= 12 && line.trim() === title) return true;
  if (/[\n(;,|]/.test(line) || /[.:"”’]$/.test(line)) return false;
  const before = text.lastIndexOf('\n', start - 1) + 1;
  const after = text.indexOf('\n', end);
  if (!HEADING_MARKS.test(text.slice(before, start)) || !HEADING_MARKS.test(text.slice(end, after < 0 ? text.length : after))) return false;
  if (BYLINE_OPENING.test(text.slice(before, end))) return false;
  const ordinary = words.filter((w, i) => w.length >= 4 && TITLE_WORD.test(w) && !tagged.some((c) => c.start <= i && i < c.end) && !(gazetteerCategories(lexKey(w)) & GAZ.calendar));
  return ordinary.length >= 2;
}
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
// What may stand around a heading's words on its line: Markdown's heading, emphasis and quote marks.
const HEADING_MARKS = /^[\s#*_>]*$/;

// What a byline credits when no one signs: the staff, a desk, the agencies ("Reuters Staff" keeps "Reuters").
const DESK_CREDIT = /(?:^|\s)(?:(?:Our\s+)?(?:Staff|Correspondents?|Agencies)|(?:(?:Web|News|City|Metro|Foreign|Online|Digital|Sports)\s+)?Desk|(?:Staff|Special)\s+(?:Reporters?|Writers?|Correspondents?))$/;

/**
 * Whether an offset is on a byline: a short line opening with "By" or "From" (markup aside), not a
 * sentence that does ("By Tuesday the City Desk had …").
 */
function inByline(text: string, at: number): boolean {
  // Only a short line is read (a single line may hold a whole article).
  const before = text.slice(Math.max(0, at - BYLINE_CHARS), at);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && at > BYLINE_CHARS) return false;
  const lineStart = at - before.length + nl + 1;
  if (!BYLINE_OPENING.test(text.slice(lineStart, at + 1))) return false;
  const after = text.slice(at, lineStart + BYLINE_CHARS + 1);
  const end = after.indexOf('\n');
  if (end < 0 && lineStart + BYLINE_CHARS < text.length) return false;
  const line = text.slice(lineStart, end < 0 ? text.length : at + end);
  return line.split(/\s+/).length <= 12 && !/[.!?]["”’]?\s*$/.test(line.trim().replace(/[*_]+$/, ''));
}
const BYLINE_CHARS = 160;
const BYLINE_OPENING = /^[\s*_>]*(?:By|BY|From)\s/;

