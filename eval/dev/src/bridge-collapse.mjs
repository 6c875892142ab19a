// Hand-written gold source for the collapse of the Kalinov Bridge in Pernitsa (invented event,
// Daloria, October 2026). build-gold.mjs turns it into ../gold/bridge-collapse.json.
// The five articles imitate Markdown pages converted from news websites: random file names
// (the outlet is not in the name), no front matter, a `# Headline` with an italic standfirst
// (not in the wire), breadcrumb lines of links, images as ![alt](url) with a caption line and a
// photo credit, bylines, "Published ... · Updated ..." lines, bullet key points, ## subheadings,
// a blockquote, inline links and site furniture. Breadcrumbs, bylines, date lines, "Share this
// article", "Advertisement", "Read more" and newsletter lines, the wire's reporting line and the
// web story's "Additional reporting" line are metadata (meta: 1-based line numbers); headlines,
// standfirsts, key points, image alt texts, captions and credits are counted text. Link URLs are
// not text: they are in ignore (a nominal pattern).
const D = '000_5a52d06954bec88d.md'; // DLV News web story (Thursday 15 October), UK style, curly quotes
const F = '001_6a9a86c093945762.md'; // Fathom wire (Thursday 15 October), US style, straight quotes, writes Pernica and Wojtowicz
const R = '002_f876ea68b36754a3.md'; // state-aligned Daloria Rising (Friday 16 October), UK style, curly quotes
const L = '003_55927858904eda23.md'; // The Pernitsa Almanac live blog, newest first (Wednesday 18:05 to Thursday 10:20), UK style
const X = '004_6f01040536a621fc.md'; // The Spandrel explainer in questions (Saturday 17 October), US style, straight quotes, writes Wojtowicz

export default {
  corpus: 'bridge-collapse',
  note: 'Invented event written for the project: at the evening rush hour on Wednesday 14 October 2026 the central span of the Kalinov Bridge, a 340-metre toll bridge carrying the inner ring road of Pernitsa (Pernica in the wire), a river port in the fictional country of Daloria (capital Sentova), over the Velna River between the Old Town and the Brezhany district, falls into the river with cars, a van and a route 7 city bus on it. The bridge is operated under a state concession by Calmora Motorways (chief executive Lorenz Haberl) and was renovated in 2025 by Helmbrand Construction (managing director Janek Wójtowicz, Wojtowicz in the wire and the explainer). The five files have random names and no front matter: the DLV News web story (000), the Fathom wire (001), the state-aligned Daloria Rising (002), The Pernitsa Almanac live blog with ### time stamps, newest first (003) and The Spandrel explainer in questions (004). The fire service (Pernitsa Fire and Rescue Service) and its Commander Wenzel Sternik, Mayor Liesel Szell, Transport Minister Kazimir Tresk and the Ministry of Transport, the operator, the builder, the Structural Safety Inspectorate (SSI) and its chief Orsolya Kestner, Professor Edith Varlow of Pernitsa Technical University, the police and their spokeswoman Zdenka Felber, the Pernitsa District Prosecutor\'s Office and Chief Prosecutor Cezary Linek, the Drivers\' Association of Daloria and its chairman Matyas Brunov, Councillor Greta Sobczak (Civitas), St Barbara\'s Hospital (St. Barbara\'s in the wire) and relatives disagree about the dead (22 vs 14), the missing (7 vs 19), the vehicles on the bridge (26 vs more than 40), whether the April 2025 inspection found cracks in the third pier, who is to blame (the renovation firm or the operator), the time of the collapse (17:42 vs 17:58), whether the search is over, whether the builder\'s director is in custody and who said "A bridge does not fall in a day. It falls over years of silence" (the professor or the councillor); the live blog corrects its own count of the missing. The toll rising from nine on Wednesday night to 22 is an update; 38 passengers and "about 40 people" on the bus are one figure rounded; eleven cars are part of 13 vehicles found in the river; 37 injured and 24 still in hospital are different sets; expansion joints and movement joints are synonyms; "about 300" and "more than 250" rescuers agree; 340 metres and 1,115 feet are one length in two units. "Pernitsa"/"Pernica" inside the fire service, the university, the prosecutor\'s office and The Pernitsa Almanac is nested; "Daloria" inside the Drivers\' Association of Daloria and Daloria Rising is nested; "Dalorian" is a demonym; "Kalinov" alone ("the Kalinov tragedy") is the bridge; the police, the army and the government crisis staff are unnamed (nominal); The Spandrel is named in its own graphic credit.',
  files: [D, F, R, L, X],
  meta: {
    [D]: [1, 7, 9, 27, 37, 61, 69, 71],
    [F]: [1, 5, 7, 49, 51, 53],
    [R]: [1, 7, 9, 20, 32, 56, 58],
    [L]: [1, 7, 9, 11, 33, 78],
    [X]: [1, 7, 9, 56, 58, 60],
  },

  actors: [
    // places
    { id: 'daloria', name: 'Daloria', type: 'place', forms: ['Daloria'], note: 'the country, also in the wire\'s dateline; nested in Drivers\' Association of Daloria and Daloria Rising; "Dalorian" is a demonym' },
    { id: 'sentova', name: 'Sentova', type: 'place', forms: ['Sentova'], note: 'the capital; "the capital" is nominal' },
    { id: 'pernitsa', name: 'Pernitsa', type: 'place', forms: ['Pernitsa', 'Pernica', 'PERNICA'], note: 'the city (Pernica in the wire, also its dateline); nested in Pernitsa Fire and Rescue Service, Pernitsa Technical University, Pernitsa District Prosecutor\'s Office and The Pernitsa Almanac; "the city" is nominal' },
    { id: 'velna', name: 'Velna River', type: 'place', forms: ['Velna River', 'Velna'], note: 'the river; "the river" and "this river" are nominal' },
    { id: 'kalinov', name: 'Kalinov Bridge', type: 'place', forms: ['Kalinov Bridge', 'Kalinov'], note: 'the collapsed bridge; "Kalinov" alone ("the Kalinov tragedy") is the bridge; "the bridge" is nominal' },
    { id: 'brezhany', name: 'Brezhany', type: 'place', forms: ['Brezhany'], note: 'the district on the south bank' },
    { id: 'old-town', name: 'Old Town', type: 'place', forms: ['Old Town'], note: 'the district on the north bank' },
    { id: 'foundry', name: 'Foundry Bridge', type: 'place', forms: ['Foundry Bridge'], note: 'another road bridge over the Velna, closed after the collapse' },
    { id: 'tanners', name: "Tanners' Quay", type: 'place', forms: ["Tanners' Quay", 'Tanners’ Quay'], note: 'the quay with the help centre and the ferry' },
    // organizations
    { id: 'ministry', name: 'Ministry of Transport', type: 'organization', forms: ['Ministry of Transport'], note: '"Transport Minister" before a name is a title; "the ministry", "his ministry" and "the minister" are nominal; the Daloria Rising photo credit "Ministry of Transport press service" is a mention' },
    { id: 'calmora', name: 'Calmora Motorways', type: 'organization', forms: ['Calmora Motorways', 'Calmora'], note: 'the operator of the toll bridge; "the operator" and "the company" are nominal' },
    { id: 'helmbrand', name: 'Helmbrand Construction', type: 'organization', forms: ['Helmbrand Construction', 'Helmbrand'], note: 'the firm that renovated the bridge in 2025; "the firm", "the contractor" and "the builder" are nominal' },
    { id: 'ssi', name: 'Structural Safety Inspectorate', type: 'organization', forms: ['Structural Safety Inspectorate', 'SSI'], note: 'the state bridge inspectorate, defined as (SSI) in the wire and the explainer; "the inspectorate", "Inspectorate" in a key point and "the state\'s bridge inspectorate" are nominal' },
    { id: 'university', name: 'Pernitsa Technical University', type: 'organization', forms: ['Pernitsa Technical University'], note: 'Professor Varlow\'s university' },
    { id: 'fire', name: 'Pernitsa Fire and Rescue Service', type: 'organization', forms: ['Pernitsa Fire and Rescue Service', 'Pernica Fire and Rescue Service'], note: 'the wire writes Pernica; "the fire service" and "Fire service" (a key point) are nominal' },
    { id: 'prosecutors', name: "Pernitsa District Prosecutor's Office", type: 'organization', forms: ["Pernitsa District Prosecutor's Office", 'Pernitsa District Prosecutor’s Office', "Pernica District Prosecutor's Office"], note: 'the \'s belongs to the name; "prosecutors" is nominal; "Chief Prosecutor" before a name is a title' },
    { id: 'drivers', name: "Drivers' Association of Daloria", type: 'organization', forms: ["Drivers' Association of Daloria", 'Drivers’ Association of Daloria'], note: 'the drivers\' association' },
    { id: 'hospital', name: "St Barbara's Hospital", type: 'organization', forms: ["St Barbara's Hospital", 'St Barbara’s Hospital', "St. Barbara's Hospital"], note: 'the city hospital (St. in the wire); "the hospital" is nominal' },
    { id: 'civitas', name: 'Civitas', type: 'organization', forms: ['Civitas'], note: 'the opposition party of Councillor Sobczak; "the Civitas party": the name without "party"' },
    { id: 'dlv', name: 'DLV News', type: 'organization', forms: ['DLV News'], note: 'the broadcaster, named in its own text and photo credit; its breadcrumb line is metadata' },
    { id: 'fathom', name: 'Fathom', type: 'organization', forms: ['Fathom'], note: 'the wire agency: the dateline "(Fathom)" and the credit "Fathom/Roza Hollmann" are mentions; its breadcrumb line is metadata' },
    { id: 'rising', name: 'Daloria Rising', type: 'organization', forms: ['Daloria Rising'], note: 'the state-aligned site, named in its own text ("told Daloria Rising") and by the explainer; its breadcrumb and byline ("By Daloria Rising Staff") are metadata' },
    { id: 'almanac', name: 'The Pernitsa Almanac', type: 'organization', forms: ['The Pernitsa Almanac', 'Pernitsa Almanac'], note: 'the city paper running the live blog: its photo credit and the explainer\'s "the Pernitsa Almanac" (without the article) are mentions; its breadcrumb line is metadata' },
    { id: 'spandrel', name: 'The Spandrel', type: 'organization', forms: ['The Spandrel'], note: 'the explainer site, named in its own graphic credit; its breadcrumb line is metadata' },
    // people
    { id: 'szell', name: 'Liesel Szell', type: 'person', forms: ['Liesel Szell'], note: 'Mayor of Pernitsa (a title before the name); "the mayor" is nominal' },
    { id: 'tresk', name: 'Kazimir Tresk', type: 'person', forms: ['Kazimir Tresk', 'Tresk'], note: 'Transport Minister; "Minister Tresk" in the Daloria Rising headline and text: the title is outside' },
    { id: 'haberl', name: 'Lorenz Haberl', type: 'person', forms: ['Lorenz Haberl', 'Haberl'], note: 'chief executive of Calmora Motorways' },
    { id: 'wojtowicz', name: 'Janek Wójtowicz', type: 'person', forms: ['Janek Wójtowicz', 'Janek Wojtowicz', 'Wojtowicz'], note: 'managing director of Helmbrand Construction; the wire and the explainer write Wojtowicz' },
    { id: 'kestner', name: 'Orsolya Kestner', type: 'person', forms: ['Orsolya Kestner'], note: 'chief of the Structural Safety Inspectorate ("Chief Inspector" is a title)' },
    { id: 'varlow', name: 'Edith Varlow', type: 'person', forms: ['Edith Varlow', 'Varlow'], note: 'structural engineer at Pernitsa Technical University ("Professor" is a title)' },
    { id: 'sternik', name: 'Wenzel Sternik', type: 'person', forms: ['Wenzel Sternik', 'Sternik'], note: 'commander of the fire service\'s rescue operation ("Commander" is a title); "commander" in a key point is nominal' },
    { id: 'linek', name: 'Cezary Linek', type: 'person', forms: ['Cezary Linek'], note: 'Chief Prosecutor' },
    { id: 'brunov', name: 'Matyas Brunov', type: 'person', forms: ['Matyas Brunov'], note: 'chairman of the Drivers\' Association of Daloria' },
    { id: 'ferko', name: 'Dorota Ferko', type: 'person', forms: ['Dorota Ferko'], note: 'mother of a missing driver' },
    { id: 'sobczak', name: 'Greta Sobczak', type: 'person', forms: ['Greta Sobczak', 'Sobczak'], note: 'opposition councillor (Civitas); "Councillor" before the name is a title' },
    { id: 'felber', name: 'Zdenka Felber', type: 'person', forms: ['Zdenka Felber'], note: 'police spokeswoman' },
    { id: 'reinholt', name: 'Tamas Reinholt', type: 'person', forms: ['Tamas Reinholt'], note: 'DLV News photographer, in a caption credit; his "Additional reporting" line is metadata' },
    { id: 'hollmann', name: 'Roza Hollmann', type: 'person', forms: ['Roza Hollmann'], note: 'Fathom photographer, in a caption credit' },
    { id: 'straka', name: 'Benno Straka', type: 'person', forms: ['Benno Straka'], note: 'Almanac reporter and photographer: his byline is metadata, his credit and his name in a post are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '(?:\\b[Tt]he )?\\b(?:[Gg]overnment )?crisis staff\\b', why: 'nominal reference to the (unnamed) government crisis staff' },
    { pattern: "\\b[Tt]he (?:bridge|river|operator|fire service|city|company|ministry|minister|government|builder|mayor|inspectorate|hospital|firm|contractor|capital|country|state(?!-))\\b", why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: '\\b(?:his ministry|this river|bridge inspectorate|Fire service|Government officials)\\b', why: 'nominal reference to a named body or place' },
    { pattern: '\\bInspectorate(?= insists)', why: 'nominal reference to the Structural Safety Inspectorate (a key point)' },
    { pattern: '\\bcommander(?= says)', why: 'nominal reference to Wenzel Sternik (a key point)' },
    { pattern: '(?:\\b[Tt]he )?\\b[Pp]olice\\b', why: 'nominal reference to the (unnamed) police' },
    { pattern: '\\b[Pp]rosecutors\\b', why: "nominal reference to the Pernitsa District Prosecutor's Office" },
    { pattern: '\\barmy\\b', why: 'nominal reference to the (unnamed) army' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: D, speaker: 'Wenzel Sternik', cue: 'he said', quote: 'The search goes on. We are not stopping while there are families on that bank waiting for someone' },
    { file: D, speaker: 'Lorenz Haberl', cue: 'he said', quote: 'The April 2025 inspection found no cracks in any pier. We have that report, and we published it' },
    { file: D, speaker: 'Lorenz Haberl', cue: 'Haberl said', quote: 'The work on the deck changed how the loads were carried, and that is where the investigators must look' },
    { file: D, speaker: 'Edith Varlow', cue: 'said Professor Edith Varlow', quote: 'A bridge does not fall in a day' },
    { file: D, speaker: 'Liesel Szell', cue: 'she said', quote: 'I will not reopen a single bridge on my say-so' },
    { file: D, speaker: 'Dorota Ferko', cue: 'she said', quote: 'They give us numbers. I want a name' },
    { file: F, speaker: 'Orsolya Kestner', cue: 'told reporters in the capital', quote: 'Our inspectors recorded cracks in the third pier in April 2025 and the operator was told in writing' },
    { file: F, speaker: 'Cezary Linek', cue: 'Chief Prosecutor Cezary Linek said', quote: 'was questioned as a witness and is not in custody.' },
    { file: F, speaker: 'Matyas Brunov', cue: 'he said', quote: 'Calmora collected the tolls and ignored the cracks' },
    { file: R, speaker: 'Kazimir Tresk', cue: 'Tresk said on the riverbank', quote: 'Those responsible for the Kalinov tragedy will answer for it, whoever they are and whatever their connections' },
    { file: R, speaker: 'Kazimir Tresk', cue: 'he said', quote: 'The responsibility lies with the contractor that renovated the bridge and did not do its job' },
    { file: L, speaker: 'Greta Sobczak', cue: 'Sobczak wrote', quote: 'Calmora had this in its hands for eighteen months' },
    { file: L, speaker: 'Liesel Szell', cue: 'she told us', quote: 'Nobody crosses this river by car tonight' },
    { file: L, speaker: 'Wenzel Sternik', cue: '— Commander Wenzel Sternik', quote: 'We have a list and we are going through it name by name. Please do not come to the riverbank.' },
    { file: X, speaker: 'Wenzel Sternik', cue: 'said on Friday that his divers', quote: 'will keep going into that river until every family has someone to bury.' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'How many people died: Pernitsa Fire and Rescue Service says 22; the Ministry of Transport (and the state-aligned paper) says 14.',
      sides: [
        { file: D, quote: 'Twenty-two people are now known to have died', value: '22', speaker: 'Pernitsa Fire and Rescue Service', camp: 'A' },
        { file: F, quote: 'Pernica Fire and Rescue Service said 22 people were dead on Thursday', value: '22', speaker: 'Pernitsa Fire and Rescue Service', camp: 'A' },
        { file: X, quote: 'Pernitsa Fire and Rescue Service says 22.', value: '22', speaker: 'Pernitsa Fire and Rescue Service', camp: 'A' },
        { file: R, quote: 'Fourteen people lost their lives', value: '14', speaker: 'Ministry of Transport', camp: 'B' },
        { file: X, quote: 'The Ministry of Transport still says 14', value: '14', speaker: 'Ministry of Transport', camp: 'B' },
      ],
    },
    {
      id: 'vehicles-on-bridge', level: 'core', kind: 'numeric',
      summary: 'How many vehicles were on the bridge when it fell: Calmora Motorways, from its cameras, says 26; the police say more than 40.',
      sides: [
        { file: D, quote: 'its cameras showed 26 vehicles on the bridge when the span fell', value: '26', speaker: 'Lorenz Haberl', camp: 'A' },
        { file: R, quote: 'showing 26 vehicles on the bridge when the section gave way', value: '26', speaker: 'Calmora Motorways', camp: 'A' },
        { file: X, quote: 'Calmora says its cameras show 26.', value: '26', speaker: 'Calmora Motorways', camp: 'A' },
        { file: F, quote: 'said more than 40 vehicles had been on the bridge at the time', value: '>40', speaker: 'Zdenka Felber', camp: 'B' },
        { file: L, quote: 'The police now say more than 40 vehicles were on the bridge when it fell', value: '>40', speaker: 'Zdenka Felber', camp: 'B' },
        { file: X, quote: 'The police, led on this by spokeswoman Zdenka Felber, say more than 40.', value: '>40', speaker: 'Zdenka Felber', camp: 'B' },
      ],
    },
    {
      id: 'inspection-cracks', level: 'core', kind: 'polarity',
      summary: 'Whether the April 2025 inspection found cracks: Calmora\'s chief executive Lorenz Haberl and the Ministry of Transport say it found none; the Structural Safety Inspectorate and its chief Orsolya Kestner say its inspectors recorded cracks in the third pier and told the operator in writing, and Councillor Greta Sobczak publishes a page of the report describing the cracking.',
      sides: [
        { file: D, quote: 'The April 2025 inspection found no cracks in any pier.', speaker: 'Lorenz Haberl', camp: 'A' },
        { file: R, quote: 'The 2025 inspection found the structure sound and free of cracks, officials said', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: 'says the opposite: that the April 2025 inspection found no cracks', speaker: 'Lorenz Haberl', camp: 'A' },
        { file: F, quote: 'Our inspectors recorded cracks in the third pier in April 2025 and the operator was told in writing', speaker: 'Orsolya Kestner', camp: 'B' },
        { file: D, quote: 'its inspectors had recorded cracking in the third pier and had told the operator in writing', speaker: 'Structural Safety Inspectorate', camp: 'B' },
        { file: L, quote: 'describes “cracking on the downstream face of the third pier”', speaker: 'Greta Sobczak', camp: 'B' },
        { file: X, quote: 'says its April 2025 inspection found cracks in the third pier', speaker: 'Structural Safety Inspectorate', camp: 'B' },
      ],
    },
    {
      id: 'blame', level: 'core', kind: 'attribution',
      summary: 'Who is to blame for the collapse: Transport Minister Kazimir Tresk and Calmora\'s chief executive blame the renovation by Helmbrand Construction; the Drivers\' Association of Daloria and Councillor Greta Sobczak blame the operator, Calmora Motorways, which had the inspectorate\'s warning and kept the bridge open.',
      sides: [
        { file: R, quote: 'The responsibility lies with the contractor that renovated the bridge and did not do its job', speaker: 'Kazimir Tresk', camp: 'A' },
        { file: D, quote: 'He pointed instead to last year’s renovation by Helmbrand Construction', speaker: 'Lorenz Haberl', camp: 'A' },
        { file: X, quote: 'Minister Tresk blames Helmbrand Construction, which renovated the bridge last year', speaker: 'Kazimir Tresk', camp: 'A' },
        { file: F, quote: 'said the blame lay with the operator rather than the builder', speaker: 'Matyas Brunov', camp: 'B' },
        { file: L, quote: 'The operator chose to keep the tolls flowing rather than close a lane.', speaker: 'Greta Sobczak', camp: 'B' },
        { file: X, quote: "The Drivers' Association of Daloria and Sobczak blame Calmora", speaker: "Drivers' Association of Daloria", camp: 'B' },
      ],
    },
    {
      id: 'missing', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'How many people are missing: the live blog first reported 19, citing the fire service, and the mayor (counting calls to a hotline) says 19; the fire service says seven, and the live blog corrects its own post.',
      sides: [
        { file: L, quote: 'The fire service says 19 people are still missing.', value: '19', speaker: 'The Pernitsa Almanac', camp: 'A' },
        { file: F, quote: 'Mayor Liesel Szell said 19 people were still missing', value: '19', speaker: 'Liesel Szell', camp: 'A' },
        { file: X, quote: "Mayor Liesel Szell's office, which counts calls to a hotline, still says 19.", value: '19', speaker: 'Liesel Szell', camp: 'A' },
        { file: L, quote: 'That was our error: the figure the fire service gave at that briefing was seven.', value: '7', speaker: 'The Pernitsa Almanac', camp: 'B' },
        { file: D, quote: 'Seven people are still missing, the fire service said', value: '7', speaker: 'Pernitsa Fire and Rescue Service', camp: 'B' },
        { file: X, quote: 'The fire service lists seven people as missing.', value: '7', speaker: 'Pernitsa Fire and Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'collapse-time', level: 'secondary', kind: 'temporal',
      summary: 'When the span fell: the police and the fire service\'s control room say 17:42; Calmora Motorways (the last image from its cameras) and the Ministry of Transport say 17:58.',
      sides: [
        { file: D, quote: 'gave way at 17:42, according to the fire service’s control room', value: '17:42', speaker: 'Pernitsa Fire and Rescue Service', camp: 'A' },
        { file: F, quote: 'fell at 5:42 p.m. on Wednesday, according to police', value: '17:42', speaker: 'police', camp: 'A' },
        { file: L, quote: 'the span fell at 17:42', value: '17:42', speaker: 'police', camp: 'A' },
        { file: X, quote: "Police and the fire service's control room say the span fell at 17:42.", value: '17:42', speaker: 'police', camp: 'A' },
        { file: D, quote: 'the last image was recorded at 17:58', value: '17:58', speaker: 'Lorenz Haberl', camp: 'B' },
        { file: R, quote: 'fell into the Velna River on Wednesday at 17:58, the Ministry of Transport said', value: '17:58', speaker: 'Ministry of Transport', camp: 'B' },
        { file: X, quote: 'and the Ministry of Transport give 17:58', value: '17:58', speaker: 'Calmora Motorways', camp: 'B' },
      ],
    },
    {
      id: 'search-status', level: 'secondary', kind: 'status',
      summary: 'Whether the search for the missing is over: the government crisis staff chaired by Transport Minister Kazimir Tresk says it was concluded on Thursday evening; Commander Wenzel Sternik says the divers go on searching.',
      sides: [
        { file: R, quote: 'said the search operation on the Velna was concluded on Thursday evening', speaker: 'Kazimir Tresk', camp: 'A' },
        { file: R, quote: 'Government crisis staff completes the rescue operation on the Velna', speaker: 'Kazimir Tresk', camp: 'A' },
        { file: X, quote: 'declared on Thursday that the search was concluded', speaker: 'Kazimir Tresk', camp: 'A' },
        { file: D, quote: 'The search goes on.', speaker: 'Wenzel Sternik', camp: 'B' },
        { file: D, quote: 'Search to continue through the weekend, commander says', speaker: 'Wenzel Sternik', camp: 'B' },
        { file: X, quote: 'will keep going into that river until every family has someone to bury', speaker: 'Wenzel Sternik', camp: 'B' },
      ],
    },
    {
      id: 'director-custody', level: 'secondary', kind: 'status',
      summary: 'Whether Helmbrand\'s managing director Janek Wójtowicz is in custody: Daloria Rising, citing sources in the investigation, says he was taken into custody; Chief Prosecutor Cezary Linek says he was questioned as a witness and is not in custody.',
      sides: [
        { file: R, quote: 'was taken into custody on Thursday, sources in the investigation told Daloria Rising', speaker: 'sources in the investigation', camp: 'A' },
        { file: R, quote: 'director of the renovation firm in custody', speaker: 'Daloria Rising', camp: 'A' },
        { file: X, quote: "Daloria Rising reported that Helmbrand's managing director, Janek Wojtowicz, had been taken into custody.", speaker: 'Daloria Rising', camp: 'A' },
        { file: F, quote: 'was questioned as a witness and is not in custody.', speaker: 'Cezary Linek', camp: 'B' },
        { file: X, quote: 'Wojtowicz was questioned as a witness on Thursday and went home that evening', speaker: 'Cezary Linek', camp: 'B' },
      ],
    },
    {
      id: 'silence-quote', level: 'secondary', kind: 'attribution',
      summary: 'Who said "A bridge does not fall in a day. It falls over years of silence": DLV News, the live blog and the explainer give it to Professor Edith Varlow; the state-aligned Daloria Rising gives it to Councillor Greta Sobczak at a rally.',
      sides: [
        { file: D, quote: '“A bridge does not fall in a day,” said Professor Edith Varlow', speaker: 'Edith Varlow', camp: 'A' },
        { file: L, quote: 'Professor Edith Varlow of Pernitsa Technical University said: “A bridge does not fall in a day. It falls over years of silence.”', speaker: 'Edith Varlow', camp: 'A' },
        { file: X, quote: 'was first spoken by Professor Edith Varlow', speaker: 'Edith Varlow', camp: 'A' },
        { file: R, quote: 'told a rally outside the town hall that “a bridge does not fall in a day; it falls over years of silence.”', speaker: 'Greta Sobczak', camp: 'B' },
        { file: X, quote: 'On Friday Daloria Rising attributed it to Sobczak', speaker: 'Daloria Rising', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rise', kind: 'numeric',
      summary: 'The toll rose from nine confirmed dead on Wednesday night to 22 on Thursday, and the wire says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'Nine people are confirmed dead, the fire service says.', value: '9 (Wednesday 21:15)' },
        { file: F, quote: 'Rescuers raise death toll to 22, up from nine late on Wednesday', value: '22 (Thursday)' },
      ],
    },
    {
      id: 'bus-rounding', kind: 'numeric',
      summary: '38 passengers and "about 40 people" on the bus are one figure rounded.',
      sides: [
        { file: D, quote: 'A route 7 city bus carrying 38 passengers', value: '38' },
        { file: X, quote: 'a city bus with about 40 people aboard', value: '~40' },
      ],
    },
    {
      id: 'cars-vehicles', kind: 'numeric',
      summary: 'Eleven cars on the riverbed are part of the 13 vehicles located in the river (with the bus and a van): different sets, part and whole.',
      sides: [
        { file: L, quote: 'Divers have so far found eleven cars on the riverbed', value: '11 cars' },
        { file: F, quote: 'Divers had located 13 vehicles in the river by Thursday afternoon, including a city bus and a delivery van', value: '13 vehicles' },
      ],
    },
    {
      id: 'injured-hospitalised', kind: 'numeric',
      summary: '37 people injured and 24 still in hospital are different sets (the second a part of the first), not two counts of the injured.',
      sides: [
        { file: F, quote: 'Thirty-seven people were injured', value: '37 injured' },
        { file: D, quote: '24 people remain in St Barbara’s Hospital', value: '24 in hospital' },
      ],
    },
    {
      id: 'joints-synonyms', kind: 'polarity',
      summary: 'Expansion joints and movement joints are the same thing (synonyms), not two accounts of the renovation.',
      sides: [
        { file: D, quote: 'fitted new expansion joints', value: 'expansion joints' },
        { file: X, quote: 'new movement joints', value: 'movement joints' },
      ],
    },
    {
      id: 'rescuers-about-vs-more', kind: 'numeric',
      summary: '"About 300" and "more than 250" rescuers are compatible approximations.',
      sides: [
        { file: D, quote: 'about 300 rescuers', value: '~300' },
        { file: R, quote: 'the more than 250 firefighters, divers and police officers', value: '>250' },
      ],
    },
    {
      id: 'length-units', kind: 'numeric',
      summary: 'The 340-metre bridge and the 1,115-foot bridge are one length stated in two units.',
      sides: [
        { file: D, quote: 'The 340-metre bridge', value: '340 m' },
        { file: F, quote: 'the 1,115-foot Kalinov Bridge', value: '1,115 ft' },
      ],
    },
  ],
};
