import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import { corpusView, createCorpus, eventOf, hydrateView, patchView, prepareEvent, removeDocument, sameQuantity, setDocument, viewChanges, viewData, viewParts, viewAssembler, type Corpus, type CorpusView } from '../../src/engine/corpus';
import { decodeView, encodeView } from '../../src/engine/stored-view';
import { addAnnotation, anchorTarget, applyAnnotations, emptyAnnotationsFile } from '../../src/engine/annotations/index';
import { passagesKept } from '../../src/engine/contradictions/statements';

const samplesDir = join(__dirname, '..', '..', 'samples', 'harbor-blast');
const samples = readdirSync(samplesDir).map((f) => ({ file: f, text: readFileSync(join(samplesDir, f), 'utf8') }));
const plain = (v: CorpusView) => JSON.parse(JSON.stringify({ ...viewData(v), version: 0 })) as unknown;

// Two stories in one workspace: the sample event, and a second one told with other names and a
// toll of its own, so each story's figures disagree with the other's.
const other = (text: string) => text
  .replace(/At least 12 people/g, 'At least 31 people')
  .replace(/Port Selwyn/g, 'Port Alder')
  .replace(/Vessen/g, 'Dunmark');
const workspace = [
  ...samples.map((s) => ({ file: `harbor/${s.file}`, text: s.text })),
  ...samples.map((s) => ({ file: `alder/${s.file}`, text: other(s.text) })),
];

function corpusOf(docs: Array<{ file: string; text: string }>, eventDepth: number): Corpus {
  const corpus = createCorpus({ eventDepth });
  for (const d of docs) setDocument(corpus, d.file, d.text);
  return corpus;
}
// The events (top folders) a dispute's sides are in.
const events = (x: { sides: Array<{ file: string }> }) => new Set(x.sides.map((s) => eventOf(s.file, 1)));

describe('events: one folder per story', () => {
  it('names the event of a file by its leading folders', () => {
    assert.equal(eventOf('flood/a.md', 1), 'flood');
    assert.equal(eventOf('flood/outlet/a.md', 1), 'flood');
    assert.equal(eventOf('root/flood/outlet/a.md', 2), 'root/flood');
    assert.equal(eventOf('a.md', 1), '');
    assert.equal(eventOf('root/a.md', 2), 'root');
    assert.equal(eventOf('flood/a.md', 0), '');
  });

  it('compares articles only within their own folder, and links names within it', () => {
    const together = corpusView(corpusOf(workspace, 0));
    const apart = corpusView(corpusOf(workspace, 1));
    // Taken as one event, the two tolls are set against each other; taken apart, never.
    assert.ok(together.contradictions.some((x) => events(x).size > 1), 'one event: a dispute across the two folders');
    assert.equal(apart.contradictions.filter((x) => events(x).size > 1).length, 0);
    // Each story keeps its own disputes, as its folder alone gives them.
    const alone = corpusView(corpusOf(workspace.filter((d) => d.file.startsWith('harbor/')), 0));
    const harbor = apart.contradictions.filter((x) => events(x).has('harbor'));
    assert.deepEqual(harbor.map((x) => x.topic).sort(), alone.contradictions.map((x) => x.topic).sort());
    assert.ok(harbor.length > 0);
    // A name both stories use is an actor in each: no actor has mentions in both folders.
    assert.ok(apart.actors.every((a) => new Set(a.mentions.map((m) => eventOf(m.file, 1))).size === 1));
    const ministries = apart.actors.filter((a) => /Interior Ministry/.test(a.name));
    assert.equal(new Set(ministries.map((a) => eventOf(a.mentions[0].file, 1))).size, 2);
    // Ids are unique across the view and say their event; the lookups find every item.
    for (const list of [apart.actors, apart.claims, apart.contradictions]) assert.equal(new Set(list.map((x) => x.id)).size, list.length);
    assert.ok(apart.claims.every((c) => c.id.startsWith(`${eventOf(c.file, 1)}/`)));
    assert.ok(apart.actors.every((a) => apart.actorById.get(a.id) === a));
    assert.ok(apart.claims.every((c) => apart.claimById.get(c.id) === c));
    assert.equal(apart.claimById.size, apart.claims.length);
  });

  it('finds what other sources say of a figure in the same story only', () => {
    const apart = corpusView(corpusOf(workspace, 1));
    const claim = apart.claims.find((c) => c.file.startsWith('harbor/') && c.figures.some((f) => f.text.includes('12')))!;
    const readings = sameQuantity(apart, claim, claim.figures.find((f) => f.text.includes('12'))!);
    assert.ok(readings.length > 0);
    assert.ok(readings.every((r) => r.claim.file.startsWith('harbor/')));
  });

  it('rebuilds only the event an edit touches, and gives the view a rebuild from scratch gives', () => {
    const corpus = corpusOf(workspace, 1);
    corpusView(corpus);
    const before = corpus.events!;
    const file = 'alder/coastal-ledger.md';
    const text = other(samples.find((s) => s.file === 'coastal-ledger.md')!.text).replace('At least 31 people', 'At least 44 people');
    setDocument(corpus, file, text);
    const view = corpusView(corpus);
    assert.equal(corpus.events!.get('harbor'), before.get('harbor'), 'the other story is not rebuilt');
    assert.notEqual(corpus.events!.get('alder'), before.get('alder'));
    const fresh = corpusView(corpusOf(workspace.map((d) => (d.file === file ? { file, text } : d)), 1));
    assert.deepEqual(plain(view), plain(fresh));
  });

  it('takes a story compared ahead of the view as it is, and compares it again if its articles changed since', () => {
    const corpus = corpusOf(workspace, 1);
    const harbor = workspace.filter((d) => d.file.startsWith('harbor/')).map((d) => d.file).reverse();
    const alder = workspace.filter((d) => d.file.startsWith('alder/')).map((d) => d.file);
    assert.equal(prepareEvent(corpus, harbor), true, 'in any order');
    assert.equal(prepareEvent(corpus, alder), true);
    const ahead = new Map(corpus.prepared);
    const view = corpusView(corpus);
    assert.equal(corpus.events!.get('harbor'), ahead.get('harbor'), 'the story compared ahead is the view\'s part');
    assert.equal(corpus.events!.get('alder'), ahead.get('alder'));
    assert.equal(corpus.prepared, undefined, 'a view takes what was prepared for it');
    assert.deepEqual(plain(view), plain(corpusView(corpusOf(workspace, 1))));
    // An article edited after its story was compared: the story is compared again; the other is taken.
    const fresh = corpusOf(workspace, 1);
    prepareEvent(fresh, harbor);
    prepareEvent(fresh, alder);
    const kept = new Map(fresh.prepared);
    const file = 'alder/coastal-ledger.md';
    const text = other(samples.find((s) => s.file === 'coastal-ledger.md')!.text).replace('At least 31 people', 'At least 44 people');
    setDocument(fresh, file, text);
    const edited = corpusView(fresh);
    assert.equal(fresh.events!.get('harbor'), kept.get('harbor'));
    assert.notEqual(fresh.events!.get('alder'), kept.get('alder'));
    assert.deepEqual(plain(edited), plain(corpusView(corpusOf(workspace.map((d) => (d.file === file ? { file, text } : d)), 1))));
    // Not all of a story's articles, one not in the corpus, or files of two stories: nothing is built.
    const partial = corpusOf(workspace, 1);
    assert.equal(prepareEvent(partial, alder.slice(1)), true);
    const part = partial.prepared!.get('alder');
    corpusView(partial);
    assert.notEqual(partial.events!.get('alder'), part, 'a story compared on some of its articles is compared again on all');
    assert.equal(prepareEvent(partial, ['alder/missing.md', ...alder]), false);
    assert.equal(prepareEvent(partial, [harbor[0], alder[0]]), false);
    assert.equal(prepareEvent(partial, []), false);
    assert.equal(partial.prepared, undefined);
  });

  it('rebuilds with the files the corpus has when one went and another came between two views', () => {
    const corpus = corpusOf(workspace, 1);
    corpusView(corpus);
    // As many files as before, one of them new: in a story of its own, and among another story's.
    const moved = workspace.find((d) => d.file === 'harbor/coastal-ledger.md')!;
    removeDocument(corpus, moved.file);
    setDocument(corpus, 'quay/coastal-ledger.md', moved.text);
    const view = corpusView(corpus);
    const now = [...workspace.filter((d) => d !== moved), { file: 'quay/coastal-ledger.md', text: moved.text }];
    assert.deepEqual(plain(view), plain(corpusView(corpusOf(now, 1))));
    assert.ok(view.sources.some((s) => s.file === 'quay/coastal-ledger.md'));
    removeDocument(corpus, 'alder/coastal-ledger.md');
    setDocument(corpus, 'alder/zz-coastal-ledger.md', other(moved.text));
    const again = corpusView(corpus);
    const after = [...now.filter((d) => d.file !== 'alder/coastal-ledger.md'), { file: 'alder/zz-coastal-ledger.md', text: other(moved.text) }];
    assert.deepEqual(plain(again), plain(corpusView(corpusOf(after, 1))));
    assert.deepEqual(again.sources.filter((s) => s.file.startsWith('alder/')).map((s) => s.file), after.filter((d) => d.file.startsWith('alder/')).map((d) => d.file).sort());
  });

  it('rebuilds a story the same after a folder of many stories let its passages go', () => {
    // Seventeen hundred one-article stories read after the two sample stories: the engine keeps the
    // passages of the articles it read last (a thousand, or as many as the largest story has), and
    // the sample stories' are dropped.
    const filler = Array.from({ length: 1700 }, (_, i) => ({
      file: `brief-${String(i).padStart(4, '0')}/wire.md`,
      text: `# Brief ${i}\n\nThe council of Elmsby ${i % 7} said on Tuesday that ${i + 3} homes lost power after the storm.\n`,
    }));
    const corpus = corpusOf([...workspace, ...filler], 1);
    corpusView(corpus);
    const alder = corpus.docs.get('alder/radio-selwyn.md')!.doc;
    assert.equal(passagesKept(alder), false, 'the first story\'s passages were let go');
    const file = 'alder/coastal-ledger.md';
    const text = other(samples.find((s) => s.file === 'coastal-ledger.md')!.text).replace('At least 31 people', 'At least 44 people');
    setDocument(corpus, file, text);
    corpusView(corpus);
    assert.equal(passagesKept(alder), true, 'the rebuilt story\'s passages are kept again');
    const fresh = corpusOf(workspace.map((d) => (d.file === file ? { file, text } : d)), 1);
    corpusView(fresh);
    const part = (c: Corpus) => JSON.parse(JSON.stringify(c.events!.get('alder'), (k, v) => (k === 'analyses' ? undefined : v instanceof Map ? [...v] : v))) as unknown;
    assert.ok((corpus.events!.get('alder')!.contradictions.length) > 0);
    assert.deepEqual(part(corpus), part(fresh));
  });

  it('keeps the passages of every article of a story larger than the thousand kept, when another story is rebuilt', () => {
    const big = Array.from({ length: 1300 }, (_, i) => ({
      file: `wires/brief-${String(i).padStart(4, '0')}.md`,
      text: `# Brief ${i}\n\nThe council of Elmsby said on Tuesday that ${i + 3} homes lost power after the storm.\n`,
    }));
    const corpus = corpusOf([...workspace, ...big], 1);
    corpusView(corpus);
    const file = 'alder/coastal-ledger.md';
    setDocument(corpus, file, other(samples.find((s) => s.file === 'coastal-ledger.md')!.text).replace('At least 31 people', 'At least 44 people'));
    corpusView(corpus);
    assert.deepEqual(big.filter((d) => !passagesKept(corpus.docs.get(d.file)!.doc)).map((d) => d.file), [], 'the large story is still read only where it changes');
  });

  it('sends a thread holding the last view only the changed event, and the view it puts together is the engine\'s', () => {
    const corpus = corpusOf(workspace, 1);
    // The other thread's copy of the view, as it receives it (parts, each a structured clone). It
    // shares the texts it holds, here the articles as they were before the edits below: texts of
    // an edited article that no longer match stay the view's own.
    const before = new Map(workspace.map((d) => [d.file, { file: d.file, text: d.text }]));
    const receive = (data: Parameters<typeof viewParts>[0]) => {
      const assembler = viewAssembler((file) => before.get(file));
      for (const part of viewParts(data)) assembler.add(v8.deserialize(v8.serialize(part)));
      return assembler.finish();
    };
    let held = receive(viewData(corpusView(corpus)));
    let since = corpus.events!;
    const check = (what: string) => {
      const changes = viewChanges(corpus, since);
      since = corpus.events!;
      held = patchView(held, changes.replaces, receive(changes.data));
      const engine = corpusView(corpus);
      assert.deepEqual(plain(held), plain(engine), what);
      assert.ok(engine.claims.every((c) => held.claimById.get(c.id)?.start === c.start), `${what}: claims by id`);
      assert.ok(engine.actors.every((a) => held.actorById.get(a.id)?.name === a.name), `${what}: actors by id`);
      for (const [file, list] of engine.mentionsByFile) assert.equal(held.mentionsByFile.get(file)?.length, list.length, `${what}: ${file}`);
      return changes;
    };
    const edited = samples[0].text.replace(/\bthe\b/, 'a');
    setDocument(corpus, `harbor/${samples[0].file}`, edited);
    const changes = check('an edit');
    assert.deepEqual(changes.replaces, ['harbor']);
    assert.ok(changes.data.claims.every((c) => c.file.startsWith('harbor/')), 'only the edited story is sent');
    // A new story, then a story gone entirely.
    setDocument(corpus, 'kiln/a.md', 'Three people were hurt when a kiln exploded in Orlen on Monday, the fire brigade said.\n');
    assert.deepEqual(check('a new folder').replaces, ['kiln']);
    for (const s of samples) removeDocument(corpus, `alder/${s.file}`);
    assert.deepEqual(check('a folder emptied').replaces, ['alder']);
    assert.ok(!held.sources.some((s) => s.file.startsWith('alder/')));
  });

  it('links a name a correction gives to the actor of its own story', () => {
    // The harbor story names the company in five articles, the alder story in two: the bigger is not the one meant.
    const docs = workspace.filter((d) => d.file.startsWith('harbor/') || /alder\/(coastal-ledger|meridian-wire)/.test(d.file));
    const corpus = corpusOf(docs, 1);
    const view = corpusView(corpus);
    const file = 'alder/coastal-ledger.md';
    const text = corpus.docs.get(file)!.doc.text;
    const at = text.indexOf('The warehouse');
    const marked = addAnnotation(emptyAnnotationsFile(), {
      id: 'm1', kind: 'actor.mark', created: '2026-12-07T10:00:00Z', actorType: 'organization', name: 'Harlow Chemicals',
      target: anchorTarget(file, text, at, at + 'The warehouse'.length),
    });
    const applied = applyAnnotations(view, marked, new Map([...corpus.docs].map(([f, a]) => [f, a.doc.text])));
    assert.equal(applied.orphans.length, 0);
    const m = applied.view.mentionsByFile.get(file)!.find((x) => x.start === at)!;
    const harlow = applied.view.actorById.get(m.actor!)!;
    assert.equal(harlow.name, 'Harlow Chemicals');
    assert.ok(harlow.mentions.every((x) => x.file.startsWith('alder/')), 'the mark joins the alder story\'s Harlow Chemicals');
  });

  it('stores and reads back a view of events, which names its events', () => {
    const corpus = corpusOf(workspace, 1);
    const view = corpusView(corpus);
    const back = decodeView(encodeView(corpus.docs, viewData(view)), corpus.docs)!;
    assert.equal(back.eventDepth, 1);
    assert.deepEqual(plain(back), plain(view));
    assert.ok(view.claims.every((c) => back.claimById.get(c.id)?.start === c.start));
    // A view is handed over whole too: its lookups are rebuilt by event.
    const whole = hydrateView(viewData(view));
    assert.ok(view.actors.every((a) => whole.actorById.get(a.id)?.name === a.name));
  });
});
