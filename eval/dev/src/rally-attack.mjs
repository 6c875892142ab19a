// Hand-written gold source for the attack on an opposition campaign rally in Zhelin (invented
// event, Ruvenia, October 2026). build-gold.mjs turns it into ../gold/rally-attack.json.
// Three files imitate text saved from news websites (.txt: the headline twice, site
// boilerplate, bylines, "Updated" lines, captions with photo credits, "Read more" lines and, in
// the explainer, footnote markers with a numbered source list); two are Markdown converted from
// news pages (the web story with breadcrumb links, a `# Headline`, an italic standfirst, a byline
// as a link, a "Published ... · Updated ..." line, an image line and key points; the
// state-aligned paper with YAML front matter). Site names, navigation bars, bylines, date and
// "Updated" lines, "Share this article", "Advertisement", "Read more" lines, the wire's
// "(Adds ...)" and "(Reporting by ...)" lines, the breadcrumb line, the source list and the
// author's bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and their credits are counted text. Link URLs are not text: they
// are in ignore (a nominal pattern).
const W = '000_63d4c686d79fe2c1.txt'; // Bowline wire, UPDATE 2 (Sunday 11 October), US style, straight quotes, writes Vrancic and Jaresko
const L = '001_cda407760644e30b.txt'; // Zhelin Post live blog, newest first (Saturday 17:58 to Sunday 00:20), curly quotes, writes St. Luka
const N = '002_2e9220041fc1ed69.md'; // HVN News web story (Sunday 11 October), breadcrumb Markdown, UK style, curly quotes, writes St Luka
const T = '003_4f9153efccc05d03.md'; // state-aligned Astoren Herald (Monday 12 October), YAML front matter, curly quotes
const X = '004_bc9b04affc6d96e5.txt'; // The Whetstone explainer in questions with footnotes (Wednesday 14 October), US style, straight quotes, writes Vrancic, Jelin, Jaresko and Illes

export default {
  corpus: 'rally-attack',
  note: 'Invented event written for the project: on the evening of Saturday 10 October 2026, two weeks before the first round of the presidential election (Sunday 25 October), a man stabs the opposition candidate Adela Vrancić (Vrancic in the wire and the explainer), leader of Civic Spring, on the stage of her open-air rally in Rakovec Square in the provincial city of Zhelin (Jelin in the explainer), in the fictional country of Ruvenia (capital Astoren); shots are fired, a 71-year-old man is shot dead, a volunteer dies in surgery by the hospital\'s count, 14 people are wounded, the crowd pins down the suspect Bogdan Yaresko (Jaresko in the wire and the explainer) and the police seek a man in a grey hooded jacket. The five files have random names: the Bowline wire (Sunday, 000), the Zhelin Post live blog (Saturday night, 001), the HVN News web story (Sunday, 002), the state-aligned Astoren Herald (Monday, 003) and The Whetstone explainer with a source list (Wednesday, 004). The campaign spokesman Emil Dravec, Interior Minister Oskar Brannov and the Interior Ministry, National Police Chief Commissioner Ivo Karsten and the National Police, Regional Prosecutor Hana Lendvai, St. Luka Regional Hospital (St Luka in the web story) and its head of surgery Dr. Nadia Ferenczi, President Viktor Lazarin and his Homeland Accord with its youth wing Accord Youth and secretary-general Rudolf Stamm, the National Electoral Board (NEB) and its chair Vesna Orlić, the regional bloc Saros Community, the rights group Free Assembly Watch (FAW) and its director Selma Jovanka, witnesses Bojan Kravets and Lidia Marku, the suspect\'s mother Olga Yaresko and his lawyer Miroslav Tenk disagree about the dead (two by the hospital, one by the ministry), whether the candidate is critical or stable and out of danger, whether the suspect acted alone or a second man fired the shots, whether he belonged to Accord Youth, whether the campaign warned the police in a letter of 2 October, the time of the attack (17:48 vs 17:31), whether he has been charged, and who said "One man\'s crime must not become a nation\'s quarrel" (Brannov in the wire, Lazarin in the state-aligned paper); the live blog corrects its own report of the suspect\'s age (19, then 29). The wounded rising from nine to 14 is an update; 4,200 and "about 4,000" in the crowd are one figure rounded; two police officers treated at the scene are not among the 14 wounded; six wounded at St. Luka are part of the 14; "in police custody" and "detained" are synonyms; "about 120" and "more than 100" officers agree; the 23 wounded by a grenade in 2011 belong to an earlier attack.',
  files: [W, L, N, T, X],
  meta: {
    [W]: [1, 2, 3, 5, 6, 7, 16, 56, 58, 59, 60],
    [L]: [1, 2, 3, 4, 10, 11, 26, 57, 70, 72],
    [N]: [1, 7, 9],
    [T]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 67, 68, 69, 70, 71, 72, 74],
  },

  actors: [
    // places
    { id: 'ruvenia', name: 'Ruvenia', type: 'place', forms: ['Ruvenia'], note: 'the country; "Ruvenian" and "Ruvenians" are demonyms' },
    { id: 'zhelin', name: 'Zhelin', type: 'place', forms: ['Zhelin', 'Jelin', 'ZHELIN'], note: 'the provincial city of the rally; the explainer writes Jelin; the wire\'s dateline is capitalized; "Zhelin Post" and "Zhelin City Hospital" are nested names' },
    { id: 'astoren', name: 'Astoren', type: 'place', forms: ['Astoren', 'ASTOREN'], note: 'the capital; the state-aligned paper\'s dateline is capitalized; "Astoren Herald" and "Astoren Institute for Public Policy" are nested names' },
    { id: 'vertova', name: 'Vertova Province', type: 'place', forms: ['Vertova Province'], note: 'the province of Zhelin; named in counted text only by the state-aligned paper (the live blog\'s navigation bar and the web story\'s byline are metadata)' },
    { id: 'rakovec', name: 'Rakovec Square', type: 'place', forms: ['Rakovec Square'], note: 'the square in Zhelin where the rally was held; "the square" is nominal' },
    { id: 'kovarna', name: 'Kovarna Street', type: 'place', forms: ['Kovarna Street'], note: 'the street of the police headquarters in Zhelin' },
    // organizations
    { id: 'civic-spring', name: 'Civic Spring', type: 'organization', forms: ['Civic Spring'], note: 'the candidate\'s opposition party; "the party" and "the campaign" are nominal' },
    { id: 'homeland-accord', name: 'Homeland Accord', type: 'organization', forms: ['Homeland Accord'], note: 'President Lazarin\'s ruling party; "the ruling party" and "his party" are nominal' },
    { id: 'accord-youth', name: 'Accord Youth', type: 'organization', forms: ['Accord Youth'], note: 'the youth wing of Homeland Accord; "its youth wing" and "the youth organisation" are nominal' },
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: '"Interior Minister" before a name is a title; "the ministry" is nominal' },
    { id: 'national-police', name: 'National Police', type: 'organization', forms: ['National Police'], note: '"National Police Chief Commissioner Ivo Karsten": the organization is a mention, "Chief Commissioner" a title; lowercase "police" and "Police" opening a sentence are nominal' },
    { id: 'st-luka', name: 'St. Luka Regional Hospital', type: 'organization', forms: ['St. Luka Regional Hospital', 'St Luka Regional Hospital', 'St. Luka', 'St Luka'], note: 'the hospital where the candidate was operated on; the web story writes St Luka; "the hospital" is nominal' },
    { id: 'city-hospital', name: 'Zhelin City Hospital', type: 'organization', forms: ['Zhelin City Hospital'], note: 'the second hospital; "Zhelin" inside it is nested' },
    { id: 'neb', name: 'National Electoral Board', type: 'organization', forms: ['National Electoral Board', 'NEB'], note: 'the election commission, defined as (NEB) in the wire, the state-aligned paper and the explainer; "NEB chair Vesna Orlić" is a mention' },
    { id: 'saros', name: 'Saros Community', type: 'organization', forms: ['Saros Community'], note: 'the regional bloc; "the regional bloc" is nominal; "the Saros region" in the wire\'s "Read more" line is metadata' },
    { id: 'faw', name: 'Free Assembly Watch', type: 'organization', forms: ['Free Assembly Watch', 'FAW'], note: 'the rights group, defined as (FAW) in the web story and the explainer; its report in the explainer\'s source list is metadata' },
    { id: 'institute', name: 'Astoren Institute for Public Policy', type: 'organization', forms: ['Astoren Institute for Public Policy'], note: 'a think tank quoted by the state-aligned paper' },
    { id: 'bowline', name: 'Bowline', type: 'organization', forms: ['Bowline'], note: 'the wire agency: the dateline "(Bowline)", "told Bowline", the photo credits "Pieter Haldane/Bowline" (also in the explainer) and "by Bowline" in the explainer are mentions; its site-name line and its name in the source list are metadata' },
    { id: 'zhelin-post', name: 'Zhelin Post', type: 'organization', forms: ['Zhelin Post', 'Post'], note: 'the local paper running the live blog; "told the Post" is spanned without the article; the photo credit "Marek Sova/Zhelin Post" and "by the Zhelin Post" in the explainer are mentions; its site-name line is metadata; "our 18:40 post" is lowercase, no mention' },
    { id: 'hvn', name: 'HVN News', type: 'organization', forms: ['HVN News'], note: 'the broadcaster, named in its own text ("HVN News has seen"), its photo credit, the state-aligned paper and the explainer; its breadcrumb line is metadata' },
    { id: 'herald', name: 'Astoren Herald', type: 'organization', forms: ['Astoren Herald'], note: 'the state-aligned paper, named in counted text only by the explainer; its front matter is metadata' },
    { id: 'whetstone', name: 'The Whetstone', type: 'organization', forms: ['The Whetstone'], note: 'the explainer site, which names itself in the text ("told The Whetstone"); its site-name line and the author\'s bio are metadata' },
    // people
    { id: 'vrancic', name: 'Adela Vrancić', type: 'person', forms: ['Adela Vrancić', 'Adela Vrancic', 'Vrancić', 'Vrancic'], note: 'the opposition presidential candidate, leader of Civic Spring; the wire and the explainer write Vrancic; "Ms"/"Mrs" are titles; "the candidate" is nominal' },
    { id: 'dravec', name: 'Emil Dravec', type: 'person', forms: ['Emil Dravec', 'Dravec'], note: 'Civic Spring campaign spokesman' },
    { id: 'brannov', name: 'Oskar Brannov', type: 'person', forms: ['Oskar Brannov', 'Brannov'], note: 'Interior Minister (a title); "Mr Brannov": the title is outside' },
    { id: 'karsten', name: 'Ivo Karsten', type: 'person', forms: ['Ivo Karsten', 'Karsten'], note: 'Chief Commissioner of the National Police ("Commissioner Karsten": the title is outside); "the commissioner" is nominal' },
    { id: 'lendvai', name: 'Hana Lendvai', type: 'person', forms: ['Hana Lendvai'], note: 'the regional prosecutor ("Regional Prosecutor" is a title)' },
    { id: 'ferenczi', name: 'Nadia Ferenczi', type: 'person', forms: ['Nadia Ferenczi', 'Ferenczi'], note: 'head of surgery at St. Luka Regional Hospital ("Dr." is a title)' },
    { id: 'lazarin', name: 'Viktor Lazarin', type: 'person', forms: ['Viktor Lazarin', 'Lazarin'], note: 'the incumbent President ("President Lazarin"); "the President" and "the president" without a name are nominal' },
    { id: 'stamm', name: 'Rudolf Stamm', type: 'person', forms: ['Rudolf Stamm'], note: 'secretary-general of Homeland Accord' },
    { id: 'orlic', name: 'Vesna Orlić', type: 'person', forms: ['Vesna Orlić'], note: 'chair of the National Electoral Board' },
    { id: 'jovanka', name: 'Selma Jovanka', type: 'person', forms: ['Selma Jovanka'], note: 'director of Free Assembly Watch' },
    { id: 'kravets', name: 'Bojan Kravets', type: 'person', forms: ['Bojan Kravets', 'Kravets'], note: 'a honey seller who witnessed the attack ("Mr Kravets")' },
    { id: 'marku', name: 'Lidia Marku', type: 'person', forms: ['Lidia Marku'], note: 'a student who witnessed the attack' },
    { id: 'tenk', name: 'Miroslav Tenk', type: 'person', forms: ['Miroslav Tenk', 'Tenk'], note: 'the suspect\'s lawyer ("Mr Tenk")' },
    { id: 'olga-yaresko', name: 'Olga Yaresko', type: 'person', forms: ['Olga Yaresko', 'Olga Jaresko'], note: 'the suspect\'s mother; "Mrs Yaresko" in the web story is hers (assigned by hand: the bare surname is the son\'s form); the explainer writes Jaresko' },
    { id: 'yaresko', name: 'Bogdan Yaresko', type: 'person', forms: ['Bogdan Yaresko', 'Bogdan Jaresko', 'Yaresko', 'Jaresko', 'Bogdan'], note: 'the suspect; the wire and the explainer write Jaresko; "Bogdan" alone in his mother\'s quotation is a first-name mention; "the suspect" and "the attacker" are nominal' },
    { id: 'hollo', name: 'Stepan Hollo', type: 'person', forms: ['Stepan Hollo'], note: 'the 71-year-old retired tram driver shot dead near the stage' },
    { id: 'illes', name: 'Marta Illeš', type: 'person', forms: ['Marta Illeš', 'Marta Illes', 'Illes'], note: 'the campaign volunteer who died in surgery by the hospital\'s count; the explainer writes Illes' },
    { id: 'danko', name: 'Yuri Danko', type: 'person', forms: ['Yuri Danko'], note: 'the candidate\'s bodyguard; "the bodyguard" is nominal' },
    { id: 'sorkin', name: 'Ema Sorkin', type: 'person', forms: ['Ema Sorkin'], note: 'a neighbour of Stepan Hollo' },
    { id: 'arendt', name: 'Filip Arendt', type: 'person', forms: ['Filip Arendt'], note: 'Zhelin Post reporter named in a post ("Our reporter Filip Arendt"); the byline line is metadata' },
    { id: 'reinholt', name: 'Gustav Reinholt', type: 'person', forms: ['Gustav Reinholt'], note: 'an analyst at the Astoren Institute for Public Policy ("Professor" is a title)' },
    { id: 'sova', name: 'Marek Sova', type: 'person', forms: ['Marek Sova'], note: 'Zhelin Post photographer credited in a caption' },
    { id: 'breza', name: 'Anton Breza', type: 'person', forms: ['Anton Breza'], note: 'HVN News photographer credited in a caption' },
    { id: 'haldane', name: 'Pieter Haldane', type: 'person', forms: ['Pieter Haldane'], note: 'Bowline photographer credited in captions (the wire and the explainer)' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|hospital|party|campaign|campaign['’]s|President|president|commissioner|minister|prosecutor|candidate|candidate['’]s|bodyguard|suspect|suspect['’]s|attacker|regional bloc|rights group|ruling party|ruling party['’]s|government|capital|square|opposition|youth organi[sz]ation|youth wing)\\b", why: 'nominal reference to a named body, person or place, or a title without a name (lowercase)' },
    { pattern: "\\b(?:[Hh]is|[Hh]er|[Ii]ts) (?:party|youth wing|youth organi[sz]ation|candidate|lawyer|spokesman|bodyguard|mother)\\b", why: 'nominal reference to a named body or person (lowercase)' },
    { pattern: '(?<!National )\\b[Pp]olice\\b', why: 'nominal reference to the National Police (lowercase, or capitalized opening a sentence)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the (unnamed) prosecutors' },
  ],
  ignore: [
    { file: W, text: 'Hospital', context: '* Hospital says two killed', why: 'nominal reference to St. Luka Regional Hospital (capitalized opening a bullet)' },
    { file: W, text: 'Campaign', context: '* Campaign says it warned', why: 'nominal reference to Civic Spring\'s campaign (capitalized opening a bullet)' },
    { file: T, text: 'Interior Minister', context: 'Interior Minister says Vrancić', why: 'a title without a name (Oskar Brannov)' },
  ],
  block: [],
  assign: [
    { file: N, text: 'Yaresko', context: 'president,” Mrs Yaresko said.', actor: 'olga-yaresko' },
  ],

  claims: [
    { file: W, speaker: 'Emil Dravec', cue: 'Dravec said', quote: 'We are asking who this man is, who he knew and who paid for his bus ticket to the square.' },
    { file: W, speaker: 'Oskar Brannov', cue: 'Brannov told reporters', quote: "One man's crime must not become a nation's quarrel" },
    { file: W, speaker: 'Ivo Karsten', cue: 'Karsten said', quote: 'Jaresko carried a hunting knife and a converted gas pistol' },
    { file: L, speaker: 'Nadia Ferenczi', cue: 'Dr. Ferenczi said', quote: 'Her condition is critical. The next two days will tell us a great deal.' },
    { file: L, speaker: 'Emil Dravec', cue: 'Dravec told us', quote: 'We wrote to the police eight days ago' },
    { file: L, speaker: 'Lidia Marku', cue: 'she said', quote: 'He came up the steps with the knife in his hand, and he had nothing in the other one' },
    { file: L, speaker: 'Viktor Lazarin', cue: 'he wrote', quote: 'Violence has no place in our campaign and no place in our country' },
    { file: N, speaker: 'Bojan Kravets', cue: 'Mr Kravets said on Sunday', quote: 'The shots came from behind us, from the fountain. I know what I heard.' },
    { file: N, speaker: 'Rudolf Stamm', cue: 'said the party had checked its records', quote: 'has never been a member, never paid a fee and never held a card' },
    { file: N, speaker: 'Olga Yaresko', cue: 'Mrs Yaresko said', quote: 'Bogdan never voted in his life. He didn’t care who was president' },
    { file: N, speaker: 'Miroslav Tenk', cue: 'Mr Tenk said', quote: 'Nobody has charged him with anything' },
    { file: N, speaker: 'Selma Jovanka', cue: 'she said', quote: 'This has been the most poisonous campaign in twenty years' },
    { file: T, speaker: 'Ivo Karsten', cue: 'Commissioner Karsten said', quote: 'There is one attacker, and he is in custody' },
    { file: T, speaker: 'Gustav Reinholt', cue: 'said Professor Gustav Reinholt', quote: 'It did not see a conspiracy, and it will not thank anyone who tries to invent one.' },
    { file: X, speaker: 'Miroslav Tenk', cue: 'told The Whetstone on Tuesday', quote: 'has been questioned three times and charged with nothing' },
  ],

  contradictions: [
    {
      id: 'death-toll', level: 'core', kind: 'numeric',
      summary: 'How many people died: St. Luka Regional Hospital (and Civic Spring) say two, Stepan Hollo, shot at the scene, and the volunteer Marta Illeš, who died in surgery on Saturday night; the Interior Ministry says one and calls reports of a second death unconfirmed or irresponsible.',
      sides: [
        { file: W, quote: 'Two people were killed, according to St. Luka Regional Hospital', value: '2', speaker: 'St. Luka Regional Hospital', camp: 'A' },
        { file: L, quote: 'two people have died, according to St. Luka Regional Hospital', value: '2', speaker: 'St. Luka Regional Hospital', camp: 'A' },
        { file: N, quote: 'Two people died, according to St Luka Regional Hospital', value: '2', speaker: 'St. Luka Regional Hospital', camp: 'A' },
        { file: X, quote: 'Two, according to St. Luka Regional Hospital and to Civic Spring', value: '2', speaker: 'St. Luka Regional Hospital', camp: 'A' },
        { file: W, quote: 'The Interior Ministry put the death toll at one', value: '1', speaker: 'Interior Ministry', camp: 'B' },
        { file: N, quote: 'The Interior Ministry has so far acknowledged only one death.', value: '1', speaker: 'Interior Ministry', camp: 'B' },
        { file: T, quote: 'The attack claimed one life, the ministry said', value: '1', speaker: 'Interior Ministry', camp: 'B' },
        { file: X, quote: 'The Interior Ministry still says one person died.', value: '1', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'condition', level: 'core', kind: 'status',
      summary: 'The candidate\'s condition: St. Luka Regional Hospital and its head of surgery Dr. Nadia Ferenczi say Adela Vrancić is critical (on Saturday night, still on Sunday evening and on Tuesday); Interior Minister Oskar Brannov says she is "stable and out of danger", and the state-aligned paper repeats it.',
      sides: [
        { file: W, quote: 'Vrancic had come through a four-hour operation but that her condition was "critical."', speaker: 'Nadia Ferenczi', camp: 'A' },
        { file: L, quote: 'Her condition is critical. The next two days will tell us a great deal.', speaker: 'Nadia Ferenczi', camp: 'A' },
        { file: N, quote: 'the hospital said Ms Vrancić’s condition “remains critical”', speaker: 'St. Luka Regional Hospital', camp: 'A' },
        { file: X, quote: 'On Tuesday the hospital said she "remains in a critical condition" and is still on a ventilator.', speaker: 'St. Luka Regional Hospital', camp: 'A' },
        { file: W, quote: 'on Sunday that the candidate was "stable and out of danger."', speaker: 'Oskar Brannov', camp: 'B' },
        { file: N, quote: 'Interior Minister Oskar Brannov had described her as stable.', speaker: 'Oskar Brannov', camp: 'B' },
        { file: T, quote: 'Interior Minister says Vrancić is out of danger', speaker: 'Oskar Brannov', camp: 'B' },
        { file: T, quote: 'the opposition candidate was “stable and out of danger” after surgery', speaker: 'Oskar Brannov', camp: 'B' },
        { file: X, quote: 'Brannov, speaking on Sunday, said she was "stable and out of danger,"', speaker: 'Oskar Brannov', camp: 'B' },
      ],
    },
    {
      id: 'second-attacker', level: 'core', kind: 'polarity',
      summary: 'Whether the attacker acted alone: National Police Chief Commissioner Ivo Karsten says Bogdan Yaresko (Jaresko) carried both the knife and the pistol, fired the shots himself and acted alone, and the man in the grey hooded jacket is a witness; witnesses (Bojan Kravets, Lidia Marku) and Civic Spring say a second man near the fountain fired the shots.',
      sides: [
        { file: W, quote: 'Jaresko carried a hunting knife and a converted gas pistol, Karsten said, and "acted alone."', speaker: 'Ivo Karsten', camp: 'A' },
        { file: N, quote: 'there was “no evidence at this stage of any accomplice”', speaker: 'Ivo Karsten', camp: 'A' },
        { file: T, quote: 'National Police Chief Commissioner Ivo Karsten said the suspect, Bogdan Yaresko, 29, acted alone.', speaker: 'Ivo Karsten', camp: 'A' },
        { file: T, quote: 'There is one attacker, and he is in custody', speaker: 'Ivo Karsten', camp: 'A' },
        { file: X, quote: 'fired the shots himself and "acted alone."', speaker: 'Ivo Karsten', camp: 'A' },
        { file: W, quote: 'Several witnesses told Bowline they had seen a second man, holding what looked like a handgun, near a fountain at the edge of the square', speaker: 'witnesses', camp: 'B' },
        { file: L, quote: 'She is sure, she told our reporter, that the shots did not come from the man with the knife.', speaker: 'Lidia Marku', camp: 'B' },
        { file: N, quote: 'Witnesses say the shots came from a second man near the fountain, not from the man with the knife', speaker: 'witnesses', camp: 'B' },
        { file: N, quote: 'The shots came from behind us, from the fountain.', speaker: 'Bojan Kravets', camp: 'B' },
        { file: X, quote: 'say the shots came from a second man standing near a fountain at the other end of the square', speaker: 'witnesses', camp: 'B' },
        { file: X, quote: 'Civic Spring says there were two attackers.', speaker: 'Civic Spring', camp: 'B' },
      ],
    },
    {
      id: 'accord-youth-member', level: 'core', kind: 'polarity',
      summary: 'Whether the suspect belonged to the ruling party\'s youth wing: Civic Spring (spokesman Emil Dravec) says he was a member of Accord Youth and shows photographs of him at its 2024 camp; Homeland Accord (Rudolf Stamm) says he was never a member, and the police (Ivo Karsten) say they have found no political links.',
      sides: [
        { file: W, quote: 'Dravec also said the attacker was a member of Accord Youth', speaker: 'Emil Dravec', camp: 'A' },
        { file: N, quote: 'This man was a member of the ruling party’s youth organisation', speaker: 'Emil Dravec', camp: 'A' },
        { file: T, quote: 'claims by Civic Spring that the suspect had been a member of its youth wing, Accord Youth', speaker: 'Civic Spring', camp: 'A' },
        { file: X, quote: 'Civic Spring says he was a member of Accord Youth', speaker: 'Civic Spring', camp: 'A' },
        { file: W, quote: 'Rudolf Stamm, said Jaresko had never been a member of the party or of its youth organization', speaker: 'Rudolf Stamm', camp: 'B' },
        { file: W, quote: 'Karsten said investigators had found "no political links" so far', speaker: 'Ivo Karsten', camp: 'B' },
        { file: N, quote: 'has never been a member, never paid a fee and never held a card', speaker: 'Rudolf Stamm', camp: 'B' },
        { file: T, quote: 'He has never been a member of our party or of our youth organisation, and the opposition knows it', speaker: 'Rudolf Stamm', camp: 'B' },
        { file: T, quote: 'Investigators had found “no political links of any kind”', speaker: 'Ivo Karsten', camp: 'B' },
        { file: X, quote: 'Homeland Accord says he was never a member, and the police say they have found "no political links."', speaker: 'Homeland Accord', camp: 'B' },
      ],
    },
    {
      id: 'warning-letter', level: 'secondary', kind: 'polarity',
      summary: 'Whether the police were warned: Civic Spring says it wrote to the National Police headquarters in Zhelin on 2 October listing online threats and asking for more officers, and HVN News has seen the letter; the National Police say they have no record of it and never received it, and the Interior Ministry says it had no warning of any threat.',
      sides: [
        { file: W, quote: 'Campaign spokesman Emil Dravec said the party wrote to the National Police headquarters in Zhelin on Oct. 2', speaker: 'Emil Dravec', camp: 'A' },
        { file: L, quote: 'He said the letter had been sent on 2 October to the National Police headquarters here in Zhelin.', speaker: 'Emil Dravec', camp: 'A' },
        { file: N, quote: 'HVN News has also seen a copy of a letter dated 2 October, on Civic Spring notepaper and addressed to the National Police headquarters in Zhelin.', speaker: 'HVN News', camp: 'A' },
        { file: X, quote: 'Civic Spring published on Monday a letter dated October 2 and addressed to the National Police headquarters in Jelin', speaker: 'Civic Spring', camp: 'A' },
        { file: W, quote: 'the ministry had received no warning of any threat to the event', speaker: 'Oskar Brannov', camp: 'B' },
        { file: N, quote: 'The National Police said on Sunday that it had no record of receiving any letter from the campaign.', speaker: 'National Police', camp: 'B' },
        { file: T, quote: 'No such letter was received by police in Zhelin or in Astoren, a police spokesman said', speaker: 'National Police', camp: 'B' },
        { file: X, quote: 'The police say they never received it.', speaker: 'National Police', camp: 'B' },
      ],
    },
    {
      id: 'attack-time', level: 'secondary', kind: 'temporal',
      summary: 'When the attack happened: the police say at 17:48; Civic Spring says the time stamp on its livestream shows the first blow at 17:31.',
      sides: [
        { file: W, quote: 'Police said it took place at 17:48 local time (1448 GMT).', value: '17:48', speaker: 'National Police', camp: 'A' },
        { file: N, quote: 'Police have given the time as 17:48.', value: '17:48', speaker: 'National Police', camp: 'A' },
        { file: T, quote: 'The attack began at 17:48, the police said', value: '17:48', speaker: 'National Police', camp: 'A' },
        { file: X, quote: 'The police say 17:48.', value: '17:48', speaker: 'National Police', camp: 'A' },
        { file: W, quote: 'the time stamp on its livestream of the speech showed the first blow at 17:31', value: '17:31', speaker: 'Civic Spring', camp: 'B' },
        { file: N, quote: 'The attack took place at 17:31, according to the time stamp on the campaign’s own livestream.', value: '17:31', speaker: 'Civic Spring', camp: 'B' },
        { file: X, quote: 'Civic Spring says its livestream shows the first blow at 17:31.', value: '17:31', speaker: 'Civic Spring', camp: 'B' },
      ],
    },
    {
      id: 'suspect-charged', level: 'secondary', kind: 'status',
      summary: 'Whether the suspect has been charged: Regional Prosecutor Hana Lendvai says he was charged on Sunday afternoon with murder, attempted murder and a terrorist act; his lawyer Miroslav Tenk says on Sunday evening and again on Tuesday that he has been questioned and charged with nothing.',
      sides: [
        { file: W, quote: 'Regional prosecutor Hana Lendvai said Jaresko had been charged on Sunday afternoon with murder, attempted murder and committing a terrorist act.', speaker: 'Hana Lendvai', camp: 'A' },
        { file: T, quote: 'Regional Prosecutor Hana Lendvai said Mr Yaresko had been charged on Sunday afternoon with murder', speaker: 'Hana Lendvai', camp: 'A' },
        { file: X, quote: 'Regional prosecutor Hana Lendvai said Jaresko was charged on Sunday with murder, attempted murder and a terrorist act.', speaker: 'Hana Lendvai', camp: 'A' },
        { file: N, quote: 'Nobody has charged him with anything', speaker: 'Miroslav Tenk', camp: 'B' },
        { file: N, quote: 'He has been questioned, and I have not seen a single document that accuses him.', speaker: 'Miroslav Tenk', camp: 'B' },
        { file: X, quote: 'has been questioned three times and charged with nothing', speaker: 'Miroslav Tenk', camp: 'B' },
      ],
    },
    {
      id: 'quote-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "One man\'s crime must not become a nation\'s quarrel": the wire credits Interior Minister Oskar Brannov, speaking to reporters at a news conference in Astoren on Sunday; the state-aligned Astoren Herald credits President Viktor Lazarin, in a televised address on Sunday evening.',
      sides: [
        { file: W, quote: '"One man\'s crime must not become a nation\'s quarrel," Brannov told reporters.', speaker: 'Bowline', camp: 'A' },
        { file: T, quote: '“One man’s crime must not become a nation’s quarrel,” the President said in a televised address from his office.', speaker: 'Astoren Herald', camp: 'B' },
      ],
    },
    {
      id: 'age-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing a police source, that the detained man was 19, then corrected itself: police say he is 29, as the wire and the other outlets say.',
      sides: [
        { file: L, quote: 'The man detained is 19 and from Zhelin, according to a police source.', value: '19', speaker: 'Zhelin Post', camp: 'A' },
        { file: L, quote: 'Police now say he is 29, and we were wrong to give his age as 19.', value: '29', speaker: 'Zhelin Post', camp: 'B' },
        { file: W, quote: 'Bogdan Jaresko, a 29-year-old unemployed warehouse worker from Zhelin', value: '29', speaker: 'Bowline', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'wounded-rise', kind: 'numeric',
      summary: 'The wounded rose from nine (Saturday night) to 14 (Sunday) as people with lighter injuries came forward, and the state-aligned paper says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'Nine wounded are being treated there and at Zhelin City Hospital.', value: '9 (Sat)' },
        { file: T, quote: 'The number of wounded rose to 14 on Sunday, from nine on Saturday night', value: '14 (Sun)' },
      ],
    },
    {
      id: 'crowd-rounding', kind: 'numeric',
      summary: 'A crowd "which police estimated at 4,200" (wire) and "a crowd of about 4,000" (explainer) is one figure, rounded.',
      sides: [
        { file: W, quote: 'which police estimated at 4,200', value: '4200' },
        { file: X, quote: 'a crowd of about 4,000 scattered', value: '~4000' },
      ],
    },
    {
      id: 'officers-not-wounded', kind: 'numeric',
      summary: 'The two police officers treated at the scene are not included in the 14 wounded: a different set.',
      sides: [
        { file: W, quote: 'Two police officers treated at the scene for cuts and bruises are not included in that figure.', value: '2 officers' },
        { file: N, quote: 'Fourteen people were wounded.', value: '14 wounded' },
      ],
    },
    {
      id: 'six-of-fourteen', kind: 'numeric',
      summary: 'The six wounded still at St Luka Regional Hospital, the candidate and her bodyguard among them, are part of the 14 treated for wounds.',
      sides: [
        { file: N, quote: 'Six of them, including Ms Vrancić and her bodyguard, Yuri Danko, remain at St Luka', value: '6 (at St. Luka)' },
        { file: W, quote: 'The hospital said 14 people had been treated for wounds', value: '14 (all)' },
      ],
    },
    {
      id: 'custody-synonyms', kind: 'status',
      summary: 'The suspect "in police custody in Zhelin" (wire) and "detained in Zhelin" (state-aligned paper) is the same state in different words.',
      sides: [
        { file: W, quote: 'He is in police custody in Zhelin.', value: 'in custody' },
        { file: T, quote: 'He remains detained in Zhelin.', value: 'detained' },
      ],
    },
    {
      id: 'officers-on-duty', kind: 'numeric',
      summary: '"About 120 officers" on duty (wire, the Interior Minister) and "more than 100 police officers" deployed (state-aligned paper, the Interior Ministry) are compatible approximations.',
      sides: [
        { file: W, quote: 'He said about 120 officers had been on duty at the rally', value: '~120' },
        { file: T, quote: 'More than 100 police officers were deployed around Rakovec Square on Saturday', value: '>100' },
      ],
    },
    {
      id: 'earlier-attack', kind: 'numeric',
      summary: 'The 23 people wounded by a grenade at an opposition rally in Astoren belong to an earlier attack, in 2011, not to the Zhelin rally (14 wounded).',
      sides: [
        { file: X, quote: 'a grenade thrown into the crowd at an opposition rally in Astoren wounded 23 people', value: '23 (2011)' },
        { file: X, quote: 'Fourteen people were treated for wounds.', value: '14 (2026)' },
      ],
    },
  ],
};
