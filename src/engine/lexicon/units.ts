// Counted nouns and their classes. The classes are what a contradiction finder compares:
// "militants", "fighters" and "attackers" in three outlets count the same group.

const CLASSES: Record<string, readonly string[]> = {
  people: [
    'people', 'person', 'persons', 'individual', 'individuals', 'resident', 'residents', 'inhabitant',
    'inhabitants', 'local', 'locals', 'citizen', 'citizens', 'national', 'nationals', 'man', 'men',
    'woman', 'women', 'lady', 'ladies', 'passenger', 'passengers', 'pedestrian', 'pedestrians',
    'worker', 'workers', 'bystander', 'bystanders', 'victim', 'victims', 'life', 'lives', 'soul',
    'souls', 'adult', 'adults', 'pensioner', 'pensioners', 'villager', 'villagers', 'tourist',
    'tourists', 'migrant', 'migrants', 'refugee', 'refugees', 'patient', 'patients', 'student',
    'students', 'employee', 'employees', 'protester', 'protesters', 'protestor', 'protestors',
    'demonstrator', 'demonstrators', 'member', 'members', 'family', 'families', 'guest', 'guests',
    'spectator', 'spectators', 'fan', 'fans', 'voter', 'voters', 'customer', 'customers',
    'shopper', 'shoppers', 'miner', 'miners', 'farmer', 'farmers', 'relative', 'relatives',
    'teacher', 'teachers', 'elderly', 'supporter', 'supporters', 'activist', 'activists', 'marcher',
    'marchers', 'opponent', 'opponents', 'mourner', 'mourners', 'skier', 'skiers', 'snowboarder',
    'snowboarders', 'hiker', 'hikers', 'climber', 'climbers', 'mountaineer', 'mountaineers',
    'swimmer', 'swimmers', 'holidaymaker', 'holidaymakers', 'pilgrim', 'pilgrims', 'worshipper', 'worshippers',
  ],
  civilians: ['civilian', 'civilians', 'non-combatant', 'non-combatants', 'noncombatants'],
  children: [
    'child', 'children', 'kid', 'kids', 'minor', 'minors', 'boy', 'boys', 'girl', 'girls', 'baby',
    'babies', 'infant', 'infants', 'teenager', 'teenagers', 'toddler', 'toddlers', 'schoolchildren',
    'pupil', 'pupils',
  ],
  // One class for the side that attacked, however an outlet names it.
  attackers: [
    'attacker', 'attackers', 'militant', 'militants', 'fighter', 'fighters', 'saboteur',
    'saboteurs', 'insurgent', 'insurgents', 'rebel', 'rebels', 'gunman', 'gunmen', 'terrorist',
    'terrorists', 'raider', 'raiders', 'guerrilla', 'guerrillas', 'guerilla', 'guerillas',
    'partisan', 'partisans', 'assailant', 'assailants', 'infiltrator', 'infiltrators', 'intruder',
    'intruders', 'jihadist', 'jihadists', 'extremist', 'extremists', 'nationalist', 'nationalists',
    'separatist', 'separatists', 'paramilitary', 'paramilitaries', 'militiaman', 'militiamen',
    'invader', 'invaders', 'hijacker', 'hijackers', 'shooter', 'shooters', 'bomber', 'bombers',
  ],
  combatants: ['combatant', 'combatants', 'belligerent', 'belligerents', 'volunteer', 'volunteers'],
  soldiers: [
    'soldier', 'soldiers', 'troop', 'troops', 'serviceman', 'servicemen', 'servicewoman',
    'servicemembers', 'conscript', 'conscripts', 'recruit', 'recruits', 'marine', 'marines',
    'paratrooper', 'paratroopers', 'sailor', 'sailors', 'airman', 'airmen', 'reservist',
    'reservists', 'mercenary', 'mercenaries', 'commando', 'commandos', 'sniper', 'snipers',
    'personnel', 'servicepeople', 'infantrymen', 'crewmen', 'crew',
  ],
  police: [
    'police', 'policeman', 'policemen', 'policewoman', 'policewomen', 'officer', 'officers',
    'guard', 'guards', 'gendarme', 'gendarmes', 'agent', 'agents', 'trooper', 'troopers',
  ],
  rescuers: ['firefighter', 'firefighters', 'fireman', 'firemen', 'rescuer', 'rescuers', 'lifeguard', 'lifeguards'],
  officials: ['official', 'officials', 'diplomat', 'diplomats', 'minister', 'ministers', 'lawmaker', 'lawmakers'],
  journalists: ['journalist', 'journalists', 'reporter', 'reporters', 'photographer', 'photographers'],
  medics: ['medic', 'medics', 'doctor', 'doctors', 'nurse', 'nurses', 'paramedic', 'paramedics'],
  prisoners: [
    'prisoner', 'prisoners', 'hostage', 'hostages', 'captive', 'captives', 'detainee', 'detainees',
    'pow', 'pows',
  ],
  // Those serving sentences: a prison's inmates are held, but not captured.
  inmates: ['inmate', 'inmates', 'convict', 'convicts'],
  settlements: [
    'village', 'villages', 'town', 'towns', 'settlement', 'settlements', 'city', 'cities',
    'district', 'districts', 'region', 'regions', 'area', 'areas', 'locality', 'localities',
    'hamlet', 'hamlets', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods',
    'municipality', 'municipalities', 'community', 'communities', 'province', 'provinces',
  ],
  buildings: [
    'house', 'houses', 'home', 'homes', 'building', 'buildings', 'apartment', 'apartments',
    'school', 'schools', 'hospital', 'hospitals', 'dwelling', 'dwellings', 'structure', 'structures',
  ],
  vehicles: [
    'vehicle', 'vehicles', 'tank', 'tanks', 'car', 'cars', 'truck', 'trucks', 'apc', 'apcs',
    'bus', 'buses', 'carrier', 'carriers',
  ],
  aircraft: [
    'drone', 'drones', 'uav', 'uavs', 'aircraft', 'plane', 'planes', 'jet', 'jets', 'helicopter',
    'helicopters', 'airplane', 'airplanes',
  ],
  munitions: [
    'missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'bomb', 'bombs', 'mortar',
    'mortars', 'round', 'rounds', 'grenade', 'grenades', 'strike', 'strikes', 'airstrike',
    'airstrikes', 'explosion', 'explosions', 'blast', 'blasts',
  ],
  groups: ['group', 'groups', 'unit', 'units', 'militia', 'militias', 'battalion', 'battalions', 'brigade', 'brigades'],
  duration: [
    'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks',
    'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
  ],
  distance: [
    'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile', 'miles', 'metre', 'metres',
    'meter', 'meters', 'ft', 'feet', 'yards',
  ],
};

/** Unit noun (lower case) → unit class. */
export const UNIT_CLASS: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASSES).flatMap(([cls, words]) => words.map((w) => [w, cls] as [string, string])),
);

/** Unit classes that count human beings (a bare "a"/"an" counts one of them). */
export const HUMAN_CLASSES: ReadonlySet<string> = new Set([
  'people', 'civilians', 'children', 'attackers', 'combatants', 'soldiers', 'police', 'officials',
  'journalists', 'medics', 'prisoners', 'inmates', 'rescuers',
]);

/** Modifiers that decide the class of the noun they precede ("civilian casualties", "police officers"). */
export const CLASS_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['civilian', 'civilians'], ['police', 'police'], ['border', 'police'], ['military', 'soldiers'],
  ['army', 'soldiers'], ['enemy', 'attackers'],
]);

/** Currency symbols before a number. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₴', 'UAH'],
  ['₹', 'INR'], ['₪', 'ILS'], ['₩', 'KRW'], ['a$', 'AUD'], ['c$', 'CAD'], ['hk$', 'HKD'],
]);

/** Currency words and codes after a number. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', 'USD'], ['dollar', 'USD'], ['usd', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'],
  ['eur', 'EUR'], ['rubles', 'RUB'], ['ruble', 'RUB'], ['roubles', 'RUB'], ['rouble', 'RUB'],
  ['rub', 'RUB'], ['hryvnias', 'UAH'], ['hryvnia', 'UAH'], ['hryvnas', 'UAH'], ['uah', 'UAH'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['cny', 'CNY'], ['yen', 'JPY'], ['jpy', 'JPY'],
  ['rupees', 'INR'], ['inr', 'INR'], ['shekels', 'ILS'], ['ils', 'ILS'], ['gbp', 'GBP'],
  ['sterling', 'GBP'], ['francs', 'CHF'], ['chf', 'CHF'], ['pesos', 'MXN'], ['lira', 'TRY'],
  ['naira', 'NGN'], ['rand', 'ZAR'], ['won', 'KRW'], ['zlotys', 'PLN'], ['zloty', 'PLN'],
]);

/** Words for per cent after a number. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'per cent', '%', 'pc', 'percentage points']);
