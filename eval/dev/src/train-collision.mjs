// Hand-written gold source for the head-on collision of a passenger train and a freight train
// near Krelžany, Belkaria (invented event, November 2026). build-gold.mjs turns it into
// ../gold/train-collision.json.
// One file is a plain .txt wire (slugged headline, outlet and date lines, a "(Reporting by ...)"
// line); four have random names: the live blog and the explainer imitate scraped pages (site
// name, "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links), and the state-aligned paper is Markdown with YAML front matter and
// no headline in the body. Site names, navigation bars, bylines, date and "Updated" lines,
// "Share this article", "Advertisement", "Read more" lines, the wire's reporting line, the source
// list and the bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'dunnage-wire.txt'; // Dunnage wire (Tuesday 17 November), US style, straight quotes, writes Zelmarets, Krelzany, Jekov, Vlasic
const L = '54906f0da03f3fd9.txt'; // The Zelmarec Journal live blog, newest first (Monday 16 November, 07:58 to 22:40), UK style, curly quotes
const B = 'f5bd145c201f6741.md'; // BKT News web story (Wednesday 18 November, evening), UK style, curly quotes
const D = '015f7959b862f9ff.md'; // state-aligned The Belkarian Messenger (Thursday 19 November), YAML front matter, UK style, curly quotes, writes Kirill Vasov
const X = 'b1e044443fa7c9cb.txt'; // The Switchback explainer in questions (Friday 20 November), US style, straight quotes, writes Zelmarets, Krelzany, Vlasic

export default {
  corpus: 'train-collision',
  note: 'Invented event written for the project: on the morning of Monday 16 November 2026 the 06:40 Valtrans Rail regional train from Tolmesh to Zelmarec (Zelmarets in the wire and the explainer), the main city of Molvar Region in the fictional country of Belkaria (capital Drenovar), leaves the passing loop at Krelžany station (Krelzany in the wire and the explainer), where it was due to wait, and meets a northbound Granvel Cargo coal train head-on in a cutting about 2 km south on the single-track line; the first two carriages are crushed. Five invented outlets: the Dunnage wire (Tuesday), The Zelmarec Journal live blog, newest first (Monday 07:58 to 22:40), the BKT News web story (Wednesday), the state-aligned The Belkarian Messenger (Thursday) and The Switchback explainer (Friday); four files have random names. The Ministry of Transport and Transport Minister Teodora Vlašić (Vlasic in the wire and the explainer), the state passenger operator Valtrans Rail and its chief executive Arsen Dobrev, the freight company Granvel Cargo and its spokesman Dominik Strahl, the National Rail Infrastructure Agency (NRIA), its director general Mirela Stanek and its spokesman Bojan Lisac, the Federation of Locomotive Drivers (FLD) and its president Kiril Vasov (Kirill in the state-aligned paper), the State Accident Investigation Board (SAIB) and its chief investigator Irena Bozhkova, Zelmarec Regional Hospital and its medical director Dr Vesna Kalamova, the passenger train\'s driver Todor Zhekov (Jekov in the wire), the freight driver Emil Ivakin, the conductor Stefan Mirchev, the passengers and residents Daria Petkova, Ilija Koren and Nevena Sotirova, the Civic Renewal MP Lora Dimitrova and the academic Anton Grell disagree about the dead (11 by the ministry, 17 by the hospital), the passengers aboard (142 ticket holders by Valtrans, 146 people with crew by the ministry, against about 230 by the conductor and the FLD), the cause (a red signal passed by the driver, by the minister and the NRIA, against a faulty signal K2 that showed green, by the FLD, the driver and Valtrans), whether the line had automatic braking (since 2023, by the minister and the state-aligned paper, against never installed, by the NRIA\'s spokesman and the FLD), when the collision happened (07:42 by Valtrans and the state-aligned paper, against 07:19 by the SAIB and a resident), whether the freight driver survived (dead, by the ministry\'s list and the state-aligned paper, against alive in intensive care, by the hospital and Granvel Cargo), whether the line has reopened (on Wednesday morning, by the NRIA and the state-aligned paper, against still closed, by Valtrans and the explainer) and who said "Nobody should board a train in the morning and not come home at night" (Dobrev in the wire, Vlašić in the state-aligned paper); the live blog corrects its own count of injured people in the hospital (84, then 48). 1,480 metric tons and "nearly 1,500 tonnes" of coal are one figure rounded; six dead on Monday morning and 11 on Monday evening "up from six" is an update reported as such; the 48 admitted to the hospital and the "more than 70" treated at the scene are different sets; 142 passengers and 146 people "including four crew" are part and whole; "taken into custody" and "under arrest" are synonyms; "About 300 rescuers" and "More than 250 firefighters, paramedics and soldiers" agree; 48 admitted on Monday and 31 still in hospital on Thursday are figures of different days. "Belkarian" is a demonym (but "The Belkarian Messenger" is an outlet); "Zelmarec" inside Zelmarec Regional Hospital and The Zelmarec Journal and "Drenovar" inside Drenovar Technical University are nested; the "Zelmarec–Tolmesh line" is glued and ignored; "ATP" is the acronym of a common noun (automatic train protection) and "K2" the designation of a signal, both ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 45],
    [L]: [1, 2, 3, 4, 10, 11, 40, 81, 82, 84],
    [B]: [1, 7, 9, 21, 45, 67, 68, 69],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 45, 73, 74, 76, 77, 78, 79, 80, 82],
  },

  actors: [
    // places
    { id: 'belkaria', name: 'Belkaria', type: 'place', forms: ['Belkaria'], note: 'the country; "Belkarian" is a demonym; "the country" is nominal; the slug-glued "UPDATE 1-Belkaria" of the wire headline is assigned by hand' },
    { id: 'drenovar', name: 'Drenovar', type: 'place', forms: ['Drenovar'], note: 'the capital; nested in Drenovar Technical University; "the capital" is nominal' },
    { id: 'molvar', name: 'Molvar Region', type: 'place', forms: ['Molvar Region'], note: 'the region; "Molvar" alone appears only in navigation bars, bylines and front matter (metadata)' },
    { id: 'zelmarec', name: 'Zelmarec', type: 'place', forms: ['Zelmarec', 'Zelmarets', 'ZELMARETS', 'ZELMAREC'], note: 'the regional city (Zelmarets in the wire and the explainer; datelines in capitals); nested in Zelmarec Regional Hospital and The Zelmarec Journal; glued in "Zelmarec–Tolmesh line"' },
    { id: 'tolmesh', name: 'Tolmesh', type: 'place', forms: ['Tolmesh'], note: 'the mountain town at the northern end of the line, with a power station' },
    { id: 'krelzany', name: 'Krelžany', type: 'place', forms: ['Krelžany', 'Krelzany'], note: 'the village and station with the passing loop (Krelzany in the wire and the explainer)' },
    { id: 'velmont', name: 'Velmont Street', type: 'place', forms: ['Velmont Street'], note: 'street of the blood donation centre, in the live blog' },
    { id: 'palace-culture', name: 'Palace of Culture', type: 'place', forms: ['Palace of Culture'], note: 'the hall in Zelmarec where the minister met families, in the state-aligned paper' },
    // organizations
    { id: 'ministry', name: 'Ministry of Transport', type: 'organization', forms: ['Ministry of Transport'], note: 'the transport ministry; "the ministry", "Her ministry" are nominal' },
    { id: 'valtrans', name: 'Valtrans Rail', type: 'organization', forms: ['Valtrans Rail', 'Valtrans'], note: 'the state passenger operator; "the company", "the state passenger operator" are nominal' },
    { id: 'granvel', name: 'Granvel Cargo', type: 'organization', forms: ['Granvel Cargo', 'Granvel'], note: 'the private freight company; "Granvel spokesman" holds a mention' },
    { id: 'nria', name: 'National Rail Infrastructure Agency', type: 'organization', forms: ['National Rail Infrastructure Agency', 'NRIA'], note: 'owns the track and signals, defined as (NRIA); "the agency" is nominal' },
    { id: 'fld', name: 'Federation of Locomotive Drivers', type: 'organization', forms: ['Federation of Locomotive Drivers', 'FLD'], note: 'the train drivers\' union, defined as (FLD); "the union", "the drivers\' union" are nominal' },
    { id: 'saib', name: 'State Accident Investigation Board', type: 'organization', forms: ['State Accident Investigation Board', 'SAIB'], note: 'the independent investigators, defined as (SAIB); "the board" is nominal' },
    { id: 'hospital', name: 'Zelmarec Regional Hospital', type: 'organization', forms: ['Zelmarec Regional Hospital', 'Zelmarets Regional Hospital'], note: 'the regional hospital (Zelmarets in the wire and the explainer); the place inside it is nested; "the hospital" is nominal' },
    { id: 'civic-renewal', name: 'Civic Renewal', type: 'organization', forms: ['Civic Renewal'], note: 'the opposition party of Lora Dimitrova' },
    { id: 'engineer-brigade', name: '14th Engineer Brigade', type: 'organization', forms: ['14th Engineer Brigade'], note: 'army unit whose soldiers joined the rescue, in the state-aligned paper' },
    { id: 'dtu', name: 'Drenovar Technical University', type: 'organization', forms: ['Drenovar Technical University'], note: 'Anton Grell\'s university, in the explainer; the place inside it is nested' },
    { id: 'dunnage', name: 'Dunnage', type: 'organization', forms: ['Dunnage'], note: 'the wire agency: the dateline "(Dunnage)" and "Dunnage quoted" in the explainer are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'journal', name: 'The Zelmarec Journal', type: 'organization', forms: ['The Zelmarec Journal', 'Journal'], note: 'the city paper running the live blog: its photo credit and "told the Journal" are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'bkt', name: 'BKT News', type: 'organization', forms: ['BKT News'], note: 'the broadcaster\'s news site, named in its own text ("has told BKT News") and photo credit (reused by the explainer), and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'messenger', name: 'The Belkarian Messenger', type: 'organization', forms: ['The Belkarian Messenger', 'Belkarian Messenger', 'Messenger'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; "the state-aligned Belkarian Messenger" and "the Messenger" in the explainer are mentions' },
    { id: 'switchback', name: 'The Switchback', type: 'organization', forms: ['The Switchback'], note: 'the explainer\'s site: "When The Switchback visited" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'vlasic', name: 'Teodora Vlašić', type: 'person', forms: ['Teodora Vlašić', 'Teodora Vlasic', 'Vlašić', 'Vlasic'], note: 'Transport Minister (Vlasic in the wire and the explainer); the title is outside the span; "Ms Vlašić" -> "Vlašić"; "the minister", "the transport minister" are nominal' },
    { id: 'dobrev', name: 'Arsen Dobrev', type: 'person', forms: ['Arsen Dobrev', 'Dobrev'], note: 'chief executive of Valtrans Rail; "Mr Dobrev" -> "Dobrev"' },
    { id: 'zhekov', name: 'Todor Zhekov', type: 'person', forms: ['Todor Zhekov', 'Todor Jekov', 'Zhekov', 'Jekov', 'Todor'], note: 'driver of the passenger train (Jekov in the wire); "Todor" alone in the union president\'s quotation' },
    { id: 'ivakin', name: 'Emil Ivakin', type: 'person', forms: ['Emil Ivakin', 'Ivakin', 'Emil'], note: 'driver of the freight train; "Emil" alone in his employer\'s quotation; "Mr Ivakin" -> "Ivakin"' },
    { id: 'vasov', name: 'Kiril Vasov', type: 'person', forms: ['Kiril Vasov', 'Kirill Vasov', 'Vasov'], note: 'president of the FLD (Kirill in the state-aligned paper); "Mr Vasov" -> "Vasov"' },
    { id: 'kalamova', name: 'Vesna Kalamova', type: 'person', forms: ['Vesna Kalamova', 'Kalamova'], note: 'medical director of Zelmarec Regional Hospital; "Dr" is outside the span' },
    { id: 'strahl', name: 'Dominik Strahl', type: 'person', forms: ['Dominik Strahl'], note: 'spokesman of Granvel Cargo, in the wire' },
    { id: 'lisac', name: 'Bojan Lisac', type: 'person', forms: ['Bojan Lisac', 'Lisac'], note: 'NRIA spokesman, in the web story; "Mr Lisac" -> "Lisac"' },
    { id: 'stanek', name: 'Mirela Stanek', type: 'person', forms: ['Mirela Stanek'], note: 'director general of the NRIA, in the state-aligned paper' },
    { id: 'bozhkova', name: 'Irena Bozhkova', type: 'person', forms: ['Irena Bozhkova'], note: 'chief investigator of the SAIB, in the web story' },
    { id: 'mirchev', name: 'Stefan Mirchev', type: 'person', forms: ['Stefan Mirchev', 'Mirchev'], note: 'the train\'s conductor, in the live blog; "Mr Mirchev’s reckoning" holds a mention' },
    { id: 'petkova', name: 'Daria Petkova', type: 'person', forms: ['Daria Petkova'], note: 'a nursing student in the second carriage, in the live blog' },
    { id: 'koren', name: 'Ilija Koren', type: 'person', forms: ['Ilija Koren'], note: 'a resident above the cutting, in the live blog' },
    { id: 'sotirova', name: 'Nevena Sotirova', type: 'person', forms: ['Nevena Sotirova', 'Sotirova'], note: 'mother of a boy killed, in the web story; "Ms Sotirova" -> "Sotirova"; "Nevena Sotirova’s son" holds a mention' },
    { id: 'matej', name: 'Matej', type: 'person', forms: ['Matej'], note: 'Nevena Sotirova\'s son, who died (first name only)' },
    { id: 'dimitrova', name: 'Lora Dimitrova', type: 'person', forms: ['Lora Dimitrova'], note: 'opposition Civic Renewal MP, in the state-aligned paper' },
    { id: 'grell', name: 'Anton Grell', type: 'person', forms: ['Anton Grell', 'Grell'], note: 'teaches railway operations at Drenovar Technical University, in the explainer' },
    { id: 'vrana', name: 'Oskar Vrana', type: 'person', forms: ['Oskar Vrana'], note: 'The Zelmarec Journal reporter: his byline is metadata; "Our reporter Oskar Vrana" and his photo credit are mentions' },
    { id: 'mireva', name: 'Jana Mireva', type: 'person', forms: ['Jana Mireva'], note: 'BKT News correspondent: her byline is metadata; her photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bATP\\b', why: 'acronym of a common noun (automatic train protection, a safety system), not a named body' },
    { pattern: '\\bK2\\b', why: 'designation of a signal (equipment), not a named body or place' },
    { pattern: "\\b[Tt]he (?:ministry|hospital|agency|union|drivers’ union|drivers' union|federation|board|company|operator|state passenger operator|minister|transport minister|capital|country|city|government|President|ruling party|regional emergency service|emergency service)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Hh]er ministry\\b', why: 'nominal reference to the Ministry of Transport' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (no named prosecution body)' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: W, text: 'Belkaria', context: 'UPDATE 1-Belkaria train crash', actor: 'belkaria' },
  ],

  claims: [
    { file: W, speaker: 'Vesna Kalamova', cue: "the hospital's medical director, Vesna Kalamova, told reporters", quote: 'We have 17 bodies in our mortuary, and we have identified 15 of them' },
    { file: W, speaker: 'Dominik Strahl', cue: 'Granvel spokesman Dominik Strahl said', quote: 'Emil is in intensive care in Zelmarets. His family is with him' },
    { file: W, speaker: 'Teodora Vlašić', cue: 'Vlasic told reporters in Drenovar', quote: 'A red light is a red light' },
    { file: W, speaker: 'Kiril Vasov', cue: 'Vasov said', quote: 'Todor has driven that line for 16 years. He has never passed a signal at danger in his life' },
    { file: W, speaker: 'Arsen Dobrev', cue: 'he said', quote: 'Nobody should board a train in the morning and not come home at night' },
    { file: L, speaker: 'Teodora Vlašić', cue: 'she said', quote: 'The driver had a red signal and he did not stop' },
    { file: L, speaker: 'Kiril Vasov', cue: 'he said', quote: 'They put it on the main lines and the express routes. Our valley got a promise' },
    { file: L, speaker: 'Arsen Dobrev', cue: 'Mr Dobrev said', quote: 'Our driver reported over the radio that he had a green signal at Krelžany' },
    { file: L, speaker: 'Daria Petkova', cue: 'she told the Journal', quote: 'People were standing in the aisles and in the doorways, like every Monday' },
    { file: B, speaker: 'Bojan Lisac', cue: 'Mr Lisac said', quote: 'The section from Zelmarec to Tolmesh is in our programme for 2027. Today it is protected by signals and by the driver' },
    { file: B, speaker: 'Irena Bozhkova', cue: 'said Irena Bozhkova', quote: 'It is too early to say whether a signal failed or a driver did' },
    { file: B, speaker: 'Nevena Sotirova', cue: 'Ms Sotirova said', quote: 'He texted me at 07:16 to say the train was so full he could not sit down' },
    { file: D, speaker: 'Teodora Vlašić', cue: 'Ms Vlašić told the families', quote: 'Nobody should board a train in the morning and not come home at night' },
    { file: D, speaker: 'Mirela Stanek', cue: 'said Mirela Stanek', quote: 'Our log is not an opinion. It records every change of every signal to the second' },
    { file: X, speaker: 'Anton Grell', cue: 'he said', quote: 'A ticket count on a Monday morning is a floor, not a figure' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed in the collision: 11 according to the Ministry of Transport, which calls its figure final and official (repeated by the state-aligned paper, which says higher figures are unconfirmed); 17 according to Zelmarec Regional Hospital (Zelmarets in the wire and the explainer) and its medical director Dr Vesna Kalamova, which received the bodies.',
      sides: [
        { file: W, quote: 'The Ministry of Transport said 11 people were killed', value: '11', speaker: 'Ministry of Transport', camp: 'A' },
        { file: L, quote: 'The Ministry of Transport says 11 people were killed.', value: '11', speaker: 'Ministry of Transport', camp: 'A' },
        { file: B, quote: 'The ministry still gives an official toll of 11.', value: '11', speaker: 'Ministry of Transport', camp: 'A' },
        { file: D, quote: 'The official toll published by the Ministry of Transport stands at 11.', value: '11', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: 'The Ministry of Transport says 11.', value: '11', speaker: 'Ministry of Transport', camp: 'A' },
        { file: W, quote: 'We have 17 bodies in our mortuary', value: '17', speaker: 'Vesna Kalamova', camp: 'B' },
        { file: L, quote: 'Zelmarec Regional Hospital says it has received 17 bodies.', value: '17', speaker: 'Zelmarec Regional Hospital', camp: 'B' },
        { file: B, quote: 'The hospital says 17 people have died', value: '17', speaker: 'Zelmarec Regional Hospital', camp: 'B' },
        { file: B, quote: 'said on Wednesday that 17 people had died, two of them in the hospital on Monday after they were admitted', value: '17', speaker: 'Vesna Kalamova', camp: 'B' },
        { file: X, quote: 'says 17, two of whom died after they were admitted', value: '17', speaker: 'Zelmarec Regional Hospital', camp: 'B' },
      ],
    },
    {
      id: 'aboard', level: 'core', kind: 'numeric',
      summary: 'People aboard the passenger train: 142 passengers by Valtrans Rail\'s ticket records (146 with four crew by the ministry, in the state-aligned paper); about 230 according to the conductor Stefan Mirchev and the Federation of Locomotive Drivers (FLD), who say students were standing in every doorway (the wire has the union put it above 220).',
      sides: [
        { file: W, quote: 'said 142 passengers had been on board the 6:40 a.m. service from Tolmesh', value: '142', speaker: 'Valtrans Rail', camp: 'A' },
        { file: L, quote: 'Valtrans Rail says its ticket records show 142 passengers on the 06:40 from Tolmesh.', value: '142', speaker: 'Valtrans Rail', camp: 'A' },
        { file: B, quote: 'Valtrans says 142 people had tickets for the 06:40 from Tolmesh.', value: '142', speaker: 'Valtrans Rail', camp: 'A' },
        { file: D, quote: 'According to the ministry, 146 people were on board the passenger train', value: '146 with crew', speaker: 'Ministry of Transport', camp: 'A' },
        { file: W, quote: 'the true number was probably above 220', value: '>220', speaker: 'Federation of Locomotive Drivers', camp: 'B' },
        { file: L, quote: 'there were nearer 230 people aboard than the figure Valtrans has given', value: '~230', speaker: 'Stefan Mirchev', camp: 'B' },
        { file: B, quote: 'The FLD says the train carried at least 230', value: '>=230', speaker: 'Federation of Locomotive Drivers', camp: 'B' },
        { file: X, quote: 'says the conductor estimated "nearer 230"', value: '~230', speaker: 'Federation of Locomotive Drivers', camp: 'B' },
      ],
    },
    {
      id: 'cause', level: 'core', kind: 'attribution',
      summary: 'Who is to blame: the passenger train\'s driver Todor Zhekov (Jekov in the wire), who passed signal K2 at the south end of the Krelžany loop at red, according to Transport Minister Teodora Vlašić (Vlasic) and the National Rail Infrastructure Agency (NRIA) and its director general Mirela Stanek, whose log shows red; a faulty signal that showed green, according to the driver, the Federation of Locomotive Drivers (FLD) and its president Kiril Vasov (Kirill), who cite three logged faults in September, and Valtrans chief executive Arsen Dobrev, who says the driver radioed that he had a green.',
      sides: [
        { file: W, quote: 'the southbound passenger train had passed a red signal at the south end of the passing loop at Krelzany station', value: 'driver passed red', speaker: 'Teodora Vlašić', camp: 'A' },
        { file: W, quote: 'its signaling log showed that the signal, known as K2, was at red when the passenger train went past it', value: 'driver passed red', speaker: 'National Rail Infrastructure Agency', camp: 'A' },
        { file: L, quote: 'The driver had a red signal and he did not stop', value: 'driver passed red', speaker: 'Teodora Vlašić', camp: 'A' },
        { file: B, quote: 'its log shows K2 at red when the passenger train passed it on Monday', value: 'driver passed red', speaker: 'National Rail Infrastructure Agency', camp: 'A' },
        { file: D, quote: 'At the moment the passenger train passed K2, it was showing red.', value: 'driver passed red', speaker: 'Mirela Stanek', camp: 'A' },
        { file: X, quote: 'say the passenger train passed signal K2 at the end of the Krelzany loop while it was red', value: 'driver passed red', speaker: 'Teodora Vlašić', camp: 'A' },
        { file: W, quote: 'had told colleagues from his hospital bed that the signal was showing green', value: 'signal showed green', speaker: 'Kiril Vasov', camp: 'B' },
        { file: W, quote: 'The union said its members had reported faults on the same signal at least three times since September.', value: 'faulty signal', speaker: 'Federation of Locomotive Drivers', camp: 'B' },
        { file: L, quote: 'the drivers’ union says the signal was faulty', value: 'faulty signal', speaker: 'Federation of Locomotive Drivers', camp: 'B' },
        { file: L, quote: 'Our driver reported over the radio that he had a green signal at Krelžany', value: 'signal showed green', speaker: 'Arsen Dobrev', camp: 'B' },
        { file: B, quote: 'the signal at the end of the passing loop cleared for him because of a fault, not because he ignored it', value: 'faulty signal', speaker: 'Federation of Locomotive Drivers', camp: 'B' },
        { file: D, quote: 'has repeatedly claimed that the signal was faulty', value: 'faulty signal', speaker: 'Kiril Vasov', camp: 'B' },
        { file: X, quote: 'The driver, Todor Zhekov, and his union say the signal showed green.', value: 'signal showed green', speaker: 'Federation of Locomotive Drivers', camp: 'B' },
      ],
    },
    {
      id: 'automatic-braking', level: 'core', kind: 'polarity',
      summary: 'Whether the line had automatic braking: fitted in 2023, according to Transport Minister Teodora Vlašić (Vlasic), repeated by the state-aligned paper; never installed between Zelmarec and Tolmesh (due in 2027), according to the National Rail Infrastructure Agency (NRIA) and its spokesman Bojan Lisac, who own the track, and the Federation of Locomotive Drivers (FLD) and its president Kiril Vasov.',
      sides: [
        { file: W, quote: 'This line has had automatic braking since 2023.', value: 'installed 2023', speaker: 'Teodora Vlašić', camp: 'A' },
        { file: B, quote: 'On Monday night Ms Vlašić told reporters that the line had been fitted with automatic braking in 2023.', value: 'installed 2023', speaker: 'Teodora Vlašić', camp: 'A' },
        { file: D, quote: 'The Zelmarec–Tolmesh line has been equipped since 2023 with automatic train protection', value: 'installed 2023', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: 'Vlasic said on Monday that the line had been fitted with automatic braking in 2023', value: 'installed 2023', speaker: 'Teodora Vlašić', camp: 'A' },
        { file: W, quote: 'the single-track section between Zelmarets and Tolmesh had never been fitted with automatic train protection', value: 'never installed', speaker: 'Kiril Vasov', camp: 'B' },
        { file: L, quote: 'There is nothing between Zelmarec and Tolmesh that would have stopped that train.', value: 'none', speaker: 'Kiril Vasov', camp: 'B' },
        { file: B, quote: 'was never equipped with the automatic braking system that Transport Minister Teodora Vlašić says it had', value: 'never installed', speaker: 'National Rail Infrastructure Agency', camp: 'B' },
        { file: B, quote: 'The NRIA says automatic train protection was never installed between Zelmarec and Tolmesh', value: 'never installed', speaker: 'National Rail Infrastructure Agency', camp: 'B' },
        { file: X, quote: 'the NRIA told BKT News that automatic train protection (ATP) stops at Zelmarets station', value: 'not on the line', speaker: 'National Rail Infrastructure Agency', camp: 'B' },
      ],
    },
    {
      id: 'collision-time', level: 'secondary', kind: 'temporal',
      summary: 'When the trains collided on Monday morning: at 07:42, according to Valtrans Rail (the state-aligned paper has the passenger train pass the signal at 07:42); at 07:19, according to the State Accident Investigation Board (SAIB), which has the data recorders, and a resident above the cutting, Ilija Koren, who heard it "twenty past seven, maybe a minute before".',
      sides: [
        { file: W, quote: 'Valtrans said in a statement that the collision happened at 7:42 a.m.', value: '07:42', speaker: 'Valtrans Rail', camp: 'A' },
        { file: L, quote: 'Valtrans Rail says in a statement that the collision happened at 07:42', value: '07:42', speaker: 'Valtrans Rail', camp: 'A' },
        { file: B, quote: 'Valtrans Rail, which runs passenger services on the line, has said the crash happened at 07:42.', value: '07:42', speaker: 'Valtrans Rail', camp: 'A' },
        { file: D, quote: 'was at red when the passenger train ran past it at 07:42', value: '07:42', speaker: 'National Rail Infrastructure Agency', camp: 'A' },
        { file: X, quote: 'Valtrans put it at 7:42 a.m.', value: '07:42', speaker: 'Valtrans Rail', camp: 'A' },
        { file: L, quote: 'It was twenty past seven, maybe a minute before.', value: '~07:19', speaker: 'Ilija Koren', camp: 'B' },
        { file: B, quote: 'said in a preliminary note on Wednesday that the two trains collided at 07:19 on Monday', value: '07:19', speaker: 'State Accident Investigation Board', camp: 'B' },
        { file: X, quote: 'says the trains collided at 7:19 a.m., four minutes after they were due to cross', value: '07:19', speaker: 'State Accident Investigation Board', camp: 'B' },
      ],
    },
    {
      id: 'freight-driver', level: 'secondary', kind: 'status',
      summary: 'Whether the freight train\'s driver Emil Ivakin survived: dead, according to the Ministry of Transport\'s list of the dead on Monday and the state-aligned paper on Thursday ("died at the controls of his locomotive"); alive in intensive care, according to Zelmarec Regional Hospital and its medical director Dr Vesna Kalamova and his employer Granvel Cargo.',
      sides: [
        { file: W, quote: "The ministry's list of the dead, released on Monday, included the driver of the freight train.", value: 'dead', speaker: 'Ministry of Transport', camp: 'A' },
        { file: L, quote: 'The ministry’s statement this afternoon had named him among the dead.', value: 'dead', speaker: 'Ministry of Transport', camp: 'A' },
        { file: D, quote: 'Among the dead was the driver of the freight train, Emil Ivakin', value: 'dead', speaker: 'Ministry of Transport', camp: 'A' },
        { file: D, quote: 'who died at the controls of his locomotive', value: 'dead', speaker: 'The Belkarian Messenger', camp: 'A' },
        { file: W, quote: 'said that was wrong and that its driver, Emil Ivakin, had survived', value: 'alive', speaker: 'Granvel Cargo', camp: 'B' },
        { file: L, quote: 'The driver of the freight train is alive.', value: 'alive', speaker: 'Vesna Kalamova', camp: 'B' },
        { file: B, quote: 'Mr Ivakin is breathing on his own today.', value: 'alive', speaker: 'Vesna Kalamova', camp: 'B' },
        { file: X, quote: 'His employer and the hospital say he is alive', value: 'alive', speaker: 'Zelmarec Regional Hospital', camp: 'B' },
      ],
    },
    {
      id: 'line-reopened', level: 'secondary', kind: 'status',
      summary: 'Whether the line has reopened: at 05:00 on Wednesday, after 600 metres of track were relaid, according to the National Rail Infrastructure Agency (NRIA), repeated by the state-aligned paper; still closed, with buses instead of trains and the site not released by the investigators, according to Valtrans Rail on Wednesday evening and the explainer on Friday.',
      sides: [
        { file: B, quote: 'the line reopened to traffic at 05:00 on Wednesday', value: 'reopened', speaker: 'National Rail Infrastructure Agency', camp: 'A' },
        { file: D, quote: 'The NRIA said traffic on the line had resumed on Wednesday morning', value: 'reopened', speaker: 'National Rail Infrastructure Agency', camp: 'A' },
        { file: X, quote: 'The NRIA said on Wednesday that it had reopened the line that morning', value: 'reopened', speaker: 'National Rail Infrastructure Agency', camp: 'A' },
        { file: B, quote: 'The line is closed. We are running buses', value: 'closed', speaker: 'Valtrans Rail', camp: 'B' },
        { file: X, quote: 'But the line is still closed, Valtrans says, and the SAIB has not released the site.', value: 'closed', speaker: 'Valtrans Rail', camp: 'B' },
      ],
    },
    {
      id: 'come-home-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Nobody should board a train in the morning and not come home at night" is credited to Valtrans chief executive Arsen Dobrev by the wire and to Transport Minister Teodora Vlašić by the state-aligned paper (the explainer notes both).',
      sides: [
        { file: W, quote: '"Nobody should board a train in the morning and not come home at night," he said.', speaker: 'Arsen Dobrev', camp: 'A' },
        { file: X, quote: 'Dunnage quoted Dobrev as saying', speaker: 'Arsen Dobrev', camp: 'A' },
        { file: D, quote: '“Nobody should board a train in the morning and not come home at night,” Ms Vlašić told the families.', speaker: 'Teodora Vlašić', camp: 'B' },
        { file: X, quote: 'The Messenger put the same words in the mouth of Vlasic', speaker: 'Teodora Vlašić', camp: 'B' },
      ],
    },
    {
      id: 'injured-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 84 injured people had been taken to Zelmarec Regional Hospital, then corrected it to 48, the hospital\'s figure.',
      sides: [
        { file: L, quote: 'Zelmarec Regional Hospital is treating 84 injured people from the crash, a hospital spokesman says.', value: '84', speaker: 'Zelmarec Regional Hospital', camp: 'A' },
        { file: L, quote: 'The hospital says the figure is 48.', value: '48', speaker: 'Zelmarec Regional Hospital', camp: 'B' },
        { file: L, quote: '48 injured people are in the hospital, nine of them critically.', value: '48', speaker: 'Zelmarec Regional Hospital', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'coal-rounded', kind: 'numeric',
      summary: '1,480 metric tons of coal (wire) and "nearly 1,500 tonnes" (state-aligned paper) on the freight train are one figure, rounded.',
      sides: [
        { file: W, quote: 'hauling 1,480 metric tons of coal', value: '1480 t' },
        { file: D, quote: 'was carrying nearly 1,500 tonnes of coal', value: '~1500 t' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'At least six dead on Monday morning (the emergency service, in the live blog) and 11 on Monday evening "up from six in the morning" (the ministry, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'At least six people have died, according to the regional emergency service.', value: '>=6 (Monday morning)' },
        { file: W, quote: 'The ministry raised its toll to 11 on Monday evening, up from six in the morning', value: '11 (Monday evening)' },
      ],
    },
    {
      id: 'hospital-vs-scene', kind: 'numeric',
      summary: 'The 48 injured admitted to the hospital and the more than 70 treated at the scene and sent home are different sets, not rival counts of the injured.',
      sides: [
        { file: W, quote: 'She said 48 people had been admitted with injuries on Monday', value: '48 (admitted)' },
        { file: L, quote: 'More than 70 others were treated at the scene for cuts and bruises and sent home.', value: '>70 (treated at the scene)' },
      ],
    },
    {
      id: 'passengers-and-crew', kind: 'numeric',
      summary: '142 passengers with tickets (Valtrans, in the explainer) and 146 people on board "including four crew" (the ministry, in the state-aligned paper) are part and whole.',
      sides: [
        { file: X, quote: 'Valtrans says 142 passengers had tickets.', value: '142 (passengers)' },
        { file: D, quote: '146 people were on board the passenger train, including four crew', value: '146 (passengers and crew)' },
      ],
    },
    {
      id: 'custody-synonyms', kind: 'status',
      summary: 'The passenger train\'s driver "has been taken into custody" (state-aligned paper) and "is under arrest" (web story) say the same thing in different words.',
      sides: [
        { file: D, quote: 'has been taken into custody and is being treated in hospital for leg injuries', value: 'in custody' },
        { file: B, quote: 'Mr Zhekov, 41, who is under arrest, is being treated for two broken legs under police guard', value: 'under arrest' },
      ],
    },
    {
      id: 'rescuers-about-more-than', kind: 'numeric',
      summary: '"About 300 rescuers" (wire) and "More than 250 firefighters, paramedics and soldiers" (live blog) at the cutting on Monday are compatible approximations.',
      sides: [
        { file: W, quote: 'About 300 rescuers worked through Monday to free passengers from the first two carriages', value: '~300' },
        { file: L, quote: 'More than 250 firefighters, paramedics and soldiers are at work in the cutting', value: '>250' },
      ],
    },
    {
      id: 'injured-days', kind: 'numeric',
      summary: '48 people admitted with injuries on Monday and 31 still in the hospital on Thursday are figures of different days, not rival counts.',
      sides: [
        { file: X, quote: 'Forty-eight people were admitted to the hospital with injuries on Monday.', value: '48 (Monday)' },
        { file: X, quote: 'By Thursday, 31 were still there, seven of them in intensive care, the hospital said.', value: '31 (Thursday)' },
      ],
    },
  ],
};
