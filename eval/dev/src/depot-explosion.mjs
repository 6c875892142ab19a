// Hand-written gold source for the explosions at the Arsenal 48 ammunition depot near Strazhno,
// Karvonia (invented event, April 2026). build-gold.mjs turns it into ../gold/depot-explosion.json.
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
const W = 'ferrule-wire.txt'; // Ferrule wire (Wednesday 15 April), US style, straight quotes, writes Strajno, Defense Ministry
const L = '4f1ababc760b7bad.txt'; // The Pelvar Sentinel live blog, newest first (Tuesday 14 April 21:58 to Wednesday 15 April 18:30), UK style, curly quotes
const B = '0b47fb074ca20590.md'; // DNV News web story (Thursday 16 April), UK style, curly quotes
const D = 'f5094c65306798fa.md'; // state-aligned The Karvonia Herald (Thursday 16 April), YAML front matter, UK style, curly quotes, writes Gorobets
const X = '80c808ecdb64e6b9.txt'; // The Lintel explainer in questions (Friday 17 April), US style, straight quotes, writes Strajno (and Strazhno once), Defense Ministry

export default {
  corpus: 'depot-explosion',
  note: 'Invented event written for the project: at about 21:50 on Tuesday 14 April 2026 the first of a chain of explosions hits Arsenal 48, an army ammunition depot about 2 km north of the town of Strazhno (Strajno in the wire and the explainer), in Pelvar Region of the fictional country of Karvonia (capital Dravnik); the largest blast comes at about 01:20 on Wednesday and is seen from Kalvin, 20 km away, where evacuees are sheltered. Five invented outlets: the Ferrule wire (Wednesday), The Pelvar Sentinel live blog, newest first (Tuesday 21:58 to Wednesday 18:30), the DNV News web story (Thursday), the state-aligned The Karvonia Herald (Thursday) and The Lintel explainer (Friday); four files have random names. The Ministry of Defence (Defense Ministry in the US-style outlets), Defence Minister Radoslav Tesnik and his spokesman Col. Vitaly Dremov, Strazhno District Hospital and its chief doctor Arkady Pylyp, Governor Danylo Horobets (Gorobets in the state-aligned paper) of Pelvar Region, the mayor Ihor Zavada, the opposition People\'s Forum MP Mirela Sovenko, the ruling-party MP Ruslan Kadenko, the State Emergency Service (SES) and its regional head Svitlana Orach, the Military Prosecutor\'s Office and residents (Petro Hladky, Nadiya Brovchenko) disagree about the dead (two soldiers by the ministry, five with three civilians by the hospital), the injured (17 by the ministry, 41 by the hospital), the residents evacuated and from how far (12,000 within 5 km by the governor, 6,500 within 3 km by the ministry), the cause (sabotage with an incendiary device, by the ministry and the minister, against a fire in the wooden Shed 12 with empty extinguishers, by the opposition MP and residents who saw it smoking), whether shells landed in the town (at least four, one through the roof of School No. 3, by the mayor and residents, against none outside the perimeter, by the ministry), when the evacuation order was given (22:15 on Tuesday by the governor, after 01:40 on Wednesday by residents, the MP and the live blog), whether the fire is out (out, by the ministry on Thursday, against still burning in Sector C, by the SES) and who said "It rained metal on our street" (the resident Petro Hladky in the live blog, the mayor Ihor Zavada in the explainer); the live blog corrects its own count of villages evacuated (three, then five). "312 firefighters and rescuers" and "some 300 rescuers, police officers and soldiers" are one figure rounded; one soldier dead overnight and two on Wednesday morning "up from one" is an update reported as such; the 1,800 tonnes in Shed 12 are part of the depot\'s 30,000 tonnes; 2,300 people in Kalvin shelters on Tuesday night and about 2,000 on Friday are different days\' figures; "opened a criminal case over the explosions" and "launched a criminal investigation into the blasts" are synonyms; "more than 200 homes" and "about 250 houses" damaged agree; the soldier killed near Verbno in 2017 belongs to another depot accident. "Karvonian" would be a demonym; "Strazhno" inside Strazhno District Hospital, "Pelvar" inside The Pelvar Sentinel and "Karvonia" inside The Karvonia Herald are nested; the Order of Courage is an award, not an actor, and is ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 41],
    [L]: [1, 2, 3, 4, 10, 11, 31, 67, 68, 70],
    [B]: [1, 7, 9, 21, 43, 53, 63, 64],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 61, 62, 63, 64, 65, 67],
  },

  actors: [
    // places
    { id: 'karvonia', name: 'Karvonia', type: 'place', forms: ['Karvonia'], note: 'the country; nested in The Karvonia Herald; "the country" is nominal' },
    { id: 'dravnik', name: 'Dravnik', type: 'place', forms: ['Dravnik'], note: 'the capital; "the capital" is nominal' },
    { id: 'pelvar', name: 'Pelvar Region', type: 'place', forms: ['Pelvar Region'], note: 'the region; nested in The Pelvar Sentinel' },
    { id: 'strazhno', name: 'Strazhno', type: 'place', forms: ['Strazhno', 'Strajno', 'STRAZHNO', 'STRAJNO'], note: 'the town beside the depot (Strajno in the wire and the explainer; datelines in capitals); nested in Strazhno District Hospital; "the town" is nominal' },
    { id: 'kalvin', name: 'Kalvin', type: 'place', forms: ['Kalvin'], note: 'town 20 km away where evacuees are sheltered' },
    { id: 'arsenal48', name: 'Arsenal 48', type: 'place', forms: ['Arsenal 48'], note: 'the ammunition depot (a named facility); "the depot" is nominal' },
    { id: 'shed12', name: 'Shed 12', type: 'place', forms: ['Shed 12'], note: 'the wooden storage shed where, by the opposition MP\'s account, the fire began; "the shed" is nominal' },
    { id: 'sector-c', name: 'Sector C', type: 'place', forms: ['Sector C'], note: 'part of the depot still burning according to the SES' },
    { id: 'school3', name: 'School No. 3', type: 'place', forms: ['School No. 3'], note: 'the school in Strazhno whose roof a shell came through, by the mayor\'s account' },
    { id: 'sadova', name: 'Sadova Street', type: 'place', forms: ['Sadova Street'], note: 'the street nearest the depot' },
    { id: 'verbno', name: 'Verbno', type: 'place', forms: ['Verbno'], note: 'place of an earlier (2017) depot accident' },
    // organizations
    { id: 'mod', name: 'Ministry of Defence', type: 'organization', forms: ['Ministry of Defence', 'Defence Ministry', 'Defense Ministry'], note: 'Defense Ministry in the wire and the explainer; "the ministry" is nominal; "Defence Minister"/"Defense Minister" before a name is a title' },
    { id: 'hospital', name: 'Strazhno District Hospital', type: 'organization', forms: ['Strazhno District Hospital', 'Strajno District Hospital'], note: 'the town hospital (Strajno in the wire and the explainer); the place inside it is nested; "the hospital" is nominal' },
    { id: 'ses', name: 'State Emergency Service', type: 'organization', forms: ['State Emergency Service', 'SES'], note: 'the emergency service, defined as (SES); "the service", "The emergency service" are nominal' },
    { id: 'prosecutor', name: 'Military Prosecutor\'s Office', type: 'organization', forms: ['Military Prosecutor\'s Office', 'Military Prosecutor’s Office'], note: 'the \'s belongs to the name' },
    { id: 'peoples-forum', name: 'People’s Forum', type: 'organization', forms: ['People’s Forum', 'People\'s Forum'], note: 'opposition party of Mirela Sovenko (curly or straight apostrophe)' },
    { id: 'ferrule', name: 'Ferrule', type: 'organization', forms: ['Ferrule'], note: 'the wire agency: dateline "(Ferrule)", "told Ferrule", "Ferrule could not independently verify" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'sentinel', name: 'The Pelvar Sentinel', type: 'organization', forms: ['The Pelvar Sentinel', 'Sentinel'], note: 'the regional paper running the live blog: its photo credit, "told the Sentinel" and the explainer\'s "The Pelvar Sentinel, a regional paper" are mentions; its site-name line and the source list are metadata' },
    { id: 'dnv', name: 'DNV News', type: 'organization', forms: ['DNV News'], note: 'the web story\'s site: "told DNV News" and its photo credits (reused by the explainer) are mentions; the breadcrumb line is metadata' },
    { id: 'herald', name: 'The Karvonia Herald', type: 'organization', forms: ['The Karvonia Herald'], note: 'the state-aligned paper: its front matter and the source list are metadata; "The Karvonia Herald, a paper close to the government" in the explainer is a mention' },
    { id: 'lintel', name: 'The Lintel', type: 'organization', forms: ['The Lintel'], note: 'the explainer\'s site: "told The Lintel" is a mention; its site-name line and the bio are metadata' },
    // people
    { id: 'tesnik', name: 'Radoslav Tesnik', type: 'person', forms: ['Radoslav Tesnik', 'Tesnik'], note: 'Defence Minister; "Mr Tesnik" -> "Tesnik"; "the minister" is nominal' },
    { id: 'dremov', name: 'Vitaly Dremov', type: 'person', forms: ['Vitaly Dremov', 'Dremov'], note: 'ministry spokesman; "Colonel" outside the span' },
    { id: 'pylyp', name: 'Arkady Pylyp', type: 'person', forms: ['Arkady Pylyp'], note: 'chief doctor of Strazhno District Hospital; "Dr."/"Dr" outside the span' },
    { id: 'horobets', name: 'Danylo Horobets', type: 'person', forms: ['Danylo Horobets', 'Danylo Gorobets', 'Horobets'], note: 'Governor of Pelvar Region (Gorobets in the state-aligned paper); "the governor" is nominal' },
    { id: 'zavada', name: 'Ihor Zavada', type: 'person', forms: ['Ihor Zavada', 'Zavada'], note: 'mayor of Strazhno; "Mr Zavada" -> "Zavada"; "the mayor" is nominal' },
    { id: 'sovenko', name: 'Mirela Sovenko', type: 'person', forms: ['Mirela Sovenko', 'Sovenko'], note: 'opposition People\'s Forum MP; "Ms Sovenko" -> "Sovenko"' },
    { id: 'kadenko', name: 'Ruslan Kadenko', type: 'person', forms: ['Ruslan Kadenko'], note: 'ruling-party deputy chairman of the defence committee, in the state-aligned paper' },
    { id: 'orach', name: 'Svitlana Orach', type: 'person', forms: ['Svitlana Orach'], note: 'head of the SES in Pelvar Region' },
    { id: 'hladky', name: 'Petro Hladky', type: 'person', forms: ['Petro Hladky'], note: 'a resident of Sadova Street, in the live blog' },
    { id: 'brovchenko', name: 'Nadiya Brovchenko', type: 'person', forms: ['Nadiya Brovchenko'], note: 'a resident of Sadova Street and teacher' },
    { id: 'dereva', name: 'Maksym Dereva', type: 'person', forms: ['Maksym Dereva'], note: 'Pelvar Sentinel reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'reidl', name: 'Tomas Reidl', type: 'person', forms: ['Tomas Reidl'], note: 'DNV News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bOrder of Courage\\b', why: 'a state award, not a person, organization or place' },
    { pattern: "\\b[Tt]he (?:ministry|hospital|governor’s office|governor's office|governor|mayor|minister|emergency service|service|town|depot|shed|school|capital|country|government|party|ruling party)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Arkady Pylyp', cue: 'told Ferrule', quote: 'We have five dead in our morgue, two in uniform and three in ordinary clothes' },
    { file: W, speaker: 'Radoslav Tesnik', cue: 'Tesnik told reporters', quote: "This was sabotage, planned and carried out by people who wanted to see Karvonia's defenses burn" },
    { file: W, speaker: 'Mirela Sovenko', cue: 'Sovenko said in a statement', quote: 'There was no saboteur. There was a shed full of shells, dry grass and no water' },
    { file: W, speaker: 'Ihor Zavada', cue: 'he said', quote: 'I have seen them with my own eyes' },
    { file: L, speaker: 'Svitlana Orach', cue: 'she said', quote: 'Nobody goes back into the five-kilometre zone tonight. We still hear shells going off every twenty or thirty minutes' },
    { file: L, speaker: 'Petro Hladky', cue: 'he told the Sentinel', quote: 'It rained metal on our street. I picked up pieces the size of my hand in the garden' },
    { file: L, speaker: 'Nadiya Brovchenko', cue: 'said Nadiya Brovchenko', quote: 'The shed by the fence was smoking from nine o’clock. We thought it was grass burning' },
    { file: B, speaker: 'Ihor Zavada', cue: 'Mr Zavada said', quote: 'I stood in that classroom and looked up at the sky through the ceiling' },
    { file: B, speaker: 'Vitaly Dremov', cue: 'said on Thursday', quote: 'Everything that exploded, and everything that was thrown up, came down inside the perimeter' },
    { file: B, speaker: 'Mirela Sovenko', cue: 'Ms Sovenko told DNV News', quote: 'I have the letter, and I have their reply, which says everything is in order' },
    { file: B, speaker: 'Svitlana Orach', cue: 'said Svitlana Orach', quote: 'It is still burning in Sector C, and we heard two detonations this morning' },
    { file: D, speaker: 'Radoslav Tesnik', cue: 'Mr Tesnik said', quote: 'This was not an accident. Those who set this fire wanted to weaken Karvonia, and they will answer for it' },
    { file: D, speaker: 'Vitaly Dremov', cue: 'Colonel Dremov said', quote: 'The perimeter held. Not one shell landed in Strazhno' },
    { file: D, speaker: 'Ruslan Kadenko', cue: 'said Ruslan Kadenko', quote: 'When our soldiers are dying, some politicians prefer to spread rumours about sheds and fire extinguishers' },
    { file: X, speaker: 'State Emergency Service', cue: 'an SES spokesman told The Lintel', quote: 'Sector C is still burning. Our people heard a detonation at six this morning' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed by the explosions: two soldiers according to the Ministry of Defence (repeated by the state-aligned paper); five, two soldiers and three civilians from the northern edge of Strazhno, according to Strazhno District Hospital and its chief doctor Arkady Pylyp.',
      sides: [
        { file: W, quote: 'The Defense Ministry said two soldiers had been killed', value: '2', speaker: 'Ministry of Defence', camp: 'A' },
        { file: L, quote: 'The Ministry of Defence says two soldiers died.', value: '2', speaker: 'Ministry of Defence', camp: 'A' },
        { file: D, quote: 'Two soldiers died in the explosions, the ministry said', value: '2', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'The Defense Ministry says two soldiers.', value: '2', speaker: 'Ministry of Defence', camp: 'A' },
        { file: W, quote: 'We have five dead in our morgue, two in uniform and three in ordinary clothes', value: '5', speaker: 'Arkady Pylyp', camp: 'B' },
        { file: L, quote: 'Strazhno District Hospital says five people died, three of them civilians.', value: '5', speaker: 'Strazhno District Hospital', camp: 'B' },
        { file: L, quote: 'says five people have died: two soldiers and three civilians brought in from the northern edge of the town', value: '5', speaker: 'Arkady Pylyp', camp: 'B' },
        { file: X, quote: 'Strajno District Hospital says five: two soldiers and three civilians from the northern edge of the town.', value: '5', speaker: 'Strazhno District Hospital', camp: 'B' },
      ],
    },
    {
      id: 'injured', level: 'secondary', kind: 'numeric',
      summary: 'People injured: 17 according to the Ministry of Defence (repeated by the state-aligned paper); 41 treated, most for cuts from glass, according to Strazhno District Hospital.',
      sides: [
        { file: W, quote: '17 people injured in the blasts at Arsenal 48', value: '17', speaker: 'Ministry of Defence', camp: 'A' },
        { file: L, quote: 'two soldiers were killed and 17 people were injured, a spokesman, Colonel Vitaly Dremov, said', value: '17', speaker: 'Vitaly Dremov', camp: 'A' },
        { file: D, quote: 'and 17 people were injured', value: '17', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'The ministry says 17.', value: '17', speaker: 'Ministry of Defence', camp: 'A' },
        { file: W, quote: 'The hospital said it had treated 41 injured people', value: '41', speaker: 'Strazhno District Hospital', camp: 'B' },
        { file: L, quote: 'The hospital has treated 41 injured.', value: '41', speaker: 'Strazhno District Hospital', camp: 'B' },
        { file: X, quote: 'The hospital says it treated 41, most for cuts from glass.', value: '41', speaker: 'Strazhno District Hospital', camp: 'B' },
      ],
    },
    {
      id: 'evacuated', level: 'core', kind: 'numeric',
      summary: 'Residents evacuated and from how far: 12,000 from within 5 km of the depot according to Governor Danylo Horobets; 6,500 from a 3 km zone according to the Ministry of Defence (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'said 12,000 residents had been evacuated from within 5 km of the depot', value: '12,000 within 5 km', speaker: 'Danylo Horobets', camp: 'A' },
        { file: L, quote: 'Governor Danylo Horobets says 12,000 people were evacuated.', value: '12,000', speaker: 'Danylo Horobets', camp: 'A' },
        { file: X, quote: 'Governor Danylo Horobets says 12,000 residents were moved out of a zone 5 km around the depot.', value: '12,000 within 5 km', speaker: 'Danylo Horobets', camp: 'A' },
        { file: W, quote: 'The ministry said a 3 km zone had been cleared and put the number of people moved out at 6,500.', value: '6,500 within 3 km', speaker: 'Ministry of Defence', camp: 'B' },
        { file: L, quote: 'The ministry says 6,500.', value: '6,500', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'The Ministry of Defence said 6,500 people had been moved out of a three-kilometre zone around the depot.', value: '6,500 within 3 km', speaker: 'Ministry of Defence', camp: 'B' },
        { file: X, quote: 'The ministry says the zone was 3 km and that 6,500 people left.', value: '6,500 within 3 km', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'cause', level: 'core', kind: 'attribution',
      summary: 'What caused the explosions: sabotage, a deliberate attack with an incendiary device found near the fence, according to the Ministry of Defence and Defence Minister Radoslav Tesnik (repeated by the state-aligned paper); a fire in Shed 12, a wooden store with empty extinguishers, according to the opposition MP Mirela Sovenko, with residents who saw the shed smoking before the first blast.',
      sides: [
        { file: W, quote: 'Defense Minister Radoslav Tesnik said the explosions were "a deliberate act"', value: 'sabotage', speaker: 'Radoslav Tesnik', camp: 'A' },
        { file: W, quote: "This was sabotage, planned and carried out by people who wanted to see Karvonia's defenses burn", value: 'sabotage', speaker: 'Radoslav Tesnik', camp: 'A' },
        { file: L, quote: 'The ministry blames sabotage.', value: 'sabotage', speaker: 'Ministry of Defence', camp: 'A' },
        { file: B, quote: 'The ministry maintains that the depot was attacked.', value: 'sabotage', speaker: 'Ministry of Defence', camp: 'A' },
        { file: D, quote: 'This was not an accident. Those who set this fire wanted to weaken Karvonia', value: 'sabotage', speaker: 'Radoslav Tesnik', camp: 'A' },
        { file: X, quote: 'Defense Minister Radoslav Tesnik says investigators found the remains of an incendiary device near the fence.', value: 'sabotage', speaker: 'Radoslav Tesnik', camp: 'A' },
        { file: W, quote: 'said soldiers at the depot had told her the blasts began with a fire in Shed 12', value: 'shed fire', speaker: 'Mirela Sovenko', camp: 'B' },
        { file: W, quote: 'There was no saboteur. There was a shed full of shells, dry grass and no water', value: 'shed fire', speaker: 'Mirela Sovenko', camp: 'B' },
        { file: L, quote: 'The opposition MP Mirela Sovenko blames a fire in a storage shed.', value: 'shed fire', speaker: 'Mirela Sovenko', camp: 'B' },
        { file: L, quote: 'The shed by the fence was smoking from nine o’clock.', value: 'shed smoking', speaker: 'Nadiya Brovchenko', camp: 'B' },
        { file: B, quote: 'says the explosions began with a fire in Shed 12', value: 'shed fire', speaker: 'Mirela Sovenko', camp: 'B' },
        { file: B, quote: 'The shed caught fire, and the shed had nothing to put it out with.', value: 'shed fire', speaker: 'Mirela Sovenko', camp: 'B' },
        { file: X, quote: 'says the blasts started with a fire in Shed 12', value: 'shed fire', speaker: 'Mirela Sovenko', camp: 'B' },
      ],
    },
    {
      id: 'shells-in-town', level: 'core', kind: 'polarity',
      summary: 'Whether shells from the depot landed in Strazhno: at least four, one through the roof of School No. 3, according to the mayor Ihor Zavada, and a casing through a kitchen roof on Sadova Street, according to a resident; none outside the perimeter, according to the Ministry of Defence and its spokesman Col. Vitaly Dremov (repeated by the state-aligned paper, which calls the reports false).',
      sides: [
        { file: W, quote: 'said at least four shells had landed in the town, one of them on the roof of a school', value: 'landed', speaker: 'Ihor Zavada', camp: 'A' },
        { file: L, quote: 'A shell casing came through his kitchen roof at about half past one.', value: 'landed', speaker: 'Petro Hladky', camp: 'A' },
        { file: B, quote: 'Artillery shells thrown out by the explosions at Arsenal 48 landed inside the town of Strazhno', value: 'landed', speaker: 'Ihor Zavada', camp: 'A' },
        { file: B, quote: 'said at least four shells had come down in the town', value: 'landed', speaker: 'Ihor Zavada', camp: 'A' },
        { file: X, quote: 'says at least four did, one through the roof of School No. 3', value: 'landed', speaker: 'Ihor Zavada', camp: 'A' },
        { file: W, quote: "The ministry said no munitions had fallen outside the depot's perimeter.", value: 'none', speaker: 'Ministry of Defence', camp: 'B' },
        { file: L, quote: 'He said the depot’s perimeter had “held” and that no ammunition had landed in Strazhno.', value: 'none', speaker: 'Vitaly Dremov', camp: 'B' },
        { file: B, quote: 'The Ministry of Defence says no munitions landed in Strazhno.', value: 'none', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'No munitions fell on the town of Strazhno', value: 'none', speaker: 'Vitaly Dremov', camp: 'B' },
        { file: D, quote: 'The perimeter held. Not one shell landed in Strazhno', value: 'none', speaker: 'Vitaly Dremov', camp: 'B' },
        { file: X, quote: 'The ministry says nothing landed outside the perimeter', value: 'none', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'evacuation-order-time', level: 'secondary', kind: 'temporal',
      summary: 'When the evacuation of Strazhno was ordered: at 22:15 on Tuesday, 25 minutes after the first blast, according to Governor Danylo Horobets (repeated by the state-aligned paper); only after 01:40 on Wednesday, after the largest blast, according to the opposition MP, residents and the live blog, which at 23:30 reported that the town was not being evacuated and at 02:05 that the order had just been given.',
      sides: [
        { file: W, quote: 'Horobets said the evacuation order was issued at 10:15 p.m. on Tuesday, 25 minutes after the first explosion.', value: '22:15 Tuesday', speaker: 'Danylo Horobets', camp: 'A' },
        { file: B, quote: 'says he ordered the evacuation at 22:15 on Tuesday', value: '22:15 Tuesday', speaker: 'Danylo Horobets', camp: 'A' },
        { file: D, quote: 'said the evacuation order was issued at 22:15 on Tuesday, within 25 minutes of the first explosion', value: '22:15 Tuesday', speaker: 'Danylo Horobets', camp: 'A' },
        { file: X, quote: 'The governor says at 10:15 p.m. on Tuesday.', value: '22:15 Tuesday', speaker: 'Danylo Horobets', camp: 'A' },
        { file: W, quote: 'said sirens sounded and police went door to door only after 1:40 a.m., following the largest blast', value: 'after 01:40 Wednesday', speaker: 'Mirela Sovenko', camp: 'B' },
        { file: L, quote: 'There is no evacuation of the town itself for now, it says.', value: 'none at 23:30', speaker: 'The Pelvar Sentinel', camp: 'B' },
        { file: L, quote: 'The evacuation order for the town was given minutes ago', value: 'about 02:00 Wednesday', speaker: 'The Pelvar Sentinel', camp: 'B' },
        { file: B, quote: 'The sirens started at twenty to two. Before that, nothing', value: '01:40 Wednesday', speaker: 'Nadiya Brovchenko', camp: 'B' },
        { file: X, quote: 'Residents say the sirens began at 1:40 a.m.', value: '01:40 Wednesday', speaker: 'Nadiya Brovchenko', camp: 'B' },
      ],
    },
    {
      id: 'fire-out', level: 'secondary', kind: 'status',
      summary: 'Whether the fire at the depot is out: fully extinguished and the site under control, according to the Ministry of Defence on Thursday (repeated by the state-aligned paper); still burning in Sector C with detonations on Thursday and Friday mornings, according to the State Emergency Service and its regional head Svitlana Orach.',
      sides: [
        { file: D, quote: 'The fire at the Arsenal 48 ammunition depot has been fully extinguished', value: 'out', speaker: 'Ministry of Defence', camp: 'A' },
        { file: D, quote: 'The fire is out, the ministry said', value: 'out', speaker: 'Ministry of Defence', camp: 'A' },
        { file: B, quote: 'On Thursday morning the ministry said the fire at the depot had been put out and the site was under control.', value: 'out', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'The ministry said on Thursday that it was.', value: 'out', speaker: 'Ministry of Defence', camp: 'A' },
        { file: B, quote: 'It is still burning in Sector C, and we heard two detonations this morning', value: 'burning', speaker: 'Svitlana Orach', camp: 'B' },
        { file: X, quote: 'The State Emergency Service (SES) says it is not.', value: 'burning', speaker: 'State Emergency Service', camp: 'B' },
        { file: X, quote: 'Sector C is still burning.', value: 'burning', speaker: 'State Emergency Service', camp: 'B' },
      ],
    },
    {
      id: 'rained-metal-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "It rained metal on our street" is credited to the resident Petro Hladky of Sadova Street by the live blog and to the mayor Ihor Zavada, outside School No. 3, by the explainer.',
      sides: [
        { file: L, quote: '“It rained metal on our street. I picked up pieces the size of my hand in the garden,” he told the Sentinel.', speaker: 'Petro Hladky', camp: 'A' },
        { file: X, quote: '"It rained metal on our street," he said on Thursday, standing outside the school.', speaker: 'Ihor Zavada', camp: 'B' },
      ],
    },
    {
      id: 'villages-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that people were being moved out of three villages next to the depot, then corrected it to five villages, the regional administration\'s figure.',
      sides: [
        { file: L, quote: 'Police are moving people out of three villages next to the depot', value: '3', speaker: 'The Pelvar Sentinel', camp: 'A' },
        { file: L, quote: 'The regional administration says people were moved out of five villages', value: '5', speaker: 'The Pelvar Sentinel', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'rescuers-rounded', kind: 'numeric',
      summary: '"312 firefighters and rescuers" (wire, from the SES) and "some 300 rescuers, police officers and soldiers" (state-aligned paper) are one figure, rounded.',
      sides: [
        { file: W, quote: 'The State Emergency Service (SES) said 312 firefighters and rescuers were at the scene', value: '312' },
        { file: D, quote: 'some 300 rescuers, police officers and soldiers worked through the night', value: '~300' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'One soldier dead on Tuesday at 23:50 (the ministry, in the live blog) and two on Wednesday morning "up from one overnight" (the ministry, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'One soldier has been killed, the Defence Ministry says.', value: '1 (Tuesday 23:50)' },
        { file: W, quote: "The ministry's toll rose to two on Wednesday morning, up from one overnight.", value: '2 (Wednesday morning)' },
      ],
    },
    {
      id: 'tonnes-part', kind: 'numeric',
      summary: 'The roughly 1,800 tonnes of artillery rounds in Shed 12 (web story) are part of the about 30,000 tonnes the whole depot held (explainer), not a rival figure.',
      sides: [
        { file: X, quote: 'The depot held about 30,000 tonnes of artillery shells and rockets', value: '30,000 t (depot)' },
        { file: B, quote: 'holding roughly 1,800 tonnes of artillery rounds', value: '1,800 t (Shed 12)' },
      ],
    },
    {
      id: 'shelters-days', kind: 'numeric',
      summary: 'About 2,300 people in Kalvin shelters on Tuesday night (wire) and about 2,000 still there on Friday (explainer) are different days\' figures.',
      sides: [
        { file: W, quote: 'About 2,300 people spent the night in a sports hall and two schools in Kalvin, regional officials said.', value: '~2,300 (Tuesday night)' },
        { file: X, quote: 'about 2,000 were still sleeping in municipal shelters in Kalvin on Friday', value: '~2,000 (Friday)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"opened a criminal case over the explosions" (wire) and "launched a criminal investigation into the blasts" (web story) describe the same step by the Military Prosecutor\'s Office in different words.',
      sides: [
        { file: W, quote: "The Military Prosecutor's Office said it had opened a criminal case over the explosions.", value: 'criminal case opened' },
        { file: B, quote: 'The Military Prosecutor’s Office has launched a criminal investigation into the blasts.', value: 'investigation launched' },
      ],
    },
    {
      id: 'homes-about-more-than', kind: 'numeric',
      summary: '"more than 200 homes" (wire, from the SES) and "about 250 houses" (web story, from the regional administration) damaged in Strazhno are compatible approximations.',
      sides: [
        { file: W, quote: 'The service said more than 200 homes in Strajno had been damaged, mostly windows and roofs.', value: '>200' },
        { file: B, quote: 'The regional administration says about 250 houses were damaged.', value: '~250' },
      ],
    },
    {
      id: 'verbno-2017', kind: 'numeric',
      summary: 'The soldier killed near Verbno in 2017 belongs to another, earlier depot accident, not a rival figure for this toll.',
      sides: [
        { file: X, quote: 'the last deadly one, near Verbno in 2017, killed one soldier', value: '1 (Verbno, 2017)' },
        { file: X, quote: "Even by the ministry's count of two, this is the deadliest depot accident in Karvonia in more than a decade", value: '2 (Arsenal 48, 2026)' },
      ],
    },
  ],
};
