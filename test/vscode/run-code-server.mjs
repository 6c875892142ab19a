#!/usr/bin/env node
// Runs the extension-host mocha suite (out/test/vscode/suite/index.js, built by
// `npm run build`) inside a real VS Code: code-server with the smoke-test driver
// on, which makes the web workbench honour extensionDevelopmentPath /
// extensionTestsPath passed in the `payload` URL parameter. The suite's exit
// code reaches us through window.codeAutomationExit, its console output
// through window.codeAutomationLog.
//
//   node test/vscode/run-code-server.mjs         # Node extension host: package.json "main"
//   node test/vscode/run-code-server.mjs --web   # web worker extension host (in the browser):
//                                                # package.json "browser", as on vscode.dev
//
// --web runs the extension in the web worker extension host and the browser
// bundle of the suite (out/test/vscode/suite/web/index.js) there. An extension
// with both entry points runs in the Node host when there is one; VS Code
// 1.139 does not act on the payload's extensionDevelopmentKind=web (passed all
// the same), so the user setting remote.extensionKind = ["web"] for this
// extension is what moves it. A web worker has no process.env, so
// TRIANGULATE_TEST_* variables apply to the Node host only.
//
// Needs: bash scripts/setup-vscode-test.sh (once) and npm run build.
// TRIANGULATE_VERBOSE=1 also prints code-server's own log;
// TRIANGULATE_KEEP_TMP=1 keeps the run's temp folder.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import {
  REPO_ROOT,
  cleanup,
  shuttingDown,
  codeServerProfile,
  deadline,
  launchBrowser,
  locateTools,
  log,
  makeRunDir,
  prepareWorkspace,
  remoteUri,
  startCodeServer,
  workbenchUrl,
} from './lib/code-server.mjs';

const TIMEOUT_MS = Number(process.env.TRIANGULATE_VSCODE_TIMEOUT_MS || 5 * 60_000);
const WEB = process.argv.includes('--web');
const HOST = WEB ? 'web worker extension host' : 'Node extension host';

async function main() {
  const suite = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', ...(WEB ? ['web', 'index.js'] : ['index.js']));
  if (!fs.existsSync(suite)) {
    throw new Error(`${path.relative(process.cwd(), suite) || suite} is missing: run npm run build first`);
  }
  const manifest = path.join(REPO_ROOT, 'package.json');
  const entry = JSON.parse(fs.readFileSync(manifest, 'utf8'))[WEB ? 'browser' : 'main'];
  if (!entry) throw new Error(`package.json has no "${WEB ? 'browser' : 'main'}" entry point`);
  if (!fs.existsSync(path.join(REPO_ROOT, entry))) {
    throw new Error(`the extension's entry point ${entry} is missing: run npm run build first`);
  }
  const tools = locateTools();
  const started = Date.now();

  const runDir = makeRunDir('triangulate-exthost-');
  const workspace = prepareWorkspace(runDir, {
    extraFiles: [path.join(REPO_ROOT, 'test', 'vscode', 'fixtures', 'crafted.md')],
  });
  const manifestJson = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  const id = `${manifestJson.publisher}.${manifestJson.name}`;
  const profile = codeServerProfile(runDir, tools, WEB ? { 'remote.extensionKind': { [id]: ['web'] } } : {});
  const server = await startCodeServer(profile, {
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    logFile: path.join(runDir, 'code-server.log'),
  });
  const { page } = await launchBrowser(runDir);

  let resolveExit;
  const exitCode = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationExit', (code) => {
    finished = true;
    resolveExit(typeof code === 'number' ? code : Number(code) || 0);
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    printLog(type, args);
  });
  page.on('pageerror', (err) => log('page error:', err.message));

  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, REPO_ROOT)],
    ['extensionTestsPath', remoteUri(server, suite)],
    ['extensionEnvironment', JSON.stringify({ ...testEnv() })],
    ...(WEB ? [['extensionDevelopmentKind', 'web']] : []),
  ];
  const url = workbenchUrl(server, workspace, { payload: JSON.stringify(payload) });
  log(`${HOST}: suite ${path.relative(REPO_ROOT, suite)}, extension ${entry}, workspace ${workspace}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  const [timeout, clear] = deadline(
    TIMEOUT_MS,
    `TIMEOUT: the extension-host suite (${HOST}) did not finish within ${TIMEOUT_MS / 1000}s ` +
      '(no codeAutomationExit); the extension host may have hung or failed to start. ' +
      'Rerun with TRIANGULATE_VERBOSE=1 for code-server\'s log.',
  );
  const serverDied = server.exited.then((e) => {
    if (shuttingDown()) return new Promise(() => {}); // stopped by us (a signal): not a failure to report
    throw new Error(`code-server exited during the run (${JSON.stringify(e)}):\n${server.output().slice(-4000)}`);
  });
  try {
    const code = await Promise.race([exitCode, timeout, serverDied]);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    log(`extension-host suite (${HOST}) ${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${secs}s`);
    return code;
  } catch (err) {
    if (/TIMEOUT/.test(err.message)) {
      const shot = path.join(REPO_ROOT, 'test-results', 'screenshots', `exthost${WEB ? '-web' : ''}-timeout.png`);
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => {});
      log(`screenshot of the workbench at timeout: ${shot}`);
      log(`code-server log (tail):\n${server.output().slice(-4000)}`);
    }
    throw err;
  } finally {
    clear();
  }
}

// TRIANGULATE_TEST_* variables of this process (TRIANGULATE_TEST_GREP,
// TRIANGULATE_TEST_DEBUG) reach the suite in the extension host.
function testEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('TRIANGULATE_TEST_')));
}

// The workbench's chatter on a closed network, hidden unless TRIANGULATE_VERBOSE.
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^\[AgentHost/,
  /^\[AccountPolicyGate\]/,
  /ENOTFOUND open-vsx\.org/,
  /^Timed out waiting for authentication provider/,
  /^Creation of workbench contribution .* took \d+ms/,
];
let finished = false;

// The console of the workbench and of the extension host, forwarded by the
// smoke-test driver: `args` is the console call's arguments (mocha's reporter
// output among them).
function printLog(type, args) {
  if (finished && !process.env.TRIANGULATE_VERBOSE) return;
  const list = Array.isArray(args) ? args : [args];
  if (!process.env.TRIANGULATE_VERBOSE && typeof list[0] === 'string' && NOISE.some((re) => re.test(list[0]))) return;
  let text;
  if (list.length && typeof list[0] === 'string' && /%[sdifjoOc]/.test(list[0])) {
    // Drop CSS of %c parameters (the workbench styles ext-host logs).
    const fmt = list[0];
    const rest = list.slice(1);
    let i = 0;
    const plain = fmt.replace(/%[sdifjoOc]/g, (m) => {
      if (m === '%c') {
        i++;
        return '';
      }
      return i < rest.length ? format(m, rest[i++]) : m;
    });
    text = [plain, ...rest.slice(i).map(stringify)].join(' ');
  } else {
    text = list.map(stringify).join(' ');
  }
  const stream = type === 'error' || type === 'warn' ? process.stderr : process.stdout;
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

function stringify(v) {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

let code = 1;
try {
  code = await main();
} catch (err) {
  if (!shuttingDown()) console.error(`\nrun-code-server: ${err?.message ?? err}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
