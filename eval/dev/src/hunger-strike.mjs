// Hand-written gold source for the death on hunger strike of the jailed editor Luka Dobrašin in
// Pelvin Prison, Brevonia (invented event, March 2026). build-gold.mjs turns it into
// ../gold/hunger-strike.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the state-aligned paper imitate scraped pages (site
// name, "Skip to content", navigation bar, headline twice, byline, "Updated" line, "Share this
// article", "Advertisement", a caption with a photo credit, "Read more" lines), the web story is
// Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst, byline
// with links, "Published ... · Updated ..." line, image line with caption and credit, key points,
// "Read more" links), and the explainer is Markdown with YAML front matter and `##` questions.
// Site furniture, bylines, date and "Updated" lines and the wire's reporting line are metadata
// (meta: 1-based line numbers); headlines, standfirsts, key points, image alt texts, captions and
// credits are counted text. Link URLs are in ignore.
const W = 'fernmark-wire.txt'; // Fernmark wire (Tuesday 17 March, evening), US style, straight quotes, writes Dobrasin, Elena Sorokova, St. Marko's
const L = '3b9e07d2f15a6c48.txt'; // Oskeli Voice live blog, newest first (Tuesday 17 March, 06:50 to 23:40), UK style, curly quotes, St Marko's
const B = 'e84c1a06b7d93f25.md'; // VKN News web story (Wednesday 18 March), UK style, curly quotes, St Marko's
const D = '90c5f1e3a7d24b68.txt'; // state-aligned The Brevonian Standard (Thursday 19 March), UK style, curly quotes, writes Malvaš, St Marko's
const X = '5d2a8f0c93e1b764.md'; // The Ledgerline explainer (Friday 20 March), YAML front matter, US style, straight quotes, writes Dobrasin, St. Marko's

export default {
  corpus: 'hunger-strike',
  note: 'Invented event written for the project: in the night of Monday 16 to Tuesday 17 March 2026 Luka Dobrašin (Dobrasin in the wire and the explainer), 47, editor of the banned weekly Prozor and a founder of the opposition party Open Brevonia, serving seven years for "extremism", dies on hunger strike in the custody of Pelvin Prison, in the northern town of Pelvin in the fictional country of Brevonia (capital Oskeli). Five invented outlets: the Fernmark wire (Tuesday), the Oskeli Voice live blog, newest first (Tuesday 06:50 to 23:40), the VKN News web story (Wednesday), the state-aligned The Brevonian Standard (Thursday) and The Ledgerline explainer (Friday); four files have random names. The National Penitentiary Service (NPS) and its spokesman Oleg Zarembo, the Ministry of Justice and Justice Minister Radomir Kostyuk, the prison doctor Dr Gennady Pashin, his lawyer Irina Malvash (Malvaš in the state-aligned paper), his wife Yelena Sorokova (Elena in the wire), the Free Doctors\' Union (FDU) and its chairman Dr Anton Sivak, the former inmate Pavel Lisko, the Concord of Nations Human Rights Office and its spokeswoman Marit Hollander, and neighbouring Velderra and its foreign minister Henrike Aalstad disagree about how long he had refused food (63 days since 13 January, by his lawyer; 41 days since 4 February, by the NPS), his weight loss (24 kg, by his lawyer and the FDU; 11 kg, by the prison doctor), whether he was force-fed (at least three times through a nasal tube, by his lawyer and a fellow inmate; never, by the NPS and the minister), whether independent doctors saw him (an "independent" university doctor on 2 March, by the ministry; none ever, by the FDU, whose four requests were refused), where he died (at St. Marko\'s Hospital, St Marko\'s in the UK-style outlets, by the NPS; in his cell, by the inmates, his lawyer and his wife), when he died (pronounced dead at 04:10 on Tuesday, by the NPS; collapsed about 23:00 on Monday and dead before midnight, by the inmates and his lawyer), whether he had asked in writing to be moved to a civilian hospital and been refused (24 February, refused 2 March, by his lawyer; never asked, by the ministry) and who said "He was offered food three times a day, every day, and he refused it" (the prison doctor in the web story, the minister in the state-aligned paper); the live blog corrects its own figure for his weight loss (34 kg, then 24 kg). 78 kilograms and "nearly 80 kilograms" (his weight when jailed) are one figure rounded; the 60th day of the strike (Friday, when his lawyer last saw him) and 63 days (Tuesday) are different days\' figures; the four prisoners at Pelvin who joined the strike are part of the 11 across Brevonia; "opened a criminal inquiry into the death" and "launched an investigation into his death" are synonyms; "About 200 people" and "More than 150 supporters" at the vigil outside the Ministry of Justice agree; the seven-year sentence and the two years and four months served are different quantities; the 48 days of Stanislav Brenner, who died in 2019 in Kurnavets, belong to another, earlier case. "Brevonian" is a demonym; "Brevonia" inside Open Brevonia, "Oskeli" inside Oskeli Medical University and Oskeli Voice and "Pelvin" inside Pelvin Prison are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 49],
    [L]: [1, 2, 3, 4, 10, 11, 32, 58, 66, 67, 69],
    [B]: [1, 7, 9, 21, 41, 65, 66, 67],
    [D]: [1, 2, 3, 4, 10, 11, 13, 27, 57, 58, 60],
    [X]: [],
  },

  actors: [
    // places
    { id: 'brevonia', name: 'Brevonia', type: 'place', forms: ['Brevonia'], note: 'the country; "Brevonian" is a demonym; nested in Open Brevonia and The Brevonian Standard; "the country" is nominal' },
    { id: 'oskeli', name: 'Oskeli', type: 'place', forms: ['Oskeli', 'OSKELI'], note: 'the capital (datelines in capitals); nested in Oskeli Medical University and Oskeli Voice; "The Foreign Ministry in Oskeli" holds a mention' },
    { id: 'pelvin', name: 'Pelvin', type: 'place', forms: ['Pelvin'], note: 'the northern town of the prison and the hospital; nested in Pelvin Prison' },
    { id: 'pelvin-prison', name: 'Pelvin Prison', type: 'place', forms: ['Pelvin Prison'], note: 'the prison, a named facility (typed place in this set); "the prison" is nominal' },
    { id: 'velderra', name: 'Velderra', type: 'place', forms: ['Velderra'], note: 'the neighbouring country whose government protested; used for its government it stays a place' },
    { id: 'ardhaven', name: 'Ardhaven', type: 'place', forms: ['Ardhaven'], note: 'seat of the Concord of Nations Human Rights Office, in the wire' },
    { id: 'kurnavets', name: 'Kurnavets', type: 'place', forms: ['Kurnavets'], note: 'city of an earlier (2019) death on hunger strike' },
    // organizations
    { id: 'nps', name: 'National Penitentiary Service', type: 'organization', forms: ['National Penitentiary Service', 'NPS'], note: 'the prison service, defined as (NPS); "the penitentiary service", "the service" are nominal' },
    { id: 'justice-ministry', name: 'Ministry of Justice', type: 'organization', forms: ['Ministry of Justice'], note: 'Brevonia\'s justice ministry; "the ministry" is nominal' },
    { id: 'prosecutor', name: 'Office of the Prosecutor General', type: 'organization', forms: ['Office of the Prosecutor General'], note: 'the prosecution service; lowercase "prosecutors" and "the office" are nominal' },
    { id: 'st-marko', name: 'St. Marko\'s Hospital', type: 'organization', forms: ['St. Marko\'s Hospital', 'St Marko’s Hospital'], note: 'the civilian hospital in Pelvin (St. Marko\'s with a straight apostrophe in the wire and the explainer, St Marko’s in the UK-style outlets); "the hospital" is nominal' },
    { id: 'fdu', name: 'Free Doctors’ Union', type: 'organization', forms: ['Free Doctors’ Union', 'Free Doctors\' Union', 'FDU'], note: 'the independent doctors\' association, defined as (FDU); "the union" is nominal' },
    { id: 'chro', name: 'Concord of Nations Human Rights Office', type: 'organization', forms: ['Concord of Nations Human Rights Office'], note: 'the international human-rights office; "the office" is nominal' },
    { id: 'open-brevonia', name: 'Open Brevonia', type: 'organization', forms: ['Open Brevonia'], note: 'the opposition party Dobrašin helped found; the country inside it is nested' },
    { id: 'prozor', name: 'Prozor', type: 'organization', forms: ['Prozor'], note: 'the banned weekly Dobrašin edited' },
    { id: 'omu', name: 'Oskeli Medical University', type: 'organization', forms: ['Oskeli Medical University'], note: 'the university of the doctor the ministry calls independent' },
    { id: 'forensic', name: 'State Forensic Bureau', type: 'organization', forms: ['State Forensic Bureau'], note: 'the state laboratory to carry out the autopsy' },
    { id: 'foreign-ministry', name: 'Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'], note: 'Brevonia\'s foreign ministry, in the state-aligned paper' },
    { id: 'fernmark', name: 'Fernmark', type: 'organization', forms: ['Fernmark'], note: 'the wire agency: the dateline "(Fernmark)" and "told Fernmark" are mentions; its outlet line is metadata' },
    { id: 'voice', name: 'Oskeli Voice', type: 'organization', forms: ['Oskeli Voice'], note: 'the independent site running the live blog: "told Oskeli Voice" and its photo credit are mentions; its site-name line is metadata' },
    { id: 'vkn', name: 'VKN News', type: 'organization', forms: ['VKN News'], note: 'the news site of the web story, named in its own text and photo credit and in the explainer; its breadcrumb line is metadata' },
    { id: 'standard', name: 'The Brevonian Standard', type: 'organization', forms: ['The Brevonian Standard'], note: 'the state-aligned paper: its photo credit and the explainer\'s "The Brevonian Standard, a pro-government paper" are mentions; its site-name line is metadata' },
    // people
    { id: 'dobrasin', name: 'Luka Dobrašin', type: 'person', forms: ['Luka Dobrašin', 'Luka Dobrasin', 'Dobrašin', 'Dobrasin'], note: 'the jailed editor (Dobrasin in the wire and the explainer); "Mr Dobrašin" -> "Dobrašin"' },
    { id: 'malvash', name: 'Irina Malvash', type: 'person', forms: ['Irina Malvash', 'Irina Malvaš', 'Malvash', 'Malvaš'], note: 'his lawyer (Malvaš in the state-aligned paper); "Ms Malvash", "Mrs Malvaš" -> the surname' },
    { id: 'sorokova', name: 'Yelena Sorokova', type: 'person', forms: ['Yelena Sorokova', 'Elena Sorokova', 'Sorokova'], note: 'his wife (Elena in the wire)' },
    { id: 'zarembo', name: 'Oleg Zarembo', type: 'person', forms: ['Oleg Zarembo', 'Zarembo'], note: 'NPS spokesman' },
    { id: 'kostyuk', name: 'Radomir Kostyuk', type: 'person', forms: ['Radomir Kostyuk', 'Kostyuk'], note: 'Justice Minister; the title is outside the span; "the minister" is nominal' },
    { id: 'pashin', name: 'Gennady Pashin', type: 'person', forms: ['Gennady Pashin', 'Pashin'], note: 'head of the prison\'s medical unit; "Dr"/"Dr." is outside the span' },
    { id: 'sivak', name: 'Anton Sivak', type: 'person', forms: ['Anton Sivak'], note: 'chairman of the FDU' },
    { id: 'lisko', name: 'Pavel Lisko', type: 'person', forms: ['Pavel Lisko', 'Lisko'], note: 'a former inmate on Dobrašin\'s corridor, released on 10 March; "Mr Lisko" -> "Lisko"' },
    { id: 'hollander', name: 'Marit Hollander', type: 'person', forms: ['Marit Hollander'], note: 'spokeswoman of the Concord of Nations Human Rights Office, in the wire' },
    { id: 'aalstad', name: 'Henrike Aalstad', type: 'person', forms: ['Henrike Aalstad'], note: 'Velderra\'s foreign minister' },
    { id: 'brenner', name: 'Stanislav Brenner', type: 'person', forms: ['Stanislav Brenner', 'Brenner'], note: 'an activist who died on hunger strike in 2019; "Brenner\'s family" holds a mention' },
    { id: 'brandt', name: 'Katya Brandt', type: 'person', forms: ['Katya Brandt'], note: 'Oskeli Voice correspondent: her byline is metadata; her photo credit is a mention' },
    { id: 'vornik', name: 'Piet Vornik', type: 'person', forms: ['Piet Vornik'], note: 'VKN News reporter: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|prison|prison service|penitentiary service|service|hospital|office|union|state|government|minister|capital|country|party)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Office of the Prosecutor General)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Irina Malvash', cue: 'Malvash said by telephone from Pelvin', quote: 'He died in that cell. By the time they carried him out, there was nobody left to save' },
    { file: W, speaker: 'Oleg Zarembo', cue: 'he said in a statement', quote: 'Mr Dobrasin was alive when he reached the hospital, and doctors fought for his life for more than an hour' },
    { file: W, speaker: 'Yelena Sorokova', cue: 'she told reporters outside the prison gates', quote: 'He knew the risk. They knew it too.' },
    { file: W, speaker: 'Marit Hollander', cue: 'its spokeswoman, Marit Hollander, said in Ardhaven', quote: 'A man who was dying in state custody was the responsibility of the state' },
    { file: W, speaker: 'Henrike Aalstad', cue: 'Foreign Minister Henrike Aalstad said', quote: 'Brevonia\'s authorities bore "full responsibility"' },
    { file: L, speaker: 'Anton Sivak', cue: 'said Dr Anton Sivak', quote: 'No independent doctor ever saw him. Not once in 63 days' },
    { file: L, speaker: 'Pavel Lisko', cue: 'Mr Lisko said', quote: 'I heard him screaming when they put the tube in. Everyone on the corridor heard it' },
    { file: L, speaker: 'Irina Malvash', cue: 'she said', quote: 'He was dead in that cell before midnight. They took him to the hospital to be able to say he died there' },
    { file: B, speaker: 'Gennady Pashin', cue: 'Dr Pashin said', quote: 'I weighed him myself every Monday. He lost 11 kilograms.' },
    { file: B, speaker: 'Irina Malvash', cue: 'she said', quote: 'He asked to be moved to a hospital. The request was refused on 2 March, in one line, without a reason' },
    { file: B, speaker: 'Pavel Lisko', cue: 'he said', quote: 'Three guards held him, and the nurse pushed a tube through his nose. I saw it through the hatch' },
    { file: B, speaker: 'Yelena Sorokova', cue: 'she said', quote: 'I want to know which is true, and I want to know it from a doctor I choose' },
    { file: D, speaker: 'Radomir Kostyuk', cue: 'Mr Kostyuk told the committee', quote: 'The state cannot force a grown man to eat, and the state did not.' },
    { file: D, speaker: 'Radomir Kostyuk', cue: 'Mr Kostyuk said', quote: 'Brevonia did not ask for Velderra’s opinion of its courts, and it does not need it' },
    { file: X, speaker: 'Yelena Sorokova', cue: 'Sorokova told supporters on Thursday', quote: 'I am not asking for revenge' },
  ],

  contradictions: [
    {
      id: 'days-without-food', level: 'core', kind: 'numeric',
      summary: 'How long Dobrašin had refused food when he died: 63 days, since 13 January, according to his lawyer Irina Malvash; 41 days, since 4 February, according to the National Penitentiary Service (NPS), which says he ate irregularly before that (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'a jailed opposition journalist who had refused food for 63 days', value: '63 days', speaker: 'Irina Malvash', camp: 'A' },
        { file: L, quote: 'Today would have been the 63rd day of his hunger strike, which began on 13 January.', value: '63 days', speaker: 'Irina Malvash', camp: 'A' },
        { file: X, quote: 'says he stopped eating on Jan. 13 and had gone 63 days without food when he died', value: '63 days', speaker: 'Irina Malvash', camp: 'A' },
        { file: W, quote: 'The NPS said he had refused food for 41 days, since Feb. 4', value: '41 days', speaker: 'National Penitentiary Service', camp: 'B' },
        { file: D, quote: 'refused food for 41 days, from 4 February, the National Penitentiary Service (NPS) has said', value: '41 days', speaker: 'National Penitentiary Service', camp: 'B' },
        { file: X, quote: 'says his refusal began on Feb. 4, which would make it 41 days', value: '41 days', speaker: 'National Penitentiary Service', camp: 'B' },
      ],
    },
    {
      id: 'weight-loss', level: 'secondary', kind: 'numeric',
      summary: 'How much weight Dobrašin lost: 24 kilograms (from 78 to 54), according to his lawyer Irina Malvash and the Free Doctors\' Union (FDU); 11 kilograms, according to the prison doctor Dr Gennady Pashin, who says he weighed him every Monday (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'Malvash also said Dobrasin had lost 24 kilograms since he was jailed.', value: '24 kg', speaker: 'Irina Malvash', camp: 'A' },
        { file: B, quote: 'says he lost 24 kg and weighed 54 kg at the end', value: '24 kg', speaker: 'Irina Malvash', camp: 'A' },
        { file: X, quote: 'say he lost 24 kilograms', value: '24 kg', speaker: 'Irina Malvash', camp: 'A' },
        { file: B, quote: 'the jailed editor lost 11 kilograms during his hunger strike', value: '11 kg', speaker: 'Gennady Pashin', camp: 'B' },
        { file: B, quote: 'He lost 11 kilograms.', value: '11 kg', speaker: 'Gennady Pashin', camp: 'B' },
        { file: D, quote: 'recorded a loss of 11 kilograms over the course of the protest', value: '11 kg', speaker: 'Gennady Pashin', camp: 'B' },
        { file: X, quote: 'told VKN News he lost 11', value: '11 kg', speaker: 'Gennady Pashin', camp: 'B' },
      ],
    },
    {
      id: 'force-fed', level: 'core', kind: 'polarity',
      summary: 'Whether Dobrašin was force-fed: yes, through a nasal tube at least three times in February, held down by guards, according to his lawyer Irina Malvash and the former inmate Pavel Lisko; never, according to the NPS and its spokesman Oleg Zarembo (repeated by the state-aligned paper and by the minister).',
      sides: [
        { file: W, quote: 'Dobrasin had been force-fed through a nasal tube at least three times in February', value: 'force-fed', speaker: 'Irina Malvash', camp: 'A' },
        { file: L, quote: 'I heard him screaming when they put the tube in.', value: 'force-fed', speaker: 'Pavel Lisko', camp: 'A' },
        { file: B, quote: 'told VKN News that Mr Dobrašin had been fed through a tube against his will', value: 'force-fed', speaker: 'Pavel Lisko', camp: 'A' },
        { file: X, quote: 'says he was fed through a nasal tube against his will at least three times in February', value: 'force-fed', speaker: 'Irina Malvash', camp: 'A' },
        { file: W, quote: 'The NPS said he was never force-fed.', value: 'never force-fed', speaker: 'National Penitentiary Service', camp: 'B' },
        { file: L, quote: 'says Dobrašin was “never force-fed”', value: 'never force-fed', speaker: 'Oleg Zarembo', camp: 'B' },
        { file: B, quote: 'The NPS says Mr Dobrašin was never force-fed.', value: 'never force-fed', speaker: 'National Penitentiary Service', camp: 'B' },
        { file: D, quote: 'The NPS has stated clearly that the prisoner was never force-fed.', value: 'never force-fed', speaker: 'National Penitentiary Service', camp: 'B' },
        { file: X, quote: 'The NPS says flatly that he was never force-fed', value: 'never force-fed', speaker: 'National Penitentiary Service', camp: 'B' },
      ],
    },
    {
      id: 'independent-doctors', level: 'secondary', kind: 'polarity',
      summary: 'Whether an independent doctor saw Dobrašin: yes, a doctor from Oskeli Medical University examined him on 2 March and found no immediate threat to life, according to the Ministry of Justice (repeated by the state-aligned paper); no independent doctor ever saw him, according to the Free Doctors\' Union (FDU) and its chairman Dr Anton Sivak, whose four requests were refused.',
      sides: [
        { file: L, quote: 'It says Dobrašin was examined on 2 March by an independent doctor from Oskeli Medical University', value: 'examined by independent doctor', speaker: 'Ministry of Justice', camp: 'A' },
        { file: D, quote: 'The prisoner was examined on 2 March by an independent doctor from Oskeli Medical University', value: 'examined by independent doctor', speaker: 'Ministry of Justice', camp: 'A' },
        { file: X, quote: 'The Ministry of Justice says a doctor from Oskeli Medical University, whom it calls independent, examined him on March 2.', value: 'examined by independent doctor', speaker: 'Ministry of Justice', camp: 'A' },
        { file: L, quote: 'No independent doctor ever saw him.', value: 'none', speaker: 'Anton Sivak', camp: 'B' },
        { file: B, quote: 'says none of its doctors were allowed to see him', value: 'none', speaker: 'Free Doctors’ Union', camp: 'B' },
        { file: X, quote: 'and that no independent physician ever examined him', value: 'none', speaker: 'Free Doctors’ Union', camp: 'B' },
      ],
    },
    {
      id: 'place-of-death', level: 'core', kind: 'status',
      summary: 'Where Dobrašin died: at St. Marko\'s Hospital (St Marko\'s) in Pelvin, after being taken there alive and in a critical state, according to the NPS (repeated by the state-aligned paper); in his cell in Pelvin Prison, already dead when he was carried out, according to inmates in neighbouring cells, his lawyer Irina Malvash and his wife Yelena Sorokova.',
      sides: [
        { file: W, quote: 'Mr Dobrasin was alive when he reached the hospital, and doctors fought for his life for more than an hour', value: 'died in hospital', speaker: 'Oleg Zarembo', camp: 'A' },
        { file: L, quote: 'The National Penitentiary Service (NPS) says Luka Dobrašin died at St Marko’s Hospital in Pelvin at 04:10.', value: 'died in hospital', speaker: 'National Penitentiary Service', camp: 'A' },
        { file: B, quote: 'where the National Penitentiary Service (NPS) says Mr Dobrašin died early on Tuesday', value: 'died in hospital', speaker: 'National Penitentiary Service', camp: 'A' },
        { file: D, quote: 'before his death at St Marko’s Hospital in Pelvin', value: 'died in hospital', speaker: 'Radomir Kostyuk', camp: 'A' },
        { file: X, quote: "The NPS says he was taken to St. Marko's Hospital in Pelvin at about 2:30 a.m. on Tuesday, March 17", value: 'died in hospital', speaker: 'National Penitentiary Service', camp: 'A' },
        { file: W, quote: 'He died in that cell.', value: 'died in cell', speaker: 'Irina Malvash', camp: 'B' },
        { file: L, quote: 'They took him to the hospital to be able to say he died there', value: 'died in cell', speaker: 'Irina Malvash', camp: 'B' },
        { file: B, quote: 'The men in his corridor say he died on the floor of his cell', value: 'died in cell', speaker: 'Yelena Sorokova', camp: 'B' },
        { file: D, quote: 'Mrs Malvaš has claimed that the prisoner died in his cell on Monday night.', value: 'died in cell', speaker: 'Irina Malvash', camp: 'B' },
        { file: X, quote: 'and that he was dead before he left the prison', value: 'died in cell', speaker: 'Irina Malvash', camp: 'B' },
      ],
    },
    {
      id: 'time-of-death', level: 'core', kind: 'temporal',
      summary: 'When Dobrašin died: pronounced dead at 04:10 on Tuesday 17 March, after being taken to hospital at about 02:30, according to the NPS (repeated by the state-aligned paper); he collapsed in his cell at about 23:00 on Monday and was dead before midnight, according to inmates in neighbouring cells and his lawyer Irina Malvash.',
      sides: [
        { file: W, quote: 'was pronounced dead there at 4:10 a.m. despite attempts to resuscitate him', value: '04:10 Tuesday', speaker: 'National Penitentiary Service', camp: 'A' },
        { file: L, quote: 'and was pronounced dead at 04:10.', value: '04:10 Tuesday', speaker: 'National Penitentiary Service', camp: 'A' },
        { file: D, quote: 'and he was pronounced dead at 04:10', value: '04:10 Tuesday', speaker: 'National Penitentiary Service', camp: 'A' },
        { file: X, quote: 'pronounced dead there at 4:10 a.m.', value: '04:10 Tuesday', speaker: 'National Penitentiary Service', camp: 'A' },
        { file: W, quote: 'Dobrasin collapsed in his cell at about 11 p.m. on Monday and did not move again', value: '~23:00 Monday', speaker: 'Irina Malvash', camp: 'B' },
        { file: L, quote: 'He was dead in that cell before midnight.', value: 'before midnight Monday', speaker: 'Irina Malvash', camp: 'B' },
        { file: L, quote: 'that Dobrašin collapsed in his cell at about 23:00 on Monday', value: '~23:00 Monday', speaker: 'Irina Malvash', camp: 'B' },
        { file: X, quote: 'saw him collapse in his cell at about 11 p.m. on Monday', value: '~23:00 Monday', speaker: 'Irina Malvash', camp: 'B' },
      ],
    },
    {
      id: 'hospital-request', level: 'secondary', kind: 'polarity',
      summary: 'Whether Dobrašin asked to be moved to a civilian hospital and was refused: yes, in a handwritten request dated 24 February and stamped as received, refused on 2 March, according to his lawyer Irina Malvash; he never asked, according to the Ministry of Justice and Justice Minister Radomir Kostyuk (the wire has the ministry saying it has no record of a request).',
      sides: [
        { file: W, quote: 'She said he had asked in writing on Feb. 24 to be moved to a civilian hospital, and that the request was refused on March 2.', value: 'asked, refused', speaker: 'Irina Malvash', camp: 'A' },
        { file: B, quote: 'He asked to be moved to a hospital. The request was refused on 2 March', value: 'asked, refused', speaker: 'Irina Malvash', camp: 'A' },
        { file: X, quote: 'Malvash has shown reporters a handwritten request, dated Feb. 24, asking for a transfer to a civilian hospital', value: 'asked, refused', speaker: 'Irina Malvash', camp: 'A' },
        { file: W, quote: 'The Ministry of Justice said it had no record of such a request.', value: 'no request', speaker: 'Ministry of Justice', camp: 'B' },
        { file: L, quote: 'at no point asked to be transferred to a civilian hospital', value: 'never asked', speaker: 'Ministry of Justice', camp: 'B' },
        { file: B, quote: 'The Ministry of Justice says he never asked to be transferred.', value: 'never asked', speaker: 'Ministry of Justice', camp: 'B' },
        { file: D, quote: 'At no time did Mr Dobrašin request a transfer to a civilian hospital, the minister said.', value: 'never asked', speaker: 'Radomir Kostyuk', camp: 'B' },
        { file: X, quote: 'The ministry says he never asked to be moved.', value: 'never asked', speaker: 'Ministry of Justice', camp: 'B' },
      ],
    },
    {
      id: 'food-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "He was offered food three times a day, every day, and he refused it" is credited to the prison doctor Dr Gennady Pashin by the web story (and the explainer) and to Justice Minister Radomir Kostyuk by the state-aligned paper.',
      sides: [
        { file: B, quote: '“He was offered food three times a day, every day, and he refused it,” Dr Pashin said.', speaker: 'Gennady Pashin', camp: 'A' },
        { file: X, quote: 'VKN News quoted Pashin as saying Dobrasin "was offered food three times a day, every day, and he refused it."', speaker: 'Gennady Pashin', camp: 'A' },
        { file: D, quote: '“He was offered food three times a day, every day, and he refused it,” Mr Kostyuk told the committee.', speaker: 'Radomir Kostyuk', camp: 'B' },
        { file: X, quote: 'The Brevonian Standard, a pro-government paper, printed the same sentence as the words of Kostyuk.', speaker: 'Radomir Kostyuk', camp: 'B' },
      ],
    },
    {
      id: 'weight-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported the lawyer as saying Dobrašin had lost 34 kg, then corrected it to 24 kg, her figure.',
      sides: [
        { file: L, quote: 'Irina Malvash, Dobrašin’s lawyer, says he had lost 34 kg.', value: '34 kg', speaker: 'Irina Malvash', camp: 'A' },
        { file: L, quote: 'His lawyer’s figure is 24 kg.', value: '24 kg', speaker: 'Irina Malvash', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'weight-rounded', kind: 'numeric',
      summary: 'His weight when jailed, 78 kilograms (the lawyer, in the wire) and "nearly 80 kilograms" (the family, in the explainer), is one figure, rounded.',
      sides: [
        { file: W, quote: 'He weighed 78 kilograms when he arrived at Pelvin in 2024', value: '78 kg' },
        { file: X, quote: 'He weighed nearly 80 kilograms when he was jailed', value: '~80 kg' },
      ],
    },
    {
      id: 'days-different-days', kind: 'numeric',
      summary: 'The 60th day of the strike (Friday 13 March, when his lawyer last saw him) and the 63-day count (to Tuesday 17 March) are figures for different days of one count.',
      sides: [
        { file: B, quote: 'When Ms Malvash last saw him, on Friday, it was the 60th day of his strike.', value: 'day 60 (Friday)' },
        { file: W, quote: 'the 63-day count ran from Jan. 13', value: '63 days (Tuesday)' },
      ],
    },
    {
      id: 'strikers-part', kind: 'numeric',
      summary: 'The four prisoners at Pelvin who joined the hunger strike are part of the at least 11 refusing food across Brevonia, not a rival count.',
      sides: [
        { file: B, quote: 'Four other prisoners at Pelvin have joined the hunger strike since his death', value: '4 (Pelvin)' },
        { file: X, quote: 'at least 11 prisoners across Brevonia are now refusing food, four of them at Pelvin', value: '11 (nationwide)' },
      ],
    },
    {
      id: 'inquiry-synonyms', kind: 'status',
      summary: '"opened a criminal inquiry into the death" (wire) and "launched an investigation into his death" (web story) describe the same step by the prosecutors.',
      sides: [
        { file: W, quote: 'said it had opened a criminal inquiry into the death', value: 'inquiry opened' },
        { file: B, quote: 'Prosecutors have launched an investigation into his death.', value: 'investigation opened' },
      ],
    },
    {
      id: 'vigil-about-more-than', kind: 'numeric',
      summary: '"About 200 people" (wire) and "More than 150 supporters" (live blog) outside the Ministry of Justice in Oskeli on Tuesday evening are compatible approximations.',
      sides: [
        { file: W, quote: 'About 200 people gathered in the rain outside the Ministry of Justice in Oskeli', value: '~200' },
        { file: L, quote: 'More than 150 supporters are holding a silent vigil outside the Ministry of Justice in Oskeli.', value: '>150' },
      ],
    },
    {
      id: 'sentence-served', kind: 'numeric',
      summary: 'The seven-year sentence and the two years and four months he had served are different quantities (the whole term and the part served).',
      sides: [
        { file: W, quote: 'Dobrasin was sentenced in 2024 to seven years in prison', value: '7 years (sentence)' },
        { file: W, quote: 'He had served two years and four months.', value: '2 years 4 months (served)' },
      ],
    },
    {
      id: 'brenner-2019', kind: 'numeric',
      summary: 'The 48 days of Stanislav Brenner, who died on hunger strike in Kurnavets in 2019, belong to another, earlier case, not a rival figure for Dobrašin\'s strike.',
      sides: [
        { file: X, quote: 'In 2019 the activist Stanislav Brenner died in a prison in Kurnavets after 48 days on hunger strike.', value: '48 days (Brenner, 2019)' },
        { file: L, quote: 'Not once in 63 days', value: '63 days (Dobrašin, 2026)' },
      ],
    },
  ],
};
