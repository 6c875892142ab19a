// Hand-written gold source for the car-bomb killing of the reporter Danica Perović in Korsan,
// Ardevia (invented event, May 2026). build-gold.mjs turns it into ../gold/journalist-killing.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links), and the state-aligned paper is Markdown with YAML front matter.
// Site furniture, bylines, date and "Updated" lines, "Advertisement", "Read more" lines, the
// wire's reporting line, the source list and the bio are metadata (meta: 1-based line numbers);
// headlines, standfirsts, key points, image alt texts, captions and credits are counted text.
// Link URLs are in ignore.
const W = 'ratline-wire.txt'; // Ratline wire (Tuesday 12 May), US style, straight quotes, writes Perovic, Djurkan, Sindik, Brkljac
const L = '651b621981982b5a.txt'; // The Korsan Signal live blog, newest first (Monday 11 May 08:35 to Tuesday 12 May 18:40), UK style, curly quotes
const B = '0c204077493064c4.md'; // AVT News web story (Tuesday 12 May, late evening), UK style, curly quotes
const D = 'da8e6b6fe8755785.md'; // state-aligned National Tribune (Wednesday 13 May), YAML front matter, UK style, curly quotes
const X = '29da16558164f9cf.txt'; // The Plumb Line explainer in questions (Thursday 14 May), US style, straight quotes, writes Perovic, Djurkan, Sindik, Brkljac, Sardelic

export default {
  corpus: 'journalist-killing',
  note: 'Invented event written for the project: on Monday morning, 11 May 2026, a bomb fixed under the car of Danica Perović (Perovic in the wire and the explainer), 44, a senior reporter at the independent weekly Otvoreno, explodes as she drives away from her home on Maslina Street in the Borik district of Korsan, the main port city of the fictional country of Ardevia (capital Velinje). For two years she had investigated the 30-year concession for the container terminal at the Port of Korsan, awarded in 2024 by the Ministry of Maritime Affairs to Sidra Terminals, owned by the businessman Radomir Đurkan (Djurkan in the wire and the explainer). Five invented outlets: the Ratline wire (Tuesday), The Korsan Signal live blog, newest first (Monday 08:35 to Tuesday 18:40), the AVT News web story (Tuesday night), the state-aligned National Tribune (Wednesday) and The Plumb Line explainer (Thursday); four files have random names. Interior Minister Boris Halmi and the Ministry of the Interior, the National Police and their spokesman Chief Inspector Marin Tolj, the Public Prosecutor\'s Office and its spokeswoman Mirna Kos, Otvoreno\'s editor Goran Vidmar, the reporter\'s sister Jelena Perović, Đurkan\'s lawyer Petra Šindik (Sindik), the lawyer Nenad Ivkov for the arrested former soldier Dario Vuksan, the opposition Democratic Horizon and its leader Ana Brkljač (Brkljac), the press-freedom group Reporters\' Shield, the Council of the Middle Sea (CMS) and its media-freedom representative Helga Vaarsen, and Prime Minister Stjepan Orlić disagree about whether she had asked for police protection (a letter in February and a patrol withdrawn in April, by her editor and sister, against no request and no patrol, by the minister), the suspects arrested (three by the police, five by the minister), whether a suspect confessed (yes, by the minister, against nothing, by his lawyer), whether Đurkan is in custody (held on a 48-hour order, by the prosecutors, against questioned as a witness and released, by his lawyer and the state-aligned paper), when the blast happened (07:42 by the police, against about 08:10 by a neighbour and her editor, who had a message from her at 08:04), the reward (250,000 talars announced by the minister, against 500,000 in the state-aligned paper), who is to blame (foreign drug clans, by the minister, against the government and the port deal, by the opposition, the family and the press-freedom group) and who said "She was never afraid of them, only of being wrong" (the editor in the wire, the sister in the state-aligned paper); the live blog corrects its own count of people questioned (14, then 11). 38.6 million talars and "nearly 40 million talars" a year are one figure rounded; one passer-by injured on Monday and two on Tuesday "up from one" is an update reported as such; four journalists killed since 1998 and 17 attacked last year are different sets; a special team of 40 detectives and more than 300 officers assigned are part and whole; "a murder investigation" and "criminal proceedings for murder" are synonyms; about 600 at Monday\'s vigil and more than 8,000 at Tuesday\'s march are different days; "More than 8,000" and "About 9,000" marchers agree. "Ardevian" is a demonym; "Korsan" inside Port of Korsan and The Korsan Signal is nested; the sisters share the surname Perović, and the surname alone always names Danica.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 45],
    [L]: [1, 2, 3, 4, 10, 11, 33, 70, 79, 80, 82],
    [B]: [1, 7, 9, 21, 49, 63, 64, 65],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 63, 64, 65, 66, 67, 69],
  },

  actors: [
    // places
    { id: 'ardevia', name: 'Ardevia', type: 'place', forms: ['Ardevia'], note: 'the country; "Ardevian" is a demonym; "the country" is nominal' },
    { id: 'velinje', name: 'Velinje', type: 'place', forms: ['Velinje', 'VELINJE'], note: 'the capital (dateline in capitals in the state-aligned paper); "the capital" is nominal' },
    { id: 'korsan', name: 'Korsan', type: 'place', forms: ['Korsan', 'KORSAN'], note: 'the port city; nested in Port of Korsan and The Korsan Signal; "Korsan police" holds a place mention; "the city" is nominal' },
    { id: 'port', name: 'Port of Korsan', type: 'place', forms: ['Port of Korsan'], note: 'the port (a named facility)' },
    { id: 'borik', name: 'Borik', type: 'place', forms: ['Borik'], note: 'the district of her home ("the Borik roundabout" holds a mention)' },
    { id: 'maslina', name: 'Maslina Street', type: 'place', forms: ['Maslina Street'], note: 'her street' },
    { id: 'harbour', name: 'Harbour Street', type: 'place', forms: ['Harbour Street'], note: 'street of Otvoreno\'s offices and the port authority' },
    { id: 'ulvara', name: 'Ulvara', type: 'place', forms: ['Ulvara'], note: 'border town of one arrest, in the state-aligned paper' },
    // organizations
    { id: 'otvoreno', name: 'Otvoreno', type: 'organization', forms: ['Otvoreno'], note: 'the independent weekly she worked for; "the paper", "the weekly" are nominal' },
    { id: 'interior', name: 'Ministry of the Interior', type: 'organization', forms: ['Ministry of the Interior', 'Interior Ministry'], note: '"the ministry" is nominal' },
    { id: 'police', name: 'National Police', type: 'organization', forms: ['National Police'], note: 'the national police force; lowercase "police" is nominal' },
    { id: 'prosecutor', name: 'Public Prosecutor\'s Office', type: 'organization', forms: ['Public Prosecutor\'s Office', 'Public Prosecutor’s Office'], note: 'straight or curly apostrophe; the \'s belongs to the name; "the prosecutor\'s office" and "prosecutors" are nominal' },
    { id: 'maritime', name: 'Ministry of Maritime Affairs', type: 'organization', forms: ['Ministry of Maritime Affairs'], note: 'awarded the terminal concession' },
    { id: 'sidra', name: 'Sidra Terminals', type: 'organization', forms: ['Sidra Terminals', 'Sidra'], note: 'Đurkan\'s company, which runs the container terminal; "the company" is nominal' },
    { id: 'shield', name: 'Reporters\' Shield', type: 'organization', forms: ['Reporters\' Shield', 'Reporters’ Shield'], note: 'press-freedom group (straight or curly apostrophe)' },
    { id: 'cms', name: 'Council of the Middle Sea', type: 'organization', forms: ['Council of the Middle Sea', 'CMS'], note: 'international organization, defined as (CMS); "the council" is nominal' },
    { id: 'horizon', name: 'Democratic Horizon', type: 'organization', forms: ['Democratic Horizon'], note: 'the opposition party' },
    { id: 'ratline', name: 'Ratline', type: 'organization', forms: ['Ratline'], note: 'the wire agency: the dateline "(Ratline)" and "told Ratline" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'signal', name: 'The Korsan Signal', type: 'organization', forms: ['The Korsan Signal'], note: 'the city paper running the live blog: its photo credit is a mention; its site-name line and the source list are metadata' },
    { id: 'avt', name: 'AVT News', type: 'organization', forms: ['AVT News'], note: 'the web news site, named in its own text and photo credit (reused by the explainer); its breadcrumb line is metadata' },
    { id: 'tribune', name: 'National Tribune', type: 'organization', forms: ['National Tribune'], note: 'the state-aligned paper: its front matter and the source list are metadata; the explainer\'s "the government-friendly National Tribune" and "The National Tribune reported" are mentions (the article is outside the span)' },
    { id: 'plumb', name: 'The Plumb Line', type: 'organization', forms: ['The Plumb Line'], note: 'the explainer\'s site: "when The Plumb Line asked" is a mention; its site-name line and the bio are metadata' },
    // people
    { id: 'perovic', name: 'Danica Perović', type: 'person', forms: ['Danica Perović', 'Danica Perovic', 'Perović', 'Perovic', 'Danica'], note: 'the reporter who was killed (Perovic in the wire and the explainer); the surname alone always names her, not her sister; "Mrs Perović" -> "Perović"; "Danica" alone in quotes and the live blog' },
    { id: 'jelena', name: 'Jelena Perović', type: 'person', forms: ['Jelena Perović', 'Jelena Perovic', 'Jelena'], note: 'her sister; "Perović’s sister, Jelena" holds a first-name mention' },
    { id: 'vidmar', name: 'Goran Vidmar', type: 'person', forms: ['Goran Vidmar', 'Vidmar'], note: 'Otvoreno\'s editor-in-chief; "Mr Vidmar" -> "Vidmar"' },
    { id: 'halmi', name: 'Boris Halmi', type: 'person', forms: ['Boris Halmi', 'Halmi'], note: 'Interior Minister; the title is outside the span; "the minister" is nominal' },
    { id: 'tolj', name: 'Marin Tolj', type: 'person', forms: ['Marin Tolj', 'Tolj'], note: 'police spokesman; "Chief Inspector" is outside the span' },
    { id: 'kos', name: 'Mirna Kos', type: 'person', forms: ['Mirna Kos'], note: 'spokeswoman for the Public Prosecutor\'s Office' },
    { id: 'durkan', name: 'Radomir Đurkan', type: 'person', forms: ['Radomir Đurkan', 'Radomir Djurkan', 'Đurkan', 'Djurkan'], note: 'the port tycoon, owner of Sidra Terminals (Djurkan in the wire and the explainer); "Mr Đurkan" -> "Đurkan"' },
    { id: 'sindik', name: 'Petra Šindik', type: 'person', forms: ['Petra Šindik', 'Petra Sindik', 'Šindik'], note: 'Đurkan\'s lawyer (Sindik in the wire and the explainer); "Mrs Šindik" -> "Šindik"' },
    { id: 'ivkov', name: 'Nenad Ivkov', type: 'person', forms: ['Nenad Ivkov'], note: 'lawyer for the arrested former soldier Dario Vuksan' },
    { id: 'vuksan', name: 'Dario Vuksan', type: 'person', forms: ['Dario Vuksan', 'Vuksan'], note: 'the arrested former soldier the minister says confessed; "Mr Vuksan" -> "Vuksan"' },
    { id: 'brkljac', name: 'Ana Brkljač', type: 'person', forms: ['Ana Brkljač', 'Ana Brkljac', 'Brkljač'], note: 'leader of Democratic Horizon (Brkljac in the wire and the explainer); "Ms Brkljač" -> "Brkljač"' },
    { id: 'vaarsen', name: 'Helga Vaarsen', type: 'person', forms: ['Helga Vaarsen'], note: 'the CMS representative on media freedom' },
    { id: 'orlic', name: 'Stjepan Orlić', type: 'person', forms: ['Stjepan Orlić'], note: 'Prime Minister, in the state-aligned paper' },
    { id: 'baric', name: 'Teo Barić', type: 'person', forms: ['Teo Barić'], note: 'The Korsan Signal port correspondent: his byline is metadata; his photo credit is a mention' },
    { id: 'sardelic', name: 'Ivo Sardelić', type: 'person', forms: ['Ivo Sardelić', 'Ivo Sardelic'], note: 'AVT News reporter: his byline is metadata; his photo credits (Sardelic in the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|minister|paper|weekly|council|company|government|prosecutor's office|prosecutor’s office|port authority|capital|country|city|family|opposition)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '(?<!National )\\b[Pp]olice\\b', why: 'nominal reference to the police (the National Police)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Public Prosecutor\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Marin Tolj', cue: 'he said', quote: 'We have three men in custody and we are looking for others' },
    { file: W, speaker: 'Mirna Kos', cue: 'she said', quote: 'He is in custody and will be questioned again tomorrow' },
    { file: W, speaker: 'Goran Vidmar', cue: 'Vidmar told Ratline', quote: 'She was never afraid of them, only of being wrong' },
    { file: W, speaker: 'Boris Halmi', cue: 'he said on Monday evening', quote: 'Danica Perovic never asked the police for protection. If she had asked, she would have had it' },
    { file: W, speaker: 'Jelena Perović', cue: 'she said', quote: 'They will find the boys who placed the bomb and they will stop there' },
    { file: L, speaker: 'Petra Šindik', cue: 'she said', quote: 'My client answered every question for four hours as a witness, and he has now gone home to his family' },
    { file: L, speaker: 'Ana Brkljač', cue: 'Ms Brkljač said', quote: 'She named names. Now ask who had a reason to silence her' },
    { file: B, speaker: 'Mirna Kos', cue: 'told AVT News', quote: 'Mr Đurkan is being held under a 48-hour detention order. That order has not been lifted' },
    { file: B, speaker: 'Boris Halmi', cue: 'Mr Halmi said', quote: 'He has told investigators where he got the explosive and who drove him to Maslina Street' },
    { file: B, speaker: 'Nenad Ivkov', cue: 'he said', quote: 'Mr Vuksan denies any part in this crime. He has signed no statement, and nobody has put a confession in front of me' },
    { file: B, speaker: 'Jelena Perović', cue: 'she said', quote: 'My sister wrote to them in February. They put a car outside, then they took it away, and now they say she never asked' },
    { file: D, speaker: 'Boris Halmi', cue: 'he said', quote: 'Our records were searched line by line on Monday night. There is no request from her, and there was no patrol to withdraw' },
    { file: D, speaker: 'Jelena Perović', cue: 'Jelena Perović said', quote: 'She was never afraid of them, only of being wrong' },
    { file: D, speaker: 'Petra Šindik', cue: 'Mrs Šindik said', quote: 'Those who are trying him on social media should remember that he has been accused of nothing' },
    { file: X, speaker: 'Ana Brkljač', cue: 'said Ana Brkljac', quote: 'Danica wrote about the people this government protects' },
  ],

  contradictions: [
    {
      id: 'protection-request', level: 'core', kind: 'polarity',
      summary: 'Whether Danica Perović had asked for police protection: her editor Goran Vidmar and her sister Jelena say she asked in writing in February and was given a patrol that was withdrawn in April; Interior Minister Boris Halmi says she never asked, there is no request in the records and there was no patrol to withdraw.',
      sides: [
        { file: W, quote: 'said Perovic had asked the police in writing for protection in February', value: 'asked (February letter)', speaker: 'Goran Vidmar', camp: 'A' },
        { file: L, quote: 'He says Danica asked the police for protection in writing in February', value: 'asked (February letter)', speaker: 'Goran Vidmar', camp: 'A' },
        { file: B, quote: 'said she had asked the police for protection in a letter in February', value: 'asked (February letter)', speaker: 'Goran Vidmar', camp: 'A' },
        { file: B, quote: 'My sister wrote to them in February.', value: 'asked', speaker: 'Jelena Perović', camp: 'A' },
        { file: X, quote: 'Vidmar says she wrote to the police in February', value: 'asked (February letter)', speaker: 'Goran Vidmar', camp: 'A' },
        { file: W, quote: 'Danica Perovic never asked the police for protection.', value: 'never asked', speaker: 'Boris Halmi', camp: 'B' },
        { file: L, quote: 'He said Danica Perović had “never asked the police for protection”', value: 'never asked', speaker: 'Boris Halmi', camp: 'B' },
        { file: B, quote: 'The minister has denied that any request was made.', value: 'no request', speaker: 'Boris Halmi', camp: 'B' },
        { file: D, quote: 'There is no request from her, and there was no patrol to withdraw', value: 'no request', speaker: 'Boris Halmi', camp: 'B' },
        { file: X, quote: "Interior Minister Boris Halmi says there is no request in the ministry's records", value: 'no request', speaker: 'Boris Halmi', camp: 'B' },
      ],
    },
    {
      id: 'arrests', level: 'core', kind: 'numeric',
      summary: 'Suspects arrested by Tuesday evening: three men, according to the National Police and their spokesman Marin Tolj, who repeated the figure on Wednesday; five, according to Interior Minister Boris Halmi at his Tuesday evening news conference (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'Police in Ardevia arrested three men on Tuesday', value: '3', speaker: 'National Police', camp: 'A' },
        { file: W, quote: 'We have three men in custody and we are looking for others', value: '3', speaker: 'Marin Tolj', camp: 'A' },
        { file: L, quote: 'says three men were arrested in raids at dawn', value: '3', speaker: 'Marin Tolj', camp: 'A' },
        { file: B, quote: 'The National Police have said throughout the day that three men are in custody.', value: '3', speaker: 'National Police', camp: 'A' },
        { file: X, quote: 'The National Police say three men are in custody, and repeated that figure on Wednesday.', value: '3', speaker: 'National Police', camp: 'A' },
        { file: B, quote: 'Interior Minister Boris Halmi said five suspects had been arrested', value: '5', speaker: 'Boris Halmi', camp: 'B' },
        { file: D, quote: 'Five suspects are in custody over Monday’s bomb attack in Korsan', value: '5', speaker: 'Boris Halmi', camp: 'B' },
        { file: D, quote: 'The minister said the five were arrested in a coordinated operation', value: '5', speaker: 'Boris Halmi', camp: 'B' },
        { file: X, quote: 'Halmi told a news conference on Tuesday evening that five suspects had been arrested.', value: '5', speaker: 'Boris Halmi', camp: 'B' },
      ],
    },
    {
      id: 'confession', level: 'core', kind: 'polarity',
      summary: 'Whether an arrested suspect confessed: Interior Minister Boris Halmi says a 31-year-old former soldier confessed to fixing the bomb under the car (repeated by the state-aligned paper); the man\'s lawyer Nenad Ivkov says Dario Vuksan has confessed to nothing, denies any part and has signed no statement.',
      sides: [
        { file: B, quote: 'had confessed to fixing the device under Perović’s car', value: 'confessed', speaker: 'Boris Halmi', camp: 'A' },
        { file: B, quote: 'Interior Minister Boris Halmi says one of the suspects has confessed to planting the bomb', value: 'confessed', speaker: 'Boris Halmi', camp: 'A' },
        { file: D, quote: 'One, a former soldier, had admitted fixing the explosive device to the underside of Mrs Perović’s car', value: 'confessed', speaker: 'Boris Halmi', camp: 'A' },
        { file: X, quote: 'Halmi says one suspect, a 31-year-old former soldier, confessed to planting the bomb.', value: 'confessed', speaker: 'Boris Halmi', camp: 'A' },
        { file: B, quote: 'said his client had confessed to nothing', value: 'no confession', speaker: 'Nenad Ivkov', camp: 'B' },
        { file: B, quote: 'Mr Vuksan denies any part in this crime. He has signed no statement', value: 'denies', speaker: 'Nenad Ivkov', camp: 'B' },
        { file: X, quote: 'says his client, Dario Vuksan, "has confessed to nothing" and has signed no statement', value: 'no confession', speaker: 'Nenad Ivkov', camp: 'B' },
      ],
    },
    {
      id: 'durkan-custody', level: 'core', kind: 'status',
      summary: 'Whether the port tycoon Radomir Đurkan (Djurkan) is in custody: the Public Prosecutor\'s Office and its spokeswoman Mirna Kos say he was detained on Tuesday under a 48-hour order that has not been lifted; his lawyer Petra Šindik (Sindik) says he was heard as a witness, was never detained and went home on Tuesday afternoon, and the state-aligned paper reports him questioned and released.',
      sides: [
        { file: W, quote: 'had been detained on Tuesday afternoon and could be held for up to 48 hours', value: 'in custody', speaker: 'Public Prosecutor\'s Office', camp: 'A' },
        { file: W, quote: 'He is in custody and will be questioned again tomorrow', value: 'in custody', speaker: 'Mirna Kos', camp: 'A' },
        { file: B, quote: 'remains in custody after a day of questioning', value: 'in custody', speaker: 'Public Prosecutor\'s Office', camp: 'A' },
        { file: B, quote: 'Mr Đurkan is being held under a 48-hour detention order. That order has not been lifted', value: 'in custody', speaker: 'Mirna Kos', camp: 'A' },
        { file: X, quote: "The Public Prosecutor's Office says Djurkan was detained on Tuesday under a 48-hour order", value: 'in custody', speaker: 'Public Prosecutor\'s Office', camp: 'A' },
        { file: L, quote: 'His lawyer says he was questioned as a witness and has gone home.', value: 'released', speaker: 'Petra Šindik', camp: 'B' },
        { file: L, quote: 'He is not a suspect and he is not detained.', value: 'not detained', speaker: 'Petra Šindik', camp: 'B' },
        { file: B, quote: 'Petra Šindik said on Tuesday afternoon that Mr Đurkan had been heard as a witness and had left the building.', value: 'released', speaker: 'Petra Šindik', camp: 'B' },
        { file: D, quote: 'was questioned as a witness at the Public Prosecutor’s Office on Tuesday and released in the afternoon', value: 'released', speaker: 'Petra Šindik', camp: 'B' },
        { file: X, quote: 'says he was heard as a witness, was never detained and went home on Tuesday afternoon', value: 'never detained', speaker: 'Petra Šindik', camp: 'B' },
      ],
    },
    {
      id: 'blast-time', level: 'secondary', kind: 'temporal',
      summary: 'When the bomb went off on Monday morning: at 07:42, according to the National Police (repeated by the state-aligned paper); at about 08:10, according to a neighbour on Maslina Street and her editor Goran Vidmar, who received a message from her at 08:04 saying she was leaving.',
      sides: [
        { file: W, quote: 'Police said the blast happened at 7:42 a.m.', value: '07:42', speaker: 'National Police', camp: 'A' },
        { file: D, quote: 'the device exploded at 07:42 on Monday', value: '07:42', speaker: 'National Police', camp: 'A' },
        { file: X, quote: 'The National Police say the blast happened at 7:42 a.m.', value: '07:42', speaker: 'National Police', camp: 'A' },
        { file: L, quote: 'says she heard the explosion “at ten past eight, exactly', value: '08:10', speaker: 'a neighbour', camp: 'B' },
        { file: L, quote: 'He says she sent him a message at 08:04 to say she was leaving the house.', value: 'after 08:04', speaker: 'Goran Vidmar', camp: 'B' },
        { file: B, quote: 'the blast shook windows across the street shortly after 08:00 on Monday', value: 'after 08:00', speaker: 'neighbours', camp: 'B' },
        { file: X, quote: 'a neighbor puts the explosion at 8:10 a.m.', value: '08:10', speaker: 'a neighbour', camp: 'B' },
      ],
    },
    {
      id: 'reward', level: 'secondary', kind: 'numeric',
      summary: 'The reward for information: 250,000 talars, announced by Interior Minister Boris Halmi on Monday; 500,000 talars offered by the government, according to the state-aligned National Tribune.',
      sides: [
        { file: W, quote: 'He announced a reward of 250,000 talars for information leading to a conviction.', value: '250,000', speaker: 'Boris Halmi', camp: 'A' },
        { file: L, quote: 'announced a reward of 250,000 talars for information', value: '250,000', speaker: 'Boris Halmi', camp: 'A' },
        { file: X, quote: 'The Interior Ministry announced 250,000 talars on Monday.', value: '250,000', speaker: 'Ministry of the Interior', camp: 'A' },
        { file: D, quote: 'The government has offered a reward of 500,000 talars', value: '500,000', speaker: 'National Tribune', camp: 'B' },
        { file: X, quote: 'The National Tribune reported on Wednesday that the government was offering 500,000 talars.', value: '500,000', speaker: 'National Tribune', camp: 'B' },
      ],
    },
    {
      id: 'blame', level: 'secondary', kind: 'attribution',
      summary: 'Who is behind the killing: "foreign criminal clans" smuggling drugs through the ports, according to Interior Minister Boris Halmi (and the state-aligned paper); people tied to the port deal and protected by the government, according to the opposition leader Ana Brkljač (Brkljac), the family, her paper and Reporters\' Shield.',
      sides: [
        { file: W, quote: 'Halmi said the killing bore "the signature of foreign criminal clans"', value: 'foreign criminal clans', speaker: 'Boris Halmi', camp: 'A' },
        { file: L, quote: 'He said the attack bore “the signature of foreign criminal clans”', value: 'foreign criminal clans', speaker: 'Boris Halmi', camp: 'A' },
        { file: B, quote: 'Mr Halmi has said the killing points to foreign drug-smuggling clans.', value: 'foreign drug clans', speaker: 'Boris Halmi', camp: 'A' },
        { file: D, quote: 'bore “the signature of foreign criminal clans” which have tried to use Ardevia’s ports', value: 'foreign criminal clans', speaker: 'Boris Halmi', camp: 'A' },
        { file: X, quote: 'Halmi says the killing bears "the signature of foreign criminal clans"', value: 'foreign criminal clans', speaker: 'Boris Halmi', camp: 'A' },
        { file: W, quote: 'leader of the opposition Democratic Horizon party, blamed the government for the killing', value: 'the government', speaker: 'Ana Brkljač', camp: 'B' },
        { file: L, quote: 'said the government had “blood on its hands”', value: 'the government', speaker: 'Ana Brkljač', camp: 'B' },
        { file: B, quote: 'This crime was ordered by someone who thought he would never answer for anything', value: 'someone protected', speaker: 'Ana Brkljač', camp: 'B' },
        { file: B, quote: 'called that “a convenient theory that asks no questions of anyone in Korsan”', value: 'rejects foreign-clan theory', speaker: 'Reporters\' Shield', camp: 'B' },
        { file: X, quote: 'Her family, her paper and the opposition point instead at the port deal.', value: 'the port deal', speaker: 'The Plumb Line', camp: 'B' },
      ],
    },
    {
      id: 'never-afraid-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "She was never afraid of them, only of being wrong" is credited to Otvoreno\'s editor Goran Vidmar by the wire and to the reporter\'s sister Jelena Perović by the state-aligned paper.',
      sides: [
        { file: W, quote: '"She was never afraid of them, only of being wrong," Vidmar told Ratline', speaker: 'Goran Vidmar', camp: 'A' },
        { file: D, quote: '“She was never afraid of them, only of being wrong,” Jelena Perović said.', speaker: 'Jelena Perović', camp: 'B' },
      ],
    },
    {
      id: 'questioned-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said police had questioned 14 people since Monday, then corrected it to 11, the National Police figure; the explainer also says 11.',
      sides: [
        { file: L, quote: 'Police say 14 people have been questioned since Monday', value: '14', speaker: 'National Police', camp: 'A' },
        { file: L, quote: 'The National Police say the figure is 11.', value: '11', speaker: 'National Police', camp: 'B' },
        { file: X, quote: 'Police say 11 people have been questioned in all.', value: '11', speaker: 'National Police', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'concession-rounded', kind: 'numeric',
      summary: '38.6 million talars a year (wire) and "nearly 40 million talars a year" (explainer) in fees to Sidra Terminals are one figure, rounded.',
      sides: [
        { file: W, quote: 'The contract is worth 38.6 million talars a year in fees to the company', value: '38.6 million' },
        { file: X, quote: 'the fees it collects come to nearly 40 million talars a year', value: '~40 million' },
      ],
    },
    {
      id: 'injured-updated', kind: 'numeric',
      summary: 'One passer-by injured on Monday morning (live blog) and two people treated for light injuries on Tuesday "up from one in the first reports" (web story) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'One passer-by was slightly injured by flying glass.', value: '1 (Monday)' },
        { file: B, quote: 'Two people were treated for light injuries, police said on Tuesday, up from one in the first reports', value: '2 (Tuesday)' },
      ],
    },
    {
      id: 'journalists-sets', kind: 'numeric',
      summary: 'Four journalists killed in Ardevia since 1998 and 17 journalists physically attacked last year are different sets, both from Reporters\' Shield.',
      sides: [
        { file: W, quote: 'Perovic was the fourth journalist killed in Ardevia since 1998', value: '4 killed since 1998' },
        { file: X, quote: '17 journalists were physically attacked in the country last year', value: '17 attacked last year' },
      ],
    },
    {
      id: 'detectives-part', kind: 'numeric',
      summary: 'A special team of 40 detectives (wire) and more than 300 police officers assigned to the case (state-aligned paper) are part and whole, not rival counts.',
      sides: [
        { file: W, quote: 'A special team of 40 detectives has been assigned to the case', value: '40 detectives' },
        { file: D, quote: 'More than 300 police officers have been assigned to the case', value: '>300 officers' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a murder investigation" (wire) and "criminal proceedings for murder" (web story) describe the same step by the prosecutors in different words.',
      sides: [
        { file: W, quote: 'Prosecutors have opened a murder investigation.', value: 'murder investigation' },
        { file: B, quote: 'Prosecutors have opened criminal proceedings for murder.', value: 'criminal proceedings' },
      ],
    },
    {
      id: 'vigil-vs-march', kind: 'numeric',
      summary: 'About 600 people at the vigil outside Otvoreno on Monday night (live blog) and more than 8,000 marchers on Tuesday night (explainer) are different days\' gatherings.',
      sides: [
        { file: L, quote: 'About 600 people have gathered outside Otvoreno’s offices on Harbour Street.', value: '~600 (Monday vigil)' },
        { file: X, quote: 'More than 8,000 people marched in Korsan on Tuesday night', value: '>8,000 (Tuesday march)' },
      ],
    },
    {
      id: 'march-about-more-than', kind: 'numeric',
      summary: '"More than 8,000 people" (wire) and "About 9,000 people" (web story) marching in Korsan on Tuesday evening are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 8,000 people marched through the center of Korsan on Tuesday evening', value: '>8,000' },
        { file: B, quote: 'About 9,000 people marched from Borik to Harbour Street on Tuesday evening', value: '~9,000' },
      ],
    },
  ],
};
