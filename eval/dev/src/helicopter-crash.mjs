// Hand-written gold source for the crash of a military helicopter carrying a regional governor and a
// deputy defence minister on Mount Zelhar, in the Varsh Mountains of Zemlavia (invented event,
// November 2026). build-gold.mjs turns it into ../gold/helicopter-crash.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line); four
// have random names: the live blog and the explainer imitate scraped pages (site name, "Skip to
// content", navigation bar, headline twice, byline with roles, "Updated" line, "Advertisement", a
// caption with a photo credit, "Read more" lines, "Share this article"; the explainer also has
// footnote markers, a numbered source list and an author bio), the web story is Markdown converted
// from a news page (breadcrumb links, `# Headline`, italic standfirst, byline with links,
// "Published ... · Updated ..." line, image line with caption and credit, key points, "Read more"
// links), and the state-aligned paper is Markdown with YAML front matter and no headline in the body.
// Site names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the wire's reporting line, the source list and the bio are
// metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image alt texts,
// captions and credits are counted text. Link URLs are in ignore.
const W = 'thole-wire.txt'; // Thole wire (Wednesday 18 November), US style, straight quotes, writes Vashkevin, Shelvitsa, Hrastic, Kirill, Defense
const L = 'c6b3ca2b00eb8955.txt'; // The Zarvenik Watchtower live blog, newest first (Tuesday 17 November 16:05 to Wednesday 18 November 21:40), UK style, curly quotes, writes Jaroslav Stepniak
const B = '1444b33d7f9b6389.md'; // ZBT News web story (Wednesday 18 November, evening), UK style, curly quotes, writes Yaroslav Stepnyak
const D = 'a946ebf4f13496ae.md'; // state-aligned The Zemlavian Standard (Thursday 19 November), YAML front matter, UK style, curly quotes, writes Jaroslav Stepniak
const X = 'e6b17698fae3f013.txt'; // The Fairlead explainer in questions (Friday 20 November), US style, straight quotes, writes Vashkevin, Shelvitsa, Hrastic, Kirill, Defense, Center

export default {
  corpus: 'helicopter-crash',
  note: 'Invented event written for the project: on the afternoon of Tuesday 17 November 2026 an RK-17 transport helicopter of the 44th Army Aviation Squadron takes off from Dolgan Air Base outside Zarvenik, capital of Pelska Region in the fictional country of Zemlavia (capital Kalvessa), for the border garrison town of Kostavar, about 110 km east across the Varsh Mountains, carrying Governor Teodor Vaškevin (Vashkevin in the wire and the explainer) and Deputy Defence Minister Jaroslav Stepniak (Yaroslav Stepnyak in the wire, the web story and the explainer); it disappears in fog and is found crashed on the eastern slope of Mount Zelhar, about 3 km above the village of Šelvica (Shelvitsa in the wire and the explainer). Five invented outlets: the Thole wire (Wednesday), The Zarvenik Watchtower live blog, newest first (Tuesday 16:05 to Wednesday 21:40), the ZBT News web story (Wednesday evening), the state-aligned The Zemlavian Standard (Thursday) and The Fairlead explainer (Friday); four files have random names. The Ministry of Defence (Defense Ministry in the US-style outlets), its spokesman Col Bogdan Lesnyar and Defence Minister Leonid Shalvar, the State Rescue Service (SRS) and its Pelska chief Milena Zorkova, the Pelska Regional Administration (the governor\'s office) and the governor\'s chief of staff Irina Baltova, Zarvenik Regional Hospital and its deputy chief doctor Oksana Tirnova, the Military Pilots\' Guild (MPG) and its chairman Emil Tarkovan, the Democratic Accord MP Vesna Kuratova, the National Security Bureau (NSB), the Military Prosecutor\'s Office, the State Hydrometeorological Centre (Center in the US-style outlets) and the shepherd Ilija Borzov of Šelvica disagree about the people aboard (nine by the ministry\'s manifest, 11 by the governor\'s office, which adds its press secretary Alina Morozik and the Pelska TV cameraman Danil Vetrik), whether anyone survived (nobody, by the ministry and the state-aligned paper, against the flight engineer Warrant Officer Kiril Ostapov (Kirill in the wire and the explainer) alive in intensive care, by the SRS and the hospital), the cause (fog and no technical fault, by the ministry and the minister, against a left engine losing power, by the pilots\' guild; the NSB has opened a routine sabotage case and the state-aligned paper plays up a bang heard by villagers), when contact was lost (14:52 by the ministry, against 14:31 by the SRS log), whether the pilot Maj Viktor Hrastić (Hrastic) asked to turn back (yes and was told to continue, by the guild, against no request, by the ministry), when the wreck was found (07:40 on Wednesday by a search drone, by the ministry, against about 20:30 on Tuesday by the villagers who carried the survivor down), whether the flight recorder was recovered (on Wednesday, by the ministry, against not found by the SRS teams on the slope) and who said "Nobody should have been in the air over the Varsh on Tuesday" (the guild\'s chairman Emil Tarkovan in the wire and the explainer, the opposition MP Vesna Kuratova in the state-aligned paper); the live blog corrects its own distance from the village to the wreck (12 km north, then about 3 km above it). 412 rescuers and "Some 400 rescuers" are one figure rounded; six bodies recovered on Wednesday morning and eight by the afternoon "up from six" is an update reported as such; the six passengers are part of the nine people the ministry counts; a village of about 300 people and about 40 men from the village who joined the search are different sets; "a criminal case for violation of flight safety rules" and "an investigation into breaches of air-safety regulations" are synonyms; "More than 2,000 people" and "About 2,500 mourners" on Vaclin Square agree; visibility below 100 metres on Tuesday afternoon and about 1.5 km on Wednesday morning are different days. "Zemlavian" is a demonym; "Zarvenik" inside Zarvenik Regional Hospital and The Zarvenik Watchtower and "Pelska" inside Pelska Regional Administration and Pelska TV are nested; "RK-17" is an aircraft type, not a named actor, and is ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 57],
    [L]: [1, 2, 3, 4, 10, 11, 36, 87, 88, 90],
    [B]: [1, 7, 9, 21, 55, 71, 72, 73],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 73, 74, 75, 76, 77, 79],
  },

  actors: [
    // places
    { id: 'zemlavia', name: 'Zemlavia', type: 'place', forms: ['Zemlavia'], note: 'the country; "Zemlavian" is a demonym; "the country" is nominal' },
    { id: 'kalvessa', name: 'Kalvessa', type: 'place', forms: ['Kalvessa', 'KALVESSA'], note: 'the capital (dateline in capitals in the state-aligned paper); "the capital" is nominal' },
    { id: 'pelska', name: 'Pelska Region', type: 'place', forms: ['Pelska Region', 'Pelska'], note: 'the governor\'s region; "the Pelska garrison", "the Pelska flood defences" and "the SRS in Pelska" hold mentions; nested in Pelska Regional Administration and Pelska TV; "the region" is nominal' },
    { id: 'zarvenik', name: 'Zarvenik', type: 'place', forms: ['Zarvenik', 'ZARVENIK'], note: 'the regional capital (dateline in capitals in the wire); nested in Zarvenik Regional Hospital and The Zarvenik Watchtower' },
    { id: 'varsh', name: 'Varsh Mountains', type: 'place', forms: ['Varsh Mountains', 'Varsh'], note: 'the mountain range; "the Varsh" is a short form' },
    { id: 'zelhar', name: 'Mount Zelhar', type: 'place', forms: ['Mount Zelhar'], note: 'the mountain the helicopter struck' },
    { id: 'selvica', name: 'Šelvica', type: 'place', forms: ['Šelvica', 'Shelvitsa'], note: 'the village below the crash site (Shelvitsa in the wire and the explainer); "the village" is nominal' },
    { id: 'kostavar', name: 'Kostavar', type: 'place', forms: ['Kostavar'], note: 'the border garrison town the helicopter was flying to' },
    { id: 'dolgan', name: 'Dolgan Air Base', type: 'place', forms: ['Dolgan Air Base', 'Dolgan'], note: 'the air base outside Zarvenik the helicopter took off from (a facility, typed place); "turn back to Dolgan" is a short form' },
    { id: 'vaclin', name: 'Vaclin Square', type: 'place', forms: ['Vaclin Square'], note: 'the square in Zarvenik where mourners gathered' },
    // organizations
    { id: 'mod', name: 'Ministry of Defence', type: 'organization', forms: ['Ministry of Defence', 'Defence Ministry', 'Defense Ministry'], note: 'the defence ministry (Defense Ministry in the US-style wire and explainer); "the ministry" is nominal; "Deputy Defence Minister" and "Defence Minister" are titles, outside the spans' },
    { id: 'interior', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'the ministry the rescue service answers to, in the web story' },
    { id: 'srs', name: 'State Rescue Service', type: 'organization', forms: ['State Rescue Service', 'SRS'], note: 'the emergency service leading the search, defined as (SRS); "the SRS’s own log" holds a mention; "the rescue service", "the service" are nominal' },
    { id: 'regional-admin', name: 'Pelska Regional Administration', type: 'organization', forms: ['Pelska Regional Administration'], note: 'the governor\'s office; "the regional administration", "the administration", "the governor’s office" are nominal' },
    { id: 'mpg', name: 'Military Pilots’ Guild', type: 'organization', forms: ['Military Pilots’ Guild', 'Military Pilots\' Guild', 'MPG'], note: 'the association of serving and retired military aviators, defined as (MPG) (curly or straight apostrophe); "the guild", "the pilots’ guild" are nominal' },
    { id: 'democratic-accord', name: 'Democratic Accord', type: 'organization', forms: ['Democratic Accord'], note: 'the opposition party of Vesna Kuratova' },
    { id: 'nsb', name: 'National Security Bureau', type: 'organization', forms: ['National Security Bureau', 'NSB'], note: 'the domestic intelligence service that opened a sabotage case, defined as (NSB)' },
    { id: 'mil-prosecutor', name: 'Military Prosecutor\'s Office', type: 'organization', forms: ['Military Prosecutor\'s Office', 'Military Prosecutor’s Office'], note: 'the military prosecution service; the \'s belongs to the name; "Military prosecutors" is nominal' },
    { id: 'hydromet', name: 'State Hydrometeorological Centre', type: 'organization', forms: ['State Hydrometeorological Centre', 'State Hydrometeorological Center', 'Hydrometeorological Center'], note: 'the weather service (Center in the US-style wire and explainer)' },
    { id: 'squadron', name: '44th Army Aviation Squadron', type: 'organization', forms: ['44th Army Aviation Squadron'], note: 'the military unit that operated the helicopter; "the squadron" is nominal' },
    { id: 'hospital', name: 'Zarvenik Regional Hospital', type: 'organization', forms: ['Zarvenik Regional Hospital'], note: 'the hospital treating the survivor; the place inside it is nested; "the hospital" is nominal' },
    { id: 'pelska-tv', name: 'Pelska TV', type: 'organization', forms: ['Pelska TV'], note: 'the regional broadcaster whose cameraman the governor\'s office lists as aboard' },
    { id: 'thole', name: 'Thole', type: 'organization', forms: ['Thole'], note: 'the wire agency: the dateline "(Thole)", "seen by Thole", "told Thole" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'watchtower', name: 'The Zarvenik Watchtower', type: 'organization', forms: ['The Zarvenik Watchtower'], note: 'the regional paper running the live blog: its photo credit (also reused by the explainer) is a mention; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'zbt', name: 'ZBT News', type: 'organization', forms: ['ZBT News'], note: 'the broadcaster\'s news site, named in its own text ("told ZBT News") and photo credit; its breadcrumb line and its name in the explainer\'s source list are metadata' },
    { id: 'standard', name: 'The Zemlavian Standard', type: 'organization', forms: ['The Zemlavian Standard', 'Zemlavian Standard'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; "The pro-government Zemlavian Standard" and "The Zemlavian Standard printed" in the explainer are mentions' },
    { id: 'fairlead', name: 'The Fairlead', type: 'organization', forms: ['The Fairlead'], note: 'the explainer\'s site: "told The Fairlead" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'vaskevin', name: 'Teodor Vaškevin', type: 'person', forms: ['Teodor Vaškevin', 'Teodor Vashkevin', 'Vaškevin', 'Vashkevin'], note: 'governor of Pelska Region, killed (Vashkevin in the wire and the explainer); "Governor" and "Mr" are outside the span; "the governor" is nominal' },
    { id: 'stepnyak', name: 'Yaroslav Stepnyak', type: 'person', forms: ['Yaroslav Stepnyak', 'Jaroslav Stepniak', 'Stepnyak', 'Stepniak'], note: 'Deputy Defence Minister, killed (Jaroslav Stepniak in the live blog and the state-aligned paper); the title is outside the span; "the deputy minister" is nominal' },
    { id: 'hrastic', name: 'Viktor Hrastić', type: 'person', forms: ['Viktor Hrastić', 'Viktor Hrastic', 'Hrastic'], note: 'the pilot (Hrastic in the wire and the explainer); "Maj"/"Maj." is outside the span' },
    { id: 'vesnin', name: 'Nikola Vesnin', type: 'person', forms: ['Nikola Vesnin'], note: 'the co-pilot; "Capt"/"Capt." is outside the span' },
    { id: 'ostapov', name: 'Kiril Ostapov', type: 'person', forms: ['Kiril Ostapov', 'Kirill Ostapov', 'Ostapov'], note: 'the flight engineer found alive by villagers (Kirill in the wire and the explainer); "Warrant Officer" is outside the span' },
    { id: 'lesnyar', name: 'Bogdan Lesnyar', type: 'person', forms: ['Bogdan Lesnyar', 'Lesnyar'], note: 'spokesman of the Ministry of Defence; "Col"/"Col." is outside the span' },
    { id: 'shalvar', name: 'Leonid Shalvar', type: 'person', forms: ['Leonid Shalvar', 'Shalvar'], note: 'Defence Minister; the title is outside the span; "the defence minister" is nominal' },
    { id: 'zorkova', name: 'Milena Zorkova', type: 'person', forms: ['Milena Zorkova', 'Zorkova'], note: 'head of the SRS in Pelska Region; "Ms Zorkova" -> "Zorkova"' },
    { id: 'baltova', name: 'Irina Baltova', type: 'person', forms: ['Irina Baltova'], note: 'the governor\'s chief of staff, who published the list of 11' },
    { id: 'morozik', name: 'Alina Morozik', type: 'person', forms: ['Alina Morozik', 'Morozik', 'Alina'], note: 'the governor\'s press secretary, listed as aboard by the governor\'s office; "Ms Morozik’s sister" holds a mention; her sister\'s "Alina phoned me" is a first-name mention' },
    { id: 'vetrik', name: 'Danil Vetrik', type: 'person', forms: ['Danil Vetrik'], note: 'Pelska TV cameraman, listed as aboard by the governor\'s office' },
    { id: 'tarkovan', name: 'Emil Tarkovan', type: 'person', forms: ['Emil Tarkovan', 'Tarkovan'], note: 'chairman of the Military Pilots\' Guild, a retired colonel; "Mr Tarkovan" -> "Tarkovan"' },
    { id: 'kuratova', name: 'Vesna Kuratova', type: 'person', forms: ['Vesna Kuratova', 'Kuratova'], note: 'opposition Democratic Accord MP for Zarvenik' },
    { id: 'borzov', name: 'Ilija Borzov', type: 'person', forms: ['Ilija Borzov', 'Borzov'], note: 'the shepherd from Šelvica who reached the wreck on Tuesday night; "Mr Borzov" -> "Borzov"' },
    { id: 'tirnova', name: 'Oksana Tirnova', type: 'person', forms: ['Oksana Tirnova'], note: 'deputy chief doctor of Zarvenik Regional Hospital; "Dr"/"Dr." is outside the span' },
    { id: 'velch', name: 'Dragomir Velch', type: 'person', forms: ['Dragomir Velch', 'Velch'], note: 'President of Zemlavia; "President" is outside the span' },
    { id: 'dubrak', name: 'Stefan Dubrak', type: 'person', forms: ['Stefan Dubrak', 'Dubrak'], note: 'Deputy Governor, acting governor; "Mr Dubrak" -> "Dubrak"' },
    { id: 'brenner', name: 'Tomas Brenner', type: 'person', forms: ['Tomas Brenner'], note: 'The Zarvenik Watchtower reporter: his byline is metadata; "Our reporter Tomas Brenner" and his photo credits (also reused by the explainer) are mentions' },
    { id: 'kessel', name: 'Roman Kessel', type: 'person', forms: ['Roman Kessel'], note: 'ZBT News reporter: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bRK-17\\b', why: 'an aircraft type (the helicopter\'s model), not a named person, organization or place' },
    { pattern: "\\b[Tt]he (?:ministry|governor’s office|governor's office|governor|regional administration|administration|rescue service|service|pilots’ guild|pilots' guild|guild|hospital|squadron|capital|deputy minister|defence minister|defense minister|minister|region|village|country|army|base|garrison|bureau|party)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b(?:[Mm]ilitary )?[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Military Prosecutor\'s Office)' },
    { pattern: '\\bparliament\\b', why: 'nominal reference to the national parliament (no name given)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Bogdan Lesnyar', cue: 'told reporters', quote: 'There were no survivors' },
    { file: W, speaker: 'Ilija Borzov', cue: 'Borzov told Thole', quote: 'We found him under the tail. He was asking for water' },
    { file: W, speaker: 'Emil Tarkovan', cue: 'Tarkovan said', quote: 'Nobody should have been in the air over the Varsh on Tuesday' },
    { file: W, speaker: 'Vesna Kuratova', cue: 'she said', quote: 'Somebody signed a flight plan into a cloud' },
    { file: L, speaker: 'Milena Zorkova', cue: 'she said', quote: 'The regional administration tells us eleven people boarded. We have found nine. We keep looking until the list and the mountain agree' },
    { file: L, speaker: 'Emil Tarkovan', cue: 'Mr Tarkovan said', quote: 'He asked to go home. He told them the left engine was losing power' },
    { file: L, speaker: 'Oksana Tirnova', cue: 'she said', quote: 'He is alive, and he is talking. Both legs are broken and he was very cold when he came in' },
    { file: L, speaker: 'Ilija Borzov', cue: 'he said', quote: 'We heard it go over, very low, and then a sound like a door slamming in the sky. We went up with torches' },
    { file: B, speaker: 'Milena Zorkova', cue: 'Ms Zorkova said', quote: 'We have not found the black box' },
    { file: B, speaker: 'Emil Tarkovan', cue: 'said Emil Tarkovan', quote: 'A pilot who asks to go home in that weather is not being timid. He is doing his job' },
    { file: B, speaker: 'Ilija Borzov', cue: 'said Mr Borzov', quote: 'Then there was a bang, and then nothing. No engine, no echo' },
    { file: D, speaker: 'Dragomir Velch', cue: 'President Velch said', quote: 'They died on duty, on their way to soldiers who guard our border' },
    { file: D, speaker: 'Leonid Shalvar', cue: 'he said', quote: 'The crew were among the most experienced in our army aviation. The aircraft was sound. The mountain was hidden' },
    { file: D, speaker: 'Vesna Kuratova', cue: 'told reporters', quote: 'Nobody should have been in the air over the Varsh on Tuesday' },
    { file: X, speaker: 'Ministry of Defence', cue: 'told The Fairlead', quote: 'stands by its statements' },
  ],

  contradictions: [
    {
      id: 'people-aboard', level: 'core', kind: 'numeric',
      summary: 'How many people were aboard: nine, three crew and six passengers, according to the Ministry of Defence\'s manifest; 11, according to the Pelska Regional Administration (the governor\'s office), whose list published by the chief of staff Irina Baltova adds the press secretary Alina Morozik and the Pelska TV cameraman Danil Vetrik; the State Rescue Service is still searching the slope for the two.',
      sides: [
        { file: W, quote: 'The ministry said its manifest listed nine people, three crew and six passengers.', value: '9', speaker: 'Ministry of Defence', camp: 'A' },
        { file: L, quote: 'The Defence Ministry says nine people were aboard: three crew and six passengers.', value: '9', speaker: 'Ministry of Defence', camp: 'A' },
        { file: B, quote: 'The ministry says nine people were aboard.', value: '9', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'The Defense Ministry says nine: a crew of three and six passengers.', value: '9', speaker: 'Ministry of Defence', camp: 'A' },
        { file: W, quote: 'said 11 people had been on board, including the governor\'s press secretary, Alina Morozik', value: '11', speaker: 'Pelska Regional Administration', camp: 'B' },
        { file: L, quote: 'the governor’s office says 11 were aboard.', value: '11', speaker: 'Pelska Regional Administration', camp: 'B' },
        { file: L, quote: 'has published the names of 11 people she says were on the helicopter', value: '11', speaker: 'Irina Baltova', camp: 'B' },
        { file: L, quote: 'The regional administration tells us eleven people boarded.', value: '11', speaker: 'Pelska Regional Administration', camp: 'B' },
        { file: B, quote: 'The governor’s office says 11 people were aboard, not nine', value: '11', speaker: 'Pelska Regional Administration', camp: 'B' },
        { file: B, quote: 'The governor’s office has published a list of 11 people it says boarded the helicopter at Dolgan Air Base', value: '11', speaker: 'Pelska Regional Administration', camp: 'B' },
        { file: X, quote: 'The Pelska Regional Administration, which Vashkevin ran, says 11.', value: '11', speaker: 'Pelska Regional Administration', camp: 'B' },
      ],
    },
    {
      id: 'survivor', level: 'core', kind: 'polarity',
      summary: 'Whether anyone survived: nobody, according to the Ministry of Defence and its spokesman Col Bogdan Lesnyar (repeated by the state-aligned paper, which calls reports of a survivor "inaccurate and cruel"); one man, the flight engineer Warrant Officer Kiril Ostapov (Kirill), carried down by villagers and in intensive care, according to the State Rescue Service and Zarvenik Regional Hospital.',
      sides: [
        { file: W, quote: 'The ministry said all nine people aboard the RK-17 transport helicopter had been killed', value: 'all killed', speaker: 'Ministry of Defence', camp: 'A' },
        { file: W, quote: 'There were no survivors', value: 'no survivors', speaker: 'Bogdan Lesnyar', camp: 'A' },
        { file: L, quote: 'said nine people were aboard and that all of them were killed.', value: 'all killed', speaker: 'Bogdan Lesnyar', camp: 'A' },
        { file: B, quote: 'and that all nine people aboard had died.', value: 'all died', speaker: 'Bogdan Lesnyar', camp: 'A' },
        { file: D, quote: 'None of the nine people aboard survived, the Ministry of Defence said.', value: 'no survivors', speaker: 'Ministry of Defence', camp: 'A' },
        { file: D, quote: 'Reports circulating on social media of a survivor were “inaccurate and cruel to the families”', value: 'no survivor', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'The ministry says no.', value: 'no survivors', speaker: 'Ministry of Defence', camp: 'A' },
        { file: W, quote: 'had been carried down the mountain alive by villagers overnight and was in intensive care at Zarvenik Regional Hospital', value: 'one survivor', speaker: 'State Rescue Service', camp: 'B' },
        { file: L, quote: 'One man, the flight engineer, is alive in Zarvenik Regional Hospital.', value: 'one survivor', speaker: 'State Rescue Service', camp: 'B' },
        { file: L, quote: 'says the survivor is Warrant Officer Kiril Ostapov, 41, the flight engineer.', value: 'one survivor', speaker: 'Oksana Tirnova', camp: 'B' },
        { file: L, quote: 'The SRS says a man has been brought down from the mountain alive by villagers in Šelvica', value: 'one survivor', speaker: 'State Rescue Service', camp: 'B' },
        { file: B, quote: 'He is alive, and he knows where he is', value: 'alive', speaker: 'Oksana Tirnova', camp: 'B' },
        { file: X, quote: 'The SRS and Zarvenik Regional Hospital say one man did: the flight engineer, Warrant Officer Kirill Ostapov, 41', value: 'one survivor', speaker: 'State Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'cause', level: 'core', kind: 'polarity',
      summary: 'What brought the helicopter down: the fog, with no sign of a technical fault, according to the Ministry of Defence, its spokesman and Defence Minister Leonid Shalvar (repeated by the state-aligned paper, which also plays up a sabotage case and a bang heard by villagers); a technical fault, the left engine losing power as the pilot Maj Viktor Hrastić (Hrastic) radioed, according to the Military Pilots\' Guild (MPG) and its chairman Emil Tarkovan.',
      sides: [
        { file: W, quote: 'The aircraft was in good working order. Everything we know so far points to the weather', value: 'weather, no fault', speaker: 'Bogdan Lesnyar', camp: 'A' },
        { file: L, quote: 'no indication of a technical fault', value: 'no technical fault', speaker: 'Ministry of Defence', camp: 'A' },
        { file: B, quote: 'The ministry says the helicopter, an RK-17 of the 44th Army Aviation Squadron, flew into the mountain in fog.', value: 'fog', speaker: 'Ministry of Defence', camp: 'A' },
        { file: D, quote: 'Defence Minister Leonid Shalvar said on Wednesday that all the evidence gathered so far pointed to the weather.', value: 'weather', speaker: 'Leonid Shalvar', camp: 'A' },
        { file: D, quote: 'The aircraft was sound. The mountain was hidden', value: 'aircraft sound', speaker: 'Leonid Shalvar', camp: 'A' },
        { file: X, quote: 'The ministry and Defense Minister Leonid Shalvar blame the weather.', value: 'weather', speaker: 'Ministry of Defence', camp: 'A' },
        { file: W, quote: 'had radioed that the left engine was losing power', value: 'engine losing power', speaker: 'Emil Tarkovan', camp: 'B' },
        { file: L, quote: 'He told them the left engine was losing power', value: 'engine losing power', speaker: 'Emil Tarkovan', camp: 'B' },
        { file: L, quote: 'a failing engine, says the pilots’ guild', value: 'failing engine', speaker: 'Military Pilots’ Guild', camp: 'B' },
        { file: B, quote: 'says the pilot, Maj Viktor Hrastić, reported that his left engine was losing power', value: 'engine losing power', speaker: 'Military Pilots’ Guild', camp: 'B' },
        { file: X, quote: 'radioed that his left engine was losing power.', value: 'engine losing power', speaker: 'Military Pilots’ Guild', camp: 'B' },
      ],
    },
    {
      id: 'wreck-found', level: 'core', kind: 'temporal',
      summary: 'When the wreck was found: at 07:40 on Wednesday, by a search team\'s drone after the fog lifted, according to the Ministry of Defence (repeated by the state-aligned paper); at about 20:30 on Tuesday, by the shepherd Ilija Borzov, his son and other villagers of Šelvica (Shelvitsa), who carried the survivor down; the SRS confirms it took a survivor from the village shortly after midnight.',
      sides: [
        { file: W, quote: 'the wreckage was located at 7:40 a.m. on Wednesday by a search team using a drone', value: 'Wednesday 07:40', speaker: 'Ministry of Defence', camp: 'A' },
        { file: L, quote: 'The Defence Ministry says the wreck was found at 07:40 this morning by a search team using a drone.', value: 'Wednesday 07:40', speaker: 'Ministry of Defence', camp: 'A' },
        { file: B, quote: 'said the wreck had been located at 07:40 that morning by a search team using a drone', value: 'Wednesday 07:40', speaker: 'Bogdan Lesnyar', camp: 'A' },
        { file: D, quote: 'The wreckage was found at 07:40 on Wednesday by a search team using a drone', value: 'Wednesday 07:40', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: "Officially, at 7:40 a.m. on Wednesday, when a search team's drone spotted it after the fog lifted.", value: 'Wednesday 07:40', speaker: 'Ministry of Defence', camp: 'A' },
        { file: W, quote: 'said he and his son reached the wreck at about 8:30 p.m. on Tuesday.', value: 'Tuesday ~20:30', speaker: 'Ilija Borzov', camp: 'B' },
        { file: L, quote: 'We were there at half past eight last night. Nobody else was.', value: 'Tuesday ~20:30', speaker: 'Ilija Borzov', camp: 'B' },
        { file: B, quote: 'Villagers say they reached the wreck at about 20:30 on Tuesday, 11 hours before the army says it found it', value: 'Tuesday ~20:30', speaker: 'Ilija Borzov', camp: 'B' },
        { file: B, quote: 'At about 20:30, Mr Borzov said, they reached the wreck of the helicopter', value: 'Tuesday ~20:30', speaker: 'Ilija Borzov', camp: 'B' },
        { file: X, quote: 'reached the wreck at about 8:30 p.m. on Tuesday', value: 'Tuesday ~20:30', speaker: 'Ilija Borzov', camp: 'B' },
      ],
    },
    {
      id: 'contact-lost', level: 'secondary', kind: 'temporal',
      summary: 'When contact with the helicopter was lost: at 14:52, about ten minutes before it was due at Kostavar, according to the Ministry of Defence (repeated by the live blog\'s first post and the state-aligned paper); at 14:31, when it dropped off radar, according to the State Rescue Service\'s incident log, cited by the wire and by the SRS chief Milena Zorkova.',
      sides: [
        { file: W, quote: 'The ministry said contact with the crew was lost at 2:52 p.m.', value: '14:52', speaker: 'Ministry of Defence', camp: 'A' },
        { file: L, quote: 'Contact was lost at 14:52, it says.', value: '14:52', speaker: 'Ministry of Defence', camp: 'A' },
        { file: D, quote: 'Contact with the crew was lost at 14:52, the ministry said', value: '14:52', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'The ministry says 2:52 p.m., about 10 minutes before the helicopter was due at Kostavar.', value: '14:52', speaker: 'Ministry of Defence', camp: 'A' },
        { file: W, quote: 'records that the helicopter disappeared from radar at 2:31 p.m.', value: '14:31', speaker: 'State Rescue Service', camp: 'B' },
        { file: B, quote: 'the SRS’s own log showed the helicopter dropped off radar at 14:31, not 14:52', value: '14:31', speaker: 'Milena Zorkova', camp: 'B' },
        { file: X, quote: 'The SRS says its own log shows the aircraft dropping off radar at 2:31 p.m.', value: '14:31', speaker: 'State Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'turn-back', level: 'secondary', kind: 'polarity',
      summary: 'Whether the pilot asked to turn back: yes, Maj Viktor Hrastić (Hrastic) asked to return to Dolgan and was told to continue, according to the Military Pilots\' Guild\'s chairman Emil Tarkovan, citing two people at the base; the crew made no such request, according to the Ministry of Defence and its spokesman (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'had asked to turn back to Dolgan, and that he was told to continue', value: 'asked to turn back', speaker: 'Emil Tarkovan', camp: 'A' },
        { file: L, quote: 'says the pilot, Maj Viktor Hrastić, asked to turn back.', value: 'asked to turn back', speaker: 'Emil Tarkovan', camp: 'A' },
        { file: L, quote: 'And somebody told him to carry on.', value: 'told to carry on', speaker: 'Emil Tarkovan', camp: 'A' },
        { file: B, quote: 'and asked to return to Dolgan, and was told to continue to Kostavar', value: 'asked to return', speaker: 'Military Pilots’ Guild', camp: 'A' },
        { file: X, quote: 'says Hrastic asked to return to Dolgan and was told to continue.', value: 'asked to return', speaker: 'Emil Tarkovan', camp: 'A' },
        { file: W, quote: 'The ministry said the crew had made no request to return.', value: 'no request', speaker: 'Ministry of Defence', camp: 'B' },
        { file: L, quote: 'The crew made no request to return to base, he said', value: 'no request', speaker: 'Bogdan Lesnyar', camp: 'B' },
        { file: B, quote: 'The ministry says no such request was made.', value: 'no request', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'The crew made no request to turn back, Col Lesnyar said', value: 'no request', speaker: 'Bogdan Lesnyar', camp: 'B' },
        { file: X, quote: 'The ministry says the crew made no such request.', value: 'no request', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'flight-recorder', level: 'secondary', kind: 'status',
      summary: 'Whether the flight recorder (the black box) has been recovered: found at the site on Wednesday afternoon and flown to Kalvessa for analysis, according to the Ministry of Defence and its spokesman (repeated by the state-aligned paper); not found, according to the State Rescue Service and its Pelska chief Milena Zorkova, whose teams are searching the slope and who says nobody has handed one to them, still the case on Thursday.',
      sides: [
        { file: W, quote: 'flight data recorder had been found at the site on Wednesday afternoon and flown to Kalvessa for analysis', value: 'recovered', speaker: 'Bogdan Lesnyar', camp: 'A' },
        { file: D, quote: 'The flight recorder was recovered on Wednesday and is being examined by specialists in Kalvessa', value: 'recovered', speaker: 'Bogdan Lesnyar', camp: 'A' },
        { file: X, quote: 'The ministry says the flight data recorder was recovered on Wednesday and flown to Kalvessa.', value: 'recovered', speaker: 'Ministry of Defence', camp: 'A' },
        { file: L, quote: 'Her teams, she said, have not found the flight recorder.', value: 'not found', speaker: 'Milena Zorkova', camp: 'B' },
        { file: L, quote: 'If someone has the black box, they did not get it from us.', value: 'not found', speaker: 'Milena Zorkova', camp: 'B' },
        { file: B, quote: 'The rescue service says it has not found the flight recorder', value: 'not found', speaker: 'State Rescue Service', camp: 'B' },
        { file: B, quote: 'We have not found the black box', value: 'not found', speaker: 'Milena Zorkova', camp: 'B' },
        { file: X, quote: 'had not found it and that nobody had handed one to them.', value: 'not found', speaker: 'Milena Zorkova', camp: 'B' },
      ],
    },
    {
      id: 'varsh-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Nobody should have been in the air over the Varsh on Tuesday" is credited to the Military Pilots\' Guild\'s chairman Emil Tarkovan by the wire (and by the explainer, citing it) and to the Democratic Accord MP Vesna Kuratova by the state-aligned paper, which presents it as the opposition exploiting the tragedy.',
      sides: [
        { file: W, quote: '"Nobody should have been in the air over the Varsh on Tuesday," Tarkovan said.', speaker: 'Emil Tarkovan', camp: 'A' },
        { file: X, quote: '"Nobody should have been in the air over the Varsh on Tuesday," Tarkovan told Thole.', speaker: 'Emil Tarkovan', camp: 'A' },
        { file: D, quote: 'Vesna Kuratova, a Democratic Accord MP for Zarvenik, told reporters: “Nobody should have been in the air over the Varsh on Tuesday.”', speaker: 'Vesna Kuratova', camp: 'B' },
      ],
    },
    {
      id: 'distance-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the wreckage lay about 12 km north of Šelvica, then corrected it to about 3 km above the village, the State Rescue Service\'s figure; the web story and the explainer also say about 3 km.',
      sides: [
        { file: L, quote: 'The wreckage is about 12km north of Šelvica, the SRS says.', value: '12 km', speaker: 'State Rescue Service', camp: 'A' },
        { file: L, quote: 'The SRS says it is about 3km above the village, on the eastern slope of Mount Zelhar.', value: '3 km', speaker: 'State Rescue Service', camp: 'B' },
        { file: B, quote: 'on the eastern slope of Mount Zelhar, about 3km above the village', value: '3 km', speaker: 'Ilija Borzov', camp: 'B' },
        { file: X, quote: 'about 3 km above the village of Shelvitsa', value: '3 km', speaker: 'The Zarvenik Watchtower', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'rescuers-rounded', kind: 'numeric',
      summary: '412 rescuers (the SRS chief, in the web story) and "Some 400 rescuers" (the state-aligned paper) working on the slope on Wednesday are one figure, rounded.',
      sides: [
        { file: B, quote: '412 rescuers, three helicopters and two drone teams were working on the slope on Wednesday', value: '412' },
        { file: D, quote: 'Some 400 rescuers of the State Rescue Service and soldiers of the Pelska garrison took part in the search.', value: '~400' },
      ],
    },
    {
      id: 'bodies-updated', kind: 'numeric',
      summary: 'Six bodies recovered on Wednesday morning (the live blog\'s 11:10 post) and eight by Wednesday afternoon "up from six earlier in the day" (the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'The SRS says six bodies have been recovered so far.', value: '6 (Wednesday morning)' },
        { file: W, quote: 'The SRS said eight bodies had been recovered by Wednesday afternoon, up from six earlier in the day.', value: '8 (Wednesday afternoon)' },
      ],
    },
    {
      id: 'passengers-part', kind: 'numeric',
      summary: 'The six passengers (the explainer, from the ministry) are part of the nine people the ministry counts as aboard and dead (the state-aligned paper), not a rival count.',
      sides: [
        { file: X, quote: "The six passengers included the governor, the deputy minister, two of Stepnyak's aides and two bodyguards, according to the ministry.", value: '6 (passengers)' },
        { file: D, quote: 'for the nine people who died when a military helicopter struck Mount Zelhar in dense fog on Tuesday afternoon', value: '9 (everyone aboard)' },
      ],
    },
    {
      id: 'village-vs-searchers', kind: 'numeric',
      summary: 'Šelvica (Shelvitsa), a village of about 300 people (the wire), and the about 40 men from the village who followed the shepherd up the track (the web story) are different sets.',
      sides: [
        { file: W, quote: 'Shepherds from Shelvitsa, a village of about 300 people at the foot of the mountain', value: '~300 (village)' },
        { file: B, quote: 'About 40 men from the village followed them up the track in the dark.', value: '~40 (searchers)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a criminal case for violation of flight safety rules" (the wire) and "an investigation into breaches of air-safety regulations" (the web story) describe the same step by the military prosecutors in different words.',
      sides: [
        { file: W, quote: "The Military Prosecutor's Office said it had opened a criminal case for violation of flight safety rules.", value: 'criminal case opened' },
        { file: B, quote: 'Military prosecutors have opened an investigation into breaches of air-safety regulations.', value: 'investigation opened' },
      ],
    },
    {
      id: 'mourners-about-more-than', kind: 'numeric',
      summary: '"More than 2,000 people" (the live blog, 20:15) and "About 2,500 mourners" (the web story) on Vaclin Square in Zarvenik on Wednesday evening are compatible approximations.',
      sides: [
        { file: L, quote: 'More than 2,000 people have gathered on Vaclin Square', value: '>2,000' },
        { file: B, quote: 'About 2,500 mourners filled Vaclin Square in Zarvenik on Wednesday evening.', value: '~2,500' },
      ],
    },
    {
      id: 'visibility-days', kind: 'numeric',
      summary: 'Visibility below 100 metres in the passes on Tuesday afternoon (the wire) and about 1.5 km on Wednesday morning when the wreck was spotted (the explainer), both from the Hydrometeorological Centre, are figures for different days.',
      sides: [
        { file: W, quote: 'visibility in the mountain passes had been below 100 meters on Tuesday afternoon', value: '<100 m (Tuesday afternoon)' },
        { file: X, quote: 'By then visibility had improved to about 1.5 km, the Hydrometeorological Center said.', value: '~1.5 km (Wednesday morning)' },
      ],
    },
  ],
};
