// Hand-written gold source for the heatwave in Ossandria (invented event, July 2026).
// build-gold.mjs turns it into ../gold/heatwave.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", captions with photo credits, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links), and the state-aligned paper is Markdown with YAML front matter and
// no headline in the body. Site names, navigation bars, bylines, date and "Updated" lines,
// "Share this article", "Advertisement", "Read more" lines, the wire's reporting line, the source
// list and the bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'bosun-wire.txt'; // Bosun wire (Friday 17 July), US style, straight quotes, writes Harvassa, Karaoglu, Mansuri, State Labor Inspectorate
const L = '4e81c07d93a2f615.txt'; // The Belmira Post live blog, newest first (Wednesday 15 July, 06:30 to 23:40), UK style, curly quotes
const B = 'b2f9a4d0176ce3a8.md'; // OBN News web story (Thursday 16 July, evening), UK style, curly quotes
const D = '0c6d5e2b8f93a741.md'; // state-aligned Patria Daily (Friday 17 July), YAML front matter, UK style, curly quotes
const X = '9a37f1e5c0b4d268.txt'; // The Sundial explainer in questions (Saturday 18 July), US style, straight quotes, writes Harvassa, Karaoglu, State Labor Inspectorate

export default {
  corpus: 'heatwave',
  note: 'Invented event written for the project: from Sunday 12 July 2026 a week-long heatwave hits Lusca Province in the south of the fictional country of Ossandria (capital Maldoro). On Tuesday 14 July the Civil Protection Agency (CPA) announces 47.3 °C at its station on the airfield of the inland town of Kharvassa (Harvassa in the wire and the explainer) as a national record; on Thursday the National Institute of Meteorology (NIM) validates 46.1 °C (previous record 45.4 °C, Kharvassa, August 2019), and the port city of Belmira (1.1 million) peaks at 44.8 °C. Older people are found dead alone in flats, Belmira General Hospital fills, the taps of the Verdalto and Lindora districts run dry at night, 38,400 homes lose power on Wednesday night, and on Thursday a wildfire breaks out in the Ruscara Hills above the village of Pietrasole. A road worker, Ilir Bajrami, 34, employed by Stradanova Construction, collapses at about 10:40 on Tuesday on the Lindora ring road and dies that evening. Five invented outlets: the Bosun wire (Friday), The Belmira Post live blog, newest first (Wednesday 06:30 to 23:40), the OBN News web story (Thursday), the state-aligned Patria Daily (Friday) and The Sundial explainer (Saturday); four files have random names. The Health Ministry and Health Minister Ilinca Bratescu, the NIM and its climatologist Walid Mansouri (Mansuri in the wire), the CPA and its director Corrado Ferrazzi, Mayor Nesrin Karaoğlu (Karaoglu in the wire and the explainer) and City Hall, the water utility Belwater and its spokeswoman Ines Dobrev, Belmira General Hospital and its emergency chief Hamza Haddou, the Union of Hospital Doctors (UHD) and its president Eleni Petrakis, the Guild of Funeral Directors and its president Bogomil Ilchev, the Pensioners\' Alliance and its chair Rosalia Ferrante, the New Horizon MP Nikolai Serafimov, the epidemiologist Irmgard Marquardt (University of Belmira), Lusca Power, the Lusca Growers\' Union, a melon grower, the worker\'s cousin and residents disagree about the heatstroke deaths in the province on Wednesday 15 July (14 by the ministry, 61 by the UHD from hospital registers), the temperature reached at Kharvassa on Tuesday (47.3 °C by the CPA, which stands by it, against 46.1 °C validated by the NIM), the day the red heat alert was raised (noon on Monday by the ministry, the NIM and the state-aligned paper, against Wednesday morning by the live blog, the opposition MP and the NIM\'s archived bulletins), whether Belmira\'s 26 cooling centres were open (every day, by the mayor and City Hall, against locked in Portavella, by the pensioners and a reporter), whether water was rationed (taps dry from 23:00 to 05:00, by residents and reporters, against "never cut", "no rationing" by Belwater), whether hospitals ran out of beds (Belmira General from 14:00 on Wednesday, by its emergency chief and the UHD, against "no hospital ran out of beds" by the ministry and the minister), whether the heat killed Bajrami (heatstroke at 42.4 °C by the hospital and his cousin, against a heart attack by his employer and "not caused by the heat" by the ministry) and who said "Nobody in this city should die alone behind a locked door because no one thought to knock" (Ferrante in the wire, the Health Minister in the state-aligned paper); the live blog corrects its own count of people found dead alone at home on Tuesday (17, then seven). 38,400 homes without power and "some 38,000 households" are one figure rounded; the ministry\'s count of 20 heatstroke deaths since Sunday on Wednesday night and 23 on Friday "up from 20" is an update reported as such; 44.8 °C in Belmira and 46.1 °C at Kharvassa on Tuesday are different places; the 310 heatstroke patients admitted at Belmira General are part of the 1,140 admitted in the province; an outdoor-work ban "between 11 a.m. and 5 p.m." and an order to "stop work in the open from 11 a.m. to 5 p.m." are synonyms; "More than 300 firefighters" and "About 320 firefighters" agree; 38 heatstroke deaths in the August 2019 heatwave belong to another, earlier heatwave. The epidemiologist\'s estimate of about 300 excess deaths is a different measure (all causes, against the norm), which the explainer says in so many words, and is neither a contradiction nor a listed look-alike. "Ossandrian" would be a demonym; "Belmira" inside Belmira General Hospital, The Belmira Post and University of Belmira and "Lusca" inside Lusca Power and Lusca Growers\' Union are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 55],
    [L]: [1, 2, 3, 4, 10, 11, 33, 75, 76, 78],
    [B]: [1, 7, 9, 21, 55, 71, 72, 73],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 65, 66, 67, 68, 69, 71],
  },

  actors: [
    // places
    { id: 'ossandria', name: 'Ossandria', type: 'place', forms: ['Ossandria'], note: 'the country; "the country" is nominal' },
    { id: 'lusca', name: 'Lusca Province', type: 'place', forms: ['Lusca Province', 'Lusca'], note: 'the southern province; nested in Lusca Power and Lusca Growers\' Union; "the province" and "the south" are nominal' },
    { id: 'belmira', name: 'Belmira', type: 'place', forms: ['Belmira', 'BELMIRA'], note: 'the largest city, a port in the south (dateline of the wire, in capitals); nested in Belmira General Hospital, The Belmira Post and University of Belmira; "the city" is nominal' },
    { id: 'maldoro', name: 'Maldoro', type: 'place', forms: ['Maldoro', 'MALDORO'], note: 'the capital (dateline of the state-aligned paper, in capitals; "Somebody in Maldoro" for the government stays a place)' },
    { id: 'kharvassa', name: 'Kharvassa', type: 'place', forms: ['Kharvassa', 'Harvassa'], note: 'inland town with the disputed record (Harvassa in the wire and the explainer); "the town" is nominal' },
    { id: 'verdalto', name: 'Verdalto', type: 'place', forms: ['Verdalto'], note: 'a district of Belmira with dry taps' },
    { id: 'lindora', name: 'Lindora', type: 'place', forms: ['Lindora'], note: 'a district of Belmira; "the Lindora ring road" holds a mention of it' },
    { id: 'portavella', name: 'Portavella', type: 'place', forms: ['Portavella'], note: 'the old district of Belmira with the locked cooling centres' },
    { id: 'pietrasole', name: 'Pietrasole', type: 'place', forms: ['Pietrasole'], note: 'village evacuated from the wildfire; "the village" is nominal' },
    { id: 'ruscara', name: 'Ruscara Hills', type: 'place', forms: ['Ruscara Hills'], note: 'hills where the wildfire broke out (a named feature)' },
    { id: 'vallonga', name: 'Vallonga Reservoir', type: 'place', forms: ['Vallonga Reservoir'], note: 'Belmira\'s main water source (a named facility)' },
    { id: 'sant-orso', name: 'Sant’Orso', type: 'place', forms: ['Sant’Orso'], note: 'a port with reserve wards, in the state-aligned paper' },
    // organizations
    { id: 'health-ministry', name: 'Health Ministry', type: 'organization', forms: ['Health Ministry'], note: '"Health Minister" before a name is a title; "the ministry" is nominal' },
    { id: 'nim', name: 'National Institute of Meteorology', type: 'organization', forms: ['National Institute of Meteorology', 'NIM'], note: 'the weather service; defined as (NIM); "the institute" and "the weather institute" are nominal' },
    { id: 'cpa', name: 'Civil Protection Agency', type: 'organization', forms: ['Civil Protection Agency', 'CPA'], note: 'defined as (CPA); "CPA Director" before a name holds a mention of it; "the agency" is nominal; lowercase "civil-protection teams" is no name' },
    { id: 'city-hall', name: 'City Hall', type: 'organization', forms: ['City Hall'], note: 'Belmira\'s municipal government' },
    { id: 'belwater', name: 'Belwater', type: 'organization', forms: ['Belwater'], note: 'the city\'s water utility; "the utility", "the company" are nominal' },
    { id: 'lusca-power', name: 'Lusca Power', type: 'organization', forms: ['Lusca Power'], note: 'the regional electricity distributor; the place inside it is nested' },
    { id: 'hospital', name: 'Belmira General Hospital', type: 'organization', forms: ['Belmira General Hospital'], note: 'the city\'s largest hospital; "the hospital" is nominal; the place inside it is nested' },
    { id: 'uhd', name: 'Union of Hospital Doctors', type: 'organization', forms: ['Union of Hospital Doctors', 'UHD'], note: 'the doctors\' union; defined as (UHD); "UHD President" before a name holds a mention of it; "the union" and "A doctors’ union" are nominal' },
    { id: 'guild', name: 'Guild of Funeral Directors', type: 'organization', forms: ['Guild of Funeral Directors'], note: 'the undertakers\' association, in the web story' },
    { id: 'pensioners', name: 'Pensioners’ Alliance', type: 'organization', forms: ['Pensioners’ Alliance', 'Pensioners\' Alliance'], note: 'the pensioners\' group (curly apostrophe in the UK-style outlets, straight in the wire and the explainer); "the alliance" is nominal' },
    { id: 'new-horizon', name: 'New Horizon', type: 'organization', forms: ['New Horizon'], note: 'the opposition party of Nikolai Serafimov' },
    { id: 'university', name: 'University of Belmira', type: 'organization', forms: ['University of Belmira'], note: 'the epidemiologist\'s university; the place inside it is nested' },
    { id: 'growers', name: 'Lusca Growers’ Union', type: 'organization', forms: ['Lusca Growers’ Union', 'Lusca Growers\' Union'], note: 'the farmers\' union (curly or straight apostrophe); the place inside it is nested' },
    { id: 'stradanova', name: 'Stradanova Construction', type: 'organization', forms: ['Stradanova Construction'], note: 'the road worker\'s employer' },
    { id: 'inspectorate', name: 'State Labour Inspectorate', type: 'organization', forms: ['State Labour Inspectorate', 'State Labor Inspectorate'], note: 'State Labor Inspectorate in the US-style wire and explainer' },
    { id: 'agriculture-ministry', name: 'Agriculture Ministry', type: 'organization', forms: ['Agriculture Ministry'], note: 'in the state-aligned paper' },
    { id: 'bosun', name: 'Bosun', type: 'organization', forms: ['Bosun'], note: 'the wire agency: the dateline "(Bosun)" and "told Bosun" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'post', name: 'The Belmira Post', type: 'organization', forms: ['The Belmira Post', 'Belmira Post'], note: 'the city paper running the live blog: its photo credit and the explainer\'s "as The Belmira Post reported" and "a Belmira Post reporter" are mentions; its site-name line and its name in the source list are metadata' },
    { id: 'obn', name: 'OBN News', type: 'organization', forms: ['OBN News'], note: 'the broadcaster\'s news site, named in its own text ("told OBN News", "OBN News reporters") and photo credit (also reused by the explainer), and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'patria', name: 'Patria Daily', type: 'organization', forms: ['Patria Daily'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "Patria Daily, a paper close to the government" is a mention' },
    { id: 'sundial', name: 'The Sundial', type: 'organization', forms: ['The Sundial'], note: 'the explainer\'s site: "told The Sundial" and "The Sundial\'s questions" are mentions; its site-name line and the author bio are metadata' },
    // people
    { id: 'bratescu', name: 'Ilinca Bratescu', type: 'person', forms: ['Ilinca Bratescu', 'Bratescu'], note: 'Health Minister; the title before the name is outside the span; "Mrs Bratescu" -> "Bratescu"' },
    { id: 'karaoglu', name: 'Nesrin Karaoğlu', type: 'person', forms: ['Nesrin Karaoğlu', 'Nesrin Karaoglu'], note: 'Mayor of Belmira (Karaoglu in the wire and the explainer)' },
    { id: 'mansouri', name: 'Walid Mansouri', type: 'person', forms: ['Walid Mansouri', 'Mansouri', 'Walid Mansuri'], note: 'NIM climatologist (Mansuri in the wire); "Dr" is outside the span' },
    { id: 'ferrazzi', name: 'Corrado Ferrazzi', type: 'person', forms: ['Corrado Ferrazzi'], note: 'CPA director, in the wire' },
    { id: 'dobrev', name: 'Ines Dobrev', type: 'person', forms: ['Ines Dobrev'], note: 'Belwater spokeswoman, in the state-aligned paper' },
    { id: 'haddou', name: 'Hamza Haddou', type: 'person', forms: ['Hamza Haddou', 'Haddou'], note: 'head of the emergency department at Belmira General Hospital; "Dr"/"Dr." is outside the span' },
    { id: 'petrakis', name: 'Eleni Petrakis', type: 'person', forms: ['Eleni Petrakis'], note: 'UHD president' },
    { id: 'ilchev', name: 'Bogomil Ilchev', type: 'person', forms: ['Bogomil Ilchev'], note: 'president of the Guild of Funeral Directors, in the web story' },
    { id: 'ferrante', name: 'Rosalia Ferrante', type: 'person', forms: ['Rosalia Ferrante', 'Ferrante'], note: 'chair of the Pensioners\' Alliance; "Ferrante\'s group" holds a mention' },
    { id: 'serafimov', name: 'Nikolai Serafimov', type: 'person', forms: ['Nikolai Serafimov'], note: 'opposition New Horizon MP' },
    { id: 'marquardt', name: 'Irmgard Marquardt', type: 'person', forms: ['Irmgard Marquardt', 'Marquardt'], note: 'epidemiologist at the University of Belmira; "Prof" is outside the span' },
    { id: 'tellini', name: 'Cosimo Tellini', type: 'person', forms: ['Cosimo Tellini'], note: 'a melon grower near Kharvassa, in the web story' },
    { id: 'moretto', name: 'Agnese Moretto', type: 'person', forms: ['Agnese Moretto'], note: 'a Portavella resident, in the live blog' },
    { id: 'lekkas', name: 'Stavros Lekkas', type: 'person', forms: ['Stavros Lekkas'], note: 'a grocer in Verdalto, in the live blog' },
    { id: 'bajrami', name: 'Ilir Bajrami', type: 'person', forms: ['Ilir Bajrami', 'Bajrami'], note: 'the road worker who died; "Mr Bajrami’s" -> "Bajrami"' },
    { id: 'kelmendi', name: 'Fatos Kelmendi', type: 'person', forms: ['Fatos Kelmendi', 'Kelmendi'], note: 'the worker\'s cousin, in the wire' },
    { id: 'ilieva', name: 'Marta Ilieva', type: 'person', forms: ['Marta Ilieva'], note: 'The Belmira Post health correspondent: her byline is metadata; the post naming her and her photo credit are mentions' },
    { id: 'alcaraz', name: 'Teo Alcaraz', type: 'person', forms: ['Teo Alcaraz'], note: 'The Belmira Post city reporter: his byline is metadata; the post naming him is a mention' },
    { id: 'saltz', name: 'Emanuel Saltz', type: 'person', forms: ['Emanuel Saltz'], note: 'OBN News photographer: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|institute|weather institute|agency|union|government|city|country|province|town|village|hospital|department|utility|company|alliance|minister|mayor|capital|south)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (lowercase or sentence-initial)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Eleni Petrakis', cue: 'UHD President Eleni Petrakis told Bosun', quote: 'We are not guessing. We counted names' },
    { file: W, speaker: 'Corrado Ferrazzi', cue: 'he said', quote: 'Our station is checked every spring. It measured 47.3, and 47.3 is what the people of Harvassa lived through' },
    { file: W, speaker: 'Fatos Kelmendi', cue: 'Kelmendi said', quote: 'He died of the heat. Anyone who was on that road will tell you the same' },
    { file: L, speaker: 'Hamza Haddou', cue: 'he said', quote: 'We have no beds left. Not in emergency, not on the wards, not in the corridors where we put the overflow this morning' },
    { file: L, speaker: 'Stavros Lekkas', cue: 'he told us', quote: 'Lower flow? There was no flow. I filled the bath at ten o’clock like my grandmother used to' },
    { file: L, speaker: 'Agnese Moretto', cue: 'she said', quote: 'We knocked, we phoned his son, and in the end the firemen came' },
    { file: B, speaker: 'Walid Mansouri', cue: 'said Dr Walid Mansouri', quote: 'A thermometer on hot tarmac tells you about the tarmac' },
    { file: B, speaker: 'Irmgard Marquardt', cue: 'she said', quote: 'Most people who die in a heatwave are written down as heart failure or stroke, and they are just as dead' },
    { file: B, speaker: 'Bogomil Ilchev', cue: 'said Bogomil Ilchev', quote: 'Our members have been carrying people out of flats since Sunday' },
    { file: D, speaker: 'Ilinca Bratescu', cue: 'Mrs Bratescu said', quote: 'We did not wait for the thermometer to break records before we acted' },
    { file: D, speaker: 'Ines Dobrev', cue: 'said Belwater spokeswoman Ines Dobrev', quote: 'There has been no rationing in Belmira. Not for one hour' },
    { file: D, speaker: 'Walid Mansouri', cue: 'said Dr Walid Mansouri', quote: 'The institute’s warnings went out early and they went out clearly' },
    { file: X, speaker: 'Irmgard Marquardt', cue: 'Marquardt said', quote: 'We will know the real toll in October, when the registrations are complete' },
    { file: X, speaker: 'Nikolai Serafimov', cue: 'he said', quote: 'If the red alert went out on Monday, show us the page' },
    { file: X, speaker: 'Rosalia Ferrante', cue: 'said Rosalia Ferrante', quote: 'A list of addresses is not a cooling center' },
  ],

  contradictions: [
    {
      id: 'heatstroke-deaths', level: 'core', kind: 'numeric',
      summary: 'Heatstroke deaths in Lusca Province on Wednesday 15 July, the deadliest day: 14 according to the Health Ministry; 61 according to the Union of Hospital Doctors (UHD), counted from the admission and death registers of nine hospitals (the state-aligned paper calls it "a far higher number" that counts other causes).',
      sides: [
        { file: W, quote: 'The Health Ministry said 14 people died of heatstroke in Lusca Province on Wednesday, July 15.', value: '14', speaker: 'Health Ministry', camp: 'A' },
        { file: L, quote: 'The Health Ministry says 14 people died of heatstroke in Lusca Province today.', value: '14', speaker: 'Health Ministry', camp: 'A' },
        { file: L, quote: 'It says 14 people died of heatstroke in Lusca Province today, the worst day so far.', value: '14', speaker: 'Health Ministry', camp: 'A' },
        { file: B, quote: 'the ministry says 14', value: '14', speaker: 'Health Ministry', camp: 'A' },
        { file: B, quote: 'The Health Ministry says 14 people died of heatstroke in the province on Wednesday, the deadliest day.', value: '14', speaker: 'Health Ministry', camp: 'A' },
        { file: D, quote: 'Figures published by the ministry show that 14 people died of heatstroke in the province on Wednesday, the deadliest day of the week.', value: '14', speaker: 'Health Ministry', camp: 'A' },
        { file: X, quote: "By the ministry's count, 14 of them died on Wednesday, July 15, the deadliest day.", value: '14', speaker: 'Health Ministry', camp: 'A' },
        { file: W, quote: 'The Union of Hospital Doctors (UHD) said the registers of nine hospitals in the province recorded 61 heatstroke deaths that day.', value: '61', speaker: 'Union of Hospital Doctors', camp: 'B' },
        { file: L, quote: 'The Union of Hospital Doctors puts the figure at 61.', value: '61', speaker: 'Union of Hospital Doctors', camp: 'B' },
        { file: L, quote: '61 people died of heatstroke today.', value: '61', speaker: 'Union of Hospital Doctors', camp: 'B' },
        { file: B, quote: 'A doctors’ union counts 61 heatstroke deaths on Wednesday', value: '61', speaker: 'Union of Hospital Doctors', camp: 'B' },
        { file: B, quote: 'The Union of Hospital Doctors (UHD) says hospital registers show 61 deaths from heatstroke on the same day.', value: '61', speaker: 'Union of Hospital Doctors', camp: 'B' },
        { file: D, quote: 'A doctors’ union has circulated a far higher number, which the ministry says counts patients who died of other causes.', value: 'far higher', speaker: 'Union of Hospital Doctors', camp: 'B' },
        { file: X, quote: 'counted 61 heatstroke deaths on that Wednesday alone', value: '61', speaker: 'Union of Hospital Doctors', camp: 'B' },
      ],
    },
    {
      id: 'record-temperature', level: 'core', kind: 'numeric',
      summary: 'The temperature reached at Kharvassa (Harvassa) on Tuesday 14 July, claimed as a national record: 47.3 °C at the Civil Protection Agency (CPA) station on the airfield, which the CPA and its director Corrado Ferrazzi stand by; 46.1 °C, the highest validated reading, according to the National Institute of Meteorology (NIM), whose climatologist Walid Mansouri (Mansuri) says the CPA sensor stands on asphalt.',
      sides: [
        { file: W, quote: 'The Civil Protection Agency (CPA) said on Tuesday that its station at Harvassa airfield, 60 km (37 miles) north-west of Belmira, had reached 47.3C, a new national record.', value: '47.3 °C', speaker: 'Civil Protection Agency', camp: 'A' },
        { file: W, quote: 'It measured 47.3, and 47.3 is what the people of Harvassa lived through', value: '47.3 °C', speaker: 'Corrado Ferrazzi', camp: 'A' },
        { file: L, quote: 'The Civil Protection Agency (CPA) says its station at Kharvassa airfield reached 47.3°C yesterday afternoon, which it calls a new national record.', value: '47.3 °C', speaker: 'Civil Protection Agency', camp: 'A' },
        { file: B, quote: 'The Civil Protection Agency (CPA) had announced 47.3C at its own station on the town’s airfield, and said on Thursday that it stood by the figure.', value: '47.3 °C', speaker: 'Civil Protection Agency', camp: 'A' },
        { file: X, quote: "The Civil Protection Agency (CPA) says its own station at the town's airfield hit 47.3C the same afternoon and has not withdrawn that figure.", value: '47.3 °C', speaker: 'Civil Protection Agency', camp: 'A' },
        { file: W, quote: 'said on Thursday that the highest validated temperature at Harvassa on Tuesday was 46.1C', value: '46.1 °C', speaker: 'National Institute of Meteorology', camp: 'B' },
        { file: B, quote: 'The weather institute says the highest validated temperature was 46.1C, not 47.3C', value: '46.1 °C', speaker: 'National Institute of Meteorology', camp: 'B' },
        { file: B, quote: 'the highest validated temperature on Tuesday, at its station in Kharvassa, was 46.1C', value: '46.1 °C', speaker: 'National Institute of Meteorology', camp: 'B' },
        { file: D, quote: 'The new national temperature record, 46.1°C, was set at Kharvassa on Tuesday, according to the NIM', value: '46.1 °C', speaker: 'National Institute of Meteorology', camp: 'B' },
        { file: X, quote: 'the hottest validated reading of the week was 46.1C at Harvassa', value: '46.1 °C', speaker: 'National Institute of Meteorology', camp: 'B' },
      ],
    },
    {
      id: 'red-alert-day', level: 'secondary', kind: 'temporal',
      summary: 'When the red heat alert (the highest of four levels) was raised for Lusca Province: at noon on Monday 13 July, according to the Health Ministry, the NIM\'s Walid Mansouri, the state-aligned paper and the government; on Wednesday 15 July at about 10:00, according to the live blog (which reports the raise that morning, the province "on orange" until then), the opposition MP Nikolai Serafimov and the NIM\'s archived public bulletins cited by the explainer.',
      sides: [
        { file: W, quote: 'The Health Ministry said the red heat alert, the highest of four levels, had been in force for Lusca Province since noon on Monday.', value: 'Monday noon', speaker: 'Health Ministry', camp: 'A' },
        { file: B, quote: 'The red heat alert was issued on Monday, the institute says', value: 'Monday', speaker: 'National Institute of Meteorology', camp: 'A' },
        { file: B, quote: 'Dr Mansouri said the red alert for Lusca Province had gone out at noon on Monday', value: 'Monday noon', speaker: 'Walid Mansouri', camp: 'A' },
        { file: D, quote: 'The red heat alert for Lusca Province, the highest of four levels, was issued at noon on Monday, two days before temperatures peaked', value: 'Monday noon', speaker: 'Patria Daily', camp: 'A' },
        { file: X, quote: 'The government says the red alert, the top of four levels, went out for Lusca Province at noon on Monday, July 13.', value: 'Monday 13 July noon', speaker: 'Health Ministry', camp: 'A' },
        { file: W, quote: 'said the alert had not been raised to red until Wednesday morning', value: 'Wednesday morning', speaker: 'Nikolai Serafimov', camp: 'B' },
        { file: L, quote: 'The National Institute of Meteorology (NIM) has this morning raised the heat alert for Lusca Province to red, the highest of its four levels.', value: 'Wednesday 10:05', speaker: 'The Belmira Post', camp: 'B' },
        { file: L, quote: 'Until now the province has been on orange.', value: 'orange until Wednesday', speaker: 'The Belmira Post', camp: 'B' },
        { file: L, quote: 'The people who died on Monday and Tuesday were living under an orange alert.', value: 'orange on Monday and Tuesday', speaker: 'Nikolai Serafimov', camp: 'B' },
        { file: X, quote: 'show the province on orange on Monday and Tuesday and on red only from 10 a.m. on Wednesday', value: 'Wednesday 10:00', speaker: 'The Sundial', camp: 'B' },
      ],
    },
    {
      id: 'cooling-centres', level: 'secondary', kind: 'polarity',
      summary: 'Whether Belmira\'s 26 cooling centres were open: Mayor Nesrin Karaoğlu (Karaoglu) and City Hall say all 26 were open every day since Sunday; the Pensioners\' Alliance and its chair Rosalia Ferrante and a Belmira Post reporter found the centres in Portavella locked (at least three, between Monday and Wednesday).',
      sides: [
        { file: W, quote: "Mayor Nesrin Karaoglu said all 26 of the city's cooling centers had been open daily since Sunday.", value: 'all open', speaker: 'Nesrin Karaoğlu', camp: 'A' },
        { file: L, quote: 'All 26 cooling centres have been open every day since Sunday, from 10:00 to 22:00', value: 'all open', speaker: 'City Hall', camp: 'A' },
        { file: B, quote: 'Every one of our 26 cooling centres has been open every day this week', value: 'all open', speaker: 'Nesrin Karaoğlu', camp: 'A' },
        { file: D, quote: 'City Hall said all 26 of its cooling centres had been open throughout the week', value: 'all open', speaker: 'City Hall', camp: 'A' },
        { file: X, quote: 'Mayor Nesrin Karaoglu says all 26 were open every day.', value: 'all open', speaker: 'Nesrin Karaoğlu', camp: 'A' },
        { file: W, quote: "Ferrante's group says cooling centers in the old district of Portavella were locked for much of the week.", value: 'locked', speaker: 'Pensioners’ Alliance', camp: 'B' },
        { file: L, quote: 'It was locked at 14:40, with a handwritten note on the door', value: 'locked', speaker: 'Teo Alcaraz', camp: 'B' },
        { file: L, quote: 'Two more centres in Portavella, at a parish hall and a school gym, were also shut.', value: 'shut', speaker: 'Teo Alcaraz', camp: 'B' },
        { file: L, quote: 'We have been telling City Hall since Monday that the doors in Portavella are shut', value: 'shut', speaker: 'Rosalia Ferrante', camp: 'B' },
        { file: B, quote: 'Both days the door was chained', value: 'chained', speaker: 'Rosalia Ferrante', camp: 'B' },
        { file: X, quote: 'found at least three of them, all in the old district of Portavella, locked between Monday and Wednesday', value: 'locked', speaker: 'Pensioners’ Alliance', camp: 'B' },
      ],
    },
    {
      id: 'water-rationing', level: 'core', kind: 'polarity',
      summary: 'Whether water was rationed in Belmira: residents of Verdalto and Lindora, reporters of The Belmira Post and OBN News and a City Hall notice of "night-time restrictions" say taps ran dry every night from 23:00 to about 05:00; the water utility Belwater and its spokeswoman Ines Dobrev say supply was never cut and there was "no rationing", only lower pressure at night.',
      sides: [
        { file: W, quote: 'residents of the Verdalto and Lindora districts said their taps had run dry every night since Tuesday between 11 p.m. and 5 a.m.', value: 'taps dry at night', speaker: 'residents', camp: 'A' },
        { file: W, quote: 'City Hall published a list of streets affected by what it called "night-time restrictions."', value: 'night-time restrictions', speaker: 'City Hall', camp: 'A' },
        { file: L, quote: 'For the record: last night, taps in Verdalto and Lindora ran dry from 23:00 until about 05:00', value: 'taps dry 23:00-05:00', speaker: 'The Belmira Post', camp: 'A' },
        { file: L, quote: 'Lower flow? There was no flow.', value: 'no water', speaker: 'Stavros Lekkas', camp: 'A' },
        { file: B, quote: 'OBN News reporters found taps dry in three apartment blocks in Lindora shortly after midnight on Thursday.', value: 'taps dry', speaker: 'OBN News', camp: 'A' },
        { file: X, quote: 'Residents of Verdalto and Lindora, and reporters from OBN News, found taps dry between 11 p.m. and 5 a.m.', value: 'taps dry 23:00-05:00', speaker: 'residents', camp: 'A' },
        { file: W, quote: "Belwater, the city's water utility, said supply had never been cut", value: 'never cut', speaker: 'Belwater', camp: 'B' },
        { file: L, quote: 'Belwater says it is not cutting anyone off.', value: 'not cut', speaker: 'Belwater', camp: 'B' },
        { file: L, quote: 'Water supply to Belmira has not been cut at any time', value: 'never cut', speaker: 'Belwater', camp: 'B' },
        { file: B, quote: 'Belwater, the city’s water company, says it has only reduced pressure at night', value: 'pressure reduced only', speaker: 'Belwater', camp: 'B' },
        { file: D, quote: 'Water supply in the city was never interrupted, Belwater, the city’s water company, said.', value: 'never interrupted', speaker: 'Belwater', camp: 'B' },
        { file: D, quote: 'There has been no rationing in Belmira. Not for one hour', value: 'no rationing', speaker: 'Ines Dobrev', camp: 'B' },
        { file: X, quote: "Belwater, the city's water utility, insists supply was never cut", value: 'never cut', speaker: 'Belwater', camp: 'B' },
      ],
    },
    {
      id: 'hospital-beds', level: 'core', kind: 'status',
      summary: 'Whether hospitals ran out of beds: Dr Hamza Haddou, head of emergency at Belmira General Hospital, says it had no beds left from about 14:00 on Wednesday, with patients on trolleys in corridors and ambulances sent elsewhere (the live blog reports it as fact); the Health Ministry and Health Minister Ilinca Bratescu say no hospital ran out of beds or exceeded its capacity.',
      sides: [
        { file: W, quote: 'said staff had run out of beds on Wednesday afternoon and treated patients on trolleys in corridors', value: 'ran out of beds', speaker: 'Hamza Haddou', camp: 'A' },
        { file: L, quote: 'Belmira General Hospital ran out of beds this afternoon and turned ambulances away.', value: 'ran out of beds', speaker: 'The Belmira Post', camp: 'A' },
        { file: L, quote: 'We have no beds left.', value: 'no beds left', speaker: 'Hamza Haddou', camp: 'A' },
        { file: B, quote: 'Belmira General Hospital ran out of beds on Wednesday, its emergency chief says', value: 'ran out of beds', speaker: 'Hamza Haddou', camp: 'A' },
        { file: B, quote: 'At two o’clock on Wednesday we had no bed to give anyone', value: 'no bed', speaker: 'Hamza Haddou', camp: 'A' },
        { file: X, quote: 'says his hospital had no free beds from about 2 p.m. on Wednesday and sent ambulances elsewhere', value: 'no free beds', speaker: 'Hamza Haddou', camp: 'A' },
        { file: W, quote: 'The ministry said no hospital in the province had exceeded its capacity at any point during the week.', value: 'capacity never exceeded', speaker: 'Health Ministry', camp: 'B' },
        { file: L, quote: 'the hospital was “under pressure but not over capacity”', value: 'not over capacity', speaker: 'Health Ministry', camp: 'B' },
        { file: B, quote: 'the health minister says no hospital did', value: 'no hospital ran out', speaker: 'Ilinca Bratescu', camp: 'B' },
        { file: B, quote: 'At no point did any hospital in Lusca run out of beds', value: 'no hospital ran out', speaker: 'Ilinca Bratescu', camp: 'B' },
        { file: D, quote: 'No hospital ran out of beds at any point, the ministry said.', value: 'no hospital ran out', speaker: 'Health Ministry', camp: 'B' },
        { file: X, quote: 'The Health Ministry says no hospital in the province exceeded its capacity.', value: 'capacity never exceeded', speaker: 'Health Ministry', camp: 'B' },
      ],
    },
    {
      id: 'worker-death', level: 'secondary', kind: 'polarity',
      summary: 'Whether the heat killed the road worker Ilir Bajrami, 34: his cousin Fatos Kelmendi and Dr Hamza Haddou, who recorded heatstroke with a body temperature of 42.4 °C, say it did; his employer, Stradanova Construction, says he died of a heart attack from a known heart condition, and the Health Ministry says the death was not caused by the heat and is not in the toll.',
      sides: [
        { file: W, quote: 'He died of the heat. Anyone who was on that road will tell you the same', value: 'heat', speaker: 'Fatos Kelmendi', camp: 'A' },
        { file: B, quote: 'had a body temperature of 42.4C when he reached the hospital', value: 'heatstroke, 42.4 °C', speaker: 'Hamza Haddou', camp: 'A' },
        { file: B, quote: 'That is heatstroke. I signed the certificate myself', value: 'heatstroke', speaker: 'Hamza Haddou', camp: 'A' },
        { file: X, quote: 'The hospital recorded heatstroke, with a body temperature of 42.4C.', value: 'heatstroke', speaker: 'Belmira General Hospital', camp: 'A' },
        { file: W, quote: 'said Bajrami died of a heart attack and had a heart condition that was known to the company', value: 'heart attack', speaker: 'Stradanova Construction', camp: 'B' },
        { file: D, quote: 'The death of a road worker in Belmira on Tuesday was not caused by the heat, the Health Ministry said.', value: 'not the heat', speaker: 'Health Ministry', camp: 'B' },
        { file: X, quote: 'says he died of a heart attack brought on by a heart condition', value: 'heart attack', speaker: 'Stradanova Construction', camp: 'B' },
      ],
    },
    {
      id: 'locked-door-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Nobody in this city should die alone behind a locked door because no one thought to knock" is credited to Rosalia Ferrante, chair of the Pensioners\' Alliance, by the wire and to Health Minister Ilinca Bratescu, on a visit to Belmira, by the state-aligned paper.',
      sides: [
        { file: W, quote: '"Nobody in this city should die alone behind a locked door because no one thought to knock," said Rosalia Ferrante', speaker: 'Rosalia Ferrante', camp: 'A' },
        { file: D, quote: '“Nobody in this city should die alone behind a locked door because no one thought to knock,” Mrs Bratescu said there', speaker: 'Ilinca Bratescu', camp: 'B' },
      ],
    },
    {
      id: 'found-dead-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the Civil Protection Agency had found 17 people dead alone in their homes in Belmira on Tuesday, then corrected it to seven, the agency\'s figure; the wire and OBN News also say seven.',
      sides: [
        { file: L, quote: 'The Civil Protection Agency says its teams and police found 17 people dead alone in their homes in Belmira yesterday, most of them over 80.', value: '17', speaker: 'The Belmira Post', camp: 'A' },
        { file: L, quote: 'The Civil Protection Agency’s figure is seven.', value: '7', speaker: 'Civil Protection Agency', camp: 'B' },
        { file: W, quote: 'Seven people, most of them over 80, were found dead alone in their flats in Belmira on Tuesday, the CPA said.', value: '7', speaker: 'Civil Protection Agency', camp: 'B' },
        { file: B, quote: 'Seven people were found dead alone in their homes in Belmira on Tuesday, according to the CPA.', value: '7', speaker: 'Civil Protection Agency', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'power-rounded', kind: 'numeric',
      summary: '38,400 homes without power on Wednesday night (wire) and "Some 38,000 households" (state-aligned paper), both from Lusca Power, are one figure, rounded.',
      sides: [
        { file: W, quote: 'Lusca Power, the regional electricity distributor, said 38,400 homes in Belmira lost power on Wednesday night', value: '38,400' },
        { file: D, quote: 'Some 38,000 households in Belmira lost power on Wednesday night after transformers failed in the heat, Lusca Power said.', value: '~38,000' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'The Health Ministry\'s count of heatstroke deaths since Sunday: 20 on Wednesday night (live blog) and 23 on Friday "up from 20 on Wednesday night" (wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'The Health Ministry’s count of heatstroke deaths since Sunday now stands at 20.', value: '20 (Wednesday night)' },
        { file: W, quote: "The ministry's count of heatstroke deaths since the heat arrived on Sunday, July 12, stood at 23 on Friday, up from 20 on Wednesday night.", value: '23 (Friday)' },
      ],
    },
    {
      id: 'belmira-vs-kharvassa', kind: 'numeric',
      summary: '44.8 °C at the Belmira city station and 46.1 °C at Kharvassa on Tuesday are readings from different places, not rival figures.',
      sides: [
        { file: B, quote: 'In Belmira, 60km to the south-east, the city station peaked at 44.8C on Tuesday.', value: '44.8 °C (Belmira)' },
        { file: D, quote: 'The new national temperature record, 46.1°C, was set at Kharvassa on Tuesday, according to the NIM', value: '46.1 °C (Kharvassa)' },
      ],
    },
    {
      id: 'admissions-part', kind: 'numeric',
      summary: 'The 310 heatstroke patients admitted at Belmira General Hospital between Sunday and Wednesday (OBN News) are part of the 1,140 admitted in the whole province over the same days (state-aligned paper), not a rival count.',
      sides: [
        { file: B, quote: 'the emergency department admitted 310 heatstroke patients between Sunday and Wednesday', value: '310 (one hospital)' },
        { file: D, quote: 'A total of 1,140 people were admitted to hospital with heatstroke in the province between Sunday and Wednesday.', value: '1,140 (province)' },
      ],
    },
    {
      id: 'work-ban-synonyms', kind: 'status',
      summary: 'The CPA "banned outdoor work between 11 a.m. and 5 p.m." (wire) and "ordered building sites and farms to stop work in the open from 11 a.m. to 5 p.m." (explainer) describe the same order in different words.',
      sides: [
        { file: W, quote: 'The CPA had banned outdoor work between 11 a.m. and 5 p.m. across the province from Monday.', value: 'outdoor work banned 11-17' },
        { file: X, quote: 'From Monday, the CPA had ordered building sites and farms to stop work in the open from 11 a.m. to 5 p.m.', value: 'work in the open stopped 11-17' },
      ],
    },
    {
      id: 'firefighters-about-more-than', kind: 'numeric',
      summary: '"More than 300 firefighters" (wire) and "About 320 firefighters" (state-aligned paper) at the Ruscara Hills wildfire are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 300 firefighters, backed by four water-bombing aircraft, were tackling the blaze', value: '>300' },
        { file: D, quote: 'About 320 firefighters and four water-bombing aircraft were tackling a wildfire in the Ruscara Hills on Thursday evening.', value: '~320' },
      ],
    },
    {
      id: 'heatwave-2019', kind: 'numeric',
      summary: '38 heatstroke deaths in nine days in the August 2019 heatwave belong to another, earlier heatwave, not a rival figure for this week\'s 23.',
      sides: [
        { file: X, quote: 'For comparison, in the August 2019 heatwave, the ministry recorded 38 heatstroke deaths in nine days.', value: '38 (2019)' },
        { file: X, quote: "The Health Ministry's official count for the week is 23 deaths from heatstroke.", value: '23 (2026)' },
      ],
    },
  ],
};
