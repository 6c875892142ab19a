// Hand-written gold source for the bombing of the Zarand Covered Market in Sarrow (invented
// event, Istrenia, March 2026). build-gold.mjs turns it into ../gold/sarrow-market-bombing.json.
const W = 'sextant-wire.txt';
const H = 'sarrow-dispatch-live.md';
const K = 'ktr-news.md';
const M = 'istrenia-dawn.txt';
const X = 'foxhollow-brief.md';

export default {
  corpus: 'sarrow-market-bombing',
  note: 'Invented event written for the project: late on the morning of Saturday 14 March 2026 a bomb explodes in the fish hall of the Zarand Covered Market in the Tashkala district (Taşkala in the local live blog) of Sarrow, the main city of the southern province of Hadrun in the fictional country of Istrenia (capital Dovrin). A statement in the name of the armed group the Ashen Banner claims the attack and a second one disowns it; the separatist Hadrun National Movement (HNM), led by Tamaz Orbeli, condemns it; the Interior Minister Petar Lazov, the National Intelligence Directorate (NID), the Sarrow police chief Col. Bogdan Serkis, Sarrow University Hospital and St. Ilia\'s Hospital, Mayor Mira Tolvaj and the Embassy of Aldmark give their accounts. A porter, Arslan Dzhemirov (Jemirov in the foreign explainer), is detained near the Copper Gate. Five invented outlets: The Sarrow Dispatch live blog (Saturday), the Sextant wire (Sunday), the independent KTR News (Monday), the state-aligned Istrenia Dawn (Tuesday) and the foreign explainer The Foxhollow Brief (Friday). They disagree about the death toll (27 for the ministry vs 34 for the hospitals), whether the Ashen Banner\'s claim is genuine, whether the NID warned the police in a memo of 3 March, whether Dzhemirov was released or remains in custody, whether it was a suicide bomber or a bomb in a parked van, the arrests (six vs eleven by Sunday evening), the time of the blast (11:40 vs 12:10) and who said "They chose the hour when the market is fullest, when mothers bring their children to buy bread" (Mayor Tolvaj or Minister Lazov); the live blog corrects its own figure for the charge (50 kg, then 15 kg). The toll rising from 17 to 23 on Saturday is an update; 71 wounded at one hospital is a part of the 112 wounded; 38 still in hospital on Monday is a different set; 11:40 local time is 09:40 GMT.',
  files: [X, M, K, H, W],
  meta: { [W]: [2, 3], [M]: [2, 3], [X]: [3] },

  actors: [
    // places
    { id: 'istrenia', name: 'Istrenia', type: 'place', forms: ['Istrenia'], note: '"Istrenia Dawn" is a nested name; "Istrenian" is a demonym (also inside "Istrenian Red Cross")' },
    { id: 'dovrin', name: 'Dovrin', type: 'place', forms: ['Dovrin', 'DOVRIN'], note: 'the capital, also used for the government ("negotiating ... with Dovrin"); "Dovrin-based" is a glued modifier' },
    { id: 'sarrow', name: 'Sarrow', type: 'place', forms: ['Sarrow', 'SARROW'], note: '"Sarrow University Hospital" and "The Sarrow Dispatch" are nested names' },
    { id: 'hadrun', name: 'Hadrun', type: 'place', forms: ['Hadrun'], note: 'the southern province; "Hadrun National Movement" is a nested name' },
    { id: 'tashkala', name: 'Tashkala', type: 'place', forms: ['Tashkala', 'Taşkala'], note: 'the old-town district of the market; the local live blog writes Taşkala' },
    { id: 'zarand', name: 'Zarand Covered Market', type: 'place', forms: ['Zarand Covered Market'], note: 'the bombed market; "the market" is nominal' },
    { id: 'copper-gate', name: 'Copper Gate', type: 'place', forms: ['Copper Gate'], note: 'the market\'s eastern entrance' },
    { id: 'lantern-street', name: 'Lantern Street', type: 'place', forms: ['Lantern Street'] },
    { id: 'kerem-hill', name: 'Kerem Hill Cemetery', type: 'place', forms: ['Kerem Hill Cemetery'] },
    { id: 'aldmark', name: 'Aldmark', type: 'place', forms: ['Aldmark'], note: 'the foreign country whose embassy speaks; "Embassy of Aldmark" is a nested name; "Aldmark nationals/citizens" use the country name attributively and are counted' },
    // organizations
    { id: 'interior', name: 'Ministry of the Interior', type: 'organization', forms: ['Ministry of the Interior', 'Interior Ministry'], note: '"Interior Minister" is a title before a name; "the ministry" and "the interior ministry" (lowercase) are nominal' },
    { id: 'police', name: 'National Police', type: 'organization', forms: ['National Police'], note: '"the police", "Police" and "police said" without the name are nominal' },
    { id: 'nid', name: 'National Intelligence Directorate', type: 'organization', forms: ['National Intelligence Directorate', 'NID'], note: '"the directorate" and "the agency" are nominal' },
    { id: 'hnm', name: 'Hadrun National Movement', type: 'organization', forms: ['Hadrun National Movement', 'HNM'], note: 'the separatist party; "the movement" is nominal' },
    { id: 'ashen', name: 'Ashen Banner', type: 'organization', forms: ['Ashen Banner'], note: 'the armed group; the article "the" is outside the span; "the group" is nominal' },
    { id: 'suh', name: 'Sarrow University Hospital', type: 'organization', forms: ['Sarrow University Hospital'] },
    { id: 'ilia', name: "St. Ilia's Hospital", type: 'organization', forms: ["St. Ilia's Hospital", "St Ilia's Hospital", "St. Ilia's", "St Ilia's"], note: 'the foreign explainer writes St Ilia\'s without the full stop' },
    { id: 'embassy', name: 'Embassy of Aldmark', type: 'organization', forms: ['Embassy of Aldmark'], note: '"the embassy" is nominal' },
    { id: 'city-hall', name: 'City Hall', type: 'organization', forms: ['City Hall'], note: 'Sarrow\'s city administration' },
    { id: 'assembly', name: 'National Assembly', type: 'organization', forms: ['National Assembly'] },
    { id: 'red-cross', name: 'Istrenian Red Cross', type: 'organization', forms: ['Istrenian Red Cross'] },
    { id: 'unity', name: 'Unity Party', type: 'organization', forms: ['Unity Party'], note: 'the ruling party' },
    { id: 'civic', name: 'Civic Alliance', type: 'organization', forms: ['Civic Alliance'], note: 'the mayor\'s opposition party' },
    { id: 'hollin', name: 'Hollin Institute', type: 'organization', forms: ['Hollin Institute'] },
    { id: 'sextant', name: 'Sextant', type: 'organization', forms: ['Sextant'], note: 'the wire agency; the dateline "(Sextant)" is a mention' },
    { id: 'dispatch', name: 'The Sarrow Dispatch', type: 'organization', forms: ['Dispatch'], note: 'the local paper; its full name is only in the front matter, its live blog says "the Dispatch"' },
    { id: 'ktr', name: 'KTR News', type: 'organization', forms: ['KTR News', 'KTR'] },
    { id: 'dawn', name: 'Istrenia Dawn', type: 'organization', forms: ['Istrenia Dawn'], note: 'the state-aligned daily' },
    // people
    { id: 'lazov', name: 'Petar Lazov', type: 'person', forms: ['Petar Lazov', 'Lazov'], note: 'Interior Minister' },
    { id: 'tolvaj', name: 'Mira Tolvaj', type: 'person', forms: ['Mira Tolvaj', 'Tolvaj'], note: 'Mayor of Sarrow' },
    { id: 'serkis', name: 'Bogdan Serkis', type: 'person', forms: ['Bogdan Serkis', 'Serkis'], note: 'police chief of Sarrow (Col.)' },
    { id: 'vesk', name: 'Irina Vesk', type: 'person', forms: ['Irina Vesk'], note: 'police spokeswoman (Maj.)' },
    { id: 'karst', name: 'Lidia Karst', type: 'person', forms: ['Lidia Karst'], note: 'NID spokeswoman' },
    { id: 'orlanu', name: 'Sabina Orlanu', type: 'person', forms: ['Sabina Orlanu', 'Orlanu'], note: 'medical director of Sarrow University Hospital (Dr.)' },
    { id: 'orbeli', name: 'Tamaz Orbeli', type: 'person', forms: ['Tamaz Orbeli', 'Orbeli'], note: 'leader of the HNM' },
    { id: 'dzhemirov', name: 'Arslan Dzhemirov', type: 'person', forms: ['Arslan Dzhemirov', 'Dzhemirov', 'Arslan Jemirov', 'Jemirov'], note: 'the porter detained near the Copper Gate; the foreign explainer writes Jemirov' },
    { id: 'turani', name: 'Selma Turani', type: 'person', forms: ['Selma Turani'], note: 'Dzhemirov\'s lawyer' },
    { id: 'oskanova', name: 'Nadira Oskanova', type: 'person', forms: ['Nadira Oskanova'], note: 'a spice seller at the market' },
    { id: 'ilyas', name: 'Ilyas', type: 'person', forms: ['Ilyas'], note: 'a 16-year-old porter named by first name only' },
    { id: 'penkova', name: 'Rada Penkova', type: 'person', forms: ['Rada Penkova'], note: 'a wounded shopper' },
    { id: 'stane', name: 'Veronika Stane', type: 'person', forms: ['Veronika Stane'], note: 'the President; "the President" without the name is nominal' },
    { id: 'petrik', name: 'Goran Petrik', type: 'person', forms: ['Goran Petrik'], note: 'a taxi driver quoted by the state-aligned paper' },
    { id: 'vaals', name: 'Ingrid Vaals', type: 'person', forms: ['Ingrid Vaals', 'Vaals'], note: 'researcher at the Hollin Institute' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (ministry|interior ministry|directorate|agency|movement|group|embassy|minister|hospitals|city)\\b', why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: '\\b[Tt]he market\\b', why: 'nominal reference to the Zarand Covered Market (lowercase)' },
    { pattern: '\\b[Tt]he President\\b', why: 'title used without a name' },
    { pattern: '\\b[Tt]he police\\b(?! chief)', why: 'nominal reference to the National Police (lowercase; "the police chief" is a title before a name, not a reference to the police)' },
    { pattern: '(?<!National )\\bPolice\\b', why: 'nominal reference to the police (capitalized only at the start of a sentence: "Police said", "Police sources")' },
    { pattern: '\\bpolice(?= (said|say|confirm))', why: 'nominal reference to the police (lowercase, as a speaker: "police said")' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Bogdan Serkis', cue: 'Serkis said', quote: 'Everything we have found so far points to the van' },
    { file: W, speaker: 'Lidia Karst', cue: 'she said', quote: 'We had no information pointing to this market or to this day' },
    { file: W, speaker: 'Tamaz Orbeli', cue: 'he said', quote: 'Whoever did this has set our cause back by twenty years' },
    { file: W, speaker: 'Rada Penkova', cue: 'she said by telephone from her hospital bed', quote: 'There was no smoke at first, only dust, and then the screaming started' },
    { file: H, speaker: 'Nadira Oskanova', cue: 'she told the Dispatch', quote: 'First there was a flash, then the roof over the fish hall just folded in' },
    { file: H, speaker: 'Mira Tolvaj', cue: 'she said', quote: 'I want every family to know that this city will not leave them alone.' },
    { file: H, speaker: 'Petar Lazov', cue: 'he said at the airport', quote: 'This was not a crime, it was an act of war against Istrenia' },
    { file: H, speaker: 'Ilyas', cue: 'he said', quote: 'I turned the corner and the air hit me from behind' },
    { file: K, speaker: 'Lidia Karst', cue: 'spokeswoman Lidia Karst said', quote: 'The NID did not warn the police or anyone else about an attack on a market in Sarrow, because it had no such information' },
    { file: K, speaker: 'Sabina Orlanu', cue: 'said Dr. Sabina Orlanu', quote: 'We have 34 death certificates signed by our own doctors.' },
    { file: K, speaker: 'Bogdan Serkis', cue: 'Serkis told KTR News', quote: 'There was no suicide bomber' },
    { file: K, speaker: 'Mira Tolvaj', cue: 'she told KTR News', quote: 'If this paper exists, someone read it and decided that the people of Sarrow did not need to know' },
    { file: M, speaker: 'Petar Lazov', cue: 'the minister told deputies', quote: 'A single man wearing a belt of explosives walked into the fish hall at the busiest moment of the week' },
    { file: M, speaker: 'Veronika Stane', cue: 'the President said', quote: 'The state will pay for the treatment of every victim and will rebuild every stall' },
    { file: X, speaker: 'Ingrid Vaals', cue: 'Vaals said', quote: 'If the government decides this was the HNM, the talks are over' },
  ],

  contradictions: [
    {
      id: 'death-toll', level: 'core', kind: 'numeric',
      summary: 'The death toll: the Ministry of the Interior says 27 people were killed (still its figure on Monday and after); Sarrow University Hospital and St. Ilia\'s Hospital say 34 bodies reached their morgues and 34 death certificates were signed.',
      sides: [
        { file: W, quote: 'killed 27 people and left 112 wounded, the Interior Ministry said on Sunday', value: '27', speaker: 'Ministry of the Interior', camp: 'A' },
        { file: K, quote: 'The Ministry of the Interior\'s figure on Monday remained 27 dead.', value: '27', speaker: 'Ministry of the Interior', camp: 'A' },
        { file: M, quote: 'The official count of 27 dead has been confirmed by the Ministry of the Interior', value: '27', speaker: 'Ministry of the Interior', camp: 'A' },
        { file: X, quote: 'The Ministry of the Interior says 27 people were killed', value: '27', speaker: 'Ministry of the Interior', camp: 'A' },
        { file: W, quote: 'the city\'s two main hospitals said they had received 34 bodies between them', value: '34', speaker: 'Sarrow University Hospital', camp: 'B' },
        { file: K, quote: 'Sarrow University Hospital and St. Ilia\'s Hospital say 34 bodies were brought to their morgues.', value: '34', speaker: 'Sarrow University Hospital', camp: 'B' },
        { file: K, quote: 'We have 34 death certificates signed by our own doctors.', value: '34', speaker: 'Sabina Orlanu', camp: 'B' },
        { file: X, quote: 'say 34 bodies reached their morgues', value: '34', speaker: 'Sarrow University Hospital', camp: 'B' },
      ],
    },
    {
      id: 'claim-genuine', level: 'core', kind: 'polarity',
      summary: 'Whether the claim of responsibility is genuine: the National Intelligence Directorate (NID) and Interior Minister Petar Lazov say the Saturday statement claiming the attack for the Ashen Banner is authentic; a second message in the group\'s name on Sunday calls it a forgery (a fake) and says the channel was taken over.',
      sides: [
        { file: W, quote: 'said its analysts had established that Saturday\'s claim was genuine', speaker: 'National Intelligence Directorate', camp: 'A' },
        { file: K, quote: 'The NID says the first claim was authentic.', speaker: 'National Intelligence Directorate', camp: 'A' },
        { file: M, quote: 'Lazov said the claim of responsibility published by the Ashen Banner on Saturday evening was authentic', speaker: 'Petar Lazov', camp: 'A' },
        { file: X, quote: 'The National Intelligence Directorate (NID) insists the first message is the real one.', speaker: 'National Intelligence Directorate', camp: 'A' },
        { file: W, quote: 'On Sunday a second message in the group\'s name called the first one a forgery', speaker: 'Ashen Banner', camp: 'B' },
        { file: K, quote: 'on Sunday called that statement a fake', speaker: 'Ashen Banner', camp: 'B' },
        { file: X, quote: 'a second message in the group\'s name called the claim a forgery and said the channel had been hijacked', speaker: 'Ashen Banner', camp: 'B' },
      ],
    },
    {
      id: 'nid-warning', level: 'core', kind: 'polarity',
      summary: 'Whether the intelligence service warned of the attack: a memo of 3 March seen by KTR News, whose arrival two police officers confirm, warned the police in Hadrun of a plot against a crowded covered market in Sarrow; the NID and its spokeswoman Lidia Karst say it issued no warning, had no such information and that the document is a fabrication.',
      sides: [
        { file: K, quote: 'Istrenia\'s main intelligence agency warned police in the Hadrun region nearly two weeks before Saturday\'s bombing in Sarrow', speaker: 'KTR News', camp: 'A' },
        { file: K, quote: 'confirmed that the memo had arrived on 3 March', speaker: 'National Police', camp: 'A' },
        { file: X, quote: 'has published what it says is an NID memo of 3 March warning the police in Hadrun of a plot', speaker: 'KTR News', camp: 'A' },
        { file: K, quote: 'The NID did not warn the police or anyone else about an attack on a market in Sarrow', speaker: 'Lidia Karst', camp: 'B' },
        { file: W, quote: 'We had no information pointing to this market or to this day', speaker: 'Lidia Karst', camp: 'B' },
        { file: M, quote: 'The NID said it had received no intelligence pointing to a plot against the market.', speaker: 'National Intelligence Directorate', camp: 'B' },
        { file: X, quote: 'The NID says it issued no such warning and calls the document a fabrication.', speaker: 'National Intelligence Directorate', camp: 'B' },
      ],
    },
    {
      id: 'suspect-custody', level: 'core', kind: 'status',
      summary: 'Arslan Dzhemirov (Jemirov), the porter detained near the Copper Gate: the police (spokeswoman Maj. Irina Vesk) say he was released without charge on Sunday evening and his lawyer, Selma Turani, says he is at home; the Ministry of the Interior says he remains in custody, charged with complicity in a terrorist act.',
      sides: [
        { file: W, quote: 'was released without charge on Sunday evening, police spokeswoman Maj. Irina Vesk said', speaker: 'Irina Vesk', camp: 'A' },
        { file: K, quote: 'Dzhemirov, she said, was back at home with his family in Tashkala.', speaker: 'Selma Turani', camp: 'A' },
        { file: X, quote: 'was freed without charge on Sunday evening', speaker: 'National Police', camp: 'A' },
        { file: X, quote: 'said on Thursday that he was at home and had not been summoned', speaker: 'Selma Turani', camp: 'A' },
        { file: M, quote: 'Dzhemirov remains in custody and has been charged with complicity in a terrorist act', speaker: 'Ministry of the Interior', camp: 'B' },
        { file: X, quote: 'Jemirov remains in custody, charged with complicity in a terrorist act', speaker: 'Ministry of the Interior', camp: 'B' },
      ],
    },
    {
      id: 'bomber-or-van', level: 'secondary', kind: 'polarity',
      summary: 'How the bomb was delivered: Interior Minister Petar Lazov says a suicide bomber wearing an explosives belt walked into the fish hall; the Sarrow police chief, Col. Bogdan Serkis, says there was no suicide bomber and the explosives were in a delivery van parked at the Copper Gate.',
      sides: [
        { file: W, quote: 'a suicide bomber had walked into the fish hall with explosives strapped to his body', speaker: 'Petar Lazov', camp: 'A' },
        { file: K, quote: 'Interior Minister Petar Lazov has said the attacker was a suicide bomber.', speaker: 'Petar Lazov', camp: 'A' },
        { file: M, quote: 'A single man wearing a belt of explosives walked into the fish hall at the busiest moment of the week', speaker: 'Petar Lazov', camp: 'A' },
        { file: X, quote: 'Lazov says a suicide bomber wearing an explosives belt walked into the fish hall.', speaker: 'Petar Lazov', camp: 'A' },
        { file: W, quote: 'had been hidden in a delivery van parked at the Copper Gate', speaker: 'Bogdan Serkis', camp: 'B' },
        { file: K, quote: 'There was no suicide bomber', speaker: 'Bogdan Serkis', camp: 'B' },
        { file: K, quote: 'the explosives had been packed into a white delivery van left at the Copper Gate', speaker: 'Bogdan Serkis', camp: 'B' },
        { file: X, quote: 'says there was no bomber', speaker: 'Bogdan Serkis', camp: 'B' },
      ],
    },
    {
      id: 'arrests', level: 'secondary', kind: 'numeric',
      summary: 'People detained by Sunday evening: the police say six; Interior Minister Petar Lazov (and the interior ministry) say eleven suspects were arrested.',
      sides: [
        { file: W, quote: 'Police said six people had been detained in connection with the attack by Sunday evening.', value: '6', speaker: 'National Police', camp: 'A' },
        { file: K, quote: 'Police say six people were detained over the weekend.', value: '6', speaker: 'National Police', camp: 'A' },
        { file: X, quote: 'The police say six people were detained over the first weekend', value: '6', speaker: 'National Police', camp: 'A' },
        { file: M, quote: 'Eleven suspects had been arrested by Sunday evening, the minister said', value: '11', speaker: 'Petar Lazov', camp: 'B' },
        { file: X, quote: 'The interior ministry says 11 suspects were arrested by that evening', value: '11', speaker: 'Ministry of the Interior', camp: 'B' },
      ],
    },
    {
      id: 'blast-time', level: 'secondary', kind: 'temporal',
      summary: 'The time of the blast on Saturday: 11:40 a.m. local time for the police, the live blog, the wire and KTR News (and "every other account" in the explainer); 12:10 p.m. in the state-aligned Istrenia Dawn.',
      sides: [
        { file: H, quote: 'says the explosion happened at 11:40', value: '11:40', speaker: 'Irina Vesk', camp: 'A' },
        { file: W, quote: 'The explosion went off at 11:40 a.m. local time (0940 GMT)', value: '11:40', speaker: 'Sextant', camp: 'A' },
        { file: K, quote: 'where the bomb exploded at 11:40 on Saturday morning', value: '11:40', speaker: 'KTR News', camp: 'A' },
        { file: X, quote: 'every other account, including that of the local police, puts it half an hour earlier', value: '11:40', speaker: 'National Police', camp: 'A' },
        { file: M, quote: 'The explosion, which struck at 12:10 p.m. on Saturday', value: '12:10', speaker: 'Istrenia Dawn', camp: 'B' },
        { file: X, quote: 'has since given the time as 12:10 p.m.', value: '12:10', speaker: 'Istrenia Dawn', camp: 'B' },
      ],
    },
    {
      id: 'bread-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same remark, "They chose the hour when the market is fullest, when mothers bring their children to buy bread", is credited by the live blog and the wire to Mayor Mira Tolvaj (outside the Copper Gate on Saturday) and by the state-aligned paper to Interior Minister Petar Lazov (in the National Assembly on Monday).',
      sides: [
        { file: H, quote: '“They chose the hour when the market is fullest, when mothers bring their children to buy bread,” she said.', speaker: 'Mira Tolvaj', camp: 'A' },
        { file: W, quote: '"They chose the hour when the market is fullest," she had told reporters outside the market on Saturday, "when mothers bring their children to buy bread."', speaker: 'Mira Tolvaj', camp: 'A' },
        { file: M, quote: '“They chose the hour when the market is fullest, when mothers bring their children to buy bread,” Lazov said.', speaker: 'Petar Lazov', camp: 'B' },
      ],
    },
    {
      id: 'charge-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing police sources, that the device contained about 50 kilograms of explosives, then corrected it to 15 kilograms; the wire and the explainer give about 15 kilograms.',
      sides: [
        { file: H, quote: 'Police sources tell the Dispatch the device contained about 50 kilograms of explosives.', value: '50 kg', speaker: 'National Police', camp: 'A' },
        { file: H, quote: 'Police sources now say the estimate is 15 kilograms, not 50.', value: '15 kg', speaker: 'National Police', camp: 'B' },
        { file: W, quote: 'which he put at about 15 kilograms', value: '15 kg', speaker: 'Bogdan Serkis', camp: 'B' },
        { file: X, quote: 'about 15 kilograms of explosives', value: '15 kg', speaker: 'Bogdan Serkis', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rise', kind: 'numeric',
      summary: 'On Saturday the ministry\'s toll rose from 17 (14:30) to 23 (19:10), and the later entry says so ("up from 17"): an update, not a contradiction.',
      sides: [
        { file: H, quote: 'At least 17 people were killed, according to the Interior Ministry.', value: '17 (14:30)' },
        { file: H, quote: 'The death toll has risen to 23, up from 17 this afternoon, the Interior Ministry says.', value: '23 (19:10)' },
      ],
    },
    {
      id: 'stalls-rounding', kind: 'numeric',
      summary: '62 stalls destroyed (City Hall, in the wire) and "about 60 stalls" in the state-aligned paper are the same figure, rounded.',
      sides: [
        { file: W, quote: 'City Hall said 62 stalls were destroyed', value: '62' },
        { file: M, quote: 'about 60 stalls were destroyed in the market', value: '~60' },
      ],
    },
    {
      id: 'crowd-more-than-vs-about', kind: 'numeric',
      summary: '"More than 3,000" people in the market (police, in the wire) and "about 3,500" (City Hall, in the live blog) are compatible approximations.',
      sides: [
        { file: W, quote: 'police said more than 3,000 people were doing their weekend shopping', value: '>3000' },
        { file: H, quote: 'City Hall estimates that about 3,500 people were inside the market when the bomb went off', value: '~3500' },
      ],
    },
    {
      id: 'wounded-synonyms', kind: 'numeric',
      summary: '"left 112 wounded" and "112 people were injured" are the same official figure in synonyms.',
      sides: [
        { file: W, quote: 'left 112 wounded', value: '112' },
        { file: M, quote: '112 people were injured', value: '112' },
      ],
    },
    {
      id: 'hospital-part-whole', kind: 'numeric',
      summary: '71 wounded treated at Sarrow University Hospital are a part of the 112 wounded in all (St. Ilia\'s treated the rest).',
      sides: [
        { file: K, quote: 'Sarrow University Hospital treated 71 of the wounded', value: '71 (one hospital)' },
        { file: X, quote: '112 were wounded', value: '112 (all)' },
      ],
    },
    {
      id: 'still-in-hospital', kind: 'numeric',
      summary: '38 people still in hospital on Monday and 112 injured in the blast are different sets (those still admitted two days later vs everyone wounded).',
      sides: [
        { file: K, quote: 'Thirty-eight people were still in hospital on Monday, nine of them in intensive care', value: '38 (in hospital on Monday)' },
        { file: M, quote: '112 people were injured', value: '112 (wounded)' },
      ],
    },
    {
      id: 'local-vs-gmt', kind: 'temporal',
      summary: '09:40 GMT in the foreign explainer and 11:40 in the live blog are the same moment, in GMT and in local time (UTC+2).',
      sides: [
        { file: X, quote: 'The bomb went off on Saturday 14 March at 09:40 GMT', value: '09:40 GMT' },
        { file: H, quote: 'says the explosion happened at 11:40', value: '11:40 local' },
      ],
    },
  ],
};
