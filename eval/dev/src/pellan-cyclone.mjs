// Hand-written gold source for Cyclone Seyla on the coast of Pellan Province (invented event,
// Nalvora, October 2026). build-gold.mjs turns it into ../gold/pellan-cyclone.json.
const W = 'corbel-wire.txt';
const L = 'hadra-lookout-live.md';
const N = 'nvt-news.md';
const M = 'dessaro-compass.txt';
const X = 'spindrift.md';

export default {
  corpus: 'pellan-cyclone',
  note: 'Invented event written for the project: late on Wednesday 14 October 2026 Cyclone Seyla makes landfall near the fishing town of Karuvelli (spelled Karuveli by the foreign explainer), about 40 km south of Hadra, capital of Pellan Province in the fictional country of Nalvora (capital Dessaro). A surge floods the Hadra districts of Old Harbour and Namaru, the Selka Bridge over the Selka River collapses with four vehicles on it, power is cut and 212 evacuation centres open. The National Meteorological Department (NMD), the foreign Tovarra Regional Storm Centre, the Disaster Response and Management Authority (DRMA, chaired by Selim Arkadi), the Prime Minister\'s Office of Rohan Estevar, the Nalvora Electricity Board (NEB), Governor Dilan Hossaini of Pellan (spelled Hosseini by the wire and the explainer), the army, the Karuvelli Fishermen\'s Cooperative and residents disagree. Five invented outlets: The Hadra Lookout live blog (Wednesday night to Friday), the Corbel wire (Friday), NVT News web story (Saturday), the state-aligned Dessaro Compass (Sunday) and the foreign explainer Spindrift (the next Thursday). They disagree about the toll (37 nationwide per the DRMA vs 64 in Pellan alone per the governor), the wind at landfall (160 km/h, Category 3, vs 205 km/h, Category 4), whether an evacuation order was issued for Karuvelli, whether power is back in all of Hadra, whether international aid was requested, whether all fishing boats are accounted for, who said "We had the warning. We did not have the time" (the governor or the cooperative chairman Yusuf Marandi) and when landfall happened (23:40 Wednesday vs 2:15 a.m. Thursday); the live blog corrects its own figure of vehicles on the bridge (14, then four). The toll rising from 12 to 37 on Thursday is an update; 540,000 customers without power in Hadra are part of 1.1 million nationwide; 412,600 evacuated and 86,000 still in centres are different sets.',
  files: [W, M, L, N, X],
  meta: { [W]: [2, 3], [M]: [2, 3], [N]: [3] },

  actors: [
    // places
    { id: 'nalvora', name: 'Nalvora', type: 'place', forms: ['Nalvora'], note: '"Nalvora Electricity Board" and "Red Cross Society of Nalvora" are nested names' },
    { id: 'dessaro', name: 'Dessaro', type: 'place', forms: ['Dessaro', 'DESSARO'], note: 'the capital; "Dessaro Compass" is a nested name; "arguing with Dessaro" (the capital for the government) stays a place' },
    { id: 'pellan', name: 'Pellan Province', type: 'place', forms: ['Pellan Province', 'Pellan'], note: '"Pellan Provincial Hospital" is a nested name' },
    { id: 'hadra', name: 'Hadra', type: 'place', forms: ['Hadra', 'HADRA'], note: 'capital of Pellan Province; "Hadra Municipal Stadium" and "The Hadra Lookout" are nested names; "Hadra-based" is a glued modifier' },
    { id: 'karuvelli', name: 'Karuvelli', type: 'place', forms: ['Karuvelli', 'Karuveli'], note: 'the fishing town where the storm came ashore; the foreign explainer spells it Karuveli; "Karuvelli Fishermen\'s Cooperative" is a nested name' },
    { id: 'sarne', name: 'Sarne Province', type: 'place', forms: ['Sarne Province'], note: 'the neighbouring province' },
    { id: 'old-harbour', name: 'Old Harbour', type: 'place', forms: ['Old Harbour'], note: 'a district of Hadra' },
    { id: 'namaru', name: 'Namaru', type: 'place', forms: ['Namaru'], note: 'a district of Hadra' },
    { id: 'selka-bridge', name: 'Selka Bridge', type: 'place', forms: ['Selka Bridge'], note: 'the collapsed bridge (a named structure is typed place)' },
    { id: 'selka-river', name: 'Selka River', type: 'place', forms: ['Selka River'] },
    { id: 'stadium', name: 'Hadra Municipal Stadium', type: 'place', forms: ['Hadra Municipal Stadium'], note: 'the largest evacuation centre; the city inside its name is a nested name' },
    // organizations
    { id: 'drma', name: 'Disaster Response and Management Authority', type: 'organization', forms: ['Disaster Response and Management Authority', 'DRMA'], note: '"DRMA-run" is a glued modifier; "the authority" is nominal' },
    { id: 'nmd', name: 'National Meteorological Department', type: 'organization', forms: ['National Meteorological Department', 'NMD'], note: '"the department" is nominal' },
    { id: 'tovarra-rsc', name: 'Tovarra Regional Storm Centre', type: 'organization', forms: ['Tovarra Regional Storm Centre'], note: 'a foreign regional forecasting centre; Tovarra inside its name is a nested name; "the centre" is nominal' },
    { id: 'neb', name: 'Nalvora Electricity Board', type: 'organization', forms: ['Nalvora Electricity Board', 'NEB'], note: 'the state power utility; "the utility", "the company" are nominal' },
    { id: 'pmo', name: "Prime Minister's Office", type: 'organization', forms: ["Prime Minister's Office", 'Prime Minister’s Office'], note: '"the Prime Minister" without a name is a title, in ignore' },
    { id: 'regiment', name: '5th Engineer Regiment', type: 'organization', forms: ['5th Engineer Regiment'], note: 'the army unit; "the army" is nominal' },
    { id: 'redcross', name: 'Red Cross Society of Nalvora', type: 'organization', forms: ['Red Cross Society of Nalvora'], note: '"the society" is nominal' },
    { id: 'seabridge', name: 'Seabridge Relief', type: 'organization', forms: ['Seabridge Relief'], note: 'an international aid group; "the charity" is nominal' },
    { id: 'coop', name: "Karuvelli Fishermen's Cooperative", type: 'organization', forms: ["Karuvelli Fishermen's Cooperative", 'Karuvelli Fishermen’s Cooperative', "Karuveli Fishermen's Cooperative"], note: 'the town inside its name is a nested name; "the cooperative" is nominal' },
    { id: 'hospital', name: 'Pellan Provincial Hospital', type: 'organization', forms: ['Pellan Provincial Hospital'] },
    { id: 'coastal-league', name: 'Coastal League', type: 'organization', forms: ['Coastal League'], note: 'the opposition party of the governor' },
    { id: 'marlbeck', name: 'University of Marlbeck', type: 'organization', forms: ['University of Marlbeck'] },
    { id: 'corbel', name: 'Corbel', type: 'organization', forms: ['Corbel'], note: 'the wire agency; the dateline "(Corbel)" is a mention' },
    { id: 'lookout', name: 'The Hadra Lookout', type: 'organization', forms: ['The Hadra Lookout', 'Lookout'], note: 'the local paper; named in the text only as "the Lookout’s main site" (its front matter is metadata)' },
    { id: 'nvt', name: 'NVT News', type: 'organization', forms: ['NVT News', 'NVT'] },
    { id: 'compass', name: 'Dessaro Compass', type: 'organization', forms: ['Dessaro Compass'], note: 'the state-aligned paper, named in the text only by the foreign explainer' },
    { id: 'spindrift', name: 'Spindrift', type: 'organization', forms: ['Spindrift'], note: 'the foreign explainer, which names itself in the text' },
    // people
    { id: 'estevar', name: 'Rohan Estevar', type: 'person', forms: ['Rohan Estevar', 'Estevar'], note: 'the Prime Minister' },
    { id: 'kerem', name: 'Nadia Kerem', type: 'person', forms: ['Nadia Kerem'], note: 'spokeswoman for the Prime Minister\'s Office' },
    { id: 'arkadi', name: 'Selim Arkadi', type: 'person', forms: ['Selim Arkadi', 'Arkadi'], note: 'chairman of the DRMA' },
    { id: 'sarkandi', name: 'Leila Sarkandi', type: 'person', forms: ['Leila Sarkandi'], note: 'Director-General of the NMD (Dr.)' },
    { id: 'hossaini', name: 'Dilan Hossaini', type: 'person', forms: ['Dilan Hossaini', 'Dilan Hosseini', 'Hossaini', 'Hosseini'], note: 'Governor of Pellan Province; the wire and the foreign explainer write Hosseini' },
    { id: 'ruhl', name: 'Mateo Ruhl', type: 'person', forms: ['Mateo Ruhl', 'Ruhl'], note: 'Governor of Sarne Province' },
    { id: 'marandi', name: 'Yusuf Marandi', type: 'person', forms: ['Yusuf Marandi', 'Marandi'], note: 'chairman of the Karuvelli Fishermen\'s Cooperative' },
    { id: 'ashgar', name: 'Ruben Ashgar', type: 'person', forms: ['Ruben Ashgar'], note: 'army spokesman (Col.)' },
    { id: 'lasko', name: 'Farid Lasko', type: 'person', forms: ['Farid Lasko'], note: 'NEB spokesman' },
    { id: 'bergstrand', name: 'Halim Bergstrand', type: 'person', forms: ['Halim Bergstrand'], note: 'NEB managing director' },
    { id: 'tessaro', name: 'Amira Tessaro', type: 'person', forms: ['Amira Tessaro'], note: 'secretary-general of the Red Cross Society of Nalvora' },
    { id: 'whitcombe', name: 'Jonas Whitcombe', type: 'person', forms: ['Jonas Whitcombe'], note: 'country director of Seabridge Relief' },
    { id: 'aalders', name: 'Kristof Aalders', type: 'person', forms: ['Kristof Aalders'], note: 'forecaster at the Tovarra Regional Storm Centre' },
    { id: 'solheim', name: 'Ingrid Solheim', type: 'person', forms: ['Ingrid Solheim'], note: 'disaster-risk researcher quoted by the explainer' },
    { id: 'okonde', name: 'Samira Okonde', type: 'person', forms: ['Samira Okonde'], note: 'a resident of Old Harbour at the stadium' },
    { id: 'ilunga', name: 'Rosa Ilunga', type: 'person', forms: ['Rosa Ilunga'], note: 'a tea-stall owner in Namaru' },
    { id: 'gerrold', name: 'Fatima Gerrold', type: 'person', forms: ['Fatima Gerrold'], note: 'a resident of Old Harbour quoted by the state-aligned paper' },
  ],

  nominals: [
    { pattern: '\\b(?:Cyclone )?Seyla\\b', why: 'the name of the storm: not a person, organization or place (like a ship\'s name), ignored' },
    { pattern: '\\b[Tt]he (authority|national authority|department|agency|company|cooperative|army|governor|society|province|bridge|river|stadium|charity|(?:state )?utility)\\b', why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: '\\b[Tt]he centre\\b(?! of the storm)', why: 'nominal reference to the Tovarra Regional Storm Centre (lowercase; "the centre of the storm" is not a reference to it)' },
    { pattern: '\\b[Tt]he [Pp]rime [Mm]inister\\b(?![’\']s Office)', why: 'title used without a name' },
    { pattern: '\\b[Tt]he police\\b|\\bPolice\\b', why: 'nominal reference to the police (no named police body; capitalized only at the start of a sentence)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Dilan Hossaini', cue: 'he told Corbel', quote: 'We have counted 64 dead in Pellan Province alone, and we are not finished' },
    { file: W, speaker: 'Dilan Hossaini', cue: 'he said', quote: 'No evacuation order was ever issued for Karuvelli. People went to sleep in their own beds' },
    { file: W, speaker: 'Selim Arkadi', cue: 'he said', quote: 'We have asked our partners for help, and some of it is already in the air' },
    { file: W, speaker: 'Jonas Whitcombe', cue: 'he said', quote: 'The town is mostly standing, but almost nothing in it works' },
    { file: L, speaker: 'Leila Sarkandi', cue: 'she said', quote: 'This is a Category 3 storm and it is still dangerous' },
    { file: L, speaker: 'Yusuf Marandi', cue: 'he said', quote: 'No siren, no loudspeaker, no one knocking on doors' },
    { file: L, speaker: 'Samira Okonde', cue: 'she said', quote: 'I did not wait for anybody to tell me' },
    { file: L, speaker: 'Farid Lasko', cue: 'spokesman Farid Lasko said', quote: 'Every feeder in the city is live again' },
    { file: N, speaker: 'Dilan Hossaini', cue: 'he said', quote: 'We asked for one on Wednesday afternoon. It did not come' },
    { file: N, speaker: 'Selim Arkadi', cue: 'he said in an interview', quote: 'The order went out at eight o’clock on Wednesday evening, by radio, by text message and through the district offices' },
    { file: N, speaker: 'Nadia Kerem', cue: 'said Nadia Kerem', quote: 'Nalvora has not requested international aid, and it does not need to' },
    { file: N, speaker: 'Yusuf Marandi', cue: 'he said', quote: 'The army counts the boats it found. We count the boats that did not come home' },
    { file: M, speaker: 'Rohan Estevar', cue: 'the Prime Minister told workers', quote: 'When the storm came, our people were already safe in the shelters. That is not luck. That is preparation' },
    { file: M, speaker: 'Mateo Ruhl', cue: 'Ruhl said', quote: 'Pellan is our sister province. What it needs, we will give' },
    { file: X, speaker: 'Ingrid Solheim', cue: 'said Ingrid Solheim', quote: 'In every cyclone inquiry I have worked on, the argument is never about whether the warning existed, but whether it reached the last house on the beach' },
  ],

  contradictions: [
    {
      id: 'death-toll', level: 'core', kind: 'numeric',
      summary: 'The dead: the Disaster Response and Management Authority (DRMA) has confirmed 37 deaths across the whole country; Governor Dilan Hossaini\'s provincial government counts 64 dead in Pellan Province alone.',
      sides: [
        { file: W, quote: 'The Disaster Response and Management Authority (DRMA) said 37 people had been confirmed killed nationwide.', value: '37 (nationwide)', speaker: 'Disaster Response and Management Authority', camp: 'A' },
        { file: L, quote: 'The DRMA is sticking with 37.', value: '37', speaker: 'Disaster Response and Management Authority', camp: 'A' },
        { file: N, quote: 'The DRMA has confirmed 37 deaths across the country', value: '37 (nationwide)', speaker: 'Disaster Response and Management Authority', camp: 'A' },
        { file: M, quote: 'The DRMA has confirmed 37 deaths.', value: '37', speaker: 'Disaster Response and Management Authority', camp: 'A' },
        { file: X, quote: 'The DRMA\'s count has stood at 37 since the evening after landfall.', value: '37', speaker: 'Disaster Response and Management Authority', camp: 'A' },
        { file: W, quote: 'We have counted 64 dead in Pellan Province alone, and we are not finished', value: '64 (Pellan alone)', speaker: 'Dilan Hossaini', camp: 'B' },
        { file: L, quote: 'Governor Dilan Hossaini has given his own figure: 64 dead in Pellan Province alone', value: '64 (Pellan alone)', speaker: 'Dilan Hossaini', camp: 'B' },
        { file: N, quote: 'Hossaini’s provincial government says 64 people have died in Pellan alone', value: '64 (Pellan alone)', speaker: 'Dilan Hossaini', camp: 'B' },
        { file: X, quote: 'The provincial government of Governor Dilan Hosseini says 64 people died in Pellan alone', value: '64 (Pellan alone)', speaker: 'Dilan Hossaini', camp: 'B' },
      ],
    },
    {
      id: 'wind-speed', level: 'secondary', kind: 'numeric',
      summary: 'The strength at landfall: the National Meteorological Department (NMD) says sustained winds of 160 km/h, a Category 3 storm; the Tovarra Regional Storm Centre estimates 205 km/h, a Category 4.',
      sides: [
        { file: W, quote: 'with maximum sustained winds of 160 km/h, which it classed as Category 3 on the national scale', value: '160 km/h, Cat 3', speaker: 'National Meteorological Department', camp: 'A' },
        { file: L, quote: '“This is a Category 3 storm and it is still dangerous,” she said.', value: 'Cat 3', speaker: 'Leila Sarkandi', camp: 'A' },
        { file: M, quote: 'Seyla reached the coast as a Category 3 cyclone with sustained winds of 160 km/h', value: '160 km/h, Cat 3', speaker: 'National Meteorological Department', camp: 'A' },
        { file: X, quote: 'The NMD says Seyla came ashore as a Category 3 storm with sustained winds of roughly 100 miles an hour.', value: '~100 mph (160 km/h), Cat 3', speaker: 'National Meteorological Department', camp: 'A' },
        { file: W, quote: 'estimated sustained winds of 205 km/h at landfall and rated Seyla a Category 4', value: '205 km/h, Cat 4', speaker: 'Tovarra Regional Storm Centre', camp: 'B' },
        { file: X, quote: 'put the winds at 205 km/h, a Category 4', value: '205 km/h, Cat 4', speaker: 'Tovarra Regional Storm Centre', camp: 'B' },
        { file: X, quote: 'Satellite and buoy data both point to a stronger storm than the national figure', speaker: 'Kristof Aalders', camp: 'B' },
      ],
    },
    {
      id: 'evacuation-order', level: 'core', kind: 'polarity',
      summary: 'Whether an evacuation order was issued for Karuvelli: the DRMA and its chairman, Selim Arkadi, say a mandatory order for the Pellan coast went out at 8 p.m. on Wednesday and reached every village; Governor Hossaini says no order was ever issued for the town, and the fishermen\'s cooperative says nobody there heard one.',
      sides: [
        { file: L, quote: 'a mandatory evacuation order for the coastal villages of Pellan was issued at 20:00', speaker: 'Disaster Response and Management Authority', camp: 'A' },
        { file: L, quote: '‘The order was issued, and it was issued in time.’', speaker: 'Selim Arkadi', camp: 'A' },
        { file: W, quote: 'a mandatory evacuation order covering the Pellan coast went out at 8 p.m. on Wednesday', speaker: 'Selim Arkadi', camp: 'A' },
        { file: N, quote: 'The order went out at eight o’clock on Wednesday evening', speaker: 'Selim Arkadi', camp: 'A' },
        { file: M, quote: 'Every village on the coast received the order, by radio, by telephone and through the district officers', speaker: 'Selim Arkadi', camp: 'A' },
        { file: X, quote: 'DRMA chairman Selim Arkadi says the order went out on Wednesday evening by radio, text message and district officials.', speaker: 'Selim Arkadi', camp: 'A' },
        { file: W, quote: 'No evacuation order was ever issued for Karuvelli.', speaker: 'Dilan Hossaini', camp: 'B' },
        { file: L, quote: 'nobody there heard any order to leave', speaker: 'Yusuf Marandi', camp: 'B' },
        { file: N, quote: 'had never issued an evacuation order for the town', speaker: 'Dilan Hossaini', camp: 'B' },
        { file: N, quote: 'Not at eight o’clock, not at ten, not at all.', speaker: 'Dilan Hossaini', camp: 'B' },
        { file: X, quote: 'Hosseini says no order was ever issued for Karuveli', speaker: 'Dilan Hossaini', camp: 'B' },
      ],
    },
    {
      id: 'power-restored', level: 'core', kind: 'status',
      summary: 'Whether power is back in Hadra: the Nalvora Electricity Board (NEB) says supply to all of Hadra was restored on Friday evening (16 October); residents of Old Harbour and Namaru, the governor and the foreign explainer say large parts of the city were still without power on Saturday and five days later.',
      sides: [
        { file: L, quote: 'The NEB says power has been restored to all of Hadra.', speaker: 'Nalvora Electricity Board', camp: 'A' },
        { file: N, quote: 'announced that electricity had been restored to all of Hadra', speaker: 'Nalvora Electricity Board', camp: 'A' },
        { file: M, quote: 'Electricity supply to Hadra was fully restored on Friday evening, the Nalvora Electricity Board (NEB) said', speaker: 'Nalvora Electricity Board', camp: 'A' },
        { file: X, quote: 'declared on 16 October that supply to all of Hadra had been restored', speaker: 'Nalvora Electricity Board', camp: 'A' },
        { file: N, quote: 'Residents of Old Harbour and Namaru, the two districts along the estuary, say that is not true.', speaker: 'residents of Old Harbour and Namaru', camp: 'B' },
        { file: N, quote: 'We have had no power since Wednesday night. Not for one minute', speaker: 'Rosa Ilunga', camp: 'B' },
        { file: N, quote: 'telling NVT that half of Hadra was still without power on Saturday', speaker: 'Dilan Hossaini', camp: 'B' },
        { file: X, quote: 'Spindrift found whole streets in the Old Harbour and Namaru districts still dark five days later', speaker: 'Spindrift', camp: 'B' },
      ],
    },
    {
      id: 'international-aid', level: 'secondary', kind: 'polarity',
      summary: 'Whether Nalvora asked for international aid: DRMA chairman Selim Arkadi told the Corbel wire that the government formally requested international assistance on Thursday; the Prime Minister\'s Office, through its spokeswoman Nadia Kerem, says no request was made.',
      sides: [
        { file: W, quote: 'Arkadi said the government had formally asked for international assistance on Thursday', speaker: 'Selim Arkadi', camp: 'A' },
        { file: N, quote: 'who told the Corbel news agency on Friday that the government had formally asked for international assistance', speaker: 'Selim Arkadi', camp: 'A' },
        { file: X, quote: 'Arkadi told the Corbel news agency that the government had formally requested international assistance on the day after landfall.', speaker: 'Selim Arkadi', camp: 'A' },
        { file: N, quote: 'Nalvora has not requested international aid, and it does not need to', speaker: 'Nadia Kerem', camp: 'B' },
        { file: M, quote: 'said no request for international aid had been made', speaker: 'Nadia Kerem', camp: 'B' },
        { file: X, quote: 'The office of Prime Minister Rohan Estevar says no such request was made.', speaker: "Prime Minister's Office", camp: 'B' },
      ],
    },
    {
      id: 'warning-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same remark, "We had the warning. We did not have the time", is credited by the wire to Governor Dilan Hossaini (Hosseini) and by the live blog to Yusuf Marandi, chairman of the Karuvelli Fishermen\'s Cooperative.',
      sides: [
        { file: W, quote: '"We had the warning. We did not have the time," the governor added, his voice breaking.', speaker: 'Dilan Hossaini', camp: 'A' },
        { file: L, quote: 'Asked why so many families stayed, Marandi was blunt. “We had the warning,” he said. “We did not have the time.”', speaker: 'Yusuf Marandi', camp: 'B' },
      ],
    },
    {
      id: 'landfall-time', level: 'core', kind: 'temporal',
      summary: 'When Seyla made landfall: the NMD (and the live blog, the wire and the explainer citing it) says 23:40 on Wednesday 14 October; the DRMA, Arkadi and the state-aligned paper say 2:15 a.m. on Thursday, which would give the coast more than six hours after the 8 p.m. evacuation order instead of less than four.',
      sides: [
        { file: W, quote: 'made landfall at 11:40 p.m. on Wednesday near the fishing town of Karuvelli', value: '23:40 Wed', speaker: 'National Meteorological Department', camp: 'A' },
        { file: L, quote: 'NMD Director-General Dr. Leila Sarkandi says Seyla made landfall at 23:40 near Karuvelli', value: '23:40 Wed', speaker: 'Leila Sarkandi', camp: 'A' },
        { file: X, quote: 'The National Meteorological Department (NMD) stamped its landfall bulletin at 23:40 on Wednesday 14 October', value: '23:40 Wed', speaker: 'National Meteorological Department', camp: 'A' },
        { file: N, quote: 'He said the storm had come ashore shortly after 2 a.m. on Thursday, not before midnight as some reports said', value: '~02:00 Thu', speaker: 'Selim Arkadi', camp: 'B' },
        { file: M, quote: 'According to the Disaster Response and Management Authority (DRMA), Seyla made landfall near Karuvelli at 2:15 a.m. on Thursday.', value: '02:15 Thu', speaker: 'Disaster Response and Management Authority', camp: 'B' },
        { file: X, quote: 'have since given a later time: 2:15 a.m. on Thursday', value: '02:15 Thu', speaker: 'Disaster Response and Management Authority', camp: 'B' },
      ],
    },
    {
      id: 'missing-boats', level: 'secondary', kind: 'status',
      summary: 'The fishing boats: the army (its spokesman Col. Ruben Ashgar) says on Saturday that every boat at sea when the storm struck has been accounted for; the Karuvelli Fishermen\'s Cooperative says 11 boats with 38 men aboard are still missing.',
      sides: [
        { file: N, quote: 'The army said on Saturday that all the fishing boats that had put out from Karuvelli before the storm had now been accounted for.', speaker: 'the army', camp: 'A' },
        { file: M, quote: 'All fishing boats that were at sea when the storm struck have been accounted for, army spokesman Col. Ruben Ashgar said.', speaker: 'Ruben Ashgar', camp: 'A' },
        { file: X, quote: 'The army said on Saturday that every boat had been accounted for.', speaker: 'the army', camp: 'A' },
        { file: N, quote: 'said 11 boats with 38 men aboard were still missing on Saturday', speaker: 'Yusuf Marandi', camp: 'B' },
        { file: X, quote: 'says 11 boats with 38 men aboard have still not come home', speaker: 'Yusuf Marandi', camp: 'B' },
      ],
    },
    {
      id: 'bridge-vehicles-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing police, that 14 vehicles were on the Selka Bridge when it collapsed, then corrected it to four; the wire and the explainer give four.',
      sides: [
        { file: L, quote: 'Police say 14 vehicles were on the bridge when it came down.', value: '14', speaker: 'police', camp: 'A' },
        { file: L, quote: 'That was our error; police gave the figure as four vehicles.', value: '4', speaker: 'police', camp: 'B' },
        { file: W, quote: 'collapsed into the swollen Selka River with four vehicles on it', value: '4', speaker: 'Corbel', camp: 'B' },
        { file: X, quote: 'gave way in the early hours of Thursday with four vehicles on it', value: '4', speaker: 'Spindrift', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rise', kind: 'numeric',
      summary: 'The DRMA toll rose from 12 (07:30 on Thursday) to 37 (18:00 on Thursday), and the later entry says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'The DRMA says 12 people are confirmed dead, most of them in Karuvelli.', value: '12 (Thu 07:30)' },
        { file: L, quote: 'The DRMA now says 37 people have died, up from 12 this morning.', value: '37 (Thu 18:00)' },
      ],
    },
    {
      id: 'evacuated-rounding', kind: 'numeric',
      summary: '"about 410,000" in the wire and 412,600 in the state-aligned paper are the same DRMA figure for people evacuated, rounded.',
      sides: [
        { file: W, quote: 'about 410,000 people were moved to safety before the storm struck', value: '~410000' },
        { file: M, quote: 'the timely evacuation of 412,600 citizens had saved thousands of lives', value: '412600' },
      ],
    },
    {
      id: 'evacuated-vs-sheltering', kind: 'numeric',
      summary: '412,600 people evacuated before landfall and some 86,000 still in evacuation centres on Saturday are different sets.',
      sides: [
        { file: N, quote: 'The government has given a precise figure for those it moved: 412,600 people, most of them from Pellan.', value: '412600 evacuated' },
        { file: N, quote: 'On Saturday, some 86,000 were still sheltering in evacuation centres, the DRMA said', value: '~86000 in centres (Saturday)' },
      ],
    },
    {
      id: 'power-hadra-vs-national', kind: 'numeric',
      summary: '540,000 customers without power in Hadra and about 1.1 million nationwide are part and whole (both NEB figures).',
      sides: [
        { file: L, quote: 'The Nalvora Electricity Board (NEB) says 540,000 customers in Hadra have lost supply', value: '540000 (Hadra)' },
        { file: W, quote: 'The storm cut power to about 1.1 million customers nationwide', value: '~1.1 million (nationwide)' },
      ],
    },
    {
      id: 'centres-shelters', kind: 'numeric',
      summary: '"212 evacuation centres" and "212 cyclone shelters" opened in Pellan are the same figure in different words.',
      sides: [
        { file: L, quote: 'It has opened 212 evacuation centres across the province', value: '212' },
        { file: M, quote: 'A total of 212 cyclone shelters were opened in the province.', value: '212' },
      ],
    },
    {
      id: 'surge-more-than-vs-about', kind: 'numeric',
      summary: 'The NMD\'s expected surge of "more than three metres" and the "about 3.5 metres" that hit Karuvelli are compatible approximations.',
      sides: [
        { file: L, quote: 'The NMD expects a storm surge of more than three metres on the southern beaches.', value: '>3 m' },
        { file: W, quote: 'A surge of about 3.5 metres swept into Karuvelli', value: '~3.5 m' },
      ],
    },
    {
      id: 'distance-units', kind: 'numeric',
      summary: 'Karuvelli lies "about 40 km" south of Hadra in the wire and "about 25 miles" south in the foreign explainer: the same distance in different units.',
      sides: [
        { file: W, quote: 'about 40 km south of Hadra', value: '~40 km' },
        { file: X, quote: 'a town of some 30,000 people about 25 miles south of Hadra', value: '~25 mi (~40 km)' },
      ],
    },
  ],
};
