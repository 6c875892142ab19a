#!/usr/bin/env node
// UI end-to-end test: what a person sees. Installs the packaged extension
// (triangulate.vsix, from `npm run package`) into a fresh code-server, opens a
// temp copy of samples/harbor-blast (plus the crafted hostile article) and
// drives the workbench in Chromium through playwright-core:
//   1. open an article from the explorer, hover an actor, read the card;
//   2. open the Triangulate view container, read the Contradictions tree;
//   3. run "Triangulate: Show Cross-Source Report" from the command palette, then reload the window
//      and find the report restored;
//   4. hover the actor of the crafted article: no live injected link or markup.
// Screenshots go to test-results/screenshots/. Exits non-zero on any failed
// check, naming it.
//
//   npm run package && node test/e2e/run.mjs
//   npm run package && node test/e2e/run.mjs --web   # the same, with the web build
//
// --web runs the installed extension in the web worker extension host, as on
// vscode.dev (the user setting remote.extensionKind = ["web"] for it: with both
// entry points it would otherwise run in the Node host), and checks that it
// does; screenshots go to test-results/screenshots/web/.
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT,
  cleanup,
  shuttingDown,
  codeServerProfile,
  deadline,
  installExtension,
  launchBrowser,
  locateTools,
  log,
  makeRunDir,
  prepareWorkspace,
  startCodeServer,
  workbenchUrl,
} from '../vscode/lib/code-server.mjs';

const TIMEOUT_MS = Number(process.env.TRIANGULATE_E2E_TIMEOUT_MS || 5 * 60_000);
const WEB = process.argv.includes('--web');
const VSIX = path.join(REPO_ROOT, 'triangulate.vsix');
const SHOTS = path.join(REPO_ROOT, 'test-results', 'screenshots', ...(WEB ? ['web'] : []));
const ARTICLE = 'coastal-ledger.md';
const ACTOR = 'Elena Varga';
const CRAFTED = 'crafted.md';
const CRAFTED_ACTOR = 'Greta Holloway';
const REPORT_COMMAND = 'Triangulate: Show Cross-Source Report';
const REPORT_TITLE = 'Triangulate: Cross-Source Report';
const OUTLETS = ['Coastal Ledger', 'Daily Sentinel', 'Meridian Wire', 'Northgate Post', 'Radio Selwyn'];

/** The editor of the active editor group (the report may have opened a second group). */
const ACTIVE_EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';

const results = [];
let page;

async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  } catch (err) {
    if (shuttingDown()) throw err;
    results.push({ name, ok: false, error: err });
    log(`FAIL ${name}: ${err?.message ?? err}`);
    await shot(`FAILED-${name.replace(/[^\w]+/g, '-').toLowerCase()}`);
  }
}

function check(cond, message) {
  if (!cond) throw new Error(message);
}

async function shot(name) {
  if (!page) return;
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file }).catch((e) => log(`screenshot ${name} failed: ${e.message}`));
  log(`screenshot ${path.relative(REPO_ROOT, file)}`);
}

async function waitUntil(what, fn, ms = 20_000, every = 250) {
  const until = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out after ${ms / 1000}s waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
    await page.waitForTimeout(every);
  }
}

/** Opens a file by clicking its row in the explorer; waits for its editor tab. */
async function openFromExplorer(file) {
  const explorerRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first();
  if (!(await explorerRow.isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+E');
  }
  await explorerRow.waitFor({ state: 'visible', timeout: 30_000 });
  await explorerRow.click();
  await page.locator(`.tabs-container .tab[aria-label*="${file}"]`).first().waitFor({ timeout: 20_000 });
  await page.locator(`${ACTIVE_EDITOR} .view-line`).first().waitFor({ timeout: 20_000 });
}

/** Scrolls the active editor to the first occurrence of text (with the find widget), then closes the widget. */
async function revealInEditor(text) {
  await page.locator(`${ACTIVE_EDITOR} .view-lines`).first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  const find = page.locator('.find-widget.visible textarea, .find-widget.visible input').first();
  await find.waitFor({ timeout: 10_000 });
  await find.fill(text);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}

/** The on-screen box of `text` (or of its first word) in the editor's rendered lines. */
async function boxOf(text) {
  return page.evaluate(([needle, editorSel]) => {
    const norm = (s) => s.replace(/\u00a0/g, ' ');
    const tries = [needle, needle.split(' ')[0]];
    const lines = [...document.querySelectorAll(`${editorSel} .view-line`)];
    for (const t of tries) {
      for (const line of lines) {
        if (!norm(line.textContent).includes(t) && t === needle) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = norm(n.textContent).indexOf(t);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + t.length);
          const r = range.getBoundingClientRect();
          if (r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight) {
            return { x: r.left, y: r.top, width: r.width, height: r.height, matched: t };
          }
        }
      }
    }
    return null;
  }, [text, ACTIVE_EDITOR]);
}

/** Hovers `name` in the active editor; returns the text of the hover card that names it (or of all cards). */
async function hoverActor(name) {
  await revealInEditor(name);
  let lastText = '';
  for (let attempt = 0; attempt < 6; attempt++) {
    const box = await waitUntil(`"${name}" on screen in the editor`, () => boxOf(name), 10_000);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x - 40, y + 40);
    await page.mouse.move(x, y, { steps: 3 });
    await page.waitForTimeout(100);
    await page.mouse.move(x + 3, y + 1);
    try {
      await page.locator('.monaco-hover:visible').first().waitFor({ timeout: 3_000 });
      const text = await waitUntil(
        `a hover card naming ${name}`,
        async () => {
          const texts = await page.locator('.monaco-hover:visible .monaco-hover-content .rendered-markdown').allInnerTexts();
          lastText = texts.join('\n---\n');
          return texts.some((t) => t.includes(name) || t.includes(name.split(' ').pop())) ? lastText : null;
        },
        5_000,
      );
      return text;
    } catch (err) {
      log(`hover on ${name}, attempt ${attempt + 1}: ${String(err?.message ?? err).split('\n')[0]}`);
      await page.mouse.move(5, 450);
      await page.waitForTimeout(400);
    }
  }
  throw new Error(`no hover card naming ${name}; last hover text: ${JSON.stringify(lastText)}`);
}

/**
 * Waits until the extension's status bar item says it has indexed the
 * workspace ("N sources · M contradictions"); a hover before that shows a card
 * built from part of the corpus.
 */
async function waitForIndex() {
  const items = page.locator('.statusbar-item');
  try {
    await waitUntil(
      'the status bar to report the indexed sources',
      async () => {
        const texts = await items.allInnerTexts();
        return !texts.some((t) => /indexing/i.test(t)) && texts.some((t) => /\d+\s+sources?\b/.test(t));
      },
      60_000,
      500,
    );
  } catch (err) {
    log(`${err.message}; going on`);
  }
}

async function runCommand(label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input[type="text"], .quick-input-widget .quick-input-box input').first();
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label.split(': ').pop() }).first();
  await row.waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function main() {
  if (!fs.existsSync(VSIX)) {
    throw new Error(`${VSIX} is missing: run npm run package first`);
  }
  const tools = locateTools();
  fs.mkdirSync(SHOTS, { recursive: true });
  const runDir = makeRunDir('triangulate-e2e-');
  const workspace = prepareWorkspace(runDir, {
    extraFiles: [path.join(REPO_ROOT, 'test', 'vscode', 'fixtures', 'crafted.md')],
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const profile = codeServerProfile(runDir, tools, WEB ? { 'remote.extensionKind': { [id]: ['web'] } } : {});
  installExtension(profile, VSIX);
  const server = await startCodeServer(profile, { logFile: path.join(runDir, 'code-server.log') });
  ({ page } = await launchBrowser(runDir));
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (err) => log('page error:', err.message));

  await page.goto(workbenchUrl(server, workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });

  await step('workbench loads', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  });

  await step(`hover on ${ACTOR} in ${ARTICLE} shows the actor card`, async () => {
    await openFromExplorer(ARTICLE);
    await waitForIndex();
    const text = await hoverActor(ACTOR);
    check(text.includes(ACTOR), `hover text does not contain "${ACTOR}": ${JSON.stringify(text)}`);
    await shot('hover-actor');
  });

  await step('hover on a figure shows the same quantity in the other sources', async () => {
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    const text = await hoverActor('At least 12');
    check(/other sources/.test(text), `the figure's card does not compare the other sources: ${JSON.stringify(text)}`);
    check(/conflicts/.test(text), `no conflicting figure is marked: ${JSON.stringify(text)}`);
    await shot('hover-figure');
  });

  await step('Contradictions view lists items', async () => {
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    const icon = page
      .locator('.activitybar .action-item[aria-label^="Triangulate"], .activitybar .action-label[aria-label^="Triangulate"]')
      .first();
    if (await icon.isVisible().catch(() => false)) {
      await icon.click();
    } else {
      log('no Triangulate icon visible in the activity bar; using the command palette');
      await runCommand('Triangulate: Focus on Contradictions View');
    }
    const header = page.locator('.pane-header[aria-label="Contradictions Section"]').first();
    // A container with a single view hides that view's header (the title bar
    // names it instead); click it only when it shows and is collapsed.
    await header.waitFor({ state: 'attached', timeout: 20_000 });
    if ((await header.isVisible()) && (await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const pane = page.locator('.pane', { has: page.locator('.pane-header[aria-label="Contradictions Section"]') }).first();
    const rows = pane.locator('.monaco-list-row[role=treeitem]');
    await rows.first().waitFor({ timeout: 30_000 });
    const before = (await rows.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    check(before.length > 0, 'the Contradictions view shows no labelled items');
    log(`Contradictions: ${before.slice(0, 6).map((t) => JSON.stringify(t.replace(/\s+/g, ' '))).join(', ')}${before.length > 6 ? ', …' : ''}`);
    // Expand the first item to show its sides.
    const first = rows.first();
    if ((await first.getAttribute('aria-expanded')) === 'false') {
      await first.click();
      await waitUntil('the first item to expand', async () => (await first.getAttribute('aria-expanded')) === 'true', 10_000);
      await waitUntil(`the sides of "${before[0]}"`, async () => (await rows.count()) > before.length, 10_000);
    }
    await shot('contradictions-view');
  });

  await step('dismissing a contradiction from its inline action removes it from the tree', async () => {
    const pane = page.locator('.pane', { has: page.locator('.pane-header[aria-label="Contradictions Section"]') }).first();
    const roots = pane.locator('.monaco-list-row[role=treeitem][aria-level="1"]');
    const before = await roots.count();
    const first = roots.first();
    const label = (await first.innerText()).replace(/\s+/g, ' ').trim();
    await first.hover();
    const dismiss = first.locator('.action-label[aria-label^="Dismiss Contradiction"]');
    await dismiss.waitFor({ timeout: 10_000 });
    await dismiss.click();
    const input = page.locator('.quick-input-widget input[type="text"], .quick-input-widget .quick-input-box input').first();
    await input.waitFor({ timeout: 10_000 });
    await input.fill('checked with the outlet: not the same count');
    await page.keyboard.press('Enter');
    await waitUntil('one contradiction fewer in the tree', async () => (await roots.count()) === before - 1, 20_000);
    const after = (await roots.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    check(!after.includes(label), `"${label}" is still listed after its dismissal`);
    await shot('contradiction-dismissed');
  });

  await step('merging an actor through the command palette shows the alias in the hover card', async () => {
    await openFromExplorer('radio-selwyn.md');
    // The find widget leaves the match selected: the command acts on the mention at its start.
    await revealInEditor('Brandt, a twelve-year');
    await runCommand('Triangulate: Merge Actor With…');
    const input = page.locator('.quick-input-widget input[type="text"], .quick-input-widget .quick-input-box input').first();
    await input.waitFor({ timeout: 10_000 });
    await input.fill('Marta Brandt');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Marta Brandt' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1_000);
    const text = await hoverActor('Marta Brandt');
    check(/Also: .*Brandt/.test(text), `Marta Brandt's card does not list the merged alias: ${JSON.stringify(text)}`);
    await shot('merged-alias-hover');
  });

  await step('the Sources and Corrections views list the articles and the corrections', async () => {
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    for (const name of ['Sources', 'Corrections']) {
      await runCommand(`Triangulate: Focus on ${name} View`);
      const header = page.locator(`.pane-header[aria-label="${name} Section"]`).first();
      await header.waitFor({ timeout: 10_000 });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const pane = page.locator('.pane', { has: header }).first();
      await pane.locator('.monaco-list-row[role=treeitem]').first().waitFor({ timeout: 10_000 });
      const rows = (await pane.locator('.monaco-list-row[role=treeitem]').allInnerTexts()).join(' | ');
      if (name === 'Sources') check(OUTLETS.every((o) => rows.includes(o)), `Sources lacks an outlet: ${rows}`);
      else check(/dismissed/i.test(rows) && /Merged/i.test(rows), `Corrections lacks the dismissal or the merge: ${rows}`);
    }
    await shot('sources-corrections-views');
  });

  await step('Show Cross-Source Report opens the report webview', async () => {
    await runCommand(REPORT_COMMAND);
    await page.locator(`.tabs-container .tab[aria-label*="${REPORT_TITLE.split(': ').pop()}"]`).first().waitFor({ timeout: 20_000 });
    const body = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame').locator('body');
    const text = await waitUntil(
      'the report webview to show the outlets',
      async () => {
        const t = await body.innerText({ timeout: 2_000 });
        return OUTLETS.every((o) => t.includes(o)) ? t : null;
      },
      30_000,
      500,
    );
    check(text.trim().length > 0, 'the report webview is empty');
    await page.waitForTimeout(500);
    await shot('report-webview');
  });

  await step('the report left open comes back after the window is reloaded', async () => {
    // Through VS Code's own command, which saves the window's state (its editors) before reloading.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runCommand('Developer: Reload Window');
    const t0 = Date.now();
    await reloaded;
    log(`reloaded in ${Date.now() - t0} ms`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const tab = page.locator(`.tabs-container .tab[aria-label*="${REPORT_TITLE.split(': ').pop()}"]`).first();
    await tab.waitFor({ timeout: 30_000 });
    // VS Code restores a webview when it is first shown.
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    const body = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame').locator('body');
    await waitUntil(
      'the restored report to show the outlets',
      async () => {
        const t = await body.innerText({ timeout: 2_000 }).catch(() => '');
        return OUTLETS.every((o) => t.includes(o)) ? t : null;
      },
      60_000,
      500,
    );
    log(`report restored ${Date.now() - t0} ms after the reload`);
    await shot('report-restored');
  });

  await step(`crafted article: hover on ${CRAFTED_ACTOR} renders no live injected link or markup`, async () => {
    await openFromExplorer(CRAFTED);
    await hoverActor(CRAFTED_ACTOR);
    const found = await page.evaluate(() => {
      const bad = [];
      for (const el of document.querySelectorAll('.monaco-hover .rendered-markdown *')) {
        const tag = el.tagName.toLowerCase();
        if (tag === 'script') bad.push('<script>');
        if (tag === 'img' && /(^|\/)x$/.test(el.getAttribute('src') ?? '')) bad.push('<img src=x>');
        for (const a of el.getAttributeNames()) {
          if (a.startsWith('on')) bad.push(`<${tag} ${a}>`);
          const v = el.getAttribute(a) ?? '';
          if (/^(href|data-href|src)$/.test(a) && /^\s*(command:workbench|javascript:)/i.test(v)) bad.push(`<${tag} ${a}="${v}">`);
        }
      }
      return bad;
    });
    check(found.length === 0, `hover card renders live injected markup: ${found.join(', ')}`);
    check(dialogs.length === 0, `a dialog opened: ${dialogs.join('; ')}`);
    await shot('crafted-hover');
    // Clicking every link of the card must not open a terminal.
    const links = page.locator('.monaco-hover:visible .rendered-markdown a');
    const n = await links.count();
    for (let i = 0; i < n; i++) {
      const href = (await links.nth(i).getAttribute('data-href')) ?? (await links.nth(i).getAttribute('href')) ?? '';
      if (/command:workbench|javascript:/i.test(href)) throw new Error(`hover link to ${href}`);
    }
    await page.waitForTimeout(300);
    const terminals = await page.locator('.terminal-wrapper, .xterm').count();
    check(terminals === 0, 'a terminal is open (the injected command ran)');
  });

  if (WEB) {
    await step('Triangulate runs in the web worker extension host', async () => {
      await page.keyboard.press('Escape');
      await runCommand('Developer: Show Running Extensions');
      const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
      await rows.first().waitFor({ timeout: 20_000 });
      // The list is virtual and sorted by activation time: page down until Triangulate's row is rendered.
      const row = rows.filter({ hasText: 'Triangulate' }).first();
      await rows.first().click();
      for (let i = 0; i < 20 && !(await row.isVisible()); i++) {
        await page.keyboard.press('PageDown');
        await page.waitForTimeout(150);
      }
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      check(/web worker/i.test(text), `Running Extensions: ${JSON.stringify(text)}`);
      await shot('running-extensions');
    });
  }

  const failed = results.filter((r) => !r.ok);
  if (failed.length && process.env.TRIANGULATE_VERBOSE) log(`code-server log (tail):\n${server.output().slice(-4000)}`);
  return failed.length;
}

const started = Date.now();
let code = 1;
const [timeout, clear] = deadline(TIMEOUT_MS, `TIMEOUT: the e2e run did not finish within ${TIMEOUT_MS / 1000}s`);
try {
  const failed = await Promise.race([main(), timeout]);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\ne2e${WEB ? ' (web worker extension host)' : ''}: ${results.length - failed} passed, ${failed} failed (${secs}s)`);
  for (const r of results.filter((x) => !x.ok)) console.log(`  FAILED: ${r.name}\n    ${r.error?.message ?? r.error}`);
  code = failed === 0 && results.length > 0 ? 0 : 1;
} catch (err) {
  code = 1;
  if (!shuttingDown()) {
    // (during a signal, its handler reports and exits)
    if (/TIMEOUT/.test(err?.message ?? '')) await shot('e2e-timeout');
    console.error(`\ne2e: ${err?.message ?? err}`);
    for (const r of results) console.error(`  ${r.ok ? 'passed' : 'FAILED'}: ${r.name}${r.ok ? '' : ` — ${r.error?.message}`}`);
  }
} finally {
  clear();
  await cleanup();
}
process.exit(code);
