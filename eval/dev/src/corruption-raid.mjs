// Hand-written gold source for the anti-corruption raid on the Ministry of Health of Prelovia
// (invented event, March 2027). build-gold.mjs turns it into ../gold/corruption-raid.json.
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
const W = 'stanchion-wire.txt'; // Stanchion wire (Wednesday 10 March), US style, straight quotes, writes Bozena Ticha, Yaroslav Shtefko, Ksenia Vodnik, Ondrej Malik, Anticorruption Directorate
const L = 'be11f45bdf13a1da.txt'; // The Sebrava Dial live blog, newest first (Tuesday 9 March, 07:05 to 23:50), UK style, curly quotes
const B = '9acc6625d780192b.md'; // PNT News web story (Wednesday 10 March, evening), UK style, curly quotes
const D = 'b7e4bbf784437fb9.md'; // state-aligned Our Prelovia (Thursday 11 March), YAML front matter, UK style, curly quotes
const X = '778e22c9f72c63f2.txt'; // The Loupe explainer in questions (Friday 12 March), US style, straight quotes, writes Bozena Ticha, Yaroslav Shtefko, Ksenia Vodnik, Ondrej Malik, Filip Raus, Damir Pejcic

export default {
  corpus: 'corruption-raid',
  note: 'Invented event written for the project: on Tuesday 9 March 2027 officers of the Anti-Corruption Directorate (ACD; Anticorruption Directorate in the wire) of the fictional country of Prelovia (capital Sebrava) search the headquarters of the Ministry of Health on Tomanov Square, the offices of the medical supplier Ardenza Medical Systems in Kevrin and nine homes over a 184.6 million talen contract, signed in July 2026, for 46 computed tomography (CT) scanners and 310 patient monitors for 19 regional hospitals; a former procurement official, whose name is withheld, had filed the complaint in November. Five invented outlets: the Stanchion wire (Wednesday), The Sebrava Dial live blog, newest first (Tuesday 07:05 to 23:50), the PNT News web story (Wednesday), the state-aligned Our Prelovia (Thursday) and The Loupe explainer (Friday); four files have random names. The ACD, its director Jaroslav Štefko (Yaroslav Shtefko in the wire and the explainer) and its spokesman Tibor Šafranek, the Public Prosecutor\'s Office, Chief Public Prosecutor Andrija Kelemen and the spokeswoman Vera Sluga, Health Minister Božena Tichá (Bozena Ticha in the wire and the explainer), the ministry and its secretary general Filip Rauš (Raus in the explainer) and deputy minister Damir Pejčić (Pejcic), Prime Minister Matej Sorel, Ardenza and its chief executive Kornel Vajda, the opposition Reform Bloc MP Ksenija Vodnik (Ksenia in the wire and the explainer), the transparency group Civic Ledger and its director Irina Maslenko, the whistle-blower\'s lawyer Ondřej Malík (Ondrej Malik in the wire and the explainer) and a night guard disagree about the bribes alleged (3.4 million talens by the ACD and the prosecutors, more than 9 million by the lawyer), the people detained (six by the ACD, three by the prosecutors), whether the minister is a suspect (named in the warrant, and by the lawyer) or only a witness (the prosecutors), whether she resigned (two government officials in the wire, the opposition MP) or only asked to be relieved of her duties (the ministry, the state-aligned paper), whether documents, 23 computers and two servers were seized (the ACD) or only copies made (the ministry), whether Ardenza paid back 2.1 million talens in January (the company, a ministry official) or nothing came back (the ACD, Civic Ledger), when the raid began (06:30 Tuesday by the ACD, about 21:45 Monday by the guard and the MP) and who said "This contract was written for one bidder, and everybody on that floor knew it" (Štefko in the wire and the live blog, Vodnik at a rally in the state-aligned paper); the live blog corrects its own count of addresses searched (14, then 11). The contract value of 184.6 million and "some 185 million talens" are one figure rounded; 17 people questioned on Tuesday and 26 on Wednesday "up from 17" is a count reported as updated; 46 scanners ordered and 38 delivered are different sets; 121 million talens for the scanners is part of the 184.6 million contract; "bribe-taking, abuse of office and rigging a public tender" and "accepting bribes, abusing their positions and fixing the tender" are synonyms; "about 60 officers" and "More than 50 investigators" agree; the opposition MP\'s questions in September and the whistle-blower\'s complaint in November are different events. "Prelovian" is a demonym; "Prelovia" inside Our Prelovia and "Sebrava" inside The Sebrava Dial and Sebrava District Court are nested; "CT" is the acronym of a common noun (computed tomography), not a named body, and is ignored; the unnamed whistle-blower and night guard are no actors.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 2, 3, 4, 10, 11, 37, 74, 75, 77],
    [B]: [1, 7, 9, 21, 47, 67, 68, 69],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 45, 71, 72, 74, 75, 76, 77, 78, 80],
  },

  actors: [
    // places
    { id: 'prelovia', name: 'Prelovia', type: 'place', forms: ['Prelovia'], note: 'the country; "Prelovian" is a demonym; nested in Our Prelovia; "the country" is nominal' },
    { id: 'sebrava', name: 'Sebrava', type: 'place', forms: ['Sebrava', 'SEBRAVA'], note: 'the capital (datelines in capitals); nested in The Sebrava Dial and Sebrava District Court; "Sebrava-based" is glued; "the capital" is nominal' },
    { id: 'kevrin', name: 'Kevrin', type: 'place', forms: ['Kevrin'], note: 'the northern city where Ardenza has its offices; "a Kevrin company", "the Kevrin company" hold mentions' },
    { id: 'tomanov', name: 'Tomanov Square', type: 'place', forms: ['Tomanov Square'], note: 'the square of the ministry\'s headquarters' },
    // organizations
    { id: 'acd', name: 'Anti-Corruption Directorate', type: 'organization', forms: ['Anti-Corruption Directorate', 'Anticorruption Directorate', 'ACD'], note: 'the anti-corruption agency, defined as (ACD); Anticorruption in the wire; "the directorate" is nominal; lowercase "anticorruption officers" and "Anti-corruption officers" in a headline are descriptions, not names' },
    { id: 'ministry', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health', 'Health Ministry'], note: 'the ministry raided; "the ministry", "Her ministry" are nominal' },
    { id: 'ppo', name: 'Public Prosecutor’s Office', type: 'organization', forms: ['Public Prosecutor’s Office', 'Public Prosecutor\'s Office'], note: 'the prosecution service (curly or straight apostrophe); the \'s belongs to the name; "Chief Public Prosecutor" before a name is a title; "prosecutors", "the prosecutor\'s office" and "his office" are nominal' },
    { id: 'ardenza', name: 'Ardenza Medical Systems', type: 'organization', forms: ['Ardenza Medical Systems', 'Ardenza'], note: 'the supplier that won the contract; "Ardenza\'s" holds a mention; "the company", "the supplier" are nominal' },
    { id: 'reform-bloc', name: 'Reform Bloc', type: 'organization', forms: ['Reform Bloc'], note: 'the opposition party of Ksenija Vodnik' },
    { id: 'civic-ledger', name: 'Civic Ledger', type: 'organization', forms: ['Civic Ledger'], note: 'the transparency group that tracks public procurement; "the group" is nominal' },
    { id: 'court', name: 'Sebrava District Court', type: 'organization', forms: ['Sebrava District Court'], note: 'the court that rules on custody; the place inside it is nested; "a court" is nominal' },
    { id: 'agriculture', name: 'Ministry of Agriculture', type: 'organization', forms: ['Ministry of Agriculture'], note: 'raided by the directorate in an earlier (2023) case, in the explainer' },
    { id: 'stanchion', name: 'Stanchion', type: 'organization', forms: ['Stanchion'], note: 'the wire agency: the dateline "(Stanchion)", "told Stanchion" and its name in the explainer\'s text are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'dial', name: 'The Sebrava Dial', type: 'organization', forms: ['The Sebrava Dial', 'Dial'], note: 'the city paper running the live blog: its photo credit (also reused by the explainer), "told the Dial" (short form, spanned without the article) and its name in the explainer\'s text are mentions; its site-name line and the source list are metadata' },
    { id: 'pnt', name: 'PNT News', type: 'organization', forms: ['PNT News'], note: 'the broadcaster\'s news site, named in its own text ("seen by PNT News", "told PNT News") and photo credit, and in the explainer\'s text; its breadcrumb line and the source list are metadata' },
    { id: 'our-prelovia', name: 'Our Prelovia', type: 'organization', forms: ['Our Prelovia'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "the government-aligned daily Our Prelovia" and "Our Prelovia printed" are mentions' },
    { id: 'loupe', name: 'The Loupe', type: 'organization', forms: ['The Loupe'], note: 'the explainer\'s site: its site-name line and the author bio are metadata (no mention in the text)' },
    // people
    { id: 'ticha', name: 'Božena Tichá', type: 'person', forms: ['Božena Tichá', 'Bozena Ticha', 'Tichá', 'Ticha'], note: 'Health Minister (Bozena Ticha in the wire and the explainer); "Health Minister" and "Minister" before the name are titles; "Ms Tichá", "Mrs Tichá" -> "Tichá"; "the minister" is nominal' },
    { id: 'shtefko', name: 'Jaroslav Štefko', type: 'person', forms: ['Jaroslav Štefko', 'Yaroslav Shtefko', 'Štefko', 'Shtefko'], note: 'director of the ACD (Yaroslav Shtefko in the wire and the explainer); "Mr Štefko" -> "Štefko"' },
    { id: 'safranek', name: 'Tibor Šafranek', type: 'person', forms: ['Tibor Šafranek', 'Šafranek'], note: 'spokesman of the ACD; "Mr Šafranek" -> "Šafranek"' },
    { id: 'kelemen', name: 'Andrija Kelemen', type: 'person', forms: ['Andrija Kelemen', 'Kelemen'], note: 'Chief Public Prosecutor (title outside the span); "Mr Kelemen" -> "Kelemen"' },
    { id: 'sluga', name: 'Vera Sluga', type: 'person', forms: ['Vera Sluga'], note: 'spokeswoman of the Public Prosecutor\'s Office, in the web story' },
    { id: 'raus', name: 'Filip Rauš', type: 'person', forms: ['Filip Rauš', 'Filip Raus', 'Rauš'], note: 'secretary general of the Ministry of Health (Raus in the explainer); "Mr Rauš" -> "Rauš"' },
    { id: 'pejcic', name: 'Damir Pejčić', type: 'person', forms: ['Damir Pejčić', 'Damir Pejcic', 'Pejčić'], note: 'deputy health minister who runs the ministry while the minister is relieved (Pejcic in the explainer)' },
    { id: 'kuzmic', name: 'Radovan Kuzmić', type: 'person', forms: ['Radovan Kuzmić'], note: 'head of the ministry\'s procurement department, held according to the web story (unnamed in the wire)' },
    { id: 'sorel', name: 'Matej Sorel', type: 'person', forms: ['Matej Sorel', 'Sorel'], note: 'Prime Minister (title outside the span); "Sorel\'s office" holds a mention; "the prime minister" is nominal' },
    { id: 'vajda', name: 'Kornel Vajda', type: 'person', forms: ['Kornel Vajda', 'Vajda'], note: 'chief executive of Ardenza Medical Systems; "Mr Vajda" -> "Vajda"' },
    { id: 'vodnik', name: 'Ksenija Vodnik', type: 'person', forms: ['Ksenija Vodnik', 'Ksenia Vodnik', 'Vodnik'], note: 'opposition Reform Bloc MP on parliament\'s health committee (Ksenia in the wire and the explainer); "Ms Vodnik", "Mrs Vodnik" -> "Vodnik"' },
    { id: 'maslenko', name: 'Irina Maslenko', type: 'person', forms: ['Irina Maslenko'], note: 'executive director of Civic Ledger' },
    { id: 'malik', name: 'Ondřej Malík', type: 'person', forms: ['Ondřej Malík', 'Ondrej Malik', 'Malík', 'Malik'], note: 'lawyer for the unnamed whistle-blower (Ondrej Malik in the wire and the explainer)' },
    { id: 'kranjc', name: 'Emil Kranjc', type: 'person', forms: ['Emil Kranjc'], note: 'The Sebrava Dial reporter: his byline is metadata; his photo credit (also reused by the explainer) is a mention' },
    { id: 'bezjak', name: 'Rok Bezjak', type: 'person', forms: ['Rok Bezjak'], note: 'PNT News reporter: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bCT\\b', why: 'acronym of a common noun (computed tomography), not a named body' },
    { pattern: "\\b[Tt]he (?:ministry|directorate|company|supplier|contractor|office|prosecutor's office|prosecutor’s office|group|capital|country|government|minister|health minister|prime minister|state treasury|region|opposition)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b(?:[Hh]er|[Hh]is|[Ii]ts|[Oo]ur) (?:own )?(?:ministry|office)\\b', why: 'nominal reference to a named body (possessive)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Public Prosecutor\'s Office)' },
    { pattern: '\\b[Pp]arliament\\b', why: 'nominal reference to parliament (no named parliament body)' },
    { pattern: '\\b[Gg]overnment\\b', why: 'nominal reference to the government (no named government body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Ondřej Malík', cue: 'According to Malik', quote: 'which on a contract of this size comes to well over 9 million talens' },
    { file: W, speaker: 'Kornel Vajda', cue: 'he said', quote: 'We have nothing to hide and we have handed over every document we were asked for' },
    { file: W, speaker: 'Ksenija Vodnik', cue: 'she said', quote: 'The government knew in September. It did nothing until the directorate knocked on the door' },
    { file: L, speaker: 'Božena Tichá', cue: 'Božena Tichá says she has asked Prime Minister Matej Sorel', quote: 'to release me from my duties for as long as the investigation lasts, so that no one can say the ministry stood in its way' },
    { file: L, speaker: 'Irina Maslenko', cue: 'she told the Dial', quote: 'There is no refund. Not in January, not in February, not at all. Every payment on this contract goes one way, from the ministry to Ardenza' },
    { file: L, speaker: 'Filip Rauš', cue: 'Mr Rauš told reporters on the steps', quote: 'Not one computer has left this building, and no original document either' },
    { file: L, speaker: 'Jaroslav Štefko', cue: 'he said:', quote: 'We will go where the evidence takes us. Today it has taken us to the fourth floor.' },
    { file: B, speaker: 'Vera Sluga', cue: 'its spokeswoman, Vera Sluga, told PNT News', quote: 'Minister Tichá has been summoned as a witness. She is not a suspect, and nobody has informed her that she is one' },
    { file: B, speaker: 'Kornel Vajda', cue: 'Mr Vajda said', quote: 'We paid back 2.1 million talens in January, on our own initiative. We have the bank transfer and we have given it to the investigators' },
    { file: B, speaker: 'Tibor Šafranek', cue: 'Mr Šafranek said', quote: 'Not a single talen has come back to the state from Ardenza. We have checked the accounts' },
    { file: B, speaker: 'Ksenija Vodnik', cue: 'Ms Vodnik said', quote: 'She has resigned. The government simply cannot bring itself to say the word' },
    { file: D, speaker: 'Andrija Kelemen', cue: 'Mr Kelemen told journalists at the Public Prosecutor’s Office', quote: 'Three people have been detained in this operation, and every one of them will have a fair hearing before a court' },
    { file: D, speaker: 'Damir Pejčić', cue: 'Mr Pejčić said', quote: 'She did not wait to be asked. She stepped aside so that nobody could say the ministry was in the way' },
    { file: D, speaker: 'Matej Sorel', cue: 'he said', quote: 'This government created the directorate’s powers. It would be strange if we were now afraid of them' },
    { file: X, speaker: 'Irina Maslenko', cue: 'said Irina Maslenko of Civic Ledger', quote: 'A warrant is not a verdict, but it is not a rumor either' },
  ],

  contradictions: [
    {
      id: 'bribe-sum', level: 'core', kind: 'numeric',
      summary: 'The bribes alleged on the scanner contract: 3.4 million talens, routed through a consulting firm, according to the Anti-Corruption Directorate (ACD) and repeated by the Chief Public Prosecutor in the state-aligned paper; more than 9 million (5% of every invoice) according to Ondřej Malík (Ondrej Malik), the whistle-blower\'s lawyer, whose figure the opposition repeats and the state-aligned paper reports as "nearly three times" the official sum.',
      sides: [
        { file: W, quote: 'bribes totaling 3.4 million talens, the directorate said', value: '3.4 million', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: L, quote: 'The directorate puts the bribes at 3.4 million talens.', value: '3.4 million', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: L, quote: 'Bribes totalling 3.4 million talens were paid through a consulting firm', value: '3.4 million', speaker: 'Jaroslav Štefko', camp: 'A' },
        { file: B, quote: 'His officers put the bribes at 3.4 million talens.', value: '3.4 million', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: D, quote: 'the investigation concerned bribes of around 3.4 million talens allegedly paid in connection with the contract', value: '~3.4 million', speaker: 'Andrija Kelemen', camp: 'A' },
        { file: X, quote: 'The directorate says bribes of 3.4 million talens were routed through a consulting firm to the officials who drafted the tender.', value: '3.4 million', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: W, quote: 'which on a contract of this size comes to well over 9 million talens', value: '>9 million', speaker: 'Ondřej Malík', camp: 'B' },
        { file: B, quote: 'That is nine million at the very least', value: '>=9 million', speaker: 'Ondřej Malík', camp: 'B' },
        { file: D, quote: 'the bribes ran to nearly three times the sum under investigation', value: '~3x', speaker: 'Ondřej Malík', camp: 'B' },
        { file: X, quote: 'says Ardenza kicked back 5% of every invoice, which would put the total above 9 million talens', value: '>9 million', speaker: 'Ondřej Malík', camp: 'B' },
      ],
    },
    {
      id: 'people-detained', level: 'core', kind: 'numeric',
      summary: 'How many people were detained in the operation: six, according to the Anti-Corruption Directorate and its director Jaroslav Štefko (Yaroslav Shtefko), among them the head of the ministry\'s procurement department; three, according to Chief Public Prosecutor Andrija Kelemen and the Public Prosecutor\'s Office, which must ask a court to keep suspects in custody.',
      sides: [
        { file: W, quote: 'By Tuesday evening six people had been detained', value: '6', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: L, quote: 'says six people have been detained on suspicion of bribery', value: '6', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: L, quote: 'He said six people were being held, including officials of the ministry and managers of the supplier.', value: '6', speaker: 'Jaroslav Štefko', camp: 'A' },
        { file: B, quote: 'The Anti-Corruption Directorate (ACD) is holding six people', value: '6', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: X, quote: 'The directorate said on Tuesday that six people had been detained.', value: '6', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: D, quote: 'Chief Public Prosecutor Andrija Kelemen said three people had been detained', value: '3', speaker: 'Andrija Kelemen', camp: 'B' },
        { file: D, quote: 'Three people have been detained in this operation', value: '3', speaker: 'Andrija Kelemen', camp: 'B' },
        { file: X, quote: "The Public Prosecutor's Office, which must ask a court to keep suspects in custody, says three.", value: '3', speaker: 'Public Prosecutor’s Office', camp: 'B' },
      ],
    },
    {
      id: 'minister-suspect', level: 'core', kind: 'status',
      summary: 'Whether Health Minister Božena Tichá (Bozena Ticha) is a suspect or only a witness: the search warrant seen by PNT News lists her as one of eleven suspects, and the whistle-blower\'s lawyer Ondřej Malík calls her "a suspect in this case, not a witness"; the Public Prosecutor\'s Office, its spokeswoman Vera Sluga and Chief Public Prosecutor Andrija Kelemen say she has been summoned as a witness and is not a suspect.',
      sides: [
        { file: W, quote: 'Malik also said Ticha was "a suspect in this case, not a witness,"', value: 'suspect', speaker: 'Ondřej Malík', camp: 'A' },
        { file: B, quote: 'lists Health Minister Božena Tichá as one of eleven suspects in a bribery investigation', value: 'suspect', speaker: 'PNT News', camp: 'A' },
        { file: B, quote: 'describes Ms Tichá as “a person suspected of having influenced the terms of the tender in favour of a single bidder”', value: 'suspect', speaker: 'PNT News', camp: 'A' },
        { file: X, quote: 'A search warrant seen by PNT News names Health Minister Bozena Ticha as a suspect.', value: 'suspect', speaker: 'PNT News', camp: 'A' },
        { file: B, quote: 'Minister Tichá has been summoned as a witness. She is not a suspect', value: 'witness', speaker: 'Vera Sluga', camp: 'B' },
        { file: D, quote: 'The minister will give evidence as a witness.', value: 'witness', speaker: 'Andrija Kelemen', camp: 'B' },
        { file: X, quote: "The prosecutor's office says she is a witness and nothing more", value: 'witness', speaker: 'Public Prosecutor’s Office', camp: 'B' },
      ],
    },
    {
      id: 'minister-resigned', level: 'core', kind: 'status',
      summary: 'Whether the minister resigned: two senior government officials told the wire that Prime Minister Matej Sorel accepted her resignation late on Tuesday night, and the opposition MP Ksenija Vodnik (Ksenia) says two cabinet members told her the same; the minister\'s own statement, the ministry, her deputy Damir Pejčić and the state-aligned paper say she only asked to be relieved of her duties while the investigation lasts, has not resigned and remains minister.',
      sides: [
        { file: W, quote: 'Prelovian Health Minister Bozena Ticha has resigned, two senior government officials said on Wednesday', value: 'resigned', speaker: 'government officials', camp: 'A' },
        { file: W, quote: "Prime Minister Matej Sorel accepted Ticha's resignation late on Tuesday night", value: 'resigned', speaker: 'government officials', camp: 'A' },
        { file: B, quote: 'said two cabinet members had told her the prime minister accepted Ms Tichá’s resignation on Tuesday night', value: 'resigned', speaker: 'Ksenija Vodnik', camp: 'A' },
        { file: B, quote: 'She has resigned.', value: 'resigned', speaker: 'Ksenija Vodnik', camp: 'A' },
        { file: X, quote: 'Prime Minister Matej Sorel had accepted her resignation', value: 'resigned', speaker: 'Stanchion', camp: 'A' },
        { file: W, quote: 'The minister has not resigned.', value: 'not resigned', speaker: 'Ministry of Health', camp: 'B' },
        { file: L, quote: 'She stops short of resigning', value: 'relieved of duties', speaker: 'Božena Tichá', camp: 'B' },
        { file: L, quote: 'She has stepped aside, she has not stepped down.', value: 'not resigned', speaker: 'Ministry of Health', camp: 'B' },
        { file: B, quote: 'Her ministry says she remains minister.', value: 'remains minister', speaker: 'Ministry of Health', camp: 'B' },
        { file: D, quote: 'has not resigned, the ministry stressed on Thursday', value: 'not resigned', speaker: 'Ministry of Health', camp: 'B' },
        { file: D, quote: 'She remains our minister', value: 'remains minister', speaker: 'Damir Pejčić', camp: 'B' },
        { file: X, quote: 'The ministry says Ticha has not resigned but asked to be relieved of her duties while the inquiry runs', value: 'not resigned', speaker: 'Ministry of Health', camp: 'B' },
      ],
    },
    {
      id: 'computers-seized', level: 'secondary', kind: 'polarity',
      summary: 'Whether documents and computers were seized at the ministry: the Anti-Corruption Directorate and its director say officers removed boxes of documents, 23 computers and two servers; the ministry and its secretary general Filip Rauš (Raus) say not one computer or original document left the building and investigators only copied files in front of the ministry\'s lawyers (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'Officers carried out boxes of documents, 23 computers and two servers from the ministry, the directorate said in a statement.', value: 'seized', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: L, quote: 'It says it has taken documents and computers', value: 'seized', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: L, quote: 'He said officers had removed documents, computers and two servers.', value: 'seized', speaker: 'Jaroslav Štefko', camp: 'A' },
        { file: X, quote: 'The directorate says officers took boxes of documents, 23 computers and two servers.', value: 'seized', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: L, quote: 'the ministry says nothing left the building but copies', value: 'copies only', speaker: 'Ministry of Health', camp: 'B' },
        { file: L, quote: 'Not one computer has left this building, and no original document either', value: 'nothing removed', speaker: 'Filip Rauš', camp: 'B' },
        { file: D, quote: 'Contrary to some reports, no computers were taken from the ministry.', value: 'nothing removed', speaker: 'Filip Rauš', camp: 'B' },
        { file: X, quote: 'says not one computer left the building and investigators only made copies of files', value: 'copies only', speaker: 'Filip Rauš', camp: 'B' },
      ],
    },
    {
      id: 'ardenza-refund', level: 'secondary', kind: 'polarity',
      summary: 'Whether Ardenza Medical Systems paid any money back: the company and its chief executive Kornel Vajda say it returned 2.1 million talens to the ministry in January after finding patient monitors invoiced twice, and a ministry official told the state-aligned paper the refund was received; the Anti-Corruption Directorate and its spokesman Tibor Šafranek say not a single talen came back, and Civic Ledger found no refund in the state treasury\'s payment records.',
      sides: [
        { file: W, quote: 'The company said separately that it had already returned money it was overpaid under the contract', value: 'repaid', speaker: 'Ardenza Medical Systems', camp: 'A' },
        { file: L, quote: 'it returned 2.1 million talens to the Ministry of Health in January', value: 'repaid 2.1 million', speaker: 'Ardenza Medical Systems', camp: 'A' },
        { file: B, quote: 'We paid back 2.1 million talens in January, on our own initiative.', value: 'repaid 2.1 million', speaker: 'Kornel Vajda', camp: 'A' },
        { file: D, quote: 'A ministry official confirmed that the sum had been refunded.', value: 'refunded', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'Ardenza says it returned 2.1 million talens to the ministry in January', value: 'repaid 2.1 million', speaker: 'Ardenza Medical Systems', camp: 'A' },
        { file: L, quote: 'There is no refund. Not in January, not in February, not at all.', value: 'no refund', speaker: 'Irina Maslenko', camp: 'B' },
        { file: B, quote: 'The directorate says the money never arrived.', value: 'no refund', speaker: 'Anti-Corruption Directorate', camp: 'B' },
        { file: B, quote: 'Not a single talen has come back to the state from Ardenza.', value: 'no refund', speaker: 'Tibor Šafranek', camp: 'B' },
        { file: X, quote: 'The directorate says no money has come back from Ardenza', value: 'no refund', speaker: 'Anti-Corruption Directorate', camp: 'B' },
        { file: X, quote: 'found no refund', value: 'no refund', speaker: 'Civic Ledger', camp: 'B' },
      ],
    },
    {
      id: 'raid-start', level: 'secondary', kind: 'temporal',
      summary: 'When the raid began: at 06:30 on Tuesday 9 March, according to the Anti-Corruption Directorate and its spokesman Tibor Šafranek, who deny that any officer entered the ministry earlier; at about 21:45 on Monday night, when officers sealed the procurement department, according to a night guard who spoke to PNT News and to ministry staff quoted by the opposition MP Ksenija Vodnik.',
      sides: [
        { file: W, quote: 'The directorate said the operation began at 6:30 a.m.', value: 'Tuesday 06:30', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: L, quote: 'He says it began at 06:30', value: 'Tuesday 06:30', speaker: 'Tibor Šafranek', camp: 'A' },
        { file: B, quote: 'The directorate says its operation started at 06:30 on Tuesday.', value: 'Tuesday 06:30', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: B, quote: 'none of its officers had entered the building before 06:30 on Tuesday', value: 'Tuesday 06:30', speaker: 'Tibor Šafranek', camp: 'A' },
        { file: X, quote: 'Officially, at 6:30 a.m. on Tuesday, the directorate says.', value: 'Tuesday 06:30', speaker: 'Anti-Corruption Directorate', camp: 'A' },
        { file: L, quote: 'directorate officers were inside on Monday night, sealing the procurement offices', value: 'Monday night', speaker: 'Ksenija Vodnik', camp: 'B' },
        { file: B, quote: 'told PNT News that directorate officers arrived at about 21:45 on Monday', value: 'Monday 21:45', speaker: 'night security guard', camp: 'B' },
        { file: B, quote: 'They came at a quarter to ten with a letter from the judge.', value: 'Monday 21:45', speaker: 'night security guard', camp: 'B' },
        { file: X, quote: 'officers arrived at about 9:45 p.m. on Monday and sealed the procurement department overnight', value: 'Monday 21:45', speaker: 'night security guard', camp: 'B' },
      ],
    },
    {
      id: 'one-bidder-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "This contract was written for one bidder, and everybody on that floor knew it" is credited to the ACD\'s director Jaroslav Štefko (Yaroslav Shtefko), at his Tuesday news conference, by the wire, the live blog and the web story, and to the opposition MP Ksenija Vodnik, at a rally outside parliament on Tuesday evening, by the state-aligned paper.',
      sides: [
        { file: W, quote: '"This contract was written for one bidder, and everybody on that floor knew it," he said.', speaker: 'Jaroslav Štefko', camp: 'A' },
        { file: L, quote: '“This contract was written for one bidder,” he said, “and everybody on that floor knew it.”', speaker: 'Jaroslav Štefko', camp: 'A' },
        { file: B, quote: 'Jaroslav Štefko, the directorate’s director, has said the contract was “written for one bidder”.', speaker: 'Jaroslav Štefko', camp: 'A' },
        { file: X, quote: "was spoken by the directorate's director, Yaroslav Shtefko, at his Tuesday news conference", speaker: 'Jaroslav Štefko', camp: 'A' },
        { file: D, quote: '“This contract was written for one bidder, and everybody on that floor knew it,” Mrs Vodnik told them', speaker: 'Ksenija Vodnik', camp: 'B' },
        { file: X, quote: 'Our Prelovia printed the same sentence as a remark by Vodnik at an opposition rally that evening.', speaker: 'Ksenija Vodnik', camp: 'B' },
      ],
    },
    {
      id: 'addresses-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said officers were searching 14 addresses, then corrected it to 11, the directorate\'s figure (the ministry, Ardenza\'s offices in Kevrin and nine homes); the explainer also says 11.',
      sides: [
        { file: L, quote: 'officers are searching 14 addresses in Sebrava and Kevrin', value: '14', speaker: 'Tibor Šafranek', camp: 'A' },
        { file: L, quote: 'The directorate has since told us it is 11: the ministry, Ardenza’s offices in Kevrin and nine homes.', value: '11', speaker: 'Anti-Corruption Directorate', camp: 'B' },
        { file: X, quote: 'and nine homes, 11 addresses in all', value: '11', speaker: 'The Loupe', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'contract-rounded', kind: 'numeric',
      summary: 'The contract value of 184.6 million talens (wire) and "some 185 million talens" (state-aligned paper) are one figure, rounded.',
      sides: [
        { file: W, quote: 'a 184.6 million talen contract for hospital scanners', value: '184.6 million' },
        { file: D, quote: 'The contract, worth some 185 million talens', value: '~185 million' },
      ],
    },
    {
      id: 'questioned-updated', kind: 'numeric',
      summary: '17 people questioned on Tuesday (live blog) and 26 on Wednesday "up from 17 on Tuesday" (web story) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'The directorate says 17 people have been questioned today', value: '17 (Tuesday)' },
        { file: B, quote: 'The directorate said on Wednesday that 26 people had now been questioned, up from 17 on Tuesday.', value: '26 (Wednesday)' },
      ],
    },
    {
      id: 'ordered-delivered', kind: 'numeric',
      summary: 'The 46 scanners the contract covers (wire) and the 38 delivered so far (explainer) are different sets, not rival counts.',
      sides: [
        { file: W, quote: 'The contract, signed in July 2026, covers 46 computed tomography (CT) scanners and 310 patient monitors for 19 regional hospitals.', value: '46 (ordered)' },
        { file: X, quote: 'So far 38 scanners have been delivered and installed', value: '38 (delivered)' },
      ],
    },
    {
      id: 'scanners-part', kind: 'numeric',
      summary: 'The 121 million talens for the scanners (explainer) are part of the 184.6 million talen contract (web story), not a rival value.',
      sides: [
        { file: B, quote: 'won the 184.6 million talen contract last July', value: '184.6 million (whole contract)' },
        { file: X, quote: 'The scanners alone account for 121 million talens of that.', value: '121 million (scanners)' },
      ],
    },
    {
      id: 'charges-synonyms', kind: 'status',
      summary: '"accepting bribes, abusing their positions and fixing the tender" (web story) and "bribe-taking, abuse of office and rigging a public tender" (explainer) describe the same suspicions in different words.',
      sides: [
        { file: B, quote: 'They are suspected of accepting bribes, abusing their positions and fixing the tender', value: 'bribes, abuse, tender' },
        { file: X, quote: 'on suspicion of bribe-taking, abuse of office and rigging a public tender', value: 'bribes, abuse, tender' },
      ],
    },
    {
      id: 'officers-about-more-than', kind: 'numeric',
      summary: '"about 60 officers" (wire) and "More than 50 investigators" (state-aligned paper) taking part in the searches are compatible approximations.',
      sides: [
        { file: W, quote: 'involved about 60 officers at 11 addresses', value: '~60' },
        { file: D, quote: 'More than 50 investigators took part', value: '>50' },
      ],
    },
    {
      id: 'september-november', kind: 'temporal',
      summary: 'The questions the opposition MP raised about the tender in September and the whistle-blower\'s complaint filed in November are different events, not rival dates for one.',
      sides: [
        { file: W, quote: 'said she had raised questions about the tender in September', value: 'September (MP\'s questions)' },
        { file: W, quote: 'The investigation began with a complaint filed in November by a former official', value: 'November (complaint)' },
      ],
    },
  ],
};
