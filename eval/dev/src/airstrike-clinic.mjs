// Hand-written gold source for the strike on the clinic in Dzharvan, Zhemra Province, Sarendia
// (invented event, November 2026). build-gold.mjs turns it into ../gold/airstrike-clinic.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline, "Updated" line, "Advertisement",
// a caption with a photo credit, "Read more" lines, "Share this article"; the explainer also has
// footnote markers, a numbered source list and an author bio), the web story is Markdown converted
// from a news page (breadcrumb links, `# Headline`, italic standfirst, byline with a link,
// "Published ... · Updated ..." line, image line with caption and credit, key points, "Read more"
// links), and the state-aligned paper is Markdown with YAML front matter and no headline in the
// body. Site names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the wire's reporting line, the source list and the bio are
// metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image alt texts,
// captions and credits are counted text. Link URLs are in ignore.
const W = 'lanyard-wire.txt'; // Lanyard wire (Wednesday 11 November), US style, straight quotes, writes Jarvan, Bektasheva, Defense Ministry
const L = '840195dbb16b8ae9.txt'; // The Zhemra Mirror live blog, newest first (Tuesday 10 November, 06:50 to 22:30), UK style, curly quotes
const B = '3c9c7a896752309a.md'; // PCN News web story (Wednesday 11 November, evening), UK style, curly quotes
const D = 'fc8aa5e2a792e968.md'; // state-aligned Homeland Herald (Thursday 12 November), YAML front matter, UK style, straight quotes
const X = 'e0e64b8e8221c367.txt'; // The Plumbline explainer in questions (Friday 13 November), US style, curly quotes, writes Jarvan (and once Dzharvan), Bektasheva, Saltykbaev, Defense Ministry

export default {
  corpus: 'airstrike-clinic',
  note: 'Invented event written for the project: before dawn on Tuesday 10 November 2026 a strike destroys the Barzuk Valley Clinic, a two-storey rural clinic with 14 beds run since 2019 by the medical charity Frontline Medics Alliance (FMA), in the village of Dzharvan (Jarvan in the wire and the explainer), about 1,400 people in the Barzuk Valley of Zhemra Province, six kilometres from the border between the fictional Sarendia (capital Tolvane) and its neighbour Ushkaria, where artillery and drone fire have been exchanged since a quarrel over grazing land on Kazgan Ridge in September. Five invented outlets: the Lanyard wire (Wednesday), The Zhemra Mirror live blog, newest first (Tuesday 06:50 to 22:30), the PCN News web story (Wednesday), the state-aligned Homeland Herald (Thursday) and The Plumbline explainer (Friday); four files have random names. The clinic\'s only doctor Dr Zarina Bektaşeva (Bektasheva in the wire and the explainer), FMA and its country director Lucan Ferrier, the Assembly of Nations\' Office for Humanitarian Coordination (OHC) and its head in Sarendia Odile Brancart, the weapons researcher Idris Pallant of the Corvid Conflict Monitor, the villagers Sabir Khaldarov, Yusup Azhibay (the village head) and Nargiza Umarbek, the Ministry of Defence (Defense Ministry in the wire and the explainer) and its spokesman Col. Erkin Saltykbayev (Saltykbaev in the explainer), Defence Minister Ravshan Kemelov, the army\'s Southern Command, Governor Bahadur Ismatov and the Zhemra Provincial Health Directorate, and Ushkaria\'s Foreign Ministry and its spokesman Selim Karavar disagree about the toll (19 by FMA, the doctor\'s "at least 12" in the morning, against 11 registered deaths by the governor and the health directorate), whether the dead were all civilians (FMA, the doctor, the OHC) or included at least five fighters of the Free Zhemra Front (FZF) (the state-aligned paper\'s security sources; the deleted Southern Command post\'s "militants"), who struck (a bomb from a Sarendian jet, by villagers, FMA, the OHC\'s fragment, the analyst and the deleted Southern Command post, against Ushkarian drones, by the Ministry of Defence and the state-aligned paper), whether a warning was given (a drone alert to every phone at 01:52 and the siren, by the ministry, against no siren, no text, no signal, by the doctor and villagers), when the strike came (05:40 by the doctor and villagers, about 02:00 by the ministry), whether the clinic was marked and its location notified (painted roof and coordinates passed on 2 September and 28 October, by FMA and the OHC, against no markings and never notified, by the ministry), whether the building was still a working clinic (64 patients on Monday, by FMA, against not used as a clinic since the summer or July, by the ministry) and who said "Everyone knew it was a clinic, and so did the pilots" (the doctor in the wire, Lucan Ferrier in the web story); the live blog corrects its own count of wounded taken to Tashmera Regional Hospital (32, then 23). FMA\'s toll of 12 in the morning and 19 in the evening "up from 12" is an update reported as such; a crater "6.4 metres across" and "some six meters across" are one figure rounded; "More than 300 mourners" and "about 350 people" at the funerals agree; the 14 beds all full and the "About 30 people" inside are part and whole; 23 wounded taken to hospital on Tuesday and 17 still in hospital on Thursday are different days\' figures; FMA "suspended all its activities" and "halted its operations" across the province are synonyms; the six killed at the Tobelik market on 3 September and the 46 civilians killed in the province since September (before the strike) belong to other attacks and another set. "Sarendian" and "Ushkarian" are demonyms; "Zhemra" inside Free Zhemra Front, Zhemra Provincial Health Directorate and The Zhemra Mirror, "Tashmera" inside Tashmera Regional Hospital and "Barzuk Valley" inside Barzuk Valley Clinic are nested; the drone model "Sarbaz-4" is not an actor and is ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 49],
    [L]: [1, 2, 3, 4, 10, 11, 39, 73, 74, 76],
    [B]: [1, 7, 9, 21, 43, 69, 70, 71],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 71, 72, 73, 74, 75, 77],
  },

  actors: [
    // places
    { id: 'sarendia', name: 'Sarendia', type: 'place', forms: ['Sarendia'], note: 'the country where the clinic stood; "Sarendian" is a demonym (also inside "Sarendian Air Force", which is spanned whole); "the country" is nominal' },
    { id: 'ushkaria', name: 'Ushkaria', type: 'place', forms: ['Ushkaria'], note: 'the neighbouring state blamed by the Ministry of Defence; "Ushkarian" and "Ushkarian-made", "Ushkarian-backed" are demonyms; "Ushkaria\'s Foreign Ministry" holds a mention of each' },
    { id: 'tolvane', name: 'Tolvane', type: 'place', forms: ['Tolvane'], note: 'the capital of Sarendia; "the ministry in Tolvane" holds a place mention; "the capital" is nominal' },
    { id: 'zhemra', name: 'Zhemra Province', type: 'place', forms: ['Zhemra Province', 'Zhemra'], note: 'the border province; nested in Free Zhemra Front, Zhemra Provincial Health Directorate and The Zhemra Mirror; "Zhemra’s provincial authorities" holds a mention; "the province" is nominal' },
    { id: 'tashmera', name: 'Tashmera', type: 'place', forms: ['Tashmera'], note: 'the provincial capital, 40 km from the village; nested in Tashmera Regional Hospital' },
    { id: 'dzharvan', name: 'Dzharvan', type: 'place', forms: ['Dzharvan', 'Jarvan', 'JARVAN', 'DZHARVAN'], note: 'the village of the clinic (Jarvan in the wire and the explainer, which also gives the spelling Dzharvan once; datelines in capitals); "the village" is nominal' },
    { id: 'barzuk', name: 'Barzuk Valley', type: 'place', forms: ['Barzuk Valley'], note: 'the valley of the village; nested in Barzuk Valley Clinic; "the valley" is nominal' },
    { id: 'kazgan', name: 'Kazgan Ridge', type: 'place', forms: ['Kazgan Ridge'], note: 'the disputed grazing land where the border fighting began in September' },
    { id: 'tobelik', name: 'Tobelik', type: 'place', forms: ['Tobelik'], note: 'town of an earlier (3 September) drone strike on a market, in the state-aligned paper' },
    // organizations
    { id: 'mod', name: 'Ministry of Defence', type: 'organization', forms: ['Ministry of Defence', 'Defence Ministry', 'Defense Ministry'], note: 'Sarendia\'s defence ministry (Defense Ministry in the US-style wire and explainer); "the ministry" is nominal' },
    { id: 'air-force', name: 'Sarendian Air Force', type: 'organization', forms: ['Sarendian Air Force'], note: 'the air force; the demonym inside its name is part of the span' },
    { id: 'southern-command', name: 'Southern Command', type: 'organization', forms: ['Southern Command'], note: 'the army\'s regional command whose channel post about a "terrorist hideout" was deleted; "the army" is nominal' },
    { id: 'ush-foreign', name: 'Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'], note: 'Ushkaria\'s foreign ministry (capitalized in the wire, the live blog and the web story; lowercase "foreign ministry" in the state-aligned paper is nominal)' },
    { id: 'emergencies', name: 'Ministry of Emergency Situations', type: 'organization', forms: ['Ministry of Emergency Situations'], note: 'Sarendia\'s emergencies ministry, in the state-aligned paper' },
    { id: 'fma', name: 'Frontline Medics Alliance', type: 'organization', forms: ['Frontline Medics Alliance', 'FMA'], note: 'the medical charity that ran the clinic, defined as (FMA); "the charity", "the group" are nominal' },
    { id: 'clinic', name: 'Barzuk Valley Clinic', type: 'organization', forms: ['Barzuk Valley Clinic'], note: 'the clinic that was hit; the valley inside it is nested; "the clinic", "the village clinic", "the building" are nominal' },
    { id: 'assembly', name: 'Assembly of Nations', type: 'organization', forms: ['Assembly of Nations', 'Assembly'], note: 'the international body; "the Assembly" in the state-aligned paper is a short form; "Assembly of Nations’ Office for Humanitarian Coordination" holds a mention of each body' },
    { id: 'ohc', name: 'Office for Humanitarian Coordination', type: 'organization', forms: ['Office for Humanitarian Coordination', 'OHC'], note: 'the Assembly of Nations\' humanitarian office whose team visited the site, defined as (OHC); "the office", "the team" are nominal' },
    { id: 'health-directorate', name: 'Zhemra Provincial Health Directorate', type: 'organization', forms: ['Zhemra Provincial Health Directorate'], note: 'the provincial health directorate that registered 11 deaths; "the health directorate", "the directorate" are nominal' },
    { id: 'tashmera-hospital', name: 'Tashmera Regional Hospital', type: 'organization', forms: ['Tashmera Regional Hospital'], note: 'the hospital treating the wounded; "the hospital" is nominal' },
    { id: 'fzf', name: 'Free Zhemra Front', type: 'organization', forms: ['Free Zhemra Front', 'FZF'], note: 'the separatist group Sarendia says Ushkaria arms, defined as (FZF)' },
    { id: 'corvid', name: 'Corvid Conflict Monitor', type: 'organization', forms: ['Corvid Conflict Monitor'], note: 'the research group of the weapons researcher Idris Pallant, in the explainer' },
    { id: 'lanyard', name: 'Lanyard', type: 'organization', forms: ['Lanyard'], note: 'the wire agency: the dateline "(Lanyard)", "told Lanyard" and "Lanyard could not independently verify" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'mirror', name: 'The Zhemra Mirror', type: 'organization', forms: ['The Zhemra Mirror'], note: 'the regional paper running the live blog: its photo credit (reused by the explainer) is a mention; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'pcn', name: 'PCN News', type: 'organization', forms: ['PCN News'], note: 'the news site of the web story, named in its own text ("told PCN News") and photo credit, and in the explainer\'s text; its breadcrumb line and its name in the source list are metadata' },
    { id: 'herald', name: 'Homeland Herald', type: 'organization', forms: ['Homeland Herald'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; "told the Homeland Herald" in its own text and "The Homeland Herald, a paper close to the government" in the explainer are mentions (the leading "The" is not part of its name)' },
    { id: 'plumbline', name: 'The Plumbline', type: 'organization', forms: ['The Plumbline'], note: 'the explainer\'s site: "told The Plumbline" and "when The Plumbline asked" are mentions; its site-name line and the author bio are metadata' },
    // people
    { id: 'bektaseva', name: 'Zarina Bektaşeva', type: 'person', forms: ['Zarina Bektaşeva', 'Zarina Bektasheva', 'Bektaşeva', 'Bektasheva'], note: 'the clinic\'s only doctor, wounded (Bektasheva in the wire and the explainer); "Dr" is outside the span' },
    { id: 'ferrier', name: 'Lucan Ferrier', type: 'person', forms: ['Lucan Ferrier'], note: 'FMA\'s country director' },
    { id: 'brancart', name: 'Odile Brancart', type: 'person', forms: ['Odile Brancart', 'Brancart'], note: 'head of the OHC office in Sarendia; "Ms Brancart" -> "Brancart"' },
    { id: 'pallant', name: 'Idris Pallant', type: 'person', forms: ['Idris Pallant'], note: 'weapons researcher at the Corvid Conflict Monitor, in the explainer' },
    { id: 'saltykbayev', name: 'Erkin Saltykbayev', type: 'person', forms: ['Erkin Saltykbayev', 'Erkin Saltykbaev', 'Saltykbayev'], note: 'Ministry of Defence spokesman (Saltykbaev in the explainer); "Colonel"/"Col." is outside the span; "the colonel" is nominal' },
    { id: 'kemelov', name: 'Ravshan Kemelov', type: 'person', forms: ['Ravshan Kemelov', 'Kemelov'], note: 'Defence Minister; the title is outside the span; "Mr Kemelov" -> "Kemelov"' },
    { id: 'ismatov', name: 'Bahadur Ismatov', type: 'person', forms: ['Bahadur Ismatov', 'Ismatov'], note: 'governor of Zhemra Province; "Governor" is outside the span; "the governor" is nominal' },
    { id: 'karavar', name: 'Selim Karavar', type: 'person', forms: ['Selim Karavar'], note: 'spokesman of Ushkaria\'s Foreign Ministry' },
    { id: 'khaldarov', name: 'Sabir Khaldarov', type: 'person', forms: ['Sabir Khaldarov'], note: 'a farmer of the village whose wife was killed' },
    { id: 'gulnora', name: 'Gulnora', type: 'person', forms: ['Gulnora'], note: 'Sabir Khaldarov\'s wife, killed (first name only)' },
    { id: 'azhibay', name: 'Yusup Azhibay', type: 'person', forms: ['Yusup Azhibay'], note: 'the village\'s elected head, in the web story; "the village head" is nominal' },
    { id: 'umarbek', name: 'Nargiza Umarbek', type: 'person', forms: ['Nargiza Umarbek'], note: 'a mother whose son was wounded, in the web story' },
    { id: 'timur', name: 'Timur', type: 'person', forms: ['Timur'], note: 'Nargiza Umarbek\'s eight-year-old son (first name only)' },
    { id: 'omarkulova', name: 'Perizat Omarkulova', type: 'person', forms: ['Perizat Omarkulova'], note: 'the nurse who was killed, in the web story' },
    { id: 'eshmatov', name: 'Rustam Eshmatov', type: 'person', forms: ['Rustam Eshmatov'], note: 'a retired teacher of the village, in the state-aligned paper' },
    { id: 'abishev', name: 'Dauren Abishev', type: 'person', forms: ['Dauren Abishev'], note: 'The Zhemra Mirror reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
    { id: 'margraf', name: 'Ilse Margraf', type: 'person', forms: ['Ilse Margraf'], note: 'PCN News correspondent: her byline is metadata; her photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bSarbaz-4\\b', why: 'a drone model, not an actor' },
    { pattern: "\\b[Tt]he (?:ministry|charity|clinic|village clinic|village|village head|village’s elected head|group|team|office|army|government|governor|governor's office|hospital|province|provincial authorities|directorate|health directorate|colonel|capital|provincial capital|valley|country|state|building|foreign charity)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\bforeign ministry\\b', why: 'nominal (lowercase) reference to Ushkaria\'s Foreign Ministry' },
    { pattern: '\\bparliament\\b', why: 'nominal reference to the parliament (no named body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Bahadur Ismatov', cue: 'he said', quote: 'We have eleven death certificates. No other deaths have been reported to us' },
    { file: W, speaker: 'Zarina Bektaşeva', cue: 'told Lanyard', quote: 'Everyone knew it was a clinic, and so did the pilots' },
    { file: W, speaker: 'Selim Karavar', cue: 'spokesman Selim Karavar said', quote: 'Sarendia bombs its own villages and then sends the bill to its neighbors' },
    { file: W, speaker: 'Odile Brancart', cue: 'Brancart said in a statement', quote: 'The roof was marked, the location was notified, and the people inside were patients' },
    { file: L, speaker: 'Sabir Khaldarov', cue: 'he said', quote: 'It came over the ridge, turned, and came back. Then the whole clinic jumped into the air' },
    { file: L, speaker: 'Lucan Ferrier', cue: 'said Lucan Ferrier', quote: 'Nineteen names. Nineteen people who came to a clinic to get well' },
    { file: L, speaker: 'Selim Karavar', cue: 'told reporters', quote: 'Not one Ushkarian drone flew anywhere near Dzharvan last night' },
    { file: B, speaker: 'Yusup Azhibay', cue: 'he said', quote: 'They say they sent us a text. To which phone? There has been no signal here for three days' },
    { file: B, speaker: 'Odile Brancart', cue: 'Ms Brancart told PCN News', quote: 'A drone of the kind the ministry describes does not leave a hole like this' },
    { file: B, speaker: 'Nargiza Umarbek', cue: 'she said', quote: 'He went in with a temperature. Now I do not know if he will walk' },
    { file: D, speaker: 'Ravshan Kemelov', cue: 'Mr Kemelov told parliament', quote: 'Sarendian pilots do not bomb clinics. They never have, and they never will' },
    { file: D, speaker: 'Erkin Saltykbayev', cue: 'he said', quote: 'The warning was given. The people of Dzharvan were told to take shelter, as they have been told every night this autumn' },
    { file: D, speaker: 'Bahadur Ismatov', cue: 'he said', quote: 'We have counted every person, and every family has been visited' },
    { file: X, speaker: 'Zarina Bektaşeva', cue: 'told The Plumbline', quote: 'I have worked in that building for six years. I never saw a gun inside it' },
    { file: X, speaker: 'Idris Pallant', cue: 'he said', quote: 'The fin in those pictures belongs to an air-dropped bomb of around 250 kilograms' },
  ],

  contradictions: [
    {
      id: 'toll', level: 'core', kind: 'numeric',
      summary: 'People killed in the strike on the clinic: 19, seven of them children, according to Frontline Medics Alliance (FMA), which ran it (the doctor Zarina Bektaşeva said "at least 12" on Tuesday morning); 11, the deaths registered by the Zhemra Provincial Health Directorate, according to Governor Bahadur Ismatov and the state-aligned paper. Villagers say several of the dead were buried in the village without going to the morgue in Tashmera.',
      sides: [
        { file: W, quote: 'Frontline Medics Alliance (FMA), the charity that has run the clinic since 2019, said at least 19 people were killed.', value: '>=19', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: L, quote: 'says 19 people died when it was hit before dawn, among them seven children and a nurse', value: '19', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: L, quote: 'and that at least 12 people were killed', value: '>=12 (Tuesday morning)', speaker: 'Zarina Bektaşeva', camp: 'A' },
        { file: B, quote: 'The FMA says 19 people died.', value: '19', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: X, quote: 'FMA says 19.', value: '19', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: W, quote: 'Bahadur Ismatov, the governor of Zhemra Province, told reporters in the provincial capital, Tashmera, that 11 people had died.', value: '11', speaker: 'Bahadur Ismatov', camp: 'B' },
        { file: W, quote: 'We have eleven death certificates.', value: '11', speaker: 'Bahadur Ismatov', camp: 'B' },
        { file: L, quote: 'Governor Bahadur Ismatov says the official toll is 11.', value: '11', speaker: 'Bahadur Ismatov', camp: 'B' },
        { file: L, quote: 'Governor Bahadur Ismatov has put the toll at 11.', value: '11', speaker: 'Bahadur Ismatov', camp: 'B' },
        { file: B, quote: 'The provincial authorities put the toll at 11.', value: '11', speaker: 'Zhemra Provincial Health Directorate', camp: 'B' },
        { file: D, quote: 'Eleven people were killed in the attack, according to the Zhemra Provincial Health Directorate', value: '11', speaker: 'Zhemra Provincial Health Directorate', camp: 'B' },
        { file: X, quote: 'The provincial authorities say 11, the number of deaths registered by the Zhemra Provincial Health Directorate.', value: '11', speaker: 'Zhemra Provincial Health Directorate', camp: 'B' },
      ],
    },
    {
      id: 'dead-civilians', level: 'core', kind: 'polarity',
      summary: 'Whether the dead were all civilians: yes, patients, relatives and a nurse, according to FMA, its country director Lucan Ferrier, the doctor Zarina Bektaşeva and the OHC; no, at least five were fighters of the Free Zhemra Front (FZF) using the building as a base, according to "security sources" quoted by the state-aligned Homeland Herald, and the deleted Southern Command post said a group of FZF militants had been "eliminated".',
      sides: [
        { file: L, quote: 'There were no fighters here, only patients and the people who look after them.', value: 'all civilians', speaker: 'Zarina Bektaşeva', camp: 'A' },
        { file: L, quote: 'Not one of them was a fighter.', value: 'all civilians', speaker: 'Lucan Ferrier', camp: 'A' },
        { file: B, quote: 'The charity that ran the clinic says all of the dead were civilians', value: 'all civilians', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: X, quote: 'The charity and the OHC say everyone killed was a civilian: patients, relatives who had stayed the night with them, and a 26-year-old nurse.', value: 'all civilians', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: L, quote: '“eliminated a group of Free Zhemra Front militants”', value: 'militants', speaker: 'Southern Command', camp: 'B' },
        { file: W, quote: 'killed a group of militants of the Free Zhemra Front (FZF)', value: 'militants', speaker: 'Southern Command', camp: 'B' },
        { file: D, quote: 'Security sources told the Homeland Herald that at least five of the dead were fighters of the Free Zhemra Front (FZF)', value: '>=5 fighters', speaker: 'Homeland Herald', camp: 'B' },
        { file: X, quote: 'quoted unnamed security sources as saying at least five of the dead were FZF fighters using the building as a base', value: '>=5 fighters', speaker: 'Homeland Herald', camp: 'B' },
      ],
    },
    {
      id: 'who-struck', level: 'core', kind: 'attribution',
      summary: 'Who destroyed the clinic: a bomb dropped from a Sarendian jet, according to villagers (Sabir Khaldarov heard a plane), FMA, the OHC team that found the tail of a guided bomb in the crater, the weapons researcher Idris Pallant, and the deleted Southern Command post saying aircraft destroyed a "terrorist hideout" in the area; Ushkarian drones (Sarbaz-4 loitering munitions), with no Sarendian aircraft over the valley, according to the Ministry of Defence (Defense Ministry), its spokesman Col. Erkin Saltykbayev and the state-aligned paper. Ushkaria denies it.',
      sides: [
        { file: W, quote: 'the medical charity that ran it and villagers who survived said the building was hit by a bomb dropped from a Sarendian jet', value: 'Sarendian jet', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: W, quote: 'said aircraft had "destroyed a terrorist hideout in the Jarvan area" overnight', value: 'aircraft', speaker: 'Southern Command', camp: 'A' },
        { file: L, quote: 'Villagers and the clinic’s doctor say a jet dropped a bomb.', value: 'jet', speaker: 'Zarina Bektaşeva', camp: 'A' },
        { file: L, quote: 'It was a plane. I have heard drones every night since September, and this was a plane.', value: 'plane', speaker: 'Sabir Khaldarov', camp: 'A' },
        { file: L, quote: 'A post on the channel of the army’s Southern Command says aircraft “destroyed a terrorist hideout in the Dzharvan area” overnight', value: 'aircraft', speaker: 'Southern Command', camp: 'A' },
        { file: B, quote: 'Villagers who spoke to PCN News said they had heard a jet, not drones', value: 'jet', speaker: 'Yusup Azhibay', camp: 'A' },
        { file: X, quote: 'the charity says the clinic was hit by a bomb dropped by the Sarendian Air Force', value: 'Sarendian Air Force', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: X, quote: 'The fin in those pictures belongs to an air-dropped bomb of around 250 kilograms', value: 'air-dropped bomb', speaker: 'Idris Pallant', camp: 'A' },
        { file: W, quote: "Sarendia's Defense Ministry said on Wednesday that drones launched from neighboring Ushkaria had destroyed a rural clinic in the border village of Jarvan", value: 'Ushkarian drones', speaker: 'Ministry of Defence', camp: 'B' },
        { file: W, quote: 'told a briefing in the capital, Tolvane, on Tuesday evening that Ushkarian drones had attacked the village', value: 'Ushkarian drones', speaker: 'Erkin Saltykbayev', camp: 'B' },
        { file: L, quote: 'The Ministry of Defence says Ushkarian drones struck the village and that no Sarendian aircraft flew over it.', value: 'Ushkarian drones', speaker: 'Ministry of Defence', camp: 'B' },
        { file: L, quote: 'spokesman Col. Erkin Saltykbayev said Dzharvan was attacked by Ushkarian drones', value: 'Ushkarian drones', speaker: 'Erkin Saltykbayev', camp: 'B' },
        { file: B, quote: 'The Ministry of Defence says Ushkarian drones hit the village', value: 'Ushkarian drones', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'Ushkarian-made Sarbaz-4 loitering munitions, launched from across the border, struck the village, the Ministry of Defence said.', value: 'Ushkarian drones', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'No aircraft of the Sarendian Air Force flew over the Barzuk Valley that night, the ministry said.', value: 'no Sarendian aircraft', speaker: 'Ministry of Defence', camp: 'B' },
        { file: X, quote: 'The Defense Ministry says Ushkarian drones attacked the village and that no Sarendian aircraft flew over the valley that night.', value: 'Ushkarian drones', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'warning', level: 'core', kind: 'polarity',
      summary: 'Whether a warning was given before the strike: yes, according to the Ministry of Defence and its spokesman Col. Erkin Saltykbayev (Saltykbaev): a drone alert went to every phone in the district at 01:52 and the village siren sounded; no, according to the doctor Zarina Bektaşeva (no siren, no text, no call), Sabir Khaldarov and the village head Yusup Azhibay, who say the only mobile mast was down since Saturday and the siren had not worked since spring.',
      sides: [
        { file: W, quote: 'Saltykbayev said the civil defense network had sent a drone alert to every phone in the district at 1:52 a.m. and that the siren in the village had sounded.', value: 'alert 01:52, siren', speaker: 'Erkin Saltykbayev', camp: 'A' },
        { file: L, quote: 'a drone alert went out to every phone in the district at 01:52', value: 'alert 01:52', speaker: 'Erkin Saltykbayev', camp: 'A' },
        { file: L, quote: 'He said the village siren sounded.', value: 'siren', speaker: 'Erkin Saltykbayev', camp: 'A' },
        { file: B, quote: 'The Ministry of Defence says a drone alert was sent to every phone in the district at 01:52 on Tuesday, and that the siren sounded.', value: 'alert 01:52, siren', speaker: 'Ministry of Defence', camp: 'A' },
        { file: D, quote: 'The civil defence network sent a drone alert to every mobile phone in the district at 01:52, and the siren in Dzharvan sounded, the colonel said.', value: 'alert 01:52, siren', speaker: 'Erkin Saltykbayev', camp: 'A' },
        { file: D, quote: 'The warning was given.', value: 'warned', speaker: 'Erkin Saltykbayev', camp: 'A' },
        { file: X, quote: 'says a drone alert went to every phone in the district at 1:52 a.m. and that the village siren sounded', value: 'alert 01:52, siren', speaker: 'Erkin Saltykbayev', camp: 'A' },
        { file: W, quote: "She said there had been no siren and no message on anyone's phone.", value: 'no warning', speaker: 'Zarina Bektaşeva', camp: 'B' },
        { file: W, quote: 'Nobody warned us. Not a siren, not a text, not a phone call', value: 'no warning', speaker: 'Zarina Bektaşeva', camp: 'B' },
        { file: L, quote: 'There was no siren. Nobody warned us', value: 'no warning', speaker: 'Zarina Bektaşeva', camp: 'B' },
        { file: L, quote: 'He says he heard no siren.', value: 'no siren', speaker: 'Sabir Khaldarov', camp: 'B' },
        { file: B, quote: 'Villagers say no alert or siren came before the strike', value: 'no warning', speaker: 'Yusup Azhibay', camp: 'B' },
        { file: B, quote: 'Nobody warned anybody.', value: 'no warning', speaker: 'Yusup Azhibay', camp: 'B' },
        { file: X, quote: 'Villagers say there was no siren and no message.', value: 'no warning', speaker: 'Yusup Azhibay', camp: 'B' },
      ],
    },
    {
      id: 'strike-time', level: 'core', kind: 'temporal',
      summary: 'When the clinic was hit on Tuesday 10 November: at 05:40, as it was getting light and the women in the maternity room were waking, according to the doctor Zarina Bektaşeva and villagers; at about 02:00, eight minutes after the drone alert, according to the Ministry of Defence and the state-aligned paper.',
      sides: [
        { file: W, quote: 'Bektasheva said the bomb struck at 5:40 a.m. on Tuesday', value: '05:40', speaker: 'Zarina Bektaşeva', camp: 'A' },
        { file: L, quote: 'She says a bomb hit the clinic at 05:40', value: '05:40', speaker: 'Zarina Bektaşeva', camp: 'A' },
        { file: X, quote: 'The doctor and villagers say the bomb fell at 5:40 a.m.', value: '05:40', speaker: 'Zarina Bektaşeva', camp: 'A' },
        { file: W, quote: 'The first drones struck at about 2 a.m., according to the ministry', value: '~02:00', speaker: 'Ministry of Defence', camp: 'B' },
        { file: L, quote: 'the drones hit the village at around 02:00', value: '~02:00', speaker: 'Erkin Saltykbayev', camp: 'B' },
        { file: D, quote: 'the first explosions in Dzharvan were recorded at about 2 a.m. on Tuesday', value: '~02:00', speaker: 'Erkin Saltykbayev', camp: 'B' },
        { file: X, quote: 'The Defense Ministry says the drones struck at about 2 a.m.', value: '~02:00', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'clinic-marked', level: 'secondary', kind: 'polarity',
      summary: 'Whether the clinic was marked and its location notified: its flat roof was painted white with FMA\'s green emblem and the word CLINIC, and the OHC passed its coordinates to the Ministry of Defence on 2 September and 28 October, according to FMA, the doctor and the OHC\'s Odile Brancart; the building bore no medical markings and its location was never notified, according to the ministry and its spokesman.',
      sides: [
        { file: W, quote: "She said the clinic's coordinates had been passed to the Defense Ministry twice, most recently on Oct. 28.", value: 'notified', speaker: 'Odile Brancart', camp: 'A' },
        { file: W, quote: "The charity said the clinic's flat roof had been painted white with its green emblem and the word CLINIC in letters two meters high.", value: 'marked', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: L, quote: 'The clinic’s roof, she said, was painted white with the charity’s emblem so that it could be seen from the air.', value: 'marked', speaker: 'Zarina Bektaşeva', camp: 'A' },
        { file: B, quote: 'An Assembly of Nations team says the clinic in Dzharvan was marked and its location shared with the army', value: 'marked, notified', speaker: 'Office for Humanitarian Coordination', camp: 'A' },
        { file: B, quote: 'She said the Barzuk Valley Clinic was on a list of protected sites that her office had passed to the Ministry of Defence on 2 September and again on 28 October', value: 'notified', speaker: 'Odile Brancart', camp: 'A' },
        { file: X, quote: 'FMA says its flat roof was painted white with the charity’s green emblem and the word CLINIC', value: 'marked', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: D, quote: 'The building bore no medical markings of any kind, and its location had never been notified to the ministry as a medical facility', value: 'unmarked, not notified', speaker: 'Erkin Saltykbayev', camp: 'B' },
        { file: X, quote: 'The ministry says the building had no medical markings and that its location was never notified to it.', value: 'unmarked, not notified', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'clinic-open', level: 'secondary', kind: 'status',
      summary: 'Whether the building was still a working clinic when it was hit: open, according to FMA (its foreign staff left in July, but the doctor and two Sarendian nurses kept it running; 64 patients on Monday, all 14 beds full); not used as a clinic since the summer (since July, when FMA withdrew its staff), according to the Ministry of Defence and the state-aligned paper.',
      sides: [
        { file: W, quote: 'FMA said the clinic had treated 64 patients on Monday, the day before the strike', value: 'open', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: W, quote: 'but two Sarendian nurses and the doctor kept the clinic open', value: 'open', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: B, quote: 'but Dr Bektaşeva and two Sarendian nurses kept the Barzuk Valley Clinic open, and it treated 64 patients on Monday', value: 'open', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: X, quote: 'FMA says Bektasheva and two Sarendian nurses kept the clinic running, treating 64 patients the day before the strike.', value: 'open', speaker: 'Frontline Medics Alliance', camp: 'A' },
        { file: W, quote: 'He also said the building had not been used as a clinic since the summer.', value: 'closed since summer', speaker: 'Erkin Saltykbayev', camp: 'B' },
        { file: L, quote: 'the building “has not been used as a clinic since the summer”', value: 'closed since summer', speaker: 'Erkin Saltykbayev', camp: 'B' },
        { file: D, quote: 'The building had not operated as a clinic since July, when the foreign charity that ran it, Frontline Medics Alliance, withdrew its staff, the ministry said.', value: 'closed since July', speaker: 'Ministry of Defence', camp: 'B' },
        { file: X, quote: 'The ministry says the building had not been used as a clinic since July, when the charity withdrew its foreign staff.', value: 'closed since July', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'pilots-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Everyone knew it was a clinic, and so did the pilots" is credited to the clinic\'s doctor Zarina Bektasheva (Bektaşeva) by the wire and to FMA\'s country director Lucan Ferrier by the web story.',
      sides: [
        { file: W, quote: '"Everyone knew it was a clinic, and so did the pilots," the clinic\'s only doctor, Zarina Bektasheva, told Lanyard', speaker: 'Zarina Bektaşeva', camp: 'A' },
        { file: B, quote: '“Everyone knew it was a clinic, and so did the pilots,” said Lucan Ferrier', speaker: 'Lucan Ferrier', camp: 'B' },
      ],
    },
    {
      id: 'wounded-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 32 wounded had been taken to Tashmera Regional Hospital, then corrected it to 23, the hospital\'s figure.',
      sides: [
        { file: L, quote: '32 wounded have been taken to Tashmera Regional Hospital', value: '32', speaker: 'Tashmera Regional Hospital', camp: 'A' },
        { file: L, quote: 'The hospital says the figure is 23.', value: '23', speaker: 'Tashmera Regional Hospital', camp: 'B' },
        { file: L, quote: '23 wounded are being treated at Tashmera Regional Hospital.', value: '23', speaker: 'The Zhemra Mirror', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'The doctor\'s "at least 12" killed on Tuesday morning (live blog) and FMA\'s 19 "up from 12 in the morning" late on Tuesday (wire) is a count that rose and is reported as updated.',
      sides: [
        { file: W, quote: 'Its toll rose to 19 late on Tuesday, up from 12 in the morning', value: '19 (Tuesday evening, up from 12)' },
        { file: L, quote: 'and that at least 12 people were killed', value: '>=12 (Tuesday morning)' },
      ],
    },
    {
      id: 'crater-rounded', kind: 'numeric',
      summary: 'A crater measured at 6.4 metres across (web story) and "some six meters across" (explainer) is one figure, rounded.',
      sides: [
        { file: B, quote: 'measured the crater at 6.4 metres across and two metres deep', value: '6.4 m' },
        { file: X, quote: 'in a crater some six meters across', value: '~6 m' },
      ],
    },
    {
      id: 'mourners-about-more-than', kind: 'numeric',
      summary: '"More than 300 mourners" (wire) and "about 350 people" (live blog) at the funerals in the village cemetery on Tuesday afternoon are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 300 mourners followed the coffins up the hill', value: '>300' },
        { file: L, quote: 'Our reporter counted about 350 people', value: '~350' },
      ],
    },
    {
      id: 'beds-vs-inside', kind: 'numeric',
      summary: 'The 14 beds, all full on the night of the strike (explainer), and the "About 30 people, patients, relatives and staff" inside (wire) are part and whole, not rival counts.',
      sides: [
        { file: X, quote: 'Its 14 beds were all full on the night of the strike, the charity says.', value: '14 (beds)' },
        { file: W, quote: 'About 30 people, patients, relatives and staff, were inside, she said.', value: '~30 (everyone inside)' },
      ],
    },
    {
      id: 'wounded-days', kind: 'numeric',
      summary: 'The 23 people taken to Tashmera Regional Hospital on Tuesday (web story) and the 17 wounded still there on Thursday (state-aligned paper) are figures of different days.',
      sides: [
        { file: B, quote: 'was among 23 people taken to Tashmera Regional Hospital on Tuesday', value: '23 (admitted Tuesday)' },
        { file: D, quote: 'Seventeen of the wounded remained in Tashmera Regional Hospital on Thursday', value: '17 (still in hospital Thursday)' },
      ],
    },
    {
      id: 'suspended-halted', kind: 'status',
      summary: 'FMA "had suspended all its activities in Zhemra Province" (wire) and "has halted its operations across the province" (web story) describe the same step in different words.',
      sides: [
        { file: W, quote: 'FMA said on Wednesday it had suspended all its activities in Zhemra Province', value: 'suspended' },
        { file: B, quote: 'The FMA says it has halted its operations across the province', value: 'halted' },
      ],
    },
    {
      id: 'other-attacks', kind: 'numeric',
      summary: 'The six killed by drones at the Tobelik market on 3 September (state-aligned paper) and the 46 civilians the OHC counts as killed in Zhemra Province since September, not counting the clinic (wire), belong to other attacks and another set, not rival figures for the clinic\'s toll or for each other.',
      sides: [
        { file: D, quote: 'when Ushkarian drones hit the market in Tobelik, killing six people', value: '6 (Tobelik, 3 September)' },
        { file: W, quote: "The OHC says 46 civilians have been killed in Zhemra Province since then, not counting Tuesday's strike.", value: '46 (province, since September)' },
      ],
    },
  ],
};
