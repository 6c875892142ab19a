// Entry point of the extension-host test suite in the web worker extension host (the browser:
// `run-code-server.mjs --web` passes extensionDevelopmentKind=web). The same test files as
// index.ts, run by mocha's browser build, which esbuild bundles in (the web worker extension host
// can require nothing but `vscode`); `node:assert/strict` is replaced by ./web/assert.ts.
// The browser build defines the global `mocha`, and setup() the tdd globals (suite, test, ...)
// before the test file is evaluated.
//
// A web worker has no process.env: the TRIANGULATE_TEST_* variables do not reach this suite.
import 'mocha/mocha.js';

export async function run(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60_000, slow: 5_000 });

  await import('./extension.test');

  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
