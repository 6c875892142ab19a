// Builds every bundle from one script: the desktop extension, the web extension, the analysis
// engine they share (the only bundle of the .vsix that carries the tagger's weights), the CLI, and
// the extension-host test suite for the Node and the web worker extension hosts. Nothing in
// node_modules ships in the .vsix.
import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * A hash of the engine's sources: a stored cross-source view is of the rules that made it, so the
 * extension keys stored views with it and an updated engine does not show an old view.
 */
async function engineBuild() {
  const hash = createHash('sha256');
  const files = (await fs.readdir('src/engine', { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(`${f}\0${await fs.readFile(path.join('src/engine', f))}\0`);
  return hash.digest('hex').slice(0, 16);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { __ENGINE_BUILD__: JSON.stringify(await engineBuild()) },
};

// What the browser builds run on: the web worker extension host and Web Workers of current
// browsers, and (the engine bundle) Node worker threads.
const browser = { ...common, platform: 'browser', conditions: ['worker'], target: ['es2022', 'chrome114', 'firefox115', 'safari16.4', 'node20'] };

/** Fails the build when a bundle for the extension host takes in the tagger's weights or the article parser: only the engine bundle may. */
const noWeights = {
  name: 'no-weights',
  setup(build) {
    build.onEnd((result) => {
      for (const [out, meta] of Object.entries(result.metafile?.outputs ?? {})) {
        const weights = Object.entries(meta.inputs).find(([input, i]) => input.endsWith('actors/model/weights.ts') && i.bytesInOutput > 100_000);
        if (weights) return { errors: [{ text: `${out} carries the tagger's weights (${weights[1].bytesInOutput} bytes): only dist/analysis-worker.js may` }] };
        // The host reads analyses and views; parsing articles is the worker's, and the parser and
        // its YAML library would double the bundle the host loads on activation.
        const parser = Object.keys(meta.inputs).find((input) => input.endsWith('src/engine/document.ts') || input.includes('node_modules/yaml/'));
        if (parser) return { errors: [{ text: `${out} takes in ${parser}: the extension host must not parse articles (import from src/engine/view, not src/engine/corpus)` }] };
      }
    });
  },
};

/**
 * The web suite: Node's assert (not in the browser) is replaced by a small compatible module, and
 * mocha's browser build (a UMD bundle) is kept from seeing the `module` and `exports` with which the
 * extension host loads the suite, which it would otherwise overwrite; it defines the global `mocha`.
 */
const browserSuite = {
  name: 'browser-suite',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: path.resolve('test/vscode/suite/web/assert.ts') }));
    build.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await fs.readFile(args.path, 'utf8')}\n})();`,
      loader: 'js',
    }));
  },
};

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], metafile: true, plugins: [noWeights] },
  { ...browser, entryPoints: ['src/vscode/extension-web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], metafile: true, plugins: [noWeights] },
  // The analysis engine, one bundle for both builds: a Node worker thread on the desktop, a Web
  // Worker in the browser. An IIFE, so it needs neither `module` nor `require` where they do not exist.
  { ...browser, format: 'iife', entryPoints: ['src/vscode/analysis-worker.ts'], outfile: 'dist/analysis-worker.js', external: ['node:worker_threads'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    entryPoints: ['test/vscode/suite/index.ts'],
    outfile: 'out/test/vscode/suite/index.js',
    external: ['vscode', 'mocha'],
  },
  {
    ...browser,
    entryPoints: ['test/vscode/suite/index-web.ts'],
    outfile: 'out/test/vscode/suite/web/index.js',
    external: ['vscode'],
    plugins: [browserSuite],
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
