// Hand-written gold source for the ambush on the motorcade of the governor of Zarkhan Region, Rundavia
// (invented event, May 2026). build-gold.mjs turns it into ../gold/governor-attack.json.
// The wire is plain .txt (headline, outlet and date lines, a "(Reporting by ...)" line); the live
// blog and the explainer imitate scraped pages (site name, "Skip to content", navigation bar,
// headline twice, byline with roles, "Updated" line, "Advertisement", caption with photo credit,
// "Read more" lines, "Share this article"; the explainer also has footnote markers, a numbered
// source list and an author bio); the web story is Markdown converted from a news page
// (breadcrumb links, `# Headline`, italic standfirst, linked byline, "Published ... · Updated ..."
// line, image with caption and credit, key points, "Read more" links); the state-aligned paper is
// Markdown with YAML front matter and no headline in the body. Site furniture, bylines, date and
// "Updated" lines, the wire's reporting line, the source list and the bio are metadata (meta:
// 1-based line numbers); headlines, standfirsts, key points, alt texts, captions and credits are
// counted text. Link URLs are in ignore.
const W = 'bellwright-wire.txt'; // Bellwright wire (Tuesday 19 May), US style, straight quotes, writes Hadjiev, Tagayev
const L = '82240cf89e004ee2.txt'; // The Sarvan Lamp live blog, newest first (Monday 18 May, 10:02 to 22:40), UK style, curly quotes
const B = 'f17a69d0071bfe20.md'; // RZN News web story (Tuesday 19 May, evening), UK style, curly quotes, writes Arkady Velesov
const D = '6b2be0a8be6bd948.md'; // state-aligned Tarkoval Meridian (Wednesday 20 May), YAML front matter, UK style, curly quotes
const X = '5eeff7934b6713d6.txt'; // The Plumbline explainer in questions (Thursday 21 May), US style, straight quotes, writes Hadjiev, Chorakh, Tagayev

export default {
  corpus: 'governor-attack',
  note: 'Invented event written for the project: on the morning of Monday 18 May 2026 gunmen on a slope above Kuvash Road fire on the six-vehicle motorcade of Governor Ruslan Khadzhiev (Hadjiev in the wire and the explainer) of Zarkhan Region, in the fictional country of Rundavia (capital Tarkoval), as it passes through the village of Shorakh (Chorakh in the explainer), about 30 km south of the regional capital Sarvan, on its way to open a school in Kuvash. Five invented outlets: the Bellwright wire (Tuesday), The Sarvan Lamp live blog, newest first (Monday 10:02 to 22:40), the RZN News web story (Tuesday evening), the state-aligned Tarkoval Meridian (Wednesday) and The Plumbline explainer (Thursday). The Interior Ministry and Interior Minister Arkadiy Velesov (Arkady in the web story), the governor\'s press secretary Dilara Mussina, the head of his protection detail Col. Ramzan Eldarov, the Zarkhan Regional Prosecutor\'s Office and its spokesman Timur Askerov, Sarvan Regional Hospital and its chief doctor Lamara Vakhidova, hospital staff, the separatist Free Zarkhan Front (FZF), the Tagaev clan (Tagayev in the wire and the explainer), the villager Asya Dudaeva and the opposition disagree about the bodyguards killed (three, by the ministry, against four, by the hospital), the bystanders killed (one bread seller, by the ministry, against three villagers including a 12-year-old boy, by residents), whether the governor was wounded (unhurt, by his office, against treated for a shrapnel wound to the left forearm, by hospital staff), who carried out the attack (the FZF, which claimed it, against the Tagaev clan, blamed by the minister), the suspects arrested (five, by the minister, against three, by the prosecutor\'s office), whether anyone is still at large (every participant detained or dead, by the minister, against a fourth suspect fled in a white pickup, by the prosecutor\'s office), the time of the attack (08:40, by the governor\'s office, against about 09:20 and a first ambulance call at 09:24, by residents and the hospital) and who said "They came for a funeral and they will get a trial" (the minister in the wire, the governor in the state-aligned paper); the live blog corrects its own count of wounded (11, then seven). 193 cartridge cases and "Nearly 200" are one figure rounded; two guards dead at midday and three in the evening "up from two" is an update reported as such; the six-vehicle motorcade and the two armored SUVs in it are whole and part; "a terrorism investigation" and "A criminal case under the anti-terrorism law" are synonyms; "More than 3,000" and "About 4,000" mourners at the guards\' funeral agree; the curfew from 21:00 imposed on Monday and from 23:00 from Wednesday are different days\' rules; the two police officers killed by a 2021 roadside bomb belong to an earlier attack. "Rundavian" is a demonym; "Zarkhan" inside Free Zarkhan Front and Zarkhan Regional Prosecutor\'s Office and "Sarvan" inside Sarvan Regional Hospital and The Sarvan Lamp are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 43],
    [L]: [1, 2, 3, 4, 10, 11, 42, 68, 69, 71],
    [B]: [1, 7, 9, 21, 51, 63, 64, 65],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 61, 62, 63, 64, 65, 67],
  },

  actors: [
    // places
    { id: 'rundavia', name: 'Rundavia', type: 'place', forms: ['Rundavia'], note: 'the country; "Rundavian" is a demonym' },
    { id: 'tarkoval', name: 'Tarkoval', type: 'place', forms: ['Tarkoval'], note: 'the capital; nested in Tarkoval Meridian; "the capital" is nominal' },
    { id: 'zarkhan', name: 'Zarkhan Region', type: 'place', forms: ['Zarkhan Region', 'Zarkhan'], note: 'the region; nested in Free Zarkhan Front and Zarkhan Regional Prosecutor\'s Office; "the region" is nominal' },
    { id: 'sarvan', name: 'Sarvan', type: 'place', forms: ['Sarvan', 'SARVAN'], note: 'the regional capital (dateline in capitals); nested in Sarvan Regional Hospital and The Sarvan Lamp' },
    { id: 'shorakh', name: 'Shorakh', type: 'place', forms: ['Shorakh', 'Chorakh'], note: 'the village where the motorcade was attacked (Chorakh in the explainer); "the village" is nominal' },
    { id: 'kuvash', name: 'Kuvash', type: 'place', forms: ['Kuvash'], note: 'the town the governor was driving to; nested in Kuvash Road and in the Kuvash valley' },
    { id: 'kuvash-valley', name: 'Kuvash valley', type: 'place', forms: ['Kuvash valley'], note: 'the valley around Kuvash (a named feature with a lowercase generic)' },
    { id: 'kuvash-road', name: 'Kuvash Road', type: 'place', forms: ['Kuvash Road'], note: 'the road through Shorakh where the attack happened' },
    // organizations
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: '"the ministry" is nominal' },
    { id: 'fzf', name: 'Free Zarkhan Front', type: 'organization', forms: ['Free Zarkhan Front', 'FZF', 'Front'], note: 'the separatist group, defined as (FZF); "The Front" in the explainer is a short name; "the group" is nominal' },
    { id: 'tagaev', name: 'Tagaev clan', type: 'organization', forms: ['Tagaev clan', 'Tagayev clan', 'Tagayev family'], note: 'the clan blamed by the minister (Tagayev in the wire and the explainer); the YAML tag is metadata; "the clan" is nominal' },
    { id: 'prosecutor', name: 'Zarkhan Regional Prosecutor\'s Office', type: 'organization', forms: ['Zarkhan Regional Prosecutor\'s Office', 'Zarkhan Regional Prosecutor’s Office'], note: 'the prosecution service running the case; the \'s belongs to the name; "the prosecutor\'s office", "the regional prosecutor" and "Prosecutors" are nominal' },
    { id: 'hospital', name: 'Sarvan Regional Hospital', type: 'organization', forms: ['Sarvan Regional Hospital'], note: '"the hospital" is nominal' },
    { id: 'renewal', name: 'Renewal Party', type: 'organization', forms: ['Renewal Party'], note: 'the opposition party, in the state-aligned paper' },
    { id: 'kestrin', name: 'Kestrin Institute', type: 'organization', forms: ['Kestrin Institute'], note: 'research institute in Tarkoval, in the explainer' },
    { id: 'bellwright', name: 'Bellwright', type: 'organization', forms: ['Bellwright'], note: 'the wire agency: the dateline "(Bellwright)" and "Bellwright could not" are mentions; its outlet line and source-list entry are metadata' },
    { id: 'lamp', name: 'The Sarvan Lamp', type: 'organization', forms: ['The Sarvan Lamp', 'Lamp'], note: 'the city paper running the live blog: "the Lamp" -> "Lamp"; its photo credit and its name in the explainer\'s text are mentions; its site-name line is metadata' },
    { id: 'rzn', name: 'RZN News', type: 'organization', forms: ['RZN News'], note: 'the web story\'s site: "told RZN News", photo credits (also in the explainer) and the explainer\'s text are mentions; its breadcrumb line is metadata' },
    { id: 'meridian', name: 'Tarkoval Meridian', type: 'organization', forms: ['Tarkoval Meridian', 'Meridian'], note: 'the state-aligned paper: front matter and the explainer\'s source list are metadata; "interviewed by the Meridian" is a mention' },
    { id: 'plumbline', name: 'The Plumbline', type: 'organization', forms: ['The Plumbline'], note: 'the explainer\'s site: "questions from The Plumbline" is a mention; its site-name line and the bio are metadata' },
    // people
    { id: 'khadzhiev', name: 'Ruslan Khadzhiev', type: 'person', forms: ['Ruslan Khadzhiev', 'Ruslan Hadjiev', 'Khadzhiev', 'Hadjiev'], note: 'Governor of Zarkhan Region (Hadjiev in the wire and the explainer); "Governor", "Gov.", "Mr" are outside the span; "the governor" is nominal' },
    { id: 'velesov', name: 'Arkadiy Velesov', type: 'person', forms: ['Arkadiy Velesov', 'Arkady Velesov', 'Velesov'], note: 'Interior Minister (Arkady in the web story); "the minister" is nominal' },
    { id: 'mussina', name: 'Dilara Mussina', type: 'person', forms: ['Dilara Mussina'], note: 'the governor\'s press secretary' },
    { id: 'eldarov', name: 'Ramzan Eldarov', type: 'person', forms: ['Ramzan Eldarov', 'Eldarov'], note: 'head of the governor\'s protection detail; "Col." is outside the span' },
    { id: 'askerov', name: 'Timur Askerov', type: 'person', forms: ['Timur Askerov', 'Askerov'], note: 'spokesman for the Zarkhan Regional Prosecutor\'s Office' },
    { id: 'vakhidova', name: 'Lamara Vakhidova', type: 'person', forms: ['Lamara Vakhidova'], note: 'chief doctor of Sarvan Regional Hospital' },
    { id: 'dudaeva', name: 'Asya Dudaeva', type: 'person', forms: ['Asya Dudaeva'], note: 'shopkeeper in Shorakh, aunt of the boy who was killed' },
    { id: 'amir', name: 'Amir Dudaev', type: 'person', forms: ['Amir Dudaev'], note: 'the 12-year-old boy killed, in the web story' },
    { id: 'yusupov', name: 'Khasan Yusupov', type: 'person', forms: ['Khasan Yusupov'], note: 'the bread seller killed, in the web story' },
    { id: 'aldamova', name: 'Roza Aldamova', type: 'person', forms: ['Roza Aldamova'], note: 'the pensioner killed, in the web story' },
    { id: 'korsak', name: 'Emil Korsak', type: 'person', forms: ['Emil Korsak'], note: 'President of Rundavia; "President" is outside the span' },
    { id: 'rostova', name: 'Galina Rostova', type: 'person', forms: ['Galina Rostova'], note: 'Deputy Prime Minister, in the state-aligned paper' },
    { id: 'zulfiya', name: 'Zulfiya', type: 'person', forms: ['Zulfiya'], note: 'a shopkeeper in Shorakh quoted by first name only in the state-aligned paper' },
    { id: 'arutyunov', name: 'Lev Arutyunov', type: 'person', forms: ['Lev Arutyunov'], note: 'researcher at the Kestrin Institute, in the explainer' },
    { id: 'ilyasov', name: 'Marat Ilyasov', type: 'person', forms: ['Marat Ilyasov'], note: 'opposition member of parliament from Sarvan, in the explainer' },
    { id: 'prusak', name: 'Oleg Prusak', type: 'person', forms: ['Oleg Prusak'], note: 'The Sarvan Lamp reporter: his byline is metadata; "Our reporter Oleg Prusak" and his photo credit are mentions' },
    { id: 'halloran', name: 'Piotr Halloran', type: 'person', forms: ['Piotr Halloran'], note: 'RZN News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:regional prosecutor’s office|regional prosecutor's office|prosecutor’s office|prosecutor's office|regional prosecutor|governor’s office|governor's office|interior minister|regional government|regional administration|city administration|village council|ministry|hospital|group|clan|minister|governor|capital|region|village|government|state|opposition)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Zarkhan Regional Prosecutor\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Arkadiy Velesov', cue: 'Velesov said', quote: 'This was not a war. It was a vendetta dressed up as a war, and those who dressed it up will answer for that too' },
    { file: W, speaker: 'Dilara Mussina', cue: 'she said', quote: 'The governor walked out of that car on his own feet and went straight to the families' },
    { file: W, speaker: 'Free Zarkhan Front', cue: 'said in a statement on its messaging channel', quote: "a sentence on the occupation's governor" },
    { file: W, speaker: 'Timur Askerov', cue: 'Askerov said', quote: 'We have a name, a photograph and a vehicle, and we will find him' },
    { file: L, speaker: 'Lamara Vakhidova', cue: 'she said', quote: 'We received four men from the governor’s guard. None of them could be saved' },
    { file: L, speaker: 'Asya Dudaeva', cue: 'she said', quote: 'Don’t let them tell you it was only guards and one vendor. I closed the boy’s eyes myself' },
    { file: L, speaker: 'Arkadiy Velesov', cue: 'he said', quote: 'Whoever posted that statement is trying to turn a family vendetta into a war of liberation' },
    { file: L, speaker: 'Dilara Mussina', cue: 'she told the Lamp by phone', quote: 'The governor was not wounded. He is in his office and he is working' },
    { file: B, speaker: 'Timur Askerov', cue: 'Mr Askerov told RZN News', quote: 'One man left Shorakh in a white pickup ten minutes after the shooting, and he has not been caught' },
    { file: B, speaker: 'Asya Dudaeva', cue: 'said Asya Dudaeva', quote: 'They say one civilian. Come and count the graves' },
    { file: D, speaker: 'Ruslan Khadzhiev', cue: 'Mr Khadzhiev told residents', quote: 'They came for a funeral and they will get a trial' },
    { file: D, speaker: 'Arkadiy Velesov', cue: 'the minister said', quote: 'Every participant in this crime has been detained or neutralised. Nobody who fired on Kuvash Road is walking free' },
    { file: D, speaker: 'Ramzan Eldarov', cue: 'Col. Eldarov said', quote: 'My men did exactly what they were trained to do. The governor never left our cover' },
    { file: X, speaker: 'Lev Arutyunov', cue: 'said Lev Arutyunov', quote: 'The Front claims everything, and the ministry blames whoever is convenient that week' },
    { file: X, speaker: 'Marat Ilyasov', cue: 'said Marat Ilyasov', quote: 'Zarkhan has been promised order for thirty years. What it needs first is an honest count of its dead' },
  ],

  contradictions: [
    {
      id: 'guards-killed', level: 'core', kind: 'numeric',
      summary: 'Bodyguards of the governor killed: three according to the Interior Ministry and Interior Minister Arkadiy Velesov (repeated by the state-aligned paper); four according to Sarvan Regional Hospital and its chief doctor Lamara Vakhidova, who says four men of the guard were brought in and none could be saved.',
      sides: [
        { file: W, quote: "Three of the governor's bodyguards were killed, Interior Minister Arkadiy Velesov told reporters in the capital, Tarkoval.", value: '3', speaker: 'Arkadiy Velesov', camp: 'A' },
        { file: L, quote: 'The Interior Ministry now says three members of the governor’s guard are dead.', value: '3', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'laid wreaths at the graves of the three officers of his protection detail who gave their lives defending him', value: '3', speaker: 'Tarkoval Meridian', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says three bodyguards died, one of them in surgery on Monday afternoon.', value: '3', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'We received four men from the governor’s guard. None of them could be saved', value: '4', speaker: 'Lamara Vakhidova', camp: 'B' },
        { file: B, quote: 'The hospital’s chief doctor says four bodyguards died', value: '4', speaker: 'Lamara Vakhidova', camp: 'B' },
        { file: B, quote: 'said the hospital had received the bodies of four bodyguards', value: '4', speaker: 'Lamara Vakhidova', camp: 'B' },
        { file: X, quote: 'says four guards were brought in and none could be saved', value: '4', speaker: 'Lamara Vakhidova', camp: 'B' },
      ],
    },
    {
      id: 'bystanders-killed', level: 'secondary', kind: 'numeric',
      summary: 'Bystanders killed: one, a bread seller, according to the Interior Ministry (repeated by the state-aligned paper); three villagers of Shorakh (Chorakh) - the bread seller, a pensioner and a 12-year-old boy - according to residents and the shopkeeper Asya Dudaeva.',
      sides: [
        { file: W, quote: 'A street vendor selling bread at the roadside was also killed, the ministry said.', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The Interior Ministry says three bodyguards and one passer-by were killed.', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'One civilian, a bread seller, was killed by a stray bullet, the Interior Ministry said.', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The ministry counts one, a bread seller.', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'says three people from the village were killed: a bread seller, a pensioner waiting for the bus and a 12-year-old boy on his way to her shop', value: '3', speaker: 'Asya Dudaeva', camp: 'B' },
        { file: B, quote: 'Residents of Shorakh say three villagers were killed', value: '3', speaker: 'residents of Shorakh', camp: 'B' },
        { file: B, quote: 'Residents say three villagers died', value: '3', speaker: 'residents of Shorakh', camp: 'B' },
        { file: X, quote: 'Villagers in Chorakh say three of their neighbors died, among them a 12-year-old boy', value: '3', speaker: 'residents of Shorakh', camp: 'B' },
      ],
    },
    {
      id: 'governor-wounded', level: 'core', kind: 'polarity',
      summary: 'Whether Governor Ruslan Khadzhiev (Hadjiev) was wounded: unhurt, according to his office and his press secretary Dilara Mussina (repeated by the state-aligned paper, which calls reports of a wound false rumours); treated at Sarvan Regional Hospital for a shrapnel wound to his left forearm, according to a nurse (live blog) and two hospital staff (web story).',
      sides: [
        { file: W, quote: 'Hadjiev was not hurt, his press secretary, Dilara Mussina, said.', value: 'unhurt', speaker: 'Dilara Mussina', camp: 'A' },
        { file: L, quote: 'The governor was not wounded. He is in his office and he is working', value: 'not wounded', speaker: 'Dilara Mussina', camp: 'A' },
        { file: B, quote: 'The governor’s office said on Tuesday that Mr Khadzhiev “was not injured in any way”', value: 'not injured', speaker: 'governor\'s office', camp: 'A' },
        { file: D, quote: 'The governor, who was unharmed in Monday’s ambush', value: 'unharmed', speaker: 'Tarkoval Meridian', camp: 'A' },
        { file: D, quote: 'Rumours that the governor himself had been hurt were false, his press secretary Dilara Mussina said.', value: 'not hurt', speaker: 'Dilara Mussina', camp: 'A' },
        { file: X, quote: 'His office says no: he was "not injured in any way"', value: 'not injured', speaker: 'governor\'s office', camp: 'A' },
        { file: L, quote: 'a surgeon dressed a wound to his left arm', value: 'wounded', speaker: 'nurse at Sarvan Regional Hospital', camp: 'B' },
        { file: B, quote: 'Governor was wounded in Shorakh ambush, hospital staff say', value: 'wounded', speaker: 'hospital staff', camp: 'B' },
        { file: B, quote: 'Both said the governor was treated for a shrapnel wound to his left forearm', value: 'wounded', speaker: 'hospital staff', camp: 'B' },
        { file: X, quote: 'Two hospital staff told RZN News he was treated for a shrapnel wound to his left forearm', value: 'wounded', speaker: 'hospital staff', camp: 'B' },
      ],
    },
    {
      id: 'who-attacked', level: 'core', kind: 'attribution',
      summary: 'Who carried out the attack: the separatist Free Zarkhan Front (FZF), which claimed it in a statement on its messaging channel; the Tagaev clan (Tagayev), according to Interior Minister Arkadiy Velesov, who calls the FZF claim a lie by "bandits abroad" and says the clan was feuding with the governor over revoked quarry licences.',
      sides: [
        { file: W, quote: 'said in a statement on its messaging channel that its fighters had carried out the ambush', value: 'FZF', speaker: 'Free Zarkhan Front', camp: 'A' },
        { file: L, quote: 'says its fighters carried out the attack', value: 'FZF', speaker: 'Free Zarkhan Front', camp: 'A' },
        { file: B, quote: 'said on Monday that its fighters had carried out the attack', value: 'FZF', speaker: 'Free Zarkhan Front', camp: 'A' },
        { file: X, quote: 'said on Monday that its fighters carried out the attack', value: 'FZF', speaker: 'Free Zarkhan Front', camp: 'A' },
        { file: W, quote: 'He said the gunmen belonged to the Tagayev clan', value: 'Tagaev clan', speaker: 'Arkadiy Velesov', camp: 'B' },
        { file: L, quote: 'He says the gunmen were members of the Tagaev clan', value: 'Tagaev clan', speaker: 'Arkadiy Velesov', camp: 'B' },
        { file: B, quote: 'The Interior Ministry says the attackers belonged to the Tagaev clan', value: 'Tagaev clan', speaker: 'Interior Ministry', camp: 'B' },
        { file: D, quote: 'the attack was organised by members of the Tagaev clan', value: 'Tagaev clan', speaker: 'Interior Ministry', camp: 'B' },
        { file: X, quote: 'says the gunmen were members of the Tagayev clan', value: 'Tagaev clan', speaker: 'Arkadiy Velesov', camp: 'B' },
      ],
    },
    {
      id: 'suspects-arrested', level: 'secondary', kind: 'numeric',
      summary: 'Suspects arrested: five, according to Interior Minister Arkadiy Velesov (repeated by the state-aligned paper); three, detained and charged with terrorism and murder, according to the Zarkhan Regional Prosecutor\'s Office and its spokesman Timur Askerov, which runs the case.',
      sides: [
        { file: W, quote: 'five suspects had been arrested in overnight raids', value: '5', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'said on Tuesday morning that five suspects had been arrested', value: '5', speaker: 'Arkadiy Velesov', camp: 'A' },
        { file: D, quote: 'five suspects were arrested within 24 hours of the attack', value: '5', speaker: 'Arkadiy Velesov', camp: 'A' },
        { file: X, quote: 'Velesov says five suspects are in custody.', value: '5', speaker: 'Arkadiy Velesov', camp: 'A' },
        { file: W, quote: 'said three suspects had been detained and charged with terrorism and murder', value: '3', speaker: 'Timur Askerov', camp: 'B' },
        { file: B, quote: 'said three men were in custody and had been charged', value: '3', speaker: 'Timur Askerov', camp: 'B' },
        { file: X, quote: 'says three men have been detained and charged with terrorism and murder', value: '3', speaker: 'Zarkhan Regional Prosecutor\'s Office', camp: 'B' },
      ],
    },
    {
      id: 'suspect-at-large', level: 'core', kind: 'status',
      summary: 'Whether any attacker is still at large: no, according to Interior Minister Arkadiy Velesov, who says every participant is detained or dead (two gunmen shot at the scene); yes, according to the Zarkhan Regional Prosecutor\'s Office and Timur Askerov, who say a fourth suspect fled Shorakh in a white pickup and is being hunted.',
      sides: [
        { file: W, quote: 'every participant in the attack had been detained or killed', value: 'none at large', speaker: 'Arkadiy Velesov', camp: 'A' },
        { file: B, quote: '“every participant” in the attack was in custody or dead', value: 'none at large', speaker: 'Arkadiy Velesov', camp: 'A' },
        { file: D, quote: 'Nobody who fired on Kuvash Road is walking free', value: 'none at large', speaker: 'Arkadiy Velesov', camp: 'A' },
        { file: X, quote: 'The minister says no: "every participant" is detained or dead', value: 'none at large', speaker: 'Arkadiy Velesov', camp: 'A' },
        { file: W, quote: 'investigators were still searching for a fourth man who fled the village in a white pickup truck', value: 'one at large', speaker: 'Timur Askerov', camp: 'B' },
        { file: B, quote: 'a fourth suspect was still at large', value: 'one at large', speaker: 'Timur Askerov', camp: 'B' },
        { file: B, quote: 'One man left Shorakh in a white pickup ten minutes after the shooting, and he has not been caught', value: 'one at large', speaker: 'Timur Askerov', camp: 'B' },
        { file: X, quote: 'says a fourth suspect escaped in a white pickup truck and that a manhunt is under way', value: 'one at large', speaker: 'Zarkhan Regional Prosecutor\'s Office', camp: 'B' },
      ],
    },
    {
      id: 'attack-time', level: 'secondary', kind: 'temporal',
      summary: 'When the attack happened on Monday morning: at 08:40, according to the governor\'s office and the Interior Ministry (repeated by the state-aligned paper); at about 09:20, according to residents of Shorakh, with the first ambulance call logged by Sarvan Regional Hospital at 09:24.',
      sides: [
        { file: W, quote: "The governor's office said the attack happened at 8:40 a.m.", value: '08:40', speaker: 'governor\'s office', camp: 'A' },
        { file: B, quote: 'The governor’s office says the convoy was ambushed at 08:40', value: '08:40', speaker: 'governor\'s office', camp: 'A' },
        { file: D, quote: 'The ambush began at 08:40', value: '08:40', speaker: 'Tarkoval Meridian', camp: 'A' },
        { file: X, quote: "The governor's office and the Interior Ministry say the convoy was ambushed at 8:40 a.m.", value: '08:40', speaker: 'governor\'s office', camp: 'A' },
        { file: L, quote: 'report a long burst of gunfire on the main road about 40 minutes ago', value: 'about 09:20', speaker: 'residents of Shorakh', camp: 'B' },
        { file: L, quote: 'The first call to the ambulance service came at 09:24', value: '09:24 first call', speaker: 'Sarvan Regional Hospital', camp: 'B' },
        { file: B, quote: 'Residents put the time of the attack at about 09:20.', value: 'about 09:20', speaker: 'residents of Shorakh', camp: 'B' },
        { file: X, quote: 'Villagers interviewed by RZN News put it at about 9:20', value: 'about 09:20', speaker: 'residents of Shorakh', camp: 'B' },
      ],
    },
    {
      id: 'trial-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "They came for a funeral and they will get a trial" is credited to Interior Minister Arkadiy Velesov by the wire (in Tarkoval) and to Governor Ruslan Khadzhiev by the state-aligned paper (in Shorakh).',
      sides: [
        { file: W, quote: '"They came for a funeral and they will get a trial."', speaker: 'Arkadiy Velesov', camp: 'A' },
        { file: D, quote: '“They came for a funeral and they will get a trial,” Mr Khadzhiev told residents', speaker: 'Ruslan Khadzhiev', camp: 'B' },
      ],
    },
    {
      id: 'wounded-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said at least 11 people had been wounded, then corrected it to seven, the figure of Sarvan Regional Hospital (four more were treated for shock and sent home); the wire also says seven.',
      sides: [
        { file: L, quote: 'At least 11 people have been wounded in the attack', value: '11', speaker: 'hospital administrator', camp: 'A' },
        { file: L, quote: 'Sarvan Regional Hospital says seven people were wounded', value: '7', speaker: 'Sarvan Regional Hospital', camp: 'B' },
        { file: W, quote: 'Seven people were wounded, according to Sarvan Regional Hospital.', value: '7', speaker: 'Sarvan Regional Hospital', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'cartridges-rounded', kind: 'numeric',
      summary: '193 cartridge cases (wire, from the prosecutor\'s spokesman) and "Nearly 200" (explainer) are one figure, rounded.',
      sides: [
        { file: W, quote: 'Police collected 193 cartridge cases from the road and the slope above it', value: '193' },
        { file: X, quote: 'Nearly 200 cartridge cases were later collected from the road and the hillside', value: '~200' },
      ],
    },
    {
      id: 'guards-updated', kind: 'numeric',
      summary: 'Two bodyguards dead at midday on Monday (the ministry, in the live blog) and three on Monday evening "up from two" after a guard died in surgery (the ministry, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Two of the governor’s bodyguards have been killed, the Interior Ministry says.', value: '2 (Monday midday)' },
        { file: W, quote: "The ministry's count of dead guards rose to three on Monday evening, up from two, when a wounded guard died in surgery.", value: '3 (Monday evening)' },
      ],
    },
    {
      id: 'motorcade-part', kind: 'numeric',
      summary: 'The six-vehicle motorcade (state-aligned paper) and the two armored SUVs in it (explainer) are whole and part.',
      sides: [
        { file: D, quote: 'the six-vehicle motorcade slowed for a speed bump', value: '6 vehicles (whole)' },
        { file: X, quote: 'The governor was riding in one of two armored SUVs in the convoy.', value: '2 armored SUVs (part)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a terrorism investigation" (web story) and "A criminal case under the anti-terrorism law" (state-aligned paper) describe the same step in different words.',
      sides: [
        { file: B, quote: 'Prosecutors have opened a terrorism investigation.', value: 'terrorism investigation opened' },
        { file: D, quote: 'A criminal case under the anti-terrorism law has been opened.', value: 'criminal case opened' },
      ],
    },
    {
      id: 'funeral-crowd', kind: 'numeric',
      summary: '"More than 3,000 people" (web story) and "About 4,000 mourners" (state-aligned paper) at the guards\' funeral in Sarvan on Tuesday are compatible approximations.',
      sides: [
        { file: B, quote: 'More than 3,000 people attended the funeral of the guards in Sarvan on Tuesday', value: '>3,000' },
        { file: D, quote: 'About 4,000 mourners attended the funeral of the guards in Sarvan on Tuesday', value: '~4,000' },
      ],
    },
    {
      id: 'curfew-days', kind: 'temporal',
      summary: 'The curfew from 21:00 imposed on Monday (wire) and the curfew from 23:00 from Wednesday (state-aligned paper) are different days\' rules, reported as a change.',
      sides: [
        { file: W, quote: 'A curfew from 9 p.m. to 6 a.m. was imposed on Sarvan and the Kuvash valley on Monday', value: '21:00 (from Monday)' },
        { file: D, quote: 'From Wednesday the curfew in Sarvan and the Kuvash valley will begin at 23:00 instead of 21:00', value: '23:00 (from Wednesday)' },
      ],
    },
    {
      id: 'bomb-2021', kind: 'numeric',
      summary: 'The two police officers killed by a roadside bomb near Kuvash in 2021 belong to an earlier attack, not a rival figure for this attack\'s toll.',
      sides: [
        { file: X, quote: "In 2021 a roadside bomb near Kuvash killed two police officers escorting Hadjiev's predecessor.", value: '2 (2021 bomb)' },
        { file: X, quote: "Even by the ministry's count, Monday's ambush is the deadliest attack on a Rundavian official in at least a decade.", value: 'this attack' },
      ],
    },
  ],
};
