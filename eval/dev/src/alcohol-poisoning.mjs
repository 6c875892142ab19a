// Hand-written gold source for the bootleg-spirits poisoning in Zabrod District (invented
// event, Ilvenia, October 2026). build-gold.mjs turns it into ../gold/alcohol-poisoning.json.
// The five articles imitate text scraped from news websites: random file names, the
// headline twice, site boilerplate, bylines, "Updated" lines, captions with photo credits,
// a live blog with a correction, a state-aligned daily, a wire and an explainer with
// question headings, footnote markers and a numbered source list. Boilerplate, site names
// and mastheads, bylines, date and "Updated" lines, "Read more"/"Related" lines, the wire's
// "(Adds ...)", "(Reporting by ...)" and standards lines, the source list and the author's
// bio are metadata (meta: 1-based line numbers); headlines and captions are counted text.
const N = '000_1f6b8751e21c1da5.txt'; // DXR News web story (Thursday 8 October), UK style
const W = '001_00e2273c111179cd.txt'; // Gimbal wire, UPDATE 3 (Thursday 8 October), US style, writes Kalmic, Kalevica, Sovric
const L = '002_2c063cf8e127193f.txt'; // Sorvel Telegraph live blog, newest first (Monday 5 to Wednesday 7 October), UK style
const S = '003_24540d06c107d5e1.txt'; // state-aligned Iskra Daily (Thursday 8 October), names itself nowhere in the text, curly quotes
const X = '004_f797c21766d87207.txt'; // The Pennywhistle explainer with footnotes (Friday 9 October), US style, writes Kalmic and Sovric

export default {
  corpus: 'alcohol-poisoning',
  note: 'Invented event written for the project: over the Vintage Day holiday weekend (Saturday 3 to Monday 5 October 2026) people in the villages of Trenzovo, Kalevitsa (Kalevica in the wire) and Dubrach, in Zabrod District of Sorvel Province in the fictional country of Ilvenia (capital Drossa), drink a cheap spirit sold as plum brandy that is about one-third methanol; deaths rise from nine on Monday to 27 on Wednesday and 31 on Thursday by the Ministry of Health\'s count, 96 people are admitted to hospital (40 since sent home) and at least 14 survivors lose their sight. The five files have random names (the outlet is not in the file name) and look like scraped web pages: the DXR News web story (000), the Gimbal wire (001), the Sorvel Telegraph live blog, newest first, over three days (002), the state-aligned Iskra Daily (003) and The Pennywhistle explainer with question headings, footnote markers and a numbered source list (004). The Ministry of Health and Health Minister Ljubica Dantova (and her deputy Pavlin Ordaš), Zabrod District Hospital and its chief doctor Dr Ilinka Sovrić (Sovric in the wire and the explainer), the National Toxicology Centre (NTC) and its director Prof Radim Ostrak, the Sorvel Provincial Police and its chief Col Stanko Prekov, the Sorvel Prosecutor\'s Office and prosecutor Lenka Brodeva, the arrested shop owner Bozhan Kalmić (Kalmic in the wire and the explainer) and his lawyer Orlin Pevec, the Ilvenian Spirits Monopoly (ISM) and its spokesman Ilko Dernek, the licensed Vintara Distillery in Kelm, Governor Kasimir Ludek, the opposition MP Jasna Felsen of the Reform Party, the Ilvenian Physicians\' Guild and its president Dr Marko Tellen, relatives (Zorka Miletina, Bojan Hristak) and the World Health Covenant (WHC) and its toxicologist Dr Lidewij Haskamp disagree about the dead (31 vs 58), whether the hospital ran out of the antidote fomepizole, whether the spirit came from a home still behind the shop or sealed from the licensed distillery, whether the shop owner confessed, whether the monopoly warned the province before the holiday (29 September), when the first patient arrived (23:10 on Saturday vs 14:20 on Sunday), whether the sale ban is lifted, and who said "Whoever sold this poison knew it could kill" (the prosecutor in the wire, the minister in the state-aligned daily); the live blog corrects its own count of arrests (seven, then four). 96 admitted and "nearly a hundred" are one figure rounded; the toll rising from nine to 31 is an update; 14 blinded and 31 dead are different sets; 17 dead in Trenzovo are part of the district\'s 27; dialysis machines and haemodialysis units are synonyms; "more than 200" and "about 250" officers agree; 1,180 half-litre bottles and nearly 600 litres are one quantity in two units. "UPDATE 3-Ilvenia" in the wire\'s slug is assigned as a real mention; "Ilvenian" is a demonym; the drink\'s brand and the holiday are not actors.',
  files: [N, W, L, S, X],
  meta: {
    [N]: [1, 2, 3, 4, 10, 11, 12, 28, 66, 68],
    [W]: [5, 6, 7, 9, 49, 51],
    [L]: [1, 2, 3, 4, 10, 11, 12, 77, 79, 81],
    [S]: [1, 2, 3, 4, 10, 24, 42, 44],
    [X]: [1, 2, 3, 11, 12, 42, 60, 61, 62, 63, 64, 65, 67],
  },

  actors: [
    // places
    { id: 'ilvenia', name: 'Ilvenia', type: 'place', forms: ['Ilvenia'], note: 'the country; "Ilvenian" is a demonym (and nested in Ilvenian Spirits Monopoly, Ilvenian Physicians\' Guild); the slug "UPDATE 3-Ilvenia" in the wire headline is assigned as a mention' },
    { id: 'drossa', name: 'Drossa', type: 'place', forms: ['Drossa'], note: 'the capital; "Nobody from Drossa picked up the phone" (the capital for the government) stays a place' },
    { id: 'zabrod', name: 'Zabrod', type: 'place', forms: ['Zabrod', 'ZABROD'], note: 'the district town; nested in Zabrod District and Zabrod District Hospital; in the state-aligned byline line it is metadata' },
    { id: 'zabrod-district', name: 'Zabrod District', type: 'place', forms: ['Zabrod District'], note: 'the district; "Zabrod District Hospital" is a nested name; "the district" is nominal' },
    { id: 'sorvel', name: 'Sorvel Province', type: 'place', forms: ['Sorvel Province'], note: 'the province; nested in Sorvel Provincial Police, Sorvel Prosecutor\'s Office and Sorvel Telegraph; bare "Sorvel" occurs only in a navigation line (metadata)' },
    { id: 'trenzovo', name: 'Trenzovo', type: 'place', forms: ['Trenzovo'], note: 'the village of the shop' },
    { id: 'kalevitsa', name: 'Kalevitsa', type: 'place', forms: ['Kalevitsa', 'Kalevica'], note: 'a village; the wire writes Kalevica' },
    { id: 'dubrach', name: 'Dubrach', type: 'place', forms: ['Dubrach'], note: 'a village' },
    { id: 'kelm', name: 'Kelm', type: 'place', forms: ['Kelm'], note: 'the town of the Vintara Distillery' },
    // organizations
    { id: 'moh', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health', 'Health Ministry'], note: '"the ministry" is nominal; "Health Minister" and "Deputy Health Minister" are titles; the caption credit "Ministry of Health press service" is a mention' },
    { id: 'hospital', name: 'Zabrod District Hospital', type: 'organization', forms: ['Zabrod District Hospital'], note: '"the hospital" and "the district hospital" are nominal' },
    { id: 'ntc', name: 'National Toxicology Centre', type: 'organization', forms: ['National Toxicology Centre', 'National Toxicology Center', 'NTC'], note: 'the state toxicology centre in Drossa; acronym defined in parentheses by DXR News; the explainer spells it Center; "the centre" is nominal' },
    { id: 'police', name: 'Sorvel Provincial Police', type: 'organization', forms: ['Sorvel Provincial Police'], note: '"the police", "police" and "the provincial police chief" are nominal; "the police station" is not a reference to the body' },
    { id: 'prosecutors', name: "Sorvel Prosecutor's Office", type: 'organization', forms: ["Sorvel Prosecutor's Office", 'Sorvel Prosecutor’s Office'], note: 'the \'s belongs to the name; "prosecutors" is nominal' },
    { id: 'ism', name: 'Ilvenian Spirits Monopoly', type: 'organization', forms: ['Ilvenian Spirits Monopoly', 'ISM'], note: 'the state alcohol monopoly that licenses distillers and issues excise stamps; acronym defined in parentheses; "the monopoly" (and "a monopoly stamp") is nominal' },
    { id: 'vintara', name: 'Vintara Distillery', type: 'organization', forms: ['Vintara Distillery'], note: 'the licensed factory the opposition MP says the bottles came from; "the distillery" is nominal' },
    { id: 'guild', name: "Ilvenian Physicians' Guild", type: 'organization', forms: ["Ilvenian Physicians' Guild", 'Ilvenian Physicians’ Guild'], note: 'the doctors\' association; "the guild" is nominal; its name in the explainer\'s source list is metadata' },
    { id: 'reform', name: 'Reform Party', type: 'organization', forms: ['Reform Party'], note: 'the opposition party of Jasna Felsen' },
    { id: 'whc', name: 'World Health Covenant', type: 'organization', forms: ['World Health Covenant', 'WHC'], note: 'the fictional intergovernmental health body; acronym defined in parentheses' },
    { id: 'dxr', name: 'DXR News', type: 'organization', forms: ['DXR News'], note: 'the broadcaster; its site-name and search lines are metadata; the photo credit "Nenad Ulm/DXR News" and "told DXR News" are mentions; its name in the source list is metadata' },
    { id: 'gimbal', name: 'Gimbal', type: 'organization', forms: ['Gimbal'], note: 'the wire agency: the dateline "(Gimbal)", "Gimbal could not", "told Gimbal" and the explainer\'s "The Gimbal news agency" are mentions; the standards line and the source list are metadata' },
    { id: 'telegraph', name: 'Sorvel Telegraph', type: 'organization', forms: ['Sorvel Telegraph'], note: 'the provincial paper running the live blog; its masthead and byline lines are metadata; the photo credits "Ivet Rakova/Sorvel Telegraph" and "told the Sorvel Telegraph" are mentions' },
    { id: 'iskra', name: 'Iskra Daily', type: 'organization', forms: ['Iskra Daily'], note: 'the state-aligned daily; its masthead "ISKRA DAILY" is metadata; named in counted text only by the explainer' },
    { id: 'pennywhistle', name: 'The Pennywhistle', type: 'organization', forms: ['The Pennywhistle'], note: 'the explainer site, which names itself once in the text; its site-name line and the author\'s bio are metadata' },
    // people
    { id: 'dantova', name: 'Ljubica Dantova', type: 'person', forms: ['Ljubica Dantova', 'Dantova'], note: 'Health Minister ("Minister Dantova" in the state-aligned headline: the title is outside); "the minister" is nominal' },
    { id: 'ordas', name: 'Pavlin Ordaš', type: 'person', forms: ['Pavlin Ordaš'], note: 'Deputy Health Minister (title outside)' },
    { id: 'sovric', name: 'Ilinka Sovrić', type: 'person', forms: ['Ilinka Sovrić', 'Ilinka Sovric', 'Sovrić', 'Sovric'], note: 'chief doctor of Zabrod District Hospital (Dr/Dr. outside); the wire and the explainer write Sovric' },
    { id: 'ostrak', name: 'Radim Ostrak', type: 'person', forms: ['Radim Ostrak'], note: 'director of the National Toxicology Centre (Prof/Prof. outside)' },
    { id: 'prekov', name: 'Stanko Prekov', type: 'person', forms: ['Stanko Prekov', 'Prekov'], note: 'Col., chief of the Sorvel Provincial Police ("Col Prekov": the rank is outside)' },
    { id: 'brodeva', name: 'Lenka Brodeva', type: 'person', forms: ['Lenka Brodeva', 'Brodeva'], note: 'prosecutor of the Sorvel Prosecutor\'s Office' },
    { id: 'kalmic', name: 'Bozhan Kalmić', type: 'person', forms: ['Bozhan Kalmić', 'Bozhan Kalmic', 'Kalmic'], note: 'the arrested shop owner of Trenzovo; the wire and the explainer write Kalmic; "the shop owner" and "the shopkeeper" are descriptions' },
    { id: 'pevec', name: 'Orlin Pevec', type: 'person', forms: ['Orlin Pevec', 'Pevec'], note: 'Kalmić\'s lawyer' },
    { id: 'dernek', name: 'Ilko Dernek', type: 'person', forms: ['Ilko Dernek'], note: 'spokesman of the Ilvenian Spirits Monopoly' },
    { id: 'ludek', name: 'Kasimir Ludek', type: 'person', forms: ['Kasimir Ludek', 'Ludek'], note: 'Governor of Sorvel Province (title outside); "the governor" is nominal' },
    { id: 'felsen', name: 'Jasna Felsen', type: 'person', forms: ['Jasna Felsen', 'Felsen'], note: 'opposition MP of the Reform Party ("Ms Felsen": the title is outside)' },
    { id: 'tellen', name: 'Marko Tellen', type: 'person', forms: ['Marko Tellen'], note: 'president of the Ilvenian Physicians\' Guild (Dr/Dr. outside)' },
    { id: 'miletina', name: 'Zorka Miletina', type: 'person', forms: ['Zorka Miletina'], note: 'a widow in Kalevitsa' },
    { id: 'hristak', name: 'Bojan Hristak', type: 'person', forms: ['Bojan Hristak', 'Hristak'], note: 'a victim\'s son in Trenzovo' },
    { id: 'haskamp', name: 'Lidewij Haskamp', type: 'person', forms: ['Lidewij Haskamp'], note: 'toxicologist of the World Health Covenant (Dr outside)' },
    { id: 'ulm', name: 'Nenad Ulm', type: 'person', forms: ['Nenad Ulm'], note: 'DXR News photographer credited in a caption' },
    { id: 'rakova', name: 'Ivet Rakova', type: 'person', forms: ['Ivet Rakova', 'Ivet'], note: 'Sorvel Telegraph reporter and photographer: her byline line is metadata; the caption credits (live blog, explainer) and the first-name "Davor and Ivet will be back" are mentions' },
    { id: 'kesh', name: 'Davor Kesh', type: 'person', forms: ['Davor Kesh', 'Davor'], note: 'Sorvel Telegraph reporter: his byline line is metadata; the first-name "Davor and Ivet will be back" is a mention' },
  ],

  nominals: [
    { pattern: '\\bVintage Day\\b', why: 'a holiday\'s name: not a person, organization or place' },
    { pattern: '\\b[Tt]he (ministry|hospital|district hospital|centre|center|monopoly|distillery|guild|governor|minister|police(?! station)|provincial police chief|provincial administration|district)\\b', why: 'nominal reference to a named body, or a title without a name (lowercase)' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: W, context: "UPDATE 3-Ilvenia methanol toll climbs to 31; shopkeeper's lawyer denies confession\n\nUPDATE 3-Ilvenia", text: 'Ilvenia', nth: 0, actor: 'ilvenia' },
    { file: W, context: "UPDATE 3-Ilvenia methanol toll climbs to 31; shopkeeper's lawyer denies confession\n\nUPDATE 3-Ilvenia", text: 'Ilvenia', nth: 1, actor: 'ilvenia' },
  ],

  claims: [
    { file: N, speaker: 'Marko Tellen', cue: 'he said', quote: 'We are not talking about a few cases missed at the edges' },
    { file: N, speaker: 'Ilinka Sovrić', cue: 'Dr Sovrić said', quote: 'By midnight on Sunday we had no fomepizole left. We used ethanol, we used everything we had' },
    { file: N, speaker: 'Ljubica Dantova', cue: 'she told reporters in Drossa on Wednesday', quote: 'At no point did the hospital run out of antidote' },
    { file: N, speaker: 'Radim Ostrak', cue: 'he said', quote: 'A single glass of that is enough to blind a grown man' },
    { file: N, speaker: 'Jasna Felsen', cue: 'Ms Felsen said', quote: 'This did not come out of a bucket in a barn' },
    { file: N, speaker: 'Lidewij Haskamp', cue: 'said Dr Lidewij Haskamp', quote: 'The deaths you count are the ones that reach a ward' },
    { file: W, speaker: 'Lenka Brodeva', cue: 'prosecutor Lenka Brodeva told reporters', quote: 'He knew, and he sold it anyway, on a holiday, to his own neighbors.' },
    { file: W, speaker: 'Orlin Pevec', cue: 'Orlin Pevec said in a statement', quote: 'My client has confessed to nothing. He bought those bottles from a supplier in good faith, and he denies every charge' },
    { file: W, speaker: 'Ilinka Sovrić', cue: 'she said', quote: 'We had to choose who got the last vials' },
    { file: L, speaker: 'Kasimir Ludek', cue: 'Ludek said', quote: 'No warning of any kind reached my office or the district before the holiday' },
    { file: L, speaker: 'Bojan Hristak', cue: 'Hristak said', quote: 'He went to the shop on Saturday for bread and came back with a bottle. He said it was a bargain' },
    { file: L, speaker: 'Jasna Felsen', cue: 'she told MPs', quote: 'These bottles did not come from a home still' },
    { file: S, speaker: 'Ljubica Dantova', cue: 'the minister said', quote: 'Not one patient was left without the antidote, not for a single hour' },
    { file: S, speaker: 'Pavlin Ordaš', cue: 'Deputy Health Minister Pavlin Ordaš said', quote: 'At a time of grief, to spread unverified numbers is irresponsible' },
    { file: X, speaker: 'Ilinka Sovrić', cue: 'Sovric said', quote: 'I would like the minister to come and count the empty boxes' },
  ],

  contradictions: [
    {
      id: 'toll', level: 'core', kind: 'numeric',
      summary: 'How many have died: the Ministry of Health counts 31 dead, all confirmed by laboratory tests; the Ilvenian Physicians\' Guild says 58, counting villagers who died at home and were buried without an autopsy.',
      sides: [
        { file: N, quote: 'At least 31 people have died after drinking bootleg spirits laced with methanol in Zabrod District', value: '31', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'The toll from bootleg liquor laced with methanol in southern Ilvenia rose to 31 on Thursday, the Health Ministry said', value: '31', speaker: 'Ministry of Health', camp: 'A' },
        { file: S, quote: 'The number of dead has reached 31, the ministry reported on Thursday morning.', value: '31', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'The ministry counts 31 dead, all confirmed by laboratory tests.', value: '31', speaker: 'Ministry of Health', camp: 'A' },
        { file: N, quote: 'the guild had counted 58 deaths in the district', value: '58', speaker: "Ilvenian Physicians' Guild", camp: 'B' },
        { file: W, quote: "The Ilvenian Physicians' Guild said it had recorded 58 deaths", value: '58', speaker: "Ilvenian Physicians' Guild", camp: 'B' },
        { file: X, quote: 'says there have been 58 deaths, counting villagers who died at home and were buried without an autopsy', value: '58', speaker: "Ilvenian Physicians' Guild", camp: 'B' },
      ],
    },
    {
      id: 'antidote', level: 'core', kind: 'polarity',
      summary: 'Whether the hospital ran out of the antidote: the chief doctor, Dr Ilinka Sovrić (Sovric), says its fomepizole ran out on Sunday night and doctors switched to ethanol drips; Health Minister Ljubica Dantova says there was never a shortage and no patient was ever without the antidote.',
      sides: [
        { file: N, quote: "the hospital's stock of fomepizole, the standard antidote, ran out late on Sunday night", speaker: 'Ilinka Sovrić', camp: 'A' },
        { file: W, quote: 'the hospital had run out of fomepizole, the standard antidote for methanol poisoning, on Sunday night', speaker: 'Ilinka Sovrić', camp: 'A' },
        { file: L, quote: 'By Sunday night the hospital had run out of fomepizole, she says.', speaker: 'Ilinka Sovrić', camp: 'A' },
        { file: X, quote: 'says its fomepizole ran out on Sunday night and that doctors switched to ethanol drips', speaker: 'Ilinka Sovrić', camp: 'A' },
        { file: N, quote: 'At no point did the hospital run out of antidote', speaker: 'Ljubica Dantova', camp: 'B' },
        { file: W, quote: 'the hospital "always had enough antidote for every patient."', speaker: 'Ljubica Dantova', camp: 'B' },
        { file: S, quote: 'Not one patient was left without the antidote, not for a single hour', speaker: 'Ljubica Dantova', camp: 'B' },
        { file: X, quote: 'Health Minister Ljubica Dantova says no patient was ever without the antidote.', speaker: 'Ljubica Dantova', camp: 'B' },
      ],
    },
    {
      id: 'source', level: 'core', kind: 'attribution',
      summary: 'Who made the spirit: the police (Col Stanko Prekov), echoed by the state-aligned daily, say it was distilled in a home still in a barn behind Bozhan Kalmić\'s shop in Trenzovo and mixed with industrial methanol; the opposition MP Jasna Felsen says the bottles came sealed, with the monopoly\'s stamps, from the licensed Vintara Distillery in Kelm (which denies it).',
      sides: [
        { file: N, quote: 'the spirit had been produced in a home still in a barn behind the shop', speaker: 'Stanko Prekov', camp: 'A' },
        { file: W, quote: 'the liquor was distilled in a home still in a barn behind the shop', speaker: 'Stanko Prekov', camp: 'A' },
        { file: L, quote: 'says the drink was made in a barn behind the shop', speaker: 'Stanko Prekov', camp: 'A' },
        { file: S, quote: 'the counterfeit drink was produced in an illegal home still hidden in a barn behind a shop', speaker: 'Stanko Prekov', camp: 'A' },
        { file: X, quote: 'The police say it came from a home still.', speaker: 'Sorvel Provincial Police', camp: 'A' },
        { file: N, quote: 'It came off a production line at the Vintara Distillery in Kelm', speaker: 'Jasna Felsen', camp: 'B' },
        { file: W, quote: 'the bottles had come sealed from a licensed factory, the Vintara Distillery', speaker: 'Jasna Felsen', camp: 'B' },
        { file: L, quote: "They came sealed from the Vintara Distillery, with the state's own stamp on them.", speaker: 'Jasna Felsen', camp: 'B' },
        { file: X, quote: 'says the bottles came sealed from a licensed plant, the Vintara Distillery in Kelm', speaker: 'Jasna Felsen', camp: 'B' },
      ],
    },
    {
      id: 'confession', level: 'core', kind: 'polarity',
      summary: 'Whether the shop owner confessed: the police (Col Stanko Prekov) say Bozhan Kalmić (Kalmic) confessed during questioning to adding methanol; his lawyer Orlin Pevec says he confessed to nothing and denies every charge.',
      sides: [
        { file: W, quote: 'Kalmic had confessed during questioning to pouring methanol into the liquor to stretch it', speaker: 'Stanko Prekov', camp: 'A' },
        { file: S, quote: 'The shop owner, Bozhan Kalmić, has confessed to adding industrial methanol to the drink, the police said.', speaker: 'Sorvel Provincial Police', camp: 'A' },
        { file: X, quote: 'Prekov says Kalmic confessed during questioning.', speaker: 'Stanko Prekov', camp: 'A' },
        { file: W, quote: 'My client has confessed to nothing.', speaker: 'Orlin Pevec', camp: 'B' },
        { file: X, quote: 'says he has confessed to nothing and denies every charge', speaker: 'Orlin Pevec', camp: 'B' },
      ],
    },
    {
      id: 'warning', level: 'secondary', kind: 'polarity',
      summary: 'Whether the province was warned before the holiday: the Ilvenian Spirits Monopoly says it sent a written warning about counterfeit spirits to Sorvel Province on 29 September; Governor Kasimir Ludek says no warning of any kind reached his office or the district.',
      sides: [
        { file: W, quote: 'It said it had warned provincial authorities in writing about counterfeit spirits on Sept. 29', speaker: 'Ilvenian Spirits Monopoly', camp: 'A' },
        { file: S, quote: 'on 29 September it had sent a written warning about counterfeit spirits to the authorities of Sorvel Province', speaker: 'Ilvenian Spirits Monopoly', camp: 'A' },
        { file: X, quote: 'The monopoly says it sent a written warning about counterfeit spirits to Sorvel Province on September 29.', speaker: 'Ilvenian Spirits Monopoly', camp: 'A' },
        { file: L, quote: 'No warning of any kind reached my office or the district before the holiday', speaker: 'Kasimir Ludek', camp: 'B' },
        { file: X, quote: 'Governor Kasimir Ludek says nothing of the kind reached him or the district before the holiday.', speaker: 'Kasimir Ludek', camp: 'B' },
      ],
    },
    {
      id: 'first-patient', level: 'secondary', kind: 'temporal',
      summary: 'When the first patient arrived: Dr Ilinka Sovrić says a man from Trenzovo was brought in at 23:10 on Saturday; the Ministry of Health says its first case was registered at 14:20 on Sunday.',
      sides: [
        { file: W, quote: 'was brought in at 11:10 p.m. on Saturday', value: 'Sat 23:10', speaker: 'Ilinka Sovrić', camp: 'A' },
        { file: L, quote: 'the first patient, a man from Trenzovo, arrived at 23:10 on Saturday', value: 'Sat 23:10', speaker: 'Ilinka Sovrić', camp: 'A' },
        { file: X, quote: 'the first patient reached the hospital at 11:10 p.m. on Saturday', value: 'Sat 23:10', speaker: 'Ilinka Sovrić', camp: 'A' },
        { file: W, quote: 'The ministry has said its first case was registered on Sunday afternoon.', value: 'Sun afternoon', speaker: 'Ministry of Health', camp: 'B' },
        { file: S, quote: 'the first case of poisoning was registered at 14:20 on Sunday, 4 October', value: 'Sun 14:20', speaker: 'Ministry of Health', camp: 'B' },
        { file: X, quote: 'The ministry says the first case was registered at 2:20 p.m. on Sunday.', value: 'Sun 14:20', speaker: 'Ministry of Health', camp: 'B' },
      ],
    },
    {
      id: 'sale-ban', level: 'secondary', kind: 'status',
      summary: 'Whether the ban on selling spirits in Zabrod District is lifted: Governor Kasimir Ludek and the provincial administration say it is lifted for licensed shops from Thursday; the Ministry of Health says it stays in force until every seized batch has been tested.',
      sides: [
        { file: L, quote: 'the ban on the sale of spirits in the district will be lifted from tomorrow morning for licensed shops', speaker: 'Kasimir Ludek', camp: 'A' },
        { file: S, quote: 'The temporary restriction on the sale of spirits in Zabrod District has been lifted for licensed shops from today', speaker: 'Kasimir Ludek', camp: 'A' },
        { file: X, quote: 'The provincial administration says the sale ban was lifted on Thursday for licensed shops.', speaker: 'Kasimir Ludek', camp: 'A' },
        { file: N, quote: 'On Thursday it said the ban remains in force until laboratory tests on every seized batch are complete.', speaker: 'Ministry of Health', camp: 'B' },
        { file: X, quote: 'The Health Ministry says the ban stays in place until every seized batch has been tested.', speaker: 'Ministry of Health', camp: 'B' },
      ],
    },
    {
      id: 'quote-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "Whoever sold this poison knew it could kill": the Gimbal wire credits prosecutor Lenka Brodeva, outside the courthouse; the state-aligned Iskra Daily credits Health Minister Ljubica Dantova, during her hospital visit.',
      sides: [
        { file: W, quote: '"Whoever sold this poison knew it could kill," prosecutor Lenka Brodeva told reporters', speaker: 'Gimbal', camp: 'A' },
        { file: X, quote: 'The Gimbal news agency quotes prosecutor Lenka Brodeva saying it outside the courthouse in Zabrod.', speaker: 'Gimbal', camp: 'A' },
        { file: S, quote: '“Whoever sold this poison knew it could kill,” the minister said.', speaker: 'Iskra Daily', camp: 'B' },
        { file: X, quote: 'The state-run daily Iskra Daily gives the same words to Dantova, during her hospital visit.', speaker: 'Iskra Daily', camp: 'B' },
      ],
    },
    {
      id: 'arrests-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that police had arrested seven people, then corrected the figure to four, the number the other outlets give.',
      sides: [
        { file: L, quote: 'Police say seven people have now been arrested in connection with the poisonings', value: '7', speaker: 'Sorvel Telegraph', camp: 'A' },
        { file: L, quote: 'police have arrested four people', value: '4', speaker: 'Sorvel Telegraph', camp: 'B' },
        { file: N, quote: 'Police have arrested four people, among them Bozhan Kalmić', value: '4', speaker: 'Sorvel Provincial Police', camp: 'B' },
        { file: S, quote: 'Four people have been detained.', value: '4', speaker: 'Sorvel Provincial Police', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'hospitalised-rounding', kind: 'numeric',
      summary: '96 people admitted to hospital and "nearly a hundred" taken to hospital are one figure rounded.',
      sides: [
        { file: N, quote: 'Ninety-six people have been admitted to hospital', value: '96' },
        { file: X, quote: 'Nearly a hundred people were taken to hospital.', value: '~100' },
      ],
    },
    {
      id: 'toll-rises', kind: 'numeric',
      summary: 'Nine dead on Monday morning (live blog) and 31 by Thursday (wire) are a toll that rose, and the wire says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'Nine people have now died, the Health Ministry says.', value: '9 (Monday)' },
        { file: W, quote: 'The official toll rose from nine on Monday to 31 by Thursday afternoon', value: '31 (Thursday)' },
      ],
    },
    {
      id: 'blinded-vs-dead', kind: 'numeric',
      summary: 'At least 14 survivors who lost their sight and 31 dead are different sets.',
      sides: [
        { file: N, quote: 'At least 14 survivors have lost their sight', value: '14 blinded' },
        { file: X, quote: 'By Thursday 31 of them were dead, according to the Ministry of Health.', value: '31 dead' },
      ],
    },
    {
      id: 'trenzovo-part-whole', kind: 'numeric',
      summary: '17 dead in Trenzovo are part of the 27 dead in the whole district on the same day.',
      sides: [
        { file: L, quote: 'In Trenzovo alone, 17 people have died since Sunday', value: '17 (Trenzovo)' },
        { file: L, quote: 'The Health Ministry now puts the death toll at 27.', value: '27 (district)' },
      ],
    },
    {
      id: 'dialysis-synonyms', kind: 'polarity',
      summary: 'The hospital\'s four dialysis machines (DXR News) and its four haemodialysis units (Iskra Daily), both working without a break, are the same equipment: synonyms, not two accounts.',
      sides: [
        { file: N, quote: "The hospital's four dialysis machines have been running around the clock", value: 'dialysis machines' },
        { file: S, quote: 'All four haemodialysis units of the district hospital worked day and night', value: 'haemodialysis units' },
      ],
    },
    {
      id: 'officers-more-than-vs-about', kind: 'numeric',
      summary: '"More than 200" officers (DXR News) and "about 250" police officers (Iskra Daily) searching the villages are compatible approximations.',
      sides: [
        { file: N, quote: 'More than 200 officers have searched houses in Trenzovo', value: '>200' },
        { file: S, quote: 'About 250 police officers took part in the searches', value: '~250' },
      ],
    },
    {
      id: 'bottles-vs-litres', kind: 'numeric',
      summary: '1,180 half-litre bottles seized (wire) and nearly 600 litres removed (Iskra Daily) are one quantity in two units (590 litres).',
      sides: [
        { file: W, quote: 'Officers have seized 1,180 half-liter bottles', value: '1,180 x 0.5 l' },
        { file: S, quote: 'nearly 600 litres of the dangerous liquid were removed from circulation', value: '~600 l' },
      ],
    },
  ],
};
