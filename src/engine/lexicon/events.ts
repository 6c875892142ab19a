// What happened to what a figure counts. Single words map to a class; "death toll",
// "lost their lives" and the like are matched as phrases by figures.ts.

const CLASSES: Record<string, readonly string[]> = {
  killed: [
    'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'dying', 'death', 'deaths',
    'toll', 'fatalities', 'fatality', 'perished', 'slain', 'executed', 'murdered', 'massacred',
    'drowned', 'fatally',
  ],
  injured: [
    'injured', 'injuring', 'injure', 'injures', 'injuries', 'injury', 'wounded', 'wounding', 'wound',
    'wounds', 'hurt',
  ],
  // Fallen ill in an outbreak: "57 confirmed cases", "297 people have fallen ill".
  ill: ['infected', 'infections', 'sickened', 'cases'],
  // Taken into hospital: a count of its own, not every injury ("nine workers were injured" vs "41 hospitalised").
  hospitalised: ['hospitalized', 'hospitalised', 'hospitalizing', 'hospitalising', 'admitted'],
  // Exposed to radiation or a toxic release: "11 workers were exposed". Doses above a limit and contamination
  // are counts of their own (a part of those exposed).
  exposed: ['exposed', 'irradiated'],
  casualties: ['casualties', 'casualty'],
  evacuated: ['evacuated', 'evacuating', 'evacuate', 'evacuation', 'evacuations', 'relocated', 'resettled'],
  arrested: ['arrested', 'arresting', 'arrests', 'arrest', 'detained', 'detaining', 'detentions', 'jailed', 'apprehended', 'imprisoned'],
  captured: ['captured', 'capturing', 'seized', 'liberated', 'occupied', 'abducted', 'kidnapped'],
  displaced: ['displaced', 'fled', 'homeless', 'uprooted'],
  missing: ['missing', 'unaccounted'],
  // Trapped by a collapse, a flood or a mine blast: how many were cut off is a figure of its own.
  trapped: ['trapped', 'entombed'],
  // Buried by snow, mud or rubble: a count of its own (some of the buried are dug out alive); also
  // buried at a funeral, which no other class counts, so the two readings are not set against the toll.
  buried: ['buried'],
  rescued: ['rescued', 'saved', 'freed', 'released'],
  // Flights, trains and sailings called off or sent elsewhere: two counts, and the two together a third.
  cancelled: ['cancelled', 'canceled', 'cancellations', 'scrapped'],
  diverted: ['diverted', 'rerouted'],
  destroyed: ['destroyed', 'downed', 'razed', 'burned', 'burnt', 'shot', 'torched', 'gutted'],
  // Damaged is a count of its own: the destroyed are a part of it ("1,100 homes destroyed and 3,400 damaged").
  damaged: ['damaged'],
  hit: ['hit', 'struck', 'shelled', 'attacked', 'targeted', 'launched', 'fired'],
  spent: ['spent', 'spend', 'spending', 'paid', 'cost', 'costs', 'allocated', 'invested', 'raised', 'donated'],
  involved: ['involved', 'deployed', 'mobilized', 'mobilised', 'sent'],
  // Who was on a vehicle when it crashed or sank: passengers, crew, everyone.
  aboard: ['aboard', 'onboard', 'carrying', 'carried', 'carry', 'carries', 'boarded'],
  // What escaped from a ship, a pipeline or a tank: "about 1,200 tonnes of crude had leaked".
  spilled: ['spilled', 'spilt', 'spill', 'spills', 'spilling', 'leaked', 'leak', 'leaks', 'leaking', 'escaped', 'discharged', 'seeped'],
  // Who crossed a border or entered a country: "11,412 people entered the country", "23,000 had crossed".
  crossed: ['crossed', 'entered'],
  // Held: hostages in a siege, or suspects held by police; read by what is counted (see quantityKey).
  held: ['held'],
  // How many a vehicle or venue may hold: "licensed to carry 220 passengers", "a capacity of 150".
  capacity: ['capacity'],
  // Crowds: how many took part is among the most disputed figures of a protest.
  attended: ['attended', 'joined', 'gathered', 'marched', 'rallied', 'demonstrated', 'participated', 'crowd', 'crowds', 'turnout'],
};

/** Event word (lower case) → event class. */
export const EVENT_CLASS: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASSES).flatMap(([cls, words]) => words.map((w) => [w, cls] as [string, string])),
);

/** Multi-word events, matched on lower-cased token text joined by spaces. */
export const EVENT_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['death toll', 'killed'], ['lost their lives', 'killed'], ['lost his life', 'killed'],
  ['lost her life', 'killed'], ['shot dead', 'killed'], ['shot down', 'destroyed'],
  ['taken prisoner', 'captured'], ['taken hostage', 'captured'], ['taken captive', 'captured'],
  ['in custody', 'arrested'], ['unaccounted for', 'missing'], ['forced to flee', 'displaced'],
  ['forced from their homes', 'displaced'], ['moved out', 'evacuated'], ['were hurt', 'injured'], ['treated for injuries', 'injured'],
  ['treated for wounds', 'injured'],
  // The burned, a part of the injured: "87 people were being treated for burns", "treated 132 people for burns".
  ['for burns', 'burned'], ['treated for burns', 'burned'], ['receiving treatment for burns', 'burned'], ['being treated for burns', 'burned'], ['took part', 'attended'], ['turned out', 'attended'], ['took to the streets', 'attended'],
  // Vehicles or people where a structure fell: "26 vehicles on the bridge", "more than 40 were in the tunnel".
  ['on the bridge', 'on the bridge'], ['on the span', 'on the bridge'], ['in the tunnel', 'in the tunnel'],
  // Workers in a building that fell: "about 1,400 workers were in the building", "2,614 had clocked in".
  ['in the building', 'in the building'], ['inside the building', 'in the building'], ['clocked in', 'in the building'],
  ['set on fire', 'destroyed'], ['set alight', 'destroyed'], ['set ablaze', 'destroyed'], ['burned out', 'destroyed'], ['burnt out', 'destroyed'],
  ['damaged or destroyed', 'damaged'], ['destroyed or damaged', 'damaged'],
  ['cancelled or diverted', 'cancelled or diverted'], ['canceled or diverted', 'cancelled or diverted'], ['diverted or cancelled', 'cancelled or diverted'], ['diverted or canceled', 'cancelled or diverted'],
  ['taken into custody', 'arrested'], ['held in custody', 'arrested'], ['held for questioning', 'arrested'], ['held hostage', 'captured'], ['held captive', 'captured'], ['on board', 'aboard'], ['cut off', 'trapped'],
  ['received doses', 'dosed'], ['received a dose', 'dosed'], ['received high doses', 'dosed'], ['received radiation doses', 'dosed'],
  // Athletes, patients or animals whose tests came back positive: "seven athletes failed tests".
  ['tested positive', 'tested positive'], ['test positive', 'tested positive'], ['have tested positive', 'tested positive'],
  ['failed tests', 'tested positive'], ['failed drug tests', 'tested positive'], ['failed doping tests', 'tested positive'], ['failed dope tests', 'tested positive'],
  ['returned adverse findings', 'tested positive'], ['returned adverse analytical findings', 'tested positive'], ['returned positive tests', 'tested positive'],
  ['fell ill', 'ill'], ['fallen ill', 'ill'], ['taken ill', 'ill'], ['became ill', 'ill'], ['become ill', 'ill'],
  // "38 remained in hospital", "71 patients were still on the wards": those in hospital (see numeric.ts for "still").
  ['in hospital', 'hospitalised'], ['on the wards', 'hospitalised'],
  ['taken to hospital', 'hospitalised'], ['treated in hospital', 'hospitalised'], ['admitted to hospital', 'hospitalised'],
  // A crowd in a venue: "36,000 people were in the stadium", "31,200 had passed through its turnstiles".
  ['were inside the stadium', 'attended'], ['were inside the ground', 'attended'], ['were in the stadium', 'attended'], ['were in the ground', 'attended'],
  ['had been in the ground', 'attended'], ['had been in the stadium', 'attended'], ['passed through its turnstiles', 'attended'], ['passed through the turnstiles', 'attended'], ['went through the turnstiles', 'attended'],
  ...['licensed', 'certified', 'authorised', 'authorized', 'permitted', 'allowed', 'approved', 'designed', 'built', 'rated']
    .flatMap((w) => [[`${w} to carry`, 'capacity'], [`${w} for`, 'capacity']] as Array<[string, string]>),
];

/** Event nouns that also name what is counted ("12 deaths": deaths of people). */
export const EVENT_NOUNS_OF_PEOPLE: ReadonlySet<string> = new Set([
  'death', 'deaths', 'fatalities', 'fatality', 'casualties', 'casualty', 'injuries', 'injury',
  'toll', 'arrests', 'detentions', 'evacuations', 'crowd', 'crowds', 'turnout', 'cases', 'infections',
]);

/** Events whose count, when no noun says what is counted, counts people ("killing at least 19"). */
export const EVENTS_OF_PEOPLE: ReadonlySet<string> = new Set([
  'killed', 'injured', 'casualties', 'missing', 'evacuated', 'displaced', 'arrested', 'rescued', 'attended', 'hospitalised', 'ill', 'trapped', 'exposed', 'dosed', 'burned',
  'crossed', 'tested positive',
]);

/** Verb forms that do not end a figure's noun phrase but sit between count and event. */
export const EVENT_BRIDGES: ReadonlySet<string> = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'reportedly', 'allegedly',
  'also', 'all', 'later', 'now', 'still', 'since', 'already', 'confirmed', 'reported', 'believed',
  'feared', 'thought', 'said', 'presumed', 'left', 'were', 'got', 'get', 'would', 'will', 'may',
  'might', 'could', 'initially', 'subsequently', 'then', 'either', 'both', 'officially', 'apparently',
  'say', 'says', 'were', 'seriously', 'critically', 'severely', 'lightly', 'slightly', 'badly',
  'mortally', 'to', 'remain', 'remains', 'remained',
]);
