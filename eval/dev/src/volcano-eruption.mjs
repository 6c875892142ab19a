// Hand-written gold source for the night eruption of Mount Karetu on Suvela, Halmaru
// (invented event, March 2026). build-gold.mjs turns it into ../gold/volcano-eruption.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links), and the state-aligned paper is Markdown with YAML front matter and
// no headline in the body. Site names, navigation bars, bylines, date and "Updated" lines,
// "Share this article", "Advertisement", "Read more" lines, the wire's reporting line, the source
// list and the bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'tillerman-wire.txt'; // Tillerman wire (Monday 9 March), US style, straight quotes, writes Tokari, Anais Kerulen, National Civil Defense Agency, Advisory Center
const L = '7c3e91a05d2b48f6.txt'; // The Suvela Islander live blog, newest first (Sunday 8 March, 01:40 to 23:40), UK style, curly quotes
const B = '2f9a64c1e07bd835.md'; // HBN News web story (Tuesday 10 March), UK style, curly quotes
const D = '95d0b7e4a13c6f28.md'; // state-aligned National Tidings (Tuesday 10 March), YAML front matter, UK style, curly quotes
const X = 'd41a8e2b7f0c9356.txt'; // The Fathom explainer in questions (Wednesday 11 March), US style, straight quotes, writes Tokari, Anais Kerulen, Odouya, Defense, Center

export default {
  corpus: 'volcano-eruption',
  note: 'Invented event written for the project: in the night of Saturday 7 to Sunday 8 March 2026 part of the summit lava dome of Mount Karetu, a 2,900 m volcano on the island of Suvela in the fictional island nation of Halmaru (capital Lisenne), collapses; pyroclastic flows run down the southern flank into the farming villages of Tokarri (Tokari in the wire and the explainer) and Amuleth, ash falls on the main town Merovi, and Merovi International Airport closes. Five invented outlets: the Tillerman wire (Monday), The Suvela Islander live blog, newest first (Sunday 01:40 to 23:40), the HBN News web story (Tuesday), the state-aligned National Tidings (Tuesday) and The Fathom explainer (Wednesday); four files have random names. The Halmaru Volcanological Observatory (HVO) and its director Dr Anaïs Kerulen (Anais in the wire and the explainer), the National Civil Defence Agency (NCDA; Civil Defense in the wire and the explainer) and its director Aurel Paskoa, Governor Marin Oduya of Suvela (Odouya in the explainer) of the opposition Island Union, the Brennhaven Volcanic Ash Advisory Centre (VAAC; Center in the wire and the explainer) in Kaldoria and its forecaster Soren Albeck, the Halmaru Civil Aviation Authority (HCAA) and its director general Jonas Vrell, Halmaru Airways and its spokesman Kiri Anselm, President Ilario Mensch, the Ministry of the Interior and residents of Amuleth (the village head Ama Tohr, the farmer Elin Sabatu) disagree about the dead (14 by the NCDA, 22 by the governor), the day the alert was raised to Level 3 (Thursday 5 March by the HVO, Saturday evening by the governor\'s office and the state-aligned paper), whether the evacuation order covered Amuleth (yes by the NCDA, no by residents), whether Merovi airport has reopened (yes by the HCAA, no by the airline), the height of the ash column (12 km by the HVO, 18 km by the VAAC), the people evacuated (41,000 by the NCDA, about 27,000 by the governor), when the eruption began (23:47 Saturday by the HVO, 01:15 Sunday by the NCDA) and who said "Nobody goes back up that mountain until the mountain says so" (Kerulen in the wire, Paskoa in the state-aligned paper); the live blog corrects its own count of people in shelters (19,600, then 9,600). Look-alikes: the HVO\'s 12 km and "about 39,000 feet" are one figure converted; nine dead on Sunday morning and 14 on Sunday evening "from nine" is an update; 57 treated at Merovi District Hospital since Sunday and 41 being treated on Tuesday are different sets; the 9,600 in shelters are part of those evacuated; "part of the summit lava dome collapsed" and "the dome of hardened lava at the summit gave way" are synonyms; "more than 1,200 soldiers" and "About 1,500 troops" agree; the 212 killed in 1958 belong to an earlier eruption. "Level 3"/"Level 4" are alert levels, not names; "Halmaru" inside the names of the observatory, the aviation authority, the airline, the Red Cross and the defence force, "Merovi" inside Merovi District Hospital and Merovi International Airport, "Suvela" inside The Suvela Islander and "Brennhaven" inside the VAAC\'s name are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 43],
    [L]: [1, 2, 3, 4, 10, 11, 41, 79, 80, 82],
    [B]: [1, 7, 9, 21, 49, 67, 68, 69],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 59, 60, 61, 62, 63, 65],
  },

  actors: [
    // places
    { id: 'halmaru', name: 'Halmaru', type: 'place', forms: ['Halmaru'], note: 'the island nation; nested in the names of the HVO, the HCAA, Halmaru Airways, the Red Cross society and the defence force' },
    { id: 'lisenne', name: 'Lisenne', type: 'place', forms: ['Lisenne'], note: 'the capital; "the capital" is nominal' },
    { id: 'suvela', name: 'Suvela', type: 'place', forms: ['Suvela'], note: 'the island and its province; nested in The Suvela Islander; "the island" is nominal' },
    { id: 'karetu', name: 'Mount Karetu', type: 'place', forms: ['Mount Karetu', 'Karetu'], note: 'the volcano' },
    { id: 'tokarri', name: 'Tokarri', type: 'place', forms: ['Tokarri', 'Tokari'], note: 'the village highest on the southern flank (Tokari in the wire and the explainer)' },
    { id: 'amuleth', name: 'Amuleth', type: 'place', forms: ['Amuleth'], note: 'the village below Tokarri whose place in the evacuation order is disputed' },
    { id: 'sanvei', name: 'Sanvei', type: 'place', forms: ['Sanvei'], note: 'a village whose readers sent photos, in the live blog' },
    { id: 'merovi', name: 'Merovi', type: 'place', forms: ['Merovi', 'MEROVI'], note: 'the island\'s main town (dateline in capitals); "the Merovi gymnasium" holds a mention; nested in Merovi District Hospital and Merovi International Airport' },
    { id: 'airport', name: 'Merovi International Airport', type: 'place', forms: ['Merovi International Airport'], note: 'the island\'s only airport, a named facility; "the airport" is nominal' },
    { id: 'kaldoria', name: 'Kaldoria', type: 'place', forms: ['Kaldoria'], note: 'the foreign country of the ash advisory centre' },
    // organizations
    { id: 'hvo', name: 'Halmaru Volcanological Observatory', type: 'organization', forms: ['Halmaru Volcanological Observatory', 'HVO'], note: 'the national observatory, defined as (HVO); "the observatory" is nominal' },
    { id: 'ncda', name: 'National Civil Defence Agency', type: 'organization', forms: ['National Civil Defence Agency', 'National Civil Defense Agency', 'NCDA'], note: 'the disaster agency, defined as (NCDA) (Defense in the wire and the explainer); "the agency", "the civil defence agency" are nominal' },
    { id: 'vaac', name: 'Brennhaven Volcanic Ash Advisory Centre', type: 'organization', forms: ['Brennhaven Volcanic Ash Advisory Centre', 'Brennhaven Volcanic Ash Advisory Center', 'VAAC'], note: 'the foreign ash-monitoring service in Kaldoria, defined as (VAAC) (Center in the wire and the explainer); "the centre" is nominal' },
    { id: 'hcaa', name: 'Halmaru Civil Aviation Authority', type: 'organization', forms: ['Halmaru Civil Aviation Authority', 'HCAA'], note: 'the aviation regulator, defined as (HCAA); "the authority" is nominal' },
    { id: 'airways', name: 'Halmaru Airways', type: 'organization', forms: ['Halmaru Airways'], note: 'the airline; "the airline" is nominal' },
    { id: 'hospital', name: 'Merovi District Hospital', type: 'organization', forms: ['Merovi District Hospital'], note: 'the town hospital; the place inside it is nested' },
    { id: 'red-cross', name: 'Halmaru Red Cross Society', type: 'organization', forms: ['Halmaru Red Cross Society'], note: 'in the state-aligned paper' },
    { id: 'hdf', name: 'Halmaru Defence Force', type: 'organization', forms: ['Halmaru Defence Force'], note: 'the army, in the state-aligned paper; "the defense ministry" is nominal' },
    { id: 'interior', name: 'Ministry of the Interior', type: 'organization', forms: ['Ministry of the Interior'], note: 'in the state-aligned paper' },
    { id: 'island-union', name: 'Island Union', type: 'organization', forms: ['Island Union'], note: 'the opposition party of the governor, in the state-aligned paper' },
    { id: 'tillerman', name: 'Tillerman', type: 'organization', forms: ['Tillerman'], note: 'the wire agency: the dateline "(Tillerman)" and "Tillerman could not independently verify" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'islander', name: 'The Suvela Islander', type: 'organization', forms: ['The Suvela Islander'], note: 'the island paper running the live blog: its photo credit (also reused by the explainer) is a mention; its site-name line and the source list are metadata' },
    { id: 'hbn', name: 'HBN News', type: 'organization', forms: ['HBN News'], note: 'the broadcaster\'s news site: "told HBN News" and its photo credit are mentions; its breadcrumb line and the source list are metadata' },
    { id: 'tidings', name: 'National Tidings', type: 'organization', forms: ['National Tidings'], note: 'the state-aligned paper: its front matter and the source list are metadata; the explainer\'s "National Tidings, a paper close to the government" is a mention' },
    { id: 'fathom', name: 'The Fathom', type: 'organization', forms: ['The Fathom'], note: 'the explainer\'s site: "she told The Fathom" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'kerulen', name: 'Anaïs Kerulen', type: 'person', forms: ['Anaïs Kerulen', 'Anais Kerulen', 'Kerulen'], note: 'director of the HVO (Anais in the wire and the explainer); "Dr" is outside the span' },
    { id: 'paskoa', name: 'Aurel Paskoa', type: 'person', forms: ['Aurel Paskoa', 'Paskoa'], note: 'director of the NCDA; "Mr Paskoa" -> "Paskoa"' },
    { id: 'oduya', name: 'Marin Oduya', type: 'person', forms: ['Marin Oduya', 'Marin Odouya', 'Oduya'], note: 'Governor of Suvela (Odouya in the explainer); "Governor" is outside the span; "the governor" is nominal' },
    { id: 'mensch', name: 'Ilario Mensch', type: 'person', forms: ['Ilario Mensch', 'Mensch'], note: 'President of Halmaru; "the President" is nominal' },
    { id: 'vrell', name: 'Jonas Vrell', type: 'person', forms: ['Jonas Vrell'], note: 'director general of the HCAA, in the state-aligned paper' },
    { id: 'anselm', name: 'Kiri Anselm', type: 'person', forms: ['Kiri Anselm'], note: 'spokesman of Halmaru Airways, in the web story' },
    { id: 'albeck', name: 'Soren Albeck', type: 'person', forms: ['Soren Albeck'], note: 'duty forecaster at the VAAC, in the live blog' },
    { id: 'tohr', name: 'Ama Tohr', type: 'person', forms: ['Ama Tohr'], note: 'village head of Amuleth' },
    { id: 'sabatu', name: 'Elin Sabatu', type: 'person', forms: ['Elin Sabatu'], note: 'a cocoa farmer of Amuleth, in the web story' },
    { id: 'varrick', name: 'Noa Varrick', type: 'person', forms: ['Noa Varrick'], note: 'The Suvela Islander reporter: his byline is metadata; his photo credit (also reused by the explainer) is a mention' },
    { id: 'quell', name: 'Tobiah Quell', type: 'person', forms: ['Tobiah Quell'], note: 'HBN News reporter: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:agency|observatory|governor’s office|governor's office|governor|airline|authority|centre|center|government|capital|island|President|village head|civil defen[cs]e agency|defense ministry|hospital|airport)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Marin Oduya', cue: 'Governor Marin Oduya told reporters', quote: 'I have stood in front of 22 bodies in the Merovi gymnasium. I am not going to stand in front of their families and say fourteen' },
    { file: W, speaker: 'Ama Tohr', cue: 'said Ama Tohr', quote: 'The police car drove through at ten o\'clock and said it was for the people above the river, not for us' },
    { file: W, speaker: 'Anaïs Kerulen', cue: 'she said on Monday', quote: 'Nobody goes back up that mountain until the mountain says so' },
    { file: L, speaker: 'Ama Tohr', cue: 'she said', quote: 'Amuleth was never in the order. The police said the order was for Tokarri and the villages above the river' },
    { file: L, speaker: 'Soren Albeck', cue: 'said Soren Albeck', quote: 'The top of the cloud was colder than anything we saw at 12 kilometres' },
    { file: L, speaker: 'Aurel Paskoa', cue: 'he said', quote: 'Amuleth was in the order. Every village in the zone was told, by loudspeaker and by text message' },
    { file: L, speaker: 'Anaïs Kerulen', cue: 'she said', quote: 'We told everyone who needed to be told on Thursday' },
    { file: B, speaker: 'Marin Oduya', cue: 'Mr Oduya said', quote: 'Twenty-two families have buried or are about to bury someone. I will not tell eight of them that their dead do not count yet' },
    { file: B, speaker: 'Aurel Paskoa', cue: 'he said', quote: 'A number is not a list' },
    { file: B, speaker: 'Kiri Anselm', cue: 'said Kiri Anselm', quote: 'Not one of our aircraft has landed at Merovi since Saturday, and none will until the runway is safe' },
    { file: B, speaker: 'Elin Sabatu', cue: 'she said', quote: 'Nobody came for us. Nobody' },
    { file: D, speaker: 'Jonas Vrell', cue: 'said Jonas Vrell', quote: 'The runway is clean, the instruments are working and the airport is open' },
    { file: D, speaker: 'Aurel Paskoa', cue: 'Mr Paskoa told residents in the shelter', quote: 'Nobody goes back up that mountain until the mountain says so' },
    { file: D, speaker: 'Ministry of the Interior', cue: 'said a spokesman for the Ministry of the Interior', quote: 'The civil defence agency acted within three hours of the observatory’s notice' },
    { file: X, speaker: 'Anaïs Kerulen', cue: 'Kerulen said', quote: 'We can argue about Thursday for the rest of our lives' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed by the eruption: 14 according to the National Civil Defence Agency (NCDA), which counts only deaths certified by a doctor (repeated by the state-aligned paper, which calls higher figures "not verified"); at least 22 according to Governor Marin Oduya (Odouya), who counted the bodies brought to the Merovi gymnasium.',
      sides: [
        { file: W, quote: 'The National Civil Defense Agency (NCDA) said 14 bodies had been recovered from Tokari and Amuleth', value: '14', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: L, quote: 'The National Civil Defence Agency (NCDA) says 14 people have died and 31 are missing.', value: '14', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: B, quote: 'The National Civil Defence Agency (NCDA) says 14 people are confirmed dead and 31 are missing.', value: '14', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: D, quote: 'The National Civil Defence Agency (NCDA) confirmed on Tuesday that 14 people had died.', value: '14', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: X, quote: 'The NCDA says 14, with 31 missing.', value: '14', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: W, quote: 'said on Monday that at least 22 people had been killed when Mount Karetu erupted over the weekend', value: '22', speaker: 'Marin Oduya', camp: 'B' },
        { file: W, quote: 'I have stood in front of 22 bodies in the Merovi gymnasium.', value: '22', speaker: 'Marin Oduya', camp: 'B' },
        { file: L, quote: 'Governor Marin Oduya says at least 22 bodies have been brought to the Merovi gymnasium.', value: '22', speaker: 'Marin Oduya', camp: 'B' },
        { file: L, quote: 'Twenty-two. I counted them myself.', value: '22', speaker: 'Marin Oduya', camp: 'B' },
        { file: B, quote: 'Governor Marin Oduya told HBN News on Tuesday that 22 bodies had been recovered from Tokarri and Amuleth', value: '22', speaker: 'Marin Oduya', camp: 'B' },
        { file: X, quote: 'says at least 22 bodies have been recovered and taken to a school gymnasium in Merovi', value: '22', speaker: 'Marin Oduya', camp: 'B' },
      ],
    },
    {
      id: 'alert-day', level: 'core', kind: 'temporal',
      summary: 'When Karetu was raised to alert Level 3 and the authorities were told: on Thursday 5 March, according to the Halmaru Volcanological Observatory (HVO) and its director Anaïs Kerulen (Anais), who say they told the NCDA and the governor\'s office that afternoon; on Saturday evening, hours before the eruption, according to the governor\'s office (notice at 18:30) and the state-aligned paper.',
      sides: [
        { file: W, quote: 'said the observatory raised its alert level to 3, on a four-step scale, on Thursday, March 5', value: 'Thursday 5 March', speaker: 'Anaïs Kerulen', camp: 'A' },
        { file: L, quote: 'The observatory raised the alert to Level 3 on Thursday afternoon', value: 'Thursday', speaker: 'Anaïs Kerulen', camp: 'A' },
        { file: L, quote: 'We told everyone who needed to be told on Thursday', value: 'Thursday', speaker: 'Anaïs Kerulen', camp: 'A' },
        { file: B, quote: 'repeated that it had raised the alert level on Thursday, two days before the eruption', value: 'Thursday', speaker: 'Anaïs Kerulen', camp: 'A' },
        { file: X, quote: 'says the observatory raised Karetu to alert Level 3 of 4 on Thursday, March 5', value: 'Thursday 5 March', speaker: 'Anaïs Kerulen', camp: 'A' },
        { file: W, quote: "The governor's office said it received notice of the higher alert level only at 6:30 p.m. on Saturday", value: 'Saturday 18:30', speaker: 'Marin Oduya', camp: 'B' },
        { file: D, quote: 'to raise Karetu’s alert level to 3 on Saturday evening', value: 'Saturday evening', speaker: 'National Tidings', camp: 'B' },
        { file: X, quote: "The governor's office says the notice reached it only at 6:30 p.m. on Saturday.", value: 'Saturday 18:30', speaker: 'Marin Oduya', camp: 'B' },
      ],
    },
    {
      id: 'amuleth-order', level: 'core', kind: 'polarity',
      summary: 'Whether the evacuation order issued at 21:00 on Saturday covered Amuleth: yes, according to the NCDA and its director Aurel Paskoa (every village within 6 km, told by loudspeaker and text message; repeated by the state-aligned paper); no, according to residents and the village head Ama Tohr, who say police told them the order was only for Tokarri and the villages above the river.',
      sides: [
        { file: L, quote: 'Amuleth was in the order. Every village in the zone was told', value: 'covered', speaker: 'Aurel Paskoa', camp: 'A' },
        { file: B, quote: 'Mr Paskoa insists Amuleth was in the order.', value: 'covered', speaker: 'Aurel Paskoa', camp: 'A' },
        { file: D, quote: 'at 21:00 on Saturday, including Amuleth', value: 'covered', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: X, quote: 'says its 9 p.m. order covered every village within 6 km of the summit, Amuleth included', value: 'covered', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: W, quote: 'said police had told them on Saturday evening that their village was outside the zone', value: 'not covered', speaker: 'Ama Tohr', camp: 'B' },
        { file: L, quote: 'Amuleth was never in the order.', value: 'not covered', speaker: 'Ama Tohr', camp: 'B' },
        { file: L, quote: 'Ama Tohr, the village head, says nobody in Amuleth was told to leave.', value: 'not told', speaker: 'Ama Tohr', camp: 'B' },
        { file: B, quote: 'residents say they were told they did not need to leave', value: 'not covered', speaker: 'Elin Sabatu', camp: 'B' },
        { file: X, quote: 'say police told them the order was only for the villages above the river', value: 'not covered', speaker: 'Ama Tohr', camp: 'B' },
      ],
    },
    {
      id: 'airport', level: 'core', kind: 'status',
      summary: 'Whether Merovi International Airport has reopened: yes, at 14:00 on Monday for daytime flights, according to the Halmaru Civil Aviation Authority (HCAA) and its director general Jonas Vrell (repeated by the state-aligned paper, which has the President landing there); no, according to Halmaru Airways and its spokesman Kiri Anselm, which say it remains closed and none of its aircraft has landed since Saturday.',
      sides: [
        { file: B, quote: 'said on Monday evening that Merovi International Airport had reopened at 14:00 for daytime flights', value: 'reopened', speaker: 'Halmaru Civil Aviation Authority', camp: 'A' },
        { file: D, quote: 'which reopened to daytime flights on Monday afternoon', value: 'reopened', speaker: 'Halmaru Civil Aviation Authority', camp: 'A' },
        { file: D, quote: 'The runway is clean, the instruments are working and the airport is open', value: 'open', speaker: 'Jonas Vrell', camp: 'A' },
        { file: X, quote: 'says Merovi International Airport reopened on Monday afternoon', value: 'reopened', speaker: 'Halmaru Civil Aviation Authority', camp: 'A' },
        { file: B, quote: 'said on Tuesday that the airport remained closed', value: 'closed', speaker: 'Halmaru Airways', camp: 'B' },
        { file: B, quote: 'Not one of our aircraft has landed at Merovi since Saturday', value: 'closed', speaker: 'Kiri Anselm', camp: 'B' },
        { file: X, quote: 'Halmaru Airways says the airport is still closed to passenger flights', value: 'closed', speaker: 'Halmaru Airways', camp: 'B' },
      ],
    },
    {
      id: 'ash-height', level: 'secondary', kind: 'numeric',
      summary: 'Height of the ash column: about 12 km according to the HVO; 18 km (about 59,000 feet) according to the Brennhaven Volcanic Ash Advisory Centre (VAAC; Center in the wire and the explainer) in Kaldoria, from satellite images.',
      sides: [
        { file: B, quote: 'It estimates the ash column reached 12 km.', value: '12 km', speaker: 'Halmaru Volcanological Observatory', camp: 'A' },
        { file: X, quote: 'The observatory estimates 12 km.', value: '12 km', speaker: 'Halmaru Volcanological Observatory', camp: 'A' },
        { file: W, quote: 'satellite images showed the column had reached 18 km, or about 59,000 feet', value: '18 km', speaker: 'Brennhaven Volcanic Ash Advisory Centre', camp: 'B' },
        { file: L, quote: 'satellite images show the ash column reached 18 km above sea level early this morning', value: '18 km', speaker: 'Brennhaven Volcanic Ash Advisory Centre', camp: 'B' },
        { file: X, quote: 'which reads the height from satellite temperatures, says 18 km.', value: '18 km', speaker: 'Brennhaven Volcanic Ash Advisory Centre', camp: 'B' },
      ],
    },
    {
      id: 'evacuated', level: 'secondary', kind: 'numeric',
      summary: 'People evacuated: 41,000 according to the NCDA and its director Aurel Paskoa (repeated by the state-aligned paper as "More than 41,000"); about 27,000 according to Governor Marin Oduya\'s office, which counted village heads\' and shelters\' lists and calls 41,000 the population of the zone.',
      sides: [
        { file: W, quote: 'that 41,000 people had left their homes on the island since then', value: '41,000', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: L, quote: 'He says 41,000 people have left the evacuation zone since Saturday night.', value: '41,000', speaker: 'Aurel Paskoa', camp: 'A' },
        { file: B, quote: 'Mr Paskoa says 41,000 people have left the zone around the volcano since Saturday night.', value: '41,000', speaker: 'Aurel Paskoa', camp: 'A' },
        { file: D, quote: 'More than 41,000 people have been moved out of the danger zone, the NCDA said.', value: '>41,000', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: X, quote: 'The NCDA says 41,000.', value: '41,000', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: B, quote: 'The governor’s office says its own count, from village heads and shelters, is about 27,000.', value: '~27,000', speaker: 'Marin Oduya', camp: 'B' },
        { file: B, quote: 'Forty-one thousand is the population of the zone, not the number of people who left it', value: 'fewer than 41,000', speaker: 'Marin Oduya', camp: 'B' },
        { file: X, quote: 'The governor says about 27,000', value: '~27,000', speaker: 'Marin Oduya', camp: 'B' },
      ],
    },
    {
      id: 'start-time', level: 'secondary', kind: 'temporal',
      summary: 'When the eruption began: at 23:47 on Saturday, when the HVO\'s seismometers recorded the dome collapse; at about 01:15 on Sunday, according to the NCDA, dating it to the first police report from Tokarri (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'The observatory said its instruments recorded the start of the eruption at 11:47 p.m. on Saturday.', value: '23:47 Saturday', speaker: 'Halmaru Volcanological Observatory', camp: 'A' },
        { file: L, quote: 'Its seismometers recorded the start of the eruption at 23:47 on Saturday', value: '23:47 Saturday', speaker: 'Anaïs Kerulen', camp: 'A' },
        { file: B, quote: 'says the eruption began at 23:47 on Saturday', value: '23:47 Saturday', speaker: 'Halmaru Volcanological Observatory', camp: 'A' },
        { file: X, quote: 'says its seismometers recorded the start of the eruption at 11:47 p.m. on Saturday', value: '23:47 Saturday', speaker: 'Halmaru Volcanological Observatory', camp: 'A' },
        { file: W, quote: 'The NCDA has said the eruption began at about 1:15 a.m. on Sunday', value: '01:15 Sunday', speaker: 'National Civil Defence Agency', camp: 'B' },
        { file: L, quote: 'the first report reached the agency from police in Tokarri at 01:15', value: '01:15 Sunday', speaker: 'Aurel Paskoa', camp: 'B' },
        { file: D, quote: 'The eruption began at about 01:15 on Sunday, the agency said', value: '01:15 Sunday', speaker: 'National Civil Defence Agency', camp: 'B' },
        { file: X, quote: 'dates it to 1:15 a.m. on Sunday', value: '01:15 Sunday', speaker: 'National Civil Defence Agency', camp: 'B' },
      ],
    },
    {
      id: 'mountain-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Nobody goes back up that mountain until the mountain says so" is credited to the HVO director Anaïs Kerulen (Anais) by the wire and to the NCDA director Aurel Paskoa by the state-aligned paper.',
      sides: [
        { file: W, quote: '"Nobody goes back up that mountain until the mountain says so," she said on Monday', speaker: 'Anaïs Kerulen', camp: 'A' },
        { file: D, quote: '“Nobody goes back up that mountain until the mountain says so,” Mr Paskoa told residents in the shelter', speaker: 'Aurel Paskoa', camp: 'B' },
      ],
    },
    {
      id: 'shelters-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 19,600 people were in evacuation shelters, then corrected it to 9,600 in 52 shelters, the NCDA\'s figure, which it had misread; the explainer also says about 9,600.',
      sides: [
        { file: L, quote: 'The NCDA says 19,600 people are in evacuation shelters across the island', value: '19,600', speaker: 'National Civil Defence Agency', camp: 'A' },
        { file: L, quote: 'The NCDA’s figure is 9,600, in 52 shelters; we misread its statement.', value: '9,600', speaker: 'National Civil Defence Agency', camp: 'B' },
        { file: X, quote: 'Everybody agrees that about 9,600 are in shelters.', value: '~9,600', speaker: 'The Fathom', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'ash-feet', kind: 'numeric',
      summary: 'The HVO\'s "about 12 km" (live blog) and its "about 39,000 feet" (wire) are one figure in two units, rounded.',
      sides: [
        { file: L, quote: 'The ash column rose to about 12 km.', value: '~12 km' },
        { file: W, quote: 'sent a column of ash about 39,000 feet into the sky', value: '~39,000 ft' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Nine dead on Sunday morning (the NCDA, in the live blog) and 14 on Sunday evening "from nine in the morning" (the NCDA, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Nine people have died, the NCDA says.', value: '9 (Sunday morning)' },
        { file: W, quote: "The agency's toll rose to 14 on Sunday evening, from nine in the morning.", value: '14 (Sunday evening)' },
      ],
    },
    {
      id: 'hospital-sets', kind: 'numeric',
      summary: 'The 57 people Merovi District Hospital had treated by Monday (wire) and the 41 it is treating on Tuesday (web story) are different sets, not rival counts.',
      sides: [
        { file: W, quote: 'Merovi District Hospital said it had treated 57 people for burns and breathing problems', value: '57 treated (total)' },
        { file: B, quote: 'Merovi District Hospital is treating 41 people, nine of them in intensive care.', value: '41 in hospital (Tuesday)' },
      ],
    },
    {
      id: 'shelters-part', kind: 'numeric',
      summary: 'The 9,600 people in shelters are part of those evacuated; the rest are staying with relatives.',
      sides: [
        { file: B, quote: 'Of those evacuated, 9,600 are in 52 shelters, the NCDA says; the rest are staying with relatives elsewhere on the island.', value: '9,600 (in shelters)' },
        { file: D, quote: 'Of them, some 9,600 are in shelters and the rest are staying with relatives.', value: '9,600 of those moved' },
      ],
    },
    {
      id: 'dome-synonyms', kind: 'status',
      summary: '"part of the summit lava dome collapsed" (wire) and "the dome of hardened lava at the summit gave way" (web story) describe the same event in different words.',
      sides: [
        { file: W, quote: 'after part of the summit lava dome collapsed', value: 'dome collapsed' },
        { file: B, quote: 'when the dome of hardened lava at the summit gave way', value: 'dome gave way' },
      ],
    },
    {
      id: 'troops-about-more-than', kind: 'numeric',
      summary: '"more than 1,200 soldiers" (wire, Monday) and "About 1,500 troops" (web story, Tuesday) are compatible approximations.',
      sides: [
        { file: W, quote: 'The government has sent more than 1,200 soldiers to Suvela to help with the search', value: '>1,200' },
        { file: B, quote: 'About 1,500 troops are helping with the search.', value: '~1,500' },
      ],
    },
    {
      id: 'eruption-1958', kind: 'numeric',
      summary: 'The 212 people killed in Karetu\'s 1958 eruption belong to an earlier eruption, not a rival figure for this one\'s toll.',
      sides: [
        { file: X, quote: 'The last deadly eruption of Karetu, in 1958, killed 212 people.', value: '212 (1958)' },
        { file: L, quote: 'The NCDA now puts the death toll at 14, up from nine this morning.', value: '14 (2026)' },
      ],
    },
  ],
};
