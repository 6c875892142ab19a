// Hand-written gold source for the shooting in Kerner Hall, University of Sárvec, Keresia
// (invented event, February 2027). build-gold.mjs turns it into ../gold/campus-shooting.json.
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
const W = 'deadeye-wire.txt'; // Deadeye wire (Wednesday 17 February), US style, straight quotes, writes Sarvec, Hrdlicka, Yurchak, Alexander Pohl, Sarvec Clinical Center, Free Student Union, Farkas
const L = '8f4f5fb1e6a7b0de.txt'; // The Sárvec Informer live blog, newest first (Tuesday 16 February, 11:21 to 23:40), UK style, curly quotes, writes Jurčak
const B = 'c3ca4e763df995f9.md'; // DKL News web story (Wednesday 17 February, evening), UK style, curly quotes, writes Yurchak
const D = 'd56ca6a510f1f936.md'; // state-aligned The Keresian Torchbearer (Thursday 18 February), YAML front matter, UK style, curly quotes, writes Jurčak
const X = 'c10f9be8ce6f19fb.txt'; // The Mainspring explainer (Friday 19 February), US style, straight quotes, writes Sarvec, Hrdlicka, Yurchak, Alexander Pohl, Center, Farkas

export default {
  corpus: 'campus-shooting',
  note: 'Invented event written for the project: at 11:04 on Tuesday 16 February 2027 (by the police\'s timeline) a gunman opens fire on the ground floor of Kerner Hall, the four-storey Faculty of Law building of the University of Sárvec (Sarvec in the wire and the explainer) on Csiky Street, in Sárvec, the second city of the fictional country of Keresia (capital Lendovar); about 1,300 students and staff are inside; officers of the National Police\'s Tactical Response Group (TRG) corner him on the third floor, and the suspect is named as Matej Hrdlička (Hrdlicka in the wire and the explainer), 22, a former law student from the village of Orlovec. Five invented outlets: the Deadeye wire (Wednesday), The Sárvec Informer live blog, newest first (Tuesday 11:21 to 23:40), the DKL News web story (Wednesday), the state-aligned The Keresian Torchbearer (Thursday) and The Mainspring explainer (Friday); four files have random names. The National Police and their spokesman Capt. Oleg Jurčak (Yurchak in the wire, the web story and the explainer), Interior Minister Lorand Beczko and the Interior Ministry, the rector Prof. Aleksander Pohl (Alexander in the wire and the explainer), the Free Students\' Union (FSU; Free Student Union in the wire) and its president Hana Krastova, Sárvec Clinical Centre (Sarvec Clinical Center in the wire and the explainer) and its director Dr Judita Farkaš (Farkas), the faculty secretary Marta Lendl, the lecturer Dr Emil Kardos, the students Petra Somogyi and Ádám Telek, and the security consultant Ruben Hask of Ravelin Security disagree about the dead (six by the Interior Ministry, nine by the FSU), the wounded (14 by the police, 21 treated for gunshot wounds by the hospital), whether there was a second gunman (no, by the police; two armed men, by students and a lecturer), whether the university had received a threat (none, by the rector; an anonymous email on Sunday night passed to the security office on Monday, by the faculty secretary and the FSU), when police entered the building (11:10, six minutes after the first shots, by the police; 11:49, 45 minutes, by students and the FSU), whether the gunman is dead (shot dead, by the minister and the state-aligned paper) or wounded and under arrest in hospital (by the police spokesman and the hospital), whether the lockdown alert worked (at 11:07 by text and loudspeaker, by the rector; no loudspeakers and a text at 12:26, by students and the ministry), who is to blame (the university\'s open side door and silent alarm, by the minister; the police\'s wait outside, by the rector and the FSU) and who said "We went in as soon as we knew where he was, and not one second later" (the police spokesman in the wire, the minister in the state-aligned paper); the live blog corrects its own count of people in Kerner Hall (2,300, then about 1,300). 238 officers and "some 240 officers" are one figure rounded; "at least four" killed on Tuesday afternoon and six "up from four" in the evening is an update reported as such; the 38 people taken to hospitals by the ambulance service and the 14 wounded by gunfire are different sets; the 31 cartridge cases on the third floor are part of the 74 recovered in the building; "closed until further notice" and "suspended all teaching indefinitely" are synonyms; "more than 5,000" and "About 6,000" at the vigil are compatible approximations; 17 wounded still in hospital on Wednesday night and nine on Friday morning are different days\' figures. "Keresian" is a demonym; "Sárvec" inside University of Sárvec, Sárvec Clinical Centre, Sárvec City Hall and The Sárvec Informer and "Keresia" inside Open Keresia are nested; the Order of Civic Courage is an award and is ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 2, 3, 4, 10, 11, 45, 78, 79, 81],
    [B]: [1, 7, 9, 21, 53, 71, 72, 73],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 63, 64, 65, 66, 67, 69],
  },

  actors: [
    // places
    { id: 'keresia', name: 'Keresia', type: 'place', forms: ['Keresia'], note: 'the country; "Keresian" is a demonym; nested in Open Keresia; "the country" is nominal' },
    { id: 'lendovar', name: 'Lendovar', type: 'place', forms: ['Lendovar'], note: 'the capital; "the capital" is nominal' },
    { id: 'sarvec', name: 'Sárvec', type: 'place', forms: ['Sárvec', 'Sarvec', 'SARVEC', 'SÁRVEC'], note: 'the city (Sarvec in the wire and the explainer; datelines in capitals); nested in University of Sárvec, Sárvec Clinical Centre, Sárvec City Hall and The Sárvec Informer; "the city" is nominal' },
    { id: 'kerner-hall', name: 'Kerner Hall', type: 'place', forms: ['Kerner Hall'], note: 'the Faculty of Law building where the shooting took place (a named building)' },
    { id: 'csiky', name: 'Csiky Street', type: 'place', forms: ['Csiky Street'], note: 'the street of the building\'s side entrance' },
    { id: 'szirom', name: 'Szirom Square', type: 'place', forms: ['Szirom Square'], note: 'the square of the vigil and the students\' hall of residence' },
    { id: 'orlovec', name: 'Orlovec', type: 'place', forms: ['Orlovec'], note: 'the gunman\'s home village, about 30 km south of Sárvec' },
    { id: 'city-hall', name: 'Sárvec City Hall', type: 'place', forms: ['Sárvec City Hall'], note: 'the city hall building where a book of condolence is opened, in the state-aligned paper; the city inside it is nested' },
    // organizations
    { id: 'university', name: 'University of Sárvec', type: 'organization', forms: ['University of Sárvec', 'University of Sarvec'], note: 'the university (Sarvec in the wire and the explainer); the place inside it is nested; "the university" is nominal' },
    { id: 'law-faculty', name: 'Faculty of Law', type: 'organization', forms: ['Faculty of Law'], note: 'the university\'s law faculty, housed in Kerner Hall; "the faculty", "the law faculty" are nominal' },
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'the national interior ministry; "the ministry" is nominal' },
    { id: 'national-police', name: 'National Police', type: 'organization', forms: ['National Police'], note: 'the national police force; lowercase "police" and sentence-initial "Police" are nominal' },
    { id: 'trg', name: 'Tactical Response Group', type: 'organization', forms: ['Tactical Response Group', 'TRG'], note: 'the police\'s special intervention unit, defined as (TRG); "TRG officers", "TRG commander" hold mentions' },
    { id: 'fsu', name: 'Free Students’ Union', type: 'organization', forms: ['Free Students’ Union', 'Free Students\' Union', 'Free Student Union', 'FSU'], note: 'the students\' union, defined as (FSU) (Free Student Union in the wire; straight apostrophe in the explainer); "the union", "A students’ union" are nominal' },
    { id: 'clinical-centre', name: 'Sárvec Clinical Centre', type: 'organization', forms: ['Sárvec Clinical Centre', 'Sarvec Clinical Center', 'Clinical Centre', 'Clinical Center'], note: 'the city\'s main hospital (Sarvec Clinical Center in the wire and the explainer); "the Clinical Centre" is a short name and a mention; the place inside it is nested; "the hospital" is nominal' },
    { id: 'ambulance', name: 'National Ambulance Service', type: 'organization', forms: ['National Ambulance Service'], note: 'the ambulance service, in the wire' },
    { id: 'prosecutor', name: 'State Prosecutor\'s Office', type: 'organization', forms: ['State Prosecutor\'s Office', 'State Prosecutor’s Office'], note: 'the prosecution service; the \'s belongs to the name; "the office" is nominal' },
    { id: 'assembly', name: 'National Assembly', type: 'organization', forms: ['National Assembly'], note: 'the parliament' },
    { id: 'ravelin', name: 'Ravelin Security', type: 'organization', forms: ['Ravelin Security'], note: 'the security consultancy of Ruben Hask' },
    { id: 'open-keresia', name: 'Open Keresia', type: 'organization', forms: ['Open Keresia'], note: 'the opposition party; the country inside it is nested' },
    { id: 'deadeye', name: 'Deadeye', type: 'organization', forms: ['Deadeye'], note: 'the wire agency: the dateline "(Deadeye)" and "told Deadeye" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'informer', name: 'The Sárvec Informer', type: 'organization', forms: ['The Sárvec Informer', 'Informer'], note: 'the city paper running the live blog: its photo credit and "told the Informer" are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'dkl', name: 'DKL News', type: 'organization', forms: ['DKL News'], note: 'the broadcaster\'s news site, named in its own text and photo credit (reused by the explainer); its breadcrumb line and its name in the explainer\'s source list are metadata' },
    { id: 'torchbearer', name: 'The Keresian Torchbearer', type: 'organization', forms: ['The Keresian Torchbearer', 'Keresian Torchbearer'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "the government-aligned Keresian Torchbearer" is a mention' },
    { id: 'mainspring', name: 'The Mainspring', type: 'organization', forms: ['The Mainspring'], note: 'the explainer\'s site: "told The Mainspring" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'hrdlicka', name: 'Matej Hrdlička', type: 'person', forms: ['Matej Hrdlička', 'Matej Hrdlicka', 'Hrdlička', 'Hrdlicka'], note: 'the gunman, a 22-year-old former law student (Hrdlicka in the wire and the explainer)' },
    { id: 'pohl', name: 'Aleksander Pohl', type: 'person', forms: ['Aleksander Pohl', 'Alexander Pohl', 'Pohl'], note: 'rector of the University of Sárvec (Alexander in the wire and the explainer); "Prof.", "Professor" are outside the span; "the rector" is nominal' },
    { id: 'jurcak', name: 'Oleg Jurčak', type: 'person', forms: ['Oleg Jurčak', 'Oleg Yurchak', 'Jurčak', 'Yurchak'], note: 'police spokesman (Yurchak in the wire, the web story and the explainer); "Capt.", "Captain" are outside the span' },
    { id: 'beczko', name: 'Lorand Beczko', type: 'person', forms: ['Lorand Beczko', 'Beczko'], note: 'Interior Minister; the title before the name is outside the span; "Mr Beczko" -> "Beczko"; "the minister", "the interior minister" are nominal' },
    { id: 'krastova', name: 'Hana Krastova', type: 'person', forms: ['Hana Krastova'], note: 'president of the Free Students’ Union' },
    { id: 'farkas', name: 'Judita Farkaš', type: 'person', forms: ['Judita Farkaš', 'Judita Farkas'], note: 'director of Sárvec Clinical Centre (Farkas in the wire and the explainer); "Dr", "Dr." are outside the span' },
    { id: 'hask', name: 'Ruben Hask', type: 'person', forms: ['Ruben Hask', 'Hask'], note: 'security consultant, former TRG commander, head of Ravelin Security' },
    { id: 'somogyi', name: 'Petra Somogyi', type: 'person', forms: ['Petra Somogyi'], note: 'a second-year law student who says she saw two armed men' },
    { id: 'telek', name: 'Ádám Telek', type: 'person', forms: ['Ádám Telek'], note: 'a first-year student barricaded in the law library, in the live blog' },
    { id: 'kardos', name: 'Emil Kardos', type: 'person', forms: ['Emil Kardos', 'Kardos'], note: 'lecturer in constitutional law, a witness; "Dr Kardos" -> "Kardos"' },
    { id: 'lendl', name: 'Marta Lendl', type: 'person', forms: ['Marta Lendl', 'Lendl'], note: 'a secretary in the law dean\'s office who says she passed the threat to security; "Ms Lendl" -> "Lendl"' },
    { id: 'kessler', name: 'Tibor Kessler', type: 'person', forms: ['Tibor Kessler', 'Kessler'], note: 'a lecturer killed in the attack; "Dr Kessler" -> "Kessler"' },
    { id: 'vesz', name: 'Dalibor Vesz', type: 'person', forms: ['Dalibor Vesz', 'Vesz'], note: 'Prime Minister; "Mr Vesz" -> "Vesz"; "The Prime Minister" without the name is nominal' },
    { id: 'varsanyi', name: 'Lidia Varsanyi', type: 'person', forms: ['Lidia Varsanyi'], note: 'opposition Open Keresia MP, in the state-aligned paper' },
    { id: 'kodaj', name: 'Vilma Kodaj', type: 'person', forms: ['Vilma Kodaj'], note: 'spokeswoman for the State Prosecutor\'s Office, in the explainer' },
    { id: 'szeles', name: 'Nóra Szeles', type: 'person', forms: ['Nóra Szeles'], note: 'The Sárvec Informer education correspondent: her byline is metadata; her photo credit is a mention' },
    { id: 'reybel', name: 'Tomasz Reybel', type: 'person', forms: ['Tomasz Reybel'], note: 'DKL News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:university|law faculty|faculty|ministry|union|hospital|rector|minister|interior minister|government|country|city|capital|office|Prime Minister)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Aa] students’ union\\b', why: 'nominal reference to the Free Students’ Union' },
    { pattern: '(?<!National )\\b[Pp]olice\\b', why: 'nominal reference to the police (the National Police; capitalized only at the start of a sentence)' },
  ],
  ignore: [
    { file: D, text: 'Order of Civic Courage', why: 'an award: not a person, organization or place' },
  ],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Oleg Jurčak', cue: 'Yurchak told reporters at police headquarters in Sarvec', quote: 'He acted alone. There was no second shooter, and there is no second suspect' },
    { file: W, speaker: 'Petra Somogyi', cue: 'she told Deadeye by telephone', quote: 'One of them went up. The other one stayed on the landing and kept shooting down into the hall' },
    { file: W, speaker: 'Lorand Beczko', cue: 'he told the National Assembly on Wednesday', quote: 'The police did their job in minutes. The university left a side door on Csiky Street open and did not have a single guard at the main entrance' },
    { file: L, speaker: 'Hana Krastova', cue: 'she said', quote: 'We have nine names. Nine families have been told by a doctor or by a police officer that their child is dead' },
    { file: L, speaker: 'Ádám Telek', cue: 'he said', quote: 'No message came. Not on my phone, not from the speakers. We found out what was happening from a group chat' },
    { file: L, speaker: 'Aleksander Pohl', cue: 'he said', quote: 'We received no threat. Not by email, not by telephone, not in any form.' },
    { file: B, speaker: 'Marta Lendl', cue: 'Ms Lendl said', quote: 'I printed it and walked it down to the security office myself on Monday morning. I was told it would be dealt with' },
    { file: B, speaker: 'Ruben Hask', cue: 'he said', quote: 'Since 2019 the rule for the first officers at a shooting is simple: you go towards the gunfire. If they waited outside for the TRG, that is a failure of training, not of courage' },
    { file: B, speaker: 'Emil Kardos', cue: 'he said', quote: 'There were shots above me and shots below me at the same moment. One man cannot do that' },
    { file: D, speaker: 'Dalibor Vesz', cue: 'Mr Vesz said', quote: 'There is no political colour to grief. Today there are only Keresian mothers and fathers' },
    { file: D, speaker: 'Lorand Beczko', cue: 'Mr Beczko told the National Assembly', quote: 'We went in as soon as we knew where he was, and not one second later' },
    { file: D, speaker: 'Lidia Varsanyi', cue: 'used a press conference on Wednesday to accuse the government', quote: 'starved the universities of guards and then blamed them for being unguarded' },
    { file: X, speaker: 'Ruben Hask', cue: 'he said', quote: 'A gunman in a building full of people kills someone every minute or so. Six minutes and 45 minutes are not two versions of one response. They are two different responses' },
    { file: X, speaker: 'Hana Krastova', cue: 'told The Mainspring', quote: 'The police stood on Csiky Street while our friends bled on the stairs. That is not a door problem' },
    { file: X, speaker: 'Vilma Kodaj', cue: 'said Vilma Kodaj', quote: 'We will establish, minute by minute, who was where and what they did' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed in the shooting: six according to the Interior Ministry (repeated by the state-aligned paper, which calls the higher count an unverified list); nine according to the Free Students’ Union (FSU) and its president Hana Krastova, which has published nine names.',
      sides: [
        { file: W, quote: 'The Interior Ministry said six people were killed when the gunman opened fire', value: '6', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry says six people were killed.', value: '6', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The Interior Ministry’s toll stands at six.', value: '6', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'a day of national mourning for the six people killed in Tuesday’s attack on Kerner Hall', value: '6', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: "The Interior Ministry's count is six dead.", value: '6', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: "The Free Student Union (FSU), which represents most of the university's 14,000 students, puts the number of dead at nine.", value: '9', speaker: 'Free Students’ Union', camp: 'B' },
        { file: L, quote: 'The Free Students’ Union (FSU) says nine.', value: '9', speaker: 'Free Students’ Union', camp: 'B' },
        { file: L, quote: 'We have nine names. Nine families have been told by a doctor or by a police officer that their child is dead', value: '9', speaker: 'Hana Krastova', camp: 'B' },
        { file: B, quote: 'The FSU has published the names of nine students and staff it says were killed', value: '9', speaker: 'Free Students’ Union', camp: 'B' },
        { file: X, quote: "The Free Students' Union (FSU), which has published the names of the dead on its website, counts nine.", value: '9', speaker: 'Free Students’ Union', camp: 'B' },
      ],
    },
    {
      id: 'wounded', level: 'secondary', kind: 'numeric',
      summary: 'People wounded by gunfire: 14 according to the police (repeated by the state-aligned paper); 21 treated for gunshot wounds according to Sárvec Clinical Centre (Sarvec Clinical Center), which took almost all the casualties.',
      sides: [
        { file: W, quote: 'Police said 14 people had been wounded by gunfire.', value: '14', speaker: 'National Police', camp: 'A' },
        { file: B, quote: 'Police say 14 people were wounded by gunfire.', value: '14', speaker: 'National Police', camp: 'A' },
        { file: D, quote: 'Fourteen people were wounded, according to the police.', value: '14', speaker: 'National Police', camp: 'A' },
        { file: X, quote: 'Police put the number wounded by gunfire at 14.', value: '14', speaker: 'National Police', camp: 'A' },
        { file: L, quote: 'Sárvec Clinical Centre says it has treated 21 people with gunshot wounds since midday.', value: '21', speaker: 'Sárvec Clinical Centre', camp: 'B' },
        { file: B, quote: 'Sárvec Clinical Centre says it has treated 21 people for gunshot wounds', value: '21', speaker: 'Sárvec Clinical Centre', camp: 'B' },
        { file: X, quote: 'Sarvec Clinical Center, which took almost all the casualties, says it has treated 21 people for gunshot wounds.', value: '21', speaker: 'Sárvec Clinical Centre', camp: 'B' },
      ],
    },
    {
      id: 'second-gunman', level: 'core', kind: 'polarity',
      summary: 'Whether there was a second gunman: no, according to the police and their spokesman Capt. Oleg Jurčak (Yurchak), who say Matej Hrdlička acted alone (the state-aligned paper calls the second gunman a false rumour); two armed men, according to the student Petra Somogyi, students who escaped through the courtyard, the lecturer Dr Emil Kardos, who heard shots above and below him at once, and the FSU.',
      sides: [
        { file: W, quote: 'He acted alone. There was no second shooter, and there is no second suspect', value: 'one gunman', speaker: 'Oleg Jurčak', camp: 'A' },
        { file: L, quote: '“He acted alone,” Capt. Jurčak said.', value: 'one gunman', speaker: 'Oleg Jurčak', camp: 'A' },
        { file: B, quote: 'The police say Matej Hrdlička, a 22-year-old former student of the faculty, acted alone.', value: 'one gunman', speaker: 'National Police', camp: 'A' },
        { file: D, quote: 'Investigators have established that Hrdlička acted alone, the police spokesman, Captain Oleg Jurčak, said on Wednesday.', value: 'one gunman', speaker: 'Oleg Jurčak', camp: 'A' },
        { file: D, quote: 'Rumours of a second gunman that spread on social media on Tuesday afternoon were false', value: 'no second gunman', speaker: 'Oleg Jurčak', camp: 'A' },
        { file: X, quote: 'Police say the suspect, Matej Hrdlicka, 22, a former law student from the village of Orlovec, acted alone.', value: 'one gunman', speaker: 'National Police', camp: 'A' },
        { file: W, quote: 'said she had seen two men in dark clothing on the main staircase, both carrying guns', value: 'two gunmen', speaker: 'Petra Somogyi', camp: 'B' },
        { file: L, quote: 'Several students who got out through the courtyard have told the Informer they saw two armed men inside the building', value: 'two gunmen', speaker: 'students who escaped Kerner Hall', camp: 'B' },
        { file: B, quote: 'There were shots above me and shots below me at the same moment. One man cannot do that', value: 'two gunmen', speaker: 'Emil Kardos', camp: 'B' },
        { file: B, quote: 'The FSU says at least four students have described a second armed man on the main staircase.', value: 'second gunman', speaker: 'Free Students’ Union', camp: 'B' },
        { file: X, quote: 'Several survivors describe a second armed man on the main staircase.', value: 'second gunman', speaker: 'survivors of the shooting', camp: 'B' },
      ],
    },
    {
      id: 'threat', level: 'secondary', kind: 'polarity',
      summary: 'Whether the university had received a threat before the attack: none, according to the rector Prof. Aleksander Pohl (Alexander), repeated by the state-aligned paper; an anonymous email threatening "a day of reckoning in Kerner Hall" reached the Faculty of Law at 23:40 on Sunday and was passed to the university\'s security office on Monday morning, according to the faculty secretary Marta Lendl, who showed DKL News a copy, and the FSU, which forwarded it at 08:12.',
      sides: [
        { file: W, quote: 'Pohl also said the university had received no warning or threat of any kind before the attack.', value: 'no threat', speaker: 'Aleksander Pohl', camp: 'A' },
        { file: L, quote: 'We received no threat. Not by email, not by telephone, not in any form.', value: 'no threat', speaker: 'Aleksander Pohl', camp: 'A' },
        { file: B, quote: 'The university’s rector, Prof. Aleksander Pohl, has said that no threat of any kind was received before the attack.', value: 'no threat', speaker: 'Aleksander Pohl', camp: 'A' },
        { file: D, quote: 'the rector, Professor Aleksander Pohl, confirmed on Wednesday that the university had received none', value: 'no threat', speaker: 'Aleksander Pohl', camp: 'A' },
        { file: X, quote: 'Pohl says the university received no threat before the attack.', value: 'no threat', speaker: 'Aleksander Pohl', camp: 'A' },
        { file: L, quote: 'The union also says that on Monday morning it forwarded to the university’s security office an anonymous email', value: 'threat email forwarded Monday', speaker: 'Free Students’ Union', camp: 'B' },
        { file: B, quote: 'An anonymous email threatening “a day of reckoning in Kerner Hall” arrived at the University of Sárvec’s Faculty of Law some 36 hours before a gunman opened fire', value: 'threat email Sunday', speaker: 'Marta Lendl', camp: 'B' },
        { file: B, quote: 'I printed it and walked it down to the security office myself on Monday morning.', value: 'threat passed to security', speaker: 'Marta Lendl', camp: 'B' },
        { file: X, quote: 'says an anonymous email threatening "a day of reckoning in Kerner Hall" arrived late on Sunday', value: 'threat email Sunday', speaker: 'Marta Lendl', camp: 'B' },
      ],
    },
    {
      id: 'police-entry', level: 'core', kind: 'temporal',
      summary: 'When the first police officers entered Kerner Hall after the first shots at 11:04: at 11:10, six minutes later, according to the police spokesman Capt. Oleg Jurčak (Yurchak) and the National Police (repeated by the state-aligned paper); at 11:49, 45 minutes later, according to the student Ádám Telek, students interviewed by the wire and the FSU and its president Hana Krastova, who collected time-stamped messages.',
      sides: [
        { file: W, quote: 'the first patrol officers were inside Kerner Hall by 11:10 a.m., six minutes later', value: '11:10 (6 minutes)', speaker: 'Oleg Jurčak', camp: 'A' },
        { file: L, quote: 'Our first officers were inside Kerner Hall at 11:10, six minutes after the first shot.', value: '11:10', speaker: 'Oleg Jurčak', camp: 'A' },
        { file: B, quote: 'has said patrol officers were inside Kerner Hall by 11:10, six minutes after the shooting began', value: '11:10', speaker: 'Oleg Jurčak', camp: 'A' },
        { file: D, quote: 'Police officers were inside the building within six minutes of the first shot, according to the National Police', value: '6 minutes', speaker: 'National Police', camp: 'A' },
        { file: X, quote: 'The police say their first patrol officers were inside Kerner Hall by 11:10 a.m., six minutes after the first shots.', value: '11:10', speaker: 'National Police', camp: 'A' },
        { file: W, quote: 'said they saw no police officer inside the building until shortly before noon', value: 'shortly before noon', speaker: 'students trapped in Kerner Hall', camp: 'B' },
        { file: L, quote: 'The first policeman I saw came through the library door at 11:49.', value: '11:49', speaker: 'Ádám Telek', camp: 'B' },
        { file: B, quote: 'Students say the first police officers came in 45 minutes after the shooting started', value: '45 minutes', speaker: 'students trapped in Kerner Hall', camp: 'B' },
        { file: B, quote: 'The first officers did not enter the building until 11:49, 45 minutes after the first shots', value: '11:49 (45 minutes)', speaker: 'Hana Krastova', camp: 'B' },
        { file: X, quote: 'say no officer entered before 11:49 a.m.', value: '11:49', speaker: 'Free Students’ Union', camp: 'B' },
      ],
    },
    {
      id: 'gunman-dead-or-held', level: 'core', kind: 'status',
      summary: 'Whether the gunman Matej Hrdlička (Hrdlicka) is dead or alive and in custody: shot dead by TRG officers, according to Interior Minister Lorand Beczko on state television on Tuesday afternoon and the state-aligned paper on Thursday; wounded, under arrest and under police guard at Sárvec Clinical Centre after surgery, according to the police spokesman Capt. Oleg Jurčak (Yurchak), the police and the hospital.',
      sides: [
        { file: L, quote: 'Interior Minister Lorand Beczko has told state television that the gunman was shot dead by officers of the Tactical Response Group (TRG)', value: 'dead', speaker: 'Lorand Beczko', camp: 'A' },
        { file: L, quote: 'The attacker is dead. The danger is over', value: 'dead', speaker: 'Lorand Beczko', camp: 'A' },
        { file: D, quote: 'The gunman, Matej Hrdlička, a 22-year-old former law student, was killed by officers of the Tactical Response Group (TRG)', value: 'killed', speaker: 'The Keresian Torchbearer', camp: 'A' },
        { file: X, quote: 'Interior Minister Lorand Beczko said on state television on Tuesday afternoon that Hrdlicka had been shot dead', value: 'dead', speaker: 'Lorand Beczko', camp: 'A' },
        { file: W, quote: 'Hrdlicka was under arrest and in serious but stable condition at Sarvec Clinical Center', value: 'alive, under arrest', speaker: 'Oleg Jurčak', camp: 'B' },
        { file: L, quote: 'The police say the gunman, Matej Hrdlička, 22, is alive and under arrest in hospital.', value: 'alive, under arrest', speaker: 'National Police', camp: 'B' },
        { file: L, quote: 'He says Hrdlička was wounded by officers of the Tactical Response Group (TRG) on the third floor and is under arrest', value: 'wounded, under arrest', speaker: 'Oleg Jurčak', camp: 'B' },
        { file: B, quote: 'Hrdlička remains under police guard at Sárvec Clinical Centre, where he was operated on overnight, police said.', value: 'under police guard', speaker: 'National Police', camp: 'B' },
        { file: X, quote: 'says Hrdlicka was wounded, arrested and operated on, and that he is under guard at the Clinical Center', value: 'wounded, under arrest', speaker: 'Oleg Jurčak', camp: 'B' },
      ],
    },
    {
      id: 'lockdown-alert', level: 'secondary', kind: 'polarity',
      summary: 'Whether the university\'s lockdown alert worked: it went out by text message to every registered phone and over every loudspeaker in Kerner Hall at 11:07, three minutes after the first shots, according to the rector Prof. Aleksander Pohl (Alexander); no loudspeaker sounded and the text arrived at 12:26, after the gunman had been stopped, according to students (Ádám Telek, students who showed DKL News their phones) and the Interior Ministry.',
      sides: [
        { file: W, quote: "a lockdown alert had gone out by text message and over the building's loudspeakers at 11:07 a.m.", value: 'sent 11:07', speaker: 'Aleksander Pohl', camp: 'A' },
        { file: L, quote: 'The alert went to every phone registered with the university, and over every loudspeaker in Kerner Hall, at 11:07.', value: 'sent 11:07', speaker: 'Aleksander Pohl', camp: 'A' },
        { file: X, quote: "says the university's lockdown alert went out by text message and over the loudspeakers at 11:07 a.m.", value: 'sent 11:07', speaker: 'Aleksander Pohl', camp: 'A' },
        { file: L, quote: 'No message came. Not on my phone, not from the speakers.', value: 'no alert', speaker: 'Ádám Telek', camp: 'B' },
        { file: B, quote: 'it arrived at 12:26, more than an hour after the first shots, and several said the building’s loudspeakers never sounded', value: 'text 12:26, no loudspeakers', speaker: 'students trapped in Kerner Hall', camp: 'B' },
        { file: D, quote: 'the university’s lockdown alert did not reach students’ phones until long after the gunman had been stopped, and the loudspeakers in Kerner Hall were silent throughout', value: 'late, no loudspeakers', speaker: 'Interior Ministry', camp: 'B' },
        { file: X, quote: 'Students say the loudspeakers never sounded and that the text did not arrive until 12:26 p.m.', value: 'text 12:26, no loudspeakers', speaker: 'students trapped in Kerner Hall', camp: 'B' },
      ],
    },
    {
      id: 'blame', level: 'secondary', kind: 'attribution',
      summary: 'Who is to blame for the deaths: the university, according to Interior Minister Lorand Beczko (a side door on Csiky Street left open, no guard at the entrance, an alarm nobody heard; repeated by the state-aligned paper); the police, who waited outside, according to the rector Prof. Aleksander Pohl and the FSU and its president Hana Krastova.',
      sides: [
        { file: W, quote: 'The university left a side door on Csiky Street open and did not have a single guard at the main entrance', value: 'the university', speaker: 'Lorand Beczko', camp: 'A' },
        { file: B, quote: 'Interior Minister Lorand Beczko has blamed the university for leaving a side door open and failing to warn students.', value: 'the university', speaker: 'Lorand Beczko', camp: 'A' },
        { file: D, quote: 'The university left a side door open, had no guard at the entrance and an alarm that nobody heard. Those are not police failures', value: 'the university', speaker: 'Lorand Beczko', camp: 'A' },
        { file: X, quote: 'Beczko blames the university: an open side door, no guard at the entrance, an alarm nobody heard.', value: 'the university', speaker: 'Lorand Beczko', camp: 'A' },
        { file: B, quote: 'Our students waited forty-five minutes for someone to come through that door. That is where the questions begin, not with our locks', value: 'the police', speaker: 'Aleksander Pohl', camp: 'B' },
        { file: X, quote: 'The FSU blames the police, not the university, for the deaths that came after the first minutes.', value: 'the police', speaker: 'Free Students’ Union', camp: 'B' },
        { file: X, quote: 'The police stood on Csiky Street while our friends bled on the stairs. That is not a door problem', value: 'the police', speaker: 'Hana Krastova', camp: 'B' },
      ],
    },
    {
      id: 'went-in-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "We went in as soon as we knew where he was, and not one second later" is credited to the police spokesman Capt. Oleg Yurchak (Jurčak), speaking to reporters, by the wire, and to Interior Minister Lorand Beczko, speaking in the National Assembly, by the state-aligned paper.',
      sides: [
        { file: W, quote: '"We went in as soon as we knew where he was, and not one second later," he said.', speaker: 'Oleg Jurčak', camp: 'A' },
        { file: D, quote: '“We went in as soon as we knew where he was, and not one second later,” Mr Beczko told the National Assembly', speaker: 'Lorand Beczko', camp: 'B' },
      ],
    },
    {
      id: 'people-inside-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said about 2,300 students and staff were in Kerner Hall when the shooting began, then corrected it to about 1,300, the university\'s figure (2,300 is the number of students enrolled at the Faculty of Law); the explainer also says about 1,300.',
      sides: [
        { file: L, quote: 'The university says about 2,300 students and staff were in Kerner Hall when the shooting began.', value: '2,300', speaker: 'University of Sárvec', camp: 'A' },
        { file: L, quote: 'The university says the figure was about 1,300; 2,300 is the number of students enrolled at the Faculty of Law.', value: '~1,300', speaker: 'University of Sárvec', camp: 'B' },
        { file: X, quote: 'About 1,300 students and staff were inside.', value: '~1,300', speaker: 'The Mainspring', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'officers-rounded', kind: 'numeric',
      summary: '238 officers (the National Police, in the live blog) and "some 240 officers" (the state-aligned paper) on the campus and the streets around it are one figure, rounded.',
      sides: [
        { file: L, quote: 'The National Police say 238 officers are now on the campus or in the streets around it.', value: '238' },
        { file: D, quote: 'which deployed some 240 officers to the campus and the surrounding streets', value: '~240' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: '"At least four" killed on Tuesday afternoon (the police, in the live blog) and six on Tuesday evening "up from four" (the Interior Ministry, in the wire) is a count that rose and is reported as updated, after two of the wounded died in surgery.',
      sides: [
        { file: L, quote: 'The police say at least four people have been killed and several wounded.', value: '≥4 (Tuesday afternoon)' },
        { file: W, quote: 'The official toll rose to six on Tuesday evening, up from four in the early afternoon, after two of the wounded died in surgery.', value: '6 (Tuesday evening)' },
      ],
    },
    {
      id: 'hospital-vs-gunfire', kind: 'numeric',
      summary: 'The 38 people the National Ambulance Service took to hospitals (including students who broke bones jumping from windows and people hurt in a crush on the stairs) and the 14 wounded by gunfire (the police) are different sets, not rival counts.',
      sides: [
        { file: W, quote: 'The National Ambulance Service said it had taken 38 people to hospitals in Sarvec, including students who broke bones jumping from first-floor windows', value: '38 (all taken to hospital)' },
        { file: W, quote: 'Police said 14 people had been wounded by gunfire.', value: '14 (wounded by gunfire)' },
      ],
    },
    {
      id: 'cartridges-part', kind: 'numeric',
      summary: 'The 31 cartridge cases found on the third floor (explainer) are part of the 74 recovered in the whole building (web story), not a rival count.',
      sides: [
        { file: B, quote: 'Police also said they had recovered 74 cartridge cases inside the building.', value: '74 (building)' },
        { file: X, quote: 'Investigators found 31 cartridge cases on the third floor alone.', value: '31 (third floor)' },
      ],
    },
    {
      id: 'closure-synonyms', kind: 'status',
      summary: '"closed until further notice" (wire) and "suspended all teaching indefinitely" (web story) describe the same state of the university in different words.',
      sides: [
        { file: W, quote: 'The university said its campus would stay closed until further notice.', value: 'closed until further notice' },
        { file: B, quote: 'The university has suspended all teaching indefinitely.', value: 'teaching suspended indefinitely' },
      ],
    },
    {
      id: 'vigil-about-more-than', kind: 'numeric',
      summary: '"more than 5,000 people" (wire) and "About 6,000 people" (web story) at the Wednesday-evening vigil on Szirom Square are compatible approximations.',
      sides: [
        { file: W, quote: 'attended by more than 5,000 people', value: '>5,000' },
        { file: B, quote: 'About 6,000 people gathered on Szirom Square on Wednesday evening for a vigil.', value: '~6,000' },
      ],
    },
    {
      id: 'in-hospital-days', kind: 'numeric',
      summary: '17 of the wounded still in hospital on Wednesday night (web story) and nine on Friday morning (explainer) are figures from different days, not rival counts.',
      sides: [
        { file: B, quote: '17 of whom were still in hospital on Wednesday night', value: '17 (Wednesday night)' },
        { file: X, quote: 'By Friday morning, nine of the wounded were still in the hospital, four of them in intensive care', value: '9 (Friday morning)' },
      ],
    },
  ],
};
