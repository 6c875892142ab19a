// Hand-written gold source for the Veltro ventilator contract affair
// (invented event, Lusovia, November 2025). build-gold.mjs turns it into ../gold/halvik-contract.json.
const A = 'astrolabe-wire.txt';
const L = 'lbs-news.md';
const H = 'halvik-lantern-live.md';
const S = 'lusovian-sentinel.txt';
const M = 'millrace.md';

export default {
  corpus: 'halvik-contract',
  note: 'Invented event written for the project: on Monday 10 November 2025 The Halvik Lantern, an investigative newspaper in Halvik, the capital of the fictional country of Lusovia, reveals that the Ministry of Health bought 400 intensive-care ventilators from Veltro Medical, a firm in the town of Orzen owned by Marek Dranić (Dranic in the foreign wire and explainer), the brother of the wife of Health Minister Teodor Kovač (Kovac in the foreign wire and explainer); the minister\'s wife, Lea Kovač, sat on the company\'s supervisory board until 9 April. The anti-corruption bureau (NACB) opens a case, the State Audit Office (SAO) reports, the owner is detained, the minister testifies to the Public Accounts Committee (PAC) on Thursday 13 November and the Prime Minister\'s office announces his resignation that evening; the government survives a no-confidence vote on Friday 14 November by 78 to 49. Five invented outlets: a foreign wire story (Tuesday), a national web story (Wednesday), the Lantern\'s own live blog of the hearing (Thursday), a pro-government paper (Saturday) and a foreign explainer (the next Thursday). The ministry, the minister, the ruling party and the owner\'s lawyer disagree with the audit office, the Lantern, the whistle-blower Tamara Velk and the prosecutors about the contract\'s value (48.6 against 84 million lorins), whether there was a public tender, whether the minister knew of the link, whether he resigned, whether the owner is in custody, who said "a family dinner with a ministry stamp on it", the date the contract was signed (14 against 2 April) and the price above market (10 against 62 percent); the live blog corrects its own count of ventilators (1,400, then 400). The motion\'s signatures rising from 38 (Tuesday) to 46 (Thursday) is an update; 48.6 million before VAT and 59.8 million with VAT are different sets; a 12 million instalment is part of the whole; a 9.4 million lorin order for beds is another contract. "Kovač"/"Kovac" alone names the minister except where it names his wife Lea Kovač: those spans are assigned to her by hand.',
  files: [A, H, L, S, M],
  meta: { [A]: [2, 3], [S]: [2, 3], [M]: [3] },

  actors: [
    // places
    { id: 'lusovia', name: 'Lusovia', type: 'place', forms: ['Lusovia'], note: '"Lusovian" is a demonym; "Lusovia" inside "Forward Lusovia" is a nested name (the ruling party), and "The Lusovian Sentinel" holds no place mention' },
    { id: 'halvik', name: 'Halvik', type: 'place', forms: ['Halvik', 'HALVIK'], note: 'the capital; "The Halvik Lantern", "Halvik District Court" and "University of Halvik" are nested names' },
    { id: 'orzen', name: 'Orzen', type: 'place', forms: ['Orzen'], note: 'the town where Veltro Medical is based; "Orzen University Hospital" is a nested name and "Orzen-based" a glued modifier' },
    { id: 'assembly-square', name: 'Assembly Square', type: 'place', forms: ['Assembly Square'], note: 'the square outside parliament (a named feature, typed place); "Assembly" inside it is not a mention of the National Assembly' },
    // organizations
    { id: 'health-ministry', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health'], note: '"Health Minister" before a name is a title, not a mention of the ministry' },
    { id: 'veltro', name: 'Veltro Medical', type: 'organization', forms: ['Veltro Medical', 'Veltro'] },
    { id: 'nacb', name: 'National Anti-Corruption Bureau', type: 'organization', forms: ['National Anti-Corruption Bureau', 'NACB'] },
    { id: 'sao', name: 'State Audit Office', type: 'organization', forms: ['State Audit Office', 'SAO'] },
    { id: 'pac', name: 'Public Accounts Committee', type: 'organization', forms: ['Public Accounts Committee', 'PAC'], note: 'a committee of the National Assembly' },
    { id: 'assembly', name: 'National Assembly', type: 'organization', forms: ['National Assembly', 'Assembly'], note: 'the parliament; "Assembly Square" is a place' },
    { id: 'progress-union', name: 'Progress Union', type: 'organization', forms: ['Progress Union'], note: 'the main opposition party' },
    { id: 'forward-lusovia', name: 'Forward Lusovia', type: 'organization', forms: ['Forward Lusovia'], note: 'the ruling party (holds a nested place name)' },
    { id: 'orzen-hospital', name: 'Orzen University Hospital', type: 'organization', forms: ['Orzen University Hospital'] },
    { id: 'district-court', name: 'Halvik District Court', type: 'organization', forms: ['Halvik District Court'] },
    { id: 'univ-halvik', name: 'University of Halvik', type: 'organization', forms: ['University of Halvik'] },
    { id: 'lantern', name: 'The Halvik Lantern', type: 'organization', forms: ['The Halvik Lantern', 'Lantern'], note: 'the investigative newspaper that broke the story and runs the live blog; short form "the Lantern" is spanned without the article' },
    { id: 'astrolabe', name: 'Astrolabe', type: 'organization', forms: ['Astrolabe'], note: 'the wire agency; the dateline "(Astrolabe)" is a mention' },
    { id: 'lbs', name: 'LBS News', type: 'organization', forms: ['LBS News', 'LBS'], note: 'the national broadcaster\'s news service ("told LBS")' },
    { id: 'sentinel', name: 'The Lusovian Sentinel', type: 'organization', forms: ['The Lusovian Sentinel', 'Lusovian Sentinel', 'Sentinel'], note: 'the pro-government paper; its header line is metadata; the explainer says "The pro-government Lusovian Sentinel" (article outside the span)' },
    { id: 'millrace', name: 'The Millrace', type: 'organization', forms: ['The Millrace'], note: 'the foreign explainer names itself in the text; its byline line is metadata' },
    // people
    { id: 'teodor-kovac', name: 'Teodor Kovač', type: 'person', forms: ['Teodor Kovač', 'Teodor Kovac', 'Kovač', 'Kovac'], note: 'health minister; spelled Kovac (no diacritic) by the foreign wire and the foreign explainer; the bare surname is his unless assigned by hand to his wife Lea Kovač' },
    { id: 'lea-kovac', name: 'Lea Kovač', type: 'person', forms: ['Lea Kovač', 'Lea Kovac', 'Lea'], note: 'the minister\'s wife, sister of Marek Dranić, a pharmacist, on Veltro\'s supervisory board until 9 April; her bare-surname mentions ("Mrs Kovač", "Kovac, a pharmacist") share the minister\'s form and are assigned by hand; "Lea" alone is a first-name mention' },
    { id: 'marek-dranic', name: 'Marek Dranić', type: 'person', forms: ['Marek Dranić', 'Marek Dranic', 'Dranić', 'Dranic'], note: 'owner of Veltro Medical, the minister\'s brother-in-law; spelled Dranic by the foreign wire and the foreign explainer' },
    { id: 'varesh', name: 'Edmund Varesh', type: 'person', forms: ['Edmund Varesh', 'Varesh'], note: 'prime minister; "the Varesh government" and "the Varesh cabinet" name him and are counted' },
    { id: 'torval', name: 'Agnes Torval', type: 'person', forms: ['Agnes Torval', 'Torval'], note: 'opposition leader, Progress Union' },
    { id: 'mallen', name: 'Jorik Mallen', type: 'person', forms: ['Jorik Mallen', 'Mallen'], note: 'chair of the Public Accounts Committee, Progress Union' },
    { id: 'moran', name: 'Feliks Moran', type: 'person', forms: ['Feliks Moran', 'Moran'], note: 'Auditor General, head of the State Audit Office' },
    { id: 'ostrand', name: 'Nadia Ostrand', type: 'person', forms: ['Nadia Ostrand'], note: 'the prosecutor leading the case' },
    { id: 'haas', name: 'Emil Haas', type: 'person', forms: ['Emil Haas'], note: 'NACB spokesman' },
    { id: 'velk', name: 'Tamara Velk', type: 'person', forms: ['Tamara Velk', 'Velk'], note: 'the whistle-blower, former head of the ministry\'s procurement department' },
    { id: 'fenner', name: 'Aleks Fenner', type: 'person', forms: ['Aleks Fenner'], note: 'lawyer for Veltro Medical and for Marek Dranić' },
    { id: 'sareva', name: 'Ilona Sareva', type: 'person', forms: ['Ilona Sareva'], note: 'deputy health minister, acting minister' },
    { id: 'tallis', name: 'Ruben Tallis', type: 'person', forms: ['Ruben Tallis', 'Tallis'], note: 'spokesman of Forward Lusovia' },
    { id: 'melnik', name: 'Ruta Melnik', type: 'person', forms: ['Ruta Melnik'], note: 'head of intensive care at Orzen University Hospital' },
    { id: 'roos', name: 'Danika Roos', type: 'person', forms: ['Danika Roos'], note: 'investigations editor of The Halvik Lantern' },
    { id: 'lantz', name: 'Boris Lantz', type: 'person', forms: ['Boris Lantz'], note: 'the minister\'s spokesman' },
    { id: 'brenning', name: 'Oskar Brenning', type: 'person', forms: ['Oskar Brenning'], note: 'procurement scholar at the University of Halvik' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (ministry|bureau|audit office|auditors|office|committee(?! room)|company(?! register)|party|ruling party|newspaper|government|opposition|hospital)\\b', why: 'nominal reference to a named body (lowercase); "the committee room" is a room and "the company register" a register, not references to a named body' },
    { pattern: '\\b[Aa] (?:ministry|bureau)(?= (?:spokeswoman|spokesman|official))', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '(?<=(?:’s|\'s) )(?:party|anti-corruption bureau)\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b(?:[Hh]is|[Hh]er|[Yy]our) (?:party|newspaper)\\b', why: 'nominal reference to a named body (lowercase): the ruling party, Progress Union, the Lantern' },
    { pattern: '\\b[Tt]he (minister|Prime Minister|prosecutor|committee’s chair)\\b', why: 'title used without a name' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: H, context: 'Mrs Kovač, a pharmacist in Halvik', text: 'Kovač', actor: 'lea-kovac', why: '"Mrs Kovač, a pharmacist": the minister\'s wife, not the minister (the bare surname is his form)' },
    { file: M, context: 'Kovac, a pharmacist, has made no public statement', text: 'Kovac', actor: 'lea-kovac', why: '"a pharmacist", after "Lea Kovac sat on Veltro’s supervisory board": the minister\'s wife, not the minister (the bare surname is his form)' },
  ],

  claims: [
    { file: A, speaker: 'Teodor Kovač', cue: 'Kovac told reporters', quote: 'I did not know that Veltro was among the bidders until I read it in the Lantern' },
    { file: A, speaker: 'Emil Haas', cue: 'he said', quote: 'We are looking at the contract, not at the newspapers' },
    { file: A, speaker: 'Agnes Torval', cue: 'Torval told a news conference', quote: 'This is not a procurement. It is a family dinner with a ministry stamp on it' },
    { file: A, speaker: 'Edmund Varesh', cue: 'he said', quote: 'I do not dismiss people because of a headline' },
    { file: L, speaker: 'Feliks Moran', cue: 'Auditor General Feliks Moran told LBS', quote: 'We found no trace of a public tender. The contract was awarded directly, under an emergency procedure' },
    { file: L, speaker: 'Ruta Melnik', cue: 'said Dr. Ruta Melnik', quote: 'We were never asked what we needed. Forty machines arrived in one week, and we have trained nurses for ten' },
    { file: L, speaker: 'Tamara Velk', cue: 'she told LBS', quote: 'I put it in writing on 27 March: the supplier is the minister’s brother-in-law. He read it.' },
    { file: H, speaker: 'Jorik Mallen', cue: 'Mallen said', quote: 'This is not a procurement. It is a family dinner with a ministry stamp on it' },
    { file: H, speaker: 'Tamara Velk', cue: 'she said', quote: 'He knew who Veltro belonged to before anybody signed anything.' },
    { file: H, speaker: 'Teodor Kovač', cue: 'he told Mallen', quote: 'Nobody in my office told me that Veltro belonged to my wife’s brother.' },
    { file: H, speaker: 'Feliks Moran', cue: 'he said', quote: 'If this was an emergency, it was an emergency that lasted four months and had only one possible winner' },
    { file: S, speaker: 'Ruben Tallis', cue: 'said Ruben Tallis', quote: 'The minister has not resigned. He has stepped aside so that he can clear his name' },
    { file: S, speaker: 'Aleks Fenner', cue: 'said lawyer Aleks Fenner', quote: 'My client has not been arrested and he is not in custody.' },
    { file: S, speaker: 'Edmund Varesh', cue: 'he said', quote: 'The opposition wanted a head on a plate. It got a vote, and it lost' },
    { file: M, speaker: 'Oskar Brenning', cue: 'said Oskar Brenning', quote: 'An emergency procedure is a door that is meant to be opened once' },
  ],

  contradictions: [
    {
      id: 'contract-value', level: 'core', kind: 'numeric',
      summary: 'What the ventilator contract is worth: the minister and the ministry say 48.6 million lorins (before VAT); the Lantern and the State Audit Office say it commits the ministry to 84 million lorins, too large a gap to be VAT.',
      sides: [
        { file: A, quote: 'He said the contract was worth 48.6 million lorins', value: '48.6m lorins', speaker: 'Teodor Kovač', camp: 'A' },
        { file: L, quote: 'It says the contract is worth 48.6 million lorins excluding VAT', value: '48.6m lorins', speaker: 'Ministry of Health', camp: 'A' },
        { file: M, quote: 'The ministry says the contract is worth 48.6 million lorins before VAT.', value: '48.6m lorins', speaker: 'Ministry of Health', camp: 'A' },
        { file: A, quote: 'The newspaper said the deal was worth 84 million lorins', value: '84m lorins', speaker: 'The Halvik Lantern', camp: 'B' },
        { file: L, quote: 'the audit office says the contract commits the ministry to paying 84 million lorins in total', value: '84m lorins', speaker: 'State Audit Office', camp: 'B' },
        { file: H, quote: 'He said the contract with Veltro Medical commits the ministry to 84 million lorins in total', value: '84m lorins', speaker: 'Feliks Moran', camp: 'B' },
        { file: H, quote: 'The State Audit Office (SAO) told the committee the contract commits the ministry to 84 million lorins', value: '84m lorins', speaker: 'State Audit Office', camp: 'B' },
        { file: M, quote: 'The State Audit Office (SAO) says it commits the ministry to 84 million lorins.', value: '84m lorins', speaker: 'State Audit Office', camp: 'B' },
      ],
    },
    {
      id: 'public-tender', level: 'core', kind: 'polarity',
      summary: 'Whether there was a public tender: the minister and the ministry say the contract was awarded after an open public tender announced in February in which four companies took part; the State Audit Office says no public tender was held and Veltro was the only company invited to make an offer (the Lantern reported the same).',
      sides: [
        { file: A, quote: 'had been awarded after "an open public tender that any company in the world could enter."', speaker: 'Teodor Kovač', camp: 'A' },
        { file: L, quote: 'was awarded through an open tender announced in February', speaker: 'Ministry of Health', camp: 'A' },
        { file: S, quote: 'the ventilator contract was awarded after an open public tender, announced in February, in which four companies took part', speaker: 'Ministry of Health', camp: 'A' },
        { file: M, quote: 'The ministry says it held one, announced in February, and that four companies took part.', speaker: 'Ministry of Health', camp: 'A' },
        { file: A, quote: 'had been awarded without a public tender', speaker: 'The Halvik Lantern', camp: 'B' },
        { file: L, quote: 'We found no trace of a public tender.', speaker: 'Feliks Moran', camp: 'B' },
        { file: H, quote: '“No public tender was held. None,” Moran told the committee.', speaker: 'Feliks Moran', camp: 'B' },
        { file: M, quote: 'The SAO says no public tender was held and that Veltro was the only company asked to bid.', speaker: 'State Audit Office', camp: 'B' },
      ],
    },
    {
      id: 'minister-knew', level: 'core', kind: 'polarity',
      summary: 'Whether the minister knew the supplier was his brother-in-law\'s company: Kovač says he learned it from the newspaper on Monday; the whistle-blower Tamara Velk says she warned him in a memo on 27 March, before the contract was signed, and that it came back with his initials.',
      sides: [
        { file: A, quote: 'I did not know that Veltro was among the bidders until I read it in the Lantern', speaker: 'Teodor Kovač', camp: 'A' },
        { file: L, quote: 'he had learned of his brother-in-law’s role “from the newspaper, like everyone else”', speaker: 'Teodor Kovač', camp: 'A' },
        { file: H, quote: 'Nobody in my office told me that Veltro belonged to my wife’s brother.', speaker: 'Teodor Kovač', camp: 'A' },
        { file: S, quote: 'I did not know, and I have said so under oath.', speaker: 'Teodor Kovač', camp: 'A' },
        { file: M, quote: 'Kovac says he learned of his brother-in-law’s role from the Lantern.', speaker: 'Teodor Kovač', camp: 'A' },
        { file: A, quote: 'Velk told the newspaper she had warned the minister in writing, before the contract was signed', speaker: 'Tamara Velk', camp: 'B' },
        { file: L, quote: 'I put it in writing on 27 March: the supplier is the minister’s brother-in-law. He read it.', speaker: 'Tamara Velk', camp: 'B' },
        { file: H, quote: 'He knew who Veltro belonged to before anybody signed anything.', speaker: 'Tamara Velk', camp: 'B' },
        { file: M, quote: 'says she warned him in a memo on 27 March and that it came back with his initials', speaker: 'Tamara Velk', camp: 'B' },
      ],
    },
    {
      id: 'minister-resigned', level: 'core', kind: 'status',
      summary: 'Whether the minister resigned: the Prime Minister\'s office said on Thursday evening that it had accepted Kovač\'s resignation with immediate effect; on Friday the ruling party Forward Lusovia said he had not resigned and remains a member of the government, having only stepped aside.',
      sides: [
        { file: H, quote: 'UPDATE: Kovač has resigned.', speaker: "the Prime Minister's office", camp: 'A' },
        { file: H, quote: 'Health Minister Teodor Kovač has resigned, the Prime Minister’s office says.', speaker: "the Prime Minister's office", camp: 'A' },
        { file: M, quote: 'Kovac resigned on 13 November, hours after testifying', speaker: "the Prime Minister's office", camp: 'A' },
        { file: S, quote: 'He has not resigned and remains a member of the government, Forward Lusovia said on Friday.', speaker: 'Forward Lusovia', camp: 'B' },
        { file: S, quote: 'The minister has not resigned. He has stepped aside so that he can clear his name', speaker: 'Ruben Tallis', camp: 'B' },
        { file: M, quote: 'told the Sentinel that he had not resigned at all but had merely stepped aside', speaker: 'Forward Lusovia', camp: 'B' },
      ],
    },
    {
      id: 'owner-custody', level: 'secondary', kind: 'status',
      summary: 'Whether Veltro\'s owner Marek Dranić is in custody: the NACB detained him at home on Wednesday, he spent Wednesday and Thursday nights in custody and a court ordered him held for 30 days on Friday; the pro-government paper, citing his lawyer, says he was never arrested, went to the bureau voluntarily and is not in custody.',
      sides: [
        { file: L, quote: 'Officers of the National Anti-Corruption Bureau (NACB) detained Veltro’s owner, Marek Dranić, at his home in Orzen early on Wednesday.', speaker: 'National Anti-Corruption Bureau', camp: 'A' },
        { file: H, quote: 'Veltro’s owner, Marek Dranić, is spending a second night in custody.', speaker: 'National Anti-Corruption Bureau', camp: 'A' },
        { file: M, quote: 'Dranic is in custody.', speaker: 'Halvik District Court', camp: 'A' },
        { file: M, quote: 'the Halvik District Court ordered him held for 30 days', speaker: 'Halvik District Court', camp: 'A' },
        { file: S, quote: 'Marek Dranić, was never arrested, his lawyer said', speaker: 'Aleks Fenner', camp: 'B' },
        { file: S, quote: 'My client has not been arrested and he is not in custody.', speaker: 'Aleks Fenner', camp: 'B' },
      ],
    },
    {
      id: 'family-dinner-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same line, "This is not a procurement. It is a family dinner with a ministry stamp on it", is credited to the opposition leader Agnes Torval at a news conference by the wire (Tuesday) and to the committee chair Jorik Mallen at the end of the hearing by the Lantern\'s live blog (Thursday).',
      sides: [
        { file: A, quote: '"This is not a procurement. It is a family dinner with a ministry stamp on it," Torval told a news conference', speaker: 'Agnes Torval', camp: 'A' },
        { file: H, quote: '“This is not a procurement. It is a family dinner with a ministry stamp on it,” Mallen said.', speaker: 'Jorik Mallen', camp: 'B' },
      ],
    },
    {
      id: 'signing-date', level: 'secondary', kind: 'temporal',
      summary: 'When the contract was signed: the ministry and the minister say 14 April 2025, after Lea Kovač had left Veltro\'s board (9 April); the copy published by the Lantern is dated 2 April, a week before she left.',
      sides: [
        { file: A, quote: 'the contract had been signed on 14 April 2025', value: '2025-04-14', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'The ministry gives the date as 14 April.', value: '2025-04-14', speaker: 'Ministry of Health', camp: 'A' },
        { file: H, quote: 'the contract was signed on 14 April, he says', value: '2025-04-14', speaker: 'Teodor Kovač', camp: 'A' },
        { file: S, quote: 'the contract was signed on 14 April, after Lea Kovač had left the company\'s board', value: '2025-04-14', speaker: 'Ministry of Health', camp: 'A' },
        { file: M, quote: 'On 14 April, says the ministry, after Lea Kovac had left Veltro’s board.', value: '2025-04-14', speaker: 'Ministry of Health', camp: 'A' },
        { file: A, quote: 'According to documents published by the Lantern, the contract was signed on 2 April.', value: '2025-04-02', speaker: 'The Halvik Lantern', camp: 'B' },
        { file: L, quote: 'says the contract was signed on 2 April, a week before the minister’s wife', value: '2025-04-02', speaker: 'The Halvik Lantern', camp: 'B' },
        { file: H, quote: 'The copy of the contract we published on Monday is dated 2 April.', value: '2025-04-02', speaker: 'The Halvik Lantern', camp: 'B' },
        { file: M, quote: 'The copy of the contract published by the Lantern is dated 2 April, a week before she left.', value: '2025-04-02', speaker: 'The Halvik Lantern', camp: 'B' },
      ],
    },
    {
      id: 'price-above-market', level: 'secondary', kind: 'numeric',
      summary: 'How far above the market the ventilators were priced: the ministry says no more than 10 percent; the State Audit Office says 62 percent more than the market price (than neighbouring countries paid for the same model).',
      sides: [
        { file: A, quote: 'the ventilators had cost "no more than 10 percent above the average market price."', value: '<=10%', speaker: 'Ministry of Health', camp: 'A' },
        { file: S, quote: 'The price of each ventilator was "no more than 10 percent above the market average," the ministry added', value: '<=10%', speaker: 'Ministry of Health', camp: 'A' },
        { file: M, quote: 'The ministry says the premium was no more than 10%.', value: '<=10%', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'each ventilator cost 62 percent more than hospitals in neighbouring countries paid for the same model', value: '62%', speaker: 'State Audit Office', camp: 'B' },
        { file: H, quote: 'the ventilators cost 62% more than the market price', value: '62%', speaker: 'Feliks Moran', camp: 'B' },
        { file: H, quote: 'the ventilators cost 62 percent more than neighbouring countries paid', value: '62%', speaker: 'State Audit Office', camp: 'B' },
        { file: M, quote: 'The auditors also say each machine cost 62% more than the market price.', value: '62%', speaker: 'State Audit Office', camp: 'B' },
      ],
    },
    {
      id: 'ventilators-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that, according to the committee chair, the contract covered 1,400 ventilators, then corrected it to 400 (it had misheard); every other outlet says 400.',
      sides: [
        { file: H, quote: 'the Ministry of Health bought 1,400 ventilators from the Orzen-based Veltro Medical', value: '1400', speaker: 'Jorik Mallen', camp: 'A' },
        { file: H, quote: 'Mallen said 400. We misheard the figure and regret the error.', value: '400', speaker: 'Jorik Mallen', camp: 'B' },
        { file: A, quote: 'a contract for 400 intensive-care ventilators to Veltro Medical', value: '400', speaker: 'The Halvik Lantern', camp: 'B' },
        { file: L, quote: 'agreed to pay far more than the market price for 400 ventilators from Veltro Medical', value: '400', speaker: 'State Audit Office', camp: 'B' },
        { file: M, quote: 'the Ministry of Health ordered 400 ventilators for intensive care units from Veltro Medical', value: '400', speaker: 'Ministry of Health', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'vat-excluded-included', kind: 'numeric',
      summary: '48.6 million lorins excluding VAT and 59.8 million lorins including VAT are the ministry\'s one figure before and after tax (different sets), not two values of the contract.',
      sides: [
        { file: L, quote: '48.6 million lorins excluding VAT', value: '48.6m (without VAT)' },
        { file: S, quote: 'or 59.8 million lorins including VAT', value: '59.8m (with VAT)' },
      ],
    },
    {
      id: 'value-rounded', kind: 'numeric',
      summary: 'The Prime Minister\'s "about 50 million lorins" is the ministry\'s 48.6 million rounded.',
      sides: [
        { file: M, quote: 'a routine purchase of about 50 million lorins', value: '~50m' },
        { file: A, quote: 'He said the contract was worth 48.6 million lorins', value: '48.6m' },
      ],
    },
    {
      id: 'instalment-vs-contract', kind: 'numeric',
      summary: 'The first instalment of 12 million lorins paid in May is part of the contract, not a rival value of it.',
      sides: [
        { file: L, quote: 'a first instalment of 12 million lorins was paid to Veltro in May', value: '12m (first instalment)' },
        { file: M, quote: 'The ministry says the contract is worth 48.6 million lorins before VAT.', value: '48.6m (whole contract)' },
      ],
    },
    {
      id: 'signatures-rise', kind: 'numeric',
      summary: 'The no-confidence motion had 38 signatures when it was filed on Tuesday and 46 on Thursday, and the later article says so: an update, not a contradiction.',
      sides: [
        { file: A, quote: 'The motion has been signed by 38 deputies', value: '38 (Tue)' },
        { file: H, quote: 'now has 46 signatures, up from 38 when it was filed on Tuesday', value: '46 (Thu)' },
      ],
    },
    {
      id: 'beds-contract-vs-ventilators', kind: 'numeric',
      summary: 'The 9.4 million lorin order for 300 hospital beds in 2024 is another Veltro contract, not a value of the ventilator contract.',
      sides: [
        { file: L, quote: 'won a 9.4 million lorin order for 300 hospital beds', value: '9.4m (beds, 2024)' },
        { file: S, quote: 'The contract is worth 48.6 million lorins', value: '48.6m (ventilators)' },
      ],
    },
    {
      id: 'protesters-more-than-about', kind: 'numeric',
      summary: '"more than 200 protesters" and "About 250 demonstrators" on Assembly Square are compatible approximations, with a synonym.',
      sides: [
        { file: H, quote: 'more than 200 protesters are holding up paper masks', value: '>200' },
        { file: M, quote: 'About 250 demonstrators gathered on Assembly Square on the day of the hearing', value: '~250' },
      ],
    },
    {
      id: 'vote-words-digits', kind: 'numeric',
      summary: '"seventy-eight deputies voted against ... forty-nine supported it" and "by 78 votes to 49" are the same no-confidence vote, in words and in digits.',
      sides: [
        { file: S, quote: 'seventy-eight deputies voted against the opposition\'s motion and only forty-nine supported it', value: '78-49' },
        { file: M, quote: 'The government survived a vote of no confidence on 14 November by 78 votes to 49.', value: '78-49' },
      ],
    },
  ],
};
