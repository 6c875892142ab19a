// Hand-written gold source for the children taken ill after a school measles-rubella vaccination
// day in Dazhbor, Mereth Province, Valdaria (invented event, April 2026). build-gold.mjs turns it
// into ../gold/vaccine-batch.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst, byline
// with links, "Published ... · Updated ..." line, image line with caption and credit, key points,
// "Read more" links), and the state-aligned paper is Markdown with YAML front matter and no
// headline in the body. Site names, navigation bars, bylines, date and "Updated" lines, "Share this
// article", "Advertisement", "Read more" lines, the wire's reporting line, the source list and the
// bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image alt
// texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'tollgate-wire.txt'; // Tollgate wire (Wednesday 15 April), US style, straight quotes, writes Henstrom, Zoric, Society of Pediatricians, St. Cosma's
const L = '98cb9b01f54981a3.txt'; // The Dazhbor Courier live blog, newest first (Tuesday 14 April, 07:00 to 22:40), UK style, curly quotes
const B = '7176644d8f7dbd92.md'; // DVR News web story (Wednesday 15 April, evening), UK style, curly quotes
const D = '90a7364dbb2d3262.md'; // state-aligned The Valdarian Standard (Thursday 16 April), YAML front matter, UK style, curly quotes
const X = '4bbd9969d697608e.txt'; // The Pinhole explainer in questions (Friday 17 April), US style, straight quotes, writes Dajbor, Henstrom, Zoric, Society of Pediatricians

export default {
  corpus: 'vaccine-batch',
  note: 'Invented event written for the project: on Monday 13 April 2026 nurses of the Mereth Provincial Health Office vaccinate schoolchildren against measles and rubella at 14 schools in and around Dazhbor (Dajbor in the explainer), a market town in Mereth Province in the fictional country of Valdaria (capital Veltra), as part of a national campaign meant to reach about 400,000 children; within hours children arrive at Dazhbor Regional Hospital with fever, vomiting and falling blood pressure; all had doses of batch MR-2417 made by Henström Biologics (Henstrom in the wire and the explainer) of Skarland; seven are flown to St. Cosma\'s Children\'s Hospital (St Cosma\'s in the live blog) in Veltra. Five invented outlets: the Tollgate wire (Wednesday), The Dazhbor Courier live blog, newest first (Tuesday 07:00 to 22:40), the DVR News web story (Wednesday), the state-aligned The Valdarian Standard (Thursday) and The Pinhole explainer (Friday); four files have random names. The Ministry of Health and Health Minister Aurel Vashko, his deputy Ivo Marchetti, the Mereth Provincial Health Office and its head Dr Nevena Kanev, the National Medicines Agency (NMA) and its director Gorana Hlebec, Henström Biologics and its spokesman Jonas Ekwall, Dazhbor Regional Hospital and its chief physician Dr Rasim Bekteshi, the Valdarian Society of Paediatricians (Pediatricians in the wire and the explainer; VSP) and its president Dr Lorena Hajdari, the World Health Council (WHC) and its representative Dr Amara Sefton, the opposition Citizens\' Voice MP Kiril Valek, the caterer Brava Catering and the parents Dafina Zorić (Zoric) and Artur Demaj disagree about the children who died (three by the ministry, five by the hospital), the children taken ill (47 by the ministry, 83 by the paediatricians\' society), the cause (food poisoning from a school lunch and panic, by the minister and the state-aligned paper, against the vaccine, by the paediatricians), whether the vials were kept in the cold chain (left unrefrigerated in a school storeroom over the weekend, by the maker, against loggers showing 2-8 degrees, by the provincial health office), when the batch was recalled (Monday evening, by the NMA, against a notice dated 15 April that reached clinics on Wednesday, by the MP), whether the batch passed the regulator\'s laboratory tests (passed in March, by the NMA, against released on the maker\'s certificate without testing, by an internal memo and the MP), whether the campaign is suspended (nationwide, by the ministry on Tuesday, against continuing outside Mereth with other batches, by the deputy minister in the state-aligned paper) and who said "No child in this country will be given a vaccine we would not give our own" (the minister in the wire, the NMA director in the state-aligned paper); the live blog corrects its own count of children in hospital (38, then 31). 12,380 doses and "About 12,000 doses" are one figure rounded; two deaths on Tuesday morning and three on Tuesday evening "up from two" is an update reported as such; the 14 schools vaccinated and the nine where children fell ill are different sets; the seven children flown to Veltra are part of the 31 treated; "a criminal case for negligence" and "a criminal investigation into negligence" are synonyms; "More than 300 parents" and "About 350 parents" agree; the 12 children taken ill in Tamsk Province in 2019 belong to another, earlier incident. "Valdarian" is a demonym except inside Valdarian Society of Paediatricians and The Valdarian Standard; "Dazhbor" inside Dazhbor Regional Hospital and The Dazhbor Courier and "Mereth" inside Mereth Provincial Health Office are nested; the batch number MR-2417 is no actor and is ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 49],
    [L]: [1, 2, 3, 4, 10, 11, 33, 68, 69, 71],
    [B]: [1, 7, 9, 21, 43, 63, 64, 65],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 59, 60, 61, 62, 63, 65],
  },

  actors: [
    // places
    { id: 'valdaria', name: 'Valdaria', type: 'place', forms: ['Valdaria'], note: 'the country; "Valdarian" is a demonym; "the country" is nominal' },
    { id: 'veltra', name: 'Veltra', type: 'place', forms: ['Veltra'], note: 'the capital; "the capital" is nominal' },
    { id: 'mereth', name: 'Mereth Province', type: 'place', forms: ['Mereth Province', 'Mereth'], note: 'the province; nested in Mereth Provincial Health Office; "the province" is nominal' },
    { id: 'dazhbor', name: 'Dazhbor', type: 'place', forms: ['Dazhbor', 'Dajbor', 'DAZHBOR'], note: 'the town (Dajbor in the explainer; datelines in capitals); nested in Dazhbor Regional Hospital and The Dazhbor Courier; "the town" is nominal' },
    { id: 'skarland', name: 'Skarland', type: 'place', forms: ['Skarland'], note: 'the vaccine maker\'s home country ("the Skarland company" holds a mention)' },
    { id: 'tamsk', name: 'Tamsk Province', type: 'place', forms: ['Tamsk Province'], note: 'province of an earlier (2019) vaccine incident, in the wire' },
    { id: 'kalina', name: 'Kalina Street', type: 'place', forms: ['Kalina Street'], note: 'street of the primary school whose two pupils died first' },
    // organizations
    { id: 'ministry', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health', 'Health Ministry'], note: 'the national health ministry; "the ministry" is nominal' },
    { id: 'mpho', name: 'Mereth Provincial Health Office', type: 'organization', forms: ['Mereth Provincial Health Office'], note: 'the provincial health office that ran the campaign; "the provincial health office", "the office" are nominal' },
    { id: 'nma', name: 'National Medicines Agency', type: 'organization', forms: ['National Medicines Agency', 'NMA'], note: 'the medicines regulator, defined as (NMA); "the agency", "the regulator" are nominal' },
    { id: 'henstrom', name: 'Henström Biologics', type: 'organization', forms: ['Henström Biologics', 'Henstrom Biologics', 'Henstrom'], note: 'the vaccine maker (Henstrom in the wire and the explainer); "the company" is nominal' },
    { id: 'hospital', name: 'Dazhbor Regional Hospital', type: 'organization', forms: ['Dazhbor Regional Hospital', 'Dajbor Regional Hospital'], note: 'the regional hospital (Dajbor in the explainer); the place inside it is nested; "the hospital" is nominal' },
    { id: 'st-cosma', name: 'St. Cosma\'s Children\'s Hospital', type: 'organization', forms: ['St. Cosma\'s Children\'s Hospital', 'St Cosma’s Children’s Hospital'], note: 'the children\'s hospital in Veltra (St Cosma’s with curly apostrophes in the live blog)' },
    { id: 'vsp', name: 'Valdarian Society of Paediatricians', type: 'organization', forms: ['Valdarian Society of Paediatricians', 'Valdarian Society of Pediatricians', 'VSP'], note: 'the paediatricians\' society (Pediatricians in the wire and the explainer), defined as (VSP); "the society", "the pediatricians\' society" are nominal' },
    { id: 'whc', name: 'World Health Council', type: 'organization', forms: ['World Health Council', 'WHC'], note: 'the international health body, defined as (WHC)' },
    { id: 'citizens-voice', name: 'Citizens\' Voice', type: 'organization', forms: ['Citizens\' Voice', 'Citizens’ Voice'], note: 'the opposition party of Kiril Valek (straight or curly apostrophe)' },
    { id: 'brava', name: 'Brava Catering', type: 'organization', forms: ['Brava Catering'], note: 'the private school caterer blamed by the ministry' },
    { id: 'tollgate', name: 'Tollgate', type: 'organization', forms: ['Tollgate'], note: 'the wire agency: the dateline "(Tollgate)" is a mention; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'courier', name: 'The Dazhbor Courier', type: 'organization', forms: ['The Dazhbor Courier', 'Courier'], note: 'the town paper running the live blog: "told the Courier" and its photo credit are mentions; its site-name line and the source list are metadata' },
    { id: 'dvr', name: 'DVR News', type: 'organization', forms: ['DVR News'], note: 'the web story\'s site, named in its text, its photo credit (reused by the explainer) and the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'standard', name: 'The Valdarian Standard', type: 'organization', forms: ['The Valdarian Standard', 'Standard'], note: 'the state-aligned paper: "told the Standard" and the explainer\'s "told The Valdarian Standard" are mentions; its front matter and the source list are metadata' },
    { id: 'pinhole', name: 'The Pinhole', type: 'organization', forms: ['The Pinhole'], note: 'the explainer\'s site: "told The Pinhole", "when The Pinhole asked" are mentions; its site-name line and the bio are metadata' },
    // people
    { id: 'vashko', name: 'Aurel Vashko', type: 'person', forms: ['Aurel Vashko', 'Vashko'], note: 'Health Minister; the title is outside the span; "Mr Vashko" -> "Vashko"; "the minister" is nominal' },
    { id: 'marchetti', name: 'Ivo Marchetti', type: 'person', forms: ['Ivo Marchetti', 'Marchetti'], note: 'Deputy Health Minister, in the state-aligned paper and the explainer' },
    { id: 'kanev', name: 'Nevena Kanev', type: 'person', forms: ['Nevena Kanev'], note: 'head of the Mereth Provincial Health Office; "Dr" is outside the span' },
    { id: 'hlebec', name: 'Gorana Hlebec', type: 'person', forms: ['Gorana Hlebec', 'Hlebec'], note: 'director of the NMA; "Ms Hlebec" -> "Hlebec"' },
    { id: 'ekwall', name: 'Jonas Ekwall', type: 'person', forms: ['Jonas Ekwall'], note: 'spokesman for Henström Biologics, in the wire' },
    { id: 'bekteshi', name: 'Rasim Bekteshi', type: 'person', forms: ['Rasim Bekteshi'], note: 'chief physician of Dazhbor Regional Hospital' },
    { id: 'hajdari', name: 'Lorena Hajdari', type: 'person', forms: ['Lorena Hajdari'], note: 'president of the paediatricians\' society' },
    { id: 'sefton', name: 'Amara Sefton', type: 'person', forms: ['Amara Sefton'], note: 'WHC representative in Valdaria' },
    { id: 'valek', name: 'Kiril Valek', type: 'person', forms: ['Kiril Valek', 'Valek'], note: 'opposition Citizens\' Voice MP for Mereth; "Mr Valek" -> "Valek"' },
    { id: 'zoric', name: 'Dafina Zorić', type: 'person', forms: ['Dafina Zorić', 'Dafina Zoric'], note: 'mother of an eight-year-old boy in intensive care (Zoric in the wire and the explainer)' },
    { id: 'luan', name: 'Luan', type: 'person', forms: ['Luan'], note: 'Dafina Zorić\'s son (first name only), in the live blog' },
    { id: 'demaj', name: 'Artur Demaj', type: 'person', forms: ['Artur Demaj'], note: 'father of a girl discharged on Tuesday, in the web story; "Artur Demaj’s daughter" holds a mention' },
    { id: 'elira', name: 'Elira', type: 'person', forms: ['Elira'], note: 'Artur Demaj\'s daughter (first name only)' },
    { id: 'gjoni', name: 'Petar Gjoni', type: 'person', forms: ['Petar Gjoni'], note: 'Courier reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'uhl', name: 'Tomas Uhl', type: 'person', forms: ['Tomas Uhl'], note: 'DVR News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bMR-2417\\b', why: 'a vaccine batch number, not a person, organization or place' },
    { pattern: "\\b[Tt]he (?:ministry|agency|regulator|hospital|society|pediatricians' society|provincial health office|company|province|town|capital|country|government|minister|office)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (no named prosecution body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Rasim Bekteshi', cue: 'told reporters at the hospital gate', quote: 'We have signed five death certificates for children who were vaccinated on Monday. I cannot make that number smaller by calling a press conference' },
    { file: W, speaker: 'Aurel Vashko', cue: 'he said at a news conference', quote: 'The children who are sickest ate the same meal, from the same kitchen, on the same day' },
    { file: W, speaker: 'Jonas Ekwall', cue: 'said Jonas Ekwall', quote: 'A vaccine that has spent two days at room temperature is not the vaccine that left our plant' },
    { file: W, speaker: 'Amara Sefton', cue: 'Dr. Amara Sefton, said', quote: 'Parents will trust vaccines again only if they can see the evidence' },
    { file: L, speaker: 'Nevena Kanev', cue: 'she said', quote: 'Every box had a temperature logger. Every logger shows two to eight degrees, from the lorry to the classroom' },
    { file: L, speaker: 'Lorena Hajdari', cue: 'she said', quote: 'That is not a sandwich. That is the vaccine.' },
    { file: L, speaker: 'Kiril Valek', cue: 'he told the Courier', quote: 'This paper has not reached a single clinic' },
    { file: B, speaker: 'Kiril Valek', cue: 'he said', quote: 'Nobody in Valdaria put a drop of this vaccine under a microscope before it went into a child’s arm' },
    { file: B, speaker: 'Artur Demaj', cue: 'he said', quote: 'She did not have lunch on Monday. She was vomiting before the lunch bell' },
    { file: B, speaker: 'Lorena Hajdari', cue: 'she said', quote: 'The children who died were vaccinated in the morning and in shock by the afternoon. Some of them had not eaten lunch at all' },
    { file: D, speaker: 'Aurel Vashko', cue: 'Mr Vashko said', quote: 'Our laboratories found the same bacteria in the children and in the food. They did not find it in the vaccine' },
    { file: D, speaker: 'Ivo Marchetti', cue: 'Mr Marchetti said', quote: 'Measles kills children too. We will not hand it the victory' },
    { file: D, speaker: 'Gorana Hlebec', cue: 'Ms Hlebec said', quote: 'No child in this country will be given a vaccine we would not give our own' },
    { file: X, speaker: 'Lorena Hajdari', cue: 'told The Pinhole', quote: 'The timing is the whole story' },
    { file: X, speaker: 'Dafina Zorić', cue: 'she said', quote: 'We will not bury our children and then read in a newspaper that it was the soup' },
  ],

  contradictions: [
    {
      id: 'children-died', level: 'core', kind: 'numeric',
      summary: 'Children who died after the vaccinations: three according to the Ministry of Health (repeated by the state-aligned paper); five according to Dazhbor Regional Hospital (Dajbor in the explainer), whose chief physician Dr Rasim Bekteshi says he signed every death certificate.',
      sides: [
        { file: W, quote: 'The ministry said three children had died', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'Three children have died, according to the Health Ministry.', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: B, quote: 'The Health Ministry again said on Wednesday that three children had died.', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: D, quote: 'Three children have died, according to figures published by the Ministry of Health.', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'The Health Ministry says three children died', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'We have signed five death certificates for children who were vaccinated on Monday.', value: '5', speaker: 'Rasim Bekteshi', camp: 'B' },
        { file: L, quote: 'Dazhbor Regional Hospital says five.', value: '5', speaker: 'Dazhbor Regional Hospital', camp: 'B' },
        { file: L, quote: 'He says the hospital has recorded five deaths among children vaccinated on Monday.', value: '5', speaker: 'Rasim Bekteshi', camp: 'B' },
        { file: B, quote: 'Dazhbor Regional Hospital says five children who were vaccinated on Monday have died there', value: '5', speaker: 'Dazhbor Regional Hospital', camp: 'B' },
        { file: X, quote: 'Dajbor Regional Hospital says five children have died', value: '5', speaker: 'Dazhbor Regional Hospital', camp: 'B' },
      ],
    },
    {
      id: 'children-ill', level: 'core', kind: 'numeric',
      summary: 'Children taken ill after the vaccinations: 47 according to the Ministry of Health; 83 according to the Valdarian Society of Paediatricians (Pediatricians in the wire and the explainer; VSP), which counts children seen at clinics and sent home.',
      sides: [
        { file: W, quote: '47 had been taken ill since the vaccinations on Monday', value: '47', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'and that 47 children have been taken ill in all', value: '47', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'and 47 were taken ill', value: '47', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'said on Wednesday that 83 children had been taken ill after the shots', value: '83', speaker: 'Valdarian Society of Paediatricians', camp: 'B' },
        { file: X, quote: 'counts 83 children who became ill after the shots', value: '83', speaker: 'Valdarian Society of Paediatricians', camp: 'B' },
      ],
    },
    {
      id: 'cause', level: 'core', kind: 'polarity',
      summary: 'Whether the vaccine caused the illness and deaths: no, according to Health Minister Aurel Vashko and the state-aligned paper, who point to food poisoning from a school lunch by Brava Catering (and to panic); yes, according to the paediatricians\' society and its president Dr Lorena Hajdari, who say the children were in shock within hours of the injection and some had not eaten lunch.',
      sides: [
        { file: W, quote: 'early laboratory results pointed to food poisoning from a school lunch served on Monday, not to the vaccine', value: 'food poisoning, not vaccine', speaker: 'Aurel Vashko', camp: 'A' },
        { file: B, quote: 'Health Minister Aurel Vashko said laboratory tests on the children pointed to food poisoning from a school lunch supplied by a private caterer', value: 'food poisoning', speaker: 'Aurel Vashko', camp: 'A' },
        { file: D, quote: 'point to food poisoning from a school lunch, not to the measles-rubella vaccine they received the same morning', value: 'food poisoning, not vaccine', speaker: 'Aurel Vashko', camp: 'A' },
        { file: D, quote: 'They did not find it in the vaccine', value: 'not vaccine', speaker: 'Aurel Vashko', camp: 'A' },
        { file: X, quote: 'Health Minister Aurel Vashko says laboratories found the same bacteria in sick children and in a school lunch served on Monday by Brava Catering', value: 'food poisoning', speaker: 'Aurel Vashko', camp: 'A' },
        { file: W, quote: 'were "the picture of a contaminated vaccine, not of a bad sausage."', value: 'vaccine', speaker: 'Lorena Hajdari', camp: 'B' },
        { file: L, quote: 'That is not a sandwich. That is the vaccine.', value: 'vaccine', speaker: 'Lorena Hajdari', camp: 'B' },
        { file: B, quote: 'Its president, Dr Lorena Hajdari, said on Wednesday that the vaccine caused the deaths.', value: 'vaccine', speaker: 'Lorena Hajdari', camp: 'B' },
        { file: X, quote: 'She says the society believes the vaccine killed the children.', value: 'vaccine', speaker: 'Lorena Hajdari', camp: 'B' },
      ],
    },
    {
      id: 'cold-chain', level: 'core', kind: 'polarity',
      summary: 'Whether the vials were kept in the cold chain: Henström Biologics (Henstrom in the wire and the explainer) says its inspectors found boxes from the batch in an unrefrigerated school storeroom from Friday to Monday; the Mereth Provincial Health Office and its head Dr Nevena Kanev say temperature loggers in every box show 2 to 8 degrees throughout.',
      sides: [
        { file: W, quote: 'its own inspectors had found vials from the batch stored in a school storeroom without refrigeration over the weekend before the campaign', value: 'unrefrigerated', speaker: 'Henström Biologics', camp: 'A' },
        { file: B, quote: 'where, it said, they had stood without refrigeration from Friday afternoon until Monday morning', value: 'unrefrigerated', speaker: 'Henström Biologics', camp: 'A' },
        { file: X, quote: 'Henstrom says its inspectors found boxes from the batch in an unrefrigerated school storeroom from Friday to Monday morning.', value: 'unrefrigerated', speaker: 'Henström Biologics', camp: 'A' },
        { file: W, quote: 'the vials had been kept in cold boxes with temperature loggers from the moment they arrived in Dazhbor', value: 'kept cold', speaker: 'Nevena Kanev', camp: 'B' },
        { file: L, quote: 'Every logger shows two to eight degrees, from the lorry to the classroom', value: 'kept cold', speaker: 'Nevena Kanev', camp: 'B' },
        { file: B, quote: 'says temperature loggers in every box show the vaccine was kept cold throughout', value: 'kept cold', speaker: 'Nevena Kanev', camp: 'B' },
        { file: D, quote: 'Temperature records from every box show the vaccine was stored between two and eight degrees from delivery to use', value: 'kept cold', speaker: 'Nevena Kanev', camp: 'B' },
        { file: X, quote: 'The provincial health office says its temperature loggers show the vials stayed between 2 and 8 degrees Celsius the whole time.', value: 'kept cold', speaker: 'Mereth Provincial Health Office', camp: 'B' },
      ],
    },
    {
      id: 'recall-day', level: 'secondary', kind: 'temporal',
      summary: 'When batch MR-2417 was recalled: on Monday evening, hours after the first children reached hospital, according to the National Medicines Agency (NMA) (repeated by the state-aligned paper); by a notice dated 15 April that reached clinics only on Wednesday morning, according to the opposition MP Kiril Valek, who posted a photograph of it.',
      sides: [
        { file: W, quote: 'it had recalled batch MR-2417 on Monday evening, hours after the first children arrived at the hospital', value: 'Monday 13 April', speaker: 'National Medicines Agency', camp: 'A' },
        { file: L, quote: 'The NMA says it recalled batch MR-2417 on Monday evening', value: 'Monday 13 April', speaker: 'National Medicines Agency', camp: 'A' },
        { file: D, quote: 'The NMA recalled the batch as a precaution on Monday evening', value: 'Monday 13 April', speaker: 'Gorana Hlebec', camp: 'A' },
        { file: D, quote: 'its recall notice was sent to every clinic in the province on Monday night', value: 'Monday 13 April', speaker: 'National Medicines Agency', camp: 'A' },
        { file: X, quote: 'The NMA says it recalled MR-2417 on Monday evening.', value: 'Monday 13 April', speaker: 'National Medicines Agency', camp: 'A' },
        { file: W, quote: 'clinics in the province had received the recall notice only on Wednesday morning', value: 'Wednesday 15 April', speaker: 'Kiril Valek', camp: 'B' },
        { file: L, quote: 'It is dated 15 April – tomorrow.', value: '15 April', speaker: 'Kiril Valek', camp: 'B' },
        { file: D, quote: 'claimed that clinics were not told of the recall until Wednesday', value: 'Wednesday 15 April', speaker: 'Kiril Valek', camp: 'B' },
        { file: X, quote: "says the agency's recall notice was dated April 15 and reached clinics only on Wednesday morning", value: '15 April', speaker: 'Kiril Valek', camp: 'B' },
      ],
    },
    {
      id: 'regulator-tests', level: 'secondary', kind: 'polarity',
      summary: 'Whether batch MR-2417 passed the regulator\'s laboratory tests: it passed the NMA\'s tests in March, according to the agency and its director Gorana Hlebec (repeated by the state-aligned paper); it was released on the manufacturer\'s certificate of analysis without laboratory testing, according to an internal NMA memo of 2 March seen by DVR News and the MP Kiril Valek.',
      sides: [
        { file: W, quote: "said the batch had passed the agency's laboratory tests in March", value: 'passed', speaker: 'Gorana Hlebec', camp: 'A' },
        { file: B, quote: 'has said publicly that the batch passed the agency’s tests', value: 'passed', speaker: 'Gorana Hlebec', camp: 'A' },
        { file: D, quote: 'had passed every test carried out by the National Medicines Agency (NMA) in March before it was released', value: 'passed', speaker: 'National Medicines Agency', camp: 'A' },
        { file: X, quote: 'The National Medicines Agency (NMA) says it tested the batch in March and it passed.', value: 'passed', speaker: 'National Medicines Agency', camp: 'A' },
        { file: B, quote: 'was released for use without being tested in the national regulator’s own laboratory', value: 'not tested', speaker: 'DVR News', camp: 'B' },
        { file: B, quote: 'Nobody in Valdaria put a drop of this vaccine under a microscope', value: 'not tested', speaker: 'Kiril Valek', camp: 'B' },
        { file: D, quote: 'has accused the regulator of releasing the batch “on a piece of paper”', value: 'not tested', speaker: 'Kiril Valek', camp: 'B' },
        { file: X, quote: "says the batch was released on the strength of the manufacturer's own certificate without laboratory tests", value: 'not tested', speaker: 'DVR News', camp: 'B' },
      ],
    },
    {
      id: 'campaign-suspended', level: 'secondary', kind: 'status',
      summary: 'Whether the national measles-rubella campaign is suspended: suspended nationwide on Tuesday until the cause is known, according to the Ministry of Health (wire, live blog, web story); continuing in every province except Mereth with vaccine from other batches, according to Deputy Health Minister Ivo Marchetti in the state-aligned paper.',
      sides: [
        { file: W, quote: 'had been suspended on Tuesday until the cause was known', value: 'suspended nationwide', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'The ministry says the measles-rubella campaign is suspended in every province until further notice.', value: 'suspended nationwide', speaker: 'Ministry of Health', camp: 'A' },
        { file: B, quote: 'The measles-rubella campaign has been suspended nationwide', value: 'suspended nationwide', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'The Health Ministry told reporters on Tuesday that the campaign was suspended nationwide.', value: 'suspended nationwide', speaker: 'Ministry of Health', camp: 'A' },
        { file: D, quote: 'continues in all other provinces with vaccine from other batches', value: 'continuing', speaker: 'Ivo Marchetti', camp: 'B' },
        { file: X, quote: 'told The Valdarian Standard on Thursday that it was continuing in every province except Mereth, with other batches', value: 'continuing', speaker: 'Ivo Marchetti', camp: 'B' },
      ],
    },
    {
      id: 'own-children-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "No child in this country will be given a vaccine we would not give our own" is credited to Health Minister Aurel Vashko by the wire and to the NMA director Gorana Hlebec by the state-aligned paper.',
      sides: [
        { file: W, quote: '"No child in this country will be given a vaccine we would not give our own," Vashko said.', speaker: 'Aurel Vashko', camp: 'A' },
        { file: D, quote: '“No child in this country will be given a vaccine we would not give our own,” Ms Hlebec said.', speaker: 'Gorana Hlebec', camp: 'B' },
      ],
    },
    {
      id: 'in-hospital-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 38 children were in hospital, then corrected it to 31, the figure of Dazhbor Regional Hospital (including those flown to Veltra); the web story and the explainer also say 31.',
      sides: [
        { file: L, quote: '38 children are in hospital, according to staff at Dazhbor Regional Hospital.', value: '38', speaker: 'Dazhbor Regional Hospital', camp: 'A' },
        { file: L, quote: 'Dazhbor Regional Hospital says 31 children are being treated, including those flown to Veltra.', value: '31', speaker: 'Dazhbor Regional Hospital', camp: 'B' },
        { file: B, quote: 'The hospital says 31 children are still in its care or were transferred from it.', value: '31', speaker: 'Dazhbor Regional Hospital', camp: 'B' },
        { file: X, quote: 'The hospital is treating 31 children', value: '31', speaker: 'Dazhbor Regional Hospital', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'doses-rounded', kind: 'numeric',
      summary: '12,380 doses of the batch delivered to Mereth (wire) and "About 12,000 doses" shipped to the province (explainer) are one figure, rounded.',
      sides: [
        { file: W, quote: 'Provincial health officials said 12,380 doses from the batch had been delivered to Mereth.', value: '12,380' },
        { file: X, quote: 'About 12,000 doses of that batch were shipped to the province.', value: '~12,000' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Two children dead on Tuesday morning (the provincial health office, in the live blog) and three on Tuesday evening "up from two that morning" (the ministry, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Two children have died, the Mereth Provincial Health Office says.', value: '2 (Tuesday morning)' },
        { file: W, quote: "The ministry's toll rose to three on Tuesday evening, up from two that morning.", value: '3 (Tuesday evening)' },
      ],
    },
    {
      id: 'schools-sets', kind: 'numeric',
      summary: 'The 14 schools where children were vaccinated and the nine schools whose children fell ill are different sets, not rival counts.',
      sides: [
        { file: L, quote: 'after Monday’s vaccinations at 14 schools in and around the town', value: '14 (schools vaccinated)' },
        { file: B, quote: 'Children from nine of the schools fell ill; the rest reported no serious cases.', value: '9 (schools with sick children)' },
      ],
    },
    {
      id: 'veltra-part', kind: 'numeric',
      summary: 'The seven sickest children flown to St. Cosma\'s Children\'s Hospital in Veltra (wire) are part of the 31 treated by or transferred from Dazhbor Regional Hospital (web story), not a rival count.',
      sides: [
        { file: W, quote: "Seven of the sickest children were taken by air ambulance to St. Cosma's Children's Hospital in Veltra", value: '7 (flown to Veltra)' },
        { file: B, quote: 'The hospital says 31 children are still in its care or were transferred from it.', value: '31 (all treated)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"opened a criminal case for negligence" (wire) and "launched a criminal investigation into negligence" (web story) describe the same step by the prosecutors in different words.',
      sides: [
        { file: W, quote: 'Prosecutors in Mereth said they had opened a criminal case for negligence.', value: 'criminal case opened' },
        { file: B, quote: 'Prosecutors have launched a criminal investigation into negligence.', value: 'investigation launched' },
      ],
    },
    {
      id: 'parents-about-more-than', kind: 'numeric',
      summary: '"More than 300 parents" (wire) and "About 350 parents" (web story) outside the provincial health office on Wednesday afternoon are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 300 parents gathered outside the provincial health office in Dazhbor on Wednesday afternoon', value: '>300' },
        { file: B, quote: 'About 350 parents stood outside the provincial health office on Wednesday afternoon.', value: '~350' },
      ],
    },
    {
      id: 'tamsk-2019', kind: 'numeric',
      summary: 'The 12 children who developed fever after a tetanus vaccine in Tamsk Province in 2019 belong to another, earlier incident, not a rival figure for the children taken ill in Dazhbor.',
      sides: [
        { file: W, quote: 'In 2019, 12 children in Tamsk Province developed fever after a tetanus vaccine, and the batch was withdrawn.', value: '12 (Tamsk, 2019)' },
        { file: W, quote: '47 had been taken ill since the vaccinations on Monday', value: '47 (Dazhbor, 2026)' },
      ],
    },
  ],
};
