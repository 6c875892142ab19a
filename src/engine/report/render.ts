import type { Actor, Claim, ContradictionSide, Report } from '../types';
import { clipText, escapeHtml, escapeMarkdownText } from '../escape';
import { CUE_VERBS } from '../lexicon/cues';
import { lineColumn } from '../annotations/json';

const plainLabel = (file: string, outlet?: string) => outlet ?? (file.split('/').pop() ?? file).replace(/\.(md|markdown|txt)$/i, '');
const labelIndexes = new WeakMap<Report, Map<string, string>>();

/**
 * The outlet name of a file in a report (the stated outlet, or the file name); with its folder when
 * another source has the same name (one outlet's articles about two stories).
 */
export function sourceLabel(report: Report, file: string): string {
  let labels = labelIndexes.get(report);
  if (!labels) {
    const named = new Map<string, number>();
    for (const s of report.sources) named.set(plainLabel(s.file, s.outlet), (named.get(plainLabel(s.file, s.outlet)) ?? 0) + 1);
    labels = new Map(report.sources.map((s) => {
      const label = plainLabel(s.file, s.outlet);
      return [s.file, named.get(label)! > 1 && s.file.includes('/') ? `${label} (${s.file.slice(0, s.file.lastIndexOf('/'))})` : label];
    }));
    labelIndexes.set(report, labels);
  }
  return labels.get(file) ?? plainLabel(file);
}

/** In how many sources an actor is named. */
function sourceCount(a: Actor): number {
  return new Set(a.mentions.map((m) => m.file)).size;
}

/** Actors ordered by how many sources and mentions they have. */
export function rankedActors(report: Report): Actor[] {
  // Each actor's spread counted once, not in every comparison of the sort.
  const spread = new Map(report.actors.map((a) => [a, sourceCount(a)]));
  return [...report.actors].sort((a, b) => spread.get(b)! - spread.get(a)! || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Claims grouped by speaker (actor name, or the description as written), largest groups first. */
export function claimsBySpeaker(report: Report): { speaker: string; claims: Claim[] }[] {
  const names = new Map(report.actors.map((a) => [a.id, a.name]));
  // Unnamed speakers group by their words whatever the case: "Police" opening a sentence is "police".
  const groups = new Map<string, { speaker: string; claims: Claim[] }>();
  for (const c of report.claims) {
    const named = c.speaker ? names.get(c.speaker) : undefined;
    const speaker = named || c.speakerText || '(unattributed)';
    const key = named ? `a:${c.speaker}` : `t:${speaker.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { speaker, claims: [] }));
    g.claims.push(c);
  }
  return [...groups.values()]
    .sort((a, b) => b.claims.length - a.claims.length || a.speaker.localeCompare(b.speaker));
}

function sideWho(report: Report, s: ContradictionSide): string {
  const outlet = s.outlet ?? sourceLabel(report, s.file);
  return s.speakerText ? `${s.speakerText}, ${outlet}` : outlet;
}

function countBy(a: Actor, file: string): number {
  let n = 0;
  for (const m of a.mentions) if (m.file === file) n++;
  return n;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The story (folder) of an actor, claim or contradiction: ids of a story in a folder start with its path ("flood/x2"; see the engine's eventOf). */
const storyOf = (id: string) => (id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '');

/** The story of each actor or contradiction, to name when the report holds several; empty when it holds one. */
function storyLabels(report: Report): (x: { id: string }) => string {
  const several = new Set([...report.actors, ...report.contradictions].map((x) => storyOf(x.id))).size > 1;
  return (x) => (several ? storyOf(x.id) || '(top folder)' : '');
}

/** How many sources the story of an actor (by its id, see storyLabels) has: all of them when the report is one story. */
function storySources(report: Report): (a: Actor) => number {
  const stories = new Set(report.actors.map((a) => storyOf(a.id)).filter(Boolean));
  if (!stories.size) return () => report.sources.length;
  const count = new Map<string, number>();
  for (const s of report.sources) {
    // The longest folder of the file's path that is a story; the top folder's story otherwise.
    let story = '';
    for (let at = s.file.lastIndexOf('/'); at > 0 && !story; at = s.file.lastIndexOf('/', at - 1)) if (stories.has(s.file.slice(0, at))) story = s.file.slice(0, at);
    count.set(story, (count.get(story) ?? 0) + 1);
  }
  return (a) => count.get(storyOf(a.id)) ?? report.sources.length;
}

/** "file:line:column" (1-based, as editors and terminals read it) when the text is at hand, else "file@offset". */
function place(file: string, offset: number, texts?: ReadonlyMap<string, string>): string {
  const text = texts?.get(file);
  if (text === undefined) return `${file}@${offset}`;
  const { line, column } = lineColumn(text, offset);
  return `${file}:${line}:${column}`;
}

/** The readable summary the CLI prints: sources, top actors, claims, contradictions with passages. */
export function renderSummary(report: Report, opts: { topActors?: number; texts?: ReadonlyMap<string, string> } = {}): string {
  const lines: string[] = [];
  const top = opts.topActors ?? 12;
  lines.push(`Triangulate: ${counts(report, ', ')}`);
  lines.push('', 'SOURCES');
  for (const s of report.sources) lines.push(`  ${s.file}  ${s.outlet ?? '(outlet unknown)'}${s.published ? `, ${s.published}` : ''}, ${s.words} words${s.title ? `\n      ${clipText(s.title, 90)}` : ''}`);
  lines.push('', 'TOP ACTORS');
  const ofStory = storySources(report);
  const storyName = storyLabels(report);
  for (const a of rankedActors(report).slice(0, top)) {
    const sources = sourceCount(a);
    const aka = a.aliases.filter((x) => x !== a.name);
    lines.push(`  ${a.name} (${a.type}${storyName(a) ? `, ${storyName(a)}` : ''}): ${n(a.mentions.length, 'mention')} in ${sources} of ${n(ofStory(a), 'source')}${aka.length ? `; also ${aka.slice(0, 4).join(', ')}` : ''}`);
  }
  const hedged = report.claims.filter((c) => c.hedged).length;
  const direct = report.claims.filter((c) => c.direct).length;
  lines.push('', `CLAIMS: ${report.claims.length} (${direct} direct quotes, ${hedged} hedged)`);
  for (const g of claimsBySpeaker(report).slice(0, 8)) lines.push(`  ${g.speaker}: ${g.claims.length}`);
  lines.push('', `CONTRADICTIONS: ${report.contradictions.length}`);
  const story = storyLabels(report);
  for (const x of report.contradictions) {
    lines.push(`  ${story(x) ? `${story(x)}: ` : ''}[${x.kind}${x.revision ? ', revision' : ''}] ${x.summary}  (confidence ${pct(x.confidence)})`);
    for (const s of x.sides) lines.push(`      ${sideWho(report, s)}: ${quoted(clipText(s.text, 140), (t) => t, '"')}  (${place(s.file, s.start, opts.texts)})`);
  }
  return lines.join('\n') + '\n';
}

/** The cross-source report as Markdown, with article text escaped. */
export function renderMarkdown(report: Report): string {
  // A file people read raw as well as rendered: only what could make a link, HTML or emphasis is escaped.
  const md = escapeMarkdownText;
  const out: string[] = [];
  out.push('# Cross-source report', '');
  out.push(`${counts(report, ', ')}.`, '');
  out.push('## Contradictions', '');
  if (!report.contradictions.length) out.push('None found.', '');
  const story = storyLabels(report);
  for (const x of report.contradictions) {
    out.push(`### ${md(x.summary)}`, '', `*${story(x) ? `${md(story(x))}, ` : ''}${x.kind}${x.revision ? ' (revision)' : ''}, confidence ${pct(x.confidence)}*`, '');
    for (const s of x.sides) out.push(`- **${md(sideWho(report, s))}**: ${quoted(clipText(s.text, 300), md)} (${md(s.file)})`);
    out.push('');
  }
  out.push('## Actors by source', '');
  const files = report.sources.map((s) => s.file);
  if (files.length <= SOURCE_COLUMNS) {
    out.push(`| Actor | Type | ${files.map((f) => md(sourceLabel(report, f))).join(' | ')} |`);
    out.push(`| --- | --- | ${files.map(() => '---:').join(' | ')} |`);
    for (const a of rankedActors(report).slice(0, 40)) out.push(`| ${md(a.name)} | ${a.type} | ${files.map((f) => countBy(a, f) || '').join(' | ')} |`);
  } else {
    out.push('| Actor | Type | Sources | Mentions |', '| --- | --- | ---: | ---: |');
    for (const a of rankedActors(report).slice(0, 40)) out.push(`| ${md(a.name)} | ${a.type} | ${sourceCount(a)} | ${a.mentions.length} |`);
  }
  out.push('', '## Claims by speaker', '');
  for (const g of claimsBySpeaker(report)) {
    out.push(`### ${md(g.speaker)}`, '');
    for (const c of g.claims) out.push(`- ${c.hedged ? '*(hedged)* ' : ''}${c.polarity === 'deny' ? `*(${polarityLabel(c)})* ` : ''}${quoted(clipText(c.text, 240), md)} (${md(sourceLabel(report, c.file))})`);
    out.push('');
  }
  out.push('## Sources', '');
  for (const s of report.sources) out.push(`- ${md(s.file)}: ${md(s.outlet ?? 'outlet unknown')}${s.published ? `, ${s.published}` : ''}${s.title ? `: *${md(clipText(s.title, 120))}*` : ''} (${s.words} words)`);
  return out.join('\n') + '\n';
}

/** Options for the HTML report: a webview passes its CSP source, a nonce and a script to link passages. */
export interface HtmlOptions {
  nonce?: string;
  cspSource?: string;
  scriptUri?: string;
  styleUri?: string;
  /**
   * At most this many contradictions, claims and sources are listed (a note says how many are
   * left out): a page a reader can open on a folder of thousands of articles. All of them by default.
   */
  limits?: { contradictions: number; claims: number; sources: number };
}

/** The limits of the report shown in the editor (see HtmlOptions.limits); an exported report has none. */
export const PANEL_LIMITS = { contradictions: 300, claims: 600, sources: 300 };

/** The actors table's rows: the actors named in the most sources. */
const ACTOR_ROWS = 60;

/** More sources than this are counted in the actors table rather than given a column each. */
const SOURCE_COLUMNS = 12;

/** The cross-source report as a standalone HTML page with a strict Content-Security-Policy. */
export function renderHtml(report: Report, opts: HtmlOptions = {}): string {
  const h = escapeHtml;
  const nonce = opts.nonce;
  const csp = [
    "default-src 'none'",
    `style-src ${opts.cspSource ? h(opts.cspSource) + ' ' : ''}${nonce ? `'nonce-${h(nonce)}'` : "'unsafe-inline'"}`,
    `script-src ${nonce ? `'nonce-${h(nonce)}'` : "'none'"}`,
    opts.cspSource ? `img-src ${h(opts.cspSource)}` : "img-src 'none'",
  ].join('; ');
  const files = report.sources.map((s) => s.file);
  const link = (file: string, start: number, end: number, label: string) =>
    `<a class="passage" href="#" data-file="${h(file)}" data-start="${start}" data-end="${end}">${label}</a>`;
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">`);
  parts.push(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  parts.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>Triangulate: Cross-Source Report</title>`);
  parts.push(`<style${nonce ? ` nonce="${h(nonce)}"` : ''}>${STYLE}</style></head><body>`);
  parts.push(`<h1>Cross-source report</h1><p class="counts">${counts(report, ' · ')}</p>`);
  parts.push(`<h2>Contradictions</h2>`);
  if (!report.contradictions.length) parts.push('<p>None found.</p>');
  const story = storyLabels(report);
  const limits = opts.limits;
  // What a limit leaves out, said where the list ends.
  const more = (shown: number, all: number, noun: string) => (shown < all
    ? `<p class="more">Showing the first ${shown.toLocaleString('en')} of ${all.toLocaleString('en')} ${noun}s; Triangulate: Export Report writes them all.</p>` : '');
  const contradictions = limits ? report.contradictions.slice(0, limits.contradictions) : report.contradictions;
  for (const x of contradictions) {
    parts.push(`<section class="contradiction"><h3>${story(x) ? `<span class="story">${h(story(x))}</span> ` : ''}<span class="kind kind-${h(x.kind)}">${h(x.kind)}${x.revision ? ' · revision' : ''}</span> ${h(x.summary)}</h3><ul>`);
    for (const s of x.sides) parts.push(`<li><strong>${h(sideWho(report, s))}</strong>: ${quoted(clipText(s.text, 300), (t) => link(s.file, s.start, s.end, h(t)))}</li>`);
    parts.push(`</ul><p class="confidence">confidence ${pct(x.confidence)}</p></section>`);
  }
  parts.push(more(contradictions.length, report.contradictions.length, 'contradiction'));
  // A column per source while they fit on a page; beyond that, in how many sources and how often.
  const columns = files.length <= SOURCE_COLUMNS;
  const heads = columns ? files.map((f) => `<th>${h(sourceLabel(report, f))}</th>`).join('') : '<th>Sources</th><th>Mentions</th>';
  parts.push(`<h2>Actors by source</h2><table><thead><tr><th>Actor</th><th>Type</th>${heads}</tr></thead><tbody>`);
  const ranked = rankedActors(report);
  for (const a of ranked.slice(0, ACTOR_ROWS)) {
    const first = a.mentions[0];
    // Two stories may each have their own actor of one name: the story tells them apart.
    const name = `${first ? link(first.file, first.start, first.end, h(a.name)) : h(a.name)}${story(a) ? ` <span class="story">${h(story(a))}</span>` : ''}`;
    const cells = columns ? files.map((f) => `<td class="n">${countBy(a, f) || ''}</td>`).join('')
      : `<td class="n">${sourceCount(a)}</td><td class="n">${a.mentions.length}</td>`;
    parts.push(`<tr><td>${name}</td><td class="type-${h(a.type)}">${h(a.type)}</td>${cells}</tr>`);
  }
  parts.push('</tbody></table>');
  if (ranked.length > ACTOR_ROWS) parts.push(`<p class="more">The ${ACTOR_ROWS} actors named in the most sources, of ${n(ranked.length, 'actor')}.</p>`);
  parts.push('<h2>Claims by speaker</h2>');
  let claimsLeft = limits ? limits.claims : Number.POSITIVE_INFINITY;
  for (const g of claimsBySpeaker(report)) {
    if (claimsLeft <= 0) break;
    parts.push(`<h3>${h(g.speaker)} <span class="muted">(${g.claims.length})</span></h3><ul>`);
    for (const c of g.claims.slice(0, claimsLeft)) {
      const tags = `${c.hedged ? '<span class="tag">hedged</span> ' : ''}${c.polarity === 'deny' ? `<span class="tag">${polarityLabel(c)}</span> ` : ''}`;
      parts.push(`<li>${tags}${quoted(clipText(c.text, 240), (t) => link(c.file, c.start, c.end, h(t)))} <span class="muted">${h(sourceLabel(report, c.file))}</span></li>`);
    }
    claimsLeft -= g.claims.length;
    parts.push('</ul>');
  }
  if (limits) parts.push(more(Math.min(limits.claims, report.claims.length), report.claims.length, 'claim'));
  parts.push(`<h2>Sources</h2><ul>`);
  const sources = limits ? report.sources.slice(0, limits.sources) : report.sources;
  for (const s of sources) parts.push(`<li><strong>${h(s.outlet ?? 'outlet unknown')}</strong>${s.published ? `, ${h(s.published)}` : ''}: ${h(s.title ?? s.file)} <span class="muted">(${h(s.file)}, ${s.words} words)</span></li>`);
  parts.push('</ul>');
  parts.push(more(sources.length, report.sources.length, 'source'));
  if (opts.scriptUri && nonce) parts.push(`<script nonce="${h(nonce)}" src="${h(opts.scriptUri)}"></script>`);
  parts.push('</body></html>');
  return parts.join('\n');
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); padding: 0 1.5em 2em; max-width: 70em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { margin-top: 1.6em; border-bottom: 1px solid var(--vscode-panel-border, #ccc); padding-bottom: 0.2em; }
h3 { font-size: 1.05em; margin: 0.9em 0 0.3em; }
.counts, .muted, .confidence, .more { color: var(--vscode-descriptionForeground, #666); }
.more { font-style: italic; }
.contradiction { border-left: 3px solid var(--vscode-editorWarning-foreground, #c80); padding: 0.1em 0 0.1em 0.9em; margin: 0.8em 0; }
.kind { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; padding: 0.1em 0.45em; border-radius: 3px; background: var(--vscode-badge-background, #ddd); color: var(--vscode-badge-foreground, #222); }
.story { font-size: 0.8em; padding: 0.1em 0.45em; border-radius: 3px; border: 1px solid var(--vscode-panel-border, #bbb); color: var(--vscode-descriptionForeground, #555); }
.tag { font-size: 0.8em; padding: 0 0.4em; border-radius: 3px; background: var(--vscode-badge-background, #eee); color: var(--vscode-badge-foreground, #333); }
table { border-collapse: collapse; } th, td { padding: 0.25em 0.7em; border-bottom: 1px solid var(--vscode-panel-border, #ddd); text-align: left; } td.n { text-align: right; }
a.passage { color: var(--vscode-textLink-foreground, #06c); text-decoration: none; } a.passage:hover { text-decoration: underline; }
.type-person { color: var(--vscode-charts-blue, #0063b1); } .type-organization { color: var(--vscode-charts-purple, #8a2be2); } .type-place { color: var(--vscode-charts-green, #2e7d32); }
`;

/** A passage in quotation marks, unless it opens with its own (a quotation and its attribution). */
function quoted(text: string, render: (t: string) => string, mark?: string): string {
  return /^["“‘'«]/.test(text) ? render(text) : `${mark ?? '“'}${render(text)}${mark ?? '”'}`;
}

/**
 * How a claim that says "no" is labelled: a denial when its reporting verb denies ("denied",
 * "rejected"), else a negative statement ("officers had not ruled anything out").
 */
export function polarityLabel(c: Claim): 'denial' | 'negative' {
  return c.cue.toLowerCase().split(/\s+/).some((w) => CUE_VERBS.get(w)?.deny) ? 'denial' : 'negative';
}

/** "1 source", "2 sources". */
function n(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/** The report's counts: "5 sources, 29 actors, 111 claims, 6 contradictions". */
function counts(report: Report, sep: string): string {
  return [n(report.sources.length, 'source'), n(report.actors.length, 'actor'), n(report.claims.length, 'claim'), n(report.contradictions.length, 'contradiction')].join(sep);
}
