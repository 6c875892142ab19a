import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeDocument, corpusView, createCorpus, patchView, setDocument, viewAssembler, viewData, viewParts, type ViewData } from '../../src/engine/corpus';
import { encodeView } from '../../src/engine/stored-view';
import { encodeAnalysis } from '../../src/engine/stored-analysis';
import { sha256Hex, sha256OfParts } from '../../src/vscode/sha256';
import { addAnnotation, anchorTarget, applyAnnotations, emptyAnnotationsFile } from '../../src/engine/annotations/index';

const root = join(__dirname, '..', '..');
const engineBundle = join(root, 'dist', 'analysis-worker.js');
const webExtension = join(root, 'dist', 'web', 'extension.js');
/** The plain data of a view put together from its parts, as the extension host does. */
function assemble(parts: ViewData[]): ViewData {
  const assembler = viewAssembler();
  for (const p of parts) assembler.add(p);
  return viewData(assembler.finish());
}
const article = readFileSync(join(root, 'samples', 'harbor-blast', 'meridian-wire.md'), 'utf8');

describe('sha256 (the analysis cache key in both builds)', () => {
  it('matches node:crypto at every padding boundary and on multi-byte text', () => {
    for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 65_537]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) & 255);
      assert.equal(sha256Hex(bytes), createHash('sha256').update(bytes).digest('hex'), `${n} bytes`);
    }
    const text = 'Élena Varga said “nine” 😀\u0000 Ωμέγα';
    assert.equal(sha256OfParts('v1', 'a.md', text), createHash('sha256').update('v1').update('\0').update('a.md').update('\0').update(text).digest('hex'));
  });
});

describe('the engine bundle shared by the desktop and web builds', function () {
  this.timeout(60_000);
  before(function () {
    for (const f of [engineBundle, webExtension]) {
      if (!existsSync(f)) throw new Error(`${f} is missing: npm test builds it first (npm run build)`);
    }
  });

  const expected = () => JSON.parse(JSON.stringify(analyzeDocument('meridian-wire.md', article)));

  it('answers in a Node worker thread as the sources do', async () => {
    const w = new Worker(engineBundle);
    try {
      const messages: unknown[] = [];
      const answer = await new Promise<{ id: number; analysis: unknown }>((resolve, reject) => {
        w.on('error', reject);
        w.on('message', (m) => {
          messages.push(m);
          if ('ready' in m) w.postMessage({ id: 7, file: 'meridian-wire.md', text: article });
          else resolve(m);
        });
      });
      assert.deepEqual(messages[0], { ready: true });
      assert.equal(answer.id, 7);
      assert.deepEqual(answer.analysis, expected());
    } finally {
      await w.terminate();
    }
  });

  it('answers behind a Web Worker\'s `self` without any Node module, as the web build evaluates it when no worker can start', () => {
    const posted: Array<{ ready?: true; id?: number; analysis?: unknown; error?: string }> = [];
    const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: never): void } = {
      onmessage: null,
      postMessage: (m) => posted.push(m),
    };
    new Function('self', 'require', readFileSync(engineBundle, 'utf8'))(scope, undefined);
    assert.deepEqual(posted, [{ ready: true }]);
    scope.onmessage!({ data: { id: 1, file: 'meridian-wire.md', text: article } });
    assert.equal(posted[1].id, 1);
    assert.deepEqual(JSON.parse(JSON.stringify(posted[1].analysis)), expected());
    scope.onmessage!({ data: { id: 2, file: 'x.md', text: null } });
    assert.equal(posted[2].id, 2);
    assert.ok(posted[2].error, 'a failed analysis is answered with an error');
  });

  it('answers a view request in parts that join to the view the sources build', () => {
    const posted: Array<{ id?: number; viewPart?: ViewData; last?: boolean }> = [];
    const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: never): void } = { onmessage: null, postMessage: (m) => posted.push(m) };
    new Function('self', 'require', readFileSync(engineBundle, 'utf8'))(scope, undefined);
    const corpus = createCorpus();
    const files = ['meridian-wire.md', 'coastal-ledger.md', 'daily-sentinel.txt'];
    files.forEach((file, i) => {
      const text = readFileSync(join(root, 'samples', 'harbor-blast', file), 'utf8');
      setDocument(corpus, file, text);
      scope.onmessage!({ data: { id: i + 1, file, text } });
      scope.onmessage!({ data: { kind: 'commit', file, id: i + 1 } });
    });
    scope.onmessage!({ data: { kind: 'view', id: 99 } });
    const parts = posted.filter((m) => m.id === 99);
    assert.ok(parts.length >= 3, `${parts.length} parts`);
    assert.deepEqual(parts.map((p) => !!p.last), [...parts.slice(1).map(() => false), true], 'only the last part says it is last');
    const joined = assemble(parts.map((p) => p.viewPart!));
    assert.deepEqual(JSON.parse(JSON.stringify(joined)), JSON.parse(JSON.stringify(viewData(corpusView(corpus)))));
    const small = viewParts(viewData(corpusView(corpus)), { actors: 2, mentions: 1000, claims: 5, contradictions: 1, sides: 1000 });
    assert.deepEqual(assemble(small), viewData(corpusView(corpus)), 'parts of any size join to the same view');
    const byMentions = viewParts(viewData(corpusView(corpus)), { actors: 250, mentions: 2, claims: 1500, contradictions: 300, sides: 2 });
    assert.ok(byMentions.filter((p) => p.actors.length).length > 1, 'actors are cut by their mentions too');
    assert.ok(byMentions.filter((p) => p.contradictions.length).length > 1, 'contradictions are cut by their sides too');
    assert.deepEqual(assemble(byMentions), viewData(corpusView(corpus)));
    // Finishing a step at a time (a file's lists each) gives the same view, with its lists sorted.
    const stepwise = viewAssembler();
    for (const p of small) stepwise.add(p);
    const steps = stepwise.finishing(1);
    let n = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) n++;
    assert.ok(n > 2, `${n} steps`);
    const whole = corpusView(corpus);
    assert.deepEqual(viewData(step.value), viewData(whole));
    for (const [file, list] of whole.mentionsByFile) assert.deepEqual(step.value.mentionsByFile.get(file)!.map((m) => m.start), list.map((m) => m.start));
  });

  it('applies the corrections sent with a view request, and says what became of them', () => {
    const posted: Array<{ id?: number; viewPart?: ViewData; last?: boolean; applied?: { applied: number; orphans: unknown[]; error?: string } }> = [];
    const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: never): void } = { onmessage: null, postMessage: (m) => posted.push(m) };
    new Function('self', 'require', readFileSync(engineBundle, 'utf8'))(scope, undefined);
    const corpus = createCorpus();
    const file = 'meridian-wire.md';
    setDocument(corpus, file, article);
    scope.onmessage!({ data: { id: 1, file, text: article } });
    scope.onmessage!({ data: { kind: 'commit', file, id: 1 } });
    const view = corpusView(corpus);
    const actor = view.actors.find((a) => a.type === 'person')!;
    const m = actor.mentions[0];
    let annotations = addAnnotation(emptyAnnotationsFile(), { id: 'r1', kind: 'actor.retype', created: '2026-12-01T10:00:00Z', actorType: 'organization', target: anchorTarget(file, article, m.start, m.end) });
    annotations = addAnnotation(annotations, { id: 'r2', kind: 'actor.reject', created: '2026-12-01T10:01:00Z', target: { file, selector: { exact: 'no such words', prefix: '', suffix: '', start: 0, end: 13 } } });
    scope.onmessage!({ data: { kind: 'view', id: 7, annotations } });
    const parts = posted.filter((p) => p.id === 7);
    const last = parts[parts.length - 1];
    assert.equal(last.applied?.applied, 1);
    assert.equal(last.applied?.orphans.length, 1, 'the correction whose words are gone is an orphan');
    assert.equal(last.applied?.error, undefined);
    const joined = assemble(parts.map((p) => p.viewPart!));
    assert.equal(joined.actors.find((a) => a.id === actor.id)?.type, 'organization');
    const expected = applyAnnotations(view, annotations, new Map([[file, article]])).view;
    assert.deepEqual(JSON.parse(JSON.stringify(joined)), JSON.parse(JSON.stringify(viewData(expected))));
  });

  it('stores the view of its documents, and restores it only for exactly those documents', () => {
    const engine = () => {
      const posted: Array<{ id?: number; viewPart?: ViewData; last?: boolean; saved?: Uint8Array; restored?: boolean; error?: string }> = [];
      const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: never): void } = { onmessage: null, postMessage: (m) => posted.push(m) };
      new Function('self', 'require', readFileSync(engineBundle, 'utf8'))(scope, undefined);
      return { posted, send: (data: unknown) => scope.onmessage!({ data }) };
    };
    const files = ['meridian-wire.md', 'coastal-ledger.md', 'radio-selwyn.md'];
    const texts = files.map((file) => readFileSync(join(root, 'samples', 'harbor-blast', file), 'utf8'));
    const load = (e: ReturnType<typeof engine>, count: number) => files.slice(0, count).forEach((file, i) => {
      e.send({ id: i + 1, file, text: texts[i] });
      e.send({ kind: 'commit', file, id: i + 1 });
    });
    const first = engine();
    load(first, 3);
    first.send({ kind: 'save', id: 50 });
    const saved = first.posted.find((m) => m.id === 50)!.saved!;
    assert.ok(saved.length > 1000);

    // A reopened folder: the analyses come from the cache as the bytes stored.
    const reopened = engine();
    files.forEach((file, i) => reopened.send({ kind: 'put', json: new TextEncoder().encode(encodeAnalysis(analyzeDocument(file, texts[i]))), file, text: texts[i] }));
    reopened.send({ kind: 'restore', id: 51, data: saved });
    assert.equal(reopened.posted.find((m) => m.id === 51)!.restored, true);
    reopened.send({ kind: 'view', id: 52 });
    const corpus = createCorpus();
    files.forEach((file, i) => setDocument(corpus, file, texts[i]));
    const joined = assemble(reopened.posted.filter((m) => m.id === 52).map((m) => m.viewPart!));
    assert.deepEqual(JSON.parse(JSON.stringify({ ...joined, version: 0 })), JSON.parse(JSON.stringify({ ...viewData(corpusView(corpus)), version: 0 })));

    const fewer = engine();
    load(fewer, 2);
    fewer.send({ kind: 'restore', id: 53, data: saved });
    assert.equal(fewer.posted.find((m) => m.id === 53)!.restored, false, 'a view of other documents is not used');

    const cut = engine();
    load(cut, 3);
    cut.send({ kind: 'restore', id: 54, data: saved.subarray(0, Math.floor(saved.length * 0.7)) });
    assert.ok(cut.posted.find((m) => m.id === 54)!.error, 'a stored view cut short is refused');
    cut.send({ kind: 'view', id: 55 });
    assert.deepEqual(JSON.parse(JSON.stringify({ ...assemble(cut.posted.filter((m) => m.id === 55).map((m) => m.viewPart!)), version: 0 })), JSON.parse(JSON.stringify({ ...viewData(corpusView(corpus)), version: 0 })), 'the view is built instead');
  });

  it('sends a view request that names the view held only the events changed since, per folder when asked', () => {
    const posted: Array<{ id?: number; viewPart?: ViewData; last?: boolean; token?: string; replaces?: string[]; restored?: boolean; saved?: Uint8Array }> = [];
    const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: never): void } = { onmessage: null, postMessage: (m) => posted.push(m) };
    new Function('self', 'require', readFileSync(engineBundle, 'utf8'))(scope, undefined);
    const send = (data: unknown) => scope.onmessage!({ data });
    const files = ['meridian-wire.md', 'coastal-ledger.md'];
    const texts = files.map((file) => readFileSync(join(root, 'samples', 'harbor-blast', file), 'utf8'));
    const docs = ['north', 'south'].flatMap((folder) => files.map((file, i) => ({ file: `${folder}/${file}`, text: texts[i] })));
    send({ kind: 'clear', eventDepth: 1 });
    let id = 0;
    const put = (d: { file: string; text: string }) => {
      send({ id: ++id, file: d.file, text: d.text });
      send({ kind: 'commit', file: d.file, id });
    };
    docs.forEach(put);
    const received = (view: number) => {
      const parts = posted.filter((m) => m.id === view);
      const assembler = viewAssembler();
      for (const p of parts) assembler.add(p.viewPart!);
      return { view: assembler.finish(), last: parts[parts.length - 1] };
    };
    send({ kind: 'view', id: 100 });
    const first = received(100);
    assert.ok(first.last.token, 'a view without corrections has a token');
    assert.equal(first.last.replaces, undefined, 'the first view is sent whole');
    // South's first article edited: the next view names the one held and gets south alone.
    const edited = { file: 'south/meridian-wire.md', text: texts[0].replace('At least 12 people', 'At least 19 people') };
    put(edited);
    send({ kind: 'view', id: 101, since: first.last.token });
    const second = received(101);
    assert.deepEqual(second.last.replaces, ['south']);
    assert.ok(second.view.sources.every((s) => s.file.startsWith('south/')) && second.view.sources.length === 2);
    const corpus = createCorpus({ eventDepth: 1 });
    for (const d of docs) setDocument(corpus, d.file, d.file === edited.file ? edited.text : d.text);
    const plain = (v: ViewData) => JSON.parse(JSON.stringify({ ...v, version: 0 })) as unknown;
    assert.deepEqual(plain(viewData(patchView(first.view, second.last.replaces!, second.view))), plain(viewData(corpusView(corpus))));
    // A token the engine did not give last gets the whole view.
    send({ kind: 'view', id: 102, since: first.last.token });
    assert.equal(received(102).last.replaces, undefined);
    assert.deepEqual(plain(viewData(received(102).view)), plain(viewData(corpusView(corpus))));
    // A stored view of the same articles taken as one event is not this engine's.
    const single = createCorpus();
    for (const d of docs) setDocument(single, d.file, d.file === edited.file ? edited.text : d.text);
    send({ kind: 'restore', id: 103, data: encodeView(single.docs, viewData(corpusView(single))) });
    assert.equal(posted.find((m) => m.id === 103)!.restored, false);
  });

  it('compares each story of a scan as its last expected article comes in, unless all of them came from the cache', () => {
    const files = ['meridian-wire.md', 'coastal-ledger.md', 'daily-sentinel.txt'];
    const texts = files.map((file) => readFileSync(join(root, 'samples', 'harbor-blast', file), 'utf8'));
    const docs = ['north', 'south'].flatMap((folder) => files.map((file, i) => ({ file: `${folder}/${file}`, text: texts[i] })));
    const engine = () => {
      const posted: Array<{ id?: number; viewPart?: ViewData; last?: boolean; applied?: { prepared?: number } }> = [];
      const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: never): void } = { onmessage: null, postMessage: (m) => posted.push(m) };
      new Function('self', 'require', readFileSync(engineBundle, 'utf8'))(scope, undefined);
      const send = (data: unknown) => scope.onmessage!({ data });
      const view = (id: number) => {
        send({ kind: 'view', id });
        const parts = posted.filter((m) => m.id === id);
        return { data: JSON.parse(JSON.stringify({ ...assemble(parts.map((p) => p.viewPart!)), version: 0 })) as unknown, prepared: parts[parts.length - 1].applied!.prepared };
      };
      return { send, view };
    };
    const reference = createCorpus({ eventDepth: 1 });
    for (const d of docs) setDocument(reference, d.file, d.text);
    const expected = JSON.parse(JSON.stringify({ ...viewData(corpusView(reference)), version: 0 })) as unknown;

    // Analysed afresh, by this engine (committed) or by a helper (put): both stories are compared during the scan.
    const fresh = engine();
    fresh.send({ kind: 'clear', eventDepth: 1, expect: docs.map((d) => d.file) });
    docs.forEach((d, i) => {
      if (i % 2) {
        fresh.send({ kind: 'put', analysis: analyzeDocument(d.file, d.text) });
      } else {
        fresh.send({ id: i + 1, file: d.file, text: d.text });
        fresh.send({ kind: 'commit', file: d.file, id: i + 1 });
      }
    });
    const scanned = fresh.view(100);
    assert.equal(scanned.prepared, 2);
    assert.deepEqual(scanned.data, expected);
    // After the scan's view, an edit is compared when the next view is asked for, not as it comes in.
    fresh.send({ id: 50, file: docs[0].file, text: docs[0].text });
    fresh.send({ kind: 'commit', file: docs[0].file, id: 50 });
    const edited = fresh.view(101);
    assert.equal(edited.prepared, 0);
    assert.deepEqual(edited.data, expected);

    // Every article from the cache (a reopened folder, whose stored view may be restored): nothing is compared ahead.
    const cached = engine();
    cached.send({ kind: 'clear', eventDepth: 1, expect: docs.map((d) => d.file) });
    for (const d of docs) cached.send({ kind: 'put', json: new TextEncoder().encode(encodeAnalysis(analyzeDocument(d.file, d.text))), file: d.file, text: d.text });
    const reopened = cached.view(100);
    assert.equal(reopened.prepared, 0);
    assert.deepEqual(reopened.data, expected);

    // A story one of whose expected articles never came (it could not be read) is compared with the view.
    const short = engine();
    short.send({ kind: 'clear', eventDepth: 1, expect: [...docs.map((d) => d.file), 'south/unreadable.md'] });
    for (const d of docs) short.send({ kind: 'put', analysis: analyzeDocument(d.file, d.text) });
    const partial = short.view(100);
    assert.equal(partial.prepared, 1);
    assert.deepEqual(partial.data, expected);
  });

  it('the web extension requires nothing but vscode', () => {
    const required = new Set([...readFileSync(webExtension, 'utf8').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
  });
});
