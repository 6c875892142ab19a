// Hand-written gold source for the general strike in Dornessa (invented event, April 2026).
// build-gold.mjs turns it into ../gold/general-strike.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline, "Updated" line, "Advertisement",
// captions with photo credits, "Read more" lines, "Share this article"; the explainer also has
// footnote markers and a numbered source list and an author bio), the web story is Markdown
// converted from a news page (breadcrumb links, `# Headline`, italic standfirst, byline with
// links, "Published ... · Updated ..." line, image line with caption and credit, key points,
// "Read more" links), and the state-aligned paper is Markdown with YAML front matter and no
// headline in the body. Site names, navigation bars, bylines, date and "Updated" lines,
// "Share this article", "Advertisement", "Read more" lines, the wire's reporting line, the
// source list and the bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key
// points, image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'keelson-wire.txt'; // Keelson wire (Thursday 23 April, evening), US style, straight quotes, writes Zagar, Jelsany, Labor Ministry
const L = '7c2e95a04bd1f368.txt'; // The Trevanna Bell live blog, newest first (Thursday 06:10 to 23:50), UK style, curly quotes
const B = 'e1b04d8f6a3c9257.md'; // DRT News web story (Friday 24 April, morning), UK style, curly quotes
const D = '5fa8c3092d7e1b64.md'; // state-aligned Dornessa Forward (Friday 24 April), YAML front matter, UK style, curly quotes
const X = 'b93d7160e2a5cf48.txt'; // The Millstream explainer in questions (Saturday 25 April), US style, straight quotes, writes Zagar, Jelev, Labor Ministry

export default {
  corpus: 'general-strike',
  note: 'Invented event written for the project: on Thursday 23 April 2026 the Confederation of Dornessan Workers (CDW) holds a 24-hour general strike in the fictional country of Dornessa against a pension bill that raises the retirement age from 62 to 65 by 2032 (first reading 9 April, final vote due 7 May). Dornessa Rail runs about 140 of its 2,100 weekday trains, Trevanna City Transport\'s buses stay in their depots, the southern port of Yelsany (Jelsany in the wire) loads nothing and the capital\'s schools close; a march from Foundry Square along Serin Boulevard to Constitution Square, in front of parliament in the capital Trevanna, ends with police water cannon, and the CDW\'s general secretary Ilario Žagar (Zagar in the wire and the explainer) is led away at about 16:40 and leaves the police station on Kessel Street shortly after 9 p.m. Five invented outlets: the Keelson wire (Thursday), The Trevanna Bell live blog, newest first (Thursday 06:10 to 23:50), the DRT News web story (Friday), the state-aligned Dornessa Forward (Friday) and The Millstream explainer (Saturday); four files have random names. The CDW, the Syndicate of Transport Workers (STW) and its leader Petra Ondrasek, Labour Minister Aurel Zhelev (Jelev in the explainer) and the Ministry of Labour and Social Affairs (Labor Ministry in the US-style outlets), Prime Minister Gavril Kalvan, Interior Minister Irina Tavlo and the Interior Ministry, the State Police and its spokeswoman Mara Dolenc, Dornessa Rail and its spokesman Emil Tarko, the Union of Industrialists and Employers (UIE) and its president Albrecht Weisz, the economist Hana Brezina (Trevanna School of Economics), the National Statistics Office, the opposition Civic Left and its leader Lidia Marran, Marovan Memorial Hospital and Dr Anton Greel, the Citizens\' Rights Observatory (CRO) and its spokeswoman Vera Solnik, marchers and commuters disagree about the share of workers who struck (72% against 17%), the size of the march in the capital (230,000 against 45,000), whether police fired tear gas (seen by reporters, a photographer and the hospital, against "water cannon only"), whether Žagar was arrested and handcuffed or only asked to give a statement as a witness and free to leave, whether the Labour Minister met union leaders for three hours on Wednesday evening, the arrests (38 by the police, 112 counted by the CRO), when the clashes began (13:20 by the police, about 15:05 when the water cannon moved in, by the reporters and stewards on the square) and who said "They want us to work until we drop, and then they will call it a reform" (Žagar in the wire, Marran in the state-aligned paper); the live blog corrects its own count of trains running (340, then about 140). The employers\' €1.1 billion and "about €1 billion" are one figure rounded; 21 arrests in the afternoon and 38 by late Thursday is an update reported as such; 20,000 marchers in Yelsany and 230,000 in Trevanna are different sets; nine officers taken to hospital are part of the 57 injured; "Schools in the capital are shut" and "classes were cancelled at every school in the city" are synonyms; "more than 60" and "about 70" people treated at the hospital agree; about 90,000 marchers at the November 2019 strike is another, earlier strike. "Dornessan"/"Dornessans" is a demonym (also inside Confederation of Dornessan Workers); "Dornessa" inside Dornessa Rail and Dornessa Forward and "Trevanna" inside The Trevanna Bell, Trevanna City Transport, Trevanna School of Economics and Trevanna Central Station are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 47],
    [L]: [1, 2, 3, 4, 10, 11, 39, 82, 83, 85],
    [B]: [1, 7, 9, 21, 53, 65, 66, 67],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 69, 70, 71, 72, 73, 75],
  },

  actors: [
    // places
    { id: 'dornessa', name: 'Dornessa', type: 'place', forms: ['Dornessa'], note: 'the country; nested in Dornessa Rail and Dornessa Forward; "Dornessan"/"Dornessans" (also in Confederation of Dornessan Workers) is a demonym; "the country" is nominal' },
    { id: 'trevanna', name: 'Trevanna', type: 'place', forms: ['Trevanna', 'TREVANNA'], note: 'the capital; nested in The Trevanna Bell, Trevanna City Transport, Trevanna School of Economics and Trevanna Central Station; "the capital" and "the city" are nominal' },
    { id: 'yelsany', name: 'Yelsany', type: 'place', forms: ['Yelsany', 'Jelsany'], note: 'the main port, on the south coast (Jelsany in the wire); "the port" is nominal' },
    { id: 'velmarin', name: 'Velmarin', type: 'place', forms: ['Velmarin'], note: 'northern city' },
    { id: 'halmek', name: 'Halmek', type: 'place', forms: ['Halmek'], note: 'a northern district of the capital' },
    { id: 'foundry-square', name: 'Foundry Square', type: 'place', forms: ['Foundry Square'], note: 'where the march set off' },
    { id: 'serin-boulevard', name: 'Serin Boulevard', type: 'place', forms: ['Serin Boulevard'], note: 'the march route' },
    { id: 'constitution-square', name: 'Constitution Square', type: 'place', forms: ['Constitution Square'], note: 'the square in front of parliament where the clashes took place' },
    { id: 'national-library', name: 'National Library', type: 'place', forms: ['National Library'], note: 'a building on Constitution Square (a named facility, typed place)' },
    { id: 'kessel-street', name: 'Kessel Street', type: 'place', forms: ['Kessel Street'], note: 'the street of the police station where Žagar was held ("Kessel Street police station"; "police" is nominal)' },
    { id: 'central-station', name: 'Trevanna Central Station', type: 'place', forms: ['Trevanna Central Station'], note: 'the capital\'s main railway station (a named facility, typed place); the place inside it is nested' },
    // organizations
    { id: 'cdw', name: 'Confederation of Dornessan Workers', type: 'organization', forms: ['Confederation of Dornessan Workers', 'CDW'], note: 'the union confederation that called the strike; defined as (CDW) in every file; "the confederation", "the union" are nominal; "CDW General Secretary" before a name holds a mention of it' },
    { id: 'stw', name: 'Syndicate of Transport Workers', type: 'organization', forms: ['Syndicate of Transport Workers', 'STW'], note: 'the transport workers\' union; defined as (STW) in the live blog and DRT News; "the transport workers\' union" in the explainer is a lowercase description, not a name' },
    { id: 'labour-ministry', name: 'Ministry of Labour and Social Affairs', type: 'organization', forms: ['Ministry of Labour and Social Affairs', 'Labour Ministry', 'Labor Ministry'], note: 'Labor Ministry in the wire and the explainer (US style); "Labour Minister"/"Labor Minister" before a name is a title; "the ministry" is nominal' },
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: '"Interior Minister" before a name is a title; "the ministry" is nominal' },
    { id: 'state-police', name: 'State Police', type: 'organization', forms: ['State Police'], note: 'the national police; lowercase "police" and sentence-initial "Police" are nominal' },
    { id: 'dornessa-rail', name: 'Dornessa Rail', type: 'organization', forms: ['Dornessa Rail'], note: 'the state railway; "the company" and "the state railway" are nominal; the place inside it is nested' },
    { id: 'city-transport', name: 'Trevanna City Transport', type: 'organization', forms: ['Trevanna City Transport'], note: 'the capital\'s bus operator; the place inside it is nested' },
    { id: 'uie', name: 'Union of Industrialists and Employers', type: 'organization', forms: ['Union of Industrialists and Employers', 'UIE'], note: 'the employers\' federation; defined as (UIE) in the wire and the state-aligned paper; "UIE President" before a name holds a mention of it' },
    { id: 'school-economics', name: 'Trevanna School of Economics', type: 'organization', forms: ['Trevanna School of Economics'], note: 'the economist\'s university; the place inside it is nested' },
    { id: 'nso', name: 'National Statistics Office', type: 'organization', forms: ['National Statistics Office'], note: 'the statistics office' },
    { id: 'civic-left', name: 'Civic Left', type: 'organization', forms: ['Civic Left'], note: 'the opposition party of Lidia Marran' },
    { id: 'hospital', name: 'Marovan Memorial Hospital', type: 'organization', forms: ['Marovan Memorial Hospital'], note: 'the hospital that treated the injured; "the hospital" is nominal' },
    { id: 'cro', name: 'Citizens’ Rights Observatory', type: 'organization', forms: ['Citizens’ Rights Observatory', 'Citizens\' Rights Observatory', 'CRO'], note: 'the rights group (curly apostrophe in the live blog and DRT News, straight in the explainer); defined as (CRO) in each; "the group" and "a rights group" are nominal' },
    { id: 'keelson', name: 'Keelson', type: 'organization', forms: ['Keelson'], note: 'the wire agency: the dateline "(Keelson)" and "a Keelson photographer" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'bell', name: 'The Trevanna Bell', type: 'organization', forms: ['The Trevanna Bell'], note: 'the city paper running the live blog: its photo credit and the explainer\'s "Reporters from The Trevanna Bell" are mentions; its site-name line and its name in the source list are metadata' },
    { id: 'drt', name: 'DRT News', type: 'organization', forms: ['DRT News'], note: 'the broadcaster\'s news site, named in its own text ("told DRT News", "DRT News reporters"), key points and photo credits (also reused by the explainer), and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'forward', name: 'Dornessa Forward', type: 'organization', forms: ['Dornessa Forward'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "Dornessa Forward, a paper close to the government" is a mention' },
    { id: 'millstream', name: 'The Millstream', type: 'organization', forms: ['The Millstream'], note: 'the explainer\'s site: "told The Millstream" and "The Millstream asked" are mentions; its site-name line and the author bio are metadata' },
    // people
    { id: 'zagar', name: 'Ilario Žagar', type: 'person', forms: ['Ilario Žagar', 'Žagar', 'Ilario Zagar', 'Zagar'], note: 'CDW general secretary (Zagar in the wire and the explainer); "CDW General Secretary" before the name is a title; "Mr Žagar" -> "Žagar"' },
    { id: 'zhelev', name: 'Aurel Zhelev', type: 'person', forms: ['Aurel Zhelev', 'Zhelev', 'Aurel Jelev', 'Jelev'], note: 'Labour Minister (Jelev in the explainer); the title before the name is outside the span' },
    { id: 'kalvan', name: 'Gavril Kalvan', type: 'person', forms: ['Gavril Kalvan', 'Kalvan'], note: 'Prime Minister' },
    { id: 'tavlo', name: 'Irina Tavlo', type: 'person', forms: ['Irina Tavlo', 'Tavlo'], note: 'Interior Minister' },
    { id: 'dolenc', name: 'Mara Dolenc', type: 'person', forms: ['Mara Dolenc'], note: 'State Police spokeswoman, in the live blog' },
    { id: 'tarko', name: 'Emil Tarko', type: 'person', forms: ['Emil Tarko'], note: 'Dornessa Rail spokesman, in the state-aligned paper' },
    { id: 'weisz', name: 'Albrecht Weisz', type: 'person', forms: ['Albrecht Weisz'], note: 'UIE president, in the wire' },
    { id: 'brezina', name: 'Hana Brezina', type: 'person', forms: ['Hana Brezina', 'Brezina'], note: 'labour economist at the Trevanna School of Economics, in the explainer' },
    { id: 'marran', name: 'Lidia Marran', type: 'person', forms: ['Lidia Marran', 'Marran'], note: 'leader of the opposition Civic Left; "Mrs Marran" -> "Marran"' },
    { id: 'greel', name: 'Anton Greel', type: 'person', forms: ['Anton Greel'], note: 'head of the emergency department at Marovan Memorial Hospital ("Dr" is outside the span)' },
    { id: 'solnik', name: 'Vera Solnik', type: 'person', forms: ['Vera Solnik'], note: 'CRO spokeswoman' },
    { id: 'ondrasek', name: 'Petra Ondrasek', type: 'person', forms: ['Petra Ondrasek'], note: 'leader of the Syndicate of Transport Workers' },
    { id: 'lisac', name: 'Dusan Lisac', type: 'person', forms: ['Dusan Lisac'], note: 'a bus driver marching, quoted by the live blog' },
    { id: 'tomberg', name: 'Irena Tomberg', type: 'person', forms: ['Irena Tomberg'], note: 'a nurse from Velmarin at the rally, quoted by DRT News' },
    { id: 'kerst', name: 'Sanja Kerst', type: 'person', forms: ['Sanja Kerst'], note: 'a pharmacist looking for a taxi, quoted by the live blog' },
    { id: 'havas', name: 'Lajos Havas', type: 'person', forms: ['Lajos Havas'], note: 'a baker in Halmek, quoted by the state-aligned paper' },
    { id: 'valen', name: 'Piotr Valen', type: 'person', forms: ['Piotr Valen'], note: 'The Trevanna Bell reporter: his byline is metadata; posts naming him and his photo credit are mentions' },
    { id: 'sestak', name: 'Ana Sestak', type: 'person', forms: ['Ana Sestak'], note: 'The Trevanna Bell reporter: her byline is metadata; a post naming her is a mention' },
    { id: 'haugli', name: 'Erik Haugli', type: 'person', forms: ['Erik Haugli'], note: 'DRT News photographer, in caption credits (also reused by the explainer)' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|confederation|union side|union|unions|government|capital|city|country|hospital|company|state railway|minister|group|port)\\b", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '(?<!State )\\b[Pp]olice\\b', why: 'nominal reference to the police (lowercase or sentence-initial, not the name State Police)' },
    { pattern: '\\b[Pp]arliament\\b', why: 'nominal reference to parliament (lowercase, or sentence-initial)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Ilario Žagar', cue: 'CDW General Secretary Ilario Zagar told marchers', quote: 'They want us to work until we drop, and then they will call it a reform' },
    { file: W, speaker: 'Aurel Zhelev', cue: 'Zhelev said in a statement', quote: 'My door was open on Wednesday night and it is open today. We talked, and we will keep talking' },
    { file: W, speaker: 'Albrecht Weisz', cue: 'UIE President Albrecht Weisz said', quote: 'Every day like this is a day of exports we do not get back' },
    { file: L, speaker: 'Vera Solnik', cue: 'said Vera Solnik', quote: 'We have names for every one of them' },
    { file: L, speaker: 'Anton Greel', cue: 'said Dr Anton Greel', quote: 'A good number of them came in with streaming eyes and burning skin' },
    { file: L, speaker: 'Petra Ondrasek', cue: 'said Petra Ondrasek', quote: 'They arrested our general secretary in front of his own members' },
    { file: B, speaker: 'Ilario Žagar', cue: 'he told DRT News on Friday morning', quote: 'I was arrested. I had handcuffs on my wrists from the square to the station, and nobody told me why' },
    { file: B, speaker: 'Irena Tomberg', cue: 'she said', quote: 'Then the water hit us, and then the gas' },
    { file: B, speaker: 'Petra Ondrasek', cue: 'she said', quote: 'We asked for a meeting in March, and again on Monday. Nobody from the government has sat down with us' },
    { file: D, speaker: 'Irina Tavlo', cue: 'said Interior Minister Irina Tavlo', quote: 'These were not pensioners. They came with their faces covered and their pockets full of stones' },
    { file: D, speaker: 'Gavril Kalvan', cue: 'Prime Minister Gavril Kalvan said on Thursday evening', quote: 'They are arithmetic, and arithmetic does not go on strike' },
    { file: D, speaker: 'Aurel Zhelev', cue: 'Labour Minister Aurel Zhelev said', quote: 'Most people in this country got up, went to work and did their jobs. I thank them' },
    { file: X, speaker: 'Hana Brezina', cue: 'said Hana Brezina', quote: 'The real answer is somewhere in a spreadsheet nobody has built yet' },
    { file: X, speaker: 'Ilario Žagar', cue: 'Zagar told The Millstream', quote: 'There is no minute, no photograph and no press release of this meeting' },
    { file: X, speaker: 'Vera Solnik', cue: 'said Vera Solnik', quote: "Either the ministry's officers fired gas or somebody else brought a great deal of it to a pension march" },
  ],

  contradictions: [
    {
      id: 'strike-turnout', level: 'core', kind: 'numeric',
      summary: 'The share of the workforce that struck: the Confederation of Dornessan Workers (CDW) says 72%; the Ministry of Labour and Social Affairs (Labor Ministry) says 17%. The live blog and the explainer note that both count the whole workforce, public and private.',
      sides: [
        { file: W, quote: "The Confederation of Dornessan Workers (CDW), which called the strike, said 72 percent of the country's workers had stayed off the job.", value: '72%', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: L, quote: 'The CDW says 72% of workers across the country have downed tools.', value: '72%', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: B, quote: 'The CDW says 72% of the workforce took part in the strike.', value: '72%', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: X, quote: 'The CDW says 72 percent of workers stayed away', value: '72%', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: W, quote: 'The Labor Ministry put participation at 17 percent of the workforce', value: '17%', speaker: 'Ministry of Labour and Social Affairs', camp: 'B' },
        { file: L, quote: 'The Ministry of Labour and Social Affairs says 17%.', value: '17%', speaker: 'Ministry of Labour and Social Affairs', camp: 'B' },
        { file: B, quote: 'The Ministry of Labour and Social Affairs puts the figure at 17%', value: '17%', speaker: 'Ministry of Labour and Social Affairs', camp: 'B' },
        { file: D, quote: 'Only 17% of the workforce took part in the strike, according to figures the ministry gathered from employers across the country by midday.', value: '17%', speaker: 'Ministry of Labour and Social Affairs', camp: 'B' },
        { file: X, quote: 'the Labor Ministry says 17 percent', value: '17%', speaker: 'Ministry of Labour and Social Affairs', camp: 'B' },
      ],
    },
    {
      id: 'march-size', level: 'core', kind: 'numeric',
      summary: 'How many marched in the capital, Trevanna: 230,000 according to the CDW; 45,000 according to the police.',
      sides: [
        { file: W, quote: 'The CDW said 230,000 people joined the march from Foundry Square to parliament.', value: '230,000', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: L, quote: 'The CDW says 230,000 people marched in Trevanna', value: '230,000', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: L, quote: 'The CDW says 230,000 people are on the streets of the capital.', value: '230,000', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: B, quote: 'The CDW’s count was 230,000, which it called the largest crowd in the city since the 1990s.', value: '230,000', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: X, quote: 'The CDW says 230,000 people marched in Trevanna.', value: '230,000', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: W, quote: 'Police estimated the crowd at 45,000.', value: '45,000', speaker: 'State Police', camp: 'B' },
        { file: L, quote: 'the police say 45,000', value: '45,000', speaker: 'State Police', camp: 'B' },
        { file: B, quote: 'Police estimated the Trevanna march at 45,000 people.', value: '45,000', speaker: 'State Police', camp: 'B' },
        { file: D, quote: 'A march through Trevanna, which police estimated at 45,000 people, ended in disorder outside parliament.', value: '45,000', speaker: 'State Police', camp: 'B' },
        { file: X, quote: 'The police put the crowd at 45,000.', value: '45,000', speaker: 'State Police', camp: 'B' },
      ],
    },
    {
      id: 'tear-gas', level: 'core', kind: 'polarity',
      summary: 'Whether police fired tear gas on Constitution Square: reporters of The Trevanna Bell and DRT News (at least six canisters at about 15:20), a Keelson photographer, marchers and Dr Anton Greel of Marovan Memorial Hospital say tear gas was used; Interior Minister Irina Tavlo and the Interior Ministry say officers used water cannon only and "not a single canister of tear gas" was fired.',
      sides: [
        { file: W, quote: 'Several protesters, and a Keelson photographer who was on the square, said they had seen officers fire gas canisters toward the crowd near the National Library.', value: 'tear gas fired', speaker: 'Keelson', camp: 'A' },
        { file: L, quote: 'Piotr Valen, on Constitution Square: police have fired tear gas.', value: 'tear gas fired', speaker: 'Piotr Valen', camp: 'A' },
        { file: L, quote: 'Our reporters saw tear gas fired', value: 'tear gas fired', speaker: 'The Trevanna Bell', camp: 'A' },
        { file: L, quote: 'I know what tear gas does to people', value: 'tear gas injuries', speaker: 'Anton Greel', camp: 'A' },
        { file: B, quote: 'DRT News reporters on the square saw at least six tear-gas canisters fired into the crowd near the National Library at about 15:20', value: 'tear gas fired', speaker: 'DRT News', camp: 'A' },
        { file: B, quote: 'Then the water hit us, and then the gas', value: 'tear gas fired', speaker: 'Irena Tomberg', camp: 'A' },
        { file: X, quote: 'DRT News reporters counted at least six canisters', value: 'tear gas fired', speaker: 'DRT News', camp: 'A' },
        { file: W, quote: 'Tavlo also said that "not a single canister of tear gas" had been fired.', value: 'no tear gas', speaker: 'Irina Tavlo', camp: 'B' },
        { file: L, quote: 'officers used “water cannon only”', value: 'water cannon only', speaker: 'Interior Ministry', camp: 'B' },
        { file: B, quote: 'Interior Minister Irina Tavlo said on Thursday night that officers had used “water cannon only”.', value: 'water cannon only', speaker: 'Irina Tavlo', camp: 'B' },
        { file: D, quote: 'No tear gas was used, the minister said.', value: 'no tear gas', speaker: 'Irina Tavlo', camp: 'B' },
        { file: X, quote: 'The Interior Ministry says no: officers used "water cannon only."', value: 'water cannon only', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'leader-arrested', level: 'core', kind: 'status',
      summary: 'Whether the CDW general secretary Ilario Žagar (Zagar) was arrested: the CDW, the STW leader Petra Ondrasek and Žagar himself say he was arrested and handcuffed on Constitution Square; the Interior Ministry (and the state-aligned paper) say he was never arrested, only asked to give a statement as a witness, and left freely. All agree he was led away at about 16:40 and left the Kessel Street station shortly after 9 p.m.',
      sides: [
        { file: W, quote: 'The CDW said its leader had been arrested and handcuffed in front of his members.', value: 'arrested, handcuffed', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: W, quote: 'They put handcuffs on me in front of my own members. If that is an invitation, I would not like to see an arrest', value: 'arrested, handcuffed', speaker: 'Ilario Žagar', camp: 'A' },
        { file: L, quote: 'The CDW says he has been arrested and handcuffed.', value: 'arrested, handcuffed', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: L, quote: 'They arrested our general secretary in front of his own members', value: 'arrested', speaker: 'Petra Ondrasek', camp: 'A' },
        { file: B, quote: 'I was arrested. I had handcuffs on my wrists from the square to the station, and nobody told me why', value: 'arrested, handcuffed', speaker: 'Ilario Žagar', camp: 'A' },
        { file: X, quote: 'The CDW says its general secretary, Ilario Zagar, was arrested and handcuffed on the square at about 16:40.', value: 'arrested, handcuffed', speaker: 'Confederation of Dornessan Workers', camp: 'A' },
        { file: W, quote: 'The Interior Ministry said he had been invited to give a statement about the violence and had not been arrested.', value: 'not arrested, gave a statement', speaker: 'Interior Ministry', camp: 'B' },
        { file: L, quote: 'Mr Žagar “was not arrested at any point” but was “asked to give a statement as a witness to the disorder”', value: 'not arrested, witness statement', speaker: 'Interior Ministry', camp: 'B' },
        { file: B, quote: 'The Interior Ministry maintains that Mr Žagar was never under arrest.', value: 'never under arrest', speaker: 'Interior Ministry', camp: 'B' },
        { file: D, quote: 'Ilario Žagar, the general secretary of the CDW, was not arrested.', value: 'not arrested', speaker: 'Interior Ministry', camp: 'B' },
        { file: X, quote: 'The Interior Ministry says he was never arrested, only "asked to give a statement as a witness," and that he was free to leave.', value: 'not arrested, witness statement', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'talks-held', level: 'secondary', kind: 'polarity',
      summary: 'Whether the government talked to the unions before the strike: Labour Minister Aurel Zhelev (Jelev) says he met union leaders for three hours on Wednesday evening (the state-aligned paper reports it as fact, with an offer for heavy industry); Ilario Žagar of the CDW and Petra Ondrasek of the STW say there were no talks and nobody from the government has sat down with them.',
      sides: [
        { file: W, quote: 'Labor Minister Aurel Zhelev said he had met union leaders for three hours on Wednesday evening in a last attempt to head off the stoppage.', value: 'met for three hours', speaker: 'Aurel Zhelev', camp: 'A' },
        { file: W, quote: 'We talked, and we will keep talking', value: 'talks held', speaker: 'Aurel Zhelev', camp: 'A' },
        { file: B, quote: 'Mr Zhelev has said he spent three hours with union leaders on Wednesday evening.', value: 'met for three hours', speaker: 'Aurel Zhelev', camp: 'A' },
        { file: D, quote: 'Mr Zhelev met union leaders at the ministry for three hours on Wednesday evening in a final effort to avert the strike', value: 'met for three hours', speaker: 'Dornessa Forward', camp: 'A' },
        { file: X, quote: 'Labor Minister Aurel Jelev says he spent three hours with union leaders on Wednesday evening, the night before the strike', value: 'met for three hours', speaker: 'Aurel Zhelev', camp: 'A' },
        { file: W, quote: 'There were no talks. Nobody from this government has sat down with us since February', value: 'no talks', speaker: 'Ilario Žagar', camp: 'B' },
        { file: B, quote: 'Nobody from the government has sat down with us', value: 'no meeting', speaker: 'Petra Ondrasek', camp: 'B' },
        { file: X, quote: "The CDW and the transport workers' union say there was no meeting at all.", value: 'no meeting', speaker: 'Confederation of Dornessan Workers', camp: 'B' },
        { file: X, quote: 'There is no minute, no photograph and no press release of this meeting', value: 'no meeting', speaker: 'Ilario Žagar', camp: 'B' },
      ],
    },
    {
      id: 'arrests', level: 'secondary', kind: 'numeric',
      summary: 'How many people were arrested: 38 according to the police (by late Thursday); 112 according to the Citizens\' Rights Observatory (CRO), whose lawyers visited police stations and published initials and ages.',
      sides: [
        { file: W, quote: 'Police said 38 people had been arrested by late Thursday', value: '38', speaker: 'State Police', camp: 'A' },
        { file: B, quote: 'The State Police say 38 people were arrested.', value: '38', speaker: 'State Police', camp: 'A' },
        { file: D, quote: 'Fifty-seven police officers were injured in the disorder, the Interior Ministry said, and 38 people were arrested.', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The police say 38.', value: '38', speaker: 'State Police', camp: 'A' },
        { file: L, quote: 'says it has counted 112 arrests', value: '112', speaker: 'Citizens’ Rights Observatory', camp: 'B' },
        { file: B, quote: 'says it has recorded 112 arrests', value: '112', speaker: 'Citizens’ Rights Observatory', camp: 'B' },
        { file: X, quote: 'has counted 112 and published the initials and ages of each', value: '112', speaker: 'Citizens’ Rights Observatory', camp: 'B' },
      ],
    },
    {
      id: 'clash-time', level: 'secondary', kind: 'temporal',
      summary: 'When the clashes began: at 13:20, when masked men attacked officers guarding parliament, according to the State Police (and the state-aligned paper); at about 15:05, when two water cannon trucks drove into Constitution Square, according to reporters of The Trevanna Bell and DRT News and union stewards, who say the square was calm before (the live blog at 13:25: "no trouble").',
      sides: [
        { file: W, quote: 'The State Police said clashes broke out at 13:20, when masked men at the front of the march threw stones and flares at officers guarding the parliament building.', value: '13:20', speaker: 'State Police', camp: 'A' },
        { file: B, quote: 'The State Police say the trouble began at 13:20, when masked men attacked officers in front of parliament.', value: '13:20', speaker: 'State Police', camp: 'A' },
        { file: D, quote: 'According to the State Police, clashes broke out at 13:20', value: '13:20', speaker: 'State Police', camp: 'A' },
        { file: X, quote: 'The State Police say clashes began at 13:20', value: '13:20', speaker: 'State Police', camp: 'A' },
        { file: W, quote: 'Union stewards and reporters on the square said it had been calm until shortly after 3 p.m., when police drove two water cannon trucks into the square', value: 'shortly after 15:00', speaker: 'Keelson', camp: 'B' },
        { file: L, quote: 'It is loud, but there has been no trouble', value: 'no trouble at 13:25', speaker: 'The Trevanna Bell', camp: 'B' },
        { file: L, quote: 'Two water cannon trucks have driven onto Constitution Square from the parliament side and are spraying the crowd near the stage.', value: '15:05', speaker: 'The Trevanna Bell', camp: 'B' },
        { file: B, quote: 'Clashes began at about 15:05, when water cannon moved into the square', value: '15:05', speaker: 'DRT News', camp: 'B' },
        { file: X, quote: 'describe a peaceful rally until about 15:05, when two water cannon trucks drove into the square', value: '15:05', speaker: 'The Trevanna Bell', camp: 'B' },
      ],
    },
    {
      id: 'reform-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "They want us to work until we drop, and then they will call it a reform", spoken from the stage on Constitution Square, is credited to the CDW general secretary Ilario Zagar (Žagar) by the wire and to the Civic Left leader Lidia Marran by the state-aligned paper.',
      sides: [
        { file: W, quote: '"They want us to work until we drop, and then they will call it a reform," CDW General Secretary Ilario Zagar told marchers', speaker: 'Ilario Žagar', camp: 'A' },
        { file: D, quote: '“They want us to work until we drop, and then they will call it a reform,” Lidia Marran, the leader of the opposition Civic Left, told marchers from the stage', speaker: 'Lidia Marran', camp: 'B' },
      ],
    },
    {
      id: 'trains-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said Dornessa Rail was running 340 of its 2,100 scheduled trains, then corrected it to about 140; the wire, DRT News and the explainer also say about 140.',
      sides: [
        { file: L, quote: 'Dornessa Rail says 340 of its 2,100 scheduled trains are running this morning', value: '340', speaker: 'The Trevanna Bell', camp: 'A' },
        { file: L, quote: 'The company says the correct figure is about 140.', value: '140', speaker: 'Dornessa Rail', camp: 'B' },
        { file: W, quote: 'Dornessa Rail, the state railway, said only about 140 of the 2,100 trains it normally runs on a weekday had left their stations.', value: '140', speaker: 'Dornessa Rail', camp: 'B' },
        { file: B, quote: 'Dornessa Rail ran about 140 of its 2,100 weekday trains, the company said', value: '140', speaker: 'Dornessa Rail', camp: 'B' },
        { file: X, quote: 'Dornessa Rail ran about 140 of its 2,100 weekday trains', value: '140', speaker: 'Dornessa Rail', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'cost-rounded', kind: 'numeric',
      summary: 'The employers\' estimate of the cost, 1.1 billion euros (wire), and "about €1 billion" (state-aligned paper) are one figure, rounded.',
      sides: [
        { file: W, quote: 'estimated the cost to the economy at 1.1 billion euros in lost output and missed shipments', value: '€1.1 billion' },
        { file: D, quote: 'The stoppage cost the economy about €1 billion in lost output, according to the Union of Industrialists and Employers (UIE).', value: '~€1 billion' },
      ],
    },
    {
      id: 'arrests-rise', kind: 'numeric',
      summary: '21 arrests "so far" at 17:30 (live blog) and 38 by late Thursday "up from 21 reported in the afternoon" (wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'The State Police say 21 people have been arrested so far', value: '21 (17:30)' },
        { file: W, quote: 'Police said 38 people had been arrested by late Thursday, up from 21 reported in the afternoon.', value: '38 (late Thursday)' },
      ],
    },
    {
      id: 'yelsany-march', kind: 'numeric',
      summary: 'About 20,000 marchers in Yelsany and 230,000 in the capital (both by the CDW) are different marches.',
      sides: [
        { file: B, quote: 'In Yelsany itself, the CDW said, about 20,000 people marched to the harbour gates.', value: '20,000 (Yelsany)' },
        { file: L, quote: 'The CDW says 230,000 people are on the streets of the capital.', value: '230,000 (Trevanna)' },
      ],
    },
    {
      id: 'officers-part', kind: 'numeric',
      summary: 'Nine police officers taken to hospital (DRT News) are part of the 57 officers injured (state-aligned paper, wire), not a rival count.',
      sides: [
        { file: B, quote: 'Nine police officers were among those taken to hospital, the Interior Ministry said.', value: '9 (in hospital)' },
        { file: D, quote: 'Fifty-seven police officers were injured in the disorder, the Interior Ministry said', value: '57 (injured)' },
      ],
    },
    {
      id: 'schools-synonyms', kind: 'status',
      summary: '"Schools in the capital are shut" (live blog) and "classes were cancelled at every school in the city" (state-aligned paper) describe the same closure in different words.',
      sides: [
        { file: L, quote: 'Schools in the capital are shut', value: 'schools shut' },
        { file: D, quote: 'classes were cancelled at every school in the city', value: 'classes cancelled' },
      ],
    },
    {
      id: 'hospital-about-more-than', kind: 'numeric',
      summary: '"more than 60 people" treated (live blog, 18:45) and "About 70 people" treated on Thursday (explainer) at Marovan Memorial Hospital are compatible approximations.',
      sides: [
        { file: L, quote: 'Marovan Memorial Hospital says it has treated more than 60 people hurt in the clashes', value: '>60' },
        { file: X, quote: 'About 70 people were treated at the hospital on Thursday.', value: '~70' },
      ],
    },
    {
      id: 'strike-2019', kind: 'numeric',
      summary: 'About 90,000 marchers at the November 2019 general strike is another, earlier strike, not a rival figure for the 2026 march (45,000 by the police).',
      sides: [
        { file: W, quote: 'The last general strike in Dornessa, over a public-sector pay freeze in November 2019, drew about 90,000 people into the streets of Trevanna by police estimates.', value: '90,000 (2019)' },
        { file: W, quote: 'Police estimated the crowd at 45,000.', value: '45,000 (2026)' },
      ],
    },
  ],
};
