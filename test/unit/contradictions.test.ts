import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCorpus, corpusView, setDocument } from '../../src/engine/corpus';
import type { Contradiction } from '../../src/engine/types';

function analyse(dir: string, files?: Record<string, string>) {
  const corpus = createCorpus();
  if (files) for (const [f, t] of Object.entries(files)) setDocument(corpus, f, t);
  else for (const f of readdirSync(dir)) setDocument(corpus, f, readFileSync(join(dir, f), 'utf8'));
  return corpusView(corpus);
}

/** Whether a contradiction has a side in each file with the given text in its passage. */
function spans(x: Contradiction, a: [string, string], b: [string, string]): boolean {
  const has = ([file, text]: [string, string]) => x.sides.some((s) => s.file === file && s.text.includes(text));
  return has(a) && has(b);
}

const ferry = analyse(join(__dirname, '..', 'fixtures', 'ferry'));
const harbor = analyse(join(__dirname, '..', '..', 'samples', 'harbor-blast'));

describe('contradictions: each kind is found', () => {
  it('numeric: figures for the same quantity that cannot both hold', () => {
    const x = ferry.contradictions.find((c) => c.kind === 'numeric' && c.topic === 'people killed');
    assert.ok(x, 'deaths: at least 30 vs 17');
    assert.ok(spans(x, ['island-gazette.md', 'At least 30 passengers died'], ['velmora-today.md', '17 people were killed']));
    assert.ok(harbor.contradictions.some((c) => c.kind === 'numeric' && spans(c, ['coastal-ledger.md', 'more than 40 people were injured'], ['radio-selwyn.md', 'About 60 people were wounded'])),
      '"more than 40" means forty-odd: it conflicts with "about 60"');
  });

  it('polarity: a denial vs a source stating what was denied', () => {
    assert.ok(ferry.contradictions.some((c) => c.kind === 'polarity' && spans(c, ['velmora-today.md', 'denied that the ferry had been carrying'], ['island-gazette.md', 'Maritime Authority said'])));
  });

  it('status: over vs still going on', () => {
    const x = ferry.contradictions.find((c) => c.kind === 'status');
    assert.ok(x && spans(x, ['island-gazette.md', 'search was called off'], ['coastline-radio.txt', 'still searching']));
  });

  it('temporal: different days for the same start', () => {
    const x = ferry.contradictions.find((c) => c.kind === 'temporal');
    assert.ok(x && spans(x, ['island-gazette.md', 'late on Tuesday'], ['coastline-radio.txt', 'sank early on Wednesday']));
    assert.ok(harbor.contradictions.some((c) => c.kind === 'temporal' && spans(c, ['coastal-ledger.md', 'late on Tuesday'], ['daily-sentinel.txt', 'Wednesday'])));
  });

  it('attribution: the same words credited to two people', () => {
    const x = ferry.contradictions.find((c) => c.kind === 'attribution');
    assert.ok(x && spans(x, ['island-gazette.md', 'We will find every one of them'], ['northern-courier.txt', 'We will find every one of them']));
    assert.ok(harbor.contradictions.some((c) => c.kind === 'attribution' && spans(c, ['coastal-ledger.md', 'This was preventable'], ['daily-sentinel.txt', 'This was preventable'])));
  });

  it('attribution: perpetrators of different nationalities', () => {
    const v = analyse('', {
      'a.md': 'Gunmen attacked the border post at Kesh on Friday. "They are Varnian fighters from Varnia," said Interior Minister Olek Dace.\n',
      'b.md': 'The attack on the border post at Kesh was carried out by Doran citizens, said Mira Toll, a spokeswoman for the Doran Liberation Front.\n',
    });
    // Neither demonym is in the table of real countries: an invented nationality is not guessed at.
    assert.equal(v.contradictions.filter((c) => c.topic === 'who the perpetrators were').length, 0);
    const w = analyse('', {
      'a.md': 'Gunmen attacked the border post on Friday. "They are Georgian fighters from Georgia," said Interior Minister Olek Dace.\n',
      'b.md': 'The attack on the border post was carried out by Armenian citizens, said Mira Toll, a spokeswoman for the Liberation Front.\n',
    });
    assert.ok(w.contradictions.some((c) => c.kind === 'attribution' && c.topic === 'who the perpetrators were'));
  });

  it('revision: a speaker who revised their own account is marked', () => {
    const x = harbor.contradictions.find((c) => c.sides.some((s) => s.text.includes('initially said no one had died')));
    assert.ok(x, 'the police chief revised his own statement');
    assert.match(x.summary, /revised their own account/);
    const y = ferry.contradictions.find((c) => c.sides.some((s) => s.text.includes('initially said everyone had been rescued')));
    assert.ok(y);
  });
});

describe('contradictions: look-alikes are not reported', () => {
  const all = [...ferry.contradictions, ...harbor.contradictions];
  const touches = (file: string, text: string) => all.filter((c) => c.sides.some((s) => s.file === file && s.text.includes(text)));

  it('a figure and its rounding ("some 200" vs 212, "some 3,000" vs 3,120)', () => {
    assert.deepEqual(touches('coastline-radio.txt', '212 people were rescued'), []);
    assert.deepEqual(touches('northgate-post.txt', '3,120 residents'), []);
  });

  it('a figure updated later ("by Friday … had fallen to six")', () => {
    assert.deepEqual(touches('northern-courier.txt', 'had fallen to six'), []);
    assert.deepEqual(touches('daily-sentinel.txt', 'had fallen to four'), []);
  });

  it('figures for different sets (firefighters vs civilians; the warehouse district vs the whole city)', () => {
    assert.deepEqual(touches('radio-selwyn.md', 'Two firefighters were injured'), []);
    assert.deepEqual(touches('daily-sentinel.txt', 'some 400 buildings'), []);
  });

  it('a denial about something no other source affirms', () => {
    assert.deepEqual(touches('velmora-today.md', 'captain had been drinking'), []);
  });

  it('the same words from one person quoted by two outlets', () => {
    const v = analyse('', {
      'a.md': '"We will rebuild every house," Mayor Jon Elm said on Monday.\n',
      'b.md': 'Mayor Jon Elm told reporters: "We will rebuild every house."\n',
    });
    assert.equal(v.contradictions.length, 0);
  });

  it('something going on before it was over', () => {
    const v = analyse('', {
      'a.md': 'The fire at the mill was still burning on Monday, firefighters said.\n',
      'b.md': 'The fire at the mill was extinguished on Tuesday, the fire brigade said.\n',
    });
    assert.equal(v.contradictions.filter((c) => c.kind === 'status').length, 0);
  });
});

describe('the same quantity across sources', () => {
  it('lists each other source\'s figure for the quantity, marking agreement and conflict', async () => {
    const { sameQuantity } = await import('../../src/engine/corpus');
    const claim = harbor.claims.find((c) => c.file === 'meridian-wire.md' && c.text.includes('nine people were killed'))!;
    const nine = claim.figures.find((f) => f.text === 'nine')!;
    const readings = sameQuantity(harbor, claim, nine);
    const twelve = readings.find((r) => r.claim.file === 'daily-sentinel.txt' && r.figure.text === '12');
    assert.ok(twelve && !twelve.agrees, '12 dead conflicts with nine dead');
    const alsoNine = readings.find((r) => r.claim.file === 'northgate-post.txt' && r.figure.text === 'nine');
    assert.ok(alsoNine && alsoNine.agrees, 'another outlet\'s nine agrees');
    assert.ok(readings.every((r) => r.figure.eventClass === 'killed'), 'only deaths are compared with deaths');
  });
});

describe('contradictions: a consistent story', () => {
  it('reports nothing when outlets agree in different words (rounding, a strike going on and then ending, one quote in two outlets)', () => {
    const v = analyse(join(__dirname, '..', 'fixtures', 'consistent'));
    assert.ok(v.claims.length >= 6, 'the story has claims to compare');
    assert.deepEqual(v.contradictions.map((c) => c.summary), []);
  });
});
