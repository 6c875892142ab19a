// Entry point of the extension-host test suite, loaded by VS Code through
// --extensionTestsPath (run-code-server.mjs passes it in the payload URL
// parameter, run-electron.mjs through @vscode/test-electron). esbuild bundles
// this file and the test files into out/test/vscode/suite/index.js, with
// `vscode` and `mocha` left external.
//
// The test files call mocha's globals (suite, test, ...) when they are
// evaluated, so they must be evaluated after 'pre-require' has set those
// globals: hence the dynamic imports below, which esbuild turns into lazily
// initialised modules inside the bundle (no file globbing at run time).
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: !process.env.NO_COLOR,
    timeout: 60_000,
    slow: 5_000,
  });
  const grep = process.env.TRIANGULATE_TEST_GREP;
  if (grep) mocha.grep(grep);

  mocha.suite.emit('pre-require', globalThis, 'extension.test.ts', mocha);
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
