// Hand-written gold source for the radioactive steam leak at Unit 2 of the Kalmeno Nuclear Power
// Plant, Marvessa (invented event, October 2026). build-gold.mjs turns it into ../gold/reactor-leak.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links), and the state-aligned paper is Markdown with YAML front matter.
// Site furniture, bylines, date and "Updated" lines, "Advertisement", "Read more" lines, the
// wire's reporting line, the source list and the bio are metadata (meta: 1-based line numbers);
// headlines, standfirsts, key points, image alt texts, captions and credits are counted text.
// Link URLs are in ignore.
const W = 'trunnion-wire.txt'; // Trunnion wire (Sunday 18 October), US style, straight quotes, writes Dorlani, Tesarova, Krystof Hala
const L = '337b20864df9a641.txt'; // The Teplin Bell live blog, newest first (Saturday 17 October, 05:50 to 21:10), UK style, curly quotes
const B = '6118fadffe8432a3.md'; // RVM News web story (Sunday 18 October, evening), UK style, curly quotes
const D = '6d08cd123bdebc67.md'; // state-aligned Marvessa Tomorrow (Monday 19 October), YAML front matter, UK style, curly quotes
const X = '9e7c5ac2531f7019.txt'; // The Spirit Level explainer in questions (Tuesday 20 October), US style, straight quotes, writes Dorlani, Tesarova, Blazek, Krystof Hala

export default {
  corpus: 'reactor-leak',
  note: 'Invented event written for the project: at about 02:50 on Saturday 17 October 2026 a tube ruptures inside a steam generator of Unit 2 of the Kalmeno Nuclear Power Plant, run by the state-owned Vestra Atom in Teplin Region of the fictional country of Marvessa (capital Mirovets), 6 km north of the town of Dorlany (Dorlani in the wire and the explainer); radioactive steam is vented through the turbine hall\'s relief valves for about 40 minutes. Five invented outlets: the Trunnion wire (Sunday), The Teplin Bell live blog, newest first (Saturday 05:50 to 21:10), the RVM News web story (Sunday), the state-aligned Marvessa Tomorrow (Monday) and The Spirit Level explainer (Tuesday); four files have random names. The operator Vestra Atom, its plant director Bohdan Yaremko and spokesman Oskar Lind, the regulator Atomic Safety Commission (ASC), the Ministry of the Environment and Environment Minister Pavel Kornat, the Halvonian Radiation Protection Agency (HRPA) of neighbouring Halvonia and its director Anneli Rautsen, Governor Miroslava Tesařová (Tesarova) of Teplin Region, Dorlany\'s mayor Radim Blažek (Blazek), the environmental group Green Current and its radiation specialist Kryštof Hála (Krystof Hala), the Atom Workers\' Union and its plant leader Marta Sedlak, and residents such as the teacher Lenka Horvatová disagree about the peak radiation at the fence (0.31 microsieverts per hour by the operator, 2.6 by Green Current), the workers exposed (four by the operator, 11 by the union), whether radioactivity left the site (no, by the operator, the regulator and the minister, against iodine-131 traces at the HRPA station in Kessby across the Ulda River), whether a shelter order was issued for Dorlany (ordered by the governor, against "never a formal order, only a recommendation" by the minister), when the reactor was shut down (automatically at 03:05 by the operator, by hand at 09:40 by the union), whether iodine tablets were handed out (to more than 600 families, by the mayor, against no distribution, by the ministry), when Halvonia was informed (08:15 Saturday by the ministry, 07:50 Sunday by the HRPA) and who said "There was never any danger to anyone outside the fence" (the plant director in the wire, the minister in the state-aligned paper); the live blog corrects its own count of workers taken to hospital (seven, then three). 0.31 microsieverts and 310 nanosieverts per hour are one reading in two units; 11.6 tonnes and "about 12 tonnes" of steam are one figure rounded; 140 residents screened on Saturday and 460 by Sunday evening "up from 140" is an update reported as such; a town of about 9,000 and 2,300 people within 5 km are different sets; 1,800 employees and some 170 on the night shift are whole and part; "Level 1" and an "anomaly", the lowest rung of the scale, are synonyms; "More than 300" and "About 350" protesters agree. "Marvessan" and "Halvonian" (alone) are demonyms; "Halvonia" is not a mention inside Halvonian Radiation Protection Agency; "Teplin" inside Teplin Region and The Teplin Bell and "Marvessa" inside Marvessa Tomorrow are nested; "Unit 1" and "Unit 2" are reactor designations, not actors, and are ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 41],
    [L]: [1, 2, 3, 4, 10, 11, 32, 63, 68, 69, 71],
    [B]: [1, 7, 9, 21, 41, 53, 54, 55],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 61, 62, 63, 64, 65, 67],
  },

  actors: [
    // places
    { id: 'marvessa', name: 'Marvessa', type: 'place', forms: ['Marvessa'], note: 'the country; "Marvessan" is a demonym; nested in Marvessa Tomorrow; used for its government ("nobody in Marvessa has contacted") it stays a place' },
    { id: 'mirovets', name: 'Mirovets', type: 'place', forms: ['Mirovets', 'MIROVETS'], note: 'the capital (dateline in capitals in the state-aligned paper)' },
    { id: 'halvonia', name: 'Halvonia', type: 'place', forms: ['Halvonia'], note: 'the neighbouring country; "Halvonian" is a demonym ("Halvonian radio"); used for its government it stays a place' },
    { id: 'teplin-region', name: 'Teplin Region', type: 'place', forms: ['Teplin Region'], note: 'the region of the plant; "the region" is nominal' },
    { id: 'teplin', name: 'Teplin', type: 'place', forms: ['Teplin'], note: 'the regional city with the hospital; nested in Teplin Region and The Teplin Bell' },
    { id: 'dorlany', name: 'Dorlany', type: 'place', forms: ['Dorlany', 'Dorlani', 'DORLANI'], note: 'the town nearest the plant (Dorlani in the wire and the explainer; dateline in capitals); "the town" is nominal' },
    { id: 'kessby', name: 'Kessby', type: 'place', forms: ['Kessby'], note: 'site of the HRPA monitoring station in Halvonia' },
    { id: 'ulda', name: 'Ulda River', type: 'place', forms: ['Ulda River'], note: 'the border river' },
    { id: 'kalmeno', name: 'Kalmeno Nuclear Power Plant', type: 'place', forms: ['Kalmeno Nuclear Power Plant', 'Kalmeno'], note: 'the plant (a named facility); "Kalmeno nuclear plant", "the Kalmeno plant" hold mentions of "Kalmeno"; "the plant" is nominal' },
    // organizations
    { id: 'vestra', name: 'Vestra Atom', type: 'organization', forms: ['Vestra Atom'], note: 'the state-owned operator; "the operator", "the company" are nominal' },
    { id: 'asc', name: 'Atomic Safety Commission', type: 'organization', forms: ['Atomic Safety Commission', 'ASC'], note: 'the nuclear regulator, defined as (ASC); "the regulator" is nominal' },
    { id: 'environment', name: 'Ministry of the Environment', type: 'organization', forms: ['Ministry of the Environment', 'Environment Ministry'], note: '"the ministry" is nominal; "the environment ministry" (lowercase) is not a form' },
    { id: 'hrpa', name: 'Halvonian Radiation Protection Agency', type: 'organization', forms: ['Halvonian Radiation Protection Agency', 'HRPA'], note: 'the neighbouring country\'s radiation agency, defined as (HRPA); "the agency" is nominal' },
    { id: 'green-current', name: 'Green Current', type: 'organization', forms: ['Green Current'], note: 'the environmental group; "the group" is nominal' },
    { id: 'union', name: 'Atom Workers\' Union', type: 'organization', forms: ['Atom Workers\' Union', 'Atom Workers’ Union'], note: 'the plant workers\' union (straight or curly apostrophe); "the union" is nominal' },
    { id: 'assembly', name: 'National Assembly', type: 'organization', forms: ['National Assembly'], note: 'the parliament, in the state-aligned paper ("the National Assembly’s energy committee")' },
    { id: 'trunnion', name: 'Trunnion', type: 'organization', forms: ['Trunnion'], note: 'the wire agency: the dateline "(Trunnion)" is a mention; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'bell', name: 'The Teplin Bell', type: 'organization', forms: ['The Teplin Bell'], note: 'the regional paper running the live blog: its photo credit is a mention; its site-name line and the source list are metadata' },
    { id: 'rvm', name: 'RVM News', type: 'organization', forms: ['RVM News'], note: 'the web news site, named in its own text and photo credit (reused by the explainer); its breadcrumb line is metadata' },
    { id: 'spirit-level', name: 'The Spirit Level', type: 'organization', forms: ['The Spirit Level'], note: 'the explainer\'s site: "when The Spirit Level asked" is a mention; its site-name line and the bio are metadata' },
    // people
    { id: 'yaremko', name: 'Bohdan Yaremko', type: 'person', forms: ['Bohdan Yaremko'], note: 'director of the plant, in the wire' },
    { id: 'lind', name: 'Oskar Lind', type: 'person', forms: ['Oskar Lind'], note: 'Vestra Atom spokesman, in the web story' },
    { id: 'kornat', name: 'Pavel Kornat', type: 'person', forms: ['Pavel Kornat', 'Kornat'], note: 'Environment Minister; the title is outside the span; "Mr Kornat" -> "Kornat"; "the minister" is nominal' },
    { id: 'rautsen', name: 'Anneli Rautsen', type: 'person', forms: ['Anneli Rautsen'], note: 'director of the HRPA' },
    { id: 'tesarova', name: 'Miroslava Tesařová', type: 'person', forms: ['Miroslava Tesařová', 'Miroslava Tesarova'], note: 'governor of Teplin Region (Tesarova in the wire and the explainer); "Governor" is outside the span; "the governor" is nominal' },
    { id: 'blazek', name: 'Radim Blažek', type: 'person', forms: ['Radim Blažek', 'Radim Blazek'], note: 'mayor of Dorlany (Blazek in the explainer); "the mayor" is nominal' },
    { id: 'hala', name: 'Kryštof Hála', type: 'person', forms: ['Kryštof Hála', 'Krystof Hala'], note: 'Green Current\'s radiation specialist (Krystof Hala in the wire and the explainer)' },
    { id: 'sedlak', name: 'Marta Sedlak', type: 'person', forms: ['Marta Sedlak', 'Sedlak'], note: 'leader of the Atom Workers\' Union at the plant; "Ms Sedlak" -> "Sedlak"' },
    { id: 'horvatova', name: 'Lenka Horvatová', type: 'person', forms: ['Lenka Horvatová'], note: 'a teacher in Dorlany, in the live blog' },
    { id: 'moravec', name: 'Filip Moravec', type: 'person', forms: ['Filip Moravec'], note: 'The Teplin Bell reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'greco', name: 'Tomas Greco', type: 'person', forms: ['Tomas Greco'], note: 'RVM News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bUnit [12]\\b', why: 'designation of a reactor unit, not a named actor' },
    { pattern: "\\b[Tt]he (?:ministry|minister|company|operator|regulator|union|group|agency|plant|town(?! hall)|region|governor|mayor|government|country|capital|environment ministry)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Bohdan Yaremko', cue: 'told reporters at the plant gate', quote: 'There was never any danger to anyone outside the fence' },
    { file: W, speaker: 'Kryštof Hála', cue: 'said Krystof Hala', quote: 'That is not a fluctuation. That is a plume' },
    { file: W, speaker: 'Anneli Rautsen', cue: 'said Anneli Rautsen', quote: 'We are not alarmed by the level. We are alarmed by the fact that we found it before anyone told us' },
    { file: W, speaker: 'Marta Sedlak', cue: 'Sedlak said', quote: 'Those six hours are the story' },
    { file: L, speaker: 'Anneli Rautsen', cue: 'she told Halvonian radio', quote: 'We learned about a leak at our neighbour’s reactor from our own filters' },
    { file: L, speaker: 'Lenka Horvatová', cue: 'she said', quote: 'I don’t know who to believe, so I took the tablets' },
    { file: L, speaker: 'Miroslava Tesařová', cue: 'she said in a video message', quote: 'This is an order, and it applies to every household in the town' },
    { file: L, speaker: 'Kryštof Hála', cue: 'its radiation specialist, said', quote: 'The company’s own figure is a tenth of that. One of us is wrong, and we have the reading on camera.' },
    { file: B, speaker: 'Anneli Rautsen', cue: 'told RVM News by phone', quote: 'The first official message reached us at 07:50 on Sunday' },
    { file: B, speaker: 'Marta Sedlak', cue: 'Ms Sedlak said', quote: 'My members were in that hall for six hours. They know when the reactor stopped' },
    { file: B, speaker: 'Oskar Lind', cue: 'said a spokesman, Oskar Lind', quote: 'The log has been handed to the regulator, and the regulator will publish its findings' },
    { file: D, speaker: 'Pavel Kornat', cue: 'Mr Kornat told the National Assembly’s energy committee', quote: 'There was never any danger to anyone outside the fence' },
    { file: D, speaker: 'Pavel Kornat', cue: 'Mr Kornat said', quote: 'There was no distribution of iodine in Dorlany, because there was no iodine to protect anyone from' },
    { file: D, speaker: 'Pavel Kornat', cue: 'he said', quote: 'A hand-held device bought on the internet is not a monitoring network' },
    { file: X, speaker: 'Kryštof Hála', cue: 'said Krystof Hala', quote: 'A Level 1 is not a reason to panic, and it is not a reason to stop asking questions' },
  ],

  contradictions: [
    {
      id: 'fence-reading', level: 'core', kind: 'numeric',
      summary: 'The peak radiation level at the plant\'s perimeter fence on Saturday: 0.31 microsieverts per hour (310 nanosieverts per hour in the state-aligned paper), according to the operator Vestra Atom (the same reading as the 310 nanosieverts per hour of the state-aligned paper, left to the look-alike units-same-reading); 2.6 microsieverts per hour at the northern fence at 06:30, according to the environmental group Green Current, whose volunteer filmed the meter.',
      sides: [
        { file: W, quote: 'Vestra Atom said the highest reading at the perimeter fence was 0.31 microsieverts per hour', value: '0.31 µSv/h', speaker: 'Vestra Atom', camp: 'A' },
        { file: L, quote: 'Vestra Atom says the highest reading at the fence was 0.31 microsieverts per hour.', value: '0.31 µSv/h', speaker: 'Vestra Atom', camp: 'A' },
        { file: X, quote: 'Vestra Atom says the peak at the perimeter fence was 0.31 microsieverts per hour.', value: '0.31 µSv/h', speaker: 'Vestra Atom', camp: 'A' },
        { file: W, quote: 'said one of its volunteers measured 2.6 microsieverts per hour at the northern fence', value: '2.6 µSv/h', speaker: 'Green Current', camp: 'B' },
        { file: L, quote: 'Green Current says it measured 2.6.', value: '2.6 µSv/h', speaker: 'Green Current', camp: 'B' },
        { file: L, quote: 'says one of its volunteers recorded 2.6 microsieverts per hour at the northern fence of the plant', value: '2.6 µSv/h', speaker: 'Green Current', camp: 'B' },
        { file: B, quote: 'whose volunteers recorded 2.6 microsieverts per hour at the plant’s northern fence', value: '2.6 µSv/h', speaker: 'Green Current', camp: 'B' },
        { file: D, quote: 'whose volunteers claimed a reading at the plant fence almost ten times the official figure', value: '~10× official', speaker: 'Green Current', camp: 'B' },
        { file: X, quote: 'says its volunteer measured 2.6 microsieverts per hour at the northern fence', value: '2.6 µSv/h', speaker: 'Green Current', camp: 'B' },
      ],
    },
    {
      id: 'workers-exposed', level: 'core', kind: 'numeric',
      summary: 'Workers exposed to radiation while isolating the damaged steam generator: four with doses above the daily limit, according to Vestra Atom (and the state-aligned paper); 11, including contract staff left off the company\'s list, according to the Atom Workers\' Union and its plant leader Marta Sedlak.',
      sides: [
        { file: W, quote: 'Vestra Atom said four workers had received doses above the daily limit', value: '4', speaker: 'Vestra Atom', camp: 'A' },
        { file: L, quote: 'Vestra Atom has said four.', value: '4', speaker: 'Vestra Atom', camp: 'A' },
        { file: B, quote: 'against the company’s figure of four', value: '4', speaker: 'Vestra Atom', camp: 'A' },
        { file: D, quote: 'Four workers received doses above the daily limit', value: '4', speaker: 'Vestra Atom', camp: 'A' },
        { file: X, quote: 'Four, according to Vestra Atom.', value: '4', speaker: 'Vestra Atom', camp: 'A' },
        { file: W, quote: 'said 11 workers had been exposed, including contract staff', value: '11', speaker: 'Marta Sedlak', camp: 'B' },
        { file: L, quote: 'The Atom Workers’ Union says 11 of its members and contract workers were exposed to radiation', value: '11', speaker: 'Atom Workers\' Union', camp: 'B' },
        { file: B, quote: 'The union says 11 workers were exposed', value: '11', speaker: 'Atom Workers\' Union', camp: 'B' },
        { file: X, quote: 'Eleven, according to union leader Marta Sedlak, who counts contract staff.', value: '11', speaker: 'Marta Sedlak', camp: 'B' },
      ],
    },
    {
      id: 'left-site', level: 'core', kind: 'polarity',
      summary: 'Whether radioactivity left the plant site: no, according to Vestra Atom, the Atomic Safety Commission (ASC) and Environment Minister Pavel Kornat; the Halvonian Radiation Protection Agency (HRPA) says its station at Kessby, across the Ulda River, caught iodine-131 on Saturday afternoon, with timing and wind pointing to Kalmeno (the ministry says the traces could be medical).',
      sides: [
        { file: W, quote: 'both said no radioactive material had left the site', value: 'no release', speaker: 'Atomic Safety Commission', camp: 'A' },
        { file: L, quote: '“no radioactive substance has left the site of the plant”', value: 'no release', speaker: 'Pavel Kornat', camp: 'A' },
        { file: B, quote: 'says no radioactive material left the site', value: 'no release', speaker: 'Atomic Safety Commission', camp: 'A' },
        { file: D, quote: 'Both the ASC and the company have confirmed that no radioactive material left the site.', value: 'no release', speaker: 'Atomic Safety Commission', camp: 'A' },
        { file: X, quote: 'The operator and the Atomic Safety Commission (ASC), the regulator, say no.', value: 'no release', speaker: 'Atomic Safety Commission', camp: 'A' },
        { file: W, quote: 'showed traces of iodine-131 on Saturday afternoon', value: 'iodine-131 abroad', speaker: 'Halvonian Radiation Protection Agency', camp: 'B' },
        { file: L, quote: 'says it has found traces of iodine-131 in air filters at Kessby, across the Ulda River', value: 'iodine-131 abroad', speaker: 'Halvonian Radiation Protection Agency', camp: 'B' },
        { file: B, quote: 'after its own instruments had detected iodine-131 across the border', value: 'iodine-131 abroad', speaker: 'Halvonian Radiation Protection Agency', camp: 'B' },
        { file: X, quote: 'caught traces of iodine-131 on Saturday afternoon, and that the timing and wind direction point to Kalmeno', value: 'iodine-131 from Kalmeno', speaker: 'Halvonian Radiation Protection Agency', camp: 'B' },
      ],
    },
    {
      id: 'shelter-order', level: 'core', kind: 'status',
      summary: 'Whether Dorlany (Dorlani) was under a shelter order: Governor Miroslava Tesařová (Tesarova) says she ordered every household to stay indoors on Saturday morning and lifted the order at noon on Sunday; Environment Minister Pavel Kornat and his ministry (and the state-aligned paper) say no shelter or evacuation order was ever issued, only advice to keep windows closed.',
      sides: [
        { file: W, quote: 'said she had ordered residents on Saturday morning to stay indoors and keep windows closed', value: 'order issued', speaker: 'Miroslava Tesařová', camp: 'A' },
        { file: L, quote: 'Governor Miroslava Tesařová has ordered the people of Dorlany to stay indoors', value: 'order issued', speaker: 'Miroslava Tesařová', camp: 'A' },
        { file: L, quote: 'This is an order, and it applies to every household in the town', value: 'order issued', speaker: 'Miroslava Tesařová', camp: 'A' },
        { file: B, quote: 'who on Saturday ordered the town’s residents to stay indoors, lifted that order at noon on Sunday', value: 'order issued, lifted Sunday', speaker: 'Miroslava Tesařová', camp: 'A' },
        { file: X, quote: 'says she ordered residents to stay indoors on Saturday morning, and lifted the order at noon on Sunday', value: 'order issued, lifted Sunday', speaker: 'Miroslava Tesařová', camp: 'A' },
        { file: W, quote: 'said later that no shelter order had been issued', value: 'no order', speaker: 'Pavel Kornat', camp: 'B' },
        { file: B, quote: 'Environment Minister Pavel Kornat has said there was never a formal order, only a recommendation.', value: 'no order', speaker: 'Pavel Kornat', camp: 'B' },
        { file: D, quote: 'No shelter or evacuation order was issued at any point, the ministry said.', value: 'no order', speaker: 'Ministry of the Environment', camp: 'B' },
        { file: X, quote: 'The Environment Ministry says no shelter order was ever issued, only advice to keep windows closed.', value: 'no order', speaker: 'Ministry of the Environment', camp: 'B' },
      ],
    },
    {
      id: 'shutdown-time', level: 'secondary', kind: 'temporal',
      summary: 'When Unit 2 was shut down: automatically at 03:05, 15 minutes after the leak began, according to Vestra Atom (and the state-aligned paper); by hand at 09:40, after operators were told to keep it running at reduced power, according to the Atom Workers\' Union and Marta Sedlak.',
      sides: [
        { file: W, quote: 'Vestra Atom said the reactor shut down automatically at 3:05 a.m.', value: '03:05', speaker: 'Vestra Atom', camp: 'A' },
        { file: L, quote: 'Vestra Atom says Unit 2 shut itself down automatically at 03:05', value: '03:05', speaker: 'Vestra Atom', camp: 'A' },
        { file: B, quote: 'the reactor shut down automatically at 03:05', value: '03:05', speaker: 'Vestra Atom', camp: 'A' },
        { file: D, quote: 'Unit 2 shut down automatically at 03:05 on Saturday', value: '03:05', speaker: 'Vestra Atom', camp: 'A' },
        { file: X, quote: 'Vestra Atom says Unit 2 shut down automatically at 3:05 a.m.', value: '03:05', speaker: 'Vestra Atom', camp: 'A' },
        { file: W, quote: 'shut it down by hand at 9:40 a.m.', value: '09:40', speaker: 'Atom Workers\' Union', camp: 'B' },
        { file: B, quote: 'the reactor was only shut down by hand at 09:40', value: '09:40', speaker: 'Atom Workers\' Union', camp: 'B' },
        { file: X, quote: 'shut down by hand at 9:40 a.m.', value: '09:40', speaker: 'Atom Workers\' Union', camp: 'B' },
      ],
    },
    {
      id: 'halvonia-informed', level: 'secondary', kind: 'temporal',
      summary: 'When Halvonia was told of the leak: at 08:15 on Saturday through the regional emergency channel, according to Marvessa\'s Ministry of the Environment (and the state-aligned paper, which calls the contrary "simply untrue"); at 07:50 on Sunday, after its own filters had found iodine, according to the HRPA and its director Anneli Rautsen, who said on Saturday evening nobody had contacted her agency.',
      sides: [
        { file: W, quote: 'said it had informed Halvonia through the regional emergency channel at 8:15 a.m. on Saturday', value: 'Saturday 08:15', speaker: 'Ministry of the Environment', camp: 'A' },
        { file: B, quote: 'insists it notified Halvonia through the regional emergency channel at 08:15 on Saturday', value: 'Saturday 08:15', speaker: 'Ministry of the Environment', camp: 'A' },
        { file: D, quote: 'Halvonia had been informed through the regional emergency channel at 08:15 on Saturday', value: 'Saturday 08:15', speaker: 'Ministry of the Environment', camp: 'A' },
        { file: X, quote: 'notified Halvonia at 8:15 a.m. on Saturday', value: 'Saturday 08:15', speaker: 'Ministry of the Environment', camp: 'A' },
        { file: W, quote: 'She said Halvonia received its first official notice from Marvessa on Sunday morning.', value: 'Sunday morning', speaker: 'Anneli Rautsen', camp: 'B' },
        { file: L, quote: 'says nobody in Marvessa has contacted her agency today', value: 'not on Saturday', speaker: 'Anneli Rautsen', camp: 'B' },
        { file: B, quote: 'The first official message reached us at 07:50 on Sunday', value: 'Sunday 07:50', speaker: 'Anneli Rautsen', camp: 'B' },
        { file: X, quote: 'The HRPA says the first official notice arrived at 7:50 a.m. on Sunday', value: 'Sunday 07:50', speaker: 'Halvonian Radiation Protection Agency', camp: 'B' },
      ],
    },
    {
      id: 'iodine-tablets', level: 'secondary', kind: 'polarity',
      summary: 'Whether iodine tablets were handed out in Dorlany: yes, to more than 600 families at the town\'s sports hall on Saturday, according to the mayor Radim Blažek (Blazek) and residents; no distribution took place because none was needed, according to the Ministry of the Environment and Environment Minister Pavel Kornat.',
      sides: [
        { file: L, quote: 'says iodine tablets are being handed out at the town’s sports hall', value: 'handed out', speaker: 'Radim Blažek', camp: 'A' },
        { file: B, quote: 'staff had handed out iodine tablets to more than 600 families', value: 'handed out', speaker: 'Radim Blažek', camp: 'A' },
        { file: X, quote: 'says his staff gave tablets to more than 600 families at the sports hall on Saturday', value: 'handed out', speaker: 'Radim Blažek', camp: 'A' },
        { file: B, quote: 'The Ministry of the Environment said no iodine tablets had been distributed.', value: 'none', speaker: 'Ministry of the Environment', camp: 'B' },
        { file: D, quote: 'Nor were iodine tablets distributed.', value: 'none', speaker: 'Ministry of the Environment', camp: 'B' },
        { file: D, quote: 'There was no distribution of iodine in Dorlany', value: 'none', speaker: 'Pavel Kornat', camp: 'B' },
        { file: X, quote: 'The ministry says "no distribution took place."', value: 'none', speaker: 'Ministry of the Environment', camp: 'B' },
      ],
    },
    {
      id: 'never-danger-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "There was never any danger to anyone outside the fence" is credited to the plant\'s director Bohdan Yaremko, at the plant gate, by the wire and to Environment Minister Pavel Kornat, before a parliamentary committee, by the state-aligned paper.',
      sides: [
        { file: W, quote: '"There was never any danger to anyone outside the fence," the plant\'s director, Bohdan Yaremko, told reporters', speaker: 'Bohdan Yaremko', camp: 'A' },
        { file: D, quote: '“There was never any danger to anyone outside the fence,” Mr Kornat told the National Assembly’s energy committee.', speaker: 'Pavel Kornat', camp: 'B' },
      ],
    },
    {
      id: 'hospital-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said seven workers had been taken to hospital (citing a source at the plant), then corrected it to three, Vestra Atom\'s figure; the state-aligned paper and the explainer also say three.',
      sides: [
        { file: L, quote: 'Seven workers have been taken to hospital, according to a source at the plant.', value: '7', speaker: 'a source at the plant', camp: 'A' },
        { file: L, quote: 'Vestra Atom says three workers were taken to the regional hospital in Teplin for checks.', value: '3', speaker: 'Vestra Atom', camp: 'B' },
        { file: X, quote: 'Three workers were taken to the hospital in Teplin for checks', value: '3', speaker: 'The Spirit Level', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'units-same-reading', kind: 'numeric',
      summary: '0.31 microsieverts per hour (wire) and 310 nanosieverts per hour (state-aligned paper) are the same reading by Vestra Atom in two units.',
      sides: [
        { file: W, quote: 'the highest reading at the perimeter fence was 0.31 microsieverts per hour, about three times the normal background level', value: '0.31 µSv/h' },
        { file: D, quote: 'The highest level recorded at the plant’s perimeter fence was 310 nanosieverts per hour', value: '310 nSv/h' },
      ],
    },
    {
      id: 'steam-rounded', kind: 'numeric',
      summary: '11.6 tonnes of steam (the ASC, in the web story) and "about 12 tonnes" (explainer) are one figure, rounded.',
      sides: [
        { file: B, quote: 'The Atomic Safety Commission (ASC) says 11.6 tonnes of steam escaped.', value: '11.6 t' },
        { file: X, quote: 'about 12 tonnes of steam were vented to the air', value: '~12 t' },
      ],
    },
    {
      id: 'screened-updated', kind: 'numeric',
      summary: 'About 140 residents screened on Saturday (live blog) and 460 by Sunday evening "up from 140 on Saturday" (state-aligned paper) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'About 140 residents have been screened for contamination at a mobile unit outside the town hall.', value: '140 (Saturday)' },
        { file: D, quote: 'By Sunday evening 460 residents had been screened for contamination at a mobile unit outside the town hall, up from 140 on Saturday', value: '460 (Sunday)' },
      ],
    },
    {
      id: 'population-sets', kind: 'numeric',
      summary: 'A town of about 9,000 people (Dorlany) and some 2,300 people living within 5 km of the plant are different sets, not rival counts.',
      sides: [
        { file: W, quote: 'a town of about 9,000 people 6 km from the plant', value: '9,000 (Dorlany)' },
        { file: X, quote: 'Some 2,300 people live within 5 km of the plant', value: '2,300 (within 5 km)' },
      ],
    },
    {
      id: 'staff-part', kind: 'numeric',
      summary: 'The plant\'s 1,800 employees (wire) and the some 170 on the night shift when the leak began (state-aligned paper) are whole and part.',
      sides: [
        { file: W, quote: 'The plant employs 1,800 people', value: '1,800 (all staff)' },
        { file: D, quote: 'some 170 of whom were on the night shift when the leak began', value: '170 (night shift)' },
      ],
    },
    {
      id: 'level-synonyms', kind: 'status',
      summary: '"Level 1 on the seven-level international scale" (wire) and an "anomaly", the lowest rung of the seven-level international scale (state-aligned paper), are the same provisional rating by the ASC in different words.',
      sides: [
        { file: W, quote: 'The ASC provisionally rated the incident Level 1 on the seven-level international scale', value: 'Level 1' },
        { file: D, quote: 'has been classified by the ASC as an “anomaly”, the lowest rung of the seven-level international scale', value: 'anomaly (lowest rung)' },
      ],
    },
    {
      id: 'protest-about-more-than', kind: 'numeric',
      summary: '"More than 300 people" (wire) and "About 350 residents" (web story) outside Dorlany\'s town hall on Sunday afternoon are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 300 people gathered outside the town hall on Sunday afternoon', value: '>300' },
        { file: B, quote: 'About 350 residents gathered outside the town hall on Sunday afternoon', value: '~350' },
      ],
    },
  ],
};
