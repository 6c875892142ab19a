// Hand-written gold source for the Kettarani landslide (invented event, Sundhara, July 2026).
// build-gold.mjs turns it into ../gold/landslide.json.
// Three files imitate text saved from news websites (.txt: the headline twice, site
// boilerplate, bylines, "Updated" lines, captions with photo credits, "Read more" lines and, in
// the explainer, footnote markers with a numbered source list); two are Markdown converted from
// news pages (the web story with breadcrumb links, a `# Headline`, an italic standfirst, a byline
// as a link, a "Published ... · Updated ..." line, an image line and key points; the
// state-aligned paper with YAML front matter). Site names, navigation bars, bylines, date and
// "Updated" lines, "Share this article", "Subscribe", "Advertisement", "Read more" lines and
// their headlines, the wire's "(Adds ...)" and "(Reporting by ...)" lines, the breadcrumb line,
// the source list and the author's bio are metadata (meta: 1-based line numbers); headlines,
// standfirsts, key points, image alt texts, captions and their credits are counted text. Link
// URLs are not text: they are in ignore (a nominal pattern).
const W = '000_6b002732e0d55110.txt'; // Hawser wire, UPDATE 3 (Thursday 23 July), US style, straight quotes, writes Ketarani and Patirana
const L = '001_fa9f7b4db534eab5.txt'; // Velankar Times live blog, newest first (Tuesday 21 July, 05:50 to 23:50), curly quotes
const N = '002_2e6ec862830a0226.md'; // KDV News web story (Friday 24 July), breadcrumb Markdown, UK style, curly quotes, writes Kandatil
const T = '003_f437d5dbf1d50a0c.md'; // state-aligned Maravati Morning Post (Saturday 25 July), YAML front matter, curly quotes
const X = '004_2a0ce77901b1fb88.txt'; // The Lodestone explainer in questions with footnotes (Wednesday 29 July), US style, straight quotes, writes Ketarani and Patirana

export default {
  corpus: 'landslide',
  note: 'Invented event written for the project: before dawn on Tuesday 21 July 2026, after four days of monsoon rain, part of Kondal Hill collapses on the upper part of the village of Kettarani (Ketarani in the wire and the explainer), 14 km above the district town of Ottapuram in Velankar Province of the fictional country of Sundhara (capital Maravati), burying 38 houses and about 200 metres of Route 9; about 600 survivors are moved to the government school in Ambalkot. Above the village is a granite quarry of Velstone Aggregates, owned by Suren Madhavar. The five files have random names: the Hawser wire (Thursday, 000), the Velankar Times live blog (Tuesday, 001), the KDV News web story (Friday, 002), the state-aligned Maravati Morning Post (Saturday, 003) and The Lodestone explainer with a source list (Wednesday 29 July, 004). The National Disaster Management Agency (NDMA) and its Director General Vikram Sethuraman, Governor Lalitha Pathirana (Patirana in the wire and the explainer), the National Meteorological Department (NMD) and its director Tharun Ekanath, the Sundhara Geological Survey (SGS) and its geologist Dr. Meera Kandathil (Kandatil in the web story), the company and its owner, Colonel Arun Bhaskar of the 14th Engineer Regiment, the Velankar Provincial Police, Ottapuram District Hospital and its medical superintendent Dr. Leela Varghese, the Kindred Relief Trust, the Hillside Rescue Brigade, the village council head Muthu Rangan, the environmental group Living Hills, the Commonweal Party MP Harish Kottayil and residents disagree about the dead on Thursday (23 by the NDMA, 31 by the hospital and the village council), whether the quarry\'s benches and blasting weakened the slope or the rain alone brought it down, whether an evacuation order was issued on Monday afternoon or nobody told the villagers, whether the NMD\'s red warning was issued on Sunday morning or only on Monday evening, whether the search is over (the NDMA, Friday noon) or continues (the army, the volunteers), when the slide struck (03:40 by the NDMA, 04:12 by the SGS seismic station), whether the quarry\'s licence expired on 31 January or was renewed and is valid, and who said "The rain pulled the trigger, but the gun was loaded years ago" (the geologist Kandathil in the wire, the MP Kottayil in the state-aligned paper); the live blog corrects its own count of the injured (52, then 25). The dead rising from 11 (Tuesday) to 23 (Thursday) is an update; 38 houses and "about 40" are one figure rounded; "about 450" rescuers digging and "more than 400" taking part agree; the seven soldiers hurt in a second slip are not among the 25 injured at the hospital; the 11 houses on the lower lane are part of the 38; the quarry "sealed" and "closed" is one state; the 14 killed at Mallapuzha belong to an earlier landslide, in 2019.',
  files: [W, L, N, T, X],
  meta: {
    [W]: [1, 2, 3, 5, 6, 7, 15, 61, 63, 64, 65],
    [L]: [1, 2, 3, 4, 10, 11, 28, 46, 76, 78],
    [N]: [1, 7, 9],
    [T]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 61, 62, 63, 64, 65, 66, 67, 69],
  },

  actors: [
    // places
    { id: 'sundhara', name: 'Sundhara', type: 'place', forms: ['Sundhara'], note: 'the country; "Sundharan" is a demonym; "Sundhara Geological Survey" is a nested name; "UPDATE 3-Sundhara" in the wire\'s two headlines is a real mention glued to the slug (assigned by hand)' },
    { id: 'maravati', name: 'Maravati', type: 'place', forms: ['Maravati', 'MARAVATI'], note: 'the capital; "did not wait for Maravati to tell us" stays a place; the state-aligned paper\'s dateline is capitalized; "Maravati Morning Post" is a nested name' },
    { id: 'velankar', name: 'Velankar Province', type: 'place', forms: ['Velankar Province', 'Velankar'], note: 'the province; "the Velankar highlands" is a mention of it; "Velankar Times" and "Velankar Provincial Police" are nested names; the live blog\'s navigation bar and the web story\'s byline are metadata' },
    { id: 'ottapuram', name: 'Ottapuram', type: 'place', forms: ['Ottapuram', 'OTTAPURAM'], note: 'the district town 14 km down the valley; the wire\'s dateline is capitalized; "Ottapuram District Hospital" is a nested name' },
    { id: 'kettarani', name: 'Kettarani', type: 'place', forms: ['Kettarani', 'Ketarani'], note: 'the village buried by the slide; the wire and the explainer write Ketarani; "the village" is nominal; "Kettarani village council" is a mention of the place (the council is unnamed)' },
    { id: 'ambalkot', name: 'Ambalkot', type: 'place', forms: ['Ambalkot'], note: 'the town whose government school shelters the survivors; the SGS seismic station is there' },
    { id: 'kondal', name: 'Kondal Hill', type: 'place', forms: ['Kondal Hill'], note: 'the hillside that collapsed, with the quarry on its upper flank' },
    { id: 'route9', name: 'Route 9', type: 'place', forms: ['Route 9'], note: 'the only road into the upper valley, buried for about 200 metres' },
    { id: 'mallapuzha', name: 'Mallapuzha', type: 'place', forms: ['Mallapuzha'], note: 'site of an earlier landslide, in 2019 (explainer)' },
    // organizations
    { id: 'ndma', name: 'National Disaster Management Agency', type: 'organization', forms: ['National Disaster Management Agency', 'NDMA'], note: 'defined as (NDMA) in the wire, the live blog, the web story, the state-aligned paper and the explainer; "NDMA Director General Vikram Sethuraman": the organization is a mention, "Director General" a title; "the agency" and "the disaster agency" are nominal' },
    { id: 'nmd', name: 'National Meteorological Department', type: 'organization', forms: ['National Meteorological Department', 'NMD'], note: 'defined as (NMD) in the wire, the live blog, the state-aligned paper and the explainer; "an NMD spokeswoman" and "NMD director Tharun Ekanath" are mentions; "the department" is nominal; the bulletin in the explainer\'s source list is metadata' },
    { id: 'sgs', name: 'Sundhara Geological Survey', type: 'organization', forms: ['Sundhara Geological Survey', 'SGS'], note: 'the national geological survey, defined as (SGS) in the wire, the live blog and the explainer; "Sundhara" inside it is nested' },
    { id: 'velstone', name: 'Velstone Aggregates', type: 'organization', forms: ['Velstone Aggregates', 'Velstone'], note: 'the company that runs the granite quarry above the village; "Velstone\'s" keeps the possessive outside; "the company" is nominal; "the quarry" is an unnamed site, not a mention' },
    { id: 'regiment', name: '14th Engineer Regiment', type: 'organization', forms: ['14th Engineer Regiment'], note: 'the army unit digging at the site; lowercase "the army" and "the army\'s" are nominal' },
    { id: 'police', name: 'Velankar Provincial Police', type: 'organization', forms: ['Velankar Provincial Police'], note: 'named only in the state-aligned paper; lowercase "police" and "Police"/"The police" opening a sentence are nominal' },
    { id: 'hospital', name: 'Ottapuram District Hospital', type: 'organization', forms: ['Ottapuram District Hospital'], note: 'the district hospital; "the hospital" and "the district hospital" are nominal' },
    { id: 'mines', name: 'Department of Mines', type: 'organization', forms: ['Department of Mines'], note: 'the provincial licensing body; "the department" is nominal' },
    { id: 'kindred', name: 'Kindred Relief Trust', type: 'organization', forms: ['Kindred Relief Trust'], note: 'the relief charity feeding the families at the school' },
    { id: 'brigade', name: 'Hillside Rescue Brigade', type: 'organization', forms: ['Hillside Rescue Brigade'], note: 'the volunteer rescue group from Ottapuram' },
    { id: 'living-hills', name: 'Living Hills', type: 'organization', forms: ['Living Hills'], note: 'the environmental group; its report in the explainer\'s source list is metadata' },
    { id: 'commonweal', name: 'Commonweal Party', type: 'organization', forms: ['Commonweal Party'], note: 'the opposition party of Harish Kottayil' },
    { id: 'hawser', name: 'Hawser', type: 'organization', forms: ['Hawser'], note: 'the wire agency: the dateline "(Hawser)", "told Hawser", "interviewed by Hawser" and the photo credits "Nila Perumal/Hawser" (also in the explainer) are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'velankar-times', name: 'Velankar Times', type: 'organization', forms: ['Velankar Times', 'Times'], note: 'the regional paper running the live blog; "told the Times" is spanned without the article; the photo credit "Ashok Veeran/Velankar Times" is a mention; its site-name line and the source list are metadata' },
    { id: 'kdv', name: 'KDV News', type: 'organization', forms: ['KDV News'], note: 'the broadcaster, named in its own text ("told KDV News"), its photo credit; its breadcrumb line and the source list are metadata' },
    { id: 'morning-post', name: 'Maravati Morning Post', type: 'organization', forms: ['Maravati Morning Post'], note: 'the state-aligned paper, named in counted text only by the explainer; its front matter and the source list are metadata' },
    { id: 'lodestone', name: 'The Lodestone', type: 'organization', forms: ['The Lodestone'], note: 'the explainer site, which names itself in the text ("told The Lodestone"); its site-name line and the author\'s bio are metadata' },
    // people
    { id: 'sethuraman', name: 'Vikram Sethuraman', type: 'person', forms: ['Vikram Sethuraman', 'Sethuraman'], note: 'Director General of the NDMA ("Mr Sethuraman": the title is outside)' },
    { id: 'pathirana', name: 'Lalitha Pathirana', type: 'person', forms: ['Lalitha Pathirana', 'Lalitha Patirana', 'Pathirana', 'Patirana'], note: 'Governor of Velankar Province ("Governor" before the name is a title; "the Governor", "the governor" and "the Governor\'s office" without the name are nominal); the wire and the explainer write Patirana' },
    { id: 'kandathil', name: 'Meera Kandathil', type: 'person', forms: ['Meera Kandathil', 'Meera Kandatil', 'Kandathil'], note: 'senior geologist with the SGS ("Dr." is a title); the web story writes Kandatil; the state-aligned paper refers to her only as "a geologist"' },
    { id: 'ekanath', name: 'Tharun Ekanath', type: 'person', forms: ['Tharun Ekanath'], note: 'director of the NMD' },
    { id: 'madhavar', name: 'Suren Madhavar', type: 'person', forms: ['Suren Madhavar', 'Madhavar'], note: 'owner and managing director of Velstone Aggregates ("Mr Madhavar"); "its owner" and "the company\'s owner" are nominal' },
    { id: 'bhaskar', name: 'Arun Bhaskar', type: 'person', forms: ['Arun Bhaskar', 'Bhaskar'], note: 'colonel commanding the 14th Engineer Regiment at the site ("Colonel", "Col" are titles)' },
    { id: 'varghese', name: 'Leela Varghese', type: 'person', forms: ['Leela Varghese'], note: 'medical superintendent of Ottapuram District Hospital ("Dr."/"Dr" are titles)' },
    { id: 'rangan', name: 'Muthu Rangan', type: 'person', forms: ['Muthu Rangan', 'Rangan'], note: 'head of the Kettarani village council ("Mr Rangan")' },
    { id: 'devaraj', name: 'Kamala Devaraj', type: 'person', forms: ['Kamala Devaraj', 'Devaraj'], note: 'a villager whose husband and son died ("Mrs Devaraj")' },
    { id: 'mohideen', name: 'Rafiq Mohideen', type: 'person', forms: ['Rafiq Mohideen'], note: 'a villager who ran a tea stall on Route 9' },
    { id: 'kottayil', name: 'Harish Kottayil', type: 'person', forms: ['Harish Kottayil', 'Kottayil'], note: 'opposition MP of the Commonweal Party for the area ("Mr Kottayil")' },
    { id: 'selvam', name: 'Aruna Selvam', type: 'person', forms: ['Aruna Selvam'], note: 'coordinator of Living Hills' },
    { id: 'thottam', name: 'Rafi Thottam', type: 'person', forms: ['Rafi Thottam'], note: 'leader of the Hillside Rescue Brigade' },
    { id: 'arakal', name: 'Joseph Arakal', type: 'person', forms: ['Joseph Arakal'], note: 'provincial coordinator of the Kindred Relief Trust' },
    { id: 'ranasur', name: 'Devika Ranasur', type: 'person', forms: ['Devika Ranasur'], note: 'the Prime Minister ("Prime Minister" before the name is a title)' },
    { id: 'thalavai', name: 'Omkar Thalavai', type: 'person', forms: ['Omkar Thalavai'], note: 'Deputy Speaker, quoted by the state-aligned paper ("Deputy Speaker" is a title)' },
    { id: 'pillai', name: 'Revathi Pillai', type: 'person', forms: ['Revathi Pillai'], note: 'Velankar Times reporter named in a post ("Our reporter Revathi Pillai"); the byline line is metadata' },
    { id: 'mathew', name: 'Sunitha Mathew', type: 'person', forms: ['Sunitha Mathew'], note: 'Velankar Times reporter named in a post; the byline line is metadata' },
    { id: 'perumal', name: 'Nila Perumal', type: 'person', forms: ['Nila Perumal'], note: 'Hawser photographer credited in captions (the wire and the explainer)' },
    { id: 'veeran', name: 'Ashok Veeran', type: 'person', forms: ['Ashok Veeran'], note: 'Velankar Times photographer credited in a caption' },
    { id: 'sadiq', name: 'Imran Sadiq', type: 'person', forms: ['Imran Sadiq'], note: 'KDV News photographer credited in a caption' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:agency|agency['’]s|disaster agency|[Gg]overnor|[Gg]overnor['’]s office|company|company['’]s|department|department['’]s|hospital|hospital['’]s|district hospital|village|province|capital|group['’]s|regiment)\\b", why: 'nominal reference to a named body, person or place, or a title without a name (lowercase, or "the Governor")' },
    { pattern: "\\b(?:[Hh]is|[Hh]er|[Ii]ts) (?:owner|coordinator|head|medical superintendent|director general)\\b", why: 'nominal reference to a named person (lowercase)' },
    { pattern: "(?<!Provincial )\\b[Pp]olice\\b", why: 'nominal reference to the Velankar Provincial Police (lowercase, or capitalized opening a sentence)' },
    { pattern: "\\b[Tt]he army(?:['’]s)?", why: 'nominal reference to the army (its unit here is the 14th Engineer Regiment)' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: W, text: 'Sundhara', context: 'Video\nUPDATE 3-Sundhara', actor: 'sundhara' },
    { file: W, text: 'Sundhara', context: 'Share this article\n\nUPDATE 3-Sundhara', actor: 'sundhara' },
  ],

  claims: [
    { file: W, speaker: 'Vikram Sethuraman', cue: 'told reporters in Ottapuram', quote: 'only bodies that have been recovered and identified' },
    { file: W, speaker: 'Leela Varghese', cue: 'she said', quote: 'We count what comes through our doors' },
    { file: W, speaker: 'Meera Kandathil', cue: 'Kandathil said', quote: 'The rain pulled the trigger, but the gun was loaded years ago' },
    { file: W, speaker: 'Suren Madhavar', cue: 'he told Hawser by telephone', quote: 'We have worked on that hill for eleven years, and for eleven years the hill did not move' },
    { file: W, speaker: 'Kamala Devaraj', cue: 'said Kamala Devaraj', quote: 'Nobody told us to leave. Not on Monday, not on Sunday, not ever' },
    { file: L, speaker: 'Lalitha Pathirana', cue: 'she said', quote: 'An evacuation order was issued on Monday afternoon for every house above the temple' },
    { file: L, speaker: 'Rafiq Mohideen', cue: 'said Rafiq Mohideen', quote: 'No loudspeaker, no message on the phone, nothing. If someone had told us, we would have walked out with our children.' },
    { file: L, speaker: 'Muthu Rangan', cue: 'he said', quote: 'I did not hear any announcement, and I was in the market until dark' },
    { file: L, speaker: 'Harish Kottayil', cue: 'he said', quote: 'People here have complained for years that their walls crack when the quarry blasts' },
    { file: N, speaker: 'Leela Varghese', cue: 'said Dr Leela Varghese', quote: 'Thirty-one bodies have come into our mortuary since Tuesday morning, and every one of them has a name on a tag' },
    { file: N, speaker: 'Arun Bhaskar', cue: 'said Colonel Arun Bhaskar', quote: 'My orders come from my own commanders, and nobody has told us to stop' },
    { file: N, speaker: 'Aruna Selvam', cue: 'said Aruna Selvam', quote: 'They were quarrying without a licence on a slope everybody knew was moving' },
    { file: T, speaker: 'Vikram Sethuraman', cue: 'Mr Sethuraman said', quote: 'Four hundred millimetres in three days will bring down a slope in these hills, quarry or no quarry' },
    { file: T, speaker: 'Omkar Thalavai', cue: 'said Deputy Speaker Omkar Thalavai', quote: 'Mr Kottayil has visited Kettarani twice in four years, both times with cameras' },
    { file: X, speaker: 'Arun Bhaskar', cue: 'told The Lodestone on Tuesday', quote: 'are still searching the lower lane, house by house' },
  ],

  contradictions: [
    {
      id: 'death-toll', level: 'core', kind: 'numeric',
      summary: 'How many people died, by Thursday: the NDMA says 23 confirmed dead (counting only bodies identified by relatives before an official) and has not changed the figure; Ottapuram District Hospital says its mortuary received 31 bodies, and the village council and the families count 31.',
      sides: [
        { file: W, quote: 'The death toll from the landslide that buried part of the hill village of Ketarani in Sundhara rose to 23 on Thursday', value: '23', speaker: 'National Disaster Management Agency', camp: 'A' },
        { file: N, quote: 'The National Disaster Management Agency (NDMA) said on Thursday evening that 23 people had been confirmed dead and nine were still missing.', value: '23', speaker: 'National Disaster Management Agency', camp: 'A' },
        { file: T, quote: 'Disaster agency confirms toll of 23', value: '23', speaker: 'National Disaster Management Agency', camp: 'A' },
        { file: X, quote: 'The National Disaster Management Agency (NDMA) says 23, a figure it has not changed since Thursday, with nine people missing.', value: '23', speaker: 'National Disaster Management Agency', camp: 'A' },
        { file: W, quote: 'the district hospital said it had received 31 bodies', value: '31', speaker: 'Ottapuram District Hospital', camp: 'B' },
        { file: W, quote: 'said 31 bodies had been brought to the hospital\'s mortuary by Thursday afternoon', value: '31', speaker: 'Leela Varghese', camp: 'B' },
        { file: N, quote: 'The same evening, Ottapuram District Hospital said that 31 bodies had been brought to its mortuary.', value: '31', speaker: 'Ottapuram District Hospital', camp: 'B' },
        { file: N, quote: 'Thirty-one bodies have come into our mortuary since Tuesday morning', value: '31', speaker: 'Leela Varghese', camp: 'B' },
        { file: N, quote: 'Come and count with me. We count 31.', value: '31', speaker: 'Kamala Devaraj', camp: 'B' },
        { file: X, quote: 'Ottapuram District Hospital says its mortuary received 31 bodies', value: '31', speaker: 'Ottapuram District Hospital', camp: 'B' },
      ],
    },
    {
      id: 'cause', level: 'core', kind: 'polarity',
      summary: 'What brought the hill down: the SGS geologist Dr. Meera Kandathil (Kandatil) says, as a preliminary finding, that the slope failed along the benches cut by Velstone\'s quarry and that blasting probably opened the rock to the rain; Governor Lalitha Pathirana says it was the rain alone, the NDMA\'s Vikram Sethuraman says the rain needs nothing else to explain it, and the company and its owner Suren Madhavar blame the rainfall.',
      sides: [
        { file: W, quote: 'the slope appeared to have failed along benches cut by the quarry, and that years of blasting had probably opened cracks through which the rain entered the rock', speaker: 'Meera Kandathil', camp: 'A' },
        { file: N, quote: 'the hillside failed along the benches the quarry had cut into it, and that blasting had “very probably” opened the rock to the rain', speaker: 'Meera Kandathil', camp: 'A' },
        { file: N, quote: 'Rain does not act alone on a hillside like this', speaker: 'Meera Kandathil', camp: 'A' },
        { file: X, quote: 'her preliminary survey found that the slope failed along benches the quarry had cut into it, and that blasting had probably let the rain into the rock', speaker: 'Meera Kandathil', camp: 'A' },
        { file: W, quote: '"This was the rain, and the rain alone," she said on Wednesday', speaker: 'Lalitha Pathirana', camp: 'B' },
        { file: L, quote: 'the cause of this tragedy is the exceptional rainfall of the past four days', speaker: 'Velstone Aggregates', camp: 'B' },
        { file: N, quote: 'Four days of rain did this', speaker: 'Suren Madhavar', camp: 'B' },
        { file: T, quote: 'officials say record rainfall, not quarrying, brought down Kondal Hill', speaker: 'Maravati Morning Post', camp: 'B' },
        { file: T, quote: 'Officials said the slide was caused by rainfall without precedent in the Velankar highlands.', speaker: 'Maravati Morning Post', camp: 'B' },
        { file: T, quote: 'Four hundred millimetres in three days will bring down a slope in these hills, quarry or no quarry', speaker: 'Vikram Sethuraman', camp: 'B' },
        { file: X, quote: 'Governor Lalitha Patirana says it was "the rain, and the rain alone," and so does the NDMA.', speaker: 'Lalitha Pathirana', camp: 'B' },
      ],
    },
    {
      id: 'evacuation-order', level: 'core', kind: 'polarity',
      summary: 'Whether the villagers were told to leave: Governor Lalitha Pathirana and her office say an evacuation order for upper Kettarani was issued on Monday afternoon and announced by loudspeaker from a police vehicle; villagers (Kamala Devaraj, Rafiq Mohideen) and the village council head Muthu Rangan say nobody told them and nobody heard any announcement.',
      sides: [
        { file: W, quote: 'Patirana said the district administration had ordered the upper part of the village evacuated on Monday afternoon', speaker: 'Lalitha Pathirana', camp: 'A' },
        { file: L, quote: 'An evacuation order was issued on Monday afternoon for every house above the temple, and it was announced from a police vehicle with a loudspeaker.', speaker: 'Lalitha Pathirana', camp: 'A' },
        { file: N, quote: 'an evacuation order for upper Kettarani was issued on Monday afternoon and announced by loudspeaker', speaker: 'Lalitha Pathirana', camp: 'A' },
        { file: T, quote: 'An evacuation order for the upper part of the village was issued on Monday afternoon and announced by loudspeaker from a police vehicle', speaker: 'Lalitha Pathirana', camp: 'A' },
        { file: X, quote: 'The governor also says an evacuation order for upper Ketarani was issued on Monday afternoon and read out by loudspeaker.', speaker: 'Lalitha Pathirana', camp: 'A' },
        { file: W, quote: 'Nobody told us to leave. Not on Monday, not on Sunday, not ever', speaker: 'Kamala Devaraj', camp: 'B' },
        { file: L, quote: 'No loudspeaker, no message on the phone, nothing.', speaker: 'Rafiq Mohideen', camp: 'B' },
        { file: L, quote: 'I did not hear any announcement, and I was in the market until dark', speaker: 'Muthu Rangan', camp: 'B' },
        { file: N, quote: 'Nobody came to my door, and no vehicle came up the lane', speaker: 'Kamala Devaraj', camp: 'B' },
        { file: X, quote: 'Nobody The Lodestone or other outlets have found in the village heard it.', speaker: 'The Lodestone', camp: 'B' },
      ],
    },
    {
      id: 'warning-day', level: 'secondary', kind: 'temporal',
      summary: 'When the NMD issued its red warning for the Velankar highlands: the NMD says on Sunday 19 July at 11:00, and its bulletin carries that time; Governor Lalitha Pathirana and her office say it was issued only on Monday evening (at seven o\'clock).',
      sides: [
        { file: W, quote: 'said it had issued a red warning for the Velankar highlands on Sunday morning, July 19', value: 'Sunday 19 July, morning', speaker: 'National Meteorological Department', camp: 'A' },
        { file: L, quote: 'Its bulletin for the Velankar highlands carries a red warning dated Sunday 19 July, 11:00.', value: 'Sunday 19 July, 11:00', speaker: 'Velankar Times', camp: 'A' },
        { file: L, quote: 'The warning was issued on Sunday morning and sent to every district office in the province the same hour', value: 'Sunday morning', speaker: 'National Meteorological Department', camp: 'A' },
        { file: X, quote: 'says it issued a red warning for the Velankar highlands at 11 a.m. on Sunday, July 19', value: 'Sunday 19 July, 11:00', speaker: 'National Meteorological Department', camp: 'A' },
        { file: W, quote: 'Patirana told reporters that the red warning was issued only on Monday evening', value: 'Monday 20 July, evening', speaker: 'Lalitha Pathirana', camp: 'B' },
        { file: L, quote: 'The red warning was issued only at seven o’clock on Monday evening.', value: 'Monday 20 July, 19:00', speaker: 'Lalitha Pathirana', camp: 'B' },
        { file: T, quote: 'The NMD issued its red warning only on Monday evening, the Governor’s office said', value: 'Monday 20 July, evening', speaker: 'Lalitha Pathirana', camp: 'B' },
        { file: X, quote: 'Patirana says the red warning was issued only on Monday evening, leaving the province no time.', value: 'Monday 20 July, evening', speaker: 'Lalitha Pathirana', camp: 'B' },
      ],
    },
    {
      id: 'search-status', level: 'secondary', kind: 'status',
      summary: 'Whether the search is over: the NDMA\'s Vikram Sethuraman announced at noon on Friday that the search had ended (the state-aligned paper: "formally concluded"); Colonel Arun Bhaskar of the 14th Engineer Regiment says nobody has told his soldiers to stop and they are still searching (on Friday and again the next Tuesday), and the Hillside Rescue Brigade says it is not going home.',
      sides: [
        { file: N, quote: 'At noon on Friday Mr Sethuraman announced that the search was over.', speaker: 'Vikram Sethuraman', camp: 'A' },
        { file: N, quote: 'The disaster agency called off the search at noon on Friday', speaker: 'National Disaster Management Agency', camp: 'A' },
        { file: T, quote: 'The search for survivors of the Kettarani landslide was formally concluded on Friday', speaker: 'National Disaster Management Agency', camp: 'A' },
        { file: T, quote: 'now that the search phase is over', speaker: 'Vikram Sethuraman', camp: 'A' },
        { file: X, quote: 'announced at noon on Friday that the search had ended', speaker: 'Vikram Sethuraman', camp: 'A' },
        { file: N, quote: 'nobody has told us to stop', speaker: 'Arun Bhaskar', camp: 'B' },
        { file: N, quote: 'While there are families waiting on that road, we are still searching.', speaker: 'Arun Bhaskar', camp: 'B' },
        { file: N, quote: 'We are not going home', speaker: 'Rafi Thottam', camp: 'B' },
        { file: X, quote: 'On the ground it has not stopped.', speaker: 'The Lodestone', camp: 'B' },
        { file: X, quote: 'his soldiers "are still searching the lower lane, house by house,"', speaker: 'Arun Bhaskar', camp: 'B' },
      ],
    },
    {
      id: 'slide-time', level: 'secondary', kind: 'temporal',
      summary: 'When the slide struck: the NDMA says at about 03:40; the SGS says its seismic station at Ambalkot recorded the slope moving at 04:12.',
      sides: [
        { file: W, quote: 'The NDMA has said the slide struck at about 3:40 a.m.', value: '03:40', speaker: 'National Disaster Management Agency', camp: 'A' },
        { file: L, quote: 'says the slide struck at about 3:40am', value: '03:40', speaker: 'National Disaster Management Agency', camp: 'A' },
        { file: X, quote: 'The NDMA says about 3:40 a.m.', value: '03:40', speaker: 'National Disaster Management Agency', camp: 'A' },
        { file: W, quote: 'puts the time at 4:12 a.m.', value: '04:12', speaker: 'Sundhara Geological Survey', camp: 'B' },
        { file: L, quote: 'recorded the slope moving at 04:12, more than half an hour later than the time the NDMA has given', value: '04:12', speaker: 'Sundhara Geological Survey', camp: 'B' },
        { file: X, quote: 'The SGS, whose seismic station at Ambalkot recorded the ground moving, says 4:12 a.m.', value: '04:12', speaker: 'Sundhara Geological Survey', camp: 'B' },
      ],
    },
    {
      id: 'licence', level: 'secondary', kind: 'polarity',
      summary: 'Whether the quarry was licensed: Living Hills (and the MP Harish Kottayil) say the Department of Mines\' register shows Velstone\'s licence expired on 31 January and was not renewed; the owner Suren Madhavar says it was renewed in February and is valid until 2031, and the provincial administration (in the state-aligned paper) says the company holds a valid licence.',
      sides: [
        { file: W, quote: 'showed that Velstone\'s licence had expired on Jan. 31 and had not been renewed', speaker: 'Living Hills', camp: 'A' },
        { file: N, quote: 'the company’s licence expired on 31 January', speaker: 'Living Hills', camp: 'A' },
        { file: N, quote: 'They were quarrying without a licence', speaker: 'Aruna Selvam', camp: 'A' },
        { file: X, quote: 'say the Department of Mines\' register shows that Velstone\'s licence expired on January 31', speaker: 'Living Hills', camp: 'A' },
        { file: W, quote: 'its licence was valid until 2031', speaker: 'Suren Madhavar', camp: 'B' },
        { file: N, quote: 'Mr Madhavar said the licence had been renewed in February and was valid until 2031', speaker: 'Suren Madhavar', camp: 'B' },
        { file: T, quote: 'holds a valid licence, the provincial administration said', speaker: 'provincial administration', camp: 'B' },
        { file: X, quote: 'Madhavar says it was renewed in February and runs until 2031.', speaker: 'Suren Madhavar', camp: 'B' },
      ],
    },
    {
      id: 'quote-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "The rain pulled the trigger, but the gun was loaded years ago": the wire credits the SGS geologist Dr. Meera Kandathil, presenting her preliminary findings; the state-aligned Maravati Morning Post credits the opposition MP Harish Kottayil, in a speech outside the district office in Ottapuram on Thursday.',
      sides: [
        { file: W, quote: '"The rain pulled the trigger, but the gun was loaded years ago," Kandathil said', speaker: 'Hawser', camp: 'A' },
        { file: T, quote: '“The rain pulled the trigger, but the gun was loaded years ago,” Mr Kottayil said on Thursday', speaker: 'Maravati Morning Post', camp: 'B' },
      ],
    },
    {
      id: 'injured-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing staff at the admissions desk, that 52 people were being treated at Ottapuram District Hospital, then corrected itself: the hospital says it has treated 25, as the wire says.',
      sides: [
        { file: L, quote: '52 people are being treated at Ottapuram District Hospital, staff at the admissions desk told our reporter.', value: '52', speaker: 'Velankar Times', camp: 'A' },
        { file: L, quote: 'The hospital says it has treated 25 people, and we misread a handwritten list at the admissions desk.', value: '25', speaker: 'Velankar Times', camp: 'B' },
        { file: W, quote: 'The hospital has treated 25 injured people, nine of whom remain in its wards.', value: '25', speaker: 'Hawser', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rise', kind: 'numeric',
      summary: 'The NDMA\'s toll rose from 11 (Tuesday night) to 17 (Wednesday) and 23 (Thursday), and the state-aligned paper reports it as a rise: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'The NDMA says 11 people are confirmed dead in Kettarani', value: '11 (Tue)' },
        { file: T, quote: 'The toll rose to 23 on Thursday, from 11 on Tuesday and 17 on Wednesday', value: '23 (Thu)' },
      ],
    },
    {
      id: 'houses-rounding', kind: 'numeric',
      summary: '38 houses buried (wire) and "about 40 houses" (explainer) are one figure, rounded.',
      sides: [
        { file: W, quote: 'sending mud, boulders and uprooted trees over 38 houses', value: '38' },
        { file: X, quote: 'Mud and boulders buried about 40 houses', value: '~40' },
      ],
    },
    {
      id: 'rescuers', kind: 'numeric',
      summary: '"About 450" soldiers, police officers and volunteers digging (wire, Thursday) and "more than 400 rescuers" taking part (state-aligned paper, the NDMA) are compatible approximations.',
      sides: [
        { file: W, quote: 'About 450 soldiers, police officers and volunteers are digging through mud', value: '~450' },
        { file: T, quote: 'More than 400 rescuers took part in the operation', value: '>400' },
      ],
    },
    {
      id: 'soldiers-hurt', kind: 'numeric',
      summary: 'The seven soldiers hurt in a second, smaller slip on Wednesday were treated at the army\'s field post and are not among the 25 injured treated at the hospital: a different set.',
      sides: [
        { file: N, quote: 'Seven soldiers hurt in a second, smaller slip on Wednesday afternoon were treated at the army’s field post and are not included in that figure.', value: '7 soldiers' },
        { file: N, quote: 'The hospital has treated 25 injured villagers.', value: '25 injured' },
      ],
    },
    {
      id: 'lower-lane', kind: 'numeric',
      summary: 'The 11 houses on the lower lane are part of the 38 buried houses the government promises to rebuild: part and whole.',
      sides: [
        { file: N, quote: 'where 11 of the 38 buried houses stood', value: '11 (lower lane)' },
        { file: T, quote: 'rebuild the 38 homes that were destroyed', value: '38 (all)' },
      ],
    },
    {
      id: 'quarry-closed', kind: 'status',
      summary: 'The quarry "sealed" by the district administration on Wednesday (web story) and "closed pending the committee\'s report" (state-aligned paper) is the same state in different words.',
      sides: [
        { file: N, quote: 'The district administration sealed the quarry on Wednesday.', value: 'sealed' },
        { file: T, quote: 'The quarry has been closed pending the committee’s report.', value: 'closed' },
      ],
    },
    {
      id: 'earlier-landslide', kind: 'numeric',
      summary: 'The 14 people killed at Mallapuzha belong to an earlier landslide, in 2019, not to Kettarani (23 dead by the NDMA).',
      sides: [
        { file: X, quote: 'In 2019 a landslide at Mallapuzha, also in Velankar Province, killed 14 people', value: '14 (2019)' },
        { file: N, quote: 'The NDMA says 23 people died', value: '23 (2026)' },
      ],
    },
  ],
};
