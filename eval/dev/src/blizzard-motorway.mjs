// Hand-written gold source for the blizzard that trapped drivers overnight on the A4 motorway over
// the Serdan Pass, Drusevia (invented event, January 2027). build-gold.mjs turns it into
// ../gold/blizzard-motorway.json.
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
const W = 'transom-wire.txt'; // Transom wire (Saturday 16 January), US style, straight quotes, writes Korjevo, Kesic, Lukac, Soric, Jurkovic, Defense
const L = '543ee470d647a9c2.txt'; // The Tesvar Pilot live blog, newest first (Friday 15 January 05:40 to Saturday 16 January 19:10), UK style, curly quotes
const B = '97c10e53c6f375d3.md'; // DVS News web story (Sunday 17 January), UK style, curly quotes
const D = 'c0cea418d215bc60.md'; // state-aligned The Drusevian Banner (Sunday 17 January), YAML front matter, UK style, curly quotes
const X = 'cfcbe7c142f15922.txt'; // The Switchback explainer in questions (Monday 18 January), US style, straight quotes, writes Kesic, Jurkovic, Defense

export default {
  corpus: 'blizzard-motorway',
  note: 'Invented event written for the project: from the afternoon of Thursday 14 January 2027 a blizzard (up to 1.4 m of snow in less than a day, winds up to 90 km/h) blocks the 46-km mountain section of the A4 motorway over the Serdan Pass, in the Drevan Mountains of Lesnar Province, in the fictional country of Drusevia (capital Ostrany), between the toll plazas of Korzhevo (Korjevo in the wire) and Orlavets; thousands of people spend the night in their cars and lorries at minus 19 Celsius, and the last are brought down on Friday evening. Five invented outlets: the Transom wire (Saturday), The Tesvar Pilot live blog, newest first (Friday 05:40 to Saturday 19:10), the DVS News web story (Sunday), the state-aligned The Drusevian Banner (Sunday) and The Switchback explainer (Monday); four files have random names. The operator Karvel Motorways and its chief executive Radomir Kesić (Kesic in the wire and the explainer), Transport Minister Darko Vrantsev and the Ministry of Transport, the National Meteorological Institute (NMI) and its director Dr Alenka Sorić (Soric in the wire), the Civil Protection Directorate (CPD) and its director Milena Jurković (Jurkovic in the wire and the explainer), the Ministry of Defence (Defense Ministry in the wire and the explainer) and its spokesman Col. Stefan Oreshkov, the 6th Alpine Brigade, the Association of Professional Drivers (APD) and its president Zoran Lukač (Lukac in the wire), Korzhevo General Hospital and Dr Emil Stanchev, the power company Elnor Distribution, the mayor of Korzhevo Vera Hristak, the Tesvar Regional Prosecutor\'s Office, the opposition MP Irena Maslova (Party of Free Citizens) and the stranded drivers Bogdan Ilinčić and Sabina Redžić disagree about the vehicles trapped (1,400 from Karvel\'s toll records, with about 3,000 people, against about 3,200 with more than 7,000 people counted by the CPD), the dead (four by the Transport Ministry, seven by the hospital, three of them of carbon monoxide in cars with buried exhausts), when the road was closed (16:05 on Thursday, before the snow settled, by Karvel\'s log, against barriers still up at 18:52 and lowered only at about 19:30, by the APD, drivers\' receipts and dashcam footage), whether soldiers were on the pass overnight (called in on Thursday night and working through the night, by the state-aligned paper, against a request at 06:40 on Friday and first soldiers at about noon, by the defence ministry\'s spokesman and drivers), whether the motorway has reopened (both carriageways at 14:00 on Saturday, by Karvel and the state-aligned paper, against the southbound carriageway still shut on Saturday evening, Sunday and Monday, by the live blog, DVS News, the CPD and the explainer), the homes still without power on Saturday evening (6,500 in the province by Elnor, about 19,000 households in and around Korzhevo by the mayor), the day of the red warning (18:00 on Wednesday 13 January by the NMI, 13:50 on Thursday by the minister and his ministry) and who said "We closed the road the moment the mountain told us to, and not a minute later" (Karvel\'s chief executive Radomir Kesic in the wire, the minister Darko Vrantsev in the state-aligned paper); the live blog corrects its own count of Karvel\'s snowploughs on the pass (40, then 14). 318 rescuers (wire) and "About 300 rescuers" (state-aligned paper) are one figure rounded; the toll of two on Friday morning and four on Friday evening "up from two" is an update reported as such; about 800 people bussed to the Korzhevo sports hall are part of about 2,300 in 11 shelters; 42,000 homes without power at the peak on Friday morning and 3,100 on Monday morning are different days\' figures; "a criminal investigation into negligence endangering life" and "a criminal inquiry into suspected negligence that put lives at risk" are synonyms; a queue "more than 30 kilometres long" and "about 35 km of stationary traffic" agree; the 400 vehicles stranded in February 2019 belong to another, earlier storm. "Drusevian" is a demonym; "Korzhevo" inside Korzhevo General Hospital, "Tesvar" inside the Tesvar Regional Prosecutor\'s Office and The Tesvar Pilot are nested; a storm warning level ("red", "orange") is no actor.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 55],
    [L]: [1, 2, 3, 4, 10, 11, 30, 87, 88, 90],
    [B]: [1, 7, 9, 21, 51, 69, 70, 71],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 69, 70, 71, 72, 73, 75],
  },

  actors: [
    // places
    { id: 'drusevia', name: 'Drusevia', type: 'place', forms: ['Drusevia'], note: 'the country; "Drusevian" is a demonym; "the country" is nominal' },
    { id: 'ostrany', name: 'Ostrany', type: 'place', forms: ['Ostrany'], note: 'the capital; "the capital" is nominal' },
    { id: 'lesnar', name: 'Lesnar Province', type: 'place', forms: ['Lesnar Province'], note: 'the province of the pass; "Lesnar" alone appears only in navigation bars, breadcrumbs and bylines (metadata)' },
    { id: 'drevan', name: 'Drevan Mountains', type: 'place', forms: ['Drevan Mountains'], note: 'the mountain range; "the mountains" is nominal' },
    { id: 'serdan', name: 'Serdan Pass', type: 'place', forms: ['Serdan Pass'], note: 'the mountain pass the A4 crosses; "the pass" is nominal' },
    { id: 'a4', name: 'A4', type: 'place', forms: ['A4'], note: 'the motorway (a named road); "A4 motorway" -> "A4"; "the motorway" is nominal' },
    { id: 'korzhevo', name: 'Korzhevo', type: 'place', forms: ['Korzhevo', 'Korjevo', 'KORJEVO'], note: 'the town at the northern foot of the pass, with a toll plaza (Korjevo in the wire, dateline in capitals); nested in Korzhevo General Hospital; "the town" is nominal' },
    { id: 'orlavets', name: 'Orlavets', type: 'place', forms: ['Orlavets'], note: 'the town at the southern foot of the pass, with a toll plaza' },
    { id: 'tesvar', name: 'Tesvar', type: 'place', forms: ['Tesvar', 'TESVAR'], note: 'the provincial city (dateline in capitals); nested in the Tesvar Regional Prosecutor\'s Office and The Tesvar Pilot' },
    // organizations
    { id: 'karvel', name: 'Karvel Motorways', type: 'organization', forms: ['Karvel Motorways', 'Karvel'], note: 'the private concession company that runs the A4; "the company", "the operator" are nominal' },
    { id: 'transport-ministry', name: 'Ministry of Transport', type: 'organization', forms: ['Ministry of Transport', 'Transport Ministry'], note: '"the ministry" is nominal' },
    { id: 'nmi', name: 'National Meteorological Institute', type: 'organization', forms: ['National Meteorological Institute', 'NMI'], note: 'the weather service, defined as (NMI); "the institute", "The weather institute" are nominal' },
    { id: 'cpd', name: 'Civil Protection Directorate', type: 'organization', forms: ['Civil Protection Directorate', 'CPD'], note: 'the rescue service that led the rescue, defined as (CPD); "the directorate" is nominal' },
    { id: 'mountain-rescue', name: 'Drusevian Mountain Rescue Service', type: 'organization', forms: ['Drusevian Mountain Rescue Service'], note: 'volunteer mountain rescuers' },
    { id: 'defence-ministry', name: 'Ministry of Defence', type: 'organization', forms: ['Ministry of Defence', 'Defense Ministry'], note: 'the defence ministry (Defense Ministry in the wire and the explainer); "the army" is nominal' },
    { id: 'brigade', name: '6th Alpine Brigade', type: 'organization', forms: ['6th Alpine Brigade'], note: 'the army unit sent to the pass; "the brigade" is nominal' },
    { id: 'apd', name: 'Association of Professional Drivers', type: 'organization', forms: ['Association of Professional Drivers', 'APD'], note: 'the drivers\' association (lorry drivers and small hauliers), defined as (APD); "the association" is nominal' },
    { id: 'elnor', name: 'Elnor Distribution', type: 'organization', forms: ['Elnor Distribution', 'Elnor'], note: 'the regional electricity distributor; "the company" is nominal' },
    { id: 'hospital', name: 'Korzhevo General Hospital', type: 'organization', forms: ['Korzhevo General Hospital', 'Korjevo General Hospital'], note: 'the hospital (Korjevo in the wire); the place inside it is nested; "the hospital" is nominal' },
    { id: 'prosecutor', name: 'Tesvar Regional Prosecutor’s Office', type: 'organization', forms: ['Tesvar Regional Prosecutor’s Office', 'Tesvar Regional Prosecutor\'s Office'], note: 'the prosecution service (curly or straight apostrophe, which belongs to the name); lowercase "prosecutors" is nominal; "Prosecutors in Tesvar" holds a place mention' },
    { id: 'free-citizens', name: 'Party of Free Citizens', type: 'organization', forms: ['Party of Free Citizens'], note: 'the opposition party of Irena Maslova' },
    { id: 'transom', name: 'Transom', type: 'organization', forms: ['Transom'], note: 'the wire agency: the dateline "(Transom)" and "Transom could not independently verify" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'pilot', name: 'The Tesvar Pilot', type: 'organization', forms: ['The Tesvar Pilot', 'Pilot'], note: 'the provincial paper running the live blog: its photo credit, "told the Pilot" and the explainer\'s "Drivers interviewed by The Tesvar Pilot" are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'dvs', name: 'DVS News', type: 'organization', forms: ['DVS News'], note: 'the broadcaster\'s news site, named in its own text ("seen by DVS News"), its photo credit (reused by the explainer) and the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'banner', name: 'The Drusevian Banner', type: 'organization', forms: ['The Drusevian Banner', 'Drusevian Banner'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "The government-friendly Drusevian Banner" is a mention without the article' },
    { id: 'switchback', name: 'The Switchback', type: 'organization', forms: ['The Switchback'], note: 'the explainer\'s site: its site-name line and the author bio are metadata' },
    // people
    { id: 'kesic', name: 'Radomir Kesić', type: 'person', forms: ['Radomir Kesić', 'Radomir Kesic'], note: 'chief executive of Karvel Motorways (Kesic in the wire and the explainer)' },
    { id: 'vrantsev', name: 'Darko Vrantsev', type: 'person', forms: ['Darko Vrantsev', 'Vrantsev'], note: 'Transport Minister; the title before the name is outside the span; "Mr Vrantsev" -> "Vrantsev"; "the minister" is nominal' },
    { id: 'soric', name: 'Alenka Sorić', type: 'person', forms: ['Alenka Sorić', 'Alenka Soric'], note: 'director of the NMI (Soric in the wire); "Dr", "NMI Director" are outside the span' },
    { id: 'jurkovic', name: 'Milena Jurković', type: 'person', forms: ['Milena Jurković', 'Milena Jurkovic'], note: 'director of the CPD (Jurkovic in the wire and the explainer); "CPD Director" is outside the span' },
    { id: 'oreshkov', name: 'Stefan Oreshkov', type: 'person', forms: ['Stefan Oreshkov'], note: 'spokesman for the Ministry of Defence; "Col"/"Col." is outside the span' },
    { id: 'lukac', name: 'Zoran Lukač', type: 'person', forms: ['Zoran Lukač', 'Zoran Lukac', 'Lukac'], note: 'president of the APD (Lukac in the wire)' },
    { id: 'stanchev', name: 'Emil Stanchev', type: 'person', forms: ['Emil Stanchev'], note: 'head of emergency medicine at Korzhevo General Hospital; "Dr"/"Dr." is outside the span' },
    { id: 'hristak', name: 'Vera Hristak', type: 'person', forms: ['Vera Hristak', 'Hristak'], note: 'mayor of Korzhevo; "Ms Hristak" -> "Hristak"; "the mayor" is nominal' },
    { id: 'maslova', name: 'Irena Maslova', type: 'person', forms: ['Irena Maslova'], note: 'opposition MP of the Party of Free Citizens' },
    { id: 'ilincic', name: 'Bogdan Ilinčić', type: 'person', forms: ['Bogdan Ilinčić'], note: 'a lorry driver who spent 19 hours in his cab, in the live blog' },
    { id: 'redzic', name: 'Sabina Redžić', type: 'person', forms: ['Sabina Redžić'], note: 'a mother who spent the night in her car with two children, in the web story' },
    { id: 'malinov', name: 'Teodor Malinov', type: 'person', forms: ['Teodor Malinov'], note: 'a lorry driver who died of carbon monoxide in his cab' },
    { id: 'oborny', name: 'Milan Oborny', type: 'person', forms: ['Milan Oborny'], note: 'a teacher from Tesvar whose father was rescued, in the state-aligned paper' },
    { id: 'mrkva', name: 'Jana Mrkva', type: 'person', forms: ['Jana Mrkva', 'Jana'], note: 'The Tesvar Pilot\'s Lesnar correspondent: her byline is metadata; her photo credit and "one officer told Jana" are mentions' },
    { id: 'strand', name: 'Mila Strand', type: 'person', forms: ['Mila Strand'], note: 'DVS News reporter: her byline is metadata; her photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|company|operator|institute|weather institute|directorate|association|hospital|army|brigade|pass|motorway|mountains|minister|mayor|capital|country|government|town|province|office|council|President)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body; capitalized only at the start of a sentence)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Tesvar Regional Prosecutor’s Office)' },
    { pattern: '\\bParliament\\b', why: 'nominal reference to the national parliament (no name given; capitalized at the start of a sentence)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Milena Jurković', cue: 'CPD Director Milena Jurkovic told reporters in Korjevo', quote: 'A toll receipt tells you a car paid. It doesn\'t tell you where it stopped' },
    { file: W, speaker: 'Emil Stanchev', cue: 'said Dr. Emil Stanchev', quote: 'Three of them were asleep in a warm car. That is how carbon monoxide kills' },
    { file: W, speaker: 'Zoran Lukač', cue: 'Lukac said', quote: 'They took our money at the booth and sent us up the mountain.' },
    { file: W, speaker: 'Darko Vrantsev', cue: 'he told reporters', quote: 'Until Thursday afternoon, we were dealing with an orange warning, and an orange warning does not close a motorway' },
    { file: L, speaker: 'Vera Hristak', cue: 'she said outside the town hall', quote: 'Elnor says it is a few thousand. Come and count the dark windows with me' },
    { file: L, speaker: 'Bogdan Ilinčić', cue: 'he told us', quote: 'I ran the engine for ten minutes every hour and dug out the exhaust with my hands each time' },
    { file: L, speaker: 'Alenka Sorić', cue: 'she said', quote: 'We cannot close roads. We can only tell the people who can' },
    { file: B, speaker: 'Milena Jurković', cue: 'said Milena Jurković', quote: 'There are still around 200 cars and lorries under the snow on that side. Nobody drives south until we have towed the last one' },
    { file: B, speaker: 'Sabina Redžić', cue: 'said Sabina Redžić', quote: 'The barrier was up, the light was green and the man in the booth took my money' },
    { file: B, speaker: 'Vera Hristak', cue: 'Ms Hristak said', quote: 'The company counts the substations it has reconnected. We count the houses where people are sleeping in their coats' },
    { file: D, speaker: 'Darko Vrantsev', cue: 'Mr Vrantsev said.', quote: 'Every one of these deaths is a grief to the whole nation' },
    { file: D, speaker: 'Radomir Kesić', cue: 'he said', quote: 'No company in this country is better prepared for winter' },
    { file: D, speaker: 'Milan Oborny', cue: 'said Milan Oborny', quote: 'They found my father in his car at three in the morning and carried him down on their backs' },
    { file: X, speaker: 'Emil Stanchev', cue: 'said Dr. Emil Stanchev', quote: 'Carbon monoxide deaths are the ones you can prevent with a leaflet' },
    { file: X, speaker: 'Darko Vrantsev', cue: 'Vrantsev said on Sunday', quote: 'If the red warning was sent on Wednesday, show me who received it' },
  ],

  contradictions: [
    {
      id: 'vehicles-stranded', level: 'core', kind: 'numeric',
      summary: 'Vehicles trapped on the mountain section of the A4 on Thursday night: 1,400, carrying about 3,000 people, according to Karvel Motorways from its toll records (repeated by the Ministry of Transport in the state-aligned paper); about 3,200 vehicles with more than 7,000 people, according to the Civil Protection Directorate (CPD) and its director Milena Jurković (Jurkovic), whose crews counted them from the air and on foot.',
      sides: [
        { file: W, quote: 'said 1,400 vehicles carrying about 3,000 people were caught on the 46-km (29-mile) mountain section', value: '1,400 vehicles', speaker: 'Karvel Motorways', camp: 'A' },
        { file: L, quote: 'Karvel counts 1,400 vehicles trapped on Thursday night', value: '1,400 vehicles', speaker: 'Karvel Motorways', camp: 'A' },
        { file: L, quote: 'that 1,400 vehicles were caught on the mountain section, a figure it says comes from toll records', value: '1,400 vehicles', speaker: 'Karvel Motorways', camp: 'A' },
        { file: D, quote: 'According to the Ministry of Transport, about 1,400 vehicles were on the mountain section of the motorway', value: '~1,400 vehicles', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: 'says 1,400 vehicles were on the mountain section, based on its toll records', value: '1,400 vehicles', speaker: 'Karvel Motorways', camp: 'A' },
        { file: W, quote: 'said its crews had counted about 3,200 vehicles and more than 7,000 people on the two carriageways', value: '~3,200 vehicles', speaker: 'Civil Protection Directorate', camp: 'B' },
        { file: L, quote: 'the Civil Protection Directorate (CPD) says about 3,200', value: '~3,200 vehicles', speaker: 'Civil Protection Directorate', camp: 'B' },
        { file: L, quote: 'says her crews have counted about 3,200 vehicles on both carriageways, with more than 7,000 people in them', value: '~3,200 vehicles', speaker: 'Milena Jurković', camp: 'B' },
        { file: B, quote: 'The CPD says about 3,200 vehicles were trapped, more than twice the figure that Karvel has given from its toll records.', value: '~3,200 vehicles', speaker: 'Civil Protection Directorate', camp: 'B' },
        { file: X, quote: 'says its crews counted about 3,200 vehicles and more than 7,000 people', value: '~3,200 vehicles', speaker: 'Civil Protection Directorate', camp: 'B' },
      ],
    },
    {
      id: 'deaths', level: 'core', kind: 'numeric',
      summary: 'People who died on the pass: four according to the Ministry of Transport (from Friday evening on; the state-aligned paper says most were older drivers with heart conditions); seven according to Korzhevo General Hospital (Korjevo in the wire) and Dr Emil Stanchev, three of them of carbon monoxide in cars whose exhausts were buried by snow and four of cold.',
      sides: [
        { file: W, quote: 'The Transport Ministry said on Saturday that four people had died in the storm.', value: '4', speaker: 'Ministry of Transport', camp: 'A' },
        { file: L, quote: 'The Transport Ministry says four people died on the pass.', value: '4', speaker: 'Ministry of Transport', camp: 'A' },
        { file: L, quote: 'The Transport Ministry now says four people have died on the pass.', value: '4', speaker: 'Ministry of Transport', camp: 'A' },
        { file: B, quote: 'The Transport Ministry’s figure remains four.', value: '4', speaker: 'Ministry of Transport', camp: 'A' },
        { file: D, quote: 'Four people lost their lives, according to the ministry.', value: '4', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: 'The Transport Ministry says four people died.', value: '4', speaker: 'Ministry of Transport', camp: 'A' },
        { file: W, quote: 'Doctors at Korjevo General Hospital said seven people had been brought down dead from the pass', value: '7', speaker: 'Korzhevo General Hospital', camp: 'B' },
        { file: L, quote: 'Korzhevo General Hospital says seven.', value: '7', speaker: 'Korzhevo General Hospital', camp: 'B' },
        { file: L, quote: 'Korzhevo General Hospital says seven people have been brought down from the pass dead.', value: '7', speaker: 'Korzhevo General Hospital', camp: 'B' },
        { file: B, quote: 'Korzhevo General Hospital says seven people died on the pass', value: '7', speaker: 'Korzhevo General Hospital', camp: 'B' },
        { file: X, quote: 'Korzhevo General Hospital says seven people were brought down dead', value: '7', speaker: 'Korzhevo General Hospital', camp: 'B' },
      ],
    },
    {
      id: 'closure-time', level: 'core', kind: 'temporal',
      summary: 'When the A4 was closed at the toll plazas on Thursday: at 16:05, before the snow settled, according to Karvel Motorways\' log (repeated by the ministry in the state-aligned paper); barriers at the Korzhevo plaza still up at 18:52 and lowered only at about 19:30, hours after the snow began, according to the Association of Professional Drivers (APD) and its president Zoran Lukač (Lukac), drivers\' toll receipts and dashcam footage published by DVS News.',
      sides: [
        { file: W, quote: 'it had closed both carriageways at 4:05 p.m. on Thursday, before snow began to settle on the pass', value: '16:05', speaker: 'Karvel Motorways', camp: 'A' },
        { file: B, quote: 'The company says it closed both carriageways at 16:05 on Thursday, before the snow settled.', value: '16:05', speaker: 'Karvel Motorways', camp: 'A' },
        { file: D, quote: 'when it was closed at 16:05 on Thursday, shortly before the heaviest snow arrived', value: '16:05', speaker: 'Ministry of Transport', camp: 'A' },
        { file: D, quote: 'Karvel said its records showed the barriers at both toll plazas lowered at 16:05', value: '16:05', speaker: 'Karvel Motorways', camp: 'A' },
        { file: X, quote: 'records both carriageways closed at 4:05 p.m. on Thursday, before the snow settled', value: '16:05', speaker: 'Karvel Motorways', camp: 'A' },
        { file: W, quote: 'The barriers did not come down until about 7:30 p.m., he said.', value: '~19:30', speaker: 'Zoran Lukač', camp: 'B' },
        { file: L, quote: 'the barriers came down at about 19:30, long after the snow had started', value: '~19:30', speaker: 'Zoran Lukač', camp: 'B' },
        { file: L, quote: 'I have drivers with receipts stamped 18:52.', value: 'open at 18:52', speaker: 'Zoran Lukač', camp: 'B' },
        { file: B, quote: 'shows the barriers at the Korzhevo toll plaza raised at 18:52 on Thursday', value: 'open at 18:52', speaker: 'DVS News', camp: 'B' },
        { file: B, quote: 'said members’ receipts and footage showed the plaza open until about 19:30', value: '~19:30', speaker: 'Zoran Lukač', camp: 'B' },
        { file: X, quote: 'says the barriers at the Korzhevo plaza stayed up until about 7:30 p.m.', value: '~19:30', speaker: 'Association of Professional Drivers', camp: 'B' },
        { file: X, quote: 'has published dashcam footage showing them raised at 6:52 p.m.', value: 'open at 18:52', speaker: 'DVS News', camp: 'B' },
      ],
    },
    {
      id: 'army-overnight', level: 'secondary', kind: 'polarity',
      summary: 'Whether soldiers were on the pass during Thursday night: yes, called in on Thursday night at the minister\'s request and working alongside rescuers through the night, according to the ministry in the state-aligned paper (relayed by the explainer); no, according to the Ministry of Defence (Defense Ministry) and its spokesman Col. Stefan Oreshkov, who say the request came from the Transport Ministry at 06:40 on Friday and the first soldiers reached stranded vehicles at about noon, and to drivers who saw no soldiers overnight.',
      sides: [
        { file: D, quote: 'Soldiers of the 6th Alpine Brigade, called in on Thursday night at the minister’s request, worked alongside rescuers through the night', value: 'on the pass overnight', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: 'reported that soldiers of the 6th Alpine Brigade were called in on Thursday night and worked through the night', value: 'on the pass overnight', speaker: 'The Drusevian Banner', camp: 'A' },
        { file: W, quote: 'had been sent to the pass after a request from the Transport Ministry at 6:40 a.m. on Friday', value: 'called Friday 06:40', speaker: 'Ministry of Defence', camp: 'B' },
        { file: L, quote: 'The army has confirmed that it was called in only this morning.', value: 'called Friday morning', speaker: 'Ministry of Defence', camp: 'B' },
        { file: L, quote: 'Drivers we spoke to on Thursday night saw no soldiers at all.', value: 'no soldiers overnight', speaker: 'stranded drivers', camp: 'B' },
        { file: X, quote: 'said the request arrived at 6:40 a.m. on Friday and that the first soldiers reached stranded vehicles at about noon', value: 'called Friday 06:40', speaker: 'Stefan Oreshkov', camp: 'B' },
        { file: X, quote: 'Drivers interviewed by The Tesvar Pilot saw none overnight.', value: 'no soldiers overnight', speaker: 'stranded drivers', camp: 'B' },
      ],
    },
    {
      id: 'reopened', level: 'core', kind: 'status',
      summary: 'Whether the A4 over the Serdan Pass has reopened: both carriageways reopened to traffic at 14:00 on Saturday, according to Karvel Motorways, and traffic has been flowing normally in both directions since, according to the state-aligned paper; the southbound carriageway was still shut on Saturday evening (the live blog\'s correspondent at Korzhevo), on Sunday (DVS News, with the CPD saying nobody drives south until about 200 abandoned vehicles are towed) and on Monday morning (the CPD\'s control room, in the explainer).',
      sides: [
        { file: W, quote: 'Karvel said both carriageways of the A4 reopened to traffic at 2 p.m. on Saturday', value: 'reopened', speaker: 'Karvel Motorways', camp: 'A' },
        { file: L, quote: 'Karvel Motorways says the A4 reopened in both directions at 14:00.', value: 'reopened', speaker: 'Karvel Motorways', camp: 'A' },
        { file: L, quote: 'Karvel Motorways says both carriageways of the A4 reopened to traffic at 14:00.', value: 'reopened', speaker: 'Karvel Motorways', camp: 'A' },
        { file: D, quote: 'Traffic has been flowing normally in both directions over the Serdan Pass since Saturday afternoon', value: 'open both ways', speaker: 'The Drusevian Banner', camp: 'A' },
        { file: X, quote: 'Karvel says both carriageways reopened at 2 p.m. on Saturday.', value: 'reopened', speaker: 'Karvel Motorways', camp: 'A' },
        { file: L, quote: 'Our correspondent at Korzhevo says the southbound carriageway is still shut', value: 'southbound shut', speaker: 'The Tesvar Pilot', camp: 'B' },
        { file: L, quote: 'Despite Karvel’s announcement, the southbound carriageway over the pass is still closed.', value: 'southbound shut', speaker: 'The Tesvar Pilot', camp: 'B' },
        { file: B, quote: 'A4 still shut southbound a day after Karvel declared it open', value: 'southbound shut', speaker: 'DVS News', camp: 'B' },
        { file: B, quote: 'The southbound carriageway of the A4 over the Serdan Pass remained closed on Sunday afternoon', value: 'southbound shut', speaker: 'DVS News', camp: 'B' },
        { file: B, quote: 'Nobody drives south until we have towed the last one', value: 'southbound shut', speaker: 'Milena Jurković', camp: 'B' },
        { file: X, quote: 'But the southbound side over the pass was still shut on Sunday', value: 'southbound shut', speaker: 'The Switchback', camp: 'B' },
        { file: X, quote: 'an officer said the southbound carriageway was "still closed until further notice."', value: 'southbound shut', speaker: 'Civil Protection Directorate', camp: 'B' },
      ],
    },
    {
      id: 'homes-without-power', level: 'secondary', kind: 'numeric',
      summary: 'Homes still without electricity on Saturday evening: 6,500 in Lesnar Province according to the distributor Elnor Distribution (repeated by the state-aligned paper); about 19,000 households in Korzhevo and the villages around it alone, according to the town\'s mayor Vera Hristak.',
      sides: [
        { file: W, quote: 'said 6,500 homes were still without power on Saturday evening', value: '6,500', speaker: 'Elnor Distribution', camp: 'A' },
        { file: B, quote: 'Elnor Distribution, the regional electricity company, said on Saturday evening that 6,500 homes remained without power.', value: '6,500', speaker: 'Elnor Distribution', camp: 'A' },
        { file: D, quote: 'Elnor Distribution said on Saturday evening that 6,500 homes in Lesnar Province were still without electricity', value: '6,500', speaker: 'Elnor Distribution', camp: 'A' },
        { file: X, quote: 'Its Saturday figure of 6,500', value: '6,500', speaker: 'Elnor Distribution', camp: 'A' },
        { file: L, quote: 'says about 19,000 households in the town and the villages around it still have no electricity', value: '~19,000', speaker: 'Vera Hristak', camp: 'B' },
        { file: B, quote: 'The town’s mayor, Vera Hristak, put the number at about 19,000 households.', value: '~19,000', speaker: 'Vera Hristak', camp: 'B' },
        { file: X, quote: 'who put it at about 19,000', value: '~19,000', speaker: 'Vera Hristak', camp: 'B' },
      ],
    },
    {
      id: 'red-warning-day', level: 'secondary', kind: 'temporal',
      summary: 'When the red snow warning for the Drevan Mountains was issued: at 18:00 on Wednesday 13 January, nearly a day before the snow, and sent to the ministry, Karvel and the CPD, according to the National Meteorological Institute (NMI) and its director Dr Alenka Sorić (Soric), who says she has delivery receipts; only at 13:50 on Thursday, according to Transport Minister Darko Vrantsev and his ministry (the state-aligned paper says the institute raised it to red only then).',
      sides: [
        { file: W, quote: 'it had raised its warning for the Drevan Mountains to red, its highest level, at 6 p.m. on Wednesday', value: 'Wednesday 18:00', speaker: 'National Meteorological Institute', camp: 'A' },
        { file: L, quote: 'the institute issued a red warning for the Drevan Mountains at 18:00 on Wednesday', value: 'Wednesday 18:00', speaker: 'Alenka Sorić', camp: 'A' },
        { file: B, quote: 'The red warning went out on Wednesday at six in the evening', value: 'Wednesday 18:00', speaker: 'Alenka Sorić', camp: 'A' },
        { file: X, quote: 'says it issued a red warning for the mountains at 6 p.m. on Wednesday, Jan. 13', value: 'Wednesday 18:00', speaker: 'National Meteorological Institute', camp: 'A' },
        { file: W, quote: 'said the red warning had reached his ministry only at 1:50 p.m. on Thursday', value: 'Thursday 13:50', speaker: 'Darko Vrantsev', camp: 'B' },
        { file: B, quote: 'said on Friday that the red warning had reached his ministry on Thursday afternoon', value: 'Thursday afternoon', speaker: 'Darko Vrantsev', camp: 'B' },
        { file: D, quote: 'the institute raised its warning for the mountains to red only at 13:50 on Thursday', value: 'Thursday 13:50', speaker: 'Ministry of Transport', camp: 'B' },
        { file: X, quote: 'says it did not reach him until 1:50 p.m. on Thursday', value: 'Thursday 13:50', speaker: 'Darko Vrantsev', camp: 'B' },
      ],
    },
    {
      id: 'mountain-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "We closed the road the moment the mountain told us to, and not a minute later" is credited to Karvel Motorways\' chief executive Radomir Kesic (Kesić) by the wire and to Transport Minister Darko Vrantsev by the state-aligned paper.',
      sides: [
        { file: W, quote: 'Radomir Kesic, defended the company. "We closed the road the moment the mountain told us to, and not a minute later," he said', speaker: 'Radomir Kesić', camp: 'A' },
        { file: D, quote: '“We closed the road the moment the mountain told us to, and not a minute later,” Mr Vrantsev said on Saturday.', speaker: 'Darko Vrantsev', camp: 'B' },
      ],
    },
    {
      id: 'snowploughs-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said Karvel Motorways had 40 snowploughs working on the pass overnight, then corrected it to 14, the company\'s figure; the explainer also says 14.',
      sides: [
        { file: L, quote: 'Karvel Motorways says it had 40 snowploughs working on the pass overnight', value: '40', speaker: 'Karvel Motorways', camp: 'A' },
        { file: L, quote: 'Correction: in our 07:30 post we said Karvel had 40 snowploughs on the pass overnight. The company’s figure is 14.', value: '14', speaker: 'The Tesvar Pilot', camp: 'B' },
        { file: X, quote: 'Karvel says it had 14 snowplows on the mountain section that night.', value: '14', speaker: 'Karvel Motorways', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'rescuers-rounded', kind: 'numeric',
      summary: '318 rescuers (wire) and "About 300 rescuers" (state-aligned paper), both from the Civil Protection Directorate, are one figure, rounded.',
      sides: [
        { file: W, quote: 'The CPD said 318 rescuers had worked on the pass', value: '318' },
        { file: D, quote: 'About 300 rescuers from the Civil Protection Directorate (CPD) took part', value: '~300' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Two dead on Friday morning (the Transport Ministry, in the live blog) and four on Friday evening "up from two in the morning" (the ministry, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Two people have died on the pass, the Transport Ministry says.', value: '2 (Friday morning)' },
        { file: W, quote: "The ministry's toll had risen to four on Friday evening, up from two in the morning.", value: '4 (Friday evening)' },
      ],
    },
    {
      id: 'sports-hall-part', kind: 'numeric',
      summary: 'About 800 people bussed to the municipal sports hall in Korzhevo (live blog) are part of the about 2,300 who spent Friday night in 11 emergency shelters in Korzhevo and Orlavets (web story), not a rival count.',
      sides: [
        { file: L, quote: 'About 800 people were taken by bus to the municipal sports hall in Korzhevo during the day.', value: '~800 (one hall)' },
        { file: B, quote: 'In all, about 2,300 people spent Friday night in 11 emergency shelters in Korzhevo and Orlavets', value: '~2,300 (all shelters)' },
      ],
    },
    {
      id: 'power-different-days', kind: 'numeric',
      summary: 'About 42,000 homes without electricity on Friday morning, at the height of the storm (live blog), and 3,100 still without power on Monday morning (explainer), both from Elnor Distribution, are figures for different days.',
      sides: [
        { file: L, quote: 'About 42,000 homes in Lesnar Province are without electricity, according to Elnor Distribution', value: '~42,000 (Friday morning)' },
        { file: X, quote: 'Elnor Distribution says 3,100 homes were still without power on Monday morning.', value: '3,100 (Monday morning)' },
      ],
    },
    {
      id: 'inquiry-synonyms', kind: 'status',
      summary: '"a criminal investigation into negligence endangering life" (wire) and "a criminal inquiry into suspected negligence that put lives at risk" (web story) describe the same step by the prosecutors in Tesvar in different words.',
      sides: [
        { file: W, quote: "The Tesvar Regional Prosecutor's Office said it had opened a criminal investigation into negligence endangering life.", value: 'criminal investigation opened' },
        { file: B, quote: 'Prosecutors in Tesvar have launched a criminal inquiry into suspected negligence that put lives at risk.', value: 'criminal inquiry launched' },
      ],
    },
    {
      id: 'queue-about-more-than', kind: 'numeric',
      summary: 'A queue "more than 30 kilometres long" on the northbound carriageway (live blog, Friday morning) and "about 35 km of stationary traffic on the northbound side" (explainer) are compatible approximations.',
      sides: [
        { file: L, quote: 'Traffic cameras show a queue more than 30 kilometres long on the northbound carriageway', value: '>30 km' },
        { file: X, quote: 'At one point there was about 35 km of stationary traffic on the northbound side alone.', value: '~35 km' },
      ],
    },
    {
      id: 'storm-2019', kind: 'numeric',
      summary: 'The about 400 vehicles stranded on the same pass in February 2019 belong to another, earlier storm, not a rival figure for the vehicles trapped this time.',
      sides: [
        { file: X, quote: 'In February 2019, a smaller storm stranded about 400 vehicles on the same pass for six hours.', value: '~400 (2019)' },
        { file: X, quote: "Even the lower of this week's counts, 1,400 vehicles, is more than three times that.", value: '1,400 (2027)' },
      ],
    },
  ],
};
