import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { actorAt, claimAt, corpusView, createCorpus, setDocument, type CorpusView } from '../../src/engine/corpus';
import {
  type AnnotatedClaim, type AnnotatedView, addAnnotation, anchorSpan, anchorTarget, applyAnnotations, contradictionAnchors, contradictionKey, fromW3C, newAnnotationId,
  parseAnnotationsFile, reanchor, refreshAnchors, removeAnnotation, serializeAnnotationsFile, toW3C,
  type Annotation, type AnnotationsFile, type Target,
} from '../../src/engine/annotations/index';

const DIR = join(__dirname, '..', '..', 'samples', 'harbor-blast');
const ORIGINAL = new Map(readdirSync(DIR).sort().map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));

/** The sample corpus, with some articles replaced by edited versions. */
function load(edits: Record<string, string> = {}): { texts: Map<string, string>; view: CorpusView } {
  const texts = new Map(ORIGINAL);
  for (const [f, t] of Object.entries(edits)) texts.set(f, t);
  const corpus = createCorpus();
  for (const [f, t] of texts) setDocument(corpus, f, t);
  return { texts, view: corpusView(corpus) };
}

const harbor = load();

/** Offsets of `quote` in a file: its first occurrence after `after` (when given). */
function find(file: string, quote: string, after = '', texts = harbor.texts): { start: number; end: number } {
  const text = texts.get(file) as string;
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `${after} in ${file}`);
  const start = text.indexOf(quote, from);
  assert.ok(start >= 0, `${quote} in ${file}`);
  return { start, end: start + quote.length };
}

function target(file: string, quote: string, after = '', texts = harbor.texts): Target {
  const { start, end } = find(file, quote, after, texts);
  return anchorTarget(file, texts.get(file) as string, start, end);
}

let counter = 0;
function make(kind: Annotation['kind'], t: Target, body: Record<string, unknown> = {}): Annotation {
  counter++;
  return {
    id: `an-test-${String(counter).padStart(4, '0')}`, kind, created: new Date(Date.UTC(2026, 2, 20, 10, 0, counter)).toISOString(), target: t, ...body,
  } as unknown as Annotation;
}

/** The claim covering an offset of a file, with the corrections applied to it. */
function claimIn(view: AnnotatedView, f: string, offset: number): AnnotatedClaim | undefined {
  const c = claimAt(view, f, offset);
  return c ? view.claimById.get(c.id) : undefined;
}

const file = (...annotations: Annotation[]): AnnotationsFile => ({ version: 1, annotations });

/** The actor mentioned at a quote of a file in a view. */
function actorOn(view: CorpusView, f: string, quote: string, after = '', texts = harbor.texts) {
  const { start } = find(f, quote, after, texts);
  return actorAt(view, f, start)?.actor;
}

describe('annotations: the file', () => {
  const sample = file(
    make('note', target('coastal-ledger.md', 'Port Selwyn', 'Interior Minister Ruth Okafor flew to'), { text: 'Check the flight time.' }),
    make('actor.reject', target('coastal-ledger.md', 'Ledger', 'spoke to the')),
  );

  it('serializes as stable, 2-space JSON with a final newline, and parses back equal', () => {
    const text = serializeAnnotationsFile(sample);
    assert.ok(text.endsWith('}\n'));
    assert.match(text, /^\{\n {2}"version": 1,\n {2}"annotations": \[\n {4}\{\n {6}"id": /);
    const parsed = parseAnnotationsFile(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file, sample);
    // Same content in another order, with keys in another order: same text.
    const shuffled = file(...[...sample.annotations].reverse().map((a) => Object.fromEntries(Object.entries(a).reverse()) as unknown as Annotation));
    assert.equal(serializeAnnotationsFile(shuffled), text);
  });

  it('orders keys id, kind, created, author, target, then the body', () => {
    const a = make('actor.retype', target('coastal-ledger.md', 'Karthia'), { actorType: 'place', author: 'H. Veldt' });
    const text = serializeAnnotationsFile(file(a));
    const keys = [...text.matchAll(/^ {6}"(\w+)":/gm)].map((m) => m[1]);
    assert.deepEqual(keys, ['id', 'kind', 'created', 'author', 'target', 'actorType']);
  });

  it('reports a JSON syntax error with its line', () => {
    const text = serializeAnnotationsFile(sample).replace('"kind": "note",', '"kind": "note"');
    const line = text.split('\n').findIndex((l) => l.includes('"kind": "note"')) + 2;
    const r = parseAnnotationsFile(text);
    assert.ok(!r.ok);
    assert.equal(r.line, line);
    assert.match(r.error, /Expected ',' or '}'/);
    assert.match(r.error, new RegExp(`line ${line}`));
  });

  it('reports a trailing comma, a truncated file and a schema problem with their lines', () => {
    const text = serializeAnnotationsFile(sample);
    const comma = parseAnnotationsFile(text.replace(/("end": \d+)\n/, '$1,\n'));
    assert.ok(!comma.ok && /Trailing comma/.test(comma.error) && comma.line);
    const cut = parseAnnotationsFile(text.slice(0, text.length / 2));
    assert.ok(!cut.ok && cut.line && cut.line > 1);
    const bad = text.replace('"kind": "actor.reject"', '"kind": "actor.nope"');
    const line = bad.split('\n').findIndex((l) => l.includes('actor.nope')) + 1;
    const r = parseAnnotationsFile(bad);
    assert.ok(!r.ok);
    assert.equal(r.line, line);
    assert.match(r.error, /unknown kind "actor\.nope"/);
    const neg = parseAnnotationsFile(text.replace(/"start": \d+/, '"start": -4'));
    assert.ok(!neg.ok && /selector\.start/.test(neg.error) && neg.line);
    const missing = parseAnnotationsFile(text.replace('"text": "Check the flight time."', '"txt": "Check the flight time."'));
    assert.ok(!missing.ok && /"txt" is not allowed/.test(missing.error));
    const dup = parseAnnotationsFile(serializeAnnotationsFile(file(sample.annotations[0])).replace(/\]\n\}\n$/, '') + ',' +
      JSON.stringify(sample.annotations[0]) + ']}');
    assert.ok(!dup.ok && /Duplicate annotation id/.test(dup.error));
  });

  it('reads an empty file as no annotations and refuses other versions', () => {
    const empty = parseAnnotationsFile('  \n');
    assert.ok(empty.ok && empty.file.annotations.length === 0);
    const v2 = parseAnnotationsFile('{\n  "version": 2,\n  "annotations": []\n}\n');
    assert.ok(!v2.ok && v2.line === 2 && /version 2/.test(v2.error));
  });

  it('adds, replaces and removes annotations without changing the file it is given', () => {
    const a = make('note', target('radio-selwyn.md', 'Ilse Marr'), { text: 'Call her back.' });
    const before = structuredClone(sample);
    const added = addAnnotation(sample, a);
    assert.deepEqual(sample, before);
    assert.equal(added.annotations.length, 3);
    const replaced = addAnnotation(added, { ...a, text: 'Called.' } as Annotation);
    assert.equal(replaced.annotations.length, 3);
    assert.equal((replaced.annotations.find((x) => x.id === a.id) as { text: string }).text, 'Called.');
    assert.deepEqual(removeAnnotation(replaced, a.id), sample);
    assert.deepEqual(removeAnnotation(sample, 'an-none'), sample);
  });

  it('makes deterministic ids that sort by time and avoid ids in use', () => {
    const now = new Date('2026-03-20T10:00:00Z');
    const id = newAnnotationId(now, 'actor.reject coastal-ledger.md 3609');
    assert.match(id, /^an-[0-9a-z]{8}-[0-9a-z]{8}$/);
    assert.equal(newAnnotationId(now, 'actor.reject coastal-ledger.md 3609'), id);
    assert.notEqual(newAnnotationId(now, 'actor.reject coastal-ledger.md 3610'), id);
    assert.ok(newAnnotationId(new Date('2026-03-21T10:00:00Z'), 'x') > newAnnotationId(now, 'y'));
    const taken = file({ ...sample.annotations[0], id });
    const other = newAnnotationId(now, 'actor.reject coastal-ledger.md 3609', taken);
    assert.notEqual(other, id);
    assert.equal(newAnnotationId(now, 'actor.reject coastal-ledger.md 3609', taken), other);
  });
});

describe('annotations: re-anchoring after edits', () => {
  const text = harbor.texts.get('coastal-ledger.md') as string;
  // The second "Port Selwyn" of the body: the quote occurs four times in the article.
  const at = find('coastal-ledger.md', 'Port Selwyn', 'Interior Minister Ruth Okafor flew to');
  const sel = anchorSpan(text, at.start, at.end);

  it('finds an unchanged quote where it was', () => {
    assert.deepEqual(reanchor(text, sel), { ...at, exact: true });
  });

  it('follows an insertion before the quote, and ignores one after it', () => {
    const para = 'A paragraph added at the top, mentioning Port Selwyn again.\n\n';
    const before = text.slice(0, 300) + para + text.slice(300);
    assert.deepEqual(reanchor(before, sel), { start: at.start + para.length, end: at.end + para.length, exact: true });
    const after = text.slice(0, at.end + 100) + para + text.slice(at.end + 100);
    assert.deepEqual(reanchor(after, sel), { ...at, exact: true });
  });

  it('follows an edit right next to the quote on one side', () => {
    const edited = text.slice(0, at.start - 4) + 'to the port of ' + text.slice(at.start);
    const shift = 'to the port of '.length - 4;
    assert.deepEqual(reanchor(edited, sel), { start: at.start + shift, end: at.end + shift, exact: true });
  });

  it('finds a quote with one character changed inside it, and says it is no longer exact', () => {
    const claim = find('coastal-ledger.md', 'The minister promised that the government would pay for temporary housing');
    const s = anchorSpan(text, claim.start, claim.end);
    const edited = text.slice(0, claim.start + 20) + 'X' + text.slice(claim.start + 21);
    assert.deepEqual(reanchor(edited, s), { ...claim, exact: false });
    const inserted = text.slice(0, claim.start + 20) + 'really ' + text.slice(claim.start + 20);
    assert.deepEqual(reanchor(inserted, s), { start: claim.start, end: claim.end + 7, exact: false });
    // A name with one letter changed, with its context intact.
    const name = find('coastal-ledger.md', 'Tomas Brandt');
    const n = anchorSpan(text, name.start, name.end);
    const typo = text.slice(0, name.start) + 'Thomas Brandt' + text.slice(name.end);
    assert.deepEqual(reanchor(typo, n), { start: name.start, end: name.end + 1, exact: false });
  });

  it('orphans a deleted quote rather than move it to another occurrence of the same words', () => {
    const deleted = text.slice(0, at.start - 8) + 'flew in' + text.slice(at.end);
    assert.ok(deleted.includes('Port Selwyn'));
    assert.equal(reanchor(deleted, sel), undefined);
    // The headline repeats the title of the front matter: deleting it must not re-anchor on the title.
    const head = find('coastal-ledger.md', 'Port Selwyn', '# Deadly');
    const hs = anchorSpan(text, head.start, head.end);
    const noHead = text.slice(0, head.start - 20) + text.slice(head.end + 5);
    assert.equal(reanchor(noHead, hs), undefined);
  });

  it('picks the right one of two identical quotes by their context', () => {
    // "Harlow Chemicals" occurs four times; annotate the third and shuffle the text around it.
    const third = find('coastal-ledger.md', 'Harlow Chemicals', 'Harlow Chemicals denied');
    const s = anchorSpan(text, third.start + 0, third.end);
    const edited = 'Update: Harlow Chemicals responded.\n\n' + text.replace('The company’s full statement', 'Harlow Chemicals’ full statement');
    const r = reanchor(edited, s);
    assert.ok(r);
    assert.equal(edited.slice(r.start - 20, r.end + 20), text.slice(third.start - 20, third.end + 20));
  });

  it('grows the context of a quote whose surroundings repeat elsewhere', () => {
    const head = find('coastal-ledger.md', 'Port Selwyn', '# Deadly');
    const s = anchorSpan(text, head.start, head.end);
    assert.ok(s.suffix.length > 32, 'the headline and the front-matter title share 32 characters after the quote');
    const plain = anchorSpan(text, at.start, at.end);
    assert.equal(plain.prefix.length, 32);
    assert.equal(plain.suffix.length, 32);
  });

  it('treats a short context as the edge of the file, not as any matching character', () => {
    const last = find('coastal-ledger.md', '“Now we know.”');
    const s = anchorSpan(text, last.start, last.end);
    assert.equal(s.suffix, '\n');
    assert.deepEqual(reanchor(text + 'A paragraph added at the end.\n', s), { ...last, exact: true });
    // The quote rewritten into two paragraphs: no line break after it counts as its old end of file.
    const split = text.slice(0, last.start) + '“Now we know.\n\nAnd we will not forget.”\n';
    assert.equal(reanchor(split, s), undefined);
  });

  it('orphans a quote whose every occurrence is equally likely', () => {
    const twice = 'Alpha said yes. Alpha said yes. ';
    const s = { exact: 'Alpha said yes.', prefix: '', suffix: '', start: 40, end: 55 };
    assert.equal(reanchor(twice, s), undefined);
    assert.deepEqual(reanchor('Now Alpha said yes. ', s), { start: 4, end: 19, exact: true });
  });
  it('refreshes stored anchors to the edited text, leaving orphans as they were', () => {
    const para = 'Updated at 09:00.\n\n';
    const edited = new Map(harbor.texts);
    edited.set('coastal-ledger.md', para + text.replace('Residents who spoke to the Ledger said', 'Residents said'));
    const f = file(
      make('note', target('coastal-ledger.md', 'Port Selwyn', 'Interior Minister Ruth Okafor flew to'), { text: 'Check.' }),
      make('actor.reject', target('coastal-ledger.md', 'Ledger', 'spoke to the')),
      make('actor.merge', target('coastal-ledger.md', 'Aldorian Red Cross'), { with: target('radio-selwyn.md', 'Aldorian Red Cross') }),
    );
    const r = refreshAnchors(f, edited);
    assert.equal(r.changed, 2);
    assert.deepEqual(r.file.annotations[0].target.selector, anchorSpan(edited.get('coastal-ledger.md') as string, at.start + para.length, at.end + para.length));
    assert.deepEqual(r.file.annotations[1], f.annotations[1]);
    assert.deepEqual((r.file.annotations[2] as { with: Target }).with, (f.annotations[2] as { with: Target }).with);
    assert.equal(refreshAnchors(r.file, edited).changed, 0);
  });
});

describe('annotations: corrections applied to the corpus view', () => {
  const { view, texts } = harbor;

  it('leaves the engine view as it was and applies nothing from an empty file', () => {
    const before = structuredClone([view.actors, view.claims, view.contradictions]);
    const r = applyAnnotations(view, file(make('actor.reject', target('coastal-ledger.md', 'Ledger', 'spoke to the'))), texts);
    assert.deepEqual([view.actors, view.claims, view.contradictions], before);
    assert.notEqual(r.view.actors, view.actors);
    const none = applyAnnotations(view, file(), texts);
    assert.deepEqual(none.view.actors, view.actors);
    assert.deepEqual(none.view.claims, view.claims);
    assert.deepEqual(none.view.contradictions, view.contradictions);
  });

  it('actor.reject: the mention is gone, and the actor with it when it has no other', () => {
    // "the Ledger" (the newspaper itself, read as a name): whatever the engine makes of it.
    const ledger = actorOn(view, 'coastal-ledger.md', 'Ledger', 'spoke to the');
    const r = applyAnnotations(view, file(make('actor.reject', target('coastal-ledger.md', 'Ledger', 'spoke to the'))), texts);
    assert.equal(r.applied, 1);
    const { start } = find('coastal-ledger.md', 'Ledger', 'spoke to the');
    assert.ok(!r.view.mentionsByFile.get('coastal-ledger.md')?.some((m) => m.start <= start && m.end > start));
    assert.equal(actorOn(r.view, 'coastal-ledger.md', 'Ledger', 'spoke to the'), undefined);
    if (ledger) {
      if (ledger.mentions.length === 1) assert.ok(!r.view.actorById.has(ledger.id));
      else assert.equal(r.view.actorById.get(ledger.id)?.mentions.length, ledger.mentions.length - 1);
      // Its claim loses the speaker it got from that mention.
      assert.notEqual(claimAt(r.view, 'coastal-ledger.md', start)?.speaker, ledger.id);
    }

    const lorne = actorOn(view, 'coastal-ledger.md', 'Piet Lorne');
    assert.ok(lorne && lorne.mentions.length === 1);
    const r1 = applyAnnotations(view, file(make('actor.reject', target('coastal-ledger.md', 'Piet Lorne'))), texts);
    assert.ok(!r1.view.actorById.has(lorne.id));
    assert.ok(!r1.view.actors.some((a) => a.id === lorne.id));
    assert.notEqual(claimAt(r1.view, 'coastal-ledger.md', find('coastal-ledger.md', 'said Piet Lorne').start)?.speaker, lorne.id);

    const port = actorOn(view, 'coastal-ledger.md', 'Port Selwyn', 'flew to');
    assert.ok(port && port.mentions.length > 1);
    const r2 = applyAnnotations(view, file(make('actor.reject', target('coastal-ledger.md', 'Port Selwyn', 'flew to'))), texts);
    const left = r2.view.actorById.get(port.id);
    assert.equal(left?.mentions.length, port.mentions.length - 1);
    assert.equal(actorOn(r2.view, 'coastal-ledger.md', 'Port Selwyn', 'flew to'), undefined);
  });

  it('actor.mark: the span becomes a mention of a new actor, or of the actor it names', () => {
    const r = applyAnnotations(view, file(make('actor.mark', target('coastal-ledger.md', 'hospital staff'), { actorType: 'organization' })), texts);
    const staff = actorOn(r.view, 'coastal-ledger.md', 'hospital staff');
    assert.ok(staff);
    assert.equal(staff.type, 'organization');
    assert.equal(staff.name, 'hospital staff');
    // The claim that "hospital staff said" now has that actor as its speaker.
    assert.equal(claimAt(r.view, 'coastal-ledger.md', find('coastal-ledger.md', 'Many of the injured').start)?.speaker, staff.id);

    const okafor = actorOn(view, 'coastal-ledger.md', 'Ruth Okafor') as NonNullable<ReturnType<typeof actorOn>>;
    const r2 = applyAnnotations(view, file(make('actor.mark', target('coastal-ledger.md', 'The minister', 'met the mayor at city hall. '), { actorType: 'person', name: 'Ruth Okafor' })), texts);
    const joined = actorOn(r2.view, 'coastal-ledger.md', 'The minister', 'met the mayor at city hall. ');
    assert.equal(joined?.id, okafor.id);
    assert.ok(joined.aliases.includes('The minister'));
    assert.equal(joined.mentions.length, okafor.mentions.length + 1);
  });

  it('actor.mark over a badly cut mention replaces it', () => {
    const bad = view.mentionsByFile.get('meridian-wire.md')?.find((m) => m.text.startsWith('Meridian Wire)'));
    const r = applyAnnotations(view, file(make('actor.mark', target('meridian-wire.md', 'Meridian Wire', 'PORT SELWYN, Aldoria ('), { actorType: 'organization' })), texts);
    const now = r.view.mentionsByFile.get('meridian-wire.md')?.filter((m) => m.start === find('meridian-wire.md', 'Meridian Wire', 'PORT SELWYN, Aldoria (').start);
    assert.equal(now?.length, 1);
    assert.equal(now[0].text, 'Meridian Wire');
    assert.equal(now[0].type, 'organization');
    if (bad) assert.ok(!r.view.mentionsByFile.get('meridian-wire.md')?.includes(bad));
  });

  it('actor.retype and actor.rename change the actor and its mentions', () => {
    const r = applyAnnotations(view, file(
      make('actor.retype', target('coastal-ledger.md', 'Karthia'), { actorType: 'organization' }),
      make('actor.rename', target('radio-selwyn.md', 'Selwyn Port Authority'), { name: 'Selwyn Port Authority (SPA)' }),
    ), texts);
    const karthia = actorOn(r.view, 'coastal-ledger.md', 'Karthia');
    assert.equal(karthia?.type, 'organization');
    assert.ok(karthia.mentions.every((m) => m.type === 'organization'));
    const spa = actorOn(r.view, 'radio-selwyn.md', 'Selwyn Port Authority');
    assert.equal(spa?.name, 'Selwyn Port Authority (SPA)');
    assert.ok(spa.aliases.includes('Selwyn Port Authority (SPA)') && spa.aliases.includes('SPA'));
  });

  it('actor.merge: one actor with both alias sets and all mentions', () => {
    const a = actorOn(view, 'coastal-ledger.md', 'Aldorian Red Cross');
    const b = actorOn(view, 'coastal-ledger.md', 'Red Cross', 'A Red Cross volunteer');
    assert.ok(a && b);
    const r = applyAnnotations(view, file(make('actor.merge', target('coastal-ledger.md', 'Aldorian Red Cross'), { with: target('coastal-ledger.md', 'Red Cross', 'A Red Cross volunteer') })), texts);
    const merged = actorOn(r.view, 'coastal-ledger.md', 'Red Cross', 'A Red Cross volunteer');
    assert.equal(merged?.id, a.id);
    assert.equal(actorOn(r.view, 'coastal-ledger.md', 'Aldorian Red Cross')?.id, a.id);
    assert.deepEqual(merged.aliases, [...new Set([...a.aliases, ...b.aliases])].sort());
    assert.equal(merged.mentions.length, new Set([...a.mentions, ...b.mentions]).size);
    assert.equal(merged.name, 'Aldorian Red Cross');
    assert.ok(merged.mentions.every((m) => m.actor === a.id));
    if (b.id !== a.id) assert.ok(!r.view.actorById.has(b.id) && !r.view.actors.some((x) => x.id === b.id));
    // Nothing still points at the merged-away actor.
    assert.ok(r.view.claims.every((c) => c.speaker !== b.id || b.id === a.id));
  });

  it('actor.split: a mention leaves its actor, alone or for the actor named at `into`', () => {
    const okafor = actorOn(view, 'daily-sentinel.txt', 'Okafor', '"This was preventable," ') as NonNullable<ReturnType<typeof actorOn>>;
    const split = make('actor.split', target('daily-sentinel.txt', 'Okafor', '"This was preventable," '));
    const r = applyAnnotations(view, file(split), texts);
    const alone = actorOn(r.view, 'daily-sentinel.txt', 'Okafor', '"This was preventable," ');
    assert.ok(alone && alone.id !== okafor.id);
    assert.equal(alone.mentions.length, 1);
    assert.equal(r.view.actorById.get(okafor.id)?.mentions.length, okafor.mentions.length - 1);
    // The claim spoken there, and its side of the attribution dispute, follow the mention.
    const claim = claimAt(r.view, 'daily-sentinel.txt', find('daily-sentinel.txt', '"This was preventable," Okafor').start);
    assert.equal(claim?.speaker, alone.id);
    const side = r.view.contradictions.flatMap((c) => c.sides).find((s) => s.claim === claim.id);
    if (side) assert.equal(side.speaker, alone.id);

    const marta = actorOn(view, 'radio-selwyn.md', 'Marta Brandt');
    const brandt = actorOn(view, 'radio-selwyn.md', 'Brandt', 'under control. ');
    assert.ok(marta && brandt);
    const r2 = applyAnnotations(view, file(make('actor.split', target('radio-selwyn.md', 'Brandt', 'under control. '), { into: target('radio-selwyn.md', 'Marta Brandt') })), texts);
    const moved = actorOn(r2.view, 'radio-selwyn.md', 'Brandt', 'under control. ');
    assert.equal(moved?.id, marta.id);
    assert.equal(moved.mentions.length, marta.mentions.length + (brandt.id === marta.id ? 0 : 1));
  });

  it('claim.speaker: the claim is spoken by the actor at the speaker span, by name, or by nobody', () => {
    const brandt = actorOn(view, 'meridian-wire.md', 'Tomas Brandt') as NonNullable<ReturnType<typeof actorOn>>;
    const headline = target('meridian-wire.md', 'Police said nine people were killed and that the toll could rise as rescuers searched the damaged sheds');
    const r = applyAnnotations(view, file(make('claim.speaker', headline, { speaker: target('meridian-wire.md', 'Tomas Brandt') })), texts);
    const claim = claimIn(r.view, 'meridian-wire.md', find('meridian-wire.md', 'Police said nine').start);
    assert.equal(claim?.speaker, brandt.id);
    assert.equal(claim.speakerText, 'Tomas Brandt');
    assert.ok(claim.corrections?.length);
    // Contradiction sides built on that claim name the new speaker.
    for (const s of r.view.contradictions.flatMap((c) => c.sides).filter((x) => x.claim === claim.id)) assert.equal(s.speaker, brandt.id);

    const ministry = actorOn(view, 'coastal-ledger.md', 'Interior Ministry') as NonNullable<ReturnType<typeof actorOn>>;
    const toll = target('coastal-ledger.md', 'At least 12 people were killed, according to the Interior Ministry in Vessen');
    const r2 = applyAnnotations(view, file(make('claim.speaker', toll, { speakerName: 'Interior Ministry' })), texts);
    assert.equal(claimAt(r2.view, 'coastal-ledger.md', find('coastal-ledger.md', 'At least 12').start)?.speaker, ministry.id);

    const varga = target('coastal-ledger.md', '“This was preventable,” Varga said at a news conference on Wednesday morning.');
    const r3 = applyAnnotations(view, file(make('claim.speaker', varga)), texts);
    const c3 = claimAt(r3.view, 'coastal-ledger.md', find('coastal-ledger.md', '“This was preventable,”').start);
    assert.ok(c3 && c3.speaker === undefined && c3.speakerText === undefined);
  });

  it('claim.verdict and claim.mark: a verdict and notes on a claim; a new claim where the engine saw none', () => {
    const quote = target('coastal-ledger.md', '“This was preventable,” Varga said at a news conference on Wednesday morning.');
    const sentence = 'Witnesses described a first, smaller blast followed seconds later by a much larger one.';
    // Not a claim to the engine today (no reporting verb it knows); if it becomes one, the mark is a no-op but for the speaker.
    const existing = claimAt(view, 'coastal-ledger.md', find('coastal-ledger.md', sentence).start);
    const mark = make('claim.mark', target('coastal-ledger.md', sentence), { speakerName: 'Witnesses' });
    const r = applyAnnotations(view, file(make('claim.verdict', quote, { verdict: 'disputed', note: 'The Sentinel credits Okafor.' }), mark), texts);
    const c = claimIn(r.view, 'coastal-ledger.md', find('coastal-ledger.md', '“This was preventable,”').start);
    assert.equal(c?.verdict, 'disputed');
    assert.deepEqual(c.notes, ['The Sentinel credits Okafor.']);
    const added = claimIn(r.view, 'coastal-ledger.md', find('coastal-ledger.md', sentence).start);
    assert.ok(added);
    assert.equal(added.speakerText, 'Witnesses');
    assert.ok(added.corrections?.includes(mark.id));
    if (!existing) {
      assert.equal(added.id, mark.id);
      assert.equal(added.text, sentence);
      assert.equal(r.view.claimById.get(mark.id), added);
      assert.equal(r.view.claims.length, view.claims.length + 1);
    }
    const inFile = r.view.claimsByFile.get('coastal-ledger.md') ?? [];
    assert.deepEqual(inFile.map((x) => x.start), [...inFile.map((x) => x.start)].sort((x, y) => x - y));
  });

  it('contradiction.dismiss / confirm / note: dismissed ones leave the list, confirmed ones say so', () => {
    const attribution = view.contradictions.find((c) => c.kind === 'attribution');
    const numeric = view.contradictions.find((c) => c.kind === 'numeric');
    assert.ok(attribution && numeric);
    const da = contradictionAnchors(attribution, texts);
    const dn = contradictionAnchors(numeric, texts);
    const dismiss = make('contradiction.dismiss', da.target, { key: da.key, others: da.others, reason: 'Both said it.' });
    const r = applyAnnotations(view, file(
      dismiss,
      make('contradiction.confirm', dn.target, { key: dn.key, others: dn.others, note: 'Police and ministry counts differ.' }),
      make('contradiction.note', dn.target, { key: dn.key, others: dn.others, text: 'Ask the ministry for the list.' }),
    ), texts);
    assert.equal(r.applied, 3);
    assert.ok(!r.view.contradictions.some((c) => c.id === attribution.id));
    assert.equal(r.view.contradictions.length, view.contradictions.length - 1);
    assert.equal(r.dismissed.length, 1);
    assert.equal(r.dismissed[0].contradiction.id, attribution.id);
    assert.equal(r.dismissed[0].reason, 'Both said it.');
    const confirmed = r.view.contradictions.find((c) => c.id === numeric.id);
    assert.equal(confirmed?.confirmed, true);
    assert.deepEqual(confirmed.notes, ['Police and ministry counts differ.', 'Ask the ministry for the list.']);
  });

  it('a dismissal survives re-analysis after the articles are edited, even inside a side', () => {
    const attribution = view.contradictions.find((c) => c.kind === 'attribution');
    assert.ok(attribution);
    const d = contradictionAnchors(attribution, texts);
    const dismissal = file(make('contradiction.dismiss', d.target, { key: d.key, others: d.others }));
    const ledger = texts.get('coastal-ledger.md') as string;
    const edited = load({
      'coastal-ledger.md': ledger.replace('PORT SELWYN — ', 'PORT SELWYN — (Updated 09:00) ').replace('Varga said at a news conference', 'Varga said at a press conference'),
    });
    const again = edited.view.contradictions.find((c) => c.kind === 'attribution');
    assert.ok(again, 'the engine still finds the dispute');
    assert.notEqual(contradictionKey(again, edited.texts), d.key, 'a side changed, so the key did');
    const r = applyAnnotations(edited.view, dismissal, edited.texts);
    assert.equal(r.orphans.length, 0);
    assert.ok(!r.view.contradictions.some((c) => c.kind === 'attribution'));
    // An edit elsewhere keeps the key itself.
    const shifted = load({ 'coastal-ledger.md': 'Updated at 09:00.\n\n' + ledger });
    const same = shifted.view.contradictions.find((c) => c.kind === 'attribution');
    assert.ok(same);
    assert.equal(contradictionKey(same, shifted.texts), d.key);
  });

  it('orphans annotations whose text is gone, with a reason, and keeps them in the file', () => {
    const ledger = texts.get('coastal-ledger.md') as string;
    const anns = file(
      make('actor.reject', target('coastal-ledger.md', 'Ledger', 'spoke to the')),
      make('note', target('coastal-ledger.md', 'Ana Dreyer'), { text: 'Spelling?' }),
      make('note', target('gone.md', 'x', '', new Map([['gone.md', 'x']])), { text: 'A file since deleted.' }),
    );
    const edited = load({ 'coastal-ledger.md': ledger.replace('Residents who spoke to the Ledger said', 'Residents said') });
    const r = applyAnnotations(edited.view, anns, edited.texts);
    assert.equal(r.applied, 1);
    assert.deepEqual(r.orphans.map((o) => [o.annotation.id, o.reason]), [[anns.annotations[0].id, 'quote-not-found'], [anns.annotations[2].id, 'file-missing']]);
    assert.match(r.orphans[0].message, /Ledger/);
    assert.equal(r.resolved.length, 1);
    assert.deepEqual(r.resolved[0].annotation, anns.annotations[1]);
    assert.equal(anns.annotations.length, 3);
  });

  it('a changed annotations file (edited outside the extension) applies as changed', () => {
    const v1 = serializeAnnotationsFile(file(make('actor.reject', target('coastal-ledger.md', 'Ledger', 'spoke to the'))));
    const merge = make('actor.merge', target('coastal-ledger.md', 'Aldorian Red Cross'), { with: target('coastal-ledger.md', 'Red Cross', 'A Red Cross volunteer') });
    const p1 = parseAnnotationsFile(v1);
    assert.ok(p1.ok);
    const r1 = applyAnnotations(view, p1.file, texts);
    assert.notEqual(actorOn(r1.view, 'coastal-ledger.md', 'Red Cross', 'A Red Cross volunteer')?.id, actorOn(r1.view, 'coastal-ledger.md', 'Aldorian Red Cross')?.id);
    // Someone pulls a commit that adds a merge.
    const v2 = serializeAnnotationsFile(addAnnotation(p1.file, merge));
    const p2 = parseAnnotationsFile(v2);
    assert.ok(p2.ok);
    const r2 = applyAnnotations(view, p2.file, texts);
    assert.equal(r2.applied, 2);
    assert.equal(actorOn(r2.view, 'coastal-ledger.md', 'Red Cross', 'A Red Cross volunteer')?.id, actorOn(r2.view, 'coastal-ledger.md', 'Aldorian Red Cross')?.id);
    assert.equal(actorOn(r2.view, 'coastal-ledger.md', 'Ledger', 'spoke to the'), undefined);
  });
});

describe('annotations: W3C Web Annotation import and export', () => {
  const d = contradictionAnchors(harbor.view.contradictions[0], harbor.texts);
  const all = file(
    make('actor.mark', target('coastal-ledger.md', 'hospital staff'), { actorType: 'organization', name: 'Port Selwyn General Hospital', author: 'Hanna Veldt' }),
    make('actor.reject', target('coastal-ledger.md', 'Ledger', 'spoke to the')),
    make('actor.retype', target('coastal-ledger.md', 'Karthia'), { actorType: 'organization' }),
    make('actor.merge', target('coastal-ledger.md', 'Aldorian Red Cross'), { with: target('coastal-ledger.md', 'Red Cross', 'A Red Cross volunteer') }),
    make('actor.split', target('radio-selwyn.md', 'Brandt', 'under control. '), { into: target('radio-selwyn.md', 'Marta Brandt') }),
    make('actor.rename', target('radio-selwyn.md', 'Selwyn Port Authority'), { name: 'Selwyn Port Authority (SPA)' }),
    make('claim.speaker', target('meridian-wire.md', 'Police said nine people were killed'), { speaker: target('meridian-wire.md', 'Tomas Brandt') }),
    make('claim.mark', target('coastal-ledger.md', 'Witnesses described a first, smaller blast'), { speakerName: 'Witnesses', polarity: 'affirm' }),
    make('claim.verdict', target('coastal-ledger.md', '“This was preventable,”'), { verdict: 'verified' }),
    make('contradiction.confirm', d.target, { key: d.key, others: d.others, note: 'Yes.' }),
    make('contradiction.dismiss', d.target, { key: d.key, others: d.others }),
    make('contradiction.note', d.target, { key: d.key, others: d.others, text: 'Ask again “today”.' }),
    make('note', target('northgate-post.txt', 'Lena Sorel'), { text: 'Union says: call after 6pm.\nSecond line.' }),
  );

  it('exports a JSON-LD AnnotationCollection of TextualBody annotations with quote and position selectors', () => {
    interface W3CTarget { source: string; selector: { type: string }[] }
    interface W3CItem {
      type: string; motivation: string; creator?: { name: string }; target: W3CTarget | W3CTarget[];
      body: { type: string; purpose: string; value: string }[]; 'triangulate:kind': string;
    }
    const w = toW3C(all, 'file:///home/hv/harbor%20blast/') as { '@context': unknown[]; type: string; total: number; first: { items: W3CItem[] } };
    assert.ok(w['@context'].includes('http://www.w3.org/ns/anno.jsonld'));
    assert.equal(w.type, 'AnnotationCollection');
    assert.equal(w.total, all.annotations.length);
    const items = w.first.items;
    assert.equal(items.length, all.annotations.length);
    for (const item of items) {
      assert.equal(item.type, 'Annotation');
      const t = Array.isArray(item.target) ? item.target[0] : item.target;
      assert.match(t.source, /^file:\/\/\/home\/hv\/harbor%20blast\/[\w-]+\.(md|txt)$/);
      assert.deepEqual(t.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
      assert.ok(item.body.every((b) => b.type === 'TextualBody' && b.purpose && b.value));
      assert.ok(item['triangulate:kind']);
    }
    const reject = items.find((i) => i['triangulate:kind'] === 'actor.reject');
    assert.equal(reject?.motivation, 'editing');
    const verdict = items.find((i) => i['triangulate:kind'] === 'claim.verdict');
    assert.equal(verdict?.body[0].purpose, 'assessing');
    assert.equal(items.find((i) => i['triangulate:kind'] === 'actor.mark')?.creator?.name, 'Hanna Veldt');
    const dismissal = items.find((i) => i['triangulate:kind'] === 'contradiction.dismiss');
    assert.ok(dismissal && Array.isArray(dismissal.target) && dismissal.target.length === 1 + d.others.length);
  });

  it('round-trips: export then import gives the same file', () => {
    for (const base of [undefined, 'file:///home/hv/harbor%20blast/', 'https://newsroom.example/stories/42']) {
      const w = JSON.parse(JSON.stringify(toW3C(all, base)));
      const back = fromW3C(w, base);
      assert.ok(back.ok, back.ok ? '' : back.error);
      const reread = parseAnnotationsFile(serializeAnnotationsFile(all));
      assert.ok(reread.ok);
      assert.deepEqual(back.file, reread.file);
      assert.deepEqual(back.file, all);
      assert.deepEqual(back.skipped, []);
      assert.equal(serializeAnnotationsFile(back.file), serializeAnnotationsFile(all));
    }
  });

  it('imports plain W3C annotations from other tools as notes', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/AbC123',
      type: 'Annotation',
      created: '2026-03-19T08:00:00Z',
      creator: { type: 'Person', nickname: 'fact-desk' },
      body: [{ type: 'TextualBody', value: 'Is this the same Brandt?', purpose: 'commenting' }, { type: 'TextualBody', value: 'names', purpose: 'tagging' }],
      target: { source: 'https://newsroom.example/stories/42/radio-selwyn.md', selector: { type: 'TextQuoteSelector', exact: 'Marta Brandt', prefix: 'Firefighter ', suffix: ', who spent' } },
    };
    const r = fromW3C(foreign, 'https://newsroom.example/stories/42');
    assert.ok(r.ok);
    assert.equal(r.file.annotations.length, 1);
    const n = r.file.annotations[0];
    assert.equal(n.kind, 'note');
    assert.equal((n as { text: string }).text, 'Is this the same Brandt?\nnames');
    assert.equal(n.author, 'fact-desk');
    assert.equal(n.target.file, 'radio-selwyn.md');
    assert.match(n.id, /^an-[0-9a-z]{8}-[0-9a-z]{8}$/);
    // Without a position it anchors on the quote and its context alone.
    const resolved = applyAnnotations(harbor.view, r.file, harbor.texts).resolved[0];
    assert.deepEqual({ start: resolved.start, end: resolved.end }, find('radio-selwyn.md', 'Marta Brandt'));
    // A page of several, one of them without a quote.
    const page = fromW3C({ type: 'AnnotationPage', items: [foreign, { ...foreign, id: 'x', target: 'https://newsroom.example/stories/42/radio-selwyn.md' }] });
    assert.ok(page.ok && page.file.annotations.length === 1 && page.skipped.length === 1);
  });

  it('refuses documents that are not annotations', () => {
    assert.ok(!fromW3C(42).ok);
    assert.ok(!fromW3C({ type: 'Book' }).ok);
    const w = toW3C(all) as { first: { items: Record<string, unknown>[] } };
    w.first.items[0]['triangulate:data'] = { actorType: 'spaceship' };
    const r = fromW3C(w);
    assert.ok(!r.ok && /actorType/.test(r.error));
  });
});
