#!/usr/bin/env node
// Scores the product on every corpus that has a gold: the project's own dev set (eval/dev,
// invented events written for measuring) and, when present beside the project, the reference
// corpus in ../shared. Prints each scorer's summary line; --full prints the whole score.
//
//   npm run build && node scripts/eval.mjs [--full] [--only NAME]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const SCORER = path.join(SHARED, 'eval', 'score.mjs');
const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

if (!existsSync(SCORER)) {
  console.error(`eval: the scorer ${SCORER} is not there; it lives beside the project in ../shared`);
  process.exit(2);
}
const cli = path.join(ROOT, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('eval: dist/cli.js is missing: run npm run build first');
  process.exit(2);
}

const sets = readdirSync(path.join(ROOT, 'eval', 'dev', 'corpora')).sort().map((name) => ({
  name, corpus: path.join(ROOT, 'eval', 'dev', 'corpora', name), gold: path.join(ROOT, 'eval', 'dev', 'gold', `${name}.json`),
}));
const reference = { name: 'belgorod (reference)', corpus: path.join(SHARED, 'corpus', 'belgorod'), gold: path.join(SHARED, 'gold', 'belgorod', 'gold.json') };
if (existsSync(reference.gold)) sets.push(reference);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'triangulate-eval-'));
try {
  for (const set of sets.filter((s) => !only || s.name.startsWith(only))) {
    if (!existsSync(set.gold)) {
      console.log(`== ${set.name}\nskipped: no gold at ${path.relative(ROOT, set.gold)}`);
      continue;
    }
    const report = path.join(tmp, 'report.json');
    writeFileSync(report, execFileSync(process.execPath, [cli, 'report', set.corpus, '--json'], { maxBuffer: 1 << 28 }));
    const out = execFileSync(process.execPath, [SCORER, '--corpus', set.corpus, '--gold', set.gold, '--report', report, '--show', '20'], { encoding: 'utf8' });
    console.log(`== ${set.name}`);
    console.log(full ? out.trimEnd() : out.split('\n').filter((l) => l.startsWith('summary:')).join('\n'));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
