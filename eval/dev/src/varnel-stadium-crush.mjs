// Hand-written gold source for the crowd crush at Estovar Park in Varnel (invented event,
// Lornavia, April 2026). build-gold.mjs turns it into ../gold/varnel-stadium-crush.json.
const W = 'tessera-wire.txt';
const A = 'varnel-argus-live.md';
const L = 'lvt-news.md';
const M = 'lornavia-monitor.txt';
const X = 'weathervane.md';

export default {
  corpus: 'varnel-stadium-crush',
  note: 'Invented event written for the project: on the evening of Saturday 18 April 2026, shortly after the 7 p.m. kick-off of a cup semi-final between Varnel Athletic and Sporting Benvoro at Estovar Park (licensed capacity 31,480) in Varnel, in the fictional country of Lornavia (capital Benvoro), Gate 9 on Kelder Road is opened and about 2,000 away supporters run down a tunnel into the already full East Terrace; people are crushed against the perimeter fence. Five invented outlets: The Varnel Argus live blog (Saturday night), the Tessera wire (Sunday), LVT News web story (Monday), the state-aligned Lornavia Monitor (Tuesday) and the foreign explainer The Weathervane (Wednesday). The police chief Ayla Kazancı is spelled Kazanci by the wire, the Monitor and the explainer; the club\'s safety officer Aleksei Dorin is spelled Alexei by the wire and the explainer. The National Ambulance Service (NAS), the Ministry of the Interior, the Serrin Provincial Police (SPP), the club, its stewarding firm Oakhurst Stewarding, the Benvoro Supporters\' Trust (BST), the Ministry of Youth and Sport and survivors disagree about the toll on Sunday evening (21 vs 26), the crowd inside (31,200 vs more than 36,000), whether the gates in the perimeter fence were locked, who ordered Gate 9 opened, whether the stadium is closed, whether the match commander Superintendent Raul Venko is suspended, the day the BST warned the club (13 April vs Friday 17 April) and when the crush began (about 19:10 vs before kick-off, about 18:50); the live blog corrects its own count of people taken to hospital (240, then 142). The toll rising from 14 (Saturday night) to 19 (Sunday morning) is an update; 142 in hospital and 19 dead are different sets; 58 at one hospital and 142 in all are part and whole. The Lornavian Cup (a competition: not a person, organization or place) is in ignore.',
  files: [W, A, L, M, X],
  meta: { [W]: [2, 3], [M]: [2, 3], [X]: [3] },

  actors: [
    // places
    { id: 'lornavia', name: 'Lornavia', type: 'place', forms: ['Lornavia'], note: '"Lornavia" inside "Lornavia Monitor" is a nested name; "Lornavian" is a demonym (also inside "Lornavian Football Federation" and the competition "Lornavian Cup")' },
    { id: 'varnel', name: 'Varnel', type: 'place', forms: ['Varnel', 'VARNEL'], note: 'the city; "Varnel Athletic", "Varnel University Hospital", "Varnel City Council" and "The Varnel Argus" are nested names; "Varnel-based" is a glued modifier' },
    { id: 'benvoro', name: 'Benvoro', type: 'place', forms: ['Benvoro', 'BENVORO'], note: 'the capital; "Sporting Benvoro" and "Benvoro Supporters\' Trust" are nested names' },
    { id: 'estovar', name: 'Estovar Park', type: 'place', forms: ['Estovar Park'], note: 'the stadium, a named facility, typed place; "the stadium" and "the ground" are nominal' },
    { id: 'east-terrace', name: 'East Terrace', type: 'place', forms: ['East Terrace'], note: 'the standing end where the crush happened; "the terrace" is nominal' },
    { id: 'gate9', name: 'Gate 9', type: 'place', forms: ['Gate 9'], note: 'the exit gate on Kelder Road; "the gate" is nominal' },
    { id: 'kelder-road', name: 'Kelder Road', type: 'place', forms: ['Kelder Road'], note: 'a street' },
    // organizations
    { id: 'athletic', name: 'Varnel Athletic', type: 'organization', forms: ['Varnel Athletic'], note: 'the home club; "the club" is nominal' },
    { id: 'sporting', name: 'Sporting Benvoro', type: 'organization', forms: ['Sporting Benvoro'], note: 'the visiting club' },
    { id: 'bst', name: "Benvoro Supporters' Trust", type: 'organization', forms: ["Benvoro Supporters' Trust", 'Benvoro Supporters’ Trust', 'BST'], note: 'a possessive inside the name; the .txt files write the apostrophe straight, the .md files curly; "the trust" is nominal' },
    { id: 'spp', name: 'Serrin Provincial Police', type: 'organization', forms: ['Serrin Provincial Police', 'SPP'], note: 'the province appears only inside this name; "police" and "the police" are nominal' },
    { id: 'interior', name: 'Ministry of the Interior', type: 'organization', forms: ['Ministry of the Interior'], note: '"Interior Minister" is a title before a name' },
    { id: 'sport-ministry', name: 'Ministry of Youth and Sport', type: 'organization', forms: ['Ministry of Youth and Sport'], note: '"Sports Minister" is a title before a name' },
    { id: 'lff', name: 'Lornavian Football Federation', type: 'organization', forms: ['Lornavian Football Federation', 'LFF'], note: '"LFF president" is a title before a name' },
    { id: 'nas', name: 'National Ambulance Service', type: 'organization', forms: ['National Ambulance Service', 'NAS'] },
    { id: 'sps', name: 'State Prosecution Service', type: 'organization', forms: ['State Prosecution Service'], note: '"prosecutors" is nominal' },
    { id: 'council', name: 'Varnel City Council', type: 'organization', forms: ['Varnel City Council'], note: 'owns Estovar Park; "the council" is nominal' },
    { id: 'vuh', name: 'Varnel University Hospital', type: 'organization', forms: ['Varnel University Hospital'] },
    { id: 'st-cyran', name: "St. Cyran's Hospital", type: 'organization', forms: ["St. Cyran's Hospital", 'St. Cyran’s Hospital', 'St. Cyran’s'], note: 'the live blog says "St. Cyran’s" alone; the \'s belongs to the name' },
    { id: 'oakhurst', name: 'Oakhurst Stewarding', type: 'organization', forms: ['Oakhurst Stewarding'], note: 'the private firm supplying the stewards' },
    { id: 'larrow', name: 'Larrow Institute', type: 'organization', forms: ['Larrow Institute'] },
    { id: 'tessera', name: 'Tessera', type: 'organization', forms: ['Tessera'], note: 'the wire agency; the dateline "(Tessera)" is a mention' },
    { id: 'lvt', name: 'LVT News', type: 'organization', forms: ['LVT News', 'LVT'], note: 'the public broadcaster' },
    { id: 'argus', name: 'The Varnel Argus', type: 'organization', forms: ['The Varnel Argus', 'Argus'], note: 'the local paper: "the Argus" in its own blog, the full name (with its article) in the explainer' },
    { id: 'monitor', name: 'Lornavia Monitor', type: 'organization', forms: ['Lornavia Monitor', 'Monitor'], note: 'the state-aligned paper; the full name appears only in the header line, the text says "the Monitor"' },
    { id: 'weathervane', name: 'The Weathervane', type: 'organization', forms: ['The Weathervane'], note: 'the foreign explainer, named in its byline line (metadata) and in the text' },
    // people
    { id: 'kazanci', name: 'Ayla Kazancı', type: 'person', forms: ['Ayla Kazancı', 'Ayla Kazanci', 'Kazancı', 'Kazanci'], note: 'Chief Superintendent, commander of the SPP; the wire, the Monitor and the explainer write Kazanci' },
    { id: 'venko', name: 'Raul Venko', type: 'person', forms: ['Raul Venko', 'Venko'], note: 'Superintendent, the police match commander' },
    { id: 'dorin', name: 'Aleksei Dorin', type: 'person', forms: ['Aleksei Dorin', 'Alexei Dorin', 'Dorin'], note: 'the club\'s stadium safety officer; the wire and the explainer write Alexei' },
    { id: 'restani', name: 'Ivo Restani', type: 'person', forms: ['Ivo Restani', 'Restani'], note: 'chairman of Varnel Athletic' },
    { id: 'moravec', name: 'Iveta Moravec', type: 'person', forms: ['Iveta Moravec'], note: 'NAS spokeswoman (Dr.)' },
    { id: 'vrana', name: 'Filip Vrana', type: 'person', forms: ['Filip Vrana'], note: 'a survivor quoted by the wire' },
    { id: 'delvani', name: 'Haris Delvani', type: 'person', forms: ['Haris Delvani', 'Delvani'], note: 'president of the LFF' },
    { id: 'karpati', name: 'Teo Karpati', type: 'person', forms: ['Teo Karpati', 'Karpati'], note: 'a survivor quoted by the live blog' },
    { id: 'kasia', name: 'Kasia', type: 'person', forms: ['Kasia'], note: 'a mother named by first name only' },
    { id: 'pallis', name: 'Hedda Pallis', type: 'person', forms: ['Hedda Pallis', 'Pallis'], note: 'Mayor of Varnel' },
    { id: 'sarkany', name: 'Gabor Sarkany', type: 'person', forms: ['Gabor Sarkany'], note: 'Interior Minister' },
    { id: 'koren', name: 'Noemi Koren', type: 'person', forms: ['Noemi Koren'], note: 'Sports Minister' },
    { id: 'tesko', name: 'Milo Tesko', type: 'person', forms: ['Milo Tesko', 'Tesko'], note: 'spokesman of the BST' },
    { id: 'belic', name: 'Nadia Belic', type: 'person', forms: ['Nadia Belic', 'Belic'], note: 'a survivor quoted by LVT News' },
    { id: 'kovalen', name: 'Adrian Kovalen', type: 'person', forms: ['Adrian Kovalen'], note: 'the Prime Minister' },
    { id: 'lind', name: 'Bram Lind', type: 'person', forms: ['Bram Lind', 'Lind'], note: 'spokesman of Oakhurst Stewarding' },
    { id: 'osterman', name: 'Pavlo Osterman', type: 'person', forms: ['Pavlo Osterman'], note: 'director of Varnel University Hospital (Dr.)' },
    { id: 'threlfall', name: 'Hannah Threlfall', type: 'person', forms: ['Hannah Threlfall', 'Threlfall'], note: 'a crowd researcher quoted by the explainer (Dr.)' },
  ],

  nominals: [
    { pattern: '\\bLornavian Cup\\b', why: 'a competition name: not a person, organization or place' },
    { pattern: '\\b[Tt]he (club|ministry|federation|trust|stadium|ground|hospital|council|firm|force|terrace|gate|government)\\b', why: 'nominal reference to a named body or place (lowercase)' },
    { pattern: '\\b(?:[Tt]he )?(?<!Provincial )[Pp]olice\\b', why: 'nominal reference to the Serrin Provincial Police (lowercase, or capitalized only at the start of a sentence)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the State Prosecution Service' },
    { pattern: '\\b[Tt]he (Prime Minister|minister|referee|mayor)\\b', why: 'title used without a name' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Filip Vrana', cue: 'said Filip Vrana', quote: 'People just kept coming down the tunnel and there was nowhere to go' },
    { file: W, speaker: 'Aleksei Dorin', cue: 'Dorin told Tessera', quote: 'We opened that gate because the police told us to' },
    { file: W, speaker: 'Ivo Restani', cue: 'Restani said', quote: 'Our stewards opened them as soon as they saw people in trouble' },
    { file: W, speaker: 'Haris Delvani', cue: 'LFF president Haris Delvani said', quote: 'Football can wait. The families cannot' },
    { file: A, speaker: 'Teo Karpati', cue: 'he said', quote: 'We were screaming at the stewards to open them, and they just stood there' },
    { file: A, speaker: 'Kasia', cue: 'she said', quote: 'He texted me at ten to seven to say it was mad in there and he couldn’t move' },
    { file: A, speaker: 'Hedda Pallis', cue: 'Pallis said', quote: 'Nobody in this city will sleep tonight' },
    { file: L, speaker: 'Ayla Kazancı', cue: 'she said', quote: 'The request to open Gate 9 came from the stadium safety officer, Aleksei Dorin, and the gate was opened by club stewards' },
    { file: L, speaker: 'Gabor Sarkany', cue: 'he said', quote: 'It is not a judgment on him' },
    { file: L, speaker: 'Milo Tesko', cue: 'said Milo Tesko', quote: 'We told them in black and white that the turnstiles could not cope with an away end of that size' },
    { file: L, speaker: 'Nadia Belic', cue: 'she said', quote: 'One moment we were singing, and the next I was lifted off my feet' },
    { file: M, speaker: 'Adrian Kovalen', cue: 'the Prime Minister said', quote: 'Twenty-one families have lost someone they loved at a football match' },
    { file: M, speaker: 'Noemi Koren', cue: 'she said', quote: 'A stadium that cannot count the people coming in cannot be allowed to open' },
    { file: M, speaker: 'Bram Lind', cue: 'Lind said', quote: 'Our people saved lives on Saturday night' },
    { file: X, speaker: 'Hannah Threlfall', cue: 'she said', quote: 'A ground can be under capacity overall and lethally over capacity in one pen' },
  ],

  contradictions: [
    {
      id: 'toll-sunday', level: 'core', kind: 'numeric',
      summary: 'The toll: the National Ambulance Service said on Sunday evening that 26 people had died; the Ministry of the Interior still gives 21 on Monday and Tuesday.',
      sides: [
        { file: M, quote: 'The Ministry of the Interior puts the number of dead at 21.', value: '21', speaker: 'Ministry of the Interior', camp: 'A' },
        { file: X, quote: 'The Ministry of the Interior still gives 21.', value: '21', speaker: 'Ministry of the Interior', camp: 'A' },
        { file: L, quote: 'stood at 26 on Sunday evening, the National Ambulance Service (NAS) said', value: '26', speaker: 'National Ambulance Service', camp: 'B' },
        { file: X, quote: 'said on Sunday evening that 26 people had died', value: '26', speaker: 'National Ambulance Service', camp: 'B' },
      ],
    },
    {
      id: 'crowd-size', level: 'core', kind: 'numeric',
      summary: 'The crowd inside the ground: the club says 31,200 spectators, below the licensed capacity; the police say more than 36,000, many without tickets.',
      sides: [
        { file: W, quote: 'said 31,200 spectators had been in the ground', value: '31,200', speaker: 'Ivo Restani', camp: 'A' },
        { file: X, quote: 'Varnel Athletic says 31,200 people had passed through its turnstiles, fewer than the ground holds', value: '31,200', speaker: 'Varnel Athletic', camp: 'A' },
        { file: L, quote: 'Police estimate that more than 36,000 people were inside Estovar Park when the crush began', value: '>36,000', speaker: 'Ayla Kazancı', camp: 'B' },
        { file: M, quote: 'Police estimate that more than 36,000 people were in the stadium, far above its licensed capacity.', value: '>36,000', speaker: 'Serrin Provincial Police', camp: 'B' },
        { file: X, quote: 'say more than 36,000 were inside, many of them without tickets', value: '>36,000', speaker: 'Serrin Provincial Police', camp: 'B' },
      ],
    },
    {
      id: 'fence-gates-locked', level: 'core', kind: 'polarity',
      summary: 'Survivors and the supporters\' trust say the gates in the perimeter fence were locked (padlocked, the stewards had no keys); the club and its stewarding firm say none of them was ever locked.',
      sides: [
        { file: A, quote: '“The gates in the fence were padlocked,” he said.', speaker: 'Teo Karpati', camp: 'A' },
        { file: L, quote: 'were locked, and the stewards had no keys', speaker: 'Milo Tesko', camp: 'A' },
        { file: X, quote: 'the gates between the terrace and the pitch were padlocked', speaker: 'survivors', camp: 'A' },
        { file: W, quote: 'None of the gates in the fence was locked at any time', speaker: 'Ivo Restani', camp: 'B' },
        { file: M, quote: 'said the gates in the perimeter fence had never been locked', speaker: 'Bram Lind', camp: 'B' },
        { file: X, quote: 'say none of the gates was locked at any point', speaker: 'Varnel Athletic', camp: 'B' },
      ],
    },
    {
      id: 'gate-order', level: 'core', kind: 'attribution',
      summary: 'Who had Gate 9 opened: the club says the police match commander, Superintendent Raul Venko, ordered it; the police say the request came from the club\'s control room and its safety officer, Aleksei Dorin.',
      sides: [
        { file: W, quote: 'said the order to open Gate 9 came from the police match commander, Superintendent Raul Venko', speaker: 'Aleksei Dorin', camp: 'A' },
        { file: A, quote: 'has told him the gate was opened on police instructions', speaker: 'Ivo Restani', camp: 'A' },
        { file: X, quote: 'says the police match commander, Superintendent Raul Venko, ordered the gate opened', speaker: 'Aleksei Dorin', camp: 'A' },
        { file: L, quote: '“The request to open Gate 9 came from the stadium safety officer, Aleksei Dorin, and the gate was opened by club stewards,” she said.', speaker: 'Ayla Kazancı', camp: 'B' },
        { file: M, quote: 'The police did not order Gate 9 to be opened. That request came from the stadium', speaker: 'Ayla Kazancı', camp: 'B' },
        { file: X, quote: 'says the request came from Dorin\'s own control room', speaker: 'Ayla Kazancı', camp: 'B' },
      ],
    },
    {
      id: 'stadium-closed', level: 'secondary', kind: 'status',
      summary: 'Whether the stadium is closed: the Ministry of Youth and Sport says Estovar Park is closed until further notice (or until the inquiry reports); the club says it has not been closed, only the East Terrace, and its next league match will be played there.',
      sides: [
        { file: L, quote: 'Sports Minister Noemi Koren said Estovar Park was closed until further notice', speaker: 'Noemi Koren', camp: 'A' },
        { file: M, quote: 'said Estovar Park would remain closed until the inquiry had completed its work', speaker: 'Ministry of Youth and Sport', camp: 'A' },
        { file: X, quote: 'says Estovar Park is closed until further notice', speaker: 'Noemi Koren', camp: 'A' },
        { file: W, quote: 'Restani said Estovar Park had not been closed.', speaker: 'Ivo Restani', camp: 'B' },
        { file: X, quote: 'Varnel Athletic insists the ground has not been closed, only the East Terrace', speaker: 'Varnel Athletic', camp: 'B' },
      ],
    },
    {
      id: 'commander-suspended', level: 'secondary', kind: 'status',
      summary: 'The match commander: the Interior Minister said on Monday morning that Superintendent Raul Venko had been suspended; the police said on Monday evening that he had not been suspended and remained at his post.',
      sides: [
        { file: L, quote: 'Superintendent Raul Venko, had been suspended from duty while the investigation continues', speaker: 'Gabor Sarkany', camp: 'A' },
        { file: X, quote: 'said on Monday that Venko had been suspended', speaker: 'Gabor Sarkany', camp: 'A' },
        { file: M, quote: 'Superintendent Raul Venko, had not been suspended and remained at his post', speaker: 'Ayla Kazancı', camp: 'B' },
        { file: X, quote: 'he had not been suspended and remained at his post', speaker: 'Serrin Provincial Police', camp: 'B' },
      ],
    },
    {
      id: 'warning-date', level: 'secondary', kind: 'temporal',
      summary: 'When the supporters\' trust warned the club about the Gate 9 turnstiles: the trust says in writing on Monday 13 April; the club says for the first time on Friday 17 April, the day before the match.',
      sides: [
        { file: L, quote: 'says it warned both Varnel Athletic and the police in writing on Monday 13 April, five days before the match', value: '13 April', speaker: "Benvoro Supporters' Trust", camp: 'A' },
        { file: X, quote: 'says it wrote to the club and the police on Monday 13 April', value: '13 April', speaker: "Benvoro Supporters' Trust", camp: 'A' },
        { file: W, quote: 'for the first time on Friday, the day before the match', value: '17 April', speaker: 'Ivo Restani', camp: 'B' },
        { file: X, quote: 'raised the matter with it for the first time on Friday 17 April', value: '17 April', speaker: 'Varnel Athletic', camp: 'B' },
      ],
    },
    {
      id: 'crush-start', level: 'secondary', kind: 'temporal',
      summary: 'When the crush began: the police say at about 19:10, after Gate 9 was opened; a survivor and the supporters\' trust say before kick-off, at about 18:50.',
      sides: [
        { file: L, quote: 'According to the SPP, the crush began at about 19:10, a few minutes after the gate was opened.', value: '~19:10', speaker: 'Serrin Provincial Police', camp: 'A' },
        { file: M, quote: 'According to the SPP, the crush on the East Terrace began at about 19:10', value: '~19:10', speaker: 'Serrin Provincial Police', camp: 'A' },
        { file: X, quote: 'According to the SPP, the crush began at about 19:10, after the gate was opened.', value: '~19:10', speaker: 'Serrin Provincial Police', camp: 'A' },
        { file: A, quote: '“We were being crushed against the front fence before kick-off,” he said', value: 'before 19:00', speaker: 'Teo Karpati', camp: 'B' },
        { file: X, quote: 'says the crush began before kick-off, at about 18:50', value: '~18:50', speaker: "Benvoro Supporters' Trust", camp: 'B' },
      ],
    },
    {
      id: 'hospital-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing the ambulance service, that 240 people had been taken to hospital, then corrected the figure to 142 (about 100 more were treated at the stadium).',
      sides: [
        { file: A, quote: 'The National Ambulance Service (NAS) says 240 people have been taken to hospital', value: '240', speaker: 'National Ambulance Service', camp: 'A' },
        { file: A, quote: 'The NAS says the figure is 142; about 100 more were treated at the stadium and sent home.', value: '142', speaker: 'National Ambulance Service', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rises', kind: 'numeric',
      summary: 'The toll rose from 14 late on Saturday to 19 on Sunday morning as injured people died in hospital, and the wire says so: an update, not a contradiction.',
      sides: [
        { file: A, quote: 'The NAS says 14 people have died.', value: '14 (Sat night)' },
        { file: W, quote: 'The toll rose overnight from 14 late on Saturday', value: '19 (Sun morning)' },
      ],
    },
    {
      id: 'capacity-rounding', kind: 'numeric',
      summary: 'A licensed capacity of 31,480 and "almost 31,500 places" are the same figure rounded.',
      sides: [
        { file: W, quote: 'below the licensed capacity of 31,480', value: '31,480' },
        { file: X, quote: 'a council-owned ground of almost 31,500 places', value: '~31,500' },
      ],
    },
    {
      id: 'crowd-rounding', kind: 'numeric',
      summary: 'The club\'s attendance of 31,200 and "just over 31,000" are the same club figure rounded.',
      sides: [
        { file: W, quote: 'said 31,200 spectators had been in the ground', value: '31,200' },
        { file: A, quote: 'says the attendance was just over 31,000', value: '>31,000' },
      ],
    },
    {
      id: 'dead-vs-hospital', kind: 'numeric',
      summary: '19 killed and 142 admitted to hospital are different sets (dead vs injured).',
      sides: [
        { file: W, quote: 'At least 19 people were killed', value: '>=19 dead' },
        { file: M, quote: 'A total of 142 people were admitted to hospital on Saturday night', value: '142 in hospital' },
      ],
    },
    {
      id: 'hospital-part-whole', kind: 'numeric',
      summary: '58 of the injured received at St. Cyran\'s Hospital and 142 taken to hospital in all are part and whole.',
      sides: [
        { file: L, quote: 'St. Cyran’s Hospital, which received 58 of the injured on Saturday night', value: '58 (one hospital)' },
        { file: W, quote: 'and 142 taken to hospital', value: '142 (all)' },
      ],
    },
    {
      id: 'police-about-vs-more', kind: 'numeric',
      summary: '"More than 400 police officers" and "About 450 officers" on duty are compatible approximations.',
      sides: [
        { file: A, quote: 'More than 400 police officers were on duty at the match', value: '>400' },
        { file: M, quote: 'About 450 officers of the Serrin Provincial Police (SPP) were deployed', value: '~450' },
      ],
    },
    {
      id: 'abandoned-synonyms', kind: 'status',
      summary: 'The match "has been abandoned" and "was called off after 14 minutes" say the same thing (synonyms).',
      sides: [
        { file: A, quote: 'The Lornavian Football Federation (LFF) says the match has been abandoned.', value: 'abandoned' },
        { file: M, quote: 'which was called off after 14 minutes', value: 'called off' },
      ],
    },
  ],
};
