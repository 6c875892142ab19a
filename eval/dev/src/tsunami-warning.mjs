// Hand-written gold source for the tsunami that struck the east coast of the island state of Ilomaru
// (invented event, September 2026). build-gold.mjs turns it into ../gold/tsunami-warning.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line); the
// live blog is Markdown with YAML front matter (no headline in the body; bold day and time lines);
// the web story is Markdown converted from a news page (breadcrumb links, `# Headline`, italic
// standfirst, byline with a link, "Published ... · Updated ..." line, image line with caption and
// credit, key points, "Read more" links); the state-aligned paper and the explainer imitate pages
// saved from news sites under random names (site name, "Skip to ... content", navigation bar, section
// label, headline twice, byline, date and "Updated" lines, share line, "Advertisement", a caption
// with a photo or graphic credit, "Read more" lines, a copyright line; the explainer also has
// footnote markers, a numbered source list and an author bio). Site names, navigation bars, section
// labels, bylines, date and "Updated" lines, share lines, "Advertisement", "Read more" lines, the
// copyright line, the wire's reporting line, the source list and the bio are metadata (meta: 1-based
// line numbers); headlines, standfirsts, key points, image alt texts, captions and credits are
// counted text. Link URLs are in ignore.
const W = 'mooring-wire.txt'; // Mooring wire (Tuesday 15 September), US style, straight quotes, writes Vaiteku, Vaiolo, Hanalewa, Civil Defense
const L = 'c8e4e3012c886ce8.md'; // The Kerrow Islander live blog, newest first (Monday 14 September 05:20 to Tuesday 15 September 21:40), YAML front matter, UK style, curly quotes
const B = '643cf4084c8ad495.md'; // MRV News web story (Wednesday 16 September), UK style, straight quotes
const D = 'b4679e0c07d45c04.txt'; // state-aligned The Ilomaru Sentry (Wednesday 16 September), saved page, UK style, curly quotes
const X = 'fa7d2a91d6e23e45.txt'; // The Plimsoll explainer in questions (Thursday 17 September), saved page, US style, straight quotes, writes Vaiteku, Vaiolo, Civil Defense

export default {
  corpus: 'tsunami-warning',
  note: 'Invented event written for the project: at 04:41 on Monday 14 September 2026 a magnitude 7.8 earthquake ruptures the Rangivel Trench under the Varua Sea, about 140 km (138 km in the explainer) east of the fishing town of Vaitekū (Vaiteku in the wire and the explainer) on the east coast of the fictional island state of Ilomaru (capital Port Kerrow); the first wave reaches Vaitekū harbour at 05:06, and Vaitekū, the village of Hanaleva (Hanalewa in the wire) and the Sarevi district are hit worst; a text alert reaches phones at 05:31. Five invented outlets: the Mooring wire (Tuesday), The Kerrow Islander live blog, newest first (Monday 05:20 to Tuesday 21:40), the MRV News web story (Wednesday), the state-aligned The Ilomaru Sentry (Wednesday) and The Plimsoll explainer (Thursday 17 September); four files have random names. The Ilomaru Meteorological and Geophysical Service (IMGS) and its head Dr Hemi Taufonu, the Ilomaru Civil Defence Authority (ICDA; Civil Defense in the wire and the explainer) and its director Losana Vaʻiolo (Vaiolo in the wire and the explainer), Prime Minister Elia Varotu, Minister of Home Affairs Ruth Kalamea, the Norvane Geophysical Institute (NGI) of neighbouring Norvane and its survey leader Dr Liv Sandtorp, Vaitekū District Hospital and its medical superintendent Dr Mere Kautoga, the mayor Aperahama Tuilevu, the Island Relief Network (IRN) and its coordinator Ana Vunikoro, the mobile operator IsleCom, the siren contractor Tidemark Alert Systems and its director Owen Brisco, Ilomaru Airports Ltd (IAL) and its spokesman Marcus Penhale, Air Ilomaru and its chief executive Rhys Vailea, the opposition Democratic Union and its leader Maika Tonivale, and residents (the fisherman Jone Ravuka, the teacher Tevita Lomani) disagree about the height of the waves at Vaitekū (up to 4 metres on the IMGS tide gauge; as high as 9 metres by the NGI survey team), the dead (23 by the ICDA; 41 by the hospital), the missing (58 on the official list; more than 200 by the IRN), whether a warning was issued before the waves arrived (yes, by the IMGS and the government; no, by residents, the mayor and the opposition), the time of the warning (04:52 by the IMGS; 05:29 by the opposition, the operator\'s records and a screenshot of the IMGS website), whether the 12 sirens in Vaitekū sounded (all at 04:58, by the ICDA; not one, by the mayor and residents), the people evacuated (12,000 by the government; about 4,500 by the IRN) and whether Port Kerrow International Airport has reopened (at noon on Tuesday, by its operator; still closed to passenger flights, by the airline); the live blog corrects its own magnitude (8.1, then 7.8). "About 140 km" and 138 km are one distance, rounded; the official toll of 17 on Monday evening and 23 on Tuesday "up from 17" is an update reported as such; the about 640 homes destroyed in Vaitekū are part of the 1,100 destroyed; the 1,100 homes destroyed and the 3,400 damaged are different sets; "a state of emergency in the eastern districts" and "Emergency powers came into force ... in Vaitekū, Hanaleva and Sarevi" are synonyms; "About 3,000 people" and "More than 2,800 people" in shelters on Monday night agree; a fifth of Port Kerrow\'s homes with power on Monday night and about 60 per cent by Tuesday evening are different days\' figures. "Norvanian" is a demonym; "Ilomaru" inside the names of the ICDA, the IMGS, IAL, Air Ilomaru and The Ilomaru Sentry, "Port Kerrow" inside Port Kerrow International Airport, "Vaitekū" inside Vaitekū District Hospital and Vaitekū Primary School, and "Norvane" inside the Norvane Geophysical Institute are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 55],
    [L]: [],
    [B]: [1, 7, 9, 21, 51, 69, 70, 71],
    [D]: [1, 2, 3, 4, 6, 12, 13, 14, 16, 38, 56, 57, 58, 60],
    [X]: [1, 2, 3, 11, 12, 13, 15, 65, 66, 67, 68, 69, 71],
  },

  actors: [
    // places
    { id: 'ilomaru', name: 'Ilomaru', type: 'place', forms: ['Ilomaru'], note: 'the island state; nested in Ilomaru Civil Defence Authority, Ilomaru Meteorological and Geophysical Service, Ilomaru Airports Ltd, Air Ilomaru and The Ilomaru Sentry; "the island state", "the country" are nominal' },
    { id: 'port-kerrow', name: 'Port Kerrow', type: 'place', forms: ['Port Kerrow', 'PORT KERROW'], note: 'the capital (datelines in capitals); nested in Port Kerrow International Airport; "the capital" is nominal' },
    { id: 'vaiteku', name: 'Vaitekū', type: 'place', forms: ['Vaitekū', 'Vaiteku'], note: 'the worst-hit fishing town (Vaiteku in the wire and the explainer); nested in Vaitekū District Hospital and Vaitekū Primary School; "the town" is nominal' },
    { id: 'hanaleva', name: 'Hanaleva', type: 'place', forms: ['Hanaleva', 'Hanalewa'], note: 'fishing village on the coast (Hanalewa in the wire)' },
    { id: 'sarevi', name: 'Sarevi', type: 'place', forms: ['Sarevi'], note: 'the third eastern district' },
    { id: 'rangivel', name: 'Rangivel Trench', type: 'place', forms: ['Rangivel Trench'], note: 'the undersea trench where the earthquake struck (a named feature)' },
    { id: 'varua', name: 'Varua Sea', type: 'place', forms: ['Varua Sea'], note: 'the sea east of Ilomaru' },
    { id: 'norvane', name: 'Norvane', type: 'place', forms: ['Norvane'], note: 'the neighbouring state that sends aid and whose institute surveys the waves; "Norvanian" is a demonym; nested in Norvane Geophysical Institute' },
    { id: 'airport', name: 'Port Kerrow International Airport', type: 'place', forms: ['Port Kerrow International Airport'], note: 'the airport south of the capital (a named facility); "the airport" is nominal' },
    // organizations
    { id: 'icda', name: 'Ilomaru Civil Defence Authority', type: 'organization', forms: ['Ilomaru Civil Defence Authority', 'Ilomaru Civil Defense Authority', 'ICDA'], note: 'the civil-defence agency, defined as (ICDA) (Civil Defense in the wire and the explainer); lowercase "civil defence", "the authority" are nominal' },
    { id: 'imgs', name: 'Ilomaru Meteorological and Geophysical Service', type: 'organization', forms: ['Ilomaru Meteorological and Geophysical Service', 'IMGS'], note: 'the national weather and earthquake service that issues tsunami warnings, defined as (IMGS); "the service" is nominal' },
    { id: 'ngi', name: 'Norvane Geophysical Institute', type: 'organization', forms: ['Norvane Geophysical Institute', 'NGI'], note: 'the foreign institute whose team surveyed the waves, defined as (NGI)' },
    { id: 'hospital', name: 'Vaitekū District Hospital', type: 'organization', forms: ['Vaitekū District Hospital', 'Vaiteku District Hospital'], note: 'the town\'s hospital; the place inside it is nested; "the hospital" is nominal' },
    { id: 'school', name: 'Vaitekū Primary School', type: 'organization', forms: ['Vaitekū Primary School'], note: 'the school where Tevita Lomani teaches' },
    { id: 'irn', name: 'Island Relief Network', type: 'organization', forms: ['Island Relief Network', 'IRN'], note: 'the relief charity running shelters, defined as (IRN); "the network" is nominal' },
    { id: 'ial', name: 'Ilomaru Airports Ltd', type: 'organization', forms: ['Ilomaru Airports Ltd', 'IAL'], note: 'the airport operator, defined as (IAL); "the operator" is nominal' },
    { id: 'air-ilomaru', name: 'Air Ilomaru', type: 'organization', forms: ['Air Ilomaru'], note: 'the national airline; "the airline" is nominal' },
    { id: 'islecom', name: 'IsleCom', type: 'organization', forms: ['IsleCom'], note: 'the mobile operator that sent the text alert' },
    { id: 'tidemark', name: 'Tidemark Alert Systems', type: 'organization', forms: ['Tidemark Alert Systems', 'Tidemark'], note: 'the firm that maintains the sirens; "Tidemark\'s director" holds a mention; "the company" is nominal' },
    { id: 'democratic-union', name: 'Democratic Union', type: 'organization', forms: ['Democratic Union'], note: 'the opposition party; "the party" is nominal' },
    { id: 'mooring', name: 'Mooring', type: 'organization', forms: ['Mooring'], note: 'the wire agency: the dateline "(Mooring)", "told Mooring", "showed Mooring" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'islander', name: 'The Kerrow Islander', type: 'organization', forms: ['The Kerrow Islander', 'Islander'], note: 'the capital\'s paper running the live blog: its photo credit and "told the Islander" (article outside the span) are mentions; its front matter and its name in the explainer\'s source list are metadata' },
    { id: 'mrv', name: 'MRV News', type: 'organization', forms: ['MRV News'], note: 'the broadcaster\'s news site: its photo credit and "seen by MRV News" are mentions; its breadcrumb line and its name in the explainer\'s source list are metadata' },
    { id: 'sentry', name: 'The Ilomaru Sentry', type: 'organization', forms: ['The Ilomaru Sentry', 'Ilomaru Sentry'], note: 'the state-aligned paper: its photo credit is a mention, and "The government-aligned Ilomaru Sentry" in the explainer (article outside the span); its site-name line, copyright line and its name in the explainer\'s source list are metadata' },
    { id: 'plimsoll', name: 'The Plimsoll', type: 'organization', forms: ['The Plimsoll'], note: 'the explainer\'s site: its graphic credit and "residents interviewed by The Plimsoll" are mentions; its site-name line and the author bio are metadata' },
    // people
    { id: 'varotu', name: 'Elia Varotu', type: 'person', forms: ['Elia Varotu', 'Varotu'], note: 'Prime Minister; the title is outside the span; "Mr Varotu" -> "Varotu"; "the prime minister", "Prime Minister" without a name are nominal' },
    { id: 'kalamea', name: 'Ruth Kalamea', type: 'person', forms: ['Ruth Kalamea'], note: 'Minister of Home Affairs, in the state-aligned paper' },
    { id: 'taufonu', name: 'Hemi Taufonu', type: 'person', forms: ['Hemi Taufonu', 'Taufonu'], note: 'head of the IMGS; "Dr"/"Dr." is outside the span' },
    { id: 'vaiolo', name: 'Losana Vaʻiolo', type: 'person', forms: ['Losana Vaʻiolo', 'Losana Vaiolo'], note: 'director of the ICDA (with the ʻokina in the local outlets, Vaiolo in the wire and the explainer)' },
    { id: 'tuilevu', name: 'Aperahama Tuilevu', type: 'person', forms: ['Aperahama Tuilevu', 'Tuilevu'], note: 'mayor of Vaitekū; "Mr Tuilevu" -> "Tuilevu"; "the mayor" is nominal' },
    { id: 'kautoga', name: 'Mere Kautoga', type: 'person', forms: ['Mere Kautoga', 'Kautoga'], note: 'medical superintendent of Vaitekū District Hospital' },
    { id: 'tonivale', name: 'Maika Tonivale', type: 'person', forms: ['Maika Tonivale'], note: 'leader of the Democratic Union' },
    { id: 'sandtorp', name: 'Liv Sandtorp', type: 'person', forms: ['Liv Sandtorp'], note: 'leader of the NGI survey team' },
    { id: 'vunikoro', name: 'Ana Vunikoro', type: 'person', forms: ['Ana Vunikoro'], note: 'IRN coordinator in the east' },
    { id: 'penhale', name: 'Marcus Penhale', type: 'person', forms: ['Marcus Penhale'], note: 'spokesman of Ilomaru Airports Ltd' },
    { id: 'vailea', name: 'Rhys Vailea', type: 'person', forms: ['Rhys Vailea'], note: 'chief executive of Air Ilomaru' },
    { id: 'brisco', name: 'Owen Brisco', type: 'person', forms: ['Owen Brisco'], note: 'director of Tidemark Alert Systems, in the web story' },
    { id: 'ravuka', name: 'Jone Ravuka', type: 'person', forms: ['Jone Ravuka'], note: 'a Vaitekū fisherman, in the wire' },
    { id: 'lomani', name: 'Tevita Lomani', type: 'person', forms: ['Tevita Lomani'], note: 'a teacher at Vaitekū Primary School' },
    { id: 'fua', name: 'Kalolaine Fua', type: 'person', forms: ['Kalolaine Fua'], note: 'The Kerrow Islander reporter: her name in the front matter is metadata; her photo credit is a mention' },
    { id: 'hart', name: 'Leilani Hart', type: 'person', forms: ['Leilani Hart'], note: 'MRV News correspondent: her byline is metadata; her photo credit is a mention' },
    { id: 'pauga', name: 'Sione Pauga', type: 'person', forms: ['Sione Pauga'], note: 'The Ilomaru Sentry photographer, in a photo credit' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:authority|service|hospital|airport|airline|network|operator|company|party|institute|government|capital|country|island state|town|mayor|prime minister|Prime Minister)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\bcivil defen[cs]e\\b', why: 'lowercase reference to the Ilomaru Civil Defence Authority' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Mere Kautoga', cue: 'Kautoga told Mooring by telephone', quote: 'I have counted them myself. Forty-one. I cannot make that number smaller' },
    { file: W, speaker: 'Hemi Taufonu', cue: 'Taufonu said', quote: 'The warning was issued before the first wave reached any part of our coast. That is a fact, and our logs show it' },
    { file: W, speaker: 'Jone Ravuka', cue: 'said Jone Ravuka', quote: 'There was no warning. The first warning was the water coming under the door' },
    { file: W, speaker: 'Liv Sandtorp', cue: 'she said', quote: 'These were not four-meter waves' },
    { file: L, speaker: 'Rhys Vailea', cue: 'he told the Islander', quote: 'The airport is not open. A military plane landing on a wet runway is not an open airport' },
    { file: L, speaker: 'Aperahama Tuilevu', cue: 'Mr Tuilevu said', quote: 'The sea came before any warning did. I was awake, I was listening, and there was nothing' },
    { file: L, speaker: 'Losana Vaʻiolo', cue: 'she said', quote: 'Every one of the 12 sirens in Vaitekū sounded at 04:58. We have the logs, and we will publish them' },
    { file: L, speaker: 'Marcus Penhale', cue: 'he said', quote: 'The airport is open. Any airline that wants to fly can fly' },
    { file: B, speaker: 'Elia Varotu', cue: 'he told parliament', quote: 'The warning was issued before the waves reached our coast. I have seen the log with my own eyes' },
    { file: B, speaker: 'Maika Tonivale', cue: 'said Maika Tonivale', quote: 'The warning was issued after the wave hit. Ask anyone in Vaitekū what woke them up, and it was not a siren' },
    { file: B, speaker: 'Tevita Lomani', cue: 'said Tevita Lomani', quote: "I was on the seafront at five o'clock, and I heard the sea and the dogs and nothing else" },
    { file: B, speaker: 'Owen Brisco', cue: 'he said', quote: 'They worked in July. Whether they were switched on in September is a question for civil defence' },
    { file: D, speaker: 'Elia Varotu', cue: 'Mr Varotu said', quote: 'Our scientists issued the warning at 04:52, eleven minutes after the earthquake, and our people moved' },
    { file: D, speaker: 'Ruth Kalamea', cue: 'she said', quote: 'No family on this coast will go thirsty while there is a truck in this country' },
    { file: X, speaker: 'Liv Sandtorp', cue: 'said Dr. Liv Sandtorp', quote: 'The question is not whether a warning existed somewhere in a computer at 4:52' },
  ],

  contradictions: [
    {
      id: 'wave-height', level: 'core', kind: 'numeric',
      summary: 'How high the waves were at Vaitekū: up to 4 metres on the IMGS tide gauge in the harbour, "no more than four metres" in the state-aligned paper, which calls higher estimates speculation; as high as 9 metres on the seafront according to the survey team of the Norvane Geophysical Institute (NGI) led by Dr Liv Sandtorp, and more than eight metres by the water marks the mayor points to.',
      sides: [
        { file: W, quote: 'recorded waves of up to 4 meters (13 feet) before it was damaged', value: '4 m', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'A' },
        { file: B, quote: 'measured waves of up to 4 metres before the gauge was destroyed', value: '4 m', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'A' },
        { file: D, quote: 'The waves that struck Vaitekū were no more than four metres high, the IMGS said', value: '≤4 m', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'A' },
        { file: X, quote: 'says its harbor tide gauge recorded waves of up to 4 meters before it failed', value: '4 m', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'A' },
        { file: W, quote: 'waves as high as 9 meters struck the seafront', value: '9 m', speaker: 'Liv Sandtorp', camp: 'B' },
        { file: W, quote: 'These were not four-meter waves', value: 'not 4 m', speaker: 'Liv Sandtorp', camp: 'B' },
        { file: L, quote: 'He says water marks on the council building are more than eight metres above the road.', value: '>8 m', speaker: 'Aperahama Tuilevu', camp: 'B' },
        { file: B, quote: 'A foreign survey team says the waves reached 9 metres', value: '9 m', speaker: 'Norvane Geophysical Institute', camp: 'B' },
        { file: B, quote: 'says waves reached 9 metres on the seafront', value: '9 m', speaker: 'Norvane Geophysical Institute', camp: 'B' },
        { file: X, quote: "says the waves that hit Vaiteku's seafront were as high as 9 meters", value: '9 m', speaker: 'Norvane Geophysical Institute', camp: 'B' },
      ],
    },
    {
      id: 'toll', level: 'core', kind: 'numeric',
      summary: 'The dead, as counted on Tuesday and Wednesday: 23 according to the Ilomaru Civil Defence Authority (ICDA), which counts only deaths confirmed by police (repeated by the state-aligned paper); 41 according to Vaitekū District Hospital and its medical superintendent Dr Mere Kautoga, who counted the bodies at the hospital and a school gym.',
      sides: [
        { file: W, quote: 'put the national death toll at 23 on Tuesday afternoon', value: '23', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: L, quote: 'The Ilomaru Civil Defence Authority (ICDA) says 23 people have died', value: '23', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: B, quote: "The ICDA's toll stood at 23 on Wednesday.", value: '23', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: D, quote: 'The ICDA said on Tuesday that 23 people had lost their lives', value: '23', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: X, quote: "The ICDA's toll has stood at 23 since Tuesday afternoon.", value: '23', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: W, quote: 'said on Tuesday that 41 people had died in a tsunami that struck before dawn on Monday, nearly twice the government\'s toll', value: '41', speaker: 'Vaitekū District Hospital', camp: 'B' },
        { file: W, quote: 'said 41 bodies had been brought to the hospital and to a school gymnasium being used as a temporary morgue', value: '41', speaker: 'Mere Kautoga', camp: 'B' },
        { file: L, quote: 'Vaitekū District Hospital says it has 41 bodies.', value: '41', speaker: 'Vaitekū District Hospital', camp: 'B' },
        { file: B, quote: 'Vaitekū District Hospital says 41 people have died', value: '41', speaker: 'Vaitekū District Hospital', camp: 'B' },
        { file: X, quote: 'says 41 bodies have been brought to the hospital and a school gym', value: '41', speaker: 'Mere Kautoga', camp: 'B' },
      ],
    },
    {
      id: 'missing', level: 'secondary', kind: 'numeric',
      summary: 'The missing: 58 on the ICDA\'s official list; more than 200 unaccounted for, according to the Island Relief Network (IRN), which runs many of the shelters.',
      sides: [
        { file: W, quote: 'with 58 people missing', value: '58', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: L, quote: 'It lists 58 people as missing.', value: '58', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: D, quote: 'and 58 were missing', value: '58', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: X, quote: 'The official list has 58 names.', value: '58', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: W, quote: 'It said more than 200 people were still missing, far more than the official figure.', value: '>200', speaker: 'Island Relief Network', camp: 'B' },
        { file: L, quote: 'The Island Relief Network (IRN) says more than 200 people are unaccounted for.', value: '>200', speaker: 'Island Relief Network', camp: 'B' },
        { file: B, quote: 'the Island Relief Network (IRN) says more than 200 people are missing', value: '>200', speaker: 'Island Relief Network', camp: 'B' },
        { file: X, quote: 'which runs many of the shelters, says more than 200 people are unaccounted for', value: '>200', speaker: 'Island Relief Network', camp: 'B' },
      ],
    },
    {
      id: 'warning-before-waves', level: 'core', kind: 'polarity',
      summary: 'Whether a tsunami warning was issued before the waves reached the coast: yes, according to the IMGS and its head Dr Hemi Taufonu, Prime Minister Elia Varotu and the state-aligned paper (citing the service\'s logs); no, according to residents of Vaitekū (the fisherman Jone Ravuka), the mayor Aperahama Tuilevu and the opposition leader Maika Tonivale, who says it was issued after the wave hit.',
      sides: [
        { file: W, quote: 'The warning was issued before the first wave reached any part of our coast.', value: 'before the waves', speaker: 'Hemi Taufonu', camp: 'A' },
        { file: L, quote: 'A warning that goes out at 04:52 is a warning that goes out before the wave', value: 'before the waves', speaker: 'Hemi Taufonu', camp: 'A' },
        { file: B, quote: 'The warning was issued before the waves reached our coast.', value: 'before the waves', speaker: 'Elia Varotu', camp: 'A' },
        { file: D, quote: 'issued a tsunami warning for the whole east coast before the first waves reached land', value: 'before the waves', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'A' },
        { file: X, quote: 'The IMGS says it issued a tsunami warning 11 minutes after the earthquake, well before the first wave', value: 'before the waves', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'A' },
        { file: W, quote: 'There was no warning. The first warning was the water coming under the door', value: 'no warning before', speaker: 'Jone Ravuka', camp: 'B' },
        { file: L, quote: 'The sea came before any warning did.', value: 'no warning before', speaker: 'Aperahama Tuilevu', camp: 'B' },
        { file: B, quote: 'The warning was issued after the wave hit.', value: 'after the wave', speaker: 'Maika Tonivale', camp: 'B' },
        { file: X, quote: 'People in Vaiteku say no warning reached them before the water did.', value: 'no warning before', speaker: 'Aperahama Tuilevu', camp: 'B' },
      ],
    },
    {
      id: 'warning-time', level: 'secondary', kind: 'temporal',
      summary: 'When the IMGS issued its tsunami warning: at 04:52, eleven minutes after the earthquake, according to the service and the Prime Minister; at 05:29, according to the opposition Democratic Union, the mobile operator IsleCom (which says the service asked it to send the alert at 05:29 and made no earlier request) and a screenshot of the IMGS website seen by MRV News.',
      sides: [
        { file: W, quote: 'his service had issued a tsunami warning at 4:52 a.m., 11 minutes after the earthquake', value: '04:52', speaker: 'Hemi Taufonu', camp: 'A' },
        { file: L, quote: 'says his service sent out its tsunami warning at 04:52 on Monday', value: '04:52', speaker: 'Hemi Taufonu', camp: 'A' },
        { file: B, quote: 'says it issued its tsunami warning at 04:52 on Monday', value: '04:52', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'A' },
        { file: D, quote: 'Our scientists issued the warning at 04:52', value: '04:52', speaker: 'Elia Varotu', camp: 'A' },
        { file: X, quote: 'The IMGS puts its warning at 4:52 a.m.', value: '04:52', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'A' },
        { file: W, quote: 'said the IMGS warning had in fact been issued at 5:29 a.m.', value: '05:29', speaker: 'Democratic Union', camp: 'B' },
        { file: L, quote: 'It says it received the alert from the IMGS at 05:29', value: '05:29', speaker: 'IsleCom', camp: 'B' },
        { file: B, quote: 'shows the warning bulletin posted at 05:29', value: '05:29', speaker: 'MRV News', camp: 'B' },
        { file: X, quote: 'The Democratic Union says the warning was not issued until 5:29 a.m.', value: '05:29', speaker: 'Democratic Union', camp: 'B' },
      ],
    },
    {
      id: 'sirens', level: 'core', kind: 'polarity',
      summary: 'Whether the 12 tsunami sirens in Vaitekū worked: all of them sounded at 04:58, according to the ICDA and its director Losana Vaʻiolo (Vaiolo), citing its control-room logs (repeated by the state-aligned paper); not one made a sound, according to the mayor Aperahama Tuilevu and residents such as the teacher Tevita Lomani.',
      sides: [
        { file: W, quote: 'all 12 sirens in Vaiteku had been activated at 4:58 a.m. and had sounded', value: 'sounded', speaker: 'Losana Vaʻiolo', camp: 'A' },
        { file: L, quote: 'Every one of the 12 sirens in Vaitekū sounded at 04:58.', value: 'sounded', speaker: 'Losana Vaʻiolo', camp: 'A' },
        { file: B, quote: 'The ICDA says its logs show all of them sounded at 04:58.', value: 'sounded', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: D, quote: 'said all 12 sirens in Vaitekū had sounded at 04:58', value: 'sounded', speaker: 'Losana Vaʻiolo', camp: 'A' },
        { file: X, quote: "says all 12 of the town's sirens sounded at 4:58 a.m.", value: 'sounded', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: W, quote: 'Not one siren in this town made a sound.', value: 'silent', speaker: 'Aperahama Tuilevu', camp: 'B' },
        { file: L, quote: 'Not one siren in Vaitekū made a sound.', value: 'silent', speaker: 'Aperahama Tuilevu', camp: 'B' },
        { file: L, quote: 'No siren, no message, nothing.', value: 'silent', speaker: 'Tevita Lomani', camp: 'B' },
        { file: B, quote: "The mayor says none of the town's 12 sirens sounded", value: 'silent', speaker: 'Aperahama Tuilevu', camp: 'B' },
        { file: B, quote: 'No siren sounded. I would swear to it in any court.', value: 'silent', speaker: 'Tevita Lomani', camp: 'B' },
        { file: X, quote: 'The mayor says not one of them made a sound', value: 'silent', speaker: 'Aperahama Tuilevu', camp: 'B' },
      ],
    },
    {
      id: 'evacuated', level: 'secondary', kind: 'numeric',
      summary: 'People evacuated from the coast: 12,000, according to Prime Minister Elia Varotu and the ICDA (repeated by the state-aligned paper); about 4,500 counted in the three eastern districts by the Island Relief Network and its coordinator Ana Vunikoro.',
      sides: [
        { file: W, quote: 'He said 12,000 people had been evacuated from the coast.', value: '12,000', speaker: 'Elia Varotu', camp: 'A' },
        { file: L, quote: 'He said 12,000 people had been evacuated from the coast since the morning', value: '12,000', speaker: 'Elia Varotu', camp: 'A' },
        { file: D, quote: 'A total of 12,000 people were evacuated from the coast on Monday, the authority said', value: '12,000', speaker: 'Ilomaru Civil Defence Authority', camp: 'A' },
        { file: X, quote: 'The government says 12,000.', value: '12,000', speaker: 'Elia Varotu', camp: 'A' },
        { file: W, quote: 'said its teams had counted about 4,500 people evacuated from the three districts', value: '~4,500', speaker: 'Island Relief Network', camp: 'B' },
        { file: B, quote: 'We have counted about 4,500 people who left their homes', value: '~4,500', speaker: 'Ana Vunikoro', camp: 'B' },
        { file: X, quote: 'says her teams have counted about 4,500 people who left their homes', value: '~4,500', speaker: 'Ana Vunikoro', camp: 'B' },
      ],
    },
    {
      id: 'airport-reopened', level: 'secondary', kind: 'status',
      summary: 'Whether Port Kerrow International Airport has reopened: yes, at noon on Tuesday, for relief and scheduled flights, according to its operator Ilomaru Airports Ltd (IAL) and its spokesman Marcus Penhale (repeated by the state-aligned paper); no, it remains closed to passenger flights with debris on the runway, according to Air Ilomaru and its chief executive Rhys Vailea.',
      sides: [
        { file: W, quote: 'said the airport had reopened at noon on Tuesday', value: 'reopened', speaker: 'Ilomaru Airports Ltd', camp: 'A' },
        { file: L, quote: 'says Port Kerrow International Airport reopened at 12:00 today', value: 'reopened', speaker: 'Ilomaru Airports Ltd', camp: 'A' },
        { file: L, quote: 'The airport is open. Any airline that wants to fly can fly', value: 'open', speaker: 'Marcus Penhale', camp: 'A' },
        { file: D, quote: 'which reopened on Tuesday after crews worked through the night to clear the runway', value: 'reopened', speaker: 'Ilomaru Airports Ltd', camp: 'A' },
        { file: X, quote: 'says Port Kerrow International Airport reopened at noon on Tuesday', value: 'reopened', speaker: 'Ilomaru Airports Ltd', camp: 'A' },
        { file: W, quote: 'The airport has not reopened for passengers.', value: 'closed', speaker: 'Rhys Vailea', camp: 'B' },
        { file: L, quote: 'The airport is not open.', value: 'closed', speaker: 'Rhys Vailea', camp: 'B' },
        { file: B, quote: 'Port Kerrow International Airport remained closed to passenger flights', value: 'closed', speaker: 'Air Ilomaru', camp: 'B' },
        { file: X, quote: 'Air Ilomaru says it remains closed to passenger flights', value: 'closed', speaker: 'Air Ilomaru', camp: 'B' },
      ],
    },
    {
      id: 'magnitude-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog\'s first post gave the earthquake\'s magnitude as 8.1; it then corrected it to 7.8, the IMGS figure; the wire also says 7.8.',
      sides: [
        { file: L, quote: 'A magnitude 8.1 earthquake has struck under the sea off Ilomaru’s east coast.', value: '8.1', speaker: 'The Kerrow Islander', camp: 'A' },
        { file: L, quote: 'The IMGS figure is 7.8.', value: '7.8', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'B' },
        { file: W, quote: 'The magnitude 7.8 earthquake struck at 4:41 a.m. on Monday', value: '7.8', speaker: 'Ilomaru Meteorological and Geophysical Service', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'distance-rounded', kind: 'numeric',
      summary: '"about 140 km" (wire) and 138 km (explainer) from the epicentre to Vaitekū are one distance, rounded.',
      sides: [
        { file: W, quote: 'about 140 km (87 miles) east of Vaiteku', value: '~140 km' },
        { file: X, quote: '138 km east of the fishing town of Vaiteku', value: '138 km' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'The ICDA\'s 17 confirmed dead on Monday evening and 23 on Tuesday afternoon "up from 17 last night" (both in the live blog) are a toll that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'The ICDA says 17 people are confirmed dead.', value: '17 (Monday evening)' },
        { file: L, quote: 'The ICDA has raised its death toll to 23, up from 17 last night.', value: '23 (Tuesday afternoon)' },
      ],
    },
    {
      id: 'vaiteku-homes-part', kind: 'numeric',
      summary: 'The about 640 homes destroyed in Vaitekū, by the town council (web story), are part of the 1,100 destroyed across the coast, by the ICDA (explainer), not a rival count.',
      sides: [
        { file: B, quote: 'In Vaitekū alone, about 640 homes were destroyed, according to the town council.', value: '~640 (Vaitekū)' },
        { file: X, quote: 'The ICDA says 1,100 homes were destroyed.', value: '1,100 (all)' },
      ],
    },
    {
      id: 'homes-destroyed-damaged', kind: 'numeric',
      summary: 'The 1,100 homes destroyed (state-aligned paper) and the at least 3,400 damaged (web story) are different sets.',
      sides: [
        { file: D, quote: 'The ICDA says 1,100 homes were destroyed.', value: '1,100 destroyed' },
        { file: B, quote: 'The ICDA says at least 3,400 homes have been damaged across the three eastern districts.', value: '≥3,400 damaged' },
      ],
    },
    {
      id: 'emergency-synonyms', kind: 'status',
      summary: '"a state of emergency in the eastern districts" (live blog) and "Emergency powers came into force ... in Vaitekū, Hanaleva and Sarevi" (state-aligned paper) describe the same decision.',
      sides: [
        { file: L, quote: 'Prime Minister Elia Varotu has declared a state of emergency in the eastern districts.', value: 'state of emergency' },
        { file: D, quote: 'Emergency powers came into force on Monday afternoon in Vaitekū, Hanaleva and Sarevi', value: 'emergency powers' },
      ],
    },
    {
      id: 'shelters-about-more-than', kind: 'numeric',
      summary: '"About 3,000 people" (live blog) and "More than 2,800 people" (web story) in shelters on Monday night are compatible approximations.',
      sides: [
        { file: L, quote: 'About 3,000 people are spending tonight in 14 shelters', value: '~3,000' },
        { file: B, quote: 'More than 2,800 people slept in shelters on Monday night', value: '>2,800' },
      ],
    },
    {
      id: 'power-different-days', kind: 'numeric',
      summary: 'About a fifth of homes in the capital with electricity on Monday night (live blog) and about 60 per cent by Tuesday evening (state-aligned paper) are different days\' figures.',
      sides: [
        { file: L, quote: 'In the capital, only about a fifth of homes have electricity.', value: '~20% (Monday night)' },
        { file: D, quote: 'By Tuesday evening, electricity had been restored to about 60 per cent of homes in Port Kerrow', value: '~60% (Tuesday evening)' },
      ],
    },
  ],
};
