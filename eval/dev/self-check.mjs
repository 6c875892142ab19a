#!/usr/bin/env node
// Checks each gold against the scorer with three synthetic reports:
//   empty       -> must score without error;
//   the gold    -> must score 100% everywhere with no look-alike flagged;
//   look-alikes -> must match no gold contradiction and be flagged as look-alikes.
//
//   node eval/dev/self-check.mjs [--scorer PATH]   (default: ../shared/eval/score.mjs beside the project)
import { readFileSync, writeFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const i = process.argv.indexOf('--scorer');
const scorer = i > 0 ? process.argv[i + 1] : join(here, '..', '..', '..', 'shared', 'eval', 'score.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'devset-'));
let bad = 0;

for (const g of readdirSync(join(here, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
  const ev = g.replace(/\.json$/, '');
  const goldPath = join(here, 'gold', g);
  const corpus = join(here, 'corpora', ev);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const text = Object.fromEntries(gold.files.map((f) => [f, readFileSync(join(corpus, f), 'utf8')]));
  const span = (f, q) => { const s = text[f].indexOf(q); return { file: f, start: s, end: s + q.length, text: q }; };
  const asReport = (xs) => xs.map((x) => ({ id: x.id, kind: x.kind, summary: x.summary, sides: x.sides.map((s) => span(s.file, s.quote)) }));
  const reports = {
    empty: { schemaVersion: 1, sources: [], actors: [], claims: [], contradictions: [] },
    gold: {
      schemaVersion: 1, sources: [],
      actors: gold.actors.map((a) => ({ id: a.id, name: a.name, type: a.type, aliases: a.forms, mentions: a.mentions })),
      claims: gold.claims.map((c, k) => ({ id: `c${k}`, ...span(c.file, c.quote), speakerText: c.speaker, cue: c.cue })),
      contradictions: asReport(gold.contradictions),
    },
    lookalikes: { schemaVersion: 1, sources: [], actors: [], claims: [], contradictions: asReport(gold.non_contradictions) },
  };
  for (const [name, rep] of Object.entries(reports)) {
    const p = join(tmp, `${ev}-${name}.json`);
    writeFileSync(p, JSON.stringify(rep));
    let r;
    try { r = JSON.parse(execFileSync('node', [scorer, '--corpus', corpus, '--gold', goldPath, '--report', p, '--json'], { encoding: 'utf8' })); } catch (e) { console.log(`${ev} ${name}: scorer failed: ${e.message}`); bad++; continue; }
    const a = r.actors; const c = r.claims; const x = r.contradictions;
    let ok = true;
    if (name === 'gold') ok = a.mentionRecall === 1 && a.mentionPrecision === 1 && a.typeAccuracy === 1 && a.aliasGroups.merged === a.aliasGroups.total && c.found === c.gold && c.speakerCorrect === c.gold && x.allFound === x.gold && x.precision === 1 && x.lookalikesReported === 0;
    if (name === 'lookalikes') ok = x.allFound === 0 && x.lookalikesReported === gold.non_contradictions.length;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${ev} ${name}: mentions R ${a.mentionRecall.toFixed(3)} P ${a.mentionPrecision?.toFixed(3)}; claims ${c.found}/${c.gold}; contradictions ${x.allFound}/${x.gold}, look-alikes flagged ${x.lookalikesReported}`);
    if (!ok) bad++;
  }
}
process.exit(bad ? 1 : 0);
