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
 * ("Rebels Attack Border Town"). A list of names ("A. Dale, H. Morris") or a photo credit
 * ("Photo by NAME/AGENCY via Getty Images") capitalises names only and is read as prose.
 */
function isHeadline(words: string[]): boolean {
  if (!capsSentence(words) || words.some((x) => /^(photo|photograph|image|picture|credit)s?$/i.test(x))) return false;
  const letters = words.filter((w) => /\p{L}/u.test(w));
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
  const headline = words.map(isHeadline);
  const kept = applyRules(lines, views.map((v) => v.words), candidates, headline);
  const outlet = outletForms(doc.meta.outlet);
  const title = doc.meta.title?.trim();
  const isTitle = lines.map((l) => !!title && title.length >= 12 && doc.text.slice(l[0].start, l[l.length - 1].end).trim() === title);
  const guessed = titleGuesses(words, kept, isTitle);
  const out: Mention[] = [];
  for (const k of kept) {
    const c = guessed.has(k) ? guessed.get(k) : k;
    if (!c) continue;
    const start = lines[c.line][c.start].start;
    let end = lines[c.line][c.end - 1].end;
    let text = doc.text.slice(start, end);
    // "Published 24 July · Updated 25 July": a page's time stamps name no one.
    if (c.end - c.start === 1 && STAMP_WORDS.has(lexKey(text))) continue;
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

// Any list of names: a word in one may be a name even in a headline.
const NAMED = GAZ.country | GAZ.city | GAZ.region | GAZ.first | GAZ.surname | GAZ.org | GAZ.person | GAZ.team;

/**
 * A title-case headline ("Port Strike Enters Third Week As Talks Stall") capitalises every word, so
 * a word the tagger takes for (the start of) a name there ("Enters", "Stall") is one only if the
 * article writes it with a capital elsewhere too, or a list knows it: news names its actors in the
 * body. Such words are dropped from the front of a headline's name, or the name with them.
 */
function titleGuesses(words: string[][], cands: Candidate[], isTitle: boolean[]): Map<Candidate, Candidate | null> {
  const out = new Map<Candidate, Candidate | null>();
  const titleCase = words.map((ws, line) => isTitle[line] && capsSentence(ws) && ws.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length >= 4);
  if (!titleCase.some(Boolean)) return out;
  const elsewhere = new Set<string>();
  words.forEach((ws, line) => {
    if (!titleCase[line]) for (const w of ws) if (/^\p{Lu}/u.test(w)) elsewhere.add(lexKey(w));
  });
  const known = (k: string): boolean => elsewhere.has(k) || (gazetteerCategories(k) & NAMED) !== 0;
  // What the body takes a name for: what is left of a headline's name is that, or nothing.
  const bodyType = new Map<string, Candidate['type']>();
  for (const c of cands) if (!titleCase[c.line]) bodyType.set(words[c.line].slice(c.start, c.end).map(lexKey).join(' '), c.type);
  for (const c of cands) {
    if (!titleCase[c.line]) continue;
    const ws = words[c.line];
    // "Stall In Velmar": the words before the first one the article knows are the headline's own.
    let start = c.start;
    while (start < c.end && !known(lexKey(ws[start]))) start++;
    if (start === c.start) continue;
    const type = start < c.end ? bodyType.get(ws.slice(start, c.end).map(lexKey).join(' ')) : undefined;
    out.set(c, type ? { ...c, start, type } : null);
  }
  return out;
}

const STAMP_WORDS = new Set(['published', 'updated', 'posted', 'modified', 'edited']);

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

