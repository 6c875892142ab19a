// Hand-written gold source for the flight of people from Kuzhvar, Harnovia, across the Drezha River
// into Ozrenia at Tešnovo (invented event, October 2027). build-gold.mjs turns it into
// ../gold/border-influx.json.
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
const W = 'transom-wire.txt'; // Transom wire (Monday 11 October), US style, straight quotes, writes Tesnovo, Starchev, Vrelic, Darvas, Kosar, Tomas Irigoyen, Lipak Transit Center
const L = '7ff5c92938903b3d.txt'; // Drezha Daily live blog, newest first (Saturday 9 October, 07:30 to 23:10), UK style, curly quotes
const B = '635ab048e0a8298b.md'; // RVZ News web story (Monday 11 October, evening), UK style, curly quotes
const D = 'd1c51d7bef88f822.md'; // state-aligned The Ozrenian Rampart (Tuesday 12 October), YAML front matter, UK style, curly quotes, writes Kujvar, Bridge and Bread
const X = 'd666736dc9f3cf5f.txt'; // The Mortise explainer in questions (Wednesday 13 October), US style, straight quotes, writes Tesnovo, Kujvar, Starchev, Vrelic, Kurtagic, Kosar, Vardazarian, Sarjanovic, Bridge and Bread, Lipak Transit Center, Tesnovo Health Center

export default {
  corpus: 'border-influx',
  note: 'Invented event written for the project: on Monday 4 October 2027 the army of the fictional country of Harnovia begins an offensive to retake Kuzhvar (Kujvar in the state-aligned paper and the explainer), a city of about 200,000 held since 2025 by the rebel Free Kuzhvar Brigades (FKB), about 40 km east of the Drezha River, the border with the fictional Ozrenia (capital Velmirad). People flee west: some wade across the river at the ford of Zelvanje, and from 06:00 on Thursday 7 October Ozrenia opens the Varsenik Bridge crossing outside the border town of Tešnovo (Tesnovo in the wire and the explainer) to people on foot and declares a state of emergency in the district; arrivals are housed at the Lipak Transit Centre (Center in the wire and the explainer), a former army barracks with 1,500 beds, and taken on by bus to the inland city of Gorvane. Five invented outlets: the Transom wire (Monday 11 October), the Drezha Daily live blog, newest first (Saturday 9 October, 07:30 to 23:10), the RVZ News web story (Monday 11 October), the state-aligned The Ozrenian Rampart (Tuesday 12 October) and The Mortise explainer (Wednesday 13 October); four files have random names. The Interior Ministry, Interior Minister Borislav Starčev (Starchev in the wire and the explainer) and his spokeswoman Nevenka Tordić, the Ozrenian Border Police (OBP) and its sector commander Col Tihomir Vrelić (Vrelic), the Allied Nations Refugee Agency (ANRA) and its representative Tomás Irigoyen (Tomas in the wire), the charity Bridge & Bread (Bridge and Bread in the state-aligned paper and the explainer) and its coordinator Jelka Darvaš (Darvas in the wire), the independent mayor of Tešnovo Zoran Pelivan, Dr Senada Kurtagić (Kurtagic) of Tešnovo Health Centre, Prime Minister Radmila Košar (Kosar), and the arrivals Samvel Gevorkov and Anahit Vardazaryan (Vardazarian in the explainer) disagree about how many crossed between Thursday and Sunday (11,412 by the ministry against about 23,000 by ANRA and more than 30,000 fed by the charity), whether the Varsenik crossing is closed (its gates chained since Saturday noon, by ANRA and reporters) or open (by the ministry), whether the border police fired warning shots into the air at the Zelvanje ford late on Friday or fired at people in the water (a man with a bullet wound in the thigh), how many people the Lipak centre holds (1,380, within capacity, by the ministry, against more than 4,000 in and around it, by the mayor), how many children arrived unaccompanied (38 by the ministry, 290 by ANRA), when the first group crossed (06:00 Thursday by the ministry, Tuesday night at Zelvanje by the mayor, the charity and arrivals), whether ANRA\'s 14-truck aid convoy was let through on Saturday evening (ministry) or turned back at 15:30 (ANRA), and who said "Nobody who reaches this bridge with a child in their arms will be turned away" (the mayor in the wire and the web story, the minister in the state-aligned paper); the live blog corrects its own count of buses sent to Gorvane (32, then 23). 11,412 and "more than 11,000" are one figure rounded; 6,800 by Friday evening and 11,412 by Sunday "up from 6,800" is a count reported as updated; 64 people treated at the health centre on Saturday and five in hospital in Gorvane are different sets; the 290 unaccompanied children are part of about 9,500 children registered; "a state of emergency" and "emergency rule" are synonyms; a town of "about 8,000" and "more than 7,500 people" agree; 640 people at Lipak on Thursday night and 1,380 on Sunday are figures for different days. "Ozrenian" and "Harnovian" are demonyms; "Tešnovo" inside Tešnovo Health Centre, "Kuzhvar"/"Kujvar" inside the Free Kuzhvar Brigades and "Drezha" inside Drezha Daily are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 2, 3, 4, 10, 11, 42, 78, 79, 81],
    [B]: [1, 7, 9, 21, 49, 67, 68, 69],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 47, 73, 74, 75, 76, 77, 79],
  },

  actors: [
    // places
    { id: 'ozrenia', name: 'Ozrenia', type: 'place', forms: ['Ozrenia'], note: 'the country that receives the refugees; "Ozrenian" is a demonym (also inside Ozrenian Border Police and The Ozrenian Rampart, nested); "the country" is nominal' },
    { id: 'harnovia', name: 'Harnovia', type: 'place', forms: ['Harnovia'], note: 'the country at war; "Harnovian" is a demonym' },
    { id: 'velmirad', name: 'Velmirad', type: 'place', forms: ['Velmirad'], note: 'capital of Ozrenia; "an order from Velmirad" is a capital used for its government and stays a place; in the wire\'s reporting line it is metadata' },
    { id: 'kuzhvar', name: 'Kuzhvar', type: 'place', forms: ['Kuzhvar', 'Kujvar'], note: 'the rebel-held Harnovian city under attack (Kujvar in the state-aligned paper and the explainer); nested in the Free Kuzhvar Brigades' },
    { id: 'tesnovo', name: 'Tešnovo', type: 'place', forms: ['Tešnovo', 'Tesnovo', 'TESNOVO', 'TEŠNOVO'], note: 'the Ozrenian border town (Tesnovo in the wire and the explainer; datelines in capitals); nested in Tešnovo Health Centre; "the town" is nominal; "Tesnovo district" holds a mention' },
    { id: 'drezha', name: 'Drezha River', type: 'place', forms: ['Drezha River', 'Drezha'], note: 'the border river; nested in Drezha Daily; "the river" is nominal' },
    { id: 'varsenik', name: 'Varsenik Bridge', type: 'place', forms: ['Varsenik Bridge', 'Varsenik'], note: 'the bridge and official crossing outside Tešnovo; "the Varsenik crossing" holds a mention; "the bridge", "the crossing" are nominal' },
    { id: 'zelvanje', name: 'Zelvanje', type: 'place', forms: ['Zelvanje'], note: 'village with a ford on the Ozrenian bank, 6 km south of the bridge, where the shots were fired' },
    { id: 'lipak', name: 'Lipak Transit Centre', type: 'place', forms: ['Lipak Transit Centre', 'Lipak Transit Center', 'Lipak'], note: 'the transit camp in a former army barracks (Center in the wire and the explainer), a named facility typed place; "at Lipak", "the Lipak centre" hold mentions; "the centre", "the barracks", "the camp" are nominal' },
    { id: 'gorvane', name: 'Gorvane', type: 'place', forms: ['Gorvane'], note: 'inland Ozrenian city where people are taken by bus' },
    { id: 'dragovit', name: 'Dragovit Street', type: 'place', forms: ['Dragovit Street'], note: 'street of the Tešnovo police station, in the live blog' },
    // organizations
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'Ozrenia\'s interior ministry; "the ministry" is nominal; "Interior Minister" before a name is a title' },
    { id: 'harnovia-defence', name: 'Defence Ministry', type: 'organization', forms: ['Defence Ministry'], note: 'Harnovia\'s defence ministry, in the wire ("Harnovia\'s Defence Ministry")' },
    { id: 'obp', name: 'Ozrenian Border Police', type: 'organization', forms: ['Ozrenian Border Police', 'OBP'], note: 'the border police, defined as (OBP); lowercase "border police" is nominal' },
    { id: 'anra', name: 'Allied Nations Refugee Agency', type: 'organization', forms: ['Allied Nations Refugee Agency', 'ANRA'], note: 'the UN-style refugee agency, defined as (ANRA); "the agency" is nominal' },
    { id: 'bridge-bread', name: 'Bridge & Bread', type: 'organization', forms: ['Bridge & Bread', 'Bridge and Bread'], note: 'the local charity (Bridge and Bread in the state-aligned paper and the explainer); "the charity" is nominal' },
    { id: 'fkb', name: 'Free Kuzhvar Brigades', type: 'organization', forms: ['Free Kuzhvar Brigades', 'Free Kujvar Brigades', 'FKB'], note: 'the rebel force holding Kuzhvar, defined as (FKB); the city inside the name is nested' },
    { id: 'health-centre', name: 'Tešnovo Health Centre', type: 'organization', forms: ['Tešnovo Health Centre', 'Tesnovo Health Center'], note: 'the town\'s clinic (Tesnovo Health Center in the explainer); the town inside the name is nested' },
    { id: 'transom', name: 'Transom', type: 'organization', forms: ['Transom'], note: 'the wire agency: the dateline "(Transom)", "told Transom", "A Transom reporter" and its naming in the explainer\'s text are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'drezha-daily', name: 'Drezha Daily', type: 'organization', forms: ['Drezha Daily'], note: 'the regional paper running the live blog: its photo credit (also reused by the explainer) and "told Drezha Daily" are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'rvz', name: 'RVZ News', type: 'organization', forms: ['RVZ News'], note: 'the web story\'s site, named in its own text ("told RVZ News", "RVZ News saw") and photo credit, and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'rampart', name: 'The Ozrenian Rampart', type: 'organization', forms: ['The Ozrenian Rampart', 'Ozrenian Rampart'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "The state-aligned Ozrenian Rampart" is a mention, spanned without the article' },
    { id: 'mortise', name: 'The Mortise', type: 'organization', forms: ['The Mortise'], note: 'the explainer\'s site: its site-name line and the author bio are metadata (no mention in its text)' },
    // people
    { id: 'starcev', name: 'Borislav Starčev', type: 'person', forms: ['Borislav Starčev', 'Borislav Starchev', 'Starčev', 'Starchev'], note: 'Interior Minister (Starchev in the wire and the explainer); "Mr Starčev" -> "Starčev"; "the minister" is nominal' },
    { id: 'tordic', name: 'Nevenka Tordić', type: 'person', forms: ['Nevenka Tordić', 'Tordić'], note: 'spokeswoman for the Interior Ministry, in the state-aligned paper; "Ms Tordić" -> "Tordić"' },
    { id: 'vrelic', name: 'Tihomir Vrelić', type: 'person', forms: ['Tihomir Vrelić', 'Tihomir Vrelic', 'Vrelić', 'Vrelic'], note: 'colonel commanding the OBP in the Tešnovo sector (Vrelic in the wire and the explainer); "Col"/"Col." is outside the span' },
    { id: 'irigoyen', name: 'Tomás Irigoyen', type: 'person', forms: ['Tomás Irigoyen', 'Tomas Irigoyen', 'Irigoyen'], note: 'ANRA\'s representative in Ozrenia (Tomas in the wire)' },
    { id: 'darvas', name: 'Jelka Darvaš', type: 'person', forms: ['Jelka Darvaš', 'Jelka Darvas'], note: 'coordinator of Bridge & Bread (Darvas in the wire)' },
    { id: 'pelivan', name: 'Zoran Pelivan', type: 'person', forms: ['Zoran Pelivan', 'Pelivan'], note: 'independent mayor of Tešnovo; "Mr Pelivan" -> "Pelivan"; "the mayor" is nominal' },
    { id: 'kurtagic', name: 'Senada Kurtagić', type: 'person', forms: ['Senada Kurtagić', 'Senada Kurtagic', 'Kurtagić'], note: 'doctor at Tešnovo Health Centre who treated Samvel Gevorkov (Kurtagic in the explainer); "Dr"/"Dr." is outside the span' },
    { id: 'kosar', name: 'Radmila Košar', type: 'person', forms: ['Radmila Košar', 'Radmila Kosar', 'Košar'], note: 'Prime Minister of Ozrenia (Kosar in the wire and the explainer); "Mrs Košar" -> "Košar"' },
    { id: 'gevorkov', name: 'Samvel Gevorkov', type: 'person', forms: ['Samvel Gevorkov', 'Gevorkov'], note: 'a mechanic from Kuzhvar wounded in the thigh at the Zelvanje ford; "Mr Gevorkov" -> "Gevorkov"; "Samvel Gevorkov’s leg" holds a mention' },
    { id: 'vardazaryan', name: 'Anahit Vardazaryan', type: 'person', forms: ['Anahit Vardazaryan', 'Anahit Vardazarian'], note: 'a nurse from Kuzhvar who waded across at Zelvanje on Tuesday night (Vardazarian in the explainer)' },
    { id: 'sarjanovic', name: 'Luka Sarjanović', type: 'person', forms: ['Luka Sarjanović', 'Luka Sarjanovic'], note: 'Drezha Daily reporter: his byline is metadata; his photo credit (Sarjanovic where the explainer reuses it) is a mention' },
    { id: 'lindqvist', name: 'Oskar Lindqvist-Ambrož', type: 'person', forms: ['Oskar Lindqvist-Ambrož'], note: 'RVZ News reporter: his byline is metadata; his photo credit is a mention (the hyphen is inside the name)' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|agency|charity|mayor|minister|interior minister|government|town|city|country|capital|crossing|bridge|river|centre|center|barracks|camp|village|district|border district|ministry’s|agency’s|ministry's|agency's|charity's|mayor's|town's)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Bb]order police\\b', why: 'nominal reference to the Ozrenian Border Police' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Tomás Irigoyen', cue: 'told Transom', quote: 'We are counting people, not forms. The forms ran out on Friday' },
    { file: W, speaker: 'Tihomir Vrelić', cue: 'Vrelic said', quote: 'Nobody was aimed at and nobody was hit by a bullet' },
    { file: W, speaker: 'Samvel Gevorkov', cue: 'he said outside the Lipak Transit Center', quote: 'I saw the flashes from the bank. They were pointing at the river, at us, not at the sky' },
    { file: W, speaker: 'Zoran Pelivan', cue: 'he said', quote: 'The ministry counts the beds. I count the people who are not in them' },
    { file: L, speaker: 'Tomás Irigoyen', cue: 'said Tomás Irigoyen', quote: 'We had the papers the ministry asked for on Thursday. Today we were told we needed different papers' },
    { file: L, speaker: 'Anahit Vardazaryan', cue: 'she said', quote: 'We walked into the river on Tuesday night, at Zelvanje. The water came up to my chest' },
    { file: L, speaker: 'Jelka Darvaš', cue: 'she said', quote: 'He was shot in the river with his daughter holding his hand' },
    { file: L, speaker: 'Tihomir Vrelić', cue: 'he said', quote: 'Not one shot was fired at a person' },
    { file: B, speaker: 'Senada Kurtagić', cue: 'Dr Kurtagić told RVZ News', quote: 'I have treated people who fell on rocks all week' },
    { file: B, speaker: 'Samvel Gevorkov', cue: 'he said, sitting on a camp bed at Lipak', quote: 'If they had been firing at the sky, why is there a hole in my leg?' },
    { file: B, speaker: 'Zoran Pelivan', cue: 'Mr Pelivan said', quote: 'The first families were in my town on Tuesday night' },
    { file: D, speaker: 'Radmila Košar', cue: 'she said', quote: 'Ozrenia is a small country with a big heart and a strong border, and the two go together' },
    { file: D, speaker: 'Nevenka Tordić', cue: 'said Nevenka Tordić', quote: 'Everyone who wants a bed at Lipak has a bed' },
    { file: D, speaker: 'Borislav Starčev', cue: 'Mr Starčev said', quote: 'The Varsenik crossing has not been closed for a single day, and it will not be' },
    { file: X, speaker: 'Zoran Pelivan', cue: 'the mayor told Transom', quote: 'I count the people who are not in them' },
  ],

  contradictions: [
    {
      id: 'people-crossed', level: 'core', kind: 'numeric',
      summary: 'How many people crossed from Harnovia into Ozrenia between Thursday morning and Sunday evening: 11,412 according to the Interior Ministry, which counts people registered at the Varsenik Bridge and says higher figures count people twice (repeated by the state-aligned paper); about 23,000 over the same four days according to the Allied Nations Refugee Agency (ANRA), whose representative says the ministry ran out of forms; the charity Bridge & Bread says it has fed more than 30,000.',
      sides: [
        { file: W, quote: "Ozrenia's Interior Ministry said on Sunday evening that 11,412 people fleeing fighting in neighboring Harnovia had entered the country since Thursday", value: '11,412', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The ministry says 11,412 people entered Ozrenia between Thursday morning and Sunday evening.', value: '11,412', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Estimates of 20,000 and more circulated by the Allied Nations Refugee Agency (ANRA) count the same people twice, officials said.', value: 'higher figures double-count', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: "Ozrenia's Interior Ministry says 11,412 people entered the country between Thursday morning and Sunday evening.", value: '11,412', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'said about 23,000 people had crossed into Ozrenia over the same four days', value: '~23,000', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
        { file: W, quote: 'said it had served meals to more than 30,000 people since the first families waded across the Drezha River on Tuesday night', value: '>30,000', speaker: 'Bridge & Bread', camp: 'B' },
        { file: B, quote: 'ANRA puts the number over the same period at about 23,000.', value: '~23,000', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
        { file: X, quote: 'puts the figure for those four days at roughly 23,000', value: '~23,000', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
        { file: X, quote: 'says it has fed more than 30,000 people', value: '>30,000', speaker: 'Bridge & Bread', camp: 'B' },
      ],
    },
    {
      id: 'crossing-closed', level: 'core', kind: 'status',
      summary: 'Whether the Varsenik Bridge crossing is closed: open and never closed, with processing paused for a few hours on Saturday, according to Interior Minister Borislav Starčev (Starchev) and his ministry (repeated by the state-aligned paper, which calls reports of sealed gates false); closed since noon on Saturday, its gates chained and about 2,000 people stranded on the bridge and the far bank, according to ANRA and Tomás Irigoyen, and as reporters of the wire, the live blog and the web story saw it through Monday evening.',
      sides: [
        { file: W, quote: 'Interior Minister Borislav Starchev said on Sunday that the crossing "remains open and has never been closed,"', value: 'open', speaker: 'Borislav Starčev', camp: 'A' },
        { file: L, quote: 'The Interior Ministry insists the crossing is open.', value: 'open', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'It says the Varsenik Bridge crossing “is open and functioning”', value: 'open', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'Interior Minister Borislav Starčev has said the crossing has not been closed.', value: 'not closed', speaker: 'Borislav Starčev', camp: 'A' },
        { file: D, quote: 'The crossing remains open.', value: 'open', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'The Varsenik crossing has not been closed for a single day, and it will not be', value: 'never closed', speaker: 'Borislav Starčev', camp: 'A' },
        { file: X, quote: 'Interior Minister Borislav Starchev says the crossing "has not been closed for a single day,"', value: 'never closed', speaker: 'Borislav Starčev', camp: 'A' },
        { file: W, quote: 'Irigoyen said the gates at the Ozrenian end of the bridge were shut at noon on Saturday and were still shut on Monday morning', value: 'shut since Saturday noon', speaker: 'Tomás Irigoyen', camp: 'B' },
        { file: W, quote: 'A Transom reporter saw the gates chained on Sunday afternoon.', value: 'chained', speaker: 'Transom', camp: 'B' },
        { file: L, quote: 'The gates at the Ozrenian end of the Varsenik Bridge have been shut since midday.', value: 'shut', speaker: 'Drezha Daily', camp: 'B' },
        { file: L, quote: 'ANRA says the crossing is now closed', value: 'closed', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
        { file: B, quote: 'The gates at the Ozrenian end of the Varsenik Bridge, shut since midday on Saturday, were still chained on Monday evening, RVZ News saw.', value: 'chained', speaker: 'RVZ News', camp: 'B' },
        { file: X, quote: 'ANRA says the crossing has been closed since Saturday', value: 'closed', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
      ],
    },
    {
      id: 'zelvanje-shots', level: 'core', kind: 'polarity',
      summary: 'Whether border guards fired at people at the Zelvanje ford late on Friday 8 October: only warning shots into the air, nobody aimed at or hit, according to Col Tihomir Vrelić (Vrelic) of the Ozrenian Border Police (OBP) and the Interior Ministry (repeated by the state-aligned paper, which calls the other account irresponsible); at the people standing in the water, according to those who crossed, among them Samvel Gevorkov, wounded in the thigh, and the charity Bridge & Bread, and Dr Senada Kurtagić (Kurtagic) says his wound is consistent with a bullet.',
      sides: [
        { file: W, quote: 'said officers had fired warning shots into the air at about 11 p.m. on Friday', value: 'warning shots into the air', speaker: 'Tihomir Vrelić', camp: 'A' },
        { file: W, quote: 'Nobody was aimed at and nobody was hit by a bullet', value: 'nobody aimed at', speaker: 'Tihomir Vrelić', camp: 'A' },
        { file: L, quote: 'He says his officers fired into the air, as a warning, at about 23:00 on Friday', value: 'warning shots into the air', speaker: 'Tihomir Vrelić', camp: 'A' },
        { file: L, quote: 'Not one shot was fired at a person', value: 'not at a person', speaker: 'Tihomir Vrelić', camp: 'A' },
        { file: B, quote: 'The Ozrenian Border Police (OBP) say the only shots their officers fired were warning shots, aimed skyward', value: 'warning shots into the air', speaker: 'Ozrenian Border Police', camp: 'A' },
        { file: D, quote: 'My officers fired into the sky. That is the procedure, and it worked', value: 'into the sky', speaker: 'Tihomir Vrelić', camp: 'A' },
        { file: X, quote: 'says his officers fired warning shots into the air and hit no one', value: 'warning shots into the air', speaker: 'Tihomir Vrelić', camp: 'A' },
        { file: W, quote: 'told Transom the guards had fired at people standing in the water', value: 'fired at people', speaker: 'Samvel Gevorkov', camp: 'B' },
        { file: W, quote: 'They were pointing at the river, at us, not at the sky', value: 'fired at people', speaker: 'Samvel Gevorkov', camp: 'B' },
        { file: L, quote: 'the guards fired at them while they were in the water', value: 'fired at people', speaker: 'Jelka Darvaš', camp: 'B' },
        { file: L, quote: 'He was shot in the river with his daughter holding his hand', value: 'man shot', speaker: 'Jelka Darvaš', camp: 'B' },
        { file: B, quote: 'Mr Gevorkov says the guards aimed at the water where his group was standing.', value: 'aimed at people', speaker: 'Samvel Gevorkov', camp: 'B' },
        { file: B, quote: 'an entry and an exit wound in the right thigh, consistent with a bullet', value: 'bullet wound', speaker: 'Senada Kurtagić', camp: 'B' },
        { file: X, quote: 'People who crossed say the guards fired at them as they stood in the water.', value: 'fired at people', speaker: 'Samvel Gevorkov', camp: 'B' },
      ],
    },
    {
      id: 'lipak-occupancy', level: 'core', kind: 'numeric',
      summary: 'How many people the Lipak Transit Centre (1,500 beds) holds: 1,380 on Sunday (about 1,400 on Monday), within capacity, according to the Interior Ministry and its spokeswoman Nevenka Tordić; more than 4,000 in and around the barracks, in tents, cars and the gym, according to Mayor Zoran Pelivan (and the charity Bridge & Bread).',
      sides: [
        { file: W, quote: 'The ministry said 1,380 people were staying on Sunday at the Lipak Transit Center, a former army barracks on the edge of Tesnovo with 1,500 beds', value: '1,380', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The ministry said this afternoon that Lipak was operating “below capacity”.', value: 'below capacity', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The ministry said on Sunday that 1,380 people were staying there.', value: '1,380', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'was housing about 1,400 people on Monday, within its capacity', value: '~1,400', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Everyone who wants a bed at Lipak has a bed', value: 'within capacity', speaker: 'Nevenka Tordić', camp: 'A' },
        { file: X, quote: 'The ministry says it is within capacity', value: 'within capacity', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'said more than 4,000 people were sleeping in and around the barracks', value: '>4,000', speaker: 'Zoran Pelivan', camp: 'B' },
        { file: L, quote: 'Tonight there are more than 4,000 people here, and most of them are on the ground.', value: '>4,000', speaker: 'Zoran Pelivan', camp: 'B' },
        { file: B, quote: 'More than 4,000 people are living in and around the barracks, he says', value: '>4,000', speaker: 'Zoran Pelivan', camp: 'B' },
        { file: X, quote: 'Pelivan puts the real number at more than 4,000, counting people in tents, in cars and on the floor of the gym.', value: '>4,000', speaker: 'Zoran Pelivan', camp: 'B' },
      ],
    },
    {
      id: 'unaccompanied-children', level: 'secondary', kind: 'numeric',
      summary: 'How many children arrived unaccompanied: 38 unaccompanied minors registered, according to the Interior Ministry (its spokeswoman says higher figures include children with relatives); 290 children who crossed with no parent, guardian or any adult, according to ANRA, which says it has offered the ministry its list.',
      sides: [
        { file: W, quote: 'The ministry said 38 unaccompanied minors had been registered', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The ministry counts 38 unaccompanied children', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'The ministry has registered 38 unaccompanied minors, who are in the care of social welfare staff', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'Officially, only 38 children crossed alone.', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'ANRA said it had registered 290 children who had arrived with no parent or guardian', value: '290', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
        { file: B, quote: 'says it has registered 290 children who crossed from Harnovia with no adult at all', value: '290', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
        { file: X, quote: 'ANRA says 290 children have crossed with no adult at all', value: '290', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
      ],
    },
    {
      id: 'first-crossing', level: 'secondary', kind: 'temporal',
      summary: 'When the first group crossed into Ozrenia: at 06:00 on Thursday 7 October, when the ministry opened the Varsenik Bridge to people on foot, according to the Interior Ministry (and the state-aligned paper); on Tuesday night, 5 October, two days earlier, wading across the Drezha at Zelvanje, according to Mayor Zoran Pelivan, Jelka Darvaš (Darvas) of Bridge & Bread and arrivals such as Anahit Vardazaryan (Vardazarian).',
      sides: [
        { file: W, quote: 'The ministry said the first group of refugees crossed into Ozrenia when the crossing opened on Thursday morning.', value: 'Thursday morning', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'That first group crossed at 06:00 on Thursday, when the ministry opened the crossing to people on foot, the ministry said.', value: 'Thursday 06:00', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The ministry dates the first arrivals to 6 a.m. on Thursday', value: 'Thursday 06:00', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'said the first families reached Tesnovo on Tuesday night, two days before the bridge opened', value: 'Tuesday night', speaker: 'Jelka Darvaš', camp: 'B' },
        { file: L, quote: 'Families who crossed at the ford that night say they were the first to reach Tešnovo.', value: 'Tuesday night', speaker: 'Anahit Vardazaryan', camp: 'B' },
        { file: B, quote: 'The first families were in my town on Tuesday night', value: 'Tuesday night', speaker: 'Zoran Pelivan', camp: 'B' },
        { file: X, quote: 'say the first families waded across the river at the village of Zelvanje on Tuesday night, two days earlier', value: 'Tuesday night', speaker: 'Zoran Pelivan', camp: 'B' },
      ],
    },
    {
      id: 'aid-convoy', level: 'secondary', kind: 'polarity',
      summary: 'Whether ANRA\'s convoy of 14 trucks for the people stranded on the far side was let through on Saturday: allowed through at 19:40 after routine checks, according to the Interior Ministry (and the state-aligned paper, which says it reached the people waiting); stopped at the Ozrenian checkpoint at 15:30 and turned back for lack of new paperwork, according to ANRA and Tomás Irigoyen; no reporter at the bridge saw the trucks cross.',
      sides: [
        { file: W, quote: 'The ministry said the convoy had been let through on Saturday evening after routine checks.', value: 'let through', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'It also says the ANRA convoy “was allowed through at 19:40 after the standard checks”.', value: 'let through 19:40', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'A convoy of 14 lorries sent by ANRA was waved through on Saturday evening, once the usual checks were complete', value: 'let through', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The ministry says the convoy was allowed through at 7:40 p.m. after routine checks.', value: 'let through 19:40', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'was turned back at the Ozrenian checkpoint on Saturday afternoon', value: 'turned back', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
        { file: L, quote: 'was turned back at the police checkpoint at 15:30', value: 'turned back 15:30', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
        { file: L, quote: 'says its aid convoy was turned back this afternoon', value: 'turned back', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
        { file: X, quote: 'The agency says they were stopped at the Ozrenian checkpoint at 3:30 p.m. and turned back for lack of the right paperwork.', value: 'turned back 15:30', speaker: 'Allied Nations Refugee Agency', camp: 'B' },
      ],
    },
    {
      id: 'child-in-arms-quote', level: 'secondary', kind: 'attribution',
      summary: 'The promise "Nobody who reaches this bridge with a child in their arms will be turned away", spoken at the bridge on Thursday, is credited to Tešnovo\'s mayor Zoran Pelivan by the wire and the web story (the explainer notes both versions) and to Interior Minister Borislav Starčev by the state-aligned paper.',
      sides: [
        { file: W, quote: '"Nobody who reaches this bridge with a child in their arms will be turned away," he told reporters at the crossing on Thursday.', speaker: 'Zoran Pelivan', camp: 'A' },
        { file: B, quote: 'It was he who stood at the bridge on Thursday morning and promised that “nobody who reaches this bridge with a child in their arms will be turned away”', speaker: 'Zoran Pelivan', camp: 'A' },
        { file: D, quote: '“Nobody who reaches this bridge with a child in their arms will be turned away,” the minister said as the first families came across.', speaker: 'Borislav Starčev', camp: 'B' },
      ],
    },
    {
      id: 'buses-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the Interior Ministry had sent 32 buses to move people from Lipak to Gorvane, then corrected it to the ministry\'s figure of 23.',
      sides: [
        { file: L, quote: 'The Interior Ministry says it has sent 32 buses to move people from Lipak to Gorvane', value: '32', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The ministry’s figure is 23 buses.', value: '23', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'count-rounded', kind: 'numeric',
      summary: 'The Interior Ministry\'s 11,412 arrivals (wire headline) and "more than 11,000 people" (state-aligned paper) are one figure, rounded.',
      sides: [
        { file: W, quote: 'Ozrenia counts 11,412 arrivals from Harnovia', value: '11,412' },
        { file: D, quote: 'who have received more than 11,000 people fleeing the fighting in Kujvar', value: '>11,000' },
      ],
    },
    {
      id: 'count-updated', kind: 'numeric',
      summary: 'The ministry\'s 6,800 arrivals by Friday evening (live blog, Saturday morning) and 11,412 by Sunday evening "up from 6,800 on Friday evening" (wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'The Interior Ministry says 6,800 people had entered Ozrenia through the Varsenik Bridge crossing by Friday evening.', value: '6,800 (Friday evening)' },
        { file: W, quote: "The ministry's count, up from 6,800 on Friday evening", value: '11,412 (Sunday evening), up from 6,800' },
      ],
    },
    {
      id: 'treated-vs-hospital', kind: 'numeric',
      summary: 'The 64 people treated at Tešnovo Health Centre on Saturday (web story) and the five people in hospital in Gorvane (wire) are different sets, not rival counts of the injured.',
      sides: [
        { file: B, quote: 'On Saturday alone Tešnovo Health Centre treated 64 people, most of them for exhaustion, blisters and dehydration', value: '64 treated (Saturday, Tešnovo)' },
        { file: W, quote: 'Five people, two of them children, were being treated in hospital in Gorvane, the ministry said.', value: '5 in hospital (Gorvane)' },
      ],
    },
    {
      id: 'children-part-whole', kind: 'numeric',
      summary: 'The 290 unaccompanied children ANRA counts (web story) are part of the about 9,500 children among everyone it has registered (explainer), not a rival count.',
      sides: [
        { file: B, quote: 'Every one of the 290 has a file with our staff and a photograph', value: '290 unaccompanied' },
        { file: X, quote: 'Children make up about 9,500 of everyone ANRA has registered.', value: '~9,500 children in all' },
      ],
    },
    {
      id: 'emergency-synonyms', kind: 'status',
      summary: '"declared a state of emergency in Tesnovo district" (wire) and "placed the border district under emergency rule" (state-aligned paper) describe the same Thursday decision in different words.',
      sides: [
        { file: W, quote: 'Ozrenia declared a state of emergency in Tesnovo district the same day.', value: 'state of emergency' },
        { file: D, quote: 'The government placed the border district under emergency rule the same day.', value: 'emergency rule' },
      ],
    },
    {
      id: 'town-size', kind: 'numeric',
      summary: 'Tešnovo as a town of "about 8,000 inhabitants" (wire) and "more than 7,500 people" (web story) are compatible approximations.',
      sides: [
        { file: W, quote: 'whose town has about 8,000 inhabitants', value: '~8,000' },
        { file: B, quote: 'who runs a town of more than 7,500 people', value: '>7,500' },
      ],
    },
    {
      id: 'lipak-different-days', kind: 'numeric',
      summary: 'The 640 people who slept at Lipak on the first night, Thursday (state-aligned paper), and the 1,380 housed there on Sunday (explainer) are the ministry\'s figures for different days, not rival counts.',
      sides: [
        { file: D, quote: 'On the first night, Thursday, 640 people slept at Lipak.', value: '640 (Thursday night)' },
        { file: X, quote: 'it housed 1,380 people on Sunday, and those who arrived after it filled were taken on to the inland city of Gorvane', value: '1,380 (Sunday)' },
      ],
    },
  ],
};
