import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCorpus, corpusView, setDocument, summarizeActor } from '../../src/engine/corpus';
import type { Contradiction } from '../../src/engine/types';

function analyse(dir: string, files?: Record<string, string>) {
  const corpus = createCorpus();
  if (files) for (const [f, t] of Object.entries(files)) setDocument(corpus, f, t);
  else for (const f of readdirSync(dir)) setDocument(corpus, f, readFileSync(join(dir, f), 'utf8'));
  return corpusView(corpus);
}

/** Two articles, a wire's and a paper's, dated `da` and `db` (the same day unless said). */
function twoArticles(a: string, b: string, da: string, db = da) {
  return analyse('', { 'a.md': `---\noutlet: Wire\ndate: ${da}\n---\n\n${a}\n`, 'b.md': `---\noutlet: Herald\ndate: ${db}\n---\n\n${b}\n` });
}

/** A view's contradictions, one summary a line: what a failing assertion shows. */
function listed(v: { contradictions: Contradiction[] }): string {
  return v.contradictions.map((c) => c.summary).join('\n');
}

/** The contradiction of a view that matches; failing, the message lists the ones found. */
function disputeIn(v: { contradictions: Contradiction[] }, match: (c: Contradiction) => boolean): Contradiction {
  const x = v.contradictions.find(match);
  assert.ok(x, listed(v));
  return x;
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
    assert.ok(harbor.contradictions.some((c) => c.kind === 'numeric' && spans(c, ['coastal-ledger.md', 'more than 40 people were injured'], ['radio-selwyn.md', 'About 30 people were wounded'])),
      '"more than 40" means forty-odd: a day later, "about 30" cannot be the same count');
  });

  it('numeric: speeds of the same vehicle, in km/h or mph; a limit is not a speed', () => {
    const v = analyse('', {
      'rail-wire.txt': 'Title: Train derails\nOutlet: Rail Wire\n\nThe operator said the train was travelling at 58 km/h (36 mph), within the 60 km/h limit, when it left the track.\n',
      'metro-daily.txt': 'Title: Data shows speed\nOutlet: Metro Daily\n\nThe train was doing about 94km/h when it reached the curve, according to investigators.\n',
      'county-post.txt': 'Title: Rail crash\nOutlet: County Post\n\nThe train was going at 36 mph, the operator told the Post.\n',
      'valley-radio.txt': 'Title: Crash inquiry\nOutlet: Valley Radio\n\nThe train entered the curve at 36 miles per hour, the operator said.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'train speed');
    assert.ok(spans(x, ['rail-wire.txt', 'travelling at 58 km/h'], ['metro-daily.txt', 'about 94km/h']), listed(v));
    // 36 mph is 58 km/h: the same account, in the same camp.
    const slow = x.sides.filter((s) => s.file !== 'metro-daily.txt');
    assert.ok(slow.some((s) => s.file === 'county-post.txt'), listed(v));
    assert.ok(slow.some((s) => s.file === 'valley-radio.txt'), listed(v));
    assert.equal(x.summary.split(' vs ').length, 2, `36 miles per hour is the same account: ${x.summary}`);
    assert.ok(!x.sides.some((s) => s.value?.startsWith('60')), 'the limit is not a side');
  });

  it('numeric: a toll of an earlier event the article recalls is not this event\'s toll', () => {
    const v = analyse('', {
      'north-wire.txt': 'Title: Bus plunges into river\nOutlet: North Wire\nDate: 2025-06-12\n\nAt least 12 people were killed when a bus left the road near Tarn on Wednesday, police said. It was the worst crash on the road since 2014, when a coach overturned in fog, killing five people.\n',
      'tarn-news.txt': 'Title: Tarn bus crash\nOutlet: Tarn News\nDate: 2025-06-12\n\nTwelve people were killed in the crash on Wednesday, the regional health office said.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.kind === 'numeric'), listed(v));
  });

  it('polarity: equipment said to be faulty in one source and to have worked in another', () => {
    const v = analyse('', {
      'harbour-wire.txt': 'Title: Crane collapse\nOutlet: Harbour Wire\n\nThe dockers\' union said the brakes on the crane had been faulty since the spring.\n',
      'port-daily.txt': 'Title: Port defends crane\nOutlet: Port Daily\n\n"Reports that the brakes were defective are simply untrue," the port authority said.\n',
      'city-radio.txt': 'Title: Crane inquiry\nOutlet: City Radio\n\nInspectors said the alarm was working correctly, and that brakes can fail without warning on any crane.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the brakes worked');
    assert.ok(spans(x, ['harbour-wire.txt', 'had been faulty'], ['port-daily.txt', 'simply untrue']), listed(v));
    // The alarm worked and nobody says otherwise; brakes that "can fail" are no fault of this crane.
    assert.ok(!v.contradictions.some((c) => c.topic === 'whether the alarm worked'), listed(v));
    assert.ok(!x.sides.some((s) => s.file === 'city-radio.txt'), listed(v));
  });

  it('polarity: pumps kept running in one source and out of action in another', () => {
    const v = analyse('', {
      'a.md': 'The operator said a backup generator had kept the dosing pumps running throughout the power cut.\n',
      'b.md': 'The agency says the dosing pumps were out of action for about 14 hours.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'polarity' && c.topic === 'whether the pumps worked');
    assert.ok(spans(x, ['a.md', 'kept the dosing pumps running'], ['b.md', 'out of action']), x.summary);
  });

  it('polarity: papers said to be in order in one source and suspended or lacking in another', () => {
    const v = analyse('', {
      'a.md': 'The bus company said the coach "had a valid operating licence" and had passed its last inspection.\n',
      'b.md': 'The transport authority says it revoked the company\'s operating licence in March after a failed brake test.\n',
      'c.md': 'The driver\'s licence had expired in 2023, police said. Claims that the company\'s permit was suspended are untrue, its owner said.\n',
      'd.md': 'Inspectors said the licence could be revoked if the brake test was failed again.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'polarity' && c.topic === 'whether the licence was valid');
    assert.ok(spans(x, ['a.md', 'valid operating licence'], ['b.md', 'revoked the company']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md' || s.file === 'd.md'), 'a driver\'s licence is not the operator\'s; a revocation that may come is none');
    assert.ok(!v.contradictions.some((c) => c.topic === 'whether the permit was valid'), 'a suspension stated only to be denied is no dispute');
  });

  it('polarity: papers negated ("had no valid permit", "never been suspended") count on the side they state', () => {
    const v = analyse('', {
      'a.md': 'The coach company had no valid operating licence, the transport authority said.\n',
      'b.md': 'The owner said its operating licence had never been suspended.\n',
      'c.md': 'Police said the firm did not have the required permits for the depot.\n',
      'd.md': 'The mayor said the depot had all the necessary permits.\n',
    });
    const licence = disputeIn(v, (c) => c.topic === 'whether the licence was valid');
    assert.ok(spans(licence, ['b.md', 'never been suspended'], ['a.md', 'no valid operating licence']) || spans(licence, ['b.md', 'licence'], ['a.md', 'licence']), licence.summary);
    assert.match(licence.summary, /yes \(.*owner.*\) vs suspended/i, licence.summary);
    const permit = disputeIn(v, (c) => c.topic === 'whether the permit was valid');
    assert.match(permit.summary, /yes \(.*mayor.*\) vs suspended, expired or lacking \(.*[Pp]olice/, permit.summary);
  });

  it('polarity: a denial vs a source stating what was denied', () => {
    assert.ok(ferry.contradictions.some((c) => c.kind === 'polarity' && spans(c, ['velmora-today.md', 'denied that the ferry had been carrying'], ['island-gazette.md', 'Maritime Authority said'])));
  });

  it('status: over vs still going on', () => {
    const x = disputeIn(ferry, (c) => c.kind === 'status' && c.topic !== 'revision' && c.summary.includes('search'));
    assert.ok(spans(x, ['island-gazette.md', 'search was called off'], ['coastline-radio.txt', 'still searching']), x.summary);
  });

  it('status: a road or line said to be open again vs still closed', () => {
    const v = analyse('', {
      'valley-post.txt': 'Title: Pass road open\nOutlet: Valley Post\n\nTraffic was moving over the Ostra Pass again on Thursday morning, the roads agency said.\n',
      'ridge-courier.txt': 'Title: Pass still shut\nOutlet: Ridge Courier\n\nThe road over the Ostra Pass remains closed, and buses are taking the long way round through Vell.\n',
      'east-wire.txt': 'Title: Snow closes pass\nOutlet: East Wire\n\nThe Ostra Pass was closed on Tuesday after heavy snow, and the roads agency said it would stay shut for days.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'status' && c.topic.startsWith('closure'));
    assert.ok(spans(x, ['valley-post.txt', 'moving over the Ostra Pass again'], ['ridge-courier.txt', 'remains closed']), listed(v));
    // Closed on Tuesday, then open again: a sequence in one source is no dispute with itself.
    assert.ok(!x.sides.some((s) => s.file === 'east-wire.txt'), listed(v));
  });

  it('temporal: two times to the minute, most of an hour apart, for when a fire started', () => {
    const v = analyse('', {
      'a.md': 'The company said the fire broke out at 4:05 a.m. The mayor said nobody was hurt.\n',
      'b.md': 'The fire service says its control room logged the first call reporting flames at 3:21 a.m.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'temporal' && c.topic === 'time of the fire');
    assert.ok(spans(x, ['a.md', '4:05 a.m.'], ['b.md', '3:21 a.m.']), x.summary);
  });

  it('temporal: a crash timed on the 24-hour clock a quarter of an hour apart; a live blog\'s time label is no time of it', () => {
    const v = analyse('', {
      'a.md': 'The jet touched down on Runway 9 at 19:47 local time, the airline said.\n',
      'b.md': 'The airport operator said the accident occurred at 7.32 p.m.\n',
      'c.md': '**20:21** The airline confirms its flight was involved in an accident on landing.\n\n**21:40** Rescuers say the crash site is cordoned off.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'temporal' && c.topic === 'time of the accident');
    assert.ok(spans(x, ['a.md', '19:47'], ['b.md', '7.32 p.m.']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), x.summary);
    assert.match(x.summary, /19:47/);
  });

  it('temporal: a landfall before midnight on one day against one after it on the next', () => {
    const v = analyse('', {
      'a.md': 'The weather office said the storm made landfall at 11:40 p.m. on Wednesday near the port.\n',
      'b.md': 'According to the emergency agency, the cyclone made landfall near the port at 2:15 a.m. on Thursday.\n',
      'c.md': 'The storm came ashore at 23:50 on Wednesday, the navy said.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'temporal' && c.topic === 'time of the landfall');
    assert.ok(spans(x, ['a.md', '11:40 p.m.'], ['b.md', '2:15 a.m.']), x.summary);
    // 23:50 on Wednesday is ten minutes from 11:40 p.m.: the same account, not a third one.
    assert.ok(x.sides.some((s) => s.file === 'c.md') && x.summary.split(' vs ').length === 2, x.summary);
    assert.match(x.summary, /11:40 p\.m\..* vs 2:15 a\.m\./, x.summary);
  });

  it('temporal: different days for the same start', () => {
    const x = ferry.contradictions.find((c) => c.kind === 'temporal');
    assert.ok(x && spans(x, ['island-gazette.md', 'late on Tuesday'], ['coastline-radio.txt', 'sank early on Wednesday']));
    assert.ok(harbor.contradictions.some((c) => c.kind === 'temporal' && spans(c, ['coastal-ledger.md', 'late on Tuesday'], ['daily-sentinel.txt', 'Wednesday'])));
    // "Shortly before 1am" dates the event; a tram that "came off the rails" is an incident too.
    const tram = analyse('', {
      'vost-herald.txt': 'Title: Tram derails in Vost\nOutlet: Vost Herald\n\nA night tram came off the rails near the Orlan depot late on Tuesday, injuring 12 people, the city transport office said.\n',
      'metro-news.txt': 'Title: Twelve hurt in Vost tram crash\nOutlet: Metro News\n\nTwelve people were hurt in the derailment, which happened shortly before 1am on Wednesday, according to the fire service.\n',
    });
    assert.ok(tram.contradictions.some((c) => c.kind === 'temporal' && spans(c, ['vost-herald.txt', 'late on Tuesday'], ['metro-news.txt', 'shortly before 1am on Wednesday'])), listed(tram));
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

describe('contradictions: news over time and place', () => {
  it('a toll stated as risen is an update, but a rival figure of the same day is a dispute', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Lake Wire\ndate: 2025-04-01\n---\nA ferry capsized on Lake Orsa, killing at least 11 people, the coastguard said.\n',
      'b.md': '---\noutlet: Orsa Post\ndate: 2025-04-02\n---\nThe coastguard said 19 people were now confirmed dead, up from 11 on Tuesday.\n',
      'c.md': '---\noutlet: Radio Orsa\ndate: 2025-04-02\n---\nGovernor Lise Amund said at least 30 people had died on the ferry.\n',
    });
    const killed = v.contradictions.filter((c) => c.kind === 'numeric' && c.topic === 'people killed');
    assert.equal(killed.length, 1);
    const files = new Set(killed[0].sides.map((s) => s.file));
    assert.ok(files.has('b.md') && files.has('c.md'), `19 vs at least 30 on Wednesday: ${killed[0].summary}`);
  });

  it('a count for one town is compared with the whole only when it exceeds it', () => {
    const v = analyse('', {
      'a.md': 'The floods killed 31 people across the province, officials said.\n',
      'b.md': 'Fourteen people were killed in Dorrin alone, the mayor said.\n',
    });
    assert.deepEqual(v.contradictions.filter((c) => c.kind === 'numeric').map((c) => c.summary), []);
    const w = analyse('', {
      'a.md': 'Two civilians were killed in the shelling, the ministry said.\n',
      'b.md': 'Three civilians from Kessa were killed in the shelling, the district head said.\n',
    });
    assert.ok(w.contradictions.some((c) => c.kind === 'numeric' && c.topic === 'civilians killed'), 'three from one village exceed two in all');
  });

  it('who was aboard: passengers and crew add up to everyone on board, and a passenger count is a set of its own', () => {
    const v = analyse('', {
      'a.md': 'The operator said the coach had carried 38 passengers and two crew when it left the depot.\n',
      'b.md': 'At least 55 people were on board, the drivers\' association said.\n',
      'c.md': 'There were 40 people on board, including two crew members, according to the police.\n',
      'd.md': 'The line\'s coaches carry more than a million passengers a year. "That coach should not carry a single passenger," an inspector said.\n',
    });
    const aboard = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'people aboard');
    assert.ok(aboard.sides.some((s) => s.file === 'a.md' && s.value === '38 passengers and two crew'), aboard.summary);
    assert.ok(aboard.sides.some((s) => s.file === 'b.md') && aboard.sides.some((s) => s.file === 'c.md'), aboard.summary);
    assert.ok(!aboard.sides.some((s) => s.file === 'd.md'), 'a yearly rate and a load that should not be are no count of who was aboard');
    assert.deepEqual(v.contradictions.filter((c) => c.topic === 'passengers aboard').map((c) => c.summary), [], '38 passengers is not 40 people with the crew');
  });

  it('a licensed capacity against another; those outside a count are not part of it', () => {
    const v = analyse('', {
      'a.md': 'The ministry said the coach was licensed to carry 50 passengers. Four people are still missing, police said.\n',
      'b.md': 'The regulator\'s register shows it was licensed for 35 passengers. Families say 12 people are missing whose names are not on the passenger list.\n',
    });
    const capacity = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'capacity');
    assert.ok(spans(capacity, ['a.md', 'licensed to carry 50'], ['b.md', 'licensed for 35']), capacity.summary);
    assert.deepEqual(v.contradictions.filter((c) => c.topic === 'people missing').map((c) => c.summary), []);
  });

  it('a concentration said never to have exceeded a level against a reading above it; limits and thresholds are no readings', () => {
    const v = analyse('', {
      'a.md': 'The inspectorate said air readings in Orla had "never exceeded 20 ppm" of ammonia, below the workplace limit of 25 ppm.\n',
      'b.md': 'A university lab recorded 140 ppm of ammonia at 6:50 a.m. in Brill, about 1.5 km north of the plant. Above 300 ppm it becomes life-threatening.\n',
      'c.md': 'Ammonia readings in Orla peaked at 18 ppm on Tuesday, the inspectorate said.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'concentration of ammonia (ppm)');
    assert.ok(spans(x, ['a.md', 'never exceeded 20 ppm'], ['b.md', 'recorded 140 ppm']), x.summary);
    assert.ok(!x.sides.some((s) => s.text.includes('Above 300') || s.value?.includes('25')), x.summary);
    assert.equal(x.summary.split(' vs ').length, 2, `18 ppm is within "never exceeded 20": ${x.summary}`);
  });

  it('goods a site held against a rival count; what a permit allows is no count of what was there', () => {
    const v = analyse('', {
      'a.md': 'The company said the depot held 800 tonnes of fertiliser, within its permit of 1,000 tonnes.\n',
      'b.md': '"There were about 2,500 tonnes in that shed," the union chairman said.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'tonnes stored');
    assert.ok(spans(x, ['a.md', 'held 800 tonnes'], ['b.md', 'about 2,500 tonnes']), x.summary);
    assert.equal(x.summary.split(' vs ').length, 2, `the permit's 1,000 tonnes is not a third count: ${x.summary}`);
  });

  it('an inspection said to be passed in one source and faulted with a fine in another', () => {
    const v = analyse('', {
      'a.md': 'The company says the depot passed its last safety inspection in May with no violations.\n',
      'b.md': 'The regulator fined the company 20,000 crowns in May for faulty gas detectors, its register shows.\n',
      'c.md': 'The company was fined for late filing of its accounts in 2019. The mayor said inspections must be stricter.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'polarity' && c.topic === 'whether the inspection was passed');
    assert.ok(spans(x, ['a.md', 'passed its last safety inspection'], ['b.md', 'faulty gas detectors']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), 'a fine for something else is no failed inspection');
  });

  it('confirmed cases of an outbreak against a rival count of the same day; suspected cases are a set of their own', () => {
    const v = analyse('', {
      'a.md': 'The health ministry said on Thursday that 57 cases had been confirmed since the outbreak began. Nearly 300 people have fallen ill.\n',
      'b.md': 'The number of laboratory-confirmed cases rose to 112 on Thursday, the agency said, with 297 suspected cases of the infection.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'confirmed cases');
    assert.ok(spans(x, ['a.md', '57 cases'], ['b.md', 'rose to 112']), x.summary);
    assert.ok(!v.contradictions.some((c) => c.topic === 'suspected cases' || c.topic === 'people ill'), listed(v));
  });

  it('reads each count of an outbreak with its own words: confirmed and suspected cases in one sentence are two sets', () => {
    const v = analyse('', {
      'a.md': 'The agency said on Thursday there were 41 confirmed cases and 120 suspected cases of the infection.\n',
      'b.md': 'The ministry said on Thursday that 41 cases had been confirmed and that 120 more were suspected in the outbreak.\n',
    });
    assert.deepEqual(v.contradictions.filter((c) => c.kind === 'numeric').map((c) => c.summary), []);
  });

  it('a concentration that "didn\'t exceed" a level is at most that level, of the substance named beside it', () => {
    const v = analyse('', {
      'a.md': 'The lead investigator said chlorine readings in Orla didn\'t exceed 20 ppm on Tuesday.\n',
      'b.md': 'A university lab recorded 140 ppm of chlorine in Orla on Tuesday.\n',
      'c.md': 'Chlorine readings in Orla peaked at 12 ppm on Tuesday, the inspectorate said.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'concentration of chlorine (ppm)');
    assert.ok(spans(x, ['a.md', "didn't exceed 20 ppm"], ['b.md', 'recorded 140 ppm']), x.summary);
    assert.equal(x.summary.split(' vs ').length, 2, `12 ppm is within "didn't exceed 20": ${x.summary}`);
  });

  it('a count followed by "a week after" is a count, not a rate', () => {
    const v = analyse('', {
      'a.md': 'The flood killed 12 people a week after the dam failed, the ministry said on Monday.\n',
      'b.md': 'The flood killed 30 people a week after the dam failed, the governor said on Monday.\n',
    });
    disputeIn(v, (c) => c.kind === 'numeric' && /killed|dead/i.test(c.topic));
  });

  it("an earthquake's magnitude from two agencies, apart from an aftershock's and from estimates a tenth apart", () => {
    const v = analyse('', {
      'a.md': 'The national institute measured the quake at magnitude 6.4. A magnitude 5.2 aftershock followed at noon.\n',
      'b.md': 'The foreign survey put the earthquake at magnitude 6.9, the strongest in the region for decades.\n',
      'c.md': 'A 6.5-magnitude earthquake struck before dawn, the regional observatory said.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'magnitude of the earthquake');
    assert.ok(spans(x, ['a.md', '6.4'], ['b.md', '6.9']), x.summary);
    assert.ok(!x.sides.some((s) => s.text.includes('5.2')), `an aftershock is another quake: ${x.summary}`);
    assert.ok(x.sides.filter((s) => s.file === 'c.md').length <= 1);
  });

  it('a warning said to be sent, in the passive, against phones that never rang', () => {
    const v = analyse('', {
      'a.md': 'The ministry said an alert had been sent to all mobile phones in the province at 3:45 a.m.\n',
      'b.md': '"Not one phone in this city rang that night," the mayor said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether a warning was given');
    assert.ok(spans(x, ['a.md', 'alert had been sent'], ['b.md', 'Not one phone']), x.summary);
  });

  it('when rescuers arrived: a ministry time against a villager\'s hours later', () => {
    const v = analyse('', {
      'a.md': 'The ministry said the first rescue teams had reached Kazhdel by 7:30 a.m. on Tuesday.\n',
      'b.md': 'A villager said the first rescue team reached Kazhdel only at about 2 p.m. on Tuesday.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'temporal' && c.topic === "time of the rescuers' arrival");
    assert.match(x.summary, /7:30 a\.m\..*2 p\.m\./, x.summary);
  });

  it('a toll higher on a later day is news coming in; lower on a later day, it clashes', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-02-03\n---\nMore than 600 people were injured, the ministry said.\n',
      'b.md': '---\ndate: 2026-02-05\n---\nMore than 1,100 people were injured, the ministry said.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic === 'people injured'), listed(v));
    const w = analyse('', {
      'a.md': '---\ndate: 2026-02-03\n---\nMore than 600 people were injured, the ministry said.\n',
      'b.md': '---\ndate: 2026-02-05\n---\nAbout 300 people were injured, the governor said.\n',
    });
    disputeIn(w, (c) => c.topic === 'people injured');
  });

  it("a contract's value against a rival sum; tax added, an instalment and another order are other sums", () => {
    const v = analyse('', {
      'a.md': 'The minister said the contract was worth 48.6 million lorins. A first instalment of 12 million lorins was paid in May.\n',
      'b.md': 'The audit office says the contract commits the ministry to paying 84 million lorins in total.\n',
      'c.md': 'The ministry says the contract is worth 48.6 million lorins, or 59.8 million lorins including VAT. The firm also won a 9.4 million lorin order for beds.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'value of the contract');
    assert.ok(spans(x, ['a.md', 'worth 48.6 million'], ['b.md', 'paying 84 million']), x.summary);
    assert.equal(x.summary.split(' vs ').length, 2, `12, 9.4 and 59.8 million are no rival values: ${x.summary}`);
  });

  it('how far a price was above the market: "no more than 10 percent" against 62%', () => {
    const v = analyse('', {
      'a.md': 'The ministry said the ventilators had cost "no more than 10 percent above the average market price."\n',
      'b.md': 'The auditors say each machine cost 62% more than the market price.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'price above the market');
    assert.ok(spans(x, ['a.md', 'no more than 10 percent'], ['b.md', '62%']), x.summary);
  });

  it('a public tender said to be held in one source and missing in another; one denied is none missing', () => {
    const v = analyse('', {
      'a.md': 'The ministry said the contract was awarded after an open public tender in which four companies took part.\n',
      'b.md': '"No public tender was held," the auditor told the committee.\n',
      'c.md': 'Claims that the contract was awarded without a tender are false, the minister said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether there was a public tender');
    assert.ok(spans(x, ['a.md', 'open public tender'], ['b.md', 'No public tender']), x.summary);
    assert.doesNotMatch(x.summary, /vs no \([^)]*minister/, 'a missing tender named to be denied is no missing tender');
  });

  it('a resignation against "has not resigned" on a later day; refusing to resign before resigning is no clash', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2025-11-11\n---\nHealth Minister Teodor Kovac refused to resign on Tuesday.\n',
      'b.md': '---\ndate: 2025-11-13\n---\nHealth Minister Teodor Kovac has resigned, the Prime Minister\'s office says.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic.includes('resign')), listed(v));
    const w = analyse('', {
      'b.md': '---\ndate: 2025-11-13\n---\nHealth Minister Teodor Kovac has resigned, the Prime Minister\'s office says.\n',
      'c.md': '---\ndate: 2025-11-15\n---\nTeodor Kovac has not resigned and remains a member of the government, his party said.\n',
    });
    const x = disputeIn(w, (c) => c.kind === 'status' && c.topic === 'whether Teodor Kovac resigned');
    assert.ok(spans(x, ['b.md', 'has resigned'], ['c.md', 'has not resigned']), x.summary);
  });

  it('no resignation or concession from an old post, someone else\'s resignation or an admission; "his spokesman said" speaks of him', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2025-11-12\n---\nHealth Minister Teodor Kovac accepted the resignation of his deputy on Wednesday. Teodor Kovac, who stepped down from the board of Veltro Medical last year, spoke on Wednesday. His chief of staff resigned on Wednesday.\n\nOpposition leader Yelena Hrabes conceded that mistakes had been made in the campaign.\n',
      'b.md': '---\ndate: 2025-11-13\n---\nTeodor Kovac has not resigned and remains in office, his spokesman said on Thursday. "I have not conceded," Yelena Hrabes told reporters on Thursday.\n',
    });
    assert.deepEqual(v.contradictions.filter((c) => c.kind === 'status').map((c) => c.summary), []);
    const w = analyse('', {
      'a.md': '---\ndate: 2025-11-12\n---\nHealth Minister Teodor Kovac has resigned, the office says.\n',
      'b.md': '---\ndate: 2025-11-13\n---\nTeodor Kovac has not resigned and remains in office, his spokesman said on Thursday.\n',
    });
    disputeIn(w, (c) => c.topic === 'whether Teodor Kovac resigned');
  });

  it('a contract said to be tendered against "without a public tender"; a denial of something else nearby does not turn it', () => {
    const v = analyse('', {
      'a.md': 'Health Minister Teodor Kovac denied knowing about the deal, which was awarded without a public tender.\n',
      'b.md': 'The contract was awarded after an open public tender, the ministry said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether there was a public tender');
    assert.ok(spans(x, ['b.md', 'open public tender'], ['a.md', 'without a public tender']) && /vs no \(/.test(x.summary), x.summary);
  });

  it('"remains in custody and has been charged" still says the person is held, later than a release', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-03-15\n---\nArslan Dzhemirov, a porter stopped near the market, was released without charge on Sunday evening, police said.\n',
      'b.md': '---\ndate: 2026-03-17\n---\nArslan Dzhemirov remains in custody and has been charged with complicity in a terrorist act, the ministry said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether Arslan Dzhemirov was released');
    assert.ok(spans(x, ['a.md', 'released without charge'], ['b.md', 'remains in custody']), x.summary);
  });

  it('a storm\'s sustained winds given by two agencies; gusts and winds that have since dropped are other figures', () => {
    const v = analyse('', {
      'a.md': 'The weather office said the cyclone reached the coast with sustained winds of 160 km/h.\n',
      'b.md': 'The regional storm centre put the winds at 205 km/h. Gusts of 250 km/h were recorded at the port.\n',
      'c.md': 'The storm came ashore with sustained winds of roughly 100 miles an hour. By Friday its winds had dropped to 60 km/h.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && /wind/.test(c.topic));
    assert.ok(spans(x, ['a.md', '160 km/h'], ['b.md', '205 km/h']) && x.sides.some((s) => s.file === 'c.md' && s.text.includes('100 miles')), x.summary);
    assert.ok(!x.sides.some((s) => /250|\b60 km/.test(s.text)), x.summary);
  });

  it('how many were trapped is a count; those still trapped are another', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-11-04\n---\nThe company says 41 miners were trapped by the blast. Rescuers said eight men are still trapped underground.\n',
      'b.md': '---\ndate: 2026-11-05\n---\nThe union says 47 men were cut off by the explosion. Two miners remain trapped, the company said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'people trapped');
    assert.ok(spans(x, ['a.md', '41'], ['b.md', '47']), x.summary);
    assert.ok(!x.sides.some((s) => /eight|Two/.test(s.text)), x.summary);
  });

  it('people carried to the shore or aboard another boat are no count of those aboard', () => {
    const v = analyse('', {
      'a.md': 'The ferry was carrying 212 people when it capsized, the operator said.\n',
      'b.md': 'Fishermen carried 30 people to the shore. A second boat carrying 60 reached the harbour at dawn.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.kind === 'numeric' && c.topic.includes('aboard')), listed(v));
  });

  it('a forecaster\'s warning days ahead is no answer to "no siren"; a storm warning issued against none issued is a dispute', () => {
    const v = analyse('', {
      'a.md': 'The weather office said it had issued its first warning for the coast five days before landfall.\n',
      'b.md': '"No siren, no loudspeaker, no one knocking on doors," the fisherman said.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic === 'whether a warning was given'), listed(v));
    const w = analyse('', {
      'a.md': 'The weather office said it had issued an orange warning at 1:30 p.m. for gale-force winds on the lake.\n',
      'b.md': 'The minister says no storm warning had been issued for the lake that afternoon.\n',
    });
    const x = disputeIn(w, (c) => c.topic === 'whether a warning was given');
    assert.ok(spans(x, ['a.md', 'orange warning'], ['b.md', 'no storm warning']), x.summary);
  });

  it('a crash site reached later, a curfew in force, "not everyone accounted for" and a fake dismissed as one are no disputes of those kinds', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-10-17\n---\nThe plane crashed at 09:12, the airline said. Tap water is safe to drink again, the ministry said. All the fishing boats have been accounted for, the army said.\n',
      'b.md': '---\ndate: 2026-10-17\n---\nRescuers reached the crash site at 09:40. A curfew remains in force. Not everyone has been accounted for, but all the boats have been accounted for, the mayor said.\n',
      'c.md': 'The army dismissed the video as a fabrication.\n',
      'd.md': 'The group\'s video was genuine, its analysts said.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.kind === 'temporal' || /advisory|closure/.test(c.topic) || c.topic === 'whether everyone is accounted for'), listed(v));
    const x = disputeIn(v, (c) => c.topic === 'whether the recording was genuine');
    assert.ok(spans(x, ['d.md', 'was genuine'], ['c.md', 'fabrication']), x.summary);
  });

  it('an exchange carried out in full against one halted half-way; prisoners exchanged are no count of the captured', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-04-16\n---\nThe exchange was carried out in full, the ministry said. So far 41 prisoners have crossed the bridge.\n',
      'b.md': '---\ndate: 2026-04-16\n---\nThe exchange was halted after the sixth group, the centre says. Talvessa has handed over 97 prisoners.\n',
      'c.md': '---\ndate: 2026-04-16\n---\nThe evacuation of the border villages was completed on Wednesday.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the exchange was completed');
    assert.ok(spans(x, ['a.md', 'carried out in full'], ['b.md', 'was halted']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), 'an evacuation is another operation');
    assert.ok(!v.contradictions.some((c) => c.kind === 'numeric'), listed(v));
  });

  it('a verdict the lawyer will appeal and the party says will not be; an appeal for calm is none', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-12-15\n---\nHis lawyer, Lev Gorodetsky, said the defence would appeal within ten days.\n',
      'b.md': '---\ndate: 2026-12-15\n---\n"He will not appeal," the party spokeswoman, Nika Savranskaya, said.\n',
      'c.md': '---\ndate: 2026-12-15\n---\nThe mayor said she would appeal for calm. Prosecutors said they would not appeal.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the verdict will be appealed');
    assert.ok(spans(x, ['a.md', 'would appeal'], ['b.md', 'will not appeal']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), x.summary);
  });

  it('a defendant in the dock against one who heard the verdict by video link; a witness by video link is none', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-12-15\n---\nRostislav Kalyuzhny stood in the defendants\' enclosure as the verdict was read, the court\'s press secretary said.\n',
      'b.md': '---\ndate: 2026-12-15\n---\nRostislav Kalyuzhny heard the verdict by video link from the detention centre, his lawyer said.\n',
      'c.md': '---\ndate: 2026-12-15\n---\nOne witness gave evidence by video link, the court said. Rostislav Kalyuzhny founded the party in 2019.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the defendant was in the courtroom');
    assert.ok(spans(x, ['a.md', 'enclosure'], ['b.md', 'by video link']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), x.summary);
  });

  it('diplomats let into the courtroom against none admitted; a defendant admitted to hospital is another story', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-12-15\n---\nRepresentatives of foreign embassies were admitted to the courtroom, the Foreign Ministry said.\n',
      'b.md': '---\ndate: 2026-12-15\n---\n"No diplomat was admitted to that courtroom," the ambassador said.\n',
      'c.md': '---\ndate: 2026-12-15\n---\nThe defendant was not admitted to hospital before the trial, his lawyer said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether diplomats or reporters were let into the trial');
    assert.ok(spans(x, ['a.md', 'were admitted'], ['b.md', 'No diplomat was admitted']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), x.summary);
  });

  it('none of the new readings where two sources tell different things, not one thing two ways', () => {
    const v = twoArticles(
      [
        'The defence has ten days to lodge an appeal. The ministry said it would not appeal the ruling on the contract.',
        'The river level will come down by Friday, forecasters said.',
        'After the exchange, talks on a ceasefire were suspended.',
        'Diplomats were admitted to the courtroom, the ministry said.',
        'Ivo Marek was sentenced to five years, the court said.',
        'The airport was closed for 26 hours, the operator said.',
        'Waves as high as 9 metres struck the seafront, a survey team said.',
        'The bank says Hradel received two loans totalling 29 million lorins.',
        'On Sunday 41 flights were cancelled, the airport said.',
        'The trial opened on 12 October 2026, the court said.',
        'The exchange was brokered by Orlesia, whose foreign ministry hosted the talks in Haldersund, the Orlesian capital.',
      ].join(' '),
      [
        'Ivo Marek\'s lawyers said they would appeal.',
        'The block can be repaired, the inspectorate said.',
        'The exchange was completed, officials said.',
        'The defendant\'s mother was not allowed into the courtroom, she said.',
        'Ivo Marek was sentenced to five years and banned from driving for three years, his lawyer said.',
        'One of the two runways was closed for two hours, a controller said.',
        'Forecasters had warned of waves of up to 3 metres.',
        'The state bank has made loans to 400 firms worth 3 billion lorins.',
        'Some 163 flights were cancelled on Saturday and 41 on Sunday, the airlines said.',
        'The investigation began on 2 March 2025 and the trial opened on 12 October 2026.',
        'It was the largest exchange since one brokered by Castavia in 2022.',
      ].join(' '),
      '2026-10-14');
    assert.equal(v.contradictions.length, 0, listed(v));
  });

  it('car alarms set off by a blast are no warning', () => {
    const v = analyse('', {
      'a.md': 'Car alarms went off across the district when the tank exploded.\n',
      'b.md': 'Residents said they had received no warning of any kind.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic === 'whether a warning was given'), listed(v));
  });

  it("an outlet's correction of its own figure: the wrong figure where it stood against the right one", () => {
    const v = analyse('', {
      'live.md': '**12:05** — CORRECTION: In our 10:20 entry we wrote that the contract covered 1,400 ventilators. Mallen said 400. We misheard the figure.\n\n'
        + '**10:20** — Mallen reads out the terms: the ministry bought 1,400 ventilators from the supplier.\n',
      'wire.md': 'The ministry bought 400 ventilators, officials said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'corrected figure' || c.summary.includes('corrected its own figure'));
    assert.ok(x.sides.some((s) => s.file === 'live.md' && s.text.includes('bought 1,400')) && x.sides.some((s) => s.text.includes('Mallen said 400')), JSON.stringify(x.sides));
  });

  it('corrections that name the entry by its time or as "an earlier entry", and a corrected year', () => {
    const v = analyse('', {
      'live.md': '**15:40** — Rescuers reached the chamber. The company says 19 men have been brought up alive.\n\n'
        + '**17:20** — Correction: our 15:40 entry said 19 men had been brought up alive. The company says the figure is 16.\n\n'
        + '**18:00** — Police say 14 vehicles were on the bridge when it came down.\n\n'
        + '**19:00** — CORRECTION: An earlier entry said 14 vehicles were on the bridge. That was our error; police gave the figure as four vehicles.\n\n'
        + '**20:40** — The airline says the jet was delivered new in 2004.\n\n'
        + '**21:10** — Correction: in our 20:40 entry we wrote that the jet was delivered in 2004. That was wrong. The airline says it was delivered new in 2014.\n',
    });
    const fixes = v.contradictions.filter((c) => c.summary.includes('corrected its own figure'));
    for (const [was, now] of [['19', '16'], ['14', 'four'], ['2004', '2014']]) {
      assert.ok(fixes.some((x) => x.sides[0].value === was && x.sides[1].value === now), `${was} → ${now}: ${listed(v)}`);
    }
  });

  it('a contaminant a test found against samples that found none', () => {
    const v = analyse('', {
      'a.md': 'The utility said its own samples, taken on Monday, had found no E. coli.\n',
      'b.md': 'University tests showed the taps contained E. coli at up to 46 CFU per 100 ml on Monday.\n',
      'c.md': 'Inspectors will check whether the wells contain E. coli.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether E. coli was found');
    assert.ok(spans(x, ['a.md', 'found no E. coli'], ['b.md', 'contained E. coli']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), 'a test to come finds nothing yet');
  });

  it('residents told to boil water against "no one told us"; "no one told us until Tuesday" is bounded', () => {
    const v = analyse('', {
      'a.md': 'City Hall said it had advised residents of Velbrun to boil water as a precaution on Friday.\n',
      'b.md': '"No one told us to boil anything," a resident said.\n',
      'c.md': '"No one told us to boil anything until Tuesday," another resident said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether a warning was given');
    assert.ok(spans(x, ['a.md', 'advised residents'], ['b.md', 'No one told us']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), x.summary);
  });

  it('the day a deal was agreed, and the day a trial opened, as two sources date them', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-04-16\n---\nThe Foreign Ministry says the deal was agreed on Monday, April 13, after two days of talks. The trial began on March 9, the court docket shows.\n',
      'b.md': '---\ndate: 2026-04-17\n---\nIts terms were agreed on Friday 10 April in a telephone call, the spokesman said. The trial, which opened on 23 March, heard 46 witnesses.\n',
    });
    const deal = disputeIn(v, (c) => c.kind === 'temporal' && c.topic === 'day the agreement was signed');
    assert.ok(spans(deal, ['a.md', 'agreed on Monday, April 13'], ['b.md', 'agreed on Friday 10 April']), deal.summary);
    assert.match(deal.summary, /13 April 2026.*10 April 2026|10 April 2026.*13 April 2026/);
    const trial = disputeIn(v, (c) => c.kind === 'temporal' && c.topic === 'day the trial began');
    assert.ok(spans(trial, ['a.md', 'began on March 9'], ['b.md', 'opened on 23 March']), trial.summary);
  });

  it('who brokered a deal, as each side credits it; co-mediators named together are no dispute', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-04-16\n---\nTalvessa and Zemlyria exchanged prisoners under a deal mediated by Orlesia, whose foreign ministry hosted the talks in Haldersund, the Orlesian capital.\n',
      'b.md': '---\ndate: 2026-04-17\n---\nThe exchange was made possible by the mediation of Castavia, the presidential spokesman Yegor Tashlin said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'who mediated the deal');
    assert.ok(spans(x, ['a.md', 'mediated by Orlesia'], ['b.md', 'mediation of Castavia']), x.summary);
    const both = analyse('', {
      'a.md': 'The ceasefire was brokered by Orlesia and Castavia, whose foreign ministries hosted the talks in Haldersund, the Orlesian capital.\n',
      'b.md': 'The ceasefire was brokered by Orlesia, whose foreign ministry hosted the talks in Haldersund, the agency said.\n',
      'c.md': 'The ceasefire was brokered by Castavia, whose foreign ministry hosted the talks in Haldersund, the agency said.\n',
    });
    assert.ok(!both.contradictions.some((c) => c.topic === 'who mediated the deal'), listed(both));
  });

  it('a minister dismissed against one who resigned of her own will; a lawsuit dismissed is none', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-10-16\n---\nPrime Minister Lubomir Bartal said: "This morning I dismissed the finance minister, Milena Zatorska."\n',
      'b.md': '---\ndate: 2026-10-16\n---\n"Milena Zatorska resigned of her own will. Nobody dismissed her," her spokeswoman said.\n',
      'c.md': '---\ndate: 2026-10-16\n---\nA lawsuit against Milena Zatorska was dismissed in 2024, the court said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether they resigned or were dismissed');
    assert.ok(spans(x, ['a.md', 'I dismissed the finance minister'], ['b.md', 'resigned of her own will']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), x.summary);
  });

  it('an investigation opened against "no criminal proceedings", and the sum of loans as two sources give it', () => {
    const v = twoArticles(
      'Prosecutors opened a criminal investigation on Wednesday, officials said. The bank says Hradel Logistics received two loans worth 29 million lorins in total.',
      'No criminal proceedings have been opened, the prosecutor\'s spokesman said on Thursday. Stopa says the firm received three loans from the state bank since March 2024, worth a total of 46 million lorins.',
      '2026-10-15');
    const x = disputeIn(v, (c) => c.topic === 'whether an investigation was opened');
    assert.ok(spans(x, ['a.md', 'opened a criminal investigation'], ['b.md', 'No criminal proceedings']), x.summary);
    const loans = disputeIn(v, (c) => c.topic === 'sum of the loans');
    assert.ok(spans(loans, ['a.md', '29 million'], ['b.md', '46 million']), loans.summary);
  });

  it('the day a contract was signed: the signatory against the date on a leaked copy', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2025-11-11\n---\nThe ministry said the contract had been signed on 14 April 2025.\n',
      'b.md': '---\ndate: 2025-11-12\n---\nThe copy of the contract the paper published is dated 2 April.\n',
      'c.md': '---\ndate: 2025-11-12\n---\nThe minister met the supplier on 2 April, his diary shows.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'temporal' && c.topic === 'day the agreement was signed');
    assert.ok(spans(x, ['a.md', 'signed on 14 April'], ['b.md', 'dated 2 April']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), 'a meeting on that day is no signing');
  });

  it('records a breach took: the gang against the victim; a part, a body\'s customers or staff and a denial are no rival count', () => {
    const v = analyse('', {
      'a.md': 'The gang said it had stolen the records of 1.2 million patients.\n',
      'b.md': 'The trust, which has 2.4 million customers, says the records of 310,000 patients were copied, about 86,000 of them from one hospital.\n',
      'c.md': 'The files taken include those of 86,000 children, the researcher said.\n',
      'd.md': 'The clinic, which treats 500,000 patients a year, said no data was stolen from its 40,000 staff.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'records taken');
    assert.ok(spans(x, ['a.md', '1.2 million'], ['b.md', '310,000']), x.summary);
    assert.equal(x.summary.split(' vs ').length, 2, x.summary);
  });

  it("a prison term as the court and the defence give it; a co-defendant's term and the term asked for are others", () => {
    const v = twoArticles(
      'The court sentenced opposition leader Rostislav Kalyuzhny to nine years in a penal colony, its press service said. Prosecutors had asked for 13 years. His co-defendant, Dina Arkhipova, was sentenced to six years.',
      'Rostislav Kalyuzhny has been sentenced to 11 years, according to his lawyer. The maximum penalty for the charge is 15 years.',
      '2026-12-15');
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic.includes('prison term'));
    assert.ok(spans(x, ['a.md', 'nine years'], ['b.md', '11 years']), x.summary);
    assert.equal(x.sides.length, 2, x.summary);
  });

  it('how long an airport was closed, against how long a road was; and those who died in hospital are a part of the toll', () => {
    const v = twoArticles(
      'Drone sightings shut the main airport for 19 hours, the operator said. The coast road was closed for two hours. The ministry says nine people died.',
      'The runway was shut for 26 hours, airlines say. The mayor says 13 people died, and the difference appears to be four people who died in the University Hospital.',
      '2026-11-08');
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'hours the airport was closed');
    assert.ok(spans(x, ['a.md', '19 hours'], ['b.md', '26 hours']), x.summary);
    assert.ok(!x.sides.some((s) => s.text.includes('two hours')), x.summary);
    const toll = disputeIn(v, (c) => c.kind === 'numeric' && c.sides.some((s) => s.text.includes('nine people')));
    assert.equal(toll.sides.length, 2, toll.summary);
  });

  it('the height of the waves as a gauge and a survey give it; homes destroyed are a part of those damaged', () => {
    const v = twoArticles(
      'The tide gauge at the harbour recorded waves of up to 4 meters (13 feet) before it was damaged. The government said 1,100 homes had been destroyed.',
      'Waves as high as 9 metres struck the seafront, a survey team said. At least 3,400 homes have been damaged, the authority says.',
      '2026-09-15');
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'height of the waves');
    assert.ok(spans(x, ['a.md', 'up to 4 meters'], ['b.md', '9 metres']), x.summary);
    assert.ok(!v.contradictions.some((c) => c.sides.some((s) => s.text.includes('3,400'))), listed(v));
  });

  it('those still in hospital as the ministry and the hospital count them, apart from all admitted; none at another wedding is no count', () => {
    const v = twoArticles(
      'The ministry says 212 people fell ill and 38 people remain in hospital. "We served the same food at two other weddings, and nobody fell ill," the caterer said.',
      'Five patients have died, the director says, and 71 patients were still on the wards. In all, 140 people were admitted to hospital.',
      '2027-06-08');
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'people still in hospital');
    assert.ok(spans(x, ['a.md', '38 people remain in hospital'], ['b.md', '71 patients']), x.summary);
    assert.ok(!v.contradictions.some((c) => c.sides.some((s) => s.value === 'nobody')), listed(v));
  });

  it('how long repairs will take, in weeks against months; an earlier repair is no estimate', () => {
    const v = twoArticles(
      'The Energy Ministry has said the line will be back in service within four weeks.',
      'The operator said repairs could take up to five months. For comparison, in 2024 repairs to a cable took 11 days.',
      '2027-01-13');
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'time the repairs will take');
    assert.ok(spans(x, ['a.md', 'four weeks'], ['b.md', 'five months']), x.summary);
    assert.match(x.summary, /four weeks.*up to five months|up to five months.*four weeks/);
    assert.ok(!x.sides.some((s) => s.text.includes('11 days')), x.summary);
  });

  it('flights cancelled or diverted as the airport and the airlines count them; those diverted are a part', () => {
    const v = twoArticles(
      'The airport said 214 flights had been cancelled or diverted. It says 26 were diverted to other airports.',
      'Airlines say more than 300 flights were cancelled or diverted, not 214.',
      '2026-11-08');
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.sides.some((s) => s.text.includes('214 flights')));
    assert.ok(spans(x, ['a.md', '214 flights'], ['b.md', 'more than 300']), x.summary);
    assert.ok(!x.sides.some((s) => s.text.includes('26 were diverted')), x.summary);
  });

  it('an unnamed suspect said to be released, and said on a later day to remain in custody', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-03-06\n---\nThe man arrested in Velmora on Thursday has been released without charge, police say.\n',
      'b.md': '---\ndate: 2026-03-07\n---\nThe suspect arrested in Velmora on Thursday remains in custody, police sources said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the suspect was released');
    assert.ok(spans(x, ['a.md', 'released without charge'], ['b.md', 'remains in custody']), x.summary);
  });

  it("an election's turnout and result from the commission against a parallel count; a province's turnout is its own", () => {
    const v = analyse('', {
      'a.md': 'The commission gives Lena Marr 51.8 percent of the vote and Ivo Dask 45.6 percent. Turnout was 68.4 percent, the commission said. Turnout in Ostrel Province was 79.6 percent.\n',
      'b.md': 'The dispute is over turnout. The monitors put it at 57.2 percent.\n\nThe party\'s parallel count gives Lena Marr 46.3 percent and Ivo Dask 50.9 percent.\n',
    }, );
    const t = disputeIn(v, (c) => c.topic === 'turnout');
    assert.equal(t.summary.split(' vs ').length, 2, `the province's 79.6% is no national turnout: ${t.summary}`);
    const r = disputeIn(v, (c) => c.topic === 'result of the vote');
    assert.match(r.summary, /Lena Marr: 46\.3% .* vs 51\.8%/, r.summary);
    assert.match(r.summary, /Ivo Dask/, r.summary);
  });

  it('no denied claim from a question put to the speaker, nor from a rule stated with "nobody"', () => {
    const v = analyse('', {
      'a.md': 'Asked whether observers had been kept out of counting rooms in the province, Ana Vell said observers had full access.\n',
      'b.md': 'Ana Vell rejected claims that observers had been kept out of counting rooms in the province.\n',
      'c.md': '"Nobody declares a winner with most of the ballots still in the boxes," Ida Lorn said.\n',
      'd.md': 'The commission declared the president the winner with most of the ballots still in the boxes.\n',
    });
    assert.deepEqual(v.contradictions.filter((c) => c.topic === 'denied claim').map((c) => c.summary), []);
  });

  it('two denials of one thing, worded apart, set against statements that say the same, are one dispute', () => {
    const v = analyse('', {
      'a.md': 'At a news conference, the airline\'s chief executive, Katrin Oss, rejected the union\'s claim that the controller had told the crew to divert.\n',
      'b.md': 'The airline says nobody in the tower told the crew to divert and that the crew was cleared to land. The union says the controller twice told the crew to divert to Stennor.\n',
      'c.md': 'According to the ministry, the tower advised the crew to divert to Stennor because of the fog.\n',
    });
    const denied = v.contradictions.filter((c) => c.topic === 'denied claim');
    assert.equal(denied.length, 1, listed(v));
    assert.ok(spans(denied[0], ['a.md', 'rejected'], ['b.md', 'nobody in the tower']), denied[0].summary);
  });

  it('a refusal to say or comment denies nothing', () => {
    const v = analyse('', {
      'a.md': 'The airline chief would not say why the crew continued the approach in thick fog over the airfield, reporters said.\n',
      'b.md': 'The crew continued the approach in thick fog over the airfield, the ministry said.\n',
    });
    assert.deepEqual(v.contradictions.filter((c) => c.topic === 'denied claim').map((c) => c.summary), []);
  });

  it('no denied claim from what someone of a kind does not do in general, and one from a specific denial', () => {
    const v = analyse('', {
      'a.md': '"A shift manager does not switch off the gas sensors on a whole section because he feels like it," Ivo Hrask said.\n',
      'b.md': 'Two miners said the gas sensors on the whole section had been switched off by the shift manager for several days.\n',
      'c.md': '"The shift manager did not switch off the gas sensors on the whole section," the company said.\n',
    });
    const denied = v.contradictions.filter((c) => c.topic === 'denied claim');
    assert.ok(denied.length === 1 && !denied[0].sides.some((s) => s.file === 'a.md') && denied[0].sides.some((s) => s.file === 'c.md'), listed(v));
  });

  it('a concession reported by the winner\'s office against "I have not conceded" the next day', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-05-14\n---\nOpposition candidate Yelena Hrabes conceded defeat in a telephone call to President Leon Mandros on Tuesday evening, his spokeswoman Daria Kolm said.\n',
      'b.md': '---\ndate: 2026-05-13\n---\nYelena Hrabes spoke outside the court. "I have not conceded, and I will not concede," Hrabes told reporters.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'status' && c.topic === 'whether Yelena Hrabes conceded');
    assert.ok(spans(x, ['a.md', 'conceded defeat'], ['b.md', 'I have not conceded']), x.summary);
  });

  it("a person named in a possessive is not the one held: \"Hrabes's campaign manager remains in custody\"", () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-05-14\n---\nRostam Beglar, who was among those detained, was released on Tuesday morning, the ministry said.\n',
      'b.md': '---\ndate: 2026-05-13\n---\nRostam Beglar, Yelena Hrabes\'s campaign manager, remains in custody in Tavik, his lawyer said on Wednesday.\n',
    });
    disputeIn(v, (c) => c.topic === 'whether Rostam Beglar was released');
  });

  it('a breach: data taken or not, a ransom paid or not; a possible breach affirms nothing', () => {
    const v = analyse('', {
      'a.md': '"No patient data has been stolen," the minister said. "We have not paid a ransom," the trust said.\n',
      'b.md': 'The trust confirmed that patient data was stolen. The gang\'s site said the client has settled.\n',
      'c.md': 'The regulator said it had been notified of a possible breach of patient data.\n',
    });
    const data = disputeIn(v, (c) => c.topic === 'whether data was taken');
    assert.ok(spans(data, ['a.md', 'No patient data'], ['b.md', 'patient data was stolen']), data.summary);
    assert.ok(!data.sides.some((s) => s.file === 'c.md'));
    disputeIn(v, (c) => c.topic === 'whether a ransom was paid');
  });

  it('an election: observers let in or kept out, ballots stuffed or not', () => {
    const v = analyse('', {
      'a.md': 'The commission chair said observers had full access to every counting room. No ballots were stuffed at Polling Station 118, he said.\n',
      'b.md': 'The mission said its observers were refused entry to counting rooms at 38 polling stations. Monitors said the box at Polling Station 118 was stuffed.\n',
    });
    disputeIn(v, (c) => c.topic === 'whether observers were let in');
    disputeIn(v, (c) => c.topic === 'whether ballots were stuffed');
  });

  it('an election: journalists kept out are no observers; reports named to be rejected say the opposite', () => {
    const v = analyse('', {
      'a.md': 'Journalists were refused entry to the counting rooms in Tavik. The commission rejected reports of ballot-stuffing in Korvatsy.\n',
      'b.md': 'The commission rejected claims that observers had been kept out of counting rooms.\n',
      'c.md': 'Observers were barred from the counting rooms, the mission said. Monitors said ballot boxes were stuffed in Korvatsy.\n',
    });
    const seen = disputeIn(v, (c) => c.topic === 'whether observers were let in');
    assert.ok(seen.sides.some((s) => s.file === 'b.md') && !seen.sides.some((s) => s.file === 'a.md'), seen.summary);
    assert.ok(spans(seen, ['b.md', 'rejected claims'], ['c.md', 'barred from']), seen.summary);
    const stuffed = disputeIn(v, (c) => c.topic === 'whether ballots were stuffed');
    assert.ok(spans(stuffed, ['a.md', 'rejected reports'], ['c.md', 'were stuffed']), stuffed.summary);
  });

  it('an election: turnout so far, a group\'s turnout and a survey\'s share are no rival results', () => {
    const v = analyse('', {
      'a.md': 'Turnout was 61.2 percent, the commission said. President Leontin Mandros won with 51.8 percent of the vote.\n',
      'b.md': 'By midday turnout had reached 24.5 percent, officials said. Turnout among young voters was 38 percent. A poll last week gave President Leontin Mandros 44 percent.\n',
      'c.md': 'By midday turnout was 31 percent, the monitors said.\n',
    });
    assert.deepEqual(v.contradictions.filter((c) => c.topic === 'turnout' || c.topic === 'result of the vote').map((c) => c.summary), []);
    const midday = disputeIn(v, (c) => c.kind === 'numeric' && /24\.5/.test(c.summary));
    assert.ok(spans(midday, ['b.md', 'By midday'], ['c.md', 'By midday']), midday.summary);
  });

  it('systems said to be back against still down on the same day or later; down before back is the story going on', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-03-07\n---\nThe hospitals\' computer systems have been back up and running normally since Thursday, the minister said.\n',
      'b.md': '---\ndate: 2026-03-06\n---\nThe electronic patient record is still down at all three hospitals.\n',
      'c.md': '---\ndate: 2026-03-04\n---\nThe trust\'s systems remain offline, staff said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the systems are back');
    assert.ok(spans(x, ['a.md', 'back up and running'], ['b.md', 'still down']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), 'down on Wednesday, before Thursday, is no clash');
  });

  it('a claim of responsibility said to be genuine against one called a forgery; what nobody could confirm says neither', () => {
    const v = analyse('', {
      'a.md': 'The intelligence service said its analysts had established that Saturday\'s claim was genuine.\n',
      'b.md': 'On Sunday a second message in the group\'s name called the first one a forgery.\n',
      'c.md': 'We have not been able to confirm that the statement is authentic.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the claim was genuine');
    assert.ok(spans(x, ['a.md', 'was genuine'], ['b.md', 'a forgery']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), x.summary);
  });

  it('the depth of a mine working given in metres against another depth; a distance from the shore is none', () => {
    const v = analyse('', {
      'a.md': 'The company gives the depth of the section as 870 metres.\n',
      'b.md': 'The union says the coal face had been driven to 1,040 metres. Rescuers set up camp 2 km from the shaft.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'depth');
    assert.ok(spans(x, ['a.md', '870'], ['b.md', '1,040']), x.summary);
    assert.ok(!x.sides.some((s) => s.text.includes('2 km')), x.summary);
    // The same depth in kilometres is no rival figure.
    const w = analyse('', { 'a.md': 'The company gives the depth of the section as 870 metres.\n', 'c.md': 'The section lies at a depth of 0.87 km, the inspectorate said.\n' });
    assert.ok(!w.contradictions.some((c) => c.topic === 'depth'), listed(w));
  });

  it('production resumed against "the mine is closed" later, read apart from a search that goes on in the same sentence', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-11-06\n---\nCoal production resumed on Thursday in the northern sections, the company said, while the search continues.\n',
      'b.md': '---\ndate: 2026-11-10\n---\n"Nothing is being cut. The mine is closed, all of it," the chief inspector said.\n',
      'c.md': '---\ndate: 2026-11-04\n---\nThe inspectorate said the mine had not passed its inspection in August.\n',
      'd.md': '---\ndate: 2026-11-05\n---\nThe company said the colliery had passed its August inspection.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'status' && /closure/.test(c.topic));
    assert.ok(spans(x, ['a.md', 'production resumed'], ['b.md', 'mine is closed']), x.summary);
    const y = disputeIn(v, (c) => c.topic === 'whether the inspection was passed');
    assert.ok(spans(y, ['d.md', 'had passed'], ['c.md', 'not passed']), y.summary);
  });

  it('a quotation given whole by one outlet and broken by its cue in another, credited to two people', () => {
    const v = analyse('', {
      'a.md': 'Lenn\'s governor, Dilan Ostra, put the toll higher. "We had the warning. We did not have the time," the governor added, his voice breaking.\n',
      'b.md': 'Asked why so many families stayed, the cooperative\'s chairman Yusuf Marel was blunt. "We had the warning," he said. "We did not have the time."\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'attribution' && c.topic === 'who said it');
    assert.ok(/Dilan Ostra/.test(x.summary) && /Yusuf Marel/.test(x.summary), x.summary);
  });

  it('a quotation one outlet gives inside a longer one credited to another person; a short retort sharing its words is none', () => {
    const v = analyse('', {
      'a.md': 'The opposition leader, Katrin Morel, posted on Sunday. "Orlania will not be ruled from the barrel of a gun," she wrote.\n',
      'b.md': '"The Republic has stood firm. Orlania will not be ruled from the barrel of a gun," President Ivo Darn said.\n',
      'c.md': '"This fire was started by a power line that should have been switched off," governor Ana Pell said.\n',
      'd.md': '"Our line did not start this fire," chief executive Tomas Veld said.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'attribution' && c.topic === 'who said it');
    assert.ok(/Katrin Morel/.test(x.summary) && /Ivo Darn/.test(x.summary), x.summary);
    assert.equal(v.contradictions.filter((c) => c.topic === 'who said it').length, 1, listed(v));
  });

  it('water declared safe to drink against an advisory that remained in force the same day', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-10-24\n---\nTap water in Orla is once again safe to drink, the health ministry said on Friday.\n',
      'b.md': '---\ndate: 2026-10-25\n---\nThe regional agency told residents on Friday that the boil-water advisory remained in force.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'status' && /advisory/.test(c.topic));
    assert.ok(spans(x, ['a.md', 'safe to drink'], ['b.md', 'remained in force']), x.summary);
  });

  it('a suicide bomber against "there was no suicide bomber"', () => {
    const v = analyse('', {
      'a.md': 'The minister said a suicide bomber had walked into the fish hall with explosives strapped to his body.\n',
      'b.md': '"There was no suicide bomber," the police chief said. The explosives had been packed into a van.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether it was a suicide bombing');
    assert.ok(spans(x, ['a.md', 'suicide bomber had walked'], ['b.md', 'no suicide bomber']), x.summary);
  });

  it('outside aid said to be requested against "has not requested"', () => {
    const v = analyse('', {
      'a.md': 'Arkel said the government had formally asked for international assistance on Thursday.\n',
      'b.md': '"Dorvania has not requested international aid, and it does not need to," the spokeswoman said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether outside aid was requested');
    assert.ok(spans(x, ['a.md', 'asked for international assistance'], ['b.md', 'not requested']), x.summary);
  });

  it('all boats accounted for against boats still missing that day; missing before they were found is no clash', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-10-17\n---\nThe army said on Saturday that all the fishing boats had now been accounted for.\n',
      'b.md': '---\ndate: 2026-10-17\n---\nThe cooperative said 11 boats with 38 men aboard were still missing on Saturday.\n',
      'c.md': '---\ndate: 2026-10-15\n---\nTwenty boats are still missing, the coastguard said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether everyone is accounted for');
    assert.ok(spans(x, ['a.md', 'accounted for'], ['b.md', 'still missing']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), x.summary);
  });

  it('both flight recorders said to be found against one not yet found later', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-11-12\n---\n"Both black boxes have already been found," the minister told reporters.\n',
      'b.md': '---\ndate: 2026-11-13\n---\n"The cockpit voice recorder has not been found yet," the investigator said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the flight recorders were found');
    assert.ok(spans(x, ['a.md', 'Both black boxes'], ['b.md', 'not been found']), x.summary);
  });

  it('one bomb timed half an hour apart by two sources is a dispute', () => {
    const v = analyse('', {
      'a.md': 'The explosion went off at 11:40 a.m. inside the market\'s fish hall, police said.\n',
      'b.md': 'The explosion, which struck at 12:10 p.m. on Saturday, killed 27 people.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'temporal' && c.topic === 'time of the explosion');
    assert.ok(spans(x, ['a.md', '11:40 a.m.'], ['b.md', '12:10 p.m.']), x.summary);
  });

  it('people detained and suspects arrested "by Sunday evening" are one count, whenever the article came out', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-03-15\n---\nPolice said six people had been detained in connection with the attack by Sunday evening.\n',
      'b.md': '---\ndate: 2026-03-17\n---\nEleven suspects had been arrested by Sunday evening, the minister said.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'people arrested');
    assert.ok(spans(x, ['a.md', 'six'], ['b.md', 'Eleven']), x.summary);
  });

  it('power said to be restored against districts still without it later; a blackout before the repair is no clash', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-10-16\n---\nElectricity supply to Orla was fully restored on Friday evening, the power company said.\n',
      'b.md': '---\ndate: 2026-10-17\n---\nThe governor said half of Orla was still without power on Saturday. "We have had no power since Wednesday night," a stallholder said.\n',
      'c.md': '---\ndate: 2026-10-15\n---\nPower is still out across the city, the company said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the power is back');
    assert.ok(spans(x, ['a.md', 'fully restored'], ['b.md', 'still without power']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), x.summary);
  });

  it('supply back in every district at 1.30 a.m. against a live blog dated by its stamp alone, still dark that afternoon; back "on Thursday night" is no clash', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Daily\ndate: 2026-07-17\n---\n\nSupply was back in every district of the capital by 1.30 a.m. on Thursday, the ministry said. Electricity has been restored to every home, the minister said on Thursday night.\n',
      // No year anywhere: the stamp is dated from the other source, 16 July 2026 being a Thursday.
      'b.txt': 'Skip to content\nThe Orla Semaphore\nSubscribe from €2 a month\n\nLIVE: Blackout across Orlania – capital in the dark\n\nLIVE: Blackout across Orlania – capital in the dark\n\nUpdated 13:30, Thursday 16 July\n\nThe districts of Kovel and Brin are still without electricity, the grid company says.\n',
    });
    assert.equal(v.sources.find((s) => s.file === 'b.txt')?.published, '2026-07-16');
    assert.ok(!('undated' in v.sources.find((s) => s.file === 'b.txt')!));
    const x = disputeIn(v, (c) => c.topic === 'whether the power is back');
    assert.ok(spans(x, ['a.md', 'back in every district'], ['b.txt', 'still without electricity']), x.summary);
    assert.ok(!x.sides.some((s) => s.text.includes('Thursday night')), x.summary);
  });

  it('an airport said to have reopened against "remains closed" a few days later', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-11-16\n---\nOrla Regional Airport reopened on Sunday morning, the operator said.\n',
      'b.md': '---\ndate: 2026-11-18\n---\nThe aviation authority says the airport remains closed to commercial traffic.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'status' && /closure/.test(c.topic));
    assert.ok(spans(x, ['a.md', 'reopened on Sunday'], ['b.md', 'remains closed']), x.summary);
  });

  it('a ground said to be closed until further notice against "has not been closed", an official suspended or not, and a crowd counted inside a venue', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-04-20\n---\nSports Minister Ines Vardo said Merrow Park was closed until further notice. The interior minister said Superintendent Tomas Hale had been suspended from duty. The club said 21,400 spectators had been in the ground.\n',
      'b.md': '---\ndate: 2026-04-20\n---\nThe club chairman said Merrow Park had not been closed. The police said Superintendent Tomas Hale had not been suspended and remained at his post. Police estimate that more than 26,000 people were in the ground.\n',
    });
    disputeIn(v, (c) => c.kind === 'status' && /closure/.test(c.topic) && spans(c, ['a.md', 'closed until further notice'], ['b.md', 'had not been closed']));
    disputeIn(v, (c) => c.topic === 'whether an official was suspended' && spans(c, ['a.md', 'had been suspended'], ['b.md', 'had not been suspended']));
    disputeIn(v, (c) => c.kind === 'numeric' && spans(c, ['a.md', '21,400 spectators'], ['b.md', 'more than 26,000']));
  });

  it('a wildfire: an alert sent at one time and received at another, a power line blamed and denied, an evacuation order lifted or in force; "told to leave until it was too late" is no denial', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-08-11\n---\nThe ministry said an emergency text message was sent to every phone in Tarvo at 16:05 on Friday. Investigators say the fire began at the foot of pylon 12, beneath a line operated by Ostra Power. The evacuation order for Tarvo was lifted on Monday afternoon. Residents of Tarvo said the order to leave came far too late.\n',
      'b.md': '---\ndate: 2026-08-11\n---\n“The first message reached our phones at 21:40,” a farmer told the Herald. “Our line did not start this fire,” the chief executive of Ostra Power said. The evacuation order for Tarvo remained in force on Monday evening. In Tarvo, residents say nobody told them to leave until it was almost too late.\n',
    });
    disputeIn(v, (c) => c.kind === 'temporal' && spans(c, ['a.md', '16:05'], ['b.md', '21:40']));
    disputeIn(v, (c) => c.topic === 'whether a power line started the fire' && spans(c, ['a.md', 'beneath a line'], ['b.md', 'did not start this fire']));
    disputeIn(v, (c) => c.kind === 'status' && /evacuation order/.test(c.topic));
    assert.ok(!v.contradictions.some((c) => c.sides.some((s) => s.text.includes('until it was almost too late'))), listed(v));
  });

  it('no dispute from a speaker of a suspension, a gas line, troops on alert, a road not closed until Tuesday, or evacuation orders of two villages', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-08-11\n---\nPolice chief Tomas Hale said two stewards had been suspended pending an inquiry. The fire began beneath a leaking gas line, a witness said. The emergency alert went out at 16:05. The coastal road was not closed until Tuesday evening. The evacuation order for Tarvo was lifted on Monday.\n',
      'b.md': '---\ndate: 2026-08-11\n---\nThe ministry said Tomas Hale had not been suspended. Ostra Power said its line did not start the fire. Troops in Tarvo were on high alert when the convoy arrived at 06:10. The coastal road remains closed. The evacuation order for Velk remained in force on Monday evening.\n',
    });
    assert.ok(!v.contradictions.some((c) => /suspended|power line|closure|evacuation/.test(c.topic) || (c.kind === 'temporal' && c.sides.some((s) => s.text.includes('06:10')))), listed(v));
  });

  it('no suspension dispute between two officials, one suspended and the other not', () => {
    const v = analyse('', {
      'a.md': 'The ministry said Superintendent Tomas Hale had been suspended from duty.\n',
      'b.md': 'The police said Inspector Ada Renn had not been suspended.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic === 'whether an official was suspended'), listed(v));
  });

  it('a landing aid said to be fully operational against out of service, across an apposition', () => {
    const v = analyse('', {
      'a.md': 'The operator says the instrument landing system was fully operational.\n',
      'b.md': 'The union says the glide slope, the radio beam that guides a landing aircraft down, had been out of service since 29 October.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the landing system worked');
    assert.ok(spans(x, ['a.md', 'fully operational'], ['b.md', 'out of service']), x.summary);
  });

  it('a live blog\'s entries speak for the day their labels name, and a toll for the day it was given ("said on Friday"), not the day of the crash', () => {
    const v = analyse('', {
      'live.md': '---\npublished: 2026-11-12T20:05:00+02:00\nformat: live blog\n---\n**23:30** The hospital now says 19 people have died, up from 12 earlier this evening.\n\n**Fri 08:30** The ministry now puts the death toll at 27.\n',
      'wire.md': '---\ndate: 2026-11-13\n---\nThe jet overran the runway on Thursday evening, killing 27 people, the ministry said on Friday.\n',
      'late.md': '---\ndate: 2026-11-18\n---\nThe ministry\'s count of the dead stands at 27. The regional administration says 31 people have died.\n',
      'paper.md': '---\ndate: 2026-11-14\n---\nThe regional administration said on Saturday that 31 people had died.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'people killed');
    assert.ok(spans(x, ['late.md', '27'], ['paper.md', '31']), x.summary);
    assert.ok(!x.sides.some((s) => s.text.includes('19')), x.summary);
  });

  it('the same words credited to two people, where one report goes on in reported speech', () => {
    const v = analyse('', {
      'a.md': '“We did everything the rules asked of us,” Mayor Ivo Brand said, adding that the city had acted on Monday.\n',
      'b.md': '“We did everything the rules asked of us,” agency director Lena Moss said.\n',
    });
    disputeIn(v, (c) => c.kind === 'attribution');
  });

  it('a source that gave both figures of a dispute is on both sides of it', () => {
    const v = analyse('', {
      'a.md': 'In the morning the operator said the coach had been carrying about 20 passengers. In the afternoon the operator said it had carried 38 passengers.\n',
      'b.md': 'The coach carried 38 passengers, the drivers\' association said.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'passengers aboard');
    assert.ok(x.sides.some((s) => s.file === 'a.md' && s.text.includes('about 20')) && x.sides.some((s) => s.file === 'a.md' && s.text.includes('38 passengers')), x.summary);
  });

  it('civilians and soldiers are counted apart from people in all', () => {
    const v = analyse('', {
      'a.md': 'The strike killed six people, four soldiers and two civilians, the army said.\n',
      'b.md': 'Four servicemen and two civilians were killed in the strike, the ministry said.\n',
    });
    assert.deepEqual(v.contradictions.map((c) => c.summary), []);
  });

  it('a negated claim against a statement of what it negates', () => {
    const v = analyse('', {
      'a.md': '"Not a single live round was fired by the police," said Commander Ivo Rask.\n',
      'b.md': '"These are not rubber bullets. These are live rounds, fired at the crowd," said Dr. Mina Solt.\n',
    });
    const x = v.contradictions.find((c) => c.kind === 'polarity');
    assert.ok(x && spans(x, ['a.md', 'live round'], ['b.md', 'live rounds']));
  });

  it('who fired first, each side naming the other, countries the tables do not know included', () => {
    const v = analyse('', {
      'a.md': 'Troops of Ostrava and Belmark clashed at the pass. "Belmarkian forces fired first," said Col. Ivo Dane of Ostrava.\n',
      'b.md': '"The Ostravan side fired first," said Maj. Lea Korr, a Belmark army spokeswoman.\n',
      'c.md': 'Ostrava and Belmark accused each other of starting the fighting.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'attribution' && c.topic === 'who fired first');
    assert.match(x.summary, /Belmark .* vs Ostrava|Ostrava .* vs Belmark/);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), 'accusing each other names no doer');
  });

  it('"the first such raid" in one source vs a raid of the same kind dated earlier in another', () => {
    const dated = analyse('', {
      'a.md': '---\ndate: 2026-06-12\n---\n\nIt was the first time since the war began that rebel units had mounted a cross-border raid into Ostrava.\n',
      'b.md': '---\ndate: 2026-06-13\n---\n\nThe same units claimed responsibility for a raid across the border in April.\n\nA protest was held in the capital in March.\n',
    });
    const x = dated.contradictions.find((c) => c.topic === 'first cross-border raid');
    assert.ok(x && spans(x, ['a.md', 'the first time since the war began'], ['b.md', 'a raid across the border in April']), listed(dated));
    assert.ok(!x.sides.some((s) => s.text.includes('protest')), 'a protest is another kind of event');
    // Articles without dates: the month the story names with a day is its month.
    const undated = analyse('', {
      'a.txt': 'Rebels crossed into Ostrava on June 12. It appears to be the first cross-border raid since the war began.\n',
      'b.txt': 'On June 12 the rebels attacked two villages. The group claimed a raid there in April.\n',
    });
    assert.ok(undated.contradictions.some((c) => c.topic === 'first cross-border raid'), listed(undated));
  });

  it('a warning one source says was given and another says never came', () => {
    const v = analyse('', {
      'a.md': 'The operator said it had alerted the municipal authorities in Dorrin within minutes of the breach.\n',
      'b.md': 'Mayor Ivo Sten said the town hall had received no warning of any kind before the water arrived.\n',
      'c.md': 'The regulator said it formally notified the operator in writing of cracks in the wall. "At no point did the company receive any notification of defects," a company spokeswoman said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether a warning was given');
    assert.ok(spans(x, ['a.md', 'alerted the municipal authorities'], ['b.md', 'received no warning']));
    assert.ok(x.sides.some((s) => s.file === 'c.md' && s.text.includes('At no point')));
  });

  it('a person one source says is held and another says is not, or has fled', () => {
    const v = analyse('', {
      'a.md': 'Opposition leader Nadia Orsk has not been seen since the rally. Her party says she is being held by the Interior Directorate.\n',
      'b.md': 'Police chief Ivo Sten said Nadia Orsk had fled across the border to Belmark.\n',
      'c.md': '"She is not in police custody," the interior minister said of Nadia Orsk.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether Nadia Orsk is held');
    assert.ok(spans(x, ['a.md', 'she is being held'], ['b.md', 'had fled across the border']));
    assert.ok(x.sides.some((s) => s.file === 'c.md'));
  });

  it('a denial in other words: "not a single soldier on our soil" against "troops dug in on our territory"', () => {
    const v = analyse('', {
      'a.md': 'Belmarkian troops advanced into Ostravan territory overnight and were dug in on the ridge, the Ostravan army said.\n',
      'b.md': '"Not a single Belmarkian soldier is on Ostravan soil," the Belmark defence ministry said.\n',
    });
    assert.ok(v.contradictions.some((c) => c.kind === 'polarity' && spans(c, ['a.md', 'dug in on the ridge'], ['b.md', 'Not a single Belmarkian soldier'])), listed(v));
  });

  it('an act done on orders in one source and on the doer\'s own initiative in another', () => {
    const v = analyse('', {
      'a.md': 'The operator says it opened the spillway gates on Monday on the ministry\'s orders.\n',
      'b.md': '"The operator opened the gates on its own initiative," a ministry spokesman said.\n\nThe mayor acted on the orders of the governor when she closed the schools.\n',
    });
    const x = v.contradictions.find((c) => c.topic === 'who ordered it');
    assert.ok(x && spans(x, ['a.md', 'on the ministry\'s orders'], ['b.md', 'on its own initiative']), listed(v));
    assert.ok(!x.sides.some((s) => s.text.includes('schools')), 'another act is not a side');
  });

  it('a three-way dispute names every figure', () => {
    const v = analyse('', {
      'a.md': 'Police said 14 people were killed when the bridge collapsed.\n',
      'b.md': 'Regional governor Aida Marsh said 21 people died when the bridge collapsed.\n',
      'c.md': 'Hospital officials said 17 people were killed in the collapse.\n',
    });
    const x = disputeIn(v, (c) => c.kind === 'numeric');
    for (const n of ['14', '17', '21']) assert.ok(x.summary.includes(n) && x.sides.some((s) => s.value === n), `${n} in ${x.summary}`);
  });

  it('different clock times for the same event', () => {
    const v = analyse('', {
      'a.md': 'Police said the dispersal began only after the permit expired at 6 p.m.\n',
      'b.md': 'Security forces moved against the crowd shortly after 2 p.m., the reporter said.\n',
    });
    const x = v.contradictions.find((c) => c.topic === 'time of the dispersal');
    assert.ok(x && spans(x, ['a.md', 'at 6 p.m.'], ['b.md', 'shortly after 2 p.m.']), listed(v));
  });

  it('a situation said to be calm while fighting goes on the same day', () => {
    const v = analyse('', {
      'a.md': 'The border was "calm and fully under control" on Thursday, Col. Emil Varn said after the clashes.\n',
      'b.md': 'Shelling continued on Thursday evening near the border, residents said.\n',
    });
    assert.ok(v.contradictions.some((c) => c.kind === 'status'));
  });
});

describe('contradictions: custody after a release', () => {
  const wire = 'Title: Ferry inquiry\nOutlet: Coast Wire\nDate: 2025-03-06\n\nThe ferry\'s captain, Ivo Marsh, remains in custody in Port Sella, prosecutors said on Thursday.\n';
  it('a person said to be held on a day after another source says they were released (named by the role they hold)', () => {
    const v = analyse('', {
      'coast-wire.txt': wire,
      'sella-times.txt': 'Title: Captain home\nOutlet: Sella Times\nDate: 2025-03-06\n\nThe captain was questioned as a witness and released without charge on Tuesday evening, the operator said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether Ivo Marsh was released');
    assert.ok(spans(x, ['coast-wire.txt', 'remains in custody'], ['sella-times.txt', 'released without charge']), listed(v));
  });

  it('unnamed suspects counted alike: released, and said a day later to remain in custody', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-11-08\n---\nThe two men arrested near the airport on Saturday were released without charge on Sunday, police said.\n',
      'b.md': '---\ndate: 2026-11-09\n---\nThe two suspects remain in custody, a ministry spokeswoman said.\n',
      'c.md': '---\ndate: 2026-11-09\n---\nThe three suspects remain in custody, a ministry spokeswoman said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether the two suspects were released');
    assert.ok(spans(x, ['a.md', 'released without charge'], ['b.md', 'remain in custody']), x.summary);
    assert.ok(!x.sides.some((s) => s.file === 'c.md'), 'three suspects are other people');
  });

  it('an engineer named in one source, said in another not to be in custody', () => {
    const v = twoArticles('That engineer, Radim Stastny, 44, was detained on Tuesday morning, a police source said.', 'The gas engineer has not been detained, his lawyer said on Tuesday evening.', '2026-11-10');
    const x = disputeIn(v, (c) => c.topic === 'whether Radim Stastny is held');
    assert.ok(spans(x, ['a.md', 'was detained'], ['b.md', 'has not been detained']), x.summary);
  });

  it('an arrest told in the past is not "still held" after a release', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-04-16\n---\nOfficials said Taavi Ruutel was freed on Thursday.\n',
      'b.md': '---\ndate: 2026-04-17\n---\nRuutel, a reporter for the Aldsund Observer, was detained in 2024 while reporting on the fighting.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic.includes('Ruutel')), listed(v));
  });

  it('held first and released later, or a release demanded, is no dispute', () => {
    const v = analyse('', {
      'coast-wire.txt': wire,
      'sella-times.txt': 'Title: Captain freed\nOutlet: Sella Times\nDate: 2025-03-08\n\nThe captain was released on bail on Saturday morning, his lawyer said.\n',
      'bay-radio.txt': 'Title: Union demand\nOutlet: Bay Radio\nDate: 2025-03-07\n\nThe union demanded that Ivo Marsh be released at once.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic.startsWith('whether Ivo Marsh')), listed(v));
  });
});

describe('contradictions: look-alikes are not reported', () => {
  it('a person held and later released, crowds detained, and two different people are no custody dispute', () => {
    const v = analyse('', {
      'a.md': 'Activist Lena Dorr was detained on Friday. Police say 300 people are being held. Reporter Ivo Pask is being held by the army.\n',
      'b.md': 'Lena Dorr was released on Sunday and is not in custody. Activist Mara Veil has fled to Belmark.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic.startsWith('whether')), listed(v));
  });

  it('times that tell a sequence, an hour-by-hour story, times within half an hour, a rounded time within the hour, or explosions in a series are no clock dispute', () => {
    const v = analyse('', {
      'a.md': 'Tear gas was fired at 2 p.m. and the square was cleared by 6 p.m., police said.\n\nThe blast happened at 4:40 a.m., the operator said.\n',
      'b.md': 'The explosion was heard at 5:10 a.m. in the port.\n\nProtesters dispersed at 1 p.m. Police moved in at 4 p.m. Tear gas was fired again at 8 p.m.\n',
      'c.md': 'The fire broke out at about 4 a.m., the company said.\n',
      'd.md': 'The fire service logged the first call reporting flames at 3:21 a.m.\n',
      'e.md': 'A second explosion was heard at 5:52 a.m. near the depot.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic.startsWith('time of')), listed(v));
  });

  it('events held, a first of another kind, a month to come, a midnight moment, failed talks, warning signs and advice are no disputes', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-06-12\n---\n\nA vigil for Nadia Orsk was held in the capital. It was the first protest since the bombing of the bridge. The blast was heard at 11:50 p.m. Talks failed at 2 p.m. as the dam held. There were no warning signs, residents said.\n',
      'b.md': '---\ndate: 2026-06-13\n---\n\nNadia Orsk had fled across the border. The bridge bombing in March killed four. Organisers plan another protest in August. An explosion was heard at 12:05 a.m. The dam gave way at 6 a.m. The council should have warned the town.\n',
    });
    assert.deepEqual(v.contradictions.filter((c) => /^(?:whether|first|time of)/.test(c.topic)).map((c) => c.summary), []);
  });

  it('a denial that the town was warned, and orders given by a named body', () => {
    const v = analyse('', {
      'a.md': 'The operator said it alerted the town council within minutes. The crew opened the sluice gates on the health ministry\'s orders.\n',
      'b.md': 'The town council wasn\'t warned, the mayor said. The crew opened the sluice gates on its own initiative, the ministry said.\n',
    });
    assert.ok(v.contradictions.some((c) => c.topic === 'whether a warning was given'), listed(v));
    assert.ok(v.contradictions.some((c) => c.topic === 'who ordered it'), listed(v));
  });

  it('warnings of a danger ("warned that", "warned of") and warnings to come are no warning given', () => {
    const v = analyse('', {
      'a.md': 'Aid groups warned that the river could rise again. Traders warned of delays. The agency will alert residents by text.\n',
      'b.md': 'Residents said they had received no warning before the water arrived.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic === 'whether a warning was given'), listed(v));
  });

  it('"the first" against an earlier event of another kind, in the same source, denied, or of this month', () => {
    const v = analyse('', {
      'a.md': '---\ndate: 2026-06-12\n---\n\nIt was the first time since the war began that rebels had mounted a cross-border raid. A similar raid in May was repelled, the army said.\n',
      'b.md': '---\ndate: 2026-06-12\n---\n\nThere was a drone attack on the town in March. Officials denied that any raid took place in April. A raid earlier this month was reported.\n',
    });
    assert.ok(!v.contradictions.some((c) => c.topic.startsWith('first')), listed(v));
  });

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

  it('"was overloaded" is not "was over", and a sentence sharing only the story\'s words does not affirm a denial', () => {
    const v = analyse('', {
      'a.md': 'The fire at the depot was still burning on Friday, crews said. Brask Oil denied that it had secretly stored diesel beyond the limits of its permit.\n',
      'b.md': '"The fire depot was overloaded on Friday," a worker said. The minister said every site where diesel is stored under a permit would be inspected.\n',
    });
    assert.deepEqual(v.contradictions.map((c) => c.summary), []);
  });

  it('something going on before it was over', () => {
    const v = analyse('', {
      'a.md': 'The fire at the mill was still burning on Monday, firefighters said.\n',
      'b.md': 'The fire at the mill was extinguished on Tuesday, the fire brigade said.\n',
    });
    assert.equal(v.contradictions.filter((c) => c.kind === 'status').length, 0);
    // The weekday alone cannot order them; the articles' dates do: a week apart, it is a sequence.
    const w = analyse('', {
      'a.md': '---\noutlet: A\ndate: 2025-10-23\n---\nThe 11 schools that were shut on Wednesday will stay shut until further notice, City Hall says.\n',
      'b.md': '---\noutlet: B\ndate: 2025-10-30\n---\nThe advisory was lifted on Tuesday, and the schools closed in the district reopened the next day.\n',
    });
    assert.equal(w.contradictions.filter((c) => c.kind === 'status').length, 0, listed(w));
  });
});

describe('an actor across sources', () => {
  it('counts mentions per source, most first, each with its first mention there', () => {
    const varga = harbor.actors.find((a) => a.name === 'Elena Varga');
    assert.ok(varga);
    const s = summarizeActor(harbor, varga.id)!;
    assert.equal(s.perSource.reduce((n, p) => n + p.count, 0), varga.mentions.length);
    for (let i = 1; i < s.perSource.length; i++) assert.ok(s.perSource[i - 1].count >= s.perSource[i].count);
    for (const p of s.perSource) {
      assert.equal(p.first.start, Math.min(...varga.mentions.filter((m) => m.file === p.file).map((m) => m.start)));
    }
    assert.equal(summarizeActor(harbor, varga.id)!.perSource, s.perSource, 'counted once per view');
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

describe('contradictions: a spill at sea', () => {
  it('the oil spilled and the coast it reached, compared across units; a leak sealed against one still leaking', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Harbour Wire\ndate: 2026-04-09\n---\n\nThe Ministry of Fisheries said about 1,500 tonnes of fuel oil had leaked from the freighter. Oil has come ashore along 15 km of coastline, the ministry said. The leak was sealed on Wednesday evening, the owner said.\n',
      'b.md': '---\noutlet: Coast Daily\ndate: 2026-04-09\n---\n\nThe group Tidewatch said at least 7,000 tonnes had escaped. Governor Ines Marrow said oil had washed up along 50 kilometres of shoreline. Oil was still escaping from the hull on Thursday, the salvage master said.\n',
      'c.md': '---\noutlet: Bay Times\ndate: 2026-04-10\n---\n\nOil has reached about 31 miles of coastline, the governor said.\n',
    });
    const spilled = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'tonnes spilled');
    assert.ok(spans(spilled, ['a.md', 'about 1,500 tonnes'], ['b.md', 'at least 7,000 tonnes']));
    const coast = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'length of coast reached');
    assert.ok(spans(coast, ['a.md', '15 km of coastline'], ['b.md', '50 kilometres of shoreline']));
    // 31 miles is 50 km: the third outlet agrees with the governor, so there are two camps, not three.
    assert.equal(coast.summary.split(' vs ').length, 2, coast.summary);
    const leak = disputeIn(v, (c) => c.kind === 'status');
    assert.ok(spans(leak, ['a.md', 'The leak was sealed'], ['b.md', 'still escaping']), listed(v));
  });

  it('an escape of people is no spill, and a question heading states nothing', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Harbour Wire\n---\n\nTwelve inmates escaped during the storm, the prison service said. Not a drop of oil has entered the Fenlow Estuary, the minister said.\n',
      'b.md': '---\noutlet: Coast Daily\n---\n\nAbout 300 tonnes of diesel leaked from the barge.\n\n## Has oil entered the Fenlow Estuary?\n\nThe answer depends on whom you ask.\n',
    });
    assert.deepEqual(v.contradictions.map((c) => c.summary), []);
  });
});

describe('contradictions: a prison siege', () => {
  it('hostages counted as held or taken, inmates apart from all the dead, a breakdown after a colon, and a live blog that raised its own toll', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2026-03-03\n---\n\nThe ministry says nine officers were held. Officials said nine people were killed in the operation: seven inmates and two guards.\n',
      'b.md': '---\noutlet: Herald\ndate: 2026-03-03\n---\n\nThe union says 13 staff were held. The families say 16 inmates died. Two of its members died, the union said.\n',
      'c.md': '---\noutlet: Live\ndate: 2026-03-03\n---\n\n12:40 The ministry has updated its figures: nine people died, up from the four deaths confirmed this morning.\n\n07:05 The prison service says four people have been killed.\n',
    });
    const held = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'people captured');
    assert.ok(spans(held, ['a.md', 'nine officers were held'], ['b.md', '13 staff were held']));
    const inmates = disputeIn(v, (c) => c.kind === 'numeric' && c.topic === 'inmates killed');
    assert.ok(spans(inmates, ['a.md', 'seven inmates'], ['b.md', '16 inmates died']));
    // Four was the live blog's own earlier figure, and two of the union's members are a part of the dead.
    assert.ok(!v.contradictions.some((c) => c.topic === 'people killed'), listed(v));
  });

  it('reports called untrue deny what they say', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\n---\n\nThe minister said the prison director, Anton Greb, had been suspended.\n',
      'b.md': '---\noutlet: Herald\n---\n\nReports in some media that Mr Greb had been suspended were "not true", the service said.\n',
    });
    const x = disputeIn(v, (c) => c.topic.includes('suspended'));
    assert.match(x.summary, /yes \([^)]*Wire\) vs not suspended \([^)]*Herald\)/, x.summary);
  });
});

describe('contradictions: what was used, what it was, and where it reached', () => {
  it('live ammunition used or not, a denial of it included; an escape attempt or a protest', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2026-03-04\n---\n\nColonel Ivo Sarn said his officers had not used live ammunition, only non-lethal weapons. The ministry described the riot as a planned escape attempt.\n',
      'b.md': '---\noutlet: Herald\ndate: 2026-03-04\n---\n\nA surgeon, Dr. Lena Obst, said three of the men had wounds caused by live ammunition. Relatives say the men were protesting against the cold, not trying to escape.\n',
      'c.md': '---\noutlet: Review\ndate: 2026-03-04\n---\n\nThe minister has denied that police used live ammunition.\n',
    });
    const live = disputeIn(v, (c) => c.topic === 'whether live ammunition was used');
    assert.ok(spans(live, ['b.md', 'wounds caused by live ammunition'], ['a.md', 'not used live ammunition']));
    assert.ok(live.sides.some((s) => s.file === 'c.md') && /none \([^)]*Review/.test(live.summary), live.summary);
    const escape = disputeIn(v, (c) => c.topic === 'whether it was an escape attempt');
    assert.ok(spans(escape, ['a.md', 'planned escape attempt'], ['b.md', 'not trying to escape']));
  });

  it('oil that reached a place against "not a drop", said that day or later; a denial before the first sighting is no clash', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2026-03-06\n---\n\n"Not a drop of oil has entered the Marl Lagoon," the minister said on Friday.\n',
      'b.md': '---\noutlet: Herald\ndate: 2026-03-05\n---\n\nScientists found fresh crude on the mudflats inside the lagoon on Thursday morning.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether it reached the lagoon');
    assert.ok(spans(x, ['b.md', 'inside the lagoon'], ['a.md', 'Not a drop of oil']));
    const before = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2026-03-03\n---\n\nNo oil has reached the Marl Lagoon, the coast guard said on Tuesday.\n',
      'b.md': '---\noutlet: Herald\ndate: 2026-03-06\n---\n\nOil reached the lagoon on Thursday, scientists said.\n',
    });
    assert.ok(!before.contradictions.some((c) => c.topic.startsWith('whether it reached')), listed(before));
  });
});

describe('contradictions: a ship aground', () => {
  it('radio warnings sent or none received, and the time it ran aground', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2026-03-04\n---\n\nThe port authority said its controllers warned the tanker twice by radio. The tanker struck Dunmore Reef at 02:40 on Tuesday, the coast guard said.\n',
      'b.md': '---\noutlet: Herald\ndate: 2026-03-04\n---\n\n"No warning of any kind was received on the bridge," the operator said. Tracking data show the tanker stopped dead on the reef at 01:20 on Tuesday.\n',
    });
    const warned = disputeIn(v, (c) => c.topic === 'whether a warning was given');
    assert.ok(spans(warned, ['a.md', 'warned the tanker twice'], ['b.md', 'No warning of any kind']));
    const time = disputeIn(v, (c) => c.topic === 'time of the grounding');
    assert.ok(spans(time, ['a.md', 'at 02:40'], ['b.md', 'at 01:20']));
  });
});

describe('contradictions: who gave the order', () => {
  it('two people each said to have ordered the operation; one person in both sources is no dispute', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\n---\n\nInterior Minister Ana Pell said she had personally ordered the raid on the compound.\n',
      'b.md': '---\noutlet: Herald\n---\n\nThe order to go in came from Governor Rita Moss, the police commander said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'who gave the order');
    assert.ok(spans(x, ['a.md', 'personally ordered the raid'], ['b.md', 'came from Governor Rita Moss']));
    assert.match(x.summary, /Ana Pell/);
    const same = analyse('', {
      'a.md': '---\noutlet: Wire\n---\n\nInterior Minister Ana Pell said she had personally ordered the raid on the compound.\n',
      'b.md': '---\noutlet: Herald\n---\n\nThe order for the raid came from Ana Pell, officials said.\n',
    });
    assert.ok(!same.contradictions.some((c) => c.topic === 'who gave the order'), listed(same));
  });
});

describe('contradictions: a toll that did not grow', () => {
  it('a later article that still gives the official figure beside a higher one disputes it, not updates it', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2026-03-03\n---\n\nThe ministry said seven inmates died in the operation.\n',
      'b.md': '---\noutlet: Review\ndate: 2026-03-06\n---\n\nThe official toll is seven inmates dead. The families have published the names of 16 inmates they say died.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'inmates killed');
    assert.ok(spans(x, ['a.md', 'seven inmates died'], ['b.md', '16 inmates']), listed(v));
    const rose = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2026-03-03\n---\n\nThe ministry said seven inmates died in the operation.\n',
      'b.md': '---\noutlet: Review\ndate: 2026-03-06\n---\n\nThe families have published the names of 16 inmates who died.\n',
    });
    assert.ok(!rose.contradictions.some((c) => c.topic === 'inmates killed' && !/later may supersede/.test(c.summary)), listed(rose));
  });
});

describe('contradictions: a police shooting', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-06-03\n---\n\nThe police said the car had been driven at the officer, who fired once in self-defence. Police sources said the driver had a criminal record. The police said both officers\' body cameras were recording. The sergeant has been charged with involuntary manslaughter, judicial sources said. Firefighters put out fires in 140 vehicles overnight.\n',
    'b.md': '---\noutlet: Crier\ndate: 2026-06-03\n---\n\nThe video shows the car pulling away when the officer opens fire. Three shots can be heard on it. The prosecutor said the boy had no criminal record. The inspectorate said the sergeant\'s camera had never been switched on. Prosecutor Lene Vik has charged him with murder. Fires were still burning on Fenwick Road at midnight, and 38 cars were set on fire.\n',
  });
  it('how the car moved, how many shots, a record, a camera and the charge', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether the car was driven at the officer'), ['a.md', 'driven at the officer'], ['b.md', 'pulling away']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'shots fired'), ['a.md', 'fired once'], ['b.md', 'Three shots']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether he had a criminal record'), ['a.md', 'had a criminal record'], ['b.md', 'no criminal record']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether the body camera was on'), ['a.md', 'were recording'], ['b.md', 'never been switched on']));
    const charge = disputeIn(v, (c) => c.topic === 'the charge');
    assert.match(charge.summary, /manslaughter .* vs murder|murder .* vs manslaughter/);
  });
  it('a riot\'s scattered fires are no fire said to be out and still burning', () => {
    assert.ok(!v.contradictions.some((c) => c.kind === 'status' && c.topic.startsWith('fire')), listed(v));
  });
});

describe('contradictions: a boat lost at sea', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-06-12\n---\n\nSurvivors said a patrol vessel tied a rope to the bow and tried to pull it. Survivors said a navy vessel had stopped their boat on Tuesday. The charity said its ship had been refused permission to help. The search and rescue operation was completed on Friday evening, the ministry announced. The monitoring group said it alerted the coast guard at 15:20 on Wednesday.\n\n[1] Harbour Post, "Dozens feared dead as boat capsizes on Friday," June 11, 2026\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-06-13\n---\n\nThe coast guard denied that any tow was attempted. The navy said it had no contact at all with the boat. The ministry said the ship was never refused permission to approach. On Saturday morning Demaris told reporters the search "has not been called off". The coast guard said the first request for help came at 22:40 on Wednesday.\n',
    'c.md': '---\noutlet: Mirror\ndate: 2026-06-11\n---\n\n07:40 The coast guard says 140 survivors have been brought ashore.\n\n10:15 Correction: our 07:40 update gave the number of survivors as 140. We got that wrong: the coast guard\'s figure is 104.\n',
  });
  it('a tow, a boat turned back, permission refused, the search over, and when the first call for help came', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether anyone tried to tow the boat'), ['a.md', 'tied a rope'], ['b.md', 'denied that any tow']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether the boat was turned back'), ['a.md', 'stopped their boat'], ['b.md', 'no contact at all']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether permission to help was refused'), ['a.md', 'refused permission'], ['b.md', 'never refused']));
    const search = disputeIn(v, (c) => c.kind === 'status' && c.topic.startsWith('search'));
    assert.ok(spans(search, ['a.md', 'was completed'], ['b.md', 'not been called off']));
    assert.match(search.summary, /still going on \(Demaris/);
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time of the call for help'), ['a.md', '15:20'], ['b.md', '22:40']));
  });
  it('a correction that gives the wrong figure without its noun, and a cited headline is no statement of the article', () => {
    const x = disputeIn(v, (c) => c.revision === true);
    assert.match(x.summary, /140 → 104/);
    assert.ok(!v.contradictions.some((c) => c.sides.some((s) => s.text.includes('Harbour Post'))), listed(v));
  });
});

describe('contradictions: what a page repeats or cites', () => {
  it('a headline given twice is one reading, and a cited headline in a source list none', () => {
    const v = analyse('', {
      'a.txt': 'Nine dead as soldiers storm prison wing\n\nNine dead as soldiers storm prison wing\n\nOfficials said nine people were killed in the operation.\n\nSources\n1. “Families say 30 dead after prison siege”, Harbour Post, 3 March 2026.\n',
      'b.txt': 'Families count the dead\n\nThe families say they have counted 16 dead.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'people killed');
    const headlines = x.sides.filter((s) => s.file === 'a.txt' && s.text.startsWith('Nine dead as soldiers'));
    assert.ok(headlines.length <= 1, JSON.stringify(x.sides));
    assert.ok(!x.sides.some((s) => s.text.includes('Harbour Post')), JSON.stringify(x.sides));
  });
});

describe('contradictions: an attempted coup', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-09-20\n---\n\nThe defence minister said the broadcaster had been retaken by loyal troops on Sunday. The first shots were fired at 02:15, she said. The government said President Anton Brel had remained inside the palace throughout the night. Rumours that the president had left the country are "a provocation and a lie", his office said. Dr Ilse Marr, head of surgery at Holy Cross Hospital, said her teams had received 38 wounded. The curfew has been lifted, and schools will reopen on Tuesday, the ministry said.\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-09-20\n---\n\nStaff said rebel soldiers were still holding the upper floors of the broadcaster\'s tower on Sunday night. Residents said the first shots rang out at about 23:40 on Saturday. Diplomats said the president had been flown out of the air base to Corissa before dawn. Hospitals in the capital had treated 96 wounded by Sunday evening, the health ministry said.\n',
    'c.txt': 'City Live\n\nCorrection. At 08:15 we reported that the interior ministry had lifted the curfew in the capital. That was wrong: the curfew remains in force.\n\n08:15\nThe interior ministry says the curfew in the capital has been lifted for good.\n',
  });
  it('a coup over or rebels still holding out, when the shooting began, whether the leader left the country', () => {
    assert.ok(spans(disputeIn(v, (c) => c.kind === 'status' && c.topic.startsWith('fighting')), ['a.md', 'had been retaken'], ['b.md', 'still holding']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time of the first shots'), ['a.md', '02:15'], ['b.md', '23:40']));
    const left = disputeIn(v, (c) => c.topic === 'whether the leader left the country');
    assert.ok(spans(left, ['b.md', 'flown out'], ['a.md', 'remained inside the palace']));
    assert.match(left.summary, /stayed \([^)]*Wire/);
  });
  it('one hospital\'s patients are a part of the wounded, and a report the outlet took back stands in no dispute', () => {
    assert.ok(!v.contradictions.some((c) => c.topic === 'people injured'), listed(v));
    assert.ok(!v.contradictions.some((c) => c.sides.some((s) => s.file === 'c.txt' && s.text.includes('lifted for good'))), listed(v));
  });
});

describe('contradictions: a hospital struck in a war', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-04-15\n---\n\nThe defence ministry said the hospital was hit by a Varkhonian cruise missile. Regional officials said the strike came at 2:40 a.m. The health ministry said the hospital was fully operating on the night of the strike. The governor said patients had been moved down to the shelter after the alert. "There were no soldiers in the hospital," the director said.\n',
    'b.md': '---\noutlet: Agency\ndate: 2026-04-15\n---\n\nSpokesman Gleb Korin said a Lutovian interceptor fell on the building. A security camera shows the blast at 01:52, investigators said. The building had not received civilian patients since February, Korin said. "Nobody had time to carry anyone down," a nurse said. Korin said the battalion had used the upper floors as a headquarters. Varkhonia denies responsibility and blames a Lutovian air-defence missile.\n',
  });
  it('whose weapon struck, when, whether fighters were based there, whether it was working, whether patients were sheltered', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whose weapon struck'), ['a.md', 'Varkhonian cruise missile'], ['b.md', 'Lutovian interceptor']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time of the explosion'), ['a.md', '2:40 a.m.'], ['b.md', '01:52']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether fighters were based in the building'), ['b.md', 'as a headquarters'], ['a.md', 'no soldiers in the hospital']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether it was still operating'), ['a.md', 'fully operating'], ['b.md', 'had not received civilian patients']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether people were moved to the shelter'), ['a.md', 'moved down to the shelter'], ['b.md', 'Nobody had time']));
  });
  it('a denial that goes on to blame another does not deny what it blames', () => {
    assert.ok(!v.contradictions.some((c) => c.summary.startsWith('Denied by') && c.sides.some((s) => s.text.includes('blames a Lutovian'))), listed(v));
  });
});

describe('contradictions: custody denied by "free" and "nobody came to arrest"', () => {
  it('a leader said detained against one said to be at home and free', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Daily\ndate: 2026-09-21\n---\n\nOpposition leader Katia Morel had been detained for questioning on Sunday evening, sources said.\n',
      'b.md': '---\noutlet: Site\ndate: 2026-09-21\n---\n\nOn Monday her party said Katia Morel is at home and free. Nobody has come to arrest Katia Morel, her lawyer said. The free trade zone is open.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'whether Katia Morel is held');
    assert.ok(spans(x, ['a.md', 'had been detained'], ['b.md', 'at home and free']));
  });
});

describe('contradictions: a bridge that fell and a poisoning', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-10-15\n---\n\nThe operator said its cameras showed 26 vehicles on the bridge when the span fell. Police said the span fell at 5:42 p.m. on Wednesday. The April 2025 inspection found no cracks in any pier, the operator said. Police said on Thursday that the director, Jan Wolny, had been taken into custody. The search operation on the river was concluded on Thursday evening, the ministry said. The hospital had run out of the antidote on Sunday night, a doctor said. The first patient arrived at 23:10 on Saturday, the hospital said. The shop owner has confessed during questioning, police said. The monopoly said it had sent a written warning about counterfeit spirits to the province.\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-10-16\n---\n\nPolice said more than 40 vehicles had been on the bridge at the time. The ministry said the bridge fell into the river on Wednesday at 17:58. "Our inspectors recorded cracks in the third pier in April 2025," the inspectorate said. Jan Wolny is not in custody, his lawyer said on Thursday. "The search goes on," the fire commander said on Friday. The hospital always had enough antidote for every patient, the minister said. The ministry said the first case was registered at 14:20 on Sunday. "My client has confessed to nothing," his lawyer said. "No warning of any kind reached my office," the governor said.\n',
  });
  it('vehicles on a bridge, when it fell, cracks found or not, a director held or sent home, a search over or not', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'vehicles on the bridge'), ['a.md', '26 vehicles'], ['b.md', 'more than 40 vehicles']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time of the failure'), ['a.md', '5:42 p.m.'], ['b.md', '17:58']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether cracks were found'), ['b.md', 'recorded cracks'], ['a.md', 'found no cracks']));
    assert.ok(v.contradictions.some((c) => spans(c, ['a.md', 'taken into custody'], ['b.md', 'not in custody'])), listed(v));
    assert.ok(spans(disputeIn(v, (c) => c.kind === 'status' && c.topic.startsWith('search')), ['a.md', 'was concluded'], ['b.md', 'search goes on']));
  });
  it('supplies run out, when the first patient came, a confession, a written warning', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether supplies ran out'), ['a.md', 'run out of the antidote'], ['b.md', 'always had enough']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time of the first case'), ['a.md', '23:10'], ['b.md', '14:20']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether the suspect confessed'), ['a.md', 'has confessed during'], ['b.md', 'confessed to nothing']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether a warning was given'), ['a.md', 'sent a written warning'], ['b.md', 'No warning of any kind']));
  });
});

describe('contradictions: a trawler held at sea and a failed lender', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-04-02\n---\n\nThe navy of Osmerra stopped the trawler Grey Petrel at dawn on Tuesday, inside Osmerran territorial waters, a navy spokesman said. A patrol boat fired warning shots before the boarding, the skipper told his company by radio. The navy said inspectors had found rifles and ammunition in the hold. Prosecutor Anka Drel said the skipper, Tomas Berle, had been charged with smuggling. Savers pulled 900 million florins out of Pelk Mutual over the weekend, the regulator said. Depositors will be repaid in full, the guarantee fund said. The chairman, Oskar Venn, left Osmerra on Sunday evening, two officials said. The run began on Friday afternoon, the regulator said.\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-04-03\n---\n\nThe owners say the Grey Petrel was in international waters, 30 miles out, when it was stopped. "No shots were fired," the navy spokesman said. There were no weapons on board, the owners said. His lawyer said he had been questioned, not charged. Withdrawals came to 2.4 billion florins, according to the administrator\'s report. "Savers will get back only 40% of their deposits," an opposition member said. Oskar Venn is in Tarsk and has not gone anywhere, his lawyer said. The run on Pelk Mutual began on Saturday morning, the minister said.\n',
  });
  it('whose waters, shots fired, weapons aboard, a skipper charged or not', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whose waters the ship was in'), ['a.md', 'Osmerran territorial waters'], ['b.md', 'in international waters']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether shots were fired'), ['a.md', 'fired warning shots'], ['b.md', 'No shots were fired']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether weapons were found'), ['a.md', 'found rifles'], ['b.md', 'no weapons on board']));
    // "He" in the lawyer's words is the one person the other passage names.
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether the suspect was charged'), ['a.md', 'had been charged'], ['b.md', 'not charged']));
  });
  it('money withdrawn, the share paid back, whether a chairman left, when a run began', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'florins withdrawn'), ['a.md', '900 million florins'], ['b.md', '2.4 billion florins']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'share paid back'), ['a.md', 'repaid in full'], ['b.md', 'only 40%']));
    assert.ok(spans(disputeIn(v, (c) => c.topic.startsWith('whether Oskar Venn left')), ['a.md', 'left Osmerra'], ['b.md', 'is in Tarsk']));
    assert.ok(spans(disputeIn(v, (c) => c.kind === 'temporal' && c.topic === 'when the run happened'), ['a.md', 'began on Friday'], ['b.md', 'began on Saturday']));
  });
  it('a daily limit on withdrawals is no sum withdrawn; being where one flew is no dispute; "calm" ends no closure', () => {
    const w = analyse('', {
      'a.md': 'Savers may withdraw up to 1,500 florins a day, the administrator said. The minister flew to Tarsk on Monday, his office said. The branches remain closed, the bank said.\n',
      'b.md': 'Savers can withdraw up to 2,000 florins a day from Thursday, the bank said. The minister was in Tarsk on Monday evening, the mayor said. The crowd outside was calm, police said.\n',
    });
    assert.deepEqual(listed(w), '');
  });
  it('consular officials who saw the crew against a consul turned away; asking for access is neither', () => {
    const c = analyse('', {
      'a.md': '---\noutlet: Wire\n---\n\nConsular officials from Tessary visited the crew on Friday and found them well, the foreign ministry said. Claims that diplomats had been kept away were untrue, it said.\n',
      'b.md': '---\noutlet: Herald\n---\n\nThe ambassador said her consul had gone to the port twice on Friday and had been turned away both times.\n',
      'c.md': '---\noutlet: Post\n---\n\nThe embassy said it had asked for consular access to the crew and was waiting for a reply.\n',
    });
    const x = disputeIn(c, (d) => d.topic === 'whether consular officials saw the detainees');
    assert.ok(spans(x, ['a.md', 'visited the crew'], ['b.md', 'turned away']));
    assert.ok(!x.sides.some((s) => s.file === 'c.md'));
  });
});

describe('contradictions: a blackout', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-07-16\n---\n\nThe energy ministry said about 3 million households lost power at the height of the blackout. A 220-kilovolt line near Orsk tripped at 21:12 on Monday, the grid company said. "We received no written warning from the regulator about that line," chief executive Ivo Marr said. "There was no cyber-attack. I would ask people to stay calm," the minister said.\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-07-17\n---\n\nFive million homes were left without electricity, the grid company said. The blackout began shortly after 10 p.m. on Monday, the ministry said. The regulator warned the grid company in writing in March that the line was overloaded. "This was a cyber-attack on our grid," an opposition MP said.\n',
    'c.md': '---\noutlet: Post\ndate: 2026-07-17\n---\n\nNearly 400,000 homes are still without power in the east, the grid company said. Power returned to the capital at 05:30, more than seven hours after the blackout began. "Nobody told us anything for forty minutes," a passenger said. The cyber agency said it was not ruling out a cyber-attack.\n',
  });
  it('homes cut off at the height, not those still dark; when the power went, by the clock and by "shortly after"', () => {
    const homes = disputeIn(v, (c) => c.topic === 'households without power');
    assert.ok(spans(homes, ['a.md', 'about 3 million households'], ['b.md', 'Five million homes']));
    assert.ok(!homes.sides.some((s) => s.file === 'c.md'));
    const time = disputeIn(v, (c) => c.topic === 'time of the outage');
    assert.ok(spans(time, ['a.md', 'tripped at 21:12'], ['b.md', 'shortly after 10 p.m.']));
    // 05:30 is when power came back, "after the blackout began": no time of its start.
    assert.ok(!time.sides.some((s) => s.file === 'c.md'), time.summary);
  });
  it('a warning in writing against "no written warning"; a cyber-attack or none; a wait for news is no warning denied', () => {
    const warning = disputeIn(v, (c) => c.topic === 'whether a warning was given');
    assert.ok(spans(warning, ['b.md', 'warned the grid company in writing'], ['a.md', 'no written warning']));
    assert.ok(!warning.sides.some((s) => s.file === 'c.md'));
    // The minister's denial stands though the quotation's next sentence says "would".
    const cyber = disputeIn(v, (c) => c.topic === 'whether it was a cyber-attack');
    assert.ok(spans(cyber, ['b.md', 'This was a cyber-attack'], ['a.md', 'There was no cyber-attack']));
    assert.ok(!cyber.sides.some((s) => s.file === 'c.md'));
    // A denial read against the warning's statements is not a second dispute beside it.
    assert.ok(!v.contradictions.some((c) => c.topic === 'denied claim'), listed(v));
  });
  it('a bare "figure of 86" or "number at 14 million" counts what the passage before it counted', () => {
    const w = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2026-09-21\n---\n\nThe interior minister said 214 soldiers had been arrested. The defence ministry stood by its own figure of 86.\n',
      'b.md': '---\noutlet: Herald\ndate: 2026-09-21\n---\n\nInterior Minister Ivo Tarn said 214 soldiers had been arrested.\n\nThe parade was cancelled. Its organisers gave a figure of 12,000 for the crowd expected.\n',
    });
    const x = disputeIn(w, (c) => c.topic === 'soldiers arrested');
    assert.ok(spans(x, ['a.md', 'its own figure of 86'], ['b.md', '214 soldiers']), JSON.stringify(x.sides.map((s) => s.text)));
    // A passage that counts nothing before it lends its unit to no bare number.
    assert.ok(!x.sides.some((s) => s.text.includes('12,000')), x.summary);
  });
  it('names the chief executive without the second word of his title', () => {
    assert.ok(v.actors.some((a) => a.name === 'Ivo Marr'), v.actors.map((a) => a.name).join(', '));
  });
});

describe('contradictions: an attack on a rally', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-10-11\n---\n\nThe surgeon said Mara Quell\'s condition was "critical" after a long operation. Police chief Ivo Tarn said the suspect, Pavel Osk, acted alone. Prosecutor Hana Lind said Osk had been charged with murder. A campaign spokesman said the party wrote to the police headquarters in Zhel on 2 October. The attack began at 17:48, the police said.\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-10-12\n---\n\nThe interior minister said Mara Quell was "stable and out of danger." Witnesses said a second man near the fountain fired the shots. "Nobody has charged him with anything," said Osk\'s lawyer, Emil Dorn. No such letter was received by the police, a police spokesman said. The attack took place at 17:31, according to the campaign\'s livestream.\n',
    'c.md': '---\noutlet: Post\ndate: 2026-10-12\n---\n\nA bodyguard was in a critical but stable condition, the hospital said. Critics of the government said the police were critical of the campaign\'s plans.\n',
  });
  it('a wounded person critical against stable; "critical but stable" is neither', () => {
    const x = disputeIn(v, (c) => c.topic === 'condition of the wounded');
    assert.ok(spans(x, ['a.md', '"critical"'], ['b.md', 'out of danger']));
    assert.ok(!x.sides.some((s) => s.file === 'c.md'));
  });
  it('an attacker who acted alone against a second man who fired; charged against "nobody has charged him"', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether the attacker acted alone'), ['a.md', 'acted alone'], ['b.md', 'a second man']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether the suspect was charged'), ['a.md', 'had been charged'], ['b.md', 'Nobody has charged him']));
  });
  it('one attack timed seventeen minutes apart', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time of the attack'), ['a.md', 'began at 17:48'], ['b.md', 'took place at 17:31']));
  });
  it('a letter written to the police against "no such letter was received"', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether a warning was given'), ['a.md', 'wrote to the police headquarters'], ['b.md', 'No such letter']));
  });
});

describe('contradictions: a general strike and a landslide', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-04-23\n---\n\nThe union confederation said 68 percent of the country\'s workers had stayed off the job. The union said its general secretary had been arrested and handcuffed. Labour Minister Ivo Renn said he had met union leaders for three hours on Wednesday. The police said clashes broke out at 13:05.\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-04-23\n---\n\nOnly 21% of the workforce took part in the strike, the ministry said. Dara Holm, the union\'s general secretary, was not arrested at any point, the interior ministry said. "There were no talks," Holm said. Clashes began at about 14:40, when water cannon moved in, reporters said.\n',
  });
  it('the share of workers on strike; an arrest denied; talks held or none; when clashes began', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'share of workers on strike'), ['a.md', '68 percent'], ['b.md', '21% of the workforce']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether he or she was arrested'), ['a.md', 'had been arrested'], ['b.md', 'was not arrested']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether talks were held'), ['a.md', 'met union leaders'], ['b.md', 'no talks']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time of the clashes'), ['a.md', '13:05'], ['b.md', '14:40']));
  });
  const w = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-07-23\n---\n\nThe disaster agency said 23 people had been confirmed dead. The agency said the slide struck at about 3:40 a.m. The governor said an evacuation order was issued on Monday afternoon. The agency called off the search at noon on Friday. The camp is 14 km down the valley.\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-07-23\n---\n\nThe district hospital said 31 bodies had been brought to its mortuary. A seismic station recorded the slope moving at 04:12. "Nobody told us to leave," a villager said. "We are still searching," a colonel said. More than 600 people had died in landslides in the province since January. The village lies a few kilometres down the valley.\n',
    'c.md': '---\noutlet: Post\ndate: 2026-07-23\n---\n\nRescuers had recovered 20 bodies by Thursday, the police said.\n',
  });
  it('bodies counted against a lower toll (a lower count of bodies is none), a yearly total apart; a slide timed to the minute; an evacuation order against "nobody told us"; a search over against one still going on', () => {
    const toll = disputeIn(w, (c) => c.topic === 'people killed');
    assert.ok(spans(toll, ['a.md', '23 people'], ['b.md', '31 bodies']));
    assert.ok(!toll.sides.some((s) => s.file === 'c.md' || s.text.includes('600')), toll.summary);
    assert.ok(spans(disputeIn(w, (c) => c.topic === 'time of the landslide'), ['a.md', '3:40'], ['b.md', '04:12']));
    assert.ok(spans(disputeIn(w, (c) => c.topic === 'whether a warning was given'), ['a.md', 'evacuation order was issued'], ['b.md', 'Nobody told us']));
    assert.ok(spans(disputeIn(w, (c) => c.kind === 'status' && /search/.test(c.topic)), ['a.md', 'called off the search'], ['b.md', 'still searching']));
    // "14 km down the valley" is a way along it, no depth.
    assert.ok(!w.contradictions.some((c) => c.topic === 'depth'), listed(w));
  });
});

describe('contradictions: the day a warning was issued', () => {
  it('a red warning issued on Sunday against "only on Monday evening"; a yellow one on Friday and a warning upgraded are apart', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2026-07-22\n---\n\nThe weather office said it had issued a red warning for the highlands on Sunday morning. It had issued a yellow warning on Friday, it said.\n',
      'b.md': '---\noutlet: Herald\ndate: 2026-07-23\n---\n\nThe governor told reporters that the red warning was issued only on Monday evening. The warning was upgraded to red on Saturday, one forecaster said.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'day the red warning was issued');
    assert.ok(spans(x, ['a.md', 'red warning'], ['b.md', 'only on Monday evening']), x.summary);
    assert.ok(!x.sides.some((s) => /yellow|upgraded/.test(s.text)), x.summary);
  });
});

describe('contradictions: a heatwave and an abduction', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-07-16\n---\n\nThe agency said its station at Orsk airfield, 60 km north of Tarn, had reached 47.3C, a new national record. The previous record, 45.4C, was measured at Orsk in 2019. Residents said their taps had run dry every night since Tuesday. The red alert had not been raised to red until Wednesday morning, the MP said. Troops rescued the students after a fierce exchange of fire, the army said. The union said a physics teacher, Ivo Brell, was shot dead. The agency said 17 people were found dead in their homes. A correction: the agency\'s figure is seven.\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-07-17\n---\n\nThe highest validated temperature at Orsk on Tuesday was 46.1C, the institute said. Tarn\'s own station peaked at 44.8C. The water company said supply had never been cut. The red heat alert was issued at noon on Monday, the ministry said. "They were released. Nobody fired a gun," a freed student said. No member of staff was killed in the attack, the police said. The police said no teacher had been killed.\n',
  });
  it('the highest temperature at one place (not a record of another year, not another place\'s); water cut or never cut; the day a red alert was raised', () => {
    const t = disputeIn(v, (c) => c.topic === 'highest temperature');
    assert.ok(spans(t, ['a.md', '47.3C'], ['b.md', '46.1C']), t.summary);
    assert.ok(!t.sides.some((s) => /45\.4C|44\.8C/.test(s.text)), t.summary);
    assert.equal(v.contradictions.filter((c) => c.topic === 'highest temperature').length, 1, listed(v));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether water was cut off'), ['a.md', 'taps had run dry'], ['b.md', 'never been cut']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'day the red warning was issued'), ['a.md', 'until Wednesday morning'], ['b.md', 'noon on Monday']));
  });
  it('captives rescued by troops against released with no shot fired; a teacher killed against no teacher and no staff, as one dispute', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether the captives were rescued or released'), ['a.md', 'Troops rescued'], ['b.md', 'They were released']));
    const x = disputeIn(v, (c) => c.topic === 'whether a member of staff was killed');
    assert.ok(spans(x, ['a.md', 'was shot dead'], ['b.md', 'No member of staff']), x.summary);
    assert.ok(x.sides.some((s) => s.text.includes('no teacher')), x.summary);
    assert.ok(!v.contradictions.some((c) => c.topic === 'whether a teacher was killed'), listed(v));
  });
});

describe('contradictions: a broken truce and a hospital fire', () => {
  const v = analyse('', {
    'a.md': '---\noutlet: Wire\ndate: 2026-04-20\n---\n\nThe mission said its monitors were stopped at an army checkpoint on the bridge and were not allowed into Kafra. The army said the militia had used drones to strike the pumping station. Residents said shells began falling at about 5:20 a.m. The relief office said about 30,000 people had fled Kafra. The army put the number who had left Kafra at 12,000. The fire service said its first engine reached the hospital at 2:21 a.m. The hospital said it had asked the ministry in writing for a new fire alarm. The minister said she had suspended Branko Vell pending an inquiry. The wire was unable to establish which side fired first.\n',
    'b.md': '---\noutlet: Herald\ndate: 2026-04-21\n---\n\nThe army said the monitors had been given full access. The militia spokesman said the force possessed no drones. The army said the first shells fell at 6:45 a.m. In all, 12,000 citizens left Kafra, the army said. Nurses said the first fire engine did not arrive until 2:48 a.m. The ministry said it had never received a written request for repairs. "Dr Vell remains the director of this hospital," his deputy said. Figures of more than forty dead circulated by the doctors were "inflated", an official said. The government put the death toll at 19.\n',
  });
  it('monitors kept out against full access; when the shelling began; people who left a place', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether observers were let in'), ['a.md', 'not allowed into Kafra'], ['b.md', 'given full access']));
    // Drones said used and none owned name no party each: no dispute is made of them.
    assert.ok(!v.contradictions.some((c) => /drones/.test(c.topic)), listed(v));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time of the shelling'), ['a.md', '5:20 a.m.'], ['b.md', '6:45 a.m.']));
    const fled = disputeIn(v, (c) => c.topic === 'people displaced');
    assert.ok(spans(fled, ['a.md', 'about 30,000'], ['b.md', '12,000 citizens left']), fled.summary);
  });
  it('when the first engine arrived; a request in writing against none received; a director suspended against "remains the director"; a toll called inflated and "which side fired first" unknown are no readings', () => {
    assert.ok(spans(disputeIn(v, (c) => c.topic === "time of the rescuers' arrival"), ['a.md', '2:21 a.m.'], ['b.md', '2:48 a.m.']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether a warning was given'), ['a.md', 'in writing'], ['b.md', 'never received a written request']));
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether an official was suspended'), ['a.md', 'had suspended'], ['b.md', 'remains the director']));
    assert.ok(!v.contradictions.some((c) => c.topic === 'people killed'), listed(v));
    assert.ok(!v.contradictions.some((c) => c.topic === 'who fired first'), listed(v));
  });
});

describe('contradictions: look-alikes of the newer rules are no disputes', () => {
  const none = (a: string, b: string, topic: RegExp) => {
    const v = twoArticles(a, b, '2026-05-04');
    assert.ok(!v.contradictions.some((c) => topic.test(c.topic)), listed(v));
  };
  it('a bare "figure" after a passage that counted two things; a toll beside a report called false', () => {
    none('The blast killed 12 people and injured 40 others. The ministry put the figure at 15.', 'The blast killed 12 people, the police said.', /killed|injured/);
    none('Forty people were killed, and the army said reports of a massacre were false.', 'Forty people were killed, the governor said.', /killed/);
  });
  it('a pupil killed against no teacher killed; a speaker who is one of a kind; a bystander shot is no second attacker', () => {
    none('The teachers\' union said a pupil was killed.', 'No teacher was killed, the police said.', /was killed/);
    none('A police officer said the gunman was shot dead by guards.', 'No officers were killed, the police said.', /was killed/);
    none('The police chief said the attacker acted alone.', 'A second man, a bystander, was shot in the leg, witnesses said.', /acted alone/);
  });
  it('students released to their families after a rescue; diplomats meeting a minister; a situation and a building', () => {
    none('Troops rescued the 20 students after a gunfight, the army said.', 'The students were released to their families after medical checks, the hospital said.', /rescued or released/);
    none('Western diplomats met the foreign minister to press for access to the crew.', 'Consular officials have been denied access to the crew, the embassy said.', /consular/);
    none('The governor said the situation at the hospital remains critical.', 'The engineer said the building is stable.', /condition/);
  });
  it('a police warning and a weather warning; nurses and the whole workforce; a difference of degrees; floods that left people stranded; fresh fighting', () => {
    none('The weather service issued a warning on Friday.', 'Police issued a warning on Sunday about looting.', /warning was issued/);
    none('90 percent of nurses joined the strike, their union said.', 'About 30 percent of the country\'s workers took part in the strike, the ministry said.', /on strike/);
    none('The city station peaked at 44.1C, 6C above the seasonal average.', 'The city station peaked at 44.1C on Tuesday, the weather office said.', /temperature/);
    none('The floods left 5,000 residents stranded and knocked out power.', 'The storm left 200,000 residents without electricity, the grid company said.', /without power/);
    none('Residents said fighting broke out at 5:20 a.m.', 'Fresh fighting erupted at 1:10 p.m., the army said.', /time of the/);
  });
  it('a fire said to start "shortly after 11:50 p.m." and one at 12:05 a.m. are one moment across midnight', () => {
    none('The fire broke out shortly after 11:50 p.m. on Friday, the fire service said.', 'The fire broke out at 12:05 a.m. on Saturday, residents said.', /time of the fire/);
  });
});

describe('contradictions: who is to blame', () => {
  it('sources that blame different bodies, named or as nouns; a noun and a name are not compared', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\n---\n\nThe minister said the responsibility lies with the contractor that renovated the bridge.\n',
      'b.md': '---\noutlet: Herald\n---\n\nThe drivers\' association said the blame lay with the operator rather than the builder.\n',
    });
    const x = disputeIn(v, (c) => c.topic === 'who is blamed');
    assert.ok(spans(x, ['a.md', 'lies with the contractor'], ['b.md', 'lay with the operator']));
    const same = analyse('', {
      'a.md': '---\noutlet: Wire\n---\n\nThe port authority blamed the captain for the grounding.\n',
      'b.md': '---\noutlet: Herald\n---\n\nThe port authority blamed the ship\'s master, Ivo Brandt, for the accident.\n',
    });
    assert.ok(!same.contradictions.some((c) => c.topic === 'who is blamed'), listed(same));
  });
});

describe('contradictions: dose rates, rewards, columns, exposures and crowds', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-10-18');
  it('a dose rate at a plant\'s fence, in any of its units, against another reading there', () => {
    const v = two('The operator said the highest reading at the perimeter fence was 0.31 microsieverts per hour.', 'An environmental group said its volunteer measured 2.6 microsieverts per hour at the northern fence.');
    const x = disputeIn(v, (c) => c.kind === 'numeric' && /dose rate at the fence/.test(c.topic));
    assert.ok(spans(x, ['a.md', '0.31'], ['b.md', '2.6']));
    // The same reading in nanosieverts agrees; a reading in the town is another place's.
    const same = two('The operator said the highest reading at the perimeter fence was 0.31 microsieverts per hour.', 'The highest level recorded at the plant fence was 310 nanosieverts per hour, the operator said.');
    assert.ok(!same.contradictions.some((c) => /dose rate/.test(c.topic)), listed(same));
    const town = two('The operator said the highest reading at the perimeter fence was 0.31 microsieverts per hour.', 'Readings in the town reached 0.12 microsieverts per hour, the mayor said.');
    assert.ok(!town.contradictions.some((c) => /dose rate/.test(c.topic)), listed(town));
  });
  it('a reward offered, the workers exposed and the height of an ash column', () => {
    disputeIn(two('The minister announced a reward of 250,000 talars for information.', 'The government has offered a reward of 500,000 talars, the paper said.'), (c) => c.topic === 'reward offered');
    disputeIn(two('The operator said four workers had been exposed.', 'The union said 11 workers had been exposed.'), (c) => c.topic === 'people exposed' || c.topic === 'workers exposed');
    // Doses above a limit are a part of those exposed.
    const part = two('The operator said four workers had received doses above the daily limit.', 'The union said 11 workers had been exposed.');
    assert.ok(!part.contradictions.some((c) => /exposed|dosed/.test(c.topic)), listed(part));
    disputeIn(two('The observatory said the ash column reached 12 km.', 'Satellite images showed the ash column had reached 18 km, the advisory centre said.'), (c) => c.topic === 'height of the column');
    // 18 km and 59,000 feet are one height.
    const feet = two('The observatory said the ash column reached 18 km.', 'Pilots said the ash column rose to about 59,000 feet.');
    assert.ok(!feet.contradictions.some((c) => c.topic === 'height of the column'), listed(feet));
  });
  it('people who left an evacuation zone are counted as evacuated', () => {
    disputeIn(two('The agency said 41,000 people have left the evacuation zone since Saturday.', 'The governor said only 27,000 people had been evacuated.'), (c) => c.kind === 'numeric' && /evacuated/.test(c.topic));
  });
  it('a vigil\'s crowd and a march\'s are two crowds, however many came', () => {
    const v = two('About 600 people gathered for a vigil outside the newspaper\'s offices on Monday.', 'More than 8,000 people marched through the city on Tuesday evening.');
    assert.ok(!v.contradictions.some((c) => /attended/.test(c.topic)), listed(v));
    disputeIn(two('The union said 230,000 people marched in the capital.', 'Police estimated the crowd at 45,000.'), (c) => /attended/.test(c.topic));
  });
  it('a day after "until" dates the telling, not the leak', () => {
    const v = two('The leak began at about 2:50 a.m. on Saturday, the operator said.', 'The neighbouring agency says it was not told about Saturday\'s leak until Sunday morning, more than 24 hours after it began.');
    assert.ok(!v.contradictions.some((c) => c.kind === 'temporal'), listed(v));
  });
});

describe('contradictions: orders, papers, hours and shelters', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-04-17');
  it('an order to stay indoors against "no shelter order was issued"', () => {
    disputeIn(two('Governor Ana Tess has ordered the people of Dorlany to stay indoors.', 'No shelter order was issued at any point, the ministry said.'), (c) => c.topic === 'whether an order was issued');
    // Advice is no order.
    const advice = two('The mayor urged residents to stay indoors.', 'No evacuation order had been issued, the ministry said.');
    assert.ok(!advice.contradictions.length, listed(advice));
  });
  it('a licence a minister suspended against a company that says it is valid', () => {
    disputeIn(two('The minister said she had suspended Dalmir Express\'s operating licence.', '"Our licence is valid," the company\'s director said.'), (c) => /licen/.test(c.topic) || /licen/i.test(c.summary));
  });
  it('a driver over the legal limit of hours against one within his hours, and not a dose over a limit', () => {
    disputeIn(two('The union said the driver had been on duty for 19 hours, well over the legal limit of 13.', 'The company said the driver had rested for 11 hours and was within his hours.'), (c) => c.topic === 'whether the driver exceeded the hours allowed');
    const dose = two('Four workers received doses above the daily limit during their shift, the operator said.', 'The plant said all its workers stayed within the limits during the 12 hours of repairs.');
    assert.ok(!dose.contradictions.some((c) => c.topic === 'whether the driver exceeded the hours allowed'), listed(dose));
  });
  it('people in shelters are not all who were evacuated', () => {
    const v = two('The agency says 9,600 people are in evacuation shelters across the island.', 'The agency said 41,000 people had been evacuated.');
    assert.ok(!v.contradictions.some((c) => c.kind === 'numeric'), listed(v));
  });
  it('a count given after an aside ("its own count, from village heads, is about 27,000")', () => {
    disputeIn(two('The agency says 41,000 people have left the evacuation zone since Saturday night.', 'The agency says 41,000 people have left the evacuation zone. The governor\'s office says its own count, from village heads and shelters, is about 27,000.'), (c) => /evacuated/.test(c.topic));
  });
});

describe('contradictions: alert levels, requests for protection and shutdowns', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-03-09', '2026-03-10');
  it('the day an alert was raised to a level, however the level is written', () => {
    disputeIn(two('The observatory said it raised its alert level to 3 on Thursday, March 5.', 'The paper said the observatory had waited to raise Karetu\'s alert level to 3 on Saturday evening.'), (c) => c.topic === 'day the level 3 warning was issued');
  });
  it('a request for protection against "never asked" and "no request from her"', () => {
    disputeIn(two('Her editor said she had asked the police in writing for protection in February.', '"She never asked the police for protection," the minister said. "There is no request from her."'), (c) => c.topic === 'whether protection was requested');
    const other = two('The witness asked for protection, the court said.', 'The court said no request for a delay was made.');
    assert.ok(other.contradictions.length === 0 || !other.contradictions.some((c) => c.topic === 'whether protection was requested' && c.sides.some((s) => s.text.includes('delay'))), listed(other));
  });
  it('the time a reactor shut down', () => {
    disputeIn(two('The operator said the reactor shut down automatically at 3:05 a.m.', 'The union said engineers only shut it down by hand at 9:40 a.m.'), (c) => /shutdown/.test(c.topic));
  });
});

describe('contradictions: counts that are parts, denials, vague or of another set', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-11-13');
  const none = (a: string, b: string) => {
    const v = two(a, b);
    assert.ok(!v.contradictions.some((c) => c.kind === 'numeric'), listed(v));
  };
  it('"not one hostage died by a police bullet" is no count of one', () => none('"Not one hostage died by a police bullet," the spokesman said.', 'The ministry said 17 hostages were killed.'));
  it('a toll that includes the attackers is another count than the hostages killed', () => none('The ministry said 23 people died in the attack, including the six gunmen.', 'The hospital said 24 hostages were killed.'));
  it('"a wedding guest who was freed" and "several hostages were killed" say some, not how many', () => {
    none('"They came at dawn," said a wedding guest who was freed in the assault.', 'The commandos freed more than a hundred hostages, the ministry said.');
    none('Survivors said several hostages were killed when the commandos opened fire.', 'The ministry said 17 hostages were killed.');
  });
  it('"one injured guard was treated and released" is a part of the injured', () => none('One injured guard was treated at the hospital and released.', 'Four guards were injured, the minister said.'));
  it('a bare figure after a count in its own passage names that count', () => {
    const v = two('About 3,000 people were evacuated overnight. City Hall says 4,200 homes were damaged; the agency puts the figure at about 1,800.', 'More than 2,800 residents were evacuated overnight.');
    assert.ok(!v.contradictions.some((c) => /evacuated/.test(c.topic)), listed(v));
  });
  it('"the collapsed roof on Friday" dates no collapse', () => {
    const v = two('The building collapsed on Wednesday morning, the fire service said.', 'Rescuers stood on the collapsed roof of the building on Friday.');
    assert.ok(!v.contradictions.some((c) => c.kind === 'temporal'), listed(v));
  });
});

describe('contradictions: sieges, floods, collapses and border shootings', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-09-14');
  const found = (a: string, b: string, topic: RegExp) => disputeIn(two(a, b), (c) => topic.test(c.topic));
  it('demands, an investigation opened, live rounds denied', () => {
    found('The group said the gunmen had demanded the release of 40 prisoners.', 'The minister said the gunmen made no demands of any kind.', /made demands/);
    found('The minister said the military prosecutor had opened an investigation on Sunday.', 'The prosecutor\'s office said no criminal case had been registered.', /investigation was opened/);
    found('The commander said no guard had fired a live round at any person.', 'Doctors said four of the wounded had gunshot wounds it said were caused by live rounds.', /live ammunition/);
  });
  it('a warning not received until a later day, a river over its banks, a building that came down', () => {
    found('The weather service said it had issued a red warning at 4 p.m. on Sunday.', 'The mayor said the city received no red warning until 5:40 a.m. on Monday.', /red warning was issued/);
    found('Residents said the river came over the embankment at about 3:45 a.m.', 'The agency said the river broke its banks at 5:20 a.m.', /failure|time/);
    found('The fire service said the building came down at 9:02 a.m.', 'The minister said the building fell at about 9:40 a.m.', /failure|time/);
  });
  it('workers in a building, the attackers, rain that fell, an owner not found', () => {
    found('The union said 2,614 workers had clocked in on Wednesday.', 'The association said about 1,400 workers were in the building when it fell.', /in the building/);
    found('The ministry said there were six gunmen.', 'A survivor said he counted eight armed men in the ballroom.', /number of attackers/);
    found('The weather service said 142 millimetres of rain fell on the city overnight.', 'More than 230 millimetres of rain fell on the city overnight, the minister said.', /rainfall/);
    found('The minister said the owner, Rashid Khalqani, was in police custody.', 'Police said Rashid Khalqani had still not been found.', /custody|held/);
  });
});

describe('contradictions: stones, pushbacks and cracks', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-11-08');
  const found = (a: string, b: string, topic: RegExp) => disputeIn(two(a, b), (c) => topic.test(c.topic));
  it('stones thrown, people pushed back, cracks that appeared', () => {
    found('The minister said the guards were attacked with stones and iron bars.', '"Nobody threw a stone," a survivor said.', /stones were thrown/);
    found('The agency said 11 survivors were forced back across the river by guards.', 'The ministry said no one had been pushed back.', /pushed back/);
    found('Survivors said workers were sent home after cracks appeared in the pillars.', '"There were no cracks," the owner\'s lawyer said.', /cracks were found/);
  });
  it('stones no one threw at anyone, and people sent back to work, are no such disputes', () => {
    const v = two('Protesters threw stones at the police on Friday.', 'Nobody threw a stone at the march on Saturday, organisers said, and no one was sent back home.');
    assert.ok(!v.contradictions.some((c) => /pushed back/.test(c.topic)), listed(v));
  });
});

describe('contradictions: warnings for two regions are two warnings', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-09-14');
  it('keeps apart red warnings for two regions, and compares two days given for one', () => {
    const apart = two('The weather service issued a red warning for Orlava Region on Sunday.', 'The weather service issued a red warning for Tesk Province on Monday.');
    assert.ok(!apart.contradictions.some((c) => /red warning/.test(c.topic)), listed(apart));
    disputeIn(two('The weather service issued a red warning for Orlava Region on Sunday.', 'The red warning for Orlava Region was issued on Monday, the mayor said.'), (c) => /red warning/.test(c.topic));
  });
});

describe('contradictions: burns, overturned vehicles and recalls', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-04-16');
  const found = (a: string, b: string, topic: RegExp) => disputeIn(two(a, b), (c) => topic.test(c.topic));
  it('people treated for burns, a tanker that overturned, the day a batch was recalled', () => {
    found('The ministry said 87 people were being treated for burns.', 'The two hospitals said they had treated 132 people for burns.', /burned/);
    // The burned are a part of the injured.
    const part = two('The police said 40 people were injured.', 'The hospital said 12 people were being treated for burns.');
    assert.ok(!part.contradictions.some((c) => c.kind === 'numeric'), listed(part));
    found('The agency said the tanker overturned at 5:40 a.m.', 'Villagers said the crash came just after 4 a.m.', /accident/);
    found('The agency said it recalled batch MR-2417 on Monday evening.', 'The paper said the agency recalled batch MR-2417 only on Wednesday.', /day the recall was issued/);
    // A recall on Monday and its notice reaching clinics on Wednesday can both be true.
    const notice = two('The agency said it recalled batch MR-2417 on Monday evening.', 'Clinics received the recall notice only on Wednesday morning, the MP said.');
    assert.ok(!notice.contradictions.some((c) => /recall/.test(c.topic)), listed(notice));
  });
  it('"the overturned tanker" at a later time is no time of the crash, and "its first engine reached" still is a time', () => {
    const v = two('The agency said the tanker overturned at 5:40 a.m.', 'Police reached the scene shortly after 06:00 and cordoned off the overturned tanker.');
    assert.ok(!v.contradictions.some((c) => c.kind === 'temporal'), listed(v));
    found('The fire service said its first engine reached the hospital at 2:21 a.m.', 'Nurses said the first engine did not arrive until 2:48 a.m.', /arrival/);
  });
});

describe('contradictions: hunger strikes and falls', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-03-17');
  const found = (a: string, b: string, topic: RegExp) => disputeIn(two(a, b), (c) => topic.test(c.topic));
  it('days without food, weight lost, force-feeding, and the height of a fall', () => {
    found('His lawyer said he had refused food for 63 days.', 'The prison service said he had refused food for 41 days.', /days without food/);
    found('His lawyer said he had lost 24 kilograms.', 'The prison doctor recorded a loss of 11 kilograms.', /weight lost/);
    found('His lawyer said he had been force-fed through a nasal tube.', 'The prison service said he was never force-fed.', /force-fed/);
    found('The board said the cabin fell about 40 metres.', 'The company said the cabin had fallen about 25 metres.', /height of the fall/);
  });
  it('a fall given in feet and in metres is one height, and days of a trial are no hunger strike', () => {
    const feet = two('The board said the cabin fell about 40 metres.', 'The company said the cabin fell about 130 feet.');
    assert.ok(!feet.contradictions.some((c) => /height of the fall/.test(c.topic)), listed(feet));
    const trial = two('During his hunger strike the trial lasted for 12 days.', 'During his hunger strike the trial lasted for 20 days.');
    assert.ok(!trial.contradictions.some((c) => /without food/.test(c.topic)), listed(trial));
  });
});

describe('contradictions: look-alikes of this release\'s rules are no disputes', () => {
  const two = (a: string, b: string, da = '2026-03-05', db = da) => twoArticles(a, b, da, db);
  const none = (a: string, b: string, topic: RegExp, da?: string, db?: string) => {
    const v = two(a, b, da, db);
    assert.ok(!v.contradictions.some((c) => topic.test(c.topic) || topic.test(c.summary)), listed(v));
  };
  it('running totals, another day\'s rain, people still in shelters', () => {
    none('His lawyer said he had refused food for 40 days.', 'His lawyer said he had refused food for 52 days.', /without food/, '2026-03-05', '2026-03-17');
    none('About 19,600 people are in evacuation shelters, the agency said.', 'Some 4,000 people were still in shelters on Friday.', /shelters/);
    none('The weather service said 142 millimetres of rain fell on Sunday.', 'Another 90 millimetres of rain fell on Monday, the weather service said.', /rainfall/);
    none('The city normally receives about 40 millimetres of rain in October.', 'The weather service said 300 millimetres of rain fell overnight.', /rainfall/);
  });
  it('parts of a count: contaminated workers, two gunmen who entered, people still inside', () => {
    none('Eleven workers were exposed to radiation, the union said.', 'Two workers were contaminated, the operator said.', /exposed/);
    none('The ministry said there were six gunmen.', 'Two gunmen entered through the kitchen door, a survivor said.', /attackers/);
    none('Three people were inside the car, police said.', 'Two people had been inside the shop, the owner said.', /building/);
  });
  it('a river that fell, heights from two places, two offerers, a case against one person', () => {
    none('The river had fallen 2 metres from its peak by Friday.', 'The river dropped 1 metre overnight, the agency said.', /fall/);
    none('The board said the cabin fell about 40 metres.', 'A second cabin dropped 5 metres before its brake held.', /fall/);
    none('The ash column rose 3 km above the crater, the observatory said.', 'The ash column reached a height of 11 km above sea level, the advisory centre said.', /column/);
    none('Police offered a reward of 10,000 dollars for information.', 'The family has offered a reward of 50,000 dollars.', /reward/);
    none('Prosecutors have opened an investigation into the cause of the crash.', 'No criminal case has been opened against the driver, his lawyer said.', /investigation/);
    none('On Monday the office said no case had yet been opened.', 'The office has opened an investigation, it said on Wednesday.', /investigation/, '2026-03-02', '2026-03-04');
  });
  it('no extradition request, detained within hours, no new cracks, a court that allowed force-feeding', () => {
    none('Her editor said she had asked the police for protection.', 'Prosecutors said no request had been made to extradite the suspect.', /protection/);
    none('The union said the driver had been on duty for 19 hours, over the legal limit.', 'The man driving the bus was detained within hours, police said.', /hours/);
    none('Engineers said cracks appeared in the pillars on Tuesday.', 'Engineers said no new cracks had appeared in the pillars since Tuesday.', /cracks/);
    none('His lawyer said he had never been force-fed.', 'A court authorised doctors to have him force-fed if his life was in danger.', /force-fed/);
  });
  it('"not been found guilty" is no one at large; a recall and a pipeline are other moments', () => {
    none('Police said Marko Ilic was in custody.', 'Marko Ilic has not been found guilty of any crime, his lawyer said.', /custody|held/);
    none('The operator said the reactor shut itself down at 03:05.', 'The company said the pipeline was shut down at 09:40.', /shutdown/);
  });
  it('a figure organisers gave at a rally, and a weekly total, name no earlier count', () => {
    none('Police arrested 40 people at the rally, for which organisers gave a figure of 30,000.', 'Police said 40 people were arrested at the rally.', /arrested/);
    none('Six people were killed in the attack. The weekly total, officials said, is 14.', 'Six people were killed in the attack, the police said.', /killed/);
  });
  it('an earlier event named by its year; a speaker named in a list of the dead is no speaker', () => {
    none('It was the deadliest attack since the 2019 bombing of the bus station, which killed nine people.', 'Thirty people were killed in the attack, the mayor said.', /killed/);
    const c = analyse('', { 'a.md': 'Among the dead was a teacher, Ana Kos, said the mayor, Ivan Petrov.\n' }).claims[0];
    assert.notEqual(c?.speakerText, 'Ana Kos');
  });
});

describe('actors: look-alikes of this release\'s linking rules stay apart', () => {
  it('"the Congo" is no river, "Washington State" no city, David Lee no David Li', async () => {
    const { linkActors } = await import('../../src/engine/actors/index');
    const m = (file: string, start: number, text: string, type: 'person' | 'place' | 'organization') => ({ file, start, end: start + text.length, text, type });
    const text = 'Boats on the Congo River. Troops in the Congo. Aid reached the Congo.';
    const ms = [[m('a.md', text.indexOf('Congo River'), 'Congo River', 'place'), m('a.md', text.indexOf('Congo.'), 'Congo', 'place'), m('a.md', text.lastIndexOf('Congo'), 'Congo', 'place')]];
    assert.equal(linkActors(ms, () => text).length, 2);
    assert.equal(linkActors([[m('a.md', 0, 'Washington State', 'place')], [m('b.md', 0, 'Washington', 'place')]]).length, 2);
    assert.equal(linkActors([[m('a.md', 0, 'David Lee', 'person')], [m('b.md', 0, 'David Li', 'person')]]).length, 2);
  });
});

describe('contradictions: the buried, searches going on, people moved out, a quotation broken by its cue', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-03-05');
  const none = (a: string, b: string, topic: RegExp) => {
    const v = two(a, b);
    assert.ok(!v.contradictions.some((c) => topic.test(c.topic) || topic.test(c.summary)), listed(v));
  };
  it('sets the skiers buried by a slide against another count of them', () => {
    const v = two('The resort said nine skiers were buried on the Lenz run.', 'The rescue service said 14 skiers had been buried by the snow.');
    assert.ok(spans(disputeIn(v, (c) => /buried/.test(c.topic)), ['a.md', 'nine skiers'], ['b.md', '14 skiers']));
  });
  it('does not set the buried at a funeral against the dead', () => {
    none('Twelve of the victims were buried on Sunday in the village cemetery.', 'Officials said 30 people were killed in the blast.', /killed|buried/);
  });
  it('sets a search said to go on against one said to be over', () => {
    const v = two('Rescuers said two people were still missing and that the search was continuing.', 'The minister said on Sunday that the search was over and everyone had been accounted for.');
    disputeIn(v, (c) => c.kind === 'status' && /search/.test(c.topic));
  });
  it('counts people moved out of a zone as evacuated', () => {
    const v = two('The governor said 12,000 residents had been evacuated.', 'The ministry said 6,500 people had been moved out of the zone.');
    assert.ok(spans(disputeIn(v, (c) => /evacuated/.test(c.topic)), ['a.md', '12,000'], ['b.md', '6,500']));
    none('The company said 200 staff moved out of the old offices in May.', 'The ministry said 6,500 people had been evacuated.', /evacuated/);
  });
  it('shows a quotation broken by its cue whole, where another outlet credits its second part to someone else', () => {
    const v = two(
      '"This was no war, it was a vendetta," Interior Minister Arkadiy Velesov said. "They came for a funeral and they will get a trial."',
      '"They came for a funeral and they will get a trial," Governor Ruslan Khadzhiev told residents.',
    );
    const x = disputeIn(v, (c) => c.kind === 'attribution');
    assert.ok(x.sides.some((s) => s.file === 'a.md' && s.text.includes('vendetta') && s.text.includes('get a trial')), JSON.stringify(x.sides));
  });
});

describe('contradictions: counts of people by nation, and those freed in a prisoner exchange', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-04-16');
  it('keeps each nation\'s count apart where the coverage counts two nations', () => {
    const v = two(
      'The prisoner exchange went ahead on Thursday. The centre said 103 Talvessans had come home and that Talvessa had handed over 97 Zemlyrian prisoners.',
      'The prisoner exchange was completed, the ministry said. It said 118 Talvessans were handed over in exchange for 118 Zemlyrian servicemen.',
    );
    const t = disputeIn(v, (c) => c.topic === 'Talvessans freed in the exchange');
    assert.equal(t.summary, 'Talvessans freed in the exchange: 103 (The centre, Wire) vs 118 (Herald)');
    const z = disputeIn(v, (c) => c.topic === 'Zemlyrians freed in the exchange');
    assert.equal(z.summary, 'Zemlyrians freed in the exchange: 97 (The centre, Wire) vs 118 (Herald)');
    assert.equal(v.contradictions.filter((c) => c.kind === 'numeric').length, 2, listed(v));
  });
  it('does not count a part on the way, the deal\'s terms or those who stayed behind as those freed', () => {
    const v = two(
      'In the prisoner exchange, groups of about 20 prisoners walked across in each direction. So far 41 Talvessan prisoners have crossed the bridge. The deal covered 150 people on each side. Six more stayed behind.',
      'The prisoner swap is over: 103 Talvessans crossed the bridge, the centre said, and 97 Zemlyrians went home.',
    );
    assert.ok(!v.contradictions.some((c) => /freed in the exchange/.test(c.topic)), listed(v));
  });
  it('counts one nation named alone with the rest, and "came home" counts no one outside an exchange', () => {
    const v = two('The blast killed 12 people, including three Britons.', 'Fourteen people were killed in the blast, the police said.');
    const k = disputeIn(v, (c) => c.topic === 'people killed');
    assert.equal(k.summary, 'People killed: 12 (Wire) vs fourteen (the police, Herald)');
    const w = two('About 3,000 residents came home on Sunday.', 'Some 1,200 residents returned home after the flood.');
    assert.ok(!w.contradictions.some((c) => /freed|exchange/.test(c.topic)), listed(w));
  });
});

describe('contradictions: a strike on a clinic, and denials that are allies', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-11-11');
  const none = (a: string, b: string, topic: RegExp) => {
    const v = two(a, b);
    assert.ok(!v.contradictions.some((c) => topic.test(c.topic) || topic.test(c.summary)), listed(v));
  };
  it('sets "killed a group of militants" against "not one of them was a fighter"', () => {
    const v = two('The army said its aircraft had killed a group of militants of the Free Valley Front in the village.', 'The doctor said: "Not one of them was a fighter."');
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'whether the dead were fighters'), ['a.md', 'militants'], ['b.md', 'Not one of them']), listed(v));
    none('In 2023 the army said it had killed 40 militants in the valley.', 'All the dead were civilians, the charity said.', /fighters/);
  });
  it('sets a clinic kept open against one "not used as a clinic since the summer"', () => {
    const v = two('Two nurses and the doctor kept the clinic open, the charity said.', 'The ministry said the building had not been used as a clinic since the summer.');
    disputeIn(v, (c) => c.topic === 'whether it was still operating');
  });
  it('times drones that struck like a bomb that struck', () => {
    const v = two('The doctor said the bomb struck at 5:40 a.m. on Tuesday.', 'The ministry said the drones struck the village at about 2 a.m. on Tuesday.');
    assert.ok(spans(disputeIn(v, (c) => c.kind === 'temporal'), ['a.md', '5:40'], ['b.md', '2 a.m.']), listed(v));
  });
  it('does not read the village a strike hit as whose weapon it was', () => {
    const v = two('The Jarvan clinic strike killed 19 people in the village of Jarvan. The ministry said Ushkarian drones from Ushkaria hit the village.', 'Villagers in Sarendia said a Sarendian jet struck the clinic.');
    const x = disputeIn(v, (c) => c.topic === 'whose weapon struck');
    assert.match(x.summary, /Ushkarian .* vs Sarendian|Sarendian .* vs Ushkarian/);
    assert.doesNotMatch(x.summary, /Jarvan/);
  });
  it('does not set two denials of one thing against each other, nor what a denial says did happen', () => {
    none('The company says no gate was opened and water left the reservoir only over its fixed spillway.',
      '"No gate at the dam was opened on Sunday night, and water left the reservoir only over the fixed spillway," its spokesman said.', /denied/);
    none('The board says the November inspection never happened: the operator asked for it to be postponed to April.',
      'The board\'s chief investigator said the operator had asked for the inspection to be postponed until April.', /denied/);
  });
});

describe('contradictions: a recall and what the maker knew', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-11-18');
  const none = (a: string, b: string, topic: RegExp) => {
    const v = two(a, b);
    assert.ok(!v.contradictions.some((c) => topic.test(c.topic) || topic.test(c.summary)), listed(v));
  };
  it('sets the cars a maker recalls against the count the regulator gives', () => {
    const v = two('Korvel said it was recalling 112,400 of its family cars.', 'The agency says the recall covers every car built, 186,000 cars.');
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'vehicles recalled'), ['a.md', '112,400'], ['b.md', '186,000']), listed(v));
    none('Korvel said it was recalling 112,400 cars.', 'It is the largest recall since 2021, when Korvel recalled 38,000 cars.', /recalled/);
  });
  it('sets a voluntary recall against one the regulator ordered, and sales halted against cars still on sale', () => {
    const v = two('"Nobody ordered us to do this," the chief executive said of the voluntary recall. Dealers are still selling the car.',
      '"This is not a voluntary recall. It is a recall this agency ordered," its director said. The agency has ordered a halt to sales of the model.');
    disputeIn(v, (c) => c.topic === 'whether the recall was ordered');
    disputeIn(v, (c) => c.topic === 'whether sales were halted');
    none('Trading in the shares was suspended and share sales were halted.', 'Dealers are still selling the car.', /sales/);
    none('Asked who ordered the recall, the minister declined to say.', 'The company described it as a voluntary recall.', /recall was ordered/);
  });
  it('sets an engineer fired against one who left at his own request', () => {
    const v = two('Pavel Rudnev said he was fired in June 2025.', 'Korvel said Pavel Rudnev resigned in June 2025 at his own request.');
    disputeIn(v, (c) => c.topic === 'whether they resigned or were dismissed');
    none('Police said shots were fired at the car.', 'The driver said he left the scene of his own accord.', /dismissed/);
  });
  it('sets when a maker first knew of a fault, to the month', () => {
    const v = two('The company said it first identified the fault in September 2026.', 'A former engineer said he warned managers in a memo dated March 12, 2024.');
    assert.match(disputeIn(v, (c) => c.topic === 'when they first knew').summary, /September 2026 .* vs March 2024|March 2024 .* vs September 2026/);
  });
  it('does not time an event by a live blog entry named by its time', () => {
    none('Correction: in our 08:30 post we said nine vehicles were involved in the crash.', 'The crash happened at about 17:20 on Saturday.', /time of the accident/);
  });
});

describe('contradictions: a raid on a newsroom', () => {
  const two = (a: string, b: string, db = '2026-03-13') => twoArticles(a, b, '2026-03-12', db);
  const none = (a: string, b: string, topic: RegExp) => {
    const v = two(a, b);
    assert.ok(!v.contradictions.some((c) => topic.test(c.topic) || topic.test(c.summary)), listed(v));
  };
  it('sets "has not been released" the next day against a release', () => {
    const v = two('Prosecutors said Olesya Tarnavska was released on Thursday evening after questioning.',
      '"She has not been released. I saw her last night in the holding facility," her lawyer, Stepan Hlushko, said on Friday of Olesya Tarnavska.');
    disputeIn(v, (c) => c.topic === 'whether Olesya Tarnavska was released');
  });
  it('reads no custody into a condition, a doubt, or what another is said to say', () => {
    none('Prosecutors said Olesya Tarnavska was detained on Thursday.', '"If she is free, let her walk out of that door," said the lawyer of Olesya Tarnavska.', /custody|held|released/);
    none('Prosecutors said Olesya Tarnavska was detained on Thursday.', 'The lawyer of Olesya Tarnavska said: "I have a client whom the state says is free and whom I cannot see."', /custody|held/);
  });
  it('sets servers carried out against "no equipment was seized", and a channel off air against one on air', () => {
    const v = two('The director said officers had carried 14 servers out of the building. The channel has been off the air since 2:20 a.m.',
      '"No equipment was seized," the ministry said. The regulator said the channel continued broadcasting throughout Friday.');
    disputeIn(v, (c) => c.topic === 'whether equipment was seized');
    disputeIn(v, (c) => c.topic === 'whether the channel is on air');
    none('Customs officers seized 40 computers from a ship in the port.', 'No equipment was seized, the ministry said.', /equipment/);
  });
  it('times a search by when it began and when officers cut the gate', () => {
    const v = two('The ministry said the search began at 6 a.m. on Thursday.', 'The station said officers cut through the gate at 1:40 a.m. on Thursday.');
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time the search began'), ['a.md', '6 a.m.'], ['b.md', '1:40']), listed(v));
  });
});

describe('contradictions: a missing helicopter found crashed', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-11-18');
  const none = (a: string, b: string, topic: RegExp) => {
    const v = two(a, b);
    assert.ok(!v.contradictions.some((c) => topic.test(c.topic) || topic.test(c.summary)), listed(v));
  };
  it('sets "there were no survivors" against a man carried down alive', () => {
    const v = two('"There were no survivors," the ministry spokesman said.', 'The rescue service said one man had been carried down the mountain alive by villagers.');
    disputeIn(v, (c) => c.topic === 'whether anyone survived');
    none('Rescuers said there was little hope of finding anyone alive.', '"There were no survivors," the ministry spokesman said.', /survived/);
  });
  it('sets a flight recorder recovered against one not found, but not the voice recorder against the data recorder', () => {
    const v = twoArticles('The ministry said the flight recorder was recovered on Wednesday.', '"We have not found the flight recorder," the rescue chief said on Thursday.', '2026-11-18', '2026-11-19');
    disputeIn(v, (c) => c.topic === 'whether the flight recorder was found');
    none('The flight data recorder was recovered on Wednesday.', 'The cockpit voice recorder has not been found, the board said on Thursday.', /flight recorder/);
  });
  it('times when contact was lost and when the wreck was found, across two days', () => {
    const v = two('Contact with the crew was lost at 2:52 p.m. on Tuesday, the ministry said. The wreckage was located at 7:40 a.m. on Wednesday, it said.',
      'The helicopter dropped off radar at 2:31 p.m. on Tuesday, a log shows. A shepherd said he reached the wreck at about 8:30 p.m. on Tuesday.');
    assert.equal(disputeIn(v, (c) => c.topic === 'time contact was lost').summary, 'When contact was lost: 2:31 p.m. (Herald) vs 2:52 p.m. (the ministry, Wire)');
    assert.match(disputeIn(v, (c) => c.topic === 'time the wreck was found').summary, /8:30 p\.m\..* vs 7:40 a\.m\./);
  });
});

describe('contradictions: ordinary news that the rules for raids, recalls, strikes and crashes leave alone', () => {
  const pairs: Array<[string, string]> = [
    ['Twelve people were killed in the avalanche. Three Britons were killed, the Foreign Office said.', 'Twelve people died in the avalanche.'],
    ['The prisoner exchange freed 103 people. Among those released were 12 civilians.', 'The prisoner exchange freed 103 people, officials said.'],
    ['The prisoner swap went ahead. More than 4,000 prisoners have been freed in exchanges since the start of the war.', 'Ninety-five servicemen came home in the prisoner swap.'],
    ['Dealers have so far repaired 9,000 cars since the recall began.', 'Korvel is recalling 112,400 cars.'],
    ['The company sold 1.2 million cars last year, so the recall is small.', 'Korvel is recalling 112,400 cars.'],
    ['Those killed were not fighters, the villagers said.', 'Not one of them was a fighter, the doctor said.'],
    ['The victims were mostly fighters\' relatives, women and children.', 'All the dead were civilians, the charity said.'],
    ['At the hospital, engineers kept the generators running through the night.', 'The old wing of the hospital had been abandoned years ago.'],
    ['Marek Lind said he was fired upon as he ran.', 'Marek Lind left hospital at his own request.'],
    ['The agency said it had not ordered the recall.', 'The company described it as a voluntary recall.'],
    ['In 2021, regulators ordered Vantor to recall 38,000 vans.', 'Vantor announced a voluntary recall of 112,400 cars.'],
    ['Sales of the X200 have been halted, but the company continues to sell the X300.', 'Vantor said sales of the X200 were suspended on Monday.'],
    ['Owners first noticed the brakes grinding in March 2026.', 'Vantor said it first identified the fault in September 2026.'],
    ['All but one of the nine people aboard died.', 'The sole survivor is in hospital.'],
    ['Rescuers found a dog alive in the wreckage.', 'There were no survivors, the ministry said.'],
    ['Engineers removed the damaged equipment from the substation.', 'Police said nothing was taken during the break-in.'],
    ['The channel was off the air for six hours on Friday.', 'The channel is on air again.'],
    ['Lena Varga was released on Tuesday. Details of the charges against her have not been released.', 'Lena Varga was released on Tuesday, her lawyer said.'],
    ['The flight recorder was recovered from the 2019 crash of the same model.', 'Investigators have not found the flight recorder.'],
    ['The first drones hit the port at 1:10 a.m., officials said.', 'A second wave of drones struck the port at 4:30 a.m., the governor said.'],
    ['The ministry denied that its soldiers beat the driver at the checkpoint.', 'Officials have not confirmed the central claim of the video: that soldiers beat the driver at the checkpoint.'],
    ['Officers took her laptop and two phones during the search of the flat.', 'Her lawyer said the laptop and phones were handed back to her in full on Monday.'],
    ['Ms. Okafor, the opposition leader, was detained at about 9:40 p.m. on Thursday outside her home.', 'Her deputy, Mr. Brandt, was arrested at 6:15 a.m. on Friday as he left a hotel.'],
    ['Police said dozens were arrested at 2 p.m. when the march reached the square, her lawyer said.', 'Ms. Okafor was detained at 7:30 p.m.'],
    ['In a story about the recall, tests showed that 40 jars were affected by glass fragments.', 'Vantor is recalling 12,000 jars.'],
    ['Brevik stopped production on Monday, before any order from the agency, and the regulator then ordered the recall on Tuesday.', 'The regulator ordered the recall.'],
    ['The withdrawal from shops was completed on Friday.', 'Before the withdrawal, investigators had bought three bottles on sale in Norvik.'],
    ['Not one civilian has been compensated for homes damaged in the strike.', 'All the dead were civilians, the council said.'],
    ['The coastguard received a distress call from a fishing boat nearby, which was not involved.', 'The ferry\'s crew never sent a distress call.'],
    ['Search teams say they found the black box signal, but divers cannot yet reach the wreck.', 'The flight recorder has not been found.'],
  ];
  it('raises no contradiction on any of these pairs', () => {
    const raised = pairs.map(([a, b]) => twoArticles(a, b, '2026-11-18')).map(listed).filter((l) => l);
    assert.deepEqual(raised, []);
  });
  it('still counts those injured "30 more" after a toll, and a weapon named with its air force', () => {
    const v = twoArticles('The blast killed 12 people and injured 30 more, police said.', 'Forty people were injured in the blast, the hospital said.', '2026-11-18');
    disputeIn(v, (c) => c.topic === 'people injured');
    const w = twoArticles('A Varkhonian Air Force jet struck the hospital, witnesses said.', 'The ministry said a Lutovian missile hit the hospital.', '2026-11-18');
    disputeIn(w, (c) => c.topic === 'whose weapon struck');
  });
});

describe('contradictions: a recall of infant formula', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2027-09-09');
  it('counts the batches an order covers in a story of a recall, and sets tins cleared from shops against tins found on sale', () => {
    const v = two('Severka Dairies is recalling seven batches of its formula. The agency says every tin was cleared from shops by Wednesday morning.',
      'In the recall, the agency says its order covers 14 batches. Volunteers say they found tins from recalled batches still on sale in 11 shops.');
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'batches recalled'), ['a.md', 'seven'], ['b.md', '14']), listed(v));
    disputeIn(v, (c) => c.topic === 'whether sales were halted');
  });
  it('sets "the recall was its own decision" against an order, and reads nothing into a sentence that reports the disagreement', () => {
    const v = two('The company says the recall was its own decision.', 'The agency says it ordered the recall on Tuesday.');
    disputeIn(v, (c) => c.topic === 'whether the recall was ordered');
    const w = two('The company also rejects the agency\'s account of how the recall started.', 'The agency and the company gave sharply different accounts of how the recall started.');
    assert.ok(!w.contradictions.some((c) => c.topic === 'denied claim'), listed(w));
  });
});

describe('contradictions: a reporter detained at an airport', () => {
  it('sets a release on bail against "a sixth night in the custody" later, her devices taken against nothing confiscated, and the time she was detained', () => {
    const v = twoArticles(
      'Prosecutors said Solveig Tveita was released on bail on Monday. The NSB says nothing was confiscated. The NSB record says Ms Tveita was taken into custody at 09:15 on Friday.',
      'Solveig Tveita is spending a sixth night in the custody of the bureau, her lawyer said on Tuesday. Her magazine says her laptop, two phones and camera cards were taken at the airport. Her lawyer said she was detained at about 9:40 p.m. on Thursday.',
      '2027-09-13', '2027-09-14');
    disputeIn(v, (c) => c.topic === 'whether Solveig Tveita was released');
    disputeIn(v, (c) => c.topic === 'whether equipment was seized');
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'time of the detention'), ['a.md', '09:15'], ['b.md', '9:40']), listed(v));
  });
  it('does not time the arrests of a day of protest', () => {
    const v = twoArticles('Police said 40 people were detained at about 2 p.m. near the square.', 'Twelve protesters were detained at 6 p.m., organisers said.', '2027-09-13');
    assert.ok(!v.contradictions.some((c) => c.topic === 'time of the detention'), listed(v));
  });
});

describe('contradictions: a drone strike on a wedding, a missing plane, and a live blog that corrects itself', () => {
  const two = (a: string, b: string, da = '2026-10-09', db = da) => twoArticles(a, b, da, db);
  it('sets "no civilians were killed" against "the dead were wedding guests", and reads no count into "one of six insurgents"', () => {
    const v = two('The army said six insurgents were killed and no civilians were killed. He was one of six insurgents killed, the army said.', 'The governor said the dead were wedding guests, every one of them.');
    disputeIn(v, (c) => c.topic === 'whether the dead were fighters');
    assert.ok(!v.contradictions.some((c) => c.kind === 'numeric'), listed(v));
  });
  it('sets a mayday heard against "no distress call", and a recorder divers brought up against none recovered', () => {
    const v = two('The controller heard the pilot call mayday at about 18:46, the union said. Navy divers recovered the flight data recorder on Sunday.',
      'The authority says no distress call was received. On Monday it said that no flight recorder had been recovered.', '2026-11-08', '2026-11-09');
    disputeIn(v, (c) => c.topic === 'whether a distress call was made');
    disputeIn(v, (c) => c.topic === 'whether the flight recorder was found');
  });
  it('shows a live blog\'s corrected figure as its revision, not against another outlet\'s', () => {
    const v = analyse('', {
      'live.md': '---\noutlet: Live\ndate: 2026-10-09\n---\n\n**11:20** — The hospital says it has admitted 43 wounded from the village.\n\n**12:40** — Correction: in our 11:20 post we reported that the hospital had admitted 43 wounded. The hospital says the correct figure is 31.\n',
      'wire.md': '---\noutlet: Wire\ndate: 2026-10-09\n---\n\nThe hospital said it was treating 31 wounded people.\n',
    });
    assert.match(disputeIn(v, (c) => c.topic === 'corrected figure').summary, /43 → 31/);
    assert.ok(!v.contradictions.some((c) => c.topic === 'people injured'), listed(v));
  });
});

describe('contradictions: what caused the event', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2027-03-04');
  const cause = (v: { contradictions: Contradiction[] }) => v.contradictions.find((c) => c.topic === 'what caused it');
  it('sets sabotage against a denial of any saboteur, and a gas leak against a bomb not ruled out', () => {
    const v = two('A depot near Varn exploded on Monday. The defence minister said the explosion was sabotage.',
      'Soldiers blamed a fire in a shed for the depot explosion. "There was no saboteur," an opposition MP said.');
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'what caused it'), ['a.md', 'was sabotage'], ['b.md', 'no saboteur']), listed(v));
    const w = two('A house in Kell exploded on Sunday. The fire brigade said the explosion was caused by a gas leak.',
      'Police said a bomb cannot be excluded as the cause of the Kell explosion.');
    assert.ok(spans(disputeIn(w, (c) => c.topic === 'what caused it'), ['a.md', 'gas leak'], ['b.md', 'cannot be excluded']), listed(w));
  });
  it('sets the weather against an engine only where a source denies one of them', () => {
    const v = two('A helicopter crashed near Dolm on Tuesday. "Everything we know points to the weather," the minister said. The ministry has "no indication of a technical fault".',
      'The pilots\' guild said the pilot radioed that his left engine was losing power shortly before the crash.');
    assert.ok(spans(disputeIn(v, (c) => c.topic === 'what caused it'), ['a.md', 'points to the weather'], ['b.md', 'losing power']), listed(v));
    // Icing and an engine that failed may be one chain: without a denial, no dispute.
    const w = two('A cargo plane crashed after take-off from Lund on Tuesday. The crash was caused by engine failure, the airline said.',
      'Two pilots died in the Lund crash. Investigators said the crash was due to icing.');
    assert.ok(!cause(w), listed(w));
  });
  it('reads a cause denied and another given in one sentence, and a cause given before its verb', () => {
    const v = two('The roof of the Kale sports hall collapsed on Tuesday. The collapse was due to heavy snow on the roof, the council said.',
      'An independent engineer said the collapse was not due to the snow but to a design flaw in the trusses.');
    disputeIn(v, (c) => c.topic === 'what caused it');
    const w = two('A forest fire burned near Glen Tor on Sunday. Police said the fire was started deliberately.',
      'Firefighters said lightning started the fire.');
    disputeIn(w, (c) => c.topic === 'what caused it');
  });
  it('leaves alone causes of something else, other events, idioms and other people\'s failures', () => {
    const pairs: Array<[string, string]> = [
      ['A ferry sank off Cape Morrow on Monday. Its engine failed in rough seas, the coast guard said.', 'The search for survivors of the sinking was suspended because of fog on Tuesday morning.'],
      ['A mountain hut burned down on Saturday. The fire was caused by faulty wiring, the fire service said.', 'Fire crews were delayed because of fog on the mountain road.'],
      ['A freight train derailed near Kessel on Sunday. The derailment was sabotage, police said.', 'Repairs after the derailment were delayed due to heavy snow, the rail company said.'],
      ['A forest fire burned near Alby on Saturday. The fire was started by lightning, the forestry service said.', 'The outage that followed the fire was caused by a damaged power line, the utility said.'],
      ['A warehouse burned down on Tuesday night. Police said the fire was started deliberately.', 'The fire spread quickly due to strong winds, firefighters said.'],
      ['An explosion hit a chemical plant on Wednesday. The explosion was caused by a gas leak, the company said.', 'The cellar where the explosion happened was a bomb shelter during the war, neighbours said.'],
      ['A train derailed near Cotter on Friday. Police said the derailment was sabotage.', 'The reaction to the derailment was a storm of criticism from passenger groups.'],
      ['A fuel depot caught fire on Monday. The fire was caused by an electrical fault, the operator said.', 'A fire at the same depot three years ago was caused by lightning.'],
      ['A landslide closed the road to Merrick on Friday. The landslide was caused by blasting at the quarry, the council said.', 'A landslide on the same road in April was caused by heavy rain.'],
      ['A passenger train derailed near Pell on Monday. The derailment was caused by a brake failure, the operator said.', 'The rail company blamed the delays after the derailment on the weather.'],
      ['A carpet factory burned down on Friday night. Police said the fire was arson.', 'Residents blamed the storm for flooding in basements on the same street.'],
      ['Eleven vehicles collided near Firth on Tuesday. The crash was caused by fog, police said.', 'There was no weather warning in force at the time, the met office said.'],
      ['A warehouse burned down on Monday. Police said the fire was started deliberately.', 'A night watchman found near the warehouse died of a heart attack, and there was no sign of foul play in his death.'],
      ['A train derailed near Loft on Sunday. Police said the derailment was sabotage.', 'A suspicious bag found at the station was not a bomb, police said.'],
      ['An explosion hit a fertiliser plant on Monday. The explosion was caused by a gas leak, the company said.', 'It is no accident that residents near the plant have long complained about the fumes.'],
      ['A man drove into a bank on Tuesday. Police said the crash was deliberate.', 'The stretch of road outside the bank is accident-prone, residents said.'],
      ['A coach overturned near Mell on Tuesday. The coach\'s brakes had failed, police said.', 'Passenger Tom Brill said he fell asleep shortly before the crash.'],
      ['A car slid into a ditch near Aske on Monday. The crash was caused by heavy snow, police said.', 'A second car\'s brakes failed as it came upon the crash scene.'],
      ['A coach left the road near Marrow on Thursday. The crash was caused by speeding, police said.', 'The crash was due to the driver travelling too fast in heavy rain, police said.'],
      ['A wildfire burned near Carsk this week. The wildfire was started by lightning, the forestry service said.', 'There had been no rain in the area for six weeks before the fire.'],
    ];
    const raised = pairs.map(([a, b]) => two(a, b)).map((v) => cause(v)?.summary).filter(Boolean);
    assert.deepEqual(raised, []);
  });
});

describe('contradictions: counts and facts of a border crossing, a doping case and a blizzard', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2027-10-10');
  it('counts those who crossed or entered a country, and athletes who tested positive', () => {
    const v = two('The ministry says 11,412 people have entered the country.', 'The agency said about 23,000 people had crossed into the country.');
    disputeIn(v, (c) => c.kind === 'numeric' && /crossed/.test(c.topic ?? ''));
    const w = two('The anti-doping agency says seven athletes failed tests.', 'Four athletes have tested positive, the federation says.');
    disputeIn(w, (c) => c.kind === 'numeric' && /tested positive/.test(c.topic ?? ''));
    // Two gunmen who entered a hotel are no crossing.
    const x = two('Two gunmen entered the hotel through the kitchen.', 'Four gunmen entered the hotel, a guest said.');
    assert.ok(!x.contradictions.some((c) => /crossed/.test(c.topic ?? '')), listed(x));
  });
  it('sets shots fired at people against warning shots into the air, and a convoy let through against one turned back', () => {
    const v = two('The border police said officers fired warning shots into the air.', 'Arrivals said the guards fired at people standing in the water.');
    disputeIn(v, (c) => c.topic === 'whether shots were fired at people');
    assert.ok(!v.contradictions.some((c) => c.topic === 'whether shots were fired'), listed(v));
    const w = two('The ministry said the aid convoy had been let through after routine checks.', 'The agency said its aid convoy was turned back at the checkpoint.');
    disputeIn(w, (c) => c.topic === 'whether the convoy was let through');
  });
  it('reads "no suspension was served" and "stays on as head coach" as not suspended', () => {
    const v = two('The agency said head coach Viktor Zaharenko has been suspended pending a hearing.', 'His lawyer said Viktor Zaharenko had received no written notice of any suspension and stays on as head coach.');
    disputeIn(v, (c) => c.topic === 'whether an official was suspended');
  });
  it('compares homes still without power on the same day', () => {
    const v = two('The utility said 6,500 homes were still without power on Saturday evening.', 'The mayor said about 19,000 homes were still without power on Saturday.');
    disputeIn(v, (c) => c.kind === 'numeric' && /still without power/.test(c.topic ?? ''));
    const w = two('The utility said 42,000 homes were still without power on Friday.', 'The utility said 3,100 homes were still without power on Monday.');
    assert.ok(!w.contradictions.some((c) => /without power/.test(c.topic ?? '')), listed(w));
  });
});

describe('contradictions: a vote of no confidence', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2027-03-12');
  it('sets one tally of a motion against another as one dispute, the result of the vote', () => {
    const v = two('The motion received 68 votes in favour, 59 against and 11 abstentions, according to the Speaker\'s office.',
      'On the opposition\'s own count the motion won 72 votes, with 57 against and nine abstentions.');
    const r = disputeIn(v, (c) => c.topic === 'result of the vote');
    assert.ok(r.sides.some((s) => s.file === 'a.md' && /68/.test(s.value ?? '') && /59 against/.test(s.value ?? '')), JSON.stringify(r.sides));
    assert.equal(v.contradictions.filter((c) => /votes (?:for|against) the motion|abstentions/.test(c.topic ?? '')).length, 0, listed(v));
  });
  it('reads an offer to resign, a walkout, police in the chamber and a quorum, each yes against no', () => {
    const v = two('Prime Minister Andrius Kelmeris offered to resign hours before the vote, his coalition partner said. Opposition deputies walked out of the chamber before the vote. Uniformed police had also entered the chamber, the opposition whip said. In all, 97 deputies were registered as present, well above the quorum of 71.',
      'Andrius Kelmeris has not offered his resignation to anyone, his office said. Opposition deputies walked out of the chamber only after the result was read. Not one police officer set foot in the chamber, the Speaker said. There was no quorum, the opposition said.');
    for (const topic of ['whether the leader offered to resign', 'whether they walked out before the vote', 'whether police entered', 'whether there was a quorum']) disputeIn(v, (c) => c.topic === topic);
  });
  it('credits one quotation to two speakers where a passage opens with it and its cue goes on', () => {
    const v = analyse('', {
      'a.md': '---\noutlet: Wire\ndate: 2027-10-08\n---\n\nMayor Zoran Pelivan met the first arrivals. "Nobody who reaches this bridge with a child in their arms will be turned away," he told reporters at the crossing.\n',
      'b.md': '---\noutlet: Rampart\ndate: 2027-10-08\n---\n\nInterior Minister Borislav Starcev set the tone. "Nobody who reaches this bridge with a child in their arms will be turned away," the minister said as the first families came across.\n',
    });
    disputeIn(v, (c) => c.topic === 'who said it');
  });
  it('reads "we will not vote to bring down the government" as an intent, not a denial that it was brought down', () => {
    const v = two('"We will not vote to bring down a government we sit in," the party leader said.', 'The motion needed 71 votes to bring down the government.');
    assert.ok(!v.contradictions.some((c) => c.topic === 'denied claim'), listed(v));
  });
});

describe('contradictions: a sponsor\'s yearly payment, a road closed and a debate ended by the clock', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2027-01-16');
  it('sets one yearly payment against another, and leaves a yearly figure of something else alone', () => {
    const v = two('The federation says Lumivo Telecom pays 2.8 million zlateks a year for the national team.', 'A copy of the sponsorship contract puts Lumivo\'s payments at six million zlateks a year.');
    disputeIn(v, (c) => c.topic === 'sum paid a year');
    const w = two('The federation says Lumivo Telecom pays 2.8 million zlateks a year.', 'The federation spends six million zlateks a year on its training centres.');
    assert.ok(!w.contradictions.some((c) => c.topic === 'sum paid a year'), listed(w));
  });
  it('times the closing of a road and the end of a debate', () => {
    const v = two('The operator says it closed both carriageways at 16:05 on Thursday, before the snow settled.', 'The barriers did not come down until about 19:30 on Thursday, drivers said.');
    disputeIn(v, (c) => c.kind === 'temporal' && /closed/.test(c.summary));
    const w = two('The Speaker closed the debate at 22:10, as the rules permit.', 'The Speaker cut off the debate at 20:35, with 11 deputies still waiting to speak.');
    disputeIn(w, (c) => c.kind === 'temporal' && /debate/.test(c.summary));
  });
});

describe('contradictions: look-alikes of the vote, border and police rules are no disputes', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2027-04-14');
  const none = (a: string, b: string, topic: RegExp) => {
    const v = two(a, b);
    assert.ok(!v.contradictions.some((c) => topic.test(c.topic ?? '') || topic.test(c.summary)), listed(v));
  };
  it('a second convoy, shots at another place, and water cannon are other occasions', () => {
    none('The aid convoy was let through at the Drava crossing after routine checks, the ministry said.', 'A second convoy was turned back at the Drava crossing on Tuesday, the agency said.', /convoy/);
    none('At the Drava crossing, soldiers fired warning shots into the air to hold back the crowd.', 'Twenty kilometres north, at Selmo, border guards fired at migrants trying to climb the fence.', /fired at people/);
    none('Police fired warning shots into the air, the interior ministry said.', 'Police fired water cannon at the protesters, witnesses said.', /fired at people/);
  });
  it('what a motion needed, a committee\'s vote and a poll are not the house\'s tally', () => {
    none('The motion passed with 80 votes in favour and 59 against, the Speaker said.', 'The motion needed 71 votes in favour to pass, the clerk said; it got them, with 59 against.', /result of the vote|votes/);
    none('The committee voted 9 in favour and 4 against the bill on Monday.', 'The house passed the bill on Tuesday, 80 votes in favour, 59 against.', /result of the vote/);
    none('In a poll, 52 respondents were in favour of the motion and 40 against.', 'The motion passed by 80 votes in favour to 59 against, the Speaker said.', /result of the vote/);
  });
  it('people who crossed a bridge, a police commissioner, and repeated words are not the border, the police or a second speaker', () => {
    none('About 11,000 people crossed into Norland on Monday, the interior ministry said.', 'Some 40,000 people crossed the old bridge into the town on Monday for the festival, the mayor said.', /crossed/);
    none('Police Commissioner Anna Lind entered the chamber to speak to the Speaker, aides said.', 'No police officers entered the chamber at any point, the Speaker said.', /police entered/);
    none('"Nobody will be turned away," said the mayor, Zoran Pelivan.', 'Repeating the words of the mayor, minister Ana Vuk said: "Nobody will be turned away."', /who said it/);
  });
  it('a shareholders\' meeting and a council are two bodies; the police stayed outside the building where the chamber is', () => {
    none('The shareholders\' meeting of Varn Water had no quorum and was postponed.', 'The city council met the quorum and voted to sell its stake in Varn Water.', /quorum/);
    const v = two('The opposition whip said uniformed police had also entered the chamber.', 'The interior minister said the police had remained outside the building all evening.');
    disputeIn(v, (c) => c.topic === 'whether police entered');
  });
  it('a coach suspended by his club is the person named after the words', () => {
    const v = two('Varn United has suspended head coach Ivo Brandt pending an inquiry, two board members said.', 'Ivo Brandt stays on as head coach, the club said, and no suspension had been served on him.');
    disputeIn(v, (c) => c.topic === 'whether an official was suspended');
  });
  it('children who crossed alone are counted against children who crossed with no adult', () => {
    const v = two('Officially, only 38 children crossed the border alone, the ministry said.', 'The refugee agency says 290 children have crossed with no adult at all.');
    disputeIn(v, (c) => /children/.test(c.topic ?? ''));
  });
});

describe('contradictions: a red signal and a faulty valve as causes', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2027-11-17');
  it('sets a train that passed a signal at red against a signal that showed green', () => {
    const v = two('The collision near Krell killed nine people. The agency said the passenger train passed signal K2 while it was red.',
      'The driver told colleagues from his hospital bed that the signal was showing green, his union said of the collision.');
    disputeIn(v, (c) => c.topic === 'what caused it');
  });
  it('sets sabotage against a fault in the equipment', () => {
    const v = two('The interior minister said the fire at the refinery was sabotage and that a separatist group was behind it.',
      'Union leaders suggested that the fire began with a fault in the equipment rather than a criminal act.');
    disputeIn(v, (c) => c.topic === 'what caused it');
  });
  it('leaves a red light passed in another story and a green signal given for a plan alone', () => {
    const v = two('A lorry driver who went through a red light in Varn last year was fined, the court heard. The bus crash on Monday killed four.',
      'The minister gave the green signal to the new bypass on Monday. The bus crash killed four people, police said.');
    assert.ok(!v.contradictions.some((c) => c.topic === 'what caused it'), listed(v));
  });
});

describe('contradictions: a night of protests after an election', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-10-13');
  it('reads "denied she had been detained" as not held', () => {
    const v = two('The ministry denied she had been detained. Ana Rusk is at home, her lawyer said.', 'Ana Rusk is not under arrest, a ministry spokesman said.');
    assert.ok(!v.contradictions.some((c) => /custody/.test(c.summary)), listed(v));
    const w = two('Ana Rusk was detained at her home on Monday night, her campaign said.', 'The ministry denied that Ana Rusk had been detained.');
    disputeIn(w, (c) => /custody/.test(c.summary));
  });
  it('keeps a turnout at six in the evening apart from the final one', () => {
    const v = two('The commission said turnout stood at 54.7 percent at 6 p.m. on Sunday, two hours before polls closed.', 'Turnout was 61.2 percent, the commission said.');
    assert.ok(!v.contradictions.some((c) => /turnout/i.test(c.topic ?? '')), listed(v));
    const w = two('Turnout was 54.7 percent, the commission said.', 'Turnout was 61.2 percent, the opposition said.');
    disputeIn(w, (c) => /turnout/i.test(c.topic ?? ''));
  });
  it('keeps arrests across the country apart from one city\'s, and an appeal for calm is no warning', () => {
    const v = two('In all, 297 people were detained across the country on Monday night, the ministry said.', 'The rights centre counts at least 640 people detained in Kalbrek since Monday night.');
    assert.ok(!v.contradictions.some((c) => /arrested/i.test(c.topic ?? '')), listed(v));
    const w = two('The candidate urged people to avoid violence before the police moved in.', 'We heard no warning before the tear gas, a protester said.');
    assert.ok(!w.contradictions.some((c) => c.topic === 'whether a warning was given'), listed(w));
  });
});

describe('contradictions: a raid over a contract', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2027-03-10');
  it('sets money paid back against "no money has come back", but not a refund of tickets', () => {
    const v = two('Ardenza says it returned 2.1 million talens to the ministry in January.', 'The directorate says no money has come back from Ardenza.');
    disputeIn(v, (c) => c.topic === 'whether the money was paid back');
    const w = two('The airline refunded 2.1 million in tickets to passengers.', 'The directorate says no money has come back from Ardenza.');
    assert.ok(!w.contradictions.some((c) => c.topic === 'whether the money was paid back'), listed(w));
  });
  it('sets a minister named as a suspect against one summoned as a witness', () => {
    const v = two('A search warrant seen by the paper names Health Minister Bozena Ticha as a suspect.', 'Minister Bozena Ticha has been summoned as a witness, the prosecutor said. She is not a suspect.');
    disputeIn(v, (c) => c.topic === 'suspect or witness');
    const w = two('Police named Ivan Dorn as a suspect in the fraud.', 'Bozena Ticha has been summoned as a witness, the prosecutor said.');
    assert.ok(!w.contradictions.some((c) => c.topic === 'suspect or witness'), listed(w));
  });
  it('sets computers carried out against "not one computer has left this building"', () => {
    const v = two('The directorate says officers took boxes of documents, 23 computers and two servers.', '"Not one computer has left this building," the ministry\'s secretary general said.');
    disputeIn(v, (c) => c.topic === 'whether equipment was seized');
  });
  it('times a raid by when the officers arrived and when the operation began', () => {
    const v = two('The directorate said the operation began at 6:30 a.m. on Tuesday.', 'A night guard said directorate officers arrived at about 9:45 p.m. on Monday and sealed the procurement offices.');
    disputeIn(v, (c) => c.kind === 'temporal' && /search began/.test(c.summary));
    const w = two('The rescue operation began at 6:30 a.m. on Tuesday, the coast guard said.', 'Officers arrived at about 9:45 p.m. on Monday to take statements from the crew.');
    assert.ok(!w.contradictions.some((c) => c.kind === 'temporal'), listed(w));
  });
});

describe('contradictions: who is among the athletes, and when a body was first told', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2027-06-15');
  it('sets one person among a group against "not among" the same group only', () => {
    const v = two('Two sources say the sprinter Dunja Kestrovic is among the athletes concerned.', 'The federation says Dunja Kestrovic is not among the athletes concerned.');
    disputeIn(v, (c) => c.topic === 'whether one person is among them');
    const w = two('The mayor said Ivo Lenz is among the wounded.', 'Police said Ivo Lenz is not among the dead.');
    assert.ok(!w.contradictions.some((c) => c.topic === 'whether one person is among them'), listed(w));
  });
  it('sets the day a letter with the findings was delivered against the day a federation says it first heard', () => {
    const v = two('The agency informed the federation of the findings in a letter delivered on June 1, the agency said.', 'The federation said it first heard of any finding on June 10.');
    disputeIn(v, (c) => c.topic === 'day they were first told');
  });
});

describe('contradictions: look-alikes of the raid, election and border rules are no disputes', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-03-04');
  const none = (a: string, b: string, topic: RegExp) => {
    const v = two(a, b);
    assert.ok(!v.contradictions.some((c) => topic.test(c.topic ?? '') || topic.test(c.summary)), listed(v));
  };
  it('another election\'s turnout, a district\'s, and a group\'s in an exit poll', () => {
    none('Turnout in Sunday\'s presidential election was 61 percent.', 'Last year\'s referendum on the constitution drew a turnout of 44 percent.', /turnout/i);
    none('In the Orvel district, turnout was 72 percent, the highest in the country.', 'National turnout was 63.5 percent, the electoral commission said.', /turnout/i);
    none('Turnout among voters under 25 was 39 percent, according to an exit poll.', 'Overall turnout was 66 percent, the commission said.', /turnout/i);
  });
  it('a denial of the reason for a detention, another contractor\'s refund, a first visit, and crossings on two days', () => {
    none('The ministry denied that Mira Solt had been detained because of her reporting, saying she was held over unpaid taxes.', 'Mira Solt was detained on Friday, her editor said.', /custody/);
    none('Orvel Construction returned 2.1 million to the ministry in January.', 'No money has come back from the second contractor, Velt Ltd, the ministry said.', /paid back/);
    none('Nothing was taken during the first visit on Monday, the company said.', 'On Wednesday, officers took 12 computers from the company\'s offices.', /equipment/);
    none('About 4,100 people crossed into Dravia on Sunday, the border agency said.', 'On Monday, 3,200 people crossed into Dravia, according to the border agency.', /crossed/);
  });
  it('still finds a suspect against a witness and computers against "not a single computer or file"', () => {
    disputeIn(two('Otto Varga is one of seven suspects in the bribery case, prosecutors said.', 'Otto Varga was summoned only as a witness and is not a suspect, his lawyer said.'), (c) => c.topic === 'suspect or witness');
    disputeIn(two('Investigators removed 40 laptops and several crates of files from Dornhall Holdings.', '"Not a single computer or file has left this building," the chief executive said.'), (c) => c.topic === 'whether equipment was seized');
  });
});

describe('contradictions: a ransom and a trading halt', () => {
  const two = (a: string, b: string) => twoArticles(a, b, '2026-09-10');
  it('sets a ransom demanded against "no ransom demand had been received", but not a union\'s demands', () => {
    disputeIn(two('The tour company said a caller demanded $2 million for the group\'s release.', 'The ministry said no ransom demand had been received by any state body.'), (c) => c.topic === 'whether a ransom was demanded');
    const w = two('The union demanded 12 percent more pay for its workers.', 'There is no ransom demand, the ministry said.');
    assert.ok(!w.contradictions.some((c) => c.topic === 'whether a ransom was demanded'), listed(w));
  });
  it('times a trading halt', () => {
    disputeIn(two('Trading on the exchange was halted at 14:26 on Thursday when a circuit breaker was triggered.', 'The exchange suspended trading at 13:40 on Thursday, the ministry said.'), (c) => c.kind === 'temporal' && /trading was halted/.test(c.summary));
  });
});
