import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, corpusView, createCorpus, setAnalysis, viewData, type CorpusView } from '../../src/engine/corpus';
import { decodeView, encodeView, readStoredView } from '../../src/engine/stored-view';
import { decodeAnalysis, encodeAnalysis } from '../../src/engine/stored-analysis';
import type { DocumentAnalysis } from '../../src/engine/types';

const samplesDir = join(__dirname, '..', '..', 'samples', 'harbor-blast');
const samples = readdirSync(samplesDir).map((f) => ({ file: f, text: readFileSync(join(samplesDir, f), 'utf8') }));

const plain = (v: CorpusView) => JSON.parse(JSON.stringify({ ...viewData(v), version: 0 })) as unknown;
/** The analyses as a reopened folder has them: read back from the cache's entries. */
const reread = (analyses: Map<string, DocumentAnalysis>) => new Map([...analyses].map(([f, a]) => [f, decodeAnalysis(encodeAnalysis(a), f, a.doc.text)!]));

describe('stored view', () => {
  const corpus = createCorpus();
  for (const s of samples) setAnalysis(corpus, analyzeDocument(s.file, s.text));
  const view = corpusView(corpus);
  const bytes = encodeView(corpus.docs, viewData(view));

  it('reads back the same view from the analyses it was built from, in a fraction of its size', () => {
    const back = decodeView(bytes, reread(corpus.docs));
    assert.ok(back);
    assert.deepEqual(plain(back), plain(view));
    for (const [file, mentions] of view.mentionsByFile) assert.deepEqual(back.mentionsByFile.get(file), mentions, file);
    assert.ok(back.actors.some((a) => a.aliases.length > 1), 'linked aliases survive');
    assert.ok(back.claims.some((c) => c.speaker) && back.claims.some((c) => !c.speaker), 'speakers as linked');
    assert.ok(bytes.length < JSON.stringify(viewData(view)).length / 3, `${bytes.length} bytes stored`);
  });

  it('stores the names the view found in an article whose own analysis lacks them', () => {
    const small = createCorpus();
    setAnalysis(small, analyzeDocument('a.md', 'Pellura Air said the jet landed at 19:47 on Thursday.\n'));
    const b = analyzeDocument('b.md', 'Staff said Pellura Air confirmed the crash on Thursday.\n');
    b.mentions = b.mentions.filter((m) => m.text !== 'Pellura Air');
    setAnalysis(small, b);
    const v = corpusView(small);
    assert.ok(v.mentionsByFile.get('b.md')?.some((m) => m.text === 'Pellura Air'), JSON.stringify(v.mentionsByFile.get('b.md')));
    const back = decodeView(encodeView(small.docs, viewData(v)), reread(small.docs));
    assert.ok(back);
    assert.deepEqual(plain(back), plain(v));
  });

  it('keeps the analyses unlinked: the view has its own mentions', () => {
    const analyses = reread(corpus.docs);
    const back = decodeView(bytes, analyses)!;
    assert.ok(back.actors[0].mentions.length);
    for (const a of analyses.values()) assert.ok(a.mentions.every((m) => m.actor === undefined));
  });

  it('is read a part at a time, with the same result', () => {
    const steps = readStoredView(bytes, reread(corpus.docs));
    let n = 0;
    let step = steps.next();
    while (!step.done) {
      n++;
      step = steps.next();
    }
    assert.ok(n > 2, `${n} steps`);
    assert.deepEqual(plain(step.value!), plain(view));
  });

  it('cuts its parts by mentions too, so an actor named hundreds of times does not make one long step', () => {
    const heavy = Math.max(...view.actors.map((a) => a.mentions.length));
    assert.ok(heavy > 3, `the most named actor has ${heavy} mentions`);
    const small = encodeView(corpus.docs, viewData(view), { actors: 250, mentions: 3, claims: 2500, contradictions: 300, sides: 2 });
    const lines = new TextDecoder().decode(small).trim().split('\n').slice(1).map((l) => JSON.parse(l) as { actors?: Array<{ at: number[] }> });
    const actorParts = lines.filter((p) => p.actors);
    assert.ok(actorParts.length > 1, `${actorParts.length} parts of actors`);
    for (const p of actorParts) {
      const mentions = p.actors!.reduce((n, a) => n + a.at.length / 2, 0);
      assert.ok(p.actors!.length === 1 || mentions <= 3, `${p.actors!.length} actors with ${mentions} mentions in one part`);
    }
    assert.deepEqual(plain(decodeView(small, reread(corpus.docs))!), plain(view));
  });

  it('is not used for other files, or other analyses of the same files', () => {
    const fewer = reread(corpus.docs);
    fewer.delete(samples[0].file);
    assert.equal(decodeView(bytes, fewer), undefined);
    const changed = reread(corpus.docs);
    const file = samples[1].file;
    changed.set(file, analyzeDocument(file, `${samples[1].text}\n\nThe Harbour Authority's director, Mira Castell, said on Friday that the port would reopen.\n`));
    assert.equal(decodeView(bytes, changed), undefined);
  });

  it('refuses bytes cut short or of another format', () => {
    assert.throws(() => decodeView(bytes.subarray(0, Math.floor(bytes.length / 2)), reread(corpus.docs)), /not a whole stored view/);
    const old = new TextEncoder().encode(`${JSON.stringify({ files: [...corpus.docs.keys()].sort(), parts: 0 })}\n`);
    assert.throws(() => decodeView(old, reread(corpus.docs)), /not a whole stored view/);
  });
});
