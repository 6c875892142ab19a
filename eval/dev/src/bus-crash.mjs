// Hand-written gold source for the pilgrim coach that fell into the Sulema Gorge below the Kirsh Pass,
// Dervenia (invented event, April 2026). build-gold.mjs turns it into ../gold/bus-crash.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the web story and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with role, "Published"/"Updated" lines,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the live blog is
// Markdown with YAML front matter and bold time stamps, newest first, and the state-aligned paper is
// Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst, byline and
// date line, image line with caption and credit, "Read more" link). Site names, navigation bars,
// bylines, date and "Updated" lines, "Share this article", "Advertisement", "Read more" lines and
// related topics, the wire's reporting line, the source list and the bio are metadata (meta:
// 1-based line numbers); headlines, standfirsts, image alt texts, captions and credits are counted
// text. Link URLs are in ignore.
const W = 'lanyard-wire.txt'; // Lanyard wire (Friday 17 April), US style, straight quotes, writes Petric, Demirtas, Tesic, St. Ilyan's
const L = '4e8b20d7c1f95a63.md'; // Merensk Evening Post live blog, YAML front matter, newest first (Thursday 16 April, 06:10 to 22:30), UK style, curly quotes, writes St Ilyan’s
const B = 'a19f6c3e08b74d52.txt'; // DTV News web story, saved page (Friday 17 April), UK style, curly quotes
const D = '6d02f8b3a57e1c94.md'; // state-aligned Dervenia Today (Saturday 18 April), breadcrumbs and # Headline, UK style, curly quotes, writes Dalmir Ekspres
const X = 'e5b7093f2c61a8d4.txt'; // The Lamplighter explainer in questions, saved page (Sunday 19 April), US style, straight quotes, writes Petric, Demirtas, Tesic

export default {
  corpus: 'bus-crash',
  note: 'Invented event written for the project: before dawn on Thursday 16 April 2026 a Dalmir Express coach (Dalmir Ekspres in the state-aligned paper) that left the capital Aldrovo at 22:00 on Wednesday with 44 passengers, most of them pilgrims from Orsania bound for St. Ilyan\'s Monastery (St Ilyan’s in the live blog), and two drivers, leaves a hairpin bend below the Kirsh Pass in Dervenia and falls about 80 m into the Sulema Gorge near the village of Brask, east of Merensk. Five invented outlets: the Lanyard wire (Friday), the Merensk Evening Post live blog, newest first (Thursday 06:10 to 22:30), the DTV News web story (Friday), the state-aligned Dervenia Today (Saturday) and The Lamplighter explainer (Sunday); four files have random names. The company and its director Stanko Hrebel, Transport Minister Danica Selvar and the Ministry of Transport, the Traffic Police Directorate and its spokesman Maj. Ratko Brankov, Merensk Regional Hospital and its director Dr Irena Haljak, the Union of Professional Drivers (UPD) and its chairman Bora Tešić (Tesic in the wire and the explainer), Safe Roads Dervenia and its director Mila Arkan, the Embassy of Orsania and Ambassador Lotte Varnhagen, the Merensk District Prosecutor\'s Office, the co-driver Yusuf Demirtaş (Demirtas in the wire and the explainer) and his lawyer Ferid Omanović, and the survivors Margit Ekholm and Jonas Rask disagree about the dead (19 by the police, 23 Orsanians by the embassy), whether the driver Goran Petrić (Petric in the wire and the explainer) exceeded his driving hours (19 hours on duty by the union, within the limits by the company), whether the brakes failed (the company, a survivor) or the driver fell asleep (the police, another survivor), whether the company\'s licence is suspended (by the minister, not by the company, whose coaches ran on Friday), whether the road was closed to coaches at night (by ministerial order, by the minister; open and no order received, by the traffic police; no order in the gazette, by the NGO), whether the co-driver is in custody (detained, by the police and the state-aligned paper; never arrested, by his lawyer), the time of the crash (about 04:40 by the police, just before 04:00 by the hospital\'s first ambulance call at 04:02 and a survivor) and who said "Nobody should be driving a coach on that road in the dark" (Mila Arkan in the wire, the minister in the state-aligned paper); the live blog corrects its own count of the injured (31, then 27). Look-alikes: 94 km/h and "nearly 100 km/h" are one tachograph reading, rounded; 11 dead in the morning and 19 "up from 11" is an update; the 31 Orsanians are part of the 44 passengers; "about 80 metres" and "more than 70 metres" agree; "a criminal case for endangering traffic safety causing death" and "an investigation into a road accident resulting in deaths" are synonyms; 46 on board and 44 passengers are different sets (the two drivers); "10 p.m." and "22:00" are one departure time. "Dervenian" and "Orsanian" are demonyms ("the Orsanian embassy" is nominal, "The Orsanian Embassy" a name); "Merensk" inside Merensk Regional Hospital, Merensk Evening Post and Merensk District Prosecutor\'s Office and "Dervenia" inside Safe Roads Dervenia and Dervenia Today are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 43],
    [L]: [],
    [B]: [1, 2, 3, 4, 10, 11, 12, 14, 36, 56, 57, 58, 60],
    [D]: [1, 7, 54, 55],
    [X]: [1, 2, 3, 11, 12, 13, 15, 61, 62, 63, 64, 65, 67],
  },

  actors: [
    // places
    { id: 'dervenia', name: 'Dervenia', type: 'place', forms: ['Dervenia'], note: 'the country; nested in Safe Roads Dervenia and Dervenia Today; "Dervenian" is a demonym' },
    { id: 'aldrovo', name: 'Aldrovo', type: 'place', forms: ['Aldrovo'], note: 'the capital, where the coach set out; "the capital" is nominal' },
    { id: 'orsania', name: 'Orsania', type: 'place', forms: ['Orsania'], note: 'the foreign country of most victims; "Orsanian" is a demonym' },
    { id: 'merensk', name: 'Merensk', type: 'place', forms: ['Merensk', 'MERENSK'], note: 'the regional city (dateline in capitals); nested in Merensk Regional Hospital, Merensk Evening Post and Merensk District Prosecutor\'s Office' },
    { id: 'kirsh-pass', name: 'Kirsh Pass', type: 'place', forms: ['Kirsh Pass'], note: 'the mountain pass; "the Kirsh Pass road" holds a mention; "the pass" is nominal' },
    { id: 'kirsh-mountains', name: 'Kirsh Mountains', type: 'place', forms: ['Kirsh Mountains'], note: 'the range, in the wire' },
    { id: 'sulema', name: 'Sulema Gorge', type: 'place', forms: ['Sulema Gorge'], note: 'the ravine; "the gorge" is nominal' },
    { id: 'brask', name: 'Brask', type: 'place', forms: ['Brask'], note: 'the village with the police checkpoint' },
    { id: 'monastery', name: 'St. Ilyan\'s Monastery', type: 'place', forms: ['St. Ilyan\'s Monastery', 'St Ilyan’s Monastery', 'St. Ilyan’s Monastery'], note: 'the pilgrims\' destination (St Ilyan’s in the live blog); "the monastery" is nominal' },
    { id: 'lindenova', name: 'Lindenova Street', type: 'place', forms: ['Lindenova Street'], note: 'street of the transfusion centre, in the live blog' },
    // organizations
    { id: 'dalmir', name: 'Dalmir Express', type: 'organization', forms: ['Dalmir Express', 'Dalmir Ekspres', 'Dalmir'], note: 'the coach company (Dalmir Ekspres in the state-aligned paper); "no Dalmir coaches" holds a mention; "the company" is nominal' },
    { id: 'ministry', name: 'Ministry of Transport', type: 'organization', forms: ['Ministry of Transport'], note: '"the ministry" is nominal' },
    { id: 'police', name: 'Traffic Police Directorate', type: 'organization', forms: ['Traffic Police Directorate'], note: '"the traffic police", "the police", "the directorate" are nominal' },
    { id: 'hospital', name: 'Merensk Regional Hospital', type: 'organization', forms: ['Merensk Regional Hospital'], note: 'the regional hospital; "the hospital" is nominal' },
    { id: 'upd', name: 'Union of Professional Drivers', type: 'organization', forms: ['Union of Professional Drivers', 'UPD'], note: 'the drivers\' union, defined as (UPD); "the union" is nominal' },
    { id: 'safe-roads', name: 'Safe Roads Dervenia', type: 'organization', forms: ['Safe Roads Dervenia'], note: 'the road-safety NGO; "the group" is nominal' },
    { id: 'embassy', name: 'Embassy of Orsania', type: 'organization', forms: ['Embassy of Orsania', 'Orsanian Embassy'], note: 'the foreign embassy in Aldrovo; capitalized "The Orsanian Embassy" is a name; lowercase "the Orsanian embassy", "the embassy" are nominal' },
    { id: 'prosecutor', name: 'Merensk District Prosecutor\'s Office', type: 'organization', forms: ['Merensk District Prosecutor’s Office', 'Merensk District Prosecutor\'s Office'], note: 'the prosecution service (curly or straight apostrophe; the \'s belongs to the name); lowercase "prosecutors" is nominal' },
    { id: 'nvti', name: 'National Vehicle Testing Institute', type: 'organization', forms: ['National Vehicle Testing Institute'], note: 'where the brakes are tested' },
    { id: 'lanyard', name: 'Lanyard', type: 'organization', forms: ['Lanyard'], note: 'the wire agency: the dateline "(Lanyard)" and "Lanyard credits it" in the explainer are mentions; its outlet line and the source list are metadata' },
    { id: 'post', name: 'Merensk Evening Post', type: 'organization', forms: ['Merensk Evening Post', 'Post'], note: 'the city paper running the live blog: "told the Post" (short name without the article), its photo credit (also reused by the explainer) and "told the Merensk Evening Post" are mentions; its front matter and the source list are metadata' },
    { id: 'dtv', name: 'DTV News', type: 'organization', forms: ['DTV News'], note: 'the broadcaster\'s site: "DTV News saw", "told DTV News" and its photo credit are mentions; its site-name line and the source list are metadata' },
    { id: 'today', name: 'Dervenia Today', type: 'organization', forms: ['Dervenia Today'], note: 'the state-aligned paper: its photo credit and the explainer\'s "Dervenia Today, a paper close to the government" are mentions; its breadcrumb, byline and the source list are metadata' },
    { id: 'lamplighter', name: 'The Lamplighter', type: 'organization', forms: ['The Lamplighter'], note: 'the explainer\'s site: "a reporter for The Lamplighter" and "told The Lamplighter" are mentions; its site-name line and the bio are metadata' },
    // people
    { id: 'petric', name: 'Goran Petrić', type: 'person', forms: ['Goran Petrić', 'Goran Petric', 'Petrić', 'Petric'], note: 'the driver, killed (Petric in the wire and the explainer); "Mr Petrić" -> "Petrić"' },
    { id: 'demirtas', name: 'Yusuf Demirtaş', type: 'person', forms: ['Yusuf Demirtaş', 'Yusuf Demirtas', 'Demirtaş', 'Demirtas'], note: 'the co-driver (Demirtas in the wire and the explainer)' },
    { id: 'hrebel', name: 'Stanko Hrebel', type: 'person', forms: ['Stanko Hrebel', 'Hrebel'], note: 'director of Dalmir Express' },
    { id: 'selvar', name: 'Danica Selvar', type: 'person', forms: ['Danica Selvar', 'Selvar'], note: 'Transport Minister; the title is outside the span; "Mrs Selvar" -> "Selvar"; "the minister" is nominal' },
    { id: 'brankov', name: 'Ratko Brankov', type: 'person', forms: ['Ratko Brankov', 'Brankov'], note: 'spokesman of the Traffic Police Directorate; "Maj."/"Maj"/"Major" are outside the span' },
    { id: 'haljak', name: 'Irena Haljak', type: 'person', forms: ['Irena Haljak'], note: 'director of Merensk Regional Hospital' },
    { id: 'tesic', name: 'Bora Tešić', type: 'person', forms: ['Bora Tešić', 'Bora Tesic'], note: 'chairman of the UPD (Tesic in the wire and the explainer)' },
    { id: 'arkan', name: 'Mila Arkan', type: 'person', forms: ['Mila Arkan'], note: 'director of Safe Roads Dervenia' },
    { id: 'varnhagen', name: 'Lotte Varnhagen', type: 'person', forms: ['Lotte Varnhagen'], note: 'Orsania\'s ambassador; "Ambassador" is outside the span' },
    { id: 'ekholm', name: 'Margit Ekholm', type: 'person', forms: ['Margit Ekholm'], note: 'an Orsanian pilgrim who survived' },
    { id: 'rask', name: 'Jonas Rask', type: 'person', forms: ['Jonas Rask'], note: 'an Orsanian tourist who survived, in the web story' },
    { id: 'omanovic', name: 'Ferid Omanović', type: 'person', forms: ['Ferid Omanović', 'Omanović'], note: 'lawyer of the co-driver, in the web story; "Mr Omanović" -> "Omanović"' },
    { id: 'lorca', name: 'Edvin Lorca', type: 'person', forms: ['Edvin Lorca'], note: 'Merensk Evening Post reporter: his name in the front matter is metadata; his photo credit (also reused by the explainer) is a mention' },
    { id: 'dunne', name: 'Kasimir Dunne', type: 'person', forms: ['Kasimir Dunne'], note: 'DTV News photographer, in a photo credit' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:company|ministry|union|Orsanian embassy|embassy|directorate|hospital|minister|Government|government|capital|traffic police|monastery|gorge|pass|group)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b(?! Directorate)', why: 'nominal reference to the police (the Traffic Police Directorate)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Merensk District Prosecutor\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Lotte Varnhagen', cue: 'Ambassador Lotte Varnhagen told reporters', quote: 'Twenty-three families in Orsania have been told that their mother, father or child will not come home' },
    { file: W, speaker: 'Bora Tešić', cue: 'said Bora Tesic', quote: 'He was not asleep on his feet by accident. He was asleep on his feet because of a timetable' },
    { file: W, speaker: 'Stanko Hrebel', cue: 'he said', quote: 'The brakes failed. That is what the passengers heard, and that is what the examination will show' },
    { file: W, speaker: 'Ratko Brankov', cue: 'he said', quote: 'A man who is braking leaves marks on the road. There are none' },
    { file: W, speaker: 'Mila Arkan', cue: 'she said', quote: 'Nobody should be driving a coach on that road in the dark' },
    { file: L, speaker: 'Danica Selvar', cue: 'she said', quote: 'That coach should not have been on that road, at that hour, with those people' },
    { file: L, speaker: 'Ratko Brankov', cue: 'Major Ratko Brankov of the Traffic Police Directorate told the Post', quote: 'There was no order on our desk closing that road to coaches. The road was open' },
    { file: L, speaker: 'Margit Ekholm', cue: 'she told us from a hospital corridor', quote: 'It was just before four. The driver was shouting something about the brakes and then we were flying' },
    { file: L, speaker: 'Stanko Hrebel', cue: 'he said', quote: 'Our driver was within his hours. He was fresh' },
    { file: B, speaker: 'Stanko Hrebel', cue: 'said Stanko Hrebel', quote: 'Our licence is valid. We have received no letter, no email and no visit from the ministry' },
    { file: B, speaker: 'Ferid Omanović', cue: 'Mr Omanović told DTV News', quote: 'Mr Demirtaş is in a hospital bed with a broken arm. Nobody has arrested him.' },
    { file: B, speaker: 'Jonas Rask', cue: 'he said', quote: 'I did not hear anyone shout about brakes. I heard the engine, then screaming' },
    { file: B, speaker: 'Mila Arkan', cue: 'she said', quote: 'If the order exists, it exists in a drawer in the ministry' },
    { file: D, speaker: 'Danica Selvar', cue: 'the minister said', quote: 'A company that sends a tired man down a closed mountain road at night does not deserve the trust of a single passenger' },
    { file: X, speaker: 'Lotte Varnhagen', cue: 'Ambassador Lotte Varnhagen told The Lamplighter', quote: 'The families want a name and a reason, and so far they have been offered two of each' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed: 19 according to the Traffic Police Directorate (repeated by the state-aligned paper); 23 Orsanian citizens alone according to the Embassy of Orsania and Ambassador Lotte Varnhagen, including four who died in hospital on Thursday night.',
      sides: [
        { file: W, quote: 'said on Friday afternoon that the police toll remained 19', value: '19', speaker: 'Ratko Brankov', camp: 'A' },
        { file: L, quote: 'Police say 19 people died when a Dalmir Express coach carrying pilgrims left the road', value: '19', speaker: 'Traffic Police Directorate', camp: 'A' },
        { file: B, quote: 'Nineteen people died in the crash before dawn on Thursday, according to the Traffic Police Directorate.', value: '19', speaker: 'Traffic Police Directorate', camp: 'A' },
        { file: D, quote: 'in which 19 people lost their lives', value: '19', speaker: 'Dervenia Today', camp: 'A' },
        { file: X, quote: 'The Traffic Police Directorate says 19.', value: '19', speaker: 'Traffic Police Directorate', camp: 'A' },
        { file: W, quote: 'said on Friday that 23 of its citizens had been killed', value: '23', speaker: 'Embassy of Orsania', camp: 'B' },
        { file: W, quote: 'Twenty-three families in Orsania have been told that their mother, father or child will not come home', value: '23', speaker: 'Lotte Varnhagen', camp: 'B' },
        { file: B, quote: 'The Orsanian Embassy says 23 of its citizens were killed, including four who died in hospital.', value: '23', speaker: 'Embassy of Orsania', camp: 'B' },
        { file: X, quote: 'The Embassy of Orsania says 23 of its citizens alone are dead', value: '23', speaker: 'Embassy of Orsania', camp: 'B' },
      ],
    },
    {
      id: 'driving-hours', level: 'core', kind: 'polarity',
      summary: 'Whether the driver Goran Petrić (Petric) exceeded his driving hours: yes, according to the Union of Professional Drivers (UPD) and its chairman Bora Tešić (Tesic), who say he had been on duty 19 hours against a legal limit of 13 after a day trip to the coast; no, according to Dalmir Express and its director Stanko Hrebel, who say he had rested 11 hours before the 22:00 departure and was within his hours.',
      sides: [
        { file: W, quote: 'said Petric had been on duty for 19 hours when the crash happened, well over the legal limit of 13', value: 'exceeded (19 h)', speaker: 'Union of Professional Drivers', camp: 'A' },
        { file: L, quote: 'Nineteen hours on duty. The law says thirteen', value: 'exceeded (19 h)', speaker: 'Bora Tešić', camp: 'A' },
        { file: B, quote: 'The union says the driver, Goran Petrić, had been on duty for 19 hours, six more than the law allows.', value: 'exceeded (19 h)', speaker: 'Union of Professional Drivers', camp: 'A' },
        { file: D, quote: 'claimed that the company forced the driver to work 19 hours', value: 'exceeded (19 h)', speaker: 'Union of Professional Drivers', camp: 'A' },
        { file: X, quote: 'say the driver, Goran Petric, had been on duty for 19 hours, six over the legal limit of 13', value: 'exceeded (19 h)', speaker: 'Union of Professional Drivers', camp: 'A' },
        { file: W, quote: 'Petric had rested for 11 hours at home before the coach left Aldrovo at 10 p.m. and had been within his hours', value: 'within limits', speaker: 'Stanko Hrebel', camp: 'B' },
        { file: L, quote: 'Our driver was within his hours.', value: 'within limits', speaker: 'Stanko Hrebel', camp: 'B' },
        { file: B, quote: 'The company says he had rested for 11 hours and was within the limits.', value: 'within limits', speaker: 'Dalmir Express', camp: 'B' },
        { file: X, quote: 'Dalmir Express says he had rested for 11 hours before the overnight run and was within his hours.', value: 'within limits', speaker: 'Dalmir Express', camp: 'B' },
      ],
    },
    {
      id: 'cause', level: 'core', kind: 'attribution',
      summary: 'What (and who) caused the crash: the brakes failed, according to Dalmir Express and its director Stanko Hrebel, and the survivor Margit Ekholm heard the driver shout about the brakes; the driver fell asleep, according to the Traffic Police Directorate and its spokesman Ratko Brankov (no skid marks, 94 km/h on a bend limited to 40; repeated by the state-aligned paper), and the survivor Jonas Rask saw his head drop forward.',
      sides: [
        { file: W, quote: 'The brakes failed. That is what the passengers heard', value: 'brakes', speaker: 'Stanko Hrebel', camp: 'A' },
        { file: L, quote: 'He says passengers heard Mr Petrić shout that the brakes had gone.', value: 'brakes', speaker: 'Stanko Hrebel', camp: 'A' },
        { file: L, quote: 'The driver was shouting something about the brakes and then we were flying', value: 'brakes', speaker: 'Margit Ekholm', camp: 'A' },
        { file: X, quote: 'The company says the brakes failed, and one survivor says the driver shouted about them.', value: 'brakes', speaker: 'Dalmir Express', camp: 'A' },
        { file: W, quote: 'A man who is braking leaves marks on the road. There are none', value: 'driver (no braking)', speaker: 'Ratko Brankov', camp: 'B' },
        { file: L, quote: 'In our view he fell asleep', value: 'driver asleep', speaker: 'Ratko Brankov', camp: 'B' },
        { file: B, quote: 'he had seen Mr Petrić’s head drop forward shortly before the bend', value: 'driver asleep', speaker: 'Jonas Rask', camp: 'B' },
        { file: D, quote: 'have concluded that the driver, Goran Petrić, fell asleep on the descent', value: 'driver asleep', speaker: 'Traffic Police Directorate', camp: 'B' },
        { file: D, quote: 'This was not a mechanical failure. The brakes were working', value: 'not the brakes', speaker: 'Ratko Brankov', camp: 'B' },
        { file: X, quote: 'The traffic police say the driver fell asleep', value: 'driver asleep', speaker: 'Traffic Police Directorate', camp: 'B' },
      ],
    },
    {
      id: 'licence', level: 'core', kind: 'status',
      summary: 'Whether Dalmir Express\'s operating licence is suspended: yes, since Thursday evening, according to Transport Minister Danica Selvar and the Ministry of Transport (repeated by the state-aligned paper); no, according to the company and its director Stanko Hrebel, who say no order reached them and whose coaches ran on Friday.',
      sides: [
        { file: W, quote: "She said on Thursday evening that she had suspended Dalmir Express's operating license.", value: 'suspended', speaker: 'Danica Selvar', camp: 'A' },
        { file: L, quote: 'she had suspended Dalmir Express’s operating licence', value: 'suspended', speaker: 'Danica Selvar', camp: 'A' },
        { file: B, quote: 'The Ministry of Transport insisted on Friday afternoon that the suspension had been signed on Thursday evening and was in force.', value: 'suspended', speaker: 'Ministry of Transport', camp: 'A' },
        { file: D, quote: 'had been suspended on Thursday evening and would remain suspended until the investigation is complete', value: 'suspended', speaker: 'Danica Selvar', camp: 'A' },
        { file: X, quote: "The minister says she suspended Dalmir Express's license on Thursday evening.", value: 'suspended', speaker: 'Danica Selvar', camp: 'A' },
        { file: W, quote: 'Hrebel said the company had received no suspension order and that its other coaches were running normally on Friday.', value: 'not suspended', speaker: 'Stanko Hrebel', camp: 'B' },
        { file: B, quote: 'saying the government had not suspended its licence', value: 'not suspended', speaker: 'Dalmir Express', camp: 'B' },
        { file: B, quote: 'Our licence is valid.', value: 'valid', speaker: 'Stanko Hrebel', camp: 'B' },
        { file: X, quote: 'The company says it has received no order, and its coaches were still leaving Aldrovo on Friday.', value: 'not suspended', speaker: 'Dalmir Express', camp: 'B' },
      ],
    },
    {
      id: 'road-closed', level: 'secondary', kind: 'polarity',
      summary: 'Whether the Kirsh Pass road was closed to coaches at night: yes, between 20:00 and 06:00 since 1 April by ministerial order, according to Transport Minister Danica Selvar (repeated by the state-aligned paper); no, according to the traffic police and their spokesman Ratko Brankov, who received no order and say the road was open, and Safe Roads Dervenia, which found no order in the official gazette.',
      sides: [
        { file: W, quote: 'said the road over the Kirsh Pass had been closed to coaches at night since April 1', value: 'closed', speaker: 'Danica Selvar', camp: 'A' },
        { file: L, quote: 'the Kirsh Pass road has been closed to coaches between 20:00 and 06:00 since 1 April, by ministerial order', value: 'closed', speaker: 'Danica Selvar', camp: 'A' },
        { file: B, quote: 'Transport Minister Danica Selvar says the Kirsh Pass road has been closed to coaches at night since 1 April.', value: 'closed', speaker: 'Danica Selvar', camp: 'A' },
        { file: D, quote: 'The road over the pass has been closed to coaches between 20:00 and 06:00 since 1 April', value: 'closed', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: 'says a ministerial order has closed the road over the pass to coaches between 8 p.m. and 6 a.m. since April 1', value: 'closed', speaker: 'Danica Selvar', camp: 'A' },
        { file: L, quote: 'There was no order on our desk closing that road to coaches. The road was open', value: 'open', speaker: 'Ratko Brankov', camp: 'B' },
        { file: B, quote: 'said on Thursday that the police had received no such order and that the road was open', value: 'open', speaker: 'Ratko Brankov', camp: 'B' },
        { file: B, quote: 'she had searched the official gazette and found no order closing the road', value: 'no order', speaker: 'Mila Arkan', camp: 'B' },
        { file: X, quote: 'The traffic police said on Thursday that they had received no such order and that the road was open', value: 'open', speaker: 'Traffic Police Directorate', camp: 'B' },
        { file: X, quote: 'says no such order appears in the official gazette', value: 'no order', speaker: 'Safe Roads Dervenia', camp: 'B' },
      ],
    },
    {
      id: 'co-driver-custody', level: 'secondary', kind: 'status',
      summary: 'Whether the co-driver Yusuf Demirtaş (Demirtas) is in custody: detained on Friday on the prosecutors\' orders and held for 48 hours, according to the police (the state-aligned paper: "is in custody"); never arrested, questioned only as a witness and in a hospital bed with no guard, according to his lawyer Ferid Omanović.',
      sides: [
        { file: W, quote: 'had been detained on Friday on the orders of prosecutors', value: 'detained', speaker: 'Traffic Police Directorate', camp: 'A' },
        { file: B, quote: 'was detained on Friday morning and is being held for 48 hours', value: 'detained', speaker: 'Traffic Police Directorate', camp: 'A' },
        { file: D, quote: 'The co-driver, Yusuf Demirtaş, is in custody.', value: 'in custody', speaker: 'Traffic Police Directorate', camp: 'A' },
        { file: X, quote: 'was detained on Friday on the orders of prosecutors and is in custody', value: 'in custody', speaker: 'Traffic Police Directorate', camp: 'A' },
        { file: B, quote: 'Nobody has arrested him.', value: 'not arrested', speaker: 'Ferid Omanović', camp: 'B' },
        { file: B, quote: 'He was questioned as a witness on Friday morning and the officers went home', value: 'witness, free', speaker: 'Ferid Omanović', camp: 'B' },
        { file: X, quote: 'His lawyer says he is in a hospital bed, has not been arrested and was questioned only as a witness.', value: 'not arrested', speaker: 'Ferid Omanović', camp: 'B' },
      ],
    },
    {
      id: 'crash-time', level: 'secondary', kind: 'temporal',
      summary: 'When the coach went off the road: at about 04:40, according to the traffic police (repeated by the state-aligned paper); before 04:02, when Merensk Regional Hospital\'s ambulance control took the first call, and "just before four" according to the survivor Margit Ekholm.',
      sides: [
        { file: L, quote: 'Maj Brankov says the crash happened at about 04:40', value: '04:40', speaker: 'Ratko Brankov', camp: 'A' },
        { file: D, quote: 'The crash happened at about 04:40, the traffic police said.', value: '04:40', speaker: 'Traffic Police Directorate', camp: 'A' },
        { file: X, quote: 'The police put the crash at about 4:40 a.m.', value: '04:40', speaker: 'Traffic Police Directorate', camp: 'A' },
        { file: L, quote: 'Merensk Regional Hospital says its ambulance control took the first call at 04:02.', value: 'before 04:02', speaker: 'Merensk Regional Hospital', camp: 'B' },
        { file: L, quote: 'It was just before four.', value: 'just before 04:00', speaker: 'Margit Ekholm', camp: 'B' },
        { file: X, quote: 'says its ambulance control took the first call at 4:02 a.m.', value: 'before 04:02', speaker: 'Merensk Regional Hospital', camp: 'B' },
        { file: X, quote: 'says it was "just before four."', value: 'just before 04:00', speaker: 'Margit Ekholm', camp: 'B' },
      ],
    },
    {
      id: 'dark-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Nobody should be driving a coach on that road in the dark" is credited to Mila Arkan of Safe Roads Dervenia by the wire and to Transport Minister Danica Selvar by the state-aligned paper; the explainer notes both.',
      sides: [
        { file: W, quote: '"Nobody should be driving a coach on that road in the dark," she said.', speaker: 'Mila Arkan', camp: 'A' },
        { file: X, quote: 'Lanyard credits it to Mila Arkan of Safe Roads Dervenia', speaker: 'Mila Arkan', camp: 'A' },
        { file: D, quote: 'the minister said. “Nobody should be driving a coach on that road in the dark.”', speaker: 'Danica Selvar', camp: 'B' },
        { file: X, quote: "puts it in the minister's mouth", speaker: 'Danica Selvar', camp: 'B' },
      ],
    },
    {
      id: 'injured-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 31 people had been injured, then corrected it to 27, Merensk Regional Hospital\'s figure (four patients moved between wards were counted twice); the explainer also says 27.',
      sides: [
        { file: L, quote: 'Merensk Regional Hospital says it has admitted 31 injured from the crash.', value: '31', speaker: 'Merensk Regional Hospital', camp: 'A' },
        { file: L, quote: 'Merensk Regional Hospital says the correct figure is 27', value: '27', speaker: 'Merensk Regional Hospital', camp: 'B' },
        { file: X, quote: 'Twenty-seven people were injured.', value: '27', speaker: 'The Lamplighter', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'speed-rounded', kind: 'numeric',
      summary: 'The tachograph\'s 94 km/h (live blog) and "nearly 100 km/h" (state-aligned paper), both from the traffic police, are one reading, rounded.',
      sides: [
        { file: L, quote: 'the tachograph shows the coach was travelling at 94 km/h on a bend where the limit is 40', value: '94 km/h' },
        { file: D, quote: 'The coach’s tachograph shows it was travelling at nearly 100 km/h as it entered the bend', value: '~100 km/h' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'At least 11 dead on Thursday morning and 19 in the afternoon "up from 11" (both the traffic police, in the live blog) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'At least 11 people have died, the traffic police say.', value: '11 (morning)' },
        { file: L, quote: 'The police now say 19 people have died, up from 11 this morning.', value: '19 (afternoon)' },
      ],
    },
    {
      id: 'orsanians-part', kind: 'numeric',
      summary: 'The 31 Orsanian nationals are part of the 44 passengers, not a rival count of those aboard.',
      sides: [
        { file: W, quote: 'Thirty-one of the passengers were Orsanian nationals, the embassy said.', value: '31 Orsanians' },
        { file: X, quote: 'a Dalmir Express coach carrying 44 passengers and two drivers', value: '44 passengers' },
      ],
    },
    {
      id: 'drop-about-more-than', kind: 'numeric',
      summary: '"about 80 metres below the road" (live blog) and "more than 70 metres" (web story) for the coach\'s fall are compatible approximations.',
      sides: [
        { file: L, quote: 'Rescuers are still working in the gorge, about 80 metres below the road.', value: '~80 m' },
        { file: B, quote: 'The coach fell more than 70 metres.', value: '>70 m' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a criminal case for endangering traffic safety causing death" (web story) and "an investigation into a road accident resulting in deaths" (explainer) describe the same step by the prosecutors in different words.',
      sides: [
        { file: B, quote: 'which has opened a criminal case for endangering traffic safety causing death', value: 'criminal case opened' },
        { file: X, quote: 'has opened an investigation into a road accident resulting in deaths', value: 'investigation opened' },
      ],
    },
    {
      id: 'aboard-vs-passengers', kind: 'numeric',
      summary: '46 people on board (wire) and 44 passengers (state-aligned paper) are different sets: the two drivers make the difference.',
      sides: [
        { file: W, quote: 'The company said 46 people were on board, 44 passengers and two drivers', value: '46 aboard' },
        { file: D, quote: 'Thirty-one of the 44 passengers were citizens of Orsania', value: '44 passengers' },
      ],
    },
    {
      id: 'departure-formats', kind: 'temporal',
      summary: '"10 p.m." (wire) and "the 22:00 departure" (live blog) from Aldrovo on Wednesday are one time written in two formats.',
      sides: [
        { file: W, quote: 'before the coach left Aldrovo at 10 p.m.', value: '22:00 Wednesday' },
        { file: L, quote: 'before the 22:00 departure from Aldrovo', value: '22:00 Wednesday' },
      ],
    },
  ],
};
