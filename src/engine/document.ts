import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { ParsedDocument, SourceMeta, Span } from './types';
import { splitSentences } from './sentences';
import { MONTHS, dayFits, isoDay, parseDateText } from './date-text';
import { WEEKDAYS } from './lexicon/time';

/** Files the engine reads as Markdown; everything else is plain text. */
export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(file);
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Parses an article (Markdown or plain text) into prose, sentences and metadata. */
export function parseDocument(file: string, text: string): ParsedDocument {
  // Deeply nested containers make Markdown parsing slow (thousands of nested lists take
  // seconds); such a file is read as plain text rather than hang the index.
  const layout = withoutWebChrome(text, isMarkdownFile(file) && !deeplyNested(text) ? markdownLayout(text) : plainTextLayout(text));
  const sentences = splitSentences(layout.prose, layout.blocks);
  const meta = extractMeta(file, text, layout);
  // A prose view that blanks nothing is the text itself: one string kept, not two.
  return { file, text, prose: layout.prose === text ? text : layout.prose, meta, sentences };
}

const MAX_CONTAINER_DEPTH = 64;
// Markers separated only by spaces or tabs: each space belongs to one quantifier, so no backtracking blow-up.
const DEEP_CONTAINERS = new RegExp(`^[ \\t]{0,3}(?:(?:>|[-*+]|\\d{1,9}[.)])[ \\t]*){${MAX_CONTAINER_DEPTH + 1}}`, 'm');

/** Whether any line opens more than MAX_CONTAINER_DEPTH nested block containers (quotes, list items). */
function deeplyNested(text: string): boolean {
  return DEEP_CONTAINERS.test(text);
}

/** Where the prose of a document is, and the metadata its layout states outright. */
interface Layout {
  prose: string;
  /** Leaf blocks (paragraphs, headings, lines) in document order. */
  blocks: Span[];
  fields: Record<string, string>;
  /** The first heading, when the format marks one. */
  heading?: string;
}

/** A same-length copy of `text` with only newlines kept: the canvas prose is copied onto. */
function blankCanvas(text: string): string[] {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    out[i] = c === '\n' || c === '\r' ? c : ' ';
  }
  return out;
}

const SKIPPED_MD = new Set(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition', 'yaml', 'toml', 'thematicBreak']);
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

function markdownLayout(text: string): Layout {
  const canvas = blankCanvas(text);
  const blocks: Span[] = [];
  const fields: Record<string, string> = {};
  let heading: string | undefined;
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(text) as MdNode;

  const copy = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const c = text[i];
      // A backslash escape is Markdown syntax, not prose.
      if (c === '\\' && i + 1 < end && /[!-/:-@[-`{-~]/.test(text[i + 1])) continue;
      canvas[i] = c;
    }
  };
  // Iterative walk: deeply nested Markdown must not exhaust the call stack.
  const stack: MdNode[] = [tree];
  const order: MdNode[] = [];
  while (stack.length) {
    const node = stack.pop()!;
    order.push(node);
    if (SKIPPED_MD.has(node.type)) {
      if (node.type === 'yaml') Object.assign(fields, frontMatterFields(node.value ?? ''));
      continue;
    }
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (node.type === 'text' && s !== undefined && e !== undefined) copy(s, e);
    if (LEAF_BLOCKS.has(node.type) && s !== undefined && e !== undefined) {
      blocks.push({ start: s, end: e });
      if (node.type === 'heading' && heading === undefined) heading = textOf(node).trim();
    }
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  blocks.sort((a, b) => a.start - b.start);
  return { prose: canvas.join(''), blocks, fields, heading };
}

/**
 * A line of a web page's furniture rather than of its article, as pages saved from news sites carry
 * it: "Skip to content", "Share this article", "Advertisement", "Sign up for our newsletter",
 * "Read more: …" (a link to another story), a navigation bar ("Home | World | Business | Sport").
 */
const WEB_CHROME = new RegExp(`^(?:${[
  'skip to (?:the )?(?:main )?(?:content|navigation|search|article)',
  '(?:go to )?my account', '(?:main )?menu', 'search', 'sign in', 'log ?in', 'log ?out', 'subscribe(?: now| today)?', 'subscribe(?:\\s*:|\\s+(?:for|from|at)\\b).{1,40}',
  'share(?: this)?(?: article| story| page| post)?', 'share (?:on|via) [\\w ]{1,20}', 'copy link', 'print(?: this)?(?: article| page| story)?',
  '\\d* ?comments?', 'advertisement', 'sponsored(?: content)?',
  '(?:sign up|subscribe|register) (?:for|to) (?:our|the) .{0,40}newsletters?.*', 'newsletter sign-?up',
  'follow us(?: on .{1,40})?', '(?:read|see) (?:more|also|next)(?:\\s*[:›»>|–—-].*)?',
  'most (?:read|popular|viewed|shared)', 'related(?: articles| stories| content| coverage| topics)?', 'recommended(?: for you| stories)?',
  'trending(?: now)?', 'you (?:may|might) also like', 'listen to (?:this )?(?:article|story).*', 'image caption', 'back to top',
  'accept (?:all )?cookies', 'cookie (?:settings|policy|preferences)', 'support (?:[\\w-]+ ){0,3}journalism.*', 'donate(?: now| today)?',
  'become a (?:member|supporter|subscriber|patron).*', '(?:topics|tags|filed under|categories)\\s*:.*', 'contact us', 'about us', 'privacy policy', 'terms of (?:use|service)',
].join('|')})[.:!]?$`, 'i');

/** A line with its Markdown links and images reduced to their text: "[News](https://…) › [World](…)" → "News › World". */
function linkText(line: string): string {
  return line.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

// A breadcrumb trail: "Lanyard › World › Europe", "Home > News > Quarnesia".
const CRUMB = /\s+[›»>]\s+/;

/** The links of a breadcrumb trail, when the line is one: two or more short capitalised links. */
function breadcrumb(line: string): string[] | undefined {
  const crumbs = linkText(line).trim().split(CRUMB);
  return crumbs.length >= 2 && crumbs.every((x) => /^[\p{Lu}\d][\p{L}\d&'’. -]{0,40}$/u.test(x) && x.split(' ').length <= 5) ? crumbs : undefined;
}

/** Whether a line is site furniture: a known phrase (or several), a navigation bar of four or more short links, or a breadcrumb trail. */
function isWebChrome(line: string): boolean {
  const l = linkText(line).trim();
  if (!l || l.length > 160) return false;
  if (WEB_CHROME.test(l) || breadcrumb(l)) return true;
  const links = l.split(/\s+[|•·]\s+/);
  // "Share on Facebook · Share on X · Share via Email": every piece of the line is furniture.
  if (links.length >= 2 && links.every((x) => WEB_CHROME.test(x))) return true;
  return links.length >= 4 && links.every((x) => /^[\p{Lu}\d][\p{L}\d&' -]{0,24}$/u.test(x) && x.split(' ').length <= 3) && !links.some((x) => parseDateText(x));
}

// A news page's label before a headline: "LIVE: …", "UPDATE 2-…", "BREAKING — …". It is no part of the
// headline's first name ("LIVE: Adela Vrancić stabbed …").
const HEADLINE_LABEL = /^(?:LIVE|BREAKING(?: NEWS)?|UPDATE(?: \d+)?|UPDATED|WATCH|EXCLUSIVE|ANALYSIS|EXPLAINER|OPINION|VIDEO|FACT ?CHECK|LATEST)(?:\s*:\s*|\s*[-–—]\s*(?=\p{Lu}))/u;

/** A layout with the web page's furniture lines taken out of its prose and blocks, and headline labels blanked. */
function withoutWebChrome(text: string, layout: Layout): Layout {
  // Built in one pass: a live blog may label thousands of entries.
  const parts: string[] = [];
  let at = 0;
  for (const b of layout.blocks) {
    const m = HEADLINE_LABEL.exec(layout.prose.slice(b.start, Math.min(b.end, b.start + 40)));
    if (!m) continue;
    parts.push(layout.prose.slice(at, b.start), ' '.repeat(m[0].length));
    at = b.start + m[0].length;
  }
  if (parts.length) layout = { ...layout, prose: parts.join('') + layout.prose.slice(at) };
  const chrome = layout.blocks.filter((b) => !text.slice(b.start, b.end).includes('\n') && isWebChrome(text.slice(b.start, b.end)));
  if (!chrome.length) return layout;
  let prose = layout.prose;
  for (const b of chrome) prose = prose.slice(0, b.start) + ' '.repeat(b.end - b.start) + prose.slice(b.end);
  const gone = new Set(chrome);
  return { ...layout, prose, blocks: layout.blocks.filter((b) => !gone.has(b)) };
}

function textOf(node: MdNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Front matter keys people use for the same thing, mapped to ours. */
const FIELD_ALIASES: Record<string, keyof Omit<SourceMeta, 'file' | 'words'>> = {
  title: 'title', headline: 'title',
  outlet: 'outlet', source: 'outlet', publication: 'outlet', publisher: 'outlet', site: 'outlet', site_name: 'outlet', newspaper: 'outlet',
  date: 'published', published: 'published', pubdate: 'published', publish_date: 'published', published_at: 'published', datePublished: 'published',
  author: 'byline', authors: 'byline', byline: 'byline', by: 'byline', writer: 'byline',
};

function frontMatterFields(yamlText: string): Record<string, string> {
  let data: unknown;
  try {
    data = parseYaml(yamlText, { maxAliasCount: 50, logLevel: 'error' });
  } catch {
    return {}; // front matter that is not YAML is ignored, not fatal
  }
  const out: Record<string, string> = {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    const key = FIELD_ALIASES[k] ?? FIELD_ALIASES[k.toLowerCase()];
    if (!key || out[key] !== undefined) continue;
    if (v instanceof Date) out[key] = v.toISOString().slice(0, 10);
    else if (typeof v === 'string' || typeof v === 'number') out[key] = String(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[key] = v.join(', ');
  }
  return out;
}

const HEADER_LINE = /^(title|headline|outlet|source|publication|publisher|date|published|author|byline|by|url|link)\s*:\s*(.*)$/i;

function plainTextLayout(text: string): Layout {
  const canvas = blankCanvas(text);
  const fields: Record<string, string> = {};
  const blocks: Span[] = [];
  let pos = 0;
  let inHeader = true;
  // A leading BOM is not text.
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  const lines: Span[] = [];
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > pos && text[end - 1] === '\r') end--;
    lines.push({ start: pos, end });
    pos = nl + 1;
  }
  const hardWrapped = looksHardWrapped(text, lines);
  let para: Span | null = null;
  const flush = () => { if (para) blocks.push(para); para = null; };
  for (const line of lines) {
    const raw = text.slice(line.start, line.end);
    if (!raw.trim()) { flush(); if (inHeader && Object.keys(fields).length) inHeader = false; continue; }
    const header = inHeader ? HEADER_LINE.exec(raw.trim()) : null;
    if (header) {
      const key = FIELD_ALIASES[header[1].toLowerCase()];
      if (key && fields[key] === undefined) fields[key] = header[2].trim();
      continue; // metadata lines are not prose
    }
    inHeader = false;
    for (let i = line.start; i < line.end; i++) canvas[i] = text[i];
    if (hardWrapped && para) para.end = line.end;
    else { flush(); para = { start: line.start, end: line.end }; }
    if (!hardWrapped) flush();
  }
  flush();
  return { prose: canvas.join(''), blocks, fields };
}

/** Hard-wrapped text (lines cut near a fixed width) joins lines into paragraphs; otherwise a line is a paragraph. */
function looksHardWrapped(text: string, lines: Span[]): boolean {
  const lens = lines.map((l) => l.end - l.start).filter((n) => n > 0);
  if (lens.length < 6) return false;
  const long = lens.filter((n) => n >= 60 && n <= 100).length;
  const veryLong = lens.filter((n) => n > 120).length;
  // Continuation lines that start in lowercase are the signature of wrapping.
  let continued = 0;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const cur = lines[i];
    if (prev.end > prev.start && cur.end > cur.start && /^[a-z]/.test(text.slice(cur.start, cur.start + 1))) continued++;
  }
  return veryLong === 0 && long / lens.length > 0.5 && continued >= 2;
}

// "ZELENETS, Karsenia (Northline) —", "MIRZABAD, 4 September (MNA) —": the agency in a dateline.
const DATELINE_OUTLET = /^[A-Z][A-Z .'-]{2,40}(?:,[^()\n]{1,40})?\s*\(([^()]{2,60})\)\s*[—–-]/;
const BYLINE = /^by\s+(.+)$/i;
// Segments of a masthead or byline line: "Tarsia 24 | Ulmara | 4 September 2025", "ABN News — 25 October 2025".
const SEGMENT_SEPARATOR = /\s*(?:\||\s[—–-]\s|[—–·•])\s*/;
const SENTENCE_END = /[.!?]["'”’]?$/;

/** A line that could be a masthead: short, not a sentence, not a date, and no byline or time stamp. */
function nameLike(line: string): boolean {
  return line.length >= 2 && line.length <= 60 && line.split(/\s+/).length <= 7 && !SENTENCE_END.test(line) && !parseDateText(line)
    && /^[\p{Lu}\d"'“‘]/u.test(line) && !STAMP.test(line) && !bylineLike(line) && !SECTION_HEADING.test(line);
}

// A live blog's or explainer's section heading, no masthead: "Key events", "What we know".
const SECTION_HEADING = /^(?:key (?:events|points|facts|moments)|what we know.*|what we don['’]t know.*|latest(?: updates| news)?|live(?: updates)?|summary|highlights|in brief|at a glance|background|timeline|context|analysis|explainer|watch|listen)$/i;

// "Updated 14:32 GMT", "Published 3 March 2026, 09:14", "Last modified on Tuesday": a page's time stamp.
const STAMP = /^(?:(?:last |first )?(?:updated|published|posted|modified|edited)|last update)\b/i;
const STAMP_WORDS = /^(?:(?:last |first )?(?:updated|published|posted|modified|edited)|last update)(?:\s+(?:on|at))?\s*:?\s*/i;
// What a writer is, after the name: "Niamh Corrigan, Environment Correspondent", "Ian Marsh, Staff Writer".
const ROLE = /^(?:[\p{L}-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|analyst|bureau chief|staff|intern|fellow)s?$/iu;
const PERSON_NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
// Two writers without a "By": "Lukas Wirth and Ema Dvorak", "… in Granitz".
const WRITERS = new RegExp(`^${PERSON_NAME}(?:,\\s*${PERSON_NAME})*\\s+(?:and|&)\\s+${PERSON_NAME}(?:\\s+(?:in|at|from)\\s+.{1,40})?$`, 'u');
const NAME_WITH_ROLE = new RegExp(`^(${PERSON_NAME}),\\s*(.+)$`, 'u');

/** A byline without its "By": a name and what the writer is, or two writers' names. */
function bylineLike(line: string): string | undefined {
  if (BYLINE.test(line)) return undefined;
  const role = NAME_WITH_ROLE.exec(line);
  if (role && ROLE.test(role[2].trim())) return role[1];
  return WRITERS.test(line) ? line.replace(/\s+(?:in|at|from)\s+.*$/, '') : undefined;
}

const GENERIC_CRUMB = /^(?:home|news|index|main|start|front page|homepage|top stories|latest)$/i;

// The last word of a masthead: "VLN News", "Orvanta Ledger", "The Glasswater Review".
const OUTLET_WORD = /\b(?:news|times|post|review|ledger|gazette|herald|journal|tribune|daily|chronicle|observer|guardian|press|wire|today|monitor|express|telegraph|mail|star|sun|standard|courier|dispatch|record|register|bulletin|agency|tv|radio|online|magazine|weekly|insider|mercury|echo|voice|argus|sentinel|beacon|network|media|broadcasting|digest|globe|independent|examiner|inquirer|enquirer|nation|world|letter|brief|report|reporter|post-dispatch|24)$/i;

/**
 * A masthead above the headline, as saved web pages begin: "VLN News" then the headline (often
 * twice). A short name-like line in title case, followed by a longer line, that ends like an
 * outlet's name or stands above a headline the page repeats.
 */
function mastheadAbove(lines: string[]): { headline?: string } | undefined {
  const [line, next] = lines;
  // "LUTINFORM | National News Agency of Lutovia": the site's name, then what it is.
  const name = line?.split(SEGMENT_SEPARATOR)[0].trim();
  if (!name || !next || !nameLike(name) || name.split(/\s+/).length > 5) return undefined;
  if (!name.split(/\s+/).every((w) => w.length < 4 || /^[\p{Lu}\d]/u.test(w))) return undefined;
  // A headline the page repeats is no masthead, however short.
  if (lines.slice(1, 6).includes(line)) return undefined;
  const headline = (x: string | undefined) => !!x && x.split(/\s+/).length >= 5 && x.length > name.length;
  // The headline repeated a few lines down, under short lines (a search box, an offer, a date, a byline):
  // "Kedge" / "Search Kedge" / "Container ship seized …" / "By …" / "Container ship seized …".
  for (let k = 1; k <= 3 && k < lines.length; k++) {
    const x = lines[k];
    if (headline(x) && lines.slice(k + 1, k + 5).includes(x)) return { headline: x };
    if (x.length > 60 || SENTENCE_END.test(x)) break;
  }
  return headline(next) && OUTLET_WORD.test(name) ? { headline: next } : undefined;
}

/** "KARSENIA TODAY" as people write it: "Karsenia Today"; mixed-case names stay as they are. */
function mastheadCase(name: string): string {
  if (!/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name) && name.replace(/[^\p{L}]/gu, '').length > 5) {
    return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  }
  return name;
}

/** Reads outlet, byline and date from header lines of the kinds articles carry above their text. */
function headerFields(lines: string[], title: string | undefined): { outlet?: string; byline?: string; published?: string } {
  const out: { outlet?: string; byline?: string; published?: string } = {};
  let skipped = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === title) continue; // a headline that is a question or a sentence does not end the header
    const d = DATELINE_OUTLET.exec(line);
    if (d && !out.outlet) out.outlet = d[1].trim();
    // The header ends where the article's first paragraph begins; a standfirst right under the
    // headline ("*Prosecutors say the 17-year-old had no record …*") comes before the byline.
    if (line.length > 120 || (SENTENCE_END.test(line) && line.length > 60)) {
      if (i > 0 && lines[i - 1] === title && !skipped) {
        skipped = true;
        continue;
      }
      break;
    }
    const segments = line.split(SEGMENT_SEPARATOR).map((x) => x.trim()).filter(Boolean);
    // "Published 2 June 2026 · Updated 14:20": the date after a stamp word.
    const dateOf = (x: string) => parseDateText(x.replace(STAMP_WORDS, ''));
    const dated = segments.find((x) => dateOf(x));
    if (dated) out.published ??= dateOf(dated);
    if (STAMP.test(line)) continue;
    const writers = bylineLike(line);
    if (writers) {
      out.byline ??= writers;
      continue;
    }
    const by = BYLINE.exec(segments[0] ?? '');
    if (by) {
      // "By Sabina Eze, KBC News, Zelenets | 12 March 2025": the name, then the outlet.
      const [name, ...rest] = by[1].split(/\s*,\s*/);
      // "By Radio Lenn staff", "By Meridian Wire reporters in Orvel": the outlet writing as itself.
      const staff = /^(.+?)\s+(?:staff|reporters|correspondents?|newsroom|news desk|staff writers?)(?:\s+(?:in|at|from)\s.*)?\s*$/i.exec(name.trim());
      if (staff && nameLike(staff[1])) out.outlet ??= staff[1].trim();
      out.byline ??= name.trim();
      const outlet = [...rest, ...segments.slice(1)].find((x) => nameLike(x) && !ROLE.test(x));
      if (outlet) out.outlet ??= outlet;
      continue;
    }
    if (line === title || out.outlet) continue;
    if (segments.length > 1 && dated && nameLike(segments[0])) {
      out.outlet = segments[0];
      continue;
    }
    // A masthead line beside a date line: "Northline" / "11 March 2025".
    const near = [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && l.length < 60 && parseDateText(l) && !/[a-z]{3,}\s[a-z]{3,}\s[a-z]{3,}/.test(l));
    if (near && nameLike(line) && i > 0) out.outlet = line;
  }
  if (out.outlet) out.outlet = mastheadCase(out.outlet);
  return out;
}

function extractMeta(file: string, text: string, layout: Layout): SourceMeta {
  const f = layout.fields;
  const meta: SourceMeta = { file, words: countWords(layout.prose) };
  const firstLines: string[] = [];
  for (const b of layout.blocks.slice(0, 8)) firstLines.push(text.slice(b.start, b.end).trim());
  // Raw top lines: mastheads, bylines and date lines are prose-less in Markdown. A saved web page's
  // furniture ("Skip to content", "Share this article") is no part of the header.
  const lines = text.slice(0, 2000).split(/\r?\n/).map((l) => linkText(l).replace(/^[*_>#\s]+|[*_\s]+$/g, ''));
  // A breadcrumb trail starts at the site: "Lorvenne Crier › News › Pradova" (not at "Home").
  const crumbs = lines.slice(0, 6).map(breadcrumb).find((c) => c);
  const site = crumbs && !GENERIC_CRUMB.test(crumbs[0]) ? crumbs[0] : undefined;
  const rawTop = lines.filter((l) => l && !isWebChrome(l)).slice(0, 10);
  const topLines = rawTop.filter((l) => !/^---$|^[a-z_]+\s*:\s/.test(l));
  const above = mastheadAbove(topLines);
  const masthead = above ? topLines[0].split(SEGMENT_SEPARATOR)[0].trim() : undefined;

  const title = f.title ?? layout.heading ?? above?.headline ?? firstLines.find((l) => l.length > 0);
  if (title) meta.title = clip(title.replace(/^#+\s*/, ''), 200);
  const header = headerFields(topLines, meta.title);
  const outlet = f.outlet ?? (masthead ? mastheadCase(masthead) : undefined) ?? site ?? header.outlet;
  const byline = f.byline ?? header.byline;
  const stamp = f.published || header.published ? undefined : stampWithoutYear(topLines, text);
  const published = (f.published ? parseDateText(f.published) : undefined) ?? header.published ?? stamp?.published;
  if (stamp?.undated) meta.undated = stamp.undated;
  if (outlet) meta.outlet = clip(outlet, 120);
  if (byline) meta.byline = clip(byline, 120);
  if (published) meta.published = published;
  return meta;
}

// "Updated 13:30, Thursday 16 July", "Thursday, July 16": a live blog's stamp that gives the weekday but no year.
const WEEKDAY_DATE = /\b(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})|([a-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?)\b(?![\s,]*\d{4})/i;

/**
 * A stamp that gives a weekday, a day and a month but no year: dated in a year the article names in
 * which that day falls on that weekday, else left for the view to date from the other sources.
 */
function stampWithoutYear(lines: string[], text: string): { published?: string; undated?: NonNullable<SourceMeta['undated']> } | undefined {
  for (const line of lines) {
    // A time stamp ("Updated 13:30, Thursday 16 July"), not a headline that names a day ("Strike called for Monday 3 March").
    if (!STAMP.test(line) && !/\b\d{1,2}[:.]\d{2}\b/.test(line)) continue;
    const m = WEEKDAY_DATE.exec(line);
    if (!m) continue;
    const month = MONTHS[(m[3] ?? m[4]).toLowerCase()];
    const day = Number(m[2] ?? m[5]);
    if (!month || day < 1 || day > 31) continue;
    const undated = { month, day, weekday: WEEKDAYS.get(m[1].slice(0, 3).toLowerCase())! };
    // The years the page names, most named first; the first that fits. Not the year after one: a page
    // that names only an earlier event's year ("the 1958 eruption") is left for the other sources to date.
    const named = new Map<number, number>();
    for (const y of text.matchAll(/\b(?:19|20)\d\d\b/g)) named.set(Number(y[0]), (named.get(Number(y[0])) ?? 0) + 1);
    const years = [...named].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
    const fit = years.find((y) => dayFits(y, undated));
    return fit !== undefined ? { published: isoDay(fit, month, day) } : { undated };
  }
  return undefined;
}


function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** Counts words (runs of letters or digits) in prose. */
export function countWords(prose: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127 && c !== 0x2014 && c !== 0x2013 && c !== 0x201c && c !== 0x201d && c !== 0x2019 && c !== 0xa0;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
