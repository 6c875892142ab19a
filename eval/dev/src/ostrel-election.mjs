// Hand-written gold source for the disputed presidential count in Ostrel (invented event,
// Calvrenia, May 2026). build-gold.mjs turns it into ../gold/ostrel-election.json.
const W = 'palisade-wire.txt';
const H = 'tavik-courant-live.md';
const Z = 'zvn-news.md';
const M = 'iskaro-morning.txt';
const X = 'harrowfield-letter.md';

export default {
  corpus: 'ostrel-election',
  note: 'Invented event written for the project: on Sunday 10 May 2026 the fictional country of Calvrenia (capital Iskaro) elects its president; the Central Election Commission (CEC), chaired by Grigor Chernak (spelled Tchernak by the foreign analysis), declares the incumbent Leontin Mandros of the Concord Movement the winner, while the challenger Yelena Hrabeš of the Civic Bridge Party (CBP; spelled Hrabesh by the wire and the foreign analysis) says the count was rigged in her home province of Ostrel (provincial capital Tavik). The observer mission of the Forum of Riverine States (FRS) and the domestic monitoring group Open Ballot Calvrenia (OBC) report irregularities, including a video from Polling Station 118 in the village of Korvatsy (spelled Korvaci by the foreign analysis); protests on Fountain Square in Tavik are broken up on Monday night, the campaign manager Rostam Beglar is detained, and Hrabeš asks the Constitutional Court to order a recount. Five invented outlets: the Tavik Courant live blog (Sunday night and Monday), the Palisade wire (Tuesday), the independent ZVN News (Wednesday), the state-aligned Iskaro Morning (Thursday) and the foreign analysis The Harrowfield Letter (the next Tuesday). They disagree about turnout (68.4% vs 57.2%), Mandros\'s share (51.8% vs 46.3% in the CBP\'s parallel count), whether observers were let into counting rooms, whether the box at Polling Station 118 was stuffed, whether Hrabeš conceded, whether Beglar is in custody or was released, who said "The voting was calm. It was the counting that went wrong" (the FRS mission head Lisbet Aarvenn or the OBC director Vesna Santek) and when Mandros was declared the winner (23:40 on Sunday vs 6 a.m. on Monday); the live blog corrects its own figure of invalid ballots (184,000, then 18,400). The ballots counted rising from 1.3 to 3.6 million on results night is an update, not a contradiction; Ostrel\'s 79.6% turnout is a part of the national 68.4%; 86 arrests in Tavik on Monday night and more than 130 nationwide since are different sets.',
  files: [X, M, W, H, Z],
  meta: { [W]: [2, 3], [M]: [2, 3], [X]: [3] },

  actors: [
    // places
    { id: 'calvrenia', name: 'Calvrenia', type: 'place', forms: ['Calvrenia'], note: '"Calvrenia" inside "Open Ballot Calvrenia" is a nested name; "Calvrenian(s)" is a demonym' },
    { id: 'iskaro', name: 'Iskaro', type: 'place', forms: ['Iskaro', 'ISKARO'], note: 'the capital; "Iskaro Morning" is a nested name' },
    { id: 'ostrel', name: 'Ostrel Province', type: 'place', forms: ['Ostrel Province', 'Ostrel'], note: '"Ostrel Provincial Election Commission" is a nested name; "Ostrel-based" is a glued modifier' },
    { id: 'tavik', name: 'Tavik', type: 'place', forms: ['Tavik', 'TAVIK'], note: 'the provincial capital; "Tavik Courant" and "Tavik Regional Hospital" are nested names' },
    { id: 'korvatsy', name: 'Korvatsy', type: 'place', forms: ['Korvatsy', 'Korvaci'], note: 'the village of Polling Station 118; the foreign analysis spells it Korvaci' },
    { id: 'ps118', name: 'Polling Station 118', type: 'place', forms: ['Polling Station 118'], note: 'a named polling station (a facility) is typed place' },
    { id: 'fountain-square', name: 'Fountain Square', type: 'place', forms: ['Fountain Square'] },
    { id: 'hall-of-republic', name: 'Hall of the Republic', type: 'place', forms: ['Hall of the Republic'] },
    // organizations
    { id: 'cec', name: 'Central Election Commission', type: 'organization', forms: ['Central Election Commission', 'CEC'] },
    { id: 'opec', name: 'Ostrel Provincial Election Commission', type: 'organization', forms: ['Ostrel Provincial Election Commission'], note: 'the province inside its name is a nested name; "the provincial (election) commission" is nominal' },
    { id: 'frs', name: 'Forum of Riverine States', type: 'organization', forms: ['Forum of Riverine States', 'FRS'], note: 'the international body whose observer mission watched the vote; "FRS-led" is a glued modifier' },
    { id: 'obc', name: 'Open Ballot Calvrenia', type: 'organization', forms: ['Open Ballot Calvrenia', 'OBC'], note: 'the domestic monitoring group' },
    { id: 'cbp', name: 'Civic Bridge Party', type: 'organization', forms: ['Civic Bridge Party', 'CBP'], note: 'the challenger\'s party' },
    { id: 'concord', name: 'Concord Movement', type: 'organization', forms: ['Concord Movement'], note: 'the President\'s party' },
    { id: 'interior', name: 'Ministry of the Interior', type: 'organization', forms: ['Ministry of the Interior'], note: '"Interior Minister" is a title before a name; "the interior ministry" (lowercase) is nominal' },
    { id: 'police', name: 'National Police', type: 'organization', forms: ['National Police'], note: '"Police" and "the police" without the name are nominal' },
    { id: 'court', name: 'Constitutional Court', type: 'organization', forms: ['Constitutional Court'] },
    { id: 'sondar', name: 'Sondar Institute', type: 'organization', forms: ['Sondar Institute'], note: 'a pollster' },
    { id: 'hospital', name: 'Tavik Regional Hospital', type: 'organization', forms: ['Tavik Regional Hospital'] },
    { id: 'palisade', name: 'Palisade', type: 'organization', forms: ['Palisade'], note: 'the wire agency; the dateline "(Palisade)" is a mention' },
    { id: 'courant', name: 'Tavik Courant', type: 'organization', forms: ['Tavik Courant', 'Courant'], note: 'the local paper; its live blog says "the Courant"' },
    { id: 'zvn', name: 'ZVN News', type: 'organization', forms: ['ZVN News', 'ZVN'] },
    { id: 'morning', name: 'Iskaro Morning', type: 'organization', forms: ['Iskaro Morning'], note: 'the state-aligned paper, named in the text only by the foreign analysis' },
    { id: 'harrowfield', name: 'The Harrowfield Letter', type: 'organization', forms: ['The Harrowfield Letter'], note: 'named in its byline line (metadata) and, with its article, in the text' },
    // people
    { id: 'mandros', name: 'Leontin Mandros', type: 'person', forms: ['Leontin Mandros', 'Mandros'], note: 'the President; "pro-Mandros" is a glued modifier' },
    { id: 'hrabes', name: 'Yelena Hrabeš', type: 'person', forms: ['Yelena Hrabeš', 'Yelena Hrabesh', 'Hrabeš', 'Hrabesh'], note: 'the challenger; the wire and the foreign analysis write Hrabesh' },
    { id: 'chernak', name: 'Grigor Chernak', type: 'person', forms: ['Grigor Chernak', 'Grigor Tchernak', 'Chernak', 'Tchernak'], note: 'chair of the CEC; the foreign analysis transliterates Tchernak' },
    { id: 'aarvenn', name: 'Lisbet Aarvenn', type: 'person', forms: ['Lisbet Aarvenn', 'Aarvenn'], note: 'head of the FRS observer mission' },
    { id: 'santek', name: 'Vesna Santek', type: 'person', forms: ['Vesna Santek', 'Santek'], note: 'director of OBC' },
    { id: 'temes', name: 'Dalibor Temes', type: 'person', forms: ['Dalibor Temes', 'Temes'], note: 'head of the Ostrel Provincial Election Commission' },
    { id: 'beglar', name: 'Rostam Beglar', type: 'person', forms: ['Rostam Beglar', 'Beglar'], note: 'Hrabeš\'s campaign manager, detained on Monday night' },
    { id: 'korda', name: 'Branka Korda', type: 'person', forms: ['Branka Korda'], note: 'Beglar\'s lawyer' },
    { id: 'ulvan', name: 'Matej Ulvan', type: 'person', forms: ['Matej Ulvan'], note: 'CBP spokesman' },
    { id: 'ruzhin', name: 'Stefan Ruzhin', type: 'person', forms: ['Stefan Ruzhin', 'Ruzhin'], note: 'Interior Minister' },
    { id: 'orzhek', name: 'Danil Orzhek', type: 'person', forms: ['Danil Orzhek'], note: 'police spokesman (Col.)' },
    { id: 'kolm', name: 'Daria Kolm', type: 'person', forms: ['Daria Kolm', 'Kolm'], note: 'presidential spokeswoman' },
    { id: 'brann', name: 'Ludmila Brann', type: 'person', forms: ['Ludmila Brann'], note: 'a voter in Tavik' },
    { id: 'anzor', name: 'Anzor', type: 'person', forms: ['Anzor'], note: 'a student named by first name only' },
    { id: 'halloway', name: 'Renske Halloway', type: 'person', forms: ['Renske Halloway', 'Halloway'], note: 'an election analyst quoted by the foreign analysis' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (commission|mission|party|ministry|group|square|province|minister)\\b', why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: '\\b[Tt]he court\\b(?! building)', why: 'nominal reference to the Constitutional Court (lowercase; "the court building" is a building, not a reference to the court)' },
    { pattern: '\\b[Tt]he (provincial (?:election )?commission|interior ministry)\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b[Tt]he [Pp]resident\\b', why: 'title used without a name' },
    { pattern: '\\b[Tt]he police\\b(?! headquarters)', why: 'nominal reference to the National Police (lowercase; "the police headquarters" is a building, not a reference to the police)' },
    { pattern: '(?<!National )\\bPolice\\b', why: 'nominal reference to the police (capitalized only at the start of a sentence or headline: "Police spokesman", "Police fired")' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Yelena Hrabeš', cue: 'she told Palisade', quote: 'This result was written before the count began' },
    { file: W, speaker: 'Lisbet Aarvenn', cue: 'mission head Lisbet Aarvenn told reporters', quote: 'The voting was calm' },
    { file: W, speaker: 'Danil Orzhek', cue: 'he said', quote: 'The police did not start this. We finished it' },
    { file: H, speaker: 'Vesna Santek', cue: 'told the Courant', quote: 'This box was stuffed in front of our observer' },
    { file: H, speaker: 'Grigor Chernak', cue: 'Chernak said', quote: 'The gap is already too wide to be closed' },
    { file: H, speaker: 'Dalibor Temes', cue: 'Temes said', quote: 'No ballots were stuffed at Polling Station 118' },
    { file: Z, speaker: 'Yelena Hrabeš', cue: 'Hrabeš told ZVN News', quote: 'I have not conceded, and I will not concede to a count that was stolen' },
    { file: Z, speaker: 'Branka Korda', cue: 'said Branka Korda', quote: 'He has been charged with organising mass unrest' },
    { file: Z, speaker: 'Lisbet Aarvenn', cue: 'told ZVN', quote: 'Our observers stood outside locked doors while the ballots were counted' },
    { file: M, speaker: 'Daria Kolm', cue: 'Kolm said', quote: 'She congratulated the President and asked him to be generous to her supporters' },
    { file: M, speaker: 'Leontin Mandros', cue: 'the President said', quote: 'The people have spoken calmly and clearly. Now it is time to build' },
    { file: M, speaker: 'Stefan Ruzhin', cue: 'the minister said', quote: 'Those who throw stones at police officers will answer for it' },
    { file: X, speaker: 'Renske Halloway', cue: 'said Renske Halloway', quote: 'Turnout is where an election is most easily padded' },
    { file: X, speaker: 'Grigor Chernak', cue: 'Grigor Tchernak, says', quote: 'says observers had full access to every counting room in the country' },
    { file: X, speaker: 'Renske Halloway', cue: 'Halloway said', quote: 'A recount would cost the government a few weeks' },
  ],

  contradictions: [
    {
      id: 'turnout', level: 'core', kind: 'numeric',
      summary: 'National turnout: the Central Election Commission (CEC) says 68.4 percent; the monitoring group Open Ballot Calvrenia (OBC), whose volunteers counted voters at 1,150 polling stations, says 57.2 percent.',
      sides: [
        { file: W, quote: 'Turnout was 68.4 percent, the commission said.', value: '68.4%', speaker: 'Central Election Commission', camp: 'A' },
        { file: H, quote: 'Turnout was 68.4 percent, the commission says', value: '68.4%', speaker: 'Central Election Commission', camp: 'A' },
        { file: Z, quote: 'The CEC puts it at 68.4 percent.', value: '68.4%', speaker: 'Central Election Commission', camp: 'A' },
        { file: M, quote: 'Turnout was 68.4 percent, the highest for a presidential election since 2011', value: '68.4%', speaker: 'Central Election Commission', camp: 'A' },
        { file: X, quote: 'The commission puts turnout at 68.4 percent.', value: '68.4%', speaker: 'Central Election Commission', camp: 'A' },
        { file: H, quote: 'OBC has published its own figure: national turnout was 57.2 percent, not 68.4.', value: '57.2%', speaker: 'Open Ballot Calvrenia', camp: 'B' },
        { file: Z, quote: 'says real turnout was 57.2 percent', value: '57.2%', speaker: 'Open Ballot Calvrenia', camp: 'B' },
        { file: X, quote: 'puts it at 57.2 percent', value: '57.2%', speaker: 'Open Ballot Calvrenia', camp: 'B' },
      ],
    },
    {
      id: 'vote-share', level: 'core', kind: 'numeric',
      summary: 'The result: the CEC gives President Leontin Mandros 51.8 percent (and Yelena Hrabeš 45.6); the Civic Bridge Party\'s parallel count from copies of polling-station protocols gives Mandros 46.3 percent (and Hrabeš 50.9).',
      sides: [
        { file: W, quote: 'give Mandros 51.8 percent of the vote', value: '51.8%', speaker: 'Central Election Commission', camp: 'A' },
        { file: H, quote: 'Mandros 51.8 percent, Hrabeš 45.6 percent', value: '51.8%', speaker: 'Central Election Commission', camp: 'A' },
        { file: Z, quote: 'President Leontin Mandros won Sunday’s election with 51.8 percent of the vote', value: '51.8%', speaker: 'Central Election Commission', camp: 'A' },
        { file: X, quote: 'The Central Election Commission (CEC) says President Leontin Mandros won a second term with 51.8 percent of the vote', value: '51.8%', speaker: 'Central Election Commission', camp: 'A' },
        { file: H, quote: 'gives Mandros 46.3 percent and Hrabeš 50.9 percent', value: '46.3%', speaker: 'Civic Bridge Party', camp: 'B' },
        { file: Z, quote: 'It gives Mandros 46.3 percent.', value: '46.3%', speaker: 'Civic Bridge Party', camp: 'B' },
        { file: X, quote: 'the true figures are 46.3 percent for Mandros and 50.9 percent for Hrabesh', value: '46.3%', speaker: 'Civic Bridge Party', camp: 'B' },
      ],
    },
    {
      id: 'observers-access', level: 'core', kind: 'polarity',
      summary: 'Whether observers were let into the counting rooms: the CEC and its chair, Grigor Chernak, say every observer had full access; the observer mission of the Forum of Riverine States (FRS) says its teams were refused entry at 38 of the 160 polling stations they visited in Ostrel.',
      sides: [
        { file: H, quote: 'Observers had full access to every counting room in the country.', speaker: 'Grigor Chernak', camp: 'A' },
        { file: W, quote: 'all accredited observers had been admitted to the counts', speaker: 'Grigor Chernak', camp: 'A' },
        { file: M, quote: 'Every observer who asked to watch a count was let in', speaker: 'Grigor Chernak', camp: 'A' },
        { file: M, quote: 'International observers were present in counting rooms throughout the country, the commission said.', speaker: 'Central Election Commission', camp: 'A' },
        { file: X, quote: 'says observers had full access to every counting room in the country', speaker: 'Grigor Chernak', camp: 'A' },
        { file: H, quote: 'FRS observers were refused entry to counting rooms at 38 of the 160 polling stations they visited in Ostrel', speaker: 'Lisbet Aarvenn', camp: 'B' },
        { file: W, quote: 'its teams had been refused entry to counting rooms at 38 of the 160 polling stations they visited in Ostrel', speaker: 'Forum of Riverine States', camp: 'B' },
        { file: Z, quote: 'Our observers stood outside locked doors while the ballots were counted', speaker: 'Lisbet Aarvenn', camp: 'B' },
        { file: X, quote: 'says its teams were refused entry to counting rooms at 38 of the 160 polling stations they visited in Ostrel', speaker: 'Forum of Riverine States', camp: 'B' },
      ],
    },
    {
      id: 'korvatsy-box', level: 'secondary', kind: 'polarity',
      summary: 'Polling Station 118 in Korvatsy: OBC says its video shows the ballot box being stuffed (and ZVN News, which reviewed it, describes bundles pushed through the slot); the Ostrel Provincial Election Commission and its head, Dalibor Temes, say no ballots were stuffed and the man was putting unused ballots away.',
      sides: [
        { file: H, quote: 'This box was stuffed in front of our observer', speaker: 'Vesna Santek', camp: 'A' },
        { file: W, quote: 'which it says shows a ballot box being stuffed', speaker: 'Open Ballot Calvrenia', camp: 'A' },
        { file: Z, quote: 'takes at least three bundles of ballots from a bag and pushes them through the slot of the box', speaker: 'ZVN News', camp: 'A' },
        { file: X, quote: 'OBC says a ballot box was stuffed at Polling Station 118 in the village of Korvaci', speaker: 'Open Ballot Calvrenia', camp: 'A' },
        { file: X, quote: 'the bundles go into the slot of the box, not into a storage box', speaker: 'The Harrowfield Letter', camp: 'A' },
        { file: H, quote: 'No ballots were stuffed at Polling Station 118', speaker: 'Dalibor Temes', camp: 'B' },
        { file: W, quote: 'The provincial election commission said the video showed no wrongdoing.', speaker: 'Ostrel Provincial Election Commission', camp: 'B' },
        { file: Z, quote: 'says the box was not stuffed and that the ballots were unused ones being put away', speaker: 'Ostrel Provincial Election Commission', camp: 'B' },
        { file: M, quote: 'No ballots were stuffed at Polling Station 118. The video shows a member of the commission putting unused ballots into a storage box', speaker: 'Dalibor Temes', camp: 'B' },
        { file: X, quote: 'says nothing of the kind happened and that the man in the video was putting away unused ballots', speaker: 'Ostrel Provincial Election Commission', camp: 'B' },
      ],
    },
    {
      id: 'concession', level: 'core', kind: 'status',
      summary: 'Whether the challenger conceded: the President\'s spokeswoman, Daria Kolm, and the state-aligned paper say Yelena Hrabeš conceded in a telephone call to Mandros on Tuesday evening (12 May); Hrabeš says on Wednesday that she has not conceded and will not, and is asking the Constitutional Court for a recount.',
      sides: [
        { file: M, quote: 'Opposition candidate Yelena Hrabeš conceded defeat in a telephone call to President Mandros on Tuesday evening', speaker: 'Daria Kolm', camp: 'A' },
        { file: X, quote: 'The presidential office says Hrabesh conceded in a telephone call to Mandros on 12 May.', speaker: 'the presidential office', camp: 'A' },
        { file: Z, quote: 'I have not conceded, and I will not concede to a count that was stolen', speaker: 'Yelena Hrabeš', camp: 'B' },
        { file: X, quote: 'and that she has not conceded', speaker: 'Yelena Hrabeš', camp: 'B' },
      ],
    },
    {
      id: 'beglar-custody', level: 'secondary', kind: 'status',
      summary: 'Rostam Beglar, Hrabeš\'s campaign manager, detained on Monday night: his lawyer, Branka Korda, says he remains in custody in Tavik (Wednesday, and still the next week); the Ministry of the Interior says he was released on Tuesday morning after questioning.',
      sides: [
        { file: Z, quote: 'remains in custody at the police headquarters in Tavik, his lawyer said on Wednesday', speaker: 'Branka Korda', camp: 'A' },
        { file: X, quote: 'is still in custody in Tavik, according to his lawyer, Branka Korda', speaker: 'Branka Korda', camp: 'A' },
        { file: M, quote: 'was released on Tuesday morning after questioning, the Ministry of the Interior said', speaker: 'Ministry of the Interior', camp: 'B' },
        { file: X, quote: 'The Ministry of the Interior said last week that he had been released.', speaker: 'Ministry of the Interior', camp: 'B' },
      ],
    },
    {
      id: 'counting-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same remark, "The voting was calm. It was the counting that went wrong", is credited by the wire to Lisbet Aarvenn, head of the FRS observer mission, and by the live blog to Vesna Santek, director of OBC.',
      sides: [
        { file: W, quote: '"The voting was calm," mission head Lisbet Aarvenn told reporters in the capital, Iskaro. "It was the counting that went wrong."', speaker: 'Lisbet Aarvenn', camp: 'A' },
        { file: H, quote: 'Santek went further. “The voting was calm. It was the counting that went wrong,” she said.', speaker: 'Vesna Santek', camp: 'B' },
      ],
    },
    {
      id: 'winner-declared', level: 'secondary', kind: 'temporal',
      summary: 'When Mandros was declared the winner: the live blog, the wire and the foreign analysis say Chernak did so at 23:40 on Sunday, shortly before midnight, with most ballots uncounted; the state-aligned paper, citing Chernak, says the CEC declared him the winner at 6 a.m. on Monday, once all protocols had arrived.',
      sides: [
        { file: W, quote: 'declared President Leontin Mandros the winner shortly before midnight on Sunday', value: '~23:45 Sun', speaker: 'Central Election Commission', camp: 'A' },
        { file: H, quote: 'Chernak declared Mandros the winner at 23:40 on Sunday', value: '23:40 Sun', speaker: 'Grigor Chernak', camp: 'A' },
        { file: X, quote: 'Tchernak also declared Mandros the winner at 11:40 p.m. on election night', value: '23:40 Sun', speaker: 'Grigor Chernak', camp: 'A' },
        { file: M, quote: 'The CEC declared Mandros the winner at 6 a.m. on Monday, once protocols from all 6,340 polling stations had been received', value: '06:00 Mon', speaker: 'Grigor Chernak', camp: 'B' },
        { file: M, quote: 'We announced nothing until the last protocol was in', value: '06:00 Mon', speaker: 'Grigor Chernak', camp: 'B' },
        { file: X, quote: 'reported that the winner was declared at 6 a.m. on Monday', value: '06:00 Mon', speaker: 'Iskaro Morning', camp: 'B' },
      ],
    },
    {
      id: 'invalid-ballots-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that the CEC had declared 184,000 ballots invalid, then corrected it to 18,400; the state-aligned paper and the foreign analysis give 18,400.',
      sides: [
        { file: H, quote: 'The CEC also says 184,000 ballots were declared invalid.', value: '184000', speaker: 'Central Election Commission', camp: 'A' },
        { file: H, quote: 'The CEC figure is 18,400 invalid ballots.', value: '18400', speaker: 'Central Election Commission', camp: 'B' },
        { file: M, quote: 'He added that 18,400 ballots had been declared invalid', value: '18400', speaker: 'Grigor Chernak', camp: 'B' },
        { file: X, quote: 'The commission says 18,400 ballots were declared invalid', value: '18400', speaker: 'Central Election Commission', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'ballots-counted-rise', kind: 'numeric',
      summary: 'The ballots counted rose from 1.3 million (22:05 on Sunday) to 3.6 million (01:30 on Monday), and the later entry says so: an update as results come in, not a contradiction.',
      sides: [
        { file: H, quote: 'The CEC says 1.3 million ballots have been counted nationwide.', value: '1.3 million (22:05)' },
        { file: H, quote: 'The CEC now says 3.6 million ballots have been counted, up from 1.3 million at 22:05.', value: '3.6 million (01:30)' },
      ],
    },
    {
      id: 'share-rounding', kind: 'numeric',
      summary: '"about 52 percent" in the state-aligned paper and 51.8 percent in the foreign analysis are the same official figure, rounded.',
      sides: [
        { file: M, quote: 'Mandros won about 52 percent of the vote', value: '~52%' },
        { file: X, quote: 'won a second term with 51.8 percent of the vote', value: '51.8%' },
      ],
    },
    {
      id: 'ostrel-vs-national-turnout', kind: 'numeric',
      summary: 'Turnout of 79.6 percent in Ostrel Province and 68.4 percent nationally are part and whole (both CEC figures).',
      sides: [
        { file: H, quote: 'Turnout in Ostrel Province was 79.6 percent, the CEC says, the highest of any province.', value: '79.6% (Ostrel)' },
        { file: W, quote: 'Turnout was 68.4 percent, the commission said.', value: '68.4% (national)' },
      ],
    },
    {
      id: 'registered-vs-cast', kind: 'numeric',
      summary: '7.9 million registered voters and 5.41 million ballots cast are different sets (68.4 percent of the first is the second).',
      sides: [
        { file: H, quote: 'out of 7.9 million registered voters', value: '7.9 million registered' },
        { file: Z, quote: 'According to the commission, 5.41 million ballots were cast.', value: '5.41 million cast' },
      ],
    },
    {
      id: 'arrests-words-digits', kind: 'numeric',
      summary: '"arrested 86 people" and "Eighty-six people were detained" are the same figure for Monday night in Tavik, in digits and in words, with synonyms.',
      sides: [
        { file: W, quote: 'arrested 86 people in the provincial capital of Tavik on Monday night', value: '86' },
        { file: M, quote: 'Eighty-six people were detained, he said.', value: '86' },
      ],
    },
    {
      id: 'crowd-more-than-vs-about', kind: 'numeric',
      summary: '"More than 20,000" and "about 22,000" people on Fountain Square on Monday are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 20,000 people gathered on Fountain Square in central Tavik on Monday evening', value: '>20000' },
        { file: Z, quote: 'Police put the crowd on the square on Monday at about 22,000.', value: '~22000' },
      ],
    },
    {
      id: 'arrests-tavik-vs-national', kind: 'numeric',
      summary: '86 arrested in Tavik on Monday night and more than 130 arrested across Calvrenia since the protests began are different sets (one city and one night vs the whole country over a week).',
      sides: [
        { file: Z, quote: 'They say 86 people were arrested', value: '86 (Tavik, Monday night)' },
        { file: X, quote: 'More than 130 people have been arrested across Calvrenia since the protests began on 11 May', value: '>130 (nationwide, since 11 May)' },
      ],
    },
  ],
};
