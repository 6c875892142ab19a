// Hand-written gold source for the fuel tanker explosion at Ugbesse, Kwaro State, Nsalowa
// (invented event, November 2026). build-gold.mjs turns it into ../gold/fuel-tanker-blast.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links), and the state-aligned paper is Markdown with YAML front matter and
// no headline in the body. Site furniture, bylines, date and "Updated" lines, the wire's
// reporting line, the source list and the bio are metadata (meta: 1-based line numbers);
// headlines, standfirsts, key points, image alt texts, captions and credits are counted text.
// Link URLs are in ignore.
const W = 'wayfarer-wire.txt'; // Wayfarer wire (Monday 23 November), US style, straight quotes, writes Ugbese
const L = '7d41c09e2b6fa385.txt'; // The Ondaru Sentinel live blog, newest first (Sunday 22 November, 07:10 to 22:30), UK style, curly quotes
const B = 'c3a8e5170f92d64b.md'; // NBX News web story (Monday 23 November, evening), UK style, curly quotes
const D = '5e90b2d4a7c1f836.md'; // state-aligned The Federal Pilot (Tuesday 24 November), YAML front matter, UK style, curly quotes, writes Ebiwari
const X = 'a0f6e28d93b5c174.txt'; // The Gorsemoor Letter explainer in questions (Wednesday 25 November), US style, straight quotes, writes Ugbese and Zubayru

export default {
  corpus: 'fuel-tanker-blast',
  note: 'Invented event written for the project: early on Sunday 22 November 2026 a petrol tanker of the haulage firm Oruma Haulage Ltd, loaded at the Ikeba depot of the state oil company Petronsal, overturns on the Kambari Expressway at a bend beside the village of Ugbesse (Ugbese in the wire and the explainer), about 40 km north of Ondaru, capital of Kwaro State in the fictional federal country of Nsalowa (capital Abelun); villagers gather with buckets and jerrycans to collect the leaking fuel and at about 06:30 it explodes. The injured go to Ikeba General Hospital and to the burns unit of Ondaru Teaching Hospital; nine are flown to the National Burns Centre in Abelun. Five invented outlets: the Wayfarer wire (Monday), The Ondaru Sentinel live blog, newest first (Sunday 07:10 to 22:30), the NBX News web story (Monday), the state-aligned The Federal Pilot (Tuesday) and The Gorsemoor Letter explainer (Wednesday); four files have random names. The Kwaro State Police Command and its spokesman Supt Ikenna Obidah, the Federal Road Safety Agency (FRSA) and its sector commander Halima Dorobo, Oruma Haulage and its managing director Kayode Ebiware (Ebiwari in the state-aligned paper), Petronsal, Governor Ibrahim Saleku, the Federal Ministry of Health and Health Minister Rakiya Olumbe, Ondaru Teaching Hospital and its chief medical director Dr Folake Irabor, Ikeba General Hospital and Dr Musa Kangiwa, the Kwaro State Fire Service and its controller Emmanuel Odafe, the village head Chief Ozigi Amadu and the survivors Tobi Ekanem and Mercy Adigwe disagree about the dead (41 by the police, 63 by the village head), the people treated for burns (87 by the ministry, 132 by the hospitals), whether the police had cordoned off the site before the blast (yes, by the police and the state-aligned paper; no police and no cordon, by survivors), whether the driver Haruna Zubairu (Zubayru in the explainer) is in custody (in custody in Ondaru, by the police; in a hospital bed in Ikeba and not arrested, by his employer), when the tanker overturned (05:40, 45 minutes before the blast, by the FRSA; just after 04:00, more than two hours before, by villagers), whether it was overloaded (45,000 litres against a permitted 33,000, by the FRSA; 33,000, by Oruma), whether Oruma\'s operating licence had expired (in August, by the FRSA; renewed in September and valid to 2027, by Oruma) and who said "They came with buckets and jerrycans, and we could not hold them back" (the police spokesman in the wire, the fire-service controller in the state-aligned paper); the live blog corrects its own count of burns patients flown to Abelun (19, then nine). 28 firefighters and "nearly 30 firefighters" are one figure rounded; 31 dead in the morning and 41 in the evening "up from 31" is an update reported as such; 94 patients at Ikeba General Hospital and 38 in the Ondaru burns unit are different sets; the nine flown to Abelun are part of the 38 admitted to the burns unit; "reopened to traffic" and "Traffic was moving again" are synonyms; "About 300 people" and "more than 250 villagers" at the tanker agree; the 16 killed in a 2019 tanker fire in Oshele belong to another, earlier fire. "Nsalowans" is a demonym; "Ondaru" inside Ondaru Teaching Hospital and The Ondaru Sentinel, "Kwaro" inside Kwaro State Police Command and Kwaro State Fire Service, "Ikeba" inside Ikeba General Hospital and "Nsalowa" inside Nsalowa Air Force are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 2, 3, 4, 10, 11, 30, 62, 70, 71, 73],
    [B]: [1, 7, 9, 21, 43, 69, 70, 71],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 61, 62, 63, 64, 65, 67],
  },

  actors: [
    // places
    { id: 'nsalowa', name: 'Nsalowa', type: 'place', forms: ['Nsalowa'], note: 'the country; "Nsalowans" is a demonym; nested in Nsalowa Air Force' },
    { id: 'abelun', name: 'Abelun', type: 'place', forms: ['Abelun'], note: 'the federal capital; "the capital" is nominal' },
    { id: 'kwaro', name: 'Kwaro State', type: 'place', forms: ['Kwaro State', 'Kwaro'], note: 'the state; nested in Kwaro State Police Command and Kwaro State Fire Service; "Kwaro Governor" holds a mention' },
    { id: 'ondaru', name: 'Ondaru', type: 'place', forms: ['Ondaru', 'ONDARU'], note: 'the state capital (dateline in capitals); nested in Ondaru Teaching Hospital and The Ondaru Sentinel; "Ondaru’s burns unit" holds a mention' },
    { id: 'ugbesse', name: 'Ugbesse', type: 'place', forms: ['Ugbesse', 'Ugbese'], note: 'the village (Ugbese in the wire and the explainer); "the village" is nominal' },
    { id: 'ikeba', name: 'Ikeba', type: 'place', forms: ['Ikeba'], note: 'the nearest town, with the Petronsal depot and a fire station; nested in Ikeba General Hospital' },
    { id: 'kambari', name: 'Kambari Expressway', type: 'place', forms: ['Kambari Expressway'], note: 'the federal highway; "the expressway" is nominal' },
    { id: 'oshele', name: 'Oshele', type: 'place', forms: ['Oshele'], note: 'town of an earlier (2019) tanker fire' },
    // organizations
    { id: 'police', name: 'Kwaro State Police Command', type: 'organization', forms: ['Kwaro State Police Command'], note: 'the state police; lowercase "police", sentence-initial "Police" and "the command" are nominal' },
    { id: 'cid', name: 'State Criminal Investigation Department', type: 'organization', forms: ['State Criminal Investigation Department'], note: 'the police detective branch in Ondaru where the driver is held, in the wire' },
    { id: 'frsa', name: 'Federal Road Safety Agency', type: 'organization', forms: ['Federal Road Safety Agency', 'FRSA'], note: 'the road-safety agency, defined as (FRSA); "the agency" is nominal' },
    { id: 'oruma', name: 'Oruma Haulage Ltd', type: 'organization', forms: ['Oruma Haulage Ltd', 'Oruma Haulage', 'Oruma'], note: 'the haulage firm that owned the tanker; "Oruma\'s" holds a mention; "the firm", "the company" are nominal' },
    { id: 'petronsal', name: 'Petronsal', type: 'organization', forms: ['Petronsal'], note: 'the state oil company whose Ikeba depot loaded the tanker' },
    { id: 'fire-service', name: 'Kwaro State Fire Service', type: 'organization', forms: ['Kwaro State Fire Service'], note: 'the state fire service; "the fire service" is nominal' },
    { id: 'health-ministry', name: 'Federal Ministry of Health', type: 'organization', forms: ['Federal Ministry of Health'], note: 'the federal health ministry; "the ministry" is nominal' },
    { id: 'oth', name: 'Ondaru Teaching Hospital', type: 'organization', forms: ['Ondaru Teaching Hospital'], note: 'the hospital with the state\'s only burns unit; the place inside it is nested' },
    { id: 'ikeba-hospital', name: 'Ikeba General Hospital', type: 'organization', forms: ['Ikeba General Hospital'], note: 'the hospital nearest to the village' },
    { id: 'burns-centre', name: 'National Burns Centre', type: 'organization', forms: ['National Burns Centre'], note: 'the federal burns centre in Abelun' },
    { id: 'air-force', name: 'Nsalowa Air Force', type: 'organization', forms: ['Nsalowa Air Force'], note: 'flew the nine patients to Abelun, in the state-aligned paper; lowercase "air force helicopter" is not a name' },
    { id: 'wayfarer', name: 'Wayfarer', type: 'organization', forms: ['Wayfarer'], note: 'the wire agency: the dateline "(Wayfarer)", "told Wayfarer" and the explainer\'s text are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'sentinel', name: 'The Ondaru Sentinel', type: 'organization', forms: ['The Ondaru Sentinel', 'Sentinel'], note: 'the city paper running the live blog: "told the Sentinel", "the Sentinel" and its photo credit are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'nbx', name: 'NBX News', type: 'organization', forms: ['NBX News'], note: 'the broadcaster\'s news site, named in its own text and photo credit (reused by the explainer) and in the explainer; its breadcrumb line is metadata' },
    { id: 'pilot', name: 'The Federal Pilot', type: 'organization', forms: ['The Federal Pilot'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "The Federal Pilot, a paper close to the government" is a mention' },
    { id: 'gorsemoor', name: 'The Gorsemoor Letter', type: 'organization', forms: ['The Gorsemoor Letter'], note: 'the explainer\'s site: "a request from The Gorsemoor Letter" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'obidah', name: 'Ikenna Obidah', type: 'person', forms: ['Ikenna Obidah', 'Obidah'], note: 'police spokesman in Kwaro; "Superintendent"/"Supt" is outside the span' },
    { id: 'dorobo', name: 'Halima Dorobo', type: 'person', forms: ['Halima Dorobo', 'Dorobo'], note: 'FRSA sector commander in Kwaro; "Mrs Dorobo" -> "Dorobo"' },
    { id: 'ebiware', name: 'Kayode Ebiware', type: 'person', forms: ['Kayode Ebiware', 'Kayode Ebiwari', 'Ebiware'], note: 'managing director of Oruma Haulage (Ebiwari in the state-aligned paper); "Mr Ebiware" -> "Ebiware"' },
    { id: 'zubairu', name: 'Haruna Zubairu', type: 'person', forms: ['Haruna Zubairu', 'Haruna Zubayru', 'Haruna'], note: 'the tanker driver (Zubayru in the explainer); first name alone in his employer\'s quotation' },
    { id: 'saleku', name: 'Ibrahim Saleku', type: 'person', forms: ['Ibrahim Saleku'], note: 'governor of Kwaro State; "Governor" is outside the span; "the governor" is nominal' },
    { id: 'olumbe', name: 'Rakiya Olumbe', type: 'person', forms: ['Rakiya Olumbe'], note: 'federal Health Minister; "Health Minister Dr" is outside the span; "the minister" is nominal' },
    { id: 'irabor', name: 'Folake Irabor', type: 'person', forms: ['Folake Irabor'], note: 'chief medical director of Ondaru Teaching Hospital' },
    { id: 'kangiwa', name: 'Musa Kangiwa', type: 'person', forms: ['Musa Kangiwa'], note: 'medical superintendent of Ikeba General Hospital, in the web story' },
    { id: 'odafe', name: 'Emmanuel Odafe', type: 'person', forms: ['Emmanuel Odafe'], note: 'controller of the Kwaro State Fire Service' },
    { id: 'amadu', name: 'Ozigi Amadu', type: 'person', forms: ['Ozigi Amadu', 'Amadu'], note: 'village head of Ugbesse; "Chief" is outside the span' },
    { id: 'ekanem', name: 'Tobi Ekanem', type: 'person', forms: ['Tobi Ekanem'], note: 'a motorcycle taxi rider burned in the blast' },
    { id: 'adigwe', name: 'Mercy Adigwe', type: 'person', forms: ['Mercy Adigwe'], note: 'a roadside trader whose son died' },
    { id: 'chidi', name: 'Chidi', type: 'person', forms: ['Chidi'], note: 'Mercy Adigwe\'s son, who died (first name only)' },
    { id: 'barrow', name: 'Ngozi Barrow', type: 'person', forms: ['Ngozi Barrow'], note: 'Sentinel correspondent: her byline is metadata; her photo credit is a mention' },
    { id: 'forsyth', name: 'Dele Forsyth', type: 'person', forms: ['Dele Forsyth'], note: 'NBX News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|hospital|hospitals|agency|command|firm|company|fire service|state|village|capital|government|federal government|minister|governor|expressway|haulier)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\bpolice\\b|\\bPolice\\b(?! Command)', why: 'nominal reference to the police (the Kwaro State Police Command)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Ozigi Amadu', cue: 'Amadu told Wayfarer', quote: 'The police counted the bodies they carried away. We counted our dead' },
    { file: W, speaker: 'Ikenna Obidah', cue: 'Obidah told reporters in Ondaru', quote: 'They came with buckets and jerrycans, and we could not hold them back' },
    { file: W, speaker: 'Tobi Ekanem', cue: 'he said from a bed at Ikeba General Hospital', quote: 'There were no police, no tape, nobody telling us to go' },
    { file: W, speaker: 'Ibrahim Saleku', cue: 'he said', quote: 'No family in Ugbese will pay one ngoli for this' },
    { file: L, speaker: 'Mercy Adigwe', cue: 'she told the Sentinel', quote: 'No policeman came near that tanker until the fire had eaten everything' },
    { file: L, speaker: 'Halima Dorobo', cue: 'she said', quote: 'This tanker was overloaded, and overloaded tankers do not take bends' },
    { file: L, speaker: 'Folake Irabor', cue: 'she said', quote: 'We have beds in the corridors. Most of them have burns over more than half of the body' },
    { file: L, speaker: 'Ikenna Obidah', cue: 'he said', quote: 'Our men cordoned off the area and warned people again and again' },
    { file: B, speaker: 'Folake Irabor', cue: 'said Dr Folake Irabor', quote: 'Between our two hospitals we have treated 132 people for burns. I do not know where 87 comes from' },
    { file: B, speaker: 'Kayode Ebiware', cue: 'told NBX News by telephone', quote: 'He is a patient, not a prisoner' },
    { file: B, speaker: 'Kayode Ebiware', cue: 'he said', quote: 'Our licence was renewed in September and is valid until 2027. We have sent the certificate to the FRSA twice' },
    { file: B, speaker: 'Tobi Ekanem', cue: 'he said', quote: 'There was no cordon. There were no police. I was there for an hour and I did not see one uniform' },
    { file: D, speaker: 'Ibrahim Saleku', cue: 'he said', quote: 'Ugbesse is not alone. The whole of Kwaro is standing beside it' },
    { file: D, speaker: 'Halima Dorobo', cue: 'Mrs Dorobo said', quote: 'An overloaded tanker with an expired licence should never have left the depot' },
    { file: X, speaker: 'Ozigi Amadu', cue: 'said Amadu', quote: 'The question is not why poor people ran toward free fuel' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed by the explosion: 41 according to the Kwaro State Police Command (repeated by the state-aligned paper, which calls higher figures unconfirmed); 63 according to the village head Chief Ozigi Amadu, who says the village buried 63, many carried home before the police counted.',
      sides: [
        { file: W, quote: 'Police in Nsalowa\'s Kwaro State said on Monday that 41 people were killed', value: '41', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: L, quote: 'The Kwaro State Police Command says 41 people are dead, up from 31 this morning.', value: '41', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: B, quote: 'The police say 41 are dead.', value: '41', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: D, quote: 'led prayers for the 41 people who lost their lives', value: '41', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: X, quote: 'The Kwaro State Police Command says 41.', value: '41', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: W, quote: 'said families had buried 63 people by Monday afternoon', value: '63', speaker: 'Ozigi Amadu', camp: 'B' },
        { file: W, quote: 'Sixty-three. I have their names.', value: '63', speaker: 'Ozigi Amadu', camp: 'B' },
        { file: B, quote: 'He said the village had buried 63 people by Monday.', value: '63', speaker: 'Ozigi Amadu', camp: 'B' },
        { file: B, quote: 'The village head says 63 people are dead; the police say 41', value: '63', speaker: 'Ozigi Amadu', camp: 'B' },
        { file: X, quote: 'says the village has buried 63', value: '63', speaker: 'Ozigi Amadu', camp: 'B' },
      ],
    },
    {
      id: 'burned', level: 'core', kind: 'numeric',
      summary: 'People treated for burns: 87 according to the Federal Ministry of Health and Health Minister Rakiya Olumbe (repeated by the state-aligned paper); 132 according to the two hospitals that took the injured, by Dr Folake Irabor of Ondaru Teaching Hospital.',
      sides: [
        { file: W, quote: 'Health Minister Rakiya Olumbe said 87 people were being treated for burns', value: '87', speaker: 'Rakiya Olumbe', camp: 'A' },
        { file: B, quote: 'The Federal Ministry of Health said on Monday that 87 people were being treated for burns.', value: '87', speaker: 'Federal Ministry of Health', camp: 'A' },
        { file: D, quote: 'Official figures published by the Federal Ministry of Health show that 87 people are receiving treatment for burns.', value: '87', speaker: 'Federal Ministry of Health', camp: 'A' },
        { file: X, quote: 'The Federal Ministry of Health says 87 people were treated for burns.', value: '87', speaker: 'Federal Ministry of Health', camp: 'A' },
        { file: B, quote: 'Between our two hospitals we have treated 132 people for burns.', value: '132', speaker: 'Folake Irabor', camp: 'B' },
        { file: B, quote: 'The two hospitals treating the burned say they have seen 132 patients, not 87', value: '132', speaker: 'Ondaru Teaching Hospital', camp: 'B' },
        { file: X, quote: 'says the two hospitals that took the injured have treated 132', value: '132', speaker: 'Folake Irabor', camp: 'B' },
      ],
    },
    {
      id: 'cordon', level: 'core', kind: 'polarity',
      summary: 'Whether the police had cordoned off the overturned tanker before it exploded: yes, officers arrived shortly after 06:00, sealed the site and warned villagers, according to the police spokesman Supt Ikenna Obidah (repeated by the state-aligned paper); no cordon and no police until after the blast, according to the survivors Tobi Ekanem and Mercy Adigwe.',
      sides: [
        { file: W, quote: 'officers had reached the scene shortly after 6 a.m., cordoned off the site and tried to turn villagers back', value: 'cordoned', speaker: 'Ikenna Obidah', camp: 'A' },
        { file: L, quote: 'Our men cordoned off the area and warned people again and again', value: 'cordoned', speaker: 'Ikenna Obidah', camp: 'A' },
        { file: D, quote: 'immediately cordoned off the overturned tanker, the command said', value: 'cordoned', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: X, quote: 'cordoned off the tanker and warned people away', value: 'cordoned', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: W, quote: 'There were no police, no tape, nobody telling us to go', value: 'no cordon', speaker: 'Tobi Ekanem', camp: 'B' },
        { file: L, quote: 'No policeman came near that tanker until the fire had eaten everything', value: 'no police', speaker: 'Mercy Adigwe', camp: 'B' },
        { file: B, quote: 'There was no cordon. There were no police.', value: 'no cordon', speaker: 'Tobi Ekanem', camp: 'B' },
        { file: B, quote: 'Survivors say no police cordon was in place before the explosion', value: 'no cordon', speaker: 'Tobi Ekanem', camp: 'B' },
        { file: X, quote: 'say there was no cordon and that they saw no police officer until after the explosion', value: 'no cordon', speaker: 'Tobi Ekanem', camp: 'B' },
      ],
    },
    {
      id: 'crash-time', level: 'core', kind: 'temporal',
      summary: 'When the tanker overturned: at 05:40, 45 minutes before the 06:25 explosion, according to the Federal Road Safety Agency (FRSA) and its commander Halima Dorobo (repeated by the state-aligned paper); just after 04:00, more than two hours before the blast, according to residents of Ugbesse.',
      sides: [
        { file: W, quote: 'said in a preliminary statement that the tanker overturned at 5:40 a.m. and exploded at 6:25 a.m., 45 minutes later', value: '05:40', speaker: 'Federal Road Safety Agency', camp: 'A' },
        { file: L, quote: 'She says the tanker overturned at 05:40 and exploded at 06:25', value: '05:40', speaker: 'Halima Dorobo', camp: 'A' },
        { file: D, quote: 'when it overturned at 05:40', value: '05:40', speaker: 'Federal Road Safety Agency', camp: 'A' },
        { file: X, quote: 'says the tanker overturned at 5:40 a.m. and exploded 45 minutes later', value: '05:40', speaker: 'Federal Road Safety Agency', camp: 'A' },
        { file: W, quote: 'they had heard the tanker hit the ditch just after 4 a.m.', value: 'just after 04:00', speaker: 'residents of Ugbesse', camp: 'B' },
        { file: L, quote: 'It fell just after four o’clock.', value: 'just after 04:00', speaker: 'a resident of Ugbesse', camp: 'B' },
        { file: X, quote: 'Villagers say the crash came just after 4 a.m.', value: 'just after 04:00', speaker: 'residents of Ugbesse', camp: 'B' },
      ],
    },
    {
      id: 'driver-custody', level: 'core', kind: 'status',
      summary: 'Whether the tanker driver Haruna Zubairu (Zubayru in the explainer), who survived with burns, is in custody: arrested and held in Ondaru, according to the Kwaro State Police Command (repeated by the state-aligned paper); in a hospital bed in Ikeba and never arrested, according to his employer\'s managing director Kayode Ebiware.',
      sides: [
        { file: W, quote: 'He was in custody on Monday at the State Criminal Investigation Department in Ondaru, Obidah said.', value: 'in custody', speaker: 'Ikenna Obidah', camp: 'A' },
        { file: L, quote: 'The driver, Haruna Zubairu, is under arrest, police say.', value: 'arrested', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: L, quote: 'is in custody in Ondaru', value: 'in custody', speaker: 'Ikenna Obidah', camp: 'A' },
        { file: D, quote: 'The driver of the tanker, Haruna Zubairu, is in police custody in Ondaru', value: 'in custody', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: X, quote: 'was arrested on Sunday and is in custody in Ondaru', value: 'in custody', speaker: 'Kwaro State Police Command', camp: 'A' },
        { file: B, quote: 'Oruma Haulage says its driver is in hospital and has not been arrested', value: 'not arrested', speaker: 'Oruma Haulage Ltd', camp: 'B' },
        { file: B, quote: 'He is a patient, not a prisoner', value: 'not in custody', speaker: 'Kayode Ebiware', camp: 'B' },
        { file: B, quote: 'Nobody has arrested him.', value: 'not arrested', speaker: 'Kayode Ebiware', camp: 'B' },
        { file: X, quote: 'His employer says he is in a hospital bed in Ikeba and has not been arrested.', value: 'not arrested', speaker: 'Oruma Haulage Ltd', camp: 'B' },
      ],
    },
    {
      id: 'overloaded', level: 'secondary', kind: 'polarity',
      summary: 'Whether the tanker was overloaded: yes, about 45,000 litres against a permitted 33,000, according to the FRSA and Halima Dorobo (repeated by the state-aligned paper); no, it was loaded with its permitted 33,000 litres at Petronsal\'s Ikeba depot, according to Oruma Haulage and Kayode Ebiware (Ebiwari).',
      sides: [
        { file: W, quote: 'the tanker had been carrying about 45,000 liters of petrol, well above the 33,000 liters it was permitted to carry', value: 'overloaded', speaker: 'Halima Dorobo', camp: 'A' },
        { file: L, quote: 'This tanker was overloaded, and overloaded tankers do not take bends', value: 'overloaded', speaker: 'Halima Dorobo', camp: 'A' },
        { file: B, quote: 'The FRSA says the tanker was overloaded.', value: 'overloaded', speaker: 'Federal Road Safety Agency', camp: 'A' },
        { file: D, quote: 'the tanker was carrying some 45,000 litres of petrol, far beyond its permitted 33,000 litres', value: 'overloaded', speaker: 'Federal Road Safety Agency', camp: 'A' },
        { file: X, quote: 'says the tanker carried about 45,000 liters against a permitted 33,000', value: 'overloaded', speaker: 'Halima Dorobo', camp: 'A' },
        { file: W, quote: 'not overloaded by a single liter', value: 'not overloaded', speaker: 'Kayode Ebiware', camp: 'B' },
        { file: B, quote: 'Mr Ebiware says it carried 33,000 litres, its permitted load.', value: 'not overloaded', speaker: 'Kayode Ebiware', camp: 'B' },
        { file: D, quote: 'has said the tanker was not overloaded', value: 'not overloaded', speaker: 'Kayode Ebiware', camp: 'B' },
        { file: X, quote: 'says the tanker carried 33,000 liters', value: 'not overloaded', speaker: 'Kayode Ebiware', camp: 'B' },
      ],
    },
    {
      id: 'licence', level: 'secondary', kind: 'status',
      summary: 'Whether Oruma Haulage\'s operating licence had expired: it lapsed in August, according to the FRSA and Halima Dorobo (repeated by the state-aligned paper); it was renewed in September and is valid until 2027, according to Kayode Ebiware.',
      sides: [
        { file: W, quote: 'and that Oruma\'s operating license had expired in August', value: 'expired', speaker: 'Halima Dorobo', camp: 'A' },
        { file: D, quote: 'said the firm’s operating licence had expired in August', value: 'expired', speaker: 'Halima Dorobo', camp: 'A' },
        { file: X, quote: 'that Oruma\'s operating license expired in August', value: 'expired', speaker: 'Halima Dorobo', camp: 'A' },
        { file: B, quote: 'Our licence was renewed in September and is valid until 2027.', value: 'valid', speaker: 'Kayode Ebiware', camp: 'B' },
        { file: X, quote: 'the license was renewed in September and runs to 2027', value: 'valid', speaker: 'Kayode Ebiware', camp: 'B' },
      ],
    },
    {
      id: 'buckets-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "They came with buckets and jerrycans, and we could not hold them back" is credited to the police spokesman Supt Ikenna Obidah by the wire and to the fire-service controller Emmanuel Odafe by the state-aligned paper.',
      sides: [
        { file: W, quote: '"They came with buckets and jerrycans, and we could not hold them back," Obidah told reporters in Ondaru', speaker: 'Ikenna Obidah', camp: 'A' },
        { file: D, quote: '“They came with buckets and jerrycans, and we could not hold them back,” said Emmanuel Odafe', speaker: 'Emmanuel Odafe', camp: 'B' },
      ],
    },
    {
      id: 'airlift-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 19 burns patients had been flown to the National Burns Centre in Abelun, then corrected it to nine, the figure of Ondaru Teaching Hospital; the wire also says nine.',
      sides: [
        { file: L, quote: 'Ondaru Teaching Hospital says 19 burns patients have been flown by air force helicopter to the National Burns Centre in Abelun.', value: '19', speaker: 'Ondaru Teaching Hospital', camp: 'A' },
        { file: L, quote: 'Ondaru Teaching Hospital says the number is nine.', value: '9', speaker: 'Ondaru Teaching Hospital', camp: 'B' },
        { file: W, quote: 'Nine of the most badly burned were flown by air force helicopter to the National Burns Centre in Abelun', value: '9', speaker: 'Rakiya Olumbe', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'firefighters-rounded', kind: 'numeric',
      summary: '28 firefighters (wire) and "nearly 30 firefighters" (state-aligned paper), both from the Kwaro State Fire Service, are one figure, rounded.',
      sides: [
        { file: W, quote: 'said it sent 28 firefighters and six engines', value: '28' },
        { file: D, quote: 'which sent nearly 30 firefighters', value: '~30' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Thirty-one dead on Sunday morning (the police, in the live blog) and 41 on Sunday evening "up from 31 in the morning" (the wire) is a toll that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Thirty-one people have died, the Kwaro State Police Command says.', value: '31 (Sunday morning)' },
        { file: W, quote: 'the toll rose to 41 on Sunday evening, up from 31 in the morning', value: '41 (Sunday evening)' },
      ],
    },
    {
      id: 'two-hospitals', kind: 'numeric',
      summary: 'The 94 patients treated at Ikeba General Hospital and the 38 admitted to the burns unit of Ondaru Teaching Hospital are different sets (two hospitals), not rival counts.',
      sides: [
        { file: B, quote: 'Ikeba General Hospital, the nearest to the village, has treated 94 patients', value: '94 (Ikeba)' },
        { file: L, quote: 'says its burns unit has admitted 38 patients and is full', value: '38 (Ondaru burns unit)' },
      ],
    },
    {
      id: 'airlift-part', kind: 'numeric',
      summary: 'The nine patients flown to Abelun are part of the 38 admitted to the Ondaru burns unit, not a rival count.',
      sides: [
        { file: B, quote: 'Those nine are among the 38 admitted to Ondaru’s burns unit before they were moved.', value: '9 of 38' },
        { file: X, quote: 'Nine of the worst-burned are being treated at the National Burns Centre in Abelun, at federal expense.', value: '9 (in Abelun)' },
      ],
    },
    {
      id: 'road-reopened', kind: 'status',
      summary: '"reopened to traffic" (wire) and "Traffic was moving again" (web story) on the Kambari Expressway on Monday morning say the same thing in different words.',
      sides: [
        { file: W, quote: 'The FRSA said the Kambari Expressway reopened to traffic on Monday morning', value: 'reopened' },
        { file: B, quote: 'Traffic was moving again on the Kambari Expressway by Monday morning', value: 'reopened' },
      ],
    },
    {
      id: 'crowd-about-more-than', kind: 'numeric',
      summary: '"About 300 people" (the fire service, in the wire) and "more than 250 villagers" (the village head, in the web story) at the tanker when it exploded are compatible approximations.',
      sides: [
        { file: W, quote: 'About 300 people had gathered at the tanker when it exploded', value: '~300' },
        { file: B, quote: 'more than 250 villagers had been at the tanker when it caught fire', value: '>250' },
      ],
    },
    {
      id: 'oshele-2019', kind: 'numeric',
      summary: 'The 16 killed in a 2019 tanker fire in Oshele belong to another, earlier fire, not a rival figure for this blast\'s toll.',
      sides: [
        { file: X, quote: 'A tanker fire in Oshele in 2019 killed 16 people', value: '16 (Oshele, 2019)' },
        { file: X, quote: 'The Kwaro State Police Command says 41.', value: '41 (Ugbesse, 2026)' },
      ],
    },
  ],
};
