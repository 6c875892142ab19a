// Hand-written gold source for the protest after the disputed presidential election in Teskara
// (invented event, October 2026). build-gold.mjs turns it into ../gold/election-protest.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with a link, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Advertisement", "Read more" links), and the state-aligned paper is Markdown with YAML
// front matter and no headline in the body. Site names, navigation bars, bylines, date and
// "Updated" lines, "Share this article", "Advertisement", "Read more" lines, the wire's reporting
// line, the source list and the bio are metadata (meta: 1-based line numbers); headlines,
// standfirsts, key points, image alt texts, captions and credits are counted text. Link URLs are
// in ignore.
const W = 'quoin-wire.txt'; // Quoin wire (Tuesday 13 October), US style, straight quotes, no diacritics: Varesanin, Kesic, Zhitnik, Halilovic, Alexandra Mirceta, Kovachevo, Svetlo Human Rights Center
const L = '06b0efd1dbaf84b3.txt'; // The Kalbrek Stylus live blog, newest first (Monday 12 October 17:30 to Tuesday 13 October 22:30), UK style, curly quotes
const B = '6b01f5f834a82ec0.md'; // TKV News web story (Wednesday 14 October), UK style, curly quotes
const D = 'ab9381a6ad82a0b7.md'; // state-aligned The Teskara Torch (Wednesday 14 October), YAML front matter, UK style, curly quotes
const X = '693db717d1bd0b7c.txt'; // The Plinth explainer in questions (Thursday 15 October), US style, straight quotes, no diacritics

export default {
  corpus: 'election-protest',
  note: 'Invented event written for the project: on Monday 12 October 2026, the day after the presidential election of Sunday 11 October in the fictional country of Teskara, the Central Electoral Commission (CEC) and its chairman Ilarion Petkovski declare President Radomir Kesić (Kesic in the wire and the explainer) re-elected with 58.4% against 36.9% for the former judge Mirela Varešanin (Varesanin) of Civic Dawn; turnout 61.2% (54.7% at 18:00 on Sunday). That evening Civic Dawn\'s supporters fill Trembina Square and Kesten Boulevard in the capital Kalbrek, which leads to the CEC building; Varešanin speaks at about 19:30 and urges calm, her campaign chief Teodor Banjac speaks from a lorry at about 22:00, and riot police of the Interior Ministry\'s Zenit Brigade clear the square and the boulevard overnight. Five invented outlets: the Quoin wire (Tuesday), The Kalbrek Stylus live blog, newest first (Monday 17:30 to Tuesday 22:30), the TKV News web story (Wednesday), the state-aligned The Teskara Torch (Wednesday) and The Plinth explainer (Thursday); four files have random names. The Interior Ministry and Interior Minister Bogdan Žitnik (Zhitnik in the wire and the explainer), the Kalbrek Police Directorate and its spokesman Col. Andrej Lisac, the CEC, Civic Dawn, Banjac and Varešanin\'s lawyer Jasna Krstović (Krstovic), the Svetlo Human Rights Centre (Center in the wire and the explainer) and its director Aleksandra Mirčeta (Alexandra Mirceta in the wire and the explainer), Kalbrek Emergency Hospital and its head of surgery Dr Nevena Halilović (Halilovic), the Medical Chamber of Teskara and its president Dr Radovan Kerin, the Westmark Community observer mission and its head Henrike Vos, the traffic monitor Linkwatch and its analyst Pieter Oldenkamp, the state operator Teskatel, the mother of a dead student and residents of Kesten Boulevard disagree about the crowd (about 4,000 by the ministry vs more than 80,000 by Civic Dawn), the dead (one man, of a heart attack, by the ministry vs seven by Svetlo), the detained (212 in Kalbrek by the ministry vs at least 640 by Svetlo), whether police fired live ammunition (only tear gas, water cannon and rubber bullets by the minister vs bullets removed from the wounded, by the surgeon and the Medical Chamber), whether the internet was shut down (connectivity at about 12% of normal from 21:50 to 06:20 by Linkwatch and the live blog\'s reporters vs no order and an overloaded switching centre by the ministry and Teskatel), whether Varešanin is under house arrest in Kovačevo (Kovachevo) (by her campaign and her lawyer) or free (by the ministry), the result (CEC 58.4% to 36.9% vs Civic Dawn\'s parallel count from tally sheets at 7,140 of 8,412 polling stations, 52.7% for her to 42.1% for Kesić), when police moved in (01:30 on Tuesday after petrol bombs, by the ministry, vs about 23:15 on Monday with no warning, by residents, Svetlo, Civic Dawn and the live blog\'s 23:17 post) and who said "We will not leave this square until every stolen vote is returned" (Banjac in the wire, the live blog and the explainer; Varešanin in the state-aligned paper); the live blog corrects its own count of people treated at Kalbrek Emergency Hospital (86, then 68). 43 police officers injured and "Some 40 officers" are one figure rounded; Svetlo\'s four dead on Tuesday morning and seven by evening is a count that rose and is reported as such; the 212 detained in Kalbrek are part of the 297 detained across the country; the 68 treated at one hospital and the more than 150 injured across the capital\'s hospitals are different sets; "charged with organizing mass riots" and "criminal proceedings for organising mass unrest" against 38 people are synonyms; "more than 400" and "about 420" observers agree; turnout of 54.7% at 18:00 on Sunday and 61.2% final are different times\' figures. "Teskaran" and "Teskarans" are demonyms; "Kalbrek" inside Kalbrek Emergency Hospital, Kalbrek Police Directorate and The Kalbrek Stylus and "Teskara" inside the Medical Chamber of Teskara and The Teskara Torch are nested; "Kalbrek-based" is glued; Emil Radak and his mother Vesna Radak are only named in full.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 61],
    [L]: [1, 2, 3, 4, 10, 11, 41, 86, 87, 89],
    [B]: [1, 7, 9, 21, 43, 71, 72, 73, 74],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 31, 67, 68, 70, 71, 72, 73, 74, 76],
  },

  actors: [
    // places
    { id: 'teskara', name: 'Teskara', type: 'place', forms: ['Teskara'], note: 'the country; "Teskaran", "Teskarans" are demonyms; nested in the Medical Chamber of Teskara and The Teskara Torch; "the country" is nominal' },
    { id: 'kalbrek', name: 'Kalbrek', type: 'place', forms: ['Kalbrek', 'KALBREK'], note: 'the capital (datelines in capitals); nested in Kalbrek Emergency Hospital, Kalbrek Police Directorate and The Kalbrek Stylus; "Kalbrek-based" is glued; "the capital" is nominal' },
    { id: 'trembina', name: 'Trembina Square', type: 'place', forms: ['Trembina Square'], note: 'the square where the protest began; "the square" is nominal' },
    { id: 'kesten', name: 'Kesten Boulevard', type: 'place', forms: ['Kesten Boulevard'], note: 'the avenue from the square to the CEC building; "the boulevard" is nominal' },
    { id: 'kovacevo', name: 'Kovačevo', type: 'place', forms: ['Kovačevo', 'Kovachevo'], note: 'the district of Varešanin\'s home (Kovachevo in the wire and the explainer)' },
    { id: 'national-library', name: 'National Library', type: 'place', forms: ['National Library'], note: 'building behind the square where riot vans waited, in the live blog' },
    { id: 'drenovik', name: 'Drenovik', type: 'place', forms: ['Drenovik'], note: 'town of the man who died of a heart attack, by the state-aligned paper; also a place of smaller protests' },
    { id: 'sarvo', name: 'Sarvo', type: 'place', forms: ['Sarvo'], note: 'town of smaller protests, in the state-aligned paper' },
    { id: 'norhaven', name: 'Norhaven', type: 'place', forms: ['Norhaven'], note: 'foreign city where Linkwatch is based; its mention in the wire\'s reporting line is metadata' },
    // organizations
    { id: 'cec', name: 'Central Electoral Commission', type: 'organization', forms: ['Central Electoral Commission', 'CEC'], note: 'the election commission, defined as (CEC); "the commission" is nominal' },
    { id: 'interior', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'the ministry of the interior, in charge of the police; "the ministry", "A ministry spokesman" are nominal; "Interior Minister" is a title' },
    { id: 'foreign-ministry', name: 'Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'], note: 'Teskara\'s foreign ministry, in the state-aligned paper' },
    { id: 'zenit', name: 'Zenit Brigade', type: 'organization', forms: ['Zenit Brigade'], note: 'the riot-police brigade of the Interior Ministry; "riot police" is nominal' },
    { id: 'kpd', name: 'Kalbrek Police Directorate', type: 'organization', forms: ['Kalbrek Police Directorate'], note: 'the capital\'s police, in the state-aligned paper; lowercase "police" elsewhere is nominal' },
    { id: 'civic-dawn', name: 'Civic Dawn', type: 'organization', forms: ['Civic Dawn'], note: 'Varešanin\'s opposition party and campaign; "the campaign", "Her campaign" are nominal' },
    { id: 'pnr', name: 'Party of National Renewal', type: 'organization', forms: ['Party of National Renewal', 'PNR'], note: 'the ruling party, defined as (PNR), in the state-aligned paper' },
    { id: 'svetlo', name: 'Svetlo Human Rights Centre', type: 'organization', forms: ['Svetlo Human Rights Centre', 'Svetlo Human Rights Center', 'Svetlo'], note: 'the human-rights group (Center in the wire and the explainer); "Svetlo" alone, "the Svetlo center" and "Svetlo’s director" hold mentions; "the centre", "the center" are nominal' },
    { id: 'keh', name: 'Kalbrek Emergency Hospital', type: 'organization', forms: ['Kalbrek Emergency Hospital'], note: 'the capital\'s main trauma hospital; "the hospital" is nominal' },
    { id: 'medical-chamber', name: 'Medical Chamber of Teskara', type: 'organization', forms: ['Medical Chamber of Teskara', 'Medical Chamber'], note: 'the doctors\' licensing body; "The Medical Chamber" in the explainer is its short form; "the chamber" is nominal' },
    { id: 'westmark', name: 'Westmark Community', type: 'organization', forms: ['Westmark Community'], note: 'the foreign body that sent the election observers; "the mission" is nominal' },
    { id: 'linkwatch', name: 'Linkwatch', type: 'organization', forms: ['Linkwatch'], note: 'the internet-traffic monitor based in Norhaven' },
    { id: 'teskatel', name: 'Teskatel', type: 'organization', forms: ['Teskatel'], note: 'the state-owned telecom operator; "the operator", "the state operator" are nominal' },
    { id: 'quoin', name: 'Quoin', type: 'organization', forms: ['Quoin'], note: 'the wire agency: the dateline "(Quoin)", "told Quoin", "Quoin reporters" and the explainer\'s "Quoin and the Stylus" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'stylus', name: 'The Kalbrek Stylus', type: 'organization', forms: ['The Kalbrek Stylus', 'Stylus'], note: 'the city paper running the live blog: its photo credits (also reused by the explainer), "told the Stylus" and the explainer\'s text are mentions; the short form is spanned without the article; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'tkv', name: 'TKV News', type: 'organization', forms: ['TKV News'], note: 'the broadcaster\'s news site, named in its own text ("told TKV News", "sent TKV News videos") and photo credit; its breadcrumb line and the explainer\'s source list are metadata' },
    { id: 'torch', name: 'The Teskara Torch', type: 'organization', forms: ['The Teskara Torch'], note: 'the state-aligned paper: its front matter and the explainer\'s source list are metadata; the explainer\'s "The Teskara Torch, a paper close to the government" is a mention' },
    { id: 'plinth', name: 'The Plinth', type: 'organization', forms: ['The Plinth'], note: 'the explainer\'s site: "when The Plinth asked" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'kesic', name: 'Radomir Kesić', type: 'person', forms: ['Radomir Kesić', 'Radomir Kesic', 'Kesić', 'Kesic'], note: 'the incumbent President (Kesic in the wire and the explainer); "President", "Mr" are outside the span; "the President" is nominal' },
    { id: 'varesanin', name: 'Mirela Varešanin', type: 'person', forms: ['Mirela Varešanin', 'Mirela Varesanin', 'Varešanin', 'Varesanin', 'VARESANIN'], note: 'the opposition candidate of Civic Dawn (Varesanin in the wire and the explainer; a subhead in capitals in the wire); "Ms", "Mrs." are outside the span; "the candidate" is nominal' },
    { id: 'banjac', name: 'Teodor Banjac', type: 'person', forms: ['Teodor Banjac', 'Banjac'], note: 'Varešanin\'s campaign chief' },
    { id: 'zhitnik', name: 'Bogdan Žitnik', type: 'person', forms: ['Bogdan Žitnik', 'Bogdan Zhitnik'], note: 'Interior Minister (Zhitnik in the wire and the explainer); the title is outside the span; "the minister" is nominal' },
    { id: 'petkovski', name: 'Ilarion Petkovski', type: 'person', forms: ['Ilarion Petkovski'], note: 'chairman of the CEC; "CEC chairman" is a title' },
    { id: 'lisac', name: 'Andrej Lisac', type: 'person', forms: ['Andrej Lisac'], note: 'spokesman for the Kalbrek Police Directorate, in the state-aligned paper; "Colonel" is outside the span' },
    { id: 'mirceta', name: 'Aleksandra Mirčeta', type: 'person', forms: ['Aleksandra Mirčeta', 'Alexandra Mirceta'], note: 'director of the Svetlo Human Rights Centre (Alexandra Mirceta in the wire and the explainer)' },
    { id: 'halilovic', name: 'Nevena Halilović', type: 'person', forms: ['Nevena Halilović', 'Nevena Halilovic'], note: 'head of surgery at Kalbrek Emergency Hospital (Halilovic in the wire and the explainer); "Dr"/"Dr." is outside the span' },
    { id: 'kerin', name: 'Radovan Kerin', type: 'person', forms: ['Radovan Kerin'], note: 'president of the Medical Chamber of Teskara, in the web story' },
    { id: 'emil-radak', name: 'Emil Radak', type: 'person', forms: ['Emil Radak'], note: 'the 23-year-old student shot on Kesten Boulevard, in the web story' },
    { id: 'vesna-radak', name: 'Vesna Radak', type: 'person', forms: ['Vesna Radak'], note: 'Emil Radak\'s mother, in the web story' },
    { id: 'krstovic', name: 'Jasna Krstović', type: 'person', forms: ['Jasna Krstović', 'Jasna Krstovic', 'Krstović'], note: 'Varešanin\'s lawyer (Krstovic in the explainer); "Ms Krstović" -> "Krstović"' },
    { id: 'vos', name: 'Henrike Vos', type: 'person', forms: ['Henrike Vos'], note: 'head of the Westmark Community\'s observer mission' },
    { id: 'oldenkamp', name: 'Pieter Oldenkamp', type: 'person', forms: ['Pieter Oldenkamp'], note: 'Linkwatch analyst, in the wire' },
    { id: 'rakic', name: 'Dunja Rakić', type: 'person', forms: ['Dunja Rakić', 'Dunja Rakic'], note: 'The Kalbrek Stylus city reporter (Rakic in the explainer\'s reused credit): her byline is metadata; her photo credits are mentions' },
    { id: 'vukovic', name: 'Senka Vuković', type: 'person', forms: ['Senka Vuković'], note: 'TKV News Kalbrek correspondent: her byline is metadata; her photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|commission|centre(?! of)|center(?! of)|campaign|party|hospital|chamber|mission|President|president|minister|capital|square|boulevard|operator|state operator|state-owned operator|country|government|candidate|brigade)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b(?! Directorate)', why: 'nominal reference to the police (the only named police body is the Kalbrek Police Directorate)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (no named prosecution body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Aleksandra Mirčeta', cue: "said Alexandra Mirceta, the center's director", quote: 'We have names, we have ages, we have families waiting outside the morgue. The ministry has a heart attack' },
    { file: W, speaker: 'Ilarion Petkovski', cue: 'CEC chairman Ilarion Petkovski said', quote: 'a collection of photographs, not a count' },
    { file: W, speaker: 'Bogdan Žitnik', cue: 'Interior Minister Bogdan Zhitnik told a news conference', quote: 'Officers used tear gas, water cannon and rubber bullets, exactly as the law allows.' },
    { file: W, speaker: 'Nevena Halilović', cue: 'she told Quoin by phone', quote: 'These were not rubber bullets' },
    { file: W, speaker: 'Pieter Oldenkamp', cue: 'said Linkwatch analyst Pieter Oldenkamp', quote: 'Traffic fell off a cliff in every region at the same minute.' },
    { file: L, speaker: 'Teodor Banjac', cue: 'he told the Stylus', quote: 'Nobody goes in and nobody comes out – not her lawyer, not the observers, not her own sister.' },
    { file: L, speaker: 'Aleksandra Mirčeta', cue: 'she said', quote: 'Every name on this list has a mother who spent the night looking for it' },
    { file: L, speaker: 'Nevena Halilović', cue: 'she said', quote: 'I am a surgeon, not a politician, and I am telling you what I took out of my patients.' },
    { file: L, speaker: 'Mirela Varešanin', cue: 'she said, before leaving the stage', quote: 'Go home safely tonight and come back tomorrow. Do not give them the pictures they want' },
    { file: B, speaker: 'Radovan Kerin', cue: 'said Dr Radovan Kerin', quote: 'We are not taking a side in an election. We are describing holes in human beings' },
    { file: B, speaker: 'Vesna Radak', cue: 'she said', quote: 'They told us his heart had stopped. His heart stopped because there was a bullet in it.' },
    { file: B, speaker: 'Jasna Krstović', cue: 'Ms Krstović told TKV News', quote: 'That is house arrest, whatever name the ministry gives it.' },
    { file: D, speaker: 'Radomir Kesić', cue: 'Mr Kesić said', quote: 'A vote is not a suggestion that the loser may accept or refuse' },
    { file: D, speaker: 'Andrej Lisac', cue: 'said Colonel Andrej Lisac', quote: 'Our officers stood for six hours and took stones, bottles and insults' },
    { file: X, speaker: 'Aleksandra Mirčeta', cue: 'said Alexandra Mirceta', quote: 'The government is asking the country to accept one count of the votes and one count of the dead' },
  ],

  contradictions: [
    {
      id: 'crowd-size', level: 'core', kind: 'numeric',
      summary: 'The size of the crowd on Trembina Square and Kesten Boulevard on Monday night: about 4,000 according to the Interior Ministry and Interior Minister Bogdan Žitnik ("no more than 4,000" in the state-aligned paper, many "brought in by bus"); more than 80,000 according to Civic Dawn, the opposition party.',
      sides: [
        { file: W, quote: 'The ministry put the crowd at about 4,000 people.', value: '~4,000', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'He put last night’s crowd at “around 4,000, many of them brought in by bus”.', value: '~4,000', speaker: 'Bogdan Žitnik', camp: 'A' },
        { file: D, quote: 'The Interior Ministry estimates that no more than 4,000 people took part', value: '≤4,000', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says about 4,000.', value: '~4,000', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'Civic Dawn said more than 80,000 had filled Trembina Square and Kesten Boulevard', value: '>80,000', speaker: 'Civic Dawn', camp: 'B' },
        { file: L, quote: 'Civic Dawn says more than 80,000 people are now on Trembina Square and along Kesten Boulevard.', value: '>80,000', speaker: 'Civic Dawn', camp: 'B' },
        { file: X, quote: 'Civic Dawn says more than 80,000.', value: '>80,000', speaker: 'Civic Dawn', camp: 'B' },
      ],
    },
    {
      id: 'protesters-killed', level: 'core', kind: 'numeric',
      summary: 'People killed in the night: one, a 51-year-old man who died of a heart attack near Trembina Square, according to the Interior Ministry (repeated by the state-aligned paper, which calls reports of several deaths untrue); seven, all named, according to the Svetlo Human Rights Centre (Center), whose count rose from four on Tuesday morning.',
      sides: [
        { file: W, quote: 'It said one man, aged 51, had died of a heart attack near Trembina Square', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry says one man died, of a heart attack.', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The ministry’s count is one: a 51-year-old man who, it says, suffered a heart attack near the square.', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'One man died during the night.', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Claims on social media of several deaths were untrue, it added.', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The ministry acknowledges one death, a 51-year-old man who it says died of a heart attack.', value: '1', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'a human rights group said on Tuesday that at least seven people had been killed', value: '≥7', speaker: 'Svetlo Human Rights Centre', camp: 'B' },
        { file: L, quote: 'Seven people were killed, according to the Svetlo Human Rights Centre.', value: '7', speaker: 'Svetlo Human Rights Centre', camp: 'B' },
        { file: B, quote: 'The Kalbrek-based Svetlo Human Rights Centre says seven people were killed.', value: '7', speaker: 'Svetlo Human Rights Centre', camp: 'B' },
        { file: X, quote: 'Svetlo says seven people were killed and has published their names.', value: '7', speaker: 'Svetlo Human Rights Centre', camp: 'B' },
      ],
    },
    {
      id: 'live-ammunition', level: 'core', kind: 'polarity',
      summary: 'Whether police fired live ammunition: no, according to Interior Minister Bogdan Žitnik (Zhitnik) and the ministry, who say only tear gas, water cannon and rubber bullets were used (the state-aligned paper: "Police did not use firearms at any point"); yes, according to Dr Nevena Halilović (Halilovic), head of surgery at Kalbrek Emergency Hospital, whose team removed bullets from three wounded men, and the Medical Chamber of Teskara, which found wounds consistent with live rifle fire in 11 of 14 patients examined.',
      sides: [
        { file: W, quote: '"Not a single live round was fired," Interior Minister Bogdan Zhitnik told a news conference on Tuesday afternoon.', value: 'no live rounds', speaker: 'Bogdan Žitnik', camp: 'A' },
        { file: L, quote: 'He denied that officers fired anything but tear gas, water cannon and rubber bullets.', value: 'no live rounds', speaker: 'Bogdan Žitnik', camp: 'A' },
        { file: B, quote: 'The Interior Ministry repeated on Wednesday that no live rounds had been fired.', value: 'no live rounds', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Police did not use firearms at any point.', value: 'no firearms', speaker: 'Bogdan Žitnik', camp: 'A' },
        { file: X, quote: '"Not a single live round was fired," Interior Minister Bogdan Zhitnik said on Tuesday', value: 'no live rounds', speaker: 'Bogdan Žitnik', camp: 'A' },
        { file: W, quote: 'her surgeons had removed bullets from at least three of the wounded', value: 'live rounds', speaker: 'Nevena Halilović', camp: 'B' },
        { file: W, quote: '"These were not rubber bullets," she told Quoin by phone between operations.', value: 'live rounds', speaker: 'Nevena Halilović', camp: 'B' },
        { file: L, quote: 'She says her team took bullets out of three young men during the night.', value: 'live rounds', speaker: 'Nevena Halilović', camp: 'B' },
        { file: B, quote: 'Eleven, it said, had wounds consistent with live ammunition fired from military rifles.', value: 'live rounds', speaker: 'Medical Chamber of Teskara', camp: 'B' },
        { file: X, quote: 'says 11 of the 14 patients its forensic specialists examined had wounds consistent with live rifle fire', value: 'live rounds', speaker: 'Medical Chamber of Teskara', camp: 'B' },
      ],
    },
    {
      id: 'candidate-house-arrest', level: 'core', kind: 'status',
      summary: 'Whether the opposition candidate Mirela Varešanin (Varesanin) is under house arrest: yes, according to her campaign, its chief Teodor Banjac and her lawyer Jasna Krstović (Krstovic), who say police have sealed her home in Kovačevo (Kovachevo) since early Tuesday and taken her phones; no, according to the Interior Ministry, which says she is free to go wherever she wishes and the officers are there to protect her (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'Her campaign said on Tuesday that she was under house arrest at her home in the Kovachevo district', value: 'house arrest', speaker: 'Civic Dawn', camp: 'A' },
        { file: L, quote: 'She is a prisoner in her own home', value: 'confined', speaker: 'Teodor Banjac', camp: 'A' },
        { file: B, quote: 'her client had been under house arrest at her home in Kovačevo since the early hours of Tuesday', value: 'house arrest', speaker: 'Jasna Krstović', camp: 'A' },
        { file: X, quote: 'says she has been confined to her home in Kovachevo since early Tuesday', value: 'confined', speaker: 'Jasna Krstović', camp: 'A' },
        { file: W, quote: '"Mrs. Varesanin is free to go wherever she wishes," a ministry spokesman said.', value: 'free', speaker: 'Interior Ministry', camp: 'B' },
        { file: L, quote: 'the ministry says she is free.', value: 'free', speaker: 'Interior Ministry', camp: 'B' },
        { file: B, quote: 'A ministry spokesman said Ms Varešanin had not been detained and was “free to leave her home at any time”.', value: 'free', speaker: 'Interior Ministry', camp: 'B' },
        { file: D, quote: 'Ms Varešanin is not under arrest.', value: 'free', speaker: 'Interior Ministry', camp: 'B' },
        { file: D, quote: 'She is at her home in Kovačevo and is free to come and go as she pleases, the ministry said on Wednesday', value: 'free', speaker: 'Interior Ministry', camp: 'B' },
        { file: X, quote: 'The ministry says she is free to leave whenever she likes', value: 'free', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'vote-shares', level: 'core', kind: 'numeric',
      summary: 'The result of Sunday\'s presidential election: President Radomir Kesić (Kesic) 58.4% and Mirela Varešanin 36.9%, according to the Central Electoral Commission (CEC); Varešanin 52.7% and Kesić 42.1%, according to Civic Dawn\'s parallel count from tally sheets photographed at 7,140 of 8,412 polling stations.',
      sides: [
        { file: W, quote: "declared President Radomir Kesic the winner of Sunday's vote with 58.4 percent, against 36.9 percent for his main challenger", value: 'Kesić 58.4, Varešanin 36.9', speaker: 'Central Electoral Commission', camp: 'A' },
        { file: L, quote: 'This morning the Central Electoral Commission (CEC) declared President Radomir Kesić re-elected with 58.4% of the vote to Ms Varešanin’s 36.9%.', value: 'Kesić 58.4, Varešanin 36.9', speaker: 'Central Electoral Commission', camp: 'A' },
        { file: B, quote: 'The CEC says President Radomir Kesić won 58.4% of the vote and Ms Varešanin 36.9%.', value: 'Kesić 58.4, Varešanin 36.9', speaker: 'Central Electoral Commission', camp: 'A' },
        { file: D, quote: 'Mr Kesić won 58.4 per cent of the vote and his nearest rival, Mirela Varešanin of Civic Dawn, 36.9 per cent', value: 'Kesić 58.4, Varešanin 36.9', speaker: 'Central Electoral Commission', camp: 'A' },
        { file: X, quote: "says President Radomir Kesic won Sunday's vote with 58.4 percent", value: 'Kesić 58.4', speaker: 'Central Electoral Commission', camp: 'A' },
        { file: W, quote: 'gives her 52.7 percent of the vote and Kesic 42.1 percent', value: 'Varešanin 52.7, Kesić 42.1', speaker: 'Civic Dawn', camp: 'B' },
        { file: L, quote: 'Varešanin 52.7%, Kesić 42.1%.', value: 'Varešanin 52.7, Kesić 42.1', speaker: 'Civic Dawn', camp: 'B' },
        { file: B, quote: 'Civic Dawn says its parallel tally from polling-station counting sheets puts her ahead, with 52.7% to his 42.1%.', value: 'Varešanin 52.7, Kesić 42.1', speaker: 'Civic Dawn', camp: 'B' },
        { file: X, quote: 'show the reverse: 52.7 percent for her, 42.1 percent for Kesic', value: 'Varešanin 52.7, Kesić 42.1', speaker: 'Civic Dawn', camp: 'B' },
      ],
    },
    {
      id: 'detained', level: 'secondary', kind: 'numeric',
      summary: 'People detained in Kalbrek: 212 according to the Interior Ministry (repeated by the state-aligned paper); at least 640 according to the Svetlo Human Rights Centre, which has published 511 names (the ministry says its lists contain duplicates).',
      sides: [
        { file: W, quote: 'It said 212 people had been detained in Kalbrek.', value: '212', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The ministry has given a figure of 212.', value: '212', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Officers detained 212 people in Kalbrek, where most of the violence took place.', value: '212', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The ministry says 212 people were detained in Kalbrek.', value: '212', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'The Svetlo center said it had counted at least 640 detentions in the capital on Monday night and Tuesday', value: '≥640', speaker: 'Svetlo Human Rights Centre', camp: 'B' },
        { file: B, quote: 'The centre counts at least 640 people detained in the capital since Monday night.', value: '≥640', speaker: 'Svetlo Human Rights Centre', camp: 'B' },
        { file: X, quote: "Svetlo's count is at least 640, of whom it has named 511.", value: '≥640', speaker: 'Svetlo Human Rights Centre', camp: 'B' },
      ],
    },
    {
      id: 'internet-shutdown', level: 'secondary', kind: 'polarity',
      summary: 'Whether the internet was shut down on Monday night: yes, according to the traffic monitor Linkwatch and its analyst Pieter Oldenkamp (national connectivity at about 12% of normal from 21:50 to 06:20, falling at the same minute in every region) and the live blog\'s own reporters, who lost mobile data; no, according to the Interior Ministry, which says it gave no order, the state operator Teskatel, which blames an overload at a switching centre, and the state-aligned paper.',
      sides: [
        { file: W, quote: 'said connectivity across Teskara fell to about 12 percent of normal levels from 9:50 p.m. on Monday until 6:20 a.m. on Tuesday', value: 'shutdown (12%)', speaker: 'Linkwatch', camp: 'A' },
        { file: W, quote: '"This was a shutdown, not a fault," said Linkwatch analyst Pieter Oldenkamp.', value: 'shutdown', speaker: 'Pieter Oldenkamp', camp: 'A' },
        { file: L, quote: 'Our own reporters on Trembina Square lost mobile data at about 21:50 last night and did not get it back until after 06:00.', value: 'no mobile data', speaker: 'The Kalbrek Stylus', camp: 'A' },
        { file: X, quote: 'a pattern it calls a deliberate shutdown', value: 'shutdown', speaker: 'Linkwatch', camp: 'A' },
        { file: W, quote: 'The ministry said it had given no order to restrict the internet.', value: 'no order', speaker: 'Interior Ministry', camp: 'B' },
        { file: W, quote: 'The state-owned operator Teskatel said in a statement that "an overload at a switching center" had slowed service in parts of the capital for several hours.', value: 'overload, not shutdown', speaker: 'Teskatel', camp: 'B' },
        { file: L, quote: 'Teskatel, the state-owned operator, insists there was no shutdown', value: 'no shutdown', speaker: 'Teskatel', camp: 'B' },
        { file: D, quote: 'There was no internet shutdown on Monday night.', value: 'no shutdown', speaker: 'Interior Ministry', camp: 'B' },
        { file: X, quote: 'The government says it gave no such order, and the state operator Teskatel has blamed an overloaded switching center.', value: 'no shutdown', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'police-move-in', level: 'secondary', kind: 'temporal',
      summary: 'When riot police moved against the crowd: at 01:30 on Tuesday, after protesters broke through the barriers at the CEC and threw petrol bombs, and after three warnings, according to the Interior Ministry (repeated by the state-aligned paper); at about 23:15 on Monday, while the crowd was singing and with no warning, according to residents of Kesten Boulevard, Civic Dawn and the Svetlo Human Rights Centre, and as logged by the live blog at 23:17.',
      sides: [
        { file: W, quote: 'The ministry said police moved in at 1:30 a.m. on Tuesday', value: '01:30 Tuesday', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'He said riot police of the Zenit Brigade went in at 01:30', value: '01:30', speaker: 'Bogdan Žitnik', camp: 'A' },
        { file: B, quote: 'The ministry says riot police of the Zenit Brigade moved in at 01:30 on Tuesday', value: '01:30 Tuesday', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Only at 01:30 on Tuesday, after rioters tore down the barriers at the commission', value: '01:30 Tuesday', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The ministry says riot police of the Zenit Brigade moved in at 1:30 a.m. on Tuesday', value: '01:30 Tuesday', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'several said riot police charged from side streets shortly after 11 p.m. on Monday', value: 'after 23:00 Monday', speaker: 'residents of Kesten Boulevard', camp: 'B' },
        { file: L, quote: 'Riot police have charged out of the side streets at the top of Kesten Boulevard and are firing canisters into the crowd.', value: '23:17 Monday', speaker: 'The Kalbrek Stylus', camp: 'B' },
        { file: B, quote: 'both say the first charge came at about 23:15 on Monday, more than two hours earlier', value: '~23:15 Monday', speaker: 'Svetlo Human Rights Centre', camp: 'B' },
        { file: X, quote: 'logged tear gas at 11:17 p.m. on Monday and reported hearing no warning', value: '23:17 Monday', speaker: 'The Kalbrek Stylus', camp: 'B' },
        { file: X, quote: 'put the first charge at about 11:15 p.m.', value: '~23:15 Monday', speaker: 'Svetlo Human Rights Centre', camp: 'B' },
      ],
    },
    {
      id: 'stolen-vote-quote', level: 'secondary', kind: 'attribution',
      summary: 'Who said "We will not leave this square until every stolen vote is returned": Civic Dawn\'s campaign chief Teodor Banjac, from a lorry at about 22:00, according to the wire and the live blog, whose reporters heard him (and the explainer); the candidate Mirela Varešanin herself, at about 19:30, according to the state-aligned paper, citing police officers (the live blog reports her urging the crowd to go home safely).',
      sides: [
        { file: W, quote: '"We will not leave this square until every stolen vote is returned," Banjac told the crowd', speaker: 'Teodor Banjac', camp: 'A' },
        { file: L, quote: '“We will not leave this square until every stolen vote is returned,” Teodor Banjac, Ms Varešanin’s campaign chief, has just told the crowd', speaker: 'Teodor Banjac', camp: 'A' },
        { file: X, quote: 'Quoin and the Stylus both heard Teodor Banjac, the Civic Dawn campaign chief, say it from a truck at about 10 p.m.', speaker: 'Teodor Banjac', camp: 'A' },
        { file: D, quote: '“We will not leave this square until every stolen vote is returned,” she told them, according to police officers on duty at the square', speaker: 'Mirela Varešanin', camp: 'B' },
        { file: X, quote: 'attributes the words to Varesanin herself, citing police officers', speaker: 'Mirela Varešanin', camp: 'B' },
      ],
    },
    {
      id: 'treated-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said Kalbrek Emergency Hospital had treated 86 people since Monday night, then corrected it to 68, the hospital\'s figure.',
      sides: [
        { file: L, quote: 'Kalbrek Emergency Hospital says it has treated 86 people since last night, some of them for gunshot wounds.', value: '86', speaker: 'Kalbrek Emergency Hospital', camp: 'A' },
        { file: L, quote: 'The hospital’s figure is 68.', value: '68', speaker: 'Kalbrek Emergency Hospital', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'officers-injured-rounded', kind: 'numeric',
      summary: '43 police officers injured (the ministry, in the wire) and "Some 40 officers" hurt (the state-aligned paper) are one figure, rounded.',
      sides: [
        { file: W, quote: 'The ministry said 43 police officers had been injured, four of them seriously.', value: '43' },
        { file: D, quote: 'Some 40 officers were hurt, several of them with burns.', value: '~40' },
      ],
    },
    {
      id: 'svetlo-toll-updated', kind: 'numeric',
      summary: 'Svetlo\'s "at least four" dead on Tuesday morning (live blog) and its seven by Tuesday evening, "from four dead in the morning" (wire), are a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'The Svetlo Human Rights Centre says at least four people were killed overnight, three of them on Kesten Boulevard.', value: '≥4 (Tuesday morning)' },
        { file: W, quote: "The center's count rose through Tuesday, from four dead in the morning to seven by evening.", value: '7 (Tuesday evening)' },
      ],
    },
    {
      id: 'detained-capital-vs-country', kind: 'numeric',
      summary: 'The 212 people the ministry says were detained in Kalbrek (live blog) are part of the 297 it says were detained across the country (state-aligned paper), not a rival count.',
      sides: [
        { file: L, quote: '212 people were detained in Kalbrek overnight, the Interior Ministry says.', value: '212 (Kalbrek)' },
        { file: D, quote: 'In all, 297 people were detained across the country on Monday night, the ministry said, among them small groups in Drenovik and Sarvo.', value: '297 (country)' },
      ],
    },
    {
      id: 'treated-vs-injured', kind: 'numeric',
      summary: 'The 68 people treated at Kalbrek Emergency Hospital (web story) and the more than 150 injured across the capital\'s hospitals by the Medical Chamber (explainer) are different sets: one hospital against all of them.',
      sides: [
        { file: B, quote: 'Kalbrek Emergency Hospital treated 68 people from the protest, according to its head of surgery, Dr Nevena Halilović.', value: '68 (one hospital)' },
        { file: X, quote: "The Medical Chamber says more than 150 people were injured across the capital's hospitals.", value: '>150 (all hospitals)' },
      ],
    },
    {
      id: 'charges-synonyms', kind: 'status',
      summary: '38 people "charged with organizing mass riots" (wire) and "criminal proceedings for organising mass unrest against 38 people" (state-aligned paper) are the same step by the prosecutors in different words.',
      sides: [
        { file: W, quote: 'prosecutors said 38 people had been charged with organizing mass riots', value: '38 charged' },
        { file: D, quote: 'Prosecutors have opened criminal proceedings for organising mass unrest against 38 people', value: '38 charged' },
      ],
    },
    {
      id: 'observers-about-more-than', kind: 'numeric',
      summary: '"more than 400 observers" (wire) and "about 420 observers" (web story) sent by the Westmark Community are compatible approximations.',
      sides: [
        { file: W, quote: 'The Westmark Community, which sent more than 400 observers', value: '>400' },
        { file: B, quote: 'The Westmark Community, which deployed about 420 observers for the vote', value: '~420' },
      ],
    },
    {
      id: 'turnout-times', kind: 'numeric',
      summary: 'Turnout of 54.7% at 18:00 on Sunday, two hours before the polls closed (explainer), and the final 61.2% (state-aligned paper) are figures for different times.',
      sides: [
        { file: X, quote: 'The CEC reported that turnout stood at 54.7 percent at 6 p.m. on Sunday, two hours before polls closed', value: '54.7% (18:00 Sunday)' },
        { file: D, quote: 'Turnout was 61.2 per cent, the highest in a presidential election for twelve years.', value: '61.2% (final)' },
      ],
    },
  ],
};
