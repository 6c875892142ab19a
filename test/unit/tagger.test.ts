import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strict as assert } from 'node:assert';
import { nerConll } from '../../src/cli/ner-conll';
import { capsSentence, docContext, viewSentence } from '../../src/engine/actors/features';
import { MODEL_VERSION, shippedModel } from '../../src/engine/actors/model';
import { featureIndex, fromBase64, packModel, toBase64, unpackModel } from '../../src/engine/actors/model-codec';
import { decodeDocument, finishMatrix, matrixLength, viterbi } from '../../src/engine/actors/tagger';
import { tagDocumentWords } from '../../src/engine/actors/ner';
import { spansOf, tagSet, tagsOf } from '../../src/engine/actors/tags';
import { tokenize } from '../../src/engine/actors/tokens';

const words = (s: string): string[] => tokenize(s).map((t) => t.text);

/** Tags invented sentences as one document; returns "words:TYPE" per name. */
function names(...sentences: string[]): string[] {
  const ws = sentences.map(words);
  const tags = tagDocumentWords(ws);
  return tags.flatMap((t, i) => spansOf(t).map((s) => `${ws[i].slice(s.start, s.end).join(' ')}:${s.type}`));
}

describe('tagger: tokenizer', () => {
  it('splits punctuation and possessives, keeps hyphenated words and abbreviations', () => {
    assert.deepEqual(words('Gen. Okon’s well-armed unit left the U.S. on Friday, officials said.'),
      ['Gen.', 'Okon', '’s', 'well-armed', 'unit', 'left', 'the', 'U.S.', 'on', 'Friday', ',', 'officials', 'said', '.']);
  });
  it('handles curly quotes, contractions and apostrophes inside names', () => {
    assert.deepEqual(words('“It’s over,” said O’Brien.'), ['“', 'It', '’s', 'over', ',', '”', 'said', 'O’Brien', '.']);
  });
  it('gives offsets into the text, also for a sub-range', () => {
    const text = 'Skip this. Marta Kowal arrived in 2023.';
    for (const t of tokenize(text, 11, text.length)) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(tokenize(text, 11, text.length)[0].text, 'Marta');
  });
});

describe('tagger: tags and model codec', () => {
  it('converts between IOB1, BIO and BILOU spans', () => {
    const spans = spansOf(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']);
    assert.deepEqual(spans.map((s) => [s.start, s.end, s.type]), [[0, 2, 'PER'], [3, 4, 'LOC'], [4, 5, 'LOC']]);
    assert.deepEqual(tagsOf(spans, 5, 'BILOU'), ['B-PER', 'L-PER', 'O', 'U-LOC', 'U-LOC']);
    assert.deepEqual(tagsOf(spans, 5, 'BIO'), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']);
    assert.deepEqual(tagsOf(spans, 5, 'IOB1'), ['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']);
  });
  it('forbids ill-formed BILOU transitions', () => {
    const set = tagSet('BILOU');
    const ok = (a: string, b: string): boolean => set.allowed[set.tags.indexOf(a) * set.tags.length + set.tags.indexOf(b)] === 1;
    assert.ok(ok('B-PER', 'L-PER') && ok('U-ORG', 'B-LOC') && ok('O', 'U-LOC'));
    assert.ok(!ok('O', 'I-PER') && !ok('B-PER', 'L-ORG') && !ok('B-PER', 'O'));
  });
  it('round-trips base64 and packed weights', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) & 255);
    for (const n of [0, 1, 2, 3, 299, 300]) assert.deepEqual(fromBase64(toBase64(bytes.subarray(0, n))), bytes.subarray(0, n));
    const size = tagSet('BIO').tags.length;
    const keys = Int32Array.from([5, -7, 123456789, 42]);
    const rows = Float64Array.from({ length: keys.length * size }, (_, i) => Math.sin(i) * (i % 3 ? 1 : 40));
    const table = unpackModel({ version: 't', featureVersion: 0, scheme: 'BIO', passes: 1, features: 4 }, toBase64(packModel(keys, rows, size)));
    keys.forEach((k, i) => {
      const r = table.row(k);
      for (let t = 0; t < size; t++) {
        const max = Math.max(...Array.from(rows.subarray(i * size, (i + 1) * size), Math.abs));
        const got = table.weights[r * size + t] * (table.rowScale?.[r] ?? 1);
        assert.ok(Math.abs(got - rows[i * size + t]) <= max / 127, `row ${i} tag ${t}`);
      }
    });
    assert.equal(table.row(99), -1);
    assert.equal(featureIndex(Int32Array.from([3, 11]))(11), 1);
  });
});

describe('tagger: Viterbi decoding', () => {
  // A small deterministic generator, so a failure can be replayed.
  let seed = 7;
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };

  for (const scheme of ['BILOU', 'BIO'] as const) {
    it(`finds the best well-formed ${scheme} sequence, as exhaustive search does`, () => {
      const set = tagSet(scheme);
      const size = set.tags.length;
      for (let trial = 0; trial < 40; trial++) {
        const n = 1 + (trial % 3);
        const local = Float64Array.from({ length: n * size }, () => (rnd() - 0.5) * 8);
        // Some matrices with a wide spread, some with a narrow one (where pruning cuts most).
        const spread = trial % 2 ? 10 : 0.5;
        const mats = Array.from({ length: n }, () => {
          const m = new Float64Array(matrixLength(set));
          for (let j = 0; j < (size + 1) * size; j++) m[j] = (rnd() - 0.5) * spread;
          finishMatrix(set, m);
          return m;
        });
        const got = viterbi(set, n, local, (i) => mats[i]);
        const score = (ts: number[]): number => ts.reduce((a, t, i) => a + local[i * size + t] + mats[i][(i ? ts[i - 1] : size) * size + t], 0);
        let best = -Infinity;
        let bestSeq: number[] = [];
        const walk = (ts: number[]): void => {
          if (ts.length === n) {
            if (!set.allowed[ts[n - 1] * size] || score(ts) <= best) return;
            best = score(ts);
            bestSeq = ts.slice();
            return;
          }
          const prev = ts.length ? ts[ts.length - 1] : size;
          for (let t = 0; t < size; t++) if (set.allowed[prev * size + t]) walk([...ts, t]);
        };
        walk([]);
        assert.deepEqual(Array.from(got), bestSeq, `trial ${trial}`);
      }
    });
  }
});

describe('tagger: features', () => {
  it('reads headlines in the casing the document uses elsewhere', () => {
    const doc = [['ROTOR', 'FANS', 'LOCKED', 'OUT'], ['Fans', 'of', 'Rotor', 'were', 'locked', 'out', 'by', 'the', 'fans', '.']];
    assert.ok(capsSentence(doc[0]));
    assert.ok(capsSentence(['Rebels', 'Attack', 'Border', 'Town', 'Near', 'Dornach']));
    assert.ok(!capsSentence(doc[1]));
    assert.deepEqual(viewSentence(doc[0], docContext(doc)).words, ['Rotor', 'fans', 'locked', 'out']);
  });
  it('gathers the neighbours of every use of a capitalised word that recurs', () => {
    const ctx = docContext([['Kowal', 'said', 'so', '.'], ['They', 'met', 'Kowal', 'in', 'Lisbon', '.'], ['Kowal', 'said', 'no', '.']]);
    // Left: sentence start, "met"; right: "said", "in" (each distinct neighbour once).
    assert.equal(ctx.contexts.get('kowal')?.length, 4);
    assert.equal(ctx.contexts.get('lisbon'), undefined);
    assert.equal(ctx.contexts.get('said'), undefined);
  });
});

describe('tagger: shipped model', () => {
  it('is present, versioned and loaded once', () => {
    assert.match(MODEL_VERSION, /^conll2003-/);
    assert.ok(shippedModel());
    assert.equal(shippedModel(), shippedModel());
  });

  it('tags people, organizations and places in invented sentences', () => {
    const found = names(
      'Marta Kowal , the chief executive of Brenton Shipping Corp , arrived in Lisbon on Monday .',
      'Kowal told reporters that the company would open an office in Nairobi .',
    );
    for (const n of ['Marta Kowal:PER', 'Brenton Shipping Corp:ORG', 'Lisbon:LOC', 'Kowal:PER', 'Nairobi:LOC']) assert.ok(found.includes(n), `${n} in ${found.join(', ')}`);
  });

  it('gives the same tags token for token whether or not it skips the tokens no name can reach', () => {
    const dir = join(__dirname, '..', '..', 'samples', 'harbor-blast');
    const table = shippedModel()!;
    let skipped = 0;
    for (const file of readdirSync(dir)) {
      const sentences = readFileSync(join(dir, file), 'utf8').split(/(?<=[.!?])\s+|\n+/).map(words).filter((s) => s.length);
      const tagsOf = (skip: boolean) => {
        const ctx = docContext(sentences);
        return decodeDocument(table, sentences.map((s) => viewSentence(s, ctx)), ctx, table.passes, skip).map((t) => Array.from(t));
      };
      assert.deepEqual(tagsOf(true), tagsOf(false), file);
      skipped += sentences.flat().filter((w, i, all) => /^[^\p{Lu}\d]+$/u.test(w) && /^[^\p{Lu}\d]+$/u.test(all[i - 1] ?? 'x') && /^[^\p{Lu}\d]+$/u.test(all[i + 1] ?? 'x')).length;
    }
    assert.ok(skipped > 100, `${skipped} tokens in runs the decoder skips`);
  });

  it('tags a name the same way across a document (the tagger, then the document rules)', async () => {
    const found = names('Talks between Dravia and Estovia resumed in Geneva .', 'Dravia rejected the offer , officials said .');
    assert.ok(found.includes('Dravia:LOC'), found.join(', '));
    const { parseDocument } = await import('../../src/engine/document');
    const { recognizeMentions } = await import('../../src/engine/actors/index');
    const doc = parseDocument('a.txt', 'Talks between Dravia and Estovia resumed in Geneva.\n\nDravia rejected the offer, officials said.\n');
    assert.deepEqual(recognizeMentions(doc).filter((m) => m.text === 'Dravia').map((m) => m.type), ['place', 'place']);
  });
});

describe('tagger: ner-conll', () => {
  it('returns token, gold and predicted tags with blank lines between sentences', () => {
    const input = '-DOCSTART- O\n\nMarta I-PER\nKowal I-PER\nvisited O\nLisbon I-LOC\n. O\n\nShe O\nleft O\n. O\n';
    const out = nerConll(input).split('\n');
    assert.deepEqual(out.slice(0, 5).map((l) => l.split(' ').slice(0, 2).join(' ')), ['Marta I-PER', 'Kowal I-PER', 'visited O', 'Lisbon I-LOC', '. O']);
    assert.equal(out[5], '');
    assert.deepEqual(out.slice(0, 4).map((l) => l.split(' ')[2]), ['B-PER', 'I-PER', 'O', 'B-LOC']);
    assert.equal(out.filter((l) => l).length, 8);
  });
});
