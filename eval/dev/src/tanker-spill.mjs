// Hand-written gold source for the tanker spill off Cape Ombria (invented event, Tarvona,
// March 2026). build-gold.mjs turns it into ../gold/tanker-spill.json.
// The five articles imitate text scraped from news websites: random file names, the
// headline twice, site boilerplate, bylines, "Updated" lines, captions with credits and,
// in the explainer, footnote markers with a numbered source list. Boilerplate, bylines,
// date and "Updated" lines, "Read more"/"Most read" lines, the wire's "(Adds ...)" and
// "(Reporting by ...)" lines and the source list are metadata (meta: 1-based line numbers).
const N = '000_88eb2f4ae424d74b.txt'; // MVK News web story (Thursday), UK style
const W = '001_71c3b81a28f5dbd3.txt'; // Gantry wire (Thursday), US style
const X = '002_b63e52bb85be7dfc.txt'; // The Undertow explainer (Sunday), US style, footnotes
const L = '003_672991cbd81cce99.txt'; // The Calbrio Ensign live blog (Wednesday)
const M = '004_06d884076b8b78ad.txt'; // state-aligned Ondrava Herald (Friday), names itself nowhere

export default {
  corpus: 'tanker-spill',
  note: 'Invented event written for the project: in the early hours of Tuesday 3 March 2026 the crude tanker Aurelian Dawn (registered in the Santerre Islands, operated by Caldris Maritime, carrying 86,000 tonnes of crude from Port Semmel to the refinery at Calbrio) runs aground on Gorran Reef off Cape Ombria, on the approach to the port of Calbrio in Kesterin Province of the fictional country of Tarvona (capital Ondrava); all 23 crew are lifted off by helicopter, oil comes ashore on Lantera Beach and around the fishing village of Vesko, fishing is banned up to the mouth of the protected Sellan Lagoon, and the captain Lukas Petrović (Petrovic in the wire and the explainer) is detained. The five articles imitate scraped web pages: random hex file names, the headline repeated, site boilerplate ("Skip to content", "Advertisement", "Share this article", "Read more", "Most read", newsletter prompts), bylines and "Updated" lines (all metadata), photo captions with credits (counted text), and footnote markers with a numbered source list (metadata) in the explainer. Outlets: MVK News web story (Thursday, 000), the Gantry wire (Thursday, 001), the foreign explainer The Undertow (Sunday, 002), The Calbrio Ensign live blog (Wednesday, 003) and the state-aligned Ondrava Herald (Friday, 004; named only by the explainer). The Ministry of Environment and Oceans and Environment Minister Nadia Korsgaard, Governor Paulo Brisante, the environmental group Bluewake, the Ondrava University Marine Laboratory, Caldris Maritime and its chief executive Oskar Vellander, the salvage firm Ostrander Salvage, the Tarvona Coast Guard and its commander Vice Admiral Corin Abadi, the Calbrio Port Authority, the Kesterin Regional Prosecutor\'s Office, the captain\'s lawyer and Prime Minister Elias Mardani disagree about the oil spilled (about 1,200 tonnes vs at least 6,000), the coastline reached (12 km vs 40 km), whether the leak was stopped on Wednesday evening, whether oil entered the Sellan Lagoon, who is to blame (the captain vs port control and a late pilot boat), whether the port radioed two warnings, when the ship grounded (02:40 vs 01:20) and whether the captain is in custody; the live blog corrects its own cargo figure (180,000 tonnes, then 86,000). Oiled birds rising from 300 to 850 is an update; 2,140 and "about 2,100" volunteers are one figure rounded; 430 fishermen of Vesko are part of some 1,100 in the province; 9,000 tonnes pumped off and 1,200 tonnes leaked are different sets; 23 crew "lifted off by helicopter" and 23 seafarers "airlifted" are synonyms; "more than 600" and "about 650" soldiers agree; 86,000 tonnes and roughly 630,000 barrels are one cargo in two units. The ship\'s name is in ignore.',
  files: [N, W, X, L, M],
  meta: {
    [N]: [1, 2, 7, 8, 9, 21, 31, 45, 47, 48, 49, 50],
    [W]: [2, 3, 4, 13, 45, 47],
    [X]: [1, 6, 7, 8, 36, 50, 51, 52, 53, 54, 55, 56],
    [L]: [1, 2, 5, 6, 7, 21, 37, 45, 62, 63, 64, 65],
    [M]: [2, 3, 17, 23, 35],
  },

  actors: [
    // places
    { id: 'tarvona', name: 'Tarvona', type: 'place', forms: ['Tarvona'], note: 'the country; "Tarvona Coast Guard" is a nested name; "Tarvona\'s" keeps the possessive outside' },
    { id: 'ondrava', name: 'Ondrava', type: 'place', forms: ['Ondrava'], note: 'the capital; "the government in Ondrava" stays a place; "Ondrava University Marine Laboratory" and "Ondrava Herald" are nested names' },
    { id: 'kesterin', name: 'Kesterin Province', type: 'place', forms: ['Kesterin Province', 'Kesterin'], note: '"Kesterin Fishermen\'s Association" and "Kesterin Regional Prosecutor\'s Office" are nested names' },
    { id: 'calbrio', name: 'Calbrio', type: 'place', forms: ['Calbrio', 'CALBRIO'], note: 'the port city; "the Calbrio refinery" is a mention; "Calbrio Port Authority" and "Calbrio Ensign" are nested names' },
    { id: 'vesko', name: 'Vesko', type: 'place', forms: ['Vesko'], note: 'the fishing village' },
    { id: 'lantera', name: 'Lantera Beach', type: 'place', forms: ['Lantera Beach'] },
    { id: 'cape-ombria', name: 'Cape Ombria', type: 'place', forms: ['Cape Ombria'], note: '"the cape" is nominal' },
    { id: 'gorran', name: 'Gorran Reef', type: 'place', forms: ['Gorran Reef'], note: 'where the tanker grounded; "the reef" is nominal' },
    { id: 'sellan', name: 'Sellan Lagoon', type: 'place', forms: ['Sellan Lagoon'], note: 'the protected lagoon; "the lagoon" is nominal' },
    { id: 'santerre', name: 'Santerre Islands', type: 'place', forms: ['Santerre Islands', 'Santerre'], note: 'the flag state; "Santerre has a growing register" (the state for its registry) stays a place; "Santerre Maritime Administration" is a nested name' },
    { id: 'port-semmel', name: 'Port Semmel', type: 'place', forms: ['Port Semmel'], note: 'the loading port' },
    // organizations
    { id: 'caldris', name: 'Caldris Maritime', type: 'organization', forms: ['Caldris Maritime', 'Caldris'], note: 'the operator of the tanker; "the company" is nominal' },
    { id: 'coast-guard', name: 'Tarvona Coast Guard', type: 'organization', forms: ['Tarvona Coast Guard'], note: 'lowercase "coast guard" is nominal' },
    { id: 'env-ministry', name: 'Ministry of Environment and Oceans', type: 'organization', forms: ['Ministry of Environment and Oceans'], note: '"the ministry" is nominal; "Environment Minister" is a title' },
    { id: 'port-authority', name: 'Calbrio Port Authority', type: 'organization', forms: ['Calbrio Port Authority'], note: '"the port" and "port control" are nominal' },
    { id: 'prosecutors', name: "Kesterin Regional Prosecutor's Office", type: 'organization', forms: ["Kesterin Regional Prosecutor's Office", 'Kesterin Regional Prosecutor’s Office'], note: 'the \'s belongs to the name; "prosecutors" is nominal' },
    { id: 'ostrander', name: 'Ostrander Salvage', type: 'organization', forms: ['Ostrander Salvage'], note: 'the salvage firm' },
    { id: 'kfa', name: "Kesterin Fishermen's Association", type: 'organization', forms: ["Kesterin Fishermen's Association", 'Kesterin Fishermen’s Association'] },
    { id: 'bluewake', name: 'Bluewake', type: 'organization', forms: ['Bluewake'], note: 'the environmental group; "the group" is nominal' },
    { id: 'lab', name: 'Ondrava University Marine Laboratory', type: 'organization', forms: ['Ondrava University Marine Laboratory'] },
    { id: 'westmark', name: 'Westmark P&I Club', type: 'organization', forms: ['Westmark P&I Club'], note: 'the ship\'s insurer' },
    { id: 'sma', name: 'Santerre Maritime Administration', type: 'organization', forms: ['Santerre Maritime Administration'], note: 'the flag state\'s maritime administration (its mention in the wire\'s "(Adds ...)" line is metadata)' },
    { id: 'gov-press', name: 'Government Press Office', type: 'organization', forms: ['Government Press Office'], note: 'credited in a photo caption of the state-aligned paper' },
    { id: 'gantry', name: 'Gantry', type: 'organization', forms: ['Gantry'], note: 'the wire agency: the dateline "(Gantry)" and the photo credit "Jana Mercer/Gantry" are mentions; its name in the explainer\'s source list is metadata' },
    { id: 'mvk', name: 'MVK News', type: 'organization', forms: ['MVK News'], note: 'named in its own text ("told MVK News"); its name in the source list is metadata' },
    { id: 'ensign', name: 'The Calbrio Ensign', type: 'organization', forms: ['The Calbrio Ensign', 'Calbrio Ensign', 'Ensign'], note: 'the local paper; "told the Ensign" is spanned without the article; "Oren Vale/Calbrio Ensign" in a caption is a mention; the byline "By Ensign reporters" and the source list are metadata' },
    { id: 'herald', name: 'Ondrava Herald', type: 'organization', forms: ['Ondrava Herald'], note: 'the state-aligned paper, named in counted text only by the explainer' },
    { id: 'undertow', name: 'The Undertow', type: 'organization', forms: ['The Undertow'], note: 'the foreign explainer, which names itself in the text ("told The Undertow")' },
    // people
    { id: 'mardani', name: 'Elias Mardani', type: 'person', forms: ['Elias Mardani', 'Mardani'], note: 'Prime Minister of Tarvona' },
    { id: 'korsgaard', name: 'Nadia Korsgaard', type: 'person', forms: ['Nadia Korsgaard'], note: 'Environment Minister ("Minister Korsgaard" in a "Read more" line is metadata)' },
    { id: 'brisante', name: 'Paulo Brisante', type: 'person', forms: ['Paulo Brisante', 'Brisante'], note: 'Governor of Kesterin Province' },
    { id: 'abadi', name: 'Corin Abadi', type: 'person', forms: ['Corin Abadi'], note: 'Vice Admiral, commander of the Tarvona Coast Guard' },
    { id: 'petrovic', name: 'Lukas Petrović', type: 'person', forms: ['Lukas Petrović', 'Lukas Petrovic', 'Petrovic'], note: 'the captain (master) of the Aurelian Dawn; the wire and the explainer write Petrovic' },
    { id: 'vellander', name: 'Oskar Vellander', type: 'person', forms: ['Oskar Vellander', 'Vellander'], note: 'chief executive of Caldris Maritime' },
    { id: 'taskin', name: 'Ruben Taskin', type: 'person', forms: ['Ruben Taskin', 'Taskin'], note: 'harbour master of Calbrio' },
    { id: 'danvers', name: 'Pieter Danvers', type: 'person', forms: ['Pieter Danvers'], note: 'salvage master of Ostrander Salvage' },
    { id: 'arrido', name: 'Tomas Arrido', type: 'person', forms: ['Tomas Arrido'], note: 'president of the Kesterin Fishermen\'s Association' },
    { id: 'ferrow', name: 'Saskia Ferrow', type: 'person', forms: ['Saskia Ferrow'], note: 'oceans campaigner at Bluewake' },
    { id: 'castellan', name: 'Amira Castellan', type: 'person', forms: ['Amira Castellan', 'Castellan'], note: 'marine chemist at the Ondrava University Marine Laboratory (Dr / Dr.)' },
    { id: 'strecker', name: 'Ilona Strecker', type: 'person', forms: ['Ilona Strecker'], note: 'prosecutor at the Kesterin Regional Prosecutor\'s Office' },
    { id: 'salas', name: 'Viktor Salas', type: 'person', forms: ['Viktor Salas', 'Salas'], note: 'the captain\'s lawyer' },
    { id: 'sarre', name: 'Joaquim Sarre', type: 'person', forms: ['Joaquim Sarre'], note: 'a fisherman from Vesko' },
    { id: 'lask', name: 'Irene Lask', type: 'person', forms: ['Irene Lask'], note: 'a guesthouse owner on Lantera Beach' },
    { id: 'vale', name: 'Oren Vale', type: 'person', forms: ['Oren Vale'], note: 'photographer credited in a caption of the live blog' },
    { id: 'mercer', name: 'Jana Mercer', type: 'person', forms: ['Jana Mercer'], note: 'photographer credited in a caption of the web story' },
  ],

  nominals: [
    { pattern: '\\bAurelian Dawn\\b', why: "a ship's name: not a person, organization or place" },
    { pattern: '\\b[Tt]he (ministry|company|port|lagoon|cape|reef|governor|minister|group|firm)\\b', why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: '\\b[Tt]he Prime Minister\\b', why: 'title used without a name' },
    { pattern: '\\bcoast guard\\b', why: 'nominal reference to the Tarvona Coast Guard (lowercase)' },
    { pattern: '\\bport control\\b', why: "nominal reference to the Calbrio Port Authority's traffic control (lowercase)" },
    { pattern: '\\b[Pp]rosecutors\\b', why: "nominal reference to the Kesterin Regional Prosecutor's Office" },
    { pattern: '\\bpolice\\b', why: 'nominal reference to the police (no named police body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: N, speaker: 'Pieter Danvers', cue: 'he said', quote: 'The patch we fitted last night is holding, but the tank is still losing oil through a crack further aft. I would not call that sealed' },
    { file: N, speaker: 'Paulo Brisante', cue: 'he said', quote: 'Anyone who tells you it is twelve has not left their office' },
    { file: N, speaker: 'Saskia Ferrow', cue: 'said Saskia Ferrow', quote: 'The government figure does not survive contact with a single satellite pass' },
    { file: W, speaker: 'Oskar Vellander', cue: 'told reporters in Calbrio', quote: 'The leak was sealed at nine o\'clock last night, and the ship is no longer losing oil' },
    { file: W, speaker: 'Ruben Taskin', cue: 'Taskin said', quote: 'We called that ship twice. We told them they were standing into danger. Nobody on that bridge changed course' },
    { file: W, speaker: 'Viktor Salas', cue: 'Salas said by telephone', quote: 'My client was released last night. He has answered every question, and he will go on answering them' },
    { file: X, speaker: 'Corin Abadi', cue: 'he said', quote: 'We are still finding fresh oil around the hull every morning. This ship has not stopped leaking' },
    { file: X, speaker: 'Amira Castellan', cue: 'told The Undertow', quote: 'consistent with somewhere between 5,000 and 7,000 tonnes, and not with 1,200.' },
    { file: X, speaker: 'Oskar Vellander', cue: 'said on Saturday', quote: 'show who gave which order, and when.' },
    { file: L, speaker: 'Irene Lask', cue: 'she told the Ensign', quote: 'I have lived here for thirty years and I have never seen the sea this colour' },
    { file: L, speaker: 'Nadia Korsgaard', cue: 'she said', quote: 'Every boom we have in the country is on its way to Kesterin' },
    { file: L, speaker: 'Tomas Arrido', cue: 'he said', quote: 'They closed the sea on Tuesday and nobody has come to tell us for how long' },
    { file: M, speaker: 'Elias Mardani', cue: 'the Prime Minister said on Lantera Beach', quote: 'The captain of a foreign ship ignored the instructions of our port, and our coast is paying for his recklessness' },
    { file: M, speaker: 'Nadia Korsgaard', cue: 'the minister said', quote: 'Not a drop of oil has entered the Sellan Lagoon. The booms have held, and the lagoon is safe' },
    { file: M, speaker: 'Elias Mardani', cue: 'the Prime Minister said before returning to Ondrava', quote: 'This coast has survived storms and wars. It will survive one careless captain' },
  ],

  contradictions: [
    {
      id: 'oil-spilled', level: 'core', kind: 'numeric',
      summary: 'The oil spilled: the Ministry of Environment and Oceans and Environment Minister Nadia Korsgaard say about 1,200 tonnes of crude escaped; the environmental group Bluewake estimates at least 6,000 tonnes from satellite images, and Dr. Amira Castellan of the Ondrava University Marine Laboratory says the slicks fit 5,000 to 7,000 tonnes.',
      sides: [
        { file: L, quote: 'she said that about 1,200 tonnes of crude had escaped from the tanker so far', value: '~1,200 t', speaker: 'Nadia Korsgaard', camp: 'A' },
        { file: W, quote: 'Tarvona\'s Ministry of Environment and Oceans said about 1,200 tonnes of crude had leaked', value: '~1,200 t', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: N, quote: 'The ministry maintains that about 1,200 tonnes of crude leaked from the ship in the first two days.', value: '~1,200 t', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: M, quote: 'According to the ministry, about 1,200 tonnes of oil escaped from the vessel', value: '~1,200 t', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: X, quote: 'Tarvona\'s Ministry of Environment and Oceans has said from the start that about 1,200 tonnes escaped', value: '~1,200 t', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: W, quote: 'Bluewake, which has analyzed satellite images, said at least 6,000 tonnes had escaped.', value: '>=6,000 t', speaker: 'Bluewake', camp: 'B' },
        { file: N, quote: 'estimates from aerial photographs and satellite images that at least 6,000 tonnes have escaped', value: '>=6,000 t', speaker: 'Bluewake', camp: 'B' },
        { file: X, quote: 'Bluewake estimates at least 6,000 tonnes.', value: '>=6,000 t', speaker: 'Bluewake', camp: 'B' },
        { file: X, quote: 'consistent with somewhere between 5,000 and 7,000 tonnes, and not with 1,200.', value: '5,000-7,000 t', speaker: 'Amira Castellan', camp: 'B' },
      ],
    },
    {
      id: 'coastline', level: 'core', kind: 'numeric',
      summary: 'The coastline reached by the oil: the Ministry of Environment and Oceans says 12 kilometres; Governor Paulo Brisante of Kesterin Province says 40 kilometres (about 25 miles), from Cape Ombria to beyond Vesko.',
      sides: [
        { file: W, quote: 'oil had come ashore along 12 km of coastline between Cape Ombria and the village of Vesko', value: '12 km', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: M, quote: 'oil has reached 12 kilometres of shoreline, most of it on Lantera Beach and the rocks below Vesko', value: '12 km', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: X, quote: 'The ministry says 12 kilometers.', value: '12 km', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: L, quote: 'Oil has reached 40 kilometres of our coastline, from the cape to beyond Vesko', value: '40 km', speaker: 'Paulo Brisante', camp: 'B' },
        { file: N, quote: 'Paulo Brisante, said oil had now washed up along 40 kilometres of coastline', value: '40 km', speaker: 'Paulo Brisante', camp: 'B' },
        { file: X, quote: 'says oil has reached roughly 40 kilometers of shoreline, about 25 miles', value: '~40 km (~25 mi)', speaker: 'Paulo Brisante', camp: 'B' },
      ],
    },
    {
      id: 'leak-stopped', level: 'core', kind: 'status',
      summary: 'Whether the leak has been stopped: Caldris Maritime and its chief executive Oskar Vellander, and the ministry (in the state-aligned paper), say divers sealed the hull on Wednesday evening and the ship is no longer losing oil; Ostrander Salvage\'s salvage master Pieter Danvers said on Thursday that a second crack was still leaking, and the coast guard commander Vice Admiral Corin Abadi said on Friday that the ship had not stopped leaking.',
      sides: [
        { file: W, quote: 'The leak was sealed at nine o\'clock last night, and the ship is no longer losing oil', speaker: 'Oskar Vellander', camp: 'A' },
        { file: M, quote: 'before the leak was stopped on Wednesday evening', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: X, quote: 'Caldris says divers sealed the hole on Wednesday evening.', speaker: 'Caldris Maritime', camp: 'A' },
        { file: N, quote: 'I would not call that sealed', speaker: 'Pieter Danvers', camp: 'B' },
        { file: N, quote: 'Oil is still escaping from the tanker stranded off the coast of Tarvona, the salvage company working on the wreck said on Thursday', speaker: 'Ostrander Salvage', camp: 'B' },
        { file: X, quote: 'said the next morning that a second crack was still losing oil', speaker: 'Ostrander Salvage', camp: 'B' },
        { file: X, quote: 'This ship has not stopped leaking', speaker: 'Corin Abadi', camp: 'B' },
      ],
    },
    {
      id: 'lagoon-reached', level: 'core', kind: 'polarity',
      summary: 'Whether oil has entered the Sellan Lagoon: the ministry and Environment Minister Nadia Korsgaard say the booms across its mouth held and no oil got in; Dr. Amira Castellan\'s team at the Ondrava University Marine Laboratory found fresh crude on the mudflats about two kilometres inside the lagoon on Thursday morning.',
      sides: [
        { file: W, quote: 'had held and that no oil had entered it', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: M, quote: 'Not a drop of oil has entered the Sellan Lagoon.', speaker: 'Nadia Korsgaard', camp: 'A' },
        { file: X, quote: 'The government says booms across its mouth have kept the oil out entirely.', speaker: 'Ministry of Environment and Oceans', camp: 'A' },
        { file: N, quote: 'It is this week\'s oil, and it is inside the lagoon', speaker: 'Amira Castellan', camp: 'B' },
        { file: N, quote: 'her team had found fresh crude on the mudflats about two kilometres inside the lagoon on Thursday morning', speaker: 'Amira Castellan', camp: 'B' },
        { file: X, quote: 'Castellan\'s team says it found fresh crude on mudflats about two kilometers inside the lagoon on Thursday morning', speaker: 'Amira Castellan', camp: 'B' },
      ],
    },
    {
      id: 'who-is-to-blame', level: 'core', kind: 'attribution',
      summary: 'Who caused the grounding: the Calbrio Port Authority, the harbour master Ruben Taskin and Prime Minister Elias Mardani blame the captain, Lukas Petrović, for entering the approach channel without a pilot and ignoring the port; Caldris Maritime and Oskar Vellander blame port control, which they say cleared the ship in, and a pilot boat that never came.',
      sides: [
        { file: W, quote: 'The Calbrio Port Authority blamed the ship\'s captain, Lukas Petrovic, for the accident.', speaker: 'Calbrio Port Authority', camp: 'A' },
        { file: N, quote: 'The Calbrio Port Authority has blamed the captain, saying he steered into the approach channel without waiting for a harbour pilot.', speaker: 'Calbrio Port Authority', camp: 'A' },
        { file: M, quote: 'The captain of a foreign ship ignored the instructions of our port, and our coast is paying for his recklessness', speaker: 'Elias Mardani', camp: 'A' },
        { file: X, quote: 'took the tanker into the approach channel without waiting for a harbor pilot', speaker: 'Calbrio Port Authority', camp: 'A' },
        { file: N, quote: 'Our master did what port control told him to do, and the pilot boat was not there', speaker: 'Oskar Vellander', camp: 'B' },
        { file: W, quote: 'It said the port\'s traffic controllers had cleared the tanker to proceed and that the pilot boat was late.', speaker: 'Caldris Maritime', camp: 'B' },
        { file: X, quote: 'it says port control cleared the ship in, the pilot boat was late', speaker: 'Caldris Maritime', camp: 'B' },
      ],
    },
    {
      id: 'radio-warnings', level: 'secondary', kind: 'polarity',
      summary: 'Whether the tanker was warned off: the Calbrio Port Authority and harbour master Ruben Taskin say its traffic control centre radioed the ship twice that it was standing into danger; Caldris Maritime says no warning of any kind was received on the bridge.',
      sides: [
        { file: W, quote: 'We called that ship twice. We told them they were standing into danger.', speaker: 'Ruben Taskin', camp: 'A' },
        { file: M, quote: 'its traffic control centre warned the tanker twice by radio that it was standing into danger', speaker: 'Calbrio Port Authority', camp: 'A' },
        { file: X, quote: 'ignored two radio warnings from the port\'s traffic controllers', speaker: 'Calbrio Port Authority', camp: 'A' },
        { file: W, quote: 'No warning of any kind was received on the bridge of the Aurelian Dawn', speaker: 'Caldris Maritime', camp: 'B' },
        { file: X, quote: 'and no warning was received on the bridge', speaker: 'Caldris Maritime', camp: 'B' },
      ],
    },
    {
      id: 'grounding-time', level: 'secondary', kind: 'temporal',
      summary: 'When the tanker grounded: the Tarvona Coast Guard says it struck Gorran Reef at 02:40 on Tuesday; ship-tracking data published by Bluewake show it stopped on the reef at 01:20, more than an hour earlier.',
      sides: [
        { file: W, quote: 'struck Gorran Reef off Cape Ombria at 02:40 on Tuesday, the Tarvona Coast Guard said', value: '02:40 Tue', speaker: 'Tarvona Coast Guard', camp: 'A' },
        { file: M, quote: 'ran aground on Gorran Reef at 02:40 on Tuesday, according to the Tarvona Coast Guard', value: '02:40 Tue', speaker: 'Tarvona Coast Guard', camp: 'A' },
        { file: X, quote: 'The Tarvona Coast Guard says the ship struck the reef at 02:40.', value: '02:40 Tue', speaker: 'Tarvona Coast Guard', camp: 'A' },
        { file: N, quote: 'shows that the Aurelian Dawn stopped dead on the reef at 01:20 on Tuesday, more than an hour before the time given by the coast guard', value: '01:20 Tue', speaker: 'Bluewake', camp: 'B' },
        { file: X, quote: 'shows the tanker stopped on the reef at 01:20, more than an hour earlier', value: '01:20 Tue', speaker: 'Bluewake', camp: 'B' },
      ],
    },
    {
      id: 'captain-custody', level: 'secondary', kind: 'status',
      summary: 'Whether the captain, Lukas Petrović, is in custody: the Kesterin Regional Prosecutor\'s Office (in MVK News on Thursday and the state-aligned paper on Friday) says he remains in custody; his lawyer, Viktor Salas, says he was released late on Wednesday after questioning and ordered not to leave the country.',
      sides: [
        { file: N, quote: 'remains in police custody in Calbrio, according to the Kesterin Regional Prosecutor\'s Office', speaker: "Kesterin Regional Prosecutor's Office", camp: 'A' },
        { file: M, quote: 'the ship’s captain, Lukas Petrović, remains in custody while investigators examine the ship’s voyage data recorder', speaker: "Kesterin Regional Prosecutor's Office", camp: 'A' },
        { file: X, quote: 'The state-aligned Ondrava Herald reported on Friday that Petrovic remained in custody.', speaker: 'Ondrava Herald', camp: 'A' },
        { file: W, quote: 'said the captain was released late on Wednesday after questioning and had been ordered not to leave Tarvona', speaker: 'Viktor Salas', camp: 'B' },
        { file: X, quote: 'says he was released late on Wednesday after questioning, is staying at a hotel in Calbrio', speaker: 'Viktor Salas', camp: 'B' },
      ],
    },
    {
      id: 'cargo-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that the tanker had been carrying around 180,000 tonnes of crude, then corrected it to 86,000 tonnes, the coast guard\'s figure; the wire and the state-aligned paper give 86,000.',
      sides: [
        { file: L, quote: 'The tanker, which was carrying around 180,000 tonnes of crude, struck Gorran Reef', value: '~180,000 t', speaker: 'The Calbrio Ensign', camp: 'A' },
        { file: L, quote: 'The coast guard’s statement gives the cargo as 86,000 tonnes, and we have corrected our earlier reporting.', value: '86,000 t', speaker: 'The Calbrio Ensign', camp: 'B' },
        { file: W, quote: 'carrying 86,000 tonnes of crude from the oil terminal at Port Semmel', value: '86,000 t', speaker: 'Gantry', camp: 'B' },
        { file: M, quote: 'was carrying 86,000 tonnes of crude oil to the refinery at Calbrio', value: '86,000 t', speaker: 'Ondrava Herald', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'birds-rise', kind: 'numeric',
      summary: 'Oiled birds taken in rose from some 300 (Wednesday) to 850 (Friday), and the state-aligned paper says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'Volunteers at the bird centre in Vesko have taken in some 300 oiled birds so far', value: '~300 (Wed)' },
        { file: M, quote: 'had by Friday taken in 850 oiled birds, up from 300 on Wednesday', value: '850 (Fri)' },
      ],
    },
    {
      id: 'volunteers-rounding', kind: 'numeric',
      summary: '2,140 volunteers registered (live blog) and "about 2,100 volunteers" (web story) are one figure, rounded.',
      sides: [
        { file: L, quote: 'The provincial crisis office says 2,140 volunteers had registered by this afternoon.', value: '2140' },
        { file: N, quote: 'About 2,100 volunteers have joined soldiers and coast guard crews on the beaches', value: '~2100' },
      ],
    },
    {
      id: 'fishermen-part-whole', kind: 'numeric',
      summary: 'The 430 fishermen of Vesko who get the emergency allowance are part of the some 1,100 fishermen in the province who cannot work.',
      sides: [
        { file: N, quote: 'The Kesterin Fishermen\'s Association says some 1,100 fishermen in the province cannot work.', value: '~1100 (province)' },
        { file: M, quote: 'The government will pay an emergency allowance to the 430 fishermen of Vesko', value: '430 (Vesko)' },
      ],
    },
    {
      id: 'pumped-vs-leaked', kind: 'numeric',
      summary: 'About 9,000 tonnes of cargo pumped from the tanker into another ship and about 1,200 tonnes leaked (ministry) are different quantities of the same crude.',
      sides: [
        { file: W, quote: 'about 9,000 tonnes had been transferred by Thursday morning', value: '~9,000 t transferred' },
        { file: M, quote: 'about 1,200 tonnes of oil escaped from the vessel before the leak was stopped', value: '~1,200 t leaked' },
      ],
    },
    {
      id: 'crew-synonyms', kind: 'numeric',
      summary: 'All 23 crew members "lifted off by helicopter" and 23 seafarers "airlifted to safety" are the same rescue in different words.',
      sides: [
        { file: L, quote: 'The Tarvona Coast Guard says all 23 crew members were lifted off by helicopter before dawn.', value: '23' },
        { file: M, quote: 'All 23 seafarers were airlifted to safety by coast guard helicopters within three hours', value: '23' },
      ],
    },
    {
      id: 'soldiers-more-than-vs-about', kind: 'numeric',
      summary: '"More than 600 soldiers" (wire, Thursday) and "about 650 soldiers" (state-aligned paper, Friday) are compatible approximations.',
      sides: [
        { file: W, quote: 'said more than 600 soldiers had been sent to help coast guard crews and volunteers clean the shore', value: '>600' },
        { file: M, quote: 'About 650 soldiers are working alongside coast guard crews and volunteers', value: '~650' },
      ],
    },
    {
      id: 'cargo-units', kind: 'numeric',
      summary: 'A cargo of 86,000 tonnes of crude (web story) and "roughly 630,000 barrels" (explainer) are the same quantity in different units (about 7.3 barrels to the tonne).',
      sides: [
        { file: N, quote: 'with 86,000 tonnes of crude oil for the city\'s refinery', value: '86,000 t' },
        { file: X, quote: 'with roughly 630,000 barrels of crude loaded at Port Semmel', value: '~630,000 bbl' },
      ],
    },
  ],
};
