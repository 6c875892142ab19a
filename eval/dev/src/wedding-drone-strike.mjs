// Hand-written gold source for the drone strike on a wedding party in Nashtigar, Sadrevan
// (invented event, October 2026). build-gold.mjs turns it into ../gold/wedding-drone-strike.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with a link, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links), and the state-aligned paper is Markdown with YAML front matter and
// no headline in the body. Site names, navigation bars, bylines, date and "Updated" lines,
// "Share this article", "Advertisement", "Read more" lines, the wire's reporting line, the source
// list and the bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'sheave-wire.txt'; // Sheave wire (Saturday 10 October), US style, straight quotes, writes Nashtighar, Maqsudi, Ostby, Allied Stabilization Mission, Defense Ministry
const L = 'bf417f4ae787024d.txt'; // The Ardashk Inquirer live blog, newest first (Friday 9 October, 06:10 to 22:40), UK style, curly quotes
const B = '4d56f881c5904958.md'; // QRT News web story (Saturday 10 October, evening), UK style, curly quotes
const D = '06acfb768ffe4ec3.md'; // state-aligned The Sadrevan Pillar (Sunday 11 October), YAML front matter, UK style, curly quotes, writes Maqsudi, Dawood Halimi
const X = '52c4a7fba7a36415.txt'; // The Gnomon explainer in questions (Monday 12 October), US style, straight quotes, writes Nashtighar, Ostby, Bakhtary, Allied Stabilization Mission, Defense Ministry

export default {
  corpus: 'wedding-drone-strike',
  note: 'Invented event written for the project: on the evening of Thursday 8 October 2026 a drone strike hits the courtyard of the house of Rahmatullah Zargham in Nashtigar (Nashtighar in the wire and the explainer), a farming village in the Zavra Valley of Zerbahar Province in the fictional country of Sadrevan (capital Tulmek), about 45 km north-east of the provincial capital Ardashk, during the wedding of his daughter Mahtab Zargham and the village schoolteacher Sohrab Karimdad, who is killed. Sadrevan fights an insurgency of the Kaftar Front in the mountains of Zerbahar since 2019 with the help of the Allied Stabilisation Mission (ASM; Stabilization in the wire and the explainer), a multinational force led by Arveland. Five invented outlets: the Sheave wire (Saturday), The Ardashk Inquirer live blog, newest first (Friday 06:10 to 22:40), the QRT News web story (Saturday), the state-aligned The Sadrevan Pillar (Sunday) and The Gnomon explainer (Monday); four files have random names. The Sadrevani National Army (SNA) and its spokesman Brig. Gen. Nurullah Sarvani, the Ministry of Defence (Defense Ministry in the US-style outlets) and Defence Minister Javid Esfandi, the Sadrevani Air Corps, the ASM and its spokeswoman Cmdr. Maren Østby (Ostby in the wire and the explainer), Governor Jalal Maqsoodi (Maqsudi in the wire and the state-aligned paper), the Civilian Harm Observatory (CHO) and its researcher Tahmina Rezvani, Ardashk Regional Hospital and its director Dr Homayoun Bakhtari (Bakhtary in the explainer), the village elder Haji Saboor Nadiri, the bride\'s father, the survivor Zarmina Azizyar, the Kaftar Front\'s self-described spokesman Yunus Sangari and Farhad Halimi, brother of Daud Halimi (Dawood in the state-aligned paper), disagree about the dead (27 by the governor, 38 by the CHO and the elder), whether the dead were six Kaftar Front insurgents and no civilians (the army, the ministry, the state-aligned paper) or wedding guests (the governor, survivors, the CHO, the Kaftar Front), whose drone it was (the Sadrevani Air Corps, by the army and the minister, against an ASM aircraft, by the coalition and the governor), when it struck (23:45, after the guests had gone, by the army, against about 20:30, during dinner, by survivors, with the hospital\'s first patient at 22:52), whether leaflets warned the village on Monday 5 October (dropped, by the army, against none, by the elder, villagers and the CHO), whether Daud Halimi, named by the army as a commander, was killed (the army and the ministry) or is alive in hospital (his relatives and the hospital director), the missiles (one by the army, three by survivors and the CHO) and who said "We did not bury fighters today. We buried a wedding" (the elder Saboor Nadiri in the wire, the bride\'s father Rahmatullah Zargham in the web story); the live blog corrects its own count of the wounded (43, then 31). 31 wounded and "Some 30 wounded" are one figure rounded; the governor\'s 19 on Friday morning and 27 on Friday evening "up from 19" is an update reported as such; the 23 bodies received by the hospital are part of the governor\'s 27 (four were buried in the village); the nine children killed and the 11 children wounded are different sets; "conducting a civilian casualty assessment" and "opened a review of reports of civilian casualties" are synonyms; "more than 150 guests" and "About 200 guests" agree; the 16 killed in a strike on a funeral in Dashtaval in March 2025 belong to another, earlier strike. "Sadrevani" is a demonym; "Ardashk" inside Ardashk Regional Hospital and The Ardashk Inquirer and "Sadrevan" inside The Sadrevan Pillar are nested; "Arveland-led" is glued; lowercase "the army", "the coalition", "the mission", "the ministry" are nominal.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 55],
    [L]: [1, 2, 3, 4, 10, 11, 40, 75, 76, 78],
    [B]: [1, 7, 9, 21, 55, 73, 74, 75],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 65, 66, 67, 68, 69, 71],
  },

  actors: [
    // places
    { id: 'sadrevan', name: 'Sadrevan', type: 'place', forms: ['Sadrevan'], note: 'the country; "Sadrevani" is a demonym (also inside Sadrevani National Army and Sadrevani Air Corps); nested in The Sadrevan Pillar' },
    { id: 'tulmek', name: 'Tulmek', type: 'place', forms: ['Tulmek', 'TULMEK'], note: 'the capital (dateline of the state-aligned paper in capitals); "the capital" is nominal' },
    { id: 'zerbahar', name: 'Zerbahar Province', type: 'place', forms: ['Zerbahar Province', 'Zerbahar'], note: 'the province; "Zerbahar Governor" holds a mention; "the province" is nominal' },
    { id: 'ardashk', name: 'Ardashk', type: 'place', forms: ['Ardashk', 'ARDASHK'], note: 'the provincial capital (wire dateline in capitals); nested in Ardashk Regional Hospital and The Ardashk Inquirer; "the city" is nominal' },
    { id: 'nashtigar', name: 'Nashtigar', type: 'place', forms: ['Nashtigar', 'Nashtighar'], note: 'the village of the wedding (Nashtighar in the wire and the explainer); "the village" is nominal' },
    { id: 'zavra', name: 'Zavra Valley', type: 'place', forms: ['Zavra Valley', 'Zavra'], note: 'the valley; "over the Zavra" holds a mention; "the valley" is nominal' },
    { id: 'gorvanak', name: 'Gorvanak', type: 'place', forms: ['Gorvanak'], note: 'a neighbouring village where leaflets were said to have been dropped' },
    { id: 'shalbek', name: 'Shalbek', type: 'place', forms: ['Shalbek'], note: 'a neighbouring village where leaflets were said to have been dropped' },
    { id: 'dashtaval', name: 'Dashtaval', type: 'place', forms: ['Dashtaval'], note: 'village of an earlier (March 2025) strike on a funeral, in the explainer' },
    { id: 'arveland', name: 'Arveland', type: 'place', forms: ['Arveland'], note: 'the country that leads the coalition; "Arveland-led" is glued and in ignore; "Arveland\'s defense ministry" holds a mention' },
    // organizations
    { id: 'sna', name: 'Sadrevani National Army', type: 'organization', forms: ['Sadrevani National Army', 'SNA'], note: 'the national army, defined as (SNA); "the army" is nominal' },
    { id: 'air-corps', name: 'Sadrevani Air Corps', type: 'organization', forms: ['Sadrevani Air Corps', 'Air Corps'], note: 'the army\'s air arm, which the army says flew the drone' },
    { id: 'mod', name: 'Ministry of Defence', type: 'organization', forms: ['Ministry of Defence', 'Defence Ministry', 'Defense Ministry'], note: 'the Sadrevani ministry (Defense Ministry in the US-style outlets); "Defence Minister"/"Defense Minister" is a title; "the ministry" is nominal; Arveland\'s lowercase "defense ministry" is nominal' },
    { id: 'moh', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health'], note: 'asked to send surgical teams, in the state-aligned paper' },
    { id: 'asm', name: 'Allied Stabilisation Mission', type: 'organization', forms: ['Allied Stabilisation Mission', 'Allied Stabilization Mission', 'ASM'], note: 'the multinational coalition, defined as (ASM) (Stabilization in the wire and the explainer); "the coalition", "the mission" are nominal' },
    { id: 'kaftar', name: 'Kaftar Front', type: 'organization', forms: ['Kaftar Front'], note: 'the insurgent group; "the insurgent group", "the group" are nominal' },
    { id: 'cho', name: 'Civilian Harm Observatory', type: 'organization', forms: ['Civilian Harm Observatory', 'CHO'], note: 'the monitoring group, defined as (CHO); "the group" is nominal' },
    { id: 'hospital', name: 'Ardashk Regional Hospital', type: 'organization', forms: ['Ardashk Regional Hospital'], note: 'the hospital that received the dead and wounded; the place inside it is nested; "the hospital" is nominal' },
    { id: 'council-elders', name: 'Council of Elders of the Northern Provinces', type: 'organization', forms: ['Council of Elders of the Northern Provinces'], note: 'a body praising the Air Corps, in the state-aligned paper' },
    { id: 'sheave', name: 'Sheave', type: 'organization', forms: ['Sheave'], note: 'the wire agency: the dateline "(Sheave)" and "interviewed by Sheave" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'inquirer', name: 'The Ardashk Inquirer', type: 'organization', forms: ['The Ardashk Inquirer', 'Inquirer'], note: 'the city paper running the live blog: its photo credit and "told the Inquirer" are mentions (the short form without the article); its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'qrt', name: 'QRT News', type: 'organization', forms: ['QRT News'], note: 'the broadcaster\'s news site, named in its own text ("told QRT News") and photo credit (also reused by the explainer); its breadcrumb line and its name in the explainer\'s source list are metadata' },
    { id: 'pillar', name: 'The Sadrevan Pillar', type: 'organization', forms: ['The Sadrevan Pillar'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "The Sadrevan Pillar, a paper close to the government" is a mention' },
    { id: 'gnomon', name: 'The Gnomon', type: 'organization', forms: ['The Gnomon'], note: 'the explainer\'s site: "when The Gnomon asked" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'maqsoodi', name: 'Jalal Maqsoodi', type: 'person', forms: ['Jalal Maqsoodi', 'Jalal Maqsudi', 'Maqsoodi', 'Maqsudi'], note: 'governor of Zerbahar Province (Maqsudi in the wire and the state-aligned paper); "Governor" is outside the span; "the governor" is nominal' },
    { id: 'sarvani', name: 'Nurullah Sarvani', type: 'person', forms: ['Nurullah Sarvani'], note: 'army spokesman; "Brig. Gen."/"Brigadier General" is outside the span' },
    { id: 'esfandi', name: 'Javid Esfandi', type: 'person', forms: ['Javid Esfandi', 'Esfandi'], note: 'Defence Minister (Defense in the explainer); "Mr Esfandi" -> "Esfandi"; "the minister" is nominal' },
    { id: 'ostby', name: 'Maren Østby', type: 'person', forms: ['Maren Østby', 'Maren Ostby'], note: 'ASM spokeswoman (Ostby in the wire and the explainer); "Cmdr."/"Commander" is outside the span' },
    { id: 'rezvani', name: 'Tahmina Rezvani', type: 'person', forms: ['Tahmina Rezvani', 'Rezvani'], note: 'the CHO\'s lead researcher in Zerbahar' },
    { id: 'bakhtari', name: 'Homayoun Bakhtari', type: 'person', forms: ['Homayoun Bakhtari', 'Homayoun Bakhtary'], note: 'director of Ardashk Regional Hospital (Bakhtary in the explainer); "Dr"/"Dr." is outside the span' },
    { id: 'nadiri', name: 'Saboor Nadiri', type: 'person', forms: ['Saboor Nadiri', 'Nadiri'], note: 'the village elder of Nashtigar; "Haji" is an honorific outside the span' },
    { id: 'rahmatullah', name: 'Rahmatullah Zargham', type: 'person', forms: ['Rahmatullah Zargham', 'Zargham'], note: 'the bride\'s father, whose courtyard was hit; "Mr Zargham" -> "Zargham"' },
    { id: 'mahtab', name: 'Mahtab Zargham', type: 'person', forms: ['Mahtab Zargham', 'Mahtab'], note: 'the bride, burned; "his daughter Mahtab" (first name only) is a mention' },
    { id: 'karimdad', name: 'Sohrab Karimdad', type: 'person', forms: ['Sohrab Karimdad'], note: 'the groom, the village schoolteacher, killed' },
    { id: 'azizyar', name: 'Zarmina Azizyar', type: 'person', forms: ['Zarmina Azizyar'], note: 'the bride\'s cousin, wounded, a survivor' },
    { id: 'halimi', name: 'Daud Halimi', type: 'person', forms: ['Daud Halimi', 'Dawood Halimi', 'Halimi', 'Daud', 'Dawood'], note: 'named by the army as a Kaftar Front commander killed, said by relatives to be a pharmacist alive in hospital (Dawood in the state-aligned paper; the explainer\'s "spells his name Dawood" holds a mention); "Mr Halimi" -> "Halimi"; his brother Farhad Halimi is another person' },
    { id: 'farhad', name: 'Farhad Halimi', type: 'person', forms: ['Farhad Halimi'], note: 'Daud Halimi\'s brother, in the web story' },
    { id: 'sangari', name: 'Yunus Sangari', type: 'person', forms: ['Yunus Sangari'], note: 'self-described spokesman of the Kaftar Front' },
    { id: 'sepahvand', name: 'Kamran Sepahvand', type: 'person', forms: ['Kamran Sepahvand'], note: 'the President, in the state-aligned paper; "the president" is nominal' },
    { id: 'malang', name: 'Idris Malang', type: 'person', forms: ['Idris Malang'], note: 'The Ardashk Inquirer reporter: his byline is metadata; "Our reporter Idris Malang" and his photo credit are mentions' },
    { id: 'farrokh', name: 'Leyla Farrokh', type: 'person', forms: ['Leyla Farrokh'], note: 'QRT News correspondent: her byline is metadata; her photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:army|coalition|mission|ministry|hospital|governor|insurgent group|group|president|capital|village|valley|province|city|country|government|minister)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\bdefense ministry\\b', why: 'nominal reference to Arveland\'s defence ministry (lowercase, no name)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Tahmina Rezvani', cue: 'said Tahmina Rezvani', quote: 'Every name on our list has a grave, and every grave has a family standing beside it' },
    { file: W, speaker: 'Maren Østby', cue: 'said in a written statement', quote: 'An ASM unmanned aircraft conducted a strike in the Zavra Valley on Thursday evening at the request of Sadrevani partner forces' },
    { file: W, speaker: 'Nurullah Sarvani', cue: 'told reporters in Tulmek', quote: 'planned, ordered and carried out by Sadrevani officers, with a Sadrevani aircraft.' },
    { file: W, speaker: 'Zarmina Azizyar', cue: 'said Zarmina Azizyar', quote: 'The music had stopped for dinner. Then there was a whistle, and then there was nothing' },
    { file: W, speaker: 'Jalal Maqsoodi', cue: 'he told reporters in Ardashk', quote: 'I am not asking who to thank or who to blame. I am asking who pressed the button' },
    { file: L, speaker: 'Saboor Nadiri', cue: 'he said', quote: 'We have dug 38 graves on the hill. I counted them myself, with the men who dug them' },
    { file: L, speaker: 'Nurullah Sarvani', cue: 'he said', quote: 'This was our operation, our intelligence and our aircraft' },
    { file: L, speaker: 'Yunus Sangari', cue: 'told us in a voice message', quote: 'the people killed were “farmers and their children, at a wedding”' },
    { file: L, speaker: 'Homayoun Bakhtari', cue: 'he said', quote: 'We have used every bed, and we have put mattresses in the corridors' },
    { file: B, speaker: 'Homayoun Bakhtari', cue: 'said Dr Homayoun Bakhtari', quote: 'I have a patient called Daud Halimi. He came in on Thursday night with shrapnel in both legs, and he is recovering' },
    { file: B, speaker: 'Farhad Halimi', cue: 'he said', quote: 'If he is a commander, then I am a general.' },
    { file: B, speaker: 'Rahmatullah Zargham', cue: 'he said', quote: 'It was not yet nine o’clock. The food was still hot' },
    { file: D, speaker: 'Javid Esfandi', cue: 'Mr Esfandi told reporters', quote: 'Our pilots did their duty with precision and courage' },
    { file: D, speaker: 'Javid Esfandi', cue: 'Mr Esfandi said', quote: 'The army told the people of the valley, clearly and in writing, to keep away from these criminals' },
    { file: X, speaker: 'Tahmina Rezvani', cue: 'Rezvani said', quote: 'If two armies both want the credit, somebody should also take the blame' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed in the strike: 27, including nine children, according to Governor Jalal Maqsoodi (Maqsudi) from Friday evening; 38, including 14 children, according to the Civilian Harm Observatory (CHO), which published their names, and the village elder Saboor Nadiri, who counted 38 graves dug on the hill.',
      sides: [
        { file: W, quote: 'Zerbahar Governor Jalal Maqsudi said on Friday evening that 27 people had been killed', value: '27', speaker: 'Jalal Maqsoodi', camp: 'A' },
        { file: L, quote: 'Governor Jalal Maqsoodi says 27 people were killed in Thursday evening’s strike on a wedding in Nashtigar.', value: '27', speaker: 'Jalal Maqsoodi', camp: 'A' },
        { file: B, quote: 'Governor Jalal Maqsoodi, the president’s appointee in Zerbahar, says 27 people were killed', value: '27', speaker: 'Jalal Maqsoodi', camp: 'A' },
        { file: X, quote: 'Governor Jalal Maqsoodi puts the toll at 27', value: '27', speaker: 'Jalal Maqsoodi', camp: 'A' },
        { file: W, quote: 'said on Saturday that it had documented 38 deaths, among them 14 children', value: '38', speaker: 'Civilian Harm Observatory', camp: 'B' },
        { file: L, quote: 'Elders in the village say 38.', value: '38', speaker: 'Saboor Nadiri', camp: 'B' },
        { file: L, quote: 'We have dug 38 graves on the hill.', value: '38', speaker: 'Saboor Nadiri', camp: 'B' },
        { file: B, quote: 'says it has confirmed 38 deaths, including 14 children', value: '38', speaker: 'Civilian Harm Observatory', camp: 'B' },
        { file: X, quote: 'has published the names of 38 dead, 14 of them children', value: '38', speaker: 'Civilian Harm Observatory', camp: 'B' },
        { file: X, quote: 'says 38 graves were dug on the hill', value: '38', speaker: 'Saboor Nadiri', camp: 'B' },
      ],
    },
    {
      id: 'civilians', level: 'core', kind: 'polarity',
      summary: 'Whether the dead were civilians: the Sadrevani National Army (SNA), the Ministry of Defence and Defence Minister Javid Esfandi (repeated by the state-aligned paper) say the strike killed six Kaftar Front insurgents at a commanders\' meeting and no civilians; the governor, survivors, the bride\'s father, the CHO and even the Kaftar Front\'s spokesman say the dead were wedding guests, farmers and their children.',
      sides: [
        { file: W, quote: 'The Sadrevani National Army (SNA) says no civilians were killed.', value: 'no civilians', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: L, quote: 'There were “no civilian casualties”, it says.', value: 'no civilians', speaker: 'Ministry of Defence', camp: 'A' },
        { file: L, quote: 'He repeated that six insurgents were killed and “not one civilian”.', value: 'six insurgents, no civilians', speaker: 'Nurullah Sarvani', camp: 'A' },
        { file: D, quote: 'dismissing claims by foreign-funded groups that the operation had targeted civilians', value: 'not civilians', speaker: 'Javid Esfandi', camp: 'A' },
        { file: D, quote: 'Six terrorists were killed in the strike', value: 'six insurgents', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'says the strike killed six fighters of the Kaftar Front', value: 'six insurgents', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: L, quote: 'he said the dead were “wedding guests, every one of them”', value: 'wedding guests', speaker: 'Jalal Maqsoodi', camp: 'B' },
        { file: L, quote: 'the people killed were “farmers and their children, at a wedding”', value: 'civilians', speaker: 'Yunus Sangari', camp: 'B' },
        { file: B, quote: 'There was not one gun in my courtyard that night, only drums', value: 'no fighters', speaker: 'Rahmatullah Zargham', camp: 'B' },
        { file: X, quote: 'Survivors, the governor and the CHO say the dead were wedding guests.', value: 'wedding guests', speaker: 'Civilian Harm Observatory', camp: 'B' },
      ],
    },
    {
      id: 'whose-drone', level: 'core', kind: 'attribution',
      summary: 'Whose aircraft carried out the strike: the Sadrevani Air Corps, according to the army, its spokesman Brig. Gen. Nurullah Sarvani and Defence Minister Javid Esfandi (the state-aligned paper calls the coalition\'s statement a misunderstanding); an unmanned aircraft of the Allied Stabilisation Mission (ASM), flown at the request of Sadrevani forces, according to the coalition and its spokeswoman Maren Østby (Ostby), backed by Governor Jalal Maqsoodi, who says a coalition liaison officer told the provincial security committee so.',
      sides: [
        { file: W, quote: 'a precision strike by the Sadrevani Air Corps', value: 'Sadrevani Air Corps', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: W, quote: 'planned, ordered and carried out by Sadrevani officers, with a Sadrevani aircraft.', value: 'Sadrevani aircraft', speaker: 'Nurullah Sarvani', camp: 'A' },
        { file: L, quote: 'This was our operation, our intelligence and our aircraft', value: 'Sadrevani aircraft', speaker: 'Nurullah Sarvani', camp: 'A' },
        { file: B, quote: 'The army insists the aircraft belonged to the Sadrevani Air Corps', value: 'Sadrevani Air Corps', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: D, quote: 'The Sadrevani Air Corps struck a gathering of Kaftar Front commanders in the Zavra Valley late on Thursday night', value: 'Sadrevani Air Corps', speaker: 'Javid Esfandi', camp: 'A' },
        { file: D, quote: 'The aircraft, the intelligence and the order were all Sadrevani, he said', value: 'Sadrevani aircraft', speaker: 'Javid Esfandi', camp: 'A' },
        { file: X, quote: 'Defense Minister Javid Esfandi says the aircraft belonged to the Sadrevani Air Corps', value: 'Sadrevani Air Corps', speaker: 'Javid Esfandi', camp: 'A' },
        { file: W, quote: 'An ASM unmanned aircraft conducted a strike in the Zavra Valley on Thursday evening at the request of Sadrevani partner forces', value: 'ASM aircraft', speaker: 'Maren Østby', camp: 'B' },
        { file: W, quote: 'He said the provincial security committee had been told by a coalition liaison officer on Friday morning that the drone belonged to the coalition.', value: 'coalition drone', speaker: 'Jalal Maqsoodi', camp: 'B' },
        { file: L, quote: 'says “an ASM unmanned aircraft” carried out a strike in the Zavra Valley on Thursday evening', value: 'ASM aircraft', speaker: 'Maren Østby', camp: 'B' },
        { file: L, quote: 'the aircraft was a coalition aircraft', value: 'coalition aircraft', speaker: 'Jalal Maqsoodi', camp: 'B' },
        { file: B, quote: 'said on Friday that one of its unmanned aircraft carried out the strike at the request of Sadrevani forces', value: 'ASM aircraft', speaker: 'Allied Stabilisation Mission', camp: 'B' },
        { file: B, quote: 'Governor Maqsoodi has sided with the coalition’s account.', value: 'coalition drone', speaker: 'Jalal Maqsoodi', camp: 'B' },
        { file: D, quote: 'issued a statement on Friday suggesting that one of its aircraft had been involved', value: 'ASM aircraft', speaker: 'Allied Stabilisation Mission', camp: 'B' },
        { file: X, quote: 'says an ASM unmanned aircraft carried out the strike at the request of Sadrevani forces', value: 'ASM aircraft', speaker: 'Allied Stabilisation Mission', camp: 'B' },
      ],
    },
    {
      id: 'strike-time', level: 'core', kind: 'temporal',
      summary: 'When the drone struck on Thursday 8 October: at 23:45 (11:45 p.m.), after the wedding guests had gone home, according to the army and the Ministry of Defence; at about 20:30 (8:30 p.m.), while dinner was served in the courtyard, according to the survivors Zarmina Azizyar and Rahmatullah Zargham, with the hospital\'s director saying the first wounded arrived at 22:52, before the army\'s time.',
      sides: [
        { file: W, quote: 'The army said the strike took place at 11:45 p.m. on Thursday', value: '23:45', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: L, quote: 'he said the strike went in at 23:45', value: '23:45', speaker: 'Nurullah Sarvani', camp: 'A' },
        { file: B, quote: 'The army puts the strike at 23:45', value: '23:45', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: D, quote: 'the strike took place at 23:45 on Thursday', value: '23:45', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'The army says 11:45 p.m., after the guests had gone home.', value: '23:45', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: W, quote: 'said the drone struck at about 8:30 p.m., as dishes of rice were being carried out to the men in the courtyard', value: 'about 20:30', speaker: 'Zarmina Azizyar', camp: 'B' },
        { file: L, quote: 'She says the drone came at around half past eight, as the rice was served.', value: 'about 20:30', speaker: 'Zarmina Azizyar', camp: 'B' },
        { file: L, quote: 'The first of them came through our doors at 22:52 last night.', value: 'first wounded 22:52', speaker: 'Homayoun Bakhtari', camp: 'B' },
        { file: B, quote: 'It was not yet nine o’clock. The food was still hot', value: 'before 21:00', speaker: 'Rahmatullah Zargham', camp: 'B' },
        { file: X, quote: 'Survivors say it was around 8:30 p.m., during dinner.', value: 'about 20:30', speaker: 'Zarmina Azizyar', camp: 'B' },
        { file: X, quote: 'the first wounded from Nashtighar arrived at 10:52 p.m., nearly an hour before the army\'s time', value: 'first wounded 22:52', speaker: 'Homayoun Bakhtari', camp: 'B' },
      ],
    },
    {
      id: 'leaflets', level: 'secondary', kind: 'polarity',
      summary: 'Whether the village was warned: the army and the Ministry of Defence say leaflets were dropped over Nashtigar, Gorvanak and Shalbek on Monday 5 October telling residents to keep away from insurgents; the elder Saboor Nadiri says none fell on Nashtigar, no villager QRT News met had seen one, and the CHO found no resident who had.',
      sides: [
        { file: W, quote: "The army's statement also said leaflets had been dropped over Nashtighar and two neighboring villages on Monday", value: 'leaflets dropped', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: L, quote: 'leaflets were dropped over Nashtigar, Gorvanak and Shalbek on Monday telling residents to keep away from insurgents', value: 'leaflets dropped', speaker: 'Ministry of Defence', camp: 'A' },
        { file: B, quote: 'The Ministry of Defence says leaflets were dropped over Nashtigar and two neighbouring villages on Monday', value: 'leaflets dropped', speaker: 'Ministry of Defence', camp: 'A' },
        { file: D, quote: 'Leaflets were dropped by air over Nashtigar and the neighbouring villages of Gorvanak and Shalbek on Monday', value: 'leaflets dropped', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'The army says leaflets were dropped over Nashtighar and two neighboring villages on Monday, Oct. 5', value: 'leaflets dropped', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: W, quote: 'said no leaflets had fallen on Nashtighar "this month or this year."', value: 'no leaflets', speaker: 'Saboor Nadiri', camp: 'B' },
        { file: L, quote: 'Not one piece of paper fell from the sky on this village.', value: 'no leaflets', speaker: 'Saboor Nadiri', camp: 'B' },
        { file: B, quote: 'Nobody QRT News spoke to in Nashtigar on Saturday had seen one.', value: 'no one saw a leaflet', speaker: 'QRT News', camp: 'B' },
        { file: B, quote: 'The CHO said its researchers had asked in every household in the village and found no one who had.', value: 'no one saw a leaflet', speaker: 'Civilian Harm Observatory', camp: 'B' },
        { file: X, quote: 'Nadiri says none fell on Nashtighar', value: 'no leaflets', speaker: 'Saboor Nadiri', camp: 'B' },
      ],
    },
    {
      id: 'halimi-alive', level: 'secondary', kind: 'status',
      summary: 'Whether Daud Halimi (Dawood in the state-aligned paper), named by the army as the Kaftar Front\'s senior commander in the valley, is dead: killed in the strike, according to the army and the Ministry of Defence, which calls reports of his survival "an old trick"; alive on a surgical ward of Ardashk Regional Hospital with shrapnel in both legs, according to his relatives and the hospital\'s director Dr Homayoun Bakhtari (Bakhtary).',
      sides: [
        { file: W, quote: "killing six insurgents, among them Daud Halimi, whom it described as the group's senior commander in the valley", value: 'killed', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: L, quote: 'killed six Kaftar Front insurgents, including a commander, Daud Halimi', value: 'killed', speaker: 'Ministry of Defence', camp: 'A' },
        { file: B, quote: 'According to the Sadrevani National Army (SNA), he is dead.', value: 'dead', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: D, quote: 'The ministry said it had evidence that Halimi died at the scene', value: 'died at the scene', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: "The army named Daud Halimi as the group's senior commander in the valley and says he was killed.", value: 'killed', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: W, quote: 'Relatives said Halimi, a cousin of the groom who runs a pharmacy in Ardashk, was alive and being treated for leg wounds at Ardashk Regional Hospital.', value: 'alive, in hospital', speaker: 'Farhad Halimi', camp: 'B' },
        { file: B, quote: 'relatives say he is alive in hospital', value: 'alive, in hospital', speaker: 'Farhad Halimi', camp: 'B' },
        { file: B, quote: 'I can tell you he is not dead.', value: 'not dead', speaker: 'Homayoun Bakhtari', camp: 'B' },
        { file: X, quote: 'and that he is alive on a surgical ward', value: 'alive, in hospital', speaker: 'Farhad Halimi', camp: 'B' },
        { file: X, quote: 'says a patient of that name was admitted on Thursday night with shrapnel in both legs and is recovering', value: 'alive, recovering', speaker: 'Homayoun Bakhtari', camp: 'B' },
      ],
    },
    {
      id: 'missiles', level: 'secondary', kind: 'numeric',
      summary: 'How many munitions struck: one precision-guided missile, according to the army and the Ministry of Defence, which puts the later blasts down to explosives stored by insurgents; three, according to survivors such as Zarmina Azizyar, who heard three explosions a minute or two apart, and the CHO, whose researchers photographed three craters.',
      sides: [
        { file: W, quote: 'The army said a single missile was fired.', value: '1', speaker: 'Sadrevani National Army', camp: 'A' },
        { file: B, quote: 'The Ministry of Defence says one precision-guided missile was fired.', value: '1', speaker: 'Ministry of Defence', camp: 'A' },
        { file: D, quote: 'A single precision-guided munition was used, the ministry said.', value: '1', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'One, according to the Defense Ministry, which attributes later blasts to explosives stored by insurgents.', value: '1', speaker: 'Ministry of Defence', camp: 'A' },
        { file: W, quote: 'She and two other survivors said they heard three explosions', value: '3', speaker: 'Zarmina Azizyar', camp: 'B' },
        { file: L, quote: 'the second came, and then a third', value: '3', speaker: 'Zarmina Azizyar', camp: 'B' },
        { file: B, quote: 'Survivors describe three blasts, a minute or two apart', value: '3', speaker: 'Rahmatullah Zargham', camp: 'B' },
        { file: X, quote: 'Survivors describe three explosions a minute or two apart.', value: '3', speaker: 'Zarmina Azizyar', camp: 'B' },
        { file: X, quote: 'The CHO says its researchers photographed three separate craters in and beside the courtyard', value: '3 craters', speaker: 'Civilian Harm Observatory', camp: 'B' },
      ],
    },
    {
      id: 'wedding-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "We did not bury fighters today. We buried a wedding" is credited to the village elder Haji Saboor Nadiri by the wire and to the bride\'s father Rahmatullah Zargham by the web story, both at the graves on Saturday.',
      sides: [
        { file: W, quote: '"We did not bury fighters today. We buried a wedding," Nadiri said', speaker: 'Saboor Nadiri', camp: 'A' },
        { file: B, quote: '“We did not bury fighters today. We buried a wedding,” Mr Zargham said', speaker: 'Rahmatullah Zargham', camp: 'B' },
      ],
    },
    {
      id: 'wounded-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that Ardashk Regional Hospital had admitted 43 wounded from Nashtigar, then corrected it to 31, the hospital\'s figure (43 was all its overnight emergency patients); the web story also says 31.',
      sides: [
        { file: L, quote: 'Ardashk Regional Hospital says it has admitted 43 wounded from Nashtigar', value: '43', speaker: 'Ardashk Regional Hospital', camp: 'A' },
        { file: L, quote: 'The hospital’s figure is 31.', value: '31', speaker: 'Ardashk Regional Hospital', camp: 'B' },
        { file: B, quote: 'Ardashk Regional Hospital says it is treating 31 people wounded in the strike', value: '31', speaker: 'Ardashk Regional Hospital', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'wounded-rounded', kind: 'numeric',
      summary: '31 wounded (the hospital, in the live blog) and "Some 30 wounded" (state-aligned paper) at Ardashk Regional Hospital are one figure, rounded.',
      sides: [
        { file: L, quote: 'Ardashk Regional Hospital is treating 31 wounded.', value: '31' },
        { file: D, quote: 'Some 30 wounded are being treated at Ardashk Regional Hospital', value: '~30' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'The governor\'s 19 dead on Friday morning and 27 on Friday evening "up from 19 this morning" (both in the live blog) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Governor Jalal Maqsoodi says 19 people were killed.', value: '19 (Friday morning)' },
        { file: L, quote: 'Governor Maqsoodi has updated his toll: 27 dead, including nine children, up from 19 this morning.', value: '27 (Friday evening)' },
      ],
    },
    {
      id: 'bodies-part', kind: 'numeric',
      summary: 'The 23 bodies received by the hospital\'s morgue (live blog) are part of the governor\'s 27 dead (state-aligned paper): four more victims were buried in the village before they could be taken to the city.',
      sides: [
        { file: L, quote: 'the hospital’s morgue has received 23 bodies', value: '23 (bodies at the hospital)' },
        { file: D, quote: 'Governor Jalal Maqsudi of Zerbahar has said 27 people died.', value: '27 (all dead)' },
      ],
    },
    {
      id: 'children-sets', kind: 'numeric',
      summary: 'The nine children among the governor\'s dead and the 11 children among the hospital\'s wounded (both in the wire) are different sets, not rival counts.',
      sides: [
        { file: W, quote: 'including nine children', value: '9 (children killed)' },
        { file: W, quote: 'was treating 31 wounded people, 11 of them children', value: '11 (children wounded)' },
      ],
    },
    {
      id: 'review-synonyms', kind: 'status',
      summary: '"conducting a civilian casualty assessment" (wire) and "opened a review of reports of civilian casualties" (live blog) describe the same step by the coalition in different words.',
      sides: [
        { file: W, quote: 'She said the mission was conducting a civilian casualty assessment', value: 'assessment under way' },
        { file: L, quote: 'The mission has opened a review of reports of civilian casualties', value: 'review opened' },
      ],
    },
    {
      id: 'guests-about-more-than', kind: 'numeric',
      summary: '"more than 150 guests" (wire) and "About 200 guests" (web story) at the wedding are compatible approximations.',
      sides: [
        { file: W, quote: 'when more than 150 guests had gathered for the wedding of a local schoolteacher', value: '>150' },
        { file: B, quote: 'About 200 guests had come to the house of Rahmatullah Zargham', value: '~200' },
      ],
    },
    {
      id: 'dashtaval-2025', kind: 'numeric',
      summary: 'The 16 killed in the March 2025 strike on a funeral in Dashtaval belong to another, earlier strike, not a rival figure for this strike\'s toll.',
      sides: [
        { file: X, quote: 'on a funeral in the village of Dashtaval in March 2025, killed 16 people', value: '16 (Dashtaval, 2025)' },
        { file: X, quote: "Even by the governor's count, Thursday's strike is the deadliest of the war for civilians in Zerbahar.", value: '27 (Nashtigar, 2026)' },
      ],
    },
  ],
};
