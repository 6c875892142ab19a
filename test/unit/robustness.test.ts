import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyzeDocument, createCorpus, corpusView, setAnalysis, setDocument, MAX_WORDS_PER_DOCUMENT } from '../../src/engine/corpus';
import { buildReport } from '../../src/engine/report/build';
import { PANEL_LIMITS, renderHtml, renderMarkdown } from '../../src/engine/report/render';
import type { Report } from '../../src/engine/types';
import { decodeArticle } from '../../src/engine/limits';
import type { DocumentAnalysis } from '../../src/engine/types';

const samplesDir = join(__dirname, '..', '..', 'samples', 'harbor-blast');
const samples = readdirSync(samplesDir).map((f) => ({ file: f, text: readFileSync(join(samplesDir, f), 'utf8') }));

/** Every offset the engine reports lies in the file and names the text it claims to. */
function assertOffsets(a: DocumentAnalysis, text: string): void {
  const n = text.length;
  const inside = (s: { start: number; end: number }, what: string) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= n, `${what}: [${s.start}, ${s.end}) within ${n}`);
  };
  assert.equal(a.doc.prose.length, n, 'the prose view has the length of the text');
  for (const s of a.doc.sentences) inside(s, 'sentence');
  for (const m of a.mentions) {
    inside(m, 'mention');
    assert.equal(text.slice(m.start, m.end), m.text, `mention text at ${m.start}`);
    assert.ok(m.end > m.start, 'mentions are not empty');
  }
  for (const c of a.claims) {
    inside(c, 'claim');
    assert.equal(text.slice(c.start, c.end), c.text, `claim text at ${c.start}`);
    inside(c.content, 'claim content');
    if (c.speakerSpan) inside(c.speakerSpan, 'speaker');
    if (c.cueSpan) inside(c.cueSpan, 'cue');
    for (const f of c.figures) {
      inside(f, 'figure');
      assert.equal(text.slice(f.start, f.end), f.text, `figure text at ${f.start}`);
    }
  }
}

/** An article mutated by random edits: insertions of hostile fragments, deletions, duplications. */
const FRAGMENTS = ['“', '”', '"', '\'', '’', '\n', '\n\n', '\r\n', '# ', '> ', '- ', '```\n', '`', '[', '](command:x)', '<script>', '&amp;', '\u0000', '\ufeff',
  '😀', '𝐀', '\ud800', 'مرحبا', 'שלום', ' said ', ' denied ', ' according to ', 'reportedly ', 'more than 70 ', 'a dozen ', 'Mr. ', 'U.S. ', '...', '—', '   '];
const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 40 }), kind: fc.constantFrom('insert', 'delete', 'duplicate'), frag: fc.constantFrom(...FRAGMENTS) });
function mutate(text: string, edits: { at: number; len: number; kind: string; frag: string }[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length ? e.at % (t.length + 1) : 0;
    if (e.kind === 'insert') t = t.slice(0, at) + e.frag + t.slice(at);
    else if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + e.len);
    else t = t.slice(0, at) + t.slice(at, at + e.len) + t.slice(at);
  }
  return t;
}

describe('robustness: property-based', function () {
  this.timeout(120_000);

  it('never throws, and every offset lies in the file on the text it names (random text)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('a.md', 'b.txt'), (text, file) => {
      assertOffsets(analyzeDocument(file, text), text);
    }), { numRuns: 300, seed: 20261121 });
  });

  it('never throws on mutated articles, and results are deterministic', () => {
    fc.assert(fc.property(fc.constantFrom(...samples), fc.array(edit, { maxLength: 12 }), (sample, edits) => {
      const text = mutate(sample.text, edits);
      const a = analyzeDocument(sample.file, text);
      assertOffsets(a, text);
      assert.deepEqual(analyzeDocument(sample.file, text), a, 'the same text gives the same analysis');
    }), { numRuns: 120, seed: 7 });
  });

  it('editing a document and undoing the edit yields the same index', () => {
    fc.assert(fc.property(fc.constantFrom(...samples), fc.array(edit, { minLength: 1, maxLength: 5 }), (sample, edits) => {
      const corpus = createCorpus();
      for (const s of samples) setDocument(corpus, s.file, s.text);
      const before = JSON.stringify(buildReport(corpusView(corpus)));
      setDocument(corpus, sample.file, mutate(sample.text, edits));
      corpusView(corpus);
      setDocument(corpus, sample.file, sample.text);
      assert.equal(JSON.stringify(buildReport(corpusView(corpus))), before);
    }), { numRuns: 15, seed: 11 });
  });

  it('a view rebuilt after edits (reusing what the unchanged documents kept) equals a view built afresh from the same texts', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...samples), fc.array(edit, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 4 }), (steps) => {
      const corpus = createCorpus();
      const texts = new Map(samples.map((s) => [s.file, s.text]));
      for (const [file, text] of texts) setDocument(corpus, file, text);
      corpusView(corpus);
      for (const [sample, edits] of steps) {
        texts.set(sample.file, mutate(texts.get(sample.file)!, edits));
        setDocument(corpus, sample.file, texts.get(sample.file)!);
        corpusView(corpus);
      }
      const fresh = createCorpus();
      for (const [file, text] of texts) setDocument(fresh, file, text);
      const data = (c: typeof corpus) => { const v = corpusView(c); return JSON.stringify([v.actors, v.claims, v.contradictions]); };
      assert.equal(data(corpus), data(fresh));
    }), { numRuns: 12, seed: 5 });
  });

  it('a view leaves the documents\' analyses as the recognizer made them, so a view from cached analyses equals the fresh one', () => {
    const corpus = createCorpus();
    for (const s of samples) setDocument(corpus, s.file, s.text);
    const analyses = () => JSON.stringify([...corpus.docs.values()]);
    const before = analyses();
    const report = JSON.stringify(buildReport(corpusView(corpus)));
    assert.ok(analyses() === before, 'linking changed no mention in the documents');
    const reopened = createCorpus();
    for (const a of JSON.parse(before) as DocumentAnalysis[]) setAnalysis(reopened, a);
    assert.equal(JSON.stringify(buildReport(corpusView(reopened))), report);
  });
});

describe('robustness: bad-input battery', function () {
  this.timeout(120_000);
  const check = (file: string, text: string) => {
    const a = analyzeDocument(file, text);
    assertOffsets(a, text);
    return a;
  };

  it('empty, whitespace-only, BOM and CRLF files', () => {
    assert.equal(check('e.md', '').claims.length, 0);
    assert.equal(check('w.txt', ' \n\t\r\n  ').mentions.length, 0);
    const bom = '\ufeffThe mayor of Orlen, Ana Holt, said 12 people died.';
    check('b.txt', bom);
    const crlf = 'Title: Storm\r\nOutlet: Lake Times\r\n\r\nThe mayor, Ana Holt, said 40 homes flooded.\r\nPolice said no one died.\r\n';
    const a = check('c.txt', crlf);
    assert.equal(a.doc.meta.outlet, 'Lake Times');
  });

  it('mixed scripts, right-to-left text, emoji and astral characters keep UTF-16 offsets', () => {
    const text = 'قال المتحدث 😀 إن 12 شخصا قتلوا. 𝐀𝐁 Mayor Ana Holt said “12 people 🧨 died” in Orlen. שלום Police said 9 people were killed.';
    const a = check('m.md', text);
    const holt = a.mentions.find((m) => m.text.includes('Holt'));
    assert.ok(holt, 'the person after astral characters is found');
    assert.equal(text.slice(holt.start, holt.end), holt.text);
  });

  it('HTML blocks, script tags, front matter that is not YAML, command links and javascript: URLs', () => {
    const text = '---\n[[[ not: yaml: at all\n---\n<div onclick="x()"><script>alert(1)</script></div>\n\nMayor <b>Ana Holt</b> said [click](command:workbench.action.terminal.new) and [x](javascript:alert(1)) “<img src=x onerror=alert(1)>”.\n';
    const a = check('h.md', text);
    assert.ok(!a.doc.prose.includes('alert(1)</script>'), 'script blocks are not prose');
    const r = buildReport({ ...corpusViewOf('h.md', text) });
    const html = renderHtml(r);
    assert.ok(!/<script>alert/.test(html) && !/<img src=x/.test(html), 'the HTML report escapes article text');
    // Parsed as Markdown renderers parse it: no link, image or raw HTML comes from the article.
    const tree = unified().use(remarkParse).parse(renderMarkdown(r));
    const kinds = new Set<string>();
    const walk = (n: { type: string; children?: unknown[] }) => {
      kinds.add(n.type);
      for (const c of (n.children ?? []) as { type: string }[]) walk(c);
    };
    walk(tree as { type: string; children?: unknown[] });
    for (const k of ['link', 'image', 'html', 'linkReference', 'inlineCode']) assert.ok(!kinds.has(k), `the Markdown report has a ${k} node`);
  });

  it('Markdown with 500 levels of nesting, and thousands of nested list items', () => {
    check('n.md', '>'.repeat(500) + ' The mayor said 12 people died.\n');
    check('l.md', '- '.repeat(3000) + 'The mayor said 12 people died.\n');
    check('o.md', '1. '.repeat(3000) + 'x\n');
  });

  it('a 1M-character single line and a document past the word cap are analysed partially, not hung', () => {
    const line = 'word '.repeat(200_000);
    const a = check('long.txt', line);
    assert.equal(a.doc.meta.partial, true);
    const sentences = 'The mayor of Orlen said 12 people died on Monday. '.repeat(Math.ceil(MAX_WORDS_PER_DOCUMENT / 10) + 100);
    const b = check('many.txt', sentences);
    assert.equal(b.doc.meta.partial, true);
    assert.ok(b.claims.length > 0, 'the analysed part still yields claims');
    assert.ok(b.claims.every((c) => c.end <= sentences.length));
  });

  it('pathological inputs for the regular expressions finish', () => {
    for (const [file, text] of [
      ['q.txt', '"'.repeat(100_000)], ['d.txt', '. '.repeat(100_000)], ['c.txt', 'A '.repeat(50_000)], ['n.txt', '1,'.repeat(100_000)],
      ['s.txt', ('said '.repeat(5000) + '\n').repeat(5)], ['u.txt', '“'.repeat(50_000) + '”'.repeat(50_000)], ['w.txt', 'x'.repeat(1_000_000)],
    ] as const) check(file, text);
  });

  it('a 20 MB file, a binary file and invalid UTF-8 are refused with a reason', () => {
    const big = decodeArticle(new Uint8Array(20 * 1024 * 1024).fill(65));
    assert.ok(!big.ok && /larger than 2\.0 MB/.test(big.reason));
    const bin = decodeArticle(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    assert.ok(!bin.ok && /binary/.test(bin.reason));
    const bad = decodeArticle(Uint8Array.from([0x4d, 0x61, 0x79, 0x6f, 0x72, 0xc3, 0x28]));
    assert.ok(!bad.ok && /UTF-8/.test(bad.reason));
  });
});

function corpusViewOf(file: string, text: string) {
  const corpus = createCorpus();
  setDocument(corpus, file, text);
  return corpusView(corpus);
}

describe('the report of a folder of thousands of articles', () => {
  // A report as a large folder gives it: many sources, disputes and claims.
  function large(sources: number, contradictions: number, claims: number): Report {
    const files = Array.from({ length: sources }, (_, i) => `story-${i % 40}/outlet-${i}.md`);
    return {
      schemaVersion: 1, generator: 'test',
      sources: files.map((file, i) => ({ file, words: 800, outlet: `Outlet ${i}` })),
      actors: [{ id: 'a1', name: 'Mara Quist', type: 'person', aliases: ['Mara Quist'], mentions: files.slice(0, 7).map((file) => ({ file, start: 0, end: 10, text: 'Mara Quist', type: 'person' })) }],
      claims: Array.from({ length: claims }, (_, i) => ({
        id: `c${i + 1}`, file: files[i % sources], start: 0, end: 20, text: `Claim number ${i + 1} of the folder.`, cue: 'said', content: { start: 0, end: 20 },
        direct: false, hedged: false, polarity: 'affirm' as const, figures: [], speakerText: `Speaker ${i % 9}`,
      })),
      contradictions: Array.from({ length: contradictions }, (_, i) => ({
        id: `x${i + 1}`, kind: 'numeric' as const, topic: 'killed', summary: `Dispute ${i + 1}`, confidence: 0.8,
        sides: [0, 1].map((k) => ({ file: files[(i + k) % sources], start: 0, end: 10, text: `Side ${k} of dispute ${i + 1}` })),
      })),
    };
  }
  const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

  it('lists at most the panel\'s limits in the editor, saying what is left out', () => {
    const r = large(2000, 1500, 5000);
    const html = renderHtml(r, { limits: PANEL_LIMITS });
    assert.equal(count(html, /<section class="contradiction">/g), PANEL_LIMITS.contradictions);
    assert.ok(html.includes(`Showing the first ${PANEL_LIMITS.contradictions} of 1,500 contradictions`), 'the cut is said');
    assert.equal(count(html, /Claim number \d+ of the folder/g), PANEL_LIMITS.claims);
    assert.ok(html.includes(`of 5,000 claims`) && html.includes('of 2,000 sources'));
    // The actors table counts sources rather than giving each of the 2,000 a column.
    assert.ok(html.includes('<th>Sources</th><th>Mentions</th>') && !html.includes('<th>Outlet 1999</th>'));
    assert.ok(html.includes('<td class="n">7</td><td class="n">7</td>'), 'Mara Quist: in 7 sources, 7 mentions');
    assert.ok(html.length < 1_000_000, `a page of ${html.length} characters`);
  });

  it('an exported report lists everything, and a few sources keep a column each', () => {
    const all = renderHtml(large(2000, 1500, 5000));
    assert.equal(count(all, /<section class="contradiction">/g), 1500);
    assert.equal(count(all, /Claim number \d+ of the folder/g), 5000);
    assert.ok(!all.includes('Showing the first'));
    const few = large(5, 3, 10);
    const html = renderHtml(few, { limits: PANEL_LIMITS });
    assert.ok(few.sources.every((s) => html.includes(`<th>${s.outlet}</th>`)) && !html.includes('<th>Mentions</th>') && !html.includes('Showing the first'));
    assert.ok(renderMarkdown(large(2000, 3, 10)).includes('| Actor | Type | Sources | Mentions |'));
  });
});
