// Hand-written gold source for the Brenmoor hospital ransomware attack
// (invented event, Ostrevia, March 2026). build-gold.mjs turns it into ../gold/brenmoor-cyberattack.json.
const C = 'capstan-wire.txt';
const O = 'orb-news.md';
const B = 'brenmoor-clarion-live.md';
const V = 'velmora-mercury.txt';
const S = 'stackyard.md';

export default {
  corpus: 'brenmoor-cyberattack',
  note: 'Invented event written for the project: a ransomware attack shuts down the computer systems of the Brenmoor Valley Health Trust (BVHT), which runs Brenmoor General Hospital, Tarrow Hill Hospital (both in the city of Brenmoor) and St. Oda\'s Hospital (St Oda\'s in the live blog and the explainer) in the town of Kessling, in the fictional country of Ostrevia (capital Velmora). The trust says it detected the attack at 3:40 a.m. on Tuesday 3 March 2026; on Wednesday the gang Cinder Vault (CinderVault in the explainer) claims on its leak site to have stolen 1.2 million patient records and demands more than 3 million marrens; on Thursday chief executive Dr. Renata Faulke says the records of 310,000 patients were copied (86,000 of them from St. Oda\'s) and that no ransom was paid, the Data Protection Inspectorate (DPI) opens an investigation and the police\'s Digital Crime Unit (DCU) arrests a 24-year-old man in Velmora, who is released without charge on Friday. The researcher Aurélie Dumontel (Aurelie Dumontel in the wire) says she warned the trust on 14 October about a flaw in WardLink, the scheduling program of Trevanne Software through which the attackers got in. Five invented outlets: a foreign wire story (Wednesday 4 March), a national web story (Thursday), the local paper\'s live blog (Friday), a pro-government paper (Saturday) and a foreign tech explainer (Wednesday 11 March). Health Minister Ludvik Rudka, the pro-government paper, the trust, the gang, the researcher, the nurses\' union (UNM) and the national cyber-security office (NDSO) disagree about the records stolen (1.2 million against 310,000), whether patient data was stolen at all, whether a ransom was paid, whether the systems are back up, when the attack was detected (3:40 a.m. Tuesday against about 10 p.m. Monday), whether the trust had been warned in October, who said "We are running three hospitals on pencils and goodwill" (the union leader Brigit Sallow or the medical director Dr. Ilan Brekke) and whether the arrested man was released; the live blog corrects its own count of intensive-care patients moved (38, then 18). Operations cancelled rising from 140 (Tuesday evening) to 460 (Friday) is an update; 2,300 outpatient appointments and 460 operations are different sets; 86,000 St. Oda\'s patients are part of the 310,000; "roughly 300,000" rounds 310,000; "more than 3 million" and "about 3.2 million" marrens are compatible; 37 and thirty-seven ambulances, and about 8,000 staff and some 8,000 employees, are the same figures. WardLink, a software product, is ignored.',
  files: [C, O, B, V, S],
  meta: { [C]: [2, 3], [V]: [2, 3], [S]: [3] },

  actors: [
    // places
    { id: 'ostrevia', name: 'Ostrevia', type: 'place', forms: ['Ostrevia'], note: '"Ostrevian" is a demonym, not a mention' },
    { id: 'velmora', name: 'Velmora', type: 'place', forms: ['Velmora'], note: 'the capital; "Velmora-based" is a glued modifier; "The Velmora Mercury" is a nested name' },
    { id: 'brenmoor', name: 'Brenmoor', type: 'place', forms: ['Brenmoor', 'BRENMOOR'], note: 'the city; "Brenmoor Valley Health Trust", "Brenmoor General Hospital" ("Brenmoor General") and "The Brenmoor Clarion" are nested names; "Brenmoor-based" is a glued modifier; "the Brenmoor hospitals" and "the Brenmoor ransomware attack" are place mentions' },
    { id: 'kessling', name: 'Kessling', type: 'place', forms: ['Kessling'], note: 'the town of St. Oda\'s Hospital; "the Kessling hospital" is a place mention' },
    // organizations
    { id: 'bvht', name: 'Brenmoor Valley Health Trust', type: 'organization', forms: ['Brenmoor Valley Health Trust', 'BVHT'], note: 'the hospital trust (holds a nested place name); lowercase "the trust" is nominal' },
    { id: 'brenmoor-general', name: 'Brenmoor General Hospital', type: 'organization', forms: ['Brenmoor General Hospital', 'Brenmoor General'], note: 'short form "Brenmoor General" (also in "the Brenmoor General canteen") is the hospital, not the city' },
    { id: 'tarrow-hill', name: 'Tarrow Hill Hospital', type: 'organization', forms: ['Tarrow Hill Hospital', 'Tarrow Hill'], note: 'a hospital of the trust in Brenmoor; "Tarrow Hill" alone names the hospital' },
    { id: 'st-odas', name: "St. Oda's Hospital", type: 'organization', forms: ["St. Oda's Hospital", 'St. Oda’s Hospital', 'St Oda’s Hospital', 'St. Oda’s', 'St Oda’s'], note: 'the trust\'s hospital in Kessling; spelled "St Oda’s" (no full stop) by the live blog and the explainer; the \'s belongs to the name' },
    { id: 'cinder-vault', name: 'Cinder Vault', type: 'organization', forms: ['Cinder Vault', 'CinderVault'], note: 'the ransomware gang; written as one word by the explainer; lowercase "the gang" is nominal' },
    { id: 'ndso', name: 'National Digital Security Office', type: 'organization', forms: ['National Digital Security Office', 'NDSO'], note: 'the national cyber-security agency' },
    { id: 'dpi', name: 'Data Protection Inspectorate', type: 'organization', forms: ['Data Protection Inspectorate', 'DPI'], note: 'the data-protection regulator; "the country\'s data-protection regulator" in the wire is a lowercase description, not a mention' },
    { id: 'national-police', name: 'National Police', type: 'organization', forms: ['National Police'], note: 'lowercase "police" and "the police" are nominal' },
    { id: 'dcu', name: 'Digital Crime Unit', type: 'organization', forms: ['Digital Crime Unit', 'DCU'], note: 'the police cyber unit' },
    { id: 'trevanne', name: 'Trevanne Software', type: 'organization', forms: ['Trevanne Software', 'Trevanne'], note: 'maker of the WardLink scheduling program (the product name is ignored)' },
    { id: 'unm', name: 'Union of Nurses and Midwives', type: 'organization', forms: ['Union of Nurses and Midwives', 'UNM'], note: 'the nurses\' union; "the nurses’ union" is nominal' },
    { id: 'capstan', name: 'Capstan', type: 'organization', forms: ['Capstan'], note: 'the wire agency; the dateline "(Capstan)" and "the Capstan agency" are mentions' },
    { id: 'orb', name: 'ORB News', type: 'organization', forms: ['ORB News', 'ORB'], note: 'the national broadcaster\'s news site ("told ORB")' },
    { id: 'clarion', name: 'The Brenmoor Clarion', type: 'organization', forms: ['The Brenmoor Clarion', 'Clarion'], note: 'the local paper that runs the live blog; short form "the Clarion" spanned without the article; "Clarion reporters" is a mention' },
    { id: 'mercury', name: 'The Velmora Mercury', type: 'organization', forms: ['The Velmora Mercury', 'Mercury'], note: 'the pro-government paper; its header line is metadata; "told the Mercury" is a mention' },
    { id: 'stackyard', name: 'Stackyard', type: 'organization', forms: ['Stackyard'], note: 'the foreign tech site names itself in the text ("told Stackyard"); its byline line is metadata' },
    // people
    { id: 'rudka', name: 'Ludvik Rudka', type: 'person', forms: ['Ludvik Rudka', 'Rudka'], note: 'health minister; "Health Minister" is a title outside the span' },
    { id: 'faulke', name: 'Renata Faulke', type: 'person', forms: ['Renata Faulke', 'Faulke'], note: 'chief executive of the trust; "Dr." outside the span' },
    { id: 'brekke', name: 'Ilan Brekke', type: 'person', forms: ['Ilan Brekke', 'Brekke'], note: 'medical director of the trust' },
    { id: 'sallow', name: 'Brigit Sallow', type: 'person', forms: ['Brigit Sallow', 'Sallow'], note: 'general secretary of the Union of Nurses and Midwives' },
    { id: 'renholm', name: 'Paavo Renholm', type: 'person', forms: ['Paavo Renholm', 'Renholm'], note: 'director of the NDSO' },
    { id: 'vaillo', name: 'Ottilie Vaillo', type: 'person', forms: ['Ottilie Vaillo'], note: 'data-protection commissioner, head of the DPI' },
    { id: 'baranne', name: 'Olek Baranne', type: 'person', forms: ['Olek Baranne', 'Baranne'], note: 'Detective Superintendent, head of the Digital Crime Unit' },
    { id: 'dumontel', name: 'Aurélie Dumontel', type: 'person', forms: ['Aurélie Dumontel', 'Aurelie Dumontel', 'Dumontel'], note: 'independent security researcher; spelled without the accent (Aurelie) by the wire' },
    { id: 'gorrin', name: 'Alvar Gorrin', type: 'person', forms: ['Alvar Gorrin'], note: 'chief technology officer of Trevanne Software' },
    { id: 'strenn', name: 'Halvard Strenn', type: 'person', forms: ['Halvard Strenn'], note: 'prime minister' },
    { id: 'marn', name: 'Gisela Marn', type: 'person', forms: ['Gisela Marn'], note: 'patient whose hip operation was cancelled' },
    { id: 'tolland', name: 'Rafe Tolland', type: 'person', forms: ['Rafe Tolland'], note: 'patient whose chemotherapy was postponed' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (trust|ministry|gang|union|police|regulator|unit|company|software maker|government|opposition|hospitals?|agency|office|inspectorate)\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b[Tt]he nurses’ union\\b', why: 'nominal reference to a named body (lowercase): the Union of Nurses and Midwives' },
    { pattern: '(?<=country\'s )data-protection regulator\\b', why: 'nominal reference to a named body (lowercase): the Data Protection Inspectorate' },
    { pattern: '\\b[Tt]he (minister|chief executive)\\b', why: 'title used without a name' },
  ],
  ignore: [
    { file: O, text: 'WardLink', why: 'a software product: not a person, organization or place' },
    { file: S, text: 'WardLink', why: 'a software product: not a person, organization or place' },
  ],
  block: [],
  assign: [],

  claims: [
    { file: C, speaker: 'Ludvik Rudka', cue: 'he said', quote: 'No patient data has been stolen. These people sell fear, and we are not buying' },
    { file: C, speaker: 'Renata Faulke', cue: 'she said', quote: 'We are treating every claim seriously, including the ones made by criminals' },
    { file: C, speaker: 'Brigit Sallow', cue: 'said Brigit Sallow', quote: 'We are running three hospitals on pencils and goodwill' },
    { file: O, speaker: 'Renata Faulke', cue: 'chief executive Dr. Renata Faulke told a news conference', quote: 'Patient data was copied and taken out of our systems. I am not going to pretend otherwise' },
    { file: O, speaker: 'Ottilie Vaillo', cue: 'Commissioner Ottilie Vaillo told ORB', quote: 'A hospital holds the most private information a person has. We will want to know who had the keys, and why the door was open' },
    { file: O, speaker: 'Aurélie Dumontel', cue: 'she said', quote: 'I wrote to the trust on 14 October with the details and a working demonstration. I got an automatic reply, and nothing else' },
    { file: O, speaker: 'Gisela Marn', cue: 'she told ORB News', quote: "They rang me the night before and said: don't come, we can't see anything" },
    { file: B, speaker: 'Ilan Brekke', cue: 'Brekke told them', quote: 'We are running three hospitals on pencils and goodwill' },
    { file: B, speaker: 'Brigit Sallow', cue: 'she said', quote: 'The screens went black just after ten on Monday night. By midnight we had been told to get the paper forms out' },
    { file: B, speaker: 'Olek Baranne', cue: 'Detective Superintendent Olek Baranne of the Digital Crime Unit (DCU) told reporters', quote: 'The evidence we have today does not justify holding him, so he has been released without charge' },
    { file: V, speaker: 'Ludvik Rudka', cue: 'Rudka said during a visit', quote: 'The hospitals are working normally. Patients in Brenmoor and Kessling are being treated as they were a week ago' },
    { file: V, speaker: 'Ludvik Rudka', cue: 'Rudka said', quote: 'Not a single marren has been paid to these criminals, and not a single marren will be' },
    { file: V, speaker: 'Paavo Renholm', cue: 'he said', quote: 'The trust did what we ask every organisation to do: it isolated its systems, it called us, and it did not negotiate with criminals' },
    { file: S, speaker: 'Alvar Gorrin', cue: 'he said', quote: 'A fix only works if somebody installs it' },
    { file: S, speaker: 'Aurélie Dumontel', cue: 'she said', quote: 'Somebody paid them on Sunday. I can see the money; I cannot see whose it was' },
  ],

  contradictions: [
    {
      id: 'records-stolen', level: 'core', kind: 'numeric',
      summary: 'How many patient records were stolen: the gang Cinder Vault claims on its leak site that it took 1.2 million patient records; the trust says the records of 310,000 patients were copied and that the gang\'s number does not match its logs.',
      sides: [
        { file: C, quote: 'it had stolen the records of 1.2 million patients from the Brenmoor Valley Health Trust', value: '1.2m', speaker: 'Cinder Vault', camp: 'A' },
        { file: O, quote: 'the 1.2 million patient records that the gang Cinder Vault says it stole', value: '1.2m', speaker: 'Cinder Vault', camp: 'A' },
        { file: B, quote: 'The gang Cinder Vault claims to have stolen 1.2 million patient records', value: '1.2m', speaker: 'Cinder Vault', camp: 'A' },
        { file: V, quote: 'Claims by a criminal gang that it had taken 1.2 million patient records', value: '1.2m', speaker: 'Cinder Vault', camp: 'A' },
        { file: S, quote: 'CinderVault, the gang that claimed the attack, says it took 1.2 million patient records.', value: '1.2m', speaker: 'Cinder Vault', camp: 'A' },
        { file: O, quote: 'hackers had copied the records of 310,000 patients before locking its computer systems', value: '310,000', speaker: 'Brenmoor Valley Health Trust', camp: 'B' },
        { file: B, quote: 'The trust said on Thursday that the records of 310,000 patients were copied.', value: '310,000', speaker: 'Brenmoor Valley Health Trust', camp: 'B' },
        { file: S, quote: 'The trust says the records of 310,000 patients were copied, about 86,000 of them from St Oda’s Hospital in Kessling.', value: '310,000', speaker: 'Brenmoor Valley Health Trust', camp: 'B' },
      ],
    },
    {
      id: 'data-stolen', level: 'core', kind: 'polarity',
      summary: 'Whether patient data was stolen at all: Health Minister Ludvik Rudka says (Wednesday and again Friday) that no patient data was stolen or left the trust; the trust\'s chief executive confirmed on Thursday that patient data was copied and taken out of its systems.',
      sides: [
        { file: C, quote: 'No patient data has been stolen. These people sell fear, and we are not buying', speaker: 'Ludvik Rudka', camp: 'A' },
        { file: O, quote: 'who told parliament on Wednesday that no patient data had been stolen', speaker: 'Ludvik Rudka', camp: 'A' },
        { file: V, quote: 'No patient data was stolen, the ministry said on Friday.', speaker: 'the health ministry', camp: 'A' },
        { file: V, quote: 'no patient\'s data has left the trust', speaker: 'Ludvik Rudka', camp: 'A' },
        { file: S, quote: 'Health Minister Ludvik Rudka still maintains that no patient data was stolen.', speaker: 'Ludvik Rudka', camp: 'A' },
        { file: O, quote: 'Patient data was copied and taken out of our systems. I am not going to pretend otherwise', speaker: 'Renata Faulke', camp: 'B' },
        { file: O, quote: 'the first time it has confirmed that patient data was stolen in Tuesday’s ransomware attack', speaker: 'Brenmoor Valley Health Trust', camp: 'B' },
        { file: S, quote: 'Whatever the number, data was taken: the trust has said so', speaker: 'Brenmoor Valley Health Trust', camp: 'B' },
      ],
    },
    {
      id: 'ransom-paid', level: 'core', kind: 'polarity',
      summary: 'Whether a ransom was paid: the trust and the minister say no ransom has been paid (by the trust or anyone acting for it); the gang replaced the trust\'s entry on its leak site with "The client has settled", and the researcher Aurélie Dumontel traced a payment on Sunday 8 March to a wallet the gang has used.',
      sides: [
        { file: O, quote: 'We have not paid a ransom, and we will not pay one', speaker: 'Renata Faulke', camp: 'A' },
        { file: V, quote: 'Not a single marren has been paid to these criminals, and not a single marren will be', speaker: 'Ludvik Rudka', camp: 'A' },
        { file: S, quote: 'No ransom has been paid by the trust or by anyone acting on its behalf', speaker: 'Brenmoor Valley Health Trust', camp: 'A' },
        { file: S, quote: 'In its place was one line: “The client has settled.”', speaker: 'Cinder Vault', camp: 'B' },
        { file: S, quote: 'Somebody paid them on Sunday. I can see the money; I cannot see whose it was', speaker: 'Aurélie Dumontel', camp: 'B' },
      ],
    },
    {
      id: 'systems-status', level: 'core', kind: 'status',
      summary: 'Whether the hospitals\' systems are back: the minister (in the pro-government paper) says they have been back up and running normally since Thursday 5 March; the trust said on Thursday the patient record would stay offline for days, the live blog reports it still down at all three hospitals on Friday, and the explainer says it was still offline on Tuesday 10 March.',
      sides: [
        { file: V, quote: 'have been back up and running normally since Thursday, Health Minister Ludvik Rudka said on Friday', speaker: 'Ludvik Rudka', camp: 'A' },
        { file: V, quote: 'The hospitals are working normally.', speaker: 'Ludvik Rudka', camp: 'A' },
        { file: S, quote: 'The Velmora Mercury reported on Saturday that the hospitals had been back to normal since 5 March', speaker: 'The Velmora Mercury', camp: 'A' },
        { file: O, quote: 'the electronic patient record would stay offline “for days, not hours”', speaker: 'Renata Faulke', camp: 'B' },
        { file: B, quote: 'The trust’s electronic patient record is still down at all three hospitals, and St Oda’s is still running entirely on paper.', speaker: 'The Brenmoor Clarion', camp: 'B' },
        { file: S, quote: 'the electronic patient record was still offline on Tuesday, the trust confirmed', speaker: 'Brenmoor Valley Health Trust', camp: 'B' },
      ],
    },
    {
      id: 'detection-time', level: 'secondary', kind: 'temporal',
      summary: 'When the attack was detected: the trust says its IT team detected it at 3:40 a.m. on Tuesday 3 March; the nurses\' union says the screens went black just after 10 p.m. on Monday 2 March, and the NDSO says the trust\'s IT staff rang its emergency line at 22:15 on Monday.',
      sides: [
        { file: C, quote: 'said its IT team detected the attack at 3:40 a.m. on Tuesday', value: 'Tue 03:40', speaker: 'Brenmoor Valley Health Trust', camp: 'A' },
        { file: B, quote: 'The trust has said it detected the attack at 3:40 a.m. on Tuesday.', value: 'Tue 03:40', speaker: 'Brenmoor Valley Health Trust', camp: 'A' },
        { file: V, quote: 'The trust detected the attack at 3:40 a.m. on Tuesday', value: 'Tue 03:40', speaker: 'the health ministry', camp: 'A' },
        { file: S, quote: 'its IT team detected the attack at 3:40 a.m. on Tuesday 3 March', value: 'Tue 03:40', speaker: 'Brenmoor Valley Health Trust', camp: 'A' },
        { file: B, quote: 'The screens went black just after ten on Monday night.', value: 'Mon ~22:00', speaker: 'Brigit Sallow', camp: 'B' },
        { file: S, quote: 'the trust’s IT staff rang its emergency line at 22:15 on Monday 2 March to report servers failing', value: 'Mon 22:15', speaker: 'National Digital Security Office', camp: 'B' },
        { file: S, quote: 'says the screens went black just after ten on Monday night', value: 'Mon ~22:00', speaker: 'Brigit Sallow', camp: 'B' },
      ],
    },
    {
      id: 'warned-in-october', level: 'secondary', kind: 'polarity',
      summary: 'Whether the trust had been warned about the WardLink flaw months earlier: the researcher Aurélie Dumontel says she wrote to the trust on 14 October with the details; the trust says it was never warned and has no record of any such message.',
      sides: [
        { file: O, quote: 'We were never warned about this vulnerability, by her or by anyone else', speaker: 'Brenmoor Valley Health Trust', camp: 'A' },
        { file: V, quote: 'The trust said it had received no such warning.', speaker: 'Brenmoor Valley Health Trust', camp: 'A' },
        { file: S, quote: 'The trust says it was never warned.', speaker: 'Brenmoor Valley Health Trust', camp: 'A' },
        { file: O, quote: 'I wrote to the trust on 14 October with the details and a working demonstration.', speaker: 'Aurélie Dumontel', camp: 'B' },
        { file: S, quote: 'I wrote to the trust on 14 October. I have the email, I have the automatic reply, and I have the date', speaker: 'Aurélie Dumontel', camp: 'B' },
      ],
    },
    {
      id: 'pencils-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same line, "We are running three hospitals on pencils and goodwill", is credited to the nurses\' union leader Brigit Sallow by the wire (Wednesday) and to the trust\'s medical director Dr. Ilan Brekke at a staff briefing by the live blog (Friday).',
      sides: [
        { file: C, quote: '"We are running three hospitals on pencils and goodwill," said Brigit Sallow', speaker: 'Brigit Sallow', camp: 'A' },
        { file: B, quote: '“We are running three hospitals on pencils and goodwill,” Brekke told them.', speaker: 'Ilan Brekke', camp: 'B' },
      ],
    },
    {
      id: 'suspect-released', level: 'secondary', kind: 'status',
      summary: 'Whether the man arrested in Velmora on Thursday is still held: the police (Detective Superintendent Olek Baranne) said on Friday he had been released without charge; the pro-government paper, citing police sources, said on Saturday he remains in custody and is being questioned.',
      sides: [
        { file: B, quote: 'The man arrested in Velmora on Thursday has been released without charge, police say.', speaker: 'National Police', camp: 'A' },
        { file: B, quote: 'The evidence we have today does not justify holding him, so he has been released without charge', speaker: 'Olek Baranne', camp: 'A' },
        { file: S, quote: 'He was released without charge the next day', speaker: 'Olek Baranne', camp: 'A' },
        { file: V, quote: 'The suspect arrested in Velmora on Thursday remains in custody and is being questioned by the Digital Crime Unit (DCU)', speaker: 'police sources', camp: 'B' },
        { file: S, quote: 'The Mercury reported on Saturday that he was still in custody', speaker: 'The Velmora Mercury', camp: 'B' },
      ],
    },
    {
      id: 'icu-transfers-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first wrote that 38 intensive-care patients had been moved to hospitals in Velmora, then corrected the figure to 18 (it had misread the trust\'s statement); the national web story says 18.',
      sides: [
        { file: B, quote: 'On Tuesday and Wednesday, 38 intensive-care patients from Brenmoor General and St Oda’s were moved to hospitals in Velmora', value: '38', speaker: 'Brenmoor Valley Health Trust', camp: 'A' },
        { file: B, quote: 'The correct figure is 18. We misread the trust’s statement', value: '18', speaker: 'The Brenmoor Clarion', camp: 'B' },
        { file: O, quote: '18 intensive-care patients were transferred there', value: '18', speaker: 'Brenmoor Valley Health Trust', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'operations-rise', kind: 'numeric',
      summary: '140 planned operations cancelled by Tuesday evening and 460 by Friday are the same count at two dates, and the later article says so ("up from 140"): an update, not a contradiction.',
      sides: [
        { file: C, quote: 'By Tuesday evening, 140 planned operations had been cancelled', value: '140 (Tue)' },
        { file: B, quote: '460 operations have now been cancelled since the attack, up from 140 on Tuesday evening', value: '460 (Fri)' },
      ],
    },
    {
      id: 'appointments-vs-operations', kind: 'numeric',
      summary: 'About 2,300 outpatient appointments and 460 operations cancelled are different sets, not two values of one count.',
      sides: [
        { file: O, quote: 'About 2,300 outpatient appointments have also been called off.', value: '~2,300 (appointments)' },
        { file: S, quote: 'By Friday 6 March, 460 operations had been cancelled', value: '460 (operations)' },
      ],
    },
    {
      id: 'st-odas-part-of-whole', kind: 'numeric',
      summary: 'The 86,000 St. Oda\'s patients are part of the 310,000 patients whose records were copied across the trust (part and whole).',
      sides: [
        { file: B, quote: 'Letters go first to the 86,000 St Oda’s patients', value: '86,000 (one hospital)' },
        { file: O, quote: 'hackers had copied the records of 310,000 patients', value: '310,000 (whole trust)' },
      ],
    },
    {
      id: 'records-rounded', kind: 'numeric',
      summary: '"the roughly 300,000 patients whose records were copied" is the trust\'s 310,000 rounded.',
      sides: [
        { file: B, quote: 'the roughly 300,000 patients whose records were copied', value: '~300,000' },
        { file: S, quote: 'The trust says the records of 310,000 patients were copied', value: '310,000' },
      ],
    },
    {
      id: 'ransom-demand-more-than-about', kind: 'numeric',
      summary: '"more than 3 million marrens" (a police source, Wednesday) and "about 3.2 million marrens" are compatible approximations of the gang\'s demand.',
      sides: [
        { file: C, quote: 'the demand was for more than 3 million marrens', value: '>3m' },
        { file: S, quote: 'CinderVault demanded about 3.2 million marrens', value: '~3.2m' },
      ],
    },
    {
      id: 'ambulances-words-digits', kind: 'numeric',
      summary: '"37 ambulances were diverted" and "thirty-seven ambulances were sent to other hospitals" are the same figure, in digits and in words, with a synonym.',
      sides: [
        { file: O, quote: '37 ambulances were diverted to hospitals in Velmora', value: '37' },
        { file: V, quote: 'thirty-seven ambulances were sent to other hospitals', value: '37' },
      ],
    },
    {
      id: 'staff-synonyms', kind: 'numeric',
      summary: '"about 8,000 staff" and "some 8,000 employees" are the same workforce (synonyms, both approximate).',
      sides: [
        { file: C, quote: 'The trust employs about 8,000 staff', value: '~8,000' },
        { file: V, quote: 'The trust has some 8,000 employees across its three hospitals.', value: '~8,000' },
      ],
    },
  ],
};
