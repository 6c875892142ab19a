// Hand-written gold source for the shooting of migrants on the Ilvas River near Lubrin, Kelmaria
// (invented event, November 2026). build-gold.mjs turns it into ../gold/border-shooting.json.
// The wire is a plain .txt (headline, outlet and date lines, a "(Reporting by ...)" line); the live
// blog and the explainer imitate pages saved from news sites under random names (site name, "Skip
// to content", navigation bar, headline twice, byline with roles, "Updated" line, "Advertisement",
// a caption with a photo credit, "Read more" lines, "Share this article"; the explainer also has
// footnote markers, a numbered source list and an author bio); the web story is Markdown converted
// from a news page under a random name (breadcrumb links, `# Headline`, italic standfirst, byline
// with links, "Published ... · Updated ..." line, image with caption and credit, key points, "Read
// more" links); the state-aligned paper is Markdown with YAML front matter. Site furniture, bylines,
// date lines, the wire's reporting line, the source list and the bio are metadata (meta: 1-based
// line numbers); headlines, standfirsts, key points, captions and credits are counted text.
const W = 'scupper-wire.txt'; // Scupper wire (Monday 9 November), US style, straight quotes, writes Horak, Nassiri, Qarsu
const L = '9c41e07d2b6af318.txt'; // Lubrin Post live blog, newest first (Sunday 8 November, 07:10 to 22:45), UK style, curly quotes, writes Horák, Nasiri
const B = '3e8d5a70c1f94b26.md'; // KNT News web story (Monday 9 November, evening), UK style, curly quotes
const D = 'dravost-gazette.md'; // state-aligned Dravost Gazette (Tuesday 10 November), YAML front matter, UK style, curly quotes, writes Horák, Nasiri, Karsu
const X = 'b07f5a92e6d13c48.txt'; // The Fieldnote explainer in questions (Thursday 12 November), US style, straight quotes, writes Horak, Nassiri

export default {
  corpus: 'border-shooting',
  note: 'Invented event written for the project: late on Saturday 7 November or early on Sunday 8 November 2026, guards of the Border Guard Command (BGC) of the fictional country of Kelmaria (capital Dravost) open fire on a group of migrants crossing the Ilvas River from neighbouring Tazuria (capital Medran) near the Kelmarian town of Lubrin, below a 12.4 km steel fence; opposite, on the Tazurian bank, lies the village of Qarsu (Karsu in the state-aligned paper), where the charity Lanterna Aid runs a clinic. Five invented outlets: the Scupper wire (Monday), the Lubrin Post live blog, newest first (Sunday 07:10 to 22:45), the KNT News web story (Monday), the state-aligned Dravost Gazette (Tuesday) and The Fieldnote explainer (Thursday); three files have random names. Interior Minister Sabina Kordell and the Interior Ministry, the BGC and its commander Gen. Vilém Horák (Vilem Horak in the wire and the explainer), Tazuria\'s Ministry of Foreign Affairs and its spokesman Farid Nasiri (Nassiri in the wire and the explainer), the United Council for Refugees (UCR) and its spokeswoman Mireille Astruc, Lanterna Aid and its doctor Sami Rahal, Lubrin District Hospital and an unnamed surgeon, the Military Prosecutor\'s Office and its spokesman Col. Anton Greiff, the opposition Reform Bloc MP Mira Oblak and the survivors Idris Kaleb and Hawa Tesfai disagree about the dead (three by the ministry, seven by the UCR, Tazuria and Lanterna), the weapons (warning shots and rubber bullets only, by the government, against live rounds, by the doctors), whether the migrants attacked the guards with stones (yes, by the minister and the BGC; nobody threw a stone, by survivors), whether a patrol landed on the Tazurian bank (yes, by Tazuria; no, by the BGC), whether 11 survivors were pushed back across the river (yes, by the UCR and survivors; nobody, by the ministry), whether an investigation was opened (yes, by the minister; no case registered, by the prosecutors and the opposition MP), when the shooting happened (the patrol\'s challenge at 23:40 on Saturday, by the BGC, against about 02:00 on Sunday, by survivors, residents and Lanterna) and who said "They shot at the water, at us, at anything that moved" (Idris Kaleb in the wire, Hawa Tesfai in the live blog); the live blog corrects its own count of wounded migrants in Lubrin District Hospital (14, then nine). A 12.4 km fence and "12 kilometres of steel" are one figure rounded; two dead in the morning and three in the evening "up from two" is a toll updated as such; six wounded at the Qarsu clinic and nine in Lubrin District Hospital are different sets; "12 people were detained" and "a dozen migrants into custody" are synonyms; "About 40 people" and "more than 35 people" in the group agree; four guards injured and one treated in hospital are part and whole; two migrants drowned in March belong to an earlier crossing. "Kelmarian" and "Tazurian" are demonyms; "Lubrin" inside Lubrin District Hospital and Lubrin Post and "Dravost" inside Dravost Gazette are nested; lowercase "interior ministry" and "foreign ministry" are nominal.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 43],
    [L]: [1, 2, 3, 4, 10, 11, 33, 65, 66, 68],
    [B]: [1, 7, 9, 21, 51, 61, 62, 63],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 55, 56, 57, 58, 59, 61],
  },

  actors: [
    // places
    { id: 'kelmaria', name: 'Kelmaria', type: 'place', forms: ['Kelmaria'], note: 'the country whose guards fired; "Kelmarian" is a demonym; "Kelmaria’s ambassador" holds a mention' },
    { id: 'tazuria', name: 'Tazuria', type: 'place', forms: ['Tazuria'], note: 'the neighbouring country the migrants crossed from (also for its government: "Tazuria has protested"); "Tazurian" is a demonym' },
    { id: 'dravost', name: 'Dravost', type: 'place', forms: ['Dravost', 'DRAVOST'], note: 'Kelmaria\'s capital (dateline in capitals); nested in Dravost Gazette; "the capital" is nominal' },
    { id: 'medran', name: 'Medran', type: 'place', forms: ['Medran'], note: 'Tazuria\'s capital' },
    { id: 'lubrin', name: 'Lubrin', type: 'place', forms: ['Lubrin', 'LUBRIN'], note: 'the Kelmarian border town (dateline in capitals); nested in Lubrin District Hospital and Lubrin Post' },
    { id: 'ilvas', name: 'Ilvas River', type: 'place', forms: ['Ilvas River', 'Ilvas'], note: 'the border river ("the Ilvas"); "the river" is nominal' },
    { id: 'qarsu', name: 'Qarsu', type: 'place', forms: ['Qarsu', 'Karsu'], note: 'the Tazurian village opposite Lubrin (Karsu in the state-aligned paper)' },
    // organizations
    { id: 'bgc', name: 'Border Guard Command', type: 'organization', forms: ['Border Guard Command', 'BGC'], note: 'Kelmaria\'s border guard service, defined as (BGC); "BGC’s commander" holds a mention' },
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'Kelmaria\'s interior ministry (capitalized); lowercase "interior ministry", "the ministry" are nominal' },
    { id: 'tazuria-mfa', name: 'Ministry of Foreign Affairs', type: 'organization', forms: ['Ministry of Foreign Affairs'], note: 'Tazuria\'s foreign ministry; lowercase "foreign ministry" is nominal' },
    { id: 'ucr', name: 'United Council for Refugees', type: 'organization', forms: ['United Council for Refugees', 'UCR'], note: 'the international refugee agency, defined as (UCR); "the agency" is nominal' },
    { id: 'lanterna', name: 'Lanterna Aid', type: 'organization', forms: ['Lanterna Aid', 'Lanterna'], note: 'the medical charity running the clinic in Qarsu; "Lanterna\'s clinic" holds a mention; "the charity" is nominal' },
    { id: 'lubrin-hospital', name: 'Lubrin District Hospital', type: 'organization', forms: ['Lubrin District Hospital'], note: 'the Kelmarian hospital treating wounded migrants; "the hospital" is nominal' },
    { id: 'prosecutor', name: 'Military Prosecutor\'s Office', type: 'organization', forms: ['Military Prosecutor\'s Office', 'Military Prosecutor’s Office'], note: 'the military prosecution (straight or curly apostrophe, part of the name); "the office", "the prosecutor\'s office", "prosecutors" are nominal' },
    { id: 'reform-bloc', name: 'Reform Bloc', type: 'organization', forms: ['Reform Bloc'], note: 'the opposition party of Mira Oblak' },
    { id: 'scupper', name: 'Scupper', type: 'organization', forms: ['Scupper'], note: 'the wire agency: the dateline "(Scupper)", "told Scupper" and the explainer\'s "the Scupper wire" are mentions; outlet line and source list are metadata' },
    { id: 'lubrin-post', name: 'Lubrin Post', type: 'organization', forms: ['Lubrin Post'], note: 'the local paper running the live blog: its photo credit and the explainer\'s "the Lubrin Post\'s live blog" are mentions; its site-name line is metadata' },
    { id: 'knt', name: 'KNT News', type: 'organization', forms: ['KNT News'], note: 'the broadcaster\'s news site: "told KNT News", "spoke to KNT News" and photo credits (also reused by the explainer) are mentions; breadcrumb and source list are metadata' },
    { id: 'gazette', name: 'Dravost Gazette', type: 'organization', forms: ['Dravost Gazette'], note: 'the state-aligned paper: its front matter and source-list entry are metadata' },
    { id: 'fieldnote', name: 'The Fieldnote', type: 'organization', forms: ['The Fieldnote'], note: 'the explainer\'s site: "told The Fieldnote" is a mention; site-name line and bio are metadata' },
    // people
    { id: 'kordell', name: 'Sabina Kordell', type: 'person', forms: ['Sabina Kordell', 'Kordell'], note: 'Kelmaria\'s Interior Minister; "Ms Kordell" -> "Kordell"; "the minister" is nominal' },
    { id: 'horak', name: 'Vilém Horák', type: 'person', forms: ['Vilém Horák', 'Vilem Horak', 'Horák', 'Horak'], note: 'BGC commander (Vilem Horak in the wire and the explainer); "General", "Gen." are outside the span' },
    { id: 'nasiri', name: 'Farid Nasiri', type: 'person', forms: ['Farid Nasiri', 'Farid Nassiri'], note: 'spokesman of Tazuria\'s Ministry of Foreign Affairs (Nassiri in the wire and the explainer)' },
    { id: 'astruc', name: 'Mireille Astruc', type: 'person', forms: ['Mireille Astruc'], note: 'UCR spokeswoman' },
    { id: 'rahal', name: 'Sami Rahal', type: 'person', forms: ['Sami Rahal'], note: 'Lanterna Aid doctor running the Qarsu clinic; "Dr", "Dr." are outside the span' },
    { id: 'kaleb', name: 'Idris Kaleb', type: 'person', forms: ['Idris Kaleb', 'Kaleb'], note: 'survivor, 24; "Kaleb\'s" holds a mention' },
    { id: 'tesfai', name: 'Hawa Tesfai', type: 'person', forms: ['Hawa Tesfai'], note: 'survivor pushed back, whose husband is missing, in the live blog' },
    { id: 'greiff', name: 'Anton Greiff', type: 'person', forms: ['Anton Greiff'], note: 'spokesman of the Military Prosecutor\'s Office; "Colonel" is outside the span' },
    { id: 'oblak', name: 'Mira Oblak', type: 'person', forms: ['Mira Oblak', 'Oblak'], note: 'opposition Reform Bloc MP' },
    { id: 'pilar', name: 'Zora Pilar', type: 'person', forms: ['Zora Pilar'], note: 'Lubrin baker, in the state-aligned paper' },
    { id: 'lind', name: 'Kasper Lind', type: 'person', forms: ['Kasper Lind'], note: 'Lubrin Post reporter: byline is metadata; his photo credit is a mention' },
    { id: 'asch', name: 'Tibor Asch', type: 'person', forms: ['Tibor Asch'], note: 'KNT News reporter: byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|ministry's|office|office’s|agency|charity|hospital|hospital’s management|government|government’s|minister|river|capital|prosecutor's office|refugee agency)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Ii]nterior ministry\\b', why: 'lowercase nominal reference to the Interior Ministry' },
    { pattern: '\\bforeign ministry\\b', why: 'lowercase nominal reference to Tazuria\'s Ministry of Foreign Affairs' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Military Prosecutor\'s Office)' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Sabina Kordell', cue: 'Interior Minister Sabina Kordell told reporters', quote: 'warning shots into the air and rubber bullets, and nothing else' },
    { file: W, speaker: 'Mireille Astruc', cue: 'UCR spokeswoman Mireille Astruc said by phone', quote: 'Seven people are dead. That is not a number we arrived at lightly' },
    { file: W, speaker: 'Sami Rahal', cue: 'said Dr. Sami Rahal', quote: "Rubber bullets do not go through a man's thigh and out the other side" },
    { file: W, speaker: 'Idris Kaleb', cue: 'Kaleb told Scupper', quote: 'They shot at the water, at us, at anything that moved' },
    { file: W, speaker: 'Farid Nasiri', cue: 'ministry spokesman Farid Nassiri said', quote: 'Kelmarian guards stood on Tazurian soil with their weapons drawn' },
    { file: W, speaker: 'Vilém Horák', cue: 'he said', quote: 'At no point did any of my officers leave Kelmarian territory' },
    { file: L, speaker: 'Hawa Tesfai', cue: 'she said', quote: 'They shot at the water, at us, at anything that moved' },
    { file: L, speaker: 'Mireille Astruc', cue: 'said its spokeswoman, Mireille Astruc', quote: 'Returning wounded people into a river in November is not border management' },
    { file: L, speaker: 'Sabina Kordell', cue: 'she said', quote: 'Every shot fired will be accounted for' },
    { file: B, speaker: 'Anton Greiff', cue: 'said Colonel Anton Greiff', quote: 'No criminal case has been registered. We have received a report from the Border Guard Command and we are reviewing it' },
    { file: B, speaker: 'Mira Oblak', cue: 'she said', quote: 'People were shot in a river and the state’s answer is a review of a report written by the people who did the shooting' },
    { file: B, speaker: 'Sami Rahal', cue: 'he told KNT News', quote: 'We have the bullets in labelled bags. Anyone who wants to see them can come' },
    { file: D, speaker: 'Vilém Horák', cue: 'General Horák said', quote: 'My officers were outnumbered four to one, in the dark, under a rain of stones' },
    { file: D, speaker: 'Zora Pilar', cue: 'said Zora Pilar', quote: 'They stand there every night so we can sleep' },
    { file: X, speaker: 'Mira Oblak', cue: 'Oblak told The Fieldnote', quote: 'The only independent thing about this inquiry is the river' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'Migrants killed: three according to Kelmaria\'s Interior Ministry (repeated by the state-aligned paper); seven according to the United Council for Refugees (UCR), Tazuria and Lanterna Aid, citing survivors and five bodies recovered on the Tazurian side.',
      sides: [
        { file: W, quote: "Kelmaria's interior ministry said on Monday that three migrants had died", value: '3', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry says three migrants died.', value: '3', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The Interior Ministry says three migrants died', value: '3', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Three migrants lost their lives in the incident, the ministry said.', value: '3', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: "Kelmaria's Interior Ministry says three.", value: '3', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'The United Council for Refugees (UCR) said seven people had died', value: '7', speaker: 'United Council for Refugees', camp: 'B' },
        { file: W, quote: 'Seven people are dead.', value: '7', speaker: 'Mireille Astruc', camp: 'B' },
        { file: L, quote: 'The United Council for Refugees (UCR) says seven.', value: '7', speaker: 'United Council for Refugees', camp: 'B' },
        { file: L, quote: 'The United Council for Refugees (UCR) says seven people died, citing survivors and the Tazurian authorities.', value: '7', speaker: 'United Council for Refugees', camp: 'B' },
        { file: B, quote: 'The United Council for Refugees (UCR) says seven people died.', value: '7', speaker: 'United Council for Refugees', camp: 'B' },
        { file: D, quote: 'Claims by the United Council for Refugees (UCR) that seven people died', value: '7', speaker: 'United Council for Refugees', camp: 'B' },
        { file: X, quote: 'The UCR, Tazuria and Lanterna Aid say seven', value: '7', speaker: 'United Council for Refugees', camp: 'B' },
      ],
    },
    {
      id: 'live-rounds', level: 'core', kind: 'polarity',
      summary: 'Whether the guards fired live ammunition: only warning shots into the air and rubber bullets, according to Interior Minister Sabina Kordell and the BGC commander Gen. Vilém Horák (Horak); live rounds, according to Lanterna Aid\'s doctor Sami Rahal, who kept the bullets he removed, and a surgeon at Lubrin District Hospital.',
      sides: [
        { file: W, quote: 'warning shots into the air and rubber bullets, and nothing else', value: 'warning shots and rubber bullets only', speaker: 'Sabina Kordell', camp: 'A' },
        { file: W, quote: 'no guard had fired a live round at any person', value: 'no live rounds', speaker: 'Vilém Horák', camp: 'A' },
        { file: L, quote: 'She says guards fired warning shots into the air and then rubber bullets', value: 'warning shots and rubber bullets', speaker: 'Sabina Kordell', camp: 'A' },
        { file: B, quote: 'fired warning shots into the air and rubber bullets after guards were attacked with stones', value: 'warning shots and rubber bullets', speaker: 'Sabina Kordell', camp: 'A' },
        { file: D, quote: 'Our officers fired warning shots into the air, and when the attack continued they used rubber bullets. They used nothing else', value: 'rubber bullets only', speaker: 'Sabina Kordell', camp: 'A' },
        { file: X, quote: 'The government says no: warning shots into the air, then rubber bullets.', value: 'rubber bullets only', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'four of them for gunshot wounds it said were caused by live rounds', value: 'live rounds', speaker: 'Lanterna Aid', camp: 'B' },
        { file: W, quote: "Rubber bullets do not go through a man's thigh and out the other side", value: 'live rounds', speaker: 'Sami Rahal', camp: 'B' },
        { file: L, quote: 'A doctor on the Tazurian side says he has treated gunshot wounds.', value: 'gunshot wounds', speaker: 'Sami Rahal', camp: 'B' },
        { file: B, quote: 'Doctors on both sides of the river say survivors had wounds from live ammunition', value: 'live ammunition', speaker: 'Sami Rahal', camp: 'B' },
        { file: B, quote: 'had gunshot wounds “that no rubber round could make”', value: 'live rounds', speaker: 'a surgeon at Lubrin District Hospital', camp: 'B' },
        { file: X, quote: 'says four of the six wounded he treated had been hit by live rounds', value: 'live rounds', speaker: 'Sami Rahal', camp: 'B' },
      ],
    },
    {
      id: 'stones', level: 'core', kind: 'polarity',
      summary: 'Whether the migrants attacked the guards: with stones and iron bars, injuring four guards, according to Interior Minister Sabina Kordell and the BGC; nobody threw anything, the group was in the water holding children, according to survivors such as Idris Kaleb.',
      sides: [
        { file: W, quote: 'after guards were attacked with stones and iron bars on the riverbank near Lubrin late on Saturday', value: 'attacked with stones', speaker: 'Sabina Kordell', camp: 'A' },
        { file: L, quote: 'guards were “attacked with stones and metal objects”', value: 'attacked with stones', speaker: 'Border Guard Command', camp: 'A' },
        { file: D, quote: 'the patrol near Lubrin had been attacked with stones, iron bars and bottles', value: 'attacked with stones', speaker: 'Sabina Kordell', camp: 'A' },
        { file: X, quote: 'says guards were attacked with stones and iron bars', value: 'attacked with stones', speaker: 'Sabina Kordell', camp: 'A' },
        { file: W, quote: 'Nobody threw a stone. We were holding children above the water," he said.', value: 'no stones', speaker: 'Idris Kaleb', camp: 'B' },
        { file: B, quote: 'There were no stones in our hands. There were children in our hands', value: 'no stones', speaker: 'Idris Kaleb', camp: 'B' },
        { file: X, quote: 'Survivors say nobody threw anything.', value: 'no stones', speaker: 'Idris Kaleb', camp: 'B' },
      ],
    },
    {
      id: 'crossed-border', level: 'core', kind: 'polarity',
      summary: 'Whether Kelmarian guards crossed into Tazuria: a patrol crossed the Ilvas by boat and landed on the Tazurian bank near Qarsu (Karsu), according to Tazuria\'s Ministry of Foreign Affairs and its spokesman Farid Nasiri (Nassiri); no officer left Kelmarian territory, according to the BGC and its commander Gen. Vilém Horák (Horak) and the minister.',
      sides: [
        { file: W, quote: 'said a Kelmarian patrol had crossed the river in a boat and landed on the Tazurian bank near Qarsu', value: 'crossed', speaker: 'Ministry of Foreign Affairs', camp: 'A' },
        { file: L, quote: 'Tazuria says Kelmarian guards crossed onto its territory.', value: 'crossed', speaker: 'Ministry of Foreign Affairs', camp: 'A' },
        { file: L, quote: 'said a Kelmarian patrol had crossed the Ilvas by boat and come ashore below the village of Qarsu', value: 'crossed', speaker: 'Farid Nasiri', camp: 'A' },
        { file: B, quote: 'has accused a Kelmarian patrol of landing on its bank near Qarsu', value: 'crossed', speaker: 'Ministry of Foreign Affairs', camp: 'A' },
        { file: X, quote: 'says a Kelmarian patrol landed by boat on its bank near Qarsu', value: 'crossed', speaker: 'Ministry of Foreign Affairs', camp: 'A' },
        { file: W, quote: 'At no point did any of my officers leave Kelmarian territory', value: 'did not cross', speaker: 'Vilém Horák', camp: 'B' },
        { file: L, quote: 'The BGC says its guards never left Kelmarian territory.', value: 'did not cross', speaker: 'Border Guard Command', camp: 'B' },
        { file: B, quote: 'The BGC says its officers did not cross.', value: 'did not cross', speaker: 'Border Guard Command', camp: 'B' },
        { file: D, quote: 'At no point did any of them set foot on the far bank.', value: 'did not cross', speaker: 'Vilém Horák', camp: 'B' },
        { file: X, quote: 'says none of his officers left Kelmarian territory', value: 'did not cross', speaker: 'Vilém Horák', camp: 'B' },
      ],
    },
    {
      id: 'pushback', level: 'secondary', kind: 'polarity',
      summary: 'Whether survivors were pushed back: 11 survivors, some wounded, were forced back across the river to Tazuria at first light on Sunday, according to the UCR, Lanterna Aid and survivors (Idris Kaleb, Hawa Tesfai); nobody was pushed back and the 12 detained are in a reception centre in Lubrin, according to the Interior Ministry and the minister.',
      sides: [
        { file: W, quote: 'said 11 survivors, including two with bullet wounds, had been forced back across the river to Tazuria by guards on Sunday morning', value: 'pushed back', speaker: 'United Council for Refugees', camp: 'A' },
        { file: L, quote: 'It also says 11 survivors, some of them wounded, were pushed back across the river to Tazuria by Kelmarian guards at first light.', value: 'pushed back', speaker: 'United Council for Refugees', camp: 'A' },
        { file: B, quote: 'made them wade back to the Tazurian side', value: 'pushed back', speaker: 'Idris Kaleb', camp: 'A' },
        { file: X, quote: 'The UCR says 11 survivors, some of them wounded, were forced back across the river at first light on Sunday.', value: 'pushed back', speaker: 'United Council for Refugees', camp: 'A' },
        { file: W, quote: 'The interior ministry said no one had been pushed back', value: 'no pushback', speaker: 'Interior Ministry', camp: 'B' },
        { file: B, quote: 'The Interior Ministry says nobody was pushed back', value: 'no pushback', speaker: 'Interior Ministry', camp: 'B' },
        { file: D, quote: 'they did not push anybody into any river', value: 'no pushback', speaker: 'Sabina Kordell', camp: 'B' },
        { file: X, quote: 'The Interior Ministry says nobody was pushed back', value: 'no pushback', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'investigation', level: 'secondary', kind: 'status',
      summary: 'Whether an investigation was opened: the Military Prosecutor\'s Office opened one on Sunday, according to Interior Minister Sabina Kordell (repeated by the state-aligned paper); no criminal case has been registered and the office is only reviewing a BGC report, according to its spokesman Col. Anton Greiff, and the minister "announced an investigation that does not exist", according to the opposition MP Mira Oblak.',
      sides: [
        { file: W, quote: "Kordell said the Military Prosecutor's Office had opened an investigation on Sunday", value: 'opened', speaker: 'Sabina Kordell', camp: 'A' },
        { file: L, quote: 'She says the Military Prosecutor’s Office opened an investigation this morning.', value: 'opened', speaker: 'Sabina Kordell', camp: 'A' },
        { file: D, quote: 'The Military Prosecutor’s Office has opened an investigation into the use of force, as the law requires', value: 'opened', speaker: 'Sabina Kordell', camp: 'A' },
        { file: X, quote: "Kordell told parliament on Tuesday that the Military Prosecutor's Office had opened an investigation.", value: 'opened', speaker: 'Sabina Kordell', camp: 'A' },
        { file: W, quote: 'she had been told by the prosecutor\'s office that no case had been registered', value: 'not opened', speaker: 'Mira Oblak', camp: 'B' },
        { file: B, quote: 'The Military Prosecutor’s Office says no criminal case has been opened', value: 'not opened', speaker: 'Military Prosecutor\'s Office', camp: 'B' },
        { file: B, quote: 'No criminal case has been registered.', value: 'not opened', speaker: 'Anton Greiff', camp: 'B' },
        { file: X, quote: 'The office itself said on Monday that no criminal case had been registered', value: 'not opened', speaker: 'Military Prosecutor\'s Office', camp: 'B' },
      ],
    },
    {
      id: 'shooting-time', level: 'secondary', kind: 'temporal',
      summary: 'When the confrontation happened: the patrol challenged the group at 23:40 on Saturday, according to the BGC and Gen. Horák; the shooting began at about 02:00 on Sunday, according to survivors, Lanterna Aid and residents of Lubrin who heard the gunfire.',
      sides: [
        { file: W, quote: 'its patrol had first challenged them at 11:40 p.m. on Saturday', value: 'Saturday 23:40', speaker: 'Border Guard Command', camp: 'A' },
        { file: L, quote: 'a patrol challenged a group of about 40 people trying to cross the river at 23:40 last night', value: 'Saturday 23:40', speaker: 'Border Guard Command', camp: 'A' },
        { file: D, quote: 'the patrol had first challenged the group at 23:40 on Saturday', value: 'Saturday 23:40', speaker: 'Vilém Horák', camp: 'A' },
        { file: X, quote: 'says its patrol challenged the group at 11:40 p.m. on Saturday', value: 'Saturday 23:40', speaker: 'Border Guard Command', camp: 'A' },
        { file: W, quote: 'Survivors and Lanterna said the shooting began at about 2 a.m. on Sunday.', value: 'Sunday ~02:00', speaker: 'Lanterna Aid', camp: 'B' },
        { file: L, quote: 'It was two o’clock, maybe a few minutes after. Bursts, not single shots', value: 'Sunday ~02:00', speaker: 'a resident of Lubrin', camp: 'B' },
        { file: X, quote: 'say the shooting began at about 2 a.m. on Sunday', value: 'Sunday ~02:00', speaker: 'Lanterna Aid', camp: 'B' },
      ],
    },
    {
      id: 'water-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "They shot at the water, at us, at anything that moved" is credited to the survivor Idris Kaleb by the wire (and the explainer, which notes the discrepancy) and to the survivor Hawa Tesfai by the live blog.',
      sides: [
        { file: W, quote: '"They shot at the water, at us, at anything that moved," Kaleb told Scupper.', speaker: 'Idris Kaleb', camp: 'A' },
        { file: X, quote: "appeared first in the Scupper wire as Kaleb's", speaker: 'Idris Kaleb', camp: 'A' },
        { file: L, quote: '“They shot at the water, at us, at anything that moved,” she said.', speaker: 'Hawa Tesfai', camp: 'B' },
        { file: X, quote: "the Lubrin Post's live blog gave it to Hawa Tesfai", speaker: 'Hawa Tesfai', camp: 'B' },
      ],
    },
    {
      id: 'hospital-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 14 wounded migrants were being treated at Lubrin District Hospital, then corrected it to nine, the hospital\'s figure (the higher one included guards and people treated and released); the state-aligned paper also gives nine.',
      sides: [
        { file: L, quote: 'Lubrin District Hospital says 14 wounded migrants are being treated there, two of them in surgery.', value: '14', speaker: 'Lubrin District Hospital', camp: 'A' },
        { file: L, quote: 'Correction: in our 10:30 post we said 14 wounded migrants were being treated at Lubrin District Hospital. The hospital says the number is nine', value: '9', speaker: 'Lubrin District Hospital', camp: 'B' },
        { file: D, quote: 'Nine migrants injured in the incident are receiving treatment at Lubrin District Hospital', value: '9', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'fence-rounded', kind: 'numeric',
      summary: 'The 12.4 km fence (wire) and "12 kilometres of steel" (state-aligned paper) are one figure, rounded.',
      sides: [
        { file: W, quote: 'Kelmaria finished a 12.4 km steel fence along its bank of the Ilvas in the summer', value: '12.4 km' },
        { file: D, quote: 'The Ilvas fence, 12 kilometres of steel along the riverbank, was completed this summer.', value: '12 km' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Two dead on Sunday morning (the Interior Ministry, in the live blog) and three on Sunday evening "up from two in the morning" (the wire) is a toll that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Two migrants have died, the Interior Ministry says.', value: '2 (Sunday morning)' },
        { file: W, quote: "The ministry's toll rose to three on Sunday evening, up from two in the morning", value: '3 (Sunday evening)' },
      ],
    },
    {
      id: 'clinic-vs-hospital', kind: 'numeric',
      summary: 'The six wounded treated at Lanterna Aid\'s clinic in Qarsu (wire) and the nine wounded in Lubrin District Hospital (explainer) are different sets on the two banks.',
      sides: [
        { file: W, quote: 'its doctors had treated six wounded survivors', value: '6 (Qarsu clinic)' },
        { file: X, quote: 'Lubrin District Hospital says it is treating nine wounded migrants.', value: '9 (Lubrin hospital)' },
      ],
    },
    {
      id: 'detained-synonyms', kind: 'numeric',
      summary: '"12 people were detained" (wire) and the BGC "took a dozen migrants into custody" (state-aligned paper) are the same figure in other words.',
      sides: [
        { file: W, quote: '12 people were detained and taken to a reception center in Lubrin', value: '12 detained' },
        { file: D, quote: 'The BGC took a dozen migrants into custody on the Kelmarian bank.', value: 'a dozen in custody' },
      ],
    },
    {
      id: 'group-about', kind: 'numeric',
      summary: '"About 40 people" in the group (the BGC, in the web story) and "more than 35 people" (the UCR, in the explainer) are compatible approximations.',
      sides: [
        { file: B, quote: 'About 40 people were in the group, according to the BGC.', value: '~40' },
        { file: X, quote: 'says more than 35 people were in the group', value: '>35' },
      ],
    },
    {
      id: 'guards-part', kind: 'numeric',
      summary: 'Four guards injured (the minister) and one injured guard treated at Lubrin District Hospital and released (the wire) are part and whole.',
      sides: [
        { file: W, quote: 'Four guards were injured, she said.', value: '4 injured' },
        { file: W, quote: 'One injured guard was also treated there and released.', value: '1 treated in hospital' },
      ],
    },
    {
      id: 'march-drownings', kind: 'numeric',
      summary: 'The two migrants who drowned in March at the same stretch of river belong to an earlier crossing, not a rival figure for this toll.',
      sides: [
        { file: W, quote: 'In March, two migrants drowned trying to cross the same stretch of river.', value: '2 (March)' },
        { file: L, quote: 'The Interior Ministry now says three migrants died, up from two this morning.', value: '3 (this shooting)' },
      ],
    },
  ],
};
