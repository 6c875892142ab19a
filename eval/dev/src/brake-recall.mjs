// Hand-written gold source for the recall of the Solenna family car by Korvel Motors, Rhovenia
// (invented event, November 2026). build-gold.mjs turns it into ../gold/brake-recall.json.
// One file is a plain .txt wire (headline with an "UPDATE 3-" slug, outlet and date lines, a
// "(Reporting by ...)" line); the live blog and the explainer imitate pages saved from news sites
// (site name, "Skip to content", navigation bar, headline twice, byline with roles, "Updated"
// line, "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article";
// the explainer also has footnote markers, a numbered source list and an author bio); the web
// story is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links); the state-aligned paper is Markdown with YAML front matter and no
// headline in the body. Site names, navigation bars, bylines, date and "Updated" lines, "Share
// this article", "Advertisement", "Read more" lines, the wire's reporting line, the source list
// and the bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'quoin-wire.txt'; // Quoin wire (Tuesday 17 November, evening), US style, straight quotes, writes Velhora, Drazkovic, Rudnev, Ferencak, Danescu, Motorists' Defense League
const L = '256debf791145050.txt'; // The Kastelor Gazette live blog, newest first (Tuesday 17 November, 07:05 to 22:40), UK style, curly quotes
const B = 'f2b9011e3ba6c430.md'; // RVX News web story (Wednesday 18 November, evening), UK style, curly quotes
const D = '8d8a214260708f2b.md'; // state-aligned Rhovenia Forward (Thursday 19 November), YAML front matter, UK style, curly quotes
const X = '2eb60b8fc50078eb.txt'; // The Marlspike explainer in questions (Friday 20 November), US style, straight quotes, writes Drazkovic, Rudnev, Ferencak, Danescu, Motorists' Defense League

export default {
  corpus: 'brake-recall',
  note: 'Invented event written for the project: at about 17:20 on Saturday 14 November 2026 a Solenna estate, the best-selling family car of Korvel Motors (34 per cent state-owned, built at its plant in Bistrel), driven by Tomas Kalnik, runs into the back of traffic queuing at roadworks on the southbound A3 motorway near Velkhora (Velhora in the wire), about 70 km north of Kastelor, capital of the fictional country of Rhovenia; six vehicles are involved, Kalnik and his wife die at the scene and the van driver Ilie Sarbu dies in Velkhora General Hospital on Sunday; seven are injured. On Tuesday 17 November Korvel recalls the car to replace a rubber seal in the brake master cylinder, made by Calvex Polymers of Dalmerre, that can harden in the cold. Five invented outlets: the Quoin wire (Tuesday), The Kastelor Gazette live blog, newest first (Tuesday 07:05 to 22:40), the RVX News web story (Wednesday), the state-aligned Rhovenia Forward (Thursday) and The Marlspike explainer (Friday); four files have random names. Korvel Motors, its chief executive Emil Dražković (Drazkovic in the wire and the explainer) and its spokeswoman Irina Botezan, its technical director Viktor Halas, the Vehicle Safety Agency (VSA) and its director Kazimir Lendvar, Transport Minister Aurel Dânescu (Danescu in the wire and the explainer) and the Ministry of Transport, the Motorists’ Defence League (MDL; Motorists\' Defense League in the wire and the explainer) and its chair Oriana Velkova, the former brake engineer Pavel Rudnyev (Rudnev in the wire and the explainer), the families\' lawyer Sanja Ferenčak (Ferencak in the wire and the explainer), the Velkhora District Prosecutor\'s Office, the supplier Calvex Polymers, a lorry driver Marko Dobrev and the chair of the National Assembly\'s transport committee Greta Sorvin disagree about the cars recalled (112,400 by Korvel, 186,000 by the VSA and the state-aligned paper), the deaths linked to the defect (three by the VSA and the government, seven by the MDL), the injuries linked to it (14 against 41), when the company first knew (in September 2026 from warranty claims, by Korvel, against a memo dated 12 March 2024, by the engineer, seen by Quoin and RVX News), whether the recall was voluntary (by Korvel) or ordered by the VSA at 19:40 on Monday (by the VSA and the minister), whether sales are halted (by the VSA and the government) or cars built after July 2025 are still sold (by Korvel, its dealers and the MDL), whether the engineer was dismissed in June 2025 (by him) or resigned at his own request (by Korvel), and who said "No car should leave a factory with a brake its own engineers have doubted" (Oriana Velkova in the wire and the live blog, the minister in the state-aligned paper); the live blog corrects its own count of vehicles in the crash (nine, then six). 41,300 cars sold abroad and "some 41,000" exported are one figure rounded; 18,000 owners booked by Tuesday evening and "more than 30,000" by Thursday "up from 18,000" is an update reported as such; the seven injured in Saturday\'s crash are part of the 14 injuries the VSA counts; the 38,000 Veyra sedans of a 2021 airbag recall belong to another recall; "a criminal investigation into causing death by negligence" and "a case for negligent homicide" are synonyms; "more than 200 complaints" and "about 230 complaints" agree; the shares\' 11% fall on Tuesday and 3% fall on Wednesday are different days. "Rhovenian" is a demonym; "Rhovenia" inside Rhovenia Forward, "Kastelor" inside The Kastelor Gazette and Kastelor Stock Exchange and "Velkhora" inside Velkhora General Hospital and Velkhora District Prosecutor\'s Office are nested; the car models Solenna and Veyra are products, not persons, organizations or places, and are ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 55],
    [L]: [1, 2, 3, 4, 10, 11, 47, 74, 75, 77],
    [B]: [1, 7, 9, 21, 45, 71, 72, 73],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 65, 66, 67, 68, 69, 71],
  },

  actors: [
    // places
    { id: 'rhovenia', name: 'Rhovenia', type: 'place', forms: ['Rhovenia'], note: 'the country; "Rhovenian" is a demonym; nested in Rhovenia Forward; "the country" is nominal' },
    { id: 'kastelor', name: 'Kastelor', type: 'place', forms: ['Kastelor', 'KASTELOR'], note: 'the capital (datelines in capitals); nested in The Kastelor Gazette and Kastelor Stock Exchange; "the capital" is nominal' },
    { id: 'velkhora', name: 'Velkhora', type: 'place', forms: ['Velkhora', 'Velhora'], note: 'the town near the crash (Velhora in the wire); nested in Velkhora General Hospital and Velkhora District Prosecutor\'s Office; "the Velkhora couple" holds a mention' },
    { id: 'bistrel', name: 'Bistrel', type: 'place', forms: ['Bistrel'], note: 'town of Korvel\'s plant; "the Bistrel plant" holds a mention' },
    { id: 'dalmerre', name: 'Dalmerre', type: 'place', forms: ['Dalmerre'], note: 'neighbouring country, main export market and home of Calvex Polymers' },
    { id: 'a3', name: 'A3', type: 'place', forms: ['A3'], note: 'the motorway of the crash ("the A3 motorway", "the southbound A3"); a named road is a place' },
    { id: 'tavor', name: 'Tavor Boulevard', type: 'place', forms: ['Tavor Boulevard'], note: 'street of Korvel\'s flagship showroom in Kastelor' },
    // organizations
    { id: 'korvel', name: 'Korvel Motors', type: 'organization', forms: ['Korvel Motors', 'Korvel'], note: 'the carmaker; "Korvel’s", "Korvel showrooms", "Korvel recall" hold mentions; "the company", "the carmaker" are nominal' },
    { id: 'vsa', name: 'Vehicle Safety Agency', type: 'organization', forms: ['Vehicle Safety Agency', 'VSA'], note: 'the state vehicle regulator, defined as (VSA); "the agency", "the regulator" are nominal' },
    { id: 'ministry', name: 'Ministry of Transport', type: 'organization', forms: ['Ministry of Transport', 'Transport Ministry'], note: 'the transport ministry; "the ministry" is nominal; "Transport Minister" is a title' },
    { id: 'mdl', name: 'Motorists’ Defence League', type: 'organization', forms: ['Motorists’ Defence League', 'Motorists\' Defense League', 'MDL'], note: 'the consumer group (curly apostrophe and Defence in the UK-style outlets, straight and Defense in the wire and the explainer), defined as (MDL); "the league", "a consumer group" are nominal' },
    { id: 'prosecutor', name: 'Velkhora District Prosecutor’s Office', type: 'organization', forms: ['Velkhora District Prosecutor’s Office', 'Velkhora District Prosecutor\'s Office'], note: 'the prosecution office (curly or straight apostrophe); the \'s belongs to the name; the place inside it is nested; lowercase "prosecutors" is nominal' },
    { id: 'hospital', name: 'Velkhora General Hospital', type: 'organization', forms: ['Velkhora General Hospital'], note: 'where the van driver died; "the hospital" is nominal' },
    { id: 'calvex', name: 'Calvex Polymers', type: 'organization', forms: ['Calvex Polymers', 'Calvex'], note: 'the supplier of the seal, in Dalmerre; "the supplier" is nominal' },
    { id: 'exchange', name: 'Kastelor Stock Exchange', type: 'organization', forms: ['Kastelor Stock Exchange'], note: 'the stock exchange; the place inside it is nested' },
    { id: 'assembly', name: 'National Assembly', type: 'organization', forms: ['National Assembly', 'Assembly'], note: 'the parliament; "the Assembly’s transport committee" holds a mention; lowercase "parliament" is nominal' },
    { id: 'quoin', name: 'Quoin', type: 'organization', forms: ['Quoin'], note: 'the wire agency: the dateline "(Quoin)", "told Quoin", "Quoin has seen" and the explainer\'s "Quoin and RVX News" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'gazette', name: 'The Kastelor Gazette', type: 'organization', forms: ['The Kastelor Gazette', 'Gazette'], note: 'the city paper running the live blog: its photo credit and "told the Gazette", "the Gazette understands" are mentions (short form without the article); its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'rvx', name: 'RVX News', type: 'organization', forms: ['RVX News'], note: 'the broadcaster\'s news site, named in its own text and photo credit (also reused by the explainer) and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'forward', name: 'Rhovenia Forward', type: 'organization', forms: ['Rhovenia Forward'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "Rhovenia Forward, a paper close to the government" is a mention; the country inside it is nested' },
    { id: 'marlspike', name: 'The Marlspike', type: 'organization', forms: ['The Marlspike'], note: 'the explainer\'s site: its site-name line and the author bio are metadata; "when The Marlspike asked" is a mention' },
    // people
    { id: 'drazkovic', name: 'Emil Dražković', type: 'person', forms: ['Emil Dražković', 'Emil Drazkovic', 'Dražković', 'Drazkovic'], note: 'chief executive of Korvel (Drazkovic in the wire and the explainer); "Chief Executive" is outside the span' },
    { id: 'botezan', name: 'Irina Botezan', type: 'person', forms: ['Irina Botezan', 'Botezan'], note: 'Korvel\'s spokeswoman' },
    { id: 'halas', name: 'Viktor Halas', type: 'person', forms: ['Viktor Halas', 'Halas'], note: 'Korvel\'s technical director, addressee of the memo, in the web story; "Mr Halas" -> "Halas"' },
    { id: 'lendvar', name: 'Kazimir Lendvar', type: 'person', forms: ['Kazimir Lendvar', 'Lendvar'], note: 'director of the VSA; "VSA Director" is outside the span; "Mr Lendvar" -> "Lendvar"' },
    { id: 'danescu', name: 'Aurel Dânescu', type: 'person', forms: ['Aurel Dânescu', 'Aurel Danescu', 'Dânescu', 'Danescu'], note: 'Transport Minister (Danescu in the wire and the explainer); the title is outside the span; "the minister" is nominal' },
    { id: 'velkova', name: 'Oriana Velkova', type: 'person', forms: ['Oriana Velkova', 'Velkova'], note: 'chair of the MDL' },
    { id: 'rudnyev', name: 'Pavel Rudnyev', type: 'person', forms: ['Pavel Rudnyev', 'Pavel Rudnev', 'Rudnyev', 'Rudnev'], note: 'former senior brake engineer at Bistrel, the whistle-blower (Rudnev in the wire and the explainer); "Mr Rudnyev" -> "Rudnyev"; "Rudnev\'s name" holds a mention' },
    { id: 'ferencak', name: 'Sanja Ferenčak', type: 'person', forms: ['Sanja Ferenčak', 'Sanja Ferencak', 'Ferenčak', 'Ferencak'], note: 'lawyer for the Kalnik family and other bereaved families (Ferencak in the wire and the explainer)' },
    { id: 'kalnik', name: 'Tomas Kalnik', type: 'person', forms: ['Tomas Kalnik', 'Kalnik'], note: 'the driver of the Solenna, killed in the crash; "the Kalnik family", "Mr Kalnik" hold mentions; his wife is not named' },
    { id: 'sarbu', name: 'Ilie Sarbu', type: 'person', forms: ['Ilie Sarbu', 'Sarbu'], note: 'the van driver who died on Sunday; "Mr Sarbu" -> "Sarbu"' },
    { id: 'dobrev', name: 'Marko Dobrev', type: 'person', forms: ['Marko Dobrev'], note: 'a lorry driver in the queue, in the live blog' },
    { id: 'sorvin', name: 'Greta Sorvin', type: 'person', forms: ['Greta Sorvin'], note: 'chair of the National Assembly\'s transport committee, in the state-aligned paper' },
    { id: 'krejzl', name: 'Anton Krejzl', type: 'person', forms: ['Anton Krejzl'], note: 'The Kastelor Gazette business reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'ferro', name: 'Nadia Ferro', type: 'person', forms: ['Nadia Ferro'], note: 'RVX News business correspondent: her byline is metadata; her photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\b(?:Solenna|Veyra)s?\\b', why: 'car model (a product), not a person, organization or place' },
    { pattern: "\\b[Tt]he (?:company|carmaker|agency|regulator|state vehicle regulator|state regulator|ministry|minister|league|consumer group|group|supplier|plant|capital|country|government|state|hospital|office|opposition|couple)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Velkhora District Prosecutor\'s Office)' },
    { pattern: '\\b(?:motorway )?police\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\bparliament\\b', why: 'nominal reference to the parliament (the National Assembly)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Emil Dražković', cue: 'Chief Executive Emil Drazkovic told reporters', quote: 'Nobody ordered us to do this. We are doing it because it is right, and we are doing it before anyone has proven anything' },
    { file: W, speaker: 'Kazimir Lendvar', cue: 'VSA Director Kazimir Lendvar said', quote: 'This is not a voluntary recall. It is a recall this agency ordered, in writing, at 7:40 p.m. yesterday' },
    { file: W, speaker: 'Pavel Rudnyev', cue: 'he said', quote: 'I wrote it down, I signed it and I sent it to three people' },
    { file: W, speaker: 'Sanja Ferenčak', cue: 'she said', quote: 'My clients do not need a recall. They needed one two years ago' },
    { file: L, speaker: 'Marko Dobrev', cue: 'said Marko Dobrev', quote: 'It didn’t slow down at all. I watched it in my mirror and it just kept coming' },
    { file: L, speaker: 'Irina Botezan', cue: 'she said', quote: 'Every owner will get a courtesy car if the repair takes longer than a day' },
    { file: L, speaker: 'Pavel Rudnyev', cue: 'he told the Gazette', quote: 'I did not guess. I froze the seals, I tested them and they cracked' },
    { file: L, speaker: 'Kazimir Lendvar', cue: 'he said', quote: 'The agency ordered this recall. We served the order at 19:40 on Monday, and we have the receipt' },
    { file: B, speaker: 'Pavel Rudnyev', cue: 'he said', quote: 'They told me I was not a team player, and then they told me to clear my desk' },
    { file: B, speaker: 'Aurel Dânescu', cue: 'he told deputies', quote: 'Let nobody be confused: the state ordered this recall' },
    { file: B, speaker: 'Sanja Ferenčak', cue: 'she said', quote: 'The recorder shows he pressed the pedal for four seconds before the impact. Four seconds' },
    { file: D, speaker: 'Emil Dražković', cue: 'said Emil Dražković', quote: 'We have hidden nothing from the state, and we will hide nothing' },
    { file: D, speaker: 'Greta Sorvin', cue: 'said Greta Sorvin', quote: 'The minister signed the recall order. The opposition signed a press release' },
    { file: X, speaker: 'Sanja Ferenčak', cue: 'she said', quote: 'Nobody at the agency has ever called my clients' },
    { file: X, speaker: 'Calvex Polymers', cue: 'the company said in a statement', quote: "Our seals were made to Korvel's drawings and passed every test Korvel asked for" },
  ],

  contradictions: [
    {
      id: 'cars-recalled', level: 'core', kind: 'numeric',
      summary: 'How many cars are recalled: 112,400 Solennas built between March 2023 and July 2025, according to Korvel Motors; all 186,000 Solennas built since March 2023, including those with the redesigned seal fitted since August 2025, according to the Vehicle Safety Agency (VSA), whose order the state-aligned paper repeats.',
      sides: [
        { file: W, quote: 'said on Tuesday it was voluntarily recalling 112,400 of its Solenna family cars', value: '112,400', speaker: 'Korvel Motors', camp: 'A' },
        { file: L, quote: 'Korvel Motors says it is recalling 112,400 Solennas built between March 2023 and July 2025.', value: '112,400', speaker: 'Korvel Motors', camp: 'A' },
        { file: L, quote: 'It says 112,400 Solennas built at Bistrel between March 2023 and July 2025 need a new rubber seal in the brake master cylinder', value: '112,400', speaker: 'Korvel Motors', camp: 'A' },
        { file: B, quote: 'The company recalled 112,400 Solennas on Tuesday.', value: '112,400', speaker: 'Korvel Motors', camp: 'A' },
        { file: X, quote: 'Korvel says 112,400 cars, built between March 2023 and July 2025.', value: '112,400', speaker: 'Korvel Motors', camp: 'A' },
        { file: W, quote: 'the order applied to all 186,000 Solennas built since production began in March 2023', value: '186,000', speaker: 'Vehicle Safety Agency', camp: 'B' },
        { file: L, quote: 'The Vehicle Safety Agency (VSA) says the recall covers every Solenna built, 186,000 cars, and that it ordered it.', value: '186,000', speaker: 'Vehicle Safety Agency', camp: 'B' },
        { file: L, quote: 'He said the order covers all 186,000 Solennas built since March 2023', value: '186,000', speaker: 'Kazimir Lendvar', camp: 'B' },
        { file: B, quote: 'The regulator says all 186,000 Solennas are recalled', value: '186,000', speaker: 'Vehicle Safety Agency', camp: 'B' },
        { file: B, quote: 'covering all 186,000 Solennas built since March 2023', value: '186,000', speaker: 'Vehicle Safety Agency', camp: 'B' },
        { file: D, quote: 'The recall of all 186,000 Solennas built since 2023', value: '186,000', speaker: 'Vehicle Safety Agency', camp: 'B' },
        { file: X, quote: 'The Vehicle Safety Agency (VSA) says its order covers every Solenna built so far, 186,000 cars', value: '186,000', speaker: 'Vehicle Safety Agency', camp: 'B' },
      ],
    },
    {
      id: 'deaths-linked', level: 'core', kind: 'numeric',
      summary: 'Deaths linked to the brake defect: three, all in Saturday\'s crash near Velkhora, according to the VSA and the Ministry of Transport (the state-aligned paper calls higher figures unsupported by police records); seven, according to the Motorists’ Defence League (MDL), which matched owners\' reports to police records, and the families\' lawyer Sanja Ferenčak, who says four deaths happened in crashes the agency never investigated.',
      sides: [
        { file: W, quote: "The VSA said the defect had so far been linked to three deaths, all of them in Saturday's crash.", value: '3', speaker: 'Vehicle Safety Agency', camp: 'A' },
        { file: L, quote: 'The VSA links the brake fault to three deaths, all in Saturday’s crash near Velkhora.', value: '3', speaker: 'Vehicle Safety Agency', camp: 'A' },
        { file: B, quote: 'The VSA has linked the defect to three deaths, all in Saturday’s crash on the A3 motorway near Velkhora', value: '3', speaker: 'Vehicle Safety Agency', camp: 'A' },
        { file: D, quote: 'The agency has linked the brake fault to three deaths, all of them in Saturday’s crash.', value: '3', speaker: 'Vehicle Safety Agency', camp: 'A' },
        { file: D, quote: 'Figures circulated online by activist groups, which claim seven deaths, are not supported by police records', value: 'not 7', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: "The VSA says the seal has been linked to three deaths, all in Saturday's crash", value: '3', speaker: 'Vehicle Safety Agency', camp: 'A' },
        { file: W, quote: 'linked the seal to seven deaths in 11 crashes since the spring of 2024', value: '7', speaker: 'Motorists’ Defence League', camp: 'B' },
        { file: L, quote: 'The Motorists’ Defence League (MDL) says seven people have died.', value: '7', speaker: 'Motorists’ Defence League', camp: 'B' },
        { file: B, quote: 'and seven killed in crashes involving Solennas whose brakes failed', value: '7', speaker: 'Motorists’ Defence League', camp: 'B' },
        { file: X, quote: "The Motorists' Defense League (MDL), a consumer group, says it has documented seven deaths", value: '7', speaker: 'Motorists’ Defence League', camp: 'B' },
        { file: X, quote: 'says four of the deaths happened in crashes the agency has never investigated', value: '3 + 4', speaker: 'Sanja Ferenčak', camp: 'B' },
      ],
    },
    {
      id: 'injuries-linked', level: 'secondary', kind: 'numeric',
      summary: 'Injuries linked to the brake defect: 14 in six crashes, according to the VSA and its director Kazimir Lendvar; 41, according to the MDL and its chair Oriana Velkova.',
      sides: [
        { file: L, quote: 'The agency has linked the defect to three deaths and 14 injuries in six crashes, he said.', value: '14', speaker: 'Kazimir Lendvar', camp: 'A' },
        { file: D, quote: 'Fourteen people have been injured in the six crashes the agency has examined', value: '14', speaker: 'Kazimir Lendvar', camp: 'A' },
        { file: X, quote: 'and to 14 injuries in six crashes', value: '14', speaker: 'Vehicle Safety Agency', camp: 'A' },
        { file: L, quote: 'She says the league has counted seven deaths and 41 injuries in Solenna crashes since spring 2024', value: '41', speaker: 'Oriana Velkova', camp: 'B' },
        { file: B, quote: 'says 41 people have been injured', value: '41', speaker: 'Motorists’ Defence League', camp: 'B' },
        { file: X, quote: 'and 41 injuries since the spring of 2024', value: '41', speaker: 'Motorists’ Defence League', camp: 'B' },
      ],
    },
    {
      id: 'memo-date', level: 'core', kind: 'temporal',
      summary: 'When Korvel first knew of the seal\'s problem: in September 2026, from warranty claims from the colder north, according to the company (repeated by the state-aligned paper); in March 2024, from a memo dated 12 March 2024 by the brake engineer Pavel Rudnyev (Rudnev) to the technical director and two managers, according to Rudnyev, Quoin and RVX News, which have seen it.',
      sides: [
        { file: W, quote: 'first identified a possible link between the seal and brake complaints in September 2026', value: 'September 2026', speaker: 'Korvel Motors', camp: 'A' },
        { file: L, quote: 'He said the company first identified a possible problem with the seal in September, when warranty claims from the colder north began to rise', value: 'September 2026', speaker: 'Emil Dražković', camp: 'A' },
        { file: B, quote: 'It says it first became aware of a possible link between the seal and brake complaints in September this year.', value: 'September 2026', speaker: 'Korvel Motors', camp: 'A' },
        { file: D, quote: 'Korvel said it had first identified the fault in September this year, after analysing warranty data from northern regions', value: 'September 2026', speaker: 'Korvel Motors', camp: 'A' },
        { file: X, quote: 'Korvel says it first identified a possible link between the seal and brake complaints in September 2026, from warranty claims.', value: 'September 2026', speaker: 'Korvel Motors', camp: 'A' },
        { file: W, quote: 'told Quoin he had warned the company in a memo dated March 12, 2024 that the seal cracked in cold-chamber tests', value: '12 March 2024', speaker: 'Pavel Rudnyev', camp: 'B' },
        { file: W, quote: 'They knew in March 2024.', value: 'March 2024', speaker: 'Pavel Rudnyev', camp: 'B' },
        { file: L, quote: 'says his memo was dated 12 March 2024 and went to the technical director and two other managers', value: '12 March 2024', speaker: 'Pavel Rudnyev', camp: 'B' },
        { file: B, quote: 'An internal memo dated 12 March 2024 warned that the brake seal cracked in the cold', value: '12 March 2024', speaker: 'RVX News', camp: 'B' },
        { file: B, quote: 'The two-page memo, dated 12 March 2024', value: '12 March 2024', speaker: 'RVX News', camp: 'B' },
        { file: X, quote: 'says he warned three managers in a memo dated March 12, 2024', value: '12 March 2024', speaker: 'Pavel Rudnyev', camp: 'B' },
      ],
    },
    {
      id: 'ordered-or-voluntary', level: 'core', kind: 'polarity',
      summary: 'Whether Korvel volunteered the recall: voluntary, announced by the company itself, which says it told the regulator of its decision on Monday afternoon, according to its chief executive Emil Dražković; ordered, by a compulsory recall order the VSA served at 19:40 on Monday, according to the VSA and its director Kazimir Lendvar, Transport Minister Aurel Dânescu and the state-aligned paper.',
      sides: [
        { file: W, quote: 'Nobody ordered us to do this.', value: 'voluntary', speaker: 'Emil Dražković', camp: 'A' },
        { file: L, quote: 'Nobody has ordered us to do anything. This is a voluntary recall, and we announced it ourselves', value: 'voluntary', speaker: 'Emil Dražković', camp: 'A' },
        { file: X, quote: 'Chief Executive Emil Drazkovic says the recall is voluntary', value: 'voluntary', speaker: 'Emil Dražković', camp: 'A' },
        { file: W, quote: 'This is not a voluntary recall. It is a recall this agency ordered, in writing, at 7:40 p.m. yesterday', value: 'ordered', speaker: 'Kazimir Lendvar', camp: 'B' },
        { file: L, quote: 'The agency ordered this recall. We served the order at 19:40 on Monday, and we have the receipt', value: 'ordered', speaker: 'Kazimir Lendvar', camp: 'B' },
        { file: B, quote: 'says the recall was not Korvel’s idea', value: 'ordered', speaker: 'Vehicle Safety Agency', camp: 'B' },
        { file: B, quote: 'Let nobody be confused: the state ordered this recall', value: 'ordered', speaker: 'Aurel Dânescu', camp: 'B' },
        { file: D, quote: 'was ordered by the Vehicle Safety Agency (VSA) on Monday evening, on the minister’s instruction', value: 'ordered', speaker: 'Aurel Dânescu', camp: 'B' },
        { file: X, quote: 'The VSA says it served a compulsory recall order on Korvel at 7:40 p.m. on Monday, before the company announced anything', value: 'ordered', speaker: 'Vehicle Safety Agency', camp: 'B' },
      ],
    },
    {
      id: 'sales-halted', level: 'secondary', kind: 'status',
      summary: 'Whether the Solenna is still on sale: sales are halted nationwide by a VSA order, according to the VSA and the government (the state-aligned paper); dealers are still selling cars built after July 2025, which Korvel says have the redesigned seal, according to Korvel, the MDL and RVX News, which was offered a new car in a Kastelor showroom on Wednesday.',
      sides: [
        { file: L, quote: 'He also said the agency had ordered an immediate halt to sales of new Solennas until Korvel proves the new part is safe.', value: 'halted', speaker: 'Kazimir Lendvar', camp: 'A' },
        { file: B, quote: 'and sales are halted', value: 'halted', speaker: 'Vehicle Safety Agency', camp: 'A' },
        { file: B, quote: 'and ordered dealers to stop selling the car', value: 'halted', speaker: 'Vehicle Safety Agency', camp: 'A' },
        { file: D, quote: 'Sales of the Solenna have been halted nationwide', value: 'halted', speaker: 'Aurel Dânescu', camp: 'A' },
        { file: X, quote: 'The VSA ordered a halt to sales of new Solennas on Tuesday, and the government says sales have stopped nationwide.', value: 'halted', speaker: 'Vehicle Safety Agency', camp: 'A' },
        { file: W, quote: 'The MDL also said Solennas were still on sale at dealerships in Kastelor on Tuesday afternoon.', value: 'on sale', speaker: 'Motorists’ Defence League', camp: 'B' },
        { file: W, quote: 'Korvel said dealers would go on selling cars built after July 2025', value: 'on sale', speaker: 'Korvel Motors', camp: 'B' },
        { file: B, quote: 'Dealers are still selling the car', value: 'on sale', speaker: 'RVX News', camp: 'B' },
        { file: B, quote: 'Korvel confirmed that dealers were still selling Solennas built after July 2025', value: 'on sale', speaker: 'Korvel Motors', camp: 'B' },
        { file: X, quote: 'Korvel says cars built after July 2025 are unaffected and its dealers are still selling them', value: 'on sale', speaker: 'Korvel Motors', camp: 'B' },
      ],
    },
    {
      id: 'engineer-fired', level: 'secondary', kind: 'polarity',
      summary: 'Whether the engineer Pavel Rudnyev (Rudnev) was fired: dismissed in June 2025 for refusing to approve the seal, according to him (he showed RVX News a letter of 20 June 2025 ending his employment for "loss of confidence"); resigned at his own request, according to Korvel and its spokeswoman Irina Botezan (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'Rudnev said he was fired in June 2025 after refusing to approve the part for the 2025 model year.', value: 'fired', speaker: 'Pavel Rudnyev', camp: 'A' },
        { file: B, quote: 'The engineer who wrote it says he was dismissed', value: 'dismissed', speaker: 'Pavel Rudnyev', camp: 'A' },
        { file: B, quote: 'I was dismissed. I have the letter', value: 'dismissed', speaker: 'Pavel Rudnyev', camp: 'A' },
        { file: X, quote: 'Rudnev says he was dismissed in June 2025 for refusing to approve the seal', value: 'dismissed', speaker: 'Pavel Rudnyev', camp: 'A' },
        { file: W, quote: 'Korvel said Rudnev resigned in June 2025 at his own request', value: 'resigned', speaker: 'Korvel Motors', camp: 'B' },
        { file: B, quote: 'Korvel says he left of his own accord', value: 'resigned', speaker: 'Korvel Motors', camp: 'B' },
        { file: B, quote: 'Korvel says Mr Rudnyev resigned.', value: 'resigned', speaker: 'Korvel Motors', camp: 'B' },
        { file: B, quote: 'said he had “left the company at his own request”', value: 'resigned', speaker: 'Irina Botezan', camp: 'B' },
        { file: D, quote: 'a former employee who left the company at his own request in June 2025, according to Korvel', value: 'resigned', speaker: 'Korvel Motors', camp: 'B' },
        { file: X, quote: 'Korvel says he resigned at his own request.', value: 'resigned', speaker: 'Korvel Motors', camp: 'B' },
      ],
    },
    {
      id: 'doubted-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "No car should leave a factory with a brake its own engineers have doubted" is credited to Oriana Velkova, chair of the MDL, by the wire and the live blog (on Tuesday) and to Transport Minister Aurel Dânescu, speaking in the National Assembly, by the state-aligned paper.',
      sides: [
        { file: W, quote: '"No car should leave a factory with a brake its own engineers have doubted," said Oriana Velkova', speaker: 'Oriana Velkova', camp: 'A' },
        { file: L, quote: '“No car should leave a factory with a brake its own engineers have doubted,” she said.', speaker: 'Oriana Velkova', camp: 'A' },
        { file: D, quote: '“No car should leave a factory with a brake its own engineers have doubted,” Mr Dânescu told deputies.', speaker: 'Aurel Dânescu', camp: 'B' },
      ],
    },
    {
      id: 'vehicles-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said nine vehicles were involved in Saturday\'s crash, then corrected it to six, the motorway police\'s figure; the wire and the explainer also say six.',
      sides: [
        { file: L, quote: 'Nine vehicles were involved.', value: '9', speaker: 'The Kastelor Gazette', camp: 'A' },
        { file: L, quote: 'The motorway police say six vehicles were involved.', value: '6', speaker: 'The Kastelor Gazette', camp: 'B' },
        { file: W, quote: 'Six vehicles were involved, according to the motorway police.', value: '6', speaker: 'Quoin', camp: 'B' },
        { file: X, quote: 'Six vehicles were involved.', value: '6', speaker: 'The Marlspike', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'exports-rounded', kind: 'numeric',
      summary: '41,300 of the recalled cars sold abroad (wire) and "some 41,000" exported (explainer), both from Korvel, are one figure, rounded.',
      sides: [
        { file: W, quote: 'Of the cars being recalled, 41,300 were sold abroad, most of them in neighboring Dalmerre', value: '41,300' },
        { file: X, quote: 'Some 41,000 of the cars Korvel counts were exported, most of them to Dalmerre.', value: '~41,000' },
      ],
    },
    {
      id: 'bookings-updated', kind: 'numeric',
      summary: '18,000 owners booked by Tuesday evening (live blog) and "more than 30,000" by Thursday, "up from 18,000 on Tuesday evening" (explainer) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Korvel says 18,000 owners have booked an appointment to have the seal replaced', value: '18,000 (Tuesday)' },
        { file: X, quote: 'More than 30,000 owners had booked a repair by Thursday, up from 18,000 on Tuesday evening', value: '>30,000 (Thursday)' },
      ],
    },
    {
      id: 'crash-injuries-part', kind: 'numeric',
      summary: 'The seven people injured in Saturday\'s crash (wire) are part of the 14 injuries in six crashes that the VSA links to the defect (state-aligned paper: "seven of them on Saturday"), not a rival count.',
      sides: [
        { file: W, quote: "Seven people were injured, among them the couple's 15-year-old son", value: '7 (Saturday\'s crash)' },
        { file: D, quote: 'Fourteen people have been injured in the six crashes the agency has examined, seven of them on Saturday', value: '14 (six crashes)' },
      ],
    },
    {
      id: 'airbag-2021', kind: 'numeric',
      summary: 'The 38,000 Veyra sedans of Korvel\'s 2021 airbag recall belong to another, earlier recall, not a rival figure for the Solenna recall.',
      sides: [
        { file: X, quote: "Korvel's last large one, in 2021, covered 38,000 Veyra sedans with faulty airbag sensors.", value: '38,000 (2021, Veyra)' },
        { file: X, quote: 'Korvel says 112,400 cars, built between March 2023 and July 2025.', value: '112,400 (2026, Solenna)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a criminal investigation into causing death by negligence" (wire) and "a case for negligent homicide" (web story) describe the same step by the Velkhora prosecutors in different words.',
      sides: [
        { file: W, quote: 'Prosecutors in Velhora said they had opened a criminal investigation into causing death by negligence', value: 'criminal investigation opened' },
        { file: B, quote: 'The Velkhora District Prosecutor’s Office has opened a case for negligent homicide.', value: 'case opened' },
      ],
    },
    {
      id: 'complaints-approx', kind: 'numeric',
      summary: '"more than 200 complaints" (wire) and "about 230 complaints" (web story) about Solenna brakes received by the VSA since early 2024 are compatible approximations.',
      sides: [
        { file: W, quote: 'It said it had received more than 200 complaints about Solenna brakes since early 2024.', value: '>200' },
        { file: B, quote: 'The agency says it has received about 230 complaints about Solenna brakes since early 2024.', value: '~230' },
      ],
    },
    {
      id: 'shares-days', kind: 'numeric',
      summary: 'Korvel shares closing 11% lower on Tuesday (live blog) and 3 per cent lower on Wednesday (state-aligned paper) are the falls of two different days.',
      sides: [
        { file: L, quote: 'Korvel shares closed 11% lower on the Kastelor Stock Exchange', value: '-11% (Tuesday)' },
        { file: D, quote: 'Korvel shares closed 3 per cent lower on Wednesday on the Kastelor Stock Exchange.', value: '-3% (Wednesday)' },
      ],
    },
  ],
};
