// Hand-written gold source for the flash flood in Strovna, Varkesia (invented event, September 2026).
// build-gold.mjs turns it into ../gold/flash-flood.json.
// The wire is a plain .txt (headline, outlet and date lines, a "(Reporting by ...)" line); the live
// blog and the explainer imitate pages saved from news sites under random names (site name, "Skip to
// content", navigation bar, headline twice, byline with roles, "Updated" line, "Advertisement", a
// caption with a photo credit, "Read more" lines, "Share this article"; the explainer also has
// footnote markers, a numbered source list and an author bio); the web story is Markdown converted
// from a news page under a random name (breadcrumb links, `# Headline`, italic standfirst, byline
// with links, "Published ... · Updated ..." line, image with caption and credit, key points, "Read
// more" links); the state-aligned paper is Markdown with YAML front matter. Site furniture, bylines,
// date lines, the wire's reporting line, the source list and the bio are metadata (meta: 1-based
// line numbers); headlines, standfirsts, key points, captions and credits are counted text.
const W = 'sheerline-wire.txt'; // Sheerline wire (Tuesday 15 September), US style, straight quotes, writes Halek, Benkova, Mostova, Tolvany
const L = '105aaee32a4e8ec4.txt'; // The Strovna Lamp live blog, newest first (Monday 14 September, 04:55 to 23:30), UK style, curly quotes, writes Hálek, Mostová
const B = '7589ef7ccf9f50fd.md'; // VRK News web story (Tuesday 15 September, evening), UK style, curly quotes, writes Hálek, Benková, Mostova
const D = 'varkesia-forward.md'; // state-aligned Varkesia Forward (Wednesday 16 September), YAML front matter, UK style, curly quotes, writes Tolvani, Hálek
const X = '4d9bd066282e36db.txt'; // Marginalia explainer in questions (Friday 18 September), US style, straight quotes, writes Halek, Benkova, Mostova

export default {
  corpus: 'flash-flood',
  note: 'Invented event written for the project: after a day and a night of torrential rain, before dawn on Monday 14 September 2026 the Kerova River bursts its banks in Strovna, the main city of Orlava Region in the fictional country of Varkesia (capital Ilmenor), floods the riverside districts of Tolvany (Tolvani in the state-aligned paper) and Dolna Brana and pours into Mostova metro station (Mostová in the live blog) on Line 2, beneath the Kerova Embankment; the Dubnik Reservoir, 30 km upstream, is run by the state-owned Velkran Energy. Five invented outlets: the Sheerline wire (Tuesday), The Strovna Lamp live blog, newest first (Monday 04:55 to 23:30), the VRK News web story (Tuesday), the state-aligned Varkesia Forward (Wednesday) and the Marginalia explainer (Friday); three files have random names. The National Civil Protection Agency (NCPA) and its director general Kazimir Vetrov, Mayor Radomir Hálek (Halek in the wire and the explainer) and City Hall, the State Hydrometeorological Service (SHS) and its director Ilona Perecz, Interior Minister Boris Kandel, Velkran Energy (spokesman Pavel Krish, chief executive Marta Selvig), Strovna Metro (spokeswoman Dana Kovalik), the NCPA boat-crew leader Sgt Tomas Brasko, the passenger Lucia Benková (Benkova in the wire and the explainer), Strovna University Hospital (Dr Hana Kalnis) and Holy Cross Hospital, the Association of Varkesian Insurers (AVI, director Matej Orel), the Orlava Regional Prosecutor\'s Office and residents (Jana Pollak, Oleg Tamasy) disagree about the dead (14 by the NCPA, 19 by the mayor), whether Velkran opened the dam\'s floodgates (at about 02:30, by the mayor on the word of dam workers, against no gate opened, by Velkran and the government), the day of the red warning (16:00 on Sunday, by the SHS and the government, against 05:40 on Monday, by the mayor), whether Mostova station was closed before it flooded (closed at 05:00, by Strovna Metro, against open with trains stopping after 06:00, by passengers and a cleaner), the rainfall (142 mm by the SHS, more than 230 mm by the interior minister citing the NCPA), the homes damaged (about 1,800 by the NCPA, 4,200 by City Hall), when the river came over the embankment (about 03:45 by residents, 05:20 by the NCPA) and who said "It came down the escalators like a wall, brown and roaring" (the passenger Lucia Benkova in the wire and the explainer, the rescuer Sgt Tomas Brasko in the state-aligned paper); the live blog corrects its own count of people rescued by boat (640, then 460). the river rising 2.3 meters and "more than two metres" in under three hours are one figure rounded; nine dead in the morning and 14 in the evening "up from nine" is a toll updated as such; the six dead in Mostova station are part of the toll; "criminal proceedings over negligence" and "a criminal investigation into possible negligence" are synonyms; "More than 2,800" and "About 3,000" evacuated agree; 2,600 insurance claims by Tuesday and 5,100 by Thursday are different days\' figures; more than 80 treated in hospital and 27 still in hospital on Tuesday are different sets. "Varkesian" is a demonym (nested in the Association of Varkesian Insurers); "Strovna" inside Strovna Metro, Strovna University Hospital and The Strovna Lamp, "Orlava" inside the Orlava Regional Prosecutor\'s Office and "Varkesia" inside Varkesia Forward are nested; "Line 2" (a metro line number) is ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 47],
    [L]: [1, 2, 3, 4, 10, 11, 41, 72, 73, 75],
    [B]: [1, 7, 9, 21, 47, 61, 62, 63],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 61, 62, 63, 64, 65, 67],
  },

  actors: [
    // places
    { id: 'varkesia', name: 'Varkesia', type: 'place', forms: ['Varkesia'], note: 'the country; "Varkesian" is a demonym; nested in Varkesia Forward' },
    { id: 'ilmenor', name: 'Ilmenor', type: 'place', forms: ['Ilmenor'], note: 'the capital; "anybody in Ilmenor" (the capital for its government) stays a place' },
    { id: 'strovna', name: 'Strovna', type: 'place', forms: ['Strovna', 'STROVNA'], note: 'the flooded city (datelines in capitals); nested in Strovna Metro, Strovna University Hospital, The Strovna Lamp; "the city" is nominal' },
    { id: 'orlava', name: 'Orlava Region', type: 'place', forms: ['Orlava Region'], note: 'the region; nested in the Orlava Regional Prosecutor\'s Office; "Orlava" alone only in navigation and bylines (metadata)' },
    { id: 'kerova', name: 'Kerova River', type: 'place', forms: ['Kerova River', 'Kerova'], note: 'the river ("the Kerova"); nested in Kerova Embankment; "the river" is nominal' },
    { id: 'embankment', name: 'Kerova Embankment', type: 'place', forms: ['Kerova Embankment'], note: 'the riverside street in Tolvany above Mostova station' },
    { id: 'old-bridge', name: 'Old Bridge', type: 'place', forms: ['Old Bridge'], note: 'the bridge with the SHS river gauge' },
    { id: 'tolvany', name: 'Tolvany', type: 'place', forms: ['Tolvany', 'Tolvani'], note: 'flooded riverside district (Tolvani in the state-aligned paper)' },
    { id: 'dolna-brana', name: 'Dolna Brana', type: 'place', forms: ['Dolna Brana'], note: 'flooded riverside district' },
    { id: 'mostova', name: 'Mostova', type: 'place', forms: ['Mostova', 'Mostová'], note: 'the flooded metro station on Line 2 (Mostová in the live blog); the span is the name, "station" is outside' },
    { id: 'dubnik', name: 'Dubnik Reservoir', type: 'place', forms: ['Dubnik Reservoir', 'Dubnik'], note: 'the reservoir and dam 30 km upstream ("the Dubnik dam", "No gate at Dubnik"); "the dam", "the reservoir" are nominal' },
    { id: 'mirnik', name: 'Mirnik', type: 'place', forms: ['Mirnik'], note: 'a tributary stream of the Kerova' },
    // organizations
    { id: 'ncpa', name: 'National Civil Protection Agency', type: 'organization', forms: ['National Civil Protection Agency', 'NCPA'], note: 'the national emergency agency, defined as (NCPA); "NCPA’s" holds a mention; "the agency" is nominal' },
    { id: 'shs', name: 'State Hydrometeorological Service', type: 'organization', forms: ['State Hydrometeorological Service', 'SHS'], note: 'the weather service, defined as (SHS); "the service", "the weather service" are nominal' },
    { id: 'city-hall', name: 'City Hall', type: 'organization', forms: ['Strovna City Hall', 'City Hall'], note: 'Strovna\'s municipal government ("Strovna City Hall" in the state-aligned paper, the place nested) (also its building: "told reporters at City Hall", "on the steps of City Hall")' },
    { id: 'velkran', name: 'Velkran Energy', type: 'organization', forms: ['Velkran Energy', 'Velkran'], note: 'the state-owned company running the Dubnik Reservoir; "Velkran’s chief executive" holds a mention; "the company" is nominal' },
    { id: 'metro', name: 'Strovna Metro', type: 'organization', forms: ['Strovna Metro'], note: 'the metro operator; "the metro company", "the metro operator" are nominal' },
    { id: 'university-hospital', name: 'Strovna University Hospital', type: 'organization', forms: ['Strovna University Hospital'], note: 'hospital treating flood victims' },
    { id: 'holy-cross', name: 'Holy Cross Hospital', type: 'organization', forms: ['Holy Cross Hospital'], note: 'hospital treating flood victims; Lucia Benková works there' },
    { id: 'avi', name: 'Association of Varkesian Insurers', type: 'organization', forms: ['Association of Varkesian Insurers', 'AVI'], note: 'the insurers\' association, defined as (AVI); "AVI\'s director" holds a mention' },
    { id: 'prosecutor', name: 'Orlava Regional Prosecutor\'s Office', type: 'organization', forms: ['Orlava Regional Prosecutor\'s Office', 'Orlava Regional Prosecutor’s Office'], note: 'the prosecution (straight or curly apostrophe, which belongs to the name); lowercase "prosecutors" is nominal' },
    { id: 'health-ministry', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health'], note: 'in the state-aligned paper' },
    { id: 'sheerline', name: 'Sheerline', type: 'organization', forms: ['Sheerline'], note: 'the wire agency: the dateline "(Sheerline)", "told Sheerline" and "the Sheerline interview" are mentions; its outlet line and source-list entry are metadata' },
    { id: 'lamp', name: 'The Strovna Lamp', type: 'organization', forms: ['The Strovna Lamp'], note: 'the city paper running the live blog: its photo credits (also reused by the explainer) are mentions; its site-name line and source-list entry are metadata' },
    { id: 'vrk', name: 'VRK News', type: 'organization', forms: ['VRK News'], note: 'the broadcaster\'s news site: "told VRK News" and its photo credit are mentions; breadcrumb and source list are metadata' },
    { id: 'forward', name: 'Varkesia Forward', type: 'organization', forms: ['Varkesia Forward'], note: 'the state-aligned paper: its front matter is metadata; the explainer\'s mentions of it are counted' },
    { id: 'marginalia', name: 'Marginalia', type: 'organization', forms: ['Marginalia'], note: 'the explainer\'s site: "told Marginalia" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'halek', name: 'Radomir Hálek', type: 'person', forms: ['Radomir Hálek', 'Radomir Halek', 'Hálek', 'Halek'], note: 'mayor of Strovna (Halek in the wire and the explainer); "Mayor" is outside the span; "the mayor" is nominal' },
    { id: 'vetrov', name: 'Kazimir Vetrov', type: 'person', forms: ['Kazimir Vetrov', 'Vetrov'], note: 'director general of the NCPA; "Mr Vetrov" -> "Vetrov"' },
    { id: 'perecz', name: 'Ilona Perecz', type: 'person', forms: ['Ilona Perecz'], note: 'director of the SHS' },
    { id: 'kandel', name: 'Boris Kandel', type: 'person', forms: ['Boris Kandel', 'Kandel'], note: 'Interior Minister; "Mr Kandel" -> "Kandel"; "the minister" is nominal' },
    { id: 'krish', name: 'Pavel Krish', type: 'person', forms: ['Pavel Krish'], note: 'Velkran Energy spokesman' },
    { id: 'selvig', name: 'Marta Selvig', type: 'person', forms: ['Marta Selvig'], note: 'Velkran Energy chief executive' },
    { id: 'kovalik', name: 'Dana Kovalik', type: 'person', forms: ['Dana Kovalik'], note: 'Strovna Metro spokeswoman' },
    { id: 'benkova', name: 'Lucia Benková', type: 'person', forms: ['Lucia Benková', 'Lucia Benkova', 'Benkova'], note: 'nurse and passenger inside Mostova station (Benkova in the wire and the explainer)' },
    { id: 'brasko', name: 'Tomas Brasko', type: 'person', forms: ['Tomas Brasko', 'Brasko'], note: 'NCPA boat-crew sergeant, in the state-aligned paper; "Sergeant", "Sgt" are outside the span' },
    { id: 'pollak', name: 'Jana Pollak', type: 'person', forms: ['Jana Pollak'], note: 'resident of the Kerova Embankment in Tolvany' },
    { id: 'tamasy', name: 'Oleg Tamasy', type: 'person', forms: ['Oleg Tamasy'], note: 'grocer in Dolna Brana, in the web story' },
    { id: 'kalnis', name: 'Hana Kalnis', type: 'person', forms: ['Hana Kalnis'], note: 'medical director of Strovna University Hospital; "Dr" is outside the span' },
    { id: 'orel', name: 'Matej Orel', type: 'person', forms: ['Matej Orel'], note: 'director of the AVI, in the explainer' },
    { id: 'lorrimer', name: 'Piet Lorrimer', type: 'person', forms: ['Piet Lorrimer'], note: 'The Strovna Lamp reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
    { id: 'teague', name: 'Arno Teague', type: 'person', forms: ['Arno Teague'], note: 'VRK News reporter: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bLine 2\\b', why: 'a metro line number, not a named body or place' },
    { pattern: "\\b[Tt]he (?:agency|agency’s|agency's|company|service|weather service|city|ministry|mayor|minister|government|metro company|metro operator|capital|region|dam|dam's|reservoir|river|station)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Orlava Regional Prosecutor\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Radomir Hálek', cue: 'Mayor Radomir Halek told reporters', quote: 'I have signed 19 death notices with my own hand. I will not round them down to please anybody in Ilmenor' },
    { file: W, speaker: 'Kazimir Vetrov', cue: 'he said', quote: 'Our figure will change when the facts change, not when the speeches do' },
    { file: W, speaker: 'Pavel Krish', cue: 'spokesman Pavel Krish said in a written statement', quote: 'No gate at Dubnik was opened on Sunday night or on Monday. Water left the reservoir only over the fixed spillway, exactly as the dam was designed' },
    { file: W, speaker: 'Lucia Benková', cue: 'Benkova told Sheerline', quote: 'It came down the escalators like a wall, brown and roaring' },
    { file: L, speaker: 'Ilona Perecz', cue: 'she said', quote: 'The warning was red, it was on time and it was received' },
    { file: L, speaker: 'Radomir Hálek', cue: 'he said', quote: 'We were told orange, orange, orange. Red came when the river was already in the streets' },
    { file: L, speaker: 'Jana Pollak', cue: 'she said', quote: 'It was quarter to four. I know because I looked at the clock and thought, who knocks at quarter to four?' },
    { file: L, speaker: 'Pavel Krish', cue: 'he said', quote: 'The water that reached Strovna was rain, not our reservoir' },
    { file: B, speaker: 'Dana Kovalik', cue: 'Dana Kovalik, a spokeswoman for Strovna Metro, told VRK News', quote: 'The station was closed at 05:00, the gates were locked and the platforms were checked' },
    { file: B, speaker: 'Oleg Tamasy', cue: 'he said', quote: 'Everything is gone: the fridges, the stock, the till' },
    { file: B, speaker: 'Hana Kalnis', cue: 'she said', quote: 'We had a man brought in who had held on to a lamp post for two hours. He could not open his hands' },
    { file: D, speaker: 'Boris Kandel', cue: 'Mr Kandel said', quote: 'No embankment built by human hands anywhere on this continent could have held that water' },
    { file: D, speaker: 'Tomas Brasko', cue: 'Sgt Brasko said', quote: 'It came down the escalators like a wall, brown and roaring' },
    { file: X, speaker: 'Radomir Hálek', cue: 'Halek told Marginalia', quote: 'If red had come on Sunday afternoon I would have emptied Tolvany by midnight' },
    { file: X, speaker: 'Jana Pollak', cue: 'said Jana Pollak', quote: 'Rain or river, the water is the same color on the carpet' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed by the flood: 14 according to the National Civil Protection Agency (NCPA), which counts only identified victims (repeated by the state-aligned paper); 19 according to Mayor Radomir Hálek (Halek), who counts five people found in cellars and an underpass in Tolvany that the agency has not added.',
      sides: [
        { file: W, quote: 'The National Civil Protection Agency (NCPA) said 14 people had died and eight were still missing.', value: '14', speaker: 'National Civil Protection Agency', camp: 'A' },
        { file: L, quote: 'The National Civil Protection Agency (NCPA) says 14 people have died.', value: '14', speaker: 'National Civil Protection Agency', camp: 'A' },
        { file: B, quote: 'The National Civil Protection Agency (NCPA) says 14 people have died and eight are missing.', value: '14', speaker: 'National Civil Protection Agency', camp: 'A' },
        { file: D, quote: 'The NCPA has confirmed that 14 people lost their lives.', value: '14', speaker: 'National Civil Protection Agency', camp: 'A' },
        { file: X, quote: 'The National Civil Protection Agency (NCPA) says 14, with eight missing.', value: '14', speaker: 'National Civil Protection Agency', camp: 'A' },
        { file: W, quote: 'The mayor of Strovna said on Tuesday that 19 people had died', value: '19', speaker: 'Radomir Hálek', camp: 'B' },
        { file: W, quote: 'I have signed 19 death notices with my own hand.', value: '19', speaker: 'Radomir Hálek', camp: 'B' },
        { file: L, quote: 'He says 19 people have died, not 14', value: '19', speaker: 'Radomir Hálek', camp: 'B' },
        { file: B, quote: 'Mayor Radomir Hálek says 19, and says the agency has left out five bodies', value: '19', speaker: 'Radomir Hálek', camp: 'B' },
        { file: D, quote: 'He has claimed that 19 people died', value: '19', speaker: 'Radomir Hálek', camp: 'B' },
        { file: X, quote: 'Mayor Radomir Halek says 19: his count includes five people found in cellars and an underpass', value: '19', speaker: 'Radomir Hálek', camp: 'B' },
      ],
    },
    {
      id: 'reservoir-release', level: 'core', kind: 'polarity',
      summary: 'Whether water was released from the Dubnik Reservoir in the night: Mayor Hálek says, on the word of dam workers he does not name, that Velkran Energy opened the floodgates at about 02:30 on Monday without warning the city; Velkran (its spokesman Pavel Krish) and the government, in the state-aligned paper, say no gate was opened and water passed only over the fixed spillway.',
      sides: [
        { file: W, quote: 'Someone opened those gates at half past two in the morning and did not pick up the phone to us', value: 'gates opened 02:30', speaker: 'Radomir Hálek', camp: 'A' },
        { file: L, quote: 'He also says workers at the Dubnik dam told the city that the gates were opened at about 02:30.', value: 'gates opened 02:30', speaker: 'Radomir Hálek', camp: 'A' },
        { file: B, quote: 'Mayor Hálek has accused Velkran Energy of releasing water from the Dubnik Reservoir in the night.', value: 'water released', speaker: 'Radomir Hálek', camp: 'A' },
        { file: X, quote: 'told City Hall its floodgates were opened at about 2:30 a.m. on Monday, without warning to anyone downstream', value: 'gates opened 02:30', speaker: 'Radomir Hálek', camp: 'A' },
        { file: W, quote: 'No gate at Dubnik was opened on Sunday night or on Monday.', value: 'no gate opened', speaker: 'Pavel Krish', camp: 'B' },
        { file: L, quote: 'Its spokesman, Pavel Krish, says no floodgate was opened at any point on Sunday night or this morning.', value: 'no gate opened', speaker: 'Pavel Krish', camp: 'B' },
        { file: B, quote: 'The company says no gate was opened.', value: 'no gate opened', speaker: 'Velkran Energy', camp: 'B' },
        { file: D, quote: 'has confirmed that it did not open any gate at the dam', value: 'no gate opened', speaker: 'Velkran Energy', camp: 'B' },
        { file: X, quote: 'says no gate was opened and water left the reservoir only over its fixed spillway', value: 'no gate opened', speaker: 'Velkran Energy', camp: 'B' },
      ],
    },
    {
      id: 'red-warning', level: 'core', kind: 'temporal',
      summary: 'When the red weather warning was issued to Strovna: at 16:00 on Sunday, according to the State Hydrometeorological Service (SHS) and its director Ilona Perecz, and the government (the state-aligned paper shows a copy stamped as received by City Hall at 16:12); not until 05:40 on Monday, after the river had burst, according to Mayor Hálek, who says the city worked on an orange warning.',
      sides: [
        { file: W, quote: 'The SHS said it had issued a red warning, its highest level, for Orlava Region at 4 p.m. on Sunday', value: 'Sunday 16:00', speaker: 'State Hydrometeorological Service', camp: 'A' },
        { file: L, quote: 'She says the service issued a red warning for Orlava Region at 16:00 yesterday, Sunday', value: 'Sunday 16:00', speaker: 'Ilona Perecz', camp: 'A' },
        { file: D, quote: 'The State Hydrometeorological Service (SHS) issued its red warning for Orlava Region at 16:00 on Sunday', value: 'Sunday 16:00', speaker: 'Boris Kandel', camp: 'A' },
        { file: X, quote: 'say a red warning for Orlava Region was issued at 4 p.m. on Sunday', value: 'Sunday 16:00', speaker: 'State Hydrometeorological Service', camp: 'A' },
        { file: W, quote: 'Halek said City Hall received no red warning until 5:40 a.m. on Monday', value: 'Monday 05:40', speaker: 'Radomir Hálek', camp: 'B' },
        { file: L, quote: 'the city did not receive a red warning from the weather service until 05:40 this morning', value: 'Monday 05:40', speaker: 'Radomir Hálek', camp: 'B' },
        { file: X, quote: 'Halek says the city got no red warning until 5:40 a.m. on Monday', value: 'Monday 05:40', speaker: 'Radomir Hálek', camp: 'B' },
      ],
    },
    {
      id: 'metro-closed', level: 'core', kind: 'status',
      summary: 'Whether Mostova (Mostová) metro station was closed before the flood reached it: closed at 05:00 and its platforms checked, according to Strovna Metro and its spokeswoman Dana Kovalik (repeated by the state-aligned paper); open, with trains still stopping after 06:00 and no announcement, according to the passenger Lucia Benková (Benkova) and a cleaner.',
      sides: [
        { file: W, quote: 'said it had closed Mostova station on Line 2 at 5 a.m. and cleared it of passengers well before the water reached the platforms', value: 'closed 05:00', speaker: 'Strovna Metro', camp: 'A' },
        { file: L, quote: 'Strovna Metro says it closed Mostová station at 05:00', value: 'closed 05:00', speaker: 'Strovna Metro', camp: 'A' },
        { file: B, quote: 'The station was closed at 05:00, the gates were locked and the platforms were checked', value: 'closed 05:00', speaker: 'Dana Kovalik', camp: 'A' },
        { file: D, quote: 'Strovna Metro closed Mostova station at 05:00 on Monday, an hour before the water arrived', value: 'closed 05:00', speaker: 'Strovna Metro', camp: 'A' },
        { file: X, quote: 'Strovna Metro says it closed the station at 5 a.m. and checked the platforms.', value: 'closed 05:00', speaker: 'Strovna Metro', camp: 'A' },
        { file: W, quote: 'said she went through the ticket barriers at Mostova shortly after 6 a.m. and that trains were still stopping there', value: 'open after 06:00', speaker: 'Lucia Benková', camp: 'B' },
        { file: L, quote: 'told us she saw a train pull in and leave while water was running down the stairs', value: 'open, trains running', speaker: 'Lucia Benková', camp: 'B' },
        { file: B, quote: 'Passengers say Mostova station was open and trains were running after 06:00 on Monday', value: 'open after 06:00', speaker: 'Lucia Benková', camp: 'B' },
        { file: B, quote: 'The ticket barriers were open, she said, and a Line 2 train pulled in while she was on the escalator.', value: 'open, trains running', speaker: 'Lucia Benková', camp: 'B' },
        { file: X, quote: 'Passengers say it was open after 6 a.m. and trains were stopping there.', value: 'open after 06:00', speaker: 'Lucia Benková', camp: 'B' },
      ],
    },
    {
      id: 'rainfall', level: 'secondary', kind: 'numeric',
      summary: 'Rain that fell on Strovna overnight from Sunday to Monday: 142 mm (some 140 mm) according to the State Hydrometeorological Service; more than 230 mm, "a once-in-500-years rain", according to Interior Minister Boris Kandel citing NCPA figures in the state-aligned paper.',
      sides: [
        { file: W, quote: 'said 142 millimeters of rain fell on Strovna between 6 p.m. on Sunday and 6 a.m. on Monday', value: '142 mm', speaker: 'State Hydrometeorological Service', camp: 'A' },
        { file: L, quote: 'She says 142 mm of rain fell on the city between 18:00 on Sunday and 06:00 today.', value: '142 mm', speaker: 'Ilona Perecz', camp: 'A' },
        { file: X, quote: 'says some 140 millimeters of rain fell on the city overnight', value: '~140 mm', speaker: 'State Hydrometeorological Service', camp: 'A' },
        { file: D, quote: 'More than 230 millimetres of rain fell on Strovna overnight from Sunday to Monday, the minister said', value: '>230 mm', speaker: 'Boris Kandel', camp: 'B' },
      ],
    },
    {
      id: 'homes-damaged', level: 'secondary', kind: 'numeric',
      summary: 'Homes damaged by the flood: about 1,800 according to the NCPA (repeated by the state-aligned paper); 4,200 according to City Hall. The explainer notes both say they counted homes with water inside.',
      sides: [
        { file: W, quote: 'The NCPA said about 1,800 homes had been damaged.', value: '~1,800', speaker: 'National Civil Protection Agency', camp: 'A' },
        { file: D, quote: 'About 1,800 homes were damaged, the NCPA said', value: '~1,800', speaker: 'National Civil Protection Agency', camp: 'A' },
        { file: X, quote: 'The NCPA says about 1,800 homes were damaged; City Hall says 4,200.', value: '~1,800', speaker: 'National Civil Protection Agency', camp: 'A' },
        { file: W, quote: 'City Hall put the figure at 4,200', value: '4,200', speaker: 'City Hall', camp: 'B' },
        { file: B, quote: 'City Hall says 4,200 homes were damaged in the two districts', value: '4,200', speaker: 'City Hall', camp: 'B' },
      ],
    },
    {
      id: 'banks-burst', level: 'secondary', kind: 'temporal',
      summary: 'When the Kerova came over the embankment in Tolvany: at about 03:45, according to residents (the live blog\'s Jana Pollak); at 05:20, according to the NCPA (repeated by the state-aligned paper). On the agency\'s time the metro closure came before the flood; on the residents\' it came more than an hour after.',
      sides: [
        { file: W, quote: 'said the Kerova came over the embankment at about 3:45 a.m., while most people were asleep', value: '03:45', speaker: 'residents of Tolvany', camp: 'A' },
        { file: L, quote: 'It was quarter to four.', value: '03:45', speaker: 'Jana Pollak', camp: 'A' },
        { file: X, quote: 'Residents of Tolvany say the water came over at about 3:45 a.m.', value: '03:45', speaker: 'residents of Tolvany', camp: 'A' },
        { file: W, quote: 'The NCPA has said the river broke its banks at 5:20 a.m.', value: '05:20', speaker: 'National Civil Protection Agency', camp: 'B' },
        { file: D, quote: 'the Kerova River broke over the embankment in Tolvani at 05:20 on Monday', value: '05:20', speaker: 'National Civil Protection Agency', camp: 'B' },
        { file: X, quote: 'The NCPA says 5:20 a.m.', value: '05:20', speaker: 'National Civil Protection Agency', camp: 'B' },
      ],
    },
    {
      id: 'escalators-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "It came down the escalators like a wall, brown and roaring" is credited to the passenger Lucia Benkova by the wire (and the explainer, which notes the misattribution) and to the NCPA rescuer Sgt Tomas Brasko by the state-aligned paper.',
      sides: [
        { file: W, quote: '"It came down the escalators like a wall, brown and roaring," Benkova told Sheerline.', speaker: 'Lucia Benková', camp: 'A' },
        { file: X, quote: 'was hers, in the Sheerline interview; Varkesia Forward later printed it as the words of a rescuer', speaker: 'Lucia Benková', camp: 'A' },
        { file: D, quote: '“It came down the escalators like a wall, brown and roaring,” Sgt Brasko said.', speaker: 'Tomas Brasko', camp: 'B' },
      ],
    },
    {
      id: 'boat-rescues-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the NCPA had 640 people rescued by boat, then corrected it to 460, the agency\'s figure, which the state-aligned paper also gives.',
      sides: [
        { file: L, quote: 'The NCPA says 640 people have been rescued by boat from roofs and upper floors in Tolvany and Dolna Brana.', value: '640', speaker: 'National Civil Protection Agency', camp: 'A' },
        { file: L, quote: 'Correction: in our 08:10 post we said 640 people had been rescued by boat. The NCPA’s figure is 460.', value: '460', speaker: 'The Strovna Lamp', camp: 'B' },
        { file: D, quote: 'who rescued 460 people from roofs and upper floors in Tolvani and Dolna Brana during the night', value: '460', speaker: 'National Civil Protection Agency', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'river-rise-rounded', kind: 'numeric',
      summary: 'The river rising 2.3 meters in less than three hours at the SHS gauge (wire) and "more than two metres in under three hours" (state-aligned paper) are one figure, rounded.',
      sides: [
        { file: W, quote: 'showed the water rising 2.3 meters in less than three hours', value: '2.3 m' },
        { file: D, quote: 'after its level rose by more than two metres in under three hours', value: '>2 m' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'At least nine dead on Monday morning (the NCPA, in the live blog) and 14 on Monday evening "up from nine in the morning" (the wire) is a toll that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'At least nine people have died, the National Civil Protection Agency says.', value: '>=9 (Monday morning)' },
        { file: W, quote: "The agency's toll rose to 14 on Monday evening, up from nine in the morning", value: '14 (Monday evening)' },
      ],
    },
    {
      id: 'station-part', kind: 'numeric',
      summary: 'The six bodies recovered from Mostova station (web story) are part of the NCPA\'s toll, not a rival count.',
      sides: [
        { file: B, quote: 'Six bodies have been recovered from Mostova station', value: '6 (in the station)' },
        { file: W, quote: 'Six of the dead were found in the station', value: '6 of the dead' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"criminal proceedings over negligence" (wire) and "a criminal investigation into possible negligence" (web story) describe the same step by the regional prosecutors in different words.',
      sides: [
        { file: W, quote: "The Orlava Regional Prosecutor's Office said it had opened criminal proceedings over negligence", value: 'criminal proceedings opened' },
        { file: B, quote: 'which launched a criminal investigation into possible negligence on Monday', value: 'criminal investigation launched' },
      ],
    },
    {
      id: 'evacuated-about', kind: 'numeric',
      summary: '"More than 2,800 residents" (wire) and "About 3,000 people" (web story) evacuated overnight from Tolvany and Dolna Brana are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 2,800 residents were evacuated from the two districts overnight.', value: '>2,800' },
        { file: B, quote: 'About 3,000 people were evacuated from Tolvany and Dolna Brana overnight', value: '~3,000' },
      ],
    },
    {
      id: 'claims-days', kind: 'numeric',
      summary: 'The AVI\'s 2,600 insurance claims by Tuesday afternoon (wire) and 5,100 by Thursday (explainer) are figures from different days.',
      sides: [
        { file: W, quote: 'said its members had received 2,600 claims by Tuesday afternoon', value: '2,600 (Tuesday)' },
        { file: X, quote: 'says members had received 5,100 claims by Thursday', value: '5,100 (Thursday)' },
      ],
    },
    {
      id: 'hospital-sets', kind: 'numeric',
      summary: 'More than 80 people treated at the two hospitals (wire) and 27 still in hospital on Tuesday (web story) are different sets.',
      sides: [
        { file: W, quote: 'Strovna University Hospital and Holy Cross Hospital treated more than 80 people', value: '>80 (treated)' },
        { file: B, quote: 'Strovna University Hospital said 27 people were still in hospital on Tuesday', value: '27 (still admitted)' },
      ],
    },
  ],
};
