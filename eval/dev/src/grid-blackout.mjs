// Hand-written gold source for the nationwide blackout in Torvenia (invented event, July 2026).
// build-gold.mjs turns it into ../gold/grid-blackout.json.
// Two files are plain .txt (headline, outlet and date lines); three imitate pages saved from
// news sites, under random names: the live blog and the explainer as scraped text (site name,
// "Skip to content", navigation bar, headline twice, bylines, "Updated" lines, captions with
// photo credits, "Advertisement", "Read more" lines, "Share this article"; the explainer also has
// footnote markers and a numbered source list), the web story as Markdown converted from a news
// page (breadcrumb links, `# Headline`, italic standfirst, byline with links, "Published ... ·
// Updated ..." line, an image line with a caption and credit, key points, "Read more" links).
// Site names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the wire's "(Reporting by ...)" line, the source list and
// the author's bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and credits are counted text. Link URLs are not text: they are in
// ignore (a nominal pattern).
const W = 'bollard-wire.txt'; // Bollard wire (Thursday 16 July, afternoon), US style, straight quotes, writes Dalvica, Jablonsky, Plesic
const L = '5c1e9a7b03d4f826.txt'; // The Dalvitsa Semaphore live blog, newest first (Wednesday 19:51 to Thursday 13:30), UK style, curly quotes
const B = 'a7d40e2c9b1f6358.md'; // TRZ News web story (Thursday 16 July, evening), UK style, curly quotes
const D = 'torvenia-daybreak.txt'; // state-aligned Torvenia Daybreak (Friday 17 July), UK style, curly quotes, calls it an "interruption"
const X = 'e83b6f15a920cd47.txt'; // The Lattice explainer in questions (Saturday 18 July), US style, straight quotes, writes Jablonsky and Plesic

export default {
  corpus: 'grid-blackout',
  note: 'Invented event written for the project: at 19:42 on Wednesday 15 July 2026, on the hottest evening of a heatwave in the fictional country of Torvenia (capital Dalvitsa, written Dalvica in the wire; about 34 million people), a 400-kilovolt line near the village of Hessel trips and the national grid run by Elvaron Grid Company (EGC) collapses within seconds; 41 metro trains stop in the tunnels of Dalvitsa Metro, Karolin Hospital runs on generators, traffic lights fail, and power returns region by region from the hydroelectric plants around Gorvin in the north, to the southern port city of Sevrano by about 6 a.m. and to the last districts of the capital (Kovalne, parts of Vidrany) at 15:10 on Thursday. Five invented outlets: the Bollard wire (Thursday), The Dalvitsa Semaphore live blog, newest first (Wednesday evening to Thursday afternoon), the TRZ News web story (Thursday evening), the state-aligned Torvenia Daybreak (Friday) and The Lattice explainer (Saturday); three files have random names. EGC and its chief executive Stefan Yablonsky (Jablonsky in the wire and the explainer) and deputy Dana Pirsel, Energy Minister Kasimir Ledvan and the Energy Ministry, the Energy Regulatory Office (ERO) and its chair Hedvika Marsal, Prime Minister Oskar Bellan, Vostra Energy and its Kamenar Power Station, Dalvitsa Metro and its spokeswoman Zora Kettl, Karolin Hospital and its director Dr Ivona Plešić (Plesic in the wire and the explainer), the State Fire and Rescue Service and Chief Fire Officer Teo Barkan, the opposition MP Mirko Stavel (New Course), the Cyber Security Directorate (CSD) and its spokesman Aron Feist, the Union of Energy Engineers and its leader Bogna Riedl, the energy economist Lotte Brenndal and residents disagree about the households that lost power (9 million against 14 million), the cause (a line fault in the heat and no cyber-attack, against a cyber-attack asserted by the opposition MP and not ruled out by the CSD), the deaths linked to the blackout (2 against 6), whether the chief executive resigned (resigned on Thursday evening, says the Prime Minister\'s office in the state-aligned paper, against suspended and not resigned), when the capital had power again (every district by 1.30 a.m. Thursday, says the ministry, against the last districts at 15:10 Thursday), whether the regulator warned EGC in writing on 3 March about the Hessel line, the time the blackout began (19:42 against "shortly after 8 p.m.") and who said "The grid did what it was built to do: it shut itself down before it could burn" (the chief executive in the wire, the minister in the state-aligned paper); the live blog corrects its own count of metro passengers led out of the tunnels (8,000, then 18,000). A record demand of 41,300 megawatts and "about 41 gigawatts" are one figure rounded; more than 400 people freed from lifts overnight and 1,150 by Thursday is an update reported as such; 18,000 metro passengers and 60,000 mainline rail passengers are different sets; 1.6 million households in the capital are part of the national figure; "stay shut all day" and "suspended throughout Thursday" are synonyms; "about 2,400" and "more than 2,300" sets of traffic lights agree; 2.2 million households cut off by the January 2011 ice storm is another, earlier blackout. "Torvenian" is a demonym (also inside Torvenian Railways); "Torvenia" inside Torvenia Daybreak and "Dalvitsa"/"Dalvica" inside The Dalvitsa Semaphore, Dalvitsa Metro, Dalvica Metro, Dalvitsa City Council and Dalvitsa Polytechnic are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 49],
    [L]: [1, 2, 3, 4, 10, 11, 54, 73, 74, 76],
    [B]: [1, 7, 9, 21, 45, 65, 66, 67],
    [D]: [2, 3],
    [X]: [1, 2, 3, 11, 12, 13, 15, 73, 74, 75, 76, 77, 78, 80],
  },

  actors: [
    // places
    { id: 'torvenia', name: 'Torvenia', type: 'place', forms: ['Torvenia'], note: 'the country; nested in Torvenia Daybreak; "Torvenian" (also in Torvenian Railways) is a demonym; "the country" is nominal' },
    { id: 'dalvitsa', name: 'Dalvitsa', type: 'place', forms: ['Dalvitsa', 'DALVITSA', 'Dalvica', 'DALVICA'], note: 'the capital; the wire writes Dalvica (also in its dateline); nested in The Dalvitsa Semaphore, Dalvitsa Metro (Dalvica Metro), Dalvitsa City Council and Dalvitsa Polytechnic; "the capital" and "the city" are nominal' },
    { id: 'hessel', name: 'Hessel', type: 'place', forms: ['Hessel'], note: 'the village near which the first line tripped; "the Hessel line" holds a mention of it' },
    { id: 'gorvin', name: 'Gorvin', type: 'place', forms: ['Gorvin'], note: 'northern city with the hydroelectric plants used to restart the grid' },
    { id: 'sevrano', name: 'Sevrano', type: 'place', forms: ['Sevrano'], note: 'southern port city' },
    { id: 'kovalne', name: 'Kovalne', type: 'place', forms: ['Kovalne'], note: 'district of the capital still dark on Thursday' },
    { id: 'vidrany', name: 'Vidrany', type: 'place', forms: ['Vidrany'], note: 'district in the east of the capital' },
    { id: 'linden-street', name: 'Linden Street', type: 'place', forms: ['Linden Street'], note: 'a street in Kovalne' },
    { id: 'old-market', name: 'Old Market', type: 'place', forms: ['Old Market'], note: 'a district of the capital ("the Old Market district")' },
    { id: 'kamenar', name: 'Kamenar Power Station', type: 'place', forms: ['Kamenar Power Station'], note: 'the country\'s largest power station, run by Vostra Energy (a named facility, typed place)' },
    // organizations
    { id: 'egc', name: 'Elvaron Grid Company', type: 'organization', forms: ['Elvaron Grid Company', 'EGC'], note: 'the grid operator; defined as (EGC) in the wire, the live blog, TRZ News, Torvenia Daybreak and the explainer; "the grid operator", "the operator" and "the company" are nominal' },
    { id: 'energy-ministry', name: 'Energy Ministry', type: 'organization', forms: ['Energy Ministry'], note: '"Energy Minister" before a name is a title; "the ministry" is nominal' },
    { id: 'ero', name: 'Energy Regulatory Office', type: 'organization', forms: ['Energy Regulatory Office', 'ERO'], note: 'the energy regulator; defined as (ERO) in TRZ News and the explainer; "ERO chair" before a name holds a mention of it; "the regulator" is nominal; its name in the explainer\'s source list is metadata' },
    { id: 'csd', name: 'Cyber Security Directorate', type: 'organization', forms: ['Cyber Security Directorate', 'CSD'], note: 'the state cyber-security agency; defined as (CSD) in the wire, TRZ News and the explainer; "the agency" is nominal' },
    { id: 'fire-service', name: 'State Fire and Rescue Service', type: 'organization', forms: ['State Fire and Rescue Service'], note: 'the fire and rescue service; "the fire service" is nominal' },
    { id: 'metro', name: 'Dalvitsa Metro', type: 'organization', forms: ['Dalvitsa Metro', 'Dalvica Metro'], note: 'the metro company (Dalvica Metro in the wire); "the metro" is nominal; the place inside it is nested' },
    { id: 'karolin', name: 'Karolin Hospital', type: 'organization', forms: ['Karolin Hospital'], note: 'the capital\'s largest hospital; "the hospital" is nominal' },
    { id: 'vostra', name: 'Vostra Energy', type: 'organization', forms: ['Vostra Energy'], note: 'the power-station operator' },
    { id: 'new-course', name: 'New Course', type: 'organization', forms: ['New Course'], note: 'the opposition party of Mirko Stavel ("the New Course party", "a New Course MP")' },
    { id: 'uee', name: 'Union of Energy Engineers', type: 'organization', forms: ['Union of Energy Engineers'], note: 'the engineers\' union; "the union" is nominal' },
    { id: 'railways', name: 'Torvenian Railways', type: 'organization', forms: ['Torvenian Railways'], note: 'the national rail operator' },
    { id: 'city-council', name: 'Dalvitsa City Council', type: 'organization', forms: ['Dalvitsa City Council'], note: '"the city council" is nominal; the place inside it is nested' },
    { id: 'polytechnic', name: 'Dalvitsa Polytechnic', type: 'organization', forms: ['Dalvitsa Polytechnic'], note: 'the economist\'s university; the place inside it is nested' },
    { id: 'bollard', name: 'Bollard', type: 'organization', forms: ['Bollard'], note: 'the wire agency: the dateline "(Bollard)" is a mention; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'semaphore', name: 'The Dalvitsa Semaphore', type: 'organization', forms: ['The Dalvitsa Semaphore'], note: 'the city paper running the live blog: its photo credit is a mention; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'trz', name: 'TRZ News', type: 'organization', forms: ['TRZ News'], note: 'the broadcaster\'s news site, named in its own text ("seen by TRZ News", "told TRZ News") and photo credits (also in the explainer), and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'daybreak', name: 'Torvenia Daybreak', type: 'organization', forms: ['Torvenia Daybreak'], note: 'the state-aligned paper: its outlet line is metadata; "told Torvenia Daybreak" and "interviewed by Torvenia Daybreak" in its own text and "a report in Torvenia Daybreak" in the explainer are mentions' },
    { id: 'lattice', name: 'The Lattice', type: 'organization', forms: ['The Lattice'], note: 'the explainer site, which names itself in the text ("told The Lattice"); its site-name line and the author\'s bio are metadata' },
    // people
    { id: 'yablonsky', name: 'Stefan Yablonsky', type: 'person', forms: ['Stefan Yablonsky', 'Stefan Jablonsky', 'Yablonsky', 'Jablonsky'], note: 'EGC\'s chief executive ("Chief Executive" and "Mr" outside); the wire and the explainer write Jablonsky' },
    { id: 'pirsel', name: 'Dana Pirsel', type: 'person', forms: ['Dana Pirsel'], note: 'EGC\'s deputy chief executive, acting chief executive' },
    { id: 'ledvan', name: 'Kasimir Ledvan', type: 'person', forms: ['Kasimir Ledvan', 'Ledvan'], note: 'Energy Minister ("Energy Minister", "Minister" and "Mr" outside); "the minister" is nominal' },
    { id: 'bellan', name: 'Oskar Bellan', type: 'person', forms: ['Oskar Bellan', 'Bellan'], note: 'Prime Minister ("Mr" outside); "the Prime Minister" without a name is nominal' },
    { id: 'marsal', name: 'Hedvika Marsal', type: 'person', forms: ['Hedvika Marsal'], note: 'chair of the Energy Regulatory Office' },
    { id: 'feist', name: 'Aron Feist', type: 'person', forms: ['Aron Feist'], note: 'spokesman of the Cyber Security Directorate' },
    { id: 'stavel', name: 'Mirko Stavel', type: 'person', forms: ['Mirko Stavel'], note: 'opposition MP, New Course' },
    { id: 'barkan', name: 'Teo Barkan', type: 'person', forms: ['Teo Barkan', 'Barkan'], note: 'Chief Fire Officer of the State Fire and Rescue Service (title outside)' },
    { id: 'plesic', name: 'Ivona Plešić', type: 'person', forms: ['Ivona Plešić', 'Ivona Plesic'], note: 'director of Karolin Hospital ("Dr"/"Dr." outside); the wire and the explainer write Plesic' },
    { id: 'kettl', name: 'Zora Kettl', type: 'person', forms: ['Zora Kettl'], note: 'spokeswoman of Dalvitsa Metro' },
    { id: 'riedl', name: 'Bogna Riedl', type: 'person', forms: ['Bogna Riedl', 'Riedl'], note: 'leader of the Union of Energy Engineers' },
    { id: 'brenndal', name: 'Lotte Brenndal', type: 'person', forms: ['Lotte Brenndal'], note: 'energy economist at Dalvitsa Polytechnic' },
    { id: 'dubek', name: 'Marta Dubek', type: 'person', forms: ['Marta Dubek'], note: 'a metro passenger quoted by the wire' },
    { id: 'koval', name: 'Agnes Koval', type: 'person', forms: ['Agnes Koval'], note: 'a pensioner in a tower block in Kovalne, quoted by the live blog' },
    { id: 'ruml', name: 'Josef Ruml', type: 'person', forms: ['Josef Ruml'], note: 'a taxi driver from Kovalne, quoted by TRZ News' },
    { id: 'stenn', name: 'Pavol Stenn', type: 'person', forms: ['Pavol Stenn'], note: 'a shopkeeper quoted by the state-aligned paper' },
    { id: 'vresk', name: 'Oto Vresk', type: 'person', forms: ['Oto Vresk'], note: 'The Dalvitsa Semaphore reporter and photographer: his byline is metadata; a post naming him and his photo credit are mentions' },
    { id: 'dresher', name: 'Ivo Dresher', type: 'person', forms: ['Ivo Dresher'], note: 'TRZ News photographer, in caption credits (also reused by the explainer)' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|regulator|company|grid operator|operator|agency|state agency|hospital|metro|fire service|union|minister|Prime Minister|government|capital|city council|city’s transport department|city|country|supervisory board)\\b", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b(?:[Pp]olice|parliament|its director|its spokesman)\\b', why: 'nominal reference to a named or unnamed body or person (lowercase)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Stefan Yablonsky', cue: 'EGC Chief Executive Stefan Jablonsky told a news conference', quote: 'The grid did what it was built to do: it shut itself down before it could burn' },
    { file: W, speaker: 'Kasimir Ledvan', cue: 'Energy Minister Kasimir Ledvan said in a written statement', quote: 'About 9 million households were affected, and by this morning the great majority of them had their power back' },
    { file: W, speaker: 'Ivona Plešić', cue: 'she said', quote: 'We postponed everything that could wait. Everything that could not wait, we did on generator power' },
    { file: L, speaker: 'Agnes Koval', cue: 'said Agnes Koval', quote: 'I am on the ninth floor and I am 81 years old, so I have not been down since yesterday' },
    { file: L, speaker: 'Stefan Yablonsky', cue: 'Yablonsky told reporters', quote: 'Fourteen million households lost power this evening. That is almost everyone' },
    { file: L, speaker: 'Teo Barkan', cue: 'he said', quote: 'Most of the calls are from the capital, from people stuck between floors in the heat' },
    { file: B, speaker: 'Teo Barkan', cue: 'Barkan said', quote: 'I have six names on my desk, and I am not going to pretend there are two' },
    { file: B, speaker: 'Mirko Stavel', cue: 'he told TRZ News', quote: 'This was a cyber-attack on our grid, and the government has known it since Wednesday night' },
    { file: B, speaker: 'Bogna Riedl', cue: 'Riedl said', quote: 'We have said for three summers that these lines run too hot' },
    { file: D, speaker: 'Kasimir Ledvan', cue: 'Minister Ledvan told reporters', quote: 'The grid did what it was built to do: it shut itself down before it could burn' },
    { file: D, speaker: 'Kasimir Ledvan', cue: 'Mr Ledvan said', quote: 'There was no cyber-attack. There is no trace of one, and I would ask people not to spread fear at a moment like this' },
    { file: D, speaker: 'Oskar Bellan', cue: 'the Prime Minister said', quote: 'In other countries a blackout like this has taken a week to repair. Our engineers did it in one night of work' },
    { file: X, speaker: 'Hedvika Marsal', cue: 'ERO chair Hedvika Marsal told The Lattice', quote: 'We warned them in writing, on March 3, and we named the Hessel line' },
    { file: X, speaker: 'Aron Feist', cue: 'its spokesman, Aron Feist, told The Lattice on Friday', quote: 'We are not ruling out a cyber-attack, and we are not ruling one in' },
    { file: X, speaker: 'Lotte Brenndal', cue: 'said Lotte Brenndal', quote: 'A grid is only as strong as its weakest afternoon' },
  ],

  contradictions: [
    {
      id: 'households-cut-off', level: 'core', kind: 'numeric',
      summary: 'How many households lost power at the peak of the blackout: the Energy Ministry and Energy Minister Kasimir Ledvan say about 9 million; EGC and its chief executive Stefan Yablonsky (Jablonsky) say 14 million, almost every home. The explainer notes both count households cut off at the peak and neither has explained the gap.',
      sides: [
        { file: W, quote: 'The Energy Ministry said about 9 million households lost power at the height of the blackout.', value: '9 million households', speaker: 'Energy Ministry', camp: 'A' },
        { file: W, quote: 'About 9 million households were affected, and by this morning the great majority of them had their power back', value: '9 million households', speaker: 'Kasimir Ledvan', camp: 'A' },
        { file: D, quote: 'About 9 million households were affected at the peak of the interruption, according to the Energy Ministry.', value: '9 million households', speaker: 'Energy Ministry', camp: 'A' },
        { file: X, quote: 'The Energy Ministry says about 9 million households', value: '9 million households', speaker: 'Energy Ministry', camp: 'A' },
        { file: W, quote: 'EGC has put the number at 14 million, almost every home in a country of 34 million people.', value: '14 million households', speaker: 'Elvaron Grid Company', camp: 'B' },
        { file: L, quote: 'Fourteen million households lost power this evening. That is almost everyone', value: '14 million households', speaker: 'Stefan Yablonsky', camp: 'B' },
        { file: X, quote: "EGC's own figure, given by its chief executive on Wednesday night, is 14 million", value: '14 million households', speaker: 'Stefan Yablonsky', camp: 'B' },
      ],
    },
    {
      id: 'cyber-attack', level: 'core', kind: 'polarity',
      summary: 'Whether the blackout was a cyber-attack: Energy Minister Kasimir Ledvan says there was no attack and the state-aligned paper says in its own voice that a line fault in extreme heat, not any attack, caused it; the opposition MP Mirko Stavel says it was a cyber-attack the government has known about since Wednesday night, and the Cyber Security Directorate (CSD) says it is not ruling out an attack after finding "unusual activity" on EGC\'s network.',
      sides: [
        { file: D, quote: 'There was no cyber-attack. There is no trace of one, and I would ask people not to spread fear at a moment like this', value: 'no attack', speaker: 'Kasimir Ledvan', camp: 'A' },
        { file: D, quote: 'The interruption was caused by a line fault in extreme heat, not by any attack.', value: 'line fault, no attack', speaker: 'Torvenia Daybreak', camp: 'A' },
        { file: X, quote: 'Energy Minister Kasimir Ledvan has said flatly that there was no attack.', value: 'no attack', speaker: 'Kasimir Ledvan', camp: 'A' },
        { file: W, quote: 'Ledvan said he had seen nothing to suggest an attack.', value: 'no attack', speaker: 'Kasimir Ledvan', camp: 'A' },
        { file: B, quote: 'This was a cyber-attack on our grid, and the government has known it since Wednesday night', value: 'cyber-attack', speaker: 'Mirko Stavel', camp: 'B' },
        { file: X, quote: 'The opposition MP Mirko Stavel insists the grid was attacked', value: 'cyber-attack', speaker: 'Mirko Stavel', camp: 'B' },
        { file: W, quote: 'said the government should "stop pretending it was the weather."', value: 'not the weather', speaker: 'Mirko Stavel', camp: 'B' },
        { file: B, quote: 'had found “unusual activity” on the company’s network in the days before the blackout and was “not ruling out” a cyber-attack', value: 'attack not ruled out', speaker: 'Aron Feist', camp: 'B' },
        { file: X, quote: 'We are not ruling out a cyber-attack, and we are not ruling one in', value: 'attack not ruled out', speaker: 'Aron Feist', camp: 'B' },
      ],
    },
    {
      id: 'deaths', level: 'core', kind: 'numeric',
      summary: 'How many deaths are linked to the blackout: the Energy Ministry says two (a man on home oxygen in Gorvin and a motorcyclist in the capital); Chief Fire Officer Teo Barkan of the State Fire and Rescue Service says six.',
      sides: [
        { file: W, quote: 'The Energy Ministry said two deaths had been linked to the blackout', value: '2', speaker: 'Energy Ministry', camp: 'A' },
        { file: D, quote: 'Two deaths have been linked to the interruption, the ministry said', value: '2', speaker: 'Energy Ministry', camp: 'A' },
        { file: X, quote: 'The Energy Ministry says two: a man on home oxygen in Gorvin and a motorcyclist in Dalvitsa.', value: '2', speaker: 'Energy Ministry', camp: 'A' },
        { file: B, quote: 'Six people have died in incidents linked to the blackout, Chief Fire Officer Teo Barkan of the State Fire and Rescue Service told TRZ News', value: '6', speaker: 'Teo Barkan', camp: 'B' },
        { file: B, quote: 'I have six names on my desk, and I am not going to pretend there are two', value: '6', speaker: 'Teo Barkan', camp: 'B' },
        { file: X, quote: 'The State Fire and Rescue Service says six', value: '6', speaker: 'State Fire and Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'ceo-resigned', level: 'core', kind: 'status',
      summary: 'Whether EGC\'s chief executive Stefan Yablonsky (Jablonsky) resigned: the Prime Minister\'s office (in the state-aligned paper) says he resigned on Thursday evening and Prime Minister Oskar Bellan thanks him for it; EGC, the wire, TRZ News and the explainer say he was suspended on full pay and has not resigned, and he says he will not resign while the inquiry runs.',
      sides: [
        { file: D, quote: 'Stefan Yablonsky, the chief executive of EGC, resigned on Thursday evening, the Prime Minister’s office said in a statement.', value: 'resigned', speaker: 'Oskar Bellan', camp: 'A' },
        { file: D, quote: 'Mr Yablonsky has done the honourable thing, and I thank him for it', value: 'resigned', speaker: 'Oskar Bellan', camp: 'A' },
        { file: W, quote: 'Jablonsky had not resigned, the company said', value: 'suspended, not resigned', speaker: 'Elvaron Grid Company', camp: 'B' },
        { file: B, quote: 'I have not resigned, and I will not resign while the inquiry is running', value: 'not resigned', speaker: 'Stefan Yablonsky', camp: 'B' },
        { file: X, quote: 'Jablonsky has not resigned. EGC\'s supervisory board suspended him on full pay on Thursday', value: 'suspended, not resigned', speaker: 'The Lattice', camp: 'B' },
      ],
    },
    {
      id: 'capital-restored', level: 'core', kind: 'temporal',
      summary: 'When the capital had power again: the Energy Ministry says every district of Dalvitsa was back by 1.30 a.m. on Thursday (a ministry spokeswoman told the live blog "the whole of Dalvitsa" overnight); EGC says the last districts, Kovalne and parts of Vidrany, were reconnected only at 15:10 on Thursday, and the live blog found them still dark at 13:30.',
      sides: [
        { file: D, quote: 'Supply was back in every district of the capital by 1.30 a.m. on Thursday, the ministry said', value: 'Thu 01:30', speaker: 'Energy Ministry', camp: 'A' },
        { file: L, quote: 'power had been restored to “the whole of Dalvitsa” overnight', value: 'overnight', speaker: 'Energy Ministry', camp: 'A' },
        { file: X, quote: 'The ministry says every district of the capital had power by 1:30 a.m. on Thursday.', value: 'Thu 01:30', speaker: 'Energy Ministry', camp: 'A' },
        { file: W, quote: 'EGC said the last districts of Dalvica were reconnected at 15:10 on Thursday.', value: 'Thu 15:10', speaker: 'Elvaron Grid Company', camp: 'B' },
        { file: L, quote: 'In Dalvitsa, Kovalne and parts of Vidrany are still without electricity, nearly 18 hours after the blackout began.', value: 'still dark Thu 13:30', speaker: 'The Dalvitsa Semaphore', camp: 'B' },
        { file: B, quote: 'the last districts of Dalvitsa, Kovalne and parts of Vidrany, only got their power back at 15:10 on Thursday', value: 'Thu 15:10', speaker: 'Elvaron Grid Company', camp: 'B' },
        { file: X, quote: "EGC's own timeline says the last districts of Dalvitsa, Kovalne and part of Vidrany, were reconnected at 15:10 that afternoon", value: 'Thu 15:10', speaker: 'Elvaron Grid Company', camp: 'B' },
      ],
    },
    {
      id: 'regulator-warning', level: 'secondary', kind: 'polarity',
      summary: 'Whether the regulator warned EGC in writing about the overloaded Hessel line: a letter of 3 March from the Energy Regulatory Office (ERO), seen by TRZ News and confirmed by its chair Hedvika Marsal, names the line as overloaded at summer peaks; Stefan Yablonsky (Jablonsky) says EGC received no written warning about it, and a senior Energy Ministry official told the state-aligned paper no such warning was ever sent.',
      sides: [
        { file: B, quote: 'The Energy Regulatory Office warned EGC in writing on 3 March that the line that failed first was overloaded at summer peaks', value: 'warned in writing, 3 March', speaker: 'TRZ News', camp: 'A' },
        { file: B, quote: 'dated 3 March and signed by the regulator’s chair, Hedvika Marsal, names three 400-kilovolt lines, among them the line near Hessel', value: 'warned in writing, 3 March', speaker: 'TRZ News', camp: 'A' },
        { file: X, quote: 'We warned them in writing, on March 3, and we named the Hessel line', value: 'warned in writing, 3 March', speaker: 'Hedvika Marsal', camp: 'A' },
        { file: X, quote: 'The Energy Regulatory Office (ERO) wrote to EGC on March 3 naming the Hessel line and two others as overloaded at summer peaks', value: 'warned in writing, 3 March', speaker: 'Energy Regulatory Office', camp: 'A' },
        { file: W, quote: 'We received no written warning from the regulator about the Hessel line, and nothing about overloading', value: 'no written warning', speaker: 'Stefan Yablonsky', camp: 'B' },
        { file: B, quote: 'told reporters the company had never received a written warning about the Hessel line', value: 'no written warning', speaker: 'Stefan Yablonsky', camp: 'B' },
        { file: D, quote: 'no written warning about the Hessel line had ever been sent to EGC by the Energy Regulatory Office', value: 'no written warning', speaker: 'Energy Ministry', camp: 'B' },
        { file: X, quote: 'said on Thursday the company had received no written warning about the line', value: 'no written warning', speaker: 'Stefan Yablonsky', camp: 'B' },
      ],
    },
    {
      id: 'start-time', level: 'secondary', kind: 'temporal',
      summary: 'When the blackout began: at 19:42 on Wednesday, when the Hessel line tripped, according to EGC (in the wire, the live blog, TRZ News and the explainer) and Vostra Energy; "shortly after 8 p.m." according to the state-aligned paper.',
      sides: [
        { file: W, quote: 'tripped at 19:42 on Wednesday', value: '19:42', speaker: 'Elvaron Grid Company', camp: 'A' },
        { file: L, quote: 'A line near Hessel tripped at 19:42, the company says', value: '19:42', speaker: 'Elvaron Grid Company', camp: 'A' },
        { file: B, quote: 'the line near Hessel that tripped at 19:42 on Wednesday', value: '19:42', speaker: 'TRZ News', camp: 'A' },
        { file: X, quote: 'At 19:42 on Wednesday, July 15, a 400-kilovolt line near the village of Hessel tripped', value: '19:42', speaker: 'Elvaron Grid Company', camp: 'A' },
        { file: D, quote: 'The interruption began shortly after 8 p.m. on Wednesday', value: 'shortly after 20:00', speaker: 'Torvenia Daybreak', camp: 'B' },
      ],
    },
    {
      id: 'burn-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "The grid did what it was built to do: it shut itself down before it could burn", spoken at EGC\'s control centre on Thursday morning, is credited to EGC\'s chief executive Stefan Jablonsky by the wire and to Energy Minister Kasimir Ledvan by the state-aligned paper.',
      sides: [
        { file: W, quote: '"The grid did what it was built to do: it shut itself down before it could burn," EGC Chief Executive Stefan Jablonsky told a news conference', speaker: 'Stefan Yablonsky', camp: 'A' },
        { file: D, quote: '“The grid did what it was built to do: it shut itself down before it could burn,” Minister Ledvan told reporters', speaker: 'Kasimir Ledvan', camp: 'B' },
      ],
    },
    {
      id: 'metro-passengers-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said about 8,000 passengers were led out of stopped metro trains, then corrected it to about 18,000 on 41 trains (Dalvitsa Metro); the wire and TRZ News also say about 18,000.',
      sides: [
        { file: L, quote: 'Dalvitsa Metro says about 8,000 passengers are being led out of trains that halted between stations', value: '8000', speaker: 'The Dalvitsa Semaphore', camp: 'A' },
        { file: L, quote: 'Dalvitsa Metro says the correct figure is about 18,000, on 41 trains.', value: '18000', speaker: 'The Dalvitsa Semaphore', camp: 'B' },
        { file: W, quote: 'About 18,000 passengers had to be led out of 41 metro trains', value: '18000', speaker: 'Dalvitsa Metro', camp: 'B' },
        { file: B, quote: 'Dalvitsa Metro has said about 18,000 people were led out of its tunnels on foot.', value: '18000', speaker: 'Dalvitsa Metro', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'demand-rounded', kind: 'numeric',
      summary: 'A record demand of 41,300 megawatts (wire) and "about 41 gigawatts" (explainer) are one figure, rounded and in another unit.',
      sides: [
        { file: W, quote: 'electricity demand hit a record 41,300 megawatts', value: '41,300 MW' },
        { file: X, quote: 'Demand had peaked at about 41 gigawatts', value: '~41 GW' },
      ],
    },
    {
      id: 'lift-rescues-rise', kind: 'numeric',
      summary: 'More than 400 people freed from lifts by Wednesday night (live blog) and 1,150 by Thursday (wire, "up from about 400 it had reported overnight") is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'its crews have freed more than 400 people from stuck lifts across the country since the power went', value: '>400 (Wed night)' },
        { file: W, quote: 'Firefighters freed 1,150 people trapped in elevators across the country, the State Fire and Rescue Service said on Thursday, up from about 400 it had reported overnight', value: '1,150 (Thu)' },
      ],
    },
    {
      id: 'metro-vs-rail', kind: 'numeric',
      summary: 'About 60,000 passengers on 212 stranded mainline trains (Torvenian Railways) and about 18,000 led out of 41 metro trains (Dalvitsa Metro) are different sets.',
      sides: [
        { file: B, quote: 'Torvenian Railways said 212 mainline trains had been stranded with about 60,000 passengers on board', value: '60,000 (mainline rail)' },
        { file: W, quote: 'About 18,000 passengers had to be led out of 41 metro trains', value: '18,000 (metro)' },
      ],
    },
    {
      id: 'capital-part', kind: 'numeric',
      summary: 'About 1.6 million households without power in the capital (city council) are part of the national figure, not a rival count of it.',
      sides: [
        { file: L, quote: 'about 1.6 million households in the capital are without power', value: '1.6 million (capital)' },
        { file: D, quote: 'About 9 million households were affected at the peak of the interruption, according to the Energy Ministry.', value: '9 million (country)' },
      ],
    },
    {
      id: 'metro-shut-synonyms', kind: 'status',
      summary: '"the network will stay shut all day" (live blog) and "Metro services were suspended throughout Thursday" (wire) describe the same closure in different words.',
      sides: [
        { file: L, quote: 'the network will stay shut all day', value: 'shut all day' },
        { file: W, quote: 'Metro services were suspended throughout Thursday', value: 'suspended throughout Thursday' },
      ],
    },
    {
      id: 'traffic-lights-about-more-than', kind: 'numeric',
      summary: '"about 2,400 sets of traffic lights" out (live blog) and "More than 2,300 sets of traffic lights" dark (explainer) in the capital are compatible approximations.',
      sides: [
        { file: L, quote: 'about 2,400 sets of traffic lights are out across Dalvitsa', value: '~2,400' },
        { file: X, quote: 'More than 2,300 sets of traffic lights went dark in the capital alone', value: '>2,300' },
      ],
    },
    {
      id: 'ice-storm-2011', kind: 'numeric',
      summary: 'The 2.2 million households cut off by the January 2011 ice storm is another, earlier blackout, not a rival figure for the households that lost power on 15 July 2026.',
      sides: [
        { file: W, quote: 'an ice storm in January 2011 left 2.2 million households in the north without electricity for up to four days', value: '2.2 million (2011)' },
        { file: W, quote: 'The Energy Ministry said about 9 million households lost power at the height of the blackout.', value: '9 million (2026)' },
      ],
    },
  ],
};
