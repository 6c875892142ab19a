import { strict as assert } from 'node:assert';
import { extractFigures } from '../../src/engine/figures';
import type { Figure } from '../../src/engine/types';

type Want = Partial<Pick<Figure, 'text' | 'low' | 'high' | 'unit' | 'unitClass' | 'event' | 'eventClass'>>;

// [phrase, index of the figure in the phrase, what it must be]. Phrases are written for
// this test in the way news reports casualties, money and shares.
const CASES: ReadonlyArray<readonly [string, number, Want]> = [
  // Plain digits and words.
  ['12 people died in the blast.', 0, { text: '12', low: 12, high: 12, unit: 'people', unitClass: 'people', event: 'died', eventClass: 'killed' }],
  ['Seventy soldiers were wounded.', 0, { low: 70, high: 70, unitClass: 'soldiers', eventClass: 'injured' }],
  ['A magnitude 6.4 earthquake struck the region.', 0, { low: 6.4, high: 6.4, unit: 'magnitude', unitClass: 'magnitude' }],
  ['the survey reported a 6.9-magnitude quake', 0, { low: 6.9, high: 6.9, unit: 'magnitude', unitClass: 'magnitude' }],
  ['It measured 7.1 on the Richter scale.', 0, { low: 7.1, unit: 'magnitude' }],
  ['twenty-five protesters were arrested', 0, { low: 25, unitClass: 'people', eventClass: 'arrested' }],
  ['one hundred and twenty people died', 0, { low: 120, high: 120, eventClass: 'killed' }],
  ['Three hundred residents were evacuated overnight.', 0, { low: 300, unitClass: 'people', eventClass: 'evacuated' }],
  ['1,500 people fled the town', 0, { low: 1500, high: 1500, eventClass: 'displaced' }],
  ['Four children were among the dead.', 0, { low: 4, unitClass: 'children' }],
  ['eleven miners are missing', 0, { low: 11, eventClass: 'missing', unit: 'miners' }],
  ['Two journalists were detained at the border.', 0, { low: 2, unitClass: 'journalists', eventClass: 'arrested' }],
  ['6 police officers were hurt', 0, { low: 6, unit: 'officers', unitClass: 'police', eventClass: 'injured' }],
  ['14 hostages were freed', 0, { low: 14, unitClass: 'prisoners', eventClass: 'rescued' }],
  ['nine gunmen were shot dead', 0, { low: 9, unitClass: 'attackers', event: 'shot dead', eventClass: 'killed' }],
  // Qualifiers after the number, and counts of people by nation.
  ['Police said 15 or more people were killed.', 0, { text: '15 or more', low: 15, high: null, unitClass: 'people', eventClass: 'killed' }],
  ['About 40 or so people were killed.', 0, { low: 34, high: 46, eventClass: 'killed' }],
  ['The blast killed 40-odd people.', 0, { text: '40-odd', low: 41, unitClass: 'people', eventClass: 'killed' }],
  ['The strike killed 12 Iraqis.', 0, { low: 12, unit: 'Iraqis', unitClass: 'people', eventClass: 'killed' }],
  ['It knows of 17 sick babies and three deaths.', 0, { low: 17, unit: 'babies', eventClass: null }],
  ['It knows of 17 sick babies and three deaths.', 1, { low: 3, unit: null, eventClass: 'killed' }],
  // Sieges and spills.
  ['The ministry says nine officers were held.', 0, { low: 9, unitClass: 'police', eventClass: 'held' }],
  ['Block D, a wing that held 212 men, was stormed.', 0, { low: 212, unitClass: 'people', eventClass: null }],
  ['The jail, holding about 1,400 prisoners, was overcrowded.', 0, { unitClass: 'prisoners', eventClass: null }],
  ['Seven inmates lost their lives.', 0, { low: 7, unitClass: 'inmates', eventClass: 'killed' }],
  ['The group has the names of 16 inmates it says died.', 0, { low: 16, unitClass: 'inmates', eventClass: 'killed' }],
  ['We know of 16 men from Block D who are dead.', 0, { low: 16, unitClass: 'people', eventClass: 'killed' }],
  ['Nine people were killed in the raid: seven inmates and two guards.', 2, { low: 2, unitClass: 'police', eventClass: 'killed' }],
  ['About 1,200 tonnes of crude had leaked by Friday.', 0, { low: 1020, unit: 'tonnes', eventClass: 'spilled' }],
  ['Oil washed up along 40 kilometres of coastline.', 0, { low: 40, unitClass: 'distance', eventClass: 'coast' }],
  ['The rights group says it has now counted 47 dead.', 0, { low: 47, unitClass: 'people', eventClass: 'killed' }],
  // What is counted when the noun is missing, modified, or implied.
  ['The dam gave way, killing at least 19.', 0, { low: 19, high: null, unitClass: 'people', eventClass: 'killed' }],
  ['The three captured servicemen were shown on video.', 0, { low: 3, unitClass: 'soldiers', eventClass: 'captured' }],
  ['The rebels say they hold four prisoners.', 0, { low: 4, unitClass: 'prisoners', eventClass: 'captured' }],
  ['43 people were being treated for injuries.', 0, { low: 43, unitClass: 'people', eventClass: 'injured' }],
  ['Organisers said 20,000 people joined the march.', 0, { low: 20000, unitClass: 'people', eventClass: 'attended' }],
  ['Police put the crowd at about 8,000.', 0, { low: 6800, high: 9200, eventClass: 'attended' }],
  // Qualifiers.
  ['More than 70 attackers have been killed, the ministry said.', 0, { text: 'More than 70', low: 71, high: 80, unit: 'attackers', unitClass: 'attackers', eventClass: 'killed' }],
  ['over 70 raiders were killed', 0, { low: 71, high: 80, unitClass: 'attackers' }],
  ['The army claims to have killed over 100 “insurgents”.', 0, { text: 'over 100', low: 101, high: 200, unit: 'insurgents', unitClass: 'attackers', event: 'killed', eventClass: 'killed' }],
  ['more than 40 people were injured', 0, { low: 41, high: 50 }],
  // "handed over": the verb's particle, not a qualifier.
  ['The army said it had handed over 97 prisoners.', 0, { text: '97', low: 97, high: 97, unitClass: 'prisoners' }],
  ['about 40 people were injured', 0, { low: 34, high: 46 }],
  ['around 200 troops were deployed', 0, { low: 170, high: 230, unitClass: 'soldiers' }],
  ['some 200 volunteers', 0, { low: 170, high: 230, unitClass: 'combatants' }],
  ['roughly 1,000 homes were damaged', 0, { low: 850, high: 1150, unitClass: 'buildings', eventClass: 'damaged' }],
  ['1,100 homes were destroyed', 0, { low: 1100, unitClass: 'buildings', eventClass: 'destroyed' }],
  ['an estimated 3,000 people were displaced', 0, { low: 2550, high: 3450, eventClass: 'displaced' }],
  ['nearly 100 people died', 0, { low: 85, high: 100 }],
  ['almost 50 civilians were wounded', 0, { low: 42, high: 50, unitClass: 'civilians' }],
  ['at least seven conscripts have been killed', 0, { low: 7, high: null, unitClass: 'soldiers', eventClass: 'killed' }],
  ['no fewer than 20 people were arrested', 0, { low: 20, high: null }],
  ['up to 300 troops', 0, { low: null, high: 300 }],
  ['fewer than 10 people were hurt', 0, { low: null, high: 9 }],
  ['less than 5% of the vote', 0, { low: null, high: 5, unit: 'percent' }],
  ['as many as 1,500 people may have died', 0, { low: 1275, high: 1500, eventClass: 'killed' }],
  ['no more than 30 fighters', 0, { low: null, high: 30, unitClass: 'attackers' }],
  ['more than 1,500 people were evacuated', 0, { low: 1501, high: 2000 }],
  ['more than 1,800 people were evacuated', 0, { low: 1801, high: 1980 }],
  ['more than 25 villagers were killed', 0, { low: 26, high: 30 }],
  ['more than 12 people were hurt', 0, { low: 13, high: 14 }],
  ['more than a dozen people were hurt', 0, { low: 13, high: 24 }],
  ['about a dozen soldiers were wounded', 0, { low: 10, high: 14 }],
  // Ranges.
  ['between 10 and 12 people were injured', 0, { text: 'between 10 and 12', low: 10, high: 12, eventClass: 'injured' }],
  ['10 to 12 people were injured', 0, { low: 10, high: 12 }],
  ['10-12 people were injured', 0, { low: 10, high: 12 }],
  ['two or three houses were destroyed', 0, { low: 2, high: 3, unitClass: 'buildings', eventClass: 'destroyed' }],
  ['between 5 and 7 million people', 0, { low: 5e6, high: 7e6 }],
  ['10 to 12 million dollars', 0, { low: 10e6, high: 12e6, unit: 'USD' }],
  // Vague quantities.
  ['dozens of soldiers were killed', 0, { low: 24, high: 99, unitClass: 'soldiers', eventClass: 'killed' }],
  ['Dozens of Russian soldiers were killed.', 0, { unit: 'soldiers', eventClass: 'killed' }],
  ['hundreds of people were evacuated', 0, { low: 200, high: 999, eventClass: 'evacuated' }],
  ['thousands of residents fled', 0, { low: 2000, high: 9999, eventClass: 'displaced' }],
  ['tens of thousands of people fled', 0, { low: 20000, high: 99999 }],
  ['hundreds of thousands of refugees', 0, { low: 200000, high: 999999 }],
  ['several civilians were injured', 0, { low: 3, high: 9, unitClass: 'civilians', eventClass: 'injured' }],
  ['several hundred soldiers', 0, { low: 300, high: 999, unitClass: 'soldiers' }],
  ['a few people were injured', 0, { low: 2, high: 5 }],
  ['a handful of fighters were captured', 0, { low: 2, high: 6, eventClass: 'captured' }],
  ['A dozen people are reportedly wounded', 0, { text: 'A dozen', low: 12, high: 12, eventClass: 'injured' }],
  ['two dozen people were detained', 0, { low: 24, high: 24, eventClass: 'arrested' }],
  ['half a dozen drones were shot down', 0, { low: 6, unitClass: 'aircraft', eventClass: 'destroyed' }],
  ['scores of people died', 0, { low: 40, high: 199 }],
  // Zero readings.
  ['no civilians were killed in the clashes', 0, { text: 'no civilians', low: 0, high: 0, unit: 'civilians', unitClass: 'civilians', event: 'killed', eventClass: 'killed' }],
  ['He said no one died.', 0, { text: 'no one', low: 0, high: 0, unitClass: 'people', eventClass: 'killed' }],
  ['nobody was hurt', 0, { low: 0, high: 0, eventClass: 'injured' }],
  ['none were killed', 0, { low: 0, high: 0, eventClass: 'killed' }],
  ['none of the hostages were injured', 0, { low: 0, unitClass: 'prisoners', eventClass: 'injured' }],
  ['no casualties were reported', 0, { low: 0, high: 0, eventClass: 'casualties' }],
  ['there were no deaths', 0, { low: 0, eventClass: 'killed', unitClass: 'people' }],
  // One.
  ['A civilian from the village of Ashford died at the hands of the raiders.', 0, { text: 'A civilian', low: 1, high: 1, unit: 'civilian', unitClass: 'civilians', eventClass: 'killed' }],
  ['One civilian died as a result of the fighting', 0, { low: 1, high: 1, unitClass: 'civilians', eventClass: 'killed' }],
  ['one elderly woman had died while being evacuated', 0, { low: 1, unit: 'woman', unitClass: 'people', eventClass: 'killed' }],
  ['The shelling killed a child.', 0, { low: 1, unitClass: 'children', eventClass: 'killed' }],
  ['a police officer was wounded', 0, { low: 1, unitClass: 'police', eventClass: 'injured' }],
  // Events across a few words, either side.
  ['the death toll rose to 12', 0, { low: 12, event: 'death toll', eventClass: 'killed', unitClass: 'people' }],
  ['injuring 12 people', 0, { low: 12, event: 'injuring', eventClass: 'injured' }],
  ['killing at least 5', 0, { low: 5, high: null, eventClass: 'killed' }],
  ['at least seven have been killed', 0, { low: 7, unit: null, eventClass: 'killed' }],
  ['70 had been killed', 0, { low: 70, unit: null, eventClass: 'killed' }],
  ['leaving one person dead and eight injured', 0, { low: 1, unit: 'person', event: 'dead', eventClass: 'killed' }],
  ['leaving one person dead and eight injured', 1, { low: 8, unit: 'person', event: 'injured', eventClass: 'injured' }],
  ['killed 5 soldiers and wounded 12', 1, { low: 12, unitClass: 'soldiers', eventClass: 'injured' }],
  ['5 soldiers and 3 civilians were killed', 0, { low: 5, eventClass: 'killed' }],
  ['They liberated approximately 10 villages', 0, { low: 8, high: 12, unit: 'villages', unitClass: 'settlements', eventClass: 'captured' }],
  ['12 people were reportedly killed', 0, { eventClass: 'killed' }],
  ['3 fatalities', 0, { low: 3, eventClass: 'killed', unitClass: 'people' }],
  ['four soldiers were seriously wounded', 0, { eventClass: 'injured' }],
  // Money and shares.
  ['nearly 10 billion rubles', 0, { text: 'nearly 10 billion', low: 8.5e9, high: 1e10, unit: 'RUB', unitClass: 'money' }],
  ['about $125 million', 0, { text: 'about $125 million', low: 106250000, high: 143750000, unit: 'USD', unitClass: 'money' }],
  ['$125 million', 0, { low: 125e6, high: 125e6, unit: 'USD' }],
  ['US$5 billion in aid', 0, { low: 5e9, unit: 'USD' }],
  ['€3bn', 0, { low: 3e9, unit: 'EUR', unitClass: 'money' }],
  ['£2.5m', 0, { low: 2.5e6, unit: 'GBP' }],
  ['the city spent 4 million euros', 0, { low: 4e6, unit: 'EUR', eventClass: 'spent' }],
  ['1.2m people were displaced', 0, { low: 1.2e6, high: 1.2e6, eventClass: 'displaced' }],
  ['40% of residents', 0, { text: '40%', low: 40, unit: 'percent', unitClass: 'percent' }],
  ['turnout was 62 percent', 0, { low: 62, unit: 'percent' }],
  ['12.5 per cent', 0, { low: 12.5, unit: 'percent' }],
  // Distances and durations are counted too (with their own classes).
  ['about 600km (373 miles) from the capital', 0, { unit: 'km', unitClass: 'distance' }],
  ['for 15 months', 0, { low: 15, unitClass: 'duration' }],
  // Speeds: of the vehicle named before them; a limit is no speed of anything.
  ['The tram was travelling at 58 km/h as it entered the bend.', 0, { text: '58 km/h', low: 58, unit: 'km/h', unitClass: 'speed', event: 'tram', eventClass: 'speed' }],
  ['the coach bus was doing about 94km/h, well above the limit', 0, { text: 'about 94km/h', unitClass: 'speed', event: 'bus', eventClass: 'speed' }],
  ['The ferry was making 18 knots when it struck the pier.', 0, { text: '18 knots', unitClass: 'speed', event: 'ferry', eventClass: 'speed' }],
  ['the lorry entered the bend at 40 miles per hour', 0, { text: '40 miles per hour', unit: 'miles per hour', unitClass: 'speed', eventClass: 'speed' }],
  ['The train passed the 60 km/h limit sign at speed.', 0, { unitClass: 'speed', eventClass: null }],
  ['the train kept to a speed limit of 80 km/h on the bridge', 0, { unitClass: 'speed', eventClass: null }],
  ['Winds of up to 120 kilometres per hour were recorded.', 0, { unitClass: 'speed', eventClass: null }],
  // How deep: a depth word before the figure or "deep" after it; not a distance away or a limit.
  ['He gave the depth of the section as 870 metres.', 0, { low: 870, unit: 'metres', eventClass: 'depth' }],
  ['The quake was 35 kilometres deep.', 0, { low: 35, eventClass: 'depth' }],
  ['The face had been driven to 1,040 metres, below the 950-metre limit.', 0, { low: 1040, eventClass: 'depth' }],
  ['The ship sank in deep water 3 km from the shore.', 0, { low: 3, eventClass: null }],
  ['The quake struck at a depth of 10 km, 80 km north-east of the city.', 1, { low: 80, eventClass: null }],
  // Who was aboard, and what a vehicle may carry; being aboard gives way to what befell them.
  ['There were 61 people on board when it sank.', 0, { low: 61, unit: 'people', eventClass: 'aboard' }],
  ['the bus, which was carrying 23 passengers, left the road', 0, { low: 23, unit: 'passengers', eventClass: 'aboard' }],
  ['Three crew aboard the tug were killed.', 0, { low: 3, unit: 'crew', eventClass: 'killed' }],
  ['the boat was licensed to carry 90 passengers', 0, { low: 90, unit: 'passengers', eventClass: 'capacity' }],
  ['a hall with a capacity of 400 people', 0, { low: 400, eventClass: 'capacity' }],
  // Taken to hospital is a count of its own, not every injury.
  ['The hospital said it had admitted 118 people since the fire.', 0, { low: 118, unit: 'people', eventClass: 'hospitalised' }],
  ['41 people had been hospitalised, the ministry said', 0, { low: 41, eventClass: 'hospitalised' }],
];

// Phrases in which no figure may be read.
const NONE: readonly string[] = [
  'On May 22nd, 2023, the groups crossed the border.',
  'On 22 May the groups crossed the border.',
  'The 74th Motorized Rifle Brigade was moved.',
  'In 2022 the group was founded.',
  'The siren sounded at 3 pm and again at 10:30.',
  'A 12-year-old boy was seen.',
  'a two-day operation',
  'one of the largest attacks since the war began',
  'Russia has no reserves.',
  'the group said.[5]',
  'as one of its fighters put it',
  'no longer a threat',
  'the 1990s saw unrest',
  'He was born in 1975 in a village.',
  'Tuesday 23 was calm.',
  'the first and second waves',
];

describe('extractFigures', () => {
  it(`reads ${CASES.length} figure phrases`, () => {
    assert.ok(CASES.length >= 80);
    const failures: string[] = [];
    for (const [phrase, n, want] of CASES) {
      const figs = extractFigures(phrase, 0, phrase.length);
      const f = figs[n];
      if (!f) {
        failures.push(`${phrase}: no figure #${n} (got ${figs.length})`);
        continue;
      }
      for (const [k, v] of Object.entries(want)) {
        const got = (f as unknown as Record<string, unknown>)[k];
        if (got !== v) failures.push(`${phrase}: ${k} = ${JSON.stringify(got)}, want ${JSON.stringify(v)}`);
      }
      assert.equal(phrase.slice(f.start, f.end), f.text, phrase);
    }
    assert.deepEqual(failures, []);
  });

  it('reads no figure from dates, ordinals, times, modifiers and non-counting words', () => {
    for (const phrase of NONE) assert.deepEqual(extractFigures(phrase, 0, phrase.length).map((f) => f.text), [], phrase);
  });

  it('keeps "more than 70" apart from "over 100", and "about 40" compatible with "more than 40"', () => {
    const one = (s: string): Figure => extractFigures(s, 0, s.length)[0];
    const overlap = (a: Figure, b: Figure): boolean =>
      (a.low ?? -Infinity) <= (b.high ?? Infinity) && (b.low ?? -Infinity) <= (a.high ?? Infinity);
    assert.equal(overlap(one('more than 70 attackers were killed'), one('over 100 militants were killed')), false);
    assert.equal(overlap(one('about 40 people died'), one('more than 40 people died')), true);
    assert.equal(overlap(one('eight injured'), one('a dozen people were wounded')), false);
    assert.equal(overlap(one('no civilians were killed'), one('a civilian died')), false);
  });

  it('uses absolute offsets and stays inside [start, end)', () => {
    const text = 'Intro. More than 70 attackers were killed. Later 5 more died.';
    const s = text.indexOf('More');
    const e = text.indexOf('Later');
    const figs = extractFigures(text, s, e);
    assert.equal(figs.length, 1);
    assert.equal(text.slice(figs[0].start, figs[0].end), 'More than 70');
  });

  it('is fast on long and hostile input', () => {
    const big = '1'.repeat(20000) + ' ' + '1,'.repeat(20000) + ' no '.repeat(20000) + 'a '.repeat(20000) + '-'.repeat(20000);
    const t0 = Date.now();
    extractFigures(big, 0, big.length);
    assert.ok(Date.now() - t0 < 2000);
  });
});
