// Hand-written gold source for the night raid on the independent channel Prizma TV in Yarmelsk,
// Tervenia (invented event, March 2027). build-gold.mjs turns it into ../gold/station-raid.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog is Markdown with YAML front matter (its headline repeated
// in bold in the body, entries newest first under bold time stamps, an italic "Advertisement");
// the web story and the state-aligned paper imitate pages saved from news sites (site name,
// "Skip to content", navigation bar, headline twice, byline with role, "Published"/"Updated"
// lines, "Share this article", a caption with a photo credit, "Advertisement", "Read more"
// lines); the explainer is Markdown converted from a news page (breadcrumb links, `# Headline`,
// italic standfirst, byline with a link, an image line and a caption with a credit, `##` questions).
// Site names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines and the wire's reporting line are metadata (meta: 1-based
// line numbers); headlines, standfirsts, image alt texts, captions and credits are counted text.
// Link URLs are in ignore.
const W = 'fairlead-wire.txt'; // Fairlead wire (Saturday 13 March), US style, straight quotes, writes Prisma TV, Timur Selivan, Olesya Tarnavskaya, Ruslan Berezniak, Helene Marcadet
const L = 'e2324ec16fb139fb.md'; // The Yarmelsk Independent live blog, newest first (Friday 12 March, 02:15 to 22:40), YAML front matter, UK style, curly quotes
const B = 'b12083aa01b08508.txt'; // DVN News web story (Saturday 13 March), saved web page, UK style, curly quotes
const D = 'a8b817f7f3b39e2c.txt'; // state-aligned Tervenian Voice (Saturday 13 March), saved web page, UK style, straight quotes, writes Timur Selivan, Olesya Tarnavskaya, Stepan Glushko
const X = '2a7e3cf77b74b208.md'; // The Pilcrow explainer in questions (Monday 15 March), Markdown with breadcrumbs, US style, straight quotes, writes Kozhumiaky Street, Helene Marcadet

export default {
  corpus: 'station-raid',
  note: 'Invented event written for the project: in the night of Thursday 11 to Friday 12 March 2027 masked officers of the Interior Ministry of the fictional country of Tervenia raid the headquarters of Prizma TV (Prisma TV in the wire), the country\'s largest independent television channel, in a former textile mill on Kozhumyaky Street (Kozhumiaky in the explainer) in the capital, Yarmelsk; staff are detained in the building and at home, the editor-in-chief Olesya Tarnavska (Tarnavskaya in the wire and the state-aligned paper) is taken from her flat at about 04:50, and the channel shows a still of its logo from 02:20. In February Prizma had broadcast an investigation into property owned by relatives of Interior Minister Ruslan Bereznyak (Berezniak in the wire). Five invented outlets: the Fairlead wire (Saturday), The Yarmelsk Independent live blog, newest first (Friday 02:15 to 22:40), the DVN News web story (Saturday), the state-aligned Tervenian Voice (Saturday) and The Pilcrow explainer (Monday); four files have random names. The Interior Ministry and its spokeswoman Larysa Zhovtenko, the minister, the Prosecutor General\'s Office and its spokesman Yurii Pidlisnyi, the Yarmelsk Central District Court, the station and its general director Tymur Selivan (Timur in the wire and the state-aligned paper) and head of security Ostap Verbytsky, the presenter Kira Vasylets, the station\'s lawyer Stepan Hlushko (Glushko in the state-aligned paper), the regulator National Council on Broadcasting (NCB) and its chairman Bohdan Lysak, the State Tax Service (STS), the press-freedom group Open Lens Committee (OLC) and its director Hélène Marcadet (Helene in the wire and the explainer), the Embassy of Hollvaria and Ambassador Rowena Astley, the Foreign Ministry and President Orest Valchuk disagree about the staff detained (seven, by the ministry, against 19, by the station, which has published their names), whether the editor-in-chief was released on Friday at about 20:00 under a travel ban (prosecutors) or is still held in the holding facility on Sadova Street (her lawyer, who saw her there at 23:00 and on Monday says she is still there), the charge (financing extremist activity as well as tax evasion, by the minister and the state-aligned paper, against tax evasion only, by the lawyer, with prosecutors saying "the case concerns taxes"), whether equipment was seized (nothing, only accounting records copied, by the ministry, against 14 servers with the playout system, about 30 laptops and the cameras, by the station and photographs), whether the channel is off air (off since 02:20, by the station and the live blog\'s own checks, against on air / broadcasting normally, by the NCB and the state-aligned paper), when the raid began (06:00 as the law requires, by the ministry, against 01:40 on the station\'s security footage), who ordered it (the Prosecutor General\'s Office with a court\'s approval of 10 March, against Minister Bereznyak\'s personal order, by the station\'s guard and the OLC) and who said "A press card is not a shield against the tax code" (the minister in the wire, the prosecutors\' spokesman in the state-aligned paper); the live blog corrects its own figure for the taxes evaded (412 million velts, then 41.2 million). 41.2 million and "about 41 million velts" are one figure rounded; the station\'s count of 12 in the morning and 19 in the evening "from 12 in the morning" is an update reported as such; the four protesters detained outside and the 19 staff are different sets; the 11 released are part of the 19; "ordered not to leave Tervenia" and "placed under a travel ban" are synonyms; "More than 300 people" and "About 400 people" outside the station agree; the 2.6 million velts fine of a 2023 audit belongs to another, earlier tax dispute. "Tervenian", "Tervenians" and "Hollvarian" are demonyms; "Yarmelsk" inside The Yarmelsk Independent and Yarmelsk Central District Court, "Hollvaria" inside Embassy of Hollvaria and "Tervenian" inside Tervenian Voice are nested; the unnamed "Yarmelsk police department" is no named body (the place in it counts).',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 59],
    [L]: [78],
    [B]: [1, 2, 3, 11, 12, 14, 44, 66, 67],
    [D]: [1, 2, 3, 4, 10, 11, 12, 14, 38, 62, 63],
    [X]: [1, 7],
  },

  actors: [
    // places
    { id: 'tervenia', name: 'Tervenia', type: 'place', forms: ['Tervenia'], note: 'the country; "Tervenian", "Tervenians" are demonyms; nested in Tervenian Voice; "the country" is nominal' },
    { id: 'yarmelsk', name: 'Yarmelsk', type: 'place', forms: ['Yarmelsk', 'YARMELSK'], note: 'the capital (dateline in capitals); nested in The Yarmelsk Independent and Yarmelsk Central District Court; "the capital" is nominal; "the Yarmelsk police department" holds a place mention' },
    { id: 'kozhumyaky', name: 'Kozhumyaky Street', type: 'place', forms: ['Kozhumyaky Street', 'Kozhumiaky Street'], note: 'the street of the station\'s building (Kozhumiaky in the explainer)' },
    { id: 'sadova', name: 'Sadova Street', type: 'place', forms: ['Sadova Street'], note: 'the street of the Interior Ministry\'s holding facility' },
    { id: 'hollvaria', name: 'Hollvaria', type: 'place', forms: ['Hollvaria'], note: 'the foreign country whose embassy spoke; nested in Embassy of Hollvaria; "Hollvarian" is a demonym' },
    // organizations
    { id: 'prizma', name: 'Prizma TV', type: 'organization', forms: ['Prizma TV', 'Prizma', 'Prisma TV', 'Prisma'], note: 'the independent television channel (Prisma in the wire); "the station", "the channel", "the company" are nominal' },
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'the ministry whose officers carried out the search and which runs the Sadova Street facility; "the ministry" is nominal; "Interior Minister" before a name is a title' },
    { id: 'prosecutor', name: 'Prosecutor General\'s Office', type: 'organization', forms: ['Prosecutor General\'s Office', 'Prosecutor General’s Office'], note: 'the prosecution service (curly apostrophe in the UK-style live blog and web story); the \'s belongs to the name; lowercase "prosecutors" and "the prosecution service" are nominal' },
    { id: 'court', name: 'Yarmelsk Central District Court', type: 'organization', forms: ['Yarmelsk Central District Court'], note: 'the court that, by the prosecutors\' account, approved the search on 10 March; the place inside is nested; "a court" is nominal' },
    { id: 'ncb', name: 'National Council on Broadcasting', type: 'organization', forms: ['National Council on Broadcasting', 'NCB'], note: 'the broadcasting regulator, defined as (NCB); "the council", "the regulator" are nominal' },
    { id: 'sts', name: 'State Tax Service', type: 'organization', forms: ['State Tax Service', 'STS'], note: 'the tax authority, defined as (STS); the state-aligned paper\'s "Read more" headline is metadata' },
    { id: 'olc', name: 'Open Lens Committee', type: 'organization', forms: ['Open Lens Committee', 'OLC'], note: 'the press-freedom group, defined as (OLC); "the group" is nominal' },
    { id: 'embassy', name: 'Embassy of Hollvaria', type: 'organization', forms: ['Embassy of Hollvaria'], note: 'the foreign embassy in Yarmelsk; the place inside is nested; "the embassy", "an embassy" are nominal' },
    { id: 'foreign-ministry', name: 'Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'], note: 'Tervenia\'s foreign ministry, which summoned a Hollvarian diplomat' },
    { id: 'fairlead', name: 'Fairlead', type: 'organization', forms: ['Fairlead'], note: 'the wire agency: the dateline "(Fairlead)" and "told Fairlead" are mentions; its outlet line is metadata' },
    { id: 'independent', name: 'The Yarmelsk Independent', type: 'organization', forms: ['The Yarmelsk Independent'], note: 'the city paper running the live blog: "told The Yarmelsk Independent" is a mention; its front matter is metadata' },
    { id: 'dvn', name: 'DVN News', type: 'organization', forms: ['DVN News'], note: 'the broadcaster\'s news site, named in its own text ("told DVN News", "a DVN News photographer"), in its photo credit (also reused by the explainer); its site-name line is metadata' },
    { id: 'voice', name: 'Tervenian Voice', type: 'organization', forms: ['Tervenian Voice'], note: 'the state-aligned paper: its photo credit is a mention; its site-name line in capitals is metadata' },
    { id: 'pilcrow', name: 'The Pilcrow', type: 'organization', forms: ['The Pilcrow'], note: 'the explainer\'s site: "told The Pilcrow" is a mention; its breadcrumb line is metadata' },
    // people
    { id: 'tarnavska', name: 'Olesya Tarnavska', type: 'person', forms: ['Olesya Tarnavska', 'Olesya Tarnavskaya', 'Tarnavska', 'Tarnavskaya'], note: 'editor-in-chief of Prizma TV (Tarnavskaya in the wire and the state-aligned paper); "Ms Tarnavska" -> "Tarnavska"; "the editor-in-chief" is nominal' },
    { id: 'selivan', name: 'Tymur Selivan', type: 'person', forms: ['Tymur Selivan', 'Timur Selivan', 'Selivan'], note: 'general director of Prizma TV (Timur in the wire and the state-aligned paper); "Mr Selivan" -> "Selivan"' },
    { id: 'hlushko', name: 'Stepan Hlushko', type: 'person', forms: ['Stepan Hlushko', 'Stepan Glushko', 'Hlushko'], note: 'the station\'s and the editor\'s lawyer (Glushko in the state-aligned paper); "Mr Hlushko" -> "Hlushko"' },
    { id: 'bereznyak', name: 'Ruslan Bereznyak', type: 'person', forms: ['Ruslan Bereznyak', 'Ruslan Berezniak', 'Bereznyak', 'Berezniak'], note: 'Interior Minister (Berezniak in the wire); the title before the name is outside the span; "the minister" is nominal' },
    { id: 'zhovtenko', name: 'Larysa Zhovtenko', type: 'person', forms: ['Larysa Zhovtenko'], note: 'spokeswoman for the Interior Ministry' },
    { id: 'pidlisnyi', name: 'Yurii Pidlisnyi', type: 'person', forms: ['Yurii Pidlisnyi', 'Pidlisnyi'], note: 'spokesman for the Prosecutor General\'s Office; "Mr Pidlisnyi" -> "Pidlisnyi"' },
    { id: 'marcadet', name: 'Hélène Marcadet', type: 'person', forms: ['Hélène Marcadet', 'Helene Marcadet'], note: 'director of the Open Lens Committee (Helene in the wire and the explainer)' },
    { id: 'astley', name: 'Rowena Astley', type: 'person', forms: ['Rowena Astley'], note: 'the Hollvarian ambassador; "Ambassador" is outside the span' },
    { id: 'lysak', name: 'Bohdan Lysak', type: 'person', forms: ['Bohdan Lysak', 'Lysak'], note: 'chairman of the NCB; "Mr Lysak" -> "Lysak"' },
    { id: 'vasylets', name: 'Kira Vasylets', type: 'person', forms: ['Kira Vasylets'], note: 'Prizma presenter, in the studio when the officers came; detained and released on Saturday morning' },
    { id: 'verbytsky', name: 'Ostap Verbytsky', type: 'person', forms: ['Ostap Verbytsky', 'Verbytsky'], note: 'Prizma\'s head of security, on duty at the gate; "Mr Verbytsky" -> "Verbytsky"' },
    { id: 'valchuk', name: 'Orest Valchuk', type: 'person', forms: ['Orest Valchuk'], note: 'President of Tervenia; "President" is outside the span' },
    { id: 'pyvovar', name: 'Roksolana Pyvovar', type: 'person', forms: ['Roksolana Pyvovar'], note: 'DVN News photographer: her photo credits (also reused by the explainer) are mentions' },
    { id: 'dubyna', name: 'Ihor Dubyna', type: 'person', forms: ['Ihor Dubyna'], note: 'Tervenian Voice photographer: his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|station|channel|company|council|regulator|state regulator|embassy|minister|office|group|capital|country|government|prosecution service|editor-in-chief|general director|court)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body; capitalized only at the start of a sentence)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Prosecutor General\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Stepan Hlushko', cue: 'told Fairlead by telephone', quote: "She has not been released. I saw her at 11 o'clock last night in the holding facility on Sadova Street, and this morning I was refused access to her" },
    { file: W, speaker: 'Larysa Zhovtenko', cue: 'ministry spokeswoman Larysa Zhovtenko told reporters', quote: 'Seven employees of the company were detained for questioning. Nobody else' },
    { file: W, speaker: 'Tymur Selivan', cue: 'Selivan told Fairlead', quote: 'The commander told our guard he was acting on the personal order of Minister Berezniak. He said it twice' },
    { file: W, speaker: 'Hélène Marcadet', cue: 'said Helene Marcadet', quote: 'This is a raid ordered by the minister whose property Prisma has spent a year investigating' },
    { file: L, speaker: 'Stepan Hlushko', cue: 'he told The Yarmelsk Independent', quote: 'They tell me on the phone that she went home at eight o’clock. Her husband is at home. She is not' },
    { file: L, speaker: 'Ruslan Bereznyak', cue: 'he said', quote: 'Some people in that building were paid from abroad to set Tervenians against each other' },
    { file: L, speaker: 'Hélène Marcadet', cue: 'said Hélène Marcadet', quote: 'Nineteen people went to work or went to bed last night and woke up in custody, because they make television' },
    { file: L, speaker: 'Tymur Selivan', cue: 'he said', quote: 'They cut the gate at 01:40. We have it on camera, with the time on it' },
    { file: B, speaker: 'Ostap Verbytsky', cue: 'Mr Verbytsky told DVN News', quote: 'He said he did not need one. He said: ‘This is the minister’s personal order, Bereznyak’s order, so open the doors.’ He said it twice, so I would remember' },
    { file: B, speaker: 'Yurii Pidlisnyi', cue: 'he said', quote: 'The police executed a decision of the prosecution service and of a court. Nobody else ordered anything' },
    { file: B, speaker: 'Kira Vasylets', cue: 'she told DVN News', quote: 'They asked me who paid for my flat, who paid for my car and who my friends were abroad. Nobody asked me a single question about taxes' },
    { file: D, speaker: 'Yurii Pidlisnyi', cue: 'said Yurii Pidlisnyi', quote: 'She was questioned as the law provides, and she went home. She is at home with her family' },
    { file: D, speaker: 'Bohdan Lysak', cue: 'Mr Lysak said', quote: 'If a company chooses to show a picture of its logo instead of programmes, that is a decision of the company' },
    { file: D, speaker: 'Orest Valchuk', cue: 'he said', quote: 'In Tervenia everyone is equal before the law, journalists included' },
    { file: X, speaker: 'Stepan Hlushko', cue: 'he told The Pilcrow', quote: 'I have a client whom the state says is free and whom I cannot see. Those two things cannot both be true' },
  ],

  contradictions: [
    {
      id: 'staff-detained', level: 'core', kind: 'numeric',
      summary: 'Prizma staff detained in the raid: seven according to the Interior Ministry and its spokeswoman Larysa Zhovtenko ("Nobody else"; repeated by the state-aligned paper); 19 according to the station, 12 in the building and seven at home, whose names it has published (repeated by the Open Lens Committee).',
      sides: [
        { file: W, quote: 'Seven employees of the company were detained for questioning. Nobody else', value: '7', speaker: 'Larysa Zhovtenko', camp: 'A' },
        { file: L, quote: 'The Interior Ministry says seven people were detained.', value: '7', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'Seven people were detained, she said.', value: '7', speaker: 'Larysa Zhovtenko', camp: 'A' },
        { file: D, quote: 'said seven employees of the company had been detained for questioning', value: '7', speaker: 'Larysa Zhovtenko', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says seven, and nobody else.', value: '7', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'Prisma said 19 of its employees had been detained, 12 of them in the building and seven at their homes.', value: '19', speaker: 'Prizma TV', camp: 'B' },
        { file: L, quote: 'The station says 19 of its staff were detained overnight and this morning', value: '19', speaker: 'Prizma TV', camp: 'B' },
        { file: L, quote: 'Nineteen people went to work or went to bed last night and woke up in custody', value: '19', speaker: 'Hélène Marcadet', camp: 'B' },
        { file: X, quote: 'Prizma says 19 of its staff were detained: 12 in the building and seven at home.', value: '19', speaker: 'Prizma TV', camp: 'B' },
      ],
    },
    {
      id: 'editor-custody', level: 'core', kind: 'status',
      summary: 'Whether the editor-in-chief Olesya Tarnavska (Tarnavskaya) is free: the Prosecutor General\'s Office says she was released on Friday at about 20:00 after questioning and is at home with her family (its spokesman Yurii Pidlisnyi calls the contrary "a fabrication"); her lawyer Stepan Hlushko (Glushko) says she was still held in the Interior Ministry\'s holding facility on Sadova Street, where he saw her at 23:00 on Friday, on Saturday and again on Monday, and that he is refused access.',
      sides: [
        { file: W, quote: 'The Prosecutor General\'s Office said in a statement late on Friday that she had been released at about 8 p.m. after questioning', value: 'released', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: L, quote: 'The Prosecutor General’s Office says Olesya Tarnavska has been released after questioning.', value: 'released', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: B, quote: 'Prosecutors said on Friday evening that she had been released after questioning and must not leave the country.', value: 'released', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: D, quote: 'Ms Tarnavskaya was released on Friday evening after giving evidence, the Prosecutor General\'s Office said.', value: 'released', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: D, quote: 'She is at home with her family', value: 'at home', speaker: 'Yurii Pidlisnyi', camp: 'A' },
        { file: X, quote: 'Prosecutors say Tarnavska was released on Friday at about 8 p.m.', value: 'released', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: W, quote: "She has not been released. I saw her at 11 o'clock last night in the holding facility on Sadova Street", value: 'still held', speaker: 'Stepan Hlushko', camp: 'B' },
        { file: L, quote: 'Her lawyer says the duty officer at Sadova Street told him at 22:15 that she was still inside.', value: 'still held', speaker: 'Stepan Hlushko', camp: 'B' },
        { file: B, quote: 'On Saturday afternoon Mr Hlushko said she was still in a cell in the Interior Ministry’s holding facility on Sadova Street', value: 'still held', speaker: 'Stepan Hlushko', camp: 'B' },
        { file: D, quote: 'he says his client is still in custody', value: 'still held', speaker: 'Stepan Hlushko', camp: 'B' },
        { file: X, quote: 'On Monday morning Hlushko said she was still being held there.', value: 'still held', speaker: 'Stepan Hlushko', camp: 'B' },
      ],
    },
    {
      id: 'charge', level: 'core', kind: 'polarity',
      summary: 'Whether Prizma is accused of extremism: Interior Minister Ruslan Bereznyak (Berezniak) says on state television that the channel is suspected of financing extremist activity with money from abroad as well as tax evasion (repeated by the state-aligned paper); the station\'s lawyer Stepan Hlushko says the warrant names only the tax-evasion article and nobody has been charged with extremism, and the prosecutors say only that "the case concerns taxes".',
      sides: [
        { file: W, quote: 'He said the channel was also suspected of "financing extremist activity"', value: 'extremism', speaker: 'Ruslan Bereznyak', camp: 'A' },
        { file: L, quote: 'Prizma, he said, is under investigation for financing extremist activity', value: 'extremism', speaker: 'Ruslan Bereznyak', camp: 'A' },
        { file: B, quote: 'Interior Minister Ruslan Bereznyak told state television on Friday that the channel was under investigation for financing extremist activity.', value: 'extremism', speaker: 'Ruslan Bereznyak', camp: 'A' },
        { file: D, quote: 'Prizma TV is suspected of financing extremist activity as well as evading taxes, the minister told the evening news programme.', value: 'extremism and taxes', speaker: 'Ruslan Bereznyak', camp: 'A' },
        { file: X, quote: 'saying on state television that the channel is suspected of financing extremist activity with money from abroad', value: 'extremism', speaker: 'Ruslan Bereznyak', camp: 'A' },
        { file: W, quote: 'Hlushko said the search warrant cited only the article of the criminal code on tax evasion.', value: 'tax evasion only', speaker: 'Stepan Hlushko', camp: 'B' },
        { file: W, quote: 'There is no extremism charge in any document I have been shown. Not one', value: 'no extremism charge', speaker: 'Stepan Hlushko', camp: 'B' },
        { file: B, quote: 'Nobody at Prizma has been charged with extremism, whatever the minister says on television', value: 'no extremism charge', speaker: 'Stepan Hlushko', camp: 'B' },
        { file: X, quote: 'Hlushko says the search warrant names only the tax-evasion article of the criminal code.', value: 'tax evasion only', speaker: 'Stepan Hlushko', camp: 'B' },
        { file: X, quote: 'said only that "the case concerns taxes."', value: 'taxes', speaker: 'Prosecutor General\'s Office', camp: 'B' },
      ],
    },
    {
      id: 'equipment-seized', level: 'core', kind: 'polarity',
      summary: 'Whether equipment was seized: the Interior Ministry and its spokeswoman Larysa Zhovtenko say no equipment was seized and investigators only copied accounting records (repeated by the state-aligned paper); the station and its general director Tymur Selivan (Timur) say officers removed 14 servers with the playout system, about 30 laptops and the newsroom cameras, and DVN News photographs show server cases carried to a van.',
      sides: [
        { file: W, quote: 'The ministry said no equipment had been seized and that investigators had only copied accounting records.', value: 'none seized', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'No equipment has been seized. Investigators copied accounting documents and nothing else', value: 'none seized', speaker: 'Larysa Zhovtenko', camp: 'A' },
        { file: B, quote: 'No equipment was seized. Copies were made of accounting records', value: 'none seized', speaker: 'Larysa Zhovtenko', camp: 'A' },
        { file: D, quote: 'No equipment was seized, she said.', value: 'none seized', speaker: 'Larysa Zhovtenko', camp: 'A' },
        { file: X, quote: 'The ministry says no equipment was taken and investigators only copied accounting records.', value: 'none seized', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'Selivan said officers had carried 14 servers out of the building, including the playout system', value: '14 servers seized', speaker: 'Tymur Selivan', camp: 'B' },
        { file: L, quote: 'They carried out our servers, 14 of them, and the playout system.', value: '14 servers seized', speaker: 'Tymur Selivan', camp: 'B' },
        { file: B, quote: 'says they removed 14 servers, including the playout system that feeds the channel’s programmes to the transmitter', value: '14 servers seized', speaker: 'Tymur Selivan', camp: 'B' },
        { file: B, quote: 'show men in black uniforms carrying grey server cases to an unmarked van', value: 'servers carried out', speaker: 'DVN News', camp: 'B' },
        { file: D, quote: 'has claimed that officers arrived in the middle of the night and took computer servers', value: 'servers seized', speaker: 'Tymur Selivan', camp: 'B' },
        { file: X, quote: 'The station says officers removed 14 servers, including its playout system, about 30 laptops and all its newsroom cameras.', value: '14 servers seized', speaker: 'Prizma TV', camp: 'B' },
      ],
    },
    {
      id: 'raid-start', level: 'core', kind: 'temporal',
      summary: 'When the raid began on Friday 12 March: at 06:00, as the law requires, according to the Interior Ministry and its spokeswoman (repeated by the state-aligned paper); at 01:40, when officers cut through the gate, according to the station, its general director and the time stamp on its security footage (the presenter\'s video shows officers in the studio at about 01:50).',
      sides: [
        { file: W, quote: 'The ministry said the search began at 6 a.m.', value: '06:00', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The search of Prizma’s premises began at 06:00, she said', value: '06:00', speaker: 'Larysa Zhovtenko', camp: 'A' },
        { file: B, quote: 'The Interior Ministry says its officers did not begin their search until 06:00.', value: '06:00', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'Investigators entered the building at 6 a.m., as the law requires', value: '06:00', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says the search began at 6 a.m.', value: '06:00', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: "said officers cut through the station's gate with angle grinders at 1:40 a.m. on Friday", value: '01:40', speaker: 'Tymur Selivan', camp: 'B' },
        { file: L, quote: 'They cut the gate at 01:40.', value: '01:40', speaker: 'Tymur Selivan', camp: 'B' },
        { file: L, quote: 'A video posted by the presenter Kira Vasylets shows the overnight studio at about 01:50.', value: 'officers in studio ~01:50', speaker: 'Kira Vasylets', camp: 'B' },
        { file: B, quote: 'shows the gate giving way with a time stamp of 01:40 on Friday', value: '01:40', speaker: 'Prizma TV', camp: 'B' },
        { file: X, quote: 'The station says officers cut through its gate at 1:40 a.m.', value: '01:40', speaker: 'Prizma TV', camp: 'B' },
      ],
    },
    {
      id: 'off-air', level: 'secondary', kind: 'status',
      summary: 'Whether Prizma TV is off air: the station says it has been off air since 02:20 on Friday because its playout servers were taken, and the live blog found only a still of its logo on every service; the National Council on Broadcasting (NCB) and its chairman Bohdan Lysak say it is on air and has been broadcasting normally (the state-aligned paper: "continued broadcasting throughout Friday").',
      sides: [
        { file: L, quote: 'told us Prizma “is on air as far as the council is concerned”', value: 'on air', speaker: 'Bohdan Lysak', camp: 'A' },
        { file: D, quote: 'Prizma TV continued broadcasting throughout Friday, according to the National Council on Broadcasting (NCB).', value: 'on air', speaker: 'National Council on Broadcasting', camp: 'A' },
        { file: X, quote: 'insists Prizma has been broadcasting normally', value: 'on air', speaker: 'National Council on Broadcasting', camp: 'A' },
        { file: W, quote: 'Prisma has been off the air since 2:20 a.m. on Friday, according to the station.', value: 'off air', speaker: 'Prizma TV', camp: 'B' },
        { file: L, quote: 'Prizma TV has gone off air.', value: 'off air', speaker: 'The Yarmelsk Independent', camp: 'B' },
        { file: L, quote: 'Prizma TV is still off air.', value: 'off air', speaker: 'The Yarmelsk Independent', camp: 'B' },
        { file: B, quote: 'Prizma has shown only a still image of its logo since 02:20 on Friday.', value: 'logo only', speaker: 'DVN News', camp: 'B' },
        { file: X, quote: 'The station says it has been off air since 2:20 a.m. on Friday', value: 'off air', speaker: 'Prizma TV', camp: 'B' },
      ],
    },
    {
      id: 'who-ordered', level: 'secondary', kind: 'attribution',
      summary: 'Who ordered the raid: the Prosecutor General\'s Office, with the approval of the Yarmelsk Central District Court given on 10 March at its request, according to the prosecutors and their spokesman Yurii Pidlisnyi ("Nobody else ordered anything") and the Interior Ministry (repeated by the state-aligned paper); Interior Minister Ruslan Bereznyak personally, according to the station\'s head of security Ostap Verbytsky, to whom the commander said so, the general director Tymur Selivan and the Open Lens Committee\'s Hélène Marcadet; the lawyer says no court order was shown.',
      sides: [
        { file: W, quote: 'The Prosecutor General\'s Office said the search had been authorized by a court at its request.', value: 'prosecutors, court-approved', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: B, quote: 'the search had been approved by the Yarmelsk Central District Court on Wednesday, 10 March, at the request of prosecutors', value: 'prosecutors, court-approved', speaker: 'Yurii Pidlisnyi', camp: 'A' },
        { file: B, quote: 'Nobody else ordered anything', value: 'prosecutors and court only', speaker: 'Yurii Pidlisnyi', camp: 'A' },
        { file: D, quote: 'on the instructions of the Prosecutor General\'s Office and with the approval of a court', value: 'prosecutors, court-approved', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'Prosecutors say the search was approved by the Yarmelsk Central District Court on March 10 at their request', value: 'prosecutors, court-approved', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: W, quote: 'he was acting on the personal order of Minister Berezniak', value: 'the minister', speaker: 'Tymur Selivan', camp: 'B' },
        { file: W, quote: 'This is a raid ordered by the minister whose property Prisma has spent a year investigating', value: 'the minister', speaker: 'Hélène Marcadet', camp: 'B' },
        { file: B, quote: 'This is the minister’s personal order, Bereznyak’s order, so open the doors.', value: 'the minister', speaker: 'Ostap Verbytsky', camp: 'B' },
        { file: X, quote: 'says the officer in charge told him he was acting on "the minister\'s personal order"', value: 'the minister', speaker: 'Ostap Verbytsky', camp: 'B' },
      ],
    },
    {
      id: 'press-card-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "A press card is not a shield against the tax code" is credited to Interior Minister Ruslan Berezniak (Bereznyak) by the wire and to the prosecutors\' spokesman Yurii Pidlisnyi by the state-aligned paper.',
      sides: [
        { file: W, quote: '"A press card is not a shield against the tax code," Berezniak said.', speaker: 'Ruslan Bereznyak', camp: 'A' },
        { file: D, quote: '"A press card is not a shield against the tax code," said Mr Pidlisnyi.', speaker: 'Yurii Pidlisnyi', camp: 'B' },
      ],
    },
    {
      id: 'tax-sum-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first gave the taxes prosecutors say Prizma evaded as 412 million velts, then corrected it to 41.2 million velts, the prosecutors\' figure; the wire also says 41.2 million.',
      sides: [
        { file: L, quote: 'It says the station evaded 412 million velts in taxes between 2022 and 2025', value: '412 million velts', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: L, quote: 'The correct figure is 41.2 million velts.', value: '41.2 million velts', speaker: 'The Yarmelsk Independent', camp: 'B' },
        { file: W, quote: 'Prosecutors say Prisma evaded 41.2 million velts in taxes between 2022 and 2025', value: '41.2 million velts', speaker: 'Prosecutor General\'s Office', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'tax-sum-rounded', kind: 'numeric',
      summary: '41.2 million velts (state-aligned paper) and "about 41 million velts" (web story), both the prosecutors\' figure for the taxes evaded, are one figure, rounded.',
      sides: [
        { file: D, quote: 'Prizma TV evaded 41.2 million velts in taxes between 2022 and 2025', value: '41.2 million' },
        { file: B, quote: 'about 41 million velts in taxes unpaid between 2022 and 2025', value: '~41 million' },
      ],
    },
    {
      id: 'staff-count-updated', kind: 'numeric',
      summary: 'The station\'s 12 colleagues taken from the building (Friday morning, live blog) and its 19 on Friday evening "from 12 in the morning" (wire) are a count that rose and is reported as updated, as staff taken from their homes were added.',
      sides: [
        { file: L, quote: 'Twelve of our colleagues have been taken from the building.', value: '12 (Friday morning)' },
        { file: W, quote: 'Its count rose to 19 on Friday evening, from 12 in the morning', value: '19 (Friday evening)' },
      ],
    },
    {
      id: 'protesters-vs-staff', kind: 'numeric',
      summary: 'The four people detained outside the station for blocking traffic (state-aligned paper) and the 19 staff the station says were detained (web story) are different sets, not rival counts.',
      sides: [
        { file: D, quote: 'Police detained four people for blocking traffic on Kozhumyaky Street', value: '4 (protesters)' },
        { file: B, quote: 'The station says 19 of its staff were detained, 12 at the building and seven at their homes.', value: '19 (staff)' },
      ],
    },
    {
      id: 'released-part', kind: 'numeric',
      summary: 'The 11 staff released by Saturday morning (wire) are part of the 19 detained whose names the station published (explainer), not a rival count.',
      sides: [
        { file: W, quote: 'Eleven of the 19 had been released by Saturday morning, the station said', value: '11 released (of 19)' },
        { file: X, quote: 'the station has published all 19', value: '19 (all detained)' },
      ],
    },
    {
      id: 'travel-ban-synonyms', kind: 'status',
      summary: '"ordered not to leave Tervenia" (state-aligned paper) and "placed under a travel ban" (explainer) describe the same condition of the editor\'s release in different words.',
      sides: [
        { file: D, quote: 'She has been ordered not to leave Tervenia while the investigation continues.', value: 'ordered not to leave' },
        { file: X, quote: 'placed under a travel ban', value: 'travel ban' },
      ],
    },
    {
      id: 'crowd-about-more-than', kind: 'numeric',
      summary: '"More than 300 people" (wire) and "About 400 people" (web story) outside the station on Friday evening are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 300 people gathered outside the station on Friday evening', value: '>300' },
        { file: B, quote: 'About 400 people stood outside the station on Friday evening', value: '~400' },
      ],
    },
    {
      id: 'audit-2023', kind: 'numeric',
      summary: 'The 2.6 million velts fine after the 2023 tax audit, which the station paid, belongs to an earlier dispute, not a rival figure for the 41.2 million velts prosecutors now say was evaded.',
      sides: [
        { file: X, quote: 'the State Tax Service (STS) fined Prizma 2.6 million velts, which the station paid', value: '2.6 million (2023 fine)' },
        { file: X, quote: "The Prosecutor General's Office says the station avoided 41.2 million velts in taxes between 2022 and 2025", value: '41.2 million (evaded)' },
      ],
    },
  ],
};
