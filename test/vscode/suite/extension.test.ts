// Extension-host tests: run inside a real VS Code (code-server or desktop)
// against a temp copy of samples/harbor-blast plus test/vscode/fixtures/crafted.md,
// in the Node extension host (the desktop build) and in the web worker extension
// host (the web build). Files are named by URIs under the workspace folder, never
// by local paths: in the web worker host the folder is a vscode-remote: URI.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../../src/vscode/extension';
import { LONG_VIEW_MS, createAnalysisClient, type AnalysisClient, type EngineEvents, type EnginePort } from '../../../src/vscode/analysis-client';
import { createWorkspaceIndex } from '../../../src/vscode/workspace-index';
import { createAnnotationStore } from '../../../src/vscode/annotation-store';
import { registerHoverProvider } from '../../../src/vscode/hover-provider';
import { hydrateView } from '../../../src/engine/view';
import type { AnalysisRequest } from '../../../src/vscode/analysis-worker';
import type { DocumentAnalysis } from '../../../src/engine/types';


const EXTENSION_ID = 'triangulate.triangulate';
const REPORT_TITLE = 'Triangulate: Cross-Source Report';
const COMMANDS = ['triangulate.showReport', 'triangulate.reanalyze', 'triangulate.revealPassage', 'triangulate.exportReport', 'triangulate.revealActor', 'triangulate.nextContradiction', 'triangulate.previousContradiction'];
/** The outlets of samples/harbor-blast, as their articles name them. */
const OUTLETS = ['Coastal Ledger', 'Daily Sentinel', 'Meridian Wire', 'Northgate Post', 'Radio Selwyn'];
const SAMPLE_ARTICLES = ['coastal-ledger.md', 'daily-sentinel.txt', 'meridian-wire.md', 'northgate-post.txt', 'radio-selwyn.md'];
const ACTORS: Array<{ name: string; type: RegExp }> = [
  { name: 'Elena Varga', type: /person/i },
  { name: 'Tomas Brandt', type: /person/i },
  { name: 'Ruth Okafor', type: /person/i },
  { name: 'Harlow Chemicals', type: /organi[sz]ation/i },
];
const CRAFTED = 'crafted.md';
const CRAFTED_ACTOR = 'Greta Holloway';

let api: TriangulateApi;

/** A TRIANGULATE_TEST_* variable from the runner; a web worker has no process.env. */
function testEnv(name: string): string | undefined {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
}

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return folder.uri;
}

function articleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function waitFor<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined && v !== null && (v as unknown) !== false) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens an article and returns the position inside the first plain mention of `name`. */
async function mention(file: string, name: string): Promise<{ doc: vscode.TextDocument; pos: vscode.Position } | undefined> {
  const doc = await vscode.workspace.openTextDocument(articleUri(file));
  const at = doc.getText().indexOf(name);
  if (at < 0) return undefined;
  return { doc, pos: doc.positionAt(at + Math.min(2, name.length - 1)) };
}

type HoverPart = vscode.MarkdownString | vscode.MarkedString;

async function hoversAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover[]> {
  await vscode.window.showTextDocument(doc, { preview: false });
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
}

function partText(part: HoverPart): string {
  if (typeof part === 'string') return part;
  return part.value;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map(partText)).join('\n\n');
}

/** Prints what a test saw when TRIANGULATE_TEST_DEBUG is set. */
function debug(what: string, text: string): void {
  if (testEnv('TRIANGULATE_TEST_DEBUG')) console.log(`----- ${what}\n${text}\n-----`);
}

function treeLabel(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : (l?.label ?? '');
}

// --- what "no live injected link" means ---------------------------------------

/** Live markdown links or autolinks to command: / javascript: targets (unescaped brackets). */
const LIVE_MD_LINK = /(?<!\\)\]\(\s*<?\s*(command|javascript):|(?<!\\)\]:\s*<?\s*(command|javascript):|(?<!\\)<(command|javascript):/i;
/** The start tags of an HTML text, with their attributes (quoted values understood). */
function htmlTags(html: string): Array<{ tag: string; attrs: Array<[string, string]> }> {
  const tags: Array<{ tag: string; attrs: Array<[string, string]> }> = [];
  const tagRe = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attrRe = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of html.matchAll(tagRe)) {
    const attrs: Array<[string, string]> = [];
    for (const a of m[2].matchAll(attrRe)) attrs.push([a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']);
    tags.push({ tag: m[1].toLowerCase(), attrs });
  }
  return tags;
}

/** What in an HTML text would run script or a command if rendered: script tags aside, which the caller checks. */
function liveHtml(html: string): string[] {
  const found: string[] = [];
  for (const { tag, attrs } of htmlTags(html)) {
    for (const [name, value] of attrs) {
      if (name.startsWith('on')) found.push(`<${tag} ${name}=…>`);
      if (/^(href|src|action|formaction|data-href)$/.test(name) && /^\s*(javascript|command:workbench)/i.test(value)) {
        found.push(`<${tag} ${name}="${value}">`);
      }
    }
  }
  return found;
}

function assertSafeMarkdown(part: HoverPart, where: string): void {
  if (typeof part === 'string') {
    assert.doesNotMatch(part, LIVE_MD_LINK, `${where}: MarkedString with a live command:/javascript: link`);
    return;
  }
  if (!(part instanceof vscode.MarkdownString)) return; // { language, value }: a code block, rendered as text
  const trust = part.isTrusted;
  assert.notEqual(trust, true, `${where}: MarkdownString is fully trusted (isTrusted: true) while showing article text`);
  if (trust && typeof trust === 'object') {
    const bad = (trust.enabledCommands ?? []).filter((c) => !c.startsWith('triangulate.'));
    assert.deepEqual(bad, [], `${where}: isTrusted.enabledCommands allows commands outside triangulate.*`);
  }
  // Any command: link that survives must be one of the extension's own.
  for (const m of part.value.matchAll(/(?<!\\)\]\(\s*<?\s*command:([\w.-]+)/g)) {
    assert.ok(m[1].startsWith('triangulate.'), `${where}: live link to command:${m[1]} in ${JSON.stringify(part.value)}`);
  }
  assert.doesNotMatch(part.value, /(?<!\\)\]\(\s*<?\s*javascript:/i, `${where}: live javascript: link`);
  for (const m of part.value.matchAll(/command:workbench/g)) {
    const before = part.value.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    assert.doesNotMatch(before, /(?<!\\)\]\(\s*<?\s*$|(?<!\\)<$|href\s*=\s*["']?$/i, `${where}: command:workbench appears unescaped (…${before}command:workbench…)`);
  }
  if (part.supportHtml) {
    assert.doesNotMatch(part.value, /<script\b/i, `${where}: supportHtml MarkdownString carries a <script> tag`);
    assert.deepEqual(liveHtml(part.value), [], `${where}: supportHtml MarkdownString carries live HTML`);
  }
}

// ------------------------------------------------------------------------------

suite('Triangulate in a real VS Code', () => {
  suiteSetup(async function () {
    this.timeout(180_000);
    const ext = vscode.extensions.getExtension<TriangulateApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
    api = await ext.activate();
    assert.ok(api, 'activate() returned no API');
    assert.equal(typeof api.whenReady, 'function', 'API lacks whenReady()');
    await api.whenReady();
  });

  test('activates and registers its commands', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'extension is not active');
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of COMMANDS) assert.ok(all.has(c), `command ${c} is not registered`);
    assert.equal(typeof api.reportHtml, 'function', 'API lacks reportHtml()');
    assert.ok(api.contradictionsProvider, 'API lacks contradictionsProvider');
  });

  test('analyses off the extension host\'s thread: a worker thread in Node, a Web Worker in the browser', async () => {
    const node = typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';
    assert.equal(api.analysisStats().engine, node ? 'worker thread' : 'web worker', `engine in the ${node ? 'Node' : 'web worker'} extension host`);
  });

  test('a scan spreads its articles over helper engines where the machine has spare cores', async () => {
    const stats = api.analysisStats();
    debug('analysis stats', JSON.stringify(stats));
    assert.ok(stats.analysed >= SAMPLE_ARTICLES.length, `the first scan analysed ${stats.analysed} articles`);
    if (stats.helpers > 0) assert.ok(stats.byHelpers > 0 && stats.byHelpers < stats.analysed, `helpers made ${stats.byHelpers} of ${stats.analysed} analyses`);
    else assert.equal(stats.byHelpers, 0);
    // The engine was told which articles the scan would bring, and compared the story once its last was in.
    assert.ok(stats.comparedAhead >= 1, `${stats.comparedAhead} stories compared while the folder was read`);
  });

  for (const actor of ACTORS) {
    test(`hover on "${actor.name}" shows its card`, async () => {
      let found: { doc: vscode.TextDocument; pos: vscode.Position } | undefined;
      for (const f of SAMPLE_ARTICLES) {
        found = await mention(f, actor.name);
        if (found) break;
      }
      assert.ok(found, `no sample article mentions ${actor.name}`);
      const hovers = await hoversAt(found.doc, found.pos);
      const text = hoverText(hovers);
      debug(`hover on ${actor.name}`, text);
      const where = `${baseName(found.doc.uri)}:${found.pos.line + 1}:${found.pos.character + 1}`;
      assert.ok(hovers.length > 0, `no hover at ${where}`);
      assert.ok(text.includes(actor.name), `hover at ${where} does not name ${actor.name}:\n${text}`);
      const bold = new RegExp(`(\\*\\*|__|<b>|<strong>)[^*_<]*${actor.name.replace(/ /g, '\\s+')}[^*_<]*(\\*\\*|__|</b>|</strong>)`);
      assert.match(text, bold, `hover at ${where} does not show ${actor.name} in bold:\n${text}`);
      assert.match(text, actor.type, `hover at ${where} does not give the actor's type (${actor.type}):\n${text}`);
    });
  }

  test('Contradictions tree lists items whose sides reveal passages', async () => {
    await vscode.commands.executeCommand('triangulate.contradictions.focus');
    const provider = api.contradictionsProvider;
    const roots = (await provider.getChildren(undefined)) ?? [];
    assert.ok(roots.length > 0, 'the Contradictions tree has no root items');
    const rootItems = await Promise.all(roots.map((r) => provider.getTreeItem(r)));
    debug('Contradictions', rootItems.map((t) => `${treeLabel(t)} — ${t.description ?? ''}`).join('\n'));
    rootItems.forEach((item, i) => assert.ok(treeLabel(item).trim(), `root item ${i} has no label`));

    const expandable = roots.findIndex((_, i) => rootItems[i].collapsibleState !== vscode.TreeItemCollapsibleState.None);
    assert.ok(expandable >= 0, `no root item is expandable: ${rootItems.map(treeLabel).join(' | ')}`);
    const sides = (await provider.getChildren(roots[expandable])) ?? [];
    const label = treeLabel(rootItems[expandable]);
    assert.ok(sides.length >= 2, `"${label}" has ${sides.length} side(s), expected at least 2`);
    const sideItems = await Promise.all(sides.map((s) => provider.getTreeItem(s)));
    sideItems.forEach((item, i) => {
      assert.ok(treeLabel(item).trim(), `side ${i} of "${label}" has no label`);
      assert.equal(item.command?.command, 'triangulate.revealPassage', `side ${i} of "${label}" ("${treeLabel(item)}") does not reveal its passage`);
    });

    // Running a side's command opens its article.
    const cmd = sideItems[0].command as vscode.Command;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const editor = await waitFor('an editor after triangulate.revealPassage', () => vscode.window.activeTextEditor);
    const file = editor.document.uri.toString();
    assert.ok(
      file.startsWith(`${workspaceFolder().toString()}/`) && /\.(md|txt)$/.test(file),
      `triangulate.revealPassage opened ${editor.document.uri.toString()}, not an article of the workspace`,
    );
  });

  test('Filter Contradictions shows one kind, and Show All brings the others back', async () => {
    const provider = api.contradictionsProvider;
    const all = (await provider.getChildren(undefined)) ?? [];
    const kinds = async () => (await Promise.all(((await provider.getChildren(undefined)) ?? []).map((n) => provider.getTreeItem(n)))).map((t) => String(t.description ?? '').split(' · ')[0]);
    assert.ok((await kinds()).includes('numeric') && new Set(await kinds()).size > 1, `kinds: ${(await kinds()).join(', ')}`);
    await vscode.commands.executeCommand('triangulate.filterContradictions', ['numeric']);
    const numeric = await kinds();
    assert.ok(numeric.length > 0 && numeric.every((k) => k === 'numeric'), `filtered: ${numeric.join(', ')}`);
    await vscode.commands.executeCommand('triangulate.clearContradictionsFilter');
    assert.equal(((await provider.getChildren(undefined)) ?? []).length, all.length);
  });

  test('Show Cross-Source Report renders a CSP-guarded webview naming every outlet', async () => {
    await vscode.commands.executeCommand('triangulate.showReport');
    const html = await waitFor('reportHtml() after triangulate.showReport', () => api.reportHtml());
    const meta = html.match(/<meta\b[^>]*http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>/i);
    assert.ok(meta, 'report HTML has no Content-Security-Policy meta');
    const nonce = meta[0].match(/'nonce-([A-Za-z0-9+/=_-]{8,})'/)?.[1];
    assert.ok(nonce, `CSP has no nonce source: ${meta[0]}`);
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
      assert.ok(tag.includes(`nonce="${nonce}"`), `script without the CSP nonce: ${tag}`);
    }
    for (const outlet of OUTLETS) assert.ok(html.includes(outlet), `report does not name the outlet ${outlet}`);

    const tab = await waitFor('the report tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === REPORT_TITLE),
    );
    assert.ok(tab.input instanceof vscode.TabInputWebview, `"${REPORT_TITLE}" tab is not a webview`);
  });

  test('Re-analyze Workspace keeps the results, reading every unchanged article and the cross-source view from the cache', async () => {
    // After the first scan the view is stored for the next opening of the folder.
    await waitFor('the cross-source view stored', async () => api.analysisStats().viewsSaved > 0 || undefined);
    const before = api.analysisStats();
    // What the two trees show, to compare with the restored view's.
    const items = async <T>(p: vscode.TreeDataProvider<T>) => Promise.all(((await p.getChildren()) ?? []).map(async (n) => {
      const t = await p.getTreeItem(n);
      return `${treeLabel(t)} | ${String(t.description ?? '')}`;
    }));
    const shown = async () => ({ contradictions: await items(api.contradictionsProvider), actors: await items(api.actorsProvider) });
    const built = await shown();
    await vscode.commands.executeCommand('triangulate.reanalyze');
    await api.whenReady();
    const roots = (await api.contradictionsProvider.getChildren(undefined)) ?? [];
    assert.ok(roots.length > 0, 'the Contradictions tree is empty after triangulate.reanalyze');
    assert.deepEqual(await shown(), built, 'the restored view shows other results than the view built');
    const after = api.analysisStats();
    const sources = ((await api.sourcesProvider.getChildren(undefined)) ?? []).length;
    assert.equal(after.analysed, before.analysed, `the re-scan analysed ${after.analysed - before.analysed} article(s) again instead of reading the cache`);
    assert.ok(after.fromCache - before.fromCache >= SAMPLE_ARTICLES.length, `the re-scan read ${after.fromCache - before.fromCache} analyses from the cache (${sources} sources)`);
    assert.equal(after.viewsRestored, before.viewsRestored + 1, 'the re-scan built the view again instead of restoring the stored one');
    assert.equal(after.comparedAhead, before.comparedAhead, 'the re-scan compared sources whose stored view it restored');
    // Read here beside the engine (the bytes the engine is handed are a copy): shown without waiting for the engine to send it.
    assert.equal(after.viewsReadHere, before.viewsReadHere + 1, 'the stored view was not read on the extension host (see the Triangulate output)');
    // The desktop build reads the articles, their cached analyses and the stored view on disk with
    // Node's fs (a round trip to the workbench each through vscode.workspace.fs); the web build has only vscode.workspace.fs.
    const onDisk = after.onDisk - before.onDisk;
    // (each cached analysis and the view; articles open in an editor are read from the editor)
    if (after.engine === 'worker thread') assert.ok(onDisk >= after.fromCache - before.fromCache + 1, `${onDisk} files read on disk for ${after.fromCache - before.fromCache} cached analyses and the view`);
    else assert.equal(onDisk, 0, `the ${after.engine} build read ${onDisk} files without vscode.workspace.fs`);
  });

  test('hover on a figure shows the same quantity in the other sources, conflicts marked', async () => {
    const m = await mention('meridian-wire.md', 'nine people were killed');
    assert.ok(m, 'meridian-wire.md states the police figure');
    const text = hoverText(await hoversAt(m.doc, m.pos));
    debug('hover on nine', text);
    assert.match(text, /in the other sources/, `no cross-source figures in the card:\n${text}`);
    assert.match(text, /conflicts\*\*: 12/, `the 12 dead of other outlets is not marked as a conflict:\n${text}`);
  });

  test('Actors view groups actors by type, with mentions that open their passage', async () => {
    const provider = api.actorsProvider;
    const roots = (await provider.getChildren(undefined)) ?? [];
    const rootLabels = (await Promise.all(roots.map((r) => provider.getTreeItem(r)))).map(treeLabel);
    assert.deepEqual(rootLabels.filter((l) => ['People', 'Organizations', 'Places'].includes(l)), ['People', 'Organizations', 'Places'], `root items: ${rootLabels.join(', ')}`);
    const people = (await provider.getChildren(roots[rootLabels.indexOf('People')])) ?? [];
    const names = (await Promise.all(people.map((p) => provider.getTreeItem(p)))).map(treeLabel);
    for (const person of ['Elena Varga', 'Tomas Brandt', 'Ruth Okafor']) assert.ok(names.includes(person), `People lacks ${person}: ${names.join(', ')}`);
    const varga = people[names.indexOf('Elena Varga')];
    const mentions = (await provider.getChildren(varga)) ?? [];
    assert.ok(mentions.length >= 5, `Elena Varga has ${mentions.length} mention nodes`);
    const item = await provider.getTreeItem(mentions[0]);
    assert.equal(item.command?.command, 'triangulate.revealPassage');
    assert.ok(provider.getParent, 'the Actors provider implements getParent (reveal needs it)');
    assert.equal(await provider.getParent!(mentions[0]), varga, 'a mention\'s parent is its actor');
  });

  test('Sources view lists each article with its outlet', async () => {
    const roots = (await api.sourcesProvider.getChildren(undefined)) ?? [];
    const labels = (await Promise.all(roots.map((r) => api.sourcesProvider.getTreeItem(r)))).map(treeLabel);
    for (const outlet of OUTLETS) assert.ok(labels.some((l) => l.includes(outlet)), `Sources lacks ${outlet}: ${labels.join(', ')}`);
  });

  test('Export Report writes the schema-v1 JSON and a CSV', async () => {
    const json = vscode.Uri.joinPath(workspaceFolder(), '..', `export-${Date.now()}.json`);
    const written = await vscode.commands.executeCommand<vscode.Uri>('triangulate.exportReport', 'json', json);
    assert.equal(written?.toString(), json.toString());
    const report = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json)));
    assert.equal(report.schemaVersion, 1);
    assert.ok(report.sources.length >= 5 && report.actors.length > 5 && report.contradictions.length > 0);
    const csv = vscode.Uri.joinPath(workspaceFolder(), '..', `export-${Date.now()}.csv`);
    await vscode.commands.executeCommand('triangulate.exportReport', 'CSV: contradictions', csv);
    const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)).trim().split('\r\n');
    assert.match(rows[0], /^contradiction,kind,/);
    assert.ok(rows.length > 2, 'the CSV has a row per contradiction side');
  });

  test('Next Contradiction selects a disputed passage of the active article', async () => {
    const doc = await vscode.workspace.openTextDocument(articleUri('meridian-wire.md'));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('triangulate.nextContradiction');
    const first = editor.selection;
    assert.ok(!first.isEmpty, 'no passage selected');
    assert.ok(doc.offsetAt(first.start) > 0);
    await vscode.commands.executeCommand('triangulate.nextContradiction');
    await vscode.commands.executeCommand('triangulate.previousContradiction');
    assert.ok(editor.selection.isEqual(first), 'previous undoes next');
  });

  test('Reveal Actor opens the actor\'s first mention', async () => {
    const people = (await api.actorsProvider.getChildren((await api.actorsProvider.getChildren(undefined))![0])) ?? [];
    const node = people[0] as { actorId: string };
    await vscode.commands.executeCommand('triangulate.revealActor', node.actorId);
    const editor = await waitFor('an editor after revealActor', () => vscode.window.activeTextEditor);
    const label = treeLabel(await api.actorsProvider.getTreeItem(node));
    assert.ok(editor.document.getText(editor.selection).length > 0, 'the mention is selected');
    assert.ok(label.includes(editor.document.getText(editor.selection).split(' ').pop()!), `selected "${editor.document.getText(editor.selection)}" for ${label}`);
  });

  test('an edit is followed: a name typed into an article gets a hover card and a place in the Actors view, and leaves with the undo', async () => {
    const doc = await vscode.workspace.openTextDocument(articleUri('northgate-post.txt'));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const added = '\n\nFire Commissioner Odile Fenwick said the harbour would reopen on Monday.\n';
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), added));
    const at = doc.getText().indexOf('Odile Fenwick');
    const card = await waitFor('a hover card on the typed name', async () => {
      const t = hoverText(await hoversAt(doc, doc.positionAt(at + 2)));
      return /\*\*Odile Fenwick\*\*/.test(t) ? t : undefined;
    });
    assert.match(card, /person/i);
    const people = (await api.actorsProvider.getChildren((await api.actorsProvider.getChildren(undefined))![0])) ?? [];
    const names = (await Promise.all(people.map((p) => api.actorsProvider.getTreeItem(p)))).map(treeLabel);
    assert.ok(names.includes('Odile Fenwick'), `People: ${names.join(', ')}`);
    await vscode.commands.executeCommand('undo');
    await waitFor('the typed name gone from the Actors view', async () => {
      const now = (await api.actorsProvider.getChildren((await api.actorsProvider.getChildren(undefined))![0])) ?? [];
      const labels = (await Promise.all(now.map((p) => api.actorsProvider.getTreeItem(p)))).map(treeLabel);
      return !labels.includes('Odile Fenwick');
    });
    assert.equal(doc.isDirty, false, 'the undo restored the saved text');
  });

  test('a folder holding another story is compared only within itself, and named in the tree', async () => {
    const story = vscode.Uri.joinPath(workspaceFolder(), 'second-story');
    const tree = api.contradictionsProvider;
    // Each dispute of the tree (under its story's node when there are several), with the story and
    // the files of its sides (a side's command names its file).
    const disputes = async () => {
      const under = await Promise.all(((await tree.getChildren(undefined)) ?? []).map(async (root) => {
        const item = await tree.getTreeItem(root);
        return item.contextValue === 'story' ? ((await tree.getChildren(root)) ?? []).map((node) => ({ node, story: treeLabel(item) })) : [{ node: root, story: undefined }];
      }));
      return Promise.all(under.flat().map(async ({ node, story }) => ({
        item: await tree.getTreeItem(node),
        story,
        files: await Promise.all(((await tree.getChildren(node)) ?? []).map(async (s) => String((await tree.getTreeItem(s)).command?.arguments?.[0]))),
      })));
    };
    const storyOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');
    // What the index holds, for a failure's message: each source's file, and each dispute's files.
    const state = async () => {
      const sources = await Promise.all(((await api.sourcesProvider.getChildren(undefined)) ?? []).map((s) => api.sourcesProvider.getTreeItem(s)));
      return `sources: ${sources.map((t) => t.resourceUri?.path.split('/').slice(-2).join('/')).join(', ')}; disputes: ${(await disputes()).map((x) => `${treeLabel(x.item)} [${x.files.join(', ')}]`).join('; ')}`;
    };
    const within = <T>(what: string, get: () => Promise<T | undefined>) => waitFor(what, get, 40_000).catch(async (e: Error) => {
      throw new Error(`${e.message}; ${await state()}`);
    });
    // The story is written where the index does not look (node_modules is excluded), then moved
    // into the workspace as a whole folder, as a folder of articles copied in arrives.
    const staging = vscode.Uri.joinPath(workspaceFolder(), 'node_modules', 'second-story');
    try {
      for (const name of ['coastal-ledger.md', 'meridian-wire.md']) {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(articleUri(name)));
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(staging, name), new TextEncoder().encode(text.replace(/At least 12 people/g, 'At least 31 people')));
      }
      await vscode.workspace.fs.rename(staging, story);
      const listed = await within('the second story\'s own dispute in the tree', async () => {
        const all = await disputes();
        return all.some((x) => x.files.length && x.files.every((f) => f.startsWith('second-story/'))) ? all : undefined;
      });
      debug('Contradictions with two stories', listed.map((x) => `${treeLabel(x.item)} — ${x.item.description ?? ''}`).join('\n'));
      for (const x of listed) assert.equal(new Set(x.files.map(storyOf)).size, 1, `"${treeLabel(x.item)}" sets one story against the other: ${x.files.join(', ')}`);
      // Two stories: each dispute is listed under its story, named by its folder.
      for (const x of listed) assert.equal(x.story, storyOf(x.files[0]) || '(top folder)', `"${treeLabel(x.item)}" is listed under ${x.story}: ${x.files.join(', ')}`);
      assert.ok(listed.some((x) => x.story === 'second-story'), 'the second story has a node of its own');
    } finally {
      await vscode.workspace.fs.delete(story, { recursive: true });
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), 'node_modules'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await within('the second story gone from the tree', async () => (await disputes()).every((x) => !x.files.some((f) => f.startsWith('second-story/'))) || undefined);
    }
  });

  suite('corrections', () => {
    const annotationsFile = () => vscode.Uri.joinPath(workspaceFolder(), '.triangulate', 'annotations.json');
    const readAnnotations = async () => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(annotationsFile())));

    test('dismissing a contradiction removes it from the tree and records it beside the articles', async () => {
      const provider = api.contradictionsProvider;
      const roots = (await provider.getChildren(undefined)) ?? [];
      assert.ok(roots.length > 1);
      const label = treeLabel(await provider.getTreeItem(roots[0]));
      await vscode.commands.executeCommand('triangulate.dismissContradiction', roots[0], 'same figure, later count');
      await waitFor('the tree without the dismissed contradiction', async () => ((await provider.getChildren(undefined)) ?? []).length === roots.length - 1);
      const file = await readAnnotations();
      const dismissal = file.annotations.find((a: { kind: string }) => a.kind === 'contradiction.dismiss');
      assert.ok(dismissal, `no dismissal in ${annotationsFile().toString()}`);
      assert.equal(dismissal.reason, 'same figure, later count');
      const corrections = (await api.annotationsProvider.getChildren(undefined)) ?? [];
      const labels = (await Promise.all(corrections.map((c) => api.annotationsProvider.getTreeItem(c)))).map(treeLabel);
      assert.ok(labels.some((l) => l.startsWith('Contradiction dismissed')), `Corrections view: ${labels.join(', ')} (dismissed: ${label})`);
    });

    test('merging an actor shows the alias in the other actor\'s hover card', async () => {
      const doc = await vscode.workspace.openTextDocument(articleUri('radio-selwyn.md'));
      await vscode.window.showTextDocument(doc, { preview: false });
      const at = doc.getText().indexOf('Brandt, a twelve-year veteran');
      assert.ok(at >= 0, 'radio-selwyn.md names the firefighter by surname alone');
      const before = hoverText(await hoversAt(doc, doc.positionAt(at + 2)));
      assert.doesNotMatch(before, /\*\*Marta Brandt\*\*/, `the bare surname is already Marta Brandt:\n${before}`);
      await vscode.commands.executeCommand('triangulate.mergeActor', at + 2, 'Marta Brandt');
      const marta = doc.getText().indexOf('Marta Brandt');
      const after = await waitFor('the merged hover', async () => {
        const t = hoverText(await hoversAt(doc, doc.positionAt(at + 2)));
        return /\*\*Marta Brandt\*\*/.test(t) ? t : undefined;
      });
      assert.match(after, /\*\*Marta Brandt\*\*/);
      const card = hoverText(await hoversAt(doc, doc.positionAt(marta + 2)));
      assert.match(card, /Also: .*Brandt/, `Marta Brandt's card does not list the alias:\n${card}`);
    });

    test('"not an actor" removes the actor card at that mention', async () => {
      const doc = await vscode.workspace.openTextDocument(articleUri('coastal-ledger.md'));
      await vscode.window.showTextDocument(doc, { preview: false });
      const at = doc.getText().indexOf('Vessen');
      assert.ok(at >= 0);
      assert.match(hoverText(await hoversAt(doc, doc.positionAt(at + 2))), /\*\*Vessen\*\*/);
      await vscode.commands.executeCommand('triangulate.notAnActor', at + 2);
      await waitFor('the hover without Vessen', async () => !/\*\*Vessen\*\*/.test(hoverText(await hoversAt(doc, doc.positionAt(at + 2)))));
      const kinds = (await readAnnotations()).annotations.map((a: { kind: string }) => a.kind);
      assert.ok(kinds.includes('actor.reject') && kinds.includes('actor.merge'), kinds.join(', '));
    });
  });

  suite('crafted article (markup and command links in names and quotes)', () => {
    test(`hover cards carry no live injected link or markup`, async () => {
      const targets = [CRAFTED_ACTOR, 'Harlow Chemicals', 'Tomas Brandt'];
      let sawCrafted = false;
      for (const name of targets) {
        const m = await mention(CRAFTED, name);
        assert.ok(m, `${CRAFTED} does not mention ${name}`);
        const hovers = await hoversAt(m.doc, m.pos);
        const text = hoverText(hovers);
        debug(`hover on ${name} in ${CRAFTED}`, text);
        if (name === CRAFTED_ACTOR) {
          assert.ok(text.includes('Holloway'), `no hover card for ${CRAFTED_ACTOR} in ${CRAFTED}:\n${text}`);
          sawCrafted = true;
        }
        hovers.forEach((h, i) =>
          h.contents.forEach((part, j) => assertSafeMarkdown(part, `hover on ${name} in ${CRAFTED} [${i}.${j}]`)),
        );
      }
      assert.ok(sawCrafted);
    });

    test(`hover on ${CRAFTED_ACTOR} still answers once the article is open in an editor`, async () => {
      // In the UI the article is open in an editor when the reader hovers; the
      // index re-reads open documents from the editor buffer.
      const m = await mention(CRAFTED, CRAFTED_ACTOR);
      assert.ok(m, `${CRAFTED} does not mention ${CRAFTED_ACTOR}`);
      await vscode.window.showTextDocument(m.doc, { preview: false });
      await new Promise((r) => setTimeout(r, 1_500));
      await api.whenReady();
      // Every plain mention of her answers, and every card is safe.
      let n = 0;
      for (const [i, line] of m.doc.getText().split('\n').entries()) {
        for (const hit of line.matchAll(/Greta Holloway|(?<![[\w])Holloway(?=[ ,.])/g)) {
          const pos = new vscode.Position(i, (hit.index ?? 0) + 1);
          const hovers = await hoversAt(m.doc, pos);
          const where = `${CRAFTED}:${i + 1}:${pos.character + 1}`;
          assert.ok(hoverText(hovers).includes('Holloway'), `no hover card for ${CRAFTED_ACTOR} at ${where} once the article is open:\n${hoverText(hovers)}`);
          hovers.forEach((h, k) => h.contents.forEach((part, j) => assertSafeMarkdown(part, `hover at ${where} [${k}.${j}]`)));
          n++;
        }
      }
      assert.ok(n >= 3, `expected at least 3 plain mentions of ${CRAFTED_ACTOR} in ${CRAFTED}, found ${n}`);
    });

    test('report escapes the crafted outlet, title and quotes', async () => {
      await vscode.commands.executeCommand('triangulate.showReport');
      const html = await waitFor('reportHtml()', () => api.reportHtml());
      debug('report HTML', html);
      assert.ok(html.includes('Quayside'), `report does not list the crafted article's outlet (Quayside … Courier)`);
      assert.doesNotMatch(html, /<script>alert/i, 'report contains an unescaped <script>alert');
      const live = liveHtml(html);
      assert.deepEqual(live, [], `report contains live injected HTML: ${live.join(', ')}`);
    });
  });
});

suite('analysis client: an edit during a long view', () => {
  // Engines that answer like the real one (dist/analysis-worker.js) after a set time, recording what
  // each was asked: the first started is the main engine, the others helpers.
  function engines(viewMs: number) {
    const started: string[][] = [];
    const start = Object.assign(async (events: EngineEvents): Promise<EnginePort> => {
      const asked: string[] = [];
      started.push(asked);
      return {
        kind: 'in-process',
        postMessage(req: AnalysisRequest) {
          if (!('kind' in req)) {
            asked.push(req.file);
            const analysis: DocumentAnalysis = {
              doc: { file: req.file, text: req.text, prose: req.text, meta: { file: req.file, words: 1 }, sentences: [] }, mentions: [], claims: [], figures: [], dates: [],
            };
            setTimeout(() => events.message({ id: req.id, analysis }), 5);
          } else if (req.kind === 'view') {
            asked.push('view');
            const viewPart = { version: 1, eventDepth: 0, sources: [], actors: [], claims: [], contradictions: [] };
            const applied = { orphans: [], applied: 0, dismissed: [], resolved: [] };
            setTimeout(() => events.message({ id: req.id, viewPart, last: true, applied, token: `view ${req.id}` }), viewMs);
          }
        },
        terminate() {},
      };
    }, { helpers: 1 });
    const context = { storageUri: undefined, extensionUri: vscode.Uri.parse('untitled:triangulate') } as unknown as vscode.ExtensionContext;
    const log = { appendLine() {} } as unknown as vscode.OutputChannel;
    return { client: createAnalysisClient(context, log, start), started };
  }
  const NONE = { version: 1 as const, annotations: [] };

  test('the article goes to a helper engine when the last view took long, and waits for no view', async () => {
    const { client, started } = engines(LONG_VIEW_MS + 200);
    try {
      await client.view(NONE);
      const building = client.view(NONE);
      let viewDone = false;
      void building.then(() => (viewDone = true));
      const a = await client.analyse('story/edited.md', 'A word typed.');
      assert.equal(a.doc.file, 'story/edited.md');
      assert.ok(!viewDone, 'the analysis came back before the view');
      assert.equal(started.length, 2, 'a helper engine was started');
      assert.deepEqual(started[1], ['story/edited.md']);
      assert.ok(!started[0].includes('story/edited.md'), `the main engine was asked: ${started[0].join(', ')}`);
      await building;
    } finally {
      client.dispose();
    }
  });

  test('after a quick view the main engine analyses the article itself (no helper started)', async () => {
    const { client, started } = engines(20);
    try {
      await client.view(NONE);
      const building = client.view(NONE);
      await client.analyse('story/edited.md', 'A word typed.');
      await building;
      assert.equal(started.length, 1, 'no helper engine was started');
      assert.ok(started[0].includes('story/edited.md'));
    } finally {
      client.dispose();
    }
  });
});

suite('workspace index with an engine whose views are held back', () => {
  // An engine whose analyses name Elena Varga where the text does, and whose views wait until released.
  function heldEngine() {
    let release = () => {};
    let held = Promise.resolve();
    const hold = () => {
      held = new Promise<void>((resolve) => (release = resolve));
    };
    hold();
    const client: AnalysisClient = {
      async analyse(file, text) {
        const at = text.indexOf('Elena Varga');
        const mentions = at < 0 ? [] : [{ file, start: at, end: at + 'Elena Varga'.length, text: 'Elena Varga', type: 'person' as const }];
        return { doc: { file, text, prose: text, meta: { file, words: 1 }, sentences: [] }, mentions, claims: [], figures: [], dates: [] };
      },
      commit() {},
      remove() {},
      clear() {},
      async view() {
        await held;
        return { view: hydrateView({ version: 1, sources: [], actors: [], claims: [], contradictions: [] }), orphans: [], applied: 0, dismissed: [], resolved: [] };
      },
      async restoreView() {
        return { restored: false };
      },
      async saveView() {},
      beginScan() {},
      async endScan() {},
      stats: () => ({ engine: 'in-process', analysed: 0, byHelpers: 0, helpers: 0, fromCache: 0, viewsSaved: 0, viewsRestored: 0, viewsReadHere: 0, comparedAhead: 0, onDisk: 0 }),
      dispose() {},
    };
    const log = { appendLine() {} } as unknown as vscode.OutputChannel;
    const store = createAnnotationStore(log);
    const index = createWorkspaceIndex(log, client, store);
    return { index, hold, release: () => release(), dispose: () => { release(); index.dispose(); store.dispose(); } };
  }

  test('an article open while the folder is read shows its own names as soon as it is analysed, before the cross-source view', async () => {
    const doc = await vscode.workspace.openTextDocument(articleUri('coastal-ledger.md'));
    await vscode.window.showTextDocument(doc, { preview: false });
    const engine = heldEngine();
    const { index } = engine;
    try {
      await waitFor('the open article among the indexed ones', async () => index.keyOf(doc.uri));
      assert.equal(index.state().kind, 'indexing', 'the folder is still being read');
      assert.ok(index.view().actors.some((a) => a.name === 'Elena Varga'), `the open article's names are not shown: ${index.view().actors.map((a) => a.name).join(', ')}`);
      // An article no editor shows waits for the view.
      const shown = (u: vscode.Uri) => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === u.toString());
      const closed = SAMPLE_ARTICLES.map(articleUri).find((u) => !shown(u));
      if (closed) assert.equal(index.keyOf(closed), undefined, `${closed.path} is put in before the view, though no editor shows it`);
      // Its card says that the folder is still read, so a count of sources is not taken for the story's.
      const hovers = registerHoverProvider(index);
      try {
        const at = doc.positionAt(doc.getText().indexOf('Elena Varga') + 2);
        const during = hoverText(await hoversAt(doc, at));
        assert.match(during, /\*\*Elena Varga\*\*/, during);
        assert.match(during, /(?:Still reading the folder \(\d+ of \d+ articles\)|Comparing the sources): until then this card counts only the articles open in an editor/, during);
        engine.release();
        await index.whenReady();
        assert.equal(index.state().kind, 'ready');
        const after = hoverText(await hoversAt(doc, at));
        assert.doesNotMatch(after, /Still reading|Comparing the sources/, after);
      } finally {
        hovers.dispose();
      }
    } finally {
      engine.dispose();
    }
  });

  test('a view after an edit that takes long is said to be under way, and no longer once it is in', async () => {
    const doc = await vscode.workspace.openTextDocument(articleUri('coastal-ledger.md'));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const engine = heldEngine();
    const { index } = engine;
    try {
      engine.release();
      await index.whenReady();
      assert.deepEqual(index.state(), { kind: 'ready' });
      engine.hold();
      await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\nA line typed.\n'));
      await waitFor('the state saying a view is under way', async () => (index.state() as { updating?: boolean }).updating || undefined, 10_000);
      engine.release();
      await waitFor('the state back to plain ready', async () => (index.state().kind === 'ready' && !(index.state() as { updating?: boolean }).updating) || undefined, 10_000);
    } finally {
      engine.dispose();
      await vscode.commands.executeCommand('undo');
    }
  });
});
