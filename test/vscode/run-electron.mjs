#!/usr/bin/env node
// Runs the same extension-host mocha suite as run-code-server.mjs, but in VS
// Code desktop (Electron) downloaded by @vscode/test-electron. For machines
// that can reach update.code.visualstudio.com; CI here uses the code-server
// runner instead (this download fails with ENOTFOUND on a closed network).
//
//   npm run build && node test/vscode/run-electron.mjs
//
// TRIANGULATE_VSCODE_VERSION picks the VS Code version ("stable" by default,
// "insiders" or e.g. "1.100.0"); TRIANGULATE_VSCODE_EXECUTABLE uses an
// installed VS Code instead of downloading one. On Linux without a display,
// run it under xvfb-run.
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT, cleanup, log, makeRunDir, prepareWorkspace } from './lib/code-server.mjs';

async function main() {
  const suite = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');
  if (!fs.existsSync(suite)) {
    throw new Error(`${suite} is missing: run npm run build first`);
  }
  const runDir = makeRunDir('triangulate-electron-');
  const workspace = prepareWorkspace(runDir, {
    extraFiles: [path.join(REPO_ROOT, 'test', 'vscode', 'fixtures', 'crafted.md')],
  });
  const userData = path.join(runDir, 'user-data');
  const extensions = path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensions, { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'editor.hover.delay': 150,
        'security.workspace.trust.enabled': false,
        'extensions.autoUpdate': false,
        'git.enabled': false,
      },
      null,
      2,
    ),
  );
  log(`workspace ${workspace}`);

  const options = {
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: suite,
    extensionTestsEnv: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('TRIANGULATE_TEST_'))),
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions; the one under development still loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
    ],
  };
  if (process.env.TRIANGULATE_VSCODE_EXECUTABLE) {
    options.vscodeExecutablePath = process.env.TRIANGULATE_VSCODE_EXECUTABLE;
  } else {
    options.version = process.env.TRIANGULATE_VSCODE_VERSION || 'stable';
    options.cachePath = path.join(REPO_ROOT, '.vscode-test');
  }
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    options.launchArgs.push('--no-sandbox'); // Electron refuses to run as root with the sandbox on
  }
  return runTests(options);
}

let code = 1;
try {
  code = await main();
  log(code === 0 ? 'extension-host suite passed' : `extension-host suite FAILED (exit code ${code})`);
} catch (err) {
  // runTests rejects with TestRunFailedError when the suite fails.
  console.error(`\nrun-electron: ${err?.message ?? err}`);
  code = typeof err?.code === 'number' && err.code !== 0 ? err.code : 1;
} finally {
  await cleanup();
}
process.exit(code);
