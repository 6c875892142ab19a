import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/engine/corpus';
import v8 from 'node:v8';
import { decodeAnalysis, encodeAnalysis, proseOnDemand, shareStrings } from '../../src/engine/stored-analysis';

const samplesDir = join(__dirname, '..', '..', 'samples', 'harbor-blast');
const samples = readdirSync(samplesDir).map((f) => ({ file: f, text: readFileSync(join(samplesDir, f), 'utf8') }));

describe('stored analysis (the cache entry of an article)', () => {
  it('reads back every sample article\'s analysis as it was, from little more than half the JSON', () => {
    for (const { file, text } of samples) {
      const analysis = analyzeDocument(file, text);
      const stored = encodeAnalysis(analysis);
      assert.ok(!stored.includes(text.slice(200, 260)), `${file}: the text is not stored`);
      assert.ok(stored.length < JSON.stringify(analysis).length * 0.6, `${file}: ${stored.length} vs ${JSON.stringify(analysis).length} bytes`);
      assert.deepEqual(decodeAnalysis(stored, file, text), analysis, file);
    }
  });

  it('keeps Markdown prose, non-Latin names and spans whose text is not their slice of the file', () => {
    const file = 'notes/x.md';
    const text = '---\ntitle: "Ferry **sank**"\n---\n# Ferry sank off Tåldryn\n\n[Read more](https://example.org/a) — Mayor Zoë Ağca said 12 people 😢 died, police said on [Friday](x).\n';
    const analysis = analyzeDocument(file, text);
    assert.notEqual(analysis.doc.prose, text);
    analysis.mentions.push({ file, start: 5, end: 10, text: 'not the slice', type: 'person' });
    analysis.mentions.push({ file: 'elsewhere.md', start: 0, end: 3, text: text.slice(0, 3), type: 'place' });
    assert.deepEqual(decodeAnalysis(encodeAnalysis(analysis), file, text), analysis);
    // A prose that is not the text with runs blanked is stored whole.
    const odd = { ...analysis, doc: { ...analysis.doc, prose: analysis.doc.prose.replace('Ferry', 'FERRY') } };
    assert.deepEqual(decodeAnalysis(encodeAnalysis(odd), file, text), odd);
  });

  it('shares the strings of a copy another thread posted without changing a value', () => {
    const file = 'notes/x.md';
    const text = '# Ferry sank off Tåldryn\n\nMayor Zoë Ağca said 12 people died on Friday, and “we will rebuild the harbour wall before the winter storms,” she added.\n';
    const odd = analyzeDocument(file, text);
    // Spans whose text is not their slice of the file, or whose file is another, keep theirs.
    odd.mentions.push({ file, start: 5, end: 10, text: 'not the slice of the text at all, but long', type: 'person' });
    odd.mentions.push({ file: 'elsewhere.md', start: 0, end: 40, text: text.slice(0, 40), type: 'place' });
    odd.mentions.push({ file, start: 0, end: 40, text: 'x'.repeat(40), type: 'place' });
    for (const analysis of [...samples.map((s) => analyzeDocument(s.file, s.text)), odd]) {
      const copy = v8.deserialize(v8.serialize(analysis)) as typeof analysis;
      assert.equal(shareStrings(copy), copy);
      assert.deepEqual(copy, analysis, analysis.doc.file);
    }
  });

  it('keeps the prose of an analysis held by the extension host as the runs it blanks, and gives it whole when read, copied or stored', () => {
    const texts = [
      ...samples,
      { file: 'plain.txt', text: 'Mayor Zoë Ağca said 12 people died on Friday.\n' },
      { file: 'notes/x.md', text: '---\ntitle: "Ferry **sank**"\n---\n# Ferry sank off Tåldryn\n\n[Read more](https://example.org/a) — Mayor Zoë Ağca said 12 people died.\n' },
    ];
    for (const { file, text } of texts) {
      const analysis = analyzeDocument(file, text);
      const stored = encodeAnalysis(analysis);
      const held = [proseOnDemand(v8.deserialize(v8.serialize(analysis)) as typeof analysis), decodeAnalysis(stored, file, text, true)!];
      for (const a of held) {
        // Held as runs wherever the prose blanks any of the text.
        assert.equal(typeof Object.getOwnPropertyDescriptor(a.doc, 'prose')!.get, analysis.doc.prose === text ? 'undefined' : 'function', file);
        assert.equal(a.doc.prose, analysis.doc.prose, file);
        assert.deepEqual(a, analysis, file);
        assert.deepEqual(v8.deserialize(v8.serialize(a)), analysis, `${file}: a copy sent on`);
        assert.equal(encodeAnalysis(a), stored, `${file}: stored again`);
      }
      // A prose set anew is kept as set.
      held[0].doc.prose = 'x'.repeat(text.length);
      assert.equal(held[0].doc.prose, 'x'.repeat(text.length));
    }
  });

  it('is not read as the analysis of another file or text, nor when damaged', () => {
    const { file, text } = samples[0];
    const stored = encodeAnalysis(analyzeDocument(file, text));
    assert.equal(decodeAnalysis(stored, 'other.md', text), undefined);
    assert.equal(decodeAnalysis(stored, file, text.slice(1)), undefined);
    assert.equal(decodeAnalysis(stored.slice(0, stored.length / 2), file, text), undefined);
    assert.equal(decodeAnalysis(JSON.stringify(analyzeDocument(file, text)), file, text), undefined, 'an entry of the older, plain format');
    // A span outside the text: the entry does not fit it.
    const entry = JSON.parse(stored) as { mentions: Array<{ end: number; text: unknown }> };
    const derived = entry.mentions.find((m) => m.text === 0)!;
    derived.end = text.length + 5;
    assert.equal(decodeAnalysis(JSON.stringify(entry), file, text), undefined);
    // Lists of something else, a missing head, runs that do not pair: not read, and nothing thrown.
    const damaged = (change: (e: Record<string, unknown>) => void) => {
      const e = JSON.parse(stored) as Record<string, unknown>;
      change(e);
      return decodeAnalysis(JSON.stringify(e), file, text);
    };
    assert.equal(damaged((e) => { e.mentions = [1, 'a']; }), undefined);
    assert.equal(damaged((e) => { delete e.meta; }), undefined);
    assert.equal(damaged((e) => { e.sentences = 'none'; }), undefined);
    assert.equal(damaged((e) => { e.blanks = {}; }), undefined);
    assert.equal(damaged((e) => { e.blanks = [1, 2, 3]; }), undefined);
    assert.equal(damaged((e) => { (e.claims as Array<Record<string, unknown>>)[0].figures = 'ab'; }), undefined);
  });
});
