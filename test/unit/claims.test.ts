import { strict as assert } from 'node:assert';
import { createCorpus, corpusView, setDocument } from '../../src/engine/corpus';
import { extractClaims } from '../../src/engine/claims/index';
import { parseDocument } from '../../src/engine/document';
import type { ActorType, Claim, Mention, ParsedDocument } from '../../src/engine/types';

// Every article here is written for these tests (invented places, people and bodies).

function doc(body: string, published?: string): ParsedDocument {
  const front = published ? `---\ndate: ${published}\n---\n\n` : '';
  return parseDocument('story.md', front + body);
}

/** Mentions built by hand: every occurrence of each listed name, with its type. */
function mentionsOf(d: ParsedDocument, names: Record<string, ActorType>): Mention[] {
  const out: Mention[] = [];
  for (const [name, type] of Object.entries(names)) {
    for (let i = d.text.indexOf(name); i >= 0; i = d.text.indexOf(name, i + name.length)) {
      // Skip occurrences inside a longer listed name ("Brandt" inside "Tomas Brandt").
      if (out.some((m) => m.start <= i && m.end >= i + name.length)) continue;
      out.push({ file: d.file, start: i, end: i + name.length, text: name, type });
    }
  }
  // Longer names first so that the inner-occurrence check above works whatever the order.
  return out.sort((a, b) => a.start - b.start);
}

function claimsOf(body: string, names: Record<string, ActorType>, published?: string): { d: ParsedDocument; claims: Claim[] } {
  const d = doc(body, published);
  const sorted = Object.fromEntries(Object.entries(names).sort((a, b) => b[0].length - a[0].length));
  return { d, claims: extractClaims(d, mentionsOf(d, sorted)) };
}

function contentOf(d: ParsedDocument, c: Claim): string {
  return d.text.slice(c.content.start, c.content.end);
}

function only(claims: Claim[], containing: string, d: ParsedDocument): Claim {
  const hits = claims.filter((c) => d.text.slice(c.start, c.end).includes(containing));
  assert.equal(hits.length, 1, `one claim with "${containing}", got ${hits.length}: ${JSON.stringify(claims.map((c) => c.text))}`);
  return hits[0];
}

describe('extractClaims', () => {
  it('reads a quotation with the cue after it, and titles before the name', () => {
    const { d, claims } = claimsOf('“The water rose faster than any model predicted,” Interior Minister Ruth Okafor said on Monday.', { 'Ruth Okafor': 'person' });
    assert.equal(claims.length, 1);
    const c = claims[0];
    assert.equal(c.speakerText, 'Ruth Okafor');
    assert.deepEqual(c.speakerSpan, { start: d.text.indexOf('Ruth Okafor'), end: d.text.indexOf('Ruth Okafor') + 11 });
    assert.equal(c.cue, 'said');
    assert.equal(c.direct, true);
    assert.equal(contentOf(d, c), 'The water rose faster than any model predicted');
    assert.equal(c.id, 'c1');
    assert.equal(c.polarity, 'affirm');
    assert.equal(c.hedged, false);
  });

  it('skips a clock time between the speaker and the cue ("at about 9 p.m.", "at 7:10 a.m. on Tuesday")', () => {
    const { d, claims } = claimsOf('The police at about 9 p.m. said two men were held. The ministry at 19:40 said the toll was 12. The army\'s Southern Command at 7:10 a.m. on Tuesday said aircraft had struck.', { 'Southern Command': 'organization' });
    assert.equal(only(claims, 'two men', d).speakerText, 'The police');
    assert.equal(only(claims, 'the toll', d).speakerText, 'The ministry');
    assert.match(only(claims, 'aircraft', d).speakerText ?? '', /Southern Command$/);
  });

  it('reads a quotation urged or pleaded, with its listeners after the cue; without a quotation those verbs report nothing', () => {
    const { d, claims } = claimsOf('“Do not burn the streets where we grew up,” Minister Pavel Orn urged them.', { 'Pavel Orn': 'person' });
    const c = only(claims, 'Do not burn', d);
    assert.equal(c.speakerText, 'Pavel Orn');
    assert.equal(c.direct, true);
    assert.equal(contentOf(d, c), 'Do not burn the streets where we grew up');
    assert.deepEqual(claimsOf('The mayor urged residents to stay indoors on Friday.', {}).claims, []);
  });

  it('reads a reader\'s message a page prints ("sent us this: …")', () => {
    const { d, claims } = claimsOf('Natalia, who lives on the square, sent us this: \'The tanks came past at four in the morning.\' The army sent troops to the square.', { Natalia: 'person' });
    const c = only(claims, 'tanks', d);
    assert.equal(c.speakerText, 'Natalia');
    assert.ok(contentOf(d, c).startsWith('The tanks came past'), contentOf(d, c));
    assert.ok(!claims.some((x) => contentOf(d, x).includes('troops')), 'sending troops reports nothing');
  });

  it('reads a pull quote with its speaker on the line after it, in Markdown and in plain text', () => {
    const md = parseDocument('a.md', 'The fire service says 19 are missing.\n\n> “We have a list. Please do not come to the riverbank.”\n> — Commander Wenzel Sternik\n\nMore later.\n');
    const a = extractClaims(md, []).find((c) => c.cue === '—');
    assert.ok(a, 'a pull quote in a blockquote');
    assert.equal(a.speakerText, 'Wenzel Sternik');
    assert.equal(md.text.slice(a.content.start, a.content.end), 'We have a list. Please do not come to the riverbank');
    const txt = parseDocument('b.txt', 'Intro here.\n\n“We will rebuild every house.”\n\n— Mayor Ana Holt\n\nMore later.\n');
    const b = extractClaims(txt, []).find((c) => c.cue === '—');
    assert.equal(b?.speakerText, 'Ana Holt');
    // A dash line after a paragraph that is no quotation credits nothing.
    const none = parseDocument('c.txt', 'The bridge fell at rush hour.\n\n— Reporting by Ana Holt\n');
    assert.ok(!extractClaims(none, []).some((c) => c.cue === '—'));
  });

  it('reads cue-before reports with "that", a recipient and an apposition', () => {
    const { d, claims } = claimsOf(
      'Tomas Brandt, the regional governor, told reporters on Tuesday that 12 people died in the flooding.\n\n'
      + 'Brandt said the dam had been inspected in March.',
      { 'Tomas Brandt': 'person', Brandt: 'person' }, '2026-03-18');
    assert.equal(claims.length, 2);
    const [a, b] = claims;
    assert.equal(a.speakerText, 'Tomas Brandt');
    assert.equal(a.cue, 'told');
    assert.equal(contentOf(d, a), '12 people died in the flooding');
    assert.equal(a.direct, false);
    assert.deepEqual(a.figures.map((f) => [f.text, f.low, f.high, f.unit, f.eventClass]), [['12', 12, 12, 'people', 'killed']]);
    assert.equal(b.speakerText, 'Brandt');
    assert.equal(contentOf(d, b), 'the dam had been inspected in March');
    assert.deepEqual(b.dates?.map((x) => [x.text, x.date]), [['March', '2026-03']]);
  });

  it('reads "according to" before and after the content', () => {
    const { d, claims } = claimsOf(
      'One civilian died in the shelling, according to regional governor Tomas Brandt.\n\n'
      + 'According to the Northgate Water Authority, the spillway failed at dawn.',
      { 'Tomas Brandt': 'person', 'Northgate Water Authority': 'organization' });
    assert.equal(claims.length, 2);
    assert.equal(claims[0].speakerText, 'Tomas Brandt');
    assert.equal(claims[0].cue, 'according to');
    assert.equal(contentOf(d, claims[0]), 'One civilian died in the shelling');
    assert.equal(claims[0].figures[0].low, 1);
    assert.equal(claims[1].speakerText, 'Northgate Water Authority');
    assert.equal(contentOf(d, claims[1]), 'the spillway failed at dawn');
  });

  it('reads a report named as the source whole, without whom it was sent to', () => {
    const { claims } = claimsOf(
      'Savers took 40 million out of the bank, according to the first report of the administrator to the Treasury Board, twice the earlier figure.\n\n'
      + 'The dam was inspected in May, according to a letter from Governor Tomas Brandt to the water authority.',
      { 'Tomas Brandt': 'person', 'Treasury Board': 'organization' });
    assert.equal(claims.length, 2);
    assert.equal(claims[0].speakerText, 'the first report of the administrator');
    assert.equal(claims[1].speakerText, 'a letter from Governor Tomas Brandt');
  });

  it('covers both parts of a quotation split by its attribution, and a quotation that continues', () => {
    const { d, claims } = claimsOf(
      '“We evacuated the lower town first,” Okafor said. “Nobody was hurt in the operation.”\n\n'
      + '“The sirens worked,” she added, “and people listened.”',
      { Okafor: 'person' });
    assert.equal(claims.length, 3);
    assert.ok(claims.every((c) => c.speakerText === 'Okafor' && c.direct));
    assert.equal(contentOf(d, claims[1]), 'Nobody was hurt in the operation');
    assert.deepEqual(claims[1].figures.map((f) => [f.low, f.high, f.eventClass]), [[0, 0, 'injured']]);
    assert.equal(claims[1].polarity, 'deny');
    assert.ok(contentOf(d, claims[2]).includes('The sirens worked') && contentOf(d, claims[2]).includes('and people listened'));
  });

  it('resolves pronouns and definite descriptions to earlier actors', () => {
    const { d, claims } = claimsOf(
      'The Ministry of Civil Defence opened an inquiry on Wednesday. The ministry said more than 70 homes were destroyed.\n\n'
      + 'Governor Tomas Brandt visited the site. He said the inquiry would take months.\n\n'
      + 'Marlow Energy shut its plant. It said the turbines were intact.\n\n'
      + 'The governor later said the roads had reopened.',
      { 'Ministry of Civil Defence': 'organization', 'Tomas Brandt': 'person', 'Marlow Energy': 'organization' });
    const ministry = only(claims, 'more than 70 homes', d);
    assert.equal(ministry.speakerText, 'Ministry of Civil Defence');
    assert.equal(d.text.slice(ministry.speakerSpan!.start, ministry.speakerSpan!.end), 'Ministry of Civil Defence');
    assert.deepEqual(ministry.figures.map((f) => [f.low, f.high, f.unitClass, f.eventClass]), [[71, 80, 'buildings', 'destroyed']]);
    assert.equal(only(claims, 'would take months', d).speakerText, 'Tomas Brandt');
    assert.equal(only(claims, 'turbines', d).speakerText, 'Marlow Energy');
    assert.equal(only(claims, 'roads had reopened', d).speakerText, 'Tomas Brandt');
  });

  it('takes a quotation as what was told to two audiences joined by "and", and a verb after "and" as a new clause', () => {
    const { d, claims } = claimsOf(
      '“Anchors do not fall off ships by themselves,” Rear Admiral Sigrun Holtan told officers and journalists at the naval base.\n\n'
      + 'Minister Arvo Tamm told reporters and added that the port would reopen on Friday.',
      { 'Sigrun Holtan': 'person', 'Arvo Tamm': 'person' });
    const quote = only(claims, 'Anchors do not', d);
    assert.equal(d.text.slice(quote.content.start, quote.content.end), 'Anchors do not fall off ships by themselves');
    assert.equal(quote.direct, true);
    const port = only(claims, 'port would reopen', d);
    assert.equal(d.text.slice(port.content.start, port.content.end), 'the port would reopen on Friday');
  });

  it('resolves "she" past a man the text calls Mr, and "the colonel" to an abbreviated title', () => {
    const { d, claims } = claimsOf(
      'Opposition leader Nora Keel of the Green Union accused the government of neglect and called on Energy Minister Arvo Tamm to resign.\n\n'
      + '"This was not an accident," she told reporters.\n\n'
      + 'Mr Tamm did not comment.\n\n'
      + 'Col. Ivo Dane briefed reporters at noon. Later the colonel said the border was quiet.',
      { 'Nora Keel': 'person', 'Green Union': 'organization', 'Arvo Tamm': 'person', Tamm: 'person', 'Ivo Dane': 'person' });
    assert.equal(only(claims, 'accused the government', d).speakerText, 'Nora Keel', 'a person followed by her party is the speaker');
    assert.equal(only(claims, 'not an accident', d).speakerText, 'Nora Keel');
    assert.equal(only(claims, 'border was quiet', d).speakerText, 'Ivo Dane');
  });

  it('reads a woman\'s given name for "she", prefers a person shown to fit over a last speaker of unknown gender, and skips ", of X," before the cue', () => {
    const { d, claims } = claimsOf(
      'Party secretary Tomas Vinter told the Ledger the rally would be large.\n\n'
      + 'Opposition leader Ilona Sarrat has arrived at the square. "They stole the vote," she tells the crowd.\n\n'
      + 'Spokesman Arvo Rell said the figures were wrong. He did not name Governor Mirela Osk, who claimed 40 deaths. "There is one figure," he said.\n\n'
      + 'Analyst Dana Pruul, of the Norland Security Institute in Vessen, says the images show new positions.',
      { 'Tomas Vinter': 'person', Ledger: 'organization', 'Ilona Sarrat': 'person', 'Arvo Rell': 'person', 'Mirela Osk': 'person',
        'Dana Pruul': 'person', 'Norland Security Institute': 'organization', Vessen: 'place' });
    assert.equal(only(claims, 'stole the vote', d).speakerText, 'Ilona Sarrat');
    assert.equal(only(claims, 'one figure', d).speakerText, 'Arvo Rell');
    assert.equal(only(claims, 'new positions', d).speakerText, 'Dana Pruul');
  });

  it('gives "she" after a quotation to the person the paragraph before names, not to a name inside the quotation', () => {
    const { d, claims } = claimsOf(
      'The commander of the police, Chief Superintendent Ayla Kazan, told the Courier that the gate was opened by the club.\n\n'
      + '“The request came from the safety officer, Aleks Dorin, and stewards opened it,” she said.',
      { 'Ayla Kazan': 'person', Courier: 'organization', 'Aleks Dorin': 'person' });
    assert.equal(only(claims, 'The request came', d).speakerText, 'Ayla Kazan');
  });

  it('gives "he" to a person named since the last speaker, a body, even when the given name ends in -a', () => {
    const { d, claims } = claimsOf(
      'In a statement, the Tarvel Ports Authority says the lights were working.\n\n'
      + 'Harbour Minister Vitra Sollen has arrived at the quay. "The divers will go down at dawn," he told reporters.',
      { 'Tarvel Ports Authority': 'organization', 'Vitra Sollen': 'person' });
    assert.equal(only(claims, 'divers will go down', d).speakerText, 'Vitra Sollen');
  });

  it('gives "the company" to a business rather than to a public agency that spoke last, also when the tagger took its short name for a person', () => {
    const { d, claims } = claimsOf(
      'Merrow Aqua, the firm that runs the plant, says the pumps never stopped.\n\n'
      + 'The Coastal Health Agency (CHA) says the first report reached it on Monday. The CHA told residents to boil their water.\n\n'
      + 'The CHA has asked Merrow for the logs. The company says it will hand them over next week.',
      { 'Merrow Aqua': 'organization', 'Coastal Health Agency': 'organization', CHA: 'organization', Merrow: 'person' });
    assert.equal(only(claims, 'hand them over', d).speakerText, 'Merrow');
  });

  it('keeps "he" for men whose given name ends in -a, and reads "X detained Y, said Z" as Z speaking', () => {
    const { d, claims } = claimsOf(
      'Foreign Minister Pekka Varo met the envoy. "We expect a reply this week," he said.\n\n'
      + 'Police detained Nadia Orsk, said the Interior Ministry.',
      { 'Pekka Varo': 'person', 'Nadia Orsk': 'person', 'Interior Ministry': 'organization' });
    assert.equal(only(claims, 'reply this week', d).speakerText, 'Pekka Varo');
    assert.equal(only(claims, 'Police detained', d).speakerText, 'Interior Ministry');
  });

  it('gives "Country\'s interior minister" to the one person the article names with that title, even later', () => {
    const { d, claims } = claimsOf(
      'Vestland\'s interior minister told parliament that the blast could have been avoided.\n\n'
      + 'Interior Minister Ruth Okafor said 12 people died. Defence Minister Ivo Dane did not speak.',
      { Vestland: 'place', 'Ruth Okafor': 'person', 'Ivo Dane': 'person' });
    const c = only(claims, 'could have been avoided', d);
    assert.equal(d.text.slice(c.speakerSpan!.start, c.speakerSpan!.end), 'Ruth Okafor');
  });

  it('gives an office of a place to its holder, not to the place', () => {
    const { d, claims } = claimsOf(
      'Governor Ilse Moran toured the flooded streets of Dorrin.\n\nThe governor of Vestland said at least 40 people had died.\n\n'
      + 'The mayor of Orla said the bridge would reopen.',
      { 'Ilse Moran': 'person', Dorrin: 'place', Vestland: 'place', Orla: 'place' });
    const governor = only(claims, 'at least 40', d);
    assert.equal(governor.speakerText, 'Ilse Moran');
    const mayor = only(claims, 'bridge would reopen', d);
    assert.equal(mayor.speakerText, 'The mayor of Orla');
    assert.equal(mayor.speakerSpan, undefined, 'Orla is where the mayor holds office, not who speaks');
  });

  it('reads a quotation after a colon and a name with an aside, and an inverted cue before "Dr."', () => {
    const { d, claims } = claimsOf(
      '**15:10** Ana Bell, speaking by phone: "More than 5,000 people came here peacefully."\n\n'
      + '"We have scans with bullets in them," said Dr. Lena Marsh, the association\'s president.',
      { 'Ana Bell': 'person', 'Lena Marsh': 'person' });
    assert.equal(only(claims, 'came here peacefully', d).speakerText, 'Ana Bell');
    assert.equal(only(claims, 'scans with bullets', d).speakerText, 'Lena Marsh');
  });

  it('gives an inverted cue to the person named after the description ("said the union\'s chairman, Name")', () => {
    const { d, claims } = claimsOf(
      'The Ferry Workers\' Guild blamed the port. "The ramp was rotten," said the guild\'s chairman, Oskar Vell.\n\n'
      + '"We will rebuild it," said a harbour spokeswoman, adding that inspections would follow.',
      { "Ferry Workers' Guild": 'organization', 'Oskar Vell': 'person' });
    const ramp = only(claims, 'ramp was rotten', d);
    assert.equal(ramp.speakerText, 'Oskar Vell');
    assert.equal(d.text.slice(ramp.speakerSpan!.start, ramp.speakerSpan!.end), 'Oskar Vell');
    // Without a name after it, the description stays the speaker.
    assert.equal(only(claims, 'rebuild it', d).speakerText, 'a harbour spokeswoman');
  });

  it('gives a claim to the person before a description naming a body ("Name, director of the X Institute, said"), and "he" to the person the paragraph names', () => {
    const { d, claims } = claimsOf(
      'Mara Kell, director of the Orvel Institute, said 23 people were still in hospital.\n\n'
      + '"The ramp held," harbour master Ilse Daun told the Post.\n\n'
      + 'Port authority chief Tomas Brek would not say who had signed the papers. "Every document is being checked," he said.',
      { 'Mara Kell': 'person', 'Orvel Institute': 'organization', 'Ilse Daun': 'person', Post: 'organization', 'Tomas Brek': 'person' });
    assert.equal(only(claims, 'still in hospital', d).speakerText, 'Mara Kell');
    assert.equal(only(claims, 'being checked', d).speakerText, 'Tomas Brek');
    const more = claimsOf('Ada Lenz, who chairs the Brill Residents’ Committee (BRC), says no siren sounded. “We were never told,” the workers’ spokesman said.',
      { 'Ada Lenz': 'person', 'Brill Residents’ Committee': 'organization', BRC: 'organization' });
    assert.deepEqual(more.claims.map((c) => c.speakerText), ['Ada Lenz', 'the workers’ spokesman'], 'an apostrophe after a plural is no quotation mark');
  });

  it('gives "she said" to the person the paragraph just before introduces, not to a speaker of a paragraph before that', () => {
    const { d, claims } = claimsOf(
      'The contract was signed on 14 April, Dravo Kesh says.\n\n'
      + 'Ilvi Marr, the former head of procurement, is testifying now.\n\n'
      + '"I told him, in a memo," she said. "He knew who owned the firm."',
      { 'Dravo Kesh': 'person', 'Ilvi Marr': 'person' });
    assert.equal(only(claims, 'in a memo', d).speakerText, 'Ilvi Marr');
  });

  it('reads "are now confirmed dead" as no one speaking, and "police later confirmed" as the police', () => {
    const { claims } = claimsOf('The toll was updated: 48 people are now confirmed dead. Police later confirmed that two crew had died.', {});
    assert.deepEqual(claims.map((c) => c.speakerText), ['Police']);
  });

  it('falls back to the written name when the tagger missed the antecedent, and prefers a speaker of the same sentence', () => {
    const { claims } = claimsOf(
      'Vessia’s Interior Ministry opened an inquiry on Monday. Later the ministry said 40 people were detained.\n\n'
      + 'Mayor Ida Fenn spoke to reporters. Harbour chief Piet Lorne initially said no one died, but later he said: “We lost two crew.”',
      { });
    assert.deepEqual(claims.map((c) => c.speakerText), ['Interior Ministry', 'Piet Lorne', 'Piet Lorne']);
  });

  it('keeps unnamed descriptions as speaker text with no actor', () => {
    const { claims } = claimsOf(
      'A senior engineer told the Courier that cracks had been reported for years.\n\n'
      + 'Witnesses said the bridge collapsed within seconds.\n\n'
      + 'Local media reported that two dozen families were evacuated.',
      { Courier: 'organization' });
    assert.deepEqual(claims.map((c) => c.speakerText), ['A senior engineer', 'Witnesses', 'Local media']);
    assert.ok(claims.every((c) => c.speakerSpan === undefined));
    assert.deepEqual(claims[2].figures.map((f) => [f.low, f.unit, f.eventClass]), [[24, 'families', 'evacuated']]);
  });

  it('reads agentless and hedged reports as hedged claims with no speaker', () => {
    const { claims } = claimsOf(
      'A dozen workers were reportedly trapped in the tunnel.\n\n'
      + 'Two pumps were said to have been switched off before the breach.\n\n'
      + 'The valley is home to about 4,000 people.\n\n'
      + 'The company said three engineers were missing. The figure could not be independently verified.',
      { });
    assert.equal(claims.length, 3, JSON.stringify(claims.map((c) => c.text)));
    assert.equal(claims[0].speakerText, undefined);
    assert.equal(claims[0].cue, '');
    assert.equal(claims[0].hedged, true);
    assert.deepEqual(claims[0].hedges, ['reportedly']);
    assert.equal(claims[1].hedged, true);
    assert.equal(claims[2].speakerText, 'The company');
    assert.ok(claims[2].hedges?.includes('could not be independently verified'));
  });

  it('marks denials: denial cues and negated content', () => {
    const { d, claims } = claimsOf(
      'The Northgate Water Authority denied that the spillway had been neglected.\n\n'
      + 'Okafor said no civilians were killed in the flooding.\n\n'
      + 'Marlow Energy said it had nothing to do with the breach.\n\n'
      + 'Brandt insisted the contractor was not involved.\n\n'
      + 'Brandt said the dam was sound.',
      { 'Northgate Water Authority': 'organization', Okafor: 'person', 'Marlow Energy': 'organization', Brandt: 'person' });
    assert.deepEqual(claims.map((c) => c.polarity), ['deny', 'deny', 'deny', 'deny', 'affirm']);
    assert.equal(claims[0].cue, 'denied');
    assert.deepEqual(claims[1].figures.map((f) => [f.text, f.low, f.high, f.unit, f.event]), [['no civilians', 0, 0, 'civilians', 'killed']]);
    assert.equal(contentOf(d, claims[2]), 'it had nothing to do with the breach');
  });

  it('hedges claims whose cue distances the writer', () => {
    const { claims } = claimsOf('The militia claimed to have captured six villages.', { });
    assert.equal(claims.length, 1);
    assert.equal(claims[0].speakerText, 'The militia');
    assert.equal(claims[0].hedged, true);
    assert.deepEqual(claims[0].figures.map((f) => [f.low, f.unitClass, f.eventClass]), [[6, 'settlements', 'captured']]);
  });

  it('splits a sentence that reports two statements, and reads a relative denial', () => {
    const { d, claims } = claimsOf(
      'Brandt initially said no one died, but later on Thursday he said: “We have lost a fisherman.”\n\n'
      + 'The authority has blamed the contractor for the breach, which the contractor denies.',
      { Brandt: 'person' });
    assert.equal(claims.length, 4, JSON.stringify(claims.map((c) => [c.speakerText, c.text])));
    assert.equal(contentOf(d, claims[0]), 'no one died');
    assert.equal(claims[0].polarity, 'deny');
    assert.equal(claims[0].figures[0].low, 0);
    assert.equal(claims[1].speakerText, 'Brandt');
    assert.equal(contentOf(d, claims[1]), 'We have lost a fisherman');
    assert.ok(claims[0].end <= claims[1].start, 'the two statements have their own passages');
    assert.equal(claims[2].speakerText, 'The authority');
    assert.equal(claims[3].speakerText, 'the contractor');
    assert.equal(claims[3].polarity, 'deny');
  });

  it('separates a revision made in the same sentence ("said …, but later said …")', () => {
    const { d, claims } = claimsOf('Brandt said no one had died in the collapse, but later said four workers were killed.', { Brandt: 'person' });
    assert.equal(claims.length, 2);
    assert.deepEqual(claims.map((c) => c.speakerText), ['Brandt', 'Brandt']);
    assert.equal(contentOf(d, claims[0]), 'no one had died in the collapse');
    assert.deepEqual(claims.map((c) => c.figures.map((f) => [f.low, f.high, f.eventClass])), [[[0, 0, 'killed']], [[4, 4, 'killed']]]);
  });

  it('reads subjects with relative clauses, prepositional phrases and documents', () => {
    const { claims } = claimsOf(
      'Residents who spoke to the Courier said the sirens never sounded.\n\n'
      + 'One councillor from the eastern wards said the pumps had failed twice.\n\n'
      + 'A fighter who goes by the call sign Falcon said the unit had withdrawn.\n\n'
      + 'Marlow Energy issued a statement on Friday. The statement said the plant was safe.\n\n'
      + 'More than 300 homes were flooded, according to figures released by the city council.',
      { Courier: 'organization', Falcon: 'person', 'Marlow Energy': 'organization' });
    assert.deepEqual(claims.map((c) => c.speakerText), [
      'Residents', 'One councillor from the eastern wards', 'Falcon', 'Marlow Energy', 'figures released by the city council',
    ]);
  });

  it('reads "quoted as saying", questions, and a quotation introduced by a colon in the paragraph before', () => {
    const { d, claims } = claimsOf(
      'Ek was quoted as saying that the talks had stalled.\n\n'
      + '“Why now?” asked Lena Sorel, a union leader.\n\n'
      + 'The harbour master said:\n\n'
      + '“The first priority is the crews. Everything else comes later.”',
      { Ek: 'person', 'Lena Sorel': 'person' });
    assert.deepEqual(claims.map((c) => [c.speakerText, c.cue]), [
      ['Ek', 'quoted as saying'], ['Lena Sorel', 'asked'], ['The harbour master', 'said'],
    ]);
    assert.equal(contentOf(d, claims[2]), 'The first priority is the crews. Everything else comes later');
    assert.equal(claims[2].direct, true);
  });

  it('takes the cited source as the speaker, and keeps a relayed speaker', () => {
    const { claims } = claimsOf(
      'The region spent nearly 2 billion crowns on levees, the Courier reported, citing finance minister Ilse Varga.\n\n'
      + 'Okafor said the levees held, according to the state broadcaster.',
      { Courier: 'organization', 'Ilse Varga': 'person', Okafor: 'person' });
    assert.equal(claims.length, 2);
    assert.equal(claims[0].speakerText, 'Ilse Varga');
    assert.equal(claims[1].speakerText, 'Okafor');
  });

  it('gives "the President said" and "the Governor said" to the person the article names with the office', () => {
    const { d, claims } = claimsOf(
      'DORRA — President Anselm Vodrik on Thursday ordered help for the families.\n\n"The state will stand beside every family," the President said.\n\n'
      + 'The Governor of Lenn Region, Ivana Strell, praised the rescuers. "Every hour counts," the Governor said.\n',
      { 'Anselm Vodrik': 'person', 'Ivana Strell': 'person', 'Lenn Region': 'place', Dorra: 'place' });
    assert.equal(d.text.slice(only(claims, 'beside every family', d).speakerSpan!.start, only(claims, 'beside every family', d).speakerSpan!.end), 'Anselm Vodrik');
    assert.equal(only(claims, 'Every hour counts', d).speakerText, 'Ivana Strell');
    const w = claimsOf('Vice President Mara Tel opened the session. President Anselm Vodrik spoke later.\n\n"We will rebuild," the President said.\n', { 'Mara Tel': 'person', 'Anselm Vodrik': 'person' });
    const span = only(w.claims, 'We will rebuild', w.d).speakerSpan!;
    assert.equal(w.d.text.slice(span.start, span.end), 'Anselm Vodrik');
  });

  it('gives "He gave … and said" to the person "he" stands for', () => {
    const { d, claims } = claimsOf('“The line went quiet,” Bohdan Vell said.\n\nHe gave the depth of the section as 870 metres and said its sensors were working.\n',
      { 'Bohdan Vell': 'person' });
    assert.ok(/Vell/.test(only(claims, 'sensors were working', d).speakerText ?? ''), JSON.stringify(claims.map((c) => c.speakerText)));
  });

  it('skips a time phrase before the subject: "A day later, a second message … said"', () => {
    const { d, claims } = claimsOf('A day later, a second message in the group\'s name called the claim a forgery and said the channel had been hijacked.\n', {});
    const c = only(claims, 'hijacked', d);
    assert.ok(/second message/.test(c.speakerText ?? ''), JSON.stringify(c.speakerText));
  });

  it('ends the subject of "X went further, telling …" at the name', () => {
    const { d, claims } = claimsOf('Governor Dana Orsk went further, telling the paper that half of Lenn was still without power.\n', { 'Dana Orsk': 'person', Lenn: 'place' });
    assert.equal(only(claims, 'still without power', d).speakerText, 'Dana Orsk');
  });

  it('takes no speaker from inside a "whose" clause, and tells a relative\'s gender from the kinship noun', () => {
    const { d, claims } = claimsOf(
      'Olena Varsk, whose husband, Petro, is among the men still underground, said she had not slept.\n\n"They tell us nothing," she said.\n',
      { 'Olena Varsk': 'person', Petro: 'person' });
    assert.equal(only(claims, 'had not slept', d).speakerText, 'Olena Varsk');
    assert.equal(only(claims, 'They tell us nothing', d).speakerText, 'Olena Varsk');
  });

  it('ignores cues inside quotations and nested reports, and sentences with no attribution', () => {
    const { claims } = claimsOf(
      '“Engineers say the wall is failing,” the Courier wrote.\n\n'
      + 'The minister said that residents had told her the alarm came late.\n\n'
      + 'The river crested at noon. Rescue boats reached the square.',
      { Courier: 'organization' });
    assert.equal(claims.length, 2, JSON.stringify(claims.map((c) => c.text)));
    assert.equal(claims[0].speakerText, 'Courier');
    assert.equal(claims[1].speakerText, 'The minister');
  });

  it('does not mistake nouns, names and negated verbs for cues', () => {
    const { claims } = claimsOf(
      'The United States sent pumps. Reports of looting spread. Their claims were vague.\n\n'
      + 'The authority did not confirm or deny the figure. She declined to say more.',
      { 'United States': 'place' });
    assert.deepEqual(claims.map((c) => c.text), []);
  });

  it('works with straight quotes and a multi-paragraph quotation', () => {
    const { d, claims } = claimsOf(
      'Okafor said: "The first wave hit the harbour.\n\n"The second wave took the bridge."',
      { Okafor: 'person' });
    assert.equal(claims.length, 2);
    assert.ok(claims.every((c) => c.speakerText === 'Okafor' && c.direct));
    assert.equal(contentOf(d, claims[1]), 'The second wave took the bridge');
  });

  it('stays fast on a long hostile article', () => {
    const para = '“' + 'said, '.repeat(200) + '” he said, according to ' + 'the '.repeat(300) + '.\n\n';
    const body = para.repeat(40) + ('Okafor said it. '.repeat(2000));
    const t0 = Date.now();
    const { claims } = claimsOf(body, { Okafor: 'person' });
    assert.ok(claims.length > 0);
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  });
});

describe('claims: contrast and double negation are not denials', () => {
  it('reads "X, not Y" and "no one … without" as affirming', async () => {
    const { parseDocument } = await import('../../src/engine/document');
    const { recognizeMentions } = await import('../../src/engine/actors/index');
    const { extractClaims } = await import('../../src/engine/claims/index');
    const text = '"The families want answers, not promises," Mayor Ilse Moran said. "No family will be left without a roof tonight," she said. "No one was hurt," the fire chief said.\n';
    const doc = parseDocument('n.md', text);
    const claims = extractClaims(doc, recognizeMentions(doc));
    const of = (s: string) => claims.find((c) => c.text.includes(s));
    if (of('not promises')?.polarity !== 'affirm') throw new Error('a contrast read as a denial');
    if (of('without a roof')?.polarity !== 'affirm') throw new Error('a double negation read as a denial');
    if (of('No one was hurt')?.polarity !== 'deny') throw new Error('a plain negation must still deny');
  });
});

describe('claims: a speaker named in apposition before the cue', () => {
  it('is the speaker, not a person named after the cue', () => {
    const c = createCorpus();
    setDocument(c, 'a.md', "A spokeswoman for the Public Prosecutor's Office, Mirna Kos, said the businessman Radomir Djurkan, the owner of Sidra Terminals, had been detained.");
    const v = corpusView(c);
    assert.equal(v.claims[0]?.speakerText, 'Mirna Kos');
  });
});
