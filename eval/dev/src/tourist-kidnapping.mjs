// Hand-written gold source for the kidnapping of a trekking group in the Varzhand Mountains of
// Dalzaria (invented event, September 2026). build-gold.mjs turns it into ../gold/tourist-kidnapping.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline, "Updated" line, "Advertisement",
// a caption with a photo credit, "Read more" lines, "Share this article"; the explainer also has
// footnote markers, a numbered source list and an author bio), the web story is Markdown
// converted from a news page (breadcrumb links, `# Headline`, italic standfirst, byline with a
// link, "Published ... · Updated ..." line, image line with caption and credit, key points,
// "Read more" links), and the state-aligned paper is Markdown with YAML front matter and no
// headline in the body. Site names, navigation bars, bylines, date and "Updated" lines, "Share
// this article", "Advertisement", "Read more" lines, the wire's reporting line, the source list
// and the bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'crampon-wire.txt'; // Crampon wire (Saturday 12 September), US style, straight quotes, writes Gazrek, Tohir Bekzoda, Aykol, Ilhomov, Saifi
const L = '8cdc3f8dd0f3bdd0.txt'; // The Ardahun Watch live blog, newest first (Saturday 12 September, 07:05 to 22:40), UK style, curly quotes
const B = '517f67af78bfa131.md'; // BSK News (a Brislander broadcaster) web story (Friday 11 September), UK style, curly quotes
const D = '2152e50a9a1998a7.md'; // state-aligned The Dalzarian Torch (Sunday 13 September), YAML front matter, UK style, curly quotes, writes Qaragash, Elisabeth Korrin
const X = '04af8adfbf7db2af.txt'; // The Cairn explainer in questions (Monday 14 September), US style, straight quotes, writes Gazrek, Tohir Bekzoda, Aykol, Ilhomov, Saifi

export default {
  corpus: 'tourist-kidnapping',
  note: 'Invented event written for the project: a trekking group organised by Ayköl Expeditions (Aykol in the wire and the explainer), a tour company in Ardahun, capital of the fictional country of Dalzaria, sets out on Saturday 5 September 2026 from Ghazrek (Gazrek in the wire and the explainer), the last village on the road in Zarmel Province, about 62 km from the provincial capital Kolvasht, for a ten-day loop over the Ushqal Pass in the Varzhand Mountains; armed men seize it at or near its camp at the Ushqal Lakes. The nine foreign tourists are seven Brislanders (among them Elsbeth Korrin, Elisabeth in the state-aligned paper, and Wenna Tamlyn) and two Ostvaldians. The guide Sherzod Ilkhomov (Ilhomov in the wire and the explainer) is freed on Wednesday 9 September. Five invented outlets: the Crampon wire (Saturday), The Ardahun Watch live blog, newest first (Saturday 07:05 to 22:40), the BSK News web story (Friday), the state-aligned The Dalzarian Torch (Sunday) and The Cairn explainer (Monday); four files have random names. The Interior Ministry (Ministry of Internal Affairs, MIA) with Interior Minister Ulugbek Tashmirov and its spokeswoman Dilbar Kholmatova, the General Staff and its spokesman Lt Col Anvar Dusmatov with the 7th Mountain Brigade, the National Security Service (NSS), Ayköl Expeditions and its director Nigora Tursunali, Brisland\'s Ministry of Foreign Affairs and Foreign Minister Aud Merivale, the Ghazrek elder Tahir Bekzoda (Tohir in the wire and the explainer), who says he is negotiating with the captors, the freed guide, Governor Farrukh Zaminov of Zarmel Province, Kolvasht Regional Hospital and villagers disagree about the people taken (11, nine tourists and two guides, by the ministry, against 13, nine clients and four staff, by the company and the guide), whether a ransom was demanded (none, by the ministry, against $2 million, by the company and the guide, and a sum named to the elder), who holds the group (the banned Karagash Brotherhood, Qaragash in the state-aligned paper, by the government, against men of the smuggler Qodir Sayfi, Saifi in the wire and the explainer, by the elder and the guide), whether the army tried a rescue in the Khurdak Gorge on Thursday night (no, only a clash with smugglers, by the General Staff, against a failed operation, by villagers and Brisland\'s foreign minister), whether Elsbeth Korrin was freed on Saturday (by the ministry, against all seven Brislanders still held, by Brisland, the company and the hospital), when the group was seized (Monday just before dusk at the camp, by the company and the guide, against Tuesday morning on the trail below the pass, by the ministry), whether the area was under a travel warning (Brisland\'s advice against all travel to Zarmel Province since May, against no warning or restriction on the Ushqal trail, by the company and the governor) and who said "They have eaten bread at our table. Nobody will be harmed while we are talking" (the elder in the wire and the live blog, the governor in the state-aligned paper); the live blog corrects its own count of troops around the valley (about 3,000, then about 1,300). "About 62 km" and "about 60 kilometers" are one distance rounded; five people detained for questioning on Friday and nine on Saturday "up from five" is a count reported as updated; the 48 trekkers flown out of the valley and the nine tourists held are different sets; the seven Brislanders are part of the nine tourists; "a terrorism case" and "criminal proceedings under the Law on Combating Terrorism" are synonyms; "More than 300 people" and "About 350 people" at the Thursday vigil in Hovmark agree; the four Ostvaldian climbers held for 40 days in 2019 belong to another kidnapping. "Dalzarian", "Brislander" and "Ostvaldian" are demonyms; "Kolvasht" inside Kolvasht Regional Hospital is nested; lowercase "brotherhood" is a common noun.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 2, 3, 4, 10, 11, 34, 69, 70, 72],
    [B]: [1, 7, 9, 21, 51, 65, 66, 67],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 65, 66, 67, 68, 69, 71],
  },

  actors: [
    // places
    { id: 'dalzaria', name: 'Dalzaria', type: 'place', forms: ['Dalzaria'], note: 'the country; "Dalzarian" is a demonym; "the country" is nominal' },
    { id: 'ardahun', name: 'Ardahun', type: 'place', forms: ['Ardahun', 'ARDAHUN'], note: 'the capital (the state-aligned paper\'s dateline in capitals); a capital used for its government ("whatever anyone is announcing in Ardahun", "not Ardahun’s") stays a place' },
    { id: 'zarmel', name: 'Zarmel Province', type: 'place', forms: ['Zarmel Province', 'Zarmel'], note: 'the province; "the Zarmel provincial administration", "the people of Zarmel" hold mentions; "the province" is nominal' },
    { id: 'kolvasht', name: 'Kolvasht', type: 'place', forms: ['Kolvasht', 'KOLVASHT'], note: 'the provincial capital (the wire\'s dateline in capitals); nested in Kolvasht Regional Hospital' },
    { id: 'ghazrek', name: 'Ghazrek', type: 'place', forms: ['Ghazrek', 'Gazrek'], note: 'the village at the end of the road (Gazrek in the wire and the explainer); "the village" is nominal' },
    { id: 'varzhand', name: 'Varzhand Mountains', type: 'place', forms: ['Varzhand Mountains', 'Varzhand'], note: 'the mountain range; the live blog\'s headline says "Varzhand hostages"; "the same range" is nominal' },
    { id: 'ushqal-pass', name: 'Ushqal Pass', type: 'place', forms: ['Ushqal Pass'], note: 'the pass on the trek; "the pass" is nominal' },
    { id: 'ushqal-lakes', name: 'Ushqal Lakes', type: 'place', forms: ['Ushqal Lakes'], note: 'the lakes where the group camped' },
    { id: 'ushqal-trail', name: 'Ushqal trail', type: 'place', forms: ['Ushqal trail', 'Ushqal route'], note: 'the named trekking route (a named feature, typed place); "that trail" is nominal' },
    { id: 'khurdak', name: 'Khurdak Gorge', type: 'place', forms: ['Khurdak Gorge'], note: 'the gorge where villagers heard Thursday night\'s gunfire' },
    { id: 'tarkan', name: 'Tarkan River', type: 'place', forms: ['Tarkan River'], note: 'the river north of the border districts covered, the company says, by Brisland\'s travel advice' },
    { id: 'brisland', name: 'Brisland', type: 'place', forms: ['Brisland'], note: 'home country of seven of the tourists; "Brislander" is a demonym' },
    { id: 'hovmark', name: 'Hovmark', type: 'place', forms: ['Hovmark'], note: 'the Brislander capital; "Not Hovmark’s" (for its government) stays a place' },
    { id: 'ostvald', name: 'Ostvald', type: 'place', forms: ['Ostvald'], note: 'home country of two of the tourists; "Ostvaldian" is a demonym' },
    // organizations
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry', 'Ministry of Internal Affairs', 'MIA'], note: 'Dalzaria\'s interior ministry, defined as (MIA) in the state-aligned paper; "the ministry" is nominal' },
    { id: 'general-staff', name: 'General Staff', type: 'organization', forms: ['General Staff'], note: 'the army\'s General Staff in Ardahun; "the army" is nominal' },
    { id: 'brigade', name: '7th Mountain Brigade', type: 'organization', forms: ['7th Mountain Brigade'], note: 'the army unit that sealed the valley' },
    { id: 'nss', name: 'National Security Service', type: 'organization', forms: ['National Security Service', 'NSS'], note: 'leads the government\'s crisis group, defined as (NSS)' },
    { id: 'prosecutor', name: 'Prosecutor General\'s Office', type: 'organization', forms: ['Prosecutor General\'s Office', 'Prosecutor General’s Office'], note: 'the prosecution service (straight apostrophe in the wire, curly in the state-aligned paper); the \'s belongs to the name' },
    { id: 'supreme-court', name: 'Supreme Court', type: 'organization', forms: ['Supreme Court'], note: 'the court that banned the Brotherhood in 2023, in the state-aligned paper' },
    { id: 'aykol', name: 'Ayköl Expeditions', type: 'organization', forms: ['Ayköl Expeditions', 'Aykol Expeditions', 'Aykol'], note: 'the tour company in Ardahun (Aykol in the wire and the explainer); "the company", "the tour company", "the tour operator" are nominal' },
    { id: 'karagash', name: 'Karagash Brotherhood', type: 'organization', forms: ['Karagash Brotherhood', 'Qaragash Brotherhood', 'Brotherhood'], note: 'the banned militant group the government blames (Qaragash in the state-aligned paper); the capitalized short form "The Brotherhood" in the explainer is a mention; lowercase "brotherhood" is a common noun' },
    { id: 'brisland-mfa', name: 'Ministry of Foreign Affairs', type: 'organization', forms: ['Ministry of Foreign Affairs', 'Foreign Ministry'], note: 'Brisland\'s foreign ministry in Hovmark; lowercase "foreign ministry" is nominal' },
    { id: 'hospital', name: 'Kolvasht Regional Hospital', type: 'organization', forms: ['Kolvasht Regional Hospital'], note: 'the hospital where the ministry says the freed woman was taken; "the hospital" is nominal' },
    { id: 'crampon', name: 'Crampon', type: 'organization', forms: ['Crampon'], note: 'the wire agency: the dateline "(Crampon)", "told Crampon", "Crampon could not" and the explainer\'s "Crampon and The Ardahun Watch" are mentions; its outlet line and its name in the source list are metadata' },
    { id: 'watch', name: 'The Ardahun Watch', type: 'organization', forms: ['The Ardahun Watch'], note: 'the live blog\'s paper: its photo credit (reused by the explainer) and the explainer\'s text are mentions; its site-name line and source-list line are metadata; "Ardahun" inside it is nested' },
    { id: 'bsk', name: 'BSK News', type: 'organization', forms: ['BSK News'], note: 'the Brislander broadcaster\'s news site: "told BSK News" and the photo credit are mentions; the breadcrumb and source-list lines are metadata' },
    { id: 'torch', name: 'The Dalzarian Torch', type: 'organization', forms: ['The Dalzarian Torch'], note: 'the state-aligned paper: its front matter and source-list line are metadata; "questions from The Dalzarian Torch" and the explainer\'s text are mentions' },
    { id: 'cairn', name: 'The Cairn', type: 'organization', forms: ['The Cairn'], note: 'the explainer\'s site: "told The Cairn by phone" is a mention; its site-name line and the bio are metadata' },
    // people
    { id: 'korrin', name: 'Elsbeth Korrin', type: 'person', forms: ['Elsbeth Korrin', 'Elisabeth Korrin', 'Korrin'], note: 'the 68-year-old Brislander the ministry says was freed (Elisabeth in the state-aligned paper); "Mrs" is outside the span' },
    { id: 'tursunali', name: 'Nigora Tursunali', type: 'person', forms: ['Nigora Tursunali', 'Tursunali'], note: 'director of Ayköl Expeditions; "Ms Tursunali" -> "Tursunali"' },
    { id: 'ilkhomov', name: 'Sherzod Ilkhomov', type: 'person', forms: ['Sherzod Ilkhomov', 'Sherzod Ilhomov', 'Ilkhomov', 'Ilhomov'], note: 'the guide freed on Wednesday (Ilhomov in the wire and the explainer); "Mr Ilkhomov" -> "Ilkhomov"' },
    { id: 'tashmirov', name: 'Ulugbek Tashmirov', type: 'person', forms: ['Ulugbek Tashmirov', 'Tashmirov'], note: 'Interior Minister; the title is outside the span; "the minister" is nominal' },
    { id: 'kholmatova', name: 'Dilbar Kholmatova', type: 'person', forms: ['Dilbar Kholmatova'], note: 'Interior Ministry spokeswoman, in the web story' },
    { id: 'dusmatov', name: 'Anvar Dusmatov', type: 'person', forms: ['Anvar Dusmatov'], note: 'General Staff spokesman; "Lt Col", "Lieutenant Colonel" are outside the span' },
    { id: 'bekzoda', name: 'Tahir Bekzoda', type: 'person', forms: ['Tahir Bekzoda', 'Tohir Bekzoda', 'Bekzoda'], note: 'the Ghazrek elder who says he is negotiating with the captors (Tohir in the wire and the explainer); "Mr Bekzoda" -> "Bekzoda"' },
    { id: 'sayfi', name: 'Qodir Sayfi', type: 'person', forms: ['Qodir Sayfi', 'Qodir Saifi', 'Sayfi'], note: 'the smuggler whose men, the elder and the guide say, hold the group (Saifi in the wire and the explainer)' },
    { id: 'merivale', name: 'Aud Merivale', type: 'person', forms: ['Aud Merivale', 'Merivale'], note: 'Brisland\'s Foreign Minister; "Ms Merivale" -> "Merivale"' },
    { id: 'zaminov', name: 'Farrukh Zaminov', type: 'person', forms: ['Farrukh Zaminov', 'Zaminov'], note: 'governor of Zarmel Province; "Governor", "Gov." are outside the span; "the governor" is nominal' },
    { id: 'vaux', name: 'Clemency Vaux', type: 'person', forms: ['Clemency Vaux'], note: 'Brisland\'s ambassador in Ardahun, in the state-aligned paper' },
    { id: 'rowan-tamlyn', name: 'Rowan Tamlyn', type: 'person', forms: ['Rowan Tamlyn'], note: 'son of a hostage, in the live blog' },
    { id: 'wenna-tamlyn', name: 'Wenna Tamlyn', type: 'person', forms: ['Wenna Tamlyn', 'Wenna'], note: 'a Brislander hostage, a retired teacher (first name only in the live blog)' },
    { id: 'hakimov', name: 'Mirzo Hakimov', type: 'person', forms: ['Mirzo Hakimov'], note: 'a shopkeeper in Ghazrek, in the live blog' },
    { id: 'rustamova', name: 'Kamola Rustamova', type: 'person', forms: ['Kamola Rustamova'], note: 'The Ardahun Watch reporter: her byline is metadata; "Our reporter Kamola Rustamova" and her photo credits (also reused by the explainer) are mentions' },
    { id: 'penmarric', name: 'Hollis Penmarric', type: 'person', forms: ['Hollis Penmarric'], note: 'BSK News correspondent: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|company|tour company|tour operator|army|government|governor|hospital|minister|foreign minister|state|village|valley|province|provincial capital|capital|country|pass|crisis group|families|President|same range)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: "\\b(?:[Ff]oreign ministry|foreign ministry)\\b", why: 'nominal reference to Brisland\'s Ministry of Foreign Affairs (lowercase)' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Nigora Tursunali', cue: 'told Crampon', quote: 'We know who was in that camp because we fed them and paid them' },
    { file: W, speaker: 'Ulugbek Tashmirov', cue: 'told parliament', quote: 'a terrorist act by the Karagash Brotherhood, planned in advance' },
    { file: W, speaker: 'Aud Merivale', cue: 'Merivale said', quote: 'We asked to be consulted before any use of force. We were not' },
    { file: W, speaker: 'Anvar Dusmatov', cue: 'he said', quote: "No operation to free the hostages has been carried out. Our units exchanged fire with a smugglers' convoy ten kilometers from the area" },
    { file: L, speaker: 'Farrukh Zaminov', cue: 'he was blunt', quote: 'There was no restriction on that trail, none. Foreigners walk to the Ushqal Lakes every summer with our permission.' },
    { file: L, speaker: 'Ministry of Foreign Affairs', cue: 'it says', quote: 'We have no confirmation that any Brislander has been released' },
    { file: L, speaker: 'Ulugbek Tashmirov', cue: 'he is categorical', quote: 'Nobody has asked the state of Dalzaria for a ransom, and nobody will receive one.' },
    { file: L, speaker: 'Tahir Bekzoda', cue: 'says', quote: 'not fighters of anybody’s brotherhood' },
    { file: L, speaker: 'Mirzo Hakimov', cue: 'he said', quote: 'Everyone here knows what they were trying to do' },
    { file: B, speaker: 'Sherzod Ilkhomov', cue: 'he said', quote: 'They told me: two million dollars, and the company knows how to find the money' },
    { file: B, speaker: 'Dilbar Kholmatova', cue: 'said on Friday', quote: 'There are criminals who want to be paid for information, and we ask families not to speak to them.' },
    { file: B, speaker: 'Nigora Tursunali', cue: 'she said', quote: 'No warning covered the Ushqal trail. Not Hovmark’s and not Ardahun’s' },
    { file: D, speaker: 'Ulugbek Tashmirov', cue: 'the minister told deputies', quote: 'This is not banditry. This is terrorism, prepared in advance, financed from outside and aimed at the reputation of our country' },
    { file: D, speaker: 'Anvar Dusmatov', cue: 'said Lieutenant Colonel Anvar Dusmatov', quote: 'Not one shot has been fired in the direction of the hostages.' },
    { file: X, speaker: 'Tahir Bekzoda', cue: 'Bekzoda told The Cairn by phone', quote: 'A brotherhood would have made a video by now' },
  ],

  contradictions: [
    {
      id: 'people-taken', level: 'core', kind: 'numeric',
      summary: 'How many people were seized: 11, nine foreign tourists and two Dalzarian guides, according to the Interior Ministry and Interior Minister Ulugbek Tashmirov (repeated by the state-aligned paper, which says only two guides were on the trekking permit); 13, nine clients and four local staff (three guides and a cook), according to Ayköl Expeditions (Aykol), which organised the trek, and the freed guide Sherzod Ilkhomov (Ilhomov).',
      sides: [
        { file: W, quote: 'The Interior Ministry said 11 people had been seized: nine foreign tourists and two Dalzarian guides.', value: '11', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'He repeats that 11 people were taken: nine foreigners and two Dalzarian guides.', value: '11', speaker: 'Ulugbek Tashmirov', camp: 'A' },
        { file: B, quote: 'Dalzaria’s Interior Ministry, which says 11 people were seized', value: '11', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Eleven people — nine foreign visitors and two Dalzarian guides — were seized', value: '11', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry counts 11: the nine tourists and two guides.', value: '11', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'Aykol Expeditions, the tour company, said 13 were taken, nine of its clients and four of its local staff', value: '13', speaker: 'Ayköl Expeditions', camp: 'B' },
        { file: L, quote: 'nine clients and four staff, 13 people in all', value: '13', speaker: 'Ayköl Expeditions', camp: 'B' },
        { file: B, quote: 'He says 13 people were taken from the camp at the Ushqal Lakes: nine guests and the four Dalzarians who were looking after them.', value: '13', speaker: 'Sherzod Ilkhomov', camp: 'B' },
        { file: X, quote: 'says 13, because four of its staff, not two, were in the camp: three guides and a cook', value: '13', speaker: 'Ayköl Expeditions', camp: 'B' },
      ],
    },
    {
      id: 'ransom', level: 'core', kind: 'polarity',
      summary: 'Whether a ransom has been demanded: no demand has reached any state body, according to the Interior Ministry, its spokeswoman Dilbar Kholmatova and the minister (repeated by the state-aligned paper); $2 million, according to Ayköl Expeditions (Aykol), whose office took a call on Wednesday evening, and the freed guide, who says he was sent down with the figure; the elder Tahir Bekzoda says the captors named a sum.',
      sides: [
        { file: W, quote: 'The ministry said no ransom demand had been received "by any state body"', value: 'no demand', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'Nobody has asked the state of Dalzaria for a ransom, and nobody will receive one.', value: 'no demand', speaker: 'Ulugbek Tashmirov', camp: 'A' },
        { file: B, quote: '“There is no ransom demand,” a ministry spokeswoman, Dilbar Kholmatova, said on Friday.', value: 'no demand', speaker: 'Dilbar Kholmatova', camp: 'A' },
        { file: D, quote: 'No demand for money has been made to the state, the ministry said, and none would be entertained.', value: 'no demand', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'No, according to the Interior Ministry, which says no demand has reached the state', value: 'no demand', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: "received a call on Wednesday evening from a man who demanded $2 million for the group's release", value: '$2 million', speaker: 'Nigora Tursunali', camp: 'B' },
        { file: L, quote: 'He says they have named a sum of money, which he would not repeat.', value: 'sum named', speaker: 'Tahir Bekzoda', camp: 'B' },
        { file: B, quote: 'They told me: two million dollars, and the company knows how to find the money', value: '$2 million', speaker: 'Sherzod Ilkhomov', camp: 'B' },
        { file: B, quote: 'said a man rang the company’s office that evening and repeated the figure', value: '$2 million', speaker: 'Nigora Tursunali', camp: 'B' },
        { file: X, quote: 'Yes, according to Aykol, which says a caller demanded $2 million on Sept. 9', value: '$2 million', speaker: 'Ayköl Expeditions', camp: 'B' },
      ],
    },
    {
      id: 'captors', level: 'core', kind: 'attribution',
      summary: 'Who holds the hostages: the Karagash Brotherhood (Qaragash in the state-aligned paper), a militant group banned in 2023, according to the government and Interior Minister Ulugbek Tashmirov, who calls it a terrorist act planned in advance; men working for Qodir Sayfi (Saifi), a smuggler from across the ridge, according to the elder Tahir Bekzoda (Tohir) and the freed guide, who says nobody mentioned the Brotherhood.',
      sides: [
        { file: W, quote: 'The government blames the Karagash Brotherhood, a militant group banned in 2023', value: 'Karagash Brotherhood', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'a terrorist act by the Karagash Brotherhood, planned in advance', value: 'Karagash Brotherhood', speaker: 'Ulugbek Tashmirov', camp: 'A' },
        { file: L, quote: 'He says the kidnapping was carried out by the Karagash Brotherhood', value: 'Karagash Brotherhood', speaker: 'Ulugbek Tashmirov', camp: 'A' },
        { file: D, quote: 'Interior Minister Ulugbek Tashmirov has identified the kidnappers as members of the Qaragash Brotherhood', value: 'Karagash Brotherhood', speaker: 'Ulugbek Tashmirov', camp: 'A' },
        { file: X, quote: 'The government says the Karagash Brotherhood, a militant group banned in 2023.', value: 'Karagash Brotherhood', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'He said the hostages were held by men working for Qodir Saifi, a smuggler from across the ridge', value: 'Qodir Sayfi\'s men', speaker: 'Tahir Bekzoda', camp: 'B' },
        { file: L, quote: 'says the men holding the group work for Qodir Sayfi', value: 'Qodir Sayfi\'s men', speaker: 'Tahir Bekzoda', camp: 'B' },
        { file: B, quote: 'They talked about Sayfi – Sayfi wants this, Sayfi will decide', value: 'Qodir Sayfi\'s men', speaker: 'Sherzod Ilkhomov', camp: 'B' },
        { file: B, quote: 'Mr Ilkhomov said the men never mentioned the Karagash Brotherhood', value: 'not the Brotherhood', speaker: 'Sherzod Ilkhomov', camp: 'B' },
        { file: X, quote: 'say the hostages are held by men working for Qodir Saifi, a smuggler.', value: 'Qodir Sayfi\'s men', speaker: 'Tahir Bekzoda', camp: 'B' },
      ],
    },
    {
      id: 'rescue-attempt', level: 'core', kind: 'polarity',
      summary: 'Whether the army tried to free the hostages by force on Thursday night: no, according to the General Staff and its spokesman Lt Col Anvar Dusmatov, who say troops of the 7th Mountain Brigade fired on a smugglers\' convoy about ten kilometres away (repeated by the state-aligned paper); yes, a failed operation, according to villagers in Ghazrek who heard helicopters and an hour of gunfire from the Khurdak Gorge and Brisland\'s Foreign Minister Aud Merivale, who says Dalzaria told her government afterwards.',
      sides: [
        { file: W, quote: 'No operation to free the hostages has been carried out.', value: 'no attempt', speaker: 'Anvar Dusmatov', camp: 'A' },
        { file: L, quote: 'No rescue has been attempted, and none will be attempted without an order from the President', value: 'no attempt', speaker: 'Anvar Dusmatov', camp: 'A' },
        { file: B, quote: 'There has been no attempt to free the hostages by force', value: 'no attempt', speaker: 'Anvar Dusmatov', camp: 'A' },
        { file: D, quote: 'No operation to release the hostages took place, it said', value: 'no attempt', speaker: 'General Staff', camp: 'A' },
        { file: X, quote: 'The General Staff says there was no rescue attempt', value: 'no attempt', speaker: 'General Staff', camp: 'A' },
        { file: W, quote: 'her government had been informed "after the fact" of a military operation to free the hostages that had not succeeded', value: 'failed operation', speaker: 'Aud Merivale', camp: 'B' },
        { file: L, quote: 'Everyone here knows what they were trying to do', value: 'rescue attempt', speaker: 'Mirzo Hakimov', camp: 'B' },
        { file: B, quote: 'They went in to get them and they came back without them', value: 'failed operation', speaker: 'Ghazrek villager', speakerIsActor: false, camp: 'B' },
        { file: B, quote: 'its forces had attempted an operation to free the hostages', value: 'failed operation', speaker: 'Aud Merivale', camp: 'B' },
        { file: X, quote: 'Dalzaria told her government afterward that an operation to free the hostages had failed', value: 'failed operation', speaker: 'Aud Merivale', camp: 'B' },
      ],
    },
    {
      id: 'hostage-released', level: 'secondary', kind: 'status',
      summary: 'Whether the 68-year-old Brislander Elsbeth Korrin (Elisabeth in the state-aligned paper) has been freed: released on Saturday morning and taken to Kolvasht, according to the Interior Ministry (repeated by the state-aligned paper); still held, according to Brisland\'s Ministry of Foreign Affairs (all seven Brislanders remain in captivity) and Ayköl Expeditions, while Kolvasht Regional Hospital says it admitted no foreign patient that day.',
      sides: [
        { file: W, quote: 'The ministry said Elsbeth Korrin, 68, had been let go on Saturday morning', value: 'freed', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'was freed by the kidnappers this morning “on humanitarian grounds”', value: 'freed', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Mrs Elisabeth Korrin, 68, was released on Saturday morning', value: 'freed', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says a 68-year-old Brislander, Elsbeth Korrin, was freed on Saturday morning', value: 'freed', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'all seven of its nationals in the group were still being held', value: 'still held', speaker: 'Ministry of Foreign Affairs', camp: 'B' },
        { file: W, quote: "all of the company's guests were still in the mountains as of Saturday evening", value: 'still held', speaker: 'Nigora Tursunali', camp: 'B' },
        { file: L, quote: 'As far as we know, all seven Brislanders remain in captivity.', value: 'still held', speaker: 'Ministry of Foreign Affairs', camp: 'B' },
        { file: L, quote: 'has not admitted any foreign patient today', value: 'no foreign patient', speaker: 'Kolvasht Regional Hospital', camp: 'B' },
        { file: X, quote: "Brisland's foreign ministry says all seven of its citizens are still held", value: 'still held', speaker: 'Ministry of Foreign Affairs', camp: 'B' },
      ],
    },
    {
      id: 'abduction-time', level: 'secondary', kind: 'temporal',
      summary: 'When the group was seized: on Monday 7 September just before dusk (just before 7 p.m.), in the camp at the Ushqal Lakes, according to Ayköl Expeditions and the freed guide; on the morning of Tuesday 8 September on the trail below the Ushqal Pass, according to the Interior Ministry (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: "the gunmen walked into the group's camp at the Ushqal Lakes just before dusk on Monday", value: 'Monday evening', speaker: 'Ayköl Expeditions', camp: 'A' },
        { file: L, quote: 'It says the gunmen arrived on Monday evening as the cook was lighting the stove.', value: 'Monday evening', speaker: 'Ayköl Expeditions', camp: 'A' },
        { file: B, quote: 'came into camp on Monday, just before seven in the evening', value: 'Monday 19:00', speaker: 'Sherzod Ilkhomov', camp: 'A' },
        { file: X, quote: 'say the gunmen reached the camp at the Ushqal Lakes on Monday, Sept. 7, just before 7 p.m.', value: 'Monday 19:00', speaker: 'Ayköl Expeditions', camp: 'A' },
        { file: W, quote: 'The ministry has given the time of the attack as Tuesday morning', value: 'Tuesday morning', speaker: 'Interior Ministry', camp: 'B' },
        { file: D, quote: 'were seized on the morning of 8 September on the trail below the Ushqal Pass, according to the ministry', value: 'Tuesday 8 September, morning', speaker: 'Interior Ministry', camp: 'B' },
        { file: X, quote: 'The ministry places the abduction on the morning of Tuesday, Sept. 8', value: 'Tuesday morning', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'travel-warning', level: 'secondary', kind: 'polarity',
      summary: 'Whether the area was under a travel warning: Brisland\'s Ministry of Foreign Affairs and Foreign Minister Aud Merivale say its advice has warned against all travel to Zarmel Province since May; Ayköl Expeditions says the advice covered only the border districts south of the Tarkan River and no warning covered the Ushqal trail, and Governor Farrukh Zaminov says there was no restriction on the trail.',
      sides: [
        { file: W, quote: 'its travel advice had warned against all travel to Zarmel Province since May', value: 'warning', speaker: 'Ministry of Foreign Affairs', camp: 'A' },
        { file: B, quote: 'Brisland’s foreign ministry had advised against all travel to Zarmel Province since May', value: 'warning', speaker: 'Aud Merivale', camp: 'A' },
        { file: X, quote: 'Brisland says its travel advice has warned against all travel to Zarmel Province since May.', value: 'warning', speaker: 'Ministry of Foreign Affairs', camp: 'A' },
        { file: W, quote: 'no authority had restricted the Ushqal route', value: 'no restriction', speaker: 'Ayköl Expeditions', camp: 'B' },
        { file: L, quote: 'There was no restriction on that trail, none.', value: 'no restriction', speaker: 'Farrukh Zaminov', camp: 'B' },
        { file: B, quote: 'No warning covered the Ushqal trail.', value: 'no warning', speaker: 'Nigora Tursunali', camp: 'B' },
        { file: X, quote: 'Gov. Farrukh Zaminov says the Ushqal trail was open to foreigners with a permit', value: 'open', speaker: 'Farrukh Zaminov', camp: 'B' },
      ],
    },
    {
      id: 'bread-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "They have eaten bread at our table. Nobody will be harmed while we are talking" is credited to the Ghazrek elder Tahir Bekzoda (Tohir) by the wire and the live blog, and to Governor Farrukh Zaminov, speaking to elders, by the state-aligned paper; the explainer notes the split.',
      sides: [
        { file: W, quote: '"They have eaten bread at our table," Bekzoda said by telephone.', speaker: 'Tahir Bekzoda', camp: 'A' },
        { file: L, quote: '“They have eaten bread at our table,” he said, sitting on the step of the village mosque.', speaker: 'Tahir Bekzoda', camp: 'A' },
        { file: X, quote: 'Crampon and The Ardahun Watch quoted it from Bekzoda.', speaker: 'Tahir Bekzoda', camp: 'A' },
        { file: D, quote: '“They have eaten bread at our table. Nobody will be harmed while we are talking,” Governor Zaminov told the elders', speaker: 'Farrukh Zaminov', camp: 'B' },
        { file: X, quote: 'put the same words in the mouth of the governor', speaker: 'Farrukh Zaminov', camp: 'B' },
      ],
    },
    {
      id: 'troops-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said about 3,000 troops had been deployed around the valley, then corrected it to about 1,300, the army\'s figure; the wire and the explainer also give about 1,300.',
      sides: [
        { file: L, quote: 'The army says about 3,000 troops are now deployed around the valley', value: '~3,000', speaker: 'General Staff', camp: 'A' },
        { file: L, quote: 'The army’s figure is about 1,300.', value: '~1,300', speaker: 'General Staff', camp: 'B' },
        { file: W, quote: 'The army says about 1,300 soldiers of the 7th Mountain Brigade have sealed off the valley', value: '~1,300', speaker: 'General Staff', camp: 'B' },
        { file: X, quote: 'The army says some 1,300 soldiers are deployed around the valley.', value: '~1,300', speaker: 'General Staff', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'distance-rounded', kind: 'numeric',
      summary: '"about 62 km" (wire) and "about 60 kilometers" (explainer) from Ghazrek to the provincial capital Kolvasht are one distance, rounded.',
      sides: [
        { file: W, quote: 'about 62 km (39 miles) by road from the provincial capital Kolvasht', value: '62 km' },
        { file: X, quote: 'about 60 kilometers from the provincial capital, Kolvasht', value: '~60 km' },
      ],
    },
    {
      id: 'detained-updated', kind: 'numeric',
      summary: 'Five people detained for questioning on Friday (web story) and nine on Saturday "up from five earlier in the week" (wire) is a count that rose and is reported as updated.',
      sides: [
        { file: B, quote: 'Provincial police in Zarmel say five people from Ghazrek and neighbouring villages have been detained for questioning.', value: '5 (Friday)' },
        { file: W, quote: 'Police in Zarmel Province have detained nine people for questioning, up from five earlier in the week', value: '9 (Saturday)' },
      ],
    },
    {
      id: 'evacuated-vs-held', kind: 'numeric',
      summary: 'The 48 trekkers on other routes flown out of the valley by the army and the nine tourists held are different sets, not rival counts.',
      sides: [
        { file: D, quote: 'has evacuated by helicopter 48 foreign trekkers who were on other routes in the area', value: '48 (evacuated)' },
        { file: W, quote: 'Two of the nine tourists are from Ostvald.', value: '9 (held)' },
      ],
    },
    {
      id: 'brislanders-part', kind: 'numeric',
      summary: 'The seven Brislanders (web story) are part of the nine foreign tourists (explainer: seven from Brisland, two from Ostvald), not a rival count of the hostages.',
      sides: [
        { file: B, quote: 'Seven of the hostages are Brislanders', value: '7 (Brislanders)' },
        { file: X, quote: 'Nine of the hostages are foreign tourists: seven from Brisland and two from Ostvald.', value: '9 (tourists)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a terrorism case" (wire) and "criminal proceedings under the Law on Combating Terrorism" (state-aligned paper) describe the same step by the prosecutors in different words.',
      sides: [
        { file: W, quote: "The Prosecutor General's Office has opened a terrorism case.", value: 'terrorism case opened' },
        { file: D, quote: 'The Prosecutor General’s Office has opened criminal proceedings under the Law on Combating Terrorism.', value: 'proceedings opened' },
      ],
    },
    {
      id: 'vigil-about-more-than', kind: 'numeric',
      summary: '"More than 300 people" (web story) and "About 350 people" (explainer) at the families\' vigil in Hovmark on Thursday evening are compatible approximations.',
      sides: [
        { file: B, quote: 'More than 300 people gathered outside the Foreign Ministry there on Thursday evening', value: '>300' },
        { file: X, quote: 'About 350 people attended a vigil for the hostages in Hovmark on Thursday evening', value: '~350' },
      ],
    },
    {
      id: 'climbers-2019', kind: 'numeric',
      summary: 'The four Ostvaldian climbers held for 40 days in 2019 belong to another, earlier kidnapping, not a rival figure for this group.',
      sides: [
        { file: X, quote: 'In 2019 four Ostvaldian climbers were held for 40 days in the same range', value: '4 (2019)' },
        { file: L, quote: 'The ministry counts 11 people seized; the tour company counts 13.', value: '11 or 13 (2026)' },
      ],
    },
  ],
};
