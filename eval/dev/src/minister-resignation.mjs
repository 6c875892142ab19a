// Hand-written gold source for the departure of Lovrania's finance minister Milena Zátorská over state
// loans to a company part-owned by her brother (invented event, October 2026). build-gold.mjs turns it
// into ../gold/minister-resignation.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line); four
// have random names: the live blog and the explainer imitate pages saved from news sites (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story is
// Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst, byline with
// links, "Published ... · Updated ..." line, image line with caption and credit, key points, "Read
// more" links), and the state-aligned paper is Markdown with YAML front matter and no headline in the
// body. Site names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the wire's reporting line, the source list and the bio are
// metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image alt texts,
// captions and credits are counted text. Link URLs are in ignore.
const W = 'rowlock-wire.txt'; // Rowlock wire (Friday 16 October), US style, straight quotes, no diacritics (Zatorska, Zatorsky, Vojtech, Lubomir, Rosecky, Sebesta, Borecka, Temlik, Hollanova)
const L = '6d4f5df39136bef7.txt'; // The Pradel Tocsin live blog, newest first (Friday 16 October, 07:05 to 22:30), UK style, curly quotes
const B = '744a470e0dd77059.md'; // LRB News web story (Saturday 17 October), UK style, curly quotes
const D = '060a52f28259b18e.md'; // state-aligned The National Bulwark (Saturday 17 October), YAML front matter, UK style, curly quotes, writes Hradel Logistika
const X = '82e54f3f526aaa75.txt'; // The Ballast explainer in questions (Monday 19 October), US style, straight quotes, no diacritics, writes Anticorruption

export default {
  corpus: 'minister-resignation',
  note: 'Invented event written for the project: on Monday 12 October 2026 the investigative news site Stopa, edited by Jitka Bořecká (Borecka in the wire and the explainer), reports that Hradel Logistics (Hradel Logistika in the state-aligned paper), a haulage and warehousing firm in the town of Zdarín (Zdarin) in the fictional country of Lovrania (capital Pradel), 35 per cent owned by Vojtěch Zátorský (Vojtech Zatorsky in the wire and the explainer), brother of Finance Minister Milena Zátorská (Zatorska), borrowed cheaply from the state-owned Lovranian Development Bank (LDB) under a recovery-credit scheme; by Friday 16 October she is out of office, and Deputy Finance Minister Marek Dusil is acting minister. Five invented outlets: the Rowlock wire (Friday), The Pradel Tocsin live blog, newest first (Friday 07:05 to 22:30), the LRB News web story (Saturday), the state-aligned The National Bulwark (Saturday) and The Ballast explainer (Monday 19 October); four files have random names. The minister, her spokeswoman Klára Mendlová and the Ministry of Finance, Prime Minister Lubomír Bartal (Lubomir in the wire and the explainer), the Government Office and its spokesman Daniel Horyna, the LDB and its chairman Emil Rosecký (Rosecky), a former LDB supervisory-board member Aleš Prokůpek (Prokupek), the Anti-Corruption Prosecutor\'s Office (APO; Anticorruption in the explainer) and its spokesman Luboš Temlík (Temlik), the brother\'s lawyer Viktor Šebesta (Sebesta), Stopa, the opposition Civic Forward and its leader Tereza Hollanová (Hollanova) disagree about whether she resigned (her ministry, her spokeswoman) or was dismissed by the Prime Minister (he, the Government Office, the state-aligned paper), the sum of the loans (two loans of 29 million lorins, by the bank; three of 46 million, by Stopa), whether prosecutors have opened a criminal investigation (only a preliminary review, by the APO spokesman; an investigation opened on Wednesday, by unnamed APO officials, the opposition leader and the state-aligned paper), whether she knew of the loans (no, by her; since June 2024, by Stopa, the former board member and the Government Office), the day she left office (Thursday 15 October, when she says she resigned, or Friday 16 October, the date of the decree), whether the loans went through the bank\'s credit committee, whether the firm is repaying them (on time, by its lawyer and the bank\'s public statement; three instalments in arrears, by an internal bank memo) and who said "Public money is not a family business" (Bartal at his Friday news conference in the wire and the state-aligned paper; Hollanová in parliament on Wednesday in the web story); the live blog corrects its own count of MPs who signed the no-confidence motion (41, then 31). The brother\'s 35 per cent and "just over a third of the shares" are one figure, rounded; the bank audit of 12 loans on Friday and 20 "up from 12" on Saturday is an update reported as such; the 38 borrowers in the Zdarín region are part of the 640 nationwide; the 31 opposition MPs who signed the motion and the 84 coalition deputies are different sets; "named acting minister" and "will run the ministry on an interim basis" are synonyms; "about 300 people" and "more than 280 staff" at Hradel agree; about 1,500 protesters on Thursday and some 4,000 on Saturday are different days\' crowds. "Lovranian" is a demonym (nested in Lovranian Development Bank); "Pradel" inside The Pradel Tocsin is nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 57],
    [L]: [1, 2, 3, 4, 10, 11, 39, 74, 75, 77],
    [B]: [1, 7, 9, 21, 53, 73, 74, 75],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 67, 68, 69, 70, 71, 73],
  },

  actors: [
    // places
    { id: 'lovrania', name: 'Lovrania', type: 'place', forms: ['Lovrania'], note: 'the country; "Lovranian" is a demonym, nested in Lovranian Development Bank; "the country" is nominal' },
    { id: 'pradel', name: 'Pradel', type: 'place', forms: ['Pradel', 'PRADEL'], note: 'the capital (datelines in capitals); nested in The Pradel Tocsin' },
    { id: 'zdarin', name: 'Zdarín', type: 'place', forms: ['Zdarín', 'Zdarin'], note: 'the town of Hradel\'s depot (Zdarin in the wire and the explainer); "the Zdarín region" holds a mention of the town' },
    { id: 'republic-square', name: 'Republic Square', type: 'place', forms: ['Republic Square'], note: 'the square in Pradel where protesters gather' },
    // organizations
    { id: 'finance-ministry', name: 'Ministry of Finance', type: 'organization', forms: ['Ministry of Finance', 'Finance Ministry'], note: 'the ministry; "the ministry" is nominal; "finance minister" (lowercase) is a title' },
    { id: 'ldb', name: 'Lovranian Development Bank', type: 'organization', forms: ['Lovranian Development Bank', 'LDB'], note: 'the state-owned development bank, defined as (LDB); "the bank" is nominal' },
    { id: 'hradel', name: 'Hradel Logistics', type: 'organization', forms: ['Hradel Logistics', 'Hradel Logistika', 'Hradel'], note: 'the haulage firm (Hradel Logistika in the state-aligned paper); "the company", "the firm" are nominal' },
    { id: 'apo', name: 'Anti-Corruption Prosecutor’s Office', type: 'organization', forms: ['Anti-Corruption Prosecutor’s Office', 'Anti-Corruption Prosecutor\'s Office', 'Anticorruption Prosecutor\'s Office', 'APO'], note: 'the prosecution office, defined as (APO) (Anticorruption in the explainer; straight apostrophe in the wire and the explainer); the \'s belongs to the name; lowercase "prosecutors" and "the office" are nominal' },
    { id: 'stopa', name: 'Stopa', type: 'organization', forms: ['Stopa'], note: 'the investigative news site that broke the story; "the site" is nominal' },
    { id: 'peoples-alliance', name: 'People\'s Alliance', type: 'organization', forms: ['People\'s Alliance'], note: 'the ruling party, in the wire and the explainer ("People\'s Alliance\'s executive": the possessive is outside)' },
    { id: 'civic-forward', name: 'Civic Forward', type: 'organization', forms: ['Civic Forward'], note: 'the opposition party; "the party" is nominal' },
    { id: 'government-office', name: 'Government Office', type: 'organization', forms: ['Government Office'], note: 'the Prime Minister\'s office; "the government" is nominal' },
    { id: 'chamber', name: 'Chamber of Commerce and Industry', type: 'organization', forms: ['Chamber of Commerce and Industry'], note: 'the business lobby, in the state-aligned paper' },
    { id: 'rowlock', name: 'Rowlock', type: 'organization', forms: ['Rowlock'], note: 'the wire agency: the dateline "(Rowlock)", "told Rowlock" and "Rowlock quoted" in the explainer are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'tocsin', name: 'The Pradel Tocsin', type: 'organization', forms: ['The Pradel Tocsin', 'Tocsin'], note: 'the city paper running the live blog: "has told the Tocsin" (article outside the span) and its photo credit are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'lrb', name: 'LRB News', type: 'organization', forms: ['LRB News'], note: 'the broadcaster\'s news site, named in its own text ("seen by LRB News") and photo credit (also reused by the explainer), and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'bulwark', name: 'The National Bulwark', type: 'organization', forms: ['The National Bulwark', 'Bulwark'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "The National Bulwark, a paper close to the government" and "The government-friendly Bulwark" are mentions' },
    { id: 'ballast', name: 'The Ballast', type: 'organization', forms: ['The Ballast'], note: 'the explainer\'s site: "when The Ballast asked" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'zatorska', name: 'Milena Zátorská', type: 'person', forms: ['Milena Zátorská', 'Milena Zatorska', 'Zátorská', 'Zatorska'], note: 'the finance minister (Zatorska in the wire and the explainer); "Ms"/"Mrs" are outside the span; "the minister" is nominal; "the Zatorska affair" holds a mention' },
    { id: 'zatorsky', name: 'Vojtěch Zátorský', type: 'person', forms: ['Vojtěch Zátorský', 'Vojtech Zatorsky', 'Zatorsky'], note: 'her brother, 35 per cent owner of Hradel (Vojtech Zatorsky in the wire and the explainer); the masculine surname differs from hers' },
    { id: 'bartal', name: 'Lubomír Bartal', type: 'person', forms: ['Lubomír Bartal', 'Lubomir Bartal', 'Bartal'], note: 'Prime Minister (Lubomir in the wire and the explainer); the title is outside the span; "the Prime Minister", "the prime minister" are nominal' },
    { id: 'mendlova', name: 'Klára Mendlová', type: 'person', forms: ['Klára Mendlová', 'Klara Mendlova', 'Mendlova'], note: 'the minister\'s spokeswoman (Klara Mendlova in the wire)' },
    { id: 'dusil', name: 'Marek Dusil', type: 'person', forms: ['Marek Dusil', 'Dusil'], note: 'deputy finance minister, acting minister' },
    { id: 'horyna', name: 'Daniel Horyna', type: 'person', forms: ['Daniel Horyna'], note: 'government spokesman' },
    { id: 'rosecky', name: 'Emil Rosecký', type: 'person', forms: ['Emil Rosecký', 'Emil Rosecky', 'Rosecký', 'Rosecky'], note: 'chairman of the LDB (Rosecky in the wire and the explainer)' },
    { id: 'prokupek', name: 'Aleš Prokůpek', type: 'person', forms: ['Aleš Prokůpek', 'Ales Prokupek', 'Prokůpek', 'Prokupek'], note: 'former member of the LDB supervisory board (Ales Prokupek in the explainer)' },
    { id: 'sebesta', name: 'Viktor Šebesta', type: 'person', forms: ['Viktor Šebesta', 'Viktor Sebesta', 'Šebesta'], note: 'lawyer for Hradel and the brother (Sebesta in the wire and the explainer)' },
    { id: 'borecka', name: 'Jitka Bořecká', type: 'person', forms: ['Jitka Bořecká', 'Jitka Borecka'], note: 'editor of Stopa (Borecka in the wire and the explainer)' },
    { id: 'temlik', name: 'Luboš Temlík', type: 'person', forms: ['Luboš Temlík', 'Lubos Temlik'], note: 'spokesman of the APO (Lubos Temlik in the wire)' },
    { id: 'hollanova', name: 'Tereza Hollanová', type: 'person', forms: ['Tereza Hollanová', 'Tereza Hollanova', 'Hollanova'], note: 'leader of Civic Forward (Hollanova in the wire and the explainer)' },
    { id: 'vrba', name: 'Tomáš Vrba', type: 'person', forms: ['Tomáš Vrba', 'Tomas Vrba'], note: 'LRB News reporter: his byline is metadata; his photo credits (also reused by the explainer, as Tomas) are mentions' },
    { id: 'blaha', name: 'Ondra Bláha', type: 'person', forms: ['Ondra Bláha'], note: 'The Pradel Tocsin reporter: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|bank|company|firm|office|party|site|government|minister|finance minister|former minister|prime minister|Prime Minister|President|chairman|country|capital)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '(?<=, )Prime Minister(?=, )', why: 'title used as a form of address without a name' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Anti-Corruption Prosecutor’s Office)' },
    { pattern: '\\bPolice\\b', why: 'nominal reference to the police (no named police body; capitalized at the start of a sentence)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Lubomír Bartal', cue: 'Bartal said', quote: 'I asked her for a full account on Monday. By Thursday night I still had none, so this morning I dismissed her' },
    { file: W, speaker: 'Klára Mendlová', cue: 'Mendlova told Rowlock', quote: 'The minister resigned of her own will. Nobody dismissed her' },
    { file: W, speaker: 'Emil Rosecký', cue: 'he said', quote: 'If anyone in this bank bent a rule, the audit will find it' },
    { file: W, speaker: 'Jitka Bořecká', cue: 'she said', quote: 'We have not printed everything we hold' },
    { file: L, speaker: 'Luboš Temlík', cue: 'said Luboš Temlík', quote: 'We are carrying out a preliminary review of the published documents. No criminal proceedings have been opened, and nobody has been charged' },
    { file: L, speaker: 'Aleš Prokůpek', cue: 'Mr Prokůpek said', quote: 'That file did not come to the committee. Rosecký signed it alone, on a Friday afternoon' },
    { file: L, speaker: 'Vojtěch Zátorský', cue: 'he said', quote: 'My sister never lifted a phone for me and I never asked her to' },
    { file: B, speaker: 'Viktor Šebesta', cue: 'Mr Šebesta told LRB News', quote: 'If the bank has a memo that says otherwise, the bank has made a mistake, and we will show it the bank statements' },
    { file: B, speaker: 'Milena Zátorská', cue: 'the statement said', quote: 'I did not know, and I did not ask. My brother runs his business and I ran a ministry, and the two never met' },
    { file: B, speaker: 'Tereza Hollanová', cue: 'she told MPs', quote: 'Public money is not a family business, Prime Minister, and you have known that this minister’s family was treating it like one' },
    { file: D, speaker: 'Lubomír Bartal', cue: 'Mr Bartal told journalists at the Government Office', quote: 'I gave the minister every opportunity to explain herself. When the explanation did not come, I acted.' },
    { file: D, speaker: 'Emil Rosecký', cue: 'he said', quote: 'Every one of these decisions went through the committee, with minutes, signatures and a vote' },
    { file: D, speaker: 'Daniel Horyna', cue: 'said Daniel Horyna', quote: 'The opposition wants a scandal more than it wants the truth' },
    { file: X, speaker: 'Milena Zátorská', cue: 'she said on Tuesday', quote: 'I learned about these loans from Stopa, like everyone else' },
    { file: X, speaker: 'Jitka Bořecká', cue: "said Stopa's editor, Jitka Borecka", quote: 'We will keep publishing until the bank publishes' },
  ],

  contradictions: [
    {
      id: 'resigned-or-dismissed', level: 'core', kind: 'polarity',
      summary: 'Whether Milena Zátorská resigned or was dismissed: her Ministry of Finance said late on Thursday that she had handed her resignation to the Prime Minister, and her spokeswoman Klára Mendlová says she resigned of her own will and was not dismissed; Prime Minister Lubomír Bartal says he dismissed her on Friday morning and never received a letter, and the Government Office and the state-aligned paper call the resignation reports premature.',
      sides: [
        { file: W, quote: 'she had handed her resignation to the prime minister that evening', value: 'resigned', speaker: 'Ministry of Finance', camp: 'A' },
        { file: W, quote: 'The minister resigned of her own will. Nobody dismissed her', value: 'resigned', speaker: 'Klára Mendlová', camp: 'A' },
        { file: L, quote: 'She was not dismissed. You cannot dismiss someone who has already gone.', value: 'resigned', speaker: 'Klára Mendlová', camp: 'A' },
        { file: L, quote: 'Minister Milena Zátorská submitted her resignation to the Prime Minister this evening.', value: 'resigned', speaker: 'Ministry of Finance', camp: 'A' },
        { file: X, quote: "Zatorska's ministry said in a late-night statement on Thursday that she had submitted her resignation to the prime minister that evening", value: 'resigned', speaker: 'Ministry of Finance', camp: 'A' },
        { file: W, quote: 'By Thursday night I still had none, so this morning I dismissed her', value: 'dismissed', speaker: 'Lubomír Bartal', camp: 'B' },
        { file: L, quote: 'This morning I dismissed the finance minister.', value: 'dismissed', speaker: 'Lubomír Bartal', camp: 'B' },
        { file: D, quote: 'Reports circulating on Thursday night that Mrs Zátorská had resigned were premature, a government spokesman said.', value: 'did not resign', speaker: 'Government Office', camp: 'B' },
        { file: D, quote: 'No letter of resignation had reached the Prime Minister before the decree was signed', value: 'no resignation', speaker: 'Government Office', camp: 'B' },
        { file: X, quote: 'Prime Minister Lubomir Bartal says he fired her on Friday morning and that he never received a resignation letter.', value: 'dismissed', speaker: 'Lubomír Bartal', camp: 'B' },
      ],
    },
    {
      id: 'loan-total', level: 'core', kind: 'numeric',
      summary: 'The loans Hradel Logistics received from the Lovranian Development Bank (LDB): two, in March and November 2024, totalling 29 million lorins, and no third loan, according to the bank (repeated by the state-aligned paper); three, worth 46 million lorins (45.8 million exactly), including one in January 2025, according to Stopa.',
      sides: [
        { file: W, quote: 'No third loan was ever approved or paid', value: '2 loans', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: L, quote: 'says Hradel Logistics received two loans worth 29 million lorins in total', value: '29 million', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: B, quote: 'The bank says Hradel received two loans, in March and November 2024, totalling 29 million lorins', value: '29 million', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: D, quote: 'received two loans in 2024 totalling 29 million lorins', value: '29 million', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: D, quote: 'There was no third loan.', value: '2 loans', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: X, quote: 'The LDB says there were only two loans, worth 29 million', value: '29 million', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: W, quote: 'had received three loans from the state-owned Lovranian Development Bank (LDB) since March 2024, worth a total of 46 million lorins', value: '46 million', speaker: 'Stopa', camp: 'B' },
        { file: L, quote: 'Stopa, which broke the story, says there were three, worth 46 million.', value: '46 million', speaker: 'Stopa', camp: 'B' },
        { file: B, quote: 'says there was a third in January 2025 and puts the total at 46 million', value: '46 million', speaker: 'Stopa', camp: 'B' },
        { file: X, quote: 'Stopa says Hradel received three loans worth 45.8 million lorins in all', value: '45.8 million', speaker: 'Stopa', camp: 'B' },
      ],
    },
    {
      id: 'prosecutors', level: 'core', kind: 'status',
      summary: 'Whether prosecutors have opened a criminal investigation: the Anti-Corruption Prosecutor’s Office (APO) spokesman Luboš Temlík says it is only carrying out a preliminary review and no criminal proceedings have been opened; two APO officials quoted anonymously by the wire, the opposition leader Tereza Hollanová and the state-aligned paper say a criminal investigation was opened (on Wednesday, at the Government Office\'s request).',
      sides: [
        { file: L, quote: 'No criminal proceedings have been opened, and nobody has been charged', value: 'preliminary review only', speaker: 'Luboš Temlík', camp: 'A' },
        { file: X, quote: "The Anticorruption Prosecutor's Office (APO) says it has only opened a preliminary review of the published documents and that no criminal proceedings are under way.", value: 'preliminary review only', speaker: 'Anti-Corruption Prosecutor’s Office', camp: 'A' },
        { file: W, quote: 'told Rowlock that prosecutors had opened a criminal investigation on Wednesday on suspicion of abuse of office', value: 'investigation opened', speaker: 'Anti-Corruption Prosecutor’s Office', camp: 'B' },
        { file: L, quote: 'Prosecutors opened an investigation on Wednesday.', value: 'investigation opened', speaker: 'Tereza Hollanová', camp: 'B' },
        { file: D, quote: 'The Anti-Corruption Prosecutor’s Office has opened a criminal investigation into the loans', value: 'investigation opened', speaker: 'The National Bulwark', camp: 'B' },
        { file: X, quote: "reports that the office has opened a criminal investigation at the government's request", value: 'investigation opened', speaker: 'The National Bulwark', camp: 'B' },
        { file: X, quote: 'says prosecutors opened one on Wednesday', value: 'investigation opened', speaker: 'Tereza Hollanová', camp: 'B' },
      ],
    },
    {
      id: 'minister-knew', level: 'core', kind: 'polarity',
      summary: 'Whether Milena Zátorská knew of the loans before they were reported: she says she learned of them from Stopa and did not know; Stopa says she knew from at least June 2024, when her chief of staff forwarded her a summary of the first loan, the former LDB board member Aleš Prokůpek says her private office telephoned the bank about the application, and the Government Office says documents show she was informed in June 2024.',
      sides: [
        { file: W, quote: 'I learned about these loans from Stopa, like everyone else in this country', value: 'did not know', speaker: 'Milena Zátorská', camp: 'A' },
        { file: L, quote: 'On Tuesday she told reporters: “I learned about these loans from Stopa, like everyone else.”', value: 'did not know', speaker: 'Milena Zátorská', camp: 'A' },
        { file: B, quote: 'Ms Zátorská says she did not know about the loans', value: 'did not know', speaker: 'Milena Zátorská', camp: 'A' },
        { file: B, quote: 'I did not know, and I did not ask.', value: 'did not know', speaker: 'Milena Zátorská', camp: 'A' },
        { file: X, quote: '"I learned about these loans from Stopa, like everyone else," she said on Tuesday', value: 'did not know', speaker: 'Milena Zátorská', camp: 'A' },
        { file: W, quote: 'Stopa said the email showed the minister had known of the loans since at least June 2024.', value: 'knew since June 2024', speaker: 'Stopa', camp: 'B' },
        { file: L, quote: 'the minister’s private office had telephoned the bank in the spring of 2024', value: 'office asked the bank', speaker: 'Aleš Prokůpek', camp: 'B' },
        { file: B, quote: 'the site stood by its report that the minister knew of the loans from at least June 2024', value: 'knew since June 2024', speaker: 'Jitka Bořecká', camp: 'B' },
        { file: D, quote: 'Documents seen by the Government Office show that Mrs Zátorská was informed of the first loan to Hradel Logistika in June 2024', value: 'informed June 2024', speaker: 'Government Office', camp: 'B' },
        { file: X, quote: 'Stopa says she knew from at least June 2024', value: 'knew since June 2024', speaker: 'Stopa', camp: 'B' },
      ],
    },
    {
      id: 'day-left-office', level: 'secondary', kind: 'temporal',
      summary: 'The day Milena Zátorská left office: Thursday 15 October, the evening she says she resigned (her spokeswoman and her own account); Friday 16 October, when the Prime Minister signed the decree at 08:30 (the Government Office, the wire, the state-aligned paper).',
      sides: [
        { file: L, quote: 'She says she resigned on Thursday evening', value: 'Thursday 15 October', speaker: 'Milena Zátorská', camp: 'A' },
        { file: L, quote: 'The minister resigned of her own will on Thursday evening', value: 'Thursday 15 October', speaker: 'Klára Mendlová', camp: 'A' },
        { file: B, quote: 'Ms Zátorská says she resigned on Thursday evening.', value: 'Thursday 15 October', speaker: 'Milena Zátorská', camp: 'A' },
        { file: X, quote: 'Her last day in office was Thursday, according to her', value: 'Thursday', speaker: 'Milena Zátorská', camp: 'A' },
        { file: W, quote: "the decree ending Zatorska's term was dated Friday, Oct. 16", value: 'Friday 16 October', speaker: 'Daniel Horyna', camp: 'B' },
        { file: L, quote: 'He said the decree was signed at 08:30 today', value: 'Friday 16 October, 08:30', speaker: 'Lubomír Bartal', camp: 'B' },
        { file: B, quote: 'the Government Office has published a decree dated Friday', value: 'Friday', speaker: 'Government Office', camp: 'B' },
        { file: D, quote: 'Mr Bartal dismissed the minister at 08:30 on Friday, the Government Office said', value: 'Friday, 08:30', speaker: 'Government Office', camp: 'B' },
        { file: D, quote: 'The decree ending her term is dated 16 October.', value: '16 October', speaker: 'Government Office', camp: 'B' },
        { file: X, quote: 'the decree ending her term, published by the Government Office, is dated Friday, Oct. 16.', value: 'Friday 16 October', speaker: 'Government Office', camp: 'B' },
      ],
    },
    {
      id: 'family-business-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Public money is not a family business" is credited to Prime Minister Lubomír Bartal at his Friday news conference by the wire and the state-aligned paper, and to the opposition leader Tereza Hollanová, in parliament on Wednesday, by the web story.',
      sides: [
        { file: W, quote: '"Public money is not a family business," he told reporters.', speaker: 'Lubomír Bartal', camp: 'A' },
        { file: D, quote: '“Public money is not a family business,” Mr Bartal told journalists at the Government Office.', speaker: 'Lubomír Bartal', camp: 'A' },
        { file: X, quote: 'Rowlock quoted Bartal saying it at his Friday news conference.', speaker: 'Lubomír Bartal', camp: 'A' },
        { file: B, quote: 'It was first spoken in parliament on Wednesday by Tereza Hollanová', speaker: 'Tereza Hollanová', camp: 'B' },
        { file: B, quote: '“Public money is not a family business, Prime Minister, and you have known that this minister’s family was treating it like one,” she told MPs', speaker: 'Tereza Hollanová', camp: 'B' },
        { file: X, quote: 'LRB News reported that Hollanova said it first, in parliament on Wednesday.', speaker: 'Tereza Hollanová', camp: 'B' },
      ],
    },
    {
      id: 'credit-committee', level: 'secondary', kind: 'polarity',
      summary: 'Whether both loans went through the LDB\'s credit committee: yes, in the ordinary way, according to the bank and its chairman Emil Rosecký; the November 2024 loan never reached the committee and was signed by Rosecký alone, according to the former board member Aleš Prokůpek.',
      sides: [
        { file: W, quote: 'It said both loans had been approved by its credit committee "in the ordinary way"', value: 'committee approved both', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: B, quote: 'The bank has also said both loans were approved by its credit committee in the usual way.', value: 'committee approved both', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: D, quote: 'Every one of these decisions went through the committee, with minutes, signatures and a vote', value: 'committee approved both', speaker: 'Emil Rosecký', camp: 'A' },
        { file: X, quote: 'The bank and its chairman, Emil Rosecky, say both loans went through its credit committee.', value: 'committee approved both', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: L, quote: 'That file did not come to the committee. Rosecký signed it alone', value: 'bypassed committee', speaker: 'Aleš Prokůpek', camp: 'B' },
        { file: B, quote: 'The November loan never went to the committee. The chairman signed it himself', value: 'bypassed committee', speaker: 'Aleš Prokůpek', camp: 'B' },
        { file: X, quote: 'Prokupek says the November 2024 loan never reached the committee and was signed off by Rosecky alone.', value: 'bypassed committee', speaker: 'Aleš Prokůpek', camp: 'B' },
      ],
    },
    {
      id: 'repayments', level: 'secondary', kind: 'status',
      summary: 'Whether Hradel is repaying the loans: every instalment paid on time, according to its lawyer Viktor Šebesta, and the loans are "performing", according to the bank\'s public statement; three monthly instalments missed and 2.1 million lorins overdue, according to an internal LDB memo seen by LRB News.',
      sides: [
        { file: W, quote: 'Hradel "has paid every instalment on time"', value: 'paid on time', speaker: 'Viktor Šebesta', camp: 'A' },
        { file: B, quote: 'is fully up to date with its repayments and has never missed an instalment', value: 'up to date', speaker: 'Viktor Šebesta', camp: 'A' },
        { file: D, quote: 'The bank added that both loans were “performing”, meaning that Hradel Logistika was making its repayments.', value: 'performing', speaker: 'Lovranian Development Bank', camp: 'A' },
        { file: X, quote: 'Its lawyer, Viktor Sebesta, says the company has never missed an installment.', value: 'never missed', speaker: 'Viktor Šebesta', camp: 'A' },
        { file: B, quote: 'An LDB audit memo says Hradel is in arrears on its loans', value: 'in arrears', speaker: 'Lovranian Development Bank', camp: 'B' },
        { file: B, quote: 'It says the company has missed three monthly instalments since June and owes 2.1 million lorins in overdue payments.', value: '3 missed, 2.1 million overdue', speaker: 'Lovranian Development Bank', camp: 'B' },
        { file: X, quote: 'An internal bank memo reported by LRB News says it is behind by three payments, or 2.1 million lorins.', value: '3 missed', speaker: 'LRB News', camp: 'B' },
      ],
    },
    {
      id: 'signatures-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 41 opposition MPs had signed Civic Forward\'s motion of no confidence, then corrected it to 31, the party\'s whole parliamentary group; the wire also says 31.',
      sides: [
        { file: L, quote: 'The party says it was signed by 41 MPs.', value: '41', speaker: 'Civic Forward', camp: 'A' },
        { file: L, quote: 'The motion was signed by 31 MPs, the party’s whole parliamentary group.', value: '31', speaker: 'The Pradel Tocsin', camp: 'B' },
        { file: W, quote: 'signed by 31 of its deputies', value: '31', speaker: 'Civic Forward', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'stake-rounded', kind: 'numeric',
      summary: 'The brother\'s 35 per cent of Hradel (explainer) and "just over a third of the shares" (state-aligned paper) are one figure, rounded.',
      sides: [
        { file: X, quote: 'owns 35 percent of the company', value: '35%' },
        { file: D, quote: 'holds just over a third of the shares', value: '>1/3' },
      ],
    },
    {
      id: 'audit-updated', kind: 'numeric',
      summary: 'The bank\'s internal audit of 12 loans announced on Friday (wire) and 20 loans on Saturday "up from 12" (state-aligned paper) is a figure that rose and is reported as updated.',
      sides: [
        { file: W, quote: "the bank's internal auditors would review 12 loans made under the scheme", value: '12 (Friday)' },
        { file: D, quote: 'the bank’s internal audit had been extended to 20 loans, up from 12 announced on Friday', value: '20 (Saturday)' },
      ],
    },
    {
      id: 'zdarin-part', kind: 'numeric',
      summary: 'The 38 borrowers in the Zdarín region (web story) are part of the some 640 companies that borrowed under the scheme nationwide (wire), not a rival count.',
      sides: [
        { file: W, quote: 'has lent about 1.2 billion lorins to some 640 companies', value: '640 (nationwide)' },
        { file: B, quote: '38 are in the Zdarín region', value: '38 (Zdarín region)' },
      ],
    },
    {
      id: 'mps-different-sets', kind: 'numeric',
      summary: 'The 31 opposition MPs who signed the motion (web story) and the 84 coalition deputies who will vote against it (state-aligned paper) are different sets.',
      sides: [
        { file: B, quote: 'signed by its 31 MPs, will be debated on Tuesday', value: '31 (opposition signatories)' },
        { file: D, quote: 'all 84 of its deputies would vote against the motion', value: '84 (coalition)' },
      ],
    },
    {
      id: 'acting-synonyms', kind: 'status',
      summary: '"named acting minister" (web story) and "will run the ministry on an interim basis until a successor is named" (state-aligned paper) describe the same arrangement for Marek Dusil.',
      sides: [
        { file: B, quote: 'Deputy Finance Minister Marek Dusil has been named acting minister.', value: 'acting minister' },
        { file: D, quote: 'Deputy Finance Minister Marek Dusil will run the ministry on an interim basis until a successor is named.', value: 'interim' },
      ],
    },
    {
      id: 'staff-about-more-than', kind: 'numeric',
      summary: '"about 300 people" (wire) and "more than 280 staff" (web story) at Hradel are compatible approximations.',
      sides: [
        { file: W, quote: 'The company employs about 300 people', value: '~300' },
        { file: B, quote: 'The company has more than 280 staff', value: '>280' },
      ],
    },
    {
      id: 'protests-different-days', kind: 'numeric',
      summary: 'About 1,500 protesters in Republic Square on Thursday evening (live blog) and some 4,000 on Saturday (explainer) are different days\' crowds.',
      sides: [
        { file: L, quote: 'about 1,500 people gathered in Republic Square on Thursday evening', value: '~1,500 (Thursday)' },
        { file: X, quote: 'Some 4,000 people marched to Republic Square on Saturday', value: '~4,000 (Saturday)' },
      ],
    },
  ],
};
