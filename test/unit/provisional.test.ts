import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, createCorpus, corpusView, setDocument, type CorpusView } from '../../src/engine/corpus';
import { withDocument } from '../../src/engine/provisional';

const samplesDir = join(__dirname, '..', '..', 'samples', 'harbor-blast');
const samples = readdirSync(samplesDir).map((f) => ({ file: f, text: readFileSync(join(samplesDir, f), 'utf8') }));
const FILE = 'coastal-ledger.md';
const original = samples.find((s) => s.file === FILE)!.text;

function viewOf(texts: Map<string, string>): CorpusView {
  const corpus = createCorpus();
  for (const [file, text] of texts) setDocument(corpus, file, text);
  return corpusView(corpus);
}

/** Every mention, claim and side of a file lies on the text it names. */
function assertOnText(view: CorpusView, file: string, text: string): void {
  for (const m of view.mentionsByFile.get(file) ?? []) assert.equal(text.slice(m.start, m.end), m.text, `mention at ${m.start}`);
  for (const c of view.claimsByFile.get(file) ?? []) assert.equal(text.slice(c.start, c.end), c.text, `claim at ${c.start}`);
  for (const x of view.contradictions) {
    for (const s of x.sides) if (s.file === file) assert.equal(text.slice(s.start, s.end), s.text, `side of ${x.topic}`);
  }
}

describe('provisional view of an edited article', () => {
  const texts = new Map(samples.map((s) => [s.file, s.text]));
  const before = viewOf(texts);
  // A new paragraph near the top: every later offset of the article moves.
  const cut = original.indexOf('At least 12 people');
  const inserted = 'Harbour master Ilse Maren of the Port Selwyn Authority said the quay was closed on Wednesday.\n\n';
  const edited = original.slice(0, cut) + inserted + original.slice(cut);

  it('links the article\'s names to the actors the full view gives them, and moves its claims and passages with the text', () => {
    const view = withDocument(before, analyzeDocument(FILE, edited));
    assertOnText(view, FILE, edited);
    const full = viewOf(new Map(texts).set(FILE, edited));
    // Each name the article had before the edit is linked as the full rebuild links it.
    const nameAt = (v: CorpusView, start: number) => {
      const m = v.mentionsByFile.get(FILE)!.find((x) => x.start === start);
      return m && v.actorById.get(m.actor!)?.name;
    };
    const old = before.mentionsByFile.get(FILE)!.filter((m) => m.start >= cut);
    assert.ok(old.length > 10);
    for (const m of old) assert.equal(nameAt(view, m.start + inserted.length), nameAt(full, m.start + inserted.length), m.text);
    // The new name has an actor and is the speaker of the new claim.
    const maren = view.mentionsByFile.get(FILE)!.find((m) => m.text === 'Ilse Maren');
    assert.ok(maren?.actor, 'the new name is an actor at once');
    const claim = view.claimsByFile.get(FILE)!.find((c) => c.start >= cut && c.start < cut + inserted.length);
    assert.equal(claim?.speaker, maren.actor);
    // Disputes keep the article's sides, moved with its text.
    const sides = (v: CorpusView) => v.contradictions.flatMap((x) => x.sides).filter((s) => s.file === FILE).map((s) => s.text).sort();
    assert.ok(sides(before).length > 0);
    assert.deepEqual(sides(view), sides(before));
  });

  it('drops the passages an edit removed, and leaves the other articles as they were', () => {
    const sides = before.contradictions.flatMap((x) => x.sides).filter((s) => s.file === FILE);
    const gone = sides[0];
    const cutText = original.slice(0, gone.start) + original.slice(gone.end);
    const view = withDocument(before, analyzeDocument(FILE, cutText));
    assertOnText(view, FILE, cutText);
    assert.ok(!view.contradictions.some((x) => x.sides.some((s) => s.file === FILE && s.text === gone.text)));
    for (const x of view.contradictions) assert.ok(new Set(x.sides.map((s) => s.file)).size >= 2 || x.revision, 'a dispute keeps two sources');
    for (const s of samples.filter((x) => x.file !== FILE)) {
      assert.equal(view.mentionsByFile.get(s.file), before.mentionsByFile.get(s.file));
      assert.equal(view.claimsByFile.get(s.file), before.claimsByFile.get(s.file));
      assertOnText(view, s.file, s.text);
    }
    // The view before the edit is not changed.
    assertOnText(before, FILE, original);
  });

  it('keeps out the names the view left out before the edit', () => {
    const file = 'radio-selwyn.md';
    const text = samples.find((s) => s.file === file)!.text;
    const was = analyzeDocument(file, text);
    const shown = new Set(before.mentionsByFile.get(file)!.map((m) => m.start));
    const hidden = was.mentions.filter((m) => !shown.has(m.start));
    assert.ok(hidden.length, 'the view leaves a name of the article out (a demonym of a place it names)');
    const at = text.indexOf('\n\n') + 2;
    const edited = `${text.slice(0, at)}Rescue teams worked through the night.\n\n${text.slice(at)}`;
    const names = (v: CorpusView) => new Set(v.mentionsByFile.get(file)!.map((m) => m.text));
    for (const m of hidden) {
      assert.ok(!names(withDocument(before, analyzeDocument(file, edited), was)).has(m.text), `${m.text} stays out`);
      assert.ok(!names(viewOf(new Map(texts).set(file, edited))).has(m.text), `${m.text} is left out by the full view too`);
    }
    assert.ok(hidden.some((m) => names(withDocument(before, analyzeDocument(file, edited))).has(m.text)), 'without the analysis before the edit, it cannot be known');
  });

  it('an article emptied of its names loses the actors only it had; the other items stay, in their order', () => {
    const emptied = withDocument(before, analyzeDocument(FILE, 'Nothing was said here.\n'));
    const only = before.actors.filter((a) => a.mentions.every((m) => m.file === FILE));
    const others = before.actors.filter((a) => a.mentions.some((m) => m.file !== FILE));
    assert.ok(only.length > 0 && others.some((a) => a.mentions.some((m) => m.file === FILE)), 'the sample article has actors of its own and shared ones');
    assert.deepEqual(emptied.actors.map((a) => a.id), others.map((a) => a.id));
    for (const a of only) assert.equal(emptied.actorById.get(a.id), undefined);
    for (const a of emptied.actors) {
      assert.ok(a.mentions.every((m) => m.file !== FILE));
      assert.equal(emptied.actorById.get(a.id), a);
    }
    // Disputes the article had no side in are the same objects, in the same order; its own sides are gone.
    const untouched = before.contradictions.filter((x) => x.sides.every((side) => side.file !== FILE));
    assert.deepEqual(emptied.contradictions.filter((x) => untouched.includes(x)), untouched);
    // Those it was a side of and that still stand keep their places among them.
    const ids = before.contradictions.map((x) => x.id);
    const places = emptied.contradictions.map((x) => ids.indexOf(x.id));
    assert.ok(places.every((at, k) => at >= 0 && (k === 0 || at > places[k - 1])), `in their places: ${places.join(' ')}`);
    assert.ok(emptied.contradictions.some((x) => !untouched.includes(x)), 'a dispute the article was a side of still stands');
    assert.ok(emptied.contradictions.every((x) => x.sides.every((side) => side.file !== FILE)));
    assert.ok(emptied.contradictions.length < before.contradictions.length, 'a dispute the article was a side of is dropped or loses that side');
    assert.deepEqual(emptied.sources.map((x) => x.file), before.sources.map((x) => x.file));
  });

  it('ids stay unique and the lookups agree with the lists', () => {
    let view = before;
    for (const text of [edited, original, edited]) view = withDocument(view, analyzeDocument(FILE, text));
    assert.equal(new Set(view.actors.map((a) => a.id)).size, view.actors.length);
    assert.equal(new Set(view.claims.map((c) => c.id)).size, view.claims.length);
    assert.equal(view.actorById.size, view.actors.length);
    assert.equal(view.claimById.size, view.claims.length);
    for (const a of view.actors) {
      assert.ok(a.mentions.length, `${a.name} has mentions`);
      for (const m of a.mentions) assert.equal(m.actor, a.id);
    }
    const listed = [...view.mentionsByFile.values()].flat().length;
    assert.equal(view.actors.reduce((n, a) => n + a.mentions.length, 0), listed);
  });
});
