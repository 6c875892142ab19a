// Hand-written gold source for the verdict against the opposition leader Rostislav Kalyuzhny in Tavrinsk, Drusenia
// (invented event, December 2026). build-gold.mjs turns it into ../gold/opposition-verdict.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog is Markdown with YAML front matter (entries under bold
// time stamps, an image line with a caption and photo credit); the web story and the
// state-aligned paper imitate pages saved from news sites (site name, "Skip to content",
// navigation bar, headline twice, standfirst, byline with role, date and "Updated" lines,
// "Share this article", a caption with a photo credit, "Advertisement", "Read more" lines); the
// explainer is Markdown converted from a news page (breadcrumb links, `# Headline`, italic
// standfirst, byline with a link, "Published ... · Updated ..." line, image line with caption and
// credit, "Read more" links). Front matter, site names, navigation bars, bylines, date and
// "Updated" lines, "Share this article", "Advertisement", "Read more" lines and the wire's
// reporting line are metadata (meta: 1-based line numbers); headlines, standfirsts, image alt
// texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'cleat-wire.txt'; // Cleat wire (Tuesday 15 December, evening), US style, straight quotes, writes Kaliuzhny, Kaliuzhna, Liubarets, Artem
const L = 'ed92dd1cc997b403.md'; // The Tavrinsk Free Press live blog, newest first (Tuesday 15 December, 08:30 to 22:40), YAML front matter, UK style, curly quotes
const B = '98738883b19bfc92.txt'; // FVR News web story (Wednesday 16 December), saved page, UK style, curly quotes
const D = '1f220982528c04bd.txt'; // state-aligned The People's Word (Wednesday 16 December), saved page, UK style, curly quotes, writes Artyom
const X = 'b53105586243da76.md'; // The Colophon explainer in questions (Thursday 17 December), breadcrumbs and # Headline, US style, straight quotes, writes Kaliuzhny, Kaliuzhna, Liubarets

export default {
  corpus: 'opposition-verdict',
  note: 'Invented event written for the project: on Tuesday 15 December 2026 Judge Valentina Orlich of the Lyubarets District Court (Liubarets in the wire and the explainer) in Tavrinsk, capital of the fictional country of Drusenia, sentences Rostislav Kalyuzhny (Kaliuzhny in the wire and the explainer), 47, founder and leader of the opposition party Bright Path, in custody since January; reporters are kept in a basement room whose video feed is cut before the sentence, and the written verdict is not published; riot police clear a crowd on Gorlov Street outside. Five invented outlets: the Cleat wire (Tuesday evening), The Tavrinsk Free Press live blog, newest first (Tuesday 08:30 to 22:40), the FVR News web story (Wednesday), the state-aligned The People\'s Word (Wednesday) and The Colophon explainer (Thursday); four files have random names. The court and its press secretary Inna Solovchuk, the state prosecutor Gennady Mosyakin, the lawyer Lev Gorodetsky, the leader\'s wife Marta Kalyuzhna (Kaliuzhna), Bright Path and its spokeswoman Nika Savranskaya, the Interior Ministry and its spokesman Col. Artyom Zhigalin (Artem in the wire), the monitoring group Open Cell and its coordinator Daria Pyatkina, the Foreign Ministry and its spokeswoman Olga Verenich, the ambassador of Fennory Sigrid Halloran, speaking for 14 embassies, and Justice Minister Boris Ulyanets disagree about the length of the sentence (nine years by the court\'s press service, 11 by the lawyer and the party), the charge (large-scale fraud, embezzling 38 million dravs of donations, by the court, against "creating an extremist community", the fraud charge dropped in October, by the lawyer), whether the leader was in the courtroom (brought to the courtroom and heard the verdict in person, by the press secretary, against by video link from the detention centre, by the lawyer and the wife), the people detained outside (38 by the Interior Ministry, 212 in Tavrinsk by Open Cell), whether the verdict will be appealed (yes, within ten days, by the lawyer on Tuesday, against no, by the party\'s spokeswoman on Wednesday, relaying the leader), whether foreign diplomats were admitted to the courtroom (yes, by the Foreign Ministry, against none, by the ambassador of Fennory), the day the trial began (9 March in the wire and by the court\'s online docket, 23 March in the live blog, the web story and the state-aligned paper) and who said "You can lock up a man, but you cannot lock up the question he asked" (the leader in his final statement, in the wire, his wife outside the court, in the web story); the live blog corrects its own figure for the fine (2 million dravs, then 200,000). The 13 years the prosecutors asked for and the 15-year maximum for the extremism article are different quantities; "About 3,000 people" and "Some 2,800 people" on Gorlov Street are one crowd rounded; Open Cell\'s 140 detentions in the afternoon and its 212 by midnight are a count that rose and is reported as updated; the four offices searched in Tavrinsk are part of the offices searched in 19 cities; "a strict-regime penal colony" and "a maximum-security colony" name the same kind of prison; "More than 30 diplomats" and "About 35 diplomats" agree; the five years of the treasurer Pavel Shtokman and the six years of the campaign manager Dina Arkhipova are sentences of different people. "Drusenian" is a demonym; "Lyubarets" inside the Lyubarets District Court and "Tavrinsk" inside the Tavrinsk City Court and The Tavrinsk Free Press are nested; "Kalyuzhny" (the leader) and "Kalyuzhna" (his wife) are different forms of one surname and belong to different people.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 45],
    [L]: [],
    [B]: [1, 2, 3, 4, 12, 13, 14, 16, 36, 66, 67, 68, 70],
    [D]: [1, 2, 3, 4, 12, 13, 14, 28, 60, 61, 63],
    [X]: [1, 7, 9, 62, 63, 64],
  },

  actors: [
    // places
    { id: 'drusenia', name: 'Drusenia', type: 'place', forms: ['Drusenia'], note: 'the country; "Drusenian" is a demonym; "the country" is nominal' },
    { id: 'tavrinsk', name: 'Tavrinsk', type: 'place', forms: ['Tavrinsk', 'TAVRINSK'], note: 'the capital (datelines in capitals); "Tavrinsk airport" holds a mention; nested in the Tavrinsk City Court and The Tavrinsk Free Press; "the capital" is nominal' },
    { id: 'lyubarets', name: 'Lyubarets', type: 'place', forms: ['Lyubarets', 'Liubarets'], note: 'the district in the north of Tavrinsk where the court sits (Liubarets in the wire); nested in the Lyubarets District Court' },
    { id: 'gorlov', name: 'Gorlov Street', type: 'place', forms: ['Gorlov Street'], note: 'the street outside the courthouse where the crowd gathered' },
    { id: 'fennory', name: 'Fennory', type: 'place', forms: ['Fennory'], note: 'the country whose ambassador spoke for 14 embassies' },
    { id: 'sarnovsk', name: 'Sarnovsk Region', type: 'place', forms: ['Sarnovsk Region'], note: 'the region the leader once governed, in the state-aligned paper' },
    // organizations
    { id: 'court', name: 'Lyubarets District Court', type: 'organization', forms: ['Lyubarets District Court', 'Liubarets District Court'], note: 'the trial court (Liubarets in the wire and the explainer); the state-aligned paper\'s photo credit "Press service of the Lyubarets District Court" holds a mention; "the court", "the court’s press service" are nominal' },
    { id: 'city-court', name: 'Tavrinsk City Court', type: 'organization', forms: ['Tavrinsk City Court'], note: 'the appeal court, in the state-aligned paper' },
    { id: 'supreme-court', name: 'Supreme Court', type: 'organization', forms: ['Supreme Court'], note: 'the highest court, named by the lawyer in the wire' },
    { id: 'bright-path', name: 'Bright Path', type: 'organization', forms: ['Bright Path'], note: 'the opposition party founded and led by Kalyuzhny; "the party" is nominal; "the Bright Path money" holds a mention (in a metadata line there)' },
    { id: 'interior', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'the ministry that runs the police; "the ministry" is nominal' },
    { id: 'foreign', name: 'Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'], note: 'Drusenia\'s foreign ministry ("Drusenia\'s Foreign Ministry" holds a place and an organization mention)' },
    { id: 'justice', name: 'Justice Ministry', type: 'organization', forms: ['Justice Ministry'], note: 'the ministry of Boris Ulyanets, in the web story' },
    { id: 'open-cell', name: 'Open Cell', type: 'organization', forms: ['Open Cell'], note: 'the independent group that monitors detentions; "Open Cell’s coordinator" holds a mention; "the group" is nominal' },
    { id: 'cleat', name: 'Cleat', type: 'organization', forms: ['Cleat'], note: 'the wire agency: the dateline "(Cleat)" is a mention; its outlet line is metadata' },
    { id: 'free-press', name: 'The Tavrinsk Free Press', type: 'organization', forms: ['The Tavrinsk Free Press'], note: 'the independent paper running the live blog: its photo credit is a mention; its front matter is metadata' },
    { id: 'fvr', name: 'FVR News', type: 'organization', forms: ['FVR News'], note: 'the broadcaster\'s news site: "told FVR News" and its photo credit (also reused by the explainer) are mentions; its site-name line is metadata' },
    { id: 'peoples-word', name: 'The People’s Word', type: 'organization', forms: ['The People’s Word', 'The People\'s Word'], note: 'the state-aligned paper (straight apostrophe in the explainer): its site-name line is metadata; the explainer\'s "the state-aligned paper The People\'s Word" is a mention' },
    { id: 'colophon', name: 'The Colophon', type: 'organization', forms: ['The Colophon'], note: 'the explainer\'s site: "when The Colophon asked" is a mention; its breadcrumb line is metadata' },
    // people
    { id: 'kalyuzhny', name: 'Rostislav Kalyuzhny', type: 'person', forms: ['Rostislav Kalyuzhny', 'Rostislav Kaliuzhny', 'Kalyuzhny', 'Kaliuzhny'], note: 'the opposition leader (Kaliuzhny in the wire and the explainer); "Mr Kalyuzhny" -> "Kalyuzhny"; "Kaliuzhny\'s lawyer" holds a mention; "the opposition leader" is nominal; "Rostislav" alone ("a matter for Rostislav and his lawyers") is assigned to him' },
    { id: 'kalyuzhna', name: 'Marta Kalyuzhna', type: 'person', forms: ['Marta Kalyuzhna', 'Marta Kaliuzhna', 'Kalyuzhna'], note: 'the leader\'s wife (Kaliuzhna in the explainer); "Ms Kalyuzhna" -> "Kalyuzhna"' },
    { id: 'orlich', name: 'Valentina Orlich', type: 'person', forms: ['Valentina Orlich'], note: 'the judge; "Judge" is outside the span; "the judge" is nominal' },
    { id: 'solovchuk', name: 'Inna Solovchuk', type: 'person', forms: ['Inna Solovchuk', 'Solovchuk'], note: 'the court\'s press secretary; "Mrs Solovchuk" -> "Solovchuk"' },
    { id: 'gorodetsky', name: 'Lev Gorodetsky', type: 'person', forms: ['Lev Gorodetsky', 'Gorodetsky'], note: 'the leader\'s lawyer; "Mr Gorodetsky" -> "Gorodetsky"' },
    { id: 'savranskaya', name: 'Nika Savranskaya', type: 'person', forms: ['Nika Savranskaya', 'Savranskaya'], note: 'Bright Path\'s spokeswoman; "Ms Savranskaya" -> "Savranskaya"' },
    { id: 'pyatkina', name: 'Daria Pyatkina', type: 'person', forms: ['Daria Pyatkina'], note: 'coordinator of Open Cell' },
    { id: 'zhigalin', name: 'Artyom Zhigalin', type: 'person', forms: ['Artyom Zhigalin', 'Artem Zhigalin'], note: 'Interior Ministry spokesman (Artem in the wire); "Col."/"Colonel" is outside the span' },
    { id: 'verenich', name: 'Olga Verenich', type: 'person', forms: ['Olga Verenich'], note: 'Foreign Ministry spokeswoman, in the state-aligned paper' },
    { id: 'halloran', name: 'Sigrid Halloran', type: 'person', forms: ['Sigrid Halloran'], note: 'ambassador of Fennory, speaking for 14 embassies' },
    { id: 'mosyakin', name: 'Gennady Mosyakin', type: 'person', forms: ['Gennady Mosyakin', 'Mosyakin'], note: 'the state prosecutor, in the state-aligned paper; "State prosecutor" is outside the span' },
    { id: 'ulyanets', name: 'Boris Ulyanets', type: 'person', forms: ['Boris Ulyanets'], note: 'Justice Minister' },
    { id: 'shtokman', name: 'Pavel Shtokman', type: 'person', forms: ['Pavel Shtokman', 'Shtokman'], note: 'the party\'s treasurer, a co-defendant; "Shtokman\'s brother" holds a mention' },
    { id: 'arkhipova', name: 'Dina Arkhipova', type: 'person', forms: ['Dina Arkhipova'], note: 'the party\'s former campaign manager, a co-defendant' },
    { id: 'ruzhin', name: 'Anton Ruzhin', type: 'person', forms: ['Anton Ruzhin'], note: 'The Tavrinsk Free Press reporter: his name in the front matter is metadata; his photo credit is a mention' },
    { id: 'ostashev', name: 'Kirill Ostashev', type: 'person', forms: ['Kirill Ostashev'], note: 'FVR News photographer: his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:court|party|ministry|government|group|capital|country|judge|defen[cs]e|opposition leader|ambassador|embassies|press service|court’s press service|court's press service)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body; the Interior Ministry runs it)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecution (no named prosecution body)' },
    { pattern: 'Press service of the', why: 'nominal head of a photo credit ("Press service of the Lyubarets District Court"): the court inside it is a mention' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: L, text: 'Rostislav', context: 'a matter for Rostislav and his lawyers', actor: 'kalyuzhny' },
  ],

  claims: [
    { file: W, speaker: 'Inna Solovchuk', cue: 'said Inna Solovchuk', quote: 'The court found the defendant guilty of fraud committed on an especially large scale' },
    { file: W, speaker: 'Lev Gorodetsky', cue: 'Gorodetsky said', quote: 'They would not even let him stand in the same room as the judge who sentenced him' },
    { file: W, speaker: 'Artyom Zhigalin', cue: 'ministry spokesman Colonel Artem Zhigalin said', quote: 'The overwhelming majority of citizens dispersed calmly when asked' },
    { file: W, speaker: 'Rostislav Kalyuzhny', cue: 'Kaliuzhny told the court', quote: 'You can lock up a man, but you cannot lock up the question he asked' },
    { file: L, speaker: 'Daria Pyatkina', cue: 'said Daria Pyatkina', quote: 'We have a name, a date of birth and a police station for every one of them' },
    { file: L, speaker: 'Sigrid Halloran', cue: 'she said', quote: 'We were not admitted to the courtroom. Not one of us' },
    { file: L, speaker: 'Marta Kalyuzhna', cue: 'she said', quote: 'He was on a television screen, in a room in the detention centre. They did not even bring him here to hear it' },
    { file: L, speaker: 'Lev Gorodetsky', cue: 'he said outside the court', quote: 'We will appeal this verdict, and we will appeal every verdict after it' },
    { file: B, speaker: 'Lev Gorodetsky', cue: 'Mr Gorodetsky told FVR News', quote: 'There is no fraud in this verdict, because there is no fraud charge left in this case' },
    { file: B, speaker: 'Nika Savranskaya', cue: 'she said', quote: 'He will not appeal. He will not ask a court he does not recognise to correct itself' },
    { file: B, speaker: 'Marta Kalyuzhna', cue: 'Ms Kalyuzhna told reporters', quote: 'You can lock up a man, but you cannot lock up the question he asked' },
    { file: D, speaker: 'Gennady Mosyakin', cue: 'Mr Mosyakin said', quote: 'Nobody in this courtroom was tried for his opinions. He was tried for taking money that was given to him in trust' },
    { file: D, speaker: 'Olga Verenich', cue: 'she said', quote: 'The diplomats who asked to attend were admitted, and they saw for themselves a court working openly' },
    { file: D, speaker: 'Inna Solovchuk', cue: 'she said', quote: 'The defendant was brought to the courtroom and heard the verdict in person, as the law requires' },
    { file: X, speaker: 'Daria Pyatkina', cue: 'said Daria Pyatkina', quote: 'Every number in this case has two versions' },
  ],

  contradictions: [
    {
      id: 'sentence-length', level: 'core', kind: 'numeric',
      summary: 'The length of the prison sentence: nine years according to the press service of the Lyubarets District Court (Liubarets) and its press secretary Inna Solovchuk (repeated by the wire and the state-aligned paper); 11 years according to the leader\'s lawyer Lev Gorodetsky and his party, Bright Path. The written verdict has not been published.',
      sides: [
        { file: W, quote: 'Drusenian opposition leader Kaliuzhny jailed for nine years for fraud', value: '9 years', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: W, quote: 'sentenced opposition leader Rostislav Kaliuzhny to nine years in a penal colony, the court\'s press service said', value: '9 years', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: L, quote: 'The court’s press service says nine.', value: '9 years', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: L, quote: 'The court’s press service says Mr Kalyuzhny has been sentenced to nine years', value: '9 years', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: B, quote: 'The court’s press service told journalists that he had been sentenced to nine years', value: '9 years', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: D, quote: 'to nine years’ imprisonment, bringing to an end a trial', value: '9 years', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: X, quote: 'says Rostislav Kaliuzhny was sentenced to nine years', value: '9 years', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: L, quote: 'Rostislav Kalyuzhny has been sentenced to 11 years, according to his lawyer.', value: '11 years', speaker: 'Lev Gorodetsky', camp: 'B' },
        { file: L, quote: 'He says the sentence is 11 years in a strict-regime colony.', value: '11 years', speaker: 'Lev Gorodetsky', camp: 'B' },
        { file: B, quote: 'was sentenced on Tuesday to 11 years in a strict-regime penal colony', value: '11 years', speaker: 'Lev Gorodetsky', camp: 'B' },
        { file: B, quote: 'Bright Path, the party Mr Kalyuzhny founded, also said the sentence was 11 years.', value: '11 years', speaker: 'Bright Path', camp: 'B' },
        { file: X, quote: 'and his party, Bright Path, say 11 years', value: '11 years', speaker: 'Lev Gorodetsky', camp: 'B' },
      ],
    },
    {
      id: 'charge', level: 'core', kind: 'polarity',
      summary: 'What the leader was convicted of: large-scale fraud, for embezzling 38 million dravs of donations to Bright Path, according to the court and its press secretary Inna Solovchuk (repeated by the wire and the state-aligned paper); "creating an extremist community", the fraud charge having been dropped by prosecutors in October, according to his lawyer Lev Gorodetsky.',
      sides: [
        { file: W, quote: 'found Kaliuzhny, 47, guilty of large-scale fraud, the court said in a statement', value: 'fraud', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: L, quote: 'has been sentenced to nine years for large-scale fraud', value: 'fraud', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: B, quote: 'he had been sentenced to nine years for fraud', value: 'fraud', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: D, quote: 'Judge Valentina Orlich found Mr Kalyuzhny guilty of large-scale fraud.', value: 'fraud', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: X, quote: 'The court says he was convicted of large-scale fraud, for taking 38 million dravs in donations.', value: 'fraud', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: L, quote: 'His lawyer says he was convicted of creating an extremist community, not of fraud.', value: 'extremism', speaker: 'Lev Gorodetsky', camp: 'B' },
        { file: L, quote: 'prosecutors dropped the fraud charge in October', value: 'fraud charge dropped', speaker: 'Lev Gorodetsky', camp: 'B' },
        { file: B, quote: 'after being convicted of creating an extremist community, according to his lawyers and his party', value: 'extremism', speaker: 'Lev Gorodetsky', camp: 'B' },
        { file: B, quote: 'There is no fraud in this verdict, because there is no fraud charge left in this case', value: 'no fraud charge', speaker: 'Lev Gorodetsky', camp: 'B' },
        { file: X, quote: 'Gorodetsky says prosecutors dropped the fraud charge in October and that Kaliuzhny was convicted only of "creating an extremist community."', value: 'extremism', speaker: 'Lev Gorodetsky', camp: 'B' },
      ],
    },
    {
      id: 'in-court', level: 'core', kind: 'status',
      summary: 'Where the leader was when the verdict was read: in the defendants\' enclosure in the courtroom, brought there to hear it "in person", according to the court\'s press secretary Inna Solovchuk in the state-aligned paper; in the detention centre, following it by video link and never brought to the courthouse, according to his lawyer Lev Gorodetsky and his wife Marta Kalyuzhna (Kaliuzhna).',
      sides: [
        { file: D, quote: 'Mr Kalyuzhny stood in the defendants’ enclosure in the courtroom as the verdict was read, Mrs Solovchuk said.', value: 'in the courtroom', speaker: 'Inna Solovchuk', camp: 'A' },
        { file: D, quote: 'The defendant was brought to the courtroom and heard the verdict in person, as the law requires', value: 'in the courtroom', speaker: 'Inna Solovchuk', camp: 'A' },
        { file: X, quote: 'says he was brought to the courtroom and heard the verdict "in person."', value: 'in the courtroom', speaker: 'Inna Solovchuk', camp: 'A' },
        { file: W, quote: 'his client had heard the verdict by video link from the detention center where he has been held since his arrest in January, and had not been brought to the courthouse at all', value: 'video link', speaker: 'Lev Gorodetsky', camp: 'B' },
        { file: L, quote: 'He heard the verdict on a screen in the detention centre, his wife says.', value: 'video link', speaker: 'Marta Kalyuzhna', camp: 'B' },
        { file: L, quote: 'They did not even bring him here to hear it', value: 'not brought to court', speaker: 'Marta Kalyuzhna', camp: 'B' },
        { file: B, quote: 'He followed it by video link from the detention centre where he has been held since January', value: 'video link', speaker: 'Lev Gorodetsky', camp: 'B' },
        { file: X, quote: 'say he followed it by video link from the detention center and was never brought to the courthouse', value: 'video link', speaker: 'Lev Gorodetsky', camp: 'B' },
      ],
    },
    {
      id: 'detained', level: 'core', kind: 'numeric',
      summary: 'People detained outside the court and in Tavrinsk on the day of the verdict: 38 according to the Interior Ministry and its spokesman Col. Artyom Zhigalin (Artem), who calls other figures "invented"; 212 according to the monitoring group Open Cell and its coordinator Daria Pyatkina, who published their names.',
      sides: [
        { file: W, quote: 'The Interior Ministry said 38 people had been detained for taking part in an unauthorized gathering.', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry’s figure is 38.', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The Interior Ministry put the number detained at 38.', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'The Interior Ministry said 38 people were detained for public-order offences', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says 38.', value: '38', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'said 212 people had been detained in Tavrinsk by late evening and published a list of their names', value: '212', speaker: 'Open Cell', camp: 'B' },
        { file: L, quote: 'Open Cell says 212 people were detained in Tavrinsk.', value: '212', speaker: 'Open Cell', camp: 'B' },
        { file: L, quote: 'now says 212 people were detained in Tavrinsk today', value: '212', speaker: 'Open Cell', camp: 'B' },
        { file: B, quote: 'said 212 people had been detained in Tavrinsk, and published their names', value: '212', speaker: 'Open Cell', camp: 'B' },
        { file: X, quote: 'says 212 in Tavrinsk and has published a list of names', value: '212', speaker: 'Open Cell', camp: 'B' },
      ],
    },
    {
      id: 'appeal', level: 'secondary', kind: 'polarity',
      summary: 'Whether the verdict will be appealed: yes, within the ten days allowed, according to the lawyer Lev Gorodetsky on Tuesday; no, according to Bright Path\'s spokeswoman Nika Savranskaya on Wednesday, who says the leader told his lawyers he would not ask a court he does not recognise to correct itself.',
      sides: [
        { file: W, quote: 'He said the defense would appeal within the 10 days allowed by law.', value: 'will appeal', speaker: 'Lev Gorodetsky', camp: 'A' },
        { file: W, quote: 'We will file an appeal, and if we lose it we will go to the Supreme Court', value: 'will appeal', speaker: 'Lev Gorodetsky', camp: 'A' },
        { file: L, quote: 'Lev Gorodetsky, Mr Kalyuzhny’s lawyer, says the defence will appeal.', value: 'will appeal', speaker: 'Lev Gorodetsky', camp: 'A' },
        { file: L, quote: 'We will appeal this verdict, and we will appeal every verdict after it', value: 'will appeal', speaker: 'Lev Gorodetsky', camp: 'A' },
        { file: X, quote: 'On Tuesday evening his lawyer said the defense would appeal.', value: 'will appeal', speaker: 'Lev Gorodetsky', camp: 'A' },
        { file: B, quote: 'Ms Savranskaya said Mr Kalyuzhny had told his lawyers during a visit that morning that he would not appeal', value: 'no appeal', speaker: 'Nika Savranskaya', camp: 'B' },
        { file: B, quote: 'He will not appeal. He will not ask a court he does not recognise to correct itself', value: 'no appeal', speaker: 'Nika Savranskaya', camp: 'B' },
        { file: X, quote: 'said Kaliuzhny had told his lawyers he would not appeal', value: 'no appeal', speaker: 'Nika Savranskaya', camp: 'B' },
      ],
    },
    {
      id: 'diplomats-admitted', level: 'secondary', kind: 'polarity',
      summary: 'Whether foreign diplomats were admitted to the courtroom: yes, those who asked were admitted, according to the Foreign Ministry and its spokeswoman Olga Verenich (in the wire and the state-aligned paper); none was, according to Sigrid Halloran, the ambassador of Fennory, speaking for 14 embassies, who says they waited in a corridor for four hours.',
      sides: [
        { file: W, quote: 'Drusenia\'s Foreign Ministry said they had been admitted to the courtroom "in accordance with the law,"', value: 'admitted', speaker: 'Foreign Ministry', camp: 'A' },
        { file: D, quote: 'Representatives of foreign embassies were admitted to the courtroom and were able to follow the proceedings', value: 'admitted', speaker: 'Olga Verenich', camp: 'A' },
        { file: D, quote: 'The diplomats who asked to attend were admitted', value: 'admitted', speaker: 'Olga Verenich', camp: 'A' },
        { file: X, quote: 'The Foreign Ministry says those who asked were admitted to the courtroom.', value: 'admitted', speaker: 'Foreign Ministry', camp: 'A' },
        { file: L, quote: 'We were not admitted to the courtroom. Not one of us', value: 'not admitted', speaker: 'Sigrid Halloran', camp: 'B' },
        { file: B, quote: 'diplomats say they were kept out of the courtroom', value: 'not admitted', speaker: 'Sigrid Halloran', camp: 'B' },
        { file: B, quote: 'We were kept in a corridor for four hours. No diplomat was admitted to that courtroom', value: 'not admitted', speaker: 'Sigrid Halloran', camp: 'B' },
        { file: X, quote: 'says none of them was let in and that they waited in a corridor for four hours', value: 'not admitted', speaker: 'Sigrid Halloran', camp: 'B' },
      ],
    },
    {
      id: 'trial-began', level: 'secondary', kind: 'temporal',
      summary: 'The day the trial began: 9 March according to the wire and the court\'s online docket (in the explainer); 23 March according to the live blog, the web story and the state-aligned paper (the first hearing at which witnesses were heard, the explainer says).',
      sides: [
        { file: W, quote: 'The trial began on March 9 and held 61 hearings', value: '9 March', speaker: 'Cleat', camp: 'A' },
        { file: X, quote: "The court's own online docket lists the first hearing on March 9.", value: '9 March', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: L, quote: 'The trial, which opened on 23 March, has been held almost entirely behind closed doors.', value: '23 March', speaker: 'The Tavrinsk Free Press', camp: 'B' },
        { file: B, quote: 'His trial opened on 23 March.', value: '23 March', speaker: 'FVR News', camp: 'B' },
        { file: D, quote: 'The trial, which opened on 23 March, heard evidence from 46 witnesses', value: '23 March', speaker: 'The People’s Word', camp: 'B' },
        { file: X, quote: 'give March 23, the date of the first hearing at which witnesses were heard', value: '23 March', speaker: 'The People’s Word', camp: 'B' },
      ],
    },
    {
      id: 'question-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "You can lock up a man, but you cannot lock up the question he asked" is credited to Rostislav Kalyuzhny (Kaliuzhny) in his final statement to the court on 8 December by the wire, and to his wife Marta Kalyuzhna on the court steps after the verdict by the web story.',
      sides: [
        { file: W, quote: '"You can lock up a man, but you cannot lock up the question he asked," Kaliuzhny told the court', speaker: 'Rostislav Kalyuzhny', camp: 'A' },
        { file: B, quote: '“You can lock up a man, but you cannot lock up the question he asked,” Ms Kalyuzhna told reporters on the court steps after the hearing', speaker: 'Marta Kalyuzhna', camp: 'B' },
      ],
    },
    {
      id: 'fine-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the court had fined the leader 2 million dravs, citing the press service, then corrected it to 200,000 dravs; the wire, the state-aligned paper and the explainer also say 200,000.',
      sides: [
        { file: L, quote: 'The court has also fined Mr Kalyuzhny 2 million dravs, according to the press service.', value: '2,000,000 dravs', speaker: 'Lyubarets District Court', camp: 'A' },
        { file: L, quote: 'The fine is 200,000 dravs.', value: '200,000 dravs', speaker: 'The Tavrinsk Free Press', camp: 'B' },
        { file: X, quote: 'Both also agree he was fined 200,000 dravs.', value: '200,000 dravs', speaker: 'Lyubarets District Court', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'request-vs-maximum', kind: 'numeric',
      summary: 'The 13 years the prosecutors asked for (explainer) and the 15-year maximum penalty for creating an extremist community (web story) are different quantities, neither of them the sentence.',
      sides: [
        { file: X, quote: 'Prosecutors had asked for 13 years, according to both sides.', value: '13 years (requested)' },
        { file: B, quote: 'The maximum penalty for creating an extremist community is 15 years.', value: '15 years (maximum)' },
      ],
    },
    {
      id: 'crowd-rounded', kind: 'numeric',
      summary: '"About 3,000 people" (wire) and "Some 2,800 people" (web story) on Gorlov Street are one crowd, rounded.',
      sides: [
        { file: W, quote: 'About 3,000 people gathered on Gorlov Street outside the courthouse', value: '~3,000' },
        { file: B, quote: 'Some 2,800 people had gathered on Gorlov Street by late morning', value: '~2,800' },
      ],
    },
    {
      id: 'detentions-updated', kind: 'numeric',
      summary: 'Open Cell\'s "at least 140" detentions in the afternoon (live blog) and its count rising "from 140 in the afternoon to 212 by midnight" (explainer) are one count, updated.',
      sides: [
        { file: L, quote: 'Open Cell says at least 140 people have been detained outside the court so far.', value: '>=140 (afternoon)' },
        { file: X, quote: "Open Cell's count rose through the evening, from 140 in the afternoon to 212 by midnight.", value: '212 (midnight)' },
      ],
    },
    {
      id: 'offices-part', kind: 'numeric',
      summary: 'The party\'s four offices searched in Tavrinsk (web story) are part of the offices searched in 19 cities (wire), not a rival count.',
      sides: [
        { file: W, quote: 'Police searched Bright Path offices in 19 cities on Tuesday morning, the party said.', value: '19 cities' },
        { file: B, quote: 'Officers searched the party’s four offices in Tavrinsk on Tuesday morning', value: '4 (in Tavrinsk)' },
      ],
    },
    {
      id: 'colony-synonyms', kind: 'status',
      summary: '"a strict-regime penal colony" (state-aligned paper) and "a maximum-security colony" (explainer) name the same kind of prison; the wording is no disagreement about where he will serve his sentence.',
      sides: [
        { file: D, quote: 'He will serve the sentence in a strict-regime penal colony, the court said.', value: 'strict-regime penal colony' },
        { file: X, quote: 'Either way, he will serve it in a maximum-security colony', value: 'maximum-security colony' },
      ],
    },
    {
      id: 'diplomats-about-more-than', kind: 'numeric',
      summary: '"More than 30 diplomats" (web story) and "About 35 diplomats from 14 embassies" (explainer) at the court are compatible approximations.',
      sides: [
        { file: B, quote: 'More than 30 diplomats gathered at the court on Tuesday.', value: '>30' },
        { file: X, quote: 'About 35 diplomats from 14 embassies came to the court.', value: '~35' },
      ],
    },
    {
      id: 'codefendants', kind: 'numeric',
      summary: 'The five years of the party\'s treasurer Pavel Shtokman (wire) and the six years of the former campaign manager Dina Arkhipova (web story) are sentences of different co-defendants, not rival figures.',
      sides: [
        { file: W, quote: 'The party\'s treasurer, Pavel Shtokman, who was tried alongside Kaliuzhny, received five years.', value: '5 years (Shtokman)' },
        { file: B, quote: 'Dina Arkhipova, his former campaign manager, was sentenced to six years, her lawyer said.', value: '6 years (Arkhipova)' },
      ],
    },
  ],
};
