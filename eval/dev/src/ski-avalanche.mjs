// Hand-written gold source for the avalanche at the Pralet ski area above Tschalun, Orsavia
// (invented event, March 2026). build-gold.mjs turns it into ../gold/ski-avalanche.json.
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
// captions and credits are counted text. Link URLs are in ignore.
const W = 'piton-wire.txt'; // Piton wire (Sunday 8 March), US style, straight quotes, writes Chalun, Zurfluh
const L = '9bbe4aa0f6833e02.txt'; // Rhalda Courier live blog, newest first (Saturday 7 March, 11:05 to 22:30), UK style, curly quotes
const B = '604e2bc322e08eba.md'; // OVT News web story (Sunday 8 March), UK style, curly quotes
const D = 'a9bcbb964d487087.md'; // state-aligned Orsavia Morning (Monday 9 March), YAML front matter, UK style, curly quotes, writes Anneli Brunold
const X = '505eada51999012d.txt'; // The Scree explainer in questions (Tuesday 10 March), US style, straight quotes, writes Chalun (and Tschalun once)

export default {
  corpus: 'ski-avalanche',
  note: 'Invented event written for the project: on the morning of Saturday 7 March 2026 an avalanche breaks away in the gullies below Piz Tavrun, above the Pralet ski area run by Pralet Mountain Resorts near the village of Tschalun (Chalun in the wire and the explainer), in Rhalda Canton of the fictional mountain country of Orsavia (capital Valmerin); it runs about 1.2 km, crosses the Korbalp run near the bottom of the Korbalp chairlift and buries Chalet Alpenruh, a guesthouse owned by Hedwig Zurflüh (Zurfluh in the wire), whose three occupants are dug out alive. Eight people are injured (five to Bellmatt Cantonal Hospital, three flown to Valmerin). Five invented outlets: the Piton wire (Sunday), the Rhalda Courier live blog, newest first (Saturday 11:05 to 22:30), the OVT News web story (Sunday), the state-aligned Orsavia Morning (Monday) and The Scree explainer (Tuesday); four files have random names. The resort and its chief executive Lukas Wendtner, the Alpine Rescue Service (ARS) and its commander Maj. Corin Dallavia, the Interior Ministry and Interior Minister Tobias Gerstl, the Orsavian Mountain Guides\' Union (OMGU) and its president Annelie Brunold (Anneli in the state-aligned paper), the Snow and Avalanche Institute (SAI) and its forecaster Dr Mirjam Staffel, the mayor Gion Casura, the survivor Jonas Weibel and the Rhalda Cantonal Prosecutor\'s Office disagree about the skiers buried (nine by the resort, 14 by the ARS and the guides), the dead (four by the ministry, six by the ARS), whether the Korbalp run had been closed (roped off at 08:30 by the resort, open with the chairlift running by the guides and a survivor), when the slide came down (first alarm call at 10:42 by the ARS, 11:25 from the lift log by the resort), what triggered it (a charge fired by the resort\'s avalanche-control team, by the guides\' union, against a natural release with no charge fired on that face, by the resort), whether rescuers are still searching (two missing and the search continuing, by the ARS, against the search over and everyone accounted for, by the minister), when the level-4 bulletin was issued (Friday 17:00 by the institute, received Saturday 08:00 by the resort) and who said "We closed that run. The mountain decided not to stay closed" (Wendtner in the wire, the mayor Casura in the state-aligned paper); the live blog corrects its own count of people in the chalet (six, then three). "Some 220 rescuers" and "more than 200 rescuers" agree; two dead on Saturday afternoon and four on Saturday evening "up from two" is an update reported as such; "About 600 skiers" and "More than 550 skiers" brought down agree; 1.2 km long and 300 m wide are different measures; the three flown to Valmerin are part of the eight injured; "an investigation for negligent homicide" and "a criminal inquiry into involuntary manslaughter" are synonyms; the three skiers killed at Vennalp in 2019 belong to another avalanche. "Orsavian" is a demonym; "Pralet" inside Pralet Mountain Resorts, "Rhalda" inside Rhalda Courier and Rhalda Cantonal Prosecutor\'s Office, "Bellmatt" inside Bellmatt Cantonal Hospital are nested; "Korbalp" (the run, chairlift, sector and face named after it) is one place.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 49],
    [L]: [1, 2, 3, 4, 10, 11, 37, 65, 66, 68],
    [B]: [1, 7, 9, 21, 51, 57, 69, 70],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 63, 64, 65, 66, 67, 69],
  },

  actors: [
    // places
    { id: 'orsavia', name: 'Orsavia', type: 'place', forms: ['Orsavia'], note: 'the country; "Orsavian" is a demonym (also inside Orsavian Mountain Guides\' Union); nested in Orsavia Morning' },
    { id: 'valmerin', name: 'Valmerin', type: 'place', forms: ['Valmerin'], note: 'the capital; "whatever anyone in Valmerin says" stays a place' },
    { id: 'rhalda', name: 'Rhalda Canton', type: 'place', forms: ['Rhalda Canton', 'Rhalda'], note: 'the canton; nested in Rhalda Courier and Rhalda Cantonal Prosecutor\'s Office; "the canton" is nominal' },
    { id: 'tschalun', name: 'Tschalun', type: 'place', forms: ['Tschalun', 'Chalun', 'TSCHALUN', 'CHALUN'], note: 'the village below the ski area (Chalun in the wire and the explainer; datelines in capitals); "the village" is nominal' },
    { id: 'pralet', name: 'Pralet', type: 'place', forms: ['Pralet'], note: 'the ski area (a named facility); nested in Pralet Mountain Resorts' },
    { id: 'piz-tavrun', name: 'Piz Tavrun', type: 'place', forms: ['Piz Tavrun'], note: 'the mountain whose lower slopes slid' },
    { id: 'korbalp', name: 'Korbalp', type: 'place', forms: ['Korbalp'], note: 'the Korbalp run, chairlift, sector and face: one named feature' },
    { id: 'alpenruh', name: 'Chalet Alpenruh', type: 'place', forms: ['Chalet Alpenruh'], note: 'the buried guesthouse (a named building); "the chalet" is nominal' },
    { id: 'bellmatt', name: 'Bellmatt', type: 'place', forms: ['Bellmatt'], note: 'town of the cantonal hospital ("treated in Bellmatt"); nested in Bellmatt Cantonal Hospital' },
    { id: 'vennalp', name: 'Vennalp', type: 'place', forms: ['Vennalp'], note: 'resort of an earlier (2019) deadly avalanche' },
    // organizations
    { id: 'pmr', name: 'Pralet Mountain Resorts', type: 'organization', forms: ['Pralet Mountain Resorts'], note: 'the resort operator; "the resort", "the company" are nominal' },
    { id: 'ars', name: 'Alpine Rescue Service', type: 'organization', forms: ['Alpine Rescue Service', 'ARS'], note: 'the mountain rescue service, defined as (ARS); "the rescue service" is nominal' },
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: '"the ministry" is nominal; "Interior Minister" before a name is a title' },
    { id: 'omgu', name: 'Orsavian Mountain Guides’ Union', type: 'organization', forms: ['Orsavian Mountain Guides’ Union', 'Orsavian Mountain Guides\' Union', 'OMGU'], note: 'the guides\' union (curly or straight apostrophe), defined as (OMGU); "the union", "the guides’ union" are nominal' },
    { id: 'sai', name: 'Snow and Avalanche Institute', type: 'organization', forms: ['Snow and Avalanche Institute', 'SAI'], note: 'publishes the avalanche bulletin, defined as (SAI); "the institute" is nominal' },
    { id: 'prosecutor', name: 'Rhalda Cantonal Prosecutor\'s Office', type: 'organization', forms: ['Rhalda Cantonal Prosecutor\'s Office', 'Rhalda Cantonal Prosecutor’s Office'], note: 'the \'s belongs to the name; "prosecutors", "the office" are nominal' },
    { id: 'bellmatt-hospital', name: 'Bellmatt Cantonal Hospital', type: 'organization', forms: ['Bellmatt Cantonal Hospital'], note: 'hospital that took five of the injured' },
    { id: 'piton', name: 'Piton', type: 'organization', forms: ['Piton'], note: 'the wire agency: dateline "(Piton)" and "told Piton" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'courier', name: 'Rhalda Courier', type: 'organization', forms: ['Rhalda Courier', 'Courier'], note: 'the cantonal paper running the live blog: "told the Rhalda Courier newspaper", "tells the Courier" and its photo credit are mentions; its site-name line is metadata' },
    { id: 'ovt', name: 'OVT News', type: 'organization', forms: ['OVT News'], note: 'the web story\'s site: "told OVT News" and its photo credits (reused by the explainer) are mentions; the breadcrumb line is metadata' },
    { id: 'morning', name: 'Orsavia Morning', type: 'organization', forms: ['Orsavia Morning'], note: 'the state-aligned paper: its front matter and the source list are metadata; "Orsavia Morning, a paper close to the government" in the explainer is a mention' },
    { id: 'scree', name: 'The Scree', type: 'organization', forms: ['The Scree'], note: 'the explainer\'s site: "told The Scree" is a mention; its site-name line and the bio are metadata' },
    // people
    { id: 'wendtner', name: 'Lukas Wendtner', type: 'person', forms: ['Lukas Wendtner', 'Wendtner'], note: 'chief executive of Pralet Mountain Resorts; "Mr Wendtner" -> "Wendtner"' },
    { id: 'brunold', name: 'Annelie Brunold', type: 'person', forms: ['Annelie Brunold', 'Anneli Brunold', 'Brunold'], note: 'president of the OMGU (Anneli in the state-aligned paper)' },
    { id: 'dallavia', name: 'Corin Dallavia', type: 'person', forms: ['Corin Dallavia', 'Dallavia'], note: 'ARS commander in Rhalda; "Major"/"Maj." outside the span' },
    { id: 'staffel', name: 'Mirjam Staffel', type: 'person', forms: ['Mirjam Staffel'], note: 'duty forecaster of the SAI, in the web story; "Dr" outside the span' },
    { id: 'gerstl', name: 'Tobias Gerstl', type: 'person', forms: ['Tobias Gerstl', 'Gerstl'], note: 'Interior Minister; "Mr Gerstl" -> "Gerstl"; "the minister" is nominal' },
    { id: 'casura', name: 'Gion Casura', type: 'person', forms: ['Gion Casura'], note: 'mayor of Tschalun' },
    { id: 'weibel', name: 'Jonas Weibel', type: 'person', forms: ['Jonas Weibel'], note: 'a skier buried and rescued near the chairlift' },
    { id: 'zurfluh', name: 'Hedwig Zurflüh', type: 'person', forms: ['Hedwig Zurflüh', 'Hedwig Zurfluh', 'Zurfluh'], note: 'owner of Chalet Alpenruh (Zurfluh in the wire)' },
    { id: 'kalin', name: 'Dario Kälin', type: 'person', forms: ['Dario Kälin'], note: 'Rhalda Courier reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'faverge', name: 'Emil Faverge', type: 'person', forms: ['Emil Faverge'], note: 'OVT News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|resort|company|union|guides’ union|guides' union|mountain guides’ union|institute|avalanche institute|office|minister|capital|village|village council|canton|country|government|rescue service|chalet|ski area)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b(?:cantonal )?[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Rhalda Cantonal Prosecutor\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Corin Dallavia', cue: 'told Piton by telephone', quote: 'We have carried six people off that slope. I have written six names in my log' },
    { file: W, speaker: 'Annelie Brunold', cue: 'said in a statement', quote: 'Two of our guides heard the bang and saw the cloud. Then the whole slope moved' },
    { file: W, speaker: 'Lukas Wendtner', cue: 'Wendtner told reporters', quote: 'We closed that run. The mountain decided not to stay closed' },
    { file: L, speaker: 'Corin Dallavia', cue: 'he said', quote: 'We are not stopping. The dogs go back on the snow at first light, and the probe lines do not stop tonight' },
    { file: L, speaker: 'Lukas Wendtner', cue: 'he said', quote: 'Nine skiers were caught. Every one of them went past a closure' },
    { file: L, speaker: 'Jonas Weibel', cue: 'he said', quote: 'There was no rope, there was no sign. The chair was running. I came down that run twice this morning' },
    { file: L, speaker: 'Annelie Brunold', cue: 'said Annelie Brunold', quote: 'It was the resort’s team. They were blasting above an open run' },
    { file: B, speaker: 'Mirjam Staffel', cue: 'said Dr Mirjam Staffel', quote: 'The level-4 bulletin for Pralet was published on Friday at five in the afternoon. That is on our server and in our outbox' },
    { file: B, speaker: 'Lukas Wendtner', cue: 'said Lukas Wendtner', quote: 'This was a natural avalanche. The wind had been loading that slope for three days' },
    { file: B, speaker: 'Gion Casura', cue: 'he said', quote: 'Everyone here has skied that run. Everyone here knows someone who was on it' },
    { file: D, speaker: 'Tobias Gerstl', cue: 'Mr Gerstl said', quote: 'The search on the mountain is over. Every person reported missing has been accounted for, and the families have been told' },
    { file: D, speaker: 'Gion Casura', cue: 'said Gion Casura', quote: 'We closed that run. The mountain decided not to stay closed' },
    { file: D, speaker: 'Tobias Gerstl', cue: 'he said', quote: 'Nobody is helped by guesses about explosions or closures. Let the investigators do their work' },
    { file: X, speaker: 'Corin Dallavia', cue: 'Dallavia said on Monday', quote: 'I was on that slope for two nights. I know how many we carried down' },
    { file: X, speaker: 'Alpine Rescue Service', cue: 'an ARS spokeswoman told The Scree', quote: 'Two people are missing. Until we find them, this is a search, whatever anyone in Valmerin says' },
  ],

  contradictions: [
    {
      id: 'skiers-buried', level: 'core', kind: 'numeric',
      summary: 'Skiers buried by the avalanche: nine according to Pralet Mountain Resorts (repeated by the state-aligned paper); 14 according to the Alpine Rescue Service (ARS) and its commander Corin Dallavia, and the Orsavian Mountain Guides\' Union (OMGU).',
      sides: [
        { file: W, quote: 'Pralet Mountain Resorts, which runs the ski area, said in a statement that nine skiers had been caught and buried.', value: '9', speaker: 'Pralet Mountain Resorts', camp: 'A' },
        { file: L, quote: 'Nine skiers were caught. Every one of them went past a closure', value: '9', speaker: 'Lukas Wendtner', camp: 'A' },
        { file: B, quote: 'Pralet Mountain Resorts says nine skiers were buried on the Korbalp run.', value: '9', speaker: 'Pralet Mountain Resorts', camp: 'A' },
        { file: D, quote: 'According to Pralet Mountain Resorts, nine skiers were caught by the snow on the Korbalp run.', value: '9', speaker: 'Pralet Mountain Resorts', camp: 'A' },
        { file: X, quote: 'The resort says nine skiers were caught and buried.', value: '9', speaker: 'Pralet Mountain Resorts', camp: 'A' },
        { file: W, quote: 'Dallavia said 14 skiers had been buried by the snow.', value: '14', speaker: 'Corin Dallavia', camp: 'B' },
        { file: B, quote: 'says 14 were buried, a figure the guides’ union also gives', value: '14', speaker: 'Alpine Rescue Service', camp: 'B' },
        { file: X, quote: "The ARS and the Orsavian Mountain Guides' Union (OMGU) say 14.", value: '14', speaker: 'Alpine Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed by the avalanche: four according to the Interior Ministry (repeated by the state-aligned paper, which calls higher figures "not correct"); six according to the Alpine Rescue Service (ARS) and its commander Corin Dallavia, who carried them off the slope.',
      sides: [
        { file: W, quote: 'The Interior Ministry said four people had died in the avalanche', value: '4', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry now puts the number of dead at four.', value: '4', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The Interior Ministry says four people died', value: '4', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Four people lost their lives in Saturday’s avalanche on the lower slopes of Piz Tavrun, the Interior Ministry said.', value: '4', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says four.', value: '4', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'The Alpine Rescue Service (ARS), which led the search, said six people had been killed.', value: '6', speaker: 'Alpine Rescue Service', camp: 'B' },
        { file: W, quote: 'We have carried six people off that slope.', value: '6', speaker: 'Corin Dallavia', camp: 'B' },
        { file: L, quote: 'He says six people are dead and that two more skiers have not been found.', value: '6', speaker: 'Corin Dallavia', camp: 'B' },
        { file: B, quote: 'the ARS says six', value: '6', speaker: 'Alpine Rescue Service', camp: 'B' },
        { file: X, quote: 'The ARS says six, and its regional commander', value: '6', speaker: 'Alpine Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'run-closed', level: 'core', kind: 'polarity',
      summary: 'Whether the Korbalp run had been closed before the avalanche: closed and roped off at 08:30 with signs at the top, according to Pralet Mountain Resorts and its chief executive Lukas Wendtner (repeated by the state-aligned paper); open, with no rope, no sign and the chairlift running, according to the Orsavian Mountain Guides\' Union and its president Annelie Brunold and the survivor Jonas Weibel.',
      sides: [
        { file: W, quote: 'Wendtner said the Korbalp run had been closed at 8:30 a.m., with ropes and signs at the top', value: 'closed', speaker: 'Lukas Wendtner', camp: 'A' },
        { file: L, quote: 'He says the Korbalp run was closed at 08:30 this morning, with ropes and signs at the top', value: 'closed', speaker: 'Lukas Wendtner', camp: 'A' },
        { file: B, quote: 'Mr Wendtner said ropes and signs were put across the top of the run at 08:30.', value: 'closed', speaker: 'Lukas Wendtner', camp: 'A' },
        { file: D, quote: 'The Korbalp run had been closed and roped off at 08:30 on Saturday', value: 'closed', speaker: 'Pralet Mountain Resorts', camp: 'A' },
        { file: X, quote: 'The resort says the Korbalp run was roped off at 8:30 a.m. and that skiers on it had ducked the closure.', value: 'closed', speaker: 'Pralet Mountain Resorts', camp: 'A' },
        { file: W, quote: 'Brunold said the run had been open and that the chairlift serving it was still running when the snow came down.', value: 'open', speaker: 'Annelie Brunold', camp: 'B' },
        { file: L, quote: 'There was no rope, there was no sign. The chair was running.', value: 'open', speaker: 'Jonas Weibel', camp: 'B' },
        { file: B, quote: 'The run was open and the lift was carrying people up to it', value: 'open', speaker: 'Jonas Weibel', camp: 'B' },
        { file: X, quote: "The guides' union and survivors say the run was open and its chairlift running.", value: 'open', speaker: 'Orsavian Mountain Guides’ Union', camp: 'B' },
      ],
    },
    {
      id: 'blast-trigger', level: 'core', kind: 'attribution',
      summary: 'What set off the avalanche: a charge fired by the resort\'s avalanche-control team on the slope above the run, according to the Orsavian Mountain Guides\' Union and its president Annelie Brunold (two guides heard the detonation); a natural release of wind-loaded snow, with no charge fired on that face that day, according to Pralet Mountain Resorts and Lukas Wendtner (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: "said the avalanche had been triggered by a charge fired by the resort's avalanche-control team on the slope above the run", value: 'resort blast', speaker: 'Orsavian Mountain Guides’ Union', camp: 'A' },
        { file: L, quote: 'It was the resort’s team. They were blasting above an open run', value: 'resort blast', speaker: 'Annelie Brunold', camp: 'A' },
        { file: B, quote: 'was set off by an explosive charge fired by the resort’s own staff', value: 'resort blast', speaker: 'Orsavian Mountain Guides’ Union', camp: 'A' },
        { file: X, quote: "the union blames a charge fired by the resort's avalanche-control team", value: 'resort blast', speaker: 'Orsavian Mountain Guides’ Union', camp: 'A' },
        { file: W, quote: 'said the avalanche was a natural release of snow loaded by three days of wind', value: 'natural release', speaker: 'Lukas Wendtner', camp: 'B' },
        { file: L, quote: 'He also said the resort’s avalanche-control team fired no charge on that face today.', value: 'no charge fired', speaker: 'Lukas Wendtner', camp: 'B' },
        { file: B, quote: 'This was a natural avalanche. The wind had been loading that slope for three days', value: 'natural release', speaker: 'Lukas Wendtner', camp: 'B' },
        { file: D, quote: 'said the slide was a natural release', value: 'natural release', speaker: 'Lukas Wendtner', camp: 'B' },
        { file: X, quote: 'The resort says the slide was a natural release and that its team fired no charge on the Korbalp face that day.', value: 'natural release', speaker: 'Pralet Mountain Resorts', camp: 'B' },
      ],
    },
    {
      id: 'search-status', level: 'secondary', kind: 'status',
      summary: 'Whether rescuers are still searching: the Alpine Rescue Service says two people are still missing and the search goes on (dog teams back on the debris on Tuesday); Interior Minister Tobias Gerstl says the search is over and everyone reported missing has been accounted for (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'It said two people were still missing on Sunday afternoon and that the search was continuing.', value: 'searching', speaker: 'Alpine Rescue Service', camp: 'A' },
        { file: B, quote: 'Two people are still under that snow, and we will keep looking until we find them', value: 'searching', speaker: 'Corin Dallavia', camp: 'A' },
        { file: X, quote: 'But the ARS sent two dog teams back onto the debris on Tuesday morning.', value: 'searching', speaker: 'Alpine Rescue Service', camp: 'A' },
        { file: X, quote: 'Two people are missing. Until we find them, this is a search', value: 'searching', speaker: 'Alpine Rescue Service', camp: 'A' },
        { file: W, quote: 'Interior Minister Tobias Gerstl said on Sunday that everyone reported missing had been accounted for.', value: 'all accounted for', speaker: 'Tobias Gerstl', camp: 'B' },
        { file: D, quote: 'announced that the search of the avalanche site had been completed, with all those reported missing accounted for', value: 'search over', speaker: 'Tobias Gerstl', camp: 'B' },
        { file: D, quote: 'The search on the mountain is over.', value: 'search over', speaker: 'Tobias Gerstl', camp: 'B' },
        { file: X, quote: 'Interior Minister Tobias Gerstl said on Sunday that the search was over and that everyone reported missing had been accounted for.', value: 'search over', speaker: 'Tobias Gerstl', camp: 'B' },
      ],
    },
    {
      id: 'slide-time', level: 'secondary', kind: 'temporal',
      summary: 'When the avalanche came down on Saturday: the Alpine Rescue Service logged the first alarm call at 10:42; Pralet Mountain Resorts, citing the log of the Korbalp chairlift, puts the slide at 11:25 (repeated by the state-aligned paper, "nearly three hours after the closure").',
      sides: [
        { file: W, quote: 'The rescue service said its first alarm call came at 10:42 a.m. on Saturday.', value: '10:42', speaker: 'Alpine Rescue Service', camp: 'A' },
        { file: L, quote: 'The ARS says the first alarm call reached its centre at 10:42.', value: '10:42', speaker: 'Alpine Rescue Service', camp: 'A' },
        { file: X, quote: 'The Alpine Rescue Service (ARS) logged the first alarm call at 10:42 a.m.', value: '10:42', speaker: 'Alpine Rescue Service', camp: 'A' },
        { file: W, quote: 'citing the log of the Korbalp chairlift, said the slide came down at 11:25 a.m.', value: '11:25', speaker: 'Pralet Mountain Resorts', camp: 'B' },
        { file: D, quote: 'its records showed the avalanche came down at 11:25, nearly three hours after the closure', value: '11:25', speaker: 'Pralet Mountain Resorts', camp: 'B' },
        { file: X, quote: 'says the lift log shows the slide at 11:25 a.m.', value: '11:25', speaker: 'Pralet Mountain Resorts', camp: 'B' },
      ],
    },
    {
      id: 'bulletin-time', level: 'secondary', kind: 'temporal',
      summary: 'When the level-4 ("high") avalanche bulletin for Pralet was issued: at 17:00 on Friday 6 March, according to the Snow and Avalanche Institute (SAI) and its forecaster Mirjam Staffel; on Saturday morning at 08:00, according to Pralet Mountain Resorts, which says it closed the run half an hour after receiving it.',
      sides: [
        { file: W, quote: 'said it had raised the danger level for the Pralet area to 4, "high", at 5 p.m. on Friday.', value: 'Friday 17:00', speaker: 'Snow and Avalanche Institute', camp: 'A' },
        { file: L, quote: 'its bulletin raised the danger level for the Pralet area to 4, “high”, on Friday evening', value: 'Friday evening', speaker: 'Snow and Avalanche Institute', camp: 'A' },
        { file: B, quote: 'The level-4 bulletin for Pralet was published on Friday at five in the afternoon.', value: 'Friday 17:00', speaker: 'Mirjam Staffel', camp: 'A' },
        { file: X, quote: 'The Snow and Avalanche Institute (SAI) says it raised the danger level for Pralet to 4, "high," at 5 p.m. on Friday, March 6.', value: 'Friday 17:00', speaker: 'Snow and Avalanche Institute', camp: 'A' },
        { file: W, quote: 'Wendtner said the resort had received the level-4 bulletin only on Saturday morning.', value: 'Saturday morning', speaker: 'Lukas Wendtner', camp: 'B' },
        { file: B, quote: 'The resort says it received the level-4 bulletin on Saturday at 08:00', value: 'Saturday 08:00', speaker: 'Pralet Mountain Resorts', camp: 'B' },
        { file: X, quote: 'The resort says the level-4 bulletin reached it on Saturday morning, at 8 a.m.', value: 'Saturday 08:00', speaker: 'Pralet Mountain Resorts', camp: 'B' },
      ],
    },
    {
      id: 'closed-run-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "We closed that run. The mountain decided not to stay closed" is credited to the resort\'s chief executive Lukas Wendtner by the wire and to the mayor of Tschalun, Gion Casura, by the state-aligned paper.',
      sides: [
        { file: W, quote: '"We closed that run. The mountain decided not to stay closed," Wendtner told reporters', speaker: 'Lukas Wendtner', camp: 'A' },
        { file: D, quote: '“We closed that run. The mountain decided not to stay closed,” said Gion Casura', speaker: 'Gion Casura', camp: 'B' },
      ],
    },
    {
      id: 'chalet-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing the village council, that six people were in Chalet Alpenruh, then corrected it to three (its owner, her daughter-in-law and a cook), the rescuers\' figure; the wire also says three.',
      sides: [
        { file: L, quote: 'According to the village council, six people were in Chalet Alpenruh when the snow hit.', value: '6', speaker: 'Tschalun', camp: 'A' },
        { file: L, quote: 'Rescuers say there were three people in the building', value: '3', speaker: 'Alpine Rescue Service', camp: 'B' },
        { file: W, quote: 'Three people inside the building, among them Zurfluh, were dug out alive after about two hours', value: '3', speaker: 'Alpine Rescue Service', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'rescuers-rounded', kind: 'numeric',
      summary: '"Some 220 rescuers" (live blog, from the ARS commander) and "more than 200 rescuers" (wire, from the ARS) are one figure, rounded.',
      sides: [
        { file: L, quote: 'Some 220 rescuers are on the mountain, he added.', value: '~220' },
        { file: W, quote: 'The ARS said more than 200 rescuers, with dogs and probe lines, had worked on the debris', value: '>200' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Two dead on Saturday at 13:10 (the cantonal police, in the live blog) and four on Saturday evening "up from two in the afternoon" (the ministry, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Two people have been confirmed dead, the cantonal police say.', value: '2 (Saturday 13:10)' },
        { file: W, quote: "The ministry's toll rose to four on Saturday evening, up from two in the afternoon.", value: '4 (Saturday evening)' },
      ],
    },
    {
      id: 'skiers-brought-down', kind: 'numeric',
      summary: '"About 600 skiers" (wire) and "More than 550 skiers" (web story) brought down from the upper slopes after the slide are compatible approximations.',
      sides: [
        { file: W, quote: 'About 600 skiers were brought down from the upper slopes by lift and by piste machines after the slide', value: '~600' },
        { file: B, quote: 'More than 550 skiers were brought down from the upper slopes after the avalanche.', value: '>550' },
      ],
    },
    {
      id: 'length-vs-width', kind: 'numeric',
      summary: 'The avalanche ran about 1.2 kilometres (its length, in the live blog) and was about 300 metres wide where it crossed the run (web story): different measures, not rival sizes.',
      sides: [
        { file: L, quote: 'The avalanche ran about 1.2 kilometres from the gullies below Piz Tavrun down to the edge of the village car park', value: '1.2 km long' },
        { file: B, quote: 'The slide was about 300 metres wide where it crossed the run', value: '300 m wide' },
      ],
    },
    {
      id: 'injured-part', kind: 'numeric',
      summary: 'The three injured flown to Valmerin (explainer) are part of the eight injured (wire), not a rival count.',
      sides: [
        { file: W, quote: 'Eight people were injured, the ARS said.', value: '8 (all injured)' },
        { file: X, quote: 'Three of the injured were flown by helicopter to Valmerin, the capital', value: '3 (flown to Valmerin)' },
      ],
    },
    {
      id: 'inquiry-synonyms', kind: 'status',
      summary: '"an investigation for negligent homicide" (wire) and "a criminal inquiry into involuntary manslaughter" (web story) describe the same step by the Rhalda Cantonal Prosecutor\'s Office in different words.',
      sides: [
        { file: W, quote: "said it had opened an investigation for negligent homicide and seized the resort's blasting records", value: 'investigation opened' },
        { file: B, quote: 'has opened a criminal inquiry into involuntary manslaughter', value: 'criminal inquiry opened' },
      ],
    },
    {
      id: 'vennalp-2019', kind: 'numeric',
      summary: 'The three skiers killed at Vennalp in 2019 belong to another, earlier avalanche, not a rival figure for this toll.',
      sides: [
        { file: X, quote: 'The last comparable accident, at Vennalp in 2019, killed three skiers.', value: '3 (Vennalp, 2019)' },
        { file: X, quote: "Even by the ministry's count of four, this is the deadliest avalanche at an Orsavian resort in years.", value: '4 (Pralet, 2026)' },
      ],
    },
  ],
};
