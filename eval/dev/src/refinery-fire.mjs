// Hand-written gold source for the explosions and fire at Ozvaran Refinery, Tazaria
// (invented event, October 2027). build-gold.mjs turns it into ../gold/refinery-fire.json.
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
const W = 'outrigger-wire.txt'; // Outrigger wire (Thursday 21 October), US style, straight quotes, writes Bekturdiev, Aydin, Gulnar, Yelbasti, "Oil Refinery Workers Union"
const L = '69d233f36243717a.txt'; // The Ozvaran Current live blog, newest first (Wednesday 20 October 01:52 to Thursday 21 October 18:30), UK style, curly quotes
const B = '8d710ebae3531bc4.md'; // TZL News web story (Thursday 21 October, evening), UK style, curly quotes
const D = '64faee69787ebf01.md'; // state-aligned Tazaria Unity (Friday 22 October), YAML front matter, UK style, curly quotes, writes PetroTaz
const X = '96eb98361b8d3619.txt'; // The Bellows explainer in questions (Saturday 23 October), US style, straight quotes, writes Bekturdiev, Aydin, Yelbasti

export default {
  corpus: 'refinery-fire',
  note: 'Invented event written for the project: early on Wednesday 20 October 2027 explosions and a fire wreck Ozvaran Refinery, owned by the state oil company Petrotaz (PetroTaz in the state-aligned paper), on the northern edge of the port city of Ozvaran in the fictional country of Tazaria (capital Almerat); the blasts start in the crude distillation unit and spread fire to naphtha tanks in the eastern tank farm, next to the district of Yelbastı (Yelbasti in the wire and the explainer). Five invented outlets: the Outrigger wire (Thursday), The Ozvaran Current live blog, newest first (Wednesday 01:52 to Thursday 18:30), the TZL News web story (Thursday evening), the state-aligned Tazaria Unity (Friday) and The Bellows explainer (Saturday); four files have random names. Interior Minister Kamran Bekturdiyev (Bekturdiev in the wire and the explainer) and the Interior Ministry, Petrotaz, its chief executive Aydın Toprakov (Aydin in the wire and the explainer) and its spokeswoman Gülnar Sabitova (Gulnar in the wire), the State Fire and Rescue Service (SFRS) and its Ozvaran commander Col Ravil Tegizbayev, the Oil Refinery Workers\' Union (ORWU; "Workers Union" without apostrophe in the wire) and its chair Nazira Temirkhan, the night-shift pump operator Yusuf Aldanov, Ozvaran Central Hospital and its chief doctor Leyla Ordubay, the environmental group Breathe Ozvaran and its coordinator Dilara Yenisoy, the Industrial Safety Directorate (ISD) and its spokesman Bakhyt Ormanov, Mayor Arif Kazimbek and City Hall, and residents (Elmira Sarvarova, Oktay Nurbek, Gulshan Akhmedli) disagree about the dead (nine by the ministry and the company, 14 by the union and a morgue register), the cause (sabotage of a valve by the separatist Sabla Front, by the minister and the company, against a valve that had leaked for weeks and been reported, by the workers and the union), whether Yelbastı was ordered to evacuate at 03:30 (City Hall, the ministry) or told to stay indoors (residents, a 02:58 text alert), whether the fire is out (declared "completely extinguished" by the ministry on Thursday at 09:00; one naphtha tank still burning, by the SFRS commander), the fuel stored (about 38,000 tonnes by Petrotaz, about 110,000 by Breathe Ozvaran from the company\'s port filings), the time of the first explosion (02:40 by Petrotaz, shortly after 01:10 by residents and the live blog\'s readers), whether the refinery\'s safety certificate was valid (renewed in March, by Petrotaz; expired on 30 June, by the ISD register and its spokesman) and who said "Whoever lit this fire will answer for every life it took" (the minister in the wire and the live blog, the chief executive in the state-aligned paper); the live blog corrects its own count of the injured (63, then 36: transposed digits). 214 firefighters and "some 210 firefighters" are one figure rounded; the toll of six on Wednesday morning and nine on Wednesday evening "up from six" is an update reported as such; the 36 injured and the about 170 residents seen at outpatient clinics for breathing problems are different sets; the 21 injured taken in by Ozvaran Central Hospital are part of the 36; "a criminal case under the terrorism article" and "treating the fire as an act of terrorism" are synonyms; "More than 300 workers" and "About 350 workers" at the gate agree; 19 injured in hospital on Thursday and 11 on Friday are different days\' figures. "Tazarian" is a demonym; "Ozvaran" inside Ozvaran Refinery, Ozvaran Central Hospital, Ozvaran Sports Palace, Breathe Ozvaran and The Ozvaran Current, "Tazaria" inside Tazaria Unity and "Sabla" inside Sabla Front are nested; "Petrotaz-branded" in the live blog is a name glued into a modifier and is ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 57],
    [L]: [1, 2, 3, 4, 10, 11, 60, 91, 92, 94],
    [B]: [1, 7, 9, 21, 55, 75, 76, 77],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 65, 66, 67, 68, 69, 71],
  },

  actors: [
    // places
    { id: 'tazaria', name: 'Tazaria', type: 'place', forms: ['Tazaria'], note: 'the country; "Tazarian" is a demonym; nested in Tazaria Unity; "the country" is nominal' },
    { id: 'almerat', name: 'Almerat', type: 'place', forms: ['Almerat'], note: 'the capital; "the capital" is nominal' },
    { id: 'ozvaran', name: 'Ozvaran', type: 'place', forms: ['Ozvaran', 'OZVARAN'], note: 'the port city (datelines in capitals); nested in Ozvaran Refinery, Ozvaran Central Hospital, Ozvaran Sports Palace, Breathe Ozvaran and The Ozvaran Current; "the city" is nominal' },
    { id: 'yelbasti', name: 'Yelbastı', type: 'place', forms: ['Yelbastı', 'Yelbasti'], note: 'the district along the refinery fence (Yelbasti in the wire and the explainer); "the district" is nominal' },
    { id: 'refinery', name: 'Ozvaran Refinery', type: 'place', forms: ['Ozvaran Refinery'], note: 'the refinery, a named facility; the city inside it is nested; "the refinery", "the plant", "the site" are nominal' },
    { id: 'sports-palace', name: 'Ozvaran Sports Palace', type: 'place', forms: ['Ozvaran Sports Palace'], note: 'the sports hall where evacuated residents sleep; lowercase "the city\'s sports palace" in the explainer is no name' },
    { id: 'refinery-road', name: 'Refinery Road', type: 'place', forms: ['Refinery Road'], note: 'the road to the refinery gate' },
    { id: 'lighthouse-hill', name: 'Lighthouse Hill', type: 'place', forms: ['Lighthouse Hill'], note: 'the cemetery hill, in the state-aligned paper' },
    { id: 'sabla', name: 'Sabla', type: 'place', forms: ['Sabla'], note: 'the western highlands ("the Sabla highlands"); nested in Sabla Front' },
    // organizations
    { id: 'petrotaz', name: 'Petrotaz', type: 'organization', forms: ['Petrotaz', 'PetroTaz'], note: 'the state oil company that owns the refinery (PetroTaz in the state-aligned paper); "the company", "the state oil company" are nominal' },
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'the interior ministry; "the ministry" is nominal; "Interior Minister" before a name is a title' },
    { id: 'energy-ministry', name: 'Ministry of Energy', type: 'organization', forms: ['Ministry of Energy', 'Energy Ministry'], note: 'the energy ministry (fuel reserves)' },
    { id: 'prosecutor', name: 'Prosecutor General\'s Office', type: 'organization', forms: ['Prosecutor General\'s Office'], note: 'the prosecution service, in the wire; lowercase "prosecutors" is nominal' },
    { id: 'sfrs', name: 'State Fire and Rescue Service', type: 'organization', forms: ['State Fire and Rescue Service', 'SFRS'], note: 'the fire service, defined as (SFRS); "the fire service", "the service" are nominal' },
    { id: 'orwu', name: 'Oil Refinery Workers’ Union', type: 'organization', forms: ['Oil Refinery Workers’ Union', 'Oil Refinery Workers\' Union', 'Oil Refinery Workers Union', 'ORWU'], note: 'the refinery workers\' union, defined as (ORWU); curly or straight apostrophe, none in the wire; "the union", "the refinery workers’ union", "a workers’ union" are nominal' },
    { id: 'tarvel', name: 'Tarvel Maintenance', type: 'organization', forms: ['Tarvel Maintenance'], note: 'the contractor whose four workers are on the union\'s list of dead' },
    { id: 'sabla-front', name: 'Sabla Front', type: 'organization', forms: ['Sabla Front'], note: 'the separatist group the minister blames; the place inside it is nested' },
    { id: 'hospital', name: 'Ozvaran Central Hospital', type: 'organization', forms: ['Ozvaran Central Hospital'], note: 'the city hospital and its morgue; the city inside it is nested; "the hospital" is nominal' },
    { id: 'breathe', name: 'Breathe Ozvaran', type: 'organization', forms: ['Breathe Ozvaran'], note: 'the environmental group; the city inside it is nested; "the group" is nominal' },
    { id: 'isd', name: 'Industrial Safety Directorate', type: 'organization', forms: ['Industrial Safety Directorate', 'ISD'], note: 'the regulator that issues safety certificates, defined as (ISD); "the directorate", "the regulator" are nominal' },
    { id: 'city-hall', name: 'City Hall', type: 'organization', forms: ['City Hall'], note: 'Ozvaran\'s city administration; "the city authorities" is no name' },
    { id: 'outrigger', name: 'Outrigger', type: 'organization', forms: ['Outrigger'], note: 'the wire agency: the dateline "(Outrigger)", "told Outrigger" and the explainer\'s text are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'current', name: 'The Ozvaran Current', type: 'organization', forms: ['The Ozvaran Current'], note: 'the city paper running the live blog: its photo credit (also reused by the explainer) and the explainer\'s text are mentions; its site-name line and its name in the source list are metadata' },
    { id: 'tzl', name: 'TZL News', type: 'organization', forms: ['TZL News'], note: 'the news site, named in its own text and photo credit and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'unity', name: 'Tazaria Unity', type: 'organization', forms: ['Tazaria Unity'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "Tazaria Unity, a paper close to the government" is a mention; the place inside it is nested' },
    { id: 'bellows', name: 'The Bellows', type: 'organization', forms: ['The Bellows'], note: 'the explainer\'s site: "The Bellows has asked", "told The Bellows" are mentions; its site-name line and the author bio are metadata' },
    // people
    { id: 'bekturdiyev', name: 'Kamran Bekturdiyev', type: 'person', forms: ['Kamran Bekturdiyev', 'Kamran Bekturdiev', 'Bekturdiyev', 'Bekturdiev'], note: 'Interior Minister (Bekturdiev in the wire and the explainer); the title before the name is outside the span; "Mr Bekturdiyev" -> "Bekturdiyev"; "the minister" is nominal' },
    { id: 'toprakov', name: 'Aydın Toprakov', type: 'person', forms: ['Aydın Toprakov', 'Aydin Toprakov', 'Toprakov'], note: 'chief executive of Petrotaz (Aydin in the wire and the explainer); "Mr Toprakov" -> "Toprakov"' },
    { id: 'sabitova', name: 'Gülnar Sabitova', type: 'person', forms: ['Gülnar Sabitova', 'Gulnar Sabitova'], note: 'Petrotaz spokeswoman (Gulnar in the wire)' },
    { id: 'tegizbayev', name: 'Ravil Tegizbayev', type: 'person', forms: ['Ravil Tegizbayev'], note: 'commander of the SFRS in Ozvaran; "Col"/"Col." is outside the span' },
    { id: 'temirkhan', name: 'Nazira Temirkhan', type: 'person', forms: ['Nazira Temirkhan'], note: 'chair of the ORWU' },
    { id: 'aldanov', name: 'Yusuf Aldanov', type: 'person', forms: ['Yusuf Aldanov'], note: 'pump operator on the night shift, injured' },
    { id: 'ordubay', name: 'Leyla Ordubay', type: 'person', forms: ['Leyla Ordubay'], note: 'chief doctor of Ozvaran Central Hospital, in the web story; "Dr" is outside the span' },
    { id: 'yenisoy', name: 'Dilara Yenisoy', type: 'person', forms: ['Dilara Yenisoy'], note: 'coordinator of Breathe Ozvaran' },
    { id: 'ormanov', name: 'Bakhyt Ormanov', type: 'person', forms: ['Bakhyt Ormanov'], note: 'spokesman for the ISD' },
    { id: 'kazimbek', name: 'Arif Kazimbek', type: 'person', forms: ['Arif Kazimbek'], note: 'mayor of Ozvaran; "Mayor" is outside the span' },
    { id: 'sarvarova', name: 'Elmira Sarvarova', type: 'person', forms: ['Elmira Sarvarova'], note: 'a resident of Yelbastı, in the live blog' },
    { id: 'nurbek', name: 'Oktay Nurbek', type: 'person', forms: ['Oktay Nurbek'], note: 'a taxi driver living near the fence, in the wire' },
    { id: 'akhmedli', name: 'Gulshan Akhmedli', type: 'person', forms: ['Gulshan Akhmedli'], note: 'a resident, in the web story' },
    { id: 'marat', name: 'Marat', type: 'person', forms: ['Marat'], note: 'a firefighter at the funeral, first name only, in the state-aligned paper' },
    { id: 'osmonov', name: 'Timur Osmonov', type: 'person', forms: ['Timur Osmonov'], note: 'The Ozvaran Current reporter: his byline is metadata; his live-blog entry and his photo credits (also reused by the explainer) are mentions' },
    { id: 'berkenova', name: 'Saida Berkenova', type: 'person', forms: ['Saida Berkenova'], note: 'TZL News reporter: her byline is metadata; her photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|ministry’s|company|union|refinery workers’ union|refinery workers' union|refinery|plant|site|hospital|directorate|regulator|group|district|city|capital|country|government|minister|mayor|service|fire service|state oil company|local paper|city authorities)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: "\\b[Aa] workers’ union\\b", why: 'nominal reference to the ORWU' },
    { pattern: '\\binterior minister\\b', why: 'title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body; capitalized only at the start of a sentence)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Prosecutor General\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Nazira Temirkhan', cue: 'said Nazira Temirkhan', quote: 'The ministry has nine names. We have fourteen families' },
    { file: W, speaker: 'Kamran Bekturdiyev', cue: 'told reporters', quote: 'an act of sabotage, planned and carried out by the Sabla Front' },
    { file: W, speaker: 'Yusuf Aldanov', cue: 'he told Outrigger', quote: 'We wrote that valve up three times in the shift log. Three times' },
    { file: W, speaker: 'Oktay Nurbek', cue: 'said Oktay Nurbek', quote: 'My windows came in at ten past one. I looked at the clock because I thought it was an earthquake' },
    { file: L, speaker: 'Ravil Tegizbayev', cue: 'he said', quote: 'One naphtha tank is still burning. We are cooling the tanks around it and letting it burn itself out under control' },
    { file: L, speaker: 'Dilara Yenisoy', cue: 'she said', quote: 'Thirty-eight thousand is a number for a press release' },
    { file: L, speaker: 'Elmira Sarvarova', cue: 'she said', quote: 'Nobody told us to go anywhere. The police car went past with the loudspeaker saying stay inside, close your windows, wet a towel for the door' },
    { file: B, speaker: 'Bakhyt Ormanov', cue: 'told TZL News', quote: 'Our inspectors found corrosion on pipework in the crude unit in May, and renewal was held back until it was repaired' },
    { file: B, speaker: 'Gülnar Sabitova', cue: 'said in an email', quote: 'The refinery held a valid safety certificate on the night of the fire, renewed in March this year' },
    { file: B, speaker: 'Arif Kazimbek', cue: 'Mayor Arif Kazimbek told reporters', quote: 'The evacuation order went out at half past three, and the buses were there within the hour' },
    { file: B, speaker: 'Leyla Ordubay', cue: 'she said', quote: 'The ones who worry me are the firefighters. They breathed that smoke for hours.' },
    { file: D, speaker: 'Aydın Toprakov', cue: 'Mr Toprakov said', quote: 'Our workers died protecting this country’s energy. We will rebuild, and we will rebuild quickly.' },
    { file: D, speaker: 'Kamran Bekturdiyev', cue: 'he said', quote: 'This was not an accident. It was an attack on every family in Tazaria that heats its home and drives to work' },
    { file: D, speaker: 'Marat', cue: 'he said', quote: 'They did not ask who started it' },
    { file: X, speaker: 'Dilara Yenisoy', cue: 'said Dilara Yenisoy', quote: 'Nobody in Yelbasti needs to be told what the air smells like' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed in the explosions and fire: nine (seven refinery workers and two firefighters) according to the Interior Ministry, repeated by the state-aligned paper, which calls higher figures baseless; 14 according to the Oil Refinery Workers\' Union (ORWU), whose list includes four contract workers from Tarvel Maintenance, and a morgue register at Ozvaran Central Hospital seen by TZL News.',
      sides: [
        { file: W, quote: 'The Interior Ministry said nine people were killed, seven refinery workers and two firefighters', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry says nine people died.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry now puts the death toll at nine: seven refinery workers and two firefighters.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The Interior Ministry’s toll stood at nine on Thursday evening.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Nine people lost their lives in the explosions at Ozvaran Refinery', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says nine: seven refinery workers and two firefighters.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'The Oil Refinery Workers Union (ORWU) put the toll at 14.', value: '14', speaker: 'Oil Refinery Workers’ Union', camp: 'B' },
        { file: L, quote: 'The refinery workers’ union says 14, and has published their names.', value: '14', speaker: 'Oil Refinery Workers’ Union', camp: 'B' },
        { file: B, quote: 'it records 14 bodies brought from the refinery since early on Wednesday', value: '14 bodies', speaker: 'Ozvaran Central Hospital', camp: 'B' },
        { file: X, quote: "The Oil Refinery Workers' Union (ORWU) counts 14, including four contract workers from Tarvel Maintenance", value: '14', speaker: 'Oil Refinery Workers’ Union', camp: 'B' },
        { file: X, quote: 'A morgue register at Ozvaran Central Hospital seen by TZL News lists 14 bodies from the refinery.', value: '14 bodies', speaker: 'Ozvaran Central Hospital', camp: 'B' },
      ],
    },
    {
      id: 'cause', level: 'core', kind: 'attribution',
      summary: 'Who or what started the fire: sabotage of a valve on a naphtha line by the separatist Sabla Front, according to Interior Minister Kamran Bekturdiyev (Bekturdiev) and Petrotaz\'s chief executive Aydın Toprakov (Aydin), who speaks of "deliberate interference" (repeated by the state-aligned paper); a valve that had been leaking since early September and was reported repeatedly in shift logs and letters, according to the night-shift pump operator Yusuf Aldanov and the Oil Refinery Workers\' Union (ORWU). A statement in the Sabla Front\'s name denies involvement.',
      sides: [
        { file: W, quote: 'the fire was "an act of sabotage, planned and carried out by the Sabla Front,"', value: 'sabotage by the Sabla Front', speaker: 'Kamran Bekturdiyev', camp: 'A' },
        { file: W, quote: 'a valve on a naphtha line near the crude distillation unit "showed clear signs of deliberate interference"', value: 'deliberate interference', speaker: 'Aydın Toprakov', camp: 'A' },
        { file: L, quote: 'He says the fire was sabotage and that the Sabla Front, a separatist group from the western highlands, was behind it.', value: 'sabotage by the Sabla Front', speaker: 'Kamran Bekturdiyev', camp: 'A' },
        { file: B, quote: 'Interior Minister Kamran Bekturdiyev has blamed the Sabla Front', value: 'Sabla Front', speaker: 'Kamran Bekturdiyev', camp: 'A' },
        { file: D, quote: 'investigators had established that the fire was started deliberately by members of the Sabla Front', value: 'sabotage by the Sabla Front', speaker: 'Kamran Bekturdiyev', camp: 'A' },
        { file: X, quote: 'Interior Minister Kamran Bekturdiev says the Sabla Front, a separatist group from the western highlands, sabotaged a valve on a naphtha line', value: 'sabotage by the Sabla Front', speaker: 'Kamran Bekturdiyev', camp: 'A' },
        { file: W, quote: 'said the same valve had been leaking since early September', value: 'leaking valve', speaker: 'Yusuf Aldanov', camp: 'B' },
        { file: L, quote: 'says its members had been reporting a leaking valve on a naphtha line for weeks before the fire', value: 'leaking valve', speaker: 'Nazira Temirkhan', camp: 'B' },
        { file: B, quote: 'The ORWU says that the valve on the naphtha line where the fire began had been leaking for weeks and that workers had reported it repeatedly.', value: 'leaking valve', speaker: 'Oil Refinery Workers’ Union', camp: 'B' },
        { file: D, quote: 'Leaders of a workers’ union have also suggested that the fire began with a fault in the equipment rather than a criminal act.', value: 'equipment fault', speaker: 'Oil Refinery Workers’ Union', camp: 'B' },
        { file: X, quote: 'night-shift crews had been reporting a leak on that same valve since early September', value: 'leaking valve', speaker: 'Oil Refinery Workers’ Union', camp: 'B' },
      ],
    },
    {
      id: 'evacuation', level: 'core', kind: 'polarity',
      summary: 'Whether the residents of Yelbastı (Yelbasti) were ordered to evacuate during the night: yes, at 03:30, according to Mayor Arif Kazimbek, City Hall and the Interior Ministry (repeated by the state-aligned paper); no, according to residents, who say police loudspeakers and a 02:58 text alert told them to stay indoors with windows shut and that buses came only around midday.',
      sides: [
        { file: W, quote: 'said residents of Yelbasti were ordered to leave their homes at 3:30 a.m.', value: 'ordered to leave 03:30', speaker: 'Arif Kazimbek', camp: 'A' },
        { file: L, quote: 'City Hall says residents of Yelbastı were told to evacuate at 03:30', value: 'told to evacuate 03:30', speaker: 'City Hall', camp: 'A' },
        { file: B, quote: 'The evacuation order went out at half past three, and the buses were there within the hour', value: 'evacuation order 03:30', speaker: 'Arif Kazimbek', camp: 'A' },
        { file: D, quote: 'were ordered to evacuate at 03:30 on Wednesday on the instructions of the city authorities', value: 'ordered to evacuate 03:30', speaker: 'City Hall', camp: 'A' },
        { file: X, quote: 'City Hall and the Interior Ministry say an evacuation order for Yelbasti went out at 3:30 a.m.', value: 'evacuation order 03:30', speaker: 'City Hall', camp: 'A' },
        { file: W, quote: 'Several residents interviewed by Outrigger said they had received no such order.', value: 'no order', speaker: 'residents of Yelbastı', camp: 'B' },
        { file: W, quote: 'police cars drove through the district with loudspeakers before dawn telling people to stay inside and close their windows', value: 'told to stay inside', speaker: 'residents of Yelbastı', camp: 'B' },
        { file: L, quote: 'Nobody told us to go anywhere.', value: 'no order', speaker: 'Elmira Sarvarova', camp: 'B' },
        { file: B, quote: 'said no one had told them to leave during the night', value: 'no order', speaker: 'residents of Yelbastı', camp: 'B' },
        { file: B, quote: 'which reads: “Fire at the refinery. Stay indoors. Close windows and doors.”', value: 'stay indoors', speaker: 'residents of Yelbastı', camp: 'B' },
        { file: X, quote: 'the only instruction they got overnight, by loudspeaker and by a 2:58 a.m. text alert, was to stay indoors with their windows shut', value: 'stay indoors', speaker: 'residents of Yelbastı', camp: 'B' },
      ],
    },
    {
      id: 'fire-out', level: 'core', kind: 'status',
      summary: 'Whether the fire is out: the Interior Ministry declared it "completely extinguished" at 09:00 on Thursday (repeated by the state-aligned paper on Friday); the commander of the State Fire and Rescue Service (SFRS) in Ozvaran, Col Ravil Tegizbayev, said on Thursday afternoon that one naphtha tank was still burning and would be left to burn out, an SFRS officer at the gate told the wire the same, and the service told the explainer on Friday evening that the tank was still alight.',
      sides: [
        { file: W, quote: 'the Interior Ministry said the fire had been "completely extinguished" and that cooling work was under way', value: 'extinguished', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry says in a short statement that the fire at the refinery “has been completely extinguished”', value: 'extinguished', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'At 09:00 on Thursday, the Interior Ministry said the fire had been “completely extinguished”.', value: 'extinguished', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'The fire was extinguished on Thursday morning, the Interior Ministry confirmed', value: 'extinguished', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry declared the fire "completely extinguished" at 9 a.m. on Thursday', value: 'extinguished', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'an SFRS officer at the main gate told Outrigger that one tank was still alight and was being left to burn down', value: 'one tank burning', speaker: 'State Fire and Rescue Service', camp: 'B' },
        { file: L, quote: 'The fire service’s commander says one naphtha tank is still burning.', value: 'one tank burning', speaker: 'Ravil Tegizbayev', camp: 'B' },
        { file: L, quote: 'One naphtha tank is still burning.', value: 'one tank burning', speaker: 'Ravil Tegizbayev', camp: 'B' },
        { file: B, quote: 'said the tank was still on fire and would be allowed to burn out while his crews kept the tanks around it cool', value: 'one tank burning', speaker: 'Ravil Tegizbayev', camp: 'B' },
        { file: X, quote: 'said on Thursday afternoon that one naphtha tank was still burning and would be left to burn out', value: 'one tank burning', speaker: 'Ravil Tegizbayev', camp: 'B' },
        { file: X, quote: 'On Friday evening, his service told The Bellows the tank was still alight.', value: 'still burning Friday', speaker: 'State Fire and Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'fuel-stored', level: 'secondary', kind: 'numeric',
      summary: 'Fuel stored at the refinery when the fire began: about 38,000 tonnes of crude and products according to Petrotaz (repeated by the state-aligned paper, which calls other figures "fantasy"); around 110,000 tonnes at the end of September according to the environmental group Breathe Ozvaran and its coordinator Dilara Yenisoy, citing the company\'s own monthly filings to the port.',
      sides: [
        { file: W, quote: 'Petrotaz said about 38,000 metric tons of crude oil and refined products were stored at the refinery when the fire began.', value: '38,000 t', speaker: 'Petrotaz', camp: 'A' },
        { file: L, quote: 'about 38,000 tonnes of crude and products were stored on site', value: '38,000 t', speaker: 'Petrotaz', camp: 'A' },
        { file: D, quote: 'Only some 38,000 tonnes of crude oil and products were in storage when the fire broke out', value: '~38,000 t', speaker: 'Petrotaz', camp: 'A' },
        { file: X, quote: 'Petrotaz says about 38,000 tons of crude and products.', value: '38,000 t', speaker: 'Petrotaz', camp: 'A' },
        { file: L, quote: 'Petrotaz’s own monthly figures to the port showed “around 110,000 tonnes” in storage at the end of September', value: '~110,000 t', speaker: 'Dilara Yenisoy', camp: 'B' },
        { file: X, quote: "says the company's own monthly filings to the port show roughly 110,000 tons in the tanks at the end of September", value: '~110,000 t', speaker: 'Breathe Ozvaran', camp: 'B' },
      ],
    },
    {
      id: 'first-blast', level: 'secondary', kind: 'temporal',
      summary: 'When the first explosion happened on Wednesday 20 October: at 02:40, in the crude distillation unit, according to Petrotaz\'s timeline (repeated by the state-aligned paper); shortly after 01:10 according to residents of Yelbastı (the taxi driver Oktay Nurbek: "ten past one") and the live blog\'s readers, whose reports it posted at 01:52.',
      sides: [
        { file: W, quote: 'Petrotaz said the first explosion happened at 2:40 a.m. on Wednesday', value: '02:40', speaker: 'Petrotaz', camp: 'A' },
        { file: L, quote: 'It says the first explosion happened at 02:40 in the crude distillation unit', value: '02:40', speaker: 'Petrotaz', camp: 'A' },
        { file: D, quote: 'The company said the first explosion occurred at 02:40 on Wednesday', value: '02:40', speaker: 'Petrotaz', camp: 'A' },
        { file: X, quote: "Petrotaz's timeline puts it at 2:40 a.m.", value: '02:40', speaker: 'Petrotaz', camp: 'A' },
        { file: W, quote: 'said the first blast woke them shortly after 1 a.m.', value: 'shortly after 01:00', speaker: 'residents of Yelbastı', camp: 'B' },
        { file: W, quote: 'My windows came in at ten past one.', value: '01:10', speaker: 'Oktay Nurbek', camp: 'B' },
        { file: L, quote: 'Several of you say the bang came shortly after 01:10', value: 'shortly after 01:10', speaker: 'readers of The Ozvaran Current', camp: 'B' },
        { file: X, quote: 'place it at about 1:10 a.m.', value: 'about 01:10', speaker: 'residents of Yelbastı', camp: 'B' },
      ],
    },
    {
      id: 'certificate', level: 'secondary', kind: 'polarity',
      summary: 'Whether the refinery held a valid safety certificate: yes, renewed in March 2027, according to Petrotaz and its spokeswoman Gülnar Sabitova (Gulnar), repeated by the state-aligned paper; no, according to the register of the Industrial Safety Directorate (ISD) and its spokesman Bakhyt Ormanov, which show it expired on 30 June 2027 and was not renewed because corrosion found in May had not been repaired.',
      sides: [
        { file: W, quote: 'the refinery held a valid safety certificate', value: 'valid', speaker: 'Gülnar Sabitova', camp: 'A' },
        { file: B, quote: 'The refinery held a valid safety certificate on the night of the fire, renewed in March this year', value: 'valid, renewed March', speaker: 'Gülnar Sabitova', camp: 'A' },
        { file: D, quote: 'The refinery held a valid industrial safety certificate and had passed all required inspections', value: 'valid', speaker: 'Petrotaz', camp: 'A' },
        { file: X, quote: 'Petrotaz says the refinery held a valid safety certificate, renewed in March.', value: 'valid, renewed March', speaker: 'Petrotaz', camp: 'A' },
        { file: B, quote: 'Exploded refinery’s safety certificate had lapsed, regulator’s register shows', value: 'lapsed', speaker: 'Industrial Safety Directorate', camp: 'B' },
        { file: B, quote: 'lists the refinery’s certificate as having expired on 30 June 2027', value: 'expired 30 June', speaker: 'Industrial Safety Directorate', camp: 'B' },
        { file: B, quote: 'The certificate was not renewed.', value: 'not renewed', speaker: 'Bakhyt Ormanov', camp: 'B' },
        { file: X, quote: 'lists it in its own register as expired on June 30', value: 'expired 30 June', speaker: 'Industrial Safety Directorate', camp: 'B' },
      ],
    },
    {
      id: 'whoever-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Whoever lit this fire will answer for every life it took" is credited to Interior Minister Kamran Bekturdiyev (Bekturdiev) at his Wednesday press conference by the wire and the live blog, and to Petrotaz\'s chief executive Aydın Toprakov by the state-aligned paper (the explainer notes the discrepancy).',
      sides: [
        { file: W, quote: '"Whoever lit this fire will answer for every life it took," Bekturdiev said.', speaker: 'Kamran Bekturdiyev', camp: 'A' },
        { file: L, quote: '“Whoever lit this fire will answer for every life it took,” he said.', speaker: 'Kamran Bekturdiyev', camp: 'A' },
        { file: D, quote: '“Whoever lit this fire will answer for every life it took,” Mr Toprakov said', speaker: 'Aydın Toprakov', camp: 'B' },
      ],
    },
    {
      id: 'injured-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported at least 63 people injured, then corrected it to 36, the Interior Ministry\'s figure ("we transposed the digits"); the explainer also says 36.',
      sides: [
        { file: L, quote: 'At least 63 people have been injured, according to the Interior Ministry.', value: '63', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The ministry’s figure is 36; we transposed the digits.', value: '36', speaker: 'Interior Ministry', camp: 'B' },
        { file: X, quote: 'The ministry says 36 people were injured, and nobody has challenged that number.', value: '36', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'firefighters-rounded', kind: 'numeric',
      summary: '214 firefighters (wire) and "some 210 firefighters" (state-aligned paper), both from the State Fire and Rescue Service, are one figure, rounded.',
      sides: [
        { file: W, quote: '214 firefighters and 46 engines', value: '214' },
        { file: D, quote: 'sent some 210 firefighters to the scene', value: '~210' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Six dead on Wednesday morning (the Interior Ministry, in the live blog) and nine on Wednesday evening "up from six in the morning" (the ministry, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Six people have died, the Interior Ministry says.', value: '6 (Wednesday morning)' },
        { file: W, quote: 'The ministry raised the toll to nine on Wednesday evening, up from six in the morning.', value: '9 (Wednesday evening)' },
      ],
    },
    {
      id: 'injured-vs-outpatients', kind: 'numeric',
      summary: 'The 36 people injured in the explosions and the about 170 residents seen at the hospital\'s outpatient clinics for breathing problems and sore eyes are different sets, not rival counts.',
      sides: [
        { file: W, quote: 'It said 36 people were injured.', value: '36 (injured)' },
        { file: B, quote: 'about 170 residents had been seen at its outpatient clinics since Wednesday with breathing problems and sore eyes', value: '~170 (outpatients, smoke)' },
      ],
    },
    {
      id: 'hospital-part', kind: 'numeric',
      summary: 'The 21 injured taken in by Ozvaran Central Hospital (web story) are part of the 36 injured in all (state-aligned paper), not a rival count.',
      sides: [
        { file: B, quote: 'the hospital had taken in 21 of the 36 people injured in the explosions', value: '21 (at one hospital)' },
        { file: D, quote: 'Thirty-six people were injured', value: '36 (all)' },
      ],
    },
    {
      id: 'terrorism-case-synonyms', kind: 'status',
      summary: '"a criminal case under the terrorism article of the criminal code" (wire) and "treating the fire as an act of terrorism" (web story) describe the same step by the prosecutors in different words.',
      sides: [
        { file: W, quote: 'Prosecutors have opened a criminal case under the terrorism article of the criminal code', value: 'terrorism case opened' },
        { file: B, quote: 'Prosecutors are treating the fire as an act of terrorism.', value: 'terrorism investigation' },
      ],
    },
    {
      id: 'gate-protest-about-more-than', kind: 'numeric',
      summary: '"More than 300 workers" (wire) and "About 350 workers" (live blog) at the refinery\'s main gate on Thursday afternoon are compatible approximations.',
      sides: [
        { file: W, quote: "More than 300 workers gathered outside the refinery's main gate on Thursday afternoon", value: '>300' },
        { file: L, quote: 'About 350 workers have gathered outside the main gate.', value: '~350' },
      ],
    },
    {
      id: 'inpatients-days', kind: 'numeric',
      summary: 'Nineteen injured still in hospital on Thursday (wire) and 11 on Friday (state-aligned paper) are different days\' figures, not rival counts.',
      sides: [
        { file: W, quote: 'Nineteen of them were still in hospital on Thursday, two in critical condition.', value: '19 (Thursday)' },
        { file: D, quote: '11 of them were still receiving treatment in hospital on Friday', value: '11 (Friday)' },
      ],
    },
  ],
};
